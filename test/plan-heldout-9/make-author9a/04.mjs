// 04: Thái Nguyên (merged), 9/2025 — "Kế hoạch sửa đổi, bổ sung Kế hoạch số 35/KH-UBND": only changed tasks,
// in a Phụ lục with both the old and the amended deadline ("Giữ nguyên" keeps the old one), part A amended,
// part B added; a few amendments in prose. plan.pdf drawn by ReportLab (pdf04.py).
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HERE, headerBlock, signBlock, writeWordAndText } from "./model.mjs";
import { ADDED, CHANGED } from "./04-data.mjs";

const SLUG = "04-thai-nguyen-2025-amendment-changed-tasks";
const WIDTHS = [550, 800, 3900, 2300, 2300, 1250, 1500, 1400];

const small = (text, o = {}) => ({ text, size: 20, ...o });

function appendixRows() {
  const head = (text) => small(text, { bold: true, align: "center" });
  const rows = [
    [
      head("STT"),
      head("Số TT tại KH 35"),
      head("Nhiệm vụ"),
      head("Cơ quan chủ trì"),
      head("Cơ quan phối hợp"),
      head("Thời hạn theo KH 35"),
      head("Thời hạn sau điều chỉnh, bổ sung"),
      head("Ghi chú"),
    ],
  ];
  rows.push([small("A", { bold: true, align: "center" }), small("NHIỆM VỤ SỬA ĐỔI", { bold: true, span: 7 })]);
  CHANGED.forEach(([old, task, lead, partners, before, after, note], i) => {
    rows.push([
      small(String(i + 1), { align: "center" }),
      small(old, { align: "center" }),
      small(task),
      small(lead),
      small(partners),
      small(before, { align: "center" }),
      small(after, { align: "center", bold: after !== "Giữ nguyên" }),
      small(note, { italic: true }),
    ]);
  });
  rows.push([small("B", { bold: true, align: "center" }), small("NHIỆM VỤ BỔ SUNG", { bold: true, span: 7 })]);
  ADDED.forEach(([task, lead, partners, due], i) => {
    rows.push([
      small(String(i + 1), { align: "center" }),
      small("Bổ sung", { align: "center", italic: true }),
      small(task),
      small(lead),
      small(partners),
      small("-", { align: "center" }),
      small(due, { align: "center", bold: true }),
      small(""),
    ]);
  });
  return rows;
}

const R = (label, text) => ({ label, text, list: { kind: "roman", inst: "top" }, bold: true, indent: 709, keepNext: true });
const N = (label, text, inst, o = {}) => ({ label, text, list: { kind: "decimal", inst }, indent: 709, align: "justify", ...o });
const A = (label, text, inst) => ({ label, text, list: { kind: "letter", inst }, indent: 709, align: "justify" });
const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });

