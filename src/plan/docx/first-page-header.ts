// An office may set its header block (issuer, motto, "Số: 1180/KH-UBND", "Thái Nguyên, ngày 20 tháng 3 năm 2025") in
// the first page's own header (Word's "Different first page": w:titlePg with a headerReference of type "first"), the
// other pages running a short header of their own ("Kế hoạch số … - Trang 2"). That header is the document's opening
// as the page shows it, read before the body. Only the first section's counts: a later section's first page, and the
// running headers every page repeats, are the page's furniture.
import type { XmlElement, XmlHandlers } from "../../formats/xml-stream.ts";
import { flag } from "./styles.ts";

/** Watches the body's elements for the first section's properties; `id` is its first-page header's relationship. */
export function firstSectionWatch(): Pick<XmlHandlers, "open" | "close"> & { id: () => string | null } {
  let state: "before" | "in" | "done" = "before";
  let first: string | null = null;
  let titlePage = false;
  return {
    open(el: XmlElement) {
      if (state === "before" && el.name === "w:sectPr") state = "in";
      if (state !== "in") return;
      if (el.name === "w:headerReference" && el.attrs.type === "first") first = el.attrs["r:id"] ?? null;
      // <w:titlePg/> is on; w:val="0" turns it off.
      if (el.name === "w:titlePg") titlePage = el.attrs.val === undefined || flag(el.attrs.val);
    },
    close(el: XmlElement) {
      if (state === "in" && el.name === "w:sectPr") state = "done";
    },
    id: () => (titlePage ? first : null),
  };
}
