//! Types of `microsoft.graph` by the first letters of their names (`windows10c_windows10e`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Base class for Windows 10 certificate profile.
///
/// CSDL: `microsoft.graph.windows10CertificateProfileBase`, entity type, derived from `microsoft.graph.windowsCertificateProfileBase`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyWindows10CertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10CertificateProfileBase {
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
impl ::std::default::Default for Windows10CertificateProfileBase {
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
impl rt::Object for Windows10CertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10CertificateProfileBase";
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
    const TAG: &'static str = "\"#microsoft.graph.windows10CertificateProfileBase\"";
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
impl rt::object::Members for Windows10CertificateProfileBase {
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
rt::impl_object!(Windows10CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10CertificateProfileBase { with_id id : ::std::string::String;
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
rt::impl_serde!(Windows10CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windows10CertificateProfileBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindows10CertificateProfileBase {
    Windows10CertificateProfileBase(
        ::std::boxed::Box<crate::beta::Windows10CertificateProfileBase>,
    ),
    Windows10PkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10PkcsCertificateProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindows10CertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::Windows10CertificateProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10CertificateProfileBase>
for AnyWindows10CertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10CertificateProfileBase) -> Self {
        Self::Windows10CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10PkcsCertificateProfile>
for AnyWindows10CertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::Windows10PkcsCertificateProfile) -> Self {
        Self::Windows10PkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindows10CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindows10CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindows10CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindows10CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindows10CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Windows10CertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::Windows10PkcsCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindows10CertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.windows10CertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windows10PkcsCertificateProfile",
            ) => Self::Windows10PkcsCertificateProfile(rt::object::new_boxed()),
            _ => Self::Windows10CertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Windows10CertificateProfileBase(v) => &**v,
            Self::Windows10PkcsCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut **v,
            Self::Windows10PkcsCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindows10CertificateProfileBase {
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
            Self::Windows10CertificateProfileBase(v) => &v.id,
            Self::Windows10PkcsCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.id,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.created_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.created_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.description,
            Self::Windows10PkcsCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.description,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.display_name,
            Self::Windows10PkcsCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.display_name,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.last_modified_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::Windows10PkcsCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.supports_scope_tags,
            Self::Windows10PkcsCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.version,
            Self::Windows10PkcsCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.version,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.assignments,
            Self::Windows10PkcsCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.assignments,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::Windows10PkcsCertificateProfile(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => &v.device_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.device_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.device_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.device_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.group_assignments,
            Self::Windows10PkcsCertificateProfile(v) => &v.group_assignments,
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
            Self::Windows10CertificateProfileBase(v) => &mut v.group_assignments,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.user_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.user_statuses,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.user_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.user_status_overview,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.user_status_overview,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale(
        &self,
    ) -> &rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::Windows10CertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::Windows10CertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => &v.key_storage_provider,
            Self::Windows10PkcsCertificateProfile(v) => &v.key_storage_provider,
        }
    }
    /// `keyStorageProvider` of any variant.
    #[inline]
    pub fn key_storage_provider_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::KeyStorageProviderOption> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.key_storage_provider,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.key_storage_provider,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.renewal_threshold_percentage,
            Self::Windows10PkcsCertificateProfile(v) => &v.renewal_threshold_percentage,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::Windows10PkcsCertificateProfile(v) => {
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
            Self::Windows10CertificateProfileBase(v) => &v.subject_alternative_name_type,
            Self::Windows10PkcsCertificateProfile(v) => &v.subject_alternative_name_type,
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::Windows10CertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::Windows10PkcsCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(&self) -> &rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &v.subject_name_format,
            Self::Windows10PkcsCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::Windows10CertificateProfileBase(v) => &mut v.subject_name_format,
            Self::Windows10PkcsCertificateProfile(v) => &mut v.subject_name_format,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindows10CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindows10CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windows10CustomConfiguration resource.
///
/// CSDL: `microsoft.graph.windows10CustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10CustomConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10CustomConfiguration {
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
impl ::std::default::Default for Windows10CustomConfiguration {
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
impl rt::Object for Windows10CustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10CustomConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.windows10CustomConfiguration\"";
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
impl rt::object::Members for Windows10CustomConfiguration {
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
rt::impl_object!(Windows10CustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10CustomConfiguration { with_id id : ::std::string::String;
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
rt::impl_serde!(Windows10CustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Graph properties for Device Firmware Configuration Interface
///
/// CSDL: `microsoft.graph.windows10DeviceFirmwareConfigurationInterface`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10DeviceFirmwareConfigurationInterface, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10DeviceFirmwareConfigurationInterface {
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
    /// Defines whether a user is allowed to boot from built-in network adapters.
    ///
    /// CSDL: property `bootFromBuiltInNetworkAdapters`: `microsoft.graph.enablement`, not nullable.
    pub boot_from_built_in_network_adapters: rt::Field<crate::beta::Enablement>,
    /// Defines whether a user is allowed to boot from external media.
    ///
    /// CSDL: property `bootFromExternalMedia`: `microsoft.graph.enablement`, not nullable.
    pub boot_from_external_media: rt::Field<crate::beta::Enablement>,
    /// Defines whether built-in cameras are enabled.
    ///
    /// CSDL: property `cameras`: `microsoft.graph.enablement`, not nullable.
    pub cameras: rt::Field<crate::beta::Enablement>,
    /// Defines the permission level granted to users to change UEFI settings.
    ///
    /// CSDL: property `changeUefiSettingsPermission`: `microsoft.graph.changeUefiSettingsPermission`, not nullable.
    pub change_uefi_settings_permission: rt::Field<
        crate::beta::ChangeUefiSettingsPermission,
    >,
    /// Defines whether built-in microphones or speakers are enabled.
    ///
    /// CSDL: property `microphonesAndSpeakers`: `microsoft.graph.enablement`, not nullable.
    pub microphones_and_speakers: rt::Field<crate::beta::Enablement>,
    /// Defines whether built-in radios e.g. WIFI, NFC, Bluetooth, are enabled.
    ///
    /// CSDL: property `radios`: `microsoft.graph.enablement`, not nullable.
    pub radios: rt::Field<crate::beta::Enablement>,
    /// Defines whether a user is allowed to enable Simultaneous MultiThreading.
    ///
    /// CSDL: property `simultaneousMultiThreading`: `microsoft.graph.enablement`, not nullable.
    pub simultaneous_multi_threading: rt::Field<crate::beta::Enablement>,
    /// Defines whether CPU and IO virtualization is enabled.
    ///
    /// CSDL: property `virtualizationOfCpuAndIO`: `microsoft.graph.enablement`, not nullable.
    pub virtualization_of_cpu_and_io: rt::Field<crate::beta::Enablement>,
    /// Defines whether a user is allowed to enable Windows Platform Binary Table.
    ///
    /// CSDL: property `windowsPlatformBinaryTable`: `microsoft.graph.enablement`, not nullable.
    pub windows_platform_binary_table: rt::Field<crate::beta::Enablement>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10DeviceFirmwareConfigurationInterface {
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
            boot_from_built_in_network_adapters: rt::Field::Absent,
            boot_from_external_media: rt::Field::Absent,
            cameras: rt::Field::Absent,
            change_uefi_settings_permission: rt::Field::Absent,
            microphones_and_speakers: rt::Field::Absent,
            radios: rt::Field::Absent,
            simultaneous_multi_threading: rt::Field::Absent,
            virtualization_of_cpu_and_io: rt::Field::Absent,
            windows_platform_binary_table: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10DeviceFirmwareConfigurationInterface {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10DeviceFirmwareConfigurationInterface";
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
        "bootFromBuiltInNetworkAdapters",
        "bootFromExternalMedia",
        "cameras",
        "changeUefiSettingsPermission",
        "microphonesAndSpeakers",
        "radios",
        "simultaneousMultiThreading",
        "virtualizationOfCpuAndIO",
        "windowsPlatformBinaryTable",
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
        ",\"bootFromBuiltInNetworkAdapters\":",
        ",\"bootFromExternalMedia\":        ",
        ",\"cameras\":                      ",
        ",\"changeUefiSettingsPermission\": ",
        ",\"microphonesAndSpeakers\":       ",
        ",\"radios\":                       ",
        ",\"simultaneousMultiThreading\":   ",
        ",\"virtualizationOfCpuAndIO\":     ",
        ",\"windowsPlatformBinaryTable\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10DeviceFirmwareConfigurationInterface\"";
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
            "boot_from_built_in_network_adapters",
            &self.boot_from_built_in_network_adapters,
        );
        v.field(19usize, "boot_from_external_media", &self.boot_from_external_media);
        v.field(20usize, "cameras", &self.cameras);
        v.field(
            21usize,
            "change_uefi_settings_permission",
            &self.change_uefi_settings_permission,
        );
        v.field(22usize, "microphones_and_speakers", &self.microphones_and_speakers);
        v.field(23usize, "radios", &self.radios);
        v.field(
            24usize,
            "simultaneous_multi_threading",
            &self.simultaneous_multi_threading,
        );
        v.field(
            25usize,
            "virtualization_of_cpu_and_io",
            &self.virtualization_of_cpu_and_io,
        );
        v.field(
            26usize,
            "windows_platform_binary_table",
            &self.windows_platform_binary_table,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10DeviceFirmwareConfigurationInterface {
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
            18usize => self.boot_from_built_in_network_adapters.read_from(r),
            19usize => self.boot_from_external_media.read_from(r),
            20usize => self.cameras.read_from(r),
            21usize => self.change_uefi_settings_permission.read_from(r),
            22usize => self.microphones_and_speakers.read_from(r),
            23usize => self.radios.read_from(r),
            24usize => self.simultaneous_multi_threading.read_from(r),
            25usize => self.virtualization_of_cpu_and_io.read_from(r),
            26usize => self.windows_platform_binary_table.read_from(r),
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
        w.field(18usize, &self.boot_from_built_in_network_adapters);
        w.field(19usize, &self.boot_from_external_media);
        w.field(20usize, &self.cameras);
        w.field(21usize, &self.change_uefi_settings_permission);
        w.field(22usize, &self.microphones_and_speakers);
        w.field(23usize, &self.radios);
        w.field(24usize, &self.simultaneous_multi_threading);
        w.field(25usize, &self.virtualization_of_cpu_and_io);
        w.field(26usize, &self.windows_platform_binary_table);
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
rt::impl_object!(Windows10DeviceFirmwareConfigurationInterface);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10DeviceFirmwareConfigurationInterface { with_id id : ::std::string::String;
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
    with_boot_from_built_in_network_adapters boot_from_built_in_network_adapters : crate
    ::beta::Enablement; with_boot_from_external_media boot_from_external_media : crate
    ::beta::Enablement; with_cameras cameras : crate ::beta::Enablement;
    with_change_uefi_settings_permission change_uefi_settings_permission : crate
    ::beta::ChangeUefiSettingsPermission; with_microphones_and_speakers
    microphones_and_speakers : crate ::beta::Enablement; with_radios radios : crate
    ::beta::Enablement; with_simultaneous_multi_threading simultaneous_multi_threading :
    crate ::beta::Enablement; with_virtualization_of_cpu_and_io
    virtualization_of_cpu_and_io : crate ::beta::Enablement;
    with_windows_platform_binary_table windows_platform_binary_table : crate
    ::beta::Enablement; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10DeviceFirmwareConfigurationInterface);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing configurations in this profile you can instruct the native email client (Outlook) on Windows 10 devices to communicate with an Exchange server and get email, contacts, calendar, and tasks. Furthermore, you can also specify how much email to sync and how often the device should sync.
///
/// CSDL: `microsoft.graph.windows10EasEmailProfileConfiguration`, entity type, derived from `microsoft.graph.easEmailProfileConfigurationBase`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10EasEmailProfileConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10EasEmailProfileConfiguration {
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
    /// Custom domain name value used while generating an email profile before installing on the device.
    ///
    /// CSDL: property `customDomainName`: `Edm.String`, nullable.
    pub custom_domain_name: rt::Field<::std::string::String>,
    /// UserDomainname attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `userDomainNameSource`: `microsoft.graph.domainNameSource`, nullable.
    pub user_domain_name_source: rt::Field<crate::beta::DomainNameSource>,
    /// Name of the AAD field, that will be used to retrieve UserName for email profile.
    ///
    /// CSDL: property `usernameAADSource`: `microsoft.graph.usernameSource`, nullable.
    pub username_aad_source: rt::Field<crate::beta::UsernameSource>,
    /// Username attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `usernameSource`: `microsoft.graph.userEmailSource`, not nullable.
    pub username_source: rt::Field<crate::beta::UserEmailSource>,
    /// Account name.
    ///
    /// CSDL: property `accountName`: `Edm.String`, not nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// Duration of email to sync.
    ///
    /// CSDL: property `durationOfEmailToSync`: `microsoft.graph.emailSyncDuration`, not nullable.
    pub duration_of_email_to_sync: rt::Field<crate::beta::EmailSyncDuration>,
    /// Email attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `emailAddressSource`: `microsoft.graph.userEmailSource`, not nullable.
    pub email_address_source: rt::Field<crate::beta::UserEmailSource>,
    /// Email sync schedule.
    ///
    /// CSDL: property `emailSyncSchedule`: `microsoft.graph.emailSyncSchedule`, not nullable.
    pub email_sync_schedule: rt::Field<crate::beta::EmailSyncSchedule>,
    /// Exchange location that (URL) that the native mail app connects to.
    ///
    /// CSDL: property `hostName`: `Edm.String`, not nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Indicates whether or not to use SSL.
    ///
    /// CSDL: property `requireSsl`: `Edm.Boolean`, not nullable.
    pub require_ssl: rt::Field<bool>,
    /// Whether or not to sync the calendar.
    ///
    /// CSDL: property `syncCalendar`: `Edm.Boolean`, not nullable.
    pub sync_calendar: rt::Field<bool>,
    /// Whether or not to sync contacts.
    ///
    /// CSDL: property `syncContacts`: `Edm.Boolean`, not nullable.
    pub sync_contacts: rt::Field<bool>,
    /// Whether or not to sync tasks.
    ///
    /// CSDL: property `syncTasks`: `Edm.Boolean`, not nullable.
    pub sync_tasks: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10EasEmailProfileConfiguration {
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
            custom_domain_name: rt::Field::Absent,
            user_domain_name_source: rt::Field::Absent,
            username_aad_source: rt::Field::Absent,
            username_source: rt::Field::Absent,
            account_name: rt::Field::Absent,
            duration_of_email_to_sync: rt::Field::Absent,
            email_address_source: rt::Field::Absent,
            email_sync_schedule: rt::Field::Absent,
            host_name: rt::Field::Absent,
            require_ssl: rt::Field::Absent,
            sync_calendar: rt::Field::Absent,
            sync_contacts: rt::Field::Absent,
            sync_tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10EasEmailProfileConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EasEmailProfileConfiguration";
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
        "customDomainName",
        "userDomainNameSource",
        "usernameAADSource",
        "usernameSource",
        "accountName",
        "durationOfEmailToSync",
        "emailAddressSource",
        "emailSyncSchedule",
        "hostName",
        "requireSsl",
        "syncCalendar",
        "syncContacts",
        "syncTasks",
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
        ",\"customDomainName\":             ",
        ",\"userDomainNameSource\":         ",
        ",\"usernameAADSource\":            ",
        ",\"usernameSource\":               ",
        ",\"accountName\":                  ",
        ",\"durationOfEmailToSync\":        ",
        ",\"emailAddressSource\":           ",
        ",\"emailSyncSchedule\":            ",
        ",\"hostName\":                     ",
        ",\"requireSsl\":                   ",
        ",\"syncCalendar\":                 ",
        ",\"syncContacts\":                 ",
        ",\"syncTasks\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10EasEmailProfileConfiguration\"";
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
        v.field(18usize, "custom_domain_name", &self.custom_domain_name);
        v.field(19usize, "user_domain_name_source", &self.user_domain_name_source);
        v.field(20usize, "username_aad_source", &self.username_aad_source);
        v.field(21usize, "username_source", &self.username_source);
        v.field(22usize, "account_name", &self.account_name);
        v.field(23usize, "duration_of_email_to_sync", &self.duration_of_email_to_sync);
        v.field(24usize, "email_address_source", &self.email_address_source);
        v.field(25usize, "email_sync_schedule", &self.email_sync_schedule);
        v.field(26usize, "host_name", &self.host_name);
        v.field(27usize, "require_ssl", &self.require_ssl);
        v.field(28usize, "sync_calendar", &self.sync_calendar);
        v.field(29usize, "sync_contacts", &self.sync_contacts);
        v.field(30usize, "sync_tasks", &self.sync_tasks);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10EasEmailProfileConfiguration {
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
            18usize => self.custom_domain_name.read_from(r),
            19usize => self.user_domain_name_source.read_from(r),
            20usize => self.username_aad_source.read_from(r),
            21usize => self.username_source.read_from(r),
            22usize => self.account_name.read_from(r),
            23usize => self.duration_of_email_to_sync.read_from(r),
            24usize => self.email_address_source.read_from(r),
            25usize => self.email_sync_schedule.read_from(r),
            26usize => self.host_name.read_from(r),
            27usize => self.require_ssl.read_from(r),
            28usize => self.sync_calendar.read_from(r),
            29usize => self.sync_contacts.read_from(r),
            30usize => self.sync_tasks.read_from(r),
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
        w.field(18usize, &self.custom_domain_name);
        w.field(19usize, &self.user_domain_name_source);
        w.field(20usize, &self.username_aad_source);
        w.field(21usize, &self.username_source);
        w.field(22usize, &self.account_name);
        w.field(23usize, &self.duration_of_email_to_sync);
        w.field(24usize, &self.email_address_source);
        w.field(25usize, &self.email_sync_schedule);
        w.field(26usize, &self.host_name);
        w.field(27usize, &self.require_ssl);
        w.field(28usize, &self.sync_calendar);
        w.field(29usize, &self.sync_contacts);
        w.field(30usize, &self.sync_tasks);
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
rt::impl_object!(Windows10EasEmailProfileConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10EasEmailProfileConfiguration { with_id id : ::std::string::String;
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
    with_custom_domain_name custom_domain_name : ::std::string::String;
    with_user_domain_name_source user_domain_name_source : crate
    ::beta::DomainNameSource; with_username_aad_source username_aad_source : crate
    ::beta::UsernameSource; with_username_source username_source : crate
    ::beta::UserEmailSource; with_account_name account_name : ::std::string::String;
    with_duration_of_email_to_sync duration_of_email_to_sync : crate
    ::beta::EmailSyncDuration; with_email_address_source email_address_source : crate
    ::beta::UserEmailSource; with_email_sync_schedule email_sync_schedule : crate
    ::beta::EmailSyncSchedule; with_host_name host_name : ::std::string::String;
    with_require_ssl require_ssl : bool; with_sync_calendar sync_calendar : bool;
    with_sync_contacts sync_contacts : bool; with_sync_tasks sync_tasks : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EasEmailProfileConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the Windows10EndpointProtectionConfiguration resource.
///
/// CSDL: `microsoft.graph.windows10EndpointProtectionConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`Windows10EndpointProtectionConfigurationPath`](requests/trait.Windows10EndpointProtectionConfigurationPath.html), what a path to one (`EntityPath<Windows10EndpointProtectionConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10EndpointProtectionConfiguration {
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
    /// Gets or sets whether applications inside Microsoft Defender Application Guard can access the device’s camera and microphone.
    ///
    /// CSDL: property `applicationGuardAllowCameraMicrophoneRedirection`: `Edm.Boolean`, nullable.
    pub application_guard_allow_camera_microphone_redirection: rt::Field<bool>,
    /// Allow users to download files from Edge in the application guard container and save them on the host file system
    ///
    /// CSDL: property `applicationGuardAllowFileSaveOnHost`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_file_save_on_host: rt::Field<bool>,
    /// Allow persisting user generated data inside the App Guard Containter (favorites, cookies, web passwords, etc.)
    ///
    /// CSDL: property `applicationGuardAllowPersistence`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_persistence: rt::Field<bool>,
    /// Allow printing to Local Printers from Container
    ///
    /// CSDL: property `applicationGuardAllowPrintToLocalPrinters`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_print_to_local_printers: rt::Field<bool>,
    /// Allow printing to Network Printers from Container
    ///
    /// CSDL: property `applicationGuardAllowPrintToNetworkPrinters`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_print_to_network_printers: rt::Field<bool>,
    /// Allow printing to PDF from Container
    ///
    /// CSDL: property `applicationGuardAllowPrintToPDF`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_print_to_pdf: rt::Field<bool>,
    /// Allow printing to XPS from Container
    ///
    /// CSDL: property `applicationGuardAllowPrintToXPS`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_print_to_xps: rt::Field<bool>,
    /// Allow application guard to use virtual GPU
    ///
    /// CSDL: property `applicationGuardAllowVirtualGPU`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_virtual_gpu: rt::Field<bool>,
    /// Block clipboard to share data from Host to Container, or from Container to Host, or both ways, or neither ways.
    ///
    /// CSDL: property `applicationGuardBlockClipboardSharing`: `microsoft.graph.applicationGuardBlockClipboardSharingType`, not nullable.
    pub application_guard_block_clipboard_sharing: rt::Field<
        crate::beta::ApplicationGuardBlockClipboardSharingType,
    >,
    /// Block clipboard to transfer image file, text file or neither of them
    ///
    /// CSDL: property `applicationGuardBlockFileTransfer`: `microsoft.graph.applicationGuardBlockFileTransferType`, not nullable.
    pub application_guard_block_file_transfer: rt::Field<
        crate::beta::ApplicationGuardBlockFileTransferType,
    >,
    /// Block enterprise sites to load non-enterprise content, such as third party plug-ins
    ///
    /// CSDL: property `applicationGuardBlockNonEnterpriseContent`: `Edm.Boolean`, not nullable.
    pub application_guard_block_non_enterprise_content: rt::Field<bool>,
    /// Allows certain device level Root Certificates to be shared with the Microsoft Defender Application Guard container.
    ///
    /// CSDL: property `applicationGuardCertificateThumbprints`: `Collection(Edm.String)`, nullable.
    pub application_guard_certificate_thumbprints: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Enable Windows Defender Application Guard
    ///
    /// CSDL: property `applicationGuardEnabled`: `Edm.Boolean`, not nullable.
    pub application_guard_enabled: rt::Field<bool>,
    /// Enable Windows Defender Application Guard for newer Windows builds
    ///
    /// CSDL: property `applicationGuardEnabledOptions`: `microsoft.graph.applicationGuardEnabledOptions`, not nullable.
    pub application_guard_enabled_options: rt::Field<
        crate::beta::ApplicationGuardEnabledOptions,
    >,
    /// Force auditing will persist Windows logs and events to meet security/compliance criteria (sample events are user login-logoff, use of privilege rights, software installation, system changes, etc.)
    ///
    /// CSDL: property `applicationGuardForceAuditing`: `Edm.Boolean`, not nullable.
    pub application_guard_force_auditing: rt::Field<bool>,
    /// Enables the Admin to choose what types of app to allow on devices.
    ///
    /// CSDL: property `appLockerApplicationControl`: `microsoft.graph.appLockerApplicationControlType`, not nullable.
    pub app_locker_application_control: rt::Field<
        crate::beta::AppLockerApplicationControlType,
    >,
    /// Allows the admin to allow standard users to enable encrpytion during Azure AD Join.
    ///
    /// CSDL: property `bitLockerAllowStandardUserEncryption`: `Edm.Boolean`, not nullable.
    pub bit_locker_allow_standard_user_encryption: rt::Field<bool>,
    /// Allows the Admin to disable the warning prompt for other disk encryption on the user machines.
    ///
    /// CSDL: property `bitLockerDisableWarningForOtherDiskEncryption`: `Edm.Boolean`, not nullable.
    pub bit_locker_disable_warning_for_other_disk_encryption: rt::Field<bool>,
    /// Allows the admin to require encryption to be turned on using BitLocker. This policy is valid only for a mobile SKU.
    ///
    /// CSDL: property `bitLockerEnableStorageCardEncryptionOnMobile`: `Edm.Boolean`, not nullable.
    pub bit_locker_enable_storage_card_encryption_on_mobile: rt::Field<bool>,
    /// Allows the admin to require encryption to be turned on using BitLocker.
    ///
    /// CSDL: property `bitLockerEncryptDevice`: `Edm.Boolean`, not nullable.
    pub bit_locker_encrypt_device: rt::Field<bool>,
    /// BitLocker Fixed Drive Policy.
    ///
    /// CSDL: property `bitLockerFixedDrivePolicy`: `microsoft.graph.bitLockerFixedDrivePolicy`, nullable.
    pub bit_locker_fixed_drive_policy: rt::Field<crate::beta::BitLockerFixedDrivePolicy>,
    /// This setting initiates a client-driven recovery password rotation after an OS drive recovery (either by using bootmgr or WinRE).
    ///
    /// CSDL: property `bitLockerRecoveryPasswordRotation`: `microsoft.graph.bitLockerRecoveryPasswordRotationType`, not nullable.
    pub bit_locker_recovery_password_rotation: rt::Field<
        crate::beta::BitLockerRecoveryPasswordRotationType,
    >,
    /// BitLocker Removable Drive Policy.
    ///
    /// CSDL: property `bitLockerRemovableDrivePolicy`: `microsoft.graph.bitLockerRemovableDrivePolicy`, nullable.
    pub bit_locker_removable_drive_policy: rt::Field<
        crate::beta::BitLockerRemovableDrivePolicy,
    >,
    /// BitLocker System Drive Policy.
    ///
    /// CSDL: property `bitLockerSystemDrivePolicy`: `microsoft.graph.bitLockerSystemDrivePolicy`, nullable.
    pub bit_locker_system_drive_policy: rt::Field<
        crate::beta::BitLockerSystemDrivePolicy,
    >,
    /// List of folder paths to be added to the list of protected folders
    ///
    /// CSDL: property `defenderAdditionalGuardedFolders`: `Collection(Edm.String)`, nullable.
    pub defender_additional_guarded_folders: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Value indicating the behavior of Adobe Reader from creating child processes
    ///
    /// CSDL: property `defenderAdobeReaderLaunchChildProcess`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_adobe_reader_launch_child_process: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating use of advanced protection against ransomeware
    ///
    /// CSDL: property `defenderAdvancedRansomewareProtectionType`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_advanced_ransomeware_protection_type: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Allows or disallows Windows Defender Behavior Monitoring functionality.
    ///
    /// CSDL: property `defenderAllowBehaviorMonitoring`: `Edm.Boolean`, nullable.
    pub defender_allow_behavior_monitoring: rt::Field<bool>,
    /// To best protect your PC, Windows Defender will send information to Microsoft about any problems it finds. Microsoft will analyze that information, learn more about problems affecting you and other customers, and offer improved solutions.
    ///
    /// CSDL: property `defenderAllowCloudProtection`: `Edm.Boolean`, nullable.
    pub defender_allow_cloud_protection: rt::Field<bool>,
    /// Allows or disallows user access to the Windows Defender UI. If disallowed, all Windows Defender notifications will also be suppressed.
    ///
    /// CSDL: property `defenderAllowEndUserAccess`: `Edm.Boolean`, nullable.
    pub defender_allow_end_user_access: rt::Field<bool>,
    /// Allows or disallows Windows Defender Intrusion Prevention functionality.
    ///
    /// CSDL: property `defenderAllowIntrusionPreventionSystem`: `Edm.Boolean`, nullable.
    pub defender_allow_intrusion_prevention_system: rt::Field<bool>,
    /// Allows or disallows Windows Defender On Access Protection functionality.
    ///
    /// CSDL: property `defenderAllowOnAccessProtection`: `Edm.Boolean`, nullable.
    pub defender_allow_on_access_protection: rt::Field<bool>,
    /// Allows or disallows Windows Defender Realtime Monitoring functionality.
    ///
    /// CSDL: property `defenderAllowRealTimeMonitoring`: `Edm.Boolean`, nullable.
    pub defender_allow_real_time_monitoring: rt::Field<bool>,
    /// Allows or disallows scanning of archives.
    ///
    /// CSDL: property `defenderAllowScanArchiveFiles`: `Edm.Boolean`, nullable.
    pub defender_allow_scan_archive_files: rt::Field<bool>,
    /// Allows or disallows Windows Defender IOAVP Protection functionality.
    ///
    /// CSDL: property `defenderAllowScanDownloads`: `Edm.Boolean`, nullable.
    pub defender_allow_scan_downloads: rt::Field<bool>,
    /// Allows or disallows a scanning of network files.
    ///
    /// CSDL: property `defenderAllowScanNetworkFiles`: `Edm.Boolean`, nullable.
    pub defender_allow_scan_network_files: rt::Field<bool>,
    /// Allows or disallows a full scan of removable drives. During a quick scan, removable drives may still be scanned.
    ///
    /// CSDL: property `defenderAllowScanRemovableDrivesDuringFullScan`: `Edm.Boolean`, nullable.
    pub defender_allow_scan_removable_drives_during_full_scan: rt::Field<bool>,
    /// Allows or disallows Windows Defender Script Scanning functionality.
    ///
    /// CSDL: property `defenderAllowScanScriptsLoadedInInternetExplorer`: `Edm.Boolean`, nullable.
    pub defender_allow_scan_scripts_loaded_in_internet_explorer: rt::Field<bool>,
    /// List of exe files and folders to be excluded from attack surface reduction rules
    ///
    /// CSDL: property `defenderAttackSurfaceReductionExcludedPaths`: `Collection(Edm.String)`, nullable.
    pub defender_attack_surface_reduction_excluded_paths: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Allows or disallows user access to the Windows Defender UI. If disallowed, all Windows Defender notifications will also be suppressed.
    ///
    /// CSDL: property `defenderBlockEndUserAccess`: `Edm.Boolean`, nullable.
    pub defender_block_end_user_access: rt::Field<bool>,
    /// Value indicating the behavior of Block persistence through WMI event subscription
    ///
    /// CSDL: property `defenderBlockPersistenceThroughWmiType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_block_persistence_through_wmi_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// This policy setting allows you to manage whether a check for new virus and spyware definitions will occur before running a scan.
    ///
    /// CSDL: property `defenderCheckForSignaturesBeforeRunningScan`: `Edm.Boolean`, nullable.
    pub defender_check_for_signatures_before_running_scan: rt::Field<bool>,
    /// Added in Windows 10, version 1709. This policy setting determines how aggressive Windows Defender Antivirus will be in blocking and scanning suspicious files. Value type is integer. This feature requires the "Join Microsoft MAPS" setting enabled in order to function.
    ///
    /// CSDL: property `defenderCloudBlockLevel`: `microsoft.graph.defenderCloudBlockLevelType`, nullable.
    pub defender_cloud_block_level: rt::Field<crate::beta::DefenderCloudBlockLevelType>,
    /// Added in Windows 10, version 1709. This feature allows Windows Defender Antivirus to block a suspicious file for up to 60 seconds, and scan it in the cloud to make sure it's safe. Value type is integer, range is 0 - 50. This feature depends on three other MAPS settings the must all be enabled- "Configure the 'Block at First Sight' feature; "Join Microsoft MAPS"; "Send file samples when further analysis is required". Valid values 0 to 50
    ///
    /// CSDL: property `defenderCloudExtendedTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub defender_cloud_extended_timeout_in_seconds: rt::Field<i32>,
    /// Time period (in days) that quarantine items will be stored on the system. Valid values 0 to 90
    ///
    /// CSDL: property `defenderDaysBeforeDeletingQuarantinedMalware`: `Edm.Int32`, nullable.
    pub defender_days_before_deleting_quarantined_malware: rt::Field<i32>,
    /// Allows an administrator to specify any valid threat severity levels and the corresponding default action ID to take.
    ///
    /// CSDL: property `defenderDetectedMalwareActions`: `microsoft.graph.defenderDetectedMalwareActions`, nullable.
    pub defender_detected_malware_actions: rt::Field<
        crate::beta::DefenderDetectedMalwareActions,
    >,
    /// Allows or disallows Windows Defender Behavior Monitoring functionality.
    ///
    /// CSDL: property `defenderDisableBehaviorMonitoring`: `Edm.Boolean`, nullable.
    pub defender_disable_behavior_monitoring: rt::Field<bool>,
    /// This policy setting allows you to configure catch-up scans for scheduled full scans. A catch-up scan is a scan that is initiated because a regularly scheduled scan was missed. Usually these scheduled scans are missed because the computer was turned off at the scheduled time.
    ///
    /// CSDL: property `defenderDisableCatchupFullScan`: `Edm.Boolean`, nullable.
    pub defender_disable_catchup_full_scan: rt::Field<bool>,
    /// This policy setting allows you to configure catch-up scans for scheduled quick scans. A catch-up scan is a scan that is initiated because a regularly scheduled scan was missed. Usually these scheduled scans are missed because the computer was turned off at the scheduled time.
    ///
    /// CSDL: property `defenderDisableCatchupQuickScan`: `Edm.Boolean`, nullable.
    pub defender_disable_catchup_quick_scan: rt::Field<bool>,
    /// To best protect your PC, Windows Defender will send information to Microsoft about any problems it finds. Microsoft will analyze that information, learn more about problems affecting you and other customers, and offer improved solutions.
    ///
    /// CSDL: property `defenderDisableCloudProtection`: `Edm.Boolean`, nullable.
    pub defender_disable_cloud_protection: rt::Field<bool>,
    /// Allows or disallows Windows Defender Intrusion Prevention functionality.
    ///
    /// CSDL: property `defenderDisableIntrusionPreventionSystem`: `Edm.Boolean`, nullable.
    pub defender_disable_intrusion_prevention_system: rt::Field<bool>,
    /// Allows or disallows Windows Defender On Access Protection functionality.
    ///
    /// CSDL: property `defenderDisableOnAccessProtection`: `Edm.Boolean`, nullable.
    pub defender_disable_on_access_protection: rt::Field<bool>,
    /// Allows or disallows Windows Defender Realtime Monitoring functionality.
    ///
    /// CSDL: property `defenderDisableRealTimeMonitoring`: `Edm.Boolean`, nullable.
    pub defender_disable_real_time_monitoring: rt::Field<bool>,
    /// Allows or disallows scanning of archives.
    ///
    /// CSDL: property `defenderDisableScanArchiveFiles`: `Edm.Boolean`, nullable.
    pub defender_disable_scan_archive_files: rt::Field<bool>,
    /// Allows or disallows Windows Defender IOAVP Protection functionality.
    ///
    /// CSDL: property `defenderDisableScanDownloads`: `Edm.Boolean`, nullable.
    pub defender_disable_scan_downloads: rt::Field<bool>,
    /// Allows or disallows a scanning of network files.
    ///
    /// CSDL: property `defenderDisableScanNetworkFiles`: `Edm.Boolean`, nullable.
    pub defender_disable_scan_network_files: rt::Field<bool>,
    /// Allows or disallows a full scan of removable drives. During a quick scan, removable drives may still be scanned.
    ///
    /// CSDL: property `defenderDisableScanRemovableDrivesDuringFullScan`: `Edm.Boolean`, nullable.
    pub defender_disable_scan_removable_drives_during_full_scan: rt::Field<bool>,
    /// Allows or disallows Windows Defender Script Scanning functionality.
    ///
    /// CSDL: property `defenderDisableScanScriptsLoadedInInternetExplorer`: `Edm.Boolean`, nullable.
    pub defender_disable_scan_scripts_loaded_in_internet_explorer: rt::Field<bool>,
    /// Value indicating if execution of executable content (exe, dll, ps, js, vbs, etc) should be dropped from email (webmail/mail-client)
    ///
    /// CSDL: property `defenderEmailContentExecution`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_email_content_execution: rt::Field<crate::beta::DefenderProtectionType>,
    /// Value indicating if execution of executable content (exe, dll, ps, js, vbs, etc) should be dropped from email (webmail/mail-client)
    ///
    /// CSDL: property `defenderEmailContentExecutionType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_email_content_execution_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// This policy setting allows you to enable or disable low CPU priority for scheduled scans.
    ///
    /// CSDL: property `defenderEnableLowCpuPriority`: `Edm.Boolean`, nullable.
    pub defender_enable_low_cpu_priority: rt::Field<bool>,
    /// Allows or disallows scanning of email.
    ///
    /// CSDL: property `defenderEnableScanIncomingMail`: `Edm.Boolean`, nullable.
    pub defender_enable_scan_incoming_mail: rt::Field<bool>,
    /// Allows or disallows a full scan of mapped network drives.
    ///
    /// CSDL: property `defenderEnableScanMappedNetworkDrivesDuringFullScan`: `Edm.Boolean`, nullable.
    pub defender_enable_scan_mapped_network_drives_during_full_scan: rt::Field<bool>,
    /// Xml content containing information regarding exploit protection details.
    ///
    /// CSDL: property `defenderExploitProtectionXml`: `Edm.Binary`, nullable.
    pub defender_exploit_protection_xml: rt::Field<rt::edm::Binary>,
    /// Name of the file from which DefenderExploitProtectionXml was obtained.
    ///
    /// CSDL: property `defenderExploitProtectionXmlFileName`: `Edm.String`, nullable.
    pub defender_exploit_protection_xml_file_name: rt::Field<::std::string::String>,
    /// File extensions to exclude from scans and real time protection.
    ///
    /// CSDL: property `defenderFileExtensionsToExclude`: `Collection(Edm.String)`, nullable.
    pub defender_file_extensions_to_exclude: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Files and folder to exclude from scans and real time protection.
    ///
    /// CSDL: property `defenderFilesAndFoldersToExclude`: `Collection(Edm.String)`, nullable.
    pub defender_files_and_folders_to_exclude: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// List of paths to exe that are allowed to access protected folders
    ///
    /// CSDL: property `defenderGuardedFoldersAllowedAppPaths`: `Collection(Edm.String)`, nullable.
    pub defender_guarded_folders_allowed_app_paths: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Value indicating the behavior of protected folders
    ///
    /// CSDL: property `defenderGuardMyFoldersType`: `microsoft.graph.folderProtectionType`, not nullable.
    pub defender_guard_my_folders_type: rt::Field<crate::beta::FolderProtectionType>,
    /// Value indicating the behavior of NetworkProtection
    ///
    /// CSDL: property `defenderNetworkProtectionType`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_network_protection_type: rt::Field<crate::beta::DefenderProtectionType>,
    /// Value indicating the behavior of Office applications/macros creating or launching executable content
    ///
    /// CSDL: property `defenderOfficeAppsExecutableContentCreationOrLaunch`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_office_apps_executable_content_creation_or_launch: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating the behavior of Office applications/macros creating or launching executable content
    ///
    /// CSDL: property `defenderOfficeAppsExecutableContentCreationOrLaunchType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_office_apps_executable_content_creation_or_launch_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// Value indicating the behavior of Office application launching child processes
    ///
    /// CSDL: property `defenderOfficeAppsLaunchChildProcess`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_office_apps_launch_child_process: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating the behavior of Office application launching child processes
    ///
    /// CSDL: property `defenderOfficeAppsLaunchChildProcessType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_office_apps_launch_child_process_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// Value indicating the behavior of  Office applications injecting into other processes
    ///
    /// CSDL: property `defenderOfficeAppsOtherProcessInjection`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_office_apps_other_process_injection: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating the behavior of Office applications injecting into other processes
    ///
    /// CSDL: property `defenderOfficeAppsOtherProcessInjectionType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_office_apps_other_process_injection_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// Value indicating the behavior of Office communication applications, including Microsoft Outlook, from creating child processes
    ///
    /// CSDL: property `defenderOfficeCommunicationAppsLaunchChildProcess`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_office_communication_apps_launch_child_process: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating the behavior of Win32 imports from Macro code in Office
    ///
    /// CSDL: property `defenderOfficeMacroCodeAllowWin32Imports`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_office_macro_code_allow_win32_imports: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating the behavior of Win32 imports from Macro code in Office
    ///
    /// CSDL: property `defenderOfficeMacroCodeAllowWin32ImportsType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_office_macro_code_allow_win32_imports_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// Added in Windows 10, version 1607. Specifies the level of detection for potentially unwanted applications (PUAs). Windows Defender alerts you when potentially unwanted software is being downloaded or attempts to install itself on your computer.
    ///
    /// CSDL: property `defenderPotentiallyUnwantedAppAction`: `microsoft.graph.defenderProtectionType`, nullable.
    pub defender_potentially_unwanted_app_action: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating if credential stealing from the Windows local security authority subsystem is permitted
    ///
    /// CSDL: property `defenderPreventCredentialStealingType`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_prevent_credential_stealing_type: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating response to process creations originating from PSExec and WMI commands
    ///
    /// CSDL: property `defenderProcessCreation`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_process_creation: rt::Field<crate::beta::DefenderProtectionType>,
    /// Value indicating response to process creations originating from PSExec and WMI commands
    ///
    /// CSDL: property `defenderProcessCreationType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_process_creation_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// Processes to exclude from scans and real time protection.
    ///
    /// CSDL: property `defenderProcessesToExclude`: `Collection(Edm.String)`, nullable.
    pub defender_processes_to_exclude: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Controls which sets of files should be monitored.
    ///
    /// CSDL: property `defenderScanDirection`: `microsoft.graph.defenderRealtimeScanDirection`, nullable.
    pub defender_scan_direction: rt::Field<crate::beta::DefenderRealtimeScanDirection>,
    /// Represents the average CPU load factor for the Windows Defender scan (in percent). The default value is 50. Valid values 0 to 100
    ///
    /// CSDL: property `defenderScanMaxCpuPercentage`: `Edm.Int32`, nullable.
    pub defender_scan_max_cpu_percentage: rt::Field<i32>,
    /// Selects whether to perform a quick scan or full scan.
    ///
    /// CSDL: property `defenderScanType`: `microsoft.graph.defenderScanType`, nullable.
    pub defender_scan_type: rt::Field<crate::beta::DefenderScanType>,
    /// Selects the time of day that the Windows Defender quick scan should run. For example, a value of 0=12:00AM, a value of 60=1:00AM, a value of 120=2:00, and so on, up to a value of 1380=11:00PM. The default value is 120
    ///
    /// CSDL: property `defenderScheduledQuickScanTime`: `Edm.TimeOfDay`, nullable.
    pub defender_scheduled_quick_scan_time: rt::Field<rt::edm::TimeOfDay>,
    /// Selects the day that the Windows Defender scan should run.
    ///
    /// CSDL: property `defenderScheduledScanDay`: `microsoft.graph.weeklySchedule`, nullable.
    pub defender_scheduled_scan_day: rt::Field<crate::beta::WeeklySchedule>,
    /// Selects the time of day that the Windows Defender scan should run.
    ///
    /// CSDL: property `defenderScheduledScanTime`: `Edm.TimeOfDay`, nullable.
    pub defender_scheduled_scan_time: rt::Field<rt::edm::TimeOfDay>,
    /// Value indicating the behavior of js/vbs executing payload downloaded from Internet
    ///
    /// CSDL: property `defenderScriptDownloadedPayloadExecution`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_script_downloaded_payload_execution: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating the behavior of js/vbs executing payload downloaded from Internet
    ///
    /// CSDL: property `defenderScriptDownloadedPayloadExecutionType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_script_downloaded_payload_execution_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// Value indicating the behavior of obfuscated js/vbs/ps/macro code
    ///
    /// CSDL: property `defenderScriptObfuscatedMacroCode`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_script_obfuscated_macro_code: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Value indicating the behavior of obfuscated js/vbs/ps/macro code
    ///
    /// CSDL: property `defenderScriptObfuscatedMacroCodeType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_script_obfuscated_macro_code_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// Indicates whether or not to block user from overriding Exploit Protection settings.
    ///
    /// CSDL: property `defenderSecurityCenterBlockExploitProtectionOverride`: `Edm.Boolean`, not nullable.
    pub defender_security_center_block_exploit_protection_override: rt::Field<bool>,
    /// Used to disable the display of the account protection area.
    ///
    /// CSDL: property `defenderSecurityCenterDisableAccountUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_account_ui: rt::Field<bool>,
    /// Used to disable the display of the app and browser protection area.
    ///
    /// CSDL: property `defenderSecurityCenterDisableAppBrowserUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_app_browser_ui: rt::Field<bool>,
    /// Used to disable the display of the Clear TPM button.
    ///
    /// CSDL: property `defenderSecurityCenterDisableClearTpmUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_clear_tpm_ui: rt::Field<bool>,
    /// Used to disable the display of the family options area.
    ///
    /// CSDL: property `defenderSecurityCenterDisableFamilyUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_family_ui: rt::Field<bool>,
    /// Used to disable the display of the hardware protection area.
    ///
    /// CSDL: property `defenderSecurityCenterDisableHardwareUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_hardware_ui: rt::Field<bool>,
    /// Used to disable the display of the device performance and health area.
    ///
    /// CSDL: property `defenderSecurityCenterDisableHealthUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_health_ui: rt::Field<bool>,
    /// Used to disable the display of the firewall and network protection area.
    ///
    /// CSDL: property `defenderSecurityCenterDisableNetworkUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_network_ui: rt::Field<bool>,
    /// Used to disable the display of the notification area control. The user needs to either sign out and sign in or reboot the computer for this setting to take effect.
    ///
    /// CSDL: property `defenderSecurityCenterDisableNotificationAreaUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_notification_area_ui: rt::Field<bool>,
    /// Used to disable the display of the ransomware protection area.
    ///
    /// CSDL: property `defenderSecurityCenterDisableRansomwareUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_ransomware_ui: rt::Field<bool>,
    /// Used to disable the display of the secure boot area under Device security.
    ///
    /// CSDL: property `defenderSecurityCenterDisableSecureBootUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_secure_boot_ui: rt::Field<bool>,
    /// Used to disable the display of the security process troubleshooting under Device security.
    ///
    /// CSDL: property `defenderSecurityCenterDisableTroubleshootingUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_troubleshooting_ui: rt::Field<bool>,
    /// Used to disable the display of the virus and threat protection area.
    ///
    /// CSDL: property `defenderSecurityCenterDisableVirusUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_virus_ui: rt::Field<bool>,
    /// Used to disable the display of update TPM Firmware when a vulnerable firmware is detected.
    ///
    /// CSDL: property `defenderSecurityCenterDisableVulnerableTpmFirmwareUpdateUI`: `Edm.Boolean`, nullable.
    pub defender_security_center_disable_vulnerable_tpm_firmware_update_ui: rt::Field<
        bool,
    >,
    /// The email address that is displayed to users.
    ///
    /// CSDL: property `defenderSecurityCenterHelpEmail`: `Edm.String`, nullable.
    pub defender_security_center_help_email: rt::Field<::std::string::String>,
    /// The phone number or Skype ID that is displayed to users.
    ///
    /// CSDL: property `defenderSecurityCenterHelpPhone`: `Edm.String`, nullable.
    pub defender_security_center_help_phone: rt::Field<::std::string::String>,
    /// The help portal URL this is displayed to users.
    ///
    /// CSDL: property `defenderSecurityCenterHelpURL`: `Edm.String`, nullable.
    pub defender_security_center_help_url: rt::Field<::std::string::String>,
    /// Configure where to display IT contact information to end users.
    ///
    /// CSDL: property `defenderSecurityCenterITContactDisplay`: `microsoft.graph.defenderSecurityCenterITContactDisplayType`, not nullable.
    pub defender_security_center_it_contact_display: rt::Field<
        crate::beta::DefenderSecurityCenterItContactDisplayType,
    >,
    /// Notifications to show from the displayed areas of app
    ///
    /// CSDL: property `defenderSecurityCenterNotificationsFromApp`: `microsoft.graph.defenderSecurityCenterNotificationsFromAppType`, not nullable.
    pub defender_security_center_notifications_from_app: rt::Field<
        crate::beta::DefenderSecurityCenterNotificationsFromAppType,
    >,
    /// The company name that is displayed to the users.
    ///
    /// CSDL: property `defenderSecurityCenterOrganizationDisplayName`: `Edm.String`, nullable.
    pub defender_security_center_organization_display_name: rt::Field<
        ::std::string::String,
    >,
    /// Specifies the interval (in hours) that will be used to check for signatures, so instead of using the ScheduleDay and ScheduleTime the check for new signatures will be set according to the interval. Valid values 0 to 24
    ///
    /// CSDL: property `defenderSignatureUpdateIntervalInHours`: `Edm.Int32`, nullable.
    pub defender_signature_update_interval_in_hours: rt::Field<i32>,
    /// Checks for the user consent level in Windows Defender to send data.
    ///
    /// CSDL: property `defenderSubmitSamplesConsentType`: `microsoft.graph.defenderSubmitSamplesConsentType`, nullable.
    pub defender_submit_samples_consent_type: rt::Field<
        crate::beta::DefenderSubmitSamplesConsentType,
    >,
    /// Value indicating response to executables that don't meet a prevalence, age, or trusted list criteria
    ///
    /// CSDL: property `defenderUntrustedExecutable`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_untrusted_executable: rt::Field<crate::beta::DefenderProtectionType>,
    /// Value indicating response to executables that don't meet a prevalence, age, or trusted list criteria
    ///
    /// CSDL: property `defenderUntrustedExecutableType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_untrusted_executable_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// Value indicating response to untrusted and unsigned processes that run from USB
    ///
    /// CSDL: property `defenderUntrustedUSBProcess`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_untrusted_usb_process: rt::Field<crate::beta::DefenderProtectionType>,
    /// Value indicating response to untrusted and unsigned processes that run from USB
    ///
    /// CSDL: property `defenderUntrustedUSBProcessType`: `microsoft.graph.defenderAttackSurfaceType`, not nullable.
    pub defender_untrusted_usb_process_type: rt::Field<
        crate::beta::DefenderAttackSurfaceType,
    >,
    /// This property will be deprecated in May 2019 and will be replaced with property DeviceGuardSecureBootWithDMA. Specifies whether Platform Security Level is enabled at next reboot.
    ///
    /// CSDL: property `deviceGuardEnableSecureBootWithDMA`: `Edm.Boolean`, not nullable.
    pub device_guard_enable_secure_boot_with_dma: rt::Field<bool>,
    /// Turns On Virtualization Based Security(VBS).
    ///
    /// CSDL: property `deviceGuardEnableVirtualizationBasedSecurity`: `Edm.Boolean`, not nullable.
    pub device_guard_enable_virtualization_based_security: rt::Field<bool>,
    /// Allows the IT admin to configure the launch of System Guard.
    ///
    /// CSDL: property `deviceGuardLaunchSystemGuard`: `microsoft.graph.enablement`, not nullable.
    pub device_guard_launch_system_guard: rt::Field<crate::beta::Enablement>,
    /// Turn on Credential Guard when Platform Security Level with Secure Boot and Virtualization Based Security are both enabled.
    ///
    /// CSDL: property `deviceGuardLocalSystemAuthorityCredentialGuardSettings`: `microsoft.graph.deviceGuardLocalSystemAuthorityCredentialGuardType`, not nullable.
    pub device_guard_local_system_authority_credential_guard_settings: rt::Field<
        crate::beta::DeviceGuardLocalSystemAuthorityCredentialGuardType,
    >,
    /// Specifies whether Platform Security Level is enabled at next reboot.
    ///
    /// CSDL: property `deviceGuardSecureBootWithDMA`: `microsoft.graph.secureBootWithDMAType`, not nullable.
    pub device_guard_secure_boot_with_dma: rt::Field<crate::beta::SecureBootWithDmaType>,
    /// This policy is intended to provide additional security against external DMA capable devices. It allows for more control over the enumeration of external DMA capable devices incompatible with DMA Remapping/device memory isolation and sandboxing. This policy only takes effect when Kernel DMA Protection is supported and enabled by the system firmware. Kernel DMA Protection is a platform feature that cannot be controlled via policy or by end user. It has to be supported by the system at the time of manufacturing. To check if the system supports Kernel DMA Protection, please check the Kernel DMA Protection field in the Summary page of MSINFO32.exe.
    ///
    /// CSDL: property `dmaGuardDeviceEnumerationPolicy`: `microsoft.graph.dmaGuardDeviceEnumerationPolicyType`, not nullable.
    pub dma_guard_device_enumeration_policy: rt::Field<
        crate::beta::DmaGuardDeviceEnumerationPolicyType,
    >,
    /// Blocks stateful FTP connections to the device
    ///
    /// CSDL: property `firewallBlockStatefulFTP`: `Edm.Boolean`, nullable.
    pub firewall_block_stateful_ftp: rt::Field<bool>,
    /// Specify how the certificate revocation list is to be enforced
    ///
    /// CSDL: property `firewallCertificateRevocationListCheckMethod`: `microsoft.graph.firewallCertificateRevocationListCheckMethodType`, not nullable.
    pub firewall_certificate_revocation_list_check_method: rt::Field<
        crate::beta::FirewallCertificateRevocationListCheckMethodType,
    >,
    /// Configures the idle timeout for security associations, in seconds, from 300 to 3600 inclusive. This is the period after which security associations will expire and be deleted. Valid values 300 to 3600
    ///
    /// CSDL: property `firewallIdleTimeoutForSecurityAssociationInSeconds`: `Edm.Int32`, nullable.
    pub firewall_idle_timeout_for_security_association_in_seconds: rt::Field<i32>,
    /// Configures IPSec exemptions to allow both IPv4 and IPv6 DHCP traffic
    ///
    /// CSDL: property `firewallIPSecExemptionsAllowDHCP`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_allow_dhcp: rt::Field<bool>,
    /// Configures IPSec exemptions to allow ICMP
    ///
    /// CSDL: property `firewallIPSecExemptionsAllowICMP`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_allow_icmp: rt::Field<bool>,
    /// Configures IPSec exemptions to allow neighbor discovery IPv6 ICMP type-codes
    ///
    /// CSDL: property `firewallIPSecExemptionsAllowNeighborDiscovery`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_allow_neighbor_discovery: rt::Field<bool>,
    /// Configures IPSec exemptions to allow router discovery IPv6 ICMP type-codes
    ///
    /// CSDL: property `firewallIPSecExemptionsAllowRouterDiscovery`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_allow_router_discovery: rt::Field<bool>,
    /// Configures IPSec exemptions to no exemptions
    ///
    /// CSDL: property `firewallIPSecExemptionsNone`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_none: rt::Field<bool>,
    /// If an authentication set is not fully supported by a keying module, direct the module to ignore only unsupported authentication suites rather than the entire set
    ///
    /// CSDL: property `firewallMergeKeyingModuleSettings`: `Edm.Boolean`, nullable.
    pub firewall_merge_keying_module_settings: rt::Field<bool>,
    /// Configures how packet queueing should be applied in the tunnel gateway scenario
    ///
    /// CSDL: property `firewallPacketQueueingMethod`: `microsoft.graph.firewallPacketQueueingMethodType`, not nullable.
    pub firewall_packet_queueing_method: rt::Field<
        crate::beta::FirewallPacketQueueingMethodType,
    >,
    /// Select the preshared key encoding to be used
    ///
    /// CSDL: property `firewallPreSharedKeyEncodingMethod`: `microsoft.graph.firewallPreSharedKeyEncodingMethodType`, not nullable.
    pub firewall_pre_shared_key_encoding_method: rt::Field<
        crate::beta::FirewallPreSharedKeyEncodingMethodType,
    >,
    /// Configures the firewall profile settings for domain networks
    ///
    /// CSDL: property `firewallProfileDomain`: `microsoft.graph.windowsFirewallNetworkProfile`, nullable.
    pub firewall_profile_domain: rt::Field<crate::beta::WindowsFirewallNetworkProfile>,
    /// Configures the firewall profile settings for private networks
    ///
    /// CSDL: property `firewallProfilePrivate`: `microsoft.graph.windowsFirewallNetworkProfile`, nullable.
    pub firewall_profile_private: rt::Field<crate::beta::WindowsFirewallNetworkProfile>,
    /// Configures the firewall profile settings for public networks
    ///
    /// CSDL: property `firewallProfilePublic`: `microsoft.graph.windowsFirewallNetworkProfile`, nullable.
    pub firewall_profile_public: rt::Field<crate::beta::WindowsFirewallNetworkProfile>,
    /// Configures the firewall rule settings. This collection can contain a maximum of 150 elements.
    ///
    /// CSDL: property `firewallRules`: `Collection(microsoft.graph.windowsFirewallRule)`, nullable.
    pub firewall_rules: rt::Field<::std::vec::Vec<crate::beta::WindowsFirewallRule>>,
    /// This security setting determines which challenge/response authentication protocol is used for network logons.
    ///
    /// CSDL: property `lanManagerAuthenticationLevel`: `microsoft.graph.lanManagerAuthenticationLevel`, not nullable.
    pub lan_manager_authentication_level: rt::Field<
        crate::beta::LanManagerAuthenticationLevel,
    >,
    /// If enabled,the SMB client will allow insecure guest logons. If not configured, the SMB client will reject insecure guest logons.
    ///
    /// CSDL: property `lanManagerWorkstationDisableInsecureGuestLogons`: `Edm.Boolean`, not nullable.
    pub lan_manager_workstation_disable_insecure_guest_logons: rt::Field<bool>,
    /// Define a different account name to be associated with the security identifier (SID) for the account “Administrator”.
    ///
    /// CSDL: property `localSecurityOptionsAdministratorAccountName`: `Edm.String`, nullable.
    pub local_security_options_administrator_account_name: rt::Field<
        ::std::string::String,
    >,
    /// Define the behavior of the elevation prompt for admins in Admin Approval Mode.
    ///
    /// CSDL: property `localSecurityOptionsAdministratorElevationPromptBehavior`: `microsoft.graph.localSecurityOptionsAdministratorElevationPromptBehaviorType`, not nullable.
    pub local_security_options_administrator_elevation_prompt_behavior: rt::Field<
        crate::beta::LocalSecurityOptionsAdministratorElevationPromptBehaviorType,
    >,
    /// This security setting determines whether to allows anonymous users to perform certain activities, such as enumerating the names of domain accounts and network shares.
    ///
    /// CSDL: property `localSecurityOptionsAllowAnonymousEnumerationOfSAMAccountsAndShares`: `Edm.Boolean`, not nullable.
    pub local_security_options_allow_anonymous_enumeration_of_sam_accounts_and_shares: rt::Field<
        bool,
    >,
    /// Block PKU2U authentication requests to this device to use online identities.
    ///
    /// CSDL: property `localSecurityOptionsAllowPKU2UAuthenticationRequests`: `Edm.Boolean`, not nullable.
    pub local_security_options_allow_pku2u_authentication_requests: rt::Field<bool>,
    /// Edit the default Security Descriptor Definition Language string to allow or deny users and groups to make remote calls to the SAM.
    ///
    /// CSDL: property `localSecurityOptionsAllowRemoteCallsToSecurityAccountsManager`: `Edm.String`, nullable.
    pub local_security_options_allow_remote_calls_to_security_accounts_manager: rt::Field<
        ::std::string::String,
    >,
    /// UI helper boolean for LocalSecurityOptionsAllowRemoteCallsToSecurityAccountsManager entity
    ///
    /// CSDL: property `localSecurityOptionsAllowRemoteCallsToSecurityAccountsManagerHelperBool`: `Edm.Boolean`, not nullable.
    pub local_security_options_allow_remote_calls_to_security_accounts_manager_helper_bool: rt::Field<
        bool,
    >,
    /// This security setting determines whether a computer can be shut down without having to log on to Windows.
    ///
    /// CSDL: property `localSecurityOptionsAllowSystemToBeShutDownWithoutHavingToLogOn`: `Edm.Boolean`, not nullable.
    pub local_security_options_allow_system_to_be_shut_down_without_having_to_log_on: rt::Field<
        bool,
    >,
    /// Allow UIAccess apps to prompt for elevation without using the secure desktop.
    ///
    /// CSDL: property `localSecurityOptionsAllowUIAccessApplicationElevation`: `Edm.Boolean`, not nullable.
    pub local_security_options_allow_ui_access_application_elevation: rt::Field<bool>,
    /// Allow UIAccess apps to prompt for elevation without using the secure desktop.Default is enabled
    ///
    /// CSDL: property `localSecurityOptionsAllowUIAccessApplicationsForSecureLocations`: `Edm.Boolean`, not nullable.
    pub local_security_options_allow_ui_access_applications_for_secure_locations: rt::Field<
        bool,
    >,
    /// Prevent a portable computer from being undocked without having to log in.
    ///
    /// CSDL: property `localSecurityOptionsAllowUndockWithoutHavingToLogon`: `Edm.Boolean`, not nullable.
    pub local_security_options_allow_undock_without_having_to_logon: rt::Field<bool>,
    /// Prevent users from adding new Microsoft accounts to this computer.
    ///
    /// CSDL: property `localSecurityOptionsBlockMicrosoftAccounts`: `Edm.Boolean`, not nullable.
    pub local_security_options_block_microsoft_accounts: rt::Field<bool>,
    /// Enable Local accounts that are not password protected to log on from locations other than the physical device.Default is enabled
    ///
    /// CSDL: property `localSecurityOptionsBlockRemoteLogonWithBlankPassword`: `Edm.Boolean`, not nullable.
    pub local_security_options_block_remote_logon_with_blank_password: rt::Field<bool>,
    /// Enabling this settings allows only interactively logged on user to access CD-ROM media.
    ///
    /// CSDL: property `localSecurityOptionsBlockRemoteOpticalDriveAccess`: `Edm.Boolean`, not nullable.
    pub local_security_options_block_remote_optical_drive_access: rt::Field<bool>,
    /// Restrict installing printer drivers as part of connecting to a shared printer to admins only.
    ///
    /// CSDL: property `localSecurityOptionsBlockUsersInstallingPrinterDrivers`: `Edm.Boolean`, not nullable.
    pub local_security_options_block_users_installing_printer_drivers: rt::Field<bool>,
    /// This security setting determines whether the virtual memory pagefile is cleared when the system is shut down.
    ///
    /// CSDL: property `localSecurityOptionsClearVirtualMemoryPageFile`: `Edm.Boolean`, not nullable.
    pub local_security_options_clear_virtual_memory_page_file: rt::Field<bool>,
    /// This security setting determines whether packet signing is required by the SMB client component.
    ///
    /// CSDL: property `localSecurityOptionsClientDigitallySignCommunicationsAlways`: `Edm.Boolean`, not nullable.
    pub local_security_options_client_digitally_sign_communications_always: rt::Field<
        bool,
    >,
    /// If this security setting is enabled, the Server Message Block (SMB) redirector is allowed to send plaintext passwords to non-Microsoft SMB servers that do not support password encryption during authentication.
    ///
    /// CSDL: property `localSecurityOptionsClientSendUnencryptedPasswordToThirdPartySMBServers`: `Edm.Boolean`, not nullable.
    pub local_security_options_client_send_unencrypted_password_to_third_party_smb_servers: rt::Field<
        bool,
    >,
    /// App installations requiring elevated privileges will prompt for admin credentials.Default is enabled
    ///
    /// CSDL: property `localSecurityOptionsDetectApplicationInstallationsAndPromptForElevation`: `Edm.Boolean`, not nullable.
    pub local_security_options_detect_application_installations_and_prompt_for_elevation: rt::Field<
        bool,
    >,
    /// Determines whether the Local Administrator account is enabled or disabled.
    ///
    /// CSDL: property `localSecurityOptionsDisableAdministratorAccount`: `Edm.Boolean`, not nullable.
    pub local_security_options_disable_administrator_account: rt::Field<bool>,
    /// This security setting determines whether the SMB client attempts to negotiate SMB packet signing.
    ///
    /// CSDL: property `localSecurityOptionsDisableClientDigitallySignCommunicationsIfServerAgrees`: `Edm.Boolean`, not nullable.
    pub local_security_options_disable_client_digitally_sign_communications_if_server_agrees: rt::Field<
        bool,
    >,
    /// Determines if the Guest account is enabled or disabled.
    ///
    /// CSDL: property `localSecurityOptionsDisableGuestAccount`: `Edm.Boolean`, not nullable.
    pub local_security_options_disable_guest_account: rt::Field<bool>,
    /// This security setting determines whether packet signing is required by the SMB server component.
    ///
    /// CSDL: property `localSecurityOptionsDisableServerDigitallySignCommunicationsAlways`: `Edm.Boolean`, not nullable.
    pub local_security_options_disable_server_digitally_sign_communications_always: rt::Field<
        bool,
    >,
    /// This security setting determines whether the SMB server will negotiate SMB packet signing with clients that request it.
    ///
    /// CSDL: property `localSecurityOptionsDisableServerDigitallySignCommunicationsIfClientAgrees`: `Edm.Boolean`, not nullable.
    pub local_security_options_disable_server_digitally_sign_communications_if_client_agrees: rt::Field<
        bool,
    >,
    /// This security setting determines what additional permissions will be granted for anonymous connections to the computer.
    ///
    /// CSDL: property `localSecurityOptionsDoNotAllowAnonymousEnumerationOfSAMAccounts`: `Edm.Boolean`, not nullable.
    pub local_security_options_do_not_allow_anonymous_enumeration_of_sam_accounts: rt::Field<
        bool,
    >,
    /// Require CTRL+ALT+DEL to be pressed before a user can log on.
    ///
    /// CSDL: property `localSecurityOptionsDoNotRequireCtrlAltDel`: `Edm.Boolean`, not nullable.
    pub local_security_options_do_not_require_ctrl_alt_del: rt::Field<bool>,
    /// This security setting determines if, at the next password change, the LAN Manager (LM) hash value for the new password is stored. It’s not stored by default.
    ///
    /// CSDL: property `localSecurityOptionsDoNotStoreLANManagerHashValueOnNextPasswordChange`: `Edm.Boolean`, not nullable.
    pub local_security_options_do_not_store_lan_manager_hash_value_on_next_password_change: rt::Field<
        bool,
    >,
    /// Define who is allowed to format and eject removable NTFS media.
    ///
    /// CSDL: property `localSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUser`: `microsoft.graph.localSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType`, not nullable.
    pub local_security_options_format_and_eject_of_removable_media_allowed_user: rt::Field<
        crate::beta::LocalSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType,
    >,
    /// Define a different account name to be associated with the security identifier (SID) for the account “Guest”.
    ///
    /// CSDL: property `localSecurityOptionsGuestAccountName`: `Edm.String`, nullable.
    pub local_security_options_guest_account_name: rt::Field<::std::string::String>,
    /// Do not display the username of the last person who signed in on this device.
    ///
    /// CSDL: property `localSecurityOptionsHideLastSignedInUser`: `Edm.Boolean`, not nullable.
    pub local_security_options_hide_last_signed_in_user: rt::Field<bool>,
    /// Do not display the username of the person signing in to this device after credentials are entered and before the device’s desktop is shown.
    ///
    /// CSDL: property `localSecurityOptionsHideUsernameAtSignIn`: `Edm.Boolean`, not nullable.
    pub local_security_options_hide_username_at_sign_in: rt::Field<bool>,
    /// Configure the user information that is displayed when the session is locked. If not configured, user display name, domain and username are shown
    ///
    /// CSDL: property `localSecurityOptionsInformationDisplayedOnLockScreen`: `microsoft.graph.localSecurityOptionsInformationDisplayedOnLockScreenType`, not nullable.
    pub local_security_options_information_displayed_on_lock_screen: rt::Field<
        crate::beta::LocalSecurityOptionsInformationDisplayedOnLockScreenType,
    >,
    /// Configure the user information that is displayed when the session is locked. If not configured, user display name, domain and username are shown
    ///
    /// CSDL: property `localSecurityOptionsInformationShownOnLockScreen`: `microsoft.graph.localSecurityOptionsInformationShownOnLockScreenType`, not nullable.
    pub local_security_options_information_shown_on_lock_screen: rt::Field<
        crate::beta::LocalSecurityOptionsInformationShownOnLockScreenType,
    >,
    /// Set message text for users attempting to log in.
    ///
    /// CSDL: property `localSecurityOptionsLogOnMessageText`: `Edm.String`, nullable.
    pub local_security_options_log_on_message_text: rt::Field<::std::string::String>,
    /// Set message title for users attempting to log in.
    ///
    /// CSDL: property `localSecurityOptionsLogOnMessageTitle`: `Edm.String`, nullable.
    pub local_security_options_log_on_message_title: rt::Field<::std::string::String>,
    /// Define maximum minutes of inactivity on the interactive desktop’s login screen until the screen saver runs. Valid values 0 to 9999
    ///
    /// CSDL: property `localSecurityOptionsMachineInactivityLimit`: `Edm.Int32`, nullable.
    pub local_security_options_machine_inactivity_limit: rt::Field<i32>,
    /// Define maximum minutes of inactivity on the interactive desktop’s login screen until the screen saver runs. Valid values 0 to 9999
    ///
    /// CSDL: property `localSecurityOptionsMachineInactivityLimitInMinutes`: `Edm.Int32`, nullable.
    pub local_security_options_machine_inactivity_limit_in_minutes: rt::Field<i32>,
    /// This security setting allows a client to require the negotiation of 128-bit encryption and/or NTLMv2 session security.
    ///
    /// CSDL: property `localSecurityOptionsMinimumSessionSecurityForNtlmSspBasedClients`: `microsoft.graph.localSecurityOptionsMinimumSessionSecurity`, not nullable.
    pub local_security_options_minimum_session_security_for_ntlm_ssp_based_clients: rt::Field<
        crate::beta::LocalSecurityOptionsMinimumSessionSecurity,
    >,
    /// This security setting allows a server to require the negotiation of 128-bit encryption and/or NTLMv2 session security.
    ///
    /// CSDL: property `localSecurityOptionsMinimumSessionSecurityForNtlmSspBasedServers`: `microsoft.graph.localSecurityOptionsMinimumSessionSecurity`, not nullable.
    pub local_security_options_minimum_session_security_for_ntlm_ssp_based_servers: rt::Field<
        crate::beta::LocalSecurityOptionsMinimumSessionSecurity,
    >,
    /// Enforce PKI certification path validation for a given executable file before it is permitted to run.
    ///
    /// CSDL: property `localSecurityOptionsOnlyElevateSignedExecutables`: `Edm.Boolean`, not nullable.
    pub local_security_options_only_elevate_signed_executables: rt::Field<bool>,
    /// By default, this security setting restricts anonymous access to shares and pipes to the settings for named pipes that can be accessed anonymously and Shares that can be accessed anonymously
    ///
    /// CSDL: property `localSecurityOptionsRestrictAnonymousAccessToNamedPipesAndShares`: `Edm.Boolean`, not nullable.
    pub local_security_options_restrict_anonymous_access_to_named_pipes_and_shares: rt::Field<
        bool,
    >,
    /// This security setting determines what happens when the smart card for a logged-on user is removed from the smart card reader.
    ///
    /// CSDL: property `localSecurityOptionsSmartCardRemovalBehavior`: `microsoft.graph.localSecurityOptionsSmartCardRemovalBehaviorType`, not nullable.
    pub local_security_options_smart_card_removal_behavior: rt::Field<
        crate::beta::LocalSecurityOptionsSmartCardRemovalBehaviorType,
    >,
    /// Define the behavior of the elevation prompt for standard users.
    ///
    /// CSDL: property `localSecurityOptionsStandardUserElevationPromptBehavior`: `microsoft.graph.localSecurityOptionsStandardUserElevationPromptBehaviorType`, not nullable.
    pub local_security_options_standard_user_elevation_prompt_behavior: rt::Field<
        crate::beta::LocalSecurityOptionsStandardUserElevationPromptBehaviorType,
    >,
    /// Enable all elevation requests to go to the interactive user's desktop rather than the secure desktop. Prompt behavior policy settings for admins and standard users are used.
    ///
    /// CSDL: property `localSecurityOptionsSwitchToSecureDesktopWhenPromptingForElevation`: `Edm.Boolean`, not nullable.
    pub local_security_options_switch_to_secure_desktop_when_prompting_for_elevation: rt::Field<
        bool,
    >,
    /// Defines whether the built-in admin account uses Admin Approval Mode or runs all apps with full admin privileges.Default is enabled
    ///
    /// CSDL: property `localSecurityOptionsUseAdminApprovalMode`: `Edm.Boolean`, not nullable.
    pub local_security_options_use_admin_approval_mode: rt::Field<bool>,
    /// Define whether Admin Approval Mode and all UAC policy settings are enabled, default is enabled
    ///
    /// CSDL: property `localSecurityOptionsUseAdminApprovalModeForAdministrators`: `Edm.Boolean`, not nullable.
    pub local_security_options_use_admin_approval_mode_for_administrators: rt::Field<
        bool,
    >,
    /// Virtualize file and registry write failures to per user locations
    ///
    /// CSDL: property `localSecurityOptionsVirtualizeFileAndRegistryWriteFailuresToPerUserLocations`: `Edm.Boolean`, not nullable.
    pub local_security_options_virtualize_file_and_registry_write_failures_to_per_user_locations: rt::Field<
        bool,
    >,
    /// Allows IT Admins to control whether users can can ignore SmartScreen warnings and run malicious files.
    ///
    /// CSDL: property `smartScreenBlockOverrideForFiles`: `Edm.Boolean`, not nullable.
    pub smart_screen_block_override_for_files: rt::Field<bool>,
    /// Allows IT Admins to configure SmartScreen for Windows.
    ///
    /// CSDL: property `smartScreenEnableInShell`: `Edm.Boolean`, not nullable.
    pub smart_screen_enable_in_shell: rt::Field<bool>,
    /// This user right is used by Credential Manager during Backup/Restore. Users' saved credentials might be compromised if this privilege is given to other entities. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsAccessCredentialManagerAsTrustedCaller`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_access_credential_manager_as_trusted_caller: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right allows a process to impersonate any user without authentication. The process can therefore gain access to the same local resources as that user. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsActAsPartOfTheOperatingSystem`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_act_as_part_of_the_operating_system: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users and groups are allowed to connect to the computer over the network. State Allowed is supported.
    ///
    /// CSDL: property `userRightsAllowAccessFromNetwork`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_allow_access_from_network: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can bypass file, directory, registry, and other persistent objects permissions when backing up files and directories. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsBackupData`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_backup_data: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users and groups are block from connecting to the computer over the network. State Block is supported.
    ///
    /// CSDL: property `userRightsBlockAccessFromNetwork`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_block_access_from_network: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users and groups can change the time and date on the internal clock of the computer. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsChangeSystemTime`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_change_system_time: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This security setting determines whether users can create global objects that are available to all sessions. Users who can create global objects could affect processes that run under other users' sessions, which could lead to application failure or data corruption. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsCreateGlobalObjects`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_create_global_objects: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users and groups can call an internal API to create and change the size of a page file. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsCreatePageFile`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_create_page_file: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which accounts can be used by processes to create a directory object using the object manager. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsCreatePermanentSharedObjects`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_create_permanent_shared_objects: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines if the user can create a symbolic link from the computer to which they are logged on. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsCreateSymbolicLinks`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_create_symbolic_links: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users/groups can be used by processes to create a token that can then be used to get access to any local resources when the process uses an internal API to create an access token. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsCreateToken`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_create_token: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can attach a debugger to any process or to the kernel. Only states NotConfigured and Allowed are supported
    ///
    /// CSDL: property `userRightsDebugPrograms`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_debug_programs: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can set the Trusted for Delegation setting on a user or computer object. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsDelegation`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_delegation: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users cannot log on to the computer. States NotConfigured, Blocked are supported
    ///
    /// CSDL: property `userRightsDenyLocalLogOn`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_deny_local_log_on: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which accounts can be used by a process to add entries to the security log. The security log is used to trace unauthorized system access.  Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsGenerateSecurityAudits`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_generate_security_audits: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// Assigning this user right to a user allows programs running on behalf of that user to impersonate a client. Requiring this user right for this kind of impersonation prevents an unauthorized user from convincing a client to connect to a service that they have created and then impersonating that client, which can elevate the unauthorized user's permissions to administrative or system levels. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsImpersonateClient`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_impersonate_client: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which accounts can use a process with Write Property access to another process to increase the execution priority assigned to the other process. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsIncreaseSchedulingPriority`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_increase_scheduling_priority: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can dynamically load and unload device drivers or other code in to kernel mode. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsLoadUnloadDrivers`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_load_unload_drivers: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can log on to the computer. States NotConfigured, Allowed are supported
    ///
    /// CSDL: property `userRightsLocalLogOn`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_local_log_on: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which accounts can use a process to keep data in physical memory, which prevents the system from paging the data to virtual memory on disk. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsLockMemory`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_lock_memory: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can specify object access auditing options for individual resources, such as files, Active Directory objects, and registry keys. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsManageAuditingAndSecurityLogs`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_manage_auditing_and_security_logs: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users and groups can run maintenance tasks on a volume, such as remote defragmentation. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsManageVolumes`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_manage_volumes: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines who can modify firmware environment values. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsModifyFirmwareEnvironment`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_modify_firmware_environment: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which user accounts can modify the integrity label of objects, such as files, registry keys, or processes owned by other users. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsModifyObjectLabels`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_modify_object_labels: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can use performance monitoring tools to monitor the performance of system processes. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsProfileSingleProcess`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_profile_single_process: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users and groups are prohibited from logging on as a Remote Desktop Services client. Only states NotConfigured and Blocked are supported
    ///
    /// CSDL: property `userRightsRemoteDesktopServicesLogOn`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_remote_desktop_services_log_on: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users are allowed to shut down a computer from a remote location on the network. Misuse of this user right can result in a denial of service. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsRemoteShutdown`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_remote_shutdown: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can bypass file, directory, registry, and other persistent objects permissions when restoring backed up files and directories, and determines which users can set any valid security principal as the owner of an object. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsRestoreData`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_restore_data: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// This user right determines which users can take ownership of any securable object in the system, including Active Directory objects, files and folders, printers, registry keys, processes, and threads. Only states NotConfigured and Allowed are supported.
    ///
    /// CSDL: property `userRightsTakeOwnership`: `microsoft.graph.deviceManagementUserRightsSetting`, nullable.
    pub user_rights_take_ownership: rt::Field<
        crate::beta::DeviceManagementUserRightsSetting,
    >,
    /// Configure windows defender TamperProtection settings
    ///
    /// CSDL: property `windowsDefenderTamperProtection`: `microsoft.graph.windowsDefenderTamperProtectionOptions`, not nullable.
    pub windows_defender_tamper_protection: rt::Field<
        crate::beta::WindowsDefenderTamperProtectionOptions,
    >,
    /// This setting determines whether the Accessory management service's start type is Automatic(2), Manual(3), Disabled(4). Default: Manual.
    ///
    /// CSDL: property `xboxServicesAccessoryManagementServiceStartupMode`: `microsoft.graph.serviceStartType`, not nullable.
    pub xbox_services_accessory_management_service_startup_mode: rt::Field<
        crate::beta::ServiceStartType,
    >,
    /// This setting determines whether xbox game save is enabled (1) or disabled (0).
    ///
    /// CSDL: property `xboxServicesEnableXboxGameSaveTask`: `Edm.Boolean`, not nullable.
    pub xbox_services_enable_xbox_game_save_task: rt::Field<bool>,
    /// This setting determines whether Live Auth Manager service's start type is Automatic(2), Manual(3), Disabled(4). Default: Manual.
    ///
    /// CSDL: property `xboxServicesLiveAuthManagerServiceStartupMode`: `microsoft.graph.serviceStartType`, not nullable.
    pub xbox_services_live_auth_manager_service_startup_mode: rt::Field<
        crate::beta::ServiceStartType,
    >,
    /// This setting determines whether Live Game save service's start type is Automatic(2), Manual(3), Disabled(4). Default: Manual.
    ///
    /// CSDL: property `xboxServicesLiveGameSaveServiceStartupMode`: `microsoft.graph.serviceStartType`, not nullable.
    pub xbox_services_live_game_save_service_startup_mode: rt::Field<
        crate::beta::ServiceStartType,
    >,
    /// This setting determines whether Networking service's start type is Automatic(2), Manual(3), Disabled(4). Default: Manual.
    ///
    /// CSDL: property `xboxServicesLiveNetworkingServiceStartupMode`: `microsoft.graph.serviceStartType`, not nullable.
    pub xbox_services_live_networking_service_startup_mode: rt::Field<
        crate::beta::ServiceStartType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10EndpointProtectionConfiguration {
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
            application_guard_allow_camera_microphone_redirection: rt::Field::Absent,
            application_guard_allow_file_save_on_host: rt::Field::Absent,
            application_guard_allow_persistence: rt::Field::Absent,
            application_guard_allow_print_to_local_printers: rt::Field::Absent,
            application_guard_allow_print_to_network_printers: rt::Field::Absent,
            application_guard_allow_print_to_pdf: rt::Field::Absent,
            application_guard_allow_print_to_xps: rt::Field::Absent,
            application_guard_allow_virtual_gpu: rt::Field::Absent,
            application_guard_block_clipboard_sharing: rt::Field::Absent,
            application_guard_block_file_transfer: rt::Field::Absent,
            application_guard_block_non_enterprise_content: rt::Field::Absent,
            application_guard_certificate_thumbprints: rt::Field::Absent,
            application_guard_enabled: rt::Field::Absent,
            application_guard_enabled_options: rt::Field::Absent,
            application_guard_force_auditing: rt::Field::Absent,
            app_locker_application_control: rt::Field::Absent,
            bit_locker_allow_standard_user_encryption: rt::Field::Absent,
            bit_locker_disable_warning_for_other_disk_encryption: rt::Field::Absent,
            bit_locker_enable_storage_card_encryption_on_mobile: rt::Field::Absent,
            bit_locker_encrypt_device: rt::Field::Absent,
            bit_locker_fixed_drive_policy: rt::Field::Absent,
            bit_locker_recovery_password_rotation: rt::Field::Absent,
            bit_locker_removable_drive_policy: rt::Field::Absent,
            bit_locker_system_drive_policy: rt::Field::Absent,
            defender_additional_guarded_folders: rt::Field::Absent,
            defender_adobe_reader_launch_child_process: rt::Field::Absent,
            defender_advanced_ransomeware_protection_type: rt::Field::Absent,
            defender_allow_behavior_monitoring: rt::Field::Absent,
            defender_allow_cloud_protection: rt::Field::Absent,
            defender_allow_end_user_access: rt::Field::Absent,
            defender_allow_intrusion_prevention_system: rt::Field::Absent,
            defender_allow_on_access_protection: rt::Field::Absent,
            defender_allow_real_time_monitoring: rt::Field::Absent,
            defender_allow_scan_archive_files: rt::Field::Absent,
            defender_allow_scan_downloads: rt::Field::Absent,
            defender_allow_scan_network_files: rt::Field::Absent,
            defender_allow_scan_removable_drives_during_full_scan: rt::Field::Absent,
            defender_allow_scan_scripts_loaded_in_internet_explorer: rt::Field::Absent,
            defender_attack_surface_reduction_excluded_paths: rt::Field::Absent,
            defender_block_end_user_access: rt::Field::Absent,
            defender_block_persistence_through_wmi_type: rt::Field::Absent,
            defender_check_for_signatures_before_running_scan: rt::Field::Absent,
            defender_cloud_block_level: rt::Field::Absent,
            defender_cloud_extended_timeout_in_seconds: rt::Field::Absent,
            defender_days_before_deleting_quarantined_malware: rt::Field::Absent,
            defender_detected_malware_actions: rt::Field::Absent,
            defender_disable_behavior_monitoring: rt::Field::Absent,
            defender_disable_catchup_full_scan: rt::Field::Absent,
            defender_disable_catchup_quick_scan: rt::Field::Absent,
            defender_disable_cloud_protection: rt::Field::Absent,
            defender_disable_intrusion_prevention_system: rt::Field::Absent,
            defender_disable_on_access_protection: rt::Field::Absent,
            defender_disable_real_time_monitoring: rt::Field::Absent,
            defender_disable_scan_archive_files: rt::Field::Absent,
            defender_disable_scan_downloads: rt::Field::Absent,
            defender_disable_scan_network_files: rt::Field::Absent,
            defender_disable_scan_removable_drives_during_full_scan: rt::Field::Absent,
            defender_disable_scan_scripts_loaded_in_internet_explorer: rt::Field::Absent,
            defender_email_content_execution: rt::Field::Absent,
            defender_email_content_execution_type: rt::Field::Absent,
            defender_enable_low_cpu_priority: rt::Field::Absent,
            defender_enable_scan_incoming_mail: rt::Field::Absent,
            defender_enable_scan_mapped_network_drives_during_full_scan: rt::Field::Absent,
            defender_exploit_protection_xml: rt::Field::Absent,
            defender_exploit_protection_xml_file_name: rt::Field::Absent,
            defender_file_extensions_to_exclude: rt::Field::Absent,
            defender_files_and_folders_to_exclude: rt::Field::Absent,
            defender_guarded_folders_allowed_app_paths: rt::Field::Absent,
            defender_guard_my_folders_type: rt::Field::Absent,
            defender_network_protection_type: rt::Field::Absent,
            defender_office_apps_executable_content_creation_or_launch: rt::Field::Absent,
            defender_office_apps_executable_content_creation_or_launch_type: rt::Field::Absent,
            defender_office_apps_launch_child_process: rt::Field::Absent,
            defender_office_apps_launch_child_process_type: rt::Field::Absent,
            defender_office_apps_other_process_injection: rt::Field::Absent,
            defender_office_apps_other_process_injection_type: rt::Field::Absent,
            defender_office_communication_apps_launch_child_process: rt::Field::Absent,
            defender_office_macro_code_allow_win32_imports: rt::Field::Absent,
            defender_office_macro_code_allow_win32_imports_type: rt::Field::Absent,
            defender_potentially_unwanted_app_action: rt::Field::Absent,
            defender_prevent_credential_stealing_type: rt::Field::Absent,
            defender_process_creation: rt::Field::Absent,
            defender_process_creation_type: rt::Field::Absent,
            defender_processes_to_exclude: rt::Field::Absent,
            defender_scan_direction: rt::Field::Absent,
            defender_scan_max_cpu_percentage: rt::Field::Absent,
            defender_scan_type: rt::Field::Absent,
            defender_scheduled_quick_scan_time: rt::Field::Absent,
            defender_scheduled_scan_day: rt::Field::Absent,
            defender_scheduled_scan_time: rt::Field::Absent,
            defender_script_downloaded_payload_execution: rt::Field::Absent,
            defender_script_downloaded_payload_execution_type: rt::Field::Absent,
            defender_script_obfuscated_macro_code: rt::Field::Absent,
            defender_script_obfuscated_macro_code_type: rt::Field::Absent,
            defender_security_center_block_exploit_protection_override: rt::Field::Absent,
            defender_security_center_disable_account_ui: rt::Field::Absent,
            defender_security_center_disable_app_browser_ui: rt::Field::Absent,
            defender_security_center_disable_clear_tpm_ui: rt::Field::Absent,
            defender_security_center_disable_family_ui: rt::Field::Absent,
            defender_security_center_disable_hardware_ui: rt::Field::Absent,
            defender_security_center_disable_health_ui: rt::Field::Absent,
            defender_security_center_disable_network_ui: rt::Field::Absent,
            defender_security_center_disable_notification_area_ui: rt::Field::Absent,
            defender_security_center_disable_ransomware_ui: rt::Field::Absent,
            defender_security_center_disable_secure_boot_ui: rt::Field::Absent,
            defender_security_center_disable_troubleshooting_ui: rt::Field::Absent,
            defender_security_center_disable_virus_ui: rt::Field::Absent,
            defender_security_center_disable_vulnerable_tpm_firmware_update_ui: rt::Field::Absent,
            defender_security_center_help_email: rt::Field::Absent,
            defender_security_center_help_phone: rt::Field::Absent,
            defender_security_center_help_url: rt::Field::Absent,
            defender_security_center_it_contact_display: rt::Field::Absent,
            defender_security_center_notifications_from_app: rt::Field::Absent,
            defender_security_center_organization_display_name: rt::Field::Absent,
            defender_signature_update_interval_in_hours: rt::Field::Absent,
            defender_submit_samples_consent_type: rt::Field::Absent,
            defender_untrusted_executable: rt::Field::Absent,
            defender_untrusted_executable_type: rt::Field::Absent,
            defender_untrusted_usb_process: rt::Field::Absent,
            defender_untrusted_usb_process_type: rt::Field::Absent,
            device_guard_enable_secure_boot_with_dma: rt::Field::Absent,
            device_guard_enable_virtualization_based_security: rt::Field::Absent,
            device_guard_launch_system_guard: rt::Field::Absent,
            device_guard_local_system_authority_credential_guard_settings: rt::Field::Absent,
            device_guard_secure_boot_with_dma: rt::Field::Absent,
            dma_guard_device_enumeration_policy: rt::Field::Absent,
            firewall_block_stateful_ftp: rt::Field::Absent,
            firewall_certificate_revocation_list_check_method: rt::Field::Absent,
            firewall_idle_timeout_for_security_association_in_seconds: rt::Field::Absent,
            firewall_ip_sec_exemptions_allow_dhcp: rt::Field::Absent,
            firewall_ip_sec_exemptions_allow_icmp: rt::Field::Absent,
            firewall_ip_sec_exemptions_allow_neighbor_discovery: rt::Field::Absent,
            firewall_ip_sec_exemptions_allow_router_discovery: rt::Field::Absent,
            firewall_ip_sec_exemptions_none: rt::Field::Absent,
            firewall_merge_keying_module_settings: rt::Field::Absent,
            firewall_packet_queueing_method: rt::Field::Absent,
            firewall_pre_shared_key_encoding_method: rt::Field::Absent,
            firewall_profile_domain: rt::Field::Absent,
            firewall_profile_private: rt::Field::Absent,
            firewall_profile_public: rt::Field::Absent,
            firewall_rules: rt::Field::Absent,
            lan_manager_authentication_level: rt::Field::Absent,
            lan_manager_workstation_disable_insecure_guest_logons: rt::Field::Absent,
            local_security_options_administrator_account_name: rt::Field::Absent,
            local_security_options_administrator_elevation_prompt_behavior: rt::Field::Absent,
            local_security_options_allow_anonymous_enumeration_of_sam_accounts_and_shares: rt::Field::Absent,
            local_security_options_allow_pku2u_authentication_requests: rt::Field::Absent,
            local_security_options_allow_remote_calls_to_security_accounts_manager: rt::Field::Absent,
            local_security_options_allow_remote_calls_to_security_accounts_manager_helper_bool: rt::Field::Absent,
            local_security_options_allow_system_to_be_shut_down_without_having_to_log_on: rt::Field::Absent,
            local_security_options_allow_ui_access_application_elevation: rt::Field::Absent,
            local_security_options_allow_ui_access_applications_for_secure_locations: rt::Field::Absent,
            local_security_options_allow_undock_without_having_to_logon: rt::Field::Absent,
            local_security_options_block_microsoft_accounts: rt::Field::Absent,
            local_security_options_block_remote_logon_with_blank_password: rt::Field::Absent,
            local_security_options_block_remote_optical_drive_access: rt::Field::Absent,
            local_security_options_block_users_installing_printer_drivers: rt::Field::Absent,
            local_security_options_clear_virtual_memory_page_file: rt::Field::Absent,
            local_security_options_client_digitally_sign_communications_always: rt::Field::Absent,
            local_security_options_client_send_unencrypted_password_to_third_party_smb_servers: rt::Field::Absent,
            local_security_options_detect_application_installations_and_prompt_for_elevation: rt::Field::Absent,
            local_security_options_disable_administrator_account: rt::Field::Absent,
            local_security_options_disable_client_digitally_sign_communications_if_server_agrees: rt::Field::Absent,
            local_security_options_disable_guest_account: rt::Field::Absent,
            local_security_options_disable_server_digitally_sign_communications_always: rt::Field::Absent,
            local_security_options_disable_server_digitally_sign_communications_if_client_agrees: rt::Field::Absent,
            local_security_options_do_not_allow_anonymous_enumeration_of_sam_accounts: rt::Field::Absent,
            local_security_options_do_not_require_ctrl_alt_del: rt::Field::Absent,
            local_security_options_do_not_store_lan_manager_hash_value_on_next_password_change: rt::Field::Absent,
            local_security_options_format_and_eject_of_removable_media_allowed_user: rt::Field::Absent,
            local_security_options_guest_account_name: rt::Field::Absent,
            local_security_options_hide_last_signed_in_user: rt::Field::Absent,
            local_security_options_hide_username_at_sign_in: rt::Field::Absent,
            local_security_options_information_displayed_on_lock_screen: rt::Field::Absent,
            local_security_options_information_shown_on_lock_screen: rt::Field::Absent,
            local_security_options_log_on_message_text: rt::Field::Absent,
            local_security_options_log_on_message_title: rt::Field::Absent,
            local_security_options_machine_inactivity_limit: rt::Field::Absent,
            local_security_options_machine_inactivity_limit_in_minutes: rt::Field::Absent,
            local_security_options_minimum_session_security_for_ntlm_ssp_based_clients: rt::Field::Absent,
            local_security_options_minimum_session_security_for_ntlm_ssp_based_servers: rt::Field::Absent,
            local_security_options_only_elevate_signed_executables: rt::Field::Absent,
            local_security_options_restrict_anonymous_access_to_named_pipes_and_shares: rt::Field::Absent,
            local_security_options_smart_card_removal_behavior: rt::Field::Absent,
            local_security_options_standard_user_elevation_prompt_behavior: rt::Field::Absent,
            local_security_options_switch_to_secure_desktop_when_prompting_for_elevation: rt::Field::Absent,
            local_security_options_use_admin_approval_mode: rt::Field::Absent,
            local_security_options_use_admin_approval_mode_for_administrators: rt::Field::Absent,
            local_security_options_virtualize_file_and_registry_write_failures_to_per_user_locations: rt::Field::Absent,
            smart_screen_block_override_for_files: rt::Field::Absent,
            smart_screen_enable_in_shell: rt::Field::Absent,
            user_rights_access_credential_manager_as_trusted_caller: rt::Field::Absent,
            user_rights_act_as_part_of_the_operating_system: rt::Field::Absent,
            user_rights_allow_access_from_network: rt::Field::Absent,
            user_rights_backup_data: rt::Field::Absent,
            user_rights_block_access_from_network: rt::Field::Absent,
            user_rights_change_system_time: rt::Field::Absent,
            user_rights_create_global_objects: rt::Field::Absent,
            user_rights_create_page_file: rt::Field::Absent,
            user_rights_create_permanent_shared_objects: rt::Field::Absent,
            user_rights_create_symbolic_links: rt::Field::Absent,
            user_rights_create_token: rt::Field::Absent,
            user_rights_debug_programs: rt::Field::Absent,
            user_rights_delegation: rt::Field::Absent,
            user_rights_deny_local_log_on: rt::Field::Absent,
            user_rights_generate_security_audits: rt::Field::Absent,
            user_rights_impersonate_client: rt::Field::Absent,
            user_rights_increase_scheduling_priority: rt::Field::Absent,
            user_rights_load_unload_drivers: rt::Field::Absent,
            user_rights_local_log_on: rt::Field::Absent,
            user_rights_lock_memory: rt::Field::Absent,
            user_rights_manage_auditing_and_security_logs: rt::Field::Absent,
            user_rights_manage_volumes: rt::Field::Absent,
            user_rights_modify_firmware_environment: rt::Field::Absent,
            user_rights_modify_object_labels: rt::Field::Absent,
            user_rights_profile_single_process: rt::Field::Absent,
            user_rights_remote_desktop_services_log_on: rt::Field::Absent,
            user_rights_remote_shutdown: rt::Field::Absent,
            user_rights_restore_data: rt::Field::Absent,
            user_rights_take_ownership: rt::Field::Absent,
            windows_defender_tamper_protection: rt::Field::Absent,
            xbox_services_accessory_management_service_startup_mode: rt::Field::Absent,
            xbox_services_enable_xbox_game_save_task: rt::Field::Absent,
            xbox_services_live_auth_manager_service_startup_mode: rt::Field::Absent,
            xbox_services_live_game_save_service_startup_mode: rt::Field::Absent,
            xbox_services_live_networking_service_startup_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10EndpointProtectionConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EndpointProtectionConfiguration";
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
        "applicationGuardAllowCameraMicrophoneRedirection",
        "applicationGuardAllowFileSaveOnHost",
        "applicationGuardAllowPersistence",
        "applicationGuardAllowPrintToLocalPrinters",
        "applicationGuardAllowPrintToNetworkPrinters",
        "applicationGuardAllowPrintToPDF",
        "applicationGuardAllowPrintToXPS",
        "applicationGuardAllowVirtualGPU",
        "applicationGuardBlockClipboardSharing",
        "applicationGuardBlockFileTransfer",
        "applicationGuardBlockNonEnterpriseContent",
        "applicationGuardCertificateThumbprints",
        "applicationGuardEnabled",
        "applicationGuardEnabledOptions",
        "applicationGuardForceAuditing",
        "appLockerApplicationControl",
        "bitLockerAllowStandardUserEncryption",
        "bitLockerDisableWarningForOtherDiskEncryption",
        "bitLockerEnableStorageCardEncryptionOnMobile",
        "bitLockerEncryptDevice",
        "bitLockerFixedDrivePolicy",
        "bitLockerRecoveryPasswordRotation",
        "bitLockerRemovableDrivePolicy",
        "bitLockerSystemDrivePolicy",
        "defenderAdditionalGuardedFolders",
        "defenderAdobeReaderLaunchChildProcess",
        "defenderAdvancedRansomewareProtectionType",
        "defenderAllowBehaviorMonitoring",
        "defenderAllowCloudProtection",
        "defenderAllowEndUserAccess",
        "defenderAllowIntrusionPreventionSystem",
        "defenderAllowOnAccessProtection",
        "defenderAllowRealTimeMonitoring",
        "defenderAllowScanArchiveFiles",
        "defenderAllowScanDownloads",
        "defenderAllowScanNetworkFiles",
        "defenderAllowScanRemovableDrivesDuringFullScan",
        "defenderAllowScanScriptsLoadedInInternetExplorer",
        "defenderAttackSurfaceReductionExcludedPaths",
        "defenderBlockEndUserAccess",
        "defenderBlockPersistenceThroughWmiType",
        "defenderCheckForSignaturesBeforeRunningScan",
        "defenderCloudBlockLevel",
        "defenderCloudExtendedTimeoutInSeconds",
        "defenderDaysBeforeDeletingQuarantinedMalware",
        "defenderDetectedMalwareActions",
        "defenderDisableBehaviorMonitoring",
        "defenderDisableCatchupFullScan",
        "defenderDisableCatchupQuickScan",
        "defenderDisableCloudProtection",
        "defenderDisableIntrusionPreventionSystem",
        "defenderDisableOnAccessProtection",
        "defenderDisableRealTimeMonitoring",
        "defenderDisableScanArchiveFiles",
        "defenderDisableScanDownloads",
        "defenderDisableScanNetworkFiles",
        "defenderDisableScanRemovableDrivesDuringFullScan",
        "defenderDisableScanScriptsLoadedInInternetExplorer",
        "defenderEmailContentExecution",
        "defenderEmailContentExecutionType",
        "defenderEnableLowCpuPriority",
        "defenderEnableScanIncomingMail",
        "defenderEnableScanMappedNetworkDrivesDuringFullScan",
        "defenderExploitProtectionXml",
        "defenderExploitProtectionXmlFileName",
        "defenderFileExtensionsToExclude",
        "defenderFilesAndFoldersToExclude",
        "defenderGuardedFoldersAllowedAppPaths",
        "defenderGuardMyFoldersType",
        "defenderNetworkProtectionType",
        "defenderOfficeAppsExecutableContentCreationOrLaunch",
        "defenderOfficeAppsExecutableContentCreationOrLaunchType",
        "defenderOfficeAppsLaunchChildProcess",
        "defenderOfficeAppsLaunchChildProcessType",
        "defenderOfficeAppsOtherProcessInjection",
        "defenderOfficeAppsOtherProcessInjectionType",
        "defenderOfficeCommunicationAppsLaunchChildProcess",
        "defenderOfficeMacroCodeAllowWin32Imports",
        "defenderOfficeMacroCodeAllowWin32ImportsType",
        "defenderPotentiallyUnwantedAppAction",
        "defenderPreventCredentialStealingType",
        "defenderProcessCreation",
        "defenderProcessCreationType",
        "defenderProcessesToExclude",
        "defenderScanDirection",
        "defenderScanMaxCpuPercentage",
        "defenderScanType",
        "defenderScheduledQuickScanTime",
        "defenderScheduledScanDay",
        "defenderScheduledScanTime",
        "defenderScriptDownloadedPayloadExecution",
        "defenderScriptDownloadedPayloadExecutionType",
        "defenderScriptObfuscatedMacroCode",
        "defenderScriptObfuscatedMacroCodeType",
        "defenderSecurityCenterBlockExploitProtectionOverride",
        "defenderSecurityCenterDisableAccountUI",
        "defenderSecurityCenterDisableAppBrowserUI",
        "defenderSecurityCenterDisableClearTpmUI",
        "defenderSecurityCenterDisableFamilyUI",
        "defenderSecurityCenterDisableHardwareUI",
        "defenderSecurityCenterDisableHealthUI",
        "defenderSecurityCenterDisableNetworkUI",
        "defenderSecurityCenterDisableNotificationAreaUI",
        "defenderSecurityCenterDisableRansomwareUI",
        "defenderSecurityCenterDisableSecureBootUI",
        "defenderSecurityCenterDisableTroubleshootingUI",
        "defenderSecurityCenterDisableVirusUI",
        "defenderSecurityCenterDisableVulnerableTpmFirmwareUpdateUI",
        "defenderSecurityCenterHelpEmail",
        "defenderSecurityCenterHelpPhone",
        "defenderSecurityCenterHelpURL",
        "defenderSecurityCenterITContactDisplay",
        "defenderSecurityCenterNotificationsFromApp",
        "defenderSecurityCenterOrganizationDisplayName",
        "defenderSignatureUpdateIntervalInHours",
        "defenderSubmitSamplesConsentType",
        "defenderUntrustedExecutable",
        "defenderUntrustedExecutableType",
        "defenderUntrustedUSBProcess",
        "defenderUntrustedUSBProcessType",
        "deviceGuardEnableSecureBootWithDMA",
        "deviceGuardEnableVirtualizationBasedSecurity",
        "deviceGuardLaunchSystemGuard",
        "deviceGuardLocalSystemAuthorityCredentialGuardSettings",
        "deviceGuardSecureBootWithDMA",
        "dmaGuardDeviceEnumerationPolicy",
        "firewallBlockStatefulFTP",
        "firewallCertificateRevocationListCheckMethod",
        "firewallIdleTimeoutForSecurityAssociationInSeconds",
        "firewallIPSecExemptionsAllowDHCP",
        "firewallIPSecExemptionsAllowICMP",
        "firewallIPSecExemptionsAllowNeighborDiscovery",
        "firewallIPSecExemptionsAllowRouterDiscovery",
        "firewallIPSecExemptionsNone",
        "firewallMergeKeyingModuleSettings",
        "firewallPacketQueueingMethod",
        "firewallPreSharedKeyEncodingMethod",
        "firewallProfileDomain",
        "firewallProfilePrivate",
        "firewallProfilePublic",
        "firewallRules",
        "lanManagerAuthenticationLevel",
        "lanManagerWorkstationDisableInsecureGuestLogons",
        "localSecurityOptionsAdministratorAccountName",
        "localSecurityOptionsAdministratorElevationPromptBehavior",
        "localSecurityOptionsAllowAnonymousEnumerationOfSAMAccountsAndShares",
        "localSecurityOptionsAllowPKU2UAuthenticationRequests",
        "localSecurityOptionsAllowRemoteCallsToSecurityAccountsManager",
        "localSecurityOptionsAllowRemoteCallsToSecurityAccountsManagerHelperBool",
        "localSecurityOptionsAllowSystemToBeShutDownWithoutHavingToLogOn",
        "localSecurityOptionsAllowUIAccessApplicationElevation",
        "localSecurityOptionsAllowUIAccessApplicationsForSecureLocations",
        "localSecurityOptionsAllowUndockWithoutHavingToLogon",
        "localSecurityOptionsBlockMicrosoftAccounts",
        "localSecurityOptionsBlockRemoteLogonWithBlankPassword",
        "localSecurityOptionsBlockRemoteOpticalDriveAccess",
        "localSecurityOptionsBlockUsersInstallingPrinterDrivers",
        "localSecurityOptionsClearVirtualMemoryPageFile",
        "localSecurityOptionsClientDigitallySignCommunicationsAlways",
        "localSecurityOptionsClientSendUnencryptedPasswordToThirdPartySMBServers",
        "localSecurityOptionsDetectApplicationInstallationsAndPromptForElevation",
        "localSecurityOptionsDisableAdministratorAccount",
        "localSecurityOptionsDisableClientDigitallySignCommunicationsIfServerAgrees",
        "localSecurityOptionsDisableGuestAccount",
        "localSecurityOptionsDisableServerDigitallySignCommunicationsAlways",
        "localSecurityOptionsDisableServerDigitallySignCommunicationsIfClientAgrees",
        "localSecurityOptionsDoNotAllowAnonymousEnumerationOfSAMAccounts",
        "localSecurityOptionsDoNotRequireCtrlAltDel",
        "localSecurityOptionsDoNotStoreLANManagerHashValueOnNextPasswordChange",
        "localSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUser",
        "localSecurityOptionsGuestAccountName",
        "localSecurityOptionsHideLastSignedInUser",
        "localSecurityOptionsHideUsernameAtSignIn",
        "localSecurityOptionsInformationDisplayedOnLockScreen",
        "localSecurityOptionsInformationShownOnLockScreen",
        "localSecurityOptionsLogOnMessageText",
        "localSecurityOptionsLogOnMessageTitle",
        "localSecurityOptionsMachineInactivityLimit",
        "localSecurityOptionsMachineInactivityLimitInMinutes",
        "localSecurityOptionsMinimumSessionSecurityForNtlmSspBasedClients",
        "localSecurityOptionsMinimumSessionSecurityForNtlmSspBasedServers",
        "localSecurityOptionsOnlyElevateSignedExecutables",
        "localSecurityOptionsRestrictAnonymousAccessToNamedPipesAndShares",
        "localSecurityOptionsSmartCardRemovalBehavior",
        "localSecurityOptionsStandardUserElevationPromptBehavior",
        "localSecurityOptionsSwitchToSecureDesktopWhenPromptingForElevation",
        "localSecurityOptionsUseAdminApprovalMode",
        "localSecurityOptionsUseAdminApprovalModeForAdministrators",
        "localSecurityOptionsVirtualizeFileAndRegistryWriteFailuresToPerUserLocations",
        "smartScreenBlockOverrideForFiles",
        "smartScreenEnableInShell",
        "userRightsAccessCredentialManagerAsTrustedCaller",
        "userRightsActAsPartOfTheOperatingSystem",
        "userRightsAllowAccessFromNetwork",
        "userRightsBackupData",
        "userRightsBlockAccessFromNetwork",
        "userRightsChangeSystemTime",
        "userRightsCreateGlobalObjects",
        "userRightsCreatePageFile",
        "userRightsCreatePermanentSharedObjects",
        "userRightsCreateSymbolicLinks",
        "userRightsCreateToken",
        "userRightsDebugPrograms",
        "userRightsDelegation",
        "userRightsDenyLocalLogOn",
        "userRightsGenerateSecurityAudits",
        "userRightsImpersonateClient",
        "userRightsIncreaseSchedulingPriority",
        "userRightsLoadUnloadDrivers",
        "userRightsLocalLogOn",
        "userRightsLockMemory",
        "userRightsManageAuditingAndSecurityLogs",
        "userRightsManageVolumes",
        "userRightsModifyFirmwareEnvironment",
        "userRightsModifyObjectLabels",
        "userRightsProfileSingleProcess",
        "userRightsRemoteDesktopServicesLogOn",
        "userRightsRemoteShutdown",
        "userRightsRestoreData",
        "userRightsTakeOwnership",
        "windowsDefenderTamperProtection",
        "xboxServicesAccessoryManagementServiceStartupMode",
        "xboxServicesEnableXboxGameSaveTask",
        "xboxServicesLiveAuthManagerServiceStartupMode",
        "xboxServicesLiveGameSaveServiceStartupMode",
        "xboxServicesLiveNetworkingServiceStartupMode",
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
        ",\"applicationGuardAllowCameraMicrophoneRedirection\":",
        ",\"applicationGuardAllowFileSaveOnHost\":",
        ",\"applicationGuardAllowPersistence\":",
        ",\"applicationGuardAllowPrintToLocalPrinters\":",
        ",\"applicationGuardAllowPrintToNetworkPrinters\":",
        ",\"applicationGuardAllowPrintToPDF\":",
        ",\"applicationGuardAllowPrintToXPS\":",
        ",\"applicationGuardAllowVirtualGPU\":",
        ",\"applicationGuardBlockClipboardSharing\":",
        ",\"applicationGuardBlockFileTransfer\":",
        ",\"applicationGuardBlockNonEnterpriseContent\":",
        ",\"applicationGuardCertificateThumbprints\":",
        ",\"applicationGuardEnabled\":      ",
        ",\"applicationGuardEnabledOptions\":",
        ",\"applicationGuardForceAuditing\":",
        ",\"appLockerApplicationControl\":  ",
        ",\"bitLockerAllowStandardUserEncryption\":",
        ",\"bitLockerDisableWarningForOtherDiskEncryption\":",
        ",\"bitLockerEnableStorageCardEncryptionOnMobile\":",
        ",\"bitLockerEncryptDevice\":       ",
        ",\"bitLockerFixedDrivePolicy\":    ",
        ",\"bitLockerRecoveryPasswordRotation\":",
        ",\"bitLockerRemovableDrivePolicy\":",
        ",\"bitLockerSystemDrivePolicy\":   ",
        ",\"defenderAdditionalGuardedFolders\":",
        ",\"defenderAdobeReaderLaunchChildProcess\":",
        ",\"defenderAdvancedRansomewareProtectionType\":",
        ",\"defenderAllowBehaviorMonitoring\":",
        ",\"defenderAllowCloudProtection\": ",
        ",\"defenderAllowEndUserAccess\":   ",
        ",\"defenderAllowIntrusionPreventionSystem\":",
        ",\"defenderAllowOnAccessProtection\":",
        ",\"defenderAllowRealTimeMonitoring\":",
        ",\"defenderAllowScanArchiveFiles\":",
        ",\"defenderAllowScanDownloads\":   ",
        ",\"defenderAllowScanNetworkFiles\":",
        ",\"defenderAllowScanRemovableDrivesDuringFullScan\":",
        ",\"defenderAllowScanScriptsLoadedInInternetExplorer\":",
        ",\"defenderAttackSurfaceReductionExcludedPaths\":",
        ",\"defenderBlockEndUserAccess\":   ",
        ",\"defenderBlockPersistenceThroughWmiType\":",
        ",\"defenderCheckForSignaturesBeforeRunningScan\":",
        ",\"defenderCloudBlockLevel\":      ",
        ",\"defenderCloudExtendedTimeoutInSeconds\":",
        ",\"defenderDaysBeforeDeletingQuarantinedMalware\":",
        ",\"defenderDetectedMalwareActions\":",
        ",\"defenderDisableBehaviorMonitoring\":",
        ",\"defenderDisableCatchupFullScan\":",
        ",\"defenderDisableCatchupQuickScan\":",
        ",\"defenderDisableCloudProtection\":",
        ",\"defenderDisableIntrusionPreventionSystem\":",
        ",\"defenderDisableOnAccessProtection\":",
        ",\"defenderDisableRealTimeMonitoring\":",
        ",\"defenderDisableScanArchiveFiles\":",
        ",\"defenderDisableScanDownloads\": ",
        ",\"defenderDisableScanNetworkFiles\":",
        ",\"defenderDisableScanRemovableDrivesDuringFullScan\":",
        ",\"defenderDisableScanScriptsLoadedInInternetExplorer\":",
        ",\"defenderEmailContentExecution\":",
        ",\"defenderEmailContentExecutionType\":",
        ",\"defenderEnableLowCpuPriority\": ",
        ",\"defenderEnableScanIncomingMail\":",
        ",\"defenderEnableScanMappedNetworkDrivesDuringFullScan\":",
        ",\"defenderExploitProtectionXml\": ",
        ",\"defenderExploitProtectionXmlFileName\":",
        ",\"defenderFileExtensionsToExclude\":",
        ",\"defenderFilesAndFoldersToExclude\":",
        ",\"defenderGuardedFoldersAllowedAppPaths\":",
        ",\"defenderGuardMyFoldersType\":   ",
        ",\"defenderNetworkProtectionType\":",
        ",\"defenderOfficeAppsExecutableContentCreationOrLaunch\":",
        ",\"defenderOfficeAppsExecutableContentCreationOrLaunchType\":",
        ",\"defenderOfficeAppsLaunchChildProcess\":",
        ",\"defenderOfficeAppsLaunchChildProcessType\":",
        ",\"defenderOfficeAppsOtherProcessInjection\":",
        ",\"defenderOfficeAppsOtherProcessInjectionType\":",
        ",\"defenderOfficeCommunicationAppsLaunchChildProcess\":",
        ",\"defenderOfficeMacroCodeAllowWin32Imports\":",
        ",\"defenderOfficeMacroCodeAllowWin32ImportsType\":",
        ",\"defenderPotentiallyUnwantedAppAction\":",
        ",\"defenderPreventCredentialStealingType\":",
        ",\"defenderProcessCreation\":      ",
        ",\"defenderProcessCreationType\":  ",
        ",\"defenderProcessesToExclude\":   ",
        ",\"defenderScanDirection\":        ",
        ",\"defenderScanMaxCpuPercentage\": ",
        ",\"defenderScanType\":             ",
        ",\"defenderScheduledQuickScanTime\":",
        ",\"defenderScheduledScanDay\":     ",
        ",\"defenderScheduledScanTime\":    ",
        ",\"defenderScriptDownloadedPayloadExecution\":",
        ",\"defenderScriptDownloadedPayloadExecutionType\":",
        ",\"defenderScriptObfuscatedMacroCode\":",
        ",\"defenderScriptObfuscatedMacroCodeType\":",
        ",\"defenderSecurityCenterBlockExploitProtectionOverride\":",
        ",\"defenderSecurityCenterDisableAccountUI\":",
        ",\"defenderSecurityCenterDisableAppBrowserUI\":",
        ",\"defenderSecurityCenterDisableClearTpmUI\":",
        ",\"defenderSecurityCenterDisableFamilyUI\":",
        ",\"defenderSecurityCenterDisableHardwareUI\":",
        ",\"defenderSecurityCenterDisableHealthUI\":",
        ",\"defenderSecurityCenterDisableNetworkUI\":",
        ",\"defenderSecurityCenterDisableNotificationAreaUI\":",
        ",\"defenderSecurityCenterDisableRansomwareUI\":",
        ",\"defenderSecurityCenterDisableSecureBootUI\":",
        ",\"defenderSecurityCenterDisableTroubleshootingUI\":",
        ",\"defenderSecurityCenterDisableVirusUI\":",
        ",\"defenderSecurityCenterDisableVulnerableTpmFirmwareUpdateUI\":",
        ",\"defenderSecurityCenterHelpEmail\":",
        ",\"defenderSecurityCenterHelpPhone\":",
        ",\"defenderSecurityCenterHelpURL\":",
        ",\"defenderSecurityCenterITContactDisplay\":",
        ",\"defenderSecurityCenterNotificationsFromApp\":",
        ",\"defenderSecurityCenterOrganizationDisplayName\":",
        ",\"defenderSignatureUpdateIntervalInHours\":",
        ",\"defenderSubmitSamplesConsentType\":",
        ",\"defenderUntrustedExecutable\":  ",
        ",\"defenderUntrustedExecutableType\":",
        ",\"defenderUntrustedUSBProcess\":  ",
        ",\"defenderUntrustedUSBProcessType\":",
        ",\"deviceGuardEnableSecureBootWithDMA\":",
        ",\"deviceGuardEnableVirtualizationBasedSecurity\":",
        ",\"deviceGuardLaunchSystemGuard\": ",
        ",\"deviceGuardLocalSystemAuthorityCredentialGuardSettings\":",
        ",\"deviceGuardSecureBootWithDMA\": ",
        ",\"dmaGuardDeviceEnumerationPolicy\":",
        ",\"firewallBlockStatefulFTP\":     ",
        ",\"firewallCertificateRevocationListCheckMethod\":",
        ",\"firewallIdleTimeoutForSecurityAssociationInSeconds\":",
        ",\"firewallIPSecExemptionsAllowDHCP\":",
        ",\"firewallIPSecExemptionsAllowICMP\":",
        ",\"firewallIPSecExemptionsAllowNeighborDiscovery\":",
        ",\"firewallIPSecExemptionsAllowRouterDiscovery\":",
        ",\"firewallIPSecExemptionsNone\":  ",
        ",\"firewallMergeKeyingModuleSettings\":",
        ",\"firewallPacketQueueingMethod\": ",
        ",\"firewallPreSharedKeyEncodingMethod\":",
        ",\"firewallProfileDomain\":        ",
        ",\"firewallProfilePrivate\":       ",
        ",\"firewallProfilePublic\":        ",
        ",\"firewallRules\":                ",
        ",\"lanManagerAuthenticationLevel\":",
        ",\"lanManagerWorkstationDisableInsecureGuestLogons\":",
        ",\"localSecurityOptionsAdministratorAccountName\":",
        ",\"localSecurityOptionsAdministratorElevationPromptBehavior\":",
        ",\"localSecurityOptionsAllowAnonymousEnumerationOfSAMAccountsAndShares\":",
        ",\"localSecurityOptionsAllowPKU2UAuthenticationRequests\":",
        ",\"localSecurityOptionsAllowRemoteCallsToSecurityAccountsManager\":",
        ",\"localSecurityOptionsAllowRemoteCallsToSecurityAccountsManagerHelperBool\":",
        ",\"localSecurityOptionsAllowSystemToBeShutDownWithoutHavingToLogOn\":",
        ",\"localSecurityOptionsAllowUIAccessApplicationElevation\":",
        ",\"localSecurityOptionsAllowUIAccessApplicationsForSecureLocations\":",
        ",\"localSecurityOptionsAllowUndockWithoutHavingToLogon\":",
        ",\"localSecurityOptionsBlockMicrosoftAccounts\":",
        ",\"localSecurityOptionsBlockRemoteLogonWithBlankPassword\":",
        ",\"localSecurityOptionsBlockRemoteOpticalDriveAccess\":",
        ",\"localSecurityOptionsBlockUsersInstallingPrinterDrivers\":",
        ",\"localSecurityOptionsClearVirtualMemoryPageFile\":",
        ",\"localSecurityOptionsClientDigitallySignCommunicationsAlways\":",
        ",\"localSecurityOptionsClientSendUnencryptedPasswordToThirdPartySMBServers\":",
        ",\"localSecurityOptionsDetectApplicationInstallationsAndPromptForElevation\":",
        ",\"localSecurityOptionsDisableAdministratorAccount\":",
        ",\"localSecurityOptionsDisableClientDigitallySignCommunicationsIfServerAgrees\":",
        ",\"localSecurityOptionsDisableGuestAccount\":",
        ",\"localSecurityOptionsDisableServerDigitallySignCommunicationsAlways\":",
        ",\"localSecurityOptionsDisableServerDigitallySignCommunicationsIfClientAgrees\":",
        ",\"localSecurityOptionsDoNotAllowAnonymousEnumerationOfSAMAccounts\":",
        ",\"localSecurityOptionsDoNotRequireCtrlAltDel\":",
        ",\"localSecurityOptionsDoNotStoreLANManagerHashValueOnNextPasswordChange\":",
        ",\"localSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUser\":",
        ",\"localSecurityOptionsGuestAccountName\":",
        ",\"localSecurityOptionsHideLastSignedInUser\":",
        ",\"localSecurityOptionsHideUsernameAtSignIn\":",
        ",\"localSecurityOptionsInformationDisplayedOnLockScreen\":",
        ",\"localSecurityOptionsInformationShownOnLockScreen\":",
        ",\"localSecurityOptionsLogOnMessageText\":",
        ",\"localSecurityOptionsLogOnMessageTitle\":",
        ",\"localSecurityOptionsMachineInactivityLimit\":",
        ",\"localSecurityOptionsMachineInactivityLimitInMinutes\":",
        ",\"localSecurityOptionsMinimumSessionSecurityForNtlmSspBasedClients\":",
        ",\"localSecurityOptionsMinimumSessionSecurityForNtlmSspBasedServers\":",
        ",\"localSecurityOptionsOnlyElevateSignedExecutables\":",
        ",\"localSecurityOptionsRestrictAnonymousAccessToNamedPipesAndShares\":",
        ",\"localSecurityOptionsSmartCardRemovalBehavior\":",
        ",\"localSecurityOptionsStandardUserElevationPromptBehavior\":",
        ",\"localSecurityOptionsSwitchToSecureDesktopWhenPromptingForElevation\":",
        ",\"localSecurityOptionsUseAdminApprovalMode\":",
        ",\"localSecurityOptionsUseAdminApprovalModeForAdministrators\":",
        ",\"localSecurityOptionsVirtualizeFileAndRegistryWriteFailuresToPerUserLocations\":",
        ",\"smartScreenBlockOverrideForFiles\":",
        ",\"smartScreenEnableInShell\":     ",
        ",\"userRightsAccessCredentialManagerAsTrustedCaller\":",
        ",\"userRightsActAsPartOfTheOperatingSystem\":",
        ",\"userRightsAllowAccessFromNetwork\":",
        ",\"userRightsBackupData\":         ",
        ",\"userRightsBlockAccessFromNetwork\":",
        ",\"userRightsChangeSystemTime\":   ",
        ",\"userRightsCreateGlobalObjects\":",
        ",\"userRightsCreatePageFile\":     ",
        ",\"userRightsCreatePermanentSharedObjects\":",
        ",\"userRightsCreateSymbolicLinks\":",
        ",\"userRightsCreateToken\":        ",
        ",\"userRightsDebugPrograms\":      ",
        ",\"userRightsDelegation\":         ",
        ",\"userRightsDenyLocalLogOn\":     ",
        ",\"userRightsGenerateSecurityAudits\":",
        ",\"userRightsImpersonateClient\":  ",
        ",\"userRightsIncreaseSchedulingPriority\":",
        ",\"userRightsLoadUnloadDrivers\":  ",
        ",\"userRightsLocalLogOn\":         ",
        ",\"userRightsLockMemory\":         ",
        ",\"userRightsManageAuditingAndSecurityLogs\":",
        ",\"userRightsManageVolumes\":      ",
        ",\"userRightsModifyFirmwareEnvironment\":",
        ",\"userRightsModifyObjectLabels\": ",
        ",\"userRightsProfileSingleProcess\":",
        ",\"userRightsRemoteDesktopServicesLogOn\":",
        ",\"userRightsRemoteShutdown\":     ",
        ",\"userRightsRestoreData\":        ",
        ",\"userRightsTakeOwnership\":      ",
        ",\"windowsDefenderTamperProtection\":",
        ",\"xboxServicesAccessoryManagementServiceStartupMode\":",
        ",\"xboxServicesEnableXboxGameSaveTask\":",
        ",\"xboxServicesLiveAuthManagerServiceStartupMode\":",
        ",\"xboxServicesLiveGameSaveServiceStartupMode\":",
        ",\"xboxServicesLiveNetworkingServiceStartupMode\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10EndpointProtectionConfiguration\"";
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
            "application_guard_allow_camera_microphone_redirection",
            &self.application_guard_allow_camera_microphone_redirection,
        );
        v.field(
            19usize,
            "application_guard_allow_file_save_on_host",
            &self.application_guard_allow_file_save_on_host,
        );
        v.field(
            20usize,
            "application_guard_allow_persistence",
            &self.application_guard_allow_persistence,
        );
        v.field(
            21usize,
            "application_guard_allow_print_to_local_printers",
            &self.application_guard_allow_print_to_local_printers,
        );
        v.field(
            22usize,
            "application_guard_allow_print_to_network_printers",
            &self.application_guard_allow_print_to_network_printers,
        );
        v.field(
            23usize,
            "application_guard_allow_print_to_pdf",
            &self.application_guard_allow_print_to_pdf,
        );
        v.field(
            24usize,
            "application_guard_allow_print_to_xps",
            &self.application_guard_allow_print_to_xps,
        );
        v.field(
            25usize,
            "application_guard_allow_virtual_gpu",
            &self.application_guard_allow_virtual_gpu,
        );
        v.field(
            26usize,
            "application_guard_block_clipboard_sharing",
            &self.application_guard_block_clipboard_sharing,
        );
        v.field(
            27usize,
            "application_guard_block_file_transfer",
            &self.application_guard_block_file_transfer,
        );
        v.field(
            28usize,
            "application_guard_block_non_enterprise_content",
            &self.application_guard_block_non_enterprise_content,
        );
        v.field(
            29usize,
            "application_guard_certificate_thumbprints",
            &self.application_guard_certificate_thumbprints,
        );
        v.field(30usize, "application_guard_enabled", &self.application_guard_enabled);
        v.field(
            31usize,
            "application_guard_enabled_options",
            &self.application_guard_enabled_options,
        );
        v.field(
            32usize,
            "application_guard_force_auditing",
            &self.application_guard_force_auditing,
        );
        v.field(
            33usize,
            "app_locker_application_control",
            &self.app_locker_application_control,
        );
        v.field(
            34usize,
            "bit_locker_allow_standard_user_encryption",
            &self.bit_locker_allow_standard_user_encryption,
        );
        v.field(
            35usize,
            "bit_locker_disable_warning_for_other_disk_encryption",
            &self.bit_locker_disable_warning_for_other_disk_encryption,
        );
        v.field(
            36usize,
            "bit_locker_enable_storage_card_encryption_on_mobile",
            &self.bit_locker_enable_storage_card_encryption_on_mobile,
        );
        v.field(37usize, "bit_locker_encrypt_device", &self.bit_locker_encrypt_device);
        v.field(
            38usize,
            "bit_locker_fixed_drive_policy",
            &self.bit_locker_fixed_drive_policy,
        );
        v.field(
            39usize,
            "bit_locker_recovery_password_rotation",
            &self.bit_locker_recovery_password_rotation,
        );
        v.field(
            40usize,
            "bit_locker_removable_drive_policy",
            &self.bit_locker_removable_drive_policy,
        );
        v.field(
            41usize,
            "bit_locker_system_drive_policy",
            &self.bit_locker_system_drive_policy,
        );
        v.field(
            42usize,
            "defender_additional_guarded_folders",
            &self.defender_additional_guarded_folders,
        );
        v.field(
            43usize,
            "defender_adobe_reader_launch_child_process",
            &self.defender_adobe_reader_launch_child_process,
        );
        v.field(
            44usize,
            "defender_advanced_ransomeware_protection_type",
            &self.defender_advanced_ransomeware_protection_type,
        );
        v.field(
            45usize,
            "defender_allow_behavior_monitoring",
            &self.defender_allow_behavior_monitoring,
        );
        v.field(
            46usize,
            "defender_allow_cloud_protection",
            &self.defender_allow_cloud_protection,
        );
        v.field(
            47usize,
            "defender_allow_end_user_access",
            &self.defender_allow_end_user_access,
        );
        v.field(
            48usize,
            "defender_allow_intrusion_prevention_system",
            &self.defender_allow_intrusion_prevention_system,
        );
        v.field(
            49usize,
            "defender_allow_on_access_protection",
            &self.defender_allow_on_access_protection,
        );
        v.field(
            50usize,
            "defender_allow_real_time_monitoring",
            &self.defender_allow_real_time_monitoring,
        );
        v.field(
            51usize,
            "defender_allow_scan_archive_files",
            &self.defender_allow_scan_archive_files,
        );
        v.field(
            52usize,
            "defender_allow_scan_downloads",
            &self.defender_allow_scan_downloads,
        );
        v.field(
            53usize,
            "defender_allow_scan_network_files",
            &self.defender_allow_scan_network_files,
        );
        v.field(
            54usize,
            "defender_allow_scan_removable_drives_during_full_scan",
            &self.defender_allow_scan_removable_drives_during_full_scan,
        );
        v.field(
            55usize,
            "defender_allow_scan_scripts_loaded_in_internet_explorer",
            &self.defender_allow_scan_scripts_loaded_in_internet_explorer,
        );
        v.field(
            56usize,
            "defender_attack_surface_reduction_excluded_paths",
            &self.defender_attack_surface_reduction_excluded_paths,
        );
        v.field(
            57usize,
            "defender_block_end_user_access",
            &self.defender_block_end_user_access,
        );
        v.field(
            58usize,
            "defender_block_persistence_through_wmi_type",
            &self.defender_block_persistence_through_wmi_type,
        );
        v.field(
            59usize,
            "defender_check_for_signatures_before_running_scan",
            &self.defender_check_for_signatures_before_running_scan,
        );
        v.field(60usize, "defender_cloud_block_level", &self.defender_cloud_block_level);
        v.field(
            61usize,
            "defender_cloud_extended_timeout_in_seconds",
            &self.defender_cloud_extended_timeout_in_seconds,
        );
        v.field(
            62usize,
            "defender_days_before_deleting_quarantined_malware",
            &self.defender_days_before_deleting_quarantined_malware,
        );
        v.field(
            63usize,
            "defender_detected_malware_actions",
            &self.defender_detected_malware_actions,
        );
        v.field(
            64usize,
            "defender_disable_behavior_monitoring",
            &self.defender_disable_behavior_monitoring,
        );
        v.field(
            65usize,
            "defender_disable_catchup_full_scan",
            &self.defender_disable_catchup_full_scan,
        );
        v.field(
            66usize,
            "defender_disable_catchup_quick_scan",
            &self.defender_disable_catchup_quick_scan,
        );
        v.field(
            67usize,
            "defender_disable_cloud_protection",
            &self.defender_disable_cloud_protection,
        );
        v.field(
            68usize,
            "defender_disable_intrusion_prevention_system",
            &self.defender_disable_intrusion_prevention_system,
        );
        v.field(
            69usize,
            "defender_disable_on_access_protection",
            &self.defender_disable_on_access_protection,
        );
        v.field(
            70usize,
            "defender_disable_real_time_monitoring",
            &self.defender_disable_real_time_monitoring,
        );
        v.field(
            71usize,
            "defender_disable_scan_archive_files",
            &self.defender_disable_scan_archive_files,
        );
        v.field(
            72usize,
            "defender_disable_scan_downloads",
            &self.defender_disable_scan_downloads,
        );
        v.field(
            73usize,
            "defender_disable_scan_network_files",
            &self.defender_disable_scan_network_files,
        );
        v.field(
            74usize,
            "defender_disable_scan_removable_drives_during_full_scan",
            &self.defender_disable_scan_removable_drives_during_full_scan,
        );
        v.field(
            75usize,
            "defender_disable_scan_scripts_loaded_in_internet_explorer",
            &self.defender_disable_scan_scripts_loaded_in_internet_explorer,
        );
        v.field(
            76usize,
            "defender_email_content_execution",
            &self.defender_email_content_execution,
        );
        v.field(
            77usize,
            "defender_email_content_execution_type",
            &self.defender_email_content_execution_type,
        );
        v.field(
            78usize,
            "defender_enable_low_cpu_priority",
            &self.defender_enable_low_cpu_priority,
        );
        v.field(
            79usize,
            "defender_enable_scan_incoming_mail",
            &self.defender_enable_scan_incoming_mail,
        );
        v.field(
            80usize,
            "defender_enable_scan_mapped_network_drives_during_full_scan",
            &self.defender_enable_scan_mapped_network_drives_during_full_scan,
        );
        v.field(
            81usize,
            "defender_exploit_protection_xml",
            &self.defender_exploit_protection_xml,
        );
        v.field(
            82usize,
            "defender_exploit_protection_xml_file_name",
            &self.defender_exploit_protection_xml_file_name,
        );
        v.field(
            83usize,
            "defender_file_extensions_to_exclude",
            &self.defender_file_extensions_to_exclude,
        );
        v.field(
            84usize,
            "defender_files_and_folders_to_exclude",
            &self.defender_files_and_folders_to_exclude,
        );
        v.field(
            85usize,
            "defender_guarded_folders_allowed_app_paths",
            &self.defender_guarded_folders_allowed_app_paths,
        );
        v.field(
            86usize,
            "defender_guard_my_folders_type",
            &self.defender_guard_my_folders_type,
        );
        v.field(
            87usize,
            "defender_network_protection_type",
            &self.defender_network_protection_type,
        );
        v.field(
            88usize,
            "defender_office_apps_executable_content_creation_or_launch",
            &self.defender_office_apps_executable_content_creation_or_launch,
        );
        v.field(
            89usize,
            "defender_office_apps_executable_content_creation_or_launch_type",
            &self.defender_office_apps_executable_content_creation_or_launch_type,
        );
        v.field(
            90usize,
            "defender_office_apps_launch_child_process",
            &self.defender_office_apps_launch_child_process,
        );
        v.field(
            91usize,
            "defender_office_apps_launch_child_process_type",
            &self.defender_office_apps_launch_child_process_type,
        );
        v.field(
            92usize,
            "defender_office_apps_other_process_injection",
            &self.defender_office_apps_other_process_injection,
        );
        v.field(
            93usize,
            "defender_office_apps_other_process_injection_type",
            &self.defender_office_apps_other_process_injection_type,
        );
        v.field(
            94usize,
            "defender_office_communication_apps_launch_child_process",
            &self.defender_office_communication_apps_launch_child_process,
        );
        v.field(
            95usize,
            "defender_office_macro_code_allow_win32_imports",
            &self.defender_office_macro_code_allow_win32_imports,
        );
        v.field(
            96usize,
            "defender_office_macro_code_allow_win32_imports_type",
            &self.defender_office_macro_code_allow_win32_imports_type,
        );
        v.field(
            97usize,
            "defender_potentially_unwanted_app_action",
            &self.defender_potentially_unwanted_app_action,
        );
        v.field(
            98usize,
            "defender_prevent_credential_stealing_type",
            &self.defender_prevent_credential_stealing_type,
        );
        v.field(99usize, "defender_process_creation", &self.defender_process_creation);
        v.field(
            100usize,
            "defender_process_creation_type",
            &self.defender_process_creation_type,
        );
        v.field(
            101usize,
            "defender_processes_to_exclude",
            &self.defender_processes_to_exclude,
        );
        v.field(102usize, "defender_scan_direction", &self.defender_scan_direction);
        v.field(
            103usize,
            "defender_scan_max_cpu_percentage",
            &self.defender_scan_max_cpu_percentage,
        );
        v.field(104usize, "defender_scan_type", &self.defender_scan_type);
        v.field(
            105usize,
            "defender_scheduled_quick_scan_time",
            &self.defender_scheduled_quick_scan_time,
        );
        v.field(
            106usize,
            "defender_scheduled_scan_day",
            &self.defender_scheduled_scan_day,
        );
        v.field(
            107usize,
            "defender_scheduled_scan_time",
            &self.defender_scheduled_scan_time,
        );
        v.field(
            108usize,
            "defender_script_downloaded_payload_execution",
            &self.defender_script_downloaded_payload_execution,
        );
        v.field(
            109usize,
            "defender_script_downloaded_payload_execution_type",
            &self.defender_script_downloaded_payload_execution_type,
        );
        v.field(
            110usize,
            "defender_script_obfuscated_macro_code",
            &self.defender_script_obfuscated_macro_code,
        );
        v.field(
            111usize,
            "defender_script_obfuscated_macro_code_type",
            &self.defender_script_obfuscated_macro_code_type,
        );
        v.field(
            112usize,
            "defender_security_center_block_exploit_protection_override",
            &self.defender_security_center_block_exploit_protection_override,
        );
        v.field(
            113usize,
            "defender_security_center_disable_account_ui",
            &self.defender_security_center_disable_account_ui,
        );
        v.field(
            114usize,
            "defender_security_center_disable_app_browser_ui",
            &self.defender_security_center_disable_app_browser_ui,
        );
        v.field(
            115usize,
            "defender_security_center_disable_clear_tpm_ui",
            &self.defender_security_center_disable_clear_tpm_ui,
        );
        v.field(
            116usize,
            "defender_security_center_disable_family_ui",
            &self.defender_security_center_disable_family_ui,
        );
        v.field(
            117usize,
            "defender_security_center_disable_hardware_ui",
            &self.defender_security_center_disable_hardware_ui,
        );
        v.field(
            118usize,
            "defender_security_center_disable_health_ui",
            &self.defender_security_center_disable_health_ui,
        );
        v.field(
            119usize,
            "defender_security_center_disable_network_ui",
            &self.defender_security_center_disable_network_ui,
        );
        v.field(
            120usize,
            "defender_security_center_disable_notification_area_ui",
            &self.defender_security_center_disable_notification_area_ui,
        );
        v.field(
            121usize,
            "defender_security_center_disable_ransomware_ui",
            &self.defender_security_center_disable_ransomware_ui,
        );
        v.field(
            122usize,
            "defender_security_center_disable_secure_boot_ui",
            &self.defender_security_center_disable_secure_boot_ui,
        );
        v.field(
            123usize,
            "defender_security_center_disable_troubleshooting_ui",
            &self.defender_security_center_disable_troubleshooting_ui,
        );
        v.field(
            124usize,
            "defender_security_center_disable_virus_ui",
            &self.defender_security_center_disable_virus_ui,
        );
        v.field(
            125usize,
            "defender_security_center_disable_vulnerable_tpm_firmware_update_ui",
            &self.defender_security_center_disable_vulnerable_tpm_firmware_update_ui,
        );
        v.field(
            126usize,
            "defender_security_center_help_email",
            &self.defender_security_center_help_email,
        );
        v.field(
            127usize,
            "defender_security_center_help_phone",
            &self.defender_security_center_help_phone,
        );
        v.field(
            128usize,
            "defender_security_center_help_url",
            &self.defender_security_center_help_url,
        );
        v.field(
            129usize,
            "defender_security_center_it_contact_display",
            &self.defender_security_center_it_contact_display,
        );
        v.field(
            130usize,
            "defender_security_center_notifications_from_app",
            &self.defender_security_center_notifications_from_app,
        );
        v.field(
            131usize,
            "defender_security_center_organization_display_name",
            &self.defender_security_center_organization_display_name,
        );
        v.field(
            132usize,
            "defender_signature_update_interval_in_hours",
            &self.defender_signature_update_interval_in_hours,
        );
        v.field(
            133usize,
            "defender_submit_samples_consent_type",
            &self.defender_submit_samples_consent_type,
        );
        v.field(
            134usize,
            "defender_untrusted_executable",
            &self.defender_untrusted_executable,
        );
        v.field(
            135usize,
            "defender_untrusted_executable_type",
            &self.defender_untrusted_executable_type,
        );
        v.field(
            136usize,
            "defender_untrusted_usb_process",
            &self.defender_untrusted_usb_process,
        );
        v.field(
            137usize,
            "defender_untrusted_usb_process_type",
            &self.defender_untrusted_usb_process_type,
        );
        v.field(
            138usize,
            "device_guard_enable_secure_boot_with_dma",
            &self.device_guard_enable_secure_boot_with_dma,
        );
        v.field(
            139usize,
            "device_guard_enable_virtualization_based_security",
            &self.device_guard_enable_virtualization_based_security,
        );
        v.field(
            140usize,
            "device_guard_launch_system_guard",
            &self.device_guard_launch_system_guard,
        );
        v.field(
            141usize,
            "device_guard_local_system_authority_credential_guard_settings",
            &self.device_guard_local_system_authority_credential_guard_settings,
        );
        v.field(
            142usize,
            "device_guard_secure_boot_with_dma",
            &self.device_guard_secure_boot_with_dma,
        );
        v.field(
            143usize,
            "dma_guard_device_enumeration_policy",
            &self.dma_guard_device_enumeration_policy,
        );
        v.field(
            144usize,
            "firewall_block_stateful_ftp",
            &self.firewall_block_stateful_ftp,
        );
        v.field(
            145usize,
            "firewall_certificate_revocation_list_check_method",
            &self.firewall_certificate_revocation_list_check_method,
        );
        v.field(
            146usize,
            "firewall_idle_timeout_for_security_association_in_seconds",
            &self.firewall_idle_timeout_for_security_association_in_seconds,
        );
        v.field(
            147usize,
            "firewall_ip_sec_exemptions_allow_dhcp",
            &self.firewall_ip_sec_exemptions_allow_dhcp,
        );
        v.field(
            148usize,
            "firewall_ip_sec_exemptions_allow_icmp",
            &self.firewall_ip_sec_exemptions_allow_icmp,
        );
        v.field(
            149usize,
            "firewall_ip_sec_exemptions_allow_neighbor_discovery",
            &self.firewall_ip_sec_exemptions_allow_neighbor_discovery,
        );
        v.field(
            150usize,
            "firewall_ip_sec_exemptions_allow_router_discovery",
            &self.firewall_ip_sec_exemptions_allow_router_discovery,
        );
        v.field(
            151usize,
            "firewall_ip_sec_exemptions_none",
            &self.firewall_ip_sec_exemptions_none,
        );
        v.field(
            152usize,
            "firewall_merge_keying_module_settings",
            &self.firewall_merge_keying_module_settings,
        );
        v.field(
            153usize,
            "firewall_packet_queueing_method",
            &self.firewall_packet_queueing_method,
        );
        v.field(
            154usize,
            "firewall_pre_shared_key_encoding_method",
            &self.firewall_pre_shared_key_encoding_method,
        );
        v.field(155usize, "firewall_profile_domain", &self.firewall_profile_domain);
        v.field(156usize, "firewall_profile_private", &self.firewall_profile_private);
        v.field(157usize, "firewall_profile_public", &self.firewall_profile_public);
        v.field(158usize, "firewall_rules", &self.firewall_rules);
        v.field(
            159usize,
            "lan_manager_authentication_level",
            &self.lan_manager_authentication_level,
        );
        v.field(
            160usize,
            "lan_manager_workstation_disable_insecure_guest_logons",
            &self.lan_manager_workstation_disable_insecure_guest_logons,
        );
        v.field(
            161usize,
            "local_security_options_administrator_account_name",
            &self.local_security_options_administrator_account_name,
        );
        v.field(
            162usize,
            "local_security_options_administrator_elevation_prompt_behavior",
            &self.local_security_options_administrator_elevation_prompt_behavior,
        );
        v.field(
            163usize,
            "local_security_options_allow_anonymous_enumeration_of_sam_accounts_and_shares",
            &self
                .local_security_options_allow_anonymous_enumeration_of_sam_accounts_and_shares,
        );
        v.field(
            164usize,
            "local_security_options_allow_pku2u_authentication_requests",
            &self.local_security_options_allow_pku2u_authentication_requests,
        );
        v.field(
            165usize,
            "local_security_options_allow_remote_calls_to_security_accounts_manager",
            &self.local_security_options_allow_remote_calls_to_security_accounts_manager,
        );
        v.field(
            166usize,
            "local_security_options_allow_remote_calls_to_security_accounts_manager_helper_bool",
            &self
                .local_security_options_allow_remote_calls_to_security_accounts_manager_helper_bool,
        );
        v.field(
            167usize,
            "local_security_options_allow_system_to_be_shut_down_without_having_to_log_on",
            &self
                .local_security_options_allow_system_to_be_shut_down_without_having_to_log_on,
        );
        v.field(
            168usize,
            "local_security_options_allow_ui_access_application_elevation",
            &self.local_security_options_allow_ui_access_application_elevation,
        );
        v.field(
            169usize,
            "local_security_options_allow_ui_access_applications_for_secure_locations",
            &self
                .local_security_options_allow_ui_access_applications_for_secure_locations,
        );
        v.field(
            170usize,
            "local_security_options_allow_undock_without_having_to_logon",
            &self.local_security_options_allow_undock_without_having_to_logon,
        );
        v.field(
            171usize,
            "local_security_options_block_microsoft_accounts",
            &self.local_security_options_block_microsoft_accounts,
        );
        v.field(
            172usize,
            "local_security_options_block_remote_logon_with_blank_password",
            &self.local_security_options_block_remote_logon_with_blank_password,
        );
        v.field(
            173usize,
            "local_security_options_block_remote_optical_drive_access",
            &self.local_security_options_block_remote_optical_drive_access,
        );
        v.field(
            174usize,
            "local_security_options_block_users_installing_printer_drivers",
            &self.local_security_options_block_users_installing_printer_drivers,
        );
        v.field(
            175usize,
            "local_security_options_clear_virtual_memory_page_file",
            &self.local_security_options_clear_virtual_memory_page_file,
        );
        v.field(
            176usize,
            "local_security_options_client_digitally_sign_communications_always",
            &self.local_security_options_client_digitally_sign_communications_always,
        );
        v.field(
            177usize,
            "local_security_options_client_send_unencrypted_password_to_third_party_smb_servers",
            &self
                .local_security_options_client_send_unencrypted_password_to_third_party_smb_servers,
        );
        v.field(
            178usize,
            "local_security_options_detect_application_installations_and_prompt_for_elevation",
            &self
                .local_security_options_detect_application_installations_and_prompt_for_elevation,
        );
        v.field(
            179usize,
            "local_security_options_disable_administrator_account",
            &self.local_security_options_disable_administrator_account,
        );
        v.field(
            180usize,
            "local_security_options_disable_client_digitally_sign_communications_if_server_agrees",
            &self
                .local_security_options_disable_client_digitally_sign_communications_if_server_agrees,
        );
        v.field(
            181usize,
            "local_security_options_disable_guest_account",
            &self.local_security_options_disable_guest_account,
        );
        v.field(
            182usize,
            "local_security_options_disable_server_digitally_sign_communications_always",
            &self
                .local_security_options_disable_server_digitally_sign_communications_always,
        );
        v.field(
            183usize,
            "local_security_options_disable_server_digitally_sign_communications_if_client_agrees",
            &self
                .local_security_options_disable_server_digitally_sign_communications_if_client_agrees,
        );
        v.field(
            184usize,
            "local_security_options_do_not_allow_anonymous_enumeration_of_sam_accounts",
            &self
                .local_security_options_do_not_allow_anonymous_enumeration_of_sam_accounts,
        );
        v.field(
            185usize,
            "local_security_options_do_not_require_ctrl_alt_del",
            &self.local_security_options_do_not_require_ctrl_alt_del,
        );
        v.field(
            186usize,
            "local_security_options_do_not_store_lan_manager_hash_value_on_next_password_change",
            &self
                .local_security_options_do_not_store_lan_manager_hash_value_on_next_password_change,
        );
        v.field(
            187usize,
            "local_security_options_format_and_eject_of_removable_media_allowed_user",
            &self.local_security_options_format_and_eject_of_removable_media_allowed_user,
        );
        v.field(
            188usize,
            "local_security_options_guest_account_name",
            &self.local_security_options_guest_account_name,
        );
        v.field(
            189usize,
            "local_security_options_hide_last_signed_in_user",
            &self.local_security_options_hide_last_signed_in_user,
        );
        v.field(
            190usize,
            "local_security_options_hide_username_at_sign_in",
            &self.local_security_options_hide_username_at_sign_in,
        );
        v.field(
            191usize,
            "local_security_options_information_displayed_on_lock_screen",
            &self.local_security_options_information_displayed_on_lock_screen,
        );
        v.field(
            192usize,
            "local_security_options_information_shown_on_lock_screen",
            &self.local_security_options_information_shown_on_lock_screen,
        );
        v.field(
            193usize,
            "local_security_options_log_on_message_text",
            &self.local_security_options_log_on_message_text,
        );
        v.field(
            194usize,
            "local_security_options_log_on_message_title",
            &self.local_security_options_log_on_message_title,
        );
        v.field(
            195usize,
            "local_security_options_machine_inactivity_limit",
            &self.local_security_options_machine_inactivity_limit,
        );
        v.field(
            196usize,
            "local_security_options_machine_inactivity_limit_in_minutes",
            &self.local_security_options_machine_inactivity_limit_in_minutes,
        );
        v.field(
            197usize,
            "local_security_options_minimum_session_security_for_ntlm_ssp_based_clients",
            &self
                .local_security_options_minimum_session_security_for_ntlm_ssp_based_clients,
        );
        v.field(
            198usize,
            "local_security_options_minimum_session_security_for_ntlm_ssp_based_servers",
            &self
                .local_security_options_minimum_session_security_for_ntlm_ssp_based_servers,
        );
        v.field(
            199usize,
            "local_security_options_only_elevate_signed_executables",
            &self.local_security_options_only_elevate_signed_executables,
        );
        v.field(
            200usize,
            "local_security_options_restrict_anonymous_access_to_named_pipes_and_shares",
            &self
                .local_security_options_restrict_anonymous_access_to_named_pipes_and_shares,
        );
        v.field(
            201usize,
            "local_security_options_smart_card_removal_behavior",
            &self.local_security_options_smart_card_removal_behavior,
        );
        v.field(
            202usize,
            "local_security_options_standard_user_elevation_prompt_behavior",
            &self.local_security_options_standard_user_elevation_prompt_behavior,
        );
        v.field(
            203usize,
            "local_security_options_switch_to_secure_desktop_when_prompting_for_elevation",
            &self
                .local_security_options_switch_to_secure_desktop_when_prompting_for_elevation,
        );
        v.field(
            204usize,
            "local_security_options_use_admin_approval_mode",
            &self.local_security_options_use_admin_approval_mode,
        );
        v.field(
            205usize,
            "local_security_options_use_admin_approval_mode_for_administrators",
            &self.local_security_options_use_admin_approval_mode_for_administrators,
        );
        v.field(
            206usize,
            "local_security_options_virtualize_file_and_registry_write_failures_to_per_user_locations",
            &self
                .local_security_options_virtualize_file_and_registry_write_failures_to_per_user_locations,
        );
        v.field(
            207usize,
            "smart_screen_block_override_for_files",
            &self.smart_screen_block_override_for_files,
        );
        v.field(
            208usize,
            "smart_screen_enable_in_shell",
            &self.smart_screen_enable_in_shell,
        );
        v.field(
            209usize,
            "user_rights_access_credential_manager_as_trusted_caller",
            &self.user_rights_access_credential_manager_as_trusted_caller,
        );
        v.field(
            210usize,
            "user_rights_act_as_part_of_the_operating_system",
            &self.user_rights_act_as_part_of_the_operating_system,
        );
        v.field(
            211usize,
            "user_rights_allow_access_from_network",
            &self.user_rights_allow_access_from_network,
        );
        v.field(212usize, "user_rights_backup_data", &self.user_rights_backup_data);
        v.field(
            213usize,
            "user_rights_block_access_from_network",
            &self.user_rights_block_access_from_network,
        );
        v.field(
            214usize,
            "user_rights_change_system_time",
            &self.user_rights_change_system_time,
        );
        v.field(
            215usize,
            "user_rights_create_global_objects",
            &self.user_rights_create_global_objects,
        );
        v.field(
            216usize,
            "user_rights_create_page_file",
            &self.user_rights_create_page_file,
        );
        v.field(
            217usize,
            "user_rights_create_permanent_shared_objects",
            &self.user_rights_create_permanent_shared_objects,
        );
        v.field(
            218usize,
            "user_rights_create_symbolic_links",
            &self.user_rights_create_symbolic_links,
        );
        v.field(219usize, "user_rights_create_token", &self.user_rights_create_token);
        v.field(
            220usize,
            "user_rights_debug_programs",
            &self.user_rights_debug_programs,
        );
        v.field(221usize, "user_rights_delegation", &self.user_rights_delegation);
        v.field(
            222usize,
            "user_rights_deny_local_log_on",
            &self.user_rights_deny_local_log_on,
        );
        v.field(
            223usize,
            "user_rights_generate_security_audits",
            &self.user_rights_generate_security_audits,
        );
        v.field(
            224usize,
            "user_rights_impersonate_client",
            &self.user_rights_impersonate_client,
        );
        v.field(
            225usize,
            "user_rights_increase_scheduling_priority",
            &self.user_rights_increase_scheduling_priority,
        );
        v.field(
            226usize,
            "user_rights_load_unload_drivers",
            &self.user_rights_load_unload_drivers,
        );
        v.field(227usize, "user_rights_local_log_on", &self.user_rights_local_log_on);
        v.field(228usize, "user_rights_lock_memory", &self.user_rights_lock_memory);
        v.field(
            229usize,
            "user_rights_manage_auditing_and_security_logs",
            &self.user_rights_manage_auditing_and_security_logs,
        );
        v.field(
            230usize,
            "user_rights_manage_volumes",
            &self.user_rights_manage_volumes,
        );
        v.field(
            231usize,
            "user_rights_modify_firmware_environment",
            &self.user_rights_modify_firmware_environment,
        );
        v.field(
            232usize,
            "user_rights_modify_object_labels",
            &self.user_rights_modify_object_labels,
        );
        v.field(
            233usize,
            "user_rights_profile_single_process",
            &self.user_rights_profile_single_process,
        );
        v.field(
            234usize,
            "user_rights_remote_desktop_services_log_on",
            &self.user_rights_remote_desktop_services_log_on,
        );
        v.field(
            235usize,
            "user_rights_remote_shutdown",
            &self.user_rights_remote_shutdown,
        );
        v.field(236usize, "user_rights_restore_data", &self.user_rights_restore_data);
        v.field(
            237usize,
            "user_rights_take_ownership",
            &self.user_rights_take_ownership,
        );
        v.field(
            238usize,
            "windows_defender_tamper_protection",
            &self.windows_defender_tamper_protection,
        );
        v.field(
            239usize,
            "xbox_services_accessory_management_service_startup_mode",
            &self.xbox_services_accessory_management_service_startup_mode,
        );
        v.field(
            240usize,
            "xbox_services_enable_xbox_game_save_task",
            &self.xbox_services_enable_xbox_game_save_task,
        );
        v.field(
            241usize,
            "xbox_services_live_auth_manager_service_startup_mode",
            &self.xbox_services_live_auth_manager_service_startup_mode,
        );
        v.field(
            242usize,
            "xbox_services_live_game_save_service_startup_mode",
            &self.xbox_services_live_game_save_service_startup_mode,
        );
        v.field(
            243usize,
            "xbox_services_live_networking_service_startup_mode",
            &self.xbox_services_live_networking_service_startup_mode,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10EndpointProtectionConfiguration {
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
                self.application_guard_allow_camera_microphone_redirection.read_from(r)
            }
            19usize => self.application_guard_allow_file_save_on_host.read_from(r),
            20usize => self.application_guard_allow_persistence.read_from(r),
            21usize => self.application_guard_allow_print_to_local_printers.read_from(r),
            22usize => {
                self.application_guard_allow_print_to_network_printers.read_from(r)
            }
            23usize => self.application_guard_allow_print_to_pdf.read_from(r),
            24usize => self.application_guard_allow_print_to_xps.read_from(r),
            25usize => self.application_guard_allow_virtual_gpu.read_from(r),
            26usize => self.application_guard_block_clipboard_sharing.read_from(r),
            27usize => self.application_guard_block_file_transfer.read_from(r),
            28usize => self.application_guard_block_non_enterprise_content.read_from(r),
            29usize => self.application_guard_certificate_thumbprints.read_from(r),
            30usize => self.application_guard_enabled.read_from(r),
            31usize => self.application_guard_enabled_options.read_from(r),
            32usize => self.application_guard_force_auditing.read_from(r),
            33usize => self.app_locker_application_control.read_from(r),
            34usize => self.bit_locker_allow_standard_user_encryption.read_from(r),
            35usize => {
                self.bit_locker_disable_warning_for_other_disk_encryption.read_from(r)
            }
            36usize => {
                self.bit_locker_enable_storage_card_encryption_on_mobile.read_from(r)
            }
            37usize => self.bit_locker_encrypt_device.read_from(r),
            38usize => self.bit_locker_fixed_drive_policy.read_from(r),
            39usize => self.bit_locker_recovery_password_rotation.read_from(r),
            40usize => self.bit_locker_removable_drive_policy.read_from(r),
            41usize => self.bit_locker_system_drive_policy.read_from(r),
            42usize => self.defender_additional_guarded_folders.read_from(r),
            43usize => self.defender_adobe_reader_launch_child_process.read_from(r),
            44usize => self.defender_advanced_ransomeware_protection_type.read_from(r),
            45usize => self.defender_allow_behavior_monitoring.read_from(r),
            46usize => self.defender_allow_cloud_protection.read_from(r),
            47usize => self.defender_allow_end_user_access.read_from(r),
            48usize => self.defender_allow_intrusion_prevention_system.read_from(r),
            49usize => self.defender_allow_on_access_protection.read_from(r),
            50usize => self.defender_allow_real_time_monitoring.read_from(r),
            51usize => self.defender_allow_scan_archive_files.read_from(r),
            52usize => self.defender_allow_scan_downloads.read_from(r),
            53usize => self.defender_allow_scan_network_files.read_from(r),
            54usize => {
                self.defender_allow_scan_removable_drives_during_full_scan.read_from(r)
            }
            55usize => {
                self.defender_allow_scan_scripts_loaded_in_internet_explorer.read_from(r)
            }
            56usize => self.defender_attack_surface_reduction_excluded_paths.read_from(r),
            57usize => self.defender_block_end_user_access.read_from(r),
            58usize => self.defender_block_persistence_through_wmi_type.read_from(r),
            59usize => {
                self.defender_check_for_signatures_before_running_scan.read_from(r)
            }
            60usize => self.defender_cloud_block_level.read_from(r),
            61usize => self.defender_cloud_extended_timeout_in_seconds.read_from(r),
            62usize => {
                self.defender_days_before_deleting_quarantined_malware.read_from(r)
            }
            63usize => self.defender_detected_malware_actions.read_from(r),
            64usize => self.defender_disable_behavior_monitoring.read_from(r),
            65usize => self.defender_disable_catchup_full_scan.read_from(r),
            66usize => self.defender_disable_catchup_quick_scan.read_from(r),
            67usize => self.defender_disable_cloud_protection.read_from(r),
            68usize => self.defender_disable_intrusion_prevention_system.read_from(r),
            69usize => self.defender_disable_on_access_protection.read_from(r),
            70usize => self.defender_disable_real_time_monitoring.read_from(r),
            71usize => self.defender_disable_scan_archive_files.read_from(r),
            72usize => self.defender_disable_scan_downloads.read_from(r),
            73usize => self.defender_disable_scan_network_files.read_from(r),
            74usize => {
                self.defender_disable_scan_removable_drives_during_full_scan.read_from(r)
            }
            75usize => {
                self.defender_disable_scan_scripts_loaded_in_internet_explorer
                    .read_from(r)
            }
            76usize => self.defender_email_content_execution.read_from(r),
            77usize => self.defender_email_content_execution_type.read_from(r),
            78usize => self.defender_enable_low_cpu_priority.read_from(r),
            79usize => self.defender_enable_scan_incoming_mail.read_from(r),
            80usize => {
                self.defender_enable_scan_mapped_network_drives_during_full_scan
                    .read_from(r)
            }
            81usize => self.defender_exploit_protection_xml.read_from(r),
            82usize => self.defender_exploit_protection_xml_file_name.read_from(r),
            83usize => self.defender_file_extensions_to_exclude.read_from(r),
            84usize => self.defender_files_and_folders_to_exclude.read_from(r),
            85usize => self.defender_guarded_folders_allowed_app_paths.read_from(r),
            86usize => self.defender_guard_my_folders_type.read_from(r),
            87usize => self.defender_network_protection_type.read_from(r),
            88usize => {
                self.defender_office_apps_executable_content_creation_or_launch
                    .read_from(r)
            }
            89usize => {
                self.defender_office_apps_executable_content_creation_or_launch_type
                    .read_from(r)
            }
            90usize => self.defender_office_apps_launch_child_process.read_from(r),
            91usize => self.defender_office_apps_launch_child_process_type.read_from(r),
            92usize => self.defender_office_apps_other_process_injection.read_from(r),
            93usize => {
                self.defender_office_apps_other_process_injection_type.read_from(r)
            }
            94usize => {
                self.defender_office_communication_apps_launch_child_process.read_from(r)
            }
            95usize => self.defender_office_macro_code_allow_win32_imports.read_from(r),
            96usize => {
                self.defender_office_macro_code_allow_win32_imports_type.read_from(r)
            }
            97usize => self.defender_potentially_unwanted_app_action.read_from(r),
            98usize => self.defender_prevent_credential_stealing_type.read_from(r),
            99usize => self.defender_process_creation.read_from(r),
            100usize => self.defender_process_creation_type.read_from(r),
            101usize => self.defender_processes_to_exclude.read_from(r),
            102usize => self.defender_scan_direction.read_from(r),
            103usize => self.defender_scan_max_cpu_percentage.read_from(r),
            104usize => self.defender_scan_type.read_from(r),
            105usize => self.defender_scheduled_quick_scan_time.read_from(r),
            106usize => self.defender_scheduled_scan_day.read_from(r),
            107usize => self.defender_scheduled_scan_time.read_from(r),
            108usize => self.defender_script_downloaded_payload_execution.read_from(r),
            109usize => {
                self.defender_script_downloaded_payload_execution_type.read_from(r)
            }
            110usize => self.defender_script_obfuscated_macro_code.read_from(r),
            111usize => self.defender_script_obfuscated_macro_code_type.read_from(r),
            112usize => {
                self.defender_security_center_block_exploit_protection_override
                    .read_from(r)
            }
            113usize => self.defender_security_center_disable_account_ui.read_from(r),
            114usize => self.defender_security_center_disable_app_browser_ui.read_from(r),
            115usize => self.defender_security_center_disable_clear_tpm_ui.read_from(r),
            116usize => self.defender_security_center_disable_family_ui.read_from(r),
            117usize => self.defender_security_center_disable_hardware_ui.read_from(r),
            118usize => self.defender_security_center_disable_health_ui.read_from(r),
            119usize => self.defender_security_center_disable_network_ui.read_from(r),
            120usize => {
                self.defender_security_center_disable_notification_area_ui.read_from(r)
            }
            121usize => self.defender_security_center_disable_ransomware_ui.read_from(r),
            122usize => self.defender_security_center_disable_secure_boot_ui.read_from(r),
            123usize => {
                self.defender_security_center_disable_troubleshooting_ui.read_from(r)
            }
            124usize => self.defender_security_center_disable_virus_ui.read_from(r),
            125usize => {
                self.defender_security_center_disable_vulnerable_tpm_firmware_update_ui
                    .read_from(r)
            }
            126usize => self.defender_security_center_help_email.read_from(r),
            127usize => self.defender_security_center_help_phone.read_from(r),
            128usize => self.defender_security_center_help_url.read_from(r),
            129usize => self.defender_security_center_it_contact_display.read_from(r),
            130usize => self.defender_security_center_notifications_from_app.read_from(r),
            131usize => {
                self.defender_security_center_organization_display_name.read_from(r)
            }
            132usize => self.defender_signature_update_interval_in_hours.read_from(r),
            133usize => self.defender_submit_samples_consent_type.read_from(r),
            134usize => self.defender_untrusted_executable.read_from(r),
            135usize => self.defender_untrusted_executable_type.read_from(r),
            136usize => self.defender_untrusted_usb_process.read_from(r),
            137usize => self.defender_untrusted_usb_process_type.read_from(r),
            138usize => self.device_guard_enable_secure_boot_with_dma.read_from(r),
            139usize => {
                self.device_guard_enable_virtualization_based_security.read_from(r)
            }
            140usize => self.device_guard_launch_system_guard.read_from(r),
            141usize => {
                self.device_guard_local_system_authority_credential_guard_settings
                    .read_from(r)
            }
            142usize => self.device_guard_secure_boot_with_dma.read_from(r),
            143usize => self.dma_guard_device_enumeration_policy.read_from(r),
            144usize => self.firewall_block_stateful_ftp.read_from(r),
            145usize => {
                self.firewall_certificate_revocation_list_check_method.read_from(r)
            }
            146usize => {
                self.firewall_idle_timeout_for_security_association_in_seconds
                    .read_from(r)
            }
            147usize => self.firewall_ip_sec_exemptions_allow_dhcp.read_from(r),
            148usize => self.firewall_ip_sec_exemptions_allow_icmp.read_from(r),
            149usize => {
                self.firewall_ip_sec_exemptions_allow_neighbor_discovery.read_from(r)
            }
            150usize => {
                self.firewall_ip_sec_exemptions_allow_router_discovery.read_from(r)
            }
            151usize => self.firewall_ip_sec_exemptions_none.read_from(r),
            152usize => self.firewall_merge_keying_module_settings.read_from(r),
            153usize => self.firewall_packet_queueing_method.read_from(r),
            154usize => self.firewall_pre_shared_key_encoding_method.read_from(r),
            155usize => self.firewall_profile_domain.read_from(r),
            156usize => self.firewall_profile_private.read_from(r),
            157usize => self.firewall_profile_public.read_from(r),
            158usize => self.firewall_rules.read_from(r),
            159usize => self.lan_manager_authentication_level.read_from(r),
            160usize => {
                self.lan_manager_workstation_disable_insecure_guest_logons.read_from(r)
            }
            161usize => {
                self.local_security_options_administrator_account_name.read_from(r)
            }
            162usize => {
                self.local_security_options_administrator_elevation_prompt_behavior
                    .read_from(r)
            }
            163usize => {
                self.local_security_options_allow_anonymous_enumeration_of_sam_accounts_and_shares
                    .read_from(r)
            }
            164usize => {
                self.local_security_options_allow_pku2u_authentication_requests
                    .read_from(r)
            }
            165usize => {
                self.local_security_options_allow_remote_calls_to_security_accounts_manager
                    .read_from(r)
            }
            166usize => {
                self.local_security_options_allow_remote_calls_to_security_accounts_manager_helper_bool
                    .read_from(r)
            }
            167usize => {
                self.local_security_options_allow_system_to_be_shut_down_without_having_to_log_on
                    .read_from(r)
            }
            168usize => {
                self.local_security_options_allow_ui_access_application_elevation
                    .read_from(r)
            }
            169usize => {
                self.local_security_options_allow_ui_access_applications_for_secure_locations
                    .read_from(r)
            }
            170usize => {
                self.local_security_options_allow_undock_without_having_to_logon
                    .read_from(r)
            }
            171usize => self.local_security_options_block_microsoft_accounts.read_from(r),
            172usize => {
                self.local_security_options_block_remote_logon_with_blank_password
                    .read_from(r)
            }
            173usize => {
                self.local_security_options_block_remote_optical_drive_access
                    .read_from(r)
            }
            174usize => {
                self.local_security_options_block_users_installing_printer_drivers
                    .read_from(r)
            }
            175usize => {
                self.local_security_options_clear_virtual_memory_page_file.read_from(r)
            }
            176usize => {
                self.local_security_options_client_digitally_sign_communications_always
                    .read_from(r)
            }
            177usize => {
                self.local_security_options_client_send_unencrypted_password_to_third_party_smb_servers
                    .read_from(r)
            }
            178usize => {
                self.local_security_options_detect_application_installations_and_prompt_for_elevation
                    .read_from(r)
            }
            179usize => {
                self.local_security_options_disable_administrator_account.read_from(r)
            }
            180usize => {
                self.local_security_options_disable_client_digitally_sign_communications_if_server_agrees
                    .read_from(r)
            }
            181usize => self.local_security_options_disable_guest_account.read_from(r),
            182usize => {
                self.local_security_options_disable_server_digitally_sign_communications_always
                    .read_from(r)
            }
            183usize => {
                self.local_security_options_disable_server_digitally_sign_communications_if_client_agrees
                    .read_from(r)
            }
            184usize => {
                self.local_security_options_do_not_allow_anonymous_enumeration_of_sam_accounts
                    .read_from(r)
            }
            185usize => {
                self.local_security_options_do_not_require_ctrl_alt_del.read_from(r)
            }
            186usize => {
                self.local_security_options_do_not_store_lan_manager_hash_value_on_next_password_change
                    .read_from(r)
            }
            187usize => {
                self.local_security_options_format_and_eject_of_removable_media_allowed_user
                    .read_from(r)
            }
            188usize => self.local_security_options_guest_account_name.read_from(r),
            189usize => self.local_security_options_hide_last_signed_in_user.read_from(r),
            190usize => self.local_security_options_hide_username_at_sign_in.read_from(r),
            191usize => {
                self.local_security_options_information_displayed_on_lock_screen
                    .read_from(r)
            }
            192usize => {
                self.local_security_options_information_shown_on_lock_screen.read_from(r)
            }
            193usize => self.local_security_options_log_on_message_text.read_from(r),
            194usize => self.local_security_options_log_on_message_title.read_from(r),
            195usize => self.local_security_options_machine_inactivity_limit.read_from(r),
            196usize => {
                self.local_security_options_machine_inactivity_limit_in_minutes
                    .read_from(r)
            }
            197usize => {
                self.local_security_options_minimum_session_security_for_ntlm_ssp_based_clients
                    .read_from(r)
            }
            198usize => {
                self.local_security_options_minimum_session_security_for_ntlm_ssp_based_servers
                    .read_from(r)
            }
            199usize => {
                self.local_security_options_only_elevate_signed_executables.read_from(r)
            }
            200usize => {
                self.local_security_options_restrict_anonymous_access_to_named_pipes_and_shares
                    .read_from(r)
            }
            201usize => {
                self.local_security_options_smart_card_removal_behavior.read_from(r)
            }
            202usize => {
                self.local_security_options_standard_user_elevation_prompt_behavior
                    .read_from(r)
            }
            203usize => {
                self.local_security_options_switch_to_secure_desktop_when_prompting_for_elevation
                    .read_from(r)
            }
            204usize => self.local_security_options_use_admin_approval_mode.read_from(r),
            205usize => {
                self.local_security_options_use_admin_approval_mode_for_administrators
                    .read_from(r)
            }
            206usize => {
                self.local_security_options_virtualize_file_and_registry_write_failures_to_per_user_locations
                    .read_from(r)
            }
            207usize => self.smart_screen_block_override_for_files.read_from(r),
            208usize => self.smart_screen_enable_in_shell.read_from(r),
            209usize => {
                self.user_rights_access_credential_manager_as_trusted_caller.read_from(r)
            }
            210usize => self.user_rights_act_as_part_of_the_operating_system.read_from(r),
            211usize => self.user_rights_allow_access_from_network.read_from(r),
            212usize => self.user_rights_backup_data.read_from(r),
            213usize => self.user_rights_block_access_from_network.read_from(r),
            214usize => self.user_rights_change_system_time.read_from(r),
            215usize => self.user_rights_create_global_objects.read_from(r),
            216usize => self.user_rights_create_page_file.read_from(r),
            217usize => self.user_rights_create_permanent_shared_objects.read_from(r),
            218usize => self.user_rights_create_symbolic_links.read_from(r),
            219usize => self.user_rights_create_token.read_from(r),
            220usize => self.user_rights_debug_programs.read_from(r),
            221usize => self.user_rights_delegation.read_from(r),
            222usize => self.user_rights_deny_local_log_on.read_from(r),
            223usize => self.user_rights_generate_security_audits.read_from(r),
            224usize => self.user_rights_impersonate_client.read_from(r),
            225usize => self.user_rights_increase_scheduling_priority.read_from(r),
            226usize => self.user_rights_load_unload_drivers.read_from(r),
            227usize => self.user_rights_local_log_on.read_from(r),
            228usize => self.user_rights_lock_memory.read_from(r),
            229usize => self.user_rights_manage_auditing_and_security_logs.read_from(r),
            230usize => self.user_rights_manage_volumes.read_from(r),
            231usize => self.user_rights_modify_firmware_environment.read_from(r),
            232usize => self.user_rights_modify_object_labels.read_from(r),
            233usize => self.user_rights_profile_single_process.read_from(r),
            234usize => self.user_rights_remote_desktop_services_log_on.read_from(r),
            235usize => self.user_rights_remote_shutdown.read_from(r),
            236usize => self.user_rights_restore_data.read_from(r),
            237usize => self.user_rights_take_ownership.read_from(r),
            238usize => self.windows_defender_tamper_protection.read_from(r),
            239usize => {
                self.xbox_services_accessory_management_service_startup_mode.read_from(r)
            }
            240usize => self.xbox_services_enable_xbox_game_save_task.read_from(r),
            241usize => {
                self.xbox_services_live_auth_manager_service_startup_mode.read_from(r)
            }
            242usize => {
                self.xbox_services_live_game_save_service_startup_mode.read_from(r)
            }
            243usize => {
                self.xbox_services_live_networking_service_startup_mode.read_from(r)
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
        w.field(18usize, &self.application_guard_allow_camera_microphone_redirection);
        w.field(19usize, &self.application_guard_allow_file_save_on_host);
        w.field(20usize, &self.application_guard_allow_persistence);
        w.field(21usize, &self.application_guard_allow_print_to_local_printers);
        w.field(22usize, &self.application_guard_allow_print_to_network_printers);
        w.field(23usize, &self.application_guard_allow_print_to_pdf);
        w.field(24usize, &self.application_guard_allow_print_to_xps);
        w.field(25usize, &self.application_guard_allow_virtual_gpu);
        w.field(26usize, &self.application_guard_block_clipboard_sharing);
        w.field(27usize, &self.application_guard_block_file_transfer);
        w.field(28usize, &self.application_guard_block_non_enterprise_content);
        w.field(29usize, &self.application_guard_certificate_thumbprints);
        w.field(30usize, &self.application_guard_enabled);
        w.field(31usize, &self.application_guard_enabled_options);
        w.field(32usize, &self.application_guard_force_auditing);
        w.field(33usize, &self.app_locker_application_control);
        w.field(34usize, &self.bit_locker_allow_standard_user_encryption);
        w.field(35usize, &self.bit_locker_disable_warning_for_other_disk_encryption);
        w.field(36usize, &self.bit_locker_enable_storage_card_encryption_on_mobile);
        w.field(37usize, &self.bit_locker_encrypt_device);
        w.field(38usize, &self.bit_locker_fixed_drive_policy);
        w.field(39usize, &self.bit_locker_recovery_password_rotation);
        w.field(40usize, &self.bit_locker_removable_drive_policy);
        w.field(41usize, &self.bit_locker_system_drive_policy);
        w.field(42usize, &self.defender_additional_guarded_folders);
        w.field(43usize, &self.defender_adobe_reader_launch_child_process);
        w.field(44usize, &self.defender_advanced_ransomeware_protection_type);
        w.field(45usize, &self.defender_allow_behavior_monitoring);
        w.field(46usize, &self.defender_allow_cloud_protection);
        w.field(47usize, &self.defender_allow_end_user_access);
        w.field(48usize, &self.defender_allow_intrusion_prevention_system);
        w.field(49usize, &self.defender_allow_on_access_protection);
        w.field(50usize, &self.defender_allow_real_time_monitoring);
        w.field(51usize, &self.defender_allow_scan_archive_files);
        w.field(52usize, &self.defender_allow_scan_downloads);
        w.field(53usize, &self.defender_allow_scan_network_files);
        w.field(54usize, &self.defender_allow_scan_removable_drives_during_full_scan);
        w.field(55usize, &self.defender_allow_scan_scripts_loaded_in_internet_explorer);
        w.field(56usize, &self.defender_attack_surface_reduction_excluded_paths);
        w.field(57usize, &self.defender_block_end_user_access);
        w.field(58usize, &self.defender_block_persistence_through_wmi_type);
        w.field(59usize, &self.defender_check_for_signatures_before_running_scan);
        w.field(60usize, &self.defender_cloud_block_level);
        w.field(61usize, &self.defender_cloud_extended_timeout_in_seconds);
        w.field(62usize, &self.defender_days_before_deleting_quarantined_malware);
        w.field(63usize, &self.defender_detected_malware_actions);
        w.field(64usize, &self.defender_disable_behavior_monitoring);
        w.field(65usize, &self.defender_disable_catchup_full_scan);
        w.field(66usize, &self.defender_disable_catchup_quick_scan);
        w.field(67usize, &self.defender_disable_cloud_protection);
        w.field(68usize, &self.defender_disable_intrusion_prevention_system);
        w.field(69usize, &self.defender_disable_on_access_protection);
        w.field(70usize, &self.defender_disable_real_time_monitoring);
        w.field(71usize, &self.defender_disable_scan_archive_files);
        w.field(72usize, &self.defender_disable_scan_downloads);
        w.field(73usize, &self.defender_disable_scan_network_files);
        w.field(74usize, &self.defender_disable_scan_removable_drives_during_full_scan);
        w.field(
            75usize,
            &self.defender_disable_scan_scripts_loaded_in_internet_explorer,
        );
        w.field(76usize, &self.defender_email_content_execution);
        w.field(77usize, &self.defender_email_content_execution_type);
        w.field(78usize, &self.defender_enable_low_cpu_priority);
        w.field(79usize, &self.defender_enable_scan_incoming_mail);
        w.field(
            80usize,
            &self.defender_enable_scan_mapped_network_drives_during_full_scan,
        );
        w.field(81usize, &self.defender_exploit_protection_xml);
        w.field(82usize, &self.defender_exploit_protection_xml_file_name);
        w.field(83usize, &self.defender_file_extensions_to_exclude);
        w.field(84usize, &self.defender_files_and_folders_to_exclude);
        w.field(85usize, &self.defender_guarded_folders_allowed_app_paths);
        w.field(86usize, &self.defender_guard_my_folders_type);
        w.field(87usize, &self.defender_network_protection_type);
        w.field(
            88usize,
            &self.defender_office_apps_executable_content_creation_or_launch,
        );
        w.field(
            89usize,
            &self.defender_office_apps_executable_content_creation_or_launch_type,
        );
        w.field(90usize, &self.defender_office_apps_launch_child_process);
        w.field(91usize, &self.defender_office_apps_launch_child_process_type);
        w.field(92usize, &self.defender_office_apps_other_process_injection);
        w.field(93usize, &self.defender_office_apps_other_process_injection_type);
        w.field(94usize, &self.defender_office_communication_apps_launch_child_process);
        w.field(95usize, &self.defender_office_macro_code_allow_win32_imports);
        w.field(96usize, &self.defender_office_macro_code_allow_win32_imports_type);
        w.field(97usize, &self.defender_potentially_unwanted_app_action);
        w.field(98usize, &self.defender_prevent_credential_stealing_type);
        w.field(99usize, &self.defender_process_creation);
        w.field(100usize, &self.defender_process_creation_type);
        w.field(101usize, &self.defender_processes_to_exclude);
        w.field(102usize, &self.defender_scan_direction);
        w.field(103usize, &self.defender_scan_max_cpu_percentage);
        w.field(104usize, &self.defender_scan_type);
        w.field(105usize, &self.defender_scheduled_quick_scan_time);
        w.field(106usize, &self.defender_scheduled_scan_day);
        w.field(107usize, &self.defender_scheduled_scan_time);
        w.field(108usize, &self.defender_script_downloaded_payload_execution);
        w.field(109usize, &self.defender_script_downloaded_payload_execution_type);
        w.field(110usize, &self.defender_script_obfuscated_macro_code);
        w.field(111usize, &self.defender_script_obfuscated_macro_code_type);
        w.field(
            112usize,
            &self.defender_security_center_block_exploit_protection_override,
        );
        w.field(113usize, &self.defender_security_center_disable_account_ui);
        w.field(114usize, &self.defender_security_center_disable_app_browser_ui);
        w.field(115usize, &self.defender_security_center_disable_clear_tpm_ui);
        w.field(116usize, &self.defender_security_center_disable_family_ui);
        w.field(117usize, &self.defender_security_center_disable_hardware_ui);
        w.field(118usize, &self.defender_security_center_disable_health_ui);
        w.field(119usize, &self.defender_security_center_disable_network_ui);
        w.field(120usize, &self.defender_security_center_disable_notification_area_ui);
        w.field(121usize, &self.defender_security_center_disable_ransomware_ui);
        w.field(122usize, &self.defender_security_center_disable_secure_boot_ui);
        w.field(123usize, &self.defender_security_center_disable_troubleshooting_ui);
        w.field(124usize, &self.defender_security_center_disable_virus_ui);
        w.field(
            125usize,
            &self.defender_security_center_disable_vulnerable_tpm_firmware_update_ui,
        );
        w.field(126usize, &self.defender_security_center_help_email);
        w.field(127usize, &self.defender_security_center_help_phone);
        w.field(128usize, &self.defender_security_center_help_url);
        w.field(129usize, &self.defender_security_center_it_contact_display);
        w.field(130usize, &self.defender_security_center_notifications_from_app);
        w.field(131usize, &self.defender_security_center_organization_display_name);
        w.field(132usize, &self.defender_signature_update_interval_in_hours);
        w.field(133usize, &self.defender_submit_samples_consent_type);
        w.field(134usize, &self.defender_untrusted_executable);
        w.field(135usize, &self.defender_untrusted_executable_type);
        w.field(136usize, &self.defender_untrusted_usb_process);
        w.field(137usize, &self.defender_untrusted_usb_process_type);
        w.field(138usize, &self.device_guard_enable_secure_boot_with_dma);
        w.field(139usize, &self.device_guard_enable_virtualization_based_security);
        w.field(140usize, &self.device_guard_launch_system_guard);
        w.field(
            141usize,
            &self.device_guard_local_system_authority_credential_guard_settings,
        );
        w.field(142usize, &self.device_guard_secure_boot_with_dma);
        w.field(143usize, &self.dma_guard_device_enumeration_policy);
        w.field(144usize, &self.firewall_block_stateful_ftp);
        w.field(145usize, &self.firewall_certificate_revocation_list_check_method);
        w.field(
            146usize,
            &self.firewall_idle_timeout_for_security_association_in_seconds,
        );
        w.field(147usize, &self.firewall_ip_sec_exemptions_allow_dhcp);
        w.field(148usize, &self.firewall_ip_sec_exemptions_allow_icmp);
        w.field(149usize, &self.firewall_ip_sec_exemptions_allow_neighbor_discovery);
        w.field(150usize, &self.firewall_ip_sec_exemptions_allow_router_discovery);
        w.field(151usize, &self.firewall_ip_sec_exemptions_none);
        w.field(152usize, &self.firewall_merge_keying_module_settings);
        w.field(153usize, &self.firewall_packet_queueing_method);
        w.field(154usize, &self.firewall_pre_shared_key_encoding_method);
        w.field(155usize, &self.firewall_profile_domain);
        w.field(156usize, &self.firewall_profile_private);
        w.field(157usize, &self.firewall_profile_public);
        w.field(158usize, &self.firewall_rules);
        w.field(159usize, &self.lan_manager_authentication_level);
        w.field(160usize, &self.lan_manager_workstation_disable_insecure_guest_logons);
        w.field(161usize, &self.local_security_options_administrator_account_name);
        w.field(
            162usize,
            &self.local_security_options_administrator_elevation_prompt_behavior,
        );
        w.field(
            163usize,
            &self
                .local_security_options_allow_anonymous_enumeration_of_sam_accounts_and_shares,
        );
        w.field(
            164usize,
            &self.local_security_options_allow_pku2u_authentication_requests,
        );
        w.field(
            165usize,
            &self.local_security_options_allow_remote_calls_to_security_accounts_manager,
        );
        w.field(
            166usize,
            &self
                .local_security_options_allow_remote_calls_to_security_accounts_manager_helper_bool,
        );
        w.field(
            167usize,
            &self
                .local_security_options_allow_system_to_be_shut_down_without_having_to_log_on,
        );
        w.field(
            168usize,
            &self.local_security_options_allow_ui_access_application_elevation,
        );
        w.field(
            169usize,
            &self
                .local_security_options_allow_ui_access_applications_for_secure_locations,
        );
        w.field(
            170usize,
            &self.local_security_options_allow_undock_without_having_to_logon,
        );
        w.field(171usize, &self.local_security_options_block_microsoft_accounts);
        w.field(
            172usize,
            &self.local_security_options_block_remote_logon_with_blank_password,
        );
        w.field(
            173usize,
            &self.local_security_options_block_remote_optical_drive_access,
        );
        w.field(
            174usize,
            &self.local_security_options_block_users_installing_printer_drivers,
        );
        w.field(175usize, &self.local_security_options_clear_virtual_memory_page_file);
        w.field(
            176usize,
            &self.local_security_options_client_digitally_sign_communications_always,
        );
        w.field(
            177usize,
            &self
                .local_security_options_client_send_unencrypted_password_to_third_party_smb_servers,
        );
        w.field(
            178usize,
            &self
                .local_security_options_detect_application_installations_and_prompt_for_elevation,
        );
        w.field(179usize, &self.local_security_options_disable_administrator_account);
        w.field(
            180usize,
            &self
                .local_security_options_disable_client_digitally_sign_communications_if_server_agrees,
        );
        w.field(181usize, &self.local_security_options_disable_guest_account);
        w.field(
            182usize,
            &self
                .local_security_options_disable_server_digitally_sign_communications_always,
        );
        w.field(
            183usize,
            &self
                .local_security_options_disable_server_digitally_sign_communications_if_client_agrees,
        );
        w.field(
            184usize,
            &self
                .local_security_options_do_not_allow_anonymous_enumeration_of_sam_accounts,
        );
        w.field(185usize, &self.local_security_options_do_not_require_ctrl_alt_del);
        w.field(
            186usize,
            &self
                .local_security_options_do_not_store_lan_manager_hash_value_on_next_password_change,
        );
        w.field(
            187usize,
            &self.local_security_options_format_and_eject_of_removable_media_allowed_user,
        );
        w.field(188usize, &self.local_security_options_guest_account_name);
        w.field(189usize, &self.local_security_options_hide_last_signed_in_user);
        w.field(190usize, &self.local_security_options_hide_username_at_sign_in);
        w.field(
            191usize,
            &self.local_security_options_information_displayed_on_lock_screen,
        );
        w.field(192usize, &self.local_security_options_information_shown_on_lock_screen);
        w.field(193usize, &self.local_security_options_log_on_message_text);
        w.field(194usize, &self.local_security_options_log_on_message_title);
        w.field(195usize, &self.local_security_options_machine_inactivity_limit);
        w.field(
            196usize,
            &self.local_security_options_machine_inactivity_limit_in_minutes,
        );
        w.field(
            197usize,
            &self
                .local_security_options_minimum_session_security_for_ntlm_ssp_based_clients,
        );
        w.field(
            198usize,
            &self
                .local_security_options_minimum_session_security_for_ntlm_ssp_based_servers,
        );
        w.field(199usize, &self.local_security_options_only_elevate_signed_executables);
        w.field(
            200usize,
            &self
                .local_security_options_restrict_anonymous_access_to_named_pipes_and_shares,
        );
        w.field(201usize, &self.local_security_options_smart_card_removal_behavior);
        w.field(
            202usize,
            &self.local_security_options_standard_user_elevation_prompt_behavior,
        );
        w.field(
            203usize,
            &self
                .local_security_options_switch_to_secure_desktop_when_prompting_for_elevation,
        );
        w.field(204usize, &self.local_security_options_use_admin_approval_mode);
        w.field(
            205usize,
            &self.local_security_options_use_admin_approval_mode_for_administrators,
        );
        w.field(
            206usize,
            &self
                .local_security_options_virtualize_file_and_registry_write_failures_to_per_user_locations,
        );
        w.field(207usize, &self.smart_screen_block_override_for_files);
        w.field(208usize, &self.smart_screen_enable_in_shell);
        w.field(209usize, &self.user_rights_access_credential_manager_as_trusted_caller);
        w.field(210usize, &self.user_rights_act_as_part_of_the_operating_system);
        w.field(211usize, &self.user_rights_allow_access_from_network);
        w.field(212usize, &self.user_rights_backup_data);
        w.field(213usize, &self.user_rights_block_access_from_network);
        w.field(214usize, &self.user_rights_change_system_time);
        w.field(215usize, &self.user_rights_create_global_objects);
        w.field(216usize, &self.user_rights_create_page_file);
        w.field(217usize, &self.user_rights_create_permanent_shared_objects);
        w.field(218usize, &self.user_rights_create_symbolic_links);
        w.field(219usize, &self.user_rights_create_token);
        w.field(220usize, &self.user_rights_debug_programs);
        w.field(221usize, &self.user_rights_delegation);
        w.field(222usize, &self.user_rights_deny_local_log_on);
        w.field(223usize, &self.user_rights_generate_security_audits);
        w.field(224usize, &self.user_rights_impersonate_client);
        w.field(225usize, &self.user_rights_increase_scheduling_priority);
        w.field(226usize, &self.user_rights_load_unload_drivers);
        w.field(227usize, &self.user_rights_local_log_on);
        w.field(228usize, &self.user_rights_lock_memory);
        w.field(229usize, &self.user_rights_manage_auditing_and_security_logs);
        w.field(230usize, &self.user_rights_manage_volumes);
        w.field(231usize, &self.user_rights_modify_firmware_environment);
        w.field(232usize, &self.user_rights_modify_object_labels);
        w.field(233usize, &self.user_rights_profile_single_process);
        w.field(234usize, &self.user_rights_remote_desktop_services_log_on);
        w.field(235usize, &self.user_rights_remote_shutdown);
        w.field(236usize, &self.user_rights_restore_data);
        w.field(237usize, &self.user_rights_take_ownership);
        w.field(238usize, &self.windows_defender_tamper_protection);
        w.field(239usize, &self.xbox_services_accessory_management_service_startup_mode);
        w.field(240usize, &self.xbox_services_enable_xbox_game_save_task);
        w.field(241usize, &self.xbox_services_live_auth_manager_service_startup_mode);
        w.field(242usize, &self.xbox_services_live_game_save_service_startup_mode);
        w.field(243usize, &self.xbox_services_live_networking_service_startup_mode);
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
rt::impl_object!(Windows10EndpointProtectionConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10EndpointProtectionConfiguration { with_id id : ::std::string::String;
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
    with_application_guard_allow_camera_microphone_redirection
    application_guard_allow_camera_microphone_redirection : bool;
    with_application_guard_allow_file_save_on_host
    application_guard_allow_file_save_on_host : bool;
    with_application_guard_allow_persistence application_guard_allow_persistence : bool;
    with_application_guard_allow_print_to_local_printers
    application_guard_allow_print_to_local_printers : bool;
    with_application_guard_allow_print_to_network_printers
    application_guard_allow_print_to_network_printers : bool;
    with_application_guard_allow_print_to_pdf application_guard_allow_print_to_pdf :
    bool; with_application_guard_allow_print_to_xps application_guard_allow_print_to_xps
    : bool; with_application_guard_allow_virtual_gpu application_guard_allow_virtual_gpu
    : bool; with_application_guard_block_clipboard_sharing
    application_guard_block_clipboard_sharing : crate
    ::beta::ApplicationGuardBlockClipboardSharingType;
    with_application_guard_block_file_transfer application_guard_block_file_transfer :
    crate ::beta::ApplicationGuardBlockFileTransferType;
    with_application_guard_block_non_enterprise_content
    application_guard_block_non_enterprise_content : bool;
    with_application_guard_certificate_thumbprints
    application_guard_certificate_thumbprints : ::std::vec::Vec < ::std::string::String
    >; with_application_guard_enabled application_guard_enabled : bool;
    with_application_guard_enabled_options application_guard_enabled_options : crate
    ::beta::ApplicationGuardEnabledOptions; with_application_guard_force_auditing
    application_guard_force_auditing : bool; with_app_locker_application_control
    app_locker_application_control : crate ::beta::AppLockerApplicationControlType;
    with_bit_locker_allow_standard_user_encryption
    bit_locker_allow_standard_user_encryption : bool;
    with_bit_locker_disable_warning_for_other_disk_encryption
    bit_locker_disable_warning_for_other_disk_encryption : bool;
    with_bit_locker_enable_storage_card_encryption_on_mobile
    bit_locker_enable_storage_card_encryption_on_mobile : bool;
    with_bit_locker_encrypt_device bit_locker_encrypt_device : bool;
    with_bit_locker_fixed_drive_policy bit_locker_fixed_drive_policy : crate
    ::beta::BitLockerFixedDrivePolicy; with_bit_locker_recovery_password_rotation
    bit_locker_recovery_password_rotation : crate
    ::beta::BitLockerRecoveryPasswordRotationType; with_bit_locker_removable_drive_policy
    bit_locker_removable_drive_policy : crate ::beta::BitLockerRemovableDrivePolicy;
    with_bit_locker_system_drive_policy bit_locker_system_drive_policy : crate
    ::beta::BitLockerSystemDrivePolicy; with_defender_additional_guarded_folders
    defender_additional_guarded_folders : ::std::vec::Vec < ::std::string::String >;
    with_defender_adobe_reader_launch_child_process
    defender_adobe_reader_launch_child_process : crate ::beta::DefenderProtectionType;
    with_defender_advanced_ransomeware_protection_type
    defender_advanced_ransomeware_protection_type : crate ::beta::DefenderProtectionType;
    with_defender_allow_behavior_monitoring defender_allow_behavior_monitoring : bool;
    with_defender_allow_cloud_protection defender_allow_cloud_protection : bool;
    with_defender_allow_end_user_access defender_allow_end_user_access : bool;
    with_defender_allow_intrusion_prevention_system
    defender_allow_intrusion_prevention_system : bool;
    with_defender_allow_on_access_protection defender_allow_on_access_protection : bool;
    with_defender_allow_real_time_monitoring defender_allow_real_time_monitoring : bool;
    with_defender_allow_scan_archive_files defender_allow_scan_archive_files : bool;
    with_defender_allow_scan_downloads defender_allow_scan_downloads : bool;
    with_defender_allow_scan_network_files defender_allow_scan_network_files : bool;
    with_defender_allow_scan_removable_drives_during_full_scan
    defender_allow_scan_removable_drives_during_full_scan : bool;
    with_defender_allow_scan_scripts_loaded_in_internet_explorer
    defender_allow_scan_scripts_loaded_in_internet_explorer : bool;
    with_defender_attack_surface_reduction_excluded_paths
    defender_attack_surface_reduction_excluded_paths : ::std::vec::Vec <
    ::std::string::String >; with_defender_block_end_user_access
    defender_block_end_user_access : bool;
    with_defender_block_persistence_through_wmi_type
    defender_block_persistence_through_wmi_type : crate
    ::beta::DefenderAttackSurfaceType;
    with_defender_check_for_signatures_before_running_scan
    defender_check_for_signatures_before_running_scan : bool;
    with_defender_cloud_block_level defender_cloud_block_level : crate
    ::beta::DefenderCloudBlockLevelType; with_defender_cloud_extended_timeout_in_seconds
    defender_cloud_extended_timeout_in_seconds : i32;
    with_defender_days_before_deleting_quarantined_malware
    defender_days_before_deleting_quarantined_malware : i32;
    with_defender_detected_malware_actions defender_detected_malware_actions : crate
    ::beta::DefenderDetectedMalwareActions; with_defender_disable_behavior_monitoring
    defender_disable_behavior_monitoring : bool; with_defender_disable_catchup_full_scan
    defender_disable_catchup_full_scan : bool; with_defender_disable_catchup_quick_scan
    defender_disable_catchup_quick_scan : bool; with_defender_disable_cloud_protection
    defender_disable_cloud_protection : bool;
    with_defender_disable_intrusion_prevention_system
    defender_disable_intrusion_prevention_system : bool;
    with_defender_disable_on_access_protection defender_disable_on_access_protection :
    bool; with_defender_disable_real_time_monitoring
    defender_disable_real_time_monitoring : bool;
    with_defender_disable_scan_archive_files defender_disable_scan_archive_files : bool;
    with_defender_disable_scan_downloads defender_disable_scan_downloads : bool;
    with_defender_disable_scan_network_files defender_disable_scan_network_files : bool;
    with_defender_disable_scan_removable_drives_during_full_scan
    defender_disable_scan_removable_drives_during_full_scan : bool;
    with_defender_disable_scan_scripts_loaded_in_internet_explorer
    defender_disable_scan_scripts_loaded_in_internet_explorer : bool;
    with_defender_email_content_execution defender_email_content_execution : crate
    ::beta::DefenderProtectionType; with_defender_email_content_execution_type
    defender_email_content_execution_type : crate ::beta::DefenderAttackSurfaceType;
    with_defender_enable_low_cpu_priority defender_enable_low_cpu_priority : bool;
    with_defender_enable_scan_incoming_mail defender_enable_scan_incoming_mail : bool;
    with_defender_enable_scan_mapped_network_drives_during_full_scan
    defender_enable_scan_mapped_network_drives_during_full_scan : bool;
    with_defender_exploit_protection_xml defender_exploit_protection_xml :
    rt::edm::Binary; with_defender_exploit_protection_xml_file_name
    defender_exploit_protection_xml_file_name : ::std::string::String;
    with_defender_file_extensions_to_exclude defender_file_extensions_to_exclude :
    ::std::vec::Vec < ::std::string::String >; with_defender_files_and_folders_to_exclude
    defender_files_and_folders_to_exclude : ::std::vec::Vec < ::std::string::String >;
    with_defender_guarded_folders_allowed_app_paths
    defender_guarded_folders_allowed_app_paths : ::std::vec::Vec < ::std::string::String
    >; with_defender_guard_my_folders_type defender_guard_my_folders_type : crate
    ::beta::FolderProtectionType; with_defender_network_protection_type
    defender_network_protection_type : crate ::beta::DefenderProtectionType;
    with_defender_office_apps_executable_content_creation_or_launch
    defender_office_apps_executable_content_creation_or_launch : crate
    ::beta::DefenderProtectionType;
    with_defender_office_apps_executable_content_creation_or_launch_type
    defender_office_apps_executable_content_creation_or_launch_type : crate
    ::beta::DefenderAttackSurfaceType; with_defender_office_apps_launch_child_process
    defender_office_apps_launch_child_process : crate ::beta::DefenderProtectionType;
    with_defender_office_apps_launch_child_process_type
    defender_office_apps_launch_child_process_type : crate
    ::beta::DefenderAttackSurfaceType; with_defender_office_apps_other_process_injection
    defender_office_apps_other_process_injection : crate ::beta::DefenderProtectionType;
    with_defender_office_apps_other_process_injection_type
    defender_office_apps_other_process_injection_type : crate
    ::beta::DefenderAttackSurfaceType;
    with_defender_office_communication_apps_launch_child_process
    defender_office_communication_apps_launch_child_process : crate
    ::beta::DefenderProtectionType; with_defender_office_macro_code_allow_win32_imports
    defender_office_macro_code_allow_win32_imports : crate
    ::beta::DefenderProtectionType;
    with_defender_office_macro_code_allow_win32_imports_type
    defender_office_macro_code_allow_win32_imports_type : crate
    ::beta::DefenderAttackSurfaceType; with_defender_potentially_unwanted_app_action
    defender_potentially_unwanted_app_action : crate ::beta::DefenderProtectionType;
    with_defender_prevent_credential_stealing_type
    defender_prevent_credential_stealing_type : crate ::beta::DefenderProtectionType;
    with_defender_process_creation defender_process_creation : crate
    ::beta::DefenderProtectionType; with_defender_process_creation_type
    defender_process_creation_type : crate ::beta::DefenderAttackSurfaceType;
    with_defender_processes_to_exclude defender_processes_to_exclude : ::std::vec::Vec <
    ::std::string::String >; with_defender_scan_direction defender_scan_direction : crate
    ::beta::DefenderRealtimeScanDirection; with_defender_scan_max_cpu_percentage
    defender_scan_max_cpu_percentage : i32; with_defender_scan_type defender_scan_type :
    crate ::beta::DefenderScanType; with_defender_scheduled_quick_scan_time
    defender_scheduled_quick_scan_time : rt::edm::TimeOfDay;
    with_defender_scheduled_scan_day defender_scheduled_scan_day : crate
    ::beta::WeeklySchedule; with_defender_scheduled_scan_time
    defender_scheduled_scan_time : rt::edm::TimeOfDay;
    with_defender_script_downloaded_payload_execution
    defender_script_downloaded_payload_execution : crate ::beta::DefenderProtectionType;
    with_defender_script_downloaded_payload_execution_type
    defender_script_downloaded_payload_execution_type : crate
    ::beta::DefenderAttackSurfaceType; with_defender_script_obfuscated_macro_code
    defender_script_obfuscated_macro_code : crate ::beta::DefenderProtectionType;
    with_defender_script_obfuscated_macro_code_type
    defender_script_obfuscated_macro_code_type : crate ::beta::DefenderAttackSurfaceType;
    with_defender_security_center_block_exploit_protection_override
    defender_security_center_block_exploit_protection_override : bool;
    with_defender_security_center_disable_account_ui
    defender_security_center_disable_account_ui : bool;
    with_defender_security_center_disable_app_browser_ui
    defender_security_center_disable_app_browser_ui : bool;
    with_defender_security_center_disable_clear_tpm_ui
    defender_security_center_disable_clear_tpm_ui : bool;
    with_defender_security_center_disable_family_ui
    defender_security_center_disable_family_ui : bool;
    with_defender_security_center_disable_hardware_ui
    defender_security_center_disable_hardware_ui : bool;
    with_defender_security_center_disable_health_ui
    defender_security_center_disable_health_ui : bool;
    with_defender_security_center_disable_network_ui
    defender_security_center_disable_network_ui : bool;
    with_defender_security_center_disable_notification_area_ui
    defender_security_center_disable_notification_area_ui : bool;
    with_defender_security_center_disable_ransomware_ui
    defender_security_center_disable_ransomware_ui : bool;
    with_defender_security_center_disable_secure_boot_ui
    defender_security_center_disable_secure_boot_ui : bool;
    with_defender_security_center_disable_troubleshooting_ui
    defender_security_center_disable_troubleshooting_ui : bool;
    with_defender_security_center_disable_virus_ui
    defender_security_center_disable_virus_ui : bool;
    with_defender_security_center_disable_vulnerable_tpm_firmware_update_ui
    defender_security_center_disable_vulnerable_tpm_firmware_update_ui : bool;
    with_defender_security_center_help_email defender_security_center_help_email :
    ::std::string::String; with_defender_security_center_help_phone
    defender_security_center_help_phone : ::std::string::String;
    with_defender_security_center_help_url defender_security_center_help_url :
    ::std::string::String; with_defender_security_center_it_contact_display
    defender_security_center_it_contact_display : crate
    ::beta::DefenderSecurityCenterItContactDisplayType;
    with_defender_security_center_notifications_from_app
    defender_security_center_notifications_from_app : crate
    ::beta::DefenderSecurityCenterNotificationsFromAppType;
    with_defender_security_center_organization_display_name
    defender_security_center_organization_display_name : ::std::string::String;
    with_defender_signature_update_interval_in_hours
    defender_signature_update_interval_in_hours : i32;
    with_defender_submit_samples_consent_type defender_submit_samples_consent_type :
    crate ::beta::DefenderSubmitSamplesConsentType; with_defender_untrusted_executable
    defender_untrusted_executable : crate ::beta::DefenderProtectionType;
    with_defender_untrusted_executable_type defender_untrusted_executable_type : crate
    ::beta::DefenderAttackSurfaceType; with_defender_untrusted_usb_process
    defender_untrusted_usb_process : crate ::beta::DefenderProtectionType;
    with_defender_untrusted_usb_process_type defender_untrusted_usb_process_type : crate
    ::beta::DefenderAttackSurfaceType; with_device_guard_enable_secure_boot_with_dma
    device_guard_enable_secure_boot_with_dma : bool;
    with_device_guard_enable_virtualization_based_security
    device_guard_enable_virtualization_based_security : bool;
    with_device_guard_launch_system_guard device_guard_launch_system_guard : crate
    ::beta::Enablement;
    with_device_guard_local_system_authority_credential_guard_settings
    device_guard_local_system_authority_credential_guard_settings : crate
    ::beta::DeviceGuardLocalSystemAuthorityCredentialGuardType;
    with_device_guard_secure_boot_with_dma device_guard_secure_boot_with_dma : crate
    ::beta::SecureBootWithDmaType; with_dma_guard_device_enumeration_policy
    dma_guard_device_enumeration_policy : crate
    ::beta::DmaGuardDeviceEnumerationPolicyType; with_firewall_block_stateful_ftp
    firewall_block_stateful_ftp : bool;
    with_firewall_certificate_revocation_list_check_method
    firewall_certificate_revocation_list_check_method : crate
    ::beta::FirewallCertificateRevocationListCheckMethodType;
    with_firewall_idle_timeout_for_security_association_in_seconds
    firewall_idle_timeout_for_security_association_in_seconds : i32;
    with_firewall_ip_sec_exemptions_allow_dhcp firewall_ip_sec_exemptions_allow_dhcp :
    bool; with_firewall_ip_sec_exemptions_allow_icmp
    firewall_ip_sec_exemptions_allow_icmp : bool;
    with_firewall_ip_sec_exemptions_allow_neighbor_discovery
    firewall_ip_sec_exemptions_allow_neighbor_discovery : bool;
    with_firewall_ip_sec_exemptions_allow_router_discovery
    firewall_ip_sec_exemptions_allow_router_discovery : bool;
    with_firewall_ip_sec_exemptions_none firewall_ip_sec_exemptions_none : bool;
    with_firewall_merge_keying_module_settings firewall_merge_keying_module_settings :
    bool; with_firewall_packet_queueing_method firewall_packet_queueing_method : crate
    ::beta::FirewallPacketQueueingMethodType;
    with_firewall_pre_shared_key_encoding_method firewall_pre_shared_key_encoding_method
    : crate ::beta::FirewallPreSharedKeyEncodingMethodType; with_firewall_profile_domain
    firewall_profile_domain : crate ::beta::WindowsFirewallNetworkProfile;
    with_firewall_profile_private firewall_profile_private : crate
    ::beta::WindowsFirewallNetworkProfile; with_firewall_profile_public
    firewall_profile_public : crate ::beta::WindowsFirewallNetworkProfile;
    with_firewall_rules firewall_rules : ::std::vec::Vec < crate
    ::beta::WindowsFirewallRule >; with_lan_manager_authentication_level
    lan_manager_authentication_level : crate ::beta::LanManagerAuthenticationLevel;
    with_lan_manager_workstation_disable_insecure_guest_logons
    lan_manager_workstation_disable_insecure_guest_logons : bool;
    with_local_security_options_administrator_account_name
    local_security_options_administrator_account_name : ::std::string::String;
    with_local_security_options_administrator_elevation_prompt_behavior
    local_security_options_administrator_elevation_prompt_behavior : crate
    ::beta::LocalSecurityOptionsAdministratorElevationPromptBehaviorType;
    with_local_security_options_allow_anonymous_enumeration_of_sam_accounts_and_shares
    local_security_options_allow_anonymous_enumeration_of_sam_accounts_and_shares : bool;
    with_local_security_options_allow_pku2u_authentication_requests
    local_security_options_allow_pku2u_authentication_requests : bool;
    with_local_security_options_allow_remote_calls_to_security_accounts_manager
    local_security_options_allow_remote_calls_to_security_accounts_manager :
    ::std::string::String;
    with_local_security_options_allow_remote_calls_to_security_accounts_manager_helper_bool
    local_security_options_allow_remote_calls_to_security_accounts_manager_helper_bool :
    bool;
    with_local_security_options_allow_system_to_be_shut_down_without_having_to_log_on
    local_security_options_allow_system_to_be_shut_down_without_having_to_log_on : bool;
    with_local_security_options_allow_ui_access_application_elevation
    local_security_options_allow_ui_access_application_elevation : bool;
    with_local_security_options_allow_ui_access_applications_for_secure_locations
    local_security_options_allow_ui_access_applications_for_secure_locations : bool;
    with_local_security_options_allow_undock_without_having_to_logon
    local_security_options_allow_undock_without_having_to_logon : bool;
    with_local_security_options_block_microsoft_accounts
    local_security_options_block_microsoft_accounts : bool;
    with_local_security_options_block_remote_logon_with_blank_password
    local_security_options_block_remote_logon_with_blank_password : bool;
    with_local_security_options_block_remote_optical_drive_access
    local_security_options_block_remote_optical_drive_access : bool;
    with_local_security_options_block_users_installing_printer_drivers
    local_security_options_block_users_installing_printer_drivers : bool;
    with_local_security_options_clear_virtual_memory_page_file
    local_security_options_clear_virtual_memory_page_file : bool;
    with_local_security_options_client_digitally_sign_communications_always
    local_security_options_client_digitally_sign_communications_always : bool;
    with_local_security_options_client_send_unencrypted_password_to_third_party_smb_servers
    local_security_options_client_send_unencrypted_password_to_third_party_smb_servers :
    bool;
    with_local_security_options_detect_application_installations_and_prompt_for_elevation
    local_security_options_detect_application_installations_and_prompt_for_elevation :
    bool; with_local_security_options_disable_administrator_account
    local_security_options_disable_administrator_account : bool;
    with_local_security_options_disable_client_digitally_sign_communications_if_server_agrees
    local_security_options_disable_client_digitally_sign_communications_if_server_agrees
    : bool; with_local_security_options_disable_guest_account
    local_security_options_disable_guest_account : bool;
    with_local_security_options_disable_server_digitally_sign_communications_always
    local_security_options_disable_server_digitally_sign_communications_always : bool;
    with_local_security_options_disable_server_digitally_sign_communications_if_client_agrees
    local_security_options_disable_server_digitally_sign_communications_if_client_agrees
    : bool;
    with_local_security_options_do_not_allow_anonymous_enumeration_of_sam_accounts
    local_security_options_do_not_allow_anonymous_enumeration_of_sam_accounts : bool;
    with_local_security_options_do_not_require_ctrl_alt_del
    local_security_options_do_not_require_ctrl_alt_del : bool;
    with_local_security_options_do_not_store_lan_manager_hash_value_on_next_password_change
    local_security_options_do_not_store_lan_manager_hash_value_on_next_password_change :
    bool; with_local_security_options_format_and_eject_of_removable_media_allowed_user
    local_security_options_format_and_eject_of_removable_media_allowed_user : crate
    ::beta::LocalSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType;
    with_local_security_options_guest_account_name
    local_security_options_guest_account_name : ::std::string::String;
    with_local_security_options_hide_last_signed_in_user
    local_security_options_hide_last_signed_in_user : bool;
    with_local_security_options_hide_username_at_sign_in
    local_security_options_hide_username_at_sign_in : bool;
    with_local_security_options_information_displayed_on_lock_screen
    local_security_options_information_displayed_on_lock_screen : crate
    ::beta::LocalSecurityOptionsInformationDisplayedOnLockScreenType;
    with_local_security_options_information_shown_on_lock_screen
    local_security_options_information_shown_on_lock_screen : crate
    ::beta::LocalSecurityOptionsInformationShownOnLockScreenType;
    with_local_security_options_log_on_message_text
    local_security_options_log_on_message_text : ::std::string::String;
    with_local_security_options_log_on_message_title
    local_security_options_log_on_message_title : ::std::string::String;
    with_local_security_options_machine_inactivity_limit
    local_security_options_machine_inactivity_limit : i32;
    with_local_security_options_machine_inactivity_limit_in_minutes
    local_security_options_machine_inactivity_limit_in_minutes : i32;
    with_local_security_options_minimum_session_security_for_ntlm_ssp_based_clients
    local_security_options_minimum_session_security_for_ntlm_ssp_based_clients : crate
    ::beta::LocalSecurityOptionsMinimumSessionSecurity;
    with_local_security_options_minimum_session_security_for_ntlm_ssp_based_servers
    local_security_options_minimum_session_security_for_ntlm_ssp_based_servers : crate
    ::beta::LocalSecurityOptionsMinimumSessionSecurity;
    with_local_security_options_only_elevate_signed_executables
    local_security_options_only_elevate_signed_executables : bool;
    with_local_security_options_restrict_anonymous_access_to_named_pipes_and_shares
    local_security_options_restrict_anonymous_access_to_named_pipes_and_shares : bool;
    with_local_security_options_smart_card_removal_behavior
    local_security_options_smart_card_removal_behavior : crate
    ::beta::LocalSecurityOptionsSmartCardRemovalBehaviorType;
    with_local_security_options_standard_user_elevation_prompt_behavior
    local_security_options_standard_user_elevation_prompt_behavior : crate
    ::beta::LocalSecurityOptionsStandardUserElevationPromptBehaviorType;
    with_local_security_options_switch_to_secure_desktop_when_prompting_for_elevation
    local_security_options_switch_to_secure_desktop_when_prompting_for_elevation : bool;
    with_local_security_options_use_admin_approval_mode
    local_security_options_use_admin_approval_mode : bool;
    with_local_security_options_use_admin_approval_mode_for_administrators
    local_security_options_use_admin_approval_mode_for_administrators : bool;
    with_local_security_options_virtualize_file_and_registry_write_failures_to_per_user_locations
    local_security_options_virtualize_file_and_registry_write_failures_to_per_user_locations
    : bool; with_smart_screen_block_override_for_files
    smart_screen_block_override_for_files : bool; with_smart_screen_enable_in_shell
    smart_screen_enable_in_shell : bool;
    with_user_rights_access_credential_manager_as_trusted_caller
    user_rights_access_credential_manager_as_trusted_caller : crate
    ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_act_as_part_of_the_operating_system
    user_rights_act_as_part_of_the_operating_system : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_allow_access_from_network
    user_rights_allow_access_from_network : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_backup_data
    user_rights_backup_data : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_block_access_from_network user_rights_block_access_from_network :
    crate ::beta::DeviceManagementUserRightsSetting; with_user_rights_change_system_time
    user_rights_change_system_time : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_create_global_objects user_rights_create_global_objects : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_create_page_file
    user_rights_create_page_file : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_create_permanent_shared_objects
    user_rights_create_permanent_shared_objects : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_create_symbolic_links
    user_rights_create_symbolic_links : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_create_token user_rights_create_token : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_debug_programs
    user_rights_debug_programs : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_delegation user_rights_delegation : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_deny_local_log_on
    user_rights_deny_local_log_on : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_generate_security_audits user_rights_generate_security_audits :
    crate ::beta::DeviceManagementUserRightsSetting; with_user_rights_impersonate_client
    user_rights_impersonate_client : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_increase_scheduling_priority
    user_rights_increase_scheduling_priority : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_load_unload_drivers
    user_rights_load_unload_drivers : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_local_log_on user_rights_local_log_on : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_lock_memory
    user_rights_lock_memory : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_manage_auditing_and_security_logs
    user_rights_manage_auditing_and_security_logs : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_manage_volumes
    user_rights_manage_volumes : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_modify_firmware_environment user_rights_modify_firmware_environment
    : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_modify_object_labels user_rights_modify_object_labels : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_profile_single_process
    user_rights_profile_single_process : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_remote_desktop_services_log_on
    user_rights_remote_desktop_services_log_on : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_remote_shutdown
    user_rights_remote_shutdown : crate ::beta::DeviceManagementUserRightsSetting;
    with_user_rights_restore_data user_rights_restore_data : crate
    ::beta::DeviceManagementUserRightsSetting; with_user_rights_take_ownership
    user_rights_take_ownership : crate ::beta::DeviceManagementUserRightsSetting;
    with_windows_defender_tamper_protection windows_defender_tamper_protection : crate
    ::beta::WindowsDefenderTamperProtectionOptions;
    with_xbox_services_accessory_management_service_startup_mode
    xbox_services_accessory_management_service_startup_mode : crate
    ::beta::ServiceStartType; with_xbox_services_enable_xbox_game_save_task
    xbox_services_enable_xbox_game_save_task : bool;
    with_xbox_services_live_auth_manager_service_startup_mode
    xbox_services_live_auth_manager_service_startup_mode : crate
    ::beta::ServiceStartType; with_xbox_services_live_game_save_service_startup_mode
    xbox_services_live_game_save_service_startup_mode : crate ::beta::ServiceStartType;
    with_xbox_services_live_networking_service_startup_mode
    xbox_services_live_networking_service_startup_mode : crate ::beta::ServiceStartType;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EndpointProtectionConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows10 Enterprise Modern App Management Configuration.
///
/// CSDL: `microsoft.graph.windows10EnterpriseModernAppManagementConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10EnterpriseModernAppManagementConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10EnterpriseModernAppManagementConfiguration {
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
    /// Indicates whether or not to uninstall a fixed list of built-in Windows apps.
    ///
    /// CSDL: property `uninstallBuiltInApps`: `Edm.Boolean`, not nullable.
    pub uninstall_built_in_apps: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10EnterpriseModernAppManagementConfiguration {
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
            uninstall_built_in_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10EnterpriseModernAppManagementConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration";
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
        "uninstallBuiltInApps",
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
        ",\"uninstallBuiltInApps\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10EnterpriseModernAppManagementConfiguration\"";
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
        v.field(18usize, "uninstall_built_in_apps", &self.uninstall_built_in_apps);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10EnterpriseModernAppManagementConfiguration {
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
            18usize => self.uninstall_built_in_apps.read_from(r),
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
        w.field(18usize, &self.uninstall_built_in_apps);
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
rt::impl_object!(Windows10EnterpriseModernAppManagementConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10EnterpriseModernAppManagementConfiguration { with_id id :
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
    with_uninstall_built_in_apps uninstall_built_in_apps : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EnterpriseModernAppManagementConfiguration);
