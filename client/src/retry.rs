//! Retries: which responses are retried (429, 503, 504), how long to wait (`Retry-After` in
//! seconds or as an HTTP date, else bounded exponential backoff with jitter), the limits on
//! attempts and total time, and the injectable [`Sleeper`] that does the waiting.
//!
//! A non-idempotent request (POST, PATCH) is retried only when the response says it was not
//! processed: 429, or 503 with `Retry-After` (Graph's throttling), or when no connection
//! could be made (nothing was sent).

use futures::future::BoxFuture;
use http::{HeaderMap, Method};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// When and how often to retry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1: never retry).
    pub max_attempts: u32,
    /// Total time a request may take, waits included: a retry whose wait would end past it is
    /// not made, and the last response is returned.
    pub max_elapsed: Duration,
    /// The first backoff delay (doubled at each retry) when there is no `Retry-After`.
    pub base_delay: Duration,
    /// The largest backoff delay (before jitter). `Retry-After` is not capped by it.
    pub max_delay: Duration,
    /// Retry failures to connect, for any method: the request never left the client, so it
    /// was not processed (a failure after connecting is never retried).
    pub retry_connect_errors: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            max_elapsed: Duration::from_secs(120),
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            retry_connect_errors: true,
        }
    }
}

/// Why a retry is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetryReason {
    /// The response had this status (429, 503 or 504).
    Status(u16),
    /// The connection could not be made.
    Connect,
}

/// What the client is about to wait for, handed to the [`Sleeper`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryEvent {
    /// The attempt that failed (1 for the first).
    pub attempt: u32,
    /// Why it is retried.
    pub reason: RetryReason,
    /// The wait before the next attempt.
    pub delay: Duration,
    /// Whether the wait came from `Retry-After` (else backoff).
    pub from_retry_after: bool,
}

/// Waits between attempts. The default is `tokio::time::sleep`; tests inject one that
/// records the delays and waits less.
pub trait Sleeper: Send + Sync {
    /// Waits for `event.delay` (or not: the client counts `event.delay` as elapsed either way).
    fn sleep(&self, event: &RetryEvent) -> BoxFuture<'static, ()>;
}

/// Sleeps with `tokio::time::sleep`.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioSleeper;

impl Sleeper for TokioSleeper {
    fn sleep(&self, event: &RetryEvent) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(event.delay))
    }
}

pub(crate) fn default_sleeper() -> Arc<dyn Sleeper> {
    Arc::new(TokioSleeper)
}

impl fmt::Debug for dyn Sleeper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sleeper")
    }
}

/// GET, HEAD, OPTIONS, TRACE, PUT and DELETE may be sent twice with the same effect.
pub fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE | Method::PUT | Method::DELETE
    )
}

/// `Retry-After` as a wait from `now`: delta-seconds, or an HTTP date (a date in the past is
/// no wait). `None` when absent or unreadable.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers
        .get(http::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    parse_retry_after(value, now)
}

