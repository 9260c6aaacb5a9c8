import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * Distance from the top of the document to an element, kept current as content above it changes
 * height (filters opening, a chart appearing): a window-scrolled virtual list needs it as its margin.
 */
export function useDocumentOffset(ref: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOffset(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return offset;
}
