// 07: Lai Châu 2025 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 96/KH-UBND,
// 17/3/2025 — an toàn thực phẩm và phòng, chống dịch bệnh mùa hè năm 2025. Prose: section III "Tổ chức thực hiện"
// whose later sentences REFER BACK to the unit named before ("đơn vị này", "Các cơ quan nêu trên", "Cơ quan được
// giao chủ trì tại điểm a", "Sở này", "Các địa phương nêu tại điểm a", "Cơ quan này"): that unit leads the dated
// sentence. plan.pdf: LibreOffice's PDF of plan-auto.docx rewritten by `pdftocairo -pdf` (own printer function).
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "07-lai-chau-2025-prose-back-references-don-vi-nay-co-quan-neu-tren-so-nay-lead-from-earlier-sentence-pdftocairo";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

const n = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "iii" } });
const l = (num, text, inst) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const h = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: "r" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 96/KH-UBND", "Lai Châu, ngày 17 tháng 3 năm 2025", "KẾ HOẠCH",
    "Bảo đảm an toàn thực phẩm và phòng, chống dịch bệnh mùa hè năm 2025 trên địa bàn tỉnh Lai Châu"),
  { t: "p", text: "Để chủ động phòng ngừa ngộ độc thực phẩm và các dịch bệnh thường gặp trong mùa hè, bảo vệ sức " +
    "khỏe Nhân dân, UBND tỉnh Lai Châu ban hành Kế hoạch bảo đảm an toàn thực phẩm và phòng, chống dịch bệnh mùa hè " +
    "năm 2025 như sau:" },
  h("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", text: "Phát hiện sớm, xử lý kịp thời các ổ dịch, không để dịch lan rộng; giảm số vụ ngộ độc thực phẩm so " +
    "với năm 2024; phân công rõ trách nhiệm của từng cơ quan, đơn vị, gắn với thời hạn hoàn thành cụ thể." },
  h("II.", "NỘI DUNG TRỌNG TÂM"),
  { t: "p", text: "Giám sát dịch sốt xuất huyết, tay chân miệng, tiêu chảy cấp; kiểm tra an toàn thực phẩm tại các " +
    "cơ sở sản xuất, kinh doanh, bếp ăn tập thể; tuyên truyền thay đổi hành vi vệ sinh cá nhân, vệ sinh môi trường." },
  h("III.", "TỔ CHỨC THỰC HIỆN"),
  n("1.", "Giao Sở Y tế chủ trì tổ chức giám sát chặt chẽ các bệnh truyền nhiễm tại cộng đồng và trường học, bảo đảm " +
    "đủ thuốc, hóa chất, vật tư cho các cơ sở y tế. Đơn vị này tổng hợp, báo cáo kết quả giám sát dịch bệnh mùa hè " +
    "về UBND tỉnh trước ngày 15/7/2025."),
  n("2.", "Về kiểm tra an toàn thực phẩm:"),
  l("a)", "Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương chủ trì kiểm tra an toàn thực phẩm đối với cơ sở " +
    "sản xuất, kinh doanh thuộc ngành quản lý trong Tháng hành động vì an toàn thực phẩm, từ ngày 15/4 đến ngày " +
    "15/5/2025.", "p2"),
  l("b)", "Các cơ quan nêu trên gửi báo cáo kết quả kiểm tra, xử lý vi phạm về Sở Y tế trước ngày 25/5/2025 để tổng " +
    "hợp.", "p2"),
  n("3.", "Về bảo đảm an toàn trong trường học:"),
  l("a)", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế chỉ đạo các trường học tổ chức tổng vệ sinh " +
    "trường, lớp và khám sức khỏe cho học sinh trước khi kết thúc năm học, xong trong tháng 5/2025.", "p3"),
  l("b)", "Cơ quan được giao chủ trì tại điểm a tổ chức kiểm tra bếp ăn bán trú, căng tin phục vụ các kỳ thi cuối " +
    "cấp, hoàn thành trước ngày 20/6/2025.", "p3"),
  n("4.", "Sở Thông tin và Truyền thông chủ trì hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền " +
    "phòng, chống dịch bệnh mùa hè bằng tiếng phổ thông và tiếng dân tộc. Sở này tổng hợp kết quả tuyên truyền của " +
    "Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh, gửi Sở Y tế trước ngày 05/7/2025."),
  n("5.", "Sở Tài chính chủ trì, phối hợp với Sở Y tế thẩm định dự toán, tham mưu UBND tỉnh bổ sung kinh phí mua hóa " +
    "chất, vật tư phòng, chống dịch, hoàn thành chậm nhất ngày 25/4/2025."),
  n("6.", "Các huyện, thành phố:"),
  l("a)", "UBND các huyện, thành phố chỉ đạo UBND cấp xã tổ chức chiến dịch vệ sinh môi trường, diệt lăng quăng, bọ " +
    "gậy tại các thôn, bản, hoàn thành trong tháng 6/2025.", "p6"),
  l("b)", "Các địa phương nêu tại điểm a báo cáo kết quả chiến dịch vệ sinh môi trường về Sở Y tế trước ngày " +
    "10/7/2025.", "p6"),
  n("7.", "Công an tỉnh chủ trì, phối hợp với Sở Y tế, Sở Công Thương điều tra, xử lý nghiêm các hành vi vi phạm " +
    "pháp luật về an toàn thực phẩm. Cơ quan này báo cáo kết quả điều tra, xử lý vi phạm về an toàn thực phẩm về UBND " +
    "tỉnh (qua Sở Y tế) trước ngày 20/7/2025."),
  n("8.", "Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo " +
    "cáo UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 31/8/2025."),
  { t: "p", text: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở " +
    "Y tế để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./." },
  ...sign(["Bộ Y tế (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "Báo Lai Châu, Đài PT-TH tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Trọng Hải"),
];

function printer(out) {
  const tmp = fs.mkdtempSync("/tmp/make-author36b-07-");
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/lo-author36b", "--headless", "--convert-to", "pdf",
    "--outdir", tmp, DIR + "plan-auto.docx"], { stdio: "ignore" });
  execFileSync("pdftocairo", ["-pdf", `${tmp}/plan-auto.pdf`, out]);
}

