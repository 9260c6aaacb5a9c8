import { describe, expect, it } from 'vitest';
import { analyze } from '../article/document.js';
import { parseDateline } from '../article/dateline.js';
import { buildBody } from '../article/paragraphs.js';
import type { Figure } from '../types.js';
import { extractFigures } from './index.js';

// Every sentence here was written for these tests. The article date is Wednesday 2025-11-12.
function figuresOf(text: string, date = '2025-11-12'): Figure[] {
  const { body, paragraphs } = buildBody(text);
  const first = paragraphs[0];
  const dateline = first ? parseDateline(body.slice(first.start, first.end), first.start) : undefined;
  return extractFigures(analyze(date, 'Nota de prueba', body, paragraphs, dateline));
}

/** A figure as the table writes it: text, kind, value, then unit and qualifier where they matter. */
type Row = [text: string, kind: Figure['kind'], value: number, unit?: string, qualifier?: string];

const short = (f: Figure): Row => {
  const row: Row = [f.text, f.kind, f.value];
  if (f.unit !== undefined || f.qualifier !== undefined) row.push(f.unit);
  if (f.qualifier !== undefined) row.push(f.qualifier);
  return row;
};

const cases: Record<string, [sentence: string, figures: Row[]][]> = {
  'digits in both styles': [
    ['El puerto movió 30.000 contenedores.', [['30.000 contenedores', 'COUNT', 30000, 'contenedores']]],
    ['El puerto movió 30,000 contenedores.', [['30,000 contenedores', 'COUNT', 30000, 'contenedores']]],
    ['La tasa quedó en 4,5 por ciento.', [['4,5 por ciento', 'PERCENT', 4.5, 'PERCENT']]],
    ['La tasa quedó en 4.5 por ciento.', [['4.5 por ciento', 'PERCENT', 4.5, 'PERCENT']]],
    ['El desempleo llegó a 10.3 por ciento.', [['10.3 por ciento', 'PERCENT', 10.3, 'PERCENT']]],
    ['La deuda era de 1.234.567,89 euros.', [['1.234.567,89 euros', 'MONEY', 1234567.89, 'EUR']]],
  ],
  'scale words and mixed forms': [
    ['Llegó otro millón y medio de turistas.', [['millón y medio de turistas', 'COUNT', 1.5e6, 'turistas']]],
    ['Compró medio kilo de tortillas.', [['medio kilo', 'QUANTITY', 0.5, 'kg']]],
    ['Esperó media hora en la fila.', [['media hora', 'DURATION', 0.5, 'hour']]],
    ['Comieron a medio día en la plaza.', []],
    ['Vinieron mil voluntarios.', [['mil voluntarios', 'COUNT', 1000, 'voluntarios']]],
    ['Se perdió un millón de euros.', [['un millón de euros', 'MONEY', 1e6, 'EUR']]],
    ['La obra costó 3 millones de euros.', [['3 millones de euros', 'MONEY', 3e6, 'EUR']]],
    ['El fondo reúne 7 mil millones de dólares.', [['7 mil millones de dólares', 'MONEY', 7e9, 'USD']]],
    ['La deuda pública roza un billón de euros.', [['un billón de euros', 'MONEY', 1e12, 'EUR']]],
    [
      'Exportó 2 mil 216.6 millones de dólares.',
      [['2 mil 216.6 millones de dólares', 'MONEY', 2216.6e6, 'USD']],
    ],
    [
      'Las reservas sumaron 14 mil 900 millones de dólares.',
      [['14 mil 900 millones de dólares', 'MONEY', 14.9e9, 'USD']],
    ],
    ['Acudieron un millón y medio de fieles.', [['un millón y medio de fieles', 'COUNT', 1.5e6, 'fieles']]],
    ['El candidato obtuvo 56 mil 667 votos.', [['56 mil 667 votos', 'COUNT', 56667, 'votos']]],
    [
      'Quedaron más de mil 800 expedientes.',
      [['más de mil 800 expedientes', 'COUNT', 1800, 'expedientes', 'más de']],
    ],
    ['Se vendieron medio millón de boletos.', [['medio millón de boletos', 'COUNT', 500000, 'boletos']]],
    ['El banco prestó 300 mdd a la empresa.', [['300 mdd', 'MONEY', 3e8, 'USD']]],
    ['Un millar de vecinos firmó la carta.', [['Un millar de vecinos', 'COUNT', 1000, 'vecinos']]],
    ['Llegaron dos centenas de turistas.', [['dos centenas de turistas', 'COUNT', 200, 'turistas']]],
    [
      'Casi una decena de patrullas acudió.',
      [['Casi una decena de patrullas', 'COUNT', 10, 'patrullas', 'Casi']],
    ],
  ],
  'number words and fractions': [
    ['Llegaron tres barcos.', [['tres barcos', 'COUNT', 3, 'barcos']]],
    ['El juez ha puesto seis multas.', [['seis multas', 'COUNT', 6, 'multas']]],
    ['Firmaron veinticinco alcaldes.', [['veinticinco alcaldes', 'COUNT', 25, 'alcaldes']]],
    [
      'Había cien invitados y treinta y cinco periodistas.',
      [
        ['cien invitados', 'COUNT', 100, 'invitados'],
        ['treinta y cinco periodistas', 'COUNT', 35, 'periodistas'],
      ],
    ],
    ['Se plantaron doscientos mil árboles.', [['doscientos mil árboles', 'COUNT', 200000, 'árboles']]],
    ['Cerraron media docena de fábricas.', [['media docena de fábricas', 'COUNT', 6, 'fábricas']]],
    ['La mitad de los socios votó.', [['La mitad', 'NUMBER', 0.5, 'fraction']]],
    ['Lo aprobaron dos tercios del pleno.', [['dos tercios', 'NUMBER', 2 / 3, 'fraction']]],
    ['Es una tercera parte del total.', [['una tercera parte', 'NUMBER', 1 / 3, 'fraction']]],
    [
      'Votaron 40 a favor y siete en contra.',
      [
        ['40', 'NUMBER', 40],
        ['siete', 'NUMBER', 7],
      ],
    ],
  ],
  'ranges share the second number’s scale and unit': [
    [
      'Perdieron entre 20 mil y 35 mil millones de dólares.',
      [
        ['20 mil', 'MONEY', 20e9, 'USD'],
        ['35 mil millones de dólares', 'MONEY', 35e9, 'USD'],
      ],
    ],
    [
      'Recibió 200 millones de euros en 2019 y 150 millones de euros en 2021.',
      [
        ['200 millones de euros', 'MONEY', 2e8, 'EUR'],
        ['2019', 'YEAR', 2019],
        ['150 millones de euros', 'MONEY', 1.5e8, 'EUR'],
        ['2021', 'YEAR', 2021],
      ],
    ],
    [
      'Se oyeron dos, tres o cuatro explosiones.',
      [
        ['dos', 'COUNT', 2, 'explosiones'],
        ['tres', 'COUNT', 3, 'explosiones'],
        ['cuatro explosiones', 'COUNT', 4, 'explosiones'],
      ],
    ],
    [
      'Contó seis, siete, ocho campanadas.',
      [
        ['seis', 'COUNT', 6, 'campanadas'],
        ['siete', 'COUNT', 7, 'campanadas'],
        ['ocho campanadas', 'COUNT', 8, 'campanadas'],
      ],
    ],
    [
      'En 2015, 40 familias se mudaron.',
      [
        ['2015', 'YEAR', 2015],
        ['40 familias', 'COUNT', 40, 'familias'],
      ],
    ],
    [
      'Los niños de 9 y 10 años juegan aparte.',
      [
        ['9', 'AGE', 9, 'year'],
        ['10 años', 'AGE', 10, 'year'],
      ],
    ],
    [
      'Llegarán entre 8 y 10 millones de turistas.',
      [
        ['8', 'COUNT', 8e6, 'turistas'],
        ['10 millones de turistas', 'COUNT', 1e7, 'turistas'],
      ],
    ],
    [
      'Invertirán de 5 a 6 mil millones de dólares.',
      [
        ['5', 'MONEY', 5e9, 'USD'],
        ['6 mil millones de dólares', 'MONEY', 6e9, 'USD'],
      ],
    ],
    [
      'El impuesto pasará de 11 a 16 por ciento.',
      [
        ['11', 'PERCENT', 11, 'PERCENT'],
        ['16 por ciento', 'PERCENT', 16, 'PERCENT'],
      ],
    ],
    [
      'Crecería entre 25 y 30 por ciento.',
      [
        ['25', 'PERCENT', 25, 'PERCENT'],
        ['30 por ciento', 'PERCENT', 30, 'PERCENT'],
      ],
    ],
    [
      'Almacenarán entre 10 mil y 12 mil millones de litros de agua.',
      [
        ['10 mil', 'QUANTITY', 1e10, 'l'],
        ['12 mil millones de litros', 'QUANTITY', 1.2e10, 'l'],
      ],
    ],
    [
      'El pronóstico cayó de 2.5 a 1.5 por ciento.',
      [
        ['2.5', 'PERCENT', 2.5, 'PERCENT'],
        ['1.5 por ciento', 'PERCENT', 1.5, 'PERCENT'],
      ],
    ],
    [
      'Asistirán de 500 a 2 mil personas.',
      [
        ['500', 'COUNT', 500, 'personas'],
        ['2 mil personas', 'COUNT', 2000, 'personas'],
      ],
    ],
    [
      'Lo rechazan 80 a 90 por ciento de los socios.',
      [
        ['80', 'PERCENT', 80, 'PERCENT'],
        ['90 por ciento', 'PERCENT', 90, 'PERCENT'],
      ],
    ],
    [
      'Llegaron entre uno y dos millones de fieles.',
      [
        ['uno', 'COUNT', 1e6, 'fieles'],
        ['dos millones de fieles', 'COUNT', 2e6, 'fieles'],
      ],
    ],
    [
      'Esperó dos o tres días.',
      [
        ['dos', 'DURATION', 2, 'day'],
        ['tres días', 'DURATION', 3, 'day'],
      ],
    ],
  ],
  'a bare number compared with a rate takes its unit': [
    [
      'Monterrey, NL. Ofrecían el kilo a 9 pesos, a 11 pesos, a 12.',
      [
        ['9 pesos', 'MONEY', 9, 'MXN'],
        ['11 pesos', 'MONEY', 11, 'MXN'],
        ['12', 'MONEY', 12, 'MXN'],
      ],
    ],
    [
      'Monterrey, NL. Los vendedores pedían que a 20 pesos, que a 18, y nadie compraba.',
      [
        ['20 pesos', 'MONEY', 20, 'MXN'],
        ['18', 'MONEY', 18, 'MXN'],
      ],
    ],
    [
      'Monterrey, NL. Vendían la caja a 7, a 9 pesos.',
      [
        ['7', 'MONEY', 7, 'MXN'],
        ['9 pesos', 'MONEY', 9, 'MXN'],
      ],
    ],
    [
      'El primero sumaría 31.2 por ciento. El tercero quedaría con 12.6.',
      [
        ['31.2 por ciento', 'PERCENT', 31.2, 'PERCENT'],
        ['12.6', 'PERCENT', 12.6, 'PERCENT'],
      ],
    ],
    [
      'El primero sumaría 31.2 por ciento. El tercero quedaría con 12 asientos.',
      [
        ['31.2 por ciento', 'PERCENT', 31.2, 'PERCENT'],
        ['12 asientos', 'COUNT', 12, 'asientos'],
      ],
    ],
    [
      'La aprobación bajó a 41 por ciento desde 47 en marzo.',
      [
        ['41 por ciento', 'PERCENT', 41, 'PERCENT'],
        ['47', 'PERCENT', 47, 'PERCENT'],
      ],
    ],
    [
      'El consumo creció 2.3% contra 1.9 del año previo.',
      [
        ['2.3%', 'PERCENT', 2.3, 'PERCENT'],
        ['1.9', 'PERCENT', 1.9, 'PERCENT'],
      ],
    ],
    [
      'La industria subió 1.2 por ciento y la minería cayó a un ritmo de 0.8.',
      [
        ['1.2 por ciento', 'PERCENT', 1.2, 'PERCENT'],
        ['0.8', 'PERCENT', 0.8, 'PERCENT'],
      ],
    ],
    [
      'El rival obtuvo 40 por ciento y pasó de 30 a 35 tras el debate.',
      [
        ['40 por ciento', 'PERCENT', 40, 'PERCENT'],
        ['30', 'PERCENT', 30, 'PERCENT'],
        ['35', 'PERCENT', 35, 'PERCENT'],
      ],
    ],
    [
      'El norte cayó (-3.2%) y el sur (-1.5).',
      [
        ['-3.2%', 'PERCENT', -3.2, 'PERCENT'],
        ['-1.5', 'PERCENT', -1.5, 'PERCENT'],
      ],
    ],
    [
      'El 60 por ciento votó y 25 de los 40 distritos cerraron.',
      [
        ['60 por ciento', 'PERCENT', 60, 'PERCENT'],
        ['25', 'NUMBER', 25],
        ['40 distritos', 'COUNT', 40, 'distritos'],
      ],
    ],
    [
      'La tasa bajó a 4 por ciento desde 2012.',
      [
        ['4 por ciento', 'PERCENT', 4, 'PERCENT'],
        ['2012', 'YEAR', 2012],
      ],
    ],
  ],
  'signs and dashes': [
    ['La producción cayó -23.4% en la región.', [['-23.4%', 'PERCENT', -23.4, 'PERCENT']]],
    ['En la sierra (-4.1) y en la costa bajó.', [['-4.1', 'NUMBER', -4.1]]],
    [
      'Marcharon 50 mil personas -según la policía- por el centro.',
      [['50 mil personas', 'COUNT', 50000, 'personas']],
    ],
  ],
  'money and currencies': [
    [
      'Lima. El ministerio aportará 45 millones (de soles, unos 14 millones de dólares).',
      [
        ['45 millones', 'MONEY', 45e6, 'PEN'],
        ['unos 14 millones de dólares', 'MONEY', 14e6, 'USD', 'unos'],
      ],
    ],
    [
      'Monterrey, NL. La deuda pasó de 4 mil millones de pesos y llegaría a 6 mil.',
      [
        ['4 mil millones de pesos', 'MONEY', 4e9, 'MXN'],
        ['6 mil', 'MONEY', 6e9, 'MXN'],
      ],
    ],
    ['Pagó 40 dólares canadienses.', [['40 dólares canadienses', 'MONEY', 40, 'CAD']]],
    ['El crédito es de 900 millones de rublos.', [['900 millones de rublos', 'MONEY', 9e8, 'RUB']]],
    ['Invirtió 12 mil millones de yuanes.', [['12 mil millones de yuanes', 'MONEY', 1.2e10, 'CNY']]],
    ['El pasaje cuesta 3.50 soles.', [['3.50 soles', 'MONEY', 3.5, 'PEN']]],
    ['La multa fue de 200 libras esterlinas.', [['200 libras esterlinas', 'MONEY', 200, 'GBP']]],
    ['Vendió 70 millones de reales.', [['70 millones de reales', 'MONEY', 7e7, 'BRL']]],
    ['Ganó US$ 25 millones el año pasado.', [['US$ 25 millones', 'MONEY', 2.5e7, 'USD']]],
    ['Cobraron 500 mil pesos argentinos.', [['500 mil pesos argentinos', 'MONEY', 5e5, 'ARS']]],
    ['La entrada cuesta 30 € en taquilla.', [['30 €', 'MONEY', 30, 'EUR']]],
    [
      'Recibió 2 millones de dólares estadunidenses.',
      [['2 millones de dólares estadunidenses', 'MONEY', 2e6, 'USD']],
    ],
    ['Washington. El plan de Estados Unidos cuesta $5 millones.', [['$5 millones', 'MONEY', 5e6, 'USD']]],
  ],
  'percentages and points': [
    ['El apoyo llegó a 44%.', [['44%', 'PERCENT', 44, 'PERCENT']]],
    [
      'El alza fue de 0.6 puntos porcentuales.',
      [['0.6 puntos porcentuales', 'PERCENTAGE_POINTS', 0.6, 'percentage points']],
    ],
    ['El banco subió la tasa 25 puntos base.', [['25 puntos base', 'PERCENTAGE_POINTS', 25, 'basis points']]],
  ],
  'counts and quantities': [
    ['El choque dejó 27 lesionados.', [['27 lesionados', 'COUNT', 27, 'lesionados']]],
    ['El tramo mide 45 km.', [['45 km', 'QUANTITY', 45, 'km']]],
    ['Se decomisaron 3 toneladas de droga.', [['3 toneladas', 'QUANTITY', 3, 't']]],
    ['El campo bombea 80 mil barriles diarios.', [['80 mil barriles diarios', 'QUANTITY', 80000, 'bbl/d']]],
    ['Ardieron 1,200 hectáreas de bosque.', [['1,200 hectáreas', 'QUANTITY', 1200, 'ha']]],
    ['Cada familia recibe 20 litros de agua.', [['20 litros', 'QUANTITY', 20, 'l']]],
    ['La muralla tiene 12 metros de alto.', [['12 metros', 'QUANTITY', 12, 'm']]],
  ],
  'ages, years, durations': [
    ['La alcaldesa, Marta Gil, de 45 años, ganó.', [['45 años', 'AGE', 45, 'year']]],
    ['El piloto tenía 30 años.', [['30 años', 'AGE', 30, 'year']]],
    [
      'La empresa nació en 1995 y creció en los años 90.',
      [
        ['1995', 'YEAR', 1995],
        ['90', 'YEAR', 1990],
      ],
    ],
    ['El convenio rige en 2013.', [['2013', 'YEAR', 2013]]],
    [
      'El ciclo 2012-2013 cerró bien.',
      [
        ['2012', 'YEAR', 2012],
        ['2013', 'YEAR', 2013],
      ],
    ],
    ['Lo planeó durante una semana.', [['una semana', 'DURATION', 1, 'week']]],
    ['Estuvo preso tres años.', [['tres años', 'DURATION', 3, 'year']]],
    ['La reforma tardó año y medio en aprobarse.', [['año y medio', 'DURATION', 1.5, 'year']]],
    ['La reunión duró casi hora y media.', [['casi hora y media', 'DURATION', 1.5, 'hour']]],
    ['Vivió dos años y medio en Quito.', [['dos años y medio', 'DURATION', 2.5, 'year']]],
    // A capitalised unit inside a sentence is a name, not a duration.
    ['Presentó el programa Hora y Media en la radio.', []],
    ['La economía cayó dos trimestres seguidos.', [['dos trimestres', 'DURATION', 2, 'quarter']]],
    ['Fue condenado a 20 años de prisión.', [['20 años', 'DURATION', 20, 'year']]],
    ['La banda triunfó en los años ochenta.', [['ochenta', 'YEAR', 1980]]],
    ['Lo contó un jubilado de 70 años.', [['70 años', 'AGE', 70, 'year']]],
    ['El realizador de 84 años presentó su filme.', [['84 años', 'AGE', 84, 'year']]],
    ['Pesó un antecedente de 10 años.', [['10 años', 'DURATION', 10, 'year']]],
  ],
  'qualifiers make a figure approximate': [
    ['Hubo casi 30 heridos.', [['casi 30 heridos', 'COUNT', 30, 'heridos', 'casi']]],
    ['Hubo unos 30 heridos.', [['unos 30 heridos', 'COUNT', 30, 'heridos', 'unos']]],
    ['Hubo alrededor de 30 heridos.', [['alrededor de 30 heridos', 'COUNT', 30, 'heridos', 'alrededor de']]],
    ['Hubo cerca de 30 heridos.', [['cerca de 30 heridos', 'COUNT', 30, 'heridos', 'cerca de']]],
    ['Hubo más de 30 heridos.', [['más de 30 heridos', 'COUNT', 30, 'heridos', 'más de']]],
    ['Hubo menos de 30 heridos.', [['menos de 30 heridos', 'COUNT', 30, 'heridos', 'menos de']]],
    ['Hubo al menos 30 heridos.', [['al menos 30 heridos', 'COUNT', 30, 'heridos', 'al menos']]],
    ['Caben hasta 30 heridos.', [['hasta 30 heridos', 'COUNT', 30, 'heridos', 'hasta']]],
    [
      'Hubo aproximadamente 30 heridos.',
      [['aproximadamente 30 heridos', 'COUNT', 30, 'heridos', 'aproximadamente']],
    ],
    ['Hubo poco más de 30 heridos.', [['poco más de 30 heridos', 'COUNT', 30, 'heridos', 'poco más de']]],
    [
      'Se extraen alrededor de los 2 millones de barriles diarios.',
      [['alrededor de los 2 millones de barriles diarios', 'QUANTITY', 2e6, 'bbl/d', 'alrededor de los']],
    ],
    ['El plan rige hasta 2030.', [['2030', 'YEAR', 2030]]],
    ['El plan rige hasta el 2030.', [['2030', 'YEAR', 2030]]],
    ['Más del 60 por ciento votó.', [['Más del 60 por ciento', 'PERCENT', 60, 'PERCENT', 'Más del']]],
    ['Lo apoya casi el 50 por ciento.', [['casi el 50 por ciento', 'PERCENT', 50, 'PERCENT', 'casi el']]],
    ['Se abstuvo hasta un 30%.', [['hasta un 30%', 'PERCENT', 30, 'PERCENT', 'hasta un']]],
    [
      'La meta es superior al 27 por ciento.',
      [['superior al 27 por ciento', 'PERCENT', 27, 'PERCENT', 'superior al']],
    ],
    ['El IVA más el 3 por ciento de recargo.', [['3 por ciento', 'PERCENT', 3, 'PERCENT']]],
  ],
  'spans of hours that are not opening hours stay durations': [
    [
      'El viaje dura de 3 a 4 horas.',
      [
        ['3', 'DURATION', 3, 'hour'],
        ['4 horas', 'DURATION', 4, 'hour'],
      ],
    ],
    [
      'Esperaron de 10 a 12 horas de pie.',
      [
        ['10', 'DURATION', 10, 'hour'],
        ['12 horas', 'DURATION', 12, 'hour'],
      ],
    ],
  ],
  'dates resolve against the article’s day': [
    ['La cumbre fue el 12 de noviembre.', [['12 de noviembre', 'DATE', 20251112]]],
    [
      'Lo anunció ayer y lo firmó hoy.',
      [
        ['ayer', 'DATE', 20251111],
        ['hoy', 'DATE', 20251112],
      ],
    ],
    ['Se reunieron este miércoles.', [['este miércoles', 'DATE', 20251112]]],
    ['Lo dijo el pasado lunes.', [['el pasado lunes', 'DATE', 20251110]]],
    ['Viajará el próximo viernes.', [['el próximo viernes', 'DATE', 20251114]]],
  ],
  'a bare weekday lies on the side of the article’s day its verb’s tense points to': [
    ['El equipo juega el jueves.', [['el jueves', 'DATE', 20251113]]],
    ['El alcalde murió el viernes en su casa.', [['el viernes', 'DATE', 20251107]]],
    ['Los vecinos ocupaban la plaza desde el viernes.', [['el viernes', 'DATE', 20251107]]],
    ['La selección jugará el lunes ante Chile.', [['el lunes', 'DATE', 20251117]]],
    ['El equipo va a entrenar el domingo.', [['el domingo', 'DATE', 20251116]]],
    ['La banda debe tocar el lunes en el festival.', [['el lunes', 'DATE', 20251117]]],
    ['Los contratos firmados el jueves serán publicados.', [['el jueves', 'DATE', 20251106]]],
    ['El caso será revisado el viernes por la corte.', [['el viernes', 'DATE', 20251114]]],
    ['Lo presentará este miércoles.', [['este miércoles', 'DATE', 20251112]]],
    ['Volverá a reunirse el miércoles.', [['el miércoles', 'DATE', 20251119]]],
    ['Dijeron que buscan un acuerdo para el lunes.', [['el lunes', 'DATE', 20251117]]],
    ['Informaron que el tren sale el viernes.', [['el viernes', 'DATE', 20251114]]],
    [
      'Las audiencias serán del 3 al 5 de diciembre.',
      [
        ['3', 'DATE', 20251203],
        ['5 de diciembre', 'DATE', 20251205],
      ],
    ],
    ['Nació el 4 de abril de 1957.', [['4 de abril de 1957', 'DATE', 19570404]]],
    ['El dos de octubre del año 2010 se fundó.', [['dos de octubre del año 2010', 'DATE', 20101002]]],
  ],
  'not figures': [
    ['La marcha salió de la calle 5 de Mayo.', []],
    ['Vive en la avenida 16 de Septiembre.', []],
    ['El delantero remató al poste (64) sin suerte.', []],
    ['Tocaron en Lima, y ayer 14 en Quito.', [['ayer', 'DATE', 20251111]]],
    ['La sesión empezó a las 18:00 horas.', []],
    ['Abrirán a las 10 de la mañana.', []],
    ['La biblioteca abre de 15 a 19 horas.', []],
    ['Atenderán de 9:30 a 14 horas y mañana 10 horas a 13 horas.', [['mañana', 'DATE', 20251113]]],
    ['Quedó en primer lugar y ganó el 1o de los premios.', []],
    ['La 61 Legislatura lo aprobó.', []],
    ['Se reunió el Grupo de los 20 en el G20 de este año.', []],
    ['Un Boeing 747 imitó al Apolo 11.', []],
    ['Lo prohíbe el artículo 27 de la Constitución.', []],
    ['Reformaron los artículos 22, 73 y 79.', []],
    ['Cambian los artículos 3 y 27 constitucionales.', []],
    ['Informes al teléfono (55) 5555-1234.', []],
    ['Vio «Los 300 espartanos» en el cine.', []],
    ['Hubo decenas de heridos y centenares de detenidos.', []],
    ['El local ganó 2 a 1 en casa.', []],
    ['Vencieron por tres a uno.', []],
  ],
};

