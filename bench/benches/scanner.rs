//! The JSON scanner candidates, measured before choosing (issue 13, scope 1): each walks
//! every token of the benchmark payloads and sums string lengths and counts numbers, without
//! building anything, in one process, alternated round by round.
//!
//! - `ours`: `msgraph_core::Reader`, the pull scanner the generated types read with;
//! - `jiter`: pydantic's iterator-style parser (`jiter::Jiter`);
//! - `serde_json`: serde_json's deserializer driving a counting serde visitor (borrowed strings);
//! - `sonic`: sonic-rs' deserializer driving the same visitor.
//!
//! `cargo bench -p msgraph-bench --bench scanner` (15 rounds; `-- --test` runs once).

use msgraph_bench::harness::{Contender, median, paired_rounds, speedup};
use msgraph_bench::payloads;
use msgraph_core::Reader;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::time::Duration;

/// String bytes and numbers seen.
#[derive(Default, Debug, PartialEq, Eq, Clone, Copy)]
struct Tally {
    string_bytes: usize,
    numbers: usize,
}

fn walk_ours(r: &mut Reader<'_>, t: &mut Tally) {
    match r.peek().expect("JSON") {
        b'{' => {
            if r.object_start("object").expect("object") {
                loop {
                    r.member_key().expect("key");
                    t.string_bytes += r.key().len();
                    walk_ours(r, t);
                    if !r.object_next().expect("object") {
                        break;
                    }
                }
            }
        }
        b'[' => {
            if r.array_start("array").expect("array") {
                loop {
                    walk_ours(r, t);
                    if !r.array_next().expect("array") {
                        break;
                    }
                }
            }
        }
        b'"' => t.string_bytes += r.string("string").expect("string").len(),
        b't' | b'f' => {
            r.bool("bool").expect("bool");
        }
        b'n' => {
            r.null().expect("null");
        }
        _ => {
            r.number("number").expect("number");
            t.numbers += 1;
        }
    }
}

fn ours(b: &[u8]) -> Tally {
    let text = std::str::from_utf8(b).expect("UTF-8");
    let mut r = Reader::new(text);
    let mut t = Tally::default();
    walk_ours(&mut r, &mut t);
    r.finish().expect("one value");
    t
}

fn walk_jiter(j: &mut jiter::Jiter<'_>, peek: jiter::Peek, t: &mut Tally) {
    use jiter::Peek;
    match peek {
        Peek::Object => {
            let mut key = j.known_object().expect("object");
            while let Some(k) = key {
                t.string_bytes += k.len();
                let p = j.peek().expect("value");
                walk_jiter(j, p, t);
                key = j.next_key().expect("key");
            }
        }
        Peek::Array => {
            let mut next = j.known_array().expect("array");
            while let Some(p) = next {
                walk_jiter(j, p, t);
                next = j.array_step().expect("array");
            }
        }
        Peek::String => t.string_bytes += j.known_str().expect("string").len(),
        Peek::True | Peek::False => {
            j.known_bool(peek).expect("bool");
        }
        Peek::Null => j.known_null().expect("null"),
        _ => {
            j.known_number(peek).expect("number");
            t.numbers += 1;
        }
    }
}

fn jiter(b: &[u8]) -> Tally {
    let mut j = jiter::Jiter::new(b);
    let mut t = Tally::default();
    let p = j.peek().expect("JSON");
    walk_jiter(&mut j, p, &mut t);
    j.finish().expect("one value");
    t
}

/// A serde visitor tallying every token.
struct Count<'t>(&'t mut Tally);

impl<'de> Visitor<'de> for Count<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.0.numbers += 1;
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        self.0.numbers += 1;
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.0.numbers += 1;
        Ok(())
    }
    fn visit_str<E>(self, s: &str) -> Result<(), E> {
        self.0.string_bytes += s.len();
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
        while a.next_element_seed(Seed(&mut *self.0))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
        while a.next_key_seed(Seed(&mut *self.0))?.is_some() {
            a.next_value_seed(Seed(&mut *self.0))?;
        }
        Ok(())
    }
}

struct Seed<'t>(&'t mut Tally);

impl<'de> serde::de::DeserializeSeed<'de> for Seed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(Count(self.0))
    }
}

fn serde_json_walk(b: &[u8]) -> Tally {
    let mut t = Tally::default();
    let mut d = serde_json::Deserializer::from_slice(b);
    d.deserialize_any(Count(&mut t)).expect("JSON");
    d.end().expect("one value");
    t
}

fn sonic_walk(b: &[u8]) -> Tally {
    let mut t = Tally::default();
    let mut d = sonic_rs::Deserializer::from_slice(b);
    d.deserialize_any(Count(&mut t)).expect("JSON");
    t
}

fn main() {
    let quick = std::env::args().any(|a| a == "--test");
    let (rounds, slice) = if quick {
        (1, Duration::ZERO)
    } else {
        (15, Duration::from_millis(25))
    };
    println!(
        "## Scanner candidates: a full walk of every token, {rounds} rounds; thread CPU time\n"
    );
    println!(
        "| payload | bytes | ours MB/s | jiter MB/s | serde_json MB/s | sonic MB/s | ours/jiter | ours/serde_json | ours/sonic |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for kind in payloads::all() {
        let bodies = &kind.bodies;
        // All four must see the same tokens.
        for b in bodies {
            let t = ours(b);
            assert_eq!(t, jiter(b), "{}", kind.name);
            assert_eq!(t, serde_json_walk(b), "{}", kind.name);
            assert_eq!(t, sonic_walk(b), "{}", kind.name);
        }
        let all =
            |f: fn(&[u8]) -> Tally| move || bodies.iter().map(|b| f(b).numbers).sum::<usize>();
        let times = paired_rounds(
            &[
                Contender::new("ours", all(ours)),
                Contender::new("jiter", all(jiter)),
                Contender::new("serde_json", all(serde_json_walk)),
                Contender::new("sonic", all(sonic_walk)),
            ],
            rounds,
            slice,
        );
        let bytes = kind.bytes();
        let mb = |ns: f64| bytes as f64 / ns * 1e3;
        println!(
            "| {} | {} | {:.0} | {:.0} | {:.0} | {:.0} | {:.2} | {:.2} | {:.2} |",
            kind.name,
            bytes,
            mb(median(&times[0])),
            mb(median(&times[1])),
            mb(median(&times[2])),
            mb(median(&times[3])),
            speedup(&times[0], &times[1]),
            speedup(&times[0], &times[2]),
            speedup(&times[0], &times[3]),
        );
    }
    let _ = IgnoredAny;
}
