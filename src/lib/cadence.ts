/**
 * The planner's cadence (docs/product.md, "The cadence: the planner's rules", 1-11): from the
 * contacts, their stored touches and the student's settings, derive every
 * planned touch with its window and a sentence saying why. Pure and
 * deterministic: "today" is a parameter, and the same input gives the same
 * plan, ids included (the .ics export uses them as UIDs).
 *
 * Stored touches are history (done, skipped) and fixed planned touches (an
 * agreed call, a voicemail's next attempt, a date the student set). Touches
 * the cadence proposes are never stored until the student acts on one; the
 * app then stores it under the same id.
 *
 * How one contact's sequence is read:
 * - A cycle starts at the meeting (contact.metOn), or again at the latest
 *   reply or live conversation (rule 7). Touch 1 thanks them within a day,
 *   touch 2 follows 7-14 days later, touch 3 14-28 days after that, then one
 *   every 14-28 days, or 28-42 once 3 touches in a row went unanswered; a
 *   call about every two months (rules 1-4, 10).
 * - Each gap counts from the touch before: its done day, or its due day while
 *   planned (today, when it is overdue: the next one cannot come before it).
 * - Fixed planned touches, and contact.agreed, are the next touches; the
 *   proposals re-flow after them (rules 5, 6). One exception: a thank-you
 *   still owed for this cycle comes first (rule 1).
 * - A skipped touch is not a touch: it counts neither for the sequence nor
 *   for radio silence, and the gap to the next touch counts from the day it
 *   was skipped. A skipped thank-you is not proposed again (a thank-you only
 *   fits the day after), so the sequence moves on to touch 2.
 * - Projections assume nothing: planned touches never restart a cycle or
 *   count as unanswered until the student records how they went.
 */
import { addDays, createDayIndex, type DayIndex } from './localDate';
import {
  chooseChannel,
  isLiveChannel,
  purposeFor,
  RESTART_THANK_YOU_CHANNEL,
  THANK_YOU_CHANNEL,
} from './channelRotation';
import { PARTS_OF_DAY } from './plannerOptions';
import { touchIdFor } from './touchId';
import type {
  Channel,
  Contact,
  MetHow,
  Purpose,
  Settings,
  TimeWindow,
  Touch,
} from './plannerSchema';

/** A touch in the plan: stored fixed or proposed, with its window, the reason the student reads and load flags. */
export type PlannedTouch = Touch & {
  state: 'planned';
  /** First day the touch may fall on (inclusive). */
  windowStart: string;
  /** Last day the touch may fall on (inclusive); a proposal whose window is over stays due on it, overdue. */
  windowEnd: string;
  /** One plain-English sentence: why this touch, why then, why this channel. */
  reason: string;
  /** True for a stored or agreed touch the planner keeps exactly; false for a proposal. */
  fixed: boolean;
  /** True when every allowed day of the window was already at the daily limit. */
  overLimit: boolean;
};

/** Radio silence for one contact (rule 10). */
export interface Silence {
  /** True after 3 or more touches in a row with no reply: the cadence slows. */
  flagged: boolean;
  /** Done touches in a row, since the last reply or live conversation, that got no reply. */
  unanswered: number;
  /** The sentence the student sees when flagged; null otherwise. */
  reason: string | null;
}

/** One contact's part of the plan. */
export interface ContactPlan {
  /** The contact. */
  contactId: string;
  /** Its planned touches, earliest first. */
  touches: PlannedTouch[];
  /** Its radio-silence state. */
  silence: Silence;
  /** Why it has no touches planned: its status; null while active. */
  stoppedBecause: 'paused' | 'closed' | null;
}

/** Every planned touch, and each contact's part. */
export interface Plan {
  /** All planned touches, sorted by due date, then contact name, then id. */
  touches: PlannedTouch[];
  /** Each contact's plan, by contact id. */
  byContact: Record<string, ContactPlan>;
}

/** Options for plan(). */
export interface PlanOptions {
  /** How many days past today to propose touches for (default 92). */
  horizonDays?: number;
}

/** A gap between two touches, in days, with the words the student reads. */
interface Gap {
  readonly min: number;
  readonly max: number;
  readonly words: string;
}

