// The dondoc command line as an admin uses it.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { dondoc, sqliteEnv } from "../support/cli.ts";
import { PLANS } from "../support/fixtures.ts";
import { appendixI, appendixIII, citizen, xlsx } from "../support/lists.ts";

function tempFile(name: string, content: string | Buffer): string {
  const path = join(tmpdir(), `dondoc-${process.pid}-${Date.now()}-${name}`);
  writeFileSync(path, content);
  return path;
}

describe("dondoc plan parse --json", () => {
  it("prints the plan in the documented shape, touching no database", async () => {
    const env = { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/never" };
    const run = await dondoc(["plan", "parse", PLANS.thaiNguyen2019, "--json"], env);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(Object.keys(json)).toEqual(["province", "plan", "templates", "tasks", "quotas", "warnings", "unplaced"]);
    expect(json.templates[1]).toEqual({ id: "III", window: { from: "2018-12-01", to: "2019-11-30" } });
    expect(json.plan).toEqual({
      number: "115/KH-UBND",
      date: "2019-11-15",
      issuer: "UBND tỉnh Thái Nguyên",
      title: expect.any(String),
    });
    expect(json.tasks[2]).toEqual({
      ref: "II.1.1",
      parentRef: "II.1",
      kind: "task",
      title: expect.stringMatching(/^Tham mưu UBND tỉnh ban hành Quy định/),
      deadline: { text: "Thời gian xong trước ngày 30/11/2019", due: "2019-11-29", effectiveDue: "2019-11-29" },
      lead: [{ name: "Sở Nội vụ", kind: "department", resolved: true }],
      coordinators: [],
      templates: [],
    });
    expect(json.tasks.find((t: { ref: string }) => t.ref === "II.2.1").templates).toEqual(["I", "III"]);
    expect(json.tasks.find((t: { ref: string }) => t.ref === "II.1").kind).toBe("heading");
    expect(json.quotas[0]).toEqual({
      unit: "Ban Dân tộc tỉnh",
      resolved: true,
      official: 10,
      reserve: 5,
      required: { official: 10, reserve: 5 },
    });
    expect(json.warnings[0]).toMatchObject({
      code: "quota-cell-missing",
      unit: "Sở Tư pháp",
      message: expect.stringContaining("Sở Tư pháp"),
    });
  });

  it("takes --province when the text does not say", async () => {
    const plan = tempFile(
      "plan.txt",
      "KẾ HOẠCH\nTT\tNhiệm vụ\tThời gian hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp\n1\tLập danh sách\tQuý IV năm 2020\tSở Nội vụ\tTT&TT\n",
    );
    const none = await dondoc(["plan", "parse", plan, "--json"]);
    expect(none.code).toBe(2);
    expect(JSON.parse(none.out).error).toMatchObject({
      code: "province-not-detected",
      message: expect.stringContaining("--province"),
    });
    const run = await dondoc(["plan", "parse", plan, "--province", "Lai Châu", "--json"]);
    expect(JSON.parse(run.out).tasks[0]).toMatchObject({
      deadline: { due: "2020-12-31", effectiveDue: "2020-12-31" },
      coordinators: [{ name: "Sở Thông tin và Truyền thông" }],
    });
  });

  it.each([
    ["an empty file", "", "Tệp rỗng."],
    ["a file that is no plan", "ảnh chụp màn hình", "Tệp này không phải kế hoạch"],
  ])("answers %s with a clear message and exit code 2", async (_, content, message) => {
    const run = await dondoc(["plan", "parse", tempFile("bad.txt", content)]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });

  it("answers a missing file and speaks English on request", async () => {
    const run = await dondoc(["plan", "parse", "/no/such/plan.docx", "--lang", "en"]);
    expect(run).toMatchObject({ code: 2, err: "Cannot read the file /no/such/plan.docx." });
  });
});

describe("dondoc plan import and tasks", () => {
  it("imports, re-imports with a report, and prints a unit's task table", async () => {
    const env = sqliteEnv();
    const first = await dondoc(["plan", "import", PLANS.thaiNguyen2019], env);
    expect(first.code).toBe(0);
    expect(first.out).toContain("Đã nhập kế hoạch (mã 1): 12 nhiệm vụ, chỉ tiêu mẫu của 19 đơn vị.");
    const again = await dondoc(["plan", "import", PLANS.thaiNguyen2019], env);
    expect(again.out).toContain("Không có thay đổi so với lần nhập trước.");
    const tasks = await dondoc(["tasks", "--unit", "Sở Xây dựng", "--today", "2019-11-25"], env);
    expect(tasks.out.split("\n")).toEqual([
      "Nhiệm vụ của Sở Xây dựng (2 nhiệm vụ)",
      "II.2.1  [Chủ trì]  Lập danh sách đối tượng tham gia điều tra xã hội học theo quy định tại phụ lục số I, III, VI kèm theo Kế hoạch này, gửi về Sở Nội vụ để tổng hợp",
      "      Thời hạn: Thời gian hoàn thành trước ngày 30/11/2019 → hạn cuối 29/11/2019 · còn 4 ngày · chưa gửi Phụ lục I, III",
      "II.2.2  [Chủ trì]  Xây dựng Báo cáo tự đánh giá, chấm điểm kết quả thực hiện nhiệm vụ CCHC và gửi kèm tài liệu kiểm chứng theo quy định",
      "      Thời hạn: Thời gian xong trước ngày 20/12/2019 → hạn cuối 19/12/2019 · còn 24 ngày · chưa gửi báo cáo, tài liệu",
    ]);
    const unknown = await dondoc(["tasks", "--unit", "Sở Phép thuật"], env);
    expect(unknown).toMatchObject({ code: 2, err: 'Không tìm thấy đơn vị "Sở Phép thuật".' });
    const list = await dondoc(["plan", "list"], env);
    expect(list.out).toContain("[1] Thái Nguyên — Kế hoạch số 115/KH-UBND ngày 15/11/2019 — 12 nhiệm vụ");
  });

  it("uses the days off admins add when computing deadlines", async () => {
    const env = sqliteEnv();
    const add = await dondoc(["calendar", "add", "2019-11-29", "--name", "Nghỉ đột xuất"], env);
    expect(add.out).toBe("Đã thêm ngày nghỉ 29/11/2019: Nghỉ đột xuất");
    await dondoc(["plan", "import", PLANS.thaiNguyen2019], env);
    const tasks = JSON.parse(
      (await dondoc(["tasks", "--unit", "Sở Xây dựng", "--json", "--today", "2019-11-25"], env)).out,
    );
    expect(tasks.tasks[0]).toMatchObject({ ref: "II.2.1", due: "2019-11-29", effectiveDue: "2019-12-02" });
    const bad = await dondoc(["calendar", "add", "29/11/2019", "--name", "x"], env);
    expect(bad.code).toBe(2);
  });
});

describe("dondoc units export and import", () => {
  it("round-trips the directory through Excel, and an added alias resolves in the next import", async () => {
    const env = sqliteEnv();
    const file = join(tmpdir(), `dondoc-units-${process.pid}.xlsx`);
    expect((await dondoc(["units", "export", "--province", "Bắc Kạn", file], env)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Mã",
      "Tên đơn vị",
      "Loại",
      "Đơn vị cấp trên",
      "Tên viết tắt",
      "Tên gọi khác",
      "Hiệu lực từ",
      "Hiệu lực đến",
      "Đơn vị kế thừa",
    ]);
    sheet.addRow([null, "UBND xã Bằng Vân", "Cấp xã", "UBND huyện Ngân Sơn", "", "xã Bằng Vân"]);
    await workbook.xlsx.writeFile(file);
    const imported = await dondoc(["units", "import", "--province", "Bắc Kạn", file], env);
    expect(imported.out).toMatch(/^Đã nhập danh mục: thêm 1 đơn vị, cập nhật \d+ đơn vị\.$/);
    await dondoc(["plan", "import", PLANS.bacKan2023, "--province", "Bắc Kạn"], env);
    const tasks = JSON.parse(
      (await dondoc(["tasks", "--unit", "xã Bằng Vân", "--json", "--today", "2023-11-01"], env)).out,
    );
    expect(tasks.tasks.map((t: { ref: string; role: string }) => [t.ref, t.role])).toEqual([
      ["5", "lead"],
      ["4", "coordinator"],
    ]);
  });

  it("refuses a sheet with bad rows, saying which, and changes nothing", async () => {
    const env = sqliteEnv();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh mục");
    sheet.addRow(["Tên đơn vị", "Loại"]);
    sheet.addRow(["Sở Mới", "Bộ"]);
    sheet.addRow(["", "Khác"]);
    const file = tempFile("units.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    const before = (await dondoc(["units", "list", "--province", "Lai Châu", "--json"], env)).out;
    const run = await dondoc(["units", "import", "--province", "Lai Châu", file], env);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Dòng 2: loại "Bộ" không hợp lệ');
    expect(run.err).toContain('Dòng 3: cột "Tên đơn vị" còn trống.');
    expect((await dondoc(["units", "list", "--province", "Lai Châu", "--json"], env)).out).toBe(before);
  });
});

describe("dondoc check", () => {
  it("prints the documented JSON for a list, with the plan's window and the unit's quota", async () => {
    const rows = [citizen(1), citizen(2, { returned: "05/12/2019" }), citizen(3, { phone: "912000003" })];
    const file = tempFile("ds3.xlsx", await xlsx(appendixIII(rows)));
    const args = ["check", file, "--plan", PLANS.thaiNguyen2019, "--unit", "Sở Xây dựng", "--json"];
    const run = await dondoc([...args, "--today", "2019-11-26"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(Object.keys(json)).toEqual(["template", "unit", "rows", "findings", "quota", "score", "skipped"]);
    expect(json).toMatchObject({
      template: "III",
      unit: "Sở Xây dựng",
      rows: { total: 3, valid: 2, official: 2, reserve: 0 },
      quota: { official: { required: 20, valid: 2 }, reserve: { required: 10, valid: 0 } },
      score: { points: 5, max: 10 },
      skipped: [],
    });
    expect(
      json.findings.map((f: { row: number; code: string; severity: string }) => [f.row, f.code, f.severity]),
    ).toEqual([
      [5, "date-out-of-window", "error"],
      [6, "phone-leading-zero", "warning"],
      [null, "quota-short", "error"],
      [null, "quota-short", "error"],
    ]);
    // The same incomplete list received after the deadline: late and incomplete.
    expect(JSON.parse((await dondoc([...args, "--today", "2019-12-02"])).out).score).toEqual({ points: 2.5, max: 10 });
  });

  it("answers a rejected file with an error object and exit code 2", async () => {
    const run = await dondoc(["check", tempFile("x.xlsx", "không phải bảng tính"), "--json"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out)).toEqual({
      error: { code: "not-xlsx", message: expect.stringContaining("không phải bảng tính Excel .xlsx") },
    });
  });

  it("takes the template when told, and saves the annotated copy", async () => {
    const file = tempFile(
      "ds1.xlsx",
      await xlsx(appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", "x", "0912345678"]])),
    );
    const out = join(tmpdir(), `dondoc-annotated-${process.pid}.xlsx`);
    const run = await dondoc(["check", file, "--template", "i", "--out", out]);
    expect(run.out).toContain("Phụ lục I: 1 dòng, 0 hợp lệ");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Danh sách", "Danh sách lỗi"]);
  });
});

describe("dondoc db", () => {
  it("migrates and checks the schema", async () => {
    const env = sqliteEnv();
    expect((await dondoc(["db", "migrate"], env)).out).toMatch(
      /^Cơ sở dữ liệu \(sqlite\) đã cập nhật cấu trúc; áp dụng \d+ bản chuyển đổi\./,
    );
    expect(await dondoc(["db", "check"], env)).toMatchObject({
      code: 0,
      out: "Cấu trúc cơ sở dữ liệu khớp với lược đồ.",
    });
  });

  it("names the variable of a bad configuration", async () => {
    const run = await dondoc(["db", "migrate"], { DATABASE_URL: "mysql://localhost/x" });
    expect(run.code).toBe(2);
    expect(run.err).toContain("Cấu hình sai ở biến DATABASE_URL");
  });
});

describe("wrong commands", () => {
  it("are answered in the user's language with the help that follows, all in that language", async () => {
    const unknown = await dondoc(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split("\n")[0]).toBe('dondoc không có lệnh "frobnicate".');
    expect(unknown.err).toContain("Cách dùng: dondoc [tùy chọn] [lệnh]");
    const en = await dondoc(["tasks", "--lang", "en"]);
    expect(en.err.split("\n")[0]).toBe("The option --unit <name> is required.");
    expect(en.err).toContain("Usage: dondoc tasks [options]");
  });
});

describe("help", () => {
  it("is entirely in Vietnamese by default: none of commander's English titles", async () => {
    const run = await dondoc(["check", "--help"]);
    expect(run.code).toBe(0);
    expect(run.out.split("\n")[0]).toBe("Cách dùng: dondoc check [tùy chọn] <file>");
    expect(run.out).toContain("Tham số:");
    expect(run.out).toContain("Tùy chọn:");
    expect(run.out).not.toMatch(/Usage:|Options:|Arguments:|Commands:|\[options\]|display help/);
    expect((await dondoc(["-h"])).out).toContain("Lệnh:");
  });

  it("works through the installed bin in English", () => {
    const out = execFileSync(process.execPath, [join(projectRoot, "bin", "dondoc.js"), "--lang", "en", "--help"], {
      encoding: "utf8",
    });
    expect(out).toContain("follow up the deadlines of a province's plans");
    expect(out).toContain("Commands:");
  });
});
