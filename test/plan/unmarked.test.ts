// A plan typed without Vietnamese marks (a phone without a Vietnamese keyboard) is read as a marked one: the readers'
// words and the units' names get their marks back; other words stay as typed.
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { looksLikePlan } from "../../src/plan/plan-like.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { readMetadata } from "../../src/plan/metadata.ts";
import { withoutChatMarks, withoutChatParagraphs } from "../../src/plan/text-chat.ts";
import { restoreMarks, typedUnmarked } from "../../src/plan/unmarked.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";

const read = async (lines: string[]) => {
  const result = await readPlan(Buffer.from(lines.join("\n")));
  if (!result.ok) throw new Error(result.error.code);
  return result.document;
};

describe("restoring marks", () => {
  it("marks the deadline and role words and the units' names, keeping each word's case", () => {
    expect(restoreMarks("So Y te chu tri, phoi hop So Tai chinh; HAN TRUOC 20/5")).toBe(
      "Sở Y tế chủ trì, phối hợp Sở Tài chính; HẠN TRƯỚC 20/5",
    );
  });

  it("marks an ambiguous word only beside a number: a quarter, not a rule", () => {
    expect(restoreMarks("hoan thanh trong quy III, theo quy dinh")).toBe("hoàn thành trong quý III, theo quy dinh");
    expect(restoreMarks("cap nhat so lieu, KH so 12/KH-UBND")).toBe("cap nhat so lieu, KH số 12/KH-UBND");
  });

  it("leaves a word of several readings as typed unless a phrase settles it: a province, not a situation", () => {
    expect(restoreMarks("tinh hinh dia phuong, phuong an thuc hien")).toBe("tinh hinh dia phuong, phuong an thực hiện");
    expect(restoreMarks("UBND tinh, UBND cac xa, phuong chu tri")).toBe("UBND tỉnh, UBND các xã, phường chủ trì");
    expect(restoreMarks("ve sinh moi truong, gui ve So Noi vu den ngay 5/7")).toBe(
      "ve sinh moi truong, gửi về Sở Nội vụ đến ngày 5/7",
    );
  });

  it("takes a text for unmarked only when (almost) none of its words carry a mark", () => {
    const words = "Tap huan ky nang cho can bo cac xa phuong tren dia ban tinh nam 2026 theo ke hoach da ban hanh";
    expect(typedUnmarked([words])).toBe(true);
    expect(typedUnmarked(["Tập huấn kỹ năng cho cán bộ các xã, phường trên địa bàn tỉnh năm 2026 theo kế hoạch"])).toBe(
      false,
    );
  });

  it("reads the tasks of a plan typed without marks: its leads, partners and deadlines", async () => {
    const document = await read([
      "UY BAN NHAN DAN TINH BAC KAN",
      "So: 88/KH-UBND",
      "Bac Kan, ngay 10 thang 3 nam 2024",
      "KE HOACH",
      "Trien khai cong tac phong chong thien tai nam 2024",
      "1. Ra soat phuong an ung pho voi lu quet. So Nong nghiep va Phat trien nong thon chu tri, phoi hop So Tai chinh; hoan thanh truoc ngay 30/5/2024.",
      "2. Kiem tra cong trinh thuy loi xung yeu. Cong an tinh chu tri; thoi han: quy III nam 2024.",
    ]);
    const parsed = parsePlan(document, BAC_KAN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const tasks = parsed.plan.tasks.map((t) => [
      t.ref,
      t.deadline?.due,
      t.lead.map((u) => u.name),
      t.coordinators.map((u) => u.name),
    ]);
    expect(tasks).toEqual([
      ["1", "2024-05-29", ["Sở Nông nghiệp và Phát triển nông thôn"], ["Sở Tài chính"]],
      ["2", "2024-09-30", ["Công an tỉnh"], []],
    ]);
  });

  it("takes a message citing a plan by its number for a plan", async () => {
    const document = await read([
      "Thuc hien KH so 45/KH-UBND cua UBND tinh, de nghi cac don vi luu y:",
      "- So Noi vu chu tri xay dung bo chi so, han truoc 15/4/2026",
      "- So Tai chinh chu tri bo tri kinh phi, hoan thanh trong quy II nam 2026",
    ]);
    expect(looksLikePlan(document)).toBe(true);
  });

  it("restores a very long line word by word, each word its own length", () => {
    const line = "chu tri phoi hop so lieu quy II ".repeat(20_000);
    const restored = restoreMarks(line);
    expect(restored.length).toBe(line.length);
    expect(restored.startsWith("chủ trì phối hợp so lieu quý II ")).toBe(true);
  });
});

describe("a chat message typed without marks", () => {
  const MESSAGE = [
    "Thuc hien KH so 20/KH-UBND ngay 02/3/2025 cua UBND tinh, VP tom tat cac viec de cac don vi luu y:",
    "",
    "1️⃣ Tap huan nghiep vu cho can bo mot cua",
    "👉 So Noi vu chu tri, phoi hop So Tu phap",
    "👉 Xong truoc 20/4 nhe",
    "",
    "2️⃣ Ra soat quy trinh noi bo",
    "▶️ Lam ro tung buoc cua quy trinh",
    "",
    "3️⃣ Kiem tra viec cong khai thu tuc",
    "👉 Thanh tra tinh chu tri, han 30/6 😊",
  ];

  it("takes the plan it sums up for its plan, and the lines under a number saying who and when for its details", () => {
    const lines = withoutChatMarks(MESSAGE);
    expect(lines[2]).toBe(
      "1. Tap huan nghiep vu cho can bo mot cua. So Noi vu chu tri, phoi hop So Tu phap. Xong truoc 20/4 nhe",
    );
    expect(lines.slice(4, 6)).toEqual(["2. Ra soat quy trinh noi bo", "- Lam ro tung buoc cua quy trinh"]);
    expect(readMetadata([{ type: "text", text: restoreMarks(MESSAGE[0]!) }], "").meta).toMatchObject({
      number: "20/KH-UBND",
      date: "2025-03-02",
    });
  });

  it("reads the message pasted into Word a paragraph a line as its text", () => {
    const blocks = withoutChatParagraphs(MESSAGE.map((text) => ({ type: "text" as const, text })));
    expect(blocks.map((b) => (b.type === "text" ? b.text : ""))).toEqual(withoutChatMarks(MESSAGE));
  });
});
