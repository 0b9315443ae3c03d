// Stand-in for the Rive runtime that the Flet 1.0.5 client loads from a CDN at start-up.
//
// bridge.js points that <script> here, so a published app requests nothing from another host.
// The client then calls window.RiveNative() and awaits it; a rejection tells it that Rive is
// not available (it tries a second URL, which lands here too, and gives up quietly). Rive
// animations therefore do not render in published apps; everything else is unaffected.
globalThis.RiveNative = function () {
  return Promise.reject(new Error("Rive is not available in apps published with flet-pwa"));
};
