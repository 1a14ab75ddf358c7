// A matrix of units by periods whose cells hold the tasks' words: each filled cell is a task of its row's unit,
// due at the end of its column's period unless its closing bracket says when, partners named there too.
import { describe, expect, it } from "vitest";
import { rowItems } from "../../src/plan/period-matrix.ts";
import { parse, table, tasks } from "../support/text-plans.ts";
import { QUARTER_HEADER, periodCell, periodLines } from "../support/large-inputs.ts";

describe("a unit × period matrix", () => {
  it("reads each filled cell as a task of its row's unit, dated by its column or its bracket", () => {
    const plan = parse(
      table([
        ["TT", "Cơ quan chủ trì", "Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025"],
        ["1", "Sở Y tế", "Khám sàng lọc học sinh (trước 20/3)", "", "Kiểm tra bếp ăn (PH: Sở Tư pháp)", ""],
        ["", "", "", "Tập huấn sơ cứu (Quý II - Quý III; PH: Công an tỉnh; Sở Tư pháp)", "", ""],
        ["2", "Công an tỉnh", "Tuyên truyền an toàn giao thông (thực hiện cả năm)", "", "", "Tổng kết năm"],
        ["3", "Sở Tư pháp", "", "Biên soạn tài liệu (SIPAS)", "", ""],
      ]),
      { issued: "2025-01-15" },
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2025-03-19", ["Sở Y tế"], []],
      ["1.2", "2025-09-30", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["1.3", "2025-09-30", ["Sở Y tế"], ["Công an tỉnh", "Sở Tư pháp"]],
      ["2.1", "2025-12-31", ["Công an tỉnh"], []],
      ["2.2", "2025-12-31", ["Công an tỉnh"], []],
      ["3.1", "2025-06-30", ["Sở Tư pháp"], []],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "Khám sàng lọc học sinh",
      "Kiểm tra bếp ăn",
      "Tập huấn sơ cứu",
      "Tuyên truyền an toàn giao thông",
      "Tổng kết năm",
      "Biên soạn tài liệu (SIPAS)",
    ]);
  });

  it("reads a schedule turned over, periods down and units across, each filled cell a task of its column's unit", () => {
    const plan = parse(
      table([
        ["Thời hạn", "Sở Y tế", "Công an tỉnh", "Sở Nội vụ"],
        ["Quý I/2025", "(1) Kiểm tra an toàn thực phẩm (phối hợp: Công an tỉnh)", "-", "(2) Lập danh sách hộ nghèo"],
        ["", "(3) Tập huấn sơ cứu, gửi kết quả trước ngày 10/3/2025", "x", ""],
        [
          "Quý II/2025",
          "(4) Báo cáo kết quả quý I/2025 (PH: Sở Tư pháp)",
          "(5) Tuần tra (hoàn thành trước 15/5/2025)",
          "-",
        ],
        ["Thường xuyên", "-", "(6) Tuyên truyền pháp luật", "-"],
      ]),
      { issued: "2025-01-15" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-03-31", ["Sở Y tế"], ["Công an tỉnh"]],
      ["2", "2025-03-31", ["Sở Nội vụ"], []],
      ["3", "2025-03-09", ["Sở Y tế"], []],
      ["4", "2025-06-30", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["5", "2025-05-14", ["Công an tỉnh"], []],
      ["6", null, ["Công an tỉnh"], []],
    ]);
    expect(plan.tasks.map((t) => t.title).slice(0, 3)).toEqual([
      "Kiểm tra an toàn thực phẩm",
      "Lập danh sách hộ nghèo",
      "Tập huấn sơ cứu, gửi kết quả",
    ]);
  });

  it("numbers a turned-over schedule's unnumbered cells by their period's row, and reads no other table so", () => {
    const plan = parse(
      table([
        ["Thời gian", "Sở Y tế", "Công an tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Ghi chú"],
        ["Tháng 3/2025", "Kiểm tra bếp ăn tập thể", "Tuần tra dịp lễ hội", "", "Theo Kế hoạch của Bộ"],
        ["Tháng 4/2025", "", "Tổng kết đợt cao điểm", "Khảo sát mức độ hài lòng", ""],
      ]) +
        "\n" +
        table([
          ["Thời gian", "Địa điểm", "Thành phần"],
          ["Tháng 5/2025", "Hội trường tỉnh", "Lãnh đạo các sở"],
        ]),
      { issued: "2025-01-15" },
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2025-03-31", ["Sở Y tế"], []],
      ["1.2", "2025-03-31", ["Công an tỉnh"], []],
      ["3.1", "2025-04-30", ["Công an tỉnh"], []],
      ["3.2", "2025-04-30", ["?Trung tâm Phục vụ hành chính công tỉnh"], []],
    ]);
  });

  it("takes no task table's row for a schedule's header because its time cell names a time in passing", () => {
    const plan = parse(
      table([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Cập nhật dữ liệu đất đai", "Sở Tư pháp", "Công an tỉnh, Sở Y tế", "Theo thời hạn của Bộ"],
        ["2", "Mua máy quét", "Sở Y tế", "Sở Nội vụ", "Quý II/2025 - Máy được bàn giao"],
      ]),
      { issued: "2025-01-15" },
    );
    expect(tasks(plan).map(([ref]) => ref)).toEqual(["1", "2"]);
  });
});

