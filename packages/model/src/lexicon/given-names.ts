// Common given names in the Spanish-language press (Spanish, Latin American, English, Portuguese,
// French, German, Italian, Russian, Arabic). A name of two to five capitalised words that opens with
// one of them is a person's (`Angela Merkel`, `Bashar Assad`), whatever the tagger voted.
// Folded: lower case, no accents.

const NAMES = `
aaron abdel abdul abel abraham adam adan adolfo adrian adriana agustin agustina ahmad ahmed aida
alan alberto alejandra alejandro alex alexander alexandra alexis alfonso alfredo ali alice alicia
alma alvaro amado amalia amanda amelia ana anastasia anatoli andre andrea andres andrew angel angela
angelica angelina anita ann anna anne antoine antonia antonio ariadna ariel armando arnold arnoldo
arturo aurelio barack barbara bashar beatriz benito benjamin bernardo berta bertha bill blanca bob
boris brenda brian bruce bruno camila camilo candelario carla carlo carlos carmen carolina catalina
catherine cecilia celia cesar charles charlie chris christian christine christopher claudia claudio
clara concepcion consuelo cristian cristiano cristina cuauhtemoc dalia damian daniel daniela dario
david diana diego dilma dmitri dmitry dolores domingo donald dora eduardo edward efrain efren elena
elias elisa elizabeth elsa elvira emilia emiliano emilio emma emmanuel enrique erika erlan ernesto
esteban esther eugenia eugenio eva evo fabiola fatima federico felipe felix fernanda fernando fidel
florencia francisca francisco franco frank gabriel gabriela gareth genaro george georgina gerardo
german gilberto gloria gonzalo graciela gregorio guadalupe guillermo gustavo hassan hector helena
henry hilda homero horacio hugo humberto ignacio igor iker ines irene irma isaac isabel ismael ivan
jacinto jack jacobo jaime james jan javier jean jeffrey jennifer jesus jim jimmy joan joao joaquin
joe john jordi jorge jose josefina joseph juan juana julia julian julio karen karina kasim katia
laura leonardo leonel leopoldo leticia lidia liliana lionel lorena lorenzo lourdes lucia luciano
lucio luis luisa luz manuel manuela marcela marcelo marco marcos margarita maria mariana mariano
maribel marina mario marisol marta martha martin mateo matias mauricio maximiliano michael michel
miguel miriam mohamed mohammed moises monica nadia natalia nelson nicolas noe norma octavio olga
omar oscar osvaldo pablo paola patricia patricio paul paula pedro pierre pilar rafael raquel raul
rebeca reyna ricardo rigoberto roberto rocio rodolfo rodrigo rogelio rolando roman ruben ruth salma
salvador samuel sandra santiago sara sebastian sergei sergey sergio silvia silvio simon sofia sonia
stephen steve susana teresa tomas tony ulises valentin valeria vanessa veronica vicente victor
victoria virginia vladimir walter william xavier ximena yolanda yuri zoe
amparo aurora bernardino carlota cristobal dante edgar edgardo enriqueta esperanza estela estefania
fabian fausto fermin florentino gabino gael geronimo gisela hernan hilario ildefonso irving isidro
jazmin jeronimo joel jonas lazaro leonor lilia lucero lucila macario manlio marcelino marcial
marisela mayra melchor nestor nicanor nora ofelia olivia pascual paulina perla porfirio ramiro
ramon rosalinda saul silvestre socorro tania teodoro uriel wendy xochitl yadira zacarias gaby
flavio flavia giancarlo gian gianni giuseppe giovanni francesco paolo pietro stefano massimo matteo
luca lucas angelo hans klaus wolfgang helmut jurgen dieter werner karl friedrich heinrich franz
johann johannes gunter gerhard henrik sigrid sabine francois jacques louis laurent philippe pascal
marie sophie isabelle nathalie paulo joaquim luiz peter philip phillip kevin ben sam samantha jeff
diane roger melissa mark matthew michelle nancy hillary kenneth kathleen susan sarah linda lisa
mary patrick ryan scott thomas tom timothy tim richard robert ronald harry hugh ian jason jeremy
jonathan joshua justin keith larry lawrence marc matt nick oliver raymond russell hamid karim
khalid mahmoud mustafa yasser abdullah hosni andrei alexei mijail mikhail nikolai oleg pavel piotr
valentina tatiana svetlana irina yulia yevgueni evgeni andoni
`;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean).map(fold));

/** Does the name open with a common given name: `Angela Merkel`, `Vladímir Putin`? */
export function opensWithGivenName(name: string): boolean {
  return GIVEN_NAMES.has(fold(name.split(/[\s-]+/)[0] ?? ''));
}
