// Plans from offices whose machines predate Unicode: text files in Windows-1258 or TCVN3, or saved by Notepad
// as "Unicode" (UTF-16); Word files whose runs are set in TCVN3 fonts (.VnTime, .VnTimeH) or VNI fonts
// (VNI-Times), holding the old codes as Windows-1252 characters. All read as the Vietnamese they show.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/formats/text-decode.ts";
import { decodeTcvn3, decodeVni, legacyFont } from "../../src/formats/vietnamese-fonts.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { blocksOf, rawDocx } from "../support/ooxml.ts";

const PLAN = [
  "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG NHÉ",
  "KẾ HOẠCH",
  "Phòng chống dịch bệnh trên đàn gia súc năm 2025",
  "1. Tiêm phòng đợt một cho đàn trâu, bò; Phòng Nông nghiệp chủ trì, hoàn thành trước ngày 30/4/2025.",
  "2. Tổng kết, rút kinh nghiệm công tác tiêm phòng; Trạm Chăn nuôi thực hiện trong tháng 12/2025.",
];

/** Windows-1258 as Vietnamese keyboards write it: a base letter the code page has, then a combining tone. */
const cp1258 = (text: string) =>
  Buffer.concat(
    [...text.normalize("NFC")].map((c) => {
      const whole = iconv.encode(c, "windows1258");
      if (whole[0] !== 0x3f || c === "?") return whole;
      const tone = /[\u0300\u0301\u0303\u0309\u0323]/u;
      const parts = c.normalize("NFD");
      return iconv.encode(parts.replace(tone, "").normalize("NFC") + tone.exec(parts)![0], "windows1258");
    }),
  );

// "Kế hoạch tiêm phòng đợt một trước ngày 30/4/2025; Trạm Chăn nuôi thực hiện" in TCVN3 (the ABC table).
const TCVN3_LINE = "KÕ ho¹ch ti\u00aam phßng ®ît mét tr\u00adíc ngµy 30/4/2025; Tr¹m Ch¨n nu«i thùc hiÖn";
const TCVN3_TEXT = "Kế hoạch tiêm phòng đợt một trước ngày 30/4/2025; Trạm Chăn nuôi thực hiện";

describe("text files in other encodings than UTF-8", () => {
  it("reads UTF-16 by its byte-order mark, little- and big-endian", () => {
    const text = PLAN.join("\r\n");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le.subarray(0)).swap16();
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
  });

  it("reads Windows-1258 with combining tones, composed", () => {
    const text = PLAN.join("\r\n");
    expect(cp1258(text).toString("latin1")).not.toBe(text);
    expect(decodeText(cp1258(text))).toBe(text);
  });

  it("reads a TCVN3 text file as TCVN3, not as Windows-1258", () => {
    expect(decodeText(Buffer.from(`${TCVN3_LINE}\r\n`, "latin1"))).toBe(`${TCVN3_TEXT}\r\n`);
  });

  it("still refuses bytes that are no text", () => {
    expect(decodeText(Buffer.from([0x50, 0x00, 0xc3, 0x28]))).toBeNull();
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x05, 0x06, 0xc3, 0x28]))).toBeNull();
  });

  it("reads the tasks of a plan saved as UTF-16 or Windows-1258", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN.join("\r\n"), "utf16le")]);
    for (const file of [utf16, cp1258(PLAN.join("\r\n"))]) {
      const read = await readPlan(file);
      if (!read.ok) throw new Error(read.error.code);
      expect(read.document.blocks.map((b) => (b.type === "text" ? b.text : ""))).toContain(PLAN[3]);
    }
  });

  it("decides between the legacy code pages in a large file", () => {
    const big = cp1258(`${PLAN.slice(2).join("\r\n")}\r\n`.repeat(7_000));
    expect(decodeText(big)?.startsWith(PLAN[2]!)).toBe(true);
  });
});

