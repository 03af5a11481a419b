// Kith's page script: CSRF for htmx, keyboard shortcuts, picking quick-log participants, and busy forms.
// (offline.js and outbox.js do what works without a connection.)
(function () {
  "use strict";
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  // Every htmx request carries the CSRF token from the page, as forms carry it in _csrf.
  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("csrf-header"), token = meta("csrf-token");
    if (header && token) { event.detail.headers[header] = token; }
  });

  // The digest question on Today suggests the browser's own time zone.
  document.querySelectorAll("input[data-browser-zone]").forEach(function (input) {
    try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { input.value = ""; }
  });

  // L opens the quick log, / jumps to people search; never while typing.
  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (event.key === "l" || event.key === "L") { event.preventDefault(); window.location.href = "/log"; }
    if (event.key === "/") {
      var search = document.getElementById("q");
      event.preventDefault();
      if (search) { search.focus(); } else { window.location.href = "/people"; }
    }
  });

  // People pickers: ticking a search result moves it to the picker's chosen people, so a new search keeps it.
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches(".candidates input[type=checkbox]")) { return; }
    var picker = box.closest("fieldset");
    var chosen = (picker && picker.querySelector(".chosen")) || document.getElementById("chosen");
    var label = box.closest("label");
    if (!chosen || !label) { return; }
    if (box.checked) {
      if (chosen.querySelector('input[value="' + CSS.escape(box.value) + '"]')) { label.remove(); return; }
      chosen.appendChild(label);
    } else if (label.parentElement === chosen) {
      label.remove();
    }
  });

  // A "select all" box ticks every person on the list for a bulk action.
  document.addEventListener("click", function (event) {
    var all = event.target.closest && event.target.closest("[data-select-all]");
    if (!all) { return; }
    document.querySelectorAll("input[name=ids]").forEach(function (b) { b.checked = all.checked; });
  });

  // A form that takes a while (an import) says so and cannot be sent twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-busy]")) { return; }
    if (form.classList.contains("busy")) { event.preventDefault(); return; }
    form.classList.add("busy");
    var button = form.querySelector("button[type=submit]");
    if (button) { button.textContent = form.getAttribute("data-busy"); button.setAttribute("aria-busy", "true"); }
  });
}());
