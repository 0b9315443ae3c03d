// flet-pwa worker: boots Pyodide, unpacks the app, runs it, relays packets (module worker).
//
// Protocol (docs/architecture.md, "Bridge <-> worker messages"):
//   page -> worker: {type: "init", config, documentUrl, baseUrl, controlled} once (controlled:
//                   a service worker answers the page), then Uint8Array packets.
//   worker -> page: {type: "stage", stage} while booting, one {type: "boot", python} once
//                   Python runs ("snapshot": restored from the memory snapshot; "fallback":
//                   the page named a snapshot that could not be used, so Python started
//                   without it; "normal": the page named none), then exactly one of
//                   {type: "ready", at} (the app's main ran; packets follow; at: the
//                   worker's clock, ms since the epoch) or
//                   {type: "failed", error} (error: a text whose first line is the useful
//                   one), then only Uint8Array packets (buffers transferred).
// Packets that arrive before the app's transport exists are queued and fed in order.
// Messages between tabs (page.pubsub) go over a BroadcastChannel the worker opens itself.
//
// Console: Python's stdout goes to console.log, one message per line. Python's stderr is
// gathered until the worker returns to its event loop and logged as one message: as
// console.error when it holds a traceback ("Traceback (most recent call last):", e.g. an
// error in an event handler, which the session also shows in the app), otherwise as
// console.warn (warnings and other diagnostics are not errors). A failed start is reported
// by the page (bridge.js), once, with console.error.
//
// Memory snapshot (config.snapshot = {url, sha256, heap, deferredPackages}, or null; see
// flet/publish/snapshot.py; heap: {url, sha256} of the decoded heap, see fetchSnapshot):
// fetched while Pyodide's files download, checked against its sha256, gunzipped with
// DecompressionStream and restored instead of starting Python; the site's packages are then
// put on top of it (see startPython) but for config.snapshot.deferredPackages (msgpack: the
// heap holds its pure-Python form), and pyodide_runtime.snapshot.restored() redoes what a
// heap cannot carry. The deferred packages are loaded once the app runs, then
// pyodide_runtime.snapshot.extensions_loaded() switches to msgpack's C extension; if they
// cannot be loaded, one console.warn says so and the app goes on with the pure-Python form.
// If restoring fails, one console.warn says why and Python starts again without the
// snapshot: the same app, only slower.

import "./gzip_fetch.js"; // globalThis.fletPwaGzipFetch

const MESSAGE = Object.freeze({
  INIT: "init",
  STAGE: "stage",
  BOOT: "boot",
  READY: "ready",
  FAILED: "failed",
});

const BOOT = Object.freeze({
  SNAPSHOT: "snapshot",
  FALLBACK: "fallback",
  NORMAL: "normal",
});

const STAGE = Object.freeze({
  DOWNLOADING: "downloading",
  STARTING_PYTHON: "starting-python",
  STARTING_APP: "starting-app",
});

// WebCrypto hashes what the worker checks; without it (plain http on a host other than
// localhost) the browser checks the bytes as Subresource Integrity while fetching them.
const HAS_WEBCRYPTO = Boolean(self.crypto && self.crypto.subtle);

const TRACEBACK = "Traceback (most recent call last):";
const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(Error|Exception|Exit)\b/;

// An error whose message is already worded for the user (first line = the card's text).
class StartError extends Error {}

const pending = [];
let transport = null;
let booting = false;

// Set synchronously, before anything is awaited, so no message is lost.
self.onmessage = (event) => {
  const data = event.data;
  if (data instanceof Uint8Array) {
    if (transport) transport.feed_js(data);
    else pending.push(data);
  } else if (data && data.type === MESSAGE.INIT && !booting) {
    booting = true;
    // A visit no service worker answers fetches pyodide.asm.wasm's gzip copy (gzip_fetch.js).
    if (!data.controlled) {
      globalThis.fletPwaGzipFetch.install(self, data.config.compressed, data.baseUrl);
    }
    boot(data.config);
  } else {
    console.warn("flet-pwa worker: ignored an unexpected message", data);
  }
};

