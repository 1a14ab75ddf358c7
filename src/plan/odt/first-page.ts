// An office may set its header block (issuer, motto, "Số: 1180/KH-UBND", place and date) in the first page's own
// header, the other pages running a short one ("Kế hoạch số … - Trang 2"): Word's "Different first page", read by
// docx/first-page-header.ts. An .odt says it two ways: the first page's style (the master page the first paragraph or
// table opens, style:master-page-name, else the first one defined) has a first-page header (style:header-first, or
// LibreOffice's loext:header-first), or is a page style of its own that the next pages leave for another
// (style:next-style-name, as LibreOffice saves Word's first page) and has a header. That header is the document's
// opening as the page shows it, read before the body; running headers are the page's furniture.
import { child, type XmlElement, type XmlHandlers, type XmlNode, streamXml } from "../../formats/xml-stream.ts";
import type { OdtStyles } from "./styles.ts";

/** The handlers, given only the events inside elements named `name` (office:text: the body). */
export function within(name: string, handlers: XmlHandlers): XmlHandlers {
  let depth = 0;
  return {
    open(el) {
      if (depth > 0 || el.name === name) depth++;
      if (depth > 1) handlers.open(el);
    },
    close(el) {
      if (depth > 1) handlers.close(el);
      if (depth > 0) depth--;
    },
    text(text) {
      if (depth > 1) handlers.text(text);
    },
  };
}

/** Watches the body's elements for the page style its first paragraph or table opens. */
export function firstPageWatch(styles: OdtStyles): Pick<XmlHandlers, "open"> & { page: () => string | null } {
  let seen = false;
  let page: string | null = null;
  return {
    open(el: XmlElement) {
      if (seen || !["text:p", "text:h", "table:table"].includes(el.name)) return;
      seen = true;
      const family = el.name === "table:table" ? "table" : "paragraph";
      page = styles.masterPage(el.attrs["style-name"] ?? null, family) ?? null;
    },
    page: () => page,
  };
}

/** The header element the first page shows of its own, by name, or null. */
function firstHeader(styles: XmlNode | null, page: string | null): string | null {
  const pages = child(styles?.children[0], "office:master-styles")?.children ?? [];
  const master = pages.find((p) => p.name === "style:master-page" && (page === null || p.attrs.name === page));
  if (!master) return null;
  const own = master.children.find((c) => c.name === "style:header-first" || c.name === "loext:header-first");
  if (own && own.attrs.display !== "false") return own.name;
  const next = master.attrs["next-style-name"];
  const header = child(master, "style:header");
  return next && next !== master.attrs.name && header && header.attrs.display !== "false" ? "style:header" : null;
}

/** Streams the first page's own header, when it has one, to `handlers`. */
export function firstPageHeader(
  data: Buffer,
  styles: XmlNode | null,
  page: string | null,
  handlers: XmlHandlers,
  maxDepth: number,
): void {
  const name = firstHeader(styles, page);
  if (!name) return;
  const pages = child(styles?.children[0], "office:master-styles")?.children ?? [];
  const master = page ?? pages.find((p) => p.name === "style:master-page")?.attrs.name;
  let inMaster = 0;
  const inner = within(name, handlers);
  streamXml(
    data,
    {
      open(el) {
        if (inMaster > 0) inMaster++;
        else if (el.name === "style:master-page" && el.attrs.name === master) inMaster = 1;
        // Only the master page's own header: a table's or a frame's elements never share its name.
        if (inMaster > 1) inner.open(el);
      },
      close(el) {
        if (inMaster > 1) inner.close(el);
        if (inMaster > 0) inMaster--;
      },
      text(text) {
        if (inMaster > 1) inner.text(text);
      },
    },
    maxDepth,
  );
}
