//! Types of `microsoft.graph` by the first letters of their names (`wir`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.wiredNetworkInterface`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WiredNetworkInterface {
    /// `anyEthernet` (value 0).
    AnyEthernet,
    /// `firstActiveEthernet` (value 1).
    FirstActiveEthernet,
    /// `secondActiveEthernet` (value 2).
    SecondActiveEthernet,
    /// `thirdActiveEthernet` (value 3).
    ThirdActiveEthernet,
    /// `firstEthernet` (value 4).
    FirstEthernet,
    /// `secondEthernet` (value 5).
    SecondEthernet,
    /// `thirdEthernet` (value 6).
    ThirdEthernet,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WiredNetworkInterface {
    const TYPE_NAME: &'static str = "microsoft.graph.wiredNetworkInterface";
    const MEMBERS: &'static [&'static str] = &[
        "anyEthernet",
        "firstActiveEthernet",
        "secondActiveEthernet",
        "thirdActiveEthernet",
        "firstEthernet",
        "secondEthernet",
        "thirdEthernet",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "anyEthernet" => Self::AnyEthernet,
                "firstActiveEthernet" => Self::FirstActiveEthernet,
                "secondActiveEthernet" => Self::SecondActiveEthernet,
                "thirdActiveEthernet" => Self::ThirdActiveEthernet,
                "firstEthernet" => Self::FirstEthernet,
                "secondEthernet" => Self::SecondEthernet,
                "thirdEthernet" => Self::ThirdEthernet,
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
            Self::AnyEthernet => "anyEthernet",
            Self::FirstActiveEthernet => "firstActiveEthernet",
            Self::SecondActiveEthernet => "secondActiveEthernet",
            Self::ThirdActiveEthernet => "thirdActiveEthernet",
            Self::FirstEthernet => "firstEthernet",
            Self::SecondEthernet => "secondEthernet",
            Self::ThirdEthernet => "thirdEthernet",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WiredNetworkInterface);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WiredNetworkInterface);
