// Files that must be refused, each with a code and a message that says what to send.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, PROCESS_LIMITS } from "../../src/domain/limits.ts";
import { openList } from "../../src/sheets/read-list.ts";
import { docxFromText } from "../support/documents.ts";
import { check, t } from "../support/intake.ts";
import { appendixI, appendixIII, citizen, xlsx } from "../support/lists.ts";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function zip(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, content] of Object.entries(entries)) z.file(name, content);
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function manyRows(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách");
  sheet.addRow(["STT", "Họ và Tên", "Chức vụ", "Giới tính", "Số điện thoại"]);
  for (let i = 1; i <= count; i++)
    sheet.addRow([i, "Nguyễn Văn An", "Chuyên viên", "Nam", `09${String(10000000 + i)}`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const refused = async (content: Buffer, limits = DEFAULT_LIMITS) => {
  const result = await check(content, { limits });
  if (result.ok) throw new Error("the file was accepted");
  return { code: result.error.code, message: t(`error-${result.error.code}`, result.error.args) };
};

describe("hostile and broken files", () => {
  it("refuses a zip bomb from its central directory, without inflating it", async () => {
    const bomb = await zip({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.xml": "<workbook/>",
      "xl/worksheets/sheet1.xml": Buffer.alloc(60 * 1024 * 1024, 0x20),
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refused(bomb)).toMatchObject({
      code: "compressed-too-much",
      message: expect.stringContaining("60 MB"),
    });
  });

  it("refuses a truncated file", async () => {
    const whole = await xlsx(appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", null, "0912345678"]]));
    expect(await refused(whole.subarray(0, Math.floor(whole.length / 2)))).toMatchObject({
      code: "corrupt-file",
      message: expect.stringContaining("bị hỏng"),
    });
  });

  it.each([
    [
      "a renamed text file",
      Buffer.from("Danh sách cán bộ\nNguyễn Văn An 0912345678"),
      "Hãy gửi danh sách bằng tệp Excel .xlsx",
    ],
    ["an old .xls", Buffer.concat([OLE, Buffer.alloc(4096)]), "(đây là tệp .xls cũ): mở bằng Excel, chọn Lưu thành"],
  ])("refuses %s saying what to send instead", async (_, content, hint) => {
    const { code, message } = await refused(content);
    expect(code).toBe("not-xlsx");
    expect(message).toContain(hint);
  });

  it("refuses .xlsm and Word files", async () => {
    const xlsm = await zip({ "xl/workbook.xml": "<workbook/>", "xl/vbaProject.bin": Buffer.alloc(100) });
    expect((await refused(xlsm)).message).toContain("(tệp có macro .xlsm)");
    expect((await refused(await docxFromText("Danh sách\nNguyễn Văn An"))).message).toContain("(đây là tệp Word)");
  });

  it("refuses a password-protected workbook", async () => {
    const encrypted = Buffer.concat([
      OLE,
      Buffer.alloc(512),
      // The directory of what Excel writes: how the package was ciphered, and the ciphered package.
      Buffer.from("EncryptionInfo", "utf16le"),
      Buffer.alloc(64),
      Buffer.from("EncryptedPackage", "utf16le"),
      Buffer.alloc(512),
    ]);
    expect(await refused(encrypted)).toMatchObject({
      code: "encrypted-file",
      message: expect.stringContaining("đặt mật khẩu"),
    });
  });

  it("refuses a file over the size limit", async () => {
    const file = await xlsx(appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", null, "0912345678"]]));
    expect((await refused(file, { ...DEFAULT_LIMITS, maxBytes: 1000 })).code).toBe("file-too-large");
  });

  it("refuses 100,000 rows", async () => {
    const file = await manyRows(100_000);
    expect(await refused(file)).toMatchObject({
      code: "too-many-rows",
      message: expect.stringContaining("vượt giới hạn 60.000 dòng"),
    });
  });

  it("refuses a table that is no list, and a list missing a column", async () => {
    const other = await xlsx({ header: [["Mã hàng", "Tên hàng", "Đơn giá"]], rows: [["A1", "Bút bi", 5000]] });
    expect((await refused(other)).code).toBe("unknown-template");
    const file = await xlsx(appendixIII([citizen(1)]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    workbook.worksheets[0]!.spliceColumns(6, 1);
    const missing = await refused(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(missing).toMatchObject({
      code: "missing-column",
      message: "Tệp thiếu cột: Ngày trả kết quả thực tế. Gõ /mau để nhận đúng mẫu.",
    });
  });
});

describe("isolation", () => {
  it("survives a worker that runs out of memory, and answers the next file", async () => {
    const file = await manyRows(20_000);
    const starved = await openList(file, "xlsx", DEFAULT_LIMITS, { memoryMb: 8 });
    expect(starved).toMatchObject({ code: "file-too-complex" });
    const next = await check(await xlsx(appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", null, "0912345678"]])));
    expect(next.ok).toBe(true);
  });

  it("stops a parse that takes too long: too complex when it spent its CPU time, busy when the machine slowed it", async () => {
    const file = await manyRows(5_000);
    const heavy = await openList(file, "xlsx", DEFAULT_LIMITS, { process: { ...PROCESS_LIMITS, maxCpuMs: 1 } });
    expect(heavy).toMatchObject({ code: "file-too-complex" });
    // Out of wall time before spending half its CPU time: nothing is wrong with the file, it is asked for again.
    const slowed = await refused(file, { ...DEFAULT_LIMITS, timeoutMs: 5 });
    expect(slowed).toMatchObject({ code: "file-busy", message: expect.stringContaining("gửi lại tệp sau ít phút") });
  });
});
