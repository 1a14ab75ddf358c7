// 05: Lai Châu 2026 — PAPI plan, eight "Nội dung" under III, tasks numbered in lower-case Roman i., ii., iii.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-lai-chau-2026-lower-roman-items-papi";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const KHCN = "Sở Khoa học và Công nghệ";
const NNMT = "Sở Nông nghiệp và Môi trường";
const TTR = "Thanh tra tỉnh";
const CA = "Công an tỉnh";
const ROM = ["i.", "ii.", "iii.", "iv."];

// [heading of III.n, items: [text, expected-or-null]]; expected = [title, due, effectiveDue, lead, coord]
const III = [
  ["Nội dung 1 - Tham gia của người dân ở cấp cơ sở", [
    ["Tuyên truyền Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn trên sóng phát thanh, truyền hình, " +
      "báo điện tử và hệ thống loa truyền thanh cơ sở. Báo và Phát thanh, Truyền hình Lai Châu chủ trì, phối hợp " +
      "với Sở Nội vụ thực hiện; hoàn thành trong Quý II/2026.",
    ["Tuyên truyền Luật Thực hiện dân chủ ở cơ sở", "2026-06-30", "2026-06-30",
      ["Báo và Phát thanh, Truyền hình Lai Châu"], [NV]]],
    ["Hướng dẫn UBND các xã, phường tổ chức lấy ý kiến Nhân dân về những nội dung Nhân dân bàn và quyết định, " +
      "những nội dung Nhân dân tham gia ý kiến trước khi cơ quan có thẩm quyền quyết định. Giao Sở Nội vụ chủ trì; " +
      "thời hạn: trước ngày 31/3/2026.",
    ["Hướng dẫn UBND các xã, phường tổ chức lấy ý kiến Nhân dân", "2026-03-30", "2026-03-30", [NV], []]],
    ["UBND các xã, phường thường xuyên phát huy vai trò của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng " +
      "đồng; bảo đảm người dân được tham gia giám sát các công trình, dự án tại địa phương.", null],
  ]],
  ["Nội dung 2 - Công khai, minh bạch", [
    ["Công khai danh sách hộ nghèo, hộ cận nghèo năm 2026 tại trụ sở UBND xã, phường và nhà văn hóa thôn, bản, " +
      "tổ dân phố. UBND các xã, phường thực hiện; Sở Nông nghiệp và Môi trường phối hợp hướng dẫn, kiểm tra; hoàn " +
      "thành chậm nhất ngày 15/3/2026.",
    ["Công khai danh sách hộ nghèo, hộ cận nghèo năm 2026", "2026-03-15", "2026-03-16", [X], [NNMT]]],
    ["Công khai quy hoạch, kế hoạch sử dụng đất năm 2026, bảng giá đất và các dự án thu hồi đất trên Cổng thông tin " +
      "điện tử tỉnh và tại trụ sở UBND cấp xã. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã, " +
      "phường thực hiện, hoàn thành trong tháng 4/2026.",
    ["Công khai quy hoạch, kế hoạch sử dụng đất năm 2026", "2026-04-30", "2026-05-04", [NNMT], [X]]],
    ["Công khai dự toán ngân sách địa phương năm 2026 đã được Hội đồng nhân dân tỉnh quyết định, theo đúng hình " +
      "thức và thời hạn quy định. Sở Tài chính thực hiện trước ngày 20/02/2026.",
    ["Công khai dự toán ngân sách địa phương năm 2026", "2026-02-19", "2026-02-23", ["Sở Tài chính"], []]],
  ]],
  ["Nội dung 3 - Trách nhiệm giải trình với người dân", [
    ["Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với người dân, doanh nghiệp về thủ tục hành chính, đất " +
      "đai, đền bù giải phóng mặt bằng. Văn phòng UBND tỉnh chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam " +
      "tỉnh, Sở Tư pháp; thời gian: tháng 6/2026.",
    ["Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với người dân, doanh nghiệp", "2026-06-30", "2026-06-30",
      [VP], ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Tư pháp"]]],
    ["Rà soát, giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài. Thanh tra tỉnh chủ trì, phối " +
      "hợp với Công an tỉnh và UBND các xã, phường có vụ việc; hoàn thành trước ngày 30/9/2026.",
    ["Rà soát, giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng", "2026-09-29", "2026-09-29", [TTR],
      [CA, X]]],
  ]],
  ["Nội dung 4 - Kiểm soát tham nhũng trong khu vực công", [
    ["Kiểm tra việc kê khai, công khai bản kê khai tài sản, thu nhập năm 2025 tại 06 cơ quan, đơn vị. Thanh tra " +
      "tỉnh thực hiện, chậm nhất ngày 31/8/2026 báo cáo kết quả về UBND tỉnh.",
    ["Kiểm tra việc kê khai, công khai bản kê khai tài sản, thu nhập năm 2025", "2026-08-31", "2026-08-31", [TTR], []]],
    ["Công khai chỉ tiêu, điều kiện và kết quả tuyển dụng công chức, viên chức năm 2026. Sở Nội vụ chủ trì, phối " +
      "hợp với Sở Giáo dục và Đào tạo, Sở Y tế thực hiện trong Quý III/2026.",
    ["Công khai chỉ tiêu, điều kiện và kết quả tuyển dụng công chức, viên chức năm 2026", "2026-09-30", "2026-09-30",
      [NV], ["Sở Giáo dục và Đào tạo", "Sở Y tế"]]],
  ]],
  ["Nội dung 5 - Thủ tục hành chính công", [
    ["Rà soát, công bố, công khai đầy đủ bộ thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp trên Cơ sở " +
      "dữ liệu quốc gia về thủ tục hành chính. Văn phòng UBND tỉnh chủ trì; các sở, ban, ngành phối hợp; hoàn " +
      "thành trước ngày 15/5/2026.",
    ["Rà soát, công bố, công khai đầy đủ bộ thủ tục hành chính", "2026-05-14", "2026-05-14", [VP], ["@departments"]]],
    ["Đánh giá chất lượng phục vụ tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa cấp xã qua phiếu " +
      "khảo sát, mã QR. Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với Sở Nội vụ; hoàn thành ngày " +
      "31/10/2026.",
    ["Đánh giá chất lượng phục vụ tại Trung tâm Phục vụ hành chính công tỉnh", "2026-10-31", "2026-11-02", [TT], [NV]]],
    ["Các cơ quan, đơn vị thường xuyên chấn chỉnh thái độ, tác phong của công chức tiếp nhận hồ sơ; không để xảy ra " +
      "tình trạng nhũng nhiễu, gây phiền hà.", null],
  ]],
  ["Nội dung 6 - Cung ứng dịch vụ công", [
    ["Nâng cao chất lượng khám bệnh, chữa bệnh tại trạm y tế xã, phường; bảo đảm đủ thuốc thiết yếu, công khai " +
      "giá dịch vụ. Sở Y tế thực hiện trong 6 tháng đầu năm 2026.",
    ["Nâng cao chất lượng khám bệnh, chữa bệnh tại trạm y tế xã, phường", "2026-06-30", "2026-06-30", ["Sở Y tế"], []]],
    ["Rà soát cơ sở vật chất trường, lớp, nhà bán trú tại các điểm trường vùng cao, đề xuất bố trí kinh phí sửa " +
      "chữa trước năm học 2026 - 2027. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính, UBND các xã, " +
      "phường; chậm nhất ngày 15/8/2026.",
    ["Rà soát cơ sở vật chất trường, lớp, nhà bán trú tại các điểm trường vùng cao", "2026-08-15", "2026-08-17",
      ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính", X]]],
    ["Nâng cấp, sửa chữa các công trình cấp nước sinh hoạt tập trung nông thôn bị hư hỏng. Sở Nông nghiệp và Môi " +
      "trường chủ trì, phối hợp với Sở Dân tộc và Tôn giáo, UBND các xã; hoàn thành trong năm 2026.",
    ["Nâng cấp, sửa chữa các công trình cấp nước sinh hoạt tập trung nông thôn", "2026-12-31", "2026-12-31", [NNMT],
      ["Sở Dân tộc và Tôn giáo", X]]],
  ]],
  ["Nội dung 7 - Quản trị môi trường", [
    ["Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các cơ sở sản xuất, kinh doanh có nguy cơ gây ô " +
      "nhiễm nguồn nước. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh; thời hạn: Quý III/2026.",
    ["Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường", "2026-09-30", "2026-09-30", [NNMT], [CA]]],
  ]],
  ["Nội dung 8 - Quản trị điện tử", [
    ["Hướng dẫn người dân cài đặt, sử dụng Cổng Dịch vụ công quốc gia và ứng dụng VNeID để nộp hồ sơ, phản ánh, " +
      "kiến nghị. Sở Thông tin và Truyền thông chủ trì, phối hợp với Tỉnh đoàn, UBND các xã, phường; hoàn thành " +
      "trước ngày 30/6/2026.",
    ["Hướng dẫn người dân cài đặt, sử dụng Cổng Dịch vụ công quốc gia và ứng dụng VNeID", "2026-06-29", "2026-06-29",
      [KHCN], ["Tỉnh đoàn", X]]],
    ["Cập nhật, công khai thông tin chỉ đạo, điều hành, dự thảo văn bản lấy ý kiến trên Cổng thông tin điện tử " +
      "tỉnh. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh; thời gian: tháng 9/2026.",
    ["Cập nhật, công khai thông tin chỉ đạo, điều hành", "2026-09-30", "2026-09-30", [KHCN], [VP]]],
  ]],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 318/KH-UBND", "Lai Châu, ngày 27 tháng 01 năm 2026", "KẾ HOẠCH",
    "Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)\ntỉnh Lai Châu năm 2026"),
  { t: "p", text: "Căn cứ kết quả Chỉ số PAPI năm 2024 do Trung ương Mặt trận Tổ quốc Việt Nam và Chương trình Phát " +
    "triển Liên hợp quốc (UNDP) công bố ngày 08/4/2025; Kế hoạch số 4520/KH-UBND ngày 26/12/2025 của UBND tỉnh về " +
    "cải cách hành chính năm 2026, UBND tỉnh Lai Châu ban hành Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2026 " +
    "như sau:" },
  { t: "p", text: "MỤC ĐÍCH, YÊU CẦU", num: "I.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Mục đích", num: "1.", list: { kind: "decimal", inst: 1 }, bold: true },
  { t: "p", text: "Kế hoạch nhằm: (i) khắc phục các nội dung có điểm số thấp, giảm điểm trong Chỉ số PAPI năm 2024; " +
    "(ii) nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị trong thực thi công vụ; (iii) tăng cường sự " +
    "tham gia, giám sát của người dân đối với hoạt động của chính quyền các cấp." },
  { t: "p", text: "Yêu cầu", num: "2.", list: { kind: "decimal", inst: 1 }, bold: true },
  { t: "p", text: "Các nhiệm vụ được giao cụ thể về cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành; cơ quan " +
    "được giao chủ trì chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện." },
  { t: "p", text: "CHỈ TIÊU", num: "II.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Phấn đấu năm 2026 Chỉ số PAPI của tỉnh tăng ít nhất 05 bậc so với năm 2024; đến hết Quý III/2026, " +
    "100% xã, phường công khai đầy đủ thông tin theo Luật Tiếp cận thông tin; không có nội dung nào thuộc nhóm " +
    "điểm thấp nhất cả nước." },
  { t: "p", text: "NHIỆM VỤ, GIẢI PHÁP", num: "III.", list: { kind: "roman", inst: 1 }, bold: true },
];
const tasks = [];
III.forEach(([heading, items], n) => {
  blocks.push({ t: "p", text: heading, num: `${n + 1}.`, list: { kind: "decimal", inst: 2 }, bold: true });
  items.forEach(([text, exp], k) => {
    blocks.push({ t: "p", text, num: ROM[k], list: { kind: "lroman", inst: 100 + n }, level: 1 });
    if (exp) {
      const [title, due, eff, lead, coord] = exp;
      tasks.push(task(`III.${n + 1}.${ROM[k].slice(0, -1)}`, title, due, eff, lead, coord));
    }
  });
});
blocks.push(
  { t: "p", text: "TỔ CHỨC THỰC HIỆN", num: "IV.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Sở Nội vụ: theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh " +
    "kết quả thực hiện Kế hoạch năm 2026 trước ngày 10/12/2026.", num: "1.", list: { kind: "decimal", inst: 3 } },
  { t: "p", text: "Các sở, ban, ngành tỉnh; UBND các xã, phường: căn cứ nhiệm vụ được giao, chủ động xây dựng kế " +
    "hoạch của cơ quan, đơn vị; báo cáo kết quả thực hiện định kỳ 6 tháng, năm (trước ngày 15 của tháng cuối kỳ báo " +
    "cáo) về Sở Nội vụ để tổng hợp.", num: "2.", list: { kind: "decimal", inst: 3 } },
  { t: "p", text: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để " +
    "tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./." },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh", "Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
);
tasks.push(task("IV.1", "Theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh",
  "2026-12-09", "2026-12-09", [NV], []));

const style = "Kế hoạch 318/KH-UBND Lai Châu 27/01/2026 (after 1/7/2025). PAPI plan in prose; PDF: LibreOffice export of plan-auto.docx. Under III, eight headings '1. Nội dung N - …', each holding items numbered in lower-case Roman 'i.', 'ii.', 'iii.' (Word lowerRoman list, restarting per heading). ref = III.n.<roman>; IV.1 'Sở Nội vụ: … trước ngày 10/12/2026' is a task. Lead = subject / 'X chủ trì' / 'Giao X chủ trì'; 'phối hợp (với) Y', 'Y phối hợp hướng dẫn' = coordinators. 'UBND các xã, phường' (also 'các xã', '… có vụ việc') = UBND cấp xã, unresolved; TT Phục vụ HCC tỉnh unresolved; 'Sở Thông tin và Truyền thông' -> Sở KH&CN. 'trước ngày X' = X-1. Not tasks: '(i) … (ii) …' runs in I.1, II. CHỈ TIÊU target, 'thường xuyên' items III.1.iii and III.5.iii, IV.2 'định kỳ'. Days off: 19/02 (Tết) -> 23/02, 15/3 Sun -> 16/3, 30/4 -> 4/5, 31/10 Sat -> 2/11, 15/8 Sat -> 17/8. See make-author12b/README.md.";
await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "318/KH-UBND", date: "2026-01-27" }, tasks, quotas: [],
  unresolved: [X, TT], successors: [{ written: "Sở Thông tin và Truyền thông", unit: KHCN }] } });
