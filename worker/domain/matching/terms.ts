import { boundedMemo } from "../bounded-memo";
import { normalizedText } from "../normalize-text";
import { findNumbers } from "./numbers";

/** What a sentence or a claim says, as the matcher compares it. */
export interface Terms {
  /** Content words, stemmed and mapped to one spelling per meaning. */
  words: Set<string>;
  /** Numbers by value. */
  numbers: Set<number>;
  /** Words written with a capital inside the text, and places: names of people, places, groups. */
  names: Set<string>;
  /** Countries and cities (PLACES), one spelling each: a claim about Kenya is not one about Uganda. */
  places: Set<string>;
  /** The content words as written (normalised, lower-case): what the search index holds. */
  surface: Set<string>;
  /**
   * Whether the text denies what it says: an odd number of negations ("not",
   * "denied", "excludes", Persian نیست, تکذیب and verbs negated with ن/نمی).
   * "It is not true that … did not …" affirms.
   */
  negated: boolean;
}

/**
 * What the scorer reads of a claim: its terms without the words as written,
 * which only a sentence's lookups use (candidate-query.ts).
 */
export type ClaimTerms = Omit<Terms, "surface">;

const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with and or but as is are was were be been being has have had do does did " +
    "that this these those it its their there they them he she his her we our you your i me my which who whom whose " +
    "so than then also about into over after before during since while some any all such more most other only own " +
    "same very can could will would should may might must just what when where why how around nearly about almost " +
    "said says say according so-far far yet still" +
    " و در به از که را با این آن برای تا یا هم نیز اما بر است بود شد شده اند‌اند های ها یک خود او آنها ما شما " +
    "حدود تاکنون تقریبا تقریباً گفت گفته کرد کرده کند می‌شود میشود شود بوده باشد" +
    // Left over once the zero-width non-joiner splits words: می‌ (verb prefix), ‌اند ‌ای ‌ترین (suffixes), auxiliaries.
    " می اند ای ترین تر شده شدند شدهاند کردند کردهاند کنند بودند هستند است باید ممکن نزدیک بیش کمتر بیشتر دیگر هر " +
    "ی هایی هایشان هایش اش شان جمله طور" +
    // English quantity hedges and reporting verbs: they never carry the claim.
    " roughly approximately estimated estimate estimates least per average"
  ).split(/\s+/),
);

/**
 * Words that deny what follows. Not here: "nor" (it pairs with "neither",
 * counted once) and Persian هیچ / هرگز, which always come with a negated
 * verb (negative concord: «هیچ زندانی‌ای … نیست» is one negation, not two).
 * "excludes X" says "does not include X".
 */
const NEGATIONS = new Set(
  (
    "not no never none nobody neither denied deny denies false untrue incorrect exclude excludes excluded excluding " +
    "نه نیست نیستند تکذیب نادرست"
  ).split(/\s+/),
);

/** A Persian verb negated with its prefix: ن + a common verb stem (نمی‌شود, نکرده، نخواهند، نیافت، نبود). */
const PERSIAN_NEGATED_VERB =
  /^ن(?:می|خواه|کرد|کن|شد|شو|بود|باش|دار|داشت|داد|دهد|دهند|یافت|یاب|گرفت|گیر|رسید|توان|پذیرفت|گذاشت)/;

/**
 * One spelling per meaning for the words fact-checked claims are made of:
 * a paraphrase ("detained" for "arrested", "pardon" for "amnesty") still
 * matches, and a Persian sentence shares these meanings with an English
 * claim. One meaning a line, then its spellings (English forms are also
 * looked up by stem). Small on purpose: a wrong synonym costs precision.
 */
const SYNONYM_GROUPS = `
arrest: detain jail imprison held custody apprehend بازداشت دستگیر
prisoner: inmate detainee prison زندانی
amnesty: pardon clemency عفو بخشودگی
protester: demonstrator protestor معترض معترضان
protest: demonstration rally اعتراض اعتراضات تجمع
death: execution executed اعدام kill die died dead fatality کشته مرگ
person: people individual نفر
leader: رهبر
regret: remorse repent ندامت پشیمانی
commit: promise commitment pledge undertaking تعهد
khamenei: خامنه‌ای خامنهای خامنه
earthquake: quake زلزله زمینلرزه لرزه
vaccine: vaccinate vaccination immunise immunize واکسن واکسینه واکسیناسیون
unemployment: joblessness jobless بیکاری بیکار
turnout: مشارکت
election: vote انتخابات
fall: fell drop dropped decline کاهش
oil: crude نفت
export: صادر صادرات
barrel: بشکه
percent: درصد
bridge: پل
reopen: بازگشایی
repair: تعمیر تعمیرات
measles: سرخک
child: کودک کودکان`;

