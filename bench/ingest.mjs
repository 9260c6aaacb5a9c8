import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { root, track } from './support.mjs';

/** Runs the bulk-ingest command as a user would and reads its closing line. */
function runIngest(dir, env) {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(process.execPath, [join(root, 'apps/api/dist/ingest/cli.js'), dir], {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', () => {});
    child.on('error', reject);
    child.on('exit', (code) => {
      const m = /ingest: (\d+) added.*in ([\d.]+) s \((\d+) articles\/s/.exec(out);
      if (!m) reject(new Error(`ingest exited with ${code}: ${out.slice(-500)}`));
      else resolve({ articles: Number(m[1]), seconds: Number(m[2]), articlesPerSecond: Number(m[3]) });
    });
  });
}

/** A fresh PostgreSQL database for the run, so figures never mix with older data. */
async function freshDatabase(url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('drop database if exists teletipo_bench with (force)');
  await admin.query('create database teletipo_bench');
  await admin.end();
  const u = new URL(url);
  u.pathname = '/teletipo_bench';
  return u.toString();
}

/** Articles/s into PGlite and PostgreSQL for the generated corpus in `corpusDir`. */
export async function benchIngest(corpusDir) {
  const pgliteDir = join(await mkdtemp(join(tmpdir(), 'teletipo-bench-')), 'data');
  const result = {
    pglite: await runIngest(corpusDir, { TELETIPO_DATA: pgliteDir, DATABASE_URL: '' }),
    pgliteDir,
  };
  const url =
    process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  try {
    result.postgres = await runIngest(corpusDir, { DATABASE_URL: await freshDatabase(url) });
  } catch (error) {
    result.postgres = { skipped: `PostgreSQL unavailable (${error.message.split('\n')[0]})` };
  }
  return result;
}
