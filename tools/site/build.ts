/**
 * Writes the static pages into public/: the landing page and the demo
 * article (with the widget in English and in Persian), generated from the
 * archived source so the demo and the archive never drift apart.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ASSET_HEADERS } from "./asset-headers";
import { demoArticlePage, splitArticle } from "./demo-article";
import { landingPage } from "./landing";

const SOURCE = "data/sources/iran-amnesty-article";

async function writePage(outdir: string, path: string, html: string): Promise<void> {
  await mkdir(join(outdir, path), { recursive: true });
  await writeFile(join(outdir, path, "index.html"), html);
}

export async function buildSite(outdir = "public"): Promise<void> {
  const meta = JSON.parse(await readFile(`${SOURCE}.json`, "utf8")) as { url: string; publishedAt?: string };
  const article = splitArticle(await readFile(`${SOURCE}.txt`, "utf8"));
  const common = { article, canonicalUrl: meta.url, publishedAt: meta.publishedAt };

  await mkdir(join(outdir, "demo"), { recursive: true });
  await copyFile("tools/site/news.css", join(outdir, "demo", "news.css"));
  await writeFile(join(outdir, "index.html"), landingPage(meta.url));
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
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildSite(process.argv[2]);
}
