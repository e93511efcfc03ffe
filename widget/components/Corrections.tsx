import { formatDate } from "../../common/format";
import type { Strings } from "../../common/strings";
import type { Correction } from "../../worker/domain/schema/card";

interface Props {
  corrections: Correction[];
  strings: Strings;
  lang: string;
}

/** Every correction, dated: readers must see what changed. */
export function Corrections({ corrections, strings, lang }: Props) {
  if (!corrections.length) return null;
  return (
    <div class="corrections">
      <h4>{strings.corrections}</h4>
      <ul>
        {corrections.map((correction, i) => (
          <li key={i}>
            <time dateTime={correction.date}>{formatDate(correction.date, lang)}</time>: {correction.note}
          </li>
        ))}
      </ul>
    </div>
  );
}
