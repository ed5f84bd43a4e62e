// Where the engine's wasm comes from. As ES modules: undefined, so the
// wasm-bindgen module fetches newsmark_bg.wasm beside itself. The single-file
// script (scripts/bundle.mjs) replaces this module with one that returns the
// bytes inlined as base64.
export function wasmSource() {
  return undefined;
}
