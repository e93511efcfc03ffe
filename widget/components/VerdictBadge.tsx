import type { VerdictKey } from "../../common/verdicts";

/** A shape per verdict so the badge reads without colour. */
const ICONS: Record<VerdictKey, string> = {
  false: "✗",
  misleading: "!",
  "needs-context": "i",
  "mostly-accurate": "≈",
  accurate: "✓",
  unverified: "?",
};

interface Props {
  verdict: VerdictKey;
  label: string;
  caption: string;
}

/** The verdict as icon + words; colour only reinforces it. */
export function VerdictBadge({ verdict, label, caption }: Props) {
  return (
    <p class={`verdict verdict-${verdict}`}>
      <span class="verdict-icon" aria-hidden="true">
        {ICONS[verdict] ?? "?"}
      </span>
      <span class="vh">{caption}: </span>
      <span class="verdict-label">{label}</span>
    </p>
  );
}
