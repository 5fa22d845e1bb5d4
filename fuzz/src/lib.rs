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
/// - `s1 = serialize(x)` must parse again (we wrote it), and
/// - `serialize(parse(s1)) == s1` byte for byte (the second round-trip is stable).
///
/// The same holds for lenient reading (values of the wrong kind kept as raw JSON, member
/// order kept), which must also read what it wrote.
pub fn roundtrip<T: FromJson + ToJson>(data: &[u8]) {
    strict::<T>(data);
    lenient::<T>(data);
}

/// Lenient reading: if the bytes parse to `x`, `s1 = serialize(x)` parses leniently again
/// and `serialize(parse_lenient(s1)) == s1`.
fn lenient<T: FromJson + ToJson>(data: &[u8]) {
    let Ok((x, _)) = from_slice_lenient::<T>(data) else {
        return;
    };
    let s1 = to_string(&x);
    let y = match from_str_lenient::<T>(&s1) {
        Ok((y, _)) => y,
        Err(e) => panic!(
            "leniently read value does not parse back: {e}\ninput:  {}\noutput: {s1}",
            String::from_utf8_lossy(data)
        ),
    };
    let s2 = to_string(&y);
    assert!(
        s1 == s2,
        "second lenient round-trip changed the output\ninput: {}\ns1: {s1}\ns2: {s2}",
        String::from_utf8_lossy(data)
    );
}

/// Strict reading (see [`roundtrip`]).
fn strict<T: FromJson + ToJson>(data: &[u8]) {
    let Ok(x) = from_slice::<T>(data) else {
        return;
    };
    let s1 = to_string(&x);
    let y = match from_str::<T>(&s1) {
        Ok(y) => y,
        Err(e) => panic!(
            "serialized value does not parse back: {e}\ninput:  {}\noutput: {s1}",
            String::from_utf8_lossy(data)
        ),
    };
    let s2 = to_string(&y);
    assert!(
        s1 == s2,
        "second round-trip changed the output\ninput: {}\ns1: {s1}\ns2: {s2}",
        String::from_utf8_lossy(data)
    );
}
