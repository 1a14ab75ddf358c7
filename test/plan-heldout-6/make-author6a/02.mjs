// Held-out set 6, document 02: a Thông báo of Thái Nguyên's steering committee (2026) whose tasks
// are a list laid out with tab stops (number, task, lead, time), long titles broken by hand onto
// continuation lines that start with a tab, partners on a "Phối hợp:" continuation line.
import { p, h, row, cont, twoCols, chunks, writeAll } from "./tablist.mjs";

const STOPS = [454, 4820, 7200]; // twips from the left margin: task, lead, time
const WIDE = 34; // characters that fit before the lead's tab stop at 12 pt

function task(n, title, lead, time, partners) {
  const [first, ...rest] = chunks(title, WIDE);
  const out = [row(`${n}.`, [first, lead, time], { ref: "cv" })];
  for (const piece of rest) out.push(cont(piece));
  if (partners) out.push(cont(`Phối hợp: ${partners}.`)); // one line: nothing follows it on the right
  return out;
}

const blocks = [
  twoCols(
    [{ text: "UBND TỈNH THÁI NGUYÊN" }, { text: "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", bold: true }, { text: "Số: 25/TB-BCĐ" }],
    [
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true },
      { text: "Độc lập - Tự do - Hạnh phúc", bold: true },
      { text: "Thái Nguyên, ngày 09 tháng 3 năm 2026", italic: true },
    ],
  ),
  p("THÔNG BÁO", { bold: true, center: true }),
  p("Kết luận của Trưởng Ban Chỉ đạo cải cách hành chính tỉnh tại phiên họp thứ nhất năm 2026 và phân công nhiệm vụ các thành viên", { bold: true, center: true }),
  p("Ngày 05/3/2026, Ban Chỉ đạo cải cách hành chính tỉnh họp phiên thứ nhất năm 2026 dưới sự chủ trì của đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo. Sau khi nghe Sở Nội vụ báo cáo kết quả cải cách hành chính quý IV/2025 và ý kiến của các thành viên, Trưởng Ban Chỉ đạo kết luận như sau:"),
  h("I.", "ĐÁNH GIÁ CHUNG"),
  p("Sau sắp xếp tổ chức bộ máy và thực hiện chính quyền địa phương hai cấp, công tác cải cách hành chính của tỉnh được duy trì ổn định; tính đến ngày 28/02/2026, tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,6%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%. Tuy nhiên, việc số hóa hồ sơ tại cấp xã còn chậm; một số thủ tục hành chính chưa được chuẩn hóa sau sắp xếp."),
  h("II.", "PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN"),
  p("Trưởng Ban Chỉ đạo giao các cơ quan là thành viên Ban Chỉ đạo thực hiện các nhiệm vụ sau (đơn vị ghi tại cột thứ ba chủ trì thực hiện):"),
  row("TT", ["Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"], { bold: true }),
  ...task(1, "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính sau sắp xếp", "Văn phòng UBND tỉnh", "31/3/2026", "các sở, ban, ngành"),
  ...task(2, "Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính", "Văn phòng UBND tỉnh", "Tháng 4/2026", "Công an tỉnh, Sở KH&CN"),
  ...task(3, "Đánh giá, công bố chất lượng phục vụ của Trung tâm Phục vụ hành chính công tỉnh", "Sở Nội vụ", "Quý II/2026", "Văn phòng UBND tỉnh"),
  ...task(4, "Hướng dẫn UBND cấp xã kiện toàn Bộ phận Một cửa và bố trí công chức", "Sở Nội vụ", "15/4/2026", "UBND các xã, phường"),
  ...task(5, "Tuyên truyền cải cách hành chính trên các phương tiện thông tin đại chúng", "Sở VH,TT&DL", "Thường xuyên", "Báo và PT-TH Thái Nguyên"),
  ...task(6, "Triển khai ứng dụng VNeID trong giải quyết thủ tục hành chính về cư trú", "Công an tỉnh", "Trước 30/9/2026", "UBND các xã, phường"),
  ...task(7, "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở KH&CN", "Quý III/2026", "Văn phòng UBND tỉnh"),
  ...task(8, "Rà soát, sắp xếp đơn vị sự nghiệp công lập thuộc lĩnh vực y tế", "Sở Y tế", "Giữa năm 2026", "Sở Nội vụ, Sở Tài chính"),
  ...task(9, "Vận động hộ kinh doanh sử dụng hóa đơn điện tử, kê khai thuế qua ứng dụng eTax Mobile", "Thuế tỉnh", "30/11/2026", "Sở Tài chính"),
  ...task(10, "Quyết toán kinh phí cải cách hành chính năm 2025", "Sở Tài chính", "20/3/2026"),
  ...task(11, "Kiểm tra công tác cải cách hành chính tại 20 xã, phường", "Sở Nội vụ", "Quý IV/2026", "Sở Tư pháp, Văn phòng UBND tỉnh"),
  ...task(12, "Cập nhật, công khai tiến độ giải quyết hồ sơ trên Cổng Dịch vụ công", "Văn phòng UBND tỉnh", "Hằng tháng", "các sở, ban, ngành; UBND các xã, phường"),
  ...task(13, "Tổ chức khảo sát sự hài lòng của người dân, tổ chức (SIPAS) năm 2026", "Sở Nội vụ", "Tháng 10/2026", "Bưu điện tỉnh"),
  ...task(14, "Tổng hợp, báo cáo kết quả cải cách hành chính năm 2026", "Sở Nội vụ", "05/12/2026", "các sở, ban, ngành"),
  h("III.", "TỔ CHỨC THỰC HIỆN"),
  p("1. Thành viên Ban Chỉ đạo chịu trách nhiệm trước Trưởng Ban Chỉ đạo về kết quả thực hiện nhiệm vụ được phân công; nhiệm vụ chậm tiến độ phải báo cáo rõ nguyên nhân."),
  p("2. Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ chuẩn bị nội dung phiên họp sơ kết 6 tháng của Ban Chỉ đạo, trình Trưởng Ban Chỉ đạo chậm nhất là ngày 25/6/2026."),
  p("3. Các thành viên Ban Chỉ đạo gửi báo cáo kết quả thực hiện về Sở Nội vụ (cơ quan thường trực) trước ngày 15 hằng tháng để tổng hợp."),
  p("Ban Chỉ đạo cải cách hành chính tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
  twoCols(
    [
      { text: "Nơi nhận:", bold: true, italic: true, left: true, size: 24 },
      { text: "- Bộ Nội vụ (b/c);", left: true, size: 22 },
      { text: "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", left: true, size: 22 },
      { text: "- Thành viên Ban Chỉ đạo;", left: true, size: 22 },
      { text: "- UBND các xã, phường;", left: true, size: 22 },
      { text: "- Lưu: VT, BCĐ.", left: true, size: 22 },
    ],
    [
      { text: "KT. TRƯỞNG BAN", bold: true },
      { text: "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", bold: true },
      { text: "GIÁM ĐỐC SỞ NỘI VỤ", bold: true },
      { text: " " },
      { text: " " },
      { text: "Nguyễn Thị Loan", bold: true },
    ],
  ),
];

await writeAll("02-thai-nguyen-2026-steering-notice-tab-stop-list", { blocks, stops: STOPS, lists: ["cv"] });
