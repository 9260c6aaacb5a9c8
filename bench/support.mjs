import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticle } from './generator.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the packages when their output is missing, so figures reflect the production build. */
export function ensureBuilt() {
  const outputs = ['packages/model/dist/index.js', 'apps/api/dist/main.js', 'apps/web/dist/index.html'];
  if (outputs.every((f) => existsSync(join(root, f)))) return;
  console.log('building (npx turbo run build)…');
  const { status } = spawnSync('npx', ['turbo', 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) throw new Error('build failed');
}

/** Writes `count` generated articles into `dir`. */
export async function writeCorpus(dir, count) {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { name, text } = generateArticle(i);
    await writeFile(join(dir, name), text);
  }
}

/** Child processes of the bench (API server, ingest runs), so an interrupted run can stop them. */
const children = new Set();
export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
export function stopChildren() {
  for (const child of children) child.kill('SIGTERM');
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const round = (x, digits = 0) => Number(x.toFixed(digits));
export const mb = (bytes) => round(bytes / 1024 / 1024, 1);
