/**
 * Files `npm run build` writes among the static assets for the Worker to
 * read at run time (through the ASSETS binding) instead of bundling them:
 * they do not count against the Worker's size, and the build tools import
 * the names from here.
 */

/** The widget's stylesheet, minified (tools/build-widget.ts): the embed page inlines it. */
export const WIDGET_CSS_ASSET = "widget.css";

/** The OpenAPI document (tools/build-openapi.ts), with a placeholder server the Worker replaces. */
export const OPENAPI_ASSET = "openapi/claimcards.json";
export const OPENAPI_SERVER_PLACEHOLDER = "https://origin.invalid";
