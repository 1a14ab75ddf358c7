// Plans read for who does what, by the grammar of their sentences, with numbering of any
// depth: each case is a short plan as an office writes it, read as the CLI reads text.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { romanValue, markerOf } from "../../src/plan/numbering.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { names, parse, row, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("who leads, read from the sentence", () => {
  it("the subject before the verb leads; the recipient after 'gửi' and 'trình' does not", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Các Sở: Tư pháp, Tài chính, Xây dựng, Văn phòng UBND tỉnh tự chấm điểm gửi Sở Nội vụ tổng hợp trước ngày 10/12/2024.",
        "2. Sở Nội vụ tổng hợp và trình UBND tỉnh trước ngày 20/12/2024.",
        "3. Các cơ quan, đơn vị gửi danh sách về Sở Nội vụ trước ngày 05/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-12-09", ["Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Văn phòng UBND tỉnh"], []],
      ["II.2", "2024-12-19", ["Sở Nội vụ"], []],
      ["II.3", "2024-12-04", names(THAI_NGUYEN.units.filter((u) => u.kind !== "other").map(resolved)), []],
    ]);
  });

  it("an adverbial opening the sentence before a comma stands before the subject", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Trên cơ sở báo cáo của các huyện, Sở Y tế tổng hợp nhu cầu thuốc trước ngày 15/10/2024.",
        "2. Sau khi có kết quả kiểm tra, Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ đề xuất xử lý trong tháng 11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-10-14", ["Sở Y tế"], []],
      ["II.2", "2024-11-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
    ]);
  });

  it("'Đề nghị X' names X; 'phối hợp với Y' makes Y a coordinator; 'do X chủ trì' names X", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Đề nghị Cục Thống kê tỉnh phối hợp với Sở Nội vụ tổ chức khảo sát trong tháng 12/2024.",
        "2. Kiểm tra: Đoàn kiểm tra do Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện trong Quý I/2025.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-12-31", ["Cục Thống kê tỉnh"], ["Sở Nội vụ"]],
      ["II.2", "2025-03-31", ["Sở Nội vụ"], ["Sở Tư pháp"]],
    ]);
  });

  it("a body the directory lacks is kept, unresolved and reported, and a list is read past it", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Tổ giúp việc Hội đồng hoàn thiện bộ công cụ, trình Trưởng đoàn trước ngày 10/02/2025.",
        "2. Các Sở, ngành: Tư pháp; Quy hoạch Kiến trúc; Y tế, Thanh tra tỉnh rà soát thủ tục trong tháng 3/2025.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2025-02-09", ["?Tổ giúp việc Hội đồng"], []],
      ["II.2", "2025-03-31", ["Sở Tư pháp", "?Quy hoạch Kiến trúc", "Sở Y tế", "Thanh tra tỉnh"], []],
    ]);
    expect(unresolvedNames(plan)).toEqual(["Tổ giúp việc Hội đồng", "Quy hoạch Kiến trúc"]);
  });

  it("a title before the sentence names nobody: the subject of the clause after it leads", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Liên thông nhóm thủ tục khai sinh. Giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh hướng dẫn các xã; hoàn thành 30/4/2026.",
        "2. Cắt giảm giấy tờ: Các sở, ban, ngành: Tư pháp; Xây dựng; Y tế rà soát hồ sơ trước ngày 20/6/2026.",
        "3. Cấp phiếu lý lịch tư pháp: Công an tỉnh chủ trì, phối hợp với Sở Tư pháp; thời hạn trước ngày 01/7/2026.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-04-30", ["Sở Tư pháp"], ["Công an tỉnh"]],
      ["II.2", "2026-06-19", ["Sở Tư pháp", "Sở Xây dựng", "Sở Y tế"], []],
      ["II.3", "2026-06-30", ["Công an tỉnh"], ["Sở Tư pháp"]],
    ]);
  });

  it("'X chủ trì; Y phối hợp' makes Y a coordinator, and partners after 'phối hợp với' are names even unknown", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Rà soát văn bản. Sở Tư pháp chủ trì; Tỉnh đoàn, Sở Y tế phối hợp; hoàn thành trong Quý III/2026.",
        "2. Phủ sóng di động. Sở Xây dựng chủ trì, phối hợp với các doanh nghiệp viễn thông và Sở Y tế; hoàn thành trong Quý IV/2026.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-09-30", ["Sở Tư pháp"], ["Tỉnh đoàn", "Sở Y tế"]],
      ["II.2", "2026-12-31", ["Sở Xây dựng"], ["?các doanh nghiệp viễn thông", "Sở Y tế"]],
    ]);
  });

  it("a bullet with no subject takes its heading's units and coordinators", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp:",
        "- Hướng dẫn các cơ quan tự chấm điểm trước ngày 01/12/2024.",
        "- Phối hợp với Cục Thống kê tỉnh điều tra xã hội học trong tháng 12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.1", "2024-11-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["II.1.2", "2024-12-31", ["Sở Nội vụ"], ["Sở Tư pháp", "Cục Thống kê tỉnh"]],
    ]);
  });

  it("a bullet that opens with a task, not a body, takes its heading's units", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ",
        "- Thanh tra công vụ tại Sở Y tế trong Quý II/2025.",
        "- Hội thảo chuyên đề về cải cách hành chính trong tháng 8/2025.",
        "- Tổ chức hội nghị sơ kết trong tháng 9/2025.",
        "- Ban hành quy chế phối hợp trong tháng 10/2025.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[2])).toEqual([["Sở Nội vụ"], ["Sở Nội vụ"], ["Sở Nội vụ"], ["Sở Nội vụ"]]);
  });

  it("a group narrowed by what is done to it leads, unresolved and reported, never every unit nor none", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Các cơ quan, đơn vị được kiểm tra",
        "- Xây dựng báo cáo tự kiểm tra gửi Đoàn kiểm tra trước ngày 03/5/2024.",
        "2. Các sở, ngành được khảo sát nộp hồ sơ trước ngày 10/5/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[2])).toEqual([
      ["?Các cơ quan, đơn vị được kiểm tra"],
      ["?Các sở, ngành được khảo sát"],
    ]);
    expect(unresolvedNames(plan)).toEqual(
      expect.arrayContaining(["Các cơ quan, đơn vị được kiểm tra", "Các sở, ngành được khảo sát"]),
    );
  });
});

