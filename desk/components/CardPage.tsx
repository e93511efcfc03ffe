import { useEffect, useMemo, useState } from "preact/hooks";
import type { PurgeReach } from "../../common/purge-reach";
import type { CorrectionProposal } from "../../worker/domain/corrections";
import type { Card } from "../../worker/domain/schema/card";
import { api, Refusal, request } from "../api";
import { atLeast, useDesk } from "../context";
import { changedFields, cleaned, type Draft, draftOf, draftProblems, emptyDraft, setIn } from "../draft";
import { Refused } from "../Refused";
import { previewCard, useVerification } from "../verification";
import { Editor } from "./Editor";
import { TextField } from "./fields";
import { History } from "./History";
import { Preview } from "./Preview";
import { PurgeNotice } from "./PurgeNotice";
import { Sources } from "./Sources";

interface Stale {
  theirs: Card;
  fields: string[];
}

/**
 * One card: the editor (a draft, or the next version of a published card
 * to propose as a correction), its sources, the review (preview as readers
 * see it, publish, corrections, retraction) and its history.
 */
export function CardPage({ id }: { id: string | null }) {
  const { me, t } = useDesk();
  const [card, setCard] = useState<Card | null>(null);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(me));
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [purge, setPurge] = useState<PurgeReach | null>(null);
  const [stale, setStale] = useState<Stale | null>(null);
  const [pending, setPending] = useState<CorrectionProposal | null>(null);
  const [note, setNote] = useState("");
  const [touched, setTouched] = useState(false);

  const load = async (cardId: string, replaceDraft = true) => {
    const { card: loaded } = await api<{ card: Card }>(`/v1/admin/cards/${encodeURIComponent(cardId)}`);
    setCard(loaded);
    if (replaceDraft) setDraft(draftOf(loaded));
    if (loaded.status === "published") {
      const { data } = await api<{ data: CorrectionProposal[] }>(
        `/v1/admin/cards/${encodeURIComponent(cardId)}/corrections`,
      );
      setPending(data[0] ?? null);
    } else setPending(null);
    return loaded;
  };
  useEffect(() => {
    if (id) load(id).catch(setLoadError);
  }, [id]);

  const set = (path: (string | number)[], value: unknown) => {
    setTouched(true);
    setDraft((d) => setIn(d, path, value));
  };
  const problems = useMemo(() => draftProblems(draft), [draft]);
  const verification = useVerification(draft);
  const previews = useMemo(
    () => (["en", "fa"] as const).map((l) => [l, previewCard(draft, verification, l)] as const),
    [draft, verification],
  );

  /** Runs a step; a refusal is shown in words, a stale version opens the 412 view. */
  const step = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    setStatus("");
    setPurge(null);
    try {
      await work();
      setStatus(done);
    } catch (refusal) {
      if (refusal instanceof Refusal && refusal.status === 412 && card) {
        const { card: theirs } = await api<{ card: Card }>(`/v1/admin/cards/${encodeURIComponent(card.id)}`);
        setStale({ theirs, fields: changedFields(draftOf(card), draftOf(theirs)) });
      } else setError(refusal);
    }
  };

  const save = () =>
    step(
      async () => {
        const body = cleaned(draft);
        const answer = card
          ? await api<{ card: Card }>(`/v1/admin/cards/${encodeURIComponent(card.id)}`, {
              method: "PUT",
              body,
              ifMatch: card.version,
            })
          : await api<{ card: Card }>("/v1/admin/cards", { method: "POST", body });
        setCard(answer.card);
        setTouched(false);
        if (!card) history.replaceState(null, "", `#/card/${encodeURIComponent(answer.card.id)}`);
        return answer;
      },
      t.saved(card ? card.version + 1 : 1),
    );
  const act = (path: string, body?: unknown, done = "") =>
    step(async () => {
      const answer = await request(`/v1/admin/cards/${encodeURIComponent(card!.id)}/${path}`, {
        method: "POST",
        body,
        ifMatch: card!.version,
      });
      await load(card!.id, !path.startsWith("corrections") || path === "corrections/approve");
      setNote("");
      setPurge(answer.purge);
    }, done);

  if (loadError) return <Refused error={loadError} />;
  if (id && !card) return <p>{t.loading}</p>;

  const editable = !card || card.status === "draft" || card.status === "review";
  const correcting = card?.status === "published" && atLeast(me, "reviewer") && !pending;
  const count = problems.size;

  return (
    <div class="card-page">
      <section class="panel" aria-labelledby="editor-title">
        <h1 id="editor-title">
          {t.editor}
          {card && (
            <span class={`status s-${card.status}`}>
              {" "}
              · {t.status[card.status]} · v{card.version}
            </span>
          )}
        </h1>
        {stale && (
          <div class="stale" role="alert">
            <h2>{t.stale}</h2>
            <p>{t.staleHelp}</p>
            <ul>
              {stale.fields.map((field) => (
                <li key={field}>
                  <code>{field}</code> — {t.theirs}:{" "}
                  <q>{JSON.stringify(readPath(draftOf(stale.theirs), field)).slice(0, 200)}</q>
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="primary"
              onClick={() => {
                setCard(stale.theirs);
                setStale(null);
              }}
            >
              {t.keepMine}
            </button>{" "}
            <button
              type="button"
              onClick={() => {
                setCard(stale.theirs);
                setDraft(draftOf(stale.theirs));
                setStale(null);
              }}
            >
              {t.takeTheirs}
            </button>
          </div>
        )}
        <Editor draft={draft} set={set} problems={problems} verification={verification} isNew={!card} />
        <p class="problem-count" aria-live="polite">
          {count > 0 ? t.problems(count) : ""}
        </p>
        <Refused error={error} />
        {status && (
          <p class="done" role="status">
            {status}
          </p>
        )}
        <PurgeNotice reach={purge} />
        <div class="actions">
          {editable && (
            <button type="button" class="primary" onClick={save} disabled={count > 0}>
              {t.saveDraft}
            </button>
          )}
          {card?.status === "draft" && !touched && (
            <button type="button" onClick={() => act("submit", undefined, t.status.review)}>
              {t.submit}
            </button>
          )}
        </div>
      </section>

      <Sources
        known={draft.attributions.map((a) => a.source)}
        onUseQuote={(source, quote) =>
          set(["attributions"], [...draft.attributions, { source, quote, stance: "contradicts" }])
        }
      />

      {card && (
        <section class="panel review" aria-labelledby="review-title">
          <h2 id="review-title">{t.review}</h2>
          {previews.some(([, p]) => p) ? (
            previews.map(([l, p]) => p && <Preview key={l} card={p} lang={l} label={`${t.preview} (${l})`} />)
          ) : (
            <p>{t.previewNeedsQuotes}</p>
          )}
          <div class="actions">
            {card.status === "review" && atLeast(me, "reviewer") && (
              <button type="button" class="primary" onClick={() => act("publish", undefined, t.published)}>
                {t.publish}
              </button>
            )}
          </div>
          {pending && (
            <div class="pending">
              <p>{t.correctionPending(pending.proposedBy.name)}</p>
              <blockquote>{pending.note}</blockquote>
              {atLeast(me, "reviewer") && (
                <div class="actions">
                  <button
                    type="button"
                    class="primary"
                    onClick={() => act("corrections/approve", undefined, t.approve)}
                  >
                    {t.approve}
                  </button>
                  <button type="button" onClick={() => act("corrections/withdraw", undefined, t.withdraw)}>
                    {t.withdraw}
                  </button>
                </div>
              )}
            </div>
          )}
          {correcting && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                act("corrections", { card: cleaned(draft), note }, t.proposeCorrection);
              }}
            >
              <TextField path="correction.note" label={t.correctionNote} value={note} onValue={setNote} multiline />
              <button type="submit" disabled={!note.trim() || count > 0}>
                {t.proposeCorrection}
              </button>
            </form>
          )}
          {card.status === "published" && atLeast(me, "reviewer") && (
            <RetractForm onRetract={(retractNote) => act("retract", { note: retractNote }, t.status.retracted)} />
          )}
        </section>
      )}
      {card && <History id={card.id} version={card.version} />}
    </div>
  );
}

function RetractForm({ onRetract }: { onRetract: (note: string) => void }) {
  const { t } = useDesk();
  const [note, setNote] = useState("");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onRetract(note);
      }}
    >
      <TextField path="retract.note" label={t.retractNote} value={note} onValue={setNote} multiline />
      <button type="submit" class="danger" disabled={!note.trim()}>
        {t.retract}
      </button>
    </form>
  );
}

function readPath(value: unknown, path: string): unknown {
  return path.split(".").reduce((v: any, k) => (v == null ? v : v[k]), value);
}
