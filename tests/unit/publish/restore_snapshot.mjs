// Restores a published site's memory snapshot with that site's own Pyodide, in Node, and
// prints what the restored Python holds (tests/unit/publish/test_snapshot.py).
//
// Usage: node restore_snapshot.mjs SITE_DIR
// Prints one JSON object: {core: "flet.session" imported, fletFile: flet.__file__, packer:
// msgpack.Packer's module (the pure one until the worker's extensions_loaded() runs)}.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";

const site = process.argv[2];
const pyodideDir = path.join(site, "pyodide");
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const heap = zlib.gunzipSync(fs.readFileSync(path.join(pyodideDir, "snapshot.bin.gz")));
try {
  const pyodide = await loadPyodide({
    indexURL: path.resolve(pyodideDir) + path.sep,
    lockFileURL: path.join(pyodideDir, "pyodide-lock.json"),
    _loadSnapshot: new Uint8Array(heap),
  });
  const modules = pyodide.pyimport("sys").modules;
  const report = {
    core: modules.has("flet.session"),
    fletFile: modules.get("flet").__file__,
    packer: modules.get("msgpack").Packer.__module__,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
