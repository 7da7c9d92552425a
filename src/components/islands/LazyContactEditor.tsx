/**
 * The contact form, loaded when the student opens it: most visits to the
 * planner only read and tick off touches, so the form's code (and its checks)
 * stays out of the page's first download.
 */
import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Editor = typeof import('./ContactEditor').default;

let loaded: Editor | null = null;

/** ContactEditor, fetched on first use. */
export default function LazyContactEditor(props: ComponentProps<Editor>) {
  // A function given to useState would be called as an initialiser: wrap it.
  const [Editor, setEditor] = useState<Editor | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Editor) return;
    import('./ContactEditor')
      .then((module) => {
        loaded = module.default;
        setEditor(() => module.default);
      })
      .catch(() => setFailed(true));
  }, []);
  if (failed) {
    return (
      <p class="notice notice--error" role="alert">
        The form could not be loaded. Check your connection and reload the page.
      </p>
    );
  }
  return Editor ? <Editor {...props} /> : <p class="muted">Opening the form…</p>;
}
