//! Types of `microsoft.graph` by the first letters of their names (`windows8_windowsk`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Device Configuration.
///
/// CSDL: `microsoft.graph.windows81CertificateProfileBase`, entity type, derived from `microsoft.graph.windowsCertificateProfileBase`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyWindows81CertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows81CertificateProfileBase {
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
    /// Scale for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// Key Storage Provider (KSP)
    ///
    /// CSDL: property `keyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub key_storage_provider: rt::Field<crate::beta::KeyStorageProviderOption>,
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name Type
    ///
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Custom Subject Alternative Name Settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `customSubjectAlternativeNames`: `Collection(microsoft.graph.customSubjectAlternativeName)`, nullable.
    pub custom_subject_alternative_names: rt::Field<
        ::std::vec::Vec<crate::beta::CustomSubjectAlternativeName>,
    >,
    /// Extended Key Usage (EKU) settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, not nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows81CertificateProfileBase {
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
            key_storage_provider: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            custom_subject_alternative_names: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows81CertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81CertificateProfileBase";
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
        "keyStorageProvider",
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
        "customSubjectAlternativeNames",
        "extendedKeyUsages",
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
        ",\"keyStorageProvider\":           ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"customSubjectAlternativeNames\":",
        ",\"extendedKeyUsages\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81CertificateProfileBase\"";
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
        v.field(20usize, "key_storage_provider", &self.key_storage_provider);
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
        v.field(
            24usize,
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
        v.field(25usize, "extended_key_usages", &self.extended_key_usages);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows81CertificateProfileBase {
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
            20usize => self.key_storage_provider.read_from(r),
            21usize => self.renewal_threshold_percentage.read_from(r),
            22usize => self.subject_alternative_name_type.read_from(r),
            23usize => self.subject_name_format.read_from(r),
            24usize => self.custom_subject_alternative_names.read_from(r),
            25usize => self.extended_key_usages.read_from(r),
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
        w.field(20usize, &self.key_storage_provider);
        w.field(21usize, &self.renewal_threshold_percentage);
        w.field(22usize, &self.subject_alternative_name_type);
        w.field(23usize, &self.subject_name_format);
        w.field(24usize, &self.custom_subject_alternative_names);
        w.field(25usize, &self.extended_key_usages);
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
rt::impl_object!(Windows81CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows81CertificateProfileBase { with_id id : ::std::string::String;
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
    certificate_validity_period_value : i32; with_key_storage_provider
    key_storage_provider : crate ::beta::KeyStorageProviderOption;
    with_renewal_threshold_percentage renewal_threshold_percentage : i32;
    with_subject_alternative_name_type subject_alternative_name_type : rt::Flags < crate
    ::beta::SubjectAlternativeNameType >; with_subject_name_format subject_name_format :
    crate ::beta::SubjectNameFormat; with_custom_subject_alternative_names
    custom_subject_alternative_names : ::std::vec::Vec < crate
    ::beta::CustomSubjectAlternativeName >; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windows81CertificateProfileBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindows81CertificateProfileBase {
    Windows81CertificateProfileBase(
        ::std::boxed::Box<crate::beta::Windows81CertificateProfileBase>,
    ),
    Windows81ScepCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows81ScepCertificateProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindows81CertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::Windows81CertificateProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81CertificateProfileBase>
for AnyWindows81CertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows81CertificateProfileBase) -> Self {
        Self::Windows81CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81ScepCertificateProfile>
for AnyWindows81CertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows81ScepCertificateProfile) -> Self {
        Self::Windows81ScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindows81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindows81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindows81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindows81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindows81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Windows81CertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::Windows81ScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindows81CertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.windows81CertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windows81SCEPCertificateProfile",
            ) => Self::Windows81ScepCertificateProfile(rt::object::new_boxed()),
            _ => Self::Windows81CertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Windows81CertificateProfileBase(v) => &**v,
            Self::Windows81ScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut **v,
            Self::Windows81ScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindows81CertificateProfileBase {
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
            Self::Windows81CertificateProfileBase(v) => &v.id,
            Self::Windows81ScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.id,
            Self::Windows81ScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.created_date_time,
            Self::Windows81ScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.created_date_time,
            Self::Windows81ScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.description,
            Self::Windows81ScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.description,
            Self::Windows81ScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81ScepCertificateProfile(v) => {
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
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81ScepCertificateProfile(v) => {
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
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81ScepCertificateProfile(v) => {
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
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81ScepCertificateProfile(v) => {
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
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81ScepCertificateProfile(v) => {
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
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.display_name,
            Self::Windows81ScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.display_name,
            Self::Windows81ScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.last_modified_date_time,
            Self::Windows81ScepCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::Windows81ScepCertificateProfile(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::Windows81ScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::Windows81ScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.supports_scope_tags,
            Self::Windows81ScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::Windows81ScepCertificateProfile(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.version,
            Self::Windows81ScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.version,
            Self::Windows81ScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.assignments,
            Self::Windows81ScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.assignments,
            Self::Windows81ScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::Windows81ScepCertificateProfile(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81ScepCertificateProfile(v) => {
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
            Self::Windows81CertificateProfileBase(v) => &v.device_statuses,
            Self::Windows81ScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.device_statuses,
            Self::Windows81ScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.device_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.device_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.group_assignments,
            Self::Windows81ScepCertificateProfile(v) => &v.group_assignments,
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
            Self::Windows81CertificateProfileBase(v) => &mut v.group_assignments,
            Self::Windows81ScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.user_statuses,
            Self::Windows81ScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.user_statuses,
            Self::Windows81ScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.user_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.user_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &mut v.user_status_overview,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale(
        &self,
    ) -> &rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::Windows81ScepCertificateProfile(v) => {
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
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
        }
    }
    /// `keyStorageProvider` of any variant.
    #[inline]
    pub fn key_storage_provider(
        &self,
    ) -> &rt::Field<crate::beta::KeyStorageProviderOption> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.key_storage_provider,
            Self::Windows81ScepCertificateProfile(v) => &v.key_storage_provider,
        }
    }
    /// `keyStorageProvider` of any variant.
    #[inline]
    pub fn key_storage_provider_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::KeyStorageProviderOption> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.key_storage_provider,
            Self::Windows81ScepCertificateProfile(v) => &mut v.key_storage_provider,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.renewal_threshold_percentage,
            Self::Windows81ScepCertificateProfile(v) => &v.renewal_threshold_percentage,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::Windows81ScepCertificateProfile(v) => {
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
            Self::Windows81CertificateProfileBase(v) => &v.subject_alternative_name_type,
            Self::Windows81ScepCertificateProfile(v) => &v.subject_alternative_name_type,
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(&self) -> &rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.subject_name_format,
            Self::Windows81ScepCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.subject_name_format,
            Self::Windows81ScepCertificateProfile(v) => &mut v.subject_name_format,
        }
    }
    /// `customSubjectAlternativeNames` of any variant.
    #[inline]
    pub fn custom_subject_alternative_names(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::CustomSubjectAlternativeName>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &v.custom_subject_alternative_names
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.custom_subject_alternative_names
            }
        }
    }
    /// `customSubjectAlternativeNames` of any variant.
    #[inline]
    pub fn custom_subject_alternative_names_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::CustomSubjectAlternativeName>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.custom_subject_alternative_names
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.custom_subject_alternative_names
            }
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &v.extended_key_usages,
            Self::Windows81ScepCertificateProfile(v) => &v.extended_key_usages,
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::Windows81CertificateProfileBase(v) => &mut v.extended_key_usages,
            Self::Windows81ScepCertificateProfile(v) => &mut v.extended_key_usages,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindows81CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindows81CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windows81GeneralConfiguration resource.
///
/// CSDL: `microsoft.graph.windows81GeneralConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows81GeneralConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows81GeneralConfiguration {
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
    /// Indicates whether or not to Block the user from adding email accounts to the device that are not associated with a Microsoft account.
    ///
    /// CSDL: property `accountsBlockAddingNonMicrosoftAccountEmail`: `Edm.Boolean`, not nullable.
    pub accounts_block_adding_non_microsoft_account_email: rt::Field<bool>,
    /// Value indicating whether this policy only applies to Windows 8.1. This property is read-only.
    ///
    /// CSDL: property `applyOnlyToWindows81`: `Edm.Boolean`, not nullable.
    pub apply_only_to_windows81: rt::Field<bool>,
    /// Indicates whether or not to block auto fill.
    ///
    /// CSDL: property `browserBlockAutofill`: `Edm.Boolean`, not nullable.
    pub browser_block_autofill: rt::Field<bool>,
    /// Indicates whether or not to block automatic detection of Intranet sites.
    ///
    /// CSDL: property `browserBlockAutomaticDetectionOfIntranetSites`: `Edm.Boolean`, not nullable.
    pub browser_block_automatic_detection_of_intranet_sites: rt::Field<bool>,
    /// Indicates whether or not to block enterprise mode access.
    ///
    /// CSDL: property `browserBlockEnterpriseModeAccess`: `Edm.Boolean`, not nullable.
    pub browser_block_enterprise_mode_access: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using JavaScript.
    ///
    /// CSDL: property `browserBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub browser_block_java_script: rt::Field<bool>,
    /// Indicates whether or not to block plug-ins.
    ///
    /// CSDL: property `browserBlockPlugins`: `Edm.Boolean`, not nullable.
    pub browser_block_plugins: rt::Field<bool>,
    /// Indicates whether or not to block popups.
    ///
    /// CSDL: property `browserBlockPopups`: `Edm.Boolean`, not nullable.
    pub browser_block_popups: rt::Field<bool>,
    /// Indicates whether or not to Block the user from sending the do not track header.
    ///
    /// CSDL: property `browserBlockSendingDoNotTrackHeader`: `Edm.Boolean`, not nullable.
    pub browser_block_sending_do_not_track_header: rt::Field<bool>,
    /// Indicates whether or not to block a single word entry on Intranet sites.
    ///
    /// CSDL: property `browserBlockSingleWordEntryOnIntranetSites`: `Edm.Boolean`, not nullable.
    pub browser_block_single_word_entry_on_intranet_sites: rt::Field<bool>,
    /// The enterprise mode site list location. Could be a local file, local network or http location.
    ///
    /// CSDL: property `browserEnterpriseModeSiteListLocation`: `Edm.String`, nullable.
    pub browser_enterprise_mode_site_list_location: rt::Field<::std::string::String>,
    /// The internet security level.
    ///
    /// CSDL: property `browserInternetSecurityLevel`: `microsoft.graph.internetSiteSecurityLevel`, not nullable.
    pub browser_internet_security_level: rt::Field<
        crate::beta::InternetSiteSecurityLevel,
    >,
    /// The Intranet security level.
    ///
    /// CSDL: property `browserIntranetSecurityLevel`: `microsoft.graph.siteSecurityLevel`, not nullable.
    pub browser_intranet_security_level: rt::Field<crate::beta::SiteSecurityLevel>,
    /// The logging report location.
    ///
    /// CSDL: property `browserLoggingReportLocation`: `Edm.String`, nullable.
    pub browser_logging_report_location: rt::Field<::std::string::String>,
    /// Indicates whether or not to require a firewall.
    ///
    /// CSDL: property `browserRequireFirewall`: `Edm.Boolean`, not nullable.
    pub browser_require_firewall: rt::Field<bool>,
    /// Indicates whether or not to require fraud warning.
    ///
    /// CSDL: property `browserRequireFraudWarning`: `Edm.Boolean`, not nullable.
    pub browser_require_fraud_warning: rt::Field<bool>,
    /// Indicates whether or not to require high security for restricted sites.
    ///
    /// CSDL: property `browserRequireHighSecurityForRestrictedSites`: `Edm.Boolean`, not nullable.
    pub browser_require_high_security_for_restricted_sites: rt::Field<bool>,
    /// Indicates whether or not to require the user to use the smart screen filter.
    ///
    /// CSDL: property `browserRequireSmartScreen`: `Edm.Boolean`, not nullable.
    pub browser_require_smart_screen: rt::Field<bool>,
    /// The trusted sites security level.
    ///
    /// CSDL: property `browserTrustedSitesSecurityLevel`: `microsoft.graph.siteSecurityLevel`, not nullable.
    pub browser_trusted_sites_security_level: rt::Field<crate::beta::SiteSecurityLevel>,
    /// Indicates whether or not to block data roaming.
    ///
    /// CSDL: property `cellularBlockDataRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_roaming: rt::Field<bool>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticsBlockDataSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostics_block_data_submission: rt::Field<bool>,
    /// The minimum update classification to install automatically.
    ///
    /// CSDL: property `minimumAutoInstallClassification`: `microsoft.graph.updateClassification`, not nullable.
    pub minimum_auto_install_classification: rt::Field<
        crate::beta::UpdateClassification,
    >,
    /// Indicates whether or not to Block the user from using a pictures password and pin.
    ///
    /// CSDL: property `passwordBlockPicturePasswordAndPin`: `Edm.Boolean`, not nullable.
    pub password_block_picture_password_and_pin: rt::Field<bool>,
    /// Password expiration in days.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// The minimum password length.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// The minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// The number of previous passwords to prevent re-use of. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// The number of sign in failures before factory reset.
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates whether or not to require encryption on a mobile device.
    ///
    /// CSDL: property `storageRequireDeviceEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_device_encryption: rt::Field<bool>,
    /// The minimum update classification to install automatically.
    ///
    /// CSDL: property `updatesMinimumAutoInstallClassification`: `microsoft.graph.updateClassification`, not nullable.
    pub updates_minimum_auto_install_classification: rt::Field<
        crate::beta::UpdateClassification,
    >,
    /// Indicates whether or not to require automatic updates.
    ///
    /// CSDL: property `updatesRequireAutomaticUpdates`: `Edm.Boolean`, not nullable.
    pub updates_require_automatic_updates: rt::Field<bool>,
    /// The user account control settings.
    ///
    /// CSDL: property `userAccountControlSettings`: `microsoft.graph.windowsUserAccountControlSettings`, not nullable.
    pub user_account_control_settings: rt::Field<
        crate::beta::WindowsUserAccountControlSettings,
    >,
    /// The work folders url.
    ///
    /// CSDL: property `workFoldersUrl`: `Edm.String`, nullable.
    pub work_folders_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows81GeneralConfiguration {
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
            accounts_block_adding_non_microsoft_account_email: rt::Field::Absent,
            apply_only_to_windows81: rt::Field::Absent,
            browser_block_autofill: rt::Field::Absent,
            browser_block_automatic_detection_of_intranet_sites: rt::Field::Absent,
            browser_block_enterprise_mode_access: rt::Field::Absent,
            browser_block_java_script: rt::Field::Absent,
            browser_block_plugins: rt::Field::Absent,
            browser_block_popups: rt::Field::Absent,
            browser_block_sending_do_not_track_header: rt::Field::Absent,
            browser_block_single_word_entry_on_intranet_sites: rt::Field::Absent,
            browser_enterprise_mode_site_list_location: rt::Field::Absent,
            browser_internet_security_level: rt::Field::Absent,
            browser_intranet_security_level: rt::Field::Absent,
            browser_logging_report_location: rt::Field::Absent,
            browser_require_firewall: rt::Field::Absent,
            browser_require_fraud_warning: rt::Field::Absent,
            browser_require_high_security_for_restricted_sites: rt::Field::Absent,
            browser_require_smart_screen: rt::Field::Absent,
            browser_trusted_sites_security_level: rt::Field::Absent,
            cellular_block_data_roaming: rt::Field::Absent,
            diagnostics_block_data_submission: rt::Field::Absent,
            minimum_auto_install_classification: rt::Field::Absent,
            password_block_picture_password_and_pin: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            storage_require_device_encryption: rt::Field::Absent,
            updates_minimum_auto_install_classification: rt::Field::Absent,
            updates_require_automatic_updates: rt::Field::Absent,
            user_account_control_settings: rt::Field::Absent,
            work_folders_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows81GeneralConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81GeneralConfiguration";
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
        "accountsBlockAddingNonMicrosoftAccountEmail",
        "applyOnlyToWindows81",
        "browserBlockAutofill",
        "browserBlockAutomaticDetectionOfIntranetSites",
        "browserBlockEnterpriseModeAccess",
        "browserBlockJavaScript",
        "browserBlockPlugins",
        "browserBlockPopups",
        "browserBlockSendingDoNotTrackHeader",
        "browserBlockSingleWordEntryOnIntranetSites",
        "browserEnterpriseModeSiteListLocation",
        "browserInternetSecurityLevel",
        "browserIntranetSecurityLevel",
        "browserLoggingReportLocation",
        "browserRequireFirewall",
        "browserRequireFraudWarning",
        "browserRequireHighSecurityForRestrictedSites",
        "browserRequireSmartScreen",
        "browserTrustedSitesSecurityLevel",
        "cellularBlockDataRoaming",
        "diagnosticsBlockDataSubmission",
        "minimumAutoInstallClassification",
        "passwordBlockPicturePasswordAndPin",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "storageRequireDeviceEncryption",
        "updatesMinimumAutoInstallClassification",
        "updatesRequireAutomaticUpdates",
        "userAccountControlSettings",
        "workFoldersUrl",
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
        ",\"accountsBlockAddingNonMicrosoftAccountEmail\":",
        ",\"applyOnlyToWindows81\":         ",
        ",\"browserBlockAutofill\":         ",
        ",\"browserBlockAutomaticDetectionOfIntranetSites\":",
        ",\"browserBlockEnterpriseModeAccess\":",
        ",\"browserBlockJavaScript\":       ",
        ",\"browserBlockPlugins\":          ",
        ",\"browserBlockPopups\":           ",
        ",\"browserBlockSendingDoNotTrackHeader\":",
        ",\"browserBlockSingleWordEntryOnIntranetSites\":",
        ",\"browserEnterpriseModeSiteListLocation\":",
        ",\"browserInternetSecurityLevel\": ",
        ",\"browserIntranetSecurityLevel\": ",
        ",\"browserLoggingReportLocation\": ",
        ",\"browserRequireFirewall\":       ",
        ",\"browserRequireFraudWarning\":   ",
        ",\"browserRequireHighSecurityForRestrictedSites\":",
        ",\"browserRequireSmartScreen\":    ",
        ",\"browserTrustedSitesSecurityLevel\":",
        ",\"cellularBlockDataRoaming\":     ",
        ",\"diagnosticsBlockDataSubmission\":",
        ",\"minimumAutoInstallClassification\":",
        ",\"passwordBlockPicturePasswordAndPin\":",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"storageRequireDeviceEncryption\":",
        ",\"updatesMinimumAutoInstallClassification\":",
        ",\"updatesRequireAutomaticUpdates\":",
        ",\"userAccountControlSettings\":   ",
        ",\"workFoldersUrl\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81GeneralConfiguration\"";
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
            "accounts_block_adding_non_microsoft_account_email",
            &self.accounts_block_adding_non_microsoft_account_email,
        );
        v.field(19usize, "apply_only_to_windows81", &self.apply_only_to_windows81);
        v.field(20usize, "browser_block_autofill", &self.browser_block_autofill);
        v.field(
            21usize,
            "browser_block_automatic_detection_of_intranet_sites",
            &self.browser_block_automatic_detection_of_intranet_sites,
        );
        v.field(
            22usize,
            "browser_block_enterprise_mode_access",
            &self.browser_block_enterprise_mode_access,
        );
        v.field(23usize, "browser_block_java_script", &self.browser_block_java_script);
        v.field(24usize, "browser_block_plugins", &self.browser_block_plugins);
        v.field(25usize, "browser_block_popups", &self.browser_block_popups);
        v.field(
            26usize,
            "browser_block_sending_do_not_track_header",
            &self.browser_block_sending_do_not_track_header,
        );
        v.field(
            27usize,
            "browser_block_single_word_entry_on_intranet_sites",
            &self.browser_block_single_word_entry_on_intranet_sites,
        );
        v.field(
            28usize,
            "browser_enterprise_mode_site_list_location",
            &self.browser_enterprise_mode_site_list_location,
        );
        v.field(
            29usize,
            "browser_internet_security_level",
            &self.browser_internet_security_level,
        );
        v.field(
            30usize,
            "browser_intranet_security_level",
            &self.browser_intranet_security_level,
        );
        v.field(
            31usize,
            "browser_logging_report_location",
            &self.browser_logging_report_location,
        );
        v.field(32usize, "browser_require_firewall", &self.browser_require_firewall);
        v.field(
            33usize,
            "browser_require_fraud_warning",
            &self.browser_require_fraud_warning,
        );
        v.field(
            34usize,
            "browser_require_high_security_for_restricted_sites",
            &self.browser_require_high_security_for_restricted_sites,
        );
        v.field(
            35usize,
            "browser_require_smart_screen",
            &self.browser_require_smart_screen,
        );
        v.field(
            36usize,
            "browser_trusted_sites_security_level",
            &self.browser_trusted_sites_security_level,
        );
        v.field(
            37usize,
            "cellular_block_data_roaming",
            &self.cellular_block_data_roaming,
        );
        v.field(
            38usize,
            "diagnostics_block_data_submission",
            &self.diagnostics_block_data_submission,
        );
        v.field(
            39usize,
            "minimum_auto_install_classification",
            &self.minimum_auto_install_classification,
        );
        v.field(
            40usize,
            "password_block_picture_password_and_pin",
            &self.password_block_picture_password_and_pin,
        );
        v.field(41usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            42usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(43usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            44usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            45usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(46usize, "password_required_type", &self.password_required_type);
        v.field(
            47usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            48usize,
            "storage_require_device_encryption",
            &self.storage_require_device_encryption,
        );
        v.field(
            49usize,
            "updates_minimum_auto_install_classification",
            &self.updates_minimum_auto_install_classification,
        );
        v.field(
            50usize,
            "updates_require_automatic_updates",
            &self.updates_require_automatic_updates,
        );
        v.field(
            51usize,
            "user_account_control_settings",
            &self.user_account_control_settings,
        );
        v.field(52usize, "work_folders_url", &self.work_folders_url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows81GeneralConfiguration {
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
            18usize => {
                self.accounts_block_adding_non_microsoft_account_email.read_from(r)
            }
            19usize => self.apply_only_to_windows81.read_from(r),
            20usize => self.browser_block_autofill.read_from(r),
            21usize => {
                self.browser_block_automatic_detection_of_intranet_sites.read_from(r)
            }
            22usize => self.browser_block_enterprise_mode_access.read_from(r),
            23usize => self.browser_block_java_script.read_from(r),
            24usize => self.browser_block_plugins.read_from(r),
            25usize => self.browser_block_popups.read_from(r),
            26usize => self.browser_block_sending_do_not_track_header.read_from(r),
            27usize => {
                self.browser_block_single_word_entry_on_intranet_sites.read_from(r)
            }
            28usize => self.browser_enterprise_mode_site_list_location.read_from(r),
            29usize => self.browser_internet_security_level.read_from(r),
            30usize => self.browser_intranet_security_level.read_from(r),
            31usize => self.browser_logging_report_location.read_from(r),
            32usize => self.browser_require_firewall.read_from(r),
            33usize => self.browser_require_fraud_warning.read_from(r),
            34usize => {
                self.browser_require_high_security_for_restricted_sites.read_from(r)
            }
            35usize => self.browser_require_smart_screen.read_from(r),
            36usize => self.browser_trusted_sites_security_level.read_from(r),
            37usize => self.cellular_block_data_roaming.read_from(r),
            38usize => self.diagnostics_block_data_submission.read_from(r),
            39usize => self.minimum_auto_install_classification.read_from(r),
            40usize => self.password_block_picture_password_and_pin.read_from(r),
            41usize => self.password_expiration_days.read_from(r),
            42usize => self.password_minimum_character_set_count.read_from(r),
            43usize => self.password_minimum_length.read_from(r),
            44usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            45usize => self.password_previous_password_block_count.read_from(r),
            46usize => self.password_required_type.read_from(r),
            47usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            48usize => self.storage_require_device_encryption.read_from(r),
            49usize => self.updates_minimum_auto_install_classification.read_from(r),
            50usize => self.updates_require_automatic_updates.read_from(r),
            51usize => self.user_account_control_settings.read_from(r),
            52usize => self.work_folders_url.read_from(r),
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
        w.field(18usize, &self.accounts_block_adding_non_microsoft_account_email);
        w.field(19usize, &self.apply_only_to_windows81);
        w.field(20usize, &self.browser_block_autofill);
        w.field(21usize, &self.browser_block_automatic_detection_of_intranet_sites);
        w.field(22usize, &self.browser_block_enterprise_mode_access);
        w.field(23usize, &self.browser_block_java_script);
        w.field(24usize, &self.browser_block_plugins);
        w.field(25usize, &self.browser_block_popups);
        w.field(26usize, &self.browser_block_sending_do_not_track_header);
        w.field(27usize, &self.browser_block_single_word_entry_on_intranet_sites);
        w.field(28usize, &self.browser_enterprise_mode_site_list_location);
        w.field(29usize, &self.browser_internet_security_level);
        w.field(30usize, &self.browser_intranet_security_level);
        w.field(31usize, &self.browser_logging_report_location);
        w.field(32usize, &self.browser_require_firewall);
        w.field(33usize, &self.browser_require_fraud_warning);
        w.field(34usize, &self.browser_require_high_security_for_restricted_sites);
        w.field(35usize, &self.browser_require_smart_screen);
        w.field(36usize, &self.browser_trusted_sites_security_level);
        w.field(37usize, &self.cellular_block_data_roaming);
        w.field(38usize, &self.diagnostics_block_data_submission);
        w.field(39usize, &self.minimum_auto_install_classification);
        w.field(40usize, &self.password_block_picture_password_and_pin);
        w.field(41usize, &self.password_expiration_days);
        w.field(42usize, &self.password_minimum_character_set_count);
        w.field(43usize, &self.password_minimum_length);
        w.field(44usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(45usize, &self.password_previous_password_block_count);
        w.field(46usize, &self.password_required_type);
        w.field(47usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(48usize, &self.storage_require_device_encryption);
        w.field(49usize, &self.updates_minimum_auto_install_classification);
        w.field(50usize, &self.updates_require_automatic_updates);
        w.field(51usize, &self.user_account_control_settings);
        w.field(52usize, &self.work_folders_url);
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
rt::impl_object!(Windows81GeneralConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows81GeneralConfiguration { with_id id : ::std::string::String;
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
    with_accounts_block_adding_non_microsoft_account_email
    accounts_block_adding_non_microsoft_account_email : bool;
    with_apply_only_to_windows81 apply_only_to_windows81 : bool;
    with_browser_block_autofill browser_block_autofill : bool;
    with_browser_block_automatic_detection_of_intranet_sites
    browser_block_automatic_detection_of_intranet_sites : bool;
    with_browser_block_enterprise_mode_access browser_block_enterprise_mode_access :
    bool; with_browser_block_java_script browser_block_java_script : bool;
    with_browser_block_plugins browser_block_plugins : bool; with_browser_block_popups
    browser_block_popups : bool; with_browser_block_sending_do_not_track_header
    browser_block_sending_do_not_track_header : bool;
    with_browser_block_single_word_entry_on_intranet_sites
    browser_block_single_word_entry_on_intranet_sites : bool;
    with_browser_enterprise_mode_site_list_location
    browser_enterprise_mode_site_list_location : ::std::string::String;
    with_browser_internet_security_level browser_internet_security_level : crate
    ::beta::InternetSiteSecurityLevel; with_browser_intranet_security_level
    browser_intranet_security_level : crate ::beta::SiteSecurityLevel;
    with_browser_logging_report_location browser_logging_report_location :
    ::std::string::String; with_browser_require_firewall browser_require_firewall : bool;
    with_browser_require_fraud_warning browser_require_fraud_warning : bool;
    with_browser_require_high_security_for_restricted_sites
    browser_require_high_security_for_restricted_sites : bool;
    with_browser_require_smart_screen browser_require_smart_screen : bool;
    with_browser_trusted_sites_security_level browser_trusted_sites_security_level :
    crate ::beta::SiteSecurityLevel; with_cellular_block_data_roaming
    cellular_block_data_roaming : bool; with_diagnostics_block_data_submission
    diagnostics_block_data_submission : bool; with_minimum_auto_install_classification
    minimum_auto_install_classification : crate ::beta::UpdateClassification;
    with_password_block_picture_password_and_pin password_block_picture_password_and_pin
    : bool; with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required_type password_required_type : crate
    ::beta::RequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_storage_require_device_encryption storage_require_device_encryption : bool;
    with_updates_minimum_auto_install_classification
    updates_minimum_auto_install_classification : crate ::beta::UpdateClassification;
    with_updates_require_automatic_updates updates_require_automatic_updates : bool;
    with_user_account_control_settings user_account_control_settings : crate
    ::beta::WindowsUserAccountControlSettings; with_work_folders_url work_folders_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81GeneralConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 8.1+ SCEP certificate profile
///
/// CSDL: `microsoft.graph.windows81SCEPCertificateProfile`, entity type, derived from `microsoft.graph.windows81CertificateProfileBase`, key `id`.
///
/// Request builders: [`Windows81ScepCertificateProfilePath`](requests/trait.Windows81ScepCertificateProfilePath.html), what a path to one (`EntityPath<Windows81ScepCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows81ScepCertificateProfile {
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
    /// Scale for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// Key Storage Provider (KSP)
    ///
    /// CSDL: property `keyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub key_storage_provider: rt::Field<crate::beta::KeyStorageProviderOption>,
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name Type
    ///
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Custom Subject Alternative Name Settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `customSubjectAlternativeNames`: `Collection(microsoft.graph.customSubjectAlternativeName)`, nullable.
    pub custom_subject_alternative_names: rt::Field<
        ::std::vec::Vec<crate::beta::CustomSubjectAlternativeName>,
    >,
    /// Extended Key Usage (EKU) settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, not nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
    /// Target store certificate
    ///
    /// CSDL: property `certificateStore`: `microsoft.graph.certificateStore`, nullable.
    pub certificate_store: rt::Field<crate::beta::CertificateStore>,
    /// SCEP Hash Algorithm.
    ///
    /// CSDL: property `hashAlgorithm`: `microsoft.graph.hashAlgorithms`, not nullable.
    pub hash_algorithm: rt::Field<rt::Flags<crate::beta::HashAlgorithms>>,
    /// SCEP Key Size.
    ///
    /// CSDL: property `keySize`: `microsoft.graph.keySize`, not nullable.
    pub key_size: rt::Field<crate::beta::KeySize>,
    /// SCEP Key Usage.
    ///
    /// CSDL: property `keyUsage`: `microsoft.graph.keyUsages`, not nullable.
    pub key_usage: rt::Field<rt::Flags<crate::beta::KeyUsages>>,
    /// SCEP Server Url(s).
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
    /// Trusted Root Certificate
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.windows81TrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::Windows81TrustedRootCertificate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows81ScepCertificateProfile {
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
            key_storage_provider: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            custom_subject_alternative_names: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
            certificate_store: rt::Field::Absent,
            hash_algorithm: rt::Field::Absent,
            key_size: rt::Field::Absent,
            key_usage: rt::Field::Absent,
            scep_server_urls: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows81ScepCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81SCEPCertificateProfile";
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
        "keyStorageProvider",
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
        "customSubjectAlternativeNames",
        "extendedKeyUsages",
        "certificateStore",
        "hashAlgorithm",
        "keySize",
        "keyUsage",
        "scepServerUrls",
        "subjectAlternativeNameFormatString",
        "subjectNameFormatString",
        "managedDeviceCertificateStates",
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
        ",\"keyStorageProvider\":           ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"customSubjectAlternativeNames\":",
        ",\"extendedKeyUsages\":            ",
        ",\"certificateStore\":             ",
        ",\"hashAlgorithm\":                ",
        ",\"keySize\":                      ",
        ",\"keyUsage\":                     ",
        ",\"scepServerUrls\":               ",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
        ",\"rootCertificate\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81SCEPCertificateProfile\"";
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
        v.field(20usize, "key_storage_provider", &self.key_storage_provider);
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
        v.field(
            24usize,
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
        v.field(25usize, "extended_key_usages", &self.extended_key_usages);
        v.field(26usize, "certificate_store", &self.certificate_store);
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
        v.field(34usize, "root_certificate", &self.root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows81ScepCertificateProfile {
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
            20usize => self.key_storage_provider.read_from(r),
            21usize => self.renewal_threshold_percentage.read_from(r),
            22usize => self.subject_alternative_name_type.read_from(r),
            23usize => self.subject_name_format.read_from(r),
            24usize => self.custom_subject_alternative_names.read_from(r),
            25usize => self.extended_key_usages.read_from(r),
            26usize => self.certificate_store.read_from(r),
            27usize => self.hash_algorithm.read_from(r),
            28usize => self.key_size.read_from(r),
            29usize => self.key_usage.read_from(r),
            30usize => self.scep_server_urls.read_from(r),
            31usize => self.subject_alternative_name_format_string.read_from(r),
            32usize => self.subject_name_format_string.read_from(r),
            33usize => self.managed_device_certificate_states.read_from(r),
            34usize => self.root_certificate.read_from(r),
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
        w.field(20usize, &self.key_storage_provider);
        w.field(21usize, &self.renewal_threshold_percentage);
        w.field(22usize, &self.subject_alternative_name_type);
        w.field(23usize, &self.subject_name_format);
        w.field(24usize, &self.custom_subject_alternative_names);
        w.field(25usize, &self.extended_key_usages);
        w.field(26usize, &self.certificate_store);
        w.field(27usize, &self.hash_algorithm);
        w.field(28usize, &self.key_size);
        w.field(29usize, &self.key_usage);
        w.field(30usize, &self.scep_server_urls);
        w.field(31usize, &self.subject_alternative_name_format_string);
        w.field(32usize, &self.subject_name_format_string);
        w.field(33usize, &self.managed_device_certificate_states);
        w.field(34usize, &self.root_certificate);
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
rt::impl_object!(Windows81ScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows81ScepCertificateProfile { with_id id : ::std::string::String;
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
    certificate_validity_period_value : i32; with_key_storage_provider
    key_storage_provider : crate ::beta::KeyStorageProviderOption;
    with_renewal_threshold_percentage renewal_threshold_percentage : i32;
    with_subject_alternative_name_type subject_alternative_name_type : rt::Flags < crate
    ::beta::SubjectAlternativeNameType >; with_subject_name_format subject_name_format :
    crate ::beta::SubjectNameFormat; with_custom_subject_alternative_names
    custom_subject_alternative_names : ::std::vec::Vec < crate
    ::beta::CustomSubjectAlternativeName >; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >; with_certificate_store
    certificate_store : crate ::beta::CertificateStore; with_hash_algorithm
    hash_algorithm : rt::Flags < crate ::beta::HashAlgorithms >; with_key_size key_size :
    crate ::beta::KeySize; with_key_usage key_usage : rt::Flags < crate ::beta::KeyUsages
    >; with_scep_server_urls scep_server_urls : ::std::vec::Vec < ::std::string::String
    >; with_subject_alternative_name_format_string subject_alternative_name_format_string
    : ::std::string::String; with_subject_name_format_string subject_name_format_string :
    ::std::string::String; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; with_root_certificate root_certificate :
    crate ::beta::Windows81TrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81ScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 8.1 Trusted Certificate configuration profile
///
/// CSDL: `microsoft.graph.windows81TrustedRootCertificate`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows81TrustedRootCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows81TrustedRootCertificate {
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
    /// Destination store location for the Trusted Root Certificate.
    ///
    /// CSDL: property `destinationStore`: `microsoft.graph.certificateDestinationStore`, not nullable.
    pub destination_store: rt::Field<crate::beta::CertificateDestinationStore>,
    /// Trusted Root Certificate
    ///
    /// CSDL: property `trustedRootCertificate`: `Edm.Binary`, not nullable.
    pub trusted_root_certificate: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows81TrustedRootCertificate {
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
            destination_store: rt::Field::Absent,
            trusted_root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows81TrustedRootCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81TrustedRootCertificate";
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
        "destinationStore",
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
        ",\"destinationStore\":             ",
        ",\"trustedRootCertificate\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81TrustedRootCertificate\"";
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
        v.field(19usize, "destination_store", &self.destination_store);
        v.field(20usize, "trusted_root_certificate", &self.trusted_root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows81TrustedRootCertificate {
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
            19usize => self.destination_store.read_from(r),
            20usize => self.trusted_root_certificate.read_from(r),
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
        w.field(19usize, &self.destination_store);
        w.field(20usize, &self.trusted_root_certificate);
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
rt::impl_object!(Windows81TrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows81TrustedRootCertificate { with_id id : ::std::string::String;
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
    with_cert_file_name cert_file_name : ::std::string::String; with_destination_store
    destination_store : crate ::beta::CertificateDestinationStore;
    with_trusted_root_certificate trusted_root_certificate : rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81TrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Windows 8.1 (and later) devices to connect to desired VPN endpoint. By specifying the authentication method and security types expected by VPN endpoint you can make the VPN connection seamless for end user.
///
/// CSDL: `microsoft.graph.windows81VpnConfiguration`, entity type, derived from `microsoft.graph.windowsVpnConfiguration`, key `id`.
///
/// Request builders: [`Windows81VpnConfigurationPath`](requests/trait.Windows81VpnConfigurationPath.html), what a path to one (`EntityPath<AnyWindows81VpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows81VpnConfiguration {
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
    /// Connection name displayed to the user.
    ///
    /// CSDL: property `connectionName`: `Edm.String`, not nullable.
    pub connection_name: rt::Field<::std::string::String>,
    /// Custom XML commands that configures the VPN connection. (UTF8 encoded byte array)
    ///
    /// CSDL: property `customXml`: `Edm.Binary`, nullable.
    pub custom_xml: rt::Field<rt::edm::Binary>,
    /// List of VPN Servers on the network. Make sure end users can access these network locations. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `servers`: `Collection(microsoft.graph.vpnServer)`, not nullable.
    pub servers: rt::Field<::std::vec::Vec<crate::beta::VpnServer>>,
    /// Value indicating whether this policy only applies to Windows 8.1. This property is read-only.
    ///
    /// CSDL: property `applyOnlyToWindows81`: `Edm.Boolean`, not nullable.
    pub apply_only_to_windows81: rt::Field<bool>,
    /// Connection type.
    ///
    /// CSDL: property `connectionType`: `microsoft.graph.windowsVpnConnectionType`, not nullable.
    pub connection_type: rt::Field<crate::beta::WindowsVpnConnectionType>,
    /// Enable split tunneling for the VPN.
    ///
    /// CSDL: property `enableSplitTunneling`: `Edm.Boolean`, not nullable.
    pub enable_split_tunneling: rt::Field<bool>,
    /// Login group or domain when connection type is set to Dell SonicWALL Mobile Connection.
    ///
    /// CSDL: property `loginGroupOrDomain`: `Edm.String`, nullable.
    pub login_group_or_domain: rt::Field<::std::string::String>,
    /// Proxy Server.
    ///
    /// CSDL: property `proxyServer`: `microsoft.graph.windows81VpnProxyServer`, nullable.
    pub proxy_server: rt::Field<crate::beta::Windows81VpnProxyServer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows81VpnConfiguration {
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
            connection_name: rt::Field::Absent,
            custom_xml: rt::Field::Absent,
            servers: rt::Field::Absent,
            apply_only_to_windows81: rt::Field::Absent,
            connection_type: rt::Field::Absent,
            enable_split_tunneling: rt::Field::Absent,
            login_group_or_domain: rt::Field::Absent,
            proxy_server: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows81VpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81VpnConfiguration";
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
        "connectionName",
        "customXml",
        "servers",
        "applyOnlyToWindows81",
        "connectionType",
        "enableSplitTunneling",
        "loginGroupOrDomain",
        "proxyServer",
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
        ",\"connectionName\":               ",
        ",\"customXml\":                    ",
        ",\"servers\":                      ",
        ",\"applyOnlyToWindows81\":         ",
        ",\"connectionType\":               ",
        ",\"enableSplitTunneling\":         ",
        ",\"loginGroupOrDomain\":           ",
        ",\"proxyServer\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81VpnConfiguration\"";
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
        v.field(18usize, "connection_name", &self.connection_name);
        v.field(19usize, "custom_xml", &self.custom_xml);
        v.field(20usize, "servers", &self.servers);
        v.field(21usize, "apply_only_to_windows81", &self.apply_only_to_windows81);
        v.field(22usize, "connection_type", &self.connection_type);
        v.field(23usize, "enable_split_tunneling", &self.enable_split_tunneling);
        v.field(24usize, "login_group_or_domain", &self.login_group_or_domain);
        v.field(25usize, "proxy_server", &self.proxy_server);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows81VpnConfiguration {
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
            18usize => self.connection_name.read_from(r),
            19usize => self.custom_xml.read_from(r),
            20usize => self.servers.read_from(r),
            21usize => self.apply_only_to_windows81.read_from(r),
            22usize => self.connection_type.read_from(r),
            23usize => self.enable_split_tunneling.read_from(r),
            24usize => self.login_group_or_domain.read_from(r),
            25usize => self.proxy_server.read_from(r),
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
        w.field(18usize, &self.connection_name);
        w.field(19usize, &self.custom_xml);
        w.field(20usize, &self.servers);
        w.field(21usize, &self.apply_only_to_windows81);
        w.field(22usize, &self.connection_type);
        w.field(23usize, &self.enable_split_tunneling);
        w.field(24usize, &self.login_group_or_domain);
        w.field(25usize, &self.proxy_server);
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
rt::impl_object!(Windows81VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows81VpnConfiguration { with_id id : ::std::string::String;
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
    with_connection_name connection_name : ::std::string::String; with_custom_xml
    custom_xml : rt::edm::Binary; with_servers servers : ::std::vec::Vec < crate
    ::beta::VpnServer >; with_apply_only_to_windows81 apply_only_to_windows81 : bool;
    with_connection_type connection_type : crate ::beta::WindowsVpnConnectionType;
    with_enable_split_tunneling enable_split_tunneling : bool; with_login_group_or_domain
    login_group_or_domain : ::std::string::String; with_proxy_server proxy_server : crate
    ::beta::Windows81VpnProxyServer; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windows81VpnConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindows81VpnConfiguration {
    Windows81VpnConfiguration(::std::boxed::Box<crate::beta::Windows81VpnConfiguration>),
    WindowsPhone81VpnConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhone81VpnConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindows81VpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self::Windows81VpnConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81VpnConfiguration>
for AnyWindows81VpnConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows81VpnConfiguration) -> Self {
        Self::Windows81VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81VpnConfiguration>
for AnyWindows81VpnConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81VpnConfiguration) -> Self {
        Self::WindowsPhone81VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindows81VpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindows81VpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindows81VpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindows81VpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindows81VpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Windows81VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81VpnConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindows81VpnConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.windows81VpnConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81VpnConfiguration",
            ) => Self::WindowsPhone81VpnConfiguration(rt::object::new_boxed()),
            _ => Self::Windows81VpnConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Windows81VpnConfiguration(v) => &**v,
            Self::WindowsPhone81VpnConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut **v,
            Self::WindowsPhone81VpnConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindows81VpnConfiguration {
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
            Self::Windows81VpnConfiguration(v) => &v.id,
            Self::WindowsPhone81VpnConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.id,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.created_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.created_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.description,
            Self::WindowsPhone81VpnConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.description,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
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
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
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
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
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
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
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
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
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
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.display_name,
            Self::WindowsPhone81VpnConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.display_name,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81VpnConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsPhone81VpnConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.version,
            Self::WindowsPhone81VpnConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.version,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::WindowsPhone81VpnConfiguration(v) => {
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
            Self::Windows81VpnConfiguration(v) => &v.device_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.device_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.device_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.group_assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &v.group_assignments,
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
            Self::Windows81VpnConfiguration(v) => &mut v.group_assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.user_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.user_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.user_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.connection_name,
            Self::WindowsPhone81VpnConfiguration(v) => &v.connection_name,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.connection_name,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.connection_name,
        }
    }
    /// `customXml` of any variant.
    #[inline]
    pub fn custom_xml(&self) -> &rt::Field<rt::edm::Binary> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.custom_xml,
            Self::WindowsPhone81VpnConfiguration(v) => &v.custom_xml,
        }
    }
    /// `customXml` of any variant.
    #[inline]
    pub fn custom_xml_mut(&mut self) -> &mut rt::Field<rt::edm::Binary> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.custom_xml,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.custom_xml,
        }
    }
    /// `servers` of any variant.
    #[inline]
    pub fn servers(&self) -> &rt::Field<::std::vec::Vec<crate::beta::VpnServer>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.servers,
            Self::WindowsPhone81VpnConfiguration(v) => &v.servers,
        }
    }
    /// `servers` of any variant.
    #[inline]
    pub fn servers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::VpnServer>> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.servers,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.servers,
        }
    }
    /// `applyOnlyToWindows81` of any variant.
    #[inline]
    pub fn apply_only_to_windows81(&self) -> &rt::Field<bool> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.apply_only_to_windows81,
            Self::WindowsPhone81VpnConfiguration(v) => &v.apply_only_to_windows81,
        }
    }
    /// `applyOnlyToWindows81` of any variant.
    #[inline]
    pub fn apply_only_to_windows81_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.apply_only_to_windows81,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.apply_only_to_windows81,
        }
    }
    /// `connectionType` of any variant.
    #[inline]
    pub fn connection_type(&self) -> &rt::Field<crate::beta::WindowsVpnConnectionType> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.connection_type,
            Self::WindowsPhone81VpnConfiguration(v) => &v.connection_type,
        }
    }
    /// `connectionType` of any variant.
    #[inline]
    pub fn connection_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WindowsVpnConnectionType> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.connection_type,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.connection_type,
        }
    }
    /// `enableSplitTunneling` of any variant.
    #[inline]
    pub fn enable_split_tunneling(&self) -> &rt::Field<bool> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.enable_split_tunneling,
            Self::WindowsPhone81VpnConfiguration(v) => &v.enable_split_tunneling,
        }
    }
    /// `enableSplitTunneling` of any variant.
    #[inline]
    pub fn enable_split_tunneling_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.enable_split_tunneling,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.enable_split_tunneling,
        }
    }
    /// `loginGroupOrDomain` of any variant.
    #[inline]
    pub fn login_group_or_domain(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.login_group_or_domain,
            Self::WindowsPhone81VpnConfiguration(v) => &v.login_group_or_domain,
        }
    }
    /// `loginGroupOrDomain` of any variant.
    #[inline]
    pub fn login_group_or_domain_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.login_group_or_domain,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.login_group_or_domain,
        }
    }
    /// `proxyServer` of any variant.
    #[inline]
    pub fn proxy_server(&self) -> &rt::Field<crate::beta::Windows81VpnProxyServer> {
        match self {
            Self::Windows81VpnConfiguration(v) => &v.proxy_server,
            Self::WindowsPhone81VpnConfiguration(v) => &v.proxy_server,
        }
    }
    /// `proxyServer` of any variant.
    #[inline]
    pub fn proxy_server_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::Windows81VpnProxyServer> {
        match self {
            Self::Windows81VpnConfiguration(v) => &mut v.proxy_server,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.proxy_server,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindows81VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindows81VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 8.1+ Wi-Fi import configuration. By configuring this profile you can instruct Windows 8.1 (and later) devices to connect to desired Wi-Fi endpoint. Connect a Windows 8.1 device to the desired Wi-Fi network and extract the XML from that device to later embed into this Wi-Fi profile.
///
/// CSDL: `microsoft.graph.windows81WifiImportConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows81WifiImportConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows81WifiImportConfiguration {
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
    /// Payload. (UTF8 encoded byte array). This is the XML file saved on the device you used to connect to the Wi-Fi endpoint.
    ///
    /// CSDL: property `payload`: `Edm.Binary`, not nullable.
    pub payload: rt::Field<rt::edm::Binary>,
    /// Payload file name (*.xml).
    ///
    /// CSDL: property `payloadFileName`: `Edm.String`, not nullable.
    pub payload_file_name: rt::Field<::std::string::String>,
    /// Profile name displayed in the UI.
    ///
    /// CSDL: property `profileName`: `Edm.String`, not nullable.
    pub profile_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows81WifiImportConfiguration {
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
            payload: rt::Field::Absent,
            payload_file_name: rt::Field::Absent,
            profile_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows81WifiImportConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81WifiImportConfiguration";
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
        "payload",
        "payloadFileName",
        "profileName",
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
        ",\"payload\":                      ",
        ",\"payloadFileName\":              ",
        ",\"profileName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81WifiImportConfiguration\"";
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
        v.field(18usize, "payload", &self.payload);
        v.field(19usize, "payload_file_name", &self.payload_file_name);
        v.field(20usize, "profile_name", &self.profile_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows81WifiImportConfiguration {
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
            18usize => self.payload.read_from(r),
            19usize => self.payload_file_name.read_from(r),
            20usize => self.profile_name.read_from(r),
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
        w.field(18usize, &self.payload);
        w.field(19usize, &self.payload_file_name);
        w.field(20usize, &self.profile_name);
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
rt::impl_object!(Windows81WifiImportConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows81WifiImportConfiguration { with_id id : ::std::string::String;
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview; with_payload
    payload : rt::edm::Binary; with_payload_file_name payload_file_name :
    ::std::string::String; with_profile_name profile_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81WifiImportConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Autopilot Deployment Profile
///
/// CSDL: `microsoft.graph.windowsAutopilotDeploymentProfile`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`WindowsAutopilotDeploymentProfilePath`](requests/trait.WindowsAutopilotDeploymentProfilePath.html), what a path to one (`EntityPath<AnyWindowsAutopilotDeploymentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeploymentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Profile creation time
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description of the profile
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The template used to name the AutoPilot Device. This can be a custom text and can also contain either the serial number of the device, or a randomly generated number. The total length of the text generated by the template can be no more than 15 characters.
    ///
    /// CSDL: property `deviceNameTemplate`: `Edm.String`, nullable.
    pub device_name_template: rt::Field<::std::string::String>,
    /// The AutoPilot device type that this profile is applicable to.
    ///
    /// CSDL: property `deviceType`: `microsoft.graph.windowsAutopilotDeviceType`, not nullable.
    pub device_type: rt::Field<crate::beta::WindowsAutopilotDeviceType>,
    /// Name of the profile
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Enable Autopilot White Glove for the profile.
    ///
    /// CSDL: property `enableWhiteGlove`: `Edm.Boolean`, not nullable.
    pub enable_white_glove: rt::Field<bool>,
    /// Enrollment status screen setting
    ///
    /// CSDL: property `enrollmentStatusScreenSettings`: `microsoft.graph.windowsEnrollmentStatusScreenSettings`, nullable.
    pub enrollment_status_screen_settings: rt::Field<
        crate::beta::WindowsEnrollmentStatusScreenSettings,
    >,
    /// HardwareHash Extraction for the profile
    ///
    /// CSDL: property `extractHardwareHash`: `Edm.Boolean`, not nullable.
    pub extract_hardware_hash: rt::Field<bool>,
    /// Language configured on the device
    ///
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// Profile last modified time
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Out of box experience setting
    ///
    /// CSDL: property `outOfBoxExperienceSettings`: `microsoft.graph.outOfBoxExperienceSettings`, nullable.
    pub out_of_box_experience_settings: rt::Field<
        crate::beta::OutOfBoxExperienceSettings,
    >,
    /// Scope tags for the profile.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The list of assigned devices for the profile.
    ///
    /// CSDL: containment navigation property `assignedDevices`: `Collection(microsoft.graph.windowsAutopilotDeviceIdentity)`, not nullable.
    pub assigned_devices: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsAutopilotDeviceIdentity>,
    >,
    /// The list of group assignments for the profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.windowsAutopilotDeploymentProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsAutopilotDeploymentProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsAutopilotDeploymentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_name_template: rt::Field::Absent,
            device_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enable_white_glove: rt::Field::Absent,
            enrollment_status_screen_settings: rt::Field::Absent,
            extract_hardware_hash: rt::Field::Absent,
            language: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            out_of_box_experience_settings: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            assigned_devices: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeploymentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceNameTemplate",
        "deviceType",
        "displayName",
        "enableWhiteGlove",
        "enrollmentStatusScreenSettings",
        "extractHardwareHash",
        "language",
        "lastModifiedDateTime",
        "outOfBoxExperienceSettings",
        "roleScopeTagIds",
        "assignedDevices",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceNameTemplate\":           ",
        ",\"deviceType\":                   ",
        ",\"displayName\":                  ",
        ",\"enableWhiteGlove\":             ",
        ",\"enrollmentStatusScreenSettings\":",
        ",\"extractHardwareHash\":          ",
        ",\"language\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"outOfBoxExperienceSettings\":   ",
        ",\"roleScopeTagIds\":              ",
        ",\"assignedDevices\":              ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAutopilotDeploymentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "device_name_template", &self.device_name_template);
        v.field(4usize, "device_type", &self.device_type);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "enable_white_glove", &self.enable_white_glove);
        v.field(
            7usize,
            "enrollment_status_screen_settings",
            &self.enrollment_status_screen_settings,
        );
        v.field(8usize, "extract_hardware_hash", &self.extract_hardware_hash);
        v.field(9usize, "language", &self.language);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            11usize,
            "out_of_box_experience_settings",
            &self.out_of_box_experience_settings,
        );
        v.field(12usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(13usize, "assigned_devices", &self.assigned_devices);
        v.field(14usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsAutopilotDeploymentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_name_template.read_from(r),
            4usize => self.device_type.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.enable_white_glove.read_from(r),
            7usize => self.enrollment_status_screen_settings.read_from(r),
            8usize => self.extract_hardware_hash.read_from(r),
            9usize => self.language.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.out_of_box_experience_settings.read_from(r),
            12usize => self.role_scope_tag_ids.read_from(r),
            13usize => self.assigned_devices.read_from(r),
            14usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_name_template);
        w.field(4usize, &self.device_type);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.enable_white_glove);
        w.field(7usize, &self.enrollment_status_screen_settings);
        w.field(8usize, &self.extract_hardware_hash);
        w.field(9usize, &self.language);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.out_of_box_experience_settings);
        w.field(12usize, &self.role_scope_tag_ids);
        w.field(13usize, &self.assigned_devices);
        w.field(14usize, &self.assignments);
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
rt::impl_object!(WindowsAutopilotDeploymentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeploymentProfile { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_device_name_template device_name_template :
    ::std::string::String; with_device_type device_type : crate
    ::beta::WindowsAutopilotDeviceType; with_display_name display_name :
    ::std::string::String; with_enable_white_glove enable_white_glove : bool;
    with_enrollment_status_screen_settings enrollment_status_screen_settings : crate
    ::beta::WindowsEnrollmentStatusScreenSettings; with_extract_hardware_hash
    extract_hardware_hash : bool; with_language language : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_out_of_box_experience_settings out_of_box_experience_settings : crate
    ::beta::OutOfBoxExperienceSettings; with_role_scope_tag_ids role_scope_tag_ids :
    ::std::vec::Vec < ::std::string::String >; with_assigned_devices assigned_devices :
    ::std::vec::Vec < crate ::beta::WindowsAutopilotDeviceIdentity >; with_assignments
    assignments : ::std::vec::Vec < crate
    ::beta::WindowsAutopilotDeploymentProfileAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeploymentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsAutopilotDeploymentProfile` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsAutopilotDeploymentProfile {
    WindowsAutopilotDeploymentProfile(
        ::std::boxed::Box<crate::beta::WindowsAutopilotDeploymentProfile>,
    ),
    ActiveDirectoryWindowsAutopilotDeploymentProfile(
        ::std::boxed::Box<crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile>,
    ),
    AzureAdWindowsAutopilotDeploymentProfile(
        ::std::boxed::Box<crate::beta::AzureAdWindowsAutopilotDeploymentProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsAutopilotDeploymentProfile {
    #[inline]
    fn default() -> Self {
        Self::WindowsAutopilotDeploymentProfile(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAutopilotDeploymentProfile>
for AnyWindowsAutopilotDeploymentProfile {
    #[inline]
    fn from(v: crate::beta::WindowsAutopilotDeploymentProfile) -> Self {
        Self::WindowsAutopilotDeploymentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile>
for AnyWindowsAutopilotDeploymentProfile {
    #[inline]
    fn from(v: crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile) -> Self {
        Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AzureAdWindowsAutopilotDeploymentProfile>
for AnyWindowsAutopilotDeploymentProfile {
    #[inline]
    fn from(v: crate::beta::AzureAdWindowsAutopilotDeploymentProfile) -> Self {
        Self::AzureAdWindowsAutopilotDeploymentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsAutopilotDeploymentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsAutopilotDeploymentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsAutopilotDeploymentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsAutopilotDeploymentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsAutopilotDeploymentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsAutopilotDeploymentProfile>();
    rt::object::auto_traits::<
        crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile,
    >();
    rt::object::auto_traits::<crate::beta::AzureAdWindowsAutopilotDeploymentProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsAutopilotDeploymentProfile {
    const BASE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfile";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile",
            ) => {
                Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.azureADWindowsAutopilotDeploymentProfile",
            ) => Self::AzureAdWindowsAutopilotDeploymentProfile(rt::object::new_boxed()),
            _ => Self::WindowsAutopilotDeploymentProfile(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &**v,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &**v,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut **v,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &mut **v,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsAutopilotDeploymentProfile {
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
            Self::WindowsAutopilotDeploymentProfile(v) => &v.id,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &v.id,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.id,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &mut v.id,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.created_date_time,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.created_date_time
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.created_date_time,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.created_date_time
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.description,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &v.description,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.description,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.description
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.description,
        }
    }
    /// `deviceNameTemplate` of any variant.
    #[inline]
    pub fn device_name_template(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.device_name_template,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.device_name_template
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.device_name_template,
        }
    }
    /// `deviceNameTemplate` of any variant.
    #[inline]
    pub fn device_name_template_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.device_name_template,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.device_name_template
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &mut v.device_name_template
            }
        }
    }
    /// `deviceType` of any variant.
    #[inline]
    pub fn device_type(&self) -> &rt::Field<crate::beta::WindowsAutopilotDeviceType> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.device_type,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &v.device_type,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.device_type,
        }
    }
    /// `deviceType` of any variant.
    #[inline]
    pub fn device_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WindowsAutopilotDeviceType> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.device_type,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.device_type
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.device_type,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.display_name,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &v.display_name,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.display_name,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.display_name
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.display_name,
        }
    }
    /// `enableWhiteGlove` of any variant.
    #[inline]
    pub fn enable_white_glove(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.enable_white_glove,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.enable_white_glove
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.enable_white_glove,
        }
    }
    /// `enableWhiteGlove` of any variant.
    #[inline]
    pub fn enable_white_glove_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.enable_white_glove,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.enable_white_glove
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &mut v.enable_white_glove
            }
        }
    }
    /// `enrollmentStatusScreenSettings` of any variant.
    #[inline]
    pub fn enrollment_status_screen_settings(
        &self,
    ) -> &rt::Field<crate::beta::WindowsEnrollmentStatusScreenSettings> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => {
                &v.enrollment_status_screen_settings
            }
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.enrollment_status_screen_settings
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &v.enrollment_status_screen_settings
            }
        }
    }
    /// `enrollmentStatusScreenSettings` of any variant.
    #[inline]
    pub fn enrollment_status_screen_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WindowsEnrollmentStatusScreenSettings> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => {
                &mut v.enrollment_status_screen_settings
            }
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.enrollment_status_screen_settings
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &mut v.enrollment_status_screen_settings
            }
        }
    }
    /// `extractHardwareHash` of any variant.
    #[inline]
    pub fn extract_hardware_hash(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.extract_hardware_hash,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.extract_hardware_hash
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.extract_hardware_hash,
        }
    }
    /// `extractHardwareHash` of any variant.
    #[inline]
    pub fn extract_hardware_hash_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.extract_hardware_hash,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.extract_hardware_hash
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &mut v.extract_hardware_hash
            }
        }
    }
    /// `language` of any variant.
    #[inline]
    pub fn language(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.language,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &v.language,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.language,
        }
    }
    /// `language` of any variant.
    #[inline]
    pub fn language_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.language,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &mut v.language,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.language,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.last_modified_date_time,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
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
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.last_modified_date_time,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `outOfBoxExperienceSettings` of any variant.
    #[inline]
    pub fn out_of_box_experience_settings(
        &self,
    ) -> &rt::Field<crate::beta::OutOfBoxExperienceSettings> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => {
                &v.out_of_box_experience_settings
            }
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.out_of_box_experience_settings
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &v.out_of_box_experience_settings
            }
        }
    }
    /// `outOfBoxExperienceSettings` of any variant.
    #[inline]
    pub fn out_of_box_experience_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::OutOfBoxExperienceSettings> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => {
                &mut v.out_of_box_experience_settings
            }
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.out_of_box_experience_settings
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &mut v.out_of_box_experience_settings
            }
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.role_scope_tag_ids,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.role_scope_tag_ids
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.role_scope_tag_ids,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `assignedDevices` of any variant.
    #[inline]
    pub fn assigned_devices(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::WindowsAutopilotDeviceIdentity>> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.assigned_devices,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &v.assigned_devices
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.assigned_devices,
        }
    }
    /// `assignedDevices` of any variant.
    #[inline]
    pub fn assigned_devices_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::WindowsAutopilotDeviceIdentity>> {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.assigned_devices,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.assigned_devices
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.assigned_devices,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsAutopilotDeploymentProfileAssignment>,
    > {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &v.assignments,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &v.assignments,
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsAutopilotDeploymentProfileAssignment>,
    > {
        match self {
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.assignments,
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                &mut v.assignments
            }
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.assignments,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindowsAutopilotDeploymentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsAutopilotDeploymentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// The windowsAutopilotDeviceIdentity resource represents a Windows Autopilot Device.
///
/// CSDL: `microsoft.graph.windowsAutopilotDeviceIdentity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsAutopilotDeviceIdentityPath`](requests/trait.WindowsAutopilotDeviceIdentityPath.html), what a path to one (`EntityPath<WindowsAutopilotDeviceIdentity, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeviceIdentity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Addressable user name.
    ///
    /// CSDL: property `addressableUserName`: `Edm.String`, nullable.
    pub addressable_user_name: rt::Field<::std::string::String>,
    /// AAD Device ID - to be deprecated
    ///
    /// CSDL: property `azureActiveDirectoryDeviceId`: `Edm.String`, nullable.
    pub azure_active_directory_device_id: rt::Field<::std::string::String>,
    /// AAD Device ID
    ///
    /// CSDL: property `azureAdDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// Profile set time of the Windows autopilot device.
    ///
    /// CSDL: property `deploymentProfileAssignedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub deployment_profile_assigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Profile assignment detailed status of the Windows autopilot device.
    ///
    /// CSDL: property `deploymentProfileAssignmentDetailedStatus`: `microsoft.graph.windowsAutopilotProfileAssignmentDetailedStatus`, not nullable.
    pub deployment_profile_assignment_detailed_status: rt::Field<
        crate::beta::WindowsAutopilotProfileAssignmentDetailedStatus,
    >,
    /// Profile assignment status of the Windows autopilot device.
    ///
    /// CSDL: property `deploymentProfileAssignmentStatus`: `microsoft.graph.windowsAutopilotProfileAssignmentStatus`, not nullable.
    pub deployment_profile_assignment_status: rt::Field<
        crate::beta::WindowsAutopilotProfileAssignmentStatus,
    >,
    /// Display Name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Intune enrollment state of the Windows autopilot device.
    ///
    /// CSDL: property `enrollmentState`: `microsoft.graph.enrollmentState`, not nullable.
    pub enrollment_state: rt::Field<crate::beta::EnrollmentState>,
    /// Group Tag of the Windows autopilot device.
    ///
    /// CSDL: property `groupTag`: `Edm.String`, nullable.
    pub group_tag: rt::Field<::std::string::String>,
    /// Intune Last Contacted Date Time of the Windows autopilot device.
    ///
    /// CSDL: property `lastContactedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_contacted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Managed Device ID
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Oem manufacturer of the Windows autopilot device.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// Model name of the Windows autopilot device.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// Product Key of the Windows autopilot device.
    ///
    /// CSDL: property `productKey`: `Edm.String`, nullable.
    pub product_key: rt::Field<::std::string::String>,
    /// Purchase Order Identifier of the Windows autopilot device.
    ///
    /// CSDL: property `purchaseOrderIdentifier`: `Edm.String`, nullable.
    pub purchase_order_identifier: rt::Field<::std::string::String>,
    /// Resource Name.
    ///
    /// CSDL: property `resourceName`: `Edm.String`, nullable.
    pub resource_name: rt::Field<::std::string::String>,
    /// Serial number of the Windows autopilot device.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// SKU Number
    ///
    /// CSDL: property `skuNumber`: `Edm.String`, nullable.
    pub sku_number: rt::Field<::std::string::String>,
    /// System Family
    ///
    /// CSDL: property `systemFamily`: `Edm.String`, nullable.
    pub system_family: rt::Field<::std::string::String>,
    /// User Principal Name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Deployment profile currently assigned to the Windows autopilot device.
    ///
    /// CSDL: navigation property `deploymentProfile`: `microsoft.graph.windowsAutopilotDeploymentProfile`, nullable.
    pub deployment_profile: rt::Field<crate::beta::AnyWindowsAutopilotDeploymentProfile>,
    /// Deployment profile intended to be assigned to the Windows autopilot device.
    ///
    /// CSDL: navigation property `intendedDeploymentProfile`: `microsoft.graph.windowsAutopilotDeploymentProfile`, nullable.
    pub intended_deployment_profile: rt::Field<
        crate::beta::AnyWindowsAutopilotDeploymentProfile,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsAutopilotDeviceIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            addressable_user_name: rt::Field::Absent,
            azure_active_directory_device_id: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            deployment_profile_assigned_date_time: rt::Field::Absent,
            deployment_profile_assignment_detailed_status: rt::Field::Absent,
            deployment_profile_assignment_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enrollment_state: rt::Field::Absent,
            group_tag: rt::Field::Absent,
            last_contacted_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            product_key: rt::Field::Absent,
            purchase_order_identifier: rt::Field::Absent,
            resource_name: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            sku_number: rt::Field::Absent,
            system_family: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            deployment_profile: rt::Field::Absent,
            intended_deployment_profile: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeviceIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeviceIdentity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addressableUserName",
        "azureActiveDirectoryDeviceId",
        "azureAdDeviceId",
        "deploymentProfileAssignedDateTime",
        "deploymentProfileAssignmentDetailedStatus",
        "deploymentProfileAssignmentStatus",
        "displayName",
        "enrollmentState",
        "groupTag",
        "lastContactedDateTime",
        "managedDeviceId",
        "manufacturer",
        "model",
        "productKey",
        "purchaseOrderIdentifier",
        "resourceName",
        "serialNumber",
        "skuNumber",
        "systemFamily",
        "userPrincipalName",
        "deploymentProfile",
        "intendedDeploymentProfile",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addressableUserName\":          ",
        ",\"azureActiveDirectoryDeviceId\": ",
        ",\"azureAdDeviceId\":              ",
        ",\"deploymentProfileAssignedDateTime\":",
        ",\"deploymentProfileAssignmentDetailedStatus\":",
        ",\"deploymentProfileAssignmentStatus\":",
        ",\"displayName\":                  ",
        ",\"enrollmentState\":              ",
        ",\"groupTag\":                     ",
        ",\"lastContactedDateTime\":        ",
        ",\"managedDeviceId\":              ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"productKey\":                   ",
        ",\"purchaseOrderIdentifier\":      ",
        ",\"resourceName\":                 ",
        ",\"serialNumber\":                 ",
        ",\"skuNumber\":                    ",
        ",\"systemFamily\":                 ",
        ",\"userPrincipalName\":            ",
        ",\"deploymentProfile\":            ",
        ",\"intendedDeploymentProfile\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAutopilotDeviceIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "addressable_user_name", &self.addressable_user_name);
        v.field(
            2usize,
            "azure_active_directory_device_id",
            &self.azure_active_directory_device_id,
        );
        v.field(3usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(
            4usize,
            "deployment_profile_assigned_date_time",
            &self.deployment_profile_assigned_date_time,
        );
        v.field(
            5usize,
            "deployment_profile_assignment_detailed_status",
            &self.deployment_profile_assignment_detailed_status,
        );
        v.field(
            6usize,
            "deployment_profile_assignment_status",
            &self.deployment_profile_assignment_status,
        );
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "enrollment_state", &self.enrollment_state);
        v.field(9usize, "group_tag", &self.group_tag);
        v.field(10usize, "last_contacted_date_time", &self.last_contacted_date_time);
        v.field(11usize, "managed_device_id", &self.managed_device_id);
        v.field(12usize, "manufacturer", &self.manufacturer);
        v.field(13usize, "model", &self.model);
        v.field(14usize, "product_key", &self.product_key);
        v.field(15usize, "purchase_order_identifier", &self.purchase_order_identifier);
        v.field(16usize, "resource_name", &self.resource_name);
        v.field(17usize, "serial_number", &self.serial_number);
        v.field(18usize, "sku_number", &self.sku_number);
        v.field(19usize, "system_family", &self.system_family);
        v.field(20usize, "user_principal_name", &self.user_principal_name);
        v.field(21usize, "deployment_profile", &self.deployment_profile);
        v.field(
            22usize,
            "intended_deployment_profile",
            &self.intended_deployment_profile,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsAutopilotDeviceIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.addressable_user_name.read_from(r),
            2usize => self.azure_active_directory_device_id.read_from(r),
            3usize => self.azure_ad_device_id.read_from(r),
            4usize => self.deployment_profile_assigned_date_time.read_from(r),
            5usize => self.deployment_profile_assignment_detailed_status.read_from(r),
            6usize => self.deployment_profile_assignment_status.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.enrollment_state.read_from(r),
            9usize => self.group_tag.read_from(r),
            10usize => self.last_contacted_date_time.read_from(r),
            11usize => self.managed_device_id.read_from(r),
            12usize => self.manufacturer.read_from(r),
            13usize => self.model.read_from(r),
            14usize => self.product_key.read_from(r),
            15usize => self.purchase_order_identifier.read_from(r),
            16usize => self.resource_name.read_from(r),
            17usize => self.serial_number.read_from(r),
            18usize => self.sku_number.read_from(r),
            19usize => self.system_family.read_from(r),
            20usize => self.user_principal_name.read_from(r),
            21usize => self.deployment_profile.read_from(r),
            22usize => self.intended_deployment_profile.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.addressable_user_name);
        w.field(2usize, &self.azure_active_directory_device_id);
        w.field(3usize, &self.azure_ad_device_id);
        w.field(4usize, &self.deployment_profile_assigned_date_time);
        w.field(5usize, &self.deployment_profile_assignment_detailed_status);
        w.field(6usize, &self.deployment_profile_assignment_status);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.enrollment_state);
        w.field(9usize, &self.group_tag);
        w.field(10usize, &self.last_contacted_date_time);
        w.field(11usize, &self.managed_device_id);
        w.field(12usize, &self.manufacturer);
        w.field(13usize, &self.model);
        w.field(14usize, &self.product_key);
        w.field(15usize, &self.purchase_order_identifier);
        w.field(16usize, &self.resource_name);
        w.field(17usize, &self.serial_number);
        w.field(18usize, &self.sku_number);
        w.field(19usize, &self.system_family);
        w.field(20usize, &self.user_principal_name);
        w.field(21usize, &self.deployment_profile);
        w.field(22usize, &self.intended_deployment_profile);
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
rt::impl_object!(WindowsAutopilotDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeviceIdentity { with_id id : ::std::string::String;
    with_addressable_user_name addressable_user_name : ::std::string::String;
    with_azure_active_directory_device_id azure_active_directory_device_id :
    ::std::string::String; with_azure_ad_device_id azure_ad_device_id :
    ::std::string::String; with_deployment_profile_assigned_date_time
    deployment_profile_assigned_date_time : rt::edm::DateTimeOffset;
    with_deployment_profile_assignment_detailed_status
    deployment_profile_assignment_detailed_status : crate
    ::beta::WindowsAutopilotProfileAssignmentDetailedStatus;
    with_deployment_profile_assignment_status deployment_profile_assignment_status :
    crate ::beta::WindowsAutopilotProfileAssignmentStatus; with_display_name display_name
    : ::std::string::String; with_enrollment_state enrollment_state : crate
    ::beta::EnrollmentState; with_group_tag group_tag : ::std::string::String;
    with_last_contacted_date_time last_contacted_date_time : rt::edm::DateTimeOffset;
    with_managed_device_id managed_device_id : ::std::string::String; with_manufacturer
    manufacturer : ::std::string::String; with_model model : ::std::string::String;
    with_product_key product_key : ::std::string::String; with_purchase_order_identifier
    purchase_order_identifier : ::std::string::String; with_resource_name resource_name :
    ::std::string::String; with_serial_number serial_number : ::std::string::String;
    with_sku_number sku_number : ::std::string::String; with_system_family system_family
    : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_deployment_profile deployment_profile : crate
    ::beta::AnyWindowsAutopilotDeploymentProfile; with_intended_deployment_profile
    intended_deployment_profile : crate ::beta::AnyWindowsAutopilotDeploymentProfile; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Configuration.
///
/// CSDL: `microsoft.graph.windowsCertificateProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyWindowsCertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsCertificateProfileBase {
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
    /// Scale for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// Key Storage Provider (KSP)
    ///
    /// CSDL: property `keyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub key_storage_provider: rt::Field<crate::beta::KeyStorageProviderOption>,
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name Type
    ///
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsCertificateProfileBase {
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
            key_storage_provider: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsCertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsCertificateProfileBase";
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
        "keyStorageProvider",
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
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
        ",\"keyStorageProvider\":           ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsCertificateProfileBase\"";
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
        v.field(20usize, "key_storage_provider", &self.key_storage_provider);
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
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsCertificateProfileBase {
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
            20usize => self.key_storage_provider.read_from(r),
            21usize => self.renewal_threshold_percentage.read_from(r),
            22usize => self.subject_alternative_name_type.read_from(r),
            23usize => self.subject_name_format.read_from(r),
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
        w.field(20usize, &self.key_storage_provider);
        w.field(21usize, &self.renewal_threshold_percentage);
        w.field(22usize, &self.subject_alternative_name_type);
        w.field(23usize, &self.subject_name_format);
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
rt::impl_object!(WindowsCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsCertificateProfileBase { with_id id : ::std::string::String;
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
    certificate_validity_period_value : i32; with_key_storage_provider
    key_storage_provider : crate ::beta::KeyStorageProviderOption;
    with_renewal_threshold_percentage renewal_threshold_percentage : i32;
    with_subject_alternative_name_type subject_alternative_name_type : rt::Flags < crate
    ::beta::SubjectAlternativeNameType >; with_subject_name_format subject_name_format :
    crate ::beta::SubjectNameFormat; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsCertificateProfileBase` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsCertificateProfileBase {
    WindowsCertificateProfileBase(
        ::std::boxed::Box<crate::beta::WindowsCertificateProfileBase>,
    ),
    Windows10CertificateProfileBase(
        ::std::boxed::Box<crate::beta::Windows10CertificateProfileBase>,
    ),
    Windows10ImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10ImportedPfxCertificateProfile>,
    ),
    Windows10PkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10PkcsCertificateProfile>,
    ),
    Windows81CertificateProfileBase(
        ::std::boxed::Box<crate::beta::Windows81CertificateProfileBase>,
    ),
    Windows81ScepCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows81ScepCertificateProfile>,
    ),
    WindowsPhone81ImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::WindowsPhone81ImportedPfxCertificateProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsCertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::WindowsCertificateProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsCertificateProfileBase>
for AnyWindowsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::WindowsCertificateProfileBase) -> Self {
        Self::WindowsCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10CertificateProfileBase>
for AnyWindowsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10CertificateProfileBase) -> Self {
        Self::Windows10CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10ImportedPfxCertificateProfile>
for AnyWindowsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10ImportedPfxCertificateProfile) -> Self {
        Self::Windows10ImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10PkcsCertificateProfile>
for AnyWindowsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10PkcsCertificateProfile) -> Self {
        Self::Windows10PkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81CertificateProfileBase>
for AnyWindowsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows81CertificateProfileBase) -> Self {
        Self::Windows81CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81ScepCertificateProfile>
for AnyWindowsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows81ScepCertificateProfile) -> Self {
        Self::Windows81ScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81ImportedPfxCertificateProfile>
for AnyWindowsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81ImportedPfxCertificateProfile) -> Self {
        Self::WindowsPhone81ImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::Windows10CertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::Windows10ImportedPfxCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows10PkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows81CertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::Windows81ScepCertificateProfile>();
    rt::object::auto_traits::<
        crate::beta::WindowsPhone81ImportedPfxCertificateProfile,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsCertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.windowsCertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windows10CertificateProfileBase",
            ) => Self::Windows10CertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10ImportedPFXCertificateProfile",
            ) => Self::Windows10ImportedPfxCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10PkcsCertificateProfile",
            ) => Self::Windows10PkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows81CertificateProfileBase",
            ) => Self::Windows81CertificateProfileBase(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows81SCEPCertificateProfile",
            ) => Self::Windows81ScepCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile",
            ) => {
                Self::WindowsPhone81ImportedPfxCertificateProfile(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::WindowsCertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsCertificateProfileBase(v) => &**v,
            Self::Windows10CertificateProfileBase(v) => &**v,
            Self::Windows10ImportedPfxCertificateProfile(v) => &**v,
            Self::Windows10PkcsCertificateProfile(v) => &**v,
            Self::Windows81CertificateProfileBase(v) => &**v,
            Self::Windows81ScepCertificateProfile(v) => &**v,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut **v,
            Self::Windows10CertificateProfileBase(v) => &mut **v,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut **v,
            Self::Windows10PkcsCertificateProfile(v) => &mut **v,
            Self::Windows81CertificateProfileBase(v) => &mut **v,
            Self::Windows81ScepCertificateProfile(v) => &mut **v,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsCertificateProfileBase {
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
            Self::WindowsCertificateProfileBase(v) => &v.id,
            Self::Windows10CertificateProfileBase(v) => &v.id,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.id,
            Self::Windows10PkcsCertificateProfile(v) => &v.id,
            Self::Windows81CertificateProfileBase(v) => &v.id,
            Self::Windows81ScepCertificateProfile(v) => &v.id,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.id,
            Self::Windows10CertificateProfileBase(v) => &mut v.id,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.id,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.id,
            Self::Windows81CertificateProfileBase(v) => &mut v.id,
            Self::Windows81ScepCertificateProfile(v) => &mut v.id,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.created_date_time,
            Self::Windows10CertificateProfileBase(v) => &v.created_date_time,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &v.created_date_time,
            Self::Windows81CertificateProfileBase(v) => &v.created_date_time,
            Self::Windows81ScepCertificateProfile(v) => &v.created_date_time,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.created_date_time,
            Self::Windows10CertificateProfileBase(v) => &mut v.created_date_time,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.created_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::Windows81CertificateProfileBase(v) => &mut v.created_date_time,
            Self::Windows81ScepCertificateProfile(v) => &mut v.created_date_time,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.description,
            Self::Windows10CertificateProfileBase(v) => &v.description,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.description,
            Self::Windows10PkcsCertificateProfile(v) => &v.description,
            Self::Windows81CertificateProfileBase(v) => &v.description,
            Self::Windows81ScepCertificateProfile(v) => &v.description,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.description,
            Self::Windows10CertificateProfileBase(v) => &mut v.description,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.description,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.description,
            Self::Windows81CertificateProfileBase(v) => &mut v.description,
            Self::Windows81ScepCertificateProfile(v) => &mut v.description,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::WindowsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.display_name,
            Self::Windows10CertificateProfileBase(v) => &v.display_name,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.display_name,
            Self::Windows10PkcsCertificateProfile(v) => &v.display_name,
            Self::Windows81CertificateProfileBase(v) => &v.display_name,
            Self::Windows81ScepCertificateProfile(v) => &v.display_name,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.display_name,
            Self::Windows10CertificateProfileBase(v) => &mut v.display_name,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.display_name,
            Self::Windows81CertificateProfileBase(v) => &mut v.display_name,
            Self::Windows81ScepCertificateProfile(v) => &mut v.display_name,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::Windows10CertificateProfileBase(v) => &v.last_modified_date_time,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows81CertificateProfileBase(v) => &v.last_modified_date_time,
            Self::Windows81ScepCertificateProfile(v) => &v.last_modified_date_time,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::Windows10CertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10PkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::Windows81CertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::Windows81ScepCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::Windows10CertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows10PkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows81CertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::Windows81ScepCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::Windows10CertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows81CertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::Windows81ScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::Windows10CertificateProfileBase(v) => &v.supports_scope_tags,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.supports_scope_tags,
            Self::Windows10PkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::Windows81CertificateProfileBase(v) => &v.supports_scope_tags,
            Self::Windows81ScepCertificateProfile(v) => &v.supports_scope_tags,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.supports_scope_tags
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::Windows10CertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::Windows81CertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::Windows81ScepCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.version,
            Self::Windows10CertificateProfileBase(v) => &v.version,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.version,
            Self::Windows10PkcsCertificateProfile(v) => &v.version,
            Self::Windows81CertificateProfileBase(v) => &v.version,
            Self::Windows81ScepCertificateProfile(v) => &v.version,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.version,
            Self::Windows10CertificateProfileBase(v) => &mut v.version,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.version,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.version,
            Self::Windows81CertificateProfileBase(v) => &mut v.version,
            Self::Windows81ScepCertificateProfile(v) => &mut v.version,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.assignments,
            Self::Windows10CertificateProfileBase(v) => &v.assignments,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.assignments,
            Self::Windows10PkcsCertificateProfile(v) => &v.assignments,
            Self::Windows81CertificateProfileBase(v) => &v.assignments,
            Self::Windows81ScepCertificateProfile(v) => &v.assignments,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.assignments,
            Self::Windows10CertificateProfileBase(v) => &mut v.assignments,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.assignments,
            Self::Windows81CertificateProfileBase(v) => &mut v.assignments,
            Self::Windows81ScepCertificateProfile(v) => &mut v.assignments,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::Windows10CertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::Windows10PkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::Windows81CertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::Windows81ScepCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &v.device_statuses,
            Self::Windows10CertificateProfileBase(v) => &v.device_statuses,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &v.device_statuses,
            Self::Windows81CertificateProfileBase(v) => &v.device_statuses,
            Self::Windows81ScepCertificateProfile(v) => &v.device_statuses,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.device_statuses,
            Self::Windows10CertificateProfileBase(v) => &mut v.device_statuses,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.device_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::Windows81CertificateProfileBase(v) => &mut v.device_statuses,
            Self::Windows81ScepCertificateProfile(v) => &mut v.device_statuses,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &v.device_status_overview,
            Self::Windows10CertificateProfileBase(v) => &v.device_status_overview,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.device_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &v.device_status_overview,
            Self::Windows81CertificateProfileBase(v) => &v.device_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &v.device_status_overview,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::Windows10CertificateProfileBase(v) => &mut v.device_status_overview,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::Windows10PkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::Windows81CertificateProfileBase(v) => &mut v.device_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &mut v.device_status_overview,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &v.group_assignments,
            Self::Windows10CertificateProfileBase(v) => &v.group_assignments,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::Windows10PkcsCertificateProfile(v) => &v.group_assignments,
            Self::Windows81CertificateProfileBase(v) => &v.group_assignments,
            Self::Windows81ScepCertificateProfile(v) => &v.group_assignments,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.group_assignments,
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
            Self::WindowsCertificateProfileBase(v) => &mut v.group_assignments,
            Self::Windows10CertificateProfileBase(v) => &mut v.group_assignments,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.group_assignments,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::Windows81CertificateProfileBase(v) => &mut v.group_assignments,
            Self::Windows81ScepCertificateProfile(v) => &mut v.group_assignments,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &v.user_statuses,
            Self::Windows10CertificateProfileBase(v) => &v.user_statuses,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &v.user_statuses,
            Self::Windows81CertificateProfileBase(v) => &v.user_statuses,
            Self::Windows81ScepCertificateProfile(v) => &v.user_statuses,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.user_statuses,
            Self::Windows10CertificateProfileBase(v) => &mut v.user_statuses,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::Windows81CertificateProfileBase(v) => &mut v.user_statuses,
            Self::Windows81ScepCertificateProfile(v) => &mut v.user_statuses,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.user_status_overview,
            Self::Windows10CertificateProfileBase(v) => &v.user_status_overview,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.user_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &v.user_status_overview,
            Self::Windows81CertificateProfileBase(v) => &v.user_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &v.user_status_overview,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::Windows10CertificateProfileBase(v) => &mut v.user_status_overview,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::Windows10PkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::Windows81CertificateProfileBase(v) => &mut v.user_status_overview,
            Self::Windows81ScepCertificateProfile(v) => &mut v.user_status_overview,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::Windows10CertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::Windows81CertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsCertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::Windows10CertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::Windows81CertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
        }
    }
    /// `keyStorageProvider` of any variant.
    #[inline]
    pub fn key_storage_provider(
        &self,
    ) -> &rt::Field<crate::beta::KeyStorageProviderOption> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.key_storage_provider,
            Self::Windows10CertificateProfileBase(v) => &v.key_storage_provider,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.key_storage_provider,
            Self::Windows10PkcsCertificateProfile(v) => &v.key_storage_provider,
            Self::Windows81CertificateProfileBase(v) => &v.key_storage_provider,
            Self::Windows81ScepCertificateProfile(v) => &v.key_storage_provider,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.key_storage_provider
            }
        }
    }
    /// `keyStorageProvider` of any variant.
    #[inline]
    pub fn key_storage_provider_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::KeyStorageProviderOption> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.key_storage_provider,
            Self::Windows10CertificateProfileBase(v) => &mut v.key_storage_provider,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.key_storage_provider
            }
            Self::Windows10PkcsCertificateProfile(v) => &mut v.key_storage_provider,
            Self::Windows81CertificateProfileBase(v) => &mut v.key_storage_provider,
            Self::Windows81ScepCertificateProfile(v) => &mut v.key_storage_provider,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.key_storage_provider
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.renewal_threshold_percentage,
            Self::Windows10CertificateProfileBase(v) => &v.renewal_threshold_percentage,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
            Self::Windows10PkcsCertificateProfile(v) => &v.renewal_threshold_percentage,
            Self::Windows81CertificateProfileBase(v) => &v.renewal_threshold_percentage,
            Self::Windows81ScepCertificateProfile(v) => &v.renewal_threshold_percentage,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.renewal_threshold_percentage,
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => &v.subject_alternative_name_type,
            Self::Windows10CertificateProfileBase(v) => &v.subject_alternative_name_type,
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
            Self::Windows10PkcsCertificateProfile(v) => &v.subject_alternative_name_type,
            Self::Windows81CertificateProfileBase(v) => &v.subject_alternative_name_type,
            Self::Windows81ScepCertificateProfile(v) => &v.subject_alternative_name_type,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
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
            Self::WindowsCertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::Windows81CertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::Windows81ScepCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(&self) -> &rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &v.subject_name_format,
            Self::Windows10CertificateProfileBase(v) => &v.subject_name_format,
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.subject_name_format,
            Self::Windows10PkcsCertificateProfile(v) => &v.subject_name_format,
            Self::Windows81CertificateProfileBase(v) => &v.subject_name_format,
            Self::Windows81ScepCertificateProfile(v) => &v.subject_name_format,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &v.subject_name_format
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::WindowsCertificateProfileBase(v) => &mut v.subject_name_format,
            Self::Windows10CertificateProfileBase(v) => &mut v.subject_name_format,
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.subject_name_format,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.subject_name_format,
            Self::Windows81CertificateProfileBase(v) => &mut v.subject_name_format,
            Self::Windows81ScepCertificateProfile(v) => &mut v.subject_name_format,
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                &mut v.subject_name_format
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindowsCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Defender AdvancedThreatProtection Configuration.
///
/// CSDL: `microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsDefenderAdvancedThreatProtectionConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsDefenderAdvancedThreatProtectionConfiguration {
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
    /// Auto populate onboarding blob programmatically from Advanced Threat protection service
    ///
    /// CSDL: property `advancedThreatProtectionAutoPopulateOnboardingBlob`: `Edm.Boolean`, not nullable.
    pub advanced_threat_protection_auto_populate_onboarding_blob: rt::Field<bool>,
    /// Windows Defender AdvancedThreatProtection Offboarding Blob.
    ///
    /// CSDL: property `advancedThreatProtectionOffboardingBlob`: `Edm.String`, nullable.
    pub advanced_threat_protection_offboarding_blob: rt::Field<::std::string::String>,
    /// Name of the file from which AdvancedThreatProtectionOffboardingBlob was obtained.
    ///
    /// CSDL: property `advancedThreatProtectionOffboardingFilename`: `Edm.String`, nullable.
    pub advanced_threat_protection_offboarding_filename: rt::Field<
        ::std::string::String,
    >,
    /// Windows Defender AdvancedThreatProtection Onboarding Blob.
    ///
    /// CSDL: property `advancedThreatProtectionOnboardingBlob`: `Edm.String`, nullable.
    pub advanced_threat_protection_onboarding_blob: rt::Field<::std::string::String>,
    /// Name of the file from which AdvancedThreatProtectionOnboardingBlob was obtained.
    ///
    /// CSDL: property `advancedThreatProtectionOnboardingFilename`: `Edm.String`, nullable.
    pub advanced_threat_protection_onboarding_filename: rt::Field<::std::string::String>,
    /// Windows Defender AdvancedThreatProtection "Allow Sample Sharing" Rule
    ///
    /// CSDL: property `allowSampleSharing`: `Edm.Boolean`, not nullable.
    pub allow_sample_sharing: rt::Field<bool>,
    /// Expedite Windows Defender Advanced Threat Protection telemetry reporting frequency.
    ///
    /// CSDL: property `enableExpeditedTelemetryReporting`: `Edm.Boolean`, not nullable.
    pub enable_expedited_telemetry_reporting: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsDefenderAdvancedThreatProtectionConfiguration {
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
            advanced_threat_protection_auto_populate_onboarding_blob: rt::Field::Absent,
            advanced_threat_protection_offboarding_blob: rt::Field::Absent,
            advanced_threat_protection_offboarding_filename: rt::Field::Absent,
            advanced_threat_protection_onboarding_blob: rt::Field::Absent,
            advanced_threat_protection_onboarding_filename: rt::Field::Absent,
            allow_sample_sharing: rt::Field::Absent,
            enable_expedited_telemetry_reporting: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsDefenderAdvancedThreatProtectionConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration";
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
        "advancedThreatProtectionAutoPopulateOnboardingBlob",
        "advancedThreatProtectionOffboardingBlob",
        "advancedThreatProtectionOffboardingFilename",
        "advancedThreatProtectionOnboardingBlob",
        "advancedThreatProtectionOnboardingFilename",
        "allowSampleSharing",
        "enableExpeditedTelemetryReporting",
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
        ",\"advancedThreatProtectionAutoPopulateOnboardingBlob\":",
        ",\"advancedThreatProtectionOffboardingBlob\":",
        ",\"advancedThreatProtectionOffboardingFilename\":",
        ",\"advancedThreatProtectionOnboardingBlob\":",
        ",\"advancedThreatProtectionOnboardingFilename\":",
        ",\"allowSampleSharing\":           ",
        ",\"enableExpeditedTelemetryReporting\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration\"";
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
            "advanced_threat_protection_auto_populate_onboarding_blob",
            &self.advanced_threat_protection_auto_populate_onboarding_blob,
        );
        v.field(
            19usize,
            "advanced_threat_protection_offboarding_blob",
            &self.advanced_threat_protection_offboarding_blob,
        );
        v.field(
            20usize,
            "advanced_threat_protection_offboarding_filename",
            &self.advanced_threat_protection_offboarding_filename,
        );
        v.field(
            21usize,
            "advanced_threat_protection_onboarding_blob",
            &self.advanced_threat_protection_onboarding_blob,
        );
        v.field(
            22usize,
            "advanced_threat_protection_onboarding_filename",
            &self.advanced_threat_protection_onboarding_filename,
        );
        v.field(23usize, "allow_sample_sharing", &self.allow_sample_sharing);
        v.field(
            24usize,
            "enable_expedited_telemetry_reporting",
            &self.enable_expedited_telemetry_reporting,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsDefenderAdvancedThreatProtectionConfiguration {
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
            18usize => {
                self.advanced_threat_protection_auto_populate_onboarding_blob
                    .read_from(r)
            }
            19usize => self.advanced_threat_protection_offboarding_blob.read_from(r),
            20usize => self.advanced_threat_protection_offboarding_filename.read_from(r),
            21usize => self.advanced_threat_protection_onboarding_blob.read_from(r),
            22usize => self.advanced_threat_protection_onboarding_filename.read_from(r),
            23usize => self.allow_sample_sharing.read_from(r),
            24usize => self.enable_expedited_telemetry_reporting.read_from(r),
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
        w.field(18usize, &self.advanced_threat_protection_auto_populate_onboarding_blob);
        w.field(19usize, &self.advanced_threat_protection_offboarding_blob);
        w.field(20usize, &self.advanced_threat_protection_offboarding_filename);
        w.field(21usize, &self.advanced_threat_protection_onboarding_blob);
        w.field(22usize, &self.advanced_threat_protection_onboarding_filename);
        w.field(23usize, &self.allow_sample_sharing);
        w.field(24usize, &self.enable_expedited_telemetry_reporting);
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
rt::impl_object!(WindowsDefenderAdvancedThreatProtectionConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsDefenderAdvancedThreatProtectionConfiguration { with_id id :
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
    with_advanced_threat_protection_auto_populate_onboarding_blob
    advanced_threat_protection_auto_populate_onboarding_blob : bool;
    with_advanced_threat_protection_offboarding_blob
    advanced_threat_protection_offboarding_blob : ::std::string::String;
    with_advanced_threat_protection_offboarding_filename
    advanced_threat_protection_offboarding_filename : ::std::string::String;
    with_advanced_threat_protection_onboarding_blob
    advanced_threat_protection_onboarding_blob : ::std::string::String;
    with_advanced_threat_protection_onboarding_filename
    advanced_threat_protection_onboarding_filename : ::std::string::String;
    with_allow_sample_sharing allow_sample_sharing : bool;
    with_enable_expedited_telemetry_reporting enable_expedited_telemetry_reporting :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderAdvancedThreatProtectionConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Delivery Optimization configuration
///
/// CSDL: `microsoft.graph.windowsDeliveryOptimizationConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`WindowsDeliveryOptimizationConfigurationPath`](requests/trait.WindowsDeliveryOptimizationConfigurationPath.html), what a path to one (`EntityPath<WindowsDeliveryOptimizationConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsDeliveryOptimizationConfiguration {
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
    /// Specifies number of seconds to delay an HTTP source in a background download that is allowed to use peer-to-peer. Valid values 0 to 4294967295
    ///
    /// CSDL: property `backgroundDownloadFromHttpDelayInSeconds`: `Edm.Int64`, not nullable.
    pub background_download_from_http_delay_in_seconds: rt::Field<i64>,
    /// Specifies foreground and background bandwidth usage using percentages, absolutes, or hours.
    ///
    /// CSDL: property `bandwidthMode`: `microsoft.graph.deliveryOptimizationBandwidth`, nullable.
    pub bandwidth_mode: rt::Field<crate::beta::AnyDeliveryOptimizationBandwidth>,
    /// Specifies number of seconds to delay a fall back from cache servers to an HTTP source for a background download. Valid values 0 to 2592000.
    ///
    /// CSDL: property `cacheServerBackgroundDownloadFallbackToHttpDelayInSeconds`: `Edm.Int32`, not nullable.
    pub cache_server_background_download_fallback_to_http_delay_in_seconds: rt::Field<
        i32,
    >,
    /// Specifies number of seconds to delay a fall back from cache servers to an HTTP source for a foreground download. Valid values 0 to 2592000.​
    ///
    /// CSDL: property `cacheServerForegroundDownloadFallbackToHttpDelayInSeconds`: `Edm.Int32`, not nullable.
    pub cache_server_foreground_download_fallback_to_http_delay_in_seconds: rt::Field<
        i32,
    >,
    /// Specifies cache servers host names.
    ///
    /// CSDL: property `cacheServerHostNames`: `Collection(Edm.String)`, nullable.
    pub cache_server_host_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Specifies the download method that delivery optimization can use to manage network bandwidth consumption for large content distribution scenarios.
    ///
    /// CSDL: property `deliveryOptimizationMode`: `microsoft.graph.windowsDeliveryOptimizationMode`, not nullable.
    pub delivery_optimization_mode: rt::Field<
        crate::beta::WindowsDeliveryOptimizationMode,
    >,
    /// Specifies number of seconds to delay an HTTP source in a foreground download that is allowed to use peer-to-peer (0-86400). Valid values 0 to 86400
    ///
    /// Specifying 0 sets Delivery Optimization to manage this setting using the cloud service. Valid values 0 to 86400
    ///
    /// CSDL: property `foregroundDownloadFromHttpDelayInSeconds`: `Edm.Int64`, nullable.
    pub foreground_download_from_http_delay_in_seconds: rt::Field<i64>,
    /// Specifies to restrict peer selection to a specfic source.
    ///
    /// The options set in this policy only apply to Delivery Optimization mode Group (2) download mode. If Group (2) isn't set as Download mode, this policy will be ignored. For option 3 - DHCP Option ID, the client will query DHCP Option ID 234 and use the returned GUID value as the Group ID.
    ///
    /// CSDL: property `groupIdSource`: `microsoft.graph.deliveryOptimizationGroupIdSource`, nullable.
    pub group_id_source: rt::Field<crate::beta::AnyDeliveryOptimizationGroupIdSource>,
    /// Specifies the maximum time in days that each file is held in the Delivery Optimization cache after downloading successfully (0-3650). Valid values 0 to 3650
    ///
    /// CSDL: property `maximumCacheAgeInDays`: `Edm.Int32`, nullable.
    pub maximum_cache_age_in_days: rt::Field<i32>,
    /// Specifies the maximum cache size that Delivery Optimization either as a percentage or in GB.
    ///
    /// CSDL: property `maximumCacheSize`: `microsoft.graph.deliveryOptimizationMaxCacheSize`, nullable.
    pub maximum_cache_size: rt::Field<crate::beta::AnyDeliveryOptimizationMaxCacheSize>,
    /// Specifies the minimum battery percentage to allow the device to upload data (0-100). Valid values 0 to 100
    ///
    /// The default value is 0. The value 0 (zero) means "not limited" and the cloud service default value will be used. Valid values 0 to 100
    ///
    /// CSDL: property `minimumBatteryPercentageAllowedToUpload`: `Edm.Int32`, nullable.
    pub minimum_battery_percentage_allowed_to_upload: rt::Field<i32>,
    /// Specifies the minimum disk size in GB to use Peer Caching (1-100000). Valid values 1 to 100000
    ///
    /// Recommended values: 64 GB to 256 GB. Valid values 1 to 100000
    ///
    /// CSDL: property `minimumDiskSizeAllowedToPeerInGigabytes`: `Edm.Int32`, nullable.
    pub minimum_disk_size_allowed_to_peer_in_gigabytes: rt::Field<i32>,
    /// Specifies the minimum content file size in MB enabled to use Peer Caching (1-100000). Valid values 1 to 100000
    ///
    /// Recommended values: 1 MB to 100,000 MB. Valid values 1 to 100000
    ///
    /// CSDL: property `minimumFileSizeToCacheInMegabytes`: `Edm.Int32`, nullable.
    pub minimum_file_size_to_cache_in_megabytes: rt::Field<i32>,
    /// Specifies the minimum RAM size in GB to use Peer Caching (1-100000). Valid values 1 to 100000
    ///
    /// CSDL: property `minimumRamAllowedToPeerInGigabytes`: `Edm.Int32`, nullable.
    pub minimum_ram_allowed_to_peer_in_gigabytes: rt::Field<i32>,
    /// Specifies the drive that Delivery Optimization should use for its cache.
    ///
    /// CSDL: property `modifyCacheLocation`: `Edm.String`, nullable.
    pub modify_cache_location: rt::Field<::std::string::String>,
    /// Specifies to restrict peer selection via selected option.
    ///
    /// Option 1 (Subnet mask) only applies to Delivery Optimization modes Download Mode LAN (1) and Group (2).
    ///
    /// CSDL: property `restrictPeerSelectionBy`: `microsoft.graph.deliveryOptimizationRestrictPeerSelectionByOptions`, not nullable.
    pub restrict_peer_selection_by: rt::Field<
        crate::beta::DeliveryOptimizationRestrictPeerSelectionByOptions,
    >,
    /// Specifies whether the device is allowed to participate in Peer Caching while connected via VPN to the domain network.
    ///
    /// CSDL: property `vpnPeerCaching`: `microsoft.graph.enablement`, not nullable.
    pub vpn_peer_caching: rt::Field<crate::beta::Enablement>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsDeliveryOptimizationConfiguration {
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
            background_download_from_http_delay_in_seconds: rt::Field::Absent,
            bandwidth_mode: rt::Field::Absent,
            cache_server_background_download_fallback_to_http_delay_in_seconds: rt::Field::Absent,
            cache_server_foreground_download_fallback_to_http_delay_in_seconds: rt::Field::Absent,
            cache_server_host_names: rt::Field::Absent,
            delivery_optimization_mode: rt::Field::Absent,
            foreground_download_from_http_delay_in_seconds: rt::Field::Absent,
            group_id_source: rt::Field::Absent,
            maximum_cache_age_in_days: rt::Field::Absent,
            maximum_cache_size: rt::Field::Absent,
            minimum_battery_percentage_allowed_to_upload: rt::Field::Absent,
            minimum_disk_size_allowed_to_peer_in_gigabytes: rt::Field::Absent,
            minimum_file_size_to_cache_in_megabytes: rt::Field::Absent,
            minimum_ram_allowed_to_peer_in_gigabytes: rt::Field::Absent,
            modify_cache_location: rt::Field::Absent,
            restrict_peer_selection_by: rt::Field::Absent,
            vpn_peer_caching: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsDeliveryOptimizationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeliveryOptimizationConfiguration";
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
        "backgroundDownloadFromHttpDelayInSeconds",
        "bandwidthMode",
        "cacheServerBackgroundDownloadFallbackToHttpDelayInSeconds",
        "cacheServerForegroundDownloadFallbackToHttpDelayInSeconds",
        "cacheServerHostNames",
        "deliveryOptimizationMode",
        "foregroundDownloadFromHttpDelayInSeconds",
        "groupIdSource",
        "maximumCacheAgeInDays",
        "maximumCacheSize",
        "minimumBatteryPercentageAllowedToUpload",
        "minimumDiskSizeAllowedToPeerInGigabytes",
        "minimumFileSizeToCacheInMegabytes",
        "minimumRamAllowedToPeerInGigabytes",
        "modifyCacheLocation",
        "restrictPeerSelectionBy",
        "vpnPeerCaching",
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
        ",\"backgroundDownloadFromHttpDelayInSeconds\":",
        ",\"bandwidthMode\":                ",
        ",\"cacheServerBackgroundDownloadFallbackToHttpDelayInSeconds\":",
        ",\"cacheServerForegroundDownloadFallbackToHttpDelayInSeconds\":",
        ",\"cacheServerHostNames\":         ",
        ",\"deliveryOptimizationMode\":     ",
        ",\"foregroundDownloadFromHttpDelayInSeconds\":",
        ",\"groupIdSource\":                ",
        ",\"maximumCacheAgeInDays\":        ",
        ",\"maximumCacheSize\":             ",
        ",\"minimumBatteryPercentageAllowedToUpload\":",
        ",\"minimumDiskSizeAllowedToPeerInGigabytes\":",
        ",\"minimumFileSizeToCacheInMegabytes\":",
        ",\"minimumRamAllowedToPeerInGigabytes\":",
        ",\"modifyCacheLocation\":          ",
        ",\"restrictPeerSelectionBy\":      ",
        ",\"vpnPeerCaching\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeliveryOptimizationConfiguration\"";
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
            "background_download_from_http_delay_in_seconds",
            &self.background_download_from_http_delay_in_seconds,
        );
        v.field(19usize, "bandwidth_mode", &self.bandwidth_mode);
        v.field(
            20usize,
            "cache_server_background_download_fallback_to_http_delay_in_seconds",
            &self.cache_server_background_download_fallback_to_http_delay_in_seconds,
        );
        v.field(
            21usize,
            "cache_server_foreground_download_fallback_to_http_delay_in_seconds",
            &self.cache_server_foreground_download_fallback_to_http_delay_in_seconds,
        );
        v.field(22usize, "cache_server_host_names", &self.cache_server_host_names);
        v.field(23usize, "delivery_optimization_mode", &self.delivery_optimization_mode);
        v.field(
            24usize,
            "foreground_download_from_http_delay_in_seconds",
            &self.foreground_download_from_http_delay_in_seconds,
        );
        v.field(25usize, "group_id_source", &self.group_id_source);
        v.field(26usize, "maximum_cache_age_in_days", &self.maximum_cache_age_in_days);
        v.field(27usize, "maximum_cache_size", &self.maximum_cache_size);
        v.field(
            28usize,
            "minimum_battery_percentage_allowed_to_upload",
            &self.minimum_battery_percentage_allowed_to_upload,
        );
        v.field(
            29usize,
            "minimum_disk_size_allowed_to_peer_in_gigabytes",
            &self.minimum_disk_size_allowed_to_peer_in_gigabytes,
        );
        v.field(
            30usize,
            "minimum_file_size_to_cache_in_megabytes",
            &self.minimum_file_size_to_cache_in_megabytes,
        );
        v.field(
            31usize,
            "minimum_ram_allowed_to_peer_in_gigabytes",
            &self.minimum_ram_allowed_to_peer_in_gigabytes,
        );
        v.field(32usize, "modify_cache_location", &self.modify_cache_location);
        v.field(33usize, "restrict_peer_selection_by", &self.restrict_peer_selection_by);
        v.field(34usize, "vpn_peer_caching", &self.vpn_peer_caching);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsDeliveryOptimizationConfiguration {
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
            18usize => self.background_download_from_http_delay_in_seconds.read_from(r),
            19usize => self.bandwidth_mode.read_from(r),
            20usize => {
                self.cache_server_background_download_fallback_to_http_delay_in_seconds
                    .read_from(r)
            }
            21usize => {
                self.cache_server_foreground_download_fallback_to_http_delay_in_seconds
                    .read_from(r)
            }
            22usize => self.cache_server_host_names.read_from(r),
            23usize => self.delivery_optimization_mode.read_from(r),
            24usize => self.foreground_download_from_http_delay_in_seconds.read_from(r),
            25usize => self.group_id_source.read_from(r),
            26usize => self.maximum_cache_age_in_days.read_from(r),
            27usize => self.maximum_cache_size.read_from(r),
            28usize => self.minimum_battery_percentage_allowed_to_upload.read_from(r),
            29usize => self.minimum_disk_size_allowed_to_peer_in_gigabytes.read_from(r),
            30usize => self.minimum_file_size_to_cache_in_megabytes.read_from(r),
            31usize => self.minimum_ram_allowed_to_peer_in_gigabytes.read_from(r),
            32usize => self.modify_cache_location.read_from(r),
            33usize => self.restrict_peer_selection_by.read_from(r),
            34usize => self.vpn_peer_caching.read_from(r),
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
        w.field(18usize, &self.background_download_from_http_delay_in_seconds);
        w.field(19usize, &self.bandwidth_mode);
        w.field(
            20usize,
            &self.cache_server_background_download_fallback_to_http_delay_in_seconds,
        );
        w.field(
            21usize,
            &self.cache_server_foreground_download_fallback_to_http_delay_in_seconds,
        );
        w.field(22usize, &self.cache_server_host_names);
        w.field(23usize, &self.delivery_optimization_mode);
        w.field(24usize, &self.foreground_download_from_http_delay_in_seconds);
        w.field(25usize, &self.group_id_source);
        w.field(26usize, &self.maximum_cache_age_in_days);
        w.field(27usize, &self.maximum_cache_size);
        w.field(28usize, &self.minimum_battery_percentage_allowed_to_upload);
        w.field(29usize, &self.minimum_disk_size_allowed_to_peer_in_gigabytes);
        w.field(30usize, &self.minimum_file_size_to_cache_in_megabytes);
        w.field(31usize, &self.minimum_ram_allowed_to_peer_in_gigabytes);
        w.field(32usize, &self.modify_cache_location);
        w.field(33usize, &self.restrict_peer_selection_by);
        w.field(34usize, &self.vpn_peer_caching);
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
rt::impl_object!(WindowsDeliveryOptimizationConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsDeliveryOptimizationConfiguration { with_id id : ::std::string::String;
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
    with_background_download_from_http_delay_in_seconds
    background_download_from_http_delay_in_seconds : i64; with_bandwidth_mode
    bandwidth_mode : crate ::beta::AnyDeliveryOptimizationBandwidth;
    with_cache_server_background_download_fallback_to_http_delay_in_seconds
    cache_server_background_download_fallback_to_http_delay_in_seconds : i32;
    with_cache_server_foreground_download_fallback_to_http_delay_in_seconds
    cache_server_foreground_download_fallback_to_http_delay_in_seconds : i32;
    with_cache_server_host_names cache_server_host_names : ::std::vec::Vec <
    ::std::string::String >; with_delivery_optimization_mode delivery_optimization_mode :
    crate ::beta::WindowsDeliveryOptimizationMode;
    with_foreground_download_from_http_delay_in_seconds
    foreground_download_from_http_delay_in_seconds : i64; with_group_id_source
    group_id_source : crate ::beta::AnyDeliveryOptimizationGroupIdSource;
    with_maximum_cache_age_in_days maximum_cache_age_in_days : i32;
    with_maximum_cache_size maximum_cache_size : crate
    ::beta::AnyDeliveryOptimizationMaxCacheSize;
    with_minimum_battery_percentage_allowed_to_upload
    minimum_battery_percentage_allowed_to_upload : i32;
    with_minimum_disk_size_allowed_to_peer_in_gigabytes
    minimum_disk_size_allowed_to_peer_in_gigabytes : i32;
    with_minimum_file_size_to_cache_in_megabytes minimum_file_size_to_cache_in_megabytes
    : i32; with_minimum_ram_allowed_to_peer_in_gigabytes
    minimum_ram_allowed_to_peer_in_gigabytes : i32; with_modify_cache_location
    modify_cache_location : ::std::string::String; with_restrict_peer_selection_by
    restrict_peer_selection_by : crate
    ::beta::DeliveryOptimizationRestrictPeerSelectionByOptions; with_vpn_peer_caching
    vpn_peer_caching : crate ::beta::Enablement; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeliveryOptimizationConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Domain Join device configuration.
///
/// CSDL: `microsoft.graph.windowsDomainJoinConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`WindowsDomainJoinConfigurationPath`](requests/trait.WindowsDomainJoinConfigurationPath.html), what a path to one (`EntityPath<WindowsDomainJoinConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsDomainJoinConfiguration {
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
    /// Active Directory domain name to join.
    ///
    /// CSDL: property `activeDirectoryDomainName`: `Edm.String`, not nullable.
    pub active_directory_domain_name: rt::Field<::std::string::String>,
    /// Fixed prefix to be used for computer name.
    ///
    /// CSDL: property `computerNameStaticPrefix`: `Edm.String`, not nullable.
    pub computer_name_static_prefix: rt::Field<::std::string::String>,
    /// Dynamically generated characters used as suffix for computer name. Valid values 3 to 14
    ///
    /// CSDL: property `computerNameSuffixRandomCharCount`: `Edm.Int32`, not nullable.
    pub computer_name_suffix_random_char_count: rt::Field<i32>,
    /// Organizational unit (OU) where the computer account will be created. If this parameter is NULL, the well known computer object container will be used as published in the domain.
    ///
    /// CSDL: property `organizationalUnit`: `Edm.String`, nullable.
    pub organizational_unit: rt::Field<::std::string::String>,
    /// Reference to device configurations required for network connectivity
    ///
    /// CSDL: navigation property `networkAccessConfigurations`: `Collection(microsoft.graph.deviceConfiguration)`, not nullable.
    pub network_access_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceConfiguration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsDomainJoinConfiguration {
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
            active_directory_domain_name: rt::Field::Absent,
            computer_name_static_prefix: rt::Field::Absent,
            computer_name_suffix_random_char_count: rt::Field::Absent,
            organizational_unit: rt::Field::Absent,
            network_access_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsDomainJoinConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDomainJoinConfiguration";
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
        "activeDirectoryDomainName",
        "computerNameStaticPrefix",
        "computerNameSuffixRandomCharCount",
        "organizationalUnit",
        "networkAccessConfigurations",
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
        ",\"activeDirectoryDomainName\":    ",
        ",\"computerNameStaticPrefix\":     ",
        ",\"computerNameSuffixRandomCharCount\":",
        ",\"organizationalUnit\":           ",
        ",\"networkAccessConfigurations\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDomainJoinConfiguration\"";
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
            "active_directory_domain_name",
            &self.active_directory_domain_name,
        );
        v.field(
            19usize,
            "computer_name_static_prefix",
            &self.computer_name_static_prefix,
        );
        v.field(
            20usize,
            "computer_name_suffix_random_char_count",
            &self.computer_name_suffix_random_char_count,
        );
        v.field(21usize, "organizational_unit", &self.organizational_unit);
        v.field(
            22usize,
            "network_access_configurations",
            &self.network_access_configurations,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsDomainJoinConfiguration {
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
            18usize => self.active_directory_domain_name.read_from(r),
            19usize => self.computer_name_static_prefix.read_from(r),
            20usize => self.computer_name_suffix_random_char_count.read_from(r),
            21usize => self.organizational_unit.read_from(r),
            22usize => self.network_access_configurations.read_from(r),
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
        w.field(18usize, &self.active_directory_domain_name);
        w.field(19usize, &self.computer_name_static_prefix);
        w.field(20usize, &self.computer_name_suffix_random_char_count);
        w.field(21usize, &self.organizational_unit);
        w.field(22usize, &self.network_access_configurations);
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
rt::impl_object!(WindowsDomainJoinConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsDomainJoinConfiguration { with_id id : ::std::string::String;
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
    with_active_directory_domain_name active_directory_domain_name :
    ::std::string::String; with_computer_name_static_prefix computer_name_static_prefix :
    ::std::string::String; with_computer_name_suffix_random_char_count
    computer_name_suffix_random_char_count : i32; with_organizational_unit
    organizational_unit : ::std::string::String; with_network_access_configurations
    network_access_configurations : ::std::vec::Vec < crate
    ::beta::AnyDeviceConfiguration >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDomainJoinConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows device health monitoring configuration
///
/// CSDL: `microsoft.graph.windowsHealthMonitoringConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsHealthMonitoringConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsHealthMonitoringConfiguration {
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
    /// Enables device health monitoring on the device
    ///
    /// CSDL: property `allowDeviceHealthMonitoring`: `microsoft.graph.enablement`, not nullable.
    pub allow_device_health_monitoring: rt::Field<crate::beta::Enablement>,
    /// Specifies custom set of events collected from the device where health monitoring is enabled
    ///
    /// CSDL: property `configDeviceHealthMonitoringCustomScope`: `Edm.String`, nullable.
    pub config_device_health_monitoring_custom_scope: rt::Field<::std::string::String>,
    /// Specifies set of events collected from the device where health monitoring is enabled
    ///
    /// CSDL: property `configDeviceHealthMonitoringScope`: `microsoft.graph.windowsHealthMonitoringScope`, not nullable.
    pub config_device_health_monitoring_scope: rt::Field<
        rt::Flags<crate::beta::WindowsHealthMonitoringScope>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsHealthMonitoringConfiguration {
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
            allow_device_health_monitoring: rt::Field::Absent,
            config_device_health_monitoring_custom_scope: rt::Field::Absent,
            config_device_health_monitoring_scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsHealthMonitoringConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsHealthMonitoringConfiguration";
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
        "allowDeviceHealthMonitoring",
        "configDeviceHealthMonitoringCustomScope",
        "configDeviceHealthMonitoringScope",
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
        ",\"allowDeviceHealthMonitoring\":  ",
        ",\"configDeviceHealthMonitoringCustomScope\":",
        ",\"configDeviceHealthMonitoringScope\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsHealthMonitoringConfiguration\"";
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
            "allow_device_health_monitoring",
            &self.allow_device_health_monitoring,
        );
        v.field(
            19usize,
            "config_device_health_monitoring_custom_scope",
            &self.config_device_health_monitoring_custom_scope,
        );
        v.field(
            20usize,
            "config_device_health_monitoring_scope",
            &self.config_device_health_monitoring_scope,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsHealthMonitoringConfiguration {
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
            18usize => self.allow_device_health_monitoring.read_from(r),
            19usize => self.config_device_health_monitoring_custom_scope.read_from(r),
            20usize => self.config_device_health_monitoring_scope.read_from(r),
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
        w.field(18usize, &self.allow_device_health_monitoring);
        w.field(19usize, &self.config_device_health_monitoring_custom_scope);
        w.field(20usize, &self.config_device_health_monitoring_scope);
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
rt::impl_object!(WindowsHealthMonitoringConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsHealthMonitoringConfiguration { with_id id : ::std::string::String;
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
    with_allow_device_health_monitoring allow_device_health_monitoring : crate
    ::beta::Enablement; with_config_device_health_monitoring_custom_scope
    config_device_health_monitoring_custom_scope : ::std::string::String;
    with_config_device_health_monitoring_scope config_device_health_monitoring_scope :
    rt::Flags < crate ::beta::WindowsHealthMonitoringScope >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsHealthMonitoringConfiguration);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsHelloForBusinessAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`WindowsHelloForBusinessAuthenticationMethodPath`](requests/trait.WindowsHelloForBusinessAuthenticationMethodPath.html), what a path to one (`EntityPath<WindowsHelloForBusinessAuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsHelloForBusinessAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `keyStrength`: `microsoft.graph.authenticationMethodKeyStrength`, nullable.
    pub key_strength: rt::Field<crate::beta::AuthenticationMethodKeyStrength>,
    /// CSDL: containment navigation property `device`: `microsoft.graph.device`, nullable.
    pub device: rt::Field<crate::beta::Device>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WindowsHelloForBusinessAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            key_strength: rt::Field::Absent,
            device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WindowsHelloForBusinessAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsHelloForBusinessAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "keyStrength",
        "device",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"keyStrength\":                  ",
        ",\"device\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsHelloForBusinessAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "key_strength", &self.key_strength);
        v.field(4usize, "device", &self.device);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WindowsHelloForBusinessAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.key_strength.read_from(r),
            4usize => self.device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.key_strength);
        w.field(4usize, &self.device);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(WindowsHelloForBusinessAuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WindowsHelloForBusinessAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_key_strength key_strength : crate
    ::beta::AuthenticationMethodKeyStrength; with_device device : crate ::beta::Device; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsHelloForBusinessAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
/// This entity provides descriptions of the declared methods, properties and relationships exposed by Windows Hello for Business.
///
/// CSDL: `microsoft.graph.windowsIdentityProtectionConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsIdentityProtectionConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsIdentityProtectionConfiguration {
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
    /// Boolean value used to enable enhanced anti-spoofing for facial feature recognition on Windows Hello face authentication.
    ///
    /// CSDL: property `enhancedAntiSpoofingForFacialFeaturesEnabled`: `Edm.Boolean`, not nullable.
    pub enhanced_anti_spoofing_for_facial_features_enabled: rt::Field<bool>,
    /// Integer value specifies the period (in days) that a PIN can be used before the system requires the user to change it. Valid values are 0 to 730 inclusive. Valid values 0 to 730
    ///
    /// CSDL: property `pinExpirationInDays`: `Edm.Int32`, nullable.
    pub pin_expiration_in_days: rt::Field<i32>,
    /// This value configures the use of lowercase characters in the Windows Hello for Business PIN.
    ///
    /// CSDL: property `pinLowercaseCharactersUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub pin_lowercase_characters_usage: rt::Field<crate::beta::ConfigurationUsage>,
    /// Integer value that sets the maximum number of characters allowed for the work PIN. Valid values are 4 to 127 inclusive and greater than or equal to the value set for the minimum PIN. Valid values 4 to 127
    ///
    /// CSDL: property `pinMaximumLength`: `Edm.Int32`, nullable.
    pub pin_maximum_length: rt::Field<i32>,
    /// Integer value that sets the minimum number of characters required for the Windows Hello for Business PIN. Valid values are 4 to 127 inclusive and less than or equal to the value set for the maximum PIN. Valid values 4 to 127
    ///
    /// CSDL: property `pinMinimumLength`: `Edm.Int32`, nullable.
    pub pin_minimum_length: rt::Field<i32>,
    /// Controls the ability to prevent users from using past PINs. This must be set between 0 and 50, inclusive, and the current PIN of the user is included in that count. If set to 0, previous PINs are not stored. PIN history is not preserved through a PIN reset. Valid values 0 to 50
    ///
    /// CSDL: property `pinPreviousBlockCount`: `Edm.Int32`, nullable.
    pub pin_previous_block_count: rt::Field<i32>,
    /// Boolean value that enables a user to change their PIN by using the Windows Hello for Business PIN recovery service.
    ///
    /// CSDL: property `pinRecoveryEnabled`: `Edm.Boolean`, not nullable.
    pub pin_recovery_enabled: rt::Field<bool>,
    /// Controls the ability to use special characters in the Windows Hello for Business PIN.
    ///
    /// CSDL: property `pinSpecialCharactersUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub pin_special_characters_usage: rt::Field<crate::beta::ConfigurationUsage>,
    /// This value configures the use of uppercase characters in the Windows Hello for Business PIN.
    ///
    /// CSDL: property `pinUppercaseCharactersUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub pin_uppercase_characters_usage: rt::Field<crate::beta::ConfigurationUsage>,
    /// Controls whether to require a Trusted Platform Module (TPM) for provisioning Windows Hello for Business. A TPM provides an additional security benefit in that data stored on it cannot be used on other devices. If set to False, all devices can provision Windows Hello for Business even if there is not a usable TPM.
    ///
    /// CSDL: property `securityDeviceRequired`: `Edm.Boolean`, not nullable.
    pub security_device_required: rt::Field<bool>,
    /// Controls the use of biometric gestures, such as face and fingerprint, as an alternative to the Windows Hello for Business PIN.  If set to False, biometric gestures are not allowed. Users must still configure a PIN as a backup in case of failures.
    ///
    /// CSDL: property `unlockWithBiometricsEnabled`: `Edm.Boolean`, not nullable.
    pub unlock_with_biometrics_enabled: rt::Field<bool>,
    /// Boolean value that enables Windows Hello for Business to use certificates to authenticate on-premise resources.
    ///
    /// CSDL: property `useCertificatesForOnPremisesAuthEnabled`: `Edm.Boolean`, not nullable.
    pub use_certificates_for_on_premises_auth_enabled: rt::Field<bool>,
    /// Boolean value used to enable the Windows Hello security key as a logon credential.
    ///
    /// CSDL: property `useSecurityKeyForSignin`: `Edm.Boolean`, not nullable.
    pub use_security_key_for_signin: rt::Field<bool>,
    /// Boolean value that blocks Windows Hello for Business as a method for signing into Windows.
    ///
    /// CSDL: property `windowsHelloForBusinessBlocked`: `Edm.Boolean`, nullable.
    pub windows_hello_for_business_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsIdentityProtectionConfiguration {
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
            enhanced_anti_spoofing_for_facial_features_enabled: rt::Field::Absent,
            pin_expiration_in_days: rt::Field::Absent,
            pin_lowercase_characters_usage: rt::Field::Absent,
            pin_maximum_length: rt::Field::Absent,
            pin_minimum_length: rt::Field::Absent,
            pin_previous_block_count: rt::Field::Absent,
            pin_recovery_enabled: rt::Field::Absent,
            pin_special_characters_usage: rt::Field::Absent,
            pin_uppercase_characters_usage: rt::Field::Absent,
            security_device_required: rt::Field::Absent,
            unlock_with_biometrics_enabled: rt::Field::Absent,
            use_certificates_for_on_premises_auth_enabled: rt::Field::Absent,
            use_security_key_for_signin: rt::Field::Absent,
            windows_hello_for_business_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsIdentityProtectionConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsIdentityProtectionConfiguration";
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
        "enhancedAntiSpoofingForFacialFeaturesEnabled",
        "pinExpirationInDays",
        "pinLowercaseCharactersUsage",
        "pinMaximumLength",
        "pinMinimumLength",
        "pinPreviousBlockCount",
        "pinRecoveryEnabled",
        "pinSpecialCharactersUsage",
        "pinUppercaseCharactersUsage",
        "securityDeviceRequired",
        "unlockWithBiometricsEnabled",
        "useCertificatesForOnPremisesAuthEnabled",
        "useSecurityKeyForSignin",
        "windowsHelloForBusinessBlocked",
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
        ",\"enhancedAntiSpoofingForFacialFeaturesEnabled\":",
        ",\"pinExpirationInDays\":          ",
        ",\"pinLowercaseCharactersUsage\":  ",
        ",\"pinMaximumLength\":             ",
        ",\"pinMinimumLength\":             ",
        ",\"pinPreviousBlockCount\":        ",
        ",\"pinRecoveryEnabled\":           ",
        ",\"pinSpecialCharactersUsage\":    ",
        ",\"pinUppercaseCharactersUsage\":  ",
        ",\"securityDeviceRequired\":       ",
        ",\"unlockWithBiometricsEnabled\":  ",
        ",\"useCertificatesForOnPremisesAuthEnabled\":",
        ",\"useSecurityKeyForSignin\":      ",
        ",\"windowsHelloForBusinessBlocked\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsIdentityProtectionConfiguration\"";
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
            "enhanced_anti_spoofing_for_facial_features_enabled",
            &self.enhanced_anti_spoofing_for_facial_features_enabled,
        );
        v.field(19usize, "pin_expiration_in_days", &self.pin_expiration_in_days);
        v.field(
            20usize,
            "pin_lowercase_characters_usage",
            &self.pin_lowercase_characters_usage,
        );
        v.field(21usize, "pin_maximum_length", &self.pin_maximum_length);
        v.field(22usize, "pin_minimum_length", &self.pin_minimum_length);
        v.field(23usize, "pin_previous_block_count", &self.pin_previous_block_count);
        v.field(24usize, "pin_recovery_enabled", &self.pin_recovery_enabled);
        v.field(
            25usize,
            "pin_special_characters_usage",
            &self.pin_special_characters_usage,
        );
        v.field(
            26usize,
            "pin_uppercase_characters_usage",
            &self.pin_uppercase_characters_usage,
        );
        v.field(27usize, "security_device_required", &self.security_device_required);
        v.field(
            28usize,
            "unlock_with_biometrics_enabled",
            &self.unlock_with_biometrics_enabled,
        );
        v.field(
            29usize,
            "use_certificates_for_on_premises_auth_enabled",
            &self.use_certificates_for_on_premises_auth_enabled,
        );
        v.field(
            30usize,
            "use_security_key_for_signin",
            &self.use_security_key_for_signin,
        );
        v.field(
            31usize,
            "windows_hello_for_business_blocked",
            &self.windows_hello_for_business_blocked,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsIdentityProtectionConfiguration {
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
            18usize => {
                self.enhanced_anti_spoofing_for_facial_features_enabled.read_from(r)
            }
            19usize => self.pin_expiration_in_days.read_from(r),
            20usize => self.pin_lowercase_characters_usage.read_from(r),
            21usize => self.pin_maximum_length.read_from(r),
            22usize => self.pin_minimum_length.read_from(r),
            23usize => self.pin_previous_block_count.read_from(r),
            24usize => self.pin_recovery_enabled.read_from(r),
            25usize => self.pin_special_characters_usage.read_from(r),
            26usize => self.pin_uppercase_characters_usage.read_from(r),
            27usize => self.security_device_required.read_from(r),
            28usize => self.unlock_with_biometrics_enabled.read_from(r),
            29usize => self.use_certificates_for_on_premises_auth_enabled.read_from(r),
            30usize => self.use_security_key_for_signin.read_from(r),
            31usize => self.windows_hello_for_business_blocked.read_from(r),
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
        w.field(18usize, &self.enhanced_anti_spoofing_for_facial_features_enabled);
        w.field(19usize, &self.pin_expiration_in_days);
        w.field(20usize, &self.pin_lowercase_characters_usage);
        w.field(21usize, &self.pin_maximum_length);
        w.field(22usize, &self.pin_minimum_length);
        w.field(23usize, &self.pin_previous_block_count);
        w.field(24usize, &self.pin_recovery_enabled);
        w.field(25usize, &self.pin_special_characters_usage);
        w.field(26usize, &self.pin_uppercase_characters_usage);
        w.field(27usize, &self.security_device_required);
        w.field(28usize, &self.unlock_with_biometrics_enabled);
        w.field(29usize, &self.use_certificates_for_on_premises_auth_enabled);
        w.field(30usize, &self.use_security_key_for_signin);
        w.field(31usize, &self.windows_hello_for_business_blocked);
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
rt::impl_object!(WindowsIdentityProtectionConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsIdentityProtectionConfiguration { with_id id : ::std::string::String;
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
    with_enhanced_anti_spoofing_for_facial_features_enabled
    enhanced_anti_spoofing_for_facial_features_enabled : bool;
    with_pin_expiration_in_days pin_expiration_in_days : i32;
    with_pin_lowercase_characters_usage pin_lowercase_characters_usage : crate
    ::beta::ConfigurationUsage; with_pin_maximum_length pin_maximum_length : i32;
    with_pin_minimum_length pin_minimum_length : i32; with_pin_previous_block_count
    pin_previous_block_count : i32; with_pin_recovery_enabled pin_recovery_enabled :
    bool; with_pin_special_characters_usage pin_special_characters_usage : crate
    ::beta::ConfigurationUsage; with_pin_uppercase_characters_usage
    pin_uppercase_characters_usage : crate ::beta::ConfigurationUsage;
    with_security_device_required security_device_required : bool;
    with_unlock_with_biometrics_enabled unlock_with_biometrics_enabled : bool;
    with_use_certificates_for_on_premises_auth_enabled
    use_certificates_for_on_premises_auth_enabled : bool;
    with_use_security_key_for_signin use_security_key_for_signin : bool;
    with_windows_hello_for_business_blocked windows_hello_for_business_blocked : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsIdentityProtectionConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This entity provides descriptions of the declared methods, properties and relationships exposed by the kiosk resource.
///
/// CSDL: `microsoft.graph.windowsKioskConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`WindowsKioskConfigurationPath`](requests/trait.WindowsKioskConfigurationPath.html), what a path to one (`EntityPath<WindowsKioskConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskConfiguration {
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
    /// Enable public browsing kiosk mode for the Microsoft Edge browser. The Default is false.
    ///
    /// CSDL: property `edgeKioskEnablePublicBrowsing`: `Edm.Boolean`, not nullable.
    pub edge_kiosk_enable_public_browsing: rt::Field<bool>,
    /// Specify URLs that the kiosk browser is allowed to navigate to
    ///
    /// CSDL: property `kioskBrowserBlockedUrlExceptions`: `Collection(Edm.String)`, nullable.
    pub kiosk_browser_blocked_url_exceptions: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Specify URLs that the kiosk browsers should not navigate to
    ///
    /// CSDL: property `kioskBrowserBlockedURLs`: `Collection(Edm.String)`, nullable.
    pub kiosk_browser_blocked_ur_ls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Specify the default URL the browser should navigate to on launch.
    ///
    /// CSDL: property `kioskBrowserDefaultUrl`: `Edm.String`, nullable.
    pub kiosk_browser_default_url: rt::Field<::std::string::String>,
    /// Enable the kiosk browser's end session button. By default, the end session button is disabled.
    ///
    /// CSDL: property `kioskBrowserEnableEndSessionButton`: `Edm.Boolean`, not nullable.
    pub kiosk_browser_enable_end_session_button: rt::Field<bool>,
    /// Enable the kiosk browser's home button. By default, the home button is disabled.
    ///
    /// CSDL: property `kioskBrowserEnableHomeButton`: `Edm.Boolean`, not nullable.
    pub kiosk_browser_enable_home_button: rt::Field<bool>,
    /// Enable the kiosk browser's navigation buttons(forward/back). By default, the navigation buttons are disabled.
    ///
    /// CSDL: property `kioskBrowserEnableNavigationButtons`: `Edm.Boolean`, not nullable.
    pub kiosk_browser_enable_navigation_buttons: rt::Field<bool>,
    /// Specify the number of minutes the session is idle until the kiosk browser restarts in a fresh state.  Valid values are 1-1440. Valid values 1 to 1440
    ///
    /// CSDL: property `kioskBrowserRestartOnIdleTimeInMinutes`: `Edm.Int32`, nullable.
    pub kiosk_browser_restart_on_idle_time_in_minutes: rt::Field<i32>,
    /// This policy setting allows to define a list of Kiosk profiles for a Kiosk configuration. This collection can contain a maximum of 3 elements.
    ///
    /// CSDL: property `kioskProfiles`: `Collection(microsoft.graph.windowsKioskProfile)`, nullable.
    pub kiosk_profiles: rt::Field<::std::vec::Vec<crate::beta::WindowsKioskProfile>>,
    /// force update schedule for Kiosk devices.
    ///
    /// CSDL: property `windowsKioskForceUpdateSchedule`: `microsoft.graph.windowsKioskForceUpdateSchedule`, nullable.
    pub windows_kiosk_force_update_schedule: rt::Field<
        crate::beta::WindowsKioskForceUpdateSchedule,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskConfiguration {
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
            edge_kiosk_enable_public_browsing: rt::Field::Absent,
            kiosk_browser_blocked_url_exceptions: rt::Field::Absent,
            kiosk_browser_blocked_ur_ls: rt::Field::Absent,
            kiosk_browser_default_url: rt::Field::Absent,
            kiosk_browser_enable_end_session_button: rt::Field::Absent,
            kiosk_browser_enable_home_button: rt::Field::Absent,
            kiosk_browser_enable_navigation_buttons: rt::Field::Absent,
            kiosk_browser_restart_on_idle_time_in_minutes: rt::Field::Absent,
            kiosk_profiles: rt::Field::Absent,
            windows_kiosk_force_update_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskConfiguration";
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
        "edgeKioskEnablePublicBrowsing",
        "kioskBrowserBlockedUrlExceptions",
        "kioskBrowserBlockedURLs",
        "kioskBrowserDefaultUrl",
        "kioskBrowserEnableEndSessionButton",
        "kioskBrowserEnableHomeButton",
        "kioskBrowserEnableNavigationButtons",
        "kioskBrowserRestartOnIdleTimeInMinutes",
        "kioskProfiles",
        "windowsKioskForceUpdateSchedule",
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
        ",\"edgeKioskEnablePublicBrowsing\":",
        ",\"kioskBrowserBlockedUrlExceptions\":",
        ",\"kioskBrowserBlockedURLs\":      ",
        ",\"kioskBrowserDefaultUrl\":       ",
        ",\"kioskBrowserEnableEndSessionButton\":",
        ",\"kioskBrowserEnableHomeButton\": ",
        ",\"kioskBrowserEnableNavigationButtons\":",
        ",\"kioskBrowserRestartOnIdleTimeInMinutes\":",
        ",\"kioskProfiles\":                ",
        ",\"windowsKioskForceUpdateSchedule\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskConfiguration\"";
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
            "edge_kiosk_enable_public_browsing",
            &self.edge_kiosk_enable_public_browsing,
        );
        v.field(
            19usize,
            "kiosk_browser_blocked_url_exceptions",
            &self.kiosk_browser_blocked_url_exceptions,
        );
        v.field(
            20usize,
            "kiosk_browser_blocked_ur_ls",
            &self.kiosk_browser_blocked_ur_ls,
        );
        v.field(21usize, "kiosk_browser_default_url", &self.kiosk_browser_default_url);
        v.field(
            22usize,
            "kiosk_browser_enable_end_session_button",
            &self.kiosk_browser_enable_end_session_button,
        );
        v.field(
            23usize,
            "kiosk_browser_enable_home_button",
            &self.kiosk_browser_enable_home_button,
        );
        v.field(
            24usize,
            "kiosk_browser_enable_navigation_buttons",
            &self.kiosk_browser_enable_navigation_buttons,
        );
        v.field(
            25usize,
            "kiosk_browser_restart_on_idle_time_in_minutes",
            &self.kiosk_browser_restart_on_idle_time_in_minutes,
        );
        v.field(26usize, "kiosk_profiles", &self.kiosk_profiles);
        v.field(
            27usize,
            "windows_kiosk_force_update_schedule",
            &self.windows_kiosk_force_update_schedule,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskConfiguration {
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
            18usize => self.edge_kiosk_enable_public_browsing.read_from(r),
            19usize => self.kiosk_browser_blocked_url_exceptions.read_from(r),
            20usize => self.kiosk_browser_blocked_ur_ls.read_from(r),
            21usize => self.kiosk_browser_default_url.read_from(r),
            22usize => self.kiosk_browser_enable_end_session_button.read_from(r),
            23usize => self.kiosk_browser_enable_home_button.read_from(r),
            24usize => self.kiosk_browser_enable_navigation_buttons.read_from(r),
            25usize => self.kiosk_browser_restart_on_idle_time_in_minutes.read_from(r),
            26usize => self.kiosk_profiles.read_from(r),
            27usize => self.windows_kiosk_force_update_schedule.read_from(r),
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
        w.field(18usize, &self.edge_kiosk_enable_public_browsing);
        w.field(19usize, &self.kiosk_browser_blocked_url_exceptions);
        w.field(20usize, &self.kiosk_browser_blocked_ur_ls);
        w.field(21usize, &self.kiosk_browser_default_url);
        w.field(22usize, &self.kiosk_browser_enable_end_session_button);
        w.field(23usize, &self.kiosk_browser_enable_home_button);
        w.field(24usize, &self.kiosk_browser_enable_navigation_buttons);
        w.field(25usize, &self.kiosk_browser_restart_on_idle_time_in_minutes);
        w.field(26usize, &self.kiosk_profiles);
        w.field(27usize, &self.windows_kiosk_force_update_schedule);
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
rt::impl_object!(WindowsKioskConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskConfiguration { with_id id : ::std::string::String;
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
    with_edge_kiosk_enable_public_browsing edge_kiosk_enable_public_browsing : bool;
    with_kiosk_browser_blocked_url_exceptions kiosk_browser_blocked_url_exceptions :
    ::std::vec::Vec < ::std::string::String >; with_kiosk_browser_blocked_ur_ls
    kiosk_browser_blocked_ur_ls : ::std::vec::Vec < ::std::string::String >;
    with_kiosk_browser_default_url kiosk_browser_default_url : ::std::string::String;
    with_kiosk_browser_enable_end_session_button kiosk_browser_enable_end_session_button
    : bool; with_kiosk_browser_enable_home_button kiosk_browser_enable_home_button :
    bool; with_kiosk_browser_enable_navigation_buttons
    kiosk_browser_enable_navigation_buttons : bool;
    with_kiosk_browser_restart_on_idle_time_in_minutes
    kiosk_browser_restart_on_idle_time_in_minutes : i32; with_kiosk_profiles
    kiosk_profiles : ::std::vec::Vec < crate ::beta::WindowsKioskProfile >;
    with_windows_kiosk_force_update_schedule windows_kiosk_force_update_schedule : crate
    ::beta::WindowsKioskForceUpdateSchedule; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskConfiguration);
