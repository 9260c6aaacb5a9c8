// Acronyms and short forms whose meaning is common knowledge, so an article need not define them.
// Keys are folded (no accents, lower case, no dots).
import type { EntityType } from '../types.js';

/** Short forms and their expansions: `EE.UU.` → Estados Unidos. */
export const KNOWN_SHORT_FORMS: Record<string, string> = {
  eeuu: 'Estados Unidos',
  eu: 'Estados Unidos',
  usa: 'Estados Unidos',
  onu: 'Organización de las Naciones Unidas',
  ue: 'Unión Europea',
  otan: 'Organización del Tratado del Atlántico Norte',
  oea: 'Organización de los Estados Americanos',
  fmi: 'Fondo Monetario Internacional',
  bm: 'Banco Mundial',
  bid: 'Banco Interamericano de Desarrollo',
  omc: 'Organización Mundial del Comercio',
  oms: 'Organización Mundial de la Salud',
  ocde: 'Organización para la Cooperación y el Desarrollo Económicos',
  opep: 'Organización de Países Exportadores de Petróleo',
  cepal: 'Comisión Económica para América Latina',
  df: 'Distrito Federal',
  cdmx: 'Ciudad de México',
  pri: 'Partido Revolucionario Institucional',
  pan: 'Partido Acción Nacional',
  prd: 'Partido de la Revolución Democrática',
  pt: 'Partido del Trabajo',
  pvem: 'Partido Verde Ecologista de México',
  mc: 'Movimiento Ciudadano',
  morena: 'Movimiento Regeneración Nacional',
  psoe: 'Partido Socialista Obrero Español',
  pp: 'Partido Popular',
  pemex: 'Petróleos Mexicanos',
  cfe: 'Comisión Federal de Electricidad',
  sep: 'Secretaría de Educación Pública',
  shcp: 'Secretaría de Hacienda y Crédito Público',
  sre: 'Secretaría de Relaciones Exteriores',
  sedena: 'Secretaría de la Defensa Nacional',
  imss: 'Instituto Mexicano del Seguro Social',
  unam: 'Universidad Nacional Autónoma de México',
  ine: 'Instituto Nacional Electoral',
  ife: 'Instituto Federal Electoral',
  inegi: 'Instituto Nacional de Estadística y Geografía',
  pgr: 'Procuraduría General de la República',
  cndh: 'Comisión Nacional de los Derechos Humanos',
  banxico: 'Banco de México',
  uk: 'Reino Unido',
  rdc: 'República Democrática del Congo',
  farc: 'Fuerzas Armadas Revolucionarias de Colombia',
};

// Other expansions the press uses for the same acronym (Spanish translations vary).
const MORE_EXPANSIONS: Record<string, string[]> = {
  nsa: ['Agencia Nacional de Seguridad', 'Agencia de Seguridad Nacional'],
  cia: ['Agencia Central de Inteligencia'],
  fbi: [
    'Buró Federal de Investigaciones',
    'Oficina Federal de Investigación',
    'Oficina Federal de Investigaciones',
  ],
  dea: ['Administración para el Control de Drogas', 'Agencia Antidrogas'],
  onu: ['Naciones Unidas'],
  otan: ['Alianza Atlántica'],
  eeuu: ['Estados Unidos de América'],
  eu: ['Estados Unidos de América', 'Unión Europea'],
  ue: ['Unión Europea'],
  morena: ['Movimiento de Regeneración Nacional'],
  sep: ['Secretaría de Educación'],
  pgr: ['Procuraduría General'],
  // A club's nickname goes by its city's name, which the club bears (`el Barcelona`).
  barca: ['FC Barcelona', 'Barcelona'],
};

/** Every expansion known for a folded acronym (`onu` → Organización de las Naciones Unidas, Naciones Unidas). */
export function expansionsOf(key: string): string[] {
  const main = KNOWN_SHORT_FORMS[key];
  return [...(main ? [main] : []), ...(MORE_EXPANSIONS[key] ?? [])];
}

