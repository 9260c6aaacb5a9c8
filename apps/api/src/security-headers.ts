import helmet from 'helmet';

/**
 * Security headers on every response (the web app, its assets, /graphql, /healthz). The web app loads
 * only its own scripts (Vite emits no inline script); the playground's Monaco editor injects <style>
 * elements and runs its language services in workers, hence `'unsafe-inline'` for styles only and
 * `blob:` for workers. Strict-Transport-Security belongs to whatever terminates TLS in front of us.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
}
