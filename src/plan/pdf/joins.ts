// Where the text layer joins texts the page places apart. pdf.js gives the texts of one
// line that stand close enough as one run, with a space between them: two cells side by
// side ("30/6/2024" and the unit in the next cell) become "30/6/2024 Sở Tư pháp". The font
// showed no space there, while a space typed in the text is a glyph it shows.
import { type PageGlyphs, shownPlaces } from "./fallback-fonts.ts";
import type { TextRun } from "./geometry.ts";

/** The runs, each found among the glyphs shown marked with the spaces its font never showed. */
export function markJoins(runs: TextRun[], page: PageGlyphs): TextRun[] {
  const shownAt = shownPlaces(runs, page);
  return runs.map((run) => {
    const at = shownAt.get(run);
    const spaced = page.get(run.font)?.spaced;
    if (at === undefined || !spaced) return run;
    const joins: number[] = [];
    let shown = 0;
    for (let i = 0; i < run.text.length; i++) {
      if (!/\s/u.test(run.text[i]!)) shown++;
      else if (shown > 0 && /\S/u.test(run.text[i + 1] ?? "") && spaced[at + shown] === false) joins.push(i);
    }
    return { ...run, joins };
  });
}
