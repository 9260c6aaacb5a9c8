// Nouns that name who or what speaks in a story, grouped so that a later mention with a synonym
// (`el mandatario` after `el presidente`, `el periódico` after `el diario`) finds the same referent.
// Singular and plural forms are listed; keys are lowercase.

export type RoleClass = 'person' | 'organization' | 'media';

// Each line is one group of synonyms; the first word names the group.
const PERSON_GROUPS = [
  'presidente presidenta presidentes mandatario mandataria mandatarios jefe jefa jefes gobernante líder lideresa líderes dirigente dirigentes homólogo homóloga colega mandamás',
  'vicepresidente vicepresidenta vicepresidentes expresidente expresidenta',
  'primer-ministro premier canciller',
  'ministro ministra ministros secretario secretaria secretarios titular titulares subsecretario subsecretaria viceministro viceministra exministro comisionado comisionada comisario comisaria',
  'portavoz portavoces vocero vocera voceros voceras',
  'diputado diputada diputados diputadas senador senadora senadores senadoras legislador legisladora legisladores congresista parlamentario parlamentaria eurodiputado asambleísta asambleístas regidor regidora síndico síndica',
  'alcalde alcaldesa alcaldes edil munícipe',
  'gobernador gobernadora gobernadores',
  'director directora directores gerente directivo directiva directivos ejecutivo ejecutiva consejero consejera coordinador coordinadora encargado encargada responsable responsables administrador administradora fundador fundadora dueño dueña propietario propietaria rector rectora',
  'economista economistas analista analistas experto experta expertos expertas especialista especialistas profesional profesionales investigador investigadora investigadores académico académica académicos catedrático catedrática profesor profesora profesores maestro maestra maestros científico científica científicos consultor consultora asesor asesora arqueólogo arqueóloga arqueólogos químico química físico biólogo bióloga psicólogo psicóloga sociólogo socióloga politólogo politóloga historiador historiadora antropólogo antropóloga ingeniero ingeniera arquitecto arquitecta estudiante estudiantes alumno alumna alumnos ponente conferencista expositor expositora',
  'abogado abogada abogados abogadas letrado letrada defensor defensora procurador procuradora',
  'fiscal fiscales fiscalía-especial',
  'juez jueza jueces magistrado magistrada magistrados',
  'representante representantes delegado delegada delegados embajador embajadora embajadores diplomático diplomática cónsul',
  'candidato candidata candidatos candidatas precandidato precandidata precandidatos aspirante aspirantes',
  'funcionario funcionaria funcionarios funcionarias autoridad autoridades oficial oficiales servidor empleado empleada empleados',
  'policía policías agente agentes militar militares general coronel comandante soldado soldados',
  'testigo testigos vecino vecina vecinos vecinas habitante habitantes residente residentes ciudadano ciudadana ciudadanos poblador pobladores colono colonos',
  'médico médica médicos doctor doctora enfermero enfermera paciente pacientes',
  'empresario empresaria empresarios millonario millonaria magnate comerciante comerciantes locatario locatarios productor productores agricultor agricultores campesino campesinos transportista transportistas taxista taxistas chofer conductor conductora piloto pescador pescadores minero mineros obrero obreros',
  'activista activistas manifestante manifestantes sindicalista inconforme inconformes trabajador trabajadora trabajadores jubilado jubilada jubilados',
  'entrenador entrenadora seleccionador técnico estratega timonel jugador jugadora jugadores futbolista delantero portero capitán aficionado aficionados volante zaguero mediocampista centrocampista arquero guardameta atacante goleador artillero tenista golfista piloto ciclista atleta boxeador boxeadora nadador nadadora velocista maratonista luchador luchadora campeón campeona subcampeón ganador ganadora ídolo',
  'cantante cantautor cantautora artista actor actriz escritor escritora autor autora cineasta músico poeta',
  'rey reina príncipe princesa infanta infante duque duquesa monarca',
  'papa pontífice obispo arzobispo cardenal sacerdote párroco',
  'fuente fuentes',
  'periodista periodistas reportero reportera corresponsal',
  'hijo hija madre padre esposa esposo marido mujer hermano hermana familiar familiares viuda amigo amiga',
  'persona personas hombre hombres joven jóvenes niño niña niños anciano anciana señor señora muchacho muchacha menor menores adolescente adolescentes',
  'acusado acusada imputado imputada detenido detenida víctima víctimas sospechoso sospechosa afectado afectados damnificado damnificados sobreviviente',
];

