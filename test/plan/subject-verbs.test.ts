// A subject ends at the verb after it, also a body the directory does not know, which is kept unresolved by its name.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";

const names = (list: { name: string }[]) => list.map((u) => u.name);

describe("verbs that end a partner's name", () => {
  const resolver = createResolver(THAI_NGUYEN);
  it("cut an unknown body's name at 'lắp đặt' and 'mở'", () => {
    const fitted = readClause(resolver, "Sở Y tế chủ trì, phối hợp với Ban Điều phối vùng lắp đặt thiết bị");
    expect(names(fitted.coordinators)).toEqual(["Ban Điều phối vùng"]);
    const opened = readClause(resolver, "Sở Y tế chủ trì, phối hợp với Ban Điều phối vùng mở lớp tập huấn");
    expect(names(opened.coordinators)).toEqual(["Ban Điều phối vùng"]);
  });
});

describe("a board's own inspectorate, 'Thanh tra Ban'", () => {
  const resolver = createResolver(THAI_NGUYEN);
  const lead = (sentence: string) =>
    readClause(resolver, sentence).lead.map((u) => `${u.resolved ? "" : "?"}${u.name}`);
  it("leads what it does in lower case after its name, 'thanh tra' among it, as 'Thanh tra Sở' would", () => {
    expect(lead("Thanh tra Ban thanh tra việc thực hiện chính sách tại huyện Đại Từ; ban hành kết luận")).toEqual([
      "?Thanh tra Ban",
    ]);
  });
  it("is not read where the task inspects a board by its name", () => {
    expect(lead("Thanh tra Ban Quản lý dự án đầu tư xây dựng tỉnh về công tác đấu thầu")).toEqual([]);
  });
});
