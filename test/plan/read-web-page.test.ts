// Plans sent as web pages: Word's "Web Page" under a .htm name or under the .doc name portals serve, and its
// "Single File Web Page" (.mht). Word opens them as documents; dondoc reads them as Word shows them.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { blocksOf } from "../support/ooxml.ts";

/** A page as Word's "Save as Web Page" writes one: Office namespaces, MsoNormal paragraphs, typed list labels. */
const wordPage = (body: string, charset = "utf-8") =>
  `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=${charset}">
<meta name=ProgId content=Word.Document><style><!-- p.MsoNormal {margin:0cm} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=VI style='tab-interval:36.0pt'><div class=WordSection1>${body}</div></body></html>`;

const item = (label: string, text: string) =>
  `<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>${label}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;

const PLAN = wordPage(`
<p class=MsoNormal align=center><b>ỦY BAN NHÂN DÂN TỈNH LAI CHÂU</b></p>
<p class=MsoNormal>Số: 41/KH-UBND</p><p class=MsoNormal>Lai Châu, ngày 12 tháng 3 năm 2026</p>
<p class=MsoNormal align=center><b>KẾ HOẠCH</b></p><p class=MsoNormal>Số hóa hồ sơ lưu trữ năm 2026</p>
${item("I.", "<b>NHIỆM VỤ</b>")}
${item("1.", "Sở Nội vụ rà soát danh mục hồ sơ<span style='display:none;mso-hide:all'> trước ngày 01/4/2026</span> trước ngày 30/4/2026.")}
${item("2.", "Sở Khoa học và Công nghệ phối hợp với Sở Nội vụ hoàn thành kho dữ liệu trong tháng 9/2026.")}
<p class=MsoNormal style='display:none'>3. Sở Tư pháp thẩm định quy chế trước ngày 15/5/2026.</p>
<p class=MsoNormal><b>Nơi nhận:</b></p>`);

describe("a plan sent as a web page", () => {
  it("reads Word's web page under a .doc name as Word opens it: typed labels, hidden text dropped", async () => {
    expect(blocksOf(await readPlan(Buffer.from(PLAN)))).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
      "Số: 41/KH-UBND",
      "Lai Châu, ngày 12 tháng 3 năm 2026",
      "KẾ HOẠCH",
      "Số hóa hồ sơ lưu trữ năm 2026",
      "I. NHIỆM VỤ",
      "1. Sở Nội vụ rà soát danh mục hồ sơ trước ngày 30/4/2026.",
      "2. Sở Khoa học và Công nghệ phối hợp với Sở Nội vụ hoàn thành kho dữ liệu trong tháng 9/2026.",
      "Nơi nhận:",
    ]);
  });

  it("gives the tasks, deadlines and units a user sees", async () => {
    const file = Buffer.from(PLAN);
    const parsed = await parsePlanBuffer(file, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.plan.number).toBe("41/KH-UBND");
    const tasks = parsed.value.tasks.filter((t) => t.kind === "task");
    expect(tasks.map((t) => [t.ref, t.lead.map((u) => u.name).join(), t.deadline?.due])).toEqual([
      ["I.1", "Sở Nội vụ", "2026-04-29"],
      ["I.2", "Sở Khoa học và Công nghệ", "2026-09-30"],
    ]);
  });

  it("reads a single-file web page (.mht), its page in quoted-printable", async () => {
    const qp = Buffer.from(PLAN)
      .toString("latin1")
      .replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    const mht = [
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; boundary="----=_NextPart_01DC"',
      "",
      "------=_NextPart_01DC",
      "Content-Location: file:///C:/KH41.htm",
      "Content-Transfer-Encoding: quoted-printable",
      'Content-Type: text/html; charset="utf-8"',
      "",
      qp,
      "------=_NextPart_01DC--",
    ].join("\r\n");
    expect(blocksOf(await readPlan(Buffer.from(mht, "latin1")))).toContain(
      "1. Sở Nội vụ rà soát danh mục hồ sơ trước ngày 30/4/2026.",
    );
  });

  it("decodes text in the legacy fonts a page names (VNI in Word's style, TCVN3 in LibreOffice's font face)", async () => {
    const tcvn3 = iconv.encode("Sở Tư pháp thẩm định", "tcvn").toString("latin1");
    const page = `<html><body><p><span style='font-size:14pt;font-family:"VNI-Times";mso-bidi-font-family:Arial'>Sôû Noäi vuï</span>
      báo cáo.</p><p><font face=".VnTime, serif">${tcvn3}</font> hồ sơ.</p></body></html>`;
    expect(blocksOf(await readPlan(Buffer.from(page)))).toEqual(["Sở Nội vụ báo cáo.", "Sở Tư pháp thẩm định hồ sơ."]);
  });

  it("numbers a list item whose only paragraph is empty, as a browser shows it (a numbered cell)", async () => {
    const page = `<!DOCTYPE html><html><body><table border=1><tr><td>TT</td><td>Nội dung</td></tr>
      <tr><td><ol type="I"><ol><li value="3"><p></p></ol></ol></td><td>Rà soát</td></tr></table></body></html>`;
    expect(blocksOf(await readPlan(Buffer.from(page)))).toEqual([
      ["TT", "Nội dung"],
      ["3.", "Rà soát"],
    ]);
  });

  it("keeps a text plan that merely opens with a mail header as text, and a plain text file as text", async () => {
    const text = "Subject: Kế hoạch\n\nSố: 12/KH-UBND\nSở Nội vụ báo cáo trước ngày 10/5/2026.";
    expect(blocksOf(await readPlan(Buffer.from(text)))).toContain("Sở Nội vụ báo cáo trước ngày 10/5/2026.");
  });

  it("reads a page of thousands of table rows, each row one task", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<tr><td>${i + 1}</td><td>Rà soát hồ sơ số ${i + 1}</td><td>Sở Nội vụ</td><td>Quý II/2026</td></tr>`,
    ).join("");
    const html = wordPage(`<p>Số: 41/KH-UBND</p><p>Lai Châu, ngày 12 tháng 3 năm 2026</p><p>KẾ HOẠCH</p>
      <table border=1><tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td><td>Thời gian</td></tr>${rows}</table>`);
    const parsed = await parsePlanBuffer(Buffer.from(html), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const tasks = parsed.value.tasks.filter((t) => t.kind === "task");
    expect(tasks).toHaveLength(3000);
    expect(tasks.at(-1)).toMatchObject({ ref: "3000", title: "Rà soát hồ sơ số 3000" });
  });

  it("tells a web page from a text of comments without trying every way to split them", async () => {
    const text = `${"<!---->".repeat(580)}\nSố: 12/KH-UBND\nSở Nội vụ báo cáo trước ngày 10/5/2026.`;
    expect(blocksOf(await readPlan(Buffer.from(text)))).toContain("Sở Nội vụ báo cáo trước ngày 10/5/2026.");
  });

  it("answers an archive with no page, and a page past the limits, without reading on", async () => {
    const archive =
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--";
    expect(await readPlan(Buffer.from(archive))).toMatchObject({ ok: true });
    const rows = "<p>Sở Nội vụ báo cáo.</p>".repeat(PLAN_LIMITS.maxBlocks + 1);
    expect(await readPlan(Buffer.from(`<html><body>${rows}</body></html>`))).toMatchObject({
      ok: false,
      error: { code: "plan-too-complex" },
    });
  });
});
