import { type ReactNode, useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useScrollRestoration } from './useScrollRestoration';

const SECTIONS = [
  { to: '/', label: 'Artículos', end: true },
  { to: '/quotes', label: 'Citas', end: false },
  { to: '/figures', label: 'Cifras', end: false },
  { to: '/entidades', label: 'Entidades', end: false },
  { to: '/portavoces', label: 'Quién habla', end: false },
  { to: '/comparar', label: 'Comparar', end: false },
  { to: '/playground', label: 'Playground', end: false },
];

/** The frame around every page: skip link, site navigation, the page itself. */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname, hash } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useScrollRestoration();

  // A new page puts keyboard and screen-reader focus on its content, as a full page load would.
  // Skipped on the first render so the skip link stays the first tab stop, and when a #fragment asks
  // for a specific place (the page focuses it itself).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (hash) return;
    main.current?.focus({ preventScroll: true });
    // Only a change of page counts, not a change of filters in the query string.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Saltar al contenido
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          Teletipo
        </NavLink>
        <nav aria-label="Secciones">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to} end={s.end}>
                  {s.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
