// Lint rules. layers/direction keeps imports pointing down the layers of src; the src/engine block keeps the oracle pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './scripts/lint/layers.mjs';

const NO_VIEW = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'd3', 'd3-*', 'katex', 'zustand'], message: 'src/gpu and src/worker hold no view code.' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'dist-test/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, layers },
    rules: {
      'layers/direction': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/engine is pure: no React.' },
          { group: ['d3', 'd3-*'], message: 'src/engine is pure: no D3.' },
          { group: ['**/gpu', '**/gpu/**', '@webgpu/*'], message: 'src/engine must not depend on src/gpu.' },
          { group: ['**/components/**', '**/lessons/**', '**/app/**', 'zustand', 'katex'], message: 'src/engine depends on nothing above it.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'self', 'fetch', 'requestAnimationFrame', 'localStorage', 'location'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded RNG.' }],
    },
  },
  {
    // Below the views: no React, D3 or KaTeX in the engine, the GPU backend or the worker layer.
    files: ['src/gpu/**/*.ts', 'src/worker/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_VIEW] }] },
  },
  // src/worker says where its code runs: page/ on the main thread, thread/ in the trainer worker, shared/ (the protocol,
  // the data builders) on both. The two sides meet only in shared/ (and in the worker URL of page/pool.ts).
  {
    files: ['src/worker/page/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_VIEW, { group: ['**/thread', '**/thread/**'], message: 'src/worker/page runs on the main thread: it reaches the worker thread only through src/worker/shared.' }] }] },
  },
  {
    files: ['src/worker/thread/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_VIEW, { group: ['**/page', '**/page/**'], message: 'src/worker/thread runs in the worker: it imports nothing from the page side (src/worker/page).' }] }] },
  },
  {
    files: ['src/worker/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [NO_VIEW, { group: ['**/page', '**/page/**', '**/thread', '**/thread/**'], message: 'src/worker/shared runs on both sides: it imports neither src/worker/page nor src/worker/thread.' }],
      }],
    },
  },
  {
    // A lesson trains through src/components (useTrainerRuns and components/run): never through src/worker itself.
    files: ['src/lessons/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/worker', '**/worker/**'], message: 'Lessons reach the worker through src/components (useTrainerRuns, components/run), not src/worker.' }],
      }],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs,js}', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
