import { Hono } from "hono";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import type { AppEnv, Env } from "./env";
import { publicCaching, rememberInMemory, serveFromMemory } from "./http/edge-cache";
import { ApiError, handleError, handleNotFound } from "./http/errors";
import { boundedUrl, rateLimit } from "./http/limits";
import { securityHeaders } from "./http/security-headers";
import { adminRoutes } from "./routes/admin/index";
import { cardsRoutes } from "./routes/cards";
import { deskRoutes } from "./routes/desk";
import { embedRoutes } from "./routes/embed";
import { healthRoutes } from "./routes/health";
import { oembedRoutes } from "./routes/oembed";
import { openApiRoutes } from "./routes/openapi";
import { searchRoutes } from "./routes/search";
import { sourcesRoutes } from "./routes/sources";

/**
 * The claimcards Worker. Static files (widget.js, the demo pages) are served
 * by the assets binding before this runs; everything else lands here.
 */
const app = new Hono<AppEnv>();

app.use(requestId(), securityHeaders(), boundedUrl());

// A known path with the wrong method is a 405 naming the right ones, not a 404.
app.use(
  methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) => {
      c.header("allow", methods.join(", "));
      throw new ApiError(405, "method_not_allowed", `${c.req.method} is not allowed here; use ${methods.join(", ")}`);
    },
  }),
);

// Public reads are meant to be called from any news site: open CORS, no credentials.
const publicCors = cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], maxAge: 86400 });
for (const path of ["/v1/cards", "/v1/cards/*", "/v1/search", "/v1/openapi.json", "/oembed"]) app.use(path, publicCors);
// Caching in three tiers: this isolate's memory (in front of everything,
// see the export below), then the Cache API, then D1.
for (const path of ["/v1/cards", "/v1/cards/*", "/v1/search", "/embed", "/oembed"]) {
  app.use(path, rateLimit((env) => env.PUBLIC_RATE_LIMIT));
}
app.use("/v1/admin/*", rateLimit((env) => env.WRITE_RATE_LIMIT));
// Guessing tokens at the desk's sign-in costs as much as at the API.
app.post("/desk/session", rateLimit((env) => env.WRITE_RATE_LIMIT));
app.use("/v1/cards", publicCaching());
app.use("/v1/cards/*", publicCaching());
app.use("/v1/search", publicCaching());

const routes = app
  .route("/v1/cards", cardsRoutes)
  .route("/v1/search", searchRoutes)
  .route("/v1/sources", sourcesRoutes)
  .route("/v1/openapi.json", openApiRoutes)
  .route("/v1/admin", adminRoutes)
  .route("/", deskRoutes)
  .route("/embed", embedRoutes)
  .route("/oembed", oembedRoutes)
  .route("/healthz", healthRoutes);

app.notFound(handleNotFound);
app.onError(handleError);

/** The app's type, for a typed `hc` client. */
export type AppType = typeof routes;

/** The Hono app itself (its routes are what the OpenAPI document must cover). */
export { app };

/**
 * The Worker: popular public answers straight from this isolate's memory,
 * everything else through the app.
 */
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    return serveFromMemory(request) ?? rememberInMemory(request, await app.fetch(request, env, ctx));
  },
} satisfies ExportedHandler<Env>;
