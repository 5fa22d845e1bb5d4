//! Lenient JSON reading for hand-written examples: strict JSON first; if that
//! fails, one repair pass that removes comments (`//`, `/* */`), `...`
//! placeholders and trailing commas, adds missing commas between lines,
//! ignores text after the value, and closes a body cut short (open string,
//! dangling key, open brackets). Each repair is reported with its line
//! (1-based, in the body). What still does not parse is unparseable, with
//! the parser's message.

use serde::Serialize;
use serde_json::Value;

/// One change made to the text so that it parses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Repair {
    /// 1-based line in the body.
    pub line: usize,
    /// What was changed.
    pub what: String,
}

/// The result of reading a body leniently.
#[derive(Debug, Clone)]
pub struct Read {
    /// The value, unless the text is unparseable.
    pub value: Option<Value>,
    /// The text that parsed (the input when no repair was needed).
    pub text: String,
    /// Repairs made, in text order.
    pub repairs: Vec<Repair>,
    /// Why the text is unparseable, even after repairs.
    pub error: Option<String>,
}

/// Reads `text` as JSON, repairing what hand-written examples get wrong.
pub fn read(text: &str) -> Read {
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        return Read {
            value: Some(value),
            text: text.to_string(),
            repairs: Vec::new(),
            error: None,
        };
    }
    let (fixed, repairs) = repair(text);
    match serde_json::from_str::<Value>(&fixed) {
        Ok(value) => Read {
            value: Some(value),
            text: fixed,
            repairs,
            error: None,
        },
        Err(e) => Read {
            value: None,
            text: fixed,
            repairs,
            error: Some(format!("{e} (after the repairs)")),
        },
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Frame {
    /// An object; `true` while a key is expected.
    Object(bool),
    Array,
}

/// The last significant token written.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Nothing,
    Open,
    Comma,
    Colon,
    Key,
    Value,
}

struct Fixer<'a> {
    src: &'a [u8],
    at: usize,
    line: usize,
    out: String,
    repairs: Vec<Repair>,
    stack: Vec<Frame>,
    last: Last,
    /// A comma seen but not yet written (dropped if a closing bracket follows).
    pending_comma: Option<usize>,
    /// A newline since the last significant token.
    newline: bool,
}

