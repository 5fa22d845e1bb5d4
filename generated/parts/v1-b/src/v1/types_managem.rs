//! Types of `microsoft.graph` by the first letters of their names (`managem`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.managementAgentType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagementAgentType {
    /// The device is managed by Exchange server.
    ///
    /// `eas` (value 1).
    Eas,
    /// The device is managed by Intune MDM.
    ///
    /// `mdm` (value 2).
    Mdm,
    /// The device is managed by both Exchange server and Intune MDM.
    ///
    /// `easMdm` (value 3).
    EasMdm,
    /// Intune client managed.
    ///
    /// `intuneClient` (value 4).
    IntuneClient,
    /// The device is EAS and Intune client dual managed.
    ///
    /// `easIntuneClient` (value 5).
    EasIntuneClient,
    /// The device is managed by Configuration Manager.
    ///
    /// `configurationManagerClient` (value 8).
    ConfigurationManagerClient,
    /// The device is managed by Configuration Manager and MDM.
    ///
    /// `configurationManagerClientMdm` (value 10).
    ConfigurationManagerClientMdm,
    /// The device is managed by Configuration Manager, MDM and Eas.
    ///
    /// `configurationManagerClientMdmEas` (value 11).
    ConfigurationManagerClientMdmEas,
    /// Unknown management agent type.
    ///
    /// `unknown` (value 16).
    Unknown,
    /// The device attributes are fetched from Jamf.
    ///
    /// `jamf` (value 32).
    Jamf,
    /// The device is managed by Google's CloudDPC.
    ///
    /// `googleCloudDevicePolicyController` (value 64).
    GoogleCloudDevicePolicyController,
    /// This device is managed by Microsoft 365 through Intune.
    ///
    /// `microsoft365ManagedMdm` (value 258).
    Microsoft365ManagedMdm,
    /// `msSense` (value 1024).
    MsSense,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for ManagementAgentType {
    const TYPE_NAME: &'static str = "microsoft.graph.managementAgentType";
    const MEMBERS: &'static [&'static str] = &[
        "eas",
        "mdm",
        "easMdm",
        "intuneClient",
        "easIntuneClient",
        "configurationManagerClient",
        "configurationManagerClientMdm",
        "configurationManagerClientMdmEas",
        "unknown",
        "jamf",
        "googleCloudDevicePolicyController",
        "microsoft365ManagedMdm",
        "msSense",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "eas" => Self::Eas,
                "mdm" => Self::Mdm,
                "easMdm" => Self::EasMdm,
                "intuneClient" => Self::IntuneClient,
                "easIntuneClient" => Self::EasIntuneClient,
                "configurationManagerClient" => Self::ConfigurationManagerClient,
                "configurationManagerClientMdm" => Self::ConfigurationManagerClientMdm,
                "configurationManagerClientMdmEas" => {
                    Self::ConfigurationManagerClientMdmEas
                }
                "unknown" => Self::Unknown,
                "jamf" => Self::Jamf,
                "googleCloudDevicePolicyController" => {
                    Self::GoogleCloudDevicePolicyController
                }
                "microsoft365ManagedMdm" => Self::Microsoft365ManagedMdm,
                "msSense" => Self::MsSense,
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
            Self::Eas => "eas",
            Self::Mdm => "mdm",
            Self::EasMdm => "easMdm",
            Self::IntuneClient => "intuneClient",
            Self::EasIntuneClient => "easIntuneClient",
            Self::ConfigurationManagerClient => "configurationManagerClient",
            Self::ConfigurationManagerClientMdm => "configurationManagerClientMdm",
            Self::ConfigurationManagerClientMdmEas => "configurationManagerClientMdmEas",
            Self::Unknown => "unknown",
            Self::Jamf => "jamf",
            Self::GoogleCloudDevicePolicyController => {
                "googleCloudDevicePolicyController"
            }
            Self::Microsoft365ManagedMdm => "microsoft365ManagedMdm",
            Self::MsSense => "msSense",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(ManagementAgentType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementAgentType);
