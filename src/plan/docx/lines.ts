// A Word paragraph's text into the lines a typed copy has. A line break (w:br, w:cr)
// ends a line. Tabs align: after a label ("1.", "a)", "-") or a field name ending in ":"
// they are a space; between two texts they separate what offices lay out side by side
// without a table ("Số: 98/KH-UBND ⇥ Thái Nguyên, ngày …"), which a typed copy writes
// on two lines.
import { clean } from "../../domain/text.ts";
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
 * A paragraph's blocks, its text holding "\n" for line breaks and TAB for tabs: each line's typed lines (splitTabs), a
 * note on the last block its line gives (where its mark stands, at the end); none when it holds no words. `typed` is
 * the text of a paragraph of one line and no tab, its spaces kept (a table typed with spaces, text-spaced-columns.ts).
 */
export function paragraphBlocks(text: string, notesOn: (line: number) => string[]): { block: Block; typed?: string }[] {
  const lines = text.split("\n");
  if (!lines.some((l) => l.replaceAll(TAB, "").trim())) return [];
  return lines.flatMap((line, i) => {
    const parts = splitTabs(line);
    const one = parts.length === 1 && !line.includes(TAB);
    const notes = notesOn(i);
    return parts.map((part, k) => {
      const block: Block =
        notes.length > 0 && k === parts.length - 1 ? { type: "text", text: part, notes } : { type: "text", text: part };
      return one ? { block, typed: line } : { block };
    });
  });
}