describe("a task table whose row's note opens with 'Thời gian'", () => {
  it("is no schedule turned over: a row opening with its number is a row, never a header", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"],
        [
          "1",
          "Tổ chức lễ hội trà",
          "Sở Nội vụ",
          "Sở Tài chính",
          "Tháng 11/2025",
          "Thời gian cụ thể theo kế hoạch riêng",
        ],
        ["2", "Tổng kết năm 2025", "Sở Nội vụ", "Sở Tư pháp", "Tháng 12/2025", "Trình UBND tỉnh trước 15/12/2025"],
      ]),
      { issued: "2025-01-15" },
    );
    expect(plan.tasks.map((t) => t.ref)).toEqual(["1", "2"]);
  });
});

describe("a unit × quarter matrix whose quarters stand under a title spanning them", () => {
  const header = QUARTER_HEADER;

  it("reads each item numbered by its row in a cell as a task of that number, dated by its quarter or itself", () => {
    const plan = parse(
      table([
        ...header,
        [
          "1",
          "Sở Y tế",
          "1.1. Khám sàng lọc cho học sinh (trước 20/3) 1.2. Rà soát danh mục thuốc",
          "1.3. Tập huấn sơ cứu (PH: Công an tỉnh; thực hiện trong quý II và quý III)",
          "",
        ],
        ["2", "Sở Nội vụ", "-", "Duy trì tiếp nhận phản ánh hằng tháng", "2.1. Tổng kết, báo cáo (trong tháng 8)"],
        ["3", "Sở Tài chính", "Thực hiện thường xuyên", "Công bố danh mục dự án khởi công mới năm 2025", ""],
      ]),
      { issued: "2025-01-15" },
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2025-03-19", ["Sở Y tế"], []],
      ["1.2", "2025-03-31", ["Sở Y tế"], []],
      ["1.3", "2025-09-30", ["Sở Y tế"], ["Công an tỉnh"]],
      ["2.1", "2025-08-31", ["Sở Nội vụ"], []],
      ["3.1", "2025-06-30", ["Sở Tài chính"], []],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "Khám sàng lọc cho học sinh",
      "Rà soát danh mục thuốc",
      "Tập huấn sơ cứu",
      "Tổng kết, báo cáo",
      "Công bố danh mục dự án khởi công mới năm 2025",
    ]);
  });

  it("reads it so when the merged-down titles are repeated on the lower row, as a PDF gives them", () => {
    const plan = parse(
      table([
        header[0]!,
        ["TT", "Cơ quan thực hiện", "Quý I", "Quý II", "Quý III"],
        ["1", "Sở Y tế", "1.1. Khám sàng lọc cho học sinh", "-", "1.2. Kiểm tra bếp ăn (PH: Sở Tư pháp)"],
      ]),
      { issued: "2025-01-15" },
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2025-03-31", ["Sở Y tế"], []],
      ["1.2", "2025-09-30", ["Sở Y tế"], ["Sở Tư pháp"]],
    ]);
  });

  it("takes a copied line numbered as the cell's next item for the rest of that cell", () => {
    const text = [
      ...header.map((cells) => cells.join("\t")),
      ["1", "Sở Y tế", "1.1. Khám sàng lọc cho học sinh", "1.2. Tập huấn sơ cứu", "1.3. Kiểm tra bếp ăn"].join("\t"),
      "1.4. Tổng kết đợt kiểm tra (trước 15/9)",
      ["2", "Sở Nội vụ", "2.1. Rà soát biên chế", "-", "-"].join("\t"),
    ].join("\n");
    expect(tasks(parse(text, { issued: "2025-01-15" }))).toEqual([
      ["1.1", "2025-03-31", ["Sở Y tế"], []],
      ["1.2", "2025-06-30", ["Sở Y tế"], []],
      ["1.3", "2025-09-30", ["Sở Y tế"], []],
      ["1.4", "2025-09-14", ["Sở Y tế"], []],
      ["2.1", "2025-03-31", ["Sở Nội vụ"], []],
    ]);
  });

  it("takes hundreds of such lines (the most tasks a plan may hold)", () => {
    expect(tasks(parse(periodLines(900, header), { issued: "2025-01-15" }))).toHaveLength(903);
  });
});

describe("a cell's items numbered by its row", () => {
  it("splits only where the next number in turn opens an item, never at a figure in the words", () => {
    expect(rowItems("3.1. Cấp 2.5 tỷ đồng cho dự án 3.2. Nghiệm thu 3.4. Bàn giao")).toEqual([
      "3.1. Cấp 2.5 tỷ đồng cho dự án",
      "3.2. Nghiệm thu 3.4. Bàn giao",
    ]);
    expect(rowItems("Tổ chức hội nghị")).toEqual(["Tổ chức hội nghị"]);
  });

  it("splits a cell of thousands of items", () => {
    expect(rowItems(periodCell(5000))).toHaveLength(5000);
  });
});
