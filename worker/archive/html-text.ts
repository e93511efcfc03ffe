import { decodeEntities } from "../domain/html-entities";

/** What a captured HTML page says, as quotes will be checked against it. */
export interface PageText {
  /** The readable text: headings and paragraphs in order, separated by blank lines. */
  text: string;
  title?: string;
  /** `og:site_name`. */
  siteName?: string;
  /** `<html lang>`. */
  lang?: string;
  /** `<html dir>` or `<body dir>`. */
  dir?: "rtl" | "ltr";
  /** Candidates in order of trust: `article:published_time`, JSON-LD `datePublished`, the first `<time datetime>`. */
  publishedAt: string[];
}

/**
 * Elements whose content readers do not see as the article: code, styling,
 * site chrome, advertising slots, fallbacks and inert templates.
 * `header`/`footer` inside an `article` or `main` are the article's own
 * (headline, byline) and are kept.
 */
const DROPPED = new Set([
  "script",
  "style",
  "nav",
  "aside",
  "noscript",
  "template",
  "iframe",
  "svg",
  "math",
  "canvas",
  "object",
  "embed",
  "form",
  "button",
  "select",
  "dialog",
  "head",
]);
const CHROME = new Set(["header", "footer"]);
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search"]);

/** Elements that start a new paragraph in the extracted text. */
const BLOCKS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "figcaption",
  "caption",
  "div",
  "section",
  "article",
  "main",
  "table",
  "tr",
  "td",
  "th",
  "ul",
  "ol",
  "dl",
  "figure",
  "address",
  "br",
  "hr",
]);

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden")) return true;
  if ((element.getAttribute("aria-hidden") ?? "").trim().toLowerCase() === "true") return true;
  const style = (element.getAttribute("style") ?? "").toLowerCase();
  return /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important)?\s*(;|$)/.test(style);
}

/** Runs `then` when the element's end tag is reached; false for elements without one. */
function onEnd(element: Element, then: () => void): boolean {
  try {
    element.onEndTag(then);
    return true;
  } catch {
    return false; // void elements (`<input hidden>`) have no content to hide
  }
}

/** Collapses whitespace inside paragraphs and joins paragraphs with one blank line. */
function paragraphs(raw: string[]): string {
  return (
    raw
      .join("")
      .split("\n\n")
      // Entities first, so an encoded no-break space collapses like any other space.
      .map((p) => decodeEntities(p).replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n\n")
  );
}

/** `datePublished` anywhere in a JSON-LD block (objects, arrays, `@graph`). */
function jsonLdDate(source: string): string | undefined {
  let found: string | undefined;
  const visit = (value: unknown): void => {
    if (found || !value || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach(visit);
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === "string") found = record.datePublished;
    else Object.values(record).forEach(visit);
  };
  try {
    visit(JSON.parse(source));
  } catch {
    // Broken JSON-LD is common; the other date sources remain.
  }
  return found;
}

/**
 * Extracts the readable text and metadata of an HTML page with HTMLRewriter,
 * streaming: no DOM is built, so a large page costs little memory. The
 * charset comes from `contentType` (HTMLRewriter also honours `<meta charset>`).
 */
export async function extractHtml(bytes: ArrayBuffer, contentType: string): Promise<PageText> {
  const out: string[] = [];
  let dropDepth = 0;
  let articleDepth = 0;
  let title = "";
  let inTitle = false;
  let ogTitle: string | undefined;
  let jsonLd: string | null = null;
  const found: Omit<PageText, "text" | "title"> = { publishedAt: [] };
  const dates: { meta?: string; jsonLd?: string; time?: string } = {};

  /** Reads `<html>`/`<body>` language and direction, and `<meta>` and `<time>` metadata. */
  function readMetadata(el: Element, tag: string): void {
    if (tag === "html" || tag === "body") {
      const lang = el.getAttribute("lang")?.trim();
      if (tag === "html" && lang) found.lang = lang;
      const dir = el.getAttribute("dir")?.trim().toLowerCase();
      if (!found.dir && (dir === "rtl" || dir === "ltr")) found.dir = dir;
    } else if (tag === "meta") {
      const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? "").trim().toLowerCase();
      const content = decodeEntities(el.getAttribute("content") ?? "").trim();
      if (!content) return;
      if (key === "og:site_name") found.siteName ??= content;
      else if (key === "og:title") ogTitle ??= content;
      else if (key === "article:published_time") dates.meta ??= content;
    } else if (tag === "time") {
      dates.time ??= el.getAttribute("datetime")?.trim() || undefined;
    }
  }

  // One handler for every element: HTMLRewriter keeps a single end-tag
  // callback per element, so everything to undo at `</x>` is collected here.
  const rewriter = new HTMLRewriter()
    .on("*", {
      element(el) {
        const tag = el.tagName.toLowerCase();
        readMetadata(el, tag);
        const atEnd: (() => void)[] = [];
        if (tag === "title" && !title) {
          inTitle = true;
          atEnd.push(() => (inTitle = false));
        }
        if (
          tag === "script" &&
          (el.getAttribute("type") ?? "").trim().toLowerCase() === "application/ld+json" &&
          !dates.jsonLd
        ) {
          jsonLd = "";
          atEnd.push(() => {
            dates.jsonLd = jsonLdDate(jsonLd ?? "");
            jsonLd = null;
          });
        }
        if (tag === "article" || tag === "main") {
          articleDepth++;
          atEnd.push(() => articleDepth--);
        }
        const role = (el.getAttribute("role") ?? "").trim().toLowerCase();
        if (DROPPED.has(tag) || (CHROME.has(tag) && articleDepth === 0) || CHROME_ROLES.has(role) || isHidden(el)) {
          dropDepth++;
          atEnd.push(() => dropDepth--);
        } else if (BLOCKS.has(tag) && dropDepth === 0) {
          out.push("\n\n");
          atEnd.push(() => out.push("\n\n"));
        }
        const undo = () => atEnd.forEach((action) => action());
        // A void element (`<br>`, `<input hidden>`) has no end tag and nothing inside: close it at once.
        if (atEnd.length && !onEnd(el, undo)) undo();
      },
    })
    .onDocument({
      text(chunk) {
        if (inTitle) title += chunk.text;
        else if (jsonLd !== null) jsonLd += chunk.text;
        else if (dropDepth === 0) out.push(chunk.text);
      },
    });

  // Consuming the transformed body drives the handlers; the output itself is not needed.
  await rewriter.transform(new Response(bytes, { headers: { "content-type": contentType } })).arrayBuffer();

  const pageTitle = ogTitle ?? (decodeEntities(title.replace(/\s+/g, " ")).trim() || undefined);
  found.publishedAt = [dates.meta, dates.jsonLd, dates.time].filter((d): d is string => Boolean(d));
  return { text: paragraphs(out), ...(pageTitle ? { title: pageTitle } : {}), ...found };
}
