// Dense forward, fused: Z = A·W + b, then (layer.epilogue = EPILOGUE_FULL) y = f(Z), dropout (training: Philox mask × training scale; evaluation: × evaluation scale), + A (residual).
// Member m = workgroup_id.z of a population: its parameters at m·run.stateStride, its rows at m·run.rowStride of every activation buffer.

@group(1) @binding(0) var<uniform> layer: Layer;                     // shapes, offsets, activation, epilogue of this layer
@group(1) @binding(1) var<storage, read> inputs: array<f32>;         // A: R×rows×k (layer.gather: the data set, n×k, shared)
@group(1) @binding(2) var<storage, read> batchIdx: array<u32>;       // data row of each member's mini-batch rows (layer.gather, training)
@group(1) @binding(3) var<storage, read> state: array<f32>;          // per member: W (k×m) at layer.w, b (m) at layer.b; dropout words
@group(1) @binding(4) var<storage, read_write> z: array<f32>;        // R×rows×m: A·W + b
@group(1) @binding(5) var<storage, read_write> outAct: array<f32>;   // R×rows×m: the layer output A_l (EPILOGUE_FULL)
@group(1) @binding(6) var<storage, read_write> mask: array<u32>;     // R×rows×m: dropout keep bits (training with p > 0)

var<private> member: u32;
var<private> memberRows: u32;
var<private> stateBase: u32;

fn dataRow(r: u32) -> u32 {
  if (run.train == 1u) { return batchIdx[run.idxOffset + member * run.rowStride + r]; }
  return run.firstRow + r;
}

var<private> leftAt: array<vec4<u32>, MATMUL_GROUPS>; // where rows r0 + 4g … r0 + 4g + 3 of A start (clamped to the member's rows)
var<private> rightAt: array<u32, MATMUL_COLS>; // where the invocation's columns of W sit in its row 0 (clamped to m)

fn leftStart(p: u32) {}

fn leftRows(p: u32, g: u32) -> vec4<f32> {
  let at = leftAt[g];
  return vec4<f32>(inputs[at.x + p], inputs[at.y + p], inputs[at.z + p], inputs[at.w + p]);
}

fn rightCol(p: u32, j: u32) -> f32 {
  return state[rightAt[j] + p * layer.m];
}

@compute @workgroup_size(MATMUL_X, MATMUL_Y)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  member = wid.z;
  let mem = memberOf(member);
  memberRows = mem.rows;
  stateBase = member * run.stateStride;
  let origin = blockOrigin(lid, wid);
  if (origin.x >= memberRows || origin.y >= layer.m) { return; }
  // A stopped member, or one that has halted (diverged): training passes leave the layer as its last step left it.
  if (run.train == 1u && (mem.trains == 0u || state[stateBase + run.control + CTL_HALTED] != 0.0)) { return; }
  // Layer 0 reads data rows: through the batch-index buffer in training, contiguous in evaluation.
  for (var g = 0u; g < MATMUL_GROUPS; g++) {
    let rows = clampedRows(origin.x + 4u * g, memberRows - 1u);
    for (var i = 0u; i < 4u; i++) {
      if (layer.gather == 1u) { leftAt[g][i] = dataRow(rows[i]) * layer.k; } else { leftAt[g][i] = (member * run.rowStride + rows[i]) * layer.k; }
    }
  }
  for (var j = 0u; j < MATMUL_COLS; j++) { rightAt[j] = stateBase + layer.w + clampedCol(origin.y, j, layer.m - 1u); }
  regProduct(layer.k);
  for (var q = 0u; q < MATMUL_ROWS; q++) {
    let r = origin.x + q;
    let g = q / 4u;
    let i = q % 4u;
    for (var j = 0u; j < MATMUL_COLS; j++) {
      let c = origin.y + j * MATMUL_X;
      if (r >= memberRows || c >= layer.m) { continue; }
      let e = r * layer.m + c; // the member's own element index (its dropout counter)
      let at = member * run.rowStride * layer.m + e;
      let zv = acc[g * MATMUL_COLS + j][i] + state[stateBase + layer.b + c];
      z[at] = zv;
      if (layer.epilogue == EPILOGUE_FULL) {
        var y = activate(layer.act, zv, layer.slope);
        let ctl = stateBase + run.control + CTL_STRIDE + DROP_WORDS * layer.index;
        let threshold = u32(state[ctl]);
        if (threshold > 0u) {
          if (run.train == 1u) {
            let keep = dropoutKeep(mem.seed, mem.step, layer.index, e, threshold);
            mask[at] = select(0u, 1u, keep);
            y = select(0.0, y * state[ctl + 1u], keep);
          } else {
            y = y * state[ctl + 2u]; // 1 for inverted dropout, 1 − p for the book's variant
          }
        }
        // A residual layer has k = m, so A's row r, column c is the skip input.
        if (layer.residual == 1u) { y = y + inputs[(member * run.rowStride + r) * layer.k + c]; }
        outAct[at] = y;
      }
    }
  }
}
