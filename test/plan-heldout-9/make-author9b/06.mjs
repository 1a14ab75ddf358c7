// Document 06: Sở Nội vụ Lai Châu 2023, appendix in two Word columns; plan.pdf drawn by pdfkit (DejaVu Serif).
import { createRequire } from "node:module";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { P, N, SECTION, headerBlock, signatureBlock, numbering, writeWordAndText, writeExpected, runsText, HERE }
  from "./lib.mjs";
import { ABBR, QUARTERS, STYLE, unitName, isUnresolved } from "./06-data.mjs";

const require = createRequire(join(HERE, "..", "..", "..", "package.json"));
const PDFDocument = require("pdfkit");
const FOLDER = "06-lai-chau-2023-department-abbreviations-two-columns";

const body = [
  P({ b: "KẾ HOẠCH" }, { align: "center", before: 240 }),
  P({ b: "Triển khai nhiệm vụ cải cách hành chính năm 2023 của Sở Nội vụ" }, { align: "center", after: 200 }),
  P(
    "Căn cứ Kế hoạch số 4012/KH-UBND ngày 28/12/2022 của UBND tỉnh về CCHC năm 2023; Quyết định số 1502/QĐ-UBND " +
      "ngày 30/11/2022 của UBND tỉnh quy định chức năng, nhiệm vụ của Sở Nội vụ, Sở Nội vụ xây dựng Kế hoạch như sau:",
  ),
  P({ b: "I. MỤC ĐÍCH, YÊU CẦU" }),
  P(
    "1. Phân công cụ thể cho từng phòng, đơn vị thuộc Sở thực hiện nhiệm vụ cơ quan thường trực CCHC của tỉnh; " +
      "gắn trách nhiệm của trưởng phòng với kết quả thực hiện.",
  ),
  P("2. Phấn đấu Chỉ số CCHC năm 2023 của tỉnh tăng ít nhất 05 bậc so với năm 2021 (xếp thứ 41/63 tỉnh, thành phố)."),
  P({ b: "II. NHIỆM VỤ" }),
  P(
    "Các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này. Nhiệm vụ không ghi hạn riêng thì " +
      "hoàn thành theo hạn chung của quý.",
  ),
  P({ b: "III. TỔ CHỨC THỰC HIỆN" }),
  P(
    "1. Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về P.CCHC trước ngày 05 của tháng cuối quý để tổng " +
      "hợp báo cáo Giám đốc Sở.",
  ),
  P("2. VP Sở bố trí kinh phí, phương tiện cho các đoàn kiểm tra; P.CCHC theo dõi, đôn đốc việc thực hiện Kế hoạch."),
  P("3. Trong quá trình thực hiện có vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở (qua P.CCHC) để xem xét, chỉ đạo./."),
];

const sign = signatureBlock(
  ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, CCHC."],
  ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lò Văn Hùng"],
);

const appendix = [
  P({ b: "PHỤ LỤC" }, { align: "center", before: 120 }),
  P({ b: "PHÂN CÔNG NHIỆM VỤ CCHC NĂM 2023" }, { align: "center" }),
  P({ i: "(Kèm theo Kế hoạch số 18/KH-SNV ngày 06/02/2023 của Sở Nội vụ)" }, { align: "center", after: 120 }),
  P(
    [{ b: "Viết tắt: " }, "CT - chủ trì; PH - phối hợp; ", ABBR.map(([a, f]) => `${a} - ${f}`).join("; "), "."],
    { size: 22, noIndent: true },
  ),
];
const tasks = [];
for (const [q, shared, qDue, qEff, items] of QUARTERS) {
  appendix.push(P({ b: shared ? `${q} (${shared})` : q }, { noIndent: true, before: 160, keepNext: true }));
  for (const [n, title, ct, ph, han, due, eff] of items) {
    appendix.push(N(`${n}.`, "tasks", 0, title, { keepNext: true, size: 24 }));
    const lines = [`CT: ${ct.join(", ")}`];
    if (ph.length) lines.push(`PH: ${ph.join(", ")}`);
    appendix.push(P(lines.join("; "), { noIndent: true, size: 24, keepNext: true, before: 0, after: 0 }));
    appendix.push(P({ i: `Hạn: ${han}` }, { noIndent: true, size: 24, before: 0 }));
    if (due === undefined) continue;
    tasks.push({
      ref: n,
      title,
      due: due ?? qDue,
      effectiveDue: due ? (eff ?? due) : qEff,
      inherited: due === null,
      lead: ct.map(unitName),
      coordinators: ph.map(unitName),
    });
  }
}
tasks.push({
  ref: "III.1",
  title: "Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về P.CCHC",
  due: "2023-03-05",
  effectiveDue: "2023-03-06",
  inherited: false,
  lead: ["Các phòng, đơn vị thuộc Sở"],
  coordinators: [],
});
const dated = QUARTERS.flatMap((q) => q[4].filter((t) => t[5] !== undefined));
const used = new Set(dated.flatMap((t) => [...t[2], ...t[3]]));
const unresolved = [...new Set([...used].filter(isUnresolved).map(unitName))];
if (!unresolved.includes("Các phòng, đơn vị thuộc Sở")) unresolved.push("Các phòng, đơn vị thuộc Sở");

