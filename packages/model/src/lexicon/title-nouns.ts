// Words after which a span in quotation marks is a name or a title, not words somebody said:
// `el programa "Dishfire"`, `la película «Roma»`, `el llamado "caso Avena"`. Lowercase.

export const TITLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'programa programas libro libros diario diarios periódico periódicos revista revistas semanario ' +
    'película películas filme filmes cinta cintas documental documentales serie series telenovela ' +
    'canción canciones tema temas disco discos álbum álbumes sencillo sencillos obra obras novela novelas ' +
    'poemario ensayo cuento cuentos poema poemas exposición muestra festival festivales espectáculo show ' +
    'gira tour coreografía himno personaje personajes operación operativo buque barco navío fragata ' +
    'submarino nave plan campaña sistema nombre apodo alias mote seudónimo sobrenombre lema eslogan ' +
    'slogan hashtag etiqueta marca producto modelo grupo banda club torneo premio premios concurso ' +
    'certamen caso cártel alianza coalición iniciativa ley término palabra vocablo concepto título ' +
    'sección columna portada titular blog app aplicación juego videojuego software proyecto misión ' +
    'estrategia mecanismo fondo programa denominación frase expresión movimiento colectivo ranking ' +
    'lista cadena canal emisora marcha consigna escudería equipo restaurante hotel bar local empresa ' +
    'firma sello edición volumen capítulo episodio escultura pintura cuadro mural instalación panel ' +
    'foro mesa taller seminario simposio coloquio curso diplomado cátedra conferencia ponencia'
  ).split(' '),
);

/** Participles and phrases that introduce a name: `el llamado`, `conocido como`, `bajo el lema`. */
export const NAMING_WORDS: ReadonlySet<string> = new Set(
  (
    'llamado llamada llamados llamadas denominado denominada denominados denominadas apodado apodada ' +
    'bautizado bautizada titulado titulada titulados tituladas intitulado autodenominado autodenominada ' +
    'conocido conocida conocidos conocidas nombrado nombrada alias famoso famosa célebre popular ' +
    'mal llamado tituló titula bautizó denominó apodó'
  ).split(' '),
);

/** Verbs of performing or publishing, after which a capitalised span is a title: `cantó "Llorar"`. */
export const PERFORMING_VERBS: ReadonlySet<string> = new Set(
  (
    'cantó canta cantaron interpretó interpreta interpretaron interpretar tocó toca tocaron presentó ' +
    'presenta presentaron estrenó estrena estrenaron publicó publica publicaron lanzó lanza lanzaron ' +
    'escribió protagonizó protagoniza protagonizaron dirigió dirige grabó graba leyó lee ' +
    'exhibió exhibe proyectó emitió transmitió'
  ).split(' '),
);
