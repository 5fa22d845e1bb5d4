//! Compares a typed round trip (`from_str::<Vec<Call>>` + serialize) with a
//! `serde_json::Value` round trip on the same 1,000-object payload.
//!
//! Run with `cargo run --release -p msgraph-core --example roundtrip_speed`.
//!
//! Output goes to a reused buffer so that page faults of a fresh 1.7 MB output allocation (very
//! noisy in VMs) don't drown the (de)serialization work. Each measurement is the best of many
//! runs, taken in phases ordered A B B A so neither side systematically inherits the other's
//! allocator state.

#[path = "../tests/model/mod.rs"]
mod model;

use std::hint::black_box;
use std::time::{Duration, Instant};

use model::{Call, SAMPLE_CALL, same_json};

const RUNS: usize = 25;

/// Best time of `runs` calls of `f` (after one warm-up call).
fn best(mut f: impl FnMut()) -> Duration {
    f();
    (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Best times of `a` and `b`, measured in the phase order A B B A.
fn compare(mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let a1 = best(&mut a);
    let b1 = best(&mut b);
    let b2 = best(&mut b);
    let a2 = best(&mut a);
    (a1.min(a2), b1.min(b2))
}

fn main() {
    // 1,000 calls; vary the ids so nothing is trivially shared.
    let items: Vec<String> = (0..1_000)
        .map(|i| SAMPLE_CALL.replace("2f1a1100-b174", &format!("{i:08x}-b174")))
        .collect();
    let payload = format!("[{}]", items.join(","));

    // Sanity: the typed round trip is lossless on this payload.
    let typed: Vec<Call> = msgraph_core::from_str(&payload).expect("payload parses");
    let original: serde_json::Value = serde_json::from_str(&payload).unwrap();
    assert!(same_json(&msgraph_core::to_value(&typed), &original));

    let cap = 4 * payload.len();
    let (mut buf_a, mut buf_b) = (Vec::with_capacity(cap), Vec::with_capacity(cap));

    let (typed_de, value_de) = compare(
        || {
            drop(black_box(
                msgraph_core::from_str::<Vec<Call>>(black_box(&payload)).unwrap(),
            ))
        },
        || {
            drop(black_box(
                serde_json::from_str::<serde_json::Value>(black_box(&payload)).unwrap(),
            ))
        },
    );
    // Typed values are written through their serde impls (the erased bridge).
    let (typed_ser, value_ser) = compare(
        || write_into(&mut buf_a, black_box(&typed)),
        || write_into(&mut buf_b, black_box(&original)),
    );
    let (typed_rt, value_rt) = compare(
        || {
            let v: Vec<Call> = msgraph_core::from_str(black_box(&payload)).unwrap();
            write_into(&mut buf_a, &v);
        },
        || {
            let v: serde_json::Value = serde_json::from_str(black_box(&payload)).unwrap();
            write_into(&mut buf_b, &v);
        },
    );
    assert!(same_json(
        &serde_json::from_slice(&buf_a).unwrap(),
        &serde_json::from_slice(&buf_b).unwrap()
    ));

    let mb = payload.len() as f64 / 1e6;
    println!(
        "payload: {} objects, {:.2} MB, best of {RUNS} runs",
        typed.len(),
        mb
    );
    let row = |name: &str, typed: Duration, value: Duration| {
        println!(
            "{name:<12} typed {:>6.2} ms ({:>6.1} MB/s)   Value {:>6.2} ms ({:>6.1} MB/s)   ratio {:.2}",
            typed.as_secs_f64() * 1e3,
            mb / typed.as_secs_f64(),
            value.as_secs_f64() * 1e3,
            mb / value.as_secs_f64(),
            typed.as_secs_f64() / value.as_secs_f64()
        );
    };
    row("deserialize", typed_de, value_de);
    row("serialize", typed_ser, value_ser);
    row("round trip", typed_rt, value_rt);
    println!("(ratio = typed time / Value time; < 1 means typed is faster)");
}

/// Serializes `v` as JSON into `buf`, reusing its allocation.
fn write_into<T: serde::Serialize + ?Sized>(buf: &mut Vec<u8>, v: &T) {
    buf.clear();
    serde_json::to_writer(&mut *buf, v).unwrap();
    black_box(buf.len());
}
