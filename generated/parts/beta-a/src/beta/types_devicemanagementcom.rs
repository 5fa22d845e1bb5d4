//! Types of `microsoft.graph` by the first letters of their names (`devicemanagementcom`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementComparisonResult`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementComparisonResult {
    /// `unknown` (value 0).
    Unknown,
    /// `equal` (value 1).
    Equal,
    /// `notEqual` (value 2).
    NotEqual,
    /// `added` (value 3).
    Added,
    /// `removed` (value 4).
    Removed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementComparisonResult {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementComparisonResult";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "equal",
        "notEqual",
        "added",
        "removed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "equal" => Self::Equal,
                "notEqual" => Self::NotEqual,
                "added" => Self::Added,
                "removed" => Self::Removed,
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
            Self::Unknown => "unknown",
            Self::Equal => "equal",
            Self::NotEqual => "notEqual",
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementComparisonResult);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementComparisonResult);
