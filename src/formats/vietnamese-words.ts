// Whether words are Vietnamese as Unicode writes them: what tells a legacy 8-bit reading (TCVN3, VNI, Windows-1258)
// from another of the same bytes, and letters shown in the wrong font from real words.
// Vietnamese letters decomposed: Latin letters, digits, đ, and the marks Vietnamese uses (five tones, circumflex,
// breve, horn). A tone mark comes once a syllable.
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const MARKS = new Set([...TONES, "\u0302", "\u0306", "\u031b"]);
const isLetter = (c: string) => /^[A-Za-z0-9\u0110\u0111]$/.test(c) || MARKS.has(c);
// Words: runs between spaces and ASCII punctuation; those with a character beyond ASCII tell the readings apart.
const WORD = /[^\s!-/:-@[-`{-~]*[^\0-\x7f][^\s!-/:-@[-`{-~]*/g;

/** The words of a text with a character beyond ASCII. */
export const wordsBeyondAscii = (text: string): string[] => [...text.matchAll(WORD)].map(([word]) => word);

// The letters each mark may sit on: a tone on a vowel, the circumflex on a, e, o, the breve on a, the horn on o, u.
const BASES: Record<string, string> = { "\u0302": "aeo", "\u0306": "a", "\u031b": "ou" };
const VOWELS = "aeiouy";

/** Whether each mark of a decomposed word sits on a letter that takes it ("û", "ñ", "ä" do not). */
function marksOnTheirLetters(letters: string[]): boolean {
  let base = "";
  for (const c of letters) {
    if (!MARKS.has(c)) base = c.toLowerCase();
    else if (!(TONES.has(c) ? VOWELS : BASES[c]!).includes(base)) return false;
  }
  return true;
}

/**
 * Words of a text that no Vietnamese word could be: a symbol inside letters, or two tones in one syllable; `strict`,
 * also a mark on a letter that never takes it.
 */
export function illFormed(text: string, strict = false): number {
  let count = 0;
  for (const word of wordsBeyondAscii(text)) {
    const letters = [...word.normalize("NFD")];
    const possible =
      letters.filter((c) => TONES.has(c)).length <= 1 &&
      letters.every(isLetter) &&
      (!strict || marksOnTheirLetters(letters));
    if (!possible) count++;
  }
  return count;
}
