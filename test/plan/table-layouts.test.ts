// Task tables laid out as offices lay them out beyond "TT | Nhiệm vụ | Thời gian | Chủ trì | Phối
// hợp": a column before the task, one units column before the time, section rows across the table.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("a task table whose task column is not the first", () => {
  it("reads every numbered row as a task, even one whose words say 'nhiệm vụ' and 'chủ trì'", () => {
    const plan = parse(
      [
        "II. GIẢI PHÁP",
        table([
          ["STT", "Hạn chế cần khắc phục", "Nhiệm vụ cụ thể", "Cơ quan thực hiện", "Thời hạn", "Ghi chú"],
          ["I. CHỈ SỐ PAPI", "", "", "", "", ""],
          [
            "1",
            "Công khai ngân sách xã còn chậm",
            "Đôn đốc các nhiệm vụ công khai",
            "Sở Tài chính chủ trì",
            "Tháng 7/2024",
            "",
          ],
          ["2", "", "Kiểm tra việc niêm yết", "Sở Tài chính", "Quý III/2024", "Lồng ghép"],
          ["II. CHỈ SỐ SIPAS", "", "", "", "", ""],
          [
            "3",
            "Thủ tục rườm rà",
            "Rút gọn quy trình nội bộ",
            "Sở Y tế chủ trì; Sở Tư pháp phối hợp",
            "Trước 20/8/2024",
            "",
          ],
        ]),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-07-31", ["Sở Tài chính"], []],
      ["2", "2024-09-30", ["Sở Tài chính"], []],
      ["3", "2024-08-19", ["Sở Y tế"], ["Sở Tư pháp"]],
    ]);
    // A section row holds its number and title in the number's cell, and dates nothing.
    expect(plan.tasks.filter((t) => t.kind === "heading").map((t) => [t.ref, t.title, t.deadline])).toEqual([
      ["I", "CHỈ SỐ PAPI", null],
      ["II", "CHỈ SỐ SIPAS", null],
    ]);
  });

  it("reads roles labelled inside one units cell: '- Chủ trì: X - Phối hợp: Y'", () => {
    const plan = parse(
      table([
        ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        [
          "1",
          "Tập huấn nghiệp vụ văn thư",
          "- Chủ trì: Sở Nội vụ - Phối hợp: Sở Thông tin và Truyền thông",
          "Tháng 9/2024",
        ],
      ]),
    );
    expect(tasks(plan)).toEqual([["1", "2024-09-30", ["Sở Nội vụ"], ["Sở Thông tin và Truyền thông"]]]);
  });

  it("reads roles written in brackets after the names, and partners listed after 'X chủ trì,'", () => {
    const plan = parse(
      table([
        ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        ["1", "Hội thi tìm hiểu pháp luật", "Sở Tư pháp (chủ trì); Tỉnh đoàn, Sở Y tế (phối hợp)", "Tháng 4/2024"],
        ["2", "Cập nhật cơ sở dữ liệu cán bộ", "Sở Nội vụ (Chủ trì), Sở Tài chính, Sở Xây dựng", "Tháng 5/2024"],
        ["3", "Kiểm kê tài sản công", "Sở Tài chính chủ trì, Kho bạc Nhà nước tỉnh", "Tháng 6/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Tư pháp"], ["Tỉnh đoàn", "Sở Y tế"]],
      ["2", "2024-05-31", ["Sở Nội vụ"], ["Sở Tài chính", "Sở Xây dựng"]],
      ["3", "2024-06-30", ["Sở Tài chính"], ["Kho bạc Nhà nước tỉnh"]],
    ]);
  });
});

describe("a task table numbering its rows anew under each section", () => {
  it("knows each row by its section and number, with no duplicate warning", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["I", "CẢI CÁCH THỂ CHẾ", "", "", "Quý III/2024"],
        ["1", "Rà soát quy chế làm việc", "Sở Tư pháp", "", ""],
        ["1.1", "Lấy ý kiến các sở", "Sở Tư pháp", "Sở Nội vụ", "Tháng 7/2024"],
        ["2", "Công bố danh mục văn bản hết hiệu lực", "Sở Tư pháp", "", "Tháng 8/2024"],
        ["II", "CẢI CÁCH TÀI CHÍNH CÔNG", "", "", ""],
        ["1", "Công khai dự toán ngân sách", "Sở Tài chính", "", "Tháng 9/2024"],
        ["2", "Kiểm tra quyết toán", "Sở Tài chính", "Sở Y tế", "Tháng 10/2024"],
      ]),
    );
    expect(plan.tasks.map((t) => [t.ref, t.parentRef, t.kind])).toEqual([
      ["I", null, "heading"],
      ["I.1", "I", "heading"],
      ["I.1.1", "I.1", "task"],
      ["I.2", "I", "task"],
      ["II", null, "heading"],
      ["II.1", "II", "task"],
      ["II.2", "II", "task"],
    ]);
    expect(plan.tasks.find((t) => t.ref === "I.1")?.deadline).toMatchObject({ due: "2024-09-30", inheritedFrom: "I" });
    expect(plan.warnings.filter((w) => w.code === "duplicate-ref")).toEqual([]);
  });
});

