// Preloaded with `node --import` into the mail-lint CLI by privacy.test.ts: every way Node
// opens a network connection or resolves a host name is replaced by a function that reports
// the attempt on stderr and ends the process with exit code 97. A run that finishes with its
// normal exit code therefore opened no connection.
import dgram from "node:dgram";
import dns from "node:dns";
import http from "node:http";
import http2 from "node:http2";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

export const NETWORK_ATTEMPT_EXIT_CODE = 97;

function refuse(api) {
  return function networkAttempt() {
    process.stderr.write(`mail-lint network guard: ${api} was called\n`);
    process.exit(NETWORK_ATTEMPT_EXIT_CODE);
  };
}

const guarded = [
  [net.Socket.prototype, "connect", "net.Socket#connect"],
  [net, "connect", "net.connect"],
  [net, "createConnection", "net.createConnection"],
  [net, "createServer", "net.createServer"],
  [tls, "connect", "tls.connect"],
  [http, "request", "http.request"],
  [http, "get", "http.get"],
  [http, "createServer", "http.createServer"],
  [https, "request", "https.request"],
  [https, "get", "https.get"],
  [http2, "connect", "http2.connect"],
  [dgram, "createSocket", "dgram.createSocket"],
  [dns, "lookup", "dns.lookup"],
  [dns, "resolve", "dns.resolve"],
  [dns, "resolve4", "dns.resolve4"],
  [dns, "resolve6", "dns.resolve6"],
  [dns, "resolveAny", "dns.resolveAny"],
  [dns.promises, "lookup", "dns.promises.lookup"],
  [dns.promises, "resolve", "dns.promises.resolve"],
  [globalThis, "fetch", "fetch"],
  [globalThis, "WebSocket", "WebSocket"],
  [globalThis, "EventSource", "EventSource"],
];
for (const [target, name, api] of guarded) {
  if (target && name in target) Object.defineProperty(target, name, { value: refuse(api), writable: true, configurable: true });
}
