/** Practice for the professionalism lesson: type a message and see what might read as unprofessional. */
import { useState } from 'preact/hooks';
import { toneCheck } from '../../lib/toneCheck';

/** The tone check on the student's own words. */
export default function TonePractice() {
  const [text, setText] = useState('');
  const findings = text.trim() ? toneCheck(text) : [];
  return (
    <div class="card practice">
      <label for="tone-practice-text">Your message</label>
      <textarea
        id="tone-practice-text"
        rows={6}
        value={text}
        aria-describedby="tone-practice-result"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div id="tone-practice-result" role="status">
        {!text.trim() ? (
          <p>Type or paste a message to check its tone.</p>
        ) : findings.length === 0 ? (
          <p>
            <strong>Professional and upbeat:</strong> nothing to fix.
          </p>
        ) : (
          <ul class="findings">
            {findings.map((f) => (
              <li key={`${f.kind}-${f.index}`}>
                <strong>“{f.words}”</strong>: {f.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
