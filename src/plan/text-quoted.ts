// A plan forwarded by e-mail comes as the mail client quotes it: a quoting line ("Vào Th 4, 13 thg 3, 2024 …
// đã viết:", "On … wrote:"), then every line of the plan behind "> " (">> " when quoted twice). A text whose
// lines are all quoted from some line on is the quoted plan: read unquoted, without the quoting line above it.

/** A quoted line: one or more ">" marks at its start, each with the space after it. */
const QUOTED = /^[ \t]*>/;
const MARKS = /^[ \t]*(?:> ?)+/;

/** How many lines may stand above the quoted text (the quoting line, wrapped by the client, and blanks). */
const HEAD_LINES = 4;

const blank = (line: string) => !line.trim();

/** Where the quoted text starts, when every non-blank line from there on is quoted and few lines stand above. */
function quotedFrom(lines: readonly string[]): number {
  const first = lines.findIndex((line) => QUOTED.test(line));
  if (first < 0) return -1;
  if (lines.slice(0, first).filter((line) => !blank(line)).length > HEAD_LINES) return -1;
  for (let i = first; i < lines.length; i++) if (!blank(lines[i]!) && !QUOTED.test(lines[i]!)) return -1;
  return first;
}

/**
 * The lines unquoted when the text is a quoted plan (its quoting line dropped), else the lines as they are.
 * Quoted text is only the plan when the quoted lines are most of the text: a ">" or two opening a plan's own
 * lines ("> 50% số hộ") never stand on every line.
 */
export function withoutMailQuotes(lines: readonly string[]): string[] {
  const from = quotedFrom(lines);
  if (from < 0) return [...lines];
  const quoted = lines.slice(from);
  if (quoted.filter((line) => !blank(line)).length < 3) return [...lines];
  return quoted.map((line) => line.replace(MARKS, "").replace(/\s+$/, ""));
}

// A mail's signature stands below a line of two dashes and a space, "-- " (RFC 3676; clients that trim lines write
// "--"): the sender's name, office and phone, no part of the plan. A few lines below the text's last such line go.
const SIGNATURE = /^--[ \t]?$/;
/** Most lines a signature takes. */
const SIGNATURE_LINES = 8;

/** The lines without the mail's signature, when the text ends with one. */
export function withoutSignature(lines: readonly string[]): string[] {
  const at = lines.findLastIndex((line) => SIGNATURE.test(line));
  if (at < 0 || lines.slice(at + 1).filter((line) => !blank(line)).length > SIGNATURE_LINES) return [...lines];
  return lines.slice(0, at);
}
