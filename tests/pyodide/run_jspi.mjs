// pyodide_runtime.blocking in real Pyodide with stack switching (JSPI): sync code that sleeps,
// threads, Event.wait and Timers wait on Pyodide's event loop while other tasks run, and the
// corpus apps that sleep or start threads run (tests/pyodide/jspi_blocking.py has the scenarios
// and what must happen).
//
//   node tests/pyodide/run_jspi.mjs            (Node >= 24: JSPI is on; scripts/test.sh
//                                              fetches Node 24 from npm if needed)
//   node --experimental-wasm-stack-switching tests/pyodide/run_jspi.mjs   (Node 20)
//   node tests/pyodide/run_jspi.mjs --without-jspi   (Node 20, no JSPI: the console notice is
//                                              said once; what each corpus app does then is
//                                              printed)
//
// Exit status 0 when every scenario behaved, 1 when one did not, 3 when setup failed (JSPI
// missing, or present with --without-jspi).
import {
  bootPyodide,
  exitOnSetupError,
  loadWheels,
  mountProject,
  pinnedWheels,
  SetupError,
} from "./node_pyodide.mjs";

async function main() {
  const jspi = !process.argv.includes("--without-jspi");
  const flag = jspi ? "True" : "False";
  const { py } = await bootPyodide();
  if (!jspi && py._module.jspiSupported) {
    throw new SetupError("--without-jspi needs a Node without stack switching (Node 20)");
  }
  if (jspi && !py._module.jspiSupported) {
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
mode = jspi_blocking.start(${flag})
`);
  const mode = py.globals.get("mode");
  const deadline = Date.now() + 60_000;
  while (!py.runPython("jspi_blocking.finished()")) {
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const problems = py.runPython(`jspi_blocking.report(${flag})`).toJs();
  console.log(`[blocking: ${mode}] ${problems.length ? "FAILED" : "all scenarios behaved"}`);
  for (const problem of problems) console.log(`  ${problem}`);
  console.log("corpus apps that sleep or start threads:");
  for (const line of py.runPython("jspi_blocking.corpus_outcomes()").toJs()) {
    console.log(`  ${line}`);
  }
  return mode === (jspi ? "suspend" : "notice") && problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => exitOnSetupError("run_jspi.mjs", error),
);
