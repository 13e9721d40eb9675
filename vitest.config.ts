// Unit tests: Vitest in Node over tests/**/*.test.ts (browser tests live in tests/browser, run by Playwright).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // Several unit tests train real networks on MNIST: on a busy 2-core machine 5 s (Vitest's default) is not enough.
    testTimeout: 30_000,
  },
});
