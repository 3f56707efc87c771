/* Search as you type, on the web and from disk (file://).
   The index is a classic script (search-index.js) added on first use, because file:// pages
   may not fetch or import. The form stays hidden unless this script runs: no dead box. */
(function () {
  "use strict";
  // Weight of a match in each index field, in the index's field order (key is scored apart).
  var WEIGHTS = { name: 10, former: 8, keywords: 6, headers: 4, vendor: 4, summary: 2, body: 1 };
  var STOP = {};
  ("a an and are as at be by can do for from has have how i in is it its my of on or that " +
   "the this to was what when where which with why you your").split(" ").forEach(function (w) { STOP[w] = 1; });
  // British spellings become American ones on both sides, so either finds the other.
  var SPELLING = [[/([a-z]{3})is(e|ed|es|ing|ation|ations)$/, "$1iz$2"], [/([a-z]{3})yse(d|s)?$/, "$1yze$2"],
    [/([a-z]{3})our(s|ed)?$/, "$1or$2"], [/([a-z]{3})tre(s)?$/, "$1ter$2"], [/(el)l(ed|ing)$/, "$1$2"],
    [/^(licen|defen|offen)ce/, "$1se"], [/([a-z]{4})ogue$/, "$1og"]];
  var MAX_RESULTS = 8;

  function words(text) {
    var out = [];
    // A dot stays only between digits: "500.19" is one word, an IIS sub-status.
    text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/(\D|^)\.|\.(?!\d)/g, "$1 ").split(/[^a-z0-9.-]+/).forEach(function (part) {
      if (!part) return;
      var pieces = part.split("-").filter(Boolean);
      if (pieces.length > 1) pieces.push(pieces.join("")); // time-out also answers timeout
      pieces.forEach(function (w) { out.push(stem(w)); });
    });
    return out;
  }

  // Words without the little ones ("to", "the"), unless that leaves none.
  function meaningful(all) {
    var some = all.filter(function (w) { return !STOP[w]; });
    return some.length ? some : all;
  }

  // The query word without its ending, so "submitted" finds "submit" and "interrupted" "interrupt".
  function trimEnding(word) {
    if (word.length < 6) return word;
    var bare = word.replace(/(ing|ed|ly|ions?|ments?)$/, "").replace(/([^aeiou])\1$/, "$1");
    return bare.length > 3 ? bare : word;
  }

  function stem(word) {
    SPELLING.forEach(function (rule) { word = word.replace(rule[0], rule[1]); });
    return /[^s]s$/.test(word) && word.length > 3 ? word.slice(0, -1) : word;
  }

  // Typo distances (Damerau-Levenshtein) from q to the whole of t and to t's best prefix, in one
  // table over t's first q.length + limit letters; rows are reused, as this runs for every term.
  var rows = [new Int8Array(64), new Int8Array(64), new Int8Array(64)];
  function typos(q, t, limit) {
    var m = q.length, n = Math.min(t.length, m + limit, 63), i, j;
    var before = rows[0], previous = rows[1], current = rows[2];
    for (j = 0; j <= n; j++) previous[j] = j;
    for (i = 1; i <= m; i++) {
      current[0] = i;
      var least = i;
      for (j = 1; j <= n; j++) {
        var d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (q[i - 1] === t[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && q[i - 1] === t[j - 2] && q[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2] + 1);
        current[j] = d;
        if (d < least) least = d;
      }
      if (least > limit) return [limit + 1, limit + 1];
      var spare = before; before = previous; previous = current; current = spare;
    }
    var prefix = limit + 1;
    for (j = Math.max(0, m - 1); j <= n; j++) prefix = Math.min(prefix, previous[j]);
    return [t.length <= n ? previous[t.length] : limit + 1, prefix];
  }

  // The letters in a word as bits: a letter of q missing from t costs at least one typo, so
  // counting them rules out most terms before the table is built.
  function letters(word) {
    for (var mask = 0, i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 31);
    return mask;
  }

  function count(bits) {
    for (var n = 0; bits; n++) bits &= bits - 1;
    return n;
  }

  // How well query word q matches index term t: exact 1, prefix less, typo less again.
  // qMask and tMask are their letters().
  function quality(q, t, qMask, tMask) {
    if (q === t) return 1;
    if (t.startsWith(q)) return 0.5 + 0.4 * q.length / t.length;
    var limit = q.length > 7 ? 2 : 1;
    if (q.length < 5 || t.length < q.length - limit || count(qMask & ~tMask) > limit) return 0;
    var found = typos(q, t, limit);
    return found[0] <= limit ? 0.5 : found[1] <= 1 ? 0.4 : 0;
  }

  function Index(data) {
    var fields = data.fields, self = this;
    this.page = data.page;
    if (data.extend) data.extend(this); // the index's own additions to search (search_constants.py)
    this.entries = data.entries.map(function (row) {
      var entry = {};
      fields.forEach(function (name, i) { entry[name] = row[i]; });
      return entry;
    });
    this.terms = {}; // term -> [[entry number, weight], ...], the best field per entry
    this.entries.forEach(function (entry, n) {
      Object.keys(WEIGHTS).forEach(function (field) {
        entry[field + "Words"] = words(entry[field]);
        entry[field + "Words"].forEach(function (term) {
          var list = self.terms[term] || (self.terms[term] = []);
          var last = list[list.length - 1];
          if (last && last[0] === n) last[1] = Math.max(last[1], WEIGHTS[field]);
          else list.push([n, WEIGHTS[field]]);
        });
      });
    });
    this.vocabulary = Object.keys(this.terms);
    this.masks = this.vocabulary.map(letters);
    // Names and keywords as whole phrases: "rate limit" is a 429 keyword, not just two words.
    this.entries.forEach(function (entry) {
      entry.phrases = [];
      [["name", 40, 20], ["former", 40, 20], ["keywords", 25, 10]].forEach(function (kind) {
        entry[kind[0]].split("; ").forEach(function (text) {
          if (text) entry.phrases.push({ words: meaningful(words(text)), whole: kind[1], part: kind[2] });
        });
      });
    });
  }

  // Bonus when query words appear in order in one name or keyword (typos and prefixes allowed):
  // the whole phrase most, the whole query inside it less, two or more of its words still some.
  // One word is a whole phrase only when it is exactly a one-word name or keyword: gRPC's
  // UNAVAILABLE is 503's keyword, not merely a word of 451's name.
  function phraseBonus(entry, asked, matches) {
    var bonus = 0;
    entry.phrases.forEach(function (phrase) {
      var w = phrase.words;
      if (asked.length === 1 && w.length === 1 && matches[0][w[0]] === 1) bonus = Math.max(bonus, phrase.whole);
      for (var first = 0; first < asked.length - 1; first++) {
        for (var start = 0; start < w.length; start++) {
          var run = 0;
          while (first + run < asked.length && start + run < w.length && matches[first + run][w[start + run]]) run++;
          if (run < 2) continue;
          var whole = run === asked.length;
          bonus = Math.max(bonus, whole && run === w.length ? phrase.whole : phrase.part * run / asked.length);
        }
      }
    });
    return bonus;
  }

  // Markup pasted from a page's source ("<center>nginx</center>") is not what the page shows, and
  // the index holds what pages show: tags go, unless they are all the query has.
  function shown(query) {
    var text = query.replace(/<\/?[a-z][^<>]*>/gi, " ");
    return /[a-z0-9]/i.test(text) ? text : query;
  }

  // Entries ranked for `query`: exact code, code prefix, then by how many words match and how well.
  Index.prototype.search = function (query) {
    var asked = meaningful(words(shown(query))), self = this, scores = {}, matched = {};
    var total = this.entries.length, matches = [];
    asked.forEach(function (q, position) {
      var best = {}, mask = letters(q), base = trimEnding(q), matching = matches[position] = {};
      self.vocabulary.forEach(function (term, k) {
        var how = Math.max(quality(q, term, mask, self.masks[k]), base !== q && term.startsWith(base) ? 0.45 : 0);
        if (!how) return;
        matching[term] = how;
        self.terms[term].forEach(function (p) { best[p[0]] = Math.max(best[p[0]] || 0, how * p[1]); });
      });
      // A word few entries match tells more than one most of them match.
      var found = Object.keys(best), rarity = Math.log(1 + total / found.length);
      found.forEach(function (n) { best[n] *= rarity; });
      self.entries.forEach(function (entry, n) {
        // An exact sub-status number ("HTTP Error 500.19") outranks matching every other word.
        if (entry.key === q) best[n] = q.indexOf(".") > 0 ? 1e6 : 1000;
        else if (/^[\d.]+$/.test(q) && entry.key.lastIndexOf(q, 0) === 0) best[n] = 500 - position;
      });
      Object.keys(best).forEach(function (n) {
        scores[n] = (scores[n] || 0) + best[n];
        matched[n] = (matched[n] || 0) + 1;
      });
    });
    return Object.keys(scores).map(function (n) {
      var entry = self.entries[n], bonus = phraseBonus(entry, asked, matches);
      // Between equal matches, a registered code comes before a vendor's own.
      return { entry: entry, n: +n, matched: matched[n] + (scores[n] >= 1e6 ? asked.length : 0), score: (scores[n] + bonus) * (entry.vendor ? 0.9 : 1) };
    }).sort(function (a, b) {
      return b.matched - a.matched || b.score - a.score || a.n - b.n;
    }).map(function (hit) { return hit.entry; });
  };

  window.StatusSearch = { Index: Index, words: words };

  var form = document.getElementById("search");
  if (!form) return;
  var input = form.querySelector("input"), list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var root = form.getAttribute("data-root"), index = null, loading = false, pending = false, announce;

  function load() {
    if (index || loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = form.getAttribute("data-index");
    script.onload = function () {
      index = new Index(window.STATUS_SEARCH_INDEX);
      show();
      if (pending) go();
    };
    document.head.appendChild(script);
  }

  // A key is a page's path ("404", "compare/401-vs-403"); a sub-status "500.19" is a row of 500's page.
  function href(entry) {
    var key = entry.key.split(".");
    return root + key[0] + "/" + index.page + (key[1] ? "#iis-" + key.join("-") : "");
  }

  function show() {
    var query = input.value.trim();
    list.textContent = "";
    if (!index || !query) { list.hidden = true; say(""); return; }
    var hits = index.search(query).slice(0, MAX_RESULTS), asked = words(query);
    hits.forEach(function (entry) {
      var item = document.createElement("li"), link = document.createElement("a"), title = document.createElement("span");
      var summary = document.createElement("span");
      link.href = href(entry);
      title.className = "search-title";
      title.textContent = (/^\d/.test(entry.key) ? entry.key + " " : "") + entry.name + (recalls(entry.formerWords, asked) ? " (formerly " + entry.former + ")" : "");
      summary.className = "search-summary";
      summary.textContent = entry.summary;
      link.appendChild(title);
      link.appendChild(summary);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = false;
    say(hits.length ? hits.length + (hits.length === 1 ? " result" : " results") + ", first " + list.querySelector(".search-title").textContent
      : "No status code matches " + query);
  }

  // Former names are shown only when the reader typed one: it explains an unexpected hit.
  function recalls(former, asked) {
    return asked.some(function (q) { return former.some(function (w) { return w.startsWith(q); }); });
  }

  // Screen readers hear the count once typing pauses, not at every key.
  function say(text) {
    clearTimeout(announce);
    announce = setTimeout(function () { status.textContent = text; }, text ? 500 : 0);
  }

  // Enter: three digits open that code's page; anything else opens the top result.
  function go() {
    if (!index) { pending = true; load(); return; }
    pending = false;
    var query = input.value.trim(), first = list.querySelector("a");
    var exact = /^\d{3}$/.test(query) && index.entries.filter(function (e) { return e.key === query; })[0];
    if (exact) location.href = href(exact);
    else if (first) location.href = first.href;
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  function clear() {
    input.value = "";
    show();
    input.focus();
  }

  form.hidden = false;
  input.addEventListener("focus", load);
  input.addEventListener("input", function () { load(); show(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); go(); });
  form.addEventListener("keydown", function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (event.key === "Escape") { event.preventDefault(); clear(); }
    else if (event.key === "ArrowDown" && all.length) { event.preventDefault(); all[Math.min(at + 1, all.length - 1)].focus(); }
    else if (event.key === "ArrowUp" && at >= 0) { event.preventDefault(); (at ? all[at - 1] : input).focus(); }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target, typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) { input.value = asked; load(); }
})();
