//! `xtask::csdl::read_csdl` on raw bytes, then `xtask::model::resolve`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    msgraph_fuzz::csdl(data);
});
