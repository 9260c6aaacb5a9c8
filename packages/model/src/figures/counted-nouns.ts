import type { TokenView } from './token-view.js';

// After a number, a plural noun names what is counted: `27 lesionados`, `80 votos`. These words
// end like plural nouns but are not: articles, pronouns, quantifiers, adverbs and the adjectives
// that follow amounts (`10 millones anuales`).
const NOT_NOUNS = new Set(
  (
    'los las unos unas mas menos pues tras sus nos les mis tus entonces ademas antes despues apenas ' +
    'otros otras ambos ambas estos estas esos esas aquellos aquellas todos todas muchos muchas pocos pocas ' +
    'varios varias demas cuales quienes cuantos cuantas mismos mismas es has vas atras jamas quizas detras ' +
    'traves lejos mientras anuales mensuales diarios diarias semanales adicionales consecutivos consecutivas ' +
    'seguidos seguidas respectivamente iguales totales netos netas brutos brutas reales nominales corrientes ' +
    'constantes dos tres seis dieciseis veintidos veintitres veintiseis doscientos doscientas trescientos ' +
    'trescientas cuatrocientos cuatrocientas quinientos quinientas seiscientos seiscientas setecientos ' +
    'setecientas ochocientos ochocientas novecientos novecientas millones billones millardos docenas ' +
    'nuestros nuestras vuestros sendos sendas ellos ellas nosotros ustedes cuyos cuyas tales dentro ' +
    'aproximadamente mas previstos previstas estimados estimadas registrados registradas mas'
  ).split(' '),
);

// Adjectives that may stand between the number and the noun: `tres principales socios`.
const PRE_ADJECTIVES = new Set(
  (
    'principales grandes nuevos nuevas pequenos pequenas distintos distintas diferentes diversos diversas ' +
    'ultimos ultimas primeros primeras mejores peores importantes supuestos supuestas presuntos presuntas'
  ).split(' '),
);

/**
 * The counted noun at token i (`lesionados`, `SMS`), after at most one adjective, with the token
 * after it; undefined when token i does not start one. Plural nouns end in `s`; capitalised words
 * are names, not counted things, unless written as an acronym.
 */
export function readCountedNoun(view: TokenView, i: number): { noun: string; end: number } | undefined {
  if (view.startsSentence(i)) return undefined;
  if (isNoun(view, i)) {
    if (PRE_ADJECTIVES.has(view.key(i)) && isNoun(view, i + 1) && !view.startsSentence(i + 1)) {
      return { noun: nounLabel(view, i + 1), end: i + 2 };
    }
    return { noun: nounLabel(view, i), end: i + 1 };
  }
  return undefined;
}

function isNoun(view: TokenView, i: number): boolean {
  if (!view.isWord(i)) return false;
  if (view.isAllCaps(i)) return /^\p{Lu}{2,6}s?$/u.test(view.text(i));
  if (view.isCapitalized(i)) return false;
  const key = view.key(i);
  return key.length >= 3 && key.endsWith('s') && !NOT_NOUNS.has(key);
}

// Acronyms keep their capitals (`SMS`); words are lowercased (`Lesionados` → `lesionados`).
function nounLabel(view: TokenView, i: number): string {
  return view.isAllCaps(i) ? view.text(i) : view.text(i).toLowerCase();
}
