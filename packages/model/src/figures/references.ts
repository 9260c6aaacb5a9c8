// Numbers that name rather than count: `artículos 22, 73 y 79`, `Messi (27)`, `ayer 19`. The tracker
// remembers where the last such number ended, so the rest of a list it opens is read the same way.
import type { Core } from './core.js';
import { isInName } from './exclusions.js';
import type { NumberPhrase } from './number-phrase.js';
import type { TokenView } from './token-view.js';

// Joiners of a list whose first member was a reference: `artículos 22, 73 y 79`.
const LIST_JOINERS = new Set([',', 'y', 'e', 'o', 'u', 'al', 'a']);
// A day of the month may follow these, restating their date: `ayer 19`.
const DAY_WORDS = new Set(['hoy', 'ayer', 'anteayer', 'antier', 'manana']);

function isDayNumber(n: NumberPhrase): boolean {
  return n.plainDigits && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31;
}

export class ReferenceTracker {
  /** The token after the last number read as a reference (`artículos 22`), for the list it opens. */
  private lastEnd = -1;

  constructor(private readonly view: TokenView) {}

  /** Notes that the number ending before token `end` was a reference. */
  mark(end: number): void {
    this.lastEnd = end;
  }

  /**
   * A bare number that names rather than counts: inside a name or after a reference noun, a member
   * of a list such a number opens (`artículos 22, 73 y 79`), or alone in parentheses after a name
   * (`Messi (27)`, a match minute or an age), or the day of the month after `ayer` (`ayer 19`).
   */
  isReference(core: Core): boolean {
    const view = this.view;
    const n = core.number;
    if (isInName(view, core.first, n.end)) return true;
    if (this.continuesList(core)) return true;
    const before = core.first - 1;
    if (view.text(before) !== '(') return DAY_WORDS.has(view.key(before)) && isDayNumber(n);
    // `(75)` alone after a play is a match minute, a rank or a list mark: a whole number counts nothing there.
    if (view.text(n.end) === ')' && n.plainDigits && core.sign === 1) return true;
    return view.isCapitalized(before - 1) && !view.opensSentence(before - 1);
  }

  /** The next member of a list a reference opened: `artículos 22, 73 y 79`. */
  continuesList(core: Core): boolean {
    const view = this.view;
    const before = core.first - 1;
    if (this.lastEnd === before && LIST_JOINERS.has(view.key(before))) return true;
    return this.lastEnd === before - 1 && view.key(before) === 'el' && LIST_JOINERS.has(view.key(before - 1));
  }
}
