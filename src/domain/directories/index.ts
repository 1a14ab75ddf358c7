import { fold } from "../text.ts";
import type { Directory } from "../units.ts";
import { BAC_KAN } from "./bac-kan.ts";
import { LAI_CHAU } from "./lai-chau.ts";
import { THAI_NGUYEN } from "./thai-nguyen.ts";

/** The directories dondoc ships, one per province of the seed plans. */
export const SHIPPED_DIRECTORIES: readonly Directory[] = [THAI_NGUYEN, BAC_KAN, LAI_CHAU];

export function shippedDirectory(province: string): Directory | undefined {
  return SHIPPED_DIRECTORIES.find((d) => fold(d.province) === fold(province.replace(/^tỉnh\s+/iu, "")));
}
