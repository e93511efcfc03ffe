import { useEffect, useState } from "preact/hooks";
import { ROLES } from "../../worker/domain/roles";
import { api } from "../api";
import { useDesk } from "../context";
import { Refused } from "../Refused";
import { SelectField, TextField } from "./fields";

interface Person {
  id: string;
  name: string;
  role: (typeof ROLES)[number];
  revokedAt: string | null;
}
interface Token {
  id: string;
  personId: string | null;
  name: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}

/** People and their tokens (admins): add, list, revoke; a new token is shown once. */
export function People() {
  const { t } = useDesk();
  const [people, setPeople] = useState<Person[]>([]);
  const [tokens, setTokens] = useState<Token[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [name, setName] = useState("");
  const [role, setRole] = useState<string>("editor");
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);

  const reload = async () => {
    const [p, k] = await Promise.all([
      api<{ data: Person[] }>("/v1/admin/people"),
      api<{ data: Token[] }>("/v1/admin/tokens"),
    ]);
    setPeople(p.data);
    setTokens(k.data);
  };
  useEffect(() => {
    reload().catch(setError);
  }, []);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await reload();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <div class="page people">
      <section class="panel" aria-labelledby="people-title">
        <h1 id="people-title">{t.peopleTitle}</h1>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              await api("/v1/admin/people", { method: "POST", body: { name, role } });
              setName("");
            });
          }}
        >
          <TextField path="person.name" label={t.name} value={name} onValue={setName} />
          <SelectField
            path="person.role"
            label={t.role}
            value={role}
            options={ROLES.map((r) => [r, t.roles[r]] as const)}
            onValue={setRole}
          />
          <button type="submit" disabled={!name.trim()}>
            {t.addPerson}
          </button>
        </form>
        <Refused error={error} />
        {fresh && (
          <div class="fresh-token" role="status">
            <p>
              {t.tokenShownOnce} ({fresh.name})
            </p>
            <output dir="ltr">{fresh.token}</output>
            <button type="button" onClick={() => setFresh(null)}>
              {t.close}
            </button>
          </div>
        )}
        <table>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">id</th>
              <th scope="col">
                <span class="sr-only">{t.newToken}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} class={person.revokedAt ? "revoked" : ""}>
                <td>{person.name}</td>
                <td>{person.revokedAt ? t.revoked : t.roles[person.role]}</td>
                <td dir="ltr">
                  <code>{person.id}</code>
                </td>
                <td>
                  {!person.revokedAt && (
                    <>
                      <button
                        type="button"
                        onClick={() =>
                          run(async () => {
                            const made = await api<{ token: string; name: string }>("/v1/admin/tokens", {
                              method: "POST",
                              body: { person: person.id },
                            });
                            setFresh({ name: made.name, token: made.token });
                          })
                        }
                      >
                        {t.newToken}
                        <span class="sr-only"> — {person.name}</span>
                      </button>{" "}
                      <button
                        type="button"
                        class="danger"
                        onClick={() =>
                          run(() => api(`/v1/admin/people/${encodeURIComponent(person.id)}`, { method: "DELETE" }))
                        }
                      >
                        {t.revoke}
                        <span class="sr-only"> — {person.name}</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t.tokensTitle}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">id</th>
              <th scope="col">{t.columns.changed}</th>
              <th scope="col">
                <span class="sr-only">{t.revoke}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} class={token.revokedAt ? "revoked" : ""}>
                <td>{token.name}</td>
                <td dir="ltr">
                  <code>{token.id.slice(0, 8)}</code>
                </td>
                <td dir="ltr">{(token.revokedAt ?? token.createdAt).slice(0, 10)}</td>
                <td>
                  {token.revokedAt ? (
                    t.revoked
                  ) : (
                    <button
                      type="button"
                      class="danger"
                      onClick={() =>
                        run(() => api(`/v1/admin/tokens/${encodeURIComponent(token.id)}`, { method: "DELETE" }))
                      }
                    >
                      {t.revoke}
                      <span class="sr-only"> — {token.id.slice(0, 8)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
