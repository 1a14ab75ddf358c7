// 11 Bắc Kạn 2023: a Quyết định (Word-numbered "Điều" articles) with the plan attached after "Nơi nhận";
// the plan's tasks in prose, several in ONE paragraph separated by line breaks (w:br); footnotes.
import { P, N, PAGE, header, signature, writeAll, numbering } from "./lib.mjs";

const BR = { br: true };
const dieu = (label, runs) => N(label, "dieu", 0, runs);
const sec = (label, text) => N(label, "plan", 0, text, { bold: true });
const item = (label, runs, o) => N(label, "plan", 1, runs, o);

const decision = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"],
    number: "412/QĐ-UBND",
    placeDate: "Bắc Kạn, ngày 14 tháng 3 năm 2023",
  }),
  P("QUYẾT ĐỊNH", { center: true, bold: true }),
  P(
    "Ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2023 trên địa bàn tỉnh Bắc Kạn",
    { center: true, bold: true },
  ),
  P("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", { center: true, bold: true }),
  P(
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    { italic: true },
  ),
  P(
    [
      "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính",
      { fn: 1 },
      "; Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
    ],
    { italic: true },
  ),
  P("Theo đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 35/TTr-VPUBND ngày 08 tháng 3 năm 2023.", {
    italic: true,
  }),
  P("QUYẾT ĐỊNH:", { center: true, bold: true }),
  dieu(
    "Điều 1.",
    "Ban hành kèm theo Quyết định này Kế hoạch rà soát, đơn giản hóa thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2023 trên địa bàn tỉnh Bắc Kạn.",
  ),
  dieu("Điều 2.", "Quyết định này có hiệu lực thi hành kể từ ngày ký."),
  dieu(
    "Điều 3.",
    "Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
  ),
  signature(
    [
      "- Như Điều 3;",
      "- Văn phòng Chính phủ (Cục KSTTHC);",
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- CT, PCT UBND tỉnh;",
      "- LĐVP;",
      "- Lưu: VT, KSTT.",
    ],
    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Văn Thắng"],
  ),
  PAGE,
];

const plan = [
  header({ organ: ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"], number: null, placeDate: null }),
  P("KẾ HOẠCH", { center: true, bold: true }),
  P(
    "Rà soát, đơn giản hóa thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2023 trên địa bàn tỉnh Bắc Kạn",
    { center: true, bold: true },
  ),
  P("(Ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 14/3/2023 của UBND tỉnh Bắc Kạn)", {
    center: true,
    italic: true,
  }),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P(
    "Cắt giảm thủ tục hành chính, giấy tờ không cần thiết, giảm chi phí tuân thủ cho người dân, doanh nghiệp; nâng cao chất lượng hoạt động của Bộ phận Một cửa các cấp. Nhiệm vụ được giao phải hoàn thành đúng thời hạn, có kết quả cụ thể.",
  ),
  sec("II.", "NHIỆM VỤ CỤ THỂ"),
  item("1.", "Rà soát, đơn giản hóa thủ tục hành chính", { bold: true }),
  P([
    "a) Văn phòng UBND tỉnh xây dựng Kế hoạch rà soát, đánh giá quy định, thủ tục hành chính năm 2023, trình Chủ tịch UBND tỉnh ban hành trước ngày 31/3/2023.",
    BR,
    "b) Các sở, ban, ngành tỉnh rà soát thủ tục hành chính thuộc lĩnh vực quản lý theo Kế hoạch được phê duyệt, gửi kết quả về Văn phòng UBND tỉnh chậm nhất ngày 15/8/2023.",
    BR,
    "c) UBND các huyện, thành phố rà soát thủ tục hành chính thực hiện tại cấp huyện, cấp xã; báo cáo kết quả về Văn phòng UBND tỉnh trước ngày 10/8/2023.",
    BR,
    "d) Văn phòng UBND tỉnh tổng hợp, trình Chủ tịch UBND tỉnh thông qua phương án đơn giản hóa thủ tục hành chính trong tháng 9/2023.",
  ]),
  item("2.", "Thực hiện cơ chế một cửa, một cửa liên thông", { bold: true }),
  P(
    [
      "- UBND các huyện, thành phố hoàn thành việc kiện toàn, bố trí công chức làm việc tại Bộ phận Một cửa cấp huyện, cấp xã trước ngày 30/4/2023.",
      BR,
      "- Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cổng Dịch vụ công quốc gia; thời gian hoàn thành: Quý III/2023.",
      BR,
      [
        "- Công an tỉnh phối hợp với UBND các huyện, thành phố tiếp nhận hồ sơ thủ tục hành chính lĩnh vực cư trú tại Bộ phận Một cửa cấp huyện",
        { fn: 2 },
        ", hoàn thành trong 6 tháng đầu năm 2023.",
      ],
      BR,
      "- Bưu điện tỉnh phối hợp với các cơ quan, đơn vị thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.",
    ].flat(),
  ),
  item("3.", "Kiểm tra, tuyên truyền", { bold: true }),
  P([
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông tại 05 sở, ngành và 03 huyện (Chợ Đồn, Na Rì, Pác Nặm), hoàn thành trong tháng 11/2023.",
    BR,
    "Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh xây dựng phóng sự chuyên đề về kết quả cải cách thủ tục hành chính của tỉnh, đăng tải, phát sóng trước ngày 20/12/2023.",
  ]),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  item(
    "1.",
    "Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; tổng hợp báo cáo kết quả năm 2023, gửi Văn phòng Chính phủ trước ngày 05/12/2023.",
  ),
  item("2.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
  item(
    "3.",
    "Các sở, ban, ngành tỉnh, UBND các huyện, thành phố báo cáo định kỳ hằng quý về Văn phòng UBND tỉnh để tổng hợp./.",
  ),
];

await writeAll("11-bac-kan-2023-decision-line-breaks", {
  blocks: [...decision, ...plan],
  footnotes: {
    1: "Được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP và Nghị định số 92/2017/NĐ-CP.",
    2: "Trong năm 2023 thực hiện thí điểm tại huyện Chợ Mới và thành phố Bắc Kạn.",
  },
  numbering: [
    numbering("dieu", [["decimal", "Điều %1."]]),
    numbering("plan", [
      ["upperRoman", "%1."],
      ["decimal", "%2."],
    ]),
  ],
});
