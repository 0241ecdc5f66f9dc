// Validates values against the small JSON Schema subset rules use for their options
// (OptionsSchema in src/types.ts). A full validator such as ajv would cost start-up time on
// every run for the handful of shapes rule options have.
import type { OptionsSchema } from "../types.js";

/** Returns the problems found, each naming the path of the offending value; [] when valid. */
export function validateAgainstSchema(value: unknown, schema: OptionsSchema, path = "options"): string[] {
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value as string | number | boolean)) {
    problems.push(`${path} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`);
    return problems;
  }
  switch (schema.type) {
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${path} must be an object`];
      const properties = schema.properties ?? {};
      for (const [key, child] of Object.entries(value)) {
        const childSchema = properties[key];
        if (childSchema) problems.push(...validateAgainstSchema(child, childSchema, `${path}.${key}`));
        else if (schema.additionalProperties === false) {
          const known = Object.keys(properties);
          problems.push(`${path} has unknown option "${key}"${known.length ? ` (valid: ${known.join(", ")})` : ""}`);
        }
      }
      break;
    }
    case "array":
      if (!Array.isArray(value)) return [`${path} must be an array`];
      if (schema.items) value.forEach((item, i) => problems.push(...validateAgainstSchema(item, schema.items!, `${path}[${i}]`)));
      break;
    case "string":
      if (typeof value !== "string") problems.push(`${path} must be a string`);
      break;
    case "boolean":
      if (typeof value !== "boolean") problems.push(`${path} must be true or false`);
      break;
    case "number":
    case "integer":
      if (typeof value !== "number" || Number.isNaN(value) || (schema.type === "integer" && !Number.isInteger(value))) {
        problems.push(`${path} must be ${schema.type === "integer" ? "an integer" : "a number"}`);
      } else if (schema.minimum !== undefined && value < schema.minimum) {
        problems.push(`${path} must be at least ${schema.minimum}`);
      }
      break;
  }
  return problems;
}