/** The cadence's numbers, in days: the rules of docs/product.md as data. */
export const CADENCE = {
  /** Rule 1: the thank-you falls on the meeting day or the day after. */
  thankYouWithinDays: 1,
  /** Rule 2: the second touch. */
  second: { min: 7, max: 14, words: '1–2 weeks' },
  /** Rule 3: the third touch. */
  third: { min: 14, max: 28, words: '2–4 weeks' },
  /** Rule 4: every touch after the third. */
  ongoing: { min: 14, max: 28, words: '2–4 weeks' },
  /** Rule 10: the gap once the contact has gone silent. */
  slowed: { min: 28, max: 42, words: '4–6 weeks' },
  /** Rule 4: a live conversation about this often. */
  liveEveryDays: 60,
  /** Rule 4: a touch whose window opens this close to the two-month mark is a call. */
  liveLeadDays: 7,
  /** Rule 10: unanswered touches in a row that flag radio silence. */
  silenceAfter: 3,
  /** How far ahead plan() proposes touches by default. */
  horizonDays: 92,
} as const satisfies Record<string, number | Gap>;

/** How the student met them, as the end of "Thank them within a day of …". */
const MET_PHRASE: Record<MetHow, string> = {
  interview: 'your interview',
  informational: 'your informational interview',
  phone: 'your phone conversation',
  networking: 'meeting them',
  event: 'meeting them at the event',
  application: 'sending your application',
};

/** Why a cycle started: the meeting, a reply, or a live conversation. */
type AnchorKind = 'met' | 'reply' | 'live';
/** What the last live moment was, for the "about two months since …" sentence. */
type LiveKind = 'spoke' | 'call' | 'applied';

/** One contact's place in its sequence, advanced touch by touch. */
interface Cursor {
  readonly contact: Contact;
  /** Place of the contact in id order, and in name order (for sorting). */
  rank: number;
  nameRank: number;
  /** Touches in the current cycle so far; the next proposal is number position + 1. */
  position: number;
  /** Channels of the cycle's touches, in order (a skipped thank-you adds none). */
  cycleChannels: Channel[];
  /** Channel of the latest touch in any cycle (skipped ones are not touches). */
  lastChannel: Channel | null;
  /** Sequence number of each channel's latest use, for rotation. */
  readonly lastUsed: Map<Channel, number>;
  /** Day the next gap counts from. */
  ref: number;
  /** True when `ref` is the day a touch was skipped. */
  refSkipped: boolean;
  /** Day the current cycle started, and why. */
  anchor: number;
  anchorKind: AnchorKind;
  /** Preferred thank-you channel for the current cycle. */
  thankYou: Channel;
  /** Day of the latest live conversation or call, and what it was. */
  lastLive: number;
  lastLiveKind: LiveKind;
  /** Done touches in a row without a reply, and the day of the first of them. */
  unanswered: number;
  silentSince: number | null;
  /** Touches in the contact's whole sequence so far, stored and planned. */
  sequence: number;
  /** The highest n used in a proposed id `<contact>-t<n>`. */
  lastIdNumber: number;
  /** The contact's planned touches so far. */
  readonly touches: PlannedTouch[];
  /** The proposal waiting to be placed. */
  pending: Proposal | null;
  /** Fixed touches that come after the pending proposal (a thank-you still owed). */
  deferred: PlannedTouch[];
}

/** A proposed touch before it has a day. */
interface Proposal {
  position: number;
  start: number;
  end: number;
  channel: Channel;
  purpose: Purpose;
  /** The gap rule used (null for the thank-you). */
  gap: Gap | null;
  /** True when a live conversation was due and the channel is a call. */
  live: boolean;
}

/** Where a proposal landed. */
interface Placement {
  due: number;
  overLimit: boolean;
  /** True when no allowed day was in the window, so the touch moved past it. */
  movedPastWeekend: boolean;
}

/**
 * Every planned touch, fixed and proposed, for the active contacts, from
 * their history up to `today` + horizonDays: the cadence of rules 1-11.
 * Fixed touches are always returned, however far ahead, and an active
 * contact always has its next touch, even past the horizon.
 */
