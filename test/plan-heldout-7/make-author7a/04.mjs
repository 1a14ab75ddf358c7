// 04: a Lai Châu plan of February 2026 whose appendix is an outer table of task GROUPS, each group's
// tasks being a TABLE INSIDE THE GROUP'S CELL (TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn, numbered
// "2.3"); the last group is prose in the cell. The appendix is a landscape section with its own running
// head; the body has the page number at the top from page 2. Deadlines around Tết (16–20/02/2026),
// Hùng Kings' day (27/4) and 30/4–1/5, "30.6.2026", "Trước 15/5" with no year, "Đợt 1 …; Đợt 2 …".
// plan.pdf is printed by Chromium from the same model, appendix on landscape pages (a named @page),
// with Chromium's header and footer templates as running head and "Trang x/y".
import { P, N, T, folderOf, writeWord, writeText, numbering, htmlBlocks } from "./lib.mjs";
import { c, l, headerBlock, signature } from "./parts.mjs";
import { chromiumPdf } from "./print.mjs";

const L = "kh45";
const H1 = (label, text) => N(label, L, 0, text, { bold: true });
const H2 = (label, runs, o = {}) => N(label, L, 1, runs, o);

const header = headerBlock(
  ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
  "Số: 45/KH-UBND",
  "Lai Châu, ngày 09 tháng 02 năm 2026",
);

const body = [
  header,
  P("KẾ HOẠCH", { center: true, bold: true, noIndent: true, before: 240 }),
  P(
    "Đẩy mạnh chuyển đổi số, phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử (Đề án 06) trong giải quyết thủ tục hành chính năm 2026",
    { center: true, bold: true, noIndent: true },
  ),
  P(
    "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Kế hoạch số 5012/KH-UBND ngày 26/12/2025 của UBND tỉnh về chuyển đổi số tỉnh Lai Châu năm 2026;",
  ),
  P("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P(
    "- Đến hết năm 2026, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 80%; 100% kết quả giải quyết thủ tục hành chính được số hóa, tái sử dụng.",
  ),
  P(
    "- Nhiệm vụ được giao gắn với trách nhiệm người đứng đầu; kết quả thực hiện là căn cứ đánh giá, xếp loại thi đua năm 2026.",
  ),
  H1("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Các nhóm nhiệm vụ, cơ quan chủ trì, phối hợp và thời hạn hoàn thành chi tiết tại Phụ lục kèm theo Kế hoạch này."),
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  H2("1.", [
    { b: "Sở Khoa học và Công nghệ" },
    " là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.",
  ]),
  H2("2.", [
    { b: "Các sở, ban, ngành, UBND cấp xã" },
    ": xây dựng kế hoạch chi tiết của cơ quan, đơn vị, gửi Sở Khoa học và Công nghệ trước ngày 25/02/2026; báo cáo kết quả thực hiện hằng tháng (trước ngày 20) qua Hệ thống thông tin báo cáo của tỉnh.",
  ]),
  H2("3.", [{ b: "Sở Tài chính" }, " tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026."]),
  P(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
  ),
  signature(
    [
      "- Bộ Công an, Bộ Khoa học và Công nghệ (b/c);",
      "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các xã, phường;",
      "- Lưu: VT, KGVX.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Giàng A Tính"],
  ),
];

// ---- Phụ lục: groups, each with its tasks in a table inside the cell ------------------------
const IW = [600, 4300, 1900, 2500, 1900]; // inner table, 11200 twips
const innerHead = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"].map((h) => c(h, { bold: true }));
const inner = (rows) =>
  T(IW, [innerHead, ...rows.map(([n, task, lead, partners, time]) => [c(n), l(task), c(lead), l(partners), c(time)])], {
    size: 22,
  });
const group = (n, name, rows) => [c(n, { bold: true }), l(name, { bold: true }), { paras: [inner(rows)] }];

