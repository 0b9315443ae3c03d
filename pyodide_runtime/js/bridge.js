// flet-pwa bridge: the page side of the Python worker (classic script, loaded by index.html
// before flutter_bootstrap.js).
//
// * Starts the worker (flet-pwa/worker.mjs, a module worker) as soon as the page loads, so
//   Pyodide boots while the Flutter engine loads; the first jsConnect takes that worker.
// * Defines what the Flet 1.0.5 client calls (protocol.md section 2): jsConnect(appId, args,
//   dartOnMessage) -> Promise (resolves on the worker's "ready", rejects with the error text
//   of its "failed"),
//   jsSend(appId, Uint8Array) (buffer transferred), jsDisconnect(appId).
// * Packets from the worker that arrive before Dart listens are queued; packets from Dart go
//   straight to the worker, which queues them until the app's transport exists.
// * Shows the boot stage in #fletpwa-loading and removes it once Flutter has drawn its first
//   frame and the app has started (or failed, so the client's error card is visible); then
//   dispatches "flet-pwa-started" on window (detail: {ok}), which pwa.js waits for.
// * Holds Flutter's frames while that screen hides them: from the client's start until the
//   app has started or failed, requestAnimationFrame callbacks wait (see
//   holdFramesBehindLoadingScreen).
// * Records timings (ms since navigation start) in globalThis.fletPwaTimings (workerReady: when
//   the worker was ready by its own clock; the others: when the page read it), and how Python
//   started (the worker's "boot" message: "snapshot", "fallback" or "normal") in
//   globalThis.fletPwaBoot.
(function () {
  "use strict";

  const MESSAGE = Object.freeze({
    INIT: "init",
    STAGE: "stage",
    BOOT: "boot",
    READY: "ready",
    FAILED: "failed",
  });

  // Dispatched on window once the loading screen is gone (the app runs or failed to start).
  const STARTED_EVENT = "flet-pwa-started";

  // ASCII only in this file (\u2026 is the ellipsis): it is decoded with the page's charset.
  const STAGE_TEXT = Object.freeze({
    downloading: "Downloading\u2026",
    "starting-python": "Starting Python\u2026",
    "starting-app": "Starting the app\u2026",
  });

  const LOADING_ID = "fletpwa-loading";
  const LOADING_TEXT_ID = "fletpwa-loading-stage";

  const config = withAbsoluteUrls(globalThis.fletPwa);
  const timings = {};
  globalThis.fletPwaTimings = timings;

  const apps = new Map(); // appId -> app, for the apps Dart connected
  let spare = startApp(); // started now, taken by the first jsConnect
  trackLoadingScreen(spare);
  holdFramesBehindLoadingScreen(spare);

  globalThis.jsConnect = function (appId, args, dartOnMessage) {
    const app = spare || startApp();
    spare = null;
    apps.set(appId, app);
    app.dartOnMessage = dartOnMessage;
    flushToDart(app);
    return app.ready;
  };

  globalThis.jsSend = function (appId, data) {
    const app = apps.get(appId);
    if (app && app.worker) app.worker.postMessage(data, [data.buffer]);
  };

  globalThis.jsDisconnect = function (appId) {
    const app = apps.get(appId);
    if (!app) return;
    apps.delete(appId);
    stopWorker(app);
  };

  // --- the worker ---------------------------------------------------------------------------

  function startApp() {
    const app = { worker: null, dartOnMessage: null, toDart: [], settled: false };
    app.ready = new Promise((resolve, reject) => {
      app.resolve = resolve;
      app.reject = reject;
    });
    app.ready.catch(() => {}); // Dart handles the rejection once jsConnect returns it
    try {
      app.worker = new Worker(config.workerUrl, { type: "module", name: "flet-pwa" });
    } catch (error) {
      fail(app, `Could not start the Python worker (${config.workerUrl}): ${error.message}`);
      return app;
    }
    app.worker.onmessage = (event) => onWorkerMessage(app, event.data);
    app.worker.onerror = (event) => onWorkerError(app, event);
    app.worker.onmessageerror = () => console.error("flet-pwa: a worker message could not be read");
    app.worker.postMessage({
      type: MESSAGE.INIT,
      config,
      documentUrl: document.URL,
      baseUrl: document.baseURI,
      controlled: Boolean(navigator.serviceWorker && navigator.serviceWorker.controller),
    });
    return app;
  }

  function onWorkerMessage(app, data) {
    if (data instanceof Uint8Array) {
      app.toDart.push(data);
      flushToDart(app);
    } else if (data && (data.type === MESSAGE.READY || data.type === MESSAGE.FAILED)) {
      if (app.settled) console.warn("flet-pwa: ignored a late message from the worker:", data);
      else if (data.type === MESSAGE.READY) succeed(app, data.at);
      else fail(app, String(data.error));
    } else if (data && data.type === MESSAGE.STAGE) {
      showStage(data.stage);
    } else if (data && data.type === MESSAGE.BOOT) {
      mark("pythonStarted");
      if (!globalThis.fletPwaBoot) globalThis.fletPwaBoot = Object.freeze({ python: data.python });
    } else {
      console.warn("flet-pwa: ignored an unexpected message from the worker:", data);
    }
  }

  function onWorkerError(app, event) {
    event.preventDefault();
    const reason = event.message || "the script failed to load or threw while loading";
    const text = `Could not start the Python worker (${config.workerUrl}): ${reason}`;
    if (app.settled) console.error(`flet-pwa: ${text}`);
    else fail(app, text);
  }

  function flushToDart(app) {
    if (!app.dartOnMessage || !app.settled) return;
    for (const packet of app.toDart.splice(0)) app.dartOnMessage(packet);
  }

  function succeed(app, at) {
    app.settled = true;
    mark("initialized");
    // When the worker was ready by its own clock: the page's thread may be busy (Flutter
    // starting) and read the message later than it was sent.
    if (typeof at === "number" && !("workerReady" in timings)) {
      timings.workerReady = Math.round(at - performance.timeOrigin);
    }
    app.resolve();
    flushToDart(app);
  }

  function fail(app, text) {
    app.settled = true;
    mark("failed");
    console.error(`flet-pwa: the app could not start: ${text}`);
    stopWorker(app);
    app.reject(text);
  }

  function stopWorker(app) {
    if (!app.worker) return;
    app.worker.onmessage = app.worker.onerror = app.worker.onmessageerror = null;
    app.worker.terminate();
    app.worker = null;
  }

  // --- the loading screen -------------------------------------------------------------------

  let currentStage = null;

  function showStage(stage) {
    mark(stage);
    currentStage = stage;
    renderStage();
  }

  function renderStage() {
    const label = document.getElementById(LOADING_TEXT_ID);
    if (label && STAGE_TEXT[currentStage]) label.textContent = STAGE_TEXT[currentStage];
  }

  function trackLoadingScreen(app) {
    document.addEventListener("DOMContentLoaded", renderStage);
    const firstFrame = new Promise((resolve) =>
      window.addEventListener("flutter-first-frame", resolve, { once: true }),
    );
    const flutterLoaded = globalThis.flet && globalThis.flet.flutterAppLoaded;
    const drawn = flutterLoaded ? Promise.race([firstFrame, flutterLoaded]) : firstFrame;
    drawn.then(() => mark("firstFrame"));
    const started = app.ready.then(
      () => true,
      () => false,
    );
    Promise.all([drawn, started]).then(([, ok]) => removeLoadingScreen(ok));
  }

  function removeLoadingScreen(ok) {
    mark("loadingRemoved");
    const screen = document.getElementById(LOADING_ID);
    if (screen) screen.remove();
    globalThis.fletPwaStarted = Object.freeze({ ok });
    window.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail: { ok } }));
  }

  // --- Flutter's frames behind the loading screen -------------------------------------------

  // Once the client runs, its first frames draw its own boot screen (a spinner and a line of
  // text), which #fletpwa-loading hides until the app has started. Drawing them is not free:
  // a first draw compiles shaders, every frame is a GPU round trip, and without a GPU
  // (software GL) one such frame took 300-600 ms of the cores Python boots on, with the
  // page's thread unable to read the worker's "ready" meanwhile. So from the client's start
  // (flet.flutterAppLoaded) until the app has started or failed, requestAnimationFrame
  // callbacks are held; then each held callback goes to the browser's next frame, and
  // requestAnimationFrame is the browser's again.
  function holdFramesBehindLoadingScreen(app) {
    const flutterLoaded = globalThis.flet && globalThis.flet.flutterAppLoaded;
    if (!flutterLoaded) return;
    const nativeRequest = window.requestAnimationFrame;
    const nativeCancel = window.cancelAnimationFrame;
    const held = new Map(); // our id -> callback
    let nextId = -1; // negative: never an id the browser hands out
    let holding = false;

    const request = function (callback) {
      if (!holding) return nativeRequest.call(window, callback);
      const id = nextId--;
      held.set(id, callback);
      return id;
    };
    const cancel = function (id) {
      if (!held.delete(id)) nativeCancel.call(window, id);
    };
    window.requestAnimationFrame = request;
    window.cancelAnimationFrame = cancel;
    flutterLoaded.then(() => {
      holding = !app.settled;
    });

    const release = () => {
      holding = false;
      // the browser's own again, unless a later script wrapped ours (it keeps calling through)
      if (window.requestAnimationFrame === request) window.requestAnimationFrame = nativeRequest;
      if (window.cancelAnimationFrame === cancel) window.cancelAnimationFrame = nativeCancel;
      for (const callback of held.values()) nativeRequest.call(window, callback);
      held.clear();
    };
    app.ready.then(release, release);
  }

  // --- helpers ------------------------------------------------------------------------------

  function withAbsoluteUrls(runtimeConfig) {
    const base = document.baseURI;
    const resolved = { ...runtimeConfig };
    for (const key of ["workerUrl", "pyodideUrl", "lockFileUrl", "appArchiveUrl"]) {
      resolved[key] = new URL(runtimeConfig[key], base).href;
    }
    return Object.freeze(resolved);
  }

  function mark(name) {
    if (!(name in timings)) timings[name] = Math.round(performance.now());
  }
})();
