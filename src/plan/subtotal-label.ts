// A subtotal's row names the group it closes and the function it applies to it: Excel's Data > Subtotal writes
// "<value> Count", "<value> Total" (its Sum), "<value> Average" … under each run of rows sharing a value, a pivot
// table "<group> Total", a Vietnamese copy "Tổng <group>". Such a row is the group's sum, no task and no unit, and
// never the rest of the row above it, whatever page it falls on.
import { fold } from "../domain/text.ts";

// The functions Excel's Subtotal dialog offers, by the words it writes after the value.
const FUNCTIONS = new Set(["total", "count", "count nums", "sum", "average", "max", "min", "product"]);
const VARIANCE = /^(?:stddevp?|varp?)$/;

/** Whether `label` is the subtotal of the group named `group`: "<group> Count", "<group> Total", "Tổng <group>". */
export function closesGroup(label: string, group: string): boolean {
  const name = fold(group);
  if (!name) return false;
  const folded = fold(label);
  if (folded === `tong ${name}`) return true;
  if (!folded.startsWith(`${name} `)) return false;
  const rest = folded.slice(name.length + 1);
  return FUNCTIONS.has(rest) || VARIANCE.test(rest);
}
