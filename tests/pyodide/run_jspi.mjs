// pyodide_runtime.blocking in real Pyodide with stack switching (JSPI): sync code that sleeps,
// threads, Event.wait and Timers wait on Pyodide's event loop while other tasks run
// (tests/pyodide/jspi_blocking.py has the scenarios and what must happen).
//
//   node tests/pyodide/run_jspi.mjs            (Node >= 24: JSPI is on; scripts/test.sh
//                                              fetches Node 24 from npm if needed)
//   node --experimental-wasm-stack-switching tests/pyodide/run_jspi.mjs   (Node 20)
//
// Exit status 0 when every scenario behaved, 1 when one did not, 3 when setup failed (no JSPI).
import {
  bootPyodide,
  exitOnSetupError,
  loadWheels,
  mountProject,
  pinnedWheels,
  SetupError,
} from "./node_pyodide.mjs";

async function main() {
  const { py } = await bootPyodide();
  if (!py._module.jspiSupported) {
    throw new SetupError(
      "this Node has no WebAssembly stack switching\n" +
        "  fix: Node >= 24, or node --experimental-wasm-stack-switching (Node 20)",
    );
  }
  await loadWheels(py, pinnedWheels());
  mountProject(py);
  py.runPython(`
import sys
sys.path.insert(0, "/project")
from tests.pyodide import jspi_blocking
mode = jspi_blocking.start()
`);
  const mode = py.globals.get("mode");
  const deadline = Date.now() + 15_000;
  while (!py.runPython("jspi_blocking.finished()")) {
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const problems = py.runPython("jspi_blocking.report()").toJs();
  console.log(`[blocking: ${mode}] ${problems.length ? "FAILED" : "all scenarios behaved"}`);
  for (const problem of problems) console.log(`  ${problem}`);
  return mode === "suspend" && problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => exitOnSetupError("run_jspi.mjs", error),
);
