// "UBND các huyện, thành phố (trừ thành phố A đã xong)", "Các sở, ngành, trừ: Sở B, Sở C", "(ngoại trừ huyện D)":
// a units cell names a group and then the members left out. The units meant are the group less those, so the
// words after "trừ" are read apart and taken away, never read as more units (nor as one unknown "trừ: …" name).

/** A units text with the part naming units left out taken apart: `kept` is read as usual, `left` is taken away. */
export interface UnitExceptions {
  readonly kept: string;
  readonly left: readonly string[];
}

// "(trừ …)" / "(ngoại trừ …)" up to its bracket; ", trừ: …" / ", ngoại trừ …" up to the next ";" or line's end.
// Only after a bracket or a comma: "khấu trừ", "phòng trừ sâu bệnh" inside a name are no exception.
const BRACKETED = /\(\s*(?:ngoại\s+|loại\s+)?trừ(?=[\s:])([^()]*)\)/giu;
const AFTER_COMMA = /[,;]\s*(?:ngoại\s+|loại\s+)?trừ(?=[\s:])([^;\n]*)/giu;

/** Splits the exceptions off a units text ("…(trừ X)", "…, trừ: X, Y"); a text without any is kept whole. */
export function unitExceptions(text: string): UnitExceptions {
  if (!/trừ/iu.test(text)) return { kept: text, left: [] };
  const left: string[] = [];
  const take = (_: string, part: string) => {
    left.push(part.replace(/^[\s:]+/u, ""));
    return " ";
  };
  return { kept: text.replace(BRACKETED, take).replace(AFTER_COMMA, take), left };
}
