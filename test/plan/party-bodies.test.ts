// Who leads in a party committee's plan and in joint plans: party bodies no directory lists ("Đảng ủy Sở Y tế",
// "Ban Dân vận Huyện ủy"), which "lãnh đạo" the work; youth unions; a subject after the task's title and a
// semicolon; two leads each for its share of the work.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("party bodies as subjects", () => {
  it("reads 'Đảng ủy X lãnh đạo, chỉ đạo …' as led by that party committee, never by X", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Đảng ủy Sở Y tế lãnh đạo, chỉ đạo việc số hóa hồ sơ bệnh án; hoàn thành trước ngày 30/6/2024.",
        "2. Các chi bộ trực thuộc Đảng ủy Sở căn cứ Kế hoạch này xây dựng kế hoạch, gửi trước ngày 15/4/2024.",
        "3. Ban Thường vụ đảng ủy các xã lãnh đạo việc công khai thủ tục hành chính; hoàn thành trong tháng 5/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-29", ["?Đảng ủy Sở Y tế"], []],
      ["II.2", "2024-04-14", ["?Các chi bộ trực thuộc Đảng ủy Sở"], []],
      ["II.3", "2024-05-31", ["?Ban Thường vụ đảng ủy các xã"], []],
    ]);
    expect(unresolvedNames(plan)).toContain("Đảng ủy Sở Y tế");
  });

  it("ends a partner's name at the party committee owning it", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Ban Dân vận Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy giám sát việc tiếp dân; " +
        "hoàn thành trong Quý III/2024.",
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-09-30", ["?Ban Dân vận Huyện ủy"], ["?Ủy ban Kiểm tra Huyện ủy"]]]);
  });

  it("reads the youth unions of districts and towns, and a plural listing them, as subjects", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Các Huyện đoàn, Thị đoàn chủ trì, phối hợp với Sở Tư pháp tổ chức tuyên truyền; xong trước 30/8/2024.",
        "2. Huyện đoàn Đại Từ tổ chức ngày hội thanh niên trong tháng 9/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-08-29", ["?Các Huyện đoàn, Thị đoàn"], ["Sở Tư pháp"]],
      ["II.2", "2024-09-30", ["?Huyện đoàn Đại Từ"], []],
    ]);
  });

  it("reads a plural of youth unions written in lower case as the subject", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Các thị đoàn, đoàn trực thuộc căn cứ Kế hoạch này đăng ký công trình thanh niên, gửi về " +
        "Tỉnh đoàn trước ngày 10/3/2025.",
    );
    expect(tasks(plan)).toEqual([["II.1", "2025-03-09", ["?Các thị đoàn, đoàn trực thuộc"], []]]);
  });
});

describe("who leads, after the task's title", () => {
  it("takes the subject after a semicolon when the title opens with its verb", () => {
    const plan = parse(
      "II. NHIỆM VỤ\na) Biên soạn sổ tay hỏi đáp về dịch vụ công; Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ thực " +
        "hiện, hoàn thành trước ngày 30/5/2024.",
    );
    expect(tasks(plan)).toEqual([["II.a", "2024-05-29", ["Sở Tư pháp"], ["Sở Nội vụ"]]]);
  });

  it("reads two leads when each clause's 'chủ trì' takes a share of the work", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Rà soát văn bản quy phạm pháp luật: Sở Tư pháp chủ trì đối với văn bản của tỉnh, Sở Nội vụ " +
        "chủ trì đối với văn bản về tổ chức bộ máy; hoàn thành trong tháng 10/2024.",
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-10-31", ["Sở Tư pháp", "Sở Nội vụ"], []]]);
  });

  it("never takes the end of the sentence before for another lead", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Khảo sát sự hài lòng của người dân, doanh nghiệp tại Bộ phận Một cửa cấp huyện, cấp xã. Sở " +
        "Nội vụ chủ trì, phối hợp với Bưu điện tỉnh thực hiện trong Quý III/2024.",
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-09-30", ["Sở Nội vụ"], ["Bưu điện tỉnh"]]]);
  });
});
