import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// A generator of wire articles from our own templates and invented names (never third-party text), for
// bulk-ingest tests and benchmarks. Deterministic: article i is always the same text.

const CITIES = [
  'Lima',
  'Quito',
  'Bogotá',
  'Madrid',
  'Montevideo',
  'Asunción',
  'La Paz',
  'Santiago',
  'Sevilla',
  'Cádiz',
];
const AGENCIES = ['EFE', 'EFE', 'EFE', 'AFP', 'Europa Press'];
const FIRST = [
  'Elena',
  'Tomás',
  'Rocío',
  'Iván',
  'Nuria',
  'Óscar',
  'Marta',
  'Jorge',
  'Lucía',
  'Andrés',
  'Paula',
  'Ramón',
];
const LAST = [
  'Vidal',
  'Arrieta',
  'Benavides',
  'Salcedo',
  'Pallarés',
  'Medina',
  'Quiroga',
  'Ugarte',
  'Lamas',
  'Ordaz',
  'Cabral',
  'Ferrer',
  'Ibarra',
];
const ROLES = [
  'la ministra de Obras',
  'el portavoz del Gobierno',
  'la directora del consorcio',
  'el alcalde',
  'la presidenta del Senado',
  'el gobernador regional',
];
const BODIES = [
  'el Ministerio de Transportes',
  'la Comisión Nacional de Energía',
  'el Banco Central',
  'la Universidad Nacional',
  'el Consejo de Ministros',
  'la Autoridad Portuaria',
];
const TOPICS = [
  'el transporte urbano',
  'la red de hospitales',
  'las escuelas rurales',
  'el precio del pan',
  'los puertos',
  'la vivienda social',
  'el agua potable',
  'las carreteras del norte',
];
const VERBS = ['afirmó', 'declaró', 'aseguró', 'explicó', 'señaló'];
const MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'];

export interface GeneratedArticle {
  name: string;
  text: string;
}

export function generatedArticle(i: number): GeneratedArticle {
  const pick = <T>(list: readonly T[], salt: number) =>
    list[Math.abs(i * 7919 + salt * 104729) % list.length]!;
  const year = 2020 + (i % 6);
  const month = (i % 12) + 1;
  const day = (Math.floor(i / 12) % 28) + 1;
  const city = pick(CITIES, 1);
  const agency = pick(AGENCIES, 2);
  const person = `${pick(FIRST, 3)} ${pick(LAST, 4)}`;
  const other = `${pick(FIRST, 5)} ${pick(LAST, 6)}`;
  const role = pick(ROLES, 7);
  const body = pick(BODIES, 8);
  const topic = pick(TOPICS, 9);
  const verb = pick(VERBS, 10);
  const amount = 10 + ((i * 37) % 900);
  const share = 1 + ((i * 13) % 40);
  const people = 100 + ((i * 211) % 9000);
  const surname = person.split(' ')[1]!;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const paragraphs = [
    `${city}, ${day} ${MONTHS[month - 1]} (${agency}).- ${role[0]!.toUpperCase()}${role.slice(1)}, ${person}, presentó este ${pick(WEEKDAYS, 11)} un plan sobre ${topic} que prevé una inversión de ${amount} millones de euros en los próximos ${2 + (i % 5)} años.`,
    `«Vamos a revisar cada partida con los vecinos antes de fin de año», ${verb} ${surname} durante la presentación, a la que asistieron unas ${people} personas.`,
    `Según ${body}, el gasto en ${topic} creció un ${share} % el año pasado, y ${other} dijo que la oposición pedirá explicaciones en el pleno.`,
    `El documento, el número ${i + 1} de la serie, se debatirá el próximo mes en ${city}.`,
  ];
  const title = `${person} presenta un plan sobre ${topic} en ${city} (${i + 1})`;
  return {
    name: `gen-${String(i).padStart(6, '0')}.txt`,
    text: [` date ${date} ${title}`, '', ...paragraphs.flatMap((p) => [p, '']), ''].join('\n'),
  };
}

/** Writes articles `from`..`to`-1 into `dir`, a hundred files per subfolder. */
export async function writeGeneratedArticles(dir: string, count: number, from = 0): Promise<string[]> {
  const paths: string[] = [];
  for (let i = from; i < from + count; i++) {
    const sub = join(dir, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0 || i === from) await mkdir(sub, { recursive: true });
    const { name, text } = generatedArticle(i);
    const path = join(sub, name);
    await writeFile(path, text);
    paths.push(path);
  }
  return paths;
}
