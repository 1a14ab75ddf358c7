// "Phòng Nội vụ huyện Sìn Hồ, Mường Tè, Phong Thổ": a body of a place named with its place, then more places after
// commas (or "và"), is that body of each place, as "các huyện A, B" would be written in full. The places follow as
// proper names (one to three words, each capitalised) that name no unit of their own.
import { capitalised, delimiterFrom, slice, type Token } from "./unit-tokens.ts";

/** The folded level words a place's name follows ("huyện", "xã", "thị trấn", "thành phố" as "tp"). */
const LEVEL = new Set(["huyen", "xa", "phuong", "tinh", "tp", "tx", "tran"]);
const MAX_PLACE_WORDS = 3;

/** Whether tokens [from, to) are a place's proper name. */
const isPlace = (source: string, tokens: Token[], from: number, to: number) =>
  to > from && to - from <= MAX_PLACE_WORDS && tokens.slice(from, to).every((t) => capitalised(source, t));

/** Whether the token at `at` is a level word: "trấn" only after "thị" ("Mặt trận Tổ quốc" names no place). */
const isLevel = (tokens: Token[], at: number) =>
  LEVEL.has(tokens[at]?.word ?? "") && (tokens[at]!.word !== "tran" || tokens[at - 1]?.word === "thi");

/**
 * Where the name [from, end) says its level before the place it closes with ("… huyện Sìn Hồ"), or -1. A place is a
 * few words, so only its level's reach is looked at: asked at every word of a long name, a look over the whole name
 * made it quadratic.
 */
export function placeLevel(source: string, tokens: Token[], from: number, end: number): number {
  let level = end - 1;
  while (level > from && end - level <= MAX_PLACE_WORDS + 1 && !isLevel(tokens, level)) level--;
  return level > from && isLevel(tokens, level) && isPlace(source, tokens, level + 1, end) ? level : -1;
}

/**
 * The names of the same body in the places listed after the name [from, end), and where the list ends; none when
 * the name ends with no place after a level word or nothing listed after it is a place. `known` says whether a
 * unit's name opens at a token, which is then a unit, not a place.
 */
export function sameBodyOfPlaces(
  source: string,
  tokens: Token[],
  from: number,
  end: number,
  known: (at: number) => boolean,
): { names: string[]; end: number } {
  const names: string[] = [];
  const level = placeLevel(source, tokens, from, end);
  if (level < 0) return { names, end };
  const body = source.slice(tokens[from]!.start, tokens[level]!.end);
  let at = end;
  while (tokens[at]?.punct === "," || tokens[at]?.word === "va") {
    const next = tokens[at + 1]?.word === "va" ? at + 2 : at + 1;
    const stop = delimiterFrom(tokens, next);
    const and = tokens.slice(next, stop).findIndex((t) => t.word === "va");
    const to = and < 0 ? stop : next + and;
    if (known(next) || !isPlace(source, tokens, next, to)) break;
    names.push(`${body} ${slice(source, tokens, next, to)}`);
    at = to;
  }
  return { names, end: at };
}
