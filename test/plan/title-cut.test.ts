// A task's title is the words before its deadline, without the words that only lead into it.
import { describe, expect, it } from "vitest";
import { titleBeforeDeadline } from "../../src/plan/title-cut.ts";
import { parse } from "../support/text-plans.ts";

describe("the title before a deadline", () => {
  it.each([
    ["Xây dựng thể lệ Hội thi, hoàn thành trước ngày 10/4/2026.", "trước ngày 10/4/2026", "Xây dựng thể lệ Hội thi"],
    ["Tổ chức ra quân đồng loạt vào ngày 25/4/2026.", "ngày 25/4/2026", "Tổ chức ra quân đồng loạt"],
    ["Rà soát hồ sơ, hoàn thành xong trước ngày 30/6/2026", "trước ngày 30/6/2026", "Rà soát hồ sơ"],
    ["Báo cáo kết quả Đề án (kỳ đầu: trước ngày 15/7/2026)", "trước ngày 15/7/2026", "Báo cáo kết quả Đề án"],
    ["Tập huấn nghiệp vụ trong tháng 5/2026;", "tháng 5/2026", "Tập huấn nghiệp vụ"],
    ["Sửa chữa trạm bơm tiêu úng, không muộn hơn ngày 20/5/2026", "ngày 20/5/2026", "Sửa chữa trạm bơm tiêu úng"],
    ["Nạo vét kênh mương, không chậm hơn ngày 10/4/2026", "ngày 10/4/2026", "Nạo vét kênh mương"],
    ["Rà soát, công khai thủ tục hành chính.", null, "Rà soát, công khai thủ tục hành chính"],
  ])("%j, due %j, is titled %j", (text, wording, title) => {
    expect(titleBeforeDeadline(text, wording)).toBe(title);
  });

  it("keeps a word that is the work's own, not a lead-in", () => {
    expect(titleBeforeDeadline("Phòng, chống dịch bệnh trước ngày 30/6/2026", "trước ngày 30/6/2026")).toBe(
      "Phòng, chống dịch bệnh",
    );
    expect(titleBeforeDeadline("Kiểm tra việc thực hiện trong", null)).toBe("Kiểm tra việc thực hiện trong");
    expect(
      titleBeforeDeadline(
        "Kiện toàn Đoàn kiểm tra: đã hoàn thành (Quyết định số 41/QĐ-SNV ngày 02/3/2026).",
        "ngày 02/3/2026",
      ),
    ).toBe("Kiện toàn Đoàn kiểm tra: đã hoàn thành");
  });

  it("titles a prose item by its work, without the words leading into its deadline", () => {
    const plan = parse("III. NHIỆM VỤ\n1. Sở Nội vụ chủ trì xây dựng thể lệ Hội thi, hoàn thành trước ngày 10/4/2024.");
    expect(plan.tasks.find((t) => t.ref === "III.1")?.title).toBe("Sở Nội vụ chủ trì xây dựng thể lệ Hội thi");
  });

  it("trims a title ending in a hundred thousand marks in one pass", () => {
    const text = `Rà soát${" ,".repeat(50_000)}x hoàn thành trước ngày 30/6/2026`;
    expect(titleBeforeDeadline(text, "trước ngày 30/6/2026")).toMatch(/,x$/);
  });
});
