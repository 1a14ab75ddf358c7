// A plan published after signing with the government CA carries the signature's stamp drawn on its pages: a small
// box over the motto or the signature, its lines left-aligned in a smaller type,
//   Ký bởi: Ủy ban Nhân dân tỉnh …
//   Email: …
//   Cơ quan: Tỉnh …
//   Thời gian ký: 14.04.2026 16:05:31 +07:00
// The stamp says who signed and when the file was signed, never the plan's date, a unit or a task; sharing the
// baselines of the header it covers, its words would run into the motto and the place and date line. Its runs go.
import type { TextRun } from "./geometry.ts";

/** A stamp's first line names the signer. */
const SIGNED_BY = /^\s*(?:Ký bởi|Người ký)\s*:/iu;
/** A stamp's lines after the first are labelled; its signing time closes it. */
const STAMP_LABEL = /^\s*(?:Email|E-mail|Cơ quan|Chức vụ|Thời gian ký|Ngày ký)\s*:/iu;
const SIGNED_AT = /^\s*(?:Thời gian ký|Ngày ký)\s*:/iu;

interface StampLine {
  runs: TextRun[];
  text: string;
  x: number;
  y: number;
  size: number;
}

/** The page's runs as lines of one type size each: runs on one baseline that follow each other closely. */
function sizedLines(runs: TextRun[]): StampLine[] {
  const sorted = [...runs].sort((a, b) => a.size - b.size || a.y - b.y || a.x - b.x);
  const lines: StampLine[] = [];
  let open: StampLine | null = null;
  let end = 0;
  for (const run of sorted) {
    const near = open && open.size === run.size && Math.abs(open.y - run.y) < 0.5 && run.x - end < run.size * 1.5;
    if (!open || !near) {
      open = { runs: [run], text: run.text, x: run.x, y: run.y, size: run.size };
      lines.push(open);
    } else {
      open.runs.push(run);
      // A gap as wide as a space is one ("Cơ" then "quan:" where a fallback font drew the "ơ").
      open.text += (run.x - end > run.size * 0.15 ? " " : "") + run.text;
    }
    end = near ? Math.max(end, run.x + run.width) : run.x + run.width;
  }
  return lines;
}

/** The page's runs without the signature stamps drawn over it. */
export function withoutSignatureStamps(runs: TextRun[]): TextRun[] {
  if (!runs.some((r) => r.text.includes(":"))) return runs;
  // Letters may come decomposed (a base letter, then its marks) as the font's text layer wrote them.
  const lines = sizedLines(runs).map((l) => ({ ...l, text: l.text.normalize("NFC") }));
  const stamped = new Set<TextRun>();
  // A page has a stamp or two (the body's, the signer's): a page of such lines is no signed copy's.
  for (const first of lines.filter((l) => SIGNED_BY.test(l.text)).slice(0, 8)) {
    // The lines under it in its type, at its left edge and its line pitch, up to its signing time.
    const column = lines
      .filter((l) => l.size === first.size && Math.abs(l.x - first.x) < 1.5 && l.y >= first.y)
      .sort((a, b) => a.y - b.y);
    const stamp = [first];
    for (const line of column.slice(1)) {
      if (line.y - stamp.at(-1)!.y > first.size * 2.5 || !STAMP_LABEL.test(line.text)) break;
      stamp.push(line);
      if (SIGNED_AT.test(line.text)) break;
    }
    if (stamp.length < 2 || !stamp.some((l) => SIGNED_AT.test(l.text))) continue;
    for (const line of stamp) for (const run of line.runs) stamped.add(run);
  }
  return stamped.size ? runs.filter((r) => !stamped.has(r)) : runs;
}
