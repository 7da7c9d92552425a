/**
 * The prompter and recorder behind "Rehearse it" (markup in Rehearse.astro),
 * loaded only when a student opens it. It records with MediaRecorder after
 * they press Start, times the take, and shows lib/rehearsalVerdict's verdict.
 * A take lives in memory only, as an object URL that is revoked when the
 * student discards it, records another, or leaves the page. Where there is no
 * microphone, or permission is refused, it times the student instead.
 */
import { clockLabel, rehearsalVerdict } from '../lib/rehearsalVerdict';
import type { BudgetKind } from '../lib/scriptLength';
import { BUDGETS } from '../lib/scriptLength';

/**
 * Speech rate for "Hear it at a steady pace": most voices read about 175
 * words a minute at rate 1, so 0.85 comes close to the writers' 150.
 */
const STEADY_SPEECH_RATE = 0.85;

/** How often the clock is redrawn while a take runs. */
const TICK_MS = 200;

type State = 'idle' | 'running' | 'done';

/** The one rehearsal on this page, wired up on first open. */
let opened: ((root: HTMLElement) => void) | null = null;

/**
 * Opens the prompter for the writer's current script; `kind` says which
 * budget the checked channel has (null when it is not spoken).
 */
export function openRehearsal(root: HTMLElement, kind: () => string | null): void {
  if (!opened) opened = wire(root, kind);
  opened(root);
}

