// Weight and bias gradients of one dense layer in one product: [A, 1]ᵀ·dZ is (k+1)×m, and b follows W in the flat vector.
const LEFT_K_CONTIGUOUS: bool = false;  // left(r, p) = A[p·k + r]: consecutive r are contiguous
const RIGHT_K_CONTIGUOUS: bool = false; // right(p, c) = dZ[p·m + c]

@group(1) @binding(0) var<uniform> layer: Layer;                 // shapes and offsets of this layer; gather: A's rows are data rows
@group(1) @binding(1) var<storage, read> inputs: array<f32>;     // A_{l−1}: rows×k (layer.gather: the data set)
@group(1) @binding(2) var<storage, read> batchIdx: array<u32>;   // data row of each mini-batch row (layer.gather)
@group(1) @binding(3) var<storage, read> dz: array<f32>;         // rows×m: ∂L/∂Z_l
@group(1) @binding(4) var<storage, read_write> grads: array<f32>; // flat gradient: dW at layer.w, db right after

fn left(r: u32, p: u32) -> f32 {
  if (p >= run.rows || r > layer.k) { return 0.0; }
  if (r == layer.k) { return 1.0; }
  if (layer.gather == 1u) { return inputs[batchIdx[run.idxOffset + p] * layer.k + r]; }
  return inputs[p * layer.k + r];
}

fn right(p: u32, c: u32) -> f32 {
  if (p >= run.rows || c >= layer.m) { return 0.0; }
  return dz[p * layer.m + c];
}

@compute @workgroup_size(TILE_THREADS, TILE_THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  tileProduct(lid, wid, run.rows);
  for (var i = 0u; i < 4u; i++) {
    let r = wid.y * TILE + lid.y * 4u + i;
    for (var j = 0u; j < 4u; j++) {
      let c = wid.x * TILE + lid.x * 4u + j;
      if (r <= layer.k && c < layer.m) { grads[layer.w + r * layer.m + c] = acc[i][j]; }
    }
  }
}
