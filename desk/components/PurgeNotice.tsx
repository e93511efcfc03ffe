import type { PurgeReach } from "../../common/purge-reach";
import { useDesk } from "../context";

/**
 * After a change readers see (publish, an approved correction or
 * attachment, a retraction): how soon every reader sees it. A purge that
 * failed is an alert: the change stands, but readers elsewhere keep the
 * previous version for minutes, not seconds.
 */
export function PurgeNotice({ reach }: { reach: PurgeReach | null }) {
  const { t } = useDesk();
  if (!reach) return null;
  return (
    <p class={`purge purge-${reach}`} role={reach === "failed" ? "alert" : "status"}>
      {t.purge[reach]}
    </p>
  );
}
