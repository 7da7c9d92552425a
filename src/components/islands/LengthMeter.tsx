/** Practice for the brevity lesson: paste or type a message, see its length and time to say it. */
import { useState } from 'preact/hooks';
import { checkBudget, lengthVerdict } from '../../lib/scriptLength';

/** The length meter: the writers' own verdict, against a voicemail's 30 seconds and the one-minute mark. */
export default function LengthMeter() {
  const [text, setText] = useState('');
  const check = checkBudget('voicemail', text);
  return (
    <div class="card practice">
      <label for="length-meter-text">Your message</label>
      <textarea
        id="length-meter-text"
        rows={6}
        value={text}
        aria-describedby="length-meter-result"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id="length-meter-result" role="status">
        {check.words === 0 ? 'Type or paste your message to measure it.' : lengthVerdict(check)}
      </p>
    </div>
  );
}
