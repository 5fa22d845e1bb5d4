//! `Edm.DateTimeOffset`, `Edm.Date`, `Edm.TimeOfDay` and `Edm.Duration`: validation of the
//! OData literal grammar and conversions to/from the `time` crate.
//!
//! Grammar accepted (OData ABNF, RFC 3339 compatible):
//! - date: `[-]YYYY-MM-DD` (4+ year digits, day checked against the month, proleptic Gregorian)
//! - time of day: `hh:mm[:ss[.f+]]` (any number of fractional digits; conversion keeps 9)
//! - date-time-offset: `<date>T<time>(Z|±hh:mm)`, `T`/`Z` in either case
//! - duration: `[-]P[nY][nM][nW][nD][T[nH][nM][n[.f+]S]]` with at least one component. `Y`, `M`
//!   and `W` are accepted for leniency (XSD durations); `to_duration` rejects Y/M (no fixed
//!   length) and counts a week as 7 days.

use super::{EdmError, Text, digits, text_type};

text_type!(
    /// `Edm.DateTimeOffset`, e.g. `2020-05-28T00:10:54.104318Z`, kept verbatim.
    DateTimeOffset,
    Text<30>,
    "DateTimeOffset",
    "0001-01-01T00:00:00Z",
    valid_date_time_offset
);
text_type!(
    /// `Edm.Date`, e.g. `2020-05-28`.
    Date,
    Text<22>,
    "Date",
    "0001-01-01",
    valid_date
);
text_type!(
    /// `Edm.TimeOfDay`, e.g. `08:00:00.0000000`.
    TimeOfDay,
    Text<22>,
    "TimeOfDay",
    "00:00:00",
    valid_time_of_day
);
text_type!(
    /// `Edm.Duration`, e.g. `PT1H30M` or `-P1DT0.5S`.
    Duration,
    Text<22>,
    "Duration",
    "PT0S",
    valid_duration
);

struct DateParts {
    year: i32,
    month: u8,
    day: u8,
}

struct TimeParts {
    hour: u8,
    minute: u8,
    second: u8,
    nanos: u32,
}

struct Offset {
    negative: bool,
    hours: u8,
    minutes: u8,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `[-]YYYY-MM-DD` at the start of `b`; returns the parts and the bytes consumed.
fn parse_date(b: &[u8]) -> Option<(DateParts, usize)> {
    let neg = b.first() == Some(&b'-');
    let start = usize::from(neg);
    let n = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    // 4 digits, or more without a leading zero; at most 9 so it fits an i32.
    if !(4..=9).contains(&n) || (n > 4 && b[start] == b'0') {
        return None;
    }
    let mut year = digits(b, start, n)? as i32;
    if neg {
        year = -year;
    }
    let mut i = start + n;
    if b.get(i) != Some(&b'-') {
        return None;
    }
    let month = digits(b, i + 1, 2)? as u8;
    i += 3;
    if b.get(i) != Some(&b'-') {
        return None;
    }
    let day = digits(b, i + 1, 2)? as u8;
    i += 3;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some((DateParts { year, month, day }, i))
}

/// `hh:mm[:ss[.f+]]` at the start of `b`.
fn parse_time(b: &[u8]) -> Option<(TimeParts, usize)> {
    let hour = digits(b, 0, 2)? as u8;
    if b.get(2) != Some(&b':') {
        return None;
    }
    let minute = digits(b, 3, 2)? as u8;
    let mut i = 5;
    let mut second = 0;
    let mut nanos = 0;
    if b.get(i) == Some(&b':') {
        second = digits(b, i + 1, 2)? as u8;
        i += 3;
        if b.get(i) == Some(&b'.') {
            let n = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return None;
            }
            let kept = n.min(9);
            nanos = digits(b, i + 1, kept)? * 10u32.pow((9 - kept) as u32);
            i += 1 + n;
        }
    }
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let t = TimeParts {
        hour,
        minute,
        second,
        nanos,
    };
    Some((t, i))
}

