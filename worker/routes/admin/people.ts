import { Hono } from "hono/tiny";
import type { AppEnv } from "../../app-env";
import { personNameKey } from "../../domain/person-name";
import { CreatePersonSchema } from "../../domain/schema/person";
import { requireRole } from "../../http/auth";
import { ApiError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { getPerson, insertPerson, listPeople, peopleNames, revokePerson } from "../../store/people";
import { refusingClearly } from "./errors";
import { auditActor } from "./people-refs";

/**
 * `/v1/admin/people` (admin only). A person is who acts: tokens belong to
 * them, cards name them, the two-person rule compares them by id. Names are
 * unique after personNameKey, so two near-identical names cannot be two
 * people.
 */
export const adminPeopleRoutes = new Hono<AppEnv>()
  .use(requireRole("manageTokens"))
  .get("/", async (c) => c.json({ data: await listPeople(c.var.db) }))
  .post("/", async (c) => {
    const { name, role } = await jsonBody(c, CreatePersonSchema);
    const nameKey = personNameKey(name);
    // Keys are recomputed here, not only read from the column: people made by
    // migration 0005 carry the closest key SQL could compute.
    const existing = (await peopleNames(c.var.db)).find(
      (p) => p.nameKey === nameKey || personNameKey(p.name) === nameKey,
    );
    if (existing) {
      throw new ApiError(
        409,
        "conflict",
        `"${name}" is already a person: "${existing.name}" (id ${existing.id}); give them another token instead`,
        [{ path: "name", message: `is the same name as person ${existing.id} ("${existing.name}")` }],
      );
    }
    const person = { id: crypto.randomUUID(), name, nameKey, role };
    const at = new Date().toISOString();
    await refusingClearly(() => insertPerson(c.var.db, person, auditActor(c), at));
    return c.json(
      { id: person.id, name, role, createdAt: at, createdBy: c.get("actor").name, revokedAt: null as string | null },
      201,
    );
  })
  .get("/:id", async (c) => {
    const person = await getPerson(c.var.db, c.req.param("id"));
    if (!person) throw new ApiError(404, "not_found", `No person "${c.req.param("id").slice(0, 100)}"`);
    return c.json({ person });
  })
  // Revoking a person revokes every token of theirs in the same batch; their name stays on the cards they wrote.
  .delete("/:id", async (c) => {
    const id = c.req.param("id");
    const person = await getPerson(c.var.db, id);
    if (!person || person.revokedAt) throw new ApiError(404, "not_found", `No unrevoked person "${id.slice(0, 100)}"`);
    await refusingClearly(() => revokePerson(c.var.db, id, auditActor(c), new Date().toISOString()));
    return c.body(null, 204);
  });