const SYNONYMS: Record<string, string> = {};
for (const line of SYNONYM_GROUPS.trim().split("\n")) {
  const [meaning, spellings] = line.split(":") as [string, string];
  for (const spelling of [meaning, ...spellings.trim().split(/\s+/)]) SYNONYMS[spelling] = meaning;
}

/**
 * Countries and large cities, English and Persian, with demonyms, to one
 * spelling: places are names (they weigh more), and a claim about one place
 * is not repeated by the same words about another. "saudi arabia" is two
 * words that both map to one place.
 */
const PLACE_LIST = `
iran iranian ایران ایرانی|iraq iraqi عراق عراقی|turkey turkish ترکیه|syria syrian سوریه|kenya kenyan کنیا|uganda ugandan اوگاندا|
tanzania tanzanian تانزانیا|nigeria nigerian نیجریه|ghana ghanaian غنا|egypt egyptian مصر|spain spanish اسپانیا|portugal portuguese پرتغال|
greece greek یونان|kuwait kuwaiti کویت|saudi arabia عربستان|morocco moroccan مراکش|belarus belarusian بلاروس|turkmenistan ترکمنستان|
afghanistan afghan افغانستان|pakistan pakistani پاکستان|india indian هند|china chinese چین|russia russian روسیه|ukraine ukrainian اوکراین|
america american آمریکا امریکا|britain british بریتانیا انگلیس|france french فرانسه|germany german آلمان|italy italian ایتالیا|israel israeli اسرائیل|
lebanon lebanese لبنان|jordan jordanian اردن|emirates emirati امارات|qatar qatari قطر|yemen yemeni یمن|azerbaijan آذربایجان|armenia armenian ارمنستان|
norway norwegian نروژ|sweden swedish سوئد|japan japanese ژاپن|brazil brazilian برزیل|mexico mexican مکزیک|ethiopia ethiopian اتیوپی|
sudan sudanese سودان|libya libyan لیبی|algeria algerian الجزایر|tunisia tunisian تونس|serbia serbian صربستان|
tehran تهران|mashhad مشهد|isfahan اصفهان|tabriz تبریز|shiraz شیراز|istanbul استانبول|ankara آنکارا|izmir ازمیر|baghdad بغداد|basra بصره|
mosul موصل|kabul کابل|damascus دمشق|aleppo حلب|beirut بیروت|cairo قاهره|nairobi نایروبی|lagos لاگوس|abuja ابوجا|madrid مادرید|
barcelona بارسلونا|lisbon لیسبون|athens آتن|london لندن|paris پاریس|berlin برلین|moscow مسکو|kyiv kiev کییف|beijing پکن|delhi دهلی|
riyadh ریاض|dubai دبی|belgrade بلگراد|oslo اسلو`;

const PLACES = new Map<string, string>();
for (const entry of PLACE_LIST.split("|")) {
  const [canonicalName, ...spellings] = entry.trim().split(/\s+/);
  for (const spelling of [canonicalName!, ...spellings]) PLACES.set(spelling, canonicalName!);
}
/** Each place's one spelling: a word whose meaning is one of these (canonical, below) names a place. */
const PLACE_NAMES = new Set(PLACES.values());

/**
 * Number words and scales, read as numbers by findNumbers (with a scale) and
 * otherwise meaning little: "ten" in "tens of thousands", Persian ده‌ها.
 */
const NUMBER_WORDS = new Set(
  (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand " +
    "million billion یک دو سه چهار پنج شش هفت هشت نه ده بیست سی چهل پنجاه صد هزار " +
    "میلیون میلیارد"
  ).split(/\s+/),
);

