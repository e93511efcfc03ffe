import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { WIDGET_CSS_ASSET } from "../assets";
import { ApiError } from "../http/errors";

/** Read once per isolate: the assets change only with a deploy. */
let css: string | null = null;

/**
 * The widget's stylesheet, which the embed page inlines so it looks exactly
 * like the widget without a second stylesheet to keep in step. The build
 * writes it minified among the static assets (tools/build-widget.ts); read
 * from there rather than bundled, it does not count against the Worker's size.
 */
export async function widgetCss(c: Context<AppEnv>): Promise<string> {
  if (css !== null) return css;
  const response = await c.env.ASSETS.fetch(new URL(`/${WIDGET_CSS_ASSET}`, c.req.url));
  if (!response.ok) throw new ApiError(503, "not_built", "The widget stylesheet is not built: run npm run build");
  const text = await response.text();
  css = text;
  return text;
}
