import { Hono } from "hono/tiny";
import type { AppEnv } from "../../app-env";
import { authenticate } from "../../http/auth";
import { limitedBody } from "../../http/json-body";
import { noStore, sessionOrBearer } from "../../http/session";
import { adminAttachmentRoutes } from "./attachments";
import { adminCardRoutes } from "./cards";
import { adminCorrectionRoutes } from "./corrections";
import { adminMatchRoutes } from "./match";
import { adminPeopleRoutes } from "./people";
import { adminSourceRoutes } from "./sources";
import { adminTokenRoutes } from "./tokens";

/**
 * The newsroom write API, mounted at `/v1/admin`. Every request needs a
 * bearer token, or the newsroom desk's session cookie (same person, same
 * roles); roles decide what it may do. No CORS: newsrooms call it from
 * their own tools and servers and the desk on this origin, never from
 * readers' browsers. Nothing it answers may be cached. The body limit comes
 * after authentication, so nobody unknown gets a body buffered.
 */
export const adminRoutes = new Hono<AppEnv>()
  .use(noStore(), sessionOrBearer(authenticate()), limitedBody())
  .route("/cards", adminCardRoutes)
  .route("/corrections", adminCorrectionRoutes)
  .route("/attachments", adminAttachmentRoutes)
  .route("/match", adminMatchRoutes)
  .route("/sources", adminSourceRoutes)
  .route("/people", adminPeopleRoutes)
  .route("/tokens", adminTokenRoutes);