async function boot(config) {
  let started;
  try {
    started = await startApp(config);
  } catch (error) {
    self.postMessage({ type: MESSAGE.FAILED, error: errorText(error) });
    return;
  }
  transport = started.transport;
  // at: when, on the worker's own clock (ms since the epoch), for the page's timings
  self.postMessage({ type: MESSAGE.READY, at: performance.timeOrigin + performance.now() });
  for (const packet of pending.splice(0)) transport.feed_js(packet);
  const { pyodide, deferred } = started;
  setTimeout(async () => {
    if (deferred.length) await loadDeferred(pyodide, deferred); // it logs its own failure
    installLater(pyodide);
  }, 0);
}

// The files site_files kept back, a batch per task, so the client's messages go first.
function installLater(pyodide) {
  let files;
  try {
    files = pyodide.pyimport("pyodide_runtime.site_files");
    if (files.install_more() > 0) {
      setTimeout(() => installLater(pyodide), 0);
    }
  } catch (error) {
    console.warn(
      `flet-pwa: some source files were not written (${firstLine(error.message)}); ` +
        "tracebacks may lack their lines.",
    );
  } finally {
    if (files) files.destroy();
  }
}

async function loadDeferred(pyodide, names) {
  const errors = [];
  try {
    await pyodide.loadPackage(names, {
      messageCallback: () => {},
      errorCallback: (line) => errors.push(line),
    });
    checkPackages(pyodide, names, errors);
    const snapshot = pyodide.pyimport("pyodide_runtime.snapshot");
    try {
      snapshot.extensions_loaded();
    } finally {
      snapshot.destroy();
    }
  } catch (error) {
    console.warn(
      `flet-pwa: ${names.join(", ")} could not be loaded after the start ` +
        `(${firstLine(error.message)}); the app goes on with the pure-Python msgpack.`,
    );
  }
}

async function startApp(config) {
  stage(STAGE.DOWNLOADING);
  const archive = downloadApp(absolute(config.appArchiveUrl), config.appArchiveSha256);
  archive.catch(() => {}); // awaited below; this only stops an early "unhandled rejection"
  const { pyodide, deferred } = await loadRuntime(config);
  stage(STAGE.STARTING_APP);
  const checked = await archive;
  await checked.verify(pyodide);
  pyodide.unpackArchive(checked.bytes, "zip"); // into the working directory, /home/pyodide
  connectPubSub(pyodide, config);
  const transport = runApp(pyodide, config.appModule);
  return { transport, pyodide, deferred };
}

async function loadRuntime(config) {
  const pyodideUrl = absolute(config.pyodideUrl);
  let loadPyodide;
  try {
    ({ loadPyodide } = await import(pyodideUrl));
  } catch (error) {
    throw new StartError(`Could not load Pyodide from ${pyodideUrl}: ${error.message}`);
  }
  const unusable = config.snapshot ? snapshotUnusableHere() : null;
  if (unusable) {
    snapshotNotUsed(unusable);
  } else if (config.snapshot) {
    const snapshot = fetchSnapshot(config.snapshot, config.buildId);
    snapshot.catch(() => {}); // loadPyodide awaits it; this only stops an "unhandled rejection"
    try {
      const pyodide = await startPython(loadPyodide, config, snapshot);
      afterSnapshot(pyodide);
      bootedFrom(BOOT.SNAPSHOT);
      return { pyodide, deferred: config.snapshot.deferredPackages || [] };
    } catch (error) {
      if (error instanceof StartError) throw error; // not the snapshot's fault: a package
      snapshotNotUsed(firstLine(error.message));
    }
  }
  const pyodide = await startPython(loadPyodide, config, null).catch((error) => {
    if (error instanceof StartError) throw error;
    throw new StartError(`Python could not start: ${firstLine(error.message)}`);
  });
  bootedFrom(config.snapshot ? BOOT.FALLBACK : BOOT.NORMAL);
  return { pyodide, deferred: [] };
}

