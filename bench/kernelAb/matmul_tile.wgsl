// Tiled product core (hardware GPUs): a TILE×TILE block of C per workgroup of TILE_THREADS² invocations (4×4 outputs each),
// K in steps of TILE_K through workgroup memory. The including kernel defines left(row, p) and right(p, col) (0 outside
// the operands) and LEFT_K_CONTIGUOUS / RIGHT_K_CONTIGUOUS (which index is contiguous in memory, for coalesced tile loads).
// TILE, TILE_K and TILE_THREADS (= TILE / 4) come from MATMUL in shared.ts; kernels use @workgroup_size(TILE_THREADS, TILE_THREADS).
const TILE_LOADS: u32 = TILE * TILE_K / (TILE_THREADS * TILE_THREADS); // tile elements each invocation loads

var<workgroup> tileA: array<f32, TILE * TILE_K>; // tileA[p·TILE + row]
var<workgroup> tileB: array<f32, TILE * TILE_K>; // tileB[p·TILE + col]
var<private> acc: array<vec4<f32>, 4>;           // acc[i][j] = C(row0 + 4·ly + i, col0 + 4·lx + j)

// acc ← Σ_{p < K} left(row, p)·right(p, col) for this invocation's 4×4 block; K must be uniform. A block wholly outside
// the rows×cols output, and the last step's p ≥ K, add no products (left and right are 0 there): padding costs loads only.
fn tileProduct(lid: vec3<u32>, wid: vec3<u32>, K: u32, rows: u32, cols: u32) {
  let row0 = wid.y * TILE;
  let col0 = wid.x * TILE;
  let t = lid.y * TILE_THREADS + lid.x;
  let inside = row0 + lid.y * 4u < rows && col0 + lid.x * 4u < cols;
  acc = array<vec4<f32>, 4>();
  for (var p0 = 0u; p0 < K; p0 += TILE_K) {
    for (var e = 0u; e < TILE_LOADS; e++) {
      let idx = t + e * TILE_THREADS * TILE_THREADS;
      var pa: u32; var ra: u32;
      if (LEFT_K_CONTIGUOUS) { pa = idx % TILE_K; ra = idx / TILE_K; } else { pa = idx / TILE; ra = idx % TILE; }
      tileA[pa * TILE + ra] = left(row0 + ra, p0 + pa);
      var pb: u32; var cb: u32;
      if (RIGHT_K_CONTIGUOUS) { pb = idx % TILE_K; cb = idx / TILE_K; } else { pb = idx / TILE; cb = idx % TILE; }
      tileB[pb * TILE + cb] = right(p0 + pb, col0 + cb);
    }
    workgroupBarrier();
    let kEnd = select(0u, min(TILE_K, K - p0), inside);
    for (var p = 0u; p < kEnd; p++) {
      let ra = p * TILE + lid.y * 4u;
      let cb = p * TILE + lid.x * 4u;
      let a = vec4<f32>(tileA[ra], tileA[ra + 1u], tileA[ra + 2u], tileA[ra + 3u]);
      let b = vec4<f32>(tileB[cb], tileB[cb + 1u], tileB[cb + 2u], tileB[cb + 3u]);
      acc[0] = fma(vec4<f32>(a.x), b, acc[0]);
      acc[1] = fma(vec4<f32>(a.y), b, acc[1]);
      acc[2] = fma(vec4<f32>(a.z), b, acc[2]);
      acc[3] = fma(vec4<f32>(a.w), b, acc[3]);
    }
    workgroupBarrier();
  }
}