export function plan(
  contacts: readonly Contact[],
  touches: readonly Touch[],
  settings: Settings,
  today: string,
  options: PlanOptions = {},
): Plan {
  const ix = createDayIndex(today);
  const horizon = Math.max(0, Math.floor(options.horizonDays ?? CADENCE.horizonDays));
  const limit = Math.max(1, settings.dailyLimit);
  const storedIds = derivedLikeIds(touches);
  const ownTouches = groupByContact(touches);
  const load = new Map<number, number>();
  const addLoad = (day: number): void => {
    load.set(day, (load.get(day) ?? 0) + 1);
  };

  // Contacts in id order: the greedy spreading below breaks ties by contact id,
  // and the result must not depend on the order of the input arrays.
  const sorted = uniqueById(contacts).sort((a, b) => compareText(a.id, b.id));
  const nameRank = rankByName(sorted);
  const byContact: Record<string, ContactPlan> = {};
  const active: Cursor[] = [];

  for (const [rank, contact] of sorted.entries()) {
    const history: Touch[] = [];
    const fixed: Touch[] = [];
    for (const touch of ownTouches.get(contact.id) ?? []) {
      (touch.state === 'planned' ? fixed : history).push(touch);
    }
    // Stored history is usually in order already; sorting only when it is not saves time.
    if (!isSorted(history, byHistoryOrder)) history.sort(byHistoryOrder);
    const cursor = replayHistory(contact, history, ix);
    cursor.rank = rank;
    cursor.nameRank = nameRank.get(contact.id) ?? rank;
    const silence = silenceOf(cursor, ix);
    if (contact.status !== 'active') {
      byContact[contact.id] = {
        contactId: contact.id,
        touches: [],
        silence,
        stoppedBecause: contact.status,
      };
      continue;
    }

    const agreed = agreedTouch(contact, history, fixed, storedIds);
    if (agreed) fixed.push(agreed);
    fixed.sort((a, b) => compareText(a.due, b.due) || compareText(a.id, b.id));
    for (const touch of fixed) {
      // Rule 9: the student's own dates load their day before anything is spread.
      addLoad(ix.day(touch.due));
      cursor.deferred.push(fixedTouch(touch, contact, ix));
    }
    // Rule 1 outranks rules 5 and 6: a call agreed for next week does not
    // replace the thank-you owed within a day of the meeting. It takes the
    // next place instead, unless it is itself the thank-you or falls inside
    // the thank-you's window.
    const first = fixed[0];
    const thankYouFirst =
      first !== undefined &&
      cursor.position === 0 &&
      first.purpose !== 'thank-you' &&
      ix.day(first.due) > cursor.anchor + CADENCE.thankYouWithinDays;
    if (!thankYouFirst) takeDeferred(cursor, ix);
    active.push(cursor);
    byContact[contact.id] = {
      contactId: contact.id,
      touches: cursor.touches,
      silence,
      stoppedBecause: null,
    };
  }

  // Rule 9: spread proposals greedily, the window that closes first going
  // first (then contact id), each on its earliest allowed day with room.
  const queue = new MinHeap<Cursor>((a, b) => a.pending!.end - b.pending!.end || a.rank - b.rank);
  for (const cursor of active) {
    cursor.pending = propose(cursor);
    queue.push(cursor);
  }
  for (let cursor = queue.pop(); cursor; cursor = queue.pop()) {
    const proposal = cursor.pending!;
    const placement = place(proposal, load, limit, settings.weekendsAllowed, ix);
    if (placement.due > horizon && cursor.touches.length + cursor.deferred.length > 0) {
      // Past the horizon: this contact's plan ends here (its fixed touches stay).
      cursor.touches.push(...cursor.deferred);
      continue;
    }
    addLoad(placement.due);
    cursor.touches.push(proposedTouch(cursor, proposal, placement, storedIds, limit, ix));
    advance(cursor, proposal.channel, placement.due);
    takeDeferred(cursor, ix);
    cursor.pending = propose(cursor);
    if (cursor.pending.start <= horizon) queue.push(cursor);
  }

  const all: { touch: PlannedTouch; nameRank: number }[] = [];
  for (const cursor of active) {
    // Stable sort: touches due the same day keep their order in the sequence.
    cursor.touches.sort((a, b) => compareText(a.due, b.due));
    for (const touch of cursor.touches) all.push({ touch, nameRank: cursor.nameRank });
  }
  all.sort(
    (a, b) =>
      compareText(a.touch.due, b.touch.due) ||
      a.nameRank - b.nameRank ||
      compareText(a.touch.id, b.touch.id),
  );
  return { touches: all.map((entry) => entry.touch), byContact };
}

/** Planned touches due on `today`. */
export function dueToday(plan: Plan, today: string): PlannedTouch[] {
  return plan.touches.filter((t) => t.due === today);
}

