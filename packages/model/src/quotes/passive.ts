import type { Frame } from './frames.js';
import type { Phrase } from './phrases.js';
import type { TokenView } from './view.js';

const AUXILIARY = new Set(['fue', 'fueron', 'será', 'serán', 'sido', 'es', 'son', 'era', 'eran']);
const PARTICIPLE = /^\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|cho|cha|chos|chas|to|ta|tos|tas)$/u;

/**
 * The named agent of a passive in the frame: `El anuncio fue hecho por Alí Rezaei`. The agent is who
 * acted, so the story is talking about them next (`…, dijo el funcionario iraní`) even though the
 * grammatical subject is the thing done.
 */
export function passiveAgent(view: TokenView, frame: Frame, phrases: Phrase[]): Phrase | undefined {
  for (let i = frame.first; i + 2 < frame.end; i++) {
    if (view.q(i) >= 0 || !AUXILIARY.has(view.lower[i] ?? '')) continue;
    let j = i + 1;
    // `fue anunciado hoy por…`, `fue firmada ayer por…`: one adverb may come between.
    if (!PARTICIPLE.test(view.lower[j] ?? '')) continue;
    j++;
    if (view.lower[j] !== 'por' && view.lower[j + 1] === 'por' && view.isWord(j) && !view.isName(j)) j++;
    if (view.lower[j] !== 'por') continue;
    const agent = phrases.find((p) => p.first === j + 1 && p.kind === 'name');
    if (agent) return agent;
  }
  return undefined;
}
