// Words that decide what kind of thing a name is, whatever the tagger voted. Spanish names are
// head-first: `Secretaría de Hacienda` is an organisation, `Tratado sobre el Comercio de Armas` a
// document, `Infanta Cristina` a person. Keys are folded (lower case, no accents).

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean).map(fold));

/** First words of organisation names: bodies, companies, parties, media. */
export const ORG_HEADS = words(`
  partido movimiento frente coalición alianza secretaría secretariado subsecretaría ministerio
  departamento procuraduría fiscalía comisión comité consejo instituto universidad colegio escuela
  academia facultad banco bolsa fondo agencia oficina organización organismo asociación federación
  confederación sindicato cámara congreso senado parlamento asamblea cortes corte tribunal
  juzgado suprema audiencia gobierno ayuntamiento municipio cabildo diputación policía guardia ejército
  armada fuerza fuerzas grupo empresa compañía corporación consorcio fundación sociedad
  cooperativa club equipo orquesta coordinadora coordinación dirección jefatura junta servicio
  sistema red petróleos comisaría conferencia presidencia vicepresidencia cancillería embajada
  consulado registro tesorería contraloría auditoría defensoría superintendencia autoridad iglesia
  hospital laboratorio observatorio programa diario periódico revista canal cadena radio televisión
  editorial cine cineclub cineteca museo teatro galería biblioteca bank banco university institute agency company corporation group party council committee
  association foundation unidad archivo selección`);

/** Last words of English names of bodies: `Dalian Wanda Group`, `Cartoon Network`, `Hubert Bals Fund`. */
export const ORG_TAILS = words(`group network media society initiative fund foundation institute
  company corporation holdings association council committee agency bank university college airlines
  records recordings productions films music studios pictures entertainment party band league alliance coalition union boys brothers
  warriors giants patriots raiders rangers rockets bulls celtics knicks lakers yankees dodgers cowboys
  spurs`);

/**
 * First words of names of places: facilities (`Estadio Azteca`, `Puente Baluarte`, `Aeropuerto
 * Internacional …`), streets and squares, and geographic features (`Río Bravo`, `Sierra Madre`). A
 * name so headed is a location whatever the tagger voted or whether the article abbreviates it.
 * `Canal` and `Centro` are left out: they open names of channels and bodies as often.
 */
export const LOCATION_HEADS = words(`
  estadio puente parque túnel plaza avenida calle calzada bulevar boulevard paseo periférico viaducto
  glorieta jardín alameda malecón muelle aeropuerto puerto presa carretera autopista estación
  monumento catedral basílica santuario pirámide torre penal reclusorio penitenciaría cárcel barrio
  colonia fraccionamiento distrito condado comarca ciudad zona río lago laguna cerro monte volcán
  sierra valle isla islas bahía playa golfo mar océano península desierto cordillera selva bosque
  cañón barranca arrecife gimnasio polideportivo auditorio velódromo autódromo hipódromo`);

/** Last words of English names of places: `Grafton Street`, `Central Park`, `Times Square`. */
export const LOCATION_TAILS = words(`street avenue boulevard road square park bridge stadium arena
  airport station tower hall beach island islands river lake bay valley mountain mountains canyon
  pradesh`);

/**
 * Lower-case nouns of facilities, streets and features after which a name is the place itself,
 * even a person's name (`el estadio Santiago Bernabéu`, `la avenida López Mateos`).
 */
export const FACILITY_NOUNS = words(`estadio puente parque túnel plaza avenida calle calzada bulevar
  paseo glorieta jardín alameda malecón muelle aeropuerto presa carretera autopista barrio colonia
  fraccionamiento río lago laguna cerro volcán playa bahía gimnasio polideportivo auditorio`);

/**
 * Lower-case nouns after which a capitalised name is a place: the facilities above and units of
 * territory (`el municipio de Tlaltenango`, `la región de Loreto`). A person may follow these
 * (`el gobernador del estado Ana Ruiz`), so they only weigh like the other words around a name.
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  ...FACILITY_NOUNS,
  ...words(`puerto estación municipio estado provincia región distrito localidad poblado ranchería
    ejido paraje ciudad villa aldea isla sierra valle barrio colonia comarca zona`),
]);

/** First words of names that are not people, organisations or places: laws, treaties, taxes, events. */
export const MISC_HEADS = words(`
  tratado ley código constitución reforma acuerdo pacto convención convenio protocolo declaración
  carta estatuto reglamento decreto norma iniciativa impuesto inversión producto índice tasa premio
  premios copa mundial campeonato torneo liga olimpiadas juegos festival feria bienal exposición día
  semana año década guerra batalla operación operativo plan proyecto censo encuesta informe reporte
  estrategia cumbre foro nobel grammy guía manual centenario bicentenario aniversario toma mejor
  jornada jornadas tour clásico indicador modelo`);

/** Titles that open a person's name: `Infanta Cristina`, `Papa Francisco`. */
export const PERSON_TITLES = words(`
  infanta infante rey reina príncipe princesa papa duque duquesa conde condesa marqués marquesa
  sor fray monseñor beato`);

