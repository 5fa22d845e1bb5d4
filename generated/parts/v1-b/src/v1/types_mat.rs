//! Types of `microsoft.graph` by the first letters of their names (`mat`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.matchConfidenceLevel`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MatchConfidenceLevel {
    /// `exact` (value 0).
    Exact,
    /// `relaxed` (value 1).
    Relaxed,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for MatchConfidenceLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.matchConfidenceLevel";
    const MEMBERS: &'static [&'static str] = &["exact", "relaxed", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "exact" => Self::Exact,
                "relaxed" => Self::Relaxed,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Exact => "exact",
            Self::Relaxed => "relaxed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(MatchConfidenceLevel);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MatchConfidenceLevel);
