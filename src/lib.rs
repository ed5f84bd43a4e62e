//! newsmark: a news-article annotator. It finds who and what an article names
//! (entities and actors), who is quoted saying what (quotes, attributions,
//! speakers) and who takes which position on what (stances).
//!
//! ```
//! let a = newsmark::annotate("“We back the plan,” the mayor said.", &newsmark::Options::default());
//! assert_eq!(a.schema, "newsmark/1");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod actors;
mod contents;
mod cues;
mod entities;
mod lexicon;
mod marks;
mod model;
mod phrase;
mod quotes;
mod reported;
mod segment;
mod span;
mod stance;
mod syntax;
mod tagger;

/// Training of the entity tagger (`./run train-tagger`); not part of the API.
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod train;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use model::*;
pub use span::OffsetUnit;
pub use syntax::parse_conllu;

use serde::{Deserialize, Serialize};

/// What to annotate and how to report it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The unit of the offsets in the result (bytes by default).
    pub offsets: OffsetUnit,
    /// Include each sentence's tokens.
    pub tokens: bool,
}

/// Annotates `text`: the whole pipeline, from segmentation to stances.
pub fn annotate(text: &str, options: &Options) -> Annotation {
    annotate_with(text, options, &mut || {})
}

/// Seconds spent in each pass of [`annotate`] (segment, entities, actors,
/// quotes, stance, output), for the benchmark (`bench stages`); native only.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub fn stage_seconds(text: &str) -> [f64; STAGES.len()] {
    let mut at = std::time::Instant::now();
    let mut out = [0.0; STAGES.len()];
    let mut k = 0;
    std::hint::black_box(annotate_with(text, &Options::default(), &mut || {
        out[k] = at.elapsed().as_secs_f64();
        at = std::time::Instant::now();
        k += 1;
    }));
    out[k] = at.elapsed().as_secs_f64();
    out
}

/// The passes [`stage_seconds`] times, in pipeline order.
#[doc(hidden)]
pub const STAGES: [&str; 7] = [
    "segment", "syntax", "entities", "actors", "quotes", "stance", "output",
];

/// The pipeline, calling `lap` after each pass but the last.
fn annotate_with(text: &str, options: &Options, lap: &mut dyn FnMut()) -> Annotation {
    let doc = segment::segment(text);
    lap();
    let syntax = syntax::parse(&doc);
    lap();
    let mut entities = entities::find(&doc);
    lap();
    let actors = actors::cluster(&doc, &mut entities);
    lap();
    let found = quotes::find(&doc, &syntax::tree::Tree::new(&syntax), &actors);
    lap();
    let stances = stance::find(&doc, &actors, &found.attributions);
    let stance_summary = stance::summary(&stances, &actors);
    lap();
    let mut annotation = Annotation {
        schema: SCHEMA.to_string(),
        offsets: OffsetUnit::Bytes,
        length: text.len(),
        paragraphs: doc
            .paragraphs
            .iter()
            .map(|&p| TextSpan::of(text, p))
            .collect(),
        sentences: doc
            .sentences
            .iter()
            .map(|s| Sentence {
                start: s.span.start,
                end: s.span.end,
                text: s.span.slice(text).to_string(),
                paragraph: s.paragraph,
                tokens: options.tokens.then(|| syntax::tokens(&doc, &syntax, s)),
            })
            .collect(),
        entities,
        actors: actors.list,
        quotes: found.quotes,
        attributions: found.attributions,
        stances,
        stance_summary,
    };
    annotation.convert_offsets(text, options.offsets);
    annotation
}

/// One line of the CLI's `--jsonl` input (`{"id": ..., "text": ...}`) as its
/// output record: the id, then the annotation's fields; or the error that
/// goes into the line's error record. A line starting with NUL carries a
/// read error after it. Shared by the CLI and the Python package.
#[cfg(feature = "cli")]
pub fn annotate_jsonl_line(line: &str, options: &Options) -> Result<serde_json::Value, String> {
    use serde_json::{Map, Value};
    if let Some(err) = line.strip_prefix('\u{0}') {
        return Err(format!("unreadable line: {err}"));
    }
    let record: Value = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let Value::Object(record) = record else {
        return Err("expected a JSON object with \"id\" and \"text\"".into());
    };
    let text = record
        .get("text")
        .and_then(Value::as_str)
        .ok_or("missing string field \"text\"")?;
    let annotation = serde_json::to_value(annotate(text, options)).map_err(|e| e.to_string())?;
    let mut out = Map::new();
    out.insert(
        "id".into(),
        record.get("id").cloned().unwrap_or(Value::Null),
    );
    if let Value::Object(fields) = annotation {
        out.extend(fields);
    }
    Ok(Value::Object(out))
}
