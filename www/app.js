// The page: wires the text area, samples, file drop, the annotator (a worker),
// the rendered view, legend, card, side panels and exports together.
import { renderInSteps, setHidden } from "./render.js";
import { renderLegend } from "./legend.js";
import { attachCards } from "./card.js";
import { el, renderActors, renderQuotes, renderShares } from "./panels.js";
import { renderStanceMap } from "./stancemap.js";
import { exportAs } from "./download.js";
import { merger } from "./chunk.js";
import { startAnnotator } from "./annotator.js";
import { loadSamples } from "./samples.js";
import { htmlToText, looksLikeHtml } from "./fromhtml.js";

const $ = (id) => document.getElementById(id);
const input = $("text"), view = $("view"), status = $("status"), progress = $("progress");
const STORE = "newsmark.text";
const hidden = new Set();
let current = null; // { text, annotation }
let selectedActor = null;
let job = 0, shownCount = 0, jobStart = 0, workerReady = false, drawing = null;

// ---- status line -------------------------------------------------------
const fmtMs = (ms) => (ms < 1000 ? `${ms.toFixed(ms < 10 ? 1 : 0)} ms` : `${(ms / 1000).toFixed(1)} s`);
function say(text, { error = false, busy = false } = {}) {
  status.textContent = text;
  status.classList.toggle("error", error);
  status.setAttribute("role", error ? "alert" : "status");
  document.body.classList.toggle("busy", busy);
}
function showProgress(fraction) {
  progress.hidden = fraction == null;
  if (fraction != null) progress.value = fraction;
}

// ---- keeping the text across reloads (localStorage only) ------------------
let saveTimer = 0;
function save() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      const text = getText();
      if (text) localStorage.setItem(STORE, text); else localStorage.removeItem(STORE);
      $("kept").textContent = text ? "Kept in this browser only." : "";
    } catch {
      $("kept").textContent = "Too long to keep across reloads.";
    }
  }, 250);
}

// ---- the annotator: a module worker (on the main thread from file://) -----
const worker = startAnnotator((e) => onAnnotatorMessage(e), (e) => {
  e.preventDefault?.();
  fatal(e.message || "the worker could not be loaded");
});
function fatal(message) {
  say(`The annotator could not start (${message}). Your text is kept; reload the page to try again.`, { error: true });
  showProgress(null);
  document.body.dataset.ready = "error";
}
function onAnnotatorMessage({ data }) {
  if (data.type === "ready") {
    workerReady = true;
    document.body.dataset.ready = "true";
    if (getText()) run(); else say("Ready: paste an article, drop a .txt or .html file or try a sample.");
    return;
  }
  if (data.type === "fatal") return fatal(data.message);
  if (data.id !== job) return; // an older job
  if (data.type === "part") {
    if (data.done === 1) parts = merger();
    parts.add(data.part, data.start);
    showProgress(data.done / data.total);
    say(`Annotating… ${Math.round((100 * data.done) / data.total)}% (${data.chars.toLocaleString()} of ${pending.length.toLocaleString()} characters)`, { busy: true });
  } else if (data.type === "error") {
    showProgress(null);
    say(`Annotation failed: ${data.message}. Your text is kept.`, { error: true });
  } else if (data.type === "result") {
    const annotation = data.annotation ?? parts.finish(pending.length);
    parts = null;
    show({ text: pending, annotation, engineMs: data.ms, chunks: data.chunks });
  }
}

let pending = "", parts = null;
function run() {
  clearTimeout(typingTimer);
  if (!workerReady) return;
  pending = getText();
  job++;
  if (!pending.trim()) {
    drawing?.abort();
    showEmpty();
    say("Nothing to annotate: paste an article, drop a .txt or .html file or try a sample.");
    return;
  }
  jobStart = performance.now();
  drawing?.abort();
  say(`Annotating ${pending.length.toLocaleString()} characters…`, { busy: true });
  showProgress(pending.length > 100_000 ? 0 : null);
  worker.post({ id: job, text: pending });
}

let typingTimer = 0;
input.addEventListener("input", () => {
  save();
  clearTimeout(typingTimer);
  typingTimer = setTimeout(run, input.value.length > 100_000 ? 1000 : 350);
});
$("annotate").addEventListener("click", run);

