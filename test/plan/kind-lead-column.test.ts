// A column titled by the kind of body each row belongs to ("Tổ công tác") names, in each row, the body that does
// the row's work: its lead, merged down over the rows it is in charge of.
import { describe, expect, it } from "vitest";
import { parse, table, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a column of bodies of one kind", () => {
  const plan = parse(
    table([
      ["STT", "Tổ công tác", "Nhiệm vụ", "Phối hợp", "Thời gian hoàn thành"],
      ["1", "Tổ công tác số 1 (Tổ trưởng: Phó Giám đốc Sở)", "Khảo sát hiện trạng", "Sở Y tế", "Tháng 4/2024"],
      ["2", "", "Lập báo cáo khảo sát", "", "Tháng 5/2024"],
      ["3", "Tổ công tác số 2 (Tổ trưởng: Chánh Văn phòng)", "Chuẩn bị hội trường", "Sở Tư pháp", "Tháng 6/2024"],
    ]),
  );

  it("leads each row it names, and the rows under it with a blank cell", () => {
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["?Tổ công tác số 1"], ["Sở Y tế"]],
      ["2", "2024-05-31", ["?Tổ công tác số 1"], []],
      ["3", "2024-06-30", ["?Tổ công tác số 2"], ["Sở Tư pháp"]],
    ]);
    expect(unresolvedNames(plan)).toContain("Tổ công tác số 2");
  });

  it("is no lead column when its cells do not each name one of its kind", () => {
    const other = parse(
      table([
        ["STT", "Lĩnh vực", "Nhiệm vụ", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Lĩnh vực y tế", "Khảo sát hiện trạng", "Sở Y tế", "Tháng 4/2024"],
        ["2", "Cải cách thủ tục", "Lập báo cáo", "Sở Tư pháp", "Tháng 5/2024"],
      ]),
    );
    expect(tasks(other).map((t) => t[2])).toEqual([[], []]);
  });
});
