// <news-annotator>: the annotated view with its legend and cards, in Shadow
// DOM, built from the page's own components (render.js, card.js, legend.js).
//
//   <news-annotator text="“We back the plan,” the mayor said."></news-annotator>
//   <news-annotator kinds="entities quotes" theme="dark">…article text…</news-annotator>
//
// Attributes: `text` (else the element's text content, as plain text: blank
// lines separate paragraphs; common indentation is removed), `kinds` (which
// kinds to show: entities, quotes, reported, stances, or legend keys such as
// ent-PERSON; default all), `theme` (auto, light, dark), `legend` ("off" hides
// it), `labels` ("off" hides entity labels).
// Events (on the element, bubbling): `annotated` { text, annotation } after
// each annotation; `select` { text, annotation, marks: [{ kind, index, item }] }
// when a mark is clicked or reached with the keyboard; `error` { message,
// attribute } when the engine fails or an attribute has a value it does not
// know (the message stays shown until the attribute changes; the element
// then uses the attribute's default).
// Properties: `text` (get/set), `annotation` (read-only).
// Text is only ever put in the shadow root as text nodes.
import { render, setHidden, marksOf, legend } from "./render.js";
import { attachCards } from "./card.js";
import { renderLegend, kindFilter } from "./legend.js";
import { styleShadow } from "./styles.js";

/** Plain text from an element's content: outer blank lines and common indentation removed. */
export function dedent(s) {
  const lines = s.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join("\n");
}

const el = (tag, cls) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  return e;
};

/**
 * Defines the element (once) with an engine { load(): Promise, annotate(text) }.
 * Returns the element class.
 */
