// A task table typed with spaces (monospaced, one line a paragraph): a header line naming its columns, rows lined up
// under the labels, long cells wrapped onto the next lines under their own column. Read as rows in a text copy and in a
// Word file.
import { describe, expect, it } from "vitest";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { spacedColumnsAsTabs } from "../../src/plan/text-spaced-columns.ts";
import { blocksOf, paragraph, rawDocx } from "../support/ooxml.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { scannedRows } from "../support/large-file-inputs.ts";

const WIDTHS = [6, 32, 18, 18];
/** One typed line: each cell padded to its column's width. */
const typed = (...cells: string[]) =>
  cells
    .map((c, k) => (k < cells.length - 1 ? c.padEnd(WIDTHS[k]!) : c))
    .join("")
    .trimEnd();

const TABLE = [
  typed("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
  "=".repeat(80),
  typed("1.", "Số hóa hồ sơ hộ tịch lưu trữ", "Công chức Tư", "Bưu điện xã;", "Chậm nhất"),
  typed("", "tại bộ phận một cửa", "pháp - Hộ tịch", "Công an xã", "15/7/2025"),
  typed("2.", "Lắp đặt màn hình tra cứu", "Văn phòng", "-", "Quý III/2025"),
  typed("", "thủ tục hành chính", "UBND phường", ""),
  "=".repeat(80),
  "IV. KINH PHÍ",
];

describe("a task table typed with spaces", () => {
  it("reads its rows in a text copy, each wrapped cell joined under its column", () => {
    const plan = parse(["II. NHIỆM VỤ", "", ...TABLE, "", "Kinh phí do ngân sách phường bảo đảm."].join("\n"));
    expect(tasks(plan)).toEqual([
      ["1", "2025-07-15", ["?Công chức Tư pháp - Hộ tịch"], ["?Bưu điện xã", "?Công an xã"]],
      ["2", "2025-09-30", ["?Văn phòng UBND phường"], []],
    ]);
  });

  it("writes the block as tab-separated rows and leaves the heading after it a line", () => {
    expect(spacedColumnsAsTabs(TABLE)).toEqual([
      "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn",
      "1.\tSố hóa hồ sơ hộ tịch lưu trữ tại bộ phận một cửa\tCông chức Tư pháp - Hộ tịch\tBưu điện xã; Công an xã\tChậm nhất 15/7/2025",
      "2.\tLắp đặt màn hình tra cứu thủ tục hành chính\tVăn phòng UBND phường\t-\tQuý III/2025",
      "IV. KINH PHÍ",
    ]);
  });

  it("leaves prose with double spaces, and a header line with no rows under it, as they are", () => {
    const lines = ["Thời gian  thực hiện:  Chủ trì  là Sở Nội vụ", "Các đơn vị  chủ động  thực hiện."];
    expect(spacedColumnsAsTabs(lines)).toEqual(lines);
  });

  it("reads the same lines typed as one paragraph each in a Word file", async () => {
    const body = ["II. NHIỆM VỤ", ...TABLE].map((line) => paragraph(line)).join("");
    expect(blocksOf(readDocxPlan(await rawDocx({ body })))).toEqual([
      "II. NHIỆM VỤ",
      ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
      [
        "1.",
        "Số hóa hồ sơ hộ tịch lưu trữ tại bộ phận một cửa",
        "Công chức Tư pháp - Hộ tịch",
        "Bưu điện xã; Công an xã",
        "Chậm nhất 15/7/2025",
      ],
      ["2.", "Lắp đặt màn hình tra cứu thủ tục hành chính", "Văn phòng UBND phường", "-", "Quý III/2025"],
      "IV. KINH PHÍ",
    ]);
  });

  it("reads a table of thousands of rows", () => {
    const many = [TABLE[0]!];
    for (let i = 1; i <= 5000; i++) many.push(typed(`${i}.`, "Kiểm tra hồ sơ", "Văn phòng", "Công an xã", "Tháng 9"));
    const out = spacedColumnsAsTabs(many);
    expect(out).toHaveLength(5001);
    expect(out[5000]).toBe("5000.\tKiểm tra hồ sơ\tVăn phòng\tCông an xã\tTháng 9");
  });

  // An OCR of a scanned table: a row a line, its cells apart by two spaces, not under the header's labels.
  const SCANNED = [
    "TT  Nội dung  Chủ trì  Phối hợp  Thời hạn",
    "1  Kiểm tra an toàn thực phẩm tại chợ  Phòng Kinh tế  Công an xã  Tháng 9/2025",
    "2  Tổng kết công tác năm  Văn phòng HĐND và UBND  Trước 20/12/2025",
    "Kinh phí do ngân sách xã bảo đảm.",
  ];

  it("reads an OCR's rows by the gaps between cells, a short row's last cell under the last column", () => {
    expect(spacedColumnsAsTabs(SCANNED)).toEqual([
      "TT\tNội dung\tChủ trì\tPhối hợp\tThời hạn",
      "1\tKiểm tra an toàn thực phẩm tại chợ\tPhòng Kinh tế\tCông an xã\tTháng 9/2025",
      "2\tTổng kết công tác năm\tVăn phòng HĐND và UBND\t\tTrước 20/12/2025",
      "Kinh phí do ngân sách xã bảo đảm.",
    ]);
  });

  it("reads thousands of an OCR's rows", () => {
    const out = spacedColumnsAsTabs(scannedRows(20000, SCANNED[0]));
    expect(out).toHaveLength(20001);
    expect(out[20000]).toBe("201\tKiểm tra hồ sơ\tVăn phòng\tCông an xã\tTháng 9");
  });
});
