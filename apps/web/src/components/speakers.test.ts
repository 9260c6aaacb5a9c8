import { describe, expect, it } from 'vitest';
import { groupBySpeaker, SPEAKER_COLOURS } from './speakers';

describe('groupBySpeaker', () => {
  it('gives each speaker one colour in order of first appearance in the text', () => {
    const quotes = [
      { id: 'b', start: 50, speaker: { id: 'person:luis-mora', name: 'Luis Mora' } },
      { id: 'a', start: 10, speakerName: 'el portavoz', speaker: null },
      { id: 'c', start: 90, speaker: { id: 'person:luis-mora', name: 'Luis Mora' } },
      { id: 'd', start: 95, speaker: null },
    ];
    const groups = groupBySpeaker(quotes);
    expect(groups.map((g) => [g.name, g.colour, g.quotes.map((q) => q.id)])).toEqual([
      ['el portavoz', 0, ['a']],
      ['Luis Mora', 1, ['b', 'c']],
      ['Sin atribuir', 2, ['d']],
    ]);
    expect(groups[1]!.entityId).toBe('person:luis-mora');
  });

  it('reuses the palette when an article has more speakers than colours', () => {
    const quotes = Array.from({ length: SPEAKER_COLOURS + 1 }, (_, i) => ({
      start: i,
      speakerName: `S${i}`,
    }));
    expect(groupBySpeaker(quotes).at(-1)!.colour).toBe(0);
  });
});
