import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import { useDesk } from "../context";
import { Refused } from "../Refused";

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  versionBefore: number | null;
  versionAfter: number | null;
  detail?: { note?: string; proposedBy?: string } | null;
}

/** The card's audit log: who did what, version by version. */
export function History({ id, version }: { id: string; version: number }) {
  const { t } = useDesk();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api<{ data: Entry[] }>(`/v1/admin/cards/${encodeURIComponent(id)}/history`).then(
      ({ data }) => setEntries(data),
      setError,
    );
  }, [id, version]);
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t.history}</h2>
      <Refused error={error} />
      <ol class="history" dir="ltr">
        {(entries ?? []).map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{e.at.replace("T", " ").slice(0, 19)}</time> <code>{e.action}</code>{" "}
            {e.versionBefore !== e.versionAfter
              ? `v${e.versionBefore ?? "–"}→v${e.versionAfter ?? "–"}`
              : `v${e.versionAfter ?? ""}`}{" "}
            — {e.actor}
            {e.detail?.note && <q>{e.detail.note}</q>}
          </li>
        ))}
      </ol>
    </section>
  );
}
