// Demonyms (masculine singular and their inflections) to the places they refer to. Used to read
// `el presidente kazajo` as "the president of Kazajistán". Regional adjectives map to several countries.
const TABLE: Record<string, string[]> = {
  ruso: ['Rusia'],
  kazajo: ['Kazajistán'],
  kazako: ['Kazajistán'],
  estadounidense: ['Estados Unidos'],
  norteamericano: ['Estados Unidos'],
  mexicano: ['México'],
  español: ['España'],
  francés: ['Francia'],
  alemán: ['Alemania'],
  británico: ['Reino Unido'],
  inglés: ['Reino Unido', 'Inglaterra'],
  italiano: ['Italia'],
  chino: ['China'],
  japonés: ['Japón'],
  coreano: ['Corea del Sur', 'Corea del Norte'],
  surcoreano: ['Corea del Sur'],
  norcoreano: ['Corea del Norte'],
  indio: ['India'],
  iraní: ['Irán'],
  iraquí: ['Irak'],
  israelí: ['Israel'],
  palestino: ['Palestina'],
  sirio: ['Siria'],
  turco: ['Turquía'],
  egipcio: ['Egipto'],
  saudí: ['Arabia Saudí', 'Arabia Saudita'],
  ucraniano: ['Ucrania'],
  bielorruso: ['Bielorrusia'],
  polaco: ['Polonia'],
  uzbeko: ['Uzbekistán'],
  kirguís: ['Kirguistán'],
  tayiko: ['Tayikistán'],
  turcomano: ['Turkmenistán'],
  centroasiático: ['Kazajistán', 'Uzbekistán', 'Kirguistán', 'Tayikistán', 'Turkmenistán', 'Asia Central'],
  europeo: ['Unión Europea', 'Europa'],
  comunitario: ['Unión Europea'],
  argentino: ['Argentina'],
  brasileño: ['Brasil'],
  chileno: ['Chile'],
  peruano: ['Perú'],
  colombiano: ['Colombia'],
  venezolano: ['Venezuela'],
  ecuatoriano: ['Ecuador'],
  boliviano: ['Bolivia'],
  uruguayo: ['Uruguay'],
  paraguayo: ['Paraguay'],
  cubano: ['Cuba'],
  dominicano: ['República Dominicana'],
  guatemalteco: ['Guatemala'],
  hondureño: ['Honduras'],
  salvadoreño: ['El Salvador'],
  nicaragüense: ['Nicaragua'],
  costarricense: ['Costa Rica'],
  panameño: ['Panamá'],
  canadiense: ['Canadá'],
  australiano: ['Australia'],
  portugués: ['Portugal'],
  griego: ['Grecia'],
  sueco: ['Suecia'],
  noruego: ['Noruega'],
  holandés: ['Países Bajos', 'Holanda'],
  belga: ['Bélgica'],
  suizo: ['Suiza'],
  austriaco: ['Austria'],
  afgano: ['Afganistán'],
  paquistaní: ['Pakistán'],
  pakistaní: ['Pakistán'],
  libio: ['Libia'],
  marroquí: ['Marruecos'],
  argelino: ['Argelia'],
  nigeriano: ['Nigeria'],
  sudafricano: ['Sudáfrica'],
  vietnamita: ['Vietnam'],
  filipino: ['Filipinas'],
  indonesio: ['Indonesia'],
  tailandés: ['Tailandia'],
  georgiano: ['Georgia'],
  armenio: ['Armenia'],
  azerbaiyano: ['Azerbaiyán'],
  azerí: ['Azerbaiyán'],
  mongol: ['Mongolia'],
  chiapaneco: ['Chiapas'],
  oaxaqueño: ['Oaxaca'],
  guerrerense: ['Guerrero'],
  michoacano: ['Michoacán'],
  jalisciense: ['Jalisco'],
  capitalino: ['Ciudad de México', 'Distrito Federal'],
  neoyorquino: ['Nueva York'],
  madrileño: ['Madrid'],
  catalán: ['Cataluña'],
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Inflections: -o/-a/-os/-as, -és/-esa/-eses/-esas, -án/-ana, invariable -ense/-í (+es/s).
const FORMS = new Map<string, string[]>();
for (const [base, places] of Object.entries(TABLE)) {
  const b = fold(base);
  const stems = b.endsWith('o')
    ? [b, `${b.slice(0, -1)}a`, `${b}s`, `${b.slice(0, -1)}as`]
    : b.endsWith('es') || b.endsWith('an') || b.endsWith('in') || b.endsWith('is')
      ? [b, `${b}a`, `${b}es`, `${b}as`]
      : [b, `${b}s`, `${b}es`];
  for (const form of stems) FORMS.set(form, places);
}

/** The places a demonym refers to (`kazaja` → Kazajistán), or undefined for other words. */
export function placesOfDemonym(word: string): string[] | undefined {
  return FORMS.get(fold(word));
}
