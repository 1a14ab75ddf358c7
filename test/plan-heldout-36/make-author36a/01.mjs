// 01: Thái Nguyên (after the reorganisation), UBND tỉnh, Kế hoạch 118/KH-UBND, 05/3/2026 — phòng, chống thiên tai và
// tìm kiếm cứu nạn năm 2026. The task table of plan-auto.docx is an EMBEDDED EXCEL WORKSHEET OBJECT, as an office
// pastes it from the workbook it keeps (Paste Special -> Microsoft Excel Worksheet Object): the paragraph holds
// w:object with a v:shape (the preview picture Word shows) and o:OLEObject ProgID="Excel.Sheet.12" pointing at
// word/embeddings/Microsoft_Excel_Worksheet.xlsx (written here with exceljs); the preview is LibreOffice's print of
// that workbook as a PNG in word/media. The prose around it (header, sections, signature) is normal Word.
// plan-typed.docx has the same table as a Word table; plan.pdf is LibreOffice's print of plan-typed.docx; plan.txt
// is the copy of the typed one.
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "01-thai-nguyen-2026-task-table-embedded-excel-worksheet-object-ole-preview-picture";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const LO = ["-env:UserInstallation=file:///tmp/lo-author36a", "--headless"];
const NM = "Sở Nông nghiệp và Môi trường", XD = "Sở Xây dựng", TC = "Sở Tài chính", CT = "Sở Công Thương";
const X = "UBND cấp xã";

// group, rows [content, lead cell, coord cell, time (string or Date), due|null, lead[], coord[]]
const groups = [
  ["CÔNG TÁC CHUẨN BỊ, PHÒNG NGỪA", [
    ["Kiện toàn Ban Chỉ huy Phòng thủ dân sự tỉnh, phân công nhiệm vụ thành viên phụ trách địa bàn", NM, "Sở Nội vụ",
      "Trước ngày 31/3/2026", "2026-03-30", [NM], ["Sở Nội vụ"]],
    ["Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro trên địa bàn tỉnh", NM, "UBND các xã, phường",
      "Tháng 4/2026", "2026-04-30", [NM], [X]],
    ["Kiểm tra hiện trạng hồ chứa, đập dâng, công trình thủy lợi xung yếu trước mùa mưa lũ", NM, `${XD}; UBND các xã, phường`,
      new Date(Date.UTC(2026, 4, 15)), "2026-05-15", [NM], [XD, X]],
    ["Kiểm tra an toàn cầu yếu, ngầm tràn, taluy dương có nguy cơ sạt lở trên các tuyến đường tỉnh", XD, "Công an tỉnh",
      "Hoàn thành trong tháng 5/2026", "2026-05-31", [XD], ["Công an tỉnh"]],
    ["Bảo đảm an toàn lưới điện, phương án cấp điện cho khu vực trọng yếu khi có mưa bão", "Công ty Điện lực Thái Nguyên", CT,
      "Trước ngày 30/4/2026", "2026-04-29", ["Công ty Điện lực Thái Nguyên"], [CT]],
    ["Xây dựng phương án dự trữ lương thực, nước uống, hàng hóa thiết yếu cho vùng dễ bị chia cắt", CT, `${TC}; ${X}`,
      "Quý II/2026", "2026-06-30", [CT], [TC, X]],
  ]],
  ["ỨNG PHÓ, KHẮC PHỤC HẬU QUẢ", [
    ["Tham mưu bố trí kinh phí dự phòng cho công tác phòng, chống thiên tai năm 2026", TC, NM,
      "Trước ngày 15/4/2026", "2026-04-14", [TC], [NM]],
    ["Xây dựng phương án bảo đảm an toàn cho học sinh, trường học trong mùa mưa lũ", "Sở Giáo dục và Đào tạo", X,
      "Tháng 8/2026", "2026-08-31", ["Sở Giáo dục và Đào tạo"], [X]],
    ["Phòng, chống dịch bệnh, bảo đảm vệ sinh môi trường sau thiên tai", "Sở Y tế", X, "Thường xuyên", null],
    ["Tổ chức diễn tập phòng thủ dân sự ứng phó lũ quét, sạt lở đất cấp xã", "UBND các xã, phường", NM,
      "Quý III/2026", "2026-09-30", [X], [NM]],
  ]],
  ["THÔNG TIN, TRUYỀN THÔNG VÀ TỔNG KẾT", [
    ["Mở chuyên mục hướng dẫn kỹ năng phòng tránh thiên tai cho người dân", "Báo và Phát thanh, Truyền hình Thái Nguyên", NM,
      "Trong tháng 6/2026", "2026-06-30", ["Báo và Phát thanh, Truyền hình Thái Nguyên"], [NM]],
    ["Cập nhật bản đồ cảnh báo ngập lụt, sạt lở đất lên nền tảng số của tỉnh", "Sở Khoa học và Công nghệ", NM,
      "Quý IV/2026", "2026-12-31", ["Sở Khoa học và Công nghệ"], [NM]],
    ["Tổng kết công tác phòng, chống thiên tai năm 2026, báo cáo UBND tỉnh và Bộ Nông nghiệp và Môi trường", NM,
      "Các sở, ban, ngành; UBND các xã, phường", new Date(Date.UTC(2026, 11, 10)), "2026-12-10", [NM], ["@departments", X]],
  ]],
];