impl Fixer<'_> {
    fn note(&mut self, line: usize, what: impl Into<String>) {
        self.repairs.push(Repair {
            line,
            what: what.into(),
        });
    }

    /// Before a token that starts a value or a key.
    fn before_item(&mut self) {
        if let Some(line) = self.pending_comma.take() {
            let _ = line;
            self.out.push(',');
            self.last = Last::Comma;
            if let Some(Frame::Object(k)) = self.stack.last_mut() {
                *k = true;
            }
        } else if matches!(self.last, Last::Value) && !self.stack.is_empty() {
            let line = self.line;
            self.note(line, "missing comma added");
            self.out.push(',');
            if let Some(Frame::Object(k)) = self.stack.last_mut() {
                *k = true;
            }
        }
    }

    fn close(&mut self, c: char) {
        if let Some(line) = self.pending_comma.take() {
            self.note(line, "trailing comma removed");
        }
        if self.last == Last::Colon {
            let line = self.line;
            self.note(line, "missing value: null added");
            self.out.push_str("null");
        }
        self.stack.pop();
        self.out.push(c);
        self.last = Last::Value;
    }

    fn run(&mut self) {
        while self.at < self.src.len() {
            let c = self.src[self.at];
            match c {
                b'\n' => {
                    self.line += 1;
                    self.newline = true;
                    self.out.push('\n');
                    self.at += 1;
                }
                b' ' | b'\t' | b'\r' => {
                    self.out.push(c as char);
                    self.at += 1;
                }
                b'/' if self.src.get(self.at + 1) == Some(&b'/') => {
                    let end = self.src[self.at..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(self.src.len(), |p| self.at + p);
                    let text = String::from_utf8_lossy(&self.src[self.at..end])
                        .trim()
                        .to_string();
                    let line = self.line;
                    self.note(line, format!("comment removed: `{text}`"));
                    self.at = end;
                }
                b'/' if self.src.get(self.at + 1) == Some(&b'*') => {
                    let end = find(self.src, self.at + 2, b"*/").map_or(self.src.len(), |p| p + 2);
                    let line = self.line;
                    self.line += self.src[self.at..end]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count();
                    self.note(line, "comment removed");
                    self.at = end;
                }
                b'.' if self.src[self.at..].starts_with(b"...") => {
                    let line = self.line;
                    self.note(line, "`...` placeholder removed");
                    self.at += 3;
                }
                _ if self.src[self.at..].starts_with("…".as_bytes()) => {
                    let line = self.line;
                    self.note(line, "`…` placeholder removed");
                    self.at += "…".len();
                }
                b',' => {
                    if self.pending_comma.is_some() || matches!(self.last, Last::Open | Last::Comma)
                    {
                        let line = self.line;
                        self.note(line, "extra comma removed");
                    } else {
                        self.pending_comma = Some(self.line);
                    }
                    self.at += 1;
                }
                b'}' | b']' => {
                    self.at += 1;
                    self.close(c as char);
                    if self.stack.is_empty() {
                        self.rest();
                        return;
                    }
                }
                b'{' | b'[' => {
                    self.before_item();
                    self.stack.push(if c == b'{' {
                        Frame::Object(true)
                    } else {
                        Frame::Array
                    });
                    self.out.push(c as char);
                    self.last = Last::Open;
                    self.at += 1;
                }
                b':' => {
                    if let Some(Frame::Object(k)) = self.stack.last_mut() {
                        *k = false;
                    }
                    self.out.push(':');
                    self.last = Last::Colon;
                    self.at += 1;
                }
                b'"' => {
                    self.before_item();
                    let is_key = matches!(self.stack.last(), Some(Frame::Object(true)));
                    self.string();
                    self.last = if is_key { Last::Key } else { Last::Value };
                    if self.stack.is_empty() {
                        self.rest();
                        return;
                    }
                }
                _ => {
                    // A bare word or number: copied as is (the parser judges it).
                    self.before_item();
                    let end = self.src[self.at..]
                        .iter()
                        .position(|b| b",}]\n\r\t /:\"".contains(b))
                        .map_or(self.src.len(), |p| self.at + p);
                    let end = end.max(self.at + 1);
                    self.out
                        .push_str(&String::from_utf8_lossy(&self.src[self.at..end]));
                    self.at = end;
                    self.last = Last::Value;
                }
            }
            if !matches!(c, b'\n' | b' ' | b'\t' | b'\r') {
                self.newline = false;
            }
        }
        self.finish();
    }

    /// Copies a string token; a line break or the end inside it closes it.
    fn string(&mut self) {
        self.out.push('"');
        self.at += 1;
        let start = self.at;
        let mut escaped = false;
        while self.at < self.src.len() {
            let b = self.src[self.at];
            if b == b'\n' {
                break;
            }
            self.at += 1;
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                self.out
                    .push_str(&String::from_utf8_lossy(&self.src[start..self.at]));
                return;
            }
        }
        self.out
            .push_str(&String::from_utf8_lossy(&self.src[start..self.at]));
        self.out.push('"');
        let line = self.line;
        self.note(line, "unterminated string closed");
    }

    /// After the top-level value: anything but whitespace is ignored.
    fn rest(&mut self) {
        let rest = String::from_utf8_lossy(&self.src[self.at..]).to_string();
        if !rest.trim().is_empty() {
            let line = self.line;
            self.note(
                line,
                format!("text after the JSON value ignored: `{}`", first_line(&rest)),
            );
        }
        self.at = self.src.len();
    }

    /// At the end of a text cut short: completes a dangling member and closes
    /// the open brackets.
    fn finish(&mut self) {
        if self.stack.is_empty() {
            return;
        }
        if let Some(line) = self.pending_comma.take() {
            self.note(line, "trailing comma removed");
        }
        match self.last {
            Last::Key => self.out.push_str(": null"),
            Last::Colon => self.out.push_str(" null"),
            _ => {}
        }
        let closing: String = self
            .stack
            .iter()
            .rev()
            .map(|f| if matches!(f, Frame::Array) { ']' } else { '}' })
            .collect();
        self.out.push_str(&closing);
        let line = self.line;
        self.note(line, format!("body cut short: closed with `{closing}`"));
        self.stack.clear();
    }
}

