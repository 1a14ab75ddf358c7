// 06: Lai Châu 2026 (after the reorganisation: no districts, communes, merged departments and press). Habit: a
// CÔNG VĂN of UBND tỉnh, Số 612/UBND-NC ngày 23/3/2026 "V/v triển khai khảo sát SIPAS và nâng cao Chỉ số CCHC năm
// 2026": header with the V/v summary under the number, "Kính gửi:" list, a short preamble, then "Chủ tịch UBND tỉnh
// yêu cầu:" numbered requests 1., 2. (some with a), b)), several addressed to several units at once.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, L, N, cvHead } from "./common.mjs";

const ID = "06-lai-chau-2026-cong-van-kinh-gui-numbered-requests-to-several-units";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ", TC = "Sở Tài chính";
const BD = "Bưu điện tỉnh", MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", CA = "Công an tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu", XA = "UBND các xã, phường";
const CTXH = "các tổ chức chính trị - xã hội tỉnh";
const R = (n, text) => N(n, text, "req");

const blocks = [
  ...cvHead("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 612/UBND-NC", "V/v triển khai khảo sát SIPAS và nâng cao Chỉ " +
    "số cải cách hành chính năm 2026", "Lai Châu, ngày 23 tháng 3 năm 2026"),
  { t: "table", borders: false, widths: [1700, 7700], rows: [[{ text: "Kính gửi:", italic: true, align: "right" },
    { text: "- Các sở, ban, ngành tỉnh;\n- Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh;\n" +
      `- ${BD}; ${BAO};\n- UBND các xã, phường.` }]] },
  P("Thực hiện Kế hoạch số 41/KH-UBND ngày 22/01/2026 của UBND tỉnh về cải cách hành chính nhà nước năm 2026; căn " +
    "cứ kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục " +
    "vụ của cơ quan hành chính nhà nước (SIPAS) năm 2025 do Bộ Nội vụ công bố, trong đó một số chỉ số thành phần của " +
    "tỉnh còn thấp, nhất là \"Tiếp cận dịch vụ\" và \"Kết quả cung ứng dịch vụ\";"),
  P("Để cải thiện kết quả các chỉ số năm 2026 và tổ chức khảo sát bảo đảm khách quan, đúng tiến độ, Chủ tịch UBND " +
    "tỉnh yêu cầu:"),
  R(1, `Các sở, ban, ngành tỉnh và ${XA} khẩn trương rà soát, lập danh sách cán bộ, công chức, viên chức và danh ` +
    "sách tổ chức, cá nhân đã giải quyết thủ tục hành chính từ ngày 01/10/2025 đến ngày 28/02/2026 theo mẫu tại " +
    "Phụ lục kèm theo, gửi Sở Nội vụ trước ngày 10/4/2026 (bản mềm gửi qua hệ thống quản lý văn bản)."),
  R(2, `${NV}:`),
  L(0, `Chủ trì, phối hợp với ${BD} xây dựng phương án chọn mẫu, phát và thu phiếu khảo sát SIPAS năm 2026 trên ` +
    "địa bàn tỉnh; hoàn thành trong tháng 4/2026.", "nv"),
  L(1, "Tập huấn nghiệp vụ khảo sát cho điều tra viên và cán bộ đầu mối của các xã, phường vào tuần thứ ba của " +
    "tháng 4/2026.", "nv"),
  L(2, "Tổ chức phát phiếu khảo sát trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh và các xã, phường từ " +
    "ngày 04/5 đến ngày 29/5/2026.", "nv"),
  L(3, "Tổng hợp, phân tích kết quả khảo sát, đề xuất giải pháp khắc phục các chỉ số thành phần thấp, báo cáo UBND " +
    "tỉnh chậm nhất ngày 30/6/2026.", "nv"),
  R(3, `${VP}, ${KC} theo chức năng, nhiệm vụ được giao bảo đảm Hệ thống thông tin giải quyết thủ tục hành chính ` +
    "của tỉnh vận hành thông suốt, đồng bộ đầy đủ trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia; khắc phục dứt " +
    "điểm các lỗi đồng bộ dữ liệu còn tồn tại. Thời hạn hoàn thành: trước ngày 15/5/2026."),
  R(4, `${TC} thẩm định, tham mưu bố trí kinh phí tổ chức khảo sát SIPAS năm 2026 từ nguồn chi thường xuyên của ` +
    `${NV}; xong trong quý II năm 2026.`),
  R(5, "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động hội viên, " +
    "đoàn viên, nhân dân tham gia trả lời phiếu khảo sát trực tuyến khách quan, trung thực; thời gian: tháng " +
    "5/2026."),
  R(6, `${BAO} mở chuyên mục về cải cách hành chính, đăng tải, phát sóng thường xuyên các tin, bài về kết quả ` +
    "giải quyết thủ tục hành chính; thực hiện phóng sự chuyên đề về khảo sát SIPAS năm 2026, phát sóng trước ngày " +
    "20/6/2026."),
  R(7, `${XA}:`),
  L(0, "Niêm yết công khai số điện thoại đường dây nóng, hộp thư góp ý và mã QR khảo sát tại Bộ phận Một cửa; hoàn " +
    "thành đầu tháng 4/2026.", "xa"),
  L(1, "Bố trí công chức hướng dẫn, hỗ trợ người dân trả lời phiếu trong thời gian khảo sát.", "xa"),
  L(2, `Tự kiểm tra việc tiếp nhận, trả kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa, báo cáo ${NV} ` +
    "cuối tháng 6/2026.", "xa"),
  R(8, `${CA} chủ trì, phối hợp với ${XA} làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính, thanh ` +
    "toán trực tuyến; hoàn thành trong 6 tháng đầu năm 2026."),
  R(9, `Giao ${NV} theo dõi, đôn đốc các cơ quan, đơn vị thực hiện văn bản này; tổng hợp, báo cáo Chủ tịch UBND ` +
    "tỉnh những trường hợp chậm trễ."),
  P("Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện; kết " +
    "quả thực hiện là căn cứ đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của cơ quan, đơn vị./."),
  ...sign(["Như trên", "Bộ Nội vụ (b/c)", "TT. Tỉnh ủy; TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Cổng Thông tin điện tử tỉnh"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const tasks = [
  task("1", "rà soát, lập danh sách cán bộ, công chức, viên chức và danh sách tổ chức, cá nhân", "2026-04-09",
    ["@departments", XA]),
  task("2.a", "xây dựng phương án chọn mẫu, phát và thu phiếu khảo sát SIPAS năm 2026", "2026-04-30", [NV], [BD]),
  task("2.b", "Tập huấn nghiệp vụ khảo sát cho điều tra viên và cán bộ đầu mối", "2026-04-21", [NV]),
  task("2.c", "Tổ chức phát phiếu khảo sát trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh", "2026-05-29", [NV]),
  task("2.d", "Tổng hợp, phân tích kết quả khảo sát, đề xuất giải pháp khắc phục", "2026-06-30", [NV]),
  task("3", "bảo đảm Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh vận hành thông suốt", "2026-05-14",
    [VP, KC]),
  task("4", "thẩm định, tham mưu bố trí kinh phí tổ chức khảo sát SIPAS năm 2026", "2026-06-30", [TC]),
  task("5", "tuyên truyền, vận động hội viên, đoàn viên, nhân dân tham gia trả lời phiếu khảo sát", "2026-05-31",
    [MT, CTXH]),
  task("6", "thực hiện phóng sự chuyên đề về khảo sát SIPAS năm 2026", "2026-06-19", [BAO]),
  task("7.a", "Niêm yết công khai số điện thoại đường dây nóng, hộp thư góp ý", "2026-04-10", [XA]),
  task("7.c", "Tự kiểm tra việc tiếp nhận, trả kết quả giải quyết thủ tục hành chính", "2026-06-30", [XA]),
  task("8", "làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính", "2026-06-30", [CA], [XA]),
];

const DATES = "1 TWO LEADS 'Các sở, ban, ngành tỉnh' = @departments and 'UBND các xã, phường' (UBND cấp xã, " +
  "unresolved); 'từ ngày 01/10/2025 đến ngày 28/02/2026' is the lists' period, the due is 'gửi Sở Nội vụ trước " +
  "ngày 10/4/2026' 09/4 (Sở Nội vụ a recipient); 2 heading 'Sở Nội vụ:' leads a)-d): 2.a 'trong tháng 4/2026' " +
  "30/4 (holidays 30/4, 01/5, then Sat, Sun) -> 04/5, coord Bưu điện tỉnh; 2.b 'tuần thứ ba của tháng 4/2026' day " +
  "21 = 21/4; 2.c 'từ ngày 04/5 đến ngày 29/5/2026' 29/5; 2.d 'chậm nhất ngày 30/6/2026' 30/6; 3 TWO LEADS 'Văn " +
  "phòng UBND tỉnh, Sở Khoa học và Công nghệ', 'Thời hạn hoàn thành: trước ngày 15/5/2026' (next sentence) 14/5; " +
  "4 'trong quý II năm 2026' 30/6; 5 'Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh' " +
  "(the group names no unit: unresolved as written), 'tháng 5/2026' 31/5 Sun -> 01/6; 6 'thường xuyên' part no " +
  "task, the phóng sự 'trước ngày 20/6/2026' 19/6; 7 heading 'UBND các xã, phường:' leads: 7.a 'đầu tháng 4/2026' " +
  "= 10/4; 7.b undated, no task; 7.c 'cuối tháng 6/2026' 30/6; 8 'trong 6 tháng đầu năm 2026' 30/6, coord UBND " +
  "các xã, phường; 9 undated, no task.";

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Công văn 612/UBND-NC of UBND tỉnh Lai Châu, 23/3/2026 (after the reorganisation: no districts, " +
      "communes not imported, merged press). HABIT: a CÔNG VĂN, no Kế hoạch: 'V/v triển khai …' under the number, " +
      "'Kính gửi:' list, preamble, 'Chủ tịch UBND tỉnh yêu cầu:' then numbered requests 1.-9. (ref n, or n.x for " +
      "the letter items under '2. Sở Nội vụ:' and '7. UBND các xã, phường:'), several addressed to several units " +
      "at once. The plan number and date are the công văn's. " + DATES +
      " plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "612/UBND-NC", date: "2026-03-23" },
    tasks, unresolved: [XA, CTXH], successors: [],
  },
});
