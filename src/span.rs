//! Byte spans inside the core, and the one pass that maps byte offsets to the
//! unit a front end wants (UTF-16 code units for JS, code points for JSON).

use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// A half-open byte range `[start, end)` into the text, always on char boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The text under the span.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The unit of the offsets in an annotation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust `&text[start..end]`).
    #[default]
    Bytes,
    /// Unicode code points (Python `text[start:end]`).
    Chars,
    /// UTF-16 code units (JavaScript `text.slice(start, end)`).
    Utf16,
}

impl FromStr for OffsetUnit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "bytes" => Ok(OffsetUnit::Bytes),
            "chars" => Ok(OffsetUnit::Chars),
            "utf16" => Ok(OffsetUnit::Utf16),
            _ => Err(format!(
                "unknown offset unit {s:?}: expected \"bytes\", \"chars\" or \"utf16\""
            )),
        }
    }
}

/// Maps byte offsets to another unit, built in one walk over the text for a
/// given set of offsets (so the cost is linear in the text plus the offsets).
pub struct OffsetMap {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl OffsetMap {
    /// Prepares the conversion of `offsets` (byte offsets on char boundaries).
    pub fn new(text: &str, mut offsets: Vec<usize>, unit: OffsetUnit) -> Self {
        offsets.sort_unstable();
        offsets.dedup();
        let mut units = Vec::with_capacity(offsets.len());
        let mut next = offsets.iter().peekable();
        let mut count = 0usize;
        for (byte, ch) in text
            .char_indices()
            .chain(std::iter::once((text.len(), '\0')))
        {
            while next.next_if(|&&b| b <= byte).is_some() {
                units.push(count);
            }
            count += match unit {
                OffsetUnit::Bytes => ch.len_utf8(),
                OffsetUnit::Chars => 1,
                OffsetUnit::Utf16 => ch.len_utf16(),
            };
            if next.peek().is_none() {
                break;
            }
        }
        // Offsets past the end (never produced by the passes) map to the end.
        units.resize(offsets.len(), count);
        OffsetMap {
            bytes: offsets,
            units,
        }
    }

    /// The offset in the target unit of a byte offset given to `new`.
    pub fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(i) => self.units.get(i).copied().unwrap_or(0),
        }
    }
}

/// The length of `text` in `unit`.
pub fn length_in(text: &str, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Bytes => text.len(),
        OffsetUnit::Chars => text.chars().count(),
        OffsetUnit::Utf16 => text.encode_utf16().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_emoji_cjk_and_combining_marks() {
        let text = "a😀b中e\u{301}x";
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let chars = OffsetMap::new(text, offsets.clone(), OffsetUnit::Chars);
        let utf16 = OffsetMap::new(text, offsets.clone(), OffsetUnit::Utf16);
        assert_eq!(
            offsets.iter().map(|&b| chars.get(b)).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5, 6, 7]
        );
        assert_eq!(
            offsets.iter().map(|&b| utf16.get(b)).collect::<Vec<_>>(),
            [0, 1, 3, 4, 5, 6, 7, 8]
        );
        assert_eq!(length_in(text, OffsetUnit::Utf16), 8);
    }

    #[test]
    fn parses_units_and_rejects_others() {
        assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
        assert!("lines"
            .parse::<OffsetUnit>()
            .unwrap_err()
            .contains("unknown offset unit"));
    }
}
