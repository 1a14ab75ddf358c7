// A work programme giving each row's time as a bare month number under a column titled as months ("Tháng trình",
// "Thời gian trình (tháng)", "Tháng hoàn thành"): the month's end of the year the programme names; two numbers are two
// submissions. "Cấp trình" names where the draft goes, never who does it. A bare number under any other title is none.
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { monthNumberRows } from "../support/large-inputs.ts";

const options = { directory: BAC_KAN, issued: "2024-12-20" };

describe("a column of month numbers", () => {
  it("dates a row at its month's end in the programme's year, and splits two months into two submissions", () => {
    const plan = parse(
      [
        "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025",
        "STT\tNội dung\tCơ quan chủ trì\tCấp trình\tTháng trình",
        "1\tBáo cáo kết quả công tác cải cách hành chính quý I và cả năm 2025\tSở Nội vụ\tUBND tỉnh\t3, 12",
        "2\tQuyết định ban hành quy chế làm việc\tSở Tư pháp\tChủ tịch UBND tỉnh\t02",
        "3\tNghị quyết về phí tham quan\tSở Tài chính\tHĐND tỉnh\t12",
        "4\tĐề án theo chỉ đạo của Trung ương\tSở Y tế\tHĐND tỉnh\tTheo yêu cầu",
      ].join("\n"),
      options,
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2025-03-31", ["Sở Nội vụ"], []],
      ["1.2", "2025-12-31", ["Sở Nội vụ"], []],
      ["2", "2025-02-28", ["Sở Tư pháp"], []],
      ["3", "2025-12-31", ["Sở Tài chính"], []],
      ["4", null, ["Sở Y tế"], []],
    ]);
    expect(plan.tasks.filter((t) => t.ref.startsWith("1.")).map((t) => t.title)).toEqual([
      "Báo cáo kết quả công tác cải cách hành chính quý I 2025",
      "Báo cáo kết quả công tác cải cách hành chính cả năm 2025",
    ]);
  });

  it("reads the months under other titles saying so, and no bare number under a title that does not", () => {
    const table = (title: string) =>
      parse(
        [
          "Chương trình công tác năm 2025",
          `TT\tNội dung công việc\tĐơn vị chủ trì\t${title}`,
          "1\tKế hoạch tuyển sinh năm học mới\tSở Giáo dục và Đào tạo\t4",
        ].join("\n"),
        options,
      );
    expect(tasks(table("Thời gian trình (tháng)"))[0]![1]).toBe("2025-04-30");
    expect(tasks(table("Tháng hoàn thành"))[0]![1]).toBe("2025-04-30");
    expect(tasks(table("Thời gian hoàn thành"))[0]![1]).toBeNull();
  });

  it("reads thousands of month rows", () => {
    expect(tasks(parse(monthNumberRows(1500), options))).toHaveLength(3000);
  });
});
