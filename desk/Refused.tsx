import { describeRefusal } from "./api";
import { useDesk } from "./context";

/** A refusal from the server, in its own words, announced to screen readers. */
export function Refused({ error }: { error: unknown }) {
  const { t } = useDesk();
  if (!error) return null;
  const [message, ...issues] = describeRefusal(error);
  return (
    <div class="refused" role="alert">
      <strong>{t.refused}:</strong> {message}
      {issues.length > 0 && (
        <ul>
          {issues.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
