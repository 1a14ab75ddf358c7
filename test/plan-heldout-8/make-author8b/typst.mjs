// plan.pdf typeset by Typst (the npm package @myriaddreamin/typst-ts-node-compiler) from a content model of
// lib.mjs: every text goes in as a Typst string literal, so no character of the plan is read as markup.
import { writeFileSync } from "node:fs";
import { require, cellRuns, runText } from "./lib.mjs";

const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");

const str = (s) => JSON.stringify(s);

function run(r) {
  if (typeof r === "string")
    return r
      .split("\n")
      .map(str)
      .map((s) => `#${s}`)
      .join("#linebreak()");
  if (r.br) return "#linebreak()";
  const s = str(runText(r));
  if (r.bi !== undefined) return `#strong(emph(${s}))`;
  if (r.b !== undefined) return `#strong(${s})`;
  if (r.i !== undefined) return `#emph(${s})`;
  return `#underline(${s})`;
}
const runs = (rs) => rs.map(run).join("");

function paragraph(b) {
  const body = runs(b.k === "n" ? [`${b.label} `, ...b.runs] : b.runs);
  const styled = b.bold ? `#strong[${body}]` : b.italic ? `#emph[${body}]` : body;
  const above = `${((b.before ?? 60) / 20 + 3).toFixed(1)}pt`;
  const size = b.size ? `#set text(size: ${b.size / 2}pt)\n` : "";
  if (b.align === "center" || b.align === "right" || b.align === "left" || b.noIndent) {
    const align = b.align === "justify" || !b.align ? "left" : b.align;
    const set = "#set par(justify: false, first-line-indent: 0pt)";
    return `#block(above: ${above}, below: 3pt, width: 100%)[${size}${set}\n#align(${align})[${styled}]]`;
  }
  const set = "#set par(justify: true, first-line-indent: 0pt)";
  return `#block(above: ${above}, below: 3pt)[${size}${set}\n#h(1cm)${styled}]`;
}

function cell(c, bordered) {
  const o = typeof c === "object" ? c : {};
  let body = runs(cellRuns(c));
  if (o.b) body = `#strong[${body}]`;
  if (o.i) body = `#emph[${body}]`;
  const args = [];
  if (o.colSpan) args.push(`colspan: ${o.colSpan}`);
  if (o.rowSpan) args.push(`rowspan: ${o.rowSpan}`);
  if (o.fill) args.push(`fill: rgb("${o.fill}")`);
  const align = o.align ?? (bordered ? "left" : "left");
  args.push(`align: ${align === "justify" ? "left" : align}`);
  return `table.cell(${args.join(", ")})[${body}]`;
}

function table(t) {
  const cols = t.widths.map((w) => `${w}fr`).join(", ");
  const size = t.borders ? `${(t.size ?? 24) / 2}pt` : "11pt";
  const cells = t.rows.flatMap((row) => row.map((c) => cell(c, t.borders))).join(",\n  ");
  const stroke = t.borders ? "0.5pt" : "none";
  const inset = t.borders ? "5pt" : "2pt";
  const body = `#set text(size: ${size})\n#table(columns: (${cols}), stroke: ${stroke}, inset: ${inset},\n  ${cells})`;
  return `#block(above: 8pt, below: 8pt, breakable: ${t.cantSplit ? "false" : "true"})[${body}]`;
}

/** Typst source of `blocks`; a paragraph marked keepNext is set in one block with the table after it. */
export function typstSource(blocks, { fontSize = 12.5 } = {}) {
  const out = [
    `#set page(paper: "a4", margin: (top: 2cm, bottom: 2cm, left: 3cm, right: 2cm),`,
    `  footer: context align(center)[#text(size: 11pt)[#counter(page).display()]])`,
    `#set text(font: "DejaVu Serif", size: ${fontSize}pt, lang: "vi")`,
    `#set par(leading: 0.7em)`,
  ];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.k === "page") out.push("#pagebreak()");
    else if (b.k === "t") out.push(table(b));
    else if (b.k === "p" || b.k === "n") {
      const next = blocks[k + 1];
      if (b.keepNext && next?.k === "t") {
        out.push(`#block(breakable: false)[${paragraph(b)}\n${table(next)}]`);
        k += 1;
      } else out.push(paragraph(b));
    }
  }
  return out.join("\n");
}

/** Writes plan.pdf typeset by Typst with the DejaVu fonts. */
export function typstPdf(path, blocks, options) {
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: ["/usr/share/fonts/truetype/dejavu"] }] });
  const source = typstSource(blocks, options);
  const pdf = compiler.pdf({ mainFileContent: source });
  writeFileSync(path, pdf);
  return source;
}
