const R44_X: u32 = 5u;
const R44_Y: u32 = 5u;
// Register-tiled product core: each invocation computes a 4×4 block of C in registers, reading its operands straight
// from storage: no workgroup memory and no barriers (on SwiftShader, which runs a workgroup's invocations on one CPU
// thread, a barrier makes every invocation a coroutine; without one each runs to the end). A workgroup of
// R44_X × R44_Y invocations covers (4·R44_Y) × (4·R44_X) outputs. The including kernel defines
// leftRows(p) (column p of the block's 4 rows of the left operand) and rightCols(p) (row p of its 4 columns of the right).
var<private> acc: array<vec4<f32>, 4>; // acc[i][j] = C(row0 + i, col0 + j)

/** The first row and column of this invocation's block. */
fn blockOrigin(lid: vec3<u32>, wid: vec3<u32>) -> vec2<u32> {
  return vec2<u32>(wid.y * (4u * R44_Y) + lid.y * 4u, wid.x * (4u * R44_X) + lid.x * 4u);
}

/** acc ← Σ_{p < K} leftRows(p) ⊗ rightCols(p), p in order (the same sums as the engine's loops, with fma). */
fn regProduct(K: u32) {
  acc = array<vec4<f32>, 4>();
  for (var p = 0u; p < K; p++) {
    let a = leftRows(p);
    let b = rightCols(p);
    acc[0] = fma(vec4<f32>(a.x), b, acc[0]);
    acc[1] = fma(vec4<f32>(a.y), b, acc[1]);
    acc[2] = fma(vec4<f32>(a.z), b, acc[2]);
    acc[3] = fma(vec4<f32>(a.w), b, acc[3]);
  }
}

/** The 4 indices from `first`, each at most `last` (a block's rows or columns past the output repeat the last one). */
fn clampedRun(first: u32, last: u32) -> vec4<u32> {
  return min(vec4<u32>(first) + vec4<u32>(0u, 1u, 2u, 3u), vec4<u32>(last));
}
