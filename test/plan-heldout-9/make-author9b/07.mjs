// Document 07: UBND xã Bình Lư (Lai Châu) 2025, schedule in Word text boxes; plan.pdf by LibreOffice Writer.
import { P, N, BOX, PAGE, headerBlock, signatureBlock, numbering, writeWordAndText, writeExpected, libreOfficePdf }
  from "./lib.mjs";
import { BOXES, HEIGHTS, STYLE, VP, THON } from "./07-data.mjs";

const FOLDER = "07-lai-chau-2025-commune-text-box-milestones";
const H = (label, text) => N(label, "heads", 0, { b: text }, { typed: false });

const blocks = [
  headerBlock(["UBND XÃ BÌNH LƯ", "_______"], "Số: 87/KH-UBND", "Bình Lư, ngày 15 tháng 10 năm 2025"),
  P({ b: "KẾ HOẠCH" }, { align: "center", before: 240 }),
  P(
    { b: "Nâng cao chất lượng phục vụ người dân, doanh nghiệp; cải thiện Chỉ số SIPAS, Chỉ số PAPI trên địa bàn xã" },
    { align: "center" },
  ),
  P({ b: "từ Quý IV/2025 đến hết Quý II/2026" }, { align: "center", after: 200 }),
  P(
    "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế " +
      "một cửa, một cửa liên thông; Kế hoạch số 3150/KH-UBND ngày 22/9/2025 của UBND tỉnh Lai Châu về nâng cao Chỉ số " +
      "SIPAS, PAPI năm 2025 - 2026; căn cứ tình hình thực tế sau 03 tháng vận hành chính quyền địa phương hai cấp " +
      "(từ ngày 01/7/2025), UBND xã Bình Lư ban hành Kế hoạch như sau:",
  ),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P(
    "1. Nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã; " +
      "100% hồ sơ được giải quyết đúng hạn, không để người dân phải đi lại nhiều lần.",
  ),
  P("2. Phân công cụ thể, có mốc thời gian rõ ràng; gắn trách nhiệm người đứng đầu các phòng, đơn vị thuộc UBND xã."),
  H("II.", "CHỈ TIÊU"),
  P(
    "Tỷ lệ hài lòng của người dân đạt trên 95%; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%; 100% thôn, bản có " +
      "Tổ công nghệ số cộng đồng hoạt động hiệu quả.",
  ),
  H("III.", "NHIỆM VỤ VÀ LỊCH TRIỂN KHAI"),
  P(
    "Các nhiệm vụ được bố trí theo 05 mốc tại Phụ lục kèm theo. Nhiệm vụ không ghi hạn riêng hoàn thành trong thời " +
      "gian của mốc; nhiệm vụ thường xuyên thực hiện liên tục trong suốt thời gian Kế hoạch.",
  ),
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P(
    `1. ${VP} theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND xã trước ngày 25 ` +
      "hằng tháng.",
  ),
  P(
    "2. Các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã, Công an xã căn cứ nhiệm vụ được giao chủ động " +
      "triển khai; kịp thời báo cáo khó khăn, vướng mắc.",
  ),
  P(`3. ${THON} tuyên truyền, vận động Nhân dân tham gia đánh giá sự hài lòng; phản ánh kịp thời ý kiến của Nhân dân.`),
  P(
    "4. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội giám sát việc thực hiện Kế hoạch; " +
      "vận động đoàn viên, hội viên sử dụng dịch vụ công trực tuyến./.",
  ),
  signatureBlock(
    ["- UBND tỉnh (b/c);", "- Sở Nội vụ (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- CT, các PCT UBND xã;",
      "- Các phòng, đơn vị thuộc UBND xã;", "- Các thôn, bản;", "- Lưu: VT."],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Tẩn Văn Chảo"],
  ),
  PAGE,
  P({ b: "PHỤ LỤC: LỊCH TRIỂN KHAI THEO MỐC" }, { align: "center" }),
  P({ i: "(Kèm theo Kế hoạch số 87/KH-UBND ngày 15/10/2025 của UBND xã Bình Lư)" }, { align: "center", after: 160 }),
];

const tasks = [];
BOXES.forEach(([heading, boxDue, boxEff, items], k) => {
  const paras = [P({ b: heading }, { align: "center", noIndent: true })];
  for (const [ref, title, lead, coord, han, due, eff] of items) {
    const who = `Chủ trì: ${lead.join(", ")}` + (coord.length ? `; phối hợp: ${coord.join(", ")}` : "");
    const when = han ? ` — Hạn: ${han}` : "";
    paras.push(P([{ b: `${ref}. ` }, `${title} — ${who}${when}.`], { noIndent: true, before: 20, after: 20 }));
    if (due === undefined) continue;
    tasks.push({
      ref,
      title,
      due: due ?? boxDue,
      effectiveDue: due ? (eff ?? due) : boxEff,
      inherited: due === null,
      lead,
      coordinators: coord,
    });
  }
  blocks.push(BOX(paras, { height: `${HEIGHTS[k]}pt` }));
});
tasks.push({
  ref: "IV.1",
  title: `${VP} theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch`,
  due: "2025-10-25",
  effectiveDue: "2025-10-27",
  inherited: false,
  lead: [VP],
  coordinators: [],
});

const known = new Set(["Sở Nội vụ"]);
const unresolved = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.coordinators]))].filter((u) => !known.has(u));

const num = [numbering("heads", [["UPPER_ROMAN", "%1.", { bold: true }]])];
const dir = await writeWordAndText(FOLDER, { blocks, numbering: num, first: { title: "Kế hoạch 87/KH-UBND" } });
writeExpected(FOLDER, {
  style: STYLE,
  province: "Lai Châu",
  plan: { number: "87/KH-UBND", date: "2025-10-15" },
  unresolved,
  successors: [],
  tasks,
});
if (!process.argv.includes("--no-pdf")) libreOfficePdf(dir);
