import { createConfig, lintFromString, type NormalizedProblem } from "@redocly/openapi-core";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../worker/openapi/spec";

const document = () => openApiDocument("https://cards.example.org");

/** One line per problem, so a failure says what to fix and where. */
const describeProblem = (problem: NormalizedProblem) =>
  `${problem.severity} ${problem.ruleId} at ${problem.location.map((l) => l.pointer ?? "").join(", ")}: ${problem.message}`;

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(document() as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  // What client generators and API linters expect: security on every
  // operation, operationIds, a 4xx everywhere, a license, response schemas.
  it("passes Redocly's recommended ruleset with no errors and no warnings", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({
      source: JSON.stringify(document(), null, 2),
      absoluteRef: "openapi.json",
      config,
    });
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it("gives every response with a body a schema", () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(document().paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const { responses } = operation as {
          responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
        };
        for (const [status, response] of Object.entries(responses)) {
          if (status === "204" || status === "304") continue;
          const media = Object.entries(response.content ?? {});
          if (media.length === 0) missing.push(`${method} ${path} ${status}: no content`);
          for (const [type, { schema }] of media)
            if (!schema) missing.push(`${method} ${path} ${status} ${type}: no schema`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
