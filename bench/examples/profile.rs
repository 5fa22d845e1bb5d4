//! Runs one contender's round trip in a loop, for profilers (`perf record`):
//! `cargo run --release -p msgraph-bench --example profile -- KIND [parse|write|rt] [SECONDS]`,
//! KIND one of `callRecord`, `page`, `synthetic`, `call`, `notifications`.

use msgraph_bench::payloads;
use msgraph_core::request::Page;
use msgraph_models::v1::{self, call_records};
use std::time::{Duration, Instant};

/// One contender's loop over a payload: (body, what, seconds) -> rounds.
type RunFn = fn(&[u8], &str, u64) -> usize;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kind = args.first().map_or("callRecord", String::as_str);
    let what = args.get(1).map_or("rt", String::as_str);
    let secs: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let pick = |needle: &str| {
        payloads::matching(needle)
            .into_iter()
            .next()
            .map(|k| k.bodies)
            .unwrap_or_else(|| panic!("no payload {needle}"))
    };
    let (bodies, f): (Vec<Vec<u8>>, RunFn) = match kind {
        "call" => (pick("call"), run::<v1::Call>),
        "notifications" => (pick("commsNotifications"), run::<v1::CommsNotifications>),
        "page" => (pick("real-shaped"), run::<Page<call_records::CallRecord>>),
        "synthetic" => (pick("synthetic"), run::<Page<call_records::CallRecord>>),
        _ => (pick("callRecord"), run::<call_records::CallRecord>),
    };
    if what == "naive-parse" {
        #[derive(serde::Deserialize)]
        struct NaivePage {
            #[allow(dead_code)]
            value: Vec<msgraph_bench::naive::call_records::CallRecord>,
        }
        let end = Instant::now() + Duration::from_secs(secs);
        let mut n = 0usize;
        while Instant::now() < end {
            for b in &bodies {
                let p: NaivePage = serde_json::from_slice(b).expect("naive");
                n += p.value.len();
            }
        }
        println!("{n}");
        return;
    }
    if what == "write" {
        let n: usize = bodies.iter().map(|b| f(b, what, secs)).sum();
        println!("{n}");
        return;
    }
    let end = Instant::now() + Duration::from_secs(secs);
    let mut n = 0usize;
    while Instant::now() < end {
        for b in &bodies {
            n += f(b, what, 0);
        }
    }
    println!("{n}");
}

fn run<T: msgraph_core::FromJson + msgraph_core::ToJson>(b: &[u8], what: &str, secs: u64) -> usize {
    let v: T = msgraph_core::from_slice(b).expect("typed");
    match what {
        "parse" => 1,
        "write" => {
            let end = Instant::now() + Duration::from_secs(secs);
            let mut n = 0;
            while Instant::now() < end {
                n += msgraph_core::to_vec(&v).len();
            }
            n
        }
        _ => msgraph_core::to_vec(&v).len(),
    }
}
