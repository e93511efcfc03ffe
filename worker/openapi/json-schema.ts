import { toJsonSchema, toJsonSchemaDefs } from "@valibot/to-json-schema";
import type * as v from "valibot";

/**
 * A valibot schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect).
 * Transforms (e.g. `limit` text → number) have no JSON Schema form; the
 * text rules before them are what clients must send, so those are kept.
 */
export function jsonSchema(schema: v.GenericSchema): Record<string, unknown> {
  const { $schema: _, ...rest } = toJsonSchema(schema, { target: "draft-2020-12", errorMode: "ignore" }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** OpenAPI query parameters from a valibot object schema of the query string. */
export function queryParameters(
  schema: v.ObjectSchema<v.ObjectEntries, undefined>,
  descriptions: Record<string, string>,
) {
  const object = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: object.required?.includes(name) ?? false,
    description: descriptions[name],
    schema: property,
  }));
}

/**
 * Named valibot schemas as OpenAPI components. A named schema nested in
 * another becomes a `$ref` to its component, so each is written out once.
 */
export function componentSchemas<Names extends string>(
  named: Record<Names, v.GenericSchema>,
): Record<Names, Record<string, unknown>> {
  return toJsonSchemaDefs(named, {
    target: "draft-2020-12",
    errorMode: "ignore",
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  }) as Record<Names, Record<string, unknown>>;
}
