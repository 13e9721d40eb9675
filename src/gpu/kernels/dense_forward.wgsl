// Dense forward, fused: Z = A·W + b, then (layer.epilogue = EPILOGUE_FULL) y = f(Z), inverted dropout with the Philox mask, + A (residual).
const LEFT_K_CONTIGUOUS: bool = true;   // left(r, p) = A[r·k + p]
const RIGHT_K_CONTIGUOUS: bool = false; // right(p, c) = W[p·m + c]

@group(1) @binding(0) var<uniform> layer: Layer;                     // shapes, offsets, activation, epilogue, dropout of this layer
@group(1) @binding(1) var<storage, read> inputs: array<f32>;         // A: rows×k (layer.gather: the data set, n×k)
@group(1) @binding(2) var<storage, read> batchIdx: array<u32>;       // data row of each mini-batch row (layer.gather, training)
@group(1) @binding(3) var<storage, read> state: array<f32>;          // parameters: W (k×m) at layer.w, b (m) at layer.b
@group(1) @binding(4) var<storage, read_write> z: array<f32>;        // rows×m: A·W + b
@group(1) @binding(5) var<storage, read_write> outAct: array<f32>;   // rows×m: the layer output A_l (EPILOGUE_FULL)
@group(1) @binding(6) var<storage, read_write> mask: array<u32>;     // rows×m: dropout keep bits (training with p > 0)

fn dataRow(r: u32) -> u32 {
  if (run.train == 1u) { return batchIdx[run.idxOffset + r]; }
  return run.firstRow + r;
}

fn left(r: u32, p: u32) -> f32 {
  if (r >= run.rows || p >= layer.k) { return 0.0; }
  // Layer 0 reads data rows: through the batch-index buffer in training, contiguous in evaluation.
  if (layer.gather == 1u) { return inputs[dataRow(r) * layer.k + p]; }
  return inputs[r * layer.k + p];
}

fn right(p: u32, c: u32) -> f32 {
  if (p >= layer.k || c >= layer.m) { return 0.0; }
  return state[layer.w + p * layer.m + c];
}

@compute @workgroup_size(TILE_THREADS, TILE_THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  tileProduct(lid, wid, layer.k);
  // Once the run has halted (diverged), training passes leave the layer as the diverging step left it.
  if (run.train == 1u && state[run.control + CTL_HALTED] != 0.0) { return; }
  for (var i = 0u; i < 4u; i++) {
    let r = wid.y * TILE + lid.y * 4u + i;
    for (var j = 0u; j < 4u; j++) {
      let c = wid.x * TILE + lid.x * 4u + j;
      if (r >= run.rows || c >= layer.m) { continue; }
      let e = r * layer.m + c;
      let zv = acc[i][j] + state[layer.b + c];
      z[e] = zv;
      if (layer.epilogue == EPILOGUE_FULL) {
        var y = activate(layer.act, zv, layer.slope);
        if (run.train == 1u && layer.dropThreshold > 0u) {
          let keep = dropoutKeep(run.seed, run.step, layer.index, e, layer.dropThreshold);
          mask[e] = select(0u, 1u, keep);
          y = select(0.0, y * layer.dropScale, keep);
        }
        // A residual layer has k = m, so A's row r, column c is the skip input.
        if (layer.residual == 1u) { y = y + inputs[r * layer.k + c]; }
        outAct[e] = y;
      }
    }
  }
}
