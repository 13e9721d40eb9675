// Finiteness tests, the scaled sum of squares (LAPACK snrm2 style) that never overflows f32, and its plain fast path.

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

// A plain sum of squares with its largest |x|: a multiply-add and a max per element, where ssqAdd costs a division and
// two branches (on SwiftShader, both sides of each for every lane). Exact to f32 while the largest |x| lies in
// [SSQ_PLAIN_LO, SSQ_PLAIN_HI]: no square overflows, nor a sum of fewer than 10⁸ of them (an invocation sums
// CHUNK / REDUCE_THREADS = 16), and a square that underflows is under 1e-8 of the largest. Outside that range
// (exploding or vanishing values) ssqPlainOk is false and the kernel sums its share again with ssqAdd.
const SSQ_PLAIN_LO: f32 = 1e-15;
const SSQ_PLAIN_HI: f32 = 1e15;

fn ssqPlainOk(maxAbs: f32) -> bool {
  return maxAbs == 0.0 || (maxAbs >= SSQ_PLAIN_LO && maxAbs <= SSQ_PLAIN_HI);
}

// The plain sum Σx² with largest |x| = maxAbs as a scaled sum (maxAbs, Σ(x/maxAbs)²); (0, 0) when nothing was summed,
// or when the plain sum does not hold (!ssqPlainOk), for the kernel to sum again from.
fn ssqFromPlain(sum: f32, maxAbs: f32) -> vec2<f32> {
  if (maxAbs == 0.0 || !ssqPlainOk(maxAbs)) { return vec2<f32>(0.0, 0.0); }
  return vec2<f32>(maxAbs, sum / (maxAbs * maxAbs));
}
