import { formatNumber } from "./format";
import { type Lang, primaryLang, supportedLang } from "./languages";

/**
 * Every string a reader sees around the cards (the widget and the `/embed`
 * page), per language. Verdict labels live with the scale in ./verdicts.
 */
export interface Strings {
  title: string;
  loading: string;
  unavailable: string;
  claimBy: string;
  verdict: string;
  sources: (count: number) => string;
  /** The compact layout's one row: "3 fact checks:" before the verdicts. */
  factChecks: (count: number) => string;
  /** The compact row's button, for screen readers: what a click does. */
  expand: string;
  reviewedBy: string;
  updated: string;
  corrections: string;
  /**
   * The one line the embed page shows for an article without published cards.
   * The widget shows nothing at all then, but an iframe is a box the publisher
   * placed on purpose: an empty box reads as broken.
   */
  noCards: string;
}

export const en: Strings = {
  title: "Fact checks",
  loading: "Loading fact checks…",
  unavailable: "Fact checks are unavailable right now.",
  claimBy: "Claim by",
  verdict: "Verdict",
  sources: (n) => (n === 1 ? "1 source" : `${n} sources`),
  factChecks: (n) => (n === 1 ? "1 fact check" : `${n} fact checks`),
  expand: "Show the fact checks",
  reviewedBy: "Reviewed by",
  updated: "Updated",
  corrections: "Corrections",
  noCards: "No fact checks for this article.",
};

export const fa: Strings = {
  title: "راستی‌آزمایی‌ها",
  loading: "در حال بارگذاری راستی‌آزمایی‌ها…",
  unavailable: "راستی‌آزمایی‌ها اکنون در دسترس نیستند.",
  claimBy: "ادعا از",
  verdict: "نتیجه",
  sources: (n) => `${formatNumber(n, "fa")} منبع`,
  factChecks: (n) => `${formatNumber(n, "fa")} راستی‌آزمایی`,
  expand: "نمایش راستی‌آزمایی‌ها",
  reviewedBy: "بازبینی از",
  updated: "به‌روزرسانی",
  corrections: "اصلاحیه‌ها",
  noCards: "برای این مطلب راستی‌آزمایی‌ای منتشر نشده است.",
};

const STRINGS: Record<string, Strings> = { en, fa };

/** The strings for `lang`, falling back to English. */
export function stringsFor(lang: string): Strings {
  return STRINGS[primaryLang(lang)] ?? en;
}

/** The two lines of the highlighting add-on (`data-highlight`): in its own file, not in widget.js. */
export interface HighlightStrings {
  showInArticle: string;
  notInArticle: string;
}

const HIGHLIGHT_STRINGS: Record<Lang, HighlightStrings> = {
  en: {
    showInArticle: "Show in article",
    notInArticle: "The sentence this checks was not found on this page.",
  },
  fa: {
    showInArticle: "نمایش در متن",
    notInArticle: "جمله‌ای که این کارت بررسی می‌کند در این صفحه پیدا نشد.",
  },
};

/** The add-on's strings for `lang`, falling back to English. */
export function highlightStringsFor(lang: string): HighlightStrings {
  return HIGHLIGHT_STRINGS[supportedLang(lang) ?? "en"];
}

/** What a card's sources say around each quote: in widget.js's add-on, built only when the reader opens them. */
export interface SourceStrings {
  verified: string;
  verifiedTitle: string;
  archived: string;
  archiveLink: string;
  stance: Record<"supports" | "contradicts" | "context", string>;
}

const SOURCE_STRINGS: Record<Lang, SourceStrings> = {
  en: {
    verified: "Quote verified",
    verifiedTitle: "This quote was found word for word in an archived copy of the source.",
    archived: "archived",
    archiveLink: "archived copy",
    stance: { supports: "Supports", contradicts: "Contradicts", context: "Context" },
  },
  fa: {
    verified: "نقل‌قول تأیید شد",
    verifiedTitle: "این نقل‌قول عیناً در نسخهٔ بایگانی‌شدهٔ منبع یافت شد.",
    archived: "بایگانی‌شده",
    archiveLink: "نسخهٔ بایگانی",
    stance: { supports: "تأیید می‌کند", contradicts: "رد می‌کند", context: "زمینه" },
  },
};

/** The sources' strings for `lang`, falling back to English. */
export function sourceStringsFor(lang: string): SourceStrings {
  return SOURCE_STRINGS[supportedLang(lang) ?? "en"];
}