function resolved(u: { name: string }) {
  return { name: u.name, resolved: true };
}

describe("lines that tell more of the task above", () => {
  it("'Thời gian thực hiện:' dates the item above; 'Sản phẩm:' is not a task", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ",
        "a) Xây dựng bộ câu hỏi khảo sát.",
        "Thời gian thực hiện: ngày 10 tháng 01 năm 2025.",
        "Sản phẩm: Bộ câu hỏi trình UBND tỉnh trước ngày 05/01/2025.",
        "b) Tổng hợp kết quả, báo cáo UBND tỉnh.",
        "Thời gian thực hiện: Tháng 11/2025.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2025-01-10", ["Sở Nội vụ"], []],
      ["II.1.b", "2025-11-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("a paragraph saying who, then when, alone under an undated numbered heading, is that heading's task", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Rà soát quy chế tiếp công dân",
        "Thanh tra tỉnh chủ trì, phối hợp với Sở Tư pháp. Thời hạn: trước ngày 20/5/2024.",
        "2. Sở Nội vụ",
        "Biên soạn tài liệu tập huấn, hoàn thành trong tháng 6/2024.",
        "3. Kiểm tra tại cơ sở",
        "Sở Y tế kiểm tra 05 bệnh viện trước ngày 30/8/2024.",
        "Sở Xây dựng kiểm tra 04 công trình trước ngày 30/9/2024.",
        "4. Tập huấn",
        "Sở Nội vụ tổ chức 02 lớp tập huấn trước ngày 15/10/2024.",
      ].join("\n"),
    );
    expect(plan.tasks.filter((t) => t.kind === "task").map((t) => [t.title, ...row(t)])).toEqual([
      ["Rà soát quy chế tiếp công dân", "II.1", "2024-05-19", ["Thanh tra tỉnh"], ["Sở Tư pháp"]],
      // No subject of its own under a heading that only names who does it: the heading's task, in its words.
      ["Biên soạn tài liệu tập huấn", "II.2", "2024-06-30", ["Sở Nội vụ"], []],
      // Two paragraphs: two tasks of the heading.
      ["Sở Y tế kiểm tra 05 bệnh viện", "II.3.1", "2024-08-29", ["Sở Y tế"], []],
      ["Sở Xây dựng kiểm tra 04 công trình", "II.3.2", "2024-09-29", ["Sở Xây dựng"], []],
      // One dated sentence: the heading's task, in the sentence's words.
      ["Sở Nội vụ tổ chức 02 lớp tập huấn", "II.4", "2024-10-14", ["Sở Nội vụ"], []],
    ]);
  });

  it("one dated sentence alone under a heading that only names a kind of work is that heading's task", () => {
    const plan = parse(
      [
        "III. GIẢI PHÁP",
        "1. Giải pháp chung",
        "Các sở, ban, ngành tự rà soát quy trình nội bộ, gửi Sở Nội vụ trước ngày 12/7/2024 để tổng hợp.",
        "2. Giải pháp riêng",
        "a) Sở Tư pháp hoàn thiện cơ sở dữ liệu hộ tịch trong tháng 9/2024.",
      ].join("\n"),
    );
    expect(plan.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due])).toEqual([
      ["III.1", "2024-07-11"],
      ["III.2.a", "2024-09-30"],
    ]);
    expect(plan.tasks.find((t) => t.ref === "III.1")?.title).toBe(
      "Các sở, ban, ngành tự rà soát quy trình nội bộ, gửi Sở Nội vụ",
    );
    expect(plan.tasks.find((t) => t.ref === "III.1")?.lead.length).toBeGreaterThan(5);
  });

  it("bullets under a label with nothing after its colon are the label's values, not tasks", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Rà soát quy trình nội bộ giải quyết thủ tục hành chính",
        "Đơn vị thực hiện:",
        "- Sở Tư pháp;",
        "- Sở Y tế.",
        "Thời gian thực hiện:",
        "- Quý II/2025.",
        "Sản phẩm:",
        "- Báo cáo gửi Sở Nội vụ trước ngày 05/7/2025.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2025-06-30", ["Sở Tư pháp", "Sở Y tế"], []]]);
  });

  it("items of an enumeration complete their sentence: the deadline below them is the sentence's", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ tổ chức điều tra xã hội học đối với các nhóm đối tượng:",
        "+ Lãnh đạo, công chức các sở, ban, ngành;",
        "+ Người dân và doanh nghiệp.",
        "Thời gian hoàn thành chậm nhất ngày 31/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-12-31", ["Sở Nội vụ"], []]]);
  });

  it("a dated sentence under a heading that describes the plan tells its scope, not a task", () => {
    const plan = parse(
      [
        "I. ĐỐI TƯỢNG, PHẠM VI",
        "Người dân đã giao dịch tại Bộ phận Một cửa trong thời gian từ ngày 01/10/2025 đến ngày 30/6/2026.",
        "II. NHIỆM VỤ",
        "Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/7/2026.",
      ].join("\n"),
    );
    // The one dated paragraph under a Roman section is cited by the section's number (`soleOrder`, prose.ts).
    expect(tasks(plan)).toEqual([["II", "2026-07-09", ["Sở Nội vụ"], []]]);
  });

  it("a section telling how things stand and are forecast to go holds no task, whatever its dates", () => {
    const plan = parse(
      [
        "I. ĐẶC ĐIỂM, TÌNH HÌNH",
        "- Mùa mưa bão năm 2024 dự báo từ tháng 6/2024 đến hết tháng 10/2024.",
        "- Năm trước, huyện đã nạo vét 12 km kênh mương (tháng 3/2023).",
        "II. NHIỆM VỤ",
        "- Sở Nông nghiệp và Phát triển nông thôn kiểm tra các hồ chứa trước ngày 31/5/2024.",
      ].join("\n"),
    );
    // The one dated dash under a Roman section is cited by the section's number (`soleOrder`, prose.ts).
    expect(tasks(plan)).toEqual([["II", "2024-05-30", ["Sở Nông nghiệp và Phát triển nông thôn"], []]]);
  });

  it("a bullet without a deadline inherits its heading's, marked as inherited", () => {
    const plan = parse(["II. NHIỆM VỤ", "1. Sở Nội vụ hoàn thành trong Quý I/2025:", "- Rà soát quy chế."].join("\n"));
    expect(plan.tasks.find((t) => t.ref === "II.1.1")?.deadline).toMatchObject({
      due: "2025-03-31",
      inheritedFrom: "II.1",
    });
  });
});

