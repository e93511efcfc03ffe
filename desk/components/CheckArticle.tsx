import { useState } from "preact/hooks";
import { formatNumber } from "../../common/format";
import { dirFor, LANGS } from "../../common/languages";
import { verdictLabel } from "../../common/verdicts";
import type { Card, TextQuoteSelector } from "../../worker/domain/schema/card";
import { api } from "../api";
import { useDesk } from "../context";
import { Refused } from "../Refused";
import { TextField } from "./fields";

/** One sentence of the article that repeats a published card's claim (POST /v1/admin/match). */
export interface ArticleMatch {
  sentence: string;
  start: number;
  end: number;
  anchor: TextQuoteSelector;
  score: number;
  matched: string[];
  card: { id: string; claim: string; verdict: Card["verdict"] };
}

interface MatchResult {
  lang: string | null;
  url: string | null;
  source: { id: string; sha256: string; created: boolean } | null;
  text: string | null;
  sentences: number;
  matches: ArticleMatch[];
}

/** What was checked: the text the offsets refer to, and the address cards would be attached to. */
interface Checked {
  result: MatchResult;
  text: string;
  lang: string;
  url: string;
}

/** A line of the article (a sentence never crosses one) and the matches that start in it. */
interface Line {
  start: number;
  text: string;
  matches: ArticleMatch[];
}

/** Splits `text` into its lines, each with the matches it holds, so the cards can stand beside their sentences. */
export function linesWithMatches(text: string, matches: ArticleMatch[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + line.length;
    lines.push({ start, text: line, matches: matches.filter((m) => m.start >= start && m.start < end) });
    start = end + 1;
  }
  return lines.filter((line) => line.text.trim() !== "");
}

/** A line with its matched sentences in <mark>, each tied to the card that checks it. */
function MarkedLine({ line, firstIndex }: { line: Line; firstIndex: number }) {
  const parts = [];
  let at = line.start;
  // Two cards may match the same sentence: mark it once.
  const spans = line.matches.filter((m, i, all) => all.findIndex((o) => o.start === m.start) === i);
  spans.forEach((match, i) => {
    if (match.start > at) parts.push(line.text.slice(at - line.start, match.start - line.start));
    const cards = line.matches
      .map((m, j) => (m.start === match.start ? `match-${firstIndex + j}` : ""))
      .filter(Boolean)
      .join(" ");
    parts.push(
      <mark key={match.start} id={`sentence-${firstIndex + i}`} aria-describedby={cards}>
        {line.text.slice(match.start - line.start, match.end - line.start)}
      </mark>,
    );
    at = match.end;
  });
  if (at < line.start + line.text.length) parts.push(line.text.slice(at - line.start));
  return <p>{parts}</p>;
}

/** One match beside its sentence: the card, the score, the words in common, and the proposal. */
function MatchCard({ match, index, url }: { match: ArticleMatch; index: number; url: string }) {
  const { lang, t } = useDesk();
  const [busy, setBusy] = useState(false);
  const [proposed, setProposed] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const propose = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(`/v1/admin/cards/${encodeURIComponent(match.card.id)}/attachments`, {
        method: "POST",
        body: { url, anchor: match.anchor },
      });
      setProposed(true);
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article class="match" aria-labelledby={`match-${index}`}>
      <p id={`match-${index}`} class="match-claim">
        <span class={`verdict v-${match.card.verdict}`}>{verdictLabel(match.card.verdict, lang)}</span>{" "}
        <a href={`#/card/${encodeURIComponent(match.card.id)}`}>{match.card.claim}</a>
      </p>
      <p class="meta">
        {t.score(formatNumber(Math.round(match.score * 100) / 100, lang))} · {t.matchedWords}:{" "}
        {match.matched.map((word, i) => (
          <span key={word}>
            {i > 0 && ", "}
            <bdi>{word}</bdi>
          </span>
        ))}
      </p>
      {proposed ? (
        <p class="done" role="status">
          {t.attachProposed}
        </p>
      ) : (
        <button type="button" onClick={propose} disabled={busy || !url}>
          {t.proposeAttach}
        </button>
      )}
      <Refused error={error} />
    </article>
  );
}

