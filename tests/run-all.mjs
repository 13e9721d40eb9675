// npm test: type-check, lint, unit tests (Vitest) and browser tests (Playwright); prints one total line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(cmd, args) {
  process.stdout.write(`\n$ ${cmd} ${args.join(' ')}\n`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status === 0;
}
function add(stage, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${stage}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Type-check (the app, then src/engine alone without DOM types, then vite.config.ts alone) and lint: one check each.
for (const [stage, cmd, args] of [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['typecheck engine (no DOM)', 'npx', ['tsc', '-p', 'tsconfig.engine.json']],
  ['typecheck vite.config.ts', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
]) {
  const ok = run(cmd, args);
  add(stage, ok ? 1 : 0, ok ? 0 : 1);
}

// 2. Unit tests in Node.
const vitestJson = 'test-results/vitest.json';
rmSync(vitestJson, { force: true });
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) add('unit (vitest)', v.numPassedTests, v.numFailedTests + (v.numRuntimeErrorTestSuites ?? 0), v.numPendingTests + v.numTodoTests);
else add('unit (vitest)', 0, 1);

// 3. Browser tests against the production build.
const pwJson = 'test-results/playwright.json';
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`\nNo Chromium at ${chromium}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  add('browser (no chromium)', 0, 1);
} else if (run('npx', ['vite', 'build']) && run('npx', ['vite', 'build', '-c', 'vite.bench.config.ts'])) {
  // dist-bench holds the worker harness page that tests/browser/worker.spec.ts serves.
  rmSync(pwJson, { force: true });
  run('npx', ['playwright', 'test']);
  const p = existsSync(pwJson) ? readJson(pwJson) : null;
  if (p?.stats) add('browser (playwright)', p.stats.expected + p.stats.flaky, p.stats.unexpected + (p.errors?.length ?? 0), p.stats.skipped);
  else add('browser (playwright)', 0, 1);
} else add('browser (build)', 0, 1);

console.log('\n' + lines.join('\n'));
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed ? 1 : 0);
