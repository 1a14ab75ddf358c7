// RTF plans: read as the same plan saved as .docx is. The small files are written here, control word by control word;
// the real ones (make.sh) are LibreOffice's Rich Text copies of Word files of test/plan/doc/, read into the very blocks
// their Word file gives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Block, blockText } from "../../../src/plan/document.ts";
import { readPlan } from "../../../src/plan/read-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../../src/services/plan-service.ts";
import { rtf, u } from "./rtf-file.ts";

const here = (name: string) => readFileSync(join(import.meta.dirname, name));

async function blocks(buffer: Buffer): Promise<Block[]> {
  const read = await readPlan(buffer);
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
  return read.document.blocks;
}
const lines = async (buffer: Buffer) => (await blocks(buffer)).map(blockText);

const BORDERS = String.raw`\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10`;
const row = (cells: string[], edges: string) =>
  String.raw`\trowd\trleft0${edges}\pard\plain\intbl ` + cells.map((c) => `${u(c)}\\cell `).join("") + String.raw`\row`;

describe("a plan saved as .rtf", () => {
  it("reads paragraphs written as \\uN and as bytes of the document's code page (Windows-1258)", async () => {
    const body =
      String.raw`\pard\plain\qc\b ${u("KẾ HOẠCH")}\par\pard\plain ${u("Triển khai công tác năm 2025")}\par` +
      // "Sở Nội vụ" in Windows-1258: ơ, ô and u with their tones as combining marks (hook 0xD2, dot below 0xF2).
      String.raw`\pard\plain S\'f5\'d2 N\'f4\'f2i vu\'f2 chu\'d2 tri\'cc\line ${u("Hạn: quý II/2025")}\par`;
    expect(await lines(rtf(body))).toEqual([
      "KẾ HOẠCH",
      "Triển khai công tác năm 2025",
      "Sở Nội vụ chủ trì",
      "Hạn: quý II/2025",
    ]);
  });

  it("skips \\ucN's fallback characters, in whatever form they are written", async () => {
    const body = String.raw`\pard{\uc2\u7871\'e1\'e1 x}{\uc0\u7879 y}\u7901 ?z\par`;
    // The space after \\u7879 ends the control word, as any control word's does.
    expect(await lines(rtf(body))).toEqual(["ế xệyờz"]);
  });

  it("reads a table, a cell merged down giving each row it covers its text, one merged across its text then empties", async () => {
    const edges = (down = "") =>
      `${BORDERS}\\cellx800${BORDERS}\\cellx4000${BORDERS}${down}\\cellx6500${BORDERS}\\cellx9000`;
    const across = `${BORDERS}\\cellx800${BORDERS}\\clmgf\\cellx4000${BORDERS}\\clmrg\\cellx6500${BORDERS}\\cellx9000`;
    const body =
      String.raw`\pard ${u("Bảng phân công")}\par` +
      row(["STT", "Nội dung", "Chủ trì", "Thời hạn"], edges()).replace("\\trleft0", "\\trleft0\\trhdr") +
      row(["1", "Rà soát thủ tục hành chính", "Sở Nội vụ", "30/6/2025"], edges("\\clvmgf")) +
      row(["2", "Cập nhật cơ sở dữ liệu", "", "30/9/2025"], edges("\\clvmrg")) +
      row(["3", "Tổng kết, báo cáo UBND tỉnh", "", "15/12/2025"], across) +
      row(["II", "Nhiệm vụ khác"], `${BORDERS}\\cellx800${BORDERS}\\cellx9000`) +
      String.raw`\pard ${u("Hết bảng")}\par`;
    expect(await lines(rtf(body))).toEqual([
      "Bảng phân công",
      "STT | Nội dung | Chủ trì | Thời hạn",
      "1 | Rà soát thủ tục hành chính | Sở Nội vụ | 30/6/2025",
      "2 | Cập nhật cơ sở dữ liệu | Sở Nội vụ | 30/9/2025",
      "3 | Tổng kết, báo cáo UBND tỉnh |  | 15/12/2025",
      "II | Nhiệm vụ khác |  | ",
      "Hết bảng",
    ]);
  });

  it("reads a table nested in a cell into the cell's text", async () => {
    const edges = `${BORDERS}\\cellx800${BORDERS}\\cellx5000${BORDERS}\\cellx9000`;
    const body =
      row(["TT", "Nội dung", "Đơn vị"], edges) +
      String.raw`\trowd${edges}\pard\intbl 1\cell\pard\intbl ${u("Kiểm tra")}\cell` +
      String.raw`\pard\intbl\itap2 ${u("Đợt 1")}\nestcell ${u("Tháng 5")}\nestcell` +
      String.raw`{\*\nesttableprops\trowd\cellx2000\cellx4000\nestrow}{\nonesttables\par}` +
      String.raw`\pard\intbl ${u("Sở Tư pháp")}\cell\row`;
    expect(await lines(rtf(body))).toEqual(["TT | Nội dung | Đơn vị", "1 | Kiểm tra | Đợt 1 Tháng 5 Sở Tư pháp"]);
  });

  it("labels a list item by its \\listtext, or by its list's count when the label is not written", async () => {
    const item = (text: string, label = "") =>
      String.raw`\pard\plain\ls1\ilvl0${label && String.raw`{\listtext\pard\plain ${label}\tab}`}${u(text)}\par`;
    const body =
      item("Mục đích") +
      item("Yêu cầu") +
      item("Tổ chức thực hiện", "III.") +
      String.raw`\pard{\pntext\f1\'b7\tab}${u("Gạch đầu dòng")}\par\pard{\listtext a)\tab}${u("Điểm a")}\par`;
    expect(await lines(rtf(body))).toEqual([
      "1. Mục đích",
      "2. Yêu cầu",
      "III. Tổ chức thực hiện",
      "• Gạch đầu dòng",
      "a) Điểm a",
    ]);
  });

  it("keeps a footnote as a note of the paragraph its mark stands in", async () => {
    const body =
      String.raw`\pard ${u("Báo cáo kết quả trước ngày 15/12/2025")}{\super\chftn}` +
      String.raw`{\footnote\pard\plain{\super\chftn} ${u("Theo Công văn số 12/UBND ngày 01/3/2025.")}}\par`;
    expect(await blocks(rtf(body))).toEqual([
      {
        type: "text",
        text: "Báo cáo kết quả trước ngày 15/12/2025",
        notes: ["Theo Công văn số 12/UBND ngày 01/3/2025."],
      },
    ]);
  });

  it("drops hidden, deleted and struck text and keeps insertions; reads a field by its result", async () => {
    const body =
      String.raw`\pard ${u("Hạn nộp ")}{\v ${u("(ghi chú ẩn) ")}}${u("ngày 30/6/2025")}{\deleted ${u(" ngày 15/6/2025")}}` +
      String.raw`{\revised ${u(", chậm nhất")}}{\strike ${u(" (đã bỏ)")}}\par` +
      String.raw`\pard ${u("Gửi qua ")}{\field{\*\fldinst { HYPERLINK "https://dichvucong.gov.vn" }}{\fldrslt {${u("Cổng dịch vụ công")}}}}` +
      String.raw`, ${u("trang")} {\field{\fldinst PAGE}{\fldrslt 3}}\par` +
      String.raw`\pard ${u("Đoạn bị xoá")}{\deleted\par}${u(" nối tiếp")}\par`;
    expect(await lines(rtf(body))).toEqual([
      "Hạn nộp ngày 30/6/2025, chậm nhất",
      "Gửi qua Cổng dịch vụ công, trang 3",
      "Đoạn bị xoá nối tiếp",
    ]);
  });

  it("opens with the first page's own header, leaving the running one out", async () => {
    const body =
      String.raw`\sectd\titlepg{\header\pard ${u("Trang sau")}\par}{\headerf\pard ${u("Số: 15/KH-UBND")}\par}` +
      String.raw`{\footer\pard 1\par}\pard ${u("KẾ HOẠCH")}\par`;
    expect(await lines(rtf(body))).toEqual(["Số: 15/KH-UBND", "KẾ HOẠCH"]);
  });

  it("reads a text box before the paragraph it is anchored in, pictures and objects not at all", async () => {
    const body =
      String.raw`\pard ${u("Sơ đồ")}{\shp{\*\shpinst\shptop500\shpleft100{\sp{\sn shapeType}{\sv 202}}` +
      String.raw`{\shptxt\pard ${u("Bước 1: tiếp nhận")}\par}}{\shprslt{\pict\pngblip 89504e47}}} ` +
      String.raw`{\object\objemb{\*\objdata 0102}{\result\pard ${u("Kết quả đối tượng")}}}\par`;
    expect(await lines(rtf(body))).toEqual(["Bước 1: tiếp nhận", "Sơ đồ Kết quả đối tượng"]);
  });

  it("decodes a run in a TCVN3 font (.VnTime) as the .docx reader does", async () => {
    const file = Buffer.from(
      String.raw`{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}{\f5\fcharset0 .VnTime;}}\pard\f5 K\'d5 ho\'b9ch\par}`,
      "latin1",
    );
    expect(await lines(file)).toEqual(["Kế hoạch"]);
  });

  it.each(["tab-stops", "restarted-list"])(
    "reads LibreOffice's Rich Text copy of %s.docx into the blocks the .docx gives",
    async (name) => {
      expect(await blocks(here(`${name}.rtf`))).toEqual(await blocks(here(`../doc/${name}.docx`)));
    },
  );

  it("reads LibreOffice's Rich Text copy of a plan in .VnTime as its .doc copy reads", async () => {
    expect(await blocks(here("vntime.rtf"))).toEqual(await blocks(here("../doc/vntime.doc")));
  });

  it("gives the tasks of a plan sent as .rtf", async () => {
    const edges = `${BORDERS}\\cellx700${BORDERS}\\cellx5000${BORDERS}\\cellx7000${BORDERS}\\cellx9000`;
    const body =
      String.raw`\pard\qc ${u("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN")}\par\pard ${u("Số: 21/KH-UBND")}\par` +
      String.raw`\pard ${u("Thái Nguyên, ngày 10 tháng 01 năm 2025")}\par\pard\qc ${u("KẾ HOẠCH")}\par` +
      String.raw`\pard ${u("Cải cách hành chính năm 2025")}\par` +
      row(["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"], edges) +
      row(["1", "Rà soát, đơn giản hóa thủ tục hành chính", "Sở Tư pháp", "30/6/2025"], edges) +
      row(["2", "Báo cáo kết quả cải cách hành chính năm 2025", "Sở Nội vụ", "15/12/2025"], edges);
    const parsed = await parsePlanBuffer(rtf(body), { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.tasks.map((t) => [t.ref, t.lead.map((l) => l.name).join(), t.deadline?.due])).toEqual([
      ["1", "Sở Tư pháp", "2025-06-30"],
      ["2", "Sở Nội vụ", "2025-12-15"],
    ]);
  });
});
