// A matrix whose one header row names a unit over each column, with no title over them saying who, and whose rows
// write each unit's role in words ("Chủ trì", "Phối hợp") or short ("CT", "PH"), a dash where the unit takes no part.
// Its task cells may number the rows themselves ("1. …") where no number column does.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";
import { unitMatrix } from "../support/large-inputs.ts";

const titles = (plan: ReturnType<typeof parse>) => plan.tasks.map((t) => [t.ref, t.title]);

describe("unit names heading columns of roles", () => {
  it("take each row's lead and partners from the roles written under the units, the row's number from its cell", () => {
    const plan = parse(
      [
        "II. PHÂN CÔNG",
        table([
          ["Nội dung công việc", "Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh", "Sở Xây dựng", "Thời gian hoàn thành"],
          ["1. Lập danh sách cán bộ đầu mối", "Chủ trì", "-", "Phối hợp", "-", "Tháng 4/2024"],
          ["2. Kiểm tra hồ sơ cấp phép", "-", "Phối hợp", "Phối hợp", "Chủ trì", "30/6/2024"],
          ["3. Tập huấn luật mới", "Phối hợp", "Chủ trì", "-", "-", "Quý III/2024"],
        ]),
        "III. TỔ CHỨC THỰC HIỆN",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Nội vụ"], ["Công an tỉnh"]],
      ["2", "2024-06-30", ["Sở Xây dựng"], ["Sở Tư pháp", "Công an tỉnh"]],
      ["3", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ]);
    expect(titles(plan)).toEqual([
      ["1", "Lập danh sách cán bộ đầu mối"],
      ["2", "Kiểm tra hồ sơ cấp phép"],
      ["3", "Tập huấn luật mới"],
    ]);
  });

  it("read the short marks CT and PH as the words", () => {
    const plan = parse(
      table([
        ["STT", "Nhiệm vụ", "Sở Tư pháp", "Công an tỉnh", "Thời hạn"],
        ["1", "Rà soát thủ tục chứng thực", "CT", "PH", "Tháng 8/2024"],
        ["2", "Cấp phiếu lý lịch tư pháp trực tuyến", "PH", "CT", "Tháng 10/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-08-31", ["Sở Tư pháp"], ["Công an tỉnh"]],
      ["2", "2024-10-31", ["Công an tỉnh"], ["Sở Tư pháp"]],
    ]);
  });

  it("keep the units' columns past a header repeated on a new page and a role cut at the page's end", () => {
    const header = ["Nội dung", "Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh", "Thời hạn"];
    const plan = parse(
      table([
        header,
        ["1. Rà soát biên chế", "Chủ trì", "Phối hợp", "-", "Tháng 5/2024"],
        ["2. Số hóa hồ sơ", "Chủ", "-", "Phối", "Tháng 7/2024"],
        header,
        ["lưu trữ cán bộ", "trì", "", "hợp", ""],
        ["3. Kiểm tra cải cách hành chính", "Phối hợp", "Chủ trì", "-", "Tháng 9/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", "2024-07-31", [], []],
      ["3", "2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ]);
    expect(plan.tasks[1]!.title).toBe("Số hóa hồ sơ lưu trữ cán bộ");
  });

  it("read no lead from a matrix marked with crosses alone, which says who takes part but not who leads", () => {
    const plan = parse(
      table([
        ["STT", "Nhiệm vụ", "Sở Nội vụ", "Sở Tư pháp", "Thời hạn"],
        ["1", "Tổng kết công tác thi đua", "x", "x", "Tháng 12/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([["1", "2024-12-31", [], []]]);
  });

  it("read a matrix of thousands of rows", () => {
    const plan = parse(unitMatrix(3000));
    expect(plan.tasks).toHaveLength(3000);
    expect(tasks(plan)[2999]).toEqual(["3000", "2024-12-31", ["Sở Y tế"], ["Sở Nội vụ"]]);
  });
});
