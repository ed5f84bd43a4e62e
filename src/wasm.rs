//! The WebAssembly binding: parses the JS arguments, calls the core, and hands
//! back a plain object with offsets in UTF-16 code units (so that
//! `text.slice(span.start, span.end) === span.text` in JavaScript).

use crate::{annotate as annotate_text, OffsetUnit, Options};
use serde::Deserialize;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// An option value as JS passes it.
#[derive(Deserialize)]
#[serde(untagged)]
enum OptionValue {
    Bool(bool),
    Text(String),
    Other(serde::de::IgnoredAny),
}

/// Reads the options object; offsets default to UTF-16. Unknown keys and
/// values of the wrong type are errors that name the key.
fn parse_options(value: JsValue) -> Result<Options, String> {
    let mut options = Options {
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    };
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let map: BTreeMap<String, OptionValue> = serde_wasm_bindgen::from_value(value)
        .map_err(|_| "options must be an object".to_string())?;
    for (key, value) in map {
        match (key.as_str(), value) {
            ("offsets", OptionValue::Text(unit)) => options.offsets = unit.parse()?,
            ("tokens", OptionValue::Bool(on)) => options.tokens = on,
            ("offsets", _) => return Err("\"offsets\" must be a string".into()),
            ("tokens", _) => return Err("\"tokens\" must be a boolean".into()),
            (other, _) => {
                return Err(format!(
                    "unknown option {other:?} (known: \"offsets\", \"tokens\")"
                ))
            }
        }
    }
    Ok(options)
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_OPTIONS: &str = r#"
/** Options of `annotate`. */
export interface AnnotateOptions {
  /** Unit of the offsets: "utf16" (default, for String.prototype.slice), "chars" or "bytes". */
  offsets?: "utf16" | "chars" | "bytes";
  /** Include each sentence's tokens. */
  tokens?: boolean;
}
"#;

/// Annotates `text`. Throws an `Error` when `text` is not a string or the
/// options are not valid.
#[wasm_bindgen(unchecked_return_type = "Annotation")]
pub fn annotate(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let Some(text) = text.as_string() else {
        return Err(JsError::new(&format!(
            "newsmark.annotate: expected text to be a string, got {}",
            js_type(&text)
        )));
    };
    let options = parse_options(options)
        .map_err(|e| JsError::new(&format!("newsmark.annotate: invalid options: {e}")))?;
    let annotation = annotate_text(&text, &options);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&annotation, &serializer).map_err(|e| {
        JsError::new(&format!(
            "newsmark.annotate: cannot convert the result: {e}"
        ))
    })
}

/// The schema name of the annotations this build returns.
#[wasm_bindgen]
pub fn schema() -> String {
    crate::SCHEMA.to_string()
}

fn js_type(value: &JsValue) -> &'static str {
    if value.is_undefined() {
        "undefined"
    } else if value.is_null() {
        "null"
    } else if value.as_f64().is_some() {
        "a number"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.is_object() {
        "an object"
    } else {
        "a non-string value"
    }
}
