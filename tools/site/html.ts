import { escapeHtml } from "../../worker/embed/html-escape";

/** A complete page that needs no inline script or style (it must pass a strict CSP). */
export function page(options: { title: string; lang?: string; dir?: string; head?: string; body: string }): string {
  const lang = options.lang ?? "en";
  return `<!doctype html>
<html lang="${lang}" dir="${options.dir ?? "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
${options.head ?? ""}
</head>
<body>
${options.body}
</body>
</html>
`;
}
