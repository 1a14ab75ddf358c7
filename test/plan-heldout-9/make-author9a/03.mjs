// 03: Bắc Kạn, 2023 — tasks numbered 1, 2, 3 … continuously across unnumbered topic headings (no Roman
// numerals); each task a paragraph followed by "- Cơ quan thực hiện: …" / "- Thời gian: …" lines in varying order.
// plan.pdf drawn by pdfkit.
import { join } from "node:path";
import { headerBlock, signBlock, writeWordAndText } from "./model.mjs";
import { pdfkitPdf } from "./pdfkit.mjs";
import { SECTIONS } from "./03-data.mjs";

const SLUG = "03-bac-kan-2023-continuous-numbers-labelled-lines";

const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const HEAD = (text) => ({ text, bold: true, indent: 709, keepNext: true, before: 120 });
const dash = (text, inst) => ({ label: "-", text, list: { kind: "dash", inst }, indent: 709, align: "justify" });

function taskBlocks() {
  const out = [];
  let n = 0;
  SECTIONS.forEach(([heading, tasks], s) => {
    out.push({ text: heading, bold: true, italic: true, indent: 709, keepNext: true, before: 60 });
    tasks.forEach(([text, lines], t) => {
      n += 1;
      out.push({
        label: `${n}.`,
        text,
        list: { kind: "decimal", inst: "tasks" },
        indent: 709,
        align: "justify",
        keepNext: true,
      });
      for (const line of lines) out.push(dash(line, `s${s}t${t}`));
    });
  });
  return out;
}

const BLOCKS = [
  ...headerBlock({
    issuer: "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN",
    number: "Số: 118/KH-UBND",
    place: "Bắc Kạn, ngày 16 tháng 02 năm 2023",
  }),
  { text: "KẾ HOẠCH", bold: true, align: "center", before: 240 },
  {
    text: "Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)\n" +
      "và Chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2023",
    bold: true,
    align: "center",
    after: 240,
  },
  P("Căn cứ Báo cáo Chỉ số PAPI năm 2021 công bố ngày 26/4/2022 và kết quả Chỉ số SIPAS năm 2022 do Bộ Nội vụ công bố " +
    "ngày 15/01/2023 (tỉnh Bắc Kạn xếp thứ 52/63 về PAPI, 40/63 về SIPAS); thực hiện Chương trình hành động số 22/CTr-UBND " +
    "ngày 05/01/2023 của UBND tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
  HEAD("MỤC ĐÍCH, YÊU CẦU"),
  dash("Xác định rõ nguyên nhân các chỉ số nội dung có điểm thấp, đề ra giải pháp khắc phục cụ thể, khả thi.", "my"),
  dash("Phân công rõ cơ quan thực hiện, thời gian hoàn thành; gắn trách nhiệm người đứng đầu với kết quả cải thiện chỉ số.", "my"),
  HEAD("NHIỆM VỤ CỤ THỂ"),
  ...taskBlocks(),
  HEAD("TỔ CHỨC THỰC HIỆN"),
  P("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả " +
    "thực hiện các nhiệm vụ được giao tại Kế hoạch này; định kỳ báo cáo theo yêu cầu của Sở Nội vụ."),
  P("Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai thực hiện Kế hoạch./."),
  signBlock({
    recipients: ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, PCT UBND tỉnh;", "- Các sở, ban, ngành;",
      "- UBND các huyện, thành phố;", "- LĐVP;", "- Lưu: VT, NCPC."],
    signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Nguyễn Đăng Bình"],
  }),
];

const dir = await writeWordAndText(SLUG, BLOCKS, "Kế hoạch 118/KH-UBND");
await pdfkitPdf(join(dir, "plan.pdf"), BLOCKS, { title: "Kế hoạch 118/KH-UBND" });
console.log("wrote", dir);
