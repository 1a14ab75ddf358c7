// What Word does to a document's XML that the docx package does not: a sentence typed,
// spell-checked and edited over days ends up in many runs (cut mid-sentence and sometimes
// mid-word, by revision ids, w:proofErr marks and bookmarks). Also makes the file the
// same bytes on every build (fixed dates, no random ids), so regenerating changes nothing.
import JSZip from "jszip";

/** A small seeded generator (mulberry32), so that every build cuts the same runs. */
export function seeded(text: string): () => number {
  let seed = 0;
  for (const ch of text) seed = (Math.imul(seed, 31) + ch.codePointAt(0)!) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const RUN = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g;
// Tracked changes are left whole: Word keeps an insertion or deletion in runs of its own.
const CHANGES = /(<w:(?:ins|del) [^>]*>.*?<\/w:(?:ins|del)>)/g;

function cutPoints(text: string, random: () => number): number[] {
  if (text.length < 8) return [];
  const count = 1 + Math.floor(random() * Math.min(4, text.length / 14));
  const cuts = new Set<number>();
  for (let i = 0; i < count; i++) {
    let at = 1 + Math.floor(random() * (text.length - 2));
    // Most cuts fall between words (spell-check marks, a word retyped); some inside one.
    if (random() < 0.7) {
      const space = text.indexOf(" ", at);
      if (space > 0 && space < text.length - 1) at = space + 1;
    }
    cuts.add(at);
  }
  return [...cuts].sort((a, b) => a - b);
}

function splitRuns(xml: string, random: () => number, rsids: string[]): string {
  let bookmark = 900;
  const rsid = () => rsids[Math.floor(random() * rsids.length)]!;
  return xml.replace(RUN, (whole, rPr: string | undefined, escaped: string) => {
    const text = unescape(escaped);
    const cuts = cutPoints(text, random);
    if (!cuts.length) return whole.replace("<w:r>", `<w:r w:rsidR="${rsid()}">`);
    const bounds = [0, ...cuts, text.length];
    let out = "";
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = `<w:r w:rsidR="${rsid()}"${random() < 0.3 ? ` w:rsidRPr="${rsid()}"` : ""}>${rPr ?? ""}<w:t xml:space="preserve">${escape(text.slice(bounds[i], bounds[i + 1]))}</w:t></w:r>`;
      const roll = random();
      if (roll < 0.3) out += `<w:proofErr w:type="spellStart"/>${piece}<w:proofErr w:type="spellEnd"/>`;
      else if (roll < 0.38) {
        const id = bookmark++;
        out += `<w:bookmarkStart w:id="${id}" w:name="_Hlk${Math.floor(random() * 1e9)}"/>${piece}<w:bookmarkEnd w:id="${id}"/>`;
      } else out += piece;
    }
    return out;
  });
}

function wordLikeBody(xml: string, random: () => number, rsids: string[]): string {
  let shapes = 0;
  const body = xml
    .split(CHANGES)
    .map((part) => (part.startsWith("<w:ins ") || part.startsWith("<w:del ") ? part : splitRuns(part, random, rsids)))
    .join("");
  return body
    .replace(
      /<w:p>/g,
      () =>
        `<w:p w:rsidR="${rsids[0]}" w:rsidRDefault="${rsids[1]}" w:rsidP="${rsids[Math.floor(random() * rsids.length)]}">`,
    )
    .replace(/<v:shape id="[^"]*"/g, () => `<v:shape id="_x0000_s10${26 + shapes++}"`);
}

export interface WordFinish {
  /** Seed of the run cuts: the document id and the format. */
  seed: string;
  /** Day the document was written (YYYY-MM-DD): Word's metadata. */
  date: string;
}

export async function finishWord(buffer: Buffer, options: WordFinish): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const random = seeded(options.seed);
  const rsids = Array.from(
    { length: 6 },
    () =>
      `00${Math.floor(random() * 0xffffff)
        .toString(16)
        .toUpperCase()
        .padStart(6, "0")}`,
  );
  const stamp = `${options.date}T08:00:00Z`;
  const edit = async (name: string, change: (xml: string) => string) => {
    const file = zip.file(name);
    if (file) zip.file(name, change(await file.async("string")));
  };
  await edit("word/document.xml", (xml) => wordLikeBody(xml, random, rsids));
  await edit("word/settings.xml", (xml) =>
    xml
      // Tracked changes stay in the file; the page shows the text as accepted (so does the PDF).
      .replace(
        "<w:displayBackgroundShape/>",
        '<w:displayBackgroundShape/><w:revisionView w:markup="false" w:insDel="false"/>',
      )
      .replace(
        "</w:compat>",
        `</w:compat><w:rsids><w:rsidRoot w:val="${rsids[0]}"/>${rsids.map((r) => `<w:rsid w:val="${r}"/>`).join("")}</w:rsids>`,
      ),
  );
  await edit("docProps/core.xml", (xml) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  return stableZip(zip, stamp, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

/** The archive again with every entry dated `stamp`, so that the same content gives the same bytes. */
export async function stableZip(zip: JSZip, stamp: string, mimeType: string): Promise<Buffer> {
  const fixed = new Date(stamp);
  const out = new JSZip();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) out.file(name, await file.async("uint8array"), { date: fixed, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", mimeType });
}
