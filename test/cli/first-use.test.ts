// The examples of issues 14 and 17 as a new admin runs them, on a fresh database.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseStartArgs } from "../../src/channels/console/start-args.ts";
import { runCli } from "../../src/cli/main.ts";
import { dondoc, sqliteEnv } from "../support/cli.ts";
import { PLANS } from "../support/fixtures.ts";
import { appendixIII, citizen, xlsx } from "../support/lists.ts";

const dir = mkdtempSync(join(tmpdir(), "dondoc-first-"));

describe("dondoc invite on a fresh database", () => {
  it("finds a unit of the shipped directory of PROVINCE, and the list shows its province", async () => {
    const env = { ...sqliteEnv(), PROVINCE: "Lai Châu" };
    const run = await dondoc(["invite", "Sở Nội vụ"], env);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Mã mời cho Sở Nội vụ: [0-9A-Z]{12} \(dùng một lần/);
    const list = await dondoc(["invitations", "list"], env);
    expect(list.out).toMatch(/^\[1\] Sở Nội vụ \(Lai Châu\) — hết hạn/);
  });

  it("makes one code per unit in one run, as JSON and as a sheet", async () => {
    const env = sqliteEnv();
    const units = JSON.parse((await dondoc(["units", "list", "--json"], env)).out) as { resolved: boolean }[];
    const sheet = join(dir, "ma-moi.xlsx");
    const run = await dondoc(["invite", "--all", "--json", "--out", sheet], env);
    expect(run.code).toBe(0);
    const { invitations } = JSON.parse(run.out);
    expect(invitations).toHaveLength(units.filter((u) => u.resolved).length);
    expect(invitations[0]).toEqual({
      code: expect.stringMatching(/^[0-9A-Z]{12}$/),
      expiresAt: expect.any(String),
      unitName: expect.any(String),
      province: "Thái Nguyên",
      link: null,
    });
    expect(new Set(invitations.map((i: { code: string }) => i.code)).size).toBe(invitations.length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheet);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toEqual([undefined, "Đơn vị", "Tỉnh", "Mã mời", "Hết hạn", "Đường dẫn"]);
    expect(rows).toHaveLength(invitations.length + 1);
    expect(rows[1]![3]).toBe(invitations[0].code);
  });

  it("invites the units named, all or none", async () => {
    const env = sqliteEnv();
    const refused = await dondoc(["invite", "Sở Xây dựng", "Sở Phép thuật"], env);
    expect(refused).toMatchObject({ code: 2, err: 'Không tìm thấy đơn vị "Sở Phép thuật".' });
    expect((await dondoc(["invitations", "list"], env)).out).toBe("Không có lời mời nào còn dùng được.");
    const run = await dondoc(["invite", "Sở Xây dựng", "Sở Tư pháp"], env);
    const [first, second] = run.out.split("\n");
    expect(first).toMatch(/^Mã mời cho Sở Xây dựng: [0-9A-Z]{12} /);
    expect(second).toMatch(/^Mã mời cho Sở Tư pháp: [0-9A-Z]{12} /);
  });
});

describe("PROVINCE is the default province", () => {
  it("a unit name found in PROVINCE needs no --province though other provinces have it too", async () => {
    const env = sqliteEnv();
    await dondoc(["plan", "import", PLANS.thaiNguyen2019], env);
    await dondoc(["plan", "import", PLANS.bacKan2023], env);
    const tasks = JSON.parse((await dondoc(["tasks", "--unit", "Sở Nội vụ", "--json"], env)).out);
    expect(tasks).toMatchObject({ unit: "Sở Nội vụ", province: "Thái Nguyên" });
    const other = JSON.parse(
      (await dondoc(["tasks", "--unit", "Sở Nội vụ", "--province", "Bắc Kạn", "--json"], env)).out,
    );
    expect(other.province).toBe("Bắc Kạn");
  });
});

describe("dondoc check without --unit", () => {
  it("says what it could not check, and scores the same list lower once the unit is known", async () => {
    const env = sqliteEnv();
    await dondoc(["plan", "import", PLANS.thaiNguyen2019], env);
    const rows = [citizen(1), citizen(2, { returned: "05/12/2019" })];
    const file = join(dir, "ds3.xlsx");
    writeFileSync(file, await xlsx(appendixIII(rows)));
    const bare = await dondoc(["check", file], env);
    expect(bare.code).toBe(0);
    expect(bare.out).toContain("Chưa kiểm tra ngày có nằm trong thời gian kế hoạch quy định");
    expect(bare.out).toContain("Chưa đối chiếu chỉ tiêu mẫu của đơn vị");
    expect(JSON.parse((await dondoc(["check", file, "--json"], env)).out).skipped).toEqual(["plan", "quota"]);
    const known = JSON.parse((await dondoc(["check", file, "--unit", "Sở Xây dựng", "--json"], env)).out);
    expect(known.skipped).toEqual([]);
    expect(known.findings.map((f: { code: string }) => f.code)).toContain("date-out-of-window");
    const en = await dondoc(["check", file, "--lang", "en"], env);
    expect(en.out).toContain("Not compared with the unit's sample quota");
  });
});

describe("dondoc check on a terminal", () => {
  it("draws its progress line while it reads, erases it after, and never with --json", async () => {
    const file = join(dir, "ds3-progress.xlsx");
    writeFileSync(file, await xlsx(appendixIII([citizen(1)])));
    const run = async (args: string[]) => {
      const lines: (string | null)[] = [];
      const out: string[] = [];
      const io = {
        out: (s: string) => out.push(s),
        err: () => {},
        env: sqliteEnv(),
        status: (l: string | null) => lines.push(l),
      };
      expect(await runCli(args, io)).toBe(0);
      return { lines, out };
    };
    const shown = await run(["check", file]);
    expect(shown.lines[0]).toMatch(/^Đang kiểm tra .*ds3-progress\.xlsx… \d+ giây \[█{5} +\]$/);
    expect(shown.lines.at(-1)).toBeNull();
    expect((await run(["check", file, "--json"])).lines).toEqual([]);
  });
});

describe("npm start arguments", () => {
  it.each([
    [["--help"], { help: true, admin: false }],
    [["-h"], { help: true, admin: false }],
    [["--lang", "en", "--help"], { help: true, admin: false, lang: "en" }],
    [["--as", "Sở", "Xây", "dựng", "--today", "2019-11-25"], { as: "Sở Xây dựng", today: "2019-11-25", admin: false }],
    [["--admin"], { admin: true, help: false }],
  ])("reads %j", (argv, expected) => {
    expect(parseStartArgs(argv)).toEqual({ ok: true, value: expect.objectContaining(expected) });
  });

  it.each([
    [["--today"], "start-option-value-missing", { what: "--today" }],
    [["--today", "25/11/2019"], "invalid-date", { value: "25/11/2019" }],
    [["--lang", "fr"], "unknown-lang", { value: "fr", known: "vi, en" }],
    [["--bogus"], "start-unknown-option", { what: "--bogus" }],
    [["Sở", "Xây", "dựng"], "start-unexpected-word", { what: "Sở" }],
  ])("refuses %j as %s", (argv, code, args) => {
    expect(parseStartArgs(argv)).toEqual({ ok: false, error: { code, args } });
  });
});
