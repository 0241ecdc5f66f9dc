// src/parse/eml-lines.ts, eml-headers.ts, eml-structure.ts and eml-decode.ts mirror postal-mime's
// line reading, header unfolding, MIME walk and decoders step for step, to know where in the
// file each character of the text postal-mime returns comes from. package.json pins postal-mime
// to the minor version they were written against; this test fails when an upgrade (a patch
// release included) changes the postal-mime sources they follow.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const RECORDED = {
  version: "4.0.0",
  sha256: {
    "src/postal-mime.ts": "8ac7679d469e9a60f5ce1b40862cae436de549c4fab438ea70b2855cdc0e484c",
    "src/mime-node.ts": "06fd9f49bf373cd24c5b28dea56fe9b1ebb9522c155a866bbce73896d6dedf20",
    "src/decode-strings.ts": "499c1da0e9431afa5a8cc168d0e1720aa234ee5beadf452cabca58b4af6471e2",
    "src/qp-decoder.ts": "654f731b4b27a4039d28d907c6a55562af1e723bceb288a630769df991bd273a",
    "src/base64-decoder.ts": "1f389407943ff60c1e1cd7f64ae6476da9374f5ce637982bdfea3d74b00ae8a6",
    "src/pass-through-decoder.ts": "8b337e93740afbad2432622d38a2261541d9f58ecce7e92dd43c4d535b314b52",
  } as Record<string, string>,
};

const ADVICE =
  "postal-mime changed. Re-check that src/parse/eml-lines.ts, eml-headers.ts, eml-structure.ts and eml-decode.ts " +
  "still do what its line reading, header unfolding, MIME walk and decoders do (diff the old and new sources), " +
  "update them, then record the new version and hashes in this test and the version range in package.json";

describe("postal-mime", () => {
  const manifestPath = createRequire(import.meta.url).resolve("postal-mime/package.json");
  const root = path.dirname(manifestPath);

  it("is the version the .eml position mapping mirrors", () => {
    const installed = (JSON.parse(readFileSync(manifestPath, "utf8")) as { version: string }).version;
    expect(installed, ADVICE).toBe(RECORDED.version);
  });

  it("has the sources the .eml position mapping mirrors", () => {
    const actual: Record<string, string> = {};
    for (const file of Object.keys(RECORDED.sha256)) {
      let text: Buffer | undefined;
      try {
        text = readFileSync(path.join(root, file));
      } catch {
        // Missing: shown as such in the comparison.
      }
      actual[file] = text ? createHash("sha256").update(text).digest("hex") : "missing";
    }
    expect(actual, ADVICE).toEqual(RECORDED.sha256);
  });
});
