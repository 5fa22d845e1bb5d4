//! Types of `microsoft.graph` by the first letters of their names (`deviceconfiguration_1`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Device Configuration.
///
/// CSDL: `microsoft.graph.deviceConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
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
rt::impl_object!(DeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceConfiguration` or any type derived from it, selected by `@odata.type` (131 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceConfiguration {
    DeviceConfiguration(::std::boxed::Box<crate::beta::DeviceConfiguration>),
    AndroidCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidCertificateProfileBase>,
    ),
    AndroidCustomConfiguration(
        ::std::boxed::Box<crate::beta::AndroidCustomConfiguration>,
    ),
    AndroidDeviceOwnerCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerCertificateProfileBase>,
    ),
    AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(
        ::std::boxed::Box<
            crate::beta::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
        >,
    ),
    AndroidDeviceOwnerEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration>,
    ),
    AndroidDeviceOwnerGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerGeneralDeviceConfiguration>,
    ),
    AndroidDeviceOwnerImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile>,
    ),
    AndroidDeviceOwnerPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerPkcsCertificateProfile>,
    ),
    AndroidDeviceOwnerScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerScepCertificateProfile>,
    ),
    AndroidDeviceOwnerTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerTrustedRootCertificate>,
    ),
    AndroidDeviceOwnerVpnConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerVpnConfiguration>,
    ),
    AndroidDeviceOwnerWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerWiFiConfiguration>,
    ),
    AndroidEasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::AndroidEasEmailProfileConfiguration>,
    ),
    AndroidEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidEnterpriseWiFiConfiguration>,
    ),
    AndroidForWorkCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidForWorkCertificateProfileBase>,
    ),
    AndroidForWorkCustomConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkCustomConfiguration>,
    ),
    AndroidForWorkEasEmailProfileBase(
        ::std::boxed::Box<crate::beta::AndroidForWorkEasEmailProfileBase>,
    ),
    AndroidForWorkEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>,
    ),
    AndroidForWorkGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkGeneralDeviceConfiguration>,
    ),
    AndroidForWorkGmailEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkGmailEasConfiguration>,
    ),
    AndroidForWorkImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkImportedPfxCertificateProfile>,
    ),
    AndroidForWorkNineWorkEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkNineWorkEasConfiguration>,
    ),
    AndroidForWorkPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkPkcsCertificateProfile>,
    ),
    AndroidForWorkScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkScepCertificateProfile>,
    ),
    AndroidForWorkTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::AndroidForWorkTrustedRootCertificate>,
    ),
    AndroidForWorkVpnConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkVpnConfiguration>,
    ),
    AndroidForWorkWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkWiFiConfiguration>,
    ),
    AndroidGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AndroidGeneralDeviceConfiguration>,
    ),
    AndroidImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidImportedPfxCertificateProfile>,
    ),
    AndroidOmaCpConfiguration(::std::boxed::Box<crate::beta::AndroidOmaCpConfiguration>),
    AndroidPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidPkcsCertificateProfile>,
    ),
    AndroidScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidScepCertificateProfile>,
    ),
    AndroidTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::AndroidTrustedRootCertificate>,
    ),
    AndroidVpnConfiguration(::std::boxed::Box<crate::beta::AndroidVpnConfiguration>),
    AndroidWiFiConfiguration(::std::boxed::Box<crate::beta::AndroidWiFiConfiguration>),
    AndroidWorkProfileCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileCertificateProfileBase>,
    ),
    AndroidWorkProfileCustomConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileCustomConfiguration>,
    ),
    AndroidWorkProfileEasEmailProfileBase(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileEasEmailProfileBase>,
    ),
    AndroidWorkProfileEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration>,
    ),
    AndroidWorkProfileGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileGeneralDeviceConfiguration>,
    ),
    AndroidWorkProfileGmailEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileGmailEasConfiguration>,
    ),
    AndroidWorkProfileNineWorkEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>,
    ),
    AndroidWorkProfilePkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidWorkProfilePkcsCertificateProfile>,
    ),
    AndroidWorkProfileScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileScepCertificateProfile>,
    ),
    AndroidWorkProfileTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileTrustedRootCertificate>,
    ),
    AndroidWorkProfileVpnConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileVpnConfiguration>,
    ),
    AndroidWorkProfileWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileWiFiConfiguration>,
    ),
    AospDeviceOwnerDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AospDeviceOwnerDeviceConfiguration>,
    ),
    AppleDeviceFeaturesConfigurationBase(
        ::std::boxed::Box<crate::beta::AppleDeviceFeaturesConfigurationBase>,
    ),
    AppleExpeditedCheckinConfigurationBase(
        ::std::boxed::Box<crate::beta::AppleExpeditedCheckinConfigurationBase>,
    ),
    AppleVpnConfiguration(::std::boxed::Box<crate::beta::AppleVpnConfiguration>),
    EasEmailProfileConfigurationBase(
        ::std::boxed::Box<crate::beta::EasEmailProfileConfigurationBase>,
    ),
    EditionUpgradeConfiguration(
        ::std::boxed::Box<crate::beta::EditionUpgradeConfiguration>,
    ),
    IosCertificateProfile(::std::boxed::Box<crate::beta::IosCertificateProfile>),
    IosCertificateProfileBase(::std::boxed::Box<crate::beta::IosCertificateProfileBase>),
    IosCustomConfiguration(::std::boxed::Box<crate::beta::IosCustomConfiguration>),
    IosDerivedCredentialAuthenticationConfiguration(
        ::std::boxed::Box<crate::beta::IosDerivedCredentialAuthenticationConfiguration>,
    ),
    IosDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::beta::IosDeviceFeaturesConfiguration>,
    ),
    IosEasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::IosEasEmailProfileConfiguration>,
    ),
    IosEduDeviceConfiguration(::std::boxed::Box<crate::beta::IosEduDeviceConfiguration>),
    IosEducationDeviceConfiguration(
        ::std::boxed::Box<crate::beta::IosEducationDeviceConfiguration>,
    ),
    IosEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::IosEnterpriseWiFiConfiguration>,
    ),
    IosExpeditedCheckinConfiguration(
        ::std::boxed::Box<crate::beta::IosExpeditedCheckinConfiguration>,
    ),
    IosGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::IosGeneralDeviceConfiguration>,
    ),
    IosImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::IosImportedPfxCertificateProfile>,
    ),
    IosPkcsCertificateProfile(::std::boxed::Box<crate::beta::IosPkcsCertificateProfile>),
    IosScepCertificateProfile(::std::boxed::Box<crate::beta::IosScepCertificateProfile>),
    IosTrustedRootCertificate(::std::boxed::Box<crate::beta::IosTrustedRootCertificate>),
    IosUpdateConfiguration(::std::boxed::Box<crate::beta::IosUpdateConfiguration>),
    IosVpnConfiguration(::std::boxed::Box<crate::beta::IosVpnConfiguration>),
    IosWiFiConfiguration(::std::boxed::Box<crate::beta::IosWiFiConfiguration>),
    IosikEv2VpnConfiguration(::std::boxed::Box<crate::beta::IosikEv2VpnConfiguration>),
    MacOsCertificateProfileBase(
        ::std::boxed::Box<crate::beta::MacOsCertificateProfileBase>,
    ),
    MacOsCustomAppConfiguration(
        ::std::boxed::Box<crate::beta::MacOsCustomAppConfiguration>,
    ),
    MacOsCustomConfiguration(::std::boxed::Box<crate::beta::MacOsCustomConfiguration>),
    MacOsDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::beta::MacOsDeviceFeaturesConfiguration>,
    ),
    MacOsEndpointProtectionConfiguration(
        ::std::boxed::Box<crate::beta::MacOsEndpointProtectionConfiguration>,
    ),
    MacOsEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::MacOsEnterpriseWiFiConfiguration>,
    ),
    MacOsExtensionsConfiguration(
        ::std::boxed::Box<crate::beta::MacOsExtensionsConfiguration>,
    ),
    MacOsGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::MacOsGeneralDeviceConfiguration>,
    ),
    MacOsImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::MacOsImportedPfxCertificateProfile>,
    ),
    MacOsPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::MacOsPkcsCertificateProfile>,
    ),
    MacOsScepCertificateProfile(
        ::std::boxed::Box<crate::beta::MacOsScepCertificateProfile>,
    ),
    MacOsSoftwareUpdateConfiguration(
        ::std::boxed::Box<crate::beta::MacOsSoftwareUpdateConfiguration>,
    ),
    MacOsTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::MacOsTrustedRootCertificate>,
    ),
    MacOsVpnConfiguration(::std::boxed::Box<crate::beta::MacOsVpnConfiguration>),
    MacOsWiFiConfiguration(::std::boxed::Box<crate::beta::MacOsWiFiConfiguration>),
    MacOsWiredNetworkConfiguration(
        ::std::boxed::Box<crate::beta::MacOsWiredNetworkConfiguration>,
    ),
    SharedPcConfiguration(::std::boxed::Box<crate::beta::SharedPcConfiguration>),
    UnsupportedDeviceConfiguration(
        ::std::boxed::Box<crate::beta::UnsupportedDeviceConfiguration>,
    ),
    VpnConfiguration(::std::boxed::Box<crate::beta::VpnConfiguration>),
    Windows10CertificateProfileBase(
        ::std::boxed::Box<crate::beta::Windows10CertificateProfileBase>,
    ),
    Windows10CustomConfiguration(
        ::std::boxed::Box<crate::beta::Windows10CustomConfiguration>,
    ),
    Windows10DeviceFirmwareConfigurationInterface(
        ::std::boxed::Box<crate::beta::Windows10DeviceFirmwareConfigurationInterface>,
    ),
    Windows10EasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::Windows10EasEmailProfileConfiguration>,
    ),
    Windows10EndpointProtectionConfiguration(
        ::std::boxed::Box<crate::beta::Windows10EndpointProtectionConfiguration>,
    ),
    Windows10EnterpriseModernAppManagementConfiguration(
        ::std::boxed::Box<
            crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
        >,
    ),
    Windows10GeneralConfiguration(
        ::std::boxed::Box<crate::beta::Windows10GeneralConfiguration>,
    ),
    Windows10ImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10ImportedPfxCertificateProfile>,
    ),
    Windows10NetworkBoundaryConfiguration(
        ::std::boxed::Box<crate::beta::Windows10NetworkBoundaryConfiguration>,
    ),
    Windows10PfxImportCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10PfxImportCertificateProfile>,
    ),
    Windows10PkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10PkcsCertificateProfile>,
    ),
    Windows10SecureAssessmentConfiguration(
        ::std::boxed::Box<crate::beta::Windows10SecureAssessmentConfiguration>,
    ),
    Windows10TeamGeneralConfiguration(
        ::std::boxed::Box<crate::beta::Windows10TeamGeneralConfiguration>,
    ),
    Windows10VpnConfiguration(::std::boxed::Box<crate::beta::Windows10VpnConfiguration>),
    Windows81CertificateProfileBase(
        ::std::boxed::Box<crate::beta::Windows81CertificateProfileBase>,
    ),
    Windows81GeneralConfiguration(
        ::std::boxed::Box<crate::beta::Windows81GeneralConfiguration>,
    ),
    Windows81ScepCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows81ScepCertificateProfile>,
    ),
    Windows81TrustedRootCertificate(
        ::std::boxed::Box<crate::beta::Windows81TrustedRootCertificate>,
    ),
    Windows81VpnConfiguration(::std::boxed::Box<crate::beta::Windows81VpnConfiguration>),
    Windows81WifiImportConfiguration(
        ::std::boxed::Box<crate::beta::Windows81WifiImportConfiguration>,
    ),
    WindowsCertificateProfileBase(
        ::std::boxed::Box<crate::beta::WindowsCertificateProfileBase>,
    ),
    WindowsDefenderAdvancedThreatProtectionConfiguration(
        ::std::boxed::Box<
            crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
        >,
    ),
    WindowsDeliveryOptimizationConfiguration(
        ::std::boxed::Box<crate::beta::WindowsDeliveryOptimizationConfiguration>,
    ),
    WindowsDomainJoinConfiguration(
        ::std::boxed::Box<crate::beta::WindowsDomainJoinConfiguration>,
    ),
    WindowsHealthMonitoringConfiguration(
        ::std::boxed::Box<crate::beta::WindowsHealthMonitoringConfiguration>,
    ),
    WindowsIdentityProtectionConfiguration(
        ::std::boxed::Box<crate::beta::WindowsIdentityProtectionConfiguration>,
    ),
    WindowsKioskConfiguration(::std::boxed::Box<crate::beta::WindowsKioskConfiguration>),
    WindowsPhone81CertificateProfileBase(
        ::std::boxed::Box<crate::beta::WindowsPhone81CertificateProfileBase>,
    ),
    WindowsPhone81CustomConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhone81CustomConfiguration>,
    ),
    WindowsPhone81GeneralConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhone81GeneralConfiguration>,
    ),
    WindowsPhone81ImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::WindowsPhone81ImportedPfxCertificateProfile>,
    ),
    WindowsPhone81ScepCertificateProfile(
        ::std::boxed::Box<crate::beta::WindowsPhone81ScepCertificateProfile>,
    ),
    WindowsPhone81TrustedRootCertificate(
        ::std::boxed::Box<crate::beta::WindowsPhone81TrustedRootCertificate>,
    ),
    WindowsPhone81VpnConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhone81VpnConfiguration>,
    ),
    WindowsPhoneEasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhoneEasEmailProfileConfiguration>,
    ),
    WindowsUpdateForBusinessConfiguration(
        ::std::boxed::Box<crate::beta::WindowsUpdateForBusinessConfiguration>,
    ),
    WindowsVpnConfiguration(::std::boxed::Box<crate::beta::WindowsVpnConfiguration>),
    WindowsWifiConfiguration(::std::boxed::Box<crate::beta::WindowsWifiConfiguration>),
    WindowsWifiEnterpriseEapConfiguration(
        ::std::boxed::Box<crate::beta::WindowsWifiEnterpriseEapConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self::DeviceConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfiguration> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::DeviceConfiguration) -> Self {
        Self::DeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidCertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidCertificateProfileBase) -> Self {
        Self::AndroidCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidCustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidCustomConfiguration) -> Self {
        Self::AndroidCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerCertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerCertificateProfileBase) -> Self {
        Self::AndroidDeviceOwnerCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
> for AnyDeviceConfiguration {
    #[inline]
    fn from(
        v: crate::beta::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
    ) -> Self {
        Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerGeneralDeviceConfiguration) -> Self {
        Self::AndroidDeviceOwnerGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerPkcsCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerPkcsCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerScepCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerScepCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerTrustedRootCertificate>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerTrustedRootCertificate) -> Self {
        Self::AndroidDeviceOwnerTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerVpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerVpnConfiguration) -> Self {
        Self::AndroidDeviceOwnerVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerWiFiConfiguration) -> Self {
        Self::AndroidDeviceOwnerWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidEasEmailProfileConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidEasEmailProfileConfiguration) -> Self {
        Self::AndroidEasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidEnterpriseWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkCertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkCertificateProfileBase) -> Self {
        Self::AndroidForWorkCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkCustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkCustomConfiguration) -> Self {
        Self::AndroidForWorkCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkEasEmailProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkEasEmailProfileBase) -> Self {
        Self::AndroidForWorkEasEmailProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidForWorkEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkGeneralDeviceConfiguration) -> Self {
        Self::AndroidForWorkGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkGmailEasConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkGmailEasConfiguration) -> Self {
        Self::AndroidForWorkGmailEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkImportedPfxCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkImportedPfxCertificateProfile) -> Self {
        Self::AndroidForWorkImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkNineWorkEasConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkNineWorkEasConfiguration) -> Self {
        Self::AndroidForWorkNineWorkEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkPkcsCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkPkcsCertificateProfile) -> Self {
        Self::AndroidForWorkPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkScepCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkScepCertificateProfile) -> Self {
        Self::AndroidForWorkScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkTrustedRootCertificate>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkTrustedRootCertificate) -> Self {
        Self::AndroidForWorkTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkVpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkVpnConfiguration) -> Self {
        Self::AndroidForWorkVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkWiFiConfiguration) -> Self {
        Self::AndroidForWorkWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidGeneralDeviceConfiguration) -> Self {
        Self::AndroidGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidImportedPfxCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidImportedPfxCertificateProfile) -> Self {
        Self::AndroidImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidOmaCpConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidOmaCpConfiguration) -> Self {
        Self::AndroidOmaCpConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidPkcsCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidPkcsCertificateProfile) -> Self {
        Self::AndroidPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidScepCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidScepCertificateProfile) -> Self {
        Self::AndroidScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidTrustedRootCertificate>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidTrustedRootCertificate) -> Self {
        Self::AndroidTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidVpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidVpnConfiguration) -> Self {
        Self::AndroidVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWiFiConfiguration) -> Self {
        Self::AndroidWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileCertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileCertificateProfileBase) -> Self {
        Self::AndroidWorkProfileCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileCustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileCustomConfiguration) -> Self {
        Self::AndroidWorkProfileCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileEasEmailProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileEasEmailProfileBase) -> Self {
        Self::AndroidWorkProfileEasEmailProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidWorkProfileEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileGeneralDeviceConfiguration) -> Self {
        Self::AndroidWorkProfileGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileGmailEasConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileGmailEasConfiguration) -> Self {
        Self::AndroidWorkProfileGmailEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileNineWorkEasConfiguration) -> Self {
        Self::AndroidWorkProfileNineWorkEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfilePkcsCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfilePkcsCertificateProfile) -> Self {
        Self::AndroidWorkProfilePkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileScepCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileScepCertificateProfile) -> Self {
        Self::AndroidWorkProfileScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileTrustedRootCertificate>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileTrustedRootCertificate) -> Self {
        Self::AndroidWorkProfileTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileVpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileVpnConfiguration) -> Self {
        Self::AndroidWorkProfileVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileWiFiConfiguration) -> Self {
        Self::AndroidWorkProfileWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AospDeviceOwnerDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AospDeviceOwnerDeviceConfiguration) -> Self {
        Self::AospDeviceOwnerDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleDeviceFeaturesConfigurationBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AppleDeviceFeaturesConfigurationBase) -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleExpeditedCheckinConfigurationBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AppleExpeditedCheckinConfigurationBase) -> Self {
        Self::AppleExpeditedCheckinConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleVpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::AppleVpnConfiguration) -> Self {
        Self::AppleVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EasEmailProfileConfigurationBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::EasEmailProfileConfigurationBase) -> Self {
        Self::EasEmailProfileConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EditionUpgradeConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::EditionUpgradeConfiguration) -> Self {
        Self::EditionUpgradeConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosCertificateProfile) -> Self {
        Self::IosCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosCertificateProfileBase) -> Self {
        Self::IosCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosCustomConfiguration) -> Self {
        Self::IosCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosDerivedCredentialAuthenticationConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosDerivedCredentialAuthenticationConfiguration) -> Self {
        Self::IosDerivedCredentialAuthenticationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosDeviceFeaturesConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosDeviceFeaturesConfiguration) -> Self {
        Self::IosDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEasEmailProfileConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosEasEmailProfileConfiguration) -> Self {
        Self::IosEasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEduDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosEduDeviceConfiguration) -> Self {
        Self::IosEduDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEducationDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosEducationDeviceConfiguration) -> Self {
        Self::IosEducationDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEnterpriseWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosEnterpriseWiFiConfiguration) -> Self {
        Self::IosEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosExpeditedCheckinConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosExpeditedCheckinConfiguration) -> Self {
        Self::IosExpeditedCheckinConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosGeneralDeviceConfiguration) -> Self {
        Self::IosGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosImportedPfxCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosImportedPfxCertificateProfile) -> Self {
        Self::IosImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosPkcsCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosPkcsCertificateProfile) -> Self {
        Self::IosPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosScepCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosScepCertificateProfile) -> Self {
        Self::IosScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosTrustedRootCertificate>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosTrustedRootCertificate) -> Self {
        Self::IosTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosUpdateConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosUpdateConfiguration) -> Self {
        Self::IosUpdateConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVpnConfiguration> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosVpnConfiguration) -> Self {
        Self::IosVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosWiFiConfiguration> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosWiFiConfiguration) -> Self {
        Self::IosWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosikEv2VpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::IosikEv2VpnConfiguration) -> Self {
        Self::IosikEv2VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsCertificateProfileBase) -> Self {
        Self::MacOsCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCustomAppConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsCustomAppConfiguration) -> Self {
        Self::MacOsCustomAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsCustomConfiguration) -> Self {
        Self::MacOsCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsDeviceFeaturesConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsDeviceFeaturesConfiguration) -> Self {
        Self::MacOsDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsEndpointProtectionConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsEndpointProtectionConfiguration) -> Self {
        Self::MacOsEndpointProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsEnterpriseWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsEnterpriseWiFiConfiguration) -> Self {
        Self::MacOsEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsExtensionsConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsExtensionsConfiguration) -> Self {
        Self::MacOsExtensionsConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsGeneralDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsGeneralDeviceConfiguration) -> Self {
        Self::MacOsGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsImportedPfxCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsImportedPfxCertificateProfile) -> Self {
        Self::MacOsImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsPkcsCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsPkcsCertificateProfile) -> Self {
        Self::MacOsPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsScepCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsScepCertificateProfile) -> Self {
        Self::MacOsScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsSoftwareUpdateConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsSoftwareUpdateConfiguration) -> Self {
        Self::MacOsSoftwareUpdateConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsTrustedRootCertificate>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsTrustedRootCertificate) -> Self {
        Self::MacOsTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsVpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsVpnConfiguration) -> Self {
        Self::MacOsVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsWiFiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsWiFiConfiguration) -> Self {
        Self::MacOsWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsWiredNetworkConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsWiredNetworkConfiguration) -> Self {
        Self::MacOsWiredNetworkConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharedPcConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::SharedPcConfiguration) -> Self {
        Self::SharedPcConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnsupportedDeviceConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::UnsupportedDeviceConfiguration) -> Self {
        Self::UnsupportedDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VpnConfiguration> for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::VpnConfiguration) -> Self {
        Self::VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10CertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10CertificateProfileBase) -> Self {
        Self::Windows10CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10CustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10CustomConfiguration) -> Self {
        Self::Windows10CustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10DeviceFirmwareConfigurationInterface>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10DeviceFirmwareConfigurationInterface) -> Self {
        Self::Windows10DeviceFirmwareConfigurationInterface(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10EasEmailProfileConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10EasEmailProfileConfiguration) -> Self {
        Self::Windows10EasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10EndpointProtectionConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10EndpointProtectionConfiguration) -> Self {
        Self::Windows10EndpointProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
> for AnyDeviceConfiguration {
    #[inline]
    fn from(
        v: crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
    ) -> Self {
        Self::Windows10EnterpriseModernAppManagementConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10GeneralConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10GeneralConfiguration) -> Self {
        Self::Windows10GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10ImportedPfxCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10ImportedPfxCertificateProfile) -> Self {
        Self::Windows10ImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10NetworkBoundaryConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10NetworkBoundaryConfiguration) -> Self {
        Self::Windows10NetworkBoundaryConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10PfxImportCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10PfxImportCertificateProfile) -> Self {
        Self::Windows10PfxImportCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10PkcsCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10PkcsCertificateProfile) -> Self {
        Self::Windows10PkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10SecureAssessmentConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10SecureAssessmentConfiguration) -> Self {
        Self::Windows10SecureAssessmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10TeamGeneralConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10TeamGeneralConfiguration) -> Self {
        Self::Windows10TeamGeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10VpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10VpnConfiguration) -> Self {
        Self::Windows10VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81CertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows81CertificateProfileBase) -> Self {
        Self::Windows81CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81GeneralConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows81GeneralConfiguration) -> Self {
        Self::Windows81GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81ScepCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows81ScepCertificateProfile) -> Self {
        Self::Windows81ScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81TrustedRootCertificate>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows81TrustedRootCertificate) -> Self {
        Self::Windows81TrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81VpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows81VpnConfiguration) -> Self {
        Self::Windows81VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81WifiImportConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows81WifiImportConfiguration) -> Self {
        Self::Windows81WifiImportConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsCertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsCertificateProfileBase) -> Self {
        Self::WindowsCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
> for AnyDeviceConfiguration {
    #[inline]
    fn from(
        v: crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
    ) -> Self {
        Self::WindowsDefenderAdvancedThreatProtectionConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDeliveryOptimizationConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsDeliveryOptimizationConfiguration) -> Self {
        Self::WindowsDeliveryOptimizationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDomainJoinConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsDomainJoinConfiguration) -> Self {
        Self::WindowsDomainJoinConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsHealthMonitoringConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsHealthMonitoringConfiguration) -> Self {
        Self::WindowsHealthMonitoringConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsIdentityProtectionConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsIdentityProtectionConfiguration) -> Self {
        Self::WindowsIdentityProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsKioskConfiguration) -> Self {
        Self::WindowsKioskConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81CertificateProfileBase>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81CertificateProfileBase) -> Self {
        Self::WindowsPhone81CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81CustomConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81CustomConfiguration) -> Self {
        Self::WindowsPhone81CustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81GeneralConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81GeneralConfiguration) -> Self {
        Self::WindowsPhone81GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81ImportedPfxCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81ImportedPfxCertificateProfile) -> Self {
        Self::WindowsPhone81ImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81ScepCertificateProfile>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81ScepCertificateProfile) -> Self {
        Self::WindowsPhone81ScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81TrustedRootCertificate>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81TrustedRootCertificate) -> Self {
        Self::WindowsPhone81TrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81VpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81VpnConfiguration) -> Self {
        Self::WindowsPhone81VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhoneEasEmailProfileConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhoneEasEmailProfileConfiguration) -> Self {
        Self::WindowsPhoneEasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUpdateForBusinessConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsUpdateForBusinessConfiguration) -> Self {
        Self::WindowsUpdateForBusinessConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsVpnConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsVpnConfiguration) -> Self {
        Self::WindowsVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsWifiConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsWifiConfiguration) -> Self {
        Self::WindowsWifiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsWifiEnterpriseEapConfiguration>
for AnyDeviceConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsWifiEnterpriseEapConfiguration) -> Self {
        Self::WindowsWifiEnterpriseEapConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::AndroidCustomConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerCertificateProfileBase>();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
    >();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration,
    >();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerGeneralDeviceConfiguration,
    >();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile,
    >();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerScepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerTrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidEasEmailProfileConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidEnterpriseWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkCustomConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkEasEmailProfileBase>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkGeneralDeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkGmailEasConfiguration>();
    rt::object::auto_traits::<
        crate::beta::AndroidForWorkImportedPfxCertificateProfile,
    >();
    rt::object::auto_traits::<crate::beta::AndroidForWorkNineWorkEasConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkScepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkTrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidGeneralDeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidImportedPfxCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidOmaCpConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidScepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidTrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::AndroidVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileCustomConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileEasEmailProfileBase>();
    rt::object::auto_traits::<
        crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration,
    >();
    rt::object::auto_traits::<
        crate::beta::AndroidWorkProfileGeneralDeviceConfiguration,
    >();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileGmailEasConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfilePkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileScepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileTrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::AospDeviceOwnerDeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::AppleDeviceFeaturesConfigurationBase>();
    rt::object::auto_traits::<crate::beta::AppleExpeditedCheckinConfigurationBase>();
    rt::object::auto_traits::<crate::beta::AppleVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::EasEmailProfileConfigurationBase>();
    rt::object::auto_traits::<crate::beta::EditionUpgradeConfiguration>();
    rt::object::auto_traits::<crate::beta::IosCertificateProfile>();
    rt::object::auto_traits::<crate::beta::IosCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::IosCustomConfiguration>();
    rt::object::auto_traits::<
        crate::beta::IosDerivedCredentialAuthenticationConfiguration,
    >();
    rt::object::auto_traits::<crate::beta::IosDeviceFeaturesConfiguration>();
    rt::object::auto_traits::<crate::beta::IosEasEmailProfileConfiguration>();
    rt::object::auto_traits::<crate::beta::IosEduDeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::IosEducationDeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::IosEnterpriseWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::IosExpeditedCheckinConfiguration>();
    rt::object::auto_traits::<crate::beta::IosGeneralDeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::IosImportedPfxCertificateProfile>();
    rt::object::auto_traits::<crate::beta::IosPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::IosScepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::IosTrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::IosUpdateConfiguration>();
    rt::object::auto_traits::<crate::beta::IosVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::IosWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::IosikEv2VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::MacOsCustomAppConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsCustomConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsDeviceFeaturesConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsEndpointProtectionConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsEnterpriseWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsExtensionsConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsGeneralDeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsImportedPfxCertificateProfile>();
    rt::object::auto_traits::<crate::beta::MacOsPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::MacOsScepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::MacOsSoftwareUpdateConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsTrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::MacOsVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsWiredNetworkConfiguration>();
    rt::object::auto_traits::<crate::beta::SharedPcConfiguration>();
    rt::object::auto_traits::<crate::beta::UnsupportedDeviceConfiguration>();
    rt::object::auto_traits::<crate::beta::VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10CertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::Windows10CustomConfiguration>();
    rt::object::auto_traits::<
        crate::beta::Windows10DeviceFirmwareConfigurationInterface,
    >();
    rt::object::auto_traits::<crate::beta::Windows10EasEmailProfileConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10EndpointProtectionConfiguration>();
    rt::object::auto_traits::<
        crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
    >();
    rt::object::auto_traits::<crate::beta::Windows10GeneralConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10ImportedPfxCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows10NetworkBoundaryConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10PfxImportCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows10PkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows10SecureAssessmentConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10TeamGeneralConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows81CertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::Windows81GeneralConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows81ScepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows81TrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::Windows81VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows81WifiImportConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsCertificateProfileBase>();
    rt::object::auto_traits::<
        crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
    >();
    rt::object::auto_traits::<crate::beta::WindowsDeliveryOptimizationConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsDomainJoinConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsHealthMonitoringConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsIdentityProtectionConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsKioskConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81CertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81CustomConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81GeneralConfiguration>();
    rt::object::auto_traits::<
        crate::beta::WindowsPhone81ImportedPfxCertificateProfile,
    >();
    rt::object::auto_traits::<crate::beta::WindowsPhone81ScepCertificateProfile>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81TrustedRootCertificate>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsPhoneEasEmailProfileConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsUpdateForBusinessConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsWifiConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsWifiEnterpriseEapConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.deviceConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidCertificateProfileBase",
            ) => Self::AndroidCertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.androidCustomConfiguration") => {
                Self::AndroidCustomConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerCertificateProfileBase",
            ) => Self::AndroidDeviceOwnerCertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerDerivedCredentialAuthenticationConfiguration",
            ) => {
                Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration",
            ) => {
                Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerGeneralDeviceConfiguration",
            ) => {
                Self::AndroidDeviceOwnerGeneralDeviceConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile",
            ) => {
                Self::AndroidDeviceOwnerImportedPfxCertificateProfile(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerPkcsCertificateProfile",
            ) => Self::AndroidDeviceOwnerPkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerScepCertificateProfile",
            ) => Self::AndroidDeviceOwnerScepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerTrustedRootCertificate",
            ) => Self::AndroidDeviceOwnerTrustedRootCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerVpnConfiguration",
            ) => Self::AndroidDeviceOwnerVpnConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerWiFiConfiguration",
            ) => Self::AndroidDeviceOwnerWiFiConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidEasEmailProfileConfiguration",
            ) => Self::AndroidEasEmailProfileConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidEnterpriseWiFiConfiguration",
            ) => Self::AndroidEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCertificateProfileBase",
            ) => Self::AndroidForWorkCertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCustomConfiguration",
            ) => Self::AndroidForWorkCustomConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEasEmailProfileBase",
            ) => Self::AndroidForWorkEasEmailProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEnterpriseWiFiConfiguration",
            ) => Self::AndroidForWorkEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkGeneralDeviceConfiguration",
            ) => Self::AndroidForWorkGeneralDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkGmailEasConfiguration",
            ) => Self::AndroidForWorkGmailEasConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkImportedPFXCertificateProfile",
            ) => {
                Self::AndroidForWorkImportedPfxCertificateProfile(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkNineWorkEasConfiguration",
            ) => Self::AndroidForWorkNineWorkEasConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkPkcsCertificateProfile",
            ) => Self::AndroidForWorkPkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkScepCertificateProfile",
            ) => Self::AndroidForWorkScepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkTrustedRootCertificate",
            ) => Self::AndroidForWorkTrustedRootCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkVpnConfiguration",
            ) => Self::AndroidForWorkVpnConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkWiFiConfiguration",
            ) => Self::AndroidForWorkWiFiConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidGeneralDeviceConfiguration",
            ) => Self::AndroidGeneralDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidImportedPFXCertificateProfile",
            ) => Self::AndroidImportedPfxCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.androidOmaCpConfiguration") => {
                Self::AndroidOmaCpConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidPkcsCertificateProfile",
            ) => Self::AndroidPkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidScepCertificateProfile",
            ) => Self::AndroidScepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidTrustedRootCertificate",
            ) => Self::AndroidTrustedRootCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.androidVpnConfiguration") => {
                Self::AndroidVpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.androidWiFiConfiguration") => {
                Self::AndroidWiFiConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCertificateProfileBase",
            ) => Self::AndroidWorkProfileCertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCustomConfiguration",
            ) => Self::AndroidWorkProfileCustomConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileEasEmailProfileBase",
            ) => Self::AndroidWorkProfileEasEmailProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration",
            ) => {
                Self::AndroidWorkProfileEnterpriseWiFiConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration",
            ) => {
                Self::AndroidWorkProfileGeneralDeviceConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGmailEasConfiguration",
            ) => Self::AndroidWorkProfileGmailEasConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileNineWorkEasConfiguration",
            ) => {
                Self::AndroidWorkProfileNineWorkEasConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfilePkcsCertificateProfile",
            ) => Self::AndroidWorkProfilePkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileScepCertificateProfile",
            ) => Self::AndroidWorkProfileScepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileTrustedRootCertificate",
            ) => Self::AndroidWorkProfileTrustedRootCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileVpnConfiguration",
            ) => Self::AndroidWorkProfileVpnConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileWiFiConfiguration",
            ) => Self::AndroidWorkProfileWiFiConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.aospDeviceOwnerDeviceConfiguration",
            ) => Self::AospDeviceOwnerDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.appleDeviceFeaturesConfigurationBase",
            ) => Self::AppleDeviceFeaturesConfigurationBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.appleExpeditedCheckinConfigurationBase",
            ) => Self::AppleExpeditedCheckinConfigurationBase(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.appleVpnConfiguration") => {
                Self::AppleVpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.easEmailProfileConfigurationBase",
            ) => Self::EasEmailProfileConfigurationBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.editionUpgradeConfiguration",
            ) => Self::EditionUpgradeConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfile") => {
                Self::IosCertificateProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfileBase") => {
                Self::IosCertificateProfileBase(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosCustomConfiguration") => {
                Self::IosCustomConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.iosDerivedCredentialAuthenticationConfiguration",
            ) => {
                Self::IosDerivedCredentialAuthenticationConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.iosDeviceFeaturesConfiguration",
            ) => Self::IosDeviceFeaturesConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosEasEmailProfileConfiguration",
            ) => Self::IosEasEmailProfileConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosEduDeviceConfiguration") => {
                Self::IosEduDeviceConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.iosEducationDeviceConfiguration",
            ) => Self::IosEducationDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosEnterpriseWiFiConfiguration",
            ) => Self::IosEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosExpeditedCheckinConfiguration",
            ) => Self::IosExpeditedCheckinConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosGeneralDeviceConfiguration",
            ) => Self::IosGeneralDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosImportedPFXCertificateProfile",
            ) => Self::IosImportedPfxCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosPkcsCertificateProfile") => {
                Self::IosPkcsCertificateProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosScepCertificateProfile") => {
                Self::IosScepCertificateProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosTrustedRootCertificate") => {
                Self::IosTrustedRootCertificate(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosUpdateConfiguration") => {
                Self::IosUpdateConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosVpnConfiguration") => {
                Self::IosVpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosWiFiConfiguration") => {
                Self::IosWiFiConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosikEv2VpnConfiguration") => {
                Self::IosikEv2VpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.macOSCertificateProfileBase",
            ) => Self::MacOsCertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSCustomAppConfiguration",
            ) => Self::MacOsCustomAppConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.macOSCustomConfiguration") => {
                Self::MacOsCustomConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.macOSDeviceFeaturesConfiguration",
            ) => Self::MacOsDeviceFeaturesConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSEndpointProtectionConfiguration",
            ) => Self::MacOsEndpointProtectionConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSEnterpriseWiFiConfiguration",
            ) => Self::MacOsEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSExtensionsConfiguration",
            ) => Self::MacOsExtensionsConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSGeneralDeviceConfiguration",
            ) => Self::MacOsGeneralDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSImportedPFXCertificateProfile",
            ) => Self::MacOsImportedPfxCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSPkcsCertificateProfile",
            ) => Self::MacOsPkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSScepCertificateProfile",
            ) => Self::MacOsScepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateConfiguration",
            ) => Self::MacOsSoftwareUpdateConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSTrustedRootCertificate",
            ) => Self::MacOsTrustedRootCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.macOSVpnConfiguration") => {
                Self::MacOsVpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSWiFiConfiguration") => {
                Self::MacOsWiFiConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.macOSWiredNetworkConfiguration",
            ) => Self::MacOsWiredNetworkConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.sharedPCConfiguration") => {
                Self::SharedPcConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.unsupportedDeviceConfiguration",
            ) => Self::UnsupportedDeviceConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.vpnConfiguration") => {
                Self::VpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10CertificateProfileBase",
            ) => Self::Windows10CertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10CustomConfiguration",
            ) => Self::Windows10CustomConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10DeviceFirmwareConfigurationInterface",
            ) => {
                Self::Windows10DeviceFirmwareConfigurationInterface(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10EasEmailProfileConfiguration",
            ) => Self::Windows10EasEmailProfileConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10EndpointProtectionConfiguration",
            ) => Self::Windows10EndpointProtectionConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration",
            ) => {
                Self::Windows10EnterpriseModernAppManagementConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10GeneralConfiguration",
            ) => Self::Windows10GeneralConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10ImportedPFXCertificateProfile",
            ) => Self::Windows10ImportedPfxCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10NetworkBoundaryConfiguration",
            ) => Self::Windows10NetworkBoundaryConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10PFXImportCertificateProfile",
            ) => Self::Windows10PfxImportCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10PkcsCertificateProfile",
            ) => Self::Windows10PkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10SecureAssessmentConfiguration",
            ) => Self::Windows10SecureAssessmentConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10TeamGeneralConfiguration",
            ) => Self::Windows10TeamGeneralConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.windows10VpnConfiguration") => {
                Self::Windows10VpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows81CertificateProfileBase",
            ) => Self::Windows81CertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows81GeneralConfiguration",
            ) => Self::Windows81GeneralConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows81SCEPCertificateProfile",
            ) => Self::Windows81ScepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows81TrustedRootCertificate",
            ) => Self::Windows81TrustedRootCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.windows81VpnConfiguration") => {
                Self::Windows81VpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows81WifiImportConfiguration",
            ) => Self::Windows81WifiImportConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsCertificateProfileBase",
            ) => Self::WindowsCertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration",
            ) => {
                Self::WindowsDefenderAdvancedThreatProtectionConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsDeliveryOptimizationConfiguration",
            ) => Self::WindowsDeliveryOptimizationConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsDomainJoinConfiguration",
            ) => Self::WindowsDomainJoinConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsHealthMonitoringConfiguration",
            ) => Self::WindowsHealthMonitoringConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsIdentityProtectionConfiguration",
            ) => Self::WindowsIdentityProtectionConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.windowsKioskConfiguration") => {
                Self::WindowsKioskConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CertificateProfileBase",
            ) => Self::WindowsPhone81CertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CustomConfiguration",
            ) => Self::WindowsPhone81CustomConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81GeneralConfiguration",
            ) => Self::WindowsPhone81GeneralConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile",
            ) => {
                Self::WindowsPhone81ImportedPfxCertificateProfile(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81SCEPCertificateProfile",
            ) => Self::WindowsPhone81ScepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81TrustedRootCertificate",
            ) => Self::WindowsPhone81TrustedRootCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81VpnConfiguration",
            ) => Self::WindowsPhone81VpnConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhoneEASEmailProfileConfiguration",
            ) => Self::WindowsPhoneEasEmailProfileConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateForBusinessConfiguration",
            ) => Self::WindowsUpdateForBusinessConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.windowsVpnConfiguration") => {
                Self::WindowsVpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsWifiConfiguration") => {
                Self::WindowsWifiConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsWifiEnterpriseEAPConfiguration",
            ) => Self::WindowsWifiEnterpriseEapConfiguration(rt::object::new_boxed()),
            _ => Self::DeviceConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceConfiguration(v) => &**v,
            Self::AndroidCertificateProfileBase(v) => &**v,
            Self::AndroidCustomConfiguration(v) => &**v,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &**v,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &**v
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &**v,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &**v,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &**v,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &**v,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &**v,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &**v,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &**v,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &**v,
            Self::AndroidEasEmailProfileConfiguration(v) => &**v,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &**v,
            Self::AndroidForWorkCertificateProfileBase(v) => &**v,
            Self::AndroidForWorkCustomConfiguration(v) => &**v,
            Self::AndroidForWorkEasEmailProfileBase(v) => &**v,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &**v,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &**v,
            Self::AndroidForWorkGmailEasConfiguration(v) => &**v,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &**v,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &**v,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &**v,
            Self::AndroidForWorkScepCertificateProfile(v) => &**v,
            Self::AndroidForWorkTrustedRootCertificate(v) => &**v,
            Self::AndroidForWorkVpnConfiguration(v) => &**v,
            Self::AndroidForWorkWiFiConfiguration(v) => &**v,
            Self::AndroidGeneralDeviceConfiguration(v) => &**v,
            Self::AndroidImportedPfxCertificateProfile(v) => &**v,
            Self::AndroidOmaCpConfiguration(v) => &**v,
            Self::AndroidPkcsCertificateProfile(v) => &**v,
            Self::AndroidScepCertificateProfile(v) => &**v,
            Self::AndroidTrustedRootCertificate(v) => &**v,
            Self::AndroidVpnConfiguration(v) => &**v,
            Self::AndroidWiFiConfiguration(v) => &**v,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &**v,
            Self::AndroidWorkProfileCustomConfiguration(v) => &**v,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &**v,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &**v,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &**v,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &**v,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &**v,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &**v,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &**v,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &**v,
            Self::AndroidWorkProfileVpnConfiguration(v) => &**v,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &**v,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &**v,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &**v,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &**v,
            Self::AppleVpnConfiguration(v) => &**v,
            Self::EasEmailProfileConfigurationBase(v) => &**v,
            Self::EditionUpgradeConfiguration(v) => &**v,
            Self::IosCertificateProfile(v) => &**v,
            Self::IosCertificateProfileBase(v) => &**v,
            Self::IosCustomConfiguration(v) => &**v,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &**v,
            Self::IosDeviceFeaturesConfiguration(v) => &**v,
            Self::IosEasEmailProfileConfiguration(v) => &**v,
            Self::IosEduDeviceConfiguration(v) => &**v,
            Self::IosEducationDeviceConfiguration(v) => &**v,
            Self::IosEnterpriseWiFiConfiguration(v) => &**v,
            Self::IosExpeditedCheckinConfiguration(v) => &**v,
            Self::IosGeneralDeviceConfiguration(v) => &**v,
            Self::IosImportedPfxCertificateProfile(v) => &**v,
            Self::IosPkcsCertificateProfile(v) => &**v,
            Self::IosScepCertificateProfile(v) => &**v,
            Self::IosTrustedRootCertificate(v) => &**v,
            Self::IosUpdateConfiguration(v) => &**v,
            Self::IosVpnConfiguration(v) => &**v,
            Self::IosWiFiConfiguration(v) => &**v,
            Self::IosikEv2VpnConfiguration(v) => &**v,
            Self::MacOsCertificateProfileBase(v) => &**v,
            Self::MacOsCustomAppConfiguration(v) => &**v,
            Self::MacOsCustomConfiguration(v) => &**v,
            Self::MacOsDeviceFeaturesConfiguration(v) => &**v,
            Self::MacOsEndpointProtectionConfiguration(v) => &**v,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &**v,
            Self::MacOsExtensionsConfiguration(v) => &**v,
            Self::MacOsGeneralDeviceConfiguration(v) => &**v,
            Self::MacOsImportedPfxCertificateProfile(v) => &**v,
            Self::MacOsPkcsCertificateProfile(v) => &**v,
            Self::MacOsScepCertificateProfile(v) => &**v,
            Self::MacOsSoftwareUpdateConfiguration(v) => &**v,
            Self::MacOsTrustedRootCertificate(v) => &**v,
            Self::MacOsVpnConfiguration(v) => &**v,
            Self::MacOsWiFiConfiguration(v) => &**v,
            Self::MacOsWiredNetworkConfiguration(v) => &**v,
            Self::SharedPcConfiguration(v) => &**v,
            Self::UnsupportedDeviceConfiguration(v) => &**v,
            Self::VpnConfiguration(v) => &**v,
            Self::Windows10CertificateProfileBase(v) => &**v,
            Self::Windows10CustomConfiguration(v) => &**v,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &**v,
            Self::Windows10EasEmailProfileConfiguration(v) => &**v,
            Self::Windows10EndpointProtectionConfiguration(v) => &**v,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &**v,
            Self::Windows10GeneralConfiguration(v) => &**v,
            Self::Windows10ImportedPfxCertificateProfile(v) => &**v,
            Self::Windows10NetworkBoundaryConfiguration(v) => &**v,
            Self::Windows10PfxImportCertificateProfile(v) => &**v,
            Self::Windows10PkcsCertificateProfile(v) => &**v,
            Self::Windows10SecureAssessmentConfiguration(v) => &**v,
            Self::Windows10TeamGeneralConfiguration(v) => &**v,
            Self::Windows10VpnConfiguration(v) => &**v,
            Self::Windows81CertificateProfileBase(v) => &**v,
            Self::Windows81GeneralConfiguration(v) => &**v,
            Self::Windows81ScepCertificateProfile(v) => &**v,
            Self::Windows81TrustedRootCertificate(v) => &**v,
            Self::Windows81VpnConfiguration(v) => &**v,
            Self::Windows81WifiImportConfiguration(v) => &**v,
            Self::WindowsCertificateProfileBase(v) => &**v,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &**v,
            Self::WindowsDeliveryOptimizationConfiguration(v) => &**v,
            Self::WindowsDomainJoinConfiguration(v) => &**v,
            Self::WindowsHealthMonitoringConfiguration(v) => &**v,
            Self::WindowsIdentityProtectionConfiguration(v) => &**v,
            Self::WindowsKioskConfiguration(v) => &**v,
            Self::WindowsPhone81CertificateProfileBase(v) => &**v,
            Self::WindowsPhone81CustomConfiguration(v) => &**v,
            Self::WindowsPhone81GeneralConfiguration(v) => &**v,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &**v,
            Self::WindowsPhone81ScepCertificateProfile(v) => &**v,
            Self::WindowsPhone81TrustedRootCertificate(v) => &**v,
            Self::WindowsPhone81VpnConfiguration(v) => &**v,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &**v,
            Self::WindowsUpdateForBusinessConfiguration(v) => &**v,
            Self::WindowsVpnConfiguration(v) => &**v,
            Self::WindowsWifiConfiguration(v) => &**v,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceConfiguration(v) => &mut **v,
            Self::AndroidCertificateProfileBase(v) => &mut **v,
            Self::AndroidCustomConfiguration(v) => &mut **v,
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut **v,
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut **v
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut **v,
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut **v,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut **v,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut **v,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut **v,
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut **v,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut **v,
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut **v,
            Self::AndroidEasEmailProfileConfiguration(v) => &mut **v,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut **v,
            Self::AndroidForWorkCertificateProfileBase(v) => &mut **v,
            Self::AndroidForWorkCustomConfiguration(v) => &mut **v,
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut **v,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut **v,
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut **v,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut **v,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut **v,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut **v,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut **v,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut **v,
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut **v,
            Self::AndroidForWorkVpnConfiguration(v) => &mut **v,
            Self::AndroidForWorkWiFiConfiguration(v) => &mut **v,
            Self::AndroidGeneralDeviceConfiguration(v) => &mut **v,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut **v,
            Self::AndroidOmaCpConfiguration(v) => &mut **v,
            Self::AndroidPkcsCertificateProfile(v) => &mut **v,
            Self::AndroidScepCertificateProfile(v) => &mut **v,
            Self::AndroidTrustedRootCertificate(v) => &mut **v,
            Self::AndroidVpnConfiguration(v) => &mut **v,
            Self::AndroidWiFiConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut **v,
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut **v,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut **v,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut **v,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut **v,
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut **v,
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut **v,
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut **v,
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut **v,
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut **v,
            Self::AppleVpnConfiguration(v) => &mut **v,
            Self::EasEmailProfileConfigurationBase(v) => &mut **v,
            Self::EditionUpgradeConfiguration(v) => &mut **v,
            Self::IosCertificateProfile(v) => &mut **v,
            Self::IosCertificateProfileBase(v) => &mut **v,
            Self::IosCustomConfiguration(v) => &mut **v,
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &mut **v,
            Self::IosDeviceFeaturesConfiguration(v) => &mut **v,
            Self::IosEasEmailProfileConfiguration(v) => &mut **v,
            Self::IosEduDeviceConfiguration(v) => &mut **v,
            Self::IosEducationDeviceConfiguration(v) => &mut **v,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut **v,
            Self::IosExpeditedCheckinConfiguration(v) => &mut **v,
            Self::IosGeneralDeviceConfiguration(v) => &mut **v,
            Self::IosImportedPfxCertificateProfile(v) => &mut **v,
            Self::IosPkcsCertificateProfile(v) => &mut **v,
            Self::IosScepCertificateProfile(v) => &mut **v,
            Self::IosTrustedRootCertificate(v) => &mut **v,
            Self::IosUpdateConfiguration(v) => &mut **v,
            Self::IosVpnConfiguration(v) => &mut **v,
            Self::IosWiFiConfiguration(v) => &mut **v,
            Self::IosikEv2VpnConfiguration(v) => &mut **v,
            Self::MacOsCertificateProfileBase(v) => &mut **v,
            Self::MacOsCustomAppConfiguration(v) => &mut **v,
            Self::MacOsCustomConfiguration(v) => &mut **v,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut **v,
            Self::MacOsEndpointProtectionConfiguration(v) => &mut **v,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut **v,
            Self::MacOsExtensionsConfiguration(v) => &mut **v,
            Self::MacOsGeneralDeviceConfiguration(v) => &mut **v,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut **v,
            Self::MacOsPkcsCertificateProfile(v) => &mut **v,
            Self::MacOsScepCertificateProfile(v) => &mut **v,
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut **v,
            Self::MacOsTrustedRootCertificate(v) => &mut **v,
            Self::MacOsVpnConfiguration(v) => &mut **v,
            Self::MacOsWiFiConfiguration(v) => &mut **v,
            Self::MacOsWiredNetworkConfiguration(v) => &mut **v,
            Self::SharedPcConfiguration(v) => &mut **v,
            Self::UnsupportedDeviceConfiguration(v) => &mut **v,
            Self::VpnConfiguration(v) => &mut **v,
            Self::Windows10CertificateProfileBase(v) => &mut **v,
            Self::Windows10CustomConfiguration(v) => &mut **v,
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut **v,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut **v,
            Self::Windows10EndpointProtectionConfiguration(v) => &mut **v,
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut **v,
            Self::Windows10GeneralConfiguration(v) => &mut **v,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut **v,
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut **v,
            Self::Windows10PfxImportCertificateProfile(v) => &mut **v,
            Self::Windows10PkcsCertificateProfile(v) => &mut **v,
            Self::Windows10SecureAssessmentConfiguration(v) => &mut **v,
            Self::Windows10TeamGeneralConfiguration(v) => &mut **v,
            Self::Windows10VpnConfiguration(v) => &mut **v,
            Self::Windows81CertificateProfileBase(v) => &mut **v,
            Self::Windows81GeneralConfiguration(v) => &mut **v,
            Self::Windows81ScepCertificateProfile(v) => &mut **v,
            Self::Windows81TrustedRootCertificate(v) => &mut **v,
            Self::Windows81VpnConfiguration(v) => &mut **v,
            Self::Windows81WifiImportConfiguration(v) => &mut **v,
            Self::WindowsCertificateProfileBase(v) => &mut **v,
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut **v,
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut **v,
            Self::WindowsDomainJoinConfiguration(v) => &mut **v,
            Self::WindowsHealthMonitoringConfiguration(v) => &mut **v,
            Self::WindowsIdentityProtectionConfiguration(v) => &mut **v,
            Self::WindowsKioskConfiguration(v) => &mut **v,
            Self::WindowsPhone81CertificateProfileBase(v) => &mut **v,
            Self::WindowsPhone81CustomConfiguration(v) => &mut **v,
            Self::WindowsPhone81GeneralConfiguration(v) => &mut **v,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut **v,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut **v,
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut **v,
            Self::WindowsPhone81VpnConfiguration(v) => &mut **v,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut **v,
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut **v,
            Self::WindowsVpnConfiguration(v) => &mut **v,
            Self::WindowsWifiConfiguration(v) => &mut **v,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut **v,
        }
    }
}
