import * as v from "valibot";
import { ROLES } from "../roles";
import { Slug, Text } from "./primitives";

/**
 * A person's id: a UUID for people created through the API, a slug for the
 * people in data/people.json, and the name key with dashes for spaces for
 * people made from token and author names by migration 0005. Never free
 * text typed at review time: this is what the two-person rule compares.
 */
export const PersonId = v.pipe(
  v.string(),
  v.regex(/^[^\s]{1,400}$/u, "must be a person id (see GET /v1/admin/people)"),
);

/** A display name: shown to readers and in the audit log, unique per person after personNameKey. */
export const PersonName = Text(100);

/**
 * A reference to a person inside a card: `id` is what every rule compares,
 * `name` is only for display (the server and the loader check that it is
 * the person's current name).
 */
export const PersonRefSchema = v.strictObject({ id: PersonId, name: Text(200) });
export type PersonRef = v.InferOutput<typeof PersonRefSchema>;

/** A person in data/people.json. */
export const DataPersonSchema = v.strictObject({
  id: Slug,
  name: PersonName,
  role: v.picklist(ROLES, `must be one of ${ROLES.join(", ")}`),
});
export type DataPerson = v.InferOutput<typeof DataPersonSchema>;

/** What an admin sends to add a person. */
export const CreatePersonSchema = v.strictObject({
  name: PersonName,
  role: v.picklist(ROLES, `must be one of ${ROLES.join(", ")}`),
});
