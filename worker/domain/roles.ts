import * as v from "valibot";
import { Text } from "./schema/primitives";

/**
 * Who may do what. Roles are cumulative: a reviewer can do all an editor
 * can, an admin all a reviewer can.
 */
export const ROLES = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The least role each write action needs. */
export const REQUIRED_ROLE = {
  readCards: "editor",
  writeDraft: "editor",
  submitForReview: "editor",
  archiveSource: "editor",
  publish: "reviewer",
  correct: "reviewer",
  retract: "reviewer",
  manageTokens: "admin",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof REQUIRED_ROLE;

export function mayDo(role: Role, action: Action): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(REQUIRED_ROLE[action]);
}

/** Whoever a token belongs to: recorded in the audit log, checked by the two-person rule. */
export interface Actor {
  name: string;
  role: Role;
  /** Null for the bootstrap admin token from the ADMIN_TOKEN secret. */
  tokenId: string | null;
}

/** What an admin sends to create a token. */
export const CreateTokenSchema = v.strictObject({
  /** The person (or system) who will use it: shown in the audit log and checked by the two-person rule. */
  name: Text(100),
  role: v.picklist(ROLES, `must be one of ${ROLES.join(", ")}`),
});
