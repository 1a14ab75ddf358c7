// A district's or a commune's own document: its header names the committee that issues it ("ỦY BAN NHÂN DÂN" over
// "HUYỆN PHÚ LƯƠNG"), and its text calls that committee by its level alone ("UBND huyện cam kết …", "UBND xã tổ chức
// …"), as a province's plan says "UBND tỉnh". That bare name is the issuer, not some district of the province.
import { phraseWords, type ResolvedName, type UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import type { UnitEntry } from "../domain/units.ts";
import type { Block } from "./document.ts";

/** The header's blocks: the issuer's lines stand above the number, beside the national motto. */
const HEADER_BLOCKS = 8;
const COMMITTEE = /^(?:(?:ủy|uỷ|uy)\s+ban\s+nhân\s+dân|ubnd)\b\s*/iu;
const MOTTO = /^(cong hoa|doc lap)\b/;
// The words that name a level of local government, as the resolver folds them ("thị xã" → "tx").
const LEVEL_WORDS = new Set(["huyen", "xa", "phuong", "thi", "tran", "tp", "tx", "quan"]);

/**
 * The issuer's column of the header, line by line: a paragraph, or the left cell of a row (a text copy keeps the
 * two columns side by side), up to the number.
 */
function issuerLines(blocks: Block[]): string[] {
  const lines: string[] = [];
  for (const block of blocks.slice(0, HEADER_BLOCKS)) {
    const line = (block.type === "text" ? block.text : (block.cells[0] ?? "")).trim();
    if (/^số\b/iu.test(line)) break;
    if (line && !MOTTO.test(fold(line))) lines.push(line);
  }
  return lines;
}

/**
 * The district or commune committee whose header opens the document ("ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG", on one
 * line or two), or null: a province's plan, or a department's, is read as the province's.
 */
export function localIssuer(blocks: Block[], resolver: UnitResolver): UnitEntry | null {
  const lines = issuerLines(blocks);
  const at = lines.findIndex((line) => COMMITTEE.test(line));
  if (at < 0) return null;
  const place = lines[at]!.replace(COMMITTEE, "") || (lines[at + 1] ?? "");
  const unit = place ? resolver.find(`UBND ${place}`) : null;
  return unit && (unit.kind === "district" || unit.kind === "commune") ? unit : null;
}

/** "UBND huyện", "Ủy ban nhân dân xã": a committee named by the issuer's own level alone, no place after it. */
function namesOwnLevel(name: string, issuer: UnitEntry): boolean {
  const words = phraseWords(name);
  const own = phraseWords(issuer.name);
  return (
    words.length > 1 &&
    words.length < own.length &&
    words.every((w, k) => w === own[k] && (k === 0 ? w === "ubnd" : LEVEL_WORDS.has(w)))
  );
}

/** A resolver reading the issuer's level alone, left unresolved by the directory, as the issuer itself. */
export function withIssuer(resolver: UnitResolver, issuer: UnitEntry | null): UnitResolver {
  if (!issuer) return resolver;
  const own = (names: ResolvedName[]): ResolvedName[] =>
    names.map((n) =>
      !n.resolved && namesOwnLevel(n.name, issuer) ? { name: issuer.name, kind: issuer.kind, resolved: true } : n,
    );
  return {
    ...resolver,
    resolveList: (text) => own(resolver.resolveList(text)),
    leadingUnits: (text) => own(resolver.leadingUnits(text)),
  };
}