describe("markup left by text extraction", () => {
  it("never hides a number, a date or a name", () => {
    const read = readTextPlan(
      [
        "**ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN**",
        "Số: *2756*/KH-UBND",
        "*Thái Nguyên, ngày 05 tháng 3 năm 2024*",
        "### **II. NHIỆM VỤ**",
        "**1.** **Sở Nội vụ** tổng hợp, báo cáo UBND tỉnh trước ngày **31/01/2025**[^2].",
        "**2.** Sở Tư pháp rà soát\\, báo cáo trước ngày 15/02/2025<sup>3</sup>.",
        "[^2]: Theo Quyết định số 12/QĐ-UBND ngày 02/01/2025.",
      ].join("\n"),
    );
    if (!read.ok) throw new Error(read.error.code);
    const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.plan.plan.number).toBe("2756/KH-UBND");
    expect(tasks(parsed.plan)).toEqual([
      ["II.1", "2025-01-30", ["Sở Nội vụ"], []],
      ["II.2", "2025-02-14", ["Sở Tư pháp"], []],
    ]);
  });
});

describe("numbering of any depth", () => {
  it("reads Roman numerals of any size, not a lone capital letter", () => {
    expect(["I", "IV", "IX", "XIV", "XL", "XLIX", "L", "XC", "CD", "MMXXVI"].map(romanValue)).toEqual([
      1, 4, 9, 14, 40, 49, 50, 90, 400, 2026,
    ]);
    expect(["IIII", "VX", "IC", ""].map(romanValue)).toEqual([null, null, null, null]);
    expect(markerOf("L. KẾT LUẬN", 49)).toMatchObject({ kind: "roman", ref: "L" });
    expect(markerOf("C. TỔ CHỨC THỰC HIỆN", null)).toBeNull();
  });

  it("gives refs past section XXXIX, heading 99 and letter z", () => {
    const sections = Array.from({ length: 41 }, (_, i) => i + 1).map(
      (n) => `${toRoman(n)}. NHÓM ${n}\n1. Sở Nội vụ rà soát trước ngày 10/12/2024.`,
    );
    const plan = parse(
      [
        ...sections,
        "XLII. NHÓM CUỐI",
        "105. Sở Tư pháp rà soát trước ngày 10/12/2024.",
        "106. Sở Y tế",
        "y) Rà soát trước ngày 10/12/2024.",
        "z) Rà soát trước ngày 10/12/2024.",
        "aa) Rà soát trước ngày 10/12/2024.",
        "đ) Rà soát trước ngày 10/12/2024.",
      ].join("\n"),
    );
    const refs = plan.tasks.filter((t) => t.kind === "task").map((t) => t.ref);
    expect(refs).toContain("XL.1");
    expect(refs).toContain("XLI.1");
    expect(refs.slice(-5)).toEqual(["XLII.105", "XLII.106.y", "XLII.106.z", "XLII.106.aa", "XLII.106.đ"]);
  });

  it("reads a number behind the word it numbers ('Nhiệm vụ 3:', 'Nội dung 4.') as that number", () => {
    const plan = parse(
      [
        "II. CÁC NHIỆM VỤ",
        "Nhiệm vụ 3: Sở Tư pháp rà soát văn bản quy phạm pháp luật trước ngày 20/5/2024.",
        "Nội dung 4. Sở Y tế kiểm tra các trạm y tế trong tháng 8/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.3", "2024-05-19", ["Sở Tư pháp"], []],
      ["II.4", "2024-08-31", ["Sở Y tế"], []],
    ]);
  });

  it("reads letter items written 'a.' as 'a)'", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ",
        "a. Rà soát quy chế trước ngày 10/12/2024.",
        "b. Báo cáo trong tháng 12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-12-09", ["Sở Nội vụ"], []],
      ["II.1.b", "2024-12-31", ["Sở Nội vụ"], []],
    ]);
  });

  it("reports a ref written twice and keeps both tasks", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ rà soát trước ngày 10/12/2024.",
        "1. Sở Tư pháp rà soát trước ngày 15/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-12-09", ["Sở Nội vụ"], []],
      ["II.1(2)", "2024-12-14", ["Sở Tư pháp"], []],
    ]);
    expect(plan.warnings).toContainEqual({ code: "duplicate-ref", args: { ref: "II.1", renamed: "II.1(2)" } });
  });
});

describe("task tables", () => {
  it("a deadline written anywhere in a section row is inherited by its rows without one", () => {
    const plan = parse(
      [
        "TT\tNội dung công việc\tCơ quan thực hiện\tCơ quan phối hợp\tThời hạn",
        "XL\tTỰ ĐÁNH GIÁ, gửi về Sở Nội vụ trước ngày 10/10/2024\t\t\t",
        "1\tTự chấm điểm\tSở Tư pháp\tSở Nội vụ\t",
        "2\tCập nhật tài liệu\tSở Y tế\t\tTháng 11/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-10-09", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2024-11-30", ["Sở Y tế"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "1")?.deadline?.inheritedFrom).toBe("XL");
  });
});

function toRoman(n: number): string {
  const parts: [number, string][] = [
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, numeral] of parts)
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  return out;
}

describe("days in a task's sentence", () => {
  it("a day before the plan's own date tells which things; the later day is the deadline", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Sở Xây dựng rà soát các công trình khởi công trước ngày 01/6/2023 để xử lý vi phạm; báo cáo kết quả trước ngày 20/9/2024.",
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-09-19", ["Sở Xây dựng"], []]]);
  });
});
