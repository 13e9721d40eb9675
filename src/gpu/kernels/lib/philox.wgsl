// Philox-2x32-10, line for line the twin of src/engine/rng.ts (WGSL has no mulhi: 16-bit halves).
const PHILOX_M: u32 = 0xD256D193u;
const PHILOX_W: u32 = 0x9E3779B9u;

fn mulhi(a: u32, b: u32) -> u32 {
  let aL = a & 0xffffu; let aH = a >> 16u; let bL = b & 0xffffu; let bH = b >> 16u;
  let ll = aL * bL; let lh = aL * bH; let hl = aH * bL; let hh = aH * bH;
  let mid = (ll >> 16u) + (lh & 0xffffu) + (hl & 0xffffu);
  return hh + (lh >> 16u) + (hl >> 16u) + (mid >> 16u);
}

fn philox(index: u32, stream: u32, seed: u32) -> vec2<u32> {
  var c0 = index; var c1 = stream; var k = seed;
  for (var r = 0u; r < 10u; r++) {
    let hi = mulhi(PHILOX_M, c0); let lo = PHILOX_M * c0;
    c0 = hi ^ k ^ c1; c1 = lo; k = k + PHILOX_W;
  }
  return vec2<u32>(c0, c1);
}

// Dropout keep bit of (layer, element = row·units + unit) at training step `step`: the engine's dropoutKeep
// (stream word = STREAM.dropout | step << 8, index = layer << 24 | element, kept ⇔ (u32 >> 8) ≥ threshold).
fn dropoutKeep(seed: u32, step: u32, layer: u32, element: u32, threshold: u32) -> bool {
  let stream = STREAM_DROPOUT | ((step & 0xffffffu) << 8u);
  return (philox((layer << 24u) | element, stream, seed).x >> 8u) >= threshold;
}
