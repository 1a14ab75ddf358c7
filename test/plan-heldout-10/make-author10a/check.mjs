// Cross-check of the hand-written effectiveDue values: next working day under the holidays assumed in "style".
import fs from "node:fs";

const HOLIDAYS = new Set([
  "2023-01-02", "2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-02",
  "2023-09-04", "2024-01-01", "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
  "2025-09-01", "2025-09-02", "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
  "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02",
]);
const next = (iso) => {
  const d = new Date(iso + "T00:00:00Z");
  for (;;) {
    const s = d.toISOString().slice(0, 10);
    if (d.getUTCDay() % 6 !== 0 && !HOLIDAYS.has(s)) return s;
    d.setUTCDate(d.getUTCDate() + 1);
  }
};
const root = new URL("../", import.meta.url).pathname;
for (const dir of fs.readdirSync(root).filter((d) => /^0[1-4]-/.test(d))) {
  const e = JSON.parse(fs.readFileSync(root + dir + "/expected.json", "utf8"));
  const bad = e.tasks.filter((t) => next(t.due) !== t.effectiveDue);
  const txt = fs.readFileSync(root + dir + "/plan.txt", "utf8");
  console.log(dir, e.tasks.length, "tasks; mismatches:", bad.map((t) => [t.ref, t.due, t.effectiveDue, next(t.due)]),
    "NFC:", txt === txt.normalize("NFC"), "style chars:", e.style.length);
}
