//! String enums ([`StrEnum`], implemented by generated enums) and [`Flags<E>`] for
//! `IsFlags="true"` enums, which Graph writes as one comma-separated string (`"audio,video"`).
//!
//! `Flags` keeps the members in order (unknown names survive through the enum's fallback
//! variant) and, when the original text is not in canonical form (`"video, audio"`, `",audio"`),
//! the original text too, so that writing back is byte-identical.

use std::borrow::Cow;

use crate::de::{DeError, DeResult, DeValue, Event};
use crate::ser::{SerResult, SerValue, Sink};

/// A string-valued enum. `from_name` never fails: unknown names go to a fallback variant that
/// holds the string (and whose `as_str` returns it).
pub trait StrEnum: Sized {
    /// The qualified enum type name, e.g. `microsoft.graph.modality`.
    const TYPE_NAME: &'static str;
    /// The member name as written in JSON.
    fn as_str(&self) -> &str;
    /// The member for a JSON name (fallback variant for unknown names).
    fn from_name(s: &str) -> Self;
}

/// Reads a string enum (used by `impl_enum!`): any string is accepted via `from_name`.
pub fn de_str_enum<E: StrEnum>(ev: Event<'_>) -> DeResult<E> {
    match ev {
        Event::Str(s) => Ok(E::from_name(s)),
        other => Err(DeError::invalid_type(&other, E::TYPE_NAME)),
    }
}

/// The members of a flags enum value, e.g. `audio,video`.
#[derive(Debug, Clone, PartialEq)]
pub struct Flags<E> {
    members: Vec<E>,
    /// The original text when it differs from the canonical `members.join(",")`.
    text: Option<String>,
}

impl<E> Default for Flags<E> {
    fn default() -> Self {
        Flags {
            members: Vec::new(),
            text: None,
        }
    }
}

impl<E> Flags<E> {
    /// No members (written as `""`).
    pub fn new() -> Self {
        Self::default()
    }

    /// The members in order.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.members.iter()
    }

    /// The members in order.
    pub fn as_slice(&self) -> &[E] {
        &self.members
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The text as read, if it was not in canonical form (and the value wasn't modified since).
    pub fn original_text(&self) -> Option<&str> {
        self.text.as_deref()
    }
}

impl<E: PartialEq> Flags<E> {
    /// Whether `member` is set.
    pub fn contains(&self, member: &E) -> bool {
        self.members.contains(member)
    }

    /// Adds `member` if missing (returns whether it was added). Drops the original text.
    pub fn insert(&mut self, member: E) -> bool {
        if self.contains(&member) {
            return false;
        }
        self.members.push(member);
        self.text = None;
        true
    }

    /// Removes `member` (returns whether it was present). Drops the original text.
    pub fn remove(&mut self, member: &E) -> bool {
        let before = self.members.len();
        self.members.retain(|m| m != member);
        let removed = self.members.len() != before;
        if removed {
            self.text = None;
        }
        removed
    }
}

impl<E: StrEnum> Flags<E> {
    /// Parses a comma-separated member list; never fails (unknown names are kept).
    pub fn parse(s: &str) -> Self {
        let mut members = Vec::new();
        let mut canonical = true;
        if !s.is_empty() {
            for part in s.split(',') {
                let name = part.trim();
                if name.is_empty() {
                    canonical = false;
                    continue;
                }
                let member = E::from_name(name);
                canonical &= name.len() == part.len() && member.as_str() == name;
                members.push(member);
            }
        }
        Flags {
            members,
            text: (!canonical).then(|| s.to_owned()),
        }
    }

    /// The JSON string: the original text if kept, else the members joined with `,`.
    pub fn to_text(&self) -> Cow<'_, str> {
        match (&self.text, self.members.as_slice()) {
            (Some(t), _) => Cow::Borrowed(t),
            (None, []) => Cow::Borrowed(""),
            (None, [one]) => Cow::Borrowed(one.as_str()),
            (None, many) => {
                let mut out = String::new();
                for (i, m) in many.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(m.as_str());
                }
                Cow::Owned(out)
            }
        }
    }
}

impl<E> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        Flags {
            members: iter.into_iter().collect(),
            text: None,
        }
    }
}

impl<'a, E> IntoIterator for &'a Flags<E> {
    type Item = &'a E;
    type IntoIter = std::slice::Iter<'a, E>;
    fn into_iter(self) -> Self::IntoIter {
        self.members.iter()
    }
}

impl<E: StrEnum> DeValue for Flags<E> {
    const EXPECTED: &'static str = E::TYPE_NAME;
    fn from_event(ev: Event<'_>) -> DeResult<Self> {
        match ev {
            Event::Str(s) => Ok(Self::parse(s)),
            other => Err(DeError::invalid_type(&other, E::TYPE_NAME)),
        }
    }
}

impl<E: StrEnum> SerValue for Flags<E> {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.str(&self.to_text())
    }
}

impl<E: StrEnum> serde::Serialize for Flags<E> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_text())
    }
}

impl<'de, E: StrEnum> serde::Deserialize<'de> for Flags<E> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::deserialize_value(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    enum Color {
        Red,
        Blue,
        Other(String),
    }

    impl StrEnum for Color {
        const TYPE_NAME: &'static str = "test.color";
        fn as_str(&self) -> &str {
            match self {
                Color::Red => "red",
                Color::Blue => "blue",
                Color::Other(s) => s,
            }
        }
        fn from_name(s: &str) -> Self {
            match s {
                "red" => Color::Red,
                "blue" => Color::Blue,
                s => Color::Other(s.to_owned()),
            }
        }
    }

    #[test]
    fn canonical_text_is_not_stored() {
        let f = Flags::<Color>::parse("red,blue");
        assert_eq!(f.original_text(), None);
        assert_eq!(f.to_text(), "red,blue");
        assert_eq!(Flags::<Color>::parse("").original_text(), None);
        assert!(Flags::<Color>::parse("").is_empty());
    }

    #[test]
    fn odd_text_is_kept_until_modified() {
        let mut f = Flags::<Color>::parse("blue, red,,green");
        assert_eq!(
            f.as_slice(),
            [Color::Blue, Color::Red, Color::Other("green".into())]
        );
        assert_eq!(f.to_text(), "blue, red,,green");
        assert!(!f.insert(Color::Red));
        assert_eq!(f.to_text(), "blue, red,,green");
        assert!(f.remove(&Color::Red));
        assert_eq!(f.to_text(), "blue,green");
        assert!(f.contains(&Color::Blue));
        let g: Flags<Color> = [Color::Red].into_iter().collect();
        assert_eq!(g.to_text(), "red");
    }
}
