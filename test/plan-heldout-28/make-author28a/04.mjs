// 04: Lai Châu after the reorganisation (18/8/2025) — Quyết định 1456/QĐ-UBND of UBND tỉnh Lai Châu issuing
// ("Ban hành kèm theo Quyết định số …") the plan for the work after the communes were merged and the two-level
// local government began. Decision: Căn cứ lines, Điều 1-3, signature; new page: the attached plan, Mục I-III with
// numbered items; Mục II's table on a LANDSCAPE page: STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn
// hoàn thành | Sản phẩm, one merged group row per field (I-IV), STT running on across the groups; group III's row
// carries a common deadline for its rows that have none. plan.pdf: LibreOffice, then Ghostscript pdfwrite.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-lai-chau-2025-decision-attached-plan-muc-landscape-field-group-rows-common-deadline";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

const item =
  (inst) =>
  (num, text, extra = {}) => ({ t: "p", num, text, list: { kind: "decimal", inst }, ...extra });
const [m1, m2, m3] = ["M1", "M2", "M3"].map(item);
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const bold = (text, extra = {}) => ({ t: "p", text, bold: true, ...extra });
const center = (text, extra = {}) => ({ t: "p", text, align: "center", indent: false, ...extra });
const C = (text, extra = {}) => ({ text, align: "center", ...extra });
const G = (text) => [{ text, span: 6, bold: true }];

const SNV = "Sở Nội vụ";
const STC = "Sở Tài chính";
const SNN = "Sở Nông nghiệp và Môi trường";
const KHCN = "Sở Khoa học và Công nghệ";
const XA = "UBND các xã, phường";
const TTHCC = "Trung tâm Phục vụ hành chính công tỉnh";
const TCT = "Trường Chính trị tỉnh";

// Group rows (strings) and task rows [Nhiệm vụ, Chủ trì, Phối hợp, Thời hạn, Sản phẩm].
const TABLE = [
  "I. LĨNH VỰC TỔ CHỨC BỘ MÁY, CÁN BỘ, CÔNG CHỨC",
  [
    "Rà soát, hướng dẫn quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn thuộc UBND cấp xã",
    SNV,
    `Sở Tư pháp; ${XA}`,
    "Trước 15/9/2025",
    "Văn bản hướng dẫn",
  ],
  [
    "Đánh giá việc bố trí cán bộ, công chức cấp xã sau sắp xếp; đề xuất điều động, biệt phái công chức đến các xã " +
      "thiếu nhân lực chuyên môn",
    SNV,
    XA,
    "Tháng 10/2025",
    "Báo cáo, đề xuất",
  ],
  [
    "Bồi dưỡng kiến thức, kỹ năng quản lý nhà nước cho cán bộ, công chức cấp xã",
    SNV,
    TCT,
    "Quý IV/2025",
    "Các lớp bồi dưỡng",
  ],
  "II. LĨNH VỰC TÀI CHÍNH, TÀI SẢN CÔNG",
  [
    "Hướng dẫn bàn giao, tiếp nhận tài sản, tài chính, hồ sơ, tài liệu của các đơn vị hành chính cấp xã cũ",
    STC,
    XA,
    "Chậm nhất 30/8/2025",
    "Văn bản hướng dẫn",
  ],
  [
    "Lập phương án sắp xếp, xử lý trụ sở, tài sản công dôi dư sau sắp xếp",
    XA,
    `${STC}; Sở Xây dựng`,
    "30/9/2025",
    "Phương án được phê duyệt",
  ],
  [
    "Tham mưu giao bổ sung dự toán ngân sách năm 2025 cho các xã, phường",
    STC,
    XA,
    "Sau khi có Nghị quyết của HĐND tỉnh",
    "Quyết định giao dự toán",
  ],
  "III. LĨNH VỰC ĐẤT ĐAI, QUY HOẠCH, XÂY DỰNG (nhiệm vụ không ghi thời hạn riêng hoàn thành trong Quý IV/2025)",
  ["Chỉnh lý hồ sơ địa giới, bản đồ hành chính các xã, phường sau sắp xếp", SNN, XA, "", "Bộ hồ sơ, bản đồ"],
  [
    "Cập nhật, chuyển đổi cơ sở dữ liệu đất đai theo đơn vị hành chính mới",
    SNN,
    KHCN,
    "Tháng 11/2025",
    "Cơ sở dữ liệu được cập nhật",
  ],
  [
    "Rà soát quy hoạch chung các xã, phường có thay đổi địa giới; đề xuất điều chỉnh",
    "Sở Xây dựng",
    XA,
    "",
    "Báo cáo rà soát",
  ],
  "IV. LĨNH VỰC THỦ TỤC HÀNH CHÍNH, CHUYỂN ĐỔI SỐ",
  [
    "Cập nhật tên đơn vị hành chính mới trên Cổng Dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành " +
      "chính tỉnh",
    "Văn phòng UBND tỉnh",
    KHCN,
    "Trước 01/9/2025",
    "Hệ thống được cập nhật",
  ],
  [
    "Điều chỉnh thông tin nơi thường trú, tạm trú của công dân theo địa danh mới trên Cơ sở dữ liệu quốc gia về " +
      "dân cư",
    "Công an tỉnh",
    XA,
    "31/10/2025",
    "Dữ liệu được điều chỉnh",
  ],
  [
    "Bảo đảm đường truyền, thiết bị cho Trung tâm Phục vụ hành chính công các xã, phường",
    KHCN,
    "Viettel Lai Châu; VNPT Lai Châu",
    "Đã hoàn thành trước 01/7/2025",
    "Hạ tầng bảo đảm",
  ],
  [
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận tại cấp xã",
    TTHCC,
    XA,
    "Năm 2025",
    "Hồ sơ được số hóa",
  ],
];

