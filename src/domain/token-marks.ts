// Where the next comma or semicolon, and the next colon, stand after each token of a list, found in one pass over it.
// Where a name the directory lacks ends is asked again from each of a long name's words ("Phòng văn hóa và doanh
// nghiệp văn hóa và …" is cut at each "và" before a known unit): a look ahead to the next mark from each of them made
// reading such a name quadratic in its length.
import type { Token } from "./unit-tokens.ts";

export interface TokenMarks {
  /** The first comma or semicolon at or after `at`, or the end of the tokens: as `delimiterFrom` finds it. */
  delimiterFrom(at: number): number;
  /** The first colon at or after `at`, or the end of the tokens. */
  colonFrom(at: number): number;
}

export function tokenMarks(tokens: readonly Token[]): TokenMarks {
  const count = tokens.length;
  const delimiters = new Int32Array(count + 1).fill(count);
  const colons = new Int32Array(count + 1).fill(count);
  for (let k = count - 1; k >= 0; k--) {
    const punct = tokens[k]!.punct;
    delimiters[k] = punct === "," || punct === ";" ? k : delimiters[k + 1]!;
    colons[k] = punct === ":" ? k : colons[k + 1]!;
  }
  // Past the end, as `delimiterFrom` answers: the position asked.
  return {
    delimiterFrom: (at) => (at >= count ? at : delimiters[at]!),
    colonFrom: (at) => (at >= count ? at : colons[at]!),
  };
}
