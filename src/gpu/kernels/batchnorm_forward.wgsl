// Batch norm forward over the rows of one hidden layer (training: batch statistics + running averages; evaluation:
// running statistics), fused with the rest of the layer: [f if before] → dropout → + A_{l−1} (residual).
// Member m = workgroup_id.z: its rows at m·run.rowStride, its statistics at 3m·units, its parameters at m·run.stateStride.
// Workgroup: BN_LANES columns × BN_LANES row lanes (shared.ts); each column's sums are reduced across its lanes in workgroup memory.
@group(1) @binding(0) var<uniform> layer: Layer;                   // units m, activation, placement (bn), offsets of γ, β, running mean/variance
@group(1) @binding(1) var<storage, read> z: array<f32>;            // rows×m: A·W + b (batch norm input is z, or f(z) when after)
@group(1) @binding(2) var<storage, read> resid: array<f32>;        // rows×m: A_{l−1} (residual layers)
@group(1) @binding(3) var<storage, read_write> state: array<f32>;  // γ, β; running mean/variance (updated); control words
@group(1) @binding(4) var<storage, read_write> stats: array<f32>;  // 3m: mean, variance, 1/√(σ² + ε) of this pass
@group(1) @binding(5) var<storage, read_write> bnOut: array<f32>;  // rows×m: γ x̂ + β, the activation input (BN_BEFORE)
@group(1) @binding(6) var<storage, read_write> outAct: array<f32>; // rows×m: the layer output A_l
@group(1) @binding(7) var<storage, read_write> mask: array<u32>;   // rows×m: dropout keep bits (training with p > 0)

var<workgroup> red: array<f32, BN_LANES * BN_LANES>; // red[lane·BN_LANES + column]

fn bnInput(e: u32) -> f32 {
  if (layer.bn == BN_AFTER) { return activate(layer.act, z[e], layer.slope); }
  return z[e];
}

// Sum of `v` over the BN_LANES lanes of column lid.x (every invocation gets it); uniform control flow required.
fn laneSum(lid: vec3<u32>, v: f32) -> f32 {
  red[lid.y * BN_LANES + lid.x] = v;
  workgroupBarrier();
  for (var s = BN_LANES / 2u; s > 0u; s = s / 2u) {
    if (lid.y < s) { red[lid.y * BN_LANES + lid.x] += red[(lid.y + s) * BN_LANES + lid.x]; }
    workgroupBarrier();
  }
  let total = red[lid.x];
  workgroupBarrier();
  return total;
}

@compute @workgroup_size(BN_LANES, BN_LANES)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  let mem = memberOf(wid.z);
  let sBase = wid.z * run.stateStride;
  let m = layer.m;
  let n = mem.rows;
  let at = wid.z * run.rowStride * m; // the member's first element
  let st = wid.z * 3u * m; // the member's statistics
  let col = wid.x * BN_LANES + lid.x;
  let inRange = col < m;
  var mean: f32;
  var variance: f32;
  if (run.train == 1u) {
    var s = 0.0;
    if (inRange) { for (var r = lid.y; r < n; r += BN_LANES) { s += bnInput(at + r * m + col); } }
    mean = laneSum(lid, s) / f32(n);
    var q = 0.0;
    if (inRange) { for (var r = lid.y; r < n; r += BN_LANES) { let d = bnInput(at + r * m + col) - mean; q += d * d; } }
    variance = laneSum(lid, q) / f32(n);
  } else if (inRange) {
    mean = state[sBase + layer.runMean + col];
    variance = state[sBase + layer.runVar + col];
  }
  // A stopped member, or one that has halted (diverged): training passes leave the layer as its last step left it.
  if (!inRange || (run.train == 1u && (mem.trains == 0u || state[sBase + run.control + CTL_HALTED] != 0.0))) { return; }
  let invStd = 1.0 / sqrt(variance + layer.bnEps);
  if (lid.y == 0u) {
    stats[st + col] = mean;
    stats[st + m + col] = variance;
    stats[st + 2u * m + col] = invStd;
    // r ← μ·r + (1 − μ)·batch statistic.
    if (run.train == 1u && run.updateRunning == 1u) {
      let mom = layer.bnMomentum;
      state[sBase + layer.runMean + col] = mom * state[sBase + layer.runMean + col] + (1.0 - mom) * mean;
      state[sBase + layer.runVar + col] = mom * state[sBase + layer.runVar + col] + (1.0 - mom) * variance;
    }
  }
  // Dropout of this layer: the member's control words.
  let ctl = sBase + run.control + CTL_STRIDE + DROP_WORDS * layer.index;
  let threshold = u32(state[ctl]);
  let dropScale = state[ctl + select(2u, 1u, run.train == 1u)]; // training scale, or evaluation scale
  let gamma = state[sBase + layer.gamma + col];
  let beta = state[sBase + layer.beta + col];
  for (var r = lid.y; r < n; r += BN_LANES) {
    let e = r * m + col; // the member's own element index (its dropout counter)
    var y = gamma * ((bnInput(at + e) - mean) * invStd) + beta;
    if (layer.bn == BN_BEFORE) {
      bnOut[at + e] = y;
      y = activate(layer.act, y, layer.slope);
    }
    if (threshold > 0u) {
      if (run.train == 1u) {
        let keep = dropoutKeep(mem.seed, mem.step, layer.index, e, threshold);
        mask[at + e] = select(0u, 1u, keep);
        y = select(0.0, y * dropScale, keep);
      } else {
        y = y * dropScale;
      }
    }
    if (layer.residual == 1u) { y = y + resid[at + e]; }
    outAct[at + e] = y;
  }
}
