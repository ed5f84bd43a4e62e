// The page: wires the text area, the sample menu and the legend to the
// annotator (wasm) and the renderer.
import init, { annotate } from "./pkg/newsmark.js";
import { KINDS, render } from "./render.js";

const $ = (id) => document.getElementById(id);
const input = $("text"), view = $("view"), status = $("status"), legend = $("legend");
const hidden = new Set();
let current = null; // { text, annotation }

function show() {
  if (!current) return;
  render(view, current.text, current.annotation, hidden);
  legend.replaceChildren(...KINDS.map((kind) => {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = `toggle toggle-${kind.key}`;
    button.setAttribute("aria-pressed", String(!hidden.has(kind.key)));
    button.textContent = `${kind.label} ${kind.items(current.annotation).length}`;
    button.addEventListener("click", () => {
      hidden.has(kind.key) ? hidden.delete(kind.key) : hidden.add(kind.key);
      show();
    });
    li.append(button);
    return li;
  }));
}

function run() {
  const text = input.value;
  const t0 = performance.now();
  try {
    const annotation = annotate(text);
    const ms = performance.now() - t0;
    current = { text, annotation };
    show();
    status.textContent = `${text.length.toLocaleString()} characters annotated in ${ms.toFixed(1)} ms`;
  } catch (err) {
    status.textContent = `Annotation failed: ${err.message}. Your text is kept.`;
  }
}

let timer = 0;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(run, 300);
});
$("annotate").addEventListener("click", run);

async function loadSamples() {
  const select = $("samples");
  const list = await (await fetch("seeds/index.json")).json();
  for (const { file, title } of list) {
    const option = document.createElement("option");
    option.value = file;
    option.textContent = title;
    select.append(option);
  }
  select.addEventListener("change", async () => {
    if (!select.value) return;
    input.value = await (await fetch(`seeds/${encodeURIComponent(select.value)}`)).text();
    run();
  });
}

await init();
status.textContent = "Ready: paste an article or try a sample.";
document.body.dataset.ready = "true";
loadSamples().catch((err) => { status.textContent = `Samples unavailable: ${err.message}`; });
