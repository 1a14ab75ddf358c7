// Several labels on one line, and labels after an item's title.
import { describe, expect, it } from "vitest";
import { ITEM_LABEL_SEPARATOR, LABEL_SEPARATOR, splitAtLabels } from "../../src/plan/labels.ts";

const opensLabel = (text: string) => /^(chủ trì|phối hợp|hạn)\s*:/iu.test(text);

describe("a line of labels", () => {
  it("is cut before each label, a semicolon or dash inside a value staying", () => {
    expect(
      splitAtLabels("Chủ trì: Phòng Văn hóa - Thông tin; Phối hợp: A, B; C — Hạn: 30/6", opensLabel, LABEL_SEPARATOR),
    ).toEqual(["Chủ trì: Phòng Văn hóa - Thông tin", "Phối hợp: A, B; C", "Hạn: 30/6"]);
  });

  it("gives an item's title first, cut at a dash or a capital before a label, never at a lower-case one", () => {
    expect(splitAtLabels("Rà soát tại 02 xã Chủ trì: A", opensLabel, ITEM_LABEL_SEPARATOR)).toEqual([
      "Rà soát tại 02 xã",
      "Chủ trì: A",
    ]);
    expect(splitAtLabels("Giao A chủ trì: rà soát", opensLabel, ITEM_LABEL_SEPARATOR)).toEqual([
      "Giao A chủ trì: rà soát",
    ]);
    expect(
      splitAtLabels("Rà soát (03 xã; 02 phường) — Chủ trì: A; phối hợp: B", opensLabel, ITEM_LABEL_SEPARATOR),
    ).toEqual(["Rà soát (03 xã; 02 phường)", "Chủ trì: A; phối hợp: B"]);
  });
});
