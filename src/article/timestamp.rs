//! Dates and times as the format writes them (ISO 8601: `2025-04-02`,
//! `2025-04-02T16:00`, `2025-04-02T16:00-04:00`), read without a date
//! library to keep the WebAssembly small, and said the way a newsroom prints them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// Hour and minute, when the file gives a time of day.
    pub time: Option<(u32, u32)>,
    /// Offset from UTC in minutes, when the file gives one.
    pub offset_minutes: Option<i32>,
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Timestamp {
    /// Reads `YYYY-MM-DD`, optionally followed by `THH:MM`, optional `:SS`
    /// (ignored) and an optional `Z` or `±HH:MM`.
    pub fn parse(s: &str) -> Option<Timestamp> {
        let (date, rest) = match s.split_once('T') {
            Some((d, r)) => (d, Some(r)),
            None => (s, None),
        };
        let mut parts = date.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let year = digits(y)? as i32;
        let (month, day) = (digits(m)?, digits(d)?);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let (time, offset_minutes) = match rest {
            None => (None, None),
            Some(rest) => {
                let (clock, offset) = split_offset(rest)?;
                (Some(parse_clock(clock)?), offset)
            }
        };
        Some(Timestamp { year, month, day, time, offset_minutes })
    }

    /// Minutes since 1970-01-01, in UTC when an offset is given.
    fn minutes(&self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        // Days from civil date (proleptic Gregorian), after H. Hinnant.
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        let (h, min) = self.time.unwrap_or((0, 0));
        days * 1440 + h as i64 * 60 + min as i64 - self.offset_minutes.unwrap_or(0) as i64
    }

    /// "April 2, 2025"
    pub fn date_text(&self) -> String {
        let month = MONTHS.get(self.month as usize - 1).copied().unwrap_or("");
        format!("{month} {}, {}", self.day, self.year)
    }

    /// "4 p.m.", "11:30 p.m.", or nothing when the file gives no time.
    pub fn time_text(&self) -> Option<String> {
        let (h, m) = self.time?;
        let (h12, half) = match h {
            0 => (12, "a.m."),
            1..=11 => (h, "a.m."),
            12 => (12, "p.m."),
            _ => (h - 12, "p.m."),
        };
        Some(if m == 0 { format!("{h12} {half}") } else { format!("{h12}:{m:02} {half}") })
    }

    /// "April 2, 2025, 4 p.m."
    pub fn text(&self) -> String {
        match self.time_text() {
            Some(t) => format!("{}, {t}", self.date_text()),
            None => self.date_text(),
        }
    }
}

/// How a timestamp from the file is shown: "April 2, 2025, 4 p.m.", or the
/// value as written when it cannot be read (validation reports that).
pub fn display(value: &str) -> String {
    Timestamp::parse(value).map_or_else(|| value.to_owned(), |t| t.text())
}

fn split_offset(rest: &str) -> Option<(&str, Option<i32>)> {
    if let Some(clock) = rest.strip_suffix('Z') {
        return Some((clock, Some(0)));
    }
    match rest.rfind(['+', '-']) {
        Some(i) => {
            let (clock, off) = rest.split_at(i);
            let sign = if off.starts_with('-') { -1 } else { 1 };
            let (h, m) = off[1..].split_once(':')?;
            if h.len() != 2 || m.len() != 2 {
                return None;
            }
            let (h, m) = (digits(h)?, digits(m)?);
            if h > 23 || m > 59 {
                return None;
            }
            Some((clock, Some(sign * (h * 60 + m) as i32)))
        }
        None => Some((rest, None)),
    }
}

fn parse_clock(clock: &str) -> Option<(u32, u32)> {
    let mut parts = clock.split(':');
    let (h, m) = (parts.next()?, parts.next()?);
    if let Some(s) = parts.next() {
        let whole = s.split('.').next()?;
        if whole.len() != 2 || digits(whole)? > 60 {
            return None;
        }
    }
    if parts.next().is_some() || h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (digits(h)?, digits(m)?);
    (h <= 23 && m <= 59).then_some((h, m))
}

impl Timestamp {
    /// Whether this moment is strictly earlier than `other`. Two times of day
    /// compare as instants (in UTC where offsets are given). A date without a
    /// time means some time that day, wherever it was written: against
    /// anything else, only the calendar dates compare, so "2025-04-02" is not
    /// after "2025-04-02T01:00+03:30", though that instant is 21:30 UTC the
    /// day before. (docs/article-format.md, "Dates")
    pub fn is_before(&self, other: &Timestamp) -> bool {
        match (self.time, other.time) {
            (Some(_), Some(_)) => self.minutes() < other.minutes(),
            _ => (self.year, self.month, self.day) < (other.year, other.month, other.day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_times_and_offsets() {
        let t = Timestamp::parse("2025-04-02T16:00").unwrap();
        assert_eq!((t.year, t.month, t.day, t.time), (2025, 4, 2, Some((16, 0))));
        assert_eq!(Timestamp::parse("2025-04-02T23:30:15-04:00").unwrap().offset_minutes, Some(-240));
        assert_eq!(Timestamp::parse("2025-04-02T23:30Z").unwrap().offset_minutes, Some(0));
        assert!(Timestamp::parse("2025-04-02").unwrap().time.is_none());
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in ["", "2025", "2025-4-2", "2025-02-30", "2025-13-01", "2025-04-02T24:00", "April 2", "2025-04-02T4pm"] {
            assert!(Timestamp::parse(bad).is_none(), "{bad} should not parse");
        }
    }

    #[test]
    fn times_order_by_instant_and_a_bare_date_by_its_day() {
        let p = |s| Timestamp::parse(s).unwrap();
        let before = |a, b| p(a).is_before(&p(b));
        assert!(before("2025-04-02T16:00", "2025-04-02T23:30"));
        assert!(before("2025-04-02T23:30Z", "2025-04-02T20:00-04:00"));
        assert!(before("2025-04-02T23:30", "2025-04-03"));
        assert!(before("2025-04-01", "2025-04-02T00:30"));
        // A bare date is that whole day: neither before nor after a time on it,
        // even one whose instant falls on the day before in UTC.
        assert!(!before("2025-04-02", "2025-04-02T16:00") && !before("2025-04-02T16:00", "2025-04-02"));
        assert!(!before("2025-04-02T01:00+03:30", "2025-04-02"));
        assert!(!before("2025-04-02", "2025-04-02T01:00+03:30"));
    }

    #[test]
    fn says_times_as_a_newsroom_prints_them() {
        assert_eq!(Timestamp::parse("2025-04-02T16:00").unwrap().text(), "April 2, 2025, 4 p.m.");
        assert_eq!(Timestamp::parse("2025-04-02T23:30").unwrap().time_text().unwrap(), "11:30 p.m.");
        assert_eq!(Timestamp::parse("2025-04-02").unwrap().text(), "April 2, 2025");
    }
}
