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

  new MutationObserver(observe).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["aria-label"],
  });
})();
