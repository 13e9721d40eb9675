// Input gradient of dense layer j, fused with the backward of hidden layer j−1 below it:
// dA = dZ_j·W_jᵀ (+ dA_j through a residual), then the dropout mask and (unless batch norm follows it) f′.
// Member m = workgroup_id.z: its rows at m·run.rowStride, its parameters and dropout words at m·run.stateStride.

@group(1) @binding(0) var<uniform> layer: Layer;                     // layer j: k×m weights, residual flag
@group(1) @binding(1) var<uniform> prev: Layer;                      // layer j−1: activation, batch norm placement, slope, index
@group(1) @binding(2) var<storage, read> dz: array<f32>;             // R×rows×m: ∂L/∂Z_j
@group(1) @binding(3) var<storage, read> state: array<f32>;          // per member: W_j at layer.w; dropout words of layer j−1
@group(1) @binding(4) var<storage, read> dOut: array<f32>;           // R×rows×m: ∂L/∂A_j (read when layer j is residual)
@group(1) @binding(5) var<storage, read> mask: array<u32>;           // R×rows×k: dropout keep bits of layer j−1
@group(1) @binding(6) var<storage, read> actIn: array<f32>;          // R×rows×k: activation input of layer j−1
@group(1) @binding(7) var<storage, read_write> dOutPrev: array<f32>; // R×rows×k: ∂L/∂A_{j−1}
@group(1) @binding(8) var<storage, read_write> dzPrev: array<f32>;   // R×rows×k: ∂L/∂Z_{j−1} (or the batch-norm input gradient)

var<private> member: u32;
var<private> memberRows: u32;
var<private> stateBase: u32;

var<private> leftAt: array<vec4<u32>, MATMUL_GROUPS>; // where rows r0 + 4g … r0 + 4g + 3 of dZ start (clamped to the member's rows)
var<private> rightAt: array<u32, MATMUL_COLS>; // where the invocation's rows of W start (clamped to k): Wᵀ's columns

fn leftStart(q: u32) {}

fn leftRows(q: u32, g: u32) -> vec4<f32> {
  let at = leftAt[g];
  return vec4<f32>(dz[at.x + q], dz[at.y + q], dz[at.z + q], dz[at.w + q]);
}

fn rightCol(q: u32, j: u32) -> f32 {
  return state[rightAt[j] + q];
}

@compute @workgroup_size(MATMUL_X, MATMUL_Y)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  member = wid.z;
  memberRows = memberOf(member).rows;
  stateBase = member * run.stateStride;
  let origin = blockOrigin(lid, wid);
  if (origin.x >= memberRows || origin.y >= layer.k) { return; }
  for (var g = 0u; g < MATMUL_GROUPS; g++) {
    leftAt[g] = (vec4<u32>(member * run.rowStride) + clampedRows(origin.x + 4u * g, memberRows - 1u)) * layer.m;
  }
  for (var j = 0u; j < MATMUL_COLS; j++) { rightAt[j] = stateBase + layer.w + clampedCol(origin.y, j, layer.k - 1u) * layer.m; }
  regProduct(layer.m);
  let ctl = stateBase + run.control + CTL_STRIDE + DROP_WORDS * prev.index;
  let threshold = u32(state[ctl]);
  let scale = state[ctl + 1u]; // training scale of kept units (backward runs after training passes only)
  for (var q = 0u; q < MATMUL_ROWS; q++) {
    let r = origin.x + q;
    for (var j = 0u; j < MATMUL_COLS; j++) {
      let c = origin.y + j * MATMUL_X;
      if (r >= memberRows || c >= layer.k) { continue; }
      let e = (member * run.rowStride + r) * layer.k + c;
      var g = acc[(q / 4u) * MATMUL_COLS + j][q % 4u];
      // The skip path: ∂(F(A) + A)/∂A adds the upstream gradient unchanged (k = m here).
      if (layer.residual == 1u) { g = g + dOut[e]; }
      dOutPrev[e] = g;
      if (threshold > 0u) { g = select(0.0, g * scale, mask[e] == 1u); }
      if (prev.bn != BN_AFTER) { g = activateBackward(prev.act, actIn[e], g, prev.slope); }
      dzPrev[e] = g;
    }
  }
}
