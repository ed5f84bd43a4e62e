// newsmark/ui: the engine, in-place highlighting, the <news-annotator> element
// and the renderer, as ES modules for the browser (bundlers included).
import type { Annotation, AnnotateOptions, Label } from "./lib/pkg/newsmark.js";
export type * from "./lib/pkg/newsmark.js";

/** Which kinds to show: "entities", "quotes", "reported", "stances", or legend keys ("ent-PERSON", "quote-direct", "attr", "stance-oppose"). */
export type Kinds = string | string[];
/** A drawable mark: kind, index into its list in the annotation, and its item. */
export type MarkKind = "entity" | "quote" | "attr" | "stance";
export interface SelectedMark { kind: MarkKind; index: number; item: unknown; }

/** Starts loading the wasm engine (once; fetched beside lib/pkg/newsmark.js); resolves when annotate() works. */
export function load(): Promise<void>;
export function isLoaded(): boolean;
/** Annotates `text` (UTF-16 offsets by default); throws before load() has resolved. */
export function annotate(text: string, options?: AnnotateOptions): Annotation;
export function schema(): string;
export const version: string;

export interface HighlightOptions {
  /** Which kinds to mark (default all). */
  kinds?: Kinds;
  /** "auto" (from the element's text colour, the default), "light" or "dark". */
  theme?: "auto" | "light" | "dark";
  /** Show entity labels after names (adds text to the layout; default false). */
  labels?: boolean;
  /** The page's card on hover, keyboard focus (Tab, then arrow keys; Esc closes) and tap, in a shadow root (default true). */
  card?: boolean;
  /** With the card: a small legend just before the element that hides or shows each kind (default false). */
  legend?: boolean;
  /** A native title on each mark saying what it is and why (default: only when card is false). */
  titles?: boolean;
  /** Elements whose text is left alone (a selector; default: script, style, textarea, button, svg... and [data-newsmark-skip]). */
  skip?: string;
  /** Use this annotation (of exactly textOf(element).text, UTF-16 offsets) instead of annotating. */
  annotation?: Annotation;
}
export interface Unplaced { kind: MarkKind; index: number; start: number; end: number; text: string; reason: string; }
export interface HighlightResult {
  /** The element's text as the engine saw it (virtual line breaks between blocks). */
  text: string;
  annotation: Annotation;
  marks: { kind: MarkKind; index: number; start: number; end: number }[];
  placed: number;
  /** Marks that could not be placed: left out and listed here, never misplaced. */
  unplaced: Unplaced[];
}
/** Marks up the text inside `element` in place, keeping its elements, links and handlers. */
export function highlight(element: Element, options?: HighlightOptions): HighlightResult;
/** Undoes highlight(): the element's DOM is exactly as before. False when there was nothing to undo. */
export function clear(element: Element): boolean;
export function isHighlighted(element: Element): boolean;
/** The text of `element` as highlight() gives it to the engine, with where each part lives. */
export function textOf(element: Element, options?: { skip?: string }): { text: string; segments: { node: Text; start: number; end: number }[] };

/** Defines <news-annotator> (once) and returns its class. */
export function defineElement(name?: string): CustomElementConstructor;

/** Renders `text` with the marks of `annotation` into `container` (replacing its content). */
export function render(container: Element, text: string, annotation: Annotation, options?: { hidden?: Set<string>; blockSize?: number }): number;
export function renderInSteps(container: Element, text: string, annotation: Annotation, options?: { budget?: number; signal?: AbortSignal; onProgress?: (chars: number) => void; hidden?: Set<string>; blockSize?: number }): Promise<boolean>;
export function setHidden(container: Element, hidden: Set<string>): void;
export function legend(annotation: Annotation): { key: string; label: string; tag?: Label; count: number }[];
export function collectMarks(annotation: Annotation): { start: number; end: number; kind: MarkKind | "mention"; index: number; key: string; item: unknown }[];
export const LABELS: Record<Label, string>;
export const KINDS: { key: string; label: string }[];
export function attachCards(container: Element, card: HTMLElement, getAnnotation: () => Annotation, options?: { wide?: () => boolean; signal?: AbortSignal; keysOnMarks?: boolean }): { show(piece: Element): void; hide(): void };

/** The article an export describes; each field optional. */
export interface ArticleFields { title?: string; url?: string; date?: string; }
/** The annotation (UTF-16 offsets) with `text` and `source` (the article fields), as the page's JSON export. */
export function toJson(text: string, annotation: Annotation, article?: ArticleFields): string;
/** W3C Web Annotation JSON-LD; targets the article's URL when an http(s) one is given, else `source`. */
export function toWebAnnotation(text: string, annotation: Annotation, options?: { source?: string; created?: string; article?: ArticleFields }): string;
export const CSV_KINDS: ("entities" | "quotes" | "statements" | "stances")[];
/** One CSV (UTF-8 with BOM, CRLF, offsets in code points) with the article's title, URL and date columns. */
export function toCsv(kind: "entities" | "quotes" | "statements" | "stances", text: string, annotation: Annotation, article?: ArticleFields): string;
/** The standalone HTML report (no script; `css` is the marks' stylesheet to embed). */
export function toHtml(text: string, annotation: Annotation, options?: { css?: string; title?: string; article?: ArticleFields }): string;
export function explain(annotation: Annotation, mark: { kind: MarkKind; item: unknown }): [string, [string, string][]];
export function renderLegend(list: Element, annotation: Annotation, options: { hidden: Set<string>; onToggle?: (hidden: Set<string>) => void; allowed?: (key: string) => boolean }): void;
export function kindFilter(kinds: Kinds | null | undefined): (key: string) => boolean;

export interface NewsAnnotatorEventMap {
  annotated: CustomEvent<{ text: string; annotation: Annotation }>;
  select: CustomEvent<{ text: string; annotation: Annotation; marks: SelectedMark[] }>;
}
