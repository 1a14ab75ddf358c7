// The held-out answers' conventions the kit applies when it writes expected.json, so an author's generator and the
// committed answer agree (README, unit names): a communes group in a plan whose directory has no commune yet ("UBND
// các xã, phường", "UBND các xã, phường, thị trấn") is the unresolved "UBND cấp xã", as every answer since set 10.
import fs from "node:fs";
import path from "node:path";

const COMMUNES = /^(?:UBND|Ủy ban nhân dân) (?:các xã(?:, phường(?:, thị trấn)?)?|cấp xã)$/u;

const unit = (name) => (COMMUNES.test(name) ? "UBND cấp xã" : name);
const units = (names) => [...new Set(names.map(unit))];

/** The answer with the conventions applied to its tasks' units and its unresolved names. */
export function heldOutAnswer(expected) {
  return {
    ...expected,
    tasks: expected.tasks.map((t) => ({ ...t, lead: units(t.lead), coordinators: units(t.coordinators) })),
    unresolved: units(expected.unresolved),
  };
}

/** expected.json in `dir`: the answer, conventions applied, as the kit writes its JSON. */
export function writeExpected(dir, expected) {
  const text = JSON.stringify(heldOutAnswer(expected), null, 2).normalize("NFC");
  fs.writeFileSync(path.join(dir, "expected.json"), text + "\n");
}
