/** Hosts that mean "every interface" rather than one address to open. */
const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);

/**
 * The start-up line: the address actually bound, and a URL that opens it. Bound to every interface,
 * the server is reachable from other machines, so the line says so instead of only naming localhost.
 */
export function startBanner(host: string, port: number, storeKind: string): string {
  if (ALL_INTERFACES.has(host)) {
    const bound = host.includes(':') ? `[::]:${port}` : `${host || '0.0.0.0'}:${port}`;
    const url = `http://localhost:${port}`;
    return `Teletipo listening on all interfaces (${bound}); open ${url} (GraphQL at ${url}/graphql, store: ${storeKind})`;
  }
  const url = `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
  return `Teletipo listening on ${url} only (GraphQL at ${url}/graphql, store: ${storeKind})`;
}
