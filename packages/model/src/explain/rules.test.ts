import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse.js';
import type { Article, Explanation } from '../types.js';
import { explain, RULE_STAGES, RULES, type RuleId } from './rules.js';

// Our own fixture texts, written for these tests.
const article = (...paragraphs: string[]): Article =>
  parseArticle(` date 2024-03-05 Titular de prueba\n\n${paragraphs.join('\n\n')}`);

const quote = (a: Article, text: string) => a.quotes.find((q) => q.text.startsWith(text));
const entity = (a: Article, name: string) => a.entities.find((e) => e.name === name);
const figure = (a: Article, text: string) => a.figures.find((f) => f.text === text);

/** One example per rule: the text, the extraction it yields, what the rule decided of it. */
interface Example {
  rule: RuleId;
  text: string[];
  pick: (a: Article) => { explanation: Explanation } | undefined;
  decided: Record<string, unknown>;
}

const PRADO =
  'MADRID, 4 mar (EFE).- La ministra de Sanidad, Lucía Prado, dijo que el plan costará 300 millones de euros.';
const OLMOS = 'La fiscal Marta Olmos habló ayer.';
const FERRER = 'El alcalde Tomás Ferrer visitó el barrio.';

const EXAMPLES: Example[] = [
  // Who said a quotation.
  {
    rule: 'quote.speaker.cue-after',
    text: [OLMOS, '«Vamos a cumplir cada promesa que hicimos», afirmó Olmos ante los periodistas.'],
    pick: (a) => quote(a, 'Vamos a cumplir'),
    decided: { speaker: { name: 'Marta Olmos' }, cue: 'afirmó' },
  },
  {
    rule: 'quote.speaker.segun',
    text: [OLMOS, '«Es una vergüenza para todos nosotros», según Olmos.'],
    pick: (a) => quote(a, 'Es una vergüenza'),
    decided: { speaker: { name: 'Marta Olmos' }, cue: 'según' },
  },
  {
    rule: 'quote.speaker.cue-before',
    text: [OLMOS, 'Olmos declaró: «No daremos un paso atrás en esta reforma tan necesaria».'],
    pick: (a) => quote(a, 'No daremos'),
    decided: { speaker: { name: 'Marta Olmos' }, cue: 'declaró' },
  },
  {
    rule: 'quote.speaker.colon',
    text: ['El sindicato publicó su lista: «Salarios justos, jornadas humanas y respeto para todos».'],
    pick: (a) => quote(a, 'Salarios justos'),
    decided: { speaker: { name: 'el sindicato' } },
  },
  {
    rule: 'quote.speaker.verb-object',
    text: [OLMOS, 'Olmos calificó la obra como «un ejemplo para toda la región», según el diario Heraldo.'],
    pick: (a) => quote(a, 'un ejemplo para'),
    decided: { speaker: { name: 'Marta Olmos' } },
  },
  {
    rule: 'quote.speaker.closing-cue',
    text: [OLMOS, 'El plan es «un desastre completo para la ciudad entera» y hay que pararlo, añadió Olmos.'],
    pick: (a) => quote(a, 'un desastre'),
    decided: { speaker: { name: 'Marta Olmos' }, cue: 'añadió' },
  },
  {
    rule: 'quote.speaker.nearest-cue',
    text: [
      OLMOS,
      'Olmos aseguró que el proyecto era «una estafa a los contribuyentes de toda la provincia» sin ninguna duda.',
    ],
    pick: (a) => quote(a, 'una estafa'),
    decided: { speaker: { name: 'Marta Olmos' }, cue: 'aseguró' },
  },
  {
    rule: 'quote.speaker.narrated',
    text: ['Los vecinos marcharon por Quetzalandia con el lema «queremos agua limpia todos los días».'],
    pick: (a) => quote(a, 'queremos agua'),
    decided: { speaker: { name: 'los vecinos' } },
  },
  {
    rule: 'quote.speaker.previous-speaker',
    text: [
      '«Este barrio merece mucho más de lo que ha recibido», dijo Tomás Ferrer.',
      '«Nadie nos escuchó durante una década entera en este lugar».',
    ],
    pick: (a) => quote(a, 'Nadie nos escuchó'),
    decided: { speaker: { name: 'Tomás Ferrer' } },
  },
  {
    rule: 'quote.speaker.none',
    text: ['«Tenemos pruebas suficientes para seguir adelante con la demanda».'],
    pick: (a) => quote(a, 'Tenemos pruebas'),
    decided: { speaker: null },
  },
  // Statements reported without quotation marks.
  {
    rule: 'quote.reported.que-clause',
    text: [PRADO],
    pick: (a) => quote(a, 'el plan costará'),
    decided: { direct: false, speaker: { name: 'Lucía Prado' }, cue: 'dijo' },
  },
  {
    rule: 'quote.reported.segun-opening',
    text: [PRADO, 'Según Prado, el hospital abrirá en 2026 con 250 camas.'],
    pick: (a) => quote(a, 'el hospital abrirá'),
    decided: { direct: false, speaker: { name: 'Lucía Prado' }, cue: 'según' },
  },
  {
    rule: 'quote.reported.segun-closing',
    text: ['El paro bajó un 12 % en tres meses, según el Instituto Nacional de Estadística.'],
    pick: (a) => quote(a, 'El paro bajó'),
    decided: { direct: false, speaker: { name: 'Instituto Nacional de Estadística' } },
  },
  {
    rule: 'quote.reported.inverted',
    text: [FERRER, 'La pobreza subió dos puntos porcentuales, comentó Ferrer.'],
    pick: (a) => quote(a, 'La pobreza subió'),
    decided: { direct: false, speaker: { name: 'Tomás Ferrer' }, cue: 'comentó' },
  },
  {
    rule: 'quote.reported.parenthetical',
    text: [FERRER, 'Ferrer dijo que habrá obras. La obra, agregó, tendrá 3 kilómetros de carril bici.'],
    pick: (a) => quote(a, 'La obra, agregó'),
    decided: { direct: false, speaker: { name: 'Tomás Ferrer' }, cue: 'agregó' },
  },
  {
    rule: 'quote.reported.fronted',
    text: [FERRER, 'Por su parte, dijo Ferrer, la ciudad pagará la mitad del coste.'],
    pick: (a) => quote(a, 'la ciudad pagará'),
    decided: { direct: false, speaker: { name: 'Tomás Ferrer' }, cue: 'dijo' },
  },
  // What type an entity is.
  {
    rule: 'entity.type.dateline',
    text: [PRADO],
    pick: (a) => entity(a, 'Madrid'),
    decided: { type: 'LOCATION' },
  },
  {
    rule: 'entity.type.given-name',
    text: [PRADO],
    pick: (a) => entity(a, 'Lucía Prado'),
    decided: { type: 'PERSON' },
  },
  {
    rule: 'entity.type.known-organization',
    text: [PRADO],
    pick: (a) => entity(a, 'EFE'),
    decided: { type: 'ORGANIZATION' },
  },
  {
    rule: 'entity.type.known-place',
    text: ['Los vecinos de Perú y Chile marcharon juntos.'],
    pick: (a) => entity(a, 'Chile'),
    decided: { type: 'LOCATION' },
  },
  {
    rule: 'entity.type.acronym',
    text: ['La ONU pidió calma a los dos países.'],
    pick: (a) => entity(a, 'ONU'),
    decided: { type: 'ORGANIZATION' },
  },
  {
    rule: 'entity.type.org-head',
    text: ['La Comisión Federal de Electricidad subió las tarifas.'],
    pick: (a) => entity(a, 'Comisión Federal de Electricidad'),
    decided: { type: 'ORGANIZATION' },
  },
  {
    rule: 'entity.type.misc-head',
    text: ['El Tratado de Lisboa fue citado en la reunión.'],
    pick: (a) => entity(a, 'Tratado de Lisboa'),
    decided: { type: 'MISC' },
  },
  {
    rule: 'entity.type.location-head',
    text: ['El Estadio Azteca recibirá a 40.000 personas.'],
    pick: (a) => entity(a, 'Estadio Azteca'),
    decided: { type: 'LOCATION' },
  },
  {
    rule: 'entity.type.context',
    text: ['La empresa Vortelia anunció el cierre de su fábrica.'],
    pick: (a) => entity(a, 'Vortelia'),
    decided: { type: 'ORGANIZATION' },
  },
  {
    rule: 'entity.type.tagger',
    text: ['Los vecinos marcharon por Quetzalandia con pancartas.'],
    pick: (a) => entity(a, 'Quetzalandia'),
    decided: { type: 'LOCATION' },
  },
  {
    rule: 'entity.type.person-title',
    text: ['La visita de la Reina Isabel fue breve.'],
    pick: (a) => entity(a, 'Reina Isabel'),
    decided: { type: 'PERSON' },
  },
  {
    rule: 'entity.type.foreign-article',
    text: ['El concierto de The Killers fue breve.'],
    pick: (a) => entity(a, 'The Killers'),
    decided: { type: 'ORGANIZATION' },
  },
  {
    rule: 'entity.type.canal',
    text: ['El Canal de Panamá cerró por la sequía.'],
    pick: (a) => entity(a, 'Canal de Panamá'),
    decided: { type: 'LOCATION' },
  },
  {
    rule: 'entity.type.office-portfolio',
    text: ['Lo firmó el secretario de Obras Públicas.'],
    pick: (a) => entity(a, 'Obras Públicas'),
    decided: { type: 'MISC' },
  },
  // What a figure is.
  {
    rule: 'figure.date.calendar',
    text: [OLMOS],
    pick: (a) => figure(a, 'ayer'),
    decided: { kind: 'DATE', date: '2024-03-04' },
  },
  {
    rule: 'figure.money.currency',
    text: [PRADO],
    pick: (a) => figure(a, '300 millones de euros'),
    decided: { kind: 'MONEY', value: 300_000_000, unit: 'EUR' },
  },
  {
    rule: 'figure.money.prefix',
    text: ['El puente costó US$ 20 millones.'],
    pick: (a) => figure(a, 'US$ 20 millones'),
    decided: { kind: 'MONEY', value: 20_000_000, unit: 'USD' },
  },
  {
    rule: 'figure.percent.sign',
    text: ['El paro bajó un 12 % en marzo.'],
    pick: (a) => figure(a, '12 %'),
    decided: { kind: 'PERCENT', value: 12 },
  },
  {
    rule: 'figure.points.unit',
    text: ['La pobreza subió dos puntos porcentuales.'],
    pick: (a) => figure(a, 'dos puntos porcentuales'),
    decided: { kind: 'PERCENTAGE_POINTS', value: 2 },
  },
  {
    rule: 'figure.quantity.unit',
    text: ['La obra tendrá 3 kilómetros de carril bici.'],
    pick: (a) => figure(a, '3 kilómetros'),
    decided: { kind: 'QUANTITY', value: 3 },
  },
  {
    rule: 'figure.count.noun',
    text: ['El hospital abrirá con 250 camas.'],
    pick: (a) => figure(a, '250 camas'),
    decided: { kind: 'COUNT', value: 250 },
  },
  {
    rule: 'figure.duration.time-unit',
    text: ['El paro bajó en tres meses.'],
    pick: (a) => figure(a, 'tres meses'),
    decided: { kind: 'DURATION', value: 3 },
  },
  {
    rule: 'figure.duration.unit-and-half',
    text: ['La obra tardó año y medio.'],
    pick: (a) => figure(a, 'año y medio'),
    decided: { kind: 'DURATION', value: 1.5 },
  },
  {
    rule: 'figure.age.context',
    text: ['Ferrer, de 54 años, lo dijo.'],
    pick: (a) => figure(a, '54 años'),
    decided: { kind: 'AGE', value: 54 },
  },
  {
    rule: 'figure.age.range-partner',
    text: ['Olmos, de 40 y 41 años, lo dijo.'],
    pick: (a) => figure(a, '41 años'),
    decided: { kind: 'AGE', value: 41 },
  },
  {
    rule: 'figure.year.digits',
    text: ['El hospital abrirá en 2026.'],
    pick: (a) => figure(a, '2026'),
    decided: { kind: 'YEAR', value: 2026 },
  },
  {
    rule: 'figure.year.after-ano',
    text: ['La fábrica cerró en el año 2011.'],
    pick: (a) => figure(a, '2011'),
    decided: { kind: 'YEAR', value: 2011 },
  },
  {
    rule: 'figure.year.pair',
    text: ['Ferrer gobernó en 2015-2019.'],
    pick: (a) => figure(a, '2019'),
    decided: { kind: 'YEAR', value: 2019 },
  },
  {
    rule: 'figure.year.decade',
    text: ['Ferrer nació en los años 70.'],
    pick: (a) => figure(a, '70'),
    decided: { kind: 'YEAR', value: 1970 },
  },
  {
    rule: 'figure.number.fraction',
    text: ['La ciudad pagará la mitad del coste.'],
    pick: (a) => figure(a, 'la mitad'),
    decided: { kind: 'NUMBER', value: 0.5 },
  },
  {
    rule: 'figure.duration.and-half',
    text: ['La obra tardó dos años y medio.'],
    pick: (a) => figure(a, 'dos años y medio'),
    decided: { kind: 'DURATION', value: 2.5 },
  },
  {
    rule: 'figure.number.bare',
    text: ['La cifra final llegó a 1.500 en total.'],
    pick: (a) => figure(a, '1.500'),
    decided: { kind: 'NUMBER', value: 1500 },
  },
];

