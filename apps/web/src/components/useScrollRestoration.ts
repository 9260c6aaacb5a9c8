import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Scroll offsets per history entry, for this tab's lifetime. */
const positions = new Map<string, number>();

/**
 * Back and forward return to where the reader was (a long list keeps its place after reading an
 * article); a newly opened page starts at the top; filter changes on the same page leave the scroll
 * alone; a `#fragment` is left to the page that owns it.
 */
export function useScrollRestoration() {
  const { key, pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  const previousPath = useRef(pathname);

  // Remember the offset of the entry being shown, continuously: by the time a navigation is noticed,
  // the next page may already have replaced (and shortened) this one.
  useEffect(() => {
    const save = () => positions.set(key, window.scrollY);
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [key]);

  useEffect(() => {
    const pageChanged = previousPath.current !== pathname;
    previousPath.current = pathname;
    if (hash) return;
    const saved = navigationType === 'POP' ? positions.get(key) : undefined;
    if (saved === undefined) {
      if (pageChanged) window.scrollTo(0, 0);
      return;
    }
    // The page may still be loading its data: wait (up to ~1 s) until it is tall enough.
    let frame = 0;
    let tries = 0;
    const restore = () => {
      const reachable = document.documentElement.scrollHeight - window.innerHeight >= saved;
      if (reachable || tries++ > 60) window.scrollTo(0, saved);
      else frame = requestAnimationFrame(restore);
    };
    restore();
    return () => cancelAnimationFrame(frame);
  }, [key, pathname, hash, navigationType]);
}
