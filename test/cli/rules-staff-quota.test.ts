// The command line of the day-off rule (it moves the effective due days
// of the province's tasks, and /tasks says why a day moved), staff counts and quotas.
import { describe, expect, it } from "vitest";
import { dondoc, sqliteEnv } from "../support/cli.ts";
import { PLANS } from "../support/fixtures.ts";

const lineOf = async (env: NodeJS.ProcessEnv, ref: string) => {
  const run = await dondoc(["tasks", "--unit", "Sở Nội vụ", "--today", "2019-11-25"], env);
  const lines = run.out.split("\n");
  return lines[lines.findIndex((l) => l.startsWith(`${ref} `)) + 1]!.trim();
};

describe("dondoc calendar rule", () => {
  it("shows the rule, sets each rule, and the task table explains the day it gives", async () => {
    const env = sqliteEnv();
    await dondoc(["plan", "import", PLANS.thaiNguyen2019], env);
    const shown = await dondoc(["calendar", "rule"], env);
    expect(shown.out).toBe(
      "Quy tắc ngày nghỉ của Thái Nguyên: hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.",
    );
    expect(await lineOf(env, "II.1.3")).toBe(
      "Thời hạn: Thời gian hoàn thành trước ngày 15/12/2019 → hạn cuối 16/12/2019 · 14/12/2019 là thứ Bảy: hạn chuyển sang thứ Hai 16/12/2019 · còn 21 ngày · chưa báo xong",
    );

    const previous = await dondoc(["calendar", "rule", "previous"], env);
    expect(previous.out).toMatch(
      /^Đã đặt quy tắc ngày nghỉ của Thái Nguyên: hạn rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước\. [1-9]\d* nhiệm vụ đổi ngày đến hạn\.$/,
    );
    expect(await lineOf(env, "II.1.3")).toContain(
      "trước ngày 15/12/2019 → hạn cuối 13/12/2019 · 14/12/2019 là thứ Bảy: hạn lùi về thứ Sáu 13/12/2019",
    );

    const civil = await dondoc(["calendar", "rule", "civil-code", "--lang", "en"], env);
    expect(civil.out).toContain("a deadline on a day off ends at the end of the working day after it");
    expect(await lineOf(env, "II.1.3")).toContain("→ hạn cuối 16/12/2019 · 14/12/2019 là thứ Bảy");

    const wrong = await dondoc(["calendar", "rule", "sunday"], env);
    expect(wrong).toMatchObject({
      code: 2,
      err: 'Không có quy tắc ngày nghỉ "sunday"; chọn một trong: next, civil-code, previous.',
    });
  });
});

describe("dondoc units staff", () => {
  it("sets a unit's staff count, refusing a count that is not a whole number", async () => {
    const env = sqliteEnv();
    const set = await dondoc(["units", "staff", "Sở Xây dựng", "45"], env);
    expect(set).toMatchObject({
      code: 0,
      out: "Đã ghi số cán bộ của Sở Xây dựng: 45 người. Phụ lục I đầy đủ khi có 45 dòng hợp lệ.",
    });
    const wrong = await dondoc(["units", "staff", "Sở Xây dựng", "0"], env);
    expect(wrong).toMatchObject({
      code: 2,
      err: 'Số cán bộ "0" không hợp lệ: ghi một số nguyên từ 1 đến 100000.',
    });
  });
});

describe("dondoc quota set", () => {
  it("gives a unit of quota 0 a Phụ lục III quota in the plan in force", async () => {
    const env = sqliteEnv();
    await dondoc(["plan", "import", PLANS.thaiNguyen2019], env);
    const set = await dondoc(["quota", "set", "Sở Y tế", "--official", "20", "--reserve", "10"], env);
    expect(set).toMatchObject({
      code: 0,
      out: "Đã giao chỉ tiêu Phụ lục III cho Sở Y tế: 20 mẫu chính thức, 10 mẫu dự phòng. Đã báo 0 cuộc trò chuyện của đơn vị.",
    });
    const tasks = await dondoc(["tasks", "--unit", "Sở Y tế", "--today", "2019-11-25"], env);
    expect(tasks.out).toContain("chưa gửi Phụ lục I, III");
    const wrong = await dondoc(["quota", "set", "Sở Y tế", "--official", "-1"], env);
    expect(wrong.code).toBe(2);
  });
});
