/**
 * <start-date-notice>: stores `?start=` from the address and shows the
 * matching message rendered by StartDateNotice.astro.
 */
import { startDateLabel } from '../lib/courseWeek';
import { setStartDate } from '../stores/course';

/** Applies the link's start date once, when the page loads. */
class StartDateNotice extends HTMLElement {
  connectedCallback() {
    const raw = new URLSearchParams(location.search).get('start');
    if (raw === null) return;
    const result = setStartDate(raw);
    const message = this.querySelector<HTMLElement>(
      `[data-start="${result.ok ? 'ok' : result.problem}"]`,
    );
    if (!message) return;
    const date = message.querySelector('[data-start-date]');
    const value = message.querySelector('[data-start-value]');
    if (date && result.ok) date.textContent = startDateLabel(result.date);
    if (value) value.textContent = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    message.hidden = false;
  }
}

customElements.define('start-date-notice', StartDateNotice);
