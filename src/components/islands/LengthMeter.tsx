/** Practice for the brevity lesson: paste or type a message, see its length and time to say it. */
import { useState } from 'preact/hooks';
import { HARD_LIMIT_SECONDS, speakingSeconds, wordCount } from '../../lib/scriptLength';

/** The length meter: words and seconds at 150 words a minute, against the one-minute mark. */
export default function LengthMeter() {
  const [text, setText] = useState('');
  const words = wordCount(text);
  const seconds = speakingSeconds(text);
  const verdict =
    words === 0
      ? 'Type or paste your message to measure it.'
      : seconds > HARD_LIMIT_SECONDS
        ? 'Over a minute: past this point you gain nothing and risk losing them. Cut it down.'
        : seconds > 30
          ? 'Under a minute, but it could be shorter. Keep your thanks, one detail and a warm close.'
          : 'Brief: they will hear all of it.';
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
        <strong>
          {words} words, about {seconds} seconds to say.
        </strong>{' '}
        {verdict}
      </p>
    </div>
  );
}
