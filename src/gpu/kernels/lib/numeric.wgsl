// Finiteness tests and the scaled sum of squares (LAPACK snrm2 style) that never overflows f32.

// Exponent bits all ones ⇔ ±Inf or NaN; tested on the bits so no fast-math can fold it away.
fn isFinite(x: f32) -> bool {
  return (bitcast<u32>(x) & 0x7f800000u) != 0x7f800000u;
}

// acc = (scale, ssq) stands for scale²·ssq; adds x² (x finite).
fn ssqAdd(acc: vec2<f32>, x: f32) -> vec2<f32> {
  let a = abs(x);
  if (a == 0.0) { return acc; }
  if (a > acc.x) {
    let r = acc.x / a;
    return vec2<f32>(a, 1.0 + acc.y * r * r);
  }
  let r = a / acc.x;
  return vec2<f32>(acc.x, acc.y + r * r);
}

// Sum of two scaled sums of squares.
fn ssqMerge(p: vec2<f32>, q: vec2<f32>) -> vec2<f32> {
  if (q.x == 0.0) { return p; }
  if (p.x == 0.0) { return q; }
  if (p.x >= q.x) {
    let r = q.x / p.x;
    return vec2<f32>(p.x, p.y + q.y * r * r);
  }
  let r = p.x / q.x;
  return vec2<f32>(q.x, q.y + p.y * r * r);
}

// √(scale²·ssq).
fn ssqNorm(acc: vec2<f32>) -> f32 {
  return acc.x * sqrt(acc.y);
}
