import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/paths.ts";

export const PLANS = {
  thaiNguyen2019: join(projectRoot, "fixtures", "plans", "plan-thai-nguyen-2019-par-index.txt"),
  bacKan2023: join(projectRoot, "fixtures", "plans", "plan-bac-kan-2023-par-index.txt"),
  thaiNguyen2024: join(projectRoot, "fixtures", "plans", "plan-thai-nguyen-2024-sipas-par-index.txt"),
};

export function planText(path: string): string {
  return readFileSync(path, "utf8");
}