// Types of acronyms that need no definition. Unlisted acronyms keep the tagger's type.
const ORGANIZATIONS = `onu otan ue oea fmi bm bid omc oms ocde opep cepal pri pan prd pt pvem mc psoe pp
  pemex cfe sep shcp sre sedena semar imss issste unam ipn ine ife inegi pgr cndh sat ssp conagua
  conaculta conapred conacyt profeco banxico cnte snte ctm nsa cia fbi dea ice fed gchq mi5 mi6 kgb fsb
  bce bei afp efe ap dpa ansa bbc cnn abc nbc cbs pbs rtve tve ap ahn ue unesco unicef acnur pnud fao
  oit oiea aiea opaq cicr cidh farc eln eta ira hamas fifa uefa coi nba nfl mlb uaz uam itam
  dif sedesol sagarpa semarnat sct sectur sener sfp sedatu segob ssa conade fonatur infonavit fovissste
  inah inba coneval cofepris asf tepjf scjn inai ifai capufe pdvsa ypf`;
const LOCATIONS = 'eeuu eu usa uk df cdmx rdc rau';

/**
 * Acronyms that name no person, organisation or place: taxes, economic measures, diseases,
 * technologies, substances and drugs (`THC`, `MDMA`), generic nouns (`IVA`, `PIB`, `SMS`, `ONG`).
 * Tagged MISC.
 */
const NOT_ENTITIES = `iva isr ieps ietu isan pib ied inpc tiie cetes pyme pymes mipymes ong ongs tlc
  tlcan nafta tpp ttip sms mms gps usb pc tv dvd cd hd adn arn vih sida ets covid sars ceo cfo ok km kg
  mdd mdp mdp lgbt lgbti lgbttti ufc mma ppm co2 pet tac tic tics rfc curp thc cbd lsd mdma ddt pcb vph`;

const TYPES = new Map<string, EntityType>();
for (const k of ORGANIZATIONS.split(/\s+/)) if (k) TYPES.set(k, 'ORGANIZATION');
for (const k of LOCATIONS.split(/\s+/)) if (k) TYPES.set(k, 'LOCATION');
for (const k of NOT_ENTITIES.split(/\s+/)) if (k) TYPES.set(k, 'MISC');

const key = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.\s]/g, '');

/** The type of a well-known acronym (`ONU` → ORGANIZATION, `IVA` → MISC), or undefined. */
export function acronymType(text: string): EntityType | undefined {
  return TYPES.get(key(text));
}

/**
 * Abbreviations of Mexican states written after a dateline place (`Tlalnepantla, Méx.`,
 * `Acapulco, Gro.`), and the state each names.
 */
export const STATE_ABBREVIATIONS: Record<string, string> = {
  ags: 'Aguascalientes',
  bc: 'Baja California',
  bcs: 'Baja California Sur',
  camp: 'Campeche',
  coah: 'Coahuila',
  col: 'Colima',
  chis: 'Chiapas',
  chih: 'Chihuahua',
  df: 'Distrito Federal',
  dgo: 'Durango',
  gto: 'Guanajuato',
  gro: 'Guerrero',
  hgo: 'Hidalgo',
  jal: 'Jalisco',
  mex: 'Estado de México',
  edomex: 'Estado de México',
  mich: 'Michoacán',
  mor: 'Morelos',
  nay: 'Nayarit',
  nl: 'Nuevo León',
  oax: 'Oaxaca',
  pue: 'Puebla',
  qro: 'Querétaro',
  qroo: 'Quintana Roo',
  slp: 'San Luis Potosí',
  sin: 'Sinaloa',
  son: 'Sonora',
  tab: 'Tabasco',
  tamps: 'Tamaulipas',
  tlax: 'Tlaxcala',
  ver: 'Veracruz',
  yuc: 'Yucatán',
  zac: 'Zacatecas',
};

/** The state a dateline abbreviation names (`Méx.` → Estado de México), or undefined. */
export function stateOfAbbreviation(text: string): string | undefined {
  return STATE_ABBREVIATIONS[key(text)];
}
