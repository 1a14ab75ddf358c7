// Workbooks in the formats offices keep besides .xlsx: Excel 97-2003's .xls and Calc's .ods. Each is read into the same
// blocks as the .xlsx it was saved from (LibreOffice's copies of the corpus's workbooks, committed beside them), and
// each is bounded: a file made to hurt is refused with a code, never read at a cost past the limits.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { readXlsPlan } from "../../src/plan/read-xls.ts";
import { projectRoot } from "../../src/paths.ts";
import { compoundFile } from "./doc/word-file.ts";
import * as biff from "./xls/biff.ts";
import { cell, ods, row } from "./ods/ods-file.ts";
import { odsMergedRows, xlsOfRows } from "../support/large-file-inputs.ts";

// The cells as read; the tabs' names over the sheets (test/plan/unit-tabs.test.ts) are left aside: a web page or an
// XML workbook named .xls may name its sheet otherwise or not at all.
const blocksOf = async (file: Buffer) => {
  const read = await readPlan(file);
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
  return read.document.blocks.filter((b) => b.type !== "text" || !b.tab);
};

function workbookCopies(): string[] {
  const test = join(projectRoot, "test");
  return readdirSync(test)
    .filter((set) => set.startsWith("plan-corpus") || set.startsWith("plan-heldout"))
    .flatMap((set) => readdirSync(join(test, set)).map((doc) => join(test, set, doc)))
    .filter((dir) => existsSync(join(dir, "plan.xlsx")) && existsSync(join(dir, "plan.xls")));
}

describe("a workbook saved as .xls or .ods", () => {
  const dirs = workbookCopies();
  it("is found beside at least ten of the corpus's workbooks", () => expect(dirs.length).toBeGreaterThanOrEqual(10));

  it.each(dirs.map((d) => [d.slice(d.lastIndexOf("/", d.lastIndexOf("/") - 1) + 1), d]))(
    "%s reads as its .xlsx",
    async (_, dir) => {
      const xlsx = await blocksOf(readFileSync(join(dir, "plan.xlsx")));
      expect(await blocksOf(readFileSync(join(dir, "plan.xls")))).toEqual(xlsx);
      expect(await blocksOf(readFileSync(join(dir, "plan.ods")))).toEqual(xlsx);
    },
    60_000,
  );
});

const xls = (stream: Buffer) => compoundFile({ Workbook: stream });