let stt = 0;
const rows = TABLE.map((r) =>
  typeof r === "string"
    ? G(r)
    : [C(String(++stt), { list: { kind: "cell", inst: "STT" } }), r[0], r[1], r[2], C(r[3]), r[4]],
);
const ROW = Object.fromEntries(TABLE.filter((r) => typeof r !== "string").map((r, i) => [i + 1, r]));

const blocks = [
  ...head(
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU",
    "Số: 1456/QĐ-UBND",
    "Lai Châu, ngày 18 tháng 8 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch thực hiện các nhiệm vụ sau sắp xếp đơn vị hành chính cấp xã và tổ chức chính " +
      "quyền địa phương hai cấp trên địa bàn tỉnh Lai Châu",
  ),
  center("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", { bold: true }),
  plain("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", { italic: true }),
  plain(
    "Căn cứ Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai " +
      "Châu năm 2025;",
    { italic: true },
  ),
  plain("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 412/TTr-SNV ngày 12 tháng 8 năm 2025.", { italic: true }),
  center("QUYẾT ĐỊNH:", { bold: true }),
  plain(
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện các nhiệm vụ sau sắp xếp đơn vị hành chính cấp " +
      "xã và tổ chức chính quyền địa phương hai cấp trên địa bàn tỉnh Lai Châu.",
  ),
  plain("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
  plain(
    "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch UBND các xã, " +
      "phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
  ),
  ...sign(
    [
      "Như Điều 3",
      "Bộ Nội vụ (b/c)",
      "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
      "Chủ tịch, các PCT UBND tỉnh",
      "Cổng Thông tin điện tử tỉnh",
    ],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    "Hà Trọng Hải",
  ),
  { t: "sect" },
  {
    t: "table",
    borders: false,
    widths: [3800, 5600],
    rows: [
      [
        { text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
        { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" },
      ],
    ],
  },
  center("KẾ HOẠCH", { bold: true }),
  center(
    "Thực hiện các nhiệm vụ sau sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương hai cấp " +
      "trên địa bàn tỉnh Lai Châu",
    { bold: true },
  ),
  center("(Ban hành kèm theo Quyết định số 1456/QĐ-UBND ngày 18/8/2025 của UBND tỉnh Lai Châu)", { italic: true }),
  bold("Mục I. MỤC ĐÍCH, YÊU CẦU", { indent: false }),
  m1(
    "1.",
    "Bảo đảm chính quyền cấp xã sau sắp xếp vận hành thông suốt, không gián đoạn việc giải quyết thủ tục " +
      "hành chính và cung cấp dịch vụ công cho người dân, doanh nghiệp.",
  ),
  m1("2.", "Phân công cụ thể cơ quan chủ trì, phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ."),
  bold("Mục II. NHIỆM VỤ CỤ THỂ", { indent: false }),
  m2(
    "1.",
    "Các nhiệm vụ được phân công theo từng lĩnh vực tại Bảng dưới đây. Lĩnh vực có ghi thời hạn chung tại " +
      "dòng tên lĩnh vực thì nhiệm vụ không ghi thời hạn riêng thực hiện theo thời hạn chung đó.",
  ),
  m2(
    "2.",
    "Cơ quan được giao chủ trì chịu trách nhiệm về tiến độ, chất lượng sản phẩm; chủ động phối hợp với các " +
      "cơ quan liên quan trong quá trình thực hiện.",
  ),
  { t: "sect" },
  center("BẢNG PHÂN CÔNG NHIỆM VỤ THEO LĨNH VỰC", { bold: true }),
  {
    t: "table",
    widths: [700, 5200, 2200, 2600, 1900, 1900],
    header: 1,
    rows: [
      [C("STT"), C("Nhiệm vụ"), C("Cơ quan chủ trì"), C("Cơ quan phối hợp"), C("Thời hạn hoàn thành"), C("Sản phẩm")],
      ...rows,
    ],
  },
  { t: "sect", landscape: true },
  bold("Mục III. TỔ CHỨC THỰC HIỆN", { indent: false }),
  m3(
    "1.",
    "Các sở, ban, ngành tỉnh; UBND các xã, phường căn cứ nhiệm vụ được giao tổ chức thực hiện, báo cáo kết " +
      "quả về Sở Nội vụ trước ngày 05/12/2025.",
  ),
  m3(
    "2.",
    "Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày " +
      "15/12/2025.",
  ),
  m3(
    "3.",
    "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, " +
      "báo cáo UBND tỉnh xem xét, điều chỉnh./.",
  ),
];

const t = (n, due, lead, co = [], inherited = false) => task(String(n), ROW[n][0], due, lead, co, inherited);
const CX = "UBND cấp xã";
const tasks = [
  t(1, "2025-09-14", [SNV], ["Sở Tư pháp", CX]),
  t(2, "2025-10-31", [SNV], [CX]),
  t(3, "2025-12-31", [SNV], [TCT]),
  t(4, "2025-08-30", [STC], [CX]),
  t(5, "2025-09-30", [CX], [STC, "Sở Xây dựng"]),
  t(7, "2025-12-31", [SNN], [CX], true),
  t(8, "2025-11-30", [SNN], [KHCN]),
  t(9, "2025-12-31", ["Sở Xây dựng"], [CX], true),
  t(10, "2025-08-31", ["Văn phòng UBND tỉnh"], [KHCN]),
  t(11, "2025-10-31", ["Công an tỉnh"], [CX]),
  t(13, "2025-12-31", [TTHCC], [CX]),
  task("III.1", "Tổ chức thực hiện nhiệm vụ được giao, báo cáo kết quả về Sở Nội vụ", "2025-12-04", [
    "@departments",
    CX,
  ]),
  task("III.2", "Theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh", "2025-12-14", [SNV]),
];

await build(DIR, {
  blocks,
  printer: "ghostscript",
  expected: {
    id: ID,
    style:
      "Quyết định 1456/QĐ-UBND of UBND tỉnh Lai Châu, 18/8/2025 (after the reorganisation: communes, merged " +
      "departments), issuing a Kế hoạch 'Ban hành kèm theo Quyết định số 1456/QĐ-UBND ngày 18/8/2025' (no number of " +
      "its own: plan = the decision's number and date). Three Word sections: portrait (decision: Căn cứ, Điều 1-3, " +
      "signature), portrait (the plan: header without number, Mục I, Mục II with '1.' items), LANDSCAPE (Mục II's " +
      "table) and portrait again (Mục III). Table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn " +
      "thành | Sản phẩm; one merged (gridSpan) group row per field 'I. LĨNH VỰC …' … 'IV. …'; STT runs on 1-13 " +
      "across the groups (a Word list in the STT cells of the auto docx), so ref = STT (the plan's one task table). " +
      "Group III's row says rows without a deadline of their own finish 'trong Quý IV/2025' (Mục II.1 says so too): " +
      "rows 7 and 9 (empty time cell) -> 31/12/2025, inherited = true; row 8 keeps its own 'Tháng 11/2025' -> 30/11 " +
      "Sun -> 1/12. Dates: 'Trước 15/9/2025' -> 14/9 Sun -> 15/9; 'Tháng 10/2025' -> 31/10; 'Quý IV/2025' -> 31/12; " +
      "'Chậm nhất 30/8/2025' Sat -> 3/9 (1-2/9 off); '30/9/2025'; 'Trước 01/9/2025' -> 31/8 Sun -> 3/9; " +
      "'31/10/2025'; 'Năm 2025' -> 31/12. Left out: row 6 ('Sau khi có Nghị quyết của HĐND tỉnh'), row 12 ('Đã " +
      "hoàn thành trước 01/7/2025'), Điều 2 ('kể từ ngày ký' is the decision's effect, no task), Điều 3, Mục III.3. " +
      "Mục III.1 (@departments and UBND cấp xã, 'báo cáo … về Sở Nội vụ trước ngày 05/12/2025' -> 4/12; Sở Nội vụ " +
      "a recipient) and III.2 (Sở Nội vụ, 'trước ngày 15/12/2025' -> 14/12 Sun -> 15/12) are tasks. 'UBND các xã, " +
      "phường' = UBND cấp xã (unresolved); Trường Chính trị tỉnh, Trung tâm Phục vụ hành chính công tỉnh unresolved. " +
      "PDF: LibreOffice export of plan-auto.docx, then Ghostscript pdfwrite.",
    province: "Lai Châu",
    plan: { number: "1456/QĐ-UBND", date: "2025-08-18" },
    tasks,
    unresolved: [CX, TCT, TTHCC],
    successors: [],
  },
});
