// Kith's service worker (README "Kith on a phone"): the app keeps working with no signal.
// - The shell (styles, scripts, icons, the offline page) is public: served from the cache, refreshed behind.
// - Today, the quick-log form and the people's names are kept as last seen, in one private cache that
//   is dropped at sign-in, whenever the sign-in page is shown (signed out, session over), at sign-out
//   (by the page and the server's Clear-Site-Data), and once the session would have timed out.
// - Every other page comes from the network; one that cannot be reached gets the offline page.
"use strict";

/** The shell's cache; a new name (with the offline page changed) makes every browser fetch the shell again. */
const SHELL = "kith-shell-v1";
const PRIVATE = "kith-private";
const OFFLINE = "/offline.html";
const NAMES = "/people/names";
const SHELL_FILES = [OFFLINE, "/css/kith.css", "/js/kith.js", "/js/offline.js", "/js/outbox.js",
  "/icons/kith.svg", "/icons/kith-192.png"];
/** The server's session timeout, given in the registration's address by the page. */
const SESSION_MS = Number(new URL(self.location.href).searchParams.get("session") || 0) * 1000;
/** How old the names copy may be before a visit to People or quick log fetches it again. */
const REFRESH_MS = 5 * 60 * 1000;
const KEPT_AT = "kith-kept-at";
/** Marks the names copy out of date: a change was sent from this browser (a person added, renamed, deleted). */
const NAMES_STALE = "/.kith/names-stale";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n !== SHELL && n !== PRIVATE).map((n) => caches.delete(n)));
    if (self.registration.navigationPreload) {
      await self.registration.navigationPreload.enable();
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method !== "GET") {
    if (url.pathname !== "/login" && url.pathname !== "/logout") {
      event.waitUntil(caches.open(PRIVATE).then((cache) => cache.put(NAMES_STALE, new Response(""))));
    }
    if (request.mode === "navigate") {
      event.respondWith(submitted(request, url));
    }
    return;
  }
  if (isShell(url.pathname)) {
    event.respondWith(shell(event, request));
  } else if (request.mode === "navigate" || url.pathname === NAMES) {
    // The names are also read by the quick log's picker, offline.
    event.respondWith(page(event, request, url));
  }
});

function isShell(path) {
  return path === OFFLINE || /^\/(css|js|webjars|icons)\//.test(path);
}

/** Public files: the copy at once, a fresh one fetched behind it for next time. */
async function shell(event, request) {
  const cache = await caches.open(SHELL);
  const kept = await cache.match(request);
  const fresh = fetch(request).then((response) => {
    if (response.ok) {
      cache.put(request, response.clone());
    }
    return response;
  });
  if (kept) {
    event.waitUntil(fresh.catch(() => undefined));
    return kept;
  }
  return fresh;
}

/** A form sent by navigation (sign-in, sign-out, a share): to the network; a new sign-in starts clean. */
async function submitted(request, url) {
  if (url.pathname === "/login" || url.pathname === "/logout") {
    await caches.delete(PRIVATE);
  }
  try {
    return await fetch(request);
  } catch (offline) {
    return offlinePage();
  }
}

/** A page: from the network, keeping the private ones; offline, the kept copy or the offline page. */
async function page(event, request, url) {
  const key = privateKey(url);
  try {
    const response = (await event.preloadResponse) || await fetch(request);
    if (url.pathname === "/login" || url.pathname === "/signup") {
      await caches.delete(PRIVATE);
    } else if (response.ok && response.type === "basic") {
      if (url.search === "" && (url.pathname === "/" || url.pathname === "/log" || url.pathname === NAMES)) {
        await keep(url.pathname, response.clone());
        if (url.pathname === NAMES) {
          await (await caches.open(PRIVATE)).delete(NAMES_STALE);
        }
      }
      event.waitUntil(refresh(url.pathname));
    }
    return response;
  } catch (offline) {
    return (key && await kept(key)) || offlinePage();
  }
}

/** Which kept copy stands in for a page offline: Today for Today, the names for the people list. */
function privateKey(url) {
  if (url.pathname === "/") {
    return "/";
  }
  if (url.pathname === "/log") {
    return "/log";
  }
  return url.pathname === "/people" || url.pathname === NAMES ? NAMES : null;
}

/** Opening Today, People or quick log fetches what offline logging needs, when missing, old or out of date. */
async function refresh(path) {
  const wanted = [];
  if (path === "/" || path === "/people" || path === "/log") {
    wanted.push(NAMES);
  }
  if (path === "/") {
    wanted.push("/log");
  }
  const cache = await caches.open(PRIVATE);
  for (const key of wanted.filter((k) => k !== path)) {
    const stale = key === NAMES && await cache.match(NAMES_STALE);
    if (!stale && await age(key) < REFRESH_MS) {
      continue;
    }
    try {
      const response = await fetch(key, { credentials: "same-origin" });
      if (response.ok && !response.redirected) {
        await keep(key, response);
        if (key === NAMES) {
          await cache.delete(NAMES_STALE);
        }
      }
    } catch (offline) {
      return;
    }
  }
}

async function keep(key, response) {
  const headers = new Headers(response.headers);
  headers.set(KEPT_AT, String(Date.now()));
  const copy = new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  await (await caches.open(PRIVATE)).put(key, copy);
}

/** The kept copy, unless the session it belongs to would have timed out since: then nothing is kept. */
async function kept(key) {
  const response = await (await caches.open(PRIVATE)).match(key);
  if (!response) {
    return null;
  }
  if (Date.now() - Number(response.headers.get(KEPT_AT)) > SESSION_MS) {
    await caches.delete(PRIVATE);
    return null;
  }
  return response;
}

async function age(key) {
  const response = await (await caches.open(PRIVATE)).match(key);
  return response ? Date.now() - Number(response.headers.get(KEPT_AT)) : Infinity;
}

async function offlinePage() {
  return (await caches.match(OFFLINE)) || new Response("You are offline.", {
    status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" }
  });
}