describe("an .xls workbook's records", () => {
  const sst = biff.sstData(["STT", "Nhiệm vụ", "Thời hạn", "Rà soát thủ tục hành chính", "Sở Tư pháp"]);
  // The shared strings cut inside "Nhiệm vụ": the rest comes in a CONTINUE record starting with its own option byte.
  const cut = sst.indexOf(Buffer.from("Nhi", "utf16le")) + 6;
  const rest = Buffer.concat([Buffer.from([1]), sst.subarray(cut)]);
  const globals = [
    biff.record(0x00fc, sst.subarray(0, cut)),
    biff.record(0x003c, rest),
    biff.format(164, "dd/mm/yyyy"),
    biff.xf(0),
    biff.xf(164),
  ];
  const sheet = [
    biff.labelSst(0, 0, 0),
    biff.labelSst(0, 1, 1),
    biff.labelSst(0, 2, 2),
    biff.label(0, 3, "Mã nội bộ"),
    biff.rk(1, 0, 0, 1),
    biff.labelSst(1, 1, 3),
    biff.number(1, 2, 1, 46142),
    biff.label(1, 3, "TP-01"),
    biff.rk(2, 0, 0, 2),
    biff.stringFormula(2, 1, "Công khai kết quả rà soát"),
    biff.label(2, 2, "Quý III/2026"),
    biff.label(3, 1, "Dòng đã bỏ"),
    biff.label(3, 2, "15/3/2026"),
    biff.mulRk(4, 0, [3]),
    biff.label(4, 1, "Tổng hợp báo cáo"),
    biff.mergeCells([4, 5, 2, 2]),
    biff.number(4, 2, 1, 46203),
    biff.label(5, 1, "Gửi báo cáo về Sở Nội vụ"),
    biff.hiddenRow(3),
    biff.hiddenColumns(3, 3),
  ];

  it("gives each cell as Excel shows it, merged cells spread down, hidden rows and columns left out", async () => {
    const book = xls(
      biff.workbook(globals, [
        { name: "KH", records: sheet },
        { name: "Cũ", hidden: true, records: [biff.label(0, 0, "ẩn")] },
      ]),
    );
    expect(await blocksOf(book)).toEqual([
      { type: "row", cells: ["STT", "Nhiệm vụ", "Thời hạn"] },
      { type: "row", cells: ["1", "Rà soát thủ tục hành chính", "30/04/2026"] },
      { type: "row", cells: ["2", "Công khai kết quả rà soát", "Quý III/2026"] },
      { type: "row", cells: ["3", "Tổng hợp báo cáo", "30/06/2026"] },
      { type: "row", cells: ["", "Gửi báo cáo về Sở Nội vụ", "30/06/2026"] },
    ]);
  });

  it.each([
    ["an Excel 95 workbook", compoundFile({ Book: biff.workbook([], []) })],
    ["a stream that is no workbook", xls(Buffer.from("KẾ HOẠCH"))],
    [
      "a record running past the stream",
      xls(Buffer.concat([biff.bof(0x0005), Buffer.from([0xfc, 0, 0xff, 0xff])]).subarray(0, 4096)),
    ],
    [
      "a shared string longer than its record",
      xls(biff.workbook([biff.record(0x00fc, Buffer.from([1, 0, 0, 0, 1, 0, 0, 0, 0xff, 0xff, 0, 0x41]))], [])),
    ],
  ])("%s is answered unreadable-xls", async (_, file) => {
    expect(await readPlan(file)).toMatchObject({ ok: false, error: { code: "unreadable-xls" } });
  });

  it("answers an .xls cut short in sending as an unreadable workbook, not as a Word file", async () => {
    const whole = xls(biff.workbook(globals, [{ name: "KH", records: sheet }]));
    expect(await readPlan(whole.subarray(0, whole.length - 2048))).toMatchObject({
      ok: false,
      error: { code: "unreadable-xls" },
    });
    // LibreOffice writes the directory last: a copy cut before it is known by its first record.
    const saved = readFileSync(join(workbookCopies()[0]!, "plan.xls"));
    expect(await readPlan(saved.subarray(0, 2048))).toMatchObject({ ok: false, error: { code: "unreadable-xls" } });
  });

  it("reads each byte once, however many sheets claim the same place", async () => {
    const stream = biff.workbook(globals, [{ name: "KH", records: sheet }]);
    const place = stream.indexOf(biff.bof(0x0010));
    const claims = Array.from({ length: 5_000 }, () => biff.boundSheet(place, "x"));
    const rebuilt = Buffer.concat([biff.bof(0x0005), ...globals, ...claims, biff.eof(), stream.subarray(place)]);
    const moved = rebuilt.length - stream.length;
    // The claims now point before the sheet: put them right, as a crafted file would.
    const fixed = Buffer.concat([
      biff.bof(0x0005),
      ...globals,
      ...claims.map(() => biff.boundSheet(place + moved, "x")),
      biff.eof(),
      stream.subarray(place),
    ]);
    const read = readXlsPlan(xls(fixed));
    if (!read.ok) throw new Error(read.error.code);
    expect(
      read.document.blocks.filter((b) => b.type === "row" && b.cells[1] === "Rà soát thủ tục hành chính"),
    ).toHaveLength(1);
  });

  it("refuses a shared string table of more strings than a plan has characters", async () => {
    const limits = { ...PLAN_LIMITS, maxTextChars: 10_000 };
    const data = biff.sstData(Array.from({ length: limits.maxTextChars + 1 }, () => ""));
    const pieces = [];
    for (let at = 0; at < data.length; at += 8224)
      pieces.push(biff.record(at ? 0x003c : 0x00fc, data.subarray(at, at + 8224)));
    const book = xls(biff.workbook(pieces, []));
    expect(readXlsPlan(book, limits)).toMatchObject({ ok: false, error: { code: "plan-too-complex" } });
    expect(readXlsPlan(book, { ...limits, maxTextChars: 20_000 })).toMatchObject({ ok: true });
  });

  it("refuses a sheet of more rows than a plan may have, and cells past the last column", async () => {
    const rows = Array.from({ length: PLAN_LIMITS.maxBlocks + 1 }, (_, i) => biff.rk(i, 0, 0, i));
    expect(readXlsPlan(xls(biff.workbook([biff.xf(0)], [{ name: "KH", records: rows }])))).toMatchObject({
      ok: false,
      error: { code: "plan-too-complex" },
    });
    const wide = biff.workbook([], [{ name: "KH", records: [biff.label(0, 5_000, "x")] }]);
    expect(readXlsPlan(xls(wide))).toMatchObject({ ok: false, error: { code: "plan-too-complex" } });
  });
});

