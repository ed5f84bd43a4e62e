// newsmark for Node: the engine is loaded when this module is imported.
import type { Annotation, AnnotateOptions } from "./lib/pkg/newsmark.js";
export type * from "./lib/pkg/newsmark.js";
/** Annotates `text`; throws an Error when `text` is not a string or the options are not valid. */
export function annotate(text: string, options?: AnnotateOptions): Annotation;
/** The schema name of the annotations ("newsmark/1"). */
export function schema(): string;
