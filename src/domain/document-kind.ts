// What kind of document a plan came in, read from its number as Decree 30/2020 writes it: the kind's short form
// after the slash ("07/CĐ-UBND" a Công điện, "12/BB-UBND" minutes, "47-KH/TU" a party plan), or, for a letter
// (Công văn), the issuer's own short form ("215/UBND-TH"). dondoc follows the work any of them gives; it names the
// document as its number does, never every one a "Kế hoạch".
export type DocumentKind =
  | "plan"
  | "decision"
  | "telegram"
  | "guidance"
  | "minutes"
  | "notice"
  | "directive"
  | "report"
  | "invitation"
  | "scheme"
  | "programme"
  | "conclusion"
  | "letter"
  | "document";

const KINDS: Record<string, DocumentKind> = {
  KH: "plan",
  QĐ: "decision",
  CĐ: "telegram",
  HD: "guidance",
  BB: "minutes",
  TB: "notice",
  CT: "directive",
  BC: "report",
  GM: "invitation",
  PA: "scheme",
  CTR: "programme",
  KL: "conclusion",
};
// The issuer's short form opening a letter's number: a body, not a kind of document.
const ISSUERS = /^(UBND|HĐND|VP|VPUB|BCĐ|BQL|S[A-ZĐ]{1,6})$/u;

/** The kind of document a number says, "document" when it says none dondoc knows. */
export function documentKind(number: string | null): DocumentKind {
  if (!number) return "document";
  // "07/CĐ-UBND": after the slash; "47-KH/TU": a party's, before it.
  const [before, after = ""] = number.toUpperCase().split("/");
  const code = (after.split("-")[0] ?? "").trim();
  const party = before?.split("-")[1]?.trim() ?? "";
  const kind = KINDS[code] ?? KINDS[party];
  if (kind) return kind;
  return ISSUERS.test(code) ? "letter" : "document";
}
