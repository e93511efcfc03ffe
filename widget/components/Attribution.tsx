import { formatDate } from "../../common/format";
import { sourceStringsFor } from "../../common/strings";
import type { PublicAttribution } from "../../worker/domain/public-card";
import { ExternalLink } from "./ExternalLink";
import { safeHref } from "./safe-href";

export interface AttributionProps {
  attribution: PublicAttribution;
  /** The UI language (labels, dates). */
  lang: string;
  target: string;
}

/** One quoted source: its stance, the exact words, where they come from and the verified mark. */
export function Attribution({ attribution, lang, target }: AttributionProps) {
  const { source } = attribution;
  const strings = sourceStringsFor(lang);
  return (
    <li class={`attribution stance-${attribution.stance}`}>
      <p class="stance">{strings.stance[attribution.stance] ?? attribution.stance}</p>
      {/* Quotes stay in the source's language and direction. */}
      <blockquote class="quote" dir="auto" cite={safeHref(source.url)}>
        {attribution.quote}
      </blockquote>
      {attribution.note && (
        <p class="note" dir="auto">
          {attribution.note}
        </p>
      )}
      <p class="source" dir="auto">
        <ExternalLink href={source.url} target={target}>
          {source.title}
        </ExternalLink>
        {" — "}
        <span class="publisher">{source.publisher}</span>
        {source.publishedAt && <span class="date"> · {formatDate(source.publishedAt, lang)}</span>}
      </p>
      {attribution.quoteVerified && (
        <p class="verified" title={strings.verifiedTitle}>
          <span aria-hidden="true">✔ </span>
          {strings.verified}
          {" · "}
          {strings.archived} {formatDate(source.archivedAt, lang)}
          {source.archiveUrl && (
            <>
              {" · "}
              <ExternalLink href={source.archiveUrl} target={target}>
                {strings.archiveLink}
              </ExternalLink>
            </>
          )}
          <span class="sha" title={`SHA-256 ${source.sha256}`}>
            {" · "}
            <abbr title={`SHA-256 ${source.sha256}`}>{source.sha256.slice(0, 8)}</abbr>
          </span>
        </p>
      )}
    </li>
  );
}
