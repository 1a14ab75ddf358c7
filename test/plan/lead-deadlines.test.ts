// A row given to several units whose time cell gives each of them its own day, a line each; a numbered request of a
// letter whose "Thời hạn:" does the same.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"];

describe("a time cell giving each lead its own day", () => {
  it("makes a task for each lead under the row, due by its line, with the row's partners", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Kiểm kê, đánh giá lại tài sản công tại đơn vị",
          "Sở Y tế; Sở Giáo dục và Đào tạo",
          "Sở Tài chính",
          "- Sở Y tế: trước 10/4/2024; - Sở Giáo dục và Đào tạo: chậm nhất ngày 26/4/2024",
        ],
        ["2", "Tổng hợp kết quả kiểm kê toàn tỉnh", "Sở Tài chính", "", "Tháng 5/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-04-09", ["Sở Y tế"], ["Sở Tài chính"]],
      ["1.2", "2024-04-26", ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"]],
      ["2", "2024-05-31", ["Sở Tài chính"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "1")?.kind).toBe("heading");
  });

  it("gives a group of units its own day, a partner the group takes in helping the other", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Cập nhật danh mục thủ tục hành chính",
          "Các sở, ban, ngành; UBND các huyện, thành phố",
          "Sở Tư pháp",
          "- Các sở, ban, ngành: trước 15/5/2024;\n- UBND các huyện, thành phố: trước 31/5/2024",
        ],
      ]),
    );
    const read = tasks(plan);
    expect(read.map(([ref, due]) => [ref, due])).toEqual([
      ["1.1", "2024-05-14"],
      ["1.2", "2024-05-30"],
    ]);
    expect(read[0]![2]).toContain("Sở Y tế");
    expect(read[0]![2]).not.toContain("UBND huyện Đại Từ");
    expect(read[1]![2]).toContain("UBND huyện Đại Từ");
    expect(read[1]![3]).toEqual(["Sở Tư pháp"]);
  });

  it("keeps one task when a line dates a partner's share, not a lead's", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Xây dựng dự toán kinh phí chuyển đổi số",
          "Sở Y tế",
          "Sở Tài chính",
          "- Sở Tài chính: trước 5/4/2024; - Sở Y tế: trước 20/4/2024",
        ],
      ]),
    );
    expect(tasks(plan).map(([ref, , lead]) => [ref, lead])).toEqual([["1", ["Sở Y tế"]]]);
  });

  it("reads a table of 20,000 lines, each row's cell on two", () => {
    const rows = Array.from({ length: 10_000 }, (_, k) => [
      String(k + 1),
      `Rà soát hồ sơ đợt ${k + 1}`,
      "Sở Y tế; Sở Nội vụ",
      "Sở Tư pháp",
      `- Sở Y tế: trước ${(k % 27) + 2}/6/2024;\n- Sở Nội vụ: trước ${(k % 27) + 2}/7/2024`,
    ]);
    const read = tasks(parse(table([HEADER, ...rows])));
    expect(read).toHaveLength(20_000);
    expect(read.at(-1)).toEqual(["10000.2", "2024-07-10", ["Sở Nội vụ"], ["Sở Tư pháp"]]);
  }, 180_000);
});

describe("a numbered request whose time gives each of its units its own day", () => {
  it("makes a task for each under the request, led by the units its part names", () => {
    const plan = parse(
      [
        "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
        "1) Sở Y tế, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính rà soát vị trí việc làm của các đơn vị sự nghiệp trực thuộc. Thời hạn: Sở Y tế: trước ngày 12/4/2024; Sở Giáo dục và Đào tạo: trước ngày 26/4/2024.",
        "2) Sở Tư pháp rà soát văn bản quy phạm pháp luật về tổ chức bộ máy, báo cáo trước ngày 10/5/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-04-11", ["Sở Y tế"], ["Sở Tài chính"]],
      ["1.2", "2024-04-25", ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"]],
      ["2", "2024-05-09", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps one task when its time's parts do not each name some of its units", () => {
    const plan = parse(
      "1) Sở Y tế rà soát vị trí việc làm. Thời hạn: dự thảo: trước ngày 12/4/2024; bản chính thức: trước ngày 26/4/2024.",
    );
    expect(tasks(plan).map(([ref, , lead]) => [ref, lead])).toEqual([["1", ["Sở Y tế"]]]);
  });

  it("reads 20,000 lines of such requests, under sections of 999", () => {
    const sections = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    const lines = [...sections, ...sections.map((r) => `X${r}`)].flatMap((r) => [
      `${r}. NHÓM NHIỆM VỤ ${r}`,
      ...Array.from(
        { length: 999 },
        (_, k) =>
          `${k + 1}) Sở Y tế, Sở Nội vụ rà soát hồ sơ đợt ${k + 1}. Thời hạn: Sở Y tế: trước ngày ${(k % 27) + 2}/6/2024; Sở Nội vụ: trước ngày ${(k % 27) + 2}/7/2024.`,
      ),
    ]);
    const read = tasks(parse(lines.join("\n")));
    expect(read).toHaveLength(39_960);
    expect(read.at(-1)).toEqual(["XX.999.2", "2024-07-27", ["Sở Nội vụ"], []]);
  }, 300_000);
});
