// Plans in lettered parts whose Roman sections start again at "I." in each part ("A. MỤC ĐÍCH" over "I. Mục đích",
// "B. NHIỆM VỤ" over "I. …", "II. …"): a section is known by its part's letter, in tables as in prose.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const header = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"].join("\t");
const row = (n: string, title: string, lead: string, due: string) => [n, title, lead, "", due].join("\t");

describe("parts numbering their Roman sections anew", () => {
  it("heads a section's table rows and a later part's numbered paragraphs with the part's letter", () => {
    const plan = parse(
      [
        "A. MỤC ĐÍCH, YÊU CẦU",
        "I. Mục đích",
        "Nâng cao chất lượng dịch vụ du lịch cộng đồng.",
        "II. Yêu cầu",
        "Phân công cụ thể cho từng cơ quan.",
        "B. NHIỆM VỤ VÀ GIẢI PHÁP",
        "I. HẠ TẦNG DU LỊCH",
        header,
        row("1", "Rà soát các điểm du lịch cộng đồng", "Sở Xây dựng", "Trước ngày 30 tháng 4 năm 2026"),
        row("2", "Cải tạo đường vào bản", "Sở Tài chính", "Quý III năm 2026"),
        "II. QUẢNG BÁ DU LỊCH",
        header,
        row("1", "Tổ chức tuần văn hóa du lịch", "Sở Công Thương", "Trong tháng Mười một năm 2026"),
        "C. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.",
        "2. Sở Xây dựng báo cáo kết quả thực hiện Kế hoạch trước ngày 15 tháng 12 năm 2026.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["B.I.1", "B.I.2", "B.II.1", "C.2"]);
  });

  it("keeps the refs as written when only one part has Roman sections", () => {
    const plan = parse(
      [
        "A. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao chất lượng dịch vụ du lịch cộng đồng.",
        "B. NHIỆM VỤ VÀ GIẢI PHÁP",
        "I. HẠ TẦNG DU LỊCH",
        header,
        row("1", "Rà soát các điểm du lịch cộng đồng", "Sở Xây dựng", "Trước ngày 30 tháng 4 năm 2026"),
        "II. QUẢNG BÁ DU LỊCH",
        header,
        row("1", "Tổ chức tuần văn hóa du lịch", "Sở Công Thương", "Trong tháng Mười một năm 2026"),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["I.1", "II.1"]);
  });
});

describe("a part's heading in capitals between two tables", () => {
  it("ends the table above and cites the rows below by the part, never as a group of the table above", () => {
    const plan = parse(
      [
        "PHẦN I. NHIỆM VỤ THƯỜNG XUYÊN",
        header,
        row("1", "Cập nhật cơ sở dữ liệu cán bộ", "Sở Nội vụ", "Tháng 5/2026"),
        row("2", "Rà soát quy chế làm việc", "Văn phòng UBND tỉnh", "Quý II/2026"),
        "PHẦN II: NHIỆM VỤ TRỌNG TÂM",
        header,
        row("1", "Xây dựng đề án vị trí việc làm", "Sở Nội vụ", "Tháng 9/2026"),
        row("2", "Thí điểm chữ ký số cho cấp xã", "Sở Khoa học và Công nghệ", "Quý IV/2026"),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["I.1", "I.2", "II.1", "II.2"]);
    expect(plan.warnings.join(" ")).not.toMatch(/hai lần/);
  });
});
