/** How `/healthz` answered while something else ran: the server's responsiveness, seen from outside. */
export interface HealthProbe {
  probes: number;
  /** Slowest `/healthz` answer, in ms. */
  maxMs: number;
  /** Median `/healthz` answer, in ms. */
  p50Ms: number;
}

export interface Probed<T> {
  result: T;
  /** How long the hostile work took to end, in ms. */
  durationMs: number;
  health: HealthProbe;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while another loop asks `/healthz` every `everyMs`, one request at a time, and times each
 * answer. A probe still unanswered when `work` ends is awaited and counted: a server whose thread is
 * stuck shows up as one very slow probe, not as no probe at all.
 */
export async function whileProbingHealth<T>(
  url: string,
  work: () => Promise<T>,
  everyMs = 25,
): Promise<Probed<T>> {
  const times: number[] = [];
  let done = false;
  const probing = (async () => {
    // At least two probes, so a request that ends at once is still measured against a live server.
    while (!done || times.length < 2) {
      const started = performance.now();
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      times.push(performance.now() - started);
      await sleep(everyMs);
    }
  })();
  const started = performance.now();
  let result: T;
  try {
    // Let the first probe leave before the hostile request does.
    await sleep(5);
    result = await work();
  } finally {
    done = true;
  }
  const durationMs = performance.now() - started - 5;
  await probing;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    result,
    durationMs,
    health: {
      probes: sorted.length,
      maxMs: sorted.at(-1) ?? 0,
      p50Ms: sorted[Math.floor(sorted.length / 2)] ?? 0,
    },
  };
}
