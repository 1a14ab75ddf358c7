// A slip check of author9b's hand-written expected answers (05-08): weekday/holiday moves, style length, titles and
// plan number present in plan.txt and in the PDF's text layer. It checks my arithmetic; it reads nothing of dondoc.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { HERE } from "./lib.mjs";

// days off assumed (civil servants' decreed calendars; 2026 New Year and 2/9 are avoided by the documents)
const OFF = new Set([
  "2023-01-02", ...range("2023-01-20", "2023-01-26"), ...range("2023-04-29", "2023-05-03"),
  ...range("2023-09-01", "2023-09-04"),
  "2024-01-01", ...range("2024-02-08", "2024-02-14"), "2024-04-18", ...range("2024-04-27", "2024-05-01"),
  ...range("2024-08-31", "2024-09-03"),
  "2025-01-01", ...range("2025-01-25", "2025-02-02"), "2025-04-07", ...range("2025-04-30", "2025-05-04"),
  ...range("2025-08-30", "2025-09-02"),
  "2026-01-01", ...range("2026-02-14", "2026-02-22"), "2026-04-27", "2026-04-30", "2026-05-01",
  "2027-01-01",
]);
function range(a, b) {
  const out = [];
  for (let d = new Date(`${a}T00:00:00Z`); d <= new Date(`${b}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
function effective(day) {
  const d = new Date(`${day}T00:00:00Z`);
  while ([0, 6].includes(d.getUTCDay()) || OFF.has(d.toISOString().slice(0, 10))) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
const flat = (s) => s.normalize("NFC").replace(/\s+/g, " ");

let problems = 0;
for (const folder of readdirSync(join(HERE, "..")).filter((f) => /^0[5-8]-/.test(f)).sort()) {
  const dir = join(HERE, "..", folder);
  const exp = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  const txt = flat(readFileSync(join(dir, "plan.txt"), "utf8"));
  const pdf = flat(execFileSync("pdftotext", [join(dir, "plan.pdf"), "-"]).toString());
  const say = (m) => {
    problems += 1;
    console.log(`${folder}: ${m}`);
  };
  if (exp.id !== folder) say("id");
  if (exp.style.length > 1000) say(`style ${exp.style.length} chars`);
  if (!txt.includes(exp.plan.number) || !pdf.includes(exp.plan.number)) say("plan number");
  const refs = new Set();
  for (const t of exp.tasks) {
    if (effective(t.due) !== t.effectiveDue) say(`${t.ref}: ${t.due} → ${effective(t.due)}, not ${t.effectiveDue}`);
    if (t.due < exp.plan.date) say(`${t.ref}: due before the plan`);
    if (!txt.includes(flat(t.title).slice(0, 40))) say(`${t.ref}: title not in plan.txt`);
    if (!pdf.includes(flat(t.title).slice(0, 25))) say(`${t.ref}: title not in the PDF text (may be a line break)`);
    if (t.ref !== null && refs.has(t.ref)) say(`${t.ref}: duplicate ref`);
    refs.add(t.ref);
    for (const c of t.coordinators) if (t.lead.includes(c)) say(`${t.ref}: ${c} lead and coordinator`);
  }
  console.log(`${folder}: ${exp.tasks.length} tasks, style ${exp.style.length} chars`);
}
console.log(problems ? `${problems} problem(s)` : "no slips found");