const ROMAN = ["I", "II", "III"];
const fmt = (t) => (t instanceof Date ? `${String(t.getUTCDate()).padStart(2, "0")}/${String(t.getUTCMonth() + 1)
  .padStart(2, "0")}/${t.getUTCFullYear()}` : t);
const HEAD = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const rows = [HEAD];
const tasks = [];
groups.forEach(([g, items], gi) => {
  rows.push([{ text: ROMAN[gi], bold: true, align: "center" }, { text: g, span: 4, bold: true }]);
  items.forEach(([content, lc, cc, time, due, lead, coord], i) => {
    rows.push([{ text: String(i + 1), align: "center" }, content, lc, cc, fmt(time)]);
    if (due) tasks.push(task(`${ROMAN[gi]}.${i + 1}`, content, due, lead, coord));
  });
});

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 118/KH-UBND", "Thái Nguyên, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
    "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn tỉnh Thái Nguyên"),
  { t: "p", align: "justify", text: "Để chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây " +
    "ra, bảo đảm an toàn tính mạng, tài sản của Nhân dân, UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai và tìm " +
    "kiếm cứu nạn năm 2026 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Thực hiện hiệu quả phương châm “4 tại chỗ”; nâng cao năng lực chỉ huy, điều hành " +
    "của chính quyền hai cấp sau sắp xếp; phân công rõ cơ quan chủ trì, thời hạn hoàn thành từng nhiệm vụ." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [600, 3500, 1900, 2000, 1400], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các sở, ban, ngành, UBND các xã, phường triển khai nhiệm vụ được giao, báo cáo kết " +
    "quả về Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ huy) để tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Bộ Nông nghiệp và Môi trường (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Huy Dũng"),
];

