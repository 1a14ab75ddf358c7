// Held-out set 7, document 06: a Chương trình công tác of UBND tỉnh Lai Châu (2026) whose appendix lists
// the year's work by MONTH: a "Tháng" column merged over each month's rows, a "Thời hạn" column that,
// when filled, overrides the month ("Ngày 20" = the 20th of that month, "Trước 02/9", "Đợt 1: …; Đợt 2: …").
// plan.pdf drawn by jsPDF + jspdf-autotable (DejaVu Serif), tables in the "plain" theme: no ruling lines,
// the appendix on landscape pages.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { P, N, T, SECTION, headerBlock, signatureBlock, numbering, writeWordAndText, require, blockText, grid, cellText } from "./lib.mjs";

const FOLDER = "06-lai-chau-2026-work-programme-month-column-jspdf";
const L = "main";
const S = (label, text) => N(label, L, 0, [{ b: text }], { noIndent: true });
const I = (label, runs) => N(label, L, 1, runs);

const CS = "Các sở, ban, ngành";
const XA = "UBND các xã, phường";
// [month, TT, content, lead, coordinators, deadline, product]
const MONTHS = [
  [
    "Tháng 01",
    [
      [1, "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Lai Châu", "Trước 31/01", "Kế hoạch của UBND tỉnh"],
      [2, "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026", "Sở Nội vụ", "VP UBND tỉnh; Sở Tư pháp", "", "Kế hoạch của UBND tỉnh"],
    ],
  ],
  [
    "Tháng 02",
    [
      [3, "Công bố danh mục thủ tục hành chính thực hiện trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia năm 2026", "Văn phòng UBND tỉnh", CS, "Chậm nhất 13/02", "Quyết định của Chủ tịch UBND tỉnh"],
      [4, "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính sau kỳ nghỉ Tết Nguyên đán Bính Ngọ", "Sở Nội vụ", "Văn phòng UBND tỉnh; Công an tỉnh", "", "Thông báo kết quả kiểm tra"],
    ],
  ],
  [
    "Tháng 3",
    [
      [5, "Thẩm định, công bố Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành, UBND các xã, phường", "Sở Nội vụ", "Hội đồng thẩm định", "Ngày 20", "Quyết định công bố"],
      [6, "Triển khai đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2026", "Sở Nội vụ", `Bưu điện tỉnh; ${XA}`, "Tháng 3 - tháng 10", "Báo cáo kết quả SIPAS"],
    ],
  ],
  [
    "Tháng 4",
    [
      [7, "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước", CS, "VP UBND tỉnh", "", "Văn bản đề xuất"],
      [8, "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp về thủ tục hành chính, môi trường đầu tư", "Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh; Văn phòng UBND tỉnh", "Ngày 24", "Thông báo kết luận"],
    ],
  ],
  [
    "Tháng 5",
    [
      [9, "Kiểm tra công tác cải cách hành chính, thực hiện Đề án 06 tại UBND các xã: Sìn Hồ, Mường Tè, Than Uyên", "Sở Nội vụ", "Công an tỉnh; Sở KH&CN", "", "Thông báo kết luận kiểm tra"],
      [10, "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông cho công chức cấp xã", "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Từ ngày 18 - 22/5", "Lớp tập huấn"],
    ],
  ],
  [
    "Tháng 6",
    [
      [11, "Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026", "Sở Nội vụ", `${CS}; ${XA}`, "Trước 17 giờ 00 ngày 15/6", "Báo cáo của UBND tỉnh gửi Bộ Nội vụ"],
      [12, "Đánh giá, xác định mức độ chuyển đổi số của các cơ quan nhà nước năm 2025", "Sở Khoa học và Công nghệ", `${CS}; ${XA}`, "", "Quyết định công bố"],
    ],
  ],
  [
    "Tháng 7",
    [
      [13, "Rà soát, cập nhật, công khai dữ liệu thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính", "Văn phòng UBND tỉnh", CS, "Đợt 1: 15/7; Đợt 2: 15/12", "Báo cáo kết quả rà soát"],
      [14, "Cấp, kích hoạt tài khoản định danh điện tử mức độ 2 cho cán bộ, công chức, viên chức", "Công an tỉnh", "Sở Nội vụ", "", "Báo cáo"],
    ],
  ],
  [
    "Tháng 8",
    [
      [15, "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu về cải cách hành chính tỉnh Lai Châu năm 2026\"", "Sở Nội vụ", "Tỉnh đoàn; Báo và Phát thanh, Truyền hình Lai Châu", "Tháng 8 - tháng 9", "Cuộc thi"],
      [16, "Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh và cấp xã", "Văn phòng UBND tỉnh", "Sở TT&TT", "Trước 02/9", "Thông báo kết quả kiểm tra"],
    ],
  ],
  [
    "Tháng 9",
    [[17, "Báo cáo kết quả thực hiện Đề án 06 chín tháng năm 2026", "Công an tỉnh", `${CS}; ${XA}`, "Ngày 15", "Báo cáo của Tổ công tác Đề án 06 tỉnh"]],
  ],
  [
    "Tháng 10",
    [[18, "Rà soát, kiện toàn tổ chức, hoạt động của Trung tâm Phục vụ hành chính công các xã, phường", "Sở Nội vụ", XA, "", "Báo cáo"]],
  ],
  [
    "Tháng 11",
    [
      [19, "Hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "Sở Nội vụ", "", "", "Văn bản hướng dẫn"],
      [20, "Sơ kết mô hình \"Bình dân học vụ số\" tại các xã, phường", "Sở Khoa học và Công nghệ", `Tỉnh đoàn; ${XA}`, "Trước 20/11", "Báo cáo sơ kết"],
    ],
  ],
  [
    "Tháng 12",
    [
      [21, "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026, gửi Sở Nội vụ", `${CS}; ${XA}`, "", "Chậm nhất 10/12", "Báo cáo tự đánh giá"],
      [22, "Xây dựng báo cáo công tác cải cách hành chính năm 2026 của tỉnh", "Sở Nội vụ", `${CS}; ${XA}`, "Trước 17 giờ 00 ngày 19/12", "Báo cáo của UBND tỉnh"],
    ],
  ],
  [
    "Cả năm",
    [
      [23, "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", "Văn phòng UBND tỉnh", CS, "Thường xuyên", ""],
      [24, "Cập nhật chuyên mục cải cách hành chính trên Cổng Thông tin điện tử tỉnh", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Hằng tháng", "Tin, bài"],
      [25, "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính", "Văn phòng UBND tỉnh", `${CS}; ${XA}`, "Trước ngày 18 tháng cuối quý", "Báo cáo quý"],
    ],
  ],
];

const c = (t, o = {}) => ({ t, ...o });
const header = ["Tháng", "TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"].map((h) =>
  c(h, { b: true, align: "center" }),
);
const rows = [header];
for (const [month, items] of MONTHS) {
  items.forEach(([tt, content, lead, coord, due, product], k) => {
    const row = [];
    if (k === 0) row.push(c(month, { b: true, align: "center", rowSpan: items.length > 1 ? items.length : undefined }));
    row.push(c(String(tt), { align: "center" }), content, lead, coord, c(due, { align: "center" }), product);
    rows.push(row);
  });
}
const appendix = T([1250, 600, 4900, 2200, 2700, 1500, 1420], rows, { headerRows: 1, size: 22, role: "appendix" });

const blocks = [
  headerBlock({ organ: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], number: "09/CTr-UBND", placeDate: "Lai Châu, ngày 22 tháng 01 năm 2026" }),
  P({ b: "CHƯƠNG TRÌNH" }, { align: "center" }),
  P({ b: "Công tác cải cách hành chính, chuyển đổi số và thực hiện Đề án 06 năm 2026" }, { align: "center" }),
  P(
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; Kế hoạch số 4512/KH-UBND ngày 25/12/2025 của UBND tỉnh về cải cách hành chính nhà nước năm 2026, UBND tỉnh ban hành Chương trình công tác cải cách hành chính, chuyển đổi số và thực hiện Đề án 06 năm 2026 như sau:",
  ),
  S("I.", "MỤC TIÊU"),
  I("1.", ["Chỉ số cải cách hành chính (PAR INDEX) năm 2026 của tỉnh tăng ít nhất 03 bậc so với năm 2025; Chỉ số hài lòng (SIPAS) đạt trên 85%."]),
  I("2.", ["Đến ngày 30/6/2026, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình."]),
  S("II.", "NỘI DUNG CHƯƠNG TRÌNH"),
  P(
    "Các nội dung công tác, cơ quan chủ trì, cơ quan phối hợp và thời hạn chi tiết tại Phụ lục kèm theo. Cột \"Tháng\" là tháng hoàn thành nội dung công tác; nội dung có thời hạn cụ thể tại cột \"Thời hạn\" thì thực hiện theo thời hạn đó (ngày không ghi tháng là ngày của tháng ghi tại cột \"Tháng\"; không ghi năm là năm 2026).",
  ),
  S("III.", "TỔ CHỨC THỰC HIỆN"),
  I("1.", [
    { b: "Các sở, ban, ngành, UBND các xã, phường:" },
    " căn cứ nội dung Chương trình chủ động triển khai; lồng ghép kết quả thực hiện vào báo cáo cải cách hành chính định kỳ hằng quý (trước ngày 15 của tháng cuối quý).",
  ]),
  I("2.", [
    { b: "Sở Nội vụ:" },
    " theo dõi, đôn đốc việc thực hiện Chương trình; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2026 trước ngày 20/12/2026.",
  ]),
  I("3.", [
    { b: "Văn phòng UBND tỉnh:" },
    " đưa các nội dung của Chương trình vào chương trình công tác tháng của UBND tỉnh; phối hợp với Sở Nội vụ theo dõi, đôn đốc.",
  ]),
  I("4.", [{ b: "Sở Tài chính:" }, " tham mưu bố trí kinh phí thực hiện Chương trình theo quy định."]),
  P(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh./.",
  ),
  signatureBlock(
    ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn Lương"],
  ),
  SECTION({ landscape: true, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } }),
  P({ b: "PHỤ LỤC" }, { align: "center" }),
  P({ b: "NỘI DUNG CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06 NĂM 2026" }, { align: "center" }),
  P({ i: "(Kèm theo Chương trình số 09/CTr-UBND ngày 22/01/2026 của UBND tỉnh Lai Châu)" }, { align: "center" }),
  appendix,
];