describe("an .ods workbook's tables", () => {
  it("spreads repeats and spans, skips hidden sheets, rows, columns and comments", async () => {
    const sheet =
      '<table:table table:name="KH"><table:table-column table:number-columns-repeated="2"/><table:table-column table:visibility="collapse"/><table:table-column/>' +
      row(cell("STT") + cell("Nhiệm vụ") + cell("Mã") + cell("Thời hạn")) +
      row(
        cell("1") +
          cell(
            'Rà soát<text:s text:c="2"/>quy trình<office:annotation><text:p>ghi chú riêng</text:p></office:annotation>',
          ) +
          cell("A1") +
          cell("Quý II/2026", ' table:number-rows-spanned="2"'),
      ) +
      row(cell("2") + cell("Công khai kết quả") + cell("A2") + "<table:covered-table-cell/>") +
      row(cell("x") + cell("Dòng ẩn") + cell("A3") + cell("1/1/2026"), ' table:visibility="collapse"') +
      row('<table:table-cell table:number-columns-repeated="1024"/>', ' table:number-rows-repeated="1048000"') +
      '</table:table><table:table table:name="Cũ" table:style-name="ta2">' +
      row(cell("Bảng ẩn")) +
      "</table:table>";
    const hidden =
      '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
    expect(await blocksOf(await ods(sheet, hidden))).toEqual([
      { type: "row", cells: ["STT", "Nhiệm vụ", "Thời hạn"] },
      { type: "row", cells: ["1", "Rà soát quy trình", "Quý II/2026"] },
      { type: "row", cells: ["2", "Công khai kết quả", "Quý II/2026"] },
    ]);
  });

  it("refuses a filled row repeated past the rows a plan may have, and never loops over empty repeats", async () => {
    const flood = `<table:table table:name="KH">${row(cell("1") + cell("Nhiệm vụ"), ' table:number-rows-repeated="2000000000"')}</table:table>`;
    expect(await readPlan(await ods(flood))).toMatchObject({ ok: false, error: { code: "plan-too-complex" } });
    const empty = `<table:table table:name="KH">${row('<table:table-cell table:number-columns-repeated="2000000000"/>', ' table:number-rows-repeated="2000000000"')}${row(cell("KẾ HOẠCH"))}</table:table>`;
    expect(await blocksOf(await ods(empty))).toEqual([{ type: "text", text: "KẾ HOẠCH" }]);
  });

  it("answers a broken spreadsheet unreadable-ods", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content");
    const broken = await zip.generateAsync({ type: "nodebuffer" });
    expect(await readPlan(broken)).toMatchObject({ ok: false, error: { code: "unreadable-ods" } });
  });
});

describe("large workbooks", () => {
  it("read every row of a 10,000-row .xls with its date", async () => {
    const blocks = await blocksOf(xlsOfRows(10_000));
    expect(blocks).toHaveLength(10_000);
    expect(blocks[9_999]).toEqual({ type: "row", cells: ["10000", "Nhiệm vụ số 10000", "18/03/2026"] });
  });

  it("give a cell merged down over 5,000 .ods rows to each of them", async () => {
    const blocks = await blocksOf(await ods(odsMergedRows(5_000)));
    expect(blocks).toHaveLength(5_000);
    expect(blocks.every((b) => b.type === "row" && b.cells[0] === "Sở Nội vụ")).toBe(true);
  });
});