export function defineElement(engine, name = "news-annotator") {
  const existing = customElements.get(name);
  if (existing) return existing;

  class NewsAnnotator extends HTMLElement {
    static observedAttributes = ["text", "kinds", "theme", "legend", "labels"];

    #root; #view; #legend; #card; #status;
    #hidden = new Set();   // kinds the reader switched off in the legend
    #allowed = () => true; // kinds the embedder chose with `kinds`
    #text = null; #annotation = null; #drawnFor = null; #queued = false; #observer = null; #pointer = false;
    #problems = ""; // what is wrong with the attributes, shown until they change

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: "open" });
      styleShadow(shadow);
      this.#root = el("div", "nm-root");
      this.#legend = el("ul", "nm-legend");
      this.#legend.setAttribute("aria-label", "Kinds of marks: press one to hide or show it");
      this.#view = el("div", "nm-view");
      this.#view.tabIndex = 0;
      this.#view.setAttribute("role", "article");
      this.#view.setAttribute("aria-label", "The text with its marks (arrow keys step through them)");
      this.#status = el("p", "nm-status");
      this.#status.setAttribute("role", "status");
      this.#card = el("div", "nm-card");
      this.#card.id = "nm-card";
      this.#root.append(this.#legend, this.#view, this.#status, this.#card);
      shadow.append(this.#root);
      const empty = { entities: [], quotes: [], attributions: [], stances: [], actors: [] };
      attachCards(this.#view, this.#card, () => this.#annotation ?? empty);
      this.#view.addEventListener("pointerdown", () => { this.#pointer = true; });
      this.#view.addEventListener("click", (e) => { this.#pointer = false; this.#select(e.target); });
      this.#view.addEventListener("focusin", (e) => { if (!this.#pointer) this.#select(e.target); });
    }

    connectedCallback() {
      this.#observer ??= new MutationObserver(() => { if (!this.hasAttribute("text")) this.#queue(); });
      this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
      this.#queue();
    }

    disconnectedCallback() { this.#observer?.disconnect(); }

    attributeChangedCallback() { if (this.isConnected) this.#queue(); }

    /** The text shown: the `text` attribute, else the element's own text content. */
    get text() { return this.getAttribute("text") ?? dedent(this.textContent ?? ""); }
    set text(value) { this.setAttribute("text", String(value)); }

    /** The annotation shown (null before the first). */
    get annotation() { return this.#annotation; }

    #queue() {
      if (this.#queued) return;
      this.#queued = true;
      queueMicrotask(() => { this.#queued = false; this.#update(); });
    }

    #say(text, error = false) {
      this.#status.textContent = text;
      this.#status.classList.toggle("error", error);
    }

    /** Reads the attributes; a value out of its set is reported (once per change) and its default used. */
    #attributes() {
      const problems = [];
      const choice = (name, values) => {
        const v = this.getAttribute(name);
        if (v === null || values.includes(v)) return v;
        problems.push({ attribute: name, message: `<${this.localName}> ${name}="${v}": expected ${values.map((x) => `"${x}"`).join(", ")}` });
        return null;
      };
      const theme = choice("theme", ["auto", "light", "dark"]);
      this.#root.classList.remove("nm-theme-light", "nm-theme-dark");
      if (theme === "light" || theme === "dark") this.#root.classList.add(`nm-theme-${theme}`);
      this.#legend.hidden = choice("legend", ["on", "off"]) === "off";
      this.#view.classList.toggle("nm-nolabels", choice("labels", ["on", "off"]) === "off");
      try {
        this.#allowed = kindFilter(this.getAttribute("kinds"));
      } catch (err) {
        problems.push({ attribute: "kinds", message: `<${this.localName}> kinds="${this.getAttribute("kinds")}": ${err.message.replace(/^newsmark: /, "")}` });
        this.#allowed = () => true;
      }
      const said = problems.map((p) => p.message).join("\n");
      if (said !== this.#problems) {
        for (const p of problems) this.dispatchEvent(new CustomEvent("error", { bubbles: true, detail: p }));
      }
      this.#problems = said;
      this.#say(said, !!said);
    }

    #update() {
      this.#attributes();
      const text = this.text;
      if (text === this.#text && this.#annotation) { this.#draw(); return; }
      this.#text = text;
      this.#annotation = null;
      render(this.#view, text, { entities: [], quotes: [], attributions: [], stances: [], actors: [] }); // the text at once, marks when ready
      this.#drawnFor = null;
      this.#legend.replaceChildren();
      engine.load().then(() => {
        if (this.#text !== text) return; // changed meanwhile; a newer update runs
        let annotation;
        try {
          annotation = engine.annotate(text);
        } catch (err) {
          this.#say(`Annotation failed: ${err.message}`, true);
          this.dispatchEvent(new CustomEvent("error", { bubbles: true, detail: { message: err.message } }));
          return;
        }
        this.#annotation = annotation;
        this.#draw();
        this.dispatchEvent(new CustomEvent("annotated", { bubbles: true, detail: { text, annotation } }));
      }, (err) => {
        this.#say(`The annotator could not start: ${err?.message ?? err}`, true);
        this.dispatchEvent(new CustomEvent("error", { bubbles: true, detail: { message: String(err?.message ?? err) } }));
      });
    }

    /** Hidden kinds: those not chosen with `kinds`, and those the reader switched off. */
    #hiddenKeys() {
      const keys = new Set(this.#hidden);
      for (const k of legend(this.#annotation ?? {})) if (!this.#allowed(k.key)) keys.add(k.key);
      return keys;
    }

    #draw() {
      const a = this.#annotation;
      if (!a) return;
      if (this.#drawnFor !== a) { render(this.#view, this.#text, a); this.#drawnFor = a; }
      setHidden(this.#view, this.#hiddenKeys());
      renderLegend(this.#legend, a, { hidden: this.#hidden, allowed: this.#allowed, onToggle: () => setHidden(this.#view, this.#hiddenKeys()) });
      this.#say(this.#problems, !!this.#problems);
    }

    #select(target) {
      const piece = target instanceof Element ? target.closest("mark.m") : null;
      if (!piece || !this.#annotation) return;
      const marks = marksOf(piece, this.#view, this.#annotation);
      if (!marks.length) return;
      this.dispatchEvent(new CustomEvent("select", { bubbles: true, detail: { text: this.#text, annotation: this.#annotation, marks } }));
    }
  }

  customElements.define(name, NewsAnnotator);
  return NewsAnnotator;
}
