// 08: Thái Nguyên 2023 (before the reorganisation) — a letter going UP, not down: a district (UBND huyện Phú
// Lương) answers the Sở Nội vụ's call to register what it will do to raise its administrative-reform index. The
// district speaks of itself in the third person ("UBND huyện đăng ký / cam kết …"), so the issuer is the lead of
// those items; other items are given to the district's own offices ("Giao Phòng Nội vụ huyện chủ trì …"); part 3
// asks the province's departments for help ("Đề nghị Sở …"), which a district cannot assign. Items numbered "2.1."
// … "2.11." by a Word list whose level text is "2.%1.". Kính gửi line and trích yếu (V/v) under the number, as
// letters have. plan.pdf: WeasyPrint from the model's HTML.
import { build, task } from "./lib.mjs";

const ID = "08-thai-nguyen-2023-district-letter-up-registers-own-commitments";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const PL = "UBND huyện Phú Lương";
const PNV = "Phòng Nội vụ huyện";
const PTP = "Phòng Tư pháp huyện";
const VPH = "Văn phòng HĐND và UBND huyện";
const S = { kind: "decimal", inst: "S" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, list: S });
const two = (num, text) => ({ t: "p", num, text, list: { kind: "two", inst: "T" } });
const dash = (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst: "K" } });

const blocks = [
  { t: "table", borders: false, widths: [3900, 5500], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nHUYỆN PHÚ LƯƠNG", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 356/UBND-NV\nV/v đăng ký nhiệm vụ, giải pháp\nnâng cao Chỉ số cải cách\nhành chính năm 2023",
      align: "center" },
    { text: "Phú Lương, ngày 20 tháng 02 năm 2023", italic: true, align: "center" }],
  ] },
  { t: "p", text: "Kính gửi: Sở Nội vụ tỉnh Thái Nguyên.", align: "center", indent: false },
  { t: "p", text: "Thực hiện Công văn số 215/SNV-CCHC ngày 06/02/2023 của Sở Nội vụ về việc đăng ký nhiệm vụ, giải " +
    "pháp nâng cao Chỉ số cải cách hành chính năm 2023, Ủy ban nhân dân huyện Phú Lương đăng ký như sau:" },
  sec("1.", "Kết quả Chỉ số cải cách hành chính năm 2022 của huyện"),
  { t: "p", text: "Năm 2022, Chỉ số cải cách hành chính của huyện đạt 84,17 điểm, xếp thứ 5/9 huyện, thành phố; các " +
    "tiêu chí còn thấp điểm là hiện đại hóa hành chính và tác động của cải cách hành chính. UBND huyện đã ban hành " +
    "Kế hoạch cải cách hành chính năm 2023 (Kế hoạch số 12/KH-UBND ngày 16/01/2023) và Kế hoạch khắc phục hạn " +
    "chế, tồn tại sau công bố Chỉ số năm 2022 (Kế hoạch số 17/KH-UBND ngày 03/02/2023)." },
  sec("2.", "Nhiệm vụ, giải pháp đăng ký thực hiện năm 2023"),
  two("2.1.", "Tuyên truyền cải cách hành chính: UBND huyện đã ban hành Kế hoạch tuyên truyền năm 2023 (Kế hoạch số " +
    "19/KH-UBND ngày 08/02/2023); Trung tâm Văn hóa, Thể thao và Truyền thông huyện thực hiện mỗi tháng 01 chuyên " +
    "đề phát thanh về cải cách hành chính."),
  two("2.2.", "UBND huyện cam kết số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận tại Bộ phận " +
    "Một cửa huyện, hoàn thành trước ngày 30/9/2023."),
  two("2.3.", "Chủ tịch UBND các xã, thị trấn ký cam kết thực hiện nhiệm vụ cải cách hành chính năm 2023 với Chủ " +
    "tịch UBND huyện, hoàn thành trước ngày 31/3/2023."),
  two("2.4.", "Giao Phòng Nội vụ huyện chủ trì, phối hợp với Phòng Tư pháp huyện kiểm tra công tác cải cách hành " +
    "chính tại 05 xã, thị trấn (Yên Đổ, Ôn Lương, Phấn Mễ, Động Đạt, thị trấn Đu), xong trong tháng 10/2023."),
  two("2.5.", "Phòng Tư pháp huyện rà soát các văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành, kịp thời " +
    "đề xuất sửa đổi, bãi bỏ; hoàn thành trong quý III/2023."),
  two("2.6.", "Văn phòng HĐND và UBND huyện đưa chuyên mục \"Cải cách hành chính\" trên Trang thông tin điện tử " +
    "huyện vào hoạt động trước ngày 01/6/2023."),
  two("2.7.", "Phòng Văn hóa và Thông tin huyện hướng dẫn 100% xã, thị trấn sử dụng chữ ký số trong gửi, nhận văn " +
    "bản điện tử; hoàn thành 6 tháng đầu năm 2023."),
  two("2.8.", "UBND huyện tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với doanh nghiệp, hộ kinh doanh trên " +
    "địa bàn trong quý II/2023."),
  two("2.9.", "Phòng Nội vụ huyện phối hợp với Bộ phận Một cửa huyện khảo sát mức độ hài lòng của người dân đối với " +
    "sự phục vụ của Bộ phận Một cửa huyện và các xã, thị trấn, hoàn thành trước 15/11/2023."),
  two("2.10.", "Các phòng chuyên môn thuộc UBND huyện thực hiện nghiêm quy chế tiếp nhận, xử lý phản ánh, kiến nghị " +
    "của người dân, doanh nghiệp; thường xuyên."),
  two("2.11.", "Giao Phòng Nội vụ huyện chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu tự đánh giá, " +
    "chấm điểm Chỉ số cải cách hành chính năm 2023 của huyện, gửi Sở Nội vụ chậm nhất ngày 15/12/2023."),
  sec("3.", "Đề xuất, kiến nghị"),
  dash("Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ tự đánh giá, chấm điểm Chỉ số cải cách hành chính cho công " +
    "chức cấp huyện, cấp xã trong quý II/2023."),
  dash("Đề nghị Sở Thông tin và Truyền thông hỗ trợ nâng cấp đường truyền số liệu chuyên dùng đến các xã vùng cao " +
    "của huyện."),
  { t: "p", text: "Ủy ban nhân dân huyện Phú Lương trân trọng đăng ký./." },
  { t: "table", borders: false, widths: [4200, 5200], rows: [[
    { text: "Nơi nhận:\n- Như trên;\n- TT Huyện ủy, TT HĐND huyện;\n- CT, các PCT UBND huyện;\n" +
      "- Các phòng chuyên môn thuộc UBND huyện;\n- UBND các xã, thị trấn;\n- Lưu: VT, NV.", align: "left" },
    { text: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNông Văn Hiếu", bold: true, align: "center" },
  ]] },
];

