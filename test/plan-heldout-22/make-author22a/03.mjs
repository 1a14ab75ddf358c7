// 03: Bắc Kạn 2024 (before the reorganisation; a commune of huyện Chợ Đồn) — UBND xã Bản Thi's plan for forest fire
// prevention in the dry season 2024-2025, the yearly plan every forest commune in the north issues in November. The
// header block and title are one column; a continuous section break then sets the body in TWO newspaper columns
// (w:cols num=2 in Word; CSS columns in the print), and another continuous break returns to one column for Nơi nhận
// and the signature. The commune's own civil servants are named by their posts ("công chức Địa chính - Nông
// nghiệp xã"), with village heads, the forest ranger of the area, the commune police and military command.
// plan.pdf: WeasyPrint from the model's HTML (two columns of text on each page).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-bac-kan-2024-commune-forest-fire-plan-two-newspaper-columns";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const DC = "Công chức Địa chính - Nông nghiệp xã";
const VH = "Công chức Văn hóa - Xã hội xã";
const KL = "Kiểm lâm địa bàn";
const TT = "Trưởng các thôn";
const CA = "Công an xã";
const QS = "Ban Chỉ huy quân sự xã";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n3 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III" } });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I");
const d2 = dash("II");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nXÃ BẢN THI", "Số: 96/KH-UBND", "Bản Thi, ngày 08 tháng 11 năm 2024", "KẾ HOẠCH",
    "Phòng cháy, chữa cháy rừng mùa khô hanh năm 2024 - 2025"),
  { t: "sect", cols: 1 },
  plain("Thực hiện Kế hoạch số 418/KH-UBND ngày 28/10/2024 của UBND huyện Chợ Đồn về phòng cháy, chữa cháy rừng mùa " +
    "khô hanh năm 2024 - 2025, UBND xã Bản Thi xây dựng Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Chủ động phòng ngừa, phát hiện sớm và xử lý kịp thời các vụ cháy rừng theo phương châm \"bốn tại chỗ\"; không " +
    "để xảy ra cháy rừng lớn."),
  d1("Nâng cao trách nhiệm của chủ rừng, hộ gia đình nhận khoán bảo vệ rừng và người dân sống gần rừng."),
  sec("II.", "TÌNH HÌNH VÀ DỰ BÁO"),
  d2("Toàn xã có 3.215 ha rừng, trong đó rừng phòng hộ 1.040 ha, rừng sản xuất 2.175 ha; các vùng trọng điểm cháy " +
    "tại thôn Nà Pồng, Bản Cậu, Khuổi Dấu."),
  d2("Mùa khô hanh năm 2024 - 2025 dự báo từ tháng 11/2024 đến hết tháng 4/2025, cao điểm từ tháng 01 đến tháng " +
    "3/2025, trùng thời điểm người dân đốt nương, phát rẫy."),
  d2("Mùa khô năm trước, xã đã tu sửa 3,2 km đường băng cản lửa và tổ chức diễn tập tại thôn Khuổi Dấu (tháng " +
    "12/2023); không xảy ra cháy rừng."),
  sec("III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  n3("1.", "Giao công chức Địa chính - Nông nghiệp xã tham mưu UBND xã kiện toàn Ban Chỉ huy phòng cháy, chữa cháy " +
    "rừng xã, phân công thành viên phụ trách từng thôn; xong trước ngày 20/11/2024."),
  n3("2.", "Trưởng các thôn chủ trì, phối hợp với Kiểm lâm địa bàn rà soát, xây dựng phương án phòng cháy, chữa cháy " +
    "rừng của thôn, xác định vị trí chòi canh, nguồn nước; hoàn thành trong tháng 11/2024."),
  n3("3.", "Công chức Văn hóa - Xã hội xã tuyên truyền thường xuyên trên hệ thống loa truyền thanh các thôn; phối hợp " +
    "với Trưởng các thôn tổ chức cho 100% hộ gia đình có rừng, nhận khoán bảo vệ rừng ký cam kết phòng cháy, chữa " +
    "cháy rừng, xong trước ngày 15/12/2024."),
  n3("4.", "Trưởng thôn Nà Pồng, Trưởng thôn Bản Cậu vận động Nhân dân phát dọn thực bì, tu sửa 4,5 km đường băng cản " +
    "lửa tại khu rừng Phja Khao; hoàn thành trước ngày 31/12/2024."),
  n3("5.", "Ban Chỉ huy quân sự xã chủ trì, phối hợp với Công an xã, Kiểm lâm địa bàn tổ chức diễn tập chữa cháy rừng " +
    "cấp xã tại thôn Nà Pồng trong tháng 12/2024."),
  n3("6.", "Thành viên Ban Chỉ huy phòng cháy, chữa cháy rừng xã và lực lượng dân quân trực 24/24 giờ tại trụ sở UBND " +
    "xã và các chòi canh trong thời gian cao điểm; khi có cháy phải báo cáo ngay Chủ tịch UBND xã."),
  n3("7.", "Công an xã lập danh sách các hộ có nguy cơ gây cháy rừng (đốt nương, phát rẫy gần rừng), gửi Ban Chỉ huy " +
    "phòng cháy, chữa cháy rừng xã trước ngày 30/11/2024; phối hợp xử lý các vụ vi phạm."),
  n3("8.", "Công chức Địa chính - Nông nghiệp xã chủ trì, phối hợp với Kiểm lâm địa bàn kiểm tra, bổ sung dụng cụ " +
    "chữa cháy (bàn dập lửa, dao phát, can đựng nước) tại các thôn trọng điểm trước ngày 15/01/2025."),
  n3("9.", "Công chức Địa chính - Nông nghiệp xã báo cáo tình hình hằng tháng; tổng hợp, báo cáo UBND huyện (qua Hạt " +
    "Kiểm lâm Chợ Đồn) kết quả phòng cháy, chữa cháy rừng mùa khô hanh trước ngày 15/5/2025."),
  n3("10.", "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể tuyên truyền, vận động hội viên tham gia bảo vệ rừng."),
  plain("Trên đây là Kế hoạch phòng cháy, chữa cháy rừng mùa khô hanh năm 2024 - 2025 của UBND xã Bản Thi; yêu cầu các " +
    "bộ phận, thôn triển khai thực hiện./."),
  { t: "sect", cols: 2, type: "continuous" },
  ...sign(["UBND huyện Chợ Đồn (b/c)", "Hạt Kiểm lâm huyện (b/c)", "TT Đảng ủy, TT HĐND xã", "CT, các PCT UBND xã",
    "Các thành viên BCH PCCCR xã", "Các thôn"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Ma Văn Sinh"),
];

const tasks = [
  task("III.1", "Tham mưu kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng xã, phân công thành viên phụ trách từng " +
    "thôn", "2024-11-19", [DC]),
  task("III.2", "Rà soát, xây dựng phương án phòng cháy, chữa cháy rừng của thôn", "2024-11-30", [TT], [KL]),
  task("III.3", "Tổ chức cho hộ gia đình có rừng, nhận khoán bảo vệ rừng ký cam kết phòng cháy, chữa cháy rừng",
    "2024-12-14", [VH], [TT]),
  task("III.4", "Phát dọn thực bì, tu sửa 4,5 km đường băng cản lửa tại khu rừng Phja Khao", "2024-12-30",
    ["Trưởng thôn Nà Pồng", "Trưởng thôn Bản Cậu"]),
  task("III.5", "Tổ chức diễn tập chữa cháy rừng cấp xã tại thôn Nà Pồng", "2024-12-31", [QS], [CA, KL]),
  task("III.7", "Lập danh sách các hộ có nguy cơ gây cháy rừng", "2024-11-29", [CA]),
  task("III.8", "Kiểm tra, bổ sung dụng cụ chữa cháy tại các thôn trọng điểm", "2025-01-14", [DC], [KL]),
  task("III.9", "Tổng hợp, báo cáo kết quả phòng cháy, chữa cháy rừng mùa khô hanh", "2025-05-14", [DC]),
];

await build(DIR, {
  blocks, printer: "weasyprint", lastType: "continuous",
  css: "table.nb tr:only-child td:first-child{text-align:left;font-size:11pt}@page{size:A4;margin:2cm 1.8cm 2cm 2.3cm}.sec-1{columns:2;column-gap:0.8cm;font-size:12pt}" +
    ".sec-1 p{text-indent:0.6cm;hyphens:manual}table.nb td{font-size:12.5pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 96/KH-UBND of UBND xã Bản Thi (Bắc Kạn, huyện Chợ Đồn, before the reorganisation; 08/11/2024): " +
      "forest fire prevention for the dry season 2024-2025. Header block and title in one column; a continuous " +
      "section break sets the whole body in two newspaper columns (Word w:cols num=2; the PDF, printed by " +
      "WeasyPrint, has two text columns per page, so pdftotext -layout shows the columns side by side); a second " +
      "continuous break returns to one column for Nơi nhận | signature. I aims, II forecast (the dry season 'từ " +
      "tháng 11/2024 đến hết tháng 4/2025' and last year's done work are no tasks), III ten numbered paragraphs, " +
      "ref III.n. Units are the commune's posts and bodies as written (unresolved): 'Giao công chức Địa chính - " +
      "Nông nghiệp xã tham mưu' (lead), 'Trưởng các thôn chủ trì, phối hợp với Kiểm lâm địa bàn', two named " +
      "village heads (III.4), 'Ban Chỉ huy quân sự xã chủ trì, phối hợp với Công an xã, Kiểm lâm địa bàn'. III.3's " +
      "first clause is 'thường xuyên' (out) and its second clause 'phối hợp với Trưởng các thôn … xong trước ngày " +
      "15/12' has no chủ trì: the paragraph's subject leads, Trưởng các thôn coordinates. III.6 (24/24 duty in the " +
      "peak), III.7's second clause, III.9's monthly reports, III.10 (request to the Front) out. Dates: 'trước " +
      "ngày 20/11' -> 19/11; 'trong tháng 11/2024' -> 30/11 Sat -> 2/12; 'trước ngày 15/12' -> 14/12 Sat -> 16/12; " +
      "'trước ngày 31/12' -> 30/12; 'trong tháng 12/2024' -> 31/12; 'trước ngày 30/11' -> 29/11; 'trước ngày " +
      "15/01/2025' -> 14/1; 'trước ngày 15/5/2025' -> 14/5. 'gửi Ban Chỉ huy …', 'báo cáo UBND huyện (qua Hạt Kiểm " +
      "lâm Chợ Đồn)', 'tham mưu UBND xã' are recipients. PDF: WeasyPrint.",
    province: "Bắc Kạn",
    plan: { number: "96/KH-UBND", date: "2024-11-08" },
    tasks,
    unresolved: [DC, VH, KL, TT, CA, QS, "Trưởng thôn Nà Pồng", "Trưởng thôn Bản Cậu"],
    successors: [],
  },
});
