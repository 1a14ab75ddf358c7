// 08: Lai Châu 2026 (after the reorganisation), a joint plan of the Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh and
// UBND tỉnh: three-column header (two issuers, each with its own number, and the motto), duties of each side in
// lettered lists, a joint table, two signatures side by side with "Nơi nhận" below.
import path from "node:path";
import { build, task } from "./lib.mjs";

const id = "08-lai-chau-2026-joint-plan-front-and-people-committee";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh";
const SNV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const C = { align: "center", size: 20 };

const rows = [
  ["TT", "Nội dung phối hợp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
  ["1", "Hội nghị sơ kết 6 tháng thực hiện Kế hoạch phối hợp", SNV, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
    "Tháng 7/2026"],
  ["2", "Giám sát chuyên đề việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh", `${SNV}; ${VP}`, "Quý II/2026"],
  ["3", "Tuyên truyền kết quả giám sát, phản biện xã hội về cải cách hành chính", `Ủy ban MTTQ Việt Nam tỉnh; ${SNV}`,
    "Báo Lai Châu; Đài Phát thanh - Truyền hình tỉnh", "Trong năm 2026"],
  ["4", "Đối thoại giữa lãnh đạo UBND tỉnh với người dân, doanh nghiệp về thủ tục hành chính", VP,
    "Ủy ban MTTQ Việt Nam tỉnh; Hiệp hội Doanh nghiệp tỉnh", "Tháng 9/2026"],
  ["5", "Khảo sát sự hài lòng của người dân (SIPAS) năm 2026 tại các thôn, bản, tổ dân phố", SNV,
    "Ủy ban MTTQ Việt Nam tỉnh; UBND các xã, phường", "Tháng 10/2026"],
  ["6", "Hội nghị tổng kết thực hiện Kế hoạch phối hợp năm 2026", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", SNV,
    "Trước ngày 20/12/2026"],
];
const sides = [
  ["Giao Sở Nội vụ cung cấp thông tin về kết quả Chỉ số cải cách hành chính, Chỉ số SIPAS năm 2025 của tỉnh",
    " cho Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trước ngày 31/3/2026."],
  ["Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ công khai kết quả tiếp nhận, xử lý " +
    "phản ánh, kiến nghị về thủ tục hành chính trên Cổng Thông tin điện tử tỉnh", "; hoàn thành trong tháng 5/2026."],
  ["Chỉ đạo UBND các xã, phường tạo điều kiện để Ban Thường trực Ủy ban MTTQ Việt Nam cùng cấp giám sát việc " +
    "giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công cấp xã", ", báo cáo kết quả về UBND tỉnh " +
    "(qua Sở Nội vụ) trước ngày 30/11/2026."],
  ["Tiếp thu, giải trình đầy đủ ý kiến phản biện xã hội của Mặt trận đối với dự thảo văn bản về cải cách hành " +
    "chính", "; thực hiện thường xuyên."],
  ["Xây dựng, ban hành chương trình giám sát chuyên đề về giải quyết thủ tục hành chính lĩnh vực đất đai tại một " +
    "số xã, phường", " trước ngày 15/4/2026."],
  ["Chủ trì, phối hợp với Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh lấy ý kiến hội viên về chất lượng phục " +
    "vụ của cơ quan hành chính nhà nước", "; xong trong Quý III/2026."],
  ["Tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân về cải cách hành chính", " gửi UBND tỉnh (qua Sở Nội vụ) " +
    "chậm nhất ngày 20/10/2026."],
];

const blocks = [
  { t: "table", borders: false, widths: [2900, 2300, 5000], rows: [
    [{ text: "ỦY BAN MTTQ VIỆT NAM\nTỈNH LAI CHÂU\nBAN THƯỜNG TRỰC", bold: true, ...C },
      { text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, ...C },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, ...C }],
    [{ text: "Số: 17/KH-MTTQ-BTT", ...C }, { text: "Số: 62/KH-UBND", ...C },
      { text: "Lai Châu, ngày 09 tháng 3 năm 2026", italic: true, ...C }],
  ] },
  p("KẾ HOẠCH PHỐI HỢP", { bold: true, align: "center", indent: false }),
  p("Giám sát, lấy ý kiến Nhân dân về cải cách hành chính và chất lượng phục vụ của cơ quan hành chính nhà nước " +
    "trên địa bàn tỉnh Lai Châu năm 2026", { bold: true, align: "center", indent: false }),
  p("Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 (sửa đổi, bổ sung năm 2025); Quy chế phối hợp công tác giữa " +
    "UBND tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND " +
    "tỉnh Lai Châu thống nhất ban hành Kế hoạch phối hợp năm 2026 như sau:"),
  li("roman", 1, "I.", "MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  p("Phát huy vai trò giám sát, phản biện xã hội của Mặt trận; mỗi bên chủ động thực hiện phần việc của mình, " +
    "bảo đảm đúng thời gian đã thống nhất."),
  li("roman", 1, "II.", "NGUYÊN TẮC PHỐI HỢP", { bold: true }),
  p("Phối hợp trên cơ sở chức năng, nhiệm vụ của mỗi bên; không làm thay, không chồng chéo."),
  li("roman", 1, "III.", "NỘI DUNG PHỐI HỢP", { bold: true }),
  li("decimal", 1, "1.", "Trách nhiệm của UBND tỉnh", { bold: true }),
  ...sides.slice(0, 4).map(([a, b], i) => li("letter", 1, "abcd"[i] + ")", a + b)),
  li("decimal", 1, "2.", "Trách nhiệm của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", { bold: true }),
  ...sides.slice(4).map(([a, b], i) => li("letter", 2, "abc"[i] + ")", a + b)),
  li("decimal", 1, "3.", "Nội dung phối hợp chung", { bold: true }),
  { t: "table", header: 1, widths: [550, 3500, 1900, 2000, 1400], rows },
  li("roman", 1, "IV.", "TỔ CHỨC THỰC HIỆN", { bold: true }),
  li("decimal", 2, "1.", "Sở Nội vụ là cơ quan đầu mối của UBND tỉnh; Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam " +
    "tỉnh là đầu mối của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trong thực hiện Kế hoạch."),
  li("decimal", 2, "2.", "Sở Nội vụ và Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh tổng hợp kết quả, báo " +
    "cáo lãnh đạo hai bên trước ngày 10/12/2026./."),
  { t: "table", borders: false, widths: [4700, 4700], rows: [[
    { text: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nLê Văn Lương", bold: true, ...C },
    { text: "TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM TỈNH\nCHỦ TỊCH\n\n\nGiàng A Tính", bold: true, ...C },
  ]] },
  p("Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Thường trực HĐND tỉnh;\n- Các sở, ban, ngành tỉnh;\n" +
    "- UBND các xã, phường;\n- Lưu: VT MTTQ, VT UBND.", { indent: false }),
];

const t = (n) => rows.find((r) => r[0] === n)[1];
const X = "UBND cấp xã";
const PRESS = "Báo và Phát thanh, Truyền hình Lai Châu";
const BDC = "Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh";
const s = (i) => sides[i][0];
const tasks = [
  task("III.1.a", s(0), "2026-03-30", [SNV]),
  task("III.1.b", s(1), "2026-05-31", [VP], ["Sở Khoa học và Công nghệ"]),
  task("III.1.c", s(2), "2026-11-29", [X]),
  task("III.2.a", s(4), "2026-04-14", [MT]),
  task("III.2.b", s(5), "2026-09-30", [MT], ["Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"]),
  task("III.2.c", s(6), "2026-10-20", [MT]),
  task("1", t("1"), "2026-07-31", [SNV], [MT]),
  task("2", t("2"), "2026-06-30", [MT], [SNV, VP]),
  task("3", t("3"), "2026-12-31", [MT, SNV], [PRESS]),
  task("4", t("4"), "2026-09-30", [VP], [MT, "Hiệp hội Doanh nghiệp tỉnh"]),
  task("5", t("5"), "2026-10-31", [SNV], [MT, X]),
  task("6", t("6"), "2026-12-19", [MT], [SNV]),
  task("IV.2", "Tổng hợp kết quả, báo cáo lãnh đạo hai bên", "2026-12-09", [SNV, BDC]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "libreoffice", expected: {
  id,
  style: "Joint Kế hoạch phối hợp of the Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu and UBND tỉnh Lai Châu, " +
    "09/3/2026 (after the reorganisation; no communes.json). Borderless three-column header: MTTQ issuer | UBND " +
    "issuer | motto, under them TWO numbers ('Số: 17/KH-MTTQ-BTT' | 'Số: 62/KH-UBND') and the date; plan.number = " +
    "the UBND's. III.1 / III.2 are the duties of each side in a)-d) / a)-c) Word lists (ref 'III.1.a'); III.3 a " +
    "joint table TT | Nội dung phối hợp | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện (ref = TT, as " +
    "every set reads a table's rows). 'Giao Sở X …' = X leads; III.1.c 'Chỉ đạo UBND các xã, phường … báo cáo kết quả về UBND tỉnh (qua Sở Nội " +
    "vụ)' = UBND cấp xã leads (unresolved), UBND tỉnh and Sở Nội vụ are recipients; III.2.c 'gửi UBND tỉnh (qua " +
    "Sở Nội vụ)' likewise. 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh' (the side's heading, III.2 items and table " +
    "cells) = Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; 'Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh' (IV.2) is " +
    "its department, unresolved. III.1.d 'thường xuyên' left out. Old names 'Báo Lai Châu', 'Đài Phát thanh - " +
    "Truyền hình tỉnh' (row 3) -> Báo và Phát thanh, Truyền hình Lai Châu. Two signatures side by side, 'Nơi " +
    "nhận' below them. Moves: 31/5 (Sun) -> 1/6; 29/11 (Sun) -> 30/11; 31/10 (Sat) -> 2/11; 19/12 (Sat) -> 21/12. " +
    "Printed by LibreOffice.",
  province: "Lai Châu",
  plan: { number: "62/KH-UBND", date: "2026-03-09" },
  tasks,
  unresolved: [X, BDC],
  successors: [{ written: "Báo Lai Châu", unit: PRESS }, { written: "Đài Phát thanh - Truyền hình tỉnh", unit: PRESS }],
} });
