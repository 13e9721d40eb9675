// Histogram of a layer's activations y = f(x) on the GPU: bin = ⌊(y − lo)/(hi − lo)·bins⌋ (hi in the last bin),
// over a fixed range, the range found by histogram_range, or one bound of each; workgroup atomics first, then one global add per bin.

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
  if (hist.fixed != 3u) {
    let kLo = bounds[2u * hist.slot];
    let kHi = bounds[2u * hist.slot + 1u];
    // No finite value: the range is [0, 0], as in the engine's finiteRange. A bound the caller fixed stays.
    let empty = kLo > kHi;
    if ((hist.fixed & 1u) == 0u) { lo = select(fromKey(kLo), 0.0, empty); }
    if ((hist.fixed & 2u) == 0u) { hi = select(fromKey(kHi), 0.0, empty); }
  }
  let scale = select(0.0, f32(hist.bins) / (hi - lo), hi > lo);
  for (var i = wid.x * THREADS + lid.x; i < run.rows * hist.units; i += nwg.x * THREADS) {
    let y = activate(hist.act, values[hist.offset + i], hist.slope);
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
