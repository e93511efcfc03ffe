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

/** Languages every user-facing label is translated into. */
export const LABEL_LANGS = ["en", "fa"] as const;
export type LabelLang = (typeof LABEL_LANGS)[number];

export interface VerdictInfo {
  key: VerdictKey;
  /** 1 (worst) to 5 (best); absent for `unverified`. */
  ratingValue?: number;
  label: Record<LabelLang, string>;
  /** One line a reader can understand without knowing the scale. */
  meaning: string;
}

export const VERDICTS: Record<VerdictKey, VerdictInfo> = {
  false: {
    key: "false",
    ratingValue: 1,
    label: { en: "False", fa: "نادرست" },
    meaning: "the evidence contradicts the claim",
  },
  misleading: {
    key: "misleading",
    ratingValue: 2,
    label: { en: "Misleading", fa: "گمراه‌کننده" },
    meaning: "contains truth but leaves a false impression",
  },
  "needs-context": {
    key: "needs-context",
    ratingValue: 3,
    label: { en: "Needs context", fa: "نیازمند زمینه" },
    meaning: "accurate as far as it goes; important context missing",
  },
  "mostly-accurate": {
    key: "mostly-accurate",
    ratingValue: 4,
    label: { en: "Mostly accurate", fa: "عمدتاً درست" },
    meaning: "accurate with minor caveats",
  },
  accurate: {
    key: "accurate",
    ratingValue: 5,
    label: { en: "Accurate", fa: "درست" },
    meaning: "the evidence supports the claim",
  },
  unverified: {
    key: "unverified",
    label: { en: "Unverified", fa: "تأییدنشده" },
    meaning: "attributed, not independently confirmed",
  },
};

/** The label in `lang` when we have it, else English. */
export function verdictLabel(key: VerdictKey, lang: string): string {
  const labels = VERDICTS[key].label;
  return (labels as Record<string, string>)[lang] ?? labels.en;
}
