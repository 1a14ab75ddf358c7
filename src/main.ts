// `npm start`: opens (and migrates) the database, imports the demo plan the first time,
// and prints where every unit stands. Chat channels plug in here (later issues).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, loadConfig } from "./config.ts";
import { dayInVietnam } from "./domain/dates.ts";
import { translator } from "./i18n/index.ts";
import { importPlan } from "./services/plan-service.ts";
import { unitTaskTable } from "./services/tasks-service.ts";
import { openDatabase } from "./store/database.ts";
import { listUnits, findProvince } from "./store/directory-store.ts";
import { applyMigrations } from "./store/migrations.ts";
import { listPlans } from "./store/plan-store.ts";
import { projectRoot } from "./store/paths.ts";
import { date } from "./cli/format.ts";

export const DEMO_PLAN = join(projectRoot, "fixtures", "plans", "plan-thai-nguyen-2019-par-index.txt");

async function main(): Promise<void> {
  const t = translator("vi");
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const issue of error.issues) console.error(t("error-config", { variable: issue.variable, problem: issue.problem }));
    process.exit(2);
  }
  const tr = translator(config.DEFAULT_LANG);
  const db = openDatabase(config.DATABASE_URL);
  await applyMigrations(db);
  if ((await listPlans(db.client)).length === 0) {
    const result = await importPlan(db.client, readFileSync(DEMO_PLAN), DEMO_PLAN, config.DEMO_PROVINCE);
    if (result.ok) console.log(tr("start-demo-imported", { tasks: result.value.parsed.tasks.length }));
  }
  const today = dayInVietnam(new Date());
  for (const plan of await listPlans(db.client)) {
    console.log(tr("plan-list-line", { id: plan.id, province: plan.province, number: plan.number ?? "—", date: date(plan.issuedOn), tasks: plan.tasks }));
    const province = await findProvince(db.client, plan.province);
    for (const unit of province ? await listUnits(db.client, province.id) : []) {
      const lines = await unitTaskTable(db.client, unit.id, today, plan.id);
      if (lines.length === 0) continue;
      const overdue = lines.filter((l) => l.status === "overdue").length;
      console.log(`  ${tr("start-unit-line", { unit: unit.name, tasks: lines.length, overdue })}`);
    }
  }
  console.log(tr("start-hint"));
  await db.close();
}

await main();
