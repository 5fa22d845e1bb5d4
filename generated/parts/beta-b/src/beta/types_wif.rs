//! Types of `microsoft.graph` by the first letters of their names (`wif`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.wiFiAuthenticationMethod`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WiFiAuthenticationMethod {
    /// `certificate` (value 0).
    Certificate,
    /// `usernameAndPassword` (value 1).
    UsernameAndPassword,
    /// `derivedCredential` (value 2).
    DerivedCredential,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WiFiAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.wiFiAuthenticationMethod";
    const MEMBERS: &'static [&'static str] = &[
        "certificate",
        "usernameAndPassword",
        "derivedCredential",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "certificate" => Self::Certificate,
                "usernameAndPassword" => Self::UsernameAndPassword,
                "derivedCredential" => Self::DerivedCredential,
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
            Self::Certificate => "certificate",
            Self::UsernameAndPassword => "usernameAndPassword",
            Self::DerivedCredential => "derivedCredential",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WiFiAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WiFiAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.wiFiSecurityType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WiFiSecurityType {
    /// `open` (value 0).
    Open,
    /// `wpaPersonal` (value 1).
    WpaPersonal,
    /// `wpaEnterprise` (value 2).
    WpaEnterprise,
    /// `wep` (value 3).
    Wep,
    /// `wpa2Personal` (value 4).
    Wpa2Personal,
    /// `wpa2Enterprise` (value 5).
    Wpa2Enterprise,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WiFiSecurityType {
    const TYPE_NAME: &'static str = "microsoft.graph.wiFiSecurityType";
    const MEMBERS: &'static [&'static str] = &[
        "open",
        "wpaPersonal",
        "wpaEnterprise",
        "wep",
        "wpa2Personal",
        "wpa2Enterprise",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "open" => Self::Open,
                "wpaPersonal" => Self::WpaPersonal,
                "wpaEnterprise" => Self::WpaEnterprise,
                "wep" => Self::Wep,
                "wpa2Personal" => Self::Wpa2Personal,
                "wpa2Enterprise" => Self::Wpa2Enterprise,
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
            Self::Open => "open",
            Self::WpaPersonal => "wpaPersonal",
            Self::WpaEnterprise => "wpaEnterprise",
            Self::Wep => "wep",
            Self::Wpa2Personal => "wpa2Personal",
            Self::Wpa2Enterprise => "wpa2Enterprise",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WiFiSecurityType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WiFiSecurityType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.wifiAuthenticationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WifiAuthenticationType {
    /// `none` (value 0).
    None,
    /// `user` (value 1).
    User,
    /// `machine` (value 2).
    Machine,
    /// `machineOrUser` (value 3).
    MachineOrUser,
    /// `guest` (value 4).
    Guest,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WifiAuthenticationType {
    const TYPE_NAME: &'static str = "microsoft.graph.wifiAuthenticationType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "user",
        "machine",
        "machineOrUser",
        "guest",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "user" => Self::User,
                "machine" => Self::Machine,
                "machineOrUser" => Self::MachineOrUser,
                "guest" => Self::Guest,
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
            Self::User => "user",
            Self::Machine => "machine",
            Self::MachineOrUser => "machineOrUser",
            Self::Guest => "guest",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WifiAuthenticationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WifiAuthenticationType);