describe('extractFigures', () => {
  for (const [form, rows] of Object.entries(cases)) {
    describe(form, () => {
      it.each(rows)('%s', (sentence, expected) => {
        const found = figuresOf(sentence).map(short);
        expect(found).toHaveLength(expected.length);
        found.forEach((row, n) => {
          const want = expected[n] as Row;
          expect(row[0]).toBe(want[0]);
          expect(row[1]).toBe(want[1]);
          expect(row[2]).toBeCloseTo(want[2], 6);
          if (want.length > 3) expect(row[3]).toBe(want[3]);
          if (want.length > 4) expect(row[4]).toBe(want[4]);
        });
      });
    });
  }

  it('gives the bolívar the code it had on the article’s day', () => {
    const sentence = 'Caracas. El fondo reúne 100 millones de bolívares.';
    expect(figuresOf(sentence, '2013-05-01').map((f) => f.unit)).toEqual(['VEF']);
    expect(figuresOf(sentence, '2025-11-12').map((f) => f.unit)).toEqual(['VES']);
  });

  it('reads pesos as the pesos of the country the story is about', () => {
    const mexican = figuresOf('Monterrey, NL. El boleto subió a 12 pesos y el predial a $1,500.');
    expect(mexican.map((f) => [f.value, f.unit])).toEqual([
      [12, 'MXN'],
      [1500, 'MXN'],
    ]);
    const argentine = figuresOf('Buenos Aires. En Argentina el boleto cuesta 40 pesos y el diario 300 mdp.');
    expect(argentine.map((f) => [f.value, f.unit])).toEqual([
      [40, 'ARS'],
      [3e8, 'ARS'],
    ]);
  });

  it('lends a bare amount the currency of the money before it in the sentence', () => {
    const found = figuresOf('Pidió 170 mil millones de pesos para el norte y 143 mil millones para el sur.');
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [170e9, 'MXN'],
      [143e9, 'MXN'],
    ]);
  });

  it('names the subject a figure measures when the sentence joins them', () => {
    const [trade] = figuresOf('Ambos países tienen un volumen de ventas de casi 30.000 millones de dólares.');
    expect(trade).toMatchObject({
      value: 3e10,
      unit: 'USD',
      approximate: true,
      qualifier: 'casi',
      subject: 'volumen de ventas',
    });
    const [rise] = figuresOf('Este aumento fue de 18 por ciento.');
    expect(rise?.subject).toBe('aumento');
    const [sentence] = figuresOf('Fue condenado el viernes a 11 años de prisión.');
    expect(sentence?.subject).toBeUndefined();
  });

  it('gives DATE figures the ISO day as `date` and yyyymmdd as `value`', () => {
    const [date] = figuresOf('Lo firmaron el 12 de noviembre de 2013.');
    expect(date).toMatchObject({ kind: 'DATE', value: 20131112, date: '2013-11-12' });
  });

  it('gives spans that slice the body, in reading order, never overlapping', () => {
    const text =
      'Moscú, 12 nov (EFE).- Rusia invirtió casi 30.000 millones de dólares desde 1995, dijo ayer.';
    const { body } = buildBody(text);
    const found = figuresOf(text);
    expect(found.map((f) => f.kind)).toEqual(['DATE', 'MONEY', 'YEAR', 'DATE']);
    let last = 0;
    for (const f of found) {
      expect(body.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(last);
      last = f.end;
    }
  });
});
