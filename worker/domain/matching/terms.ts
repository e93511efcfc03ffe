import { normalizeForMatching } from "../normalize-text";
import { findNumbers } from "./numbers";

/** What a sentence or a claim says, as the matcher compares it. */
export interface Terms {
  /** Content words, stemmed and mapped to one spelling per meaning. */
  words: Set<string>;
  /** Numbers by value. */
  numbers: Set<number>;
  /** Words written with a capital inside the text: names of people, places, groups. */
  names: Set<string>;
  /** The content words as written (normalised, lower-case): what the search index holds. */
  surface: Set<string>;
  /** Whether the text denies what it says ("not", "no", "never", Persian نه / نمی‌ / نیست). */
  negated: boolean;
}

const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with and or but as is are was were be been being has have had do does did " +
    "that this these those it its their there they them he she his her we our you your i me my which who whom whose " +
    "so than then also about into over after before during since while some any all such more most other only own " +
    "same very can could will would should may might must just what when where why how around nearly about almost " +
    "said says say according so-far far yet still" +
    " و در به از که را با این آن برای تا یا هم نیز اما بر است بود شد شده اند‌اند های ها یک خود او آنها ما شما " +
    "حدود تاکنون تقریبا تقریباً گفت گفته کرد کرده کند می‌شود میشود شود بوده باشد"
  ).split(/\s+/),
);

const NEGATIONS = new Set(["not", "no", "never", "none", "nobody", "neither", "nor", "denied", "deny", "denies", "false", "نه", "نیست", "نیستند", "هرگز", "هیچ"]);

/**
 * One spelling per meaning for the words fact-checked claims are made of:
 * a paraphrase ("detained" for "arrested", "pardon" for "amnesty") still
 * matches. Small on purpose: a wrong synonym costs precision.
 */
const SYNONYMS: Record<string, string> = {
  detain: "arrest", jail: "arrest", imprison: "arrest", held: "arrest", custody: "arrest", apprehend: "arrest",
  بازداشت: "arrest", دستگیر: "arrest", زندانی: "prisoner",
  pardon: "amnesty", clemency: "amnesty", عفو: "amnesty", بخشودگی: "amnesty",
  inmate: "prisoner", detainee: "prisoner", prison: "prisoner",
  demonstrator: "protester", protestor: "protester", معترض: "protester", معترضان: "protester",
  protest: "protest", demonstration: "protest", rally: "protest", اعتراض: "protest", اعتراضات: "protest", تجمع: "protest",
  execution: "death", executed: "death", اعدام: "death",
  people: "person", individual: "person", نفر: "person",
  leader: "leader", رهبر: "leader",
  regret: "regret", remorse: "regret", repent: "regret", ندامت: "regret", پشیمانی: "regret",
  promise: "commit", commitment: "commit", pledge: "commit", undertaking: "commit", تعهد: "commit",
  iran: "iran", ایران: "iran", iranian: "iran", ایرانی: "iran",
  khamenei: "khamenei", خامنه‌ای: "khamenei", خامنهای: "khamenei",
};

/** Irregular English forms the suffix rules below cannot reach. */
const IRREGULAR: Record<string, string> = { written: "write", wrote: "write", held: "hold", said: "say", told: "tell", men: "man", women: "woman", children: "child" };

/**
 * Crude English and Persian suffix stripping: enough for plurals and tenses
 * ("arrests", "arrested", "arresting" → "arrest"; "activities" → "activity").
 * Nouns in -er keep it: "order" and "lawyer" are not verbs.
 */
function stem(word: string): string {
  if (/^[a-z]+$/.test(word)) {
    const irregular = IRREGULAR[word];
    if (irregular) return stem(irregular);
    let w = word;
    if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
    else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
    else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
    else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
    else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
    // "receive" / "received" / "receiving" meet at "receiv".
    return w.length > 3 && w.endsWith("e") ? w.slice(0, -1) : w;
  }
  // Persian plural and possessive suffixes (ZWNJ is already removed by normalisation).
  for (const suffix of ["هایی", "های", "ها", "ان", "ات"]) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

function canonical(word: string): string {
  const direct = SYNONYMS[word];
  if (direct) return direct;
  const stemmed = stem(word);
  return SYNONYMS[stemmed] ?? stemmed;
}

/**
 * The terms of `text`: the verifier's normalisation (NFC, quote marks,
 * Persian letter variants and digits, zero-width characters), then words,
 * numbers, names and negation.
 */
export function termsOf(text: string): Terms {
  const normalized = normalizeForMatching(text).text;
  const lower = normalized.toLowerCase();
  const numbers = new Set(findNumbers(lower).map((n) => n.value));
  const words = new Set<string>();
  const surface = new Set<string>();
  const names = new Set<string>();
  let negated = false;
  const tokens = normalized.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  tokens.forEach((token, i) => {
    const word = token.toLowerCase().replace(/^['-]+|['-]+$/g, "").replace(/'s$/, "");
    if (!word) return;
    if (NEGATIONS.has(word) || /n't$/.test(word) || /^نمی|^ن(?:کرده|شده|دارد|دارند|بود)/.test(word)) negated = true;
    if (/^\d/.test(word) || STOPWORDS.has(word)) return;
    const term = canonical(word);
    words.add(term);
    surface.add(word);
    if (i > 0 && /^\p{Lu}/u.test(token)) names.add(term);
  });
  return { words, numbers, names, surface, negated };
}

/** Every spelling the synonym table maps to `term`, and `term` itself: a paraphrase's words to look up. */
export function spellingsOf(term: string): string[] {
  return [term, ...Object.keys(SYNONYMS).filter((word) => SYNONYMS[word] === term && word !== term)];
}
