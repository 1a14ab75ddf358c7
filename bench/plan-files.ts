// Reading plan files as users send them: a 60-page Word plan built here as an office
// makes it (automatic numbering, merged task table, layout tables; test/support/word-plans.ts),
// and hostile files, each read in a process of its own so that its peak memory is the
// reading's. Goal (issue 11): a 60-page Word plan under 2 s and 300 MB.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Block } from "../src/plan/document.ts";
import { projectRoot } from "../src/paths.ts";
import {
  bombDocx,
  hugeMergeXlsx,
  lyingDocx,
  manyParagraphsDocx,
  nestedTablesDocx,
} from "../test/support/hostile-plans.ts";
import { wordVersion } from "../test/support/word-plans.ts";

const DUTY =
  "Tham mưu UBND tỉnh ban hành văn bản hướng dẫn các cơ quan, đơn vị, địa phương triển khai tự đánh giá, chấm điểm và gửi kèm tài liệu kiểm chứng theo quy định, bảo đảm đầy đủ, chính xác, đúng thời hạn";
const UNITS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ"];
const ROMAN = ["I", "II", "III", "IV"];

/** 61 printed pages as LibreOffice lays them out: four sections of prose tasks, then a task table of 75 rows. */
export function sixtyPages(): Block[] {
  const text = (t: string): Block => ({ type: "text", text: t });
  const blocks: Block[] = [
    text("Số: 152/KH-UBND"),
    text("Thái Nguyên, ngày 06 tháng 10 năm 2025"),
    text("KẾ HOẠCH"),
    text("Triển khai xác định Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành tỉnh Thái Nguyên"),
  ];
  ROMAN.forEach((section, s) => {
    blocks.push(text(`${section}. NHIỆM VỤ NHÓM ${s + 1}`));
    for (let h = 1; h <= 8; h++) {
      blocks.push(text(`${h}. Giao ${UNITS[h % UNITS.length]} chủ trì:`));
      for (let b = 1; b <= 8; b++)
        blocks.push(
          text(
            `- ${DUTY} (mục ${s + 1}.${h}.${b}). Thời gian hoàn thành trước ngày ${(b % 28) + 1}/${(h % 12) + 1}/2025.`,
          ),
        );
    }
  });
  blocks.push({ type: "row", cells: ["TT", "Nhiệm vụ", "Thời gian", "Trách nhiệm thực hiện", ""] });
  blocks.push({ type: "row", cells: ["", "", "", "Cơ quan chủ trì", "Cơ quan phối hợp"] });
  for (let r = 1; r <= 75; r++) {
    const deadline = `Tháng ${Math.ceil(r / 25)}/2026`;
    blocks.push({
      type: "row",
      cells: [String(r), `${DUTY} (dòng ${r})`, deadline, UNITS[Math.floor(r / 7) % 5]!, "Các sở, ban, ngành"],
    });
  }
  blocks.push(text("Nơi nhận:"), text("- Như trên;"), text("- Lưu: VT, NC."));
  blocks.push(text("TM. ỦY BAN NHÂN DÂN"), text("CHỦ TỊCH"), text("Nguyễn Văn A"));
  return blocks;
}

function readInProcess(file: string): { ms: number; cpuMs: number; peakMb: number; growthMb: number; outcome: string } {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "bench", "read-plan-process.ts"), file],
    {
      cwd: projectRoot,
      encoding: "utf8",
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!);
}

function report(label: string, file: string, size: number): void {
  const runs = [0, 1, 2].map(() => readInProcess(file)).sort((a, b) => a.ms - b.ms);
  const { ms, cpuMs, outcome } = runs[1]!;
  const peak = Math.max(...runs.map((r) => r.peakMb));
  const growth = Math.max(...runs.map((r) => r.growthMb));
  console.log(
    `  ${label} (${(size / 1024).toFixed(0)} KB): ${outcome} in ${ms.toFixed(0)} ms (${cpuMs.toFixed(0)} ms of CPU); process peak ${peak.toFixed(0)} MB (${growth.toFixed(0)} MB for the reading)`,
  );
}

export async function planFileBenchmarks(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-plan-files-"));
  console.log("plan files (each read in a fresh process, median of 3; goal for 60 pages: under 2 s and 300 MB)");
  const files: [string, Buffer][] = [
    ["60-page Word plan, automatic numbering and merged task table", await wordVersion(sixtyPages())],
    ["hostile: a zip directory lying about a size", lyingDocx(-10)],
    ["hostile: 2 MB bomb declaring its 2 GB", bombDocx()],
    ["hostile: 2 MB bomb declaring 4 KB", bombDocx(4096)],
    ["hostile: 400,000 paragraphs", await manyParagraphsDocx(400_000)],
    ["hostile: tables nested 1,000 deep", await nestedTablesDocx(1_000)],
    ["hostile: one merge over 60 million cells (.xlsx)", await hugeMergeXlsx()],
  ];
  for (const [label, buffer] of files) {
    const file = join(dir, `${files.findIndex(([l]) => l === label)}.plan`);
    writeFileSync(file, buffer);
    report(label, file, buffer.length);
  }
  rmSync(dir, { recursive: true, force: true });
}
