import { validator } from "hono/validator";
import type * as v from "valibot";
import { parseWith } from "../domain/schema/issues";
import { ApiError } from "./errors";

/**
 * Validates the query string with a valibot schema. A failure is a 400 that
 * names each bad parameter, in the common error shape.
 */
export function validQuery<S extends v.GenericSchema>(schema: S) {
  return validator("query", (value) => {
    const parsed = parseWith(schema, value);
    if (!parsed.ok) {
      const names = parsed.issues.map((issue) => issue.path).join(", ");
      throw new ApiError(400, "invalid_query", `Invalid query parameter: ${names}`, parsed.issues);
    }
    return parsed.value as v.InferOutput<S>;
  });
}