const outer = T(
  [600, 2300, 11400],
  [
    [
      c("STT", { bold: true }),
      c("Nhóm nhiệm vụ", { bold: true }),
      c("Nhiệm vụ cụ thể, phân công thực hiện", { bold: true }),
    ],
    group("1", "Hoàn thiện thể chế, cơ chế, chính sách", [
      [
        "1.1",
        "Rà soát, đề xuất sửa đổi Quy chế tiếp nhận, giải quyết thủ tục hành chính trên môi trường điện tử",
        "Văn phòng UBND tỉnh",
        "Sở Tư pháp; Sở Khoa học và Công nghệ",
        "Trước 01/5/2026",
      ],
      [
        "1.2",
        "Ban hành danh mục dữ liệu mở của tỉnh năm 2026",
        "Sở Khoa học và Công nghệ",
        "Các sở, ban, ngành",
        "Quý II/2026",
      ],
    ]),
    group("2", "Hạ tầng, nền tảng số", [
      [
        "2.1",
        "Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin cấp độ 3",
        "Sở Khoa học và Công nghệ",
        "Viettel Lai Châu; VNPT Lai Châu",
        "30.6.2026",
      ],
      [
        "2.2",
        "Cấp chứng thư số, chữ ký số cho 100% cán bộ, công chức cấp xã",
        "Sở Khoa học và Công nghệ",
        "UBND cấp xã",
        "Chậm nhất ngày 27/02/2026",
      ],
      [
        "2.3",
        "Phủ sóng di động 4G đến các bản vùng sâu, vùng xa chưa có sóng",
        "Sở Khoa học và Công nghệ",
        "Viettel Lai Châu; UBND cấp xã",
        "Năm 2026",
      ],
      [
        "2.4",
        "Đưa Trung tâm giám sát, điều hành thông minh (IOC) cấp tỉnh vào vận hành",
        "Sở Khoa học và Công nghệ",
        "Công an tỉnh",
        "Hoàn thành 20/12/2026",
      ],
    ]),
    group("3", "Dữ liệu số, Đề án 06", [
      [
        "3.1",
        "Làm sạch, đồng bộ dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư",
        "Sở Nông nghiệp và Môi trường",
        "Công an tỉnh; UBND cấp xã",
        "Hạn: 27/4/2026",
      ],
      ["3.2", "Số hóa sổ hộ tịch lưu trữ tại cấp xã", "Sở Tư pháp", "UBND cấp xã", "Tháng 9/2026"],
      [
        "3.3",
        "Tích hợp thông tin bảo hiểm xã hội, bảo hiểm y tế trên ứng dụng VNeID",
        "Bảo hiểm xã hội tỉnh",
        "Công an tỉnh; Sở Y tế",
        "Hằng tháng",
      ],
      ["3.4", "Triển khai sổ sức khỏe điện tử cho người dân", "Sở Y tế", "Công an tỉnh", "Trước ngày 16/02/2026"],
    ]),
    group("4", "Dịch vụ công trực tuyến", [
      [
        "4.1",
        "Tái cấu trúc quy trình 100% thủ tục hành chính đủ điều kiện thành dịch vụ công trực tuyến toàn trình",
        "Văn phòng UBND tỉnh",
        "Các sở, ban, ngành",
        "Trước 15/5",
      ],
      [
        "4.2",
        "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa cấp xã",
        "UBND cấp xã",
        "Tỉnh đoàn; Bưu điện tỉnh",
        "Thường xuyên",
      ],
      [
        "4.3",
        "Đánh giá mức độ hài lòng của người dân đối với dịch vụ công trực tuyến",
        "Sở Nội vụ",
        "Bưu điện tỉnh",
        "Tháng 10 - 11/2026",
      ],
    ]),
    group("5", "Nhân lực số, tuyên truyền", [
      [
        "5.1",
        "Tập huấn kỹ năng số cho công chức cấp xã",
        "Sở Nội vụ",
        "Sở Khoa học và Công nghệ",
        "Đợt 1: tháng 4/2026; Đợt 2: tháng 8/2026",
      ],
      [
        "5.2",
        "Tuyên truyền về Đề án 06, dịch vụ công trực tuyến trên báo chí, mạng xã hội",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Báo và Phát thanh, Truyền hình Lai Châu",
        "Quý I/2026",
      ],
    ]),
    [
      c("6", { bold: true }),
      l("Tổng hợp, báo cáo", { bold: true }),
      l(
        "Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 05/12/2026.",
      ),
    ],
  ],
  { header: 1, size: 24 },
);

const appendix = [
  P("PHỤ LỤC", { center: true, bold: true, noIndent: true }),
  P("NHIỆM VỤ ĐẨY MẠNH CHUYỂN ĐỔI SỐ, THỰC HIỆN ĐỀ ÁN 06 NĂM 2026", { center: true, bold: true, noIndent: true }),
  P("(Kèm theo Kế hoạch số 45/KH-UBND ngày 09/02/2026 của UBND tỉnh Lai Châu)", {
    center: true,
    italic: true,
    noIndent: true,
  }),
  outer,
];

const model = {
  numbering: [
    numbering(L, [
      ["upperRoman", "%1.", { bold: true }],
      ["decimal", "%2."],
    ]),
  ],
  sections: [
    { blocks: body, head: [P([{ page: true }], { center: true, size: 26 })], firstHead: true },
    {
      landscape: true,
      margin: { top: 1134, bottom: 1000, left: 1134, right: 1134, header: 500, footer: 500 },
      head: [
        P("Phụ lục - Kế hoạch số 45/KH-UBND ngày 09/02/2026 của UBND tỉnh Lai Châu", {
          right: true,
          italic: true,
          size: 20,
        }),
      ],
      foot: [P(["Trang ", { page: true }], { right: true, size: 20 })],
      blocks: appendix,
    },
  ],
};

const CSS = `
@page { size: A4; margin: 20mm 20mm 18mm 30mm; }
@page land { size: A4 landscape; margin: 18mm 18mm 16mm 18mm; }
.land { page: land; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13.5pt; }
p { margin: 3px 0; text-align: justify; text-indent: 1cm; line-height: 1.3; }
p.c { text-align: center; text-indent: 0; } p.r { text-align: right; text-indent: 0; }
p.l, p.ni { text-indent: 0; }
td p, th p { text-indent: 0; margin: 1px 0; line-height: 1.2; }
table { border-collapse: collapse; width: 100%; }
table.layout td { vertical-align: top; }
table.grid > * > tr > td, table.grid > * > tr > th { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; font-size: 12pt; }
table.grid table.grid td, table.grid table.grid th { font-size: 11pt; }
`;
const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>KH 45/KH-UBND</title><style>${CSS}</style></head><body>
<div>${htmlBlocks(body)}</div>
<div class="land">${htmlBlocks(appendix)}</div>
</body></html>`;

const dir = folderOf("04-lai-chau-2026-group-rows-nested-task-tables");
await writeWord(dir, model);
writeText(dir, model);
const small =
  "font-size:8px;font-family:Liberation Serif,serif;width:100%;margin:0 12mm;display:flex;justify-content:space-between;font-style:italic;";
await chromiumPdf(dir, html, {
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: `<div style="${small}"><span>UBND tỉnh Lai Châu</span><span>Kế hoạch số 45/KH-UBND ngày 09/02/2026</span></div>`,
  footerTemplate: `<div style="${small}justify-content:flex-end;"><span>Trang <span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
});
console.log("built", dir);