// loadPyodide with the site's lock and packages; `snapshot` (a promise of the heap) or null.
// Rejects with Pyodide's own error, or a StartError when a package did not load.
//
// On a start from the snapshot the site's lock is read here (while Pyodide loads) and:
// * packages deferred until after the start are taken out of the others' dependencies for
//   this boot (flet-pwa depends on msgpack, and Pyodide would otherwise load it, C extension
//   and all, before the app runs); the lock still lists them, so the later loadPackage finds
//   them;
// * pure-Python wheels (flet-pwa's among them) are fetched while Pyodide loads, checked
//   against the lock's sha256 and unpacked into site-packages, then registered as loaded.
//   Pyodide's installer would first import tarfile to look for shared libraries: a module the
//   snapshot has no room for, compiled from source at every start (0.2-0.4 s). The other
//   packages go through loadPackage.
async function startPython(loadPyodide, config, snapshot) {
  const bootErrors = [];
  const deferred = snapshot ? config.snapshot.deferredPackages || [] : [];
  const packages = config.packages.filter((name) => !deferred.includes(name));
  const lockUrl = absolute(config.lockFileUrl);
  const lock = snapshot ? fetchLock(lockUrl, deferred) : null;
  const wheels = lock && lock.then((contents) => fetchPureWheels(contents, packages, lockUrl));
  if (wheels) wheels.catch(() => {}); // awaited below; this only stops an "unhandled rejection"
  const options = {
    ...(lock
      ? { lockFileContents: lock, packageBaseUrl: new URL(".", lockUrl).href }
      : { lockFileURL: lockUrl }),
    packages: snapshot ? [] : packages,
    stdout: (line) => console.log(line),
    stderr: (line) => {
      bootErrors.push(line);
      pythonStderr(line);
    },
    fsInit: async () => stage(STAGE.STARTING_PYTHON), // the runtime is downloaded and compiled
  };
  if (snapshot) options._loadSnapshot = snapshot;
  const pyodide = await loadPyodide(options);
  if (wheels) await installPackages(pyodide, await wheels, packages, bootErrors);
  checkPackages(pyodide, packages, bootErrors);
  pyodide.setStderr({ batched: pythonStderr });
  return pyodide;
}

const PURE_WHEEL = /-none-any\.whl$/;
const LOADED_CHANNEL = "default channel"; // what loadPackage records for the lock's packages
// the .dist-info files loadPackage writes for a package of the lock
const INSTALLED_BY = Object.freeze({ INSTALLER: "pyodide.loadPackage", PYODIDE_SOURCE: "pyodide" });

