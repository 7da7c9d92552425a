import { describe, expect, it } from 'vitest';
import {
  chooseChannel,
  isLiveChannel,
  purposeFor,
  THANK_YOU_CHANNEL,
  type ChannelContext,
} from '../../src/lib/channelRotation';
import { CHANNELS, MET_HOW, type Channel } from '../../src/lib/plannerSchema';

/** A context with the given channels used in order in this cycle (sequence numbers 1, 2, …). */
function context(cycle: Channel[], overrides: Partial<ChannelContext> = {}): ChannelContext {
  return {
    position: cycle.length + 1,
    cycleChannels: cycle,
    lastChannel: cycle.at(-1) ?? null,
    liveDue: false,
    thankYou: 'email',
    lastUsed: new Map(cycle.map((channel, i) => [channel, i + 1])),
    ...overrides,
  };
}

describe('rule 1: the thank-you channel', () => {
  it.each(MET_HOW.map((how) => [how, THANK_YOU_CHANNEL[how]]))(
    'after meeting by %s, thanks by %s',
    (how, channel) => {
      expect(chooseChannel(context([], { thankYou: THANK_YOU_CHANNEL[how] }))).toBe(channel);
    },
  );

  it('a mailed card after an informational interview, an email otherwise', () => {
    expect(THANK_YOU_CHANNEL.informational).toBe('card');
    expect(THANK_YOU_CHANNEL.interview).toBe('email');
  });

  it.each([
    ['email', 'card'],
    ['card', 'email'],
  ] as const)('after a reply to a %s, the thank-you is a %s', (last, expected) => {
    expect(chooseChannel(context([], { lastChannel: last, thankYou: last }))).toBe(expected);
  });
});

describe('rule 2: second touch in a channel other than the first', () => {
  it.each([
    ['email', 'card'],
    ['card', 'email'],
    ['voicemail', 'email'],
    ['call', 'email'],
    ['meeting', 'email'],
  ] as const)('first %s, second %s', (first, expected) => {
    expect(chooseChannel(context([first]))).toBe(expected);
  });
});

describe('rule 3: third touch in a channel used by neither', () => {
  it.each([
    ['email', 'card', 'voicemail'],
    ['card', 'email', 'voicemail'],
    ['email', 'voicemail', 'card'],
    ['card', 'voicemail', 'email'],
    ['voicemail', 'card', 'email'],
    ['email', 'call', 'card'],
  ] as const)('first %s, second %s, third %s', (first, second, expected) => {
    expect(chooseChannel(context([first, second]))).toBe(expected);
  });

  it('a due call still avoids the first two channels', () => {
    expect(chooseChannel(context(['call', 'email'], { liveDue: true }))).toBe('card');
    expect(chooseChannel(context(['email', 'card'], { liveDue: true }))).toBe('call');
  });
});

describe('rule 4: rotating channels, a call when due, never twice in a row', () => {
  it('rotates to the channel used least recently', () => {
    expect(chooseChannel(context(['email', 'card', 'voicemail']))).toBe('email');
    expect(chooseChannel(context(['email', 'card', 'voicemail', 'email']))).toBe('card');
    expect(chooseChannel(context(['card', 'email', 'voicemail', 'card']))).toBe('email');
  });

  it('calls when a live conversation is due, unless the last touch was a call', () => {
    expect(chooseChannel(context(['email', 'card', 'voicemail'], { liveDue: true }))).toBe('call');
    expect(chooseChannel(context(['email', 'card', 'call'], { liveDue: true }))).toBe('voicemail');
  });

  it('never proposes a meeting, and never the channel just used', () => {
    const all: Channel[] = [...CHANNELS];
    for (const last of all) {
      for (const liveDue of [false, true]) {
        for (let position = 1; position <= 6; position += 1) {
          const chosen = chooseChannel(
            context([], { position, lastChannel: last, liveDue, thankYou: last }),
          );
          expect(chosen).not.toBe(last);
          expect(chosen).not.toBe('meeting');
        }
      }
    }
  });
});

describe('purposeFor', () => {
  it.each([
    [1, 'email', 'thank-you'],
    [1, 'card', 'thank-you'],
    [2, 'card', 'check-in'],
    [3, 'voicemail', 'check-in'],
    [4, 'email', 'value-add'],
    [5, 'call', 'live'],
    [5, 'meeting', 'live'],
  ] as const)('touch %i by %s is a %s', (position, channel, purpose) => {
    expect(purposeFor(position, channel)).toBe(purpose);
  });

  it('knows which channels are live', () => {
    expect(CHANNELS.filter(isLiveChannel)).toEqual(['call', 'meeting']);
  });
});
