//! Types of `microsoft.graph` by the first letters of their names (`ao_az`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the AndroidDeviceOwnerAOSPDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.aospDeviceOwnerDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AospDeviceOwnerDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AospDeviceOwnerDeviceConfiguration {
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
    /// Indicates whether or not the user is allowed to enable to unknown sources setting.
    ///
    /// CSDL: property `appsAllowInstallFromUnknownSources`: `Edm.Boolean`, nullable.
    pub apps_allow_install_from_unknown_sources: rt::Field<bool>,
    /// Indicates whether or not to block backup service.
    ///
    /// CSDL: property `backupBlocked`: `Edm.Boolean`, nullable.
    pub backup_blocked: rt::Field<bool>,
    /// Indicates whether or not to block a user from configuring bluetooth.
    ///
    /// CSDL: property `bluetoothBlockConfiguration`: `Edm.Boolean`, nullable.
    pub bluetooth_block_configuration: rt::Field<bool>,
    /// Indicates whether or not to block a user from sharing contacts via bluetooth.
    ///
    /// CSDL: property `bluetoothBlockContactSharing`: `Edm.Boolean`, nullable.
    pub bluetooth_block_contact_sharing: rt::Field<bool>,
    /// Indicates whether or not to disable the use of bluetooth. When set to true, bluetooth cannot be enabled on the device.
    ///
    /// CSDL: property `bluetoothBlocked`: `Edm.Boolean`, nullable.
    pub bluetooth_blocked: rt::Field<bool>,
    /// Indicates whether or not to disable the use of the camera.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Wi-Fi tethering.
    ///
    /// CSDL: property `cellularBlockWiFiTethering`: `Edm.Boolean`, nullable.
    pub cellular_block_wi_fi_tethering: rt::Field<bool>,
    /// Indicates whether or not the factory reset option in settings is disabled.
    ///
    /// CSDL: property `factoryResetBlocked`: `Edm.Boolean`, nullable.
    pub factory_reset_blocked: rt::Field<bool>,
    /// Indicates the minimum length of the password required on the device. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
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
    /// Indicates whether or not to disable the capability to take screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from enabling debugging features on the device.
    ///
    /// CSDL: property `securityAllowDebuggingFeatures`: `Edm.Boolean`, nullable.
    pub security_allow_debugging_features: rt::Field<bool>,
    /// Indicates whether or not to block USB storage.
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
    /// Indicates whether or not to block the user from editing the wifi connection settings.
    ///
    /// CSDL: property `wifiBlockEditConfigurations`: `Edm.Boolean`, nullable.
    pub wifi_block_edit_configurations: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AospDeviceOwnerDeviceConfiguration {
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
            apps_allow_install_from_unknown_sources: rt::Field::Absent,
            backup_blocked: rt::Field::Absent,
            bluetooth_block_configuration: rt::Field::Absent,
            bluetooth_block_contact_sharing: rt::Field::Absent,
            bluetooth_blocked: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_wi_fi_tethering: rt::Field::Absent,
            factory_reset_blocked: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            security_allow_debugging_features: rt::Field::Absent,
            storage_allow_usb: rt::Field::Absent,
            storage_block_external_media: rt::Field::Absent,
            storage_block_usb_file_transfer: rt::Field::Absent,
            wifi_block_edit_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AospDeviceOwnerDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.aospDeviceOwnerDeviceConfiguration";
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
        "appsAllowInstallFromUnknownSources",
        "backupBlocked",
        "bluetoothBlockConfiguration",
        "bluetoothBlockContactSharing",
        "bluetoothBlocked",
        "cameraBlocked",
        "cellularBlockWiFiTethering",
        "factoryResetBlocked",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "screenCaptureBlocked",
        "securityAllowDebuggingFeatures",
        "storageAllowUsb",
        "storageBlockExternalMedia",
        "storageBlockUsbFileTransfer",
        "wifiBlockEditConfigurations",
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
        ",\"appsAllowInstallFromUnknownSources\":",
        ",\"backupBlocked\":                ",
        ",\"bluetoothBlockConfiguration\":  ",
        ",\"bluetoothBlockContactSharing\": ",
        ",\"bluetoothBlocked\":             ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockWiFiTethering\":   ",
        ",\"factoryResetBlocked\":          ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"screenCaptureBlocked\":         ",
        ",\"securityAllowDebuggingFeatures\":",
        ",\"storageAllowUsb\":              ",
        ",\"storageBlockExternalMedia\":    ",
        ",\"storageBlockUsbFileTransfer\":  ",
        ",\"wifiBlockEditConfigurations\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aospDeviceOwnerDeviceConfiguration\"";
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
            "apps_allow_install_from_unknown_sources",
            &self.apps_allow_install_from_unknown_sources,
        );
        v.field(19usize, "backup_blocked", &self.backup_blocked);
        v.field(
            20usize,
            "bluetooth_block_configuration",
            &self.bluetooth_block_configuration,
        );
        v.field(
            21usize,
            "bluetooth_block_contact_sharing",
            &self.bluetooth_block_contact_sharing,
        );
        v.field(22usize, "bluetooth_blocked", &self.bluetooth_blocked);
        v.field(23usize, "camera_blocked", &self.camera_blocked);
        v.field(
            24usize,
            "cellular_block_wi_fi_tethering",
            &self.cellular_block_wi_fi_tethering,
        );
        v.field(25usize, "factory_reset_blocked", &self.factory_reset_blocked);
        v.field(26usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            27usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(28usize, "password_required_type", &self.password_required_type);
        v.field(
            29usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(30usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            31usize,
            "security_allow_debugging_features",
            &self.security_allow_debugging_features,
        );
        v.field(32usize, "storage_allow_usb", &self.storage_allow_usb);
        v.field(
            33usize,
            "storage_block_external_media",
            &self.storage_block_external_media,
        );
        v.field(
            34usize,
            "storage_block_usb_file_transfer",
            &self.storage_block_usb_file_transfer,
        );
        v.field(
            35usize,
            "wifi_block_edit_configurations",
            &self.wifi_block_edit_configurations,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AospDeviceOwnerDeviceConfiguration {
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
            18usize => self.apps_allow_install_from_unknown_sources.read_from(r),
            19usize => self.backup_blocked.read_from(r),
            20usize => self.bluetooth_block_configuration.read_from(r),
            21usize => self.bluetooth_block_contact_sharing.read_from(r),
            22usize => self.bluetooth_blocked.read_from(r),
            23usize => self.camera_blocked.read_from(r),
            24usize => self.cellular_block_wi_fi_tethering.read_from(r),
            25usize => self.factory_reset_blocked.read_from(r),
            26usize => self.password_minimum_length.read_from(r),
            27usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            28usize => self.password_required_type.read_from(r),
            29usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            30usize => self.screen_capture_blocked.read_from(r),
            31usize => self.security_allow_debugging_features.read_from(r),
            32usize => self.storage_allow_usb.read_from(r),
            33usize => self.storage_block_external_media.read_from(r),
            34usize => self.storage_block_usb_file_transfer.read_from(r),
            35usize => self.wifi_block_edit_configurations.read_from(r),
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
        w.field(18usize, &self.apps_allow_install_from_unknown_sources);
        w.field(19usize, &self.backup_blocked);
        w.field(20usize, &self.bluetooth_block_configuration);
        w.field(21usize, &self.bluetooth_block_contact_sharing);
        w.field(22usize, &self.bluetooth_blocked);
        w.field(23usize, &self.camera_blocked);
        w.field(24usize, &self.cellular_block_wi_fi_tethering);
        w.field(25usize, &self.factory_reset_blocked);
        w.field(26usize, &self.password_minimum_length);
        w.field(27usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(28usize, &self.password_required_type);
        w.field(29usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(30usize, &self.screen_capture_blocked);
        w.field(31usize, &self.security_allow_debugging_features);
        w.field(32usize, &self.storage_allow_usb);
        w.field(33usize, &self.storage_block_external_media);
        w.field(34usize, &self.storage_block_usb_file_transfer);
        w.field(35usize, &self.wifi_block_edit_configurations);
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
rt::impl_object!(AospDeviceOwnerDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AospDeviceOwnerDeviceConfiguration { with_id id : ::std::string::String;
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
    with_apps_allow_install_from_unknown_sources apps_allow_install_from_unknown_sources
    : bool; with_backup_blocked backup_blocked : bool; with_bluetooth_block_configuration
    bluetooth_block_configuration : bool; with_bluetooth_block_contact_sharing
    bluetooth_block_contact_sharing : bool; with_bluetooth_blocked bluetooth_blocked :
    bool; with_camera_blocked camera_blocked : bool; with_cellular_block_wi_fi_tethering
    cellular_block_wi_fi_tethering : bool; with_factory_reset_blocked
    factory_reset_blocked : bool; with_password_minimum_length password_minimum_length :
    i32; with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_required_type password_required_type : crate
    ::beta::AndroidDeviceOwnerRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_screen_capture_blocked screen_capture_blocked : bool;
    with_security_allow_debugging_features security_allow_debugging_features : bool;
    with_storage_allow_usb storage_allow_usb : bool; with_storage_block_external_media
    storage_block_external_media : bool; with_storage_block_usb_file_transfer
    storage_block_usb_file_transfer : bool; with_wifi_block_edit_configurations
    wifi_block_edit_configurations : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AospDeviceOwnerDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Apple device features configuration profile.
///
/// CSDL: `microsoft.graph.appleDeviceFeaturesConfigurationBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyAppleDeviceFeaturesConfigurationBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleDeviceFeaturesConfigurationBase {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppleDeviceFeaturesConfigurationBase {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppleDeviceFeaturesConfigurationBase {
    const TYPE_NAME: &'static str = "microsoft.graph.appleDeviceFeaturesConfigurationBase";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleDeviceFeaturesConfigurationBase\"";
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
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppleDeviceFeaturesConfigurationBase {
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
rt::impl_object!(AppleDeviceFeaturesConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleDeviceFeaturesConfigurationBase { with_id id : ::std::string::String;
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
    ::beta::AirPrintDestination >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleDeviceFeaturesConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.appleDeviceFeaturesConfigurationBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAppleDeviceFeaturesConfigurationBase {
    AppleDeviceFeaturesConfigurationBase(
        ::std::boxed::Box<crate::beta::AppleDeviceFeaturesConfigurationBase>,
    ),
    IosDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::beta::IosDeviceFeaturesConfiguration>,
    ),
    MacOsDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::beta::MacOsDeviceFeaturesConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleDeviceFeaturesConfigurationBase>
for AnyAppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn from(v: crate::beta::AppleDeviceFeaturesConfigurationBase) -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosDeviceFeaturesConfiguration>
for AnyAppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn from(v: crate::beta::IosDeviceFeaturesConfiguration) -> Self {
        Self::IosDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsDeviceFeaturesConfiguration>
for AnyAppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn from(v: crate::beta::MacOsDeviceFeaturesConfiguration) -> Self {
        Self::MacOsDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AppleDeviceFeaturesConfigurationBase>();
    rt::object::auto_traits::<crate::beta::IosDeviceFeaturesConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsDeviceFeaturesConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAppleDeviceFeaturesConfigurationBase {
    const BASE_NAME: &'static str = "microsoft.graph.appleDeviceFeaturesConfigurationBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosDeviceFeaturesConfiguration",
            ) => Self::IosDeviceFeaturesConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSDeviceFeaturesConfiguration",
            ) => Self::MacOsDeviceFeaturesConfiguration(rt::object::new_boxed()),
            _ => Self::AppleDeviceFeaturesConfigurationBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &**v,
            Self::IosDeviceFeaturesConfiguration(v) => &**v,
            Self::MacOsDeviceFeaturesConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut **v,
            Self::IosDeviceFeaturesConfiguration(v) => &mut **v,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAppleDeviceFeaturesConfigurationBase {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.id,
            Self::IosDeviceFeaturesConfiguration(v) => &v.id,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.id,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.id,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.created_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &v.created_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.created_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.created_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.description,
            Self::IosDeviceFeaturesConfiguration(v) => &v.description,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.description,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.description,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.display_name,
            Self::IosDeviceFeaturesConfiguration(v) => &v.display_name,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.display_name,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.display_name,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.last_modified_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.role_scope_tag_ids,
            Self::IosDeviceFeaturesConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.role_scope_tag_ids,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.supports_scope_tags,
            Self::IosDeviceFeaturesConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.supports_scope_tags,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.version,
            Self::IosDeviceFeaturesConfiguration(v) => &v.version,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.version,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.version,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &v.assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsDeviceFeaturesConfiguration(v) => {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.device_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.device_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.device_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.device_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_status_overview
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.group_assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &v.group_assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.group_assignments,
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.group_assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.group_assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.user_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &v.user_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.user_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.user_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.user_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &v.user_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.user_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `airPrintDestinations` of any variant.
    #[inline]
    pub fn air_print_destinations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AirPrintDestination>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.air_print_destinations,
            Self::IosDeviceFeaturesConfiguration(v) => &v.air_print_destinations,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.air_print_destinations,
        }
    }
    /// `airPrintDestinations` of any variant.
    #[inline]
    pub fn air_print_destinations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AirPrintDestination>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.air_print_destinations
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.air_print_destinations,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.air_print_destinations,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAppleDeviceFeaturesConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAppleDeviceFeaturesConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Experimental profile to increase the rate of device check-ins per day of iOS/macOS devices.
///
/// CSDL: `microsoft.graph.appleExpeditedCheckinConfigurationBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyAppleExpeditedCheckinConfigurationBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleExpeditedCheckinConfigurationBase {
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
impl ::std::default::Default for AppleExpeditedCheckinConfigurationBase {
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
impl rt::Object for AppleExpeditedCheckinConfigurationBase {
    const TYPE_NAME: &'static str = "microsoft.graph.appleExpeditedCheckinConfigurationBase";
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
    const TAG: &'static str = "\"#microsoft.graph.appleExpeditedCheckinConfigurationBase\"";
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
impl rt::object::Members for AppleExpeditedCheckinConfigurationBase {
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
rt::impl_object!(AppleExpeditedCheckinConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleExpeditedCheckinConfigurationBase { with_id id : ::std::string::String;
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
rt::impl_serde!(AppleExpeditedCheckinConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.appleExpeditedCheckinConfigurationBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAppleExpeditedCheckinConfigurationBase {
    AppleExpeditedCheckinConfigurationBase(
        ::std::boxed::Box<crate::beta::AppleExpeditedCheckinConfigurationBase>,
    ),
    IosExpeditedCheckinConfiguration(
        ::std::boxed::Box<crate::beta::IosExpeditedCheckinConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAppleExpeditedCheckinConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self::AppleExpeditedCheckinConfigurationBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleExpeditedCheckinConfigurationBase>
for AnyAppleExpeditedCheckinConfigurationBase {
    #[inline]
    fn from(v: crate::beta::AppleExpeditedCheckinConfigurationBase) -> Self {
        Self::AppleExpeditedCheckinConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosExpeditedCheckinConfiguration>
for AnyAppleExpeditedCheckinConfigurationBase {
    #[inline]
    fn from(v: crate::beta::IosExpeditedCheckinConfiguration) -> Self {
        Self::IosExpeditedCheckinConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAppleExpeditedCheckinConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAppleExpeditedCheckinConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAppleExpeditedCheckinConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAppleExpeditedCheckinConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAppleExpeditedCheckinConfigurationBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AppleExpeditedCheckinConfigurationBase>();
    rt::object::auto_traits::<crate::beta::IosExpeditedCheckinConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAppleExpeditedCheckinConfigurationBase {
    const BASE_NAME: &'static str = "microsoft.graph.appleExpeditedCheckinConfigurationBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosExpeditedCheckinConfiguration",
            ) => Self::IosExpeditedCheckinConfiguration(rt::object::new_boxed()),
            _ => Self::AppleExpeditedCheckinConfigurationBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &**v,
            Self::IosExpeditedCheckinConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut **v,
            Self::IosExpeditedCheckinConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAppleExpeditedCheckinConfigurationBase {
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.id,
            Self::IosExpeditedCheckinConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.id,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.created_date_time,
            Self::IosExpeditedCheckinConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.created_date_time,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.description,
            Self::IosExpeditedCheckinConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.description,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.display_name,
            Self::IosExpeditedCheckinConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.display_name,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.last_modified_date_time,
            Self::IosExpeditedCheckinConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.role_scope_tag_ids,
            Self::IosExpeditedCheckinConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.role_scope_tag_ids,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.supports_scope_tags,
            Self::IosExpeditedCheckinConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.supports_scope_tags,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.version,
            Self::IosExpeditedCheckinConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.version,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.assignments,
            Self::IosExpeditedCheckinConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.assignments,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosExpeditedCheckinConfiguration(v) => {
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.device_statuses,
            Self::IosExpeditedCheckinConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.device_statuses,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.device_status_overview,
            Self::IosExpeditedCheckinConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.device_status_overview
            }
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.group_assignments,
            Self::IosExpeditedCheckinConfiguration(v) => &v.group_assignments,
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
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.group_assignments,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.user_statuses,
            Self::IosExpeditedCheckinConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.user_statuses,
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.user_status_overview,
            Self::IosExpeditedCheckinConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.user_status_overview
            }
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `enableExpeditedCheckin` of any variant.
    #[inline]
    pub fn enable_expedited_checkin(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &v.enable_expedited_checkin
            }
            Self::IosExpeditedCheckinConfiguration(v) => &v.enable_expedited_checkin,
        }
    }
    /// `enableExpeditedCheckin` of any variant.
    #[inline]
    pub fn enable_expedited_checkin_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                &mut v.enable_expedited_checkin
            }
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.enable_expedited_checkin,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAppleExpeditedCheckinConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAppleExpeditedCheckinConfigurationBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Apple VPN configuration profile.
///
/// CSDL: `microsoft.graph.appleVpnConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`AppleVpnConfigurationPath`](requests/trait.AppleVpnConfigurationPath.html), what a path to one (`EntityPath<AnyAppleVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleVpnConfiguration {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppleVpnConfiguration {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppleVpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.appleVpnConfiguration";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleVpnConfiguration\"";
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
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppleVpnConfiguration {
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
rt::impl_object!(AppleVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleVpnConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    ::std::string::String >; with_server server : crate ::beta::VpnServer; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.appleVpnConfiguration` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAppleVpnConfiguration {
    AppleVpnConfiguration(::std::boxed::Box<crate::beta::AppleVpnConfiguration>),
    IosVpnConfiguration(::std::boxed::Box<crate::beta::IosVpnConfiguration>),
    IosikEv2VpnConfiguration(::std::boxed::Box<crate::beta::IosikEv2VpnConfiguration>),
    MacOsVpnConfiguration(::std::boxed::Box<crate::beta::MacOsVpnConfiguration>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAppleVpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AppleVpnConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleVpnConfiguration>
for AnyAppleVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::AppleVpnConfiguration) -> Self {
        Self::AppleVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVpnConfiguration>
for AnyAppleVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::IosVpnConfiguration) -> Self {
        Self::IosVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosikEv2VpnConfiguration>
for AnyAppleVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::IosikEv2VpnConfiguration) -> Self {
        Self::IosikEv2VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsVpnConfiguration>
for AnyAppleVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::MacOsVpnConfiguration) -> Self {
        Self::MacOsVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAppleVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAppleVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAppleVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAppleVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAppleVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AppleVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::IosVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::IosikEv2VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::MacOsVpnConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAppleVpnConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.appleVpnConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosVpnConfiguration") => {
                Self::IosVpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosikEv2VpnConfiguration") => {
                Self::IosikEv2VpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSVpnConfiguration") => {
                Self::MacOsVpnConfiguration(rt::object::new_boxed())
            }
            _ => Self::AppleVpnConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AppleVpnConfiguration(v) => &**v,
            Self::IosVpnConfiguration(v) => &**v,
            Self::IosikEv2VpnConfiguration(v) => &**v,
            Self::MacOsVpnConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AppleVpnConfiguration(v) => &mut **v,
            Self::IosVpnConfiguration(v) => &mut **v,
            Self::IosikEv2VpnConfiguration(v) => &mut **v,
            Self::MacOsVpnConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAppleVpnConfiguration {
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
            Self::AppleVpnConfiguration(v) => &v.id,
            Self::IosVpnConfiguration(v) => &v.id,
            Self::IosikEv2VpnConfiguration(v) => &v.id,
            Self::MacOsVpnConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.id,
            Self::IosVpnConfiguration(v) => &mut v.id,
            Self::IosikEv2VpnConfiguration(v) => &mut v.id,
            Self::MacOsVpnConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.created_date_time,
            Self::IosVpnConfiguration(v) => &v.created_date_time,
            Self::IosikEv2VpnConfiguration(v) => &v.created_date_time,
            Self::MacOsVpnConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.created_date_time,
            Self::IosVpnConfiguration(v) => &mut v.created_date_time,
            Self::IosikEv2VpnConfiguration(v) => &mut v.created_date_time,
            Self::MacOsVpnConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.description,
            Self::IosVpnConfiguration(v) => &v.description,
            Self::IosikEv2VpnConfiguration(v) => &v.description,
            Self::MacOsVpnConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.description,
            Self::IosVpnConfiguration(v) => &mut v.description,
            Self::IosikEv2VpnConfiguration(v) => &mut v.description,
            Self::MacOsVpnConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AppleVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::MacOsVpnConfiguration(v) => {
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
            Self::AppleVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::MacOsVpnConfiguration(v) => {
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
            Self::AppleVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::MacOsVpnConfiguration(v) => {
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
            Self::AppleVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::MacOsVpnConfiguration(v) => {
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
            Self::AppleVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::MacOsVpnConfiguration(v) => {
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
            Self::AppleVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::MacOsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.display_name,
            Self::IosVpnConfiguration(v) => &v.display_name,
            Self::IosikEv2VpnConfiguration(v) => &v.display_name,
            Self::MacOsVpnConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.display_name,
            Self::IosVpnConfiguration(v) => &mut v.display_name,
            Self::IosikEv2VpnConfiguration(v) => &mut v.display_name,
            Self::MacOsVpnConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.last_modified_date_time,
            Self::IosVpnConfiguration(v) => &v.last_modified_date_time,
            Self::IosikEv2VpnConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsVpnConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosikEv2VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsVpnConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosikEv2VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::MacOsVpnConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosikEv2VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::MacOsVpnConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.supports_scope_tags,
            Self::IosVpnConfiguration(v) => &v.supports_scope_tags,
            Self::IosikEv2VpnConfiguration(v) => &v.supports_scope_tags,
            Self::MacOsVpnConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosikEv2VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::MacOsVpnConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.version,
            Self::IosVpnConfiguration(v) => &v.version,
            Self::IosikEv2VpnConfiguration(v) => &v.version,
            Self::MacOsVpnConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.version,
            Self::IosVpnConfiguration(v) => &mut v.version,
            Self::IosikEv2VpnConfiguration(v) => &mut v.version,
            Self::MacOsVpnConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.assignments,
            Self::IosVpnConfiguration(v) => &v.assignments,
            Self::IosikEv2VpnConfiguration(v) => &v.assignments,
            Self::MacOsVpnConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.assignments,
            Self::IosVpnConfiguration(v) => &mut v.assignments,
            Self::IosikEv2VpnConfiguration(v) => &mut v.assignments,
            Self::MacOsVpnConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosikEv2VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsVpnConfiguration(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::MacOsVpnConfiguration(v) => &mut v.device_setting_state_summaries,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.device_statuses,
            Self::IosVpnConfiguration(v) => &v.device_statuses,
            Self::IosikEv2VpnConfiguration(v) => &v.device_statuses,
            Self::MacOsVpnConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.device_statuses,
            Self::IosVpnConfiguration(v) => &mut v.device_statuses,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_statuses,
            Self::MacOsVpnConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.device_status_overview,
            Self::IosVpnConfiguration(v) => &v.device_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &v.device_status_overview,
            Self::MacOsVpnConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.device_status_overview,
            Self::IosVpnConfiguration(v) => &mut v.device_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsVpnConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.group_assignments,
            Self::IosVpnConfiguration(v) => &v.group_assignments,
            Self::IosikEv2VpnConfiguration(v) => &v.group_assignments,
            Self::MacOsVpnConfiguration(v) => &v.group_assignments,
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
            Self::AppleVpnConfiguration(v) => &mut v.group_assignments,
            Self::IosVpnConfiguration(v) => &mut v.group_assignments,
            Self::IosikEv2VpnConfiguration(v) => &mut v.group_assignments,
            Self::MacOsVpnConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.user_statuses,
            Self::IosVpnConfiguration(v) => &v.user_statuses,
            Self::IosikEv2VpnConfiguration(v) => &v.user_statuses,
            Self::MacOsVpnConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.user_statuses,
            Self::IosVpnConfiguration(v) => &mut v.user_statuses,
            Self::IosikEv2VpnConfiguration(v) => &mut v.user_statuses,
            Self::MacOsVpnConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.user_status_overview,
            Self::IosVpnConfiguration(v) => &v.user_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &v.user_status_overview,
            Self::MacOsVpnConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.user_status_overview,
            Self::IosVpnConfiguration(v) => &mut v.user_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsVpnConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `associatedDomains` of any variant.
    #[inline]
    pub fn associated_domains(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.associated_domains,
            Self::IosVpnConfiguration(v) => &v.associated_domains,
            Self::IosikEv2VpnConfiguration(v) => &v.associated_domains,
            Self::MacOsVpnConfiguration(v) => &v.associated_domains,
        }
    }
    /// `associatedDomains` of any variant.
    #[inline]
    pub fn associated_domains_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.associated_domains,
            Self::IosVpnConfiguration(v) => &mut v.associated_domains,
            Self::IosikEv2VpnConfiguration(v) => &mut v.associated_domains,
            Self::MacOsVpnConfiguration(v) => &mut v.associated_domains,
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method(
        &self,
    ) -> &rt::Field<crate::beta::VpnAuthenticationMethod> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.authentication_method,
            Self::IosVpnConfiguration(v) => &v.authentication_method,
            Self::IosikEv2VpnConfiguration(v) => &v.authentication_method,
            Self::MacOsVpnConfiguration(v) => &v.authentication_method,
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::VpnAuthenticationMethod> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.authentication_method,
            Self::IosVpnConfiguration(v) => &mut v.authentication_method,
            Self::IosikEv2VpnConfiguration(v) => &mut v.authentication_method,
            Self::MacOsVpnConfiguration(v) => &mut v.authentication_method,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.connection_name,
            Self::IosVpnConfiguration(v) => &v.connection_name,
            Self::IosikEv2VpnConfiguration(v) => &v.connection_name,
            Self::MacOsVpnConfiguration(v) => &v.connection_name,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.connection_name,
            Self::IosVpnConfiguration(v) => &mut v.connection_name,
            Self::IosikEv2VpnConfiguration(v) => &mut v.connection_name,
            Self::MacOsVpnConfiguration(v) => &mut v.connection_name,
        }
    }
    /// `connectionType` of any variant.
    #[inline]
    pub fn connection_type(&self) -> &rt::Field<crate::beta::AppleVpnConnectionType> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.connection_type,
            Self::IosVpnConfiguration(v) => &v.connection_type,
            Self::IosikEv2VpnConfiguration(v) => &v.connection_type,
            Self::MacOsVpnConfiguration(v) => &v.connection_type,
        }
    }
    /// `connectionType` of any variant.
    #[inline]
    pub fn connection_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AppleVpnConnectionType> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.connection_type,
            Self::IosVpnConfiguration(v) => &mut v.connection_type,
            Self::IosikEv2VpnConfiguration(v) => &mut v.connection_type,
            Self::MacOsVpnConfiguration(v) => &mut v.connection_type,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data(&self) -> &rt::Field<::std::vec::Vec<crate::beta::KeyValue>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.custom_data,
            Self::IosVpnConfiguration(v) => &v.custom_data,
            Self::IosikEv2VpnConfiguration(v) => &v.custom_data,
            Self::MacOsVpnConfiguration(v) => &v.custom_data,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::KeyValue>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.custom_data,
            Self::IosVpnConfiguration(v) => &mut v.custom_data,
            Self::IosikEv2VpnConfiguration(v) => &mut v.custom_data,
            Self::MacOsVpnConfiguration(v) => &mut v.custom_data,
        }
    }
    /// `customKeyValueData` of any variant.
    #[inline]
    pub fn custom_key_value_data(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.custom_key_value_data,
            Self::IosVpnConfiguration(v) => &v.custom_key_value_data,
            Self::IosikEv2VpnConfiguration(v) => &v.custom_key_value_data,
            Self::MacOsVpnConfiguration(v) => &v.custom_key_value_data,
        }
    }
    /// `customKeyValueData` of any variant.
    #[inline]
    pub fn custom_key_value_data_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.custom_key_value_data,
            Self::IosVpnConfiguration(v) => &mut v.custom_key_value_data,
            Self::IosikEv2VpnConfiguration(v) => &mut v.custom_key_value_data,
            Self::MacOsVpnConfiguration(v) => &mut v.custom_key_value_data,
        }
    }
    /// `disableOnDemandUserOverride` of any variant.
    #[inline]
    pub fn disable_on_demand_user_override(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.disable_on_demand_user_override,
            Self::IosVpnConfiguration(v) => &v.disable_on_demand_user_override,
            Self::IosikEv2VpnConfiguration(v) => &v.disable_on_demand_user_override,
            Self::MacOsVpnConfiguration(v) => &v.disable_on_demand_user_override,
        }
    }
    /// `disableOnDemandUserOverride` of any variant.
    #[inline]
    pub fn disable_on_demand_user_override_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.disable_on_demand_user_override,
            Self::IosVpnConfiguration(v) => &mut v.disable_on_demand_user_override,
            Self::IosikEv2VpnConfiguration(v) => &mut v.disable_on_demand_user_override,
            Self::MacOsVpnConfiguration(v) => &mut v.disable_on_demand_user_override,
        }
    }
    /// `disconnectOnIdle` of any variant.
    #[inline]
    pub fn disconnect_on_idle(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.disconnect_on_idle,
            Self::IosVpnConfiguration(v) => &v.disconnect_on_idle,
            Self::IosikEv2VpnConfiguration(v) => &v.disconnect_on_idle,
            Self::MacOsVpnConfiguration(v) => &v.disconnect_on_idle,
        }
    }
    /// `disconnectOnIdle` of any variant.
    #[inline]
    pub fn disconnect_on_idle_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.disconnect_on_idle,
            Self::IosVpnConfiguration(v) => &mut v.disconnect_on_idle,
            Self::IosikEv2VpnConfiguration(v) => &mut v.disconnect_on_idle,
            Self::MacOsVpnConfiguration(v) => &mut v.disconnect_on_idle,
        }
    }
    /// `disconnectOnIdleTimerInSeconds` of any variant.
    #[inline]
    pub fn disconnect_on_idle_timer_in_seconds(&self) -> &rt::Field<i32> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.disconnect_on_idle_timer_in_seconds,
            Self::IosVpnConfiguration(v) => &v.disconnect_on_idle_timer_in_seconds,
            Self::IosikEv2VpnConfiguration(v) => &v.disconnect_on_idle_timer_in_seconds,
            Self::MacOsVpnConfiguration(v) => &v.disconnect_on_idle_timer_in_seconds,
        }
    }
    /// `disconnectOnIdleTimerInSeconds` of any variant.
    #[inline]
    pub fn disconnect_on_idle_timer_in_seconds_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.disconnect_on_idle_timer_in_seconds,
            Self::IosVpnConfiguration(v) => &mut v.disconnect_on_idle_timer_in_seconds,
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.disconnect_on_idle_timer_in_seconds
            }
            Self::MacOsVpnConfiguration(v) => &mut v.disconnect_on_idle_timer_in_seconds,
        }
    }
    /// `enablePerApp` of any variant.
    #[inline]
    pub fn enable_per_app(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.enable_per_app,
            Self::IosVpnConfiguration(v) => &v.enable_per_app,
            Self::IosikEv2VpnConfiguration(v) => &v.enable_per_app,
            Self::MacOsVpnConfiguration(v) => &v.enable_per_app,
        }
    }
    /// `enablePerApp` of any variant.
    #[inline]
    pub fn enable_per_app_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.enable_per_app,
            Self::IosVpnConfiguration(v) => &mut v.enable_per_app,
            Self::IosikEv2VpnConfiguration(v) => &mut v.enable_per_app,
            Self::MacOsVpnConfiguration(v) => &mut v.enable_per_app,
        }
    }
    /// `enableSplitTunneling` of any variant.
    #[inline]
    pub fn enable_split_tunneling(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.enable_split_tunneling,
            Self::IosVpnConfiguration(v) => &v.enable_split_tunneling,
            Self::IosikEv2VpnConfiguration(v) => &v.enable_split_tunneling,
            Self::MacOsVpnConfiguration(v) => &v.enable_split_tunneling,
        }
    }
    /// `enableSplitTunneling` of any variant.
    #[inline]
    pub fn enable_split_tunneling_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.enable_split_tunneling,
            Self::IosVpnConfiguration(v) => &mut v.enable_split_tunneling,
            Self::IosikEv2VpnConfiguration(v) => &mut v.enable_split_tunneling,
            Self::MacOsVpnConfiguration(v) => &mut v.enable_split_tunneling,
        }
    }
    /// `excludedDomains` of any variant.
    #[inline]
    pub fn excluded_domains(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.excluded_domains,
            Self::IosVpnConfiguration(v) => &v.excluded_domains,
            Self::IosikEv2VpnConfiguration(v) => &v.excluded_domains,
            Self::MacOsVpnConfiguration(v) => &v.excluded_domains,
        }
    }
    /// `excludedDomains` of any variant.
    #[inline]
    pub fn excluded_domains_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.excluded_domains,
            Self::IosVpnConfiguration(v) => &mut v.excluded_domains,
            Self::IosikEv2VpnConfiguration(v) => &mut v.excluded_domains,
            Self::MacOsVpnConfiguration(v) => &mut v.excluded_domains,
        }
    }
    /// `identifier` of any variant.
    #[inline]
    pub fn identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.identifier,
            Self::IosVpnConfiguration(v) => &v.identifier,
            Self::IosikEv2VpnConfiguration(v) => &v.identifier,
            Self::MacOsVpnConfiguration(v) => &v.identifier,
        }
    }
    /// `identifier` of any variant.
    #[inline]
    pub fn identifier_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.identifier,
            Self::IosVpnConfiguration(v) => &mut v.identifier,
            Self::IosikEv2VpnConfiguration(v) => &mut v.identifier,
            Self::MacOsVpnConfiguration(v) => &mut v.identifier,
        }
    }
    /// `loginGroupOrDomain` of any variant.
    #[inline]
    pub fn login_group_or_domain(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.login_group_or_domain,
            Self::IosVpnConfiguration(v) => &v.login_group_or_domain,
            Self::IosikEv2VpnConfiguration(v) => &v.login_group_or_domain,
            Self::MacOsVpnConfiguration(v) => &v.login_group_or_domain,
        }
    }
    /// `loginGroupOrDomain` of any variant.
    #[inline]
    pub fn login_group_or_domain_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.login_group_or_domain,
            Self::IosVpnConfiguration(v) => &mut v.login_group_or_domain,
            Self::IosikEv2VpnConfiguration(v) => &mut v.login_group_or_domain,
            Self::MacOsVpnConfiguration(v) => &mut v.login_group_or_domain,
        }
    }
    /// `onDemandRules` of any variant.
    #[inline]
    pub fn on_demand_rules(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::VpnOnDemandRule>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.on_demand_rules,
            Self::IosVpnConfiguration(v) => &v.on_demand_rules,
            Self::IosikEv2VpnConfiguration(v) => &v.on_demand_rules,
            Self::MacOsVpnConfiguration(v) => &v.on_demand_rules,
        }
    }
    /// `onDemandRules` of any variant.
    #[inline]
    pub fn on_demand_rules_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::VpnOnDemandRule>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.on_demand_rules,
            Self::IosVpnConfiguration(v) => &mut v.on_demand_rules,
            Self::IosikEv2VpnConfiguration(v) => &mut v.on_demand_rules,
            Self::MacOsVpnConfiguration(v) => &mut v.on_demand_rules,
        }
    }
    /// `optInToDeviceIdSharing` of any variant.
    #[inline]
    pub fn opt_in_to_device_id_sharing(&self) -> &rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.opt_in_to_device_id_sharing,
            Self::IosVpnConfiguration(v) => &v.opt_in_to_device_id_sharing,
            Self::IosikEv2VpnConfiguration(v) => &v.opt_in_to_device_id_sharing,
            Self::MacOsVpnConfiguration(v) => &v.opt_in_to_device_id_sharing,
        }
    }
    /// `optInToDeviceIdSharing` of any variant.
    #[inline]
    pub fn opt_in_to_device_id_sharing_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.opt_in_to_device_id_sharing,
            Self::IosVpnConfiguration(v) => &mut v.opt_in_to_device_id_sharing,
            Self::IosikEv2VpnConfiguration(v) => &mut v.opt_in_to_device_id_sharing,
            Self::MacOsVpnConfiguration(v) => &mut v.opt_in_to_device_id_sharing,
        }
    }
    /// `providerType` of any variant.
    #[inline]
    pub fn provider_type(&self) -> &rt::Field<crate::beta::VpnProviderType> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.provider_type,
            Self::IosVpnConfiguration(v) => &v.provider_type,
            Self::IosikEv2VpnConfiguration(v) => &v.provider_type,
            Self::MacOsVpnConfiguration(v) => &v.provider_type,
        }
    }
    /// `providerType` of any variant.
    #[inline]
    pub fn provider_type_mut(&mut self) -> &mut rt::Field<crate::beta::VpnProviderType> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.provider_type,
            Self::IosVpnConfiguration(v) => &mut v.provider_type,
            Self::IosikEv2VpnConfiguration(v) => &mut v.provider_type,
            Self::MacOsVpnConfiguration(v) => &mut v.provider_type,
        }
    }
    /// `proxyServer` of any variant.
    #[inline]
    pub fn proxy_server(&self) -> &rt::Field<crate::beta::AnyVpnProxyServer> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.proxy_server,
            Self::IosVpnConfiguration(v) => &v.proxy_server,
            Self::IosikEv2VpnConfiguration(v) => &v.proxy_server,
            Self::MacOsVpnConfiguration(v) => &v.proxy_server,
        }
    }
    /// `proxyServer` of any variant.
    #[inline]
    pub fn proxy_server_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyVpnProxyServer> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.proxy_server,
            Self::IosVpnConfiguration(v) => &mut v.proxy_server,
            Self::IosikEv2VpnConfiguration(v) => &mut v.proxy_server,
            Self::MacOsVpnConfiguration(v) => &mut v.proxy_server,
        }
    }
    /// `realm` of any variant.
    #[inline]
    pub fn realm(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.realm,
            Self::IosVpnConfiguration(v) => &v.realm,
            Self::IosikEv2VpnConfiguration(v) => &v.realm,
            Self::MacOsVpnConfiguration(v) => &v.realm,
        }
    }
    /// `realm` of any variant.
    #[inline]
    pub fn realm_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.realm,
            Self::IosVpnConfiguration(v) => &mut v.realm,
            Self::IosikEv2VpnConfiguration(v) => &mut v.realm,
            Self::MacOsVpnConfiguration(v) => &mut v.realm,
        }
    }
    /// `role` of any variant.
    #[inline]
    pub fn role(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.role,
            Self::IosVpnConfiguration(v) => &v.role,
            Self::IosikEv2VpnConfiguration(v) => &v.role,
            Self::MacOsVpnConfiguration(v) => &v.role,
        }
    }
    /// `role` of any variant.
    #[inline]
    pub fn role_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.role,
            Self::IosVpnConfiguration(v) => &mut v.role,
            Self::IosikEv2VpnConfiguration(v) => &mut v.role,
            Self::MacOsVpnConfiguration(v) => &mut v.role,
        }
    }
    /// `safariDomains` of any variant.
    #[inline]
    pub fn safari_domains(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.safari_domains,
            Self::IosVpnConfiguration(v) => &v.safari_domains,
            Self::IosikEv2VpnConfiguration(v) => &v.safari_domains,
            Self::MacOsVpnConfiguration(v) => &v.safari_domains,
        }
    }
    /// `safariDomains` of any variant.
    #[inline]
    pub fn safari_domains_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.safari_domains,
            Self::IosVpnConfiguration(v) => &mut v.safari_domains,
            Self::IosikEv2VpnConfiguration(v) => &mut v.safari_domains,
            Self::MacOsVpnConfiguration(v) => &mut v.safari_domains,
        }
    }
    /// `server` of any variant.
    #[inline]
    pub fn server(&self) -> &rt::Field<crate::beta::VpnServer> {
        match self {
            Self::AppleVpnConfiguration(v) => &v.server,
            Self::IosVpnConfiguration(v) => &v.server,
            Self::IosikEv2VpnConfiguration(v) => &v.server,
            Self::MacOsVpnConfiguration(v) => &v.server,
        }
    }
    /// `server` of any variant.
    #[inline]
    pub fn server_mut(&mut self) -> &mut rt::Field<crate::beta::VpnServer> {
        match self {
            Self::AppleVpnConfiguration(v) => &mut v.server,
            Self::IosVpnConfiguration(v) => &mut v.server,
            Self::IosikEv2VpnConfiguration(v) => &mut v.server,
            Self::MacOsVpnConfiguration(v) => &mut v.server,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAppleVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAppleVpnConfiguration);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.application`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`ApplicationPath`](requests/trait.ApplicationPath.html), what a path to one (`EntityPath<Application, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Application {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `api`: `microsoft.graph.apiApplication`, nullable.
    pub api: rt::Field<crate::beta::ApiApplication>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `appRoles`: `Collection(microsoft.graph.appRole)`, not nullable.
    pub app_roles: rt::Field<::std::vec::Vec<crate::beta::AppRole>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `defaultRedirectUri`: `Edm.String`, nullable.
    pub default_redirect_uri: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `disabledByMicrosoftStatus`: `Edm.String`, nullable.
    pub disabled_by_microsoft_status: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupMembershipClaims`: `Edm.String`, nullable.
    pub group_membership_claims: rt::Field<::std::string::String>,
    /// CSDL: property `identifierUris`: `Collection(Edm.String)`, not nullable.
    pub identifier_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `info`: `microsoft.graph.informationalUrl`, nullable.
    pub info: rt::Field<crate::beta::InformationalUrl>,
    /// CSDL: property `isDeviceOnlyAuthSupported`: `Edm.Boolean`, nullable.
    pub is_device_only_auth_supported: rt::Field<bool>,
    /// CSDL: property `isFallbackPublicClient`: `Edm.Boolean`, nullable.
    pub is_fallback_public_client: rt::Field<bool>,
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredential)`, not nullable.
    pub key_credentials: rt::Field<::std::vec::Vec<crate::beta::KeyCredential>>,
    /// CSDL: property `logo`: `Edm.Stream`, not nullable.
    pub logo: rt::Field<rt::RawJson>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `optionalClaims`: `microsoft.graph.optionalClaims`, nullable.
    pub optional_claims: rt::Field<crate::beta::OptionalClaims>,
    /// CSDL: property `parentalControlSettings`: `microsoft.graph.parentalControlSettings`, nullable.
    pub parental_control_settings: rt::Field<crate::beta::ParentalControlSettings>,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredential)`, not nullable.
    pub password_credentials: rt::Field<
        ::std::vec::Vec<crate::beta::PasswordCredential>,
    >,
    /// CSDL: property `publicClient`: `microsoft.graph.publicClientApplication`, nullable.
    pub public_client: rt::Field<crate::beta::PublicClientApplication>,
    /// CSDL: property `publisherDomain`: `Edm.String`, nullable.
    pub publisher_domain: rt::Field<::std::string::String>,
    /// CSDL: property `requiredResourceAccess`: `Collection(microsoft.graph.requiredResourceAccess)`, not nullable.
    pub required_resource_access: rt::Field<
        ::std::vec::Vec<crate::beta::RequiredResourceAccess>,
    >,
    /// CSDL: property `signInAudience`: `Edm.String`, nullable.
    pub sign_in_audience: rt::Field<::std::string::String>,
    /// CSDL: property `spa`: `microsoft.graph.spaApplication`, nullable.
    pub spa: rt::Field<crate::beta::SpaApplication>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Guid`, nullable.
    pub token_encryption_key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `uniqueName`: `Edm.String`, nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// CSDL: property `web`: `microsoft.graph.webApplication`, nullable.
    pub web: rt::Field<crate::beta::WebApplication>,
    /// CSDL: property `onPremisesPublishing`: `microsoft.graph.onPremisesPublishing`, nullable.
    pub on_premises_publishing: rt::Field<crate::beta::OnPremisesPublishing>,
    /// CSDL: navigation property `createdOnBehalfOf`: `microsoft.graph.directoryObject`, nullable.
    pub created_on_behalf_of: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: containment navigation property `extensionProperties`: `Collection(microsoft.graph.extensionProperty)`, not nullable.
    pub extension_properties: rt::Field<::std::vec::Vec<crate::beta::ExtensionProperty>>,
    /// CSDL: navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::beta::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::beta::TokenIssuancePolicy>,
    >,
    /// CSDL: navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::beta::TokenLifetimePolicy>,
    >,
    /// CSDL: navigation property `connectorGroup`: `microsoft.graph.connectorGroup`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    pub connector_group: rt::Field<crate::beta::ConnectorGroup>,
    /// CSDL: containment navigation property `synchronization`: `microsoft.graph.synchronization`, nullable.
    pub synchronization: rt::Field<crate::beta::Synchronization>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Application {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            api: rt::Field::Absent,
            app_id: rt::Field::Absent,
            app_roles: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            default_redirect_uri: rt::Field::Absent,
            description: rt::Field::Absent,
            disabled_by_microsoft_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            group_membership_claims: rt::Field::Absent,
            identifier_uris: rt::Field::Absent,
            info: rt::Field::Absent,
            is_device_only_auth_supported: rt::Field::Absent,
            is_fallback_public_client: rt::Field::Absent,
            key_credentials: rt::Field::Absent,
            logo: rt::Field::Absent,
            notes: rt::Field::Absent,
            optional_claims: rt::Field::Absent,
            parental_control_settings: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            public_client: rt::Field::Absent,
            publisher_domain: rt::Field::Absent,
            required_resource_access: rt::Field::Absent,
            sign_in_audience: rt::Field::Absent,
            spa: rt::Field::Absent,
            tags: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            web: rt::Field::Absent,
            on_premises_publishing: rt::Field::Absent,
            created_on_behalf_of: rt::Field::Absent,
            extension_properties: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            owners: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            connector_group: rt::Field::Absent,
            synchronization: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Application {
    const TYPE_NAME: &'static str = "microsoft.graph.application";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "api",
        "appId",
        "appRoles",
        "createdDateTime",
        "defaultRedirectUri",
        "description",
        "disabledByMicrosoftStatus",
        "displayName",
        "groupMembershipClaims",
        "identifierUris",
        "info",
        "isDeviceOnlyAuthSupported",
        "isFallbackPublicClient",
        "keyCredentials",
        "logo",
        "notes",
        "optionalClaims",
        "parentalControlSettings",
        "passwordCredentials",
        "publicClient",
        "publisherDomain",
        "requiredResourceAccess",
        "signInAudience",
        "spa",
        "tags",
        "tokenEncryptionKeyId",
        "uniqueName",
        "web",
        "onPremisesPublishing",
        "createdOnBehalfOf",
        "extensionProperties",
        "homeRealmDiscoveryPolicies",
        "owners",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
        "connectorGroup",
        "synchronization",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"api\":                          ",
        ",\"appId\":                        ",
        ",\"appRoles\":                     ",
        ",\"createdDateTime\":              ",
        ",\"defaultRedirectUri\":           ",
        ",\"description\":                  ",
        ",\"disabledByMicrosoftStatus\":    ",
        ",\"displayName\":                  ",
        ",\"groupMembershipClaims\":        ",
        ",\"identifierUris\":               ",
        ",\"info\":                         ",
        ",\"isDeviceOnlyAuthSupported\":    ",
        ",\"isFallbackPublicClient\":       ",
        ",\"keyCredentials\":               ",
        ",\"logo\":                         ",
        ",\"notes\":                        ",
        ",\"optionalClaims\":               ",
        ",\"parentalControlSettings\":      ",
        ",\"passwordCredentials\":          ",
        ",\"publicClient\":                 ",
        ",\"publisherDomain\":              ",
        ",\"requiredResourceAccess\":       ",
        ",\"signInAudience\":               ",
        ",\"spa\":                          ",
        ",\"tags\":                         ",
        ",\"tokenEncryptionKeyId\":         ",
        ",\"uniqueName\":                   ",
        ",\"web\":                          ",
        ",\"onPremisesPublishing\":         ",
        ",\"createdOnBehalfOf\":            ",
        ",\"extensionProperties\":          ",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"owners\":                       ",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
        ",\"connectorGroup\":               ",
        ",\"synchronization\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.application\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "api", &self.api);
        v.field(3usize, "app_id", &self.app_id);
        v.field(4usize, "app_roles", &self.app_roles);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "default_redirect_uri", &self.default_redirect_uri);
        v.field(7usize, "description", &self.description);
        v.field(
            8usize,
            "disabled_by_microsoft_status",
            &self.disabled_by_microsoft_status,
        );
        v.field(9usize, "display_name", &self.display_name);
        v.field(10usize, "group_membership_claims", &self.group_membership_claims);
        v.field(11usize, "identifier_uris", &self.identifier_uris);
        v.field(12usize, "info", &self.info);
        v.field(
            13usize,
            "is_device_only_auth_supported",
            &self.is_device_only_auth_supported,
        );
        v.field(14usize, "is_fallback_public_client", &self.is_fallback_public_client);
        v.field(15usize, "key_credentials", &self.key_credentials);
        v.field(16usize, "logo", &self.logo);
        v.field(17usize, "notes", &self.notes);
        v.field(18usize, "optional_claims", &self.optional_claims);
        v.field(19usize, "parental_control_settings", &self.parental_control_settings);
        v.field(20usize, "password_credentials", &self.password_credentials);
        v.field(21usize, "public_client", &self.public_client);
        v.field(22usize, "publisher_domain", &self.publisher_domain);
        v.field(23usize, "required_resource_access", &self.required_resource_access);
        v.field(24usize, "sign_in_audience", &self.sign_in_audience);
        v.field(25usize, "spa", &self.spa);
        v.field(26usize, "tags", &self.tags);
        v.field(27usize, "token_encryption_key_id", &self.token_encryption_key_id);
        v.field(28usize, "unique_name", &self.unique_name);
        v.field(29usize, "web", &self.web);
        v.field(30usize, "on_premises_publishing", &self.on_premises_publishing);
        v.field(31usize, "created_on_behalf_of", &self.created_on_behalf_of);
        v.field(32usize, "extension_properties", &self.extension_properties);
        v.field(
            33usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(34usize, "owners", &self.owners);
        v.field(35usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(36usize, "token_lifetime_policies", &self.token_lifetime_policies);
        #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
        v.field(37usize, "connector_group", &self.connector_group);
        v.field(38usize, "synchronization", &self.synchronization);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Application {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.api.read_from(r),
            3usize => self.app_id.read_from(r),
            4usize => self.app_roles.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.default_redirect_uri.read_from(r),
            7usize => self.description.read_from(r),
            8usize => self.disabled_by_microsoft_status.read_from(r),
            9usize => self.display_name.read_from(r),
            10usize => self.group_membership_claims.read_from(r),
            11usize => self.identifier_uris.read_from(r),
            12usize => self.info.read_from(r),
            13usize => self.is_device_only_auth_supported.read_from(r),
            14usize => self.is_fallback_public_client.read_from(r),
            15usize => self.key_credentials.read_from(r),
            16usize => self.logo.read_from(r),
            17usize => self.notes.read_from(r),
            18usize => self.optional_claims.read_from(r),
            19usize => self.parental_control_settings.read_from(r),
            20usize => self.password_credentials.read_from(r),
            21usize => self.public_client.read_from(r),
            22usize => self.publisher_domain.read_from(r),
            23usize => self.required_resource_access.read_from(r),
            24usize => self.sign_in_audience.read_from(r),
            25usize => self.spa.read_from(r),
            26usize => self.tags.read_from(r),
            27usize => self.token_encryption_key_id.read_from(r),
            28usize => self.unique_name.read_from(r),
            29usize => self.web.read_from(r),
            30usize => self.on_premises_publishing.read_from(r),
            31usize => self.created_on_behalf_of.read_from(r),
            32usize => self.extension_properties.read_from(r),
            33usize => self.home_realm_discovery_policies.read_from(r),
            34usize => self.owners.read_from(r),
            35usize => self.token_issuance_policies.read_from(r),
            36usize => self.token_lifetime_policies.read_from(r),
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            37usize => self.connector_group.read_from(r),
            38usize => self.synchronization.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.api);
        w.field(3usize, &self.app_id);
        w.field(4usize, &self.app_roles);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.default_redirect_uri);
        w.field(7usize, &self.description);
        w.field(8usize, &self.disabled_by_microsoft_status);
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.group_membership_claims);
        w.field(11usize, &self.identifier_uris);
        w.field(12usize, &self.info);
        w.field(13usize, &self.is_device_only_auth_supported);
        w.field(14usize, &self.is_fallback_public_client);
        w.field(15usize, &self.key_credentials);
        w.field(16usize, &self.logo);
        w.field(17usize, &self.notes);
        w.field(18usize, &self.optional_claims);
        w.field(19usize, &self.parental_control_settings);
        w.field(20usize, &self.password_credentials);
        w.field(21usize, &self.public_client);
        w.field(22usize, &self.publisher_domain);
        w.field(23usize, &self.required_resource_access);
        w.field(24usize, &self.sign_in_audience);
        w.field(25usize, &self.spa);
        w.field(26usize, &self.tags);
        w.field(27usize, &self.token_encryption_key_id);
        w.field(28usize, &self.unique_name);
        w.field(29usize, &self.web);
        w.field(30usize, &self.on_premises_publishing);
        w.field(31usize, &self.created_on_behalf_of);
        w.field(32usize, &self.extension_properties);
        w.field(33usize, &self.home_realm_discovery_policies);
        w.field(34usize, &self.owners);
        w.field(35usize, &self.token_issuance_policies);
        w.field(36usize, &self.token_lifetime_policies);
        #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
        w.field(37usize, &self.connector_group);
        w.field(38usize, &self.synchronization);
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
rt::impl_object!(Application);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Application { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_api api : crate
    ::beta::ApiApplication; with_app_id app_id : ::std::string::String; with_app_roles
    app_roles : ::std::vec::Vec < crate ::beta::AppRole >; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_default_redirect_uri
    default_redirect_uri : ::std::string::String; with_description description :
    ::std::string::String; with_disabled_by_microsoft_status disabled_by_microsoft_status
    : ::std::string::String; with_display_name display_name : ::std::string::String;
    with_group_membership_claims group_membership_claims : ::std::string::String;
    with_identifier_uris identifier_uris : ::std::vec::Vec < ::std::string::String >;
    with_info info : crate ::beta::InformationalUrl; with_is_device_only_auth_supported
    is_device_only_auth_supported : bool; with_is_fallback_public_client
    is_fallback_public_client : bool; with_key_credentials key_credentials :
    ::std::vec::Vec < crate ::beta::KeyCredential >; with_logo logo : rt::RawJson;
    with_notes notes : ::std::string::String; with_optional_claims optional_claims :
    crate ::beta::OptionalClaims; with_parental_control_settings
    parental_control_settings : crate ::beta::ParentalControlSettings;
    with_password_credentials password_credentials : ::std::vec::Vec < crate
    ::beta::PasswordCredential >; with_public_client public_client : crate
    ::beta::PublicClientApplication; with_publisher_domain publisher_domain :
    ::std::string::String; with_required_resource_access required_resource_access :
    ::std::vec::Vec < crate ::beta::RequiredResourceAccess >; with_sign_in_audience
    sign_in_audience : ::std::string::String; with_spa spa : crate
    ::beta::SpaApplication; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_token_encryption_key_id token_encryption_key_id : rt::edm::Guid;
    with_unique_name unique_name : ::std::string::String; with_web web : crate
    ::beta::WebApplication; with_on_premises_publishing on_premises_publishing : crate
    ::beta::OnPremisesPublishing; with_created_on_behalf_of created_on_behalf_of : crate
    ::beta::AnyDirectoryObject; with_extension_properties extension_properties :
    ::std::vec::Vec < crate ::beta::ExtensionProperty >;
    with_home_realm_discovery_policies home_realm_discovery_policies : ::std::vec::Vec <
    crate ::beta::HomeRealmDiscoveryPolicy >; with_owners owners : ::std::vec::Vec <
    crate ::beta::AnyDirectoryObject >; with_token_issuance_policies
    token_issuance_policies : ::std::vec::Vec < crate ::beta::TokenIssuancePolicy >;
    with_token_lifetime_policies token_lifetime_policies : ::std::vec::Vec < crate
    ::beta::TokenLifetimePolicy >;
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)] with_connector_group
    connector_group : crate ::beta::ConnectorGroup; with_synchronization synchronization
    : crate ::beta::Synchronization; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Application);
#[cfg(msgraph_beta_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationServicePrincipal`, complex type.
///
/// Features: `beta`, or one of `beta-application-templates`, `beta-search`.
#[derive(Clone)]
pub struct ApplicationServicePrincipal {
    /// CSDL: navigation property `application`: `microsoft.graph.application`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub application: rt::Field<crate::beta::Application>,
    /// CSDL: navigation property `servicePrincipal`: `microsoft.graph.servicePrincipal`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub service_principal: rt::Field<crate::beta::ServicePrincipal>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl ::std::default::Default for ApplicationServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            #[cfg(msgraph_beta_core)]
            application: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            service_principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl rt::Object for ApplicationServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationServicePrincipal";
    const KEYS: &'static [&'static str] = &["application", "servicePrincipal"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"servicePrincipal\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationServicePrincipal\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        #[cfg(msgraph_beta_core)] v.field(0usize, "application", &self.application);
        #[cfg(msgraph_beta_core)]
        v.field(1usize, "service_principal", &self.service_principal);
    }
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl rt::object::Members for ApplicationServicePrincipal {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            #[cfg(msgraph_beta_core)]
            0usize => self.application.read_from(r),
            #[cfg(msgraph_beta_core)]
            1usize => self.service_principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        #[cfg(msgraph_beta_core)] w.field(0usize, &self.application);
        #[cfg(msgraph_beta_core)] w.field(1usize, &self.service_principal);
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
#[cfg(msgraph_beta_application_templates_or_search)]
rt::impl_object!(ApplicationServicePrincipal);
#[cfg(msgraph_beta_application_templates_or_search)]
rt::impl_setters!(
    ApplicationServicePrincipal { #[cfg(msgraph_beta_core)] with_application application
    : crate ::beta::Application; #[cfg(msgraph_beta_core)] with_service_principal
    service_principal : crate ::beta::ServicePrincipal; }
);
#[cfg(msgraph_beta_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationServicePrincipal);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.authentication`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationPath`](requests/trait.AuthenticationPath.html), what a path to one (`EntityPath<Authentication, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Authentication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `emailMethods`: `Collection(microsoft.graph.emailAuthenticationMethod)`, not nullable.
    pub email_methods: rt::Field<
        ::std::vec::Vec<crate::beta::EmailAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `fido2Methods`: `Collection(microsoft.graph.fido2AuthenticationMethod)`, not nullable.
    pub fido2_methods: rt::Field<
        ::std::vec::Vec<crate::beta::Fido2AuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `methods`: `Collection(microsoft.graph.authenticationMethod)`, not nullable.
    pub methods: rt::Field<::std::vec::Vec<crate::beta::AnyAuthenticationMethod>>,
    /// CSDL: containment navigation property `microsoftAuthenticatorMethods`: `Collection(microsoft.graph.microsoftAuthenticatorAuthenticationMethod)`, not nullable.
    pub microsoft_authenticator_methods: rt::Field<
        ::std::vec::Vec<crate::beta::MicrosoftAuthenticatorAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.longRunningOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::LongRunningOperation>>,
    /// CSDL: containment navigation property `passwordlessMicrosoftAuthenticatorMethods`: `Collection(microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod)`, not nullable.
    pub passwordless_microsoft_authenticator_methods: rt::Field<
        ::std::vec::Vec<
            crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
        >,
    >,
    /// CSDL: containment navigation property `passwordMethods`: `Collection(microsoft.graph.passwordAuthenticationMethod)`, not nullable.
    pub password_methods: rt::Field<
        ::std::vec::Vec<crate::beta::PasswordAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `phoneMethods`: `Collection(microsoft.graph.phoneAuthenticationMethod)`, not nullable.
    pub phone_methods: rt::Field<
        ::std::vec::Vec<crate::beta::PhoneAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `temporaryAccessPassMethods`: `Collection(microsoft.graph.temporaryAccessPassAuthenticationMethod)`, not nullable.
    pub temporary_access_pass_methods: rt::Field<
        ::std::vec::Vec<crate::beta::TemporaryAccessPassAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `windowsHelloForBusinessMethods`: `Collection(microsoft.graph.windowsHelloForBusinessAuthenticationMethod)`, not nullable.
    pub windows_hello_for_business_methods: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsHelloForBusinessAuthenticationMethod>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Authentication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            email_methods: rt::Field::Absent,
            fido2_methods: rt::Field::Absent,
            methods: rt::Field::Absent,
            microsoft_authenticator_methods: rt::Field::Absent,
            operations: rt::Field::Absent,
            passwordless_microsoft_authenticator_methods: rt::Field::Absent,
            password_methods: rt::Field::Absent,
            phone_methods: rt::Field::Absent,
            temporary_access_pass_methods: rt::Field::Absent,
            windows_hello_for_business_methods: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Authentication {
    const TYPE_NAME: &'static str = "microsoft.graph.authentication";
    const KEYS: &'static [&'static str] = &[
        "id",
        "emailMethods",
        "fido2Methods",
        "methods",
        "microsoftAuthenticatorMethods",
        "operations",
        "passwordlessMicrosoftAuthenticatorMethods",
        "passwordMethods",
        "phoneMethods",
        "temporaryAccessPassMethods",
        "windowsHelloForBusinessMethods",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"emailMethods\":                 ",
        ",\"fido2Methods\":                 ",
        ",\"methods\":                      ",
        ",\"microsoftAuthenticatorMethods\":",
        ",\"operations\":                   ",
        ",\"passwordlessMicrosoftAuthenticatorMethods\":",
        ",\"passwordMethods\":              ",
        ",\"phoneMethods\":                 ",
        ",\"temporaryAccessPassMethods\":   ",
        ",\"windowsHelloForBusinessMethods\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authentication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "email_methods", &self.email_methods);
        v.field(2usize, "fido2_methods", &self.fido2_methods);
        v.field(3usize, "methods", &self.methods);
        v.field(
            4usize,
            "microsoft_authenticator_methods",
            &self.microsoft_authenticator_methods,
        );
        v.field(5usize, "operations", &self.operations);
        v.field(
            6usize,
            "passwordless_microsoft_authenticator_methods",
            &self.passwordless_microsoft_authenticator_methods,
        );
        v.field(7usize, "password_methods", &self.password_methods);
        v.field(8usize, "phone_methods", &self.phone_methods);
        v.field(
            9usize,
            "temporary_access_pass_methods",
            &self.temporary_access_pass_methods,
        );
        v.field(
            10usize,
            "windows_hello_for_business_methods",
            &self.windows_hello_for_business_methods,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Authentication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.email_methods.read_from(r),
            2usize => self.fido2_methods.read_from(r),
            3usize => self.methods.read_from(r),
            4usize => self.microsoft_authenticator_methods.read_from(r),
            5usize => self.operations.read_from(r),
            6usize => self.passwordless_microsoft_authenticator_methods.read_from(r),
            7usize => self.password_methods.read_from(r),
            8usize => self.phone_methods.read_from(r),
            9usize => self.temporary_access_pass_methods.read_from(r),
            10usize => self.windows_hello_for_business_methods.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.email_methods);
        w.field(2usize, &self.fido2_methods);
        w.field(3usize, &self.methods);
        w.field(4usize, &self.microsoft_authenticator_methods);
        w.field(5usize, &self.operations);
        w.field(6usize, &self.passwordless_microsoft_authenticator_methods);
        w.field(7usize, &self.password_methods);
        w.field(8usize, &self.phone_methods);
        w.field(9usize, &self.temporary_access_pass_methods);
        w.field(10usize, &self.windows_hello_for_business_methods);
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
rt::impl_object!(Authentication);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Authentication { with_id id : ::std::string::String; with_email_methods email_methods
    : ::std::vec::Vec < crate ::beta::EmailAuthenticationMethod >; with_fido2_methods
    fido2_methods : ::std::vec::Vec < crate ::beta::Fido2AuthenticationMethod >;
    with_methods methods : ::std::vec::Vec < crate ::beta::AnyAuthenticationMethod >;
    with_microsoft_authenticator_methods microsoft_authenticator_methods :
    ::std::vec::Vec < crate ::beta::MicrosoftAuthenticatorAuthenticationMethod >;
    with_operations operations : ::std::vec::Vec < crate ::beta::LongRunningOperation >;
    with_passwordless_microsoft_authenticator_methods
    passwordless_microsoft_authenticator_methods : ::std::vec::Vec < crate
    ::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod >;
    with_password_methods password_methods : ::std::vec::Vec < crate
    ::beta::PasswordAuthenticationMethod >; with_phone_methods phone_methods :
    ::std::vec::Vec < crate ::beta::PhoneAuthenticationMethod >;
    with_temporary_access_pass_methods temporary_access_pass_methods : ::std::vec::Vec <
    crate ::beta::TemporaryAccessPassAuthenticationMethod >;
    with_windows_hello_for_business_methods windows_hello_for_business_methods :
    ::std::vec::Vec < crate ::beta::WindowsHelloForBusinessAuthenticationMethod >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Authentication);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.authenticationMethod`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<AnyAuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethod";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
rt::impl_object!(AuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(AuthenticationMethod { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethod);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.authenticationMethod` or any type derived from it, selected by `@odata.type` (9 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationMethod {
    AuthenticationMethod(::std::boxed::Box<crate::beta::AuthenticationMethod>),
    EmailAuthenticationMethod(::std::boxed::Box<crate::beta::EmailAuthenticationMethod>),
    Fido2AuthenticationMethod(::std::boxed::Box<crate::beta::Fido2AuthenticationMethod>),
    MicrosoftAuthenticatorAuthenticationMethod(
        ::std::boxed::Box<crate::beta::MicrosoftAuthenticatorAuthenticationMethod>,
    ),
    PasswordAuthenticationMethod(
        ::std::boxed::Box<crate::beta::PasswordAuthenticationMethod>,
    ),
    PasswordlessMicrosoftAuthenticatorAuthenticationMethod(
        ::std::boxed::Box<
            crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
        >,
    ),
    PhoneAuthenticationMethod(::std::boxed::Box<crate::beta::PhoneAuthenticationMethod>),
    TemporaryAccessPassAuthenticationMethod(
        ::std::boxed::Box<crate::beta::TemporaryAccessPassAuthenticationMethod>,
    ),
    WindowsHelloForBusinessAuthenticationMethod(
        ::std::boxed::Box<crate::beta::WindowsHelloForBusinessAuthenticationMethod>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationMethod(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::beta::AuthenticationMethod) -> Self {
        Self::AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::beta::EmailAuthenticationMethod) -> Self {
        Self::EmailAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Fido2AuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::beta::Fido2AuthenticationMethod) -> Self {
        Self::Fido2AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftAuthenticatorAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::beta::MicrosoftAuthenticatorAuthenticationMethod) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PasswordAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::beta::PasswordAuthenticationMethod) -> Self {
        Self::PasswordAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
> for AnyAuthenticationMethod {
    #[inline]
    fn from(
        v: crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
    ) -> Self {
        Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PhoneAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::beta::PhoneAuthenticationMethod) -> Self {
        Self::PhoneAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TemporaryAccessPassAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::beta::TemporaryAccessPassAuthenticationMethod) -> Self {
        Self::TemporaryAccessPassAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsHelloForBusinessAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::beta::WindowsHelloForBusinessAuthenticationMethod) -> Self {
        Self::WindowsHelloForBusinessAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyAuthenticationMethod {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyAuthenticationMethod {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyAuthenticationMethod {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyAuthenticationMethod {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationMethod {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AuthenticationMethod>();
    rt::object::auto_traits::<crate::beta::EmailAuthenticationMethod>();
    rt::object::auto_traits::<crate::beta::Fido2AuthenticationMethod>();
    rt::object::auto_traits::<crate::beta::MicrosoftAuthenticatorAuthenticationMethod>();
    rt::object::auto_traits::<crate::beta::PasswordAuthenticationMethod>();
    rt::object::auto_traits::<
        crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
    >();
    rt::object::auto_traits::<crate::beta::PhoneAuthenticationMethod>();
    rt::object::auto_traits::<crate::beta::TemporaryAccessPassAuthenticationMethod>();
    rt::object::auto_traits::<
        crate::beta::WindowsHelloForBusinessAuthenticationMethod,
    >();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyAuthenticationMethod {
    const BASE_NAME: &'static str = "microsoft.graph.authenticationMethod";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.emailAuthenticationMethod") => {
                Self::EmailAuthenticationMethod(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.fido2AuthenticationMethod") => {
                Self::Fido2AuthenticationMethod(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethod(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.passwordAuthenticationMethod",
            ) => Self::PasswordAuthenticationMethod(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod",
            ) => {
                Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some("microsoft.graph.phoneAuthenticationMethod") => {
                Self::PhoneAuthenticationMethod(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethod",
            ) => Self::TemporaryAccessPassAuthenticationMethod(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
            ) => {
                Self::WindowsHelloForBusinessAuthenticationMethod(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AuthenticationMethod(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AuthenticationMethod(v) => &**v,
            Self::EmailAuthenticationMethod(v) => &**v,
            Self::Fido2AuthenticationMethod(v) => &**v,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &**v,
            Self::PasswordAuthenticationMethod(v) => &**v,
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &**v,
            Self::PhoneAuthenticationMethod(v) => &**v,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &**v,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationMethod(v) => &mut **v,
            Self::EmailAuthenticationMethod(v) => &mut **v,
            Self::Fido2AuthenticationMethod(v) => &mut **v,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut **v,
            Self::PasswordAuthenticationMethod(v) => &mut **v,
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &mut **v,
            Self::PhoneAuthenticationMethod(v) => &mut **v,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut **v,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyAuthenticationMethod {
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
            Self::AuthenticationMethod(v) => &v.id,
            Self::EmailAuthenticationMethod(v) => &v.id,
            Self::Fido2AuthenticationMethod(v) => &v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.id,
            Self::PasswordAuthenticationMethod(v) => &v.id,
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &v.id,
            Self::PhoneAuthenticationMethod(v) => &v.id,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.id,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationMethod(v) => &mut v.id,
            Self::EmailAuthenticationMethod(v) => &mut v.id,
            Self::Fido2AuthenticationMethod(v) => &mut v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.id,
            Self::PasswordAuthenticationMethod(v) => &mut v.id,
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.id,
            Self::PhoneAuthenticationMethod(v) => &mut v.id,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.id,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyAuthenticationMethod);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Autopilot Deployment Profile
///
/// CSDL: `microsoft.graph.azureADWindowsAutopilotDeploymentProfile`, entity type, derived from `microsoft.graph.windowsAutopilotDeploymentProfile`, key `id`.
///
/// Request builders: [`WindowsAutopilotDeploymentProfilePath`](requests/trait.WindowsAutopilotDeploymentProfilePath.html), what a path to one (`EntityPath<AzureAdWindowsAutopilotDeploymentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AzureAdWindowsAutopilotDeploymentProfile {
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
impl ::std::default::Default for AzureAdWindowsAutopilotDeploymentProfile {
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
impl rt::Object for AzureAdWindowsAutopilotDeploymentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.azureADWindowsAutopilotDeploymentProfile";
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
    const TAG: &'static str = "\"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile\"";
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
impl rt::object::Members for AzureAdWindowsAutopilotDeploymentProfile {
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
rt::impl_object!(AzureAdWindowsAutopilotDeploymentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AzureAdWindowsAutopilotDeploymentProfile { with_id id : ::std::string::String;
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
rt::impl_serde!(AzureAdWindowsAutopilotDeploymentProfile);
