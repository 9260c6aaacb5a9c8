// Wire copy states a unit once and leaves it unsaid on the numbers that follow: `de 91 millones de
// euros a 57`, `tres, cuatro o cinco disparos`, `y 143 mil millones`. The lender remembers the last
// money and rate read and gives their unit to a bare number that continues them.
import { isClock, readCore, type Core } from './core.js';
import type { FigureDraft } from './draft.js';
import { mayTakeElidedUnit } from './ellipsis.js';
import { isYearLike } from './kinds.js';
import type { TokenView } from './token-view.js';
import type { UnitMatch } from './units.js';

// What closes a list of numbers that share the last one's unit, and what may open each member.
const LIST_CONJUNCTIONS = new Set(['y', 'e', 'o', 'u']);
const LIST_PREPOSITIONS = new Set(['a', 'de', 'en', 'con', 'entre', 'por', 'que']);
const MAX_LIST = 8;

/** A rate or price a later bare number may be compared with, and the two words that opened it. */
interface Elidable {
  unit: UnitMatch;
  sentence: number;
  opener: string;
}

/** The two words before token i, as one key: `que a` in `que a 15 pesos`. */
function openerOf(view: TokenView, i: number): string {
  return `${view.key(i - 2)} ${view.key(i - 1)}`;
}

export class UnitLender {
  /** The last money figure's currency, amount and sentence, lent to bare amounts that follow it. */
  private lastMoney: { code: string; value: number; sentence: number } | undefined;
  /** The unit of the last rate or unscaled price, lent to a bare number compared with it. */
  private lastElidable: Elidable | undefined;

  constructor(private readonly view: TokenView) {}

  /** Notes a figure just read, whose unit later bare numbers may borrow. */
  remember(draft: FigureDraft, core: Core): void {
    const sentence = this.view.sentenceOf(core.number.first);
    const opener = openerOf(this.view, core.number.first);
    if (draft.kind === 'MONEY' && draft.unit) {
      this.lastMoney = { code: draft.unit, value: Math.abs(draft.value), sentence };
      // Only a price without scale words: `de 91 millones de euros a 57` leaves the scale unsaid too.
      const scaled =
        core.number.trailingScales.length > 0 || (core.unit?.type === 'currency' && core.unit.scale !== 1);
      this.lastElidable = scaled
        ? undefined
        : { unit: { type: 'currency', code: draft.unit, scale: 1, end: 0 }, sentence, opener };
    } else if (draft.kind === 'PERCENT') {
      this.lastElidable = { unit: { type: 'percent', end: 0 }, sentence, opener };
    }
  }

  /** Every way a bare number may take the unit it leaves unsaid, in order of trust. */
  lendAll(core: Core): void {
    this.lendMoney(core);
    this.lendListUnit(core);
    this.lendElidedUnit(core);
  }

  /** A bare amount with a scale after money in the same sentence is that money: `y 143 mil millones`. */
  lendMoney(core: Core): void {
    const last = this.lastMoney;
    const n = core.number;
    if (core.unit || core.prefixCode || n.trailingScales.length === 0 || !last) return;
    if (last.sentence !== this.view.sentenceOf(n.first)) return;
    // After thousands of millions a bare `mil` leaves `millones` unsaid: `5 mil millones … casi a 8 mil`.
    const ratio = (n.value * 1e6) / last.value;
    const thousands = n.trailingScales.length === 1 && n.trailingScales[0] === 1e3;
    const scale = last.value >= 1e9 && thousands && ratio >= 0.1 && ratio <= 10 ? 1e6 : 1;
    core.unit = { type: 'currency', code: last.code, scale, end: core.end };
  }

  /**
   * A member of a list whose last member carries the unit: `tres, cuatro o cinco disparos`,
   * `a 8, a 10 pesos`. Trusted when a conjunction closes the list, each member repeats the
   * first one's preposition, or the values rise; years and amounts with scale words stay apart.
   */
  private lendListUnit(core: Core): void {
    const view = this.view;
    const n = core.number;
    if (core.unit || core.prefixCode || n.trailingScales.length > 0) return;
    if (n.plainDigits && isYearLike(view.text(n.first), n.value)) return;
    const preposition = view.key(core.first - 1);
    let parallel = LIST_PREPOSITIONS.has(preposition);
    let rising = true;
    let previous = n.value;
    let j = core.end;
    for (let members = 0; members < MAX_LIST; members++) {
      const separator = view.key(j);
      const closing = LIST_CONJUNCTIONS.has(separator);
      if ((separator !== ',' && !closing) || view.startsSentence(j)) return;
      let k = j + 1;
      if (view.key(k) === preposition) k++;
      else parallel = false;
      const next = readCore(view, k);
      if (!next || next.prefixCode || next.sign !== 1 || next.number.trailingScales.length > 0) return;
      if (next.number.hasDigits !== n.hasDigits || isClock(view, next)) return;
      rising &&= next.number.value > previous;
      previous = next.number.value;
      const unit = next.unit;
      if (unit) {
        if (!(closing || parallel || rising)) return;
        if (unit.type === 'currency' && unit.scale !== 1) return;
        core.unit = { ...unit, end: core.end };
        return;
      }
      if (closing) return;
      j = next.end;
    }
  }

  /** A bare number compared with the rate or price before it takes its unit: `a 41 por ciento desde 47`. */
  private lendElidedUnit(core: Core): void {
    const last = this.lastElidable;
    if (core.unit || core.prefixCode || !last) return;
    const gap = this.view.sentenceOf(core.number.first) - last.sentence;
    if (gap !== 0 && gap !== 1) return;
    // `que a 15 pesos, que a 13`: the same two words open both terms.
    const parallel = openerOf(this.view, core.number.first) === last.opener;
    const context = { parallel, nextSentence: gap === 1 };
    if (!mayTakeElidedUnit(this.view, core.first, core.number, core.sign !== 1, context)) return;
    core.unit = { ...last.unit, end: core.end };
  }
}
