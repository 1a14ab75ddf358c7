// A plan pasted into Word from a PDF, or typed with line breaks where a page's line ended: a sentence cut into two
// paragraphs is one again, an item's time in brackets after its colon leaves its list the item's contents, a span of
// two days without "ngày" is due on its last, and a joining word before the comma stands before the subject.
import { describe, expect, it } from "vitest";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { goesOnFrom, withBrokenLinesJoined } from "../../src/plan/broken-lines.ts";
import type { Block } from "../../src/plan/document.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { brokenLines } from "../support/large-inputs.ts";

const text = (t: string): Block => ({ type: "text", text: t });

describe("a sentence broken over two lines", () => {
  it("goes on from a full line ending in a word into a line opening in lower case", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế kiểm tra bếp ăn bán trú tại các trường của",
        "huyện Đại Từ và thành phố Sông Công. (Thời hạn: tháng 9/2024)",
        "2. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thẩm định dự toán kinh phí năm 2025. (Thời hạn: hoàn tất trước",
        "20/10/2024)",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-30", ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]],
      ["II.2", "2024-10-19", ["Sở Tài chính"], ["Sở Nội vụ"]],
    ]);
  });

  it("leaves apart what ends a clause, a heading in capitals, a short cell and a numbered or bulleted line", () => {
    const long = "Sở Xây dựng hướng dẫn các chủ đầu tư lập hồ sơ đề nghị cấp phép xây dựng";
    expect(goesOnFrom(`${long}.`, "các huyện thực hiện")).toBe(false);
    expect(goesOnFrom(`${long}:`, "kiểm tra hiện trường;")).toBe(false);
    expect(goesOnFrom("KẾ HOẠCH", "về việc kiểm tra an toàn công trình")).toBe(false);
    expect(goesOnFrom("Thường xuyên", "trên các phương tiện thông tin đại chúng")).toBe(false);
    expect(goesOnFrom(long, "a) lập danh sách công trình")).toBe(false);
    expect(goesOnFrom(long, "- lập danh sách công trình")).toBe(false);
    expect(goesOnFrom(long, "Sở Tài chính bố trí kinh phí")).toBe(false);
    expect(goesOnFrom(long, "theo quy định hiện hành.")).toBe(true);
    expect(goesOnFrom("Hạn: (chậm nhất", "15/5/2024)")).toBe(true);
  });

  it("goes on from a full line ending in a word no phrase ends with, whatever case the next line opens with", () => {
    const line = "Phòng Quản lý đô thị tổng hợp kết quả kiểm tra, báo cáo UBND huyện và Sở";
    expect(goesOnFrom(line, "Xây dựng trước ngày 20/11/2024.")).toBe(true);
    expect(goesOnFrom("Trung tâm Văn hóa huyện tổ chức tuyên truyền lưu động phối hợp với", "Đài Truyền thanh")).toBe(
      true,
    );
    expect(goesOnFrom("Hồ sơ gửi Văn phòng Sở", "Chủ trì: Phòng Kế hoạch")).toBe(false);
    // A short line ending so is a cell set at a tab stop, not a line the page broke.
    expect(goesOnFrom("Phòng Tư pháp và", "Văn phòng HĐND và UBND xã")).toBe(false);
  });

  it("joins thousands of broken lines in one pass, and one paragraph of thousands of lines without copying it", () => {
    const { line, pairs, chain } = brokenLines(20_000);
    const joined = withBrokenLinesJoined(pairs);
    const one = withBrokenLinesJoined(chain);
    expect(joined).toHaveLength(10_000);
    expect(joined[0]).toEqual(text(`${line} và báo cáo kết quả.`));
    expect(one).toHaveLength(1);
  });
});

describe("an item whose time in brackets follows its colon", () => {
  it("reads the undated lines after it as its contents, not tasks", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Công Thương kiểm tra an toàn thực phẩm tại: (Thời hạn: tháng 8/2024)",
        "• các chợ đầu mối;",
        "• các siêu thị trên địa bàn tỉnh.",
        "2. Sở Thông tin và Truyền thông hướng dẫn người dân các biện pháp: (Thời hạn: quý III/2024)",
        "– cài đặt ứng dụng chính thức;",
        "– không bấm đường dẫn lạ.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-08-31", ["Sở Công Thương"], []],
      ["II.2", "2024-09-30", ["Sở Thông tin và Truyền thông"], []],
    ]);
  });
});

describe("a span of two days without 'ngày'", () => {
  it.each([
    ["Tổ chức tiêm vắc xin từ 03/10 đến 17/10/2025.", "từ 03/10 đến 17/10/2025"],
    ["Kiểm tra cơ sở. (Thời hạn: từ 01/8/2025 đến 30/8/2025)", "từ 01/8/2025 đến 30/8/2025"],
  ])("dates %s", (sentence, wording) => {
    expect(findDeadlineWording(sentence)).toBe(wording);
  });

  it("ends a deadline's wording with its sentence, not with the paragraph", () => {
    expect(
      findDeadlineWording("Giao Sở Y tế trình đề án trước ngày 12/8/2024. Sở Tài chính tiếp tục bố trí vốn."),
    ).toBe("trước ngày 12/8/2024");
    expect(findDeadlineWording("Tổ chức hội nghị trước ngày 12/8/2024 tại TP. Thái Nguyên")).toBe(
      "trước ngày 12/8/2024 tại TP. Thái Nguyên",
    );
  });

  it("is no span when its figures are no days", () => {
    expect(findDeadlineWording("Nâng số lớp từ 2 đến 3 lớp mỗi trường.")).toBeNull();
  });

  it("dates an item", () => {
    const plan = parse("II. NHIỆM VỤ\n1. Sở Y tế tổ chức chiến dịch tiêm chủng. (Thời hạn: từ 10/6 đến 25/6/2024)");
    expect(tasks(plan)).toEqual([["II.1", "2024-06-25", ["Sở Y tế"], []]]);
  });
});

describe("a second order joined to the first", () => {
  it("'Đồng thời, giao X …' names X, not the first order's lead", () => {
    const plan = parse(
      [
        "1. Về cấp nước sinh hoạt: Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập phương án cấp nước trước ngày " +
          "15/7/2024. Đồng thời, giao UBND huyện Phú Lương rà soát các hộ thiếu nước trong tháng 8/2024.",
        "2. Về chăn nuôi: Sở Nông nghiệp và Phát triển nông thôn kiểm tra dịch bệnh trước ngày 30/9/2024. Ngoài ra, " +
          "Sở Y tế hướng dẫn phòng bệnh cho người dân trong quý IV/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-07-14", ["Sở Xây dựng"], ["Sở Tài chính"]],
      ["1.2", "2024-08-31", ["UBND huyện Phú Lương"], []],
      ["2.1", "2024-09-29", ["Sở Nông nghiệp và Phát triển nông thôn"], []],
      ["2.2", "2024-12-31", ["Sở Y tế"], []],
    ]);
  });
});
