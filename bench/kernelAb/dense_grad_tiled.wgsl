// Weight and bias gradients of one dense layer in one product: [A, 1]ᵀ·dZ is (k+1)×m, and b follows W in the flat vector.
// Member m = workgroup_id.z: its rows at m·run.rowStride, its gradient at m·run.paramStride.
const LEFT_K_CONTIGUOUS: bool = false;  // left(r, p) = A[p·k + r]: consecutive r are contiguous
const RIGHT_K_CONTIGUOUS: bool = false; // right(p, c) = dZ[p·m + c]

@group(1) @binding(0) var<uniform> layer: Layer;                 // shapes and offsets of this layer; gather: A's rows are data rows
@group(1) @binding(1) var<storage, read> inputs: array<f32>;     // A_{l−1}: R×rows×k (layer.gather: the data set)
@group(1) @binding(2) var<storage, read> batchIdx: array<u32>;   // data row of each member's mini-batch rows (layer.gather)
@group(1) @binding(3) var<storage, read> dz: array<f32>;         // R×rows×m: ∂L/∂Z_l
@group(1) @binding(4) var<storage, read_write> grads: array<f32>; // per member, flat gradient: dW at layer.w, db right after

var<private> member: u32;
var<private> memberRows: u32;

fn left(r: u32, p: u32) -> f32 {
  if (p >= memberRows || r > layer.k) { return 0.0; }
  if (r == layer.k) { return 1.0; }
  if (layer.gather == 1u) { return inputs[batchIdx[run.idxOffset + member * run.rowStride + p] * layer.k + r]; }
  return inputs[(member * run.rowStride + p) * layer.k + r];
}

fn right(p: u32, c: u32) -> f32 {
  if (p >= memberRows || c >= layer.m) { return 0.0; }
  return dz[(member * run.rowStride + p) * layer.m + c];
}

@compute @workgroup_size(TILE_THREADS, TILE_THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  member = wid.z;
  memberRows = memberOf(member).rows;
  // K from the member record itself (a uniform value: member = workgroup_id.z), as tileProduct's barriers need.
  tileProduct(lid, wid, memberOf(wid.z).rows, layer.k + 1u, layer.m);
  let base = member * run.paramStride + layer.w;
  for (var i = 0u; i < 4u; i++) {
    let r = wid.y * TILE + lid.y * 4u + i;
    for (var j = 0u; j < 4u; j++) {
      let c = wid.x * TILE + lid.x * 4u + j;
      if (r <= layer.k && c < layer.m) { grads[base + r * layer.m + c] = acc[i][j]; }
    }
  }
}
