// Build of the benchmark page (bench/) into dist-bench/, separate from the site.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench',
  base: './',
  build: { outDir: '../dist-bench', emptyOutDir: true, target: 'es2022' },
});
