// One optimizer step over the flat parameter vector (all six optimizers, the engine's formulas and ε conventions),
// after clipping (global-norm factor from the control words, then by value); then per-invocation partials of Σw² for the weight norms.
// Member m = workgroup_id.y, with its own hyperparameters (members): state at m·run.stateStride, arrays at m·run.paramStride.

@group(1) @binding(0) var<storage, read> segments: array<vec4<u32>>; // slots (run.layers + 1) × (first chunk, end chunk), then chunks (start, end, slot, layer)
@group(1) @binding(1) var<storage, read> grads: array<f32>;          // flat gradient (penalties included, unclipped)
@group(1) @binding(2) var<storage, read_write> state: array<f32>;    // parameters x (updated); control words
@group(1) @binding(3) var<storage, read_write> v: array<f32>;        // velocity / first moment (momentum, Adam)
@group(1) @binding(4) var<storage, read_write> s: array<f32>;        // accumulated g² (AdaGrad, RMSProp, AdaDelta, Adam)
@group(1) @binding(5) var<storage, read_write> dx: array<f32>;       // AdaDelta's Δx
@group(1) @binding(6) var<storage, read_write> partials: array<f32>; // PART_* record per invocation (weights after the update)

// x after one step of the member's optimizer with gradient g at element i (updates v, s, dx[i]; i includes the member offset).
fn update(i: u32, x: f32, g: f32, mem: Member) -> f32 {
  switch mem.opt {
    case OPT_MOMENTUM: {
      let vi = mem.gamma * v[i] + mem.lr * g;
      v[i] = vi;
      return x - vi;
    }
    case OPT_ADAGRAD: {
      let si = s[i] + g * g;
      s[i] = si;
      return x - (mem.lr / sqrt(si + mem.eps)) * g;
    }
    case OPT_RMSPROP: {
      let si = mem.gamma * s[i] + (1.0 - mem.gamma) * g * g;
      s[i] = si;
      return x - (mem.lr / sqrt(si + mem.eps)) * g;
    }
    case OPT_ADADELTA: {
      let si = mem.rho * s[i] + (1.0 - mem.rho) * g * g;
      s[i] = si;
      let gp = sqrt((dx[i] + mem.eps) / (si + mem.eps)) * g;
      dx[i] = mem.rho * dx[i] + (1.0 - mem.rho) * gp * gp;
      return x - gp;
    }
    case OPT_ADAM: {
      let vi = mem.beta1 * v[i] + (1.0 - mem.beta1) * g;
      let si = mem.beta2 * s[i] + (1.0 - mem.beta2) * g * g;
      v[i] = vi;
      s[i] = si;
      return x - (mem.lr * (vi / mem.c1)) / (sqrt(si / mem.c2) + mem.eps);
    }
    default: { return x - mem.lr * g; }
  }
}

@compute @workgroup_size(REDUCE_THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  let member = wid.y;
  let mem = memberOf(member);
  let sBase = member * run.stateStride;
  let gBase = member * run.paramStride;
  // Read by every invocation (no barrier needed: nothing below synchronises the workgroup). A stopped member stays as it is.
  let halted = state[sBase + run.control + CTL_HALTED] != 0.0 || mem.trains == 0u;
  let chunk = segments[run.layers + 1u + wid.x];
  let isW = chunk.z < run.layers;
  let clipScale = state[sBase + run.control + CTL_CLIP_SCALE];
  // Learning-rate factor of the chunk's dense layer (control words: CONTROL, dropout words per hidden layer, one per layer).
  let factor = state[sBase + run.control + CTL_STRIDE + DROP_WORDS * (run.layers - 1u) + chunk.w];
  var wSum = 0.0; // a plain Σw² with its largest |w| (see ssqPlainOk)
  var wMax = 0.0;
  var bad = 0.0;
  for (var i = chunk.x + lid.x; i < chunk.y; i += REDUCE_THREADS) {
    var x = state[sBase + i];
    if (!halted) {
      var g = grads[gBase + i];
      if (clipScale != 1.0) { g = g * clipScale; }
      if (mem.clipValue > 0.0) { g = clamp(g, -mem.clipValue, mem.clipValue); }
      let u = update(gBase + i, x, g, mem);
      // x ← x₀ + f·(u − x₀): the step with η·f (0 keeps x₀ exactly), as the CPU engine's scaleLayerUpdates.
      if (factor == 1.0) { x = u; } else if (factor != 0.0) { x = x + factor * (u - x); }
      state[sBase + i] = x;
    }
    if (!isFinite(x)) {
      bad += 1.0;
    } else if (isW) {
      wSum += x * x;
      wMax = max(wMax, abs(x));
    }
  }
  var w2 = ssqFromPlain(wSum, wMax);
  // Rarely (weights past the plain sum's range): this invocation's share again, scaled; zero trips otherwise.
  for (var i = select(chunk.y, chunk.x + lid.x, !ssqPlainOk(wMax)); i < chunk.y; i += REDUCE_THREADS) {
    let x = state[sBase + i];
    if (isFinite(x)) { w2 = ssqAdd(w2, x); }
  }
  let p = member * run.partialStride + (wid.x * REDUCE_THREADS + lid.x) * PART_STRIDE;
  partials[p + PART_W] = w2.x;
  partials[p + PART_W + 1u] = w2.y;
  partials[p + PART_NON_FINITE] = bad;
}
