import type { ComponentChildren } from "preact";

/** A form control's id from its field path: `attributions[0].quote` → `f-attributions-0-quote`. */
export const fieldId = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-$/, "")}`;

interface FieldProps {
  path: string;
  label: string;
  value: string | undefined;
  onValue: (value: string) => void;
  problem?: string | undefined;
  multiline?: boolean;
  type?: string;
  dir?: "ltr" | "rtl" | "auto";
  hint?: ComponentChildren;
  lang?: string;
}

/** A labelled text field with its problem beside it (announced, and tied to the control). */
export function TextField({
  path,
  label,
  value,
  onValue,
  problem,
  multiline,
  type = "text",
  dir = "auto",
  hint,
  lang,
}: FieldProps) {
  const id = fieldId(path);
  const described = [problem ? `${id}-problem` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: path,
    value: value ?? "",
    dir,
    lang,
    "aria-invalid": problem ? ("true" as const) : undefined,
    "aria-describedby": described,
    onInput: (event: Event) => onValue((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${problem ? " invalid" : ""}`}>
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
      {hint && (
        <div id={`${id}-hint`} class="hint">
          {hint}
        </div>
      )}
      {problem && (
        <p id={`${id}-problem`} class="problem">
          {problem}
        </p>
      )}
    </div>
  );
}

interface SelectProps {
  path: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onValue: (value: string) => void;
  problem?: string | undefined;
}

export function SelectField({ path, label, value, options, onValue, problem }: SelectProps) {
  const id = fieldId(path);
  return (
    <div class={`field${problem ? " invalid" : ""}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={problem ? "true" : undefined}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
      {problem && <p class="problem">{problem}</p>}
    </div>
  );
}
