/**
 * The reader-facing strings in the browser. English is in widget.js; every
 * other language we speak is a pack of its own (widget-strings-<lang>.<hash>.js,
 * named by the build), fetched beside the cards: widget.js does not grow with
 * each language, and English readers never download Persian.
 */
import { supportedLang } from "../common/languages";
import { en, type Strings } from "../common/strings";

/**
 * The strings for `lang`: English at once; another language once its pack
 * arrives (English if it cannot). Mount points share the pack: the browser's
 * module map fetches a module once.
 */
export function loadStrings(lang: string, base: string): Strings | Promise<Strings> {
  const code = supportedLang(lang);
  const file = code && __CLAIMCARDS_STRINGS__[code];
  if (!file) return en;
  return import(/* @vite-ignore */ new URL(file, base).href).then(
    (module: { default: Strings }) => module.default,
    () => en,
  );
}