const dir = await writeWordAndText(FOLDER, {
  blocks,
  numbering: [numbering(L, [["UPPER_ROMAN", "%1.", { bold: true }], ["DECIMAL", "%2."]])],
  first: { title: "Chương trình 09/CTr-UBND" },
});
writeFileSync(
  join(dir, "communes.json"),
  JSON.stringify([
    "UBND phường Tân Phong", "UBND phường Đoàn Kết", "UBND xã Tam Đường", "UBND xã Bình Lư", "UBND xã Sơn Bình",
    "UBND xã Bản Bo", "UBND xã Phong Thổ", "UBND xã Sìn Hồ", "UBND xã Mường Tè", "UBND xã Than Uyên",
    "UBND xã Tân Uyên", "UBND xã Nậm Nhùn", "UBND xã Mường Kim", "UBND xã Khoen On", "UBND xã Pắc Ta",
  ]) + "\n",
);

// ---- plan.pdf by jsPDF ----------------------------------------------------------------
const { jsPDF } = require("jspdf");
const { autoTable } = require("jspdf-autotable");
const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
const doc = new jsPDF({ unit: "pt", format: "a4", orientation: "portrait" });
for (const [file, style] of [["DejaVuSerif.ttf", "normal"], ["DejaVuSerif-Bold.ttf", "bold"], ["DejaVuSerif-Italic.ttf", "italic"], ["DejaVuSerif-BoldItalic.ttf", "bolditalic"]]) {
  doc.addFileToVFS(file, readFileSync(join(FONT_DIR, file)).toString("base64"));
  doc.addFont(file, "DejaVuSerif", style);
}
doc.setProperties({ title: "Chương trình 09/CTr-UBND", creator: "jsPDF" });
doc.setFont("DejaVuSerif", "normal");

