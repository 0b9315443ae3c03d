// In-page probe of benchmarks/bench_site.py, added to every page as a Playwright init script
// (it runs before the page's own scripts).
//
// * Turns on Flutter's semantics tree the moment the engine puts its off-screen
//   <flt-semantics-placeholder> into the page (a DOM click, as tests/browser/flutter_semantics.py
//   does), so the counter's text appears in the DOM when Flutter draws it.
// * A MutationObserver records, on the page's own clock (performance.now(), ms since
//   navigation start), every change of the counter's text: the first node under
//   <flt-semantics-host> whose own text or aria-label is a whole number. firstRender is the
//   time it first reads "0".
// * click(expected) clicks the only semantics button (the FAB) with a DOM click and records
//   the click time; the observer adds (time the text became `expected`) - (click time) to
//   latencies.
// * snapshot() returns what the benchmark reads after a visit; serviceWorkerReady(ms) waits
//   until this page's service worker registration (if any) has an activated worker.
// Everything lives in globalThis.fletBench.
(function () {
  "use strict";

  const HOST = "flt-semantics-host";
  const PLACEHOLDER = "flt-semantics-placeholder";
  const NUMBER = /^\d+$/;

  const probe = {
    semanticsEnabled: null, // ms: when the placeholder was clicked
    firstRender: null, // ms: when the counter first read "0"
    value: null, // the counter's text now
    changes: [], // [ms, text] for every change of the counter's text
    pending: null, // {expected, clickedAt} while a click waits for its repaint
    latencies: [], // ms from click to the counter showing the next number
    click,
    snapshot,
    serviceWorkerReady,
  };
  globalThis.fletBench = probe;

  function counterText() {
    const host = document.querySelector(HOST);
    if (!host) return null;
    for (const node of host.querySelectorAll("*")) {
      const label = node.getAttribute("aria-label");
      if (label !== null && NUMBER.test(label.trim())) return label.trim();
      const own = ownText(node);
      if (NUMBER.test(own)) return own;
    }
    return null;
  }

  function ownText(node) {
    let text = "";
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
    }
    return text.trim();
  }

  function enableSemantics() {
    if (probe.semanticsEnabled !== null) return;
    const placeholder = document.querySelector(PLACEHOLDER);
    if (!placeholder) return;
    probe.semanticsEnabled = performance.now();
    placeholder.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  }

  function observe() {
    const now = performance.now();
    enableSemantics();
    const text = counterText();
    if (text === null || text === probe.value) return;
    probe.value = text;
    probe.changes.push([now, text]);
    if (text === "0" && probe.firstRender === null) probe.firstRender = now;
    const pending = probe.pending;
    if (pending && text === pending.expected) {
      probe.latencies.push(now - pending.clickedAt);
      probe.pending = null;
    }
  }

  function click(expected) {
    const button = document.querySelector(`${HOST} [role="button"]`);
    if (!button) throw new Error("no semantics button (the FAB) in the page");
    probe.pending = { expected, clickedAt: performance.now() };
    button.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  }

  function snapshot() {
    const controller = navigator.serviceWorker ? navigator.serviceWorker.controller : null;
    return {
      firstRender: probe.firstRender,
      semanticsEnabled: probe.semanticsEnabled,
      value: probe.value,
      fletPwaTimings: globalThis.fletPwaTimings || null,
      controller: controller ? controller.scriptURL : null,
    };
  }

  // Resolves with the active worker's script URL, or null when no worker was registered within
  // `graceMs`, or "timeout" when one was registered but not activated within `timeoutMs`.
  async function serviceWorkerReady(timeoutMs, graceMs) {
    if (!navigator.serviceWorker) return null;
    const start = performance.now();
    for (;;) {
      const registration = await navigator.serviceWorker.getRegistration();
      const active = registration ? registration.active : null;
      if (active && active.state === "activated" && !registration.installing) {
        return active.scriptURL;
      }
      const waited = performance.now() - start;
      if (!registration && waited > graceMs) return null;
      if (waited > timeoutMs) return "timeout";
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  new MutationObserver(observe).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["aria-label"],
  });
})();
