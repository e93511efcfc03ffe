import { useEffect, useState } from "preact/hooks";
import { formatDate } from "../../common/format";
import { verdictLabel } from "../../common/verdicts";
import type { CorrectionProposal } from "../../worker/domain/corrections";
import type { Card } from "../../worker/domain/schema/card";
import { api } from "../api";
import { atLeast, useDesk } from "../context";
import { Refused } from "../Refused";
import { AttachmentQueue } from "./AttachmentQueue";

const TABS = ["draft", "review", "published", "retracted", "corrections", "attachments"] as const;
type Tab = (typeof TABS)[number];

/** A row of GET /v1/admin/cards. */
interface CardSummary {
  id: string;
  version: number;
  status: Card["status"];
  claim: string;
  verdict: Card["verdict"];
  authors: Card["authors"];
  updatedAt: string;
}

interface Row {
  id: string;
  verdict: Card["verdict"];
  claim: string;
  authors: { id: string; name: string }[];
  updatedAt: string;
}

/** What waits for whom: cards by status, newest first, filtered by text and by person. */
export function Queue() {
  const { me, lang, t } = useDesk();
  const [tab, setTab] = useState<Tab>(atLeast(me, "reviewer") ? "review" : "draft");
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [text, setText] = useState("");
  const [person, setPerson] = useState("");

  useEffect(() => {
    setRows(null);
    setError(null);
    if (tab === "attachments") return; // its own list (AttachmentQueue)
    const load =
      tab === "corrections"
        ? api<{ data: CorrectionProposal[] }>("/v1/admin/corrections?limit=50").then(({ data }) =>
            data
              .map((p) => ({
                id: p.cardId,
                verdict: p.card.verdict,
                claim: p.card.claim.text,
                authors: [p.proposedBy],
                updatedAt: p.proposedAt,
              }))
              .reverse(),
          )
        : api<{ data: CardSummary[] }>(`/v1/admin/cards?status=${tab}&limit=50`).then(({ data }) => data);
    load.then(setRows, setError);
  }, [tab]);

  const people = new Map<string, string>();
  for (const row of rows ?? []) for (const author of row.authors) people.set(author.id, author.name);
  const needle = text.trim().toLocaleLowerCase();
  const shown = (rows ?? []).filter(
    (row) =>
      (!needle || `${row.id} ${row.claim}`.toLocaleLowerCase().includes(needle)) &&
      (!person || row.authors.some((a) => a.id === person)),
  );

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t.nav.queue}</h1>
      <fieldset class="tabs">
        <legend class="sr-only">{t.nav.queue}</legend>
        {TABS.map((key) => (
          <button type="button" key={key} aria-pressed={tab === key} onClick={() => setTab(key)}>
            {t.status[key]}
          </button>
        ))}
      </fieldset>
      {tab === "attachments" ? (
        <AttachmentQueue />
      ) : (
        <>
          <div class="filters">
            <label>
              {t.filterText}
              <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
            </label>
            <label>
              {t.filterPerson}
              <select value={person} onChange={(e) => setPerson(e.currentTarget.value)}>
                <option value="">{t.anyone}</option>
                {[...people].map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <Refused error={error} />
          {rows === null && !error && <p>{t.loading}</p>}
          {rows !== null && shown.length === 0 && <p>{t.empty}</p>}
          {shown.length > 0 && (
            <table class="queue">
              <thead>
                <tr>
                  <th scope="col">{t.columns.verdict}</th>
                  <th scope="col">{t.columns.claim}</th>
                  <th scope="col">{t.columns.authors}</th>
                  <th scope="col">{t.columns.changed}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <span class={`verdict v-${row.verdict}`}>{verdictLabel(row.verdict, lang)}</span>
                    </td>
                    <td>
                      <a href={`#/card/${encodeURIComponent(row.id)}`}>{row.claim}</a>
                    </td>
                    <td>{row.authors.map((a) => a.name).join(", ")}</td>
                    <td>
                      <time dateTime={row.updatedAt}>{formatDate(row.updatedAt, lang)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
