import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './support.mjs';

/**
 * The hostile audit against the production build: a real server in its own process with a watched
 * seeds folder and a token, every case of apps/api/src/audit/cases.ts sent in turn while /healthz is
 * timed. Figures only; audit.test.ts holds the same promises as assertions.
 */
export async function benchAbuse({ port }) {
  const { audit, withinBudget, HEALTH_BUDGET_MS, REQUEST_BUDGET_MS } = await import(
    pathToFileURL(join(root, 'apps/api/dist/audit/run.js')).href
  );
  const seedsDir = await mkdtemp(join(tmpdir(), 'teletipo-bench-abuse-seeds-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'teletipo-bench-abuse-data-'));
  const token = 'bench-abuse-token-0123456789';
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TELETIPO_DATA: join(dataDir, 'db'),
      TELETIPO_SEEDS: seedsDir,
      TELETIPO_TOKEN: token,
      DATABASE_URL: '',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    let up = false;
    for (let i = 0; i < 300 && !up; i++) {
      up = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!up) await new Promise((r) => setTimeout(r, 100));
    }
    if (!up) throw new Error(`the API did not start on port ${port}`);
    const rows = await audit({ url, token, seedsDir });
    return {
      healthBudgetMs: HEALTH_BUDGET_MS,
      requestBudgetMs: REQUEST_BUDGET_MS,
      withinBudget: rows.filter(withinBudget).length,
      cases: rows.length,
      rows: rows.map((r) => ({
        id: r.id,
        outcome: r.skipped ?? `${r.outcome.status} ${r.outcome.code ?? r.outcome.detail ?? ''}`.trim(),
        expected: r.expected,
        ms: r.durationMs,
        healthzMaxMs: r.health ? Math.round(r.health.maxMs) : undefined,
      })),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(seedsDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}
