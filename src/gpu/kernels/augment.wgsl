// Augmented mini-batch rows on the GPU, the twin of the engine's augmentRow (src/engine/data/augment.ts): one workgroup per (batch row, member).
// Draws: Philox (philox.wgsl) keyed by (seed, augment stream of the epoch, data row · (3 + 3·side²) + draw), as the CPU draws them.
// Row r of member m (workgroup x, y) is data row batchIdx[run.idxOffset + m·run.rowStride + r]; it is warped (shift Δx, Δy,
// rotation θ, elastic field α·G_σ ∗ U(−1, 1), bilinear, 0 outside), then noised (clip(· + σ·z, 0, 1)), into out row
// rec.outRow + r. Member m's record (AugRec, at run.record·run.members + m) holds its strengths; rec.on = 0: nothing to write.
const MAX_PIXELS: u32 = 784u; // side² of the largest image (28×28); larger images are augmented on the CPU
const AUG_THREADS: u32 = 256u; // AUG_THREADS of augment.ts

@group(1) @binding(0) var<storage, read> recs: array<AugRec>;         // per pass and member: strengths, stream, output row (AUG_REC)
@group(1) @binding(1) var<storage, read> taps: array<f32>;            // per pass and member: the Gaussian taps w[−R…R] of the elastic field (AUG_TAPS each)
@group(1) @binding(2) var<storage, read> x: array<f32>;               // the training rows, n×side²
@group(1) @binding(3) var<storage, read> batchIdx: array<u32>;        // data row of each member's mini-batch rows
@group(1) @binding(4) var<storage, read_write> out: array<f32>;       // augmented rows (slot × member × row)×side²

var<workgroup> ex: array<f32, MAX_PIXELS>;
var<workgroup> ey: array<f32, MAX_PIXELS>;
var<workgroup> tx: array<f32, MAX_PIXELS>;
var<workgroup> ty: array<f32, MAX_PIXELS>;

fn u01(w: u32) -> f32 { return f32(w >> 8u) * 5.9604644775390625e-8; }

// ⌊u·k⌋ for u = (w >> 8)·2⁻²⁴, exactly: the high word of (w >> 8)·(k·2⁸).
fn uniformInt(w: u32, k: u32) -> u32 { return mulhi(w >> 8u, k << 8u); }

// (sin x, cos x) for |x| ≤ π to a few float32 ulps: Taylor series at x/4, then two doublings. (GPU sin/cos may be off by
// 2⁻¹¹, SwiftShader's among them: a rotation's source point would move by ~1e-2 px.)
fn sincos(x: f32) -> vec2<f32> {
  let a = 0.25 * x;
  let a2 = a * a;
  var s = a * (1.0 - a2 / 6.0 * (1.0 - a2 / 20.0 * (1.0 - a2 / 42.0 * (1.0 - a2 / 72.0 * (1.0 - a2 / 110.0)))));
  var c = 1.0 - a2 / 2.0 * (1.0 - a2 / 12.0 * (1.0 - a2 / 30.0 * (1.0 - a2 / 56.0 * (1.0 - a2 / 90.0 * (1.0 - a2 / 132.0)))));
  for (var k = 0; k < 2; k++) {
    let s2 = 2.0 * s * c;
    c = (c - s) * (c + s);
    s = s2;
  }
  return vec2<f32>(s, c);
}

fn pixel(base: u32, side: i32, px: i32, py: i32) -> f32 {
  if (px < 0 || py < 0 || px >= side || py >= side) { return 0.0; }
  return x[base + u32(py * side + px)];
}

