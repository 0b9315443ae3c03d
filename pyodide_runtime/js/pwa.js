// flet-pwa offline support, page side (classic script; index.html loads it before
// flutter_bootstrap.js, with its configuration in data-config, see flet/publish/pwa.py).
//
// * Logs the page's build id.
// * Keeps Flutter's own service worker out: the stock bootstrap asks Flutter's loader to
//   register flutter_service_worker.js (which unregisters every worker of the scope) as soon
//   as any worker controls the page. The loader object is wrapped when the bootstrap creates
//   it, and its load() gets the options without serviceWorkerSettings.
// * Registers sw.js with the base URL as scope: on a first visit only once the app is up
//   (bridge.js's "flet-pwa-started" event: the loading screen is gone), so the worker's
//   downloads do not compete with the app's; with
//   ?engine=<variant>, the Flutter engine files this browser loads (same tests as the loader).
// * Updates: a new build's worker installs in the background and waits. The page shows a
//   notice ("A new version is available." + Reload); Reload tells the waiting worker to take
//   over and reloads every tab of the old build when it does, so no page mixes two builds.
// * version.json, fetched with cache "no-store" at load and when the tab is shown again, says
//   which build the server has; a different one triggers an update check. A build published
//   with --no-service-worker makes the page unregister the worker and offer Reload; pages of
//   such a build delete what is left (caches of this scope, any worker).
(function () {
  "use strict";

  const config = Object.freeze(JSON.parse(document.currentScript.dataset.config));
  const SCOPE = new URL(config.scope, document.baseURI);
  const CACHE_PREFIX = `flet-pwa ${SCOPE.pathname} `;
  const MESSAGE = Object.freeze({ SKIP_WAITING: "skip-waiting" });
  const NOTICE_ID = "fletpwa-update";
  const STARTED_EVENT = "flet-pwa-started"; // bridge.js, once the loading screen is gone
  const VERSION_CHECK_INTERVAL_MS = 60_000;

  console.info(`flet-pwa: build ${config.buildId}`);
  keepFlutterServiceWorkerOut();

  const supported = "serviceWorker" in navigator;
  const controlled = supported && navigator.serviceWorker.controller !== null;
  let registration = null;
  let lastVersionCheck = 0;
  let reloading = false;

  if (supported && config.serviceWorkerUrl) {
    start().catch((error) => console.warn("flet-pwa: offline support unavailable:", error));
  } else if (supported) {
    removeWorker().catch((error) => console.warn("flet-pwa: could not remove the worker:", error));
  }

  // --- Flutter's loader -------------------------------------------------------------------

  function keepFlutterServiceWorkerOut() {
    const flutter = (window._flutter = window._flutter || {});
    let loader = withoutServiceWorker(flutter.loader);
    Object.defineProperty(flutter, "loader", {
      configurable: true,
      enumerable: true,
      get: () => loader,
      set: (value) => {
        loader = withoutServiceWorker(value);
      },
    });
  }

  function withoutServiceWorker(loader) {
    if (!loader || loader.fletPwaWrapped) return loader;
    const load = loader.load;
    const loadEntrypoint = loader.loadEntrypoint;
    loader.load = function (options) {
      const { serviceWorkerSettings, ...rest } = options || {};
      return load.call(this, rest);
    };
    loader.loadEntrypoint = function (options) {
      const { serviceWorker, ...rest } = options || {};
      return loadEntrypoint.call(this, rest);
    };
    loader.fletPwaWrapped = true;
    return loader;
  }

  // --- registration and updates -----------------------------------------------------------

  async function start() {
    if (controlled) {
      navigator.serviceWorker.addEventListener("controllerchange", reloadOnce);
    } else {
      await appStarted();
    }
    const url = new URL(config.serviceWorkerUrl, document.baseURI);
    url.searchParams.set("engine", engineVariant(config.webRenderer));
    registration = await navigator.serviceWorker.register(url.href, { scope: SCOPE.href });
    watch(registration);
    checkVersion();
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") checkVersion();
    });
  }

  function watch(reg) {
    if (reg.waiting && controlled) showNotice(() => activate(reg.waiting));
    reg.addEventListener("updatefound", () => {
      const worker = reg.installing;
      const isUpdate = reg.active !== null;
      worker.addEventListener("statechange", () => onStateChange(worker, isUpdate));
    });
  }

  function onStateChange(worker, isUpdate) {
    if (worker.state === "installed" && controlled) {
      console.info("flet-pwa: a new build is ready; it is used after Reload");
      showNotice(() => activate(worker));
    } else if (worker.state === "activated" && !controlled) {
      if (isUpdate) showNotice(() => window.location.reload());
      else console.info(`flet-pwa: build ${config.buildId} is cached; the app now works offline`);
    }
  }

  function activate(worker) {
    if (worker.state === "activated") reloadOnce();
    else worker.postMessage({ type: MESSAGE.SKIP_WAITING });
  }

  // Another tab may accept the update too: every page of the old build reloads.
  function reloadOnce() {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  }

  // bridge.js sets globalThis.fletPwaStarted when it dispatches the event.
  function appStarted() {
    if (globalThis.fletPwaStarted) return Promise.resolve();
    return new Promise((resolve) =>
      window.addEventListener(STARTED_EVENT, () => resolve(), { once: true }),
    );
  }

  // --- version file -----------------------------------------------------------------------

  async function checkVersion() {
    const now = Date.now();
    if (now - lastVersionCheck < VERSION_CHECK_INTERVAL_MS && lastVersionCheck) return;
    lastVersionCheck = now;
    const current = await fetchVersion();
    if (!current || current.buildId === config.buildId) return;
    console.info(`flet-pwa: build ${current.buildId} is published; this page runs ${config.buildId}`);
    if (current.serviceWorker === false) {
      await unregister(); // this page still needs its cache; the next page deletes it
      showNotice(() => window.location.reload());
    } else if (registration) {
      await registration.update().catch(() => undefined);
    }
  }

  async function fetchVersion() {
    try {
      const response = await fetch(config.versionUrl, { cache: "no-store" });
      return response.status === 200 ? await response.json() : null;
    } catch {
      return null; // offline
    }
  }

  // A build published with --no-service-worker: no worker, no caches left for this scope.
  async function removeWorker() {
    await unregister();
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX)).map((n) => caches.delete(n)));
  }

  async function unregister() {
    const reg = await navigator.serviceWorker.getRegistration(SCOPE.href);
    if (reg && reg.scope === SCOPE.href) await reg.unregister();
  }

  // --- the notice -------------------------------------------------------------------------

  function showNotice(onReload) {
    document.getElementById(NOTICE_ID)?.remove();
    const notice = element("div", {
      id: NOTICE_ID,
      role: "status",
      "aria-live": "polite",
      style:
        "position:fixed;top:16px;left:50%;transform:translateX(-50%);z-index:2147483647;" +
        "display:flex;align-items:center;gap:12px;padding:10px 12px 10px 16px;" +
        "max-width:calc(100vw - 32px);box-sizing:border-box;border-radius:8px;" +
        "background:#323232;color:#ffffff;box-shadow:0 3px 8px rgba(0,0,0,.35);" +
        "font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;",
    });
    notice.append(element("span", {}, "A new version is available."));
    const buttonStyle =
      "font:inherit;font-weight:600;border:0;border-radius:4px;padding:6px 10px;" +
      "cursor:pointer;background:transparent;";
    const reload = element("button", { type: "button", style: buttonStyle + "color:#8ab4f8;" }, "Reload");
    const dismiss = element(
      "button",
      { type: "button", "aria-label": "Dismiss", style: buttonStyle + "color:#ffffff;" },
      "\u00d7",
    );
    reload.addEventListener("click", () => {
      reload.disabled = true;
      onReload();
    });
    dismiss.addEventListener("click", () => notice.remove());
    notice.append(reload, dismiss);
    document.body.append(notice);
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  // --- the engine variant this browser loads (mirrors flutter_bootstrap.js) ----------------

  function engineVariant(renderer) {
    const blink = navigator.vendor === "Google Inc." || navigator.userAgent.includes("Edg/");
    const imageCodecs = blink && typeof ImageDecoder !== "undefined";
    const breakIterators =
      typeof Intl.v8BreakIterator !== "undefined" && typeof Intl.Segmenter !== "undefined";
    const chromiumFeatures = imageCodecs && breakIterators;
    const skwasm = renderer === "skwasm" || (renderer === "auto" && blink && wasmGC() && webGL());
    if (skwasm) return chromiumFeatures ? "skwasm" : "skwasm-heavy";
    return chromiumFeatures ? "canvaskit-chromium" : "canvaskit-full";
  }

  function wasmGC() {
    const module = [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 120, 0];
    return WebAssembly.validate(new Uint8Array(module));
  }

  function webGL() {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    return canvas.getContext("webgl2") !== null || canvas.getContext("webgl") !== null;
  }
})();
