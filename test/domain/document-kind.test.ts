// A plan is named as its number says it is: a Công điện is no "Kế hoạch".
import { describe, expect, it } from "vitest";
import { documentKind } from "../../src/domain/document-kind.ts";

describe("the kind of document a number says", () => {
  it("reads the kind after the slash, a party's before it, and a letter by its issuer", () => {
    expect(documentKind("96/KH-UBND")).toBe("plan");
    expect(documentKind("07/CĐ-UBND")).toBe("telegram");
    expect(documentKind("03/HD-SNV")).toBe("guidance");
    expect(documentKind("12/BB-UBND")).toBe("minutes");
    expect(documentKind("612/QĐ-UBND")).toBe("decision");
    expect(documentKind("47-KH/TU")).toBe("plan");
    expect(documentKind("215/UBND-TH")).toBe("letter");
    expect(documentKind("356/UBND-NV")).toBe("letter");
    expect(documentKind("1020/SNV-CCHC")).toBe("letter");
  });

  it("says nothing it does not know", () => {
    expect(documentKind(null)).toBe("document");
    expect(documentKind("15")).toBe("document");
    expect(documentKind("15/XYZ")).toBe("document");
  });
});
