import { type DeskMatchingStrings, matchingEn, matchingFa } from "./desk-matching-strings";
import { primaryLang } from "./languages";
import { type PurgeReach, RETRACTION_BOUND_S, UNPURGED_BOUND_S } from "./purge-reach";

const UNPURGED_MINUTES = UNPURGED_BOUND_S / 60;

/**
 * Every string of the newsroom desk (/desk/), per language. Verdict labels
 * and meanings live with the scale in ./verdicts; server refusals are shown
 * as the API words them.
 */
export interface DeskStrings {
  appName: string;
  language: string;
  otherLanguage: string;
  signIn: string;
  signInHelp: string;
  token: string;
  signOut: string;
  signedInAs: (name: string, role: string) => string;
  roles: Record<"editor" | "reviewer" | "admin", string>;
  nav: { queue: string; newCard: string; sources: string; check: string; people: string };
  status: Record<"draft" | "review" | "published" | "retracted" | "corrections" | "attachments", string>;
  /** Check an article, and the queue of proposed attachments. */
  check: DeskMatchingStrings;
  filterText: string;
  filterPerson: string;
  anyone: string;
  columns: { verdict: string; claim: string; authors: string; changed: string };
  empty: string;
  loading: string;
  editor: string;
  fields: Record<string, string>;
  claimantKinds: Record<"person" | "organisation" | "media" | "government" | "group", string>;
  stances: Record<"supports" | "contradicts" | "context", string>;
  add: string;
  remove: string;
  attribution: (n: number) => string;
  article: (n: number) => string;
  appearance: (n: number) => string;
  author: (n: number) => string;
  translation: (lang: string) => string;
  saveDraft: string;
  saved: (version: number) => string;
  submit: string;
  quoteFound: string;
  quoteNotFound: string;
  closest: string;
  useClosest: string;
  sourceUnknown: string;
  anchorFound: string;
  anchorNotFound: string;
  anchorOutOfContext: string;
  articleNotArchived: string;
  problems: (n: number) => string;
  stale: string;
  staleHelp: string;
  theirs: string;
  keepMine: string;
  takeTheirs: string;
  sourcesTitle: string;
  archiveUrl: string;
  archiveUrlButton: string;
  pasteTitle: string;
  pasteButton: string;
  sourceId: string;
  sourceTitle: string;
  publisher: string;
  sourceUrl: string;
  text: string;
  openSource: string;
  archived: (id: string, sha: string) => string;
  useAsQuote: string;
  selectFirst: string;
  review: string;
  preview: string;
  previewNeedsQuotes: string;
  publish: string;
  published: string;
  /** After a change readers see: how soon they see it, by how far the purge of cached copies reached. */
  purge: Record<PurgeReach, string>;
  proposeCorrection: string;
  correctionNote: string;
  correctionPending: (name: string) => string;
  approve: string;
  withdraw: string;
  retract: string;
  retractNote: string;
  history: string;
  refused: string;
  peopleTitle: string;
  tokensTitle: string;
  addPerson: string;
  name: string;
  role: string;
  newToken: string;
  tokenShownOnce: string;
  revoke: string;
  revoked: string;
  close: string;
}