/// Reads one `Retry-After` value (see [`retry_after`]).
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Saturate absurd values instead of failing: the time limit refuses them anyway.
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX / 2)));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Whether a response with `status` to a `method` request may be retried: 429 always;
    /// 503 when idempotent or with `Retry-After`; 504 when idempotent.
    pub fn is_retryable(method: &Method, status: u16, has_retry_after: bool) -> bool {
        match status {
            429 => true,
            503 => is_idempotent(method) || has_retry_after,
            504 => is_idempotent(method),
            _ => false,
        }
    }

    /// The backoff before attempt `attempt + 1` without `Retry-After`: `base * 2^(attempt-1)`,
    /// capped at `max_delay`, then "equal jitter" (a uniform draw in its upper half).
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = attempt.saturating_sub(1).min(30);
        let full = self
            .base_delay
            .saturating_mul(1u32 << exp)
            .min(self.max_delay);
        let half = full / 2;
        let jitter = rand::random_range(0.0..=1.0f64);
        half + half.mul_f64(jitter)
    }

    /// The event for retrying a response, or `None` when it is not retried (status, attempts).
    /// The time limit is checked by the caller, which knows the elapsed time.
    pub fn on_response(
        &self,
        method: &Method,
        status: u16,
        headers: &HeaderMap,
        attempt: u32,
    ) -> Option<RetryEvent> {
        let after = retry_after(headers, SystemTime::now());
        if attempt >= self.max_attempts || !Self::is_retryable(method, status, after.is_some()) {
            return None;
        }
        Some(RetryEvent {
            attempt,
            reason: RetryReason::Status(status),
            delay: after.unwrap_or_else(|| self.backoff(attempt)),
            from_retry_after: after.is_some(),
        })
    }

    /// The event for retrying after a connection failure, or `None`.
    pub fn on_connect_error(&self, attempt: u32) -> Option<RetryEvent> {
        if !self.retry_connect_errors || attempt >= self.max_attempts {
            return None;
        }
        Some(RetryEvent {
            attempt,
            reason: RetryReason::Connect,
            delay: self.backoff(attempt),
            from_retry_after: false,
        })
    }
}

/// Time spent on one logical request, counting each wait as its planned delay (so an
/// injected sleeper that waits less still uses up the time budget).
pub(crate) struct Clock {
    start: std::time::Instant,
    adjust_plus: Duration,
    adjust_minus: Duration,
}

impl Clock {
    pub(crate) fn start() -> Self {
        Clock {
            start: std::time::Instant::now(),
            adjust_plus: Duration::ZERO,
            adjust_minus: Duration::ZERO,
        }
    }

    pub(crate) fn elapsed(&self) -> Duration {
        (self.start.elapsed() + self.adjust_plus).saturating_sub(self.adjust_minus)
    }

    /// Waits through `sleeper`, accounting the planned delay.
    pub(crate) async fn wait(&mut self, sleeper: &dyn Sleeper, event: &RetryEvent) {
        let before = std::time::Instant::now();
        sleeper.sleep(event).await;
        let actual = before.elapsed();
        self.adjust_plus += event.delay;
        self.adjust_minus += actual;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").expect("date");
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-1", now), None);
        assert_eq!(parse_retry_after("", now), None);
        assert!(parse_retry_after("99999999999999999999999", now).is_some());
    }

    #[test]
    fn which_statuses_are_retried() {
        let post = Method::POST;
        let get = Method::GET;
        assert!(RetryPolicy::is_retryable(&post, 429, false));
        assert!(!RetryPolicy::is_retryable(&post, 503, false));
        assert!(RetryPolicy::is_retryable(&post, 503, true));
        assert!(!RetryPolicy::is_retryable(&post, 504, true));
        assert!(!RetryPolicy::is_retryable(&Method::PATCH, 504, false));
        assert!(RetryPolicy::is_retryable(&get, 503, false));
        assert!(RetryPolicy::is_retryable(&get, 504, false));
        assert!(RetryPolicy::is_retryable(&Method::DELETE, 504, false));
        assert!(!RetryPolicy::is_retryable(&get, 500, false));
        assert!(!RetryPolicy::is_retryable(&get, 404, false));
    }

    #[test]
    fn backoff_is_bounded_and_jittered() {
        let p = RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(1000),
            ..RetryPolicy::default()
        };
        for attempt in 1..40 {
            let full = Duration::from_millis(100)
                .saturating_mul(1 << (attempt - 1).min(30))
                .min(Duration::from_millis(1000));
            let d = p.backoff(attempt);
            assert!(
                d >= full / 2 && d <= full,
                "attempt {attempt}: {d:?} vs {full:?}"
            );
        }
        let draws: std::collections::BTreeSet<Duration> = (0..20).map(|_| p.backoff(4)).collect();
        assert!(draws.len() > 1, "jitter varies the delay");
    }
}
