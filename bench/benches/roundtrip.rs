//! Round trip (read JSON bytes into a value, write it back), parse only and write only, on the
//! six payloads of issue 13, for four contenders in one process, alternated round by round:
//!
//! - `typed`: the generated `msgraph-models` type through `msgraph_core` (lossless);
//! - `value`: `serde_json::Value`;
//! - `naive`: the naive serde derive of the same types (`cargo xtask codegen --naive serde`:
//!   drops annotations, nulls, derived-type members, unknown values);
//! - `sonic`: sonic-rs' `Value` (SIMD; the speed anchor).
//!
//! Every payload is first checked to round-trip losslessly through its type. Times are thread
//! CPU time per iteration; ratios are medians over rounds of per-round ratios. For the pages,
//! the peak heap while parsing (and holding the result) is measured with a counting allocator.
//!
//! `cargo bench -p msgraph-bench --bench roundtrip` measures (15 rounds);
//! `-- --rounds N` changes that, `-- --test` (CI) runs everything once, `-- NAME` runs the
//! payload kinds whose name contains NAME.

use msgraph_bench::harness::{Contender, CountingAlloc, median, paired_rounds, peak_heap, speedup};
use msgraph_bench::{naive, payloads};
use msgraph_conformance::same_json;
use msgraph_core::request::Page;
use msgraph_core::{FromJson, ToJson};
use msgraph_models::v1::{self, call_records};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::time::Duration;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

/// The naive form of a collection page: what a hand-written serde struct would keep.
#[derive(Serialize, Deserialize)]
struct NaivePage<T> {
    #[serde(
        rename = "@odata.context",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    context: Option<String>,
    value: Vec<T>,
    #[serde(
        rename = "@odata.nextLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    next_link: Option<String>,
}

/// The typed and naive forms of one payload kind, as functions over bytes.
struct Forms {
    typed_rt: fn(&[u8]) -> Vec<u8>,
    typed_parse: fn(&[u8]) -> Box<dyn std::any::Any>,
    typed_write: fn(&dyn std::any::Any) -> Vec<u8>,
    naive_rt: fn(&[u8]) -> Vec<u8>,
    naive_parse: fn(&[u8]) -> Box<dyn std::any::Any>,
    naive_write: fn(&dyn std::any::Any) -> Vec<u8>,
}

fn typed_parse<T: FromJson + 'static>(b: &[u8]) -> Box<dyn std::any::Any> {
    Box::new(msgraph_core::from_slice::<T>(b).expect("typed read"))
}
fn typed_write<T: ToJson + 'static>(v: &dyn std::any::Any) -> Vec<u8> {
    msgraph_core::to_vec(v.downcast_ref::<T>().expect("the parsed type"))
}
fn typed_rt<T: FromJson + ToJson>(b: &[u8]) -> Vec<u8> {
    msgraph_core::to_vec(&msgraph_core::from_slice::<T>(b).expect("typed read"))
}
fn naive_parse<T: for<'de> Deserialize<'de> + 'static>(b: &[u8]) -> Box<dyn std::any::Any> {
    Box::new(serde_json::from_slice::<T>(b).expect("naive read"))
}
fn naive_write<T: Serialize + 'static>(v: &dyn std::any::Any) -> Vec<u8> {
    serde_json::to_vec(v.downcast_ref::<T>().expect("the parsed type")).expect("naive write")
}
fn naive_rt<T: for<'de> Deserialize<'de> + Serialize>(b: &[u8]) -> Vec<u8> {
    serde_json::to_vec(&serde_json::from_slice::<T>(b).expect("naive read")).expect("naive write")
}

fn forms<T, N>() -> Forms
where
    T: FromJson + ToJson + 'static,
    N: for<'de> Deserialize<'de> + Serialize + 'static,
{
    Forms {
        typed_rt: typed_rt::<T>,
        typed_parse: typed_parse::<T>,
        typed_write: typed_write::<T>,
        naive_rt: naive_rt::<N>,
        naive_parse: naive_parse::<N>,
        naive_write: naive_write::<N>,
    }
}