function fetchLock(lockUrl, deferred) {
  const lock = fetch(lockUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then((contents) => withoutDependencies(contents, deferred))
    .catch((error) => {
      throw new StartError(
        `Could not read the package lock ${fileName(lockUrl)}: ${error.message}. ` +
          "Publish the app again and upload the whole folder.",
      );
    });
  lock.catch(() => {}); // loadPyodide awaits it; this only stops an "unhandled rejection"
  return lock;
}

function withoutDependencies(lock, names) {
  for (const entry of Object.values(lock.packages || {})) {
    if (Array.isArray(entry.depends)) {
      entry.depends = entry.depends.filter((name) => !names.includes(name));
    }
  }
  return lock;
}

// [{name, bytes}] of the pure-Python wheels among `packages`, each checked against the lock.
function fetchPureWheels(lock, packages, lockUrl) {
  const entries = packages
    .map((name) => [name, (lock.packages || {})[name]])
    .filter(([, entry]) => entry && PURE_WHEEL.test(String(entry.file_name)));
  return Promise.all(
    entries.map(async ([name, entry]) => {
      const url = new URL(entry.file_name, lockUrl).href;
      try {
        return { name, bytes: await fetchChecked(url, entry.sha256) };
      } catch (error) {
        throw new StartError(
          `Could not load the Python package '${name}' from the site (${error.message}). ` +
            "Publish the app again and upload the whole folder.",
        );
      }
    }),
  );
}

async function fetchChecked(url, sha256) {
  const response = await fetch(url, HAS_WEBCRYPTO ? {} : { integrity: sriOf(sha256) });
  if (!response.ok) throw new Error(`${fileName(url)}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const actual = HAS_WEBCRYPTO ? await webCryptoSha256(bytes) : sha256;
  if (actual !== sha256) {
    throw new Error(
      `${fileName(url)} does not match this build (sha256 ${actual}, expected ${sha256})`,
    );
  }
  return bytes;
}

// The pure wheels' files go in with pyodide_runtime.site_files: the sources of the modules the
// heap already holds are kept back, and written by installLater once the app runs.
async function installPackages(pyodide, wheels, packages, bootErrors) {
  const sitePackages = pyodide._api.sitePackages;
  const files = pyodide.pyimport("pyodide_runtime.site_files");
  const metadata = pyodide.toPy(INSTALLED_BY);
  try {
    for (const { name, bytes } of wheels) {
      const data = pyodide.toPy(bytes);
      try {
        files.install(data, sitePackages, metadata);
      } finally {
        if (data && data.destroy) data.destroy();
      }
      pyodide.loadedPackages[name] = LOADED_CHANNEL;
    }
  } finally {
    metadata.destroy();
    files.destroy();
  }
  const rest = packages.filter((name) => !(name in pyodide.loadedPackages));
  if (rest.length === 0) return;
  await pyodide.loadPackage(rest, {
    messageCallback: () => {},
    errorCallback: (line) => bootErrors.push(line),
  });
}

// The snapshot's heap, once its bytes match the sha256 the page names. With config.heap (the
// site has gzip copies), the decoded heap first: the service worker's cache holds it decoded
// (a warm visit skips the gunzip), gzip_fetch.js decodes it on a visit it does not answer;
// checked with WebCrypto unless this build's service worker decoded it (it checked the copy).
// Else, or if that fails, the gzip file, gunzipped here, checked with WebCrypto or, without
// it, as Subresource Integrity while fetching. Bytes of another build (an HTTP cache
// that still holds an earlier publish's file) are fetched again once, past the cache.
async function fetchSnapshot(config, buildId) {
  if (config.heap && HAS_WEBCRYPTO) {
    try {
      return await fetchHeap(absolute(config.heap.url), config.heap.sha256, buildId);
    } catch {
      // the gzip file below says what is wrong, if anything is
    }
  }
  const url = absolute(config.url);
  const sha256 = config.sha256;
  try {
    return await fetchSnapshotOnce(url, sha256, "default");
  } catch (error) {
    if (!(error instanceof OtherBuild)) throw error;
    return fetchSnapshotOnce(url, sha256, "reload");
  }
}

class OtherBuild extends Error {}

// The service worker labels what it decoded from a gzip copy it checked (sw.js, decoded()):
// from this build's worker, the heap is not hashed again (40-90 ms of a warm start).
const DECODED_HEADER = "X-Flet-Pwa-Decoded";

async function fetchHeap(url, sha256, buildId) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${fileName(url)}: HTTP ${response.status}`);
  const heap = new Uint8Array(await response.arrayBuffer());
  if (buildId && response.headers.get(DECODED_HEADER) === buildId) return heap;
  const actual = await webCryptoSha256(heap);
  if (actual !== sha256) throw new OtherBuild(`${fileName(url)} does not match this build`);
  return heap;
}

async function fetchSnapshotOnce(url, sha256, cache) {
  const init = HAS_WEBCRYPTO ? { cache } : { cache, integrity: sriOf(sha256) };
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${fileName(url)}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const heap = gunzip(bytes); // while the hash is computed
  heap.catch(() => {}); // awaited below, unless the hash does not match
  const actual = HAS_WEBCRYPTO ? await webCryptoSha256(bytes) : sha256;
  if (actual !== sha256) {
    throw new OtherBuild(
      `${fileName(url)} does not match this build (sha256 ${actual}, expected ${sha256})`,
    );
  }
  return heap.catch((error) => {
    throw new Error(`${fileName(url)} could not be decompressed: ${error.message}`);
  });
}

async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function sriOf(hex) {
  const pairs = String(hex).match(/../g) || [];
  return `sha256-${btoa(String.fromCharCode(...pairs.map((pair) => parseInt(pair, 16))))}`;
}

// The snapshot was made where Pyodide could stack switch (JSPI) and holds the function-table
// index of CPython's WebAssembly GC call trampoline as Node made it. Pyodide puts its own at the
// same index only where it makes one: with WebAssembly GC, and not on iOS (pyodide.asm.mjs,
// getPyEMTrampolinePtr). Elsewhere the restored heap would be wrong about either.
function snapshotUnusableHere() {
  if (!("Suspending" in WebAssembly)) {
    return "this browser has no JSPI (WebAssembly stack switching)";
  }
  const gcModule = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 120, 0]);
  if (!WebAssembly.validate(gcModule)) return "this browser has no WebAssembly GC";
  const nav = globalThis.navigator;
  const touchMac = nav && nav.platform === "MacIntel" && nav.maxTouchPoints > 1;
  const iOS = nav && (/iPad|iPhone|iPod/.test(nav.userAgent) || touchMac);
  return iOS ? "Pyodide makes no WebAssembly call trampoline on iOS" : null;
}

