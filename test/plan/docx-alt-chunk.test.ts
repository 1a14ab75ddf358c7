// Word files a web application exported: their body is an HTML part Word imports (w:altChunk), read as Word
// shows it, list numbers and merged cells included.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { blocksOf, paragraph, rawDocx, run } from "../support/ooxml.ts";
import { chunked, mergedHtmlRows, page } from "../support/large-file-inputs.ts";

describe("a Word file whose body is an imported HTML part", () => {
  it("reads the part where it stands, between the Word paragraphs, with its lists' numbers", async () => {
    const html = page(
      `<p>Căn cứ Luật Lưu trữ,<br>UBND huyện ban hành:</p>
       <ol type="I"><li><b>NHIỆM VỤ</b>
         <ol start="3"><li>Phòng Nội vụ:<ol type="a"><li>Rà soát hồ sơ trước ngày 10/5/2025.</li><li value="4">Báo cáo &amp; tổng hợp.</li></ol></li>
         <li>Phòng Tư pháp kiểm tra.</li></ol></li></ol>
       <ul style="list-style-type: square"><li>Lưu VT.</li></ul><del>Bản cũ</del>`,
    );
    const blocks = blocksOf(readDocxPlan(await chunked(html, paragraph(run("KẾ HOẠCH")))));
    expect(blocks).toEqual([
      "KẾ HOẠCH",
      "Căn cứ Luật Lưu trữ,",
      "UBND huyện ban hành:",
      "I. NHIỆM VỤ",
      "3. Phòng Nội vụ:",
      "a. Rà soát hồ sơ trước ngày 10/5/2025.",
      "d. Báo cáo & tổng hợp.",
      "4. Phòng Tư pháp kiểm tra.",
      "• Lưu VT.",
      "Nơi nhận:",
    ]);
  });

  it("fills cells merged across and down as a Word table's, a header merged over two rows shown once", async () => {
    const html = page(
      `<table border="1"><tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th colspan="2">Đơn vị</th><th rowspan="2">Thời hạn</th></tr>
       <tr><th>Chủ trì</th><th>Phối hợp</th></tr>
       <tr><td>I</td><td colspan="4">Cải cách hành chính</td></tr>
       <tr><td>1</td><td>Rà soát thủ tục</td><td rowspan="2">Sở Tư pháp</td><td>Sở Nội vụ</td><td>Quý II/2025</td></tr>
       <tr><td>2</td><td>Công bố thủ tục</td><td>Văn phòng UBND tỉnh</td><td>Tháng 9/2025</td></tr></table>`,
    );
    expect(blocksOf(readDocxPlan(await chunked(html)))).toEqual([
      ["TT", "Nội dung", "Đơn vị", "", "Thời hạn"],
      ["", "", "Chủ trì", "Phối hợp", ""],
      ["I", "Cải cách hành chính", "", "", ""],
      ["1", "Rà soát thủ tục", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2025"],
      ["2", "Công bố thủ tục", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Tháng 9/2025"],
      "Nơi nhận:",
    ]);
  });

  it("decodes the charset the part declares, and reads a two-column heading table as text", async () => {
    // Windows-1258 writes tone marks apart from their letters: "Thời" as "Thơ" and a combining grave.
    const html = page(
      `<table><tr><td>UBND HUYÊ\u0323N<br>Sô\u0301: 12/KH-UBND</td><td>CÔ\u0323NG HO\u0300A XA\u0303 HÔ\u0323I CHU\u0309 NGHI\u0303A VIÊ\u0323T NAM<br>Đô\u0323c lâ\u0323p - Tư\u0323 do - Ha\u0323nh phu\u0301c</td></tr></table><p>Thơ\u0300i ha\u0323n: tha\u0301ng 6</p>`,
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
    );
    expect(blocksOf(readDocxPlan(await chunked(iconv.encode(html, "windows-1258"))))).toEqual([
      "UBND HUYỆN",
      "Số: 12/KH-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Thời hạn: tháng 6",
      "Nơi nhận:",
    ]);
  });

  it("reads a web archive's page (MHT, quoted-printable) and a Word file imported whole", async () => {
    const mht = [
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; boundary="----=_NextPart_01"',
      "",
      "------=_NextPart_01",
      'Content-Type: text/html; charset="utf-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "<p>1. S=E1=BB=9F N=E1=BB=99i v=E1=BB=A5 b=C3=A1o c=C3=A1o tr=C6=B0=E1=BB=9Bc ng=C3=A0y 10/5/2025.</p><p>D=",
      "=C3=B2ng hai</p>",
      "------=_NextPart_01",
      "Content-Type: image/png",
      "",
      "------=_NextPart_01--",
    ].join("\r\n");
    expect(blocksOf(readDocxPlan(await chunked(mht)))).toEqual([
      "1. Sở Nội vụ báo cáo trước ngày 10/5/2025.",
      "Dòng hai",
      "Nơi nhận:",
    ]);
    const inner = await rawDocx({ body: paragraph(run("2. Sở Tư pháp kiểm tra.")) });
    expect(blocksOf(readDocxPlan(await chunked(inner)))).toEqual(["2. Sở Tư pháp kiểm tra.", "Nơi nhận:"]);
  });

  it("reads 20,000 rows under one cell merged down over them all", async () => {
    const buffer = await chunked(mergedHtmlRows(20_000));
    const blocks = blocksOf(readDocxPlan(buffer, { ...PLAN_LIMITS, maxBlocks: 100_000 }));
    expect(blocks).toHaveLength(20_002);
    expect(blocks[20_000]).toEqual(["20000", "Nhiệm vụ 20000", "Sở Nội vụ"]);
  });
});
