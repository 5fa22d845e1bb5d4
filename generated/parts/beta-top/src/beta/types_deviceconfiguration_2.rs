//! Types of `microsoft.graph` by the first letters of their names (`deviceconfiguration_2`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceConfiguration {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &v.id,
            Self::AndroidCertificateProfileBase(v) => &v.id,
            Self::AndroidCustomConfiguration(v) => &v.id,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.id,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.id
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.id,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.id,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.id,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.id,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.id,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.id,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.id,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.id,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.id,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.id,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.id,
            Self::AndroidForWorkCustomConfiguration(v) => &v.id,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.id,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.id,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.id,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.id,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.id,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.id,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.id,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.id,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.id,
            Self::AndroidForWorkVpnConfiguration(v) => &v.id,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.id,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.id,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.id,
            Self::AndroidOmaCpConfiguration(v) => &v.id,
            Self::AndroidPkcsCertificateProfile(v) => &v.id,
            Self::AndroidScepCertificateProfile(v) => &v.id,
            Self::AndroidTrustedRootCertificate(v) => &v.id,
            Self::AndroidVpnConfiguration(v) => &v.id,
            Self::AndroidWiFiConfiguration(v) => &v.id,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.id,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.id,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.id,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.id,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.id,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.id,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.id,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.id,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.id,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.id,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.id,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.id,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.id,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.id,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.id,
            Self::AppleVpnConfiguration(v) => &v.id,
            Self::EasEmailProfileConfigurationBase(v) => &v.id,
            Self::EditionUpgradeConfiguration(v) => &v.id,
            Self::IosCertificateProfile(v) => &v.id,
            Self::IosCertificateProfileBase(v) => &v.id,
            Self::IosCustomConfiguration(v) => &v.id,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &v.id,
            Self::IosDeviceFeaturesConfiguration(v) => &v.id,
            Self::IosEasEmailProfileConfiguration(v) => &v.id,
            Self::IosEduDeviceConfiguration(v) => &v.id,
            Self::IosEducationDeviceConfiguration(v) => &v.id,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.id,
            Self::IosExpeditedCheckinConfiguration(v) => &v.id,
            Self::IosGeneralDeviceConfiguration(v) => &v.id,
            Self::IosImportedPfxCertificateProfile(v) => &v.id,
            Self::IosPkcsCertificateProfile(v) => &v.id,
            Self::IosScepCertificateProfile(v) => &v.id,
            Self::IosTrustedRootCertificate(v) => &v.id,
            Self::IosUpdateConfiguration(v) => &v.id,
            Self::IosVpnConfiguration(v) => &v.id,
            Self::IosWiFiConfiguration(v) => &v.id,
            Self::IosikEv2VpnConfiguration(v) => &v.id,
            Self::MacOsCertificateProfileBase(v) => &v.id,
            Self::MacOsCustomAppConfiguration(v) => &v.id,
            Self::MacOsCustomConfiguration(v) => &v.id,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.id,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.id,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.id,
            Self::MacOsExtensionsConfiguration(v) => &v.id,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.id,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.id,
            Self::MacOsPkcsCertificateProfile(v) => &v.id,
            Self::MacOsScepCertificateProfile(v) => &v.id,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.id,
            Self::MacOsTrustedRootCertificate(v) => &v.id,
            Self::MacOsVpnConfiguration(v) => &v.id,
            Self::MacOsWiFiConfiguration(v) => &v.id,
            Self::MacOsWiredNetworkConfiguration(v) => &v.id,
            Self::SharedPcConfiguration(v) => &v.id,
            Self::UnsupportedDeviceConfiguration(v) => &v.id,
            Self::VpnConfiguration(v) => &v.id,
            Self::Windows10CertificateProfileBase(v) => &v.id,
            Self::Windows10CustomConfiguration(v) => &v.id,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.id,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.id,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.id,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.id,
            Self::Windows10GeneralConfiguration(v) => &v.id,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.id,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.id,
            Self::Windows10PfxImportCertificateProfile(v) => &v.id,
            Self::Windows10PkcsCertificateProfile(v) => &v.id,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.id,
            Self::Windows10TeamGeneralConfiguration(v) => &v.id,
            Self::Windows10VpnConfiguration(v) => &v.id,
            Self::Windows81CertificateProfileBase(v) => &v.id,
            Self::Windows81GeneralConfiguration(v) => &v.id,
            Self::Windows81ScepCertificateProfile(v) => &v.id,
            Self::Windows81TrustedRootCertificate(v) => &v.id,
            Self::Windows81VpnConfiguration(v) => &v.id,
            Self::Windows81WifiImportConfiguration(v) => &v.id,
            Self::WindowsCertificateProfileBase(v) => &v.id,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.id,
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.id,
            Self::WindowsDomainJoinConfiguration(v) => &v.id,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.id,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.id,
            Self::WindowsKioskConfiguration(v) => &v.id,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.id,
            Self::WindowsPhone81CustomConfiguration(v) => &v.id,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.id,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.id,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.id,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.id,
            Self::WindowsPhone81VpnConfiguration(v) => &v.id,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.id,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.id,
            Self::WindowsVpnConfiguration(v) => &v.id,
            Self::WindowsWifiConfiguration(v) => &v.id,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.id,
            Self::AndroidCertificateProfileBase(v) => &mut v.id,
            Self::AndroidCustomConfiguration(v) => &mut v.id,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.id,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.id
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.id,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut v.id,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut v.id,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.id,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.id,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.id,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.id,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.id,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.id,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.id,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.id,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.id,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.id,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.id,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.id,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.id,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.id,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.id,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.id,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.id,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.id,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.id,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.id,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.id,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.id,
            Self::AndroidOmaCpConfiguration(v) => &mut v.id,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.id,
            Self::AndroidScepCertificateProfile(v) => &mut v.id,
            Self::AndroidTrustedRootCertificate(v) => &mut v.id,
            Self::AndroidVpnConfiguration(v) => &mut v.id,
            Self::AndroidWiFiConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.id,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.id,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.id,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.id,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.id,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.id,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.id,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.id,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.id,
            Self::AppleVpnConfiguration(v) => &mut v.id,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.id,
            Self::EditionUpgradeConfiguration(v) => &mut v.id,
            Self::IosCertificateProfile(v) => &mut v.id,
            Self::IosCertificateProfileBase(v) => &mut v.id,
            Self::IosCustomConfiguration(v) => &mut v.id,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &mut v.id,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.id,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.id,
            Self::IosEduDeviceConfiguration(v) => &mut v.id,
            Self::IosEducationDeviceConfiguration(v) => &mut v.id,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.id,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.id,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.id,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.id,
            Self::IosPkcsCertificateProfile(v) => &mut v.id,
            Self::IosScepCertificateProfile(v) => &mut v.id,
            Self::IosTrustedRootCertificate(v) => &mut v.id,
            Self::IosUpdateConfiguration(v) => &mut v.id,
            Self::IosVpnConfiguration(v) => &mut v.id,
            Self::IosWiFiConfiguration(v) => &mut v.id,
            Self::IosikEv2VpnConfiguration(v) => &mut v.id,
            Self::MacOsCertificateProfileBase(v) => &mut v.id,
            Self::MacOsCustomAppConfiguration(v) => &mut v.id,
            Self::MacOsCustomConfiguration(v) => &mut v.id,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.id,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.id,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.id,
            Self::MacOsExtensionsConfiguration(v) => &mut v.id,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.id,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.id,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.id,
            Self::MacOsScepCertificateProfile(v) => &mut v.id,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.id,
            Self::MacOsTrustedRootCertificate(v) => &mut v.id,
            Self::MacOsVpnConfiguration(v) => &mut v.id,
            Self::MacOsWiFiConfiguration(v) => &mut v.id,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.id,
            Self::SharedPcConfiguration(v) => &mut v.id,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.id,
            Self::VpnConfiguration(v) => &mut v.id,
            Self::Windows10CertificateProfileBase(v) => &mut v.id,
            Self::Windows10CustomConfiguration(v) => &mut v.id,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut v.id,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.id,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.id,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut v.id,
            Self::Windows10GeneralConfiguration(v) => &mut v.id,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.id,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.id,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.id,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.id,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.id,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.id,
            Self::Windows10VpnConfiguration(v) => &mut v.id,
            Self::Windows81CertificateProfileBase(v) => &mut v.id,
            Self::Windows81GeneralConfiguration(v) => &mut v.id,
            Self::Windows81ScepCertificateProfile(v) => &mut v.id,
            Self::Windows81TrustedRootCertificate(v) => &mut v.id,
            Self::Windows81VpnConfiguration(v) => &mut v.id,
            Self::Windows81WifiImportConfiguration(v) => &mut v.id,
            Self::WindowsCertificateProfileBase(v) => &mut v.id,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut v.id,
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.id,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.id,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.id,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.id,
            Self::WindowsKioskConfiguration(v) => &mut v.id,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.id,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.id,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.id,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.id,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.id,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.id,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.id,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.id,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.id,
            Self::WindowsVpnConfiguration(v) => &mut v.id,
            Self::WindowsWifiConfiguration(v) => &mut v.id,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceConfiguration(v) => &v.created_date_time,
            Self::AndroidCertificateProfileBase(v) => &v.created_date_time,
            Self::AndroidCustomConfiguration(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.created_date_time
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.created_date_time
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.created_date_time
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.created_date_time,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.created_date_time,
            Self::AndroidForWorkCustomConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.created_date_time,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.created_date_time,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.created_date_time,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.created_date_time,
            Self::AndroidForWorkVpnConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::AndroidOmaCpConfiguration(v) => &v.created_date_time,
            Self::AndroidPkcsCertificateProfile(v) => &v.created_date_time,
            Self::AndroidScepCertificateProfile(v) => &v.created_date_time,
            Self::AndroidTrustedRootCertificate(v) => &v.created_date_time,
            Self::AndroidVpnConfiguration(v) => &v.created_date_time,
            Self::AndroidWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.created_date_time,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.created_date_time,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.created_date_time
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.created_date_time,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.created_date_time,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.created_date_time,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.created_date_time,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.created_date_time,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.created_date_time,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.created_date_time,
            Self::AppleVpnConfiguration(v) => &v.created_date_time,
            Self::EasEmailProfileConfigurationBase(v) => &v.created_date_time,
            Self::EditionUpgradeConfiguration(v) => &v.created_date_time,
            Self::IosCertificateProfile(v) => &v.created_date_time,
            Self::IosCertificateProfileBase(v) => &v.created_date_time,
            Self::IosCustomConfiguration(v) => &v.created_date_time,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.created_date_time
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.created_date_time,
            Self::IosEasEmailProfileConfiguration(v) => &v.created_date_time,
            Self::IosEduDeviceConfiguration(v) => &v.created_date_time,
            Self::IosEducationDeviceConfiguration(v) => &v.created_date_time,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.created_date_time,
            Self::IosExpeditedCheckinConfiguration(v) => &v.created_date_time,
            Self::IosGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::IosImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::IosPkcsCertificateProfile(v) => &v.created_date_time,
            Self::IosScepCertificateProfile(v) => &v.created_date_time,
            Self::IosTrustedRootCertificate(v) => &v.created_date_time,
            Self::IosUpdateConfiguration(v) => &v.created_date_time,
            Self::IosVpnConfiguration(v) => &v.created_date_time,
            Self::IosWiFiConfiguration(v) => &v.created_date_time,
            Self::IosikEv2VpnConfiguration(v) => &v.created_date_time,
            Self::MacOsCertificateProfileBase(v) => &v.created_date_time,
            Self::MacOsCustomAppConfiguration(v) => &v.created_date_time,
            Self::MacOsCustomConfiguration(v) => &v.created_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.created_date_time,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.created_date_time,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.created_date_time,
            Self::MacOsExtensionsConfiguration(v) => &v.created_date_time,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.created_date_time,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::MacOsPkcsCertificateProfile(v) => &v.created_date_time,
            Self::MacOsScepCertificateProfile(v) => &v.created_date_time,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.created_date_time,
            Self::MacOsTrustedRootCertificate(v) => &v.created_date_time,
            Self::MacOsVpnConfiguration(v) => &v.created_date_time,
            Self::MacOsWiFiConfiguration(v) => &v.created_date_time,
            Self::MacOsWiredNetworkConfiguration(v) => &v.created_date_time,
            Self::SharedPcConfiguration(v) => &v.created_date_time,
            Self::UnsupportedDeviceConfiguration(v) => &v.created_date_time,
            Self::VpnConfiguration(v) => &v.created_date_time,
            Self::Windows10CertificateProfileBase(v) => &v.created_date_time,
            Self::Windows10CustomConfiguration(v) => &v.created_date_time,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.created_date_time
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &v.created_date_time,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.created_date_time,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.created_date_time
            }
            Self::Windows10GeneralConfiguration(v) => &v.created_date_time,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.created_date_time,
            Self::Windows10PfxImportCertificateProfile(v) => &v.created_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &v.created_date_time,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.created_date_time,
            Self::Windows10TeamGeneralConfiguration(v) => &v.created_date_time,
            Self::Windows10VpnConfiguration(v) => &v.created_date_time,
            Self::Windows81CertificateProfileBase(v) => &v.created_date_time,
            Self::Windows81GeneralConfiguration(v) => &v.created_date_time,
            Self::Windows81ScepCertificateProfile(v) => &v.created_date_time,
            Self::Windows81TrustedRootCertificate(v) => &v.created_date_time,
            Self::Windows81VpnConfiguration(v) => &v.created_date_time,
            Self::Windows81WifiImportConfiguration(v) => &v.created_date_time,
            Self::WindowsCertificateProfileBase(v) => &v.created_date_time,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.created_date_time
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.created_date_time,
            Self::WindowsDomainJoinConfiguration(v) => &v.created_date_time,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.created_date_time,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.created_date_time,
            Self::WindowsKioskConfiguration(v) => &v.created_date_time,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.created_date_time,
            Self::WindowsPhone81CustomConfiguration(v) => &v.created_date_time,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.created_date_time,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.created_date_time,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.created_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &v.created_date_time,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.created_date_time,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.created_date_time,
            Self::WindowsVpnConfiguration(v) => &v.created_date_time,
            Self::WindowsWifiConfiguration(v) => &v.created_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.created_date_time,
            Self::AndroidCertificateProfileBase(v) => &mut v.created_date_time,
            Self::AndroidCustomConfiguration(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.created_date_time
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.created_date_time,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.created_date_time,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.created_date_time,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.created_date_time
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.created_date_time,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.created_date_time,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidOmaCpConfiguration(v) => &mut v.created_date_time,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidScepCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidTrustedRootCertificate(v) => &mut v.created_date_time,
            Self::AndroidVpnConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.created_date_time,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.created_date_time,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.created_date_time,
            Self::AppleVpnConfiguration(v) => &mut v.created_date_time,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.created_date_time,
            Self::EditionUpgradeConfiguration(v) => &mut v.created_date_time,
            Self::IosCertificateProfile(v) => &mut v.created_date_time,
            Self::IosCertificateProfileBase(v) => &mut v.created_date_time,
            Self::IosCustomConfiguration(v) => &mut v.created_date_time,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.created_date_time,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.created_date_time,
            Self::IosEduDeviceConfiguration(v) => &mut v.created_date_time,
            Self::IosEducationDeviceConfiguration(v) => &mut v.created_date_time,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.created_date_time,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.created_date_time,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.created_date_time,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.created_date_time,
            Self::IosPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::IosScepCertificateProfile(v) => &mut v.created_date_time,
            Self::IosTrustedRootCertificate(v) => &mut v.created_date_time,
            Self::IosUpdateConfiguration(v) => &mut v.created_date_time,
            Self::IosVpnConfiguration(v) => &mut v.created_date_time,
            Self::IosWiFiConfiguration(v) => &mut v.created_date_time,
            Self::IosikEv2VpnConfiguration(v) => &mut v.created_date_time,
            Self::MacOsCertificateProfileBase(v) => &mut v.created_date_time,
            Self::MacOsCustomAppConfiguration(v) => &mut v.created_date_time,
            Self::MacOsCustomConfiguration(v) => &mut v.created_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.created_date_time,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.created_date_time,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.created_date_time,
            Self::MacOsExtensionsConfiguration(v) => &mut v.created_date_time,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.created_date_time,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.created_date_time,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::MacOsScepCertificateProfile(v) => &mut v.created_date_time,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.created_date_time,
            Self::MacOsTrustedRootCertificate(v) => &mut v.created_date_time,
            Self::MacOsVpnConfiguration(v) => &mut v.created_date_time,
            Self::MacOsWiFiConfiguration(v) => &mut v.created_date_time,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.created_date_time,
            Self::SharedPcConfiguration(v) => &mut v.created_date_time,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.created_date_time,
            Self::VpnConfiguration(v) => &mut v.created_date_time,
            Self::Windows10CertificateProfileBase(v) => &mut v.created_date_time,
            Self::Windows10CustomConfiguration(v) => &mut v.created_date_time,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.created_date_time
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.created_date_time,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.created_date_time,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.created_date_time,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.created_date_time,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.created_date_time,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.created_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.created_date_time,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.created_date_time,
            Self::Windows10VpnConfiguration(v) => &mut v.created_date_time,
            Self::Windows81CertificateProfileBase(v) => &mut v.created_date_time,
            Self::Windows81GeneralConfiguration(v) => &mut v.created_date_time,
            Self::Windows81ScepCertificateProfile(v) => &mut v.created_date_time,
            Self::Windows81TrustedRootCertificate(v) => &mut v.created_date_time,
            Self::Windows81VpnConfiguration(v) => &mut v.created_date_time,
            Self::Windows81WifiImportConfiguration(v) => &mut v.created_date_time,
            Self::WindowsCertificateProfileBase(v) => &mut v.created_date_time,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.created_date_time,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.created_date_time,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.created_date_time,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.created_date_time,
            Self::WindowsKioskConfiguration(v) => &mut v.created_date_time,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.created_date_time,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.created_date_time,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.created_date_time,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.created_date_time
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.created_date_time,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.created_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.created_date_time,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.created_date_time,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.created_date_time,
            Self::WindowsVpnConfiguration(v) => &mut v.created_date_time,
            Self::WindowsWifiConfiguration(v) => &mut v.created_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &v.description,
            Self::AndroidCertificateProfileBase(v) => &v.description,
            Self::AndroidCustomConfiguration(v) => &v.description,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.description,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.description
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.description,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.description,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.description,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.description,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.description,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.description,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.description,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.description,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.description,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.description,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.description,
            Self::AndroidForWorkCustomConfiguration(v) => &v.description,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.description,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.description,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.description,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.description,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.description,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.description,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.description,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.description,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.description,
            Self::AndroidForWorkVpnConfiguration(v) => &v.description,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.description,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.description,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.description,
            Self::AndroidOmaCpConfiguration(v) => &v.description,
            Self::AndroidPkcsCertificateProfile(v) => &v.description,
            Self::AndroidScepCertificateProfile(v) => &v.description,
            Self::AndroidTrustedRootCertificate(v) => &v.description,
            Self::AndroidVpnConfiguration(v) => &v.description,
            Self::AndroidWiFiConfiguration(v) => &v.description,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.description,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.description,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.description,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.description,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.description,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.description,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.description,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.description,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.description,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.description,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.description,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.description,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.description,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.description,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.description,
            Self::AppleVpnConfiguration(v) => &v.description,
            Self::EasEmailProfileConfigurationBase(v) => &v.description,
            Self::EditionUpgradeConfiguration(v) => &v.description,
            Self::IosCertificateProfile(v) => &v.description,
            Self::IosCertificateProfileBase(v) => &v.description,
            Self::IosCustomConfiguration(v) => &v.description,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &v.description,
            Self::IosDeviceFeaturesConfiguration(v) => &v.description,
            Self::IosEasEmailProfileConfiguration(v) => &v.description,
            Self::IosEduDeviceConfiguration(v) => &v.description,
            Self::IosEducationDeviceConfiguration(v) => &v.description,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.description,
            Self::IosExpeditedCheckinConfiguration(v) => &v.description,
            Self::IosGeneralDeviceConfiguration(v) => &v.description,
            Self::IosImportedPfxCertificateProfile(v) => &v.description,
            Self::IosPkcsCertificateProfile(v) => &v.description,
            Self::IosScepCertificateProfile(v) => &v.description,
            Self::IosTrustedRootCertificate(v) => &v.description,
            Self::IosUpdateConfiguration(v) => &v.description,
            Self::IosVpnConfiguration(v) => &v.description,
            Self::IosWiFiConfiguration(v) => &v.description,
            Self::IosikEv2VpnConfiguration(v) => &v.description,
            Self::MacOsCertificateProfileBase(v) => &v.description,
            Self::MacOsCustomAppConfiguration(v) => &v.description,
            Self::MacOsCustomConfiguration(v) => &v.description,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.description,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.description,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.description,
            Self::MacOsExtensionsConfiguration(v) => &v.description,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.description,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.description,
            Self::MacOsPkcsCertificateProfile(v) => &v.description,
            Self::MacOsScepCertificateProfile(v) => &v.description,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.description,
            Self::MacOsTrustedRootCertificate(v) => &v.description,
            Self::MacOsVpnConfiguration(v) => &v.description,
            Self::MacOsWiFiConfiguration(v) => &v.description,
            Self::MacOsWiredNetworkConfiguration(v) => &v.description,
            Self::SharedPcConfiguration(v) => &v.description,
            Self::UnsupportedDeviceConfiguration(v) => &v.description,
            Self::VpnConfiguration(v) => &v.description,
            Self::Windows10CertificateProfileBase(v) => &v.description,
            Self::Windows10CustomConfiguration(v) => &v.description,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.description,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.description,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.description,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.description
            }
            Self::Windows10GeneralConfiguration(v) => &v.description,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.description,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.description,
            Self::Windows10PfxImportCertificateProfile(v) => &v.description,
            Self::Windows10PkcsCertificateProfile(v) => &v.description,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.description,
            Self::Windows10TeamGeneralConfiguration(v) => &v.description,
            Self::Windows10VpnConfiguration(v) => &v.description,
            Self::Windows81CertificateProfileBase(v) => &v.description,
            Self::Windows81GeneralConfiguration(v) => &v.description,
            Self::Windows81ScepCertificateProfile(v) => &v.description,
            Self::Windows81TrustedRootCertificate(v) => &v.description,
            Self::Windows81VpnConfiguration(v) => &v.description,
            Self::Windows81WifiImportConfiguration(v) => &v.description,
            Self::WindowsCertificateProfileBase(v) => &v.description,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.description
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.description,
            Self::WindowsDomainJoinConfiguration(v) => &v.description,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.description,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.description,
            Self::WindowsKioskConfiguration(v) => &v.description,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.description,
            Self::WindowsPhone81CustomConfiguration(v) => &v.description,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.description,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.description,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.description,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.description,
            Self::WindowsPhone81VpnConfiguration(v) => &v.description,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.description,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.description,
            Self::WindowsVpnConfiguration(v) => &v.description,
            Self::WindowsWifiConfiguration(v) => &v.description,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.description,
            Self::AndroidCertificateProfileBase(v) => &mut v.description,
            Self::AndroidCustomConfiguration(v) => &mut v.description,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.description,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.description
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.description,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut v.description,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.description
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.description,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.description,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.description,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.description,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.description,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.description,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.description,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.description,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.description,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.description,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.description,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.description,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.description,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.description,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.description,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.description,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.description,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.description,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.description,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.description,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.description,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.description,
            Self::AndroidOmaCpConfiguration(v) => &mut v.description,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.description,
            Self::AndroidScepCertificateProfile(v) => &mut v.description,
            Self::AndroidTrustedRootCertificate(v) => &mut v.description,
            Self::AndroidVpnConfiguration(v) => &mut v.description,
            Self::AndroidWiFiConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.description,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.description,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.description,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.description,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.description,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.description,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.description,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.description,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.description,
            Self::AppleVpnConfiguration(v) => &mut v.description,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.description,
            Self::EditionUpgradeConfiguration(v) => &mut v.description,
            Self::IosCertificateProfile(v) => &mut v.description,
            Self::IosCertificateProfileBase(v) => &mut v.description,
            Self::IosCustomConfiguration(v) => &mut v.description,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.description
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.description,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.description,
            Self::IosEduDeviceConfiguration(v) => &mut v.description,
            Self::IosEducationDeviceConfiguration(v) => &mut v.description,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.description,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.description,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.description,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.description,
            Self::IosPkcsCertificateProfile(v) => &mut v.description,
            Self::IosScepCertificateProfile(v) => &mut v.description,
            Self::IosTrustedRootCertificate(v) => &mut v.description,
            Self::IosUpdateConfiguration(v) => &mut v.description,
            Self::IosVpnConfiguration(v) => &mut v.description,
            Self::IosWiFiConfiguration(v) => &mut v.description,
            Self::IosikEv2VpnConfiguration(v) => &mut v.description,
            Self::MacOsCertificateProfileBase(v) => &mut v.description,
            Self::MacOsCustomAppConfiguration(v) => &mut v.description,
            Self::MacOsCustomConfiguration(v) => &mut v.description,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.description,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.description,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.description,
            Self::MacOsExtensionsConfiguration(v) => &mut v.description,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.description,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.description,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.description,
            Self::MacOsScepCertificateProfile(v) => &mut v.description,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.description,
            Self::MacOsTrustedRootCertificate(v) => &mut v.description,
            Self::MacOsVpnConfiguration(v) => &mut v.description,
            Self::MacOsWiFiConfiguration(v) => &mut v.description,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.description,
            Self::SharedPcConfiguration(v) => &mut v.description,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.description,
            Self::VpnConfiguration(v) => &mut v.description,
            Self::Windows10CertificateProfileBase(v) => &mut v.description,
            Self::Windows10CustomConfiguration(v) => &mut v.description,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut v.description,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.description,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.description,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.description
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.description,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.description,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.description,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.description,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.description,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.description,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.description,
            Self::Windows10VpnConfiguration(v) => &mut v.description,
            Self::Windows81CertificateProfileBase(v) => &mut v.description,
            Self::Windows81GeneralConfiguration(v) => &mut v.description,
            Self::Windows81ScepCertificateProfile(v) => &mut v.description,
            Self::Windows81TrustedRootCertificate(v) => &mut v.description,
            Self::Windows81VpnConfiguration(v) => &mut v.description,
            Self::Windows81WifiImportConfiguration(v) => &mut v.description,
            Self::WindowsCertificateProfileBase(v) => &mut v.description,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.description
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.description,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.description,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.description,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.description,
            Self::WindowsKioskConfiguration(v) => &mut v.description,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.description,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.description,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.description,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.description,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.description,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.description,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.description,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.description,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.description,
            Self::WindowsVpnConfiguration(v) => &mut v.description,
            Self::WindowsWifiConfiguration(v) => &mut v.description,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::DeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidCustomConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkCustomConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidOmaCpConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AppleVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::EasEmailProfileConfigurationBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::EditionUpgradeConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosCustomConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosEduDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosEducationDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosUpdateConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsCustomAppConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsCustomConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsExtensionsConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsWiredNetworkConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::SharedPcConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::UnsupportedDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10CustomConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81TrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81WifiImportConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsDomainJoinConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsKioskConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::DeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidOmaCpConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AppleVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::EasEmailProfileConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::EditionUpgradeConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosEduDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosEducationDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosUpdateConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsCustomAppConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsExtensionsConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsWiredNetworkConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::SharedPcConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::UnsupportedDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10CustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81TrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81WifiImportConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsDomainJoinConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsKioskConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::DeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidOmaCpConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AppleVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::EasEmailProfileConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::EditionUpgradeConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosEduDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosEducationDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosUpdateConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsCustomAppConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsExtensionsConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsWiredNetworkConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::SharedPcConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::UnsupportedDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10CustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81TrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81WifiImportConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsDomainJoinConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsKioskConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::DeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidOmaCpConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AppleVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::EasEmailProfileConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::EditionUpgradeConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosEduDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosEducationDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosUpdateConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsCustomAppConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsExtensionsConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsWiredNetworkConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::SharedPcConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::UnsupportedDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10CustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81TrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81WifiImportConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsDomainJoinConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsKioskConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::DeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidOmaCpConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AppleVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::EasEmailProfileConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::EditionUpgradeConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosEduDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosEducationDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosUpdateConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsCustomAppConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsCustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsExtensionsConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsGeneralDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsTrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsWiredNetworkConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::SharedPcConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::UnsupportedDeviceConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10CustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81TrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81WifiImportConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsDomainJoinConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsKioskConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::DeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidOmaCpConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AppleVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::EasEmailProfileConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::EditionUpgradeConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosEduDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosEducationDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosUpdateConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsCustomAppConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsCustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsExtensionsConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsGeneralDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsTrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsWiredNetworkConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::SharedPcConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::UnsupportedDeviceConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10CustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81TrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81WifiImportConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsDomainJoinConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsKioskConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &v.display_name,
            Self::AndroidCertificateProfileBase(v) => &v.display_name,
            Self::AndroidCustomConfiguration(v) => &v.display_name,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.display_name,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.display_name
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.display_name,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.display_name,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.display_name,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.display_name,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.display_name,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.display_name,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.display_name,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.display_name,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.display_name,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.display_name,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.display_name,
            Self::AndroidForWorkCustomConfiguration(v) => &v.display_name,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.display_name,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.display_name,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.display_name,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.display_name,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.display_name,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.display_name,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.display_name,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.display_name,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.display_name,
            Self::AndroidForWorkVpnConfiguration(v) => &v.display_name,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.display_name,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.display_name,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.display_name,
            Self::AndroidOmaCpConfiguration(v) => &v.display_name,
            Self::AndroidPkcsCertificateProfile(v) => &v.display_name,
            Self::AndroidScepCertificateProfile(v) => &v.display_name,
            Self::AndroidTrustedRootCertificate(v) => &v.display_name,
            Self::AndroidVpnConfiguration(v) => &v.display_name,
            Self::AndroidWiFiConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.display_name,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.display_name,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.display_name,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.display_name,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.display_name,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.display_name,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.display_name,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.display_name,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.display_name,
            Self::AppleVpnConfiguration(v) => &v.display_name,
            Self::EasEmailProfileConfigurationBase(v) => &v.display_name,
            Self::EditionUpgradeConfiguration(v) => &v.display_name,
            Self::IosCertificateProfile(v) => &v.display_name,
            Self::IosCertificateProfileBase(v) => &v.display_name,
            Self::IosCustomConfiguration(v) => &v.display_name,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &v.display_name,
            Self::IosDeviceFeaturesConfiguration(v) => &v.display_name,
            Self::IosEasEmailProfileConfiguration(v) => &v.display_name,
            Self::IosEduDeviceConfiguration(v) => &v.display_name,
            Self::IosEducationDeviceConfiguration(v) => &v.display_name,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.display_name,
            Self::IosExpeditedCheckinConfiguration(v) => &v.display_name,
            Self::IosGeneralDeviceConfiguration(v) => &v.display_name,
            Self::IosImportedPfxCertificateProfile(v) => &v.display_name,
            Self::IosPkcsCertificateProfile(v) => &v.display_name,
            Self::IosScepCertificateProfile(v) => &v.display_name,
            Self::IosTrustedRootCertificate(v) => &v.display_name,
            Self::IosUpdateConfiguration(v) => &v.display_name,
            Self::IosVpnConfiguration(v) => &v.display_name,
            Self::IosWiFiConfiguration(v) => &v.display_name,
            Self::IosikEv2VpnConfiguration(v) => &v.display_name,
            Self::MacOsCertificateProfileBase(v) => &v.display_name,
            Self::MacOsCustomAppConfiguration(v) => &v.display_name,
            Self::MacOsCustomConfiguration(v) => &v.display_name,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.display_name,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.display_name,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.display_name,
            Self::MacOsExtensionsConfiguration(v) => &v.display_name,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.display_name,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.display_name,
            Self::MacOsPkcsCertificateProfile(v) => &v.display_name,
            Self::MacOsScepCertificateProfile(v) => &v.display_name,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.display_name,
            Self::MacOsTrustedRootCertificate(v) => &v.display_name,
            Self::MacOsVpnConfiguration(v) => &v.display_name,
            Self::MacOsWiFiConfiguration(v) => &v.display_name,
            Self::MacOsWiredNetworkConfiguration(v) => &v.display_name,
            Self::SharedPcConfiguration(v) => &v.display_name,
            Self::UnsupportedDeviceConfiguration(v) => &v.display_name,
            Self::VpnConfiguration(v) => &v.display_name,
            Self::Windows10CertificateProfileBase(v) => &v.display_name,
            Self::Windows10CustomConfiguration(v) => &v.display_name,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.display_name,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.display_name,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.display_name,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.display_name
            }
            Self::Windows10GeneralConfiguration(v) => &v.display_name,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.display_name,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.display_name,
            Self::Windows10PfxImportCertificateProfile(v) => &v.display_name,
            Self::Windows10PkcsCertificateProfile(v) => &v.display_name,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.display_name,
            Self::Windows10TeamGeneralConfiguration(v) => &v.display_name,
            Self::Windows10VpnConfiguration(v) => &v.display_name,
            Self::Windows81CertificateProfileBase(v) => &v.display_name,
            Self::Windows81GeneralConfiguration(v) => &v.display_name,
            Self::Windows81ScepCertificateProfile(v) => &v.display_name,
            Self::Windows81TrustedRootCertificate(v) => &v.display_name,
            Self::Windows81VpnConfiguration(v) => &v.display_name,
            Self::Windows81WifiImportConfiguration(v) => &v.display_name,
            Self::WindowsCertificateProfileBase(v) => &v.display_name,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.display_name
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.display_name,
            Self::WindowsDomainJoinConfiguration(v) => &v.display_name,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.display_name,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.display_name,
            Self::WindowsKioskConfiguration(v) => &v.display_name,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.display_name,
            Self::WindowsPhone81CustomConfiguration(v) => &v.display_name,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.display_name,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.display_name,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.display_name,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.display_name,
            Self::WindowsPhone81VpnConfiguration(v) => &v.display_name,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.display_name,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.display_name,
            Self::WindowsVpnConfiguration(v) => &v.display_name,
            Self::WindowsWifiConfiguration(v) => &v.display_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.display_name,
            Self::AndroidCertificateProfileBase(v) => &mut v.display_name,
            Self::AndroidCustomConfiguration(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.display_name
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.display_name
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.display_name,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.display_name,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.display_name,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.display_name,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.display_name,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.display_name,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::AndroidOmaCpConfiguration(v) => &mut v.display_name,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.display_name,
            Self::AndroidScepCertificateProfile(v) => &mut v.display_name,
            Self::AndroidTrustedRootCertificate(v) => &mut v.display_name,
            Self::AndroidVpnConfiguration(v) => &mut v.display_name,
            Self::AndroidWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.display_name,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.display_name,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.display_name,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.display_name,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.display_name,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.display_name,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.display_name,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.display_name,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.display_name,
            Self::AppleVpnConfiguration(v) => &mut v.display_name,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.display_name,
            Self::EditionUpgradeConfiguration(v) => &mut v.display_name,
            Self::IosCertificateProfile(v) => &mut v.display_name,
            Self::IosCertificateProfileBase(v) => &mut v.display_name,
            Self::IosCustomConfiguration(v) => &mut v.display_name,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.display_name
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.display_name,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.display_name,
            Self::IosEduDeviceConfiguration(v) => &mut v.display_name,
            Self::IosEducationDeviceConfiguration(v) => &mut v.display_name,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.display_name,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.display_name,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::IosPkcsCertificateProfile(v) => &mut v.display_name,
            Self::IosScepCertificateProfile(v) => &mut v.display_name,
            Self::IosTrustedRootCertificate(v) => &mut v.display_name,
            Self::IosUpdateConfiguration(v) => &mut v.display_name,
            Self::IosVpnConfiguration(v) => &mut v.display_name,
            Self::IosWiFiConfiguration(v) => &mut v.display_name,
            Self::IosikEv2VpnConfiguration(v) => &mut v.display_name,
            Self::MacOsCertificateProfileBase(v) => &mut v.display_name,
            Self::MacOsCustomAppConfiguration(v) => &mut v.display_name,
            Self::MacOsCustomConfiguration(v) => &mut v.display_name,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.display_name,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.display_name,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.display_name,
            Self::MacOsExtensionsConfiguration(v) => &mut v.display_name,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.display_name,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.display_name,
            Self::MacOsScepCertificateProfile(v) => &mut v.display_name,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.display_name,
            Self::MacOsTrustedRootCertificate(v) => &mut v.display_name,
            Self::MacOsVpnConfiguration(v) => &mut v.display_name,
            Self::MacOsWiFiConfiguration(v) => &mut v.display_name,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.display_name,
            Self::SharedPcConfiguration(v) => &mut v.display_name,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.display_name,
            Self::VpnConfiguration(v) => &mut v.display_name,
            Self::Windows10CertificateProfileBase(v) => &mut v.display_name,
            Self::Windows10CustomConfiguration(v) => &mut v.display_name,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut v.display_name,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.display_name,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.display_name,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.display_name
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.display_name,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.display_name,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.display_name,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.display_name,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.display_name,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.display_name,
            Self::Windows10VpnConfiguration(v) => &mut v.display_name,
            Self::Windows81CertificateProfileBase(v) => &mut v.display_name,
            Self::Windows81GeneralConfiguration(v) => &mut v.display_name,
            Self::Windows81ScepCertificateProfile(v) => &mut v.display_name,
            Self::Windows81TrustedRootCertificate(v) => &mut v.display_name,
            Self::Windows81VpnConfiguration(v) => &mut v.display_name,
            Self::Windows81WifiImportConfiguration(v) => &mut v.display_name,
            Self::WindowsCertificateProfileBase(v) => &mut v.display_name,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.display_name
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.display_name,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.display_name,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.display_name,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.display_name,
            Self::WindowsKioskConfiguration(v) => &mut v.display_name,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.display_name,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.display_name,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.display_name,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.display_name,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.display_name,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.display_name,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.display_name,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.display_name,
            Self::WindowsVpnConfiguration(v) => &mut v.display_name,
            Self::WindowsWifiConfiguration(v) => &mut v.display_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::AndroidCustomConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::AndroidForWorkCustomConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.last_modified_date_time,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.last_modified_date_time,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.last_modified_date_time,
            Self::AndroidForWorkVpnConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.last_modified_date_time,
            Self::AndroidOmaCpConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::AndroidScepCertificateProfile(v) => &v.last_modified_date_time,
            Self::AndroidTrustedRootCertificate(v) => &v.last_modified_date_time,
            Self::AndroidVpnConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.last_modified_date_time,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.last_modified_date_time,
            Self::AppleVpnConfiguration(v) => &v.last_modified_date_time,
            Self::EasEmailProfileConfigurationBase(v) => &v.last_modified_date_time,
            Self::EditionUpgradeConfiguration(v) => &v.last_modified_date_time,
            Self::IosCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::IosCustomConfiguration(v) => &v.last_modified_date_time,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.last_modified_date_time,
            Self::IosEasEmailProfileConfiguration(v) => &v.last_modified_date_time,
            Self::IosEduDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::IosEducationDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::IosExpeditedCheckinConfiguration(v) => &v.last_modified_date_time,
            Self::IosGeneralDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::IosImportedPfxCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosScepCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosTrustedRootCertificate(v) => &v.last_modified_date_time,
            Self::IosUpdateConfiguration(v) => &v.last_modified_date_time,
            Self::IosVpnConfiguration(v) => &v.last_modified_date_time,
            Self::IosWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::IosikEv2VpnConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::MacOsCustomAppConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsCustomConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsExtensionsConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.last_modified_date_time,
            Self::MacOsPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::MacOsScepCertificateProfile(v) => &v.last_modified_date_time,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsTrustedRootCertificate(v) => &v.last_modified_date_time,
            Self::MacOsVpnConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsWiredNetworkConfiguration(v) => &v.last_modified_date_time,
            Self::SharedPcConfiguration(v) => &v.last_modified_date_time,
            Self::UnsupportedDeviceConfiguration(v) => &v.last_modified_date_time,
            Self::VpnConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10CertificateProfileBase(v) => &v.last_modified_date_time,
            Self::Windows10CustomConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10GeneralConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10PfxImportCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10TeamGeneralConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10VpnConfiguration(v) => &v.last_modified_date_time,
            Self::Windows81CertificateProfileBase(v) => &v.last_modified_date_time,
            Self::Windows81GeneralConfiguration(v) => &v.last_modified_date_time,
            Self::Windows81ScepCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows81TrustedRootCertificate(v) => &v.last_modified_date_time,
            Self::Windows81VpnConfiguration(v) => &v.last_modified_date_time,
            Self::Windows81WifiImportConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::WindowsDomainJoinConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsKioskConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.last_modified_date_time,
            Self::WindowsPhone81CustomConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.last_modified_date_time,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.last_modified_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsVpnConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsWifiConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::AndroidCustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidOmaCpConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::AndroidScepCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::AndroidTrustedRootCertificate(v) => &mut v.last_modified_date_time,
            Self::AndroidVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AppleVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.last_modified_date_time,
            Self::EditionUpgradeConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::IosCustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosEduDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosEducationDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosPkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosScepCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosTrustedRootCertificate(v) => &mut v.last_modified_date_time,
            Self::IosUpdateConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosikEv2VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::MacOsCustomAppConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsCustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsExtensionsConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::MacOsScepCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsTrustedRootCertificate(v) => &mut v.last_modified_date_time,
            Self::MacOsVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.last_modified_date_time,
            Self::SharedPcConfiguration(v) => &mut v.last_modified_date_time,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.last_modified_date_time,
            Self::VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10CertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::Windows10CustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10PkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows81CertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::Windows81GeneralConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows81ScepCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::Windows81TrustedRootCertificate(v) => &mut v.last_modified_date_time,
            Self::Windows81VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows81WifiImportConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsDomainJoinConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsKioskConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsWifiConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidCustomConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkCustomConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidOmaCpConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidTrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::AndroidVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.role_scope_tag_ids,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.role_scope_tag_ids,
            Self::AppleVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::EasEmailProfileConfigurationBase(v) => &v.role_scope_tag_ids,
            Self::EditionUpgradeConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::IosCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::IosCustomConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosEasEmailProfileConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosEduDeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosEducationDeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosExpeditedCheckinConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosGeneralDeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::IosPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::IosScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::IosTrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::IosUpdateConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosikEv2VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::MacOsCustomAppConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsCustomConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsExtensionsConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::MacOsPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::MacOsScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsTrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::MacOsVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsWiredNetworkConfiguration(v) => &v.role_scope_tag_ids,
            Self::SharedPcConfiguration(v) => &v.role_scope_tag_ids,
            Self::UnsupportedDeviceConfiguration(v) => &v.role_scope_tag_ids,
            Self::VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10CertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::Windows10CustomConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.role_scope_tag_ids
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::Windows10GeneralConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10PfxImportCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows10PkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10TeamGeneralConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows81CertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::Windows81GeneralConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows81ScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows81TrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::Windows81VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows81WifiImportConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsDomainJoinConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsKioskConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81CustomConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsWifiConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::AndroidCustomConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::AndroidOmaCpConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::AndroidScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::AndroidTrustedRootCertificate(v) => &mut v.role_scope_tag_ids,
            Self::AndroidVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.role_scope_tag_ids,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.role_scope_tag_ids,
            Self::AppleVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.role_scope_tag_ids,
            Self::EditionUpgradeConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::IosCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::IosCustomConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosEduDeviceConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosEducationDeviceConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::IosPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::IosScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::IosTrustedRootCertificate(v) => &mut v.role_scope_tag_ids,
            Self::IosUpdateConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosikEv2VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::MacOsCustomAppConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsCustomConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsExtensionsConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::MacOsScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsTrustedRootCertificate(v) => &mut v.role_scope_tag_ids,
            Self::MacOsVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::SharedPcConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10CertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::Windows10CustomConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows81CertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::Windows81GeneralConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows81ScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows81TrustedRootCertificate(v) => &mut v.role_scope_tag_ids,
            Self::Windows81VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows81WifiImportConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::WindowsDomainJoinConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsKioskConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsWifiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::DeviceConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidCustomConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidForWorkCustomConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.supports_scope_tags,
            Self::AndroidForWorkVpnConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidOmaCpConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidTrustedRootCertificate(v) => &v.supports_scope_tags,
            Self::AndroidVpnConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.supports_scope_tags,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.supports_scope_tags,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.supports_scope_tags,
            Self::AppleVpnConfiguration(v) => &v.supports_scope_tags,
            Self::EasEmailProfileConfigurationBase(v) => &v.supports_scope_tags,
            Self::EditionUpgradeConfiguration(v) => &v.supports_scope_tags,
            Self::IosCertificateProfile(v) => &v.supports_scope_tags,
            Self::IosCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::IosCustomConfiguration(v) => &v.supports_scope_tags,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.supports_scope_tags
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.supports_scope_tags,
            Self::IosEasEmailProfileConfiguration(v) => &v.supports_scope_tags,
            Self::IosEduDeviceConfiguration(v) => &v.supports_scope_tags,
            Self::IosEducationDeviceConfiguration(v) => &v.supports_scope_tags,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::IosExpeditedCheckinConfiguration(v) => &v.supports_scope_tags,
            Self::IosGeneralDeviceConfiguration(v) => &v.supports_scope_tags,
            Self::IosImportedPfxCertificateProfile(v) => &v.supports_scope_tags,
            Self::IosPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::IosScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::IosTrustedRootCertificate(v) => &v.supports_scope_tags,
            Self::IosUpdateConfiguration(v) => &v.supports_scope_tags,
            Self::IosVpnConfiguration(v) => &v.supports_scope_tags,
            Self::IosWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::IosikEv2VpnConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::MacOsCustomAppConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsCustomConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsExtensionsConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.supports_scope_tags,
            Self::MacOsPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::MacOsScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsTrustedRootCertificate(v) => &v.supports_scope_tags,
            Self::MacOsVpnConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsWiredNetworkConfiguration(v) => &v.supports_scope_tags,
            Self::SharedPcConfiguration(v) => &v.supports_scope_tags,
            Self::UnsupportedDeviceConfiguration(v) => &v.supports_scope_tags,
            Self::VpnConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10CertificateProfileBase(v) => &v.supports_scope_tags,
            Self::Windows10CustomConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.supports_scope_tags
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.supports_scope_tags
            }
            Self::Windows10GeneralConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.supports_scope_tags,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10PfxImportCertificateProfile(v) => &v.supports_scope_tags,
            Self::Windows10PkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10TeamGeneralConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10VpnConfiguration(v) => &v.supports_scope_tags,
            Self::Windows81CertificateProfileBase(v) => &v.supports_scope_tags,
            Self::Windows81GeneralConfiguration(v) => &v.supports_scope_tags,
            Self::Windows81ScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::Windows81TrustedRootCertificate(v) => &v.supports_scope_tags,
            Self::Windows81VpnConfiguration(v) => &v.supports_scope_tags,
            Self::Windows81WifiImportConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.supports_scope_tags
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsDomainJoinConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsKioskConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.supports_scope_tags,
            Self::WindowsPhone81CustomConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.supports_scope_tags
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.supports_scope_tags,
            Self::WindowsPhone81VpnConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsVpnConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsWifiConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::AndroidCustomConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::AndroidOmaCpConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::AndroidScepCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::AndroidTrustedRootCertificate(v) => &mut v.supports_scope_tags,
            Self::AndroidVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.supports_scope_tags,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.supports_scope_tags,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.supports_scope_tags,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.supports_scope_tags,
            Self::AppleVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.supports_scope_tags,
            Self::EditionUpgradeConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::IosCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::IosCustomConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosEduDeviceConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosEducationDeviceConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::IosPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::IosScepCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::IosTrustedRootCertificate(v) => &mut v.supports_scope_tags,
            Self::IosUpdateConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosikEv2VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::MacOsCustomAppConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsCustomConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsExtensionsConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::MacOsScepCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsTrustedRootCertificate(v) => &mut v.supports_scope_tags,
            Self::MacOsVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.supports_scope_tags,
            Self::SharedPcConfiguration(v) => &mut v.supports_scope_tags,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.supports_scope_tags,
            Self::VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10CertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::Windows10CustomConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.supports_scope_tags
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows81CertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::Windows81GeneralConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows81ScepCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::Windows81TrustedRootCertificate(v) => &mut v.supports_scope_tags,
            Self::Windows81VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows81WifiImportConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::WindowsDomainJoinConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsKioskConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsWifiConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceConfiguration(v) => &v.version,
            Self::AndroidCertificateProfileBase(v) => &v.version,
            Self::AndroidCustomConfiguration(v) => &v.version,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.version,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.version
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.version,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.version,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.version,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.version,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.version,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.version,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.version,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.version,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.version,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.version,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.version,
            Self::AndroidForWorkCustomConfiguration(v) => &v.version,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.version,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.version,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.version,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.version,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.version,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.version,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.version,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.version,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.version,
            Self::AndroidForWorkVpnConfiguration(v) => &v.version,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.version,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.version,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.version,
            Self::AndroidOmaCpConfiguration(v) => &v.version,
            Self::AndroidPkcsCertificateProfile(v) => &v.version,
            Self::AndroidScepCertificateProfile(v) => &v.version,
            Self::AndroidTrustedRootCertificate(v) => &v.version,
            Self::AndroidVpnConfiguration(v) => &v.version,
            Self::AndroidWiFiConfiguration(v) => &v.version,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.version,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.version,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.version,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.version,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.version,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.version,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.version,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.version,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.version,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.version,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.version,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.version,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.version,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.version,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.version,
            Self::AppleVpnConfiguration(v) => &v.version,
            Self::EasEmailProfileConfigurationBase(v) => &v.version,
            Self::EditionUpgradeConfiguration(v) => &v.version,
            Self::IosCertificateProfile(v) => &v.version,
            Self::IosCertificateProfileBase(v) => &v.version,
            Self::IosCustomConfiguration(v) => &v.version,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &v.version,
            Self::IosDeviceFeaturesConfiguration(v) => &v.version,
            Self::IosEasEmailProfileConfiguration(v) => &v.version,
            Self::IosEduDeviceConfiguration(v) => &v.version,
            Self::IosEducationDeviceConfiguration(v) => &v.version,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.version,
            Self::IosExpeditedCheckinConfiguration(v) => &v.version,
            Self::IosGeneralDeviceConfiguration(v) => &v.version,
            Self::IosImportedPfxCertificateProfile(v) => &v.version,
            Self::IosPkcsCertificateProfile(v) => &v.version,
            Self::IosScepCertificateProfile(v) => &v.version,
            Self::IosTrustedRootCertificate(v) => &v.version,
            Self::IosUpdateConfiguration(v) => &v.version,
            Self::IosVpnConfiguration(v) => &v.version,
            Self::IosWiFiConfiguration(v) => &v.version,
            Self::IosikEv2VpnConfiguration(v) => &v.version,
            Self::MacOsCertificateProfileBase(v) => &v.version,
            Self::MacOsCustomAppConfiguration(v) => &v.version,
            Self::MacOsCustomConfiguration(v) => &v.version,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.version,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.version,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.version,
            Self::MacOsExtensionsConfiguration(v) => &v.version,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.version,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.version,
            Self::MacOsPkcsCertificateProfile(v) => &v.version,
            Self::MacOsScepCertificateProfile(v) => &v.version,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.version,
            Self::MacOsTrustedRootCertificate(v) => &v.version,
            Self::MacOsVpnConfiguration(v) => &v.version,
            Self::MacOsWiFiConfiguration(v) => &v.version,
            Self::MacOsWiredNetworkConfiguration(v) => &v.version,
            Self::SharedPcConfiguration(v) => &v.version,
            Self::UnsupportedDeviceConfiguration(v) => &v.version,
            Self::VpnConfiguration(v) => &v.version,
            Self::Windows10CertificateProfileBase(v) => &v.version,
            Self::Windows10CustomConfiguration(v) => &v.version,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.version,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.version,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.version,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.version,
            Self::Windows10GeneralConfiguration(v) => &v.version,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.version,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.version,
            Self::Windows10PfxImportCertificateProfile(v) => &v.version,
            Self::Windows10PkcsCertificateProfile(v) => &v.version,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.version,
            Self::Windows10TeamGeneralConfiguration(v) => &v.version,
            Self::Windows10VpnConfiguration(v) => &v.version,
            Self::Windows81CertificateProfileBase(v) => &v.version,
            Self::Windows81GeneralConfiguration(v) => &v.version,
            Self::Windows81ScepCertificateProfile(v) => &v.version,
            Self::Windows81TrustedRootCertificate(v) => &v.version,
            Self::Windows81VpnConfiguration(v) => &v.version,
            Self::Windows81WifiImportConfiguration(v) => &v.version,
            Self::WindowsCertificateProfileBase(v) => &v.version,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.version,
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.version,
            Self::WindowsDomainJoinConfiguration(v) => &v.version,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.version,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.version,
            Self::WindowsKioskConfiguration(v) => &v.version,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.version,
            Self::WindowsPhone81CustomConfiguration(v) => &v.version,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.version,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.version,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.version,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.version,
            Self::WindowsPhone81VpnConfiguration(v) => &v.version,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.version,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.version,
            Self::WindowsVpnConfiguration(v) => &v.version,
            Self::WindowsWifiConfiguration(v) => &v.version,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.version,
            Self::AndroidCertificateProfileBase(v) => &mut v.version,
            Self::AndroidCustomConfiguration(v) => &mut v.version,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.version,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.version
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.version,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut v.version,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut v.version,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.version,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.version,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.version,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.version,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.version,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.version,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.version,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.version,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.version,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.version,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.version,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.version,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.version,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.version,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.version,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.version,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.version,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.version,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.version,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.version,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.version,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.version,
            Self::AndroidOmaCpConfiguration(v) => &mut v.version,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.version,
            Self::AndroidScepCertificateProfile(v) => &mut v.version,
            Self::AndroidTrustedRootCertificate(v) => &mut v.version,
            Self::AndroidVpnConfiguration(v) => &mut v.version,
            Self::AndroidWiFiConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.version,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.version,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.version,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.version,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.version,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.version,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.version,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.version,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.version,
            Self::AppleVpnConfiguration(v) => &mut v.version,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.version,
            Self::EditionUpgradeConfiguration(v) => &mut v.version,
            Self::IosCertificateProfile(v) => &mut v.version,
            Self::IosCertificateProfileBase(v) => &mut v.version,
            Self::IosCustomConfiguration(v) => &mut v.version,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &mut v.version,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.version,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.version,
            Self::IosEduDeviceConfiguration(v) => &mut v.version,
            Self::IosEducationDeviceConfiguration(v) => &mut v.version,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.version,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.version,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.version,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.version,
            Self::IosPkcsCertificateProfile(v) => &mut v.version,
            Self::IosScepCertificateProfile(v) => &mut v.version,
            Self::IosTrustedRootCertificate(v) => &mut v.version,
            Self::IosUpdateConfiguration(v) => &mut v.version,
            Self::IosVpnConfiguration(v) => &mut v.version,
            Self::IosWiFiConfiguration(v) => &mut v.version,
            Self::IosikEv2VpnConfiguration(v) => &mut v.version,
            Self::MacOsCertificateProfileBase(v) => &mut v.version,
            Self::MacOsCustomAppConfiguration(v) => &mut v.version,
            Self::MacOsCustomConfiguration(v) => &mut v.version,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.version,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.version,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.version,
            Self::MacOsExtensionsConfiguration(v) => &mut v.version,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.version,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.version,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.version,
            Self::MacOsScepCertificateProfile(v) => &mut v.version,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.version,
            Self::MacOsTrustedRootCertificate(v) => &mut v.version,
            Self::MacOsVpnConfiguration(v) => &mut v.version,
            Self::MacOsWiFiConfiguration(v) => &mut v.version,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.version,
            Self::SharedPcConfiguration(v) => &mut v.version,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.version,
            Self::VpnConfiguration(v) => &mut v.version,
            Self::Windows10CertificateProfileBase(v) => &mut v.version,
            Self::Windows10CustomConfiguration(v) => &mut v.version,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut v.version,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.version,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.version,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.version
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.version,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.version,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.version,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.version,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.version,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.version,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.version,
            Self::Windows10VpnConfiguration(v) => &mut v.version,
            Self::Windows81CertificateProfileBase(v) => &mut v.version,
            Self::Windows81GeneralConfiguration(v) => &mut v.version,
            Self::Windows81ScepCertificateProfile(v) => &mut v.version,
            Self::Windows81TrustedRootCertificate(v) => &mut v.version,
            Self::Windows81VpnConfiguration(v) => &mut v.version,
            Self::Windows81WifiImportConfiguration(v) => &mut v.version,
            Self::WindowsCertificateProfileBase(v) => &mut v.version,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.version
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.version,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.version,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.version,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.version,
            Self::WindowsKioskConfiguration(v) => &mut v.version,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.version,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.version,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.version,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.version,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.version,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.version,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.version,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.version,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.version,
            Self::WindowsVpnConfiguration(v) => &mut v.version,
            Self::WindowsWifiConfiguration(v) => &mut v.version,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::DeviceConfiguration(v) => &v.assignments,
            Self::AndroidCertificateProfileBase(v) => &v.assignments,
            Self::AndroidCustomConfiguration(v) => &v.assignments,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.assignments,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.assignments
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.assignments,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.assignments,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.assignments,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.assignments,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.assignments,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.assignments,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.assignments,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.assignments,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.assignments,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.assignments,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.assignments,
            Self::AndroidForWorkCustomConfiguration(v) => &v.assignments,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.assignments,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.assignments,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.assignments,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.assignments,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.assignments,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.assignments,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.assignments,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.assignments,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.assignments,
            Self::AndroidForWorkVpnConfiguration(v) => &v.assignments,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.assignments,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.assignments,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.assignments,
            Self::AndroidOmaCpConfiguration(v) => &v.assignments,
            Self::AndroidPkcsCertificateProfile(v) => &v.assignments,
            Self::AndroidScepCertificateProfile(v) => &v.assignments,
            Self::AndroidTrustedRootCertificate(v) => &v.assignments,
            Self::AndroidVpnConfiguration(v) => &v.assignments,
            Self::AndroidWiFiConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.assignments,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.assignments,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.assignments,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.assignments,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.assignments,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.assignments,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.assignments,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.assignments,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.assignments,
            Self::AppleVpnConfiguration(v) => &v.assignments,
            Self::EasEmailProfileConfigurationBase(v) => &v.assignments,
            Self::EditionUpgradeConfiguration(v) => &v.assignments,
            Self::IosCertificateProfile(v) => &v.assignments,
            Self::IosCertificateProfileBase(v) => &v.assignments,
            Self::IosCustomConfiguration(v) => &v.assignments,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &v.assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &v.assignments,
            Self::IosEasEmailProfileConfiguration(v) => &v.assignments,
            Self::IosEduDeviceConfiguration(v) => &v.assignments,
            Self::IosEducationDeviceConfiguration(v) => &v.assignments,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.assignments,
            Self::IosExpeditedCheckinConfiguration(v) => &v.assignments,
            Self::IosGeneralDeviceConfiguration(v) => &v.assignments,
            Self::IosImportedPfxCertificateProfile(v) => &v.assignments,
            Self::IosPkcsCertificateProfile(v) => &v.assignments,
            Self::IosScepCertificateProfile(v) => &v.assignments,
            Self::IosTrustedRootCertificate(v) => &v.assignments,
            Self::IosUpdateConfiguration(v) => &v.assignments,
            Self::IosVpnConfiguration(v) => &v.assignments,
            Self::IosWiFiConfiguration(v) => &v.assignments,
            Self::IosikEv2VpnConfiguration(v) => &v.assignments,
            Self::MacOsCertificateProfileBase(v) => &v.assignments,
            Self::MacOsCustomAppConfiguration(v) => &v.assignments,
            Self::MacOsCustomConfiguration(v) => &v.assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.assignments,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.assignments,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.assignments,
            Self::MacOsExtensionsConfiguration(v) => &v.assignments,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.assignments,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.assignments,
            Self::MacOsPkcsCertificateProfile(v) => &v.assignments,
            Self::MacOsScepCertificateProfile(v) => &v.assignments,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.assignments,
            Self::MacOsTrustedRootCertificate(v) => &v.assignments,
            Self::MacOsVpnConfiguration(v) => &v.assignments,
            Self::MacOsWiFiConfiguration(v) => &v.assignments,
            Self::MacOsWiredNetworkConfiguration(v) => &v.assignments,
            Self::SharedPcConfiguration(v) => &v.assignments,
            Self::UnsupportedDeviceConfiguration(v) => &v.assignments,
            Self::VpnConfiguration(v) => &v.assignments,
            Self::Windows10CertificateProfileBase(v) => &v.assignments,
            Self::Windows10CustomConfiguration(v) => &v.assignments,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.assignments,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.assignments,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.assignments,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.assignments
            }
            Self::Windows10GeneralConfiguration(v) => &v.assignments,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.assignments,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.assignments,
            Self::Windows10PfxImportCertificateProfile(v) => &v.assignments,
            Self::Windows10PkcsCertificateProfile(v) => &v.assignments,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.assignments,
            Self::Windows10TeamGeneralConfiguration(v) => &v.assignments,
            Self::Windows10VpnConfiguration(v) => &v.assignments,
            Self::Windows81CertificateProfileBase(v) => &v.assignments,
            Self::Windows81GeneralConfiguration(v) => &v.assignments,
            Self::Windows81ScepCertificateProfile(v) => &v.assignments,
            Self::Windows81TrustedRootCertificate(v) => &v.assignments,
            Self::Windows81VpnConfiguration(v) => &v.assignments,
            Self::Windows81WifiImportConfiguration(v) => &v.assignments,
            Self::WindowsCertificateProfileBase(v) => &v.assignments,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.assignments
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.assignments,
            Self::WindowsDomainJoinConfiguration(v) => &v.assignments,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.assignments,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.assignments,
            Self::WindowsKioskConfiguration(v) => &v.assignments,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.assignments,
            Self::WindowsPhone81CustomConfiguration(v) => &v.assignments,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.assignments,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.assignments,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.assignments,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &v.assignments,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.assignments,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.assignments,
            Self::WindowsVpnConfiguration(v) => &v.assignments,
            Self::WindowsWifiConfiguration(v) => &v.assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.assignments,
            Self::AndroidCertificateProfileBase(v) => &mut v.assignments,
            Self::AndroidCustomConfiguration(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.assignments
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.assignments
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.assignments,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.assignments,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.assignments,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.assignments,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.assignments,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.assignments,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::AndroidOmaCpConfiguration(v) => &mut v.assignments,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.assignments,
            Self::AndroidScepCertificateProfile(v) => &mut v.assignments,
            Self::AndroidTrustedRootCertificate(v) => &mut v.assignments,
            Self::AndroidVpnConfiguration(v) => &mut v.assignments,
            Self::AndroidWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.assignments,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.assignments,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.assignments,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.assignments,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.assignments,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.assignments,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.assignments,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.assignments,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.assignments,
            Self::AppleVpnConfiguration(v) => &mut v.assignments,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.assignments,
            Self::EditionUpgradeConfiguration(v) => &mut v.assignments,
            Self::IosCertificateProfile(v) => &mut v.assignments,
            Self::IosCertificateProfileBase(v) => &mut v.assignments,
            Self::IosCustomConfiguration(v) => &mut v.assignments,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.assignments
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.assignments,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.assignments,
            Self::IosEduDeviceConfiguration(v) => &mut v.assignments,
            Self::IosEducationDeviceConfiguration(v) => &mut v.assignments,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.assignments,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.assignments,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::IosPkcsCertificateProfile(v) => &mut v.assignments,
            Self::IosScepCertificateProfile(v) => &mut v.assignments,
            Self::IosTrustedRootCertificate(v) => &mut v.assignments,
            Self::IosUpdateConfiguration(v) => &mut v.assignments,
            Self::IosVpnConfiguration(v) => &mut v.assignments,
            Self::IosWiFiConfiguration(v) => &mut v.assignments,
            Self::IosikEv2VpnConfiguration(v) => &mut v.assignments,
            Self::MacOsCertificateProfileBase(v) => &mut v.assignments,
            Self::MacOsCustomAppConfiguration(v) => &mut v.assignments,
            Self::MacOsCustomConfiguration(v) => &mut v.assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.assignments,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.assignments,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.assignments,
            Self::MacOsExtensionsConfiguration(v) => &mut v.assignments,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.assignments,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.assignments,
            Self::MacOsScepCertificateProfile(v) => &mut v.assignments,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.assignments,
            Self::MacOsTrustedRootCertificate(v) => &mut v.assignments,
            Self::MacOsVpnConfiguration(v) => &mut v.assignments,
            Self::MacOsWiFiConfiguration(v) => &mut v.assignments,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.assignments,
            Self::SharedPcConfiguration(v) => &mut v.assignments,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.assignments,
            Self::VpnConfiguration(v) => &mut v.assignments,
            Self::Windows10CertificateProfileBase(v) => &mut v.assignments,
            Self::Windows10CustomConfiguration(v) => &mut v.assignments,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut v.assignments,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.assignments,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.assignments,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.assignments
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.assignments,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.assignments,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.assignments,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.assignments,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.assignments,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.assignments,
            Self::Windows10VpnConfiguration(v) => &mut v.assignments,
            Self::Windows81CertificateProfileBase(v) => &mut v.assignments,
            Self::Windows81GeneralConfiguration(v) => &mut v.assignments,
            Self::Windows81ScepCertificateProfile(v) => &mut v.assignments,
            Self::Windows81TrustedRootCertificate(v) => &mut v.assignments,
            Self::Windows81VpnConfiguration(v) => &mut v.assignments,
            Self::Windows81WifiImportConfiguration(v) => &mut v.assignments,
            Self::WindowsCertificateProfileBase(v) => &mut v.assignments,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.assignments
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.assignments,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.assignments,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.assignments,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.assignments,
            Self::WindowsKioskConfiguration(v) => &mut v.assignments,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.assignments,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.assignments,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.assignments,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.assignments,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.assignments,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.assignments,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.assignments,
            Self::WindowsVpnConfiguration(v) => &mut v.assignments,
            Self::WindowsWifiConfiguration(v) => &mut v.assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::DeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::AndroidCustomConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkCustomConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidOmaCpConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidPkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::AndroidScepCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::AndroidTrustedRootCertificate(v) => &v.device_setting_state_summaries,
            Self::AndroidVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AppleVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::EasEmailProfileConfigurationBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::EditionUpgradeConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::IosCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::IosCustomConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosEasEmailProfileConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosEduDeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosEducationDeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosExpeditedCheckinConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosGeneralDeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosPkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::IosScepCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::IosTrustedRootCertificate(v) => &v.device_setting_state_summaries,
            Self::IosUpdateConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosikEv2VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::MacOsCustomAppConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsCustomConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::MacOsExtensionsConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::MacOsPkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::MacOsScepCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::MacOsTrustedRootCertificate(v) => &v.device_setting_state_summaries,
            Self::MacOsVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsWiredNetworkConfiguration(v) => &v.device_setting_state_summaries,
            Self::SharedPcConfiguration(v) => &v.device_setting_state_summaries,
            Self::UnsupportedDeviceConfiguration(v) => &v.device_setting_state_summaries,
            Self::VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows10CertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::Windows10CustomConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10GeneralConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10PkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows81CertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::Windows81GeneralConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows81ScepCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::Windows81TrustedRootCertificate(v) => &v.device_setting_state_summaries,
            Self::Windows81VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows81WifiImportConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsDomainJoinConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsKioskConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsWifiConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.device_setting_state_summaries
            }
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidCustomConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidEasEmailProfileConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkCustomConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkVpnConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidOmaCpConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidScepCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidTrustedRootCertificate(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidWiFiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AppleVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::EasEmailProfileConfigurationBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::EditionUpgradeConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::IosCertificateProfileBase(v) => &mut v.device_setting_state_summaries,
            Self::IosCustomConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosEduDeviceConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosEducationDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosPkcsCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::IosScepCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::IosTrustedRootCertificate(v) => &mut v.device_setting_state_summaries,
            Self::IosUpdateConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosWiFiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsCertificateProfileBase(v) => &mut v.device_setting_state_summaries,
            Self::MacOsCustomAppConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsCustomConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsExtensionsConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsGeneralDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsPkcsCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::MacOsScepCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsTrustedRootCertificate(v) => &mut v.device_setting_state_summaries,
            Self::MacOsVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsWiFiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsWiredNetworkConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::SharedPcConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::UnsupportedDeviceConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10CustomConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10GeneralConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10TeamGeneralConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81GeneralConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81TrustedRootCertificate(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::Windows81WifiImportConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsDomainJoinConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsKioskConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81CustomConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81GeneralConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::WindowsWifiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::DeviceConfiguration(v) => &v.device_statuses,
            Self::AndroidCertificateProfileBase(v) => &v.device_statuses,
            Self::AndroidCustomConfiguration(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_statuses
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.device_statuses
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.device_statuses,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.device_statuses,
            Self::AndroidForWorkCustomConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.device_statuses,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.device_statuses,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.device_statuses,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.device_statuses,
            Self::AndroidForWorkVpnConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::AndroidOmaCpConfiguration(v) => &v.device_statuses,
            Self::AndroidPkcsCertificateProfile(v) => &v.device_statuses,
            Self::AndroidScepCertificateProfile(v) => &v.device_statuses,
            Self::AndroidTrustedRootCertificate(v) => &v.device_statuses,
            Self::AndroidVpnConfiguration(v) => &v.device_statuses,
            Self::AndroidWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.device_statuses,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.device_statuses,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.device_statuses,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.device_statuses,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.device_statuses,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.device_statuses,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.device_statuses,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.device_statuses,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.device_statuses,
            Self::AppleVpnConfiguration(v) => &v.device_statuses,
            Self::EasEmailProfileConfigurationBase(v) => &v.device_statuses,
            Self::EditionUpgradeConfiguration(v) => &v.device_statuses,
            Self::IosCertificateProfile(v) => &v.device_statuses,
            Self::IosCertificateProfileBase(v) => &v.device_statuses,
            Self::IosCustomConfiguration(v) => &v.device_statuses,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_statuses
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_statuses,
            Self::IosEasEmailProfileConfiguration(v) => &v.device_statuses,
            Self::IosEduDeviceConfiguration(v) => &v.device_statuses,
            Self::IosEducationDeviceConfiguration(v) => &v.device_statuses,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.device_statuses,
            Self::IosExpeditedCheckinConfiguration(v) => &v.device_statuses,
            Self::IosGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::IosImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::IosPkcsCertificateProfile(v) => &v.device_statuses,
            Self::IosScepCertificateProfile(v) => &v.device_statuses,
            Self::IosTrustedRootCertificate(v) => &v.device_statuses,
            Self::IosUpdateConfiguration(v) => &v.device_statuses,
            Self::IosVpnConfiguration(v) => &v.device_statuses,
            Self::IosWiFiConfiguration(v) => &v.device_statuses,
            Self::IosikEv2VpnConfiguration(v) => &v.device_statuses,
            Self::MacOsCertificateProfileBase(v) => &v.device_statuses,
            Self::MacOsCustomAppConfiguration(v) => &v.device_statuses,
            Self::MacOsCustomConfiguration(v) => &v.device_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.device_statuses,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.device_statuses,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.device_statuses,
            Self::MacOsExtensionsConfiguration(v) => &v.device_statuses,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.device_statuses,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::MacOsPkcsCertificateProfile(v) => &v.device_statuses,
            Self::MacOsScepCertificateProfile(v) => &v.device_statuses,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.device_statuses,
            Self::MacOsTrustedRootCertificate(v) => &v.device_statuses,
            Self::MacOsVpnConfiguration(v) => &v.device_statuses,
            Self::MacOsWiFiConfiguration(v) => &v.device_statuses,
            Self::MacOsWiredNetworkConfiguration(v) => &v.device_statuses,
            Self::SharedPcConfiguration(v) => &v.device_statuses,
            Self::UnsupportedDeviceConfiguration(v) => &v.device_statuses,
            Self::VpnConfiguration(v) => &v.device_statuses,
            Self::Windows10CertificateProfileBase(v) => &v.device_statuses,
            Self::Windows10CustomConfiguration(v) => &v.device_statuses,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.device_statuses,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.device_statuses,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.device_statuses,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_statuses
            }
            Self::Windows10GeneralConfiguration(v) => &v.device_statuses,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.device_statuses,
            Self::Windows10PfxImportCertificateProfile(v) => &v.device_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &v.device_statuses,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.device_statuses,
            Self::Windows10TeamGeneralConfiguration(v) => &v.device_statuses,
            Self::Windows10VpnConfiguration(v) => &v.device_statuses,
            Self::Windows81CertificateProfileBase(v) => &v.device_statuses,
            Self::Windows81GeneralConfiguration(v) => &v.device_statuses,
            Self::Windows81ScepCertificateProfile(v) => &v.device_statuses,
            Self::Windows81TrustedRootCertificate(v) => &v.device_statuses,
            Self::Windows81VpnConfiguration(v) => &v.device_statuses,
            Self::Windows81WifiImportConfiguration(v) => &v.device_statuses,
            Self::WindowsCertificateProfileBase(v) => &v.device_statuses,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_statuses
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.device_statuses,
            Self::WindowsDomainJoinConfiguration(v) => &v.device_statuses,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.device_statuses,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.device_statuses,
            Self::WindowsKioskConfiguration(v) => &v.device_statuses,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.device_statuses,
            Self::WindowsPhone81CustomConfiguration(v) => &v.device_statuses,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.device_statuses,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.device_statuses,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.device_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_statuses,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.device_statuses,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.device_statuses,
            Self::WindowsVpnConfiguration(v) => &v.device_statuses,
            Self::WindowsWifiConfiguration(v) => &v.device_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.device_statuses,
            Self::AndroidCertificateProfileBase(v) => &mut v.device_statuses,
            Self::AndroidCustomConfiguration(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.device_statuses
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.device_statuses,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.device_statuses,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.device_statuses,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_statuses
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.device_statuses,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.device_statuses,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidOmaCpConfiguration(v) => &mut v.device_statuses,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidScepCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidTrustedRootCertificate(v) => &mut v.device_statuses,
            Self::AndroidVpnConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.device_statuses,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.device_statuses,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.device_statuses,
            Self::AppleVpnConfiguration(v) => &mut v.device_statuses,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.device_statuses,
            Self::EditionUpgradeConfiguration(v) => &mut v.device_statuses,
            Self::IosCertificateProfile(v) => &mut v.device_statuses,
            Self::IosCertificateProfileBase(v) => &mut v.device_statuses,
            Self::IosCustomConfiguration(v) => &mut v.device_statuses,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.device_statuses,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.device_statuses,
            Self::IosEduDeviceConfiguration(v) => &mut v.device_statuses,
            Self::IosEducationDeviceConfiguration(v) => &mut v.device_statuses,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.device_statuses,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.device_statuses,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.device_statuses,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.device_statuses,
            Self::IosPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::IosScepCertificateProfile(v) => &mut v.device_statuses,
            Self::IosTrustedRootCertificate(v) => &mut v.device_statuses,
            Self::IosUpdateConfiguration(v) => &mut v.device_statuses,
            Self::IosVpnConfiguration(v) => &mut v.device_statuses,
            Self::IosWiFiConfiguration(v) => &mut v.device_statuses,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_statuses,
            Self::MacOsCertificateProfileBase(v) => &mut v.device_statuses,
            Self::MacOsCustomAppConfiguration(v) => &mut v.device_statuses,
            Self::MacOsCustomConfiguration(v) => &mut v.device_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.device_statuses,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.device_statuses,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.device_statuses,
            Self::MacOsExtensionsConfiguration(v) => &mut v.device_statuses,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.device_statuses,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.device_statuses,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::MacOsScepCertificateProfile(v) => &mut v.device_statuses,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.device_statuses,
            Self::MacOsTrustedRootCertificate(v) => &mut v.device_statuses,
            Self::MacOsVpnConfiguration(v) => &mut v.device_statuses,
            Self::MacOsWiFiConfiguration(v) => &mut v.device_statuses,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.device_statuses,
            Self::SharedPcConfiguration(v) => &mut v.device_statuses,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.device_statuses,
            Self::VpnConfiguration(v) => &mut v.device_statuses,
            Self::Windows10CertificateProfileBase(v) => &mut v.device_statuses,
            Self::Windows10CustomConfiguration(v) => &mut v.device_statuses,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.device_statuses
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.device_statuses,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.device_statuses,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.device_statuses,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.device_statuses,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.device_statuses,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.device_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.device_statuses,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.device_statuses,
            Self::Windows10VpnConfiguration(v) => &mut v.device_statuses,
            Self::Windows81CertificateProfileBase(v) => &mut v.device_statuses,
            Self::Windows81GeneralConfiguration(v) => &mut v.device_statuses,
            Self::Windows81ScepCertificateProfile(v) => &mut v.device_statuses,
            Self::Windows81TrustedRootCertificate(v) => &mut v.device_statuses,
            Self::Windows81VpnConfiguration(v) => &mut v.device_statuses,
            Self::Windows81WifiImportConfiguration(v) => &mut v.device_statuses,
            Self::WindowsCertificateProfileBase(v) => &mut v.device_statuses,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_statuses
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.device_statuses,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.device_statuses,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.device_statuses,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.device_statuses,
            Self::WindowsKioskConfiguration(v) => &mut v.device_statuses,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.device_statuses,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.device_statuses,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.device_statuses,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.device_statuses
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.device_statuses,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.device_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.device_statuses,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.device_statuses,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.device_statuses,
            Self::WindowsVpnConfiguration(v) => &mut v.device_statuses,
            Self::WindowsWifiConfiguration(v) => &mut v.device_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::DeviceConfiguration(v) => &v.device_status_overview,
            Self::AndroidCertificateProfileBase(v) => &v.device_status_overview,
            Self::AndroidCustomConfiguration(v) => &v.device_status_overview,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.device_status_overview
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &v.device_status_overview
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.device_status_overview,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.device_status_overview,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.device_status_overview,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.device_status_overview,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.device_status_overview,
            Self::AndroidForWorkCustomConfiguration(v) => &v.device_status_overview,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.device_status_overview,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.device_status_overview,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.device_status_overview,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.device_status_overview,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.device_status_overview,
            Self::AndroidForWorkVpnConfiguration(v) => &v.device_status_overview,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.device_status_overview,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.device_status_overview,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.device_status_overview,
            Self::AndroidOmaCpConfiguration(v) => &v.device_status_overview,
            Self::AndroidPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::AndroidScepCertificateProfile(v) => &v.device_status_overview,
            Self::AndroidTrustedRootCertificate(v) => &v.device_status_overview,
            Self::AndroidVpnConfiguration(v) => &v.device_status_overview,
            Self::AndroidWiFiConfiguration(v) => &v.device_status_overview,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.device_status_overview,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.device_status_overview,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.device_status_overview,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.device_status_overview,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.device_status_overview,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.device_status_overview,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.device_status_overview,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.device_status_overview,
            Self::AppleVpnConfiguration(v) => &v.device_status_overview,
            Self::EasEmailProfileConfigurationBase(v) => &v.device_status_overview,
            Self::EditionUpgradeConfiguration(v) => &v.device_status_overview,
            Self::IosCertificateProfile(v) => &v.device_status_overview,
            Self::IosCertificateProfileBase(v) => &v.device_status_overview,
            Self::IosCustomConfiguration(v) => &v.device_status_overview,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.device_status_overview
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_status_overview,
            Self::IosEasEmailProfileConfiguration(v) => &v.device_status_overview,
            Self::IosEduDeviceConfiguration(v) => &v.device_status_overview,
            Self::IosEducationDeviceConfiguration(v) => &v.device_status_overview,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.device_status_overview,
            Self::IosExpeditedCheckinConfiguration(v) => &v.device_status_overview,
            Self::IosGeneralDeviceConfiguration(v) => &v.device_status_overview,
            Self::IosImportedPfxCertificateProfile(v) => &v.device_status_overview,
            Self::IosPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::IosScepCertificateProfile(v) => &v.device_status_overview,
            Self::IosTrustedRootCertificate(v) => &v.device_status_overview,
            Self::IosUpdateConfiguration(v) => &v.device_status_overview,
            Self::IosVpnConfiguration(v) => &v.device_status_overview,
            Self::IosWiFiConfiguration(v) => &v.device_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &v.device_status_overview,
            Self::MacOsCertificateProfileBase(v) => &v.device_status_overview,
            Self::MacOsCustomAppConfiguration(v) => &v.device_status_overview,
            Self::MacOsCustomConfiguration(v) => &v.device_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.device_status_overview,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.device_status_overview,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.device_status_overview,
            Self::MacOsExtensionsConfiguration(v) => &v.device_status_overview,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.device_status_overview,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.device_status_overview,
            Self::MacOsPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::MacOsScepCertificateProfile(v) => &v.device_status_overview,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.device_status_overview,
            Self::MacOsTrustedRootCertificate(v) => &v.device_status_overview,
            Self::MacOsVpnConfiguration(v) => &v.device_status_overview,
            Self::MacOsWiFiConfiguration(v) => &v.device_status_overview,
            Self::MacOsWiredNetworkConfiguration(v) => &v.device_status_overview,
            Self::SharedPcConfiguration(v) => &v.device_status_overview,
            Self::UnsupportedDeviceConfiguration(v) => &v.device_status_overview,
            Self::VpnConfiguration(v) => &v.device_status_overview,
            Self::Windows10CertificateProfileBase(v) => &v.device_status_overview,
            Self::Windows10CustomConfiguration(v) => &v.device_status_overview,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.device_status_overview
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &v.device_status_overview,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &v.device_status_overview
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.device_status_overview
            }
            Self::Windows10GeneralConfiguration(v) => &v.device_status_overview,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.device_status_overview,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.device_status_overview,
            Self::Windows10PfxImportCertificateProfile(v) => &v.device_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &v.device_status_overview,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.device_status_overview,
            Self::Windows10TeamGeneralConfiguration(v) => &v.device_status_overview,
            Self::Windows10VpnConfiguration(v) => &v.device_status_overview,
            Self::Windows81CertificateProfileBase(v) => &v.device_status_overview,
            Self::Windows81GeneralConfiguration(v) => &v.device_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &v.device_status_overview,
            Self::Windows81TrustedRootCertificate(v) => &v.device_status_overview,
            Self::Windows81VpnConfiguration(v) => &v.device_status_overview,
            Self::Windows81WifiImportConfiguration(v) => &v.device_status_overview,
            Self::WindowsCertificateProfileBase(v) => &v.device_status_overview,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.device_status_overview
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &v.device_status_overview
            }
            Self::WindowsDomainJoinConfiguration(v) => &v.device_status_overview,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.device_status_overview,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.device_status_overview,
            Self::WindowsKioskConfiguration(v) => &v.device_status_overview,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.device_status_overview,
            Self::WindowsPhone81CustomConfiguration(v) => &v.device_status_overview,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.device_status_overview,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.device_status_overview,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.device_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_status_overview,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &v.device_status_overview
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.device_status_overview,
            Self::WindowsVpnConfiguration(v) => &v.device_status_overview,
            Self::WindowsWifiConfiguration(v) => &v.device_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::AndroidCustomConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.device_status_overview,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidOmaCpConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::AndroidScepCertificateProfile(v) => &mut v.device_status_overview,
            Self::AndroidTrustedRootCertificate(v) => &mut v.device_status_overview,
            Self::AndroidVpnConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_status_overview
            }
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_status_overview
            }
            Self::AppleVpnConfiguration(v) => &mut v.device_status_overview,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.device_status_overview,
            Self::EditionUpgradeConfiguration(v) => &mut v.device_status_overview,
            Self::IosCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::IosCustomConfiguration(v) => &mut v.device_status_overview,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.device_status_overview,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.device_status_overview,
            Self::IosEduDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::IosEducationDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.device_status_overview,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosPkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosScepCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosTrustedRootCertificate(v) => &mut v.device_status_overview,
            Self::IosUpdateConfiguration(v) => &mut v.device_status_overview,
            Self::IosVpnConfiguration(v) => &mut v.device_status_overview,
            Self::IosWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::MacOsCustomAppConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsCustomConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsEndpointProtectionConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsExtensionsConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.device_status_overview,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::MacOsScepCertificateProfile(v) => &mut v.device_status_overview,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsTrustedRootCertificate(v) => &mut v.device_status_overview,
            Self::MacOsVpnConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.device_status_overview,
            Self::SharedPcConfiguration(v) => &mut v.device_status_overview,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.device_status_overview,
            Self::VpnConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10CertificateProfileBase(v) => &mut v.device_status_overview,
            Self::Windows10CustomConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10PfxImportCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10PkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10VpnConfiguration(v) => &mut v.device_status_overview,
            Self::Windows81CertificateProfileBase(v) => &mut v.device_status_overview,
            Self::Windows81GeneralConfiguration(v) => &mut v.device_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &mut v.device_status_overview,
            Self::Windows81TrustedRootCertificate(v) => &mut v.device_status_overview,
            Self::Windows81VpnConfiguration(v) => &mut v.device_status_overview,
            Self::Windows81WifiImportConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsDomainJoinConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsHealthMonitoringConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsKioskConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsVpnConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsWifiConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_status_overview
            }
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::DeviceConfiguration(v) => &v.group_assignments,
            Self::AndroidCertificateProfileBase(v) => &v.group_assignments,
            Self::AndroidCustomConfiguration(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.group_assignments
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.group_assignments
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.group_assignments
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.group_assignments,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.group_assignments,
            Self::AndroidForWorkCustomConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.group_assignments,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.group_assignments,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.group_assignments,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.group_assignments,
            Self::AndroidForWorkVpnConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.group_assignments,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::AndroidOmaCpConfiguration(v) => &v.group_assignments,
            Self::AndroidPkcsCertificateProfile(v) => &v.group_assignments,
            Self::AndroidScepCertificateProfile(v) => &v.group_assignments,
            Self::AndroidTrustedRootCertificate(v) => &v.group_assignments,
            Self::AndroidVpnConfiguration(v) => &v.group_assignments,
            Self::AndroidWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.group_assignments,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.group_assignments,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.group_assignments,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.group_assignments
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.group_assignments,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.group_assignments,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.group_assignments,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.group_assignments,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.group_assignments,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.group_assignments,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.group_assignments,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.group_assignments,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.group_assignments,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.group_assignments,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.group_assignments,
            Self::AppleVpnConfiguration(v) => &v.group_assignments,
            Self::EasEmailProfileConfigurationBase(v) => &v.group_assignments,
            Self::EditionUpgradeConfiguration(v) => &v.group_assignments,
            Self::IosCertificateProfile(v) => &v.group_assignments,
            Self::IosCertificateProfileBase(v) => &v.group_assignments,
            Self::IosCustomConfiguration(v) => &v.group_assignments,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.group_assignments
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.group_assignments,
            Self::IosEasEmailProfileConfiguration(v) => &v.group_assignments,
            Self::IosEduDeviceConfiguration(v) => &v.group_assignments,
            Self::IosEducationDeviceConfiguration(v) => &v.group_assignments,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.group_assignments,
            Self::IosExpeditedCheckinConfiguration(v) => &v.group_assignments,
            Self::IosGeneralDeviceConfiguration(v) => &v.group_assignments,
            Self::IosImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::IosPkcsCertificateProfile(v) => &v.group_assignments,
            Self::IosScepCertificateProfile(v) => &v.group_assignments,
            Self::IosTrustedRootCertificate(v) => &v.group_assignments,
            Self::IosUpdateConfiguration(v) => &v.group_assignments,
            Self::IosVpnConfiguration(v) => &v.group_assignments,
            Self::IosWiFiConfiguration(v) => &v.group_assignments,
            Self::IosikEv2VpnConfiguration(v) => &v.group_assignments,
            Self::MacOsCertificateProfileBase(v) => &v.group_assignments,
            Self::MacOsCustomAppConfiguration(v) => &v.group_assignments,
            Self::MacOsCustomConfiguration(v) => &v.group_assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.group_assignments,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.group_assignments,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.group_assignments,
            Self::MacOsExtensionsConfiguration(v) => &v.group_assignments,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.group_assignments,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::MacOsPkcsCertificateProfile(v) => &v.group_assignments,
            Self::MacOsScepCertificateProfile(v) => &v.group_assignments,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.group_assignments,
            Self::MacOsTrustedRootCertificate(v) => &v.group_assignments,
            Self::MacOsVpnConfiguration(v) => &v.group_assignments,
            Self::MacOsWiFiConfiguration(v) => &v.group_assignments,
            Self::MacOsWiredNetworkConfiguration(v) => &v.group_assignments,
            Self::SharedPcConfiguration(v) => &v.group_assignments,
            Self::UnsupportedDeviceConfiguration(v) => &v.group_assignments,
            Self::VpnConfiguration(v) => &v.group_assignments,
            Self::Windows10CertificateProfileBase(v) => &v.group_assignments,
            Self::Windows10CustomConfiguration(v) => &v.group_assignments,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.group_assignments
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &v.group_assignments,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.group_assignments,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.group_assignments
            }
            Self::Windows10GeneralConfiguration(v) => &v.group_assignments,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.group_assignments,
            Self::Windows10PfxImportCertificateProfile(v) => &v.group_assignments,
            Self::Windows10PkcsCertificateProfile(v) => &v.group_assignments,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.group_assignments,
            Self::Windows10TeamGeneralConfiguration(v) => &v.group_assignments,
            Self::Windows10VpnConfiguration(v) => &v.group_assignments,
            Self::Windows81CertificateProfileBase(v) => &v.group_assignments,
            Self::Windows81GeneralConfiguration(v) => &v.group_assignments,
            Self::Windows81ScepCertificateProfile(v) => &v.group_assignments,
            Self::Windows81TrustedRootCertificate(v) => &v.group_assignments,
            Self::Windows81VpnConfiguration(v) => &v.group_assignments,
            Self::Windows81WifiImportConfiguration(v) => &v.group_assignments,
            Self::WindowsCertificateProfileBase(v) => &v.group_assignments,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.group_assignments
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.group_assignments,
            Self::WindowsDomainJoinConfiguration(v) => &v.group_assignments,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.group_assignments,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.group_assignments,
            Self::WindowsKioskConfiguration(v) => &v.group_assignments,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.group_assignments,
            Self::WindowsPhone81CustomConfiguration(v) => &v.group_assignments,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.group_assignments,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.group_assignments,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.group_assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &v.group_assignments,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.group_assignments,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.group_assignments,
            Self::WindowsVpnConfiguration(v) => &v.group_assignments,
            Self::WindowsWifiConfiguration(v) => &v.group_assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.group_assignments,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    > {
        match self {
            Self::DeviceConfiguration(v) => &mut v.group_assignments,
            Self::AndroidCertificateProfileBase(v) => &mut v.group_assignments,
            Self::AndroidCustomConfiguration(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.group_assignments
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.group_assignments,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.group_assignments,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.group_assignments,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.group_assignments,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.group_assignments,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.group_assignments,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.group_assignments
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.group_assignments,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.group_assignments,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.group_assignments,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.group_assignments,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidOmaCpConfiguration(v) => &mut v.group_assignments,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidScepCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidTrustedRootCertificate(v) => &mut v.group_assignments,
            Self::AndroidVpnConfiguration(v) => &mut v.group_assignments,
            Self::AndroidWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.group_assignments,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.group_assignments,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.group_assignments,
            Self::AppleVpnConfiguration(v) => &mut v.group_assignments,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.group_assignments,
            Self::EditionUpgradeConfiguration(v) => &mut v.group_assignments,
            Self::IosCertificateProfile(v) => &mut v.group_assignments,
            Self::IosCertificateProfileBase(v) => &mut v.group_assignments,
            Self::IosCustomConfiguration(v) => &mut v.group_assignments,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.group_assignments,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.group_assignments,
            Self::IosEduDeviceConfiguration(v) => &mut v.group_assignments,
            Self::IosEducationDeviceConfiguration(v) => &mut v.group_assignments,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.group_assignments,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.group_assignments,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.group_assignments,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.group_assignments,
            Self::IosPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::IosScepCertificateProfile(v) => &mut v.group_assignments,
            Self::IosTrustedRootCertificate(v) => &mut v.group_assignments,
            Self::IosUpdateConfiguration(v) => &mut v.group_assignments,
            Self::IosVpnConfiguration(v) => &mut v.group_assignments,
            Self::IosWiFiConfiguration(v) => &mut v.group_assignments,
            Self::IosikEv2VpnConfiguration(v) => &mut v.group_assignments,
            Self::MacOsCertificateProfileBase(v) => &mut v.group_assignments,
            Self::MacOsCustomAppConfiguration(v) => &mut v.group_assignments,
            Self::MacOsCustomConfiguration(v) => &mut v.group_assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.group_assignments,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.group_assignments,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.group_assignments,
            Self::MacOsExtensionsConfiguration(v) => &mut v.group_assignments,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.group_assignments,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.group_assignments,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::MacOsScepCertificateProfile(v) => &mut v.group_assignments,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.group_assignments,
            Self::MacOsTrustedRootCertificate(v) => &mut v.group_assignments,
            Self::MacOsVpnConfiguration(v) => &mut v.group_assignments,
            Self::MacOsWiFiConfiguration(v) => &mut v.group_assignments,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.group_assignments,
            Self::SharedPcConfiguration(v) => &mut v.group_assignments,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.group_assignments,
            Self::VpnConfiguration(v) => &mut v.group_assignments,
            Self::Windows10CertificateProfileBase(v) => &mut v.group_assignments,
            Self::Windows10CustomConfiguration(v) => &mut v.group_assignments,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.group_assignments
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.group_assignments,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.group_assignments,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.group_assignments,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.group_assignments,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.group_assignments,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.group_assignments,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.group_assignments,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.group_assignments,
            Self::Windows10VpnConfiguration(v) => &mut v.group_assignments,
            Self::Windows81CertificateProfileBase(v) => &mut v.group_assignments,
            Self::Windows81GeneralConfiguration(v) => &mut v.group_assignments,
            Self::Windows81ScepCertificateProfile(v) => &mut v.group_assignments,
            Self::Windows81TrustedRootCertificate(v) => &mut v.group_assignments,
            Self::Windows81VpnConfiguration(v) => &mut v.group_assignments,
            Self::Windows81WifiImportConfiguration(v) => &mut v.group_assignments,
            Self::WindowsCertificateProfileBase(v) => &mut v.group_assignments,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.group_assignments
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.group_assignments,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.group_assignments,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.group_assignments,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.group_assignments,
            Self::WindowsKioskConfiguration(v) => &mut v.group_assignments,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.group_assignments,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.group_assignments,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.group_assignments,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.group_assignments
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.group_assignments,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.group_assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.group_assignments,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.group_assignments,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.group_assignments,
            Self::WindowsVpnConfiguration(v) => &mut v.group_assignments,
            Self::WindowsWifiConfiguration(v) => &mut v.group_assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::DeviceConfiguration(v) => &v.user_statuses,
            Self::AndroidCertificateProfileBase(v) => &v.user_statuses,
            Self::AndroidCustomConfiguration(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.user_statuses
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.user_statuses,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.user_statuses,
            Self::AndroidForWorkCustomConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.user_statuses,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.user_statuses,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.user_statuses,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.user_statuses,
            Self::AndroidForWorkVpnConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::AndroidOmaCpConfiguration(v) => &v.user_statuses,
            Self::AndroidPkcsCertificateProfile(v) => &v.user_statuses,
            Self::AndroidScepCertificateProfile(v) => &v.user_statuses,
            Self::AndroidTrustedRootCertificate(v) => &v.user_statuses,
            Self::AndroidVpnConfiguration(v) => &v.user_statuses,
            Self::AndroidWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.user_statuses,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.user_statuses,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.user_statuses,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.user_statuses,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.user_statuses,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.user_statuses,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.user_statuses,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.user_statuses,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.user_statuses,
            Self::AppleVpnConfiguration(v) => &v.user_statuses,
            Self::EasEmailProfileConfigurationBase(v) => &v.user_statuses,
            Self::EditionUpgradeConfiguration(v) => &v.user_statuses,
            Self::IosCertificateProfile(v) => &v.user_statuses,
            Self::IosCertificateProfileBase(v) => &v.user_statuses,
            Self::IosCustomConfiguration(v) => &v.user_statuses,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &v.user_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &v.user_statuses,
            Self::IosEasEmailProfileConfiguration(v) => &v.user_statuses,
            Self::IosEduDeviceConfiguration(v) => &v.user_statuses,
            Self::IosEducationDeviceConfiguration(v) => &v.user_statuses,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.user_statuses,
            Self::IosExpeditedCheckinConfiguration(v) => &v.user_statuses,
            Self::IosGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::IosImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::IosPkcsCertificateProfile(v) => &v.user_statuses,
            Self::IosScepCertificateProfile(v) => &v.user_statuses,
            Self::IosTrustedRootCertificate(v) => &v.user_statuses,
            Self::IosUpdateConfiguration(v) => &v.user_statuses,
            Self::IosVpnConfiguration(v) => &v.user_statuses,
            Self::IosWiFiConfiguration(v) => &v.user_statuses,
            Self::IosikEv2VpnConfiguration(v) => &v.user_statuses,
            Self::MacOsCertificateProfileBase(v) => &v.user_statuses,
            Self::MacOsCustomAppConfiguration(v) => &v.user_statuses,
            Self::MacOsCustomConfiguration(v) => &v.user_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.user_statuses,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.user_statuses,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.user_statuses,
            Self::MacOsExtensionsConfiguration(v) => &v.user_statuses,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.user_statuses,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::MacOsPkcsCertificateProfile(v) => &v.user_statuses,
            Self::MacOsScepCertificateProfile(v) => &v.user_statuses,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.user_statuses,
            Self::MacOsTrustedRootCertificate(v) => &v.user_statuses,
            Self::MacOsVpnConfiguration(v) => &v.user_statuses,
            Self::MacOsWiFiConfiguration(v) => &v.user_statuses,
            Self::MacOsWiredNetworkConfiguration(v) => &v.user_statuses,
            Self::SharedPcConfiguration(v) => &v.user_statuses,
            Self::UnsupportedDeviceConfiguration(v) => &v.user_statuses,
            Self::VpnConfiguration(v) => &v.user_statuses,
            Self::Windows10CertificateProfileBase(v) => &v.user_statuses,
            Self::Windows10CustomConfiguration(v) => &v.user_statuses,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.user_statuses,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.user_statuses,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.user_statuses,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.user_statuses
            }
            Self::Windows10GeneralConfiguration(v) => &v.user_statuses,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.user_statuses,
            Self::Windows10PfxImportCertificateProfile(v) => &v.user_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &v.user_statuses,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.user_statuses,
            Self::Windows10TeamGeneralConfiguration(v) => &v.user_statuses,
            Self::Windows10VpnConfiguration(v) => &v.user_statuses,
            Self::Windows81CertificateProfileBase(v) => &v.user_statuses,
            Self::Windows81GeneralConfiguration(v) => &v.user_statuses,
            Self::Windows81ScepCertificateProfile(v) => &v.user_statuses,
            Self::Windows81TrustedRootCertificate(v) => &v.user_statuses,
            Self::Windows81VpnConfiguration(v) => &v.user_statuses,
            Self::Windows81WifiImportConfiguration(v) => &v.user_statuses,
            Self::WindowsCertificateProfileBase(v) => &v.user_statuses,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.user_statuses
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.user_statuses,
            Self::WindowsDomainJoinConfiguration(v) => &v.user_statuses,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.user_statuses,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.user_statuses,
            Self::WindowsKioskConfiguration(v) => &v.user_statuses,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.user_statuses,
            Self::WindowsPhone81CustomConfiguration(v) => &v.user_statuses,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.user_statuses,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.user_statuses,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.user_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &v.user_statuses,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.user_statuses,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.user_statuses,
            Self::WindowsVpnConfiguration(v) => &v.user_statuses,
            Self::WindowsWifiConfiguration(v) => &v.user_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.user_statuses,
            Self::AndroidCertificateProfileBase(v) => &mut v.user_statuses,
            Self::AndroidCustomConfiguration(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.user_statuses
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.user_statuses
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.user_statuses
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.user_statuses,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.user_statuses,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.user_statuses,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.user_statuses,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidOmaCpConfiguration(v) => &mut v.user_statuses,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidScepCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidTrustedRootCertificate(v) => &mut v.user_statuses,
            Self::AndroidVpnConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.user_statuses
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.user_statuses,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.user_statuses,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.user_statuses,
            Self::AppleVpnConfiguration(v) => &mut v.user_statuses,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.user_statuses,
            Self::EditionUpgradeConfiguration(v) => &mut v.user_statuses,
            Self::IosCertificateProfile(v) => &mut v.user_statuses,
            Self::IosCertificateProfileBase(v) => &mut v.user_statuses,
            Self::IosCustomConfiguration(v) => &mut v.user_statuses,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.user_statuses
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.user_statuses,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.user_statuses,
            Self::IosEduDeviceConfiguration(v) => &mut v.user_statuses,
            Self::IosEducationDeviceConfiguration(v) => &mut v.user_statuses,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.user_statuses,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.user_statuses,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::IosPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::IosScepCertificateProfile(v) => &mut v.user_statuses,
            Self::IosTrustedRootCertificate(v) => &mut v.user_statuses,
            Self::IosUpdateConfiguration(v) => &mut v.user_statuses,
            Self::IosVpnConfiguration(v) => &mut v.user_statuses,
            Self::IosWiFiConfiguration(v) => &mut v.user_statuses,
            Self::IosikEv2VpnConfiguration(v) => &mut v.user_statuses,
            Self::MacOsCertificateProfileBase(v) => &mut v.user_statuses,
            Self::MacOsCustomAppConfiguration(v) => &mut v.user_statuses,
            Self::MacOsCustomConfiguration(v) => &mut v.user_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.user_statuses,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.user_statuses,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.user_statuses,
            Self::MacOsExtensionsConfiguration(v) => &mut v.user_statuses,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.user_statuses,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::MacOsScepCertificateProfile(v) => &mut v.user_statuses,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.user_statuses,
            Self::MacOsTrustedRootCertificate(v) => &mut v.user_statuses,
            Self::MacOsVpnConfiguration(v) => &mut v.user_statuses,
            Self::MacOsWiFiConfiguration(v) => &mut v.user_statuses,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.user_statuses,
            Self::SharedPcConfiguration(v) => &mut v.user_statuses,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.user_statuses,
            Self::VpnConfiguration(v) => &mut v.user_statuses,
            Self::Windows10CertificateProfileBase(v) => &mut v.user_statuses,
            Self::Windows10CustomConfiguration(v) => &mut v.user_statuses,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.user_statuses
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.user_statuses,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.user_statuses,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.user_statuses
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.user_statuses,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.user_statuses,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.user_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.user_statuses,
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.user_statuses,
            Self::Windows10VpnConfiguration(v) => &mut v.user_statuses,
            Self::Windows81CertificateProfileBase(v) => &mut v.user_statuses,
            Self::Windows81GeneralConfiguration(v) => &mut v.user_statuses,
            Self::Windows81ScepCertificateProfile(v) => &mut v.user_statuses,
            Self::Windows81TrustedRootCertificate(v) => &mut v.user_statuses,
            Self::Windows81VpnConfiguration(v) => &mut v.user_statuses,
            Self::Windows81WifiImportConfiguration(v) => &mut v.user_statuses,
            Self::WindowsCertificateProfileBase(v) => &mut v.user_statuses,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.user_statuses
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.user_statuses,
            Self::WindowsDomainJoinConfiguration(v) => &mut v.user_statuses,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.user_statuses,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.user_statuses,
            Self::WindowsKioskConfiguration(v) => &mut v.user_statuses,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.user_statuses,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.user_statuses,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.user_statuses,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.user_statuses,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.user_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.user_statuses,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.user_statuses,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.user_statuses,
            Self::WindowsVpnConfiguration(v) => &mut v.user_statuses,
            Self::WindowsWifiConfiguration(v) => &mut v.user_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::DeviceConfiguration(v) => &v.user_status_overview,
            Self::AndroidCertificateProfileBase(v) => &v.user_status_overview,
            Self::AndroidCustomConfiguration(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.user_status_overview
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.user_status_overview
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &v.user_status_overview
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.user_status_overview
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidEasEmailProfileConfiguration(v) => &v.user_status_overview,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkCertificateProfileBase(v) => &v.user_status_overview,
            Self::AndroidForWorkCustomConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.user_status_overview,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.user_status_overview
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.user_status_overview,
            Self::AndroidForWorkVpnConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidGeneralDeviceConfiguration(v) => &v.user_status_overview,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidOmaCpConfiguration(v) => &v.user_status_overview,
            Self::AndroidPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidScepCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidTrustedRootCertificate(v) => &v.user_status_overview,
            Self::AndroidVpnConfiguration(v) => &v.user_status_overview,
            Self::AndroidWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.user_status_overview,
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.user_status_overview,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.user_status_overview,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.user_status_overview
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &v.user_status_overview
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.user_status_overview,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.user_status_overview
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.user_status_overview,
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.user_status_overview,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.user_status_overview,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.user_status_overview,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.user_status_overview,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.user_status_overview,
            Self::AppleVpnConfiguration(v) => &v.user_status_overview,
            Self::EasEmailProfileConfigurationBase(v) => &v.user_status_overview,
            Self::EditionUpgradeConfiguration(v) => &v.user_status_overview,
            Self::IosCertificateProfile(v) => &v.user_status_overview,
            Self::IosCertificateProfileBase(v) => &v.user_status_overview,
            Self::IosCustomConfiguration(v) => &v.user_status_overview,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &v.user_status_overview
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.user_status_overview,
            Self::IosEasEmailProfileConfiguration(v) => &v.user_status_overview,
            Self::IosEduDeviceConfiguration(v) => &v.user_status_overview,
            Self::IosEducationDeviceConfiguration(v) => &v.user_status_overview,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.user_status_overview,
            Self::IosExpeditedCheckinConfiguration(v) => &v.user_status_overview,
            Self::IosGeneralDeviceConfiguration(v) => &v.user_status_overview,
            Self::IosImportedPfxCertificateProfile(v) => &v.user_status_overview,
            Self::IosPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::IosScepCertificateProfile(v) => &v.user_status_overview,
            Self::IosTrustedRootCertificate(v) => &v.user_status_overview,
            Self::IosUpdateConfiguration(v) => &v.user_status_overview,
            Self::IosVpnConfiguration(v) => &v.user_status_overview,
            Self::IosWiFiConfiguration(v) => &v.user_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &v.user_status_overview,
            Self::MacOsCertificateProfileBase(v) => &v.user_status_overview,
            Self::MacOsCustomAppConfiguration(v) => &v.user_status_overview,
            Self::MacOsCustomConfiguration(v) => &v.user_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.user_status_overview,
            Self::MacOsEndpointProtectionConfiguration(v) => &v.user_status_overview,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.user_status_overview,
            Self::MacOsExtensionsConfiguration(v) => &v.user_status_overview,
            Self::MacOsGeneralDeviceConfiguration(v) => &v.user_status_overview,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.user_status_overview,
            Self::MacOsPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::MacOsScepCertificateProfile(v) => &v.user_status_overview,
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.user_status_overview,
            Self::MacOsTrustedRootCertificate(v) => &v.user_status_overview,
            Self::MacOsVpnConfiguration(v) => &v.user_status_overview,
            Self::MacOsWiFiConfiguration(v) => &v.user_status_overview,
            Self::MacOsWiredNetworkConfiguration(v) => &v.user_status_overview,
            Self::SharedPcConfiguration(v) => &v.user_status_overview,
            Self::UnsupportedDeviceConfiguration(v) => &v.user_status_overview,
            Self::VpnConfiguration(v) => &v.user_status_overview,
            Self::Windows10CertificateProfileBase(v) => &v.user_status_overview,
            Self::Windows10CustomConfiguration(v) => &v.user_status_overview,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &v.user_status_overview
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &v.user_status_overview,
            Self::Windows10EndpointProtectionConfiguration(v) => &v.user_status_overview,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &v.user_status_overview
            }
            Self::Windows10GeneralConfiguration(v) => &v.user_status_overview,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.user_status_overview,
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.user_status_overview,
            Self::Windows10PfxImportCertificateProfile(v) => &v.user_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &v.user_status_overview,
            Self::Windows10SecureAssessmentConfiguration(v) => &v.user_status_overview,
            Self::Windows10TeamGeneralConfiguration(v) => &v.user_status_overview,
            Self::Windows10VpnConfiguration(v) => &v.user_status_overview,
            Self::Windows81CertificateProfileBase(v) => &v.user_status_overview,
            Self::Windows81GeneralConfiguration(v) => &v.user_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &v.user_status_overview,
            Self::Windows81TrustedRootCertificate(v) => &v.user_status_overview,
            Self::Windows81VpnConfiguration(v) => &v.user_status_overview,
            Self::Windows81WifiImportConfiguration(v) => &v.user_status_overview,
            Self::WindowsCertificateProfileBase(v) => &v.user_status_overview,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &v.user_status_overview
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.user_status_overview,
            Self::WindowsDomainJoinConfiguration(v) => &v.user_status_overview,
            Self::WindowsHealthMonitoringConfiguration(v) => &v.user_status_overview,
            Self::WindowsIdentityProtectionConfiguration(v) => &v.user_status_overview,
            Self::WindowsKioskConfiguration(v) => &v.user_status_overview,
            Self::WindowsPhone81CertificateProfileBase(v) => &v.user_status_overview,
            Self::WindowsPhone81CustomConfiguration(v) => &v.user_status_overview,
            Self::WindowsPhone81GeneralConfiguration(v) => &v.user_status_overview,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.user_status_overview
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.user_status_overview,
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.user_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &v.user_status_overview,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.user_status_overview,
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.user_status_overview,
            Self::WindowsVpnConfiguration(v) => &v.user_status_overview,
            Self::WindowsWifiConfiguration(v) => &v.user_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::DeviceConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::AndroidCustomConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.user_status_overview,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.user_status_overview,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.user_status_overview,
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.user_status_overview,
            Self::AndroidOmaCpConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::AndroidScepCertificateProfile(v) => &mut v.user_status_overview,
            Self::AndroidTrustedRootCertificate(v) => &mut v.user_status_overview,
            Self::AndroidVpnConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.user_status_overview,
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.user_status_overview
            }
            Self::AppleVpnConfiguration(v) => &mut v.user_status_overview,
            Self::EasEmailProfileConfigurationBase(v) => &mut v.user_status_overview,
            Self::EditionUpgradeConfiguration(v) => &mut v.user_status_overview,
            Self::IosCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::IosCustomConfiguration(v) => &mut v.user_status_overview,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.user_status_overview,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.user_status_overview,
            Self::IosEduDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::IosEducationDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.user_status_overview,
            Self::IosGeneralDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosScepCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosTrustedRootCertificate(v) => &mut v.user_status_overview,
            Self::IosUpdateConfiguration(v) => &mut v.user_status_overview,
            Self::IosVpnConfiguration(v) => &mut v.user_status_overview,
            Self::IosWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::MacOsCustomAppConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsCustomConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsExtensionsConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.user_status_overview,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::MacOsScepCertificateProfile(v) => &mut v.user_status_overview,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsTrustedRootCertificate(v) => &mut v.user_status_overview,
            Self::MacOsVpnConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.user_status_overview,
            Self::SharedPcConfiguration(v) => &mut v.user_status_overview,
            Self::UnsupportedDeviceConfiguration(v) => &mut v.user_status_overview,
            Self::VpnConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10CertificateProfileBase(v) => &mut v.user_status_overview,
            Self::Windows10CustomConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10EndpointProtectionConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10GeneralConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.user_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::Windows10SecureAssessmentConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10VpnConfiguration(v) => &mut v.user_status_overview,
            Self::Windows81CertificateProfileBase(v) => &mut v.user_status_overview,
            Self::Windows81GeneralConfiguration(v) => &mut v.user_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &mut v.user_status_overview,
            Self::Windows81TrustedRootCertificate(v) => &mut v.user_status_overview,
            Self::Windows81VpnConfiguration(v) => &mut v.user_status_overview,
            Self::Windows81WifiImportConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::WindowsDomainJoinConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsIdentityProtectionConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::WindowsKioskConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.user_status_overview,
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.user_status_overview,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.user_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsVpnConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsWifiConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.user_status_overview,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceConfiguration);
