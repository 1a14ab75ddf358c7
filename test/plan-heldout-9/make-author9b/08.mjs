// Document 08: Bắc Kạn 2024 PAPI unit × quarter matrix; plan.pdf printed by Chromium from HTML laid out with CSS grid.
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { P, T, SECTION, headerBlock, signatureBlock, writeWordAndText, writeExpected, runsText, grid } from "./lib.mjs";
import { ROWS, ORG_TASKS, STYLE, gridTasks } from "./08-data.mjs";

const FOLDER = "08-bac-kan-2024-unit-quarter-matrix-css-grid";
const head = (t) => ({ t, b: true, align: "center", fill: "DDEBF7" });
const widths = [600, 2400, 2880, 2880, 2880, 2880];
const rows = [["STT", "Đơn vị chủ trì", "Quý I/2024", "Quý II/2024", "Quý III/2024", "Quý IV/2024"].map(head)];
for (const [stt, unit, , subs] of ROWS) {
  subs.forEach((sub, k) => {
    const lead = k === 0 ? [{ t: stt, align: "center", rowSpan: subs.length }, { t: unit, b: true, rowSpan: subs.length }]
      : [];
    const cells = sub.map((cell) => (cell ? { t: cell.t, colSpan: cell.span > 1 ? cell.span : undefined } : ""));
    rows.push([...lead, ...cells]);
  });
}
const tasks = [...gridTasks(), ...ORG_TASKS];

const org = [
  P({ b: "III. TỔ CHỨC THỰC HIỆN" }),
  P(
    "1. Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao tại Mục II xây dựng kế hoạch cụ " +
      "thể, gắn với kế hoạch CCHC năm 2024 của cơ quan, đơn vị; định kỳ báo cáo kết quả cùng báo cáo CCHC hằng quý.",
  ),
  P("2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn sự nghiệp năm 2024 trước ngày 15/3/2024."),
  P(
    "3. Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục \"Cùng nâng cao Chỉ số PAPI\" trong Quý II/2024, " +
      "duy trì đến khi kết thúc khảo sát.",
  ),
  P(
    "4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh giám sát việc thực hiện dân chủ ở cơ " +
      "sở, công khai, minh bạch tại các xã, phường, thị trấn./.",
  ),
];

const front = [
  headerBlock(["UBND TỈNH BẮC KẠN", "_______"], "Số: 38/KH-UBND", "Bắc Kạn, ngày 22 tháng 02 năm 2024"),
  P({ b: "KẾ HOẠCH" }, { align: "center", before: 240 }),
  P({ b: "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024" }, { align: "center" }),
  P(
    "Căn cứ Báo cáo Chỉ số PAPI năm 2023 do Chương trình Phát triển Liên hợp quốc (UNDP) công bố ngày 02/4/2024 " +
      "(dự kiến) và kết quả PAPI năm 2022 của tỉnh (công bố ngày 04/4/2023); thực hiện Kế hoạch số 765/KH-UBND ngày " +
      "30/11/2023 của UBND tỉnh về CCHC năm 2024, UBND tỉnh ban hành Kế hoạch như sau:",
  ),
  P({ b: "I. MỤC ĐÍCH, YÊU CẦU" }),
  P(
    "Cải thiện điểm số ở cả 08 chỉ số nội dung của PAPI, nhất là các nội dung \"Công khai, minh bạch\", \"Thủ tục " +
      "hành chính công\" và \"Quản trị điện tử\"; phân công rõ cơ quan chủ trì và thời hạn theo từng quý.",
  ),
  P({ b: "II. NHIỆM VỤ CỤ THỂ" }),
  P({ i: "(Mỗi ô là một nhiệm vụ của đơn vị ở hàng tương ứng, hoàn thành trong quý của cột, trừ khi ghi thời hạn riêng; " +
    "PH: đơn vị phối hợp)" }),
];
const table = T(widths, rows, { size: 22, headerRows: 1, valign: "TOP" });
const sign = signatureBlock(
  ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành;",
    "- UBND các huyện, thành phố;", "- LĐVP, NC;", "- Lưu: VT, Hoàng."],
  ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đỗ Thị Minh Hoa"],
);
const land = { top: 1000, bottom: 1000, left: 1134, right: 1134 };
const blocks = [...front, SECTION({ landscape: true, margin: land }), table, SECTION({}), ...org, sign];
const dir = await writeWordAndText(FOLDER, { blocks, first: { title: "Kế hoạch 38/KH-UBND" } });
writeExpected(FOLDER, {
  style: STYLE,
  province: "Bắc Kạn",
  plan: { number: "38/KH-UBND", date: "2024-02-22" },
  unresolved: [],
  successors: [],
  tasks,
});

