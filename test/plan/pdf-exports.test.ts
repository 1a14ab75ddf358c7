// PDFs as provinces publish them: exported by LibreOffice from Word files (made by
// scripts/pdf-samples.ts, kept in test/plan/pdf). A seed's PDF reads as its text does; a
// plan laid out as offices type it reads as the same document written as text.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { PLANS } from "../support/fixtures.ts";

const pdf = (name: string) => readFileSync(join(import.meta.dirname, "pdf", `${name}.pdf`));
const parse = (buffer: Buffer) =>
  parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });

describe.each(Object.values(PLANS).map((path) => [basename(path, ".txt"), path]))(
  "%s exported to PDF",
  (name, path) => {
    it("gives the tasks, quotas, number and date of its text", async () => {
      const fromText = await parse(readFileSync(path));
      const fromPdf = await parse(pdf(name));
      if (!fromText.ok || !fromPdf.ok) throw new Error("both should read");
      expect(fromPdf.value.tasks).toEqual(fromText.value.tasks);
      expect(fromPdf.value.quotas).toEqual(fromText.value.quotas);
      expect(fromPdf.value.plan).toEqual(fromText.value.plan);
    });
  },
);

describe("a plan in Word's own layout, exported to PDF", () => {
  const TABLE_HEAD = [
    ["TT", "Nhiệm vụ", "Thời gian hoàn thành", "Trách nhiệm thực hiện", ""],
    ["TT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
  ];
  const ROWS = [
    [
      "Xây dựng, ban hành Kế hoạch đo lường sự hài lòng của người dân, tổ chức năm 2024",
      "Tháng 4/2024",
      "Sở Nội vụ",
      "Văn phòng UBND tỉnh",
    ],
    [
      "Lập danh sách người dân, tổ chức đã giải quyết thủ tục hành chính, gửi Sở Nội vụ",
      "Tháng 6/2024",
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      "Sở Nội vụ",
    ],
    [
      "Tổ chức điều tra xã hội học tại các huyện, thành phố theo phương án được duyệt",
      "Quý III/2024",
      "Sở Nội vụ",
      "UBND các huyện, thành phố",
    ],
    [
      "Tổng hợp, phân tích số liệu điều tra, xây dựng báo cáo kết quả đo lường",
      "Quý III/2024",
      "Sở Nội vụ",
      "Sở Tài chính",
    ],
  ];
  const row = (n: number) => [String(n), ...ROWS[(n - 1) % 4]!];

  it("reads as the same document written as text", async () => {
    const read = await readPdfPlan(pdf("plan-lai-chau-2024-word-layout"));
    if (!read.ok) throw new Error(read.error.code);
    const blocks = read.document.blocks.map((b) => (b.type === "text" ? b.text : b.cells));
    expect(blocks).toEqual([
      // The header block: issuer and motto side by side, then number and place and date.
      "ỦY BAN NHÂN DÂN",
      "TỈNH LAI CHÂU",
      "Số: 45/KH-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Lai Châu, ngày 12 tháng 3 năm 2024",
      "KẾ HOẠCH",
      "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Lai Châu năm 2024",
      "Thực hiện Chương trình cải cách hành chính nhà nước giai đoạn 2021 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch đo lường sự hài lòng năm 2024 như sau:",
      // Word's automatic numbering, with its tabs; footnote marks and footnotes gone.
      "I. MỤC ĐÍCH, YÊU CẦU",
      "- Đánh giá khách quan chất lượng cung cấp dịch vụ công của các cơ quan hành chính nhà nước trên địa bàn tỉnh Lai Châu năm 2024.",
      "- Việc điều tra phải đúng đối tượng, đúng phương pháp, bảo đảm tiến độ theo Kế hoạch này.",
      "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
      "1. Sở Nội vụ",
      "a) Hướng dẫn các cơ quan, đơn vị lập danh sách đối tượng điều tra xã hội học, hoàn thành trước ngày 15/5/2024.",
      "b) Tổng hợp kết quả điều tra, báo cáo UBND tỉnh trước ngày 30/9/2024.",
      "2. Văn phòng UBND tỉnh phối hợp với Sở Nội vụ công khai kết quả trên Cổng thông tin điện tử tỉnh, hoàn thành trong Tháng 10/2024.",
      "BIỂU PHÂN CÔNG NHIỆM VỤ",
      // Two header rows (merged cells), repeated on the next page; row 3 broken by the page
      // read whole, and its deadline cell, merged down over row 4 across the page, given to both.
      ...TABLE_HEAD,
      row(1),
      row(2),
      row(3),
      ...TABLE_HEAD,
      row(4),
      row(5),
      row(6),
      row(7),
      row(8),
      "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh./.",
      // "Nơi nhận" beside the signature: each column on its own.
      "Nơi nhận:",
      "- Bộ Nội vụ (b/c);",
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- Các sở, ban, ngành;",
      "- UBND các huyện, thành phố;",
      "- Lưu: VT, NC.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Hà Văn Bình",
    ]);
  });

  it("gives the plan's number, date and table tasks", async () => {
    const parsed = await parse(pdf("plan-lai-chau-2024-word-layout"));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.plan).toMatchObject({ number: "45/KH-UBND", date: "2024-03-12" });
    const four = parsed.value.tasks.find((t) => t.ref === "4");
    expect(four).toMatchObject({
      deadline: { due: "2024-09-30" },
      lead: [{ name: "Sở Nội vụ" }],
      coordinators: [{ name: "Sở Tài chính" }],
    });
  });
});