/** Planned touches due before `today`: still to do, and late. */
export function overdue(plan: Plan, today: string): PlannedTouch[] {
  return plan.touches.filter((t) => t.due < today);
}

/** Planned touches due after `today`, up to `days` days ahead (14 by default). */
export function upcoming(plan: Plan, today: string, days = 14): PlannedTouch[] {
  const last = addDays(today, days);
  return plan.touches.filter((t) => t.due > today && t.due <= last);
}

// ---------------------------------------------------------------------------
// Reading one contact's history

/** Replays a contact's done and skipped touches (sorted) into a cursor. */
function replayHistory(contact: Contact, history: readonly Touch[], ix: DayIndex): Cursor {
  // Dates stay 'YYYY-MM-DD' strings while replaying (they compare as dates);
  // only the few the plan needs become day numbers at the end.
  let ref = contact.metOn;
  let anchor = contact.metOn;
  // Every way of meeting but an application is a live conversation; for an
  // application the two-month clock starts the day it was sent.
  let lastLive = contact.metOn;
  let silentSince: string | null = null;
  const cursor: Cursor = {
    contact,
    rank: 0,
    nameRank: 0,
    position: 0,
    cycleChannels: [],
    lastChannel: null,
    lastUsed: new Map(),
    ref: 0,
    refSkipped: false,
    anchor: 0,
    anchorKind: 'met',
    thankYou: THANK_YOU_CHANNEL[contact.metHow],
    lastLive: 0,
    lastLiveKind: contact.metHow === 'application' ? 'applied' : 'spoke',
    unanswered: 0,
    silentSince: null,
    sequence: 0,
    lastIdNumber: 0,
    touches: [],
    pending: null,
    deferred: [],
  };

  for (const touch of history) {
    const day = touch.doneOn ?? touch.due;
    cursor.sequence += 1;
    if (touch.state === 'skipped') {
      ref = day;
      cursor.refSkipped = true;
      if (cursor.position === 0) cursor.position = 1;
      continue;
    }
    cursor.lastChannel = touch.channel;
    cursor.lastUsed.set(touch.channel, cursor.sequence);
    const conversation = isConversation(touch);
    if (isLiveChannel(touch.channel)) {
      lastLive = day;
      cursor.lastLiveKind = conversation ? 'spoke' : 'call';
    }
    ref = day;
    cursor.refSkipped = false;
    if (conversation) {
      // Rule 7: a new conversation to thank them for; the cycle starts over.
      cursor.position = 0;
      cursor.cycleChannels = [];
      anchor = day;
      cursor.anchorKind = touch.outcome === 'replied' ? 'reply' : 'live';
      cursor.thankYou = RESTART_THANK_YOU_CHANNEL;
      cursor.unanswered = 0;
      silentSince = null;
      continue;
    }
    cursor.position += 1;
    cursor.cycleChannels.push(touch.channel);
    cursor.unanswered += 1;
    silentSince ??= day;
  }
  cursor.ref = ix.day(ref);
  cursor.anchor = ix.day(anchor);
  cursor.lastLive = ix.day(lastLive);
  cursor.silentSince = silentSince === null ? null : ix.day(silentSince);
  return cursor;
}

/** True for a done touch that restarts the cycle: a reply, or a call or meeting that reached them. */
function isConversation(touch: Touch): boolean {
  return (
    touch.outcome === 'replied' || (isLiveChannel(touch.channel) && touch.outcome === 'reached')
  );
}

/** Adds the cursor's deferred fixed touches to its plan, in order, and moves past them. */
function takeDeferred(cursor: Cursor, ix: DayIndex): void {
  for (const touch of cursor.deferred) {
    cursor.touches.push(touch);
    advance(cursor, touch.channel, ix.day(touch.due));
  }
  cursor.deferred = [];
}

/** Moves a cursor past a planned touch (fixed or just proposed) on day `due`. */
function advance(cursor: Cursor, channel: Channel, due: number): void {
  cursor.sequence += 1;
  cursor.position += 1;
  cursor.cycleChannels.push(channel);
  cursor.lastChannel = channel;
  cursor.lastUsed.set(channel, cursor.sequence);
  // A planned touch is not done yet: one overdue counts from today.
  const from = Math.max(due, 0);
  cursor.ref = Math.max(cursor.ref, from);
  cursor.refSkipped = false;
  if (isLiveChannel(channel)) {
    cursor.lastLive = Math.max(cursor.lastLive, from);
    cursor.lastLiveKind = 'call';
  }
}

