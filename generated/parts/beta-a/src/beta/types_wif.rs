//! Types of `microsoft.graph` by the first letters of their names (`wif`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.wiFiProxySetting`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WiFiProxySetting {
    /// `none` (value 0).
    None,
    /// `manual` (value 1).
    Manual,
    /// `automatic` (value 2).
    Automatic,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WiFiProxySetting {
    const TYPE_NAME: &'static str = "microsoft.graph.wiFiProxySetting";
    const MEMBERS: &'static [&'static str] = &["none", "manual", "automatic"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "manual" => Self::Manual,
                "automatic" => Self::Automatic,
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
            Self::None => "none",
            Self::Manual => "manual",
            Self::Automatic => "automatic",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WiFiProxySetting);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WiFiProxySetting);