let margin = { left: 80, right: 50, top: 55, bottom: 55 };
let y = margin.top;
const pageW = () => doc.internal.pageSize.getWidth();
const pageH = () => doc.internal.pageSize.getHeight();
const SIZE = 12;
const LINE = SIZE * 1.3;

function paragraph(b) {
  const text = blockText(b);
  const bold = b.runs.every((r) => typeof r === "object" && (r.b !== undefined || r.bi !== undefined));
  const italic = b.runs.every((r) => typeof r === "object" && r.i !== undefined);
  doc.setFont("DejaVuSerif", bold ? "bold" : italic ? "italic" : "normal");
  doc.setFontSize(SIZE);
  const width = pageW() - margin.left - margin.right;
  const center = b.align === "center";
  // first-line indent: the first line is set 24 pt in, narrower
  const indent = center ? 0 : 24;
  const words = text.split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    const avail = lines.length === 0 ? width - indent : width;
    const trial = cur ? `${cur} ${w}` : w;
    if (doc.getTextWidth(trial) > avail && cur) {
      lines.push(cur);
      cur = w;
    } else cur = trial;
  }
  lines.push(cur);
  lines.forEach((line, k) => {
    if (y + LINE > pageH() - margin.bottom) {
      doc.addPage("a4", "portrait");
      y = margin.top;
    }
    const x = margin.left + (k === 0 ? indent : 0);
    if (center) doc.text(line, pageW() / 2, y + SIZE, { align: "center" });
    else if (k < lines.length - 1) doc.text(line, x, y + SIZE, { align: "justify", maxWidth: width - (k === 0 ? indent : 0) });
    else doc.text(line, x, y + SIZE);
    y += LINE;
  });
  y += 3;
}