const en: DeskStrings = {
  appName: "claimcards desk",
  language: "Language",
  otherLanguage: "فارسی",
  signIn: "Sign in",
  signInHelp:
    "Paste your personal token once. The desk keeps a session for 12 hours; the token is not stored in this browser.",
  token: "Personal token",
  signOut: "Sign out",
  signedInAs: (name, role) => `${name} (${role})`,
  roles: { editor: "editor", reviewer: "reviewer", admin: "admin" },
  nav: {
    queue: "Queue",
    newCard: "New card",
    sources: "Sources",
    check: matchingEn.title,
    people: "People and tokens",
  },
  status: {
    draft: "Drafts",
    review: "In review",
    published: "Published",
    retracted: "Retracted",
    corrections: "Pending corrections",
    attachments: "Pending attachments",
  },
  check: matchingEn,
  filterText: "Filter by text",
  filterPerson: "Filter by person",
  anyone: "Anyone",
  columns: { verdict: "Verdict", claim: "Claim", authors: "Authors", changed: "Last change" },
  empty: "Nothing here.",
  loading: "Loading…",
  editor: "Card",
  fields: {
    id: "Card id (letters, digits, dashes)",
    lang: "Language of the card",
    claimText: "Claim",
    claimantName: "Claimant",
    claimantKind: "Kind of claimant",
    claimantUrl: "Claimant page (URL)",
    claimDate: "Date of the claim (YYYY-MM-DD)",
    verdict: "Verdict",
    summary: "Why this verdict",
    attributions: "Evidence: quotes from archived sources",
    source: "Source id",
    quote: "Quote, word for word",
    stance: "Stance",
    note: "Note",
    articles: "Articles the card appears beside",
    url: "URL",
    title: "Title",
    date: "Date (YYYY-MM-DD)",
    anchorExact: "Sentence in the article",
    anchorPrefix: "Text just before it",
    anchorSuffix: "Text just after it",
    appearances: "Where the claim appeared",
    authors: "Authors",
    personId: "Person id",
    personName: "Name",
    reviewerName: "Fact-checking organisation",
    reviewerUrl: "Organisation page (URL)",
    translations: "Translations",
    tags: "Tags (comma separated)",
  },
  claimantKinds: {
    person: "person",
    organisation: "organisation",
    media: "media",
    government: "government",
    group: "group",
  },
  stances: { supports: "supports", contradicts: "contradicts", context: "context" },
  add: "Add",
  remove: "Remove",
  attribution: (n) => `Quote ${n}`,
  article: (n) => `Article ${n}`,
  appearance: (n) => `Appearance ${n}`,
  author: (n) => `Author ${n}`,
  translation: (lang) => `Translation (${lang})`,
  saveDraft: "Save draft",
  saved: (version) => `Saved (version ${version}).`,
  submit: "Submit for review",
  quoteFound: "Found in the archived source",
  quoteNotFound: "Not found in the archived source",
  closest: "Closest passage",
  useClosest: "Use the closest passage",
  sourceUnknown: "No archived source with this id",
  anchorFound: "Found in the archived article",
  anchorNotFound: "Not found in the archived article",
  anchorOutOfContext: "In the archived article, but never between the text before and after it given here",
  articleNotArchived: "This article is not archived: the sentence is checked once it is",
  problems: (n) => (n === 1 ? "1 problem to fix" : `${n} problems to fix`),
  stale: "Someone changed this card while you were editing",
  staleHelp: "Your text is kept below. These fields differ in the newer version:",
  theirs: "theirs",
  keepMine: "Keep my text on the newer version",
  takeTheirs: "Discard mine, load theirs",
  sourcesTitle: "Sources",
  archiveUrl: "Archive a page by its address",
  archiveUrlButton: "Archive",
  pasteTitle: "Or paste a source's text",
  pasteButton: "Archive pasted text",
  sourceId: "Source id",
  sourceTitle: "Title",
  publisher: "Publisher",
  sourceUrl: "Original address (URL)",
  text: "Text",
  openSource: "Read",
  archived: (id, sha) => `Archived "${id}" (SHA-256 ${sha.slice(0, 12)}…).`,
  useAsQuote: "Use as quote",
  selectFirst: "Select a passage of the text first.",
  review: "Review",
  preview: "As readers will see it",
  previewNeedsQuotes: "The preview appears once every quote is found in its source.",
  publish: "Publish",
  published: "Published.",
  purge: {
    everywhere: `Readers everywhere see this within ${RETRACTION_BOUND_S} seconds.`,
    "this-location": `Cached copies were cleared only in the location that handled this change (no purge API is configured): readers elsewhere may see the previous version for up to ${UNPURGED_MINUTES} minutes.`,
    failed: `The change is saved, but cached copies could not be cleared everywhere (the server's log says why): readers elsewhere may see the previous version for up to ${UNPURGED_MINUTES} minutes.`,
  },
  proposeCorrection: "Propose this version as a correction",
  correctionNote: "Correction note (readers see it)",
  correctionPending: (name) => `A correction proposed by ${name} is waiting for a second person.`,
  approve: "Approve the correction",
  withdraw: "Withdraw the correction",
  retract: "Retract",
  retractNote: "Retraction note (readers see it)",
  history: "History",
  refused: "Refused",
  peopleTitle: "People",
  tokensTitle: "Tokens",
  addPerson: "Add person",
  name: "Name",
  role: "Role",
  newToken: "New token",
  tokenShownOnce: "Give this token to its person now: it is shown only once.",
  revoke: "Revoke",
  revoked: "revoked",
  close: "Close",
};

