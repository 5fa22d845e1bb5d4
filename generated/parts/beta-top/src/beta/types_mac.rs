//! Types of `microsoft.graph` by the first letters of their names (`mac`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Mac OS certificate profile.
///
/// CSDL: `microsoft.graph.macOSCertificateProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyMacOsCertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsCertificateProfileBase {
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
    /// Certificate renewal threshold percentage.
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
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.appleSubjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::AppleSubjectNameFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsCertificateProfileBase {
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
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsCertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSCertificateProfileBase";
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
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSCertificateProfileBase\"";
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
        v.field(
            20usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            21usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(22usize, "subject_name_format", &self.subject_name_format);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsCertificateProfileBase {
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
            20usize => self.renewal_threshold_percentage.read_from(r),
            21usize => self.subject_alternative_name_type.read_from(r),
            22usize => self.subject_name_format.read_from(r),
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
        w.field(20usize, &self.renewal_threshold_percentage);
        w.field(21usize, &self.subject_alternative_name_type);
        w.field(22usize, &self.subject_name_format);
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
rt::impl_object!(MacOsCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsCertificateProfileBase { with_id id : ::std::string::String;
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
    certificate_validity_period_value : i32; with_renewal_threshold_percentage
    renewal_threshold_percentage : i32; with_subject_alternative_name_type
    subject_alternative_name_type : rt::Flags < crate ::beta::SubjectAlternativeNameType
    >; with_subject_name_format subject_name_format : crate
    ::beta::AppleSubjectNameFormat; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.macOSCertificateProfileBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMacOsCertificateProfileBase {
    MacOsCertificateProfileBase(
        ::std::boxed::Box<crate::beta::MacOsCertificateProfileBase>,
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
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyMacOsCertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::MacOsCertificateProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCertificateProfileBase>
for AnyMacOsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::MacOsCertificateProfileBase) -> Self {
        Self::MacOsCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsImportedPfxCertificateProfile>
for AnyMacOsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::MacOsImportedPfxCertificateProfile) -> Self {
        Self::MacOsImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsPkcsCertificateProfile>
for AnyMacOsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::MacOsPkcsCertificateProfile) -> Self {
        Self::MacOsPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsScepCertificateProfile>
for AnyMacOsCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::MacOsScepCertificateProfile) -> Self {
        Self::MacOsScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyMacOsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMacOsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyMacOsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMacOsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMacOsCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MacOsCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::MacOsImportedPfxCertificateProfile>();
    rt::object::auto_traits::<crate::beta::MacOsPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::MacOsScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyMacOsCertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.macOSCertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.macOSImportedPFXCertificateProfile",
            ) => Self::MacOsImportedPfxCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSPkcsCertificateProfile",
            ) => Self::MacOsPkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSScepCertificateProfile",
            ) => Self::MacOsScepCertificateProfile(rt::object::new_boxed()),
            _ => Self::MacOsCertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MacOsCertificateProfileBase(v) => &**v,
            Self::MacOsImportedPfxCertificateProfile(v) => &**v,
            Self::MacOsPkcsCertificateProfile(v) => &**v,
            Self::MacOsScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut **v,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut **v,
            Self::MacOsPkcsCertificateProfile(v) => &mut **v,
            Self::MacOsScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyMacOsCertificateProfileBase {
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
            Self::MacOsCertificateProfileBase(v) => &v.id,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.id,
            Self::MacOsPkcsCertificateProfile(v) => &v.id,
            Self::MacOsScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.id,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.id,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.id,
            Self::MacOsScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.created_date_time,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::MacOsPkcsCertificateProfile(v) => &v.created_date_time,
            Self::MacOsScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.created_date_time,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.created_date_time,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::MacOsScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.description,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.description,
            Self::MacOsPkcsCertificateProfile(v) => &v.description,
            Self::MacOsScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.description,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.description,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.description,
            Self::MacOsScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::MacOsCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::MacOsCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::MacOsCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::MacOsCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::MacOsCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::MacOsCertificateProfileBase(v) => {
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
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.display_name,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.display_name,
            Self::MacOsPkcsCertificateProfile(v) => &v.display_name,
            Self::MacOsScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.display_name,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.display_name,
            Self::MacOsScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.last_modified_date_time,
            Self::MacOsPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::MacOsScepCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::MacOsScepCertificateProfile(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::MacOsPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::MacOsScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::MacOsScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.supports_scope_tags,
            Self::MacOsPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::MacOsScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::MacOsScepCertificateProfile(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.version,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.version,
            Self::MacOsPkcsCertificateProfile(v) => &v.version,
            Self::MacOsScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.version,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.version,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.version,
            Self::MacOsScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.assignments,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.assignments,
            Self::MacOsPkcsCertificateProfile(v) => &v.assignments,
            Self::MacOsScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.assignments,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.assignments,
            Self::MacOsScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::MacOsPkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::MacOsScepCertificateProfile(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.device_setting_state_summaries,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsPkcsCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::MacOsScepCertificateProfile(v) => &mut v.device_setting_state_summaries,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.device_statuses,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::MacOsPkcsCertificateProfile(v) => &v.device_statuses,
            Self::MacOsScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.device_statuses,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.device_statuses,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::MacOsScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.device_status_overview,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.device_status_overview,
            Self::MacOsPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::MacOsScepCertificateProfile(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.device_status_overview,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::MacOsScepCertificateProfile(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.group_assignments,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::MacOsPkcsCertificateProfile(v) => &v.group_assignments,
            Self::MacOsScepCertificateProfile(v) => &v.group_assignments,
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
            Self::MacOsCertificateProfileBase(v) => &mut v.group_assignments,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.group_assignments,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::MacOsScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.user_statuses,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::MacOsPkcsCertificateProfile(v) => &v.user_statuses,
            Self::MacOsScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.user_statuses,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::MacOsScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.user_status_overview,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.user_status_overview,
            Self::MacOsPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::MacOsScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.user_status_overview,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::MacOsScepCertificateProfile(v) => &mut v.user_status_overview,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale(
        &self,
    ) -> &rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.certificate_validity_period_scale,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::MacOsPkcsCertificateProfile(v) => &v.certificate_validity_period_scale,
            Self::MacOsScepCertificateProfile(v) => &v.certificate_validity_period_scale,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::MacOsCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::MacOsPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::MacOsScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.certificate_validity_period_value,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::MacOsPkcsCertificateProfile(v) => &v.certificate_validity_period_value,
            Self::MacOsScepCertificateProfile(v) => &v.certificate_validity_period_value,
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MacOsCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::MacOsPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::MacOsScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.renewal_threshold_percentage,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
            Self::MacOsPkcsCertificateProfile(v) => &v.renewal_threshold_percentage,
            Self::MacOsScepCertificateProfile(v) => &v.renewal_threshold_percentage,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.renewal_threshold_percentage,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::MacOsPkcsCertificateProfile(v) => &mut v.renewal_threshold_percentage,
            Self::MacOsScepCertificateProfile(v) => &mut v.renewal_threshold_percentage,
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.subject_alternative_name_type,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
            Self::MacOsPkcsCertificateProfile(v) => &v.subject_alternative_name_type,
            Self::MacOsScepCertificateProfile(v) => &v.subject_alternative_name_type,
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.subject_alternative_name_type,
            Self::MacOsImportedPfxCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::MacOsPkcsCertificateProfile(v) => &mut v.subject_alternative_name_type,
            Self::MacOsScepCertificateProfile(v) => &mut v.subject_alternative_name_type,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(
        &self,
    ) -> &rt::Field<crate::beta::AppleSubjectNameFormat> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &v.subject_name_format,
            Self::MacOsImportedPfxCertificateProfile(v) => &v.subject_name_format,
            Self::MacOsPkcsCertificateProfile(v) => &v.subject_name_format,
            Self::MacOsScepCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AppleSubjectNameFormat> {
        match self {
            Self::MacOsCertificateProfileBase(v) => &mut v.subject_name_format,
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.subject_name_format,
            Self::MacOsPkcsCertificateProfile(v) => &mut v.subject_name_format,
            Self::MacOsScepCertificateProfile(v) => &mut v.subject_name_format,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyMacOsCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMacOsCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the macOSCustomAppConfiguration resource.
///
/// CSDL: `microsoft.graph.macOSCustomAppConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsCustomAppConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsCustomAppConfiguration {
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
    /// Bundle id for targeting.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Configuration xml. (UTF8 encoded byte array)
    ///
    /// CSDL: property `configurationXml`: `Edm.Binary`, not nullable.
    pub configuration_xml: rt::Field<rt::edm::Binary>,
    /// Configuration file name (*.plist | *.xml).
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsCustomAppConfiguration {
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
            bundle_id: rt::Field::Absent,
            configuration_xml: rt::Field::Absent,
            file_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsCustomAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSCustomAppConfiguration";
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
        "bundleId",
        "configurationXml",
        "fileName",
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
        ",\"bundleId\":                     ",
        ",\"configurationXml\":             ",
        ",\"fileName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSCustomAppConfiguration\"";
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
        v.field(18usize, "bundle_id", &self.bundle_id);
        v.field(19usize, "configuration_xml", &self.configuration_xml);
        v.field(20usize, "file_name", &self.file_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsCustomAppConfiguration {
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
            18usize => self.bundle_id.read_from(r),
            19usize => self.configuration_xml.read_from(r),
            20usize => self.file_name.read_from(r),
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
        w.field(18usize, &self.bundle_id);
        w.field(19usize, &self.configuration_xml);
        w.field(20usize, &self.file_name);
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
rt::impl_object!(MacOsCustomAppConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsCustomAppConfiguration { with_id id : ::std::string::String;
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview; with_bundle_id
    bundle_id : ::std::string::String; with_configuration_xml configuration_xml :
    rt::edm::Binary; with_file_name file_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsCustomAppConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the macOSCustomConfiguration resource.
///
/// CSDL: `microsoft.graph.macOSCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsCustomConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsCustomConfiguration {
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
    /// Payload. (UTF8 encoded byte array)
    ///
    /// CSDL: property `payload`: `Edm.Binary`, not nullable.
    pub payload: rt::Field<rt::edm::Binary>,
    /// Payload file name (*.mobileconfig | *.xml).
    ///
    /// CSDL: property `payloadFileName`: `Edm.String`, nullable.
    pub payload_file_name: rt::Field<::std::string::String>,
    /// Name that is displayed to the user.
    ///
    /// CSDL: property `payloadName`: `Edm.String`, not nullable.
    pub payload_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsCustomConfiguration {
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
            payload_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSCustomConfiguration";
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
        "payloadName",
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
        ",\"payloadName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSCustomConfiguration\"";
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
        v.field(20usize, "payload_name", &self.payload_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsCustomConfiguration {
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
            20usize => self.payload_name.read_from(r),
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
        w.field(20usize, &self.payload_name);
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
rt::impl_object!(MacOsCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsCustomConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview; with_payload
    payload : rt::edm::Binary; with_payload_file_name payload_file_name :
    ::std::string::String; with_payload_name payload_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS device features configuration profile.
///
/// CSDL: `microsoft.graph.macOSDeviceFeaturesConfiguration`, entity type, derived from `microsoft.graph.appleDeviceFeaturesConfigurationBase`, key `id`.
///
/// Request builders: [`MacOsDeviceFeaturesConfigurationPath`](requests/trait.MacOsDeviceFeaturesConfigurationPath.html), what a path to one (`EntityPath<MacOsDeviceFeaturesConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsDeviceFeaturesConfiguration {
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
    /// An array of AirPrint printers that should always be shown. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `airPrintDestinations`: `Collection(microsoft.graph.airPrintDestination)`, nullable.
    pub air_print_destinations: rt::Field<
        ::std::vec::Vec<crate::beta::AirPrintDestination>,
    >,
    /// Whether to show admin host information on the login window.
    ///
    /// CSDL: property `adminShowHostInfo`: `Edm.Boolean`, not nullable.
    pub admin_show_host_info: rt::Field<bool>,
    /// Gets or sets a list that maps apps to their associated domains. Application identifiers must be unique. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appAssociatedDomains`: `Collection(microsoft.graph.macOSAssociatedDomainsItem)`, nullable.
    pub app_associated_domains: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsAssociatedDomainsItem>,
    >,
    /// DEPRECATED: use appAssociatedDomains instead. Gets or sets a list that maps apps to their associated domains. The key should match the app's ID, and the value should be a string in the form of "service:domain" where domain is a fully qualified hostname (e.g. webcredentials:example.com). This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `associatedDomains`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub associated_domains: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Whether to show the name and password dialog or a list of users on the login window.
    ///
    /// CSDL: property `authorizedUsersListHidden`: `Edm.Boolean`, not nullable.
    pub authorized_users_list_hidden: rt::Field<bool>,
    /// Whether to hide admin users in the authorized users list on the login window.
    ///
    /// CSDL: property `authorizedUsersListHideAdminUsers`: `Edm.Boolean`, not nullable.
    pub authorized_users_list_hide_admin_users: rt::Field<bool>,
    /// Whether to show only network and system users in the authorized users list on the login window.
    ///
    /// CSDL: property `authorizedUsersListHideLocalUsers`: `Edm.Boolean`, not nullable.
    pub authorized_users_list_hide_local_users: rt::Field<bool>,
    /// Whether to hide mobile users in the authorized users list on the login window.
    ///
    /// CSDL: property `authorizedUsersListHideMobileAccounts`: `Edm.Boolean`, not nullable.
    pub authorized_users_list_hide_mobile_accounts: rt::Field<bool>,
    /// Whether to show network users in the authorized users list on the login window.
    ///
    /// CSDL: property `authorizedUsersListIncludeNetworkUsers`: `Edm.Boolean`, not nullable.
    pub authorized_users_list_include_network_users: rt::Field<bool>,
    /// Whether to show other users in the authorized users list on the login window.
    ///
    /// CSDL: property `authorizedUsersListShowOtherManagedUsers`: `Edm.Boolean`, not nullable.
    pub authorized_users_list_show_other_managed_users: rt::Field<bool>,
    /// List of applications, files, folders, and other items to launch when the user logs in. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `autoLaunchItems`: `Collection(microsoft.graph.macOSLaunchItem)`, nullable.
    pub auto_launch_items: rt::Field<::std::vec::Vec<crate::beta::MacOsLaunchItem>>,
    /// Whether the Other user will disregard use of the `>console> special user name.
    ///
    /// CSDL: property `consoleAccessDisabled`: `Edm.Boolean`, not nullable.
    pub console_access_disabled: rt::Field<bool>,
    /// Prevents content caches from purging content to free up disk space for other apps.
    ///
    /// CSDL: property `contentCachingBlockDeletion`: `Edm.Boolean`, not nullable.
    pub content_caching_block_deletion: rt::Field<bool>,
    /// A list of custom IP ranges content caches will use to listen for clients. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `contentCachingClientListenRanges`: `Collection(microsoft.graph.ipRange)`, nullable.
    pub content_caching_client_listen_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIpRange>,
    >,
    /// Determines the method in which content caching servers will listen for clients.
    ///
    /// CSDL: property `contentCachingClientPolicy`: `microsoft.graph.macOSContentCachingClientPolicy`, not nullable.
    pub content_caching_client_policy: rt::Field<
        crate::beta::MacOsContentCachingClientPolicy,
    >,
    /// The path to the directory used to store cached content. The value must be (or end with) /Library/Application Support/Apple/AssetCache/Data
    ///
    /// CSDL: property `contentCachingDataPath`: `Edm.String`, nullable.
    pub content_caching_data_path: rt::Field<::std::string::String>,
    /// Disables internet connection sharing.
    ///
    /// CSDL: property `contentCachingDisableConnectionSharing`: `Edm.Boolean`, not nullable.
    pub content_caching_disable_connection_sharing: rt::Field<bool>,
    /// Enables content caching and prevents it from being disabled by the user.
    ///
    /// CSDL: property `contentCachingEnabled`: `Edm.Boolean`, not nullable.
    pub content_caching_enabled: rt::Field<bool>,
    /// Forces internet connection sharing. contentCachingDisableConnectionSharing overrides this setting.
    ///
    /// CSDL: property `contentCachingForceConnectionSharing`: `Edm.Boolean`, not nullable.
    pub content_caching_force_connection_sharing: rt::Field<bool>,
    /// Prevent the device from sleeping if content caching is enabled.
    ///
    /// CSDL: property `contentCachingKeepAwake`: `Edm.Boolean`, not nullable.
    pub content_caching_keep_awake: rt::Field<bool>,
    /// Enables logging of IP addresses and ports of clients that request cached content.
    ///
    /// CSDL: property `contentCachingLogClientIdentities`: `Edm.Boolean`, not nullable.
    pub content_caching_log_client_identities: rt::Field<bool>,
    /// The maximum number of bytes of disk space that will be used for the content cache. A value of 0 (default) indicates unlimited disk space.
    ///
    /// CSDL: property `contentCachingMaxSizeBytes`: `Edm.Int32`, nullable.
    pub content_caching_max_size_bytes: rt::Field<i32>,
    /// A list of IP addresses representing parent content caches.
    ///
    /// CSDL: property `contentCachingParents`: `Collection(Edm.String)`, nullable.
    pub content_caching_parents: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Determines the method in which content caching servers will select parents if multiple are present.
    ///
    /// CSDL: property `contentCachingParentSelectionPolicy`: `microsoft.graph.macOSContentCachingParentSelectionPolicy`, not nullable.
    pub content_caching_parent_selection_policy: rt::Field<
        crate::beta::MacOsContentCachingParentSelectionPolicy,
    >,
    /// A list of custom IP ranges content caches will use to query for content from peers caches. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `contentCachingPeerFilterRanges`: `Collection(microsoft.graph.ipRange)`, nullable.
    pub content_caching_peer_filter_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIpRange>,
    >,
    /// A list of custom IP ranges content caches will use to listen for peer caches. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `contentCachingPeerListenRanges`: `Collection(microsoft.graph.ipRange)`, nullable.
    pub content_caching_peer_listen_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIpRange>,
    >,
    /// Determines the method in which content caches peer with other caches.
    ///
    /// CSDL: property `contentCachingPeerPolicy`: `microsoft.graph.macOSContentCachingPeerPolicy`, not nullable.
    pub content_caching_peer_policy: rt::Field<
        crate::beta::MacOsContentCachingPeerPolicy,
    >,
    /// Sets the port used for content caching. If the value is 0, a random available port will be selected. Valid values 0 to 65535
    ///
    /// CSDL: property `contentCachingPort`: `Edm.Int32`, nullable.
    pub content_caching_port: rt::Field<i32>,
    /// A list of custom IP ranges that Apple's content caching service should use to match clients to content caches. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `contentCachingPublicRanges`: `Collection(microsoft.graph.ipRange)`, nullable.
    pub content_caching_public_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIpRange>,
    >,
    /// Display content caching alerts as system notifications.
    ///
    /// CSDL: property `contentCachingShowAlerts`: `Edm.Boolean`, not nullable.
    pub content_caching_show_alerts: rt::Field<bool>,
    /// Determines what type of content is allowed to be cached by Apple's content caching service.
    ///
    /// CSDL: property `contentCachingType`: `microsoft.graph.macOSContentCachingType`, not nullable.
    pub content_caching_type: rt::Field<crate::beta::MacOsContentCachingType>,
    /// Custom text to be displayed on the login window.
    ///
    /// CSDL: property `loginWindowText`: `Edm.String`, nullable.
    pub login_window_text: rt::Field<::std::string::String>,
    /// Whether the Log Out menu item on the login window will be disabled while the user is logged in.
    ///
    /// CSDL: property `logOutDisabledWhileLoggedIn`: `Edm.Boolean`, not nullable.
    pub log_out_disabled_while_logged_in: rt::Field<bool>,
    /// Gets or sets a single sign-on extension profile.
    ///
    /// CSDL: property `macOSSingleSignOnExtension`: `microsoft.graph.macOSSingleSignOnExtension`, nullable.
    pub mac_os_single_sign_on_extension: rt::Field<
        crate::beta::AnyMacOsSingleSignOnExtension,
    >,
    /// Whether the Power Off menu item on the login window will be disabled while the user is logged in.
    ///
    /// CSDL: property `powerOffDisabledWhileLoggedIn`: `Edm.Boolean`, not nullable.
    pub power_off_disabled_while_logged_in: rt::Field<bool>,
    /// Whether to hide the Restart button item on the login window.
    ///
    /// CSDL: property `restartDisabled`: `Edm.Boolean`, not nullable.
    pub restart_disabled: rt::Field<bool>,
    /// Whether the Restart menu item on the login window will be disabled while the user is logged in.
    ///
    /// CSDL: property `restartDisabledWhileLoggedIn`: `Edm.Boolean`, not nullable.
    pub restart_disabled_while_logged_in: rt::Field<bool>,
    /// Whether to disable the immediate screen lock functions.
    ///
    /// CSDL: property `screenLockDisableImmediate`: `Edm.Boolean`, not nullable.
    pub screen_lock_disable_immediate: rt::Field<bool>,
    /// Whether to hide the Shut Down button item on the login window.
    ///
    /// CSDL: property `shutDownDisabled`: `Edm.Boolean`, not nullable.
    pub shut_down_disabled: rt::Field<bool>,
    /// Whether the Shut Down menu item on the login window will be disabled while the user is logged in.
    ///
    /// CSDL: property `shutDownDisabledWhileLoggedIn`: `Edm.Boolean`, not nullable.
    pub shut_down_disabled_while_logged_in: rt::Field<bool>,
    /// Gets or sets a single sign-on extension profile. Deprecated: use MacOSSingleSignOnExtension instead.
    ///
    /// CSDL: property `singleSignOnExtension`: `microsoft.graph.singleSignOnExtension`, nullable.
    pub single_sign_on_extension: rt::Field<crate::beta::AnySingleSignOnExtension>,
    /// Whether to hide the Sleep menu item on the login window.
    ///
    /// CSDL: property `sleepDisabled`: `Edm.Boolean`, not nullable.
    pub sleep_disabled: rt::Field<bool>,
    /// PKINIT Certificate for the authentication with single sign-on extensions.
    ///
    /// CSDL: navigation property `singleSignOnExtensionPkinitCertificate`: `microsoft.graph.macOSCertificateProfileBase`, nullable.
    pub single_sign_on_extension_pkinit_certificate: rt::Field<
        crate::beta::AnyMacOsCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsDeviceFeaturesConfiguration {
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
            air_print_destinations: rt::Field::Absent,
            admin_show_host_info: rt::Field::Absent,
            app_associated_domains: rt::Field::Absent,
            associated_domains: rt::Field::Absent,
            authorized_users_list_hidden: rt::Field::Absent,
            authorized_users_list_hide_admin_users: rt::Field::Absent,
            authorized_users_list_hide_local_users: rt::Field::Absent,
            authorized_users_list_hide_mobile_accounts: rt::Field::Absent,
            authorized_users_list_include_network_users: rt::Field::Absent,
            authorized_users_list_show_other_managed_users: rt::Field::Absent,
            auto_launch_items: rt::Field::Absent,
            console_access_disabled: rt::Field::Absent,
            content_caching_block_deletion: rt::Field::Absent,
            content_caching_client_listen_ranges: rt::Field::Absent,
            content_caching_client_policy: rt::Field::Absent,
            content_caching_data_path: rt::Field::Absent,
            content_caching_disable_connection_sharing: rt::Field::Absent,
            content_caching_enabled: rt::Field::Absent,
            content_caching_force_connection_sharing: rt::Field::Absent,
            content_caching_keep_awake: rt::Field::Absent,
            content_caching_log_client_identities: rt::Field::Absent,
            content_caching_max_size_bytes: rt::Field::Absent,
            content_caching_parents: rt::Field::Absent,
            content_caching_parent_selection_policy: rt::Field::Absent,
            content_caching_peer_filter_ranges: rt::Field::Absent,
            content_caching_peer_listen_ranges: rt::Field::Absent,
            content_caching_peer_policy: rt::Field::Absent,
            content_caching_port: rt::Field::Absent,
            content_caching_public_ranges: rt::Field::Absent,
            content_caching_show_alerts: rt::Field::Absent,
            content_caching_type: rt::Field::Absent,
            login_window_text: rt::Field::Absent,
            log_out_disabled_while_logged_in: rt::Field::Absent,
            mac_os_single_sign_on_extension: rt::Field::Absent,
            power_off_disabled_while_logged_in: rt::Field::Absent,
            restart_disabled: rt::Field::Absent,
            restart_disabled_while_logged_in: rt::Field::Absent,
            screen_lock_disable_immediate: rt::Field::Absent,
            shut_down_disabled: rt::Field::Absent,
            shut_down_disabled_while_logged_in: rt::Field::Absent,
            single_sign_on_extension: rt::Field::Absent,
            sleep_disabled: rt::Field::Absent,
            single_sign_on_extension_pkinit_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsDeviceFeaturesConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
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
        "airPrintDestinations",
        "adminShowHostInfo",
        "appAssociatedDomains",
        "associatedDomains",
        "authorizedUsersListHidden",
        "authorizedUsersListHideAdminUsers",
        "authorizedUsersListHideLocalUsers",
        "authorizedUsersListHideMobileAccounts",
        "authorizedUsersListIncludeNetworkUsers",
        "authorizedUsersListShowOtherManagedUsers",
        "autoLaunchItems",
        "consoleAccessDisabled",
        "contentCachingBlockDeletion",
        "contentCachingClientListenRanges",
        "contentCachingClientPolicy",
        "contentCachingDataPath",
        "contentCachingDisableConnectionSharing",
        "contentCachingEnabled",
        "contentCachingForceConnectionSharing",
        "contentCachingKeepAwake",
        "contentCachingLogClientIdentities",
        "contentCachingMaxSizeBytes",
        "contentCachingParents",
        "contentCachingParentSelectionPolicy",
        "contentCachingPeerFilterRanges",
        "contentCachingPeerListenRanges",
        "contentCachingPeerPolicy",
        "contentCachingPort",
        "contentCachingPublicRanges",
        "contentCachingShowAlerts",
        "contentCachingType",
        "loginWindowText",
        "logOutDisabledWhileLoggedIn",
        "macOSSingleSignOnExtension",
        "powerOffDisabledWhileLoggedIn",
        "restartDisabled",
        "restartDisabledWhileLoggedIn",
        "screenLockDisableImmediate",
        "shutDownDisabled",
        "shutDownDisabledWhileLoggedIn",
        "singleSignOnExtension",
        "sleepDisabled",
        "singleSignOnExtensionPkinitCertificate",
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
        ",\"airPrintDestinations\":         ",
        ",\"adminShowHostInfo\":            ",
        ",\"appAssociatedDomains\":         ",
        ",\"associatedDomains\":            ",
        ",\"authorizedUsersListHidden\":    ",
        ",\"authorizedUsersListHideAdminUsers\":",
        ",\"authorizedUsersListHideLocalUsers\":",
        ",\"authorizedUsersListHideMobileAccounts\":",
        ",\"authorizedUsersListIncludeNetworkUsers\":",
        ",\"authorizedUsersListShowOtherManagedUsers\":",
        ",\"autoLaunchItems\":              ",
        ",\"consoleAccessDisabled\":        ",
        ",\"contentCachingBlockDeletion\":  ",
        ",\"contentCachingClientListenRanges\":",
        ",\"contentCachingClientPolicy\":   ",
        ",\"contentCachingDataPath\":       ",
        ",\"contentCachingDisableConnectionSharing\":",
        ",\"contentCachingEnabled\":        ",
        ",\"contentCachingForceConnectionSharing\":",
        ",\"contentCachingKeepAwake\":      ",
        ",\"contentCachingLogClientIdentities\":",
        ",\"contentCachingMaxSizeBytes\":   ",
        ",\"contentCachingParents\":        ",
        ",\"contentCachingParentSelectionPolicy\":",
        ",\"contentCachingPeerFilterRanges\":",
        ",\"contentCachingPeerListenRanges\":",
        ",\"contentCachingPeerPolicy\":     ",
        ",\"contentCachingPort\":           ",
        ",\"contentCachingPublicRanges\":   ",
        ",\"contentCachingShowAlerts\":     ",
        ",\"contentCachingType\":           ",
        ",\"loginWindowText\":              ",
        ",\"logOutDisabledWhileLoggedIn\":  ",
        ",\"macOSSingleSignOnExtension\":   ",
        ",\"powerOffDisabledWhileLoggedIn\":",
        ",\"restartDisabled\":              ",
        ",\"restartDisabledWhileLoggedIn\": ",
        ",\"screenLockDisableImmediate\":   ",
        ",\"shutDownDisabled\":             ",
        ",\"shutDownDisabledWhileLoggedIn\":",
        ",\"singleSignOnExtension\":        ",
        ",\"sleepDisabled\":                ",
        ",\"singleSignOnExtensionPkinitCertificate\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSDeviceFeaturesConfiguration\"";
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
        v.field(18usize, "air_print_destinations", &self.air_print_destinations);
        v.field(19usize, "admin_show_host_info", &self.admin_show_host_info);
        v.field(20usize, "app_associated_domains", &self.app_associated_domains);
        v.field(21usize, "associated_domains", &self.associated_domains);
        v.field(
            22usize,
            "authorized_users_list_hidden",
            &self.authorized_users_list_hidden,
        );
        v.field(
            23usize,
            "authorized_users_list_hide_admin_users",
            &self.authorized_users_list_hide_admin_users,
        );
        v.field(
            24usize,
            "authorized_users_list_hide_local_users",
            &self.authorized_users_list_hide_local_users,
        );
        v.field(
            25usize,
            "authorized_users_list_hide_mobile_accounts",
            &self.authorized_users_list_hide_mobile_accounts,
        );
        v.field(
            26usize,
            "authorized_users_list_include_network_users",
            &self.authorized_users_list_include_network_users,
        );
        v.field(
            27usize,
            "authorized_users_list_show_other_managed_users",
            &self.authorized_users_list_show_other_managed_users,
        );
        v.field(28usize, "auto_launch_items", &self.auto_launch_items);
        v.field(29usize, "console_access_disabled", &self.console_access_disabled);
        v.field(
            30usize,
            "content_caching_block_deletion",
            &self.content_caching_block_deletion,
        );
        v.field(
            31usize,
            "content_caching_client_listen_ranges",
            &self.content_caching_client_listen_ranges,
        );
        v.field(
            32usize,
            "content_caching_client_policy",
            &self.content_caching_client_policy,
        );
        v.field(33usize, "content_caching_data_path", &self.content_caching_data_path);
        v.field(
            34usize,
            "content_caching_disable_connection_sharing",
            &self.content_caching_disable_connection_sharing,
        );
        v.field(35usize, "content_caching_enabled", &self.content_caching_enabled);
        v.field(
            36usize,
            "content_caching_force_connection_sharing",
            &self.content_caching_force_connection_sharing,
        );
        v.field(37usize, "content_caching_keep_awake", &self.content_caching_keep_awake);
        v.field(
            38usize,
            "content_caching_log_client_identities",
            &self.content_caching_log_client_identities,
        );
        v.field(
            39usize,
            "content_caching_max_size_bytes",
            &self.content_caching_max_size_bytes,
        );
        v.field(40usize, "content_caching_parents", &self.content_caching_parents);
        v.field(
            41usize,
            "content_caching_parent_selection_policy",
            &self.content_caching_parent_selection_policy,
        );
        v.field(
            42usize,
            "content_caching_peer_filter_ranges",
            &self.content_caching_peer_filter_ranges,
        );
        v.field(
            43usize,
            "content_caching_peer_listen_ranges",
            &self.content_caching_peer_listen_ranges,
        );
        v.field(
            44usize,
            "content_caching_peer_policy",
            &self.content_caching_peer_policy,
        );
        v.field(45usize, "content_caching_port", &self.content_caching_port);
        v.field(
            46usize,
            "content_caching_public_ranges",
            &self.content_caching_public_ranges,
        );
        v.field(
            47usize,
            "content_caching_show_alerts",
            &self.content_caching_show_alerts,
        );
        v.field(48usize, "content_caching_type", &self.content_caching_type);
        v.field(49usize, "login_window_text", &self.login_window_text);
        v.field(
            50usize,
            "log_out_disabled_while_logged_in",
            &self.log_out_disabled_while_logged_in,
        );
        v.field(
            51usize,
            "mac_os_single_sign_on_extension",
            &self.mac_os_single_sign_on_extension,
        );
        v.field(
            52usize,
            "power_off_disabled_while_logged_in",
            &self.power_off_disabled_while_logged_in,
        );
        v.field(53usize, "restart_disabled", &self.restart_disabled);
        v.field(
            54usize,
            "restart_disabled_while_logged_in",
            &self.restart_disabled_while_logged_in,
        );
        v.field(
            55usize,
            "screen_lock_disable_immediate",
            &self.screen_lock_disable_immediate,
        );
        v.field(56usize, "shut_down_disabled", &self.shut_down_disabled);
        v.field(
            57usize,
            "shut_down_disabled_while_logged_in",
            &self.shut_down_disabled_while_logged_in,
        );
        v.field(58usize, "single_sign_on_extension", &self.single_sign_on_extension);
        v.field(59usize, "sleep_disabled", &self.sleep_disabled);
        v.field(
            60usize,
            "single_sign_on_extension_pkinit_certificate",
            &self.single_sign_on_extension_pkinit_certificate,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsDeviceFeaturesConfiguration {
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
            18usize => self.air_print_destinations.read_from(r),
            19usize => self.admin_show_host_info.read_from(r),
            20usize => self.app_associated_domains.read_from(r),
            21usize => self.associated_domains.read_from(r),
            22usize => self.authorized_users_list_hidden.read_from(r),
            23usize => self.authorized_users_list_hide_admin_users.read_from(r),
            24usize => self.authorized_users_list_hide_local_users.read_from(r),
            25usize => self.authorized_users_list_hide_mobile_accounts.read_from(r),
            26usize => self.authorized_users_list_include_network_users.read_from(r),
            27usize => self.authorized_users_list_show_other_managed_users.read_from(r),
            28usize => self.auto_launch_items.read_from(r),
            29usize => self.console_access_disabled.read_from(r),
            30usize => self.content_caching_block_deletion.read_from(r),
            31usize => self.content_caching_client_listen_ranges.read_from(r),
            32usize => self.content_caching_client_policy.read_from(r),
            33usize => self.content_caching_data_path.read_from(r),
            34usize => self.content_caching_disable_connection_sharing.read_from(r),
            35usize => self.content_caching_enabled.read_from(r),
            36usize => self.content_caching_force_connection_sharing.read_from(r),
            37usize => self.content_caching_keep_awake.read_from(r),
            38usize => self.content_caching_log_client_identities.read_from(r),
            39usize => self.content_caching_max_size_bytes.read_from(r),
            40usize => self.content_caching_parents.read_from(r),
            41usize => self.content_caching_parent_selection_policy.read_from(r),
            42usize => self.content_caching_peer_filter_ranges.read_from(r),
            43usize => self.content_caching_peer_listen_ranges.read_from(r),
            44usize => self.content_caching_peer_policy.read_from(r),
            45usize => self.content_caching_port.read_from(r),
            46usize => self.content_caching_public_ranges.read_from(r),
            47usize => self.content_caching_show_alerts.read_from(r),
            48usize => self.content_caching_type.read_from(r),
            49usize => self.login_window_text.read_from(r),
            50usize => self.log_out_disabled_while_logged_in.read_from(r),
            51usize => self.mac_os_single_sign_on_extension.read_from(r),
            52usize => self.power_off_disabled_while_logged_in.read_from(r),
            53usize => self.restart_disabled.read_from(r),
            54usize => self.restart_disabled_while_logged_in.read_from(r),
            55usize => self.screen_lock_disable_immediate.read_from(r),
            56usize => self.shut_down_disabled.read_from(r),
            57usize => self.shut_down_disabled_while_logged_in.read_from(r),
            58usize => self.single_sign_on_extension.read_from(r),
            59usize => self.sleep_disabled.read_from(r),
            60usize => self.single_sign_on_extension_pkinit_certificate.read_from(r),
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
        w.field(18usize, &self.air_print_destinations);
        w.field(19usize, &self.admin_show_host_info);
        w.field(20usize, &self.app_associated_domains);
        w.field(21usize, &self.associated_domains);
        w.field(22usize, &self.authorized_users_list_hidden);
        w.field(23usize, &self.authorized_users_list_hide_admin_users);
        w.field(24usize, &self.authorized_users_list_hide_local_users);
        w.field(25usize, &self.authorized_users_list_hide_mobile_accounts);
        w.field(26usize, &self.authorized_users_list_include_network_users);
        w.field(27usize, &self.authorized_users_list_show_other_managed_users);
        w.field(28usize, &self.auto_launch_items);
        w.field(29usize, &self.console_access_disabled);
        w.field(30usize, &self.content_caching_block_deletion);
        w.field(31usize, &self.content_caching_client_listen_ranges);
        w.field(32usize, &self.content_caching_client_policy);
        w.field(33usize, &self.content_caching_data_path);
        w.field(34usize, &self.content_caching_disable_connection_sharing);
        w.field(35usize, &self.content_caching_enabled);
        w.field(36usize, &self.content_caching_force_connection_sharing);
        w.field(37usize, &self.content_caching_keep_awake);
        w.field(38usize, &self.content_caching_log_client_identities);
        w.field(39usize, &self.content_caching_max_size_bytes);
        w.field(40usize, &self.content_caching_parents);
        w.field(41usize, &self.content_caching_parent_selection_policy);
        w.field(42usize, &self.content_caching_peer_filter_ranges);
        w.field(43usize, &self.content_caching_peer_listen_ranges);
        w.field(44usize, &self.content_caching_peer_policy);
        w.field(45usize, &self.content_caching_port);
        w.field(46usize, &self.content_caching_public_ranges);
        w.field(47usize, &self.content_caching_show_alerts);
        w.field(48usize, &self.content_caching_type);
        w.field(49usize, &self.login_window_text);
        w.field(50usize, &self.log_out_disabled_while_logged_in);
        w.field(51usize, &self.mac_os_single_sign_on_extension);
        w.field(52usize, &self.power_off_disabled_while_logged_in);
        w.field(53usize, &self.restart_disabled);
        w.field(54usize, &self.restart_disabled_while_logged_in);
        w.field(55usize, &self.screen_lock_disable_immediate);
        w.field(56usize, &self.shut_down_disabled);
        w.field(57usize, &self.shut_down_disabled_while_logged_in);
        w.field(58usize, &self.single_sign_on_extension);
        w.field(59usize, &self.sleep_disabled);
        w.field(60usize, &self.single_sign_on_extension_pkinit_certificate);
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
rt::impl_object!(MacOsDeviceFeaturesConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsDeviceFeaturesConfiguration { with_id id : ::std::string::String;
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
    with_air_print_destinations air_print_destinations : ::std::vec::Vec < crate
    ::beta::AirPrintDestination >; with_admin_show_host_info admin_show_host_info : bool;
    with_app_associated_domains app_associated_domains : ::std::vec::Vec < crate
    ::beta::MacOsAssociatedDomainsItem >; with_associated_domains associated_domains :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_authorized_users_list_hidden
    authorized_users_list_hidden : bool; with_authorized_users_list_hide_admin_users
    authorized_users_list_hide_admin_users : bool;
    with_authorized_users_list_hide_local_users authorized_users_list_hide_local_users :
    bool; with_authorized_users_list_hide_mobile_accounts
    authorized_users_list_hide_mobile_accounts : bool;
    with_authorized_users_list_include_network_users
    authorized_users_list_include_network_users : bool;
    with_authorized_users_list_show_other_managed_users
    authorized_users_list_show_other_managed_users : bool; with_auto_launch_items
    auto_launch_items : ::std::vec::Vec < crate ::beta::MacOsLaunchItem >;
    with_console_access_disabled console_access_disabled : bool;
    with_content_caching_block_deletion content_caching_block_deletion : bool;
    with_content_caching_client_listen_ranges content_caching_client_listen_ranges :
    ::std::vec::Vec < crate ::beta::AnyIpRange >; with_content_caching_client_policy
    content_caching_client_policy : crate ::beta::MacOsContentCachingClientPolicy;
    with_content_caching_data_path content_caching_data_path : ::std::string::String;
    with_content_caching_disable_connection_sharing
    content_caching_disable_connection_sharing : bool; with_content_caching_enabled
    content_caching_enabled : bool; with_content_caching_force_connection_sharing
    content_caching_force_connection_sharing : bool; with_content_caching_keep_awake
    content_caching_keep_awake : bool; with_content_caching_log_client_identities
    content_caching_log_client_identities : bool; with_content_caching_max_size_bytes
    content_caching_max_size_bytes : i32; with_content_caching_parents
    content_caching_parents : ::std::vec::Vec < ::std::string::String >;
    with_content_caching_parent_selection_policy content_caching_parent_selection_policy
    : crate ::beta::MacOsContentCachingParentSelectionPolicy;
    with_content_caching_peer_filter_ranges content_caching_peer_filter_ranges :
    ::std::vec::Vec < crate ::beta::AnyIpRange >; with_content_caching_peer_listen_ranges
    content_caching_peer_listen_ranges : ::std::vec::Vec < crate ::beta::AnyIpRange >;
    with_content_caching_peer_policy content_caching_peer_policy : crate
    ::beta::MacOsContentCachingPeerPolicy; with_content_caching_port content_caching_port
    : i32; with_content_caching_public_ranges content_caching_public_ranges :
    ::std::vec::Vec < crate ::beta::AnyIpRange >; with_content_caching_show_alerts
    content_caching_show_alerts : bool; with_content_caching_type content_caching_type :
    crate ::beta::MacOsContentCachingType; with_login_window_text login_window_text :
    ::std::string::String; with_log_out_disabled_while_logged_in
    log_out_disabled_while_logged_in : bool; with_mac_os_single_sign_on_extension
    mac_os_single_sign_on_extension : crate ::beta::AnyMacOsSingleSignOnExtension;
    with_power_off_disabled_while_logged_in power_off_disabled_while_logged_in : bool;
    with_restart_disabled restart_disabled : bool; with_restart_disabled_while_logged_in
    restart_disabled_while_logged_in : bool; with_screen_lock_disable_immediate
    screen_lock_disable_immediate : bool; with_shut_down_disabled shut_down_disabled :
    bool; with_shut_down_disabled_while_logged_in shut_down_disabled_while_logged_in :
    bool; with_single_sign_on_extension single_sign_on_extension : crate
    ::beta::AnySingleSignOnExtension; with_sleep_disabled sleep_disabled : bool;
    with_single_sign_on_extension_pkinit_certificate
    single_sign_on_extension_pkinit_certificate : crate
    ::beta::AnyMacOsCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsDeviceFeaturesConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS endpoint protection configuration profile.
///
/// CSDL: `microsoft.graph.macOSEndpointProtectionConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsEndpointProtectionConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsEndpointProtectionConfiguration {
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
    /// Determines whether or not to enable automatic file sample submission for Microsoft Defender Advanced Threat Protection on macOS.
    ///
    /// CSDL: property `advancedThreatProtectionAutomaticSampleSubmission`: `microsoft.graph.enablement`, not nullable.
    pub advanced_threat_protection_automatic_sample_submission: rt::Field<
        crate::beta::Enablement,
    >,
    /// Determines whether or not to enable cloud-delivered protection for Microsoft Defender Advanced Threat Protection on macOS.
    ///
    /// CSDL: property `advancedThreatProtectionCloudDelivered`: `microsoft.graph.enablement`, not nullable.
    pub advanced_threat_protection_cloud_delivered: rt::Field<crate::beta::Enablement>,
    /// Determines whether or not to enable diagnostic and usage data collection for Microsoft Defender Advanced Threat Protection on macOS.
    ///
    /// CSDL: property `advancedThreatProtectionDiagnosticDataCollection`: `microsoft.graph.enablement`, not nullable.
    pub advanced_threat_protection_diagnostic_data_collection: rt::Field<
        crate::beta::Enablement,
    >,
    /// A list of file extensions to exclude from antivirus scanning for Microsoft Defender Advanced Threat Protection on macOS.
    ///
    /// CSDL: property `advancedThreatProtectionExcludedExtensions`: `Collection(Edm.String)`, nullable.
    pub advanced_threat_protection_excluded_extensions: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// A list of paths to files to exclude from antivirus scanning for Microsoft Defender Advanced Threat Protection on macOS.
    ///
    /// CSDL: property `advancedThreatProtectionExcludedFiles`: `Collection(Edm.String)`, nullable.
    pub advanced_threat_protection_excluded_files: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// A list of paths to folders to exclude from antivirus scanning for Microsoft Defender Advanced Threat Protection on macOS.
    ///
    /// CSDL: property `advancedThreatProtectionExcludedFolders`: `Collection(Edm.String)`, nullable.
    pub advanced_threat_protection_excluded_folders: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// A list of process names to exclude from antivirus scanning for Microsoft Defender Advanced Threat Protection on macOS.
    ///
    /// CSDL: property `advancedThreatProtectionExcludedProcesses`: `Collection(Edm.String)`, nullable.
    pub advanced_threat_protection_excluded_processes: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Determines whether or not to enable real-time protection for Microsoft Defender Advanced Threat Protection on macOS.
    ///
    /// CSDL: property `advancedThreatProtectionRealTime`: `microsoft.graph.enablement`, not nullable.
    pub advanced_threat_protection_real_time: rt::Field<crate::beta::Enablement>,
    /// Optional. If set to true, the user can defer the enabling of FileVault until they sign out.
    ///
    /// CSDL: property `fileVaultAllowDeferralUntilSignOut`: `Edm.Boolean`, not nullable.
    pub file_vault_allow_deferral_until_sign_out: rt::Field<bool>,
    /// Optional. When using the Defer option, if set to true, the user is not prompted to enable FileVault at sign-out.
    ///
    /// CSDL: property `fileVaultDisablePromptAtSignOut`: `Edm.Boolean`, not nullable.
    pub file_vault_disable_prompt_at_sign_out: rt::Field<bool>,
    /// Whether FileVault should be enabled or not.
    ///
    /// CSDL: property `fileVaultEnabled`: `Edm.Boolean`, not nullable.
    pub file_vault_enabled: rt::Field<bool>,
    /// Optional. A hidden personal recovery key does not appear on the user's screen during FileVault encryption, reducing the risk of it ending up in the wrong hands.
    ///
    /// CSDL: property `fileVaultHidePersonalRecoveryKey`: `Edm.Boolean`, not nullable.
    pub file_vault_hide_personal_recovery_key: rt::Field<bool>,
    /// Required if selected recovery key type(s) include InstitutionalRecoveryKey. The DER Encoded certificate file used to set an institutional recovery key.
    ///
    /// CSDL: property `fileVaultInstitutionalRecoveryKeyCertificate`: `Edm.Binary`, nullable.
    pub file_vault_institutional_recovery_key_certificate: rt::Field<rt::edm::Binary>,
    /// File name of the institutional recovery key certificate to display in UI. (*.der).
    ///
    /// CSDL: property `fileVaultInstitutionalRecoveryKeyCertificateFileName`: `Edm.String`, nullable.
    pub file_vault_institutional_recovery_key_certificate_file_name: rt::Field<
        ::std::string::String,
    >,
    /// Optional. When using the Defer option, this is the maximum number of times the user can ignore prompts to enable FileVault before FileVault will be required for the user to sign in. If set to -1, it will always prompt to enable FileVault until FileVault is enabled, though it will allow the user to bypass enabling FileVault. Setting this to 0 will disable the feature.
    ///
    /// CSDL: property `fileVaultNumberOfTimesUserCanIgnore`: `Edm.Int32`, nullable.
    pub file_vault_number_of_times_user_can_ignore: rt::Field<i32>,
    /// Required if selected recovery key type(s) include PersonalRecoveryKey. A short message displayed to the user that explains how they can retrieve their personal recovery key.
    ///
    /// CSDL: property `fileVaultPersonalRecoveryKeyHelpMessage`: `Edm.String`, nullable.
    pub file_vault_personal_recovery_key_help_message: rt::Field<::std::string::String>,
    /// Optional. If selected recovery key type(s) include PersonalRecoveryKey, the frequency to rotate that key, in months.
    ///
    /// CSDL: property `fileVaultPersonalRecoveryKeyRotationInMonths`: `Edm.Int32`, nullable.
    pub file_vault_personal_recovery_key_rotation_in_months: rt::Field<i32>,
    /// Required if FileVault is enabled, determines the type(s) of recovery key to use.
    ///
    /// CSDL: property `fileVaultSelectedRecoveryKeyTypes`: `microsoft.graph.macOSFileVaultRecoveryKeyTypes`, not nullable.
    pub file_vault_selected_recovery_key_types: rt::Field<
        rt::Flags<crate::beta::MacOsFileVaultRecoveryKeyTypes>,
    >,
    /// List of applications with firewall settings. Firewall settings for applications not on this list are determined by the user. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `firewallApplications`: `Collection(microsoft.graph.macOSFirewallApplication)`, nullable.
    pub firewall_applications: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsFirewallApplication>,
    >,
    /// Corresponds to the “Block all incoming connections” option.
    ///
    /// CSDL: property `firewallBlockAllIncoming`: `Edm.Boolean`, not nullable.
    pub firewall_block_all_incoming: rt::Field<bool>,
    /// Whether the firewall should be enabled or not.
    ///
    /// CSDL: property `firewallEnabled`: `Edm.Boolean`, not nullable.
    pub firewall_enabled: rt::Field<bool>,
    /// Corresponds to “Enable stealth mode.”
    ///
    /// CSDL: property `firewallEnableStealthMode`: `Edm.Boolean`, not nullable.
    pub firewall_enable_stealth_mode: rt::Field<bool>,
    /// System and Privacy setting that determines which download locations apps can be run from on a macOS device.
    ///
    /// CSDL: property `gatekeeperAllowedAppSource`: `microsoft.graph.macOSGatekeeperAppSources`, not nullable.
    pub gatekeeper_allowed_app_source: rt::Field<crate::beta::MacOsGatekeeperAppSources>,
    /// If set to true, the user override for Gatekeeper will be disabled.
    ///
    /// CSDL: property `gatekeeperBlockOverride`: `Edm.Boolean`, not nullable.
    pub gatekeeper_block_override: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsEndpointProtectionConfiguration {
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
            advanced_threat_protection_automatic_sample_submission: rt::Field::Absent,
            advanced_threat_protection_cloud_delivered: rt::Field::Absent,
            advanced_threat_protection_diagnostic_data_collection: rt::Field::Absent,
            advanced_threat_protection_excluded_extensions: rt::Field::Absent,
            advanced_threat_protection_excluded_files: rt::Field::Absent,
            advanced_threat_protection_excluded_folders: rt::Field::Absent,
            advanced_threat_protection_excluded_processes: rt::Field::Absent,
            advanced_threat_protection_real_time: rt::Field::Absent,
            file_vault_allow_deferral_until_sign_out: rt::Field::Absent,
            file_vault_disable_prompt_at_sign_out: rt::Field::Absent,
            file_vault_enabled: rt::Field::Absent,
            file_vault_hide_personal_recovery_key: rt::Field::Absent,
            file_vault_institutional_recovery_key_certificate: rt::Field::Absent,
            file_vault_institutional_recovery_key_certificate_file_name: rt::Field::Absent,
            file_vault_number_of_times_user_can_ignore: rt::Field::Absent,
            file_vault_personal_recovery_key_help_message: rt::Field::Absent,
            file_vault_personal_recovery_key_rotation_in_months: rt::Field::Absent,
            file_vault_selected_recovery_key_types: rt::Field::Absent,
            firewall_applications: rt::Field::Absent,
            firewall_block_all_incoming: rt::Field::Absent,
            firewall_enabled: rt::Field::Absent,
            firewall_enable_stealth_mode: rt::Field::Absent,
            gatekeeper_allowed_app_source: rt::Field::Absent,
            gatekeeper_block_override: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsEndpointProtectionConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSEndpointProtectionConfiguration";
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
        "advancedThreatProtectionAutomaticSampleSubmission",
        "advancedThreatProtectionCloudDelivered",
        "advancedThreatProtectionDiagnosticDataCollection",
        "advancedThreatProtectionExcludedExtensions",
        "advancedThreatProtectionExcludedFiles",
        "advancedThreatProtectionExcludedFolders",
        "advancedThreatProtectionExcludedProcesses",
        "advancedThreatProtectionRealTime",
        "fileVaultAllowDeferralUntilSignOut",
        "fileVaultDisablePromptAtSignOut",
        "fileVaultEnabled",
        "fileVaultHidePersonalRecoveryKey",
        "fileVaultInstitutionalRecoveryKeyCertificate",
        "fileVaultInstitutionalRecoveryKeyCertificateFileName",
        "fileVaultNumberOfTimesUserCanIgnore",
        "fileVaultPersonalRecoveryKeyHelpMessage",
        "fileVaultPersonalRecoveryKeyRotationInMonths",
        "fileVaultSelectedRecoveryKeyTypes",
        "firewallApplications",
        "firewallBlockAllIncoming",
        "firewallEnabled",
        "firewallEnableStealthMode",
        "gatekeeperAllowedAppSource",
        "gatekeeperBlockOverride",
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
        ",\"advancedThreatProtectionAutomaticSampleSubmission\":",
        ",\"advancedThreatProtectionCloudDelivered\":",
        ",\"advancedThreatProtectionDiagnosticDataCollection\":",
        ",\"advancedThreatProtectionExcludedExtensions\":",
        ",\"advancedThreatProtectionExcludedFiles\":",
        ",\"advancedThreatProtectionExcludedFolders\":",
        ",\"advancedThreatProtectionExcludedProcesses\":",
        ",\"advancedThreatProtectionRealTime\":",
        ",\"fileVaultAllowDeferralUntilSignOut\":",
        ",\"fileVaultDisablePromptAtSignOut\":",
        ",\"fileVaultEnabled\":             ",
        ",\"fileVaultHidePersonalRecoveryKey\":",
        ",\"fileVaultInstitutionalRecoveryKeyCertificate\":",
        ",\"fileVaultInstitutionalRecoveryKeyCertificateFileName\":",
        ",\"fileVaultNumberOfTimesUserCanIgnore\":",
        ",\"fileVaultPersonalRecoveryKeyHelpMessage\":",
        ",\"fileVaultPersonalRecoveryKeyRotationInMonths\":",
        ",\"fileVaultSelectedRecoveryKeyTypes\":",
        ",\"firewallApplications\":         ",
        ",\"firewallBlockAllIncoming\":     ",
        ",\"firewallEnabled\":              ",
        ",\"firewallEnableStealthMode\":    ",
        ",\"gatekeeperAllowedAppSource\":   ",
        ",\"gatekeeperBlockOverride\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSEndpointProtectionConfiguration\"";
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
            "advanced_threat_protection_automatic_sample_submission",
            &self.advanced_threat_protection_automatic_sample_submission,
        );
        v.field(
            19usize,
            "advanced_threat_protection_cloud_delivered",
            &self.advanced_threat_protection_cloud_delivered,
        );
        v.field(
            20usize,
            "advanced_threat_protection_diagnostic_data_collection",
            &self.advanced_threat_protection_diagnostic_data_collection,
        );
        v.field(
            21usize,
            "advanced_threat_protection_excluded_extensions",
            &self.advanced_threat_protection_excluded_extensions,
        );
        v.field(
            22usize,
            "advanced_threat_protection_excluded_files",
            &self.advanced_threat_protection_excluded_files,
        );
        v.field(
            23usize,
            "advanced_threat_protection_excluded_folders",
            &self.advanced_threat_protection_excluded_folders,
        );
        v.field(
            24usize,
            "advanced_threat_protection_excluded_processes",
            &self.advanced_threat_protection_excluded_processes,
        );
        v.field(
            25usize,
            "advanced_threat_protection_real_time",
            &self.advanced_threat_protection_real_time,
        );
        v.field(
            26usize,
            "file_vault_allow_deferral_until_sign_out",
            &self.file_vault_allow_deferral_until_sign_out,
        );
        v.field(
            27usize,
            "file_vault_disable_prompt_at_sign_out",
            &self.file_vault_disable_prompt_at_sign_out,
        );
        v.field(28usize, "file_vault_enabled", &self.file_vault_enabled);
        v.field(
            29usize,
            "file_vault_hide_personal_recovery_key",
            &self.file_vault_hide_personal_recovery_key,
        );
        v.field(
            30usize,
            "file_vault_institutional_recovery_key_certificate",
            &self.file_vault_institutional_recovery_key_certificate,
        );
        v.field(
            31usize,
            "file_vault_institutional_recovery_key_certificate_file_name",
            &self.file_vault_institutional_recovery_key_certificate_file_name,
        );
        v.field(
            32usize,
            "file_vault_number_of_times_user_can_ignore",
            &self.file_vault_number_of_times_user_can_ignore,
        );
        v.field(
            33usize,
            "file_vault_personal_recovery_key_help_message",
            &self.file_vault_personal_recovery_key_help_message,
        );
        v.field(
            34usize,
            "file_vault_personal_recovery_key_rotation_in_months",
            &self.file_vault_personal_recovery_key_rotation_in_months,
        );
        v.field(
            35usize,
            "file_vault_selected_recovery_key_types",
            &self.file_vault_selected_recovery_key_types,
        );
        v.field(36usize, "firewall_applications", &self.firewall_applications);
        v.field(
            37usize,
            "firewall_block_all_incoming",
            &self.firewall_block_all_incoming,
        );
        v.field(38usize, "firewall_enabled", &self.firewall_enabled);
        v.field(
            39usize,
            "firewall_enable_stealth_mode",
            &self.firewall_enable_stealth_mode,
        );
        v.field(
            40usize,
            "gatekeeper_allowed_app_source",
            &self.gatekeeper_allowed_app_source,
        );
        v.field(41usize, "gatekeeper_block_override", &self.gatekeeper_block_override);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsEndpointProtectionConfiguration {
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
                self.advanced_threat_protection_automatic_sample_submission.read_from(r)
            }
            19usize => self.advanced_threat_protection_cloud_delivered.read_from(r),
            20usize => {
                self.advanced_threat_protection_diagnostic_data_collection.read_from(r)
            }
            21usize => self.advanced_threat_protection_excluded_extensions.read_from(r),
            22usize => self.advanced_threat_protection_excluded_files.read_from(r),
            23usize => self.advanced_threat_protection_excluded_folders.read_from(r),
            24usize => self.advanced_threat_protection_excluded_processes.read_from(r),
            25usize => self.advanced_threat_protection_real_time.read_from(r),
            26usize => self.file_vault_allow_deferral_until_sign_out.read_from(r),
            27usize => self.file_vault_disable_prompt_at_sign_out.read_from(r),
            28usize => self.file_vault_enabled.read_from(r),
            29usize => self.file_vault_hide_personal_recovery_key.read_from(r),
            30usize => {
                self.file_vault_institutional_recovery_key_certificate.read_from(r)
            }
            31usize => {
                self.file_vault_institutional_recovery_key_certificate_file_name
                    .read_from(r)
            }
            32usize => self.file_vault_number_of_times_user_can_ignore.read_from(r),
            33usize => self.file_vault_personal_recovery_key_help_message.read_from(r),
            34usize => {
                self.file_vault_personal_recovery_key_rotation_in_months.read_from(r)
            }
            35usize => self.file_vault_selected_recovery_key_types.read_from(r),
            36usize => self.firewall_applications.read_from(r),
            37usize => self.firewall_block_all_incoming.read_from(r),
            38usize => self.firewall_enabled.read_from(r),
            39usize => self.firewall_enable_stealth_mode.read_from(r),
            40usize => self.gatekeeper_allowed_app_source.read_from(r),
            41usize => self.gatekeeper_block_override.read_from(r),
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
        w.field(18usize, &self.advanced_threat_protection_automatic_sample_submission);
        w.field(19usize, &self.advanced_threat_protection_cloud_delivered);
        w.field(20usize, &self.advanced_threat_protection_diagnostic_data_collection);
        w.field(21usize, &self.advanced_threat_protection_excluded_extensions);
        w.field(22usize, &self.advanced_threat_protection_excluded_files);
        w.field(23usize, &self.advanced_threat_protection_excluded_folders);
        w.field(24usize, &self.advanced_threat_protection_excluded_processes);
        w.field(25usize, &self.advanced_threat_protection_real_time);
        w.field(26usize, &self.file_vault_allow_deferral_until_sign_out);
        w.field(27usize, &self.file_vault_disable_prompt_at_sign_out);
        w.field(28usize, &self.file_vault_enabled);
        w.field(29usize, &self.file_vault_hide_personal_recovery_key);
        w.field(30usize, &self.file_vault_institutional_recovery_key_certificate);
        w.field(
            31usize,
            &self.file_vault_institutional_recovery_key_certificate_file_name,
        );
        w.field(32usize, &self.file_vault_number_of_times_user_can_ignore);
        w.field(33usize, &self.file_vault_personal_recovery_key_help_message);
        w.field(34usize, &self.file_vault_personal_recovery_key_rotation_in_months);
        w.field(35usize, &self.file_vault_selected_recovery_key_types);
        w.field(36usize, &self.firewall_applications);
        w.field(37usize, &self.firewall_block_all_incoming);
        w.field(38usize, &self.firewall_enabled);
        w.field(39usize, &self.firewall_enable_stealth_mode);
        w.field(40usize, &self.gatekeeper_allowed_app_source);
        w.field(41usize, &self.gatekeeper_block_override);
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
rt::impl_object!(MacOsEndpointProtectionConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsEndpointProtectionConfiguration { with_id id : ::std::string::String;
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
    with_advanced_threat_protection_automatic_sample_submission
    advanced_threat_protection_automatic_sample_submission : crate ::beta::Enablement;
    with_advanced_threat_protection_cloud_delivered
    advanced_threat_protection_cloud_delivered : crate ::beta::Enablement;
    with_advanced_threat_protection_diagnostic_data_collection
    advanced_threat_protection_diagnostic_data_collection : crate ::beta::Enablement;
    with_advanced_threat_protection_excluded_extensions
    advanced_threat_protection_excluded_extensions : ::std::vec::Vec <
    ::std::string::String >; with_advanced_threat_protection_excluded_files
    advanced_threat_protection_excluded_files : ::std::vec::Vec < ::std::string::String
    >; with_advanced_threat_protection_excluded_folders
    advanced_threat_protection_excluded_folders : ::std::vec::Vec < ::std::string::String
    >; with_advanced_threat_protection_excluded_processes
    advanced_threat_protection_excluded_processes : ::std::vec::Vec <
    ::std::string::String >; with_advanced_threat_protection_real_time
    advanced_threat_protection_real_time : crate ::beta::Enablement;
    with_file_vault_allow_deferral_until_sign_out
    file_vault_allow_deferral_until_sign_out : bool;
    with_file_vault_disable_prompt_at_sign_out file_vault_disable_prompt_at_sign_out :
    bool; with_file_vault_enabled file_vault_enabled : bool;
    with_file_vault_hide_personal_recovery_key file_vault_hide_personal_recovery_key :
    bool; with_file_vault_institutional_recovery_key_certificate
    file_vault_institutional_recovery_key_certificate : rt::edm::Binary;
    with_file_vault_institutional_recovery_key_certificate_file_name
    file_vault_institutional_recovery_key_certificate_file_name : ::std::string::String;
    with_file_vault_number_of_times_user_can_ignore
    file_vault_number_of_times_user_can_ignore : i32;
    with_file_vault_personal_recovery_key_help_message
    file_vault_personal_recovery_key_help_message : ::std::string::String;
    with_file_vault_personal_recovery_key_rotation_in_months
    file_vault_personal_recovery_key_rotation_in_months : i32;
    with_file_vault_selected_recovery_key_types file_vault_selected_recovery_key_types :
    rt::Flags < crate ::beta::MacOsFileVaultRecoveryKeyTypes >;
    with_firewall_applications firewall_applications : ::std::vec::Vec < crate
    ::beta::MacOsFirewallApplication >; with_firewall_block_all_incoming
    firewall_block_all_incoming : bool; with_firewall_enabled firewall_enabled : bool;
    with_firewall_enable_stealth_mode firewall_enable_stealth_mode : bool;
    with_gatekeeper_allowed_app_source gatekeeper_allowed_app_source : crate
    ::beta::MacOsGatekeeperAppSources; with_gatekeeper_block_override
    gatekeeper_block_override : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsEndpointProtectionConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS Wi-Fi WPA-Enterprise/WPA2-Enterprise configuration profile.
///
/// CSDL: `microsoft.graph.macOSEnterpriseWiFiConfiguration`, entity type, derived from `microsoft.graph.macOSWiFiConfiguration`, key `id`.
///
/// Request builders: [`MacOsEnterpriseWiFiConfigurationPath`](requests/trait.MacOsEnterpriseWiFiConfigurationPath.html), what a path to one (`EntityPath<MacOsEnterpriseWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsEnterpriseWiFiConfiguration {
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
    /// CSDL: property `connectAutomatically`: `Edm.Boolean`, not nullable.
    pub connect_automatically: rt::Field<bool>,
    /// Connect when the network is not broadcasting its name (SSID). When set to true, this profile forces the device to connect to a network that doesn't broadcast its SSID to all devices.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, not nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Network Name
    ///
    /// CSDL: property `networkName`: `Edm.String`, not nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// URL of the proxy server automatic configuration script when automatic configuration is selected. This URL is typically the location of PAC (Proxy Auto Configuration) file.
    ///
    /// CSDL: property `proxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// IP Address or DNS hostname of the proxy server when manual configuration is selected.
    ///
    /// CSDL: property `proxyManualAddress`: `Edm.String`, nullable.
    pub proxy_manual_address: rt::Field<::std::string::String>,
    /// Port of the proxy server when manual configuration is selected.
    ///
    /// CSDL: property `proxyManualPort`: `Edm.Int32`, nullable.
    pub proxy_manual_port: rt::Field<i32>,
    /// Proxy Type for this Wi-Fi connection
    ///
    /// CSDL: property `proxySettings`: `microsoft.graph.wiFiProxySetting`, not nullable.
    pub proxy_settings: rt::Field<crate::beta::WiFiProxySetting>,
    /// This is the name of the Wi-Fi network that is broadcast to all devices.
    ///
    /// CSDL: property `ssid`: `Edm.String`, not nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Indicates whether Wi-Fi endpoint uses an EAP based security type.
    ///
    /// CSDL: property `wiFiSecurityType`: `microsoft.graph.wiFiSecurityType`, not nullable.
    pub wi_fi_security_type: rt::Field<crate::beta::WiFiSecurityType>,
    /// Authentication Method when EAP Type is configured to PEAP or EAP-TTLS.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.wiFiAuthenticationMethod`, nullable.
    pub authentication_method: rt::Field<crate::beta::WiFiAuthenticationMethod>,
    /// EAP-FAST Configuration Option when EAP-FAST is the selected EAP Type.
    ///
    /// CSDL: property `eapFastConfiguration`: `microsoft.graph.eapFastConfiguration`, nullable.
    pub eap_fast_configuration: rt::Field<crate::beta::EapFastConfiguration>,
    /// Extensible Authentication Protocol (EAP). Indicates the type of EAP protocol set on the Wi-Fi endpoint (router).
    ///
    /// CSDL: property `eapType`: `microsoft.graph.eapType`, not nullable.
    pub eap_type: rt::Field<crate::beta::EapType>,
    /// Non-EAP Method for Authentication (Inner Identity) when EAP Type is EAP-TTLS and Authenticationmethod is Username and Password.
    ///
    /// CSDL: property `innerAuthenticationProtocolForEapTtls`: `microsoft.graph.nonEapAuthenticationMethodForEapTtlsType`, nullable.
    pub inner_authentication_protocol_for_eap_ttls: rt::Field<
        crate::beta::NonEapAuthenticationMethodForEapTtlsType,
    >,
    /// Enable identity privacy (Outer Identity) when EAP Type is configured to EAP-TTLS, EAP-FAST or PEAP. This property masks usernames with the text you enter. For example, if you use 'anonymous', each user that authenticates with this Wi-Fi connection using their real username is displayed as 'anonymous'.
    ///
    /// CSDL: property `outerIdentityPrivacyTemporaryValue`: `Edm.String`, nullable.
    pub outer_identity_privacy_temporary_value: rt::Field<::std::string::String>,
    /// Trusted server certificate names when EAP Type is configured to EAP-TLS/TTLS/FAST or PEAP. This is the common name used in the certificates issued by your trusted certificate authority (CA). If you provide this information, you can bypass the dynamic trust dialog that is displayed on end users devices when they connect to this Wi-Fi network.
    ///
    /// CSDL: property `trustedServerCertificateNames`: `Collection(Edm.String)`, nullable.
    pub trusted_server_certificate_names: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Identity Certificate for client authentication when EAP Type is configured to EAP-TLS, EAP-TTLS (with Certificate Authentication), or PEAP (with Certificate Authentication).
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.macOSCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyMacOsCertificateProfileBase,
    >,
    /// Trusted Root Certificate for Server Validation when EAP Type is configured to EAP-TLS/TTLS/FAST or PEAP.
    ///
    /// CSDL: navigation property `rootCertificateForServerValidation`: `microsoft.graph.macOSTrustedRootCertificate`, nullable.
    pub root_certificate_for_server_validation: rt::Field<
        crate::beta::MacOsTrustedRootCertificate,
    >,
    /// Trusted Root Certificates for Server Validation when EAP Type is configured to EAP-TLS/TTLS/FAST or PEAP. If you provide this value you do not need to provide trustedServerCertificateNames, and vice versa.
    ///
    /// CSDL: containment navigation property `rootCertificatesForServerValidation`: `Collection(microsoft.graph.macOSTrustedRootCertificate)`, not nullable.
    pub root_certificates_for_server_validation: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsTrustedRootCertificate>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsEnterpriseWiFiConfiguration {
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
            proxy_automatic_configuration_url: rt::Field::Absent,
            proxy_manual_address: rt::Field::Absent,
            proxy_manual_port: rt::Field::Absent,
            proxy_settings: rt::Field::Absent,
            ssid: rt::Field::Absent,
            wi_fi_security_type: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            eap_fast_configuration: rt::Field::Absent,
            eap_type: rt::Field::Absent,
            inner_authentication_protocol_for_eap_ttls: rt::Field::Absent,
            outer_identity_privacy_temporary_value: rt::Field::Absent,
            trusted_server_certificate_names: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificate_for_server_validation: rt::Field::Absent,
            root_certificates_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsEnterpriseWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSEnterpriseWiFiConfiguration";
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
        "proxyAutomaticConfigurationUrl",
        "proxyManualAddress",
        "proxyManualPort",
        "proxySettings",
        "ssid",
        "wiFiSecurityType",
        "authenticationMethod",
        "eapFastConfiguration",
        "eapType",
        "innerAuthenticationProtocolForEapTtls",
        "outerIdentityPrivacyTemporaryValue",
        "trustedServerCertificateNames",
        "identityCertificateForClientAuthentication",
        "rootCertificateForServerValidation",
        "rootCertificatesForServerValidation",
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
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxyManualAddress\":           ",
        ",\"proxyManualPort\":              ",
        ",\"proxySettings\":                ",
        ",\"ssid\":                         ",
        ",\"wiFiSecurityType\":             ",
        ",\"authenticationMethod\":         ",
        ",\"eapFastConfiguration\":         ",
        ",\"eapType\":                      ",
        ",\"innerAuthenticationProtocolForEapTtls\":",
        ",\"outerIdentityPrivacyTemporaryValue\":",
        ",\"trustedServerCertificateNames\":",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForServerValidation\":",
        ",\"rootCertificatesForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSEnterpriseWiFiConfiguration\"";
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
        v.field(
            22usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        v.field(23usize, "proxy_manual_address", &self.proxy_manual_address);
        v.field(24usize, "proxy_manual_port", &self.proxy_manual_port);
        v.field(25usize, "proxy_settings", &self.proxy_settings);
        v.field(26usize, "ssid", &self.ssid);
        v.field(27usize, "wi_fi_security_type", &self.wi_fi_security_type);
        v.field(28usize, "authentication_method", &self.authentication_method);
        v.field(29usize, "eap_fast_configuration", &self.eap_fast_configuration);
        v.field(30usize, "eap_type", &self.eap_type);
        v.field(
            31usize,
            "inner_authentication_protocol_for_eap_ttls",
            &self.inner_authentication_protocol_for_eap_ttls,
        );
        v.field(
            32usize,
            "outer_identity_privacy_temporary_value",
            &self.outer_identity_privacy_temporary_value,
        );
        v.field(
            33usize,
            "trusted_server_certificate_names",
            &self.trusted_server_certificate_names,
        );
        v.field(
            34usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            35usize,
            "root_certificate_for_server_validation",
            &self.root_certificate_for_server_validation,
        );
        v.field(
            36usize,
            "root_certificates_for_server_validation",
            &self.root_certificates_for_server_validation,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsEnterpriseWiFiConfiguration {
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
            22usize => self.proxy_automatic_configuration_url.read_from(r),
            23usize => self.proxy_manual_address.read_from(r),
            24usize => self.proxy_manual_port.read_from(r),
            25usize => self.proxy_settings.read_from(r),
            26usize => self.ssid.read_from(r),
            27usize => self.wi_fi_security_type.read_from(r),
            28usize => self.authentication_method.read_from(r),
            29usize => self.eap_fast_configuration.read_from(r),
            30usize => self.eap_type.read_from(r),
            31usize => self.inner_authentication_protocol_for_eap_ttls.read_from(r),
            32usize => self.outer_identity_privacy_temporary_value.read_from(r),
            33usize => self.trusted_server_certificate_names.read_from(r),
            34usize => self.identity_certificate_for_client_authentication.read_from(r),
            35usize => self.root_certificate_for_server_validation.read_from(r),
            36usize => self.root_certificates_for_server_validation.read_from(r),
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
        w.field(22usize, &self.proxy_automatic_configuration_url);
        w.field(23usize, &self.proxy_manual_address);
        w.field(24usize, &self.proxy_manual_port);
        w.field(25usize, &self.proxy_settings);
        w.field(26usize, &self.ssid);
        w.field(27usize, &self.wi_fi_security_type);
        w.field(28usize, &self.authentication_method);
        w.field(29usize, &self.eap_fast_configuration);
        w.field(30usize, &self.eap_type);
        w.field(31usize, &self.inner_authentication_protocol_for_eap_ttls);
        w.field(32usize, &self.outer_identity_privacy_temporary_value);
        w.field(33usize, &self.trusted_server_certificate_names);
        w.field(34usize, &self.identity_certificate_for_client_authentication);
        w.field(35usize, &self.root_certificate_for_server_validation);
        w.field(36usize, &self.root_certificates_for_server_validation);
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
rt::impl_object!(MacOsEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsEnterpriseWiFiConfiguration { with_id id : ::std::string::String;
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
    pre_shared_key : ::std::string::String; with_proxy_automatic_configuration_url
    proxy_automatic_configuration_url : ::std::string::String; with_proxy_manual_address
    proxy_manual_address : ::std::string::String; with_proxy_manual_port
    proxy_manual_port : i32; with_proxy_settings proxy_settings : crate
    ::beta::WiFiProxySetting; with_ssid ssid : ::std::string::String;
    with_wi_fi_security_type wi_fi_security_type : crate ::beta::WiFiSecurityType;
    with_authentication_method authentication_method : crate
    ::beta::WiFiAuthenticationMethod; with_eap_fast_configuration eap_fast_configuration
    : crate ::beta::EapFastConfiguration; with_eap_type eap_type : crate ::beta::EapType;
    with_inner_authentication_protocol_for_eap_ttls
    inner_authentication_protocol_for_eap_ttls : crate
    ::beta::NonEapAuthenticationMethodForEapTtlsType;
    with_outer_identity_privacy_temporary_value outer_identity_privacy_temporary_value :
    ::std::string::String; with_trusted_server_certificate_names
    trusted_server_certificate_names : ::std::vec::Vec < ::std::string::String >;
    with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyMacOsCertificateProfileBase; with_root_certificate_for_server_validation
    root_certificate_for_server_validation : crate ::beta::MacOsTrustedRootCertificate;
    with_root_certificates_for_server_validation root_certificates_for_server_validation
    : ::std::vec::Vec < crate ::beta::MacOsTrustedRootCertificate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS extensions configuration profile.
///
/// CSDL: `microsoft.graph.macOSExtensionsConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsExtensionsConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsExtensionsConfiguration {
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
    /// All kernel extensions validly signed by the team identifiers in this list will be allowed to load.
    ///
    /// CSDL: property `kernelExtensionAllowedTeamIdentifiers`: `Collection(Edm.String)`, nullable.
    pub kernel_extension_allowed_team_identifiers: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// If set to true, users can approve additional kernel extensions not explicitly allowed by configurations profiles.
    ///
    /// CSDL: property `kernelExtensionOverridesAllowed`: `Edm.Boolean`, not nullable.
    pub kernel_extension_overrides_allowed: rt::Field<bool>,
    /// A list of kernel extensions that will be allowed to load. . This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `kernelExtensionsAllowed`: `Collection(microsoft.graph.macOSKernelExtension)`, nullable.
    pub kernel_extensions_allowed: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsKernelExtension>,
    >,
    /// Gets or sets a list of allowed macOS system extensions. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `systemExtensionsAllowed`: `Collection(microsoft.graph.macOSSystemExtension)`, nullable.
    pub system_extensions_allowed: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsSystemExtension>,
    >,
    /// Gets or sets a list of allowed team identifiers. Any system extension signed with any of the specified team identifiers will be approved.
    ///
    /// CSDL: property `systemExtensionsAllowedTeamIdentifiers`: `Collection(Edm.String)`, nullable.
    pub system_extensions_allowed_team_identifiers: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Gets or sets a list of allowed macOS system extension types. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `systemExtensionsAllowedTypes`: `Collection(microsoft.graph.macOSSystemExtensionTypeMapping)`, nullable.
    pub system_extensions_allowed_types: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsSystemExtensionTypeMapping>,
    >,
    /// Gets or sets whether to allow the user to approve additional system extensions not explicitly allowed by configuration profiles.
    ///
    /// CSDL: property `systemExtensionsBlockOverride`: `Edm.Boolean`, not nullable.
    pub system_extensions_block_override: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsExtensionsConfiguration {
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
            kernel_extension_allowed_team_identifiers: rt::Field::Absent,
            kernel_extension_overrides_allowed: rt::Field::Absent,
            kernel_extensions_allowed: rt::Field::Absent,
            system_extensions_allowed: rt::Field::Absent,
            system_extensions_allowed_team_identifiers: rt::Field::Absent,
            system_extensions_allowed_types: rt::Field::Absent,
            system_extensions_block_override: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsExtensionsConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSExtensionsConfiguration";
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
        "kernelExtensionAllowedTeamIdentifiers",
        "kernelExtensionOverridesAllowed",
        "kernelExtensionsAllowed",
        "systemExtensionsAllowed",
        "systemExtensionsAllowedTeamIdentifiers",
        "systemExtensionsAllowedTypes",
        "systemExtensionsBlockOverride",
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
        ",\"kernelExtensionAllowedTeamIdentifiers\":",
        ",\"kernelExtensionOverridesAllowed\":",
        ",\"kernelExtensionsAllowed\":      ",
        ",\"systemExtensionsAllowed\":      ",
        ",\"systemExtensionsAllowedTeamIdentifiers\":",
        ",\"systemExtensionsAllowedTypes\": ",
        ",\"systemExtensionsBlockOverride\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSExtensionsConfiguration\"";
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
            "kernel_extension_allowed_team_identifiers",
            &self.kernel_extension_allowed_team_identifiers,
        );
        v.field(
            19usize,
            "kernel_extension_overrides_allowed",
            &self.kernel_extension_overrides_allowed,
        );
        v.field(20usize, "kernel_extensions_allowed", &self.kernel_extensions_allowed);
        v.field(21usize, "system_extensions_allowed", &self.system_extensions_allowed);
        v.field(
            22usize,
            "system_extensions_allowed_team_identifiers",
            &self.system_extensions_allowed_team_identifiers,
        );
        v.field(
            23usize,
            "system_extensions_allowed_types",
            &self.system_extensions_allowed_types,
        );
        v.field(
            24usize,
            "system_extensions_block_override",
            &self.system_extensions_block_override,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsExtensionsConfiguration {
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
            18usize => self.kernel_extension_allowed_team_identifiers.read_from(r),
            19usize => self.kernel_extension_overrides_allowed.read_from(r),
            20usize => self.kernel_extensions_allowed.read_from(r),
            21usize => self.system_extensions_allowed.read_from(r),
            22usize => self.system_extensions_allowed_team_identifiers.read_from(r),
            23usize => self.system_extensions_allowed_types.read_from(r),
            24usize => self.system_extensions_block_override.read_from(r),
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
        w.field(18usize, &self.kernel_extension_allowed_team_identifiers);
        w.field(19usize, &self.kernel_extension_overrides_allowed);
        w.field(20usize, &self.kernel_extensions_allowed);
        w.field(21usize, &self.system_extensions_allowed);
        w.field(22usize, &self.system_extensions_allowed_team_identifiers);
        w.field(23usize, &self.system_extensions_allowed_types);
        w.field(24usize, &self.system_extensions_block_override);
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
rt::impl_object!(MacOsExtensionsConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsExtensionsConfiguration { with_id id : ::std::string::String;
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
    with_kernel_extension_allowed_team_identifiers
    kernel_extension_allowed_team_identifiers : ::std::vec::Vec < ::std::string::String
    >; with_kernel_extension_overrides_allowed kernel_extension_overrides_allowed : bool;
    with_kernel_extensions_allowed kernel_extensions_allowed : ::std::vec::Vec < crate
    ::beta::MacOsKernelExtension >; with_system_extensions_allowed
    system_extensions_allowed : ::std::vec::Vec < crate ::beta::MacOsSystemExtension >;
    with_system_extensions_allowed_team_identifiers
    system_extensions_allowed_team_identifiers : ::std::vec::Vec < ::std::string::String
    >; with_system_extensions_allowed_types system_extensions_allowed_types :
    ::std::vec::Vec < crate ::beta::MacOsSystemExtensionTypeMapping >;
    with_system_extensions_block_override system_extensions_block_override : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsExtensionsConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the macOSGeneralDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.macOSGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsGeneralDeviceConfiguration {
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
    /// Indicates whether or not to allow AirDrop.
    ///
    /// CSDL: property `airDropBlocked`: `Edm.Boolean`, not nullable.
    pub air_drop_blocked: rt::Field<bool>,
    /// Indicates whether or not AirPrint is blocked (macOS 10.12 and later).
    ///
    /// CSDL: property `airPrintBlocked`: `Edm.Boolean`, not nullable.
    pub air_print_blocked: rt::Field<bool>,
    /// Indicates whether or not iBeacon discovery of AirPrint printers is blocked. This prevents spurious AirPrint Bluetooth beacons from phishing for network traffic (macOS 10.3 and later).
    ///
    /// CSDL: property `airPrintBlockiBeaconDiscovery`: `Edm.Boolean`, not nullable.
    pub air_print_blocki_beacon_discovery: rt::Field<bool>,
    /// Indicates if trusted certificates are required for TLS printing communication (macOS 10.13 and later).
    ///
    /// CSDL: property `airPrintForceTrustedTLS`: `Edm.Boolean`, not nullable.
    pub air_print_force_trusted_tls: rt::Field<bool>,
    /// Indicates whether or to block users from unlocking their Mac with Apple Watch.
    ///
    /// CSDL: property `appleWatchBlockAutoUnlock`: `Edm.Boolean`, not nullable.
    pub apple_watch_block_auto_unlock: rt::Field<bool>,
    /// Indicates whether or not to block the user from accessing the camera of the device.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to allow remote screen observation by Classroom app. Requires MDM enrollment via Apple School Manager or Apple Business Manager.
    ///
    /// CSDL: property `classroomAppBlockRemoteScreenObservation`: `Edm.Boolean`, not nullable.
    pub classroom_app_block_remote_screen_observation: rt::Field<bool>,
    /// Indicates whether or not to automatically give permission to the teacher of a managed course on the Classroom app to view a student's screen without prompting. Requires MDM enrollment via Apple School Manager or Apple Business Manager.
    ///
    /// CSDL: property `classroomAppForceUnpromptedScreenObservation`: `Edm.Boolean`, not nullable.
    pub classroom_app_force_unprompted_screen_observation: rt::Field<bool>,
    /// Indicates whether or not to automatically give permission to the teacher's requests, without prompting the student. Requires MDM enrollment via Apple School Manager or Apple Business Manager.
    ///
    /// CSDL: property `classroomForceAutomaticallyJoinClasses`: `Edm.Boolean`, not nullable.
    pub classroom_force_automatically_join_classes: rt::Field<bool>,
    /// Indicates whether a student enrolled in an unmanaged course via Classroom will be required to request permission from the teacher when attempting to leave the course. Requires MDM enrollment via Apple School Manager or Apple Business Manager.
    ///
    /// CSDL: property `classroomForceRequestPermissionToLeaveClasses`: `Edm.Boolean`, not nullable.
    pub classroom_force_request_permission_to_leave_classes: rt::Field<bool>,
    /// Indicates whether or not to allow the teacher to lock apps or the device without prompting the student. Requires MDM enrollment via Apple School Manager or Apple Business Manager.
    ///
    /// CSDL: property `classroomForceUnpromptedAppAndDeviceLock`: `Edm.Boolean`, not nullable.
    pub classroom_force_unprompted_app_and_device_lock: rt::Field<bool>,
    /// List that is in the CompliantAppsList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::beta::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Indicates whether or not to allow content caching.
    ///
    /// CSDL: property `contentCachingBlocked`: `Edm.Boolean`, not nullable.
    pub content_caching_blocked: rt::Field<bool>,
    /// Indicates whether or not to block definition lookup.
    ///
    /// CSDL: property `definitionLookupBlocked`: `Edm.Boolean`, not nullable.
    pub definition_lookup_blocked: rt::Field<bool>,
    /// An email address lacking a suffix that matches any of these strings will be considered out-of-domain.
    ///
    /// CSDL: property `emailInDomainSuffixes`: `Collection(Edm.String)`, nullable.
    pub email_in_domain_suffixes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not to block the user from continuing work that they started on a MacOS device on another iOS or MacOS device (MacOS 10.15 or later).
    ///
    /// CSDL: property `iCloudBlockActivityContinuation`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_activity_continuation: rt::Field<bool>,
    /// Indicates whether or not to block iCloud from syncing contacts.
    ///
    /// CSDL: property `iCloudBlockAddressBook`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_address_book: rt::Field<bool>,
    /// Indicates whether or not to block iCloud from syncing bookmarks.
    ///
    /// CSDL: property `iCloudBlockBookmarks`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_bookmarks: rt::Field<bool>,
    /// Indicates whether or not to block iCloud from syncing calendars.
    ///
    /// CSDL: property `iCloudBlockCalendar`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_calendar: rt::Field<bool>,
    /// Indicates whether or not to block iCloud document sync.
    ///
    /// CSDL: property `iCloudBlockDocumentSync`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_document_sync: rt::Field<bool>,
    /// Indicates whether or not to block iCloud from syncing mail.
    ///
    /// CSDL: property `iCloudBlockMail`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_mail: rt::Field<bool>,
    /// Indicates whether or not to block iCloud from syncing notes.
    ///
    /// CSDL: property `iCloudBlockNotes`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_notes: rt::Field<bool>,
    /// Indicates whether or not to block iCloud Photo Library.
    ///
    /// CSDL: property `iCloudBlockPhotoLibrary`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_photo_library: rt::Field<bool>,
    /// Indicates whether or not to block iCloud from syncing reminders.
    ///
    /// CSDL: property `iCloudBlockReminders`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_reminders: rt::Field<bool>,
    /// Indicates whether or not to block files from being transferred using iTunes.
    ///
    /// CSDL: property `iTunesBlockFileSharing`: `Edm.Boolean`, not nullable.
    pub i_tunes_block_file_sharing: rt::Field<bool>,
    /// Indicates whether or not to block Music service and revert Music app to classic mode.
    ///
    /// CSDL: property `iTunesBlockMusicService`: `Edm.Boolean`, not nullable.
    pub i_tunes_block_music_service: rt::Field<bool>,
    /// Indicates whether or not to block the user from using dictation input.
    ///
    /// CSDL: property `keyboardBlockDictation`: `Edm.Boolean`, not nullable.
    pub keyboard_block_dictation: rt::Field<bool>,
    /// Indicates whether or not iCloud keychain synchronization is blocked (macOS 10.12 and later).
    ///
    /// CSDL: property `keychainBlockCloudSync`: `Edm.Boolean`, not nullable.
    pub keychain_block_cloud_sync: rt::Field<bool>,
    /// Indicates whether or not to block sharing passwords with the AirDrop passwords feature.
    ///
    /// CSDL: property `passwordBlockAirDropSharing`: `Edm.Boolean`, not nullable.
    pub password_block_air_drop_sharing: rt::Field<bool>,
    /// Indicates whether or not to block the AutoFill Passwords feature.
    ///
    /// CSDL: property `passwordBlockAutoFill`: `Edm.Boolean`, not nullable.
    pub password_block_auto_fill: rt::Field<bool>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passwordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to allow passcode modification.
    ///
    /// CSDL: property `passwordBlockModification`: `Edm.Boolean`, not nullable.
    pub password_block_modification: rt::Field<bool>,
    /// Indicates whether or not to block requesting passwords from nearby devices.
    ///
    /// CSDL: property `passwordBlockProximityRequests`: `Edm.Boolean`, not nullable.
    pub password_block_proximity_requests: rt::Field<bool>,
    /// Block simple passwords.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Number of days before the password expires.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of allowed failed attempts to enter the passcode at the device's lock screen. Valid values 2 to 11
    ///
    /// CSDL: property `passwordMaximumAttemptCount`: `Edm.Int32`, nullable.
    pub password_maximum_attempt_count: rt::Field<i32>,
    /// Number of character sets a password must contain. Valid values 0 to 4
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passwords.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity required before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Minutes of inactivity required before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// The number of minutes before the login is reset after the maximum number of unsuccessful login attempts is reached.
    ///
    /// CSDL: property `passwordMinutesUntilFailedLoginReset`: `Edm.Int32`, nullable.
    pub password_minutes_until_failed_login_reset: rt::Field<i32>,
    /// Number of previous passwords to block.
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Whether or not to require a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of password that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// List of privacy preference policy controls. This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `privacyAccessControls`: `Collection(microsoft.graph.macOSPrivacyAccessControlItem)`, nullable.
    pub privacy_access_controls: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsPrivacyAccessControlItem>,
    >,
    /// Indicates whether or not to block the user from using Auto fill in Safari.
    ///
    /// CSDL: property `safariBlockAutofill`: `Edm.Boolean`, not nullable.
    pub safari_block_autofill: rt::Field<bool>,
    /// Indicates whether or not to block the user from taking Screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Sets how many days a software update will be delyed for a supervised device. Valid values 0 to 90
    ///
    /// CSDL: property `softwareUpdatesEnforcedDelayInDays`: `Edm.Int32`, nullable.
    pub software_updates_enforced_delay_in_days: rt::Field<i32>,
    /// Indicates whether or not to block Spotlight from returning any results from an Internet search.
    ///
    /// CSDL: property `spotlightBlockInternetResults`: `Edm.Boolean`, not nullable.
    pub spotlight_block_internet_results: rt::Field<bool>,
    /// Determines whether to delay OS and/or app updates for macOS.
    ///
    /// CSDL: property `updateDelayPolicy`: `microsoft.graph.macOSSoftwareUpdateDelayPolicy`, nullable.
    pub update_delay_policy: rt::Field<
        rt::Flags<crate::beta::MacOsSoftwareUpdateDelayPolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsGeneralDeviceConfiguration {
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
            air_drop_blocked: rt::Field::Absent,
            air_print_blocked: rt::Field::Absent,
            air_print_blocki_beacon_discovery: rt::Field::Absent,
            air_print_force_trusted_tls: rt::Field::Absent,
            apple_watch_block_auto_unlock: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            classroom_app_block_remote_screen_observation: rt::Field::Absent,
            classroom_app_force_unprompted_screen_observation: rt::Field::Absent,
            classroom_force_automatically_join_classes: rt::Field::Absent,
            classroom_force_request_permission_to_leave_classes: rt::Field::Absent,
            classroom_force_unprompted_app_and_device_lock: rt::Field::Absent,
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            content_caching_blocked: rt::Field::Absent,
            definition_lookup_blocked: rt::Field::Absent,
            email_in_domain_suffixes: rt::Field::Absent,
            i_cloud_block_activity_continuation: rt::Field::Absent,
            i_cloud_block_address_book: rt::Field::Absent,
            i_cloud_block_bookmarks: rt::Field::Absent,
            i_cloud_block_calendar: rt::Field::Absent,
            i_cloud_block_document_sync: rt::Field::Absent,
            i_cloud_block_mail: rt::Field::Absent,
            i_cloud_block_notes: rt::Field::Absent,
            i_cloud_block_photo_library: rt::Field::Absent,
            i_cloud_block_reminders: rt::Field::Absent,
            i_tunes_block_file_sharing: rt::Field::Absent,
            i_tunes_block_music_service: rt::Field::Absent,
            keyboard_block_dictation: rt::Field::Absent,
            keychain_block_cloud_sync: rt::Field::Absent,
            password_block_air_drop_sharing: rt::Field::Absent,
            password_block_auto_fill: rt::Field::Absent,
            password_block_fingerprint_unlock: rt::Field::Absent,
            password_block_modification: rt::Field::Absent,
            password_block_proximity_requests: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_maximum_attempt_count: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_minutes_until_failed_login_reset: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            privacy_access_controls: rt::Field::Absent,
            safari_block_autofill: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            software_updates_enforced_delay_in_days: rt::Field::Absent,
            spotlight_block_internet_results: rt::Field::Absent,
            update_delay_policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
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
        "airDropBlocked",
        "airPrintBlocked",
        "airPrintBlockiBeaconDiscovery",
        "airPrintForceTrustedTLS",
        "appleWatchBlockAutoUnlock",
        "cameraBlocked",
        "classroomAppBlockRemoteScreenObservation",
        "classroomAppForceUnpromptedScreenObservation",
        "classroomForceAutomaticallyJoinClasses",
        "classroomForceRequestPermissionToLeaveClasses",
        "classroomForceUnpromptedAppAndDeviceLock",
        "compliantAppListType",
        "compliantAppsList",
        "contentCachingBlocked",
        "definitionLookupBlocked",
        "emailInDomainSuffixes",
        "iCloudBlockActivityContinuation",
        "iCloudBlockAddressBook",
        "iCloudBlockBookmarks",
        "iCloudBlockCalendar",
        "iCloudBlockDocumentSync",
        "iCloudBlockMail",
        "iCloudBlockNotes",
        "iCloudBlockPhotoLibrary",
        "iCloudBlockReminders",
        "iTunesBlockFileSharing",
        "iTunesBlockMusicService",
        "keyboardBlockDictation",
        "keychainBlockCloudSync",
        "passwordBlockAirDropSharing",
        "passwordBlockAutoFill",
        "passwordBlockFingerprintUnlock",
        "passwordBlockModification",
        "passwordBlockProximityRequests",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMaximumAttemptCount",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordMinutesUntilFailedLoginReset",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "privacyAccessControls",
        "safariBlockAutofill",
        "screenCaptureBlocked",
        "softwareUpdatesEnforcedDelayInDays",
        "spotlightBlockInternetResults",
        "updateDelayPolicy",
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
        ",\"airDropBlocked\":               ",
        ",\"airPrintBlocked\":              ",
        ",\"airPrintBlockiBeaconDiscovery\":",
        ",\"airPrintForceTrustedTLS\":      ",
        ",\"appleWatchBlockAutoUnlock\":    ",
        ",\"cameraBlocked\":                ",
        ",\"classroomAppBlockRemoteScreenObservation\":",
        ",\"classroomAppForceUnpromptedScreenObservation\":",
        ",\"classroomForceAutomaticallyJoinClasses\":",
        ",\"classroomForceRequestPermissionToLeaveClasses\":",
        ",\"classroomForceUnpromptedAppAndDeviceLock\":",
        ",\"compliantAppListType\":         ",
        ",\"compliantAppsList\":            ",
        ",\"contentCachingBlocked\":        ",
        ",\"definitionLookupBlocked\":      ",
        ",\"emailInDomainSuffixes\":        ",
        ",\"iCloudBlockActivityContinuation\":",
        ",\"iCloudBlockAddressBook\":       ",
        ",\"iCloudBlockBookmarks\":         ",
        ",\"iCloudBlockCalendar\":          ",
        ",\"iCloudBlockDocumentSync\":      ",
        ",\"iCloudBlockMail\":              ",
        ",\"iCloudBlockNotes\":             ",
        ",\"iCloudBlockPhotoLibrary\":      ",
        ",\"iCloudBlockReminders\":         ",
        ",\"iTunesBlockFileSharing\":       ",
        ",\"iTunesBlockMusicService\":      ",
        ",\"keyboardBlockDictation\":       ",
        ",\"keychainBlockCloudSync\":       ",
        ",\"passwordBlockAirDropSharing\":  ",
        ",\"passwordBlockAutoFill\":        ",
        ",\"passwordBlockFingerprintUnlock\":",
        ",\"passwordBlockModification\":    ",
        ",\"passwordBlockProximityRequests\":",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMaximumAttemptCount\":  ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordMinutesUntilFailedLoginReset\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"privacyAccessControls\":        ",
        ",\"safariBlockAutofill\":          ",
        ",\"screenCaptureBlocked\":         ",
        ",\"softwareUpdatesEnforcedDelayInDays\":",
        ",\"spotlightBlockInternetResults\":",
        ",\"updateDelayPolicy\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSGeneralDeviceConfiguration\"";
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
        v.field(18usize, "air_drop_blocked", &self.air_drop_blocked);
        v.field(19usize, "air_print_blocked", &self.air_print_blocked);
        v.field(
            20usize,
            "air_print_blocki_beacon_discovery",
            &self.air_print_blocki_beacon_discovery,
        );
        v.field(
            21usize,
            "air_print_force_trusted_tls",
            &self.air_print_force_trusted_tls,
        );
        v.field(
            22usize,
            "apple_watch_block_auto_unlock",
            &self.apple_watch_block_auto_unlock,
        );
        v.field(23usize, "camera_blocked", &self.camera_blocked);
        v.field(
            24usize,
            "classroom_app_block_remote_screen_observation",
            &self.classroom_app_block_remote_screen_observation,
        );
        v.field(
            25usize,
            "classroom_app_force_unprompted_screen_observation",
            &self.classroom_app_force_unprompted_screen_observation,
        );
        v.field(
            26usize,
            "classroom_force_automatically_join_classes",
            &self.classroom_force_automatically_join_classes,
        );
        v.field(
            27usize,
            "classroom_force_request_permission_to_leave_classes",
            &self.classroom_force_request_permission_to_leave_classes,
        );
        v.field(
            28usize,
            "classroom_force_unprompted_app_and_device_lock",
            &self.classroom_force_unprompted_app_and_device_lock,
        );
        v.field(29usize, "compliant_app_list_type", &self.compliant_app_list_type);
        v.field(30usize, "compliant_apps_list", &self.compliant_apps_list);
        v.field(31usize, "content_caching_blocked", &self.content_caching_blocked);
        v.field(32usize, "definition_lookup_blocked", &self.definition_lookup_blocked);
        v.field(33usize, "email_in_domain_suffixes", &self.email_in_domain_suffixes);
        v.field(
            34usize,
            "i_cloud_block_activity_continuation",
            &self.i_cloud_block_activity_continuation,
        );
        v.field(35usize, "i_cloud_block_address_book", &self.i_cloud_block_address_book);
        v.field(36usize, "i_cloud_block_bookmarks", &self.i_cloud_block_bookmarks);
        v.field(37usize, "i_cloud_block_calendar", &self.i_cloud_block_calendar);
        v.field(
            38usize,
            "i_cloud_block_document_sync",
            &self.i_cloud_block_document_sync,
        );
        v.field(39usize, "i_cloud_block_mail", &self.i_cloud_block_mail);
        v.field(40usize, "i_cloud_block_notes", &self.i_cloud_block_notes);
        v.field(
            41usize,
            "i_cloud_block_photo_library",
            &self.i_cloud_block_photo_library,
        );
        v.field(42usize, "i_cloud_block_reminders", &self.i_cloud_block_reminders);
        v.field(43usize, "i_tunes_block_file_sharing", &self.i_tunes_block_file_sharing);
        v.field(
            44usize,
            "i_tunes_block_music_service",
            &self.i_tunes_block_music_service,
        );
        v.field(45usize, "keyboard_block_dictation", &self.keyboard_block_dictation);
        v.field(46usize, "keychain_block_cloud_sync", &self.keychain_block_cloud_sync);
        v.field(
            47usize,
            "password_block_air_drop_sharing",
            &self.password_block_air_drop_sharing,
        );
        v.field(48usize, "password_block_auto_fill", &self.password_block_auto_fill);
        v.field(
            49usize,
            "password_block_fingerprint_unlock",
            &self.password_block_fingerprint_unlock,
        );
        v.field(
            50usize,
            "password_block_modification",
            &self.password_block_modification,
        );
        v.field(
            51usize,
            "password_block_proximity_requests",
            &self.password_block_proximity_requests,
        );
        v.field(52usize, "password_block_simple", &self.password_block_simple);
        v.field(53usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            54usize,
            "password_maximum_attempt_count",
            &self.password_maximum_attempt_count,
        );
        v.field(
            55usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(56usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            57usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            58usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            59usize,
            "password_minutes_until_failed_login_reset",
            &self.password_minutes_until_failed_login_reset,
        );
        v.field(
            60usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(61usize, "password_required", &self.password_required);
        v.field(62usize, "password_required_type", &self.password_required_type);
        v.field(63usize, "privacy_access_controls", &self.privacy_access_controls);
        v.field(64usize, "safari_block_autofill", &self.safari_block_autofill);
        v.field(65usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            66usize,
            "software_updates_enforced_delay_in_days",
            &self.software_updates_enforced_delay_in_days,
        );
        v.field(
            67usize,
            "spotlight_block_internet_results",
            &self.spotlight_block_internet_results,
        );
        v.field(68usize, "update_delay_policy", &self.update_delay_policy);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsGeneralDeviceConfiguration {
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
            18usize => self.air_drop_blocked.read_from(r),
            19usize => self.air_print_blocked.read_from(r),
            20usize => self.air_print_blocki_beacon_discovery.read_from(r),
            21usize => self.air_print_force_trusted_tls.read_from(r),
            22usize => self.apple_watch_block_auto_unlock.read_from(r),
            23usize => self.camera_blocked.read_from(r),
            24usize => self.classroom_app_block_remote_screen_observation.read_from(r),
            25usize => {
                self.classroom_app_force_unprompted_screen_observation.read_from(r)
            }
            26usize => self.classroom_force_automatically_join_classes.read_from(r),
            27usize => {
                self.classroom_force_request_permission_to_leave_classes.read_from(r)
            }
            28usize => self.classroom_force_unprompted_app_and_device_lock.read_from(r),
            29usize => self.compliant_app_list_type.read_from(r),
            30usize => self.compliant_apps_list.read_from(r),
            31usize => self.content_caching_blocked.read_from(r),
            32usize => self.definition_lookup_blocked.read_from(r),
            33usize => self.email_in_domain_suffixes.read_from(r),
            34usize => self.i_cloud_block_activity_continuation.read_from(r),
            35usize => self.i_cloud_block_address_book.read_from(r),
            36usize => self.i_cloud_block_bookmarks.read_from(r),
            37usize => self.i_cloud_block_calendar.read_from(r),
            38usize => self.i_cloud_block_document_sync.read_from(r),
            39usize => self.i_cloud_block_mail.read_from(r),
            40usize => self.i_cloud_block_notes.read_from(r),
            41usize => self.i_cloud_block_photo_library.read_from(r),
            42usize => self.i_cloud_block_reminders.read_from(r),
            43usize => self.i_tunes_block_file_sharing.read_from(r),
            44usize => self.i_tunes_block_music_service.read_from(r),
            45usize => self.keyboard_block_dictation.read_from(r),
            46usize => self.keychain_block_cloud_sync.read_from(r),
            47usize => self.password_block_air_drop_sharing.read_from(r),
            48usize => self.password_block_auto_fill.read_from(r),
            49usize => self.password_block_fingerprint_unlock.read_from(r),
            50usize => self.password_block_modification.read_from(r),
            51usize => self.password_block_proximity_requests.read_from(r),
            52usize => self.password_block_simple.read_from(r),
            53usize => self.password_expiration_days.read_from(r),
            54usize => self.password_maximum_attempt_count.read_from(r),
            55usize => self.password_minimum_character_set_count.read_from(r),
            56usize => self.password_minimum_length.read_from(r),
            57usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            58usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            59usize => self.password_minutes_until_failed_login_reset.read_from(r),
            60usize => self.password_previous_password_block_count.read_from(r),
            61usize => self.password_required.read_from(r),
            62usize => self.password_required_type.read_from(r),
            63usize => self.privacy_access_controls.read_from(r),
            64usize => self.safari_block_autofill.read_from(r),
            65usize => self.screen_capture_blocked.read_from(r),
            66usize => self.software_updates_enforced_delay_in_days.read_from(r),
            67usize => self.spotlight_block_internet_results.read_from(r),
            68usize => self.update_delay_policy.read_from(r),
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
        w.field(18usize, &self.air_drop_blocked);
        w.field(19usize, &self.air_print_blocked);
        w.field(20usize, &self.air_print_blocki_beacon_discovery);
        w.field(21usize, &self.air_print_force_trusted_tls);
        w.field(22usize, &self.apple_watch_block_auto_unlock);
        w.field(23usize, &self.camera_blocked);
        w.field(24usize, &self.classroom_app_block_remote_screen_observation);
        w.field(25usize, &self.classroom_app_force_unprompted_screen_observation);
        w.field(26usize, &self.classroom_force_automatically_join_classes);
        w.field(27usize, &self.classroom_force_request_permission_to_leave_classes);
        w.field(28usize, &self.classroom_force_unprompted_app_and_device_lock);
        w.field(29usize, &self.compliant_app_list_type);
        w.field(30usize, &self.compliant_apps_list);
        w.field(31usize, &self.content_caching_blocked);
        w.field(32usize, &self.definition_lookup_blocked);
        w.field(33usize, &self.email_in_domain_suffixes);
        w.field(34usize, &self.i_cloud_block_activity_continuation);
        w.field(35usize, &self.i_cloud_block_address_book);
        w.field(36usize, &self.i_cloud_block_bookmarks);
        w.field(37usize, &self.i_cloud_block_calendar);
        w.field(38usize, &self.i_cloud_block_document_sync);
        w.field(39usize, &self.i_cloud_block_mail);
        w.field(40usize, &self.i_cloud_block_notes);
        w.field(41usize, &self.i_cloud_block_photo_library);
        w.field(42usize, &self.i_cloud_block_reminders);
        w.field(43usize, &self.i_tunes_block_file_sharing);
        w.field(44usize, &self.i_tunes_block_music_service);
        w.field(45usize, &self.keyboard_block_dictation);
        w.field(46usize, &self.keychain_block_cloud_sync);
        w.field(47usize, &self.password_block_air_drop_sharing);
        w.field(48usize, &self.password_block_auto_fill);
        w.field(49usize, &self.password_block_fingerprint_unlock);
        w.field(50usize, &self.password_block_modification);
        w.field(51usize, &self.password_block_proximity_requests);
        w.field(52usize, &self.password_block_simple);
        w.field(53usize, &self.password_expiration_days);
        w.field(54usize, &self.password_maximum_attempt_count);
        w.field(55usize, &self.password_minimum_character_set_count);
        w.field(56usize, &self.password_minimum_length);
        w.field(57usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(58usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(59usize, &self.password_minutes_until_failed_login_reset);
        w.field(60usize, &self.password_previous_password_block_count);
        w.field(61usize, &self.password_required);
        w.field(62usize, &self.password_required_type);
        w.field(63usize, &self.privacy_access_controls);
        w.field(64usize, &self.safari_block_autofill);
        w.field(65usize, &self.screen_capture_blocked);
        w.field(66usize, &self.software_updates_enforced_delay_in_days);
        w.field(67usize, &self.spotlight_block_internet_results);
        w.field(68usize, &self.update_delay_policy);
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
rt::impl_object!(MacOsGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsGeneralDeviceConfiguration { with_id id : ::std::string::String;
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
    with_air_drop_blocked air_drop_blocked : bool; with_air_print_blocked
    air_print_blocked : bool; with_air_print_blocki_beacon_discovery
    air_print_blocki_beacon_discovery : bool; with_air_print_force_trusted_tls
    air_print_force_trusted_tls : bool; with_apple_watch_block_auto_unlock
    apple_watch_block_auto_unlock : bool; with_camera_blocked camera_blocked : bool;
    with_classroom_app_block_remote_screen_observation
    classroom_app_block_remote_screen_observation : bool;
    with_classroom_app_force_unprompted_screen_observation
    classroom_app_force_unprompted_screen_observation : bool;
    with_classroom_force_automatically_join_classes
    classroom_force_automatically_join_classes : bool;
    with_classroom_force_request_permission_to_leave_classes
    classroom_force_request_permission_to_leave_classes : bool;
    with_classroom_force_unprompted_app_and_device_lock
    classroom_force_unprompted_app_and_device_lock : bool; with_compliant_app_list_type
    compliant_app_list_type : crate ::beta::AppListType; with_compliant_apps_list
    compliant_apps_list : ::std::vec::Vec < crate ::beta::AnyAppListItem >;
    with_content_caching_blocked content_caching_blocked : bool;
    with_definition_lookup_blocked definition_lookup_blocked : bool;
    with_email_in_domain_suffixes email_in_domain_suffixes : ::std::vec::Vec <
    ::std::string::String >; with_i_cloud_block_activity_continuation
    i_cloud_block_activity_continuation : bool; with_i_cloud_block_address_book
    i_cloud_block_address_book : bool; with_i_cloud_block_bookmarks
    i_cloud_block_bookmarks : bool; with_i_cloud_block_calendar i_cloud_block_calendar :
    bool; with_i_cloud_block_document_sync i_cloud_block_document_sync : bool;
    with_i_cloud_block_mail i_cloud_block_mail : bool; with_i_cloud_block_notes
    i_cloud_block_notes : bool; with_i_cloud_block_photo_library
    i_cloud_block_photo_library : bool; with_i_cloud_block_reminders
    i_cloud_block_reminders : bool; with_i_tunes_block_file_sharing
    i_tunes_block_file_sharing : bool; with_i_tunes_block_music_service
    i_tunes_block_music_service : bool; with_keyboard_block_dictation
    keyboard_block_dictation : bool; with_keychain_block_cloud_sync
    keychain_block_cloud_sync : bool; with_password_block_air_drop_sharing
    password_block_air_drop_sharing : bool; with_password_block_auto_fill
    password_block_auto_fill : bool; with_password_block_fingerprint_unlock
    password_block_fingerprint_unlock : bool; with_password_block_modification
    password_block_modification : bool; with_password_block_proximity_requests
    password_block_proximity_requests : bool; with_password_block_simple
    password_block_simple : bool; with_password_expiration_days password_expiration_days
    : i32; with_password_maximum_attempt_count password_maximum_attempt_count : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_minutes_until_failed_login_reset
    password_minutes_until_failed_login_reset : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::RequiredPasswordType;
    with_privacy_access_controls privacy_access_controls : ::std::vec::Vec < crate
    ::beta::MacOsPrivacyAccessControlItem >; with_safari_block_autofill
    safari_block_autofill : bool; with_screen_capture_blocked screen_capture_blocked :
    bool; with_software_updates_enforced_delay_in_days
    software_updates_enforced_delay_in_days : i32; with_spotlight_block_internet_results
    spotlight_block_internet_results : bool; with_update_delay_policy update_delay_policy
    : rt::Flags < crate ::beta::MacOsSoftwareUpdateDelayPolicy >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS PFX Import certificate profile
///
/// CSDL: `microsoft.graph.macOSImportedPFXCertificateProfile`, entity type, derived from `microsoft.graph.macOSCertificateProfileBase`, key `id`.
///
/// Request builders: [`MacOsImportedPfxCertificateProfilePath`](requests/trait.MacOsImportedPfxCertificateProfilePath.html), what a path to one (`EntityPath<MacOsImportedPfxCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsImportedPfxCertificateProfile {
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
    /// Certificate renewal threshold percentage.
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
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.appleSubjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::AppleSubjectNameFormat>,
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
impl ::std::default::Default for MacOsImportedPfxCertificateProfile {
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
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            intended_purpose: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsImportedPfxCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSImportedPFXCertificateProfile";
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
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
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
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"intendedPurpose\":              ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSImportedPFXCertificateProfile\"";
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
        v.field(
            20usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            21usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(22usize, "subject_name_format", &self.subject_name_format);
        v.field(23usize, "intended_purpose", &self.intended_purpose);
        v.field(
            24usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsImportedPfxCertificateProfile {
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
            20usize => self.renewal_threshold_percentage.read_from(r),
            21usize => self.subject_alternative_name_type.read_from(r),
            22usize => self.subject_name_format.read_from(r),
            23usize => self.intended_purpose.read_from(r),
            24usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(20usize, &self.renewal_threshold_percentage);
        w.field(21usize, &self.subject_alternative_name_type);
        w.field(22usize, &self.subject_name_format);
        w.field(23usize, &self.intended_purpose);
        w.field(24usize, &self.managed_device_certificate_states);
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
rt::impl_object!(MacOsImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsImportedPfxCertificateProfile { with_id id : ::std::string::String;
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
    certificate_validity_period_value : i32; with_renewal_threshold_percentage
    renewal_threshold_percentage : i32; with_subject_alternative_name_type
    subject_alternative_name_type : rt::Flags < crate ::beta::SubjectAlternativeNameType
    >; with_subject_name_format subject_name_format : crate
    ::beta::AppleSubjectNameFormat; with_intended_purpose intended_purpose : crate
    ::beta::IntendedPurpose; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS PKCS certificate profile.
///
/// CSDL: `microsoft.graph.macOSPkcsCertificateProfile`, entity type, derived from `microsoft.graph.macOSCertificateProfileBase`, key `id`.
///
/// Request builders: [`MacOsPkcsCertificateProfilePath`](requests/trait.MacOsPkcsCertificateProfilePath.html), what a path to one (`EntityPath<MacOsPkcsCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsPkcsCertificateProfile {
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
    /// Certificate renewal threshold percentage.
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
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.appleSubjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::AppleSubjectNameFormat>,
    /// AllowAllAppsAccess setting
    ///
    /// CSDL: property `allowAllAppsAccess`: `Edm.Boolean`, nullable.
    pub allow_all_apps_access: rt::Field<bool>,
    /// Target store certificate
    ///
    /// CSDL: property `certificateStore`: `microsoft.graph.certificateStore`, nullable.
    pub certificate_store: rt::Field<crate::beta::CertificateStore>,
    /// PKCS certificate template name.
    ///
    /// CSDL: property `certificateTemplateName`: `Edm.String`, not nullable.
    pub certificate_template_name: rt::Field<::std::string::String>,
    /// PKCS certification authority FQDN.
    ///
    /// CSDL: property `certificationAuthority`: `Edm.String`, not nullable.
    pub certification_authority: rt::Field<::std::string::String>,
    /// PKCS certification authority Name.
    ///
    /// CSDL: property `certificationAuthorityName`: `Edm.String`, not nullable.
    pub certification_authority_name: rt::Field<::std::string::String>,
    /// Custom Subject Alternative Name Settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `customSubjectAlternativeNames`: `Collection(microsoft.graph.customSubjectAlternativeName)`, nullable.
    pub custom_subject_alternative_names: rt::Field<
        ::std::vec::Vec<crate::beta::CustomSubjectAlternativeName>,
    >,
    /// Format string that defines the subject alternative name.
    ///
    /// CSDL: property `subjectAlternativeNameFormatString`: `Edm.String`, nullable.
    pub subject_alternative_name_format_string: rt::Field<::std::string::String>,
    /// Format string that defines the subject name. Example: CN={{EmailAddress}},E={{EmailAddress}},OU=Enterprise Users,O=Contoso Corporation,L=Redmond,ST=WA,C=US
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
impl ::std::default::Default for MacOsPkcsCertificateProfile {
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
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            allow_all_apps_access: rt::Field::Absent,
            certificate_store: rt::Field::Absent,
            certificate_template_name: rt::Field::Absent,
            certification_authority: rt::Field::Absent,
            certification_authority_name: rt::Field::Absent,
            custom_subject_alternative_names: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsPkcsCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSPkcsCertificateProfile";
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
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
        "allowAllAppsAccess",
        "certificateStore",
        "certificateTemplateName",
        "certificationAuthority",
        "certificationAuthorityName",
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
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"allowAllAppsAccess\":           ",
        ",\"certificateStore\":             ",
        ",\"certificateTemplateName\":      ",
        ",\"certificationAuthority\":       ",
        ",\"certificationAuthorityName\":   ",
        ",\"customSubjectAlternativeNames\":",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSPkcsCertificateProfile\"";
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
        v.field(
            20usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            21usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(22usize, "subject_name_format", &self.subject_name_format);
        v.field(23usize, "allow_all_apps_access", &self.allow_all_apps_access);
        v.field(24usize, "certificate_store", &self.certificate_store);
        v.field(25usize, "certificate_template_name", &self.certificate_template_name);
        v.field(26usize, "certification_authority", &self.certification_authority);
        v.field(
            27usize,
            "certification_authority_name",
            &self.certification_authority_name,
        );
        v.field(
            28usize,
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
        v.field(
            29usize,
            "subject_alternative_name_format_string",
            &self.subject_alternative_name_format_string,
        );
        v.field(30usize, "subject_name_format_string", &self.subject_name_format_string);
        v.field(
            31usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsPkcsCertificateProfile {
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
            20usize => self.renewal_threshold_percentage.read_from(r),
            21usize => self.subject_alternative_name_type.read_from(r),
            22usize => self.subject_name_format.read_from(r),
            23usize => self.allow_all_apps_access.read_from(r),
            24usize => self.certificate_store.read_from(r),
            25usize => self.certificate_template_name.read_from(r),
            26usize => self.certification_authority.read_from(r),
            27usize => self.certification_authority_name.read_from(r),
            28usize => self.custom_subject_alternative_names.read_from(r),
            29usize => self.subject_alternative_name_format_string.read_from(r),
            30usize => self.subject_name_format_string.read_from(r),
            31usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(20usize, &self.renewal_threshold_percentage);
        w.field(21usize, &self.subject_alternative_name_type);
        w.field(22usize, &self.subject_name_format);
        w.field(23usize, &self.allow_all_apps_access);
        w.field(24usize, &self.certificate_store);
        w.field(25usize, &self.certificate_template_name);
        w.field(26usize, &self.certification_authority);
        w.field(27usize, &self.certification_authority_name);
        w.field(28usize, &self.custom_subject_alternative_names);
        w.field(29usize, &self.subject_alternative_name_format_string);
        w.field(30usize, &self.subject_name_format_string);
        w.field(31usize, &self.managed_device_certificate_states);
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
rt::impl_object!(MacOsPkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsPkcsCertificateProfile { with_id id : ::std::string::String;
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
    certificate_validity_period_value : i32; with_renewal_threshold_percentage
    renewal_threshold_percentage : i32; with_subject_alternative_name_type
    subject_alternative_name_type : rt::Flags < crate ::beta::SubjectAlternativeNameType
    >; with_subject_name_format subject_name_format : crate
    ::beta::AppleSubjectNameFormat; with_allow_all_apps_access allow_all_apps_access :
    bool; with_certificate_store certificate_store : crate ::beta::CertificateStore;
    with_certificate_template_name certificate_template_name : ::std::string::String;
    with_certification_authority certification_authority : ::std::string::String;
    with_certification_authority_name certification_authority_name :
    ::std::string::String; with_custom_subject_alternative_names
    custom_subject_alternative_names : ::std::vec::Vec < crate
    ::beta::CustomSubjectAlternativeName >; with_subject_alternative_name_format_string
    subject_alternative_name_format_string : ::std::string::String;
    with_subject_name_format_string subject_name_format_string : ::std::string::String;
    with_managed_device_certificate_states managed_device_certificate_states :
    ::std::vec::Vec < crate ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsPkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Mac OS SCEP certificate profile.
///
/// CSDL: `microsoft.graph.macOSScepCertificateProfile`, entity type, derived from `microsoft.graph.macOSCertificateProfileBase`, key `id`.
///
/// Request builders: [`MacOsScepCertificateProfilePath`](requests/trait.MacOsScepCertificateProfilePath.html), what a path to one (`EntityPath<MacOsScepCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsScepCertificateProfile {
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
    /// Certificate renewal threshold percentage.
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
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.appleSubjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::AppleSubjectNameFormat>,
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
    /// Extended Key Usage (EKU) settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, not nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
    /// SCEP Hash Algorithm.
    ///
    /// CSDL: property `hashAlgorithm`: `microsoft.graph.hashAlgorithms`, nullable.
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
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.macOSTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::MacOsTrustedRootCertificate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsScepCertificateProfile {
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
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            certificate_store: rt::Field::Absent,
            custom_subject_alternative_names: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
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
impl rt::Object for MacOsScepCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSScepCertificateProfile";
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
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
        "certificateStore",
        "customSubjectAlternativeNames",
        "extendedKeyUsages",
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
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"certificateStore\":             ",
        ",\"customSubjectAlternativeNames\":",
        ",\"extendedKeyUsages\":            ",
        ",\"hashAlgorithm\":                ",
        ",\"keySize\":                      ",
        ",\"keyUsage\":                     ",
        ",\"scepServerUrls\":               ",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
        ",\"rootCertificate\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSScepCertificateProfile\"";
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
        v.field(
            20usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            21usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(22usize, "subject_name_format", &self.subject_name_format);
        v.field(23usize, "certificate_store", &self.certificate_store);
        v.field(
            24usize,
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
        v.field(25usize, "extended_key_usages", &self.extended_key_usages);
        v.field(26usize, "hash_algorithm", &self.hash_algorithm);
        v.field(27usize, "key_size", &self.key_size);
        v.field(28usize, "key_usage", &self.key_usage);
        v.field(29usize, "scep_server_urls", &self.scep_server_urls);
        v.field(
            30usize,
            "subject_alternative_name_format_string",
            &self.subject_alternative_name_format_string,
        );
        v.field(31usize, "subject_name_format_string", &self.subject_name_format_string);
        v.field(
            32usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
        v.field(33usize, "root_certificate", &self.root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsScepCertificateProfile {
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
            20usize => self.renewal_threshold_percentage.read_from(r),
            21usize => self.subject_alternative_name_type.read_from(r),
            22usize => self.subject_name_format.read_from(r),
            23usize => self.certificate_store.read_from(r),
            24usize => self.custom_subject_alternative_names.read_from(r),
            25usize => self.extended_key_usages.read_from(r),
            26usize => self.hash_algorithm.read_from(r),
            27usize => self.key_size.read_from(r),
            28usize => self.key_usage.read_from(r),
            29usize => self.scep_server_urls.read_from(r),
            30usize => self.subject_alternative_name_format_string.read_from(r),
            31usize => self.subject_name_format_string.read_from(r),
            32usize => self.managed_device_certificate_states.read_from(r),
            33usize => self.root_certificate.read_from(r),
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
        w.field(20usize, &self.renewal_threshold_percentage);
        w.field(21usize, &self.subject_alternative_name_type);
        w.field(22usize, &self.subject_name_format);
        w.field(23usize, &self.certificate_store);
        w.field(24usize, &self.custom_subject_alternative_names);
        w.field(25usize, &self.extended_key_usages);
        w.field(26usize, &self.hash_algorithm);
        w.field(27usize, &self.key_size);
        w.field(28usize, &self.key_usage);
        w.field(29usize, &self.scep_server_urls);
        w.field(30usize, &self.subject_alternative_name_format_string);
        w.field(31usize, &self.subject_name_format_string);
        w.field(32usize, &self.managed_device_certificate_states);
        w.field(33usize, &self.root_certificate);
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
rt::impl_object!(MacOsScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsScepCertificateProfile { with_id id : ::std::string::String;
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
    certificate_validity_period_value : i32; with_renewal_threshold_percentage
    renewal_threshold_percentage : i32; with_subject_alternative_name_type
    subject_alternative_name_type : rt::Flags < crate ::beta::SubjectAlternativeNameType
    >; with_subject_name_format subject_name_format : crate
    ::beta::AppleSubjectNameFormat; with_certificate_store certificate_store : crate
    ::beta::CertificateStore; with_custom_subject_alternative_names
    custom_subject_alternative_names : ::std::vec::Vec < crate
    ::beta::CustomSubjectAlternativeName >; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >; with_hash_algorithm
    hash_algorithm : rt::Flags < crate ::beta::HashAlgorithms >; with_key_size key_size :
    crate ::beta::KeySize; with_key_usage key_usage : rt::Flags < crate ::beta::KeyUsages
    >; with_scep_server_urls scep_server_urls : ::std::vec::Vec < ::std::string::String
    >; with_subject_alternative_name_format_string subject_alternative_name_format_string
    : ::std::string::String; with_subject_name_format_string subject_name_format_string :
    ::std::string::String; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; with_root_certificate root_certificate :
    crate ::beta::MacOsTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS Software Update Configuration
///
/// CSDL: `microsoft.graph.macOSSoftwareUpdateConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsSoftwareUpdateConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsSoftwareUpdateConfiguration {
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
    /// Update behavior for all other updates.
    ///
    /// CSDL: property `allOtherUpdateBehavior`: `microsoft.graph.macOSSoftwareUpdateBehavior`, not nullable.
    pub all_other_update_behavior: rt::Field<crate::beta::MacOsSoftwareUpdateBehavior>,
    /// Update behavior for configuration data file updates.
    ///
    /// CSDL: property `configDataUpdateBehavior`: `microsoft.graph.macOSSoftwareUpdateBehavior`, not nullable.
    pub config_data_update_behavior: rt::Field<crate::beta::MacOsSoftwareUpdateBehavior>,
    /// Update behavior for critical updates.
    ///
    /// CSDL: property `criticalUpdateBehavior`: `microsoft.graph.macOSSoftwareUpdateBehavior`, not nullable.
    pub critical_update_behavior: rt::Field<crate::beta::MacOsSoftwareUpdateBehavior>,
    /// Custom Time windows when updates will be allowed or blocked. This collection can contain a maximum of 20 elements.
    ///
    /// CSDL: property `customUpdateTimeWindows`: `Collection(microsoft.graph.customUpdateTimeWindow)`, nullable.
    pub custom_update_time_windows: rt::Field<
        ::std::vec::Vec<crate::beta::CustomUpdateTimeWindow>,
    >,
    /// Update behavior for firmware updates.
    ///
    /// CSDL: property `firmwareUpdateBehavior`: `microsoft.graph.macOSSoftwareUpdateBehavior`, not nullable.
    pub firmware_update_behavior: rt::Field<crate::beta::MacOsSoftwareUpdateBehavior>,
    /// Update schedule type
    ///
    /// CSDL: property `updateScheduleType`: `microsoft.graph.macOSSoftwareUpdateScheduleType`, not nullable.
    pub update_schedule_type: rt::Field<crate::beta::MacOsSoftwareUpdateScheduleType>,
    /// Minutes indicating UTC offset for each update time window
    ///
    /// CSDL: property `updateTimeWindowUtcOffsetInMinutes`: `Edm.Int32`, nullable.
    pub update_time_window_utc_offset_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsSoftwareUpdateConfiguration {
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
            all_other_update_behavior: rt::Field::Absent,
            config_data_update_behavior: rt::Field::Absent,
            critical_update_behavior: rt::Field::Absent,
            custom_update_time_windows: rt::Field::Absent,
            firmware_update_behavior: rt::Field::Absent,
            update_schedule_type: rt::Field::Absent,
            update_time_window_utc_offset_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsSoftwareUpdateConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateConfiguration";
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
        "allOtherUpdateBehavior",
        "configDataUpdateBehavior",
        "criticalUpdateBehavior",
        "customUpdateTimeWindows",
        "firmwareUpdateBehavior",
        "updateScheduleType",
        "updateTimeWindowUtcOffsetInMinutes",
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
        ",\"allOtherUpdateBehavior\":       ",
        ",\"configDataUpdateBehavior\":     ",
        ",\"criticalUpdateBehavior\":       ",
        ",\"customUpdateTimeWindows\":      ",
        ",\"firmwareUpdateBehavior\":       ",
        ",\"updateScheduleType\":           ",
        ",\"updateTimeWindowUtcOffsetInMinutes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSSoftwareUpdateConfiguration\"";
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
        v.field(18usize, "all_other_update_behavior", &self.all_other_update_behavior);
        v.field(
            19usize,
            "config_data_update_behavior",
            &self.config_data_update_behavior,
        );
        v.field(20usize, "critical_update_behavior", &self.critical_update_behavior);
        v.field(21usize, "custom_update_time_windows", &self.custom_update_time_windows);
        v.field(22usize, "firmware_update_behavior", &self.firmware_update_behavior);
        v.field(23usize, "update_schedule_type", &self.update_schedule_type);
        v.field(
            24usize,
            "update_time_window_utc_offset_in_minutes",
            &self.update_time_window_utc_offset_in_minutes,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsSoftwareUpdateConfiguration {
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
            18usize => self.all_other_update_behavior.read_from(r),
            19usize => self.config_data_update_behavior.read_from(r),
            20usize => self.critical_update_behavior.read_from(r),
            21usize => self.custom_update_time_windows.read_from(r),
            22usize => self.firmware_update_behavior.read_from(r),
            23usize => self.update_schedule_type.read_from(r),
            24usize => self.update_time_window_utc_offset_in_minutes.read_from(r),
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
        w.field(18usize, &self.all_other_update_behavior);
        w.field(19usize, &self.config_data_update_behavior);
        w.field(20usize, &self.critical_update_behavior);
        w.field(21usize, &self.custom_update_time_windows);
        w.field(22usize, &self.firmware_update_behavior);
        w.field(23usize, &self.update_schedule_type);
        w.field(24usize, &self.update_time_window_utc_offset_in_minutes);
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
rt::impl_object!(MacOsSoftwareUpdateConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsSoftwareUpdateConfiguration { with_id id : ::std::string::String;
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
    with_all_other_update_behavior all_other_update_behavior : crate
    ::beta::MacOsSoftwareUpdateBehavior; with_config_data_update_behavior
    config_data_update_behavior : crate ::beta::MacOsSoftwareUpdateBehavior;
    with_critical_update_behavior critical_update_behavior : crate
    ::beta::MacOsSoftwareUpdateBehavior; with_custom_update_time_windows
    custom_update_time_windows : ::std::vec::Vec < crate ::beta::CustomUpdateTimeWindow
    >; with_firmware_update_behavior firmware_update_behavior : crate
    ::beta::MacOsSoftwareUpdateBehavior; with_update_schedule_type update_schedule_type :
    crate ::beta::MacOsSoftwareUpdateScheduleType;
    with_update_time_window_utc_offset_in_minutes
    update_time_window_utc_offset_in_minutes : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// OS X Trusted Root Certificate configuration profile.
///
/// CSDL: `microsoft.graph.macOSTrustedRootCertificate`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsTrustedRootCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsTrustedRootCertificate {
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
    /// Trusted Root Certificate.
    ///
    /// CSDL: property `trustedRootCertificate`: `Edm.Binary`, not nullable.
    pub trusted_root_certificate: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsTrustedRootCertificate {
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
impl rt::Object for MacOsTrustedRootCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSTrustedRootCertificate";
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
    const TAG: &'static str = "\"#microsoft.graph.macOSTrustedRootCertificate\"";
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
impl rt::object::Members for MacOsTrustedRootCertificate {
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
rt::impl_object!(MacOsTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsTrustedRootCertificate { with_id id : ::std::string::String;
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
rt::impl_serde!(MacOsTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Mac device to connect to desired VPN endpoint. By specifying the authentication method and security types expected by VPN endpoint you can make the VPN connection seamless for end user.
///
/// CSDL: `microsoft.graph.macOSVpnConfiguration`, entity type, derived from `microsoft.graph.appleVpnConfiguration`, key `id`.
///
/// Request builders: [`MacOsVpnConfigurationPath`](requests/trait.MacOsVpnConfigurationPath.html), what a path to one (`EntityPath<MacOsVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsVpnConfiguration {
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
    /// Associated Domains
    ///
    /// CSDL: property `associatedDomains`: `Collection(Edm.String)`, nullable.
    pub associated_domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Authentication method for this VPN connection.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.vpnAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::VpnAuthenticationMethod>,
    /// Connection name displayed to the user.
    ///
    /// CSDL: property `connectionName`: `Edm.String`, not nullable.
    pub connection_name: rt::Field<::std::string::String>,
    /// Connection type.
    ///
    /// CSDL: property `connectionType`: `microsoft.graph.appleVpnConnectionType`, not nullable.
    pub connection_type: rt::Field<crate::beta::AppleVpnConnectionType>,
    /// Custom data when connection type is set to Custom VPN. Use this field to enable functionality not supported by Intune, but available in your VPN solution. Contact your VPN vendor to learn how to add these key/value pairs. This collection can contain a maximum of 25 elements.
    ///
    /// CSDL: property `customData`: `Collection(microsoft.graph.keyValue)`, nullable.
    pub custom_data: rt::Field<::std::vec::Vec<crate::beta::KeyValue>>,
    /// Custom data when connection type is set to Custom VPN. Use this field to enable functionality not supported by Intune, but available in your VPN solution. Contact your VPN vendor to learn how to add these key/value pairs. This collection can contain a maximum of 25 elements.
    ///
    /// CSDL: property `customKeyValueData`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub custom_key_value_data: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Toggle to prevent user from disabling automatic VPN in the Settings app
    ///
    /// CSDL: property `disableOnDemandUserOverride`: `Edm.Boolean`, nullable.
    pub disable_on_demand_user_override: rt::Field<bool>,
    /// Whether to disconnect after on-demand connection idles
    ///
    /// CSDL: property `disconnectOnIdle`: `Edm.Boolean`, nullable.
    pub disconnect_on_idle: rt::Field<bool>,
    /// The length of time in seconds to wait before disconnecting an on-demand connection. Valid values 0 to 65535
    ///
    /// CSDL: property `disconnectOnIdleTimerInSeconds`: `Edm.Int32`, nullable.
    pub disconnect_on_idle_timer_in_seconds: rt::Field<i32>,
    /// Setting this to true creates Per-App VPN payload which can later be associated with Apps that can trigger this VPN conneciton on the end user's iOS device.
    ///
    /// CSDL: property `enablePerApp`: `Edm.Boolean`, nullable.
    pub enable_per_app: rt::Field<bool>,
    /// Send all network traffic through VPN.
    ///
    /// CSDL: property `enableSplitTunneling`: `Edm.Boolean`, not nullable.
    pub enable_split_tunneling: rt::Field<bool>,
    /// Domains that are accessed through the public internet instead of through VPN, even when per-app VPN is activated
    ///
    /// CSDL: property `excludedDomains`: `Collection(Edm.String)`, nullable.
    pub excluded_domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Identifier provided by VPN vendor when connection type is set to Custom VPN. For example: Cisco AnyConnect uses an identifier of the form com.cisco.anyconnect.applevpn.plugin
    ///
    /// CSDL: property `identifier`: `Edm.String`, nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// Login group or domain when connection type is set to Dell SonicWALL Mobile Connection.
    ///
    /// CSDL: property `loginGroupOrDomain`: `Edm.String`, nullable.
    pub login_group_or_domain: rt::Field<::std::string::String>,
    /// On-Demand Rules. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `onDemandRules`: `Collection(microsoft.graph.vpnOnDemandRule)`, nullable.
    pub on_demand_rules: rt::Field<::std::vec::Vec<crate::beta::VpnOnDemandRule>>,
    /// Opt-In to sharing the device's Id to third-party vpn clients for use during network access control validation.
    ///
    /// CSDL: property `optInToDeviceIdSharing`: `Edm.Boolean`, nullable.
    pub opt_in_to_device_id_sharing: rt::Field<bool>,
    /// Provider type for per-app VPN.
    ///
    /// CSDL: property `providerType`: `microsoft.graph.vpnProviderType`, nullable.
    pub provider_type: rt::Field<crate::beta::VpnProviderType>,
    /// Proxy Server.
    ///
    /// CSDL: property `proxyServer`: `microsoft.graph.vpnProxyServer`, nullable.
    pub proxy_server: rt::Field<crate::beta::AnyVpnProxyServer>,
    /// Realm when connection type is set to Pulse Secure.
    ///
    /// CSDL: property `realm`: `Edm.String`, nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Role when connection type is set to Pulse Secure.
    ///
    /// CSDL: property `role`: `Edm.String`, nullable.
    pub role: rt::Field<::std::string::String>,
    /// Safari domains when this VPN per App setting is enabled. In addition to the apps associated with this VPN, Safari domains specified here will also be able to trigger this VPN connection.
    ///
    /// CSDL: property `safariDomains`: `Collection(Edm.String)`, nullable.
    pub safari_domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// VPN Server on the network. Make sure end users can access this network location.
    ///
    /// CSDL: property `server`: `microsoft.graph.vpnServer`, not nullable.
    pub server: rt::Field<crate::beta::VpnServer>,
    /// Identity certificate for client authentication when authentication method is certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.macOSCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<crate::beta::AnyMacOsCertificateProfileBase>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsVpnConfiguration {
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
            associated_domains: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            connection_name: rt::Field::Absent,
            connection_type: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            custom_key_value_data: rt::Field::Absent,
            disable_on_demand_user_override: rt::Field::Absent,
            disconnect_on_idle: rt::Field::Absent,
            disconnect_on_idle_timer_in_seconds: rt::Field::Absent,
            enable_per_app: rt::Field::Absent,
            enable_split_tunneling: rt::Field::Absent,
            excluded_domains: rt::Field::Absent,
            identifier: rt::Field::Absent,
            login_group_or_domain: rt::Field::Absent,
            on_demand_rules: rt::Field::Absent,
            opt_in_to_device_id_sharing: rt::Field::Absent,
            provider_type: rt::Field::Absent,
            proxy_server: rt::Field::Absent,
            realm: rt::Field::Absent,
            role: rt::Field::Absent,
            safari_domains: rt::Field::Absent,
            server: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsVpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSVpnConfiguration";
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
        "associatedDomains",
        "authenticationMethod",
        "connectionName",
        "connectionType",
        "customData",
        "customKeyValueData",
        "disableOnDemandUserOverride",
        "disconnectOnIdle",
        "disconnectOnIdleTimerInSeconds",
        "enablePerApp",
        "enableSplitTunneling",
        "excludedDomains",
        "identifier",
        "loginGroupOrDomain",
        "onDemandRules",
        "optInToDeviceIdSharing",
        "providerType",
        "proxyServer",
        "realm",
        "role",
        "safariDomains",
        "server",
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
        ",\"associatedDomains\":            ",
        ",\"authenticationMethod\":         ",
        ",\"connectionName\":               ",
        ",\"connectionType\":               ",
        ",\"customData\":                   ",
        ",\"customKeyValueData\":           ",
        ",\"disableOnDemandUserOverride\":  ",
        ",\"disconnectOnIdle\":             ",
        ",\"disconnectOnIdleTimerInSeconds\":",
        ",\"enablePerApp\":                 ",
        ",\"enableSplitTunneling\":         ",
        ",\"excludedDomains\":              ",
        ",\"identifier\":                   ",
        ",\"loginGroupOrDomain\":           ",
        ",\"onDemandRules\":                ",
        ",\"optInToDeviceIdSharing\":       ",
        ",\"providerType\":                 ",
        ",\"proxyServer\":                  ",
        ",\"realm\":                        ",
        ",\"role\":                         ",
        ",\"safariDomains\":                ",
        ",\"server\":                       ",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSVpnConfiguration\"";
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
        v.field(18usize, "associated_domains", &self.associated_domains);
        v.field(19usize, "authentication_method", &self.authentication_method);
        v.field(20usize, "connection_name", &self.connection_name);
        v.field(21usize, "connection_type", &self.connection_type);
        v.field(22usize, "custom_data", &self.custom_data);
        v.field(23usize, "custom_key_value_data", &self.custom_key_value_data);
        v.field(
            24usize,
            "disable_on_demand_user_override",
            &self.disable_on_demand_user_override,
        );
        v.field(25usize, "disconnect_on_idle", &self.disconnect_on_idle);
        v.field(
            26usize,
            "disconnect_on_idle_timer_in_seconds",
            &self.disconnect_on_idle_timer_in_seconds,
        );
        v.field(27usize, "enable_per_app", &self.enable_per_app);
        v.field(28usize, "enable_split_tunneling", &self.enable_split_tunneling);
        v.field(29usize, "excluded_domains", &self.excluded_domains);
        v.field(30usize, "identifier", &self.identifier);
        v.field(31usize, "login_group_or_domain", &self.login_group_or_domain);
        v.field(32usize, "on_demand_rules", &self.on_demand_rules);
        v.field(
            33usize,
            "opt_in_to_device_id_sharing",
            &self.opt_in_to_device_id_sharing,
        );
        v.field(34usize, "provider_type", &self.provider_type);
        v.field(35usize, "proxy_server", &self.proxy_server);
        v.field(36usize, "realm", &self.realm);
        v.field(37usize, "role", &self.role);
        v.field(38usize, "safari_domains", &self.safari_domains);
        v.field(39usize, "server", &self.server);
        v.field(40usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsVpnConfiguration {
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
            18usize => self.associated_domains.read_from(r),
            19usize => self.authentication_method.read_from(r),
            20usize => self.connection_name.read_from(r),
            21usize => self.connection_type.read_from(r),
            22usize => self.custom_data.read_from(r),
            23usize => self.custom_key_value_data.read_from(r),
            24usize => self.disable_on_demand_user_override.read_from(r),
            25usize => self.disconnect_on_idle.read_from(r),
            26usize => self.disconnect_on_idle_timer_in_seconds.read_from(r),
            27usize => self.enable_per_app.read_from(r),
            28usize => self.enable_split_tunneling.read_from(r),
            29usize => self.excluded_domains.read_from(r),
            30usize => self.identifier.read_from(r),
            31usize => self.login_group_or_domain.read_from(r),
            32usize => self.on_demand_rules.read_from(r),
            33usize => self.opt_in_to_device_id_sharing.read_from(r),
            34usize => self.provider_type.read_from(r),
            35usize => self.proxy_server.read_from(r),
            36usize => self.realm.read_from(r),
            37usize => self.role.read_from(r),
            38usize => self.safari_domains.read_from(r),
            39usize => self.server.read_from(r),
            40usize => self.identity_certificate.read_from(r),
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
        w.field(18usize, &self.associated_domains);
        w.field(19usize, &self.authentication_method);
        w.field(20usize, &self.connection_name);
        w.field(21usize, &self.connection_type);
        w.field(22usize, &self.custom_data);
        w.field(23usize, &self.custom_key_value_data);
        w.field(24usize, &self.disable_on_demand_user_override);
        w.field(25usize, &self.disconnect_on_idle);
        w.field(26usize, &self.disconnect_on_idle_timer_in_seconds);
        w.field(27usize, &self.enable_per_app);
        w.field(28usize, &self.enable_split_tunneling);
        w.field(29usize, &self.excluded_domains);
        w.field(30usize, &self.identifier);
        w.field(31usize, &self.login_group_or_domain);
        w.field(32usize, &self.on_demand_rules);
        w.field(33usize, &self.opt_in_to_device_id_sharing);
        w.field(34usize, &self.provider_type);
        w.field(35usize, &self.proxy_server);
        w.field(36usize, &self.realm);
        w.field(37usize, &self.role);
        w.field(38usize, &self.safari_domains);
        w.field(39usize, &self.server);
        w.field(40usize, &self.identity_certificate);
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
rt::impl_object!(MacOsVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsVpnConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_associated_domains associated_domains : ::std::vec::Vec < ::std::string::String
    >; with_authentication_method authentication_method : crate
    ::beta::VpnAuthenticationMethod; with_connection_name connection_name :
    ::std::string::String; with_connection_type connection_type : crate
    ::beta::AppleVpnConnectionType; with_custom_data custom_data : ::std::vec::Vec <
    crate ::beta::KeyValue >; with_custom_key_value_data custom_key_value_data :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_disable_on_demand_user_override
    disable_on_demand_user_override : bool; with_disconnect_on_idle disconnect_on_idle :
    bool; with_disconnect_on_idle_timer_in_seconds disconnect_on_idle_timer_in_seconds :
    i32; with_enable_per_app enable_per_app : bool; with_enable_split_tunneling
    enable_split_tunneling : bool; with_excluded_domains excluded_domains :
    ::std::vec::Vec < ::std::string::String >; with_identifier identifier :
    ::std::string::String; with_login_group_or_domain login_group_or_domain :
    ::std::string::String; with_on_demand_rules on_demand_rules : ::std::vec::Vec < crate
    ::beta::VpnOnDemandRule >; with_opt_in_to_device_id_sharing
    opt_in_to_device_id_sharing : bool; with_provider_type provider_type : crate
    ::beta::VpnProviderType; with_proxy_server proxy_server : crate
    ::beta::AnyVpnProxyServer; with_realm realm : ::std::string::String; with_role role :
    ::std::string::String; with_safari_domains safari_domains : ::std::vec::Vec <
    ::std::string::String >; with_server server : crate ::beta::VpnServer;
    with_identity_certificate identity_certificate : crate
    ::beta::AnyMacOsCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the macOS device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user.
///
/// CSDL: `microsoft.graph.macOSWiFiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyMacOsWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsWiFiConfiguration {
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
    /// CSDL: property `connectAutomatically`: `Edm.Boolean`, not nullable.
    pub connect_automatically: rt::Field<bool>,
    /// Connect when the network is not broadcasting its name (SSID). When set to true, this profile forces the device to connect to a network that doesn't broadcast its SSID to all devices.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, not nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Network Name
    ///
    /// CSDL: property `networkName`: `Edm.String`, not nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// URL of the proxy server automatic configuration script when automatic configuration is selected. This URL is typically the location of PAC (Proxy Auto Configuration) file.
    ///
    /// CSDL: property `proxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// IP Address or DNS hostname of the proxy server when manual configuration is selected.
    ///
    /// CSDL: property `proxyManualAddress`: `Edm.String`, nullable.
    pub proxy_manual_address: rt::Field<::std::string::String>,
    /// Port of the proxy server when manual configuration is selected.
    ///
    /// CSDL: property `proxyManualPort`: `Edm.Int32`, nullable.
    pub proxy_manual_port: rt::Field<i32>,
    /// Proxy Type for this Wi-Fi connection
    ///
    /// CSDL: property `proxySettings`: `microsoft.graph.wiFiProxySetting`, not nullable.
    pub proxy_settings: rt::Field<crate::beta::WiFiProxySetting>,
    /// This is the name of the Wi-Fi network that is broadcast to all devices.
    ///
    /// CSDL: property `ssid`: `Edm.String`, not nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Indicates whether Wi-Fi endpoint uses an EAP based security type.
    ///
    /// CSDL: property `wiFiSecurityType`: `microsoft.graph.wiFiSecurityType`, not nullable.
    pub wi_fi_security_type: rt::Field<crate::beta::WiFiSecurityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsWiFiConfiguration {
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
            proxy_automatic_configuration_url: rt::Field::Absent,
            proxy_manual_address: rt::Field::Absent,
            proxy_manual_port: rt::Field::Absent,
            proxy_settings: rt::Field::Absent,
            ssid: rt::Field::Absent,
            wi_fi_security_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSWiFiConfiguration";
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
        "proxyAutomaticConfigurationUrl",
        "proxyManualAddress",
        "proxyManualPort",
        "proxySettings",
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
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxyManualAddress\":           ",
        ",\"proxyManualPort\":              ",
        ",\"proxySettings\":                ",
        ",\"ssid\":                         ",
        ",\"wiFiSecurityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSWiFiConfiguration\"";
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
        v.field(
            22usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        v.field(23usize, "proxy_manual_address", &self.proxy_manual_address);
        v.field(24usize, "proxy_manual_port", &self.proxy_manual_port);
        v.field(25usize, "proxy_settings", &self.proxy_settings);
        v.field(26usize, "ssid", &self.ssid);
        v.field(27usize, "wi_fi_security_type", &self.wi_fi_security_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsWiFiConfiguration {
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
            22usize => self.proxy_automatic_configuration_url.read_from(r),
            23usize => self.proxy_manual_address.read_from(r),
            24usize => self.proxy_manual_port.read_from(r),
            25usize => self.proxy_settings.read_from(r),
            26usize => self.ssid.read_from(r),
            27usize => self.wi_fi_security_type.read_from(r),
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
        w.field(22usize, &self.proxy_automatic_configuration_url);
        w.field(23usize, &self.proxy_manual_address);
        w.field(24usize, &self.proxy_manual_port);
        w.field(25usize, &self.proxy_settings);
        w.field(26usize, &self.ssid);
        w.field(27usize, &self.wi_fi_security_type);
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
rt::impl_object!(MacOsWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsWiFiConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_connect_automatically connect_automatically : bool;
    with_connect_when_network_name_is_hidden connect_when_network_name_is_hidden : bool;
    with_network_name network_name : ::std::string::String; with_pre_shared_key
    pre_shared_key : ::std::string::String; with_proxy_automatic_configuration_url
    proxy_automatic_configuration_url : ::std::string::String; with_proxy_manual_address
    proxy_manual_address : ::std::string::String; with_proxy_manual_port
    proxy_manual_port : i32; with_proxy_settings proxy_settings : crate
    ::beta::WiFiProxySetting; with_ssid ssid : ::std::string::String;
    with_wi_fi_security_type wi_fi_security_type : crate ::beta::WiFiSecurityType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.macOSWiFiConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMacOsWiFiConfiguration {
    MacOsWiFiConfiguration(::std::boxed::Box<crate::beta::MacOsWiFiConfiguration>),
    MacOsEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::MacOsEnterpriseWiFiConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyMacOsWiFiConfiguration {
    #[inline]
    fn default() -> Self {
        Self::MacOsWiFiConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsWiFiConfiguration>
for AnyMacOsWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsWiFiConfiguration) -> Self {
        Self::MacOsWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsEnterpriseWiFiConfiguration>
for AnyMacOsWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsEnterpriseWiFiConfiguration) -> Self {
        Self::MacOsEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyMacOsWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMacOsWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyMacOsWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMacOsWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMacOsWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MacOsWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsEnterpriseWiFiConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyMacOsWiFiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.macOSWiFiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.macOSEnterpriseWiFiConfiguration",
            ) => Self::MacOsEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            _ => Self::MacOsWiFiConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MacOsWiFiConfiguration(v) => &**v,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut **v,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyMacOsWiFiConfiguration {
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
            Self::MacOsWiFiConfiguration(v) => &v.id,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.id,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.created_date_time,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.created_date_time,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.description,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.description,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::MacOsWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
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
            Self::MacOsWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
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
            Self::MacOsWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
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
            Self::MacOsWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
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
            Self::MacOsWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
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
            Self::MacOsWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.display_name,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.display_name,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.version,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.version,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.assignments,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.assignments,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
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
            Self::MacOsWiFiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
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
            Self::MacOsWiFiConfiguration(v) => &v.device_statuses,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.device_statuses,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.device_status_overview,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.group_assignments,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.group_assignments,
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
            Self::MacOsWiFiConfiguration(v) => &mut v.group_assignments,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.user_statuses,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.user_statuses,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.user_status_overview,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.connect_automatically,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.connect_automatically,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.connect_automatically,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.connect_automatically,
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.connect_when_network_name_is_hidden,
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.connect_when_network_name_is_hidden,
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.network_name,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.network_name,
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.network_name,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.network_name,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.pre_shared_key,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.pre_shared_key,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.pre_shared_key,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.pre_shared_key,
        }
    }
    /// `proxyAutomaticConfigurationUrl` of any variant.
    #[inline]
    pub fn proxy_automatic_configuration_url(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.proxy_automatic_configuration_url,
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &v.proxy_automatic_configuration_url
            }
        }
    }
    /// `proxyAutomaticConfigurationUrl` of any variant.
    #[inline]
    pub fn proxy_automatic_configuration_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.proxy_automatic_configuration_url,
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                &mut v.proxy_automatic_configuration_url
            }
        }
    }
    /// `proxyManualAddress` of any variant.
    #[inline]
    pub fn proxy_manual_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.proxy_manual_address,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.proxy_manual_address,
        }
    }
    /// `proxyManualAddress` of any variant.
    #[inline]
    pub fn proxy_manual_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.proxy_manual_address,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.proxy_manual_address,
        }
    }
    /// `proxyManualPort` of any variant.
    #[inline]
    pub fn proxy_manual_port(&self) -> &rt::Field<i32> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.proxy_manual_port,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.proxy_manual_port,
        }
    }
    /// `proxyManualPort` of any variant.
    #[inline]
    pub fn proxy_manual_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.proxy_manual_port,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.proxy_manual_port,
        }
    }
    /// `proxySettings` of any variant.
    #[inline]
    pub fn proxy_settings(&self) -> &rt::Field<crate::beta::WiFiProxySetting> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.proxy_settings,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.proxy_settings,
        }
    }
    /// `proxySettings` of any variant.
    #[inline]
    pub fn proxy_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WiFiProxySetting> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.proxy_settings,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.proxy_settings,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.ssid,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.ssid,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.ssid,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.ssid,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type(&self) -> &rt::Field<crate::beta::WiFiSecurityType> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.wi_fi_security_type,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.wi_fi_security_type,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WiFiSecurityType> {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.wi_fi_security_type,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.wi_fi_security_type,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyMacOsWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMacOsWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS wired network configuration profile.
///
/// CSDL: `microsoft.graph.macOSWiredNetworkConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`MacOsWiredNetworkConfigurationPath`](requests/trait.MacOsWiredNetworkConfigurationPath.html), what a path to one (`EntityPath<MacOsWiredNetworkConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsWiredNetworkConfiguration {
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
    /// Authentication Method when EAP Type is configured to PEAP or EAP-TTLS.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.wiFiAuthenticationMethod`, nullable.
    pub authentication_method: rt::Field<crate::beta::WiFiAuthenticationMethod>,
    /// EAP-FAST Configuration Option when EAP-FAST is the selected EAP Type.
    ///
    /// CSDL: property `eapFastConfiguration`: `microsoft.graph.eapFastConfiguration`, nullable.
    pub eap_fast_configuration: rt::Field<crate::beta::EapFastConfiguration>,
    /// Extensible Authentication Protocol (EAP). Indicates the type of EAP protocol set on the wired network.
    ///
    /// CSDL: property `eapType`: `microsoft.graph.eapType`, not nullable.
    pub eap_type: rt::Field<crate::beta::EapType>,
    /// Enable identity privacy (Outer Identity) when EAP Type is configured to EAP-TTLS, EAP-FAST or PEAP. This property masks usernames with the text you enter. For example, if you use 'anonymous', each user that authenticates with this wired network using their real username is displayed as 'anonymous'.
    ///
    /// CSDL: property `enableOuterIdentityPrivacy`: `Edm.String`, nullable.
    pub enable_outer_identity_privacy: rt::Field<::std::string::String>,
    /// Network interface.
    ///
    /// CSDL: property `networkInterface`: `microsoft.graph.wiredNetworkInterface`, not nullable.
    pub network_interface: rt::Field<crate::beta::WiredNetworkInterface>,
    /// Network Name
    ///
    /// CSDL: property `networkName`: `Edm.String`, not nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// Non-EAP Method for Authentication (Inner Identity) when EAP Type is EAP-TTLS and Authenticationmethod is Username and Password.
    ///
    /// CSDL: property `nonEapAuthenticationMethodForEapTtls`: `microsoft.graph.nonEapAuthenticationMethodForEapTtlsType`, nullable.
    pub non_eap_authentication_method_for_eap_ttls: rt::Field<
        crate::beta::NonEapAuthenticationMethodForEapTtlsType,
    >,
    /// Trusted server certificate names when EAP Type is configured to EAP-TLS/TTLS/FAST or PEAP. This is the common name used in the certificates issued by your trusted certificate authority (CA). If you provide this information, you can bypass the dynamic trust dialog that is displayed on end users devices when they connect to this wired network.
    ///
    /// CSDL: property `trustedServerCertificateNames`: `Collection(Edm.String)`, nullable.
    pub trusted_server_certificate_names: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Identity Certificate for client authentication when EAP Type is configured to EAP-TLS, EAP-TTLS (with Certificate Authentication), or PEAP (with Certificate Authentication).
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.macOSCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyMacOsCertificateProfileBase,
    >,
    /// Trusted Root Certificate for Server Validation when EAP Type is configured to EAP-TLS/TTLS/FAST or PEAP.
    ///
    /// CSDL: navigation property `rootCertificateForServerValidation`: `microsoft.graph.macOSTrustedRootCertificate`, nullable.
    pub root_certificate_for_server_validation: rt::Field<
        crate::beta::MacOsTrustedRootCertificate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsWiredNetworkConfiguration {
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
            eap_fast_configuration: rt::Field::Absent,
            eap_type: rt::Field::Absent,
            enable_outer_identity_privacy: rt::Field::Absent,
            network_interface: rt::Field::Absent,
            network_name: rt::Field::Absent,
            non_eap_authentication_method_for_eap_ttls: rt::Field::Absent,
            trusted_server_certificate_names: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificate_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsWiredNetworkConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSWiredNetworkConfiguration";
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
        "eapFastConfiguration",
        "eapType",
        "enableOuterIdentityPrivacy",
        "networkInterface",
        "networkName",
        "nonEapAuthenticationMethodForEapTtls",
        "trustedServerCertificateNames",
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
        ",\"authenticationMethod\":         ",
        ",\"eapFastConfiguration\":         ",
        ",\"eapType\":                      ",
        ",\"enableOuterIdentityPrivacy\":   ",
        ",\"networkInterface\":             ",
        ",\"networkName\":                  ",
        ",\"nonEapAuthenticationMethodForEapTtls\":",
        ",\"trustedServerCertificateNames\":",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSWiredNetworkConfiguration\"";
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
        v.field(19usize, "eap_fast_configuration", &self.eap_fast_configuration);
        v.field(20usize, "eap_type", &self.eap_type);
        v.field(
            21usize,
            "enable_outer_identity_privacy",
            &self.enable_outer_identity_privacy,
        );
        v.field(22usize, "network_interface", &self.network_interface);
        v.field(23usize, "network_name", &self.network_name);
        v.field(
            24usize,
            "non_eap_authentication_method_for_eap_ttls",
            &self.non_eap_authentication_method_for_eap_ttls,
        );
        v.field(
            25usize,
            "trusted_server_certificate_names",
            &self.trusted_server_certificate_names,
        );
        v.field(
            26usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            27usize,
            "root_certificate_for_server_validation",
            &self.root_certificate_for_server_validation,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsWiredNetworkConfiguration {
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
            19usize => self.eap_fast_configuration.read_from(r),
            20usize => self.eap_type.read_from(r),
            21usize => self.enable_outer_identity_privacy.read_from(r),
            22usize => self.network_interface.read_from(r),
            23usize => self.network_name.read_from(r),
            24usize => self.non_eap_authentication_method_for_eap_ttls.read_from(r),
            25usize => self.trusted_server_certificate_names.read_from(r),
            26usize => self.identity_certificate_for_client_authentication.read_from(r),
            27usize => self.root_certificate_for_server_validation.read_from(r),
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
        w.field(19usize, &self.eap_fast_configuration);
        w.field(20usize, &self.eap_type);
        w.field(21usize, &self.enable_outer_identity_privacy);
        w.field(22usize, &self.network_interface);
        w.field(23usize, &self.network_name);
        w.field(24usize, &self.non_eap_authentication_method_for_eap_ttls);
        w.field(25usize, &self.trusted_server_certificate_names);
        w.field(26usize, &self.identity_certificate_for_client_authentication);
        w.field(27usize, &self.root_certificate_for_server_validation);
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
rt::impl_object!(MacOsWiredNetworkConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsWiredNetworkConfiguration { with_id id : ::std::string::String;
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
    ::beta::WiFiAuthenticationMethod; with_eap_fast_configuration eap_fast_configuration
    : crate ::beta::EapFastConfiguration; with_eap_type eap_type : crate ::beta::EapType;
    with_enable_outer_identity_privacy enable_outer_identity_privacy :
    ::std::string::String; with_network_interface network_interface : crate
    ::beta::WiredNetworkInterface; with_network_name network_name :
    ::std::string::String; with_non_eap_authentication_method_for_eap_ttls
    non_eap_authentication_method_for_eap_ttls : crate
    ::beta::NonEapAuthenticationMethodForEapTtlsType;
    with_trusted_server_certificate_names trusted_server_certificate_names :
    ::std::vec::Vec < ::std::string::String >;
    with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyMacOsCertificateProfileBase; with_root_certificate_for_server_validation
    root_certificate_for_server_validation : crate ::beta::MacOsTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsWiredNetworkConfiguration);
