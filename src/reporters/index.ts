import { compact } from "./compact.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Reporter } from "./types.js";

export type { Reporter, ReporterContext } from "./types.js";

export const reporters: Record<string, Reporter> = { stylish, compact, json, sarif, github, junit };
