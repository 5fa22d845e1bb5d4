//! The two byte scans every string and every gap between tokens goes through: the first byte
//! that ends or escapes a string ([`find_special`]) and the first byte that is not whitespace
//! ([`skip_ws_from`]).
//!
//! On x86-64 they look at 16 bytes at a time with SSE2 (part of the x86-64 baseline, so no
//! run-time detection), through `safe_arch`'s safe wrappers; elsewhere, and for inputs
//! shorter than 16 bytes, 8 bytes at a time in a `u64`. Both give the same answers (the
//! tests run every length and alignment).

/// The index of the first `"`, `\` or control character at or after `i` (or `b.len()`):
/// where a string ends or needs unescaping when read, and the first byte to escape when
/// written.
#[inline]
pub(super) fn find_special(b: &[u8], i: usize) -> usize {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return sse2::find_special(b, i);
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    return find_special_swar(b, i);
}

/// [`find_special`], 8 bytes at a time, then byte by byte.
#[inline]
fn find_special_swar(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..).and_then(|s| s.first_chunk::<8>()) {
        let w = u64::from_le_bytes(*chunk);
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        // A byte is flagged when it is zero in `quote` or `backslash`, or below 0x20 in `w`;
        // bits above the lowest flag may be wrong, the lowest is right.
        let m = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (w.wrapping_sub(ONES * 0x20) & !w);
        let m = m & HIGH;
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c == b'"' || c == b'\\' || c < 0x20 {
            return i;
        }
        i += 1;
    }
    i
}

/// The offset of the first byte at or after `i` that is not JSON whitespace.
#[inline(never)]
pub(super) fn skip_ws_from(b: &[u8], i: usize) -> usize {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return sse2::skip_ws(b, i);
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    return skip_ws_swar(b, i);
}

/// [`skip_ws_from`], 8 bytes at a time for spaces and line feeds (a new line and the
/// indentation of pretty-printed JSON), tabs and carriage returns one at a time.
#[inline]
fn skip_ws_swar(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = ONES * 0x7f;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each byte of `x` that is not zero (exact: no carry between bytes).
    let nonzero = |x: u64| ((x & LOW7).wrapping_add(LOW7) | x) & HIGH;
    'chunks: loop {
        while let Some(chunk) = b.get(i..).and_then(|s| s.first_chunk::<8>()) {
            let w = u64::from_le_bytes(*chunk);
            let other =
                nonzero(w ^ (ONES * u64::from(b' '))) & nonzero(w ^ (ONES * u64::from(b'\n')));
            if other != 0 {
                // Bit 8n + 7 flags byte n; the byte itself is taken from `w`, not loaded again.
                let bit = other.trailing_zeros();
                i += (bit / 8) as usize;
                if matches!((w >> (bit - 7)) as u8, b'\r' | b'\t') {
                    i += 1;
                    continue 'chunks;
                }
                return i;
            }
            i += 8;
        }
        match b.get(i) {
            Some(b' ' | b'\n' | b'\r' | b'\t') => i += 1,
            _ => return i,
        }
    }
}

/// The 16-byte forms. Near the end of the input, where fewer than 16 bytes are left, they
/// look at the input's last 16 bytes and ignore those before `i`; inputs shorter than 16
/// bytes go to the portable forms.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use safe_arch::{
        cmp_eq_mask_i8_m128i, m128i, min_u8_m128i, move_mask_i8_m128i, set_splat_i8_m128i,
    };

    /// One bit per byte of `block` (bit n for byte n): a `"`, a `\` or a byte below 0x20.
    #[inline(always)]
    fn specials(block: &[u8; 16]) -> u32 {
        let v = m128i::from(*block);
        let quote = cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(b'"' as i8));
        let backslash = cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(b'\\' as i8));
        // `min(v, 0x1f) == v` exactly for the bytes up to 0x1f (unsigned).
        let control = cmp_eq_mask_i8_m128i(min_u8_m128i(v, set_splat_i8_m128i(0x1f)), v);
        move_mask_i8_m128i(quote | backslash | control) as u32
    }

    /// One bit per byte of `block` that is not JSON whitespace.
    #[inline(always)]
    fn non_ws(block: &[u8; 16]) -> u32 {
        let v = m128i::from(*block);
        let ws = cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(b' ' as i8))
            | cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(b'\n' as i8))
            | cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(b'\r' as i8))
            | cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(b'\t' as i8));
        !(move_mask_i8_m128i(ws) as u32) & 0xffff
    }

    /// The first byte at or after `i` whose bit `hits` sets, 16 bytes at a time.
    #[inline(always)]
    fn first(b: &[u8], mut i: usize, hits: impl Fn(&[u8; 16]) -> u32) -> Option<usize> {
        while let Some(block) = b.get(i..).and_then(|s| s.first_chunk::<16>()) {
            let m = hits(block);
            if m != 0 {
                return Some(i + m.trailing_zeros() as usize);
            }
            i += 16;
        }
        if i >= b.len() {
            return Some(i);
        }
        // Fewer than 16 bytes left: the last 16 of the input, those before `i` shifted out.
        let block = b.last_chunk::<16>()?;
        let m = hits(block) >> (i - (b.len() - 16));
        Some(if m != 0 {
            i + m.trailing_zeros() as usize
        } else {
            b.len()
        })
    }

    #[inline]
    pub(super) fn find_special(b: &[u8], i: usize) -> usize {
        first(b, i, specials).unwrap_or_else(|| super::find_special_swar(b, i))
    }

    #[inline]
    pub(super) fn skip_ws(b: &[u8], i: usize) -> usize {
        first(b, i, non_ws).unwrap_or_else(|| super::skip_ws_swar(b, i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_bytes_are_found_at_every_alignment() {
        for len in 0..40 {
            for at in 0..=len {
                for special in [b'"', b'\\', b'\n', 0u8, 0x1f] {
                    for start in 0..=len + 1 {
                        let mut v = vec![b'a'; len];
                        v.push(b'x');
                        if at < len {
                            v[at] = special;
                        }
                        // A special byte behind the start is not seen.
                        let want = if at < len && at >= start { at } else { len + 1 };
                        assert_eq!(find_special(&v, start), want, "{special} at {at} of {len}");
                        assert_eq!(find_special_swar(&v, start), want);
                    }
                }
            }
        }
        // UTF-8 and bytes just above the specials are not special.
        let s = "é€😀 !#[]^_~\u{7f}é€😀 !#[]^_~\u{7f}";
        assert_eq!(find_special(s.as_bytes(), 0), s.len());
        assert_eq!(find_special(b"", 0), 0);
        assert_eq!(find_special(b"abc", 5), 5);
    }

    #[test]
    fn whitespace_is_skipped_at_every_length_and_alignment() {
        for lead in 0..10 {
            for run in 0..40 {
                for ws in [" ", "\n", "\r", "\t", "\n  ", " \t"] {
                    for end in ["1", "!", "\u{0}", "\u{a0}", "\u{b}", ""] {
                        let text = format!("{}{}{end}", "x".repeat(lead), ws.repeat(run));
                        let want = lead + ws.len() * run;
                        assert_eq!(skip_ws_from(text.as_bytes(), lead), want, "{text:?}");
                        assert_eq!(skip_ws_swar(text.as_bytes(), lead), want, "{text:?}");
                    }
                }
            }
        }
        assert_eq!(skip_ws_from(b"  ", 7), 7);
    }
}
