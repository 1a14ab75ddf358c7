// A row given to every level, or to several units, whose time cell gives each level or unit its own day: "Cấp tỉnh:
// trước 15/3/2025 - Cấp huyện: trước 25/3/2025", or "Sở Tư pháp: 10/4/2025" and "Sở Nội vụ: 20/4/2025" on two lines
// with no mark and no ";" between them, which the readers join with a space.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { paragraph, rawDocx, table as docxTable } from "../support/ooxml.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

const HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const LEVELS = "Các sở, ban, ngành; UBND các huyện, thành phố; UBND cấp xã";

describe("a time cell giving each level its own day", () => {
  it("gives 'cấp tỉnh' the row's leads of the province's level, 'cấp huyện' and 'cấp xã' their groups", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Báo cáo kết quả kiểm soát thủ tục hành chính 6 tháng",
          LEVELS,
          "",
          "Cấp tỉnh: trước 10/6/2024; cấp huyện: trước 05/6/2024; cấp xã: trước 30/5/2024",
        ],
      ]),
    );
    const read = tasks(plan);
    expect(read.map(([ref, due]) => [ref, due])).toEqual([
      ["1.1", "2024-06-09"],
      ["1.2", "2024-06-04"],
      ["1.3", "2024-05-29"],
    ]);
    expect(read[0]![2]).toContain("Sở Y tế");
    expect(read[0]![2]).not.toContain("UBND huyện Đại Từ");
    expect(read[0]![2]).not.toContain("?UBND cấp xã");
    expect(read[1]![2]).toContain("UBND huyện Đại Từ");
    expect(read[1]![2]).not.toContain("Sở Y tế");
    expect(read[2]![2]).toEqual(["?UBND cấp xã"]);
  });

  it("reads the levels' lines marked with dashes, joined on one line", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Ban hành kế hoạch rà soát quy định, thủ tục hành chính",
          "Các sở, ban, ngành; UBND các huyện, thành phố",
          "Công an tỉnh",
          "- Cấp tỉnh: trước 15/3/2024 - Cấp huyện: trước 25/3/2024",
        ],
      ]),
    );
    const read = tasks(plan);
    expect(read.map(([ref, due, , partners]) => [ref, due, partners])).toEqual([
      ["1.1", "2024-03-14", ["Công an tỉnh"]],
      ["1.2", "2024-03-24", ["Công an tỉnh"]],
    ]);
    expect(read[0]![2]).toContain("Sở Y tế");
    expect(read[1]![2]).toContain("UBND huyện Đại Từ");
  });

  it("keeps one task when the row has no lead of the province's level", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Rà soát thủ tục hành chính nội bộ",
          "UBND các huyện, thành phố",
          "",
          "Cấp tỉnh: trước 15/3/2024; cấp huyện: trước 25/3/2024",
        ],
      ]),
    );
    expect(tasks(plan).map(([ref]) => ref)).toEqual(["1"]);
  });
});

describe("a time cell whose units' lines have no mark and no ';'", () => {
  const heading = docxTable(
    [
      ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 38/KH-UBND", "Thái Nguyên, ngày 24 tháng 02 năm 2024"],
    ],
    { borders: false },
  );
  const plan = async (rows: string[][]) => {
    const cells = (row: string[]) =>
      row.map((cell) => ({
        content: cell
          .split("\n")
          .map((p) => paragraph(p))
          .join(""),
      }));
    const body = [heading, paragraph("KẾ HOẠCH"), docxTable([HEADER, ...rows].map(cells))].join("");
    const read = readDocxPlan(await rawDocx({ body }));
    if (!read.ok) throw new Error(read.error.code);
    const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    return tasks(parsed.plan);
  };

  it("starts a line after a date, where the next units and their colon begin", async () => {
    const read = await plan([
      [
        "8",
        "Rà soát, đơn giản hóa thủ tục hành chính nội bộ",
        "Sở Tư pháp, Sở Nội vụ",
        "Văn phòng UBND tỉnh",
        "Sở Tư pháp: 10/4/2024\nSở Nội vụ: 19/4/2024",
      ],
    ]);
    expect(read).toEqual([
      ["8.1", "2024-04-10", ["Sở Tư pháp"], ["Văn phòng UBND tỉnh"]],
      ["8.2", "2024-04-19", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"]],
    ]);
  });

  it("reads 3,000 such rows", async () => {
    const rows = Array.from({ length: 3_000 }, (_, k) => [
      String(k + 1),
      `Rà soát hồ sơ đợt ${k + 1}`,
      "Sở Y tế; Sở Nội vụ",
      "Sở Tư pháp",
      `Sở Y tế: ${(k % 27) + 1}/6/2024\nSở Nội vụ: ${(k % 27) + 1}/7/2024`,
    ]);
    const read = await plan(rows);
    expect(read).toHaveLength(6_000);
    expect(read.at(-1)).toEqual(["3000.2", "2024-07-03", ["Sở Nội vụ"], ["Sở Tư pháp"]]);
  }, 300_000);
});
