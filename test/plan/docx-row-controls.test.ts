// Word tables as e-office templates leave them: each row (or cell, or the whole table) wrapped in a content
// control, and rows added by hand starting after a narrow skipped column (gridBefore) that the other rows' number
// cell spans. Rows read as Word shows them: the number under the number's header.
import { describe, expect, it } from "vitest";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { blocksOf, rawDocx, table } from "../support/ooxml.ts";

const readBody = async (body: string) => blocksOf(readDocxPlan(await rawDocx({ body })));

describe("rows in content controls and rows indented by a skipped column", () => {
  const TITLED = ["TT", "Nội dung", "Đơn vị thực hiện", "Hoàn thành"];
  const control = (xml: string) =>
    `<w:sdt><w:sdtPr><w:tag w:val="dong"/></w:sdtPr><w:sdtContent>${xml}</w:sdtContent></w:sdt>`;
  const indented = (cells: string[]) => ({
    cells,
    trPr: '<w:gridBefore w:val="1"/><w:wBefore w:w="200" w:type="dxa"/>',
  });
  const spanned = ([number = "", ...rest]: string[]) => [{ content: number, span: 2 }, ...rest];

  it("reads rows through content controls around the table, its rows and its cells", async () => {
    const rows = table([TITLED, ["1", "Rà soát quy chế", "Sở Tư pháp", "Tháng 7/2027"]]).replace(
      /<w:tr>.*?<\/w:tr>/g,
      (row) => control(row),
    );
    const at = rows.indexOf("Sở Tư pháp");
    const [from, to] = [rows.lastIndexOf("<w:tc>", at), rows.indexOf("</w:tc>", at) + "</w:tc>".length];
    const body = control(rows.slice(0, from) + control(rows.slice(from, to)) + rows.slice(to));
    expect(await readBody(body)).toEqual([TITLED, ["1", "Rà soát quy chế", "Sở Tư pháp", "Tháng 7/2027"]]);
  });

  it("reads a row indented by a skipped column no other row divides at in the column it stands under", async () => {
    const body = table([
      { cells: spanned(TITLED), header: true },
      spanned(["1", "Rà soát quy chế", "Sở Tư pháp", "Tháng 7/2027"]),
      indented(["2", "Cập nhật cơ sở dữ liệu", "Sở Nội vụ", "Trước 15/8/2027"]),
      indented(["", "Tổng kết", "Sở Nội vụ", ""]),
    ]);
    expect(await readBody(body)).toEqual([
      ["TT", "", ...TITLED.slice(1)],
      ["1", "", "Rà soát quy chế", "Sở Tư pháp", "Tháng 7/2027"],
      ["2", "", "Cập nhật cơ sở dữ liệu", "Sở Nội vụ", "Trước 15/8/2027"],
      ["", "", "Tổng kết", "Sở Nội vụ", ""],
    ]);
  });

  it("reads thousands of indented rows in controls", async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      i % 3
        ? indented([`${i + 1}`, `Việc ${i + 1}`, "Sở Nội vụ", "Quý II/2027"])
        : spanned([`${i + 1}`, `Việc ${i + 1}`, "Sở Nội vụ", "Quý II/2027"]),
    );
    const body = table([{ cells: spanned(TITLED), header: true }, ...many]).replace(/<w:tr>.*?<\/w:tr>/g, (row) =>
      control(row),
    );
    const blocks = await readBody(body);
    expect(blocks).toHaveLength(3001);
    expect(blocks[2999]).toEqual(["2999", "", "Việc 2999", "Sở Nội vụ", "Quý II/2027"]);
  });
});
