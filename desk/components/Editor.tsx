import { LANGS } from "../../common/languages";
import { VERDICT_KEYS, verdictLabel, verdictMeaning } from "../../common/verdicts";
import { CLAIMANT_KINDS, STANCES } from "../../worker/domain/schema/card";
import { useDesk } from "../context";
import type { Draft } from "../draft";
import type { AnchorState, Verification } from "../verification";
import { SelectField, TextField } from "./fields";

export interface EditorProps {
  draft: Draft;
  set: (path: (string | number)[], value: unknown) => void;
  problems: Map<string, string>;
  verification: Verification;
  isNew: boolean;
}

/** Every field of the card model, each with its problem beside it. */
export function Editor({ draft, set, problems, verification, isNew }: EditorProps) {
  const { t, lang } = useDesk();
  const f = t.fields;
  const p = (path: string) => problems.get(path);
  const text = (
    path: (string | number)[],
    label: string,
    value: string | undefined,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => {
    const key = path.map((k, i) => (typeof k === "number" ? `[${k}]` : i ? `.${k}` : k)).join("");
    return (
      <TextField
        key={key}
        path={key}
        label={label}
        value={value}
        onValue={(v) => set(path, v)}
        problem={p(key)}
        {...extra}
      />
    );
  };
  const list = <T,>(
    at: (string | number)[],
    items: T[],
    empty: T,
    render: (item: T, i: number) => preact.ComponentChildren,
    label: (n: number) => string,
  ) => (
    <>
      {items.map((item, i) => (
        <fieldset key={i} class="item">
          <legend>{label(i + 1)}</legend>
          {render(item, i)}
          <button
            type="button"
            class="quiet"
            onClick={() =>
              set(
                at,
                items.filter((_, j) => j !== i),
              )
            }
          >
            {t.remove} — {label(i + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => set(at, [...items, empty])}>
        {t.add}: {label(items.length + 1)}
      </button>
      {p(at.join(".")) && <p class="problem">{p(at.join("."))}</p>}
    </>
  );
  const appearances = draft.claim.appearances ?? [];
  const claimIssues = (key: string) => p(`claim.${key}`);

  return (
    <div class="editor">
      {isNew ? text(["id"], f.id!, draft.id, { dir: "ltr" }) : <p class="card-id">{draft.id}</p>}
      <SelectField
        path="lang"
        label={f.lang!}
        value={draft.lang}
        options={LANGS.map((l) => [l, l] as const)}
        onValue={(v) => set(["lang"], v)}
        problem={p("lang")}
      />
      {text(["claim", "text"], f.claimText!, draft.claim.text, { multiline: true, lang: draft.lang })}
      {text(["claim", "claimant", "name"], f.claimantName!, draft.claim.claimant.name)}
      <SelectField
        path="claim.claimant.kind"
        label={f.claimantKind!}
        value={draft.claim.claimant.kind}
        options={CLAIMANT_KINDS.map((k) => [k, t.claimantKinds[k]] as const)}
        onValue={(v) => set(["claim", "claimant", "kind"], v)}
        problem={claimIssues("claimant.kind")}
      />
      {text(["claim", "claimant", "url"], f.claimantUrl!, draft.claim.claimant.url, { type: "url", dir: "ltr" })}
      {text(["claim", "date"], f.claimDate!, draft.claim.date, { dir: "ltr" })}
      <fieldset class="group">
        <legend>{f.appearances}</legend>
        {list(
          ["claim", "appearances"],
          appearances,
          { url: "" },
          (_, i) => (
            <>
              {text(["claim", "appearances", i, "url"], f.url!, appearances[i]!.url, { type: "url", dir: "ltr" })}
              {text(["claim", "appearances", i, "title"], f.title!, appearances[i]!.title)}
              {text(["claim", "appearances", i, "date"], f.date!, appearances[i]!.date, { dir: "ltr" })}
            </>
          ),
          t.appearance,
        )}
      </fieldset>

      <fieldset class="group verdicts">
        <legend>{f.verdict}</legend>
        {VERDICT_KEYS.map((key) => (
          <label key={key} class="verdict-choice">
            <input
              type="radio"
              name="verdict"
              value={key}
              checked={draft.verdict === key}
              onChange={() => set(["verdict"], key)}
            />
            <span class={`verdict v-${key}`}>{verdictLabel(key, lang)}</span>{" "}
            <span class="meaning">{verdictMeaning(key, lang)}</span>
          </label>
        ))}
        {p("verdict") && <p class="problem">{p("verdict")}</p>}
      </fieldset>
      {text(["summary"], f.summary!, draft.summary, { multiline: true, lang: draft.lang })}

      <fieldset class="group" id="attributions">
        <legend>{f.attributions}</legend>
        {list(
          ["attributions"],
          draft.attributions,
          { source: "", quote: "", stance: "contradicts" },
          (a, i) => {
            const q = verification.quotes[i];
            return (
              <>
                {text(["attributions", i, "source"], f.source!, a.source, { dir: "ltr" })}
                {text(["attributions", i, "quote"], f.quote!, a.quote, {
                  multiline: true,
                  hint: q && <QuoteStatus state={q} onUse={(passage) => set(["attributions", i, "quote"], passage)} />,
                })}
                <SelectField
                  path={`attributions[${i}].stance`}
                  label={f.stance!}
                  value={a.stance}
                  options={STANCES.map((s) => [s, t.stances[s]] as const)}
                  onValue={(v) => set(["attributions", i, "stance"], v)}
                />
                {text(["attributions", i, "note"], f.note!, a.note)}
              </>
            );
          },
          t.attribution,
        )}
      </fieldset>

      <fieldset class="group">
        <legend>{f.articles}</legend>
        {list(
          ["articles"],
          draft.articles,
          { url: "" },
          (a, i) => (
            <>
              {text(["articles", i, "url"], f.url!, a.url, { type: "url", dir: "ltr" })}
              {text(["articles", i, "anchor", "exact"], f.anchorExact!, a.anchor?.exact, {
                multiline: true,
                hint: verification.anchors[i] && <AnchorStatus state={verification.anchors[i]!} />,
              })}
              {text(["articles", i, "anchor", "prefix"], f.anchorPrefix!, a.anchor?.prefix)}
              {text(["articles", i, "anchor", "suffix"], f.anchorSuffix!, a.anchor?.suffix)}
            </>
          ),
          t.article,
        )}
      </fieldset>

      <fieldset class="group">
        <legend>{f.authors}</legend>
        {list(
          ["authors"],
          draft.authors,
          { id: "", name: "" },
          (a, i) => (
            <>
              {text(["authors", i, "id"], f.personId!, a.id, { dir: "ltr" })}
              {text(["authors", i, "name"], f.personName!, a.name)}
            </>
          ),
          t.author,
        )}
      </fieldset>

      {text(["reviewer", "name"], f.reviewerName!, draft.reviewer.name)}
      {text(["reviewer", "url"], f.reviewerUrl!, draft.reviewer.url, { type: "url", dir: "ltr" })}

      <fieldset class="group">
        <legend>{f.translations}</legend>
        {LANGS.filter((l) => l !== draft.lang).map((l) => {
          const tr = draft.translations?.[l] ?? {};
          return (
            <fieldset key={l} class="item" lang={l}>
              <legend>{t.translation(l)}</legend>
              {text(["translations", l, "claim"], f.claimText!, tr.claim, { multiline: true, lang: l })}
              {text(["translations", l, "claimant"], f.claimantName!, tr.claimant, { lang: l })}
              {text(["translations", l, "summary"], f.summary!, tr.summary, { multiline: true, lang: l })}
            </fieldset>
          );
        })}
      </fieldset>
      <TextField
        path="tags"
        label={f.tags!}
        value={(draft.tags ?? []).join(", ")}
        dir="ltr"
        onValue={(v) =>
          set(
            ["tags"],
            v
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          )
        }
        problem={[...problems].find(([path]) => path.startsWith("tags"))?.[1]}
      />
    </div>
  );
}

/** Whether a quote is in its archived source, and the closest passage when it is not. */
function QuoteStatus({ state, onUse }: { state: Verification["quotes"][number]; onUse: (passage: string) => void }) {
  const { t } = useDesk();
  if (state.state === "checking") return <span class="checking">{t.loading}</span>;
  if (state.state === "no-source") return <span class="quote-missing">✗ {t.sourceUnknown}</span>;
  if (state.state === "found") return <span class="quote-found">✓ {t.quoteFound}</span>;
  return (
    <span class="quote-missing">
      ✗ {t.quoteNotFound}
      {state.closest && (
        <>
          . {t.closest}: <q>{state.closest}</q>{" "}
          <button type="button" class="quiet" onClick={() => onUse(state.closest!)}>
            {t.useClosest}
          </button>
        </>
      )}
    </span>
  );
}

/** Whether an article's anchored sentence is in the article's archived copy. */
function AnchorStatus({ state }: { state: AnchorState }) {
  const { t } = useDesk();
  if (state.state === "checking") return <span class="checking">{t.loading}</span>;
  if (state.state === "not-archived") return <span class="anchor-unchecked">{t.articleNotArchived}</span>;
  if (state.state === "found") return <span class="quote-found">✓ {t.anchorFound}</span>;
  return <span class="quote-missing">✗ {state.missing === "text" ? t.anchorNotFound : t.anchorOutOfContext}</span>;
}
