// A plan carrying out a higher body's document quotes that document's task in a column left of its own ("Nhiệm vụ
// theo Nghị quyết số …" | "Nhiệm vụ của huyện"): the quoted task, its ministry and its central deadline, is no
// part of the row's work; the plan's own task titles the row and the last column dates it.
import { describe, expect, it } from "vitest";
import { parse } from "../support/text-plans.ts";
import { quotedTaskColumn } from "../support/large-inputs.ts";

const tasks = (text: string) =>
  parse(text)
    .tasks.filter((t) => t.kind === "task")
    .map((t) => [t.title, t.deadline?.due ?? null]);

describe("a column quoting a higher body's task left of the plan's own", () => {
  it("titles each row by the plan's own task", () => {
    const text = [
      "II. NHIỆM VỤ",
      "STT\tNhiệm vụ theo Nghị quyết số 57-NQ/TW\tNhiệm vụ cụ thể của tỉnh\tĐơn vị chủ trì\tThời gian hoàn thành",
      "1\tBộ Khoa học và Công nghệ chủ trì sửa đổi Luật; hoàn thành trước 15/3/2026.\tLập danh mục đề tài khoa học cấp tỉnh năm 2027\tSở Khoa học và Công nghệ\tQuý II/2026",
      "2\t\tKiện toàn Hội đồng khoa học tỉnh\tSở Nội vụ\tTháng 5/2026",
    ].join("\n");
    expect(tasks(text)).toEqual([
      ["Lập danh mục đề tài khoa học cấp tỉnh năm 2027", "2026-06-30"],
      ["Kiện toàn Hội đồng khoa học tỉnh", "2026-05-31"],
    ]);
  });

  it("reads thousands of rows", () => {
    const read = tasks(quotedTaskColumn(3000));
    expect(read[2999]).toEqual(["Rà soát hồ sơ số 3000", "2026-12-31"]);
  });
});
