// Kith without a connection: installs the service worker (/sw.js), says when the device is offline, and
// finds people for the quick log in the names this device kept. (The outbox, outbox.js, sends the touches.)
(function () {
  "use strict";
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  // After the page has loaded, so the worker costs the first visit nothing; it tells it how long a session lasts.
  var session = meta("kith-session-seconds");
  if ("serviceWorker" in navigator && session) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js?session=" + encodeURIComponent(session), { scope: "/" })
        .catch(function () { /* no worker (a plain-http address): everything still works online */ });
    });
  }

  var note = document.getElementById("offline-note");
  function showState() { if (note) { note.hidden = navigator.onLine; } }
  window.addEventListener("online", showState);
  window.addEventListener("offline", showState);
  showState();

  // Offline, the quick log's search looks through the names kept on this device instead of asking the server.
  var names = null;
  function keptNames() {
    if (!names) {
      names = fetch("/people/names", { credentials: "same-origin" }).then(function (response) {
        if (!response.ok || response.redirected) { throw new Error("no copy"); }
        return response.text();
      }).then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        return Array.prototype.map.call(page.querySelectorAll("#names a[data-person]"), function (a) {
          return { id: a.getAttribute("data-person"), name: a.textContent, key: folded(a.textContent) };
        });
      });
      names.catch(function () { names = null; });
    }
    return names;
  }
  function folded(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function matches(person, words) {
    var parts = person.key.split(/[^\p{L}\p{N}]+/u);
    return words.every(function (w) { return parts.some(function (p) { return p.indexOf(w) === 0; }); });
  }
  function item(text, className) {
    var li = document.createElement("li");
    li.className = className || "";
    li.textContent = text;
    return li;
  }
  /** A person as the server's picker shows them: a labelled checkbox named for the quick log's participants. */
  function choice(person, checked) {
    var label = document.createElement("label"), box = document.createElement("input"), name = document.createElement("span");
    box.type = "checkbox";
    box.name = "participants";
    box.value = person.id;
    box.checked = checked;
    name.textContent = person.name;
    label.append(box, " ", name);
    return label;
  }
  function showKept(input) {
    var list = document.getElementById("candidates");
    var words = folded(input.value).split(/\s+/).filter(Boolean);
    if (!list) { return; }
    if (!words.length) { list.replaceChildren(); return; }
    keptNames().then(function (people) {
      var found = people.filter(function (p) { return matches(p, words); }).slice(0, 8);
      list.replaceChildren.apply(list, found.length ? found.map(function (p) {
        var li = document.createElement("li");
        li.append(choice(p, false));
        return li;
      }) : [item("No one matches yet.", "muted")]);
    }, function () {
      list.replaceChildren(item("Offline, and this device has no copy of your people yet.", "muted"));
    });
  }
  document.addEventListener("htmx:beforeRequest", function (event) {
    var input = event.detail.elt;
    if (navigator.onLine || !input || input.id !== "who") { return; }
    event.preventDefault();
    showKept(input);
  });
  document.addEventListener("htmx:sendError", function (event) {
    if (event.detail.elt && event.detail.elt.id === "who") { showKept(event.detail.elt); }
  });

  // Offline, "Details…" from Today opens the kept quick log, which knows nobody: choose the people the link names.
  var chosen = document.getElementById("chosen");
  var asked = new URLSearchParams(location.search).getAll("person");
  if (chosen && !navigator.onLine && asked.length && !chosen.querySelector("input")) {
    keptNames().then(function (people) {
      people.filter(function (p) { return asked.indexOf(p.id) >= 0; }).forEach(function (p) {
        chosen.append(choice(p, true));
      });
    }, function () { /* no copy of the names: the person is chosen by searching */ });
  }
}());
