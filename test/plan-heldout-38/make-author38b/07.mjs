// 07: Thái Nguyên (after the reorganisation), UBND tỉnh, Kế hoạch 88/KH-UBND, 16/3/2026 — xử lý trụ sở, tài sản công
// dôi dư sau sắp xếp đơn vị hành chính năm 2026. Habit: the ROADMAP ("Lộ trình thực hiện", section II) is a SMARTART
// Vertical Process in plan-auto.docx (smartart.mjs: data1.xml dgm:pt texts, layout / quickStyle / colors parts,
// drawing1.xml with the dsp:sp boxes and their text): five dated milestones, each box "Giai đoạn n (<deadline>): <lead
// unit> <work>". plan-typed.docx writes the same milestones as plain paragraphs. III is an ordinary task table.
// plan.pdf: LibreOffice's print of plan-auto.docx (the boxes drawn, their text in the PDF).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { addSmartArt } from "./smartart.mjs";

const ID = "07-thai-nguyen-2026-word-smartart-roadmap-vertical-process-dated-milestones-lead-units-and-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính", XA = "UBND cấp xã", MT = "Sở Nông nghiệp và Môi trường", XD = "Sở Xây dựng";
const tasks = [];

// the milestones: [label, lead as written, work, due, lead[]]
const milestones = [
  ["Giai đoạn 1 (trước 31/3/2026):", TC, "hướng dẫn rà soát, thống kê trụ sở, tài sản công dôi dư sau sắp xếp",
    "2026-03-30", [TC]],
  ["Giai đoạn 2 (trước 30/6/2026):", XA, "lập phương án xử lý trụ sở, nhà đất dôi dư trên địa bàn, gửi Sở Tài chính",
    "2026-06-29", [XA]],
  ["Giai đoạn 3 (tháng 9/2026):", TC, "thẩm định, trình UBND tỉnh phê duyệt phương án xử lý của các xã, phường",
    "2026-09-30", [TC]],
  ["Giai đoạn 4 (tháng 11/2026):", XA, "tổ chức thực hiện phương án xử lý trụ sở, tài sản đã được phê duyệt",
    "2026-11-30", [XA]],
  ["Giai đoạn 5 (trước 20/12/2026):", TC, "tổng hợp kết quả xử lý trụ sở, tài sản công dôi dư, báo cáo UBND tỉnh",
    "2026-12-19", [TC]],
];
const boxes = milestones.map(([label, unit, work, due, lead]) => {
  tasks.push(task(null, work.replace(/, (gửi|báo cáo) .*$/, ""), due, lead));
  return { label, text: `${unit} ${work}.` };
});

// III: [content, lead cell, coord cell, time, due|null, lead[], coord[]]
const rowsData = [
  ["Rà soát, cập nhật hiện trạng sử dụng trụ sở làm việc của các cơ quan, đơn vị sau hợp nhất", TC, XA,
    "Trước ngày 15/4/2026", "2026-04-14", [TC], [XA]],
  ["Điều chỉnh quy hoạch, kế hoạch sử dụng đất đối với các cơ sở nhà, đất chuyển đổi công năng", MT, `${XD}; ${XA}`,
    "Từ tháng 5 đến tháng 7/2026", "2026-07-31", [MT], [XD, XA]],
  ["Xác định giá khởi điểm để bán đấu giá trụ sở, nhà đất dôi dư", TC, MT, "Tháng 8/2026", "2026-08-31", [TC], [MT]],
  ["Sửa chữa, cải tạo trụ sở phục vụ Trung tâm Phục vụ hành chính công cấp xã", XA, XD, "Trước ngày 01/9/2026",
    "2026-08-31", [XA], [XD]],
  ["Chuyển giao trụ sở dôi dư cho các cơ sở giáo dục, y tế sử dụng", XA, "Sở Giáo dục và Đào tạo; Sở Y tế",
    "Quý III/2026", "2026-09-30", [XA], ["Sở Giáo dục và Đào tạo", "Sở Y tế"]],
  ["Công khai phương án xử lý trụ sở, tài sản dôi dư trên Cổng thông tin điện tử tỉnh", "Văn phòng UBND tỉnh", TC,
    "Thường xuyên", null],
  ["Kiểm tra việc quản lý, sử dụng tài sản công sau sắp xếp tại các xã, phường", "Thanh tra tỉnh", TC,
    "Cuối tháng 10/2026", "2026-10-31", ["Thanh tra tỉnh"], [TC]],
];
const rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]];
rowsData.forEach(([content, lc, cc, time, due, lead, coord], i) => {
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, content, lc, cc,
    { text: time, align: "center" }]);
  if (due) tasks.push(task(String(i + 1), content, due, lead, coord));
});

