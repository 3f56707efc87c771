// Driver for Node.js clients: the built-in fetch (undici) and axios (from the project's locked
// node_modules). One process runs every scenario. Usage: node node_driver.mjs PLAN.json fetch|axios
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const client = process.argv[3];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(path.join(root, "package.json"));
const emit = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
const sleep = (s) => new Promise((r) => setTimeout(r, s * 1000));
const bodyOf = (c) => (c.body_size ? Buffer.alloc(c.body_size, "x") : c.body === null ? undefined : Buffer.from(c.body));
const text = (buf) => Buffer.from(buf).subarray(0, 64).toString("latin1");
// The header fields the client gave its caller, [name, value] pairs (an array value, such as
// axios's set-cookie, one pair per item), at most 30.
const fields = (entries) => entries.flatMap(([n, v]) => (Array.isArray(v) ? v : [v]).map((x) => [n.toLowerCase(), String(x).slice(0, 200)])).slice(0, 30);
const errorText = (e) => `${e.name || "Error"}: ${e.message}${e.cause ? " (" + (e.cause.code || e.cause.message) + ")" : ""}`.slice(0, 300);

async function viaFetch(c, timeout) {
  let url = c.url;
  if (c.auth) url = url.replace("http://", `http://${c.auth[0]}:${c.auth[1]}@`); // fetch has no other way to be given credentials
  // A string body, as most callers pass one (a Buffer body fails on a 307/308 in this undici: the
  // ArrayBuffer is detached after the first send; see docs/measurement.md).
  const body = c.body_size ? "x".repeat(c.body_size) : c.body === null ? undefined : c.body;
  const r = await fetch(url, { method: c.method, headers: c.headers, body, signal: AbortSignal.timeout(timeout * 1000) });
  return { status: r.status, reason: r.statusText, body: text(await r.arrayBuffer()), headers: fields([...r.headers]) };
}

async function viaAxios(axios, c, timeout) {
  const options = { url: c.url, method: c.method, headers: Object.fromEntries(c.headers), data: bodyOf(c), timeout: timeout * 1000,
    responseType: "arraybuffer", proxy: false };
  if (c.auth) options.auth = { username: c.auth[0], password: c.auth[1] };
  try {
    const r = await axios.request(options);
    return { status: r.status, reason: r.statusText, body: text(r.data), headers: fields(Object.entries(r.headers.toJSON())) };
  } catch (e) {
    if (e.response) return { status: e.response.status, reason: e.response.statusText, body: text(e.response.data), headers: fields(Object.entries(e.response.headers.toJSON())), error: errorText(e) };
    throw e;
  }
}

async function main() {
  let version, call;
  if (client === "axios") {
    const axios = require("axios");
    version = `axios ${require("axios/package.json").version} (Node.js ${process.version})`;
    call = (c, t) => viaAxios(axios, c, t);
  } else {
    version = `Node.js ${process.version} fetch (undici ${process.versions.undici})`;
    call = viaFetch;
  }
  emit({ version });
  for (const s of plan.scenarios) {
    const results = [];
    for (const c of s.calls) {
      if (c.delay) await sleep(c.delay);
      try { results.push(await call(c, s.timeout)); } catch (e) { results.push({ error: errorText(e) }); }
    }
    emit({ id: s.id, calls: results });
  }
}
main().then(() => process.exit(0));