// ---- showing an annotation -------------------------------------------------
const tick = () => new Promise((ok) => setTimeout(ok, 0)); // lets the browser paint and handle input
async function show({ text, annotation, engineMs = 0, chunks = 1 }) {
  drawing?.abort();
  const controller = drawing = new AbortController();
  selectedActor = null;
  const t0 = performance.now();
  drawLegend(annotation);
  await tick();
  if (controller.signal.aborted) return;
  drawPanels(annotation);
  await tick();
  if (controller.signal.aborted) return;
  for (const b of document.querySelectorAll("[data-export], #print")) b.disabled = false;
  const long = text.length > 100_000;
  current = { text, annotation }; // what the view shows from the next line on (its first step replaces it)
  const done = await renderInSteps(view, text, annotation, {
    signal: controller.signal, hidden,
    onProgress: long ? (chars) => {
      showProgress(chars / Math.max(1, text.length));
      say(`Drawing the marks… ${Math.round((100 * chars) / Math.max(1, text.length))}%`, { busy: true });
    } : undefined,
  });
  if (!done) return;
  view.classList.toggle("nm-nolabels", !$("labels").checked);
  showProgress(null);
  const total = performance.now() - jobStart;
  const parts = chunks > 1 ? `, in ${chunks} parts` : "";
  say(`${text.length.toLocaleString()} characters annotated in ${fmtMs(engineMs)}${parts} (shown after ${fmtMs(Math.max(total, performance.now() - t0))}).`);
  document.body.dataset.shown = String(++shownCount);
}

function drawLegend(annotation) {
  renderLegend($("legend"), annotation, { hidden, onToggle: () => setHidden(view, hidden) });
}

function drawPanels(a) {
  renderActors($("actors"), a, selectedActor, selectActor);
  renderQuotes($("quotes"), a, goToQuote);
  renderStanceMap($("stances"), a);
  renderShares($("shares"), a);
  $("actors-count").textContent = a.actors.length.toLocaleString();
  $("quotes-count").textContent = a.quotes.length.toLocaleString();
  $("stances-count").textContent = a.stances.length.toLocaleString();
}

function selectActor(id) {
  selectedActor = id;
  for (const m of view.querySelectorAll(".nm-hl")) m.classList.remove("nm-hl");
  for (const b of document.querySelectorAll("#actors button[data-actor]")) {
    b.setAttribute("aria-pressed", String(Number(b.dataset.actor) === id));
  }
  if (id == null) { say("Highlight cleared."); return; }
  const found = view.querySelectorAll(`[data-actors~="${id}"]`);
  for (const m of found) m.classList.add("nm-hl");
  found[0]?.scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
  const n = current.annotation.actors[id].mentions.length;
  say(`${current.annotation.actors[id].name}: ${n} mention${n === 1 ? "" : "s"} highlighted.`);
}

const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;
function goToQuote(index) {
  const piecesOf = view.querySelectorAll(`[data-marks~="quote:${index}"]`);
  if (!piecesOf.length) return;
  for (const m of view.querySelectorAll(".nm-flash")) m.classList.remove("nm-flash");
  for (const m of piecesOf) m.classList.add("nm-flash");
  piecesOf[0].scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
  piecesOf[0].focus({ preventScroll: true });
}

attachCards(view, $("card"), () => current?.annotation ?? { entities: [], quotes: [], attributions: [], stances: [], actors: [] },
  { wide: () => matchMedia("(min-width: 40rem)").matches });
$("labels").addEventListener("change", () => view.classList.toggle("nm-nolabels", !$("labels").checked));

// ---- input: samples, files, long texts, clearing ----------------------------
// A very long text (a 2 MB paste) is kept out of the text area, whose layout
// alone would freeze the page for a second or more; a box says what is held.
const LONG = 200_000;
let longText = null;
const getText = () => longText ?? input.value;
function setLong(text) {
  longText = text;
  input.hidden = text != null;
  $("long").hidden = text == null;
  if (text == null) return;
  input.value = "";
  const start = text.slice(0, 90).replace(/\s+/g, " ").trim();
  $("long-summary").textContent = `A long text is loaded: ${text.length.toLocaleString()} characters, starting “${start}…”. ` +
    "It is not shown in the edit box, to keep the page fast.";
}
/** Text from a paste or a drop: HTML (from a web page, or markup given as text) reduced to its text. */
function plainOf(data) {
  const html = data?.getData("text/html") ?? "";
  const plain = data?.getData("text/plain") ?? "";
  if (html.trim()) return { text: htmlToText(html), html: true };
  if (looksLikeHtml(plain)) return { text: htmlToText(plain), html: true };
  return { text: plain, html: false };
}
input.addEventListener("paste", (e) => {
  const { text: pasted, html } = plainOf(e.clipboardData);
  const { selectionStart: a, selectionEnd: b, value } = input;
  const fits = value.length - (b - a) + pasted.length <= LONG;
  if (fits && !html) return; // the text area takes it as usual
  e.preventDefault();
  if (fits) {
    input.setRangeText(pasted, a, b, "end");
    input.dispatchEvent(new Event("input", { bubbles: true }));
    say("Pasted from a web page: its text, paragraph by paragraph, without the markup.");
    return;
  }
  setLong((value.slice(0, a) + pasted + value.slice(b)).replace(/\r\n?/g, "\n"));
  save();
  run();
});
$("long-edit").addEventListener("click", () => {
  const text = longText;
  setLong(null);
  input.value = text;
  input.focus();
});
const samples = new Map();
async function showSamples() {
  const list = await loadSamples();
  const select = $("samples");
  for (const { file, title, text } of list) {
    samples.set(file, text);
    const option = el("option", null, title);
    option.value = file;
    select.append(option);
  }
  select.addEventListener("change", () => {
    if (!select.value) return;
    setText(samples.get(select.value));
    select.value = "";
  });
}
function setText(text) {
  forgetUndo();
  setLong(null);
  text = text.replace(/\r\n?/g, "\n"); // what a text area would hold
  if (text.length > LONG) setLong(text); else input.value = text;
  save();
  run();
}

