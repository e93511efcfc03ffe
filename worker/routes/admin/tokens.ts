import { Hono } from "hono/tiny";
import type { AppEnv } from "../../app-env";
import { CreateTokenSchema } from "../../domain/roles";
import { requireRole } from "../../http/auth";
import { ApiError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { newToken, sha256HexOf } from "../../http/token-hash";
import { getPerson } from "../../store/people";
import { insertToken, isLiveToken, listTokens, revokeToken } from "../../store/tokens";
import { refusingClearly } from "./errors";
import { auditActor } from "./people-refs";

/**
 * `/v1/admin/tokens` (admin only): tokens are shown once, stored as hashes,
 * revocable. Each belongs to a person (several per person) and acts with
 * that person's name and role.
 */
export const adminTokenRoutes = new Hono<AppEnv>()
  .use(requireRole("manageTokens"))
  .get("/", async (c) => c.json({ data: await listTokens(c.var.db) }))
  .post("/", async (c) => {
    const { person: personId } = await jsonBody(c, CreateTokenSchema);
    const person = await getPerson(c.var.db, personId);
    if (!person || person.revokedAt) {
      throw new ApiError(
        404,
        "not_found",
        `No unrevoked person "${personId.slice(0, 100)}" (create one with POST /v1/admin/people)`,
        [{ path: "person", message: "names no unrevoked person" }],
      );
    }
    const token = newToken();
    const id = crypto.randomUUID();
    const sha256 = await sha256HexOf(token);
    await refusingClearly(() =>
      insertToken(c.var.db, { id, personId, sha256 }, auditActor(c), new Date().toISOString()),
    );
    // The only time the token is ever shown.
    return c.json({ id, person: person.id, name: person.name, role: person.role, token }, 201);
  })
  .delete("/:id", async (c) => {
    const id = c.req.param("id");
    if (!(await isLiveToken(c.var.db, id))) throw new ApiError(404, "not_found", `No live token "${id.slice(0, 100)}"`);
    await refusingClearly(() => revokeToken(c.var.db, id, auditActor(c), new Date().toISOString()));
    return c.body(null, 204);
  });
