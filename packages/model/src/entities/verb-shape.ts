/**
 * Could this capitalised word be the finite verb that opens a headline-like line (`Agradece`,
 * `Exigen`, `Anunció`, `Enviará`)? Spanish finite forms in the third person end in a vowel `a`/`e`,
 * a stressed `á`/`é`/`ó`, or `n` after a vowel; a word ending otherwise (`Flavio`, `Giancarlo`,
 * `Philip`, `Austin`) is no such verb, so it is a name's first word and stays.
 */
export function mayBeVerb(word: string): boolean {
  return /(?:[aeáéó]|[aeáéo]n)$/u.test(word.toLowerCase());
}
