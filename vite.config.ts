// Vite build of the site: relative base so dist/ works from any static host and any sub-path.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