fn forms_of(kind: &str) -> Forms {
    match kind {
        "call" => forms::<v1::Call, naive::Call>(),
        "participant" => forms::<v1::Participant, naive::Participant>(),
        "commsNotifications" => forms::<v1::CommsNotifications, naive::CommsNotifications>(),
        "callRecord" => forms::<call_records::CallRecord, naive::call_records::CallRecord>(),
        _ => forms::<Page<call_records::CallRecord>, NaivePage<naive::call_records::CallRecord>>(),
    }
}

fn value_rt(b: &[u8]) -> Vec<u8> {
    serde_json::to_vec(&serde_json::from_slice::<Value>(b).expect("Value read")).expect("write")
}
fn sonic_rt(b: &[u8]) -> Vec<u8> {
    sonic_rs::to_vec(&sonic_rs::from_slice::<sonic_rs::Value>(b).expect("sonic read"))
        .expect("write")
}

/// Options from the command line.
struct Options {
    quick: bool,
    rounds: usize,
    filter: Option<String>,
}

fn options() -> Options {
    let mut o = Options {
        quick: false,
        rounds: 15,
        filter: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--test" => o.quick = true,
            "--rounds" => o.rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(15),
            "--bench" => {}
            s if !s.starts_with('-') => o.filter = Some(s.to_owned()),
            _ => {}
        }
    }
    o
}

fn mb_s(bytes: usize, ns: f64) -> f64 {
    bytes as f64 / ns * 1e3
}

