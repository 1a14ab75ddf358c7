// A plan counting its deadlines from one day it names by a letter ("Ngày D là …, dự kiến ngày …"), not yet fixed.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const MOVE = [
  "I. MỤC ĐÍCH",
  "Bảo đảm các cơ quan chuyển về trụ sở mới không gián đoạn công việc.",
  "II. MỐC THỜI GIAN",
  "Ngày D là ngày các cơ quan làm việc tại trụ sở mới, dự kiến ngày 15/9/2025. Các mốc dưới đây tính theo ngày D.",
  "Ngày E = D + 10 là ngày bàn giao trụ sở cũ.",
  "Trường hợp ngày D thay đổi, Sở Nội vụ thông báo ngày D mới.",
  "III. NHIỆM VỤ",
  "1. Sở Nội vụ bố trí phòng làm việc cho các cơ quan, hoàn thành D-20.",
  "2. Sở Tài chính cấp kinh phí di chuyển trước ngày D 1 tuần.",
  "3. Sở Tư pháp rà soát quy chế làm việc tại trụ sở mới, chậm nhất ngày D - 3 ngày làm việc.",
  "4. Công an tỉnh bảo đảm an ninh trụ sở mới, chậm nhất ngày D.",
  "5. Sở Nội vụ tổng kết việc di chuyển, báo cáo UBND tỉnh chậm nhất ngày E + 5.",
  "6. Sở Tài chính quyết toán kinh phí di chuyển 3 tuần sau ngày D.",
  "7. Sở Tư pháp kiểm tra hồ sơ lưu trữ, từ D-10 đến D-2.",
].join("\n");