fn first_line(s: &str) -> String {
    let l = s.trim().lines().next().unwrap_or("");
    match l.char_indices().nth(40) {
        Some((at, _)) => format!("{}...", &l[..at]),
        None => l.to_string(),
    }
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The repaired text and the repairs made.
fn repair(text: &str) -> (String, Vec<Repair>) {
    let mut f = Fixer {
        src: text.as_bytes(),
        at: 0,
        line: 1,
        out: String::with_capacity(text.len() + 8),
        repairs: Vec::new(),
        stack: Vec::new(),
        last: Last::Nothing,
        pending_comma: None,
        newline: false,
    };
    f.run();
    (f.out, f.repairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn whats(r: &Read) -> Vec<String> {
        r.repairs
            .iter()
            .map(|r| format!("{}: {}", r.line, r.what))
            .collect()
    }

    #[test]
    fn valid_json_needs_no_repair() {
        let r = read(r#"{"a": [1, 2]}"#);
        assert_eq!(r.value, Some(json!({"a": [1, 2]})));
        assert!(r.repairs.is_empty());
    }

    #[test]
    fn trailing_commas_and_comments() {
        let r = read("{\n  \"a\": true, // set on mute\n  \"b\": [1, 2,],\n}");
        assert_eq!(r.value, Some(json!({"a": true, "b": [1, 2]})));
        assert_eq!(
            whats(&r),
            [
                "2: comment removed: `// set on mute`",
                "3: trailing comma removed",
                "3: trailing comma removed"
            ]
        );
    }

    #[test]
    fn placeholders() {
        let r = read("{\n  \"value\": [\n    {\"a\": 1},\n    ...\n  ]\n}");
        assert_eq!(r.value, Some(json!({"value": [{"a": 1}]})));
        assert_eq!(
            whats(&r),
            ["4: `...` placeholder removed", "3: trailing comma removed"]
        );
    }

    #[test]
    fn cut_short() {
        let r = read("{\n\"a\": {\n\"b\": \"x\",\n\"c\": [1,");
        assert_eq!(r.value, Some(json!({"a": {"b": "x", "c": [1]}})));
        assert_eq!(
            whats(&r),
            [
                "4: trailing comma removed",
                "4: body cut short: closed with `]}}`"
            ]
        );
        let r = read("{\n\"a\": \"tex");
        assert_eq!(r.value, Some(json!({"a": "tex"})));
        let r = read("{\n\"a\": 1,\n\"b\"");
        assert_eq!(r.value, Some(json!({"a": 1, "b": null})));
    }

    #[test]
    fn missing_comma_and_trailing_text() {
        let r = read("{\n\"a\": 1\n\"b\": 2\n} and more");
        assert_eq!(r.value, Some(json!({"a": 1, "b": 2})));
        assert_eq!(
            whats(&r),
            [
                "3: missing comma added",
                "4: text after the JSON value ignored: `and more`"
            ]
        );
    }

    #[test]
    fn unparseable() {
        let r = read("{\n\"a\": <guid>\n}");
        assert!(r.value.is_none());
        assert!(r.error.unwrap().contains("expected value"));
    }
}
