// 05: Thái Nguyên 2026 — Văn phòng UBND tỉnh follows up the Chủ tịch's conclusions: each conclusion quoted,
// then "Giao …" lines with their own deadlines.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-thai-nguyen-2026-chairman-conclusions-giao-lines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
// [quoted conclusion, [[letter | null, giao line, due | null, lead[], coord[]]]]
const C = [
  ["Tỷ lệ giải ngân vốn đầu tư công năm 2025 của một số chủ đầu tư còn thấp; phải quyết liệt hơn ngay từ đầu năm.", [
    ["a)", "Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát, tham mưu điều chuyển vốn của các " +
      "dự án chậm giải ngân; báo cáo UBND tỉnh trước ngày 31/01/2026.", "2026-01-30", ["Sở Tài chính"],
    ["Kho bạc Nhà nước tỉnh"]],
    ["b)", "Giao Sở Xây dựng đôn đốc các chủ đầu tư hoàn thiện hồ sơ thanh toán khối lượng hoàn thành, xong trong " +
      "tháng 02/2026.", "2026-02-28", ["Sở Xây dựng"], []],
  ]],
  ["Không để hồ sơ thủ tục hành chính quá hạn kéo dài; công khai xin lỗi người dân khi giải quyết trễ hạn.", [
    [null, "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh rà soát toàn bộ " +
      "hồ sơ quá hạn trên Hệ thống thông tin giải quyết thủ tục hành chính, chậm nhất ngày 15/02/2026 báo cáo " +
      "Chủ tịch UBND tỉnh.", "2026-02-15", ["Văn phòng UBND tỉnh"], [TT]],
  ]],
  ["Đẩy mạnh chuyển đổi số, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", [
    [null, "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh hoàn thành " +
      "việc kết nối, chia sẻ dữ liệu dân cư với Cổng dịch vụ công của tỉnh; hoàn thành ngày 31/3/2026.",
    "2026-03-31", ["Sở Khoa học và Công nghệ"], [TT]],
  ]],
  ["Công tác cấp giấy chứng nhận quyền sử dụng đất lần đầu còn chậm, gây bức xúc.", [
    [null, "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã, phường giải quyết dứt điểm hồ sơ " +
      "tồn đọng trong quý I/2026.", "2026-03-31", ["Sở Nông nghiệp và Môi trường"], [X]],
  ]],
  ["Chuẩn bị tốt các điều kiện cho kỳ thi tốt nghiệp trung học phổ thông năm 2026.", [
    [null, "Giao Sở Giáo dục và Đào tạo xây dựng phương án tổ chức kỳ thi, trình UBND tỉnh trước ngày 30/4/2026.",
      "2026-04-29", ["Sở Giáo dục và Đào tạo"], []],
  ]],
  ["Bảo đảm thuốc, vật tư y tế; khắc phục tình trạng người bệnh phải tự mua thuốc.", [
    ["a)", "Giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh hoàn thành đấu thầu thuốc tập trung cấp tỉnh " +
      "trước 01/3/2026.", "2026-02-28", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]],
    ["b)", "Giao Sở Y tế đánh giá kết quả thực hiện, đề xuất cơ chế hỗ trợ trạm y tế xã, xong trong tháng 6/2026.",
      "2026-06-30", ["Sở Y tế"], []],
  ]],
  ["Tăng cường bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán và mùa lễ hội Xuân 2026.", [
    [null, "Giao Công an tỉnh chủ trì, phối hợp với Sở Xây dựng mở đợt cao điểm tuần tra, kiểm soát từ ngày " +
      "05/01/2026 đến hết ngày 05/3/2026.", "2026-03-05", ["Công an tỉnh"], ["Sở Xây dựng"]],
  ]],
  ["Chống thất thu ngân sách, nhất là thu từ hoạt động khai thác khoáng sản và thương mại điện tử.", [
    [null, "Giao Thuế tỉnh chủ trì, phối hợp với Sở Tài chính triển khai các giải pháp, phấn đấu thu đạt trên 50% " +
      "dự toán trong 6 tháng đầu năm 2026.", "2026-06-30", ["Thuế tỉnh"], ["Sở Tài chính"]],
  ]],
  ["Phát huy thương hiệu chè Thái Nguyên gắn với du lịch.", [
    [null, "Giao Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch tổ chức Festival Trà Thái Nguyên năm 2026, " +
      "trình UBND tỉnh trong tháng 5/2026.", "2026-05-31", ["Sở Văn hóa, Thể thao và Du lịch"], []],
    [null, "Các sở, ngành, UBND các xã, phường thường xuyên quảng bá sản phẩm chè trên các nền tảng số.", null],
  ]],
  ["Chăm lo đời sống đồng bào dân tộc thiểu số vùng sâu, vùng xa.", [
    [null, "Giao Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Sở Tài chính, UBND các xã tổng hợp nhu cầu hỗ trợ " +
      "nhà ở, đất sản xuất, gửi Sở Tài chính trước ngày 15/3/2026.", "2026-03-14",
    ["Sở Dân tộc và Tôn giáo"], ["Sở Tài chính", X]],
  ]],
];
const blocks = [
  ...head("UBND TỈNH THÁI NGUYÊN\nVĂN PHÒNG", "Số: 45/KH-VPUBND", "Thái Nguyên, ngày 12 tháng 01 năm 2026",
    "KẾ HOẠCH", "Theo dõi, đôn đốc thực hiện Kết luận của Chủ tịch UBND tỉnh tại Hội nghị giao ban tháng 12/2025"),
  { t: "p", text: "Thực hiện Thông báo số 12/TB-UBND ngày 08/01/2026 về Kết luận của Chủ tịch UBND tỉnh tại Hội nghị " +
    "giao ban công tác tháng 12/2025, Văn phòng UBND tỉnh xây dựng Kế hoạch theo dõi, đôn đốc như sau:" },
  { t: "p", text: "I. CÁC NỘI DUNG KẾT LUẬN VÀ NHIỆM VỤ GIAO", bold: true },
];
const tasks = [];
C.forEach(([quote, lines], i) => {
  blocks.push({ t: "p", num: `${i + 1}.`, list: { kind: "decimal", inst: 1 }, bold: true,
    text: `Chủ tịch UBND tỉnh kết luận: "${quote}"`, italic: true });
  for (const [letter, text, due, lead, coord] of lines) {
    const list = letter ? { kind: "letter", inst: i + 2 } : { kind: "dash", inst: 100 };
    blocks.push({ t: "p", num: letter ?? "-", list, text });
    if (due) tasks.push(task(letter ? `I.${i + 1}.${letter[0]}` : `I.${i + 1}.1`, text.slice(0, 80), due, lead, coord));
  }
});
blocks.push(
  { t: "p", text: "II. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả về Văn phòng UBND tỉnh trước ngày 25 hằng " +
    "tháng để tổng hợp, báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ." },
  ...sign(["Chủ tịch, các PCT UBND tỉnh (b/c)", "Các sở, ban, ngành", "UBND các xã, phường"],
    "CHÁNH VĂN PHÒNG", "Nguyễn Thị Hằng"),
);
const style = "Kế hoạch 45/KH-VPUBND of the Văn phòng UBND tỉnh Thái Nguyên 12/01/2026 (after 1/7/2025). PDF: " +
  "Chromium print of the HTML. Ten numbered conclusions, each an italic quote 'Chủ tịch UBND tỉnh kết luận: " +
  "\"…\"' (no unit, no date), then one or two 'Giao X chủ trì, phối hợp với Y …' lines ('a)', 'b)' or '-'). ref " +
  "= I.n.1 ('-') or I.n.a; title = the Giao line's start. 'trước ngày 31/01/2026' -> 30/01; 'trước 01/3/2026' -> " +
  "28/02 (Sat -> 02/3); 'chậm nhất ngày 15/02/2026' (Sun, Tết 16-20/2) -> effective 23/02; 'tháng 02/2026' -> " +
  "28/02 -> 02/3; 'từ ngày 05/01 đến hết ngày 05/3/2026' -> 05/3; 'trước ngày 15/3/2026' -> 14/3 (Sat -> 16/3); " +
  "'tháng 5/2026' -> 31/5 (Sun -> 01/6). 'gửi Sở Tài chính' (10) is a recipient, but Sở Tài chính is also named " +
  "as 'phối hợp với' so it stays a coordinator. 'báo cáo UBND tỉnh / Chủ tịch' = recipient. 9 second line " +
  "'thường xuyên' and II 'trước ngày 25 hằng tháng' left out. 'UBND các xã, phường' / 'UBND các xã' = UBND cấp " +
  "xã (unresolved, no communes.json).";
await build(DIR, { blocks, printer: "chromium", expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "45/KH-VPUBND", date: "2026-01-12" }, tasks, quotas: [], unresolved: [TT, X], successors: [] } });
