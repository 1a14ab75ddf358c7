// The quotation marks offices type around a name: straight, curly, low opening and guillemets ('"…"', '“…”', '„…”',
// '«…»'). One list, so that a name or a quoted passage in any of them is read alike wherever quotes are looked for.

/** The marks opening a quotation, to be put in a character class. */
export const OPENING = `"“„«`;
/** The marks closing a quotation, to be put in a character class. */
export const CLOSING = `"”»`;

// A quoted name fits on a line and within a few sentences (the corpus's longest is some 200 characters): the bound
// keeps a paragraph of 100 KB with a mark left open from being scanned to its end from every mark.
const LONGEST = 400;

/**
 * The source of a pattern for one quotation on one line: an opening mark, the quoted words (captured; no mark, no
 * line break, at most 400 characters), a closing mark. Mixed marks ('“…"') close each other, as hands type them.
 */
export const QUOTATION = `[${OPENING}]([^${OPENING}${CLOSING}\\n]{1,${LONGEST}})[${CLOSING}]`;

const MARK = new RegExp(`[${OPENING}${CLOSING}]`, "u");

/** Whether a text holds a quotation mark at all: most sentences hold none, and are let by. */
export const hasQuotationMark = (text: string): boolean => MARK.test(text);
