#!/usr/bin/env node
// Tiny launcher into the built CLI (npm run build writes dist/).
import { main } from "../dist/src/cli.js";

process.exitCode = await main(process.argv.slice(2));
