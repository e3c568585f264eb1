//! The progress file: every answer per item, Leitner boxes for review, the typed answers of `mock`.
//!
//! It lives outside `target/` (`cargo clean` must not erase it): `<data dir>/rust-interview/progress.json`,
//! or `INTERVIEW_PROGRESS=<file>`. Writes are atomic (temp file in the same folder, fsync, rename). A file
//! that is unreadable, not valid JSON or from a newer version of the tool is never overwritten.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const VERSION: u32 = 1;

/// Days until an item in box 1..=5 is due again.
pub const INTERVALS: [i64; 5] = [1, 2, 4, 8, 16];

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    #[serde(default)]
    pub items: BTreeMap<String, ItemState>,
    #[serde(default)]
    pub mock_answers: Vec<MockAnswer>,
    /// The exercise `check`, `hint` and `watch` work on.
    #[serde(default)]
    pub current_fix: Option<String>,
    /// Hint steps already shown, per exercise.
    #[serde(default)]
    pub hints: BTreeMap<String, u8>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ItemState {
    /// Leitner box, 1..=5.
    #[serde(rename = "box")]
    pub leitner_box: u8,
    /// Day (days since 1970-01-01) the item is due again.
    pub due: i64,
    pub right: u32,
    pub wrong: u32,
    pub last_day: i64,
    pub last_answer: String,
}

impl ItemState {
    pub fn seen(&self) -> u32 {
        self.right + self.wrong
    }
    pub fn mastered(&self) -> bool {
        self.leitner_box >= 4
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MockAnswer {
    pub question: u32,
    pub date: String,
    pub answer: String,
    pub follow_up_answer: String,
    /// 1 = missed it, 2 = partly, 3 = strong.
    pub self_grade: u8,
    pub seconds: u64,
}

impl Progress {
    pub fn new() -> Progress {
        Progress {
            version: VERSION,
            ..Progress::default()
        }
    }

    /// Records one answer and moves the item between Leitner boxes: right moves it up a box, wrong
    /// sends it back to box 1, due today.
    pub fn record(&mut self, id: &str, right: bool, answer: &str, today: i64) {
        let st = self.items.entry(id.to_string()).or_default();
        if right {
            st.right += 1;
            st.leitner_box = (st.leitner_box + 1).clamp(1, 5);
            st.due = today + INTERVALS[usize::from(st.leitner_box) - 1];
        } else {
            st.wrong += 1;
            st.leitner_box = 1;
            st.due = today;
        }
        st.last_day = today;
        st.last_answer = answer.to_string();
    }
}

/// Why a progress file cannot be used. Each says which file, what is wrong and how to recover.
#[derive(Debug)]
pub enum ProgressError {
    Unreadable(PathBuf, std::io::Error),
    Corrupt(PathBuf, String),
    Newer(PathBuf, u64),
    Unwritable(PathBuf, std::io::Error),
}

impl fmt::Display for ProgressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgressError::Unreadable(p, e) => write!(
                f,
                "cannot read the progress file {}: {e}.\nIt was left as it is. Make it a readable file (check \
                 its permissions), or point INTERVIEW_PROGRESS=<file> at another file.",
                p.display()
            ),
            ProgressError::Corrupt(p, e) => write!(
                f,
                "the progress file {} is damaged ({e}).\nIt was left as it is. To recover, move it aside \
                 (mv {0} {0}.bak) and run again to start fresh, or run `interview reset`, which keeps \
                 the damaged file as {0}.damaged.",
                p.display()
            ),
            ProgressError::Newer(p, v) => write!(
                f,
                "the progress file {} was written by a newer interview tool (format version {v}; this \
                 one reads version {VERSION}).\nIt was left as it is. Update this workspace (git pull), \
                 or point INTERVIEW_PROGRESS=<file> at another file.",
                p.display()
            ),
            ProgressError::Unwritable(p, e) => write!(
                f,
                "cannot save progress to {}: {e}.\nNothing was lost from the file that was there. Make \
                 its folder writable, or point INTERVIEW_PROGRESS=<file> at a writable place.",
                p.display()
            ),
        }
    }
}

/// Where progress is kept: `INTERVIEW_PROGRESS`, or the platform's data directory.
pub fn default_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("INTERVIEW_PROGRESS") {
        return Some(PathBuf::from(p));
    }
    dirs::data_dir().map(|d| d.join("rust-interview").join("progress.json"))
}

pub fn load(path: &Path) -> Result<Progress, ProgressError> {
    let text = match fs::read(path) {
        Ok(t) => t,
        // No file yet (or its folder cannot exist): start fresh; saving will say what is wrong.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(Progress::new());
        }
        Err(e) => return Err(ProgressError::Unreadable(path.to_path_buf(), e)),
    };
    let value: serde_json::Value = serde_json::from_slice(&text)
        .map_err(|e| ProgressError::Corrupt(path.to_path_buf(), format!("not valid JSON: {e}")))?;
    let version = value.get("version").and_then(serde_json::Value::as_u64);
    match version {
        None => {
            return Err(ProgressError::Corrupt(
                path.to_path_buf(),
                "no format \"version\" field".into(),
            ));
        }
        Some(v) if v > u64::from(VERSION) => {
            return Err(ProgressError::Newer(path.to_path_buf(), v));
        }
        Some(_) => {}
    }
    serde_json::from_value(value)
        .map_err(|e| ProgressError::Corrupt(path.to_path_buf(), format!("unexpected content: {e}")))
}

/// Writes atomically: a temp file in the same folder, flushed to disk, then renamed over the old one.
pub fn save(path: &Path, progress: &Progress) -> Result<(), ProgressError> {
    let err = |e| ProgressError::Unwritable(path.to_path_buf(), e);
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(err)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "progress.json".into());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let json = serde_json::to_vec_pretty(progress).expect("progress serializes");
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(&json)?;
        f.write_all(b"\n")?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        // Best effort: make the rename itself durable.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Today as a day number: `INTERVIEW_TODAY=YYYY-MM-DD` (for tests), or the system clock.
pub fn today() -> Result<i64, String> {
    match std::env::var("INTERVIEW_TODAY") {
        Ok(s) => {
            parse_date(&s).ok_or_else(|| format!("INTERVIEW_TODAY={s:?} is not a YYYY-MM-DD date"))
        }
        Err(_) => Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| (d.as_secs() / 86_400) as i64)
            .unwrap_or(0)),
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

pub fn parse_date(s: &str) -> Option<i64> {
    let mut it = s.trim().split('-');
    let y = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    if it.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

pub fn format_date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        let d = parse_date("2026-12-01").unwrap();
        assert_eq!(format_date(d), "2026-12-01");
        assert_eq!(format_date(d + 31), "2027-01-01");
        assert_eq!(parse_date("2026-13-01"), None);
    }

    #[test]
    fn leitner_boxes_move() {
        let mut p = Progress::new();
        p.record("a", true, "ok", 100);
        assert_eq!((p.items["a"].leitner_box, p.items["a"].due), (1, 101));
        p.record("a", true, "ok", 101);
        assert_eq!((p.items["a"].leitner_box, p.items["a"].due), (2, 103));
        p.record("a", false, "E0499", 103);
        assert_eq!((p.items["a"].leitner_box, p.items["a"].due), (1, 103));
        for _ in 0..10 {
            p.record("a", true, "ok", 200);
        }
        assert_eq!(p.items["a"].leitner_box, 5);
    }
}
