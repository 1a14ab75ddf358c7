// The Word file an office would make of a plan given as text: every typed number and
// bullet becomes Word's automatic numbering (one outline list: "I.", "1.", "1.1.", "a)",
// bullets "-", "+", "•"; numbers a list would not reach by itself are restarts, as a
// typist sets them), headings numbered through a paragraph style, task tables with
// two-row merged headers repeated on each page, repeated values merged down, section rows
// merged across, the Decree 30 heading and the "Nơi nhận" list beside the signature in
// borderless tables, the title in a text box, a footnote, and runs as Word splits them
// (mid-word, tracked insertions and deletions, hidden text, a field, a hyperlink).
// Read back, it must give the blocks of the text it was made from.
import type { Block } from "../../src/plan/document.ts";
import { numberingXml, paragraph, rawDocx, run, stylesXml, table, type CellSpec, type RowSpec } from "./ooxml.ts";

const OUTLINE = [
  { format: "upperRoman", text: "%1." },
  { format: "decimal", text: "%2." },
  { format: "decimal", text: "%2.%3." },
  { format: "lowerLetter", text: "%4)" },
  { format: "bullet", text: "-" },
  { format: "bullet", text: "+" },
  { format: "bullet", text: "\uf0b7" },
  { format: "bullet", text: "–" },
];
const BULLET_LEVELS: Record<string, number> = { "-": 4, "+": 5, "•": 6, "–": 7 };

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]!]!;
    total += v < (values[roman[i + 1] ?? ""] ?? 0) ? -v : v;
  }
  return total;
}

/** The typed label of a paragraph: its outline level, the values it shows, and the text after it. */
function typedLabel(text: string): { level: number; values: number[]; rest: string } | null {
  let m = /^([IVXLC]+)\. (.+)$/.exec(text);
  if (m) return { level: 0, values: [romanValue(m[1]!)], rest: m[2]! };
  m = /^(\d+)\.(\d+)\. (.+)$/.exec(text);
  if (m) return { level: 2, values: [Number(m[1]), Number(m[2])], rest: m[3]! };
  m = /^(\d+)\. (.+)$/.exec(text);
  if (m) return { level: 1, values: [Number(m[1])], rest: m[2]! };
  m = /^([a-z])\) (.+)$/.exec(text);
  if (m) return { level: 3, values: [m[1]!.charCodeAt(0) - 96], rest: m[2]! };
  m = /^([-+•–]) (.+)$/.exec(text);
  if (m) return { level: BULLET_LEVELS[m[1]!]!, values: [], rest: m[2]! };
  return null;
}

/** Word's numbering as the file will show it: one outline list, restarted where the typed numbers say. */
class Outline {
  private values: (number | undefined)[] = [];
  readonly nums: Record<string, { abstract: string; starts?: Record<number, number> }> = { "1": { abstract: "1" } };
  private current = "1";

  /** The numId to give a paragraph with this label, or null when the list cannot show it. */
  number(level: number, values: number[]): string | null {
    if (level >= 4) return this.use(level, undefined);
    const own = values.at(-1)!;
    if (level === 2 && (this.values[1] ?? 1) !== values[0]) return null;
    const next = (this.values[level] ?? 0) + 1;
    if (next !== own) {
      this.current = String(Object.keys(this.nums).length + 1);
      this.nums[this.current] = { abstract: "1", starts: { [level]: own } };
    }
    return this.use(level, own);
  }

  private use(level: number, value: number | undefined): string {
    if (value !== undefined) this.values[level] = value;
    for (let deeper = level + 1; deeper < 8; deeper++) this.values[deeper] = undefined;
    return this.current;
  }
}

