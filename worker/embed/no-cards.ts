import { primaryLang } from "../../widget/i18n";

/**
 * The one line the embed page shows for an article without published cards.
 * The widget shows nothing at all then, but an iframe is a box the publisher
 * placed on purpose: an empty box reads as broken.
 */
const NO_CARDS: Record<string, string> = {
  en: "No fact checks for this article.",
  fa: "برای این مطلب راستی‌آزمایی‌ای منتشر نشده است.",
};

/** The no-cards line in `lang`, else English. */
export function noCardsLine(lang: string): string {
  return NO_CARDS[primaryLang(lang)] ?? NO_CARDS.en!;
}