@compute @workgroup_size(AUG_THREADS)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let m = wg.y;
  let r = wg.x;
  let at = run.record * run.members + m;
  let rec = recs[at];
  if (rec.on == 0u || r >= rec.rows) { return; }
  let side = rec.side;
  let n = side * side;
  let row = batchIdx[run.idxOffset + m * run.rowStride + r];
  let base = row * (3u + 3u * n);
  let src = row * n;
  let dst = (rec.outRow + r) * n;
  var dx = 0i;
  var dy = 0i;
  if (rec.shift > 0u) {
    let k = 2u * rec.shift + 1u;
    dx = i32(uniformInt(philox(base, rec.stream, rec.seed).x, k)) - i32(rec.shift);
    dy = i32(uniformInt(philox(base + 1u, rec.stream, rec.seed).x, k)) - i32(rec.shift);
  }
  var deg = 0.0;
  if (rec.rotate > 0.0) { deg = (2.0 * u01(philox(base + 2u, rec.stream, rec.seed).x) - 1.0) * rec.rotate; }
  let elastic = rec.alpha > 0.0;
  if (elastic) {
    // Uniform fields, then α·G_σ ∗ field, separable (rows, then columns), zeros beyond the edge: smoothField's order.
    for (var i = t; i < n; i += AUG_THREADS) {
      ex[i] = 2.0 * u01(philox(base + 3u + i, rec.stream, rec.seed).x) - 1.0;
      ey[i] = 2.0 * u01(philox(base + 3u + n + i, rec.stream, rec.seed).x) - 1.0;
    }
    workgroupBarrier();
    let R = i32(rec.radius);
    let w0 = at * AUG_TAPS;
    for (var i = t; i < n; i += AUG_THREADS) {
      let px = i32(i % side);
      let py = i32(i / side);
      var sx = 0.0;
      var sy = 0.0;
      for (var j = -R; j <= R; j++) {
        let q = px + j;
        if (q >= 0 && q < i32(side)) {
          let w = taps[w0 + u32(j + R)];
          sx += w * ex[u32(py * i32(side) + q)];
          sy += w * ey[u32(py * i32(side) + q)];
        }
      }
      tx[i] = sx;
      ty[i] = sy;
    }
    workgroupBarrier();
    for (var i = t; i < n; i += AUG_THREADS) {
      let px = i32(i % side);
      let py = i32(i / side);
      var sx = 0.0;
      var sy = 0.0;
      for (var j = -R; j <= R; j++) {
        let q = py + j;
        if (q >= 0 && q < i32(side)) {
          let w = taps[w0 + u32(j + R)];
          sx += w * tx[u32(q * i32(side) + px)];
          sy += w * ty[u32(q * i32(side) + px)];
        }
      }
      // Every invocation reads ex/ey again below only at its own i, after the barrier.
      ex[i] = rec.alpha * sx;
      ey[i] = rec.alpha * sy;
    }
  }
  workgroupBarrier();
  let th = deg * 0.017453292519943295;
  let sc = sincos(th);
  let cs = sc.y;
  let sn = sc.x;
  let c = (f32(side) - 1.0) * 0.5;
  let warped = dx != 0i || dy != 0i || deg != 0.0 || elastic;
  for (var i = t; i < n; i += AUG_THREADS) {
    var v: f32;
    if (warped) {
      let u = f32(i32(i % side) - dx) - c;
      let w = f32(i32(i / side) - dy) - c;
      var sx = u * cs - w * sn + c;
      var sy = u * sn + w * cs + c;
      if (elastic) {
        sx += ex[i];
        sy += ey[i];
      }
      let x0 = floor(sx);
      let y0 = floor(sy);
      let fx = sx - x0;
      let fy = sy - y0;
      let ix = i32(x0);
      let iy = i32(y0);
      let s = i32(side);
      v = (1.0 - fx) * (1.0 - fy) * pixel(src, s, ix, iy) + fx * (1.0 - fy) * pixel(src, s, ix + 1, iy)
        + (1.0 - fx) * fy * pixel(src, s, ix, iy + 1) + fx * fy * pixel(src, s, ix + 1, iy + 1);
    } else {
      v = x[src + i];
    }
    if (rec.noise > 0.0) {
      let wds = philox(base + 3u + 2u * n + i, rec.stream, rec.seed);
      let u1 = f32((wds.x >> 8u) + 1u) * 5.9604644775390625e-8;
      let u2 = f32(wds.y >> 8u) * 5.9604644775390625e-8;
      // cos(2π·u2) = −cos(2π·(u2 − ½)), the argument in [−π, π) (u2 − ½ is exact).
      let z = sqrt(-2.0 * log(u1)) * -sincos(6.283185307179586 * (u2 - 0.5)).y;
      v = clamp(v + rec.noise * z, 0.0, 1.0);
    }
    out[dst + i] = v;
  }
}
