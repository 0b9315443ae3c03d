// flet-pwa: on a visit no service worker answers, fetch() of a large file fetches its gzip copy
// and decodes it (flet/publish/compress.py writes NAME.gz beside NAME; config: site path ->
// {gz, type}). Many static hosts send .wasm and fonts uncompressed, and they are most of a
// first visit. Later visits are answered by the service worker, which stored the decoded files.
//
// A classic script: index.html loads it before flutter_bootstrap.js and it installs itself in
// the page when no service worker controls it (Flutter's loader fetches main.dart.wasm and the
// engine's .wasm with fetch(), and the engine its fonts); worker.mjs imports it and installs it
// in the Python worker (Pyodide fetches pyodide.asm.wasm with fetch()).
//
// Anything else goes to fetch() unchanged, and so does a file whose copy cannot be fetched
// (HTTP error, network error): the original is fetched instead. A host that labels the .gz
// file "Content-Encoding: gzip" has had it decoded by the browser already.
(function () {
  "use strict";

  function install(scope, compressed, baseUrl) {
    if (!compressed || typeof DecompressionStream !== "function") return false;
    const copies = new Map();
    for (const [path, entry] of Object.entries(compressed)) {
      const gz = new URL(entry.gz, baseUrl).href;
      copies.set(new URL(path, baseUrl).href, { gz, type: entry.type });
    }
    if (copies.size === 0) return false;
    const plainFetch = scope.fetch;

    scope.fetch = function fetch(input, init) {
      const copy = copyOf(input, init);
      if (!copy) return plainFetch.call(scope, input, init);
      const original = () => plainFetch.call(scope, input, init);
      return plainFetch.call(scope, copy.gz, { credentials: "same-origin" }).then(
        (response) => (response.ok ? decoded(response, copy.type) : original()),
        original,
      );
    };

    function copyOf(input, init) {
      const request = typeof Request === "function" && input instanceof Request ? input : null;
      const method = (init && init.method) || (request ? request.method : "GET");
      if (String(method).toUpperCase() !== "GET") return null;
      let url;
      try {
        url = new URL(request ? request.url : String(input), baseUrl);
      } catch {
        return null;
      }
      url.search = url.hash = "";
      return copies.get(url.href) || null;
    }
    return true;
  }

  function decoded(response, type) {
    const encoding = (response.headers.get("Content-Encoding") || "").toLowerCase();
    const body = encoding.includes("gzip")
      ? response.body
      : response.body.pipeThrough(new DecompressionStream("gzip"));
    return new Response(body, { status: 200, statusText: "OK", headers: { "Content-Type": type } });
  }

  globalThis.fletPwaGzipFetch = Object.freeze({ install });

  const page = typeof document !== "undefined" ? globalThis.fletPwa : null;
  if (page) {
    const controlled = "serviceWorker" in navigator && navigator.serviceWorker.controller !== null;
    if (!controlled) install(globalThis, page.compressed, document.baseURI);
  }
})();
