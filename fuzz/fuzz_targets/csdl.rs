//! `msgraph_codegen::csdl::read_csdl` on raw bytes, then `msgraph_codegen::model::resolve`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    msgraph_fuzz::csdl(data);
});
