//! Types of `microsoft.graph` by the first letters of their names (`androidc`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Android certificate profile base.
///
/// CSDL: `microsoft.graph.androidCertificateProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`AndroidCertificateProfileBasePath`](requests/struct.AndroidCertificateProfileBasePath.html), the type of a path to one.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidCertificateProfileBase {
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
    /// Scale for the Certificate Validity Period.
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validity Period.
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// Extended Key Usage (EKU) settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, not nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name Type.
    ///
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, not nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::AndroidTrustedRootCertificate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidCertificateProfileBase {
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
            certificate_validity_period_scale: rt::Field::Absent,
            certificate_validity_period_value: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidCertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.androidCertificateProfileBase";
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
        "certificateValidityPeriodScale",
        "certificateValidityPeriodValue",
        "extendedKeyUsages",
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
        "rootCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"roleScopeTagIds\":",
        ",\"supportsScopeTags\":",
        ",\"version\":",
        ",\"assignments\":",
        ",\"deviceSettingStateSummaries\":",
        ",\"deviceStatuses\":",
        ",\"deviceStatusOverview\":",
        ",\"groupAssignments\":",
        ",\"userStatuses\":",
        ",\"userStatusOverview\":",
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":",
        ",\"renewalThresholdPercentage\":",
        ",\"subjectAlternativeNameType\":",
        ",\"subjectNameFormat\":",
        ",\"rootCertificate\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCertificateProfileBase\"";
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
            18usize => self.certificate_validity_period_scale.read_from(r),
            19usize => self.certificate_validity_period_value.read_from(r),
            20usize => self.extended_key_usages.read_from(r),
            21usize => self.renewal_threshold_percentage.read_from(r),
            22usize => self.subject_alternative_name_type.read_from(r),
            23usize => self.subject_name_format.read_from(r),
            24usize => self.root_certificate.read_from(r),
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
        w.field(18usize, &self.certificate_validity_period_scale);
        w.field(19usize, &self.certificate_validity_period_value);
        w.field(20usize, &self.extended_key_usages);
        w.field(21usize, &self.renewal_threshold_percentage);
        w.field(22usize, &self.subject_alternative_name_type);
        w.field(23usize, &self.subject_name_format);
        w.field(24usize, &self.root_certificate);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => {
                ::std::option::Option::Some(
                    &self.device_management_applicability_rule_device_mode,
                )
            }
            4usize => {
                ::std::option::Option::Some(
                    &self.device_management_applicability_rule_os_edition,
                )
            }
            5usize => {
                ::std::option::Option::Some(
                    &self.device_management_applicability_rule_os_version,
                )
            }
            6usize => ::std::option::Option::Some(&self.display_name),
            7usize => ::std::option::Option::Some(&self.last_modified_date_time),
            8usize => ::std::option::Option::Some(&self.role_scope_tag_ids),
            9usize => ::std::option::Option::Some(&self.supports_scope_tags),
            10usize => ::std::option::Option::Some(&self.version),
            11usize => ::std::option::Option::Some(&self.assignments),
            12usize => ::std::option::Option::Some(&self.device_setting_state_summaries),
            13usize => ::std::option::Option::Some(&self.device_statuses),
            14usize => ::std::option::Option::Some(&self.device_status_overview),
            15usize => ::std::option::Option::Some(&self.group_assignments),
            16usize => ::std::option::Option::Some(&self.user_statuses),
            17usize => ::std::option::Option::Some(&self.user_status_overview),
            18usize => {
                ::std::option::Option::Some(&self.certificate_validity_period_scale)
            }
            19usize => {
                ::std::option::Option::Some(&self.certificate_validity_period_value)
            }
            20usize => ::std::option::Option::Some(&self.extended_key_usages),
            21usize => ::std::option::Option::Some(&self.renewal_threshold_percentage),
            22usize => ::std::option::Option::Some(&self.subject_alternative_name_type),
            23usize => ::std::option::Option::Some(&self.subject_name_format),
            24usize => ::std::option::Option::Some(&self.root_certificate),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "description", &self.description);
        d.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        d.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        d.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        d.field(6usize, "display_name", &self.display_name);
        d.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        d.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        d.field(10usize, "version", &self.version);
        d.field(11usize, "assignments", &self.assignments);
        d.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        d.field(13usize, "device_statuses", &self.device_statuses);
        d.field(14usize, "device_status_overview", &self.device_status_overview);
        d.field(15usize, "group_assignments", &self.group_assignments);
        d.field(16usize, "user_statuses", &self.user_statuses);
        d.field(17usize, "user_status_overview", &self.user_status_overview);
        d.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        d.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        d.field(20usize, "extended_key_usages", &self.extended_key_usages);
        d.field(
            21usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        d.field(
            22usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        d.field(23usize, "subject_name_format", &self.subject_name_format);
        d.field(24usize, "root_certificate", &self.root_certificate);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(AndroidCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidCertificateProfileBase { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_certificate_validity_period_scale certificate_validity_period_scale : crate
    ::beta::CertificateValidityPeriodScale; with_certificate_validity_period_value
    certificate_validity_period_value : i32; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >;
    with_renewal_threshold_percentage renewal_threshold_percentage : i32;
    with_subject_alternative_name_type subject_alternative_name_type : rt::Flags < crate
    ::beta::SubjectAlternativeNameType >; with_subject_name_format subject_name_format :
    crate ::beta::SubjectNameFormat; with_root_certificate root_certificate : crate
    ::beta::AndroidTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidCertificateProfileBase` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidCertificateProfileBase {
    AndroidCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidCertificateProfileBase>,
    ),
    AndroidForWorkImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkImportedPfxCertificateProfile>,
    ),
    AndroidImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidImportedPfxCertificateProfile>,
    ),
    AndroidPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidPkcsCertificateProfile>,
    ),
    AndroidScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidScepCertificateProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidCertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::AndroidCertificateProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidCertificateProfileBase>
for AnyAndroidCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidCertificateProfileBase) -> Self {
        Self::AndroidCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkImportedPfxCertificateProfile>
for AnyAndroidCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkImportedPfxCertificateProfile) -> Self {
        Self::AndroidForWorkImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidImportedPfxCertificateProfile>
for AnyAndroidCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidImportedPfxCertificateProfile) -> Self {
        Self::AndroidImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidPkcsCertificateProfile>
for AnyAndroidCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidPkcsCertificateProfile) -> Self {
        Self::AndroidPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidScepCertificateProfile>
for AnyAndroidCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidScepCertificateProfile) -> Self {
        Self::AndroidScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidCertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.androidCertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkImportedPFXCertificateProfile",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::AndroidForWorkImportedPfxCertificateProfile)
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidImportedPFXCertificateProfile",
            ) => {
                rt::object::read_boxed(r).map(Self::AndroidImportedPfxCertificateProfile)
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidPkcsCertificateProfile",
            ) => rt::object::read_boxed(r).map(Self::AndroidPkcsCertificateProfile),
            ::std::option::Option::Some(
                "microsoft.graph.androidScepCertificateProfile",
            ) => rt::object::read_boxed(r).map(Self::AndroidScepCertificateProfile),
            _ => rt::object::read_boxed(r).map(Self::AndroidCertificateProfileBase),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::AndroidCertificateProfileBase(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkImportedPFXCertificateProfile",
                    ),
                )
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidImportedPFXCertificateProfile",
                    ),
                )
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidPkcsCertificateProfile",
                    ),
                )
            }
            Self::AndroidScepCertificateProfile(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidScepCertificateProfile",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidCertificateProfileBase {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::AndroidCertificateProfileBase(_) => {
                "microsoft.graph.androidCertificateProfileBase"
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(_) => {
                "microsoft.graph.androidForWorkImportedPFXCertificateProfile"
            }
            Self::AndroidImportedPfxCertificateProfile(_) => {
                "microsoft.graph.androidImportedPFXCertificateProfile"
            }
            Self::AndroidPkcsCertificateProfile(_) => {
                "microsoft.graph.androidPkcsCertificateProfile"
            }
            Self::AndroidScepCertificateProfile(_) => {
                "microsoft.graph.androidScepCertificateProfile"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.extra,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.extra,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.extra,
            Self::AndroidPkcsCertificateProfile(v) => &v.extra,
            Self::AndroidScepCertificateProfile(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.extra,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.extra,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.extra,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.extra,
            Self::AndroidScepCertificateProfile(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.id,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.id,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.id,
            Self::AndroidPkcsCertificateProfile(v) => &v.id,
            Self::AndroidScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.id,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.id,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.id,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.id,
            Self::AndroidScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.created_date_time,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::AndroidPkcsCertificateProfile(v) => &v.created_date_time,
            Self::AndroidScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.created_date_time,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.created_date_time
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.description,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.description,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.description,
            Self::AndroidPkcsCertificateProfile(v) => &v.description,
            Self::AndroidScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.description,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.description,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.description,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.description,
            Self::AndroidScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidScepCertificateProfile(v) => {
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
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidScepCertificateProfile(v) => {
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
            Self::AndroidCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidScepCertificateProfile(v) => {
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
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidScepCertificateProfile(v) => {
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
            Self::AndroidCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidScepCertificateProfile(v) => {
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
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.display_name,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.display_name,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.display_name,
            Self::AndroidPkcsCertificateProfile(v) => &v.display_name,
            Self::AndroidScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.display_name,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.display_name,
            Self::AndroidScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &v.last_modified_date_time,
            Self::AndroidPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::AndroidScepCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidPkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::AndroidScepCertificateProfile(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::AndroidScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::AndroidScepCertificateProfile(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.version,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.version,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.version,
            Self::AndroidPkcsCertificateProfile(v) => &v.version,
            Self::AndroidScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.version,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.version,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.version,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.version,
            Self::AndroidScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.assignments,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.assignments,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.assignments,
            Self::AndroidPkcsCertificateProfile(v) => &v.assignments,
            Self::AndroidScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.assignments,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.assignments,
            Self::AndroidScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidPkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::AndroidScepCertificateProfile(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidScepCertificateProfile(v) => {
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
            Self::AndroidCertificateProfileBase(v) => &v.device_statuses,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::AndroidPkcsCertificateProfile(v) => &v.device_statuses,
            Self::AndroidScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.device_statuses,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_statuses
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.device_status_overview,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &v.device_status_overview,
            Self::AndroidPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::AndroidScepCertificateProfile(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidPkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::AndroidScepCertificateProfile(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.group_assignments,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::AndroidPkcsCertificateProfile(v) => &v.group_assignments,
            Self::AndroidScepCertificateProfile(v) => &v.group_assignments,
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
            Self::AndroidCertificateProfileBase(v) => &mut v.group_assignments,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.group_assignments
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.user_statuses,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::AndroidPkcsCertificateProfile(v) => &v.user_statuses,
            Self::AndroidScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.user_statuses,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.user_status_overview,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.user_status_overview
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.user_status_overview,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::AndroidScepCertificateProfile(v) => &mut v.user_status_overview,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale(
        &self,
    ) -> &rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::AndroidCertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidScepCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidCertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidScepCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.extended_key_usages,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.extended_key_usages
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &v.extended_key_usages,
            Self::AndroidPkcsCertificateProfile(v) => &v.extended_key_usages,
            Self::AndroidScepCertificateProfile(v) => &v.extended_key_usages,
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.extended_key_usages,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.extended_key_usages
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.extended_key_usages,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.extended_key_usages,
            Self::AndroidScepCertificateProfile(v) => &mut v.extended_key_usages,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.renewal_threshold_percentage,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidPkcsCertificateProfile(v) => &v.renewal_threshold_percentage,
            Self::AndroidScepCertificateProfile(v) => &v.renewal_threshold_percentage,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.renewal_threshold_percentage,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidPkcsCertificateProfile(v) => &mut v.renewal_threshold_percentage,
            Self::AndroidScepCertificateProfile(v) => &mut v.renewal_threshold_percentage,
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.subject_alternative_name_type,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidPkcsCertificateProfile(v) => &v.subject_alternative_name_type,
            Self::AndroidScepCertificateProfile(v) => &v.subject_alternative_name_type,
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::AndroidCertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidImportedPfxCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidPkcsCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidScepCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(&self) -> &rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.subject_name_format,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &v.subject_name_format
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &v.subject_name_format,
            Self::AndroidPkcsCertificateProfile(v) => &v.subject_name_format,
            Self::AndroidScepCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.subject_name_format,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.subject_name_format
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.subject_name_format,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.subject_name_format,
            Self::AndroidScepCertificateProfile(v) => &mut v.subject_name_format,
        }
    }
    /// `rootCertificate` of any variant.
    #[inline]
    pub fn root_certificate(
        &self,
    ) -> &rt::Field<crate::beta::AndroidTrustedRootCertificate> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &v.root_certificate,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.root_certificate,
            Self::AndroidImportedPfxCertificateProfile(v) => &v.root_certificate,
            Self::AndroidPkcsCertificateProfile(v) => &v.root_certificate,
            Self::AndroidScepCertificateProfile(v) => &v.root_certificate,
        }
    }
    /// `rootCertificate` of any variant.
    #[inline]
    pub fn root_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidTrustedRootCertificate> {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut v.root_certificate,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                &mut v.root_certificate
            }
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.root_certificate,
            Self::AndroidPkcsCertificateProfile(v) => &mut v.root_certificate,
            Self::AndroidScepCertificateProfile(v) => &mut v.root_certificate,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the androidCustomConfiguration resource.
///
/// CSDL: `microsoft.graph.androidCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidCustomConfigurationPath`](requests/struct.AndroidCustomConfigurationPath.html), the type of a path to one.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidCustomConfiguration {
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
    /// OMA settings. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `omaSettings`: `Collection(microsoft.graph.omaSetting)`, nullable.
    pub oma_settings: rt::Field<::std::vec::Vec<crate::beta::AnyOmaSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidCustomConfiguration {
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
            oma_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidCustomConfiguration";
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
        "omaSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"roleScopeTagIds\":",
        ",\"supportsScopeTags\":",
        ",\"version\":",
        ",\"assignments\":",
        ",\"deviceSettingStateSummaries\":",
        ",\"deviceStatuses\":",
        ",\"deviceStatusOverview\":",
        ",\"groupAssignments\":",
        ",\"userStatuses\":",
        ",\"userStatusOverview\":",
        ",\"omaSettings\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCustomConfiguration\"";
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
            18usize => self.oma_settings.read_from(r),
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
        w.field(18usize, &self.oma_settings);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => {
                ::std::option::Option::Some(
                    &self.device_management_applicability_rule_device_mode,
                )
            }
            4usize => {
                ::std::option::Option::Some(
                    &self.device_management_applicability_rule_os_edition,
                )
            }
            5usize => {
                ::std::option::Option::Some(
                    &self.device_management_applicability_rule_os_version,
                )
            }
            6usize => ::std::option::Option::Some(&self.display_name),
            7usize => ::std::option::Option::Some(&self.last_modified_date_time),
            8usize => ::std::option::Option::Some(&self.role_scope_tag_ids),
            9usize => ::std::option::Option::Some(&self.supports_scope_tags),
            10usize => ::std::option::Option::Some(&self.version),
            11usize => ::std::option::Option::Some(&self.assignments),
            12usize => ::std::option::Option::Some(&self.device_setting_state_summaries),
            13usize => ::std::option::Option::Some(&self.device_statuses),
            14usize => ::std::option::Option::Some(&self.device_status_overview),
            15usize => ::std::option::Option::Some(&self.group_assignments),
            16usize => ::std::option::Option::Some(&self.user_statuses),
            17usize => ::std::option::Option::Some(&self.user_status_overview),
            18usize => ::std::option::Option::Some(&self.oma_settings),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "description", &self.description);
        d.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        d.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        d.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        d.field(6usize, "display_name", &self.display_name);
        d.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        d.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        d.field(10usize, "version", &self.version);
        d.field(11usize, "assignments", &self.assignments);
        d.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        d.field(13usize, "device_statuses", &self.device_statuses);
        d.field(14usize, "device_status_overview", &self.device_status_overview);
        d.field(15usize, "group_assignments", &self.group_assignments);
        d.field(16usize, "user_statuses", &self.user_statuses);
        d.field(17usize, "user_status_overview", &self.user_status_overview);
        d.field(18usize, "oma_settings", &self.oma_settings);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(AndroidCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidCustomConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_oma_settings oma_settings : ::std::vec::Vec < crate ::beta::AnyOmaSetting >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidCustomConfiguration);