const BLOCKS = [
  ...headerBlock({
    issuer: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN",
    number: "Số: 164/KH-UBND",
    place: "Thái Nguyên, ngày 22 tháng 9 năm 2025",
  }),
  { text: "KẾ HOẠCH", bold: true, align: "center", before: 240 },
  {
    text: "Sửa đổi, bổ sung Kế hoạch số 35/KH-UBND ngày 20/02/2025 của UBND tỉnh\nvề cải cách hành chính nhà nước năm 2025",
    bold: true,
    align: "center",
    after: 240,
  },
  P("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh; " +
    "Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh;",
  { footnote: "Kế hoạch số 35/KH-UBND ngày 20/02/2025 do UBND tỉnh Thái Nguyên (trước sắp xếp) ban hành, gồm 36 nhiệm vụ tại Phụ lục." }),
  P("Để phù hợp với mô hình chính quyền địa phương 02 cấp vận hành từ ngày 01/7/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch " +
    "sửa đổi, bổ sung Kế hoạch số 35/KH-UBND ngày 20/02/2025 về cải cách hành chính nhà nước năm 2025, như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N("1.", "Bảo đảm các nhiệm vụ cải cách hành chính năm 2025 được triển khai liên tục, không bỏ sót sau sắp xếp tổ chức bộ máy.", "i"),
  N("2.", "Xác định rõ cơ quan chủ trì mới đối với nhiệm vụ của cơ quan đã hợp nhất và của cấp huyện (cũ).", "i"),
  R("II.", "NỘI DUNG SỬA ĐỔI, BỔ SUNG"),
  N("1.", "Sửa đổi thời hạn hoàn thành, cơ quan chủ trì, phối hợp của 16 nhiệm vụ tại Phụ lục Kế hoạch số 35/KH-UBND " +
    "(chi tiết tại Phần A Phụ lục kèm theo).", "ii"),
  N("2.", "Bổ sung 08 nhiệm vụ (chi tiết tại Phần B Phụ lục kèm theo).", "ii"),
  N("3.", "Bãi bỏ các nhiệm vụ số 7, 18 và 21 tại Phụ lục Kế hoạch số 35/KH-UBND (đánh giá Chỉ số CCHC cấp huyện trước " +
    "ngày 15/11/2025; kiểm tra cải cách hành chính tại UBND các huyện, thành phố trong Quý III/2025; xây dựng mô hình " +
    "một cửa liên thông cấp huyện, tháng 8/2025) do không còn tổ chức chính quyền cấp huyện.", "ii"),
  N("4.", "Sửa đổi một số nội dung tại mục III Kế hoạch số 35/KH-UBND:", "ii"),
  A("a)", "Điều chỉnh thời hạn hoàn thành nhiệm vụ \"Tổ chức khảo sát, đo lường sự hài lòng của người dân, tổ chức " +
    "(SIPAS)\" tại tiết b điểm 2 mục III từ ngày 30/9/2025 thành ngày 31/10/2025. Sở Nội vụ chủ trì, phối hợp với " +
    "Bưu điện tỉnh thực hiện.", "ii4"),
  A("b)", "Điều chỉnh thời hạn gửi báo cáo cải cách hành chính quý III/2025 của các sở, ban, ngành, UBND các xã, phường " +
    "về Sở Nội vụ tại điểm 1 mục III từ ngày 15/9/2025 thành trước ngày 20/10/2025 (báo cáo 9 tháng).", "ii4"),
  N("5.", "Các nội dung khác giữ nguyên theo Kế hoạch số 35/KH-UBND ngày 20/02/2025.", "ii"),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này và Kế hoạch số 35/KH-UBND tổ chức thực hiện; " +
    "cơ quan tiếp nhận nhiệm vụ của cơ quan đã hợp nhất chịu trách nhiệm kế thừa hồ sơ, tài liệu kiểm chứng.", "iii"),
  N("2.", "Sở Nội vụ theo dõi, đôn đốc, hướng dẫn; tổng hợp kết quả trong báo cáo cải cách hành chính năm 2025./.", "iii"),
  signBlock({
    recipients: ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành;",
      "- UBND các xã, phường;", "- Lưu: VT, NC."],
    signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Thanh Bình"],
  }),
  { t: "section", landscape: true },
  { text: "PHỤ LỤC", bold: true, align: "center" },
  { text: "DANH MỤC NHIỆM VỤ SỬA ĐỔI, BỔ SUNG KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025", bold: true, align: "center" },
  { text: "(Kèm theo Kế hoạch số 164/KH-UBND ngày 22/9/2025 của UBND tỉnh Thái Nguyên)", italic: true, align: "center", after: 160 },
  { t: "table", widths: WIDTHS, header: 1, rows: appendixRows() },
];

const dir = await writeWordAndText(SLUG, BLOCKS, "Kế hoạch 164/KH-UBND");
const json = `/tmp/author9a-04-${process.pid}.json`;
writeFileSync(json, JSON.stringify(BLOCKS));
execFileSync("/usr/bin/python3", [join(HERE, "pdf04.py"), json, join(dir, "plan.pdf")], { stdio: "inherit" });
rmSync(json, { force: true });
console.log("wrote", dir);
