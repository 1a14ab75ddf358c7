// Sub-items numbered in the form of their heading: a nested Word list exported by
// LibreOffice can show "I.", "II." again under "III.". The page keeps no list structure,
// only labels and indentation, and a reader sees the level there: a Roman numbering that
// restarts at I under a Roman heading, set deeper than it, is a level below it. It reads
// in Arabic figures, the form that comes next under Roman ones (as the Word reader types
// such a level), so that its "I." is not taken for a section of the plan.
import { romanValue } from "../numbering.ts";
import type { SetParagraph } from "./paragraphs.ts";

/** A lone L or C is a capital ("C. Tổ chức thực hiện"), never the first of a numbering. */
const ROMAN_LABEL = /^((?=[IVXLC]*[IVX])[IVXLC]{1,6})\.(?=\s)/;

interface Level {
  indent: number;
  /** The value of its last label. */
  last: number;
  /** A numbering restarted under a Roman heading: typed in Arabic figures. */
  below: boolean;
}

/** Reads the paragraphs of a document in order, each typed as a reader sees its numbering. */
export function romanLevels(): (paragraph: SetParagraph) => string {
  const levels: Level[] = [];
  return ({ text, indent, size }) => {
    const label = text.match(ROMAN_LABEL);
    const value = label && romanValue(label[1]!);
    if (!label || !value) return text;
    const near = size / 2;
    while (levels.length && levels.at(-1)!.indent > indent + near) levels.pop();
    const top = levels.at(-1);
    if (top && Math.abs(top.indent - indent) <= near) {
      // The level's next number; any other goes on as written, the level kept.
      if (value !== top.last + 1) return text;
      top.last = value;
    } else levels.push({ indent, last: value, below: Boolean(top) && value === 1 });
    return levels.at(-1)!.below ? `${value}.${text.slice(label[0].length)}` : text;
  };
}
