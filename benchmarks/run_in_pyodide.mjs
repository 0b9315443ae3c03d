// Run benchmarks/bench_core.py INSIDE Pyodide (node_modules/pyodide, pinned in package.json)
// under Node, offline, and print the same table as on CPython.
//
// Usage, from anywhere:
//   node benchmarks/run_in_pyodide.mjs [bench_core.py args, e.g. --runs 20]
//   PYODIDE_TEST_WHEELS  wheel cache holding msgpack's pyemscripten wheel (default:
//                        ${XDG_CACHE_HOME:-$HOME/.cache}/flet-pwa/pyodide-test-wheels),
//                        filled by `bash scripts/fetch_test_wheels.sh`
//
// Loading is shared with tests/pyodide/run_pytest.mjs (tests/pyodide/node_pyodide.mjs): the repo
// is mounted with NODEFS at /project and put on sys.path; only msgpack (the core's one
// dependency) is loaded, at the version pinned in tests/pyodide/wheels.txt. Exit status: the script's (0 ok), 3 when setup failed.
import {
  bootPyodide,
  exitOnSetupError,
  loadWheels,
  mountProject,
  pinnedWheels,
} from "../tests/pyodide/node_pyodide.mjs";

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

let py;
try {
  ({ py } = await bootPyodide());
  py.setStdout({ batched: (line) => console.log(line) });
  py.setStderr({ batched: (line) => console.error(line) });
  await loadWheels(py, pinnedWheels(["msgpack"]));
  mountProject(py);
} catch (e) {
  exitOnSetupError("run_in_pyodide.mjs", e);
}
let code;
try {
  code = runBench(py, process.argv.slice(2));
} catch (e) {
  console.error(String(e.message ?? e)); // not the minified pyodide.asm.mjs line Node would dump
  code = 3;
}
process.exit(code);
