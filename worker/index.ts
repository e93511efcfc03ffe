import { Hono } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "./env";
import { handleError, handleNotFound } from "./http/errors";
import { cardsRoutes } from "./routes/cards";
import { healthRoutes } from "./routes/health";

/**
 * The claimcards Worker. Static files (widget.js, the demo pages) are served
 * by the assets binding before this runs; everything else lands here.
 */
const app = new Hono<AppEnv>();

// Public reads are meant to be called from any news site: open CORS, no credentials.
app.use("/v1/*", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], maxAge: 86400 }));

const routes = app.route("/v1/cards", cardsRoutes).route("/healthz", healthRoutes);

app.notFound(handleNotFound);
app.onError(handleError);

/** The app's type, for a typed `hc` client. */
export type AppType = typeof routes;

export default app;