fn parse_date_time_offset(s: &str) -> Option<(DateParts, TimeParts, Offset)> {
    let b = s.as_bytes();
    let (date, i) = parse_date(b)?;
    if !matches!(b.get(i), Some(b'T' | b't')) {
        return None;
    }
    let (time, n) = parse_time(&b[i + 1..])?;
    let rest = &b[i + 1 + n..];
    let offset = match rest {
        [b'Z' | b'z'] => Offset {
            negative: false,
            hours: 0,
            minutes: 0,
        },
        [sign @ (b'+' | b'-'), ..] if rest.len() == 6 && rest[3] == b':' => {
            let hours = digits(rest, 1, 2)? as u8;
            let minutes = digits(rest, 4, 2)? as u8;
            if hours > 23 || minutes > 59 {
                return None;
            }
            Offset {
                negative: *sign == b'-',
                hours,
                minutes,
            }
        }
        _ => return None,
    };
    Some((date, time, offset))
}

fn valid_date_time_offset(s: &str) -> bool {
    usual_date_time_offset(s.as_bytes()) || parse_date_time_offset(s).is_some()
}

/// Whether `b` is a valid `YYYY-MM-DDThh:mm:ss[.f+]Z`, the form Graph sends, checked in one
/// pass without splitting it into parts. `false` says nothing: the general parser decides
/// every other form (and every invalid text).
fn usual_date_time_offset(b: &[u8]) -> bool {
    let [head @ .., b'Z'] = b else { return false };
    let Some((hms, frac)) = head.split_first_chunk::<19>() else {
        return false;
    };
    let d = |i: usize| u32::from(hms[i].wrapping_sub(b'0'));
    let shape = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        .iter()
        .all(|&i| d(i) <= 9)
        && [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')]
            .iter()
            .all(|&(i, c)| hms[i] == c)
        && match frac {
            [] => true,
            [b'.', f @ ..] => !f.is_empty() && f.iter().all(u8::is_ascii_digit),
            _ => false,
        };
    if !shape {
        return false;
    }
    let year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
    let (month, day) = (d(5) * 10 + d(6), d(8) * 10 + d(9));
    let (hour, minute, second) = (d(11) * 10 + d(12), d(14) * 10 + d(15), d(17) * 10 + d(18));
    (1..=12).contains(&month)
        && day >= 1
        && day <= u32::from(days_in_month(year as i32, month as u8))
        && hour <= 23
        && minute <= 59
        && second <= 59
}

fn valid_date(s: &str) -> bool {
    matches!(parse_date(s.as_bytes()), Some((_, n)) if n == s.len())
}

fn valid_time_of_day(s: &str) -> bool {
    matches!(parse_time(s.as_bytes()), Some((_, n)) if n == s.len())
}

fn valid_duration(s: &str) -> bool {
    usual_duration(s.as_bytes()) || parse_duration(s).is_some()
}

/// Whether `b` is `PT<digits>[.<digits>]S` (the form of Graph's call-quality durations,
/// `PT0.016S`), checked in one pass. `false` says nothing: the general parser decides every
/// other form.
fn usual_duration(b: &[u8]) -> bool {
    let [b'P', b'T', body @ .., b'S'] = b else {
        return false;
    };
    let int = body.iter().take_while(|c| c.is_ascii_digit()).count();
    int > 0
        && match &body[int..] {
            [] => true,
            [b'.', f @ ..] => !f.is_empty() && f.iter().all(u8::is_ascii_digit),
            _ => false,
        }
}

fn to_time_date(kind: &'static str, d: &DateParts) -> Result<time::Date, EdmError> {
    let month = time::Month::try_from(d.month).map_err(|e| EdmError::conversion(kind, e))?;
    time::Date::from_calendar_date(d.year, month, d.day).map_err(|e| EdmError::conversion(kind, e))
}

fn to_time_time(kind: &'static str, t: &TimeParts) -> Result<time::Time, EdmError> {
    time::Time::from_hms_nano(t.hour, t.minute, t.second, t.nanos)
        .map_err(|e| EdmError::conversion(kind, e))
}

fn push_date(out: &mut String, d: time::Date) {
    let y = d.year();
    if y < 0 {
        out.push('-');
    }
    out.push_str(&format!(
        "{:04}-{:02}-{:02}",
        y.unsigned_abs(),
        u8::from(d.month()),
        d.day()
    ));
}

fn push_time(out: &mut String, t: time::Time) {
    out.push_str(&format!(
        "{:02}:{:02}:{:02}",
        t.hour(),
        t.minute(),
        t.second()
    ));
    push_fraction(out, t.nanosecond());
}

/// `.fffffffff` with trailing zeros removed; nothing for 0.
fn push_fraction(out: &mut String, nanos: u32) {
    if nanos != 0 {
        let f = format!("{nanos:09}");
        out.push('.');
        out.push_str(f.trim_end_matches('0'));
    }
}

impl DateTimeOffset {
    /// Converts to `time::OffsetDateTime` (fraction truncated to nanoseconds).
    pub fn to_offset_date_time(&self) -> Result<time::OffsetDateTime, EdmError> {
        const K: &str = "DateTimeOffset";
        let (d, t, o) = parse_date_time_offset(self.as_str())
            .ok_or_else(|| EdmError::invalid(K, self.as_str()))?;
        let sign = if o.negative { -1 } else { 1 };
        let offset = time::UtcOffset::from_hms(sign * o.hours as i8, sign * o.minutes as i8, 0)
            .map_err(|e| EdmError::conversion(K, e))?;
        Ok(
            time::PrimitiveDateTime::new(to_time_date(K, &d)?, to_time_time(K, &t)?)
                .assume_offset(offset),
        )
    }
}

impl From<time::OffsetDateTime> for DateTimeOffset {
    /// RFC 3339: `Z` for UTC, fraction only when non-zero. Offset seconds are dropped (RFC 3339
    /// offsets have minute precision).
    fn from(v: time::OffsetDateTime) -> Self {
        let mut out = String::with_capacity(32);
        push_date(&mut out, v.date());
        out.push('T');
        push_time(&mut out, v.time());
        let off = v.offset();
        if off.is_utc() {
            out.push('Z');
        } else {
            let (h, m, _) = off.as_hms();
            let sign = if off.is_negative() { '-' } else { '+' };
            out.push_str(&format!(
                "{sign}{:02}:{:02}",
                h.unsigned_abs(),
                m.unsigned_abs()
            ));
        }
        DateTimeOffset(out.into())
    }
}

impl Date {
    /// Converts to `time::Date`.
    pub fn to_date(&self) -> Result<time::Date, EdmError> {
        let (d, _) = parse_date(self.as_str().as_bytes())
            .ok_or_else(|| EdmError::invalid("Date", self.as_str()))?;
        to_time_date("Date", &d)
    }
}

impl From<time::Date> for Date {
    fn from(v: time::Date) -> Self {
        let mut out = String::with_capacity(10);
        push_date(&mut out, v);
        Date(out.into())
    }
}

impl TimeOfDay {
    /// Converts to `time::Time` (fraction truncated to nanoseconds).
    pub fn to_time(&self) -> Result<time::Time, EdmError> {
        let (t, _) = parse_time(self.as_str().as_bytes())
            .ok_or_else(|| EdmError::invalid("TimeOfDay", self.as_str()))?;
        to_time_time("TimeOfDay", &t)
    }
}

impl From<time::Time> for TimeOfDay {
    fn from(v: time::Time) -> Self {
        let mut out = String::with_capacity(18);
        push_time(&mut out, v);
        TimeOfDay(out.into())
    }
}

#[derive(Default)]
struct DurationParts {
    negative: bool,
    years: u64,
    months: u64,
    weeks: u64,
    days: u64,
    hours: u64,
    minutes: u64,
    seconds: u64,
    nanos: u32,
    overflow: bool,
}

/// Parses the duration grammar described in the module docs.
fn parse_duration(s: &str) -> Option<DurationParts> {
    let b = s.as_bytes();
    let mut p = DurationParts::default();
    let mut i = 0;
    if b.first() == Some(&b'-') {
        p.negative = true;
        i = 1;
    }
    if b.get(i) != Some(&b'P') {
        return None;
    }
    i += 1;
    let mut any = false;
    let mut in_time = false;
    let mut time_any = false;
    // Units in required order; `rank` forbids repeats and out-of-order components.
    let mut rank = 0u8;
    while i < b.len() {
        if b[i] == b'T' {
            if in_time {
                return None;
            }
            in_time = true;
            i += 1;
            continue;
        }
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        let mut value = 0u64;
        for &c in &b[i..i + n] {
            match value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(c - b'0')))
            {
                Some(v) => value = v,
                None => p.overflow = true,
            }
        }
        i += n;
        let mut nanos = 0;
        if in_time && b.get(i) == Some(&b'.') {
            let f = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if f == 0 || b.get(i + 1 + f) != Some(&b'S') {
                return None;
            }
            let kept = f.min(9);
            nanos = digits(b, i + 1, kept)? * 10u32.pow((9 - kept) as u32);
            i += 1 + f;
        }
        let unit = *b.get(i)?;
        i += 1;
        let (r, slot) = match (in_time, unit) {
            (false, b'Y') => (1, &mut p.years),
            (false, b'M') => (2, &mut p.months),
            (false, b'W') => (3, &mut p.weeks),
            (false, b'D') => (4, &mut p.days),
            (true, b'H') => (5, &mut p.hours),
            (true, b'M') => (6, &mut p.minutes),
            (true, b'S') => (7, &mut p.seconds),
            _ => return None,
        };
        if r <= rank {
            return None;
        }
        rank = r;
        *slot = value;
        if unit == b'S' {
            p.nanos = nanos;
        }
        any = true;
        time_any |= in_time;
    }
    if !any || (in_time && !time_any) {
        return None;
    }
    Some(p)
}