/** Irregular English forms the suffix rules below cannot reach. */
const IRREGULAR: Record<string, string> = {
  written: "write",
  wrote: "write",
  held: "hold",
  said: "say",
  told: "tell",
  men: "man",
  women: "woman",
  children: "child",
};

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

/** The synonym table by stem as well, so "votes" finds "vote" and "vaccinated" finds "vaccinate". */
const STEMMED_SYNONYMS = new Map(Object.entries(SYNONYMS).map(([word, meaning]) => [stem(word), meaning]));

/**
 * The one spelling of a word's meaning (a place, a synonym group, or its
 * stem): what `Terms.words` holds. Remembered per word: an article repeats
 * its words, and its lookups ask again (at most 10,000 words of at most 40
 * letters, since articles are the callers' text).
 */
export const canonical = boundedMemo(canonicalOf, 10_000, 40);
function canonicalOf(word: string): string {
  const direct = PLACES.get(word) ?? SYNONYMS[word];
  if (direct) return direct;
  const stemmed = stem(word);
  return PLACES.get(stemmed) ?? SYNONYMS[stemmed] ?? STEMMED_SYNONYMS.get(stemmed) ?? stemmed;
}

// Newsroom shorthand for scales and percentages, spelled out so numbers read them: "3.4m" → "3.4 million", "85%" → "85 percent".
const SHORTHAND: [RegExp, string][] = [
  [/(\d)(?:m|mn)\b/g, "$1 million"],
  [/(\d)\s?(?:bn)\b/g, "$1 billion"],
  [/(\d)\s?[%٪]/g, "$1 percent "],
  [/\bper cent\b/g, "percent"],
  // A vague quantity is still a claim's words: "tens of thousands" and «ده‌ها هزار» are one.
  [/\btens of thousands\b/gi, " tensofthousands "],
  [/ده ?ها ?هزار/g, " tensofthousands "],
];

/**
 * The terms of `text`: the verifier's normalisation (NFC, quote marks,
 * Persian letter variants and digits, zero-width characters), then words,
 * numbers, names and negation.
 */
export function termsOf(text: string): Terms {
  // The zero-width non-joiner joins a Persian word's parts (بازداشت‌شدگان، ده‌ها، می‌شود); writers also use a
  // space or nothing. As a space, the parts are words of their own, as they are when typed with a space.
  let normalized = normalizedText(text.replace(/\u200c/g, " "));
  for (const [pattern, replacement] of SHORTHAND) normalized = normalized.replace(pattern, replacement);
  const lower = normalized.toLowerCase();
  const numbers = new Set(findNumbers(lower).map((n) => n.value));
  const words = new Set<string>();
  const surface = new Set<string>();
  const names = new Set<string>();
  const places = new Set<string>();
  let negations = 0;
  const tokens = normalized.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  tokens.forEach((token, i) => {
    const word = token
      .toLowerCase()
      .replace(/^['-]+|['-]+$/g, "")
      .replace(/'s$/, "");
    if (!word) return;
    if (NEGATIONS.has(word) || /n't$/.test(word) || PERSIAN_NEGATED_VERB.test(word)) negations++;
    // Number words and scales are in `numbers` already; as words they would match any number.
    if (/^\d/.test(word) || STOPWORDS.has(word) || NUMBER_WORDS.has(word)) return;
    const term = canonical(word);
    words.add(term);
    surface.add(word);
    if (PLACE_NAMES.has(term)) {
      places.add(term);
      names.add(term);
    } else if (i > 0 && /^\p{Lu}/u.test(token)) names.add(term);
  });
  return { words, numbers, names, places, surface, negated: negations % 2 === 1 };
}

/** Each meaning's other spellings, synonyms before places' names (built once: matching asks for every word of an article). */
const SPELLINGS = new Map<string, string[]>();
for (const [word, meaning] of [...Object.entries(SYNONYMS), ...PLACES])
  if (word !== meaning) SPELLINGS.set(meaning, [...(SPELLINGS.get(meaning) ?? []), word]);

/** Every spelling the synonym table (or the places) maps to `term`, and `term` itself: a paraphrase's words to look up. */
export function spellingsOf(term: string): string[] {
  return [term, ...(SPELLINGS.get(term) ?? [])];
}