function checkTrampoline(pyodide) {
  const module = pyodide._module;
  const offset = module.HEAP32[module.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET >>> 2];
  const index = module.HEAP32[(module.__PyRuntime + offset) >>> 2];
  const table = module.wasmTable;
  const trampoline = index > 0 && index < table.length ? table.get(index) : null;
  if (typeof trampoline !== "function" || trampoline.length !== 5) {
    throw new Error(`the call trampoline is not at table index ${index} here`);
  }
}

function afterSnapshot(pyodide) {
  checkTrampoline(pyodide);
  const snapshot = pyodide.pyimport("pyodide_runtime.snapshot");
  try {
    snapshot.restored();
  } finally {
    snapshot.destroy();
  }
}

function snapshotNotUsed(reason) {
  console.warn(
    `flet-pwa: the memory snapshot could not be used (${reason}); Python starts without it.`,
  );
}

function bootedFrom(python) {
  self.postMessage({ type: MESSAGE.BOOT, python });
}

// Pyodide does not throw when a package fails to load: it only writes to stderr.
function checkPackages(pyodide, packages, bootErrors) {
  const missing = packages.filter((name) => !(name in pyodide.loadedPackages));
  if (missing.length === 0) return;
  const names = missing.map((name) => `'${name}'`).join(", ");
  const reason = bootErrors.length ? ` (${bootErrors.join(" ")})` : "";
  throw new StartError(
    `Could not load the Python package ${names} from the site${reason}. ` +
      "Publish the app again and upload the whole folder.",
  );
}

