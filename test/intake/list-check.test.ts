// Real .xlsx files written with exceljs, through the whole intake: guard, worker,
// header search, row checks, findings.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { appendixI, appendixIII, citizen, xlsx, type Row } from "../support/lists.ts";
import { check, codes } from "../support/intake.ts";

const person = (
  n: number,
  overrides: Partial<Record<"name" | "position" | "male" | "female" | "phone" | "note", Row[number]>> = {},
): Row => [
  n,
  overrides.name ?? "Nguyễn Văn An",
  overrides.position ?? "Chuyên viên",
  overrides.male === undefined ? "x" : overrides.male,
  overrides.female ?? null,
  overrides.phone ?? `091234${String(5000 + n)}`,
  overrides.note ?? null,
];
const WINDOW = { from: "2018-12-01", to: "2019-11-30" };

describe("row codes", () => {
  it("accepts a clean Phụ lục I list found under its title rows, with a merged two-row header", async () => {
    const result = await check(await xlsx(appendixI([person(1), person(2, { male: null, female: "x" })])));
    expect(result.ok && result.value.template).toBe("I");
    expect(codes(result)).toEqual([]);
    expect(result.ok && result.value.check.counts).toEqual({ total: 2, valid: 2, official: 2, reserve: 0 });
    expect(result.ok && result.value.annotated).toBeNull();
  });

  it.each([
    ["missing-cell", person(1, { position: "" }), "Chức vụ"],
    ["invalid-name", person(1, { name: "An 123" }), "Họ và Tên"],
    ["invalid-name", person(1, { name: "An" }), "Họ và Tên"],
    ["invalid-phone", person(1, { phone: "12345" }), "Số điện thoại"],
    ["invalid-phone", person(1, { phone: "01662345678" }), "Số điện thoại"],
    ["gender-ambiguous", person(1, { male: "x", female: "x" }), "Nam"],
    ["gender-ambiguous", person(1, { male: null, female: null }), "Nam"],
    ["legacy-encoding", person(1, { name: "NguyÔn V¨n An" }), "Họ và Tên"],
    ["phone-leading-zero", person(1, { phone: 912345678 }), "Số điện thoại"],
  ])("%s", async (code, row, column) => {
    const result = await check(await xlsx(appendixI([row])));
    if (!result.ok) throw new Error(result.error.code);
    const finding = result.value.check.findings.find((f) => f.code === code);
    expect(finding).toMatchObject({ row: 7, column, code });
    expect(result.value.message(finding!)).toMatch(/^Dòng 7/);
  });

  it("suggests the new number for a retired prefix", async () => {
    const result = await check(await xlsx(appendixI([person(1, { phone: "01662345678" })])));
    expect(result.ok && result.value.message(result.value.check.findings[0]!)).toContain("số mới là 0362345678");
  });

  it("reports duplicate phones from the second occurrence, and against earlier lists", async () => {
    const rows = [
      person(1, { phone: "0912345678" }),
      person(2, { phone: "0912.345.678" }),
      person(3, { phone: "0987654321" }),
    ];
    expect(codes(await check(await xlsx(appendixI(rows)), { knownPhones: ["0987654321"] }))).toEqual([
      [8, "duplicate-phone"],
      [9, "duplicate-phone"],
    ]);
  });

  it("checks Phụ lục III dates, window and addresses", async () => {
    const rows = [
      citizen(1),
      citizen(2, { received: "15/10/2019", returned: "01/10/2019" }),
      citizen(3, { returned: "31/02/2019" }),
      citizen(4, { received: "01/12/2019", returned: "05/12/2019" }),
      citizen(5, { address: "Tổ 3, Thái Nguyên" }),
      citizen(6, {
        received: new Date(Date.UTC(2019, 8, 3)),
        returned: new Date(Date.UTC(2019, 8, 10)),
        address: "xóm Đồng, xã Phúc Xuân, TP. Thái Nguyên",
      }),
    ];
    expect(codes(await check(await xlsx(appendixIII(rows)), { window: WINDOW }))).toEqual([
      [5, "date-order"],
      [6, "invalid-date"],
      [7, "date-out-of-window"],
      [8, "incomplete-address"],
    ]);
  });

  it("tells official from reserve samples by a section row or the note, and checks the quota", async () => {
    const rows = [
      citizen(1),
      citizen(2),
      citizen(3, { note: "DP" }),
      ["II. Danh sách dự phòng"],
      citizen(4),
      citizen(5),
    ];
    const quota = { official: 2, reserve: 5, required: { official: 3, reserve: 2 } };
    const result = await check(await xlsx(appendixIII(rows)), { window: WINDOW, quota });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.check.counts).toEqual({ total: 5, valid: 5, official: 2, reserve: 3 });
    expect(result.value.check.findings.map((f) => [f.code, f.args?.section])).toEqual([["quota-short", "official"]]);
    const over = await check(await xlsx(appendixIII(rows)), {
      quota: { official: 1, reserve: 2, required: { official: 1, reserve: 1 } },
    });
    expect(over.ok && over.value.check.findings.map((f) => [f.code, f.severity, f.args?.section])).toEqual([
      ["quota-over", "warning", "official"],
      ["quota-over", "warning", "reserve"],
    ]);
  });
});

