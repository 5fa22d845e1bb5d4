//! Types of `microsoft.graph` by the first letters of their names (`windowsw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Device Configuration.
///
/// CSDL: `microsoft.graph.windowsWifiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`WindowsWifiConfigurationPath`](requests/struct.WindowsWifiConfigurationPath.html), the type of a path to one.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq)]
pub struct WindowsWifiConfiguration {
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
    /// Specify whether the wifi connection should connect automatically when in range.
    ///
    /// CSDL: property `connectAutomatically`: `Edm.Boolean`, nullable.
    pub connect_automatically: rt::Field<bool>,
    /// Specify whether the wifi connection should connect to more preferred networks when already connected to this one.  Requires ConnectAutomatically to be true.
    ///
    /// CSDL: property `connectToPreferredNetwork`: `Edm.Boolean`, nullable.
    pub connect_to_preferred_network: rt::Field<bool>,
    /// Specify whether the wifi connection should connect automatically even when the SSID is not broadcasting.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Specify whether to force FIPS compliance.
    ///
    /// CSDL: property `forceFIPSCompliance`: `Edm.Boolean`, nullable.
    pub force_fips_compliance: rt::Field<bool>,
    /// Specify the metered connection limit type for the wifi connection.
    ///
    /// CSDL: property `meteredConnectionLimit`: `microsoft.graph.meteredConnectionLimitType`, nullable.
    pub metered_connection_limit: rt::Field<crate::beta::MeteredConnectionLimitType>,
    /// Specify the network configuration name.
    ///
    /// CSDL: property `networkName`: `Edm.String`, nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// Specify the URL for the proxy server configuration script.
    ///
    /// CSDL: property `proxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// Specify the IP address for the proxy server.
    ///
    /// CSDL: property `proxyManualAddress`: `Edm.String`, nullable.
    pub proxy_manual_address: rt::Field<::std::string::String>,
    /// Specify the port for the proxy server.
    ///
    /// CSDL: property `proxyManualPort`: `Edm.Int32`, nullable.
    pub proxy_manual_port: rt::Field<i32>,
    /// Specify the proxy setting for Wi-Fi configuration
    ///
    /// CSDL: property `proxySetting`: `microsoft.graph.wiFiProxySetting`, nullable.
    pub proxy_setting: rt::Field<crate::beta::WiFiProxySetting>,
    /// Specify the SSID of the wifi connection.
    ///
    /// CSDL: property `ssid`: `Edm.String`, nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Specify the Wifi Security Type.
    ///
    /// CSDL: property `wifiSecurityType`: `microsoft.graph.wiFiSecurityType`, nullable.
    pub wifi_security_type: rt::Field<crate::beta::WiFiSecurityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsWifiConfiguration {
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
            connect_to_preferred_network: rt::Field::Absent,
            connect_when_network_name_is_hidden: rt::Field::Absent,
            force_fips_compliance: rt::Field::Absent,
            metered_connection_limit: rt::Field::Absent,
            network_name: rt::Field::Absent,
            pre_shared_key: rt::Field::Absent,
            proxy_automatic_configuration_url: rt::Field::Absent,
            proxy_manual_address: rt::Field::Absent,
            proxy_manual_port: rt::Field::Absent,
            proxy_setting: rt::Field::Absent,
            ssid: rt::Field::Absent,
            wifi_security_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsWifiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsWifiConfiguration";
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
        "connectToPreferredNetwork",
        "connectWhenNetworkNameIsHidden",
        "forceFIPSCompliance",
        "meteredConnectionLimit",
        "networkName",
        "preSharedKey",
        "proxyAutomaticConfigurationUrl",
        "proxyManualAddress",
        "proxyManualPort",
        "proxySetting",
        "ssid",
        "wifiSecurityType",
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
        ",\"connectToPreferredNetwork\":",
        ",\"connectWhenNetworkNameIsHidden\":",
        ",\"forceFIPSCompliance\":",
        ",\"meteredConnectionLimit\":",
        ",\"networkName\":",
        ",\"preSharedKey\":",
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxyManualAddress\":",
        ",\"proxyManualPort\":",
        ",\"proxySetting\":",
        ",\"ssid\":",
        ",\"wifiSecurityType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsWifiConfiguration\"";
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
            19usize => self.connect_to_preferred_network.read_from(r),
            20usize => self.connect_when_network_name_is_hidden.read_from(r),
            21usize => self.force_fips_compliance.read_from(r),
            22usize => self.metered_connection_limit.read_from(r),
            23usize => self.network_name.read_from(r),
            24usize => self.pre_shared_key.read_from(r),
            25usize => self.proxy_automatic_configuration_url.read_from(r),
            26usize => self.proxy_manual_address.read_from(r),
            27usize => self.proxy_manual_port.read_from(r),
            28usize => self.proxy_setting.read_from(r),
            29usize => self.ssid.read_from(r),
            30usize => self.wifi_security_type.read_from(r),
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
        w.field(19usize, &self.connect_to_preferred_network);
        w.field(20usize, &self.connect_when_network_name_is_hidden);
        w.field(21usize, &self.force_fips_compliance);
        w.field(22usize, &self.metered_connection_limit);
        w.field(23usize, &self.network_name);
        w.field(24usize, &self.pre_shared_key);
        w.field(25usize, &self.proxy_automatic_configuration_url);
        w.field(26usize, &self.proxy_manual_address);
        w.field(27usize, &self.proxy_manual_port);
        w.field(28usize, &self.proxy_setting);
        w.field(29usize, &self.ssid);
        w.field(30usize, &self.wifi_security_type);
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
            19usize => ::std::option::Option::Some(&self.connect_to_preferred_network),
            20usize => {
                ::std::option::Option::Some(&self.connect_when_network_name_is_hidden)
            }
            21usize => ::std::option::Option::Some(&self.force_fips_compliance),
            22usize => ::std::option::Option::Some(&self.metered_connection_limit),
            23usize => ::std::option::Option::Some(&self.network_name),
            24usize => ::std::option::Option::Some(&self.pre_shared_key),
            25usize => {
                ::std::option::Option::Some(&self.proxy_automatic_configuration_url)
            }
            26usize => ::std::option::Option::Some(&self.proxy_manual_address),
            27usize => ::std::option::Option::Some(&self.proxy_manual_port),
            28usize => ::std::option::Option::Some(&self.proxy_setting),
            29usize => ::std::option::Option::Some(&self.ssid),
            30usize => ::std::option::Option::Some(&self.wifi_security_type),
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
            "connect_to_preferred_network",
            &self.connect_to_preferred_network,
        );
        d.field(
            20usize,
            "connect_when_network_name_is_hidden",
            &self.connect_when_network_name_is_hidden,
        );
        d.field(21usize, "force_fips_compliance", &self.force_fips_compliance);
        d.field(22usize, "metered_connection_limit", &self.metered_connection_limit);
        d.field(23usize, "network_name", &self.network_name);
        d.field(24usize, "pre_shared_key", &self.pre_shared_key);
        d.field(
            25usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        d.field(26usize, "proxy_manual_address", &self.proxy_manual_address);
        d.field(27usize, "proxy_manual_port", &self.proxy_manual_port);
        d.field(28usize, "proxy_setting", &self.proxy_setting);
        d.field(29usize, "ssid", &self.ssid);
        d.field(30usize, "wifi_security_type", &self.wifi_security_type);
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
rt::impl_object!(WindowsWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsWifiConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    with_connect_to_preferred_network connect_to_preferred_network : bool;
    with_connect_when_network_name_is_hidden connect_when_network_name_is_hidden : bool;
    with_force_fips_compliance force_fips_compliance : bool;
    with_metered_connection_limit metered_connection_limit : crate
    ::beta::MeteredConnectionLimitType; with_network_name network_name :
    ::std::string::String; with_pre_shared_key pre_shared_key : ::std::string::String;
    with_proxy_automatic_configuration_url proxy_automatic_configuration_url :
    ::std::string::String; with_proxy_manual_address proxy_manual_address :
    ::std::string::String; with_proxy_manual_port proxy_manual_port : i32;
    with_proxy_setting proxy_setting : crate ::beta::WiFiProxySetting; with_ssid ssid :
    ::std::string::String; with_wifi_security_type wifi_security_type : crate
    ::beta::WiFiSecurityType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsWifiConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsWifiConfiguration {
    WindowsWifiConfiguration(::std::boxed::Box<crate::beta::WindowsWifiConfiguration>),
    WindowsWifiEnterpriseEapConfiguration(
        ::std::boxed::Box<crate::beta::WindowsWifiEnterpriseEapConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsWifiConfiguration {
    #[inline]
    fn default() -> Self {
        Self::WindowsWifiConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsWifiConfiguration>
for AnyWindowsWifiConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsWifiConfiguration) -> Self {
        Self::WindowsWifiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsWifiEnterpriseEapConfiguration>
for AnyWindowsWifiConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsWifiEnterpriseEapConfiguration) -> Self {
        Self::WindowsWifiEnterpriseEapConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsWifiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.windowsWifiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsWifiEnterpriseEAPConfiguration",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::WindowsWifiEnterpriseEapConfiguration)
            }
            _ => rt::object::read_boxed(r).map(Self::WindowsWifiConfiguration),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsWifiEnterpriseEAPConfiguration",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsWifiConfiguration {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::WindowsWifiConfiguration(_) => {
                "microsoft.graph.windowsWifiConfiguration"
            }
            Self::WindowsWifiEnterpriseEapConfiguration(_) => {
                "microsoft.graph.windowsWifiEnterpriseEAPConfiguration"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.extra,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.extra,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.id,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.id,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.created_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.created_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.description,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.description,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.display_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.display_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.version,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.version,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => &v.device_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.device_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.device_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => &v.group_assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.group_assignments,
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
            Self::WindowsWifiConfiguration(v) => &mut v.group_assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.user_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.user_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.user_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.connect_automatically,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.connect_automatically,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.connect_automatically,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.connect_automatically
            }
        }
    }
    /// `connectToPreferredNetwork` of any variant.
    #[inline]
    pub fn connect_to_preferred_network(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.connect_to_preferred_network,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.connect_to_preferred_network
            }
        }
    }
    /// `connectToPreferredNetwork` of any variant.
    #[inline]
    pub fn connect_to_preferred_network_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.connect_to_preferred_network,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.connect_to_preferred_network
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.connect_when_network_name_is_hidden,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `forceFIPSCompliance` of any variant.
    #[inline]
    pub fn force_fips_compliance(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.force_fips_compliance,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.force_fips_compliance,
        }
    }
    /// `forceFIPSCompliance` of any variant.
    #[inline]
    pub fn force_fips_compliance_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.force_fips_compliance,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.force_fips_compliance
            }
        }
    }
    /// `meteredConnectionLimit` of any variant.
    #[inline]
    pub fn metered_connection_limit(
        &self,
    ) -> &rt::Field<crate::beta::MeteredConnectionLimitType> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.metered_connection_limit,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.metered_connection_limit,
        }
    }
    /// `meteredConnectionLimit` of any variant.
    #[inline]
    pub fn metered_connection_limit_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MeteredConnectionLimitType> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.metered_connection_limit,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.metered_connection_limit
            }
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.network_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.network_name,
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.network_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.network_name,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.pre_shared_key,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.pre_shared_key,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.pre_shared_key,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.pre_shared_key,
        }
    }
    /// `proxyAutomaticConfigurationUrl` of any variant.
    #[inline]
    pub fn proxy_automatic_configuration_url(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.proxy_automatic_configuration_url,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
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
            Self::WindowsWifiConfiguration(v) => &mut v.proxy_automatic_configuration_url,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.proxy_automatic_configuration_url
            }
        }
    }
    /// `proxyManualAddress` of any variant.
    #[inline]
    pub fn proxy_manual_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.proxy_manual_address,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.proxy_manual_address,
        }
    }
    /// `proxyManualAddress` of any variant.
    #[inline]
    pub fn proxy_manual_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.proxy_manual_address,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.proxy_manual_address,
        }
    }
    /// `proxyManualPort` of any variant.
    #[inline]
    pub fn proxy_manual_port(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.proxy_manual_port,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.proxy_manual_port,
        }
    }
    /// `proxyManualPort` of any variant.
    #[inline]
    pub fn proxy_manual_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.proxy_manual_port,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.proxy_manual_port,
        }
    }
    /// `proxySetting` of any variant.
    #[inline]
    pub fn proxy_setting(&self) -> &rt::Field<crate::beta::WiFiProxySetting> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.proxy_setting,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.proxy_setting,
        }
    }
    /// `proxySetting` of any variant.
    #[inline]
    pub fn proxy_setting_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WiFiProxySetting> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.proxy_setting,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.proxy_setting,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.ssid,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.ssid,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.ssid,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.ssid,
        }
    }
    /// `wifiSecurityType` of any variant.
    #[inline]
    pub fn wifi_security_type(&self) -> &rt::Field<crate::beta::WiFiSecurityType> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.wifi_security_type,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.wifi_security_type,
        }
    }
    /// `wifiSecurityType` of any variant.
    #[inline]
    pub fn wifi_security_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WiFiSecurityType> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.wifi_security_type,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.wifi_security_type,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindowsWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This entity provides descriptions of the declared methods, properties and relationships exposed by the Wifi CSP.
