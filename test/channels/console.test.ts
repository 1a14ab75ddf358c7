// `npm start` with no Telegram token: the terminal chat, driven through its stdin.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { appendixI, xlsx } from "../support/lists.ts";

function start(args: string[], input: string, env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-console-"));
  // tsx resolved from the project, since the chat runs in a folder of its own.
  const tsx = pathToFileURL(join(projectRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const result = spawnSync(process.execPath, ["--import", tsx, join(projectRoot, "src", "main.ts"), ...args], {
    input,
    encoding: "utf8",
    cwd: dir,
    env: { PATH: process.env.PATH, DATABASE_URL: `file:${join(dir, "dondoc.db")}`, ...env },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the console chat", () => {
  it("imports the demo plan and chats as a focal point, numbers answering choices", () => {
    const run = start(["--as", "Sở Nội vụ", "--today", "2019-11-25"], "/tasks\n1\n/quit\n");
    expect(run.code).toBe(0);
    expect(run.out).toContain("Lần chạy đầu: đã nhập kế hoạch mẫu (Thái Nguyên 2019, 12 nhiệm vụ).");
    expect(run.out).toContain("Đã gắn cuộc trò chuyện này với Sở Nội vụ.");
    expect(run.out).toContain("Nhiệm vụ của Sở Nội vụ: 8 nhiệm vụ, 0 quá hạn (trang 1/2)");
    expect(run.out).toContain("[1] Trang sau ›");
    expect(run.out).toContain("Nhiệm vụ của Sở Nội vụ: 8 nhiệm vụ, 0 quá hạn (trang 2/2)");
  });

  it("takes a list by its path with /send and saves the annotated copy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dondoc-list-"));
    const list = join(dir, "can-bo.xlsx");
    writeFileSync(list, await xlsx(appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", null, "12345"]])));
    const run = start(["--as", "Sở Xây dựng", "--today", "2019-11-25"], `/send ${list}\n`);
    expect(run.out).toContain(
      'Đã nhận danh sách Phụ lục I (Danh sách cán bộ, công chức đang công tác tại sở) của Sở Xây dựng, tệp "can-bo.xlsx".',
    );
    expect(run.out).toMatch(/📎 data\/files\/can-bo-da-kiem-tra\.xlsx/);
  });

  it("lets an admin invite, and a stranger learn how to join", () => {
    const admin = start(["--admin"], "/invite Sở Xây dựng\n");
    expect(admin.out).toMatch(/Mã mời cho Sở Xây dựng: \w{12} \(dùng một lần, hết hạn ngày/);
    const stranger = start([], "xin chào\n");
    expect(stranger.out).toContain('Bạn chưa gắn với đơn vị nào. Thử: npm start -- --as "Sở Xây dựng"');
    expect(stranger.out).toContain("Chào anh/chị! Để dùng dondoc, hãy xin Sở Nội vụ mã mời");
  });

  it("says clearly when --as names no unit, or the configuration is wrong", () => {
    const unknown = start(["--as", "Sở Phép thuật"], "");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Không tìm thấy đơn vị "Sở Phép thuật".');
    const bad = start([], "", { TELEGRAM_BOT_TOKEN: "not-a-token" });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Cấu hình sai ở biến TELEGRAM_BOT_TOKEN");
  });

  it("prints its own usage for --help, and the usage after a mistake, never a stack trace", () => {
    const help = start(["--lang", "en", "--help"], "");
    expect(help).toMatchObject({ code: 0, err: "" });
    expect(help.out).toMatch(/^Usage: npm start -- \[options\]\n/);
    const bare = start(["--today"], "");
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/^Tùy chọn --today cần có giá trị\.\n\nCách dùng: npm start -- \[tùy chọn\]/);
    expect(bare.err).not.toMatch(/TypeError|\n\s+at /);
  });

  it("takes a unit name given to --as without quotes", () => {
    const run = start(["--as", "Sở", "Xây", "dựng", "--today", "2019-11-25"], "/quit\n");
    expect(run.code).toBe(0);
    expect(run.out).toContain("Đã gắn cuộc trò chuyện này với Sở Xây dựng.");
  });

  it("answers /send without a path, with a missing file or a folder, and never overwrites a file it saved", () => {
    const run = start(
      ["--as", "Sở Xây dựng", "--today", "2019-11-25"],
      "/send\n/send ./khong-co.xlsx\n/send .\n/mau\n/mau\n",
    );
    expect(run.out).toContain("Gõ /send rồi đường dẫn của tệp, ví dụ /send ./danh-sach.xlsx");
    expect(run.out).toContain("Không có tệp ./khong-co.xlsx.");
    expect(run.out).toContain(". là một thư mục, không phải tệp.");
    expect(run.out).not.toContain("không có lệnh /send");
    const saved = [...run.out.matchAll(/📎 (\S+)/g)].map((m) => m[1]);
    expect(saved).toEqual([
      "data/files/mau-phu-luc-I-so-xay-dung.xlsx",
      "data/files/mau-phu-luc-III-so-xay-dung.xlsx",
      "data/files/mau-phu-luc-I-so-xay-dung-2.xlsx",
      "data/files/mau-phu-luc-III-so-xay-dung-2.xlsx",
    ]);
  });

  it("lets an admin /invite a unit of a shipped directory on a fresh database", () => {
    const run = start(["--admin"], "/invite Sở Nội vụ\n", { PROVINCE: "Lai Châu" });
    expect(run.out).toMatch(/Mã mời cho Sở Nội vụ: \w{12} \(dùng một lần/);
  });
});
