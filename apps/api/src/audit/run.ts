import { ABUSE_CASES, type AbuseCase, type AuditTarget, meetsExpectation, type Outcome } from './cases.js';
import { type HealthProbe, whileProbingHealth } from './probe.js';

/** The bounds the hardening promises: `/healthz` answers within this while a hostile request runs… */
export const HEALTH_BUDGET_MS = 200;
/** …and the hostile request itself ends within this, with a client error or an answer. */
export const REQUEST_BUDGET_MS = 1_000;

export interface AuditRow {
  id: string;
  defect: string;
  skipped?: string;
  outcome?: Outcome;
  /** The outcome is the expected client error or answer. */
  expected?: boolean;
  durationMs?: number;
  health?: HealthProbe;
}

/** Sends one case while timing `/healthz`. */
export async function auditCase(target: AuditTarget, c: AbuseCase): Promise<AuditRow> {
  const base = { id: c.id, defect: c.defect };
  if (c.needs === 'token' && !target.token) return { ...base, skipped: 'needs the token' };
  if (c.needs === 'seeds' && !target.seedsDir) return { ...base, skipped: 'needs the seeds folder' };
  const probed = await whileProbingHealth(target.url, () => c.send(target));
  return {
    ...base,
    outcome: probed.result,
    expected: meetsExpectation(c, probed.result),
    durationMs: Math.round(probed.durationMs),
    health: probed.health,
  };
}

/** Sends every case in turn (never two at once, so each one's effect on `/healthz` is its own). */
export async function audit(target: AuditTarget, cases = ABUSE_CASES): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (const c of cases) rows.push(await auditCase(target, c));
  return rows;
}

/** Whether a row keeps every promise: expected outcome, in time, with `/healthz` answering in time. */
export function withinBudget(row: AuditRow): boolean {
  if (row.skipped) return true;
  return (
    row.expected === true &&
    (row.durationMs ?? Infinity) <= REQUEST_BUDGET_MS &&
    (row.health?.maxMs ?? Infinity) <= HEALTH_BUDGET_MS
  );
}
