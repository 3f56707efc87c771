/* The guide, one question at a time. Without this script every question is on the page and
   the answers are links that jump between them; with it, only the question the reader has
   reached is shown. The address keeps the step (#redirect), so Back, bookmarks and links
   into the guide work the same either way. */
(function () {
  "use strict";

  var root = document.querySelector(".questions");
  if (!root || !root.closest) {
    return;
  }
  var questions = root.querySelectorAll(".question");
  var toggle = document.createElement("button");
  var stepping = true;

  function target() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  }

  function show(moved) {
    var found = target();
    var section = (found && found.closest(".question")) || questions[0];
    for (var i = 0; i < questions.length; i++) {
      questions[i].hidden = stepping && questions[i] !== section;
    }
    if (moved && stepping) {
      var heading = section.querySelector("h2");
      heading.setAttribute("tabindex", "-1");
      heading.focus();
      (found || heading).scrollIntoView();
    }
  }

  toggle.type = "button";
  toggle.className = "show-all";
  toggle.textContent = "Show all questions";
  toggle.setAttribute("aria-pressed", "false");
  toggle.addEventListener("click", function () {
    stepping = !stepping;
    toggle.setAttribute("aria-pressed", stepping ? "false" : "true");
    show(false);
  });
  root.parentNode.insertBefore(toggle, root);
  root.classList.add("stepping");
  window.addEventListener("hashchange", function () {
    show(true);
  });
  show(Boolean(target()));
})();
