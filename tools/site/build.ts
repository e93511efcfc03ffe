/**
 * Writes the static pages into public/: the landing page and the two demo
 * articles (the story, and a made-up follow-up that repeats two of its
 * claims in other words; each with the widget in English and in Persian),
 * generated from the archived sources so the demos and the archive never
 * drift apart.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ASSET_HEADERS } from "./asset-headers";
import { demoArticlePage, splitArticle } from "./demo-article";
import { landingPage } from "./landing";

const SOURCE = "data/sources/iran-amnesty-article";
/** The follow-up story: its cards were attached through review (see README, claim matching). */
const FOLLOW_UP = "data/sources/iran-amnesty-follow-up";

async function writePage(outdir: string, path: string, html: string): Promise<void> {
  await mkdir(join(outdir, path), { recursive: true });
  await writeFile(join(outdir, path, "index.html"), html);
}

/** The demo page's content and address, from an archived source's files. */
async function demoArticle(source: string) {
  const meta = JSON.parse(await readFile(`${source}.json`, "utf8")) as { url: string; publishedAt?: string };
  const article = splitArticle(await readFile(`${source}.txt`, "utf8"));
  return { article, canonicalUrl: meta.url, publishedAt: meta.publishedAt };
}

export async function buildSite(outdir = "public"): Promise<void> {
  const common = await demoArticle(SOURCE);
  const followUp = await demoArticle(FOLLOW_UP);

  await mkdir(join(outdir, "demo"), { recursive: true });
  await copyFile("tools/site/news.css", join(outdir, "demo", "news.css"));
  await writeFile(join(outdir, "index.html"), landingPage(common.canonicalUrl));
  await writeFile(join(outdir, "_headers"), ASSET_HEADERS);
  await writePage(
    outdir,
    "demo/iran-amnesty",
    demoArticlePage({ ...common, widgetLang: "en", otherLang: { href: "/demo/iran-amnesty-fa", label: "فارسی" } }),
  );
  await writePage(
    outdir,
    "demo/iran-amnesty-fa",
    demoArticlePage({ ...common, widgetLang: "fa", otherLang: { href: "/demo/iran-amnesty", label: "English" } }),
  );
  await writePage(
    outdir,
    "demo/iran-amnesty-follow-up",
    demoArticlePage({
      ...followUp,
      widgetLang: "en",
      otherLang: { href: "/demo/iran-amnesty-follow-up-fa", label: "فارسی" },
    }),
  );
  await writePage(
    outdir,
    "demo/iran-amnesty-follow-up-fa",
    demoArticlePage({
      ...followUp,
      widgetLang: "fa",
      otherLang: { href: "/demo/iran-amnesty-follow-up", label: "English" },
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildSite(process.argv[2]);
}
