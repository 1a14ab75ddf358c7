// Held-out set 8, document 05: Kế hoạch 47-KH/TU of the Ban Thường vụ Tỉnh ủy Thái Nguyên (26/01/2026), in the
// Party's style. Writes plan.txt, plan-auto.docx (Word numbering "I-" / "1-" / "a)", the "đ)" typed as offices
// do), plan-typed.docx, and plan.pdf drawn by the npm package pdfjs. Run from the scratch folder (README.md).
import { join } from "node:path";
import { numbering, writeWordAndText } from "./lib.mjs";
import { pdfjsPdf } from "./pdfjs.mjs";
import { BLOCKS } from "./05-data.mjs";

const FOLDER = "05-thai-nguyen-2026-party-committee-plan-pdfjs";

const dir = await writeWordAndText(FOLDER, {
  blocks: BLOCKS,
  numbering: [
    numbering("party", [
      ["UPPER_ROMAN", "%1-", { bold: true }],
      ["DECIMAL", "%2-"],
      ["LOWER_LETTER", "%3)"],
    ]),
  ],
  first: { title: "Kế hoạch 47-KH/TU", creator: "Văn phòng Tỉnh ủy", pageNumbers: true },
});
await pdfjsPdf(join(dir, "plan.pdf"), BLOCKS);
console.log(`wrote ${dir}`);
