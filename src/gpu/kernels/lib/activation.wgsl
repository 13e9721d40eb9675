// The activations of src/engine/nn/activations, selected at run time by an ACT_* id (a uniform, so the branch is uniform).

// σ(x) written so that e^(±x) never overflows, as in the engine.
fn sigmoid(x: f32) -> f32 {
  if (x >= 0.0) { return 1.0 / (1.0 + exp(-x)); }
  let e = exp(x);
  return e / (1.0 + e);
}

// tanh from e^(−2|x|), which never overflows (the builtin may give NaN for large |x| on some drivers);
// below |x| = 0.1, where 1 − e^(−2|x|) would cancel, the Taylor series to x⁷ (exact to float32 there).
fn tanhStable(x: f32) -> f32 {
  if (abs(x) < 0.1) {
    let x2 = x * x;
    return x * (1.0 - x2 * (1.0 / 3.0 - x2 * (2.0 / 15.0 - x2 * (17.0 / 315.0))));
  }
  let t = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - t) / (1.0 + t);
}

// y = f(x) for activation `act`; k is the leaky-ReLU slope.
fn activate(act: u32, x: f32, k: f32) -> f32 {
  switch act {
    case ACT_SIGMOID: { return sigmoid(x); }
    case ACT_TANH: { return tanhStable(x); }
    case ACT_RELU: { return select(0.0, x, x > 0.0); }
    case ACT_LEAKY_RELU: { return select(k * x, x, x > 0.0); }
    default: { return x; }
  }
}

// dy · f′(x), from the activation input x (sigmoid and tanh recompute y = f(x), as the forward pass did).
fn activateBackward(act: u32, x: f32, dy: f32, k: f32) -> f32 {
  switch act {
    case ACT_SIGMOID: { let y = sigmoid(x); return dy * y * (1.0 - y); }
    case ACT_TANH: { let y = tanhStable(x); return dy * (1.0 - y * y); }
    case ACT_RELU: { return select(0.0, dy, x > 0.0); }
    case ACT_LEAKY_RELU: { return select(k * dy, dy, x > 0.0); }
    default: { return dy; }
  }
}
