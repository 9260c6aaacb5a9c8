import type { Article } from '@teletipo/model';
import { buildArticle } from './article-builder.js';

// A small invented corpus (our own sentences and names) that every filter of the API can be checked
// against: four articles over three months, two agencies, people quoted directly and in reported
// speech, a speaker who is no entity, and figures of several kinds.

export const tranvias = buildArticle({
  date: '2024-01-15',
  title: 'Ecuador aprueba el presupuesto de los tranvías de Quito',
  place: 'Quito',
  agency: 'EFE',
  paragraphs: [
    'La ministra de Transporte, Lucía Andrade, presentó este lunes un presupuesto de 450 millones de dólares para ampliar la red de tranvías de la capital.',
    '«Los tranvías llegarán a todos los barrios antes de que acabe la década», afirmó Andrade ante el Gobierno de Ecuador.',
    'El plan prevé reducir un 12 % los viajes en coche particular.',
  ],
  entities: [
    {
      id: 'person:lucia-andrade',
      name: 'Lucía Andrade',
      aliases: ['Andrade'],
      descriptors: ['ministra de Transporte'],
      mentions: ['Lucía Andrade', 'afirmó [Andrade]'],
    },
    {
      id: 'organization:gobierno-de-ecuador',
      name: 'Gobierno de Ecuador',
      mentions: ['Gobierno de Ecuador'],
    },
    { id: 'location:quito', name: 'Quito', mentions: ['Quito'] },
  ],
  quotes: [
    {
      text: 'Los tranvías llegarán a todos los barrios antes de que acabe la década',
      speaker: 'Andrade',
      speakerId: 'person:lucia-andrade',
      cue: 'afirmó',
    },
  ],
  figures: [
    { text: '450 millones de dólares', kind: 'MONEY', value: 450_000_000, unit: 'USD' },
    { text: '12 %', kind: 'PERCENT', value: 12, unit: 'PERCENT' },
  ],
});

export const obras = buildArticle({
  date: '2024-02-03',
  title: 'La alcaldesa de Lima critica el retraso de las obras',
  place: 'Lima',
  agency: 'AFP',
  paragraphs: [
    'La alcaldesa Carmen Ibarra aseguró este sábado que unas 30 obras llevan más de un año paradas.',
    'Ibarra dijo que pedirá ayuda a la ministra ecuatoriana Lucía Andrade, que visitó la ciudad en enero.',
    'Un portavoz del consorcio afirmó que los trabajos se reanudarán en marzo.',
  ],
  entities: [
    {
      id: 'person:carmen-ibarra',
      name: 'Carmen Ibarra',
      aliases: ['Ibarra'],
      descriptors: ['alcaldesa'],
      mentions: ['Carmen Ibarra', '[Ibarra] dijo'],
    },
    {
      id: 'person:lucia-andrade',
      name: 'Lucía Andrade',
      descriptors: ['ministra ecuatoriana'],
      mentions: ['Lucía Andrade'],
    },
    { id: 'location:lima', name: 'Lima', mentions: ['Lima'] },
  ],
  quotes: [
    {
      text: 'pedirá ayuda a la ministra ecuatoriana Lucía Andrade, que visitó la ciudad en enero',
      speaker: 'Ibarra',
      speakerId: 'person:carmen-ibarra',
      direct: false,
      cue: 'dijo',
    },
    {
      text: 'los trabajos se reanudarán en marzo',
      speaker: 'Un portavoz del consorcio',
      direct: false,
      cue: 'afirmó',
    },
  ],
  figures: [{ text: 'unas 30 obras', kind: 'COUNT', value: 30, unit: 'obras', approximate: true }],
});

export const consejo = buildArticle({
  date: '2024-02-20',
  title: 'El presidente del Consejo Europeo visita Madrid',
  place: 'Madrid',
  agency: 'EFE',
  paragraphs: [
    'El presidente del Consejo Europeo llegó este martes a Madrid para hablar de la economía, que crecerá un 3,5 % este año.',
    'La visita durará dos días.',
  ],
  entities: [
    { id: 'organization:consejo-europeo', name: 'Consejo Europeo', mentions: ['Consejo Europeo'] },
    { id: 'location:madrid', name: 'Madrid', mentions: ['Madrid'] },
  ],
  figures: [
    { text: '3,5 %', kind: 'PERCENT', value: 3.5, unit: 'PERCENT' },
    { text: 'dos días', kind: 'DURATION', value: 2, unit: 'días' },
  ],
});

export const kazajistan = buildArticle({
  date: '2023-12-01',
  title: 'Kazajistán y Ecuador firman un acuerdo de energía',
  place: 'Bogotá',
  paragraphs: [
    'Los gobiernos de Kazajistán y Ecuador firmaron un acuerdo para vender energía solar durante veinte años.',
    '«Es un paso enorme para nuestras empresas», declaró Lucía Andrade en la ceremonia.',
  ],
  entities: [
    { id: 'location:kazajistan', name: 'Kazajistán', mentions: ['Kazajistán'] },
    {
      id: 'person:lucia-andrade',
      name: 'Lucía Andrade',
      aliases: ['la ministra Andrade'],
      mentions: ['Lucía Andrade'],
    },
  ],
  quotes: [
    {
      text: 'Es un paso enorme para nuestras empresas',
      speaker: 'Lucía Andrade',
      speakerId: 'person:lucia-andrade',
      cue: 'declaró',
    },
  ],
  figures: [{ text: 'veinte años', kind: 'DURATION', value: 20, unit: 'años' }],
});

/** Newest first, the API's default order. */
export const corpus: Article[] = [consejo, obras, tranvias, kazajistan];
