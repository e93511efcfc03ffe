import type { Context } from "hono";
import type { AppEnv } from "../../app-env";
import type { PersonActor } from "../../domain/roles";
import type { PersonRef } from "../../domain/schema/person";
import { ApiError } from "../../http/errors";
import type { AuditActor } from "../../store/audit";
import type { Db } from "../../store/db";
import { peopleByIds } from "../../store/people";

/**
 * The caller as a person. Card steps need one: the two-person rule and the
 * audit log are about people, and the bootstrap ADMIN_TOKEN is nobody in
 * particular (it exists to create the first people and tokens).
 */
export function personActor(c: Context<AppEnv>): PersonActor {
  const actor = c.get("actor");
  if (actor.personId === null) {
    throw new ApiError(
      403,
      "forbidden",
      "The bootstrap admin token is not a person: create a person and a token for them to write or review cards",
    );
  }
  return actor as PersonActor;
}

/** Who the audit log names for this request: the person and the token. */
export function auditActor(c: Context<AppEnv>): AuditActor {
  const actor = c.get("actor");
  return { actor: actor.name, actorPersonId: actor.personId, actorTokenId: actor.tokenId };
}

/**
 * A card body's `authors`, checked against the people table: every id must
 * be a person (400 naming the entry otherwise), and the name shown is that
 * person's own, whatever the body said.
 */
export async function resolveAuthors(db: Db, authors: readonly PersonRef[]): Promise<PersonRef[]> {
  const people = await peopleByIds(
    db,
    authors.map((author) => author.id),
  );
  const issues = authors.flatMap((author, i) =>
    people.has(author.id)
      ? []
      : [
          {
            path: `authors[${i}].id`,
            message: `names no person "${author.id.slice(0, 100)}" (see GET /v1/admin/people)`,
          },
        ],
  );
  if (issues.length) throw new ApiError(400, "invalid_body", "Invalid field: authors", issues);
  return authors.map((author) => ({ id: author.id, name: people.get(author.id)!.name }));
}