describe("messy layouts", () => {
  it("finds the header without title rows, without STT, with odd case, spaces and line breaks", async () => {
    const file = await xlsx({
      header: [["HỌ  VÀ\nTÊN", "chức vụ", "GIỚI TÍNH", "Số Điện\nThoại"]],
      rows: [
        ["Nguyễn Văn An", "Chuyên viên", "Nam", "0912345678"],
        ["Lê Thị Hoa", "Chuyên viên", "Nữ", "0912345679"],
      ],
    });
    const result = await check(file);
    expect(result.ok && [result.value.template, result.value.check.headerRow, result.value.check.counts.valid]).toEqual(
      ["I", 1, 2],
    );
  });

  it("skips blank and numbering rows and stops at the signature block", async () => {
    const rows = [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], person(1), [], person(2, { phone: "0912000002" })];
    const file = await xlsx({ ...appendixI(rows), signature: true });
    const result = await check(file);
    // The rows as stored: [excelRow, section, valid, phone, data] in the worker's batches.
    const stored = result.ok ? result.value.check.rows.flatMap((b) => JSON.parse(b.json) as [number][]) : [];
    expect(stored.map(([row]) => row)).toEqual([8, 10]);
  });

  it("reads Phụ lục IV with its sections (Thường trực, Đại biểu) as official samples", async () => {
    const file = await xlsx({
      header: [
        ["Số TT", "Họ và Tên", "Chức vụ", "Cơ quan công tác", "Giới tính", null, "Số điện thoại", "Ghi chú"],
        [null, null, null, null, "Nam", "Nữ"],
      ],
      rows: [
        ["I", "Thường trực HĐND tỉnh"],
        [1, "Phạm Hoàng Sơn", "Chủ tịch", "HĐND tỉnh", "x", null, "0912345678"],
        ["II", "Đại biểu HĐND tỉnh"],
        [1, "Đỗ Thị Hà", "Đại biểu", "Sở Y tế", null, "x", "0912345679"],
      ],
      merges: ["E1:F1"],
    });
    const result = await check(file);
    expect(result.ok && [result.value.template, result.value.check.counts]).toEqual([
      "IV",
      { total: 2, valid: 2, official: 2, reserve: 0 },
    ]);
  });

  it("reads a .csv list", async () => {
    const csv =
      "Họ và tên;Chức vụ trong Hiệp hội;Chức vụ, địa chỉ cơ quan công tác;Giới tính;Số điện thoại\nNguyễn Văn An;Hội viên;Giám đốc Công ty ABC, phường Quang Trung;Nam;0912345678\n";
    const result = await check(Buffer.from(csv), { name: "hiep-hoi.csv" });
    expect(result.ok && [result.value.template, result.value.check.counts.valid]).toEqual(["V", 1]);
  });
});

describe("the annotated copy", () => {
  it("keeps the sheet, adds an error column, highlights cells, and lists every finding", async () => {
    const result = await check(
      await xlsx(appendixI([person(1), person(2, { phone: "12345" }), person(3, { name: "NguyÔn V¨n B×nh" })])),
    );
    if (!result.ok || !result.value.annotated) throw new Error("expected an annotated copy");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.value.annotated as unknown as ArrayBuffer);
    const [sheet, list] = workbook.worksheets;
    expect([1, 2, 3, 4].map((row) => sheet!.getCell(`A${row}`).value)).toEqual([
      "SỞ XÂY DỰNG",
      "DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐANG CÔNG TÁC TẠI SỞ",
      "Người lập: Nguyễn Văn A",
      "Điện thoại: 0912000111",
    ]);
    expect(sheet!.getCell("H5").value).toBe("Lỗi cần sửa (dondoc)");
    expect(sheet!.getCell("H8").value).toBe(
      'Dòng 8, cột "Số điện thoại": "12345" không phải số điện thoại Việt Nam hợp lệ.',
    );
    expect((sheet!.getCell("F8").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect((sheet!.getCell("B9").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect(sheet!.getCell("B7").value).toBe("Nguyễn Văn An");
    expect(list!.name).toBe("Danh sách lỗi");
    expect(list!.getRow(1).values).toEqual([undefined, "Dòng", "Cột", "Giá trị", "Nội dung"]);
    expect(list!.getRow(2).getCell(4).value).toMatch(/^Dòng 8, cột "Số điện thoại": "12345" không phải số điện thoại/);
    expect(list!.actualRowCount).toBe(3);
  });
});
