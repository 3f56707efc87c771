"""Search by library constant: `http.StatusNotFound`, `HTTP_404_NOT_FOUND`, `:unprocessable_entity`.

A pasted constant is reduced to a key: its last part after any namespace (`.`, `::`, `:`), one
library prefix dropped (HTTP_STATUS_, HTTP_, Status, ...), then only its letters and digits in
lower case: `StatusCodes.TOO_MANY_REQUESTS` -> "toomanyrequests", the key of the name "Too Many
Requests". Most constants reduce to their code's name or a former name, so the index carries
only the keys that do not (`StatusTeapot` -> "teapot", `HTTP_MOVED_TEMP` -> "movedtemp"), and a
constant with its number in it (`HTTP_404_NOT_FOUND`) names its code outright.

`constant_key` and EXACT_SCRIPT are the same rules in Python and in JavaScript; the browser tests
search every constant the site shows, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

import re
from collections import Counter

from .model import Site

NAMESPACE = re.compile(r"[.:]+")
NUMBERED = re.compile(r"^HTTP_(\d{3})(?:_|$)")
PREFIX = re.compile(r"^(?:HTTP_STATUS_|HTTP_|RC_|SC_|Status(?=[A-Z])|HTTP(?=[A-Z][a-z]))")
NOT_KEY = re.compile(r"[^a-z0-9]")


def squash(text: str) -> str:
    """Letters and digits only, lower case: "Non-Authoritative Information" -> "nonauthoritativeinformation"."""
    return NOT_KEY.sub("", text.lower())


def constant_key(constant: str) -> str:
    """The key a pasted constant is looked up by; a code's number for a numbered constant."""
    parts = [part for part in NAMESPACE.split(constant) if part]
    name = parts[-1] if parts else ""
    numbered = NUMBERED.match(name)
    return numbered.group(1) if numbered else squash(PREFIX.sub("", name, count=1))


def constant_keys(site: Site) -> dict[str, str]:
    """For each code, the keys of its constants that its own name and former names do not give
    (a name that two codes share, such as "(Unused)", gives neither), space-separated."""
    named = {code.code: {squash(name) for name in (code.name, *(item.name for item in code.former_names))} for code in site.codes}
    shared = Counter(key for keys in named.values() for key in keys)
    keys: dict[str, str] = {}
    for code in site.codes:
        own = {key for key in named[code.code] if shared[key] == 1} | {str(code.code)}
        found = {constant_key(library.shown(item.name)) for library, names in site.constants_for(code) for item in names}
        extra = sorted(found - own - {""})
        if extra:
            keys[str(code.code)] = " ".join(extra)
    return keys


# Gives the index data an extend(index) that static/search.js calls on each Index it builds: the
# index's search then puts first the entries a pasted constant names (its extra keys first, then
# by name, then by a former name) and ranks the rest by the constant's words ("Not Found").
EXACT_SCRIPT = r"""(function (index) {
  var map = null, PREFIX = /^(?:HTTP_STATUS_|HTTP_|RC_|SC_|Status(?=[A-Z])|HTTP(?=[A-Z][a-z]))/;
  var ACCESSOR = /^(?:value|code|status|status_code|as_u16|to_i|intValue)$/;
  function squash(text) { return text.toLowerCase().replace(/[^a-z0-9]/g, ""); }
  function build(entries) {
    map = {};
    entries.forEach(function (entry) {
      function add(key, rank) { if (key) (map[key] = map[key] || []).push([rank, entry]); }
      add(entry.key, 4);
      (index.constants[entry.key] || "").split(" ").forEach(function (key) { add(key, 3); });
      add(squash(entry.name), 2);
      entry.former.split("; ").forEach(function (name) { add(squash(name), 1); });
    });
  }
  function exact(query, entries) {
    var text = query.trim().replace(/\(\)$/, "");
    if (!/^:?[A-Za-z_][\w.:]*$/.test(text) || !/[_.:]|[a-z][A-Z]|[A-Z]{2}[a-z]/.test(text)) return [[], query];
    if (!map) build(entries);
    var parts = text.split(/[.:]+/).filter(Boolean);
    if (parts.length > 1 && ACCESSOR.test(parts[parts.length - 1])) parts.pop(); // HTTPStatus.NOT_FOUND.value
    var name = parts.pop() || "", numbered = /^HTTP_(\d{3})(?:_|$)/.exec(name);
    var bare = numbered ? numbered[1] : name.replace(PREFIX, ""), found = [];
    (map[numbered ? bare : squash(bare)] || []).slice().sort(function (a, b) { return b[0] - a[0]; }).forEach(function (hit) {
      if (found.indexOf(hit[1]) < 0) found.push(hit[1]);
    });
    var rest = numbered ? name.slice(9) : bare.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");
    return [found, rest.replace(/_/g, " ").trim() || query];
  }
  index.extend = function (search) {
    var rank = search.search;
    search.search = function (query) {
      var hit = exact(query, search.entries), first = hit[0];
      return first.concat(rank.call(search, hit[1]).filter(function (entry) { return first.indexOf(entry) < 0; }));
    };
  };
})(window.STATUS_SEARCH_INDEX);
"""
