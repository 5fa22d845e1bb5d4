//! [`InlineStr`]: a short string kept in place, without an allocation; shared by the keys of
//! unknown members (`extra.rs`) and the text of short Edm literals (`edm/`).

/// Up to `N` (at most 255) bytes of a `str`, with their length, stored inline.
#[derive(Clone, Copy)]
pub(crate) struct InlineStr<const N: usize> {
    len: u8,
    buf: [u8; N],
}

impl<const N: usize> InlineStr<N> {
    /// `s` kept inline, or `None` when it is longer than `N` bytes.
    #[inline]
    pub(crate) fn new(s: &str) -> Option<Self> {
        const { assert!(N <= u8::MAX as usize) };
        if s.len() > N {
            return None;
        }
        let mut buf = [0; N];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        Some(InlineStr {
            len: s.len() as u8,
            buf,
        })
    }

    /// The bytes of the string (a whole `str`, as copied in [`InlineStr::new`]).
    #[inline]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..usize::from(self.len)]
    }

    /// The whole buffer and the string's length in it (`as_bytes` is `block[..len]`), for a
    /// copy of fixed size.
    #[inline]
    pub(crate) fn block(&self) -> (&[u8; N], usize) {
        (&self.buf, usize::from(self.len))
    }

    /// The string. Always a whole `str` copied in [`InlineStr::new`], so never the empty
    /// fallback.
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }
}
