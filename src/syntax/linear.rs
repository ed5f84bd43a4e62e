//! A linear classifier over hashed features with `i8` weights: the scorer
//! shared by the part-of-speech tagger, the transition parser and the
//! labeller, and its compact file format.
//!
//! A feature is a 64-bit hash; its bucket is the top `nbits` bits. Buckets
//! whose weights are all zero have no row: `index` maps a bucket to its row
//! (0 = none, n = row n - 1), and a row holds one byte per class: a code
//! into the table's 255 weight levels (0 is zero, 1..=127 the positive
//! levels, 129..=255 their negatives). The levels are the means of
//! equal-sized bins of the trained weights, so rare large weights and
//! common small ones both keep their resolution.

/// The number of positive weight levels.
pub(crate) const LEVELS: usize = 127;

/// One classifier.
pub(crate) struct Linear {
    nbits: u32,
    nclass: usize,
    lut: [i32; 256],
    index: Vec<u32>,
    rows: Vec<u8>,
}

/// The bucket of feature hash `h` in a table of `2^nbits` buckets.
#[inline]
pub(crate) fn bucket(h: u64, nbits: u32) -> usize {
    (h >> (64 - nbits)) as usize
}

impl Linear {
    /// A classifier from its levels, buckets and rows of codes
    /// (`rows.len() == buckets.len() * nclass`).
    pub(crate) fn new(
        nbits: u32,
        nclass: usize,
        levels: &[i32; LEVELS],
        buckets: &[u32],
        rows: Vec<u8>,
    ) -> Linear {
        let mut index = vec![0u32; 1 << nbits];
        for (r, &b) in buckets.iter().enumerate() {
            index[b as usize] = r as u32 + 1;
        }
        let mut lut = [0i32; 256];
        for (k, &m) in levels.iter().enumerate() {
            lut[k + 1] = m;
            lut[k + 129] = -m;
        }
        Linear {
            nbits,
            nclass,
            lut,
            index,
            rows,
        }
    }

    /// The number of classes.
    pub(crate) fn classes(&self) -> usize {
        self.nclass
    }

    /// Adds the weights of `feats` to `scores` (`scores.len() == classes()`).
    #[inline]
    pub(crate) fn add(&self, feats: &[u64], scores: &mut [i32]) {
        let n = self.nclass;
        for &h in feats {
            let r = self.index[bucket(h, self.nbits)] as usize;
            if r != 0 {
                let row = &self.rows[(r - 1) * n..r * n];
                for (s, &c) in scores.iter_mut().zip(row) {
                    *s += self.lut[c as usize];
                }
            }
        }
    }

    /// Serialises: nbits, nclass, the levels, the row count, then per row
    /// the bucket as a delta from the previous one (LEB128) and its codes:
    /// all of them for a few classes, else their count and (class, code) pairs.
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
        for (b, w) in rows {
            leb128(b - last, out);
            last = *b;
            if nclass <= SPARSE_FROM {
                out.extend_from_slice(w);
            } else {
                out.push(w.iter().filter(|&&c| c != 0).count() as u8);
                for (k, &c) in w.iter().enumerate().filter(|&(_, &c)| c != 0) {
                    out.extend_from_slice(&[k as u8, c]);
                }
            }
        }
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
        let mut buckets = Vec::with_capacity(nrows);
        let mut rows = Vec::with_capacity(nrows * nclass);
        let mut last = 0u32;
        for _ in 0..nrows {
            last = last
                .checked_add(r.leb128()?)
                .filter(|&b| b < 1 << nbits)
                .ok_or("syntax weights: bucket out of range")?;
            buckets.push(last);
            if nclass <= SPARSE_FROM {
                rows.extend_from_slice(r.take(nclass)?);
            } else {
                let start = rows.len();
                rows.resize(start + nclass, 0);
                let nnz = r.u8()? as usize;
                for pair in r.take(2 * nnz)?.chunks(2) {
                    let k = pair[0] as usize;
                    *rows
                        .get_mut(start + k)
                        .filter(|_| k < nclass)
                        .ok_or("syntax weights: class out of range")? = pair[1];
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