// app.zip is checked like the wheels: its sha256 must be the one this build's page names, so
// a stale archive (an upload that missed a file, a cache of another build) or a tampered one
// never runs. WebCrypto hashes it while Pyodide loads; where the page has no WebCrypto (plain
// http on a host other than localhost) Python's hashlib does, once Pyodide is up.
async function downloadApp(url, expected) {
  if (!/^[0-9a-f]{64}$/.test(String(expected))) {
    throw new StartError(
      `The page names no valid sha256 for the app archive (appArchiveSha256: ${expected}). ` +
        "Publish the app again and upload the whole folder.",
    );
  }
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new StartError(`Could not download the app from ${url}: ${error.message}`);
  }
  if (!response.ok) {
    throw new StartError(
      `Could not download the app from ${url}: HTTP ${response.status}. ` +
        "Publish the app again and upload the whole folder.",
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const early = HAS_WEBCRYPTO ? await webCryptoSha256(bytes) : null;
  const verify = async (pyodide) => {
    const actual = early || pythonSha256(pyodide, bytes);
    if (actual !== expected) {
      throw new StartError(
        `The app archive ${fileName(url)} does not match this build ` +
          `(sha256 ${actual}, expected ${expected}). ` +
          "Publish the app again and upload the whole folder.",
      );
    }
  };
  return { bytes, verify };
}

async function webCryptoSha256(bytes) {
  const digest = new Uint8Array(await self.crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function pythonSha256(pyodide, bytes) {
  const hashlib = pyodide.pyimport("hashlib");
  const data = pyodide.toPy(bytes);
  const hash = hashlib.sha256(data);
  try {
    return hash.hexdigest();
  } finally {
    for (const proxy of [hash, data, hashlib]) if (proxy && proxy.destroy) proxy.destroy();
  }
}

function fileName(url) {
  return new URL(url).pathname.split("/").pop();
}

function runApp(pyodide, appModule) {
  let bootstrap;
  try {
    bootstrap = pyodide.pyimport("pyodide_runtime.bootstrap");
    return bootstrap.start(appModule, postPacket);
  } catch (error) {
    throw new StartError(pythonErrorText(pyodide, error));
  } finally {
    if (bootstrap) bootstrap.destroy();
  }
}

// The text of a Python exception raised into JavaScript, first line first: errors.py words
// it; if even that cannot be imported, the traceback's last "SomeError: message" line.
function pythonErrorText(pyodide, error) {
  const message = String(error && error.message ? error.message : error);
  if (!(error && error.constructor && error.constructor.name === "PythonError")) return message;
  try {
    const errors = pyodide.pyimport("pyodide_runtime.errors");
    try {
      const text = errors.last_error_text();
      if (text) return text;
    } finally {
      errors.destroy();
    }
  } catch (ignored) {
    // pyodide_runtime itself is missing or broken; fall through
  }
  const lines = message.trim().split("\n");
  const last = lines.findLast((line) => EXCEPTION_LINE.test(line)) || lines[lines.length - 1];
  return `${last}\n${message}`;
}

// page.pubsub between the tabs of this site (pyodide_runtime/pubsub.py): every tab's worker
// joins one BroadcastChannel per site (base URL) and build; messages cross as JSON strings.
// The channel does not echo a message to its sender, so each tab delivers its own locally.
function connectPubSub(pyodide, config) {
  if (typeof BroadcastChannel !== "function") return; // messages then stay in this tab
  const pubsub = pyodide.pyimport("pyodide_runtime.pubsub");
  try {
    const base = new URL(".", absolute(config.appArchiveUrl)).href;
    const channel = new BroadcastChannel(pubsub.channel_name(base, String(config.buildId)));
    const receive = pubsub.connect((text) => channel.postMessage(text));
    channel.onmessage = (event) => {
      if (typeof event.data === "string") receive(event.data);
    };
  } finally {
    pubsub.destroy();
  }
}

function postPacket(u8) {
  // to_js(bytes) makes a fresh Uint8Array that owns its whole buffer; copy if it ever does not.
  const packet =
    u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength ? u8 : u8.slice();
  self.postMessage(packet, [packet.buffer]);
}

function stage(name) {
  self.postMessage({ type: MESSAGE.STAGE, stage: name });
}

function errorText(error) {
  if (error instanceof StartError) return error.message;
  return `The app could not start: ${error && error.message ? error.message : error}`;
}

function absolute(url) {
  return new URL(url, self.location.href).href;
}

function firstLine(text) {
  return String(text).split("\n", 1)[0];
}

// --- Python's stderr: one console message per burst ----------------------------------------

let stderrLines = [];

function pythonStderr(line) {
  if (stderrLines.length === 0) setTimeout(flushStderr, 0);
  stderrLines.push(line);
}

function flushStderr() {
  const text = stderrLines.join("\n");
  stderrLines = [];
  if (text.includes(TRACEBACK)) console.error(text);
  else console.warn(text);
}
