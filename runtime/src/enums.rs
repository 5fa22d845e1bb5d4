//! String enums ([`StrEnum`], implemented by generated enums) and [`Flags<E>`] for
//! `IsFlags="true"` enums, which Graph writes as one comma-separated string (`"audio,video"`).
//!
//! Members are recognised exactly, then case-insensitively (Graph's documented bodies write
//! `"running"` for the member `Running`); a value recognised by case keeps its spelling in the
//! containing object ([`Spelling`], see [`Extra`](crate::Extra)) and is written back as it
//! came. Unknown names go to the enum's fallback variant, which keeps the text.
//!
//! `Flags` keeps the members in order and, when the original text is not in canonical form
//! (`"video, audio"`, `",audio"`, `"Audio"`), the original text too, so that writing back is
//! byte-identical.

use std::borrow::Cow;

use crate::json::error::{NoteKind, ReadResult};
use crate::json::read::{Reader, note};
use crate::json::write::Writer;
use crate::value::{FromJson, ToJson};

/// A string-valued enum generated from a CSDL enum type.
pub trait StrEnum: Sized {
    /// The qualified enum type name, e.g. `microsoft.graph.modality`.
    const TYPE_NAME: &'static str;
    /// The member names as written in JSON, in declaration order.
    const MEMBERS: &'static [&'static str];
    /// The member whose JSON name is exactly `name`.
    fn from_known(name: &str) -> Option<Self>;
    /// The fallback value keeping a name this version of the metadata does not define.
    /// (Plumbing for reading, left out of the documentation: build the `Unrecognized`
    /// variant directly.)
    #[doc(hidden)]
    fn unrecognized(name: String) -> Self;
    /// The member name as written in JSON (the kept text for the fallback variant).
    fn as_str(&self) -> &str;

    /// The member for a JSON name: exact, else case-insensitive, else the fallback variant.
    fn from_name(name: &str) -> Self {
        if let Some(m) = Self::from_known(name) {
            return m;
        }
        match ignoring_case(Self::MEMBERS, name).and_then(Self::from_known) {
            Some(m) => m,
            None => Self::unrecognized(name.to_owned()),
        }
    }
}

/// The member of `members` equal to `name` ignoring ASCII case.
fn ignoring_case(members: &'static [&'static str], name: &str) -> Option<&'static str> {
    members
        .iter()
        .copied()
        .find(|m| m.eq_ignore_ascii_case(name))
}

/// The original text of an enum member recognised only case-insensitively, kept in the
/// containing object for writing back: `slot` is the member's index in the object's type,
/// `index` the element index in a collection (`u32::MAX` for a single value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    /// Index of the object member (declaration order).
    pub slot: u32,
    /// Element index in a collection, `u32::MAX` for a single value.
    pub index: u32,
    /// The text as read (`"running"`).
    pub text: Box<str>,
}

/// Reads a string enum (generated enums' `FromJson`): any string is accepted.
#[inline(never)]
#[allow(clippy::question_mark)] // a `?` here is one more function per enum (see below)
pub fn read_enum<E: StrEnum>(r: &mut Reader<'_>) -> ReadResult<E> {
    let (element, at) = (r.element, r.offset());
    // `match`, not `?`: `?` converts the error through a function per return type, so one
    // per enum in the crate using the types.
    let name = match r.string(E::TYPE_NAME) {
        Ok(name) => name,
        Err(e) => return Err(e),
    };
    if let Some(m) = E::from_known(name) {
        return Ok(m);
    }
    // The rest is not generic: an owned name, moved in and out, needs no clean-up code here.
    let name = name.to_owned();
    match not_exact(r, E::TYPE_NAME, E::MEMBERS, name, element, at) {
        Ok(canonical) => match E::from_known(canonical) {
            Some(m) => Ok(m),
            None => Ok(E::unrecognized(canonical.to_owned())),
        },
        Err(name) => Ok(E::unrecognized(name)),
    }
}

/// The member a name that is not exactly one (`name`, read at `at`) denotes ignoring case, or
/// the name back when none does; records its spelling for the containing object, and the
/// note when the reader takes them. Not generic: every enum shares it.
#[cold]
#[inline(never)]
fn not_exact(
    r: &mut Reader<'_>,
    type_name: &'static str,
    members: &'static [&'static str],
    name: String,
    element: u32,
    at: usize,
) -> Result<&'static str, String> {
    let member = ignoring_case(members, &name);
    if r.notes {
        let kind = if member.is_some() {
            NoteKind::EnumCase
        } else {
            NoteKind::UnknownEnumMember
        };
        note(r, kind, type_name, at, &name, None);
    }
    match member {
        Some(m) => {
            r.spellings.push((element, name.into()));
            Ok(m)
        }
        None => Err(name),
    }
}

/// Writes a string enum (generated enums' `ToJson`), named `name`: the recorded spelling
/// when it still names the member, else `name`.
#[inline(never)]
pub fn write_enum(name: &str, w: &mut Writer, spellings: &[Spelling], slot: u32, index: u32) {
    let spelled = spellings
        .iter()
        .find(|s| s.slot == slot && s.index == index && s.text.eq_ignore_ascii_case(name));
    w.str(spelled.map_or(name, |s| &s.text));
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

impl<E: StrEnum> FromJson for Flags<E> {
    const EXPECTED: &'static str = E::TYPE_NAME;
    #[inline]
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        let (notes, at) = (r.notes, r.offset());
        let text = r.string(E::TYPE_NAME)?;
        let flags = Self::parse(text);
        if notes {
            let text = text.to_owned();
            note_flags::<E>(r, at, &text);
        }
        Ok(flags)
    }
}

/// The notes for the names of a flags value `text` that are not members as written.
#[cold]
fn note_flags<E: StrEnum>(r: &mut Reader<'_>, at: usize, text: &str) {
    for name in text.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let kind = if E::from_known(name).is_some() {
            continue;
        } else if ignoring_case(E::MEMBERS, name).is_some() {
            NoteKind::EnumCase
        } else {
            NoteKind::UnknownEnumMember
        };
        note(r, kind, E::TYPE_NAME, at, name, None);
    }
}

impl<E: StrEnum> ToJson for Flags<E> {
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        w.str(&self.to_text())
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
        const MEMBERS: &'static [&'static str] = &["red", "blue"];
        fn as_str(&self) -> &str {
            match self {
                Color::Red => "red",
                Color::Blue => "blue",
                Color::Other(s) => s,
            }
        }
        fn from_known(s: &str) -> Option<Self> {
            match s {
                "red" => Some(Color::Red),
                "blue" => Some(Color::Blue),
                _ => None,
            }
        }
        fn unrecognized(s: String) -> Self {
            Color::Other(s)
        }
    }

    #[test]
    fn members_are_recognised_by_case_and_spelled_back() {
        assert_eq!(Color::from_name("RED"), Color::Red);
        assert_eq!(Color::from_name("green"), Color::Other("green".into()));
        let f = Flags::<Color>::parse("Red,blue");
        assert_eq!(f.as_slice(), [Color::Red, Color::Blue]);
        assert_eq!(f.to_text(), "Red,blue");
        let mut w = Writer::new();
        let sp = [Spelling {
            slot: 2,
            index: u32::MAX,
            text: "RED".into(),
        }];
        write_enum(Color::Red.as_str(), &mut w, &sp, 2, u32::MAX);
        write_enum(Color::Red.as_str(), &mut w, &sp, 1, u32::MAX);
        write_enum(Color::Blue.as_str(), &mut w, &sp, 2, u32::MAX);
        assert_eq!(w.as_str(), r#""RED""red""blue""#);
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
