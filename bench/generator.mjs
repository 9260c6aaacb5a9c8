// Our own article generator for benchmarks and load tests: invented names, places and templates
// (never third-party text), varied lengths, quotes in every mark style, figures in both number styles.

const PLACES = [
  'Lima',
  'Quito',
  'Bogotá',
  'Madrid',
  'Montevideo',
  'Asunción',
  'La Paz',
  'Santiago',
  'Caracas',
  'Managua',
  'Valencia',
  'Sevilla',
];
const AGENCIES = ['EFE', 'AFP', 'Reuters', 'AP', 'DPA'];
const FIRST = [
  'Elena',
  'Tomás',
  'Rocío',
  'Iván',
  'Nuria',
  'Óscar',
  'Lucía',
  'Ramiro',
  'Inés',
  'Gonzalo',
  'Marta',
  'Julián',
  'Adela',
  'Bruno',
];
const LAST = [
  'Vidal',
  'Arrieta',
  'Benavides',
  'Salcedo',
  'Pallarés',
  'Medina',
  'Quiroga',
  'Castaño',
  'Ibarra',
  'Montes',
  'Echeverri',
  'Lozada',
  'Ferrán',
];
const ORGS = [
  'Banco Central',
  'Ministerio de Economía',
  'Consejo Nacional de Energía',
  'Universidad Andina',
  'Comisión de Transporte',
  'Cámara de Comercio',
  'Instituto de Estadística',
];
const ROLES = [
  'ministra de Economía',
  'presidente del Banco Central',
  'alcaldesa',
  'portavoz del Gobierno',
  'director del Instituto de Estadística',
  'gobernador regional',
];
const TOPICS = [
  'el transporte urbano',
  'la red de hospitales',
  'las escuelas rurales',
  'el precio del pan',
  'los puertos',
  'la energía solar',
  'el empleo juvenil',
  'las exportaciones de café',
];
const CUES = [
  'dijo',
  'afirmó',
  'aseguró',
  'declaró',
  'explicó',
  'señaló',
  'insistió',
  'advirtió',
  'subrayó',
  'agregó',
];
const MARKS = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
  ["'", "'"],
];
const MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const SAYINGS = [
  'vamos a revisar cada partida con los vecinos antes de fin de año',
  'no hay desarrollo posible sin inversión en infraestructura',
  'los datos muestran una mejora sostenida en todas las regiones',
  'pedimos paciencia, porque las obras llevarán tiempo',
  'este acuerdo es una buena noticia para las familias',
];

/** A seeded pseudo-random generator (mulberry32), so every run builds the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const amountSpain = (n) => n.toLocaleString('es-ES').replace(/\u00a0/g, '.');
const amountMexico = (n) => n.toLocaleString('en-US');

/** The i-th generated article: `{ name, text }` in the seed format. */
export function generateArticle(i) {
  const rnd = random(i + 1);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const year = 2013 + Math.floor(rnd() * 12);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const place = pick(PLACES);
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const other = `${pick(FIRST)} ${pick(LAST)}`;
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const spain = rnd() < 0.5;
  const big = Math.floor(rnd() * 90_000) + 1000;
  const pct = (rnd() * 20).toFixed(1);
  const money = spain ? `${amountSpain(big)} millones de euros` : `${amountMexico(big)} millones de pesos`;
  const percent = spain ? `${pct.replace('.', ',')} %` : `${pct} por ciento`;
  const paragraphs = [
    `${place}, ${day} ${MONTHS[month - 1]} (${pick(AGENCIES)}).- La ${pick(ROLES)}, ${person}, presentó este lunes un plan sobre ${topic} con una inversión de casi ${money}, según informó el ${org}.`,
  ];
  const extra = 2 + Math.floor(rnd() * 10);
  for (let p = 0; p < extra; p++) {
    const [open, close] = pick(MARKS);
    const kind = Math.floor(rnd() * 4);
    if (kind === 0)
      paragraphs.push(
        `${open}${pick(SAYINGS)}${close}, ${pick(CUES)} ${person.split(' ')[1]} ante la prensa.`,
      );
    else if (kind === 1)
      paragraphs.push(
        `${other} ${pick(CUES)} que ${topic} creció un ${percent} en ${year - 1} y que el ${org} prevé más de ${Math.floor(rnd() * 500)} nuevos empleos.`,
      );
    else if (kind === 2)
      paragraphs.push(
        `Según ${other}, las cifras son ${open}alentadoras${close} y muestran ${Math.floor(rnd() * 40) + 2} proyectos en marcha en ${pick(PLACES)}.`,
      );
    else
      paragraphs.push(
        `El informe del ${org} estima que unas ${amountSpain(Math.floor(rnd() * 90_000) + 1000)} familias se beneficiarán entre ${year} y ${year + 3}, con un coste de ${spain ? '4,5' : '4.5'} millones de dólares por año.`,
      );
  }
  const title = `${person} presenta un plan sobre ${topic} en ${place} (${i + 1})`;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    name: `bench-${String(i).padStart(6, '0')}.txt`,
    text: ` date ${date} ${title}\n\n${paragraphs.join('\n\n')}\n`,
  };
}
