// One optimizer step over the flat parameter vector (all six optimizers, the engine's formulas and ε conventions),
// after clipping (global-norm factor from the control words, then by value); then per-invocation partials of Σw² for the weight norms.

@group(1) @binding(0) var<storage, read> segments: array<vec4<u32>>; // slots (run.layers + 1) × (first chunk, end chunk), then chunks
@group(1) @binding(1) var<storage, read> grads: array<f32>;          // flat gradient (penalties included, unclipped)
@group(1) @binding(2) var<storage, read_write> state: array<f32>;    // parameters x (updated); control words
@group(1) @binding(3) var<storage, read_write> v: array<f32>;        // velocity / first moment (momentum, Adam)
@group(1) @binding(4) var<storage, read_write> s: array<f32>;        // accumulated g² (AdaGrad, RMSProp, AdaDelta, Adam)
@group(1) @binding(5) var<storage, read_write> dx: array<f32>;       // AdaDelta's Δx
@group(1) @binding(6) var<storage, read_write> partials: array<f32>; // PART_* record per invocation (weights after the update)

// x after one step of optimizer run.opt with gradient g at element i (updates v, s, dx[i]).
fn update(i: u32, x: f32, g: f32) -> f32 {
  switch run.opt {
    case OPT_MOMENTUM: {
      let vi = run.gamma * v[i] + run.lr * g;
      v[i] = vi;
      return x - vi;
    }
    case OPT_ADAGRAD: {
      let si = s[i] + g * g;
      s[i] = si;
      return x - (run.lr / sqrt(si + run.eps)) * g;
    }
    case OPT_RMSPROP: {
      let si = run.gamma * s[i] + (1.0 - run.gamma) * g * g;
      s[i] = si;
      return x - (run.lr / sqrt(si + run.eps)) * g;
    }
    case OPT_ADADELTA: {
      let si = run.rho * s[i] + (1.0 - run.rho) * g * g;
      s[i] = si;
      let gp = sqrt((dx[i] + run.eps) / (si + run.eps)) * g;
      dx[i] = run.rho * dx[i] + (1.0 - run.rho) * gp * gp;
      return x - gp;
    }
    case OPT_ADAM: {
      let vi = run.beta1 * v[i] + (1.0 - run.beta1) * g;
      let si = run.beta2 * s[i] + (1.0 - run.beta2) * g * g;
      v[i] = vi;
      s[i] = si;
      return x - (run.lr * (vi / run.c1)) / (sqrt(si / run.c2) + run.eps);
    }
    default: { return x - run.lr * g; }
  }
}

@compute @workgroup_size(REDUCE_THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  // Read by every invocation (no barrier needed: nothing below synchronises the workgroup).
  let halted = state[run.control + CTL_HALTED] != 0.0;
  let chunk = segments[run.layers + 1u + wid.x];
  let isW = chunk.z < run.layers;
  let clipScale = state[run.control + CTL_CLIP_SCALE];
  var w2 = vec2<f32>(0.0, 0.0);
  var bad = 0.0;
  for (var i = chunk.x + lid.x; i < chunk.y; i += REDUCE_THREADS) {
    var x = state[i];
    if (!halted) {
      var g = grads[i];
      if (clipScale != 1.0) { g = g * clipScale; }
      if (run.clipValue > 0.0) { g = clamp(g, -run.clipValue, run.clipValue); }
      x = update(i, x, g);
      state[i] = x;
    }
    if (!isFinite(x)) { bad += 1.0; } else if (isW) { w2 = ssqAdd(w2, x); }
  }
  let p = (wid.x * REDUCE_THREADS + lid.x) * PART_STRIDE;
  partials[p + PART_W] = w2.x;
  partials[p + PART_W + 1u] = w2.y;
  partials[p + PART_NON_FINITE] = bad;
}
