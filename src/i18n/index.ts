// Every text a user reads comes from locales/<lang>.ftl (Fluent). Vietnamese first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { projectRoot } from "../paths.ts";

export const LANGUAGES = ["vi", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = "vi";

export type Args = Record<string, FluentVariable>;
export type Translate = (key: string, args?: Args) => string;

const bundles = new Map<Lang, FluentBundle>();

export function localePath(lang: Lang): string {
  return join(projectRoot, "locales", `${lang}.ftl`);
}

function bundle(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    // No bidi isolation marks: messages go to terminals, JSON and chat as plain text.
    b = new FluentBundle(lang, { useIsolating: false });
    const errors = b.addResource(new FluentResource(readFileSync(localePath(lang), "utf8")));
    if (errors.length > 0) throw new Error(`locales/${lang}.ftl: ${errors.map((e) => e.message).join("; ")}`);
    bundles.set(lang, b);
  }
  return b;
}

export function isLang(value: string | undefined): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? "");
}

/** A language tag such as "en-US" or "vi" to a supported language, Vietnamese otherwise. */
export function pickLang(tag: string | undefined): Lang {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : DEFAULT_LANG;
}

export function translator(lang: Lang): Translate {
  return (key, args) => {
    const b = bundle(lang);
    const message = b.getMessage(key);
    if (!message?.value) throw new Error(`missing message "${key}" in locales/${lang}.ftl`);
    return b.formatPattern(message.value, args);
  };
}

/** Message ids of a locale file, for checking that the languages agree. */
export function messageIds(lang: Lang): string[] {
  return [...readFileSync(localePath(lang), "utf8").matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!);
}

/** The messages of a chat whose language is stored (null: not chosen, Vietnamese). */
export function chatTranslator(lang: string | null | undefined): Translate {
  return translator(pickLang(lang ?? undefined));
}