/** The first word of each person group: `presidente`, `ministro`, `portavoz`… */
export const PERSON_GROUP_HEADS: readonly string[] = PERSON_GROUPS.map((line) => line.split(' ')[0] ?? line);

const ORGANIZATION_GROUPS = [
  'organización organizaciones organismo organismos institución instituciones entidad agrupación asociación fundación ong',
  'firma firmas empresa empresas compañía compañías corporación grupo consorcio banco bancos financiera aseguradora calificadora consultora petrolera gasística minera aerolínea automotriz',
  'gobierno gobiernos administración ejecutivo gabinete ministerio secretaría dependencia',
  'partido partidos formación',
  'sindicato sindicatos central',
  'comisión comisiones comité comités cabildo consejo asamblea legislatura ayuntamiento junta congreso senado',
  'tribunal tribunales corte juzgado fiscalía procuraduría',
  'policía ejército fuerza armada',
  'club equipo',
];

const MEDIA_GROUPS = [
  'diario diarios periódico periódicos rotativo matutino vespertino publicación revista semanario',
  'cadena televisora canal emisora radio agencia medios portal',
];

function index(groups: string[], cls: RoleClass, into: Map<string, { group: string; cls: RoleClass }>): void {
  for (const line of groups) {
    const words = line.split(' ');
    const group = words[0] ?? line;
    for (const w of words) if (!into.has(w)) into.set(w, { group, cls });
  }
}

const ROLES = new Map<string, { group: string; cls: RoleClass }>();
index(PERSON_GROUPS, 'person', ROLES);
index(ORGANIZATION_GROUPS, 'organization', ROLES);
index(MEDIA_GROUPS, 'media', ROLES);

/** The synonym group and class of a role noun (`mandatario` → presidente, person), or undefined. */
export function roleNoun(word: string): { group: string; cls: RoleClass } | undefined {
  const w = word.toLowerCase();
  // Plurals not listed: `padres`, `agentes`, `autoridades`, `líderes`.
  return (
    ROLES.get(w) ??
    (w.endsWith('s')
      ? (ROLES.get(w.slice(0, -1)) ?? (w.endsWith('es') ? ROLES.get(w.slice(0, -2)) : undefined))
      : undefined)
  );
}

/** Nouns for documents and data that are quoted as sources: `según el informe`, `el texto de…`. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  (
    'texto textos declaración declaraciones documento documentos informe informes reporte reportes ' +
    'comunicado comunicados estudio estudios carta cartas nota notas boletín boletines resolución ' +
    'sentencia fallo auto dictamen encuesta encuestas análisis investigación publicación página sitio ' +
    'cable cables mensaje mensajes tuit tuits tweet acta escrito misiva memorando decreto acuerdo ' +
    'pronunciamiento expediente datos cifras estadísticas reportaje artículo editorial versión ' +
    'demanda denuncia querella iniciativa propuesta proyecto ley reglamento convenio tratado pliego ' +
    'cuenta perfil blog video grabación audio entrevista libro manifiesto desplegado'
  ).split(' '),
);

/** Nouns that contain a document rather than name it: `el texto de la declaración`. */
export const CONTAINER_NOUNS: ReadonlySet<string> = new Set(['texto', 'contenido', 'versión', 'página']);

/** Nouns for things said, which take their speaker after `de`: `las respuestas de la infanta`. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  (
    'palabras palabra declaraciones respuesta respuestas afirmación afirmaciones frase frases mensaje ' +
    'discurso comentario comentarios expresión expresiones advertencia advertencias crítica críticas ' +
    'opinión promesa promesas consigna consignas petición llamado reclamo queja quejas pregunta preguntas ' +
    'testimonio testimonios relato relatos versión alegato argumento argumentos explicación explicaciones'
  ).split(' '),
);