async function readFile(file) {
  if (!file) return;
  const html = file.type === "text/html" || file.type === "application/xhtml+xml" || /\.(html?|xhtml)$/i.test(file.name);
  if (!(html || file.type.startsWith("text/") || /\.(txt|text|md)$/i.test(file.name))) {
    say(`“${file.name}” is not a text or HTML file: only .txt and .html files can be read.`, { error: true });
    return;
  }
  const body = await file.text();
  setText(html || looksLikeHtml(body) ? htmlToText(body) : body);
}
$("file").addEventListener("change", (e) => { readFile(e.target.files[0]); e.target.value = ""; });
// A file dropped anywhere on the page is read (never opened by the browser);
// text dropped on the edit box goes in as the browser puts it.
const drop = $("drop");
window.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("dragging"); });
window.addEventListener("dragleave", (e) => { if (!e.relatedTarget) drop.classList.remove("dragging"); });
window.addEventListener("drop", (e) => {
  drop.classList.remove("dragging");
  if (e.dataTransfer?.files.length) { e.preventDefault(); readFile(e.dataTransfer.files[0]); return; }
  if (e.target !== input) {
    e.preventDefault();
    const { text } = plainOf(e.dataTransfer);
    if (text) setText(text);
  }
});

/** Empties the view, legend, panels and exports (the text stays as it is). */
function showEmpty() {
  current = null;
  view.replaceChildren();
  $("legend").replaceChildren();
  for (const id of ["actors", "quotes", "stances", "shares"]) $(id).replaceChildren();
  for (const id of ["actors-count", "quotes-count", "stances-count"]) $(id).textContent = "0";
  for (const b of document.querySelectorAll("[data-export], #print")) b.disabled = true;
  showProgress(null);
}

// "Clear text" empties the box and the stored copy; "Undo" brings both back
// until the text is changed again.
let cleared = null;
const undo = $("undo-clear");
const forgetUndo = () => { cleared = null; undo.hidden = true; };
$("clear").addEventListener("click", () => {
  const text = getText();
  setLong(null);
  input.value = "";
  try { localStorage.removeItem(STORE); } catch { /* storage unavailable */ }
  $("kept").textContent = "";
  job++;
  drawing?.abort();
  showEmpty();
  if (text) {
    cleared = text;
    undo.hidden = false;
    say("Text cleared (also from this browser's storage). Undo brings it back.");
  } else {
    say("Nothing to clear.");
  }
  input.focus();
});
undo.addEventListener("click", () => {
  const text = cleared;
  forgetUndo();
  if (text != null) { setText(text); input.focus(); }
});
input.addEventListener("input", forgetUndo);

/** The Source fields, as the exports take them. */
const article = () => ({ title: $("source-title").value, url: $("source-url").value, date: $("source-date").value });
$("print").addEventListener("click", () => window.print());
for (const b of document.querySelectorAll("[data-export]")) {
  b.addEventListener("click", () => current && exportAs(b.dataset.export, current.text, current.annotation, article()).catch((err) => {
    say(`The export failed: ${err.message}`, { error: true });
  }));
}

// For tests and embedding: show a given { text, annotation } (e.g. one with stances).
document.addEventListener("newsmark:show", (e) => { jobStart = performance.now(); show(e.detail); });

// ---- start -----------------------------------------------------------------
try {
  const kept = localStorage.getItem(STORE) ?? "";
  if (kept.length > LONG) setLong(kept); else input.value = kept;
} catch { /* storage unavailable */ }
if (getText()) $("kept").textContent = "Kept in this browser only.";
showSamples().catch((err) => say(`Samples unavailable: ${err.message}`, { error: true }));