function plainTable(t, o = {}) {
  const g = grid(t);
  const body = g.map((line) =>
    line
      .filter((x) => !x.covered)
      .map((x) => {
        const cell = x.cell;
        const obj = typeof cell === "object" ? cell : {};
        const content = t.borders ? cellText(cell) : [].concat(obj.t ?? cell).map((r) => (typeof r === "string" ? r : r.b ?? r.i ?? r.bi ?? "")).join("");
        return {
          content,
          rowSpan: x.rowSpan > 1 ? x.rowSpan : undefined,
          colSpan: x.span > 1 ? x.span : undefined,
          styles: { fontStyle: obj.b ? "bold" : obj.i ? "italic" : "normal", halign: obj.align ?? "left" },
        };
      }),
  );
  const total = t.widths.reduce((a, b) => a + b, 0);
  const width = pageW() - margin.left - margin.right;
  const head = t.headerRows ? body.slice(0, t.headerRows) : undefined;
  autoTable(doc, {
    head,
    body: t.headerRows ? body.slice(t.headerRows) : body,
    startY: y,
    theme: "plain",
    margin: { left: margin.left, right: margin.right, top: margin.top, bottom: margin.bottom },
    styles: { font: "DejaVuSerif", fontSize: o.fontSize ?? 10, cellPadding: o.padding ?? 3, valign: o.valign ?? "top", overflow: "linebreak" },
    headStyles: { fontStyle: "bold", halign: "center", valign: "middle" },
    columnStyles: Object.fromEntries(t.widths.map((w, k) => [k, { cellWidth: (w / total) * width }])),
    showHead: "everyPage",
    rowPageBreak: "avoid",
  });
  y = doc.lastAutoTable.finalY + 8;
}

for (const b of blocks) {
  if (b.k === "section") {
    doc.addPage("a4", "landscape");
    margin = { left: 50, right: 50, top: 50, bottom: 50 };
    y = margin.top;
  } else if (b.k === "t") {
    if (b.role === "header") plainTable(b, { fontSize: 11, padding: 1.5 });
    else if (b.role === "signature") plainTable(b, { fontSize: 11, padding: 1.5 });
    else plainTable(b, { fontSize: 9.5, padding: 3.5 });
  } else if (b.k === "p" || b.k === "n") paragraph(b);
}
writeFileSync(join(dir, "plan.pdf"), Buffer.from(doc.output("arraybuffer")));
console.log("built", FOLDER);