const fa: DeskStrings = {
  appName: "میز تحریریهٔ claimcards",
  language: "زبان",
  otherLanguage: "English",
  signIn: "ورود",
  signInHelp:
    "توکن شخصی خود را یک بار وارد کنید. میز تا ۱۲ ساعت شما را وارد نگه می‌دارد؛ توکن در این مرورگر ذخیره نمی‌شود.",
  token: "توکن شخصی",
  signOut: "خروج",
  signedInAs: (name, role) => `${name} (${role})`,
  roles: { editor: "ویراستار", reviewer: "بازبین", admin: "مدیر" },
  nav: {
    queue: "صف کار",
    newCard: "کارت تازه",
    sources: "منابع",
    check: matchingFa.title,
    people: "افراد و توکن‌ها",
  },
  status: {
    draft: "پیش‌نویس‌ها",
    review: "در بازبینی",
    published: "منتشرشده",
    retracted: "پس‌گرفته",
    corrections: "اصلاحیه‌های در انتظار",
    attachments: "پیوست‌های در انتظار",
  },
  check: matchingFa,
  filterText: "پالایش بر اساس متن",
  filterPerson: "پالایش بر اساس فرد",
  anyone: "همه",
  columns: { verdict: "نتیجه", claim: "ادعا", authors: "نویسندگان", changed: "آخرین تغییر" },
  empty: "چیزی اینجا نیست.",
  loading: "در حال بارگذاری…",
  editor: "کارت",
  fields: {
    id: "شناسهٔ کارت (حروف لاتین، رقم، خط تیره)",
    lang: "زبان کارت",
    claimText: "ادعا",
    claimantName: "گویندهٔ ادعا",
    claimantKind: "نوع گوینده",
    claimantUrl: "صفحهٔ گوینده (نشانی)",
    claimDate: "تاریخ ادعا (YYYY-MM-DD)",
    verdict: "نتیجه",
    summary: "چرا این نتیجه",
    attributions: "شواهد: نقل‌قول از منابع بایگانی‌شده",
    source: "شناسهٔ منبع",
    quote: "نقل‌قول، کلمه به کلمه",
    stance: "نسبت با ادعا",
    note: "یادداشت",
    articles: "مطالبی که کارت کنارشان نمایش داده می‌شود",
    url: "نشانی",
    title: "عنوان",
    date: "تاریخ (YYYY-MM-DD)",
    anchorExact: "جمله در مطلب",
    anchorPrefix: "متن درست پیش از آن",
    anchorSuffix: "متن درست پس از آن",
    appearances: "جاهایی که ادعا مطرح شد",
    authors: "نویسندگان",
    personId: "شناسهٔ فرد",
    personName: "نام",
    reviewerName: "سازمان راستی‌آزمایی",
    reviewerUrl: "صفحهٔ سازمان (نشانی)",
    translations: "ترجمه‌ها",
    tags: "برچسب‌ها (جداشده با ویرگول)",
  },
  claimantKinds: { person: "شخص", organisation: "سازمان", media: "رسانه", government: "دولت", group: "گروه" },
  stances: { supports: "تأیید می‌کند", contradicts: "رد می‌کند", context: "زمینه" },
  add: "افزودن",
  remove: "حذف",
  attribution: (n) => `نقل‌قول ${n.toLocaleString("fa")}`,
  article: (n) => `مطلب ${n.toLocaleString("fa")}`,
  appearance: (n) => `مورد ${n.toLocaleString("fa")}`,
  author: (n) => `نویسنده ${n.toLocaleString("fa")}`,
  translation: (lang) => `ترجمه (${lang})`,
  saveDraft: "ذخیرهٔ پیش‌نویس",
  saved: (version) => `ذخیره شد (نسخهٔ ${version.toLocaleString("fa")}).`,
  submit: "فرستادن برای بازبینی",
  quoteFound: "در منبع بایگانی‌شده پیدا شد",
  quoteNotFound: "در منبع بایگانی‌شده پیدا نشد",
  closest: "نزدیک‌ترین بخش",
  useClosest: "استفاده از نزدیک‌ترین بخش",
  sourceUnknown: "منبع بایگانی‌شده‌ای با این شناسه نیست",
  anchorFound: "در مطلب بایگانی‌شده پیدا شد",
  anchorNotFound: "در مطلب بایگانی‌شده پیدا نشد",
  anchorOutOfContext: "در مطلب بایگانی‌شده هست، اما هرگز میان متن پیش و پس از آن که اینجا آمده نیست",
  articleNotArchived: "این مطلب بایگانی نشده است: جمله پس از بایگانی بررسی می‌شود",
  problems: (n) => `${n.toLocaleString("fa")} مشکل برای رفع`,
  stale: "کس دیگری هم‌زمان این کارت را تغییر داد",
  staleHelp: "متن شما در پایین حفظ شده است. این بخش‌ها در نسخهٔ تازه‌تر فرق دارند:",
  theirs: "نسخهٔ آن‌ها",
  keepMine: "متن من روی نسخهٔ تازه‌تر بماند",
  takeTheirs: "متن من کنار برود، نسخهٔ آن‌ها بارگذاری شود",
  sourcesTitle: "منابع",
  archiveUrl: "بایگانی یک صفحه با نشانی آن",
  archiveUrlButton: "بایگانی",
  pasteTitle: "یا متن منبع را بچسبانید",
  pasteButton: "بایگانی متن چسبانده‌شده",
  sourceId: "شناسهٔ منبع",
  sourceTitle: "عنوان",
  publisher: "ناشر",
  sourceUrl: "نشانی اصلی",
  text: "متن",
  openSource: "خواندن",
  archived: (id, sha) => `«${id}» بایگانی شد (SHA-256 ${sha.slice(0, 12)}…).`,
  useAsQuote: "استفاده به عنوان نقل‌قول",
  selectFirst: "ابتدا بخشی از متن را انتخاب کنید.",
  review: "بازبینی",
  preview: "همان‌گونه که خوانندگان می‌بینند",
  previewNeedsQuotes: "پیش‌نمایش وقتی نمایش داده می‌شود که همهٔ نقل‌قول‌ها در منبعشان پیدا شوند.",
  publish: "انتشار",
  published: "منتشر شد.",
  purge: {
    everywhere: `خوانندگان در همه‌جا ظرف ${RETRACTION_BOUND_S.toLocaleString("fa")} ثانیه این را می‌بینند.`,
    "this-location": `نسخه‌های ذخیره‌شده فقط در مرکز داده‌ای که این تغییر را پردازش کرد پاک شدند (API پاک‌سازی تنظیم نشده است): خوانندگان در جاهای دیگر ممکن است تا ${UNPURGED_MINUTES.toLocaleString("fa")} دقیقه نسخهٔ قبلی را ببینند.`,
    failed: `تغییر ذخیره شد، اما نسخه‌های ذخیره‌شده همه‌جا پاک نشدند (دلیلش در گزارش سرور است): خوانندگان در جاهای دیگر ممکن است تا ${UNPURGED_MINUTES.toLocaleString("fa")} دقیقه نسخهٔ قبلی را ببینند.`,
  },
  proposeCorrection: "پیشنهاد این نسخه به عنوان اصلاحیه",
  correctionNote: "یادداشت اصلاحیه (خوانندگان می‌بینند)",
  correctionPending: (name) => `اصلاحیه‌ای که ${name} پیشنهاد داده در انتظار تأیید نفر دوم است.`,
  approve: "تأیید اصلاحیه",
  withdraw: "پس گرفتن اصلاحیه",
  retract: "پس گرفتن کارت",
  retractNote: "یادداشت پس‌گرفتن (خوانندگان می‌بینند)",
  history: "تاریخچه",
  refused: "پذیرفته نشد",
  peopleTitle: "افراد",
  tokensTitle: "توکن‌ها",
  addPerson: "افزودن فرد",
  name: "نام",
  role: "نقش",
  newToken: "توکن تازه",
  tokenShownOnce: "این توکن را همین حالا به صاحبش بدهید: فقط یک بار نمایش داده می‌شود.",
  revoke: "لغو",
  revoked: "لغوشده",
  close: "بستن",
};

const DESK: Record<string, DeskStrings> = { en, fa };

/** The desk's strings for `lang`, falling back to English. */
export function deskStringsFor(lang: string): DeskStrings {
  return DESK[primaryLang(lang)] ?? en;
}
