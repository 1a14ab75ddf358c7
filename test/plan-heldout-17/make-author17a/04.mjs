// 04: Lai Châu 2025 (after the reorganisation) — a Công văn on the last quarter's key tasks, each paragraph naming
// its unit and a date typed as offices type them: "15-10", "31.10", "ngày 20 tháng 11", once "15-11-2025"; the year
// is only in the heading (V/v … quý IV năm 2025), and one date falls in January of the next year ("15.01 năm sau").
// Dates that are not deadlines are typed the same way (from 01-7-2025, applied from 01-01-2026, starting 01-10).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-lai-chau-2025-dash-dot-dates-year-in-heading";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính";
const NNMT = "Sở Nông nghiệp và Môi trường";
const S = "@departments";
const X = "UBND cấp xã";
// [text, title, due | null, lead[], coord[]]
const P = [
  ["Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát tiến độ giải ngân vốn đầu tư công năm 2025 của " +
    "từng dự án, đề xuất điều chuyển vốn từ dự án chậm giải ngân; hoàn thành trước 15-10.", "Rà soát tiến độ giải " +
    "ngân vốn đầu tư công năm 2025 của từng dự án, đề xuất điều chuyển vốn từ dự án chậm giải ngân", "2025-10-14",
  [TC], [S]],
  ["Sở Nông nghiệp và Môi trường đôn đốc các xã, phường hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu " +
    "cho hộ gia đình, cá nhân đủ điều kiện, chậm nhất ngày 31.10.", "Hoàn thành cấp giấy chứng nhận quyền sử dụng " +
    "đất lần đầu cho hộ gia đình, cá nhân đủ điều kiện", "2025-10-31", [NNMT], []],
  ["Sở Tài nguyên và Môi trường rà soát, xây dựng bảng giá đất áp dụng từ ngày 01-01-2026, trình UBND tỉnh " +
    "trước ngày 20 tháng 11.", "Rà soát, xây dựng bảng giá đất áp dụng từ ngày 01-01-2026", "2025-11-19", [NNMT], []],
  ["Sở Nội vụ hoàn thiện hồ sơ xét tuyển công chức cấp xã đợt 2, xong trước ngày 30.11.", "Hoàn thiện hồ sơ xét " +
    "tuyển công chức cấp xã đợt 2", "2025-11-29", ["Sở Nội vụ"], []],
  ["Sở Giáo dục và Đào tạo kiểm tra cơ sở vật chất các trường phổ thông dân tộc bán trú tại các xã biên giới, " +
    "hoàn thành 15-11-2025.", "Kiểm tra cơ sở vật chất các trường phổ thông dân tộc bán trú tại các xã biên giới",
  "2025-11-15", ["Sở Giáo dục và Đào tạo"], []],
  ["Sở Y tế phối hợp với Bảo hiểm xã hội tỉnh triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh; xong ngày " +
    "31.12.", "Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh", "2025-12-31", ["Sở Y tế"],
  ["Bảo hiểm xã hội tỉnh"]],
  ["Sở Khoa học và Công nghệ đưa Nền tảng số phục vụ chính quyền hai cấp vào vận hành chính thức trước 01.12.",
    "Đưa Nền tảng số phục vụ chính quyền hai cấp vào vận hành chính thức", "2025-11-30", ["Sở Khoa học và Công nghệ"],
    []],
  ["Công an tỉnh hoàn thành làm sạch dữ liệu dân cư phục vụ cấp đổi giấy tờ sau sắp xếp đơn vị hành chính trong " +
    "tháng 10.", "Làm sạch dữ liệu dân cư phục vụ cấp đổi giấy tờ sau sắp xếp đơn vị hành chính", "2025-10-31",
  ["Công an tỉnh"], []],
  ["UBND các xã, phường kiểm kê tài sản công tiếp nhận từ cấp huyện (đã kết thúc hoạt động từ 01-7-2025), báo cáo " +
    "Sở Tài chính trước ngày 10 tháng 12.", "Kiểm kê tài sản công tiếp nhận từ cấp huyện", "2025-12-09", [X], []],
  ["Sở Công Thương xây dựng Kế hoạch bảo đảm cung ứng hàng hóa dịp Tết Nguyên đán Bính Ngọ, trình UBND tỉnh " +
    "trước 05-12.", "Xây dựng Kế hoạch bảo đảm cung ứng hàng hóa dịp Tết Nguyên đán Bính Ngọ", "2025-12-04",
  ["Sở Công Thương"], []],
  ["Báo và Phát thanh, Truyền hình Lai Châu mở chuyên mục về chính quyền địa phương hai cấp, bắt đầu từ 01-10.",
    null, null, [], []],
  ["Sở Xây dựng phối hợp với Sở Tài chính đẩy nhanh thi công tuyến đường nối trung tâm tỉnh với cửa khẩu Ma Lù " +
    "Thàng, phấn đấu thông xe kỹ thuật trước 19.12.", "Đẩy nhanh thi công tuyến đường nối trung tâm tỉnh với cửa " +
    "khẩu Ma Lù Thàng, thông xe kỹ thuật", "2025-12-18", ["Sở Xây dựng"], [TC]],
  ["Thanh tra tỉnh hoàn thành các cuộc thanh tra theo kế hoạch năm, ban hành kết luận chậm nhất 25-12.",
    "Hoàn thành các cuộc thanh tra theo kế hoạch năm, ban hành kết luận", "2025-12-25", ["Thanh tra tỉnh"], []],
  ["Văn phòng UBND tỉnh tổng hợp báo cáo tình hình kinh tế - xã hội năm, trình UBND tỉnh trước ngày 15.01 năm sau.",
    "Tổng hợp báo cáo tình hình kinh tế - xã hội năm", "2026-01-14", ["Văn phòng UBND tỉnh"], []],
  ["Các sở, ngành, UBND các xã, phường báo cáo kết quả thực hiện về Văn phòng UBND tỉnh hằng tháng (trước ngày 20) " +
    "để tổng hợp.", null, null, [], []],
];
const tasks = [];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 3480/UBND-TH\nV/v tập trung thực hiện các nhiệm vụ trọng tâm quý " +
    "IV năm 2025", "Lai Châu, ngày 22 tháng 9 năm 2025", "", ""),
].filter((b) => b.text !== "");
blocks.push(
  { t: "p", text: "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường.", align: "center", indent: false },
  { t: "p", text: "Để hoàn thành các chỉ tiêu kinh tế - xã hội năm 2025 trong điều kiện chính quyền địa phương hai " +
    "cấp vận hành từ 01-7-2025, Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị tập trung thực hiện một số nhiệm " +
    "vụ sau:" },
);
P.forEach(([text, title, due, lead, coord], i) => {
  blocks.push({ t: "p", text, num: `${i + 1}.`, list: { kind: "decimal", inst: 1 } });
  if (due) tasks.push(task(String(i + 1), title, due, lead, coord));
});
blocks.push(
  { t: "p", text: "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./." },
  ...sign(["Như trên", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Lãnh đạo VP"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
);
const style = "Công văn 3480/UBND-TH Lai Châu 22/9/2025 (after the reorganisation: communes, merged departments; no " +
  "communes.json), V/v … quý IV năm 2025, Kính gửi; paragraphs 1-15 (auto docx: numbering.xml), unit first in " +
  "each. Dates typed with dashes, dots or words, the year only in the heading: 'trước 15-10' -> 14/10; 'chậm " +
  "nhất ngày 31.10' -> 31/10; 'trước ngày 20 tháng 11' -> 19/11; 'xong trước ngày 30.11' -> 29/11 Sat -> 1/12; " +
  "'hoàn thành 15-11-2025' -> 15/11 Sat -> 17/11; 'xong ngày 31.12'; 'trước 01.12' -> 30/11 Sun -> 1/12; 'trong " +
  "tháng 10' -> 31/10; 'trước ngày 10 tháng 12' -> 9/12; 'trước 05-12' -> 4/12; 'trước 19.12' -> 18/12; 'chậm nhất " +
  "25-12'; 'trước ngày 15.01 năm sau' -> 14/1/2026. Not deadlines: 'từ 01-7-2025', 'áp dụng từ 01-01-2026' (3 is " +
  "due 19/11), 11 'bắt đầu từ 01-10' (start only, left out), 15 monthly. 3 writes the old Sở Tài nguyên và Môi " +
  "trường -> Sở Nông nghiệp và Môi trường. 'báo cáo/trình X' = recipient. PDF: Chromium.";
const css = "table.nb td{font-size:12pt}table.nb td+td{width:60%}";
await build(DIR, { blocks, printer: "chromium", css, expected: { id: ID, style,
  province: "Lai Châu",
  plan: { number: "3480/UBND-TH", date: "2025-09-22" }, tasks, quotas: [], unresolved: [X],
  successors: [{ written: "Sở Tài nguyên và Môi trường", unit: NNMT }] } });
