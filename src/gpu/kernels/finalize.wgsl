// Finishes a step's reductions in one workgroup: sums the per-invocation partials per slot, then (MODE 0, after backward) gradient
// norms, penalties, loss, clipping factor, divergence; or (MODE 1, after the update) weight norms and parameter finiteness.
// One workgroup per member (workgroup_id.x): partials at m·run.partialStride, control words at m·run.stateStride.
override MODE: u32 = 0u;

@group(1) @binding(0) var<storage, read> segments: array<vec4<u32>>; // slots (run.layers + 1) × (first chunk, end chunk), then chunks
@group(1) @binding(1) var<storage, read> partials: array<f32>;       // PART_* record per reducing invocation
@group(1) @binding(2) var<storage, read_write> metrics: array<f32>;  // metrics records (REC_*)
@group(1) @binding(3) var<storage, read_write> state: array<f32>;    // control words at run.control (halted, clip factor)

const THREADS: u32 = 64u;
var<workgroup> slotG: array<vec2<f32>, MAX_SLOTS>;
var<workgroup> slotW: array<vec2<f32>, MAX_SLOTS>;
var<workgroup> slotAbs: array<f32, MAX_SLOTS>;
var<workgroup> slotBad: array<f32, MAX_SLOTS>;
var<workgroup> redG: array<vec2<f32>, THREADS>;
var<workgroup> redW: array<vec2<f32>, THREADS>;
var<workgroup> redAbs: array<f32, THREADS>;
var<workgroup> redBad: array<f32, THREADS>;

fn infinity() -> f32 {
  // A variable: a constant expression may not be infinite.
  var bits = 0x7f800000u;
  return bitcast<f32>(bits);
}

@compute @workgroup_size(THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  let member = wid.x;
  let pBase = member * run.partialStride;
  let slots = run.layers + 1u;
  // Per slot: each invocation merges a strided share of the slot's partials, then a tree over the workgroup.
  for (var s = 0u; s < slots; s++) {
    let span = segments[s];
    var g = vec2<f32>(0.0, 0.0);
    var w = vec2<f32>(0.0, 0.0);
    var a = 0.0;
    var bad = 0.0;
    for (var q = span.x * REDUCE_THREADS + lid.x; q < span.y * REDUCE_THREADS; q += THREADS) {
      let p = pBase + q * PART_STRIDE;
      g = ssqMerge(g, vec2<f32>(partials[p + PART_G], partials[p + PART_G + 1u]));
      w = ssqMerge(w, vec2<f32>(partials[p + PART_W], partials[p + PART_W + 1u]));
      a += partials[p + PART_W_ABS];
      bad += partials[p + PART_NON_FINITE];
    }
    redG[lid.x] = g;
    redW[lid.x] = w;
    redAbs[lid.x] = a;
    redBad[lid.x] = bad;
    workgroupBarrier();
    for (var k = THREADS / 2u; k > 0u; k = k / 2u) {
      if (lid.x < k) {
        redG[lid.x] = ssqMerge(redG[lid.x], redG[lid.x + k]);
        redW[lid.x] = ssqMerge(redW[lid.x], redW[lid.x + k]);
        redAbs[lid.x] += redAbs[lid.x + k];
        redBad[lid.x] += redBad[lid.x + k];
      }
      workgroupBarrier();
    }
    if (lid.x == 0u) {
      slotG[s] = redG[0];
      slotW[s] = redW[0];
      slotAbs[s] = redAbs[0];
      slotBad[s] = redBad[0];
    }
    workgroupBarrier();
  }
  // A stopped member's record and control words stay as they are.
  if (lid.x != 0u || memberOf(member).trains == 0u) { return; }
  let mem = memberOf(member);
  let rec = (run.record * run.members + member) * run.recordStride;
  let gradNorms = rec + REC_STRIDE; // per-layer arrays follow the fixed fields
  let weightNorms = gradNorms + run.layers;
  let ctl = member * run.stateStride + run.control;
  if (MODE == 0u) {
    var total = vec2<f32>(0.0, 0.0);
    var w2 = vec2<f32>(0.0, 0.0);
    var wAbs = 0.0;
    var bad = 0.0;
    for (var s = 0u; s < slots; s++) {
      total = ssqMerge(total, slotG[s]);
      bad += slotBad[s];
      if (s < run.layers) {
        metrics[gradNorms + s] = select(ssqNorm(slotG[s]), infinity(), slotBad[s] > 0.0);
        w2 = ssqMerge(w2, slotW[s]);
        wAbs += slotAbs[s];
      }
    }
    let gradNorm = select(ssqNorm(total), infinity(), bad > 0.0);
    var penalty = 0.0;
    if (mem.weightDecay > 0.0) { penalty += 0.5 * mem.weightDecay * (w2.x * w2.x * w2.y); }
    if (mem.l1 > 0.0) { penalty += mem.l1 * wAbs; }
    let loss = metrics[rec + REC_DATA_LOSS] + penalty;
    let finite = isFinite(loss);
    metrics[rec + REC_LOSS] = loss;
    metrics[rec + REC_GRAD_NORM] = gradNorm;
    metrics[rec + REC_LOSS_FINITE] = select(0.0, 1.0, finite);
    // Clip to the global norm: g ← g·clipNorm/‖g‖ when ‖g‖ > clipNorm > 0 (the optimizer kernel applies it).
    state[ctl + CTL_CLIP_SCALE] = select(1.0, mem.clipNorm / gradNorm, mem.clipNorm > 0.0 && gradNorm > mem.clipNorm);
    if (!finite) { state[ctl + CTL_HALTED] = 1.0; }
  } else {
    var bad = 0.0;
    for (var s = 0u; s < slots; s++) {
      bad += slotBad[s];
      if (s < run.layers) { metrics[weightNorms + s] = ssqNorm(slotW[s]); }
    }
    metrics[rec + REC_PARAMS_FINITE] = select(0.0, 1.0, bad == 0.0);
    if (bad > 0.0) { state[ctl + CTL_HALTED] = 1.0; }
  }
}
