// The elastic field of augment.wgsl, the twin of augmentRow's α·G_σ ∗ U(−1, 1) per axis (smoothField: rows, then columns,
// zeros beyond the edge), in three dispatches (override PHASE): 0 draws the uniforms, 1 smooths along rows, 2 along columns
// and scales by α. One invocation per (axis, pixel) = x, batch row = y, member = z. Member m, row r's field sits at
// f = (m·run.rowStride + r)·4·side²: the x and y fields at f and f + side², the row-smoothed ones at f + 2·side² and f + 3·side².
override PHASE: u32 = 0u;
const AUG_THREADS: u32 = 64u; // AUG_THREADS of augment.ts

@group(1) @binding(0) var<storage, read> recs: array<AugRec>;         // per pass and member: strengths, stream, output row (AUG_REC)
@group(1) @binding(1) var<storage, read> taps: array<f32>;            // per pass and member: the Gaussian taps w[−R…R] (AUG_TAPS each)
@group(1) @binding(2) var<storage, read> batchIdx: array<u32>;        // data row of each member's mini-batch rows
@group(1) @binding(3) var<storage, read_write> field: array<f32>;     // per member and batch row: 4·side² values (above)

@compute @workgroup_size(AUG_THREADS)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let m = gid.z;
  let r = gid.y;
  let at = run.record * run.members + m;
  let rec = recs[at];
  let side = rec.side;
  let n = side * side;
  if (rec.on == 0u || rec.alpha <= 0.0 || r >= rec.rows || gid.x >= 2u * n) { return; }
  let axis = gid.x / n;
  let i = gid.x % n;
  let f = (m * run.rowStride + r) * 4u * n;
  if (PHASE == 0u) {
    let row = batchIdx[run.idxOffset + m * run.rowStride + r];
    let draw = row * (3u + 3u * n) + 3u + axis * n + i;
    field[f + axis * n + i] = 2.0 * (f32(philox(draw, rec.stream, rec.seed).x >> 8u) * 5.9604644775390625e-8) - 1.0;
    return;
  }
  let R = i32(rec.radius);
  let w0 = at * AUG_TAPS;
  let px = i32(i % side);
  let py = i32(i / side);
  let s = i32(side);
  var sum = 0.0;
  if (PHASE == 1u) {
    for (var j = -R; j <= R; j++) {
      let q = px + j;
      if (q >= 0 && q < s) { sum += taps[w0 + u32(j + R)] * field[f + axis * n + u32(py * s + q)]; }
    }
    field[f + (2u + axis) * n + i] = sum;
    return;
  }
  for (var j = -R; j <= R; j++) {
    let q = py + j;
    if (q >= 0 && q < s) { sum += taps[w0 + u32(j + R)] * field[f + (2u + axis) * n + u32(q * s + px)]; }
  }
  field[f + axis * n + i] = rec.alpha * sum;
}