/** A paragraph's text as runs the way Word leaves them, varied by `n`. */
function wordRuns(text: string, n: number, footnote: { placed: boolean }): string {
  if (text.length < 6) return run(text);
  const a = Math.floor(text.length / 3);
  const b = Math.floor((2 * text.length) / 3);
  const [head, middle, tail] = [text.slice(0, a), text.slice(a, b), text.slice(b)];
  let middleRuns = run(middle);
  if (n % 7 === 0) middleRuns = `<w:ins w:id="${n}" w:author="Văn thư">${run(middle)}</w:ins>`;
  else if (n % 5 === 0)
    middleRuns = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD hạn_01/01/2033 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(middle)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  else if (n % 3 === 0) middleRuns = `<w:hyperlink r:id="rIdNone" w:history="1">${run(middle)}</w:hyperlink>`;
  const deleted =
    n % 4 === 0
      ? `<w:del w:id="${n}" w:author="Văn thư"><w:r><w:delText>bỏ trước ngày 01/01/2031 </w:delText></w:r></w:del>`
      : "";
  const hidden = n % 6 === 0 ? run(" ẩn 02/02/2032", "<w:vanish/>") : "";
  const moved = n % 9 === 0 ? `<w:moveFrom w:id="${n + 1}" w:author="Văn thư">${run("dời đi ")}</w:moveFrom>` : "";
  let tailRuns = run(tail);
  const date = /\d{2}\/\d{2}\/\d{4}/.exec(tail);
  if (!footnote.placed && date) {
    footnote.placed = true;
    const end = date.index + date[0].length;
    tailRuns = `${run(tail.slice(0, end))}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${run(tail.slice(end))}`;
  }
  return `${run(head)}<w:proofErr w:type="spellStart"/>${deleted}${moved}<w:bookmarkStart w:id="${n}" w:name="b${n}"/>${middleRuns}<w:bookmarkEnd w:id="${n}"/>${hidden}${tailRuns}`;
}

interface Writer {
  outline: Outline;
  count: number;
  footnote: { placed: boolean };
}

function textParagraph(text: string, w: Writer): string {
  const n = ++w.count;
  const label = typedLabel(text);
  const numId = label && w.outline.number(label.level, label.values);
  if (!label || numId === null) return paragraph(wordRuns(text, n, w.footnote));
  const runs = wordRuns(label.rest, n, w.footnote);
  // Section headings take their numbering from the heading style while the list runs on by itself.
  if (label.level === 0 && numId === "1") return paragraph(runs, { style: "Heading1" });
  const p = paragraph(runs, { numId, ilvl: label.level });
  return n % 8 === 0 ? `<w:sdt><w:sdtPr><w:alias w:val="Mục"/></w:sdtPr><w:sdtContent>${p}</w:sdtContent></w:sdt>` : p;
}

const isUpper = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();
const rowsEqual = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

function cell(text: string, w: Writer, spec: Partial<CellSpec> = {}): CellSpec {
  return { content: text ? paragraph(wordRuns(text, ++w.count, w.footnote)) : "<w:p/>", ...spec };
}

/** A task table: a header of one or two rows, merged as offices merge them, then the rows. */
function dataTable(rows: string[][], w: Writer): string {
  const width = Math.max(...rows.map((r) => r.length));
  const [top, second] = rows;
  const twoRowHeader = second !== undefined && second[0] === "" && second.some((c) => c);
  const specs: RowSpec[] = [];
  const body = rows.slice(twoRowHeader ? 2 : 1);
  if (twoRowHeader) {
    const upper: CellSpec[] = [];
    const lower: CellSpec[] = [];
    for (let i = 0; i < top!.length; i++) {
      let span = 1;
      while (top![i + span] === "" && second![i + span] && i + span < top!.length) span++;
      if (top![i] && !second![i] && span === 1) {
        upper.push(cell(top![i]!, w, { vMerge: "restart" }));
        lower.push({ content: "<w:p/>", vMerge: "continue" });
        continue;
      }
      upper.push(cell(top![i]!, w, { span }));
      for (let j = i; j < i + span; j++) lower.push(cell(second![j] ?? "", w));
      i += span - 1;
    }
    specs.push({ cells: upper, header: true, trPr: gridAfter(width - top!.length) });
    specs.push({ cells: lower, header: true, trPr: gridAfter(width - second!.length) });
  } else specs.push({ cells: top!.map((c) => cell(c, w)), header: true, trPr: gridAfter(width - top!.length) });
  body.forEach((row, r) => {
    const section = row.length > 2 && row[1] && row.slice(2).every((c) => !c);
    if (section)
      return specs.push({
        cells: [cell(row[0]!, w), cell(row[1]!, w, { span: row.length - 1 })],
        trPr: gridAfter(width - row.length),
      });
    const merged = (i: number, at: number) =>
      i >= 2 &&
      /\p{L}/u.test(row[i]!) &&
      body[at]?.[i] === row[i] &&
      !(body[at]!.length > 2 && body[at]!.slice(2).every((c) => !c));
    const cells = row.map((text, i) => {
      if (merged(i, r - 1)) return { content: "<w:p/>", vMerge: "continue" as const };
      return cell(text, w, merged(i, r + 1) ? { vMerge: "restart" } : {});
    });
    return specs.push({ cells, trPr: gridAfter(width - row.length) });
  });
  return table(specs, { columns: width });
}

