//! Types of `microsoft.graph` by the first letters of their names (`iosc_iosp`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Device Configuration.
///
/// CSDL: `microsoft.graph.iosCertificateProfile`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyIosCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosCertificateProfile {
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
impl ::std::default::Default for IosCertificateProfile {
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
impl rt::Object for IosCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.iosCertificateProfile";
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
    const TAG: &'static str = "\"#microsoft.graph.iosCertificateProfile\"";
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
impl rt::object::Members for IosCertificateProfile {
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
rt::impl_object!(IosCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosCertificateProfile { with_id id : ::std::string::String; with_created_date_time
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
rt::impl_serde!(IosCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.iosCertificateProfile` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosCertificateProfile {
    IosCertificateProfile(::std::boxed::Box<crate::beta::IosCertificateProfile>),
    IosCertificateProfileBase(::std::boxed::Box<crate::beta::IosCertificateProfileBase>),
    IosImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::IosImportedPfxCertificateProfile>,
    ),
    IosPkcsCertificateProfile(::std::boxed::Box<crate::beta::IosPkcsCertificateProfile>),
    IosScepCertificateProfile(::std::boxed::Box<crate::beta::IosScepCertificateProfile>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyIosCertificateProfile {
    #[inline]
    fn default() -> Self {
        Self::IosCertificateProfile(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCertificateProfile>
for AnyIosCertificateProfile {
    #[inline]
    fn from(v: crate::beta::IosCertificateProfile) -> Self {
        Self::IosCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCertificateProfileBase>
for AnyIosCertificateProfile {
    #[inline]
    fn from(v: crate::beta::IosCertificateProfileBase) -> Self {
        Self::IosCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosImportedPfxCertificateProfile>
for AnyIosCertificateProfile {
    #[inline]
    fn from(v: crate::beta::IosImportedPfxCertificateProfile) -> Self {
        Self::IosImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosPkcsCertificateProfile>
for AnyIosCertificateProfile {
    #[inline]
    fn from(v: crate::beta::IosPkcsCertificateProfile) -> Self {
        Self::IosPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosScepCertificateProfile>
for AnyIosCertificateProfile {
    #[inline]
    fn from(v: crate::beta::IosScepCertificateProfile) -> Self {
        Self::IosScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyIosCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IosCertificateProfile>();
    rt::object::auto_traits::<crate::beta::IosCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::IosImportedPfxCertificateProfile>();
    rt::object::auto_traits::<crate::beta::IosPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::IosScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyIosCertificateProfile {
    const BASE_NAME: &'static str = "microsoft.graph.iosCertificateProfile";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfileBase") => {
                Self::IosCertificateProfileBase(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.iosImportedPFXCertificateProfile",
            ) => Self::IosImportedPfxCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosPkcsCertificateProfile") => {
                Self::IosPkcsCertificateProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosScepCertificateProfile") => {
                Self::IosScepCertificateProfile(rt::object::new_boxed())
            }
            _ => Self::IosCertificateProfile(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosCertificateProfile(v) => &**v,
            Self::IosCertificateProfileBase(v) => &**v,
            Self::IosImportedPfxCertificateProfile(v) => &**v,
            Self::IosPkcsCertificateProfile(v) => &**v,
            Self::IosScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosCertificateProfile(v) => &mut **v,
            Self::IosCertificateProfileBase(v) => &mut **v,
            Self::IosImportedPfxCertificateProfile(v) => &mut **v,
            Self::IosPkcsCertificateProfile(v) => &mut **v,
            Self::IosScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyIosCertificateProfile {
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
            Self::IosCertificateProfile(v) => &v.id,
            Self::IosCertificateProfileBase(v) => &v.id,
            Self::IosImportedPfxCertificateProfile(v) => &v.id,
            Self::IosPkcsCertificateProfile(v) => &v.id,
            Self::IosScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.id,
            Self::IosCertificateProfileBase(v) => &mut v.id,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.id,
            Self::IosPkcsCertificateProfile(v) => &mut v.id,
            Self::IosScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosCertificateProfile(v) => &v.created_date_time,
            Self::IosCertificateProfileBase(v) => &v.created_date_time,
            Self::IosImportedPfxCertificateProfile(v) => &v.created_date_time,
            Self::IosPkcsCertificateProfile(v) => &v.created_date_time,
            Self::IosScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.created_date_time,
            Self::IosCertificateProfileBase(v) => &mut v.created_date_time,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.created_date_time,
            Self::IosPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::IosScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfile(v) => &v.description,
            Self::IosCertificateProfileBase(v) => &v.description,
            Self::IosImportedPfxCertificateProfile(v) => &v.description,
            Self::IosPkcsCertificateProfile(v) => &v.description,
            Self::IosScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.description,
            Self::IosCertificateProfileBase(v) => &mut v.description,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.description,
            Self::IosPkcsCertificateProfile(v) => &mut v.description,
            Self::IosScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::IosCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::IosCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::IosCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::IosCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::IosCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosCertificateProfileBase(v) => {
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
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::IosCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosCertificateProfileBase(v) => {
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
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfile(v) => &v.display_name,
            Self::IosCertificateProfileBase(v) => &v.display_name,
            Self::IosImportedPfxCertificateProfile(v) => &v.display_name,
            Self::IosPkcsCertificateProfile(v) => &v.display_name,
            Self::IosScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.display_name,
            Self::IosCertificateProfileBase(v) => &mut v.display_name,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.display_name,
            Self::IosPkcsCertificateProfile(v) => &mut v.display_name,
            Self::IosScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::IosImportedPfxCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosScepCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosPkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosScepCertificateProfile(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::IosCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::IosImportedPfxCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::IosPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::IosScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::IosCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::IosPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::IosScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::IosCertificateProfile(v) => &v.supports_scope_tags,
            Self::IosCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::IosImportedPfxCertificateProfile(v) => &v.supports_scope_tags,
            Self::IosPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::IosScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::IosCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::IosPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::IosScepCertificateProfile(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::IosCertificateProfile(v) => &v.version,
            Self::IosCertificateProfileBase(v) => &v.version,
            Self::IosImportedPfxCertificateProfile(v) => &v.version,
            Self::IosPkcsCertificateProfile(v) => &v.version,
            Self::IosScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.version,
            Self::IosCertificateProfileBase(v) => &mut v.version,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.version,
            Self::IosPkcsCertificateProfile(v) => &mut v.version,
            Self::IosScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::IosCertificateProfile(v) => &v.assignments,
            Self::IosCertificateProfileBase(v) => &v.assignments,
            Self::IosImportedPfxCertificateProfile(v) => &v.assignments,
            Self::IosPkcsCertificateProfile(v) => &v.assignments,
            Self::IosScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.assignments,
            Self::IosCertificateProfileBase(v) => &mut v.assignments,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.assignments,
            Self::IosPkcsCertificateProfile(v) => &mut v.assignments,
            Self::IosScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::IosCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::IosCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::IosImportedPfxCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosPkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::IosScepCertificateProfile(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::IosCertificateProfileBase(v) => &mut v.device_setting_state_summaries,
            Self::IosImportedPfxCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosPkcsCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::IosScepCertificateProfile(v) => &mut v.device_setting_state_summaries,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::IosCertificateProfile(v) => &v.device_statuses,
            Self::IosCertificateProfileBase(v) => &v.device_statuses,
            Self::IosImportedPfxCertificateProfile(v) => &v.device_statuses,
            Self::IosPkcsCertificateProfile(v) => &v.device_statuses,
            Self::IosScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.device_statuses,
            Self::IosCertificateProfileBase(v) => &mut v.device_statuses,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.device_statuses,
            Self::IosPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::IosScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::IosCertificateProfile(v) => &v.device_status_overview,
            Self::IosCertificateProfileBase(v) => &v.device_status_overview,
            Self::IosImportedPfxCertificateProfile(v) => &v.device_status_overview,
            Self::IosPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::IosScepCertificateProfile(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosPkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosScepCertificateProfile(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::IosCertificateProfile(v) => &v.group_assignments,
            Self::IosCertificateProfileBase(v) => &v.group_assignments,
            Self::IosImportedPfxCertificateProfile(v) => &v.group_assignments,
            Self::IosPkcsCertificateProfile(v) => &v.group_assignments,
            Self::IosScepCertificateProfile(v) => &v.group_assignments,
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
            Self::IosCertificateProfile(v) => &mut v.group_assignments,
            Self::IosCertificateProfileBase(v) => &mut v.group_assignments,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.group_assignments,
            Self::IosPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::IosScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::IosCertificateProfile(v) => &v.user_statuses,
            Self::IosCertificateProfileBase(v) => &v.user_statuses,
            Self::IosImportedPfxCertificateProfile(v) => &v.user_statuses,
            Self::IosPkcsCertificateProfile(v) => &v.user_statuses,
            Self::IosScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.user_statuses,
            Self::IosCertificateProfileBase(v) => &mut v.user_statuses,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.user_statuses,
            Self::IosPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::IosScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::IosCertificateProfile(v) => &v.user_status_overview,
            Self::IosCertificateProfileBase(v) => &v.user_status_overview,
            Self::IosImportedPfxCertificateProfile(v) => &v.user_status_overview,
            Self::IosPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::IosScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::IosCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::IosImportedPfxCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosScepCertificateProfile(v) => &mut v.user_status_overview,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyIosCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS certificate profile base.
///
/// CSDL: `microsoft.graph.iosCertificateProfileBase`, entity type, derived from `microsoft.graph.iosCertificateProfile`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyIosCertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosCertificateProfileBase {
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
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name type.
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
impl ::std::default::Default for IosCertificateProfileBase {
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
impl rt::Object for IosCertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.iosCertificateProfileBase";
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
    const TAG: &'static str = "\"#microsoft.graph.iosCertificateProfileBase\"";
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
impl rt::object::Members for IosCertificateProfileBase {
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
rt::impl_object!(IosCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosCertificateProfileBase { with_id id : ::std::string::String;
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
rt::impl_serde!(IosCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.iosCertificateProfileBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosCertificateProfileBase {
    IosCertificateProfileBase(::std::boxed::Box<crate::beta::IosCertificateProfileBase>),
    IosPkcsCertificateProfile(::std::boxed::Box<crate::beta::IosPkcsCertificateProfile>),
    IosScepCertificateProfile(::std::boxed::Box<crate::beta::IosScepCertificateProfile>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyIosCertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::IosCertificateProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCertificateProfileBase>
for AnyIosCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::IosCertificateProfileBase) -> Self {
        Self::IosCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosPkcsCertificateProfile>
for AnyIosCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::IosPkcsCertificateProfile) -> Self {
        Self::IosPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosScepCertificateProfile>
for AnyIosCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::IosScepCertificateProfile) -> Self {
        Self::IosScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyIosCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IosCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::IosPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::IosScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyIosCertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.iosCertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosPkcsCertificateProfile") => {
                Self::IosPkcsCertificateProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosScepCertificateProfile") => {
                Self::IosScepCertificateProfile(rt::object::new_boxed())
            }
            _ => Self::IosCertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosCertificateProfileBase(v) => &**v,
            Self::IosPkcsCertificateProfile(v) => &**v,
            Self::IosScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosCertificateProfileBase(v) => &mut **v,
            Self::IosPkcsCertificateProfile(v) => &mut **v,
            Self::IosScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyIosCertificateProfileBase {
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
            Self::IosCertificateProfileBase(v) => &v.id,
            Self::IosPkcsCertificateProfile(v) => &v.id,
            Self::IosScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.id,
            Self::IosPkcsCertificateProfile(v) => &mut v.id,
            Self::IosScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.created_date_time,
            Self::IosPkcsCertificateProfile(v) => &v.created_date_time,
            Self::IosScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.created_date_time,
            Self::IosPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::IosScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.description,
            Self::IosPkcsCertificateProfile(v) => &v.description,
            Self::IosScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.description,
            Self::IosPkcsCertificateProfile(v) => &mut v.description,
            Self::IosScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::IosCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosScepCertificateProfile(v) => {
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
            Self::IosCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosScepCertificateProfile(v) => {
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
            Self::IosCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosScepCertificateProfile(v) => {
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
            Self::IosCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosScepCertificateProfile(v) => {
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
            Self::IosCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosScepCertificateProfile(v) => {
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
            Self::IosCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.display_name,
            Self::IosPkcsCertificateProfile(v) => &v.display_name,
            Self::IosScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.display_name,
            Self::IosPkcsCertificateProfile(v) => &mut v.display_name,
            Self::IosScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::IosPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::IosScepCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.last_modified_date_time,
            Self::IosPkcsCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::IosScepCertificateProfile(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::IosPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::IosScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::IosPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::IosScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::IosPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::IosScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::IosPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::IosScepCertificateProfile(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.version,
            Self::IosPkcsCertificateProfile(v) => &v.version,
            Self::IosScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.version,
            Self::IosPkcsCertificateProfile(v) => &mut v.version,
            Self::IosScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.assignments,
            Self::IosPkcsCertificateProfile(v) => &v.assignments,
            Self::IosScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.assignments,
            Self::IosPkcsCertificateProfile(v) => &mut v.assignments,
            Self::IosScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.device_setting_state_summaries,
            Self::IosPkcsCertificateProfile(v) => &v.device_setting_state_summaries,
            Self::IosScepCertificateProfile(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.device_setting_state_summaries,
            Self::IosPkcsCertificateProfile(v) => &mut v.device_setting_state_summaries,
            Self::IosScepCertificateProfile(v) => &mut v.device_setting_state_summaries,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.device_statuses,
            Self::IosPkcsCertificateProfile(v) => &v.device_statuses,
            Self::IosScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.device_statuses,
            Self::IosPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::IosScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.device_status_overview,
            Self::IosPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::IosScepCertificateProfile(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.device_status_overview,
            Self::IosPkcsCertificateProfile(v) => &mut v.device_status_overview,
            Self::IosScepCertificateProfile(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.group_assignments,
            Self::IosPkcsCertificateProfile(v) => &v.group_assignments,
            Self::IosScepCertificateProfile(v) => &v.group_assignments,
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
            Self::IosCertificateProfileBase(v) => &mut v.group_assignments,
            Self::IosPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::IosScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.user_statuses,
            Self::IosPkcsCertificateProfile(v) => &v.user_statuses,
            Self::IosScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.user_statuses,
            Self::IosPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::IosScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.user_status_overview,
            Self::IosPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::IosScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::IosPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::IosScepCertificateProfile(v) => &mut v.user_status_overview,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale(
        &self,
    ) -> &rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.certificate_validity_period_scale,
            Self::IosPkcsCertificateProfile(v) => &v.certificate_validity_period_scale,
            Self::IosScepCertificateProfile(v) => &v.certificate_validity_period_scale,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::IosCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::IosPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::IosScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.certificate_validity_period_value,
            Self::IosPkcsCertificateProfile(v) => &v.certificate_validity_period_value,
            Self::IosScepCertificateProfile(v) => &v.certificate_validity_period_value,
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::IosCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::IosPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::IosScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.renewal_threshold_percentage,
            Self::IosPkcsCertificateProfile(v) => &v.renewal_threshold_percentage,
            Self::IosScepCertificateProfile(v) => &v.renewal_threshold_percentage,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.renewal_threshold_percentage,
            Self::IosPkcsCertificateProfile(v) => &mut v.renewal_threshold_percentage,
            Self::IosScepCertificateProfile(v) => &mut v.renewal_threshold_percentage,
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.subject_alternative_name_type,
            Self::IosPkcsCertificateProfile(v) => &v.subject_alternative_name_type,
            Self::IosScepCertificateProfile(v) => &v.subject_alternative_name_type,
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.subject_alternative_name_type,
            Self::IosPkcsCertificateProfile(v) => &mut v.subject_alternative_name_type,
            Self::IosScepCertificateProfile(v) => &mut v.subject_alternative_name_type,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(
        &self,
    ) -> &rt::Field<crate::beta::AppleSubjectNameFormat> {
        match self {
            Self::IosCertificateProfileBase(v) => &v.subject_name_format,
            Self::IosPkcsCertificateProfile(v) => &v.subject_name_format,
            Self::IosScepCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AppleSubjectNameFormat> {
        match self {
            Self::IosCertificateProfileBase(v) => &mut v.subject_name_format,
            Self::IosPkcsCertificateProfile(v) => &mut v.subject_name_format,
            Self::IosScepCertificateProfile(v) => &mut v.subject_name_format,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyIosCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the iosCustomConfiguration resource.
///
/// CSDL: `microsoft.graph.iosCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosCustomConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosCustomConfiguration {
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
impl ::std::default::Default for IosCustomConfiguration {
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
impl rt::Object for IosCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosCustomConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.iosCustomConfiguration\"";
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
impl rt::object::Members for IosCustomConfiguration {
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
rt::impl_object!(IosCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosCustomConfiguration { with_id id : ::std::string::String; with_created_date_time
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
rt::impl_serde!(IosCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS Derived Credential profile.
///
/// CSDL: `microsoft.graph.iosDerivedCredentialAuthenticationConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`IosDerivedCredentialAuthenticationConfigurationPath`](requests/trait.IosDerivedCredentialAuthenticationConfigurationPath.html), what a path to one (`EntityPath<IosDerivedCredentialAuthenticationConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosDerivedCredentialAuthenticationConfiguration {
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
impl ::std::default::Default for IosDerivedCredentialAuthenticationConfiguration {
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
impl rt::Object for IosDerivedCredentialAuthenticationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosDerivedCredentialAuthenticationConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.iosDerivedCredentialAuthenticationConfiguration\"";
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
impl rt::object::Members for IosDerivedCredentialAuthenticationConfiguration {
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
rt::impl_object!(IosDerivedCredentialAuthenticationConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosDerivedCredentialAuthenticationConfiguration { with_id id : ::std::string::String;
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
    with_derived_credential_settings derived_credential_settings : crate
    ::beta::DeviceManagementDerivedCredentialSettings; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosDerivedCredentialAuthenticationConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS Device Features Configuration Profile.
///
/// CSDL: `microsoft.graph.iosDeviceFeaturesConfiguration`, entity type, derived from `microsoft.graph.appleDeviceFeaturesConfigurationBase`, key `id`.
///
/// Request builders: [`IosDeviceFeaturesConfigurationPath`](requests/trait.IosDeviceFeaturesConfigurationPath.html), what a path to one (`EntityPath<IosDeviceFeaturesConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosDeviceFeaturesConfiguration {
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
    /// Asset tag information for the device, displayed on the login window and lock screen.
    ///
    /// CSDL: property `assetTagTemplate`: `Edm.String`, nullable.
    pub asset_tag_template: rt::Field<::std::string::String>,
    /// Gets or sets iOS Web Content Filter settings, supervised mode only
    ///
    /// CSDL: property `contentFilterSettings`: `microsoft.graph.iosWebContentFilterBase`, nullable.
    pub content_filter_settings: rt::Field<crate::beta::AnyIosWebContentFilterBase>,
    /// A list of app and folders to appear on the Home Screen Dock. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `homeScreenDockIcons`: `Collection(microsoft.graph.iosHomeScreenItem)`, nullable.
    pub home_screen_dock_icons: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIosHomeScreenItem>,
    >,
    /// A list of pages on the Home Screen. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `homeScreenPages`: `Collection(microsoft.graph.iosHomeScreenPage)`, nullable.
    pub home_screen_pages: rt::Field<::std::vec::Vec<crate::beta::IosHomeScreenPage>>,
    /// Gets or sets a single sign-on extension profile.
    ///
    /// CSDL: property `iosSingleSignOnExtension`: `microsoft.graph.iosSingleSignOnExtension`, nullable.
    pub ios_single_sign_on_extension: rt::Field<
        crate::beta::AnyIosSingleSignOnExtension,
    >,
    /// A footnote displayed on the login window and lock screen. Available in iOS 9.3.1 and later.
    ///
    /// CSDL: property `lockScreenFootnote`: `Edm.String`, nullable.
    pub lock_screen_footnote: rt::Field<::std::string::String>,
    /// Notification settings for each bundle id. Applicable to devices in supervised mode only (iOS 9.3 and later). This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `notificationSettings`: `Collection(microsoft.graph.iosNotificationSettings)`, nullable.
    pub notification_settings: rt::Field<
        ::std::vec::Vec<crate::beta::IosNotificationSettings>,
    >,
    /// Gets or sets a single sign-on extension profile. Deprecated: use IOSSingleSignOnExtension instead.
    ///
    /// CSDL: property `singleSignOnExtension`: `microsoft.graph.singleSignOnExtension`, nullable.
    pub single_sign_on_extension: rt::Field<crate::beta::AnySingleSignOnExtension>,
    /// The Kerberos login settings that enable apps on receiving devices to authenticate smoothly.
    ///
    /// CSDL: property `singleSignOnSettings`: `microsoft.graph.iosSingleSignOnSettings`, nullable.
    pub single_sign_on_settings: rt::Field<crate::beta::IosSingleSignOnSettings>,
    /// A wallpaper display location specifier.
    ///
    /// CSDL: property `wallpaperDisplayLocation`: `microsoft.graph.iosWallpaperDisplayLocation`, not nullable.
    pub wallpaper_display_location: rt::Field<crate::beta::IosWallpaperDisplayLocation>,
    /// A wallpaper image must be in either PNG or JPEG format. It requires a supervised device with iOS 8 or later version.
    ///
    /// CSDL: property `wallpaperImage`: `microsoft.graph.mimeContent`, nullable.
    pub wallpaper_image: rt::Field<crate::beta::MimeContent>,
    /// Identity Certificate for the renewal of Kerberos ticket used in single sign-on settings.
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.iosCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyIosCertificateProfileBase,
    >,
    /// PKINIT Certificate for the authentication with single sign-on extension settings.
    ///
    /// CSDL: navigation property `singleSignOnExtensionPkinitCertificate`: `microsoft.graph.iosCertificateProfileBase`, nullable.
    pub single_sign_on_extension_pkinit_certificate: rt::Field<
        crate::beta::AnyIosCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosDeviceFeaturesConfiguration {
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
            asset_tag_template: rt::Field::Absent,
            content_filter_settings: rt::Field::Absent,
            home_screen_dock_icons: rt::Field::Absent,
            home_screen_pages: rt::Field::Absent,
            ios_single_sign_on_extension: rt::Field::Absent,
            lock_screen_footnote: rt::Field::Absent,
            notification_settings: rt::Field::Absent,
            single_sign_on_extension: rt::Field::Absent,
            single_sign_on_settings: rt::Field::Absent,
            wallpaper_display_location: rt::Field::Absent,
            wallpaper_image: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            single_sign_on_extension_pkinit_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosDeviceFeaturesConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
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
        "assetTagTemplate",
        "contentFilterSettings",
        "homeScreenDockIcons",
        "homeScreenPages",
        "iosSingleSignOnExtension",
        "lockScreenFootnote",
        "notificationSettings",
        "singleSignOnExtension",
        "singleSignOnSettings",
        "wallpaperDisplayLocation",
        "wallpaperImage",
        "identityCertificateForClientAuthentication",
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
        ",\"assetTagTemplate\":             ",
        ",\"contentFilterSettings\":        ",
        ",\"homeScreenDockIcons\":          ",
        ",\"homeScreenPages\":              ",
        ",\"iosSingleSignOnExtension\":     ",
        ",\"lockScreenFootnote\":           ",
        ",\"notificationSettings\":         ",
        ",\"singleSignOnExtension\":        ",
        ",\"singleSignOnSettings\":         ",
        ",\"wallpaperDisplayLocation\":     ",
        ",\"wallpaperImage\":               ",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"singleSignOnExtensionPkinitCertificate\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosDeviceFeaturesConfiguration\"";
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
        v.field(19usize, "asset_tag_template", &self.asset_tag_template);
        v.field(20usize, "content_filter_settings", &self.content_filter_settings);
        v.field(21usize, "home_screen_dock_icons", &self.home_screen_dock_icons);
        v.field(22usize, "home_screen_pages", &self.home_screen_pages);
        v.field(
            23usize,
            "ios_single_sign_on_extension",
            &self.ios_single_sign_on_extension,
        );
        v.field(24usize, "lock_screen_footnote", &self.lock_screen_footnote);
        v.field(25usize, "notification_settings", &self.notification_settings);
        v.field(26usize, "single_sign_on_extension", &self.single_sign_on_extension);
        v.field(27usize, "single_sign_on_settings", &self.single_sign_on_settings);
        v.field(28usize, "wallpaper_display_location", &self.wallpaper_display_location);
        v.field(29usize, "wallpaper_image", &self.wallpaper_image);
        v.field(
            30usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            31usize,
            "single_sign_on_extension_pkinit_certificate",
            &self.single_sign_on_extension_pkinit_certificate,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosDeviceFeaturesConfiguration {
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
            19usize => self.asset_tag_template.read_from(r),
            20usize => self.content_filter_settings.read_from(r),
            21usize => self.home_screen_dock_icons.read_from(r),
            22usize => self.home_screen_pages.read_from(r),
            23usize => self.ios_single_sign_on_extension.read_from(r),
            24usize => self.lock_screen_footnote.read_from(r),
            25usize => self.notification_settings.read_from(r),
            26usize => self.single_sign_on_extension.read_from(r),
            27usize => self.single_sign_on_settings.read_from(r),
            28usize => self.wallpaper_display_location.read_from(r),
            29usize => self.wallpaper_image.read_from(r),
            30usize => self.identity_certificate_for_client_authentication.read_from(r),
            31usize => self.single_sign_on_extension_pkinit_certificate.read_from(r),
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
        w.field(19usize, &self.asset_tag_template);
        w.field(20usize, &self.content_filter_settings);
        w.field(21usize, &self.home_screen_dock_icons);
        w.field(22usize, &self.home_screen_pages);
        w.field(23usize, &self.ios_single_sign_on_extension);
        w.field(24usize, &self.lock_screen_footnote);
        w.field(25usize, &self.notification_settings);
        w.field(26usize, &self.single_sign_on_extension);
        w.field(27usize, &self.single_sign_on_settings);
        w.field(28usize, &self.wallpaper_display_location);
        w.field(29usize, &self.wallpaper_image);
        w.field(30usize, &self.identity_certificate_for_client_authentication);
        w.field(31usize, &self.single_sign_on_extension_pkinit_certificate);
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
rt::impl_object!(IosDeviceFeaturesConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosDeviceFeaturesConfiguration { with_id id : ::std::string::String;
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
    ::beta::AirPrintDestination >; with_asset_tag_template asset_tag_template :
    ::std::string::String; with_content_filter_settings content_filter_settings : crate
    ::beta::AnyIosWebContentFilterBase; with_home_screen_dock_icons
    home_screen_dock_icons : ::std::vec::Vec < crate ::beta::AnyIosHomeScreenItem >;
    with_home_screen_pages home_screen_pages : ::std::vec::Vec < crate
    ::beta::IosHomeScreenPage >; with_ios_single_sign_on_extension
    ios_single_sign_on_extension : crate ::beta::AnyIosSingleSignOnExtension;
    with_lock_screen_footnote lock_screen_footnote : ::std::string::String;
    with_notification_settings notification_settings : ::std::vec::Vec < crate
    ::beta::IosNotificationSettings >; with_single_sign_on_extension
    single_sign_on_extension : crate ::beta::AnySingleSignOnExtension;
    with_single_sign_on_settings single_sign_on_settings : crate
    ::beta::IosSingleSignOnSettings; with_wallpaper_display_location
    wallpaper_display_location : crate ::beta::IosWallpaperDisplayLocation;
    with_wallpaper_image wallpaper_image : crate ::beta::MimeContent;
    with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyIosCertificateProfileBase;
    with_single_sign_on_extension_pkinit_certificate
    single_sign_on_extension_pkinit_certificate : crate
    ::beta::AnyIosCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosDeviceFeaturesConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing configurations in this profile you can instruct the native email client on iOS devices to communicate with an Exchange server and get email, contacts, calendar, reminders, and notes. Furthermore, you can also specify how much email to sync and how often the device should sync.
///
/// CSDL: `microsoft.graph.iosEasEmailProfileConfiguration`, entity type, derived from `microsoft.graph.easEmailProfileConfigurationBase`, key `id`.
///
/// Request builders: [`IosEasEmailProfileConfigurationPath`](requests/trait.IosEasEmailProfileConfigurationPath.html), what a path to one (`EntityPath<IosEasEmailProfileConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosEasEmailProfileConfiguration {
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
    /// Authentication method for this Email profile.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.easAuthenticationMethod`, nullable.
    pub authentication_method: rt::Field<crate::beta::EasAuthenticationMethod>,
    /// Indicates whether or not to block moving messages to other email accounts.
    ///
    /// CSDL: property `blockMovingMessagesToOtherEmailAccounts`: `Edm.Boolean`, nullable.
    pub block_moving_messages_to_other_email_accounts: rt::Field<bool>,
    /// Indicates whether or not to block sending email from third party apps.
    ///
    /// CSDL: property `blockSendingEmailFromThirdPartyApps`: `Edm.Boolean`, nullable.
    pub block_sending_email_from_third_party_apps: rt::Field<bool>,
    /// Indicates whether or not to block syncing recently used email addresses, for instance - when composing new email.
    ///
    /// CSDL: property `blockSyncingRecentlyUsedEmailAddresses`: `Edm.Boolean`, nullable.
    pub block_syncing_recently_used_email_addresses: rt::Field<bool>,
    /// Duration of time email should be synced back to.
    ///
    /// CSDL: property `durationOfEmailToSync`: `microsoft.graph.emailSyncDuration`, not nullable.
    pub duration_of_email_to_sync: rt::Field<crate::beta::EmailSyncDuration>,
    /// Exchange data to sync.
    ///
    /// CSDL: property `easServices`: `microsoft.graph.easServices`, nullable.
    pub eas_services: rt::Field<rt::Flags<crate::beta::EasServices>>,
    /// Allow users to change sync settings.
    ///
    /// CSDL: property `easServicesUserOverrideEnabled`: `Edm.Boolean`, nullable.
    pub eas_services_user_override_enabled: rt::Field<bool>,
    /// Email attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `emailAddressSource`: `microsoft.graph.userEmailSource`, not nullable.
    pub email_address_source: rt::Field<crate::beta::UserEmailSource>,
    /// Encryption Certificate type for this Email profile.
    ///
    /// CSDL: property `encryptionCertificateType`: `microsoft.graph.emailCertificateType`, nullable.
    pub encryption_certificate_type: rt::Field<crate::beta::EmailCertificateType>,
    /// Exchange location that (URL) that the native mail app connects to.
    ///
    /// CSDL: property `hostName`: `Edm.String`, not nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Profile ID of the Per-App VPN policy to be used to access emails from the native Mail client
    ///
    /// CSDL: property `perAppVPNProfileId`: `Edm.String`, nullable.
    pub per_app_vpn_profile_id: rt::Field<::std::string::String>,
    /// Indicates whether or not to use S/MIME certificate.
    ///
    /// CSDL: property `requireSmime`: `Edm.Boolean`, nullable.
    pub require_smime: rt::Field<bool>,
    /// Indicates whether or not to use SSL.
    ///
    /// CSDL: property `requireSsl`: `Edm.Boolean`, not nullable.
    pub require_ssl: rt::Field<bool>,
    /// Signing Certificate type for this Email profile.
    ///
    /// CSDL: property `signingCertificateType`: `microsoft.graph.emailCertificateType`, nullable.
    pub signing_certificate_type: rt::Field<crate::beta::EmailCertificateType>,
    /// Indicates whether or not to allow unencrypted emails.
    ///
    /// CSDL: property `smimeEnablePerMessageSwitch`: `Edm.Boolean`, nullable.
    pub smime_enable_per_message_switch: rt::Field<bool>,
    /// If set to true S/MIME encryption is enabled by default.
    ///
    /// CSDL: property `smimeEncryptByDefaultEnabled`: `Edm.Boolean`, nullable.
    pub smime_encrypt_by_default_enabled: rt::Field<bool>,
    /// If set to true, the user can toggle the encryption by default setting.
    ///
    /// CSDL: property `smimeEncryptByDefaultUserOverrideEnabled`: `Edm.Boolean`, nullable.
    pub smime_encrypt_by_default_user_override_enabled: rt::Field<bool>,
    /// If set to true the user can select the S/MIME encryption identity.
    ///
    /// CSDL: property `smimeEncryptionCertificateUserOverrideEnabled`: `Edm.Boolean`, nullable.
    pub smime_encryption_certificate_user_override_enabled: rt::Field<bool>,
    /// If set to true, the user can select the signing identity.
    ///
    /// CSDL: property `smimeSigningCertificateUserOverrideEnabled`: `Edm.Boolean`, nullable.
    pub smime_signing_certificate_user_override_enabled: rt::Field<bool>,
    /// If set to true S/MIME signing is enabled for this account
    ///
    /// CSDL: property `smimeSigningEnabled`: `Edm.Boolean`, nullable.
    pub smime_signing_enabled: rt::Field<bool>,
    /// If set to true, the user can toggle S/MIME signing on or off.
    ///
    /// CSDL: property `smimeSigningUserOverrideEnabled`: `Edm.Boolean`, nullable.
    pub smime_signing_user_override_enabled: rt::Field<bool>,
    /// Specifies whether the connection should use OAuth for authentication.
    ///
    /// CSDL: property `useOAuth`: `Edm.Boolean`, nullable.
    pub use_o_auth: rt::Field<bool>,
    /// Tenant level settings for the Derived Credentials to be used for authentication.
    ///
    /// CSDL: navigation property `derivedCredentialSettings`: `microsoft.graph.deviceManagementDerivedCredentialSettings`, nullable.
    pub derived_credential_settings: rt::Field<
        crate::beta::DeviceManagementDerivedCredentialSettings,
    >,
    /// Identity certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.iosCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<crate::beta::AnyIosCertificateProfileBase>,
    /// S/MIME encryption certificate.
    ///
    /// CSDL: navigation property `smimeEncryptionCertificate`: `microsoft.graph.iosCertificateProfile`, nullable.
    pub smime_encryption_certificate: rt::Field<crate::beta::AnyIosCertificateProfile>,
    /// S/MIME signing certificate.
    ///
    /// CSDL: navigation property `smimeSigningCertificate`: `microsoft.graph.iosCertificateProfile`, nullable.
    pub smime_signing_certificate: rt::Field<crate::beta::AnyIosCertificateProfile>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosEasEmailProfileConfiguration {
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
            authentication_method: rt::Field::Absent,
            block_moving_messages_to_other_email_accounts: rt::Field::Absent,
            block_sending_email_from_third_party_apps: rt::Field::Absent,
            block_syncing_recently_used_email_addresses: rt::Field::Absent,
            duration_of_email_to_sync: rt::Field::Absent,
            eas_services: rt::Field::Absent,
            eas_services_user_override_enabled: rt::Field::Absent,
            email_address_source: rt::Field::Absent,
            encryption_certificate_type: rt::Field::Absent,
            host_name: rt::Field::Absent,
            per_app_vpn_profile_id: rt::Field::Absent,
            require_smime: rt::Field::Absent,
            require_ssl: rt::Field::Absent,
            signing_certificate_type: rt::Field::Absent,
            smime_enable_per_message_switch: rt::Field::Absent,
            smime_encrypt_by_default_enabled: rt::Field::Absent,
            smime_encrypt_by_default_user_override_enabled: rt::Field::Absent,
            smime_encryption_certificate_user_override_enabled: rt::Field::Absent,
            smime_signing_certificate_user_override_enabled: rt::Field::Absent,
            smime_signing_enabled: rt::Field::Absent,
            smime_signing_user_override_enabled: rt::Field::Absent,
            use_o_auth: rt::Field::Absent,
            derived_credential_settings: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            smime_encryption_certificate: rt::Field::Absent,
            smime_signing_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosEasEmailProfileConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosEasEmailProfileConfiguration";
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
        "authenticationMethod",
        "blockMovingMessagesToOtherEmailAccounts",
        "blockSendingEmailFromThirdPartyApps",
        "blockSyncingRecentlyUsedEmailAddresses",
        "durationOfEmailToSync",
        "easServices",
        "easServicesUserOverrideEnabled",
        "emailAddressSource",
        "encryptionCertificateType",
        "hostName",
        "perAppVPNProfileId",
        "requireSmime",
        "requireSsl",
        "signingCertificateType",
        "smimeEnablePerMessageSwitch",
        "smimeEncryptByDefaultEnabled",
        "smimeEncryptByDefaultUserOverrideEnabled",
        "smimeEncryptionCertificateUserOverrideEnabled",
        "smimeSigningCertificateUserOverrideEnabled",
        "smimeSigningEnabled",
        "smimeSigningUserOverrideEnabled",
        "useOAuth",
        "derivedCredentialSettings",
        "identityCertificate",
        "smimeEncryptionCertificate",
        "smimeSigningCertificate",
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
        ",\"authenticationMethod\":         ",
        ",\"blockMovingMessagesToOtherEmailAccounts\":",
        ",\"blockSendingEmailFromThirdPartyApps\":",
        ",\"blockSyncingRecentlyUsedEmailAddresses\":",
        ",\"durationOfEmailToSync\":        ",
        ",\"easServices\":                  ",
        ",\"easServicesUserOverrideEnabled\":",
        ",\"emailAddressSource\":           ",
        ",\"encryptionCertificateType\":    ",
        ",\"hostName\":                     ",
        ",\"perAppVPNProfileId\":           ",
        ",\"requireSmime\":                 ",
        ",\"requireSsl\":                   ",
        ",\"signingCertificateType\":       ",
        ",\"smimeEnablePerMessageSwitch\":  ",
        ",\"smimeEncryptByDefaultEnabled\": ",
        ",\"smimeEncryptByDefaultUserOverrideEnabled\":",
        ",\"smimeEncryptionCertificateUserOverrideEnabled\":",
        ",\"smimeSigningCertificateUserOverrideEnabled\":",
        ",\"smimeSigningEnabled\":          ",
        ",\"smimeSigningUserOverrideEnabled\":",
        ",\"useOAuth\":                     ",
        ",\"derivedCredentialSettings\":    ",
        ",\"identityCertificate\":          ",
        ",\"smimeEncryptionCertificate\":   ",
        ",\"smimeSigningCertificate\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosEasEmailProfileConfiguration\"";
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
        v.field(23usize, "authentication_method", &self.authentication_method);
        v.field(
            24usize,
            "block_moving_messages_to_other_email_accounts",
            &self.block_moving_messages_to_other_email_accounts,
        );
        v.field(
            25usize,
            "block_sending_email_from_third_party_apps",
            &self.block_sending_email_from_third_party_apps,
        );
        v.field(
            26usize,
            "block_syncing_recently_used_email_addresses",
            &self.block_syncing_recently_used_email_addresses,
        );
        v.field(27usize, "duration_of_email_to_sync", &self.duration_of_email_to_sync);
        v.field(28usize, "eas_services", &self.eas_services);
        v.field(
            29usize,
            "eas_services_user_override_enabled",
            &self.eas_services_user_override_enabled,
        );
        v.field(30usize, "email_address_source", &self.email_address_source);
        v.field(
            31usize,
            "encryption_certificate_type",
            &self.encryption_certificate_type,
        );
        v.field(32usize, "host_name", &self.host_name);
        v.field(33usize, "per_app_vpn_profile_id", &self.per_app_vpn_profile_id);
        v.field(34usize, "require_smime", &self.require_smime);
        v.field(35usize, "require_ssl", &self.require_ssl);
        v.field(36usize, "signing_certificate_type", &self.signing_certificate_type);
        v.field(
            37usize,
            "smime_enable_per_message_switch",
            &self.smime_enable_per_message_switch,
        );
        v.field(
            38usize,
            "smime_encrypt_by_default_enabled",
            &self.smime_encrypt_by_default_enabled,
        );
        v.field(
            39usize,
            "smime_encrypt_by_default_user_override_enabled",
            &self.smime_encrypt_by_default_user_override_enabled,
        );
        v.field(
            40usize,
            "smime_encryption_certificate_user_override_enabled",
            &self.smime_encryption_certificate_user_override_enabled,
        );
        v.field(
            41usize,
            "smime_signing_certificate_user_override_enabled",
            &self.smime_signing_certificate_user_override_enabled,
        );
        v.field(42usize, "smime_signing_enabled", &self.smime_signing_enabled);
        v.field(
            43usize,
            "smime_signing_user_override_enabled",
            &self.smime_signing_user_override_enabled,
        );
        v.field(44usize, "use_o_auth", &self.use_o_auth);
        v.field(
            45usize,
            "derived_credential_settings",
            &self.derived_credential_settings,
        );
        v.field(46usize, "identity_certificate", &self.identity_certificate);
        v.field(
            47usize,
            "smime_encryption_certificate",
            &self.smime_encryption_certificate,
        );
        v.field(48usize, "smime_signing_certificate", &self.smime_signing_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosEasEmailProfileConfiguration {
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
            23usize => self.authentication_method.read_from(r),
            24usize => self.block_moving_messages_to_other_email_accounts.read_from(r),
            25usize => self.block_sending_email_from_third_party_apps.read_from(r),
            26usize => self.block_syncing_recently_used_email_addresses.read_from(r),
            27usize => self.duration_of_email_to_sync.read_from(r),
            28usize => self.eas_services.read_from(r),
            29usize => self.eas_services_user_override_enabled.read_from(r),
            30usize => self.email_address_source.read_from(r),
            31usize => self.encryption_certificate_type.read_from(r),
            32usize => self.host_name.read_from(r),
            33usize => self.per_app_vpn_profile_id.read_from(r),
            34usize => self.require_smime.read_from(r),
            35usize => self.require_ssl.read_from(r),
            36usize => self.signing_certificate_type.read_from(r),
            37usize => self.smime_enable_per_message_switch.read_from(r),
            38usize => self.smime_encrypt_by_default_enabled.read_from(r),
            39usize => self.smime_encrypt_by_default_user_override_enabled.read_from(r),
            40usize => {
                self.smime_encryption_certificate_user_override_enabled.read_from(r)
            }
            41usize => self.smime_signing_certificate_user_override_enabled.read_from(r),
            42usize => self.smime_signing_enabled.read_from(r),
            43usize => self.smime_signing_user_override_enabled.read_from(r),
            44usize => self.use_o_auth.read_from(r),
            45usize => self.derived_credential_settings.read_from(r),
            46usize => self.identity_certificate.read_from(r),
            47usize => self.smime_encryption_certificate.read_from(r),
            48usize => self.smime_signing_certificate.read_from(r),
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
        w.field(23usize, &self.authentication_method);
        w.field(24usize, &self.block_moving_messages_to_other_email_accounts);
        w.field(25usize, &self.block_sending_email_from_third_party_apps);
        w.field(26usize, &self.block_syncing_recently_used_email_addresses);
        w.field(27usize, &self.duration_of_email_to_sync);
        w.field(28usize, &self.eas_services);
        w.field(29usize, &self.eas_services_user_override_enabled);
        w.field(30usize, &self.email_address_source);
        w.field(31usize, &self.encryption_certificate_type);
        w.field(32usize, &self.host_name);
        w.field(33usize, &self.per_app_vpn_profile_id);
        w.field(34usize, &self.require_smime);
        w.field(35usize, &self.require_ssl);
        w.field(36usize, &self.signing_certificate_type);
        w.field(37usize, &self.smime_enable_per_message_switch);
        w.field(38usize, &self.smime_encrypt_by_default_enabled);
        w.field(39usize, &self.smime_encrypt_by_default_user_override_enabled);
        w.field(40usize, &self.smime_encryption_certificate_user_override_enabled);
        w.field(41usize, &self.smime_signing_certificate_user_override_enabled);
        w.field(42usize, &self.smime_signing_enabled);
        w.field(43usize, &self.smime_signing_user_override_enabled);
        w.field(44usize, &self.use_o_auth);
        w.field(45usize, &self.derived_credential_settings);
        w.field(46usize, &self.identity_certificate);
        w.field(47usize, &self.smime_encryption_certificate);
        w.field(48usize, &self.smime_signing_certificate);
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
rt::impl_object!(IosEasEmailProfileConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosEasEmailProfileConfiguration { with_id id : ::std::string::String;
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
    with_authentication_method authentication_method : crate
    ::beta::EasAuthenticationMethod; with_block_moving_messages_to_other_email_accounts
    block_moving_messages_to_other_email_accounts : bool;
    with_block_sending_email_from_third_party_apps
    block_sending_email_from_third_party_apps : bool;
    with_block_syncing_recently_used_email_addresses
    block_syncing_recently_used_email_addresses : bool; with_duration_of_email_to_sync
    duration_of_email_to_sync : crate ::beta::EmailSyncDuration; with_eas_services
    eas_services : rt::Flags < crate ::beta::EasServices >;
    with_eas_services_user_override_enabled eas_services_user_override_enabled : bool;
    with_email_address_source email_address_source : crate ::beta::UserEmailSource;
    with_encryption_certificate_type encryption_certificate_type : crate
    ::beta::EmailCertificateType; with_host_name host_name : ::std::string::String;
    with_per_app_vpn_profile_id per_app_vpn_profile_id : ::std::string::String;
    with_require_smime require_smime : bool; with_require_ssl require_ssl : bool;
    with_signing_certificate_type signing_certificate_type : crate
    ::beta::EmailCertificateType; with_smime_enable_per_message_switch
    smime_enable_per_message_switch : bool; with_smime_encrypt_by_default_enabled
    smime_encrypt_by_default_enabled : bool;
    with_smime_encrypt_by_default_user_override_enabled
    smime_encrypt_by_default_user_override_enabled : bool;
    with_smime_encryption_certificate_user_override_enabled
    smime_encryption_certificate_user_override_enabled : bool;
    with_smime_signing_certificate_user_override_enabled
    smime_signing_certificate_user_override_enabled : bool; with_smime_signing_enabled
    smime_signing_enabled : bool; with_smime_signing_user_override_enabled
    smime_signing_user_override_enabled : bool; with_use_o_auth use_o_auth : bool;
    with_derived_credential_settings derived_credential_settings : crate
    ::beta::DeviceManagementDerivedCredentialSettings; with_identity_certificate
    identity_certificate : crate ::beta::AnyIosCertificateProfileBase;
    with_smime_encryption_certificate smime_encryption_certificate : crate
    ::beta::AnyIosCertificateProfile; with_smime_signing_certificate
    smime_signing_certificate : crate ::beta::AnyIosCertificateProfile; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosEasEmailProfileConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS Education device configuration
///
/// CSDL: `microsoft.graph.iosEduDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`IosEduDeviceConfigurationPath`](requests/trait.IosEduDeviceConfigurationPath.html), what a path to one (`EntityPath<IosEduDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosEduDeviceConfiguration {
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
    /// The Trusted Root and PFX certificates for Device
    ///
    /// CSDL: property `deviceCertificateSettings`: `microsoft.graph.iosEduCertificateSettings`, nullable.
    pub device_certificate_settings: rt::Field<crate::beta::IosEduCertificateSettings>,
    /// The Trusted Root and PFX certificates for Student
    ///
    /// CSDL: property `studentCertificateSettings`: `microsoft.graph.iosEduCertificateSettings`, nullable.
    pub student_certificate_settings: rt::Field<crate::beta::IosEduCertificateSettings>,
    /// The Trusted Root and PFX certificates for Teacher
    ///
    /// CSDL: property `teacherCertificateSettings`: `microsoft.graph.iosEduCertificateSettings`, not nullable.
    pub teacher_certificate_settings: rt::Field<crate::beta::IosEduCertificateSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosEduDeviceConfiguration {
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
            device_certificate_settings: rt::Field::Absent,
            student_certificate_settings: rt::Field::Absent,
            teacher_certificate_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosEduDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosEduDeviceConfiguration";
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
        "deviceCertificateSettings",
        "studentCertificateSettings",
        "teacherCertificateSettings",
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
        ",\"deviceCertificateSettings\":    ",
        ",\"studentCertificateSettings\":   ",
        ",\"teacherCertificateSettings\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosEduDeviceConfiguration\"";
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
            "device_certificate_settings",
            &self.device_certificate_settings,
        );
        v.field(
            19usize,
            "student_certificate_settings",
            &self.student_certificate_settings,
        );
        v.field(
            20usize,
            "teacher_certificate_settings",
            &self.teacher_certificate_settings,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosEduDeviceConfiguration {
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
            18usize => self.device_certificate_settings.read_from(r),
            19usize => self.student_certificate_settings.read_from(r),
            20usize => self.teacher_certificate_settings.read_from(r),
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
        w.field(18usize, &self.device_certificate_settings);
        w.field(19usize, &self.student_certificate_settings);
        w.field(20usize, &self.teacher_certificate_settings);
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
rt::impl_object!(IosEduDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosEduDeviceConfiguration { with_id id : ::std::string::String;
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
    with_device_certificate_settings device_certificate_settings : crate
    ::beta::IosEduCertificateSettings; with_student_certificate_settings
    student_certificate_settings : crate ::beta::IosEduCertificateSettings;
    with_teacher_certificate_settings teacher_certificate_settings : crate
    ::beta::IosEduCertificateSettings; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosEduDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS Education configuration profile
///
/// CSDL: `microsoft.graph.iosEducationDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosEducationDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosEducationDeviceConfiguration {
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
impl ::std::default::Default for IosEducationDeviceConfiguration {
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
impl rt::Object for IosEducationDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosEducationDeviceConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.iosEducationDeviceConfiguration\"";
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
impl rt::object::Members for IosEducationDeviceConfiguration {
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
rt::impl_object!(IosEducationDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosEducationDeviceConfiguration { with_id id : ::std::string::String;
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosEducationDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the iOS device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user.
///
/// CSDL: `microsoft.graph.iosEnterpriseWiFiConfiguration`, entity type, derived from `microsoft.graph.iosWiFiConfiguration`, key `id`.
///
/// Request builders: [`IosEnterpriseWiFiConfigurationPath`](requests/trait.IosEnterpriseWiFiConfigurationPath.html), what a path to one (`EntityPath<IosEnterpriseWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosEnterpriseWiFiConfiguration {
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
    /// If set to true, forces devices connecting using this Wi-Fi profile to present their actual Wi-Fi MAC address instead of a random MAC address. Applies to iOS 14 and later.
    ///
    /// CSDL: property `disableMacAddressRandomization`: `Edm.Boolean`, nullable.
    pub disable_mac_address_randomization: rt::Field<bool>,
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
    /// Non-EAP Method for Authentication when EAP Type is EAP-TTLS and Authenticationmethod is Username and Password.
    ///
    /// CSDL: property `innerAuthenticationProtocolForEapTtls`: `microsoft.graph.nonEapAuthenticationMethodForEapTtlsType`, nullable.
    pub inner_authentication_protocol_for_eap_ttls: rt::Field<
        crate::beta::NonEapAuthenticationMethodForEapTtlsType,
    >,
    /// Enable identity privacy (Outer Identity) when EAP Type is configured to EAP - TTLS, EAP - FAST or PEAP. This property masks usernames with the text you enter. For example, if you use 'anonymous', each user that authenticates with this Wi-Fi connection using their real username is displayed as 'anonymous'.
    ///
    /// CSDL: property `outerIdentityPrivacyTemporaryValue`: `Edm.String`, nullable.
    pub outer_identity_privacy_temporary_value: rt::Field<::std::string::String>,
    /// Password format string used to build the password to connect to wifi
    ///
    /// CSDL: property `passwordFormatString`: `Edm.String`, nullable.
    pub password_format_string: rt::Field<::std::string::String>,
    /// Trusted server certificate names when EAP Type is configured to EAP-TLS/TTLS/FAST or PEAP. This is the common name used in the certificates issued by your trusted certificate authority (CA). If you provide this information, you can bypass the dynamic trust dialog that is displayed on end users' devices when they connect to this Wi-Fi network.
    ///
    /// CSDL: property `trustedServerCertificateNames`: `Collection(Edm.String)`, nullable.
    pub trusted_server_certificate_names: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Username format string used to build the username to connect to wifi
    ///
    /// CSDL: property `usernameFormatString`: `Edm.String`, nullable.
    pub username_format_string: rt::Field<::std::string::String>,
    /// Tenant level settings for the Derived Credentials to be used for authentication.
    ///
    /// CSDL: navigation property `derivedCredentialSettings`: `microsoft.graph.deviceManagementDerivedCredentialSettings`, nullable.
    pub derived_credential_settings: rt::Field<
        crate::beta::DeviceManagementDerivedCredentialSettings,
    >,
    /// Identity Certificate for client authentication when EAP Type is configured to EAP-TLS, EAP-TTLS (with Certificate Authentication), or PEAP (with Certificate Authentication).
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.iosCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyIosCertificateProfileBase,
    >,
    /// Trusted Root Certificates for Server Validation when EAP Type is configured to EAP-TLS/TTLS/FAST or PEAP. If you provide this value you do not need to provide trustedServerCertificateNames, and vice versa.
    ///
    /// CSDL: containment navigation property `rootCertificatesForServerValidation`: `Collection(microsoft.graph.iosTrustedRootCertificate)`, not nullable.
    pub root_certificates_for_server_validation: rt::Field<
        ::std::vec::Vec<crate::beta::IosTrustedRootCertificate>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosEnterpriseWiFiConfiguration {
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
            disable_mac_address_randomization: rt::Field::Absent,
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
            password_format_string: rt::Field::Absent,
            trusted_server_certificate_names: rt::Field::Absent,
            username_format_string: rt::Field::Absent,
            derived_credential_settings: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificates_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosEnterpriseWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosEnterpriseWiFiConfiguration";
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
        "disableMacAddressRandomization",
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
        "passwordFormatString",
        "trustedServerCertificateNames",
        "usernameFormatString",
        "derivedCredentialSettings",
        "identityCertificateForClientAuthentication",
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
        ",\"disableMacAddressRandomization\":",
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
        ",\"passwordFormatString\":         ",
        ",\"trustedServerCertificateNames\":",
        ",\"usernameFormatString\":         ",
        ",\"derivedCredentialSettings\":    ",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificatesForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosEnterpriseWiFiConfiguration\"";
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
        v.field(
            20usize,
            "disable_mac_address_randomization",
            &self.disable_mac_address_randomization,
        );
        v.field(21usize, "network_name", &self.network_name);
        v.field(22usize, "pre_shared_key", &self.pre_shared_key);
        v.field(
            23usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        v.field(24usize, "proxy_manual_address", &self.proxy_manual_address);
        v.field(25usize, "proxy_manual_port", &self.proxy_manual_port);
        v.field(26usize, "proxy_settings", &self.proxy_settings);
        v.field(27usize, "ssid", &self.ssid);
        v.field(28usize, "wi_fi_security_type", &self.wi_fi_security_type);
        v.field(29usize, "authentication_method", &self.authentication_method);
        v.field(30usize, "eap_fast_configuration", &self.eap_fast_configuration);
        v.field(31usize, "eap_type", &self.eap_type);
        v.field(
            32usize,
            "inner_authentication_protocol_for_eap_ttls",
            &self.inner_authentication_protocol_for_eap_ttls,
        );
        v.field(
            33usize,
            "outer_identity_privacy_temporary_value",
            &self.outer_identity_privacy_temporary_value,
        );
        v.field(34usize, "password_format_string", &self.password_format_string);
        v.field(
            35usize,
            "trusted_server_certificate_names",
            &self.trusted_server_certificate_names,
        );
        v.field(36usize, "username_format_string", &self.username_format_string);
        v.field(
            37usize,
            "derived_credential_settings",
            &self.derived_credential_settings,
        );
        v.field(
            38usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            39usize,
            "root_certificates_for_server_validation",
            &self.root_certificates_for_server_validation,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosEnterpriseWiFiConfiguration {
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
            20usize => self.disable_mac_address_randomization.read_from(r),
            21usize => self.network_name.read_from(r),
            22usize => self.pre_shared_key.read_from(r),
            23usize => self.proxy_automatic_configuration_url.read_from(r),
            24usize => self.proxy_manual_address.read_from(r),
            25usize => self.proxy_manual_port.read_from(r),
            26usize => self.proxy_settings.read_from(r),
            27usize => self.ssid.read_from(r),
            28usize => self.wi_fi_security_type.read_from(r),
            29usize => self.authentication_method.read_from(r),
            30usize => self.eap_fast_configuration.read_from(r),
            31usize => self.eap_type.read_from(r),
            32usize => self.inner_authentication_protocol_for_eap_ttls.read_from(r),
            33usize => self.outer_identity_privacy_temporary_value.read_from(r),
            34usize => self.password_format_string.read_from(r),
            35usize => self.trusted_server_certificate_names.read_from(r),
            36usize => self.username_format_string.read_from(r),
            37usize => self.derived_credential_settings.read_from(r),
            38usize => self.identity_certificate_for_client_authentication.read_from(r),
            39usize => self.root_certificates_for_server_validation.read_from(r),
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
        w.field(20usize, &self.disable_mac_address_randomization);
        w.field(21usize, &self.network_name);
        w.field(22usize, &self.pre_shared_key);
        w.field(23usize, &self.proxy_automatic_configuration_url);
        w.field(24usize, &self.proxy_manual_address);
        w.field(25usize, &self.proxy_manual_port);
        w.field(26usize, &self.proxy_settings);
        w.field(27usize, &self.ssid);
        w.field(28usize, &self.wi_fi_security_type);
        w.field(29usize, &self.authentication_method);
        w.field(30usize, &self.eap_fast_configuration);
        w.field(31usize, &self.eap_type);
        w.field(32usize, &self.inner_authentication_protocol_for_eap_ttls);
        w.field(33usize, &self.outer_identity_privacy_temporary_value);
        w.field(34usize, &self.password_format_string);
        w.field(35usize, &self.trusted_server_certificate_names);
        w.field(36usize, &self.username_format_string);
        w.field(37usize, &self.derived_credential_settings);
        w.field(38usize, &self.identity_certificate_for_client_authentication);
        w.field(39usize, &self.root_certificates_for_server_validation);
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
rt::impl_object!(IosEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosEnterpriseWiFiConfiguration { with_id id : ::std::string::String;
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
    with_disable_mac_address_randomization disable_mac_address_randomization : bool;
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
    ::std::string::String; with_password_format_string password_format_string :
    ::std::string::String; with_trusted_server_certificate_names
    trusted_server_certificate_names : ::std::vec::Vec < ::std::string::String >;
    with_username_format_string username_format_string : ::std::string::String;
    with_derived_credential_settings derived_credential_settings : crate
    ::beta::DeviceManagementDerivedCredentialSettings;
    with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyIosCertificateProfileBase; with_root_certificates_for_server_validation
    root_certificates_for_server_validation : ::std::vec::Vec < crate
    ::beta::IosTrustedRootCertificate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Experimental profile to increase the rate of device check-ins per day of iOS devices.
///
/// CSDL: `microsoft.graph.iosExpeditedCheckinConfiguration`, entity type, derived from `microsoft.graph.appleExpeditedCheckinConfigurationBase`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosExpeditedCheckinConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosExpeditedCheckinConfiguration {
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
    /// Gets or sets whether to enable expedited device check-ins.
    ///
    /// CSDL: property `enableExpeditedCheckin`: `Edm.Boolean`, not nullable.
    pub enable_expedited_checkin: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosExpeditedCheckinConfiguration {
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
            enable_expedited_checkin: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosExpeditedCheckinConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosExpeditedCheckinConfiguration";
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
        "enableExpeditedCheckin",
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
        ",\"enableExpeditedCheckin\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosExpeditedCheckinConfiguration\"";
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
        v.field(18usize, "enable_expedited_checkin", &self.enable_expedited_checkin);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosExpeditedCheckinConfiguration {
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
            18usize => self.enable_expedited_checkin.read_from(r),
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
        w.field(18usize, &self.enable_expedited_checkin);
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
rt::impl_object!(IosExpeditedCheckinConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosExpeditedCheckinConfiguration { with_id id : ::std::string::String;
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
    with_enable_expedited_checkin enable_expedited_checkin : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosExpeditedCheckinConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the iosGeneralDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.iosGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`IosGeneralDeviceConfigurationPath`](requests/trait.IosGeneralDeviceConfigurationPath.html), what a path to one (`EntityPath<IosGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosGeneralDeviceConfiguration {
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
    /// Indicates whether or not to allow account modification when the device is in supervised mode.
    ///
    /// CSDL: property `accountBlockModification`: `Edm.Boolean`, not nullable.
    pub account_block_modification: rt::Field<bool>,
    /// Indicates whether or not to allow activation lock when the device is in the supervised mode.
    ///
    /// CSDL: property `activationLockAllowWhenSupervised`: `Edm.Boolean`, not nullable.
    pub activation_lock_allow_when_supervised: rt::Field<bool>,
    /// Indicates whether or not to allow AirDrop when the device is in supervised mode.
    ///
    /// CSDL: property `airDropBlocked`: `Edm.Boolean`, not nullable.
    pub air_drop_blocked: rt::Field<bool>,
    /// Indicates whether or not to cause AirDrop to be considered an unmanaged drop target (iOS 9.0 and later).
    ///
    /// CSDL: property `airDropForceUnmanagedDropTarget`: `Edm.Boolean`, not nullable.
    pub air_drop_force_unmanaged_drop_target: rt::Field<bool>,
    /// Indicates whether or not to enforce all devices receiving AirPlay requests from this device to use a pairing password.
    ///
    /// CSDL: property `airPlayForcePairingPasswordForOutgoingRequests`: `Edm.Boolean`, not nullable.
    pub air_play_force_pairing_password_for_outgoing_requests: rt::Field<bool>,
    /// Indicates whether or not keychain storage of username and password for Airprint is blocked (iOS 11.0 and later).
    ///
    /// CSDL: property `airPrintBlockCredentialsStorage`: `Edm.Boolean`, not nullable.
    pub air_print_block_credentials_storage: rt::Field<bool>,
    /// Indicates whether or not AirPrint is blocked (iOS 11.0 and later).
    ///
    /// CSDL: property `airPrintBlocked`: `Edm.Boolean`, not nullable.
    pub air_print_blocked: rt::Field<bool>,
    /// Indicates whether or not iBeacon discovery of AirPrint printers is blocked. This prevents spurious AirPrint Bluetooth beacons from phishing for network traffic (iOS 11.0 and later).
    ///
    /// CSDL: property `airPrintBlockiBeaconDiscovery`: `Edm.Boolean`, not nullable.
    pub air_print_blocki_beacon_discovery: rt::Field<bool>,
    /// Indicates if trusted certificates are required for TLS printing communication (iOS 11.0 and later).
    ///
    /// CSDL: property `airPrintForceTrustedTLS`: `Edm.Boolean`, not nullable.
    pub air_print_force_trusted_tls: rt::Field<bool>,
    /// Prevents a user from adding any App Clips and removes any existing App Clips on the device.
    ///
    /// CSDL: property `appClipsBlocked`: `Edm.Boolean`, not nullable.
    pub app_clips_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using News when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `appleNewsBlocked`: `Edm.Boolean`, not nullable.
    pub apple_news_blocked: rt::Field<bool>,
    /// Limits Apple personalized advertising when true. Available in iOS 14 and later.
    ///
    /// CSDL: property `applePersonalizedAdsBlocked`: `Edm.Boolean`, not nullable.
    pub apple_personalized_ads_blocked: rt::Field<bool>,
    /// Indicates whether or not to allow Apple Watch pairing when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `appleWatchBlockPairing`: `Edm.Boolean`, not nullable.
    pub apple_watch_block_pairing: rt::Field<bool>,
    /// Indicates whether or not to force a paired Apple Watch to use Wrist Detection (iOS 8.2 and later).
    ///
    /// CSDL: property `appleWatchForceWristDetection`: `Edm.Boolean`, not nullable.
    pub apple_watch_force_wrist_detection: rt::Field<bool>,
    /// Indicates if the removal of apps is allowed.
    ///
    /// CSDL: property `appRemovalBlocked`: `Edm.Boolean`, not nullable.
    pub app_removal_blocked: rt::Field<bool>,
    /// Gets or sets the list of iOS apps allowed to autonomously enter Single App Mode. Supervised only. iOS 7.0 and later. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsSingleAppModeList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_single_app_mode_list: rt::Field<
        ::std::vec::Vec<crate::beta::AnyAppListItem>,
    >,
    /// Indicates whether or not to block the automatic downloading of apps purchased on other devices when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `appStoreBlockAutomaticDownloads`: `Edm.Boolean`, not nullable.
    pub app_store_block_automatic_downloads: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the App Store. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `appStoreBlocked`: `Edm.Boolean`, not nullable.
    pub app_store_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from making in app purchases.
    ///
    /// CSDL: property `appStoreBlockInAppPurchases`: `Edm.Boolean`, not nullable.
    pub app_store_block_in_app_purchases: rt::Field<bool>,
    /// Indicates whether or not to block the App Store app, not restricting installation through Host apps. Applies to supervised mode only (iOS 9.0 and later).
    ///
    /// CSDL: property `appStoreBlockUIAppInstallation`: `Edm.Boolean`, not nullable.
    pub app_store_block_ui_app_installation: rt::Field<bool>,
    /// Indicates whether or not to require a password when using the app store.
    ///
    /// CSDL: property `appStoreRequirePassword`: `Edm.Boolean`, not nullable.
    pub app_store_require_password: rt::Field<bool>,
    /// List of apps in the visibility list (either visible/launchable apps list or hidden/unlaunchable apps list, controlled by AppsVisibilityListType) (iOS 9.3 and later). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `appsVisibilityList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_visibility_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Type of list that is in the AppsVisibilityList.
    ///
    /// CSDL: property `appsVisibilityListType`: `microsoft.graph.appListType`, not nullable.
    pub apps_visibility_list_type: rt::Field<crate::beta::AppListType>,
    /// Indicates whether or not to force user authentication before autofilling passwords and credit card information in Safari and other apps on supervised devices.
    ///
    /// CSDL: property `autoFillForceAuthentication`: `Edm.Boolean`, not nullable.
    pub auto_fill_force_authentication: rt::Field<bool>,
    /// Blocks users from unlocking their device with Apple Watch. Available for devices running iOS and iPadOS versions 14.5 and later.
    ///
    /// CSDL: property `autoUnlockBlocked`: `Edm.Boolean`, not nullable.
    pub auto_unlock_blocked: rt::Field<bool>,
    /// Indicates whether or not the removal of system apps from the device is blocked on a supervised device (iOS 11.0 and later).
    ///
    /// CSDL: property `blockSystemAppRemoval`: `Edm.Boolean`, not nullable.
    pub block_system_app_removal: rt::Field<bool>,
    /// Indicates whether or not to allow modification of Bluetooth settings when the device is in supervised mode (iOS 10.0 and later).
    ///
    /// CSDL: property `bluetoothBlockModification`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_modification: rt::Field<bool>,
    /// Indicates whether or not to block the user from accessing the camera of the device. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block data roaming.
    ///
    /// CSDL: property `cellularBlockDataRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_roaming: rt::Field<bool>,
    /// Indicates whether or not to block global background fetch while roaming.
    ///
    /// CSDL: property `cellularBlockGlobalBackgroundFetchWhileRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_global_background_fetch_while_roaming: rt::Field<bool>,
    /// Indicates whether or not to allow changes to cellular app data usage settings when the device is in supervised mode.
    ///
    /// CSDL: property `cellularBlockPerAppDataModification`: `Edm.Boolean`, not nullable.
    pub cellular_block_per_app_data_modification: rt::Field<bool>,
    /// Indicates whether or not to block Personal Hotspot.
    ///
    /// CSDL: property `cellularBlockPersonalHotspot`: `Edm.Boolean`, not nullable.
    pub cellular_block_personal_hotspot: rt::Field<bool>,
    /// Indicates whether or not to block the user from modifying the personal hotspot setting (iOS 12.2 or later).
    ///
    /// CSDL: property `cellularBlockPersonalHotspotModification`: `Edm.Boolean`, not nullable.
    pub cellular_block_personal_hotspot_modification: rt::Field<bool>,
    /// Indicates whether or not to allow users to change the settings of the cellular plan on a supervised device.
    ///
    /// CSDL: property `cellularBlockPlanModification`: `Edm.Boolean`, not nullable.
    pub cellular_block_plan_modification: rt::Field<bool>,
    /// Indicates whether or not to block voice roaming.
    ///
    /// CSDL: property `cellularBlockVoiceRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_voice_roaming: rt::Field<bool>,
    /// Indicates whether or not to block untrusted TLS certificates.
    ///
    /// CSDL: property `certificatesBlockUntrustedTlsCertificates`: `Edm.Boolean`, not nullable.
    pub certificates_block_untrusted_tls_certificates: rt::Field<bool>,
    /// Indicates whether or not to allow remote screen observation by Classroom app when the device is in supervised mode (iOS 9.3 and later).
    ///
    /// CSDL: property `classroomAppBlockRemoteScreenObservation`: `Edm.Boolean`, not nullable.
    pub classroom_app_block_remote_screen_observation: rt::Field<bool>,
    /// Indicates whether or not to automatically give permission to the teacher of a managed course on the Classroom app to view a student's screen without prompting when the device is in supervised mode.
    ///
    /// CSDL: property `classroomAppForceUnpromptedScreenObservation`: `Edm.Boolean`, not nullable.
    pub classroom_app_force_unprompted_screen_observation: rt::Field<bool>,
    /// Indicates whether or not to automatically give permission to the teacher's requests, without prompting the student, when the device is in supervised mode.
    ///
    /// CSDL: property `classroomForceAutomaticallyJoinClasses`: `Edm.Boolean`, not nullable.
    pub classroom_force_automatically_join_classes: rt::Field<bool>,
    /// Indicates whether a student enrolled in an unmanaged course via Classroom will request permission from the teacher when attempting to leave the course (iOS 11.3 and later).
    ///
    /// CSDL: property `classroomForceRequestPermissionToLeaveClasses`: `Edm.Boolean`, not nullable.
    pub classroom_force_request_permission_to_leave_classes: rt::Field<bool>,
    /// Indicates whether or not to allow the teacher to lock apps or the device without prompting the student. Supervised only.
    ///
    /// CSDL: property `classroomForceUnpromptedAppAndDeviceLock`: `Edm.Boolean`, not nullable.
    pub classroom_force_unprompted_app_and_device_lock: rt::Field<bool>,
    /// List that is in the AppComplianceList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::beta::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Indicates whether or not to block the user from installing configuration profiles and certificates interactively when the device is in supervised mode.
    ///
    /// CSDL: property `configurationProfileBlockChanges`: `Edm.Boolean`, not nullable.
    pub configuration_profile_block_changes: rt::Field<bool>,
    /// Indicates whether or not managed apps can write contacts to unmanaged contacts accounts (iOS 12.0 and later).
    ///
    /// CSDL: property `contactsAllowManagedToUnmanagedWrite`: `Edm.Boolean`, not nullable.
    pub contacts_allow_managed_to_unmanaged_write: rt::Field<bool>,
    /// Indicates whether or not unmanaged apps can read from managed contacts accounts (iOS 12.0 or later).
    ///
    /// CSDL: property `contactsAllowUnmanagedToManagedRead`: `Edm.Boolean`, not nullable.
    pub contacts_allow_unmanaged_to_managed_read: rt::Field<bool>,
    /// Indicates whether or not to block the continuous path keyboard when the device is supervised (iOS 13 or later).
    ///
    /// CSDL: property `continuousPathKeyboardBlocked`: `Edm.Boolean`, not nullable.
    pub continuous_path_keyboard_blocked: rt::Field<bool>,
    /// Indicates whether or not the Date and Time "Set Automatically" feature is enabled and cannot be turned off by the user (iOS 12.0 and later).
    ///
    /// CSDL: property `dateAndTimeForceSetAutomatically`: `Edm.Boolean`, not nullable.
    pub date_and_time_force_set_automatically: rt::Field<bool>,
    /// Indicates whether or not to block definition lookup when the device is in supervised mode (iOS 8.1.3 and later ).
    ///
    /// CSDL: property `definitionLookupBlocked`: `Edm.Boolean`, not nullable.
    pub definition_lookup_blocked: rt::Field<bool>,
    /// Indicates whether or not to allow the user to enables restrictions in the device settings when the device is in supervised mode.
    ///
    /// CSDL: property `deviceBlockEnableRestrictions`: `Edm.Boolean`, not nullable.
    pub device_block_enable_restrictions: rt::Field<bool>,
    /// Indicates whether or not to allow the use of the 'Erase all content and settings' option on the device when the device is in supervised mode.
    ///
    /// CSDL: property `deviceBlockEraseContentAndSettings`: `Edm.Boolean`, not nullable.
    pub device_block_erase_content_and_settings: rt::Field<bool>,
    /// Indicates whether or not to allow device name modification when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `deviceBlockNameModification`: `Edm.Boolean`, not nullable.
    pub device_block_name_modification: rt::Field<bool>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticDataBlockSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission: rt::Field<bool>,
    /// Indicates whether or not to allow diagnostics submission settings modification when the device is in supervised mode (iOS 9.3.2 and later).
    ///
    /// CSDL: property `diagnosticDataBlockSubmissionModification`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission_modification: rt::Field<bool>,
    /// Indicates whether or not to block the user from viewing managed documents in unmanaged apps.
    ///
    /// CSDL: property `documentsBlockManagedDocumentsInUnmanagedApps`: `Edm.Boolean`, not nullable.
    pub documents_block_managed_documents_in_unmanaged_apps: rt::Field<bool>,
    /// Indicates whether or not to block the user from viewing unmanaged documents in managed apps.
    ///
    /// CSDL: property `documentsBlockUnmanagedDocumentsInManagedApps`: `Edm.Boolean`, not nullable.
    pub documents_block_unmanaged_documents_in_managed_apps: rt::Field<bool>,
    /// An email address lacking a suffix that matches any of these strings will be considered out-of-domain.
    ///
    /// CSDL: property `emailInDomainSuffixes`: `Collection(Edm.String)`, nullable.
    pub email_in_domain_suffixes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not to block the user from trusting an enterprise app.
    ///
    /// CSDL: property `enterpriseAppBlockTrust`: `Edm.Boolean`, not nullable.
    pub enterprise_app_block_trust: rt::Field<bool>,
    /// [Deprecated] Configuring this setting and setting the value to 'true' has no effect on the device.
    ///
    /// CSDL: property `enterpriseAppBlockTrustModification`: `Edm.Boolean`, not nullable.
    pub enterprise_app_block_trust_modification: rt::Field<bool>,
    /// Indicates whether or not Enterprise book back up is blocked.
    ///
    /// CSDL: property `enterpriseBookBlockBackup`: `Edm.Boolean`, not nullable.
    pub enterprise_book_block_backup: rt::Field<bool>,
    /// Indicates whether or not Enterprise book notes and highlights sync is blocked.
    ///
    /// CSDL: property `enterpriseBookBlockMetadataSync`: `Edm.Boolean`, not nullable.
    pub enterprise_book_block_metadata_sync: rt::Field<bool>,
    /// Indicates whether or not to allow the addition or removal of cellular plans on the eSIM of a supervised device.
    ///
    /// CSDL: property `esimBlockModification`: `Edm.Boolean`, not nullable.
    pub esim_block_modification: rt::Field<bool>,
    /// Indicates whether or not to block the user from using FaceTime. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `faceTimeBlocked`: `Edm.Boolean`, not nullable.
    pub face_time_blocked: rt::Field<bool>,
    /// Indicates if devices can access files or other resources on a network server using the Server Message Block (SMB) protocol. Available for devices running iOS and iPadOS, versions 13.0 and later.
    ///
    /// CSDL: property `filesNetworkDriveAccessBlocked`: `Edm.Boolean`, not nullable.
    pub files_network_drive_access_blocked: rt::Field<bool>,
    /// Indicates if sevices with access can connect to and open files on a USB drive. Available for devices running iOS and iPadOS, versions 13.0 and later.
    ///
    /// CSDL: property `filesUsbDriveAccessBlocked`: `Edm.Boolean`, not nullable.
    pub files_usb_drive_access_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Find My Device when the device is supervised (iOS 13 or later).
    ///
    /// CSDL: property `findMyDeviceInFindMyAppBlocked`: `Edm.Boolean`, not nullable.
    pub find_my_device_in_find_my_app_blocked: rt::Field<bool>,
    /// Indicates whether or not to block changes to Find My Friends when the device is in supervised mode.
    ///
    /// CSDL: property `findMyFriendsBlocked`: `Edm.Boolean`, not nullable.
    pub find_my_friends_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Find My Friends when the device is supervised (iOS 13 or later).
    ///
    /// CSDL: property `findMyFriendsInFindMyAppBlocked`: `Edm.Boolean`, not nullable.
    pub find_my_friends_in_find_my_app_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Game Center when the device is in supervised mode.
    ///
    /// CSDL: property `gameCenterBlocked`: `Edm.Boolean`, not nullable.
    pub game_center_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from having friends in Game Center. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `gamingBlockGameCenterFriends`: `Edm.Boolean`, not nullable.
    pub gaming_block_game_center_friends: rt::Field<bool>,
    /// Indicates whether or not to block the user from using multiplayer gaming. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `gamingBlockMultiplayer`: `Edm.Boolean`, not nullable.
    pub gaming_block_multiplayer: rt::Field<bool>,
    /// indicates whether or not to allow host pairing to control the devices an iOS device can pair with when the iOS device is in supervised mode.
    ///
    /// CSDL: property `hostPairingBlocked`: `Edm.Boolean`, not nullable.
    pub host_pairing_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the iBooks Store when the device is in supervised mode.
    ///
    /// CSDL: property `iBooksStoreBlocked`: `Edm.Boolean`, not nullable.
    pub i_books_store_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from downloading media from the iBookstore that has been tagged as erotica.
    ///
    /// CSDL: property `iBooksStoreBlockErotica`: `Edm.Boolean`, not nullable.
    pub i_books_store_block_erotica: rt::Field<bool>,
    /// Indicates whether or not to block the user from continuing work they started on iOS device to another iOS or macOS device.
    ///
    /// CSDL: property `iCloudBlockActivityContinuation`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_activity_continuation: rt::Field<bool>,
    /// Indicates whether or not to block iCloud backup. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `iCloudBlockBackup`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_backup: rt::Field<bool>,
    /// Indicates whether or not to block iCloud document sync. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `iCloudBlockDocumentSync`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_document_sync: rt::Field<bool>,
    /// Indicates whether or not to block Managed Apps Cloud Sync.
    ///
    /// CSDL: property `iCloudBlockManagedAppsSync`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_managed_apps_sync: rt::Field<bool>,
    /// Indicates whether or not to block iCloud Photo Library.
    ///
    /// CSDL: property `iCloudBlockPhotoLibrary`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_photo_library: rt::Field<bool>,
    /// Indicates whether or not to block iCloud Photo Stream Sync.
    ///
    /// CSDL: property `iCloudBlockPhotoStreamSync`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_photo_stream_sync: rt::Field<bool>,
    /// Indicates whether or not to block Shared Photo Stream.
    ///
    /// CSDL: property `iCloudBlockSharedPhotoStream`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_shared_photo_stream: rt::Field<bool>,
    /// Indicates whether or not to require backups to iCloud be encrypted.
    ///
    /// CSDL: property `iCloudRequireEncryptedBackup`: `Edm.Boolean`, not nullable.
    pub i_cloud_require_encrypted_backup: rt::Field<bool>,
    /// Indicates whether or not to block the iTunes app. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `iTunesBlocked`: `Edm.Boolean`, not nullable.
    pub i_tunes_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from accessing explicit content in iTunes and the App Store. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `iTunesBlockExplicitContent`: `Edm.Boolean`, not nullable.
    pub i_tunes_block_explicit_content: rt::Field<bool>,
    /// Indicates whether or not to block Music service and revert Music app to classic mode when the device is in supervised mode (iOS 9.3 and later and macOS 10.12 and later).
    ///
    /// CSDL: property `iTunesBlockMusicService`: `Edm.Boolean`, not nullable.
    pub i_tunes_block_music_service: rt::Field<bool>,
    /// Indicates whether or not to block the user from using iTunes Radio when the device is in supervised mode (iOS 9.3 and later).
    ///
    /// CSDL: property `iTunesBlockRadio`: `Edm.Boolean`, not nullable.
    pub i_tunes_block_radio: rt::Field<bool>,
    /// Indicates whether or not to block keyboard auto-correction when the device is in supervised mode (iOS 8.1.3 and later).
    ///
    /// CSDL: property `keyboardBlockAutoCorrect`: `Edm.Boolean`, not nullable.
    pub keyboard_block_auto_correct: rt::Field<bool>,
    /// Indicates whether or not to block the user from using dictation input when the device is in supervised mode.
    ///
    /// CSDL: property `keyboardBlockDictation`: `Edm.Boolean`, not nullable.
    pub keyboard_block_dictation: rt::Field<bool>,
    /// Indicates whether or not to block predictive keyboards when device is in supervised mode (iOS 8.1.3 and later).
    ///
    /// CSDL: property `keyboardBlockPredictive`: `Edm.Boolean`, not nullable.
    pub keyboard_block_predictive: rt::Field<bool>,
    /// Indicates whether or not to block keyboard shortcuts when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `keyboardBlockShortcuts`: `Edm.Boolean`, not nullable.
    pub keyboard_block_shortcuts: rt::Field<bool>,
    /// Indicates whether or not to block keyboard spell-checking when the device is in supervised mode (iOS 8.1.3 and later).
    ///
    /// CSDL: property `keyboardBlockSpellCheck`: `Edm.Boolean`, not nullable.
    pub keyboard_block_spell_check: rt::Field<bool>,
    /// Indicates whether or not iCloud keychain synchronization is blocked. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `keychainBlockCloudSync`: `Edm.Boolean`, not nullable.
    pub keychain_block_cloud_sync: rt::Field<bool>,
    /// Indicates whether or not to allow assistive speak while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowAssistiveSpeak`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_assistive_speak: rt::Field<bool>,
    /// Indicates whether or not to allow access to the Assistive Touch Settings while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowAssistiveTouchSettings`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_assistive_touch_settings: rt::Field<bool>,
    /// Indicates whether or not to allow device auto lock while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockAutoLock instead.
    ///
    /// CSDL: property `kioskModeAllowAutoLock`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_auto_lock: rt::Field<bool>,
    /// Indicates whether or not to allow access to the Color Inversion Settings while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowColorInversionSettings`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_color_inversion_settings: rt::Field<bool>,
    /// Indicates whether or not to allow use of the ringer switch while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockRingerSwitch instead.
    ///
    /// CSDL: property `kioskModeAllowRingerSwitch`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_ringer_switch: rt::Field<bool>,
    /// Indicates whether or not to allow screen rotation while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockScreenRotation instead.
    ///
    /// CSDL: property `kioskModeAllowScreenRotation`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_screen_rotation: rt::Field<bool>,
    /// Indicates whether or not to allow use of the sleep button while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockSleepButton instead.
    ///
    /// CSDL: property `kioskModeAllowSleepButton`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_sleep_button: rt::Field<bool>,
    /// Indicates whether or not to allow use of the touchscreen while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockTouchscreen instead.
    ///
    /// CSDL: property `kioskModeAllowTouchscreen`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_touchscreen: rt::Field<bool>,
    /// Indicates whether or not to allow the user to toggle voice control in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowVoiceControlModification`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_voice_control_modification: rt::Field<bool>,
    /// Indicates whether or not to allow access to the voice over settings while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowVoiceOverSettings`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_voice_over_settings: rt::Field<bool>,
    /// Indicates whether or not to allow use of the volume buttons while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockVolumeButtons instead.
    ///
    /// CSDL: property `kioskModeAllowVolumeButtons`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_volume_buttons: rt::Field<bool>,
    /// Indicates whether or not to allow access to the zoom settings while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowZoomSettings`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_zoom_settings: rt::Field<bool>,
    /// URL in the app store to the app to use for kiosk mode. Use if KioskModeManagedAppId is not known.
    ///
    /// CSDL: property `kioskModeAppStoreUrl`: `Edm.String`, nullable.
    pub kiosk_mode_app_store_url: rt::Field<::std::string::String>,
    /// Type of app to run in kiosk mode.
    ///
    /// CSDL: property `kioskModeAppType`: `microsoft.graph.iosKioskModeAppType`, not nullable.
    pub kiosk_mode_app_type: rt::Field<crate::beta::IosKioskModeAppType>,
    /// Indicates whether or not to block device auto lock while in kiosk mode.
    ///
    /// CSDL: property `kioskModeBlockAutoLock`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_auto_lock: rt::Field<bool>,
    /// Indicates whether or not to block use of the ringer switch while in kiosk mode.
    ///
    /// CSDL: property `kioskModeBlockRingerSwitch`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_ringer_switch: rt::Field<bool>,
    /// Indicates whether or not to block screen rotation while in kiosk mode.
    ///
    /// CSDL: property `kioskModeBlockScreenRotation`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_screen_rotation: rt::Field<bool>,
    /// Indicates whether or not to block use of the sleep button while in kiosk mode.
    ///
    /// CSDL: property `kioskModeBlockSleepButton`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_sleep_button: rt::Field<bool>,
    /// Indicates whether or not to block use of the touchscreen while in kiosk mode.
    ///
    /// CSDL: property `kioskModeBlockTouchscreen`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_touchscreen: rt::Field<bool>,
    /// Indicates whether or not to block the volume buttons while in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeBlockVolumeButtons`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_volume_buttons: rt::Field<bool>,
    /// ID for built-in apps to use for kiosk mode. Used when KioskModeManagedAppId and KioskModeAppStoreUrl are not set.
    ///
    /// CSDL: property `kioskModeBuiltInAppId`: `Edm.String`, nullable.
    pub kiosk_mode_built_in_app_id: rt::Field<::std::string::String>,
    /// Indicates whether or not to enable voice control in kiosk mode.
    ///
    /// CSDL: property `kioskModeEnableVoiceControl`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_enable_voice_control: rt::Field<bool>,
    /// Managed app id of the app to use for kiosk mode. If KioskModeManagedAppId is specified then KioskModeAppStoreUrl will be ignored.
    ///
    /// CSDL: property `kioskModeManagedAppId`: `Edm.String`, nullable.
    pub kiosk_mode_managed_app_id: rt::Field<::std::string::String>,
    /// Indicates whether or not to require assistive touch while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireAssistiveTouch`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_assistive_touch: rt::Field<bool>,
    /// Indicates whether or not to require color inversion while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireColorInversion`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_color_inversion: rt::Field<bool>,
    /// Indicates whether or not to require mono audio while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireMonoAudio`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_mono_audio: rt::Field<bool>,
    /// Indicates whether or not to require voice over while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireVoiceOver`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_voice_over: rt::Field<bool>,
    /// Indicates whether or not to require zoom while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireZoom`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_zoom: rt::Field<bool>,
    /// Indicates whether or not to block the user from using control center on the lock screen.
    ///
    /// CSDL: property `lockScreenBlockControlCenter`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_control_center: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the notification view on the lock screen.
    ///
    /// CSDL: property `lockScreenBlockNotificationView`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_notification_view: rt::Field<bool>,
    /// Indicates whether or not to block the user from using passbook when the device is locked.
    ///
    /// CSDL: property `lockScreenBlockPassbook`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_passbook: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the Today View on the lock screen.
    ///
    /// CSDL: property `lockScreenBlockTodayView`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_today_view: rt::Field<bool>,
    /// Media content rating settings for Apps
    ///
    /// CSDL: property `mediaContentRatingApps`: `microsoft.graph.ratingAppsType`, not nullable.
    pub media_content_rating_apps: rt::Field<crate::beta::RatingAppsType>,
    /// Media content rating settings for Australia
    ///
    /// CSDL: property `mediaContentRatingAustralia`: `microsoft.graph.mediaContentRatingAustralia`, nullable.
    pub media_content_rating_australia: rt::Field<
        crate::beta::MediaContentRatingAustralia,
    >,
    /// Media content rating settings for Canada
    ///
    /// CSDL: property `mediaContentRatingCanada`: `microsoft.graph.mediaContentRatingCanada`, nullable.
    pub media_content_rating_canada: rt::Field<crate::beta::MediaContentRatingCanada>,
    /// Media content rating settings for France
    ///
    /// CSDL: property `mediaContentRatingFrance`: `microsoft.graph.mediaContentRatingFrance`, nullable.
    pub media_content_rating_france: rt::Field<crate::beta::MediaContentRatingFrance>,
    /// Media content rating settings for Germany
    ///
    /// CSDL: property `mediaContentRatingGermany`: `microsoft.graph.mediaContentRatingGermany`, nullable.
    pub media_content_rating_germany: rt::Field<crate::beta::MediaContentRatingGermany>,
    /// Media content rating settings for Ireland
    ///
    /// CSDL: property `mediaContentRatingIreland`: `microsoft.graph.mediaContentRatingIreland`, nullable.
    pub media_content_rating_ireland: rt::Field<crate::beta::MediaContentRatingIreland>,
    /// Media content rating settings for Japan
    ///
    /// CSDL: property `mediaContentRatingJapan`: `microsoft.graph.mediaContentRatingJapan`, nullable.
    pub media_content_rating_japan: rt::Field<crate::beta::MediaContentRatingJapan>,
    /// Media content rating settings for New Zealand
    ///
    /// CSDL: property `mediaContentRatingNewZealand`: `microsoft.graph.mediaContentRatingNewZealand`, nullable.
    pub media_content_rating_new_zealand: rt::Field<
        crate::beta::MediaContentRatingNewZealand,
    >,
    /// Media content rating settings for United Kingdom
    ///
    /// CSDL: property `mediaContentRatingUnitedKingdom`: `microsoft.graph.mediaContentRatingUnitedKingdom`, nullable.
    pub media_content_rating_united_kingdom: rt::Field<
        crate::beta::MediaContentRatingUnitedKingdom,
    >,
    /// Media content rating settings for United States
    ///
    /// CSDL: property `mediaContentRatingUnitedStates`: `microsoft.graph.mediaContentRatingUnitedStates`, nullable.
    pub media_content_rating_united_states: rt::Field<
        crate::beta::MediaContentRatingUnitedStates,
    >,
    /// Indicates whether or not to block the user from using the Messages app on the supervised device.
    ///
    /// CSDL: property `messagesBlocked`: `Edm.Boolean`, not nullable.
    pub messages_blocked: rt::Field<bool>,
    /// List of managed apps and the network rules that applies to them. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `networkUsageRules`: `Collection(microsoft.graph.iosNetworkUsageRule)`, nullable.
    pub network_usage_rules: rt::Field<
        ::std::vec::Vec<crate::beta::IosNetworkUsageRule>,
    >,
    /// Disable NFC to prevent devices from pairing with other NFC-enabled devices. Available for iOS/iPadOS devices running 14.2 and later.
    ///
    /// CSDL: property `nfcBlocked`: `Edm.Boolean`, not nullable.
    pub nfc_blocked: rt::Field<bool>,
    /// Indicates whether or not to allow notifications settings modification (iOS 9.3 and later).
    ///
    /// CSDL: property `notificationsBlockSettingsModification`: `Edm.Boolean`, not nullable.
    pub notifications_block_settings_modification: rt::Field<bool>,
    /// Disables connections to Siri servers so that users can’t use Siri to dictate text. Available for devices running iOS and iPadOS versions 14.5 and later.
    ///
    /// CSDL: property `onDeviceOnlyDictationForced`: `Edm.Boolean`, not nullable.
    pub on_device_only_dictation_forced: rt::Field<bool>,
    /// Block modification of registered Touch ID fingerprints when in supervised mode.
    ///
    /// CSDL: property `passcodeBlockFingerprintModification`: `Edm.Boolean`, not nullable.
    pub passcode_block_fingerprint_modification: rt::Field<bool>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passcodeBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub passcode_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to allow passcode modification on the supervised device (iOS 9.0 and later).
    ///
    /// CSDL: property `passcodeBlockModification`: `Edm.Boolean`, not nullable.
    pub passcode_block_modification: rt::Field<bool>,
    /// Indicates whether or not to block simple passcodes.
    ///
    /// CSDL: property `passcodeBlockSimple`: `Edm.Boolean`, not nullable.
    pub passcode_block_simple: rt::Field<bool>,
    /// Number of days before the passcode expires. Valid values 1 to 65535
    ///
    /// CSDL: property `passcodeExpirationDays`: `Edm.Int32`, nullable.
    pub passcode_expiration_days: rt::Field<i32>,
    /// Number of character sets a passcode must contain. Valid values 0 to 4
    ///
    /// CSDL: property `passcodeMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub passcode_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passcode. Valid values 4 to 14
    ///
    /// CSDL: property `passcodeMinimumLength`: `Edm.Int32`, nullable.
    pub passcode_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a passcode is required.
    ///
    /// CSDL: property `passcodeMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub passcode_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passcodeMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub passcode_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passcodes to block. Valid values 1 to 24
    ///
    /// CSDL: property `passcodePreviousPasscodeBlockCount`: `Edm.Int32`, nullable.
    pub passcode_previous_passcode_block_count: rt::Field<i32>,
    /// Indicates whether or not to require a passcode.
    ///
    /// CSDL: property `passcodeRequired`: `Edm.Boolean`, not nullable.
    pub passcode_required: rt::Field<bool>,
    /// Type of passcode that is required.
    ///
    /// CSDL: property `passcodeRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub passcode_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Number of sign in failures allowed before wiping the device. Valid values 2 to 11
    ///
    /// CSDL: property `passcodeSignInFailureCountBeforeWipe`: `Edm.Int32`, nullable.
    pub passcode_sign_in_failure_count_before_wipe: rt::Field<i32>,
    /// Indicates whether or not to block sharing passwords with the AirDrop passwords feature iOS 12.0 and later).
    ///
    /// CSDL: property `passwordBlockAirDropSharing`: `Edm.Boolean`, not nullable.
    pub password_block_air_drop_sharing: rt::Field<bool>,
    /// Indicates if the AutoFill passwords feature is allowed (iOS 12.0 and later).
    ///
    /// CSDL: property `passwordBlockAutoFill`: `Edm.Boolean`, not nullable.
    pub password_block_auto_fill: rt::Field<bool>,
    /// Indicates whether or not to block requesting passwords from nearby devices (iOS 12.0 and later).
    ///
    /// CSDL: property `passwordBlockProximityRequests`: `Edm.Boolean`, not nullable.
    pub password_block_proximity_requests: rt::Field<bool>,
    /// Indicates whether or not over-the-air PKI updates are blocked. Setting this restriction to false does not disable CRL and OCSP checks (iOS 7.0 and later).
    ///
    /// CSDL: property `pkiBlockOTAUpdates`: `Edm.Boolean`, not nullable.
    pub pki_block_ota_updates: rt::Field<bool>,
    /// Indicates whether or not to block the user from using podcasts on the supervised device (iOS 8.0 and later).
    ///
    /// CSDL: property `podcastsBlocked`: `Edm.Boolean`, not nullable.
    pub podcasts_blocked: rt::Field<bool>,
    /// Indicates if ad tracking is limited.(iOS 7.0 and later).
    ///
    /// CSDL: property `privacyForceLimitAdTracking`: `Edm.Boolean`, not nullable.
    pub privacy_force_limit_ad_tracking: rt::Field<bool>,
    /// Indicates whether or not to enable the prompt to setup nearby devices with a supervised device.
    ///
    /// CSDL: property `proximityBlockSetupToNewDevice`: `Edm.Boolean`, not nullable.
    pub proximity_block_setup_to_new_device: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Auto fill in Safari. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `safariBlockAutofill`: `Edm.Boolean`, not nullable.
    pub safari_block_autofill: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Safari. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `safariBlocked`: `Edm.Boolean`, not nullable.
    pub safari_blocked: rt::Field<bool>,
    /// Indicates whether or not to block JavaScript in Safari.
    ///
    /// CSDL: property `safariBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub safari_block_java_script: rt::Field<bool>,
    /// Indicates whether or not to block popups in Safari.
    ///
    /// CSDL: property `safariBlockPopups`: `Edm.Boolean`, not nullable.
    pub safari_block_popups: rt::Field<bool>,
    /// Cookie settings for Safari.
    ///
    /// CSDL: property `safariCookieSettings`: `microsoft.graph.webBrowserCookieSettings`, not nullable.
    pub safari_cookie_settings: rt::Field<crate::beta::WebBrowserCookieSettings>,
    /// URLs matching the patterns listed here will be considered managed.
    ///
    /// CSDL: property `safariManagedDomains`: `Collection(Edm.String)`, nullable.
    pub safari_managed_domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Users can save passwords in Safari only from URLs matching the patterns listed here. Applies to devices in supervised mode (iOS 9.3 and later).
    ///
    /// CSDL: property `safariPasswordAutoFillDomains`: `Collection(Edm.String)`, nullable.
    pub safari_password_auto_fill_domains: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Indicates whether or not to require fraud warning in Safari.
    ///
    /// CSDL: property `safariRequireFraudWarning`: `Edm.Boolean`, not nullable.
    pub safari_require_fraud_warning: rt::Field<bool>,
    /// Indicates whether or not to block the user from taking Screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Indicates whether or not to block temporary sessions on Shared iPads (iOS 13.4 or later).
    ///
    /// CSDL: property `sharedDeviceBlockTemporarySessions`: `Edm.Boolean`, not nullable.
    pub shared_device_block_temporary_sessions: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Siri.
    ///
    /// CSDL: property `siriBlocked`: `Edm.Boolean`, not nullable.
    pub siri_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Siri when locked.
    ///
    /// CSDL: property `siriBlockedWhenLocked`: `Edm.Boolean`, not nullable.
    pub siri_blocked_when_locked: rt::Field<bool>,
    /// Indicates whether or not to block Siri from querying user-generated content when used on a supervised device.
    ///
    /// CSDL: property `siriBlockUserGeneratedContent`: `Edm.Boolean`, not nullable.
    pub siri_block_user_generated_content: rt::Field<bool>,
    /// Indicates whether or not to prevent Siri from dictating, or speaking profane language on supervised device.
    ///
    /// CSDL: property `siriRequireProfanityFilter`: `Edm.Boolean`, not nullable.
    pub siri_require_profanity_filter: rt::Field<bool>,
    /// Sets how many days a software update will be delyed for a supervised device. Valid values 0 to 90
    ///
    /// CSDL: property `softwareUpdatesEnforcedDelayInDays`: `Edm.Int32`, nullable.
    pub software_updates_enforced_delay_in_days: rt::Field<i32>,
    /// Indicates whether or not to delay user visibility of software updates when the device is in supervised mode.
    ///
    /// CSDL: property `softwareUpdatesForceDelayed`: `Edm.Boolean`, not nullable.
    pub software_updates_force_delayed: rt::Field<bool>,
    /// Indicates whether or not to block Spotlight search from returning internet results on supervised device.
    ///
    /// CSDL: property `spotlightBlockInternetResults`: `Edm.Boolean`, not nullable.
    pub spotlight_block_internet_results: rt::Field<bool>,
    /// Allow users to boot devices into recovery mode with unpaired devices. Available for devices running iOS and iPadOS versions 14.5 and later.
    ///
    /// CSDL: property `unpairedExternalBootToRecoveryAllowed`: `Edm.Boolean`, not nullable.
    pub unpaired_external_boot_to_recovery_allowed: rt::Field<bool>,
    /// Indicates if connecting to USB accessories while the device is locked is allowed (iOS 11.4.1 and later).
    ///
    /// CSDL: property `usbRestrictedModeBlocked`: `Edm.Boolean`, not nullable.
    pub usb_restricted_mode_blocked: rt::Field<bool>,
    /// Indicates whether or not to block voice dialing.
    ///
    /// CSDL: property `voiceDialingBlocked`: `Edm.Boolean`, not nullable.
    pub voice_dialing_blocked: rt::Field<bool>,
    /// Indicates whether or not the creation of VPN configurations is blocked (iOS 11.0 and later).
    ///
    /// CSDL: property `vpnBlockCreation`: `Edm.Boolean`, not nullable.
    pub vpn_block_creation: rt::Field<bool>,
    /// Indicates whether or not to allow wallpaper modification on supervised device (iOS 9.0 and later) .
    ///
    /// CSDL: property `wallpaperBlockModification`: `Edm.Boolean`, not nullable.
    pub wallpaper_block_modification: rt::Field<bool>,
    /// Indicates whether or not to force the device to use only Wi-Fi networks from configuration profiles when the device is in supervised mode. Available for devices running iOS and iPadOS versions 14.4 and earlier. Devices running 14.5+ should use the setting, “WiFiConnectToAllowedNetworksOnlyForced.
    ///
    /// CSDL: property `wiFiConnectOnlyToConfiguredNetworks`: `Edm.Boolean`, not nullable.
    pub wi_fi_connect_only_to_configured_networks: rt::Field<bool>,
    /// Indicates whether or not Wi-Fi remains on, even when device is in airplane mode. Available for devices running iOS and iPadOS, versions 13.0 and later.
    ///
    /// CSDL: property `wifiPowerOnForced`: `Edm.Boolean`, not nullable.
    pub wifi_power_on_forced: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosGeneralDeviceConfiguration {
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
            account_block_modification: rt::Field::Absent,
            activation_lock_allow_when_supervised: rt::Field::Absent,
            air_drop_blocked: rt::Field::Absent,
            air_drop_force_unmanaged_drop_target: rt::Field::Absent,
            air_play_force_pairing_password_for_outgoing_requests: rt::Field::Absent,
            air_print_block_credentials_storage: rt::Field::Absent,
            air_print_blocked: rt::Field::Absent,
            air_print_blocki_beacon_discovery: rt::Field::Absent,
            air_print_force_trusted_tls: rt::Field::Absent,
            app_clips_blocked: rt::Field::Absent,
            apple_news_blocked: rt::Field::Absent,
            apple_personalized_ads_blocked: rt::Field::Absent,
            apple_watch_block_pairing: rt::Field::Absent,
            apple_watch_force_wrist_detection: rt::Field::Absent,
            app_removal_blocked: rt::Field::Absent,
            apps_single_app_mode_list: rt::Field::Absent,
            app_store_block_automatic_downloads: rt::Field::Absent,
            app_store_blocked: rt::Field::Absent,
            app_store_block_in_app_purchases: rt::Field::Absent,
            app_store_block_ui_app_installation: rt::Field::Absent,
            app_store_require_password: rt::Field::Absent,
            apps_visibility_list: rt::Field::Absent,
            apps_visibility_list_type: rt::Field::Absent,
            auto_fill_force_authentication: rt::Field::Absent,
            auto_unlock_blocked: rt::Field::Absent,
            block_system_app_removal: rt::Field::Absent,
            bluetooth_block_modification: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_data_roaming: rt::Field::Absent,
            cellular_block_global_background_fetch_while_roaming: rt::Field::Absent,
            cellular_block_per_app_data_modification: rt::Field::Absent,
            cellular_block_personal_hotspot: rt::Field::Absent,
            cellular_block_personal_hotspot_modification: rt::Field::Absent,
            cellular_block_plan_modification: rt::Field::Absent,
            cellular_block_voice_roaming: rt::Field::Absent,
            certificates_block_untrusted_tls_certificates: rt::Field::Absent,
            classroom_app_block_remote_screen_observation: rt::Field::Absent,
            classroom_app_force_unprompted_screen_observation: rt::Field::Absent,
            classroom_force_automatically_join_classes: rt::Field::Absent,
            classroom_force_request_permission_to_leave_classes: rt::Field::Absent,
            classroom_force_unprompted_app_and_device_lock: rt::Field::Absent,
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            configuration_profile_block_changes: rt::Field::Absent,
            contacts_allow_managed_to_unmanaged_write: rt::Field::Absent,
            contacts_allow_unmanaged_to_managed_read: rt::Field::Absent,
            continuous_path_keyboard_blocked: rt::Field::Absent,
            date_and_time_force_set_automatically: rt::Field::Absent,
            definition_lookup_blocked: rt::Field::Absent,
            device_block_enable_restrictions: rt::Field::Absent,
            device_block_erase_content_and_settings: rt::Field::Absent,
            device_block_name_modification: rt::Field::Absent,
            diagnostic_data_block_submission: rt::Field::Absent,
            diagnostic_data_block_submission_modification: rt::Field::Absent,
            documents_block_managed_documents_in_unmanaged_apps: rt::Field::Absent,
            documents_block_unmanaged_documents_in_managed_apps: rt::Field::Absent,
            email_in_domain_suffixes: rt::Field::Absent,
            enterprise_app_block_trust: rt::Field::Absent,
            enterprise_app_block_trust_modification: rt::Field::Absent,
            enterprise_book_block_backup: rt::Field::Absent,
            enterprise_book_block_metadata_sync: rt::Field::Absent,
            esim_block_modification: rt::Field::Absent,
            face_time_blocked: rt::Field::Absent,
            files_network_drive_access_blocked: rt::Field::Absent,
            files_usb_drive_access_blocked: rt::Field::Absent,
            find_my_device_in_find_my_app_blocked: rt::Field::Absent,
            find_my_friends_blocked: rt::Field::Absent,
            find_my_friends_in_find_my_app_blocked: rt::Field::Absent,
            game_center_blocked: rt::Field::Absent,
            gaming_block_game_center_friends: rt::Field::Absent,
            gaming_block_multiplayer: rt::Field::Absent,
            host_pairing_blocked: rt::Field::Absent,
            i_books_store_blocked: rt::Field::Absent,
            i_books_store_block_erotica: rt::Field::Absent,
            i_cloud_block_activity_continuation: rt::Field::Absent,
            i_cloud_block_backup: rt::Field::Absent,
            i_cloud_block_document_sync: rt::Field::Absent,
            i_cloud_block_managed_apps_sync: rt::Field::Absent,
            i_cloud_block_photo_library: rt::Field::Absent,
            i_cloud_block_photo_stream_sync: rt::Field::Absent,
            i_cloud_block_shared_photo_stream: rt::Field::Absent,
            i_cloud_require_encrypted_backup: rt::Field::Absent,
            i_tunes_blocked: rt::Field::Absent,
            i_tunes_block_explicit_content: rt::Field::Absent,
            i_tunes_block_music_service: rt::Field::Absent,
            i_tunes_block_radio: rt::Field::Absent,
            keyboard_block_auto_correct: rt::Field::Absent,
            keyboard_block_dictation: rt::Field::Absent,
            keyboard_block_predictive: rt::Field::Absent,
            keyboard_block_shortcuts: rt::Field::Absent,
            keyboard_block_spell_check: rt::Field::Absent,
            keychain_block_cloud_sync: rt::Field::Absent,
            kiosk_mode_allow_assistive_speak: rt::Field::Absent,
            kiosk_mode_allow_assistive_touch_settings: rt::Field::Absent,
            kiosk_mode_allow_auto_lock: rt::Field::Absent,
            kiosk_mode_allow_color_inversion_settings: rt::Field::Absent,
            kiosk_mode_allow_ringer_switch: rt::Field::Absent,
            kiosk_mode_allow_screen_rotation: rt::Field::Absent,
            kiosk_mode_allow_sleep_button: rt::Field::Absent,
            kiosk_mode_allow_touchscreen: rt::Field::Absent,
            kiosk_mode_allow_voice_control_modification: rt::Field::Absent,
            kiosk_mode_allow_voice_over_settings: rt::Field::Absent,
            kiosk_mode_allow_volume_buttons: rt::Field::Absent,
            kiosk_mode_allow_zoom_settings: rt::Field::Absent,
            kiosk_mode_app_store_url: rt::Field::Absent,
            kiosk_mode_app_type: rt::Field::Absent,
            kiosk_mode_block_auto_lock: rt::Field::Absent,
            kiosk_mode_block_ringer_switch: rt::Field::Absent,
            kiosk_mode_block_screen_rotation: rt::Field::Absent,
            kiosk_mode_block_sleep_button: rt::Field::Absent,
            kiosk_mode_block_touchscreen: rt::Field::Absent,
            kiosk_mode_block_volume_buttons: rt::Field::Absent,
            kiosk_mode_built_in_app_id: rt::Field::Absent,
            kiosk_mode_enable_voice_control: rt::Field::Absent,
            kiosk_mode_managed_app_id: rt::Field::Absent,
            kiosk_mode_require_assistive_touch: rt::Field::Absent,
            kiosk_mode_require_color_inversion: rt::Field::Absent,
            kiosk_mode_require_mono_audio: rt::Field::Absent,
            kiosk_mode_require_voice_over: rt::Field::Absent,
            kiosk_mode_require_zoom: rt::Field::Absent,
            lock_screen_block_control_center: rt::Field::Absent,
            lock_screen_block_notification_view: rt::Field::Absent,
            lock_screen_block_passbook: rt::Field::Absent,
            lock_screen_block_today_view: rt::Field::Absent,
            media_content_rating_apps: rt::Field::Absent,
            media_content_rating_australia: rt::Field::Absent,
            media_content_rating_canada: rt::Field::Absent,
            media_content_rating_france: rt::Field::Absent,
            media_content_rating_germany: rt::Field::Absent,
            media_content_rating_ireland: rt::Field::Absent,
            media_content_rating_japan: rt::Field::Absent,
            media_content_rating_new_zealand: rt::Field::Absent,
            media_content_rating_united_kingdom: rt::Field::Absent,
            media_content_rating_united_states: rt::Field::Absent,
            messages_blocked: rt::Field::Absent,
            network_usage_rules: rt::Field::Absent,
            nfc_blocked: rt::Field::Absent,
            notifications_block_settings_modification: rt::Field::Absent,
            on_device_only_dictation_forced: rt::Field::Absent,
            passcode_block_fingerprint_modification: rt::Field::Absent,
            passcode_block_fingerprint_unlock: rt::Field::Absent,
            passcode_block_modification: rt::Field::Absent,
            passcode_block_simple: rt::Field::Absent,
            passcode_expiration_days: rt::Field::Absent,
            passcode_minimum_character_set_count: rt::Field::Absent,
            passcode_minimum_length: rt::Field::Absent,
            passcode_minutes_of_inactivity_before_lock: rt::Field::Absent,
            passcode_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            passcode_previous_passcode_block_count: rt::Field::Absent,
            passcode_required: rt::Field::Absent,
            passcode_required_type: rt::Field::Absent,
            passcode_sign_in_failure_count_before_wipe: rt::Field::Absent,
            password_block_air_drop_sharing: rt::Field::Absent,
            password_block_auto_fill: rt::Field::Absent,
            password_block_proximity_requests: rt::Field::Absent,
            pki_block_ota_updates: rt::Field::Absent,
            podcasts_blocked: rt::Field::Absent,
            privacy_force_limit_ad_tracking: rt::Field::Absent,
            proximity_block_setup_to_new_device: rt::Field::Absent,
            safari_block_autofill: rt::Field::Absent,
            safari_blocked: rt::Field::Absent,
            safari_block_java_script: rt::Field::Absent,
            safari_block_popups: rt::Field::Absent,
            safari_cookie_settings: rt::Field::Absent,
            safari_managed_domains: rt::Field::Absent,
            safari_password_auto_fill_domains: rt::Field::Absent,
            safari_require_fraud_warning: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            shared_device_block_temporary_sessions: rt::Field::Absent,
            siri_blocked: rt::Field::Absent,
            siri_blocked_when_locked: rt::Field::Absent,
            siri_block_user_generated_content: rt::Field::Absent,
            siri_require_profanity_filter: rt::Field::Absent,
            software_updates_enforced_delay_in_days: rt::Field::Absent,
            software_updates_force_delayed: rt::Field::Absent,
            spotlight_block_internet_results: rt::Field::Absent,
            unpaired_external_boot_to_recovery_allowed: rt::Field::Absent,
            usb_restricted_mode_blocked: rt::Field::Absent,
            voice_dialing_blocked: rt::Field::Absent,
            vpn_block_creation: rt::Field::Absent,
            wallpaper_block_modification: rt::Field::Absent,
            wi_fi_connect_only_to_configured_networks: rt::Field::Absent,
            wifi_power_on_forced: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosGeneralDeviceConfiguration";
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
        "accountBlockModification",
        "activationLockAllowWhenSupervised",
        "airDropBlocked",
        "airDropForceUnmanagedDropTarget",
        "airPlayForcePairingPasswordForOutgoingRequests",
        "airPrintBlockCredentialsStorage",
        "airPrintBlocked",
        "airPrintBlockiBeaconDiscovery",
        "airPrintForceTrustedTLS",
        "appClipsBlocked",
        "appleNewsBlocked",
        "applePersonalizedAdsBlocked",
        "appleWatchBlockPairing",
        "appleWatchForceWristDetection",
        "appRemovalBlocked",
        "appsSingleAppModeList",
        "appStoreBlockAutomaticDownloads",
        "appStoreBlocked",
        "appStoreBlockInAppPurchases",
        "appStoreBlockUIAppInstallation",
        "appStoreRequirePassword",
        "appsVisibilityList",
        "appsVisibilityListType",
        "autoFillForceAuthentication",
        "autoUnlockBlocked",
        "blockSystemAppRemoval",
        "bluetoothBlockModification",
        "cameraBlocked",
        "cellularBlockDataRoaming",
        "cellularBlockGlobalBackgroundFetchWhileRoaming",
        "cellularBlockPerAppDataModification",
        "cellularBlockPersonalHotspot",
        "cellularBlockPersonalHotspotModification",
        "cellularBlockPlanModification",
        "cellularBlockVoiceRoaming",
        "certificatesBlockUntrustedTlsCertificates",
        "classroomAppBlockRemoteScreenObservation",
        "classroomAppForceUnpromptedScreenObservation",
        "classroomForceAutomaticallyJoinClasses",
        "classroomForceRequestPermissionToLeaveClasses",
        "classroomForceUnpromptedAppAndDeviceLock",
        "compliantAppListType",
        "compliantAppsList",
        "configurationProfileBlockChanges",
        "contactsAllowManagedToUnmanagedWrite",
        "contactsAllowUnmanagedToManagedRead",
        "continuousPathKeyboardBlocked",
        "dateAndTimeForceSetAutomatically",
        "definitionLookupBlocked",
        "deviceBlockEnableRestrictions",
        "deviceBlockEraseContentAndSettings",
        "deviceBlockNameModification",
        "diagnosticDataBlockSubmission",
        "diagnosticDataBlockSubmissionModification",
        "documentsBlockManagedDocumentsInUnmanagedApps",
        "documentsBlockUnmanagedDocumentsInManagedApps",
        "emailInDomainSuffixes",
        "enterpriseAppBlockTrust",
        "enterpriseAppBlockTrustModification",
        "enterpriseBookBlockBackup",
        "enterpriseBookBlockMetadataSync",
        "esimBlockModification",
        "faceTimeBlocked",
        "filesNetworkDriveAccessBlocked",
        "filesUsbDriveAccessBlocked",
        "findMyDeviceInFindMyAppBlocked",
        "findMyFriendsBlocked",
        "findMyFriendsInFindMyAppBlocked",
        "gameCenterBlocked",
        "gamingBlockGameCenterFriends",
        "gamingBlockMultiplayer",
        "hostPairingBlocked",
        "iBooksStoreBlocked",
        "iBooksStoreBlockErotica",
        "iCloudBlockActivityContinuation",
        "iCloudBlockBackup",
        "iCloudBlockDocumentSync",
        "iCloudBlockManagedAppsSync",
        "iCloudBlockPhotoLibrary",
        "iCloudBlockPhotoStreamSync",
        "iCloudBlockSharedPhotoStream",
        "iCloudRequireEncryptedBackup",
        "iTunesBlocked",
        "iTunesBlockExplicitContent",
        "iTunesBlockMusicService",
        "iTunesBlockRadio",
        "keyboardBlockAutoCorrect",
        "keyboardBlockDictation",
        "keyboardBlockPredictive",
        "keyboardBlockShortcuts",
        "keyboardBlockSpellCheck",
        "keychainBlockCloudSync",
        "kioskModeAllowAssistiveSpeak",
        "kioskModeAllowAssistiveTouchSettings",
        "kioskModeAllowAutoLock",
        "kioskModeAllowColorInversionSettings",
        "kioskModeAllowRingerSwitch",
        "kioskModeAllowScreenRotation",
        "kioskModeAllowSleepButton",
        "kioskModeAllowTouchscreen",
        "kioskModeAllowVoiceControlModification",
        "kioskModeAllowVoiceOverSettings",
        "kioskModeAllowVolumeButtons",
        "kioskModeAllowZoomSettings",
        "kioskModeAppStoreUrl",
        "kioskModeAppType",
        "kioskModeBlockAutoLock",
        "kioskModeBlockRingerSwitch",
        "kioskModeBlockScreenRotation",
        "kioskModeBlockSleepButton",
        "kioskModeBlockTouchscreen",
        "kioskModeBlockVolumeButtons",
        "kioskModeBuiltInAppId",
        "kioskModeEnableVoiceControl",
        "kioskModeManagedAppId",
        "kioskModeRequireAssistiveTouch",
        "kioskModeRequireColorInversion",
        "kioskModeRequireMonoAudio",
        "kioskModeRequireVoiceOver",
        "kioskModeRequireZoom",
        "lockScreenBlockControlCenter",
        "lockScreenBlockNotificationView",
        "lockScreenBlockPassbook",
        "lockScreenBlockTodayView",
        "mediaContentRatingApps",
        "mediaContentRatingAustralia",
        "mediaContentRatingCanada",
        "mediaContentRatingFrance",
        "mediaContentRatingGermany",
        "mediaContentRatingIreland",
        "mediaContentRatingJapan",
        "mediaContentRatingNewZealand",
        "mediaContentRatingUnitedKingdom",
        "mediaContentRatingUnitedStates",
        "messagesBlocked",
        "networkUsageRules",
        "nfcBlocked",
        "notificationsBlockSettingsModification",
        "onDeviceOnlyDictationForced",
        "passcodeBlockFingerprintModification",
        "passcodeBlockFingerprintUnlock",
        "passcodeBlockModification",
        "passcodeBlockSimple",
        "passcodeExpirationDays",
        "passcodeMinimumCharacterSetCount",
        "passcodeMinimumLength",
        "passcodeMinutesOfInactivityBeforeLock",
        "passcodeMinutesOfInactivityBeforeScreenTimeout",
        "passcodePreviousPasscodeBlockCount",
        "passcodeRequired",
        "passcodeRequiredType",
        "passcodeSignInFailureCountBeforeWipe",
        "passwordBlockAirDropSharing",
        "passwordBlockAutoFill",
        "passwordBlockProximityRequests",
        "pkiBlockOTAUpdates",
        "podcastsBlocked",
        "privacyForceLimitAdTracking",
        "proximityBlockSetupToNewDevice",
        "safariBlockAutofill",
        "safariBlocked",
        "safariBlockJavaScript",
        "safariBlockPopups",
        "safariCookieSettings",
        "safariManagedDomains",
        "safariPasswordAutoFillDomains",
        "safariRequireFraudWarning",
        "screenCaptureBlocked",
        "sharedDeviceBlockTemporarySessions",
        "siriBlocked",
        "siriBlockedWhenLocked",
        "siriBlockUserGeneratedContent",
        "siriRequireProfanityFilter",
        "softwareUpdatesEnforcedDelayInDays",
        "softwareUpdatesForceDelayed",
        "spotlightBlockInternetResults",
        "unpairedExternalBootToRecoveryAllowed",
        "usbRestrictedModeBlocked",
        "voiceDialingBlocked",
        "vpnBlockCreation",
        "wallpaperBlockModification",
        "wiFiConnectOnlyToConfiguredNetworks",
        "wifiPowerOnForced",
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
        ",\"accountBlockModification\":     ",
        ",\"activationLockAllowWhenSupervised\":",
        ",\"airDropBlocked\":               ",
        ",\"airDropForceUnmanagedDropTarget\":",
        ",\"airPlayForcePairingPasswordForOutgoingRequests\":",
        ",\"airPrintBlockCredentialsStorage\":",
        ",\"airPrintBlocked\":              ",
        ",\"airPrintBlockiBeaconDiscovery\":",
        ",\"airPrintForceTrustedTLS\":      ",
        ",\"appClipsBlocked\":              ",
        ",\"appleNewsBlocked\":             ",
        ",\"applePersonalizedAdsBlocked\":  ",
        ",\"appleWatchBlockPairing\":       ",
        ",\"appleWatchForceWristDetection\":",
        ",\"appRemovalBlocked\":            ",
        ",\"appsSingleAppModeList\":        ",
        ",\"appStoreBlockAutomaticDownloads\":",
        ",\"appStoreBlocked\":              ",
        ",\"appStoreBlockInAppPurchases\":  ",
        ",\"appStoreBlockUIAppInstallation\":",
        ",\"appStoreRequirePassword\":      ",
        ",\"appsVisibilityList\":           ",
        ",\"appsVisibilityListType\":       ",
        ",\"autoFillForceAuthentication\":  ",
        ",\"autoUnlockBlocked\":            ",
        ",\"blockSystemAppRemoval\":        ",
        ",\"bluetoothBlockModification\":   ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockDataRoaming\":     ",
        ",\"cellularBlockGlobalBackgroundFetchWhileRoaming\":",
        ",\"cellularBlockPerAppDataModification\":",
        ",\"cellularBlockPersonalHotspot\": ",
        ",\"cellularBlockPersonalHotspotModification\":",
        ",\"cellularBlockPlanModification\":",
        ",\"cellularBlockVoiceRoaming\":    ",
        ",\"certificatesBlockUntrustedTlsCertificates\":",
        ",\"classroomAppBlockRemoteScreenObservation\":",
        ",\"classroomAppForceUnpromptedScreenObservation\":",
        ",\"classroomForceAutomaticallyJoinClasses\":",
        ",\"classroomForceRequestPermissionToLeaveClasses\":",
        ",\"classroomForceUnpromptedAppAndDeviceLock\":",
        ",\"compliantAppListType\":         ",
        ",\"compliantAppsList\":            ",
        ",\"configurationProfileBlockChanges\":",
        ",\"contactsAllowManagedToUnmanagedWrite\":",
        ",\"contactsAllowUnmanagedToManagedRead\":",
        ",\"continuousPathKeyboardBlocked\":",
        ",\"dateAndTimeForceSetAutomatically\":",
        ",\"definitionLookupBlocked\":      ",
        ",\"deviceBlockEnableRestrictions\":",
        ",\"deviceBlockEraseContentAndSettings\":",
        ",\"deviceBlockNameModification\":  ",
        ",\"diagnosticDataBlockSubmission\":",
        ",\"diagnosticDataBlockSubmissionModification\":",
        ",\"documentsBlockManagedDocumentsInUnmanagedApps\":",
        ",\"documentsBlockUnmanagedDocumentsInManagedApps\":",
        ",\"emailInDomainSuffixes\":        ",
        ",\"enterpriseAppBlockTrust\":      ",
        ",\"enterpriseAppBlockTrustModification\":",
        ",\"enterpriseBookBlockBackup\":    ",
        ",\"enterpriseBookBlockMetadataSync\":",
        ",\"esimBlockModification\":        ",
        ",\"faceTimeBlocked\":              ",
        ",\"filesNetworkDriveAccessBlocked\":",
        ",\"filesUsbDriveAccessBlocked\":   ",
        ",\"findMyDeviceInFindMyAppBlocked\":",
        ",\"findMyFriendsBlocked\":         ",
        ",\"findMyFriendsInFindMyAppBlocked\":",
        ",\"gameCenterBlocked\":            ",
        ",\"gamingBlockGameCenterFriends\": ",
        ",\"gamingBlockMultiplayer\":       ",
        ",\"hostPairingBlocked\":           ",
        ",\"iBooksStoreBlocked\":           ",
        ",\"iBooksStoreBlockErotica\":      ",
        ",\"iCloudBlockActivityContinuation\":",
        ",\"iCloudBlockBackup\":            ",
        ",\"iCloudBlockDocumentSync\":      ",
        ",\"iCloudBlockManagedAppsSync\":   ",
        ",\"iCloudBlockPhotoLibrary\":      ",
        ",\"iCloudBlockPhotoStreamSync\":   ",
        ",\"iCloudBlockSharedPhotoStream\": ",
        ",\"iCloudRequireEncryptedBackup\": ",
        ",\"iTunesBlocked\":                ",
        ",\"iTunesBlockExplicitContent\":   ",
        ",\"iTunesBlockMusicService\":      ",
        ",\"iTunesBlockRadio\":             ",
        ",\"keyboardBlockAutoCorrect\":     ",
        ",\"keyboardBlockDictation\":       ",
        ",\"keyboardBlockPredictive\":      ",
        ",\"keyboardBlockShortcuts\":       ",
        ",\"keyboardBlockSpellCheck\":      ",
        ",\"keychainBlockCloudSync\":       ",
        ",\"kioskModeAllowAssistiveSpeak\": ",
        ",\"kioskModeAllowAssistiveTouchSettings\":",
        ",\"kioskModeAllowAutoLock\":       ",
        ",\"kioskModeAllowColorInversionSettings\":",
        ",\"kioskModeAllowRingerSwitch\":   ",
        ",\"kioskModeAllowScreenRotation\": ",
        ",\"kioskModeAllowSleepButton\":    ",
        ",\"kioskModeAllowTouchscreen\":    ",
        ",\"kioskModeAllowVoiceControlModification\":",
        ",\"kioskModeAllowVoiceOverSettings\":",
        ",\"kioskModeAllowVolumeButtons\":  ",
        ",\"kioskModeAllowZoomSettings\":   ",
        ",\"kioskModeAppStoreUrl\":         ",
        ",\"kioskModeAppType\":             ",
        ",\"kioskModeBlockAutoLock\":       ",
        ",\"kioskModeBlockRingerSwitch\":   ",
        ",\"kioskModeBlockScreenRotation\": ",
        ",\"kioskModeBlockSleepButton\":    ",
        ",\"kioskModeBlockTouchscreen\":    ",
        ",\"kioskModeBlockVolumeButtons\":  ",
        ",\"kioskModeBuiltInAppId\":        ",
        ",\"kioskModeEnableVoiceControl\":  ",
        ",\"kioskModeManagedAppId\":        ",
        ",\"kioskModeRequireAssistiveTouch\":",
        ",\"kioskModeRequireColorInversion\":",
        ",\"kioskModeRequireMonoAudio\":    ",
        ",\"kioskModeRequireVoiceOver\":    ",
        ",\"kioskModeRequireZoom\":         ",
        ",\"lockScreenBlockControlCenter\": ",
        ",\"lockScreenBlockNotificationView\":",
        ",\"lockScreenBlockPassbook\":      ",
        ",\"lockScreenBlockTodayView\":     ",
        ",\"mediaContentRatingApps\":       ",
        ",\"mediaContentRatingAustralia\":  ",
        ",\"mediaContentRatingCanada\":     ",
        ",\"mediaContentRatingFrance\":     ",
        ",\"mediaContentRatingGermany\":    ",
        ",\"mediaContentRatingIreland\":    ",
        ",\"mediaContentRatingJapan\":      ",
        ",\"mediaContentRatingNewZealand\": ",
        ",\"mediaContentRatingUnitedKingdom\":",
        ",\"mediaContentRatingUnitedStates\":",
        ",\"messagesBlocked\":              ",
        ",\"networkUsageRules\":            ",
        ",\"nfcBlocked\":                   ",
        ",\"notificationsBlockSettingsModification\":",
        ",\"onDeviceOnlyDictationForced\":  ",
        ",\"passcodeBlockFingerprintModification\":",
        ",\"passcodeBlockFingerprintUnlock\":",
        ",\"passcodeBlockModification\":    ",
        ",\"passcodeBlockSimple\":          ",
        ",\"passcodeExpirationDays\":       ",
        ",\"passcodeMinimumCharacterSetCount\":",
        ",\"passcodeMinimumLength\":        ",
        ",\"passcodeMinutesOfInactivityBeforeLock\":",
        ",\"passcodeMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passcodePreviousPasscodeBlockCount\":",
        ",\"passcodeRequired\":             ",
        ",\"passcodeRequiredType\":         ",
        ",\"passcodeSignInFailureCountBeforeWipe\":",
        ",\"passwordBlockAirDropSharing\":  ",
        ",\"passwordBlockAutoFill\":        ",
        ",\"passwordBlockProximityRequests\":",
        ",\"pkiBlockOTAUpdates\":           ",
        ",\"podcastsBlocked\":              ",
        ",\"privacyForceLimitAdTracking\":  ",
        ",\"proximityBlockSetupToNewDevice\":",
        ",\"safariBlockAutofill\":          ",
        ",\"safariBlocked\":                ",
        ",\"safariBlockJavaScript\":        ",
        ",\"safariBlockPopups\":            ",
        ",\"safariCookieSettings\":         ",
        ",\"safariManagedDomains\":         ",
        ",\"safariPasswordAutoFillDomains\":",
        ",\"safariRequireFraudWarning\":    ",
        ",\"screenCaptureBlocked\":         ",
        ",\"sharedDeviceBlockTemporarySessions\":",
        ",\"siriBlocked\":                  ",
        ",\"siriBlockedWhenLocked\":        ",
        ",\"siriBlockUserGeneratedContent\":",
        ",\"siriRequireProfanityFilter\":   ",
        ",\"softwareUpdatesEnforcedDelayInDays\":",
        ",\"softwareUpdatesForceDelayed\":  ",
        ",\"spotlightBlockInternetResults\":",
        ",\"unpairedExternalBootToRecoveryAllowed\":",
        ",\"usbRestrictedModeBlocked\":     ",
        ",\"voiceDialingBlocked\":          ",
        ",\"vpnBlockCreation\":             ",
        ",\"wallpaperBlockModification\":   ",
        ",\"wiFiConnectOnlyToConfiguredNetworks\":",
        ",\"wifiPowerOnForced\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosGeneralDeviceConfiguration\"";
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
        v.field(18usize, "account_block_modification", &self.account_block_modification);
        v.field(
            19usize,
            "activation_lock_allow_when_supervised",
            &self.activation_lock_allow_when_supervised,
        );
        v.field(20usize, "air_drop_blocked", &self.air_drop_blocked);
        v.field(
            21usize,
            "air_drop_force_unmanaged_drop_target",
            &self.air_drop_force_unmanaged_drop_target,
        );
        v.field(
            22usize,
            "air_play_force_pairing_password_for_outgoing_requests",
            &self.air_play_force_pairing_password_for_outgoing_requests,
        );
        v.field(
            23usize,
            "air_print_block_credentials_storage",
            &self.air_print_block_credentials_storage,
        );
        v.field(24usize, "air_print_blocked", &self.air_print_blocked);
        v.field(
            25usize,
            "air_print_blocki_beacon_discovery",
            &self.air_print_blocki_beacon_discovery,
        );
        v.field(
            26usize,
            "air_print_force_trusted_tls",
            &self.air_print_force_trusted_tls,
        );
        v.field(27usize, "app_clips_blocked", &self.app_clips_blocked);
        v.field(28usize, "apple_news_blocked", &self.apple_news_blocked);
        v.field(
            29usize,
            "apple_personalized_ads_blocked",
            &self.apple_personalized_ads_blocked,
        );
        v.field(30usize, "apple_watch_block_pairing", &self.apple_watch_block_pairing);
        v.field(
            31usize,
            "apple_watch_force_wrist_detection",
            &self.apple_watch_force_wrist_detection,
        );
        v.field(32usize, "app_removal_blocked", &self.app_removal_blocked);
        v.field(33usize, "apps_single_app_mode_list", &self.apps_single_app_mode_list);
        v.field(
            34usize,
            "app_store_block_automatic_downloads",
            &self.app_store_block_automatic_downloads,
        );
        v.field(35usize, "app_store_blocked", &self.app_store_blocked);
        v.field(
            36usize,
            "app_store_block_in_app_purchases",
            &self.app_store_block_in_app_purchases,
        );
        v.field(
            37usize,
            "app_store_block_ui_app_installation",
            &self.app_store_block_ui_app_installation,
        );
        v.field(38usize, "app_store_require_password", &self.app_store_require_password);
        v.field(39usize, "apps_visibility_list", &self.apps_visibility_list);
        v.field(40usize, "apps_visibility_list_type", &self.apps_visibility_list_type);
        v.field(
            41usize,
            "auto_fill_force_authentication",
            &self.auto_fill_force_authentication,
        );
        v.field(42usize, "auto_unlock_blocked", &self.auto_unlock_blocked);
        v.field(43usize, "block_system_app_removal", &self.block_system_app_removal);
        v.field(
            44usize,
            "bluetooth_block_modification",
            &self.bluetooth_block_modification,
        );
        v.field(45usize, "camera_blocked", &self.camera_blocked);
        v.field(
            46usize,
            "cellular_block_data_roaming",
            &self.cellular_block_data_roaming,
        );
        v.field(
            47usize,
            "cellular_block_global_background_fetch_while_roaming",
            &self.cellular_block_global_background_fetch_while_roaming,
        );
        v.field(
            48usize,
            "cellular_block_per_app_data_modification",
            &self.cellular_block_per_app_data_modification,
        );
        v.field(
            49usize,
            "cellular_block_personal_hotspot",
            &self.cellular_block_personal_hotspot,
        );
        v.field(
            50usize,
            "cellular_block_personal_hotspot_modification",
            &self.cellular_block_personal_hotspot_modification,
        );
        v.field(
            51usize,
            "cellular_block_plan_modification",
            &self.cellular_block_plan_modification,
        );
        v.field(
            52usize,
            "cellular_block_voice_roaming",
            &self.cellular_block_voice_roaming,
        );
        v.field(
            53usize,
            "certificates_block_untrusted_tls_certificates",
            &self.certificates_block_untrusted_tls_certificates,
        );
        v.field(
            54usize,
            "classroom_app_block_remote_screen_observation",
            &self.classroom_app_block_remote_screen_observation,
        );
        v.field(
            55usize,
            "classroom_app_force_unprompted_screen_observation",
            &self.classroom_app_force_unprompted_screen_observation,
        );
        v.field(
            56usize,
            "classroom_force_automatically_join_classes",
            &self.classroom_force_automatically_join_classes,
        );
        v.field(
            57usize,
            "classroom_force_request_permission_to_leave_classes",
            &self.classroom_force_request_permission_to_leave_classes,
        );
        v.field(
            58usize,
            "classroom_force_unprompted_app_and_device_lock",
            &self.classroom_force_unprompted_app_and_device_lock,
        );
        v.field(59usize, "compliant_app_list_type", &self.compliant_app_list_type);
        v.field(60usize, "compliant_apps_list", &self.compliant_apps_list);
        v.field(
            61usize,
            "configuration_profile_block_changes",
            &self.configuration_profile_block_changes,
        );
        v.field(
            62usize,
            "contacts_allow_managed_to_unmanaged_write",
            &self.contacts_allow_managed_to_unmanaged_write,
        );
        v.field(
            63usize,
            "contacts_allow_unmanaged_to_managed_read",
            &self.contacts_allow_unmanaged_to_managed_read,
        );
        v.field(
            64usize,
            "continuous_path_keyboard_blocked",
            &self.continuous_path_keyboard_blocked,
        );
        v.field(
            65usize,
            "date_and_time_force_set_automatically",
            &self.date_and_time_force_set_automatically,
        );
        v.field(66usize, "definition_lookup_blocked", &self.definition_lookup_blocked);
        v.field(
            67usize,
            "device_block_enable_restrictions",
            &self.device_block_enable_restrictions,
        );
        v.field(
            68usize,
            "device_block_erase_content_and_settings",
            &self.device_block_erase_content_and_settings,
        );
        v.field(
            69usize,
            "device_block_name_modification",
            &self.device_block_name_modification,
        );
        v.field(
            70usize,
            "diagnostic_data_block_submission",
            &self.diagnostic_data_block_submission,
        );
        v.field(
            71usize,
            "diagnostic_data_block_submission_modification",
            &self.diagnostic_data_block_submission_modification,
        );
        v.field(
            72usize,
            "documents_block_managed_documents_in_unmanaged_apps",
            &self.documents_block_managed_documents_in_unmanaged_apps,
        );
        v.field(
            73usize,
            "documents_block_unmanaged_documents_in_managed_apps",
            &self.documents_block_unmanaged_documents_in_managed_apps,
        );
        v.field(74usize, "email_in_domain_suffixes", &self.email_in_domain_suffixes);
        v.field(75usize, "enterprise_app_block_trust", &self.enterprise_app_block_trust);
        v.field(
            76usize,
            "enterprise_app_block_trust_modification",
            &self.enterprise_app_block_trust_modification,
        );
        v.field(
            77usize,
            "enterprise_book_block_backup",
            &self.enterprise_book_block_backup,
        );
        v.field(
            78usize,
            "enterprise_book_block_metadata_sync",
            &self.enterprise_book_block_metadata_sync,
        );
        v.field(79usize, "esim_block_modification", &self.esim_block_modification);
        v.field(80usize, "face_time_blocked", &self.face_time_blocked);
        v.field(
            81usize,
            "files_network_drive_access_blocked",
            &self.files_network_drive_access_blocked,
        );
        v.field(
            82usize,
            "files_usb_drive_access_blocked",
            &self.files_usb_drive_access_blocked,
        );
        v.field(
            83usize,
            "find_my_device_in_find_my_app_blocked",
            &self.find_my_device_in_find_my_app_blocked,
        );
        v.field(84usize, "find_my_friends_blocked", &self.find_my_friends_blocked);
        v.field(
            85usize,
            "find_my_friends_in_find_my_app_blocked",
            &self.find_my_friends_in_find_my_app_blocked,
        );
        v.field(86usize, "game_center_blocked", &self.game_center_blocked);
        v.field(
            87usize,
            "gaming_block_game_center_friends",
            &self.gaming_block_game_center_friends,
        );
        v.field(88usize, "gaming_block_multiplayer", &self.gaming_block_multiplayer);
        v.field(89usize, "host_pairing_blocked", &self.host_pairing_blocked);
        v.field(90usize, "i_books_store_blocked", &self.i_books_store_blocked);
        v.field(
            91usize,
            "i_books_store_block_erotica",
            &self.i_books_store_block_erotica,
        );
        v.field(
            92usize,
            "i_cloud_block_activity_continuation",
            &self.i_cloud_block_activity_continuation,
        );
        v.field(93usize, "i_cloud_block_backup", &self.i_cloud_block_backup);
        v.field(
            94usize,
            "i_cloud_block_document_sync",
            &self.i_cloud_block_document_sync,
        );
        v.field(
            95usize,
            "i_cloud_block_managed_apps_sync",
            &self.i_cloud_block_managed_apps_sync,
        );
        v.field(
            96usize,
            "i_cloud_block_photo_library",
            &self.i_cloud_block_photo_library,
        );
        v.field(
            97usize,
            "i_cloud_block_photo_stream_sync",
            &self.i_cloud_block_photo_stream_sync,
        );
        v.field(
            98usize,
            "i_cloud_block_shared_photo_stream",
            &self.i_cloud_block_shared_photo_stream,
        );
        v.field(
            99usize,
            "i_cloud_require_encrypted_backup",
            &self.i_cloud_require_encrypted_backup,
        );
        v.field(100usize, "i_tunes_blocked", &self.i_tunes_blocked);
        v.field(
            101usize,
            "i_tunes_block_explicit_content",
            &self.i_tunes_block_explicit_content,
        );
        v.field(
            102usize,
            "i_tunes_block_music_service",
            &self.i_tunes_block_music_service,
        );
        v.field(103usize, "i_tunes_block_radio", &self.i_tunes_block_radio);
        v.field(
            104usize,
            "keyboard_block_auto_correct",
            &self.keyboard_block_auto_correct,
        );
        v.field(105usize, "keyboard_block_dictation", &self.keyboard_block_dictation);
        v.field(106usize, "keyboard_block_predictive", &self.keyboard_block_predictive);
        v.field(107usize, "keyboard_block_shortcuts", &self.keyboard_block_shortcuts);
        v.field(
            108usize,
            "keyboard_block_spell_check",
            &self.keyboard_block_spell_check,
        );
        v.field(109usize, "keychain_block_cloud_sync", &self.keychain_block_cloud_sync);
        v.field(
            110usize,
            "kiosk_mode_allow_assistive_speak",
            &self.kiosk_mode_allow_assistive_speak,
        );
        v.field(
            111usize,
            "kiosk_mode_allow_assistive_touch_settings",
            &self.kiosk_mode_allow_assistive_touch_settings,
        );
        v.field(
            112usize,
            "kiosk_mode_allow_auto_lock",
            &self.kiosk_mode_allow_auto_lock,
        );
        v.field(
            113usize,
            "kiosk_mode_allow_color_inversion_settings",
            &self.kiosk_mode_allow_color_inversion_settings,
        );
        v.field(
            114usize,
            "kiosk_mode_allow_ringer_switch",
            &self.kiosk_mode_allow_ringer_switch,
        );
        v.field(
            115usize,
            "kiosk_mode_allow_screen_rotation",
            &self.kiosk_mode_allow_screen_rotation,
        );
        v.field(
            116usize,
            "kiosk_mode_allow_sleep_button",
            &self.kiosk_mode_allow_sleep_button,
        );
        v.field(
            117usize,
            "kiosk_mode_allow_touchscreen",
            &self.kiosk_mode_allow_touchscreen,
        );
        v.field(
            118usize,
            "kiosk_mode_allow_voice_control_modification",
            &self.kiosk_mode_allow_voice_control_modification,
        );
        v.field(
            119usize,
            "kiosk_mode_allow_voice_over_settings",
            &self.kiosk_mode_allow_voice_over_settings,
        );
        v.field(
            120usize,
            "kiosk_mode_allow_volume_buttons",
            &self.kiosk_mode_allow_volume_buttons,
        );
        v.field(
            121usize,
            "kiosk_mode_allow_zoom_settings",
            &self.kiosk_mode_allow_zoom_settings,
        );
        v.field(122usize, "kiosk_mode_app_store_url", &self.kiosk_mode_app_store_url);
        v.field(123usize, "kiosk_mode_app_type", &self.kiosk_mode_app_type);
        v.field(
            124usize,
            "kiosk_mode_block_auto_lock",
            &self.kiosk_mode_block_auto_lock,
        );
        v.field(
            125usize,
            "kiosk_mode_block_ringer_switch",
            &self.kiosk_mode_block_ringer_switch,
        );
        v.field(
            126usize,
            "kiosk_mode_block_screen_rotation",
            &self.kiosk_mode_block_screen_rotation,
        );
        v.field(
            127usize,
            "kiosk_mode_block_sleep_button",
            &self.kiosk_mode_block_sleep_button,
        );
        v.field(
            128usize,
            "kiosk_mode_block_touchscreen",
            &self.kiosk_mode_block_touchscreen,
        );
        v.field(
            129usize,
            "kiosk_mode_block_volume_buttons",
            &self.kiosk_mode_block_volume_buttons,
        );
        v.field(
            130usize,
            "kiosk_mode_built_in_app_id",
            &self.kiosk_mode_built_in_app_id,
        );
        v.field(
            131usize,
            "kiosk_mode_enable_voice_control",
            &self.kiosk_mode_enable_voice_control,
        );
        v.field(132usize, "kiosk_mode_managed_app_id", &self.kiosk_mode_managed_app_id);
        v.field(
            133usize,
            "kiosk_mode_require_assistive_touch",
            &self.kiosk_mode_require_assistive_touch,
        );
        v.field(
            134usize,
            "kiosk_mode_require_color_inversion",
            &self.kiosk_mode_require_color_inversion,
        );
        v.field(
            135usize,
            "kiosk_mode_require_mono_audio",
            &self.kiosk_mode_require_mono_audio,
        );
        v.field(
            136usize,
            "kiosk_mode_require_voice_over",
            &self.kiosk_mode_require_voice_over,
        );
        v.field(137usize, "kiosk_mode_require_zoom", &self.kiosk_mode_require_zoom);
        v.field(
            138usize,
            "lock_screen_block_control_center",
            &self.lock_screen_block_control_center,
        );
        v.field(
            139usize,
            "lock_screen_block_notification_view",
            &self.lock_screen_block_notification_view,
        );
        v.field(
            140usize,
            "lock_screen_block_passbook",
            &self.lock_screen_block_passbook,
        );
        v.field(
            141usize,
            "lock_screen_block_today_view",
            &self.lock_screen_block_today_view,
        );
        v.field(142usize, "media_content_rating_apps", &self.media_content_rating_apps);
        v.field(
            143usize,
            "media_content_rating_australia",
            &self.media_content_rating_australia,
        );
        v.field(
            144usize,
            "media_content_rating_canada",
            &self.media_content_rating_canada,
        );
        v.field(
            145usize,
            "media_content_rating_france",
            &self.media_content_rating_france,
        );
        v.field(
            146usize,
            "media_content_rating_germany",
            &self.media_content_rating_germany,
        );
        v.field(
            147usize,
            "media_content_rating_ireland",
            &self.media_content_rating_ireland,
        );
        v.field(
            148usize,
            "media_content_rating_japan",
            &self.media_content_rating_japan,
        );
        v.field(
            149usize,
            "media_content_rating_new_zealand",
            &self.media_content_rating_new_zealand,
        );
        v.field(
            150usize,
            "media_content_rating_united_kingdom",
            &self.media_content_rating_united_kingdom,
        );
        v.field(
            151usize,
            "media_content_rating_united_states",
            &self.media_content_rating_united_states,
        );
        v.field(152usize, "messages_blocked", &self.messages_blocked);
        v.field(153usize, "network_usage_rules", &self.network_usage_rules);
        v.field(154usize, "nfc_blocked", &self.nfc_blocked);
        v.field(
            155usize,
            "notifications_block_settings_modification",
            &self.notifications_block_settings_modification,
        );
        v.field(
            156usize,
            "on_device_only_dictation_forced",
            &self.on_device_only_dictation_forced,
        );
        v.field(
            157usize,
            "passcode_block_fingerprint_modification",
            &self.passcode_block_fingerprint_modification,
        );
        v.field(
            158usize,
            "passcode_block_fingerprint_unlock",
            &self.passcode_block_fingerprint_unlock,
        );
        v.field(
            159usize,
            "passcode_block_modification",
            &self.passcode_block_modification,
        );
        v.field(160usize, "passcode_block_simple", &self.passcode_block_simple);
        v.field(161usize, "passcode_expiration_days", &self.passcode_expiration_days);
        v.field(
            162usize,
            "passcode_minimum_character_set_count",
            &self.passcode_minimum_character_set_count,
        );
        v.field(163usize, "passcode_minimum_length", &self.passcode_minimum_length);
        v.field(
            164usize,
            "passcode_minutes_of_inactivity_before_lock",
            &self.passcode_minutes_of_inactivity_before_lock,
        );
        v.field(
            165usize,
            "passcode_minutes_of_inactivity_before_screen_timeout",
            &self.passcode_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            166usize,
            "passcode_previous_passcode_block_count",
            &self.passcode_previous_passcode_block_count,
        );
        v.field(167usize, "passcode_required", &self.passcode_required);
        v.field(168usize, "passcode_required_type", &self.passcode_required_type);
        v.field(
            169usize,
            "passcode_sign_in_failure_count_before_wipe",
            &self.passcode_sign_in_failure_count_before_wipe,
        );
        v.field(
            170usize,
            "password_block_air_drop_sharing",
            &self.password_block_air_drop_sharing,
        );
        v.field(171usize, "password_block_auto_fill", &self.password_block_auto_fill);
        v.field(
            172usize,
            "password_block_proximity_requests",
            &self.password_block_proximity_requests,
        );
        v.field(173usize, "pki_block_ota_updates", &self.pki_block_ota_updates);
        v.field(174usize, "podcasts_blocked", &self.podcasts_blocked);
        v.field(
            175usize,
            "privacy_force_limit_ad_tracking",
            &self.privacy_force_limit_ad_tracking,
        );
        v.field(
            176usize,
            "proximity_block_setup_to_new_device",
            &self.proximity_block_setup_to_new_device,
        );
        v.field(177usize, "safari_block_autofill", &self.safari_block_autofill);
        v.field(178usize, "safari_blocked", &self.safari_blocked);
        v.field(179usize, "safari_block_java_script", &self.safari_block_java_script);
        v.field(180usize, "safari_block_popups", &self.safari_block_popups);
        v.field(181usize, "safari_cookie_settings", &self.safari_cookie_settings);
        v.field(182usize, "safari_managed_domains", &self.safari_managed_domains);
        v.field(
            183usize,
            "safari_password_auto_fill_domains",
            &self.safari_password_auto_fill_domains,
        );
        v.field(
            184usize,
            "safari_require_fraud_warning",
            &self.safari_require_fraud_warning,
        );
        v.field(185usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            186usize,
            "shared_device_block_temporary_sessions",
            &self.shared_device_block_temporary_sessions,
        );
        v.field(187usize, "siri_blocked", &self.siri_blocked);
        v.field(188usize, "siri_blocked_when_locked", &self.siri_blocked_when_locked);
        v.field(
            189usize,
            "siri_block_user_generated_content",
            &self.siri_block_user_generated_content,
        );
        v.field(
            190usize,
            "siri_require_profanity_filter",
            &self.siri_require_profanity_filter,
        );
        v.field(
            191usize,
            "software_updates_enforced_delay_in_days",
            &self.software_updates_enforced_delay_in_days,
        );
        v.field(
            192usize,
            "software_updates_force_delayed",
            &self.software_updates_force_delayed,
        );
        v.field(
            193usize,
            "spotlight_block_internet_results",
            &self.spotlight_block_internet_results,
        );
        v.field(
            194usize,
            "unpaired_external_boot_to_recovery_allowed",
            &self.unpaired_external_boot_to_recovery_allowed,
        );
        v.field(
            195usize,
            "usb_restricted_mode_blocked",
            &self.usb_restricted_mode_blocked,
        );
        v.field(196usize, "voice_dialing_blocked", &self.voice_dialing_blocked);
        v.field(197usize, "vpn_block_creation", &self.vpn_block_creation);
        v.field(
            198usize,
            "wallpaper_block_modification",
            &self.wallpaper_block_modification,
        );
        v.field(
            199usize,
            "wi_fi_connect_only_to_configured_networks",
            &self.wi_fi_connect_only_to_configured_networks,
        );
        v.field(200usize, "wifi_power_on_forced", &self.wifi_power_on_forced);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosGeneralDeviceConfiguration {
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
            18usize => self.account_block_modification.read_from(r),
            19usize => self.activation_lock_allow_when_supervised.read_from(r),
            20usize => self.air_drop_blocked.read_from(r),
            21usize => self.air_drop_force_unmanaged_drop_target.read_from(r),
            22usize => {
                self.air_play_force_pairing_password_for_outgoing_requests.read_from(r)
            }
            23usize => self.air_print_block_credentials_storage.read_from(r),
            24usize => self.air_print_blocked.read_from(r),
            25usize => self.air_print_blocki_beacon_discovery.read_from(r),
            26usize => self.air_print_force_trusted_tls.read_from(r),
            27usize => self.app_clips_blocked.read_from(r),
            28usize => self.apple_news_blocked.read_from(r),
            29usize => self.apple_personalized_ads_blocked.read_from(r),
            30usize => self.apple_watch_block_pairing.read_from(r),
            31usize => self.apple_watch_force_wrist_detection.read_from(r),
            32usize => self.app_removal_blocked.read_from(r),
            33usize => self.apps_single_app_mode_list.read_from(r),
            34usize => self.app_store_block_automatic_downloads.read_from(r),
            35usize => self.app_store_blocked.read_from(r),
            36usize => self.app_store_block_in_app_purchases.read_from(r),
            37usize => self.app_store_block_ui_app_installation.read_from(r),
            38usize => self.app_store_require_password.read_from(r),
            39usize => self.apps_visibility_list.read_from(r),
            40usize => self.apps_visibility_list_type.read_from(r),
            41usize => self.auto_fill_force_authentication.read_from(r),
            42usize => self.auto_unlock_blocked.read_from(r),
            43usize => self.block_system_app_removal.read_from(r),
            44usize => self.bluetooth_block_modification.read_from(r),
            45usize => self.camera_blocked.read_from(r),
            46usize => self.cellular_block_data_roaming.read_from(r),
            47usize => {
                self.cellular_block_global_background_fetch_while_roaming.read_from(r)
            }
            48usize => self.cellular_block_per_app_data_modification.read_from(r),
            49usize => self.cellular_block_personal_hotspot.read_from(r),
            50usize => self.cellular_block_personal_hotspot_modification.read_from(r),
            51usize => self.cellular_block_plan_modification.read_from(r),
            52usize => self.cellular_block_voice_roaming.read_from(r),
            53usize => self.certificates_block_untrusted_tls_certificates.read_from(r),
            54usize => self.classroom_app_block_remote_screen_observation.read_from(r),
            55usize => {
                self.classroom_app_force_unprompted_screen_observation.read_from(r)
            }
            56usize => self.classroom_force_automatically_join_classes.read_from(r),
            57usize => {
                self.classroom_force_request_permission_to_leave_classes.read_from(r)
            }
            58usize => self.classroom_force_unprompted_app_and_device_lock.read_from(r),
            59usize => self.compliant_app_list_type.read_from(r),
            60usize => self.compliant_apps_list.read_from(r),
            61usize => self.configuration_profile_block_changes.read_from(r),
            62usize => self.contacts_allow_managed_to_unmanaged_write.read_from(r),
            63usize => self.contacts_allow_unmanaged_to_managed_read.read_from(r),
            64usize => self.continuous_path_keyboard_blocked.read_from(r),
            65usize => self.date_and_time_force_set_automatically.read_from(r),
            66usize => self.definition_lookup_blocked.read_from(r),
            67usize => self.device_block_enable_restrictions.read_from(r),
            68usize => self.device_block_erase_content_and_settings.read_from(r),
            69usize => self.device_block_name_modification.read_from(r),
            70usize => self.diagnostic_data_block_submission.read_from(r),
            71usize => self.diagnostic_data_block_submission_modification.read_from(r),
            72usize => {
                self.documents_block_managed_documents_in_unmanaged_apps.read_from(r)
            }
            73usize => {
                self.documents_block_unmanaged_documents_in_managed_apps.read_from(r)
            }
            74usize => self.email_in_domain_suffixes.read_from(r),
            75usize => self.enterprise_app_block_trust.read_from(r),
            76usize => self.enterprise_app_block_trust_modification.read_from(r),
            77usize => self.enterprise_book_block_backup.read_from(r),
            78usize => self.enterprise_book_block_metadata_sync.read_from(r),
            79usize => self.esim_block_modification.read_from(r),
            80usize => self.face_time_blocked.read_from(r),
            81usize => self.files_network_drive_access_blocked.read_from(r),
            82usize => self.files_usb_drive_access_blocked.read_from(r),
            83usize => self.find_my_device_in_find_my_app_blocked.read_from(r),
            84usize => self.find_my_friends_blocked.read_from(r),
            85usize => self.find_my_friends_in_find_my_app_blocked.read_from(r),
            86usize => self.game_center_blocked.read_from(r),
            87usize => self.gaming_block_game_center_friends.read_from(r),
            88usize => self.gaming_block_multiplayer.read_from(r),
            89usize => self.host_pairing_blocked.read_from(r),
            90usize => self.i_books_store_blocked.read_from(r),
            91usize => self.i_books_store_block_erotica.read_from(r),
            92usize => self.i_cloud_block_activity_continuation.read_from(r),
            93usize => self.i_cloud_block_backup.read_from(r),
            94usize => self.i_cloud_block_document_sync.read_from(r),
            95usize => self.i_cloud_block_managed_apps_sync.read_from(r),
            96usize => self.i_cloud_block_photo_library.read_from(r),
            97usize => self.i_cloud_block_photo_stream_sync.read_from(r),
            98usize => self.i_cloud_block_shared_photo_stream.read_from(r),
            99usize => self.i_cloud_require_encrypted_backup.read_from(r),
            100usize => self.i_tunes_blocked.read_from(r),
            101usize => self.i_tunes_block_explicit_content.read_from(r),
            102usize => self.i_tunes_block_music_service.read_from(r),
            103usize => self.i_tunes_block_radio.read_from(r),
            104usize => self.keyboard_block_auto_correct.read_from(r),
            105usize => self.keyboard_block_dictation.read_from(r),
            106usize => self.keyboard_block_predictive.read_from(r),
            107usize => self.keyboard_block_shortcuts.read_from(r),
            108usize => self.keyboard_block_spell_check.read_from(r),
            109usize => self.keychain_block_cloud_sync.read_from(r),
            110usize => self.kiosk_mode_allow_assistive_speak.read_from(r),
            111usize => self.kiosk_mode_allow_assistive_touch_settings.read_from(r),
            112usize => self.kiosk_mode_allow_auto_lock.read_from(r),
            113usize => self.kiosk_mode_allow_color_inversion_settings.read_from(r),
            114usize => self.kiosk_mode_allow_ringer_switch.read_from(r),
            115usize => self.kiosk_mode_allow_screen_rotation.read_from(r),
            116usize => self.kiosk_mode_allow_sleep_button.read_from(r),
            117usize => self.kiosk_mode_allow_touchscreen.read_from(r),
            118usize => self.kiosk_mode_allow_voice_control_modification.read_from(r),
            119usize => self.kiosk_mode_allow_voice_over_settings.read_from(r),
            120usize => self.kiosk_mode_allow_volume_buttons.read_from(r),
            121usize => self.kiosk_mode_allow_zoom_settings.read_from(r),
            122usize => self.kiosk_mode_app_store_url.read_from(r),
            123usize => self.kiosk_mode_app_type.read_from(r),
            124usize => self.kiosk_mode_block_auto_lock.read_from(r),
            125usize => self.kiosk_mode_block_ringer_switch.read_from(r),
            126usize => self.kiosk_mode_block_screen_rotation.read_from(r),
            127usize => self.kiosk_mode_block_sleep_button.read_from(r),
            128usize => self.kiosk_mode_block_touchscreen.read_from(r),
            129usize => self.kiosk_mode_block_volume_buttons.read_from(r),
            130usize => self.kiosk_mode_built_in_app_id.read_from(r),
            131usize => self.kiosk_mode_enable_voice_control.read_from(r),
            132usize => self.kiosk_mode_managed_app_id.read_from(r),
            133usize => self.kiosk_mode_require_assistive_touch.read_from(r),
            134usize => self.kiosk_mode_require_color_inversion.read_from(r),
            135usize => self.kiosk_mode_require_mono_audio.read_from(r),
            136usize => self.kiosk_mode_require_voice_over.read_from(r),
            137usize => self.kiosk_mode_require_zoom.read_from(r),
            138usize => self.lock_screen_block_control_center.read_from(r),
            139usize => self.lock_screen_block_notification_view.read_from(r),
            140usize => self.lock_screen_block_passbook.read_from(r),
            141usize => self.lock_screen_block_today_view.read_from(r),
            142usize => self.media_content_rating_apps.read_from(r),
            143usize => self.media_content_rating_australia.read_from(r),
            144usize => self.media_content_rating_canada.read_from(r),
            145usize => self.media_content_rating_france.read_from(r),
            146usize => self.media_content_rating_germany.read_from(r),
            147usize => self.media_content_rating_ireland.read_from(r),
            148usize => self.media_content_rating_japan.read_from(r),
            149usize => self.media_content_rating_new_zealand.read_from(r),
            150usize => self.media_content_rating_united_kingdom.read_from(r),
            151usize => self.media_content_rating_united_states.read_from(r),
            152usize => self.messages_blocked.read_from(r),
            153usize => self.network_usage_rules.read_from(r),
            154usize => self.nfc_blocked.read_from(r),
            155usize => self.notifications_block_settings_modification.read_from(r),
            156usize => self.on_device_only_dictation_forced.read_from(r),
            157usize => self.passcode_block_fingerprint_modification.read_from(r),
            158usize => self.passcode_block_fingerprint_unlock.read_from(r),
            159usize => self.passcode_block_modification.read_from(r),
            160usize => self.passcode_block_simple.read_from(r),
            161usize => self.passcode_expiration_days.read_from(r),
            162usize => self.passcode_minimum_character_set_count.read_from(r),
            163usize => self.passcode_minimum_length.read_from(r),
            164usize => self.passcode_minutes_of_inactivity_before_lock.read_from(r),
            165usize => {
                self.passcode_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            166usize => self.passcode_previous_passcode_block_count.read_from(r),
            167usize => self.passcode_required.read_from(r),
            168usize => self.passcode_required_type.read_from(r),
            169usize => self.passcode_sign_in_failure_count_before_wipe.read_from(r),
            170usize => self.password_block_air_drop_sharing.read_from(r),
            171usize => self.password_block_auto_fill.read_from(r),
            172usize => self.password_block_proximity_requests.read_from(r),
            173usize => self.pki_block_ota_updates.read_from(r),
            174usize => self.podcasts_blocked.read_from(r),
            175usize => self.privacy_force_limit_ad_tracking.read_from(r),
            176usize => self.proximity_block_setup_to_new_device.read_from(r),
            177usize => self.safari_block_autofill.read_from(r),
            178usize => self.safari_blocked.read_from(r),
            179usize => self.safari_block_java_script.read_from(r),
            180usize => self.safari_block_popups.read_from(r),
            181usize => self.safari_cookie_settings.read_from(r),
            182usize => self.safari_managed_domains.read_from(r),
            183usize => self.safari_password_auto_fill_domains.read_from(r),
            184usize => self.safari_require_fraud_warning.read_from(r),
            185usize => self.screen_capture_blocked.read_from(r),
            186usize => self.shared_device_block_temporary_sessions.read_from(r),
            187usize => self.siri_blocked.read_from(r),
            188usize => self.siri_blocked_when_locked.read_from(r),
            189usize => self.siri_block_user_generated_content.read_from(r),
            190usize => self.siri_require_profanity_filter.read_from(r),
            191usize => self.software_updates_enforced_delay_in_days.read_from(r),
            192usize => self.software_updates_force_delayed.read_from(r),
            193usize => self.spotlight_block_internet_results.read_from(r),
            194usize => self.unpaired_external_boot_to_recovery_allowed.read_from(r),
            195usize => self.usb_restricted_mode_blocked.read_from(r),
            196usize => self.voice_dialing_blocked.read_from(r),
            197usize => self.vpn_block_creation.read_from(r),
            198usize => self.wallpaper_block_modification.read_from(r),
            199usize => self.wi_fi_connect_only_to_configured_networks.read_from(r),
            200usize => self.wifi_power_on_forced.read_from(r),
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
        w.field(18usize, &self.account_block_modification);
        w.field(19usize, &self.activation_lock_allow_when_supervised);
        w.field(20usize, &self.air_drop_blocked);
        w.field(21usize, &self.air_drop_force_unmanaged_drop_target);
        w.field(22usize, &self.air_play_force_pairing_password_for_outgoing_requests);
        w.field(23usize, &self.air_print_block_credentials_storage);
        w.field(24usize, &self.air_print_blocked);
        w.field(25usize, &self.air_print_blocki_beacon_discovery);
        w.field(26usize, &self.air_print_force_trusted_tls);
        w.field(27usize, &self.app_clips_blocked);
        w.field(28usize, &self.apple_news_blocked);
        w.field(29usize, &self.apple_personalized_ads_blocked);
        w.field(30usize, &self.apple_watch_block_pairing);
        w.field(31usize, &self.apple_watch_force_wrist_detection);
        w.field(32usize, &self.app_removal_blocked);
        w.field(33usize, &self.apps_single_app_mode_list);
        w.field(34usize, &self.app_store_block_automatic_downloads);
        w.field(35usize, &self.app_store_blocked);
        w.field(36usize, &self.app_store_block_in_app_purchases);
        w.field(37usize, &self.app_store_block_ui_app_installation);
        w.field(38usize, &self.app_store_require_password);
        w.field(39usize, &self.apps_visibility_list);
        w.field(40usize, &self.apps_visibility_list_type);
        w.field(41usize, &self.auto_fill_force_authentication);
        w.field(42usize, &self.auto_unlock_blocked);
        w.field(43usize, &self.block_system_app_removal);
        w.field(44usize, &self.bluetooth_block_modification);
        w.field(45usize, &self.camera_blocked);
        w.field(46usize, &self.cellular_block_data_roaming);
        w.field(47usize, &self.cellular_block_global_background_fetch_while_roaming);
        w.field(48usize, &self.cellular_block_per_app_data_modification);
        w.field(49usize, &self.cellular_block_personal_hotspot);
        w.field(50usize, &self.cellular_block_personal_hotspot_modification);
        w.field(51usize, &self.cellular_block_plan_modification);
        w.field(52usize, &self.cellular_block_voice_roaming);
        w.field(53usize, &self.certificates_block_untrusted_tls_certificates);
        w.field(54usize, &self.classroom_app_block_remote_screen_observation);
        w.field(55usize, &self.classroom_app_force_unprompted_screen_observation);
        w.field(56usize, &self.classroom_force_automatically_join_classes);
        w.field(57usize, &self.classroom_force_request_permission_to_leave_classes);
        w.field(58usize, &self.classroom_force_unprompted_app_and_device_lock);
        w.field(59usize, &self.compliant_app_list_type);
        w.field(60usize, &self.compliant_apps_list);
        w.field(61usize, &self.configuration_profile_block_changes);
        w.field(62usize, &self.contacts_allow_managed_to_unmanaged_write);
        w.field(63usize, &self.contacts_allow_unmanaged_to_managed_read);
        w.field(64usize, &self.continuous_path_keyboard_blocked);
        w.field(65usize, &self.date_and_time_force_set_automatically);
        w.field(66usize, &self.definition_lookup_blocked);
        w.field(67usize, &self.device_block_enable_restrictions);
        w.field(68usize, &self.device_block_erase_content_and_settings);
        w.field(69usize, &self.device_block_name_modification);
        w.field(70usize, &self.diagnostic_data_block_submission);
        w.field(71usize, &self.diagnostic_data_block_submission_modification);
        w.field(72usize, &self.documents_block_managed_documents_in_unmanaged_apps);
        w.field(73usize, &self.documents_block_unmanaged_documents_in_managed_apps);
        w.field(74usize, &self.email_in_domain_suffixes);
        w.field(75usize, &self.enterprise_app_block_trust);
        w.field(76usize, &self.enterprise_app_block_trust_modification);
        w.field(77usize, &self.enterprise_book_block_backup);
        w.field(78usize, &self.enterprise_book_block_metadata_sync);
        w.field(79usize, &self.esim_block_modification);
        w.field(80usize, &self.face_time_blocked);
        w.field(81usize, &self.files_network_drive_access_blocked);
        w.field(82usize, &self.files_usb_drive_access_blocked);
        w.field(83usize, &self.find_my_device_in_find_my_app_blocked);
        w.field(84usize, &self.find_my_friends_blocked);
        w.field(85usize, &self.find_my_friends_in_find_my_app_blocked);
        w.field(86usize, &self.game_center_blocked);
        w.field(87usize, &self.gaming_block_game_center_friends);
        w.field(88usize, &self.gaming_block_multiplayer);
        w.field(89usize, &self.host_pairing_blocked);
        w.field(90usize, &self.i_books_store_blocked);
        w.field(91usize, &self.i_books_store_block_erotica);
        w.field(92usize, &self.i_cloud_block_activity_continuation);
        w.field(93usize, &self.i_cloud_block_backup);
        w.field(94usize, &self.i_cloud_block_document_sync);
        w.field(95usize, &self.i_cloud_block_managed_apps_sync);
        w.field(96usize, &self.i_cloud_block_photo_library);
        w.field(97usize, &self.i_cloud_block_photo_stream_sync);
        w.field(98usize, &self.i_cloud_block_shared_photo_stream);
        w.field(99usize, &self.i_cloud_require_encrypted_backup);
        w.field(100usize, &self.i_tunes_blocked);
        w.field(101usize, &self.i_tunes_block_explicit_content);
        w.field(102usize, &self.i_tunes_block_music_service);
        w.field(103usize, &self.i_tunes_block_radio);
        w.field(104usize, &self.keyboard_block_auto_correct);
        w.field(105usize, &self.keyboard_block_dictation);
        w.field(106usize, &self.keyboard_block_predictive);
        w.field(107usize, &self.keyboard_block_shortcuts);
        w.field(108usize, &self.keyboard_block_spell_check);
        w.field(109usize, &self.keychain_block_cloud_sync);
        w.field(110usize, &self.kiosk_mode_allow_assistive_speak);
        w.field(111usize, &self.kiosk_mode_allow_assistive_touch_settings);
        w.field(112usize, &self.kiosk_mode_allow_auto_lock);
        w.field(113usize, &self.kiosk_mode_allow_color_inversion_settings);
        w.field(114usize, &self.kiosk_mode_allow_ringer_switch);
        w.field(115usize, &self.kiosk_mode_allow_screen_rotation);
        w.field(116usize, &self.kiosk_mode_allow_sleep_button);
        w.field(117usize, &self.kiosk_mode_allow_touchscreen);
        w.field(118usize, &self.kiosk_mode_allow_voice_control_modification);
        w.field(119usize, &self.kiosk_mode_allow_voice_over_settings);
        w.field(120usize, &self.kiosk_mode_allow_volume_buttons);
        w.field(121usize, &self.kiosk_mode_allow_zoom_settings);
        w.field(122usize, &self.kiosk_mode_app_store_url);
        w.field(123usize, &self.kiosk_mode_app_type);
        w.field(124usize, &self.kiosk_mode_block_auto_lock);
        w.field(125usize, &self.kiosk_mode_block_ringer_switch);
        w.field(126usize, &self.kiosk_mode_block_screen_rotation);
        w.field(127usize, &self.kiosk_mode_block_sleep_button);
        w.field(128usize, &self.kiosk_mode_block_touchscreen);
        w.field(129usize, &self.kiosk_mode_block_volume_buttons);
        w.field(130usize, &self.kiosk_mode_built_in_app_id);
        w.field(131usize, &self.kiosk_mode_enable_voice_control);
        w.field(132usize, &self.kiosk_mode_managed_app_id);
        w.field(133usize, &self.kiosk_mode_require_assistive_touch);
        w.field(134usize, &self.kiosk_mode_require_color_inversion);
        w.field(135usize, &self.kiosk_mode_require_mono_audio);
        w.field(136usize, &self.kiosk_mode_require_voice_over);
        w.field(137usize, &self.kiosk_mode_require_zoom);
        w.field(138usize, &self.lock_screen_block_control_center);
        w.field(139usize, &self.lock_screen_block_notification_view);
        w.field(140usize, &self.lock_screen_block_passbook);
        w.field(141usize, &self.lock_screen_block_today_view);
        w.field(142usize, &self.media_content_rating_apps);
        w.field(143usize, &self.media_content_rating_australia);
        w.field(144usize, &self.media_content_rating_canada);
        w.field(145usize, &self.media_content_rating_france);
        w.field(146usize, &self.media_content_rating_germany);
        w.field(147usize, &self.media_content_rating_ireland);
        w.field(148usize, &self.media_content_rating_japan);
        w.field(149usize, &self.media_content_rating_new_zealand);
        w.field(150usize, &self.media_content_rating_united_kingdom);
        w.field(151usize, &self.media_content_rating_united_states);
        w.field(152usize, &self.messages_blocked);
        w.field(153usize, &self.network_usage_rules);
        w.field(154usize, &self.nfc_blocked);
        w.field(155usize, &self.notifications_block_settings_modification);
        w.field(156usize, &self.on_device_only_dictation_forced);
        w.field(157usize, &self.passcode_block_fingerprint_modification);
        w.field(158usize, &self.passcode_block_fingerprint_unlock);
        w.field(159usize, &self.passcode_block_modification);
        w.field(160usize, &self.passcode_block_simple);
        w.field(161usize, &self.passcode_expiration_days);
        w.field(162usize, &self.passcode_minimum_character_set_count);
        w.field(163usize, &self.passcode_minimum_length);
        w.field(164usize, &self.passcode_minutes_of_inactivity_before_lock);
        w.field(165usize, &self.passcode_minutes_of_inactivity_before_screen_timeout);
        w.field(166usize, &self.passcode_previous_passcode_block_count);
        w.field(167usize, &self.passcode_required);
        w.field(168usize, &self.passcode_required_type);
        w.field(169usize, &self.passcode_sign_in_failure_count_before_wipe);
        w.field(170usize, &self.password_block_air_drop_sharing);
        w.field(171usize, &self.password_block_auto_fill);
        w.field(172usize, &self.password_block_proximity_requests);
        w.field(173usize, &self.pki_block_ota_updates);
        w.field(174usize, &self.podcasts_blocked);
        w.field(175usize, &self.privacy_force_limit_ad_tracking);
        w.field(176usize, &self.proximity_block_setup_to_new_device);
        w.field(177usize, &self.safari_block_autofill);
        w.field(178usize, &self.safari_blocked);
        w.field(179usize, &self.safari_block_java_script);
        w.field(180usize, &self.safari_block_popups);
        w.field(181usize, &self.safari_cookie_settings);
        w.field(182usize, &self.safari_managed_domains);
        w.field(183usize, &self.safari_password_auto_fill_domains);
        w.field(184usize, &self.safari_require_fraud_warning);
        w.field(185usize, &self.screen_capture_blocked);
        w.field(186usize, &self.shared_device_block_temporary_sessions);
        w.field(187usize, &self.siri_blocked);
        w.field(188usize, &self.siri_blocked_when_locked);
        w.field(189usize, &self.siri_block_user_generated_content);
        w.field(190usize, &self.siri_require_profanity_filter);
        w.field(191usize, &self.software_updates_enforced_delay_in_days);
        w.field(192usize, &self.software_updates_force_delayed);
        w.field(193usize, &self.spotlight_block_internet_results);
        w.field(194usize, &self.unpaired_external_boot_to_recovery_allowed);
        w.field(195usize, &self.usb_restricted_mode_blocked);
        w.field(196usize, &self.voice_dialing_blocked);
        w.field(197usize, &self.vpn_block_creation);
        w.field(198usize, &self.wallpaper_block_modification);
        w.field(199usize, &self.wi_fi_connect_only_to_configured_networks);
        w.field(200usize, &self.wifi_power_on_forced);
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
rt::impl_object!(IosGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosGeneralDeviceConfiguration { with_id id : ::std::string::String;
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
    with_account_block_modification account_block_modification : bool;
    with_activation_lock_allow_when_supervised activation_lock_allow_when_supervised :
    bool; with_air_drop_blocked air_drop_blocked : bool;
    with_air_drop_force_unmanaged_drop_target air_drop_force_unmanaged_drop_target :
    bool; with_air_play_force_pairing_password_for_outgoing_requests
    air_play_force_pairing_password_for_outgoing_requests : bool;
    with_air_print_block_credentials_storage air_print_block_credentials_storage : bool;
    with_air_print_blocked air_print_blocked : bool;
    with_air_print_blocki_beacon_discovery air_print_blocki_beacon_discovery : bool;
    with_air_print_force_trusted_tls air_print_force_trusted_tls : bool;
    with_app_clips_blocked app_clips_blocked : bool; with_apple_news_blocked
    apple_news_blocked : bool; with_apple_personalized_ads_blocked
    apple_personalized_ads_blocked : bool; with_apple_watch_block_pairing
    apple_watch_block_pairing : bool; with_apple_watch_force_wrist_detection
    apple_watch_force_wrist_detection : bool; with_app_removal_blocked
    app_removal_blocked : bool; with_apps_single_app_mode_list apps_single_app_mode_list
    : ::std::vec::Vec < crate ::beta::AnyAppListItem >;
    with_app_store_block_automatic_downloads app_store_block_automatic_downloads : bool;
    with_app_store_blocked app_store_blocked : bool;
    with_app_store_block_in_app_purchases app_store_block_in_app_purchases : bool;
    with_app_store_block_ui_app_installation app_store_block_ui_app_installation : bool;
    with_app_store_require_password app_store_require_password : bool;
    with_apps_visibility_list apps_visibility_list : ::std::vec::Vec < crate
    ::beta::AnyAppListItem >; with_apps_visibility_list_type apps_visibility_list_type :
    crate ::beta::AppListType; with_auto_fill_force_authentication
    auto_fill_force_authentication : bool; with_auto_unlock_blocked auto_unlock_blocked :
    bool; with_block_system_app_removal block_system_app_removal : bool;
    with_bluetooth_block_modification bluetooth_block_modification : bool;
    with_camera_blocked camera_blocked : bool; with_cellular_block_data_roaming
    cellular_block_data_roaming : bool;
    with_cellular_block_global_background_fetch_while_roaming
    cellular_block_global_background_fetch_while_roaming : bool;
    with_cellular_block_per_app_data_modification
    cellular_block_per_app_data_modification : bool; with_cellular_block_personal_hotspot
    cellular_block_personal_hotspot : bool;
    with_cellular_block_personal_hotspot_modification
    cellular_block_personal_hotspot_modification : bool;
    with_cellular_block_plan_modification cellular_block_plan_modification : bool;
    with_cellular_block_voice_roaming cellular_block_voice_roaming : bool;
    with_certificates_block_untrusted_tls_certificates
    certificates_block_untrusted_tls_certificates : bool;
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
    with_configuration_profile_block_changes configuration_profile_block_changes : bool;
    with_contacts_allow_managed_to_unmanaged_write
    contacts_allow_managed_to_unmanaged_write : bool;
    with_contacts_allow_unmanaged_to_managed_read
    contacts_allow_unmanaged_to_managed_read : bool;
    with_continuous_path_keyboard_blocked continuous_path_keyboard_blocked : bool;
    with_date_and_time_force_set_automatically date_and_time_force_set_automatically :
    bool; with_definition_lookup_blocked definition_lookup_blocked : bool;
    with_device_block_enable_restrictions device_block_enable_restrictions : bool;
    with_device_block_erase_content_and_settings device_block_erase_content_and_settings
    : bool; with_device_block_name_modification device_block_name_modification : bool;
    with_diagnostic_data_block_submission diagnostic_data_block_submission : bool;
    with_diagnostic_data_block_submission_modification
    diagnostic_data_block_submission_modification : bool;
    with_documents_block_managed_documents_in_unmanaged_apps
    documents_block_managed_documents_in_unmanaged_apps : bool;
    with_documents_block_unmanaged_documents_in_managed_apps
    documents_block_unmanaged_documents_in_managed_apps : bool;
    with_email_in_domain_suffixes email_in_domain_suffixes : ::std::vec::Vec <
    ::std::string::String >; with_enterprise_app_block_trust enterprise_app_block_trust :
    bool; with_enterprise_app_block_trust_modification
    enterprise_app_block_trust_modification : bool; with_enterprise_book_block_backup
    enterprise_book_block_backup : bool; with_enterprise_book_block_metadata_sync
    enterprise_book_block_metadata_sync : bool; with_esim_block_modification
    esim_block_modification : bool; with_face_time_blocked face_time_blocked : bool;
    with_files_network_drive_access_blocked files_network_drive_access_blocked : bool;
    with_files_usb_drive_access_blocked files_usb_drive_access_blocked : bool;
    with_find_my_device_in_find_my_app_blocked find_my_device_in_find_my_app_blocked :
    bool; with_find_my_friends_blocked find_my_friends_blocked : bool;
    with_find_my_friends_in_find_my_app_blocked find_my_friends_in_find_my_app_blocked :
    bool; with_game_center_blocked game_center_blocked : bool;
    with_gaming_block_game_center_friends gaming_block_game_center_friends : bool;
    with_gaming_block_multiplayer gaming_block_multiplayer : bool;
    with_host_pairing_blocked host_pairing_blocked : bool; with_i_books_store_blocked
    i_books_store_blocked : bool; with_i_books_store_block_erotica
    i_books_store_block_erotica : bool; with_i_cloud_block_activity_continuation
    i_cloud_block_activity_continuation : bool; with_i_cloud_block_backup
    i_cloud_block_backup : bool; with_i_cloud_block_document_sync
    i_cloud_block_document_sync : bool; with_i_cloud_block_managed_apps_sync
    i_cloud_block_managed_apps_sync : bool; with_i_cloud_block_photo_library
    i_cloud_block_photo_library : bool; with_i_cloud_block_photo_stream_sync
    i_cloud_block_photo_stream_sync : bool; with_i_cloud_block_shared_photo_stream
    i_cloud_block_shared_photo_stream : bool; with_i_cloud_require_encrypted_backup
    i_cloud_require_encrypted_backup : bool; with_i_tunes_blocked i_tunes_blocked : bool;
    with_i_tunes_block_explicit_content i_tunes_block_explicit_content : bool;
    with_i_tunes_block_music_service i_tunes_block_music_service : bool;
    with_i_tunes_block_radio i_tunes_block_radio : bool; with_keyboard_block_auto_correct
    keyboard_block_auto_correct : bool; with_keyboard_block_dictation
    keyboard_block_dictation : bool; with_keyboard_block_predictive
    keyboard_block_predictive : bool; with_keyboard_block_shortcuts
    keyboard_block_shortcuts : bool; with_keyboard_block_spell_check
    keyboard_block_spell_check : bool; with_keychain_block_cloud_sync
    keychain_block_cloud_sync : bool; with_kiosk_mode_allow_assistive_speak
    kiosk_mode_allow_assistive_speak : bool;
    with_kiosk_mode_allow_assistive_touch_settings
    kiosk_mode_allow_assistive_touch_settings : bool; with_kiosk_mode_allow_auto_lock
    kiosk_mode_allow_auto_lock : bool; with_kiosk_mode_allow_color_inversion_settings
    kiosk_mode_allow_color_inversion_settings : bool; with_kiosk_mode_allow_ringer_switch
    kiosk_mode_allow_ringer_switch : bool; with_kiosk_mode_allow_screen_rotation
    kiosk_mode_allow_screen_rotation : bool; with_kiosk_mode_allow_sleep_button
    kiosk_mode_allow_sleep_button : bool; with_kiosk_mode_allow_touchscreen
    kiosk_mode_allow_touchscreen : bool; with_kiosk_mode_allow_voice_control_modification
    kiosk_mode_allow_voice_control_modification : bool;
    with_kiosk_mode_allow_voice_over_settings kiosk_mode_allow_voice_over_settings :
    bool; with_kiosk_mode_allow_volume_buttons kiosk_mode_allow_volume_buttons : bool;
    with_kiosk_mode_allow_zoom_settings kiosk_mode_allow_zoom_settings : bool;
    with_kiosk_mode_app_store_url kiosk_mode_app_store_url : ::std::string::String;
    with_kiosk_mode_app_type kiosk_mode_app_type : crate ::beta::IosKioskModeAppType;
    with_kiosk_mode_block_auto_lock kiosk_mode_block_auto_lock : bool;
    with_kiosk_mode_block_ringer_switch kiosk_mode_block_ringer_switch : bool;
    with_kiosk_mode_block_screen_rotation kiosk_mode_block_screen_rotation : bool;
    with_kiosk_mode_block_sleep_button kiosk_mode_block_sleep_button : bool;
    with_kiosk_mode_block_touchscreen kiosk_mode_block_touchscreen : bool;
    with_kiosk_mode_block_volume_buttons kiosk_mode_block_volume_buttons : bool;
    with_kiosk_mode_built_in_app_id kiosk_mode_built_in_app_id : ::std::string::String;
    with_kiosk_mode_enable_voice_control kiosk_mode_enable_voice_control : bool;
    with_kiosk_mode_managed_app_id kiosk_mode_managed_app_id : ::std::string::String;
    with_kiosk_mode_require_assistive_touch kiosk_mode_require_assistive_touch : bool;
    with_kiosk_mode_require_color_inversion kiosk_mode_require_color_inversion : bool;
    with_kiosk_mode_require_mono_audio kiosk_mode_require_mono_audio : bool;
    with_kiosk_mode_require_voice_over kiosk_mode_require_voice_over : bool;
    with_kiosk_mode_require_zoom kiosk_mode_require_zoom : bool;
    with_lock_screen_block_control_center lock_screen_block_control_center : bool;
    with_lock_screen_block_notification_view lock_screen_block_notification_view : bool;
    with_lock_screen_block_passbook lock_screen_block_passbook : bool;
    with_lock_screen_block_today_view lock_screen_block_today_view : bool;
    with_media_content_rating_apps media_content_rating_apps : crate
    ::beta::RatingAppsType; with_media_content_rating_australia
    media_content_rating_australia : crate ::beta::MediaContentRatingAustralia;
    with_media_content_rating_canada media_content_rating_canada : crate
    ::beta::MediaContentRatingCanada; with_media_content_rating_france
    media_content_rating_france : crate ::beta::MediaContentRatingFrance;
    with_media_content_rating_germany media_content_rating_germany : crate
    ::beta::MediaContentRatingGermany; with_media_content_rating_ireland
    media_content_rating_ireland : crate ::beta::MediaContentRatingIreland;
    with_media_content_rating_japan media_content_rating_japan : crate
    ::beta::MediaContentRatingJapan; with_media_content_rating_new_zealand
    media_content_rating_new_zealand : crate ::beta::MediaContentRatingNewZealand;
    with_media_content_rating_united_kingdom media_content_rating_united_kingdom : crate
    ::beta::MediaContentRatingUnitedKingdom; with_media_content_rating_united_states
    media_content_rating_united_states : crate ::beta::MediaContentRatingUnitedStates;
    with_messages_blocked messages_blocked : bool; with_network_usage_rules
    network_usage_rules : ::std::vec::Vec < crate ::beta::IosNetworkUsageRule >;
    with_nfc_blocked nfc_blocked : bool; with_notifications_block_settings_modification
    notifications_block_settings_modification : bool;
    with_on_device_only_dictation_forced on_device_only_dictation_forced : bool;
    with_passcode_block_fingerprint_modification passcode_block_fingerprint_modification
    : bool; with_passcode_block_fingerprint_unlock passcode_block_fingerprint_unlock :
    bool; with_passcode_block_modification passcode_block_modification : bool;
    with_passcode_block_simple passcode_block_simple : bool;
    with_passcode_expiration_days passcode_expiration_days : i32;
    with_passcode_minimum_character_set_count passcode_minimum_character_set_count : i32;
    with_passcode_minimum_length passcode_minimum_length : i32;
    with_passcode_minutes_of_inactivity_before_lock
    passcode_minutes_of_inactivity_before_lock : i32;
    with_passcode_minutes_of_inactivity_before_screen_timeout
    passcode_minutes_of_inactivity_before_screen_timeout : i32;
    with_passcode_previous_passcode_block_count passcode_previous_passcode_block_count :
    i32; with_passcode_required passcode_required : bool; with_passcode_required_type
    passcode_required_type : crate ::beta::RequiredPasswordType;
    with_passcode_sign_in_failure_count_before_wipe
    passcode_sign_in_failure_count_before_wipe : i32;
    with_password_block_air_drop_sharing password_block_air_drop_sharing : bool;
    with_password_block_auto_fill password_block_auto_fill : bool;
    with_password_block_proximity_requests password_block_proximity_requests : bool;
    with_pki_block_ota_updates pki_block_ota_updates : bool; with_podcasts_blocked
    podcasts_blocked : bool; with_privacy_force_limit_ad_tracking
    privacy_force_limit_ad_tracking : bool; with_proximity_block_setup_to_new_device
    proximity_block_setup_to_new_device : bool; with_safari_block_autofill
    safari_block_autofill : bool; with_safari_blocked safari_blocked : bool;
    with_safari_block_java_script safari_block_java_script : bool;
    with_safari_block_popups safari_block_popups : bool; with_safari_cookie_settings
    safari_cookie_settings : crate ::beta::WebBrowserCookieSettings;
    with_safari_managed_domains safari_managed_domains : ::std::vec::Vec <
    ::std::string::String >; with_safari_password_auto_fill_domains
    safari_password_auto_fill_domains : ::std::vec::Vec < ::std::string::String >;
    with_safari_require_fraud_warning safari_require_fraud_warning : bool;
    with_screen_capture_blocked screen_capture_blocked : bool;
    with_shared_device_block_temporary_sessions shared_device_block_temporary_sessions :
    bool; with_siri_blocked siri_blocked : bool; with_siri_blocked_when_locked
    siri_blocked_when_locked : bool; with_siri_block_user_generated_content
    siri_block_user_generated_content : bool; with_siri_require_profanity_filter
    siri_require_profanity_filter : bool; with_software_updates_enforced_delay_in_days
    software_updates_enforced_delay_in_days : i32; with_software_updates_force_delayed
    software_updates_force_delayed : bool; with_spotlight_block_internet_results
    spotlight_block_internet_results : bool;
    with_unpaired_external_boot_to_recovery_allowed
    unpaired_external_boot_to_recovery_allowed : bool; with_usb_restricted_mode_blocked
    usb_restricted_mode_blocked : bool; with_voice_dialing_blocked voice_dialing_blocked
    : bool; with_vpn_block_creation vpn_block_creation : bool;
    with_wallpaper_block_modification wallpaper_block_modification : bool;
    with_wi_fi_connect_only_to_configured_networks
    wi_fi_connect_only_to_configured_networks : bool; with_wifi_power_on_forced
    wifi_power_on_forced : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS PFX Import certificate profile
///
/// CSDL: `microsoft.graph.iosImportedPFXCertificateProfile`, entity type, derived from `microsoft.graph.iosCertificateProfile`, key `id`.
///
/// Request builders: [`IosImportedPfxCertificateProfilePath`](requests/trait.IosImportedPfxCertificateProfilePath.html), what a path to one (`EntityPath<IosImportedPfxCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosImportedPfxCertificateProfile {
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
impl ::std::default::Default for IosImportedPfxCertificateProfile {
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
            intended_purpose: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosImportedPfxCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.iosImportedPFXCertificateProfile";
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
        ",\"intendedPurpose\":              ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosImportedPFXCertificateProfile\"";
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
        v.field(18usize, "intended_purpose", &self.intended_purpose);
        v.field(
            19usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosImportedPfxCertificateProfile {
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
            18usize => self.intended_purpose.read_from(r),
            19usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(18usize, &self.intended_purpose);
        w.field(19usize, &self.managed_device_certificate_states);
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
rt::impl_object!(IosImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosImportedPfxCertificateProfile { with_id id : ::std::string::String;
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
    with_intended_purpose intended_purpose : crate ::beta::IntendedPurpose;
    with_managed_device_certificate_states managed_device_certificate_states :
    ::std::vec::Vec < crate ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the iOS device to connect to desired IKEv2 VPN endpoint.
///
/// CSDL: `microsoft.graph.iosikEv2VpnConfiguration`, entity type, derived from `microsoft.graph.iosVpnConfiguration`, key `id`.
///
/// Request builders: [`IosikEv2VpnConfigurationPath`](requests/trait.IosikEv2VpnConfigurationPath.html), what a path to one (`EntityPath<IosikEv2VpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosikEv2VpnConfiguration {
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
    /// Zscaler only. Zscaler cloud which the user is assigned to.
    ///
    /// CSDL: property `cloudName`: `Edm.String`, nullable.
    pub cloud_name: rt::Field<::std::string::String>,
    /// Zscaler only. List of network addresses which are not sent through the Zscaler cloud.
    ///
    /// CSDL: property `excludeList`: `Collection(Edm.String)`, nullable.
    pub exclude_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Microsoft Tunnel site ID.
    ///
    /// CSDL: property `microsoftTunnelSiteId`: `Edm.String`, nullable.
    pub microsoft_tunnel_site_id: rt::Field<::std::string::String>,
    /// Zscaler only. Blocks network traffic until the user signs into Zscaler app. "True" means traffic is blocked.
    ///
    /// CSDL: property `strictEnforcement`: `Edm.Boolean`, nullable.
    pub strict_enforcement: rt::Field<bool>,
    /// Targeted mobile apps. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Zscaler only. Enter a static domain to pre-populate the login field with in the Zscaler app. If this is left empty, the user's Azure Active Directory domain will be used instead.
    ///
    /// CSDL: property `userDomain`: `Edm.String`, nullable.
    pub user_domain: rt::Field<::std::string::String>,
    /// Tenant level settings for the Derived Credentials to be used for authentication.
    ///
    /// CSDL: navigation property `derivedCredentialSettings`: `microsoft.graph.deviceManagementDerivedCredentialSettings`, nullable.
    pub derived_credential_settings: rt::Field<
        crate::beta::DeviceManagementDerivedCredentialSettings,
    >,
    /// Identity certificate for client authentication when authentication method is certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.iosCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<crate::beta::AnyIosCertificateProfileBase>,
    /// Allows the use of child security association parameters by setting all parameters to the device's default unless explicitly specified.
    ///
    /// CSDL: property `allowDefaultChildSecurityAssociationParameters`: `Edm.Boolean`, nullable.
    pub allow_default_child_security_association_parameters: rt::Field<bool>,
    /// Allows the use of security association parameters by setting all parameters to the device's default unless explicitly specified.
    ///
    /// CSDL: property `allowDefaultSecurityAssociationParameters`: `Edm.Boolean`, nullable.
    pub allow_default_security_association_parameters: rt::Field<bool>,
    /// AlwaysOn Configuration
    ///
    /// CSDL: property `alwaysOnConfiguration`: `microsoft.graph.appleVpnAlwaysOnConfiguration`, nullable.
    pub always_on_configuration: rt::Field<crate::beta::AppleVpnAlwaysOnConfiguration>,
    /// Child Security Association Parameters
    ///
    /// CSDL: property `childSecurityAssociationParameters`: `microsoft.graph.iosVpnSecurityAssociationParameters`, nullable.
    pub child_security_association_parameters: rt::Field<
        crate::beta::IosVpnSecurityAssociationParameters,
    >,
    /// Type of Client Authentication the VPN client will use.
    ///
    /// CSDL: property `clientAuthenticationType`: `microsoft.graph.vpnClientAuthenticationType`, not nullable.
    pub client_authentication_type: rt::Field<crate::beta::VpnClientAuthenticationType>,
    /// Determine how often to check if a peer connection is still active.
    ///
    /// CSDL: property `deadPeerDetectionRate`: `microsoft.graph.vpnDeadPeerDetectionRate`, nullable.
    pub dead_peer_detection_rate: rt::Field<crate::beta::VpnDeadPeerDetectionRate>,
    /// Disable MOBIKE
    ///
    /// CSDL: property `disableMobilityAndMultihoming`: `Edm.Boolean`, nullable.
    pub disable_mobility_and_multihoming: rt::Field<bool>,
    /// Disable Redirect
    ///
    /// CSDL: property `disableRedirect`: `Edm.Boolean`, nullable.
    pub disable_redirect: rt::Field<bool>,
    /// Determines if Always on VPN is enabled
    ///
    /// CSDL: property `enableAlwaysOnConfiguration`: `Edm.Boolean`, nullable.
    pub enable_always_on_configuration: rt::Field<bool>,
    /// Enables a best-effort revocation check; server response timeouts will not cause it to fail
    ///
    /// CSDL: property `enableCertificateRevocationCheck`: `Edm.Boolean`, nullable.
    pub enable_certificate_revocation_check: rt::Field<bool>,
    /// Enables EAP only authentication
    ///
    /// CSDL: property `enableEAP`: `Edm.Boolean`, nullable.
    pub enable_eap: rt::Field<bool>,
    /// Enable Perfect Forward Secrecy (PFS).
    ///
    /// CSDL: property `enablePerfectForwardSecrecy`: `Edm.Boolean`, nullable.
    pub enable_perfect_forward_secrecy: rt::Field<bool>,
    /// Enable Use Internal Subnet Attributes.
    ///
    /// CSDL: property `enableUseInternalSubnetAttributes`: `Edm.Boolean`, nullable.
    pub enable_use_internal_subnet_attributes: rt::Field<bool>,
    /// Method of identifying the client that is trying to connect via VPN.
    ///
    /// CSDL: property `localIdentifier`: `microsoft.graph.vpnLocalIdentifier`, not nullable.
    pub local_identifier: rt::Field<crate::beta::VpnLocalIdentifier>,
    /// Maximum transmission unit. Valid values 1280 to 1400
    ///
    /// CSDL: property `mtuSizeInBytes`: `Edm.Int32`, nullable.
    pub mtu_size_in_bytes: rt::Field<i32>,
    /// Address of the IKEv2 server. Must be a FQDN, UserFQDN, network address, or ASN1DN
    ///
    /// CSDL: property `remoteIdentifier`: `Edm.String`, not nullable.
    pub remote_identifier: rt::Field<::std::string::String>,
    /// Security Association Parameters
    ///
    /// CSDL: property `securityAssociationParameters`: `microsoft.graph.iosVpnSecurityAssociationParameters`, nullable.
    pub security_association_parameters: rt::Field<
        crate::beta::IosVpnSecurityAssociationParameters,
    >,
    /// Common name of the IKEv2 Server Certificate used in Server Authentication
    ///
    /// CSDL: property `serverCertificateCommonName`: `Edm.String`, nullable.
    pub server_certificate_common_name: rt::Field<::std::string::String>,
    /// Issuer Common name of the IKEv2 Server Certificate issuer used in Authentication
    ///
    /// CSDL: property `serverCertificateIssuerCommonName`: `Edm.String`, nullable.
    pub server_certificate_issuer_common_name: rt::Field<::std::string::String>,
    /// The type of certificate the VPN server will present to the VPN client for authentication.
    ///
    /// CSDL: property `serverCertificateType`: `microsoft.graph.vpnServerCertificateType`, nullable.
    pub server_certificate_type: rt::Field<crate::beta::VpnServerCertificateType>,
    /// Used when Shared Secret Authentication is selected
    ///
    /// CSDL: property `sharedSecret`: `Edm.String`, nullable.
    pub shared_secret: rt::Field<::std::string::String>,
    /// The maximum TLS version to be used with EAP-TLS authentication
    ///
    /// CSDL: property `tlsMaximumVersion`: `Edm.String`, nullable.
    pub tls_maximum_version: rt::Field<::std::string::String>,
    /// The minimum TLS version to be used with EAP-TLS authentication
    ///
    /// CSDL: property `tlsMinimumVersion`: `Edm.String`, nullable.
    pub tls_minimum_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosikEv2VpnConfiguration {
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
            cloud_name: rt::Field::Absent,
            exclude_list: rt::Field::Absent,
            microsoft_tunnel_site_id: rt::Field::Absent,
            strict_enforcement: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            user_domain: rt::Field::Absent,
            derived_credential_settings: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            allow_default_child_security_association_parameters: rt::Field::Absent,
            allow_default_security_association_parameters: rt::Field::Absent,
            always_on_configuration: rt::Field::Absent,
            child_security_association_parameters: rt::Field::Absent,
            client_authentication_type: rt::Field::Absent,
            dead_peer_detection_rate: rt::Field::Absent,
            disable_mobility_and_multihoming: rt::Field::Absent,
            disable_redirect: rt::Field::Absent,
            enable_always_on_configuration: rt::Field::Absent,
            enable_certificate_revocation_check: rt::Field::Absent,
            enable_eap: rt::Field::Absent,
            enable_perfect_forward_secrecy: rt::Field::Absent,
            enable_use_internal_subnet_attributes: rt::Field::Absent,
            local_identifier: rt::Field::Absent,
            mtu_size_in_bytes: rt::Field::Absent,
            remote_identifier: rt::Field::Absent,
            security_association_parameters: rt::Field::Absent,
            server_certificate_common_name: rt::Field::Absent,
            server_certificate_issuer_common_name: rt::Field::Absent,
            server_certificate_type: rt::Field::Absent,
            shared_secret: rt::Field::Absent,
            tls_maximum_version: rt::Field::Absent,
            tls_minimum_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosikEv2VpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosikEv2VpnConfiguration";
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
        "cloudName",
        "excludeList",
        "microsoftTunnelSiteId",
        "strictEnforcement",
        "targetedMobileApps",
        "userDomain",
        "derivedCredentialSettings",
        "identityCertificate",
        "allowDefaultChildSecurityAssociationParameters",
        "allowDefaultSecurityAssociationParameters",
        "alwaysOnConfiguration",
        "childSecurityAssociationParameters",
        "clientAuthenticationType",
        "deadPeerDetectionRate",
        "disableMobilityAndMultihoming",
        "disableRedirect",
        "enableAlwaysOnConfiguration",
        "enableCertificateRevocationCheck",
        "enableEAP",
        "enablePerfectForwardSecrecy",
        "enableUseInternalSubnetAttributes",
        "localIdentifier",
        "mtuSizeInBytes",
        "remoteIdentifier",
        "securityAssociationParameters",
        "serverCertificateCommonName",
        "serverCertificateIssuerCommonName",
        "serverCertificateType",
        "sharedSecret",
        "tlsMaximumVersion",
        "tlsMinimumVersion",
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
        ",\"cloudName\":                    ",
        ",\"excludeList\":                  ",
        ",\"microsoftTunnelSiteId\":        ",
        ",\"strictEnforcement\":            ",
        ",\"targetedMobileApps\":           ",
        ",\"userDomain\":                   ",
        ",\"derivedCredentialSettings\":    ",
        ",\"identityCertificate\":          ",
        ",\"allowDefaultChildSecurityAssociationParameters\":",
        ",\"allowDefaultSecurityAssociationParameters\":",
        ",\"alwaysOnConfiguration\":        ",
        ",\"childSecurityAssociationParameters\":",
        ",\"clientAuthenticationType\":     ",
        ",\"deadPeerDetectionRate\":        ",
        ",\"disableMobilityAndMultihoming\":",
        ",\"disableRedirect\":              ",
        ",\"enableAlwaysOnConfiguration\":  ",
        ",\"enableCertificateRevocationCheck\":",
        ",\"enableEAP\":                    ",
        ",\"enablePerfectForwardSecrecy\":  ",
        ",\"enableUseInternalSubnetAttributes\":",
        ",\"localIdentifier\":              ",
        ",\"mtuSizeInBytes\":               ",
        ",\"remoteIdentifier\":             ",
        ",\"securityAssociationParameters\":",
        ",\"serverCertificateCommonName\":  ",
        ",\"serverCertificateIssuerCommonName\":",
        ",\"serverCertificateType\":        ",
        ",\"sharedSecret\":                 ",
        ",\"tlsMaximumVersion\":            ",
        ",\"tlsMinimumVersion\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosikEv2VpnConfiguration\"";
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
        v.field(40usize, "cloud_name", &self.cloud_name);
        v.field(41usize, "exclude_list", &self.exclude_list);
        v.field(42usize, "microsoft_tunnel_site_id", &self.microsoft_tunnel_site_id);
        v.field(43usize, "strict_enforcement", &self.strict_enforcement);
        v.field(44usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(45usize, "user_domain", &self.user_domain);
        v.field(
            46usize,
            "derived_credential_settings",
            &self.derived_credential_settings,
        );
        v.field(47usize, "identity_certificate", &self.identity_certificate);
        v.field(
            48usize,
            "allow_default_child_security_association_parameters",
            &self.allow_default_child_security_association_parameters,
        );
        v.field(
            49usize,
            "allow_default_security_association_parameters",
            &self.allow_default_security_association_parameters,
        );
        v.field(50usize, "always_on_configuration", &self.always_on_configuration);
        v.field(
            51usize,
            "child_security_association_parameters",
            &self.child_security_association_parameters,
        );
        v.field(52usize, "client_authentication_type", &self.client_authentication_type);
        v.field(53usize, "dead_peer_detection_rate", &self.dead_peer_detection_rate);
        v.field(
            54usize,
            "disable_mobility_and_multihoming",
            &self.disable_mobility_and_multihoming,
        );
        v.field(55usize, "disable_redirect", &self.disable_redirect);
        v.field(
            56usize,
            "enable_always_on_configuration",
            &self.enable_always_on_configuration,
        );
        v.field(
            57usize,
            "enable_certificate_revocation_check",
            &self.enable_certificate_revocation_check,
        );
        v.field(58usize, "enable_eap", &self.enable_eap);
        v.field(
            59usize,
            "enable_perfect_forward_secrecy",
            &self.enable_perfect_forward_secrecy,
        );
        v.field(
            60usize,
            "enable_use_internal_subnet_attributes",
            &self.enable_use_internal_subnet_attributes,
        );
        v.field(61usize, "local_identifier", &self.local_identifier);
        v.field(62usize, "mtu_size_in_bytes", &self.mtu_size_in_bytes);
        v.field(63usize, "remote_identifier", &self.remote_identifier);
        v.field(
            64usize,
            "security_association_parameters",
            &self.security_association_parameters,
        );
        v.field(
            65usize,
            "server_certificate_common_name",
            &self.server_certificate_common_name,
        );
        v.field(
            66usize,
            "server_certificate_issuer_common_name",
            &self.server_certificate_issuer_common_name,
        );
        v.field(67usize, "server_certificate_type", &self.server_certificate_type);
        v.field(68usize, "shared_secret", &self.shared_secret);
        v.field(69usize, "tls_maximum_version", &self.tls_maximum_version);
        v.field(70usize, "tls_minimum_version", &self.tls_minimum_version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosikEv2VpnConfiguration {
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
            40usize => self.cloud_name.read_from(r),
            41usize => self.exclude_list.read_from(r),
            42usize => self.microsoft_tunnel_site_id.read_from(r),
            43usize => self.strict_enforcement.read_from(r),
            44usize => self.targeted_mobile_apps.read_from(r),
            45usize => self.user_domain.read_from(r),
            46usize => self.derived_credential_settings.read_from(r),
            47usize => self.identity_certificate.read_from(r),
            48usize => {
                self.allow_default_child_security_association_parameters.read_from(r)
            }
            49usize => self.allow_default_security_association_parameters.read_from(r),
            50usize => self.always_on_configuration.read_from(r),
            51usize => self.child_security_association_parameters.read_from(r),
            52usize => self.client_authentication_type.read_from(r),
            53usize => self.dead_peer_detection_rate.read_from(r),
            54usize => self.disable_mobility_and_multihoming.read_from(r),
            55usize => self.disable_redirect.read_from(r),
            56usize => self.enable_always_on_configuration.read_from(r),
            57usize => self.enable_certificate_revocation_check.read_from(r),
            58usize => self.enable_eap.read_from(r),
            59usize => self.enable_perfect_forward_secrecy.read_from(r),
            60usize => self.enable_use_internal_subnet_attributes.read_from(r),
            61usize => self.local_identifier.read_from(r),
            62usize => self.mtu_size_in_bytes.read_from(r),
            63usize => self.remote_identifier.read_from(r),
            64usize => self.security_association_parameters.read_from(r),
            65usize => self.server_certificate_common_name.read_from(r),
            66usize => self.server_certificate_issuer_common_name.read_from(r),
            67usize => self.server_certificate_type.read_from(r),
            68usize => self.shared_secret.read_from(r),
            69usize => self.tls_maximum_version.read_from(r),
            70usize => self.tls_minimum_version.read_from(r),
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
        w.field(40usize, &self.cloud_name);
        w.field(41usize, &self.exclude_list);
        w.field(42usize, &self.microsoft_tunnel_site_id);
        w.field(43usize, &self.strict_enforcement);
        w.field(44usize, &self.targeted_mobile_apps);
        w.field(45usize, &self.user_domain);
        w.field(46usize, &self.derived_credential_settings);
        w.field(47usize, &self.identity_certificate);
        w.field(48usize, &self.allow_default_child_security_association_parameters);
        w.field(49usize, &self.allow_default_security_association_parameters);
        w.field(50usize, &self.always_on_configuration);
        w.field(51usize, &self.child_security_association_parameters);
        w.field(52usize, &self.client_authentication_type);
        w.field(53usize, &self.dead_peer_detection_rate);
        w.field(54usize, &self.disable_mobility_and_multihoming);
        w.field(55usize, &self.disable_redirect);
        w.field(56usize, &self.enable_always_on_configuration);
        w.field(57usize, &self.enable_certificate_revocation_check);
        w.field(58usize, &self.enable_eap);
        w.field(59usize, &self.enable_perfect_forward_secrecy);
        w.field(60usize, &self.enable_use_internal_subnet_attributes);
        w.field(61usize, &self.local_identifier);
        w.field(62usize, &self.mtu_size_in_bytes);
        w.field(63usize, &self.remote_identifier);
        w.field(64usize, &self.security_association_parameters);
        w.field(65usize, &self.server_certificate_common_name);
        w.field(66usize, &self.server_certificate_issuer_common_name);
        w.field(67usize, &self.server_certificate_type);
        w.field(68usize, &self.shared_secret);
        w.field(69usize, &self.tls_maximum_version);
        w.field(70usize, &self.tls_minimum_version);
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
rt::impl_object!(IosikEv2VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosikEv2VpnConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    with_cloud_name cloud_name : ::std::string::String; with_exclude_list exclude_list :
    ::std::vec::Vec < ::std::string::String >; with_microsoft_tunnel_site_id
    microsoft_tunnel_site_id : ::std::string::String; with_strict_enforcement
    strict_enforcement : bool; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < crate ::beta::AnyAppListItem >; with_user_domain user_domain :
    ::std::string::String; with_derived_credential_settings derived_credential_settings :
    crate ::beta::DeviceManagementDerivedCredentialSettings; with_identity_certificate
    identity_certificate : crate ::beta::AnyIosCertificateProfileBase;
    with_allow_default_child_security_association_parameters
    allow_default_child_security_association_parameters : bool;
    with_allow_default_security_association_parameters
    allow_default_security_association_parameters : bool; with_always_on_configuration
    always_on_configuration : crate ::beta::AppleVpnAlwaysOnConfiguration;
    with_child_security_association_parameters child_security_association_parameters :
    crate ::beta::IosVpnSecurityAssociationParameters; with_client_authentication_type
    client_authentication_type : crate ::beta::VpnClientAuthenticationType;
    with_dead_peer_detection_rate dead_peer_detection_rate : crate
    ::beta::VpnDeadPeerDetectionRate; with_disable_mobility_and_multihoming
    disable_mobility_and_multihoming : bool; with_disable_redirect disable_redirect :
    bool; with_enable_always_on_configuration enable_always_on_configuration : bool;
    with_enable_certificate_revocation_check enable_certificate_revocation_check : bool;
    with_enable_eap enable_eap : bool; with_enable_perfect_forward_secrecy
    enable_perfect_forward_secrecy : bool; with_enable_use_internal_subnet_attributes
    enable_use_internal_subnet_attributes : bool; with_local_identifier local_identifier
    : crate ::beta::VpnLocalIdentifier; with_mtu_size_in_bytes mtu_size_in_bytes : i32;
    with_remote_identifier remote_identifier : ::std::string::String;
    with_security_association_parameters security_association_parameters : crate
    ::beta::IosVpnSecurityAssociationParameters; with_server_certificate_common_name
    server_certificate_common_name : ::std::string::String;
    with_server_certificate_issuer_common_name server_certificate_issuer_common_name :
    ::std::string::String; with_server_certificate_type server_certificate_type : crate
    ::beta::VpnServerCertificateType; with_shared_secret shared_secret :
    ::std::string::String; with_tls_maximum_version tls_maximum_version :
    ::std::string::String; with_tls_minimum_version tls_minimum_version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosikEv2VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS PKCS certificate profile.
///
/// CSDL: `microsoft.graph.iosPkcsCertificateProfile`, entity type, derived from `microsoft.graph.iosCertificateProfileBase`, key `id`.
///
/// Request builders: [`IosPkcsCertificateProfilePath`](requests/trait.IosPkcsCertificateProfilePath.html), what a path to one (`EntityPath<IosPkcsCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosPkcsCertificateProfile {
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
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name type.
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
    /// PKCS Certificate Template Name.
    ///
    /// CSDL: property `certificateTemplateName`: `Edm.String`, not nullable.
    pub certificate_template_name: rt::Field<::std::string::String>,
    /// PKCS Certification Authority.
    ///
    /// CSDL: property `certificationAuthority`: `Edm.String`, not nullable.
    pub certification_authority: rt::Field<::std::string::String>,
    /// PKCS Certification Authority Name.
    ///
    /// CSDL: property `certificationAuthorityName`: `Edm.String`, not nullable.
    pub certification_authority_name: rt::Field<::std::string::String>,
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
impl ::std::default::Default for IosPkcsCertificateProfile {
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
impl rt::Object for IosPkcsCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.iosPkcsCertificateProfile";
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
        ",\"certificateStore\":             ",
        ",\"certificateTemplateName\":      ",
        ",\"certificationAuthority\":       ",
        ",\"certificationAuthorityName\":   ",
        ",\"customSubjectAlternativeNames\":",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosPkcsCertificateProfile\"";
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
        v.field(24usize, "certificate_template_name", &self.certificate_template_name);
        v.field(25usize, "certification_authority", &self.certification_authority);
        v.field(
            26usize,
            "certification_authority_name",
            &self.certification_authority_name,
        );
        v.field(
            27usize,
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
        v.field(
            28usize,
            "subject_alternative_name_format_string",
            &self.subject_alternative_name_format_string,
        );
        v.field(29usize, "subject_name_format_string", &self.subject_name_format_string);
        v.field(
            30usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosPkcsCertificateProfile {
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
            24usize => self.certificate_template_name.read_from(r),
            25usize => self.certification_authority.read_from(r),
            26usize => self.certification_authority_name.read_from(r),
            27usize => self.custom_subject_alternative_names.read_from(r),
            28usize => self.subject_alternative_name_format_string.read_from(r),
            29usize => self.subject_name_format_string.read_from(r),
            30usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(24usize, &self.certificate_template_name);
        w.field(25usize, &self.certification_authority);
        w.field(26usize, &self.certification_authority_name);
        w.field(27usize, &self.custom_subject_alternative_names);
        w.field(28usize, &self.subject_alternative_name_format_string);
        w.field(29usize, &self.subject_name_format_string);
        w.field(30usize, &self.managed_device_certificate_states);
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
rt::impl_object!(IosPkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosPkcsCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::CertificateStore; with_certificate_template_name certificate_template_name :
    ::std::string::String; with_certification_authority certification_authority :
    ::std::string::String; with_certification_authority_name certification_authority_name
    : ::std::string::String; with_custom_subject_alternative_names
    custom_subject_alternative_names : ::std::vec::Vec < crate
    ::beta::CustomSubjectAlternativeName >; with_subject_alternative_name_format_string
    subject_alternative_name_format_string : ::std::string::String;
    with_subject_name_format_string subject_name_format_string : ::std::string::String;
    with_managed_device_certificate_states managed_device_certificate_states :
    ::std::vec::Vec < crate ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosPkcsCertificateProfile);