/** The contact's radio-silence state (rule 10). */
function silenceOf(cursor: Cursor, ix: DayIndex): Silence {
  const flagged = cursor.unanswered >= CADENCE.silenceAfter;
  if (!flagged) return { flagged, unanswered: cursor.unanswered, reason: null };
  const since = cursor.silentSince === null ? '' : ` since ${ix.label(cursor.silentSince)}`;
  return {
    flagged,
    unanswered: cursor.unanswered,
    reason: `No reply to your last ${cursor.unanswered} touches${since}, so the planner now spaces touches ${CADENCE.slowed.words} apart.`,
  };
}

// ---------------------------------------------------------------------------
// Fixed touches

/**
 * The call the contact agreed to (rule 5), unless it is already stored (acted
 * on, moved, done or skipped) or the student has moved past its date.
 */
function agreedTouch(
  contact: Contact,
  history: readonly Touch[],
  fixed: readonly Touch[],
  storedIds: ReadonlySet<string>,
): Touch | null {
  const agreed = contact.agreed;
  if (agreed === null) return null;
  const id = touchIdFor(contact.id, `agreed-${agreed.date.replaceAll('-', '')}`);
  if (storedIds.has(id)) return null;
  const isThisCall = (t: Touch): boolean =>
    t.purpose === 'agreed' && (t.due === agreed.date || t.doneOn === agreed.date);
  const movedPast = (t: Touch): boolean => {
    const on = t.doneOn ?? t.due;
    return on > agreed.date || (on === agreed.date && isLiveChannel(t.channel));
  };
  if (fixed.some(isThisCall) || history.some((t) => isThisCall(t) || movedPast(t))) return null;
  return {
    id,
    contactId: contact.id,
    due: agreed.date,
    window: agreed.window,
    channel: 'call',
    purpose: 'agreed',
    state: 'planned',
    outcome: null,
    doneOn: null,
    note: '',
    source: 'agreed',
  };
}

/** A stored (or agreed) planned touch as it appears in the plan: kept exactly. */
function fixedTouch(touch: Touch, contact: Contact, ix: DayIndex): PlannedTouch {
  return {
    ...touch,
    state: 'planned',
    windowStart: touch.due,
    windowEnd: touch.due,
    reason: fixedReason(touch, contact, ix),
    fixed: true,
    // The limit spreads proposals; the student's own dates are never flagged.
    overLimit: false,
  };
}

/** Why a fixed touch is where it is. */
function fixedReason(touch: Touch, contact: Contact, ix: DayIndex): string {
  const day = ix.label(ix.day(touch.due));
  switch (touch.source) {
    case 'agreed': {
      const at = touch.window ? ` at ${windowWords(touch.window)}` : '';
      const number =
        contact.agreed?.date === touch.due && contact.agreed.number
          ? `, on their ${contact.agreed.number} number`
          : '';
      return `You agreed to talk on ${day}${at}${number}; the rest of the plan follows from this call.`;
    }
    case 'voicemail': {
      const when = touch.window ? ` ${partOfDayWords(touch.window)}` : '';
      return `Your voicemail said you would try again on ${day}${when}; the rest of the plan follows from it.`;
    }
    case 'student':
      return `You set this touch for ${day}; the rest of the plan follows from it.`;
    case 'plan':
      return `You saved this touch for ${day}; the rest of the plan follows from it.`;
  }
}

/** "14:00–15:00". */
function windowWords(window: TimeWindow): string {
  return `${window.start}–${window.end}`;
}

/** "in the morning", "in the afternoon", or "between 14:00 and 15:00". */
function partOfDayWords(window: TimeWindow): string {
  for (const [name, part] of Object.entries(PARTS_OF_DAY)) {
    if (part.start === window.start && part.end === window.end) return `in the ${name}`;
  }
  return `between ${window.start} and ${window.end}`;
}

// ---------------------------------------------------------------------------
// Proposals

