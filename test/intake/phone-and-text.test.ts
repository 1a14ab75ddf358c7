import { describe, expect, it } from "vitest";
import { fromLegacy } from "../../src/domain/legacy-text.ts";
import { parsePhone } from "../../src/domain/phone.ts";

describe("parsePhone", () => {
  it.each([
    ["0912345678", "0912345678", false],
    ["0912.345.678", "0912345678", false],
    ["0912-345-678", "0912345678", false],
    ["+84 912 345 678", "0912345678", false],
    ["84912345678", "0912345678", false],
    ["912345678", "0912345678", true],
    ["0208 3855 123", "02083855123", false],
    ["0912345678 - 0987654321", "0912345678", false],
  ])("%s → %s", (raw, phone, restoredZero) => {
    expect(parsePhone(raw)).toEqual({ ok: true, phone, restoredZero });
  });

  it.each([
    ["01662345678", "0362345678"],
    ["0123 456 7890", "0834567890"],
    ["0199 123 4567", "0591234567"],
  ])("suggests the new number for the retired %s", (raw, suggestion) => {
    expect(parsePhone(raw)).toEqual({ ok: false, code: "invalid-phone", suggestion });
  });

  it.each(["12345", "abc", "0912 345", "09123456789012", ""])("refuses %j", (raw) => {
    expect(parsePhone(raw)).toMatchObject({ ok: false, code: "invalid-phone" });
  });
});

describe("fromLegacy", () => {
  it.each([
    ["NguyÔn V¨n An", "Nguyễn Văn An", "tcvn3"],
    ["TrÇn ThÞ B×nh", "Trần Thị Bình", "tcvn3"],
    ["Sè 5, ®­êng Hoµng V¨n Thô, ph­êng Phan §×nh Phïng", "Số 5, đường Hoàng Văn Thụ, phường Phan Đình Phùng", "tcvn3"],
    ["Nguyeãn Vaên Aùnh", "Nguyễn Văn Ánh", "vni"],
    ["Traàn Thò Bình", "Trần Thị Bình", "vni"],
    ["Phöôøng Taân Thònh, TP Thaùi Nguyeân", "Phường Tân Thịnh, TP Thái Nguyên", "vni"],
  ])("%s → %s (%s)", (raw, text, encoding) => {
    expect(fromLegacy(raw)).toEqual({ text, encoding });
  });

  it.each([
    "Nguyễn Văn Hoàng",
    "Hoàng Thị Thuý",
    "Chủ tịch UBND",
    "Phó Giám đốc Sở",
    "Nguye\u0302\u0303n Văn An".normalize("NFD"),
  ])("leaves Unicode text alone: %s", (text) => {
    expect(fromLegacy(text)).toEqual({ text: text.normalize("NFC"), encoding: null });
  });
});
