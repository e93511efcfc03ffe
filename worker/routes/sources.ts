import { Hono } from "hono/tiny";
import type { AppEnv } from "../app-env";
import { ApiError } from "../http/errors";
import { fullCopy, rawCapture } from "./source-copies";

/**
 * `/v1/sources/:id` and `/v1/sources/:id/raw`: full archived copies for
 * everyone, only when the operator has set PUBLIC_ARCHIVE = "true". Readers
 * otherwise see each quote with its context, the capture time, the address
 * and the hashes on the card itself.
 */
export const sourcesRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (c.env.PUBLIC_ARCHIVE !== "true") {
      throw new ApiError(404, "not_found", "Full archived copies are not public on this server");
    }
    await next();
  })
  .get("/:id", fullCopy)
  .get("/:id/raw", rawCapture);
