/**
 * The desk's strings for claim matching: "Check an article" (find the
 * sentences that repeat a published card's claim, propose attaching the
 * card) and the reviewers' queue of proposed attachments. Part of
 * DeskStrings (./desk-strings), kept apart so each file stays readable.
 */
export interface DeskMatchingStrings {
  title: string;
  help: string;
  byUrl: string;
  byText: string;
  articleUrl: string;
  text: string;
  lang: string;
  languages: Record<"en" | "fa", string>;
  attachUrl: string;
  attachUrlHelp: string;
  submit: string;
  checking: string;
  summary: (matches: number, sentences: number) => string;
  archivedAs: (id: string, created: boolean) => string;
  articleTitle: string;
  noMatches: string;
  match: (n: number) => string;
  score: string;
  scoreOf: (score: number) => string;
  matchedWords: string;
  openCard: string;
  propose: string;
  proposing: string;
  proposed: string;
  needsUrl: string;
  queueArticle: string;
  queueProposedBy: string;
  approve: string;
  withdraw: string;
  approved: (cardId: string) => string;
  withdrawn: string;
}

export const matchingEn: DeskMatchingStrings = {
  title: "Check an article",
  help: "Give an article's address (the desk archives the page) or paste its text. Sentences that repeat the claim of a published card are marked, each with its card beside it. Attaching a card takes two people: you propose it, a reviewer approves it from the queue.",
  byUrl: "By address",
  byText: "Paste the text",
  articleUrl: "Article address (URL)",
  text: "Article text",
  lang: "Language of the text",
  languages: { en: "English", fa: "Persian" },
  attachUrl: "Article address, to attach cards to",
  attachUrlHelp: "Optional; without it the matches are shown but cannot be proposed.",
  submit: "Check",
  checking: "Checking…",
  summary: (matches, sentences) =>
    `${matches === 1 ? "1 match" : `${matches} matches`} in ${sentences === 1 ? "1 sentence" : `${sentences} sentences`} compared.`,
  archivedAs: (id, created) => (created ? `Archived as source "${id}".` : `Already archived as source "${id}".`),
  articleTitle: "The article, matched sentences marked",
  noMatches: "No sentence repeats the claim of a published card.",
  match: (n) => `Match ${n}`,
  score: "Score",
  scoreOf: (score) => score.toFixed(2),
  matchedWords: "Matched words",
  openCard: "Open the card",
  propose: "Propose attaching",
  proposing: "Proposing…",
  proposed:
    "Proposed. Nothing public changes until a reviewer other than you approves it (Queue, Pending attachments).",
  needsUrl: "Give the article's address above to propose attaching a card.",
  queueArticle: "Article and sentence",
  queueProposedBy: "Proposed by",
  approve: "Approve attaching",
  withdraw: "Withdraw",
  approved: (cardId) => `Approved: card "${cardId}" now shows beside the article.`,
  withdrawn: "Withdrawn.",
};

export const matchingFa: DeskMatchingStrings = {
  title: "بررسی یک مطلب",
  help: "نشانی یک مطلب را بدهید (میز صفحه را بایگانی می‌کند) یا متن آن را بچسبانید. جمله‌هایی که ادعای یک کارت منتشرشده را تکرار می‌کنند علامت می‌خورند و کارتشان کنارشان می‌آید. پیوست کردن کارت دو نفر لازم دارد: شما پیشنهاد می‌دهید و یک بازبین از صف کار تأیید می‌کند.",
  byUrl: "با نشانی",
  byText: "چسباندن متن",
  articleUrl: "نشانی مطلب",
  text: "متن مطلب",
  lang: "زبان متن",
  languages: { en: "انگلیسی", fa: "فارسی" },
  attachUrl: "نشانی مطلب، برای پیوست کردن کارت‌ها",
  attachUrlHelp: "اختیاری؛ بدون آن موارد یافته‌شده نمایش داده می‌شوند اما پیشنهاد پیوست ممکن نیست.",
  submit: "بررسی",
  checking: "در حال بررسی…",
  summary: (matches, sentences) =>
    `${matches.toLocaleString("fa")} مورد در ${sentences.toLocaleString("fa")} جملهٔ مقایسه‌شده.`,
  archivedAs: (id, created) => (created ? `با شناسهٔ «${id}» بایگانی شد.` : `پیش‌تر با شناسهٔ «${id}» بایگانی شده بود.`),
  articleTitle: "متن مطلب، با جمله‌های یافته‌شده علامت‌خورده",
  noMatches: "هیچ جمله‌ای ادعای یک کارت منتشرشده را تکرار نمی‌کند.",
  match: (n) => `مورد ${n.toLocaleString("fa")}`,
  score: "امتیاز",
  scoreOf: (score) => score.toLocaleString("fa", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  matchedWords: "واژه‌های مشترک",
  openCard: "باز کردن کارت",
  propose: "پیشنهاد پیوست",
  proposing: "در حال پیشنهاد…",
  proposed:
    "پیشنهاد شد. تا بازبینی جز شما آن را تأیید نکند چیزی برای خوانندگان تغییر نمی‌کند (صف کار، پیوست‌های در انتظار).",
  needsUrl: "برای پیشنهاد پیوست، نشانی مطلب را در بالا وارد کنید.",
  queueArticle: "مطلب و جمله",
  queueProposedBy: "پیشنهاددهنده",
  approve: "تأیید پیوست",
  withdraw: "پس گرفتن",
  approved: (cardId) => `تأیید شد: کارت «${cardId}» اکنون کنار مطلب نمایش داده می‌شود.`,
  withdrawn: "پس گرفته شد.",
};
