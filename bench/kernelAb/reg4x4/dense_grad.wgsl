// Weight and bias gradients of one dense layer in one product: [A, 1]ᵀ·dZ is (k+1)×m, and b follows W in the flat vector.
// Member m = workgroup_id.z: its rows at m·run.rowStride, its gradient at m·run.paramStride.

@group(1) @binding(0) var<uniform> layer: Layer;                 // shapes and offsets of this layer; gather: A's rows are data rows
@group(1) @binding(1) var<storage, read> inputs: array<f32>;     // A_{l−1}: R×rows×k (layer.gather: the data set)
@group(1) @binding(2) var<storage, read> batchIdx: array<u32>;   // data row of each member's mini-batch rows (layer.gather)
@group(1) @binding(3) var<storage, read> dz: array<f32>;         // R×rows×m: ∂L/∂Z_l
@group(1) @binding(4) var<storage, read_write> grads: array<f32>; // per member, flat gradient: dW at layer.w, db right after

var<private> member: u32;
var<private> memberRows: u32;

var<private> features: vec4<u32>; // features r0…r0+3 of A (clamped to k − 1)
var<private> biasRow: vec4<bool>;  // which of the block's rows is row k (the bias: a column of ones in [A, 1])
var<private> rightAt: vec4<u32>;   // columns c0…c0+3 of dZ (clamped to m)

fn leftRows(p: u32) -> vec4<f32> {
  var row: u32;
  if (layer.gather == 1u) { row = batchIdx[run.idxOffset + member * run.rowStride + p]; } else { row = member * run.rowStride + p; }
  let o = vec4<u32>(row * layer.k) + features;
  return select(vec4<f32>(inputs[o.x], inputs[o.y], inputs[o.z], inputs[o.w]), vec4<f32>(1.0), biasRow);
}

fn rightCols(p: u32) -> vec4<f32> {
  let o = vec4<u32>((member * run.rowStride + p) * layer.m) + rightAt;
  return vec4<f32>(dz[o.x], dz[o.y], dz[o.z], dz[o.w]);
}

@compute @workgroup_size(R44_X, R44_Y)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  member = wid.z;
  memberRows = memberOf(member).rows;
  let origin = blockOrigin(lid, wid);
  if (origin.x > layer.k || origin.y >= layer.m) { return; }
  let block = vec4<u32>(origin.x) + vec4<u32>(0u, 1u, 2u, 3u);
  features = min(block, vec4<u32>(layer.k - 1u));
  biasRow = block == vec4<u32>(layer.k);
  rightAt = clampedRun(origin.y, layer.m - 1u);
  regProduct(memberRows);
  let base = member * run.paramStride + layer.w;
  for (var i = 0u; i < 4u; i++) {
    let r = origin.x + i;
    for (var j = 0u; j < 4u; j++) {
      let c = origin.y + j;
      if (r <= layer.k && c < layer.m) { grads[base + r * layer.m + c] = acc[i][j]; }
    }
  }
}
