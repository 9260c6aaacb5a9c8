import { describe, expect, it } from 'vitest';
import { compareLink, readCompareState, writeCompareState } from './compare-state';

const read = (query: string) => readCompareState(new URLSearchParams(query));

describe('the comparison URL', () => {
  it('reads a comma-separated list of ids and the measure', () => {
    expect(read('ids=person:ana, person:luis&medida=citas')).toEqual({
      ids: ['person:ana', 'person:luis'],
      measure: 'citas',
    });
  });

  it('drops blanks and repeats, keeps at most five, and falls back to mentions', () => {
    expect(read('ids=a,,b,a,c,d,e,f,g&medida=otra')).toEqual({
      ids: ['a', 'b', 'c', 'd', 'e'],
      measure: 'menciones',
    });
  });

  it('writes a short, readable link that reads back the same', () => {
    const link = compareLink(['person:ana', 'person:luis'], 'citas');
    expect(link).toBe('/comparar?ids=person:ana,person:luis&medida=citas');
    const state = { ids: ['person:ana', 'person:luis'], measure: 'citas' as const };
    expect(readCompareState(writeCompareState(state))).toEqual(state);
    expect(compareLink([])).toBe('/comparar');
  });
});
