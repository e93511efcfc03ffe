import { useState } from "preact/hooks";
import { api } from "../api";
import { type Me, useDesk } from "../context";
import { Refused } from "../Refused";

/**
 * Sign-in with a personal token. A plain form posting to /desk/session (it
 * works without script too); with script it posts JSON and stays on the page.
 * The token goes to the server once and is never kept in this browser.
 */
export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useDesk();
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem("token") as HTMLInputElement;
    setError(null);
    try {
      const me = await api<Me>("/desk/session", { method: "POST", body: { token: input.value } });
      input.value = "";
      onSignedIn(me);
    } catch (refusal) {
      setError(refusal);
    }
  };
  return (
    <form class="sign-in panel" method="post" action="/desk/session" onSubmit={submit}>
      <h1>{t.signIn}</h1>
      <p>{t.signInHelp}</p>
      <label for="token">{t.token}</label>
      <input id="token" name="token" type="password" autocomplete="off" required minLength={16} dir="ltr" />
      <Refused error={error} />
      <button type="submit" class="primary">
        {t.signIn}
      </button>
    </form>
  );
}
