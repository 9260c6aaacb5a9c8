import { AFFILIATIONS, ORG_ROLE_NOUNS, ROLE_NOUNS } from '../lexicon/roles.js';
import { placesOfDemonym } from '../lexicon/demonyms.js';
import { fold } from './fold.js';

// Role nouns keep their accents: `secretaria` is a person, `Secretaría` a ministry.
const PERSON_ROLES = new Set([...ROLE_NOUNS].map((w) => w.toLowerCase()));
const ORG_ROLES = new Set([...ORG_ROLE_NOUNS].map((w) => w.toLowerCase()));
const DETERMINERS = new Set(
  'el la los las del al su sus un una otro otra nuestro nuestra este esta dicho dicha'.split(' '),
);
// Words that may continue a role phrase: `presidente del Partido Acción Nacional (PAN) en el estado`.
const LINKS = new Set('de del la las los el en para a al por sobre entre'.split(' '));
// Words that end a role phrase: a clause, a verb-like continuation, a coordination of clauses.
// Unstressed object pronouns and `no` only stand before a verb (`la actriz se divorció`), never
// inside a role phrase.
const STOPS = new Set(
  'que quien quienes cuyo cuya cuyos cuyas donde cuando como mientras aunque porque pues si ha han había fue es son será dijo afirmó según y e o u ni pero sino se le les lo me nos no'.split(
    ' ',
  ),
);

// Words that open a verb group: an unstressed object pronoun or `no`.
const VERB_LEADS = new Set('se le les lo me nos no'.split(' '));

/**
 * A finite verb in the preterite, imperfect or future (`anunció`, `solicitaba`, `explicará`): lower-case words a
 * role phrase never holds, so a phrase that reaches one has run into the clause (`el ministro
 * anunció`). Nouns that end so (`buró`, `dominó`) are too rare in roles to matter.
 */
const isFiniteVerb = (w: string) =>
  /^\p{Ll}\p{L}*(?:ó|aron|ieron|yeron|ará|erá|irá|arán|erán|irán|aba|aban)$/u.test(w);

export interface Word {
  text: string;
  start: number;
  end: number;
}

// Words (inner dots and hyphens kept: `EE.UU`, `BoA-ML`), a bracketed acronym `(PRI)`, or one mark.
const WORD =
  /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’-]|\.(?=[\p{L}\p{N}]))*|\([^()\s]{1,15}\)|[^\s\p{L}\p{M}\p{N}]/gu;

