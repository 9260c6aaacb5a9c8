import { describe, expect, it } from 'vitest';
import { clusterType, contextType, isAcronym, lexicalType } from './typing.js';

describe('the type a lexicon gives a name', () => {
  it('knows countries, regions and cities', () => {
    expect(lexicalType('Kazajistán', false)).toBe('LOCATION');
    expect(lexicalType('Asia Central', false)).toBe('LOCATION');
    expect(lexicalType('Nueva York', false)).toBe('LOCATION');
  });

  it('knows island groups, a city centre and Palma', () => {
    expect(lexicalType('Islas Caimán', false)).toBe('LOCATION');
    expect(lexicalType('Centro Histórico', false)).toBe('LOCATION');
    expect(lexicalType('Palma', false)).toBe('LOCATION');
    expect(lexicalType('Palma', true)).toBeUndefined();
  });

  it('leaves a place that is also a given name to the tagger when it says person', () => {
    expect(lexicalType('Hidalgo', true)).toBeUndefined();
    expect(lexicalType('Hidalgo', false)).toBe('LOCATION');
  });

  it('knows acronyms of bodies and of things that are no entity', () => {
    expect(lexicalType('ONU', false)).toBe('ORGANIZATION');
    expect(lexicalType('EE.UU.', false)).toBe('LOCATION');
    expect(lexicalType('IVA', false)).toBe('MISC');
    expect(lexicalType('PIB', true)).toBe('MISC');
    // Substances and drugs are things, not bodies.
    expect(lexicalType('THC', false)).toBe('MISC');
    expect(lexicalType('MDMA', false)).toBe('MISC');
  });

  it('reads an event after its edition, and economic indicators and models as things', () => {
    expect(lexicalType('XII Feria Regional del Maíz', false)).toBe('MISC');
    expect(lexicalType('Tercer Foro de Jóvenes Rurales', false)).toBe('MISC');
    expect(lexicalType('Indicador de Confianza del Consumidor', false)).toBe('MISC');
    expect(lexicalType('Modelo de Atención Integral', false)).toBe('MISC');
  });

  it('reads the head of a name', () => {
    expect(lexicalType('Partido Verde del Sur', false)).toBe('ORGANIZATION');
    expect(lexicalType('Secretaría de Pesca', true)).toBe('ORGANIZATION');
    expect(lexicalType('Tratado de Libre Comercio', false)).toBe('MISC');
    expect(lexicalType('Infanta Leonor', false)).toBe('PERSON');
  });

  it('takes a name opened by a common given name for a person', () => {
    expect(lexicalType('Angela Vorster', false)).toBe('PERSON');
    expect(lexicalType('Carlos Slim Domit', false)).toBe('PERSON');
    expect(lexicalType('Tomás Elizalde', false)).toBe('PERSON');
    expect(lexicalType('Carolina del Sur', true)).toBe('LOCATION');
  });

  it('takes compound given names with two capitals for a person', () => {
    expect(lexicalType('Frank-Walter Obermann', false)).toBe('PERSON');
  });

  it('knows newspapers and foreign media by their article', () => {
    expect(lexicalType('The Daily Courier', false)).toBe('ORGANIZATION');
    expect(lexicalType('La Jornada', false)).toBe('ORGANIZATION');
    // A well-known acronym printed as a word is no surname.
    expect(lexicalType('Infonavit', true)).toBe('ORGANIZATION');
    expect(lexicalType('NDTV', false)).toBe('ORGANIZATION');
    expect(lexicalType('iglesia de San Telmo', false)).toBe('LOCATION');
    expect(lexicalType('Iglesia Anglicana', false)).toBe('ORGANIZATION');
    expect(lexicalType('Canal de Panamá', false)).toBe('LOCATION');
    expect(lexicalType('Canal de las Estrellas', false)).toBe('ORGANIZATION');
    expect(lexicalType('Uttar Pradesh', true)).toBe('LOCATION');
    expect(lexicalType('Harbor Street Boys', true)).toBe('ORGANIZATION');
    expect(lexicalType('Sonora Desert Warriors', true)).toBe('ORGANIZATION');
    expect(lexicalType('Hollow Oak Recordings', true)).toBe('ORGANIZATION');
    // English links make a band's or a work's title, never a person's name.
    expect(lexicalType('Lions in Winter', true)).toBe('MISC');
    expect(lexicalType('Annals of the Andean Society', false)).not.toBe('MISC');
    expect(lexicalType('Jornadas de Poesía Joven', false)).toBe('MISC');
    // A university's academic unit, a public archive and a national team are bodies.
    expect(lexicalType('Unidad Académica de Geografía', false)).toBe('ORGANIZATION');
    expect(lexicalType('Archivo Histórico de Oaxaca', true)).toBe('ORGANIZATION');
    expect(lexicalType('Selección de Chile', false)).toBe('ORGANIZATION');
  });
});

