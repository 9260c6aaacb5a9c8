import { describe, expect, it } from 'vitest';
import { mayBeVerb } from './verb-shape.js';

describe('a word shaped like a headline verb', () => {
  it('takes third-person forms in present, past and future', () => {
    for (const w of ['Rechaza', 'Exige', 'Piden', 'Anunció', 'Enviará', 'Firmaron'])
      expect(mayBeVerb(w)).toBe(true);
  });

  it('refuses given names that no verb ends like', () => {
    for (const w of ['Flavio', 'Giancarlo', 'Philip', 'Gerhard', 'Yury']) expect(mayBeVerb(w)).toBe(false);
  });
});