describe('every extraction explains itself', () => {
  it.each(EXAMPLES)('$rule', ({ rule, text, pick, decided }) => {
    const found = pick(article(...text));
    expect(found).toMatchObject({ ...decided, explanation: explain(rule) });
  });

  it('explains every quote, entity and figure of the seed article with a registered rule', () => {
    const dir = new URL('../../../../seeds/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const a = parseArticle(readFileSync(new URL(file, dir), 'utf8'));
      const all = [...a.quotes, ...a.entities, ...a.figures];
      expect(all.length).toBeGreaterThan(30);
      for (const x of all) {
        expect(x.explanation.summary).not.toBe('');
        expect(x.explanation).toEqual(explain(x.explanation.rule as RuleId));
      }
    }
  });
});

describe('the rule registry', () => {
  it('lists every rule once under its stage, with a one-line summary', () => {
    const staged = Object.values(RULE_STAGES).flat();
    expect(new Set(staged).size).toBe(staged.length);
    expect([...staged].sort()).toEqual(Object.keys(RULES).sort());
    for (const [stage, ids] of Object.entries(RULE_STAGES))
      for (const id of ids) expect(id.startsWith(`${stage.split('.')[0]}.`)).toBe(true);
    for (const summary of Object.values(RULES)) expect(summary).toMatch(/^[^\n]{5,100}$/);
  });

  it('has an example for at least three rules in four', () => {
    const covered = new Set(EXAMPLES.map((e) => e.rule));
    expect(covered.size / Object.keys(RULES).length).toBeGreaterThanOrEqual(0.75);
  });
});
