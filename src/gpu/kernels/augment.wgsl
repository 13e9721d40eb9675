// Augmented mini-batch rows on the GPU, the twin of the engine's augmentRow (src/engine/data/augment.ts): one invocation per
// output pixel (pixel = x, batch row = y, member = z of the dispatch). Row r of member m is data row
// batchIdx[run.idxOffset + m·run.rowStride + r]; it is warped (shift Δx, Δy, rotation θ, plus the elastic field that
// augment_field.wgsl left in `field`), sampled bilinearly (0 outside), then noised (clip(· + σ·z, 0, 1)), into out row
// rec.outRow + r. Draws: Philox keyed by (seed, augment stream of the epoch, data row · (3 + 3·side²) + draw), as the CPU
// draws them. Member m's record (AugRec, at run.record·run.members + m) holds its strengths; rec.on = 0: nothing to write.
// No workgroup memory and no barriers: the first version (one 256-invocation workgroup per row, fields in workgroup memory)
// took ~370 ms per batch of 50 shifts on SwiftShader, this one ~12 ms (bench/augment.ts, augmentPaths).
const AUG_THREADS: u32 = 64u; // AUG_THREADS of augment.ts

@group(1) @binding(0) var<storage, read> recs: array<AugRec>;         // per pass and member: strengths, stream, output row (AUG_REC)
@group(1) @binding(1) var<storage, read> field: array<f32>;           // per member and batch row: the elastic field (ex, ey: side² each) at (m·run.rowStride + r)·4·side²
@group(1) @binding(2) var<storage, read> x: array<f32>;               // the training rows, n×side²
@group(1) @binding(3) var<storage, read> batchIdx: array<u32>;        // data row of each member's mini-batch rows
@group(1) @binding(4) var<storage, read_write> out: array<f32>;       // augmented rows (slot × member × row)×side²

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
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let m = gid.z;
  let r = gid.y;
  let i = gid.x;
  let rec = recs[run.record * run.members + m];
  let side = rec.side;
  let n = side * side;
  if (rec.on == 0u || r >= rec.rows || i >= n) { return; }
  let row = batchIdx[run.idxOffset + m * run.rowStride + r];
  let base = row * (3u + 3u * n);
  let src = row * n;
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
  var v: f32;
  if (dx != 0i || dy != 0i || deg != 0.0 || elastic) {
    let sc = sincos(deg * 0.017453292519943295);
    let c = (f32(side) - 1.0) * 0.5;
    let u = f32(i32(i % side) - dx) - c;
    let w = f32(i32(i / side) - dy) - c;
    var sx = u * sc.y - w * sc.x + c;
    var sy = u * sc.x + w * sc.y + c;
    if (elastic) {
      let f = (m * run.rowStride + r) * 4u * n;
      sx += field[f + i];
      sy += field[f + n + i];
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
  out[(rec.outRow + r) * n + i] = v;
}
