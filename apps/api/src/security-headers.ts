import helmet from 'helmet';

/**
 * Security headers on every response (the web app, its assets, /graphql, /healthz). The web app loads
 * only its own scripts (Vite emits no inline script, and Monaco's workers are files of the build); the
 * playground's Monaco editor injects <style> elements, hence `'unsafe-inline'` for styles only (the
 * playground is reached by client-side navigation, so every page needs it; apps/web/e2e/csp.test.ts
 * fails without it). Strict-Transport-Security belongs to whatever terminates TLS in front of us.
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
        workerSrc: ["'self'"],
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
