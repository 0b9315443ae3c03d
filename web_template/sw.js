// flet-pwa service worker, rendered by `flet publish` (flet/publish/pwa.py, precache.py).
//
// One build, one cache: "flet-pwa <scope path> <build id>".
// * install: stores the files a page load fetches (BUILD.precache, plus the engine files of
//   the variant named by ?engine= in this script's URL, which pwa.js computes in the page), each
//   fetched with its integrity hash, so a file of another build can never enter this cache.
//   A file with a gzip copy (BUILD.compressed: path -> {gz, type}, flet/publish/compress.py;
//   also the memory snapshot's heap, which is no file of the site) is stored decoded: the copy
//   is fetched with its integrity hash and decoded, so the page gets the original bytes (and
//   V8 can keep their compiled code beside the entry), labelled with the build id in an
//   X-Flet-Pwa-Decoded header; if the copy cannot be had, the original is fetched. A new
//   build's worker then waits: it never calls skipWaiting on its own.
// * activate: deletes the caches of earlier builds of this scope (other scopes are left alone)
//   and stores this build's scripts again (see dropFullCodeCaches).
// * fetch: navigations under the scope get this build's index.html (or the file they name);
//   site files come from this build's cache only, ignoring the query string; a site file not
//   precached is fetched once, checked against its hash and kept. The version file always goes
//   to the network. Everything else is not touched. Responses are the cached ones themselves,
//   never copies: V8 keeps compiled code beside a Cache Storage entry (the side data Chromium
//   passes along with it) only for a response that came from there.
// * message {type: "skip-waiting"}: sent by pwa.js when the user accepts the update.
"use strict";

const BUILD = {{ build|tojson }};

const SCOPE = new URL(self.registration.scope);
const CACHE_PREFIX = `flet-pwa ${SCOPE.pathname} `;
const CACHE = CACHE_PREFIX + BUILD.id;
const ENGINE = new URL(self.location.href).searchParams.get("engine");
const MESSAGE = Object.freeze({ SKIP_WAITING: "skip-waiting" });
const DECODED_HEADER = "X-Flet-Pwa-Decoded"; // worker.mjs reads it (fetchHeap)
const SCRIPT = ".js"; // classic scripts (main.dart.js...); module scripts (.mjs) are not affected

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(Promise.all([deleteOtherBuilds(), dropFullCodeCaches()]));
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === MESSAGE.SKIP_WAITING) self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) return;
  const path = sitePath(request.url);
  if (path === null) return;
  if (path === BUILD.version) {
    event.respondWith(versionFromNetwork(request));
  } else if (request.mode === "navigate") {
    event.respondWith(fromBuild(path in BUILD.files ? path : BUILD.index));
  } else if (path in BUILD.files || path in BUILD.compressed) {
    event.respondWith(fromBuild(path));
  }
});

// --- install and activate -----------------------------------------------------------------

function installPaths() {
  const engines = BUILD.engines[ENGINE] ? [BUILD.engines[ENGINE]] : Object.values(BUILD.engines);
  return [...new Set([...BUILD.precache, ...engines.flat()])];
}

async function precache() {
  const cache = await caches.open(CACHE);
  const stored = new Set((await cache.keys()).map((request) => request.url));
  const missing = installPaths().filter((path) => !stored.has(siteUrl(path)));
  await Promise.all(missing.map((path) => fetchChecked(path).then((r) => cache.put(siteUrl(path), r))));
}

// Chromium compiles every function of a script put into Cache Storage while the worker
// installs and keeps that "full" code cache beside it. For main.dart.js it is 24 MB, and the
// page's first run of the script from it took about 0.9 s of main-thread CPU, against about
// 0.2 s with the ordinary code cache V8 keeps after a first run from Cache Storage without one
// (benchmarks/README.md, "Warm path"). Storing the scripts again after install drops it.
async function dropFullCodeCaches() {
  const cache = await caches.open(CACHE);
  const scripts = installPaths().filter((path) => path.endsWith(SCRIPT));
  await Promise.all(
    scripts.map(async (path) => {
      const stored = await cache.match(siteUrl(path));
      if (stored) await cache.put(siteUrl(path), stored);
    }),
  );
}

async function deleteOtherBuilds() {
  const names = await caches.keys();
  const old = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
  await Promise.all(old.map((name) => caches.delete(name)));
}

// A site file as this build has it, decoded from its gzip copy when it has one.
async function fetchChecked(path) {
  const copy = BUILD.compressed[path];
  if (copy && typeof DecompressionStream === "function") {
    try {
      return decoded(await fetchVerified(copy.gz), copy.type);
    } catch {
      // the copy is missing or another build's: the original, below
    }
  }
  return fetchVerified(path);
}

// Labelled with the build (DECODED_HEADER): the copy it came from was checked against this
// build's hash, so the Python worker need not hash the snapshot's heap again.
function decoded(response, type) {
  const body = response.body.pipeThrough(new DecompressionStream("gzip"));
  const headers = { "Content-Type": type, [DECODED_HEADER]: BUILD.id };
  return new Response(body, { status: 200, statusText: "OK", headers });
}

// A site file as this build has it: from the HTTP cache when it still holds this build's
// bytes (the page just loaded them), else from the server; rejects on any other content.
async function fetchVerified(path) {
  const url = siteUrl(path);
  const integrity = BUILD.files[path];
  try {
    return await fetchOk(new Request(url, { integrity }));
  } catch {
    return fetchOk(new Request(url, { integrity, cache: "reload" }));
  }
}

// Hosts with "pretty URLs" redirect index.html to the folder; a redirected response cannot
// answer a navigation, so it is stored as a plain one.
async function fetchOk(request) {
  const response = await fetch(request);
  if (!response.ok) throw new Error(`${request.url}: HTTP ${response.status}`);
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

// --- fetch --------------------------------------------------------------------------------

// A cache deleted under a running page (its build was replaced or removed) is not re-created.
async function fromBuild(path) {
  const url = siteUrl(path);
  const cache = (await caches.has(CACHE)) ? await caches.open(CACHE) : null;
  const cached = cache && (await cache.match(url));
  if (cached) return cached;
  const response = await fetchChecked(path);
  if (cache) await cache.put(url, response.clone());
  return response;
}

// The page asks with cache "no-store". Unreachable server: 204 (no news), so an offline page
// logs no failed request.
async function versionFromNetwork(request) {
  try {
    return await fetch(request);
  } catch {
    return new Response(null, { status: 204, statusText: "Offline" });
  }
}

// --- URLs ---------------------------------------------------------------------------------

// The site path of a URL under the scope ("" for the scope itself), or null.
function sitePath(href) {
  const url = new URL(href);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const rest = url.pathname.slice(SCOPE.pathname.length);
  try {
    return rest.split("/").map(decodeURIComponent).join("/");
  } catch {
    return null;
  }
}

function siteUrl(path) {
  return new URL(path.split("/").map(encodeURIComponent).join("/"), SCOPE).href;
}