fn main() {
    let opts = options();
    let kinds = match &opts.filter {
        Some(f) => payloads::matching(f),
        None => payloads::all(),
    };
    let (rounds, slice) = if opts.quick {
        (1, Duration::ZERO)
    } else {
        (opts.rounds, Duration::from_millis(25))
    };
    println!(
        "## Round trip, {} rounds{}; thread CPU time; ratios are medians of per-round ratios (speed: higher is faster)\n",
        rounds,
        if opts.quick { " (quick check)" } else { "" }
    );
    println!(
        "| payload | bytes | typed MB/s | typed/Value | typed/naive | naive/Value | typed/sonic | parse typed/Value | parse typed/naive | write typed/Value | write typed/naive |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut heap_lines = Vec::new();
    for kind in &kinds {
        if opts
            .filter
            .as_ref()
            .is_some_and(|f| !kind.name.contains(f.as_str()))
        {
            continue;
        }
        let f = forms_of(kind.name);
        // Lossless first: a broken path is never timed.
        for body in &kind.bodies {
            let original: Value = serde_json::from_slice(body).expect("payloads are JSON");
            let back: Value =
                serde_json::from_slice(&(f.typed_rt)(body)).expect("typed output is JSON");
            assert!(
                same_json(&original, &back),
                "{}: typed round trip is not lossless",
                kind.name
            );
            let _ = (f.naive_rt)(body);
            let _ = sonic_rt(body);
        }
        let bodies = &kind.bodies;
        let all =
            |rt: fn(&[u8]) -> Vec<u8>| move || bodies.iter().map(|b| rt(b).len()).sum::<usize>();
        let rt = paired_rounds(
            &[
                Contender::new("typed", all(f.typed_rt)),
                Contender::new("value", all(value_rt)),
                Contender::new("naive", all(f.naive_rt)),
                Contender::new("sonic", all(sonic_rt)),
            ],
            rounds,
            slice,
        );
        let (tp, np) = (f.typed_parse, f.naive_parse);
        let parse = paired_rounds(
            &[
                Contender::new("typed", || {
                    bodies.iter().fold(0, |n, b| n + drop_one(tp(b)))
                }),
                Contender::new("value", || {
                    bodies.iter().fold(0, |n, b| {
                        n + drop_one(serde_json::from_slice::<Value>(b).expect("Value read"))
                    })
                }),
                Contender::new("naive", || {
                    bodies.iter().fold(0, |n, b| n + drop_one(np(b)))
                }),
            ],
            rounds,
            slice,
        );
        let typed_vals: Vec<_> = bodies.iter().map(|b| (f.typed_parse)(b)).collect();
        let values: Vec<Value> = bodies
            .iter()
            .map(|b| serde_json::from_slice(b).expect("Value"))
            .collect();
        let naive_vals: Vec<_> = bodies.iter().map(|b| (f.naive_parse)(b)).collect();
        let (tw, nw) = (f.typed_write, f.naive_write);
        let write = paired_rounds(
            &[
                Contender::new("typed", || {
                    typed_vals.iter().map(|v| tw(&**v).len()).sum::<usize>()
                }),
                Contender::new("value", || {
                    values
                        .iter()
                        .map(|v| serde_json::to_vec(v).expect("write").len())
                        .sum::<usize>()
                }),
                Contender::new("naive", || {
                    naive_vals.iter().map(|v| nw(&**v).len()).sum::<usize>()
                }),
            ],
            rounds,
            slice,
        );
        let bytes = kind.bytes();
        println!(
            "| {} | {} | {:.0} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} |",
            kind.name,
            bytes,
            mb_s(bytes, median(&rt[0])),
            speedup(&rt[0], &rt[1]),
            speedup(&rt[0], &rt[2]),
            speedup(&rt[2], &rt[1]),
            speedup(&rt[0], &rt[3]),
            speedup(&parse[0], &parse[1]),
            speedup(&parse[0], &parse[2]),
            speedup(&write[0], &write[1]),
            speedup(&write[0], &write[2]),
        );
        {
            let body = &kind.bodies[0];
            let typed = peak_heap(|| (f.typed_parse)(body));
            let value = peak_heap(|| serde_json::from_slice::<Value>(body).expect("Value"));
            let naive = peak_heap(|| (f.naive_parse)(body));
            let sonic = peak_heap(|| sonic_rs::from_slice::<sonic_rs::Value>(body).expect("sonic"));
            heap_lines.push(format!(
                "| {} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {} | {} | {} | {} |",
                kind.name,
                typed.0 as f64 / 1e6,
                value.0 as f64 / 1e6,
                naive.0 as f64 / 1e6,
                sonic.0 as f64 / 1e6,
                typed.0 as f64 / value.0 as f64,
                typed.1,
                value.1,
                naive.1,
                sonic.1,
            ));
        }
        println!(
            "<!-- {}: {}; MB/s typed {:.0}, value {:.0}, naive {:.0}, sonic {:.0}; parse MB/s typed {:.0}, value {:.0}, naive {:.0}; write MB/s typed {:.0}, value {:.0}, naive {:.0} -->",
            kind.name,
            kind.origin,
            mb_s(bytes, median(&rt[0])),
            mb_s(bytes, median(&rt[1])),
            mb_s(bytes, median(&rt[2])),
            mb_s(bytes, median(&rt[3])),
            mb_s(bytes, median(&parse[0])),
            mb_s(bytes, median(&parse[1])),
            mb_s(bytes, median(&parse[2])),
            mb_s(bytes, median(&write[0])),
            mb_s(bytes, median(&write[1])),
            mb_s(bytes, median(&write[2])),
        );
    }
    if !heap_lines.is_empty() {
        println!(
            "\n## Peak heap while parsing (MB, the parsed value held; first body of each kind) and allocations\n"
        );
        println!(
            "| payload | typed MB | Value MB | naive MB | sonic MB | typed/Value | typed allocs | Value allocs | naive allocs | sonic allocs |"
        );
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for l in heap_lines {
            println!("{l}");
        }
    }
}

/// Drops a parsed value (so parsing includes freeing, as in a round trip) and counts it.
fn drop_one<T>(v: T) -> usize {
    drop(std::hint::black_box(v));
    1
}