/** The next touch the cadence proposes for a contact, with its window (rules 1-4, 10). */
function propose(cursor: Cursor): Proposal {
  const position = cursor.position + 1;
  let gap: Gap | null = null;
  let start: number;
  let end: number;
  if (position === 1) {
    start = cursor.anchor;
    end = cursor.anchor + CADENCE.thankYouWithinDays;
  } else {
    gap =
      position === 2
        ? CADENCE.second
        : position === 3
          ? CADENCE.third
          : cursor.unanswered >= CADENCE.silenceAfter
            ? CADENCE.slowed
            : CADENCE.ongoing;
    start = cursor.ref + gap.min;
    end = cursor.ref + gap.max;
  }
  // Proposals land on the first free day of their window, so a call is due
  // when the window opens at most a week before the two-month mark: with
  // touches 2 or 4 weeks apart that puts it closest to 60 days.
  const liveDue =
    position > 1 && start >= cursor.lastLive + CADENCE.liveEveryDays - CADENCE.liveLeadDays;
  const channel = chooseChannel({
    position,
    cycleChannels: cursor.cycleChannels,
    lastChannel: cursor.lastChannel,
    liveDue,
    thankYou: cursor.thankYou,
    lastUsed: cursor.lastUsed,
  });
  return {
    position,
    start,
    end,
    channel,
    purpose: purposeFor(position, channel),
    gap,
    live: liveDue && isLiveChannel(channel),
  };
}

/**
 * The day a proposal falls on (rules 8, 9): the earliest allowed day of its
 * window, not before today, that is under the daily limit; else the least
 * loaded allowed day of the window (overLimit). A window that is over stays
 * on its last allowed day (overdue). A window with no allowed day at all (a
 * weekend) moves to the first allowed day after it.
 */
function place(
  proposal: Proposal,
  load: ReadonlyMap<number, number>,
  limit: number,
  weekendsAllowed: boolean,
  ix: DayIndex,
): Placement {
  const allowed = (day: number): boolean => weekendsAllowed || !ix.isWeekend(day);
  const from = Math.max(proposal.start, 0);
  let leastLoaded: number | null = null;
  let least = Infinity;
  for (let day = from; day <= proposal.end; day += 1) {
    if (!allowed(day)) continue;
    const onDay = load.get(day) ?? 0;
    if (onDay < limit) return { due: day, overLimit: false, movedPastWeekend: false };
    if (onDay < least) {
      leastLoaded = day;
      least = onDay;
    }
  }
  if (leastLoaded !== null) return { due: leastLoaded, overLimit: true, movedPastWeekend: false };

  for (let day = Math.min(proposal.end, from - 1); day >= proposal.start; day -= 1) {
    if (allowed(day)) return { due: day, overLimit: false, movedPastWeekend: false };
  }

  let after = proposal.end + 1;
  while (!allowed(after)) after += 1;
  return {
    due: after,
    overLimit: after >= 0 && (load.get(after) ?? 0) >= limit,
    movedPastWeekend: true,
  };
}

/** The PlannedTouch for a placed proposal, with a stable id that no stored touch has. */
function proposedTouch(
  cursor: Cursor,
  proposal: Proposal,
  placement: Placement,
  storedIds: ReadonlySet<string>,
  limit: number,
  ix: DayIndex,
): PlannedTouch {
  let n = Math.max(cursor.sequence + 1, cursor.lastIdNumber + 1);
  let id = touchIdFor(cursor.contact.id, `t${n}`);
  while (storedIds.has(id)) {
    n += 1;
    id = touchIdFor(cursor.contact.id, `t${n}`);
  }
  cursor.lastIdNumber = n;
  return {
    id,
    contactId: cursor.contact.id,
    due: ix.iso(placement.due),
    window: null,
    channel: proposal.channel,
    purpose: proposal.purpose,
    state: 'planned',
    outcome: null,
    doneOn: null,
    note: '',
    source: 'plan',
    windowStart: ix.iso(proposal.start),
    windowEnd: ix.iso(proposal.end),
    reason: proposalReason(cursor, proposal, placement, limit, ix),
    fixed: false,
    overLimit: placement.overLimit,
  };
}

