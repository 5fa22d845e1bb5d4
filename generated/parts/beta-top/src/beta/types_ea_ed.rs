//! Types of `microsoft.graph` by the first letters of their names (`ea_ed`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Apple device features configuration profile.
///
/// CSDL: `microsoft.graph.easEmailProfileConfigurationBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyEasEmailProfileConfigurationBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EasEmailProfileConfigurationBase {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EasEmailProfileConfigurationBase {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EasEmailProfileConfigurationBase {
    const TYPE_NAME: &'static str = "microsoft.graph.easEmailProfileConfigurationBase";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.easEmailProfileConfigurationBase\"";
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
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EasEmailProfileConfigurationBase {
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
rt::impl_object!(EasEmailProfileConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EasEmailProfileConfigurationBase { with_id id : ::std::string::String;
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
    ::beta::UserEmailSource; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EasEmailProfileConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.easEmailProfileConfigurationBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEasEmailProfileConfigurationBase {
    EasEmailProfileConfigurationBase(
        ::std::boxed::Box<crate::beta::EasEmailProfileConfigurationBase>,
    ),
    IosEasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::IosEasEmailProfileConfiguration>,
    ),
    Windows10EasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::Windows10EasEmailProfileConfiguration>,
    ),
    WindowsPhoneEasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhoneEasEmailProfileConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyEasEmailProfileConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self::EasEmailProfileConfigurationBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EasEmailProfileConfigurationBase>
for AnyEasEmailProfileConfigurationBase {
    #[inline]
    fn from(v: crate::beta::EasEmailProfileConfigurationBase) -> Self {
        Self::EasEmailProfileConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEasEmailProfileConfiguration>
for AnyEasEmailProfileConfigurationBase {
    #[inline]
    fn from(v: crate::beta::IosEasEmailProfileConfiguration) -> Self {
        Self::IosEasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10EasEmailProfileConfiguration>
for AnyEasEmailProfileConfigurationBase {
    #[inline]
    fn from(v: crate::beta::Windows10EasEmailProfileConfiguration) -> Self {
        Self::Windows10EasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhoneEasEmailProfileConfiguration>
for AnyEasEmailProfileConfigurationBase {
    #[inline]
    fn from(v: crate::beta::WindowsPhoneEasEmailProfileConfiguration) -> Self {
        Self::WindowsPhoneEasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyEasEmailProfileConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyEasEmailProfileConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyEasEmailProfileConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyEasEmailProfileConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEasEmailProfileConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EasEmailProfileConfigurationBase>();
    rt::object::auto_traits::<crate::beta::IosEasEmailProfileConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10EasEmailProfileConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsPhoneEasEmailProfileConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyEasEmailProfileConfigurationBase {
    const BASE_NAME: &'static str = "microsoft.graph.easEmailProfileConfigurationBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosEasEmailProfileConfiguration",
            ) => Self::IosEasEmailProfileConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windows10EasEmailProfileConfiguration",
            ) => Self::Windows10EasEmailProfileConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhoneEASEmailProfileConfiguration",
            ) => Self::WindowsPhoneEasEmailProfileConfiguration(rt::object::new_boxed()),
            _ => Self::EasEmailProfileConfigurationBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &**v,
            Self::IosEasEmailProfileConfiguration(v) => &**v,
            Self::Windows10EasEmailProfileConfiguration(v) => &**v,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut **v,
            Self::IosEasEmailProfileConfiguration(v) => &mut **v,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut **v,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyEasEmailProfileConfigurationBase {
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
            Self::EasEmailProfileConfigurationBase(v) => &v.id,
            Self::IosEasEmailProfileConfiguration(v) => &v.id,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.id,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.id,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.id,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.id,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.created_date_time,
            Self::IosEasEmailProfileConfiguration(v) => &v.created_date_time,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.created_date_time,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.created_date_time,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.created_date_time,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.created_date_time,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.description,
            Self::IosEasEmailProfileConfiguration(v) => &v.description,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.description,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.description,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.description,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.description,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.display_name,
            Self::IosEasEmailProfileConfiguration(v) => &v.display_name,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.display_name,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.display_name,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.display_name,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.display_name,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.last_modified_date_time,
            Self::IosEasEmailProfileConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => &mut v.last_modified_date_time,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => &v.role_scope_tag_ids,
            Self::IosEasEmailProfileConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.role_scope_tag_ids,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.supports_scope_tags,
            Self::IosEasEmailProfileConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.supports_scope_tags,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.supports_scope_tags
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.version,
            Self::IosEasEmailProfileConfiguration(v) => &v.version,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.version,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.version,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.version,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.version,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.assignments,
            Self::IosEasEmailProfileConfiguration(v) => &v.assignments,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.assignments,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.assignments,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.assignments,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.assignments,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosEasEmailProfileConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosEasEmailProfileConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => &v.device_statuses,
            Self::IosEasEmailProfileConfiguration(v) => &v.device_statuses,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.device_statuses,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.device_statuses,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.device_statuses,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.device_statuses,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.device_status_overview,
            Self::IosEasEmailProfileConfiguration(v) => &v.device_status_overview,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.device_status_overview,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => &mut v.device_status_overview,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
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
            Self::EasEmailProfileConfigurationBase(v) => &v.group_assignments,
            Self::IosEasEmailProfileConfiguration(v) => &v.group_assignments,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.group_assignments,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.group_assignments,
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
            Self::EasEmailProfileConfigurationBase(v) => &mut v.group_assignments,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.group_assignments,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.group_assignments,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.user_statuses,
            Self::IosEasEmailProfileConfiguration(v) => &v.user_statuses,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.user_statuses,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.user_statuses,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.user_statuses,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.user_statuses,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.user_status_overview,
            Self::IosEasEmailProfileConfiguration(v) => &v.user_status_overview,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.user_status_overview,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.user_status_overview,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.user_status_overview
            }
        }
    }
    /// `customDomainName` of any variant.
    #[inline]
    pub fn custom_domain_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.custom_domain_name,
            Self::IosEasEmailProfileConfiguration(v) => &v.custom_domain_name,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.custom_domain_name,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.custom_domain_name,
        }
    }
    /// `customDomainName` of any variant.
    #[inline]
    pub fn custom_domain_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.custom_domain_name,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.custom_domain_name,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.custom_domain_name,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.custom_domain_name
            }
        }
    }
    /// `userDomainNameSource` of any variant.
    #[inline]
    pub fn user_domain_name_source(&self) -> &rt::Field<crate::beta::DomainNameSource> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.user_domain_name_source,
            Self::IosEasEmailProfileConfiguration(v) => &v.user_domain_name_source,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.user_domain_name_source,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &v.user_domain_name_source
            }
        }
    }
    /// `userDomainNameSource` of any variant.
    #[inline]
    pub fn user_domain_name_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DomainNameSource> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.user_domain_name_source,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.user_domain_name_source,
            Self::Windows10EasEmailProfileConfiguration(v) => {
                &mut v.user_domain_name_source
            }
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.user_domain_name_source
            }
        }
    }
    /// `usernameAADSource` of any variant.
    #[inline]
    pub fn username_aad_source(&self) -> &rt::Field<crate::beta::UsernameSource> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.username_aad_source,
            Self::IosEasEmailProfileConfiguration(v) => &v.username_aad_source,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.username_aad_source,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.username_aad_source,
        }
    }
    /// `usernameAADSource` of any variant.
    #[inline]
    pub fn username_aad_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::UsernameSource> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.username_aad_source,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.username_aad_source,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.username_aad_source,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                &mut v.username_aad_source
            }
        }
    }
    /// `usernameSource` of any variant.
    #[inline]
    pub fn username_source(&self) -> &rt::Field<crate::beta::UserEmailSource> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &v.username_source,
            Self::IosEasEmailProfileConfiguration(v) => &v.username_source,
            Self::Windows10EasEmailProfileConfiguration(v) => &v.username_source,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.username_source,
        }
    }
    /// `usernameSource` of any variant.
    #[inline]
    pub fn username_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::UserEmailSource> {
        match self {
            Self::EasEmailProfileConfigurationBase(v) => &mut v.username_source,
            Self::IosEasEmailProfileConfiguration(v) => &mut v.username_source,
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.username_source,
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.username_source,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyEasEmailProfileConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEasEmailProfileConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 10 Edition Upgrade configuration.
///
/// CSDL: `microsoft.graph.editionUpgradeConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<EditionUpgradeConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EditionUpgradeConfiguration {
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
    /// Edition Upgrade License File Content.
    ///
    /// CSDL: property `license`: `Edm.String`, nullable.
    pub license: rt::Field<::std::string::String>,
    /// Edition Upgrade License Type.
    ///
    /// CSDL: property `licenseType`: `microsoft.graph.editionUpgradeLicenseType`, not nullable.
    pub license_type: rt::Field<crate::beta::EditionUpgradeLicenseType>,
    /// Edition Upgrade Product Key.
    ///
    /// CSDL: property `productKey`: `Edm.String`, nullable.
    pub product_key: rt::Field<::std::string::String>,
    /// Edition Upgrade Target Edition.
    ///
    /// CSDL: property `targetEdition`: `microsoft.graph.windows10EditionType`, not nullable.
    pub target_edition: rt::Field<crate::beta::Windows10EditionType>,
    /// S mode configuration.
    ///
    /// CSDL: property `windowsSMode`: `microsoft.graph.windowsSModeConfiguration`, not nullable.
    pub windows_s_mode: rt::Field<crate::beta::WindowsSModeConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EditionUpgradeConfiguration {
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
            license: rt::Field::Absent,
            license_type: rt::Field::Absent,
            product_key: rt::Field::Absent,
            target_edition: rt::Field::Absent,
            windows_s_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EditionUpgradeConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.editionUpgradeConfiguration";
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
        "license",
        "licenseType",
        "productKey",
        "targetEdition",
        "windowsSMode",
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
        ",\"license\":                      ",
        ",\"licenseType\":                  ",
        ",\"productKey\":                   ",
        ",\"targetEdition\":                ",
        ",\"windowsSMode\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.editionUpgradeConfiguration\"";
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
        v.field(18usize, "license", &self.license);
        v.field(19usize, "license_type", &self.license_type);
        v.field(20usize, "product_key", &self.product_key);
        v.field(21usize, "target_edition", &self.target_edition);
        v.field(22usize, "windows_s_mode", &self.windows_s_mode);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EditionUpgradeConfiguration {
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
            18usize => self.license.read_from(r),
            19usize => self.license_type.read_from(r),
            20usize => self.product_key.read_from(r),
            21usize => self.target_edition.read_from(r),
            22usize => self.windows_s_mode.read_from(r),
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
        w.field(18usize, &self.license);
        w.field(19usize, &self.license_type);
        w.field(20usize, &self.product_key);
        w.field(21usize, &self.target_edition);
        w.field(22usize, &self.windows_s_mode);
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
rt::impl_object!(EditionUpgradeConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EditionUpgradeConfiguration { with_id id : ::std::string::String;
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview; with_license
    license : ::std::string::String; with_license_type license_type : crate
    ::beta::EditionUpgradeLicenseType; with_product_key product_key :
    ::std::string::String; with_target_edition target_edition : crate
    ::beta::Windows10EditionType; with_windows_s_mode windows_s_mode : crate
    ::beta::WindowsSModeConfiguration; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EditionUpgradeConfiguration);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationClass`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationClassPath`](requests/trait.EducationClassPath.html), what a path to one (`EntityPath<EducationClass, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationClass {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classCode`: `Edm.String`, nullable.
    pub class_code: rt::Field<::std::string::String>,
    /// CSDL: property `course`: `microsoft.graph.educationCourse`, nullable.
    pub course: rt::Field<crate::beta::EducationCourse>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `externalName`: `Edm.String`, nullable.
    pub external_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalSource`: `microsoft.graph.educationExternalSource`, nullable.
    pub external_source: rt::Field<crate::beta::EducationExternalSource>,
    /// CSDL: property `externalSourceDetail`: `Edm.String`, nullable.
    pub external_source_detail: rt::Field<::std::string::String>,
    /// CSDL: property `grade`: `Edm.String`, nullable.
    pub grade: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, not nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `term`: `microsoft.graph.educationTerm`, nullable.
    pub term: rt::Field<crate::beta::EducationTerm>,
    /// CSDL: containment navigation property `assignmentCategories`: `Collection(microsoft.graph.educationCategory)`, not nullable.
    pub assignment_categories: rt::Field<
        ::std::vec::Vec<crate::beta::EducationCategory>,
    >,
    /// CSDL: containment navigation property `assignmentDefaults`: `microsoft.graph.educationAssignmentDefaults`, nullable.
    pub assignment_defaults: rt::Field<crate::beta::EducationAssignmentDefaults>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.educationAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::EducationAssignment>>,
    /// CSDL: containment navigation property `assignmentSettings`: `microsoft.graph.educationAssignmentSettings`, nullable.
    pub assignment_settings: rt::Field<crate::beta::EducationAssignmentSettings>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub group: rt::Field<crate::beta::Group>,
    /// CSDL: navigation property `members`: `Collection(microsoft.graph.educationUser)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::EducationUser>>,
    /// CSDL: navigation property `schools`: `Collection(microsoft.graph.educationSchool)`, not nullable.
    pub schools: rt::Field<::std::vec::Vec<crate::beta::EducationSchool>>,
    /// CSDL: navigation property `teachers`: `Collection(microsoft.graph.educationUser)`, not nullable.
    pub teachers: rt::Field<::std::vec::Vec<crate::beta::EducationUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationClass {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            class_code: rt::Field::Absent,
            course: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            external_name: rt::Field::Absent,
            external_source: rt::Field::Absent,
            external_source_detail: rt::Field::Absent,
            grade: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            term: rt::Field::Absent,
            assignment_categories: rt::Field::Absent,
            assignment_defaults: rt::Field::Absent,
            assignments: rt::Field::Absent,
            assignment_settings: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            group: rt::Field::Absent,
            members: rt::Field::Absent,
            schools: rt::Field::Absent,
            teachers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationClass {
    const TYPE_NAME: &'static str = "microsoft.graph.educationClass";
    const KEYS: &'static [&'static str] = &[
        "id",
        "classCode",
        "course",
        "createdBy",
        "description",
        "displayName",
        "externalId",
        "externalName",
        "externalSource",
        "externalSourceDetail",
        "grade",
        "mailNickname",
        "term",
        "assignmentCategories",
        "assignmentDefaults",
        "assignments",
        "assignmentSettings",
        "group",
        "members",
        "schools",
        "teachers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classCode\":                    ",
        ",\"course\":                       ",
        ",\"createdBy\":                    ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"externalName\":                 ",
        ",\"externalSource\":               ",
        ",\"externalSourceDetail\":         ",
        ",\"grade\":                        ",
        ",\"mailNickname\":                 ",
        ",\"term\":                         ",
        ",\"assignmentCategories\":         ",
        ",\"assignmentDefaults\":           ",
        ",\"assignments\":                  ",
        ",\"assignmentSettings\":           ",
        ",\"group\":                        ",
        ",\"members\":                      ",
        ",\"schools\":                      ",
        ",\"teachers\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationClass\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "class_code", &self.class_code);
        v.field(2usize, "course", &self.course);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "external_id", &self.external_id);
        v.field(7usize, "external_name", &self.external_name);
        v.field(8usize, "external_source", &self.external_source);
        v.field(9usize, "external_source_detail", &self.external_source_detail);
        v.field(10usize, "grade", &self.grade);
        v.field(11usize, "mail_nickname", &self.mail_nickname);
        v.field(12usize, "term", &self.term);
        v.field(13usize, "assignment_categories", &self.assignment_categories);
        v.field(14usize, "assignment_defaults", &self.assignment_defaults);
        v.field(15usize, "assignments", &self.assignments);
        v.field(16usize, "assignment_settings", &self.assignment_settings);
        #[cfg(msgraph_beta_core)] v.field(17usize, "group", &self.group);
        v.field(18usize, "members", &self.members);
        v.field(19usize, "schools", &self.schools);
        v.field(20usize, "teachers", &self.teachers);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationClass {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.class_code.read_from(r),
            2usize => self.course.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.external_id.read_from(r),
            7usize => self.external_name.read_from(r),
            8usize => self.external_source.read_from(r),
            9usize => self.external_source_detail.read_from(r),
            10usize => self.grade.read_from(r),
            11usize => self.mail_nickname.read_from(r),
            12usize => self.term.read_from(r),
            13usize => self.assignment_categories.read_from(r),
            14usize => self.assignment_defaults.read_from(r),
            15usize => self.assignments.read_from(r),
            16usize => self.assignment_settings.read_from(r),
            #[cfg(msgraph_beta_core)]
            17usize => self.group.read_from(r),
            18usize => self.members.read_from(r),
            19usize => self.schools.read_from(r),
            20usize => self.teachers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.class_code);
        w.field(2usize, &self.course);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.external_id);
        w.field(7usize, &self.external_name);
        w.field(8usize, &self.external_source);
        w.field(9usize, &self.external_source_detail);
        w.field(10usize, &self.grade);
        w.field(11usize, &self.mail_nickname);
        w.field(12usize, &self.term);
        w.field(13usize, &self.assignment_categories);
        w.field(14usize, &self.assignment_defaults);
        w.field(15usize, &self.assignments);
        w.field(16usize, &self.assignment_settings);
        #[cfg(msgraph_beta_core)] w.field(17usize, &self.group);
        w.field(18usize, &self.members);
        w.field(19usize, &self.schools);
        w.field(20usize, &self.teachers);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationClass);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationClass { with_id id : ::std::string::String; with_class_code class_code :
    ::std::string::String; with_course course : crate ::beta::EducationCourse;
    with_created_by created_by : crate ::beta::IdentitySet; with_description description
    : ::std::string::String; with_display_name display_name : ::std::string::String;
    with_external_id external_id : ::std::string::String; with_external_name
    external_name : ::std::string::String; with_external_source external_source : crate
    ::beta::EducationExternalSource; with_external_source_detail external_source_detail :
    ::std::string::String; with_grade grade : ::std::string::String; with_mail_nickname
    mail_nickname : ::std::string::String; with_term term : crate ::beta::EducationTerm;
    with_assignment_categories assignment_categories : ::std::vec::Vec < crate
    ::beta::EducationCategory >; with_assignment_defaults assignment_defaults : crate
    ::beta::EducationAssignmentDefaults; with_assignments assignments : ::std::vec::Vec <
    crate ::beta::EducationAssignment >; with_assignment_settings assignment_settings :
    crate ::beta::EducationAssignmentSettings; #[cfg(msgraph_beta_core)] with_group group
    : crate ::beta::Group; with_members members : ::std::vec::Vec < crate
    ::beta::EducationUser >; with_schools schools : ::std::vec::Vec < crate
    ::beta::EducationSchool >; with_teachers teachers : ::std::vec::Vec < crate
    ::beta::EducationUser >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationClass);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationOrganization`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationOrganization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalSource`: `microsoft.graph.educationExternalSource`, nullable.
    pub external_source: rt::Field<crate::beta::EducationExternalSource>,
    /// CSDL: property `externalSourceDetail`: `Edm.String`, nullable.
    pub external_source_detail: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationOrganization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_source: rt::Field::Absent,
            external_source_detail: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationOrganization {
    const TYPE_NAME: &'static str = "microsoft.graph.educationOrganization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "externalSource",
        "externalSourceDetail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalSource\":               ",
        ",\"externalSourceDetail\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationOrganization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "external_source", &self.external_source);
        v.field(4usize, "external_source_detail", &self.external_source_detail);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationOrganization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.external_source.read_from(r),
            4usize => self.external_source_detail.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.external_source);
        w.field(4usize, &self.external_source_detail);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationOrganization);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationOrganization { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_external_source external_source : crate
    ::beta::EducationExternalSource; with_external_source_detail external_source_detail :
    ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationOrganization);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationOrganization` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationOrganization {
    EducationOrganization(::std::boxed::Box<crate::beta::EducationOrganization>),
    EducationSchool(::std::boxed::Box<crate::beta::EducationSchool>),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationOrganization {
    #[inline]
    fn default() -> Self {
        Self::EducationOrganization(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationOrganization>
for AnyEducationOrganization {
    #[inline]
    fn from(v: crate::beta::EducationOrganization) -> Self {
        Self::EducationOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSchool> for AnyEducationOrganization {
    #[inline]
    fn from(v: crate::beta::EducationSchool) -> Self {
        Self::EducationSchool(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationOrganization {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationOrganization {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationOrganization {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationOrganization {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationOrganization {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationOrganization>();
    rt::object::auto_traits::<crate::beta::EducationSchool>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationOrganization {
    const BASE_NAME: &'static str = "microsoft.graph.educationOrganization";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.educationSchool") => {
                Self::EducationSchool(rt::object::new_boxed())
            }
            _ => Self::EducationOrganization(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationOrganization(v) => &**v,
            Self::EducationSchool(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationOrganization(v) => &mut **v,
            Self::EducationSchool(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationOrganization {
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
            Self::EducationOrganization(v) => &v.id,
            Self::EducationSchool(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &mut v.id,
            Self::EducationSchool(v) => &mut v.id,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &v.description,
            Self::EducationSchool(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &mut v.description,
            Self::EducationSchool(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &v.display_name,
            Self::EducationSchool(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &mut v.display_name,
            Self::EducationSchool(v) => &mut v.display_name,
        }
    }
    /// `externalSource` of any variant.
    #[inline]
    pub fn external_source(&self) -> &rt::Field<crate::beta::EducationExternalSource> {
        match self {
            Self::EducationOrganization(v) => &v.external_source,
            Self::EducationSchool(v) => &v.external_source,
        }
    }
    /// `externalSource` of any variant.
    #[inline]
    pub fn external_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::EducationExternalSource> {
        match self {
            Self::EducationOrganization(v) => &mut v.external_source,
            Self::EducationSchool(v) => &mut v.external_source,
        }
    }
    /// `externalSourceDetail` of any variant.
    #[inline]
    pub fn external_source_detail(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &v.external_source_detail,
            Self::EducationSchool(v) => &v.external_source_detail,
        }
    }
    /// `externalSourceDetail` of any variant.
    #[inline]
    pub fn external_source_detail_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOrganization(v) => &mut v.external_source_detail,
            Self::EducationSchool(v) => &mut v.external_source_detail,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_poly!(AnyEducationOrganization);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationOrganization);
#[cfg(msgraph_beta_education)]
/// CSDL: `microsoft.graph.educationRoot`, entity type.
///
/// Request builders: [`EducationRootPath`](requests/trait.EducationRootPath.html), what a path to one (`EntityPath<EducationRoot, C>`) dereferences to.
///
/// Features: `beta` or `beta-education`.
#[derive(Clone)]
pub struct EducationRoot {
    /// CSDL: containment navigation property `synchronizationProfiles`: `Collection(microsoft.graph.educationSynchronizationProfile)`, not nullable.
    pub synchronization_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::EducationSynchronizationProfile>,
    >,
    /// CSDL: containment navigation property `classes`: `Collection(microsoft.graph.educationClass)`, not nullable.
    pub classes: rt::Field<::std::vec::Vec<crate::beta::EducationClass>>,
    /// CSDL: containment navigation property `me`: `microsoft.graph.educationUser`, nullable.
    pub me: rt::Field<crate::beta::EducationUser>,
    /// CSDL: containment navigation property `schools`: `Collection(microsoft.graph.educationSchool)`, not nullable.
    pub schools: rt::Field<::std::vec::Vec<crate::beta::EducationSchool>>,
    /// CSDL: containment navigation property `users`: `Collection(microsoft.graph.educationUser)`, not nullable.
    pub users: rt::Field<::std::vec::Vec<crate::beta::EducationUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education)]
impl ::std::default::Default for EducationRoot {
    #[inline]
    fn default() -> Self {
        Self {
            synchronization_profiles: rt::Field::Absent,
            classes: rt::Field::Absent,
            me: rt::Field::Absent,
            schools: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education)]
impl rt::Object for EducationRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.educationRoot";
    const KEYS: &'static [&'static str] = &[
        "synchronizationProfiles",
        "classes",
        "me",
        "schools",
        "users",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"synchronizationProfiles\":      ",
        ",\"classes\":                      ",
        ",\"me\":                           ",
        ",\"schools\":                      ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "synchronization_profiles", &self.synchronization_profiles);
        v.field(1usize, "classes", &self.classes);
        v.field(2usize, "me", &self.me);
        v.field(3usize, "schools", &self.schools);
        v.field(4usize, "users", &self.users);
    }
}
#[cfg(msgraph_beta_education)]
impl rt::object::Members for EducationRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.synchronization_profiles.read_from(r),
            1usize => self.classes.read_from(r),
            2usize => self.me.read_from(r),
            3usize => self.schools.read_from(r),
            4usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.synchronization_profiles);
        w.field(1usize, &self.classes);
        w.field(2usize, &self.me);
        w.field(3usize, &self.schools);
        w.field(4usize, &self.users);
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
#[cfg(msgraph_beta_education)]
rt::impl_object!(EducationRoot);
#[cfg(msgraph_beta_education)]
rt::impl_setters!(
    EducationRoot { with_synchronization_profiles synchronization_profiles :
    ::std::vec::Vec < crate ::beta::EducationSynchronizationProfile >; with_classes
    classes : ::std::vec::Vec < crate ::beta::EducationClass >; with_me me : crate
    ::beta::EducationUser; with_schools schools : ::std::vec::Vec < crate
    ::beta::EducationSchool >; with_users users : ::std::vec::Vec < crate
    ::beta::EducationUser >; }
);
#[cfg(msgraph_beta_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationRoot);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSchool`, entity type, derived from `microsoft.graph.educationOrganization`, key `id`.
///
/// Request builders: [`EducationSchoolPath`](requests/trait.EducationSchoolPath.html), what a path to one (`EntityPath<EducationSchool, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSchool {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalSource`: `microsoft.graph.educationExternalSource`, nullable.
    pub external_source: rt::Field<crate::beta::EducationExternalSource>,
    /// CSDL: property `externalSourceDetail`: `Edm.String`, nullable.
    pub external_source_detail: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `externalPrincipalId`: `Edm.String`, nullable.
    pub external_principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `fax`: `Edm.String`, nullable.
    pub fax: rt::Field<::std::string::String>,
    /// CSDL: property `highestGrade`: `Edm.String`, nullable.
    pub highest_grade: rt::Field<::std::string::String>,
    /// CSDL: property `lowestGrade`: `Edm.String`, nullable.
    pub lowest_grade: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `principalEmail`: `Edm.String`, nullable.
    pub principal_email: rt::Field<::std::string::String>,
    /// CSDL: property `principalName`: `Edm.String`, nullable.
    pub principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `schoolNumber`: `Edm.String`, nullable.
    pub school_number: rt::Field<::std::string::String>,
    /// CSDL: navigation property `administrativeUnit`: `microsoft.graph.administrativeUnit`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub administrative_unit: rt::Field<crate::beta::AdministrativeUnit>,
    /// CSDL: navigation property `classes`: `Collection(microsoft.graph.educationClass)`, not nullable.
    pub classes: rt::Field<::std::vec::Vec<crate::beta::EducationClass>>,
    /// CSDL: navigation property `users`: `Collection(microsoft.graph.educationUser)`, not nullable.
    pub users: rt::Field<::std::vec::Vec<crate::beta::EducationUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSchool {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_source: rt::Field::Absent,
            external_source_detail: rt::Field::Absent,
            address: rt::Field::Absent,
            created_by: rt::Field::Absent,
            external_id: rt::Field::Absent,
            external_principal_id: rt::Field::Absent,
            fax: rt::Field::Absent,
            highest_grade: rt::Field::Absent,
            lowest_grade: rt::Field::Absent,
            phone: rt::Field::Absent,
            principal_email: rt::Field::Absent,
            principal_name: rt::Field::Absent,
            school_number: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            administrative_unit: rt::Field::Absent,
            classes: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSchool {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSchool";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "externalSource",
        "externalSourceDetail",
        "address",
        "createdBy",
        "externalId",
        "externalPrincipalId",
        "fax",
        "highestGrade",
        "lowestGrade",
        "phone",
        "principalEmail",
        "principalName",
        "schoolNumber",
        "administrativeUnit",
        "classes",
        "users",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalSource\":               ",
        ",\"externalSourceDetail\":         ",
        ",\"address\":                      ",
        ",\"createdBy\":                    ",
        ",\"externalId\":                   ",
        ",\"externalPrincipalId\":          ",
        ",\"fax\":                          ",
        ",\"highestGrade\":                 ",
        ",\"lowestGrade\":                  ",
        ",\"phone\":                        ",
        ",\"principalEmail\":               ",
        ",\"principalName\":                ",
        ",\"schoolNumber\":                 ",
        ",\"administrativeUnit\":           ",
        ",\"classes\":                      ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSchool\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "external_source", &self.external_source);
        v.field(4usize, "external_source_detail", &self.external_source_detail);
        v.field(5usize, "address", &self.address);
        v.field(6usize, "created_by", &self.created_by);
        v.field(7usize, "external_id", &self.external_id);
        v.field(8usize, "external_principal_id", &self.external_principal_id);
        v.field(9usize, "fax", &self.fax);
        v.field(10usize, "highest_grade", &self.highest_grade);
        v.field(11usize, "lowest_grade", &self.lowest_grade);
        v.field(12usize, "phone", &self.phone);
        v.field(13usize, "principal_email", &self.principal_email);
        v.field(14usize, "principal_name", &self.principal_name);
        v.field(15usize, "school_number", &self.school_number);
        #[cfg(msgraph_beta_core)]
        v.field(16usize, "administrative_unit", &self.administrative_unit);
        v.field(17usize, "classes", &self.classes);
        v.field(18usize, "users", &self.users);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSchool {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.external_source.read_from(r),
            4usize => self.external_source_detail.read_from(r),
            5usize => self.address.read_from(r),
            6usize => self.created_by.read_from(r),
            7usize => self.external_id.read_from(r),
            8usize => self.external_principal_id.read_from(r),
            9usize => self.fax.read_from(r),
            10usize => self.highest_grade.read_from(r),
            11usize => self.lowest_grade.read_from(r),
            12usize => self.phone.read_from(r),
            13usize => self.principal_email.read_from(r),
            14usize => self.principal_name.read_from(r),
            15usize => self.school_number.read_from(r),
            #[cfg(msgraph_beta_core)]
            16usize => self.administrative_unit.read_from(r),
            17usize => self.classes.read_from(r),
            18usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.external_source);
        w.field(4usize, &self.external_source_detail);
        w.field(5usize, &self.address);
        w.field(6usize, &self.created_by);
        w.field(7usize, &self.external_id);
        w.field(8usize, &self.external_principal_id);
        w.field(9usize, &self.fax);
        w.field(10usize, &self.highest_grade);
        w.field(11usize, &self.lowest_grade);
        w.field(12usize, &self.phone);
        w.field(13usize, &self.principal_email);
        w.field(14usize, &self.principal_name);
        w.field(15usize, &self.school_number);
        #[cfg(msgraph_beta_core)] w.field(16usize, &self.administrative_unit);
        w.field(17usize, &self.classes);
        w.field(18usize, &self.users);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSchool);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSchool { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_external_source external_source : crate ::beta::EducationExternalSource;
    with_external_source_detail external_source_detail : ::std::string::String;
    with_address address : crate ::beta::PhysicalAddress; with_created_by created_by :
    crate ::beta::IdentitySet; with_external_id external_id : ::std::string::String;
    with_external_principal_id external_principal_id : ::std::string::String; with_fax
    fax : ::std::string::String; with_highest_grade highest_grade :
    ::std::string::String; with_lowest_grade lowest_grade : ::std::string::String;
    with_phone phone : ::std::string::String; with_principal_email principal_email :
    ::std::string::String; with_principal_name principal_name : ::std::string::String;
    with_school_number school_number : ::std::string::String; #[cfg(msgraph_beta_core)]
    with_administrative_unit administrative_unit : crate ::beta::AdministrativeUnit;
    with_classes classes : ::std::vec::Vec < crate ::beta::EducationClass >; with_users
    users : ::std::vec::Vec < crate ::beta::EducationUser >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSchool);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationUserPath`](requests/trait.EducationUserPath.html), what a path to one (`EntityPath<EducationUser, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `relatedContacts`: `Collection(microsoft.graph.relatedContact)`, nullable.
    pub related_contacts: rt::Field<::std::vec::Vec<crate::beta::RelatedContact>>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `assignedLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub assigned_licenses: rt::Field<::std::vec::Vec<crate::beta::AssignedLicense>>,
    /// CSDL: property `assignedPlans`: `Collection(microsoft.graph.assignedPlan)`, not nullable.
    pub assigned_plans: rt::Field<::std::vec::Vec<crate::beta::AssignedPlan>>,
    /// CSDL: property `businessPhones`: `Collection(Edm.String)`, not nullable.
    pub business_phones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalSource`: `microsoft.graph.educationExternalSource`, nullable.
    pub external_source: rt::Field<crate::beta::EducationExternalSource>,
    /// CSDL: property `externalSourceDetail`: `Edm.String`, nullable.
    pub external_source_detail: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `mail`: `Edm.String`, nullable.
    pub mail: rt::Field<::std::string::String>,
    /// CSDL: property `mailingAddress`: `microsoft.graph.physicalAddress`, nullable.
    pub mailing_address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `middleName`: `Edm.String`, nullable.
    pub middle_name: rt::Field<::std::string::String>,
    /// CSDL: property `mobilePhone`: `Edm.String`, nullable.
    pub mobile_phone: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesInfo`: `microsoft.graph.educationOnPremisesInfo`, nullable.
    pub on_premises_info: rt::Field<crate::beta::EducationOnPremisesInfo>,
    /// CSDL: property `passwordPolicies`: `Edm.String`, nullable.
    pub password_policies: rt::Field<::std::string::String>,
    /// CSDL: property `passwordProfile`: `microsoft.graph.passwordProfile`, nullable.
    pub password_profile: rt::Field<crate::beta::PasswordProfile>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `primaryRole`: `microsoft.graph.educationUserRole`, not nullable.
    pub primary_role: rt::Field<crate::beta::EducationUserRole>,
    /// CSDL: property `provisionedPlans`: `Collection(microsoft.graph.provisionedPlan)`, not nullable.
    pub provisioned_plans: rt::Field<::std::vec::Vec<crate::beta::ProvisionedPlan>>,
    /// CSDL: property `refreshTokensValidFromDateTime`: `Edm.DateTimeOffset`, nullable.
    pub refresh_tokens_valid_from_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `residenceAddress`: `microsoft.graph.physicalAddress`, nullable.
    pub residence_address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `showInAddressList`: `Edm.Boolean`, nullable.
    pub show_in_address_list: rt::Field<bool>,
    /// CSDL: property `student`: `microsoft.graph.educationStudent`, nullable.
    pub student: rt::Field<crate::beta::EducationStudent>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `teacher`: `microsoft.graph.educationTeacher`, nullable.
    pub teacher: rt::Field<crate::beta::EducationTeacher>,
    /// CSDL: property `usageLocation`: `Edm.String`, nullable.
    pub usage_location: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userType`: `Edm.String`, nullable.
    pub user_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.educationAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::EducationAssignment>>,
    /// CSDL: containment navigation property `rubrics`: `Collection(microsoft.graph.educationRubric)`, not nullable.
    pub rubrics: rt::Field<::std::vec::Vec<crate::beta::EducationRubric>>,
    /// CSDL: navigation property `classes`: `Collection(microsoft.graph.educationClass)`, not nullable.
    pub classes: rt::Field<::std::vec::Vec<crate::beta::EducationClass>>,
    /// CSDL: navigation property `schools`: `Collection(microsoft.graph.educationSchool)`, not nullable.
    pub schools: rt::Field<::std::vec::Vec<crate::beta::EducationSchool>>,
    /// CSDL: navigation property `taughtClasses`: `Collection(microsoft.graph.educationClass)`, not nullable.
    pub taught_classes: rt::Field<::std::vec::Vec<crate::beta::EducationClass>>,
    /// CSDL: navigation property `user`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub user: rt::Field<crate::beta::User>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            related_contacts: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            assigned_licenses: rt::Field::Absent,
            assigned_plans: rt::Field::Absent,
            business_phones: rt::Field::Absent,
            created_by: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_source: rt::Field::Absent,
            external_source_detail: rt::Field::Absent,
            given_name: rt::Field::Absent,
            mail: rt::Field::Absent,
            mailing_address: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            middle_name: rt::Field::Absent,
            mobile_phone: rt::Field::Absent,
            office_location: rt::Field::Absent,
            on_premises_info: rt::Field::Absent,
            password_policies: rt::Field::Absent,
            password_profile: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            primary_role: rt::Field::Absent,
            provisioned_plans: rt::Field::Absent,
            refresh_tokens_valid_from_date_time: rt::Field::Absent,
            residence_address: rt::Field::Absent,
            show_in_address_list: rt::Field::Absent,
            student: rt::Field::Absent,
            surname: rt::Field::Absent,
            teacher: rt::Field::Absent,
            usage_location: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_type: rt::Field::Absent,
            assignments: rt::Field::Absent,
            rubrics: rt::Field::Absent,
            classes: rt::Field::Absent,
            schools: rt::Field::Absent,
            taught_classes: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationUser {
    const TYPE_NAME: &'static str = "microsoft.graph.educationUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "relatedContacts",
        "accountEnabled",
        "assignedLicenses",
        "assignedPlans",
        "businessPhones",
        "createdBy",
        "department",
        "displayName",
        "externalSource",
        "externalSourceDetail",
        "givenName",
        "mail",
        "mailingAddress",
        "mailNickname",
        "middleName",
        "mobilePhone",
        "officeLocation",
        "onPremisesInfo",
        "passwordPolicies",
        "passwordProfile",
        "preferredLanguage",
        "primaryRole",
        "provisionedPlans",
        "refreshTokensValidFromDateTime",
        "residenceAddress",
        "showInAddressList",
        "student",
        "surname",
        "teacher",
        "usageLocation",
        "userPrincipalName",
        "userType",
        "assignments",
        "rubrics",
        "classes",
        "schools",
        "taughtClasses",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"relatedContacts\":              ",
        ",\"accountEnabled\":               ",
        ",\"assignedLicenses\":             ",
        ",\"assignedPlans\":                ",
        ",\"businessPhones\":               ",
        ",\"createdBy\":                    ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"externalSource\":               ",
        ",\"externalSourceDetail\":         ",
        ",\"givenName\":                    ",
        ",\"mail\":                         ",
        ",\"mailingAddress\":               ",
        ",\"mailNickname\":                 ",
        ",\"middleName\":                   ",
        ",\"mobilePhone\":                  ",
        ",\"officeLocation\":               ",
        ",\"onPremisesInfo\":               ",
        ",\"passwordPolicies\":             ",
        ",\"passwordProfile\":              ",
        ",\"preferredLanguage\":            ",
        ",\"primaryRole\":                  ",
        ",\"provisionedPlans\":             ",
        ",\"refreshTokensValidFromDateTime\":",
        ",\"residenceAddress\":             ",
        ",\"showInAddressList\":            ",
        ",\"student\":                      ",
        ",\"surname\":                      ",
        ",\"teacher\":                      ",
        ",\"usageLocation\":                ",
        ",\"userPrincipalName\":            ",
        ",\"userType\":                     ",
        ",\"assignments\":                  ",
        ",\"rubrics\":                      ",
        ",\"classes\":                      ",
        ",\"schools\":                      ",
        ",\"taughtClasses\":                ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "related_contacts", &self.related_contacts);
        v.field(2usize, "account_enabled", &self.account_enabled);
        v.field(3usize, "assigned_licenses", &self.assigned_licenses);
        v.field(4usize, "assigned_plans", &self.assigned_plans);
        v.field(5usize, "business_phones", &self.business_phones);
        v.field(6usize, "created_by", &self.created_by);
        v.field(7usize, "department", &self.department);
        v.field(8usize, "display_name", &self.display_name);
        v.field(9usize, "external_source", &self.external_source);
        v.field(10usize, "external_source_detail", &self.external_source_detail);
        v.field(11usize, "given_name", &self.given_name);
        v.field(12usize, "mail", &self.mail);
        v.field(13usize, "mailing_address", &self.mailing_address);
        v.field(14usize, "mail_nickname", &self.mail_nickname);
        v.field(15usize, "middle_name", &self.middle_name);
        v.field(16usize, "mobile_phone", &self.mobile_phone);
        v.field(17usize, "office_location", &self.office_location);
        v.field(18usize, "on_premises_info", &self.on_premises_info);
        v.field(19usize, "password_policies", &self.password_policies);
        v.field(20usize, "password_profile", &self.password_profile);
        v.field(21usize, "preferred_language", &self.preferred_language);
        v.field(22usize, "primary_role", &self.primary_role);
        v.field(23usize, "provisioned_plans", &self.provisioned_plans);
        v.field(
            24usize,
            "refresh_tokens_valid_from_date_time",
            &self.refresh_tokens_valid_from_date_time,
        );
        v.field(25usize, "residence_address", &self.residence_address);
        v.field(26usize, "show_in_address_list", &self.show_in_address_list);
        v.field(27usize, "student", &self.student);
        v.field(28usize, "surname", &self.surname);
        v.field(29usize, "teacher", &self.teacher);
        v.field(30usize, "usage_location", &self.usage_location);
        v.field(31usize, "user_principal_name", &self.user_principal_name);
        v.field(32usize, "user_type", &self.user_type);
        v.field(33usize, "assignments", &self.assignments);
        v.field(34usize, "rubrics", &self.rubrics);
        v.field(35usize, "classes", &self.classes);
        v.field(36usize, "schools", &self.schools);
        v.field(37usize, "taught_classes", &self.taught_classes);
        #[cfg(msgraph_beta_core)] v.field(38usize, "user", &self.user);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.related_contacts.read_from(r),
            2usize => self.account_enabled.read_from(r),
            3usize => self.assigned_licenses.read_from(r),
            4usize => self.assigned_plans.read_from(r),
            5usize => self.business_phones.read_from(r),
            6usize => self.created_by.read_from(r),
            7usize => self.department.read_from(r),
            8usize => self.display_name.read_from(r),
            9usize => self.external_source.read_from(r),
            10usize => self.external_source_detail.read_from(r),
            11usize => self.given_name.read_from(r),
            12usize => self.mail.read_from(r),
            13usize => self.mailing_address.read_from(r),
            14usize => self.mail_nickname.read_from(r),
            15usize => self.middle_name.read_from(r),
            16usize => self.mobile_phone.read_from(r),
            17usize => self.office_location.read_from(r),
            18usize => self.on_premises_info.read_from(r),
            19usize => self.password_policies.read_from(r),
            20usize => self.password_profile.read_from(r),
            21usize => self.preferred_language.read_from(r),
            22usize => self.primary_role.read_from(r),
            23usize => self.provisioned_plans.read_from(r),
            24usize => self.refresh_tokens_valid_from_date_time.read_from(r),
            25usize => self.residence_address.read_from(r),
            26usize => self.show_in_address_list.read_from(r),
            27usize => self.student.read_from(r),
            28usize => self.surname.read_from(r),
            29usize => self.teacher.read_from(r),
            30usize => self.usage_location.read_from(r),
            31usize => self.user_principal_name.read_from(r),
            32usize => self.user_type.read_from(r),
            33usize => self.assignments.read_from(r),
            34usize => self.rubrics.read_from(r),
            35usize => self.classes.read_from(r),
            36usize => self.schools.read_from(r),
            37usize => self.taught_classes.read_from(r),
            #[cfg(msgraph_beta_core)]
            38usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.related_contacts);
        w.field(2usize, &self.account_enabled);
        w.field(3usize, &self.assigned_licenses);
        w.field(4usize, &self.assigned_plans);
        w.field(5usize, &self.business_phones);
        w.field(6usize, &self.created_by);
        w.field(7usize, &self.department);
        w.field(8usize, &self.display_name);
        w.field(9usize, &self.external_source);
        w.field(10usize, &self.external_source_detail);
        w.field(11usize, &self.given_name);
        w.field(12usize, &self.mail);
        w.field(13usize, &self.mailing_address);
        w.field(14usize, &self.mail_nickname);
        w.field(15usize, &self.middle_name);
        w.field(16usize, &self.mobile_phone);
        w.field(17usize, &self.office_location);
        w.field(18usize, &self.on_premises_info);
        w.field(19usize, &self.password_policies);
        w.field(20usize, &self.password_profile);
        w.field(21usize, &self.preferred_language);
        w.field(22usize, &self.primary_role);
        w.field(23usize, &self.provisioned_plans);
        w.field(24usize, &self.refresh_tokens_valid_from_date_time);
        w.field(25usize, &self.residence_address);
        w.field(26usize, &self.show_in_address_list);
        w.field(27usize, &self.student);
        w.field(28usize, &self.surname);
        w.field(29usize, &self.teacher);
        w.field(30usize, &self.usage_location);
        w.field(31usize, &self.user_principal_name);
        w.field(32usize, &self.user_type);
        w.field(33usize, &self.assignments);
        w.field(34usize, &self.rubrics);
        w.field(35usize, &self.classes);
        w.field(36usize, &self.schools);
        w.field(37usize, &self.taught_classes);
        #[cfg(msgraph_beta_core)] w.field(38usize, &self.user);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationUser);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationUser { with_id id : ::std::string::String; with_related_contacts
    related_contacts : ::std::vec::Vec < crate ::beta::RelatedContact >;
    with_account_enabled account_enabled : bool; with_assigned_licenses assigned_licenses
    : ::std::vec::Vec < crate ::beta::AssignedLicense >; with_assigned_plans
    assigned_plans : ::std::vec::Vec < crate ::beta::AssignedPlan >; with_business_phones
    business_phones : ::std::vec::Vec < ::std::string::String >; with_created_by
    created_by : crate ::beta::IdentitySet; with_department department :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_external_source external_source : crate ::beta::EducationExternalSource;
    with_external_source_detail external_source_detail : ::std::string::String;
    with_given_name given_name : ::std::string::String; with_mail mail :
    ::std::string::String; with_mailing_address mailing_address : crate
    ::beta::PhysicalAddress; with_mail_nickname mail_nickname : ::std::string::String;
    with_middle_name middle_name : ::std::string::String; with_mobile_phone mobile_phone
    : ::std::string::String; with_office_location office_location :
    ::std::string::String; with_on_premises_info on_premises_info : crate
    ::beta::EducationOnPremisesInfo; with_password_policies password_policies :
    ::std::string::String; with_password_profile password_profile : crate
    ::beta::PasswordProfile; with_preferred_language preferred_language :
    ::std::string::String; with_primary_role primary_role : crate
    ::beta::EducationUserRole; with_provisioned_plans provisioned_plans : ::std::vec::Vec
    < crate ::beta::ProvisionedPlan >; with_refresh_tokens_valid_from_date_time
    refresh_tokens_valid_from_date_time : rt::edm::DateTimeOffset; with_residence_address
    residence_address : crate ::beta::PhysicalAddress; with_show_in_address_list
    show_in_address_list : bool; with_student student : crate ::beta::EducationStudent;
    with_surname surname : ::std::string::String; with_teacher teacher : crate
    ::beta::EducationTeacher; with_usage_location usage_location : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; with_user_type
    user_type : ::std::string::String; with_assignments assignments : ::std::vec::Vec <
    crate ::beta::EducationAssignment >; with_rubrics rubrics : ::std::vec::Vec < crate
    ::beta::EducationRubric >; with_classes classes : ::std::vec::Vec < crate
    ::beta::EducationClass >; with_schools schools : ::std::vec::Vec < crate
    ::beta::EducationSchool >; with_taught_classes taught_classes : ::std::vec::Vec <
    crate ::beta::EducationClass >; #[cfg(msgraph_beta_core)] with_user user : crate
    ::beta::User; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationUser);
