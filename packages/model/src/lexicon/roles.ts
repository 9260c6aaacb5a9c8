// Nouns that name a role a person holds: they head descriptors (`presidente de Rusia`) and let a
// quote's speaker be given by role (`el mandatario kazajo`).
export const ROLE_NOUNS = new Set(
  `presidente presidenta mandatario mandataria líder jefe jefa ministro ministra canciller primer-ministro
  premier secretario secretaria subsecretario subsecretaria gobernador gobernadora alcalde alcaldesa
  director directora portavoz vocero vocera diputado diputada senador senadora legislador legisladora
  dirigente rey reina príncipe princesa papa pontífice embajador embajadora cónsul general comandante
  coronel juez jueza fiscal magistrado magistrada procurador procuradora titular coordinador coordinadora
  delegado delegada representante consejero consejera analista experto experta economista investigador
  investigadora profesor profesora rector rectora académico académica empresario empresaria presidente-electo
  homólogo homóloga colega vicepresidente vicepresidenta regidor regidora edil síndico síndica comisionado
  comisionada candidato candidata activista abogado abogada dirigente líder-opositor funcionario funcionaria
  ejecutivo ejecutiva gerente fundador fundadora dueño dueña obispo arzobispo cardenal sacerdote párroco
  entrenador entrenadora técnico jugador jugadora futbolista cantante actor actriz escritor escritora
  periodista autor autora mandamás jerarca emir sultán monarca premier primer ministro-presidente
  informante contratista columnista colaborador colaboradora asesor asesora miembro integrante militante
  exjefe expresidente expresidenta exministro exministra exgobernador exgobernadora exsecretario
  exsecretaria exdirector exdirectora excandidato excandidata exdiputado exdiputada exsenador exsenadora
  infanta infante príncipe princesa duque duquesa marido esposo esposa viuda viudo hijo hija hermano
  hermana padre madre yerno suegro cuñado cuñada sobrino sobrina nieto nieta tío tía primo prima
  socio socia líderesa lideresa defensor defensora intendente prefecto teniente capitán sargento
  almirante ministro-portavoz eurodiputado eurodiputada congresista parlamentario parlamentaria
  asambleísta concejal concejala edil regidor catedrático catedrática científico científica médico
  médica doctor doctora artista músico cineasta director-técnico delantero portero centrocampista
  piloto tenista ciclista atleta boxeador nadador corredor campeón campeona imputado imputada
  acusado acusada detenido detenida sospechoso sospechosa testigo víctima esquiador esquiadora
  patinador patinadora gimnasta golfista nadadora boxeadora velocista maratonista clavadista
  beisbolista basquetbolista lanzador pelotero luchador luchadora torero jinete diva guitarrista
  baterista bajista vocalista pianista violinista rapero rapera compositor compositora supermodelo
  inspector inspectora subinspector subinspectora comisario comisaria agente`
    .split(/\s+/)
    .filter(Boolean),
);

/** Roles that mean "head of state or government": `el mandatario`, `el líder` refer to such a person. */
export const HEAD_ROLES = new Set([
  'presidente',
  'presidenta',
  'mandatario',
  'mandataria',
  'líder',
  'jefe',
  'jefa',
  'premier',
  'rey',
  'reina',
  'monarca',
  'homólogo',
  'homóloga',
  'gobernante',
]);

/** Organisation heads that read like names but are roles: `la petrolera rusa Lukoil`. */
export const ORG_ROLE_NOUNS = new Set(
  `petrolera gasística empresa compañía firma aerolínea automotriz minera constructora cadena televisora
  agencia organización institución partido banco aseguradora farmacéutica tecnológica operadora
  multinacional corporación consorcio grupo diario periódico revista universidad club equipo sindicato
  servicio organismo entidad dependencia ministerio secretaría institución fundación asociación cártel
  guerrilla milicia formación coalición central cooperativa editorial semanario rotativo emisora
  plataforma red aplicación fabricante distribuidora cervecera naviera siderúrgica cementera
  financiera calificadora consultora colegio escuela dominical`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Adjectives of political affiliation and the party each names, by its usual short form:
 * `el dirigente panista` is tied to the PAN.
 */
export const AFFILIATIONS: Record<string, string> = {
  panista: 'PAN',
  panistas: 'PAN',
  priista: 'PRI',
  priistas: 'PRI',
  perredista: 'PRD',
  perredistas: 'PRD',
  petista: 'PT',
  petistas: 'PT',
  morenista: 'Morena',
  morenistas: 'Morena',
  ecologista: 'PVEM',
  pevemista: 'PVEM',
  tricolor: 'PRI',
  blanquiazul: 'PAN',
  republicano: 'Partido Republicano',
  republicana: 'Partido Republicano',
  demócrata: 'Partido Demócrata',
  chavista: 'PSUV',
  peronista: 'Partido Justicialista',
  kirchnerista: 'Frente para la Victoria',
};