// plan.pdf: LibreOffice's print of the typed document (the Word table).
function printer(out) {
  const tmp = fs.mkdtempSync("/tmp/author36a-01-pdf-");
  execFileSync("soffice", [...LO, "--convert-to", "pdf", "--outdir", tmp, path.join(DIR, "plan-typed.docx")], { stdio: "ignore" });
  fs.copyFileSync(path.join(tmp, "plan-typed.pdf"), out);
}

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 118/KH-UBND of UBND tỉnh Thái Nguyên, 05/3/2026 (after the reorganisation: merged departments, no " +
      "districts; 'UBND các xã, phường' / 'UBND cấp xã' = UBND cấp xã, unresolved; Báo và Phát thanh, Truyền hình Thái " +
      "Nguyên the merged press), phòng, chống thiên tai 2026. Habit: in plan-auto.docx the task table is an EMBEDDED " +
      "EXCEL WORKSHEET OBJECT (w:object: v:shape with the preview picture, o:OLEObject ProgID Excel.Sheet.12 -> " +
      "word/embeddings/Microsoft_Excel_Worksheet.xlsx), no Word table: the tasks are only in the embedded workbook " +
      "(and its picture); the prose around is normal Word. plan-typed.docx, plan.pdf (LibreOffice) and plan.txt have " +
      "the same table typed. Table TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành, " +
      "Roman group rows merged over the other columns (in the workbook B:E), items numbered from 1 in each group; ref " +
      "'I.3'; title = content cell. Two time cells are real Excel dates (dd/mm/yyyy). Dates: I.1 'Trước ngày " +
      "31/3/2026' -> 30/3 Mon; I.2 'Tháng 4/2026' 30/4 Thu holiday, 1/5 holiday, weekend -> 4/5 Mon; I.3 date cell " +
      "15/05/2026 Fri; I.4 'Hoàn thành trong tháng 5/2026' 31/5 Sun -> 1/6 Mon; I.5 'Trước ngày 30/4/2026' -> 29/4 Wed; " +
      "I.6 'Quý II/2026' 30/6 Tue; II.1 'Trước ngày 15/4/2026' -> 14/4 Tue; II.2 'Tháng 8/2026' 31/8 Mon; II.3 " +
      "'Thường xuyên' no task; II.4 'Quý III/2026' 30/9 Wed (UBND các xã, phường lead); III.1 'Trong tháng 6/2026' " +
      "30/6 Tue; III.2 'Quý IV/2026' 31/12 Thu; III.3 date cell 10/12/2026 Thu ('báo cáo UBND tỉnh và Bộ …' " +
      "recipients; 'Các sở, ban, ngành' @departments).",
    province: "Thái Nguyên",
    plan: { number: "118/KH-UBND", date: "2026-03-05" },
    tasks, unresolved: [X], successors: [],
  },
});

// The workbook the office keeps (exceljs), embedded as the OLE object's package.
const wb = new ExcelJS.Workbook();
wb.creator = "VP UBND tinh";
const ws = wb.addWorksheet("Sheet1", { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true,
  fitToWidth: 1, fitToHeight: 0, margins: { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 } } });
