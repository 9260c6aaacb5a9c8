// Place names as Spanish news writes them: countries, regions, large cities, states and provinces.
// A name equal to one of them is a LOCATION whatever the tagger voted, and a capitalised occurrence
// the tagger missed is still found. Names that are also common given names or surnames (`Guadalupe`,
// `Hidalgo`, `León`) are kept apart: they are places only when the tagger does not say PERSON.
import { MEXICAN_PLACES } from './mexico.js';

const COUNTRIES = `Afganistán|Albania|Alemania|Andorra|Angola|Arabia Saudita|Arabia Saudí|Argelia|Argentina|
Armenia|Australia|Austria|Azerbaiyán|Bahamas|Bangladés|Bangladesh|Barbados|Baréin|Bélgica|Belice|Benín|
Bielorrusia|Birmania|Bolivia|Bosnia|Bosnia y Herzegovina|Botsuana|Brasil|Brunéi|Bulgaria|Burkina Faso|
Burundi|Bután|Cabo Verde|Camboya|Camerún|Canadá|Catar|Qatar|Chad|Chile|China|Chipre|Colombia|Comoras|
Corea del Norte|Corea del Sur|Costa de Marfil|Costa Rica|Croacia|Cuba|Dinamarca|Dominica|Ecuador|Egipto|
El Salvador|Emiratos Árabes Unidos|Eritrea|Eslovaquia|Eslovenia|España|Estados Unidos|Estonia|Etiopía|
Filipinas|Finlandia|Fiyi|Francia|Gabón|Gambia|Georgia|Ghana|Granada|Grecia|Guatemala|Guinea|
Guinea Ecuatorial|Guinea-Bisáu|Guyana|Haití|Honduras|Hungría|India|Indonesia|Irak|Iraq|Irán|Irlanda|
Islandia|Israel|Italia|Jamaica|Japón|Jordania|Kazajistán|Kazajstán|Kenia|Kirguistán|Kosovo|Kuwait|Laos|
Lesoto|Letonia|Líbano|Liberia|Libia|Liechtenstein|Lituania|Luxemburgo|Macedonia|Madagascar|Malasia|
Malaui|Maldivas|Malí|Malta|Marruecos|Mauricio|Mauritania|México|Moldavia|Mónaco|Mongolia|Montenegro|
Mozambique|Namibia|Nepal|Nicaragua|Níger|Nigeria|Noruega|Nueva Zelanda|Omán|Países Bajos|Holanda|
Pakistán|Palestina|Panamá|Papúa Nueva Guinea|Paraguay|Perú|Polonia|Portugal|Reino Unido|Gran Bretaña|
Inglaterra|Escocia|Gales|Irlanda del Norte|República Centroafricana|República Checa|
República Democrática del Congo|Congo|República Dominicana|Ruanda|Rumania|Rumanía|Rusia|Samoa|
San Marino|Senegal|Serbia|Seychelles|Sierra Leona|Singapur|Siria|Somalia|Sri Lanka|Sudáfrica|Sudán|
Sudán del Sur|Suecia|Suiza|Surinam|Tailandia|Taiwán|Tanzania|Tayikistán|Timor Oriental|Togo|
Trinidad y Tobago|Túnez|Turkmenistán|Turquía|Ucrania|Uganda|Uruguay|Uzbekistán|Vaticano|Venezuela|
Vietnam|Yemen|Yibuti|Zambia|Zimbabue|Cisjordania|Gaza|Franja de Gaza|Crimea|Chechenia|Tíbet|Hong Kong|
Puerto Rico|Groenlandia|Kurdistán|Sáhara Occidental|Islas Caimán|Islas Vírgenes|Islas Malvinas|Malvinas|
Islas Canarias|Islas Baleares|Islas Galápagos|Bermudas`;

const REGIONS = `África|América|Asia|Europa|Oceanía|Antártida|América Latina|Latinoamérica|Iberoamérica|
Hispanoamérica|Norteamérica|Sudamérica|Suramérica|Centroamérica|América Central|América del Norte|
América del Sur|Caribe|Asia Central|Oriente Medio|Medio Oriente|Oriente Próximo|Cercano Oriente|
Lejano Oriente|Sudeste Asiático|Magreb|Sahel|Balcanes|Cáucaso|Escandinavia|Siberia|Patagonia|
Amazonia|Amazonía|Mediterráneo|Atlántico|Pacífico|Golfo Pérsico|Golfo de México|Mar Caspio|Mar Negro|
Mar Rojo|Mar Báltico|Mar del Norte|Península Ibérica|Península Arábiga|Península de Corea|Europa del Este|
Europa Occidental|Eurasia|Cuerno de África|Polo Norte|Polo Sur|Ártico|
Andes|Alpes|Pirineos|Himalaya|Himalayas|Everest|Aconcagua|Kilimanjaro|Mont Blanc|Montblanc|Elbrus|
Popocatépetl|Iztaccíhuatl|Pico de Orizaba|Sahara|Sáhara|Amazonas|Antártico`;

