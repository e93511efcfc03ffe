/**
 * What a captured source is called and dated: the editor's overrides first,
 * then what the page says about itself, then what its address says.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A publication date as the source model stores it (ISO 8601, date or
 * date-time with a zone), from what pages write: full ISO, microseconds,
 * `+0100` offsets, or a local time with no zone (kept as the date only,
 * since the hour would be a guess).
 */
export function normalizePublishedAt(raw: string): string | undefined {
  const value = raw.trim();
  if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return value;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value);
  if (!match) return undefined;
  const [, date, time, zone] = match;
  if (Number.isNaN(Date.parse(date!))) return undefined;
  if (!time || !zone) return date;
  const offset = zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const parsed = Date.parse(`${date}T${time}${offset}`);
  return Number.isNaN(parsed) ? date : new Date(parsed).toISOString().replace(".000Z", "Z");
}

/** The host as readers know it (`www.` dropped). */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** An id for a capture when the editor gives none: the host and the start of the bytes' hash. */
export function defaultSourceId(url: string, bytesSha256: string): string {
  const host = displayHost(url)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${host || "page"}-${bytesSha256.slice(0, 12)}`;
}

export interface CaptureMetadata {
  title: string;
  publisher: string;
  publishedAt?: string;
}

export function captureMetadata(
  overrides: { title?: string; publisher?: string; publishedAt?: string },
  page: { title?: string; siteName?: string; publishedAt: string[] },
  finalUrl: string,
): CaptureMetadata {
  const host = displayHost(finalUrl);
  const publishedAt = overrides.publishedAt ?? page.publishedAt.map(normalizePublishedAt).find(Boolean);
  return {
    title: (overrides.title ?? page.title ?? host).slice(0, 500),
    publisher: (overrides.publisher ?? page.siteName ?? host).slice(0, 200),
    ...(publishedAt ? { publishedAt } : {}),
  };
}
