// Closed-class Spanish words the quote attributor reads phrases with. Lowercase.

/** Articles, demonstratives, possessives and quantifiers that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  (
    'el la los las lo un una unos unas su sus mi mis tu tus nuestro nuestra nuestros nuestras ' +
    'este esta estos estas ese esa esos esas aquel aquella aquellos aquellas dicho dicha dichos dichas ' +
    'otro otra otros otras cada algún alguna algunos algunas ningún ninguna varios varias ambos ambas ' +
    'todo toda todos todas cierto cierta ciertos ciertas mismo misma'
  ).split(' '),
);

/** Determiners that present a referent as new: `un portavoz`, `unas fuentes`. */
export const INDEFINITE: ReadonlySet<string> = new Set(
  'un una unos unas otro otra otros otras algún alguna algunos algunas varios varias cierto cierta'.split(
    ' ',
  ),
);

export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'a al ante bajo con contra de del desde durante en entre hacia hasta mediante para por según sin ' +
    'sobre tras vía versus incluso excepto salvo'
  ).split(' '),
);

/** Pronouns that can stand for a speaker: `él dijo`, `según ella`. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  'él ella ellos ellas éste ésta este último esta última usted ustedes'.split(' '),
);

/** Words that open a subordinate or relative clause and end a noun phrase. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'que quien quienes cual cuales cuyo cuya cuyos cuyas donde cuando como mientras aunque porque pues si'.split(
    ' ',
  ),
);

/** Unstressed pronouns between a reporting verb and its object: `le dijo`, `nos explicó`. */
export const CLITICS: ReadonlySet<string> = new Set('me te se le les lo la los las nos os'.split(' '));

/** Sentence connectors that are not part of any noun phrase: `Sin embargo,`, `En tanto`. */
export const CONNECTORS: ReadonlyArray<readonly string[]> = [
  ['en', 'tanto'],
  ['por', 'su', 'parte'],
  ['por', 'otra', 'parte'],
  ['por', 'otro', 'lado'],
  ['sin', 'embargo'],
  ['no', 'obstante'],
  ['a', 'su', 'vez'],
  ['por', 'último'],
  ['por', 'ello'],
  ['por', 'eso'],
  ['por', 'lo', 'tanto'],
  ['en', 'cambio'],
  ['de', 'hecho'],
  ['al', 'respecto'],
  ['en', 'ese', 'sentido'],
  ['en', 'este', 'sentido'],
  ['además'],
  ['asimismo'],
  ['también'],
  ['igualmente'],
  ['finalmente'],
  ['luego'],
  ['después'],
  ['entonces'],
  ['y'],
  ['e'],
  ['pero'],
  ['mientras'],
];

/** Words that name a time, so that a name after them still starts a phrase: `sostuvo este viernes X`. */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    'hoy ayer anoche anteayer mañana tarde noche madrugada mediodía lunes martes miércoles jueves viernes ' +
    'sábado domingo semana mes año fin pasado pasada reciente recientemente nuevamente ya también además ' +
    'asimismo luego después entonces finalmente posteriormente anteriormente previamente aquí allí ahí'
  ).split(' '),
);

/** Nouns of time: a phrase holding one says when, not who (`este martes`, `la noche del lunes`). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  (
    'hoy ayer anoche mañana tarde noche madrugada mediodía lunes martes miércoles jueves viernes sábado ' +
    'domingo semana semanas mes meses año años día días jornada fin momento hora horas vez ocasión ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'
  ).split(' '),
);
