// A task table whose column left of the task's groups its rows ("Nhóm nhiệm vụ" merged down, "Tiêu chí 2.1: …",
// "Chỉ tiêu 3: …"): each row's own work titles it, never the group's words, nor nothing where a text copy leaves
// the merged cell blank.
import { describe, expect, it } from "vitest";
import { parse } from "../support/text-plans.ts";

const titles = (text: string) =>
  parse(text)
    .tasks.filter((t) => t.kind === "task")
    .map((t) => t.title);

describe("a column of groups left of the task column", () => {
  it("a theme merged down: the rows under it are titled by their own work", () => {
    const text = [
      "II. NHIỆM VỤ",
      "Nhóm nhiệm vụ\tTT\tNhiệm vụ\tĐơn vị chủ trì\tThời hạn",
      "Chuyển đổi số\t1\tNâng cấp phần mềm một cửa điện tử\tSở Nội vụ\tQuý II/2025",
      "\t2\tCấp chữ ký số cho công chức cấp xã\tSở Tư pháp\tQuý III/2025",
    ].join("\n");
    expect(titles(text)).toEqual(["Nâng cấp phần mềm một cửa điện tử", "Cấp chữ ký số cho công chức cấp xã"]);
  });

  it("a criterion or a target named in each group's first row is not the task", () => {
    const text = [
      "II. NHIỆM VỤ",
      "TT\tChỉ tiêu được giao\tGiải pháp, nhiệm vụ\tThời gian hoàn thành\tĐơn vị chủ trì",
      "1\tChỉ tiêu 2: 100% thủ tục được công khai\tNiêm yết thủ tục tại bộ phận một cửa\t30/6/2025\tSở Nội vụ",
      "2\t\tRà soát quy trình nội bộ\t30/9/2025\tSở Tư pháp",
    ].join("\n");
    expect(titles(text)).toEqual(["Niêm yết thủ tục tại bộ phận một cửa", "Rà soát quy trình nội bộ"]);
  });
});
