/**
 * The URL if it is an absolute http(s) URL, else undefined. The API only
 * stores such URLs, but the widget never trusts the network with its host
 * page: a `javascript:` link must be impossible even if the API is wrong.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