describe('the type the words around a mention give it', () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return contextType(text, start, start + name.length);
  };

  it('reads places from a list after a unit of territory, to its last item', () => {
    const text =
      'Hubo brotes en los municipios de Tepetongo, Villa Rica y El Mezquite, y en ejidos como Las Flores.';
    expect(at(text, 'Tepetongo')).toBe('LOCATION');
    expect(at(text, 'Villa Rica')).toBe('LOCATION');
    expect(at(text, 'El Mezquite')).toBe('LOCATION');
    expect(at(text, 'Las Flores')).toBe('LOCATION');
    const apposition = 'Habló en el municipio de Tepetongo, Ramiro Olea, que lo dirige.';
    expect(at(apposition, 'Ramiro Olea')).toBeUndefined();
  });

  it('reads media, companies and people from the noun before the name', () => {
    expect(at('según el diario británico The Courier ayer', 'The Courier')).toBe('ORGANIZATION');
    expect(at('la petrolera rusa Volganeft subió', 'Volganeft')).toBe('ORGANIZATION');
    expect(at('el ministro ruso Ilyá Sorokin llegó', 'Ilyá Sorokin')).toBe('PERSON');
    expect(at('lo contó la revista de la farándula Glamour Today', 'Glamour Today')).toBe('ORGANIZATION');
  });

  it('reads a place from a place noun before it, an adjective between them or not', () => {
    expect(at('Cenamos en el pintoresco barrio del Almendral.', 'Almendral')).toBe('LOCATION');
    expect(at('Vive en la colonia Las Palmas desde niño.', 'Las Palmas')).toBe('LOCATION');
    expect(at('Hubo lluvias en la zona del Bajo Tambo.', 'Bajo Tambo')).toBe('LOCATION');
  });

  it('reads an apposition after the name', () => {
    expect(at('la gestión de Lunaria, la empresa de la familia', 'Lunaria')).toBe('ORGANIZATION');
    expect(at('dijo Ilyá Sorokin, portavoz del grupo', 'Ilyá Sorokin')).toBe('PERSON');
  });

  it('reads the noun after `del` and `al`, and what the body deals in', () => {
    expect(at('el líder del partido ecologista Raíz Común dijo', 'Raíz Común')).toBe('ORGANIZATION');
    expect(at('vendió al colegio Montealto su terreno', 'Montealto')).toBe('ORGANIZATION');
    expect(at('compró la fabricante sueca de barcos Nordvik', 'Nordvik')).toBe('ORGANIZATION');
    expect(at('según el dominical Sonntagsblatt', 'Sonntagsblatt')).toBe('ORGANIZATION');
  });

  it('does not read a role across a preposition: `el jefe de la ONU`', () => {
    expect(at('el jefe de la ONU habló', 'ONU')).toBeUndefined();
  });
});

describe('acronyms', () => {
  it('are capitals, with or without dots, and hyphenated forms', () => {
    expect(isAcronym('OTAN')).toBe(true);
    expect(isAcronym('EE.UU.')).toBe(true);
    expect(isAcronym('BoA-ML')).toBe(true);
    expect(isAcronym('Otan')).toBe(false);
  });
});

describe('the type of a group of mentions', () => {
  it('takes a name the article abbreviates for a body, whatever the tagger said', () => {
    const body = 'Lo informó Caminos y Puertos Unidos (Capuni) el lunes.';
    const start = body.indexOf('Caminos');
    const mention = { start, end: start + 26, text: 'Caminos y Puertos Unidos', type: 'PERSON' as const };
    expect(clusterType(mention.text, [mention], body)).toBe('PERSON');
    expect(clusterType(mention.text, [mention], body, true)).toBe('ORGANIZATION');
  });
  it('reads ordinary words named only after an office as its portfolio, not a body', () => {
    const type = (body: string, text: string) => {
      const start = body.indexOf(text);
      const mention = { start, end: start + text.length, text, type: 'ORGANIZATION' as const };
      return clusterType(text, [mention], body);
    };
    expect(
      type('Lo firmó el secretario de Obras Públicas del Estado ayer.', 'Obras Públicas del Estado'),
    ).toBe('MISC');
    expect(type('Lo firmó el director de Fonaviq ayer.', 'Fonaviq')).toBe('ORGANIZATION');
    expect(type('Lo firmó el director del Instituto del Agua ayer.', 'Instituto del Agua')).toBe(
      'ORGANIZATION',
    );
  });
});
