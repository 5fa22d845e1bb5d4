//! Types of `microsoft.graph` by the first letters of their names (`androidw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user. This profile provides limited and simpler security types than Enterprise Wi-Fi profile.
///
/// CSDL: `microsoft.graph.androidWiFiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyAndroidWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWiFiConfiguration {
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
    /// When set to true, this profile forces the device to connect to a network that doesn't broadcast its SSID to all devices.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, not nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Network Name
    ///
    /// CSDL: property `networkName`: `Edm.String`, not nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the name of the Wi-Fi network that is broadcast to all devices.
    ///
    /// CSDL: property `ssid`: `Edm.String`, not nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Indicates whether Wi-Fi endpoint uses an EAP based security type.
    ///
    /// CSDL: property `wiFiSecurityType`: `microsoft.graph.androidWiFiSecurityType`, not nullable.
    pub wi_fi_security_type: rt::Field<crate::beta::AndroidWiFiSecurityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWiFiConfiguration {
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
            ssid: rt::Field::Absent,
            wi_fi_security_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWiFiConfiguration";
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
        ",\"ssid\":                         ",
        ",\"wiFiSecurityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWiFiConfiguration\"";
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
        v.field(21usize, "ssid", &self.ssid);
        v.field(22usize, "wi_fi_security_type", &self.wi_fi_security_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWiFiConfiguration {
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
            21usize => self.ssid.read_from(r),
            22usize => self.wi_fi_security_type.read_from(r),
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
        w.field(21usize, &self.ssid);
        w.field(22usize, &self.wi_fi_security_type);
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
rt::impl_object!(AndroidWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWiFiConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    with_network_name network_name : ::std::string::String; with_ssid ssid :
    ::std::string::String; with_wi_fi_security_type wi_fi_security_type : crate
    ::beta::AndroidWiFiSecurityType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidWiFiConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidWiFiConfiguration {
    AndroidWiFiConfiguration(::std::boxed::Box<crate::beta::AndroidWiFiConfiguration>),
    AndroidEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidEnterpriseWiFiConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidWiFiConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AndroidWiFiConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWiFiConfiguration>
for AnyAndroidWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWiFiConfiguration) -> Self {
        Self::AndroidWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidEnterpriseWiFiConfiguration>
for AnyAndroidWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidEnterpriseWiFiConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidWiFiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.androidWiFiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidEnterpriseWiFiConfiguration",
            ) => Self::AndroidEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            _ => Self::AndroidWiFiConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidWiFiConfiguration(v) => &**v,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut **v,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidWiFiConfiguration {
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
            Self::AndroidWiFiConfiguration(v) => &v.id,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.id,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.description,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.description,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.display_name,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.version,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.version,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.assignments,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWiFiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.device_status_overview,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.group_assignments,
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
            Self::AndroidWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.connect_automatically,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.connect_automatically,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.connect_automatically,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.connect_automatically,
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.connect_when_network_name_is_hidden,
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.network_name,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.network_name,
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.network_name,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.network_name,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.ssid,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.ssid,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.ssid,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.ssid,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type(
        &self,
    ) -> &rt::Field<crate::beta::AndroidWiFiSecurityType> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &v.wi_fi_security_type,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.wi_fi_security_type,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidWiFiSecurityType> {
        match self {
            Self::AndroidWiFiConfiguration(v) => &mut v.wi_fi_security_type,
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.wi_fi_security_type,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Work Profile certificate profile base.
///
/// CSDL: `microsoft.graph.androidWorkProfileCertificateProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`AndroidWorkProfileCertificateProfileBasePath`](requests/trait.AndroidWorkProfileCertificateProfileBasePath.html), what a path to one (`EntityPath<AnyAndroidWorkProfileCertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileCertificateProfileBase {
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
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidWorkProfileTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<
        crate::beta::AndroidWorkProfileTrustedRootCertificate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileCertificateProfileBase {
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
impl rt::Object for AndroidWorkProfileCertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCertificateProfileBase";
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
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileCertificateProfileBase\"";
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
impl rt::object::Members for AndroidWorkProfileCertificateProfileBase {
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
rt::impl_object!(AndroidWorkProfileCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileCertificateProfileBase { with_id id : ::std::string::String;
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
    ::beta::AndroidWorkProfileTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidWorkProfileCertificateProfileBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidWorkProfileCertificateProfileBase {
    AndroidWorkProfileCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileCertificateProfileBase>,
    ),
    AndroidWorkProfilePkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidWorkProfilePkcsCertificateProfile>,
    ),
    AndroidWorkProfileScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileScepCertificateProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidWorkProfileCertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::AndroidWorkProfileCertificateProfileBase(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileCertificateProfileBase>
for AnyAndroidWorkProfileCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileCertificateProfileBase) -> Self {
        Self::AndroidWorkProfileCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfilePkcsCertificateProfile>
for AnyAndroidWorkProfileCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfilePkcsCertificateProfile) -> Self {
        Self::AndroidWorkProfilePkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileScepCertificateProfile>
for AnyAndroidWorkProfileCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileScepCertificateProfile) -> Self {
        Self::AndroidWorkProfileScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidWorkProfileCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidWorkProfileCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidWorkProfileCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidWorkProfileCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidWorkProfileCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfilePkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidWorkProfileCertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.androidWorkProfileCertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfilePkcsCertificateProfile",
            ) => Self::AndroidWorkProfilePkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileScepCertificateProfile",
            ) => Self::AndroidWorkProfileScepCertificateProfile(rt::object::new_boxed()),
            _ => Self::AndroidWorkProfileCertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &**v,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &**v,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut **v,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut **v,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidWorkProfileCertificateProfileBase {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.id,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.id,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.id,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.id,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.created_date_time,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.created_date_time,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.created_date_time,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.description,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.description,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.description,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.description,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.display_name,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.display_name,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.display_name,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.display_name,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.supports_scope_tags
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.version,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.version,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.version,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.version,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.assignments,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.assignments,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.assignments,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.assignments,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.device_statuses,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.device_statuses,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.device_statuses,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.device_status_overview
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.group_assignments,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.group_assignments,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.group_assignments,
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.group_assignments,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.user_statuses,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.user_statuses,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.user_statuses,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.user_status_overview,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.extended_key_usages,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.extended_key_usages,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.extended_key_usages,
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.extended_key_usages
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.extended_key_usages
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.extended_key_usages
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
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
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(&self) -> &rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.subject_name_format,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.subject_name_format,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                &mut v.subject_name_format
            }
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                &mut v.subject_name_format
            }
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                &mut v.subject_name_format
            }
        }
    }
    /// `rootCertificate` of any variant.
    #[inline]
    pub fn root_certificate(
        &self,
    ) -> &rt::Field<crate::beta::AndroidWorkProfileTrustedRootCertificate> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.root_certificate,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.root_certificate,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.root_certificate,
        }
    }
    /// `rootCertificate` of any variant.
    #[inline]
    pub fn root_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidWorkProfileTrustedRootCertificate> {
        match self {
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.root_certificate,
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.root_certificate,
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.root_certificate,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidWorkProfileCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidWorkProfileCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Work Profile custom configuration
///
/// CSDL: `microsoft.graph.androidWorkProfileCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidWorkProfileCustomConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileCustomConfiguration {
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
    /// OMA settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `omaSettings`: `Collection(microsoft.graph.omaSetting)`, nullable.
    pub oma_settings: rt::Field<::std::vec::Vec<crate::beta::AnyOmaSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileCustomConfiguration {
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
impl rt::Object for AndroidWorkProfileCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCustomConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileCustomConfiguration\"";
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
impl rt::object::Members for AndroidWorkProfileCustomConfiguration {
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
rt::impl_object!(AndroidWorkProfileCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileCustomConfiguration { with_id id : ::std::string::String;
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
rt::impl_serde!(AndroidWorkProfileCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base for Android Work Profile EAS Email profiles
///
/// CSDL: `microsoft.graph.androidWorkProfileEasEmailProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`AndroidWorkProfileEasEmailProfileBasePath`](requests/trait.AndroidWorkProfileEasEmailProfileBasePath.html), what a path to one (`EntityPath<AnyAndroidWorkProfileEasEmailProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileEasEmailProfileBase {
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
    /// Authentication method for Exchange ActiveSync.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.easAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::EasAuthenticationMethod>,
    /// Duration of time email should be synced to.
    ///
    /// CSDL: property `durationOfEmailToSync`: `microsoft.graph.emailSyncDuration`, not nullable.
    pub duration_of_email_to_sync: rt::Field<crate::beta::EmailSyncDuration>,
    /// Email attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `emailAddressSource`: `microsoft.graph.userEmailSource`, not nullable.
    pub email_address_source: rt::Field<crate::beta::UserEmailSource>,
    /// Exchange location (URL) that the mail app connects to.
    ///
    /// CSDL: property `hostName`: `Edm.String`, not nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Indicates whether or not to use SSL.
    ///
    /// CSDL: property `requireSsl`: `Edm.Boolean`, not nullable.
    pub require_ssl: rt::Field<bool>,
    /// Username attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `usernameSource`: `microsoft.graph.androidUsernameSource`, not nullable.
    pub username_source: rt::Field<crate::beta::AndroidUsernameSource>,
    /// Identity certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidWorkProfileCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidWorkProfileCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileEasEmailProfileBase {
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
            duration_of_email_to_sync: rt::Field::Absent,
            email_address_source: rt::Field::Absent,
            host_name: rt::Field::Absent,
            require_ssl: rt::Field::Absent,
            username_source: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfileEasEmailProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileEasEmailProfileBase";
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
        "durationOfEmailToSync",
        "emailAddressSource",
        "hostName",
        "requireSsl",
        "usernameSource",
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
        ",\"durationOfEmailToSync\":        ",
        ",\"emailAddressSource\":           ",
        ",\"hostName\":                     ",
        ",\"requireSsl\":                   ",
        ",\"usernameSource\":               ",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileEasEmailProfileBase\"";
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
        v.field(19usize, "duration_of_email_to_sync", &self.duration_of_email_to_sync);
        v.field(20usize, "email_address_source", &self.email_address_source);
        v.field(21usize, "host_name", &self.host_name);
        v.field(22usize, "require_ssl", &self.require_ssl);
        v.field(23usize, "username_source", &self.username_source);
        v.field(24usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileEasEmailProfileBase {
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
            19usize => self.duration_of_email_to_sync.read_from(r),
            20usize => self.email_address_source.read_from(r),
            21usize => self.host_name.read_from(r),
            22usize => self.require_ssl.read_from(r),
            23usize => self.username_source.read_from(r),
            24usize => self.identity_certificate.read_from(r),
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
        w.field(19usize, &self.duration_of_email_to_sync);
        w.field(20usize, &self.email_address_source);
        w.field(21usize, &self.host_name);
        w.field(22usize, &self.require_ssl);
        w.field(23usize, &self.username_source);
        w.field(24usize, &self.identity_certificate);
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
rt::impl_object!(AndroidWorkProfileEasEmailProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileEasEmailProfileBase { with_id id : ::std::string::String;
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
    ::beta::EasAuthenticationMethod; with_duration_of_email_to_sync
    duration_of_email_to_sync : crate ::beta::EmailSyncDuration;
    with_email_address_source email_address_source : crate ::beta::UserEmailSource;
    with_host_name host_name : ::std::string::String; with_require_ssl require_ssl :
    bool; with_username_source username_source : crate ::beta::AndroidUsernameSource;
    with_identity_certificate identity_certificate : crate
    ::beta::AnyAndroidWorkProfileCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileEasEmailProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidWorkProfileEasEmailProfileBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidWorkProfileEasEmailProfileBase {
    AndroidWorkProfileEasEmailProfileBase(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileEasEmailProfileBase>,
    ),
    AndroidWorkProfileGmailEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileGmailEasConfiguration>,
    ),
    AndroidWorkProfileNineWorkEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidWorkProfileEasEmailProfileBase {
    #[inline]
    fn default() -> Self {
        Self::AndroidWorkProfileEasEmailProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileEasEmailProfileBase>
for AnyAndroidWorkProfileEasEmailProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileEasEmailProfileBase) -> Self {
        Self::AndroidWorkProfileEasEmailProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileGmailEasConfiguration>
for AnyAndroidWorkProfileEasEmailProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileGmailEasConfiguration) -> Self {
        Self::AndroidWorkProfileGmailEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>
for AnyAndroidWorkProfileEasEmailProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileNineWorkEasConfiguration) -> Self {
        Self::AndroidWorkProfileNineWorkEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidWorkProfileEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidWorkProfileEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidWorkProfileEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidWorkProfileEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidWorkProfileEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileEasEmailProfileBase>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileGmailEasConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidWorkProfileEasEmailProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.androidWorkProfileEasEmailProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGmailEasConfiguration",
            ) => Self::AndroidWorkProfileGmailEasConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileNineWorkEasConfiguration",
            ) => {
                Self::AndroidWorkProfileNineWorkEasConfiguration(rt::object::new_boxed())
            }
            _ => Self::AndroidWorkProfileEasEmailProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &**v,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &**v,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut **v,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidWorkProfileEasEmailProfileBase {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.id,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.id,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.id,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.created_date_time,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.description,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.description,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.description,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.display_name,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.display_name,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.supports_scope_tags,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.supports_scope_tags
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.supports_scope_tags
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.version,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.version,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.version,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.assignments,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.assignments,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.device_statuses,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.device_status_overview,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.device_status_overview,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.group_assignments,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.group_assignments,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.group_assignments,
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.user_statuses,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.user_status_overview,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.user_status_overview,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
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
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.user_status_overview
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.user_status_overview
            }
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method(
        &self,
    ) -> &rt::Field<crate::beta::EasAuthenticationMethod> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.authentication_method,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.authentication_method,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.authentication_method
            }
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::EasAuthenticationMethod> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.authentication_method
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.authentication_method
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.authentication_method
            }
        }
    }
    /// `durationOfEmailToSync` of any variant.
    #[inline]
    pub fn duration_of_email_to_sync(
        &self,
    ) -> &rt::Field<crate::beta::EmailSyncDuration> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &v.duration_of_email_to_sync
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &v.duration_of_email_to_sync
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.duration_of_email_to_sync
            }
        }
    }
    /// `durationOfEmailToSync` of any variant.
    #[inline]
    pub fn duration_of_email_to_sync_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::EmailSyncDuration> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                &mut v.duration_of_email_to_sync
            }
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.duration_of_email_to_sync
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.duration_of_email_to_sync
            }
        }
    }
    /// `emailAddressSource` of any variant.
    #[inline]
    pub fn email_address_source(&self) -> &rt::Field<crate::beta::UserEmailSource> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.email_address_source,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.email_address_source,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.email_address_source
            }
        }
    }
    /// `emailAddressSource` of any variant.
    #[inline]
    pub fn email_address_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::UserEmailSource> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.email_address_source,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.email_address_source
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.email_address_source
            }
        }
    }
    /// `hostName` of any variant.
    #[inline]
    pub fn host_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.host_name,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.host_name,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.host_name,
        }
    }
    /// `hostName` of any variant.
    #[inline]
    pub fn host_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.host_name,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.host_name,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.host_name,
        }
    }
    /// `requireSsl` of any variant.
    #[inline]
    pub fn require_ssl(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.require_ssl,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.require_ssl,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.require_ssl,
        }
    }
    /// `requireSsl` of any variant.
    #[inline]
    pub fn require_ssl_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.require_ssl,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.require_ssl,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.require_ssl,
        }
    }
    /// `usernameSource` of any variant.
    #[inline]
    pub fn username_source(&self) -> &rt::Field<crate::beta::AndroidUsernameSource> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.username_source,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.username_source,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.username_source,
        }
    }
    /// `usernameSource` of any variant.
    #[inline]
    pub fn username_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidUsernameSource> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.username_source,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.username_source,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.username_source,
        }
    }
    /// `identityCertificate` of any variant.
    #[inline]
    pub fn identity_certificate(
        &self,
    ) -> &rt::Field<crate::beta::AnyAndroidWorkProfileCertificateProfileBase> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.identity_certificate,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.identity_certificate,
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &v.identity_certificate
            }
        }
    }
    /// `identityCertificate` of any variant.
    #[inline]
    pub fn identity_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyAndroidWorkProfileCertificateProfileBase> {
        match self {
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.identity_certificate,
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                &mut v.identity_certificate
            }
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                &mut v.identity_certificate
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidWorkProfileEasEmailProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidWorkProfileEasEmailProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android Work Profile device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user.
///
/// CSDL: `microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration`, entity type, derived from `microsoft.graph.androidWorkProfileWiFiConfiguration`, key `id`.
///
/// Request builders: [`AndroidWorkProfileEnterpriseWiFiConfigurationPath`](requests/trait.AndroidWorkProfileEnterpriseWiFiConfigurationPath.html), what a path to one (`EntityPath<AndroidWorkProfileEnterpriseWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileEnterpriseWiFiConfiguration {
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
    /// When set to true, this profile forces the device to connect to a network that doesn't broadcast its SSID to all devices.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, not nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Network Name
    ///
    /// CSDL: property `networkName`: `Edm.String`, not nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the name of the Wi-Fi network that is broadcast to all devices.
    ///
    /// CSDL: property `ssid`: `Edm.String`, not nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Indicates whether Wi-Fi endpoint uses an EAP based security type.
    ///
    /// CSDL: property `wiFiSecurityType`: `microsoft.graph.androidWiFiSecurityType`, not nullable.
    pub wi_fi_security_type: rt::Field<crate::beta::AndroidWiFiSecurityType>,
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
    /// URL of the proxy server automatic configuration script when automatic configuration is selected. This URL is typically the location of PAC (Proxy Auto Configuration) file.
    ///
    /// CSDL: property `proxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// Proxy Type for this Wi-Fi connection
    ///
    /// CSDL: property `proxySettings`: `microsoft.graph.wiFiProxySetting`, not nullable.
    pub proxy_settings: rt::Field<crate::beta::WiFiProxySetting>,
    /// Identity Certificate for client authentication when EAP Type is configured to EAP-TLS, EAP-TTLS (with Certificate Authentication), or PEAP (with Certificate Authentication). This is the certificate presented by client to the Wi-Fi endpoint. The authentication server sitting behind the Wi-Fi endpoint must accept this certificate to successfully establish a Wi-Fi connection.
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.androidWorkProfileCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyAndroidWorkProfileCertificateProfileBase,
    >,
    /// Trusted Root Certificate for Server Validation when EAP Type is configured to EAP-TLS, EAP-TTLS or PEAP. This is the certificate presented by the Wi-Fi endpoint when the device attempts to connect to Wi-Fi endpoint. The device (or user) must accept this certificate to continue the connection attempt.
    ///
    /// CSDL: navigation property `rootCertificateForServerValidation`: `microsoft.graph.androidWorkProfileTrustedRootCertificate`, nullable.
    pub root_certificate_for_server_validation: rt::Field<
        crate::beta::AndroidWorkProfileTrustedRootCertificate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileEnterpriseWiFiConfiguration {
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
            ssid: rt::Field::Absent,
            wi_fi_security_type: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            eap_type: rt::Field::Absent,
            inner_authentication_protocol_for_eap_ttls: rt::Field::Absent,
            inner_authentication_protocol_for_peap: rt::Field::Absent,
            outer_identity_privacy_temporary_value: rt::Field::Absent,
            proxy_automatic_configuration_url: rt::Field::Absent,
            proxy_settings: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificate_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfileEnterpriseWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration";
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
        "ssid",
        "wiFiSecurityType",
        "authenticationMethod",
        "eapType",
        "innerAuthenticationProtocolForEapTtls",
        "innerAuthenticationProtocolForPeap",
        "outerIdentityPrivacyTemporaryValue",
        "proxyAutomaticConfigurationUrl",
        "proxySettings",
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
        ",\"ssid\":                         ",
        ",\"wiFiSecurityType\":             ",
        ",\"authenticationMethod\":         ",
        ",\"eapType\":                      ",
        ",\"innerAuthenticationProtocolForEapTtls\":",
        ",\"innerAuthenticationProtocolForPeap\":",
        ",\"outerIdentityPrivacyTemporaryValue\":",
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxySettings\":                ",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration\"";
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
        v.field(21usize, "ssid", &self.ssid);
        v.field(22usize, "wi_fi_security_type", &self.wi_fi_security_type);
        v.field(23usize, "authentication_method", &self.authentication_method);
        v.field(24usize, "eap_type", &self.eap_type);
        v.field(
            25usize,
            "inner_authentication_protocol_for_eap_ttls",
            &self.inner_authentication_protocol_for_eap_ttls,
        );
        v.field(
            26usize,
            "inner_authentication_protocol_for_peap",
            &self.inner_authentication_protocol_for_peap,
        );
        v.field(
            27usize,
            "outer_identity_privacy_temporary_value",
            &self.outer_identity_privacy_temporary_value,
        );
        v.field(
            28usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        v.field(29usize, "proxy_settings", &self.proxy_settings);
        v.field(
            30usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            31usize,
            "root_certificate_for_server_validation",
            &self.root_certificate_for_server_validation,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileEnterpriseWiFiConfiguration {
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
            21usize => self.ssid.read_from(r),
            22usize => self.wi_fi_security_type.read_from(r),
            23usize => self.authentication_method.read_from(r),
            24usize => self.eap_type.read_from(r),
            25usize => self.inner_authentication_protocol_for_eap_ttls.read_from(r),
            26usize => self.inner_authentication_protocol_for_peap.read_from(r),
            27usize => self.outer_identity_privacy_temporary_value.read_from(r),
            28usize => self.proxy_automatic_configuration_url.read_from(r),
            29usize => self.proxy_settings.read_from(r),
            30usize => self.identity_certificate_for_client_authentication.read_from(r),
            31usize => self.root_certificate_for_server_validation.read_from(r),
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
        w.field(21usize, &self.ssid);
        w.field(22usize, &self.wi_fi_security_type);
        w.field(23usize, &self.authentication_method);
        w.field(24usize, &self.eap_type);
        w.field(25usize, &self.inner_authentication_protocol_for_eap_ttls);
        w.field(26usize, &self.inner_authentication_protocol_for_peap);
        w.field(27usize, &self.outer_identity_privacy_temporary_value);
        w.field(28usize, &self.proxy_automatic_configuration_url);
        w.field(29usize, &self.proxy_settings);
        w.field(30usize, &self.identity_certificate_for_client_authentication);
        w.field(31usize, &self.root_certificate_for_server_validation);
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
rt::impl_object!(AndroidWorkProfileEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileEnterpriseWiFiConfiguration { with_id id : ::std::string::String;
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
    with_network_name network_name : ::std::string::String; with_ssid ssid :
    ::std::string::String; with_wi_fi_security_type wi_fi_security_type : crate
    ::beta::AndroidWiFiSecurityType; with_authentication_method authentication_method :
    crate ::beta::WiFiAuthenticationMethod; with_eap_type eap_type : crate
    ::beta::AndroidEapType; with_inner_authentication_protocol_for_eap_ttls
    inner_authentication_protocol_for_eap_ttls : crate
    ::beta::NonEapAuthenticationMethodForEapTtlsType;
    with_inner_authentication_protocol_for_peap inner_authentication_protocol_for_peap :
    crate ::beta::NonEapAuthenticationMethodForPeap;
    with_outer_identity_privacy_temporary_value outer_identity_privacy_temporary_value :
    ::std::string::String; with_proxy_automatic_configuration_url
    proxy_automatic_configuration_url : ::std::string::String; with_proxy_settings
    proxy_settings : crate ::beta::WiFiProxySetting;
    with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyAndroidWorkProfileCertificateProfileBase;
    with_root_certificate_for_server_validation root_certificate_for_server_validation :
    crate ::beta::AndroidWorkProfileTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Work Profile general device configuration.
///
/// CSDL: `microsoft.graph.androidWorkProfileGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidWorkProfileGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileGeneralDeviceConfiguration {
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
    /// Indicates whether or not to block face unlock.
    ///
    /// CSDL: property `passwordBlockFaceUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_face_unlock: rt::Field<bool>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passwordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to block iris unlock.
    ///
    /// CSDL: property `passwordBlockIrisUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_iris_unlock: rt::Field<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents.
    ///
    /// CSDL: property `passwordBlockTrustAgents`: `Edm.Boolean`, not nullable.
    pub password_block_trust_agents: rt::Field<bool>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum length of passwords. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Type of password that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidWorkProfileRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<
        crate::beta::AndroidWorkProfileRequiredPasswordType,
    >,
    /// Number of sign in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Enable lockdown mode for always-on VPN.
    ///
    /// CSDL: property `vpnAlwaysOnPackageIdentifier`: `Edm.String`, nullable.
    pub vpn_always_on_package_identifier: rt::Field<::std::string::String>,
    /// Enable lockdown mode for always-on VPN.
    ///
    /// CSDL: property `vpnEnableAlwaysOnLockdownMode`: `Edm.Boolean`, not nullable.
    pub vpn_enable_always_on_lockdown_mode: rt::Field<bool>,
    /// Indicates whether to allow installation of apps from unknown sources.
    ///
    /// CSDL: property `workProfileAllowAppInstallsFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub work_profile_allow_app_installs_from_unknown_sources: rt::Field<bool>,
    /// Allow widgets from work profile apps.
    ///
    /// CSDL: property `workProfileAllowWidgets`: `Edm.Boolean`, not nullable.
    pub work_profile_allow_widgets: rt::Field<bool>,
    /// Block users from adding/removing accounts in work profile.
    ///
    /// CSDL: property `workProfileBlockAddingAccounts`: `Edm.Boolean`, not nullable.
    pub work_profile_block_adding_accounts: rt::Field<bool>,
    /// Block work profile camera.
    ///
    /// CSDL: property `workProfileBlockCamera`: `Edm.Boolean`, not nullable.
    pub work_profile_block_camera: rt::Field<bool>,
    /// Block display work profile caller ID in personal profile.
    ///
    /// CSDL: property `workProfileBlockCrossProfileCallerId`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_caller_id: rt::Field<bool>,
    /// Block work profile contacts availability in personal profile.
    ///
    /// CSDL: property `workProfileBlockCrossProfileContactsSearch`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_contacts_search: rt::Field<bool>,
    /// Boolean that indicates if the setting disallow cross profile copy/paste is enabled.
    ///
    /// CSDL: property `workProfileBlockCrossProfileCopyPaste`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_copy_paste: rt::Field<bool>,
    /// Indicates whether or not to block notifications while device locked.
    ///
    /// CSDL: property `workProfileBlockNotificationsWhileDeviceLocked`: `Edm.Boolean`, not nullable.
    pub work_profile_block_notifications_while_device_locked: rt::Field<bool>,
    /// Prevent app installations from unknown sources in the personal profile.
    ///
    /// CSDL: property `workProfileBlockPersonalAppInstallsFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub work_profile_block_personal_app_installs_from_unknown_sources: rt::Field<bool>,
    /// Block screen capture in work profile.
    ///
    /// CSDL: property `workProfileBlockScreenCapture`: `Edm.Boolean`, not nullable.
    pub work_profile_block_screen_capture: rt::Field<bool>,
    /// Allow bluetooth devices to access enterprise contacts.
    ///
    /// CSDL: property `workProfileBluetoothEnableContactSharing`: `Edm.Boolean`, not nullable.
    pub work_profile_bluetooth_enable_contact_sharing: rt::Field<bool>,
    /// Type of data sharing that is allowed.
    ///
    /// CSDL: property `workProfileDataSharingType`: `microsoft.graph.androidWorkProfileCrossProfileDataSharingType`, not nullable.
    pub work_profile_data_sharing_type: rt::Field<
        crate::beta::AndroidWorkProfileCrossProfileDataSharingType,
    >,
    /// Type of password that is required.
    ///
    /// CSDL: property `workProfileDefaultAppPermissionPolicy`: `microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType`, not nullable.
    pub work_profile_default_app_permission_policy: rt::Field<
        crate::beta::AndroidWorkProfileDefaultAppPermissionPolicyType,
    >,
    /// Indicates whether or not to block face unlock for work profile.
    ///
    /// CSDL: property `workProfilePasswordBlockFaceUnlock`: `Edm.Boolean`, not nullable.
    pub work_profile_password_block_face_unlock: rt::Field<bool>,
    /// Indicates whether or not to block fingerprint unlock for work profile.
    ///
    /// CSDL: property `workProfilePasswordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub work_profile_password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to block iris unlock for work profile.
    ///
    /// CSDL: property `workProfilePasswordBlockIrisUnlock`: `Edm.Boolean`, not nullable.
    pub work_profile_password_block_iris_unlock: rt::Field<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents for work profile.
    ///
    /// CSDL: property `workProfilePasswordBlockTrustAgents`: `Edm.Boolean`, not nullable.
    pub work_profile_password_block_trust_agents: rt::Field<bool>,
    /// Number of days before the work profile password expires. Valid values 1 to 365
    ///
    /// CSDL: property `workProfilePasswordExpirationDays`: `Edm.Int32`, nullable.
    pub work_profile_password_expiration_days: rt::Field<i32>,
    /// Minimum length of work profile password. Valid values 4 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumLength`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_length: rt::Field<i32>,
    /// Minimum # of letter characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinLetterCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_letter_characters: rt::Field<i32>,
    /// Minimum # of lower-case characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinLowerCaseCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_lower_case_characters: rt::Field<i32>,
    /// Minimum # of non-letter characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinNonLetterCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_non_letter_characters: rt::Field<i32>,
    /// Minimum # of numeric characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinNumericCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_numeric_characters: rt::Field<i32>,
    /// Minimum # of symbols required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinSymbolCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_symbol_characters: rt::Field<i32>,
    /// Minimum # of upper-case characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinUpperCaseCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_upper_case_characters: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `workProfilePasswordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub work_profile_password_minutes_of_inactivity_before_screen_timeout: rt::Field<
        i32,
    >,
    /// Number of previous work profile passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `workProfilePasswordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub work_profile_password_previous_password_block_count: rt::Field<i32>,
    /// Type of work profile password that is required.
    ///
    /// CSDL: property `workProfilePasswordRequiredType`: `microsoft.graph.androidWorkProfileRequiredPasswordType`, not nullable.
    pub work_profile_password_required_type: rt::Field<
        crate::beta::AndroidWorkProfileRequiredPasswordType,
    >,
    /// Number of sign in failures allowed before work profile is removed and all corporate data deleted. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub work_profile_password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Password is required or not for work profile
    ///
    /// CSDL: property `workProfileRequirePassword`: `Edm.Boolean`, not nullable.
    pub work_profile_require_password: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileGeneralDeviceConfiguration {
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
            password_block_face_unlock: rt::Field::Absent,
            password_block_fingerprint_unlock: rt::Field::Absent,
            password_block_iris_unlock: rt::Field::Absent,
            password_block_trust_agents: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            vpn_always_on_package_identifier: rt::Field::Absent,
            vpn_enable_always_on_lockdown_mode: rt::Field::Absent,
            work_profile_allow_app_installs_from_unknown_sources: rt::Field::Absent,
            work_profile_allow_widgets: rt::Field::Absent,
            work_profile_block_adding_accounts: rt::Field::Absent,
            work_profile_block_camera: rt::Field::Absent,
            work_profile_block_cross_profile_caller_id: rt::Field::Absent,
            work_profile_block_cross_profile_contacts_search: rt::Field::Absent,
            work_profile_block_cross_profile_copy_paste: rt::Field::Absent,
            work_profile_block_notifications_while_device_locked: rt::Field::Absent,
            work_profile_block_personal_app_installs_from_unknown_sources: rt::Field::Absent,
            work_profile_block_screen_capture: rt::Field::Absent,
            work_profile_bluetooth_enable_contact_sharing: rt::Field::Absent,
            work_profile_data_sharing_type: rt::Field::Absent,
            work_profile_default_app_permission_policy: rt::Field::Absent,
            work_profile_password_block_face_unlock: rt::Field::Absent,
            work_profile_password_block_fingerprint_unlock: rt::Field::Absent,
            work_profile_password_block_iris_unlock: rt::Field::Absent,
            work_profile_password_block_trust_agents: rt::Field::Absent,
            work_profile_password_expiration_days: rt::Field::Absent,
            work_profile_password_minimum_length: rt::Field::Absent,
            work_profile_password_min_letter_characters: rt::Field::Absent,
            work_profile_password_min_lower_case_characters: rt::Field::Absent,
            work_profile_password_min_non_letter_characters: rt::Field::Absent,
            work_profile_password_min_numeric_characters: rt::Field::Absent,
            work_profile_password_min_symbol_characters: rt::Field::Absent,
            work_profile_password_min_upper_case_characters: rt::Field::Absent,
            work_profile_password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            work_profile_password_previous_password_block_count: rt::Field::Absent,
            work_profile_password_required_type: rt::Field::Absent,
            work_profile_password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            work_profile_require_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfileGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration";
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
        "passwordBlockFaceUnlock",
        "passwordBlockFingerprintUnlock",
        "passwordBlockIrisUnlock",
        "passwordBlockTrustAgents",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "securityRequireVerifyApps",
        "vpnAlwaysOnPackageIdentifier",
        "vpnEnableAlwaysOnLockdownMode",
        "workProfileAllowAppInstallsFromUnknownSources",
        "workProfileAllowWidgets",
        "workProfileBlockAddingAccounts",
        "workProfileBlockCamera",
        "workProfileBlockCrossProfileCallerId",
        "workProfileBlockCrossProfileContactsSearch",
        "workProfileBlockCrossProfileCopyPaste",
        "workProfileBlockNotificationsWhileDeviceLocked",
        "workProfileBlockPersonalAppInstallsFromUnknownSources",
        "workProfileBlockScreenCapture",
        "workProfileBluetoothEnableContactSharing",
        "workProfileDataSharingType",
        "workProfileDefaultAppPermissionPolicy",
        "workProfilePasswordBlockFaceUnlock",
        "workProfilePasswordBlockFingerprintUnlock",
        "workProfilePasswordBlockIrisUnlock",
        "workProfilePasswordBlockTrustAgents",
        "workProfilePasswordExpirationDays",
        "workProfilePasswordMinimumLength",
        "workProfilePasswordMinLetterCharacters",
        "workProfilePasswordMinLowerCaseCharacters",
        "workProfilePasswordMinNonLetterCharacters",
        "workProfilePasswordMinNumericCharacters",
        "workProfilePasswordMinSymbolCharacters",
        "workProfilePasswordMinUpperCaseCharacters",
        "workProfilePasswordMinutesOfInactivityBeforeScreenTimeout",
        "workProfilePasswordPreviousPasswordBlockCount",
        "workProfilePasswordRequiredType",
        "workProfilePasswordSignInFailureCountBeforeFactoryReset",
        "workProfileRequirePassword",
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
        ",\"passwordBlockFaceUnlock\":      ",
        ",\"passwordBlockFingerprintUnlock\":",
        ",\"passwordBlockIrisUnlock\":      ",
        ",\"passwordBlockTrustAgents\":     ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"securityRequireVerifyApps\":    ",
        ",\"vpnAlwaysOnPackageIdentifier\": ",
        ",\"vpnEnableAlwaysOnLockdownMode\":",
        ",\"workProfileAllowAppInstallsFromUnknownSources\":",
        ",\"workProfileAllowWidgets\":      ",
        ",\"workProfileBlockAddingAccounts\":",
        ",\"workProfileBlockCamera\":       ",
        ",\"workProfileBlockCrossProfileCallerId\":",
        ",\"workProfileBlockCrossProfileContactsSearch\":",
        ",\"workProfileBlockCrossProfileCopyPaste\":",
        ",\"workProfileBlockNotificationsWhileDeviceLocked\":",
        ",\"workProfileBlockPersonalAppInstallsFromUnknownSources\":",
        ",\"workProfileBlockScreenCapture\":",
        ",\"workProfileBluetoothEnableContactSharing\":",
        ",\"workProfileDataSharingType\":   ",
        ",\"workProfileDefaultAppPermissionPolicy\":",
        ",\"workProfilePasswordBlockFaceUnlock\":",
        ",\"workProfilePasswordBlockFingerprintUnlock\":",
        ",\"workProfilePasswordBlockIrisUnlock\":",
        ",\"workProfilePasswordBlockTrustAgents\":",
        ",\"workProfilePasswordExpirationDays\":",
        ",\"workProfilePasswordMinimumLength\":",
        ",\"workProfilePasswordMinLetterCharacters\":",
        ",\"workProfilePasswordMinLowerCaseCharacters\":",
        ",\"workProfilePasswordMinNonLetterCharacters\":",
        ",\"workProfilePasswordMinNumericCharacters\":",
        ",\"workProfilePasswordMinSymbolCharacters\":",
        ",\"workProfilePasswordMinUpperCaseCharacters\":",
        ",\"workProfilePasswordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"workProfilePasswordPreviousPasswordBlockCount\":",
        ",\"workProfilePasswordRequiredType\":",
        ",\"workProfilePasswordSignInFailureCountBeforeFactoryReset\":",
        ",\"workProfileRequirePassword\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileGeneralDeviceConfiguration\"";
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
        v.field(18usize, "password_block_face_unlock", &self.password_block_face_unlock);
        v.field(
            19usize,
            "password_block_fingerprint_unlock",
            &self.password_block_fingerprint_unlock,
        );
        v.field(20usize, "password_block_iris_unlock", &self.password_block_iris_unlock);
        v.field(
            21usize,
            "password_block_trust_agents",
            &self.password_block_trust_agents,
        );
        v.field(22usize, "password_expiration_days", &self.password_expiration_days);
        v.field(23usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            24usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            25usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(26usize, "password_required_type", &self.password_required_type);
        v.field(
            27usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            28usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(
            29usize,
            "vpn_always_on_package_identifier",
            &self.vpn_always_on_package_identifier,
        );
        v.field(
            30usize,
            "vpn_enable_always_on_lockdown_mode",
            &self.vpn_enable_always_on_lockdown_mode,
        );
        v.field(
            31usize,
            "work_profile_allow_app_installs_from_unknown_sources",
            &self.work_profile_allow_app_installs_from_unknown_sources,
        );
        v.field(32usize, "work_profile_allow_widgets", &self.work_profile_allow_widgets);
        v.field(
            33usize,
            "work_profile_block_adding_accounts",
            &self.work_profile_block_adding_accounts,
        );
        v.field(34usize, "work_profile_block_camera", &self.work_profile_block_camera);
        v.field(
            35usize,
            "work_profile_block_cross_profile_caller_id",
            &self.work_profile_block_cross_profile_caller_id,
        );
        v.field(
            36usize,
            "work_profile_block_cross_profile_contacts_search",
            &self.work_profile_block_cross_profile_contacts_search,
        );
        v.field(
            37usize,
            "work_profile_block_cross_profile_copy_paste",
            &self.work_profile_block_cross_profile_copy_paste,
        );
        v.field(
            38usize,
            "work_profile_block_notifications_while_device_locked",
            &self.work_profile_block_notifications_while_device_locked,
        );
        v.field(
            39usize,
            "work_profile_block_personal_app_installs_from_unknown_sources",
            &self.work_profile_block_personal_app_installs_from_unknown_sources,
        );
        v.field(
            40usize,
            "work_profile_block_screen_capture",
            &self.work_profile_block_screen_capture,
        );
        v.field(
            41usize,
            "work_profile_bluetooth_enable_contact_sharing",
            &self.work_profile_bluetooth_enable_contact_sharing,
        );
        v.field(
            42usize,
            "work_profile_data_sharing_type",
            &self.work_profile_data_sharing_type,
        );
        v.field(
            43usize,
            "work_profile_default_app_permission_policy",
            &self.work_profile_default_app_permission_policy,
        );
        v.field(
            44usize,
            "work_profile_password_block_face_unlock",
            &self.work_profile_password_block_face_unlock,
        );
        v.field(
            45usize,
            "work_profile_password_block_fingerprint_unlock",
            &self.work_profile_password_block_fingerprint_unlock,
        );
        v.field(
            46usize,
            "work_profile_password_block_iris_unlock",
            &self.work_profile_password_block_iris_unlock,
        );
        v.field(
            47usize,
            "work_profile_password_block_trust_agents",
            &self.work_profile_password_block_trust_agents,
        );
        v.field(
            48usize,
            "work_profile_password_expiration_days",
            &self.work_profile_password_expiration_days,
        );
        v.field(
            49usize,
            "work_profile_password_minimum_length",
            &self.work_profile_password_minimum_length,
        );
        v.field(
            50usize,
            "work_profile_password_min_letter_characters",
            &self.work_profile_password_min_letter_characters,
        );
        v.field(
            51usize,
            "work_profile_password_min_lower_case_characters",
            &self.work_profile_password_min_lower_case_characters,
        );
        v.field(
            52usize,
            "work_profile_password_min_non_letter_characters",
            &self.work_profile_password_min_non_letter_characters,
        );
        v.field(
            53usize,
            "work_profile_password_min_numeric_characters",
            &self.work_profile_password_min_numeric_characters,
        );
        v.field(
            54usize,
            "work_profile_password_min_symbol_characters",
            &self.work_profile_password_min_symbol_characters,
        );
        v.field(
            55usize,
            "work_profile_password_min_upper_case_characters",
            &self.work_profile_password_min_upper_case_characters,
        );
        v.field(
            56usize,
            "work_profile_password_minutes_of_inactivity_before_screen_timeout",
            &self.work_profile_password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            57usize,
            "work_profile_password_previous_password_block_count",
            &self.work_profile_password_previous_password_block_count,
        );
        v.field(
            58usize,
            "work_profile_password_required_type",
            &self.work_profile_password_required_type,
        );
        v.field(
            59usize,
            "work_profile_password_sign_in_failure_count_before_factory_reset",
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            60usize,
            "work_profile_require_password",
            &self.work_profile_require_password,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileGeneralDeviceConfiguration {
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
            18usize => self.password_block_face_unlock.read_from(r),
            19usize => self.password_block_fingerprint_unlock.read_from(r),
            20usize => self.password_block_iris_unlock.read_from(r),
            21usize => self.password_block_trust_agents.read_from(r),
            22usize => self.password_expiration_days.read_from(r),
            23usize => self.password_minimum_length.read_from(r),
            24usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            25usize => self.password_previous_password_block_count.read_from(r),
            26usize => self.password_required_type.read_from(r),
            27usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            28usize => self.security_require_verify_apps.read_from(r),
            29usize => self.vpn_always_on_package_identifier.read_from(r),
            30usize => self.vpn_enable_always_on_lockdown_mode.read_from(r),
            31usize => {
                self.work_profile_allow_app_installs_from_unknown_sources.read_from(r)
            }
            32usize => self.work_profile_allow_widgets.read_from(r),
            33usize => self.work_profile_block_adding_accounts.read_from(r),
            34usize => self.work_profile_block_camera.read_from(r),
            35usize => self.work_profile_block_cross_profile_caller_id.read_from(r),
            36usize => self.work_profile_block_cross_profile_contacts_search.read_from(r),
            37usize => self.work_profile_block_cross_profile_copy_paste.read_from(r),
            38usize => {
                self.work_profile_block_notifications_while_device_locked.read_from(r)
            }
            39usize => {
                self.work_profile_block_personal_app_installs_from_unknown_sources
                    .read_from(r)
            }
            40usize => self.work_profile_block_screen_capture.read_from(r),
            41usize => self.work_profile_bluetooth_enable_contact_sharing.read_from(r),
            42usize => self.work_profile_data_sharing_type.read_from(r),
            43usize => self.work_profile_default_app_permission_policy.read_from(r),
            44usize => self.work_profile_password_block_face_unlock.read_from(r),
            45usize => self.work_profile_password_block_fingerprint_unlock.read_from(r),
            46usize => self.work_profile_password_block_iris_unlock.read_from(r),
            47usize => self.work_profile_password_block_trust_agents.read_from(r),
            48usize => self.work_profile_password_expiration_days.read_from(r),
            49usize => self.work_profile_password_minimum_length.read_from(r),
            50usize => self.work_profile_password_min_letter_characters.read_from(r),
            51usize => self.work_profile_password_min_lower_case_characters.read_from(r),
            52usize => self.work_profile_password_min_non_letter_characters.read_from(r),
            53usize => self.work_profile_password_min_numeric_characters.read_from(r),
            54usize => self.work_profile_password_min_symbol_characters.read_from(r),
            55usize => self.work_profile_password_min_upper_case_characters.read_from(r),
            56usize => {
                self.work_profile_password_minutes_of_inactivity_before_screen_timeout
                    .read_from(r)
            }
            57usize => {
                self.work_profile_password_previous_password_block_count.read_from(r)
            }
            58usize => self.work_profile_password_required_type.read_from(r),
            59usize => {
                self.work_profile_password_sign_in_failure_count_before_factory_reset
                    .read_from(r)
            }
            60usize => self.work_profile_require_password.read_from(r),
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
        w.field(18usize, &self.password_block_face_unlock);
        w.field(19usize, &self.password_block_fingerprint_unlock);
        w.field(20usize, &self.password_block_iris_unlock);
        w.field(21usize, &self.password_block_trust_agents);
        w.field(22usize, &self.password_expiration_days);
        w.field(23usize, &self.password_minimum_length);
        w.field(24usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(25usize, &self.password_previous_password_block_count);
        w.field(26usize, &self.password_required_type);
        w.field(27usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(28usize, &self.security_require_verify_apps);
        w.field(29usize, &self.vpn_always_on_package_identifier);
        w.field(30usize, &self.vpn_enable_always_on_lockdown_mode);
        w.field(31usize, &self.work_profile_allow_app_installs_from_unknown_sources);
        w.field(32usize, &self.work_profile_allow_widgets);
        w.field(33usize, &self.work_profile_block_adding_accounts);
        w.field(34usize, &self.work_profile_block_camera);
        w.field(35usize, &self.work_profile_block_cross_profile_caller_id);
        w.field(36usize, &self.work_profile_block_cross_profile_contacts_search);
        w.field(37usize, &self.work_profile_block_cross_profile_copy_paste);
        w.field(38usize, &self.work_profile_block_notifications_while_device_locked);
        w.field(
            39usize,
            &self.work_profile_block_personal_app_installs_from_unknown_sources,
        );
        w.field(40usize, &self.work_profile_block_screen_capture);
        w.field(41usize, &self.work_profile_bluetooth_enable_contact_sharing);
        w.field(42usize, &self.work_profile_data_sharing_type);
        w.field(43usize, &self.work_profile_default_app_permission_policy);
        w.field(44usize, &self.work_profile_password_block_face_unlock);
        w.field(45usize, &self.work_profile_password_block_fingerprint_unlock);
        w.field(46usize, &self.work_profile_password_block_iris_unlock);
        w.field(47usize, &self.work_profile_password_block_trust_agents);
        w.field(48usize, &self.work_profile_password_expiration_days);
        w.field(49usize, &self.work_profile_password_minimum_length);
        w.field(50usize, &self.work_profile_password_min_letter_characters);
        w.field(51usize, &self.work_profile_password_min_lower_case_characters);
        w.field(52usize, &self.work_profile_password_min_non_letter_characters);
        w.field(53usize, &self.work_profile_password_min_numeric_characters);
        w.field(54usize, &self.work_profile_password_min_symbol_characters);
        w.field(55usize, &self.work_profile_password_min_upper_case_characters);
        w.field(
            56usize,
            &self.work_profile_password_minutes_of_inactivity_before_screen_timeout,
        );
        w.field(57usize, &self.work_profile_password_previous_password_block_count);
        w.field(58usize, &self.work_profile_password_required_type);
        w.field(
            59usize,
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
        w.field(60usize, &self.work_profile_require_password);
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
rt::impl_object!(AndroidWorkProfileGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileGeneralDeviceConfiguration { with_id id : ::std::string::String;
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
    with_password_block_face_unlock password_block_face_unlock : bool;
    with_password_block_fingerprint_unlock password_block_fingerprint_unlock : bool;
    with_password_block_iris_unlock password_block_iris_unlock : bool;
    with_password_block_trust_agents password_block_trust_agents : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required_type password_required_type : crate
    ::beta::AndroidWorkProfileRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_vpn_always_on_package_identifier vpn_always_on_package_identifier :
    ::std::string::String; with_vpn_enable_always_on_lockdown_mode
    vpn_enable_always_on_lockdown_mode : bool;
    with_work_profile_allow_app_installs_from_unknown_sources
    work_profile_allow_app_installs_from_unknown_sources : bool;
    with_work_profile_allow_widgets work_profile_allow_widgets : bool;
    with_work_profile_block_adding_accounts work_profile_block_adding_accounts : bool;
    with_work_profile_block_camera work_profile_block_camera : bool;
    with_work_profile_block_cross_profile_caller_id
    work_profile_block_cross_profile_caller_id : bool;
    with_work_profile_block_cross_profile_contacts_search
    work_profile_block_cross_profile_contacts_search : bool;
    with_work_profile_block_cross_profile_copy_paste
    work_profile_block_cross_profile_copy_paste : bool;
    with_work_profile_block_notifications_while_device_locked
    work_profile_block_notifications_while_device_locked : bool;
    with_work_profile_block_personal_app_installs_from_unknown_sources
    work_profile_block_personal_app_installs_from_unknown_sources : bool;
    with_work_profile_block_screen_capture work_profile_block_screen_capture : bool;
    with_work_profile_bluetooth_enable_contact_sharing
    work_profile_bluetooth_enable_contact_sharing : bool;
    with_work_profile_data_sharing_type work_profile_data_sharing_type : crate
    ::beta::AndroidWorkProfileCrossProfileDataSharingType;
    with_work_profile_default_app_permission_policy
    work_profile_default_app_permission_policy : crate
    ::beta::AndroidWorkProfileDefaultAppPermissionPolicyType;
    with_work_profile_password_block_face_unlock work_profile_password_block_face_unlock
    : bool; with_work_profile_password_block_fingerprint_unlock
    work_profile_password_block_fingerprint_unlock : bool;
    with_work_profile_password_block_iris_unlock work_profile_password_block_iris_unlock
    : bool; with_work_profile_password_block_trust_agents
    work_profile_password_block_trust_agents : bool;
    with_work_profile_password_expiration_days work_profile_password_expiration_days :
    i32; with_work_profile_password_minimum_length work_profile_password_minimum_length :
    i32; with_work_profile_password_min_letter_characters
    work_profile_password_min_letter_characters : i32;
    with_work_profile_password_min_lower_case_characters
    work_profile_password_min_lower_case_characters : i32;
    with_work_profile_password_min_non_letter_characters
    work_profile_password_min_non_letter_characters : i32;
    with_work_profile_password_min_numeric_characters
    work_profile_password_min_numeric_characters : i32;
    with_work_profile_password_min_symbol_characters
    work_profile_password_min_symbol_characters : i32;
    with_work_profile_password_min_upper_case_characters
    work_profile_password_min_upper_case_characters : i32;
    with_work_profile_password_minutes_of_inactivity_before_screen_timeout
    work_profile_password_minutes_of_inactivity_before_screen_timeout : i32;
    with_work_profile_password_previous_password_block_count
    work_profile_password_previous_password_block_count : i32;
    with_work_profile_password_required_type work_profile_password_required_type : crate
    ::beta::AndroidWorkProfileRequiredPasswordType;
    with_work_profile_password_sign_in_failure_count_before_factory_reset
    work_profile_password_sign_in_failure_count_before_factory_reset : i32;
    with_work_profile_require_password work_profile_require_password : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing configurations in this profile you can instruct the Gmail email client on Android Work Profile devices to communicate with an Exchange server and get email, contacts, calendar, tasks, and notes. Furthermore, you can also specify how much email to sync and how often the device should sync.
///
/// CSDL: `microsoft.graph.androidWorkProfileGmailEasConfiguration`, entity type, derived from `microsoft.graph.androidWorkProfileEasEmailProfileBase`, key `id`.
///
/// Request builders: [`AndroidWorkProfileEasEmailProfileBasePath`](requests/trait.AndroidWorkProfileEasEmailProfileBasePath.html), what a path to one (`EntityPath<AndroidWorkProfileGmailEasConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileGmailEasConfiguration {
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
    /// Authentication method for Exchange ActiveSync.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.easAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::EasAuthenticationMethod>,
    /// Duration of time email should be synced to.
    ///
    /// CSDL: property `durationOfEmailToSync`: `microsoft.graph.emailSyncDuration`, not nullable.
    pub duration_of_email_to_sync: rt::Field<crate::beta::EmailSyncDuration>,
    /// Email attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `emailAddressSource`: `microsoft.graph.userEmailSource`, not nullable.
    pub email_address_source: rt::Field<crate::beta::UserEmailSource>,
    /// Exchange location (URL) that the mail app connects to.
    ///
    /// CSDL: property `hostName`: `Edm.String`, not nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Indicates whether or not to use SSL.
    ///
    /// CSDL: property `requireSsl`: `Edm.Boolean`, not nullable.
    pub require_ssl: rt::Field<bool>,
    /// Username attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `usernameSource`: `microsoft.graph.androidUsernameSource`, not nullable.
    pub username_source: rt::Field<crate::beta::AndroidUsernameSource>,
    /// Identity certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidWorkProfileCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidWorkProfileCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileGmailEasConfiguration {
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
            duration_of_email_to_sync: rt::Field::Absent,
            email_address_source: rt::Field::Absent,
            host_name: rt::Field::Absent,
            require_ssl: rt::Field::Absent,
            username_source: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfileGmailEasConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileGmailEasConfiguration";
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
        "durationOfEmailToSync",
        "emailAddressSource",
        "hostName",
        "requireSsl",
        "usernameSource",
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
        ",\"durationOfEmailToSync\":        ",
        ",\"emailAddressSource\":           ",
        ",\"hostName\":                     ",
        ",\"requireSsl\":                   ",
        ",\"usernameSource\":               ",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileGmailEasConfiguration\"";
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
        v.field(19usize, "duration_of_email_to_sync", &self.duration_of_email_to_sync);
        v.field(20usize, "email_address_source", &self.email_address_source);
        v.field(21usize, "host_name", &self.host_name);
        v.field(22usize, "require_ssl", &self.require_ssl);
        v.field(23usize, "username_source", &self.username_source);
        v.field(24usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileGmailEasConfiguration {
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
            19usize => self.duration_of_email_to_sync.read_from(r),
            20usize => self.email_address_source.read_from(r),
            21usize => self.host_name.read_from(r),
            22usize => self.require_ssl.read_from(r),
            23usize => self.username_source.read_from(r),
            24usize => self.identity_certificate.read_from(r),
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
        w.field(19usize, &self.duration_of_email_to_sync);
        w.field(20usize, &self.email_address_source);
        w.field(21usize, &self.host_name);
        w.field(22usize, &self.require_ssl);
        w.field(23usize, &self.username_source);
        w.field(24usize, &self.identity_certificate);
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
rt::impl_object!(AndroidWorkProfileGmailEasConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileGmailEasConfiguration { with_id id : ::std::string::String;
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
    ::beta::EasAuthenticationMethod; with_duration_of_email_to_sync
    duration_of_email_to_sync : crate ::beta::EmailSyncDuration;
    with_email_address_source email_address_source : crate ::beta::UserEmailSource;
    with_host_name host_name : ::std::string::String; with_require_ssl require_ssl :
    bool; with_username_source username_source : crate ::beta::AndroidUsernameSource;
    with_identity_certificate identity_certificate : crate
    ::beta::AnyAndroidWorkProfileCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileGmailEasConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing configurations in this profile you can instruct the Nine Work email client on Android Work Profile devices to communicate with an Exchange server and get email, contacts, calendar, tasks, and notes. Furthermore, you can also specify how much email to sync and how often the device should sync.
///
/// CSDL: `microsoft.graph.androidWorkProfileNineWorkEasConfiguration`, entity type, derived from `microsoft.graph.androidWorkProfileEasEmailProfileBase`, key `id`.
///
/// Request builders: [`AndroidWorkProfileEasEmailProfileBasePath`](requests/trait.AndroidWorkProfileEasEmailProfileBasePath.html), what a path to one (`EntityPath<AndroidWorkProfileNineWorkEasConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileNineWorkEasConfiguration {
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
    /// Authentication method for Exchange ActiveSync.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.easAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::EasAuthenticationMethod>,
    /// Duration of time email should be synced to.
    ///
    /// CSDL: property `durationOfEmailToSync`: `microsoft.graph.emailSyncDuration`, not nullable.
    pub duration_of_email_to_sync: rt::Field<crate::beta::EmailSyncDuration>,
    /// Email attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `emailAddressSource`: `microsoft.graph.userEmailSource`, not nullable.
    pub email_address_source: rt::Field<crate::beta::UserEmailSource>,
    /// Exchange location (URL) that the mail app connects to.
    ///
    /// CSDL: property `hostName`: `Edm.String`, not nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Indicates whether or not to use SSL.
    ///
    /// CSDL: property `requireSsl`: `Edm.Boolean`, not nullable.
    pub require_ssl: rt::Field<bool>,
    /// Username attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `usernameSource`: `microsoft.graph.androidUsernameSource`, not nullable.
    pub username_source: rt::Field<crate::beta::AndroidUsernameSource>,
    /// Identity certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidWorkProfileCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidWorkProfileCertificateProfileBase,
    >,
    /// Toggles syncing the calendar. If set to false the calendar is turned off on the device.
    ///
    /// CSDL: property `syncCalendar`: `Edm.Boolean`, not nullable.
    pub sync_calendar: rt::Field<bool>,
    /// Toggles syncing contacts. If set to false contacts are turned off on the device.
    ///
    /// CSDL: property `syncContacts`: `Edm.Boolean`, not nullable.
    pub sync_contacts: rt::Field<bool>,
    /// Toggles syncing tasks. If set to false tasks are turned off on the device.
    ///
    /// CSDL: property `syncTasks`: `Edm.Boolean`, not nullable.
    pub sync_tasks: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileNineWorkEasConfiguration {
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
            duration_of_email_to_sync: rt::Field::Absent,
            email_address_source: rt::Field::Absent,
            host_name: rt::Field::Absent,
            require_ssl: rt::Field::Absent,
            username_source: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            sync_calendar: rt::Field::Absent,
            sync_contacts: rt::Field::Absent,
            sync_tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfileNineWorkEasConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileNineWorkEasConfiguration";
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
        "durationOfEmailToSync",
        "emailAddressSource",
        "hostName",
        "requireSsl",
        "usernameSource",
        "identityCertificate",
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
        ",\"authenticationMethod\":         ",
        ",\"durationOfEmailToSync\":        ",
        ",\"emailAddressSource\":           ",
        ",\"hostName\":                     ",
        ",\"requireSsl\":                   ",
        ",\"usernameSource\":               ",
        ",\"identityCertificate\":          ",
        ",\"syncCalendar\":                 ",
        ",\"syncContacts\":                 ",
        ",\"syncTasks\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileNineWorkEasConfiguration\"";
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
        v.field(19usize, "duration_of_email_to_sync", &self.duration_of_email_to_sync);
        v.field(20usize, "email_address_source", &self.email_address_source);
        v.field(21usize, "host_name", &self.host_name);
        v.field(22usize, "require_ssl", &self.require_ssl);
        v.field(23usize, "username_source", &self.username_source);
        v.field(24usize, "identity_certificate", &self.identity_certificate);
        v.field(25usize, "sync_calendar", &self.sync_calendar);
        v.field(26usize, "sync_contacts", &self.sync_contacts);
        v.field(27usize, "sync_tasks", &self.sync_tasks);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileNineWorkEasConfiguration {
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
            19usize => self.duration_of_email_to_sync.read_from(r),
            20usize => self.email_address_source.read_from(r),
            21usize => self.host_name.read_from(r),
            22usize => self.require_ssl.read_from(r),
            23usize => self.username_source.read_from(r),
            24usize => self.identity_certificate.read_from(r),
            25usize => self.sync_calendar.read_from(r),
            26usize => self.sync_contacts.read_from(r),
            27usize => self.sync_tasks.read_from(r),
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
        w.field(19usize, &self.duration_of_email_to_sync);
        w.field(20usize, &self.email_address_source);
        w.field(21usize, &self.host_name);
        w.field(22usize, &self.require_ssl);
        w.field(23usize, &self.username_source);
        w.field(24usize, &self.identity_certificate);
        w.field(25usize, &self.sync_calendar);
        w.field(26usize, &self.sync_contacts);
        w.field(27usize, &self.sync_tasks);
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
rt::impl_object!(AndroidWorkProfileNineWorkEasConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileNineWorkEasConfiguration { with_id id : ::std::string::String;
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
    ::beta::EasAuthenticationMethod; with_duration_of_email_to_sync
    duration_of_email_to_sync : crate ::beta::EmailSyncDuration;
    with_email_address_source email_address_source : crate ::beta::UserEmailSource;
    with_host_name host_name : ::std::string::String; with_require_ssl require_ssl :
    bool; with_username_source username_source : crate ::beta::AndroidUsernameSource;
    with_identity_certificate identity_certificate : crate
    ::beta::AnyAndroidWorkProfileCertificateProfileBase; with_sync_calendar sync_calendar
    : bool; with_sync_contacts sync_contacts : bool; with_sync_tasks sync_tasks : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileNineWorkEasConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Work Profile PKCS certificate profile
///
/// CSDL: `microsoft.graph.androidWorkProfilePkcsCertificateProfile`, entity type, derived from `microsoft.graph.androidWorkProfileCertificateProfileBase`, key `id`.
///
/// Request builders: [`AndroidWorkProfilePkcsCertificateProfilePath`](requests/trait.AndroidWorkProfilePkcsCertificateProfilePath.html), what a path to one (`EntityPath<AndroidWorkProfilePkcsCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfilePkcsCertificateProfile {
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
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidWorkProfileTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<
        crate::beta::AndroidWorkProfileTrustedRootCertificate,
    >,
    /// Target store certificate
    ///
    /// CSDL: property `certificateStore`: `microsoft.graph.certificateStore`, nullable.
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
impl ::std::default::Default for AndroidWorkProfilePkcsCertificateProfile {
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
            custom_subject_alternative_names: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfilePkcsCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfilePkcsCertificateProfile";
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
        ",\"customSubjectAlternativeNames\":",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfilePkcsCertificateProfile\"";
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
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
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
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfilePkcsCertificateProfile {
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
            29usize => self.custom_subject_alternative_names.read_from(r),
            30usize => self.subject_alternative_name_format_string.read_from(r),
            31usize => self.subject_name_format_string.read_from(r),
            32usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(29usize, &self.custom_subject_alternative_names);
        w.field(30usize, &self.subject_alternative_name_format_string);
        w.field(31usize, &self.subject_name_format_string);
        w.field(32usize, &self.managed_device_certificate_states);
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
rt::impl_object!(AndroidWorkProfilePkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfilePkcsCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::AndroidWorkProfileTrustedRootCertificate; with_certificate_store
    certificate_store : crate ::beta::CertificateStore; with_certificate_template_name
    certificate_template_name : ::std::string::String; with_certification_authority
    certification_authority : ::std::string::String; with_certification_authority_name
    certification_authority_name : ::std::string::String;
    with_custom_subject_alternative_names custom_subject_alternative_names :
    ::std::vec::Vec < crate ::beta::CustomSubjectAlternativeName >;
    with_subject_alternative_name_format_string subject_alternative_name_format_string :
    ::std::string::String; with_subject_name_format_string subject_name_format_string :
    ::std::string::String; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfilePkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Work Profile SCEP certificate profile
///
/// CSDL: `microsoft.graph.androidWorkProfileScepCertificateProfile`, entity type, derived from `microsoft.graph.androidWorkProfileCertificateProfileBase`, key `id`.
///
/// Request builders: [`AndroidWorkProfileScepCertificateProfilePath`](requests/trait.AndroidWorkProfileScepCertificateProfilePath.html), what a path to one (`EntityPath<AndroidWorkProfileScepCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileScepCertificateProfile {
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
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidWorkProfileTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<
        crate::beta::AndroidWorkProfileTrustedRootCertificate,
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
impl ::std::default::Default for AndroidWorkProfileScepCertificateProfile {
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
impl rt::Object for AndroidWorkProfileScepCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileScepCertificateProfile";
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
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileScepCertificateProfile\"";
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
impl rt::object::Members for AndroidWorkProfileScepCertificateProfile {
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
rt::impl_object!(AndroidWorkProfileScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileScepCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::AndroidWorkProfileTrustedRootCertificate; with_certificate_store
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
rt::impl_serde!(AndroidWorkProfileScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android Work Profile Trusted Root Certificate configuration profile
///
/// CSDL: `microsoft.graph.androidWorkProfileTrustedRootCertificate`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidWorkProfileTrustedRootCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileTrustedRootCertificate {
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
impl ::std::default::Default for AndroidWorkProfileTrustedRootCertificate {
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
impl rt::Object for AndroidWorkProfileTrustedRootCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileTrustedRootCertificate";
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
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileTrustedRootCertificate\"";
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
impl rt::object::Members for AndroidWorkProfileTrustedRootCertificate {
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
rt::impl_object!(AndroidWorkProfileTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileTrustedRootCertificate { with_id id : ::std::string::String;
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
rt::impl_serde!(AndroidWorkProfileTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android Work Profile device to connect to desired VPN endpoint. By specifying the authentication method and security types expected by VPN endpoint you can make the VPN connection seamless for end user.
///
/// CSDL: `microsoft.graph.androidWorkProfileVpnConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidWorkProfileVpnConfigurationPath`](requests/trait.AndroidWorkProfileVpnConfigurationPath.html), what a path to one (`EntityPath<AndroidWorkProfileVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileVpnConfiguration {
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
    /// Whether or not to enable always-on VPN connection.
    ///
    /// CSDL: property `alwaysOn`: `Edm.Boolean`, nullable.
    pub always_on: rt::Field<bool>,
    /// If always-on VPN connection is enabled, whether or not to lock network traffic when that VPN is disconnected.
    ///
    /// CSDL: property `alwaysOnLockdown`: `Edm.Boolean`, nullable.
    pub always_on_lockdown: rt::Field<bool>,
    /// Authentication method.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.vpnAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::VpnAuthenticationMethod>,
    /// Connection name displayed to the user.
    ///
    /// CSDL: property `connectionName`: `Edm.String`, not nullable.
    pub connection_name: rt::Field<::std::string::String>,
    /// Connection type.
    ///
    /// CSDL: property `connectionType`: `microsoft.graph.androidWorkProfileVpnConnectionType`, not nullable.
    pub connection_type: rt::Field<crate::beta::AndroidWorkProfileVpnConnectionType>,
    /// Custom data when connection type is set to Citrix. This collection can contain a maximum of 25 elements.
    ///
    /// CSDL: property `customData`: `Collection(microsoft.graph.keyValue)`, nullable.
    pub custom_data: rt::Field<::std::vec::Vec<crate::beta::KeyValue>>,
    /// Custom data when connection type is set to Citrix. This collection can contain a maximum of 25 elements.
    ///
    /// CSDL: property `customKeyValueData`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub custom_key_value_data: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Fingerprint is a string that will be used to verify the VPN server can be trusted, which is only applicable when connection type is Check Point Capsule VPN.
    ///
    /// CSDL: property `fingerprint`: `Edm.String`, nullable.
    pub fingerprint: rt::Field<::std::string::String>,
    /// Microsoft Tunnel site ID.
    ///
    /// CSDL: property `microsoftTunnelSiteId`: `Edm.String`, nullable.
    pub microsoft_tunnel_site_id: rt::Field<::std::string::String>,
    /// Proxy server.
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
    /// List of VPN Servers on the network. Make sure end users can access these network locations. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `servers`: `Collection(microsoft.graph.vpnServer)`, not nullable.
    pub servers: rt::Field<::std::vec::Vec<crate::beta::VpnServer>>,
    /// Targeted mobile apps. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Targeted App package IDs.
    ///
    /// CSDL: property `targetedPackageIds`: `Collection(Edm.String)`, nullable.
    pub targeted_package_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Identity certificate for client authentication when authentication method is certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidWorkProfileCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidWorkProfileCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileVpnConfiguration {
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
            always_on: rt::Field::Absent,
            always_on_lockdown: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            connection_name: rt::Field::Absent,
            connection_type: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            custom_key_value_data: rt::Field::Absent,
            fingerprint: rt::Field::Absent,
            microsoft_tunnel_site_id: rt::Field::Absent,
            proxy_server: rt::Field::Absent,
            realm: rt::Field::Absent,
            role: rt::Field::Absent,
            servers: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            targeted_package_ids: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfileVpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileVpnConfiguration";
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
        "alwaysOn",
        "alwaysOnLockdown",
        "authenticationMethod",
        "connectionName",
        "connectionType",
        "customData",
        "customKeyValueData",
        "fingerprint",
        "microsoftTunnelSiteId",
        "proxyServer",
        "realm",
        "role",
        "servers",
        "targetedMobileApps",
        "targetedPackageIds",
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
        ",\"alwaysOn\":                     ",
        ",\"alwaysOnLockdown\":             ",
        ",\"authenticationMethod\":         ",
        ",\"connectionName\":               ",
        ",\"connectionType\":               ",
        ",\"customData\":                   ",
        ",\"customKeyValueData\":           ",
        ",\"fingerprint\":                  ",
        ",\"microsoftTunnelSiteId\":        ",
        ",\"proxyServer\":                  ",
        ",\"realm\":                        ",
        ",\"role\":                         ",
        ",\"servers\":                      ",
        ",\"targetedMobileApps\":           ",
        ",\"targetedPackageIds\":           ",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileVpnConfiguration\"";
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
        v.field(18usize, "always_on", &self.always_on);
        v.field(19usize, "always_on_lockdown", &self.always_on_lockdown);
        v.field(20usize, "authentication_method", &self.authentication_method);
        v.field(21usize, "connection_name", &self.connection_name);
        v.field(22usize, "connection_type", &self.connection_type);
        v.field(23usize, "custom_data", &self.custom_data);
        v.field(24usize, "custom_key_value_data", &self.custom_key_value_data);
        v.field(25usize, "fingerprint", &self.fingerprint);
        v.field(26usize, "microsoft_tunnel_site_id", &self.microsoft_tunnel_site_id);
        v.field(27usize, "proxy_server", &self.proxy_server);
        v.field(28usize, "realm", &self.realm);
        v.field(29usize, "role", &self.role);
        v.field(30usize, "servers", &self.servers);
        v.field(31usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(32usize, "targeted_package_ids", &self.targeted_package_ids);
        v.field(33usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileVpnConfiguration {
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
            18usize => self.always_on.read_from(r),
            19usize => self.always_on_lockdown.read_from(r),
            20usize => self.authentication_method.read_from(r),
            21usize => self.connection_name.read_from(r),
            22usize => self.connection_type.read_from(r),
            23usize => self.custom_data.read_from(r),
            24usize => self.custom_key_value_data.read_from(r),
            25usize => self.fingerprint.read_from(r),
            26usize => self.microsoft_tunnel_site_id.read_from(r),
            27usize => self.proxy_server.read_from(r),
            28usize => self.realm.read_from(r),
            29usize => self.role.read_from(r),
            30usize => self.servers.read_from(r),
            31usize => self.targeted_mobile_apps.read_from(r),
            32usize => self.targeted_package_ids.read_from(r),
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
        w.field(18usize, &self.always_on);
        w.field(19usize, &self.always_on_lockdown);
        w.field(20usize, &self.authentication_method);
        w.field(21usize, &self.connection_name);
        w.field(22usize, &self.connection_type);
        w.field(23usize, &self.custom_data);
        w.field(24usize, &self.custom_key_value_data);
        w.field(25usize, &self.fingerprint);
        w.field(26usize, &self.microsoft_tunnel_site_id);
        w.field(27usize, &self.proxy_server);
        w.field(28usize, &self.realm);
        w.field(29usize, &self.role);
        w.field(30usize, &self.servers);
        w.field(31usize, &self.targeted_mobile_apps);
        w.field(32usize, &self.targeted_package_ids);
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
rt::impl_object!(AndroidWorkProfileVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileVpnConfiguration { with_id id : ::std::string::String;
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
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview; with_always_on
    always_on : bool; with_always_on_lockdown always_on_lockdown : bool;
    with_authentication_method authentication_method : crate
    ::beta::VpnAuthenticationMethod; with_connection_name connection_name :
    ::std::string::String; with_connection_type connection_type : crate
    ::beta::AndroidWorkProfileVpnConnectionType; with_custom_data custom_data :
    ::std::vec::Vec < crate ::beta::KeyValue >; with_custom_key_value_data
    custom_key_value_data : ::std::vec::Vec < crate ::beta::KeyValuePair >;
    with_fingerprint fingerprint : ::std::string::String; with_microsoft_tunnel_site_id
    microsoft_tunnel_site_id : ::std::string::String; with_proxy_server proxy_server :
    crate ::beta::AnyVpnProxyServer; with_realm realm : ::std::string::String; with_role
    role : ::std::string::String; with_servers servers : ::std::vec::Vec < crate
    ::beta::VpnServer >; with_targeted_mobile_apps targeted_mobile_apps : ::std::vec::Vec
    < crate ::beta::AnyAppListItem >; with_targeted_package_ids targeted_package_ids :
    ::std::vec::Vec < ::std::string::String >; with_identity_certificate
    identity_certificate : crate ::beta::AnyAndroidWorkProfileCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android Work Profile device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user. This profile provides limited and simpler security types than Enterprise Wi-Fi profile.
///
/// CSDL: `microsoft.graph.androidWorkProfileWiFiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyAndroidWorkProfileWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileWiFiConfiguration {
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
    /// When set to true, this profile forces the device to connect to a network that doesn't broadcast its SSID to all devices.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, not nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Network Name
    ///
    /// CSDL: property `networkName`: `Edm.String`, not nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the name of the Wi-Fi network that is broadcast to all devices.
    ///
    /// CSDL: property `ssid`: `Edm.String`, not nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Indicates whether Wi-Fi endpoint uses an EAP based security type.
    ///
    /// CSDL: property `wiFiSecurityType`: `microsoft.graph.androidWiFiSecurityType`, not nullable.
    pub wi_fi_security_type: rt::Field<crate::beta::AndroidWiFiSecurityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileWiFiConfiguration {
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
            ssid: rt::Field::Absent,
            wi_fi_security_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfileWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileWiFiConfiguration";
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
        ",\"ssid\":                         ",
        ",\"wiFiSecurityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileWiFiConfiguration\"";
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
        v.field(21usize, "ssid", &self.ssid);
        v.field(22usize, "wi_fi_security_type", &self.wi_fi_security_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileWiFiConfiguration {
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
            21usize => self.ssid.read_from(r),
            22usize => self.wi_fi_security_type.read_from(r),
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
        w.field(21usize, &self.ssid);
        w.field(22usize, &self.wi_fi_security_type);
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
rt::impl_object!(AndroidWorkProfileWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileWiFiConfiguration { with_id id : ::std::string::String;
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
    with_network_name network_name : ::std::string::String; with_ssid ssid :
    ::std::string::String; with_wi_fi_security_type wi_fi_security_type : crate
    ::beta::AndroidWiFiSecurityType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidWorkProfileWiFiConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidWorkProfileWiFiConfiguration {
    AndroidWorkProfileWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileWiFiConfiguration>,
    ),
    AndroidWorkProfileEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidWorkProfileWiFiConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AndroidWorkProfileWiFiConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileWiFiConfiguration>
for AnyAndroidWorkProfileWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileWiFiConfiguration) -> Self {
        Self::AndroidWorkProfileWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration>
for AnyAndroidWorkProfileWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidWorkProfileEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidWorkProfileWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidWorkProfileWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidWorkProfileWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidWorkProfileWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidWorkProfileWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileWiFiConfiguration>();
    rt::object::auto_traits::<
        crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidWorkProfileWiFiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.androidWorkProfileWiFiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration",
            ) => {
                Self::AndroidWorkProfileEnterpriseWiFiConfiguration(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AndroidWorkProfileWiFiConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &**v,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut **v,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidWorkProfileWiFiConfiguration {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.id,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.id,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.created_date_time
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.description,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.description,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.display_name,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.supports_scope_tags
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.supports_scope_tags
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.version,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.version,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.assignments,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.device_status_overview,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.user_status_overview
            }
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.connect_automatically,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.connect_automatically
            }
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.connect_automatically,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_automatically
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.network_name,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.network_name,
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.network_name,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.network_name,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.ssid,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.ssid,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.ssid,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.ssid,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type(
        &self,
    ) -> &rt::Field<crate::beta::AndroidWiFiSecurityType> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.wi_fi_security_type,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &v.wi_fi_security_type
            }
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidWiFiSecurityType> {
        match self {
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.wi_fi_security_type,
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                &mut v.wi_fi_security_type
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidWorkProfileWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidWorkProfileWiFiConfiguration);
