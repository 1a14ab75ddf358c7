// Both Word files of a corpus document, written with the docx package.
//   typed: every number and bullet typed into the text, the header block and signature as
//          paragraphs, tracked changes already accepted; header merges only.
//   auto:  as offices type plans in Word: automatic numbering (numbering.xml levels, restarts),
//          merged cells (gridSpan, vMerge) in headers and bodies, the Decree 30/2020 header block
//          and "Nơi nhận"/signature in borderless tables, footnotes, text boxes, line breaks,
//          a tracked insertion and deletion, a header row repeated on every page.
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  Textbox,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from "docx";
import { NumberingPlanner, PROSE, PROSE_DEEP, TABLE, detectMarker, type ListDef, type ListUse } from "./markers.ts";
import type { Align, Block, Cell, Inline, LayoutBlock, Para, Source, TableBlock } from "./source.ts";
import { filledRows } from "./render-text.ts";

export type WordMode = "typed" | "auto";

const FONT = "Times New Roman";
const PAGE = { width: 11906, height: 16838, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } };
const TEXT_WIDTH = { portrait: PAGE.width - 1701 - 1134, landscape: PAGE.height - 1701 - 1134 };
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const BULLETS: Record<string, number> = { dash: 0, plus: 1, dot: 2 };

interface Context {
  mode: WordMode;
  author: string;
  date: string;
  footnoteIds: Map<string, number>;
  prose: NumberingPlanner;
  tables: NumberingPlanner[];
  revision: number;
}

function runs(inlines: Inline[], ctx: Context, size?: number): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.kind === "text")
      out.push(new TextRun({ text: inline.text, bold: inline.bold, italics: inline.italic, size }));
    else if (inline.kind === "br") out.push(new TextRun({ break: 1, size }));
    else if (inline.kind === "footnote") out.push(new FootnoteReferenceRun(ctx.footnoteIds.get(inline.id)!));
    else if (ctx.mode === "typed") {
      if (inline.kind === "ins") out.push(new TextRun({ text: inline.text, size }));
    } else {
      const change = { text: inline.text, id: ++ctx.revision, author: ctx.author, date: ctx.date, size };
      out.push(inline.kind === "ins" ? new InsertedTextRun(change) : new DeletedTextRun(change));
    }
  }
  return out;
}

/** The inlines without their first `count` characters (the typed number Word now shows). */
function withoutPrefix(inlines: Inline[], count: number): Inline[] {
  let left = count;
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (left > 0 && inline.kind === "text") {
      const cut = Math.min(left, inline.text.length);
      left -= cut;
      if (cut < inline.text.length) out.push({ ...inline, text: inline.text.slice(cut) });
    } else out.push(inline);
  }
  return out;
}

function paragraph(
  para: Para,
  ctx: Context,
  options: { align?: Align; size?: number; numbered?: boolean } = {},
): Paragraph {
  const bold = para.heading > 0 || (para.inlines[0]?.kind === "text" && para.inlines[0].bold);
  let inlines =
    para.heading > 0 ? para.inlines.map((i) => (i.kind === "text" ? { ...i, bold: true } : i)) : para.inlines;
  let numbering: ListUse | null = null;
  if (ctx.mode === "auto" && options.numbered !== false && para.marker && !para.keepTyped) {
    const bullet = BULLETS[para.marker.kind];
    numbering = bullet !== undefined ? { reference: "bullets", level: bullet } : ctx.prose.use(para.marker);
    if (numbering) inlines = withoutPrefix(inlines, para.marker.prefix.length);
  }
  const align = options.align ?? para.align;
  return new Paragraph({
    children: runs(inlines, ctx, options.size),
    alignment: ALIGN[align],
    indent: align === "justify" && !numbering ? { firstLine: 567 } : undefined,
    spacing: { before: 60, after: 60 },
    run: { bold, size: options.size },
    numbering: numbering ? { ...numbering, custom: true } : undefined,
  });
}

