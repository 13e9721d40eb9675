// Unit tests: Vitest in Node over tests/**/*.test.ts (browser tests live in tests/browser, run by Playwright).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
  },
});
