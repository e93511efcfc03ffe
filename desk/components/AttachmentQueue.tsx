import { useEffect, useState } from "preact/hooks";
import { formatDate } from "../../common/format";
import type { PurgeReach } from "../../common/purge-reach";
import type { VerdictKey } from "../../common/verdicts";
import { verdictLabel } from "../../common/verdicts";
import type { AttachmentProposal } from "../../worker/domain/attachments";
import { api, request } from "../api";
import { atLeast, useDesk } from "../context";
import { Refused } from "../Refused";
import { PurgeNotice } from "./PurgeNotice";

/** A row of `GET /v1/admin/attachments`: the proposal and the card's claim and verdict to judge it by. */
type QueuedAttachment = AttachmentProposal & { card: { claim: string; verdict: VerdictKey } };

type Outcome = { done: string; purge: PurgeReach | null } | { error: unknown };

/**
 * The reviewers' queue of proposed attachments (a published card shown
 * beside another article): each with the card, the article and its
 * sentence, who proposed it; a reviewer who is not the proposer approves,
 * the proposer or a reviewer withdraws. The two-person rule is the
 * server's: its refusal is shown in its words.
 */
export function AttachmentQueue() {
  const { me, lang, t } = useDesk();
  const [rows, setRows] = useState<QueuedAttachment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [busy, setBusy] = useState("");

  useEffect(() => {
    api<{ data: QueuedAttachment[] }>("/v1/admin/attachments?status=pending&limit=50").then(
      ({ data }) => setRows(data),
      setError,
    );
  }, []);

  const act = async (row: QueuedAttachment, step: "approve" | "withdraw") => {
    setBusy(row.id);
    try {
      const { purge } = await request(`/v1/admin/attachments/${encodeURIComponent(row.id)}/${step}`, {
        method: "POST",
      });
      const done = step === "approve" ? t.check.approved(row.cardId) : t.check.withdrawn;
      setOutcomes((all) => ({ ...all, [row.id]: { done, purge } }));
    } catch (refusal) {
      setOutcomes((all) => ({ ...all, [row.id]: { error: refusal } }));
    } finally {
      setBusy("");
    }
  };

  if (error) return <Refused error={error} />;
  if (rows === null) return <p>{t.loading}</p>;
  if (rows.length === 0) return <p>{t.empty}</p>;
  return (
    <table class="queue attachments">
      <thead>
        <tr>
          <th scope="col">{t.columns.verdict}</th>
          <th scope="col">{t.columns.claim}</th>
          <th scope="col">{t.check.queueArticle}</th>
          <th scope="col">{t.check.queueProposedBy}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const outcome = outcomes[row.id];
          return (
            <tr key={row.id} data-attachment={row.id}>
              <td>
                <span class={`verdict v-${row.card.verdict}`}>{verdictLabel(row.card.verdict, lang)}</span>
              </td>
              <td>
                <a href={`#/card/${encodeURIComponent(row.cardId)}`}>{row.card.claim}</a>
              </td>
              <td>
                <span class="article-url" dir="ltr">
                  {row.url}
                </span>
                <q dir="auto">{row.anchor.exact}</q>
              </td>
              <td>
                {row.proposedBy.name}, <time dateTime={row.proposedAt}>{formatDate(row.proposedAt, lang)}</time>
                {outcome && "done" in outcome ? (
                  <>
                    <p class="done" role="status">
                      {outcome.done}
                    </p>
                    <PurgeNotice reach={outcome.purge} />
                  </>
                ) : (
                  <div class="actions">
                    {atLeast(me, "reviewer") && (
                      <button
                        type="button"
                        class="primary"
                        disabled={busy === row.id}
                        onClick={() => act(row, "approve")}
                      >
                        {t.check.approve}
                      </button>
                    )}
                    <button type="button" disabled={busy === row.id} onClick={() => act(row, "withdraw")}>
                      {t.check.withdraw}
                    </button>
                  </div>
                )}
                {outcome && "error" in outcome && <Refused error={outcome.error} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
