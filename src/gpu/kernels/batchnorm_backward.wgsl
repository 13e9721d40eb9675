// Batch norm backward (training statistics) of one hidden layer, in place on the gradient; after the activation (layer.bn = BN_AFTER) it then applies f′.
//   dγ = Σ_i dY x̂, dβ = Σ_i dY, dX = γ/√(σ² + ε) · (dY − dβ/n − x̂·dγ/n). Workgroup: BN_LANES columns × BN_LANES row lanes;
//   member m = workgroup_id.z (rows at m·run.rowStride, statistics at 3m·units, γ at m·run.stateStride, dγ and dβ at m·run.paramStride).
@group(1) @binding(0) var<uniform> layer: Layer;                  // units m, activation, placement (bn), offsets of γ, β
@group(1) @binding(1) var<storage, read> z: array<f32>;           // rows×m: A·W + b (the batch norm input is z, or f(z) when after)
@group(1) @binding(2) var<storage, read> state: array<f32>;       // parameters: γ
@group(1) @binding(3) var<storage, read> stats: array<f32>;       // 3m: mean, variance, 1/√(σ² + ε) of the forward pass
@group(1) @binding(4) var<storage, read_write> grads: array<f32>; // flat gradient: dγ, dβ written
@group(1) @binding(5) var<storage, read_write> dz: array<f32>;    // rows×m: in ∂L/∂(batch norm output), out ∂L/∂Z

var<workgroup> redA: array<f32, BN_LANES * BN_LANES>; // redA[lane·BN_LANES + column]
var<workgroup> redB: array<f32, BN_LANES * BN_LANES>;

fn bnInput(e: u32) -> f32 {
  if (layer.bn == BN_AFTER) { return activate(layer.act, z[e], layer.slope); }
  return z[e];
}

@compute @workgroup_size(BN_LANES, BN_LANES)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  let m = layer.m;
  let n = memberOf(wid.z).rows;
  let at = wid.z * run.rowStride * m;
  let st = wid.z * 3u * m;
  let col = wid.x * BN_LANES + lid.x;
  let inRange = col < m;
  var mean = 0.0;
  var invStd = 0.0;
  var sg = 0.0;
  var sgx = 0.0;
  if (inRange) {
    mean = stats[st + col];
    invStd = stats[st + 2u * m + col];
    for (var r = lid.y; r < n; r += BN_LANES) {
      let e = at + r * m + col;
      let g = dz[e];
      sg += g;
      sgx += g * ((bnInput(e) - mean) * invStd);
    }
  }
  redA[lid.y * BN_LANES + lid.x] = sgx;
  redB[lid.y * BN_LANES + lid.x] = sg;
  workgroupBarrier();
  for (var s = BN_LANES / 2u; s > 0u; s = s / 2u) {
    if (lid.y < s) {
      redA[lid.y * BN_LANES + lid.x] += redA[(lid.y + s) * BN_LANES + lid.x];
      redB[lid.y * BN_LANES + lid.x] += redB[(lid.y + s) * BN_LANES + lid.x];
    }
    workgroupBarrier();
  }
  if (!inRange) { return; }
  let dGamma = redA[lid.x];
  let dBeta = redB[lid.x];
  if (lid.y == 0u) {
    grads[wid.z * run.paramStride + layer.gamma + col] = dGamma;
    grads[wid.z * run.paramStride + layer.beta + col] = dBeta;
  }
  let scale = state[wid.z * run.stateStride + layer.gamma + col] * invStd;
  let nf = f32(n);
  for (var r = lid.y; r < n; r += BN_LANES) {
    let e = at + r * m + col;
    let xhat = (bnInput(e) - mean) * invStd;
    var dx = scale * (dz[e] - dBeta / nf - (xhat * dGamma) / nf);
    if (layer.bn == BN_AFTER) { dx = activateBackward(layer.act, z[e], dx, layer.slope); }
    dz[e] = dx;
  }
}
