import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { Hono } from "hono/tiny";
import type { AppEnv, Bindings } from "./app-env";
import { d1Session } from "./http/d1-session";
import { publicCaching, rememberInMemory, serveFromMemory } from "./http/edge-cache";
import { ApiError, handleError, handleNotFound } from "./http/errors";
import { publicEtag } from "./http/etag";
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
import { mergeClaimsIndex } from "./store/index-merging";

/**
 * The claimcards Worker. Static files (widget.js, the demo pages) are served
 * by the assets binding before this runs; everything else lands here.
 */
const app = new Hono<AppEnv>();

app.use(requestId(), securityHeaders(), boundedUrl(), d1Session());

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

// Each middleware is registered once per path. Hono's `/v1/cards/*` also
// matches `/v1/cards` itself, so it covers both the by-URL list and one card:
// registering `/v1/cards` as well would run the rate limiter (and the cache)
// twice on every by-URL lookup.
const CARDS = "/v1/cards/*";

// Public reads are meant to be called from any news site: open CORS, no credentials.
const publicCors = cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], maxAge: 86400 });
for (const path of [CARDS, "/v1/search", "/v1/openapi.json", "/oembed"]) app.use(path, publicCors);
for (const path of [CARDS, "/v1/search", "/embed", "/oembed"])
  app.use(
    path,
    rateLimit((env) => env.PUBLIC_RATE_LIMIT),
  );
// The newsroom's reads (a desk opening a queue, a CLI walkthrough) count like
// public reads; what changes something counts against the stricter write limit.
app.use(
  "/v1/admin/*",
  rateLimit((env, method) => (method === "GET" || method === "HEAD" ? env.PUBLIC_RATE_LIMIT : env.WRITE_RATE_LIMIT)),
);
// Guessing tokens at the desk's sign-in costs as much as at the API.
app.post(
  "/desk/session",
  rateLimit((env) => env.WRITE_RATE_LIMIT),
);
// Caching in three tiers: this isolate's memory (in front of everything,
// see the export below), then the Cache API, then D1. The ETag (and 304)
// wraps the Cache API tier so cached copies revalidate too. /embed shows
// the same cards as /v1/cards, so it is cached and purged the same way.
for (const path of [CARDS, "/v1/search", "/embed"]) app.use(path, publicEtag(), publicCaching());

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
 * everything else through the app; on its schedule (wrangler.toml), the
 * claims index merged.
 */
export default {
  async fetch(request: Request, env: Bindings, ctx: ExecutionContext): Promise<Response> {
    const startedAt = Date.now();
    return serveFromMemory(request) ?? rememberInMemory(request, await app.fetch(request, env, ctx), startedAt);
  },
  async scheduled(_controller: ScheduledController, env: Bindings): Promise<void> {
    await mergeClaimsIndex(env.DB);
  },
} satisfies ExportedHandler<Bindings>;