const tasks = [
  task("2.2", "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận tại Bộ phận Một cửa huyện",
    "2023-09-29", [PL]),
  task("2.3", "Ký cam kết thực hiện nhiệm vụ cải cách hành chính năm 2023 với Chủ tịch UBND huyện", "2023-03-30",
    ["UBND cấp xã"]),
  task("2.4", "Kiểm tra công tác cải cách hành chính tại 05 xã, thị trấn", "2023-10-31", [PNV], [PTP]),
  task("2.5", "Rà soát các văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "2023-09-30", [PTP]),
  task("2.6", "Đưa chuyên mục \"Cải cách hành chính\" trên Trang thông tin điện tử huyện vào hoạt động",
    "2023-05-31", [VPH]),
  task("2.7", "Hướng dẫn 100% xã, thị trấn sử dụng chữ ký số trong gửi, nhận văn bản điện tử", "2023-06-30",
    ["Phòng Văn hóa và Thông tin huyện"]),
  task("2.8", "Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với doanh nghiệp, hộ kinh doanh", "2023-06-30",
    [PL]),
  task("2.9", "Khảo sát mức độ hài lòng của người dân đối với sự phục vụ của Bộ phận Một cửa huyện và các xã, thị " +
    "trấn", "2023-11-14", [PNV], ["Bộ phận Một cửa huyện"]),
  task("2.11", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của huyện", "2023-12-15", [PNV], [VPH]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  css: "table.nb td{font-size:11.5pt}table.nb tr:only-child td:first-child{text-align:left;font-size:11pt}",
  expected: {
    id: ID,
    style: "Công văn 356/UBND-NV of UBND huyện Phú Lương (Thái Nguyên, before the reorganisation), 20/02/2023, sent " +
      "UP to the Sở Nội vụ ('Kính gửi: Sở Nội vụ tỉnh Thái Nguyên', trích yếu V/v under the number): the district " +
      "registers its own 2023 commitments. 1. past results (done, plans already issued: no tasks). 2. items 2.1.-" +
      "2.11. (a Word list with level text '2.%1.'; ref as written '2.n'): 'UBND huyện cam kết / tổ chức …' -> lead " +
      "the issuer UBND huyện Phú Lương (2.2, 2.8); 'Giao Phòng Nội vụ huyện chủ trì, phối hợp với …' and the " +
      "offices named first lead (2.4-2.7, 2.9, 2.11; 2.9 'phối hợp với Bộ phận Một cửa huyện' without chủ trì: " +
      "Phòng Nội vụ leads, Bộ phận Một cửa coordinates); 2.3 'Chủ tịch UBND các xã, thị trấn' -> UBND cấp xã, the " +
      "Chủ tịch UBND huyện is the other party, no unit. Left out: 2.1 (done + monthly), 2.10 (thường xuyên), part " +
      "3 'Đề nghị Sở Nội vụ … trong quý II/2023' and 'Đề nghị Sở TT&TT …' (requests to the province's departments " +
      "that a district cannot assign; the second undated). 'gửi Sở Nội vụ' recipient. Dates: 'trước ngày X' -> X-1 " +
      "(30/9 -> 29/9, 31/3 -> 30/3, 01/6 -> 31/5, 15/11 -> 14/11); 'quý III' -> 30/9 Sat -> 2/10; 'tháng 10' -> " +
      "31/10; '6 tháng đầu năm', 'quý II' -> 30/6. Place names (Yên Đổ, Ôn Lương, …) are not units. Unresolved " +
      "(district offices as written): Phòng Nội vụ huyện, Phòng Tư pháp huyện, Văn phòng HĐND và UBND huyện, " +
      "Phòng Văn hóa và Thông tin huyện, Bộ phận Một cửa huyện. PDF: WeasyPrint.",
    province: "Thái Nguyên",
    plan: { number: "356/UBND-NV", date: "2023-02-20" },
    tasks,
    unresolved: [PNV, PTP, VPH, "Phòng Văn hóa và Thông tin huyện", "Bộ phận Một cửa huyện", "UBND cấp xã"],
    successors: [],
  },
});
