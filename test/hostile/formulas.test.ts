// Values that look like formulas (= + - @ first) are text: read as text from a list, and
// written as text into the export and the annotated copy, never as a formula a
// spreadsheet program would run when the file is opened.
import { describe, expect, it } from "vitest";
import { readEntry, zipEntries } from "../../src/formats/zip.ts";
import { writeExport } from "../../src/sheets/export-workbook.ts";
import { check, t } from "../support/intake.ts";
import { appendixI, xlsx } from "../support/lists.ts";

// Workers start cold and this machine may be shared: a generous bound, not a timing goal.
const HEAVY = 180_000;

const FORMULAS = ['=HYPERLINK("http://evil.example","Nguyễn Văn An")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)"];

/** The XML of every worksheet of a workbook, as one text. */
function sheetsXml(file: Buffer): string {
  const entries = zipEntries(file)!.filter((e) => e.name.startsWith("xl/worksheets/"));
  return entries.map((e) => (readEntry(file, e) as { data: Buffer }).data.toString("utf8")).join("\n");
}

describe("values that look like formulas", { timeout: HEAVY }, () => {
  it("are read, annotated and exported as text", async () => {
    const rows = FORMULAS.map((name, i) => [i + 1, name, "Chuyên viên", "x", null, `091234567${i}`]);
    const result = await check(await xlsx(appendixI(rows, { titleRows: false })));
    if (!result.ok) throw new Error(result.error.code);
    const names = result.value.check.findings.filter((f) => f.column === "Họ và Tên").map((f) => f.value);
    expect(names).toEqual(expect.arrayContaining(FORMULAS.filter((f) => /\d/.test(f))));
    expect(sheetsXml(result.value.annotated!)).not.toMatch(/<f[ >]/);

    const exported = await writeExport(
      {
        title: "Kế hoạch",
        tasks: [],
        units: [],
        scores: [{ unit: FORMULAS[0]!, points: 1, max: 2 }],
        rules: FORMULAS[1]!,
        lists: [
          {
            template: "I",
            rows: FORMULAS.map((name) => ({ unit: "Sở Y tế", section: "official", values: { name, phone: name } })),
          },
        ],
      },
      t,
    );
    const xml = sheetsXml(exported);
    expect(xml).not.toMatch(/<f[ >]/);
    const shared = zipEntries(exported)!.find((e) => e.name === "xl/sharedStrings.xml");
    const strings = shared ? (readEntry(exported, shared) as { data: Buffer }).data.toString("utf8") : xml;
    expect(strings).toContain("=HYPERLINK(&quot;http://evil.example&quot;");
  });
});
