/**
 * Small English helpers for the health check's sentences: the article before a provider name
 * ("an OpenAI key", "a GitHub token", "an SSH key") and "both"/"all" by count.
 */

/** Names read with a leading vowel sound though spelled with a consonant letter (acronyms). */
const VOWEL_SOUND_LETTERS = new Set(['F', 'H', 'L', 'M', 'N', 'R', 'S', 'X']);
/** Spelled with a vowel but read with a consonant sound. */
const CONSONANT_SOUND = /^(?:uni(?!n)|use|usa|uber|euro|one\b|once)/i;

/** `a` or `an` for `word`. */
export function articleFor(word: string): 'a' | 'an' {
  const w = word.trim();
  if (w === '') return 'a';
  // An acronym (two or more capitals, or a capital and a digit) is read letter by letter.
  const acronym = /^[A-Z][A-Z0-9]/.test(w) && !/^[A-Z][a-z]/.test(w);
  if (acronym) return /^[AEIO]/.test(w) || VOWEL_SOUND_LETTERS.has(w[0]!) ? 'an' : 'a';
  if (CONSONANT_SOUND.test(w)) return 'a';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** `word` with its article: `an OpenAI`, `a GitHub`. */
export function withArticle(word: string): string {
  return `${articleFor(word)} ${word}`;
}

/** "both" for two, "all" for more (callers say nothing for one). */
export function bothOrAll(n: number): string {
  return n === 2 ? 'both' : 'all';
}
