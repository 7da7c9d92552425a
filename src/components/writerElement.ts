/**
 * <writer-app>: brings WriterForm.astro to life with plain script (no
 * framework, to keep a writer page light). It reads the form, asks
 * lib/writerScript for everything to show, and writes it with textContent.
 * Planner actions go through stores/writer.ts, which loads the planner only
 * when one is used.
 */
import { downloadFile } from './downloadFile';
import { formatLocalDate } from '../lib/localDate';
import { lengthVerdict } from '../lib/scriptLength';
import {
  confirmingEmail,
  emptyWriterFields,
  scriptAsText,
  writerOutput,
  type WriterFields,
  type WriterOutput,
} from '../lib/writerScript';
import type { Writer, WriterTemplates } from '../templates/render';
import { $profile, saveProfile } from '../stores/profile';
import { $settings } from '../stores/settings';
import type { WriterContact } from '../stores/writer';

/** The writers' link to the planner, loaded only when the student uses it. */
const plannerLink = () => import('../stores/writer');

/** The example a lesson's link fills in (`?example=1`). */
const EXAMPLE: Partial<WriterFields> = {
  contactName: 'Dana Lee',
  organization: 'Northwind Health',
  role: 'Data Analyst',
  situation: 'phone',
  detail: 'your advice on the data team',
  availableFrom: '14:00',
  availableTo: '17:00',
  nextPart: 'morning',
  agreed: true,
};

