/**
 * Reads HTML the way a browser would tokenize it, with workerd's own HTML
 * parser (HTMLRewriter): what elements there are, their attributes and text.
 * Tests use it to check structure rather than grep strings.
 */
export interface Found {
  attrs: Record<string, string>;
  /** Text inside the element (descendants included), entities decoded. */
  text: string;
}

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Decodes the character references our escaping and Preact's produce. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (ref[0] !== "#") return named[ref.toLowerCase()]!;
    return String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
  });
}

/** Every element matching `selector`, in document order. */
export async function findAll(html: string, selector: string, raw = false): Promise<Found[]> {
  const found: Found[] = [];
  const open: Found[] = [];
  await new HTMLRewriter()
    .on(selector, {
      element(el) {
        const attrs: Record<string, string> = {};
        for (const [name = "", value = ""] of el.attributes) attrs[name] = decodeEntities(value);
        const entry = { attrs, text: "" };
        found.push(entry);
        // Void elements (<link>, <meta>) have no end tag to wait for.
        if (VOID.has(el.tagName)) return;
        open.push(entry);
        el.onEndTag(() => void open.pop());
      },
      text(chunk) {
        for (const entry of open) entry.text += chunk.text;
      },
    })
    .transform(new Response(html))
    .text();
  // Script and style content is raw text in HTML: no references to decode.
  return raw ? found : found.map((entry) => ({ ...entry, text: decodeEntities(entry.text) }));
}