function cellParagraphs(
  cell: Cell,
  ctx: Context,
  header: boolean,
  column: number,
  planner: NumberingPlanner | null,
): Paragraph[] {
  const marker = planner && !cell.merge ? detectMarker(`${cell.raw}. `.replace(/\.\. $/, ". ")) : null;
  const use = marker ? planner!.use(marker) : null;
  const inlines = use ? [] : cell.inlines;
  return [
    new Paragraph({
      children: runs(header ? inlines.map((i) => (i.kind === "text" ? { ...i, bold: true } : i)) : inlines, ctx, 24),
      // The task column reads left to right; refs, units and dates sit centred, as offices set them.
      alignment: !header && column === 1 ? AlignmentType.LEFT : AlignmentType.CENTER,
      numbering: use ? { ...use, custom: true } : undefined,
      run: { size: 24, bold: header },
    }),
  ];
}

function columnWidths(table: TableBlock, total: number): number[] {
  const rows = [...table.header, ...table.body];
  const count = Math.max(...rows.map((r) => r.length));
  const weights =
    table.widths ??
    Array.from({ length: count }, (_, k) => {
      const longest = Math.max(...rows.map((r) => (r[k] && !r[k]!.merge ? r[k]!.raw.length : 0)));
      return Math.min(Math.max(longest, 4), 60);
    });
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * total));
}

/** Rows of cells with their spans: "<<" widens the cell on the left, "^^" continues the one above. */
function tableRows(
  rows: Cell[][],
  ctx: Context,
  header: boolean,
  widths: number[],
  planner: NumberingPlanner | null,
  repeat: boolean,
): TableRow[] {
  return rows.map((row, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      if (cell.merge === "left") continue;
      let span = 1;
      while (row[c + span]?.merge === "left") span++;
      const continues = rows[r + 1]?.[c]?.merge === "up";
      const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      cells.push(
        new TableCell({
          children:
            cell.merge === "up" ? [new Paragraph({})] : cellParagraphs(cell, ctx, header, c, c === 0 ? planner : null),
          columnSpan: span > 1 ? span : undefined,
          verticalMerge:
            cell.merge === "up" ? VerticalMergeType.CONTINUE : continues ? VerticalMergeType.RESTART : undefined,
          verticalAlign: VerticalAlign.CENTER,
          width: { size: width, type: WidthType.DXA },
        }),
      );
    }
    return new TableRow({ children: cells, tableHeader: header && repeat, cantSplit: header });
  });
}

function table(block: TableBlock, ctx: Context, textWidth: number): Table {
  const widths = columnWidths(block, textWidth);
  let planner: NumberingPlanner | null = null;
  if (block.autonumber && ctx.mode === "auto") {
    planner = new NumberingPlanner(TABLE, `tt${ctx.tables.length + 1}`);
    ctx.tables.push(planner);
  }
  // A typed table merges its header cells; in the body every row carries its own text.
  const body = ctx.mode === "auto" ? block.body : filledRows(block);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      ...tableRows(block.header, ctx, true, widths, null, block.repeat && ctx.mode === "auto"),
      ...tableRows(body, ctx, false, widths, planner, false),
    ],
  });
}

function layout(block: LayoutBlock, ctx: Context, textWidth: number): (Paragraph | Table)[] {
  const alignOf = (para: Para, column: number): Align =>
    para.align !== "justify" ? para.align : block.kind === "signature" && column === 0 ? "left" : "center";
  const sizeOf = (column: number) =>
    block.kind === "signature" && column === 0 ? 22 : block.kind === "header" ? 25 : 26;
  if (ctx.mode === "typed") {
    return block.rows.flatMap((row) =>
      row.flatMap((cell, c) => cell.map((p) => paragraph(p, ctx, { align: alignOf(p, c), numbered: false }))),
    );
  }
  const columns = Math.max(...block.rows.map((r) => r.length));
  const split = block.kind === "header" ? [0.38, 0.62] : [0.45, 0.55];
  const widths = Array.from({ length: columns }, (_, k) => Math.floor((split[k] ?? 1 / columns) * textWidth));
  return [
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: TableBorders.NONE,
      layout: TableLayoutType.FIXED,
      rows: block.rows.map(
        (row) =>
          new TableRow({
            children: Array.from({ length: columns }, (_, c) => {
              const paras = (row[c] ?? []).map((p) =>
                paragraph(p, ctx, { align: alignOf(p, c), size: sizeOf(c), numbered: false }),
              );
              return new TableCell({
                children: paras.length ? paras : [new Paragraph({})],
                width: { size: widths[c]!, type: WidthType.DXA },
              });
            }),
          }),
      ),
    }),
  ];
}