///
/// CSDL: `microsoft.graph.windowsWifiEnterpriseEAPConfiguration`, entity type, derived from `microsoft.graph.windowsWifiConfiguration`, key `id`.
///
/// Request builders: [`WindowsWifiEnterpriseEapConfigurationPath`](requests/struct.WindowsWifiEnterpriseEapConfigurationPath.html), the type of a path to one.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq)]
pub struct WindowsWifiEnterpriseEapConfiguration {
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
    /// Specify whether the wifi connection should connect automatically when in range.
    ///
    /// CSDL: property `connectAutomatically`: `Edm.Boolean`, nullable.
    pub connect_automatically: rt::Field<bool>,
    /// Specify whether the wifi connection should connect to more preferred networks when already connected to this one.  Requires ConnectAutomatically to be true.
    ///
    /// CSDL: property `connectToPreferredNetwork`: `Edm.Boolean`, nullable.
    pub connect_to_preferred_network: rt::Field<bool>,
    /// Specify whether the wifi connection should connect automatically even when the SSID is not broadcasting.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Specify whether to force FIPS compliance.
    ///
    /// CSDL: property `forceFIPSCompliance`: `Edm.Boolean`, nullable.
    pub force_fips_compliance: rt::Field<bool>,
    /// Specify the metered connection limit type for the wifi connection.
    ///
    /// CSDL: property `meteredConnectionLimit`: `microsoft.graph.meteredConnectionLimitType`, nullable.
    pub metered_connection_limit: rt::Field<crate::beta::MeteredConnectionLimitType>,
    /// Specify the network configuration name.
    ///
    /// CSDL: property `networkName`: `Edm.String`, nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// Specify the URL for the proxy server configuration script.
    ///
    /// CSDL: property `proxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// Specify the IP address for the proxy server.
    ///
    /// CSDL: property `proxyManualAddress`: `Edm.String`, nullable.
    pub proxy_manual_address: rt::Field<::std::string::String>,
    /// Specify the port for the proxy server.
    ///
    /// CSDL: property `proxyManualPort`: `Edm.Int32`, nullable.
    pub proxy_manual_port: rt::Field<i32>,
    /// Specify the proxy setting for Wi-Fi configuration
    ///
    /// CSDL: property `proxySetting`: `microsoft.graph.wiFiProxySetting`, nullable.
    pub proxy_setting: rt::Field<crate::beta::WiFiProxySetting>,
    /// Specify the SSID of the wifi connection.
    ///
    /// CSDL: property `ssid`: `Edm.String`, nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Specify the Wifi Security Type.
    ///
    /// CSDL: property `wifiSecurityType`: `microsoft.graph.wiFiSecurityType`, nullable.
    pub wifi_security_type: rt::Field<crate::beta::WiFiSecurityType>,
    /// Specify the authentication method.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.wiFiAuthenticationMethod`, nullable.
    pub authentication_method: rt::Field<crate::beta::WiFiAuthenticationMethod>,
    /// Specify the number of seconds for the client to wait after an authentication attempt before failing. Valid range 1-3600.
    ///
    /// CSDL: property `authenticationPeriodInSeconds`: `Edm.Int32`, nullable.
    pub authentication_period_in_seconds: rt::Field<i32>,
    /// Specify the number of seconds between a failed authentication and the next authentication attempt. Valid range 1-3600.
    ///
    /// CSDL: property `authenticationRetryDelayPeriodInSeconds`: `Edm.Int32`, nullable.
    pub authentication_retry_delay_period_in_seconds: rt::Field<i32>,
    /// Specify whether to authenticate the user, the device, either, or to use guest authentication (none). If you’re using certificate authentication, make sure the certificate type matches the authentication type.
    ///
    /// CSDL: property `authenticationType`: `microsoft.graph.wifiAuthenticationType`, nullable.
    pub authentication_type: rt::Field<crate::beta::WifiAuthenticationType>,
    /// Specify whether to cache user credentials on the device so that users don’t need to keep entering them each time they connect.
    ///
    /// CSDL: property `cacheCredentials`: `Edm.Boolean`, nullable.
    pub cache_credentials: rt::Field<bool>,
    /// Specify whether to prevent the user from being prompted to authorize new servers for trusted certification authorities when EAP type is selected as PEAP.
    ///
    /// CSDL: property `disableUserPromptForServerValidation`: `Edm.Boolean`, nullable.
    pub disable_user_prompt_for_server_validation: rt::Field<bool>,
    /// Specify the number of seconds to wait before sending an EAPOL (Extensible Authentication Protocol over LAN) Start message. Valid range 1-3600.
    ///
    /// CSDL: property `eapolStartPeriodInSeconds`: `Edm.Int32`, nullable.
    pub eapol_start_period_in_seconds: rt::Field<i32>,
    /// Extensible Authentication Protocol (EAP). Indicates the type of EAP protocol set on the Wi-Fi endpoint (router).
    ///
    /// CSDL: property `eapType`: `microsoft.graph.eapType`, not nullable.
    pub eap_type: rt::Field<crate::beta::EapType>,
    /// Specify whether the wifi connection should enable pairwise master key caching.
    ///
    /// CSDL: property `enablePairwiseMasterKeyCaching`: `Edm.Boolean`, nullable.
    pub enable_pairwise_master_key_caching: rt::Field<bool>,
    /// Specify whether pre-authentication should be enabled.
    ///
    /// CSDL: property `enablePreAuthentication`: `Edm.Boolean`, nullable.
    pub enable_pre_authentication: rt::Field<bool>,
    /// Specify inner authentication protocol for EAP TTLS.
    ///
    /// CSDL: property `innerAuthenticationProtocolForEAPTTLS`: `microsoft.graph.nonEapAuthenticationMethodForEapTtlsType`, nullable.
    pub inner_authentication_protocol_for_eapttls: rt::Field<
        crate::beta::NonEapAuthenticationMethodForEapTtlsType,
    >,
    /// Specify the maximum authentication failures allowed for a set of credentials. Valid range 1-100.
    ///
    /// CSDL: property `maximumAuthenticationFailures`: `Edm.Int32`, nullable.
    pub maximum_authentication_failures: rt::Field<i32>,
    /// Specify maximum authentication timeout (in seconds).  Valid range: 1-120
    ///
    /// CSDL: property `maximumAuthenticationTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub maximum_authentication_timeout_in_seconds: rt::Field<i32>,
    /// Specifiy the maximum number of EAPOL (Extensible Authentication Protocol over LAN) Start messages to be sent before returning failure. Valid range 1-100.
    ///
    /// CSDL: property `maximumEAPOLStartMessages`: `Edm.Int32`, nullable.
    pub maximum_eapol_start_messages: rt::Field<i32>,
    /// Specify maximum number of pairwise master keys in cache.  Valid range: 1-255
    ///
    /// CSDL: property `maximumNumberOfPairwiseMasterKeysInCache`: `Edm.Int32`, nullable.
    pub maximum_number_of_pairwise_master_keys_in_cache: rt::Field<i32>,
    /// Specify maximum pairwise master key cache time (in minutes).  Valid range: 5-1440
    ///
    /// CSDL: property `maximumPairwiseMasterKeyCacheTimeInMinutes`: `Edm.Int32`, nullable.
    pub maximum_pairwise_master_key_cache_time_in_minutes: rt::Field<i32>,
    /// Specify maximum pre-authentication attempts.  Valid range: 1-16
    ///
    /// CSDL: property `maximumPreAuthenticationAttempts`: `Edm.Int32`, nullable.
    pub maximum_pre_authentication_attempts: rt::Field<i32>,
    /// Specify the network single sign on type.
    ///
    /// CSDL: property `networkSingleSignOn`: `microsoft.graph.networkSingleSignOnType`, nullable.
    pub network_single_sign_on: rt::Field<crate::beta::NetworkSingleSignOnType>,
    /// Specify the string to replace usernames for privacy when using EAP TTLS or PEAP.
    ///
    /// CSDL: property `outerIdentityPrivacyTemporaryValue`: `Edm.String`, nullable.
    pub outer_identity_privacy_temporary_value: rt::Field<::std::string::String>,
    /// Specify whether to enable verification of server's identity by validating the certificate when EAP type is selected as PEAP.
    ///
    /// CSDL: property `performServerValidation`: `Edm.Boolean`, nullable.
    pub perform_server_validation: rt::Field<bool>,
    /// Specify whether the wifi connection should prompt for additional authentication credentials.
    ///
    /// CSDL: property `promptForAdditionalAuthenticationCredentials`: `Edm.Boolean`, nullable.
    pub prompt_for_additional_authentication_credentials: rt::Field<bool>,
    /// Specify whether to enable cryptographic binding when EAP type is selected as PEAP.
    ///
    /// CSDL: property `requireCryptographicBinding`: `Edm.Boolean`, nullable.
    pub require_cryptographic_binding: rt::Field<bool>,
    /// Specify trusted server certificate names.
    ///
    /// CSDL: property `trustedServerCertificateNames`: `Collection(Edm.String)`, nullable.
    pub trusted_server_certificate_names: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Specifiy whether to change the virtual LAN used by the device based on the user’s credentials. Cannot be used when NetworkSingleSignOnType is set to ​Disabled.
    ///
    /// CSDL: property `userBasedVirtualLan`: `Edm.Boolean`, nullable.
    pub user_based_virtual_lan: rt::Field<bool>,
    /// Specify identity certificate for client authentication.
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.windowsCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyWindowsCertificateProfileBase,
    >,
    /// Specify root certificate for client validation.
    ///
    /// CSDL: navigation property `rootCertificateForClientValidation`: `microsoft.graph.windows81TrustedRootCertificate`, nullable.
    pub root_certificate_for_client_validation: rt::Field<
        crate::beta::Windows81TrustedRootCertificate,
    >,
    /// Specify root certificate for server validation.
    ///
    /// CSDL: containment navigation property `rootCertificatesForServerValidation`: `Collection(microsoft.graph.windows81TrustedRootCertificate)`, not nullable.
    pub root_certificates_for_server_validation: rt::Field<
        ::std::vec::Vec<crate::beta::Windows81TrustedRootCertificate>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsWifiEnterpriseEapConfiguration {
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
            connect_to_preferred_network: rt::Field::Absent,
            connect_when_network_name_is_hidden: rt::Field::Absent,
            force_fips_compliance: rt::Field::Absent,
            metered_connection_limit: rt::Field::Absent,
            network_name: rt::Field::Absent,
            pre_shared_key: rt::Field::Absent,
            proxy_automatic_configuration_url: rt::Field::Absent,
            proxy_manual_address: rt::Field::Absent,
            proxy_manual_port: rt::Field::Absent,
            proxy_setting: rt::Field::Absent,
            ssid: rt::Field::Absent,
            wifi_security_type: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            authentication_period_in_seconds: rt::Field::Absent,
            authentication_retry_delay_period_in_seconds: rt::Field::Absent,
            authentication_type: rt::Field::Absent,
            cache_credentials: rt::Field::Absent,
            disable_user_prompt_for_server_validation: rt::Field::Absent,
            eapol_start_period_in_seconds: rt::Field::Absent,
            eap_type: rt::Field::Absent,
            enable_pairwise_master_key_caching: rt::Field::Absent,
            enable_pre_authentication: rt::Field::Absent,
            inner_authentication_protocol_for_eapttls: rt::Field::Absent,
            maximum_authentication_failures: rt::Field::Absent,
            maximum_authentication_timeout_in_seconds: rt::Field::Absent,
            maximum_eapol_start_messages: rt::Field::Absent,
            maximum_number_of_pairwise_master_keys_in_cache: rt::Field::Absent,
            maximum_pairwise_master_key_cache_time_in_minutes: rt::Field::Absent,
            maximum_pre_authentication_attempts: rt::Field::Absent,
            network_single_sign_on: rt::Field::Absent,
            outer_identity_privacy_temporary_value: rt::Field::Absent,
            perform_server_validation: rt::Field::Absent,
            prompt_for_additional_authentication_credentials: rt::Field::Absent,
            require_cryptographic_binding: rt::Field::Absent,
            trusted_server_certificate_names: rt::Field::Absent,
            user_based_virtual_lan: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificate_for_client_validation: rt::Field::Absent,
            root_certificates_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsWifiEnterpriseEapConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsWifiEnterpriseEAPConfiguration";
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
        "connectToPreferredNetwork",
        "connectWhenNetworkNameIsHidden",
        "forceFIPSCompliance",
        "meteredConnectionLimit",
        "networkName",
        "preSharedKey",
        "proxyAutomaticConfigurationUrl",
        "proxyManualAddress",
        "proxyManualPort",
        "proxySetting",
        "ssid",
        "wifiSecurityType",
        "authenticationMethod",
        "authenticationPeriodInSeconds",
        "authenticationRetryDelayPeriodInSeconds",
        "authenticationType",
        "cacheCredentials",
        "disableUserPromptForServerValidation",
        "eapolStartPeriodInSeconds",
        "eapType",
        "enablePairwiseMasterKeyCaching",
        "enablePreAuthentication",
        "innerAuthenticationProtocolForEAPTTLS",
        "maximumAuthenticationFailures",
        "maximumAuthenticationTimeoutInSeconds",
        "maximumEAPOLStartMessages",
        "maximumNumberOfPairwiseMasterKeysInCache",
        "maximumPairwiseMasterKeyCacheTimeInMinutes",
        "maximumPreAuthenticationAttempts",
        "networkSingleSignOn",
        "outerIdentityPrivacyTemporaryValue",
        "performServerValidation",
        "promptForAdditionalAuthenticationCredentials",
        "requireCryptographicBinding",
        "trustedServerCertificateNames",
        "userBasedVirtualLan",
        "identityCertificateForClientAuthentication",
        "rootCertificateForClientValidation",
        "rootCertificatesForServerValidation",
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
        ",\"connectToPreferredNetwork\":",
        ",\"connectWhenNetworkNameIsHidden\":",
        ",\"forceFIPSCompliance\":",
        ",\"meteredConnectionLimit\":",
        ",\"networkName\":",
        ",\"preSharedKey\":",
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxyManualAddress\":",
        ",\"proxyManualPort\":",
        ",\"proxySetting\":",
        ",\"ssid\":",
        ",\"wifiSecurityType\":",
        ",\"authenticationMethod\":",
        ",\"authenticationPeriodInSeconds\":",
        ",\"authenticationRetryDelayPeriodInSeconds\":",
        ",\"authenticationType\":",
        ",\"cacheCredentials\":",
        ",\"disableUserPromptForServerValidation\":",
        ",\"eapolStartPeriodInSeconds\":",
        ",\"eapType\":",
        ",\"enablePairwiseMasterKeyCaching\":",
        ",\"enablePreAuthentication\":",
        ",\"innerAuthenticationProtocolForEAPTTLS\":",
        ",\"maximumAuthenticationFailures\":",
        ",\"maximumAuthenticationTimeoutInSeconds\":",
        ",\"maximumEAPOLStartMessages\":",
        ",\"maximumNumberOfPairwiseMasterKeysInCache\":",
        ",\"maximumPairwiseMasterKeyCacheTimeInMinutes\":",
        ",\"maximumPreAuthenticationAttempts\":",
        ",\"networkSingleSignOn\":",
        ",\"outerIdentityPrivacyTemporaryValue\":",
        ",\"performServerValidation\":",
        ",\"promptForAdditionalAuthenticationCredentials\":",
        ",\"requireCryptographicBinding\":",
        ",\"trustedServerCertificateNames\":",
        ",\"userBasedVirtualLan\":",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForClientValidation\":",
        ",\"rootCertificatesForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsWifiEnterpriseEAPConfiguration\"";
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
            19usize => self.connect_to_preferred_network.read_from(r),
            20usize => self.connect_when_network_name_is_hidden.read_from(r),
            21usize => self.force_fips_compliance.read_from(r),
            22usize => self.metered_connection_limit.read_from(r),
            23usize => self.network_name.read_from(r),
            24usize => self.pre_shared_key.read_from(r),
            25usize => self.proxy_automatic_configuration_url.read_from(r),
            26usize => self.proxy_manual_address.read_from(r),
            27usize => self.proxy_manual_port.read_from(r),
            28usize => self.proxy_setting.read_from(r),
            29usize => self.ssid.read_from(r),
            30usize => self.wifi_security_type.read_from(r),
            31usize => self.authentication_method.read_from(r),
            32usize => self.authentication_period_in_seconds.read_from(r),
            33usize => self.authentication_retry_delay_period_in_seconds.read_from(r),
            34usize => self.authentication_type.read_from(r),
            35usize => self.cache_credentials.read_from(r),
            36usize => self.disable_user_prompt_for_server_validation.read_from(r),
            37usize => self.eapol_start_period_in_seconds.read_from(r),
            38usize => self.eap_type.read_from(r),
            39usize => self.enable_pairwise_master_key_caching.read_from(r),
            40usize => self.enable_pre_authentication.read_from(r),
            41usize => self.inner_authentication_protocol_for_eapttls.read_from(r),
            42usize => self.maximum_authentication_failures.read_from(r),
            43usize => self.maximum_authentication_timeout_in_seconds.read_from(r),
            44usize => self.maximum_eapol_start_messages.read_from(r),
            45usize => self.maximum_number_of_pairwise_master_keys_in_cache.read_from(r),
            46usize => {
                self.maximum_pairwise_master_key_cache_time_in_minutes.read_from(r)
            }
            47usize => self.maximum_pre_authentication_attempts.read_from(r),
            48usize => self.network_single_sign_on.read_from(r),
            49usize => self.outer_identity_privacy_temporary_value.read_from(r),
            50usize => self.perform_server_validation.read_from(r),
            51usize => self.prompt_for_additional_authentication_credentials.read_from(r),
            52usize => self.require_cryptographic_binding.read_from(r),
            53usize => self.trusted_server_certificate_names.read_from(r),
            54usize => self.user_based_virtual_lan.read_from(r),
            55usize => self.identity_certificate_for_client_authentication.read_from(r),
            56usize => self.root_certificate_for_client_validation.read_from(r),
            57usize => self.root_certificates_for_server_validation.read_from(r),
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
        w.field(19usize, &self.connect_to_preferred_network);
        w.field(20usize, &self.connect_when_network_name_is_hidden);
        w.field(21usize, &self.force_fips_compliance);
        w.field(22usize, &self.metered_connection_limit);
        w.field(23usize, &self.network_name);
        w.field(24usize, &self.pre_shared_key);
        w.field(25usize, &self.proxy_automatic_configuration_url);
        w.field(26usize, &self.proxy_manual_address);
        w.field(27usize, &self.proxy_manual_port);
        w.field(28usize, &self.proxy_setting);
        w.field(29usize, &self.ssid);
        w.field(30usize, &self.wifi_security_type);
        w.field(31usize, &self.authentication_method);
        w.field(32usize, &self.authentication_period_in_seconds);
        w.field(33usize, &self.authentication_retry_delay_period_in_seconds);
        w.field(34usize, &self.authentication_type);
        w.field(35usize, &self.cache_credentials);
        w.field(36usize, &self.disable_user_prompt_for_server_validation);
        w.field(37usize, &self.eapol_start_period_in_seconds);
        w.field(38usize, &self.eap_type);
        w.field(39usize, &self.enable_pairwise_master_key_caching);
        w.field(40usize, &self.enable_pre_authentication);
        w.field(41usize, &self.inner_authentication_protocol_for_eapttls);
        w.field(42usize, &self.maximum_authentication_failures);
        w.field(43usize, &self.maximum_authentication_timeout_in_seconds);
        w.field(44usize, &self.maximum_eapol_start_messages);
        w.field(45usize, &self.maximum_number_of_pairwise_master_keys_in_cache);
        w.field(46usize, &self.maximum_pairwise_master_key_cache_time_in_minutes);
        w.field(47usize, &self.maximum_pre_authentication_attempts);
        w.field(48usize, &self.network_single_sign_on);
        w.field(49usize, &self.outer_identity_privacy_temporary_value);
        w.field(50usize, &self.perform_server_validation);
        w.field(51usize, &self.prompt_for_additional_authentication_credentials);
        w.field(52usize, &self.require_cryptographic_binding);
        w.field(53usize, &self.trusted_server_certificate_names);
        w.field(54usize, &self.user_based_virtual_lan);
        w.field(55usize, &self.identity_certificate_for_client_authentication);
        w.field(56usize, &self.root_certificate_for_client_validation);
        w.field(57usize, &self.root_certificates_for_server_validation);
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
            19usize => ::std::option::Option::Some(&self.connect_to_preferred_network),
            20usize => {
                ::std::option::Option::Some(&self.connect_when_network_name_is_hidden)
            }
            21usize => ::std::option::Option::Some(&self.force_fips_compliance),
            22usize => ::std::option::Option::Some(&self.metered_connection_limit),
            23usize => ::std::option::Option::Some(&self.network_name),
            24usize => ::std::option::Option::Some(&self.pre_shared_key),
            25usize => {
                ::std::option::Option::Some(&self.proxy_automatic_configuration_url)
            }
            26usize => ::std::option::Option::Some(&self.proxy_manual_address),
            27usize => ::std::option::Option::Some(&self.proxy_manual_port),
            28usize => ::std::option::Option::Some(&self.proxy_setting),
            29usize => ::std::option::Option::Some(&self.ssid),
            30usize => ::std::option::Option::Some(&self.wifi_security_type),
            31usize => ::std::option::Option::Some(&self.authentication_method),
            32usize => {
                ::std::option::Option::Some(&self.authentication_period_in_seconds)
            }
            33usize => {
                ::std::option::Option::Some(
                    &self.authentication_retry_delay_period_in_seconds,
                )
            }
            34usize => ::std::option::Option::Some(&self.authentication_type),
            35usize => ::std::option::Option::Some(&self.cache_credentials),
            36usize => {
                ::std::option::Option::Some(
                    &self.disable_user_prompt_for_server_validation,
                )
            }
            37usize => ::std::option::Option::Some(&self.eapol_start_period_in_seconds),
            38usize => ::std::option::Option::Some(&self.eap_type),
            39usize => {
                ::std::option::Option::Some(&self.enable_pairwise_master_key_caching)
            }
            40usize => ::std::option::Option::Some(&self.enable_pre_authentication),
            41usize => {
                ::std::option::Option::Some(
                    &self.inner_authentication_protocol_for_eapttls,
                )
            }
            42usize => ::std::option::Option::Some(&self.maximum_authentication_failures),
            43usize => {
                ::std::option::Option::Some(
                    &self.maximum_authentication_timeout_in_seconds,
                )
            }
            44usize => ::std::option::Option::Some(&self.maximum_eapol_start_messages),
            45usize => {
                ::std::option::Option::Some(
                    &self.maximum_number_of_pairwise_master_keys_in_cache,
                )
            }
            46usize => {
                ::std::option::Option::Some(
                    &self.maximum_pairwise_master_key_cache_time_in_minutes,
                )
            }
            47usize => {
                ::std::option::Option::Some(&self.maximum_pre_authentication_attempts)
            }
            48usize => ::std::option::Option::Some(&self.network_single_sign_on),
            49usize => {
                ::std::option::Option::Some(&self.outer_identity_privacy_temporary_value)
            }
            50usize => ::std::option::Option::Some(&self.perform_server_validation),
            51usize => {
                ::std::option::Option::Some(
                    &self.prompt_for_additional_authentication_credentials,
                )
            }
            52usize => ::std::option::Option::Some(&self.require_cryptographic_binding),
            53usize => {
                ::std::option::Option::Some(&self.trusted_server_certificate_names)
            }
            54usize => ::std::option::Option::Some(&self.user_based_virtual_lan),
            55usize => {
                ::std::option::Option::Some(
                    &self.identity_certificate_for_client_authentication,
                )
            }
            56usize => {
                ::std::option::Option::Some(&self.root_certificate_for_client_validation)
            }
            57usize => {
                ::std::option::Option::Some(
                    &self.root_certificates_for_server_validation,
                )
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
        d.field(18usize, "connect_automatically", &self.connect_automatically);
        d.field(
            19usize,
            "connect_to_preferred_network",
            &self.connect_to_preferred_network,
        );
        d.field(
            20usize,
            "connect_when_network_name_is_hidden",
            &self.connect_when_network_name_is_hidden,
        );
        d.field(21usize, "force_fips_compliance", &self.force_fips_compliance);
        d.field(22usize, "metered_connection_limit", &self.metered_connection_limit);
        d.field(23usize, "network_name", &self.network_name);
        d.field(24usize, "pre_shared_key", &self.pre_shared_key);
        d.field(
            25usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        d.field(26usize, "proxy_manual_address", &self.proxy_manual_address);
        d.field(27usize, "proxy_manual_port", &self.proxy_manual_port);
        d.field(28usize, "proxy_setting", &self.proxy_setting);
        d.field(29usize, "ssid", &self.ssid);
        d.field(30usize, "wifi_security_type", &self.wifi_security_type);
        d.field(31usize, "authentication_method", &self.authentication_method);
        d.field(
            32usize,
            "authentication_period_in_seconds",
            &self.authentication_period_in_seconds,
        );
        d.field(
            33usize,
            "authentication_retry_delay_period_in_seconds",
            &self.authentication_retry_delay_period_in_seconds,
        );
        d.field(34usize, "authentication_type", &self.authentication_type);
        d.field(35usize, "cache_credentials", &self.cache_credentials);
        d.field(
            36usize,
            "disable_user_prompt_for_server_validation",
            &self.disable_user_prompt_for_server_validation,
        );
        d.field(
            37usize,
            "eapol_start_period_in_seconds",
            &self.eapol_start_period_in_seconds,
        );
        d.field(38usize, "eap_type", &self.eap_type);
        d.field(
            39usize,
            "enable_pairwise_master_key_caching",
            &self.enable_pairwise_master_key_caching,
        );
        d.field(40usize, "enable_pre_authentication", &self.enable_pre_authentication);
        d.field(
            41usize,
            "inner_authentication_protocol_for_eapttls",
            &self.inner_authentication_protocol_for_eapttls,
        );
        d.field(
            42usize,
            "maximum_authentication_failures",
            &self.maximum_authentication_failures,
        );
        d.field(
            43usize,
            "maximum_authentication_timeout_in_seconds",
            &self.maximum_authentication_timeout_in_seconds,
        );
        d.field(
            44usize,
            "maximum_eapol_start_messages",
            &self.maximum_eapol_start_messages,
        );
        d.field(
            45usize,
            "maximum_number_of_pairwise_master_keys_in_cache",
            &self.maximum_number_of_pairwise_master_keys_in_cache,
        );
        d.field(
            46usize,
            "maximum_pairwise_master_key_cache_time_in_minutes",
            &self.maximum_pairwise_master_key_cache_time_in_minutes,
        );
        d.field(
            47usize,
            "maximum_pre_authentication_attempts",
            &self.maximum_pre_authentication_attempts,
        );
        d.field(48usize, "network_single_sign_on", &self.network_single_sign_on);
        d.field(
            49usize,
            "outer_identity_privacy_temporary_value",
            &self.outer_identity_privacy_temporary_value,
        );
        d.field(50usize, "perform_server_validation", &self.perform_server_validation);
        d.field(
            51usize,
            "prompt_for_additional_authentication_credentials",
            &self.prompt_for_additional_authentication_credentials,
        );
        d.field(
            52usize,
            "require_cryptographic_binding",
            &self.require_cryptographic_binding,
        );
        d.field(
            53usize,
            "trusted_server_certificate_names",
            &self.trusted_server_certificate_names,
        );
        d.field(54usize, "user_based_virtual_lan", &self.user_based_virtual_lan);
        d.field(
            55usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        d.field(
            56usize,
            "root_certificate_for_client_validation",
            &self.root_certificate_for_client_validation,
        );
        d.field(
            57usize,
            "root_certificates_for_server_validation",
            &self.root_certificates_for_server_validation,
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
rt::impl_object!(WindowsWifiEnterpriseEapConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsWifiEnterpriseEapConfiguration { with_id id : ::std::string::String;
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
    with_connect_to_preferred_network connect_to_preferred_network : bool;
    with_connect_when_network_name_is_hidden connect_when_network_name_is_hidden : bool;
    with_force_fips_compliance force_fips_compliance : bool;
    with_metered_connection_limit metered_connection_limit : crate
    ::beta::MeteredConnectionLimitType; with_network_name network_name :
    ::std::string::String; with_pre_shared_key pre_shared_key : ::std::string::String;
    with_proxy_automatic_configuration_url proxy_automatic_configuration_url :
    ::std::string::String; with_proxy_manual_address proxy_manual_address :
    ::std::string::String; with_proxy_manual_port proxy_manual_port : i32;
    with_proxy_setting proxy_setting : crate ::beta::WiFiProxySetting; with_ssid ssid :
    ::std::string::String; with_wifi_security_type wifi_security_type : crate
    ::beta::WiFiSecurityType; with_authentication_method authentication_method : crate
    ::beta::WiFiAuthenticationMethod; with_authentication_period_in_seconds
    authentication_period_in_seconds : i32;
    with_authentication_retry_delay_period_in_seconds
    authentication_retry_delay_period_in_seconds : i32; with_authentication_type
    authentication_type : crate ::beta::WifiAuthenticationType; with_cache_credentials
    cache_credentials : bool; with_disable_user_prompt_for_server_validation
    disable_user_prompt_for_server_validation : bool; with_eapol_start_period_in_seconds
    eapol_start_period_in_seconds : i32; with_eap_type eap_type : crate ::beta::EapType;
    with_enable_pairwise_master_key_caching enable_pairwise_master_key_caching : bool;
    with_enable_pre_authentication enable_pre_authentication : bool;
    with_inner_authentication_protocol_for_eapttls
    inner_authentication_protocol_for_eapttls : crate
    ::beta::NonEapAuthenticationMethodForEapTtlsType;
    with_maximum_authentication_failures maximum_authentication_failures : i32;
    with_maximum_authentication_timeout_in_seconds
    maximum_authentication_timeout_in_seconds : i32; with_maximum_eapol_start_messages
    maximum_eapol_start_messages : i32;
    with_maximum_number_of_pairwise_master_keys_in_cache
    maximum_number_of_pairwise_master_keys_in_cache : i32;
    with_maximum_pairwise_master_key_cache_time_in_minutes
    maximum_pairwise_master_key_cache_time_in_minutes : i32;
    with_maximum_pre_authentication_attempts maximum_pre_authentication_attempts : i32;
    with_network_single_sign_on network_single_sign_on : crate
    ::beta::NetworkSingleSignOnType; with_outer_identity_privacy_temporary_value
    outer_identity_privacy_temporary_value : ::std::string::String;
    with_perform_server_validation perform_server_validation : bool;
    with_prompt_for_additional_authentication_credentials
    prompt_for_additional_authentication_credentials : bool;
    with_require_cryptographic_binding require_cryptographic_binding : bool;
    with_trusted_server_certificate_names trusted_server_certificate_names :
    ::std::vec::Vec < ::std::string::String >; with_user_based_virtual_lan
    user_based_virtual_lan : bool; with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyWindowsCertificateProfileBase; with_root_certificate_for_client_validation
    root_certificate_for_client_validation : crate
    ::beta::Windows81TrustedRootCertificate; with_root_certificates_for_server_validation
    root_certificates_for_server_validation : ::std::vec::Vec < crate
    ::beta::Windows81TrustedRootCertificate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsWifiEnterpriseEapConfiguration);
