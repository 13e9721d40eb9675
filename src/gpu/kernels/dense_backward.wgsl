// Input gradient of dense layer j, fused with the backward of hidden layer j−1 below it:
// dA = dZ_j·W_jᵀ (+ dA_j through a residual), then the dropout mask and (unless batch norm follows it) f′.
const LEFT_K_CONTIGUOUS: bool = true;  // left(r, q) = dZ[r·m + q]
const RIGHT_K_CONTIGUOUS: bool = true; // right(q, c) = W[c·m + q]

@group(1) @binding(0) var<uniform> layer: Layer;                     // layer j: k×m weights, residual flag
@group(1) @binding(1) var<uniform> prev: Layer;                      // layer j−1: activation, batch norm placement, slope, dropout
@group(1) @binding(2) var<storage, read> dz: array<f32>;             // rows×m: ∂L/∂Z_j
@group(1) @binding(3) var<storage, read> state: array<f32>;          // parameters: W_j at layer.w
@group(1) @binding(4) var<storage, read> dOut: array<f32>;           // rows×m: ∂L/∂A_j (read when layer j is residual)
@group(1) @binding(5) var<storage, read> mask: array<u32>;           // rows×k: dropout keep bits of layer j−1
@group(1) @binding(6) var<storage, read> actIn: array<f32>;          // rows×k: activation input of layer j−1
@group(1) @binding(7) var<storage, read_write> dOutPrev: array<f32>; // rows×k: ∂L/∂A_{j−1}
@group(1) @binding(8) var<storage, read_write> dzPrev: array<f32>;   // rows×k: ∂L/∂Z_{j−1} (or the batch-norm input gradient)

fn left(r: u32, q: u32) -> f32 {
  if (r >= run.rows || q >= layer.m) { return 0.0; }
  return dz[r * layer.m + q];
}

fn right(q: u32, c: u32) -> f32 {
  if (q >= layer.m || c >= layer.k) { return 0.0; }
  return state[layer.w + c * layer.m + q];
}

@compute @workgroup_size(TILE_THREADS, TILE_THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  tileProduct(lid, wid, layer.m);
  for (var i = 0u; i < 4u; i++) {
    let r = wid.y * TILE + lid.y * 4u + i;
    for (var j = 0u; j < 4u; j++) {
      let c = wid.x * TILE + lid.x * 4u + j;
      if (r >= run.rows || c >= layer.k) { continue; }
      let e = r * layer.k + c;
      var g = acc[i][j];
      // The skip path: ∂(F(A) + A)/∂A adds the upstream gradient unchanged (k = m here).
      if (layer.residual == 1u) { g = g + dOut[e]; }
      dOutPrev[e] = g;
      if (prev.dropThreshold > 0u) { g = select(0.0, g * prev.dropScale, mask[e] == 1u); }
      if (prev.bn != BN_AFTER) { g = activateBackward(prev.act, actIn[e], g, prev.slope); }
      dzPrev[e] = g;
    }
  }
}