describe("TCVN3 and VNI fonts in Word files", () => {
  const fonted = (font: string, text: string) =>
    `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const read = async (body: string, styles?: string) => blocksOf(readDocxPlan(await rawDocx({ body, styles })));

  it("tells the encoding by the font's name", () => {
    expect(legacyFont(".VnTime")).toBe("tcvn3");
    expect(legacyFont(".VnArial NarrowH")).toBe("tcvn3-capitals");
    expect(legacyFont("VNI-Times")).toBe("vni");
    expect(legacyFont("Times New Roman")).toBeNull();
  });

  it("decodes TCVN3 and VNI codes, the H font's lower-case codes as capitals", () => {
    expect(decodeTcvn3(TCVN3_LINE)).toBe(TCVN3_TEXT);
    expect(decodeTcvn3("ñy ban nh©n d©n", true)).toBe("ỦY BAN NHÂN DÂN");
    expect(decodeVni("Kieåm tra, ñoân ñoác tröôùc ngaøy 15/5")).toBe("Kiểm tra, đôn đốc trước ngày 15/5");
    expect(decodeVni("UÛY BAN NHAÂN DAÂN")).toBe("ỦY BAN NHÂN DÂN");
  });

  it("reads each run by its own font, the 'ư' code (U+00AD) kept as a letter", async () => {
    const body =
      `<w:p>${fonted(".VnTimeH", "ñy ban nh©n d©n")}</w:p>` +
      `<w:p>${fonted(".VnTime", TCVN3_LINE)}${fonted("Times New Roman", " (Phụ lục ¼)")}</w:p>` +
      `<w:p>${fonted("VNI-Times", "Sôû Y teá")}</w:p>`;
    expect(await read(body)).toEqual(["ỦY BAN NHÂN DÂN", `${TCVN3_TEXT} (Phụ lục ¼)`, "Sở Y tế"]);
  });

  it("reads TCVN3's 'ư' saved as Word's optional hyphen (w:softHyphen) as the letter, and a Unicode run's as nothing", async () => {
    // LibreOffice (and Word) save the U+00AD code as <w:softHyphen/>: "tr<w:softHyphen/>íc" is "trước".
    const [before, after] = TCVN3_LINE.split("tr\u00adíc");
    const soft = (font: string, text: string) =>
      fonted(font, text).replace("\u00ad", '</w:t><w:softHyphen/><w:t xml:space="preserve">');
    const body =
      `<w:p>${fonted(".VnTime", `${before}tr\u00ad`).replace("\u00ad", "</w:t><w:softHyphen/><w:t>")}` +
      `${fonted(".VnTime", `íc${after}`)}</w:p><w:p>${soft("Times New Roman", "Sở Tư pháp thực hiện ngay\u00adtrong tháng")}</w:p>`;
    expect(await read(body)).toEqual([TCVN3_TEXT, "Sở Tư pháp thực hiện ngaytrong tháng"]);
  });

  it("reads a run by the font its character style, its paragraph's style or the document's default gives", async () => {
    const styles =
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:styleId="Tieude"><w:rPr><w:rFonts w:hAnsi=".VnTimeH"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Unicode"><w:rPr><w:rFonts w:hAnsi="Arial"/></w:rPr></w:style></w:styles>';
    const plain = (text: string, rPr = "") => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Tieude"/></w:pPr>${plain("kÕ ho¹ch")}</w:p>` +
      `<w:p>${plain("Tr¹m Ch¨n nu«i; ")}${plain("Nhà ở", '<w:rPr><w:rStyle w:val="Unicode"/></w:rPr>')}</w:p>`;
    expect(await read(body, styles)).toEqual(["KẾ HOẠCH", "Trạm Chăn nuôi; Nhà ở"]);
  });

  it("reads a footnote's runs by their fonts too", async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const footnotes = `<w:footnotes ${W}><w:footnote w:id="1"><w:p>${fonted(".VnTime", "Tr\u00adíc ngµy 30/4/2025")}</w:p></w:footnote></w:footnotes>`;
    const body = `<w:p>${fonted(".VnTime", "Tiªm phßng")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`;
    const read = readDocxPlan(await rawDocx({ body, footnotes }));
    if (!read.ok) throw new Error(read.error.code);
    expect(read.document.blocks[0]).toMatchObject({ text: "Tiêm phòng", notes: ["Trước ngày 30/4/2025"] });
  });
});
