//! Findings: what a check found in an example, each with a JSON path (or a
//! body line for repairs), what the schema expects and what the body has.

use serde::Serialize;
use std::fmt;

/// The kinds of finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The lenient reader changed the text (trailing comma, comment, cut body, ...).
    Repair,
    /// The text is not JSON even after repairs.
    Unparseable,
    /// A value does not fit its declared Edm or enum type (or the body is not the declared shape).
    SchemaViolation,
    /// A member that is not a property of the type (and the type is not open).
    UnknownProperty,
    /// A member of an open type that is not a declared property (allowed).
    DynamicProperty,
    /// A member whose name matches a declared property only when letter case is ignored
    /// (`sendResponse` for `SendResponse`), on open and closed types alike.
    MemberCasing,
    /// A `value` array inside a single entity or complex value: a collection page where one
    /// value belongs.
    CollectionWrapper,
    /// An enum value that matches a member only when letter case is ignored.
    EnumCasing,
    /// A value that is no member of an evolvable enum (one with `unknownFutureValue`):
    /// clients must accept new members, so a finding, not a violation.
    UnknownEnumMember,
    /// An `@odata.type` that names no type of this version.
    UnknownOdataType,
    /// The declared type, or the operation of the request line, is not in this version's metadata.
    NotInMetadata,
    /// No type could be determined for the body.
    NoType,
    /// The declared type in the annotation is not a type name.
    BadAnnotation,
    /// The typed round-trip changed the JSON (a generator or runtime defect).
    Lossy,
}

impl Kind {
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Repair => "repair",
            Kind::Unparseable => "unparseable",
            Kind::SchemaViolation => "schema_violation",
            Kind::UnknownProperty => "unknown_property",
            Kind::DynamicProperty => "dynamic_property",
            Kind::MemberCasing => "member_casing",
            Kind::CollectionWrapper => "collection_wrapper",
            Kind::EnumCasing => "enum_casing",
            Kind::UnknownEnumMember => "unknown_enum_member",
            Kind::UnknownOdataType => "unknown_odata_type",
            Kind::NotInMetadata => "not_in_metadata",
            Kind::NoType => "no_type",
            Kind::BadAnnotation => "bad_annotation",
            Kind::Lossy => "lossy",
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What kind.
    pub kind: Kind,
    /// JSON path (`$.participants[0].info`), empty when the finding is about the whole example.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
    /// 1-based line in the body (repairs and unparseable text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// What the schema (or JSON) expects.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub expected: String,
    /// What the body has.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub found: String,
}

impl Finding {
    /// A finding at a JSON path.
    pub fn at(
        kind: Kind,
        path: &str,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) -> Finding {
        Finding {
            kind,
            path: path.to_string(),
            line: None,
            expected: expected.into(),
            found: found.into(),
        }
    }

    /// A finding at a line of the body.
    pub fn line(kind: Kind, line: usize, found: impl Into<String>) -> Finding {
        Finding {
            kind,
            path: String::new(),
            line: Some(line),
            expected: String::new(),
            found: found.into(),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.as_str())?;
        if !self.path.is_empty() {
            write!(f, " at {}", self.path)?;
        }
        if let Some(l) = self.line {
            write!(f, " (body line {l})")?;
        }
        if !self.expected.is_empty() {
            write!(f, ": expected {}", self.expected)?;
        }
        if !self.found.is_empty() {
            let sep = if self.expected.is_empty() { ": " } else { "; " };
            write!(f, "{sep}found {}", self.found)?;
        }
        Ok(())
    }
}
