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
