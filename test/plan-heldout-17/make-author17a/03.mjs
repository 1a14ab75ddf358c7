// 03: Thái Nguyên 2026 — a Kế hoạch as a Word file that has been through many hands: content controls (w:sdt)
// around the number, the signing date and one deadline (a date picker whose stored fullDate is the 1st of the month
// while the text says "tháng 6/2026"), unit names wrapped in hyperlinks to the units' portals, a bookmark and an
// internal link, a reviewer's comment proposing another deadline, a PAGE field in the footer, soft hyphens (in decree
// numbers and one date), non-breaking spaces, and the inspection schedule as a table inside a text box.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-thai-nguyen-2026-word-content-controls-links-comment-text-box-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const KHCN = "Sở Khoa học và Công nghệ";
const PV = "Trung tâm Phục vụ hành chính công tỉnh";
const X = "UBND cấp xã";
const SH = "\u00ad";
const NB = "\u00a0";
const LINKS = ["https://snv.thainguyen.gov.vn", "https://vpubnd.thainguyen.gov.vn", "https://stp.thainguyen.gov.vn",
  "https://sotttt.thainguyen.gov.vn"];
const L = (n, name) => `⟦H:${n}⟧${name}⟦/H⟧`;
const li = (inst) => ({ list: { kind: "decimal", inst } });
// [no, text, title, due | null, lead[], coord[]]
const T = [
  ["1", `${L(1, "Sở Nội vụ")} chủ trì, phối hợp với ${L(2, "Văn phòng UBND tỉnh")} xây dựng Bộ tiêu chí kiểm tra ` +
    `công tác cải cách hành chính, văn thư, lưu trữ năm 2026, hoàn thành trước ngày${NB}31/3/2026.`,
  "Xây dựng Bộ tiêu chí kiểm tra công tác cải cách hành chính, văn thư, lưu trữ năm 2026", "2026-03-30", [NV], [VP]],
  ["2", `${L(2, "Văn phòng UBND tỉnh")} chủ trì kiểm tra việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ ` +
    "hành chính công tỉnh và các Điểm phục vụ hành chính công cấp xã theo Nghị định số 118/" + SH + "2025/" + SH +
    `NĐ-CP; ⟦C:0⟧chậm nhất ngày${NB}15/5/2026⟦/C:0⟧ báo cáo Chủ tịch UBND tỉnh.`,
  "Kiểm tra việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh và các Điểm phục vụ hành " +
    "chính công cấp xã", "2026-05-15", [VP], []],
  ["3", `${L(4, "Sở Thông tin và Truyền thông")} chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh kiểm ` +
    "tra việc vận hành Hệ thống thông tin giải quyết thủ tục hành chính, việc sử dụng chữ ký số, xác thực qua VNe" +
    `${SH}ID, hoàn thành trong ⟦D:2026-06-01|'tháng' M/yyyy⟧tháng 6/2026⟦/D⟧.`,
  "Kiểm tra việc vận hành Hệ thống thông tin giải quyết thủ tục hành chính, việc sử dụng chữ ký số, xác thực qua " +
    "VNeID", "2026-06-30", [KHCN], [PV]],
  ["4", "⟦B:lich⟧Tổ chức các đợt kiểm tra của Đoàn kiểm tra tỉnh theo lịch tại khung dưới đây⟦/B:lich⟧; thành phần " +
    "Đoàn do Giám đốc Sở Nội vụ quyết định.", null, null, [], []],
];
const BOX = [
  ["1", "Kiểm tra công tác cải cách hành chính tại 05 sở, ngành và 08 xã khu vực phía Bắc (địa bàn tỉnh Bắc Kạn cũ)",
    "Sở Nội vụ", "Văn phòng UBND tỉnh", "Từ 04/5 đến 29/5/2026", "2026-05-29", [NV], [VP]],
  ["2", "Kiểm tra công tác văn thư, lưu trữ tại 10 xã, phường khu vực phía Nam", "Sở Nội vụ", "", "Từ 03/8 đến " +
    "28/8/2026", "2026-08-28", [NV], []],
  ["3", "Kiểm tra việc khắc phục tồn tại theo kết luận kiểm tra năm 2025", "Sở Nội vụ", "Thanh tra tỉnh",
    "Trước 15/10/2026", "2026-10-14", [NV], ["Thanh tra tỉnh"]],
];
const T2 = [
  ["5", `${L(3, "Sở Tư pháp")} kiểm tra công tác theo dõi thi hành pháp luật về xử lý vi phạm hành chính tại 06 xã, ` +
    "phường, hoàn thành ngày 30/9/2026.", "Kiểm tra công tác theo dõi thi hành pháp luật về xử lý vi phạm hành chính " +
    "tại 06 xã, phường", "2026-09-30", ["Sở Tư pháp"], []],
  ["6", "UBND các xã, phường tự kiểm tra công tác cải cách hành chính, văn thư, lưu trữ tại đơn vị; báo cáo kết quả " +
    `về Sở${NB}Nội${NB}vụ trước ngày${NB}15/6/2026.`, "Tự kiểm tra công tác cải cách hành chính, văn thư, lưu trữ " +
    "tại đơn vị", "2026-06-15", [X], []],
  ["7", "Sở Dân tộc và Tôn giáo kiểm tra việc thực hiện chính sách dân tộc tại các xã vùng đồng bào dân tộc thiểu " +
    "số, xong trước 31/7/2026.", "Kiểm tra việc thực hiện chính sách dân tộc tại các xã vùng đồng bào dân tộc thiểu " +
    "số", "2026-07-30", ["Sở Dân tộc và Tôn giáo"], []],
  ["8", "⟦S:donvi⟧Thanh tra tỉnh⟦/S⟧ chủ trì thanh tra trách nhiệm thực hiện cải cách hành chính tại 02 sở, ngành " +
    "trong quý III/2026.", "Thanh tra trách nhiệm thực hiện cải cách hành chính tại 02 sở, ngành", "2026-09-30",
  ["Thanh tra tỉnh"], []],
  ["9", `${L(1, "Sở Nội vụ")} tổng hợp kết quả các đợt kiểm tra tại ⟦A:lich⟧khoản 4⟦/A⟧ và các khoản trên, báo ` +
    `cáo UBND tỉnh trước ngày${NB}30/${SH}11/2026.`, "Tổng hợp kết quả các đợt kiểm tra", "2026-11-29", [NV], []],
  ["10", `${L(2, "Văn phòng UBND tỉnh")} cập nhật kết quả kiểm tra lên Hệ thống thông tin báo cáo của tỉnh ` +
    "thường xuyên, kịp thời.", null, null, [], []],
  ["11", "Sở Khoa học và Công nghệ kiểm tra bảo đảm an toàn thông tin các hệ thống dùng chung của tỉnh trong tháng " +
    "10/2026.", "Kiểm tra bảo đảm an toàn thông tin các hệ thống dùng chung của tỉnh", "2026-10-31", [KHCN], []],
  ["12", "Báo và Phát thanh, Truyền hình Thái Nguyên đưa tin về kết quả kiểm tra.", null, null, [], []],
];
const tasks = [];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: ⟦S:so⟧58⟦/S⟧/KH-UBND",
    "Thái Nguyên, ngày ⟦D:2026-03-12|d 'tháng' M 'năm' yyyy⟧12 tháng 3 năm 2026⟦/D⟧", "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính, văn thư, lưu trữ năm 2026"),
  { t: "p", text: "MỤC ĐÍCH, YÊU CẦU", num: "I.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Đánh giá thực chất việc thực hiện nhiệm vụ cải cách hành chính, văn thư, lưu trữ của các cơ " +
    "quan, đơn vị sau sắp xếp tổ chức bộ máy và chính quyền địa phương hai cấp; kịp thời chấn chỉnh tồn tại." },
  { t: "p", text: "NỘI DUNG, NHIỆM VỤ", num: "II.", list: { kind: "roman", inst: 1 }, bold: true },
];
for (const [no, text, title, due, lead, coord] of T) {
  blocks.push({ t: "p", text, num: no + ".", ...li(2) });
  if (due) tasks.push(task(`II.${no}`, title, due, lead, coord));
}
blocks.push({ t: "table", box: true, boxHeight: 180, header: 1, caption: "LỊCH KIỂM TRA CỦA ĐOÀN KIỂM TRA TỈNH",
  widths: [650, 3750, 1300, 1500, 1700], rows: [["TT", "Nội dung, đối tượng kiểm tra", "Chủ trì", "Phối hợp",
    "Thời gian"], ...BOX.map(([n, work, lc, cc, time]) => [n, work, lc, cc, time])] });
