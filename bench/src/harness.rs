//! Side-by-side timing on a shared, noisy machine: contenders run in one process, alternated
//! round by round (the order rotates each round), each timed in thread CPU time over enough
//! iterations to last a few milliseconds; results are per-round ratios and their median. Plus
//! a counting allocator for peak heap.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// One contender: a name and one iteration of its work.
pub struct Contender<'a> {
    /// Column label.
    pub name: &'static str,
    /// One iteration.
    pub run: Box<dyn Fn() + 'a>,
}

impl<'a> Contender<'a> {
    /// A contender running `f`; its result is passed through `black_box`.
    pub fn new<R>(name: &'static str, f: impl Fn() -> R + 'a) -> Self {
        Contender {
            name,
            run: Box::new(move || {
                black_box(f());
            }),
        }
    }
}

/// Thread CPU time now.
fn cpu_now() -> Duration {
    cpu_time::ThreadTime::now().as_duration()
}

/// Nanoseconds of thread CPU time per iteration of each contender in each round:
/// `result[contender][round]`. Each contender is first calibrated to run at least `slice`
/// per round; round `r` starts with contender `r % n`.
pub fn paired_rounds(
    contenders: &[Contender<'_>],
    rounds: usize,
    slice: Duration,
) -> Vec<Vec<f64>> {
    let iters: Vec<u64> = contenders
        .iter()
        .map(|c| {
            let mut n = 1u64;
            loop {
                let t = cpu_now();
                for _ in 0..n {
                    (c.run)();
                }
                let took = cpu_now().saturating_sub(t);
                if took >= slice || n >= 1 << 20 {
                    break n;
                }
                let scale = (slice.as_secs_f64() / took.as_secs_f64().max(1e-7)).clamp(1.5, 100.0);
                n = ((n as f64) * scale).ceil() as u64;
            }
        })
        .collect();
    let mut out = vec![Vec::with_capacity(rounds); contenders.len()];
    for round in 0..rounds {
        for k in 0..contenders.len() {
            let i = (round + k) % contenders.len();
            let c = &contenders[i];
            let t = cpu_now();
            for _ in 0..iters[i] {
                (c.run)();
            }
            let took = cpu_now().saturating_sub(t);
            out[i].push(took.as_nanos() as f64 / iters[i] as f64);
        }
    }
    out
}

/// The median of `v` (`NaN` for an empty slice).
pub fn median(v: &[f64]) -> f64 {
    let mut s: Vec<f64> = v.to_vec();
    s.sort_by(f64::total_cmp);
    match s.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => s[n / 2],
        n => (s[n / 2 - 1] + s[n / 2]) / 2.0,
    }
}

/// The median over rounds of `slow[r] / fast[r]`: how many times faster `fast` is.
pub fn speedup(fast: &[f64], slow: &[f64]) -> f64 {
    let ratios: Vec<f64> = fast.iter().zip(slow).map(|(f, s)| s / f).collect();
    median(&ratios)
}

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static COUNT: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, counting live bytes and their peak. A benchmark binary installs it
/// with `#[global_allocator]`.
pub struct CountingAlloc;

// SAFETY: forwards to the system allocator unchanged; the counters are plain atomics.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        COUNT.fetch_add(1, Ordering::Relaxed);
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        COUNT.fetch_add(1, Ordering::Relaxed);
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = CURRENT.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

/// The peak heap (bytes above what was live before) while `f` runs and its result lives,
/// and the number of allocations (and reallocations) it made; only meaningful with
/// [`CountingAlloc`] installed.
pub fn peak_heap<R>(f: impl FnOnce() -> R) -> (usize, usize) {
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let count = COUNT.load(Ordering::Relaxed);
    let r = f();
    let peak = PEAK.load(Ordering::Relaxed);
    let count = COUNT.load(Ordering::Relaxed) - count;
    drop(black_box(r));
    (peak.saturating_sub(base), count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_speedups() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(&[]).is_nan());
        assert_eq!(speedup(&[1.0, 2.0, 1.0], &[2.0, 2.0, 3.0]), 2.0);
    }

    #[test]
    fn rounds_alternate_and_time_every_contender() {
        let order = std::cell::RefCell::new(Vec::new());
        let a = Contender::new("a", || order.borrow_mut().push('a'));
        let b = Contender::new("b", || order.borrow_mut().push('b'));
        let t = paired_rounds(&[a, b], 3, Duration::ZERO);
        assert_eq!(t.len(), 2);
        assert!(
            t.iter()
                .all(|r| r.len() == 3 && r.iter().all(|x| *x >= 0.0))
        );
        // Calibration ran each once, then rounds alternate who starts.
        assert_eq!(order.borrow().iter().collect::<String>(), "ababbaab");
    }
}