const R = (n) => ({ kind: "roman", inst: "r", n });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 88/KH-UBND", "Thái Nguyên, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Xử lý trụ sở, tài sản công dôi dư sau sắp xếp đơn vị hành chính trên địa bàn tỉnh năm 2026"),
  { t: "p", align: "justify", text: "Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, trên " +
    "địa bàn tỉnh còn nhiều trụ sở, nhà đất của các cơ quan, đơn vị cũ chưa được sử dụng. Để quản lý, sử dụng hiệu " +
    "quả, tránh lãng phí tài sản công, UBND tỉnh ban hành Kế hoạch như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: R() },
  { t: "p", align: "justify", text: "Xử lý dứt điểm trụ sở, tài sản công dôi dư trong năm 2026; ưu tiên chuyển giao cho " +
    "giáo dục, y tế, văn hóa, thể thao; việc bán, chuyển nhượng thực hiện công khai, minh bạch theo quy định." },
  { t: "p", num: "II.", text: "LỘ TRÌNH THỰC HIỆN", bold: true, list: R() },
  { t: "p", align: "justify", text: "Việc xử lý trụ sở, tài sản công dôi dư thực hiện theo lộ trình sau:" },
  ...boxes.map((b) => ({ t: "p", text: `⟦SA⟧${b.label} ${b.text}`, align: "justify" })),
  { t: "p", num: "III.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: R() },
  { t: "table", widths: [680, 3680, 1750, 1850, 1400], header: 1, rows },
  { t: "p", num: "IV.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: R() },
  { t: "p", align: "justify", text: "Sở Tài chính là cơ quan thường trực, hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế " +
    "hoạch. Các sở, ban, ngành và UBND các xã, phường chủ động triển khai các nhiệm vụ được giao; trong quá trình thực " +
    "hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Tài chính để tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Bộ Tài chính (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Hoàng Sơn"),
];

let call = 0;
const transform = (doc) => (++call === 1 ? doc.replace(/⟦SA⟧/g, "") : doc);
const DATES = "Dates (2026): milestones 'trước 31/3/2026' -> 30/3 Mon; 'trước 30/6/2026' -> 29/6 Mon; 'tháng 9/2026' " +
  "30/9 Wed; 'tháng 11/2026' 30/11 Mon; 'trước 20/12/2026' -> 19/12 Sat -> 21/12 Mon; table 1 'Trước ngày 15/4/2026' " +
  "-> 14/4 Tue; 2 'Từ tháng 5 đến tháng 7/2026' 31/7 Fri; 3 'Tháng 8/2026' 31/8 Mon; 4 'Trước ngày 01/9/2026' -> " +
  "31/8 Mon; 5 'Quý III/2026' 30/9 Wed; 6 'Thường xuyên' no task; 7 'Cuối tháng 10/2026' 31/10 Sat -> 2/11 Mon.";

await build(DIR, {
  blocks, printer: () => {}, extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 88/KH-UBND of UBND tỉnh Thái Nguyên, 16/3/2026 (after the reorganisation: merged departments, no " +
      "districts; 'UBND cấp xã' unresolved), xử lý trụ sở, tài sản công dôi dư 2026. HABIT: II 'LỘ TRÌNH THỰC HIỆN' " +
      "is a SMARTART diagram in plan-auto.docx (Vertical Process, layout process2: w:drawing/wp:inline, a:graphicData " +
      "…/diagram, dgm:relIds to word/diagrams/data1.xml (one dgm:pt per box with its text), layout1, quickStyle1, " +
      "colors1, and drawing1.xml, the cached rendering: dsp:sp roundRect boxes with the same text, arrows between); " +
      "each box 'Giai đoạn n (<deadline>): <lead unit> <work>.' is a task (ref null: the boxes carry no number; title " +
      "= the work after the unit; 'gửi Sở Tài chính', 'báo cáo UBND tỉnh' recipients, trimmed from the title; each " +
      "milestone counts once though data1 and drawing1 both hold it). plan-typed.docx has the five milestones as plain " +
      "paragraphs. III: table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn, rows 1-7, ref = STT. " +
      "IV undated. " + DATES + " plan.pdf: LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "88/KH-UBND", date: "2026-03-16" },
    tasks, unresolved: [XA], successors: [],
  },
});

// plan-auto.docx: the marked paragraphs become one SmartArt
const file = path.join(DIR, "plan-auto.docx");
const zip = await JSZip.loadAsync(fs.readFileSync(file));
const para = await addSmartArt(zip, boxes, { cx: 5940000, boxW: 5400000, boxH: 720000, gap: 260000 });
let xml = await zip.file("word/document.xml").async("string");
const first = xml.lastIndexOf("<w:p>", xml.indexOf("⟦SA⟧"));
const lastMark = xml.lastIndexOf("⟦SA⟧");
const end = xml.indexOf("</w:p>", lastMark) + "</w:p>".length;
xml = xml.slice(0, first) + para + xml.slice(end);
xml = xml.replace("<w:document ", '<w:document xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/' +
  'wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ');
zip.file("word/document.xml", xml);
fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

const tmp = fs.mkdtempSync("/tmp/author38b-07-");
execFileSync("soffice", ["-env:UserInstallation=file:///tmp/lo-author38b", "--headless", "--convert-to", "pdf",
  "--outdir", tmp, file], { stdio: "ignore" });
fs.copyFileSync(path.join(tmp, "plan-auto.pdf"), path.join(DIR, "plan.pdf"));