// ---- HTML with CSS grid, printed by Chromium ---------------------------------------------
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
function runHtml(runs) {
  return runs
    .map((r) => {
      if (typeof r === "string") return esc(r);
      if (r.b) return `<b>${esc(r.b)}</b>`;
      if (r.i) return `<i>${esc(r.i)}</i>`;
      if (r.bi) return `<b><i>${esc(r.bi)}</i></b>`;
      return esc(runsText([r]));
    })
    .join("")
    .replace(/\n/g, "<br>");
}
const para = (b) => `<p class="${b.align ?? "justify"}">${runHtml(b.runs)}</p>`;
const cellRuns = (c) => (typeof c === "string" ? [c] : [].concat(c.t ?? ""));
function layout(t) {
  const cols = t.widths.map((w) => `${w}fr`).join(" ");
  const cells = t.rows[0].map((c) => `<div class="${c.align ?? ""}${c.b ? " b" : ""}">${runHtml(cellRuns(c))}</div>`);
  const second = (t.rows[1] ?? []).map((c) => `<div class="${c.align ?? ""}">${runHtml(cellRuns(c))}</div>`);
  return `<div class="layout" style="grid-template-columns:${cols}">${[...cells, ...second].join("")}</div>`;
}
function gridHtml(t) {
  const cells = [];
  grid(t).forEach((line, r) => {
    for (const g of line) {
      if (g.covered) continue;
      const c = g.cell;
      const o = typeof c === "object" ? c : {};
      const style = [`grid-row:${r + 1}${g.rowSpan > 1 ? ` / span ${g.rowSpan}` : ""}`,
        `grid-column:${g.col + 1}${g.span > 1 ? ` / span ${g.span}` : ""}`];
      if (o.fill) style.push(`background:#${o.fill}`);
      const cls = [o.align ?? "left", o.b ? "b" : "", o.i ? "i" : ""].join(" ");
      cells.push(`<div class="cell ${cls}" style="${style.join(";")}">${runHtml(cellRuns(c))}</div>`);
    }
  });
  const cols = t.widths.map((w) => `${w}fr`).join(" ");
  return `<div class="grid" style="grid-template-columns:${cols}">${cells.join("\n")}</div>`;
}
const html = (list) => list.map((b) => (b.k === "t" ? (b.borders ? gridHtml(b) : layout(b)) : para(b))).join("\n");
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 38/KH-UBND</title>
<style>
@page { size: A4; margin: 20mm 20mm 20mm 30mm; }
@page wide { size: A4 landscape; margin: 15mm 18mm; }
body { font-family: "DejaVu Serif", serif; font-size: 12.5pt; line-height: 1.35; }
p { margin: 4pt 0; text-indent: 1cm; } p.center { text-indent: 0; text-align: center; } p.justify { text-align: justify; }
.layout { display: grid; column-gap: 6mm; row-gap: 3mm; font-size: 11.5pt; }
.layout .center { text-align: center; } .layout .b { font-weight: bold; }
.wide { page: wide; page-break-before: always; page-break-after: always; }
.grid { display: grid; border-top: 1px solid #000; border-left: 1px solid #000; font-size: 10.5pt; }
.cell { border-right: 1px solid #000; border-bottom: 1px solid #000; padding: 3pt 4pt; display: flex;
  flex-direction: column; justify-content: center; break-inside: avoid; }
.cell.center { text-align: center; } .cell.b { font-weight: bold; } .cell.i { font-style: italic; }
.sign { margin-top: 12pt; font-size: 11pt; }
</style></head><body>
${html(front)}
<section class="wide">${html([table])}</section>
${html(org)}
<div class="sign">${layout(sign)}</div>
</body></html>`;
const tmp = mkdtempSync(join(tmpdir(), "author9b-chromium-"));
const htmlFile = join(tmp, "plan.html");
writeFileSync(htmlFile, page);
execFileSync(
  "chromium",
  ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", `--user-data-dir=${join(tmp, "profile")}`,
    "--no-pdf-header-footer", `--print-to-pdf=${join(dir, "plan.pdf")}`, `file://${htmlFile}`],
  { stdio: "ignore", timeout: 120000 },
);
rmSync(tmp, { recursive: true, force: true });