function blockChildren(block: Block, ctx: Context, textWidth: number): (Paragraph | Table)[] {
  switch (block.type) {
    case "para":
      return [paragraph(block, ctx)];
    case "table":
      return [table(block, ctx, textWidth), new Paragraph({})];
    case "layout":
      return layout(block, ctx, textWidth);
    case "textbox":
      if (ctx.mode === "typed") return block.paras.map((p) => paragraph(p, ctx, { numbered: false }));
      return [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [
            new Textbox({
              children: block.paras.map((p) => paragraph(p, ctx, { numbered: false })),
              style: { width: "2.4in", height: "auto" },
            }),
          ],
        }),
      ];
    case "pagebreak":
      return [new Paragraph({ children: [new PageBreak()] })];
    default:
      return [];
  }
}

function sections(source: Source, ctx: Context): ISectionOptions[] {
  const out: ISectionOptions[] = [];
  let landscape = false;
  let children: (Paragraph | Table)[] = [];
  const close = () => {
    // The docx package turns the page itself when told landscape.
    const size = {
      width: PAGE.width,
      height: PAGE.height,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    };
    out.push({ properties: { page: { size, margin: PAGE.margin } }, children });
    children = [];
  };
  for (const block of source.blocks) {
    if (block.type === "section") {
      if (children.length) close();
      landscape = block.landscape;
    } else children.push(...blockChildren(block, ctx, landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait));
  }
  close();
  return out;
}

const FORMATS = {
  upperRoman: LevelFormat.UPPER_ROMAN,
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
};

function numberingConfig(lists: ListDef[]) {
  const bullets = ["-", "+", "•"].map((text, level) => ({
    level,
    format: LevelFormat.BULLET,
    text,
    suffix: LevelSuffix.SPACE,
    style: { paragraph: { indent: { left: 0, firstLine: 567 } } },
  }));
  return [
    { reference: "bullets", levels: bullets },
    ...lists.map((list) => ({
      reference: list.reference,
      levels: list.levels.map((l, level) => ({
        level,
        format: FORMATS[l.format],
        text: l.text,
        start: l.start,
        suffix: LevelSuffix.SPACE,
        style: { paragraph: { indent: { left: 0, firstLine: list.reference.startsWith("tt") ? 0 : 567 } } },
      })),
    })),
  ];
}

export function wordDocument(source: Source, mode: WordMode): Document {
  const hasOutline = source.blocks.some((b) => b.type === "para" && b.marker?.kind === "outline");
  const ctx: Context = {
    mode,
    author: source.settings.author ?? "Phòng Cải cách hành chính",
    date: `${source.settings.date ?? "2025-01-01"}T08:00:00Z`,
    footnoteIds: new Map([...source.footnotes.keys()].map((id, k) => [id, k + 1])),
    prose: new NumberingPlanner(hasOutline ? PROSE_DEEP : PROSE, "outline"),
    tables: [],
    revision: 0,
  };
  // Sections first: planning the lists happens while the paragraphs are written.
  const body = sections(source, ctx);
  const footnotes = Object.fromEntries(
    [...source.footnotes].map(([id, para]) => [
      ctx.footnoteIds.get(id)!,
      { children: [paragraph(para, ctx, { align: "justify", size: 22, numbered: false })] },
    ]),
  );
  return new Document({
    creator: ctx.author,
    lastModifiedBy: ctx.author,
    title: "Kế hoạch",
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    numbering: { config: numberingConfig([...ctx.prose.lists, ...ctx.tables.flatMap((t) => t.lists)]) },
    footnotes,
    sections: body,
  });
}