const CITIES = `Moscú|San Petersburgo|Astaná|Almaty|Kiev|Minsk|Varsovia|Berlín|Múnich|Fráncfort|Hamburgo|
París|Marsella|Lyon|Londres|Mánchester|Liverpool|Edimburgo|Dublín|Madrid|Barcelona|Valencia|Sevilla|
Bilbao|Málaga|Zaragoza|Palma de Mallorca|Palma|Lisboa|Oporto|Roma|Milán|Nápoles|Turín|Florencia|Venecia|
Bruselas|Ámsterdam|La Haya|Viena|Ginebra|Zúrich|Berna|Praga|Budapest|Bucarest|Sofía|Atenas|Estambul|
Ankara|Estocolmo|Oslo|Copenhague|Helsinki|Pekín|Beijing|Shanghái|Tokio|Seúl|Pyongyang|Nueva Delhi|
Bombay|Islamabad|Kabul|Teherán|Bagdad|Damasco|Alepo|Beirut|Jerusalén|Tel Aviv|Ramala|Amán|El Cairo|
Riad|Doha|Dubái|Abu Dabi|Trípoli|Túnez|Argel|Rabat|Nairobi|Johannesburgo|Pretoria|Lagos|Addis Abeba|
Washington|Nueva York|Los Ángeles|Los Angeles|Chicago|Houston|Miami|San Francisco|Boston|Filadelfia|
Detroit|Dallas|Phoenix|Las Vegas|San Diego|San Antonio|Atlanta|Seattle|Denver|Nueva Orleans|Manhattan|
Brooklyn|Hollywood|Ottawa|Toronto|Montreal|Vancouver|La Habana|Santo Domingo|San Juan|Puerto Príncipe|
Ciudad de Guatemala|Tegucigalpa|San Salvador|Managua|San José|Ciudad de Panamá|Caracas|Bogotá|Medellín|
Cali|Quito|Guayaquil|Lima|Cuzco|La Paz|Santa Cruz|Asunción|Montevideo|Buenos Aires|Córdoba|Rosario|
Santiago de Chile|Valparaíso|Brasilia|Río de Janeiro|Rio de Janeiro|Sao Paulo|São Paulo|Salvador de Bahía|
Belo Horizonte|Porto Alegre|Recife|Fortaleza|Manaos|Curitiba|Sochi|Davos|Wall Street|Silicon Valley|
Guantánamo|Belgrado|Zagreb|Sarajevo|Tiflis|Bakú|Ereván|Taskent|Biskek|Dusambé|Asjabad|Bratislava|
Liubliana|Riga|Vilna|Tallin|Reikiavik|Kabul|Kandahar|Bengasi|Mosul|Faluya|Basora|Homs|Gaza|Hebrón|
Belén|Nazaret|Haifa|Yeda|La Meca|Medina|Sana|Mogadiscio|Jartum|Kinshasa|Dakar|Abiyán|Acra|Luanda|
Harare|Kampala|Kigali|Casablanca|Marrakech|Tánger|Orán|Karachi|Lahore|Calcuta|Bangalore|Daca|Katmandú|
Colombo|Rangún|Bangkok|Hanói|Manila|Yakarta|Kuala Lumpur|Singapur|Sídney|Melbourne|Auckland|
Vladivostok|Ekaterimburgo|Novosibirsk|Volgogrado|Kaliningrado|Járkov|Odesa|Donetsk|Lugansk|Sebastopol|
Cracovia|Gdansk|Dresde|Colonia|Stuttgart|Düsseldorf|Bonn|Ámsterdam|Rotterdam|Amberes|Estrasburgo|
Burdeos|Toulouse|Niza|Lille|Génova|Bolonia|Palermo|Salónica|Oporto|Montreal|Quebec|Anchorage|
Honolulu|Baltimore|Pittsburgh|Cleveland|Minneapolis|Nashville|Memphis|Austin|El Paso|Tucson|
Sacramento|Portland|Salt Lake City|Kansas City|Orlando|Tampa|Charlotte|Oakland|San José de Costa Rica|
Valparaíso|Concepción de Chile|Mar del Plata|Mendoza|Tucumán|Salta|Punta del Este|Cartagena de Indias|
Barranquilla|Cúcuta|Arequipa|Trujillo|Cochabamba|Sucre|Maracaibo|Valencia de Venezuela|San Pedro Sula|
Quetzaltenango|Puerto Príncipe|Kingston|Nasáu|Santiago de Cuba|Camagüey|Guantánamo`;

