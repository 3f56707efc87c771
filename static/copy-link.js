/* Copy-link buttons, added only when this script runs: without it, every heading anchor is
   still a plain link. A button puts the absolute permalink on the clipboard, built from the
   page's canonical URL (the site's base URL), so a copy taken from a local or preview copy
   of the site still points at the public page. */
(function () {
  "use strict";

  var canonical = document.querySelector('link[rel="canonical"]');
  if (!canonical || !document.querySelectorAll) {
    return;
  }
  var base = canonical.href;
  var status = document.createElement("p");
  var clearing = 0;

  function announce(text) {
    window.clearTimeout(clearing);
    status.textContent = text;
    clearing = window.setTimeout(function () {
      status.textContent = "";
    }, 4000);
  }

  /* For browsers without the async Clipboard API, or where it is refused. */
  function copyWithSelection(text) {
    var buffer = document.createElement("textarea");
    var copied = false;
    buffer.value = text;
    buffer.setAttribute("readonly", "");
    buffer.className = "copy-buffer";
    document.body.appendChild(buffer);
    buffer.select();
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(buffer);
    return copied;
  }

  function copy(text, button, what) {
    function done() {
      announce(what ? what + " copied" : "Link copied");
    }
    function fallback() {
      if (copyWithSelection(text)) {
        done();
      } else {
        announce(what ? "Could not copy. Select the code and copy it." : "Could not copy. The link is " + text);
      }
      button.focus();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function icon() {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    path.setAttribute("d", "M5 2h7a2 2 0 0 1 2 2v7h-2V4H5zM2 6a2 2 0 0 1 2-2h5a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2zm2 0v6h5V6z");
    svg.appendChild(path);
    return svg;
  }

  function addButton(place, href, label, text) {
    var button = document.createElement("button");
    var link = new URL(href, base).href;
    button.type = "button";
    button.className = "copy-link";
    button.setAttribute("aria-label", label);
    button.title = label;
    button.setAttribute("data-permalink", link);
    button.appendChild(icon());
    if (text) {
      button.appendChild(document.createTextNode(text));
    }
    button.addEventListener("click", function () {
      copy(link, button);
    });
    place.appendChild(button);
  }

  function headingText(heading) {
    var clone = heading.cloneNode(true);
    var extras = clone.querySelectorAll(".anchor, .copy-link");
    for (var i = 0; i < extras.length; i++) {
      extras[i].parentNode.removeChild(extras[i]);
    }
    return clone.textContent.trim();
  }

  status.className = "copy-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  var anchors = document.querySelectorAll("a.anchor");
  for (var i = 0; i < anchors.length; i++) {
    var anchor = anchors[i];
    var heading = anchor.parentNode;
    /* The heading's last word, the "#" and the button in one unbreakable box: on a phone they
       wrap together, never the "#" or the button alone onto a line of their own. */
    var tools = document.createElement("span");
    var before = anchor.previousSibling;
    var cut = before && before.nodeType === 3 ? before.data.search(/\S+\s*$/) : -1;
    tools.className = "heading-tools";
    heading.insertBefore(tools, anchor);
    if (cut >= 0) {
      tools.appendChild(cut ? before.splitText(cut) : before);
    }
    tools.appendChild(anchor);
    addButton(tools, anchor.getAttribute("href"), "Copy link to section: " + headingText(heading), "");
  }
  /* Snippets: the button copies the program exactly as the page shows it. */
  var snippets = document.querySelectorAll("pre[data-copy-code]");
  for (var k = 0; k < snippets.length; k++) {
    (function (pre) {
      var what = pre.getAttribute("data-copy-code") + " code";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-link copy-code";
      button.appendChild(icon());
      button.appendChild(document.createTextNode("Copy " + what));
      button.addEventListener("click", function () {
        copy(pre.textContent, button, what);
      });
      pre.parentNode.insertBefore(button, pre);
    })(snippets[k]);
  }
  var places = document.querySelectorAll("[data-copy-link]");
  for (var j = 0; j < places.length; j++) {
    addButton(places[j], places[j].getAttribute("data-copy-link"), places[j].getAttribute("data-copy-label") || "Copy link", "Copy link");
  }
})();
