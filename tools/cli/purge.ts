/**
 * How soon readers see a change (the write's `cc-purge` answer), told in the
 * desk's words after publish, an approved correction or attachment, and
 * retract. A failed purge is also a warning on stderr, so a script reading
 * --json hears of it; the exit status stays 0 because the change stands.
 */
import { deskStringsFor } from "../../common/desk-strings";
import { purgeReachOf } from "../../common/purge-reach";
import { note, out } from "./args";

export function reportPurge(headers: Headers, json: boolean): void {
  const reach = purgeReachOf(headers);
  if (!reach) return;
  const text = deskStringsFor("en").purge[reach];
  if (reach === "failed") note(`warning: ${text}`);
  else if (!json) out(text);
}
