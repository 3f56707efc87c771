// Scripts the three browser drivers run inside the page, shared so that Chromium (Playwright),
// Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebDriver) do exactly the same thing.
// Each block after a `//# name` line is one function expression; the drivers call it with one
// JSON argument. Read by measure/drivers/browser_common.py and measure/drivers/firefox.mjs.

//# fetch
async ([c, timeout]) => {
  let url = c.url;
  if (c.auth) url = url.replace("http://", `http://${c.auth[0]}:${c.auth[1]}@`);
  const body = c.body_size ? "x".repeat(c.body_size) : c.body;
  try {
    const r = await fetch(url, {method: c.method, headers: c.headers, body: body === null ? undefined : body,
                                redirect: c.redirect, credentials: c.credentials, signal: AbortSignal.timeout(timeout * 1000)});
    const headers = [...r.headers].slice(0, 30).map(([n, v]) => [n, v.slice(0, 200)]);
    const result = {status: r.status, reason: r.statusText, body: (await r.text()).slice(0, 64), headers};
    if (c.redirect !== "follow") Object.assign(result, {type: r.type, redirected: r.redirected});
    return result;
  } catch (e) { return {error: `${e.name}: ${e.message}`}; }
}

//# form
([url, body, size]) => {
  const form = document.createElement("form");
  form.method = "POST"; form.action = url;
  const input = document.createElement("input");
  input.name = size ? "data" : body.split("=")[0]; input.value = size ? "x".repeat(size) : body.split("=")[1];
  form.append(input); document.body.append(form); form.submit();
}

//# act
([url, method, body]) => {
  // A page a reader could be on: a link and a form whose field the reader has typed into (its
  // value differs from its default, so a 205's form reset shows), then a click or a submit.
  const [name, value] = (body || "hello=world").split("=");
  const form = document.createElement("form");
  form.id = "probe-form"; form.method = method; form.action = url;
  const input = document.createElement("input");
  input.name = name; input.defaultValue = ""; input.value = value;
  const link = document.createElement("a");
  link.href = url; link.textContent = "go";
  form.append(input); document.body.append(form, link);
  if (method === "GET") link.click(); else form.requestSubmit ? form.requestSubmit() : form.submit();
  return true;
}

//# state
() => {
  const entry = performance.getEntriesByType("navigation")[0];
  const input = document.querySelector("#probe-form input");
  return {url: location.href, ready: document.readyState,
          shown: (document.body ? document.body.innerText : "").trim().replace(/\s+/g, " ").slice(0, 64),
          form: input ? input.value : null,
          status: entry && entry.responseStatus ? entry.responseStatus : null};
}
