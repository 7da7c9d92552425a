/**
 * Which channel and purpose the cadence proposes for a touch (rules 1-4):
 * vary the form so the student stays in mind without pestering, talk live
 * about every two months, never use the same channel twice in a row.
 */
import type { Channel, MetHow, Purpose } from './plannerSchema';

/**
 * Channels the cadence rotates through between live conversations, in the
 * order it prefers them when two are equally due: email is the quickest and
 * least intrusive, a mailed card stands out, a voicemail is the most direct.
 */
const ROTATING_CHANNELS = ['email', 'card', 'voicemail'] as const satisfies readonly Channel[];

/**
 * The thank-you channel for each way of meeting. Email by default: it arrives
 * the same day, before decisions are made. A mailed card after an
 * informational interview: there is no hiring clock, and a card stands out.
 */
export const THANK_YOU_CHANNEL: Record<MetHow, Channel> = {
  interview: 'email',
  informational: 'card',
  phone: 'email',
  networking: 'email',
  event: 'email',
  application: 'email',
};

/** The thank-you channel after a reply or a live conversation restarts the cycle: a quick email note. */
export const RESTART_THANK_YOU_CHANNEL: Channel = 'email';

// When the preferred thank-you channel is the one just used, the next of these.
const THANK_YOU_FALLBACK: readonly Channel[] = ['email', 'card', 'voicemail', 'call'];

/** True for channels that are a live conversation: a call or a meeting. */
export function isLiveChannel(channel: Channel): boolean {
  return channel === 'call' || channel === 'meeting';
}

/** What the channel choice for one proposed touch depends on. */
export interface ChannelContext {
  /** The touch's place in the current cycle: 1 is the thank-you. */
  position: number;
  /** Channels of the cycle's earlier touches, in order (a skipped thank-you has none). */
  cycleChannels: readonly Channel[];
  /** Channel of the touch just before, in any cycle; null when there is none. */
  lastChannel: Channel | null;
  /** True when it is time for a live conversation (about every 60 days). */
  liveDue: boolean;
  /** The channel preferred for a thank-you in this cycle. */
  thankYou: Channel;
  /** For each channel, the sequence number of its latest use; a channel never used is missing. */
  lastUsed: ReadonlyMap<Channel, number>;
}

/**
 * The channel for a proposed touch: never the channel just used (rule 4);
 * touch 2 avoids touch 1's channel (rule 2), touch 3 avoids both (rule 3);
 * a call when a live conversation is due; otherwise the rotating channel used
 * least recently. The cadence never proposes a meeting: a meeting needs the
 * contact's agreement, so it only enters the plan as a fixed touch.
 */
export function chooseChannel(context: ChannelContext): Channel {
  const { position, cycleChannels, lastChannel, liveDue, thankYou, lastUsed } = context;
  const excluded = new Set<Channel>();
  if (lastChannel !== null) excluded.add(lastChannel);
  if (position === 2 || position === 3) {
    for (const channel of cycleChannels.slice(0, position - 1)) excluded.add(channel);
  }
  const allowed = (channel: Channel): boolean => !excluded.has(channel);

  if (position === 1) {
    return [thankYou, ...THANK_YOU_FALLBACK].find(allowed) ?? 'email';
  }
  if (liveDue && allowed('call')) return 'call';

  let best: Channel | null = null;
  let bestUse = Infinity;
  for (const channel of ROTATING_CHANNELS) {
    if (!allowed(channel)) continue;
    const use = lastUsed.get(channel) ?? -1;
    // Strictly less: on a tie the earlier channel in ROTATING_CHANNELS wins.
    if (use < bestUse) {
      best = channel;
      bestUse = use;
    }
  }
  // Rules 2-4 exclude at most two channels, so a rotating one is always left;
  // the fallback only keeps the function total.
  return best ?? (allowed('call') ? 'call' : 'meeting');
}

/**
 * The purpose of a proposed touch: a thank-you first in each cycle, then what
 * the channel is best at: a call is a live conversation, an email can carry
 * something useful (an article, what they asked for), a card or a voicemail
 * is a short check-in.
 */
export function purposeFor(position: number, channel: Channel): Purpose {
  if (position === 1) return 'thank-you';
  if (isLiveChannel(channel)) return 'live';
  return channel === 'email' ? 'value-add' : 'check-in';
}
