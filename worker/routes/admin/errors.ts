import { WorkflowError } from "../../domain/workflow";
import { ApiError } from "../../http/errors";
import { isStaleWrite } from "../../store/audit";
import { RowTooLargeError } from "../../store/rows";

/**
 * Runs a write and turns the ways it can be refused into client errors:
 * a workflow refusal (409 wrong state, 422 fails verification or the
 * two-person rule, 403 not this person's to do), a stale version lost in a
 * race (412), a duplicate (409), more than one D1 row can hold (413).
 */
export async function refusingClearly<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof WorkflowError) {
      if (error.kind === "forbidden") throw new ApiError(403, "forbidden", error.message);
      throw error.kind === "conflict"
        ? new ApiError(409, "conflict", error.message)
        : new ApiError(422, "unverified", error.message, error.problems);
    }
    if (error instanceof RowTooLargeError) {
      throw new ApiError(
        413,
        "payload_too_large",
        `${error.message}: shorten it (fewer or shorter appearances, translations, quotes or notes)`,
      );
    }
    if (isStaleWrite(error)) {
      throw new ApiError(
        412,
        "precondition_failed",
        "Someone changed this first; fetch the current version and try again",
      );
    }
    const message = String((error as Error)?.message);
    if (/UNIQUE constraint failed: correction_proposals/i.test(message)) {
      throw new ApiError(409, "conflict", "A correction of this card is already pending: approve or withdraw it first");
    }
    if (/UNIQUE constraint failed: attachment_proposals/i.test(message)) {
      throw new ApiError(
        409,
        "conflict",
        "Attaching this card to this article is already proposed: approve or withdraw that proposal first",
      );
    }
    if (/UNIQUE constraint failed: people\.name_key/i.test(message)) {
      throw new ApiError(409, "conflict", "Someone with this name already exists");
    }
    if (/UNIQUE constraint failed|PRIMARY KEY/i.test(message)) {
      throw new ApiError(409, "conflict", "Something with this id already exists");
    }
    throw error;
  }
}
