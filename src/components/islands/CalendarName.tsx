/** The student's name for the printed title: asked for when missing, changeable later. */
import { useRef, useState } from 'preact/hooks';
import { updateSettings } from '../../stores/planner';

/** A small form that saves the student's name to their settings. */
export default function CalendarName({ name }: { name: string }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const [saved, setSaved] = useState('');
  const changeRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Keep the keyboard where the student was when the form opens or closes.
  const focusLater = (target: { current: HTMLElement | null }) =>
    requestAnimationFrame(() => target.current?.focus());

  const save = (event: Event) => {
    event.preventDefault();
    const next = value.trim();
    // On a refused write the store's notice (StorageNotices) says why; the form stays open.
    if (!updateSettings({ studentName: next })) return;
    setEditing(false);
    setSaved(next ? `Saved: your printed pages now show ${next}.` : 'Saved.');
    if (next) focusLater(changeRef);
  };

  const showForm = !name || editing;
  return (
    <div class="cal-name no-print">
      <p role="status" class="cal-name__saved">
        {saved}
      </p>
      {showForm ? (
        <form class="cal-name__form" onSubmit={save}>
          <div class="field">
            <label for="cal-student-name">Your name, for the title of the printed pages</label>
            <input
              id="cal-student-name"
              ref={inputRef}
              type="text"
              autocomplete="name"
              maxLength={120}
              value={value}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          </div>
          <button type="submit">Save name</button>
          {editing && (
            <button
              type="button"
              class="quiet"
              onClick={() => {
                setEditing(false);
                focusLater(changeRef);
              }}
            >
              Cancel
            </button>
          )}
        </form>
      ) : (
        <p>
          <button
            type="button"
            class="quiet"
            ref={changeRef}
            onClick={() => {
              setValue(name);
              setSaved('');
              setEditing(true);
              focusLater(inputRef);
            }}
          >
            Change the name on your printout
          </button>
        </p>
      )}
    </div>
  );
}
