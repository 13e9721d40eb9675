// Histogram of a layer's activations y = f(x) on the GPU: bin = ⌊(y − lo)/(hi − lo)·bins⌋ (hi in the last bin),
// over a fixed range or the range found by histogram_range; workgroup atomics first, then one global add per bin.

@group(1) @binding(0) var<uniform> hist: Hist;                           // units per row (run.rows rows), activation, bins, slot, fixed range
@group(1) @binding(1) var<storage, read> values: array<f32>;            // activation inputs x (rows×units)
@group(1) @binding(2) var<storage, read> bounds: array<u32>;            // per slot: (min key, max key) from histogram_range
@group(1) @binding(3) var<storage, read_write> counts: array<atomic<u32>>; // per slot: bins counts, then the total counted

const THREADS: u32 = 256u;
var<workgroup> localCounts: array<atomic<u32>, MAX_BINS>;
var<workgroup> counted: atomic<u32>;

// Inverse of orderKey in histogram_range.
fn fromKey(k: u32) -> f32 {
  return bitcast<f32>(select(~k, k & 0x7fffffffu, (k & 0x80000000u) != 0u));
}

@compute @workgroup_size(THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  for (var b = lid.x; b < hist.bins; b += THREADS) { atomicStore(&localCounts[b], 0u); }
  if (lid.x == 0u) { atomicStore(&counted, 0u); }
  workgroupBarrier();
  var lo = hist.lo;
  var hi = hist.hi;
  if (hist.fixed == 0u) {
    let kLo = bounds[2u * hist.slot];
    let kHi = bounds[2u * hist.slot + 1u];
    // No finite value: the range is [0, 0], as in the engine's finiteRange.
    if (kLo > kHi) { lo = 0.0; hi = 0.0; } else { lo = fromKey(kLo); hi = fromKey(kHi); }
  }
  let scale = select(0.0, f32(hist.bins) / (hi - lo), hi > lo);
  for (var i = wid.x * THREADS + lid.x; i < run.rows * hist.units; i += nwg.x * THREADS) {
    let y = activate(hist.act, values[i], hist.slope);
    if (!(y >= lo && y <= hi)) { continue; }
    let b = min(u32(floor((y - lo) * scale)), hist.bins - 1u);
    atomicAdd(&localCounts[b], 1u);
    atomicAdd(&counted, 1u);
  }
  workgroupBarrier();
  let base = hist.slot * (hist.bins + 1u);
  for (var b = lid.x; b < hist.bins; b += THREADS) {
    let c = atomicLoad(&localCounts[b]);
    if (c > 0u) { atomicAdd(&counts[base + b], c); }
  }
  if (lid.x == 0u) { atomicAdd(&counts[base + hist.bins], atomicLoad(&counted)); }
}
