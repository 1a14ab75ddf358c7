// 01: Thái Nguyên 2026 — a drafting plan whose items carry two dates: the draft (or a pilot, a first round) and the
// final one. The task is due on the final date; the first date is a milestone on the way.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-thai-nguyen-2026-draft-and-final-dates";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const TC = "Sở Tài chính";
const KH = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const NM = "Sở Nông nghiệp và Môi trường";
const XD = "Sở Xây dựng";
// [group heading, items: [text, title, due | null, lead[], coordinators[]]]
const G = [
  ["Hoàn thiện thể chế, cơ chế, chính sách", [
    [`${TP} chủ trì, phối hợp với ${VP} xây dựng dự thảo Quyết định ban hành Quy chế phối hợp kiểm tra, rà soát ` +
      "văn bản quy phạm pháp luật trên địa bàn tỉnh; gửi dự thảo lấy ý kiến các cơ quan trước ngày 20/3/2026, tiếp " +
      "thu, hoàn thiện, trình UBND tỉnh ban hành trước ngày 30/4/2026.",
    "Xây dựng dự thảo Quyết định ban hành Quy chế phối hợp kiểm tra, rà soát văn bản quy phạm pháp luật trên địa " +
      "bàn tỉnh", "2026-04-29", [TP], [VP]],
    [`${NV} chủ trì, phối hợp với các sở, ban, ngành xây dựng dự thảo Quyết định quy định chức năng, nhiệm vụ, ` +
      "quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND tỉnh sau sắp xếp. Thời hạn: hoàn thành dự " +
      "thảo trong tháng 3/2026; trình ban hành chậm nhất ngày 15/5/2026.",
    "Xây dựng dự thảo Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên " +
      "môn thuộc UBND tỉnh sau sắp xếp", "2026-05-15", [NV], ["@departments"]],
    [`${NM} chủ trì, phối hợp với ${TC}, ${XD} xây dựng dự thảo Quyết định điều chỉnh Bảng giá đất năm 2026; dự ` +
      `thảo gửi ${TP} thẩm định trước ngày 10/6/2026, trình UBND tỉnh trước ngày 01/7/2026.`,
    "Xây dựng dự thảo Quyết định điều chỉnh Bảng giá đất năm 2026", "2026-06-30", [NM], [TC, XD]],
  ]],
  ["Cải cách thủ tục hành chính", [
    [`${VP} chủ trì, phối hợp với ${TT} xây dựng phương án tái cấu trúc quy trình giải quyết thủ tục hành chính ` +
      "liên thông giữa cấp tỉnh và cấp xã: xong dự thảo phương án trước ngày 15/4/2026; ban hành trong tháng 7/2026.",
    "Xây dựng phương án tái cấu trúc quy trình giải quyết thủ tục hành chính liên thông giữa cấp tỉnh và cấp xã",
      "2026-07-31", [VP], [TT]],
    [`${KH} chủ trì, phối hợp với Công an tỉnh, UBND các xã, phường triển khai thí điểm tích hợp dữ liệu dân cư ` +
      "vào quy trình giải quyết thủ tục hành chính tại 10 xã, phường (thí điểm từ tháng 5/2026, hoàn thành thí " +
      "điểm trước ngày 31/7/2026); tổng kết, mở rộng ra toàn tỉnh xong trong quý IV/2026.",
    "Thí điểm tích hợp dữ liệu dân cư vào quy trình giải quyết thủ tục hành chính, mở rộng ra toàn tỉnh",
      "2026-12-31", [KH], ["Công an tỉnh", X]],
    [`${TC} chủ trì, phối hợp với ${VP} xây dựng dự thảo Nghị quyết quy định mức thu phí, lệ phí khi thực hiện ` +
      "thủ tục hành chính trực tuyến; lấy ý kiến rộng rãi từ ngày 01/6 đến ngày 20/6/2026; trình HĐND tỉnh trước " +
      "ngày 15/8/2026.",
    "Xây dựng dự thảo Nghị quyết quy định mức thu phí, lệ phí khi thực hiện thủ tục hành chính trực tuyến",
      "2026-08-14", [TC], [VP]],
  ]],
  ["Cải cách tổ chức bộ máy, chế độ công vụ", [
    [`${NV} chủ trì, phối hợp với các sở, ban, ngành xây dựng Đề án vị trí việc làm trong các cơ quan hành chính ` +
      "cấp tỉnh; hoàn thành dự thảo Đề án trong quý II/2026, trình UBND tỉnh phê duyệt trước ngày 30/9/2026.",
    "Xây dựng Đề án vị trí việc làm trong các cơ quan hành chính cấp tỉnh", "2026-09-29", [NV], ["@departments"]],
    [`Sở Giáo dục và Đào tạo chủ trì, phối hợp với ${TC}, Sở Lao động - Thương binh và Xã hội xây dựng Kế hoạch ` +
      `tuyển dụng viên chức giáo dục năm học 2026 - 2027: gửi dự thảo đến ${NV} thẩm định trước ngày 15/7/2026; ` +
      "ban hành chậm nhất ngày 20/8/2026.",
    "Xây dựng Kế hoạch tuyển dụng viên chức giáo dục năm học 2026 - 2027", "2026-08-20", ["Sở Giáo dục và Đào tạo"],
      [TC, NV]],
    [`${NV} nghiên cứu, xây dựng dự thảo Nghị quyết của HĐND tỉnh về chính sách thu hút, đãi ngộ nhân lực chất ` +
      "lượng cao; hoàn thành dự thảo trước ngày 16/10/2026 để trình HĐND tỉnh tại kỳ họp thường lệ cuối năm 2026.",
    "Xây dựng dự thảo Nghị quyết của HĐND tỉnh về chính sách thu hút, đãi ngộ nhân lực chất lượng cao",
      "2026-10-15", [NV], []],
  ]],
  ["Xây dựng chính quyền điện tử, chính quyền số", [
    [`${KH} chủ trì, phối hợp với ${TC} xây dựng Quy chế quản lý, vận hành Nền tảng tích hợp, chia sẻ dữ liệu ` +
      "của tỉnh: dự thảo xong ngày 30/4/2026; hoàn thiện, trình ban hành trước ngày 01/6/2026.",
    "Xây dựng Quy chế quản lý, vận hành Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh", "2026-05-31", [KH], [TC]],
    ["Sở Y tế triển khai kết nối hồ sơ sức khỏe điện tử với các cơ sở khám bệnh, chữa bệnh công lập, bắt đầu từ " +
      "ngày 01/4/2026, bảo đảm 100% cơ sở được kết nối trong tháng 11/2026.",
    "Triển khai kết nối hồ sơ sức khỏe điện tử với các cơ sở khám bệnh, chữa bệnh công lập", "2026-11-30",
      ["Sở Y tế"], []],
  ]],
  ["Kiểm tra, đánh giá", [
    [`${NV} chủ trì, phối hợp với ${VP}, ${TP} kiểm tra công tác cải cách hành chính tại 15 xã, phường, chia ` +
      "làm hai đợt: đợt 1 hoàn thành trước ngày 31/7/2026; đợt 2 hoàn thành trước ngày 30/11/2026.",
    "Kiểm tra công tác cải cách hành chính tại 15 xã, phường (hai đợt)", "2026-11-29", [NV], [VP, TP]],
    ["Các sở, ban, ngành, UBND các xã, phường thực hiện tự kiểm tra việc thực hiện Kế hoạch này tại cơ quan, " +
      "đơn vị mình thường xuyên, kết hợp với các đợt kiểm tra của tỉnh.", null, null, [], []],
  ]],
];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 46/KH-UBND", "Thái Nguyên, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
    "Xây dựng, hoàn thiện văn bản phục vụ cải cách hành chính năm 2026"),
  { t: "p", num: "I.", list: { kind: "roman", inst: 1 }, text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Xác định rõ cơ quan chủ trì, thời hạn xây dựng dự thảo và thời hạn hoàn thành từng văn bản, " +
    "nhiệm vụ; bảo đảm văn bản được ban hành đúng thẩm quyền, đúng trình tự, thủ tục." },
  { t: "p", num: "II.", list: { kind: "roman", inst: 1 }, text: "NHIỆM VỤ CỤ THỂ", bold: true },
  { t: "p", text: "Đối với nhiệm vụ có hai mốc thời gian, mốc thứ nhất là thời hạn hoàn thành dự thảo (hoặc giai " +
    "đoạn đầu), mốc thứ hai là thời hạn hoàn thành nhiệm vụ.", italic: true },
];
const tasks = [];
G.forEach(([heading, items], gi) => {
  blocks.push({ t: "p", num: `${gi + 1}.`, list: { kind: "decimal", inst: 1 }, text: heading, bold: true });
  items.forEach(([text, title, due, lead, coord], i) => {
    const letter = String.fromCharCode(97 + i);
    blocks.push({ t: "p", num: `${letter})`, list: { kind: "letter", inst: 10 + gi }, text });
    if (due) tasks.push(task(`II.${gi + 1}.${letter}`, title, due, lead, coord));
  });
});
blocks.push(
  { t: "p", num: "III.", list: { kind: "roman", inst: 1 }, text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", num: "1.", list: { kind: "decimal", inst: 2 }, text: "Các cơ quan được giao chủ trì gửi hồ sơ dự thảo " +
    "văn bản đến Sở Tư pháp để thẩm định chậm nhất 10 ngày trước thời hạn trình; chịu trách nhiệm về tiến độ, chất " +
    "lượng dự thảo." },
  { t: "p", num: "2.", list: { kind: "decimal", inst: 2 }, text: "Sở Tư pháp theo dõi, đôn đốc việc thực hiện; tổng " +
    "hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 10/12/2026." },
  { t: "p", num: "3.", list: { kind: "decimal", inst: 2 }, text: "Văn phòng UBND tỉnh thường xuyên theo dõi, tham mưu " +
    "Chủ tịch UBND tỉnh chỉ đạo xử lý các nhiệm vụ chậm tiến độ." },
  ...sign(["Thường trực Tỉnh ủy, HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Hòa"),
);
tasks.push(task("III.2", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch", "2026-12-09", [TP]));
const style = "Kế hoạch 46/KH-UBND Thái Nguyên 02/3/2026 (after the reorganisation, no communes.json); prose, II " +
  "with areas 1-5 and items a)-c) (ref II.n.x), III 1-3. Most items carry two dates (draft / pilot / first round, " +
  "then the final one): due = the final date, the first is a milestone, not a task. II.3.c has one date only (the " +
  "draft, 'trước 16/10' -> 15/10; 'kỳ họp cuối năm' is no date). 'Trước ngày X' = X-1: 30/4 -> 29/4, 01/7 -> 30/6, " +
  "15/8 -> 14/8, 30/9 -> 29/9, 01/6 -> 31/5 Sun -> 1/6, 30/11 -> 29/11 Sun -> 30/11, 10/12 -> 9/12. 'trong tháng " +
  "7', 'tháng 11' = month end; 'quý IV' = 31/12. 'gửi Sở Tư pháp/Sở Nội vụ thẩm định', 'trình UBND/HĐND tỉnh' are " +
  "recipients. II.3.b writes the old 'Sở Lao động - Thương binh và Xã hội' -> Sở Nội vụ (successors). II.5.b " +
  "(thường xuyên), III.1 (relative), III.3 undated. PDF: LibreOffice export of plan-auto.docx.";
await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "46/KH-UBND", date: "2026-03-02" }, tasks, quotas: [], unresolved: [X, TT],
  successors: [{ written: "Sở Lao động - Thương binh và Xã hội", unit: NV }] } });