export function words(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

const isRoleWord = (w: string, roles: ReadonlySet<string>) =>
  roles.has(w.toLowerCase().replace(/^ex-?/u, '')) || roles.has(w.toLowerCase());

/** Is the word at `i` a role noun: `primer` only opens one before another (`primer ministro`, not `primer discurso`). */
const isRole = (ws: readonly Word[], i: number, roles: ReadonlySet<string>) =>
  isRoleWord(ws[i]!.text, roles) &&
  (!/^primer[ao]?$/iu.test(ws[i]!.text) || isRoleWord(ws[i + 1]?.text ?? '', roles));
const isLower = (w: string) => /^[\p{Ll}]/u.test(w);
const isName = (w: string) => /^[\p{Lu}\p{N}(]/u.test(w);

/** Tidies a phrase: no trailing function words or `(ACR)`, lower case first letter. */
function tidy(phrase: Word[], body: string): string | undefined {
  let ws = phrase;
  while (ws.length > 1 && (LINKS.has(ws[ws.length - 1]!.text) || /^\(.*\)$/u.test(ws[ws.length - 1]!.text)))
    ws = ws.slice(0, -1);
  if (ws.length === 0) return undefined;
  // A bracket the phrase opens but does not close (`… de Afganistán (AIHRC, por su sigla …`) is cut.
  const text = body
    .slice(ws[0]!.start, ws[ws.length - 1]!.end)
    .replace(/\s+/g, ' ')
    .replace(/\s*\([^)]*$/u, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// Adjectives of an office that keep a capital after its noun: `director General`, `Fiscal Adjunta`.
const OFFICE_ADJECTIVE = /^(?:General|Adjunt[oa]|Ejecutiv[oa]|Jurídic[oa])$/u;

/**
 * Could these words be a role phrase: lower-case words (at most ten), names after a link (`de`,
 * `en`) or a determiner (`de este Sistema Producto`), an office's adjective after its noun? A long
 * body's name may follow (`directora legal de la Unión Estadounidense de Derechos Civiles de …`),
 * so names do not count towards the ten.
 */
function validPhrase(ws: Word[]): boolean {
  return (
    ws.length > 0 &&
    ws.length <= 18 &&
    ws.filter((w) => isLower(w.text)).length <= 10 &&
    ws.every(
      (w, i) =>
        (isLower(w.text) ||
          (i > 0 && OFFICE_ADJECTIVE.test(w.text) && isLower(ws[i - 1]!.text)) ||
          (isName(w.text) &&
            i > 0 &&
            (LINKS.has(ws[i - 1]!.text) || DETERMINERS.has(ws[i - 1]!.text) || isName(ws[i - 1]!.text)))) &&
        !STOPS.has(w.text.toLowerCase()) &&
        !isFiniteVerb(w.text),
    )
  );
}

// Adjective endings: `ruso`, `ultraderechista`, `estatal`, `centroasiático`, `saliente`, `electo`.
const ADJECTIVE =
  /(?:ista|istas|ense|enses|ano|ana|ino|ina|ico|ica|al|ales|ar|ario|aria|ivo|iva|ente|ante|ado|ada|ido|ida|ero|era|és|esa|eno|ena|ecto|ecta|unto|unta)$/u;

/**
 * Between a role noun and the name without a comma only adjectives fit, or `de` and a name or a
 * noun: `presidente ruso`, `ministro de Defensa`, `analista de inteligencia`, not `presidente habló hoy con`.
 */
export function attachable(rest: Word[]): boolean {
  if (rest.length > 4) return false;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!.text;
    if (w === 'de' || w === 'del') {
      const next = rest[i + 1];
      if (!next || (!isName(next.text) && i + 2 < rest.length)) return false;
      continue;
    }
    if (isName(w)) {
      if (rest[i - 1]?.text !== 'de' && rest[i - 1]?.text !== 'del' && !isName(rest[i - 1]?.text ?? ''))
        return false;
      continue;
    }
    const lw = w.toLowerCase();
    if (placesOfDemonym(lw) || AFFILIATIONS[lw]) continue;
    if (rest[i - 1]?.text === 'de' || rest[i - 1]?.text === 'del') continue;
    if (!ADJECTIVE.test(lw) || DETERMINERS.has(lw) || LINKS.has(lw)) return false;
  }
  return true;
}

/**
 * A role phrase ending right before the name: `El presidente de Rusia, Vladímir Putin`, `el
 * ministro de Energía kazajo, Erlan …` (with a comma), `el presidente ruso Vladímir Putin`, `la
 * petrolera rusa Lukoil` (without). The phrase opens at a role noun after a determiner, a comma or
 * the start of a sentence; the farthest such opening wins (`secretario general de la ONU`).
 */
function roleBefore(body: string, start: number, roles: ReadonlySet<string>): string | undefined {
  const from = Math.max(0, start - 160);
  const ws = words(body.slice(from, start), from);
  if (ws.length === 0) return undefined;
  const comma = ws[ws.length - 1]!.text === ',';
  const phraseEnd = comma ? ws.length - 1 : ws.length;
  let best: string | undefined;
  for (let i = phraseEnd - 1; i >= 0; i--) {
    const w = ws[i]!;
    if (!isLower(w.text) && !isName(w.text)) break;
    if (STOPS.has(w.text.toLowerCase()) || isFiniteVerb(w.text)) break;
    if (!isRole(ws, i, roles)) continue;
    const prev = ws[i - 1];
    const opened = !prev || DETERMINERS.has(prev.text.toLowerCase()) || /^[,(:;.]$/.test(prev.text);
    if (!opened) continue;
    const phrase = ws.slice(i, phraseEnd);
    if (!validPhrase(phrase)) continue;
    if (!comma && !attachable(phrase.slice(1))) continue;
    best = tidy(phrase, body);
  }
  return best;
}

/** A role phrase in apposition after the name: `Daniel Zapico, representante en México de AI.` */
function roleAfter(body: string, end: number, roles: ReadonlySet<string>): string | undefined {
  const ws = words(body.slice(end, end + 160), end);
  if (ws[0]?.text !== ',') return undefined;
  let i = 1;
  if (ws[i] && DETERMINERS.has(ws[i]!.text.toLowerCase())) i++;
  if (!ws[i] || !isRole(ws, i, roles)) return undefined;
  // `Diego Rivera, su hija, Lupe Rivera`: a `su` phrase followed by another name is that name's
  // apposition, relating it to this one.
  const possessive = /^sus?$/iu.test(ws[i - 1]?.text ?? '');
  const phrase: Word[] = [];
  for (let j = i; j < ws.length; j++) {
    const w = ws[j]!;
    // `Ana Ruiz, el fiscal se adelantó`, `…, el ministro anunció`: a bare role noun right before a
    // verb is the subject of a new clause, not an apposition; a longer phrase without an article
    // that runs into a verb (`…, coordinador del equipo jurídico informó`) ends there.
    if (VERB_LEADS.has(w.text.toLowerCase()) || isFiniteVerb(w.text)) {
      // With its article the phrase is the subject: `relató Ana, el director de la escuela pedía …`.
      if (phrase.length === 1 || i > 1) return undefined;
      break;
    }
    if ((!isLower(w.text) && !isName(w.text)) || STOPS.has(w.text.toLowerCase())) break;
    phrase.push(w);
  }
  if (!validPhrase(phrase)) return undefined;
  const after = ws[i + phrase.length];
  if (possessive && after?.text === ',' && isName(ws[i + phrase.length + 1]?.text ?? '')) return undefined;
  return tidy(phrase, body);
}

/**
 * Roles stated next to one mention: an apposition or a role phrase before the name, an apposition
 * after it. For people the role nouns are `presidente`, `ministro`, `abogada`…; for organisations
 * `petrolera`, `diario`, `sindicato`….
 */
export function descriptorsAt(body: string, start: number, end: number, isPerson: boolean): string[] {
  const roles = isPerson ? PERSON_ROLES : ORG_ROLES;
  // `los dueños de la empresa, Ana Ruiz y Luis Gil`: a role shared by coordinated names is not this one's alone.
  const coordinated = /^\s+(?:y|e)\s+\p{Lu}/u.test(body.slice(end, end + 4));
  const found = [coordinated ? undefined : roleBefore(body, start, roles), roleAfter(body, end, roles)];
  return [...new Set(found.filter((d): d is string => d !== undefined && d.length > 2))];
}

/**
 * What a role phrase ties its holder to, folded: places by demonym or `de País` (`presidente de
 * Rusia` → rusia, `ministro kazajo` → kazajistan) and parties by affiliation (`dirigente panista` → pan),
 * plus every capitalised name after `de` (`líder de Acción Nacional` → accion nacional).
 */
export function tiesOfPhrase(phrase: string): string[] {
  const ties: string[] = [];
  for (const word of phrase.split(/[\s()]+/)) {
    ties.push(...(placesOfDemonym(word) ?? []));
    const party = AFFILIATIONS[word.toLowerCase()];
    if (party) ties.push(party);
  }
  for (const m of phrase.matchAll(
    /\b(?:de|del|de la|de los|para)\s+((?:\p{Lu}[\p{L}\p{M}.-]*)(?:\s+(?:de\s+|del\s+|la\s+)?\p{Lu}[\p{L}\p{M}.-]*)*)/gu,
  ))
    ties.push(m[1]!);
  for (const m of phrase.matchAll(/\((\p{Lu}[\p{L}.-]+)\)/gu)) ties.push(m[1]!);
  if (isForeignMinistry(phrase)) ties.push(FOREIGN_MINISTRY);
  return ties.map(fold);
}

/** The tie every name of the foreign ministry shares. */
export const FOREIGN_MINISTRY = 'exteriores';

// `ministro de Relaciones Exteriores`, `secretario de Asuntos Exteriores`, `jefe de la diplomacia`,
// `canciller` (in Latin American usage; Germany's and Austria's is the head of government).
function isForeignMinistry(phrase: string): boolean {
  if (/\b(?:exteriores|diplomacia)\b/iu.test(phrase)) return true;
  return /\bcanciller\b/iu.test(phrase) && !/\b(?:alem[aá]n|alemana|federal|austriac[oa])\b/iu.test(phrase);
}

/** Kept for callers that only want places: `presidente de Rusia` → rusia. */
export const placesOfPhrase = tiesOfPhrase;