const YT = "Sở Y tế";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const CT = "Sở Công Thương";
const GD = "Sở Giáo dục và Đào tạo";
const tasks = [
  task("III.1", "Tổng hợp, báo cáo kết quả giám sát dịch bệnh mùa hè", "2025-07-14", [YT]),
  task("III.2.a", "Kiểm tra an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thuộc ngành quản lý", "2025-05-15",
    [NN, CT]),
  task("III.2.b", "Gửi báo cáo kết quả kiểm tra, xử lý vi phạm", "2025-05-24", [NN, CT]),
  task("III.3.a", "Chỉ đạo các trường học tổ chức tổng vệ sinh trường, lớp và khám sức khỏe cho học sinh",
    "2025-05-31", [GD], [YT]),
  task("III.3.b", "Tổ chức kiểm tra bếp ăn bán trú, căng tin phục vụ các kỳ thi cuối cấp", "2025-06-19", [GD]),
  task("III.4", "Tổng hợp kết quả tuyên truyền của Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh", "2025-07-04",
    ["Sở Thông tin và Truyền thông"]),
  task("III.5", "Thẩm định dự toán, tham mưu UBND tỉnh bổ sung kinh phí mua hóa chất, vật tư phòng, chống dịch",
    "2025-04-25", ["Sở Tài chính"], [YT]),
  task("III.6.a", "Chỉ đạo UBND cấp xã tổ chức chiến dịch vệ sinh môi trường, diệt lăng quăng, bọ gậy", "2025-06-30",
    ["@districts"]),
  task("III.6.b", "Báo cáo kết quả chiến dịch vệ sinh môi trường", "2025-07-09", ["@districts"]),
  task("III.7", "Báo cáo kết quả điều tra, xử lý vi phạm về an toàn thực phẩm", "2025-07-19", ["Công an tỉnh"]),
  task("III.8", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch", "2025-08-30", [YT]),
];

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 96/KH-UBND of UBND tỉnh Lai Châu, 17/3/2025 (before the reorganisation: old departments, " +
      "'UBND các huyện, thành phố' = @districts), an toàn thực phẩm và phòng, chống dịch bệnh mùa hè 2025. Prose: " +
      "section III 'Tổ chức thực hiện' numbered 1-8 (items 2, 3, 6 split into points a), b)); ref = III + number " +
      "(+ letter). Habit: the dated sentence does not name its lead but REFERS BACK to a unit named before, and that " +
      "unit leads it: III.1 'Giao Sở Y tế chủ trì … (undated). Đơn vị này tổng hợp, báo cáo … trước ngày 15/7/2025' " +
      "-> Sở Y tế; III.2.b 'Các cơ quan nêu trên gửi báo cáo … về Sở Y tế' -> the two leads of point a (Sở NN&PTNT, " +
      "Sở Công Thương), Sở Y tế only the recipient; III.3.b 'Cơ quan được giao chủ trì tại điểm a' -> Sở Giáo dục " +
      "và Đào tạo (Sở Y tế coordinates point a only); III.4 'Sở này tổng hợp kết quả tuyên truyền của Báo Lai Châu, " +
      "Đài PT-TH tỉnh, gửi Sở Y tế' -> Sở Thông tin và Truyền thông (the press are no coordinators, Sở Y tế a " +
      "recipient); III.6.b 'Các địa phương nêu tại điểm a' -> @districts; III.7 'Cơ quan này báo cáo … về UBND tỉnh " +
      "(qua Sở Y tế)' -> Công an tỉnh (its first sentence undated, its coordinators belong to that sentence). In " +
      "III.6.a 'UBND cấp xã' is the object of 'chỉ đạo', no lead. The undated first sentences (III.1, III.4, III.7) " +
      "are no tasks of their own. Dates: III.1 'trước ngày 15/7/2025' -> 14/7 Mon; III.2.a 'từ ngày 15/4 đến ngày " +
      "15/5/2025' -> 15/5 Thu; III.2.b 'trước ngày 25/5/2025' -> 24/5 Sat -> 26/5; III.3.a 'trong tháng 5/2025' 31/5 " +
      "Sat -> 2/6; III.3.b 'trước ngày 20/6/2025' -> 19/6 Thu; III.4 'trước ngày 05/7/2025' -> 4/7 Fri; III.5 " +
      "'chậm nhất ngày 25/4/2025' Fri; III.6.a 'trong tháng 6/2025' 30/6 Mon; III.6.b 'trước ngày 10/7/2025' -> 9/7 " +
      "Wed; III.7 'trước ngày 20/7/2025' -> 19/7 Sat -> 21/7; III.8 'trước ngày 31/8/2025' -> 30/8 Sat, 31/8 Sun, " +
      "1-2/9 holidays -> 3/9. plan.pdf: LibreOffice then poppler's pdftocairo -pdf.",
    province: "Lai Châu",
    plan: { number: "96/KH-UBND", date: "2025-03-17" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
