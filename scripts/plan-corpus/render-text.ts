// plan.txt: the document as the seeds are written, paragraphs on their own lines separated
// by a blank line, tables as TAB-separated rows. Layout tables and text boxes become their
// paragraphs; a cell merged with the one above repeats its text in the body (a reader sees it
// on every row) and is empty in the header; footnotes are Markdown footnotes.
import type { Block, Cell, Inline, Para, Source, TableBlock } from "./source.ts";

function inlineText(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      if (i.kind === "text") {
        const text = i.text;
        if (i.bold && i.italic) return `***${text}***`;
        if (i.bold) return `**${text}**`;
        return i.italic ? `*${text}*` : text;
      }
      if (i.kind === "ins") return i.text;
      if (i.kind === "footnote") return `[^${i.id}]`;
      return i.kind === "br" ? "\n" : "";
    })
    .join("")
    .replace(/\*\*\*\*/g, "");
}

function paraText(para: Para): string {
  return (para.heading ? `${"#".repeat(para.heading)} ` : "") + inlineText(para.inlines);
}

/** Each body row with the cells merged upwards filled in from above. */
export function filledRows(table: TableBlock): Cell[][] {
  const out: Cell[][] = [];
  for (const row of table.body) {
    const above = out.at(-1);
    out.push(row.map((cell, k) => (cell.merge === "up" && above?.[k] ? above[k] : cell)));
  }
  return out;
}

function tableLines(table: TableBlock): string[] {
  const cell = (c: Cell) => (c.merge ? "" : inlineText(c.inlines).replace(/\n/g, " "));
  return [...table.header, ...filledRows(table)].map((row) => row.map(cell).join("\t"));
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case "para":
      return [paraText(block)];
    case "table":
      return [tableLines(block).join("\n")];
    case "layout":
      return block.rows.flatMap((row) => row.flatMap((cell) => cell.filter((p) => p.raw).map(paraText)));
    case "textbox":
      return block.paras.map(paraText);
    default:
      return [];
  }
}

export function renderText(source: Source): string {
  const lines = source.blocks.flatMap(blockLines);
  const notes = [...source.footnotes].map(([id, para]) => `[^${id}]: ${inlineText(para.inlines)}`);
  return `${[...lines, ...notes].join("\n\n")}\n`;
}
