// Task cards: each task a two-column table, label | content, under a row that numbers it.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const card = (head: string, fields: [string, string][]) => [`${head}\t`, ...fields.map(([l, c]) => `${l}\t${c}`)];

describe("task cards", () => {
  it("read each card as a task: its number, title, units and deadline from its labelled rows", () => {
    const plan = parse(
      [
        "PHỤ LỤC",
        "Nhóm A. Hạ tầng",
        ...card("Nhiệm vụ 2.1", [
          ["Tên nhiệm vụ", "Lắp đặt wifi miễn phí tại các điểm công cộng"],
          ["Đơn vị chủ trì", "Sở Thông tin và Truyền thông"],
          ["Đơn vị phối hợp", "Sở Tài chính; Sở Xây dựng"],
          ["Thời gian bắt đầu", "01/4/2024"],
          ["Thời hạn hoàn thành", "30/9/2024"],
          ["Sản phẩm", "200 điểm phát wifi"],
        ]),
        ...card("Nhiệm vụ 2.2", [
          ["Tên nhiệm vụ", "Xây dựng bản đồ số du lịch"],
          ["Đơn vị chủ trì", "Sở Văn hóa, Thể thao và Du lịch"],
          ["Thời gian thực hiện", "Quý IV/2024"],
        ]),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["2.1", "2024-09-30", ["Sở Thông tin và Truyền thông"], ["Sở Tài chính", "Sở Xây dựng"]],
      ["2.2", "2024-12-31", ["Sở Văn hóa, Thể thao và Du lịch"], []],
    ]);
    expect(plan.tasks[0]!.title).toBe("Lắp đặt wifi miễn phí tại các điểm công cộng");
  });

  it("never give a card the time or units of the card before it", () => {
    const plan = parse(
      [
        ...card("Phiếu nhiệm vụ số 1", [
          ["Nội dung", "Tập huấn kỹ năng số cho cán bộ"],
          ["Đơn vị chủ trì", "Sở Nội vụ"],
          ["Thời hạn", "Tháng 6/2024"],
        ]),
        ...card("Phiếu nhiệm vụ số 2", [
          ["Nội dung", "Cập nhật dữ liệu giáo dục"],
          ["Đơn vị chủ trì", "Sở Giáo dục và Đào tạo"],
          ["Thời hạn", "Thường xuyên"],
        ]),
        ...card("Phiếu nhiệm vụ số 3", [
          ["Nội dung", "Đánh giá mức độ sẵn sàng"],
          ["Đơn vị phối hợp", "Sở Y tế"],
        ]),
      ].join("\n"),
    );
    expect(plan.tasks.map((t) => [t.ref, t.deadline?.due ?? null, t.lead.length])).toEqual([
      ["1", "2024-06-30", 1],
      ["2", null, 1],
      ["3", null, 0],
    ]);
  });

  it("take a title written in the head row", () => {
    const plan = parse(
      card("Nội dung 3: Số hóa hồ sơ hộ tịch", [
        ["Cơ quan chủ trì", "Sở Tư pháp"],
        ["Thời gian hoàn thành", "Trước ngày 15/11/2024"],
      ]).join("\n"),
    );
    expect(tasks(plan)).toEqual([["3", "2024-11-14", ["Sở Tư pháp"], []]]);
    expect(plan.tasks[0]!.title).toBe("Số hóa hồ sơ hộ tịch");
  });

  it("take a title written beside the number, or a number given by a paragraph above the card's table", () => {
    const plan = parse(
      [
        "Nhiệm vụ 4\tCấp chữ ký số cho công chức cấp xã",
        "Cơ quan chủ trì\tSở Nội vụ",
        "Thời hạn hoàn thành\tTháng 8/2024",
        "Nhiệm vụ 5: Mở lớp bồi dưỡng an toàn thông tin",
        "Cơ quan chủ trì\tSở Y tế",
        "Thời hạn hoàn thành\tQuý III/2024",
      ].join("\n"),
    );
    expect(plan.tasks.map((t) => [t.ref, t.title, t.deadline?.due])).toEqual([
      ["4", "Cấp chữ ký số cho công chức cấp xã", "2024-08-31"],
      ["5", "Mở lớp bồi dưỡng an toàn thông tin", "2024-09-30"],
    ]);
  });

  it("are not made of a numbered paragraph over a table that names no task", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "Nội dung 2. Sở Tư pháp số hóa sổ hộ tịch trước ngày 15/8/2024.",
        "Đơn vị\tSố sổ",
        "Thành phố Thái Nguyên\t120",
        "Thành phố Sông Công\t80",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.2", "2024-08-14", ["Sở Tư pháp"], []]]);
  });

  it("are read alone, even when a title's words would name a time column", () => {
    const plan = parse(
      [
        ...card("Nhiệm vụ 1", [
          ["Tên nhiệm vụ", "Rút ngắn thời gian cấp phép xây dựng"],
          ["Cơ quan chủ trì", "Sở Xây dựng"],
          ["Thời hạn hoàn thành", "31/5/2024"],
        ]),
        ...card("Nhiệm vụ 2", [
          ["Tên nhiệm vụ", "Công khai quy hoạch"],
          ["Cơ quan chủ trì", "Sở Tài nguyên và Môi trường"],
          ["Thời hạn hoàn thành", "31/7/2024"],
        ]),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-31", ["Sở Xây dựng"], []],
      ["2", "2024-07-31", ["Sở Tài nguyên và Môi trường"], []],
    ]);
  });

  it("are no group row of a task table, which keeps its rows", () => {
    const plan = parse(
      [
        "TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành",
        "Nội dung 1\t\t\t",
        "1\tRà soát thủ tục hành chính\tSở Tư pháp\t30/4/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-04-30", ["Sở Tư pháp"], []]]);
    expect(plan.tasks.find((t) => t.ref === "1")?.parentRef).toBe("Nội dung 1");
  });

  it("are not made of a label | content table with no numbered head row", () => {
    const plan = parse(
      [
        "Tên nhiệm vụ\tTập huấn kỹ năng số",
        "Cơ quan chủ trì\tSở Nội vụ",
        "Thời hạn hoàn thành\t30/6/2024",
        "1. Sở Tư pháp rà soát văn bản trước ngày 15/8/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-08-14", ["Sở Tư pháp"], []]]);
  });

  it("read an office's task forms, each numbered as a letter is ('Số: 01/PGV') with labels ending in a colon", () => {
    const form = (number: string, fields: [string, string][]) => [
      "",
      "PHIẾU GIAO NHIỆM VỤ",
      `Số: ${number}`,
      ...fields.map(([l, c]) => `${l}:\t${c}\t`),
      "\t\tThái Nguyên, ngày 08 tháng 3 năm 2024",
      "NGƯỜI NHẬN\t\tNGƯỜI GIAO",
    ];
    const plan = parse(
      [
        ...form("07/PGNV-VP", [
          ["Nội dung nhiệm vụ", "Lập danh mục cơ sở dữ liệu dùng chung"],
          ["Cơ quan chủ trì", "Sở Thông tin và Truyền thông"],
          ["Cơ quan phối hợp", "Sở Tài chính"],
          ["Thời hạn", "Trước ngày 20/5/2024"],
          ["Người theo dõi", "Đ/c Hoàng Văn An, ĐT: 0912.000.111"],
        ]),
        ...form("08/PGNV-VP", [
          ["Nội dung nhiệm vụ", "Tổng hợp nhu cầu đào tạo kỹ năng số"],
          ["Cơ quan chủ trì", "Sở Nội vụ"],
          ["Thời hạn", "Tháng 6/2024"],
        ]),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["07/PGNV-VP", "2024-05-19", ["Sở Thông tin và Truyền thông"], ["Sở Tài chính"]],
      ["08/PGNV-VP", "2024-06-30", ["Sở Nội vụ"], []],
    ]);
    expect(plan.tasks[1]!.title).toBe("Tổng hợp nhu cầu đào tạo kỹ năng số");
  });

  it("pair a printed form's label lines with the value lines printed after them, in order", () => {
    const plan = parse(
      [
        "Số: 3/PGV",
        "Nội dung công việc:",
        "Đơn vị chủ trì:",
        "Thời hạn hoàn thành:",
        "Chuẩn hóa dữ liệu đất đai cấp xã",
        "Sở Tài nguyên và Môi trường",
        "Quý III/2024",
        "Thái Nguyên, ngày 08 tháng 3 năm 2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["3/PGV", "2024-09-30", ["Sở Tài nguyên và Môi trường"], []]]);
    expect(plan.tasks[0]!.title).toBe("Chuẩn hóa dữ liệu đất đai cấp xã");
  });

  it("take the form's number after its title on one line, as a print keeping the page's heading sets it", () => {
    const plan = parse(
      [
        "PHIẾU GIAO VIỆC Số: 4/PGV",
        "Nội dung công việc:",
        "Đơn vị chủ trì:",
        "Thời hạn hoàn thành:",
        "Số hóa hồ sơ hộ tịch",
        "Sở Tư pháp",
        "Tháng 10/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["4/PGV", "2024-10-31", ["Sở Tư pháp"], []]]);
  });

  it("read many forms whole, each its own task", () => {
    const forms = Array.from({ length: 2000 }, (_, i) => [
      `Số: ${i + 1}/PGV`,
      `Nội dung công việc:\tRà soát hồ sơ đợt ${i + 1}`,
      "Đơn vị chủ trì:\tSở Nội vụ",
      "Thời hạn hoàn thành:\t30/9/2024",
    ]);
    const plan = parse(forms.flat().join("\n"));
    expect(plan.tasks.length).toBe(2000);
    expect(plan.tasks[1999]!.ref).toBe("2000/PGV");
  });
});
