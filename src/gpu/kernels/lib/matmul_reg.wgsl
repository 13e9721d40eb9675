// Register-tiled product core: each invocation computes MATMUL_ROWS = 4·MATMUL_GROUPS rows × MATMUL_COLS columns of C
// in registers, reading its operands straight from storage: no workgroup memory and no barriers (on SwiftShader, which
// runs a workgroup on one CPU thread, 4 invocations to a SIMD group, a barrier turns every invocation into a coroutine;
// without one each runs to the end). A workgroup of MATMUL_X × MATMUL_Y invocations covers (MATMUL_ROWS·MATMUL_Y) rows ×
// (MATMUL_X·MATMUL_COLS) columns; invocation x takes the columns x, x + MATMUL_X, …, so with MATMUL_X = 4 the 4
// invocations of a hardware SIMD group read 4 consecutive words of a row-major right operand and the same word of the
// left one. matmulLib (shared.ts) prepends the MATMUL_* constants and macRow(p, c), written out for the shape.
// The including kernel defines leftStart(p) (called once per p, first), leftRows(p, g) (column p of the left operand
// at the invocation's row group g: rows 4g … 4g + 3) and rightCol(p, j) (row p of the right operand at its column j).
var<private> acc: array<vec4<f32>, MATMUL_ACC>; // acc[g·MATMUL_COLS + j][i] = C(row0 + 4g + i, col0 + j·MATMUL_X)

/** The first row and column of this invocation's outputs. */
fn blockOrigin(lid: vec3<u32>, wid: vec3<u32>) -> vec2<u32> {
  return vec2<u32>(wid.y * (MATMUL_ROWS * MATMUL_Y) + lid.y * MATMUL_ROWS, wid.x * (MATMUL_X * MATMUL_COLS) + lid.x);
}

/**
 * acc ← Σ_{p < K} leftRows(p, g) · rightCol(p, j), p in order (the engine's order of sums, with fma), 4 values of p
 * per trip (SwiftShader evaluates its lanes' loop condition on every trip).
 */
fn regProduct(K: u32) {
  var c = array<vec4<f32>, MATMUL_ACC>();
  var p = 0u;
  for (; p + 4u <= K; p += 4u) {
    macRow(p, &c);
    macRow(p + 1u, &c);
    macRow(p + 2u, &c);
    macRow(p + 3u, &c);
  }
  for (; p < K; p++) { macRow(p, &c); }
  acc = c;
}

/** The 4 rows from `first`, each at most `last` (rows past the output repeat the last one). */
fn clampedRows(first: u32, last: u32) -> vec4<u32> {
  return min(vec4<u32>(first) + vec4<u32>(0u, 1u, 2u, 3u), vec4<u32>(last));
}

/** Column j of this invocation (from its first column `col0`), at most `last`. */
fn clampedCol(col0: u32, j: u32, last: u32) -> u32 {
  return min(col0 + j * MATMUL_X, last);
}
