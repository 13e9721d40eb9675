// npm run cards: recomputes every lesson's index-card picture from a real run and writes public/cards/<id>.svg.
// The generator is TypeScript (it imports the engine and the lessons' models); Vite's runnerImport loads it in Node.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/cards/all.ts', { configFile: false, logLevel: 'error' });
const only = process.argv.slice(2);
mkdirSync('public/cards', { recursive: true });
const t0 = performance.now();
for (const [id, make] of Object.entries(module.CARDS)) {
  if (only.length && !only.includes(id)) continue;
  const t = performance.now();
  const svg = await make();
  writeFileSync(module.cardPath(id), svg);
  console.log(`${id}: ${svg.length} bytes, ${Math.round(performance.now() - t)} ms`);
}
console.log(`total ${Math.round(performance.now() - t0)} ms`);
