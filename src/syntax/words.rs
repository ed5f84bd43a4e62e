//! The hashed forms of a word that the tagger, parser and labeller read:
//! computed once per word, from its text alone.

use crate::tagger::{fmix, fnv, norm_char, shape_char, FNV_SEED};

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K3: u64 = 0x1656_67B1_9E37_79F9;

/// Feature hash of template `t` with value `a`.
#[inline]
pub(crate) fn f1(t: u64, a: u64) -> u64 {
    fmix(a ^ t.wrapping_mul(K1))
}

/// Feature hash of template `t` with values `a`, `b`.
#[inline]
pub(crate) fn f2(t: u64, a: u64, b: u64) -> u64 {
    fmix(a.wrapping_mul(K2) ^ b.rotate_left(29) ^ t.wrapping_mul(K1))
}

/// Feature hash of template `t` with values `a`, `b`, `c`.
#[inline]
pub(crate) fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    fmix(
        a.wrapping_mul(K2)
            ^ b.rotate_left(29)
            ^ c.wrapping_mul(K3).rotate_left(47)
            ^ t.wrapping_mul(K1),
    )
}

/// A word's hashes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Word {
    /// Lower case, typographic quotes and dashes folded, digits as 0.
    pub lower: u64,
    /// As written (quotes and dashes folded).
    pub cased: u64,
    /// Shape: X x d per char, runs longer than 2 cut to 2.
    pub shape: u64,
    /// Lower-case prefixes of 1 to 3 chars, suffixes of 1 to 4.
    pub pre: [u64; 3],
    pub suf: [u64; 4],
    /// First char upper case.
    pub cap: bool,
}

/// The pad word before the sentence and after it (distinct hashes).
pub(crate) const START: Word = pad(0x5157_4152);
pub(crate) const END: Word = pad(0x454E_4444);

const fn pad(v: u64) -> Word {
    Word {
        lower: v,
        cased: v,
        shape: v,
        pre: [v; 3],
        suf: [v; 4],
        cap: false,
    }
}

impl Word {
    /// The hashes of `s`.
    pub(crate) fn new(s: &str) -> Word {
        let mut w = Word::default();
        let (mut lo, mut ca, mut sh) = (FNV_SEED, FNV_SEED, FNV_SEED);
        let (mut last, mut run) = ('\0', 0);
        let mut lows: [char; 4] = ['\0'; 4];
        let mut n = 0usize;
        for (i, c) in s.chars().enumerate() {
            let c = norm_char(c);
            ca = fnv(ca, c);
            let sc = shape_char(c);
            if i == 0 {
                w.cap = sc == 'X';
            }
            run = if sc == last { run + 1 } else { 1 };
            last = sc;
            if run <= 2 {
                sh = fnv(sh, sc);
            }
            let l = if c.is_ascii_digit() {
                '0'
            } else {
                c.to_lowercase().next().unwrap_or(c)
            };
            lo = fnv(lo, l);
            if i < 3 {
                w.pre[i] = lo;
                for p in &mut w.pre[i + 1..] {
                    *p = lo;
                }
            }
            lows[n % 4] = l;
            n += 1;
        }
        w.lower = fmix(lo);
        w.cased = fmix(ca ^ 1);
        w.shape = fmix(sh ^ 2);
        for (k, suf) in w.suf.iter_mut().enumerate() {
            let len = (k + 1).min(n);
            let mut h = FNV_SEED ^ (k as u64 + 7);
            for j in n - len..n {
                h = fnv(h, lows[j % 4]);
            }
            *suf = fmix(h);
        }
        for (k, p) in w.pre.iter_mut().enumerate() {
            *p = fmix(*p ^ (k as u64 + 11));
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_digits_and_typographic_marks_fold() {
        assert_eq!(Word::new("Said").lower, Word::new("said").lower);
        assert_ne!(Word::new("Said").cased, Word::new("said").cased);
        assert_eq!(Word::new("1999").lower, Word::new("2024").lower);
        assert_eq!(Word::new("don’t").lower, Word::new("don't").lower);
        assert_eq!(Word::new("walked").suf[1], Word::new("talked").suf[1]);
        assert_ne!(Word::new("walked").suf[1], Word::new("walks").suf[1]);
        assert_eq!(Word::new("").lower, Word::new("").lower);
    }
}
