// The engine for the embeddings: loads the wasm module once (fetched beside
// pkg/newsmark.js, or inlined in the single-file script; see wasm-source.js)
// and annotates synchronously once loaded.
import init, { annotate as engineAnnotate, schema as engineSchema } from "./pkg/newsmark.js";
import { wasmSource } from "./wasm-source.js";

let loading = null, loaded = false;

/** Starts loading the engine (once); resolves when annotate() can be called. */
export function load() {
  loading ??= init(wasmSource()).then(() => { loaded = true; });
  return loading;
}

/** True once the engine is loaded. */
export const isLoaded = () => loaded;

/** The annotation of `text` (see docs/SCHEMA.md); throws before the engine is loaded. */
export function annotate(text, options) {
  if (!loaded) throw new Error("newsmark.annotate: the engine is not loaded yet (wait for newsmark.ready)");
  return engineAnnotate(text, options);
}

/** The schema name of the annotations ("newsmark/1"). */
export function schema() {
  if (!loaded) throw new Error("newsmark.schema: the engine is not loaded yet (wait for newsmark.ready)");
  return engineSchema();
}
