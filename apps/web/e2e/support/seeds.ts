import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir, seedsDir } from './paths';

/** A throwaway seeds folder: the repository's seeds plus our own fixture articles (good and bad). */
export async function makeSeedsDir(): Promise<{ dir: string; files: string[]; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'teletipo-e2e-seeds-'));
  await cp(seedsDir, dir, { recursive: true });
  await cp(fixturesDir, dir, { recursive: true });
  const files = (await readdir(dir)).sort();
  return { dir, files, remove: () => rm(dir, { recursive: true, force: true }) };
}
