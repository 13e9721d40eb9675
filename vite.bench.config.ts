// Build of the benchmark pages (bench/) into dist-bench/, separate from the site: the benchmarks and the worker test harness,
// with public/ (the MNIST subset) copied in and the training worker bundled as an ES module.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`./bench/${name}`, import.meta.url));

export default defineConfig({
  root: 'bench',
  base: './',
  publicDir: '../public',
  worker: { format: 'es' },
  build: {
    outDir: '../dist-bench',
    emptyOutDir: true,
    target: 'es2022',
    // Unminified: TensorFlow.js's threaded wasm backend starts its workers from the source text of a bundled function,
    // which fails once the minifier renames what that function refers to (ReferenceError in the worker).
    minify: false,
    // TensorFlow.js (compared against in bench/mlp.ts) is one large lazily loaded chunk.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        index: page('index.html'),
        worker: page('worker.html'),
        // The GPU backend's parity harness (src/gpu, tests/browser/gpu*.spec.ts).
        gpu: page('gpu.html'),
        // Same-page A/B of the dense kernels (bench/kernelAb.ts, scripts/kernelAb.mjs).
        kernelab: page('kernelab.html'),
      },
    },
  },
});
