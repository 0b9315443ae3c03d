// Shared by the scripts that run Python inside real Pyodide (node_modules/pyodide, pinned in
// package.json) under Node, offline: tests/pyodide/run_pytest.mjs and
// benchmarks/run_in_pyodide.mjs.
//
// Wheels come from the cache filled by `bash scripts/fetch_test_wheels.sh`, at the versions
// pinned in tests/pyodide/wheels.txt (PYODIDE_TEST_WHEELS overrides the cache folder).
// Setup failures throw SetupError, whose message ends with the fix.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, "..", "..");
const PINS = path.join(HERE, "wheels.txt");

export class SetupError extends Error {}

export function wheelCacheDir() {
  if (process.env.PYODIDE_TEST_WHEELS) return path.resolve(process.env.PYODIDE_TEST_WHEELS);
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(cache, "flet-pwa", "pyodide-test-wheels");
}

// "name==version" lines of tests/pyodide/wheels.txt
function readPins() {
  return fs
    .readFileSync(PINS, "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const [name, version] = line.split("==");
      return { name, version };
    });
}

// Absolute paths of the pinned wheels (all, or only `names`) in the cache.
export function pinnedWheels(names = null) {
  const dir = wheelCacheDir();
  const pins = readPins().filter(({ name }) => !names || names.includes(name.toLowerCase()));
  if (names && pins.length !== names.length) {
    throw new SetupError(`not all of ${names.join(", ")} are pinned in ${PINS}`);
  }
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const missing = [];
  const found = pins.map(({ name, version }) => {
    const prefix = `${name.toLowerCase().replace(/[-_.]+/g, "_")}-${version}-`;
    const file = files.find((f) => f.startsWith(prefix) && f.endsWith(".whl"));
    if (!file) missing.push(`${name}==${version}`);
    return file && path.join(dir, file);
  });
  if (missing.length) {
    throw new SetupError(
      `missing wheels in ${dir}: ${missing.join(", ")}\n  fix: bash scripts/fetch_test_wheels.sh`,
    );
  }
  return found;
}

// loadPyodide from the checkout's node_modules; `env` is added to the defaults.
export async function bootPyodide(env = {}) {
  const require = createRequire(path.join(ROOT, "package.json"));
  let entry;
  try {
    entry = require.resolve("pyodide/pyodide.mjs");
  } catch {
    throw new SetupError(`pyodide is not installed in ${ROOT}/node_modules\n  fix: npm ci`);
  }
  const { loadPyodide, version } = await import(pathToFileURL(entry).href);
  const py = await loadPyodide({
    env: { PYTHONDONTWRITEBYTECODE: "1", HOME: "/home/pyodide", ...env }, // no .pyc in the tree
  });
  return { py, version };
}

export async function loadWheels(py, wheels) {
  const errors = [];
  // loadPackage never throws: failures only reach errorCallback.
  await py.loadPackage(wheels, { messageCallback: () => {}, errorCallback: (m) => errors.push(m) });
  if (errors.length) throw new SetupError(`loading wheels failed:\n  ${errors.join("\n  ")}`);
}

// The checkout, read-write at /project (also the working directory).
export function mountProject(py) {
  py.FS.mkdirTree("/project");
  py.FS.mount(py.FS.filesystems.NODEFS, { root: ROOT }, "/project");
  py.FS.chdir("/project");
}

// Print a setup failure (not the minified pyodide.asm.mjs line Node would dump) and exit 3.
export function exitOnSetupError(script, error) {
  const text = error instanceof SetupError ? error.message : String(error?.stack ?? error);
  console.error(`${script}: ${text}`);
  process.exit(3);
}