const header = headerBlock(["UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ"], "Số: 18/KH-SNV", "Lai Châu, ngày 06 tháng 02 năm 2023");
const blocks = [header, ...body, sign, SECTION({ continuous: true, columns: 2 }), ...appendix];
const num = [numbering("tasks", [["DECIMAL", "%1.", { left: 0 }]])];
const dir = await writeWordAndText(FOLDER, { blocks, numbering: num, first: { title: "Kế hoạch 18/KH-SNV" } });
writeExpected(FOLDER, {
  style: STYLE,
  province: "Lai Châu",
  plan: { number: "18/KH-SNV", date: "2023-02-06" },
  unresolved,
  successors: [],
  tasks,
});

// ---- plan.pdf with pdfkit ----------------------------------------------------------------
const FONT = "/usr/share/fonts/truetype/dejavu/";
const pdf = new PDFDocument({ size: "A4", margins: { top: 57, bottom: 57, left: 85, right: 57 }, autoFirstPage: true });
pdf.info.Title = "Kế hoạch 18/KH-SNV";
pdf.info.Author = "Sở Nội vụ tỉnh Lai Châu";
pdf.registerFont("R", `${FONT}DejaVuSerif.ttf`);
pdf.registerFont("B", `${FONT}DejaVuSerif-Bold.ttf`);
pdf.registerFont("I", `${FONT}DejaVuSerif-Italic.ttf`);
pdf.registerFont("BI", `${FONT}DejaVuSerif-BoldItalic.ttf`);
pdf.pipe(createWriteStream(join(dir, "plan.pdf")));
const L = 85;
const W = 595.28 - 85 - 57;

function runs(block) {
  const out = block.k === "n" ? [{ f: "R", s: `${block.label} ` }] : [];
  for (const r of block.runs) {
    if (typeof r === "string") out.push({ f: block.bold ? "B" : block.italic ? "I" : "R", s: r });
    else if (r.b) out.push({ f: "B", s: r.b });
    else if (r.i) out.push({ f: "I", s: r.i });
    else if (r.bi) out.push({ f: "BI", s: r.bi });
  }
  return out;
}

function para(block, x, width, size = 11.5) {
  const rs = runs(block);
  const align = block.align ?? "justify";
  const indent = block.noIndent || align === "center" || block.k === "n" ? 0 : 20;
  pdf.moveDown((block.before ?? 60) / 240);
  rs.forEach((r, k) => {
    pdf.font(r.f).fontSize(size);
    const o = { width, align, indent, continued: k < rs.length - 1, lineGap: 1.5 };
    if (k === 0) pdf.text(r.s, x, pdf.y, o);
    else pdf.text(r.s, o);
  });
}

// header block: two columns of centred lines
const y0 = pdf.y;
pdf.font("B").fontSize(11.5).text("UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ", L - 20, y0, { width: 190, align: "center" });
pdf.font("R").text("Số: 18/KH-SNV", L - 20, pdf.y + 8, { width: 190, align: "center" });
pdf.font("B").text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", L + 170, y0, {
  width: W - 170 + 10,
  align: "center",
});
pdf.font("I").text("Lai Châu, ngày 06 tháng 02 năm 2023", L + 170, pdf.y + 8, { width: W - 170, align: "center" });
pdf.y += 10;
for (const b of body) para(b, L, W);
// signature block
pdf.moveDown(1);
const ys = pdf.y;
pdf.font("BI").fontSize(10).text("Nơi nhận:", L, ys, { width: 200 });
pdf.font("R").fontSize(9.5).text(runsText(sign.rows[0][0].t.slice(2)), L, pdf.y, { width: 200 });
pdf.font("B").fontSize(11.5).text(sign.rows[0][1].t, L + 200, ys, { width: W - 200, align: "center" });

// appendix: two columns, balanced by hand
pdf.addPage();
for (const b of appendix.slice(0, 3)) para(b, L, W);
para(appendix[3], L, W, 9.5);
pdf.moveDown(0.5);
const GAP = 18;
const CW = (W - GAP) / 2;
const top = pdf.y;
const bottom = 841.89 - 57;
let col = 0;
let colTop = top;
pdf.moveTo(L + CW + GAP / 2, top).lineTo(L + CW + GAP / 2, bottom).lineWidth(0.5).stroke();
for (const b of appendix.slice(4)) {
  const text = runs(b).map((r) => r.s).join("");
  pdf.font(b.k === "n" ? "R" : "B").fontSize(10.5);
  const h = pdf.heightOfString(text, { width: CW, lineGap: 1.5 }) + 8 + (b.keepNext ? 30 : 0);
  if (pdf.y + h > bottom) {
    if (col === 0) col = 1;
    else {
      pdf.addPage();
      col = 0;
      colTop = 57;
      pdf.moveTo(L + CW + GAP / 2, colTop).lineTo(L + CW + GAP / 2, bottom).lineWidth(0.5).stroke();
    }
    pdf.y = colTop;
  }
  para({ ...b, align: "left" }, L + col * (CW + GAP), CW, 10.5);
}
pdf.end();
