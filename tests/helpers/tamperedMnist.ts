// A copy of public/data with one byte of one file flipped, for the tests that an exported Python script refuses damaged data.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MNIST_DATA_DIR } from './mnistNode';

/** A temporary data folder whose file `name` has its middle byte's lowest bit flipped; remove() deletes it. */
export function tamperedMnist(name: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'mnist-flip-'));
  for (const f of readdirSync(MNIST_DATA_DIR)) copyFileSync(join(MNIST_DATA_DIR, f), join(dir, f));
  const bytes = readFileSync(join(dir, name));
  bytes[bytes.length >> 1] ^= 0x01;
  writeFileSync(join(dir, name), bytes);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
