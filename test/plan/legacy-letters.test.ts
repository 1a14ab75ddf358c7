// Vietnamese typed in a legacy font and shown without it (a PDF printed where VNI-Times or .VnTime was missing, a text
// copied from such a page): its letters are the font's codes as Latin-1, read as the font shows them. Lines of
// Unicode Vietnamese, foreign names and symbols stay as they are.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { repairLegacyLetters } from "../../src/formats/legacy-letters.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { blocksOf } from "../support/ooxml.ts";

const tcvn3 = (text: string) => iconv.encode(text, "tcvn").toString("latin1");

describe("letters shown in the wrong font", () => {
  it("reads a line of VNI codes as VNI-Times shows it", () => {
    expect(repairLegacyLetters("3. Sôû Thoâng tin vaø Truyeàn thoâng chuû trì, phoái hôïp vôùi Sôû Noäi vuï")).toBe(
      "3. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ",
    );
    expect(repairLegacyLetters("II. NHIEÄM VUÏ CUÏ THEÅ")).toBe("II. NHIỆM VỤ CỤ THỂ");
  });

  it("reads a line of TCVN3 codes as .VnTime shows it", () => {
    const line = "Sở Tư pháp thẩm định hồ sơ, hoàn thành trước ngày 30/6/2025.";
    expect(repairLegacyLetters(tcvn3(line))).toBe(line);
  });

  it("leaves Unicode Vietnamese, a foreign name, units and symbols alone", () => {
    for (const line of [
      "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp hoàn thành trước ngày 30/6/2025.",
      "Chuyên gia Müller (Đức) và Ñuñez trình bày; nhiệt độ 25°C, diện tích 12 m².",
      "Hội nghị sơ kết © 2025 – « Chuyển đổi số » ± 5%.",
      "Café, crème brûlée, naïve résumé",
    ])
      expect(repairLegacyLetters(line)).toBe(line);
  });

  it("mends every paragraph and cell a reader gives, keeping the words as written", async () => {
    const text = ["Số: 87/KH-UBND", "KẾ HOẠCH", "1. Sôû Noäi vuï chuû trì, hoaøn thaønh tröôùc ngaøy 30/5/2025."].join(
      "\n\n",
    );
    expect(blocksOf(await readPlan(Buffer.from(text)))).toContain(
      "1. Sở Nội vụ chủ trì, hoàn thành trước ngày 30/5/2025.",
    );
  });

  it("reads thousands of such lines", () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `${i + 1}. Sôû Noäi vuï chuû trì, hoaøn thaønh tröôùc ngaøy 30/5/2025.`,
    );
    const mended = lines.map(repairLegacyLetters);
    expect(mended.at(-1)).toBe("5000. Sở Nội vụ chủ trì, hoàn thành trước ngày 30/5/2025.");
    expect(mended.filter((line) => line.includes("Sở Nội vụ"))).toHaveLength(5000);
  });
});
