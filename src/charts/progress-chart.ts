// Completion by unit group as a stacked bar chart, written as SVG (pure: labels come in
// translated, the picture goes out as text; render-png.ts turns it into an image).
import type { Tally } from "../domain/progress.ts";

export interface ChartBar extends Tally {
  label: string;
}

export interface ChartLabels {
  title: string;
  done: string;
  overdue: string;
  pending: string;
}

export const STATE_COLOURS = { done: "#2e7d32", overdue: "#c62828", pending: "#f9a825" } as const;

const WIDTH = 900;
const LABEL_WIDTH = 250;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 40;
const ROW = 56;
const TOP = 70;

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function bar(b: ChartBar, y: number): string {
  const total = b.done + b.overdue + b.pending;
  const parts: string[] = [`<text x="20" y="${y + 26}" font-size="18">${escape(b.label)}</text>`];
  let x = LABEL_WIDTH;
  for (const state of ["done", "overdue", "pending"] as const) {
    const w = total ? (b[state] / total) * BAR_WIDTH : 0;
    if (w > 0)
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="30" fill="${STATE_COLOURS[state]}"/>`,
      );
    if (w >= 40)
      parts.push(
        `<text x="${(x + w / 2).toFixed(1)}" y="${y + 27}" font-size="15" fill="#fff" text-anchor="middle">${b[state]}</text>`,
      );
    x += w;
  }
  const percent = total ? Math.round((b.done / total) * 100) : 0;
  parts.push(
    `<text x="${LABEL_WIDTH}" y="${y + 52}" font-size="13" fill="#555">${percent}% · ${b.done}/${total}</text>`,
  );
  return parts.join("");
}

export function progressChartSvg(bars: ChartBar[], labels: ChartLabels): string {
  const height = TOP + bars.length * ROW + 60;
  const legend = (["done", "overdue", "pending"] as const)
    .map(
      (state, i) =>
        `<rect x="${20 + i * 220}" y="${height - 40}" width="18" height="18" fill="${STATE_COLOURS[state]}"/><text x="${44 + i * 220}" y="${height - 25}" font-size="16">${escape(labels[state])}</text>`,
    )
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="20" y="40" font-size="22" font-weight="bold">${escape(labels.title)}</text>`,
    ...bars.map((b, i) => bar(b, TOP + i * ROW)),
    legend,
    `</svg>`,
  ].join("");
}
