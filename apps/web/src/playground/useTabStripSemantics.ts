import { type RefObject, useEffect } from 'react';

/**
 * GraphiQL 5 marks each editor tab as `role="tab"` yet puts two buttons inside it (select, close),
 * which screen readers cannot reach properly (axe: nested-interactive; graphql/graphiql#3422). We
 * turn the strip into what it behaves like — a row of buttons — and mark the open tab with
 * `aria-current`. A MutationObserver re-applies this whenever GraphiQL re-renders its tabs.
 */
export function useTabStripSemantics(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const fix = () => {
      root.querySelectorAll('[role="tablist"]').forEach((list) => list.removeAttribute('role'));
      root.querySelectorAll('.graphiql-tab[role="tab"]').forEach((tab) => {
        const active =
          tab.getAttribute('aria-selected') === 'true' || tab.classList.contains('graphiql-tab-active');
        tab.removeAttribute('role');
        tab.removeAttribute('aria-selected');
        const button = tab.querySelector('.graphiql-tab-button');
        if (active) button?.setAttribute('aria-current', 'true');
        else button?.removeAttribute('aria-current');
      });
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['role', 'class'],
    });
    return () => observer.disconnect();
  }, [container]);
}
