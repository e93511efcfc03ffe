import { useState } from "preact/hooks";
import { dirFor } from "../../common/languages";
import type { VerdictKey } from "../../common/verdicts";
import { verdictLabel } from "../../common/verdicts";
import type { ArticleMatch } from "../../worker/domain/matching/match-article";
import { api } from "../api";
import { useDesk } from "../context";
import { markedParagraphs } from "../marked-text";
import { Refused } from "../Refused";
import { SelectField, TextField } from "./fields";

/** One matched sentence as `POST /v1/admin/match` answers it. */
type Match = Omit<ArticleMatch, "cardId"> & { card: { id: string; claim: string; verdict: VerdictKey } };

interface MatchResult {
  lang: string | null;
  url: string | null;
  source: { id: string; sha256: string; created: boolean } | null;
  /** The captured text (for an address); null when the text was sent. */
  text: string | null;
  sentences: number;
  matches: Match[];
}

/** What was checked: the answer, the text its offsets refer to, and the article to attach cards to. */
interface Checked {
  result: MatchResult;
  text: string;
  lang: string;
  attachTo: string;
}

type Proposal = { state: "busy" } | { state: "done" } | { state: "refused"; error: unknown };

/**
 * "Check an article": an article by address (captured and archived by the
 * Worker) or as pasted text, with the sentences that repeat a published
 * card's claim marked and the card beside each. Each match can be proposed
 * as an attachment; a second person approves it from the queue.
 */