/** The sentence that tells the student why a proposed touch is what and when it is. */
function proposalReason(
  cursor: Cursor,
  proposal: Proposal,
  placement: Placement,
  limit: number,
  ix: DayIndex,
): string {
  let sentence: string;
  if (proposal.gap === null) {
    const on = ix.label(cursor.anchor);
    sentence =
      cursor.anchorKind === 'met'
        ? `Thank them within a day of ${MET_PHRASE[cursor.contact.metHow]} on ${on}`
        : `${cursor.anchorKind === 'reply' ? 'They replied' : 'You spoke'} on ${on}: thank them within a day, and the cycle starts again`;
  } else {
    const after = cursor.refSkipped
      ? `the touch you skipped on ${ix.label(cursor.ref)}`
      : proposal.position === 2
        ? 'the first'
        : proposal.position === 3
          ? 'the second'
          : 'the last touch';
    const timing =
      proposal.gap === CADENCE.slowed
        ? `Slowed down: ${cursor.unanswered} touches in a row without a reply, so ${proposal.gap.words} after ${after}`
        : proposal.position <= 3
          ? `${proposal.position === 2 ? 'Second' : 'Third'} touch, ${proposal.gap.words} after ${after}`
          : `Keep in touch ${proposal.gap.words} after ${after}`;
    sentence = `${timing}, ${formWords(cursor, proposal, ix)}`;
  }
  if (placement.movedPastWeekend) {
    sentence += `; its whole window falls on a weekend, so it moves to ${ix.label(placement.due)}`;
  } else if (placement.overLimit) {
    sentence += `; every day in its window already has ${limit} touches, so it goes on the least busy one`;
  }
  return `${sentence}.`;
}

/** The part of a reason that explains the channel. */
function formWords(cursor: Cursor, proposal: Proposal, ix: DayIndex): string {
  if (proposal.live) {
    const since = ix.label(cursor.lastLive);
    const what =
      cursor.lastLiveKind === 'spoke'
        ? `you last spoke (${since})`
        : cursor.lastLiveKind === 'call'
          ? `your last call (${since})`
          : `you applied (${since})`;
    return `as a call: it is about two months since ${what}`;
  }
  const first = cursor.cycleChannels[0];
  if (proposal.position === 2 && first) return `in a different form than ${first}`;
  if (proposal.position === 3 && cursor.cycleChannels.length > 0) {
    const used = [...new Set(cursor.cycleChannels.slice(0, 2))].join(' or ');
    return `in a form you have not used yet (not ${used})`;
  }
  return cursor.lastChannel
    ? `in a different form than last time (${cursor.lastChannel})`
    : 'in a new form';
}

// ---------------------------------------------------------------------------
// Small helpers

/** A contact's done and skipped touches in the order they happened: the timeline the student reads. */
export function pastTouches(touches: readonly Touch[]): Touch[] {
  return touches.filter((t) => t.state !== 'planned').sort(byHistoryOrder);
}

/** Done and skipped touches in the order they happened; id breaks ties so input order never matters. */
function byHistoryOrder(a: Touch, b: Touch): number {
  return compareText(a.doneOn ?? a.due, b.doneOn ?? b.due) || compareText(a.id, b.id);
}

/** Code-unit order: the same in every browser and time zone. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Each contact's place when listed by name the way a student expects (id-sorted input breaks ties). */
function rankByName(contacts: readonly Contact[]): Map<string, number> {
  const byName = [...contacts].sort((a, b) => nameCollator.compare(a.name, b.name));
  return new Map(byName.map((c, i) => [c.id, i]));
}

/** True when `items` are already in `compare` order. */
function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i += 1) {
    if (compare(items[i - 1]!, items[i]!) > 0) return false;
  }
  return true;
}

// Every id the plan derives ends like this; other stored ids can never clash.
const DERIVED_ID_END = /-(?:t\d+|agreed-\d{8})$/;
/** Stored touch ids shaped like derived ones: the only ones a proposal could collide with. */
function derivedLikeIds(touches: readonly Touch[]): Set<string> {
  const ids = new Set<string>();
  for (const touch of touches) if (DERIVED_ID_END.test(touch.id)) ids.add(touch.id);
  return ids;
}

/** Touches grouped by contact id. */
function groupByContact(touches: readonly Touch[]): Map<string, Touch[]> {
  const groups = new Map<string, Touch[]>();
  for (const touch of touches) {
    const group = groups.get(touch.contactId);
    if (group) group.push(touch);
    else groups.set(touch.contactId, [touch]);
  }
  return groups;
}

/** The contacts with the first of any duplicated id. */
function uniqueById(contacts: readonly Contact[]): Contact[] {
  const seen = new Set<string>();
  return contacts.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/** A binary min-heap: the greedy spreading pops the window that closes first. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.compare(items[left]!, items[smallest]!) < 0)
          smallest = left;
        if (right < items.length && this.compare(items[right]!, items[smallest]!) < 0)
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}
