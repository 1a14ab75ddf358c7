// A task table that marks its time with an "x" under Quý I … Quý IV, a day in "Ghi chú" beside them.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("quarter columns marked with x", () => {
  it("give the end of the last marked quarter, unless the note gives a day or says the work goes on", () => {
    const plan = parse(
      table([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "", "", "", "Ghi chú"],
        ["", "", "", "", "Quý I", "Quý II", "Quý III", "Quý IV", ""],
        ["I", "CÔNG TÁC THÔNG TIN", "", "", "", "", "", "", ""],
        ["1", "Biên soạn tài liệu tuyên truyền về dịch vụ công", "Sở Tư pháp", "Sở Nội vụ", "", "X", "", "", ""],
        ["2", "Tổ chức hội thi tìm hiểu pháp luật", "Sở Tư pháp", "Sở Nội vụ", "", "", "x", "x", ""],
        ["3", "Cập nhật cơ sở dữ liệu văn bản", "Sở Tư pháp", "", "x", "x", "x", "x", "Liên tục trong năm"],
        ["4", "Ban hành danh mục thủ tục nội bộ", "Sở Nội vụ", "Sở Tư pháp", "", "", "x", "", "Trước 25/8"],
      ]),
      { issued: "2024-02-20" },
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2024-06-30"],
      ["2", "2024-12-31"],
      ["3", null],
      ["4", "2024-08-24"],
    ]);
  });

  it("take the year the title over them names, and line up a title copied once as text", () => {
    const plan = parse(
      table([
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện năm 2025", "Ghi chú"],
        ["", "", "", "", "Quý 1", "Quý 2", "Quý 3", "Quý 4", ""],
        ["1", "Khảo sát nhu cầu đào tạo công chức", "Sở Nội vụ", "Sở Tài chính", "x", "", "", "", ""],
        ["2", "Mở lớp bồi dưỡng kỹ năng số", "Sở Nội vụ", "Sở Tài chính", "", "x", "", "", "Chậm nhất 10/5"],
      ]),
      { issued: "2024-12-28" },
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2025-03-31"],
      ["2", "2025-05-10"],
    ]);
  });
});

describe("quarter columns holding the day due", () => {
  const header = [
    ["TT", "Công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "", "", ""],
    ["", "", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"],
  ];

  it("take the day or month a quarter's cell writes, and a task for each of two written days", () => {
    const plan = parse(
      table([
        ...header,
        ["1", "Xây dựng bộ chỉ số đánh giá cải cách hành chính", "Sở Nội vụ", "Sở Tư pháp", "20/2", "", "", ""],
        ["2", "Tổ chức lớp tập huấn kỹ năng soạn thảo văn bản", "Sở Nội vụ", "", "", "", "Tháng 7", ""],
        ["3", "Kiểm tra việc thực hiện quy chế dân chủ", "Sở Nội vụ", "Sở Tư pháp", "", "", "", "x"],
        ["4", "Sơ kết, tổng kết công tác thi đua", "Sở Nội vụ", "Các sở, ban, ngành", "", "10/6", "", "5/12"],
      ]),
      { issued: "2024-01-10" },
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2024-02-20"],
      ["2", "2024-07-31"],
      ["3", "2024-12-31"],
      ["4.1", "2024-06-10"],
      ["4.2", "2024-12-05"],
    ]);
  });

  it("read a table of 20,000 rows, each with its own day", () => {
    const rows = Array.from({ length: 20_000 }, (_, k) => {
      const cells = ["", "", "", ""];
      cells[k % 4] = `${(k % 28) + 1}/${(k % 4) * 3 + 2}`;
      return [String(k + 1), `Rà soát hồ sơ lưu trữ đợt ${k + 1}`, "Sở Nội vụ", "Sở Tư pháp", ...cells];
    });
    const read = tasks(parse(table([...header, ...rows]), { issued: "2024-01-10" }));
    expect(read).toHaveLength(20_000);
    expect(read[19_999]).toEqual(["20000", "2024-11-08", ["Sở Nội vụ"], ["Sở Tư pháp"]]);
  }, 120_000);
});

describe("quarter columns beside a column of the written deadline", () => {
  const header = (deadline: string) => [
    ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện năm 2025", "", "", "", deadline],
    ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV", ""],
  ];
  const rows = [
    ["1", "Rà soát quy chế làm việc của cơ quan", "Sở Nội vụ", "", "x", "", "", ""],
    ["2", "Xây dựng kho dữ liệu dùng chung", "Sở Tài chính", "", "", "", "x", "Chậm nhất ngày 12/11/2025"],
    ["3", "Kiểm tra việc tiếp nhận hồ sơ trực tuyến", "Sở Tư pháp", "", "x", "x", "", "Tháng 7/2025"],
    ["4", "Cập nhật tin bài trên cổng thông tin", "Sở Tư pháp", "x", "x", "x", "x", "Thường xuyên"],
    ["5", "Tổng hợp số liệu giải quyết hồ sơ", "Sở Nội vụ", "x", "x", "x", "x", "Định kỳ hằng quý"],
  ];

  it("take the time written there over the marks, no day where it says the work goes on", () => {
    for (const title of ["Thời hạn hoàn thành", "Thời hạn", "Ngày hoàn thành"]) {
      const plan = parse(table([...header(title), ...rows]), { issued: "2025-02-14" });
      expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
        ["1", "2025-06-30"],
        ["2", "2025-11-12"],
        ["3", "2025-07-31"],
        ["4", null],
        ["5", null],
      ]);
    }
  });

  it("take it from the column left of the quarters too", () => {
    const left = [
      ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Hạn hoàn thành", "Quý I", "Quý II", "Quý III", "Quý IV"],
      ["1", "Báo cáo sơ kết sáu tháng", "Sở Nội vụ", "Trước 20/6/2025", "", "x", "", ""],
      ["2", "Báo cáo tổng kết năm", "Sở Nội vụ", "", "", "", "", "x"],
    ];
    expect(tasks(parse(table(left), { issued: "2025-02-14" })).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2025-06-19"],
      ["2", "2025-12-31"],
    ]);
  });

  it("read 10,000 such rows", () => {
    const many = Array.from({ length: 10_000 }, (_, k) => {
      const row = rows[k % rows.length]!;
      return [String(k + 1), `${row[1]} đợt ${k + 1}`, ...row.slice(2)];
    });
    const read = tasks(parse(table([...header("Thời hạn hoàn thành"), ...many]), { issued: "2025-02-14" }));
    expect(read).toHaveLength(10_000);
    expect(read.filter(([, due]) => due === "2025-11-12")).toHaveLength(2_000);
    expect(read.filter(([, due]) => due === null)).toHaveLength(4_000);
  }, 120_000);
});
