// A SmartArt diagram (a roadmap's "Vertical Process", an organisation chart) stands in a Word body as a w:drawing whose
// a:graphicData points (dgm:relIds r:dm) to the diagram's data part, word/diagrams/dataN.xml: one dgm:pt per box, its
// text in dgm:t as DrawingML paragraphs (a:p > a:r > a:t), and the boxes' order in dgm:cxnLst (each box a child of the
// diagram's "doc" point, in the order srcOrd gives; a box's sub-points below it). Word shows those texts in the boxes;
// they are the page's words, read in that order as paragraphs, each paragraph of a box one block. The drawing part
// (drawingN.xml) is only the cached rendering of the same texts: it is not read, so each box counts once.
// Bounded as any part is: streamed, its depth held to the limits, each block counted in the document's budget.
import { clean } from "../../domain/text.ts";
import { streamXml } from "../../formats/xml-stream.ts";
import type { Budget } from "../budget.ts";
import type { Block } from "../document.ts";

interface Link {
  from: string;
  to: string;
  order: number;
}

/** The types of point that hold a box's words: "node" (the default) and an assistant's box. */
const BOX = new Set(["node", "asst"]);

/** The diagram data part's boxes' paragraphs as text blocks, in the order the diagram shows them. */
export function diagramBlocks(data: Buffer, budget: Budget, maxDepth: number): Block[] {
  const texts = new Map<string, string[]>();
  const links: Link[] = [];
  let root: string | null = null;
  let point: { id: string; type: string; lines: string[] } | null = null;
  let inText = 0;
  let line = "";
  streamXml(
    data,
    {
      open(el) {
        if (el.name === "dgm:pt" && !el.isSelfClosing)
          point = { id: el.attrs.modelId ?? "", type: el.attrs.type ?? "node", lines: [] };
        else if (el.name === "dgm:t" && point) inText++;
        else if (el.name === "dgm:cxn" && (el.attrs.type ?? "parOf") === "parOf")
          links.push({ from: el.attrs.srcId ?? "", to: el.attrs.destId ?? "", order: Number(el.attrs.srcOrd) || 0 });
      },
      close(el) {
        if (el.name === "dgm:t" && inText > 0) inText--;
        // A line break in a box's paragraph parts its words ("Giai đoạn 1⏎Tháng 3").
        else if (el.name === "br" && inText > 0) line += " ";
        else if (el.name === "p" && inText > 0 && point) {
          const text = clean(line);
          if (text) point.lines.push(text);
          line = "";
        } else if (el.name === "dgm:pt" && point) {
          if (point.type === "doc") root ??= point.id;
          if (BOX.has(point.type) && point.lines.length > 0 && !texts.has(point.id)) texts.set(point.id, point.lines);
          point = null;
        }
      },
      text(text) {
        if (inText > 0 && point) {
          line += text;
          budget.text(text.length, line.length);
        }
      },
    },
    maxDepth,
  );
  const below = new Map<string, Link[]>();
  for (const l of links) {
    const list = below.get(l.from) ?? [];
    list.push(l);
    below.set(l.from, list);
  }
  const ordered: string[] = [];
  const seen = new Set<string>();
  // Depth first from the diagram's root, each point's children in their order; every point once, so a crafted cycle
  // ends, and boxes no link reaches follow in the order the part lists them.
  const visit = (start: string) => {
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      if (texts.has(id)) ordered.push(id);
      const children = (below.get(id) ?? []).filter((l) => !seen.has(l.to)).sort((a, b) => b.order - a.order);
      for (const l of children) stack.push(l.to);
    }
  };
  if (root !== null) visit(root);
  for (const id of texts.keys()) if (!seen.has(id)) ordered.push(id);
  return ordered.flatMap((id) =>
    texts.get(id)!.map((text): Block => {
      budget.block();
      return { type: "text", text };
    }),
  );
}
