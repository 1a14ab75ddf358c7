// 02's Phụ lục II: a schedule of meetings and trainings, with "Thành phần tham dự" (who attends) and
// "Địa điểm" columns beside the lead and partner columns.
import { P, T } from "./lib.mjs";
import { c } from "./parts.mjs";

// ---- Phụ lục II (portrait) ---------------------------------------------------------------
const W2 = [500, 2300, 1250, 1300, 1600, 1121, 1000];
const head2 = [
  "TT",
  "Nội dung",
  "Đơn vị chủ trì",
  "Đơn vị phối hợp",
  "Thành phần tham dự",
  "Thời gian",
  "Địa điểm",
].map((h) => c(h, { bold: true }));
const mrow = (...cells) =>
  cells.map((x, i) => (i === 1 || i === 4 ? { paras: [P(x, { noIndent: true, left: true })] } : c(x)));
const table3 = T(
  W2,
  [
    head2,
    mrow(
      "1",
      "Hội nghị triển khai Kế hoạch cải cách hành chính năm 2025",
      "Sở Nội vụ",
      "Văn phòng UBND tỉnh",
      "Lãnh đạo các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố",
      "Ngày 25/3/2025",
      "Hội trường UBND tỉnh",
    ),
    mrow(
      "2",
      "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính, vận hành Hệ thống thông tin giải quyết thủ tục hành chính",
      "Văn phòng UBND tỉnh",
      "Sở Thông tin và Truyền thông",
      "Công chức đầu mối kiểm soát thủ tục hành chính các sở, ban, ngành, UBND các huyện, thành phố",
      "Thứ Bảy, ngày 26/4/2025",
      "Trung tâm Phục vụ hành chính công tỉnh",
    ),
    mrow(
      "3",
      "Tập huấn tự đánh giá, chấm điểm Chỉ số cải cách hành chính",
      "Sở Nội vụ",
      "",
      "Công chức phụ trách cải cách hành chính các cơ quan, đơn vị",
      "Tháng 6/2025",
      "Trực tuyến",
    ),
    mrow(
      "4",
      "Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính",
      "Sở Kế hoạch và Đầu tư",
      "Hiệp hội Doanh nghiệp tỉnh",
      "Đại diện các doanh nghiệp, hợp tác xã; Sở Tư pháp",
      "Quý III/2025",
      "Hội trường Sở Kế hoạch và Đầu tư",
    ),
    mrow(
      "5",
      "Hội nghị sơ kết 6 tháng công tác cải cách hành chính",
      "Sở Nội vụ",
      "Văn phòng UBND tỉnh",
      "Thành viên Ban Chỉ đạo cải cách hành chính tỉnh",
      "Ngày 18/7/2025",
      "Hội trường UBND tỉnh",
    ),
    mrow(
      "6",
      "Hội nghị tổng kết công tác cải cách hành chính năm 2025",
      "Sở Nội vụ",
      "Văn phòng UBND tỉnh",
      "Theo giấy mời",
      "Theo Thông báo của UBND tỉnh",
      "Hội trường UBND tỉnh",
    ),
  ],
  { header: 1, size: 22 },
);
export const appendix2 = [
  P("Phụ lục II", { center: true, bold: true, noIndent: true }),
  P("LỊCH TỔ CHỨC HỘI NGHỊ, TẬP HUẤN VỀ CẢI CÁCH HÀNH CHÍNH NĂM 2025", { center: true, bold: true, noIndent: true }),
  P("(Kèm theo Kế hoạch số 718/KH-UBND ngày 14/3/2025 của UBND tỉnh Lai Châu)", {
    center: true,
    italic: true,
    noIndent: true,
  }),
  table3,
  P(
    "Ghi chú: Thời gian cụ thể của từng hội nghị, tập huấn có thể được điều chỉnh; đơn vị chủ trì thông báo bằng văn bản trước ít nhất 05 ngày làm việc.",
    { italic: true, noIndent: true, size: 24 },
  ),
];
