// internal-content: a link to a host that only resolves inside a network is the reader's own when
// its line names the reader's machine or network ("Open http://localhost:8080 in your browser",
// "Ihr Router unter http://192.168.178.1"): setup instructions, no leak. The same host without such
// words, or with "ihrem Rechner" (hers, lower case), is ours.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { mail } from "./support-drafts.js";

new RuleTester().run(rule, {
  valid: [
    ["en", "Open http://localhost:8080 in your browser and log in as admin."],
    ["en", "Your server should answer on http://192.168.1.10:8443/setup once the update is in."],
    ["en", "On your own network the dashboard is at http://dashboard.local/ after the restart."],
    ["de", "Ihr Router ist unter http://192.168.178.1 erreichbar; dort stellen Sie den Port frei."],
    ["de", "Öffnen Sie auf Ihrem Rechner http://localhost:3000 im Browser."],
  ].map(([language, line]) => ({ name: `${language}: ${line}`, filename: "d.eml", code: mail(language as "de" | "en", line) })),
  invalid: [
    ["en", "Details are in our wiki at http://wiki.intranet.local/customers/holt.", /network|intern/],
    ["en", "Your ticket is at http://jira/SUP-4471 if you need it.", /network|intern/],
    ["de", "Die Kundin kann es auf ihrem Rechner nicht öffnen, siehe http://wiki.intranet.local/kunden/holt", /Netz|intern/],
  ].map(([language, line, message]) => ({
    name: `${language}: ${line}`,
    filename: "d.eml",
    code: mail(language as "de" | "en", line as string),
    errors: [{ line: 9, message: message as RegExp }],
  })),
});
