// Starts the page. Served over http(s): the page's ES modules (www/app.js),
// with the annotator in a module worker. Opened from disk (file://), where a
// browser loads no module script and starts no worker: the single-file
// builds, dist/newsmark.js (the engine, wasm inlined) and dist/newsmark-page.js
// (the same page code, annotating on the main thread, samples inlined).
(() => {
  const here = document.currentScript.src;
  const add = (path, module) => {
    const script = document.createElement("script");
    if (module) script.type = "module"; else script.async = false; // classic scripts run in order
    script.src = new URL(path, here).href;
    document.head.append(script);
    return script;
  };
  if (location.protocol !== "file:") {
    add("app.js", true);
    return;
  }
  const missing = () => {
    const status = document.getElementById("status");
    status.textContent = "From a file, the page needs dist/newsmark.js and dist/newsmark-page.js: run ./run build (or serve it: ./run serve).";
    status.classList.add("error");
    document.body.dataset.ready = "error";
  };
  add("../dist/newsmark.js").addEventListener("error", missing);
  add("../dist/newsmark-page.js").addEventListener("error", missing);
})();
