import { useState } from "preact/hooks";
import type { ArchivedSource } from "../../worker/domain/schema/source";
import { api } from "../api";
import { useDesk } from "../context";
import { Refused } from "../Refused";
import { forgetSource, loadSource } from "../verification";
import { TextField } from "./fields";

interface SourcesProps {
  /** Source ids worth offering (those the card quotes). */
  known?: string[];
  /** Called with a passage selected in an archived text. */
  onUseQuote?: (sourceId: string, quote: string) => void;
}

/** Archive a source (capture by address, or paste), read an archived text, and quote from it. */
export function Sources({ known = [], onUseQuote }: SourcesProps) {
  const { t } = useDesk();
  const [url, setUrl] = useState("");
  const [captureId, setCaptureId] = useState("");
  const [paste, setPaste] = useState({ id: "", title: "", publisher: "", url: "", text: "" });
  const [done, setDone] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [openId, setOpenId] = useState("");
  const [open, setOpen] = useState<ArchivedSource | null>(null);
  const [hint, setHint] = useState("");
  const [busy, setBusy] = useState(false);

  const archive = async (body: Record<string, unknown>) => {
    setError(null);
    setDone("");
    setBusy(true);
    try {
      const { source } = await api<{ source: { id: string; sha256: string } }>("/v1/admin/sources", {
        method: "POST",
        body,
      });
      forgetSource(source.id);
      setDone(t.archived(source.id, source.sha256));
      await read(source.id);
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };
  const read = async (id: string) => {
    setError(null);
    setOpenId(id);
    try {
      setOpen(await loadSource(id));
    } catch (refusal) {
      setError(refusal);
    }
  };
  const useSelection = () => {
    const selection = getSelection();
    const reader = document.getElementById("source-text");
    const chosen =
      selection && reader && selection.rangeCount > 0 && reader.contains(selection.anchorNode)
        ? selection.toString().trim()
        : "";
    if (!chosen || !open) {
      setHint(t.selectFirst);
      return;
    }
    setHint("");
    onUseQuote?.(open.id, chosen);
  };
  const ids = [...new Set(known.filter(Boolean))];

  return (
    <section class="sources panel" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sourcesTitle}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          archive(captureId ? { url, id: captureId } : { url });
        }}
      >
        <h3>{t.archiveUrl}</h3>
        <TextField path="capture.url" label={t.sourceUrl} value={url} onValue={setUrl} type="url" dir="ltr" />
        <TextField path="capture.id" label={t.sourceId} value={captureId} onValue={setCaptureId} dir="ltr" />
        <button type="submit" disabled={busy || !url}>
          {t.archiveUrlButton}
        </button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const body: Record<string, unknown> = { ...paste, archivedAt: new Date().toISOString() };
          if (!paste.url) delete body.url;
          archive(body);
        }}
      >
        <h3>{t.pasteTitle}</h3>
        <TextField
          path="paste.id"
          label={t.sourceId}
          value={paste.id}
          onValue={(id) => setPaste({ ...paste, id })}
          dir="ltr"
        />
        <TextField
          path="paste.title"
          label={t.sourceTitle}
          value={paste.title}
          onValue={(title) => setPaste({ ...paste, title })}
        />
        <TextField
          path="paste.publisher"
          label={t.publisher}
          value={paste.publisher}
          onValue={(publisher) => setPaste({ ...paste, publisher })}
        />
        <TextField
          path="paste.url"
          label={t.sourceUrl}
          value={paste.url}
          onValue={(u) => setPaste({ ...paste, url: u })}
          type="url"
          dir="ltr"
        />
        <TextField
          path="paste.text"
          label={t.text}
          value={paste.text}
          onValue={(text) => setPaste({ ...paste, text })}
          multiline
        />
        <button type="submit" disabled={busy || !paste.text}>
          {t.pasteButton}
        </button>
      </form>
      <Refused error={error} />
      {done && (
        <p class="done" role="status">
          {done}
        </p>
      )}
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (openId) read(openId);
        }}
      >
        <label for="read-source">{t.sourceId}</label>
        <input
          id="read-source"
          list="known-sources"
          value={openId}
          dir="ltr"
          onInput={(e) => setOpenId(e.currentTarget.value)}
        />
        <datalist id="known-sources">
          {ids.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
        <button type="submit">{t.openSource}</button>
      </form>
      {open && (
        <article class="reader" aria-labelledby="reader-title">
          <h3 id="reader-title">
            {open.title} — {open.publisher}
          </h3>
          <p class="meta" dir="ltr">
            {open.id} · SHA-256 {open.sha256.slice(0, 16)}… · {open.archivedAt}
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling text must be reachable by keyboard to be read and selected */}
          <div id="source-text" class="source-text" tabIndex={0} lang={open.lang} dir={open.dir ?? "auto"}>
            {open.text}
          </div>
          {onUseQuote && (
            <button type="button" onClick={useSelection}>
              {t.useAsQuote}
            </button>
          )}
          {hint && <p role="status">{hint}</p>}
        </article>
      )}
    </section>
  );
}

/** The Sources page of the navigation: archiving and reading without a card. */
export function SourcesPage() {
  return (
    <div class="page">
      <Sources />
    </div>
  );
}
