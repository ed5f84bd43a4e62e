//! `newsmark parse --conllu`: parses the words of a CoNLL-U file as given
//! (columns 1 and 2 and the sentence breaks; nothing else is read) and writes
//! the file back with UPOS, XPOS, HEAD and DEPREL predicted, every other
//! column, comment, multiword-token and empty-node line copied.

use super::{Model, Scratch};

/// One sentence's lines, and for each word line its position in `lines`.
struct Block<'a> {
    lines: Vec<&'a str>,
    words: Vec<usize>,
}

/// Parses the CoNLL-U text `input`; errors name the line.
pub fn parse_conllu(input: &str) -> Result<String, String> {
    let model = Model::get().ok_or("the syntax model is not available in this build")?;
    let mut out = String::with_capacity(input.len() + input.len() / 4);
    let mut scratch = Scratch::default();
    let mut block = Block {
        lines: Vec::new(),
        words: Vec::new(),
    };
    for (no, raw) in input.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            flush(model, &mut scratch, &mut block, &mut out)?;
            out.push('\n');
            continue;
        }
        if !line.starts_with('#') {
            let id = line.split('\t').next().unwrap_or("");
            if id.bytes().all(|b| b.is_ascii_digit()) && !id.is_empty() {
                if line.split('\t').count() != 10 {
                    return Err(format!(
                        "line {}: a word line needs 10 tab-separated columns",
                        no + 1
                    ));
                }
                block.words.push(block.lines.len());
            } else if !id.contains(['-', '.']) {
                return Err(format!(
                    "line {}: {id:?} is not a word, range or empty-node id",
                    no + 1
                ));
            }
        }
        block.lines.push(line);
    }
    flush(model, &mut scratch, &mut block, &mut out)?;
    Ok(out)
}

/// Parses and writes one sentence's lines (none: nothing).
fn flush(
    model: &Model,
    scratch: &mut Scratch,
    block: &mut Block,
    out: &mut String,
) -> Result<(), String> {
    if block.lines.is_empty() {
        return Ok(());
    }
    let cols = |line: &str| -> Vec<String> { line.split('\t').map(str::to_string).collect() };
    let forms: Vec<String> = block
        .words
        .iter()
        .map(|&k| cols(block.lines[k])[1].clone())
        .collect();
    let ids: Vec<String> = block
        .words
        .iter()
        .map(|&k| cols(block.lines[k])[0].clone())
        .collect();
    if !forms.is_empty() {
        scratch.parse(model, &forms);
    }
    let mut w = 0;
    for (k, line) in block.lines.iter().enumerate() {
        if block.words.get(w) == Some(&k) {
            let mut c = cols(line);
            let t = scratch.tags[w];
            let h = scratch.heads()[w] as usize;
            c[3] = model.upos(t).to_string();
            c[4] = model.xpos(t).to_string();
            c[6] = if h >= ids.len() {
                "0".into()
            } else {
                ids[h].clone()
            };
            c[7] = model.labels[scratch.labels[w] as usize].clone();
            out.push_str(&c.join("\t"));
            w += 1;
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    block.lines.clear();
    block.words.clear();
    Ok(())
}
