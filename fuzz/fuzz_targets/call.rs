//! `msgraph_models::v1::Call` from raw bytes; a value that parses must round-trip stably.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    msgraph_fuzz::roundtrip::<msgraph_models::v1::Call>(data);
});
