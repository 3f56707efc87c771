// Driver for Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver, no
// browser download): a page's fetch(), and top-level navigation, doing in the page exactly what
// the Python browser drivers do (page_scripts.js, loop as in browser_common.py). One browser runs
// every scenario; each scenario gets a fresh browser context.
// Usage: node firefox.mjs PLAN.json fetch|navigation
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "..", "..", "package.json"));
const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const mode = process.argv[3];
const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const SKIP_NAVIGATION = "a navigation is a GET or a form POST, with no header fields of the caller's own";
const emit = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
const sleep = (s) => new Promise((r) => setTimeout(r, s * 1000));
const errorText = (e) => `${e.name || "Error"}: ${String(e.message).split("\n")[0]}`.slice(0, 300);

// The `//# name` blocks of page_scripts.js, by name.
const scripts = {};
let current = "";
for (const row of readFileSync(path.join(here, "page_scripts.js"), "utf8").split("\n")) {
  if (row.startsWith("//# ")) { current = row.slice(4).trim(); scripts[current] = ""; } else if (current) scripts[current] += row + "\n";
}
const invoke = (name, argument) => `(${scripts[name].trim()})(${JSON.stringify(argument)})`;

async function answer(response) {
  if (!response) return { error: "NoResponse: the navigation gave no response" };
  let body = null;
  try { body = (await response.text()).slice(0, 64); } catch { /* this engine's BiDi gives no body for it */ }
  // A navigation hands the page no response header fields (see chromium.py); the status is what
  // the automation protocol reports, as for Chromium.
  return { status: response.status(), reason: response.statusText(), body, headers: null };
}

async function look(page, blank, c, timeout) {
  await page.goto(blank, { timeout: timeout * 1000 });
  await page.evaluate(invoke("act", [c.url, c.method, c.body]));
  const deadline = Date.now() + c.look * 1000;
  let state = {};
  while (Date.now() < deadline) {
    await sleep(0.1);
    try { state = (await page.evaluate(invoke("state", null))) || state; } catch { continue; }
    if (state.url !== blank && state.url !== "about:blank" && state.ready === "complete") break; // it passes through about:blank
  }
  if (state.status === null && state.url !== blank) {
    await sleep(0.3); // Navigation Timing may fill responseStatus in a moment after the load (SETTLE in browser_common.py)
    try { state = (await page.evaluate(invoke("state", null))) || state; } catch { /* keep what was read */ }
  }
  if (c.after) {
    await sleep(c.after);
    state = (await page.evaluate(invoke("state", null))) || state;
  }
  if (!state.url) return { error: "NoPage: the page could not be read" };
  return { status: state.status, reason: null, body: null, headers: null, page: { url: state.url, shown: state.shown, form: state.form } };
}

// A page that never answers (an engine waiting on something) is an error, not a hung run.
const bounded = (promise, seconds) => Promise.race([promise, sleep(seconds).then(() => ({ error: "Timeout: the page did not answer" }))]);

async function call(page, blank, c, timeout) {
  if (mode === "fetch") return await bounded(page.evaluate(invoke("fetch", [c, timeout])), timeout + 2);
  if (c.look) return await look(page, blank, c, timeout);
  if (c.method === "GET") return await answer(await page.goto(c.url, { timeout: timeout * 1000 }));
  await page.goto(blank, { timeout: timeout * 1000 });
  const [response] = await Promise.all([
    page.waitForNavigation({ timeout: timeout * 1000 }),
    page.evaluate(invoke("form", [c.url, c.body || "", c.body_size])),
  ]);
  return await answer(response);
}

async function main() {
  const puppeteer = require("puppeteer-core");
  let browser;
  try {
    browser = await puppeteer.launch({ browser: "firefox", protocol: "webDriverBiDi", executablePath: FIREFOX, headless: true,
      timeout: 60000, extraPrefsFirefox: { "network.proxy.type": 0 } });
  } catch (e) {
    process.stderr.write(`Firefox (${FIREFOX}) did not start: ${errorText(e)}\n`);
    process.exit(1);
  }
  try {
    emit({ version: `Firefox ${(await browser.version()).split("/").pop()}` });
    for (const s of plan.scenarios) {
      const calls = s.calls;
      if (mode === "navigation" && calls.some((c) => !c.navigation || (c.headers.length && c.method === "GET"))) {
        emit({ id: s.id, skipped: SKIP_NAVIGATION });
        continue;
      }
      const auth = calls.find((c) => c.auth)?.auth;
      const blank = calls[0].url.split("/").slice(0, 3).join("/") + "/_blank";
      const context = await browser.createBrowserContext();
      const results = [];
      try {
        const page = await context.newPage();
        if (auth && mode === "navigation") await page.authenticate({ username: auth[0], password: auth[1] });
        else {
          // No credentials: every challenge is cancelled, as a reader dismissing the prompt (a
          // headless Firefox would otherwise wait on its prompt). puppeteer-core (pinned) cancels
          // an authRequired request when its credentials are null, with interception on.
          await page.authenticate({ username: "-", password: "-" });
          page._credentials = null;
        }
        await page.goto(blank, { timeout: s.timeout * 1000 });
        let previous = blank;
        for (const c of calls) {
          if (c.delay) await sleep(c.delay);
          if (mode === "navigation" && c.url === previous && !c.look) await page.goto(blank, { timeout: s.timeout * 1000 });
          try { results.push(await call(page, blank, c, s.timeout)); } catch (e) { results.push({ error: errorText(e) }); }
          previous = c.url;
        }
      } finally {
        await context.close();
      }
      emit({ id: s.id, calls: results });
    }
  } finally {
    await browser.close();
  }
}
main().then(() => process.exit(0), (e) => { process.stderr.write(errorText(e) + "\n"); process.exit(1); });
