// Where the tests find Chromium (Debian's by default; CHROMIUM_PATH points elsewhere) and the flags that enable WebGPU headless.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** SwiftShader WebGPU in headless Chromium (see docs/design.md), without background network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
