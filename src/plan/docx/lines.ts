// A Word paragraph's text into the lines a typed copy has. A line break (w:br, w:cr)
// ends a line. Tabs align: after a label ("1.", "a)", "-") or a field name ending in ":"
// they are a space; between two texts they separate what offices lay out side by side
// without a table ("Số: 98/KH-UBND ⇥ Thái Nguyên, ngày …"), which a typed copy writes
// on two lines.
import { clean } from "../../domain/text.ts";
import type { Budget } from "../budget.ts";
import type { Block } from "../document.ts";

export const TAB = "\t";

const LABEL = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]?$|^[-–+•*]$/iu;

function joins(left: string): boolean {
  return left.endsWith(":") || (left.length <= 12 && LABEL.test(left));
}

/** The typed lines of one line of a paragraph (text with TAB characters). */
export function splitTabs(line: string): string[] {
  const out: string[] = [];
  for (const segment of line.split(TAB)) {
    const text = clean(segment);
    if (!text) continue;
    if (out.length > 0 && joins(out.at(-1)!)) out[out.length - 1] += ` ${text}`;
    else out.push(text);
  }
  return out;
}

/**
 * One line of a paragraph as blocks, its typed lines each a paragraph; the notes its marks point to go with the last
 * (where a mark stands, at the end). Shared by the .docx and .doc readers.
 */
export function lineBlocks(text: string, notes: string[], budget: Budget): Block[] {
  const lines = splitTabs(text);
  return lines.map((line, i) => {
    budget.block();
    const noted = notes.length > 0 && i === lines.length - 1;
    return noted ? { type: "text", text: line, notes } : { type: "text", text: line };
  });
}
