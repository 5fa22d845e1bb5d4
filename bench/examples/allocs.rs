//! Allocation sizes while parsing one payload, typed vs naive (`cargo run --release -p
//! msgraph-bench --example allocs -- callRecord`; also `page`, `synthetic`,
//! `commsNotifications`): where the typed path allocates more.
use msgraph_bench::{naive, payloads};
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

static ON: AtomicBool = AtomicBool::new(false);
static SIZES: Mutex<Vec<usize>> = Mutex::new(Vec::new());
struct A;
// SAFETY: forwards to the system allocator; records sizes only while ON (no allocation inside).
unsafe impl GlobalAlloc for A {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if ON.swap(false, Ordering::SeqCst) {
            if let Ok(mut v) = SIZES.lock()
                && v.len() < v.capacity()
            {
                v.push(l.size());
            }
            ON.store(true, Ordering::SeqCst);
        }
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
}
#[global_allocator]
static GA: A = A;

fn record(f: impl FnOnce()) -> BTreeMap<usize, usize> {
    SIZES.lock().unwrap().reserve(1_000_000);
    ON.store(true, Ordering::SeqCst);
    f();
    ON.store(false, Ordering::SeqCst);
    let v = std::mem::take(&mut *SIZES.lock().unwrap());
    let mut h = BTreeMap::new();
    for s in v {
        *h.entry(s).or_insert(0) += 1;
    }
    h
}

fn main() {
    let kind = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "callRecord".into());
    let body = payloads::matching(&kind).remove(0).bodies.remove(0);
    #[derive(serde::Deserialize)]
    struct NaivePage {
        #[allow(dead_code)]
        value: Vec<naive::call_records::CallRecord>,
    }
    let (t, n) = if kind == "commsNotifications" {
        // Every documented notification, not only the first.
        let bodies = payloads::matching(&kind).remove(0).bodies;
        (
            record(|| {
                for b in &bodies {
                    let _v: msgraph_models::v1::CommsNotifications =
                        msgraph_core::from_slice(b).unwrap();
                }
            }),
            record(|| {
                for b in &bodies {
                    let _v: naive::CommsNotifications = serde_json::from_slice(b).unwrap();
                }
            }),
        )
    } else if kind.contains("page") {
        (
            record(|| {
                let _v: msgraph_core::request::Page<msgraph_models::v1::call_records::CallRecord> =
                    msgraph_core::from_slice(&body).unwrap();
            }),
            record(|| {
                let _v: NaivePage = serde_json::from_slice(&body).unwrap();
            }),
        )
    } else {
        (
            record(|| {
                let _v: msgraph_models::v1::call_records::CallRecord =
                    msgraph_core::from_slice(&body).unwrap();
            }),
            record(|| {
                let _v: naive::call_records::CallRecord = serde_json::from_slice(&body).unwrap();
            }),
        )
    };
    let sizes: std::collections::BTreeSet<_> = t.keys().chain(n.keys()).copied().collect();
    println!("size typed naive");
    for s in sizes {
        println!(
            "{s:5} {:5} {:5}",
            t.get(&s).unwrap_or(&0),
            n.get(&s).unwrap_or(&0)
        );
    }
}
