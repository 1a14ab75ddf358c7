// Vietnamese phone numbers as people type them into Excel: spaces, dots, dashes, +84 or
// 84 in front, the leading 0 that Excel drops from a number, and the 11-digit mobile
// numbers retired in 2018, for which the new number is suggested. Validity comes from
// libphonenumber-js (full metadata), which knows Vietnam's mobile and fixed ranges.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

export type PhoneResult =
  { ok: true; phone: string; restoredZero: boolean } | { ok: false; code: "invalid-phone"; suggestion?: string };

// Mobile prefixes moved from 11 to 10 digits in 2018 (Decision 798/QĐ-BTTTT).
const RETIRED_PREFIXES: Record<string, string> = {
  "0162": "032",
  "0163": "033",
  "0164": "034",
  "0165": "035",
  "0166": "036",
  "0167": "037",
  "0168": "038",
  "0169": "039",
  "0120": "070",
  "0121": "079",
  "0122": "077",
  "0126": "076",
  "0128": "078",
  "0123": "083",
  "0124": "084",
  "0125": "085",
  "0127": "081",
  "0129": "082",
  "0186": "056",
  "0188": "058",
  "0199": "059",
};

function digitsOf(text: string): string {
  return text.replace(/^\s*\+/, "00").replace(/[\s.\-()/]/g, "");
}

export function parsePhone(raw: string): PhoneResult {
  // Several numbers in one cell: the first one is the contact.
  const first = raw.split(/[;,]|\s{2,}|\s+-\s+|\s+hoặc\s+/i)[0] ?? "";
  let digits = digitsOf(first);
  if (!/^\d+$/.test(digits)) return { ok: false, code: "invalid-phone" };
  if (digits.startsWith("0084")) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith("84") && digits.length >= 11) digits = `0${digits.slice(2)}`;
  const restoredZero = digits.length === 9 && !digits.startsWith("0");
  if (restoredZero) digits = `0${digits}`;
  const retired = RETIRED_PREFIXES[digits.slice(0, 4)];
  if (retired && digits.length === 11)
    return { ok: false, code: "invalid-phone", suggestion: `${retired}${digits.slice(4)}` };
  const parsed = parsePhoneNumberFromString(digits, "VN");
  if (!parsed?.isValid() || parsed.country !== "VN") return { ok: false, code: "invalid-phone" };
  return { ok: true, phone: `0${parsed.nationalNumber}`, restoredZero };
}
