// Penalties into the gradient (λ₂W + λ₁·sign W on weights) and partial sums per invocation: Σg², Σw² (scaled, no overflow),
// Σ|w| (the last two only for a member with penalties).
// One workgroup per chunk of the segment table (a chunk lies inside one slot: one layer's W, or the other parameters);
// no barriers: every invocation writes its own partial record, finalize.wgsl sums them per slot. Member m = workgroup_id.y:
// its parameters at m·run.stateStride, gradient at m·run.paramStride, partials at m·run.partialStride.

@group(1) @binding(0) var<storage, read> segments: array<vec4<u32>>; // slots (run.layers + 1) × (first chunk, end chunk), then chunks (start, end, slot)
@group(1) @binding(1) var<storage, read> state: array<f32>;          // parameters
@group(1) @binding(2) var<storage, read_write> grads: array<f32>;    // flat gradient: penalties added in place
@group(1) @binding(3) var<storage, read_write> partials: array<f32>; // PART_* record per invocation (chunk·REDUCE_THREADS + lane)

@compute @workgroup_size(REDUCE_THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  let member = wid.y;
  let mem = memberOf(member);
  let sBase = member * run.stateStride;
  let gBase = member * run.paramStride;
  let chunk = segments[run.layers + 1u + wid.x];
  let isW = chunk.z < run.layers;
  let penalise = isW && (mem.weightDecay > 0.0 || mem.l1 > 0.0);
  // Plain sums of squares with their largest |x| (see ssqPlainOk). Σw² and Σ|w| serve only the penalties' loss, so a
  // member without penalties (a uniform branch) reads no weights here.
  var gSum = 0.0;
  var gMax = 0.0;
  var wSum = 0.0;
  var wMax = 0.0;
  var wAbs = 0.0;
  var bad = 0.0;
  for (var i = chunk.x + lid.x; i < chunk.y; i += REDUCE_THREADS) {
    var g = grads[gBase + i];
    if (penalise) {
      let w = state[sBase + i];
      if (mem.weightDecay > 0.0) { g = g + mem.weightDecay * w; }
      if (mem.l1 > 0.0) { g = g + mem.l1 * sign(w); }
      grads[gBase + i] = g;
      if (isFinite(w)) {
        wSum += w * w;
        wMax = max(wMax, abs(w));
      }
      wAbs += abs(w);
    }
    if (isFinite(g)) {
      gSum += g * g;
      gMax = max(gMax, abs(g));
    } else {
      bad += 1.0;
    }
  }
  var g2 = ssqFromPlain(gSum, gMax); // (0, 0) where the rescan below starts afresh
  var w2 = ssqFromPlain(wSum, wMax);
  // Rarely (values past the plain sums' range): this invocation's share again, scaled; zero trips otherwise.
  let gAgain = !ssqPlainOk(gMax);
  let wAgain = !ssqPlainOk(wMax);
  let again = select(chunk.y, chunk.x + lid.x, gAgain || wAgain);
  for (var i = again; i < chunk.y; i += REDUCE_THREADS) {
    let g = grads[gBase + i];
    if (gAgain && isFinite(g)) { g2 = ssqAdd(g2, g); }
    if (wAgain) {
      let w = state[sBase + i];
      if (isFinite(w)) { w2 = ssqAdd(w2, w); }
    }
  }
  let p = member * run.partialStride + (wid.x * REDUCE_THREADS + lid.x) * PART_STRIDE;
  partials[p + PART_G] = g2.x;
  partials[p + PART_G + 1u] = g2.y;
  partials[p + PART_W] = w2.x;
  partials[p + PART_W + 1u] = w2.y;
  partials[p + PART_W_ABS] = wAbs;
  partials[p + PART_NON_FINITE] = bad;
}
