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

const MONTHS = "January February March April May June July August September October November December".split(" ");

/** A date in the reader's language (`fa` gets the Persian calendar, as Persian readers expect). */
export function formatDate(iso: string | undefined, lang: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  // English without Intl, exactly as Intl writes it ("February 6, 2023"): the first Intl
  // formatter of a page loads ICU's data, ~8 ms of main thread in Chromium, before the cards show.
  if (lang === "en") return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
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
