// Every command with a missing, malformed or out-of-range argument: exit 2, the mistake
// said in Vietnamese and in English (what was wrong, what would be right), as a JSON
// error on stdout with --json, and never a stack trace.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dondoc, sqliteEnv, type CliRun } from "../support/cli.ts";
import { PLANS } from "../support/fixtures.ts";
import { appendixI, xlsx } from "../support/lists.ts";

const dir = mkdtempSync(join(tmpdir(), "dondoc-args-"));
const LIST = join(dir, "ds1.xlsx");
const NOT_XLSX = join(dir, "anh.xlsx");
const NO_PHONE = join(dir, "thieu-cot.xlsx");
const env = sqliteEnv();

beforeAll(async () => {
  writeFileSync(LIST, await xlsx(appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", "x", "0912345678"]])));
  writeFileSync(NOT_XLSX, "ảnh chụp màn hình");
  const header = [["STT", "Họ và Tên", "Chức vụ", "Giới tính"]];
  writeFileSync(NO_PHONE, await xlsx({ title: [], header, rows: [[1, "Nguyễn Văn An", "Chuyên viên", "Nam"]] }));
  expect((await dondoc(["plan", "import", PLANS.thaiNguyen2019], env)).code).toBe(0);
});

interface Case {
  args: string[];
  code: string;
  vi: string;
  en: string;
  /**
   * With --json the error object carries this case's code: the command has --json, or
   * (calendar add without --name) commander checks required options first.
   */
  json: boolean;
}

const HA_LAC = ["--province", "Hà Lạc"];
const PROVINCE_VI = 'dondoc chưa có danh mục đơn vị của tỉnh "Hà Lạc". Các tỉnh đã có: Thái Nguyên, Bắc Kạn, Lai Châu.';
const PROVINCE_EN =
  'dondoc has no unit directory for the province "Hà Lạc". Provinces it has: Thái Nguyên, Bắc Kạn, Lai Châu.';
const NO_FOLDER = "no-such-folder/x.xlsx";
const FOLDER_VI = "Không ghi được no-such-folder/x.xlsx: chưa có thư mục no-such-folder.";
const FOLDER_EN = "Cannot write no-such-folder/x.xlsx: the folder no-such-folder does not exist.";
const UNIT_VI = 'Không tìm thấy đơn vị "Sở Phép thuật".';
const UNIT_EN = 'No unit named "Sở Phép thuật".';

const CASES: Case[] = [
  {
    args: ["plan", "parse"],
    code: "missing-argument",
    vi: "thiếu tham số <file>",
    en: "lacks its argument <file>",
    json: true,
  },
  {
    args: ["plan", "parse", "/no/such.docx"],
    code: "file-not-found",
    vi: "Không đọc được tệp /no/such.docx",
    en: "Cannot read the file /no/such.docx",
    json: true,
  },
  {
    args: ["plan", "import"],
    code: "missing-argument",
    vi: "thiếu tham số <file>",
    en: "lacks its argument <file>",
    json: true,
  },
  {
    args: ["plan", "list", "--bogus"],
    code: "unknown-option",
    vi: 'không có tùy chọn "--bogus"',
    en: 'no option "--bogus"',
    json: true,
  },
  {
    args: ["plan", "history", "--plan", "abc"],
    code: "invalid-plan-id",
    vi: 'Mã kế hoạch "abc" không hợp lệ: mã là một số nguyên dương',
    en: '"abc" is not a plan id: an id is a positive whole number',
    json: true,
  },
  {
    args: ["plan", "settings", "-1"],
    code: "invalid-plan-id",
    vi: 'Mã kế hoạch "-1" không hợp lệ',
    en: '"-1" is not a plan id',
    json: false,
  },
  {
    args: ["plan", "settings", "1", "--remind-every", "0"],
    code: "invalid-settings",
    vi: "Giá trị không hợp lệ: ngày nhắc là số nguyên 1–60",
    en: "Invalid value: reminder days are whole numbers 1–60",
    json: false,
  },
  {
    args: ["plan", "settings", "1", "--late-factor", "0.5"],
    code: "scoring-in-rules",
    vi: "Cách chấm điểm không còn đặt theo kế hoạch mà theo quy định của tỉnh: dondoc rules export",
    en: "Scoring is no longer set per plan but by the province's rules: dondoc rules export",
    json: false,
  },
  {
    args: ["remind", "--at", "2019-13-01 08:00"],
    code: "invalid-time",
    vi: 'Thời điểm "2019-13-01 08:00" không hợp lệ',
    en: '"2019-13-01 08:00" is not a valid time',
    json: true,
  },
  {
    args: ["tasks"],
    code: "missing-option",
    vi: "Cần ghi tùy chọn --unit <name>.",
    en: "The option --unit <name> is required.",
    json: true,
  },
  {
    args: ["tasks", "--unit", "Sở Xây dựng", "--today", "25/11/2019"],
    code: "invalid-date",
    vi: 'Ngày "25/11/2019" không hợp lệ; ghi theo dạng NĂM-THÁNG-NGÀY',
    en: '"25/11/2019"',
    json: true,
  },
  {
    args: ["tasks", "--unit", "Sở Xây dựng", "--today", "2019-02-30"],
    code: "invalid-date",
    vi: 'Ngày "2019-02-30" không hợp lệ',
    en: '"2019-02-30"',
    json: true,
  },
  { args: ["tasks", "--unit", "Sở Phép thuật"], code: "unknown-unit", vi: UNIT_VI, en: UNIT_EN, json: true },
  {
    args: ["tasks", "--unit", "Sở Xây dựng", ...HA_LAC],
    code: "province-not-known",
    vi: PROVINCE_VI,
    en: PROVINCE_EN,
    json: true,
  },
  {
    args: ["tasks", "--unit", "Sở Xây dựng", "--plan", "0"],
    code: "invalid-plan-id",
    vi: 'Mã kế hoạch "0" không hợp lệ',
    en: '"0" is not a plan id',
    json: true,
  },
  { args: ["units", "list", ...HA_LAC], code: "province-not-known", vi: PROVINCE_VI, en: PROVINCE_EN, json: true },
  {
    args: ["units", "export"],
    code: "missing-argument",
    vi: "thiếu tham số <file>",
    en: "lacks its argument <file>",
    json: false,
  },
  { args: ["units", "export", NO_FOLDER], code: "folder-not-found", vi: FOLDER_VI, en: FOLDER_EN, json: false },
  {
    args: ["units", "export", join(dir, "u.xlsx"), ...HA_LAC],
    code: "province-not-known",
    vi: PROVINCE_VI,
    en: PROVINCE_EN,
    json: false,
  },
  {
    args: ["rules", "import"],
    code: "missing-argument",
    vi: "thiếu tham số <file>",
    en: "lacks its argument <file>",
    json: true,
  },
  { args: ["rules", "export", NO_FOLDER], code: "folder-not-found", vi: FOLDER_VI, en: FOLDER_EN, json: false },
  { args: ["rules", "list", ...HA_LAC], code: "province-not-known", vi: PROVINCE_VI, en: PROVINCE_EN, json: true },
  {
    args: ["rules", "import", NOT_XLSX],
    code: "invalid-rules",
    vi: "Bảng quy định có 1 ô sai, chưa lưu gì:",
    en: "The rules sheet has 1 wrong cell; nothing was stored:",
    json: true,
  },
  {
    args: ["units", "import", "/no/such.xlsx"],
    code: "file-not-found",
    vi: "Không đọc được tệp /no/such.xlsx",
    en: "Cannot read the file /no/such.xlsx",
    json: false,
  },
  {
    args: ["calendar", "list", "--year", "abc"],
    code: "invalid-year",
    vi: 'Năm "abc" không hợp lệ: ghi 4 chữ số từ 2000 đến 2100',
    en: '"abc" is not a valid year: write 4 digits from 2000 to 2100',
    json: false,
  },
  {
    args: ["calendar", "list", "--year", "20199"],
    code: "invalid-year",
    vi: 'Năm "20199" không hợp lệ',
    en: '"20199" is not a valid year',
    json: false,
  },
  {
    args: ["calendar", "add", "2019-13-01", "--name", "Nghỉ"],
    code: "invalid-date",
    vi: 'Ngày "2019-13-01" không hợp lệ',
    en: '"2019-13-01"',
    json: false,
  },
  {
    args: ["calendar", "add", "2019-11-29"],
    code: "missing-option",
    vi: "Cần ghi tùy chọn --name <name>.",
    en: "The option --name <name> is required.",
    json: true,
  },
  {
    args: ["calendar", "remove"],
    code: "missing-argument",
    vi: "thiếu tham số <date>",
    en: "lacks its argument <date>",
    json: false,
  },
  {
    args: ["invite"],
    code: "invite-target-missing",
    vi: "Hãy ghi tên một hay nhiều đơn vị",
    en: "Name one or more units",
    json: true,
  },
  {
    args: ["invite", "--all", "Sở Xây dựng"],
    code: "invite-target-missing",
    vi: "chỉ chọn một trong ba cách",
    en: "only one of the three",
    json: true,
  },
  { args: ["invite", "Sở Phép thuật"], code: "unknown-unit", vi: UNIT_VI, en: UNIT_EN, json: true },
  {
    args: ["invite", "Sở Xây dựng", "--out", NO_FOLDER],
    code: "folder-not-found",
    vi: FOLDER_VI,
    en: FOLDER_EN,
    json: true,
  },
  {
    args: ["invitations", "revoke", "abc"],
    code: "invalid-invitation-id",
    vi: 'Mã số lời mời "abc" không hợp lệ',
    en: '"abc" is not an invitation id',
    json: false,
  },
  {
    args: ["invitations", "revoke", "999"],
    code: "invitation-not-active",
    vi: "Lời mời 999 không tồn tại",
    en: "Invitation 999 does not exist",
    json: false,
  },
  {
    args: ["check"],
    code: "missing-argument",
    vi: "thiếu tham số <file>",
    en: "lacks its argument <file>",
    json: true,
  },
  {
    args: ["check", LIST, "--template", "IX"],
    code: "invalid-template",
    vi: 'Không có mẫu "IX"; các mẫu danh sách là: I, III, IV, V.',
    en: 'There is no template "IX"; the list templates are: I, III, IV, V.',
    json: true,
  },
  {
    args: ["check", "/no/such.xlsx"],
    code: "file-not-found",
    vi: "Không đọc được tệp /no/such.xlsx",
    en: "Cannot read the file /no/such.xlsx",
    json: true,
  },
  {
    args: ["check", NOT_XLSX],
    code: "not-xlsx",
    vi: "không phải bảng tính Excel .xlsx",
    en: "not an .xlsx workbook",
    json: true,
  },
  { args: ["check", LIST, "--unit", "Sở Phép thuật"], code: "unknown-unit", vi: UNIT_VI, en: UNIT_EN, json: true },
  { args: ["check", LIST, "--out", NO_FOLDER], code: "folder-not-found", vi: FOLDER_VI, en: FOLDER_EN, json: true },
  {
    // The command line's own advice, not the chat's "/mau".
    args: ["check", NO_PHONE, "--template", "I"],
    code: "missing-column",
    vi: "Tệp thiếu cột: Số điện thoại. Hãy dùng đúng mẫu danh sách của kế hoạch, hoặc ghi rõ mẫu bằng --template.",
    en: "The file lacks the columns: Số điện thoại. Use the plan's list template, or name the template with --template.",
    json: true,
  },
  {
    args: ["remind", "--at", "mai"],
    code: "invalid-time",
    vi: 'Thời điểm "mai" không hợp lệ',
    en: '"mai" is not a valid time',
    json: true,
  },
  {
    args: ["db", "backup"],
    code: "missing-argument",
    vi: "thiếu tham số <file>",
    en: "lacks its argument <file>",
    json: false,
  },
  {
    args: ["purge", "--days", "abc"],
    code: "invalid-days",
    vi: '"abc" không phải là một số ngày: ghi một số nguyên',
    en: '"abc" is not a number of days: write a whole number',
    json: false,
  },
  {
    args: ["export"],
    code: "missing-argument",
    vi: "thiếu tham số <file>",
    en: "lacks its argument <file>",
    json: false,
  },
  { args: ["export", NO_FOLDER], code: "folder-not-found", vi: FOLDER_VI, en: FOLDER_EN, json: false },
  {
    args: ["export", join(dir, "t.xlsx"), "--plan", "abc"],
    code: "invalid-plan-id",
    vi: 'Mã kế hoạch "abc" không hợp lệ',
    en: '"abc" is not a plan id',
    json: false,
  },
  {
    args: ["export", join(dir, "t.xlsx"), "--today", "2019-02-30"],
    code: "invalid-date",
    vi: 'Ngày "2019-02-30" không hợp lệ',
    en: '"2019-02-30"',
    json: false,
  },
  {
    args: ["export", join(dir, "t.xlsx"), ...HA_LAC],
    code: "province-not-known",
    vi: PROVINCE_VI,
    en: PROVINCE_EN,
    json: false,
  },
  {
    args: ["audit", "--limit", "0"],
    code: "invalid-limit",
    vi: '"0" không phải số dòng hợp lệ: ghi một số nguyên từ 1 đến 10000',
    en: '"0" is not a valid number of lines',
    json: true,
  },
  {
    args: ["frobnicate"],
    code: "unknown-command",
    vi: 'dondoc không có lệnh "frobnicate".',
    en: 'dondoc has no command "frobnicate".',
    json: true,
  },
];

function noStackTrace(run: CliRun): void {
  expect(`${run.out}\n${run.err}`).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);
}

describe.each(CASES.map((c) => [c.args.join(" "), c] as const))("dondoc %s", (_, c) => {
  it("exits 2 and says the mistake in Vietnamese, then in English", async () => {
    const vi = await dondoc(c.args, env);
    expect(vi.code).toBe(2);
    expect(vi.err.split("\n")[0]).toContain(c.vi);
    noStackTrace(vi);
    const en = await dondoc([...c.args, "--lang", "en"], env);
    expect(en.code).toBe(2);
    expect(en.err.split("\n")[0]).toContain(c.en);
    noStackTrace(en);
  });

  it("with --json prints the error object on stdout", async () => {
    const run = await dondoc([...c.args, "--json"], env);
    expect(run.code).toBe(2);
    const { error } = JSON.parse(run.out);
    expect(Object.keys(error)).toEqual(["code", "message"]);
    if (c.json) expect(error).toEqual({ code: c.code, message: expect.stringContaining(c.vi) });
    // A command without --json refuses the option itself, still as JSON.
    else expect(error).toEqual({ code: "unknown-option", message: 'Lệnh này không có tùy chọn "--json".' });
    noStackTrace(run);
  });
});

describe("dondoc --lang", () => {
  it("refuses a language it does not speak, naming those it does", async () => {
    const run = await dondoc(["--lang", "fr", "plan", "list"], env);
    expect(run).toMatchObject({ code: 2, err: 'dondoc không có ngôn ngữ "fr"; chọn một trong: vi, en.' });
    const json = await dondoc(["plan", "list", "--json", "--lang", "fr"], env);
    expect(JSON.parse(json.out).error.code).toBe("unknown-lang");
  });
});