ws.columns = [{ width: 5 }, { width: 38 }, { width: 20 }, { width: 22 }, { width: 15 }];
const thin = { style: "thin", color: { argb: "FF000000" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = { name: "Times New Roman", size: 12 };
const add = (vals, o = {}) => {
  const r = ws.addRow(vals);
  r.eachCell({ includeEmpty: true }, (c, n) => {
    c.border = border;
    c.font = { ...font, bold: !!o.bold };
    c.alignment = { wrapText: true, vertical: o.head ? "middle" : "top",
      horizontal: o.head || n === 1 ? "center" : n === 5 ? "center" : "left" };
    if (c.value instanceof Date) c.numFmt = "dd/mm/yyyy";
  });
  // row height as Excel's autofit leaves it (wrapped lines of 12-pt Times at the column widths)
  const lines = o.merged ? 1 : Math.max(...vals.map((v, n) => (v instanceof Date ? 1 :
    Math.ceil(String(v).length / (ws.columns[n].width * 1.3 - 1)))));
  r.height = Math.max(1, lines) * 15.75 + 1.5;
  return r;
};
add(HEAD, { bold: true, head: true, merged: true });
ws.getRow(1).height = 33;
groups.forEach(([g, items], gi) => {
  const r = add([ROMAN[gi], g, "", "", ""], { bold: true, merged: true });
  ws.mergeCells(`B${r.number}:E${r.number}`);
  items.forEach(([content, lc, cc, time], i) => add([i + 1, content, lc, cc, time]));
});
const tmp = fs.mkdtempSync("/tmp/author36a-01-");
const xlsx = path.join(tmp, "Microsoft_Excel_Worksheet.xlsx");
await wb.xlsx.writeFile(xlsx);

// The preview picture Word keeps for the object: the worksheet's range as printed, cropped to the table.
execFileSync("soffice", [...LO, "--convert-to", "pdf", "--outdir", tmp, xlsx], { stdio: "ignore" });
const prevPdf = path.join(tmp, "Microsoft_Excel_Worksheet.pdf");
// crop to the printed range: Ghostscript's bounding box of page 1 (points from the bottom left), A4 page
const bb = spawnSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=bbox", "-dFirstPage=1", "-dLastPage=1", prevPdf],
  { encoding: "utf8" }).stderr;
const m = /%%HiResBoundingBox: ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(bb);
const pageH = Number(/Page size:\s+[\d.]+ x ([\d.]+)/.exec(execFileSync("pdfinfo", [prevPdf], { encoding: "utf8" }))[1]);
const DPI = 110, k = DPI / 72, [x0, y0, x1, y1] = m.slice(1).map(Number);
execFileSync("pdftoppm", ["-png", "-r", String(DPI), "-singlefile", "-f", "1", "-l", "1",
  "-x", String(Math.floor((x0 - 2) * k)), "-y", String(Math.floor((pageH - y1 - 2) * k)),
  "-W", String(Math.ceil((x1 - x0 + 4) * k)), "-H", String(Math.ceil((y1 - y0 + 4) * k)), prevPdf, path.join(tmp, "image1")]);
const png = fs.readFileSync(path.join(tmp, "image1.png"));
const pxW = png.readUInt32BE(16), pxH = png.readUInt32BE(20);
const wPt = 467.5, hPt = Math.round((wPt * pxH / pxW) * 10) / 10;

// plan-auto.docx: the Word table replaced by the embedded worksheet object.
const auto = path.join(DIR, "plan-auto.docx");
const zip = await JSZip.loadAsync(fs.readFileSync(auto));
let doc = await zip.file("word/document.xml").async("string");
const tbls = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
const t = tbls.find((m) => m[0].includes("Nội dung nhiệm vụ"));
const F = ["if lineDrawn pixelLineWidth 0", "sum @0 1 0", "sum 0 0 @1", "prod @2 1 2", "prod @3 21600 pixelWidth",
  "prod @3 21600 pixelHeight", "sum @0 0 1", "prod @6 1 2", "prod @7 21600 pixelWidth", "sum @8 21600 0",
  "prod @7 21600 pixelHeight", "sum @10 21600 0"];
const obj = '<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="26"/></w:rPr>' +
  `<w:object w:dxaOrig="${Math.round(wPt * 20)}" w:dyaOrig="${Math.round(hPt * 20)}">` +
  '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" ' +
  'filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas>' + F.map((f) => `<v:f eqn="${f}"/>`).join("") +
  '</v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" ' +
  'aspectratio="t"/></v:shapetype>' +
  `<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:${wPt}pt;height:${hPt}pt" o:ole="">` +
  '<v:imagedata r:id="rId100" o:title=""/></v:shape>' +
  '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ' +
  'ObjectID="_1832145067" r:id="rId101"/></w:object></w:r></w:p>';
doc = doc.slice(0, t.index) + obj + doc.slice(t.index + t[0].length);
zip.file("word/document.xml", doc);
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
zip.file("word/_rels/document.xml.rels", (await zip.file("word/_rels/document.xml.rels").async("string")).replace(
  "</Relationships>", `<Relationship Id="rId100" Type="${R}image" Target="media/image1.png"/>` +
  `<Relationship Id="rId101" Type="${R}package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/></Relationships>`));
zip.file("[Content_Types].xml", (await zip.file("[Content_Types].xml").async("string")).replace(
  '<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xlsx" ' +
  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/><Default Extension="xml"'));
zip.file("word/media/image1.png", png);
zip.file("word/embeddings/Microsoft_Excel_Worksheet.xlsx", fs.readFileSync(xlsx));
fs.writeFileSync(auto, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
console.log("preview", pxW, pxH, wPt, hPt);