impl Duration {
    /// Converts to `time::Duration` (negative durations allowed). Fails for durations with
    /// year or month components, or beyond `time::Duration`'s range.
    pub fn to_duration(&self) -> Result<time::Duration, EdmError> {
        const K: &str = "Duration";
        let p = parse_duration(self.as_str()).ok_or_else(|| EdmError::invalid(K, self.as_str()))?;
        if p.years != 0 || p.months != 0 {
            return Err(EdmError::conversion(
                K,
                "years and months have no fixed length",
            ));
        }
        let too_big = || EdmError::conversion(K, "out of range");
        if p.overflow {
            return Err(too_big());
        }
        let days = p.weeks.checked_mul(7).and_then(|w| w.checked_add(p.days));
        let secs = days
            .and_then(|d| d.checked_mul(86_400))
            .and_then(|s| s.checked_add(p.hours.checked_mul(3_600)?))
            .and_then(|s| s.checked_add(p.minutes.checked_mul(60)?))
            .and_then(|s| s.checked_add(p.seconds))
            .and_then(|s| i64::try_from(s).ok())
            .ok_or_else(too_big)?;
        let d = time::Duration::new(secs, p.nanos as i32);
        Ok(if p.negative { -d } else { d })
    }
}

impl From<time::Duration> for Duration {
    /// Canonical form: `[-]P[nD][T[nH][nM][n[.f]S]]`, `PT0S` for zero.
    fn from(v: time::Duration) -> Self {
        let mut out = String::with_capacity(16);
        if v.is_negative() {
            out.push('-');
        }
        out.push('P');
        let secs = v.whole_seconds().unsigned_abs();
        let nanos = v.subsec_nanoseconds().unsigned_abs();
        let (days, h, m, s) = (
            secs / 86_400,
            secs % 86_400 / 3_600,
            secs % 3_600 / 60,
            secs % 60,
        );
        if days != 0 {
            out.push_str(&format!("{days}D"));
        }
        if h != 0 || m != 0 || s != 0 || nanos != 0 || days == 0 {
            out.push('T');
            if h != 0 {
                out.push_str(&format!("{h}H"));
            }
            if m != 0 {
                out.push_str(&format!("{m}M"));
            }
            if s != 0 || nanos != 0 || (h == 0 && m == 0) {
                out.push_str(&s.to_string());
                push_fraction(&mut out, nanos);
                out.push('S');
            }
        }
        Duration(out.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass checks of the usual forms agree with the general parsers: on texts
    /// mutated byte by byte from the usual forms (digits out of range, separators, lengths),
    /// each says valid exactly when the general parser does, for every text of its shape, and
    /// never says valid for a text the general parser rejects.
    #[test]
    fn usual_forms_agree_with_the_general_parsers() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = b"0123456789-:T.ZSPt+";
        let (mut usual_dto, mut usual_dur) = (0, 0);
        for base in [
            "2020-02-25T18:52:21.2169889Z",
            "2020-02-29T23:59:59Z",
            "2021-02-28T00:00:00.1Z",
            "PT0.016S",
            "PT1234S",
            "PT0.5S",
        ] {
            for _ in 0..20_000 {
                let mut b = base.as_bytes().to_vec();
                for _ in 0..=(next() % 3) {
                    let at = (next() % b.len() as u64) as usize;
                    match next() % 4 {
                        0 => drop(b.remove(at)),
                        1 => b.insert(at, alphabet[(next() % 19) as usize]),
                        _ => b[at] = alphabet[(next() % 19) as usize],
                    }
                    if b.is_empty() {
                        break;
                    }
                }
                let s = std::str::from_utf8(&b).unwrap();
                let general = parse_date_time_offset(s).is_some();
                if usual_date_time_offset(&b) {
                    usual_dto += 1;
                    assert!(general, "{s}");
                } else if b.len() >= 20
                    && b.ends_with(b"Z")
                    && b[..19].iter().enumerate().all(|(i, c)| match i {
                        4 | 7 => *c == b'-',
                        10 => *c == b'T',
                        13 | 16 => *c == b':',
                        _ => c.is_ascii_digit(),
                    })
                    && (b.len() == 20
                        || (b[19] == b'.'
                            && b.len() > 21
                            && b[20..b.len() - 1].iter().all(u8::is_ascii_digit)))
                {
                    assert!(
                        !general,
                        "the usual form of {s} is valid but not seen as such"
                    );
                }
                let general = parse_duration(s).is_some();
                if usual_duration(&b) {
                    usual_dur += 1;
                    assert!(general, "{s}");
                }
            }
        }
        assert!(
            usual_dto > 1_000 && usual_dur > 1_000,
            "{usual_dto} {usual_dur}"
        );
        assert!(usual_date_time_offset(b"2020-02-25T18:52:21.2169889Z"));
        assert!(!usual_date_time_offset(b"2021-02-29T18:52:21Z"));
        assert!(!valid_date_time_offset("2021-02-29T18:52:21Z"));
        assert!(usual_duration(b"PT0.016S") && !usual_duration(b"PT.5S"));
    }

    #[test]
    fn date_time_offset_grammar() {
        for ok in [
            "2020-05-28T00:10:54.104318Z",
            "2020-05-28T00:10:54.1043189Z",
            "2020-05-28T00:10:54.123456789012Z",
            "2020-02-29T23:59:59+05:30",
            "2020-05-28T00:10Z",
            "2020-05-28t00:10:00z",
            "-0044-03-15T12:00:00-01:00",
            "12020-01-01T00:00:00Z",
        ] {
            assert!(DateTimeOffset::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "String",
            "2020-05-28",
            "2020-05-28T00:10:54",
            "2021-02-29T00:00:00Z",
            "2020-13-01T00:00:00Z",
            "2020-05-28T24:00:00Z",
            "2020-05-28T00:10:54.Z",
            "2020-05-28T00:10:54Z ",
            "2020-05-28T00:10:54+0530",
            "02020-01-01T00:00:00Z",
            "2020-05-28T00:10:54+05:30:00",
        ] {
            assert!(DateTimeOffset::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn date_and_time_grammar() {
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2023-2-1").is_err());
        assert!(TimeOfDay::parse("08:00").is_ok());
        assert!(TimeOfDay::parse("08:00:00.0000000").is_ok());
        assert!(TimeOfDay::parse("08:00:00.").is_err());
        assert!(TimeOfDay::parse("8:00").is_err());
        assert!(TimeOfDay::parse("08:60").is_err());
    }

    #[test]
    fn duration_grammar() {
        for ok in [
            "PT1H",
            "P1D",
            "-P1DT2H3M4.5S",
            "PT0S",
            "P1Y2M3W4D",
            "PT36H",
            "PT0.0000001S",
        ] {
            assert!(Duration::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "P", "PT", "P1DT", "1D", "PT1H1H", "PT1M1H", "P1.5D", "PT1.5M", "P1S", "PT-1S",
            "P1DT1H ",
        ] {
            assert!(Duration::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn duration_conversions() {
        let d = Duration::parse("-P1DT2H3M4.5S")
            .unwrap()
            .to_duration()
            .unwrap();
        assert_eq!(
            d,
            -(time::Duration::days(1)
                + time::Duration::hours(2)
                + time::Duration::minutes(3)
                + time::Duration::milliseconds(4_500))
        );
        assert_eq!(Duration::from(d).as_str(), "-P1DT2H3M4.5S");
        assert_eq!(Duration::from(time::Duration::ZERO).as_str(), "PT0S");
        assert_eq!(Duration::from(time::Duration::hours(1)).as_str(), "PT1H");
        assert_eq!(Duration::from(time::Duration::days(2)).as_str(), "P2D");
        assert_eq!(
            Duration::parse("P1W").unwrap().to_duration().unwrap(),
            time::Duration::days(7)
        );
        assert!(Duration::parse("P1M").unwrap().to_duration().is_err());
        assert!(
            Duration::parse("P99999999999999999999D")
                .unwrap()
                .to_duration()
                .is_err()
        );
    }
}