describe("deadlines counted from a day the plan names by a letter", () => {
  it("reads the day once and counts every offset from it, in calendar days unless working days are said", () => {
    const plan = parse(MOVE, { issued: "2025-07-01" });
    // D is Monday 15/9/2025; E = D + 10 is 25/9; three working days before Monday 15/9 fall on Wednesday 10/9.
    expect(tasks(plan)).toEqual([
      ["III.1", "2025-08-26", ["Sở Nội vụ"], []],
      ["III.2", "2025-09-08", ["Sở Tài chính"], []],
      ["III.3", "2025-09-10", ["Sở Tư pháp"], []],
      ["III.4", "2025-09-15", ["Công an tỉnh"], []],
      ["III.5", "2025-09-30", ["Sở Nội vụ"], []],
      ["III.6", "2025-10-06", ["Sở Tài chính"], []],
      ["III.7", "2025-09-13", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads no day from a letter the plan never names", () => {
    const plan = parse(
      "1. Sở Nội vụ bố trí phòng làm việc, hoàn thành D-20.\n2. Sở Tư pháp rà soát, chậm nhất ngày T.\n3. Sở Tài chính cấp kinh phí trước ngày 30/9/2025.",
      { issued: "2025-07-01" },
    );
    // The items counted from a letter never named are read undated, as any item without a day is.
    expect(tasks(plan).map((t) => t.slice(0, 2))).toEqual([["3", "2025-09-29"]]);
  });

  it("reads a plan of a thousand offsets from a named day, each on its own line", () => {
    const items = Array.from(
      { length: 1_000 },
      (_, k) => `${k + 1}. Sở Nội vụ kiểm tra lần ${k + 1}, hoàn thành D-${k % 30}, T+1, ngày D.`,
    );
    const plan = parse(
      `II. MỐC THỜI GIAN\nNgày D là ngày khai trương, dự kiến ngày 15/9/2025.\nIII. NHIỆM VỤ\n${items.join("\n")}`,
      {
        issued: "2025-07-01",
      },
    );
    const read = tasks(plan);
    expect(read).toHaveLength(1_000);
    expect(read[0]!.slice(0, 2)).toEqual(["III.1", "2025-09-15"]);
    expect(read[29]!.slice(0, 2)).toEqual(["III.30", "2025-08-17"]);
  });
});

describe("a day named in brackets after its date, or in a table of named days", () => {
  const TASKS = [
    "III. NHIỆM VỤ",
    "1. Sở Nội vụ tập huấn cán bộ sử dụng hệ thống, hoàn thành T-30.",
    "2. Sở Khoa học và Công nghệ chạy thử hệ thống, chậm nhất ngày T - 5.",
    "3. Sở Nội vụ đánh giá sau vận hành, báo cáo UBND tỉnh chậm nhất ngày T+14.",
  ];

  it("reads '(sau đây gọi là ngày T)' as the day written just before it", () => {
    const plan = parse(
      [
        "II. THỜI GIAN",
        "Hệ thống dự kiến vận hành chính thức từ ngày 01/7/2026 (sau đây gọi là ngày T).",
        ...TASKS,
      ].join("\n"),
      { issued: "2026-03-02" },
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2026-06-01", ["Sở Nội vụ"], []],
      ["III.2", "2026-06-26", ["Sở Khoa học và Công nghệ"], []],
      ["III.3", "2026-07-15", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads a table row 'Ngày T | what it is | its date' as the day's definition", () => {
    const plan = parse(
      [
        "II. CÁC MỐC",
        "Ký hiệu\tNội dung\tThời gian dự kiến",
        "Ngày T\tNgày vận hành chính thức\t01/7/2026",
        ...TASKS,
      ].join("\n"),
      { issued: "2026-03-02" },
    );
    expect(tasks(plan).map((t) => t.slice(0, 2))).toEqual([
      ["III.1", "2026-06-01"],
      ["III.2", "2026-06-26"],
      ["III.3", "2026-07-15"],
    ]);
  });

  it("names no day from a bracket holding a letter without a date before it", () => {
    const plan = parse(
      [
        "Sở Nội vụ (cơ quan thường trực, gọi tắt là T) tổng hợp.",
        ...TASKS,
        "4. Sở Tư pháp rà soát trước 15/6/2026.",
      ].join("\n"),
      { issued: "2026-03-02" },
    );
    // The items counted from T are undated, as any item counted from a day never named.
    expect(tasks(plan).map((t) => t.slice(0, 2))).toEqual([["III.4", "2026-06-14"]]);
  });
});

describe("a table of named days, hostile", () => {
  it("reads a row naming a day whose cell holds three thousand dates by its last", () => {
    const dates = Array.from({ length: 3_000 }, (_, k) => `${(k % 28) + 1}/6`).join(" ");
    const plan = parse(
      [`Ngày T\tDự kiến\t${dates} 01/7/2026`, "III. NHIỆM VỤ", "1. Sở Nội vụ tập huấn cán bộ, hoàn thành T-30."].join(
        "\n",
      ),
      { issued: "2026-03-02" },
    );
    expect(tasks(plan).map((t) => t.slice(0, 2))).toEqual([["III.1", "2026-06-01"]]);
  });
});

describe("a named day's letter on a task's own line or row", () => {
  it("keeps a task that dates itself and names its day in brackets, '… ngày 15/6/2026 (Ngày A)'", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ tổ chức Hội nghị sơ kết ngày 15/6/2026 (Ngày A).",
        "2. Sở Tư pháp gửi báo cáo tham luận trước ngày A 5 ngày.",
      ].join("\n"),
      { issued: "2026-03-02" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-06-15", ["Sở Nội vụ"], []],
      ["II.2", "2026-06-10", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps a task row that names the day in a later cell, 'STT | Nội dung | Ngày T | Chủ trì | dự kiến …'", () => {
    const plan = parse(
      [
        "STT\tNội dung\tMốc\tĐơn vị chủ trì\tThời gian",
        "1\tKhai trương hệ thống dịch vụ công mới\tNgày T\tSở Nội vụ\tdự kiến 01/7/2026",
        "2\tTập huấn cán bộ một cửa\tT-30\tSở Nội vụ\tT-30",
      ].join("\n"),
      { issued: "2026-03-02" },
    );
    // The row is a task (its time as its own cells give it), never taken away as the plan's calendar.
    expect(tasks(plan).map((t) => [t[0], t[2]])).toContainEqual(["1", ["Sở Nội vụ"]]);
  });
});
