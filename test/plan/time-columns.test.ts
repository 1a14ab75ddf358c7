// A task table with more than one time column: an urging letter's list of late tasks gives the deadline
// first set, how far each task had come by a day, and the deadline set now.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("a task table with the old deadline, the progress and the new deadline", () => {
  it("dates each task by the new deadline; the superseded one and the progress by a day date none", () => {
    const plan = parse(
      table([
        [
          "STT",
          "Nội dung",
          "Đơn vị chủ trì",
          "Đơn vị phối hợp",
          "Thời hạn đã giao",
          "Kết quả đến 31/5/2024",
          "Thời hạn gia hạn",
        ],
        [
          "1",
          "Ban hành quy chế tiếp công dân",
          "Thanh tra tỉnh",
          "Sở Tư pháp",
          "28/02/2024",
          "Đang dự thảo",
          "Tháng 7/2024",
        ],
        [
          "2",
          "Chuẩn hóa kho dữ liệu đất đai",
          "Sở Tài nguyên và Môi trường",
          "",
          "Quý I/2024",
          "Đạt 50%",
          "Quý III/2024",
        ],
        ["3", "Rà soát quy trình nội bộ", "Sở Y tế", "", "15/4/2024", "Chưa rà soát", "Thường xuyên"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-07-31", ["Thanh tra tỉnh"], ["Sở Tư pháp"]],
      ["2", "2024-09-30", ["Sở Tài nguyên và Môi trường"], []],
      ["3", null, ["Sở Y tế"], []],
    ]);
  });

  it("never takes a column telling the progress by a day for the deadline", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Tiến độ thực hiện đến 30/9/2024", "Thời gian hoàn thành", "Cơ quan chủ trì"],
        ["1", "Số hóa hồ sơ lưu trữ", "Đạt 70%", "Tháng 11/2024", "Sở Nội vụ"],
      ]),
    );
    expect(tasks(plan)).toEqual([["1", "2024-11-30", ["Sở Nội vụ"], []]]);
  });
});

describe("a time column headed by the short word 'Hạn'", () => {
  it("reads 'Hạn hoàn thành', 'Hạn chót' and a bare 'Hạn' as the deadline column, and a group row's time there", () => {
    const headed = (label: string) =>
      parse(
        table([
          ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", label, "Sản phẩm"],
          ["I", "CÔNG TÁC KIỂM TRA", "", "", "Quý III/2024", ""],
          [
            "1",
            "Kiểm tra việc niêm yết thủ tục hành chính",
            "Sở Tư pháp",
            "Sở Nội vụ",
            "Chậm nhất 12/7/2024",
            "Báo cáo",
          ],
          ["2", "Kiểm tra việc trả kết quả đúng hẹn", "Sở Nội vụ", "", "", "Thông báo"],
        ]),
      );
    for (const label of ["Hạn hoàn thành", "Hạn chót", "Hạn"]) {
      expect(tasks(headed(label))).toEqual([
        ["1", "2024-07-12", ["Sở Tư pháp"], ["Sở Nội vụ"]],
        ["2", "2024-09-30", ["Sở Nội vụ"], []],
      ]);
    }
  });
});

describe("a work programme whose first column gives each row its month", () => {
  const programme = () =>
    parse(
      table([
        ["Tháng", "STT", "Nội dung công tác", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
        ["Tháng 5", "1", "Rà soát quy chế tiếp công dân", "Thanh tra tỉnh", "Sở Tư pháp", ""],
        ["", "2", "Họp giao ban chuyên đề", "Sở Nội vụ", "", "Ngày 12"],
        ["Tháng 8", "3", "Khảo sát sự hài lòng tại bộ phận một cửa", "Sở Nội vụ", "", ""],
        ["", "4", "Kiểm tra việc niêm yết thủ tục", "Sở Tư pháp", "", "Chậm nhất 14/9"],
        ["", "5", "Tập huấn kỹ năng số", "Sở Nội vụ", "", "Từ ngày 10 - 13/8"],
        ["Quanh năm", "6", "Cập nhật chuyên mục trên cổng thông tin", "Sở Nội vụ", "", ""],
      ]),
      { issued: "2024-03-05" },
    );

  it("dates a blank time by its month's end, a day alone in its month, and leaves a row of no month undated", () => {
    expect(tasks(programme())).toEqual([
      ["1", "2024-05-31", ["Thanh tra tỉnh"], ["Sở Tư pháp"]],
      ["2", "2024-05-12", ["Sở Nội vụ"], []],
      ["3", "2024-08-31", ["Sở Nội vụ"], []],
      ["4", "2024-09-14", ["Sở Tư pháp"], []],
      ["5", "2024-08-13", ["Sở Nội vụ"], []],
      ["6", null, ["Sở Nội vụ"], []],
    ]);
  });

  it("writes a row dated by its month as the month cell says", () => {
    expect(programme().tasks.find((t) => t.ref === "3")?.deadline?.text).toBe("Tháng 8");
  });
});

describe("a task list exported from a task-management system", () => {
  const header = [
    "STT",
    "Mã việc",
    "Mã nhiệm vụ",
    "Tên nhiệm vụ",
    "Chủ trì",
    "Phối hợp",
    "Ngày bắt đầu",
    "Ngày kết thúc",
  ];
  const rows = [
    ["1", "A1", "QLDA.24.01", "Lập danh mục dự án trọng điểm", "Sở Xây dựng", "", "02/01/2024", "29/03/2024"],
    ["2", "A2", "QLDA.24.02", "Theo dõi tiến độ giải ngân", "Sở Tài chính", "", "02/01/2024", ""],
  ];

  it("dates each task by its end, titles it by its name, and leaves a row with a start but no end undated", () => {
    const plan = parse(table([header, ...rows]));
    expect(plan.tasks.map((t) => t.title)).toEqual(["Lập danh mục dự án trọng điểm", "Theo dõi tiến độ giải ngân"]);
    expect(tasks(plan)).toEqual([
      ["1", "2024-03-29", ["Sở Xây dựng"], []],
      ["2", null, ["Sở Tài chính"], []],
    ]);
  });
});
