/** Moving keyboard focus after an action, once the page has re-rendered. */

/**
 * Focuses the element with id `id` on the next frame (after Preact has
 * rendered the change), or the first element matching the `fallback` selector
 * when `id` is missing or gone.
 * Elements that are not focusable by nature get tabindex="-1" first.
 */
export function focusById(id: string | undefined, fallback?: string): void {
  requestAnimationFrame(() => {
    const target =
      (id ? document.getElementById(id) : null) ??
      (fallback ? document.querySelector<HTMLElement>(fallback) : null);
    if (!target) return;
    if (!target.matches('a[href], button, input, select, textarea, summary, [tabindex]'))
      target.setAttribute('tabindex', '-1');
    target.focus();
  });
}
