// A plan's own ways of writing a unit (short forms it defines, codes from a legend) put before the directory's.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";

/**
 * A resolver that reads every name through `spell` first: a plan's own short forms ("(sau đây viết tắt là …)") and
 * unit codes ("(13)") are spelled out before the directory is asked.
 */
export function spellingFirst(resolver: UnitResolver, spell: (text: string) => string): UnitResolver {
  return {
    resolveList: (text: string): ResolvedName[] => resolver.resolveList(spell(text)),
    leadingUnits: (text: string): ResolvedName[] => resolver.leadingUnits(spell(text)),
    find: (name: string) => resolver.find(spell(name)),
    directory: resolver.directory,
  };
}
