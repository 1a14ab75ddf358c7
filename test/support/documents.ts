// Real .docx and .xlsx plans, written by the docx and exceljs libraries from the text
// of a seed plan: paragraphs stay paragraphs, tab-separated lines become table rows.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import ExcelJS from "exceljs";

type Part = { kind: "text"; text: string } | { kind: "table"; rows: string[][] };

function parts(text: string): Part[] {
  const out: Part[] = [];
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      const last = out.at(-1);
      const cells = line.split("\t").map((c) => c.replace(/\*\*|<\/?[bi]>/g, "").trim());
      if (last?.kind === "table") last.rows.push(cells);
      else out.push({ kind: "table", rows: [cells] });
    } else if (line.trim()) {
      out.push({
        kind: "text",
        text: line
          .replace(/^#+\s*/, "")
          .replace(/\*\*/g, "")
          .trim(),
      });
    }
  }
  return out;
}

export async function docxFromText(text: string): Promise<Buffer> {
  const children = parts(text).map((part) => {
    if (part.kind === "text") return new Paragraph(part.text);
    const width = Math.max(...part.rows.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: part.rows.map(
        (cells) =>
          new TableRow({
            children: Array.from(
              { length: width },
              (_, i) => new TableCell({ children: [new Paragraph(cells[i] ?? "")] }),
            ),
          }),
      ),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export async function xlsxFromText(text: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Biểu phân công");
  for (const part of parts(text)) {
    if (part.kind === "text") sheet.addRow([part.text]);
    else for (const row of part.rows) sheet.addRow(row.map((c) => (/^\d+$/.test(c) ? c : c)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
