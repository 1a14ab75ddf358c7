// 01: Bắc Kạn 2023 (before the reorganisation) — a Báo cáo on six months of administrative reform whose last part
// ("phương hướng, nhiệm vụ 6 tháng cuối năm") mixes what is already done (past dates) with what is still to do: only
// the future, dated items are tasks. Part I reports results with dates of their own; none is a task.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-bac-kan-2023-report-last-part-done-and-next-mixed";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const S = "@departments";
const D = "@districts";
const roman = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });
const item = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const i1 = item("I");
const i3 = item("III");
// [paragraph, title | null, due | null, lead, coordinators]
const NEXT = [
  ["Sở Nội vụ đã tham mưu UBND tỉnh công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành và UBND " +
    "các huyện, thành phố (Quyết định số 812/QĐ-UBND ngày 05/5/2023). Trong 6 tháng cuối năm, Sở Nội vụ chủ trì " +
    "hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023, hoàn thành trước " +
    "ngày 15/11/2023.", "Hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023",
  "2023-11-14", [NV], []],
  ["Việc rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước của tỉnh đã hoàn " +
    "thành ngày 28/4/2023, cắt giảm 17 thủ tục; kết quả đã báo cáo Văn phòng Chính phủ.", null, null],
  ["Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát các văn bản quy phạm pháp luật do HĐND, UBND " +
    "tỉnh ban hành còn quy định thủ tục hành chính không còn phù hợp, báo cáo UBND tỉnh chậm nhất ngày " +
    "30/9/2023.", "Rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành còn quy định thủ tục " +
    "hành chính không còn phù hợp", "2023-09-30", ["Sở Tư pháp"], [VP]],
  ["Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đã vận hành ổn định từ ngày 01/3/2023; Văn phòng UBND " +
    "tỉnh tiếp tục theo dõi, hỗ trợ các cơ quan trong quá trình sử dụng.", null, null],
  ["Sở Thông tin và Truyền thông chủ trì nâng cấp Trục liên thông văn bản của tỉnh kết nối với Trục liên thông " +
    "văn bản quốc gia phiên bản mới; thời gian hoàn thành trong tháng 10/2023.", "Nâng cấp Trục liên thông văn " +
    "bản của tỉnh kết nối với Trục liên thông văn bản quốc gia phiên bản mới", "2023-10-31",
  ["Sở Thông tin và Truyền thông"], []],
  ["Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thẩm định phương án tự chủ tài chính của các đơn vị sự nghiệp " +
    "công lập giai đoạn 2023 - 2025, trình UBND tỉnh trước ngày 31/8/2023.", "Thẩm định phương án tự chủ tài " +
    "chính của các đơn vị sự nghiệp công lập giai đoạn 2023 - 2025", "2023-08-30", ["Sở Tài chính"], [NV]],
  ["Tỷ lệ hồ sơ giải quyết đúng hạn 6 tháng đầu năm đạt 98,6%; phấn đấu 6 tháng cuối năm đạt trên 99%, không " +
    "để phát sinh hồ sơ quá hạn ở cấp xã.", null, null],
  ["Việc sắp xếp thôn, tổ dân phố không đủ tiêu chuẩn đã xong tại huyện Ba Bể (ngày 20/4/2023); UBND các huyện, " +
    "thành phố còn lại hoàn thành việc sắp xếp trong quý III/2023.", "Hoàn thành việc sắp xếp thôn, tổ dân phố " +
    "không đủ tiêu chuẩn", "2023-09-30", [D], []],
  ["Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Trung tâm Xúc tiến đầu tư tỉnh tổ chức Hội nghị đối thoại giữa " +
    "lãnh đạo tỉnh với doanh nghiệp năm 2023, xong ngày 25/10/2023.", "Tổ chức Hội nghị đối thoại giữa lãnh đạo " +
    "tỉnh với doanh nghiệp năm 2023", "2023-10-25", ["Sở Kế hoạch và Đầu tư"], ["Trung tâm Xúc tiến đầu tư tỉnh"]],
  ["Kỳ tuyển dụng viên chức ngành giáo dục năm 2023 đã tổ chức vòng 1 ngày 10/6/2023; Sở Nội vụ chủ trì, phối " +
    "hợp với Sở Giáo dục và Đào tạo tổ chức vòng 2 và công bố kết quả chậm nhất ngày 15/8/2023.", "Tổ chức vòng " +
    "2 và công bố kết quả kỳ tuyển dụng viên chức ngành giáo dục năm 2023", "2023-08-15", [NV],
  ["Sở Giáo dục và Đào tạo"]],
  ["Công an tỉnh phối hợp với Sở Thông tin và Truyền thông triển khai đủ 25 dịch vụ công thiết yếu theo Đề án " +
    "06 trên Cổng Dịch vụ công quốc gia, hoàn thành trước 15/9/2023.", "Triển khai đủ 25 dịch vụ công thiết yếu " +
    "theo Đề án 06 trên Cổng Dịch vụ công quốc gia", "2023-09-14", ["Công an tỉnh"], ["Sở Thông tin và Truyền thông"]],
  ["Sở Giáo dục và Đào tạo đã hoàn thành tuyển sinh vào lớp 10 ngày 16/6/2023; tiếp theo, chủ trì rà soát, sắp " +
    "xếp các điểm trường lẻ, bảo đảm điều kiện khai giảng năm học mới, xong trước ngày 05/9/2023.", "Rà soát, " +
    "sắp xếp các điểm trường lẻ, bảo đảm điều kiện khai giảng năm học mới", "2023-09-04",
  ["Sở Giáo dục và Đào tạo"], []],
  ["Thanh tra tỉnh đã kết thúc thanh tra công vụ tại Sở Nông nghiệp và Phát triển nông thôn ngày 12/5/2023 và " +
    "tiếp tục theo dõi việc thực hiện kết luận.", null, null],
  ["Các sở, ban, ngành, UBND các huyện, thành phố xây dựng báo cáo cải cách hành chính năm 2023, gửi Sở Nội vụ " +
    "trước ngày 10/12/2023.", "Xây dựng báo cáo cải cách hành chính năm 2023", "2023-12-09", [S, D], []],
  ["Sở Nội vụ tổng hợp, xây dựng báo cáo cải cách hành chính năm 2023 của tỉnh, trình UBND tỉnh trước ngày " +
    "20/12/2023.", "Tổng hợp, xây dựng báo cáo cải cách hành chính năm 2023 của tỉnh", "2023-12-19", [NV], []],
  ["Văn phòng UBND tỉnh chủ trì, phối hợp với Bưu điện tỉnh khảo sát mức độ hài lòng của người dân, tổ chức " +
    "đối với sự phục vụ của cơ quan hành chính nhà nước; thực hiện trong quý IV/2023.", "Khảo sát mức độ hài " +
    "lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", "2023-12-31", [VP],
  ["Bưu điện tỉnh"]],
  ["Các cơ quan, đơn vị thường xuyên cập nhật, công khai thủ tục hành chính trên Cổng thông tin điện tử của đơn " +
    "vị.", null, null],
];
const tasks = [];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 298/BC-UBND", "Bắc Kạn, ngày 16 tháng 6 năm 2023", "BÁO CÁO",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm,\nphương hướng, nhiệm vụ 6 tháng cuối năm 2023"),
  { t: "p", text: "Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2023 của UBND tỉnh về cải cách hành chính năm " +
    "2023, UBND tỉnh báo cáo kết quả 6 tháng đầu năm như sau:" },
  roman("I.", "KẾT QUẢ ĐẠT ĐƯỢC"),
  i1("1.", "Công tác chỉ đạo, điều hành: UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2023 ngày 10/01/2023, " +
    "Kế hoạch tuyên truyền cải cách hành chính ngày 03/02/2023; tổ chức Hội nghị trực tuyến triển khai nhiệm vụ " +
    "ngày 24/02/2023."),
  i1("2.", "Cải cách thể chế: đã ban hành 21 văn bản quy phạm pháp luật; tự kiểm tra 36 văn bản, hoàn thành trước " +
    "ngày 31/5/2023 theo kế hoạch."),
  i1("3.", "Cải cách thủ tục hành chính: công bố 214 thủ tục hành chính mới, sửa đổi; 100% thủ tục được công khai " +
    "đúng quy định. Đến ngày 10/6/2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%."),
  i1("4.", "Cải cách tổ chức bộ máy và chế độ công vụ: hoàn thành tinh giản biên chế đợt 1 năm 2023 (Quyết định " +
    "ngày 30/3/2023); kiểm tra công vụ đột xuất tại 6 cơ quan từ ngày 08/5 đến ngày 19/5/2023."),
  roman("II.", "TỒN TẠI, HẠN CHẾ"),
  { t: "p", text: "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp so với chỉ tiêu; một số cơ quan chậm cập nhật kết quả " +
    "giải quyết trên Hệ thống; việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã còn hạn chế." },
  roman("III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"),
];
NEXT.forEach(([text, title, due, lead, coord], i) => {
  blocks.push(i3(`${i + 1}.`, text));
  if (due) tasks.push(task(`III.${i + 1}`, title, due, lead, coord));
});
blocks.push({ t: "p", text: "Trên đây là báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm, phương " +
  "hướng, nhiệm vụ 6 tháng cuối năm 2023 của UBND tỉnh Bắc Kạn./." },
...sign(["Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, PCT UBND tỉnh", "Các sở, ban, ngành", "UBND các huyện, " +
  "thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"));

await build(DIR, {
  blocks, printer: "weasyprint",
  expected: {
    id: ID,
    style: "Báo cáo 298/BC-UBND Bắc Kạn 16/6/2023 (old departments, districts): I results (dated facts), II " +
      "shortcomings, III 'phương hướng, nhiệm vụ 6 tháng cuối năm' items 1-17 mixing done work (past dates: 05/5, " +
      "28/4, 01/3, 20/4, 10/6, 16/6, 12/5) with future dated work; only the future dated items are tasks, ref III.n. " +
      "30/9/2023 Sat -> 2/10; 'trước 05/9' -> 4/9 off -> 5/9; 'trước 10/12' -> 9/12 Sat -> 11/12; quý IV -> 31/12 " +
      "Sun -> 2/1/2024. Item 8's 'UBND các huyện, thành phố còn lại' = @districts. 'gửi Sở Nội vụ', 'báo cáo UBND " +
      "tỉnh' are recipients. Trung tâm Xúc tiến đầu tư tỉnh unresolved. PDF: WeasyPrint.",
    province: "Bắc Kạn",
    plan: { number: "298/BC-UBND", date: "2023-06-16" },
    tasks,
    unresolved: ["Trung tâm Xúc tiến đầu tư tỉnh"],
    successors: [],
  },
});