function wire(root: HTMLElement, currentKind: () => string | null) {
  const $ = <T extends HTMLElement = HTMLElement>(name: string) =>
    root.querySelector<T>(`[data-rehearse-${name}]`)!;
  const dialog = $<HTMLDialogElement>('dialog');
  const opener = $<HTMLButtonElement>('open');
  const prompter = $('prompter');
  const clock = $('clock');
  const budgetLabel = $('budget');
  const status = $('status');
  const noMic = $('no-mic');
  const start = $<HTMLButtonElement>('start');
  const stop = $<HTMLButtonElement>('stop');
  const play = $<HTMLButtonElement>('play');
  const discard = $<HTMLButtonElement>('discard');
  const save = $<HTMLAnchorElement>('save');
  const hear = $<HTMLButtonElement>('hear');
  const audio = $<HTMLAudioElement>('take');
  const scriptBox = document.querySelector<HTMLElement>('[data-script]');

  let state: State = 'idle';
  let micMissing = false;
  let kind: BudgetKind = 'voicemail';
  let script = '';
  let startedAt = 0;
  let tookMs = 0;
  let ticker = 0;
  let recorder: MediaRecorder | null = null;
  let stream: MediaStream | null = null;
  let takeUrl: string | null = null;

  const limit = () => BUDGETS[kind].limit;

  /** Reads the writer's current script into the prompter (not while a take runs). */
  const readScript = () => {
    if (state === 'running') return;
    script = scriptBox?.textContent ?? '';
    prompter.textContent = script;
    const k = currentKind();
    if (k && k in BUDGETS) kind = k as BudgetKind;
    budgetLabel.textContent = `of ${clockLabel(limit() * 1000)}, your budget`;
  };

  const say = (text: string) => {
    status.textContent = text;
  };

  const drawClock = (ms: number) => {
    clock.textContent = clockLabel(ms);
    const over = ms >= (limit() + 1) * 1000;
    clock.parentElement!.classList.toggle('rehearse__clock--over', over);
    budgetLabel.textContent = over
      ? `over your ${limit()}-second budget`
      : `of ${clockLabel(limit() * 1000)}, your budget`;
  };

  /** Shows the buttons that fit the state. */
  const layout = () => {
    const running = state === 'running';
    const hasTake = takeUrl !== null && state === 'done';
    start.hidden = running;
    start.textContent = micMissing
      ? state === 'done'
        ? 'Time it again'
        : 'Start timing'
      : hasTake
        ? 'Record again'
        : 'Start recording';
    // Once there is a take, hearing it is the main thing to do next.
    start.classList.toggle('quiet', hasTake);
    stop.hidden = !running;
    play.hidden = !hasTake;
    discard.hidden = !hasTake;
    save.hidden = !hasTake;
    hear.hidden = running || !voice();
    noMic.hidden = !micMissing;
    if (micMissing) start.setAttribute('aria-describedby', noMic.id);
  };

  const releaseMic = () => {
    stream?.getTracks().forEach((t) => t.stop());
    stream = null;
  };

  const dropTake = () => {
    audio.pause();
    audio.removeAttribute('src');
    audio.load();
    if (takeUrl) URL.revokeObjectURL(takeUrl);
    takeUrl = null;
    save.removeAttribute('href');
    play.textContent = 'Play';
  };

  /** A local speech voice, if the browser has one (remote voices would send the script away). */
  const voice = (): SpeechSynthesisVoice | null => {
    if (!('speechSynthesis' in window)) return null;
    const local = speechSynthesis.getVoices().filter((v) => v.localService);
    const lang = document.documentElement.lang || 'en';
    return local.find((v) => v.lang.startsWith(lang)) ?? local[0] ?? null;
  };
  const stopSpeaking = () => {
    if ('speechSynthesis' in window && speechSynthesis.speaking) speechSynthesis.cancel();
    hear.textContent = 'Hear it at a steady pace';
  };
  if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', layout);

  const begin = () => {
    state = 'running';
    startedAt = performance.now();
    drawClock(0);
    ticker = window.setInterval(() => drawClock(performance.now() - startedAt), TICK_MS);
    layout();
    stop.focus();
  };

  const finish = (ms: number) => {
    window.clearInterval(ticker);
    state = 'done';
    drawClock(ms);
    const verdict = rehearsalVerdict(kind, script, ms);
    layout();
    say(verdict.sentences.join(' '));
    (play.hidden ? start : play).focus();
  };

  const startTake = async () => {
    stopSpeaking();
    readScript();
    dropTake();
    say('');
    if (micMissing) {
      say('Timing. Read your script aloud, then press Stop.');
      begin();
      return;
    }
    start.disabled = true;
    say('Asking for your microphone…');
    try {
      if (!navigator.mediaDevices?.getUserMedia || !('MediaRecorder' in window))
        throw new Error('no recorder');
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      start.disabled = false;
      micMissing = true;
      state = 'idle';
      layout();
      say('Press Start timing, read your script aloud, then press Stop.');
      start.focus();
      return;
    }
    start.disabled = false;
    const chunks: Blob[] = [];
    const rec = new MediaRecorder(stream);
    recorder = rec;
    rec.addEventListener('dataavailable', (e) => {
      if (e.data.size > 0) chunks.push(e.data);
    });
    rec.addEventListener('stop', () => {
      releaseMic();
      if (recorder !== rec) return; // closed or discarded mid-take
      recorder = null;
      const type = rec.mimeType || chunks[0]?.type || 'audio/webm';
      takeUrl = URL.createObjectURL(new Blob(chunks, { type }));
      audio.src = takeUrl;
      save.href = takeUrl;
      save.download = `rehearsal.${type.includes('mp4') ? 'm4a' : type.includes('ogg') ? 'ogg' : 'webm'}`;
      finish(tookMs);
    });
    rec.start();
    say('Recording. Read your script aloud, then press Stop.');
    begin();
  };

  const stopTake = () => {
    if (state !== 'running') return;
    tookMs = performance.now() - startedAt;
    if (recorder) {
      // The verdict follows when the recorder hands over the take.
      window.clearInterval(ticker);
      recorder.stop();
    } else finish(tookMs);
  };

  /** Ends a take without keeping it (the dialog closed mid-take). */
  const abandonTake = () => {
    window.clearInterval(ticker);
    const rec = recorder;
    recorder = null;
    if (rec && rec.state !== 'inactive') rec.stop();
    releaseMic();
    if (state === 'running') {
      state = 'idle';
      say('');
      drawClock(0);
    }
    layout();
  };

  start.addEventListener('click', () => void startTake());
  stop.addEventListener('click', stopTake);
  play.addEventListener('click', () => {
    if (!audio.paused) {
      audio.pause();
      return;
    }
    stopSpeaking();
    audio.currentTime = 0;
    void audio.play().catch(() => say('Your browser could not play the take.'));
  });
  audio.addEventListener('play', () => {
    play.textContent = 'Pause';
  });
  audio.addEventListener('pause', () => {
    play.textContent = 'Play';
  });
  discard.addEventListener('click', () => {
    dropTake();
    state = 'idle';
    drawClock(0);
    layout();
    say('Take discarded. Nothing was kept.');
    start.focus();
  });
  hear.addEventListener('click', () => {
    if (speechSynthesis.speaking) {
      stopSpeaking();
      return;
    }
    readScript();
    const utterance = new SpeechSynthesisUtterance(script);
    const v = voice();
    if (v) {
      utterance.voice = v;
      utterance.lang = v.lang;
    }
    utterance.rate = STEADY_SPEECH_RATE;
    utterance.addEventListener('end', () => {
      hear.textContent = 'Hear it at a steady pace';
    });
    audio.pause();
    hear.textContent = 'Stop the reading';
    speechSynthesis.speak(utterance);
  });
  $('close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    abandonTake();
    stopSpeaking();
    audio.pause();
    opener.focus();
  });
  // Leaving the page drops the take: nothing outlives it.
  // A page kept in the back-forward cache comes back with no take, and says so by showing none.
  window.addEventListener('pagehide', () => {
    abandonTake();
    dropTake();
    state = 'idle';
    drawClock(0);
    say('');
    layout();
  });
  if (scriptBox)
    new MutationObserver(readScript).observe(scriptBox, {
      childList: true,
      characterData: true,
      subtree: true,
    });

  return () => {
    readScript();
    if (state !== 'done') drawClock(0);
    layout();
    dialog.showModal();
    start.focus();
  };
}
