//! Types of `microsoft.graph` by the first letters of their names (`androidc_androidd`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Android certificate profile base.
///
/// CSDL: `microsoft.graph.androidCertificateProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`AndroidCertificateProfileBasePath`](requests/trait.AndroidCertificateProfileBasePath.html), what a path to one (`EntityPath<AnyAndroidCertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
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
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":            ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"rootCertificate\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCertificateProfileBase\"";
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
        v.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(20usize, "extended_key_usages", &self.extended_key_usages);
        v.field(
            21usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            22usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(23usize, "subject_name_format", &self.subject_name_format);
        v.field(24usize, "root_certificate", &self.root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidCertificateProfileBase {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
unsafe impl ::std::marker::Send for AnyAndroidCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidCertificateProfileBase>();
    rt::object::auto_traits::<
        crate::beta::AndroidForWorkImportedPfxCertificateProfile,
    >();
    rt::object::auto_traits::<crate::beta::AndroidImportedPfxCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidCertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.androidCertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkImportedPFXCertificateProfile",
            ) => {
                Self::AndroidForWorkImportedPfxCertificateProfile(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidImportedPFXCertificateProfile",
            ) => Self::AndroidImportedPfxCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidPkcsCertificateProfile",
            ) => Self::AndroidPkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidScepCertificateProfile",
            ) => Self::AndroidScepCertificateProfile(rt::object::new_boxed()),
            _ => Self::AndroidCertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidCertificateProfileBase(v) => &**v,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &**v,
            Self::AndroidImportedPfxCertificateProfile(v) => &**v,
            Self::AndroidPkcsCertificateProfile(v) => &**v,
            Self::AndroidScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidCertificateProfileBase(v) => &mut **v,
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut **v,
            Self::AndroidImportedPfxCertificateProfile(v) => &mut **v,
            Self::AndroidPkcsCertificateProfile(v) => &mut **v,
            Self::AndroidScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidCertificateProfileBase {
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
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidCustomConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
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
        ",\"omaSettings\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCustomConfiguration\"";
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
        v.field(18usize, "oma_settings", &self.oma_settings);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidCustomConfiguration {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Device Owner certificate profile base.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerCertificateProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerCertificateProfileBasePath`](requests/trait.AndroidDeviceOwnerCertificateProfileBasePath.html), what a path to one (`EntityPath<AnyAndroidDeviceOwnerCertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerCertificateProfileBase {
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
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidDeviceOwnerTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<
        crate::beta::AndroidDeviceOwnerTrustedRootCertificate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerCertificateProfileBase {
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
impl rt::Object for AndroidDeviceOwnerCertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerCertificateProfileBase";
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
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":            ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"rootCertificate\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerCertificateProfileBase\"";
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
        v.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(20usize, "extended_key_usages", &self.extended_key_usages);
        v.field(
            21usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            22usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(23usize, "subject_name_format", &self.subject_name_format);
        v.field(24usize, "root_certificate", &self.root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerCertificateProfileBase {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(AndroidDeviceOwnerCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerCertificateProfileBase { with_id id : ::std::string::String;
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
    ::beta::AndroidDeviceOwnerTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidDeviceOwnerCertificateProfileBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidDeviceOwnerCertificateProfileBase {
    AndroidDeviceOwnerCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerCertificateProfileBase>,
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
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidDeviceOwnerCertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::AndroidDeviceOwnerCertificateProfileBase(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerCertificateProfileBase>
for AnyAndroidDeviceOwnerCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerCertificateProfileBase) -> Self {
        Self::AndroidDeviceOwnerCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile>
for AnyAndroidDeviceOwnerCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerPkcsCertificateProfile>
for AnyAndroidDeviceOwnerCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerPkcsCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerScepCertificateProfile>
for AnyAndroidDeviceOwnerCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerScepCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidDeviceOwnerCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidDeviceOwnerCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidDeviceOwnerCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidDeviceOwnerCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidDeviceOwnerCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerCertificateProfileBase>();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile,
    >();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidDeviceOwnerCertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerCertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
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
            _ => Self::AndroidDeviceOwnerCertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &**v,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &**v,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &**v,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut **v,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut **v,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut **v,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidDeviceOwnerCertificateProfileBase {
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
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.id,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.id,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.id,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.id,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut v.id,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.id,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.created_date_time
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.created_date_time
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.description,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.description,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.description,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.description,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.description
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.description,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.display_name,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.display_name,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.display_name,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.display_name
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.role_scope_tag_ids
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.supports_scope_tags
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.version,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.version,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.version,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.version,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut v.version,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.version,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.assignments,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.assignments,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.assignments,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.assignments
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.device_statuses
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.device_statuses
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.group_assignments
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.group_assignments,
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
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.group_assignments
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.user_statuses
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.user_status_overview
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
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
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale(
        &self,
    ) -> &rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
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
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
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
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.extended_key_usages,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.extended_key_usages
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.extended_key_usages,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.extended_key_usages,
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.extended_key_usages
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.extended_key_usages
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.extended_key_usages
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.extended_key_usages
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(&self) -> &rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.subject_name_format,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.subject_name_format
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.subject_name_format,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                &mut v.subject_name_format
            }
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.subject_name_format
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                &mut v.subject_name_format
            }
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                &mut v.subject_name_format
            }
        }
    }
    /// `rootCertificate` of any variant.
    #[inline]
    pub fn root_certificate(
        &self,
    ) -> &rt::Field<crate::beta::AndroidDeviceOwnerTrustedRootCertificate> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.root_certificate,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &v.root_certificate
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.root_certificate,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.root_certificate,
        }
    }
    /// `rootCertificate` of any variant.
    #[inline]
    pub fn root_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidDeviceOwnerTrustedRootCertificate> {
        match self {
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.root_certificate,
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                &mut v.root_certificate
            }
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.root_certificate,
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.root_certificate,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidDeviceOwnerCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidDeviceOwnerCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android COBO Derived Credential profile.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerDerivedCredentialAuthenticationConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerDerivedCredentialAuthenticationConfigurationPath`](requests/trait.AndroidDeviceOwnerDerivedCredentialAuthenticationConfigurationPath.html), what a path to one (`EntityPath<AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration {
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
    /// Tenant level settings for the Derived Credentials to be used for authentication.
    ///
    /// CSDL: navigation property `derivedCredentialSettings`: `microsoft.graph.deviceManagementDerivedCredentialSettings`, nullable.
    pub derived_credential_settings: rt::Field<
        crate::beta::DeviceManagementDerivedCredentialSettings,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration {
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
            derived_credential_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerDerivedCredentialAuthenticationConfiguration";
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
        "derivedCredentialSettings",
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
        ",\"derivedCredentialSettings\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerDerivedCredentialAuthenticationConfiguration\"";
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
        v.field(
            18usize,
            "derived_credential_settings",
            &self.derived_credential_settings,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration {
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
            18usize => self.derived_credential_settings.read_from(r),
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
        w.field(18usize, &self.derived_credential_settings);
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
rt::impl_object!(AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
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
    with_derived_credential_settings derived_credential_settings : crate
    ::beta::DeviceManagementDerivedCredentialSettings; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android Device Owner device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration`, entity type, derived from `microsoft.graph.androidDeviceOwnerWiFiConfiguration`, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerEnterpriseWiFiConfigurationPath`](requests/trait.AndroidDeviceOwnerEnterpriseWiFiConfigurationPath.html), what a path to one (`EntityPath<AndroidDeviceOwnerEnterpriseWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerEnterpriseWiFiConfiguration {
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
    /// Connect automatically when this network is in range. Setting this to true will skip the user prompt and automatically connect the device to Wi-Fi network.
    ///
    /// CSDL: property `connectAutomatically`: `Edm.Boolean`, nullable.
    pub connect_automatically: rt::Field<bool>,
    /// When set to true, this profile forces the device to connect to a network that doesn't broadcast its SSID to all devices.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Network Name
    ///
    /// CSDL: property `networkName`: `Edm.String`, not nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKeyIsSet`: `Edm.Boolean`, not nullable.
    pub pre_shared_key_is_set: rt::Field<bool>,
    /// This is the name of the Wi-Fi network that is broadcast to all devices.
    ///
    /// CSDL: property `ssid`: `Edm.String`, not nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Indicates whether Wi-Fi endpoint uses an EAP based security type.
    ///
    /// CSDL: property `wiFiSecurityType`: `microsoft.graph.androidDeviceOwnerWiFiSecurityType`, not nullable.
    pub wi_fi_security_type: rt::Field<crate::beta::AndroidDeviceOwnerWiFiSecurityType>,
    /// Indicates the Authentication Method the client (device) needs to use when the EAP Type is configured to PEAP or EAP-TTLS.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.wiFiAuthenticationMethod`, nullable.
    pub authentication_method: rt::Field<crate::beta::WiFiAuthenticationMethod>,
    /// Indicates the type of EAP protocol set on the Wi-Fi endpoint (router).
    ///
    /// CSDL: property `eapType`: `microsoft.graph.androidEapType`, not nullable.
    pub eap_type: rt::Field<crate::beta::AndroidEapType>,
    /// Non-EAP Method for Authentication (Inner Identity) when EAP Type is EAP-TTLS and Authenticationmethod is Username and Password.
    ///
    /// CSDL: property `innerAuthenticationProtocolForEapTtls`: `microsoft.graph.nonEapAuthenticationMethodForEapTtlsType`, nullable.
    pub inner_authentication_protocol_for_eap_ttls: rt::Field<
        crate::beta::NonEapAuthenticationMethodForEapTtlsType,
    >,
    /// Non-EAP Method for Authentication (Inner Identity) when EAP Type is PEAP and Authenticationmethod is Username and Password.
    ///
    /// CSDL: property `innerAuthenticationProtocolForPeap`: `microsoft.graph.nonEapAuthenticationMethodForPeap`, nullable.
    pub inner_authentication_protocol_for_peap: rt::Field<
        crate::beta::NonEapAuthenticationMethodForPeap,
    >,
    /// Enable identity privacy (Outer Identity) when EAP Type is configured to EAP-TTLS or PEAP. The String provided here is used to mask the username of individual users when they attempt to connect to Wi-Fi network.
    ///
    /// CSDL: property `outerIdentityPrivacyTemporaryValue`: `Edm.String`, nullable.
    pub outer_identity_privacy_temporary_value: rt::Field<::std::string::String>,
    /// Tenant level settings for the Derived Credentials to be used for authentication.
    ///
    /// CSDL: navigation property `derivedCredentialSettings`: `microsoft.graph.deviceManagementDerivedCredentialSettings`, nullable.
    pub derived_credential_settings: rt::Field<
        crate::beta::DeviceManagementDerivedCredentialSettings,
    >,
    /// Identity Certificate for client authentication when EAP Type is configured to EAP-TLS, EAP-TTLS (with Certificate Authentication), or PEAP (with Certificate Authentication). This is the certificate presented by client to the Wi-Fi endpoint. The authentication server sitting behind the Wi-Fi endpoint must accept this certificate to successfully establish a Wi-Fi connection.
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.androidDeviceOwnerCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyAndroidDeviceOwnerCertificateProfileBase,
    >,
    /// Trusted Root Certificate for Server Validation when EAP Type is configured to EAP-TLS, EAP-TTLS or PEAP. This is the certificate presented by the Wi-Fi endpoint when the device attempts to connect to Wi-Fi endpoint. The device (or user) must accept this certificate to continue the connection attempt.
    ///
    /// CSDL: navigation property `rootCertificateForServerValidation`: `microsoft.graph.androidDeviceOwnerTrustedRootCertificate`, nullable.
    pub root_certificate_for_server_validation: rt::Field<
        crate::beta::AndroidDeviceOwnerTrustedRootCertificate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerEnterpriseWiFiConfiguration {
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
            connect_automatically: rt::Field::Absent,
            connect_when_network_name_is_hidden: rt::Field::Absent,
            network_name: rt::Field::Absent,
            pre_shared_key: rt::Field::Absent,
            pre_shared_key_is_set: rt::Field::Absent,
            ssid: rt::Field::Absent,
            wi_fi_security_type: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            eap_type: rt::Field::Absent,
            inner_authentication_protocol_for_eap_ttls: rt::Field::Absent,
            inner_authentication_protocol_for_peap: rt::Field::Absent,
            outer_identity_privacy_temporary_value: rt::Field::Absent,
            derived_credential_settings: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificate_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerEnterpriseWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration";
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
        "connectAutomatically",
        "connectWhenNetworkNameIsHidden",
        "networkName",
        "preSharedKey",
        "preSharedKeyIsSet",
        "ssid",
        "wiFiSecurityType",
        "authenticationMethod",
        "eapType",
        "innerAuthenticationProtocolForEapTtls",
        "innerAuthenticationProtocolForPeap",
        "outerIdentityPrivacyTemporaryValue",
        "derivedCredentialSettings",
        "identityCertificateForClientAuthentication",
        "rootCertificateForServerValidation",
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
        ",\"connectAutomatically\":         ",
        ",\"connectWhenNetworkNameIsHidden\":",
        ",\"networkName\":                  ",
        ",\"preSharedKey\":                 ",
        ",\"preSharedKeyIsSet\":            ",
        ",\"ssid\":                         ",
        ",\"wiFiSecurityType\":             ",
        ",\"authenticationMethod\":         ",
        ",\"eapType\":                      ",
        ",\"innerAuthenticationProtocolForEapTtls\":",
        ",\"innerAuthenticationProtocolForPeap\":",
        ",\"outerIdentityPrivacyTemporaryValue\":",
        ",\"derivedCredentialSettings\":    ",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration\"";
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
        v.field(18usize, "connect_automatically", &self.connect_automatically);
        v.field(
            19usize,
            "connect_when_network_name_is_hidden",
            &self.connect_when_network_name_is_hidden,
        );
        v.field(20usize, "network_name", &self.network_name);
        v.field(21usize, "pre_shared_key", &self.pre_shared_key);
        v.field(22usize, "pre_shared_key_is_set", &self.pre_shared_key_is_set);
        v.field(23usize, "ssid", &self.ssid);
        v.field(24usize, "wi_fi_security_type", &self.wi_fi_security_type);
        v.field(25usize, "authentication_method", &self.authentication_method);
        v.field(26usize, "eap_type", &self.eap_type);
        v.field(
            27usize,
            "inner_authentication_protocol_for_eap_ttls",
            &self.inner_authentication_protocol_for_eap_ttls,
        );
        v.field(
            28usize,
            "inner_authentication_protocol_for_peap",
            &self.inner_authentication_protocol_for_peap,
        );
        v.field(
            29usize,
            "outer_identity_privacy_temporary_value",
            &self.outer_identity_privacy_temporary_value,
        );
        v.field(
            30usize,
            "derived_credential_settings",
            &self.derived_credential_settings,
        );
        v.field(
            31usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            32usize,
            "root_certificate_for_server_validation",
            &self.root_certificate_for_server_validation,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerEnterpriseWiFiConfiguration {
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
            18usize => self.connect_automatically.read_from(r),
            19usize => self.connect_when_network_name_is_hidden.read_from(r),
            20usize => self.network_name.read_from(r),
            21usize => self.pre_shared_key.read_from(r),
            22usize => self.pre_shared_key_is_set.read_from(r),
            23usize => self.ssid.read_from(r),
            24usize => self.wi_fi_security_type.read_from(r),
            25usize => self.authentication_method.read_from(r),
            26usize => self.eap_type.read_from(r),
            27usize => self.inner_authentication_protocol_for_eap_ttls.read_from(r),
            28usize => self.inner_authentication_protocol_for_peap.read_from(r),
            29usize => self.outer_identity_privacy_temporary_value.read_from(r),
            30usize => self.derived_credential_settings.read_from(r),
            31usize => self.identity_certificate_for_client_authentication.read_from(r),
            32usize => self.root_certificate_for_server_validation.read_from(r),
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
        w.field(18usize, &self.connect_automatically);
        w.field(19usize, &self.connect_when_network_name_is_hidden);
        w.field(20usize, &self.network_name);
        w.field(21usize, &self.pre_shared_key);
        w.field(22usize, &self.pre_shared_key_is_set);
        w.field(23usize, &self.ssid);
        w.field(24usize, &self.wi_fi_security_type);
        w.field(25usize, &self.authentication_method);
        w.field(26usize, &self.eap_type);
        w.field(27usize, &self.inner_authentication_protocol_for_eap_ttls);
        w.field(28usize, &self.inner_authentication_protocol_for_peap);
        w.field(29usize, &self.outer_identity_privacy_temporary_value);
        w.field(30usize, &self.derived_credential_settings);
        w.field(31usize, &self.identity_certificate_for_client_authentication);
        w.field(32usize, &self.root_certificate_for_server_validation);
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
rt::impl_object!(AndroidDeviceOwnerEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerEnterpriseWiFiConfiguration { with_id id : ::std::string::String;
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
    with_connect_automatically connect_automatically : bool;
    with_connect_when_network_name_is_hidden connect_when_network_name_is_hidden : bool;
    with_network_name network_name : ::std::string::String; with_pre_shared_key
    pre_shared_key : ::std::string::String; with_pre_shared_key_is_set
    pre_shared_key_is_set : bool; with_ssid ssid : ::std::string::String;
    with_wi_fi_security_type wi_fi_security_type : crate
    ::beta::AndroidDeviceOwnerWiFiSecurityType; with_authentication_method
    authentication_method : crate ::beta::WiFiAuthenticationMethod; with_eap_type
    eap_type : crate ::beta::AndroidEapType;
    with_inner_authentication_protocol_for_eap_ttls
    inner_authentication_protocol_for_eap_ttls : crate
    ::beta::NonEapAuthenticationMethodForEapTtlsType;
    with_inner_authentication_protocol_for_peap inner_authentication_protocol_for_peap :
    crate ::beta::NonEapAuthenticationMethodForPeap;
    with_outer_identity_privacy_temporary_value outer_identity_privacy_temporary_value :
    ::std::string::String; with_derived_credential_settings derived_credential_settings :
    crate ::beta::DeviceManagementDerivedCredentialSettings;
    with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyAndroidDeviceOwnerCertificateProfileBase;
    with_root_certificate_for_server_validation root_certificate_for_server_validation :
    crate ::beta::AndroidDeviceOwnerTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the androidDeviceOwnerGeneralDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerGeneralDeviceConfigurationPath`](requests/trait.AndroidDeviceOwnerGeneralDeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidDeviceOwnerGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerGeneralDeviceConfiguration {
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
    /// Indicates whether or not adding or removing accounts is disabled.
    ///
    /// CSDL: property `accountsBlockModification`: `Edm.Boolean`, nullable.
    pub accounts_block_modification: rt::Field<bool>,
    /// Indicates whether or not the user is allowed to enable to unknown sources setting.
    ///
    /// CSDL: property `appsAllowInstallFromUnknownSources`: `Edm.Boolean`, nullable.
    pub apps_allow_install_from_unknown_sources: rt::Field<bool>,
    /// Indicates the value of the app auto update policy.
    ///
    /// CSDL: property `appsAutoUpdatePolicy`: `microsoft.graph.androidDeviceOwnerAppAutoUpdatePolicyType`, nullable.
    pub apps_auto_update_policy: rt::Field<
        crate::beta::AndroidDeviceOwnerAppAutoUpdatePolicyType,
    >,
    /// Indicates the permission policy for requests for runtime permissions if one is not defined for the app specifically.
    ///
    /// CSDL: property `appsDefaultPermissionPolicy`: `microsoft.graph.androidDeviceOwnerDefaultAppPermissionPolicyType`, nullable.
    pub apps_default_permission_policy: rt::Field<
        crate::beta::AndroidDeviceOwnerDefaultAppPermissionPolicyType,
    >,
    /// Whether or not to recommend all apps skip any first-time-use hints they may have added.
    ///
    /// CSDL: property `appsRecommendSkippingFirstUseHints`: `Edm.Boolean`, nullable.
    pub apps_recommend_skipping_first_use_hints: rt::Field<bool>,
    /// Indicates whether or not to block a user from configuring bluetooth.
    ///
    /// CSDL: property `bluetoothBlockConfiguration`: `Edm.Boolean`, nullable.
    pub bluetooth_block_configuration: rt::Field<bool>,
    /// Indicates whether or not to block a user from sharing contacts via bluetooth.
    ///
    /// CSDL: property `bluetoothBlockContactSharing`: `Edm.Boolean`, nullable.
    pub bluetooth_block_contact_sharing: rt::Field<bool>,
    /// Indicates whether or not to disable the use of the camera.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Wi-Fi tethering.
    ///
    /// CSDL: property `cellularBlockWiFiTethering`: `Edm.Boolean`, nullable.
    pub cellular_block_wi_fi_tethering: rt::Field<bool>,
    /// Indicates whether or not to block users from any certificate credential configuration.
    ///
    /// CSDL: property `certificateCredentialConfigurationDisabled`: `Edm.Boolean`, nullable.
    pub certificate_credential_configuration_disabled: rt::Field<bool>,
    /// Indicates whether or not to block a user from data roaming.
    ///
    /// CSDL: property `dataRoamingBlocked`: `Edm.Boolean`, nullable.
    pub data_roaming_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from manually changing the date or time on the device
    ///
    /// CSDL: property `dateTimeConfigurationBlocked`: `Edm.Boolean`, nullable.
    pub date_time_configuration_blocked: rt::Field<bool>,
    /// Indicates which enrollment profile you want to configure.
    ///
    /// CSDL: property `enrollmentProfile`: `microsoft.graph.androidDeviceOwnerEnrollmentProfileType`, not nullable.
    pub enrollment_profile: rt::Field<
        crate::beta::AndroidDeviceOwnerEnrollmentProfileType,
    >,
    /// Indicates whether or not the factory reset option in settings is disabled.
    ///
    /// CSDL: property `factoryResetBlocked`: `Edm.Boolean`, nullable.
    pub factory_reset_blocked: rt::Field<bool>,
    /// List of Google account emails that will be required to authenticate after a device is factory reset before it can be set up.
    ///
    /// CSDL: property `factoryResetDeviceAdministratorEmails`: `Collection(Edm.String)`, nullable.
    pub factory_reset_device_administrator_emails: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Proxy is set up directly with host, port and excluded hosts.
    ///
    /// CSDL: property `globalProxy`: `microsoft.graph.androidDeviceOwnerGlobalProxy`, nullable.
    pub global_proxy: rt::Field<crate::beta::AnyAndroidDeviceOwnerGlobalProxy>,
    /// Indicates whether or not google accounts will be blocked.
    ///
    /// CSDL: property `googleAccountsBlocked`: `Edm.Boolean`, nullable.
    pub google_accounts_blocked: rt::Field<bool>,
    /// Indicates whether a user can access the device's Settings app while in Kiosk Mode.
    ///
    /// CSDL: property `kioskCustomizationDeviceSettingsBlocked`: `Edm.Boolean`, nullable.
    pub kiosk_customization_device_settings_blocked: rt::Field<bool>,
    /// Whether the power menu is shown when a user long presses the Power button of a device in Kiosk Mode.
    ///
    /// CSDL: property `kioskCustomizationPowerButtonActionsBlocked`: `Edm.Boolean`, nullable.
    pub kiosk_customization_power_button_actions_blocked: rt::Field<bool>,
    /// Indicates whether system info and notifications are disabled in Kiosk Mode.
    ///
    /// CSDL: property `kioskCustomizationStatusBar`: `microsoft.graph.androidDeviceOwnerKioskCustomizationStatusBar`, nullable.
    pub kiosk_customization_status_bar: rt::Field<
        crate::beta::AndroidDeviceOwnerKioskCustomizationStatusBar,
    >,
    /// Indicates whether system error dialogs for crashed or unresponsive apps are shown in Kiosk Mode.
    ///
    /// CSDL: property `kioskCustomizationSystemErrorWarnings`: `Edm.Boolean`, nullable.
    pub kiosk_customization_system_error_warnings: rt::Field<bool>,
    /// Indicates which navigation features are enabled in Kiosk Mode.
    ///
    /// CSDL: property `kioskCustomizationSystemNavigation`: `microsoft.graph.androidDeviceOwnerKioskCustomizationSystemNavigation`, nullable.
    pub kiosk_customization_system_navigation: rt::Field<
        crate::beta::AndroidDeviceOwnerKioskCustomizationSystemNavigation,
    >,
    /// Whether or not to enable app ordering in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeAppOrderEnabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_app_order_enabled: rt::Field<bool>,
    /// The ordering of items on Kiosk Mode Managed Home Screen. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `kioskModeAppPositions`: `Collection(microsoft.graph.androidDeviceOwnerKioskModeAppPositionItem)`, nullable.
    pub kiosk_mode_app_positions: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidDeviceOwnerKioskModeAppPositionItem>,
    >,
    /// A list of managed apps that will be shown when the device is in Kiosk Mode. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `kioskModeApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub kiosk_mode_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Whether or not to alphabetize applications within a folder in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeAppsInFolderOrderedByName`: `Edm.Boolean`, nullable.
    pub kiosk_mode_apps_in_folder_ordered_by_name: rt::Field<bool>,
    /// Whether or not to allow a user to configure Bluetooth settings in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeBluetoothConfigurationEnabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_bluetooth_configuration_enabled: rt::Field<bool>,
    /// Whether or not to allow a user to easy access to the debug menu in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeDebugMenuEasyAccessEnabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_debug_menu_easy_access_enabled: rt::Field<bool>,
    /// Exit code to allow a user to escape from Kiosk Mode when the device is in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeExitCode`: `Edm.String`, nullable.
    pub kiosk_mode_exit_code: rt::Field<::std::string::String>,
    /// Whether or not to allow a user to use the flashlight in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeFlashlightConfigurationEnabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_flashlight_configuration_enabled: rt::Field<bool>,
    /// Folder icon configuration for managed home screen in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeFolderIcon`: `microsoft.graph.androidDeviceOwnerKioskModeFolderIcon`, nullable.
    pub kiosk_mode_folder_icon: rt::Field<
        crate::beta::AndroidDeviceOwnerKioskModeFolderIcon,
    >,
    /// Number of rows for Managed Home Screen grid with app ordering enabled in Kiosk Mode. Valid values 1 to 9999999
    ///
    /// CSDL: property `kioskModeGridHeight`: `Edm.Int32`, nullable.
    pub kiosk_mode_grid_height: rt::Field<i32>,
    /// Number of columns for Managed Home Screen grid with app ordering enabled in Kiosk Mode. Valid values 1 to 9999999
    ///
    /// CSDL: property `kioskModeGridWidth`: `Edm.Int32`, nullable.
    pub kiosk_mode_grid_width: rt::Field<i32>,
    /// Icon size configuration for managed home screen in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeIconSize`: `microsoft.graph.androidDeviceOwnerKioskModeIconSize`, nullable.
    pub kiosk_mode_icon_size: rt::Field<
        crate::beta::AndroidDeviceOwnerKioskModeIconSize,
    >,
    /// Whether or not to lock home screen to the end user in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeLockHomeScreen`: `Edm.Boolean`, nullable.
    pub kiosk_mode_lock_home_screen: rt::Field<bool>,
    /// A list of managed folders for a device in Kiosk Mode. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `kioskModeManagedFolders`: `Collection(microsoft.graph.androidDeviceOwnerKioskModeManagedFolder)`, nullable.
    pub kiosk_mode_managed_folders: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidDeviceOwnerKioskModeManagedFolder>,
    >,
    /// Whether or not to display the Managed Settings entry point on the managed home screen in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeManagedSettingsEntryDisabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_managed_settings_entry_disabled: rt::Field<bool>,
    /// Whether or not to allow a user to change the media volume in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeMediaVolumeConfigurationEnabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_media_volume_configuration_enabled: rt::Field<bool>,
    /// Screen orientation configuration for managed home screen in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeScreenOrientation`: `microsoft.graph.androidDeviceOwnerKioskModeScreenOrientation`, nullable.
    pub kiosk_mode_screen_orientation: rt::Field<
        crate::beta::AndroidDeviceOwnerKioskModeScreenOrientation,
    >,
    /// Whether or not to enable screen saver mode or not in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeScreenSaverConfigurationEnabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_screen_saver_configuration_enabled: rt::Field<bool>,
    /// Whether or not the device screen should show the screen saver if audio/video is playing in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeScreenSaverDetectMediaDisabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_screen_saver_detect_media_disabled: rt::Field<bool>,
    /// The number of seconds that the device will display the screen saver for in Kiosk Mode. Valid values 0 to 9999999
    ///
    /// CSDL: property `kioskModeScreenSaverDisplayTimeInSeconds`: `Edm.Int32`, nullable.
    pub kiosk_mode_screen_saver_display_time_in_seconds: rt::Field<i32>,
    /// URL for an image that will be the device's screen saver in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeScreenSaverImageUrl`: `Edm.String`, nullable.
    pub kiosk_mode_screen_saver_image_url: rt::Field<::std::string::String>,
    /// The number of seconds the device needs to be inactive for before the screen saver is shown in Kiosk Mode. Valid values 1 to 9999999
    ///
    /// CSDL: property `kioskModeScreenSaverStartDelayInSeconds`: `Edm.Int32`, nullable.
    pub kiosk_mode_screen_saver_start_delay_in_seconds: rt::Field<i32>,
    /// Whether or not to display application notification badges in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeShowAppNotificationBadge`: `Edm.Boolean`, nullable.
    pub kiosk_mode_show_app_notification_badge: rt::Field<bool>,
    /// Whether or not to allow a user to access basic device information.
    ///
    /// CSDL: property `kioskModeShowDeviceInfo`: `Edm.Boolean`, nullable.
    pub kiosk_mode_show_device_info: rt::Field<bool>,
    /// Whether or not to display a virtual home button when the device is in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeVirtualHomeButtonEnabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_virtual_home_button_enabled: rt::Field<bool>,
    /// Indicates whether the virtual home button is a swipe up home button or a floating home button.
    ///
    /// CSDL: property `kioskModeVirtualHomeButtonType`: `microsoft.graph.androidDeviceOwnerVirtualHomeButtonType`, nullable.
    pub kiosk_mode_virtual_home_button_type: rt::Field<
        crate::beta::AndroidDeviceOwnerVirtualHomeButtonType,
    >,
    /// URL to a publicly accessible image to use for the wallpaper when the device is in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeWallpaperUrl`: `Edm.String`, nullable.
    pub kiosk_mode_wallpaper_url: rt::Field<::std::string::String>,
    /// The restricted set of WIFI SSIDs available for the user to configure in Kiosk Mode. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `kioskModeWifiAllowedSsids`: `Collection(Edm.String)`, nullable.
    pub kiosk_mode_wifi_allowed_ssids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Whether or not to allow a user to configure Wi-Fi settings in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeWiFiConfigurationEnabled`: `Edm.Boolean`, nullable.
    pub kiosk_mode_wi_fi_configuration_enabled: rt::Field<bool>,
    /// Indicates whether or not to block unmuting the microphone on the device.
    ///
    /// CSDL: property `microphoneForceMute`: `Edm.Boolean`, nullable.
    pub microphone_force_mute: rt::Field<bool>,
    /// Indicates whether or not to you want configure Microsoft Launcher.
    ///
    /// CSDL: property `microsoftLauncherConfigurationEnabled`: `Edm.Boolean`, nullable.
    pub microsoft_launcher_configuration_enabled: rt::Field<bool>,
    /// Indicates whether or not the user can modify the wallpaper to personalize their device.
    ///
    /// CSDL: property `microsoftLauncherCustomWallpaperAllowUserModification`: `Edm.Boolean`, nullable.
    pub microsoft_launcher_custom_wallpaper_allow_user_modification: rt::Field<bool>,
    /// Indicates whether or not to configure the wallpaper on the targeted devices.
    ///
    /// CSDL: property `microsoftLauncherCustomWallpaperEnabled`: `Edm.Boolean`, nullable.
    pub microsoft_launcher_custom_wallpaper_enabled: rt::Field<bool>,
    /// Indicates the URL for the image file to use as the wallpaper on the targeted devices.
    ///
    /// CSDL: property `microsoftLauncherCustomWallpaperImageUrl`: `Edm.String`, nullable.
    pub microsoft_launcher_custom_wallpaper_image_url: rt::Field<::std::string::String>,
    /// Indicates whether or not the user can modify the device dock configuration on the device.
    ///
    /// CSDL: property `microsoftLauncherDockPresenceAllowUserModification`: `Edm.Boolean`, nullable.
    pub microsoft_launcher_dock_presence_allow_user_modification: rt::Field<bool>,
    /// Indicates whether or not you want to configure the device dock.
    ///
    /// CSDL: property `microsoftLauncherDockPresenceConfiguration`: `microsoft.graph.microsoftLauncherDockPresence`, nullable.
    pub microsoft_launcher_dock_presence_configuration: rt::Field<
        crate::beta::MicrosoftLauncherDockPresence,
    >,
    /// Indicates whether or not the user can modify the launcher feed on the device.
    ///
    /// CSDL: property `microsoftLauncherFeedAllowUserModification`: `Edm.Boolean`, nullable.
    pub microsoft_launcher_feed_allow_user_modification: rt::Field<bool>,
    /// Indicates whether or not you want to enable the launcher feed on the device.
    ///
    /// CSDL: property `microsoftLauncherFeedEnabled`: `Edm.Boolean`, nullable.
    pub microsoft_launcher_feed_enabled: rt::Field<bool>,
    /// Indicates the search bar placement configuration on the device.
    ///
    /// CSDL: property `microsoftLauncherSearchBarPlacementConfiguration`: `microsoft.graph.microsoftLauncherSearchBarPlacement`, nullable.
    pub microsoft_launcher_search_bar_placement_configuration: rt::Field<
        crate::beta::MicrosoftLauncherSearchBarPlacement,
    >,
    /// Indicates whether or not the device will allow connecting to a temporary network connection at boot time.
    ///
    /// CSDL: property `networkEscapeHatchAllowed`: `Edm.Boolean`, nullable.
    pub network_escape_hatch_allowed: rt::Field<bool>,
    /// Indicates whether or not to block NFC outgoing beam.
    ///
    /// CSDL: property `nfcBlockOutgoingBeam`: `Edm.Boolean`, nullable.
    pub nfc_block_outgoing_beam: rt::Field<bool>,
    /// Indicates whether or not the keyguard is disabled.
    ///
    /// CSDL: property `passwordBlockKeyguard`: `Edm.Boolean`, nullable.
    pub password_block_keyguard: rt::Field<bool>,
    /// List of device keyguard features to block. This collection can contain a maximum of 7 elements.
    ///
    /// CSDL: property `passwordBlockKeyguardFeatures`: `Collection(microsoft.graph.androidKeyguardFeature)`, not nullable.
    pub password_block_keyguard_features: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidKeyguardFeature>,
    >,
    /// Indicates the amount of time that a password can be set for before it expires and a new password will be required. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Indicates the minimum length of the password required on the device. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Indicates the minimum number of letter characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumLetterCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_letter_characters: rt::Field<i32>,
    /// Indicates the minimum number of lower case characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumLowerCaseCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_lower_case_characters: rt::Field<i32>,
    /// Indicates the minimum number of non-letter characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumNonLetterCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_non_letter_characters: rt::Field<i32>,
    /// Indicates the minimum number of numeric characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumNumericCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_numeric_characters: rt::Field<i32>,
    /// Indicates the minimum number of symbol characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumSymbolCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_symbol_characters: rt::Field<i32>,
    /// Indicates the minimum number of upper case letter characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumUpperCaseCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_upper_case_characters: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Indicates the length of password history, where the user will not be able to enter a new password that is the same as any password in the history. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordCountToBlock`: `Edm.Int32`, nullable.
    pub password_previous_password_count_to_block: rt::Field<i32>,
    /// Indicates the minimum password quality required on the device.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidDeviceOwnerRequiredPasswordType`, nullable.
    pub password_required_type: rt::Field<
        crate::beta::AndroidDeviceOwnerRequiredPasswordType,
    >,
    /// Indicates the number of times a user can enter an incorrect password before the device is wiped. Valid values 4 to 11
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates whether the user can install apps from unknown sources on the personal profile.
    ///
    /// CSDL: property `personalProfileAppsAllowInstallFromUnknownSources`: `Edm.Boolean`, nullable.
    pub personal_profile_apps_allow_install_from_unknown_sources: rt::Field<bool>,
    /// Indicates whether to disable the use of the camera on the personal profile.
    ///
    /// CSDL: property `personalProfileCameraBlocked`: `Edm.Boolean`, nullable.
    pub personal_profile_camera_blocked: rt::Field<bool>,
    /// Indicates whether to disable the capability to take screenshots on the personal profile.
    ///
    /// CSDL: property `personalProfileScreenCaptureBlocked`: `Edm.Boolean`, nullable.
    pub personal_profile_screen_capture_blocked: rt::Field<bool>,
    /// Indicates the Play Store mode of the device.
    ///
    /// CSDL: property `playStoreMode`: `microsoft.graph.androidDeviceOwnerPlayStoreMode`, nullable.
    pub play_store_mode: rt::Field<crate::beta::AndroidDeviceOwnerPlayStoreMode>,
    /// Indicates whether or not rebooting the device into safe boot is disabled.
    ///
    /// CSDL: property `safeBootBlocked`: `Edm.Boolean`, nullable.
    pub safe_boot_blocked: rt::Field<bool>,
    /// Indicates whether or not to disable the capability to take screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from enabling debugging features on the device.
    ///
    /// CSDL: property `securityAllowDebuggingFeatures`: `Edm.Boolean`, nullable.
    pub security_allow_debugging_features: rt::Field<bool>,
    /// Indicates whether or not verify apps is required.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Indicates whether or the status bar is disabled, including notifications, quick settings and other screen overlays.
    ///
    /// CSDL: property `statusBarBlocked`: `Edm.Boolean`, nullable.
    pub status_bar_blocked: rt::Field<bool>,
    /// List of modes in which the device's display will stay powered-on. This collection can contain a maximum of 4 elements.
    ///
    /// CSDL: property `stayOnModes`: `Collection(microsoft.graph.androidDeviceOwnerBatteryPluggedMode)`, not nullable.
    pub stay_on_modes: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidDeviceOwnerBatteryPluggedMode>,
    >,
    /// Indicates whether or not to allow USB mass storage.
    ///
    /// CSDL: property `storageAllowUsb`: `Edm.Boolean`, nullable.
    pub storage_allow_usb: rt::Field<bool>,
    /// Indicates whether or not to block external media.
    ///
    /// CSDL: property `storageBlockExternalMedia`: `Edm.Boolean`, nullable.
    pub storage_block_external_media: rt::Field<bool>,
    /// Indicates whether or not to block USB file transfer.
    ///
    /// CSDL: property `storageBlockUsbFileTransfer`: `Edm.Boolean`, nullable.
    pub storage_block_usb_file_transfer: rt::Field<bool>,
    /// The type of system update configuration.
    ///
    /// CSDL: property `systemUpdateInstallType`: `microsoft.graph.androidDeviceOwnerSystemUpdateInstallType`, nullable.
    pub system_update_install_type: rt::Field<
        crate::beta::AndroidDeviceOwnerSystemUpdateInstallType,
    >,
    /// Indicates the number of minutes after midnight that the system update window ends. Valid values 0 to 1440
    ///
    /// CSDL: property `systemUpdateWindowEndMinutesAfterMidnight`: `Edm.Int32`, nullable.
    pub system_update_window_end_minutes_after_midnight: rt::Field<i32>,
    /// Indicates the number of minutes after midnight that the system update window starts. Valid values 0 to 1440
    ///
    /// CSDL: property `systemUpdateWindowStartMinutesAfterMidnight`: `Edm.Int32`, nullable.
    pub system_update_window_start_minutes_after_midnight: rt::Field<i32>,
    /// Whether or not to block Android system prompt windows, like toasts, phone activities, and system alerts.
    ///
    /// CSDL: property `systemWindowsBlocked`: `Edm.Boolean`, nullable.
    pub system_windows_blocked: rt::Field<bool>,
    /// Indicates whether or not adding users and profiles is disabled.
    ///
    /// CSDL: property `usersBlockAdd`: `Edm.Boolean`, nullable.
    pub users_block_add: rt::Field<bool>,
    /// Indicates whether or not to disable removing other users from the device.
    ///
    /// CSDL: property `usersBlockRemove`: `Edm.Boolean`, nullable.
    pub users_block_remove: rt::Field<bool>,
    /// Indicates whether or not adjusting the master volume is disabled.
    ///
    /// CSDL: property `volumeBlockAdjustment`: `Edm.Boolean`, nullable.
    pub volume_block_adjustment: rt::Field<bool>,
    /// If an always on VPN package name is specified, whether or not to lock network traffic when that VPN is disconnected.
    ///
    /// CSDL: property `vpnAlwaysOnLockdownMode`: `Edm.Boolean`, nullable.
    pub vpn_always_on_lockdown_mode: rt::Field<bool>,
    /// Android app package name for app that will handle an always-on VPN connection.
    ///
    /// CSDL: property `vpnAlwaysOnPackageIdentifier`: `Edm.String`, nullable.
    pub vpn_always_on_package_identifier: rt::Field<::std::string::String>,
    /// Indicates whether or not to block the user from editing the wifi connection settings.
    ///
    /// CSDL: property `wifiBlockEditConfigurations`: `Edm.Boolean`, nullable.
    pub wifi_block_edit_configurations: rt::Field<bool>,
    /// Indicates whether or not to block the user from editing just the networks defined by the policy.
    ///
    /// CSDL: property `wifiBlockEditPolicyDefinedConfigurations`: `Edm.Boolean`, nullable.
    pub wifi_block_edit_policy_defined_configurations: rt::Field<bool>,
    /// Indicates the number of days that a work profile password can be set before it expires and a new password will be required. Valid values 1 to 365
    ///
    /// CSDL: property `workProfilePasswordExpirationDays`: `Edm.Int32`, nullable.
    pub work_profile_password_expiration_days: rt::Field<i32>,
    /// Indicates the minimum length of the work profile password. Valid values 4 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumLength`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_length: rt::Field<i32>,
    /// Indicates the minimum number of letter characters required for the work profile password. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumLetterCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_letter_characters: rt::Field<i32>,
    /// Indicates the minimum number of lower-case characters required for the work profile password. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumLowerCaseCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_lower_case_characters: rt::Field<i32>,
    /// Indicates the minimum number of non-letter characters required for the work profile password. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumNonLetterCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_non_letter_characters: rt::Field<i32>,
    /// Indicates the minimum number of numeric characters required for the work profile password. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumNumericCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_numeric_characters: rt::Field<i32>,
    /// Indicates the minimum number of symbol characters required for the work profile password. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumSymbolCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_symbol_characters: rt::Field<i32>,
    /// Indicates the minimum number of upper-case letter characters required for the work profile password. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumUpperCaseCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_upper_case_characters: rt::Field<i32>,
    /// Indicates the length of the work profile password history, where the user will not be able to enter a new password that is the same as any password in the history. Valid values 0 to 24
    ///
    /// CSDL: property `workProfilePasswordPreviousPasswordCountToBlock`: `Edm.Int32`, nullable.
    pub work_profile_password_previous_password_count_to_block: rt::Field<i32>,
    /// Indicates the minimum password quality required on the work profile password.
    ///
    /// CSDL: property `workProfilePasswordRequiredType`: `microsoft.graph.androidDeviceOwnerRequiredPasswordType`, nullable.
    pub work_profile_password_required_type: rt::Field<
        crate::beta::AndroidDeviceOwnerRequiredPasswordType,
    >,
    /// Indicates the number of times a user can enter an incorrect work profile password before the device is wiped. Valid values 4 to 11
    ///
    /// CSDL: property `workProfilePasswordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub work_profile_password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerGeneralDeviceConfiguration {
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
            accounts_block_modification: rt::Field::Absent,
            apps_allow_install_from_unknown_sources: rt::Field::Absent,
            apps_auto_update_policy: rt::Field::Absent,
            apps_default_permission_policy: rt::Field::Absent,
            apps_recommend_skipping_first_use_hints: rt::Field::Absent,
            bluetooth_block_configuration: rt::Field::Absent,
            bluetooth_block_contact_sharing: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_wi_fi_tethering: rt::Field::Absent,
            certificate_credential_configuration_disabled: rt::Field::Absent,
            data_roaming_blocked: rt::Field::Absent,
            date_time_configuration_blocked: rt::Field::Absent,
            enrollment_profile: rt::Field::Absent,
            factory_reset_blocked: rt::Field::Absent,
            factory_reset_device_administrator_emails: rt::Field::Absent,
            global_proxy: rt::Field::Absent,
            google_accounts_blocked: rt::Field::Absent,
            kiosk_customization_device_settings_blocked: rt::Field::Absent,
            kiosk_customization_power_button_actions_blocked: rt::Field::Absent,
            kiosk_customization_status_bar: rt::Field::Absent,
            kiosk_customization_system_error_warnings: rt::Field::Absent,
            kiosk_customization_system_navigation: rt::Field::Absent,
            kiosk_mode_app_order_enabled: rt::Field::Absent,
            kiosk_mode_app_positions: rt::Field::Absent,
            kiosk_mode_apps: rt::Field::Absent,
            kiosk_mode_apps_in_folder_ordered_by_name: rt::Field::Absent,
            kiosk_mode_bluetooth_configuration_enabled: rt::Field::Absent,
            kiosk_mode_debug_menu_easy_access_enabled: rt::Field::Absent,
            kiosk_mode_exit_code: rt::Field::Absent,
            kiosk_mode_flashlight_configuration_enabled: rt::Field::Absent,
            kiosk_mode_folder_icon: rt::Field::Absent,
            kiosk_mode_grid_height: rt::Field::Absent,
            kiosk_mode_grid_width: rt::Field::Absent,
            kiosk_mode_icon_size: rt::Field::Absent,
            kiosk_mode_lock_home_screen: rt::Field::Absent,
            kiosk_mode_managed_folders: rt::Field::Absent,
            kiosk_mode_managed_settings_entry_disabled: rt::Field::Absent,
            kiosk_mode_media_volume_configuration_enabled: rt::Field::Absent,
            kiosk_mode_screen_orientation: rt::Field::Absent,
            kiosk_mode_screen_saver_configuration_enabled: rt::Field::Absent,
            kiosk_mode_screen_saver_detect_media_disabled: rt::Field::Absent,
            kiosk_mode_screen_saver_display_time_in_seconds: rt::Field::Absent,
            kiosk_mode_screen_saver_image_url: rt::Field::Absent,
            kiosk_mode_screen_saver_start_delay_in_seconds: rt::Field::Absent,
            kiosk_mode_show_app_notification_badge: rt::Field::Absent,
            kiosk_mode_show_device_info: rt::Field::Absent,
            kiosk_mode_virtual_home_button_enabled: rt::Field::Absent,
            kiosk_mode_virtual_home_button_type: rt::Field::Absent,
            kiosk_mode_wallpaper_url: rt::Field::Absent,
            kiosk_mode_wifi_allowed_ssids: rt::Field::Absent,
            kiosk_mode_wi_fi_configuration_enabled: rt::Field::Absent,
            microphone_force_mute: rt::Field::Absent,
            microsoft_launcher_configuration_enabled: rt::Field::Absent,
            microsoft_launcher_custom_wallpaper_allow_user_modification: rt::Field::Absent,
            microsoft_launcher_custom_wallpaper_enabled: rt::Field::Absent,
            microsoft_launcher_custom_wallpaper_image_url: rt::Field::Absent,
            microsoft_launcher_dock_presence_allow_user_modification: rt::Field::Absent,
            microsoft_launcher_dock_presence_configuration: rt::Field::Absent,
            microsoft_launcher_feed_allow_user_modification: rt::Field::Absent,
            microsoft_launcher_feed_enabled: rt::Field::Absent,
            microsoft_launcher_search_bar_placement_configuration: rt::Field::Absent,
            network_escape_hatch_allowed: rt::Field::Absent,
            nfc_block_outgoing_beam: rt::Field::Absent,
            password_block_keyguard: rt::Field::Absent,
            password_block_keyguard_features: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minimum_letter_characters: rt::Field::Absent,
            password_minimum_lower_case_characters: rt::Field::Absent,
            password_minimum_non_letter_characters: rt::Field::Absent,
            password_minimum_numeric_characters: rt::Field::Absent,
            password_minimum_symbol_characters: rt::Field::Absent,
            password_minimum_upper_case_characters: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_count_to_block: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            personal_profile_apps_allow_install_from_unknown_sources: rt::Field::Absent,
            personal_profile_camera_blocked: rt::Field::Absent,
            personal_profile_screen_capture_blocked: rt::Field::Absent,
            play_store_mode: rt::Field::Absent,
            safe_boot_blocked: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            security_allow_debugging_features: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            status_bar_blocked: rt::Field::Absent,
            stay_on_modes: rt::Field::Absent,
            storage_allow_usb: rt::Field::Absent,
            storage_block_external_media: rt::Field::Absent,
            storage_block_usb_file_transfer: rt::Field::Absent,
            system_update_install_type: rt::Field::Absent,
            system_update_window_end_minutes_after_midnight: rt::Field::Absent,
            system_update_window_start_minutes_after_midnight: rt::Field::Absent,
            system_windows_blocked: rt::Field::Absent,
            users_block_add: rt::Field::Absent,
            users_block_remove: rt::Field::Absent,
            volume_block_adjustment: rt::Field::Absent,
            vpn_always_on_lockdown_mode: rt::Field::Absent,
            vpn_always_on_package_identifier: rt::Field::Absent,
            wifi_block_edit_configurations: rt::Field::Absent,
            wifi_block_edit_policy_defined_configurations: rt::Field::Absent,
            work_profile_password_expiration_days: rt::Field::Absent,
            work_profile_password_minimum_length: rt::Field::Absent,
            work_profile_password_minimum_letter_characters: rt::Field::Absent,
            work_profile_password_minimum_lower_case_characters: rt::Field::Absent,
            work_profile_password_minimum_non_letter_characters: rt::Field::Absent,
            work_profile_password_minimum_numeric_characters: rt::Field::Absent,
            work_profile_password_minimum_symbol_characters: rt::Field::Absent,
            work_profile_password_minimum_upper_case_characters: rt::Field::Absent,
            work_profile_password_previous_password_count_to_block: rt::Field::Absent,
            work_profile_password_required_type: rt::Field::Absent,
            work_profile_password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerGeneralDeviceConfiguration";
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
        "accountsBlockModification",
        "appsAllowInstallFromUnknownSources",
        "appsAutoUpdatePolicy",
        "appsDefaultPermissionPolicy",
        "appsRecommendSkippingFirstUseHints",
        "bluetoothBlockConfiguration",
        "bluetoothBlockContactSharing",
        "cameraBlocked",
        "cellularBlockWiFiTethering",
        "certificateCredentialConfigurationDisabled",
        "dataRoamingBlocked",
        "dateTimeConfigurationBlocked",
        "enrollmentProfile",
        "factoryResetBlocked",
        "factoryResetDeviceAdministratorEmails",
        "globalProxy",
        "googleAccountsBlocked",
        "kioskCustomizationDeviceSettingsBlocked",
        "kioskCustomizationPowerButtonActionsBlocked",
        "kioskCustomizationStatusBar",
        "kioskCustomizationSystemErrorWarnings",
        "kioskCustomizationSystemNavigation",
        "kioskModeAppOrderEnabled",
        "kioskModeAppPositions",
        "kioskModeApps",
        "kioskModeAppsInFolderOrderedByName",
        "kioskModeBluetoothConfigurationEnabled",
        "kioskModeDebugMenuEasyAccessEnabled",
        "kioskModeExitCode",
        "kioskModeFlashlightConfigurationEnabled",
        "kioskModeFolderIcon",
        "kioskModeGridHeight",
        "kioskModeGridWidth",
        "kioskModeIconSize",
        "kioskModeLockHomeScreen",
        "kioskModeManagedFolders",
        "kioskModeManagedSettingsEntryDisabled",
        "kioskModeMediaVolumeConfigurationEnabled",
        "kioskModeScreenOrientation",
        "kioskModeScreenSaverConfigurationEnabled",
        "kioskModeScreenSaverDetectMediaDisabled",
        "kioskModeScreenSaverDisplayTimeInSeconds",
        "kioskModeScreenSaverImageUrl",
        "kioskModeScreenSaverStartDelayInSeconds",
        "kioskModeShowAppNotificationBadge",
        "kioskModeShowDeviceInfo",
        "kioskModeVirtualHomeButtonEnabled",
        "kioskModeVirtualHomeButtonType",
        "kioskModeWallpaperUrl",
        "kioskModeWifiAllowedSsids",
        "kioskModeWiFiConfigurationEnabled",
        "microphoneForceMute",
        "microsoftLauncherConfigurationEnabled",
        "microsoftLauncherCustomWallpaperAllowUserModification",
        "microsoftLauncherCustomWallpaperEnabled",
        "microsoftLauncherCustomWallpaperImageUrl",
        "microsoftLauncherDockPresenceAllowUserModification",
        "microsoftLauncherDockPresenceConfiguration",
        "microsoftLauncherFeedAllowUserModification",
        "microsoftLauncherFeedEnabled",
        "microsoftLauncherSearchBarPlacementConfiguration",
        "networkEscapeHatchAllowed",
        "nfcBlockOutgoingBeam",
        "passwordBlockKeyguard",
        "passwordBlockKeyguardFeatures",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinimumLetterCharacters",
        "passwordMinimumLowerCaseCharacters",
        "passwordMinimumNonLetterCharacters",
        "passwordMinimumNumericCharacters",
        "passwordMinimumSymbolCharacters",
        "passwordMinimumUpperCaseCharacters",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordCountToBlock",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "personalProfileAppsAllowInstallFromUnknownSources",
        "personalProfileCameraBlocked",
        "personalProfileScreenCaptureBlocked",
        "playStoreMode",
        "safeBootBlocked",
        "screenCaptureBlocked",
        "securityAllowDebuggingFeatures",
        "securityRequireVerifyApps",
        "statusBarBlocked",
        "stayOnModes",
        "storageAllowUsb",
        "storageBlockExternalMedia",
        "storageBlockUsbFileTransfer",
        "systemUpdateInstallType",
        "systemUpdateWindowEndMinutesAfterMidnight",
        "systemUpdateWindowStartMinutesAfterMidnight",
        "systemWindowsBlocked",
        "usersBlockAdd",
        "usersBlockRemove",
        "volumeBlockAdjustment",
        "vpnAlwaysOnLockdownMode",
        "vpnAlwaysOnPackageIdentifier",
        "wifiBlockEditConfigurations",
        "wifiBlockEditPolicyDefinedConfigurations",
        "workProfilePasswordExpirationDays",
        "workProfilePasswordMinimumLength",
        "workProfilePasswordMinimumLetterCharacters",
        "workProfilePasswordMinimumLowerCaseCharacters",
        "workProfilePasswordMinimumNonLetterCharacters",
        "workProfilePasswordMinimumNumericCharacters",
        "workProfilePasswordMinimumSymbolCharacters",
        "workProfilePasswordMinimumUpperCaseCharacters",
        "workProfilePasswordPreviousPasswordCountToBlock",
        "workProfilePasswordRequiredType",
        "workProfilePasswordSignInFailureCountBeforeFactoryReset",
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
        ",\"accountsBlockModification\":    ",
        ",\"appsAllowInstallFromUnknownSources\":",
        ",\"appsAutoUpdatePolicy\":         ",
        ",\"appsDefaultPermissionPolicy\":  ",
        ",\"appsRecommendSkippingFirstUseHints\":",
        ",\"bluetoothBlockConfiguration\":  ",
        ",\"bluetoothBlockContactSharing\": ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockWiFiTethering\":   ",
        ",\"certificateCredentialConfigurationDisabled\":",
        ",\"dataRoamingBlocked\":           ",
        ",\"dateTimeConfigurationBlocked\": ",
        ",\"enrollmentProfile\":            ",
        ",\"factoryResetBlocked\":          ",
        ",\"factoryResetDeviceAdministratorEmails\":",
        ",\"globalProxy\":                  ",
        ",\"googleAccountsBlocked\":        ",
        ",\"kioskCustomizationDeviceSettingsBlocked\":",
        ",\"kioskCustomizationPowerButtonActionsBlocked\":",
        ",\"kioskCustomizationStatusBar\":  ",
        ",\"kioskCustomizationSystemErrorWarnings\":",
        ",\"kioskCustomizationSystemNavigation\":",
        ",\"kioskModeAppOrderEnabled\":     ",
        ",\"kioskModeAppPositions\":        ",
        ",\"kioskModeApps\":                ",
        ",\"kioskModeAppsInFolderOrderedByName\":",
        ",\"kioskModeBluetoothConfigurationEnabled\":",
        ",\"kioskModeDebugMenuEasyAccessEnabled\":",
        ",\"kioskModeExitCode\":            ",
        ",\"kioskModeFlashlightConfigurationEnabled\":",
        ",\"kioskModeFolderIcon\":          ",
        ",\"kioskModeGridHeight\":          ",
        ",\"kioskModeGridWidth\":           ",
        ",\"kioskModeIconSize\":            ",
        ",\"kioskModeLockHomeScreen\":      ",
        ",\"kioskModeManagedFolders\":      ",
        ",\"kioskModeManagedSettingsEntryDisabled\":",
        ",\"kioskModeMediaVolumeConfigurationEnabled\":",
        ",\"kioskModeScreenOrientation\":   ",
        ",\"kioskModeScreenSaverConfigurationEnabled\":",
        ",\"kioskModeScreenSaverDetectMediaDisabled\":",
        ",\"kioskModeScreenSaverDisplayTimeInSeconds\":",
        ",\"kioskModeScreenSaverImageUrl\": ",
        ",\"kioskModeScreenSaverStartDelayInSeconds\":",
        ",\"kioskModeShowAppNotificationBadge\":",
        ",\"kioskModeShowDeviceInfo\":      ",
        ",\"kioskModeVirtualHomeButtonEnabled\":",
        ",\"kioskModeVirtualHomeButtonType\":",
        ",\"kioskModeWallpaperUrl\":        ",
        ",\"kioskModeWifiAllowedSsids\":    ",
        ",\"kioskModeWiFiConfigurationEnabled\":",
        ",\"microphoneForceMute\":          ",
        ",\"microsoftLauncherConfigurationEnabled\":",
        ",\"microsoftLauncherCustomWallpaperAllowUserModification\":",
        ",\"microsoftLauncherCustomWallpaperEnabled\":",
        ",\"microsoftLauncherCustomWallpaperImageUrl\":",
        ",\"microsoftLauncherDockPresenceAllowUserModification\":",
        ",\"microsoftLauncherDockPresenceConfiguration\":",
        ",\"microsoftLauncherFeedAllowUserModification\":",
        ",\"microsoftLauncherFeedEnabled\": ",
        ",\"microsoftLauncherSearchBarPlacementConfiguration\":",
        ",\"networkEscapeHatchAllowed\":    ",
        ",\"nfcBlockOutgoingBeam\":         ",
        ",\"passwordBlockKeyguard\":        ",
        ",\"passwordBlockKeyguardFeatures\":",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinimumLetterCharacters\":",
        ",\"passwordMinimumLowerCaseCharacters\":",
        ",\"passwordMinimumNonLetterCharacters\":",
        ",\"passwordMinimumNumericCharacters\":",
        ",\"passwordMinimumSymbolCharacters\":",
        ",\"passwordMinimumUpperCaseCharacters\":",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordCountToBlock\":",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"personalProfileAppsAllowInstallFromUnknownSources\":",
        ",\"personalProfileCameraBlocked\": ",
        ",\"personalProfileScreenCaptureBlocked\":",
        ",\"playStoreMode\":                ",
        ",\"safeBootBlocked\":              ",
        ",\"screenCaptureBlocked\":         ",
        ",\"securityAllowDebuggingFeatures\":",
        ",\"securityRequireVerifyApps\":    ",
        ",\"statusBarBlocked\":             ",
        ",\"stayOnModes\":                  ",
        ",\"storageAllowUsb\":              ",
        ",\"storageBlockExternalMedia\":    ",
        ",\"storageBlockUsbFileTransfer\":  ",
        ",\"systemUpdateInstallType\":      ",
        ",\"systemUpdateWindowEndMinutesAfterMidnight\":",
        ",\"systemUpdateWindowStartMinutesAfterMidnight\":",
        ",\"systemWindowsBlocked\":         ",
        ",\"usersBlockAdd\":                ",
        ",\"usersBlockRemove\":             ",
        ",\"volumeBlockAdjustment\":        ",
        ",\"vpnAlwaysOnLockdownMode\":      ",
        ",\"vpnAlwaysOnPackageIdentifier\": ",
        ",\"wifiBlockEditConfigurations\":  ",
        ",\"wifiBlockEditPolicyDefinedConfigurations\":",
        ",\"workProfilePasswordExpirationDays\":",
        ",\"workProfilePasswordMinimumLength\":",
        ",\"workProfilePasswordMinimumLetterCharacters\":",
        ",\"workProfilePasswordMinimumLowerCaseCharacters\":",
        ",\"workProfilePasswordMinimumNonLetterCharacters\":",
        ",\"workProfilePasswordMinimumNumericCharacters\":",
        ",\"workProfilePasswordMinimumSymbolCharacters\":",
        ",\"workProfilePasswordMinimumUpperCaseCharacters\":",
        ",\"workProfilePasswordPreviousPasswordCountToBlock\":",
        ",\"workProfilePasswordRequiredType\":",
        ",\"workProfilePasswordSignInFailureCountBeforeFactoryReset\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerGeneralDeviceConfiguration\"";
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
        v.field(
            18usize,
            "accounts_block_modification",
            &self.accounts_block_modification,
        );
        v.field(
            19usize,
            "apps_allow_install_from_unknown_sources",
            &self.apps_allow_install_from_unknown_sources,
        );
        v.field(20usize, "apps_auto_update_policy", &self.apps_auto_update_policy);
        v.field(
            21usize,
            "apps_default_permission_policy",
            &self.apps_default_permission_policy,
        );
        v.field(
            22usize,
            "apps_recommend_skipping_first_use_hints",
            &self.apps_recommend_skipping_first_use_hints,
        );
        v.field(
            23usize,
            "bluetooth_block_configuration",
            &self.bluetooth_block_configuration,
        );
        v.field(
            24usize,
            "bluetooth_block_contact_sharing",
            &self.bluetooth_block_contact_sharing,
        );
        v.field(25usize, "camera_blocked", &self.camera_blocked);
        v.field(
            26usize,
            "cellular_block_wi_fi_tethering",
            &self.cellular_block_wi_fi_tethering,
        );
        v.field(
            27usize,
            "certificate_credential_configuration_disabled",
            &self.certificate_credential_configuration_disabled,
        );
        v.field(28usize, "data_roaming_blocked", &self.data_roaming_blocked);
        v.field(
            29usize,
            "date_time_configuration_blocked",
            &self.date_time_configuration_blocked,
        );
        v.field(30usize, "enrollment_profile", &self.enrollment_profile);
        v.field(31usize, "factory_reset_blocked", &self.factory_reset_blocked);
        v.field(
            32usize,
            "factory_reset_device_administrator_emails",
            &self.factory_reset_device_administrator_emails,
        );
        v.field(33usize, "global_proxy", &self.global_proxy);
        v.field(34usize, "google_accounts_blocked", &self.google_accounts_blocked);
        v.field(
            35usize,
            "kiosk_customization_device_settings_blocked",
            &self.kiosk_customization_device_settings_blocked,
        );
        v.field(
            36usize,
            "kiosk_customization_power_button_actions_blocked",
            &self.kiosk_customization_power_button_actions_blocked,
        );
        v.field(
            37usize,
            "kiosk_customization_status_bar",
            &self.kiosk_customization_status_bar,
        );
        v.field(
            38usize,
            "kiosk_customization_system_error_warnings",
            &self.kiosk_customization_system_error_warnings,
        );
        v.field(
            39usize,
            "kiosk_customization_system_navigation",
            &self.kiosk_customization_system_navigation,
        );
        v.field(
            40usize,
            "kiosk_mode_app_order_enabled",
            &self.kiosk_mode_app_order_enabled,
        );
        v.field(41usize, "kiosk_mode_app_positions", &self.kiosk_mode_app_positions);
        v.field(42usize, "kiosk_mode_apps", &self.kiosk_mode_apps);
        v.field(
            43usize,
            "kiosk_mode_apps_in_folder_ordered_by_name",
            &self.kiosk_mode_apps_in_folder_ordered_by_name,
        );
        v.field(
            44usize,
            "kiosk_mode_bluetooth_configuration_enabled",
            &self.kiosk_mode_bluetooth_configuration_enabled,
        );
        v.field(
            45usize,
            "kiosk_mode_debug_menu_easy_access_enabled",
            &self.kiosk_mode_debug_menu_easy_access_enabled,
        );
        v.field(46usize, "kiosk_mode_exit_code", &self.kiosk_mode_exit_code);
        v.field(
            47usize,
            "kiosk_mode_flashlight_configuration_enabled",
            &self.kiosk_mode_flashlight_configuration_enabled,
        );
        v.field(48usize, "kiosk_mode_folder_icon", &self.kiosk_mode_folder_icon);
        v.field(49usize, "kiosk_mode_grid_height", &self.kiosk_mode_grid_height);
        v.field(50usize, "kiosk_mode_grid_width", &self.kiosk_mode_grid_width);
        v.field(51usize, "kiosk_mode_icon_size", &self.kiosk_mode_icon_size);
        v.field(
            52usize,
            "kiosk_mode_lock_home_screen",
            &self.kiosk_mode_lock_home_screen,
        );
        v.field(53usize, "kiosk_mode_managed_folders", &self.kiosk_mode_managed_folders);
        v.field(
            54usize,
            "kiosk_mode_managed_settings_entry_disabled",
            &self.kiosk_mode_managed_settings_entry_disabled,
        );
        v.field(
            55usize,
            "kiosk_mode_media_volume_configuration_enabled",
            &self.kiosk_mode_media_volume_configuration_enabled,
        );
        v.field(
            56usize,
            "kiosk_mode_screen_orientation",
            &self.kiosk_mode_screen_orientation,
        );
        v.field(
            57usize,
            "kiosk_mode_screen_saver_configuration_enabled",
            &self.kiosk_mode_screen_saver_configuration_enabled,
        );
        v.field(
            58usize,
            "kiosk_mode_screen_saver_detect_media_disabled",
            &self.kiosk_mode_screen_saver_detect_media_disabled,
        );
        v.field(
            59usize,
            "kiosk_mode_screen_saver_display_time_in_seconds",
            &self.kiosk_mode_screen_saver_display_time_in_seconds,
        );
        v.field(
            60usize,
            "kiosk_mode_screen_saver_image_url",
            &self.kiosk_mode_screen_saver_image_url,
        );
        v.field(
            61usize,
            "kiosk_mode_screen_saver_start_delay_in_seconds",
            &self.kiosk_mode_screen_saver_start_delay_in_seconds,
        );
        v.field(
            62usize,
            "kiosk_mode_show_app_notification_badge",
            &self.kiosk_mode_show_app_notification_badge,
        );
        v.field(
            63usize,
            "kiosk_mode_show_device_info",
            &self.kiosk_mode_show_device_info,
        );
        v.field(
            64usize,
            "kiosk_mode_virtual_home_button_enabled",
            &self.kiosk_mode_virtual_home_button_enabled,
        );
        v.field(
            65usize,
            "kiosk_mode_virtual_home_button_type",
            &self.kiosk_mode_virtual_home_button_type,
        );
        v.field(66usize, "kiosk_mode_wallpaper_url", &self.kiosk_mode_wallpaper_url);
        v.field(
            67usize,
            "kiosk_mode_wifi_allowed_ssids",
            &self.kiosk_mode_wifi_allowed_ssids,
        );
        v.field(
            68usize,
            "kiosk_mode_wi_fi_configuration_enabled",
            &self.kiosk_mode_wi_fi_configuration_enabled,
        );
        v.field(69usize, "microphone_force_mute", &self.microphone_force_mute);
        v.field(
            70usize,
            "microsoft_launcher_configuration_enabled",
            &self.microsoft_launcher_configuration_enabled,
        );
        v.field(
            71usize,
            "microsoft_launcher_custom_wallpaper_allow_user_modification",
            &self.microsoft_launcher_custom_wallpaper_allow_user_modification,
        );
        v.field(
            72usize,
            "microsoft_launcher_custom_wallpaper_enabled",
            &self.microsoft_launcher_custom_wallpaper_enabled,
        );
        v.field(
            73usize,
            "microsoft_launcher_custom_wallpaper_image_url",
            &self.microsoft_launcher_custom_wallpaper_image_url,
        );
        v.field(
            74usize,
            "microsoft_launcher_dock_presence_allow_user_modification",
            &self.microsoft_launcher_dock_presence_allow_user_modification,
        );
        v.field(
            75usize,
            "microsoft_launcher_dock_presence_configuration",
            &self.microsoft_launcher_dock_presence_configuration,
        );
        v.field(
            76usize,
            "microsoft_launcher_feed_allow_user_modification",
            &self.microsoft_launcher_feed_allow_user_modification,
        );
        v.field(
            77usize,
            "microsoft_launcher_feed_enabled",
            &self.microsoft_launcher_feed_enabled,
        );
        v.field(
            78usize,
            "microsoft_launcher_search_bar_placement_configuration",
            &self.microsoft_launcher_search_bar_placement_configuration,
        );
        v.field(
            79usize,
            "network_escape_hatch_allowed",
            &self.network_escape_hatch_allowed,
        );
        v.field(80usize, "nfc_block_outgoing_beam", &self.nfc_block_outgoing_beam);
        v.field(81usize, "password_block_keyguard", &self.password_block_keyguard);
        v.field(
            82usize,
            "password_block_keyguard_features",
            &self.password_block_keyguard_features,
        );
        v.field(83usize, "password_expiration_days", &self.password_expiration_days);
        v.field(84usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            85usize,
            "password_minimum_letter_characters",
            &self.password_minimum_letter_characters,
        );
        v.field(
            86usize,
            "password_minimum_lower_case_characters",
            &self.password_minimum_lower_case_characters,
        );
        v.field(
            87usize,
            "password_minimum_non_letter_characters",
            &self.password_minimum_non_letter_characters,
        );
        v.field(
            88usize,
            "password_minimum_numeric_characters",
            &self.password_minimum_numeric_characters,
        );
        v.field(
            89usize,
            "password_minimum_symbol_characters",
            &self.password_minimum_symbol_characters,
        );
        v.field(
            90usize,
            "password_minimum_upper_case_characters",
            &self.password_minimum_upper_case_characters,
        );
        v.field(
            91usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            92usize,
            "password_previous_password_count_to_block",
            &self.password_previous_password_count_to_block,
        );
        v.field(93usize, "password_required_type", &self.password_required_type);
        v.field(
            94usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            95usize,
            "personal_profile_apps_allow_install_from_unknown_sources",
            &self.personal_profile_apps_allow_install_from_unknown_sources,
        );
        v.field(
            96usize,
            "personal_profile_camera_blocked",
            &self.personal_profile_camera_blocked,
        );
        v.field(
            97usize,
            "personal_profile_screen_capture_blocked",
            &self.personal_profile_screen_capture_blocked,
        );
        v.field(98usize, "play_store_mode", &self.play_store_mode);
        v.field(99usize, "safe_boot_blocked", &self.safe_boot_blocked);
        v.field(100usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            101usize,
            "security_allow_debugging_features",
            &self.security_allow_debugging_features,
        );
        v.field(
            102usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(103usize, "status_bar_blocked", &self.status_bar_blocked);
        v.field(104usize, "stay_on_modes", &self.stay_on_modes);
        v.field(105usize, "storage_allow_usb", &self.storage_allow_usb);
        v.field(
            106usize,
            "storage_block_external_media",
            &self.storage_block_external_media,
        );
        v.field(
            107usize,
            "storage_block_usb_file_transfer",
            &self.storage_block_usb_file_transfer,
        );
        v.field(
            108usize,
            "system_update_install_type",
            &self.system_update_install_type,
        );
        v.field(
            109usize,
            "system_update_window_end_minutes_after_midnight",
            &self.system_update_window_end_minutes_after_midnight,
        );
        v.field(
            110usize,
            "system_update_window_start_minutes_after_midnight",
            &self.system_update_window_start_minutes_after_midnight,
        );
        v.field(111usize, "system_windows_blocked", &self.system_windows_blocked);
        v.field(112usize, "users_block_add", &self.users_block_add);
        v.field(113usize, "users_block_remove", &self.users_block_remove);
        v.field(114usize, "volume_block_adjustment", &self.volume_block_adjustment);
        v.field(
            115usize,
            "vpn_always_on_lockdown_mode",
            &self.vpn_always_on_lockdown_mode,
        );
        v.field(
            116usize,
            "vpn_always_on_package_identifier",
            &self.vpn_always_on_package_identifier,
        );
        v.field(
            117usize,
            "wifi_block_edit_configurations",
            &self.wifi_block_edit_configurations,
        );
        v.field(
            118usize,
            "wifi_block_edit_policy_defined_configurations",
            &self.wifi_block_edit_policy_defined_configurations,
        );
        v.field(
            119usize,
            "work_profile_password_expiration_days",
            &self.work_profile_password_expiration_days,
        );
        v.field(
            120usize,
            "work_profile_password_minimum_length",
            &self.work_profile_password_minimum_length,
        );
        v.field(
            121usize,
            "work_profile_password_minimum_letter_characters",
            &self.work_profile_password_minimum_letter_characters,
        );
        v.field(
            122usize,
            "work_profile_password_minimum_lower_case_characters",
            &self.work_profile_password_minimum_lower_case_characters,
        );
        v.field(
            123usize,
            "work_profile_password_minimum_non_letter_characters",
            &self.work_profile_password_minimum_non_letter_characters,
        );
        v.field(
            124usize,
            "work_profile_password_minimum_numeric_characters",
            &self.work_profile_password_minimum_numeric_characters,
        );
        v.field(
            125usize,
            "work_profile_password_minimum_symbol_characters",
            &self.work_profile_password_minimum_symbol_characters,
        );
        v.field(
            126usize,
            "work_profile_password_minimum_upper_case_characters",
            &self.work_profile_password_minimum_upper_case_characters,
        );
        v.field(
            127usize,
            "work_profile_password_previous_password_count_to_block",
            &self.work_profile_password_previous_password_count_to_block,
        );
        v.field(
            128usize,
            "work_profile_password_required_type",
            &self.work_profile_password_required_type,
        );
        v.field(
            129usize,
            "work_profile_password_sign_in_failure_count_before_factory_reset",
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerGeneralDeviceConfiguration {
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
            18usize => self.accounts_block_modification.read_from(r),
            19usize => self.apps_allow_install_from_unknown_sources.read_from(r),
            20usize => self.apps_auto_update_policy.read_from(r),
            21usize => self.apps_default_permission_policy.read_from(r),
            22usize => self.apps_recommend_skipping_first_use_hints.read_from(r),
            23usize => self.bluetooth_block_configuration.read_from(r),
            24usize => self.bluetooth_block_contact_sharing.read_from(r),
            25usize => self.camera_blocked.read_from(r),
            26usize => self.cellular_block_wi_fi_tethering.read_from(r),
            27usize => self.certificate_credential_configuration_disabled.read_from(r),
            28usize => self.data_roaming_blocked.read_from(r),
            29usize => self.date_time_configuration_blocked.read_from(r),
            30usize => self.enrollment_profile.read_from(r),
            31usize => self.factory_reset_blocked.read_from(r),
            32usize => self.factory_reset_device_administrator_emails.read_from(r),
            33usize => self.global_proxy.read_from(r),
            34usize => self.google_accounts_blocked.read_from(r),
            35usize => self.kiosk_customization_device_settings_blocked.read_from(r),
            36usize => self.kiosk_customization_power_button_actions_blocked.read_from(r),
            37usize => self.kiosk_customization_status_bar.read_from(r),
            38usize => self.kiosk_customization_system_error_warnings.read_from(r),
            39usize => self.kiosk_customization_system_navigation.read_from(r),
            40usize => self.kiosk_mode_app_order_enabled.read_from(r),
            41usize => self.kiosk_mode_app_positions.read_from(r),
            42usize => self.kiosk_mode_apps.read_from(r),
            43usize => self.kiosk_mode_apps_in_folder_ordered_by_name.read_from(r),
            44usize => self.kiosk_mode_bluetooth_configuration_enabled.read_from(r),
            45usize => self.kiosk_mode_debug_menu_easy_access_enabled.read_from(r),
            46usize => self.kiosk_mode_exit_code.read_from(r),
            47usize => self.kiosk_mode_flashlight_configuration_enabled.read_from(r),
            48usize => self.kiosk_mode_folder_icon.read_from(r),
            49usize => self.kiosk_mode_grid_height.read_from(r),
            50usize => self.kiosk_mode_grid_width.read_from(r),
            51usize => self.kiosk_mode_icon_size.read_from(r),
            52usize => self.kiosk_mode_lock_home_screen.read_from(r),
            53usize => self.kiosk_mode_managed_folders.read_from(r),
            54usize => self.kiosk_mode_managed_settings_entry_disabled.read_from(r),
            55usize => self.kiosk_mode_media_volume_configuration_enabled.read_from(r),
            56usize => self.kiosk_mode_screen_orientation.read_from(r),
            57usize => self.kiosk_mode_screen_saver_configuration_enabled.read_from(r),
            58usize => self.kiosk_mode_screen_saver_detect_media_disabled.read_from(r),
            59usize => self.kiosk_mode_screen_saver_display_time_in_seconds.read_from(r),
            60usize => self.kiosk_mode_screen_saver_image_url.read_from(r),
            61usize => self.kiosk_mode_screen_saver_start_delay_in_seconds.read_from(r),
            62usize => self.kiosk_mode_show_app_notification_badge.read_from(r),
            63usize => self.kiosk_mode_show_device_info.read_from(r),
            64usize => self.kiosk_mode_virtual_home_button_enabled.read_from(r),
            65usize => self.kiosk_mode_virtual_home_button_type.read_from(r),
            66usize => self.kiosk_mode_wallpaper_url.read_from(r),
            67usize => self.kiosk_mode_wifi_allowed_ssids.read_from(r),
            68usize => self.kiosk_mode_wi_fi_configuration_enabled.read_from(r),
            69usize => self.microphone_force_mute.read_from(r),
            70usize => self.microsoft_launcher_configuration_enabled.read_from(r),
            71usize => {
                self.microsoft_launcher_custom_wallpaper_allow_user_modification
                    .read_from(r)
            }
            72usize => self.microsoft_launcher_custom_wallpaper_enabled.read_from(r),
            73usize => self.microsoft_launcher_custom_wallpaper_image_url.read_from(r),
            74usize => {
                self.microsoft_launcher_dock_presence_allow_user_modification
                    .read_from(r)
            }
            75usize => self.microsoft_launcher_dock_presence_configuration.read_from(r),
            76usize => self.microsoft_launcher_feed_allow_user_modification.read_from(r),
            77usize => self.microsoft_launcher_feed_enabled.read_from(r),
            78usize => {
                self.microsoft_launcher_search_bar_placement_configuration.read_from(r)
            }
            79usize => self.network_escape_hatch_allowed.read_from(r),
            80usize => self.nfc_block_outgoing_beam.read_from(r),
            81usize => self.password_block_keyguard.read_from(r),
            82usize => self.password_block_keyguard_features.read_from(r),
            83usize => self.password_expiration_days.read_from(r),
            84usize => self.password_minimum_length.read_from(r),
            85usize => self.password_minimum_letter_characters.read_from(r),
            86usize => self.password_minimum_lower_case_characters.read_from(r),
            87usize => self.password_minimum_non_letter_characters.read_from(r),
            88usize => self.password_minimum_numeric_characters.read_from(r),
            89usize => self.password_minimum_symbol_characters.read_from(r),
            90usize => self.password_minimum_upper_case_characters.read_from(r),
            91usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            92usize => self.password_previous_password_count_to_block.read_from(r),
            93usize => self.password_required_type.read_from(r),
            94usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            95usize => {
                self.personal_profile_apps_allow_install_from_unknown_sources
                    .read_from(r)
            }
            96usize => self.personal_profile_camera_blocked.read_from(r),
            97usize => self.personal_profile_screen_capture_blocked.read_from(r),
            98usize => self.play_store_mode.read_from(r),
            99usize => self.safe_boot_blocked.read_from(r),
            100usize => self.screen_capture_blocked.read_from(r),
            101usize => self.security_allow_debugging_features.read_from(r),
            102usize => self.security_require_verify_apps.read_from(r),
            103usize => self.status_bar_blocked.read_from(r),
            104usize => self.stay_on_modes.read_from(r),
            105usize => self.storage_allow_usb.read_from(r),
            106usize => self.storage_block_external_media.read_from(r),
            107usize => self.storage_block_usb_file_transfer.read_from(r),
            108usize => self.system_update_install_type.read_from(r),
            109usize => self.system_update_window_end_minutes_after_midnight.read_from(r),
            110usize => {
                self.system_update_window_start_minutes_after_midnight.read_from(r)
            }
            111usize => self.system_windows_blocked.read_from(r),
            112usize => self.users_block_add.read_from(r),
            113usize => self.users_block_remove.read_from(r),
            114usize => self.volume_block_adjustment.read_from(r),
            115usize => self.vpn_always_on_lockdown_mode.read_from(r),
            116usize => self.vpn_always_on_package_identifier.read_from(r),
            117usize => self.wifi_block_edit_configurations.read_from(r),
            118usize => self.wifi_block_edit_policy_defined_configurations.read_from(r),
            119usize => self.work_profile_password_expiration_days.read_from(r),
            120usize => self.work_profile_password_minimum_length.read_from(r),
            121usize => self.work_profile_password_minimum_letter_characters.read_from(r),
            122usize => {
                self.work_profile_password_minimum_lower_case_characters.read_from(r)
            }
            123usize => {
                self.work_profile_password_minimum_non_letter_characters.read_from(r)
            }
            124usize => {
                self.work_profile_password_minimum_numeric_characters.read_from(r)
            }
            125usize => self.work_profile_password_minimum_symbol_characters.read_from(r),
            126usize => {
                self.work_profile_password_minimum_upper_case_characters.read_from(r)
            }
            127usize => {
                self.work_profile_password_previous_password_count_to_block.read_from(r)
            }
            128usize => self.work_profile_password_required_type.read_from(r),
            129usize => {
                self.work_profile_password_sign_in_failure_count_before_factory_reset
                    .read_from(r)
            }
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
        w.field(18usize, &self.accounts_block_modification);
        w.field(19usize, &self.apps_allow_install_from_unknown_sources);
        w.field(20usize, &self.apps_auto_update_policy);
        w.field(21usize, &self.apps_default_permission_policy);
        w.field(22usize, &self.apps_recommend_skipping_first_use_hints);
        w.field(23usize, &self.bluetooth_block_configuration);
        w.field(24usize, &self.bluetooth_block_contact_sharing);
        w.field(25usize, &self.camera_blocked);
        w.field(26usize, &self.cellular_block_wi_fi_tethering);
        w.field(27usize, &self.certificate_credential_configuration_disabled);
        w.field(28usize, &self.data_roaming_blocked);
        w.field(29usize, &self.date_time_configuration_blocked);
        w.field(30usize, &self.enrollment_profile);
        w.field(31usize, &self.factory_reset_blocked);
        w.field(32usize, &self.factory_reset_device_administrator_emails);
        w.field(33usize, &self.global_proxy);
        w.field(34usize, &self.google_accounts_blocked);
        w.field(35usize, &self.kiosk_customization_device_settings_blocked);
        w.field(36usize, &self.kiosk_customization_power_button_actions_blocked);
        w.field(37usize, &self.kiosk_customization_status_bar);
        w.field(38usize, &self.kiosk_customization_system_error_warnings);
        w.field(39usize, &self.kiosk_customization_system_navigation);
        w.field(40usize, &self.kiosk_mode_app_order_enabled);
        w.field(41usize, &self.kiosk_mode_app_positions);
        w.field(42usize, &self.kiosk_mode_apps);
        w.field(43usize, &self.kiosk_mode_apps_in_folder_ordered_by_name);
        w.field(44usize, &self.kiosk_mode_bluetooth_configuration_enabled);
        w.field(45usize, &self.kiosk_mode_debug_menu_easy_access_enabled);
        w.field(46usize, &self.kiosk_mode_exit_code);
        w.field(47usize, &self.kiosk_mode_flashlight_configuration_enabled);
        w.field(48usize, &self.kiosk_mode_folder_icon);
        w.field(49usize, &self.kiosk_mode_grid_height);
        w.field(50usize, &self.kiosk_mode_grid_width);
        w.field(51usize, &self.kiosk_mode_icon_size);
        w.field(52usize, &self.kiosk_mode_lock_home_screen);
        w.field(53usize, &self.kiosk_mode_managed_folders);
        w.field(54usize, &self.kiosk_mode_managed_settings_entry_disabled);
        w.field(55usize, &self.kiosk_mode_media_volume_configuration_enabled);
        w.field(56usize, &self.kiosk_mode_screen_orientation);
        w.field(57usize, &self.kiosk_mode_screen_saver_configuration_enabled);
        w.field(58usize, &self.kiosk_mode_screen_saver_detect_media_disabled);
        w.field(59usize, &self.kiosk_mode_screen_saver_display_time_in_seconds);
        w.field(60usize, &self.kiosk_mode_screen_saver_image_url);
        w.field(61usize, &self.kiosk_mode_screen_saver_start_delay_in_seconds);
        w.field(62usize, &self.kiosk_mode_show_app_notification_badge);
        w.field(63usize, &self.kiosk_mode_show_device_info);
        w.field(64usize, &self.kiosk_mode_virtual_home_button_enabled);
        w.field(65usize, &self.kiosk_mode_virtual_home_button_type);
        w.field(66usize, &self.kiosk_mode_wallpaper_url);
        w.field(67usize, &self.kiosk_mode_wifi_allowed_ssids);
        w.field(68usize, &self.kiosk_mode_wi_fi_configuration_enabled);
        w.field(69usize, &self.microphone_force_mute);
        w.field(70usize, &self.microsoft_launcher_configuration_enabled);
        w.field(
            71usize,
            &self.microsoft_launcher_custom_wallpaper_allow_user_modification,
        );
        w.field(72usize, &self.microsoft_launcher_custom_wallpaper_enabled);
        w.field(73usize, &self.microsoft_launcher_custom_wallpaper_image_url);
        w.field(74usize, &self.microsoft_launcher_dock_presence_allow_user_modification);
        w.field(75usize, &self.microsoft_launcher_dock_presence_configuration);
        w.field(76usize, &self.microsoft_launcher_feed_allow_user_modification);
        w.field(77usize, &self.microsoft_launcher_feed_enabled);
        w.field(78usize, &self.microsoft_launcher_search_bar_placement_configuration);
        w.field(79usize, &self.network_escape_hatch_allowed);
        w.field(80usize, &self.nfc_block_outgoing_beam);
        w.field(81usize, &self.password_block_keyguard);
        w.field(82usize, &self.password_block_keyguard_features);
        w.field(83usize, &self.password_expiration_days);
        w.field(84usize, &self.password_minimum_length);
        w.field(85usize, &self.password_minimum_letter_characters);
        w.field(86usize, &self.password_minimum_lower_case_characters);
        w.field(87usize, &self.password_minimum_non_letter_characters);
        w.field(88usize, &self.password_minimum_numeric_characters);
        w.field(89usize, &self.password_minimum_symbol_characters);
        w.field(90usize, &self.password_minimum_upper_case_characters);
        w.field(91usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(92usize, &self.password_previous_password_count_to_block);
        w.field(93usize, &self.password_required_type);
        w.field(94usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(95usize, &self.personal_profile_apps_allow_install_from_unknown_sources);
        w.field(96usize, &self.personal_profile_camera_blocked);
        w.field(97usize, &self.personal_profile_screen_capture_blocked);
        w.field(98usize, &self.play_store_mode);
        w.field(99usize, &self.safe_boot_blocked);
        w.field(100usize, &self.screen_capture_blocked);
        w.field(101usize, &self.security_allow_debugging_features);
        w.field(102usize, &self.security_require_verify_apps);
        w.field(103usize, &self.status_bar_blocked);
        w.field(104usize, &self.stay_on_modes);
        w.field(105usize, &self.storage_allow_usb);
        w.field(106usize, &self.storage_block_external_media);
        w.field(107usize, &self.storage_block_usb_file_transfer);
        w.field(108usize, &self.system_update_install_type);
        w.field(109usize, &self.system_update_window_end_minutes_after_midnight);
        w.field(110usize, &self.system_update_window_start_minutes_after_midnight);
        w.field(111usize, &self.system_windows_blocked);
        w.field(112usize, &self.users_block_add);
        w.field(113usize, &self.users_block_remove);
        w.field(114usize, &self.volume_block_adjustment);
        w.field(115usize, &self.vpn_always_on_lockdown_mode);
        w.field(116usize, &self.vpn_always_on_package_identifier);
        w.field(117usize, &self.wifi_block_edit_configurations);
        w.field(118usize, &self.wifi_block_edit_policy_defined_configurations);
        w.field(119usize, &self.work_profile_password_expiration_days);
        w.field(120usize, &self.work_profile_password_minimum_length);
        w.field(121usize, &self.work_profile_password_minimum_letter_characters);
        w.field(122usize, &self.work_profile_password_minimum_lower_case_characters);
        w.field(123usize, &self.work_profile_password_minimum_non_letter_characters);
        w.field(124usize, &self.work_profile_password_minimum_numeric_characters);
        w.field(125usize, &self.work_profile_password_minimum_symbol_characters);
        w.field(126usize, &self.work_profile_password_minimum_upper_case_characters);
        w.field(127usize, &self.work_profile_password_previous_password_count_to_block);
        w.field(128usize, &self.work_profile_password_required_type);
        w.field(
            129usize,
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
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
rt::impl_object!(AndroidDeviceOwnerGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerGeneralDeviceConfiguration { with_id id : ::std::string::String;
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
    with_accounts_block_modification accounts_block_modification : bool;
    with_apps_allow_install_from_unknown_sources apps_allow_install_from_unknown_sources
    : bool; with_apps_auto_update_policy apps_auto_update_policy : crate
    ::beta::AndroidDeviceOwnerAppAutoUpdatePolicyType;
    with_apps_default_permission_policy apps_default_permission_policy : crate
    ::beta::AndroidDeviceOwnerDefaultAppPermissionPolicyType;
    with_apps_recommend_skipping_first_use_hints apps_recommend_skipping_first_use_hints
    : bool; with_bluetooth_block_configuration bluetooth_block_configuration : bool;
    with_bluetooth_block_contact_sharing bluetooth_block_contact_sharing : bool;
    with_camera_blocked camera_blocked : bool; with_cellular_block_wi_fi_tethering
    cellular_block_wi_fi_tethering : bool;
    with_certificate_credential_configuration_disabled
    certificate_credential_configuration_disabled : bool; with_data_roaming_blocked
    data_roaming_blocked : bool; with_date_time_configuration_blocked
    date_time_configuration_blocked : bool; with_enrollment_profile enrollment_profile :
    crate ::beta::AndroidDeviceOwnerEnrollmentProfileType; with_factory_reset_blocked
    factory_reset_blocked : bool; with_factory_reset_device_administrator_emails
    factory_reset_device_administrator_emails : ::std::vec::Vec < ::std::string::String
    >; with_global_proxy global_proxy : crate ::beta::AnyAndroidDeviceOwnerGlobalProxy;
    with_google_accounts_blocked google_accounts_blocked : bool;
    with_kiosk_customization_device_settings_blocked
    kiosk_customization_device_settings_blocked : bool;
    with_kiosk_customization_power_button_actions_blocked
    kiosk_customization_power_button_actions_blocked : bool;
    with_kiosk_customization_status_bar kiosk_customization_status_bar : crate
    ::beta::AndroidDeviceOwnerKioskCustomizationStatusBar;
    with_kiosk_customization_system_error_warnings
    kiosk_customization_system_error_warnings : bool;
    with_kiosk_customization_system_navigation kiosk_customization_system_navigation :
    crate ::beta::AndroidDeviceOwnerKioskCustomizationSystemNavigation;
    with_kiosk_mode_app_order_enabled kiosk_mode_app_order_enabled : bool;
    with_kiosk_mode_app_positions kiosk_mode_app_positions : ::std::vec::Vec < crate
    ::beta::AndroidDeviceOwnerKioskModeAppPositionItem >; with_kiosk_mode_apps
    kiosk_mode_apps : ::std::vec::Vec < crate ::beta::AnyAppListItem >;
    with_kiosk_mode_apps_in_folder_ordered_by_name
    kiosk_mode_apps_in_folder_ordered_by_name : bool;
    with_kiosk_mode_bluetooth_configuration_enabled
    kiosk_mode_bluetooth_configuration_enabled : bool;
    with_kiosk_mode_debug_menu_easy_access_enabled
    kiosk_mode_debug_menu_easy_access_enabled : bool; with_kiosk_mode_exit_code
    kiosk_mode_exit_code : ::std::string::String;
    with_kiosk_mode_flashlight_configuration_enabled
    kiosk_mode_flashlight_configuration_enabled : bool; with_kiosk_mode_folder_icon
    kiosk_mode_folder_icon : crate ::beta::AndroidDeviceOwnerKioskModeFolderIcon;
    with_kiosk_mode_grid_height kiosk_mode_grid_height : i32; with_kiosk_mode_grid_width
    kiosk_mode_grid_width : i32; with_kiosk_mode_icon_size kiosk_mode_icon_size : crate
    ::beta::AndroidDeviceOwnerKioskModeIconSize; with_kiosk_mode_lock_home_screen
    kiosk_mode_lock_home_screen : bool; with_kiosk_mode_managed_folders
    kiosk_mode_managed_folders : ::std::vec::Vec < crate
    ::beta::AndroidDeviceOwnerKioskModeManagedFolder >;
    with_kiosk_mode_managed_settings_entry_disabled
    kiosk_mode_managed_settings_entry_disabled : bool;
    with_kiosk_mode_media_volume_configuration_enabled
    kiosk_mode_media_volume_configuration_enabled : bool;
    with_kiosk_mode_screen_orientation kiosk_mode_screen_orientation : crate
    ::beta::AndroidDeviceOwnerKioskModeScreenOrientation;
    with_kiosk_mode_screen_saver_configuration_enabled
    kiosk_mode_screen_saver_configuration_enabled : bool;
    with_kiosk_mode_screen_saver_detect_media_disabled
    kiosk_mode_screen_saver_detect_media_disabled : bool;
    with_kiosk_mode_screen_saver_display_time_in_seconds
    kiosk_mode_screen_saver_display_time_in_seconds : i32;
    with_kiosk_mode_screen_saver_image_url kiosk_mode_screen_saver_image_url :
    ::std::string::String; with_kiosk_mode_screen_saver_start_delay_in_seconds
    kiosk_mode_screen_saver_start_delay_in_seconds : i32;
    with_kiosk_mode_show_app_notification_badge kiosk_mode_show_app_notification_badge :
    bool; with_kiosk_mode_show_device_info kiosk_mode_show_device_info : bool;
    with_kiosk_mode_virtual_home_button_enabled kiosk_mode_virtual_home_button_enabled :
    bool; with_kiosk_mode_virtual_home_button_type kiosk_mode_virtual_home_button_type :
    crate ::beta::AndroidDeviceOwnerVirtualHomeButtonType; with_kiosk_mode_wallpaper_url
    kiosk_mode_wallpaper_url : ::std::string::String; with_kiosk_mode_wifi_allowed_ssids
    kiosk_mode_wifi_allowed_ssids : ::std::vec::Vec < ::std::string::String >;
    with_kiosk_mode_wi_fi_configuration_enabled kiosk_mode_wi_fi_configuration_enabled :
    bool; with_microphone_force_mute microphone_force_mute : bool;
    with_microsoft_launcher_configuration_enabled
    microsoft_launcher_configuration_enabled : bool;
    with_microsoft_launcher_custom_wallpaper_allow_user_modification
    microsoft_launcher_custom_wallpaper_allow_user_modification : bool;
    with_microsoft_launcher_custom_wallpaper_enabled
    microsoft_launcher_custom_wallpaper_enabled : bool;
    with_microsoft_launcher_custom_wallpaper_image_url
    microsoft_launcher_custom_wallpaper_image_url : ::std::string::String;
    with_microsoft_launcher_dock_presence_allow_user_modification
    microsoft_launcher_dock_presence_allow_user_modification : bool;
    with_microsoft_launcher_dock_presence_configuration
    microsoft_launcher_dock_presence_configuration : crate
    ::beta::MicrosoftLauncherDockPresence;
    with_microsoft_launcher_feed_allow_user_modification
    microsoft_launcher_feed_allow_user_modification : bool;
    with_microsoft_launcher_feed_enabled microsoft_launcher_feed_enabled : bool;
    with_microsoft_launcher_search_bar_placement_configuration
    microsoft_launcher_search_bar_placement_configuration : crate
    ::beta::MicrosoftLauncherSearchBarPlacement; with_network_escape_hatch_allowed
    network_escape_hatch_allowed : bool; with_nfc_block_outgoing_beam
    nfc_block_outgoing_beam : bool; with_password_block_keyguard password_block_keyguard
    : bool; with_password_block_keyguard_features password_block_keyguard_features :
    ::std::vec::Vec < crate ::beta::AndroidKeyguardFeature >;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minimum_letter_characters password_minimum_letter_characters : i32;
    with_password_minimum_lower_case_characters password_minimum_lower_case_characters :
    i32; with_password_minimum_non_letter_characters
    password_minimum_non_letter_characters : i32;
    with_password_minimum_numeric_characters password_minimum_numeric_characters : i32;
    with_password_minimum_symbol_characters password_minimum_symbol_characters : i32;
    with_password_minimum_upper_case_characters password_minimum_upper_case_characters :
    i32; with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_count_to_block
    password_previous_password_count_to_block : i32; with_password_required_type
    password_required_type : crate ::beta::AndroidDeviceOwnerRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_personal_profile_apps_allow_install_from_unknown_sources
    personal_profile_apps_allow_install_from_unknown_sources : bool;
    with_personal_profile_camera_blocked personal_profile_camera_blocked : bool;
    with_personal_profile_screen_capture_blocked personal_profile_screen_capture_blocked
    : bool; with_play_store_mode play_store_mode : crate
    ::beta::AndroidDeviceOwnerPlayStoreMode; with_safe_boot_blocked safe_boot_blocked :
    bool; with_screen_capture_blocked screen_capture_blocked : bool;
    with_security_allow_debugging_features security_allow_debugging_features : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_status_bar_blocked status_bar_blocked : bool; with_stay_on_modes stay_on_modes :
    ::std::vec::Vec < crate ::beta::AndroidDeviceOwnerBatteryPluggedMode >;
    with_storage_allow_usb storage_allow_usb : bool; with_storage_block_external_media
    storage_block_external_media : bool; with_storage_block_usb_file_transfer
    storage_block_usb_file_transfer : bool; with_system_update_install_type
    system_update_install_type : crate ::beta::AndroidDeviceOwnerSystemUpdateInstallType;
    with_system_update_window_end_minutes_after_midnight
    system_update_window_end_minutes_after_midnight : i32;
    with_system_update_window_start_minutes_after_midnight
    system_update_window_start_minutes_after_midnight : i32; with_system_windows_blocked
    system_windows_blocked : bool; with_users_block_add users_block_add : bool;
    with_users_block_remove users_block_remove : bool; with_volume_block_adjustment
    volume_block_adjustment : bool; with_vpn_always_on_lockdown_mode
    vpn_always_on_lockdown_mode : bool; with_vpn_always_on_package_identifier
    vpn_always_on_package_identifier : ::std::string::String;
    with_wifi_block_edit_configurations wifi_block_edit_configurations : bool;
    with_wifi_block_edit_policy_defined_configurations
    wifi_block_edit_policy_defined_configurations : bool;
    with_work_profile_password_expiration_days work_profile_password_expiration_days :
    i32; with_work_profile_password_minimum_length work_profile_password_minimum_length :
    i32; with_work_profile_password_minimum_letter_characters
    work_profile_password_minimum_letter_characters : i32;
    with_work_profile_password_minimum_lower_case_characters
    work_profile_password_minimum_lower_case_characters : i32;
    with_work_profile_password_minimum_non_letter_characters
    work_profile_password_minimum_non_letter_characters : i32;
    with_work_profile_password_minimum_numeric_characters
    work_profile_password_minimum_numeric_characters : i32;
    with_work_profile_password_minimum_symbol_characters
    work_profile_password_minimum_symbol_characters : i32;
    with_work_profile_password_minimum_upper_case_characters
    work_profile_password_minimum_upper_case_characters : i32;
    with_work_profile_password_previous_password_count_to_block
    work_profile_password_previous_password_count_to_block : i32;
    with_work_profile_password_required_type work_profile_password_required_type : crate
    ::beta::AndroidDeviceOwnerRequiredPasswordType;
    with_work_profile_password_sign_in_failure_count_before_factory_reset
    work_profile_password_sign_in_failure_count_before_factory_reset : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Device Owner PFX Import certificate profile
///
/// CSDL: `microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile`, entity type, derived from `microsoft.graph.androidDeviceOwnerCertificateProfileBase`, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerImportedPfxCertificateProfilePath`](requests/trait.AndroidDeviceOwnerImportedPfxCertificateProfilePath.html), what a path to one (`EntityPath<AndroidDeviceOwnerImportedPfxCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerImportedPfxCertificateProfile {
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
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidDeviceOwnerTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<
        crate::beta::AndroidDeviceOwnerTrustedRootCertificate,
    >,
    /// Intended Purpose of the Certificate Profile - which could be Unassigned, SmimeEncryption, SmimeSigning etc.
    ///
    /// CSDL: property `intendedPurpose`: `microsoft.graph.intendedPurpose`, not nullable.
    pub intended_purpose: rt::Field<crate::beta::IntendedPurpose>,
    /// Certificate state for devices
    ///
    /// CSDL: containment navigation property `managedDeviceCertificateStates`: `Collection(microsoft.graph.managedDeviceCertificateState)`, not nullable.
    pub managed_device_certificate_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceCertificateState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerImportedPfxCertificateProfile {
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
            intended_purpose: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerImportedPfxCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile";
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
        "intendedPurpose",
        "managedDeviceCertificateStates",
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
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":            ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"rootCertificate\":              ",
        ",\"intendedPurpose\":              ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile\"";
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
        v.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(20usize, "extended_key_usages", &self.extended_key_usages);
        v.field(
            21usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            22usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(23usize, "subject_name_format", &self.subject_name_format);
        v.field(24usize, "root_certificate", &self.root_certificate);
        v.field(25usize, "intended_purpose", &self.intended_purpose);
        v.field(
            26usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerImportedPfxCertificateProfile {
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
            25usize => self.intended_purpose.read_from(r),
            26usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(25usize, &self.intended_purpose);
        w.field(26usize, &self.managed_device_certificate_states);
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
rt::impl_object!(AndroidDeviceOwnerImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerImportedPfxCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::AndroidDeviceOwnerTrustedRootCertificate; with_intended_purpose
    intended_purpose : crate ::beta::IntendedPurpose;
    with_managed_device_certificate_states managed_device_certificate_states :
    ::std::vec::Vec < crate ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Device Owner PKCS certificate profile
///
/// CSDL: `microsoft.graph.androidDeviceOwnerPkcsCertificateProfile`, entity type, derived from `microsoft.graph.androidDeviceOwnerCertificateProfileBase`, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerPkcsCertificateProfilePath`](requests/trait.AndroidDeviceOwnerPkcsCertificateProfilePath.html), what a path to one (`EntityPath<AndroidDeviceOwnerPkcsCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerPkcsCertificateProfile {
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
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidDeviceOwnerTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<
        crate::beta::AndroidDeviceOwnerTrustedRootCertificate,
    >,
    /// Target store certificate
    ///
    /// CSDL: property `certificateStore`: `microsoft.graph.certificateStore`, not nullable.
    pub certificate_store: rt::Field<crate::beta::CertificateStore>,
    /// PKCS Certificate Template Name
    ///
    /// CSDL: property `certificateTemplateName`: `Edm.String`, not nullable.
    pub certificate_template_name: rt::Field<::std::string::String>,
    /// PKCS Certification Authority
    ///
    /// CSDL: property `certificationAuthority`: `Edm.String`, not nullable.
    pub certification_authority: rt::Field<::std::string::String>,
    /// PKCS Certification Authority Name
    ///
    /// CSDL: property `certificationAuthorityName`: `Edm.String`, nullable.
    pub certification_authority_name: rt::Field<::std::string::String>,
    /// Certification authority type
    ///
    /// CSDL: property `certificationAuthorityType`: `microsoft.graph.deviceManagementCertificationAuthority`, not nullable.
    pub certification_authority_type: rt::Field<
        crate::beta::DeviceManagementCertificationAuthority,
    >,
    /// Custom Subject Alternative Name Settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `customSubjectAlternativeNames`: `Collection(microsoft.graph.customSubjectAlternativeName)`, nullable.
    pub custom_subject_alternative_names: rt::Field<
        ::std::vec::Vec<crate::beta::CustomSubjectAlternativeName>,
    >,
    /// Custom String that defines the AAD Attribute.
    ///
    /// CSDL: property `subjectAlternativeNameFormatString`: `Edm.String`, nullable.
    pub subject_alternative_name_format_string: rt::Field<::std::string::String>,
    /// Custom format to use with SubjectNameFormat = Custom. Example: CN={{EmailAddress}},E={{EmailAddress}},OU=Enterprise Users,O=Contoso Corporation,L=Redmond,ST=WA,C=US
    ///
    /// CSDL: property `subjectNameFormatString`: `Edm.String`, not nullable.
    pub subject_name_format_string: rt::Field<::std::string::String>,
    /// Certificate state for devices
    ///
    /// CSDL: containment navigation property `managedDeviceCertificateStates`: `Collection(microsoft.graph.managedDeviceCertificateState)`, not nullable.
    pub managed_device_certificate_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceCertificateState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerPkcsCertificateProfile {
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
            certificate_store: rt::Field::Absent,
            certificate_template_name: rt::Field::Absent,
            certification_authority: rt::Field::Absent,
            certification_authority_name: rt::Field::Absent,
            certification_authority_type: rt::Field::Absent,
            custom_subject_alternative_names: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerPkcsCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerPkcsCertificateProfile";
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
        "certificateStore",
        "certificateTemplateName",
        "certificationAuthority",
        "certificationAuthorityName",
        "certificationAuthorityType",
        "customSubjectAlternativeNames",
        "subjectAlternativeNameFormatString",
        "subjectNameFormatString",
        "managedDeviceCertificateStates",
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
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":            ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"rootCertificate\":              ",
        ",\"certificateStore\":             ",
        ",\"certificateTemplateName\":      ",
        ",\"certificationAuthority\":       ",
        ",\"certificationAuthorityName\":   ",
        ",\"certificationAuthorityType\":   ",
        ",\"customSubjectAlternativeNames\":",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerPkcsCertificateProfile\"";
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
        v.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(20usize, "extended_key_usages", &self.extended_key_usages);
        v.field(
            21usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            22usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(23usize, "subject_name_format", &self.subject_name_format);
        v.field(24usize, "root_certificate", &self.root_certificate);
        v.field(25usize, "certificate_store", &self.certificate_store);
        v.field(26usize, "certificate_template_name", &self.certificate_template_name);
        v.field(27usize, "certification_authority", &self.certification_authority);
        v.field(
            28usize,
            "certification_authority_name",
            &self.certification_authority_name,
        );
        v.field(
            29usize,
            "certification_authority_type",
            &self.certification_authority_type,
        );
        v.field(
            30usize,
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
        v.field(
            31usize,
            "subject_alternative_name_format_string",
            &self.subject_alternative_name_format_string,
        );
        v.field(32usize, "subject_name_format_string", &self.subject_name_format_string);
        v.field(
            33usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerPkcsCertificateProfile {
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
            25usize => self.certificate_store.read_from(r),
            26usize => self.certificate_template_name.read_from(r),
            27usize => self.certification_authority.read_from(r),
            28usize => self.certification_authority_name.read_from(r),
            29usize => self.certification_authority_type.read_from(r),
            30usize => self.custom_subject_alternative_names.read_from(r),
            31usize => self.subject_alternative_name_format_string.read_from(r),
            32usize => self.subject_name_format_string.read_from(r),
            33usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(25usize, &self.certificate_store);
        w.field(26usize, &self.certificate_template_name);
        w.field(27usize, &self.certification_authority);
        w.field(28usize, &self.certification_authority_name);
        w.field(29usize, &self.certification_authority_type);
        w.field(30usize, &self.custom_subject_alternative_names);
        w.field(31usize, &self.subject_alternative_name_format_string);
        w.field(32usize, &self.subject_name_format_string);
        w.field(33usize, &self.managed_device_certificate_states);
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
rt::impl_object!(AndroidDeviceOwnerPkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerPkcsCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::AndroidDeviceOwnerTrustedRootCertificate; with_certificate_store
    certificate_store : crate ::beta::CertificateStore; with_certificate_template_name
    certificate_template_name : ::std::string::String; with_certification_authority
    certification_authority : ::std::string::String; with_certification_authority_name
    certification_authority_name : ::std::string::String;
    with_certification_authority_type certification_authority_type : crate
    ::beta::DeviceManagementCertificationAuthority; with_custom_subject_alternative_names
    custom_subject_alternative_names : ::std::vec::Vec < crate
    ::beta::CustomSubjectAlternativeName >; with_subject_alternative_name_format_string
    subject_alternative_name_format_string : ::std::string::String;
    with_subject_name_format_string subject_name_format_string : ::std::string::String;
    with_managed_device_certificate_states managed_device_certificate_states :
    ::std::vec::Vec < crate ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerPkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Device Owner SCEP certificate profile
///
/// CSDL: `microsoft.graph.androidDeviceOwnerScepCertificateProfile`, entity type, derived from `microsoft.graph.androidDeviceOwnerCertificateProfileBase`, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerScepCertificateProfilePath`](requests/trait.AndroidDeviceOwnerScepCertificateProfilePath.html), what a path to one (`EntityPath<AndroidDeviceOwnerScepCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerScepCertificateProfile {
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
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidDeviceOwnerTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<
        crate::beta::AndroidDeviceOwnerTrustedRootCertificate,
    >,
    /// Target store certificate
    ///
    /// CSDL: property `certificateStore`: `microsoft.graph.certificateStore`, nullable.
    pub certificate_store: rt::Field<crate::beta::CertificateStore>,
    /// Custom Subject Alternative Name Settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `customSubjectAlternativeNames`: `Collection(microsoft.graph.customSubjectAlternativeName)`, nullable.
    pub custom_subject_alternative_names: rt::Field<
        ::std::vec::Vec<crate::beta::CustomSubjectAlternativeName>,
    >,
    /// SCEP Hash Algorithm
    ///
    /// CSDL: property `hashAlgorithm`: `microsoft.graph.hashAlgorithms`, not nullable.
    pub hash_algorithm: rt::Field<rt::Flags<crate::beta::HashAlgorithms>>,
    /// SCEP Key Size
    ///
    /// CSDL: property `keySize`: `microsoft.graph.keySize`, not nullable.
    pub key_size: rt::Field<crate::beta::KeySize>,
    /// SCEP Key Usage
    ///
    /// CSDL: property `keyUsage`: `microsoft.graph.keyUsages`, not nullable.
    pub key_usage: rt::Field<rt::Flags<crate::beta::KeyUsages>>,
    /// SCEP Server Url(s)
    ///
    /// CSDL: property `scepServerUrls`: `Collection(Edm.String)`, nullable.
    pub scep_server_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Custom String that defines the AAD Attribute.
    ///
    /// CSDL: property `subjectAlternativeNameFormatString`: `Edm.String`, nullable.
    pub subject_alternative_name_format_string: rt::Field<::std::string::String>,
    /// Custom format to use with SubjectNameFormat = Custom. Example: CN={{EmailAddress}},E={{EmailAddress}},OU=Enterprise Users,O=Contoso Corporation,L=Redmond,ST=WA,C=US
    ///
    /// CSDL: property `subjectNameFormatString`: `Edm.String`, nullable.
    pub subject_name_format_string: rt::Field<::std::string::String>,
    /// Certificate state for devices
    ///
    /// CSDL: containment navigation property `managedDeviceCertificateStates`: `Collection(microsoft.graph.managedDeviceCertificateState)`, not nullable.
    pub managed_device_certificate_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceCertificateState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerScepCertificateProfile {
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
            certificate_store: rt::Field::Absent,
            custom_subject_alternative_names: rt::Field::Absent,
            hash_algorithm: rt::Field::Absent,
            key_size: rt::Field::Absent,
            key_usage: rt::Field::Absent,
            scep_server_urls: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerScepCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerScepCertificateProfile";
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
        "certificateStore",
        "customSubjectAlternativeNames",
        "hashAlgorithm",
        "keySize",
        "keyUsage",
        "scepServerUrls",
        "subjectAlternativeNameFormatString",
        "subjectNameFormatString",
        "managedDeviceCertificateStates",
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
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":            ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"rootCertificate\":              ",
        ",\"certificateStore\":             ",
        ",\"customSubjectAlternativeNames\":",
        ",\"hashAlgorithm\":                ",
        ",\"keySize\":                      ",
        ",\"keyUsage\":                     ",
        ",\"scepServerUrls\":               ",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerScepCertificateProfile\"";
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
        v.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(20usize, "extended_key_usages", &self.extended_key_usages);
        v.field(
            21usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            22usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(23usize, "subject_name_format", &self.subject_name_format);
        v.field(24usize, "root_certificate", &self.root_certificate);
        v.field(25usize, "certificate_store", &self.certificate_store);
        v.field(
            26usize,
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
        v.field(27usize, "hash_algorithm", &self.hash_algorithm);
        v.field(28usize, "key_size", &self.key_size);
        v.field(29usize, "key_usage", &self.key_usage);
        v.field(30usize, "scep_server_urls", &self.scep_server_urls);
        v.field(
            31usize,
            "subject_alternative_name_format_string",
            &self.subject_alternative_name_format_string,
        );
        v.field(32usize, "subject_name_format_string", &self.subject_name_format_string);
        v.field(
            33usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerScepCertificateProfile {
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
            25usize => self.certificate_store.read_from(r),
            26usize => self.custom_subject_alternative_names.read_from(r),
            27usize => self.hash_algorithm.read_from(r),
            28usize => self.key_size.read_from(r),
            29usize => self.key_usage.read_from(r),
            30usize => self.scep_server_urls.read_from(r),
            31usize => self.subject_alternative_name_format_string.read_from(r),
            32usize => self.subject_name_format_string.read_from(r),
            33usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(25usize, &self.certificate_store);
        w.field(26usize, &self.custom_subject_alternative_names);
        w.field(27usize, &self.hash_algorithm);
        w.field(28usize, &self.key_size);
        w.field(29usize, &self.key_usage);
        w.field(30usize, &self.scep_server_urls);
        w.field(31usize, &self.subject_alternative_name_format_string);
        w.field(32usize, &self.subject_name_format_string);
        w.field(33usize, &self.managed_device_certificate_states);
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
rt::impl_object!(AndroidDeviceOwnerScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerScepCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::AndroidDeviceOwnerTrustedRootCertificate; with_certificate_store
    certificate_store : crate ::beta::CertificateStore;
    with_custom_subject_alternative_names custom_subject_alternative_names :
    ::std::vec::Vec < crate ::beta::CustomSubjectAlternativeName >; with_hash_algorithm
    hash_algorithm : rt::Flags < crate ::beta::HashAlgorithms >; with_key_size key_size :
    crate ::beta::KeySize; with_key_usage key_usage : rt::Flags < crate ::beta::KeyUsages
    >; with_scep_server_urls scep_server_urls : ::std::vec::Vec < ::std::string::String
    >; with_subject_alternative_name_format_string subject_alternative_name_format_string
    : ::std::string::String; with_subject_name_format_string subject_name_format_string :
    ::std::string::String; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Device Owner Trusted Root Certificate configuration profile
///
/// CSDL: `microsoft.graph.androidDeviceOwnerTrustedRootCertificate`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidDeviceOwnerTrustedRootCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerTrustedRootCertificate {
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
    /// File name to display in UI.
    ///
    /// CSDL: property `certFileName`: `Edm.String`, nullable.
    pub cert_file_name: rt::Field<::std::string::String>,
    /// Trusted Root Certificate
    ///
    /// CSDL: property `trustedRootCertificate`: `Edm.Binary`, not nullable.
    pub trusted_root_certificate: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerTrustedRootCertificate {
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
            cert_file_name: rt::Field::Absent,
            trusted_root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerTrustedRootCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerTrustedRootCertificate";
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
        "certFileName",
        "trustedRootCertificate",
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
        ",\"certFileName\":                 ",
        ",\"trustedRootCertificate\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerTrustedRootCertificate\"";
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
        v.field(18usize, "cert_file_name", &self.cert_file_name);
        v.field(19usize, "trusted_root_certificate", &self.trusted_root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerTrustedRootCertificate {
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
            18usize => self.cert_file_name.read_from(r),
            19usize => self.trusted_root_certificate.read_from(r),
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
        w.field(18usize, &self.cert_file_name);
        w.field(19usize, &self.trusted_root_certificate);
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
rt::impl_object!(AndroidDeviceOwnerTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerTrustedRootCertificate { with_id id : ::std::string::String;
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
    with_cert_file_name cert_file_name : ::std::string::String;
    with_trusted_root_certificate trusted_root_certificate : rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android Fully Managed device to connect to desired VPN endpoint. By specifying the authentication method and security types expected by VPN endpoint you can make the VPN connection seamless for end user.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerVpnConfiguration`, entity type, derived from `microsoft.graph.vpnConfiguration`, key `id`.
///
/// Request builders: [`AndroidDeviceOwnerVpnConfigurationPath`](requests/trait.AndroidDeviceOwnerVpnConfigurationPath.html), what a path to one (`EntityPath<AndroidDeviceOwnerVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerVpnConfiguration {
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
    /// Authentication method.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.vpnAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::VpnAuthenticationMethod>,
    /// Connection name displayed to the user.
    ///
    /// CSDL: property `connectionName`: `Edm.String`, not nullable.
    pub connection_name: rt::Field<::std::string::String>,
    /// Realm when connection type is set to Pulse Secure.
    ///
    /// CSDL: property `realm`: `Edm.String`, nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Role when connection type is set to Pulse Secure.
    ///
    /// CSDL: property `role`: `Edm.String`, nullable.
    pub role: rt::Field<::std::string::String>,
    /// List of VPN Servers on the network. Make sure end users can access these network locations. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `servers`: `Collection(microsoft.graph.vpnServer)`, not nullable.
    pub servers: rt::Field<::std::vec::Vec<crate::beta::VpnServer>>,
    /// Whether or not to enable always-on VPN connection.
    ///
    /// CSDL: property `alwaysOn`: `Edm.Boolean`, nullable.
    pub always_on: rt::Field<bool>,
    /// If always-on VPN connection is enabled, whether or not to lock network traffic when that VPN is disconnected.
    ///
    /// CSDL: property `alwaysOnLockdown`: `Edm.Boolean`, nullable.
    pub always_on_lockdown: rt::Field<bool>,
    /// Connection type.
    ///
    /// CSDL: property `connectionType`: `microsoft.graph.androidVpnConnectionType`, not nullable.
    pub connection_type: rt::Field<crate::beta::AndroidVpnConnectionType>,
    /// Custom data to define key/value pairs specific to a VPN provider. This collection can contain a maximum of 25 elements.
    ///
    /// CSDL: property `customData`: `Collection(microsoft.graph.keyValue)`, nullable.
    pub custom_data: rt::Field<::std::vec::Vec<crate::beta::KeyValue>>,
    /// Custom data to define key/value pairs specific to a VPN provider. This collection can contain a maximum of 25 elements.
    ///
    /// CSDL: property `customKeyValueData`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub custom_key_value_data: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Microsoft Tunnel site ID.
    ///
    /// CSDL: property `microsoftTunnelSiteId`: `Edm.String`, nullable.
    pub microsoft_tunnel_site_id: rt::Field<::std::string::String>,
    /// Proxy server.
    ///
    /// CSDL: property `proxyServer`: `microsoft.graph.vpnProxyServer`, nullable.
    pub proxy_server: rt::Field<crate::beta::AnyVpnProxyServer>,
    /// Targeted mobile apps. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Targeted App package IDs.
    ///
    /// CSDL: property `targetedPackageIds`: `Collection(Edm.String)`, nullable.
    pub targeted_package_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Tenant level settings for the Derived Credentials to be used for authentication.
    ///
    /// CSDL: navigation property `derivedCredentialSettings`: `microsoft.graph.deviceManagementDerivedCredentialSettings`, nullable.
    pub derived_credential_settings: rt::Field<
        crate::beta::DeviceManagementDerivedCredentialSettings,
    >,
    /// Identity certificate for client authentication when authentication method is certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidDeviceOwnerCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidDeviceOwnerCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerVpnConfiguration {
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
            authentication_method: rt::Field::Absent,
            connection_name: rt::Field::Absent,
            realm: rt::Field::Absent,
            role: rt::Field::Absent,
            servers: rt::Field::Absent,
            always_on: rt::Field::Absent,
            always_on_lockdown: rt::Field::Absent,
            connection_type: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            custom_key_value_data: rt::Field::Absent,
            microsoft_tunnel_site_id: rt::Field::Absent,
            proxy_server: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            targeted_package_ids: rt::Field::Absent,
            derived_credential_settings: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerVpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerVpnConfiguration";
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
        "authenticationMethod",
        "connectionName",
        "realm",
        "role",
        "servers",
        "alwaysOn",
        "alwaysOnLockdown",
        "connectionType",
        "customData",
        "customKeyValueData",
        "microsoftTunnelSiteId",
        "proxyServer",
        "targetedMobileApps",
        "targetedPackageIds",
        "derivedCredentialSettings",
        "identityCertificate",
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
        ",\"authenticationMethod\":         ",
        ",\"connectionName\":               ",
        ",\"realm\":                        ",
        ",\"role\":                         ",
        ",\"servers\":                      ",
        ",\"alwaysOn\":                     ",
        ",\"alwaysOnLockdown\":             ",
        ",\"connectionType\":               ",
        ",\"customData\":                   ",
        ",\"customKeyValueData\":           ",
        ",\"microsoftTunnelSiteId\":        ",
        ",\"proxyServer\":                  ",
        ",\"targetedMobileApps\":           ",
        ",\"targetedPackageIds\":           ",
        ",\"derivedCredentialSettings\":    ",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerVpnConfiguration\"";
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
        v.field(18usize, "authentication_method", &self.authentication_method);
        v.field(19usize, "connection_name", &self.connection_name);
        v.field(20usize, "realm", &self.realm);
        v.field(21usize, "role", &self.role);
        v.field(22usize, "servers", &self.servers);
        v.field(23usize, "always_on", &self.always_on);
        v.field(24usize, "always_on_lockdown", &self.always_on_lockdown);
        v.field(25usize, "connection_type", &self.connection_type);
        v.field(26usize, "custom_data", &self.custom_data);
        v.field(27usize, "custom_key_value_data", &self.custom_key_value_data);
        v.field(28usize, "microsoft_tunnel_site_id", &self.microsoft_tunnel_site_id);
        v.field(29usize, "proxy_server", &self.proxy_server);
        v.field(30usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(31usize, "targeted_package_ids", &self.targeted_package_ids);
        v.field(
            32usize,
            "derived_credential_settings",
            &self.derived_credential_settings,
        );
        v.field(33usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerVpnConfiguration {
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
            18usize => self.authentication_method.read_from(r),
            19usize => self.connection_name.read_from(r),
            20usize => self.realm.read_from(r),
            21usize => self.role.read_from(r),
            22usize => self.servers.read_from(r),
            23usize => self.always_on.read_from(r),
            24usize => self.always_on_lockdown.read_from(r),
            25usize => self.connection_type.read_from(r),
            26usize => self.custom_data.read_from(r),
            27usize => self.custom_key_value_data.read_from(r),
            28usize => self.microsoft_tunnel_site_id.read_from(r),
            29usize => self.proxy_server.read_from(r),
            30usize => self.targeted_mobile_apps.read_from(r),
            31usize => self.targeted_package_ids.read_from(r),
            32usize => self.derived_credential_settings.read_from(r),
            33usize => self.identity_certificate.read_from(r),
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
        w.field(18usize, &self.authentication_method);
        w.field(19usize, &self.connection_name);
        w.field(20usize, &self.realm);
        w.field(21usize, &self.role);
        w.field(22usize, &self.servers);
        w.field(23usize, &self.always_on);
        w.field(24usize, &self.always_on_lockdown);
        w.field(25usize, &self.connection_type);
        w.field(26usize, &self.custom_data);
        w.field(27usize, &self.custom_key_value_data);
        w.field(28usize, &self.microsoft_tunnel_site_id);
        w.field(29usize, &self.proxy_server);
        w.field(30usize, &self.targeted_mobile_apps);
        w.field(31usize, &self.targeted_package_ids);
        w.field(32usize, &self.derived_credential_settings);
        w.field(33usize, &self.identity_certificate);
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
rt::impl_object!(AndroidDeviceOwnerVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerVpnConfiguration { with_id id : ::std::string::String;
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
    with_authentication_method authentication_method : crate
    ::beta::VpnAuthenticationMethod; with_connection_name connection_name :
    ::std::string::String; with_realm realm : ::std::string::String; with_role role :
    ::std::string::String; with_servers servers : ::std::vec::Vec < crate
    ::beta::VpnServer >; with_always_on always_on : bool; with_always_on_lockdown
    always_on_lockdown : bool; with_connection_type connection_type : crate
    ::beta::AndroidVpnConnectionType; with_custom_data custom_data : ::std::vec::Vec <
    crate ::beta::KeyValue >; with_custom_key_value_data custom_key_value_data :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_microsoft_tunnel_site_id
    microsoft_tunnel_site_id : ::std::string::String; with_proxy_server proxy_server :
    crate ::beta::AnyVpnProxyServer; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < crate ::beta::AnyAppListItem >; with_targeted_package_ids
    targeted_package_ids : ::std::vec::Vec < ::std::string::String >;
    with_derived_credential_settings derived_credential_settings : crate
    ::beta::DeviceManagementDerivedCredentialSettings; with_identity_certificate
    identity_certificate : crate ::beta::AnyAndroidDeviceOwnerCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user. This profile provides limited and simpler security types than Enterprise Wi-Fi profile.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerWiFiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyAndroidDeviceOwnerWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerWiFiConfiguration {
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
    /// Connect automatically when this network is in range. Setting this to true will skip the user prompt and automatically connect the device to Wi-Fi network.
    ///
    /// CSDL: property `connectAutomatically`: `Edm.Boolean`, nullable.
    pub connect_automatically: rt::Field<bool>,
    /// When set to true, this profile forces the device to connect to a network that doesn't broadcast its SSID to all devices.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Network Name
    ///
    /// CSDL: property `networkName`: `Edm.String`, not nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKeyIsSet`: `Edm.Boolean`, not nullable.
    pub pre_shared_key_is_set: rt::Field<bool>,
    /// This is the name of the Wi-Fi network that is broadcast to all devices.
    ///
    /// CSDL: property `ssid`: `Edm.String`, not nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Indicates whether Wi-Fi endpoint uses an EAP based security type.
    ///
    /// CSDL: property `wiFiSecurityType`: `microsoft.graph.androidDeviceOwnerWiFiSecurityType`, not nullable.
    pub wi_fi_security_type: rt::Field<crate::beta::AndroidDeviceOwnerWiFiSecurityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerWiFiConfiguration {
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
            connect_automatically: rt::Field::Absent,
            connect_when_network_name_is_hidden: rt::Field::Absent,
            network_name: rt::Field::Absent,
            pre_shared_key: rt::Field::Absent,
            pre_shared_key_is_set: rt::Field::Absent,
            ssid: rt::Field::Absent,
            wi_fi_security_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerWiFiConfiguration";
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
        "connectAutomatically",
        "connectWhenNetworkNameIsHidden",
        "networkName",
        "preSharedKey",
        "preSharedKeyIsSet",
        "ssid",
        "wiFiSecurityType",
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
        ",\"connectAutomatically\":         ",
        ",\"connectWhenNetworkNameIsHidden\":",
        ",\"networkName\":                  ",
        ",\"preSharedKey\":                 ",
        ",\"preSharedKeyIsSet\":            ",
        ",\"ssid\":                         ",
        ",\"wiFiSecurityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerWiFiConfiguration\"";
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
        v.field(18usize, "connect_automatically", &self.connect_automatically);
        v.field(
            19usize,
            "connect_when_network_name_is_hidden",
            &self.connect_when_network_name_is_hidden,
        );
        v.field(20usize, "network_name", &self.network_name);
        v.field(21usize, "pre_shared_key", &self.pre_shared_key);
        v.field(22usize, "pre_shared_key_is_set", &self.pre_shared_key_is_set);
        v.field(23usize, "ssid", &self.ssid);
        v.field(24usize, "wi_fi_security_type", &self.wi_fi_security_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerWiFiConfiguration {
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
            18usize => self.connect_automatically.read_from(r),
            19usize => self.connect_when_network_name_is_hidden.read_from(r),
            20usize => self.network_name.read_from(r),
            21usize => self.pre_shared_key.read_from(r),
            22usize => self.pre_shared_key_is_set.read_from(r),
            23usize => self.ssid.read_from(r),
            24usize => self.wi_fi_security_type.read_from(r),
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
        w.field(18usize, &self.connect_automatically);
        w.field(19usize, &self.connect_when_network_name_is_hidden);
        w.field(20usize, &self.network_name);
        w.field(21usize, &self.pre_shared_key);
        w.field(22usize, &self.pre_shared_key_is_set);
        w.field(23usize, &self.ssid);
        w.field(24usize, &self.wi_fi_security_type);
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
rt::impl_object!(AndroidDeviceOwnerWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerWiFiConfiguration { with_id id : ::std::string::String;
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
    with_connect_automatically connect_automatically : bool;
    with_connect_when_network_name_is_hidden connect_when_network_name_is_hidden : bool;
    with_network_name network_name : ::std::string::String; with_pre_shared_key
    pre_shared_key : ::std::string::String; with_pre_shared_key_is_set
    pre_shared_key_is_set : bool; with_ssid ssid : ::std::string::String;
    with_wi_fi_security_type wi_fi_security_type : crate
    ::beta::AndroidDeviceOwnerWiFiSecurityType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidDeviceOwnerWiFiConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidDeviceOwnerWiFiConfiguration {
    AndroidDeviceOwnerWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerWiFiConfiguration>,
    ),
    AndroidDeviceOwnerEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidDeviceOwnerWiFiConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AndroidDeviceOwnerWiFiConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerWiFiConfiguration>
for AnyAndroidDeviceOwnerWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerWiFiConfiguration) -> Self {
        Self::AndroidDeviceOwnerWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration>
for AnyAndroidDeviceOwnerWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidDeviceOwnerWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidDeviceOwnerWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidDeviceOwnerWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidDeviceOwnerWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidDeviceOwnerWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerWiFiConfiguration>();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidDeviceOwnerWiFiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerWiFiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration",
            ) => {
                Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AndroidDeviceOwnerWiFiConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &**v,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut **v,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidDeviceOwnerWiFiConfiguration {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.id,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.id,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.created_date_time
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.description,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.description,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.display_name,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.last_modified_date_time
            }
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.role_scope_tag_ids
            }
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.supports_scope_tags
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.supports_scope_tags
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.version,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.version,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.assignments,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.device_statuses
            }
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.device_status_overview,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.device_status_overview
            }
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.group_assignments
            }
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
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.group_assignments
            }
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.user_statuses
            }
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.user_status_overview
            }
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.user_status_overview
            }
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.connect_automatically,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.connect_automatically
            }
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.connect_automatically,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_automatically
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.network_name,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.network_name,
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.network_name,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.network_name,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.pre_shared_key,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.pre_shared_key,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.pre_shared_key,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.pre_shared_key
            }
        }
    }
    /// `preSharedKeyIsSet` of any variant.
    #[inline]
    pub fn pre_shared_key_is_set(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.pre_shared_key_is_set,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.pre_shared_key_is_set
            }
        }
    }
    /// `preSharedKeyIsSet` of any variant.
    #[inline]
    pub fn pre_shared_key_is_set_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.pre_shared_key_is_set,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.pre_shared_key_is_set
            }
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.ssid,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.ssid,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.ssid,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.ssid,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type(
        &self,
    ) -> &rt::Field<crate::beta::AndroidDeviceOwnerWiFiSecurityType> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.wi_fi_security_type,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &v.wi_fi_security_type
            }
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidDeviceOwnerWiFiSecurityType> {
        match self {
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.wi_fi_security_type,
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                &mut v.wi_fi_security_type
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidDeviceOwnerWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidDeviceOwnerWiFiConfiguration);
