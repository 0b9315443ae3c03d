// Run benchmarks/bench_core.py INSIDE Pyodide (node_modules/pyodide, pinned in package.json)
// under Node, offline, and print the same table as on CPython.
//
// Usage, from anywhere:
//   node benchmarks/run_in_pyodide.mjs [bench_core.py args, e.g. --runs 20]
//   PYODIDE_TEST_WHEELS  wheel cache holding msgpack's pyemscripten wheel (default:
//                        ${XDG_CACHE_HOME:-$HOME/.cache}/flet-pwa/pyodide-test-wheels),
//                        filled by `bash scripts/fetch_test_wheels.sh`
//
// Loading follows tests/pyodide/run_pytest.mjs: the repo is mounted with NODEFS at /project and
// put on sys.path; only msgpack (the core's one dependency) is loaded, at the version pinned in
// tests/pyodide/wheels.txt. Exit status: the script's (0 ok), 3 when setup failed.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");
const PINS = path.join(ROOT, "tests", "pyodide", "wheels.txt");

function fail(message) {
  console.error(`run_in_pyodide.mjs: ${message}`);
  process.exit(3);
}

function wheelCacheDir() {
  if (process.env.PYODIDE_TEST_WHEELS) return path.resolve(process.env.PYODIDE_TEST_WHEELS);
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(cache, "flet-pwa", "pyodide-test-wheels");
}

// The cached wheel of `name` at the version pinned in tests/pyodide/wheels.txt.
function pinnedWheel(name) {
  const pin = fs
    .readFileSync(PINS, "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .find((line) => line.toLowerCase().startsWith(`${name}==`));
  if (!pin) fail(`${name} is not pinned in ${PINS}`);
  const prefix = `${name}-${pin.split("==")[1]}-`;
  const dir = wheelCacheDir();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const file = files.find((f) => f.startsWith(prefix) && f.endsWith(".whl"));
  if (!file) fail(`no ${prefix}*.whl in ${dir}\n  fix: bash scripts/fetch_test_wheels.sh`);
  return path.join(dir, file);
}

async function bootPyodide() {
  const require = createRequire(path.join(ROOT, "package.json"));
  let entry;
  try {
    entry = require.resolve("pyodide/pyodide.mjs");
  } catch {
    fail(`pyodide is not installed in ${ROOT}/node_modules\n  fix: npm ci`);
  }
  const { loadPyodide } = await import(pathToFileURL(entry).href);
  const py = await loadPyodide({ env: { PYTHONDONTWRITEBYTECODE: "1", HOME: "/home/pyodide" } });
  py.setStdout({ batched: (line) => console.log(line) });
  py.setStderr({ batched: (line) => console.error(line) });
  return py;
}

async function loadWheel(py, wheel) {
  const errors = [];
  // loadPackage never throws: failures only reach errorCallback.
  await py.loadPackage([wheel], { messageCallback: () => {}, errorCallback: (m) => errors.push(m) });
  if (errors.length) fail(`loading ${wheel} failed:\n  ${errors.join("\n  ")}`);
}

function mountProject(py) {
  py.FS.mkdirTree("/project");
  py.FS.mount(py.FS.filesystems.NODEFS, { root: ROOT }, "/project");
  py.FS.chdir("/project");
}

function runBench(py, args) {
  py.globals.set("bench_args", py.toPy(args));
  return py.runPython(`
import runpy, sys
sys.path.insert(0, "/project")
sys.argv = ["benchmarks/bench_core.py", *bench_args]
code = 0
try:
    runpy.run_path("benchmarks/bench_core.py", run_name="__main__")
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
code
`);
}

const py = await bootPyodide();
await loadWheel(py, pinnedWheel("msgpack"));
mountProject(py);
let code;
try {
  code = runBench(py, process.argv.slice(2));
} catch (e) {
  console.error(String(e.message ?? e)); // not the minified pyodide.asm.mjs line Node would dump
  code = 3;
}
process.exit(code);
