/**
 * Builds a lexicon's `nav` list. Grading reads nav as a set of single words (a menu line made only of them is page
 * furniture, and three of them on one line make it a menu run together), so the small words that also join product
 * names — "of", "for", articles: "Lámparas de techo y de pared", "Accessoires pour la salle de bain" — are taken
 * out of the entries here. Entries stay written as sites write them, for the reviewer.
 * The small words themselves follow as `~word` entries: never a navigation word, but a line of navigation words
 * joined by them ("Conditions of Use") is still furniture.
 * @example furniture(['política de privacidad', 'mi cuenta'], 'de') // 'política privacidad|mi cuenta|~de'
 */
export function furniture(entries: string[], glue: string): string {
  const drop = new Set(glue.split(/\s+/).filter(Boolean));
  return entries
    .join('|')
    .split('|')
    .map((entry) =>
      entry
        .split(/(?=[\s'’-])|(?<=[\s'’-])/u)
        .filter((part) => !drop.has(part.toLowerCase()))
        .join('')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .concat([...drop].map((word) => `~${word}`))
    .join('|');
}
