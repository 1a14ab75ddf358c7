// Text read from a scan by OCR, or copied from one: digits read as the letters they look like.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { withOcrDigits, withOcrHeadDigits } from "../../src/domain/ocr-digits.ts";
import { ocrCopy } from "../support/large-inputs.ts";

describe("a date whose digits an OCR read as letters", () => {
  it("reads l and I as 1, O and o as 0, in parts that hold a digit", () => {
    expect(withOcrDigits("gửi trước ngày 2l/O8/2027.")).toBe("gửi trước ngày 21/08/2027.");
    expect(withOcrDigits("hoàn thành trong tháng 1o/2027")).toBe("hoàn thành trong tháng 10/2027");
    expect(withOcrDigits("chậm nhất 05/1I/2O27")).toBe("chậm nhất 05/11/2027");
  });

  it("leaves a numeral in letters, a word and a document's number as they are", () => {
    expect(withOcrDigits("Quý III/2027, Quý I/2028")).toBe("Quý III/2027, Quý I/2028");
    expect(withOcrDigits("Số: 1O7/KH-UBND; lo/lO")).toBe("Số: 1O7/KH-UBND; lo/lO");
    expect(withOcrDigits("Công văn 45l/SNV-CCHC")).toBe("Công văn 45l/SNV-CCHC");
  });

  it("is read as the date it stands for once put back", () => {
    const wording = findDeadlineWording(withOcrDigits("Phòng Tư pháp báo cáo trước ngày 3O/O9/2027."));
    expect(wording).toBe("trước ngày 30/09/2027");
    expect(parseDeadline(wording!)).toMatchObject({ ok: true, deadline: { due: "2027-09-29" } });
  });

  it("reads a part of look-alikes only as a number beside a part of digits, unless it is a Roman numeral", () => {
    expect(withOcrDigits("trong tháng lO/2027; từ ngày lO/8")).toBe("trong tháng 10/2027; từ ngày 10/8");
    expect(withOcrDigits("Quý II/2027")).toBe("Quý II/2027");
  });

  it("reads a number after ngày, tháng, năm, and a plan's own number in its header", () => {
    expect(withOcrDigits("Hà Giang, ngày O3 tháng l1 năm 2O27")).toBe("Hà Giang, ngày 03 tháng 11 năm 2027");
    expect(withOcrDigits("trong năm học; tháng lo")).toBe("trong năm học; tháng lo");
    expect(withOcrHeadDigits("Số: l2O/KH-UBND")).toBe("Số: 120/KH-UBND");
    expect(withOcrHeadDigits("Số: KH/lO")).toBe("Số: KH/lO");
  });

  it("reads a long OCR copy", () => {
    expect(withOcrHeadDigits(ocrCopy(20000))).toContain("ngày 05 tháng l năm 2027, Số: 20/KH; 30/10/2027");
  });
});
