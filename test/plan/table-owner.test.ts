// A task table with no lead column, under a heading naming whose tasks they are ("B. NHIỆM VỤ CỦA UBND CÁC
// HUYỆN"): the heading's units lead its rows, and a note saying who does a row ("X thực hiện") leads that row.
import { describe, expect, it } from "vitest";
import { parse, tasks, THAI_NGUYEN_DISTRICTS } from "../support/text-plans.ts";

describe("a task table with no lead column", () => {
  const plan = parse(
    [
      "A. NHIỆM VỤ CỦA CÁC SỞ, NGÀNH",
      ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"].join("\t"),
      ["1", "Kiểm tra việc niêm yết thủ tục", "Sở Y tế", "", "Tháng 5/2024"].join("\t"),
      "B. NHIỆM VỤ CỦA UBND CÁC HUYỆN, THÀNH PHỐ",
      ["STT", "Nội dung công việc", "Thời hạn", "Cơ quan phối hợp", "Ghi chú"].join("\t"),
      ["1", "Lập danh sách hộ nghèo cần hỗ trợ", "Tháng 6/2024", "Sở Nội vụ", ""].join("\t"),
      [
        "2",
        "Thí điểm tổ công nghệ số",
        "Quý IV/2024",
        "Sở Y tế",
        "UBND huyện Phú Bình, UBND huyện Đại Từ thực hiện",
      ].join("\t"),
      ["3", "Tổng kết mô hình", "Tháng 11/2024", "Sở Tư pháp", "Báo cáo 12 xã"].join("\t"),
    ].join("\n"),
  );

  it("is led by the units its heading gives the tasks of", () => {
    expect(tasks(plan).find((t) => t[0] === "B.1")).toEqual([
      "B.1",
      "2024-06-30",
      THAI_NGUYEN_DISTRICTS,
      ["Sở Nội vụ"],
    ]);
  });

  it("lets a note that names who does a row lead it, and only that row", () => {
    expect(tasks(plan).find((t) => t[0] === "B.2")?.[2]).toEqual(["UBND huyện Phú Bình", "UBND huyện Đại Từ"]);
    expect(tasks(plan).find((t) => t[0] === "B.3")?.[2]).toEqual(THAI_NGUYEN_DISTRICTS);
  });

  it("takes nothing from its heading where a lead column names the leads", () => {
    expect(tasks(plan).find((t) => t[0] === "A.1")?.[2]).toEqual(["Sở Y tế"]);
  });
});

describe("a heading over a table with no lead column that names no one in particular", () => {
  it("gives its rows no lead", () => {
    const plan = parse(
      [
        "Nhiệm vụ của từng cơ quan, đơn vị và thời hạn như sau:",
        ["STT", "Nội dung công việc", "Thời hạn", "Cơ quan phối hợp"].join("\t"),
        ["1", "Rà soát danh mục hồ sơ lưu trữ", "Tháng 9/2024", "Sở Nội vụ"].join("\t"),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-09-30", [], ["Sở Nội vụ"]]]);
  });

  it("keeps a group with no member in the directory as the lead, reported", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ GIAO CHO UBND CÁC XÃ, THỊ TRẤN",
        ["STT", "Nội dung công việc", "Thời hạn", "Cơ quan phối hợp"].join("\t"),
        ["1", "Cập nhật sổ hộ tịch điện tử", "Tháng 9/2024", "Sở Tư pháp"].join("\t"),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-09-30", ["?UBND cấp xã"], ["Sở Tư pháp"]]]);
  });
});

describe("a table with no lead column whose group rows are the units given the rows under them", () => {
  const plan = parse(
    [
      "Các nhiệm vụ được giao như sau:",
      ["TT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời gian hoàn thành"].join("\t"),
      "I. SỞ Y TẾ",
      ["1", "Cập nhật hồ sơ sức khỏe điện tử", "Sở Tư pháp", "Tháng 7/2024"].join("\t"),
      ["2", "Tập huấn cán bộ y tế cơ sở", "", "Quý III/2024"].join("\t"),
      "II. UBND CÁC HUYỆN, THÀNH PHỐ",
      ["1", "Rà soát điểm tiêm chủng", "Sở Y tế", "Tháng 8/2024"].join("\t"),
      "III. CÔNG TÁC TỔNG KẾT",
      ["1", "Tổng kết năm", "", "Tháng 12/2024"].join("\t"),
    ].join("\n"),
  );

  it("gives each row the unit its group row names", () => {
    expect(tasks(plan)).toEqual([
      ["I.1", "2024-07-31", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["I.2", "2024-09-30", ["Sở Y tế"], []],
      ["II.1", "2024-08-31", THAI_NGUYEN_DISTRICTS, ["Sở Y tế"]],
      ["III.1", "2024-12-31", [], []],
    ]);
  });
});
