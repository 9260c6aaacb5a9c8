import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// A small generator of seed articles from our own templates and invented names, for tests that need
// many articles (never third-party text).
const PLACES = ['Lima', 'Quito', 'Bogotá', 'Madrid', 'Montevideo', 'Asunción', 'La Paz', 'Santiago'];
const PEOPLE = [
  'Elena Vidal',
  'Tomás Arrieta',
  'Rocío Benavides',
  'Iván Salcedo',
  'Nuria Pallarés',
  'Óscar Medina',
];
const TOPICS = [
  'el transporte urbano',
  'la red de hospitales',
  'las escuelas rurales',
  'el precio del pan',
  'los puertos',
];
const ROLES = ['la consejera de Obras', 'el portavoz municipal', 'la directora del consorcio', 'el alcalde'];

export function generatedArticle(i: number): { name: string; text: string } {
  const pick = <T>(list: T[], salt = 0) => list[(i * 7 + salt) % list.length]!;
  const year = 2023 + (i % 3);
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  const place = pick(PLACES);
  const person = pick(PEOPLE, 3);
  const topic = pick(TOPICS, 5);
  const role = pick(ROLES, 1);
  const amount = 10 + ((i * 37) % 900);
  const text = [
    ` date ${year}-${month}-${day} Informe número ${i + 1} sobre ${topic} en ${place}`,
    '',
    `${place}, ${Number(day)} ene (EFE).- ${role[0]!.toUpperCase()}${role.slice(1)}, ${person}, presentó este lunes un informe sobre ${topic} que prevé una inversión de ${amount} millones de euros.`,
    '',
    `«Vamos a revisar cada partida con los vecinos antes de fin de año», afirmó ${person.split(' ')[1]} durante la presentación.`,
    '',
    `El documento, el número ${i + 1} de la serie, se debatirá en el pleno del próximo mes.`,
    '',
  ].join('\n');
  return { name: `gen-${String(i).padStart(5, '0')}.txt`, text };
}

export async function writeGeneratedArticles(dir: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const { name, text } = generatedArticle(i);
    await writeFile(join(dir, name), text);
  }
}
