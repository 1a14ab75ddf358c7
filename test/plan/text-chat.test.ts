// A plan pasted out of a chat app: pictographs as bullets and as labels, keycap numbers, lines broken at an ellipsis,
// the sender's words around it; its first line names the plan it passes on, whose year dates "15/4".
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { readMetadata } from "../../src/plan/metadata.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { isChatCopy, withoutChatMarks } from "../../src/plan/text-chat.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { names } from "../support/text-plans.ts";
import { chatLines } from "../support/large-inputs.ts";

/** A whole text, as pasted, read as the CLI reads text. */
function parseWhole(text: string) {
  const read = readTextPlan(text);
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

const CHAT = [
  "Kế hoạch số 41/KH-UBND ngày 02/3/2026 của UBND tỉnh Thái Nguyên về cải cách hành chính năm 2026",
  "Mình gửi mọi người các việc chính nhé 👇",
  "",
  "🔸 *II. NHIỆM VỤ*",
  "1️⃣ *Rà soát thủ tục*",
  "▶️ a) Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai…",
  "… và xây dựng 😊",
  "👥 *Sở Nông nghiệp và Môi trường* chủ trì; phối hợp: Sở Tư pháp",
  "🗓 trước 20/4",
  "▶️ b) Công khai thủ tục trên Cổng dịch vụ công",
  "🏢 Văn phòng UBND tỉnh",
  "⏰ Hạn: 30/6",
  "",
  "Mọi người chú ý giúp em nhé 🙏🙏",
  "2️⃣ *Kiểm tra*",
  "▶️ Kiểm tra công tác cải cách hành chính tại các sở",
  "👤 Sở Nội vụ",
  "🗓 _quý III_",
].join("\n");

describe("a plan pasted out of a chat app", () => {
  it("reads pictographs as bullets and labels, keycaps as numbers, and joins lines broken at an ellipsis", () => {
    expect(withoutChatMarks(CHAT.split("\n")).slice(3, 12)).toEqual([
      "*II. NHIỆM VỤ*",
      "1. *Rà soát thủ tục*",
      "a) Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai và xây dựng",
      "Đơn vị thực hiện: *Sở Nông nghiệp và Môi trường* chủ trì; phối hợp: Sở Tư pháp",
      "Thời hạn: trước 20/4",
      "b) Công khai thủ tục trên Cổng dịch vụ công",
      "Đơn vị thực hiện: Văn phòng UBND tỉnh",
      "Hạn: 30/6",
      "",
    ]);
  });

  it("gives the tasks, dated in the year of the plan its first line names", () => {
    const plan = parseWhole(CHAT);
    expect([plan.plan.number, plan.plan.date]).toEqual(["41/KH-UBND", "2026-03-02"]);
    const rows = plan.tasks
      .filter((t) => t.kind === "task")
      .map((t) => [t.ref, t.title, t.deadline?.due ?? null, names(t.lead), names(t.coordinators)]);
    expect(rows).toEqual([
      [
        "II.1.a",
        "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai và xây dựng",
        "2026-04-19",
        ["Sở Nông nghiệp và Môi trường"],
        ["Sở Tư pháp"],
      ],
      ["II.1.b", "Công khai thủ tục trên Cổng dịch vụ công", "2026-06-30", ["Văn phòng UBND tỉnh"], []],
      ["II.2.1", "Kiểm tra công tác cải cách hành chính tại các sở", "2026-09-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("leaves a text with a pictograph or two alone", () => {
    const lines = ["1. Tuyên truyền ✅ xong", "📌 Lưu ý: gửi báo cáo qua hệ thống", "2. Tập huấn… … cán bộ"];
    expect(isChatCopy(lines)).toBe(false);
    expect(withoutChatMarks(lines)).toEqual(lines);
    const row = "✔\tSở Y tế\tQuý II";
    expect(withoutChatMarks([row, ...lines.map((l) => `👉 ${l}`)])[0]).toBe(row);
  });

  it("takes a plan the first lines cite as their basis for no plan of their own", () => {
    const cited = ["Căn cứ Kế hoạch số 9/KH-UBND ngày 05/01/2026 của UBND tỉnh;", ...CHAT.split("\n")];
    const read = readTextPlan(cited.join("\n"));
    if (!read.ok) throw new Error(read.error.code);
    expect(readMetadata(read.document.blocks, "Thái Nguyên").meta.number).toBeNull();
  });

  it("reads 20,000 chat lines, and a line of 20,000 pictographs", () => {
    const { lines, long } = chatLines(20_000);
    expect(withoutChatMarks(lines)).toHaveLength(10_000);
    expect(withoutChatMarks([long, long, long])[0]).toMatch(/x$/);
  });
});
