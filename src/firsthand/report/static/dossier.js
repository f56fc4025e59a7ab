/* firsthand dossier: jump to and highlight a claim's or conflict's sentences; filter and sort
   the claim matrix. Plain links still work without this script. */
(function () {
  "use strict";

  var status = document.getElementById("focus-status");
  var statusText = document.getElementById("focus-status-text");

  function clearFocus() {
    document.querySelectorAll("mark.focus").forEach(function (mark) {
      mark.classList.remove("focus");
    });
    if (status) { status.hidden = true; }
  }

  function focusGroup(key, target) {
    clearFocus();
    var marks = document.querySelectorAll('mark[data-keys~="' + CSS.escape(key) + '"]');
    var articles = new Set();
    marks.forEach(function (mark) {
      mark.classList.add("focus");
      var article = mark.closest("article");
      if (article) { articles.add(article.id); }
    });
    var first = target || marks[0];
    if (first) {
      first.scrollIntoView({ block: "center" });
      first.focus({ preventScroll: true });
    }
    if (status && statusText) {
      statusText.textContent = marks.length + " highlighted passage" + (marks.length === 1 ? "" : "s") +
        " in " + articles.size + " article" + (articles.size === 1 ? "" : "s") + ".";
      status.hidden = false;
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-focus]");
    if (!link) { return; }
    var href = link.getAttribute("href") || "";
    var target = href.length > 1 ? document.getElementById(href.slice(1)) : null;
    event.preventDefault();
    if (href.length > 1) { history.replaceState(null, "", href); }
    focusGroup(link.getAttribute("data-focus"), target);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { clearFocus(); }
  });
  var clear = document.getElementById("focus-clear");
  if (clear) { clear.addEventListener("click", clearFocus); }

  // Collapsed lists would be missing from paper: open them for printing.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.single").forEach(function (details) {
      details.open = true;
    });
  });

  function applyFilters(matrix) {
    var controls = document.querySelectorAll('[data-filter-for="' + matrix.id + '"]');
    var wanted = {};
    controls.forEach(function (control) {
      wanted[control.getAttribute("data-filter")] = control.value.trim().toLowerCase();
    });
    var rows = matrix.tBodies[0].rows;
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var visible = (!wanted.verdict || row.getAttribute("data-verdict") === wanted.verdict) &&
        (!wanted.kind || row.getAttribute("data-kind") === wanted.kind) &&
        (!wanted.text || row.getAttribute("data-text").indexOf(wanted.text) !== -1);
      row.hidden = !visible;
      if (visible) { shown++; }
    }
    var count = document.querySelector('[data-count-for="' + matrix.id + '"]');
    if (count) { count.textContent = "Showing " + shown + " of " + rows.length + " claims"; }
  }

  function sortBy(matrix, header) {
    var field = header.getAttribute("data-sort");
    var numeric = header.getAttribute("data-type") === "number";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    matrix.querySelectorAll("th[data-sort]").forEach(function (other) {
      other.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = matrix.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.getAttribute("data-" + field);
      var y = b.getAttribute("data-" + field);
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  document.querySelectorAll("table.matrix").forEach(function (matrix) {
    document.querySelectorAll('[data-filter-for="' + matrix.id + '"]').forEach(function (control) {
      control.addEventListener("input", function () { applyFilters(matrix); });
      control.addEventListener("change", function () { applyFilters(matrix); });
    });
    matrix.querySelectorAll("th[data-sort] button").forEach(function (button) {
      button.addEventListener("click", function () { sortBy(matrix, button.closest("th")); });
    });
    applyFilters(matrix);
  });
})();
