// Vietnamese typed in a legacy 8-bit font and printed in it: the PDF's text layer holds the font's codes as Latin-1
// letters, read by the font each run is drawn in, as the Word, .doc and RTF readers read theirs; a run in any other
// font is left as its letters say. legacy-font-runs.pdf is LibreOffice's export of the .html next to it (soffice
// --convert-to docx, then --convert-to pdf) on a machine with fonts named VNI-Times (and its bold), .VnTime and
// .VnTimeH (Liberation Serif renamed with fontTools: PostScript names VNI-Times, VNI-Times-Bold, VnTime, VnTimeH), so
// its fonts are "EAAAAA+VNI-Times", "FAAAAA+VnTime"…; legacy-font-substituted.pdf is the same export on a machine
// without them, its letters printed in Liberation Serif.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { legacyFont } from "../../src/formats/vietnamese-fonts.ts";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { decodeLegacyFonts, pdfFontFamily } from "../../src/plan/pdf/legacy-fonts.ts";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";

async function textsOf(name: string): Promise<(string | string[])[]> {
  const read = await readPdfPlan(await readFile(new URL(`pdf/${name}`, import.meta.url)));
  if (!read.ok) throw new Error(read.error.code);
  return read.document.blocks.map((b) => (b.type === "text" ? b.text : b.cells));
}

describe("a PDF font's name", () => {
  it("names the family a Word file names, without the subset's tag and the face", () => {
    expect(pdfFontFamily("EAAAAA+VNI-Times")).toBe("VNI-Times");
    expect(pdfFontFamily("DAAAAA+VNI-Times-Bold")).toBe("VNI-Times");
    expect(pdfFontFamily("VNI-Helve,BoldItalic")).toBe("VNI-Helve");
    expect(pdfFontFamily(".VnTime,Bold")).toBe(".VnTime");
    expect(pdfFontFamily("TimesNewRomanPS-BoldMT")).toBe("TimesNewRomanPS");
  });

  it("gives a TCVN3 family back the dot its PostScript name drops, and its capitals face", () => {
    expect(pdfFontFamily("FAAAAA+VnTime")).toBe(".VnTime");
    expect(legacyFont(pdfFontFamily("GAAAAA+VnTimeH"))).toBe("tcvn3-capitals");
    expect(legacyFont(pdfFontFamily("VnTimeH-Bold"))).toBe("tcvn3-capitals");
    expect(legacyFont(pdfFontFamily("VnArialNarrow-Italic"))).toBe("tcvn3");
    expect(legacyFont(pdfFontFamily("DAAAAA+VNI-Times-Bold"))).toBe("vni");
    expect(legacyFont(pdfFontFamily("BAAAAA+LiberationSerif-Bold"))).toBeNull();
  });
});

describe("a PDF printed in legacy Vietnamese fonts", () => {
  it("reads VNI, TCVN3 and TCVN3 capitals runs as the Vietnamese they show, beside Unicode ones", async () => {
    expect(await textsOf("legacy-font-runs.pdf")).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "KẾ HOẠCH Công tác văn thư, lưu trữ năm 2025",
      "II. NHIỆM VỤ CỤ THỂ",
      "1. Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát danh mục hồ sơ; hoàn thành trước ngày 30/5/2025.",
      // TCVN3's "à" is the code µ, which pdf.js gives as the Greek μ.
      "2. Sở Tài chính bảo đảm kinh phí chỉnh lý tài liệu; hoàn thành chậm nhất ngày 30/6/2025.",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("leaves the letters of a run printed in another font as they are, never guessing by them", async () => {
    const texts = await textsOf("legacy-font-substituted.pdf");
    expect(texts[0]).toBe("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN");
    expect(texts[3]).toBe(
      "1. Sôû Noäi vuï chuû trì, phoái hôïp vôùi Vaên phoøng UBND tænh raø soaùt danh muïc hoà sô; hoaøn thaønh tröôùc ngaøy 30/5/2025.",
    );
  });
});

describe("many runs in legacy and Unicode fonts", () => {
  it("decodes each run by its own font", () => {
    const fonts: Record<string, string> = { f1: "EAAAAA+VNI-Times", f2: "FAAAAA+VnTime", f3: "BAAAAA+LiberationSerif" };
    const texts: Record<string, string> = { f1: "Sôû Noäi vuï", f2: "Së Tµi chÝnh", f3: "Sôû Noäi vuï" };
    const runs: TextRun[] = Array.from({ length: 6000 }, (_, i) => {
      const font = `f${(i % 3) + 1}`;
      return { text: `${texts[font]} ${i}`, x: 0, y: i * 10, width: 100, size: 12, font };
    });
    const read = decodeLegacyFonts(runs, (id) => fonts[id]);
    expect(read).toHaveLength(6000);
    expect(read.map((r) => r.text)).toEqual(
      runs.map((r, i) => `${["Sở Nội vụ", "Sở Tài chính", "Sôû Noäi vuï"][i % 3]} ${i}`),
    );
  });
});
