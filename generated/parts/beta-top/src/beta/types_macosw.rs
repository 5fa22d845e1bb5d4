//! Types of `microsoft.graph` by the first letters of their names (`macosw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the macOS device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user.
///
/// CSDL: `microsoft.graph.macOSWiFiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`MacOsWiFiConfigurationPath`](requests/struct.MacOsWiFiConfigurationPath.html), the type of a path to one.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq)]
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
        ",\"connectAutomatically\":",
        ",\"connectWhenNetworkNameIsHidden\":",
        ",\"networkName\":",
        ",\"preSharedKey\":",
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxyManualAddress\":",
        ",\"proxyManualPort\":",
        ",\"proxySettings\":",
        ",\"ssid\":",
        ",\"wiFiSecurityType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSWiFiConfiguration\"";
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
            18usize => ::std::option::Option::Some(&self.connect_automatically),
            19usize => {
                ::std::option::Option::Some(&self.connect_when_network_name_is_hidden)
            }
            20usize => ::std::option::Option::Some(&self.network_name),
            21usize => ::std::option::Option::Some(&self.pre_shared_key),
            22usize => {
                ::std::option::Option::Some(&self.proxy_automatic_configuration_url)
            }
            23usize => ::std::option::Option::Some(&self.proxy_manual_address),
            24usize => ::std::option::Option::Some(&self.proxy_manual_port),
            25usize => ::std::option::Option::Some(&self.proxy_settings),
            26usize => ::std::option::Option::Some(&self.ssid),
            27usize => ::std::option::Option::Some(&self.wi_fi_security_type),
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
        d.field(18usize, "connect_automatically", &self.connect_automatically);
        d.field(
            19usize,
            "connect_when_network_name_is_hidden",
            &self.connect_when_network_name_is_hidden,
        );
        d.field(20usize, "network_name", &self.network_name);
        d.field(21usize, "pre_shared_key", &self.pre_shared_key);
        d.field(
            22usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        d.field(23usize, "proxy_manual_address", &self.proxy_manual_address);
        d.field(24usize, "proxy_manual_port", &self.proxy_manual_port);
        d.field(25usize, "proxy_settings", &self.proxy_settings);
        d.field(26usize, "ssid", &self.ssid);
        d.field(27usize, "wi_fi_security_type", &self.wi_fi_security_type);
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
impl rt::Poly for AnyMacOsWiFiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.macOSWiFiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.macOSEnterpriseWiFiConfiguration",
            ) => rt::object::read_boxed(r).map(Self::MacOsEnterpriseWiFiConfiguration),
            _ => rt::object::read_boxed(r).map(Self::MacOsWiFiConfiguration),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::MacOsWiFiConfiguration(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSEnterpriseWiFiConfiguration",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyMacOsWiFiConfiguration {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::MacOsWiFiConfiguration(_) => "microsoft.graph.macOSWiFiConfiguration",
            Self::MacOsEnterpriseWiFiConfiguration(_) => {
                "microsoft.graph.macOSEnterpriseWiFiConfiguration"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::MacOsWiFiConfiguration(v) => &v.extra,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::MacOsWiFiConfiguration(v) => &mut v.extra,
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.extra,
        }
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
/// Request builders: [`MacOsWiredNetworkConfigurationPath`](requests/struct.MacOsWiredNetworkConfigurationPath.html), the type of a path to one.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq)]
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
        ",\"authenticationMethod\":",
        ",\"eapFastConfiguration\":",
        ",\"eapType\":",
        ",\"enableOuterIdentityPrivacy\":",
        ",\"networkInterface\":",
        ",\"networkName\":",
        ",\"nonEapAuthenticationMethodForEapTtls\":",
        ",\"trustedServerCertificateNames\":",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSWiredNetworkConfiguration\"";
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
            18usize => ::std::option::Option::Some(&self.authentication_method),
            19usize => ::std::option::Option::Some(&self.eap_fast_configuration),
            20usize => ::std::option::Option::Some(&self.eap_type),
            21usize => ::std::option::Option::Some(&self.enable_outer_identity_privacy),
            22usize => ::std::option::Option::Some(&self.network_interface),
            23usize => ::std::option::Option::Some(&self.network_name),
            24usize => {
                ::std::option::Option::Some(
                    &self.non_eap_authentication_method_for_eap_ttls,
                )
            }
            25usize => {
                ::std::option::Option::Some(&self.trusted_server_certificate_names)
            }
            26usize => {
                ::std::option::Option::Some(
                    &self.identity_certificate_for_client_authentication,
                )
            }
            27usize => {
                ::std::option::Option::Some(&self.root_certificate_for_server_validation)
            }
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
        d.field(18usize, "authentication_method", &self.authentication_method);
        d.field(19usize, "eap_fast_configuration", &self.eap_fast_configuration);
        d.field(20usize, "eap_type", &self.eap_type);
        d.field(
            21usize,
            "enable_outer_identity_privacy",
            &self.enable_outer_identity_privacy,
        );
        d.field(22usize, "network_interface", &self.network_interface);
        d.field(23usize, "network_name", &self.network_name);
        d.field(
            24usize,
            "non_eap_authentication_method_for_eap_ttls",
            &self.non_eap_authentication_method_for_eap_ttls,
        );
        d.field(
            25usize,
            "trusted_server_certificate_names",
            &self.trusted_server_certificate_names,
        );
        d.field(
            26usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        d.field(
            27usize,
            "root_certificate_for_server_validation",
            &self.root_certificate_for_server_validation,
        );
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
