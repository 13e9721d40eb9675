// Weight and bias gradients of one dense layer in one product: [A, 1]ᵀ·dZ is (k+1)×m, and b follows W in the flat vector.
// Member m = workgroup_id.z: its rows at m·run.rowStride, its gradient at m·run.paramStride.

@group(1) @binding(0) var<uniform> layer: Layer;                 // shapes and offsets of this layer; gather: A's rows are data rows
@group(1) @binding(1) var<storage, read> inputs: array<f32>;     // A_{l−1}: R×rows×k (layer.gather: the data set)
@group(1) @binding(2) var<storage, read> batchIdx: array<u32>;   // data row of each member's mini-batch rows (layer.gather)
@group(1) @binding(3) var<storage, read> dz: array<f32>;         // R×rows×m: ∂L/∂Z_l
@group(1) @binding(4) var<storage, read_write> grads: array<f32>; // per member, flat gradient: dW at layer.w, db right after

var<private> member: u32;
var<private> memberRows: u32;

var<private> features: array<vec4<u32>, MATMUL_GROUPS>; // features r0 + 4g … r0 + 4g + 3 of A (clamped to k − 1)
var<private> biasRow: array<vec4<bool>, MATMUL_GROUPS>;  // which of the block's rows is row k (the bias: a column of ones in [A, 1])
var<private> rightAt: array<u32, MATMUL_COLS>; // the invocation's columns of dZ (clamped to m)
var<private> leftRow: u32;         // where row p of A starts (set by leftStart(p), which macRow calls first)
var<private> rightRow: u32;        // where row p of dZ starts (likewise)

fn leftStart(p: u32) {
  var row: u32;
  if (layer.gather == 1u) { row = batchIdx[run.idxOffset + member * run.rowStride + p]; } else { row = member * run.rowStride + p; }
  leftRow = row * layer.k;
  rightRow = (member * run.rowStride + p) * layer.m;
}

fn leftRows(p: u32, g: u32) -> vec4<f32> {
  let o = vec4<u32>(leftRow) + features[g];
  return select(vec4<f32>(inputs[o.x], inputs[o.y], inputs[o.z], inputs[o.w]), vec4<f32>(1.0), biasRow[g]);
}

fn rightCol(p: u32, j: u32) -> f32 {
  return dz[rightRow + rightAt[j]];
}

@compute @workgroup_size(MATMUL_X, MATMUL_Y)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  member = wid.z;
  memberRows = memberOf(member).rows;
  let origin = blockOrigin(lid, wid);
  if (origin.x > layer.k || origin.y >= layer.m) { return; }
  for (var g = 0u; g < MATMUL_GROUPS; g++) {
    let block = vec4<u32>(origin.x + 4u * g) + vec4<u32>(0u, 1u, 2u, 3u);
    features[g] = min(block, vec4<u32>(layer.k - 1u));
    biasRow[g] = block == vec4<u32>(layer.k);
  }
  for (var j = 0u; j < MATMUL_COLS; j++) { rightAt[j] = clampedCol(origin.y, j, layer.m - 1u); }
  regProduct(memberRows);
  let base = member * run.paramStride + layer.w;
  for (var q = 0u; q < MATMUL_ROWS; q++) {
    let r = origin.x + q;
    for (var j = 0u; j < MATMUL_COLS; j++) {
      let c = origin.y + j * MATMUL_X;
      if (r <= layer.k && c < layer.m) { grads[base + r * layer.m + c] = acc[(q / 4u) * MATMUL_COLS + j][q % 4u]; }
    }
  }
}
