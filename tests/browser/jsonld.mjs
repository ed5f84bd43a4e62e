// The Web Annotation export read by a real JSON-LD processor (the `jsonld`
// npm package, JSON-LD 1.1), with the W3C context served from the vendored
// copy in vendor/ (the tests have no network). Expansion in safe mode fails
// on anything lossy; on top of that every key of the export must come out of
// expansion as a keyword or an IRI of a vocabulary the model uses (a term the
// context does not define is silently dropped, and a bare prefix used as a
// key becomes the namespace itself), and the counts of keys before and after
// must agree.
import jsonld from "jsonld";
import { readFileSync } from "node:fs";

export const ANNO = "http://www.w3.org/ns/anno.jsonld";
const context = JSON.parse(readFileSync(new URL("./vendor/anno.jsonld", import.meta.url), "utf8"));

/** Serves the vendored W3C context and refuses every other document. */
export async function documentLoader(url) {
  if (url === ANNO || url === "https://www.w3.org/ns/anno.jsonld") return { contextUrl: null, documentUrl: url, document: context };
  throw new Error(`the tests load no document but ${ANNO}: asked for ${url}`);
}

export const OA = "http://www.w3.org/ns/oa#";
export const AS = "http://www.w3.org/ns/activitystreams#";
export const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
export const XSD = "http://www.w3.org/2001/XMLSchema#";
/** The vocabularies the Web Annotation model draws its properties from. */
const VOCABS = [OA, AS, RDF, "http://purl.org/dc/terms/", "http://purl.org/dc/elements/1.1/", "http://xmlns.com/foaf/0.1/",
  "http://www.w3.org/2000/01/rdf-schema#", "http://schema.org/"];

/** Keys of the compacted document, `@context` aside, counted through objects and arrays (a bare `{ id }` reference aside). */
function compactKeys(v, out = []) {
  if (Array.isArray(v)) v.forEach((x) => compactKeys(x, out));
  else if (v && typeof v === "object" && !isReference(v, "id")) {
    for (const [k, x] of Object.entries(v)) { if (k !== "@context") { out.push(k); compactKeys(x, out); } }
  }
  return out;
}
const isReference = (v, key) => { const keys = Object.keys(v).filter((k) => k !== "@context"); return keys.length === 1 && keys[0] === key; };

/**
 * Keys of the expanded document's node objects: value objects, list objects
 * and bare `{ @id }` references are how values are written (a string under
 * `source` becomes a reference), not keys of the export.
 */
function expandedKeys(v, out = []) {
  if (Array.isArray(v)) v.forEach((x) => expandedKeys(x, out));
  else if (v && typeof v === "object") {
    if ("@value" in v || isReference(v, "@id")) return out;
    if ("@list" in v) return expandedKeys(v["@list"], out);
    for (const [k, x] of Object.entries(v)) { out.push(k); expandedKeys(x, out); }
  }
  return out;
}

/**
 * Expands `doc` (safe mode) and converts it to RDF; returns the expanded form
 * and the number of triples, or throws with what was lost.
 */
export async function process(doc) {
  const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
  const before = compactKeys(doc), after = expandedKeys(expanded);
  const odd = after.filter((k) => !k.startsWith("@") && !VOCABS.some((ns) => k.startsWith(ns) && k.length > ns.length));
  if (odd.length) throw new Error(`keys that expand to no property of the model: ${[...new Set(odd)].join(", ")}`);
  if (before.length !== after.length) {
    throw new Error(`${before.length} keys in the export, ${after.length} after expansion: a term was dropped`);
  }
  const nquads = await jsonld.toRDF(doc, { documentLoader, safe: true, format: "application/n-quads" });
  return { expanded, triples: nquads.split("\n").filter(Boolean).length, keys: before.length };
}

/** The values of `prop` on an expanded node, as an array. */
export const all = (node, prop) => node?.[prop] ?? [];
/** The one value of `prop`: its @value, the @id of a bare reference, else the node itself. */
export function one(node, prop) {
  const v = all(node, prop);
  if (v.length !== 1) throw new Error(`${prop}: ${v.length} values on ${JSON.stringify(node).slice(0, 200)}`);
  if ("@value" in v[0]) return v[0]["@value"];
  return isReference(v[0], "@id") ? v[0]["@id"] : v[0];
}
