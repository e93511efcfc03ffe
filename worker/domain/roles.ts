import * as v from "valibot";

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
  /** Propose, approve (someone else's) or withdraw a correction of a published card. */
  correct: "reviewer",
  retract: "reviewer",
  /** Propose attaching a published card to another article (its URL and sentence). */
  proposeAttachment: "editor",
  /** Approve (someone else's) attachment, or turn one down. */
  approveAttachment: "reviewer",
  /** People and their tokens. */
  manageTokens: "admin",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof REQUIRED_ROLE;

export function mayDo(role: Role, action: Action): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(REQUIRED_ROLE[action]);
}

/** Whoever a token belongs to: recorded in the audit log (person and token), checked by the two-person rule. */
export interface Actor {
  /** The person's id: what the two-person rule compares. Null for the bootstrap admin token (not a person). */
  personId: string | null;
  /** The person's display name, for messages and the audit log. */
  name: string;
  /** The person's role. */
  role: Role;
  /** Null for the bootstrap admin token from the ADMIN_TOKEN secret. */
  tokenId: string | null;
}

/** An actor who is a person: the only kind that may write or review cards. */
export type PersonActor = Actor & { personId: string };

/** What an admin sends to create a token: the person it belongs to (their role is the token's). */
export const CreateTokenSchema = v.strictObject({
  person: v.pipe(v.string(), v.nonEmpty("must be a person id"), v.maxLength(400)),
});
