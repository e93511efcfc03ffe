/** API tokens (admin only): create for a person (shown once), list, revoke. */
import { apiConfig, callApi } from "./api";
import { COMMON, type Command, note, out, parse, parseArgs, positionalArgs, required, show } from "./args";

export const tokenCommands: Command[] = [
  {
    name: "token create",
    args: "--person <id>",
    summary: "create a token for a person (people add / people list); it is printed once, never again",
    help: [
      "The token acts as that person, with their name and role; a person may hold several",
      "(one per device or script). The audit log records the person and the token.",
      "Only the token goes to stdout, so",
      "  TOKEN=$(npm run -s cards -- token create --person sara-karimi)",
      "captures it; the explanation goes to stderr.",
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: { ...COMMON, person: { type: "string" } },
          allowPositionals: true,
          strict: true,
        }),
      );
      positionalArgs(positionals, []);
      const person = required(values.person, "person");
      const { body } = await callApi(apiConfig(), "/tokens", { body: { person } });
      if (values.json) {
        out(JSON.stringify(body, null, 2));
        return;
      }
      note(`Created ${/^[aeiou]/.test(body.role) ? "an" : "a"} ${body.role} token for "${body.name}" (id ${body.id}).`);
      note("This is the only time it is shown: give it to them now (it is stored only as a hash).");
      out(body.token);
    },
  },
  {
    name: "token list",
    args: "",
    summary: "every token: id, role, person's name and id, created, revoked (never the token itself)",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      positionalArgs(positionals, []);
      const { body } = await callApi(apiConfig(), "/tokens");
      show(values.json, body, () =>
        (body.data as any[]).map(
          (t) =>
            `${t.id}  ${String(t.role).padEnd(8)}  ${t.name} (${t.personId ?? "no person"})  created ${t.createdAt} by ${t.createdBy}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ""}`,
        ),
      );
    },
  },
  {
    name: "token revoke",
    args: "<id>",
    summary: "revoke a token at once (its id from token list)",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<id>"]) as [string];
      await callApi(apiConfig(), `/tokens/${encodeURIComponent(id)}`, { method: "DELETE" });
      show(values.json, { revoked: id }, () => [`Revoked token ${id}.`]);
    },
  },
];
