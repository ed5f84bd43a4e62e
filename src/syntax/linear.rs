//! A linear classifier over hashed features with one-byte weight codes:
//! the scorer shared by the part-of-speech tagger, the transition parser
//! and the labeller, and its compact file format.
//!
//! A feature is a 64-bit hash; its bucket is the top `nbits` bits. Buckets
//! whose weights are all zero have no row. In the file a row is its bucket
//! (as a delta from the previous one) and one code per class: 0 is zero,
//! 1..=127 the table's positive levels, 129..=255 their negatives. The
//! levels are log-spaced from the smallest kept weight to the largest (each
//! about 7 % above the one before), so small and large weights keep the
//! same relative resolution; linear `i8` steps lost 1.5 to 3 points of
//! attachment, these lose nothing measurable.

/// The number of positive weight levels.
pub(crate) const LEVELS: usize = 127;

/// One classifier. In memory a bucket finds its row through a bitmap of
/// the buckets that have one and the count of set bits before each 64
/// (rank), so a table of 2^20 buckets costs 192 KB of index and its rows
/// are packed: the whole model stays in the core's cache. A table with few
/// classes (the parser's moves) keeps every code of a row; one with many
/// keeps only the non-zero weights (two or three a row) as (class, value).
pub(crate) struct Linear {
    nbits: u32,
    nclass: usize,
    /// The level of each code, scaled so the largest fits an `i16`.
    lut: [i32; 256],
    /// Bit b: bucket b has a row; `ranks[w]`: rows before word w.
    bits: Vec<u64>,
    ranks: Vec<u32>,
    /// Few classes: `nclass` codes per row.
    codes: Vec<u8>,
    /// Many classes: row r's pairs are `starts[r]..starts[r + 1]`.
    starts: Vec<u32>,
    pairs: Vec<(u8, i16)>,
}

/// The bucket of feature hash `h` in a table of `2^nbits` buckets.
#[inline]
pub(crate) fn bucket(h: u64, nbits: u32) -> usize {
    (h >> (64 - nbits)) as usize
}

impl Linear {
    /// A classifier from its levels, buckets (ascending) and rows of codes
    /// (`codes.len() == buckets.len() * nclass`).
    pub(crate) fn new(
        nbits: u32,
        nclass: usize,
        levels: &[i32; LEVELS],
        buckets: &[u32],
        codes: Vec<u8>,
    ) -> Linear {
        let top = levels.iter().copied().max().unwrap_or(1).max(1) as i64;
        let mut lut = [0i32; 256];
        for (k, &m) in levels.iter().enumerate() {
            let v = ((m as i64 * i16::MAX as i64 + top / 2) / top) as i32;
            lut[k + 1] = v;
            lut[k + 129] = -v;
        }
        let words = (1usize << nbits).div_ceil(64);
        let mut bits = vec![0u64; words];
        for &b in buckets {
            bits[b as usize / 64] |= 1 << (b % 64);
        }
        let mut ranks = Vec::with_capacity(words);
        let mut seen = 0u32;
        for w in &bits {
            ranks.push(seen);
            seen += w.count_ones();
        }
        let mut out = Linear {
            nbits,
            nclass,
            lut,
            bits,
            ranks,
            codes: Vec::new(),
            starts: vec![0],
            pairs: Vec::new(),
        };
        if nclass <= SPARSE_FROM {
            out.codes = codes;
        } else {
            for row in codes.chunks(nclass) {
                for (k, &c) in row.iter().enumerate().filter(|&(_, &c)| c != 0) {
                    out.pairs.push((k as u8, lut[c as usize] as i16));
                }
                out.starts.push(out.pairs.len() as u32);
            }
        }
        out
    }

    /// The number of classes.
    pub(crate) fn classes(&self) -> usize {
        self.nclass
    }

    /// The row of bucket `b`, if it has one.
    #[inline]
    fn row(&self, b: usize) -> Option<usize> {
        let (w, bit) = (b / 64, b % 64);
        let word = self.bits[w];
        (word >> bit & 1 == 1)
            .then(|| self.ranks[w] as usize + (word & ((1u64 << bit) - 1)).count_ones() as usize)
    }

    /// Adds the weights of `feats` to `scores` (`scores.len() == classes()`).
    #[inline]
    pub(crate) fn add(&self, feats: &[u64], scores: &mut [i32]) {
        let n = self.nclass;
        for &h in feats {
            let Some(r) = self.row(bucket(h, self.nbits)) else {
                continue;
            };
            if n <= SPARSE_FROM {
                for (s, &c) in scores.iter_mut().zip(&self.codes[r * n..r * n + n]) {
                    *s += self.lut[c as usize];
                }
            } else {
                let (a, b) = (self.starts[r] as usize, self.starts[r + 1] as usize);
                for &(k, w) in &self.pairs[a..b] {
                    if let Some(s) = scores.get_mut(k as usize) {
                        *s += w as i32;
                    }
                }
            }
        }
    }

