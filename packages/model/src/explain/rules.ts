// The one registry of the rules whose decisions the model reports: each extraction names the rule
// that decided it (`Quote.explanation`, `Entity.explanation`, `Figure.explanation`). Ids are stable:
// stores, the API and tests refer to them. Summaries are for readers, in Spanish, one line.
import type { Explanation } from '../types.js';

/** Who said a direct quotation: the branch that chose its speaker. */
const QUOTE_SPEAKER = {
  'quote.speaker.cue-after': 'verbo de habla tras la cita («…», dijo X)',
  'quote.speaker.segun': '«según» + nombre junto a la cita',
  'quote.speaker.cue-before': 'verbo de habla justo antes de la cita (X dijo «…»)',
  'quote.speaker.colon': 'dos puntos antes de la cita (X: «…»)',
  'quote.speaker.verb-object': 'la cita completa el verbo que califica a alguien (definió a X como «…»)',
  'quote.speaker.reporter': 'la cita está dentro de lo que dijo quien habla en la oración',
  'quote.speaker.closing-cue': 'verbo de habla al final de la oración (…, añadió X.)',
  'quote.speaker.nearest-cue': 'el verbo de habla más cercano de la misma oración',
  'quote.speaker.narrated': 'sujeto de la oración narrativa que contiene la cita',
  'quote.speaker.previous-speaker': 'sin verbo de habla: el último hablante del texto',
  'quote.speaker.none': 'sin verbo de habla ni hablante anterior: sin atribuir',
  'quote.speaker.chain': 'cita en varios párrafos: el hablante de su otro tramo',
} as const;

/** A statement reported without quotation marks. */
const QUOTE_REPORTED = {
  'quote.reported.que-clause': 'verbo de habla + «que» (dijo que …)',
  'quote.reported.parenthetical': 'verbo de habla entre comas en medio de la oración (…, agregó, …)',
  'quote.reported.fronted': 'verbo de habla entre comas tras un complemento (Por su parte, dijo, …)',
  'quote.reported.inverted': 'verbo de habla al final de la oración (…, comentó X.)',
  'quote.reported.segun-opening': '«según X,» / «para X,» al comienzo de la oración',
  'quote.reported.segun-closing': '«…, según X.» al final de la oración',
} as const;

/** What type an entity is: the first rule of the typing cascade that answered. */
const ENTITY_TYPE = {
  'entity.type.dateline': 'lugar de la data (ciudad de origen de la noticia)',
  'entity.type.work': 'título entre comillas u obra o ley: MISC',
  'entity.type.age': 'nombre seguido de su edad: persona',
  'entity.type.club': 'club deportivo por el contexto: organización',
  'entity.type.company-suffix': 'sufijo de sociedad (S.A., Inc.): organización',
  'entity.type.gazetteer': 'lugar del nomenclátor',
  'entity.type.facility': 'nombrado solo tras un sustantivo de lugar (el estadio …): lugar',
  'entity.type.known-organization': 'organización conocida del léxico',
  'entity.type.acronym': 'sigla del léxico de siglas',
  'entity.type.foreign-article': 'nombre con artículo extranjero (The …): organización',
  'entity.type.person-title': 'tratamiento o título ante el nombre (Infanta …): persona',
  'entity.type.known-place': 'lugar conocido del léxico',
  'entity.type.location-head': 'núcleo de lugar (Estadio, Río, Avenida …)',
  'entity.type.church': 'iglesia o templo en minúscula: el edificio',
  'entity.type.misc-head': 'núcleo de evento, ley u obra (Tratado, Festival …): MISC',
  'entity.type.canal': '«Canal de» + lugar: vía de agua',
  'entity.type.org-head': 'núcleo de organización (Partido, Instituto, Secretaría …)',
  'entity.type.org-tail': 'nombre inglés con núcleo final de organización (… Fund)',
  'entity.type.english-title': 'palabras inglesas dentro del nombre: título de obra (MISC)',
  'entity.type.location-tail': 'terminación de lugar (… Norte, … Valley)',
  'entity.type.given-name': 'nombre de pila conocido + apellidos: persona',
  'entity.type.defined-acronym': 'el texto define una sigla para el nombre: organización',
  'entity.type.alias-acronym': 'otra forma del nombre es una sigla conocida',
  'entity.type.context': 'palabras alrededor (el ministro …, la empresa …, el municipio …)',
  'entity.type.office-portfolio': 'cartera de un cargo (secretario de …): MISC',
  'entity.type.tagger': 'etiqueta del reconocedor de nombres (votos por longitud)',
} as const;

/** What a figure is: the reader or classification branch that gave its kind. */
const FIGURE_KIND = {
  'figure.date.calendar': 'fecha: día y mes (y año) o día relativo a la fecha del artículo',
  'figure.number.fraction': 'fracción (la mitad, dos tercios)',
  'figure.duration.unit-and-half': '«año y medio», «hora y media»',
  'figure.year.pair': 'par de años (2010-2012)',
  'figure.money.currency': 'número + moneda (millones de dólares, 30 euros)',
  'figure.money.prefix': 'símbolo o código de moneda ante el número ($, US$)',
  'figure.percent.sign': 'número + «%» o «por ciento»',
  'figure.points.unit': 'número + «puntos porcentuales»',
  'figure.quantity.unit': 'número + unidad de medida (km, toneladas)',
  'figure.age.context': 'años de una persona (de 45 años, a sus 80)',
  'figure.age.range-partner': 'segundo número de un rango de edades',
  'figure.duration.time-unit': 'número + unidad de tiempo (tres meses)',
  'figure.duration.and-half': 'número + unidad de tiempo + «y medio»',
  'figure.year.noun-context': 'año tras una palabra de año ante un sustantivo contado',
  'figure.count.noun': 'número + sustantivo contado (200 personas)',
  'figure.year.after-ano': '«el año» + número',
  'figure.year.digits': 'cuatro cifras con forma de año',
  'figure.year.decade': 'década (los años 80, los noventa)',
  'figure.number.bare': 'número sin unidad',
} as const;

export const RULES = { ...QUOTE_SPEAKER, ...QUOTE_REPORTED, ...ENTITY_TYPE, ...FIGURE_KIND } as const;

/** The id of a rule the model can report. */
export type RuleId = keyof typeof RULES;

/** Every rule, grouped by the stage whose decision it explains. */
export const RULE_STAGES = {
  'quote.speaker': Object.keys(QUOTE_SPEAKER) as RuleId[],
  'quote.reported': Object.keys(QUOTE_REPORTED) as RuleId[],
  'entity.type': Object.keys(ENTITY_TYPE) as RuleId[],
  'figure.kind': Object.keys(FIGURE_KIND) as RuleId[],
} as const;

/** The explanation an extraction carries when `rule` decided it. */
export function explain(rule: RuleId): Explanation {
  return { rule, summary: RULES[rule] };
}
