// A web archive (MHT, MIME multipart/related), as some web applications write an altChunk: its
// first text/html part, decoded from quoted-printable or base64, is the page Word imports. Only
// the MIME framing is read here (headers and boundaries, line by line); the page itself is
// HTML, read by alt-chunk.ts.

/** A MIME header block's fields by lower-case name, continuation lines joined. */
function headers(lines: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  let last = "";
  for (const line of lines) {
    if ((line.startsWith(" ") || line.startsWith("\t")) && last) fields.set(last, `${fields.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      fields.set(last, line.slice(colon + 1).trim());
    }
  }
  return fields;
}

/** A parameter of a header value: `boundary` of `multipart/related; boundary="----=_NextPart"`. */
function parameter(value: string, name: string): string | undefined {
  for (const piece of value.split(";").slice(1)) {
    const eq = piece.indexOf("=");
    if (eq > 0 && piece.slice(0, eq).trim().toLowerCase() === name)
      return piece
        .slice(eq + 1)
        .trim()
        .replace(/^"|"$/g, "");
  }
  return undefined;
}

function quotedPrintable(body: string): Buffer {
  const text = body.replace(/=\r?\n/g, "");
  const bytes = Buffer.alloc(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === "=" ? Number.parseInt(text.slice(i + 1, i + 3), 16) : Number.NaN;
    if (Number.isNaN(hex) || !/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3)))
      bytes[length++] = text.charCodeAt(i) & 0xff;
    else {
      bytes[length++] = hex;
      i += 2;
    }
  }
  return bytes.subarray(0, length);
}

/** Whether a part's bytes open as a MIME message (an MHT file's first header). */
export function isMht(data: Buffer): boolean {
  const head = data.toString("latin1", 0, Math.min(data.length, 512)).trimStart().toLowerCase();
  return ["mime-version:", "from:", "content-type: multipart", "subject:", "date:"].some((h) => head.startsWith(h));
}

/** The web archive's HTML page as bytes (its charset declared in it, or given by its part's header), or null. */
export function mhtPage(data: Buffer): { html: Buffer; charset?: string } | null {
  // Latin-1 keeps every byte as one character: the page's bytes come back unchanged.
  const text = data.toString("latin1");
  const split = text.search(/\r?\n\r?\n/);
  if (split < 0) return null;
  const top = headers(text.slice(0, split).split(/\r?\n/));
  const boundary = parameter(top.get("content-type") ?? "", "boundary");
  const parts = boundary ? text.split(`--${boundary}`).slice(1) : [text];
  for (const part of parts) {
    const body = part.replace(/^\r?\n/, "");
    const end = body.search(/\r?\n\r?\n/);
    if (end < 0) continue;
    const fields = boundary ? headers(body.slice(0, end).split(/\r?\n/)) : top;
    const type = fields.get("content-type") ?? "";
    if (!type.toLowerCase().startsWith("text/html")) continue;
    const content = body.slice(end).replace(/^\r?\n\r?\n/, "");
    const encoding = (fields.get("content-transfer-encoding") ?? "").toLowerCase();
    const html =
      encoding === "base64"
        ? Buffer.from(content, "base64")
        : encoding === "quoted-printable"
          ? quotedPrintable(content)
          : Buffer.from(content, "latin1");
    return { html, charset: parameter(type, "charset") };
  }
  return null;
}