export function CheckArticle() {
  const { lang, t } = useDesk();
  const [mode, setMode] = useState<"url" | "text">("url");
  const [url, setUrl] = useState("");
  const [text, setText] = useState("");
  const [textLang, setTextLang] = useState<string>(lang);
  const [attachUrl, setAttachUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [proposals, setProposals] = useState<Record<number, Proposal>>({});

  const check = async () => {
    setBusy(true);
    setError(null);
    setChecked(null);
    setProposals({});
    // The server trims the text it matches; trimming here keeps the offsets pointing at the same characters.
    const sent = text.trim();
    try {
      const body = mode === "url" ? { url: url.trim() } : { text: sent, lang: textLang };
      const result = await api<MatchResult>("/v1/admin/match", { method: "POST", body });
      setChecked({
        result,
        text: result.text ?? sent,
        lang: result.lang ?? (mode === "text" ? textLang : "en"),
        attachTo: result.url ?? attachUrl.trim(),
      });
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };

  const propose = async (index: number, match: Match) => {
    if (!checked) return;
    setProposals((all) => ({ ...all, [index]: { state: "busy" } }));
    try {
      await api(`/v1/admin/cards/${encodeURIComponent(match.card.id)}/attachments`, {
        method: "POST",
        body: { url: checked.attachTo, anchor: match.anchor },
      });
      setProposals((all) => ({ ...all, [index]: { state: "done" } }));
    } catch (refusal) {
      setProposals((all) => ({ ...all, [index]: { state: "refused", error: refusal } }));
    }
  };

  return (
    <section class="check" aria-labelledby="check-title">
      <h1 id="check-title">{t.check.title}</h1>
      <p class="meaning">{t.check.help}</p>
      <form
        class="panel"
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <fieldset class="tabs">
          <legend class="sr-only">{t.check.title}</legend>
          {(["url", "text"] as const).map((key) => (
            <button type="button" key={key} aria-pressed={mode === key} onClick={() => setMode(key)}>
              {key === "url" ? t.check.byUrl : t.check.byText}
            </button>
          ))}
        </fieldset>
        {mode === "url" ? (
          <TextField path="check.url" label={t.check.articleUrl} value={url} onValue={setUrl} type="url" dir="ltr" />
        ) : (
          <>
            <TextField
              path="check.text"
              label={t.check.text}
              value={text}
              onValue={setText}
              multiline
              lang={textLang}
            />
            <SelectField
              path="check.lang"
              label={t.check.lang}
              value={textLang}
              options={(["en", "fa"] as const).map((key) => [key, t.check.languages[key]] as const)}
              onValue={setTextLang}
            />
            <TextField
              path="check.attachUrl"
              label={t.check.attachUrl}
              value={attachUrl}
              onValue={setAttachUrl}
              type="url"
              dir="ltr"
              hint={t.check.attachUrlHelp}
            />
          </>
        )}
        <button type="submit" class="primary" disabled={busy || !(mode === "url" ? url.trim() : text.trim())}>
          {busy ? t.check.checking : t.check.submit}
        </button>
      </form>
      <Refused error={error} />
      {checked && <CheckResult checked={checked} proposals={proposals} onPropose={propose} />}
    </section>
  );
}

interface ResultProps {
  checked: Checked;
  proposals: Record<number, Proposal>;
  onPropose: (index: number, match: Match) => void;
}

/** The article with its matched sentences marked, and each match's card beside its paragraph. */
function CheckResult({ checked, proposals, onPropose }: ResultProps) {
  const { t } = useDesk();
  const { result, text } = checked;
  const paragraphs = markedParagraphs(text, result.matches);
  return (
    <section class="check-result" aria-labelledby="check-result-title">
      <h2 id="check-result-title">{t.check.articleTitle}</h2>
      <p role="status">
        {result.source && (
          <>
            {t.check.archivedAs(result.source.id, result.source.created)} <span dir="ltr">{result.url}</span>{" "}
          </>
        )}
        {t.check.summary(result.matches.length, result.sentences)}
      </p>
      {result.matches.length === 0 && <p>{t.check.noMatches}</p>}
      <div class="check-article">
        {paragraphs.map((paragraph, p) => (
          <div class="check-row" key={p}>
            <p class="check-text" lang={checked.lang} dir={dirFor(checked.lang)}>
              {paragraph.pieces.map((piece, i) =>
                piece.matches.length === 0 ? (
                  piece.text
                ) : (
                  <span key={i}>
                    <mark>{piece.text}</mark>
                    {/* The number ties the mark to its card; screen readers hear "Match 1" instead of a bare digit. */}
                    {piece.matches.map((m) => (
                      <span key={m} class="match-no">
                        <span aria-hidden="true">{m + 1}</span>
                        <span class="sr-only">({t.check.match(m + 1)})</span>
                      </span>
                    ))}
                  </span>
                ),
              )}
            </p>
            {paragraph.matches.length > 0 && (
              <div class="check-cards">
                {paragraph.matches.map((m) => (
                  <MatchCard
                    key={m}
                    index={m}
                    match={result.matches[m]!}
                    canPropose={!!checked.attachTo}
                    proposal={proposals[m]}
                    onPropose={onPropose}
                  />
                ))}
              </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

interface MatchCardProps {
  index: number;
  match: Match;
  canPropose: boolean;
  proposal: Proposal | undefined;
  onPropose: (index: number, match: Match) => void;
}

/** A match's card: verdict, claim, score, the words that matched, and the proposal. */
function MatchCard({ index, match, canPropose, proposal, onPropose }: MatchCardProps) {
  const { lang, t } = useDesk();
  const { card } = match;
  return (
    <article class="match-card panel" aria-labelledby={`match-${index}-title`}>
      <h3 id={`match-${index}-title`}>
        <span class="match-no" aria-hidden="true">
          {index + 1}
        </span>{" "}
        {t.check.match(index + 1)}: <span class={`verdict v-${card.verdict}`}>{verdictLabel(card.verdict, lang)}</span>
      </h3>
      <p class="claim" dir="auto">
        {card.claim}
      </p>
      <dl class="match-facts">
        <dt>{t.check.score}</dt>
        <dd>{t.check.scoreOf(match.score)}</dd>
        <dt>{t.check.matchedWords}</dt>
        <dd dir="auto">{match.matched.join(", ")}</dd>
      </dl>
      <p>
        <a href={`#/card/${encodeURIComponent(card.id)}`}>
          {t.check.openCard} <span dir="ltr">{card.id}</span>
        </a>
      </p>
      {canPropose ? (
        proposal?.state !== "done" && (
          <button type="button" disabled={proposal?.state === "busy"} onClick={() => onPropose(index, match)}>
            {proposal?.state === "busy" ? t.check.proposing : t.check.propose}
          </button>
        )
      ) : (
        <p class="hint">{t.check.needsUrl}</p>
      )}
      {proposal?.state === "done" && (
        <p class="done" role="status">
          {t.check.proposed}
        </p>
      )}
      {proposal?.state === "refused" && <Refused error={proposal.error} />}
    </article>
  );
}
