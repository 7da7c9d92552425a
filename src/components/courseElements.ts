/**
 * The custom element behind course time and lesson progress
 * (<course-progress>), and the loader of <start-date-notice>: plain script,
 * no framework, so a lesson page stays within its 2.5 KB JavaScript budget.
 */
import { $canTicks, $doneWeeks, $startDate, setCanTick, setLessonDone } from '../stores/course';
import { courseWeek } from '../lib/courseWeek';

/** Shows this week and lesson progress in the markup it wraps (see CourseProgress.astro). */
class CourseProgress extends HTMLElement {
  private stops: (() => void)[] = [];

  connectedCallback() {
    const render = () => this.render();
    this.stops = [$startDate, $doneWeeks, $canTicks].map((store) => store.subscribe(render));
    // One listener: a tick box fires click too (mouse, touch and Space), after it has changed.
    this.addEventListener('click', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.dataset['can']) return setCanTick(box.dataset['can'], box.checked);
      const button = box.closest<HTMLElement>('[data-mark-done]');
      if (!button) return;
      const week = Number(button.dataset['markDone']);
      setLessonDone(week, !$doneWeeks.get().includes(week));
    });
  }

  disconnectedCallback() {
    this.stops.forEach((stop) => stop());
  }

  render() {
    const done = $doneWeeks.get();
    const ticks = $canTicks.get();
    const start = $startDate.get();
    const pos = start ? courseWeek(start, new Date()) : null;
    const week = pos?.phase === 'during' ? pos.week : null;
    const fills: Record<string, number | undefined> = {
      week: week ?? undefined,
      days: pos?.phase === 'before' ? pos.daysUntilStart : undefined,
      done: done.length,
    };
    const each = (attr: string, fn: (el: HTMLElement, value: string) => void) =>
      this.querySelectorAll<HTMLElement>(`[${attr}]`).forEach((el) =>
        fn(el, el.getAttribute(attr)!),
      );
    each('data-now-week', (el, n) => (el.hidden = Number(n) !== week));
    each('data-default-week', (el) => (el.hidden = week !== null));
    each('data-done-badge', (el, n) => (el.hidden = !done.includes(Number(n))));
    each('data-phase', (el, phase) => (el.hidden = phase !== pos?.phase));
    each('data-fill', (el, key) => (el.textContent = String(fills[key] ?? '')));
    each('data-can', (el, key) => ((el as HTMLInputElement).checked = ticks.includes(key)));
    each('data-mark-done', (el, n) =>
      el.setAttribute('aria-pressed', String(done.includes(Number(n)))),
    );
  }
}

customElements.define('course-progress', CourseProgress);
