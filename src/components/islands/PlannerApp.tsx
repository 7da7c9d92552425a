/** The planner: today's, overdue and upcoming touches, the contacts, and the settings. */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { PlannedTouch } from '../../lib/cadence';
import type { Contact } from '../../lib/plannerSchema';
import {
  $contacts,
  $dueToday,
  $overdue,
  $plan,
  $settings,
  $today,
  $touches,
  $upcoming,
  updateSettings,
} from '../../stores/planner';
import ContactCard from './ContactCard';
import ContactEditor from './LazyContactEditor';
import StorageNotices from './StorageNotices';
import TouchCard from './TouchCard';

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
  const [upcomingLimit, setUpcomingLimit] = useState(UPCOMING_STEP);
  const [savedNote, setSavedNote] = useState('');
  const [limitError, setLimitError] = useState('');
  const byId = new Map(contacts.map((c) => [c.id, c]));

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
            }}
          />
        ) : (
          <p>
            <button type="button" onClick={() => setAdding(true)}>
              Add a contact
            </button>
          </p>
        )}
        {savedNote && !adding && <p class="notice">{savedNote}</p>}
        <ul class="contact-list">
          {contacts.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              history={touches.filter((t) => t.contactId === contact.id)}
              contactPlan={plan.byContact[contact.id]}
              today={today}
            />
          ))}
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
              min={1}
              max={50}
              value={settings.dailyLimit}
              aria-describedby="daily-limit-error"
              aria-invalid={limitError ? 'true' : undefined}
              onChange={(e) => {
                const value = Number(e.currentTarget.value);
                if (Number.isInteger(value) && value >= 1 && value <= 50) {
                  setLimitError('');
                  updateSettings({ dailyLimit: value });
                } else {
                  setLimitError(
                    `Enter a whole number from 1 to 50. Your limit stays at ${settings.dailyLimit}.`,
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
