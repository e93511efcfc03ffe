/**
 * The languages claimcards speaks. Every user-facing string (the widget, the
 * `/embed` page, verdict labels) exists in each of these; cards may be in
 * any BCP 47 language and fall back to English labels.
 */
export const LANGS = ["en", "fa"] as const;
export type Lang = (typeof LANGS)[number];

/** Languages written right to left (by primary subtag). */
const RTL = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

/** Primary subtag of a BCP 47 tag: `fa-IR` → `fa`. */
export function primaryLang(lang: string): string {
  return lang.toLowerCase().split("-")[0] || "en";
}

/** One of LANGS for `lang` (by primary subtag), or null when we do not speak it. */
export function supportedLang(lang: string): Lang | null {
  const primary = primaryLang(lang);
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

/** Text direction for `lang`. */
export function dirFor(lang: string): "rtl" | "ltr" {
  return RTL.has(primaryLang(lang)) ? "rtl" : "ltr";
}
