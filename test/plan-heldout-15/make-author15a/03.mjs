// 03: Lai Châu 2025 — a Công văn written as a letter to one unit ("Kính gửi: Sở Nội vụ … đề nghị Quý cơ quan …").
import { build, task } from "./lib.mjs";
import { sign } from "./head.mjs";

const ID = "03-lai-chau-2025-letter-to-one-unit";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const KH = "Sở Khoa học và Công nghệ";
const X = "UBND cấp xã";
const LT = "Trung tâm Lưu trữ lịch sử tỉnh";
// [paragraph, due | null, coordinators[], title]
const P = [
  ["Chủ trì tham mưu UBND tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của " +
    "Sở Nội vụ sau khi tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về lao động, người có công và xã hội; " +
    "trình UBND tỉnh trước ngày 30/8/2025.", "2025-08-29", [],
  "Tham mưu ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ " +
    "cấu tổ chức của Sở Nội vụ"],
  ["Chủ trì, phối hợp với Sở Tài chính thẩm định, hoàn thành việc giải quyết chế độ, chính sách đối với cán bộ, " +
    "công chức, viên chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP (đợt 3) chậm nhất ngày 15/9/2025.",
    "2025-09-15", [TC],
  "Giải quyết chế độ, chính sách đối với cán bộ, công chức, viên chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP " +
    "(đợt 3)"],
  ["Khẩn trương tiếp nhận nguyên trạng hồ sơ, tài liệu, cơ sở dữ liệu thuộc lĩnh vực lao động, người có công và xã " +
    "hội; bảo đảm không để gián đoạn việc giải quyết chế độ cho người dân.", null, [], ""],
  ["Hướng dẫn việc bố trí, sắp xếp công chức chuyên môn tại các xã, phường sau sắp xếp đơn vị hành chính; hoàn " +
    "thành trong tháng 9/2025.", "2025-09-30", [], "Hướng dẫn bố trí, sắp xếp công chức chuyên môn tại các xã, phường"],
  ["Rà soát số lượng người làm việc trong các đơn vị sự nghiệp công lập thuộc tỉnh, phối hợp với Sở Tài chính báo " +
    "cáo UBND tỉnh trước ngày 05/10/2025.", "2025-10-04", [TC],
  "Rà soát số lượng người làm việc trong các đơn vị sự nghiệp công lập thuộc tỉnh"],
  ["Tổ chức tập huấn nghiệp vụ công tác thi đua, khen thưởng và công tác dân tộc, tôn giáo cho công chức cấp xã; " +
    "thời gian trước ngày 20/10/2025.", "2025-10-19", [],
  "Tập huấn nghiệp vụ thi đua, khen thưởng cho công chức cấp xã"],
  ["Chủ trì, phối hợp với UBND các xã, phường rà soát, cập nhật danh sách đối tượng bảo trợ xã hội, hộ nghèo, hộ cận " +
    "nghèo sau sắp xếp; xong ngày 30/10/2025.", "2025-10-30", [X],
  "Rà soát, cập nhật danh sách đối tượng bảo trợ xã hội, hộ nghèo, hộ cận nghèo sau sắp xếp"],
  ["Phối hợp với Sở Thông tin và Truyền thông cập nhật, làm sạch dữ liệu cán bộ, công chức, viên chức trên Cơ sở dữ " +
    "liệu quốc gia; hoàn thành ngày 31/10/2025.", "2025-10-31", [KH],
  "Cập nhật, làm sạch dữ liệu cán bộ, công chức, viên chức trên Cơ sở dữ liệu quốc gia"],
  ["Chủ trì, phối hợp với Trung tâm Lưu trữ lịch sử tỉnh kiểm tra công tác văn thư, lưu trữ tại 10 xã, phường; hoàn " +
    "thành trước ngày 15/11/2025.", "2025-11-14", [LT], "Kiểm tra công tác văn thư, lưu trữ tại 10 xã, phường"],
  ["Phối hợp với UBND các xã, phường tổ chức kỳ tuyển dụng công chức cấp xã năm 2025, hoàn thành trong tháng " +
    "11/2025.", "2025-11-30", [X], "Tổ chức tuyển dụng công chức cấp xã năm 2025"],
  ["Xây dựng Đề án vị trí việc làm, cơ cấu ngạch công chức của các cơ quan hành chính cấp tỉnh, cấp xã; trình UBND " +
    "tỉnh trong quý IV/2025.", "2025-12-31", [], "Xây dựng Đề án vị trí việc làm, cơ cấu ngạch công chức"],
  ["Tham mưu phương án sắp xếp các hội có tính chất đặc thù cấp tỉnh, cấp xã; hoàn thành trong năm 2025.",
    "2025-12-31", [], "Tham mưu phương án sắp xếp các hội có tính chất đặc thù"],
  ["Định kỳ hằng tháng (trước ngày 25) báo cáo tiến độ giải quyết chế độ, chính sách cho người nghỉ việc về UBND " +
    "tỉnh (qua Văn phòng UBND tỉnh).", null, [], ""],
  ["Tổng hợp kết quả thực hiện các nội dung trên, báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 10/12/2025.",
    "2025-12-09", [], "Tổng hợp, báo cáo kết quả thực hiện các nội dung của Công văn"],
];
const tasks = [];
const body = P.map(([text, due, coord, title], i) => {
  if (due) tasks.push(task(String(i + 1), title, due, [NV], coord));
  return { t: "p", num: `${i + 1}.`, list: { kind: "decimal", inst: 1 }, text };
});
const blocks = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 3120/UBND-NC\nV/v triển khai một số nhiệm vụ của Sở Nội vụ sau hợp nhất", align: "center" },
    { text: "Lai Châu, ngày 18 tháng 8 năm 2025", italic: true, align: "center" }],
  ] },
  { t: "p", text: "Kính gửi: Sở Nội vụ tỉnh Lai Châu.", align: "center", indent: false },
  { t: "p", text: "Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng; Kết luận số " +
    "186-KL/TW ngày 02/8/2025 của Bộ Chính trị; để kịp thời ổn định tổ chức, bảo đảm hoạt động thông suốt sau hợp " +
    "nhất, Chủ tịch UBND tỉnh đề nghị Quý cơ quan khẩn trương thực hiện một số nội dung sau:" },
  ...body,
  { t: "p", text: "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện. Đề nghị Quý cơ quan quan tâm, phối hợp " +
    "thực hiện./." },
  ...sign(["Như trên", "Chủ tịch, các PCT UBND tỉnh", "Sở Tài chính", "Sở Khoa học và Công nghệ", "V, C, NC"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];
const style = "Công văn 3120/UBND-NC Lai Châu 18/8/2025 (after the reorganisation; communes), a letter to one unit: " +
  "'Kính gửi: Sở Nội vụ tỉnh Lai Châu … đề nghị Quý cơ quan …' then numbered paragraphs 1-14. Every task's lead is " +
  "the addressee, Sở Nội vụ; 'phối hợp với X' names coordinators; 'báo cáo / trình UBND tỉnh (qua Văn phòng UBND " +
  "tỉnh)' names recipients. ref = paragraph number. 3 (no date, 'khẩn trương') and 13 ('định kỳ hằng tháng') left " +
  "out. 'trước ngày 30/8' -> 29/8; 'trước ngày 05/10' -> 4/10 Sat -> 6/10; 'trước ngày 20/10' -> 19/10 Sun -> " +
  "20/10; 'tháng 11/2025' -> 30/11 Sun -> 1/12; 'quý IV', 'trong năm 2025' -> 31/12. Paragraph 8 writes the old " +
  "'Sở Thông tin và Truyền thông' -> Sở Khoa học và Công nghệ (successors). 'Phối hợp với X …' (8, 10) opening " +
  "a paragraph: the addressee does the work with X, so X coordinates. " +
  "'UBND các xã, phường' -> 'UBND cấp xã' (unresolved); 'Trung tâm Lưu trữ lịch sử tỉnh' unresolved. Titles are " +
  "the work without its time words. PDF: WeasyPrint.";
await build(DIR, { blocks, printer: "weasyprint", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "3120/UBND-NC", date: "2025-08-18" }, tasks, quotas: [], unresolved: [X, LT],
  successors: [{ written: "Sở Thông tin và Truyền thông", unit: KH }] } });