const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Carolina del Norte|Carolina del Sur|Colorado|
Connecticut|Dakota del Norte|Dakota del Sur|Delaware|Florida|Hawái|Hawai|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Luisiana|Maine|Maryland|Massachusetts|Míchigan|Michigan|Minnesota|Misisipi|Misuri|
Montana|Nebraska|Nevada|Nuevo Hampshire|Nueva Jersey|Nuevo México|Ohio|Oklahoma|Oregón|Pensilvania|
Rhode Island|Tennessee|Texas|Utah|Vermont|Virginia|Virginia Occidental|Wisconsin|Wyoming`;

const SPAIN = `Andalucía|Aragón|Asturias|Baleares|Canarias|Cantabria|Castilla y León|Castilla-La Mancha|
Cataluña|Extremadura|Galicia|La Rioja|Murcia|Navarra|País Vasco|Euskadi|Mallorca|Ibiza|Menorca|Tenerife|
Gran Canaria|Ceuta|Melilla`;

const MEXICO_EXTRA = `Estado de México|estado de México|Ciudad de México|Distrito Federal|Nuevo León|Baja California|
Baja California Sur|Quintana Roo|San Luis Potosí|Zacatecas|Tlalnepantla|Ecatepec|Naucalpan|Zócalo|
Tierra Caliente|Chilpancingo|Acapulco|Cancún|Oaxaca|Chiapas|Michoacán|Jalisco|Sinaloa|Sonora|Tabasco|
Tamaulipas|Tlaxcala|Veracruz|Yucatán|Querétaro|Puebla|Guanajuato|Aguascalientes|Coahuila|Chihuahua|
Campeche|Nayarit|Fresnillo|Guadalajara|Monterrey|Tijuana|Toluca|Ciudad Juárez|Centro Histórico`;

/** Places that are also given names or surnames: LOCATION only when the tagger does not say PERSON. */
const AMBIGUOUS = new Set(
  `leon|guerrero|hidalgo|morelos|juarez|colima|durango|jerez|calera|victoria|guadalupe|santiago|salvador|
  dolores|mercedes|lourdes|trinidad|paz|concepcion|sofia|florencia|granada|georgia|virginia|carolina|
  cordoba|valencia|san jose|san juan|santa cruz|madrid|castilla|jordan|chad|mauricio|israel|lima|
  montana|washington|guinea|aragon|cali|merida|celaya|tepic|america|medina|mendoza|trujillo|sucre|
  belen|austin|orlando|charlotte|colonia|salta|sana|nazaret|kingston|victoria|jerez|leon|cordoba|palma`
    .split(/\|/)
    .map((w) => w.trim()),
);

// Plain ASCII has no marks to strip: most words take the cheap path.
const fold = (s: string) =>
  /^[\t-~]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const split = (list: string) =>
  list
    .split('|')
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Every place name as printed (with accents and capitals), for finding them in a text. */
export const PLACE_NAMES: readonly string[] = [
  ...new Set([
    ...split(COUNTRIES),
    ...split(REGIONS),
    ...split(CITIES),
    ...split(US_STATES),
    ...split(SPAIN),
    ...split(MEXICO_EXTRA),
  ]),
];

const FOLDED = new Set([...PLACE_NAMES.map(fold), ...MEXICAN_PLACES]);

/** Is this name (any case or accents) a known place? */
export function isKnownPlace(name: string): boolean {
  return FOLDED.has(fold(name.trim()));
}

/** A known place that is not also a common given name or surname. */
export function isUnambiguousPlace(name: string): boolean {
  const f = fold(name.trim());
  return FOLDED.has(f) && !AMBIGUOUS.has(f);
}

/** Countries only (for `presidente de Rusia` and demonyms). */
const COUNTRY_SET = new Set(split(COUNTRIES).map(fold));
export function isCountry(name: string): boolean {
  return COUNTRY_SET.has(fold(name.trim()));
}

/** Cities only: a club takes a city's name (`el Barcelona`), a country's rarely. */
const CITY_SET = new Set(split(CITIES).map(fold));
export function isCity(name: string): boolean {
  return CITY_SET.has(fold(name.trim()));
}
