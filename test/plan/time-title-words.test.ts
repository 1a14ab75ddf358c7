// A time column's title saying once how its days are meant ("Thời hạn (trước ngày)"): each bare day under it is read in
// those words, while a cell writing its own words is read as it writes them.
import { describe, expect, it } from "vitest";
import { LAI_CHAU } from "../../src/domain/directories/lai-chau.ts";
import type { Block } from "../../src/plan/document.ts";
import { withTimeTitleWords } from "../../src/plan/time-title-words.ts";
import { parse, tasks } from "../support/text-plans.ts";

const options = { directory: LAI_CHAU, issued: "2025-02-14" };
const row = (...cells: string[]): Block => ({ type: "row", cells });
const cells = (blocks: Block[]) => blocks.map((b) => (b.type === "row" ? b.cells : b.text));

describe("a time title saying how its days are meant", () => {
  it("reads each bare day under 'Thời hạn (trước ngày)' as due the day before, words as written", () => {
    const plan = parse(
      [
        "TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn (trước ngày)",
        "1\tKiểm tra an toàn thực phẩm tại các bếp ăn tập thể\tSở Y tế\tSở Công Thương\t12/3/2025",
        "2\tHướng dẫn thủ tục cấp phép cho cơ sở chế biến\tSở Công Thương\t\tngày 9/4/2025",
        "3\tTổng hợp kết quả kiểm tra liên ngành\tSở Y tế\tCông an tỉnh\tTrong tháng 5/2025",
        "4\tTheo dõi dịch bệnh trên đàn gia súc\tSở Nông nghiệp và Phát triển nông thôn\t\tThường xuyên",
      ].join("\n"),
      options,
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-03-11", ["Sở Y tế"], ["Sở Công Thương"]],
      ["2", "2025-04-08", ["Sở Công Thương"], []],
      ["3", "2025-05-31", ["Sở Y tế"], ["Công an tỉnh"]],
      ["4", null, ["Sở Nông nghiệp và Phát triển nông thôn"], []],
    ]);
    // The admin is shown the cell as the document writes it.
    expect(plan.tasks[0]!.deadline?.text).toBe("trước ngày 12/3/2025");
  });

  it("reads anew under each header, and only down to the end of its table", () => {
    const blocks = withTimeTitleWords([
      row("STT", "Nhiệm vụ", "Chủ trì", "Hạn gửi báo cáo (chậm nhất là ngày)"),
      row("1", "Báo cáo quý", "Sở Tài chính", "10/7"),
      row("STT", "Nhiệm vụ", "Chủ trì", "Thời gian hoàn thành"),
      row("2", "Báo cáo năm", "Sở Tài chính", "15/12"),
      row("STT", "Nhiệm vụ", "Chủ trì", "Thời hạn hoàn thành trước ngày"),
      row("3", "Lập dự toán", "Sở Tài chính", "20 / 8"),
      { type: "text", text: "Danh sách đính kèm" },
      row("4", "Kiểm kê tài sản", "Sở Tài chính", "30/9"),
    ]);
    expect(cells(blocks)).toEqual([
      ["STT", "Nhiệm vụ", "Chủ trì", "Hạn gửi báo cáo (chậm nhất là ngày)"],
      ["1", "Báo cáo quý", "Sở Tài chính", "chậm nhất ngày 10/7"],
      ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian hoàn thành"],
      ["2", "Báo cáo năm", "Sở Tài chính", "15/12"],
      ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn hoàn thành trước ngày"],
      ["3", "Lập dự toán", "Sở Tài chính", "trước ngày 20 / 8"],
      "Danh sách đính kèm",
      ["4", "Kiểm kê tài sản", "Sở Tài chính", "30/9"],
    ]);
  });

  it("reads a long table under such a title", () => {
    const blocks: Block[] = [row("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn (trước ngày)")];
    for (let k = 1; k <= 20000; k++)
      blocks.push(row(String(k), `Nhiệm vụ số ${k}`, "Sở Nội vụ", k % 2 ? `${(k % 28) + 1}/6/2025` : "Quý III/2025"));
    const out = cells(withTimeTitleWords(blocks));
    expect(out).toHaveLength(20001);
    expect(out[1]).toEqual(["1", "Nhiệm vụ số 1", "Sở Nội vụ", "trước ngày 2/6/2025"]);
    expect(out[20000]).toEqual(["20000", "Nhiệm vụ số 20000", "Sở Nội vụ", "Quý III/2025"]);
    expect(out.filter((c) => Array.isArray(c) && c[3]!.startsWith("trước ngày"))).toHaveLength(10000);
  });
});
