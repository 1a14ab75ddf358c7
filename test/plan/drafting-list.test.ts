// A plan's list of legal documents to draft: each document is a task of the body drafting it, due when that body
// must submit it; the level that issues the document is neither lead nor partner.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a list of documents to draft", () => {
  it("reads each document as a task of its drafting body, due at its submission time", () => {
    const plan = parse(
      [
        "II. DANH MỤC",
        "STT\tCơ quan ban hành\tTên văn bản\tCơ quan chủ trì soạn thảo\tCơ quan phối hợp\tThời gian trình",
        "1\tHĐND tỉnh\tNghị quyết về mức chi hỗ trợ\tSở Tài chính\tSở Y tế\tTháng 9/2024",
        "2\t\tQuyết định về quy chế phối hợp\tSở Tư pháp\t\tTrước ngày 15/10/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-30", ["Sở Tài chính"], ["Sở Y tế"]],
      ["2", "2024-10-14", ["Sở Tư pháp"], []],
    ]);
    expect(plan.tasks[0]!.title).toBe("Nghị quyết về mức chi hỗ trợ");
  });
});
