// Makes the site's Pyodide memory snapshot (run by flet/publish/snapshot.py under Node).
//
// Usage: node snapshot.mjs PYODIDE_DIR OUT_FILE WHEEL...
//   PYODIDE_DIR  the site's pyodide/ folder: pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm,
//                python_stdlib.zip and the site's pyodide-lock.json (the files the page loads)
//   OUT_FILE     where the raw snapshot (the whole wasm heap and a small header) is written
//   WHEEL...     the core wheel and msgpack's, unpacked into site-packages
//
// Boots that Pyodide with `_makeSnapshot`, unpacks the wheels with `unpackArchive` (not
// loadPackage: anything loadPackage leaves behind makes `makeMemorySnapshot` fail with
// "Unexpected hiwire entry"), calls `pyodide_runtime.snapshot.prepare()` (it imports what an
// app's start needs) and writes `makeMemorySnapshot()`, once it has checked what a browser
// would otherwise only find out when restoring it:
// * Pyodide keeps in the heap whether the runtime can stack switch (JSPI): made without it, the
//   snapshot would refuse pyodide.ffi.run_sync (time.sleep in sync handlers) in a browser
//   that has it. The worker restores it only where JSPI is there too.
// * CPython calls C functions through a WebAssembly GC trampoline, whose table index is kept in
//   the heap; a Node without WebAssembly GC (Node 20) stores 0 there, and a browser would then
//   run every such call through JavaScript. Browsers with GC put their trampoline at the same
//   index as Node 22+ does (the worker checks it after restoring).
// * No compiled extension was loaded: the heap would point into a function table the browser
//   does not have (msgpack's wheel is given without its .so).
// * The heap did not grow past Pyodide's initial memory (Pyodide 314 restores a heap only into
//   that: "offset is out of bounds").
// * The snapshot restores here, with the core imported.
// Python's output goes to stderr; the last line on stdout is one JSON object:
// {pyodideVersion, nodeVersion, bytes, modules, heapUsed} (heapUsed: the heap's high-water
// mark, how close the core comes to Pyodide's initial memory). Exit status 0 on success, 1 with the reason
// on stderr.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

async function main(argv) {
  const [pyodideDir, outFile, ...wheels] = argv;
  if (!pyodideDir || !outFile) {
    throw new Error("usage: node snapshot.mjs PYODIDE_DIR OUT_FILE WHEEL...");
  }
  const loader = pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href;
  const { loadPyodide, version } = await import(loader);
  const options = {
    indexURL: path.resolve(pyodideDir) + path.sep,
    lockFileURL: path.join(pyodideDir, "pyodide-lock.json"),
    stdout: (line) => process.stderr.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  };
  const pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
  if (!pyodide._module.jspiSupported) {
    throw new Error(`Node ${process.version} runs without JSPI (WebAssembly stack switching)`);
  }
  if (trampolineIndex(pyodide._module) === 0) {
    throw new Error(
      `Node ${process.version} has no WebAssembly GC, which the snapshot's call trampoline needs`,
    );
  }
  const initialMemory = pyodide._module.HEAP8.length;
  const initialTable = pyodide._module.wasmTable.length;
  const sitePackages = pyodide._api.sitePackages;
  for (const wheel of wheels) {
    // unpackArchive refuses a Node Buffer: hand it a plain Uint8Array
    const bytes = new Uint8Array(fs.readFileSync(wheel));
    pyodide.unpackArchive(bytes, "wheel", { extractDir: sitePackages });
  }
  const modules = prepareImports(pyodide);
  if (pyodide._module.wasmTable.length !== initialTable) {
    throw new Error("a compiled extension was loaded while importing the core");
  }
  const heap = pyodide._module.HEAP8.length;
  const heapUsed = pyodide._module.HEAPU32[pyodide._module._emscripten_get_sbrk_ptr() >>> 2];
  if (heap > initialMemory) {
    throw new Error(
      `the heap grew from ${mib(initialMemory)} to ${mib(heap)} while importing the core, and ` +
        `Pyodide ${version} restores a snapshot only into its initial memory`,
    );
  }
  const snapshot = pyodide.makeMemorySnapshot();
  await checkRestores(loadPyodide, options, snapshot);
  fs.writeFileSync(outFile, snapshot);
  const report = {
    pyodideVersion: version,
    nodeVersion: process.version,
    bytes: snapshot.length,
    modules,
    heapUsed,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

// pyodide_runtime.snapshot.prepare(); every proxy is destroyed before the snapshot is taken,
// since a live one is a JavaScript reference the heap cannot carry.
function prepareImports(pyodide) {
  const module = pyodide.pyimport("pyodide_runtime.snapshot");
  let names;
  try {
    names = module.prepare();
    return names.length;
  } finally {
    if (names) names.destroy();
    module.destroy();
  }
}

// The snapshot restores into a fresh Pyodide with the core already imported.
async function checkRestores(loadPyodide, options, snapshot) {
  let restored;
  try {
    restored = await loadPyodide({ ...options, _loadSnapshot: snapshot });
  } catch (error) {
    throw new Error(`the snapshot does not restore: ${error.message}`);
  }
  const sys = restored.pyimport("sys");
  try {
    if (!sys.modules.has("flet.session")) throw new Error("the restored snapshot lacks the core");
  } finally {
    sys.destroy();
  }
}

// Where CPython's call trampoline sits in the function table (0: none, calls go through JS).
function trampolineIndex(module) {
  const offset = module.HEAP32[module.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET >>> 2];
  return module.HEAP32[(module.__PyRuntime + offset) >>> 2];
}

function mib(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  // Pyodide's errors can carry the whole minified runtime in their stack: the message only
  process.stderr.write(`${error && error.message ? error.message : error}\n`);
  process.exit(1);
}
