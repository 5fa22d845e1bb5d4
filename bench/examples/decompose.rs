//! Where a payload's parse and write time goes against the naive serde derive: typed and
//! naive round trip, the typed round trip writing each body into one reused buffer
//! (`msgraph_core::write_to`: what allocating each output costs), typed and naive parse, a
//! bare syntax-checking skip (ours and serde_json's `IgnoredAny`), UTF-8 validation alone,
//! typed write (also into one buffer) and naive write; alternated in one process by the
//! bench harness, medians in µs per pass over the payload's bodies:
//! `cargo run --release -p msgraph-bench --example decompose -- [KIND] [ROUNDS]`, KIND
//! `commsNotifications` (the default), `call`, `participant` or `callRecord`.

use msgraph_bench::harness::{Contender, median, paired_rounds};
use msgraph_bench::{naive, payloads};
use msgraph_core::{FromJson, ToJson};
use msgraph_models::v1;
use std::time::Duration;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kind = args.first().map_or("commsNotifications", String::as_str);
    let rounds: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(15);
    match kind {
        "call" => run::<v1::Call, naive::Call>(kind, rounds),
        "participant" => run::<v1::Participant, naive::Participant>(kind, rounds),
        "callRecord" => {
            run::<v1::call_records::CallRecord, naive::call_records::CallRecord>(kind, rounds)
        }
        _ => run::<v1::CommsNotifications, naive::CommsNotifications>(kind, rounds),
    }
}

fn run<T, N>(kind: &str, rounds: usize)
where
    T: FromJson + ToJson,
    N: serde::Serialize + serde::de::DeserializeOwned,
{
    let Some(found) = payloads::matching(kind).into_iter().next() else {
        eprintln!("no payload {kind}");
        std::process::exit(2);
    };
    let bodies = found.bodies;
    let bytes: usize = bodies.iter().map(Vec::len).sum();
    let typed: Vec<T> = bodies
        .iter()
        .map(|b| msgraph_core::from_slice(b).expect("typed parse"))
        .collect();
    let naive: Vec<N> = bodies
        .iter()
        .map(|b| serde_json::from_slice(b).expect("naive parse"))
        .collect();
    // The "1 buffer" contenders' buffers, kept from pass to pass as a program would keep them.
    let (rt_buf, write_buf) = (
        std::cell::Cell::new(String::new()),
        std::cell::Cell::new(String::new()),
    );
    let each = |f: fn(&[u8])| {
        let bodies = &bodies;
        move || bodies.iter().for_each(|b| f(b))
    };
    let contenders = [
        Contender::new(
            "typed rt",
            each(|b| {
                drop(msgraph_core::to_vec(
                    &msgraph_core::from_slice::<T>(b).expect("typed"),
                ))
            }),
        ),
        Contender::new(
            "naive rt",
            each(|b| {
                drop(
                    serde_json::to_vec(&serde_json::from_slice::<N>(b).expect("naive")).expect("w"),
                )
            }),
        ),
        Contender::new("typed rt, 1 buffer", || {
            let mut buf = rt_buf.take();
            bodies.iter().for_each(|b| {
                buf.clear();
                let v = msgraph_core::from_slice::<T>(b).expect("typed");
                msgraph_core::write_to(&mut buf, &v);
            });
            let n = buf.len();
            rt_buf.set(buf);
            n
        }),
        Contender::new("typed write, 1 buffer", || {
            let mut buf = write_buf.take();
            typed.iter().for_each(|v| {
                buf.clear();
                msgraph_core::write_to(&mut buf, v);
            });
            let n = buf.len();
            write_buf.set(buf);
            n
        }),
        Contender::new(
            "typed parse",
            each(|b| drop(msgraph_core::from_slice::<T>(b).expect("typed"))),
        ),
        Contender::new(
            "naive parse",
            each(|b| drop(serde_json::from_slice::<N>(b).expect("naive"))),
        ),
        Contender::new(
            "our skip",
            each(|b| {
                let text = std::str::from_utf8(b).expect("UTF-8");
                msgraph_core::Reader::new(text).skip().expect("skip");
            }),
        ),
        Contender::new(
            "serde skip",
            each(|b| {
                serde_json::from_slice::<serde::de::IgnoredAny>(b).expect("skip");
            }),
        ),
        Contender::new(
            "from_utf8",
            each(|b| {
                std::str::from_utf8(std::hint::black_box(b)).expect("UTF-8");
            }),
        ),
        Contender::new("typed write", || {
            typed
                .iter()
                .map(|v| msgraph_core::to_vec(v).len())
                .sum::<usize>()
        }),
        Contender::new("naive write", || {
            naive
                .iter()
                .map(|v| serde_json::to_vec(v).map_or(0, |o| o.len()))
                .sum::<usize>()
        }),
    ];
    let times = paired_rounds(&contenders, rounds, Duration::from_millis(20));
    println!(
        "{kind}: {} bodies, {bytes} bytes, {rounds} rounds",
        bodies.len()
    );
    for (c, t) in contenders.iter().zip(&times) {
        let m = median(t);
        println!(
            "{:22} {:8.1} us  {:6.0} MB/s",
            c.name,
            m / 1e3,
            bytes as f64 / m * 1e3
        );
    }
}
