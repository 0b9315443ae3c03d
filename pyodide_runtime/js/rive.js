// Sends the Rive runtime that the Flet 1.0.5 client loads from a CDN at start-up to a local
// stand-in (rive_native.js next to this file), so that a page requests nothing from another
// host. Classic script, loaded before flutter_bootstrap.js: main.dart.js creates a <script>,
// sets .src to the Rive CDN and appends it; rewriting the src setter sends that load to the
// stand-in before any request is made.
(function () {
  "use strict";
  const RIVE_CDN_PREFIX = "https://cdn.jsdelivr.net/npm/@rive-app/flutter-native-wasm@";
  const standInUrl = new URL("rive_native.js", document.currentScript.src).href;
  const proto = HTMLScriptElement.prototype;
  const src = Object.getOwnPropertyDescriptor(proto, "src");
  Object.defineProperty(proto, "src", {
    configurable: true,
    enumerable: src.enumerable,
    get() {
      return src.get.call(this);
    },
    set(value) {
      const url = String(value);
      src.set.call(this, url.startsWith(RIVE_CDN_PREFIX) ? standInUrl : url);
    },
  });
})();
