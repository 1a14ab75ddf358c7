// 07: Bắc Kạn 2022 (before the reorganisation) — a HƯỚNG DẪN (guidance) of the Sở Nội vụ, not of the UBND: rules
// for a self-assessment with cut-off dates that are no deadlines, a procedure of "Bước 1." … "Bước 5." paragraphs
// (in plan-auto a Word list whose number text is "Bước %1."), each saying who does what by when in a sentence, one
// step with a relative time (days after a notice), then "Tổ chức thực hiện", and an appended ĐỀ CƯƠNG (report
// outline) whose numbered headings are chapters of a report, not tasks; its note repeats step 2's deadline.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "07-bac-kan-2022-huong-dan-steps-and-report-outline";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const sec = (inst, num, text) => li("roman", inst, num, text, { bold: true, indent: false });
const NV = "Sở Nội vụ";
const S = "@departments";
const D = "@districts";

const items = {};
const step = (n, text) => { items["III." + n] = text; return li("step", 1, `Bước ${n}.`, text); };
const org = (n, text) => { items["IV." + n] = text; return li("decimal", 4, n + ".", text); };

const blocks = [
  ...head("UBND TỈNH BẮC KẠN\nSỞ NỘI VỤ", "Số: 03/HD-SNV", "Bắc Kạn, ngày 25 tháng 11 năm 2022",
    "HƯỚNG DẪN", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành và UBND các " +
    "huyện, thành phố"),
  p("Căn cứ Quyết định số 1149/QĐ-UBND ngày 28/6/2022 của UBND tỉnh Bắc Kạn ban hành Bộ Chỉ số cải cách hành " +
    "chính của các sở, ban, ngành và UBND các huyện, thành phố; Sở Nội vụ hướng dẫn việc tự đánh giá, chấm điểm " +
    "năm 2022 như sau:"),
  sec(1, "I.", "PHẠM VI, ĐỐI TƯỢNG"),
  li("decimal", 1, "1.", "Đối tượng tự đánh giá: 19 sở, ban, ngành tỉnh và 08 UBND huyện, thành phố."),
  li("decimal", 1, "2.", "Thời điểm chốt số liệu: từ ngày 01/01/2022 đến hết ngày 31/12/2022; riêng số liệu giải " +
    "ngân vốn đầu tư công tính đến hết ngày 31/01/2023."),
  sec(1, "II.", "CÁCH THỨC TỰ ĐÁNH GIÁ"),
  li("decimal", 2, "1.", "Việc chấm điểm thực hiện trên Phần mềm quản lý Chỉ số cải cách hành chính của tỉnh. Tài " +
    "liệu kiểm chứng là văn bản ban hành trong năm 2022, tải lên dưới dạng tệp PDF có chữ ký số."),
  li("decimal", 2, "2.", "Tiêu chí, tiêu chí thành phần không phát sinh trong năm thì ghi \"Không phát sinh\" và " +
    "được tính điểm tối đa; không chấm điểm đối với tiêu chí thuộc thẩm quyền đánh giá của Hội đồng thẩm định."),
  sec(1, "III.", "QUY TRÌNH, THỜI GIAN THỰC HIỆN"),
  step(1, "Các sở, ban, ngành; UBND các huyện, thành phố phân công bộ phận đầu mối, tổ chức tự đánh giá, chấm điểm " +
    "từng tiêu chí, tiêu chí thành phần; hoàn thành trước ngày 15/12/2022."),
  step(2, "Các cơ quan, đơn vị nêu trên cập nhật điểm tự đánh giá và tài liệu kiểm chứng lên Phần mềm, đồng thời " +
    "gửi Báo cáo tự đánh giá (ký số, theo Đề cương kèm theo) về Sở Nội vụ chậm nhất ngày 06/01/2023."),
  step(3, "Tổ thẩm định chủ trì, phối hợp với các cơ quan được giao theo dõi tiêu chí (Sở Tư pháp, Sở Tài chính, " +
    "Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh) thẩm định điểm tự đánh giá; hoàn thành trong tháng " +
    "02/2023."),
  step(4, "Sở Nội vụ thông báo kết quả thẩm định sơ bộ cho các cơ quan, đơn vị trước ngày 10/3/2023. Cơ quan, đơn " +
    "vị có ý kiến giải trình (nếu có) gửi Sở Nội vụ trong thời hạn 05 ngày làm việc kể từ ngày nhận được thông " +
    "báo."),
  step(5, "Sở Nội vụ tổng hợp, báo cáo Hội đồng thẩm định; trình UBND tỉnh phê duyệt, công bố Chỉ số cải cách " +
    "hành chính năm 2022 trong quý II/2023."),
  sec(1, "IV.", "TỔ CHỨC THỰC HIỆN"),
  org(1, "Sở Nội vụ tổ chức tập huấn sử dụng Phần mềm cho công chức đầu mối của các cơ quan, đơn vị (hình thức " +
    "trực tuyến) trong ngày 06/12/2022."),
  org(2, "Sở Thông tin và Truyền thông phối hợp với Sở Nội vụ cấp, kích hoạt tài khoản và chứng thư số cho công " +
    "chức đầu mối, xong trước ngày 02/12/2022."),
  org(3, "Văn phòng UBND tỉnh cung cấp số liệu về tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn, tỷ lệ hồ sơ " +
    "trực tuyến năm 2022 của từng cơ quan, đơn vị, gửi Sở Nội vụ trước ngày 10/01/2023."),
  org(4, "Sở Tài chính cung cấp số liệu giải ngân vốn đầu tư công năm 2022 (tính đến ngày 31/01/2023) của từng cơ " +
    "quan, đơn vị, gửi Sở Nội vụ chậm nhất ngày 15/02/2023."),
  org(5, "UBND các huyện, thành phố hướng dẫn UBND các xã, phường, thị trấn tự đánh giá kết quả cải cách hành " +
    "chính cấp xã năm 2022, tổng hợp kết quả gửi Sở Nội vụ trước ngày 20/01/2023."),
  org(6, "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về tính chính xác của kết quả " +
    "tự đánh giá, chấm điểm."),
  org(7, "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị liên hệ Sở Nội vụ " +
    "(qua Phòng Cải cách hành chính, điện thoại 0209.3871.156) để được hướng dẫn./."),
  ...sign(["UBND tỉnh (b/c)", "Các sở, ban, ngành", "UBND các huyện, thành phố", "Lãnh đạo Sở",
    "Phòng CCHC"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)", "Ma Thị Thu"),
  p("ĐỀ CƯƠNG", { bold: true, align: "center", indent: false }),
  p("BÁO CÁO TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022", { bold: true, align: "center",
    indent: false }),
  p("(Kèm theo Hướng dẫn số 03/HD-SNV ngày 25/11/2022 của Sở Nội vụ)", { italic: true, align: "center",
    indent: false }),
  sec(2, "I.", "KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"),
  li("decimal", 5, "1.", "Công tác chỉ đạo, điều hành cải cách hành chính"),
  li("decimal", 5, "2.", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật"),
  li("decimal", 5, "3.", "Cải cách thủ tục hành chính"),
  li("decimal", 5, "4.", "Cải cách tổ chức bộ máy hành chính nhà nước"),
  li("decimal", 5, "5.", "Cải cách chế độ công vụ"),
  li("decimal", 5, "6.", "Cải cách tài chính công"),
  li("decimal", 5, "7.", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"),
  sec(2, "II.", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
  sec(2, "III.", "ĐỀ XUẤT, KIẾN NGHỊ"),
  p("Lưu ý: Báo cáo kèm theo Bảng điểm tự đánh giá (Biểu số 01) gửi về Sở Nội vụ trước ngày 07/01/2023.",
    { italic: true }),
];

const t = (ref) => items[ref].replace(/\.$/, "");
const tasks = [
  task("III.1", t("III.1"), "2022-12-14", [S, D]),
  task("III.2", t("III.2"), "2023-01-06", [S, D]),
  task("III.3", t("III.3"), "2023-02-28", ["Tổ thẩm định"],
    ["Sở Tư pháp", "Sở Tài chính", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh"]),
  task("III.4", "Sở Nội vụ thông báo kết quả thẩm định sơ bộ cho các cơ quan, đơn vị", "2023-03-09", [NV]),
  task("III.5", t("III.5"), "2023-06-30", [NV]),
  task("IV.1", t("IV.1"), "2022-12-06", [NV]),
  task("IV.2", t("IV.2"), "2022-12-01", ["Sở Thông tin và Truyền thông"], [NV]),
  task("IV.3", t("IV.3"), "2023-01-09", ["Văn phòng UBND tỉnh"]),
  task("IV.4", t("IV.4"), "2023-02-15", ["Sở Tài chính"]),
  task("IV.5", t("IV.5"), "2023-01-19", [D]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "chromium", expected: {
  id,
  style: "HƯỚNG DẪN 03/HD-SNV of the Sở Nội vụ tỉnh Bắc Kạn (issuer 'UBND TỈNH BẮC KẠN / SỞ NỘI VỤ'), 25/11/2022, " +
    "pre-2025 directory. Sections I-IV (Word roman list). I and II are rules: the cut-off dates (01/01-31/12/2022, " +
    "31/01/2023) are no deadlines. III is a procedure 'Bước 1.' … 'Bước 5.' (plan-auto: one Word list whose level " +
    "text is 'Bước %1.'); a step is a numbered paragraph of III, ref III.n (as 'Nhiệm vụ N' labels were). " +
    "'Các cơ quan, đơn vị nêu trên' (III.2) = the units of III.1 (@departments + @districts). III.3 'Tổ thẩm định " +
    "chủ trì, phối hợp với … (Sở Tư pháp, …)': the bracketed bodies coordinate. III.4's second sentence (05 " +
    "working days from the notice) is relative and undated: only the notice is a task. 'báo cáo Hội đồng thẩm " +
    "định', 'trình UBND tỉnh', 'gửi Sở Nội vụ' = recipients. IV.1 'trong ngày 06/12/2022' = 6/12. IV.2 'X phối " +
    "hợp với Sở Nội vụ' (no chủ trì): X leads. IV.4's '(tính đến ngày 31/01/2023)' is the data's cut-off, the " +
    "deadline is 15/02. Left out: IV.6, IV.7 (undated), the appended ĐỀ CƯƠNG (report chapters I 1-7, II, III) " +
    "and its note 'trước ngày 07/01/2023' (= 6/1, step 2 again, not a new task). 'tháng 02/2023' = 28/2. No " +
    "deadline moves (14/12, 6/1, 9/1, 19/1 before Tết 2023, 9/3, 30/6 are working days). PDF: Chromium from HTML.",
  province: "Bắc Kạn",
  plan: { number: "03/HD-SNV", date: "2022-11-25" },
  tasks,
} });
