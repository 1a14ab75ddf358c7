// .docx plans: mammoth turns the document into HTML, whose paragraphs and table rows
// become blocks. Merged cells (colspan) are repeated as empty cells so that columns
// keep their places, as in the text form.
import mammoth from "mammoth";
import { parse, type HTMLElement } from "node-html-parser";
import { clean } from "../domain/text.ts";
import type { Block, PlanDocument } from "./document.ts";

function rowCells(row: HTMLElement): string[] {
  const cells: string[] = [];
  for (const cell of row.querySelectorAll("td, th")) {
    cells.push(clean(cell.structuredText.replace(/\n/g, " ")));
    const span = Number(cell.getAttribute("colspan") ?? 1);
    for (let i = 1; i < span; i++) cells.push("");
  }
  return cells;
}

function walk(node: HTMLElement, blocks: Block[]): void {
  for (const child of node.childNodes) {
    if (!("tagName" in child) || !child.tagName) continue;
    const element = child as HTMLElement;
    const tag = element.tagName.toLowerCase();
    if (tag === "table") {
      for (const row of element.querySelectorAll("tr")) blocks.push({ type: "row", cells: rowCells(row) });
    } else if (tag === "ul" || tag === "ol") {
      for (const item of element.querySelectorAll("li")) {
        const text = clean(item.structuredText.replace(/\n/g, " "));
        if (text) blocks.push({ type: "text", text: `- ${text}` });
      }
    } else if (/^(p|h[1-6])$/.test(tag)) {
      const text = clean(element.structuredText.replace(/\n/g, " "));
      if (text) blocks.push({ type: "text", text });
    } else {
      walk(element, blocks);
    }
  }
}

export async function readDocxPlan(buffer: Buffer): Promise<PlanDocument> {
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const blocks: Block[] = [];
  walk(parse(html), blocks);
  return { blocks };
}
