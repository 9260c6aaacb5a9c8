// Article files in the seeds format, written for the tests (our own sentences).

export function articleText(date: string, title: string, ...paragraphs: string[]): string {
  return [` date ${date} ${title}`, '', ...paragraphs.flatMap((p) => [p, '']), ''].join('\n');
}

export const puerto = articleText(
  '2024-04-02',
  'El puerto de Cádiz bate su récord de cruceros',
  'Cádiz, 2 abr (EFE).- El puerto de Cádiz recibió en marzo 40 cruceros, la cifra más alta de su historia.',
  'La autoridad portuaria espera superar los 400 en todo el año.',
);

export const museo = articleText(
  '2024-04-05',
  'Un museo de Oviedo abre sus puertas de noche',
  'Oviedo, 5 abr (EFE).- El museo de Bellas Artes de Oviedo abrirá los viernes hasta medianoche durante la primavera.',
);

export const museoCorregido = articleText(
  '2024-04-05',
  'Un museo de Oviedo abre sus puertas de noche los sábados',
  'Oviedo, 5 abr (EFE).- El museo de Bellas Artes de Oviedo abrirá los sábados hasta medianoche durante la primavera.',
);

export const sinCabecera = 'Este texto no tiene la línea de cabecera con la fecha.\n';
