// flet-pwa worker: boots Pyodide, unpacks the app, runs it, relays packets (module worker).
//
// Protocol (docs/architecture.md, "Bridge <-> worker messages"):
//   page -> worker: {type: "init", config, documentUrl} once, then Uint8Array packets.
//   worker -> page: {type: "stage", stage} while booting, then exactly one string,
//                   "initialized" or an error text whose first line is the useful one,
//                   then only Uint8Array packets (buffers transferred).
// Packets that arrive before the app's transport exists are queued and fed in order.
// Messages between tabs (page.pubsub) go over a BroadcastChannel the worker opens itself.
//
// Console: Python's stdout goes to console.log, one message per line. Python's stderr is
// gathered until the worker returns to its event loop and logged as one message: as
// console.error when it holds a traceback ("Traceback (most recent call last):", e.g. an
// error in an event handler, which the session also shows in the app), otherwise as
// console.warn (warnings and other diagnostics are not errors). A failed start is reported
// by the page (bridge.js), once, with console.error.

const MESSAGE = Object.freeze({
  INIT: "init",
  STAGE: "stage",
  INITIALIZED: "initialized",
});

const STAGE = Object.freeze({
  DOWNLOADING: "downloading",
  STARTING_PYTHON: "starting-python",
  STARTING_APP: "starting-app",
});

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
    self.postMessage(errorText(error));
    return;
  }
  transport = started;
  self.postMessage(MESSAGE.INITIALIZED);
  for (const packet of pending.splice(0)) transport.feed_js(packet);
}

async function startApp(config) {
  stage(STAGE.DOWNLOADING);
  const archive = downloadApp(absolute(config.appArchiveUrl), config.appArchiveSha256);
  archive.catch(() => {}); // awaited below; this only stops an early "unhandled rejection"
  const pyodide = await loadRuntime(config);
  stage(STAGE.STARTING_APP);
  const checked = await archive;
  await checked.verify(pyodide);
  pyodide.unpackArchive(checked.bytes, "zip"); // into the working directory, /home/pyodide
  connectPubSub(pyodide, config);
  return runApp(pyodide, config.appModule);
}

async function loadRuntime(config) {
  const pyodideUrl = absolute(config.pyodideUrl);
  let loadPyodide;
  try {
    ({ loadPyodide } = await import(pyodideUrl));
  } catch (error) {
    throw new StartError(`Could not load Pyodide from ${pyodideUrl}: ${error.message}`);
  }
  const bootErrors = [];
  const pyodide = await loadPyodide({
    lockFileURL: absolute(config.lockFileUrl),
    packages: config.packages,
    stdout: (line) => console.log(line),
    stderr: (line) => {
      bootErrors.push(line);
      pythonStderr(line);
    },
    fsInit: async () => stage(STAGE.STARTING_PYTHON), // the runtime is downloaded and compiled
  }).catch((error) => {
    throw new StartError(`Python could not start: ${firstLine(error.message)}`);
  });
  checkPackages(pyodide, config.packages, bootErrors);
  pyodide.setStderr({ batched: pythonStderr });
  return pyodide;
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
  const early = self.crypto && self.crypto.subtle ? await webCryptoSha256(bytes) : null;
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
