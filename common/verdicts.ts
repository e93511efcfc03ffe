/**
 * The verdict scale. Keys are stable API values; `ratingValue` maps onto
 * schema.org ClaimReview (worst 1, best 5). `unverified` has no rating on
 * purpose: an attributed estimate is not a judgement on a 1–5 scale.
 */
export const VERDICT_KEYS = [
  "false",
  "misleading",
  "needs-context",
  "mostly-accurate",
  "accurate",
  "unverified",
] as const;

export type VerdictKey = (typeof VERDICT_KEYS)[number];

import { type Lang, supportedLang } from "./languages";

export interface VerdictInfo {
  key: VerdictKey;
  /** 1 (worst) to 5 (best); absent for `unverified`. */
  ratingValue?: number;
  label: Record<Lang, string>;
  /** One line a reader can understand without knowing the scale. */
  meaning: Record<Lang, string>;
}

export const VERDICTS: Record<VerdictKey, VerdictInfo> = {
  false: {
    key: "false",
    ratingValue: 1,
    label: { en: "False", fa: "نادرست" },
    meaning: { en: "the evidence contradicts the claim", fa: "شواهد ادعا را رد می‌کنند" },
  },
  misleading: {
    key: "misleading",
    ratingValue: 2,
    label: { en: "Misleading", fa: "گمراه‌کننده" },
    meaning: {
      en: "contains truth but leaves a false impression",
      fa: "بخشی از حقیقت را دارد اما برداشتی نادرست به جا می‌گذارد",
    },
  },
  "needs-context": {
    key: "needs-context",
    ratingValue: 3,
    label: { en: "Needs context", fa: "نیازمند زمینه" },
    meaning: {
      en: "accurate as far as it goes; important context missing",
      fa: "تا آنجا که پیش می‌رود درست است؛ زمینهٔ مهمی غایب است",
    },
  },
  "mostly-accurate": {
    key: "mostly-accurate",
    ratingValue: 4,
    label: { en: "Mostly accurate", fa: "عمدتاً درست" },
    meaning: { en: "accurate with minor caveats", fa: "درست، با ملاحظاتی جزئی" },
  },
  accurate: {
    key: "accurate",
    ratingValue: 5,
    label: { en: "Accurate", fa: "درست" },
    meaning: { en: "the evidence supports the claim", fa: "شواهد ادعا را تأیید می‌کنند" },
  },
  unverified: {
    key: "unverified",
    label: { en: "Unverified", fa: "تأییدنشده" },
    meaning: { en: "attributed, not independently confirmed", fa: "به منبعی نسبت داده شده، به طور مستقل تأیید نشده" },
  },
};

/** The label in `lang` (by primary subtag) when we have it, else English. */
export function verdictLabel(key: VerdictKey, lang: string): string {
  return VERDICTS[key].label[supportedLang(lang) ?? "en"];
}

/** The one-line meaning in `lang` when we have it, else English. */
export function verdictMeaning(key: VerdictKey, lang: string): string {
  return VERDICTS[key].meaning[supportedLang(lang) ?? "en"];
}