/** Defines <writer-app> for one writer's templates (each writer page passes only its own). */
export function defineWriter(templates: WriterTemplates): void {
  class WriterApp extends HTMLElement {
    private writer = (this.dataset['writer'] ?? 'thank-you') as Writer;
    private today = formatLocalDate(new Date());
    private variant = 0;
    private output: WriterOutput | null = null;
    private contacts: WriterContact[] | null = null;

    private get form() {
      return this.querySelector<HTMLFormElement>('[data-writer-form]')!;
    }

    private el<T extends HTMLElement = HTMLElement>(name: string): T | null {
      return this.querySelector<T>(`[data-${name}]`);
    }

    connectedCallback() {
      const profile = $profile.get();
      const start = emptyWriterFields(this.writer, this.today, profile);
      const params = new URLSearchParams(location.search);
      const id = params.get('contact');
      // A planner contact's own data wins over the example; the example never
      // fills in the student's name or phone, so it can't be saved as theirs.
      const example = params.get('example') === '1' && !id;
      this.fill(example ? { ...start, ...EXAMPLE } : start);
      if (example) {
        this.note(
          'An example is filled in. Change any field to make it yours, and add your own name and phone.',
        );
      }
      for (const input of this.querySelectorAll<HTMLInputElement>('input[type=date]')) {
        if (input.name === 'metOn' || input.name === 'lastContact') input.max = this.today;
        else input.min = this.today;
      }
      this.form.addEventListener('input', () => this.render());
      this.form.addEventListener('change', () => this.render());
      this.form.addEventListener('submit', (e) => e.preventDefault());
      this.form.addEventListener('focusout', (e) => {
        const name = (e.target as HTMLInputElement).name;
        if (name === 'studentName' || name === 'studentPhone') {
          const f = this.read();
          const note = this.el('profile-note');
          if (note)
            note.textContent = saveProfile(f.studentName, f.studentPhone)
              ? 'Your name and phone are remembered on this browser for next time.'
              : 'Your browser has no room to remember your name and phone, so they are used on this page only.';
        }
      });
      this.el('copy')?.addEventListener('click', () => void this.copy());
      this.el('download')?.addEventListener('click', () => {
        const name =
          this.read()
            .contactName.trim()
            .replace(/[^\p{L}\p{N}]+/gu, '-') || 'script';
        if (this.output)
          downloadFile(`${this.writer}-${name}.txt`, scriptAsText(this.output.script));
      });
      this.el('another')?.addEventListener('click', () => {
        this.variant = (this.output?.script.variant ?? 0) + 1;
        this.render();
      });
      this.el('add-to-plan')?.addEventListener('click', () => void this.addToPlan());
      this.el<HTMLFormElement>('agreed-form')?.addEventListener('submit', (e) => {
        e.preventDefault();
        void this.saveAgreed();
      });
      // The planner's contacts load when the picker is about to be used: on
      // focus (keyboard) or when a pointer reaches it (before a click or tap
      // opens the list), so the list is full when it opens.
      for (const type of ['focus', 'pointerenter'])
        this.el('contact-picker')?.addEventListener(type, () => void this.loadContacts());
      if (id) void this.prefill(id);
      this.render();
    }

    /** Sets form fields from values. */
    private fill(values: Partial<WriterFields>) {
      for (const [name, value] of Object.entries(values)) {
        const field = this.form.elements.namedItem(name);
        if (field instanceof RadioNodeList) field.value = String(value);
        else if (field instanceof HTMLInputElement && field.type === 'checkbox')
          field.checked = value === true;
        else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
          field.value = String(value);
      }
    }

    /** The form's fields as typed. */
    private read(): WriterFields {
      const data = new FormData(this.form);
      const text = (name: string) => String(data.get(name) ?? '');
      return {
        channel: text('channel'),
        situation: text('situation'),
        contactName: text('contactName'),
        organization: text('organization'),
        role: text('role'),
        contactEmail: text('contactEmail'),
        metOn: text('metOn'),
        detail: text('detail'),
        forgot: text('forgot'),
        studentName: text('studentName'),
        studentPhone: text('studentPhone'),
        availableFrom: text('availableFrom'),
        availableTo: text('availableTo'),
        nextDate: text('nextDate'),
        nextPart: text('nextPart'),
        lastContact: text('lastContact'),
        question: text('question'),
        agreed: data.get('agreed') !== null,
      };
    }

    private note(text: string) {
      const box = this.el('prefill-note');
      if (box) {
        box.textContent = text;
        box.hidden = false;
      }
    }

    private render() {
      const fields = this.read();
      const out = writerOutput(
        this.writer,
        templates,
        fields,
        this.variant,
        this.today,
        $settings.get().weekendsAllowed,
      );
      this.output = out;
      const { script, budget, findings, next, notes, detailNote, mailto } = out;
      const set = (name: string, text: string) => {
        const el = this.el(name);
        if (el) el.textContent = text;
      };
      this.el('email-only')!.hidden = fields.channel !== 'email';
      this.el('subject-line')!.hidden = !script.subject;
      set('subject', script.subject ?? '');
      // The live region is told only when the text really changed.
      if (this.el('script')?.textContent !== script.text) set('script', script.text);
      set('detail-note', detailNote ?? '');
      set('length', lengthVerdict(budget));
      this.el('length')!.classList.toggle('length--over', budget.over);
      this.list(
        'notes',
        notes.map((n) => [n]),
      );
      const link = this.el<HTMLAnchorElement>('mailto')!;
      link.hidden = !mailto;
      if (mailto) link.href = mailto;
      const another = this.el('another')!;
      another.hidden = script.variantCount < 2;
      another.textContent = `Another version (${script.variant + 1} of ${script.variantCount})`;
      this.el('tone-ok')!.hidden = findings.length > 0;
      this.el('findings')!.hidden = findings.length === 0;
      this.list(
        'findings',
        findings.map((f) => [`“${f.words}”`, `: ${f.reason}`]),
      );
      set('next-label', next?.label ?? '');
      set('copied', '');
    }

    /** Replaces a list's items: each item is [bold part, rest] or [text]. */
    private list(name: string, items: string[][]) {
      const list = this.el(name)!;
      list.replaceChildren(
        ...items.map(([first, rest]) => {
          const li = document.createElement('li');
          if (rest === undefined) li.textContent = first ?? '';
          else {
            const strong = document.createElement('strong');
            strong.textContent = first ?? '';
            li.append(strong, rest);
          }
          return li;
        }),
      );
    }

    private async copy() {
      const status = this.el('copied')!;
      try {
        await navigator.clipboard.writeText(scriptAsText(this.output!.script));
        status.textContent = 'Copied. Paste it where you write to them.';
      } catch {
        status.textContent =
          'Your browser did not allow copying. Select the text and copy it by hand.';
      }
    }

    private async loadContacts(): Promise<WriterContact[]> {
      if (this.contacts) return this.contacts;
      const list = (await plannerLink()).loadWriterContacts();
      this.contacts = list;
      const picker = this.el<HTMLSelectElement>('contact-picker');
      if (picker) {
        const chosen = picker.value;
        for (const c of list) picker.add(new Option(c.contact.name, c.contact.id));
        const byName = list.find((c) => c.contact.name.trim() === this.read().contactName.trim());
        picker.value = chosen || byName?.contact.id || '';
      }
      const empty = this.el('no-contacts');
      if (empty) empty.hidden = list.length > 0;
      return list;
    }

    private async prefill(id: string) {
      const list = await this.loadContacts();
      const found = list.find((c) => c.contact.id === id);
      if (!found) {
        this.note('That contact is not in the planner on this browser, so nothing was filled in.');
        return;
      }
      const c = found.contact;
      this.fill({
        contactName: c.name,
        organization: c.organization,
        role: c.role,
        contactEmail: c.email,
        situation: c.metHow,
        metOn: c.metOn,
        lastContact: found.lastContact ?? '',
        agreed: c.agreed !== null,
      });
      const picker = this.el<HTMLSelectElement>('contact-picker');
      if (picker) picker.value = c.id;
      this.note(`Filled in from your planner: ${c.name}.`);
      this.render();
    }

    private chosenContact(list: WriterContact[]) {
      const id = this.el<HTMLSelectElement>('contact-picker')?.value;
      return list.find((c) => c.contact.id === id);
    }

    private planNote(text: string) {
      const box = this.el('plan-note');
      if (box) box.textContent = text;
    }

    private async addToPlan() {
      await this.loadContacts();
      const next = this.output?.next;
      if (!next) return;
      const fields = this.read();
      const picker = this.el<HTMLSelectElement>('contact-picker');
      // The planner link adds the call, and the contact too when they are someone new.
      const result = (await plannerLink()).addCallToPlan(
        picker?.value ?? '',
        fields,
        this.today,
        next,
      );
      this.planNote(result.note);
      const added = result.contact;
      if (!added) return;
      if (result.isNew && picker) {
        this.contacts?.push({ contact: added, lastContact: null });
        picker.add(new Option(added.name, added.id));
        picker.value = added.id;
      }
      const confirm = this.el('confirm');
      if (confirm) confirm.hidden = false;
      const line = this.el('confirm-line');
      if (line) line.textContent = confirmingEmail(added.name, next.label, fields.studentName);
    }

    private async saveAgreed() {
      const chosen = this.chosenContact(await this.loadContacts());
      if (!chosen) {
        this.planNote('Choose which contact agreed to this, then save it.');
        return;
      }
      const data = new FormData(this.el<HTMLFormElement>('agreed-form')!);
      const text = (name: string) => String(data.get(name) ?? '');
      const link = await plannerLink();
      const result = link.readAgreedNext(
        {
          agreedDate: text('agreedDate'),
          agreedStart: text('agreedStart'),
          agreedEnd: text('agreedEnd'),
          agreedNumber: text('agreedNumber'),
        },
        this.today,
      );
      if (!result.ok || !result.value) {
        this.planNote(
          result.ok ? 'Enter the day they suggested.' : Object.values(result.errors).join(' '),
        );
        return;
      }
      const problem = link.saveAgreedNext(chosen.contact.id, result.value);
      this.planNote(
        problem ??
          `Saved: your next contact with ${chosen.contact.name} is the day they suggested. Your plan now holds a call then.`,
      );
    }
  }
  customElements.define('writer-app', WriterApp);
}
