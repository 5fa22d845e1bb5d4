//! Types of `microsoft.graph` by the first letters of their names (`devicemanagementconfigurationw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationWindowsSettingApplicability`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingApplicability`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceManagementConfigurationWindowsSettingApplicability {
    /// description of the setting
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Device Mode that setting can be applied on
    ///
    /// CSDL: property `deviceMode`: `microsoft.graph.deviceManagementConfigurationDeviceMode`, not nullable.
    pub device_mode: rt::Field<crate::beta::DeviceManagementConfigurationDeviceMode>,
    /// Platform setting can be applied on
    ///
    /// CSDL: property `platform`: `microsoft.graph.deviceManagementConfigurationPlatforms`, not nullable.
    pub platform: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationPlatforms>,
    >,
    /// Which technology channels this setting can be deployed through
    ///
    /// CSDL: property `technologies`: `microsoft.graph.deviceManagementConfigurationTechnologies`, not nullable.
    pub technologies: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationTechnologies>,
    >,
    /// Version of CSP setting is a part of
    ///
    /// CSDL: property `configurationServiceProviderVersion`: `Edm.String`, nullable.
    pub configuration_service_provider_version: rt::Field<::std::string::String>,
    /// Maximum supported version of Windows
    ///
    /// CSDL: property `maximumSupportedVersion`: `Edm.String`, nullable.
    pub maximum_supported_version: rt::Field<::std::string::String>,
    /// Minimum supported version of Windows
    ///
    /// CSDL: property `minimumSupportedVersion`: `Edm.String`, nullable.
    pub minimum_supported_version: rt::Field<::std::string::String>,
    /// Required AzureAD trust type
    ///
    /// CSDL: property `requiredAzureAdTrustType`: `microsoft.graph.deviceManagementConfigurationAzureAdTrustType`, not nullable.
    pub required_azure_ad_trust_type: rt::Field<
        crate::beta::DeviceManagementConfigurationAzureAdTrustType,
    >,
    /// AzureAD setting requirement
    ///
    /// CSDL: property `requiresAzureAd`: `Edm.Boolean`, not nullable.
    pub requires_azure_ad: rt::Field<bool>,
    /// List of Windows SKUs that the setting is applicable for
    ///
    /// CSDL: property `windowsSkus`: `Collection(microsoft.graph.deviceManagementConfigurationWindowsSkus)`, not nullable.
    pub windows_skus: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationWindowsSkus>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationWindowsSettingApplicability {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            device_mode: rt::Field::Absent,
            platform: rt::Field::Absent,
            technologies: rt::Field::Absent,
            configuration_service_provider_version: rt::Field::Absent,
            maximum_supported_version: rt::Field::Absent,
            minimum_supported_version: rt::Field::Absent,
            required_azure_ad_trust_type: rt::Field::Absent,
            requires_azure_ad: rt::Field::Absent,
            windows_skus: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationWindowsSettingApplicability {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationWindowsSettingApplicability";
    const KEYS: &'static [&'static str] = &[
        "description",
        "deviceMode",
        "platform",
        "technologies",
        "configurationServiceProviderVersion",
        "maximumSupportedVersion",
        "minimumSupportedVersion",
        "requiredAzureAdTrustType",
        "requiresAzureAd",
        "windowsSkus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":",
        ",\"deviceMode\":",
        ",\"platform\":",
        ",\"technologies\":",
        ",\"configurationServiceProviderVersion\":",
        ",\"maximumSupportedVersion\":",
        ",\"minimumSupportedVersion\":",
        ",\"requiredAzureAdTrustType\":",
        ",\"requiresAzureAd\":",
        ",\"windowsSkus\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationWindowsSettingApplicability\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "description", &self.description);
        d.field(1usize, "device_mode", &self.device_mode);
        d.field(2usize, "platform", &self.platform);
        d.field(3usize, "technologies", &self.technologies);
        d.field(
            4usize,
            "configuration_service_provider_version",
            &self.configuration_service_provider_version,
        );
        d.field(5usize, "maximum_supported_version", &self.maximum_supported_version);
        d.field(6usize, "minimum_supported_version", &self.minimum_supported_version);
        d.field(
            7usize,
            "required_azure_ad_trust_type",
            &self.required_azure_ad_trust_type,
        );
        d.field(8usize, "requires_azure_ad", &self.requires_azure_ad);
        d.field(9usize, "windows_skus", &self.windows_skus);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationWindowsSettingApplicability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.device_mode.read_from(r),
            2usize => self.platform.read_from(r),
            3usize => self.technologies.read_from(r),
            4usize => self.configuration_service_provider_version.read_from(r),
            5usize => self.maximum_supported_version.read_from(r),
            6usize => self.minimum_supported_version.read_from(r),
            7usize => self.required_azure_ad_trust_type.read_from(r),
            8usize => self.requires_azure_ad.read_from(r),
            9usize => self.windows_skus.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.device_mode);
        w.field(2usize, &self.platform);
        w.field(3usize, &self.technologies);
        w.field(4usize, &self.configuration_service_provider_version);
        w.field(5usize, &self.maximum_supported_version);
        w.field(6usize, &self.minimum_supported_version);
        w.field(7usize, &self.required_azure_ad_trust_type);
        w.field(8usize, &self.requires_azure_ad);
        w.field(9usize, &self.windows_skus);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationWindowsSettingApplicability);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationWindowsSettingApplicability { with_description
    description : ::std::string::String; with_device_mode device_mode : crate
    ::beta::DeviceManagementConfigurationDeviceMode; with_platform platform : rt::Flags <
    crate ::beta::DeviceManagementConfigurationPlatforms >; with_technologies
    technologies : rt::Flags < crate ::beta::DeviceManagementConfigurationTechnologies >;
    with_configuration_service_provider_version configuration_service_provider_version :
    ::std::string::String; with_maximum_supported_version maximum_supported_version :
    ::std::string::String; with_minimum_supported_version minimum_supported_version :
    ::std::string::String; with_required_azure_ad_trust_type required_azure_ad_trust_type
    : crate ::beta::DeviceManagementConfigurationAzureAdTrustType; with_requires_azure_ad
    requires_azure_ad : bool; with_windows_skus windows_skus : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationWindowsSkus >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationWindowsSettingApplicability);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationWindowsSkus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationWindowsSkus {
    /// `unknown` (value 0).
    Unknown,
    /// `windowsHome` (value 1).
    WindowsHome,
    /// `windowsProfessional` (value 2).
    WindowsProfessional,
    /// `windowsEnterprise` (value 3).
    WindowsEnterprise,
    /// `windowsEducation` (value 4).
    WindowsEducation,
    /// `windowsMobile` (value 5).
    WindowsMobile,
    /// `windowsMobileEnterprise` (value 6).
    WindowsMobileEnterprise,
    /// `windowsTeamSurface` (value 7).
    WindowsTeamSurface,
    /// `iot` (value 8).
    Iot,
    /// `iotEnterprise` (value 9).
    IotEnterprise,
    /// `holoLens` (value 10).
    HoloLens,
    /// `holoLensEnterprise` (value 11).
    HoloLensEnterprise,
    /// `holographicForBusiness` (value 12).
    HolographicForBusiness,
    /// `windowsMultiSession` (value 13).
    WindowsMultiSession,
    /// `surfaceHub` (value 14).
    SurfaceHub,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationWindowsSkus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationWindowsSkus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "windowsHome",
        "windowsProfessional",
        "windowsEnterprise",
        "windowsEducation",
        "windowsMobile",
        "windowsMobileEnterprise",
        "windowsTeamSurface",
        "iot",
        "iotEnterprise",
        "holoLens",
        "holoLensEnterprise",
        "holographicForBusiness",
        "windowsMultiSession",
        "surfaceHub",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "windowsHome" => Self::WindowsHome,
                "windowsProfessional" => Self::WindowsProfessional,
                "windowsEnterprise" => Self::WindowsEnterprise,
                "windowsEducation" => Self::WindowsEducation,
                "windowsMobile" => Self::WindowsMobile,
                "windowsMobileEnterprise" => Self::WindowsMobileEnterprise,
                "windowsTeamSurface" => Self::WindowsTeamSurface,
                "iot" => Self::Iot,
                "iotEnterprise" => Self::IotEnterprise,
                "holoLens" => Self::HoloLens,
                "holoLensEnterprise" => Self::HoloLensEnterprise,
                "holographicForBusiness" => Self::HolographicForBusiness,
                "windowsMultiSession" => Self::WindowsMultiSession,
                "surfaceHub" => Self::SurfaceHub,
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
            Self::WindowsHome => "windowsHome",
            Self::WindowsProfessional => "windowsProfessional",
            Self::WindowsEnterprise => "windowsEnterprise",
            Self::WindowsEducation => "windowsEducation",
            Self::WindowsMobile => "windowsMobile",
            Self::WindowsMobileEnterprise => "windowsMobileEnterprise",
            Self::WindowsTeamSurface => "windowsTeamSurface",
            Self::Iot => "iot",
            Self::IotEnterprise => "iotEnterprise",
            Self::HoloLens => "holoLens",
            Self::HoloLensEnterprise => "holoLensEnterprise",
            Self::HolographicForBusiness => "holographicForBusiness",
            Self::WindowsMultiSession => "windowsMultiSession",
            Self::SurfaceHub => "surfaceHub",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationWindowsSkus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationWindowsSkus);
