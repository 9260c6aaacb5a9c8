import { tokenize } from '../article/tokens.js';
import { foldKey, type TokenView } from './token-view.js';

interface Entry<T> {
  /** Keys of the phrase's tokens after the one it is filed under, in reading order. */
  rest: string[];
  value: T;
}

/**
 * Multiword phrases looked up against the token stream by folded keys, longest first:
 * `millones de barriles diarios` must win over `barriles`. Built once, at module load.
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      const keys = tokenize(phrase).map((t) => foldKey(t.text));
      const [first, ...rest] = keys;
      const last = keys[keys.length - 1];
      if (first === undefined || last === undefined) continue;
      file(this.byFirst, first, { rest, value });
      file(this.byLast, last, { rest: keys.slice(0, -1).reverse(), value });
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) {
      list.sort((a, b) => b.rest.length - a.rest.length);
    }
  }

  /** The longest phrase that starts at token i: its value and the token after it. */
  matchAt(view: TokenView, i: number): { value: T; end: number } | undefined {
    const list = this.byFirst.get(view.key(i));
    if (!list) return undefined;
    for (const entry of list) {
      if (entry.rest.every((k, n) => view.key(i + 1 + n) === k && !view.startsSentence(i + 1 + n))) {
        return { value: entry.value, end: i + 1 + entry.rest.length };
      }
    }
    return undefined;
  }

  /** The longest phrase that ends just before token i: its value and its first token. */
  matchBefore(view: TokenView, i: number): { value: T; start: number } | undefined {
    if (i === 0 || view.startsSentence(i)) return undefined;
    const list = this.byLast.get(view.key(i - 1));
    if (!list) return undefined;
    for (const entry of list) {
      const start = i - 1 - entry.rest.length;
      if (start < 0) continue;
      let ok = true;
      for (let n = 0; n < entry.rest.length && ok; n++) {
        const t = i - 2 - n;
        ok = view.key(t) === entry.rest[n] && !view.startsSentence(t + 1);
      }
      if (ok) return { value: entry.value, start };
    }
    return undefined;
  }
}

function file<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
