import type { VerdictKey } from "../worker/domain/verdicts";

/** Every string the widget shows, per language. Verdict labels included. */
export interface Strings {
  title: string;
  loading: string;
  unavailable: string;
  claimBy: string;
  verdict: string;
  sources: (count: number) => string;
  verified: string;
  verifiedTitle: string;
  archived: string;
  archiveLink: string;
  original: string;
  reviewedBy: string;
  updated: string;
  corrections: string;
  stance: Record<"supports" | "contradicts" | "context", string>;
  verdicts: Record<VerdictKey, string>;
  showInArticle: string;
  notInArticle: string;
}

const en: Strings = {
  title: "Fact checks",
  loading: "Loading fact checks…",
  unavailable: "Fact checks are unavailable right now.",
  claimBy: "Claim by",
  verdict: "Verdict",
  sources: (n) => (n === 1 ? "1 source" : `${n} sources`),
  verified: "Quote verified",
  verifiedTitle: "This quote was found word for word in an archived copy of the source.",
  archived: "archived",
  archiveLink: "archived copy",
  original: "original",
  reviewedBy: "Reviewed by",
  updated: "Updated",
  corrections: "Corrections",
  stance: { supports: "Supports", contradicts: "Contradicts", context: "Context" },
  verdicts: {
    false: "False",
    misleading: "Misleading",
    "needs-context": "Needs context",
    "mostly-accurate": "Mostly accurate",
    accurate: "Accurate",
    unverified: "Unverified",
  },
  showInArticle: "Show in article",
  notInArticle: "The sentence this checks was not found on this page.",
};

const fa: Strings = {
  title: "راستی‌آزمایی‌ها",
  loading: "در حال بارگذاری راستی‌آزمایی‌ها…",
  unavailable: "راستی‌آزمایی‌ها اکنون در دسترس نیستند.",
  claimBy: "ادعا از",
  verdict: "نتیجه",
  sources: (n) => `${formatNumber(n, "fa")} منبع`,
  verified: "نقل‌قول تأیید شد",
  verifiedTitle: "این نقل‌قول عیناً در نسخهٔ بایگانی‌شدهٔ منبع یافت شد.",
  archived: "بایگانی‌شده",
  archiveLink: "نسخهٔ بایگانی",
  original: "اصل",
  reviewedBy: "بازبینی از",
  updated: "به‌روزرسانی",
  corrections: "اصلاحیه‌ها",
  stance: { supports: "تأیید می‌کند", contradicts: "رد می‌کند", context: "زمینه" },
  verdicts: {
    false: "نادرست",
    misleading: "گمراه‌کننده",
    "needs-context": "نیازمند زمینه",
    "mostly-accurate": "عمدتاً درست",
    accurate: "درست",
    unverified: "تأییدنشده",
  },
  showInArticle: "نمایش در متن",
  notInArticle: "جمله‌ای که این کارت بررسی می‌کند در این صفحه پیدا نشد.",
};

const STRINGS: Record<string, Strings> = { en, fa };

/** Languages written right to left (by primary subtag). */
const RTL = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

/** Primary subtag of a BCP 47 tag: `fa-IR` → `fa`. */
export function primaryLang(lang: string): string {
  return lang.toLowerCase().split("-")[0] ?? "en";
}

/** The strings for `lang`, falling back to English. */
export function stringsFor(lang: string): Strings {
  return STRINGS[primaryLang(lang)] ?? en;
}

/** Text direction for `lang`. */
export function dirFor(lang: string): "rtl" | "ltr" {
  return RTL.has(primaryLang(lang)) ? "rtl" : "ltr";
}

// Building an Intl formatter costs far more than using one (the Persian
// calendar especially), and a card formats half a dozen dates: one per language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the reader's language (Persian digits for fa). */
export function formatNumber(n: number, lang: string): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}

/** A date in the reader's language (`fa` gets the Persian calendar, as Persian readers expect). */
export function formatDate(iso: string | undefined, lang: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  try {
    let format = dateFormats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
      dateFormats.set(lang, format);
    }
    return format.format(date);
  } catch {
    return iso.slice(0, 10);
  }
}
