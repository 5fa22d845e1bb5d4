//! Shared bodies of the fuzz targets (`fuzz_targets/*.rs` are one-liners).
//!
//! Only properties that must hold for *every* input are asserted: no panic,
//! no stack overflow, no hang, and for the generated types a stable second
//! round-trip. The first round-trip (`serialize(parse(bytes))` equal to the
//! input) is not asserted: arbitrary bytes may hold duplicate keys, numbers
//! written differently (`1.0` vs `1`), escapes, whitespace.

use msgraph_core::{
    FromJson, ToJson, from_slice, from_slice_lenient, from_str, from_str_lenient, to_string,
};

/// The CSDL reader on raw bytes, then the resolver if the reader accepted them.
pub fn csdl(data: &[u8]) {
    match msgraph_codegen::csdl::read_csdl(data, "fuzz.xml") {
        Ok(doc) => {
            if let Err(e) = msgraph_codegen::model::resolve(&doc, "fuzz.xml") {
                // Formatting the error must not panic either.
                let _ = e.to_string();
            }
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(
                msg.starts_with("fuzz.xml:"),
                "error without file:line:col: {msg}"
            );
        }
    }
}

/// A generated type on raw bytes. If they parse to `x`:
/// - the bytes are JSON to `serde_json` too, and so is `s1 = serialize(x)` (our scanner
///   accepts nothing the JSON grammar refuses, and writes only JSON);
/// - `s1` must parse again (we wrote it), and
/// - `serialize(parse(s1)) == s1` byte for byte (the second round-trip is stable).
///
/// The same holds for lenient reading (values of the wrong kind kept as raw JSON, member
/// order kept), which must also read what it wrote.
pub fn roundtrip<T: FromJson + ToJson>(data: &[u8]) {
    stable(
        data,
        "strict",
        |b| from_slice::<T>(b).ok(),
        |s| from_str::<T>(s),
    );
    stable(
        data,
        "lenient",
        |b| from_slice_lenient::<T>(b).ok().map(|(x, _)| x),
        |s| from_str_lenient::<T>(s).map(|(y, _)| y),
    );
}

/// One way of reading (`mode`): if `read_bytes` accepts the input as `x`, then
/// `s1 = serialize(x)` must read back with `read_text`, and write back as `s1`.
fn stable<T: ToJson, E: std::fmt::Display>(
    data: &[u8],
    mode: &str,
    read_bytes: impl Fn(&[u8]) -> Option<T>,
    read_text: impl Fn(&str) -> Result<T, E>,
) {
    let Some(x) = read_bytes(data) else {
        return;
    };
    let s1 = to_string(&x);
    for (what, text) in [("input", data), ("output", s1.as_bytes())] {
        if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(text) {
            panic!(
                "{mode}: the {what} is not JSON to serde_json ({e})\ninput:  {}\noutput: {s1}",
                String::from_utf8_lossy(data)
            );
        }
    }
    let y = match read_text(&s1) {
        Ok(y) => y,
        Err(e) => panic!(
            "{mode}: serialized value does not parse back: {e}\ninput:  {}\noutput: {s1}",
            String::from_utf8_lossy(data)
        ),
    };
    let s2 = to_string(&y);
    assert!(
        s1 == s2,
        "{mode}: second round-trip changed the output\ninput: {}\ns1: {s1}\ns2: {s2}",
        String::from_utf8_lossy(data)
    );
}
