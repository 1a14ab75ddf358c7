// Reading a 60-page PDF plan (issue 11: under 2 s and 300 MB), drawn by pdfkit like a
// province's plan: the Decree 30 header, numbered prose with deadlines and footnotes, and
// ruled task tables with merged cells, repeated to 60 pages. Read in a fresh process so
// that its peak memory is the reading's (Node, tsx and pdf.js included).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pdfFrom, type PdfPart } from "../test/support/pdf-documents.ts";

const UNITS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Văn phòng UBND tỉnh", "UBND các huyện, thành phố"];

function section(n: number): PdfPart[] {
  const task = (i: number) =>
    `${i}. ${UNITS[i % UNITS.length]} chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai nhiệm vụ số ${n}.${i} của Kế hoạch, tổng hợp kết quả và báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày ${(i % 27) + 1}/${(n % 12) + 1}/2025[1].`;
  return [
    { kind: "paragraph", text: `${n}. NHÓM NHIỆM VỤ THỨ ${n}`, bold: true, indent: false },
    ...[1, 2, 3, 4].map((i) => ({ kind: "marked" as const, text: task(i).slice(0, 80) })),
    ...[5, 6, 7].map((i) => ({ kind: "paragraph" as const, text: task(i).replace("[1]", "") })),
    {
      kind: "table",
      widths: [36, 200, 80, 90, 90],
      rows: [
        [
          { text: "TT", rowSpan: 2 },
          { text: "Nhiệm vụ", rowSpan: 2 },
          { text: "Thời gian", rowSpan: 2 },
          { text: "Trách nhiệm", colSpan: 2 },
        ],
        ["Chủ trì", "Phối hợp"],
        ...[1, 2, 3, 4, 5, 6].map((i) => [
          `${n}.${i}`,
          `Thực hiện nội dung ${i} của nhóm nhiệm vụ ${n}, báo cáo kết quả`,
          `Quý ${(i % 4) + 1}/2025`,
          UNITS[i % 5]!,
          UNITS[(i + 2) % 5]!,
        ]),
      ],
    },
    { kind: "footnotes", notes: [`Ghi chú của nhóm nhiệm vụ ${n}.`] },
    { kind: "page-break" },
  ];
}

export async function pdfBenchmark(): Promise<void> {
  const parts: PdfPart[] = [
    {
      kind: "columns",
      left: ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "Số: 152/KH-UBND"],
      right: [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Thái Nguyên, ngày 6 tháng 10 năm 2025",
      ],
    },
    { kind: "paragraph", text: "KẾ HOẠCH", bold: true, center: true },
    ...Array.from({ length: 60 }, (_, i) => section(i + 1)).flat(),
  ];
  const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-pdf-"));
  const file = join(dir, "plan.pdf");
  writeFileSync(file, await pdfFrom(parts.slice(0, -1), { running: "#" }));
  const output = execFileSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "pdf-read.ts"), file], {
    encoding: "utf8",
  });
  const r = JSON.parse(output) as {
    blocks: number;
    coldMs: number;
    warmMs: number;
    rssBeforeMb: number;
    peakRssMb: number;
  };
  console.log("reading a 60-page PDF plan (goal: under 2 s and 300 MB)");
  console.log(
    `  ${r.blocks} blocks: first read ${r.coldMs.toFixed(0)} ms (pdf.js loaded with it), then ${r.warmMs.toFixed(0)} ms (median of 5); ` +
      `peak memory ${r.peakRssMb.toFixed(0)} MB (the process held ${r.rssBeforeMb.toFixed(0)} MB before it read)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
