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
  regret: "regret", remorse: "regret", ندامت: "regret", پشیمانی: "regret",
  iran: "iran", ایران: "iran", iranian: "iran", ایرانی: "iran",
  khamenei: "khamenei", خامنه‌ای: "khamenei", خامنهای: "khamenei",
};

/** Crude English and Persian suffix stripping: enough for plurals and tenses. */
function stem(word: string): string {
  if (/^[a-z]+$/.test(word)) {
    if (word.length > 5 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
    if (word.length > 5 && /(ing|ers)$/.test(word)) return word.slice(0, -3);
    if (word.length > 4 && /(ed|er|es)$/.test(word)) return word.slice(0, -2);
    if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
    return word;
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
    if (i > 0 && /^\p{Lu}/u.test(token)) names.add(term);
  });
  return { words, numbers, names, negated };
}