/**
 * Check an article (issue #15): give an address (captured and archived by
 * the Worker) or paste the text, see the sentences that repeat published
 * cards marked with the card beside each, and propose the attachments worth
 * keeping. Approval is someone else's, from the queue.
 */
export function CheckArticle() {
  const { t } = useDesk();
  const [url, setUrl] = useState("");
  const [text, setText] = useState("");
  const [textLang, setTextLang] = useState<string>("en");
  const [articleUrl, setArticleUrl] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const check = async (body: { url: string } | { text: string; lang: string }, pastedFor: string) => {
    setBusy(true);
    setError(null);
    setChecked(null);
    try {
      const result = await api<MatchResult>("/v1/admin/match", { method: "POST", body });
      setChecked({
        result,
        // The server trims pasted text; the offsets refer to what it read.
        text: result.text ?? ("text" in body ? body.text : ""),
        lang: result.lang ?? ("lang" in body ? body.lang : "en"),
        url: result.url ?? pastedFor,
      });
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };

  let index = 0;
  const lines = checked ? linesWithMatches(checked.text, checked.result.matches) : [];
  return (
    <section class="check" aria-labelledby="check-title">
      <h1 id="check-title">{t.checkTitle}</h1>
      <p>{t.checkHelp}</p>
      <div class="check-forms">
        <form
          class="panel"
          onSubmit={(e) => {
            e.preventDefault();
            check({ url }, "");
          }}
        >
          <h2>{t.checkByUrl}</h2>
          <TextField path="check.url" label={t.articleUrl} value={url} onValue={setUrl} type="url" dir="ltr" />
          <button type="submit" class="primary" disabled={busy || !url}>
            {t.checkUrlButton}
          </button>
        </form>
        <form
          class="panel"
          onSubmit={(e) => {
            e.preventDefault();
            check({ text: text.trim(), lang: textLang }, articleUrl.trim());
          }}
        >
          <h2>{t.checkPasteTitle}</h2>
          <TextField path="check.text" label={t.text} value={text} onValue={setText} multiline lang={textLang} />
          <div class="field">
            <label for="f-check-lang">{t.textLang}</label>
            <select id="f-check-lang" value={textLang} onChange={(e) => setTextLang(e.currentTarget.value)}>
              {LANGS.map((code) => (
                <option key={code} value={code} lang={code}>
                  {code === "en" ? "English" : "فارسی"}
                </option>
              ))}
            </select>
          </div>
          <TextField
            path="check.articleUrl"
            label={t.articleUrl}
            value={articleUrl}
            onValue={setArticleUrl}
            type="url"
            dir="ltr"
            hint={t.articleUrlHelp}
          />
          <button type="submit" disabled={busy || !text.trim()}>
            {t.checkPasteButton}
          </button>
        </form>
      </div>
      <Refused error={error} />
      {busy && <p role="status">{t.loading}</p>}
      {checked && (
        <section class="check-results" aria-labelledby="check-results-title">
          <h2 id="check-results-title" role="status">
            {t.matchesFound(checked.result.matches.length, checked.result.sentences)}
          </h2>
          {checked.result.source && <p class="meta">{t.checkedAs(checked.result.source.id)}</p>}
          {checked.url ? (
            <p class="meta" dir="ltr">
              {checked.url}
            </p>
          ) : (
            checked.result.matches.length > 0 && <p class="problem">{t.needsArticleUrl}</p>
          )}
          <div class="checked-article" lang={checked.lang} dir={dirFor(checked.lang)}>
            {lines.map((line) => {
              const first = index;
              index += line.matches.length;
              return (
                <div class="checked-line" key={line.start}>
                  <MarkedLine line={line} firstIndex={first} />
                  {line.matches.length > 0 && (
                    <aside aria-label={t.matchedSentence}>
                      {line.matches.map((match, i) => (
                        <MatchCard
                          key={`${match.card.id}-${match.start}`}
                          match={match}
                          index={first + i}
                          url={checked.url}
                        />
                      ))}
                    </aside>
                  )}
                </div>
              );
            })}
          </div>
        </section>
      )}
    </section>
  );
}
