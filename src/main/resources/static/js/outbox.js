// The quick log's outbox: a touch is kept on this device (IndexedDB) with its own Idempotency-Key, then
// sent; with no connection it waits, listed at the top of every page with a Cancel button, and is sent
// when the connection returns. A retry carries the same key, so the server logs it once however often
// it arrives. Offline, Today's one-tap "Log a touch" goes to the outbox too. Sign-out empties the
// outbox and the service worker's private copies.
(function () {
  "use strict";
  var PRIVATE_CACHE = "kith-private"; // the service worker's private cache (sw.js)
  var account = meta("kith-account");
  var panel = document.getElementById("outbox");
  var store = window.indexedDB ? opened() : null;
  var running = null;

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  function opened() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open("kith-outbox", 1);
      request.onupgradeneeded = function () { request.result.createObjectStore("entries", { keyPath: "key" }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  /** Runs work(objectStore) in one transaction; resolves with its request's result once committed. */
  function entries(mode, work) {
    return store.then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction("entries", mode);
        var request = work(tx.objectStore("entries"));
        tx.oncomplete = function () { resolve(request ? request.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }
  function all() { return entries("readonly", function (s) { return s.getAll(); }); }
  function one(key) { return entries("readonly", function (s) { return s.get(key); }); }
  function save(entry) { return entries("readwrite", function (s) { return s.put(entry); }); }
  function drop(key) { return entries("readwrite", function (s) { return s.delete(key); }); }
  function mine(list) { return list.filter(function (e) { return e.account === account; }); }

  /** The device's day (YYYY-MM-DD): a touch kept offline is logged on the day it happened, not the day it is sent. */
  function today() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  /**
   * Sends one entry with its key and this page's CSRF token. Answers {sent: address}, {failed: reason}
   * (the server refused it: sending again cannot help) or {waiting: reason} (no connection, no session).
   */
  function send(entry) {
    var headers = { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", "Idempotency-Key": entry.key };
    var csrfHeader = meta("csrf-header"), csrf = meta("csrf-token");
    if (csrfHeader && csrf) { headers[csrfHeader] = csrf; }
    return fetch(entry.action, { method: "POST", credentials: "same-origin", headers: headers, body: entry.body })
      .then(function (response) {
        var to = new URL(response.url, location.href);
        if (response.status === 403 || to.pathname === "/login") {
          return { waiting: "Sign in again to send it." };
        }
        if (response.ok) {
          return { sent: to.pathname + to.search };
        }
        if (response.status === 409 || response.status === 429 || response.status >= 500) {
          return { waiting: "The server is busy; it is sent again shortly." };
        }
        return response.text().then(function (text) { return { failed: problem(text) }; });
      }, function () {
        return { waiting: "Waiting for a connection." };
      });
  }

  /** What the server said was wrong: a page's alert, or a problem's detail. */
  function problem(text) {
    try {
      return JSON.parse(text).detail || "The server refused it.";
    } catch (notJson) {
      var alert = new DOMParser().parseFromString(text, "text/html").querySelector("main [role=alert]");
      return alert ? alert.textContent.trim() : "The server refused it.";
    }
  }

  /** Sends what waits, oldest first, one tab at a time; an entry cancelled meanwhile is never sent. */
  function flush() {
    if (!store || !account) { return Promise.resolve(); }
    running = (running || Promise.resolve()).then(function () {
      return navigator.locks ? navigator.locks.request("kith-outbox", sendAll) : sendAll();
    }).then(render, render);
    return running;
  }
  function sendAll() {
    return all().then(function (list) {
      var waiting = mine(list).filter(function (e) { return !e.failed; })
        .sort(function (a, b) { return a.queuedAt - b.queuedAt; });
      var sent = 0;
      function next(i) {
        if (i >= waiting.length) { return status(sent ? "Sent " + sent + " waiting touch" + (sent > 1 ? "es" : "") + "." : null); }
        return one(waiting[i].key).then(function (entry) {
          if (!entry) { return next(i + 1); }
          return send(entry).then(function (result) {
            if (result.sent) { sent++; return drop(entry.key).then(function () { return next(i + 1); }); }
            if (result.failed) { entry.failed = result.failed; return save(entry).then(function () { return next(i + 1); }); }
            return status(result.waiting);
          });
        });
      }
      return next(0);
    });
  }

  function status(text) {
    var line = document.getElementById("outbox-status");
    if (line && text !== null) { line.textContent = text; }
  }

  function render() {
    if (!panel || !store) { return Promise.resolve(); }
    return all().then(function (list) {
      var waiting = mine(list).sort(function (a, b) { return a.queuedAt - b.queuedAt; });
      var rows = panel.querySelector("ul");
      rows.replaceChildren.apply(rows, waiting.map(row));
      panel.hidden = waiting.length === 0 && !document.getElementById("outbox-status").textContent;
    });
  }
  function row(entry) {
    var li = document.createElement("li"), who = document.createElement("div"), what = document.createElement("strong");
    var when = document.createElement("div"), cancel = document.createElement("button");
    li.setAttribute("data-key", entry.key);
    who.className = "who";
    what.textContent = entry.label;
    when.className = entry.failed ? "overdue" : "muted";
    when.textContent = entry.failed ? "Not logged: " + entry.failed
      : "Logged on this device at " + new Date(entry.queuedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    who.append(what, when);
    if (entry.note) {
      var note = document.createElement("div");
      note.textContent = entry.note;
      who.append(note);
    }
    cancel.type = "button";
    cancel.className = "cancel";
    cancel.textContent = entry.failed ? "Dismiss" : "Cancel";
    cancel.setAttribute("aria-label", cancel.textContent + ": " + entry.label);
    cancel.addEventListener("click", function () {
      drop(entry.key).then(function () { status("Cancelled: " + entry.label + "."); return render(); });
    });
    li.append(who, cancel);
    return li;
  }

  function keep(action, fields, who) {
    var entry = {
      key: newKey(), account: account, action: action, queuedAt: Date.now(),
      body: new URLSearchParams(fields).toString(), note: (fields.get("note") || "").trim(),
      label: fields.get("kind") + ", " + fields.get("direction") + " — " + who + " (" + fields.get("date") + ")"
    };
    return save(entry).then(function () { return entry; });
  }

  /** A quick-log form goes to the outbox first, then out; online it ends on the page the server answers with. */
  function queue(form) {
    var data = new FormData(form);
    var problemLine = form.querySelector(".outbox-problem");
    var chosen = Array.prototype.map.call(form.querySelectorAll(".chosen input:checked"), function (box) {
      return box.closest("label").textContent.trim();
    });
    if (!chosen.length) {
      problemLine.textContent = "Choose who the touch was with first.";
      problemLine.hidden = false;
      return Promise.resolve();
    }
    data.delete("_csrf");
    data.delete("q");
    var entry;
    return keep(form.getAttribute("action"), data, chosen.join(", ")).then(function (kept) {
      entry = kept;
      return send(entry);
    }).then(function (result) {
      if (result.sent) {
        return drop(entry.key).then(function () { location.assign(result.sent); });
      }
      if (result.failed) {
        problemLine.textContent = result.failed;
        problemLine.hidden = false;
        return drop(entry.key);
      }
      // Ready for the next one: nobody chosen, no search, no note.
      form.querySelectorAll(".chosen label, .candidates li").forEach(function (el) { el.remove(); });
      form.querySelectorAll("input[type=search], textarea[name=note]").forEach(function (el) { el.value = ""; });
      status("Kept on this device. " + result.waiting);
      return render();
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!store || !account || !form.matches || !form.matches("form[data-outbox]")) { return; }
    event.preventDefault();
    if (form.classList.contains("busy")) { return; }
    form.classList.add("busy");
    queue(form).then(function () { form.classList.remove("busy"); }, function () {
      form.classList.remove("busy");
      form.submit(); // IndexedDB refused (a private window's quota): send it the ordinary way
    });
  });

  // Sign-out first empties what this device kept for the account, then signs out (offline too).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form.signout")) { return; }
    event.preventDefault();
    var cleared = [window.caches ? caches.delete(PRIVATE_CACHE) : null,
      store ? entries("readwrite", function (s) { return s.clear(); }) : null];
    Promise.all(cleared).catch(function () { return null; }).then(function () { form.submit(); });
  });

  // Offline, Today's "Log a touch" (a message that gave, today) is kept as a quick log of that, dated today.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var touch = /^\/log\/touch\/([^/?#]+)$/.exec(event.detail.requestConfig ? event.detail.requestConfig.path : "");
    if (!touch || navigator.onLine || !store || !account) { return; }
    event.preventDefault();
    var row = event.detail.elt.closest("li");
    var link = row && row.querySelector(".who a");
    var who = link ? link.textContent.trim() : "someone";
    var fields = new URLSearchParams({ participants: decodeURIComponent(touch[1]), kind: "message", direction: "gave",
      date: today(), note: "" });
    keep("/log", fields, who).then(function () {
      if (row) {
        var done = document.createElement("span");
        done.className = "who";
        done.textContent = "Kept on this device: a touch with " + who + ". It is sent when you are back online.";
        row.replaceChildren(done);
        row.setAttribute("role", "status");
      }
      return render();
    });
  });

  // A date marked data-today starts at the device's day: a form kept offline since yesterday must not say yesterday.
  document.querySelectorAll("input[type=date][data-today]").forEach(function (input) { input.value = today(); });

  window.addEventListener("online", flush);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { flush(); } });
  // What another account queued on this browser is not this one's to send: it goes when someone else signs in.
  if (store && account) {
    all().then(function (list) {
      return Promise.all(list.filter(function (e) { return e.account !== account; }).map(function (e) { return drop(e.key); }));
    }).then(render).then(flush);
  }
}());