describe("a task cell holding a list of the task's parts", () => {
  it("is one task, titled by the line before the list", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        [
          "1",
          "Tổ chức hội nghị tập huấn văn thư: - Mời báo cáo viên; - Chuẩn bị tài liệu: + In ấn; + Phát hành.",
          "Sở Nội vụ",
          "Tháng 5/2024",
        ],
        ["2", "Đánh giá kết quả tập huấn", "Sở Nội vụ", "Tháng 6/2024"],
      ]),
    );
    expect(plan.tasks.map((t) => [t.ref, t.title])).toEqual([
      ["1", "Tổ chức hội nghị tập huấn văn thư"],
      ["2", "Đánh giá kết quả tập huấn"],
    ]);
  });
});

describe("a table of reports due", () => {
  it.each(["Đơn vị báo cáo", "Cơ quan gửi báo cáo"])("reads each dated report as a task led by the %s", (who) => {
    const plan = parse(
      table([
        ["STT", "Tên báo cáo", who, "Cơ quan nhận báo cáo", "Thời hạn gửi báo cáo"],
        ["1", "Báo cáo tiến độ số hóa hồ sơ", "Sở Y tế", "Sở Nội vụ", "Hằng tháng, trước ngày 25"],
        ["2", "Báo cáo sơ kết công tác văn thư", "Sở Xây dựng; Sở Công Thương", "UBND tỉnh", "Trước ngày 12/7/2024"],
        ["3", "Báo cáo tổng kết công tác lưu trữ", "Sở Nội vụ", "UBND tỉnh; Sở Tư pháp", "Chậm nhất ngày 20/11/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", null, ["Sở Y tế"], []],
      ["2", "2024-07-11", ["Sở Xây dựng", "Sở Công Thương"], []],
      ["3", "2024-11-20", ["Sở Nội vụ"], []],
    ]);
  });
});

describe("a schedule of reports by kind, with the period each covers", () => {
  it("dates each report by when it is sent, never by the last day of the figures it counts", () => {
    const plan = parse(
      table([
        ["STT", "Loại báo cáo", "Kỳ báo cáo (thời gian chốt số liệu)", "Đơn vị báo cáo", "Thời hạn gửi", "Nơi nhận"],
        [
          "1",
          "Báo cáo quý II về văn thư",
          "Từ ngày 15/3/2024 đến ngày 14/6/2024",
          "Sở Y tế",
          "Trước ngày 20/6/2024",
          "Sở Nội vụ",
        ],
        ["2", "Báo cáo năm về lưu trữ", "Năm 2024", "Sở Xây dựng", "Chậm nhất ngày 10/12/2024", "UBND tỉnh"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-19", ["Sở Y tế"], []],
      ["2", "2024-12-10", ["Sở Xây dựng"], []],
    ]);
  });
});

describe("a task table summing its funds in a last row", () => {
  it("reads the totals row as no task, taking neither the lead nor the deadline above it", () => {
    const plan = parse(
      table([
        ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí (triệu đồng)"],
        ["1", "In tờ rơi hướng dẫn dịch vụ công", "Sở Tư pháp", "Sở Y tế", "Tháng 5/2024", "40,0"],
        ["2", "Tập huấn công chức một cửa", "Sở Nội vụ", "", "Quý III/2024", "85,5"],
        ["Tổng cộng", "125,5", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["2", "2024-09-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads a last row counting the list's items ('Tổng cộng: 02 nhiệm vụ') as no task either", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"],
        ["1", "Rà soát danh mục thủ tục hành chính", "Sở Tư pháp", "Trước ngày 20/5/2024"],
        ["2", "Niêm yết công khai quy trình nội bộ", "Sở Nội vụ", "Quý III/2024"],
        ["Tổng cộng: 02 nhiệm vụ", "", "", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-19", ["Sở Tư pháp"], []],
      ["2", "2024-09-30", ["Sở Nội vụ"], []],
    ]);
  });
});
