/** The planner: today's, overdue and upcoming touches, the contacts, and the settings. */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { PlannedTouch } from '../../lib/cadence';
import { isDailyLimit, MAX_DAILY_LIMIT, MIN_DAILY_LIMIT } from '../../lib/plannerOptions';
import type { Contact } from '../../lib/plannerSchema';
import { $contacts, $settings, $today, $touches, updateSettings } from '../../stores/planner';
import { $dueToday, $overdue, $plan, $upcoming } from '../../stores/plan';
import ContactCard from './ContactCard';
import ContactEditor from './LazyContactEditor';
import StorageNotices from './StorageNotices';
import TouchCard from './TouchCard';
import { focusById } from '../focus';

const UPCOMING_STEP = 10;

function TouchSection(props: {
  id: string;
  title: string;
  empty: string;
  touches: PlannedTouch[];
  contacts: Map<string, Contact>;
  today: string;
  limit?: number;
  onMore?: () => void;
}) {
  const shown = props.limit === undefined ? props.touches : props.touches.slice(0, props.limit);
  return (
    <section aria-labelledby={props.id} class="touch-section">
      <h2 id={props.id}>
        {props.title} <span class="count">({props.touches.length})</span>
      </h2>
      {shown.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <ul class="touch-list">
          {shown.map((touch) => {
            const contact = props.contacts.get(touch.contactId);
            return contact ? (
              <TouchCard key={touch.id} touch={touch} contact={contact} today={props.today} />
            ) : null;
          })}
        </ul>
      )}
      {props.onMore && shown.length < props.touches.length && (
        <p>
          <button type="button" class="quiet" onClick={props.onMore}>
            Show more upcoming touches
          </button>
        </p>
      )}
    </section>
  );
}

/** The whole planner page. */
export default function PlannerApp() {
  const contacts = useStore($contacts);
  const touches = useStore($touches);
  const plan = useStore($plan);
  const dueToday = useStore($dueToday);
  const overdue = useStore($overdue);
  const upcoming = useStore($upcoming);
  const settings = useStore($settings);
  const today = useStore($today);
  const [adding, setAdding] = useState(false);
  // The contact being edited, as it was when its form opened (kept even if another tab deletes it).
  const [editing, setEditing] = useState<Contact | null>(null);
  const [upcomingLimit, setUpcomingLimit] = useState(UPCOMING_STEP);
  const [savedNote, setSavedNote] = useState('');
  const [limitError, setLimitError] = useState('');
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const closeEditor = (saved: Contact | null) => {
    const id = editing?.id;
    setEditing(null);
    if (saved) setSavedNote(`Saved ${saved.name}.`);
    focusById(id && `contact-${id}-summary`, '#contacts-heading');
  };

  return (
    <div class="planner">
      <StorageNotices />
      <p role="status" class="visually-hidden">
        {savedNote}
      </p>
      <TouchSection
        id="due-today"
        title="Due today"
        empty={
          contacts.length
            ? 'Nothing is due today.'
            : 'Add a contact below, and their first touch appears here.'
        }
        touches={dueToday}
        contacts={byId}
        today={today}
      />
      {overdue.length > 0 && (
        <TouchSection
          id="overdue"
          title="Overdue"
          empty=""
          touches={overdue}
          contacts={byId}
          today={today}
        />
      )}
      <TouchSection
        id="upcoming"
        title="Upcoming"
        empty="No touches are planned after today yet."
        touches={upcoming}
        contacts={byId}
        today={today}
        limit={upcomingLimit}
        onMore={() => setUpcomingLimit(upcomingLimit + UPCOMING_STEP)}
      />

      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">
          Your contacts <span class="count">({contacts.length})</span>
        </h2>
        {adding ? (
          <ContactEditor
            today={today}
            onClose={(saved) => {
              setAdding(false);
              if (saved) setSavedNote(`Saved ${saved.name}. Their thank-you is now in your plan.`);
              focusById('add-contact');
            }}
          />
        ) : (
          <p>
            <button type="button" id="add-contact" onClick={() => setAdding(true)}>
              Add a contact
            </button>
          </p>
        )}
        {savedNote && !adding && <p class="notice">{savedNote}</p>}
        <ul class="contact-list">
          {[
            // Keyed by the contact's id whether or not another tab deleted it:
            // the open form keeps what the student typed.
            ...(editing && !byId.has(editing.id)
              ? [
                  <li key={editing.id}>
                    <ContactEditor contact={editing} deleted today={today} onClose={closeEditor} />
                  </li>,
                ]
              : []),
            ...contacts.map((contact) =>
              editing?.id === contact.id ? (
                <li key={contact.id}>
                  <ContactEditor contact={editing} today={today} onClose={closeEditor} />
                </li>
              ) : (
                <ContactCard
                  key={contact.id}
                  contact={contact}
                  history={touches.filter((t) => t.contactId === contact.id)}
                  contactPlan={plan.byContact[contact.id]}
                  today={today}
                  onEdit={() => setEditing(contact)}
                />
              ),
            ),
          ]}
        </ul>
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <div class="field-row">
          <div class="field">
            <label for="daily-limit">Most touches on one day</label>
            <input
              id="daily-limit"
              type="number"
              min={MIN_DAILY_LIMIT}
              max={MAX_DAILY_LIMIT}
              value={settings.dailyLimit}
              aria-describedby="daily-limit-error"
              aria-invalid={limitError ? 'true' : undefined}
              onChange={(e) => {
                const value = Number(e.currentTarget.value);
                if (isDailyLimit(value)) {
                  setLimitError('');
                  updateSettings({ dailyLimit: value });
                } else {
                  setLimitError(
                    `Enter a whole number from ${MIN_DAILY_LIMIT} to ${MAX_DAILY_LIMIT}. Your limit stays at ${settings.dailyLimit}.`,
                  );
                }
              }}
            />
            <p id="daily-limit-error" class="field-error">
              {limitError}
            </p>
          </div>
          <div class="field">
            <label class="choice">
              <input
                type="checkbox"
                checked={settings.weekendsAllowed}
                onChange={(e) => updateSettings({ weekendsAllowed: e.currentTarget.checked })}
              />{' '}
              Plan touches on weekends too
            </label>
          </div>
        </div>
      </section>
    </div>
  );
}