const gridAfter = (n: number) => (n > 0 ? `<w:gridAfter w:val="${n}"/>` : "");

function layoutTable(cells: string[][], w: Writer): string {
  const content = cells.map((lines) => ({ content: lines.map((l) => textParagraph(l, w)).join("") || "<w:p/>" }));
  return table([content], { borders: false });
}

function signature(lines: string[]): string {
  const titles = lines.slice(0, -1).map((l) => run(l, "<w:b/>"));
  return paragraph(`${titles.join("<w:r><w:br/></w:r>")}`) + paragraph(lines.at(-1)!);
}

const TEXT_BOX = (text: string) =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${paragraph(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

const FOOTNOTES = `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run(" Sở Nội vụ tổng hợp, thời gian hoàn thành trước ngày 01/01/2030.")}</w:p></w:footnote></w:footnotes>`;

export async function wordVersion(blocks: Block[]): Promise<Buffer> {
  const w: Writer = { outline: new Outline(), count: 0, footnote: { placed: false } };
  const body: string[] = [];
  let titleBoxed = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === "row") {
      const rows = [block.cells];
      while (blocks[i + 1]?.type === "row" && !rowsEqual((blocks[i + 1] as { cells: string[] }).cells, rows[0]!))
        rows.push((blocks[++i] as { cells: string[] }).cells);
      body.push(dataTable(rows, w));
      continue;
    }
    const next = blocks[i + 1];
    if (/^Số\s*:/.test(block.text) && next?.type === "text" && /ngày.*tháng.*năm/.test(next.text)) {
      body.push(layoutTable([[block.text], [next.text]], w));
      i++;
    } else if (/^Nơi nhận/.test(block.text)) {
      const recipients = [block.text];
      while (blocks[i + 1]?.type === "text" && !isUpper((blocks[i + 1] as { text: string }).text))
        recipients.push((blocks[++i] as { text: string }).text);
      const signer: string[] = [];
      while (blocks[i + 1]?.type === "text" && isUpper((blocks[i + 1] as { text: string }).text))
        signer.push((blocks[++i] as { text: string }).text);
      if (blocks[i + 1]?.type === "text") signer.push((blocks[++i] as { text: string }).text);
      const left = { content: recipients.map((l) => textParagraph(l, w)).join("") };
      body.push(table([[left, { content: signer.length > 0 ? signature(signer) : "<w:p/>" }]], { borders: false }));
    } else if (!titleBoxed && block.text === "KẾ HOẠCH") {
      titleBoxed = true;
      body.push(TEXT_BOX(block.text));
    } else body.push(textParagraph(block.text, w));
  }
  return rawDocx({
    body: body.join(""),
    numbering: numberingXml({ abstracts: { "1": OUTLINE }, nums: w.outline.nums }),
    styles: stylesXml({ Heading1: { pPr: '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' } }),
    footnotes: FOOTNOTES,
  });
}