/** Honorifics that come before a name but are not part of it: `el Sr. López`, `doña Rosa`. */
export const HONORIFICS = words(`sr sr. sra sra. srta srta. don doña dr dr. dra dra. lic lic. ing ing.
  mtro mtro. mtra mtra. prof prof. profa profa. gral gral. mister mr mr. mrs mrs. ms ms.`);

/**
 * Institution nouns capitalised by convention that do not name anything on their own
 * (`la Federación`, `la República`, `la Universidad`): kept only when a fuller name in the
 * article takes them as a short form.
 */
export const GENERIC_NAME_WORDS = words(`
  federación república nación estado estados gobierno universidad academia cámara tierra ejecutivo
  legislativo judicial poder municipio ayuntamiento entidad país patria ciudad capital región zona
  centro norte sur este oeste oriente occidente delegación secretaría dependencia institución
  administración dirección procuraduría fiscalía comisión instituto ministerio tribunal juzgado corte
  partido alianza ley constitución reforma estadio plaza avenida calle museo teatro iglesia catedral
  hospital aeropuerto puerto puente parque palacio`);

/** Nouns after which a capitalised name is a medium of communication: `el diario The Guardian`. */
export const MEDIA_NOUNS = words(`diario diarios periódico periódicos rotativo matutino vespertino
  semanario dominical revista revistas publicación cadena televisora canal emisora radiodifusora agencia portal
  sitio medio`);

/** Names of media, companies and bodies well known enough to be typed without context. */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(
  `Twitter|Facebook|Google|YouTube|Instagram|WhatsApp|Apple|Microsoft|Amazon|Netflix|Samsung|Telegram|
  WikiLeaks|Interpol|Europol|FIFA|UEFA|Gazprom|Lukoil|Rosneft|Pemex|Televisa|TV Azteca|Notimex|Reuters|
  EFE|AFP|Xinhua|Bloomberg|CNN|BBC|Univision|Telemundo|Unesco|Unicef|Acnur|Greenpeace|Naciones Unidas|
  Unión Europea|Cruz Roja|Media Luna Roja|Al Qaeda|Al Qaida|Hamas|Hezbolá|Hermanos Musulmanes|
  Hermandad Musulmana|Estado Islámico|Talibán|Pentágono|Scotland Yard|Real Madrid|Atlético de Madrid|
  Barça|Manchester United|Bayern Múnich|La Jornada|La Jornada Zacatecas|El Universal|Excélsior|Milenio|
  El Financiero|El Economista|El País|El Mundo|ABC|La Vanguardia|La Razón|La Nación|Clarín|El Tiempo|
  El Comercio|Le Monde|Le Figaro|Der Spiegel|The Guardian|The New York Times|The Washington Post|
  The Wall Street Journal|New York Times|Washington Post|Wall Street Journal|Los Angeles Times|
  The Economist|Financial Times|Associated Press|Prensa Latina|Europa Press|
  Nueva Alianza|Cártel de Sinaloa|Cártel del Golfo|Los Zetas|Caballeros Templarios|
  Los Caballeros Templarios|Familia Michoacana|
  Borussia Dortmund|Schalke 04|Juventus|Inter de Milán|AC Milan|Arsenal|Liverpool|Chelsea|
  Manchester City|Tottenham|Paris Saint-Germain|Ajax|Benfica|Oporto|Boca Juniors|River Plate|
  Cruz Azul|Chivas|Pumas|Club América|Santos Laguna|Miami Heat|San Antonio Spurs|Los Angeles Lakers|
  New York Yankees|Yomiuri Shimbun|Asahi Shimbun|Kyodo|Yonhap|ANSA|TASS|Al Jazeera|Al Arabiya|
  Corriere della Sera|La Repubblica|Die Welt|Bild|Süddeutsche Zeitung|Frankfurter Allgemeine Zeitung|
  USA Today|Daily Mail|Daily Telegraph|The Independent|Independent|The Times|Vanity Fair|Newsweek|NDTV|
  Bancomer|BBVA Bancomer|Banamex|Banorte|Santander|Telmex|Telcel|Cemex|Bimbo|Petrobras|Ecopetrol|
  Sony|Gallup|Stratfor|Boeing|Airbus|Toyota|Volkswagen|Nissan|Walmart|Coca-Cola|PepsiCo`
    .split('|')
    .map((n) => fold(n.replace(/\s+/g, ' ').trim())),
);

/** Companies' legal suffixes: `Aizoon S.L.`, `Grupo Modelo S.A. de C.V.`. */
export const COMPANY_SUFFIX =
  /^,?\s*(?:S\.\s?A\.?(?:\s?B\.?)?(?:\s?(?:de|DE)\s?C\.\s?V\.?)?|S\.\s?L\.?|S\.\s?C\.?|S\.\s?de\s?R\.\s?L\.?|Inc\.?|Corp\.?|Ltd\.?|LLC|GmbH|A\.\s?G\.)(?![\p{L}])/u;
