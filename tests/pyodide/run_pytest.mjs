// Run pytest INSIDE real Pyodide (node_modules/pyodide, pinned in package.json) under Node, offline.
//
// Usage, from anywhere:
//   node tests/pyodide/run_pytest.mjs [pytest args...]
//       default args: tests/unit tests/integration
//   PYODIDE_TEST_WHEELS  wheel cache (default: ${XDG_CACHE_HOME:-$HOME/.cache}/flet-pwa/pyodide-test-wheels),
//                        filled by `bash scripts/fetch_test_wheels.sh` from tests/pyodide/wheels.txt
//
// Always added: -m "not host_only and not threads" (unless you pass -m), --ignore=tests/browser, -p no:cacheprovider.
// The repo is mounted read-write with NODEFS at /project (the working directory), and /project is
// put on sys.path so `flet` and `pyodide_runtime` import from the checkout.
// Exit status = pytest's exit status (0 ok, 1 failures, 5 no tests collected); 3 = setup failed.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  bootPyodide,
  exitOnSetupError,
  loadWheels,
  mountProject,
  pinnedWheels,
} from "./node_pyodide.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_ARGS = ["tests/unit", "tests/integration"];

function pytestArgs(userArgs) {
  const args = userArgs.length ? [...userArgs] : [...DEFAULT_ARGS];
  if (!args.some((a) => a === "-m" || a.startsWith("-m"))) args.push("-m", "not host_only and not threads");
  // tests/browser drives Chromium from the host; it never runs inside Pyodide.
  args.push("--ignore=tests/browser", "-p", "no:cacheprovider");
  return args;
}

async function bootForPytest() {
  // keep hypothesis' database in MEMFS, not in the host tree
  const booted = await bootPyodide({ HYPOTHESIS_STORAGE_DIRECTORY: "/tmp/hypothesis" });
  // raw byte streams, so pytest's output looks like a terminal's
  booted.py.setStdout({ write: (b) => (process.stdout.write(b), b.length) });
  booted.py.setStderr({ write: (b) => (process.stderr.write(b), b.length) });
  return booted;
}

// The loop plugin (pyodide_loop_plugin.py) on a path of its own.
function installPlugin(py) {
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
  const wheels = pinnedWheels();
  const { py, version } = await bootForPytest();
  await loadWheels(py, wheels);
  mountProject(py);
  installPlugin(py);
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
  exitOnSetupError("run_pytest.mjs", e);
}
