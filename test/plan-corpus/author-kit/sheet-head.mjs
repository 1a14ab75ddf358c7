// The Decree 30 header block and the Nơi nhận | signature rows as an office types them in a sheet's cells, and the
// answer's small helpers: what authors 52c and 53c each wrote in their `common.mjs` (53c's a copy of 52c's with the
// `gap` option; folded in after set 53). With `gap` 1, the default, both write what 52c's did.
import { C, blank } from "./book.mjs";

/** The header block over `n` columns: agency (two lines) left over `left` columns, Quốc hiệu right (after `gap`
 * empty columns, 1 or 0), then "Số:" (when given) and the place-date line. */
export function headerRows({ up, agency, number, place }, n, left = 2, gap = 1) {
  const right = n - left - gap;
  const G = gap ? [""] : [];
  const L = (v, o = {}) => C(v, { align: "center", across: left - 1, ...o });
  const R = (v, o = {}) => C(v, { align: "center", across: right - 1, ...o });
  return [
    { cells: [L(up), ...G, R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true })], box: false },
    { cells: [L(agency, { bold: true }), ...G, R("Độc lập - Tự do - Hạnh phúc", { bold: true })], box: false },
    { cells: [L(number ? `Số: ${number}` : ""), ...G, R(place, { italic: true })], box: false },
    blank(),
  ];
}

/** Nơi nhận lines left, the signature block right, over `n` columns. */
export function signRows(recv, sign, n, left = 2, gap = 1) {
  const right = n - left - gap;
  const G = gap ? [""] : [];
  const rows = [blank(), { cells: [C("Nơi nhận:", { bold: true, italic: true, across: left - 1 }), ...G,
    C(sign[0], { bold: true, align: "center", across: right - 1 })], box: false }];
  const rest = sign.slice(1);
  for (let i = 0; i < Math.max(recv.length, rest.length); i++) {
    rows.push({ cells: [C(recv[i] ?? "", { size: 10, across: left - 1 }), ...G,
      C(rest[i] ?? "", { bold: rest[i] !== "(Đã ký)", italic: rest[i] === "(Đã ký)", align: "center",
        across: right - 1 })], box: false });
  }
  return rows;
}

/** The answer's unit names: groups by `map`, each name once. */
export const answerUnits = (names, map) => [...new Set(names.flatMap((n) => map[n] ?? [n]))];

/** The ISO day that ends month `m` of year `y`. */
export const monthEnd = (y, m) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
/** The ISO day before `iso` ("trước ngày X" = X - 1, as the earlier sets read it). */
export const dayBefore = (iso) => {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