    /// Serialises: nbits, nclass, the levels, the row count, then column by
    /// column (each compresses better on its own): every row's bucket as a
    /// delta from the previous one (LEB128); then for a few classes every
    /// row's codes, else every row's count of non-zero codes, all their
    /// classes, and all their codes.
    #[cfg(feature = "train")]
    pub(crate) fn write(
        nbits: u32,
        nclass: usize,
        levels: &[i32; LEVELS],
        rows: &[(u32, Vec<u8>)],
        out: &mut Vec<u8>,
    ) {
        out.push(nbits as u8);
        out.extend_from_slice(&(nclass as u16).to_le_bytes());
        for m in levels {
            out.extend_from_slice(&m.to_le_bytes());
        }
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for (b, _) in rows {
            leb128(b - last, out);
            last = *b;
        }
        if nclass <= SPARSE_FROM {
            for (_, w) in rows {
                out.extend_from_slice(w);
            }
            return;
        }
        let nonzero = |w: &[u8]| {
            w.iter()
                .enumerate()
                .filter(|&(_, &c)| c != 0)
                .map(|(k, &c)| (k as u8, c))
                .collect::<Vec<_>>()
        };
        let pairs: Vec<Vec<(u8, u8)>> = rows.iter().map(|(_, w)| nonzero(w)).collect();
        out.extend(pairs.iter().map(|p| p.len() as u8));
        out.extend(pairs.iter().flatten().map(|p| p.0));
        out.extend(pairs.iter().flatten().map(|p| p.1));
    }

    /// Reads what [`Linear::write`] wrote, advancing `at`.
    pub(crate) fn read(bytes: &[u8], at: &mut usize) -> Result<Linear, String> {
        let mut r = Reader { bytes, at: *at };
        let nbits = r.u8()? as u32;
        let nclass = r.u16()? as usize;
        let mut levels = [0i32; LEVELS];
        for m in &mut levels {
            *m = r.u32()? as i32;
        }
        let nrows = r.u32()? as usize;
        if !(8..=26).contains(&nbits) || nclass == 0 || nclass > 255 {
            return Err("syntax weights: bad table header".into());
        }
        // Each row takes at least a byte, so a count past the file's end is
        // a damaged file, not a reason to allocate.
        if nrows > bytes.len().saturating_sub(r.at) || nrows > 1 << nbits {
            return Err("syntax weights: file ends early".into());
        }
        let mut buckets = Vec::with_capacity(nrows);
        let mut last = 0u32;
        for _ in 0..nrows {
            last = last
                .checked_add(r.leb128()?)
                .filter(|&b| b < 1 << nbits)
                .ok_or("syntax weights: bucket out of range")?;
            buckets.push(last);
        }
        let mut rows = vec![0u8; nrows * nclass];
        if nclass <= SPARSE_FROM {
            rows.copy_from_slice(r.take(nrows * nclass)?);
        } else {
            let counts = r.take(nrows)?;
            let nnz: usize = counts.iter().map(|&c| c as usize).sum();
            let (classes, codes) = (r.take(nnz)?, r.take(nnz)?);
            let mut k = 0;
            for (row, &c) in counts.iter().enumerate() {
                for _ in 0..c {
                    let class = classes[k] as usize;
                    if class >= nclass {
                        return Err("syntax weights: class out of range".into());
                    }
                    rows[row * nclass + class] = codes[k];
                    k += 1;
                }
            }
        }
        *at = r.at;
        Ok(Linear::new(nbits, nclass, &levels, &buckets, rows))
    }
}

/// Tables with more classes than this store their rows sparse.
const SPARSE_FROM: usize = 8;

#[cfg(feature = "train")]
fn leb128(mut v: u32, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A cursor over the weight file.
/// A two-class weight file: a four-byte magic, a version, then one table.
pub(crate) struct TwoClass {
    pub magic: &'static [u8; 4],
    pub version: u32,
    /// What the file holds, for errors ("cue weights").
    pub what: &'static str,
}

impl TwoClass {
    /// Reads a file of this kind.
    pub(crate) fn read(&self, bytes: &[u8]) -> Result<Linear, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != self.magic || r.u32()? != self.version {
            return Err(format!(
                "{}: not a newsmark file of this kind and version",
                self.what
            ));
        }
        let mut at = r.at;
        let linear = Linear::read(bytes, &mut at)?;
        if linear.classes() != 2 {
            return Err(format!("{}: not two classes", self.what));
        }
        Ok(linear)
    }

    /// The file header [`TwoClass::read`] expects before the table.
    #[cfg(feature = "train")]
    pub(crate) fn write_header(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.magic);
        out.extend_from_slice(&self.version.to_le_bytes());
    }
}

pub(crate) struct Reader<'b> {
    pub bytes: &'b [u8],
    pub at: usize,
}

impl<'b> Reader<'b> {
    pub(crate) fn take(&mut self, n: usize) -> Result<&'b [u8], String> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or("syntax weights: file ends early")?;
        self.at += n;
        Ok(s)
    }
    pub(crate) fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    pub(crate) fn u16(&mut self) -> Result<u16, String> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    pub(crate) fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn leb128(&mut self) -> Result<u32, String> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u32) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("syntax weights: bad varint".into())
    }
    /// A length-prefixed list of short strings (the class names).
    pub(crate) fn names(&mut self) -> Result<Vec<String>, String> {
        let n = self.u16()? as usize;
        (0..n)
            .map(|_| {
                let len = self.u8()? as usize;
                String::from_utf8(self.take(len)?.to_vec()).map_err(|e| e.to_string())
            })
            .collect()
    }
}

/// Writes a list for [`Reader::names`].
#[cfg(feature = "train")]
pub(crate) fn write_names(names: &[String], out: &mut Vec<u8>) {
    out.extend_from_slice(&(names.len() as u16).to_le_bytes());
    for n in names {
        out.push(n.len() as u8);
        out.extend_from_slice(n.as_bytes());
    }
}
