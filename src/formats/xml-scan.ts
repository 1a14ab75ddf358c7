// The tags of an XML text, one after the other, each found with indexOf from where the
// last one ended: the cost is linear in the text whatever it holds (an unclosed <c> or
// <row>, a million unclosed tags), where a regular expression over "<c …>…</c>" backtracks
// and takes minutes on a crafted part. Enough for SpreadsheetML, which has no DTD.

export interface ScannedTag {
  /** Local name: "c" for both <c> and <x:c>. */
  name: string;
  /** The text between the name and the end of the tag (` r="B5" t="s"`), for `attr`. */
  attrs: string;
  closing: boolean;
  selfClosing: boolean;
  /** Where the tag's "<" is, and the index just after its ">". */
  start: number;
  end: number;
}

// Space, tab, newline, carriage return, "/" and ">" end a tag's name.
const ENDS_NAME = new Set([32, 9, 10, 13, 47, 62]);

function nameEnd(xml: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && !ENDS_NAME.has(xml.charCodeAt(at))) at++;
  return at;
}

/** Comments, CDATA and processing instructions: skipped whole, never read as tags. */
function skipSpecial(xml: string, at: number): number {
  const close = xml.startsWith("<!--", at) ? "-->" : xml.startsWith("<![CDATA[", at) ? "]]>" : ">";
  const end = xml.indexOf(close, at + 2);
  return end < 0 ? -1 : end + close.length;
}

/** Every tag of `xml` from `from` to `to`, in order. */
export function* scanTags(xml: string, from = 0, to = xml.length): Generator<ScannedTag> {
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    const next = xml[at + 1];
    if (next === "!" || next === "?") {
      const after = skipSpecial(xml, at);
      if (after < 0) return;
      at = xml.indexOf("<", after);
      continue;
    }
    const close = xml.indexOf(">", at + 1);
    if (close < 0) return;
    const closing = next === "/";
    const nameStart = closing ? at + 2 : at + 1;
    const end = nameEnd(xml, nameStart, close);
    const qualified = xml.slice(nameStart, end);
    const selfClosing = xml[close - 1] === "/";
    yield {
      name: qualified.slice(qualified.indexOf(":") + 1),
      attrs: xml.slice(end, selfClosing ? close - 1 : close),
      closing,
      selfClosing,
      start: at,
      end: close + 1,
    };
    at = xml.indexOf("<", close + 1);
  }
}
