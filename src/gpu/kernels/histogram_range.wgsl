// Finite [min, max] of a layer's activations y = f(x), accumulated with atomics on order-preserving u32 keys of the floats.

@group(1) @binding(0) var<uniform> hist: Hist;                          // units per row (run.rows rows), activation, histogram slot, slope
@group(1) @binding(1) var<storage, read> values: array<f32>;           // activation inputs x (rows×units)
@group(1) @binding(2) var<storage, read_write> bounds: array<atomic<u32>>; // per slot: (min key, max key); min starts at 0xffffffff

const THREADS: u32 = 256u;
var<workgroup> lo: atomic<u32>;
var<workgroup> hi: atomic<u32>;

// Monotone map f32 → u32: negative floats reversed below the positives.
fn orderKey(v: f32) -> u32 {
  let b = bitcast<u32>(v);
  return select(b | 0x80000000u, ~b, (b & 0x80000000u) != 0u);
}

@compute @workgroup_size(THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  if (lid.x == 0u) {
    atomicStore(&lo, 0xffffffffu);
    atomicStore(&hi, 0u);
  }
  workgroupBarrier();
  for (var i = wid.x * THREADS + lid.x; i < run.rows * hist.units; i += nwg.x * THREADS) {
    let y = activate(hist.act, values[hist.offset + i], hist.slope);
    if (isFinite(y)) {
      let key = orderKey(y);
      atomicMin(&lo, key);
      atomicMax(&hi, key);
    }
  }
  workgroupBarrier();
  if (lid.x == 0u) {
    atomicMin(&bounds[2u * hist.slot], atomicLoad(&lo));
    atomicMax(&bounds[2u * hist.slot + 1u], atomicLoad(&hi));
  }
}
