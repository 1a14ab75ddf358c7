// CSV lists as Excel and LibreOffice save them, and files refused for what they are.
import { describe, expect, it } from "vitest";
import { check, t } from "../support/intake.ts";
import { appendixIII, citizen, type Row } from "../support/lists.ts";

/** RFC 4180: a field holding the delimiter, a quote or a line break is quoted. */
function csv(rows: Row[], delimiter: string, options: { bom?: boolean; eol?: string } = {}): Buffer {
  const field = (v: Row[number]) => {
    const s = v === null ? "" : String(v);
    return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const text = rows.map((r) => r.map(field).join(delimiter)).join(options.eol ?? "\r\n");
  return Buffer.from(`${options.bom === false ? "" : "\uFEFF"}${text}\r\n`);
}

const III = appendixIII([citizen(1), citizen(2)]);
const III_ROWS: Row[] = [...III.header, ...III.rows];

describe("a CSV list", () => {
  it.each([
    ["comma, BOM, CRLF", ","],
    ["semicolon", ";"],
    ["tab", "\t"],
  ])("Phụ lục III whose official header holds commas and a line break (%s)", async (_, delimiter) => {
    const result = await check(csv(III_ROWS, delimiter), { name: "ds3.csv" });
    if (!result.ok) throw new Error(t(`error-${result.error.code}`, result.error.args));
    expect(result.value.template).toBe("III");
    expect(result.value.check.counts).toMatchObject({ total: 2, valid: 2 });
  });

  it("keeps a quoted field with a comma whole", async () => {
    const rows: Row[] = [
      ["Số TT", "Họ và Tên", "Chức vụ", "Giới tính", "Số điện thoại", "Ghi chú"],
      [1, "Nguyễn Văn An", "Chuyên viên, Phòng CCHC", "Nam", "0912345678", null],
    ];
    const result = await check(csv(rows, ",", { bom: false, eol: "\n" }), { name: "ds1.csv", template: "I" });
    if (!result.ok) throw new Error(t(`error-${result.error.code}`, result.error.args));
    expect(result.value.check.counts).toMatchObject({ total: 1, valid: 1 });
    expect(result.value.check.findings).toEqual([]);
  });
});

describe("a file that is neither .xlsx nor CSV", () => {
  it.each([
    ["prose", Buffer.from("Kính gửi Sở Nội vụ,\nĐơn vị xin gửi danh sách sau.\n"), "không phải bảng CSV"],
    ["a PDF", Buffer.from("%PDF-1.7\n%âãÏÓ\n"), "(đây là tệp PDF)"],
    ["a photo", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "(đây là ảnh)"],
  ])("says what it is: %s", async (_, content, message) => {
    const result = await check(content, { name: "danh-sach.xlsx" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("not-xlsx");
    expect(t(`error-${result.error.code}`, result.error.args)).toContain(message);
  });
});
