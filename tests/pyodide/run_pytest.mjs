// Run pytest INSIDE real Pyodide (node_modules/pyodide, pinned in package.json) under Node, offline.
//
// Usage, from anywhere:
//   node tests/pyodide/run_pytest.mjs [pytest args...]
//       default args: tests/unit tests/integration
//   PYODIDE_TEST_WHEELS  wheel cache (default: ${XDG_CACHE_HOME:-$HOME/.cache}/flet-pwa/pyodide-test-wheels),
//                        filled by `bash scripts/fetch_test_wheels.sh` from tests/pyodide/wheels.txt
//
// Always added: -m "not host_only" (unless you pass -m), --ignore=tests/browser, -p no:cacheprovider.
// The repo is mounted read-write with NODEFS at /project (the working directory), and /project is
// put on sys.path so `flet` and `pyodide_runtime` import from the checkout.
// Exit status = pytest's exit status (0 ok, 1 failures, 5 no tests collected); 3 = setup failed.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..", "..");
const DEFAULT_ARGS = ["tests/unit", "tests/integration"];

function fail(message) {
  console.error(`run_pytest.mjs: ${message}`);
  process.exit(3);
}

function wheelCacheDir() {
  if (process.env.PYODIDE_TEST_WHEELS) return path.resolve(process.env.PYODIDE_TEST_WHEELS);
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(cache, "flet-pwa", "pyodide-test-wheels");
}

// "name==version" lines of tests/pyodide/wheels.txt
function readPins() {
  return fs
    .readFileSync(path.join(HERE, "wheels.txt"), "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const [name, version] = line.split("==");
      return { name, version };
    });
}

// Absolute paths of the pinned wheels in the cache; fails with the fix when one is missing.
function findWheels(dir) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const missing = [];
  const found = readPins().map(({ name, version }) => {
    const prefix = `${name.toLowerCase().replace(/[-_.]+/g, "_")}-${version}-`;
    const file = files.find((f) => f.startsWith(prefix) && f.endsWith(".whl"));
    if (!file) missing.push(`${name}==${version}`);
    return file && path.join(dir, file);
  });
  if (missing.length) {
    fail(`missing wheels in ${dir}: ${missing.join(", ")}\n  fix: bash scripts/fetch_test_wheels.sh`);
  }
  return found;
}

function pytestArgs(userArgs) {
  const args = userArgs.length ? [...userArgs] : [...DEFAULT_ARGS];
  if (!args.some((a) => a === "-m" || a.startsWith("-m"))) args.push("-m", "not host_only");
  // tests/browser drives Chromium from the host; it never runs inside Pyodide.
  args.push("--ignore=tests/browser", "-p", "no:cacheprovider");
  return args;
}

async function bootPyodide() {
  const require = createRequire(path.join(ROOT, "package.json"));
  let entry;
  try {
    entry = require.resolve("pyodide/pyodide.mjs");
  } catch {
    fail(`pyodide is not installed in ${ROOT}/node_modules\n  fix: npm ci`);
  }
  const { loadPyodide, version } = await import(pathToFileURL(entry).href);
  const py = await loadPyodide({
    env: {
      PYTHONDONTWRITEBYTECODE: "1", // no cpython-314 .pyc files in the host tree
      HYPOTHESIS_STORAGE_DIRECTORY: "/tmp/hypothesis", // keep hypothesis' database in MEMFS
      HOME: "/home/pyodide",
    },
  });
  // raw byte streams, so pytest's output looks like a terminal's
  py.setStdout({ write: (b) => (process.stdout.write(b), b.length) });
  py.setStderr({ write: (b) => (process.stderr.write(b), b.length) });
  return { py, version };
}

async function loadWheels(py, wheels) {
  const errors = [];
  // loadPackage never throws: failures only reach errorCallback.
  await py.loadPackage(wheels, { messageCallback: () => {}, errorCallback: (m) => errors.push(m) });
  if (errors.length) fail(`loading wheels failed:\n  ${errors.join("\n  ")}`);
}

function mountProject(py) {
  py.FS.mkdirTree("/project");
  py.FS.mount(py.FS.filesystems.NODEFS, { root: ROOT }, "/project");
  py.FS.chdir("/project");
  py.FS.mkdirTree("/opt/flet-pwa-tests");
  py.FS.writeFile(
    "/opt/flet-pwa-tests/pyodide_loop_plugin.py",
    fs.readFileSync(path.join(HERE, "pyodide_loop_plugin.py")),
  );
}

function runPytest(py, version, args) {
  py.globals.set("pytest_args", py.toPy(args));
  py.globals.set("pyodide_version", version);
  // Sync runPython: under runPythonAsync a WebLoop task would be "current", and a test's own
  // event loop could not run its tasks (Python 3.14 tracks the current task per thread).
  return py.runPython(`
import sys
sys.path[0:0] = ["/project", "/opt/flet-pwa-tests"]
import pytest
print(f"[pyodide {pyodide_version}; python {sys.version.split()[0]}; pytest {pytest.__version__}]")
int(pytest.main(list(pytest_args) + ["-p", "pyodide_loop_plugin"]))
`);
}

async function main() {
  const t0 = performance.now();
  const wheels = findWheels(wheelCacheDir());
  const { py, version } = await bootPyodide();
  await loadWheels(py, wheels);
  mountProject(py);
  const t1 = performance.now();
  let code;
  try {
    code = runPytest(py, version, pytestArgs(process.argv.slice(2)));
  } catch (e) {
    console.error(String(e.message ?? e)); // not the minified pyodide.asm.mjs line Node would dump
    code = 3;
  }
  const ms = (t) => `${(t / 1000).toFixed(1)} s`;
  console.error(`[pyodide boot+wheels ${ms(t1 - t0)}, pytest ${ms(performance.now() - t1)}]`);
  process.exit(code);
}

try {
  await main();
} catch (e) {
  // Print the message only: Node would otherwise dump the minified pyodide.asm.mjs source line.
  fail(String(e?.stack ?? e));
}
