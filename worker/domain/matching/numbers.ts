/**
 * Numbers as numbers: `20,000`, `20000`, `۲۰٬۰۰۰`, `٢٠٠٠٠`, `20 thousand`
 * and `۲۰ هزار` are one number. Input is text already through
 * normalizeForMatching (Persian and Arabic-Indic digits are ASCII by then)
 * and lower-cased.
 */

const SCALES: Record<string, number> = {
  hundred: 100,
  صد: 100,
  thousand: 1_000,
  هزار: 1_000,
  million: 1_000_000,
  میلیون: 1_000_000,
  billion: 1_000_000_000,
  میلیارد: 1_000_000_000,
};

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  یک: 1,
  دو: 2,
  سه: 3,
  چهار: 4,
  پنج: 5,
  شش: 6,
  هفت: 7,
  هشت: 8,
  نه: 9,
  ده: 10,
  بیست: 20,
  سی: 30,
  چهل: 40,
  پنجاه: 50,
};

// Digits with thousands separators (`,` or the Arabic `٬`) and an optional
// decimal part (`.` or the Arabic `٫`), or a number word; then maybe a scale.
const NUMBER = new RegExp(
  `(\\d{1,3}(?:[,٬]\\d{3})+|\\d+)(?:[.٫](\\d+))?|(?<![\\p{L}\\p{N}])(${Object.keys(WORDS).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
const SCALE_AFTER = new RegExp(`^\\s*(${Object.keys(SCALES).join("|")})(?![\\p{L}\\p{N}])`, "u");

/** A number found in text: its value and where it sits. */
export interface FoundNumber {
  value: number;
  start: number;
  end: number;
}

/** Every number in `text`, scales applied (`20 thousand` → 20000). */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index ?? 0;
    let end = start + match[0].length;
    let value: number;
    if (match[3]) {
      // A number word counts only with a scale after it ("twenty thousand"),
      // or a bare word would make "one of the prisoners" the number 1.
      const scale = SCALE_AFTER.exec(text.slice(end));
      if (!scale) continue;
      value = WORDS[match[3]]! * SCALES[scale[1]!]!;
      end += scale[0].length;
    } else {
      value = Number(`${match[1]!.replace(/[,٬]/g, "")}${match[2] ? `.${match[2]}` : ""}`);
      const scale = SCALE_AFTER.exec(text.slice(end));
      if (scale) {
        value *= SCALES[scale[1]!]!;
        end += scale[0].length;
      }
    }
    found.push({ value, start, end });
  }
  return found;
}