for (const [n, work, , , , due, lead, coord] of BOX) tasks.push(task(`II.4.${n}`, work, due, lead, coord));
for (const [no, text, title, due, lead, coord] of T2) {
  blocks.push({ t: "p", text, num: no + ".", ...li(2) });
  if (due) tasks.push(task(`II.${no}`, title, due, lead, coord));
}
blocks.push(
  { t: "p", text: "TỔ CHỨC THỰC HIỆN", num: "III.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Các cơ quan, đơn vị được kiểm tra chuẩn bị báo cáo, hồ sơ theo đề cương của Đoàn kiểm tra; " +
    "Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này./." },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Huy Dũng"),
);
const RH = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
let bm = 0;
const bms = new Map();
function marker(m, rPr) {
  const [k, v = ""] = m.split(/:(.*)/s);
  const open = {
    H: () => `<w:hyperlink r:id="rIdH${v}" w:history="1">`, "/H": () => "</w:hyperlink>",
    A: () => `<w:hyperlink w:anchor="${v}">`, "/A": () => "</w:hyperlink>",
    B: () => { bms.set(v, bm); return `<w:bookmarkStart w:id="${bm++}" w:name="${v}"/>`; },
    "/B": () => `<w:bookmarkEnd w:id="${bms.get(v)}"/>`,
    S: () => `<w:sdt><w:sdtPr><w:alias w:val="${v}"/><w:tag w:val="${v}"/><w:text/></w:sdtPr><w:sdtContent>`,
    D: () => { const [iso, fmt] = v.split("|"); return `<w:sdt><w:sdtPr><w:tag w:val="ngay"/><w:date w:fullDate=` +
      `"${iso}T00:00:00Z"><w:dateFormat w:val="${fmt.replace(/"/g, "&quot;")}"/><w:lid w:val="vi-VN"/>` +
      '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>'; },
    "/S": () => "</w:sdtContent></w:sdt>", "/D": () => "</w:sdtContent></w:sdt>",
    C: () => `<w:commentRangeStart w:id="${v}"/>`,
    "/C": () => `<w:commentRangeEnd w:id="${v}"/><w:r>${rPr}<w:commentReference w:id="${v}"/></w:r>`,
  }[k];
  return open();
}
const SHY = '</w:t><w:softHyphen/><w:t xml:space="preserve">';
function transform(xml) {
  return xml.replace(/<w:r>(<w:rPr>.*?<\/w:rPr>)(<w:br\/>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g,
    (m, rPr, br, t) => {
      if (!t.includes("⟦") && !t.includes(SH)) return m;
      return t.split(/⟦([^⟧]*)⟧/).map((piece, i) => (i % 2 ? marker(piece, rPr) : piece === "" ? "" :
        `<w:r>${rPr}<w:t xml:space="preserve">${piece.split(SH).join(SHY)}` +
        "</w:t></w:r>")).join("").replace(/^/, br ? `<w:r>${rPr}<w:br/></w:r>` : "");
    });
}
const fld = (instr, result) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` +
  ` ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r>` +
  '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
const ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const extra = {
  transform,
  sect: '<w:footerReference w:type="default" r:id="rIdF1"/>',
  types: `<Override PartName="/word/comments.xml" ContentType="${ct}comments+xml"/>` +
    `<Override PartName="/word/footer1.xml" ContentType="${ct}footer+xml"/>`,
  rels: `<Relationship Id="rIdC1" Type="${RH}comments" Target="comments.xml"/>` +
    `<Relationship Id="rIdF1" Type="${RH}footer" Target="footer1.xml"/>` +
    LINKS.map((u, i) => `<Relationship Id="rIdH${i + 1}" Type="${RH}hyperlink" Target="${u}" ` +
      'TargetMode="External"/>').join(""),
  parts: {
    "word/comments.xml": `${x}<w:comments ${W}><w:comment w:id="0" w:author="Phòng CCHC - Sở Nội vụ" ` +
      'w:date="2026-03-09T08:30:00Z" w:initials="CCHC"><w:p><w:r><w:t xml:space="preserve">Đề nghị VP UBND tỉnh ' +
      "xem xét lùi thời hạn sang 30/6/2026 để kết hợp với đợt kiểm tra 1.</w:t></w:r></w:p></w:comment></w:comments>",
    "word/footer1.xml": `${x}<w:ftr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${fld("PAGE", "1")}</w:p></w:ftr>`,
  },
};
const style = "Kế hoạch 58/KH-UBND Thái Nguyên 12/3/2026 (after the reorganisation, communes; no communes.json); " +
  "prose " +
  "II.1-12 (auto docx: numbering.xml) and a table inside a VML text box after II.4 (TT 1-3 -> refs II.4.1-3). Word " +
  "features: w:sdt around the number, the signing date and II.3's date (date picker: fullDate 2026-06-01, text " +
  "'tháng 6/2026' -> 30/6: the text wins), unit names in hyperlinks, bookmark + internal link, a comment on II.2 " +
  "proposing 30/6 (not a deadline: II.2 stays 15/5), PAGE field in the footer, soft hyphens (U+00AD, kept in " +
  "plan.txt) " +
  "in decree numbers, VNeID and II.9's date, NBSP before dates and in 'Sở Nội vụ'. 'trước ngày 31/3' -> 30/3; " +
  "'trước 15/6' -> 14/6 Sun -> 15/6; 'xong trước 31/7' -> 30/7; 'quý III' -> 30/9; box 'Từ 04/5 đến 29/5' -> 29/5; " +
  "'trước 30/11' -> 29/11 Sun -> 30/11; 'tháng 10' 31/10 Sat -> 2/11. II.3 writes the old Sở Thông tin và Truyền " +
  "thông -> Sở Khoa học và Công nghệ. 'báo cáo X' = recipient. II.10, II.12 undated. PDF: LibreOffice.";
await build(DIR, { blocks, printer: "libreoffice", extra, expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "58/KH-UBND", date: "2026-03-12" }, tasks, quotas: [], unresolved: [PV, X],
  successors: [{ written: "Sở Thông tin và Truyền thông", unit: KHCN }] } });
