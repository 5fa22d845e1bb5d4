//! Types of `microsoft.graph` by the first letters of their names (`windows10g_windows10v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windows10GeneralConfiguration resource.
///
/// CSDL: `microsoft.graph.windows10GeneralConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`Windows10GeneralConfigurationPath`](requests/trait.Windows10GeneralConfigurationPath.html), what a path to one (`EntityPath<Windows10GeneralConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10GeneralConfiguration {
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
    /// Specifies if Windows apps can be activated by voice.
    ///
    /// CSDL: property `activateAppsWithVoice`: `microsoft.graph.enablement`, not nullable.
    pub activate_apps_with_voice: rt::Field<crate::beta::Enablement>,
    /// Indicates whether or not to block the user from selecting an AntiTheft mode preference (Windows 10 Mobile only).
    ///
    /// CSDL: property `antiTheftModeBlocked`: `Edm.Boolean`, not nullable.
    pub anti_theft_mode_blocked: rt::Field<bool>,
    /// This policy setting permits users to change installation options that typically are available only to system administrators.
    ///
    /// CSDL: property `appManagementMSIAllowUserControlOverInstall`: `Edm.Boolean`, not nullable.
    pub app_management_msi_allow_user_control_over_install: rt::Field<bool>,
    /// This policy setting directs Windows Installer to use elevated permissions when it installs any program on the system.
    ///
    /// CSDL: property `appManagementMSIAlwaysInstallWithElevatedPrivileges`: `Edm.Boolean`, not nullable.
    pub app_management_msi_always_install_with_elevated_privileges: rt::Field<bool>,
    /// List of semi-colon delimited Package Family Names of Windows apps. Listed Windows apps are to be launched after logon.​
    ///
    /// CSDL: property `appManagementPackageFamilyNamesToLaunchAfterLogOn`: `Collection(Edm.String)`, nullable.
    pub app_management_package_family_names_to_launch_after_log_on: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Indicates whether apps from AppX packages signed with a trusted certificate can be side loaded.
    ///
    /// CSDL: property `appsAllowTrustedAppsSideloading`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub apps_allow_trusted_apps_sideloading: rt::Field<
        crate::beta::StateManagementSetting,
    >,
    /// Indicates whether or not to disable the launch of all apps from Windows Store that came pre-installed or were downloaded.
    ///
    /// CSDL: property `appsBlockWindowsStoreOriginatedApps`: `Edm.Boolean`, not nullable.
    pub apps_block_windows_store_originated_apps: rt::Field<bool>,
    /// Allows secondary authentication devices to work with Windows.
    ///
    /// CSDL: property `authenticationAllowSecondaryDevice`: `Edm.Boolean`, not nullable.
    pub authentication_allow_secondary_device: rt::Field<bool>,
    /// Specifies the preferred domain among available domains in the Azure AD tenant.
    ///
    /// CSDL: property `authenticationPreferredAzureADTenantDomainName`: `Edm.String`, nullable.
    pub authentication_preferred_azure_ad_tenant_domain_name: rt::Field<
        ::std::string::String,
    >,
    /// Indicates whether or not Web Credential Provider will be enabled.
    ///
    /// CSDL: property `authenticationWebSignIn`: `microsoft.graph.enablement`, not nullable.
    pub authentication_web_sign_in: rt::Field<crate::beta::Enablement>,
    /// Specify a list of allowed Bluetooth services and profiles in hex formatted strings.
    ///
    /// CSDL: property `bluetoothAllowedServices`: `Collection(Edm.String)`, nullable.
    pub bluetooth_allowed_services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Whether or not to Block the user from using bluetooth advertising.
    ///
    /// CSDL: property `bluetoothBlockAdvertising`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_advertising: rt::Field<bool>,
    /// Whether or not to Block the user from using bluetooth discoverable mode.
    ///
    /// CSDL: property `bluetoothBlockDiscoverableMode`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_discoverable_mode: rt::Field<bool>,
    /// Whether or not to Block the user from using bluetooth.
    ///
    /// CSDL: property `bluetoothBlocked`: `Edm.Boolean`, not nullable.
    pub bluetooth_blocked: rt::Field<bool>,
    /// Whether or not to block specific bundled Bluetooth peripherals to automatically pair with the host device.
    ///
    /// CSDL: property `bluetoothBlockPrePairing`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_pre_pairing: rt::Field<bool>,
    /// Whether or not to block the users from using Swift Pair and other proximity based scenarios.
    ///
    /// CSDL: property `bluetoothBlockPromptedProximalConnections`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_prompted_proximal_connections: rt::Field<bool>,
    /// Whether or not to Block the user from accessing the camera of the device.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Whether or not to Block the user from using data over cellular while roaming.
    ///
    /// CSDL: property `cellularBlockDataWhenRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_when_roaming: rt::Field<bool>,
    /// Whether or not to Block the user from using VPN over cellular.
    ///
    /// CSDL: property `cellularBlockVpn`: `Edm.Boolean`, not nullable.
    pub cellular_block_vpn: rt::Field<bool>,
    /// Whether or not to Block the user from using VPN when roaming over cellular.
    ///
    /// CSDL: property `cellularBlockVpnWhenRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_vpn_when_roaming: rt::Field<bool>,
    /// Whether or not to allow the cellular data channel on the device. If not configured, the cellular data channel is allowed and the user can turn it off.
    ///
    /// CSDL: property `cellularData`: `microsoft.graph.configurationUsage`, not nullable.
    pub cellular_data: rt::Field<crate::beta::ConfigurationUsage>,
    /// Whether or not to Block the user from doing manual root certificate installation.
    ///
    /// CSDL: property `certificatesBlockManualRootCertificateInstallation`: `Edm.Boolean`, not nullable.
    pub certificates_block_manual_root_certificate_installation: rt::Field<bool>,
    /// Specifies the time zone to be applied to the device. This is the standard Windows name for the target time zone.
    ///
    /// CSDL: property `configureTimeZone`: `Edm.String`, nullable.
    pub configure_time_zone: rt::Field<::std::string::String>,
    /// Whether or not to block Connected Devices Service which enables discovery and connection to other devices, remote messaging, remote app sessions and other cross-device experiences.
    ///
    /// CSDL: property `connectedDevicesServiceBlocked`: `Edm.Boolean`, not nullable.
    pub connected_devices_service_blocked: rt::Field<bool>,
    /// Whether or not to Block the user from using copy paste.
    ///
    /// CSDL: property `copyPasteBlocked`: `Edm.Boolean`, not nullable.
    pub copy_paste_blocked: rt::Field<bool>,
    /// Whether or not to Block the user from using Cortana.
    ///
    /// CSDL: property `cortanaBlocked`: `Edm.Boolean`, not nullable.
    pub cortana_blocked: rt::Field<bool>,
    /// Specify whether to allow or disallow the Federal Information Processing Standard (FIPS) policy.
    ///
    /// CSDL: property `cryptographyAllowFipsAlgorithmPolicy`: `Edm.Boolean`, not nullable.
    pub cryptography_allow_fips_algorithm_policy: rt::Field<bool>,
    /// This policy setting allows you to block direct memory access (DMA) for all hot pluggable PCI downstream ports until a user logs into Windows.
    ///
    /// CSDL: property `dataProtectionBlockDirectMemoryAccess`: `Edm.Boolean`, nullable.
    pub data_protection_block_direct_memory_access: rt::Field<bool>,
    /// Whether or not to block end user access to Defender.
    ///
    /// CSDL: property `defenderBlockEndUserAccess`: `Edm.Boolean`, not nullable.
    pub defender_block_end_user_access: rt::Field<bool>,
    /// Allows or disallows Windows Defender On Access Protection functionality.
    ///
    /// CSDL: property `defenderBlockOnAccessProtection`: `Edm.Boolean`, not nullable.
    pub defender_block_on_access_protection: rt::Field<bool>,
    /// Specifies the level of cloud-delivered protection.
    ///
    /// CSDL: property `defenderCloudBlockLevel`: `microsoft.graph.defenderCloudBlockLevelType`, not nullable.
    pub defender_cloud_block_level: rt::Field<crate::beta::DefenderCloudBlockLevelType>,
    /// Timeout extension for file scanning by the cloud. Valid values 0 to 50
    ///
    /// CSDL: property `defenderCloudExtendedTimeout`: `Edm.Int32`, nullable.
    pub defender_cloud_extended_timeout: rt::Field<i32>,
    /// Timeout extension for file scanning by the cloud. Valid values 0 to 50
    ///
    /// CSDL: property `defenderCloudExtendedTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub defender_cloud_extended_timeout_in_seconds: rt::Field<i32>,
    /// Number of days before deleting quarantined malware. Valid values 0 to 90
    ///
    /// CSDL: property `defenderDaysBeforeDeletingQuarantinedMalware`: `Edm.Int32`, nullable.
    pub defender_days_before_deleting_quarantined_malware: rt::Field<i32>,
    /// Gets or sets Defender’s actions to take on detected Malware per threat level.
    ///
    /// CSDL: property `defenderDetectedMalwareActions`: `microsoft.graph.defenderDetectedMalwareActions`, nullable.
    pub defender_detected_malware_actions: rt::Field<
        crate::beta::DefenderDetectedMalwareActions,
    >,
    /// When blocked, catch-up scans for scheduled full scans will be turned off.
    ///
    /// CSDL: property `defenderDisableCatchupFullScan`: `Edm.Boolean`, not nullable.
    pub defender_disable_catchup_full_scan: rt::Field<bool>,
    /// When blocked, catch-up scans for scheduled quick scans will be turned off.
    ///
    /// CSDL: property `defenderDisableCatchupQuickScan`: `Edm.Boolean`, not nullable.
    pub defender_disable_catchup_quick_scan: rt::Field<bool>,
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
    /// Value for monitoring file activity.
    ///
    /// CSDL: property `defenderMonitorFileActivity`: `microsoft.graph.defenderMonitorFileActivity`, not nullable.
    pub defender_monitor_file_activity: rt::Field<
        crate::beta::DefenderMonitorFileActivity,
    >,
    /// Gets or sets Defender’s action to take on Potentially Unwanted Application (PUA), which includes software with behaviors of ad-injection, software bundling, persistent solicitation for payment or subscription, etc. Defender alerts user when PUA is being downloaded or attempts to install itself. Added in Windows 10 for desktop.
    ///
    /// CSDL: property `defenderPotentiallyUnwantedAppAction`: `microsoft.graph.defenderPotentiallyUnwantedAppAction`, nullable.
    pub defender_potentially_unwanted_app_action: rt::Field<
        crate::beta::DefenderPotentiallyUnwantedAppAction,
    >,
    /// Gets or sets Defender’s action to take on Potentially Unwanted Application (PUA), which includes software with behaviors of ad-injection, software bundling, persistent solicitation for payment or subscription, etc. Defender alerts user when PUA is being downloaded or attempts to install itself. Added in Windows 10 for desktop.
    ///
    /// CSDL: property `defenderPotentiallyUnwantedAppActionSetting`: `microsoft.graph.defenderProtectionType`, not nullable.
    pub defender_potentially_unwanted_app_action_setting: rt::Field<
        crate::beta::DefenderProtectionType,
    >,
    /// Processes to exclude from scans and real time protection.
    ///
    /// CSDL: property `defenderProcessesToExclude`: `Collection(Edm.String)`, nullable.
    pub defender_processes_to_exclude: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The configuration for how to prompt user for sample submission.
    ///
    /// CSDL: property `defenderPromptForSampleSubmission`: `microsoft.graph.defenderPromptForSampleSubmission`, not nullable.
    pub defender_prompt_for_sample_submission: rt::Field<
        crate::beta::DefenderPromptForSampleSubmission,
    >,
    /// Indicates whether or not to require behavior monitoring.
    ///
    /// CSDL: property `defenderRequireBehaviorMonitoring`: `Edm.Boolean`, not nullable.
    pub defender_require_behavior_monitoring: rt::Field<bool>,
    /// Indicates whether or not to require cloud protection.
    ///
    /// CSDL: property `defenderRequireCloudProtection`: `Edm.Boolean`, not nullable.
    pub defender_require_cloud_protection: rt::Field<bool>,
    /// Indicates whether or not to require network inspection system.
    ///
    /// CSDL: property `defenderRequireNetworkInspectionSystem`: `Edm.Boolean`, not nullable.
    pub defender_require_network_inspection_system: rt::Field<bool>,
    /// Indicates whether or not to require real time monitoring.
    ///
    /// CSDL: property `defenderRequireRealTimeMonitoring`: `Edm.Boolean`, not nullable.
    pub defender_require_real_time_monitoring: rt::Field<bool>,
    /// Indicates whether or not to scan archive files.
    ///
    /// CSDL: property `defenderScanArchiveFiles`: `Edm.Boolean`, not nullable.
    pub defender_scan_archive_files: rt::Field<bool>,
    /// Indicates whether or not to scan downloads.
    ///
    /// CSDL: property `defenderScanDownloads`: `Edm.Boolean`, not nullable.
    pub defender_scan_downloads: rt::Field<bool>,
    /// Indicates whether or not to scan incoming mail messages.
    ///
    /// CSDL: property `defenderScanIncomingMail`: `Edm.Boolean`, not nullable.
    pub defender_scan_incoming_mail: rt::Field<bool>,
    /// Indicates whether or not to scan mapped network drives during full scan.
    ///
    /// CSDL: property `defenderScanMappedNetworkDrivesDuringFullScan`: `Edm.Boolean`, not nullable.
    pub defender_scan_mapped_network_drives_during_full_scan: rt::Field<bool>,
    /// Max CPU usage percentage during scan. Valid values 0 to 100
    ///
    /// CSDL: property `defenderScanMaxCpu`: `Edm.Int32`, nullable.
    pub defender_scan_max_cpu: rt::Field<i32>,
    /// Indicates whether or not to scan files opened from a network folder.
    ///
    /// CSDL: property `defenderScanNetworkFiles`: `Edm.Boolean`, not nullable.
    pub defender_scan_network_files: rt::Field<bool>,
    /// Indicates whether or not to scan removable drives during full scan.
    ///
    /// CSDL: property `defenderScanRemovableDrivesDuringFullScan`: `Edm.Boolean`, not nullable.
    pub defender_scan_removable_drives_during_full_scan: rt::Field<bool>,
    /// Indicates whether or not to scan scripts loaded in Internet Explorer browser.
    ///
    /// CSDL: property `defenderScanScriptsLoadedInInternetExplorer`: `Edm.Boolean`, not nullable.
    pub defender_scan_scripts_loaded_in_internet_explorer: rt::Field<bool>,
    /// The defender system scan type.
    ///
    /// CSDL: property `defenderScanType`: `microsoft.graph.defenderScanType`, not nullable.
    pub defender_scan_type: rt::Field<crate::beta::DefenderScanType>,
    /// The time to perform a daily quick scan.
    ///
    /// CSDL: property `defenderScheduledQuickScanTime`: `Edm.TimeOfDay`, nullable.
    pub defender_scheduled_quick_scan_time: rt::Field<rt::edm::TimeOfDay>,
    /// The defender time for the system scan.
    ///
    /// CSDL: property `defenderScheduledScanTime`: `Edm.TimeOfDay`, nullable.
    pub defender_scheduled_scan_time: rt::Field<rt::edm::TimeOfDay>,
    /// When enabled, low CPU priority will be used during scheduled scans.
    ///
    /// CSDL: property `defenderScheduleScanEnableLowCpuPriority`: `Edm.Boolean`, not nullable.
    pub defender_schedule_scan_enable_low_cpu_priority: rt::Field<bool>,
    /// The signature update interval in hours. Specify 0 not to check. Valid values 0 to 24
    ///
    /// CSDL: property `defenderSignatureUpdateIntervalInHours`: `Edm.Int32`, nullable.
    pub defender_signature_update_interval_in_hours: rt::Field<i32>,
    /// Checks for the user consent level in Windows Defender to send data.
    ///
    /// CSDL: property `defenderSubmitSamplesConsentType`: `microsoft.graph.defenderSubmitSamplesConsentType`, not nullable.
    pub defender_submit_samples_consent_type: rt::Field<
        crate::beta::DefenderSubmitSamplesConsentType,
    >,
    /// Defender day of the week for the system scan.
    ///
    /// CSDL: property `defenderSystemScanSchedule`: `microsoft.graph.weeklySchedule`, not nullable.
    pub defender_system_scan_schedule: rt::Field<crate::beta::WeeklySchedule>,
    /// Indicates whether or not to allow developer unlock.
    ///
    /// CSDL: property `developerUnlockSetting`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub developer_unlock_setting: rt::Field<crate::beta::StateManagementSetting>,
    /// Indicates whether or not to Block the user from resetting their phone.
    ///
    /// CSDL: property `deviceManagementBlockFactoryResetOnMobile`: `Edm.Boolean`, not nullable.
    pub device_management_block_factory_reset_on_mobile: rt::Field<bool>,
    /// Indicates whether or not to Block the user from doing manual un-enrollment from device management.
    ///
    /// CSDL: property `deviceManagementBlockManualUnenroll`: `Edm.Boolean`, not nullable.
    pub device_management_block_manual_unenroll: rt::Field<bool>,
    /// Gets or sets a value allowing the device to send diagnostic and usage telemetry data, such as Watson.
    ///
    /// CSDL: property `diagnosticsDataSubmissionMode`: `microsoft.graph.diagnosticDataSubmissionMode`, not nullable.
    pub diagnostics_data_submission_mode: rt::Field<
        crate::beta::DiagnosticDataSubmissionMode,
    >,
    /// List of legacy applications that have GDI DPI Scaling turned off.
    ///
    /// CSDL: property `displayAppListWithGdiDPIScalingTurnedOff`: `Collection(Edm.String)`, nullable.
    pub display_app_list_with_gdi_dpi_scaling_turned_off: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// List of legacy applications that have GDI DPI Scaling turned on.
    ///
    /// CSDL: property `displayAppListWithGdiDPIScalingTurnedOn`: `Collection(Edm.String)`, nullable.
    pub display_app_list_with_gdi_dpi_scaling_turned_on: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Allow users to change Start pages on Edge. Use the EdgeHomepageUrls to specify the Start pages that the user would see by default when they open Edge.
    ///
    /// CSDL: property `edgeAllowStartPagesModification`: `Edm.Boolean`, not nullable.
    pub edge_allow_start_pages_modification: rt::Field<bool>,
    /// Indicates whether or not to prevent access to about flags on Edge browser.
    ///
    /// CSDL: property `edgeBlockAccessToAboutFlags`: `Edm.Boolean`, not nullable.
    pub edge_block_access_to_about_flags: rt::Field<bool>,
    /// Block the address bar dropdown functionality in Microsoft Edge. Disable this settings to minimize network connections from Microsoft Edge to Microsoft services.
    ///
    /// CSDL: property `edgeBlockAddressBarDropdown`: `Edm.Boolean`, not nullable.
    pub edge_block_address_bar_dropdown: rt::Field<bool>,
    /// Indicates whether or not to block auto fill.
    ///
    /// CSDL: property `edgeBlockAutofill`: `Edm.Boolean`, not nullable.
    pub edge_block_autofill: rt::Field<bool>,
    /// Block Microsoft compatibility list in Microsoft Edge. This list from Microsoft helps Edge properly display sites with known compatibility issues.
    ///
    /// CSDL: property `edgeBlockCompatibilityList`: `Edm.Boolean`, not nullable.
    pub edge_block_compatibility_list: rt::Field<bool>,
    /// Indicates whether or not to block developer tools in the Edge browser.
    ///
    /// CSDL: property `edgeBlockDeveloperTools`: `Edm.Boolean`, not nullable.
    pub edge_block_developer_tools: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using the Edge browser.
    ///
    /// CSDL: property `edgeBlocked`: `Edm.Boolean`, not nullable.
    pub edge_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block the user from making changes to Favorites.
    ///
    /// CSDL: property `edgeBlockEditFavorites`: `Edm.Boolean`, not nullable.
    pub edge_block_edit_favorites: rt::Field<bool>,
    /// Indicates whether or not to block extensions in the Edge browser.
    ///
    /// CSDL: property `edgeBlockExtensions`: `Edm.Boolean`, not nullable.
    pub edge_block_extensions: rt::Field<bool>,
    /// Allow or prevent Edge from entering the full screen mode.
    ///
    /// CSDL: property `edgeBlockFullScreenMode`: `Edm.Boolean`, not nullable.
    pub edge_block_full_screen_mode: rt::Field<bool>,
    /// Indicates whether or not to block InPrivate browsing on corporate networks, in the Edge browser.
    ///
    /// CSDL: property `edgeBlockInPrivateBrowsing`: `Edm.Boolean`, not nullable.
    pub edge_block_in_private_browsing: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using JavaScript.
    ///
    /// CSDL: property `edgeBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub edge_block_java_script: rt::Field<bool>,
    /// Block the collection of information by Microsoft for live tile creation when users pin a site to Start from Microsoft Edge.
    ///
    /// CSDL: property `edgeBlockLiveTileDataCollection`: `Edm.Boolean`, not nullable.
    pub edge_block_live_tile_data_collection: rt::Field<bool>,
    /// Indicates whether or not to Block password manager.
    ///
    /// CSDL: property `edgeBlockPasswordManager`: `Edm.Boolean`, not nullable.
    pub edge_block_password_manager: rt::Field<bool>,
    /// Indicates whether or not to block popups.
    ///
    /// CSDL: property `edgeBlockPopups`: `Edm.Boolean`, not nullable.
    pub edge_block_popups: rt::Field<bool>,
    /// Decide whether Microsoft Edge is prelaunched at Windows startup.
    ///
    /// CSDL: property `edgeBlockPrelaunch`: `Edm.Boolean`, not nullable.
    pub edge_block_prelaunch: rt::Field<bool>,
    /// Configure Edge to allow or block printing.
    ///
    /// CSDL: property `edgeBlockPrinting`: `Edm.Boolean`, not nullable.
    pub edge_block_printing: rt::Field<bool>,
    /// Configure Edge to allow browsing history to be saved or to never save browsing history.
    ///
    /// CSDL: property `edgeBlockSavingHistory`: `Edm.Boolean`, not nullable.
    pub edge_block_saving_history: rt::Field<bool>,
    /// Indicates whether or not to block the user from adding new search engine or changing the default search engine.
    ///
    /// CSDL: property `edgeBlockSearchEngineCustomization`: `Edm.Boolean`, not nullable.
    pub edge_block_search_engine_customization: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the search suggestions in the address bar.
    ///
    /// CSDL: property `edgeBlockSearchSuggestions`: `Edm.Boolean`, not nullable.
    pub edge_block_search_suggestions: rt::Field<bool>,
    /// Indicates whether or not to Block the user from sending the do not track header.
    ///
    /// CSDL: property `edgeBlockSendingDoNotTrackHeader`: `Edm.Boolean`, not nullable.
    pub edge_block_sending_do_not_track_header: rt::Field<bool>,
    /// Indicates whether or not to switch the intranet traffic from Edge to Internet Explorer. Note: the name of this property is misleading; the property is obsolete, use EdgeSendIntranetTrafficToInternetExplorer instead.
    ///
    /// CSDL: property `edgeBlockSendingIntranetTrafficToInternetExplorer`: `Edm.Boolean`, not nullable.
    pub edge_block_sending_intranet_traffic_to_internet_explorer: rt::Field<bool>,
    /// Indicates whether the user can sideload extensions.
    ///
    /// CSDL: property `edgeBlockSideloadingExtensions`: `Edm.Boolean`, not nullable.
    pub edge_block_sideloading_extensions: rt::Field<bool>,
    /// Configure whether Edge preloads the new tab page at Windows startup.
    ///
    /// CSDL: property `edgeBlockTabPreloading`: `Edm.Boolean`, not nullable.
    pub edge_block_tab_preloading: rt::Field<bool>,
    /// Configure to load a blank page in Edge instead of the default New tab page and prevent users from changing it.
    ///
    /// CSDL: property `edgeBlockWebContentOnNewTabPage`: `Edm.Boolean`, not nullable.
    pub edge_block_web_content_on_new_tab_page: rt::Field<bool>,
    /// Clear browsing data on exiting Microsoft Edge.
    ///
    /// CSDL: property `edgeClearBrowsingDataOnExit`: `Edm.Boolean`, not nullable.
    pub edge_clear_browsing_data_on_exit: rt::Field<bool>,
    /// Indicates which cookies to block in the Edge browser.
    ///
    /// CSDL: property `edgeCookiePolicy`: `microsoft.graph.edgeCookiePolicy`, not nullable.
    pub edge_cookie_policy: rt::Field<crate::beta::EdgeCookiePolicy>,
    /// Block the Microsoft web page that opens on the first use of Microsoft Edge. This policy allows enterprises, like those enrolled in zero emissions configurations, to block this page.
    ///
    /// CSDL: property `edgeDisableFirstRunPage`: `Edm.Boolean`, not nullable.
    pub edge_disable_first_run_page: rt::Field<bool>,
    /// Indicates the enterprise mode site list location. Could be a local file, local network or http location.
    ///
    /// CSDL: property `edgeEnterpriseModeSiteListLocation`: `Edm.String`, nullable.
    pub edge_enterprise_mode_site_list_location: rt::Field<::std::string::String>,
    /// Get or set a value that specifies whether to set the favorites bar to always be visible or hidden on any page.
    ///
    /// CSDL: property `edgeFavoritesBarVisibility`: `microsoft.graph.visibilitySetting`, not nullable.
    pub edge_favorites_bar_visibility: rt::Field<crate::beta::VisibilitySetting>,
    /// The location of the favorites list to provision. Could be a local file, local network or http location.
    ///
    /// CSDL: property `edgeFavoritesListLocation`: `Edm.String`, nullable.
    pub edge_favorites_list_location: rt::Field<::std::string::String>,
    /// The first run URL for when Edge browser is opened for the first time.
    ///
    /// CSDL: property `edgeFirstRunUrl`: `Edm.String`, nullable.
    pub edge_first_run_url: rt::Field<::std::string::String>,
    /// Causes the Home button to either hide, load the default Start page, load a New tab page, or a custom URL
    ///
    /// CSDL: property `edgeHomeButtonConfiguration`: `microsoft.graph.edgeHomeButtonConfiguration`, nullable.
    pub edge_home_button_configuration: rt::Field<
        crate::beta::AnyEdgeHomeButtonConfiguration,
    >,
    /// Enable the Home button configuration.
    ///
    /// CSDL: property `edgeHomeButtonConfigurationEnabled`: `Edm.Boolean`, not nullable.
    pub edge_home_button_configuration_enabled: rt::Field<bool>,
    /// The list of URLs for homepages shodwn on MDM-enrolled devices on Edge browser.
    ///
    /// CSDL: property `edgeHomepageUrls`: `Collection(Edm.String)`, nullable.
    pub edge_homepage_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Controls how the Microsoft Edge settings are restricted based on the configure kiosk mode.
    ///
    /// CSDL: property `edgeKioskModeRestriction`: `microsoft.graph.edgeKioskModeRestrictionType`, not nullable.
    pub edge_kiosk_mode_restriction: rt::Field<
        crate::beta::EdgeKioskModeRestrictionType,
    >,
    /// Specifies the time in minutes from the last user activity before Microsoft Edge kiosk resets.  Valid values are 0-1440. The default is 5. 0 indicates no reset. Valid values 0 to 1440
    ///
    /// CSDL: property `edgeKioskResetAfterIdleTimeInMinutes`: `Edm.Int32`, nullable.
    pub edge_kiosk_reset_after_idle_time_in_minutes: rt::Field<i32>,
    /// Specify the page opened when new tabs are created.
    ///
    /// CSDL: property `edgeNewTabPageURL`: `Edm.String`, nullable.
    pub edge_new_tab_page_url: rt::Field<::std::string::String>,
    /// Specify what kind of pages are open at start.
    ///
    /// CSDL: property `edgeOpensWith`: `microsoft.graph.edgeOpenOptions`, not nullable.
    pub edge_opens_with: rt::Field<crate::beta::EdgeOpenOptions>,
    /// Allow or prevent users from overriding certificate errors.
    ///
    /// CSDL: property `edgePreventCertificateErrorOverride`: `Edm.Boolean`, not nullable.
    pub edge_prevent_certificate_error_override: rt::Field<bool>,
    /// Specify the list of package family names of browser extensions that are required and cannot be turned off by the user.
    ///
    /// CSDL: property `edgeRequiredExtensionPackageFamilyNames`: `Collection(Edm.String)`, nullable.
    pub edge_required_extension_package_family_names: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Indicates whether or not to Require the user to use the smart screen filter.
    ///
    /// CSDL: property `edgeRequireSmartScreen`: `Edm.Boolean`, not nullable.
    pub edge_require_smart_screen: rt::Field<bool>,
    /// Allows IT admins to set a default search engine for MDM-Controlled devices. Users can override this and change their default search engine provided the AllowSearchEngineCustomization policy is not set.
    ///
    /// CSDL: property `edgeSearchEngine`: `microsoft.graph.edgeSearchEngineBase`, nullable.
    pub edge_search_engine: rt::Field<crate::beta::AnyEdgeSearchEngineBase>,
    /// Indicates whether or not to switch the intranet traffic from Edge to Internet Explorer.
    ///
    /// CSDL: property `edgeSendIntranetTrafficToInternetExplorer`: `Edm.Boolean`, not nullable.
    pub edge_send_intranet_traffic_to_internet_explorer: rt::Field<bool>,
    /// Controls the message displayed by Edge before switching to Internet Explorer.
    ///
    /// CSDL: property `edgeShowMessageWhenOpeningInternetExplorerSites`: `microsoft.graph.internetExplorerMessageSetting`, not nullable.
    pub edge_show_message_when_opening_internet_explorer_sites: rt::Field<
        crate::beta::InternetExplorerMessageSetting,
    >,
    /// Enable favorites sync between Internet Explorer and Microsoft Edge. Additions, deletions, modifications and order changes to favorites are shared between browsers.
    ///
    /// CSDL: property `edgeSyncFavoritesWithInternetExplorer`: `Edm.Boolean`, not nullable.
    pub edge_sync_favorites_with_internet_explorer: rt::Field<bool>,
    /// Specifies what type of telemetry data (none, intranet, internet, both) is sent to Microsoft 365 Analytics
    ///
    /// CSDL: property `edgeTelemetryForMicrosoft365Analytics`: `microsoft.graph.edgeTelemetryMode`, not nullable.
    pub edge_telemetry_for_microsoft365_analytics: rt::Field<
        crate::beta::EdgeTelemetryMode,
    >,
    /// Allow users with administrative rights to delete all user data and settings using CTRL + Win + R at the device lock screen so that the device can be automatically re-configured and re-enrolled into management.
    ///
    /// CSDL: property `enableAutomaticRedeployment`: `Edm.Boolean`, not nullable.
    pub enable_automatic_redeployment: rt::Field<bool>,
    /// This setting allows you to specify battery charge level at which Energy Saver is turned on. While on battery, Energy Saver is automatically turned on at (and below) the specified battery charge level. Valid input range (0-100). Valid values 0 to 100
    ///
    /// CSDL: property `energySaverOnBatteryThresholdPercentage`: `Edm.Int32`, nullable.
    pub energy_saver_on_battery_threshold_percentage: rt::Field<i32>,
    /// This setting allows you to specify battery charge level at which Energy Saver is turned on. While plugged in, Energy Saver is automatically turned on at (and below) the specified battery charge level. Valid input range (0-100). Valid values 0 to 100
    ///
    /// CSDL: property `energySaverPluggedInThresholdPercentage`: `Edm.Int32`, nullable.
    pub energy_saver_plugged_in_threshold_percentage: rt::Field<i32>,
    /// Endpoint for discovering cloud printers.
    ///
    /// CSDL: property `enterpriseCloudPrintDiscoveryEndPoint`: `Edm.String`, nullable.
    pub enterprise_cloud_print_discovery_end_point: rt::Field<::std::string::String>,
    /// Maximum number of printers that should be queried from a discovery endpoint. This is a mobile only setting. Valid values 1 to 65535
    ///
    /// CSDL: property `enterpriseCloudPrintDiscoveryMaxLimit`: `Edm.Int32`, nullable.
    pub enterprise_cloud_print_discovery_max_limit: rt::Field<i32>,
    /// OAuth resource URI for printer discovery service as configured in Azure portal.
    ///
    /// CSDL: property `enterpriseCloudPrintMopriaDiscoveryResourceIdentifier`: `Edm.String`, nullable.
    pub enterprise_cloud_print_mopria_discovery_resource_identifier: rt::Field<
        ::std::string::String,
    >,
    /// Authentication endpoint for acquiring OAuth tokens.
    ///
    /// CSDL: property `enterpriseCloudPrintOAuthAuthority`: `Edm.String`, nullable.
    pub enterprise_cloud_print_o_auth_authority: rt::Field<::std::string::String>,
    /// GUID of a client application authorized to retrieve OAuth tokens from the OAuth Authority.
    ///
    /// CSDL: property `enterpriseCloudPrintOAuthClientIdentifier`: `Edm.String`, nullable.
    pub enterprise_cloud_print_o_auth_client_identifier: rt::Field<
        ::std::string::String,
    >,
    /// OAuth resource URI for print service as configured in the Azure portal.
    ///
    /// CSDL: property `enterpriseCloudPrintResourceIdentifier`: `Edm.String`, nullable.
    pub enterprise_cloud_print_resource_identifier: rt::Field<::std::string::String>,
    /// Indicates whether or not to enable device discovery UX.
    ///
    /// CSDL: property `experienceBlockDeviceDiscovery`: `Edm.Boolean`, not nullable.
    pub experience_block_device_discovery: rt::Field<bool>,
    /// Indicates whether or not to allow the error dialog from displaying if no SIM card is detected.
    ///
    /// CSDL: property `experienceBlockErrorDialogWhenNoSIM`: `Edm.Boolean`, not nullable.
    pub experience_block_error_dialog_when_no_sim: rt::Field<bool>,
    /// Indicates whether or not to enable task switching on the device.
    ///
    /// CSDL: property `experienceBlockTaskSwitcher`: `Edm.Boolean`, not nullable.
    pub experience_block_task_switcher: rt::Field<bool>,
    /// Allow or prevent the syncing of Microsoft Edge Browser settings. Option for IT admins to prevent syncing across devices, but allow user override.
    ///
    /// CSDL: property `experienceDoNotSyncBrowserSettings`: `microsoft.graph.browserSyncSetting`, not nullable.
    pub experience_do_not_sync_browser_settings: rt::Field<
        crate::beta::BrowserSyncSetting,
    >,
    /// Controls if the user can configure search to Find My Files mode, which searches files in secondary hard drives and also outside of the user profile. Find My Files does not allow users to search files or locations to which they do not have access.
    ///
    /// CSDL: property `findMyFiles`: `microsoft.graph.enablement`, not nullable.
    pub find_my_files: rt::Field<crate::beta::Enablement>,
    /// Indicates whether or not to block DVR and broadcasting.
    ///
    /// CSDL: property `gameDvrBlocked`: `Edm.Boolean`, not nullable.
    pub game_dvr_blocked: rt::Field<bool>,
    /// Controls the user access to the ink workspace, from the desktop and from above the lock screen.
    ///
    /// CSDL: property `inkWorkspaceAccess`: `microsoft.graph.inkAccessSetting`, not nullable.
    pub ink_workspace_access: rt::Field<crate::beta::InkAccessSetting>,
    /// Controls the user access to the ink workspace, from the desktop and from above the lock screen.
    ///
    /// CSDL: property `inkWorkspaceAccessState`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub ink_workspace_access_state: rt::Field<crate::beta::StateManagementSetting>,
    /// Specify whether to show recommended app suggestions in the ink workspace.
    ///
    /// CSDL: property `inkWorkspaceBlockSuggestedApps`: `Edm.Boolean`, not nullable.
    pub ink_workspace_block_suggested_apps: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using internet sharing.
    ///
    /// CSDL: property `internetSharingBlocked`: `Edm.Boolean`, not nullable.
    pub internet_sharing_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block the user from location services.
    ///
    /// CSDL: property `locationServicesBlocked`: `Edm.Boolean`, not nullable.
    pub location_services_blocked: rt::Field<bool>,
    /// This policy setting specifies whether Windows apps can be activated by voice while the system is locked.
    ///
    /// CSDL: property `lockScreenActivateAppsWithVoice`: `microsoft.graph.enablement`, not nullable.
    pub lock_screen_activate_apps_with_voice: rt::Field<crate::beta::Enablement>,
    /// Specify whether to show a user-configurable setting to control the screen timeout while on the lock screen of Windows 10 Mobile devices. If this policy is set to Allow, the value set by lockScreenTimeoutInSeconds is ignored.
    ///
    /// CSDL: property `lockScreenAllowTimeoutConfiguration`: `Edm.Boolean`, not nullable.
    pub lock_screen_allow_timeout_configuration: rt::Field<bool>,
    /// Indicates whether or not to block action center notifications over lock screen.
    ///
    /// CSDL: property `lockScreenBlockActionCenterNotifications`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_action_center_notifications: rt::Field<bool>,
    /// Indicates whether or not the user can interact with Cortana using speech while the system is locked.
    ///
    /// CSDL: property `lockScreenBlockCortana`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_cortana: rt::Field<bool>,
    /// Indicates whether to allow toast notifications above the device lock screen.
    ///
    /// CSDL: property `lockScreenBlockToastNotifications`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_toast_notifications: rt::Field<bool>,
    /// Set the duration (in seconds) from the screen locking to the screen turning off for Windows 10 Mobile devices. Supported values are 11-1800. Valid values 11 to 1800
    ///
    /// CSDL: property `lockScreenTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub lock_screen_timeout_in_seconds: rt::Field<i32>,
    /// Disables the ability to quickly switch between users that are logged on simultaneously without logging off.
    ///
    /// CSDL: property `logonBlockFastUserSwitching`: `Edm.Boolean`, not nullable.
    pub logon_block_fast_user_switching: rt::Field<bool>,
    /// Indicates whether or not to block the MMS send/receive functionality on the device.
    ///
    /// CSDL: property `messagingBlockMMS`: `Edm.Boolean`, not nullable.
    pub messaging_block_mms: rt::Field<bool>,
    /// Indicates whether or not to block the RCS send/receive functionality on the device.
    ///
    /// CSDL: property `messagingBlockRichCommunicationServices`: `Edm.Boolean`, not nullable.
    pub messaging_block_rich_communication_services: rt::Field<bool>,
    /// Indicates whether or not to block text message back up and restore and Messaging Everywhere.
    ///
    /// CSDL: property `messagingBlockSync`: `Edm.Boolean`, not nullable.
    pub messaging_block_sync: rt::Field<bool>,
    /// Indicates whether or not to Block a Microsoft account.
    ///
    /// CSDL: property `microsoftAccountBlocked`: `Edm.Boolean`, not nullable.
    pub microsoft_account_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block Microsoft account settings sync.
    ///
    /// CSDL: property `microsoftAccountBlockSettingsSync`: `Edm.Boolean`, not nullable.
    pub microsoft_account_block_settings_sync: rt::Field<bool>,
    /// Controls the Microsoft Account Sign-In Assistant (wlidsvc) NT service.
    ///
    /// CSDL: property `microsoftAccountSignInAssistantSettings`: `microsoft.graph.signInAssistantOptions`, not nullable.
    pub microsoft_account_sign_in_assistant_settings: rt::Field<
        crate::beta::SignInAssistantOptions,
    >,
    /// If set, proxy settings will be applied to all processes and accounts in the device. Otherwise, it will be applied to the user account that’s enrolled into MDM.
    ///
    /// CSDL: property `networkProxyApplySettingsDeviceWide`: `Edm.Boolean`, not nullable.
    pub network_proxy_apply_settings_device_wide: rt::Field<bool>,
    /// Address to the proxy auto-config (PAC) script you want to use.
    ///
    /// CSDL: property `networkProxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub network_proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// Disable automatic detection of settings. If enabled, the system will try to find the path to a proxy auto-config (PAC) script.
    ///
    /// CSDL: property `networkProxyDisableAutoDetect`: `Edm.Boolean`, not nullable.
    pub network_proxy_disable_auto_detect: rt::Field<bool>,
    /// Specifies manual proxy server settings.
    ///
    /// CSDL: property `networkProxyServer`: `microsoft.graph.windows10NetworkProxyServer`, nullable.
    pub network_proxy_server: rt::Field<crate::beta::Windows10NetworkProxyServer>,
    /// Indicates whether or not to Block the user from using near field communication.
    ///
    /// CSDL: property `nfcBlocked`: `Edm.Boolean`, not nullable.
    pub nfc_blocked: rt::Field<bool>,
    /// Gets or sets a value allowing IT admins to prevent apps and features from working with files on OneDrive.
    ///
    /// CSDL: property `oneDriveDisableFileSync`: `Edm.Boolean`, not nullable.
    pub one_drive_disable_file_sync: rt::Field<bool>,
    /// Specify whether PINs or passwords such as "1111" or "1234" are allowed. For Windows 10 desktops, it also controls the use of picture passwords.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// The password expiration in days. Valid values 0 to 730
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// This security setting determines the period of time (in days) that a password must be used before the user can change it. Valid values 0 to 998
    ///
    /// CSDL: property `passwordMinimumAgeInDays`: `Edm.Int32`, nullable.
    pub password_minimum_age_in_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// The minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// The minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// The number of previous passwords to prevent reuse of. Valid values 0 to 50
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Indicates whether or not to require the user to have a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Indicates whether or not to require a password upon resuming from an idle state.
    ///
    /// CSDL: property `passwordRequireWhenResumeFromIdleState`: `Edm.Boolean`, not nullable.
    pub password_require_when_resume_from_idle_state: rt::Field<bool>,
    /// The number of sign in failures before factory reset. Valid values 0 to 999
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// A http or https Url to a jpg, jpeg or png image that needs to be downloaded and used as the Desktop Image or a file Url to a local image on the file system that needs to used as the Desktop Image.
    ///
    /// CSDL: property `personalizationDesktopImageUrl`: `Edm.String`, nullable.
    pub personalization_desktop_image_url: rt::Field<::std::string::String>,
    /// A http or https Url to a jpg, jpeg or png image that neeeds to be downloaded and used as the Lock Screen Image or a file Url to a local image on the file system that needs to be used as the Lock Screen Image.
    ///
    /// CSDL: property `personalizationLockScreenImageUrl`: `Edm.String`, nullable.
    pub personalization_lock_screen_image_url: rt::Field<::std::string::String>,
    /// This setting specifies the action that Windows takes when a user presses the Power button while on battery.
    ///
    /// CSDL: property `powerButtonActionOnBattery`: `microsoft.graph.powerActionType`, not nullable.
    pub power_button_action_on_battery: rt::Field<crate::beta::PowerActionType>,
    /// This setting specifies the action that Windows takes when a user presses the Power button while plugged in.
    ///
    /// CSDL: property `powerButtonActionPluggedIn`: `microsoft.graph.powerActionType`, not nullable.
    pub power_button_action_plugged_in: rt::Field<crate::beta::PowerActionType>,
    /// This setting allows you to turn off hybrid sleep while on battery. If you set this setting to disable, a hiberfile is not generated when the system transitions to sleep (Stand By). If you set this setting to enable or do not configure this policy setting, users control this setting.
    ///
    /// CSDL: property `powerHybridSleepOnBattery`: `microsoft.graph.enablement`, not nullable.
    pub power_hybrid_sleep_on_battery: rt::Field<crate::beta::Enablement>,
    /// This setting allows you to turn off hybrid sleep while plugged in. If you set this setting to disable, a hiberfile is not generated when the system transitions to sleep (Stand By). If you set this setting to enable or do not configure this policy setting, users control this setting.
    ///
    /// CSDL: property `powerHybridSleepPluggedIn`: `microsoft.graph.enablement`, not nullable.
    pub power_hybrid_sleep_plugged_in: rt::Field<crate::beta::Enablement>,
    /// This setting specifies the action that Windows takes when a user closes the lid on a mobile PC while on battery.
    ///
    /// CSDL: property `powerLidCloseActionOnBattery`: `microsoft.graph.powerActionType`, not nullable.
    pub power_lid_close_action_on_battery: rt::Field<crate::beta::PowerActionType>,
    /// This setting specifies the action that Windows takes when a user closes the lid on a mobile PC while plugged in.
    ///
    /// CSDL: property `powerLidCloseActionPluggedIn`: `microsoft.graph.powerActionType`, not nullable.
    pub power_lid_close_action_plugged_in: rt::Field<crate::beta::PowerActionType>,
    /// This setting specifies the action that Windows takes when a user presses the Sleep button while on battery.
    ///
    /// CSDL: property `powerSleepButtonActionOnBattery`: `microsoft.graph.powerActionType`, not nullable.
    pub power_sleep_button_action_on_battery: rt::Field<crate::beta::PowerActionType>,
    /// This setting specifies the action that Windows takes when a user presses the Sleep button while plugged in.
    ///
    /// CSDL: property `powerSleepButtonActionPluggedIn`: `microsoft.graph.powerActionType`, not nullable.
    pub power_sleep_button_action_plugged_in: rt::Field<crate::beta::PowerActionType>,
    /// Prevent user installation of additional printers from printers settings.
    ///
    /// CSDL: property `printerBlockAddition`: `Edm.Boolean`, not nullable.
    pub printer_block_addition: rt::Field<bool>,
    /// Name (network host name) of an installed printer.
    ///
    /// CSDL: property `printerDefaultName`: `Edm.String`, nullable.
    pub printer_default_name: rt::Field<::std::string::String>,
    /// Automatically provision printers based on their names (network host names).
    ///
    /// CSDL: property `printerNames`: `Collection(Edm.String)`, nullable.
    pub printer_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Enables or disables the use of advertising ID. Added in Windows 10, version 1607.
    ///
    /// CSDL: property `privacyAdvertisingId`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub privacy_advertising_id: rt::Field<crate::beta::StateManagementSetting>,
    /// Indicates whether or not to allow the automatic acceptance of the pairing and privacy user consent dialog when launching apps.
    ///
    /// CSDL: property `privacyAutoAcceptPairingAndConsentPrompts`: `Edm.Boolean`, not nullable.
    pub privacy_auto_accept_pairing_and_consent_prompts: rt::Field<bool>,
    /// Blocks the usage of cloud based speech services for Cortana, Dictation, or Store applications.
    ///
    /// CSDL: property `privacyBlockActivityFeed`: `Edm.Boolean`, not nullable.
    pub privacy_block_activity_feed: rt::Field<bool>,
    /// Indicates whether or not to block the usage of cloud based speech services for Cortana, Dictation, or Store applications.
    ///
    /// CSDL: property `privacyBlockInputPersonalization`: `Edm.Boolean`, not nullable.
    pub privacy_block_input_personalization: rt::Field<bool>,
    /// Blocks the shared experiences/discovery of recently used resources in task switcher etc.
    ///
    /// CSDL: property `privacyBlockPublishUserActivities`: `Edm.Boolean`, not nullable.
    pub privacy_block_publish_user_activities: rt::Field<bool>,
    /// This policy prevents the privacy experience from launching during user logon for new and upgraded users.​
    ///
    /// CSDL: property `privacyDisableLaunchExperience`: `Edm.Boolean`, not nullable.
    pub privacy_disable_launch_experience: rt::Field<bool>,
    /// Indicates whether or not to Block the user from reset protection mode.
    ///
    /// CSDL: property `resetProtectionModeBlocked`: `Edm.Boolean`, not nullable.
    pub reset_protection_mode_blocked: rt::Field<bool>,
    /// Specifies what filter level of safe search is required.
    ///
    /// CSDL: property `safeSearchFilter`: `microsoft.graph.safeSearchFilterType`, not nullable.
    pub safe_search_filter: rt::Field<crate::beta::SafeSearchFilterType>,
    /// Indicates whether or not to Block the user from taking Screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Specifies if search can use diacritics.
    ///
    /// CSDL: property `searchBlockDiacritics`: `Edm.Boolean`, not nullable.
    pub search_block_diacritics: rt::Field<bool>,
    /// Indicates whether or not to block the web search.
    ///
    /// CSDL: property `searchBlockWebResults`: `Edm.Boolean`, not nullable.
    pub search_block_web_results: rt::Field<bool>,
    /// Specifies whether to use automatic language detection when indexing content and properties.
    ///
    /// CSDL: property `searchDisableAutoLanguageDetection`: `Edm.Boolean`, not nullable.
    pub search_disable_auto_language_detection: rt::Field<bool>,
    /// Indicates whether or not to disable the search indexer backoff feature.
    ///
    /// CSDL: property `searchDisableIndexerBackoff`: `Edm.Boolean`, not nullable.
    pub search_disable_indexer_backoff: rt::Field<bool>,
    /// Indicates whether or not to block indexing of WIP-protected items to prevent them from appearing in search results for Cortana or Explorer.
    ///
    /// CSDL: property `searchDisableIndexingEncryptedItems`: `Edm.Boolean`, not nullable.
    pub search_disable_indexing_encrypted_items: rt::Field<bool>,
    /// Indicates whether or not to allow users to add locations on removable drives to libraries and to be indexed.
    ///
    /// CSDL: property `searchDisableIndexingRemovableDrive`: `Edm.Boolean`, not nullable.
    pub search_disable_indexing_removable_drive: rt::Field<bool>,
    /// Specifies if search can use location information.
    ///
    /// CSDL: property `searchDisableLocation`: `Edm.Boolean`, not nullable.
    pub search_disable_location: rt::Field<bool>,
    /// Specifies if search can use location information.
    ///
    /// CSDL: property `searchDisableUseLocation`: `Edm.Boolean`, not nullable.
    pub search_disable_use_location: rt::Field<bool>,
    /// Specifies minimum amount of hard drive space on the same drive as the index location before indexing stops.
    ///
    /// CSDL: property `searchEnableAutomaticIndexSizeManangement`: `Edm.Boolean`, not nullable.
    pub search_enable_automatic_index_size_manangement: rt::Field<bool>,
    /// Indicates whether or not to block remote queries of this computer’s index.
    ///
    /// CSDL: property `searchEnableRemoteQueries`: `Edm.Boolean`, not nullable.
    pub search_enable_remote_queries: rt::Field<bool>,
    /// Specify whether to allow automatic device encryption during OOBE when the device is Azure AD joined (desktop only).
    ///
    /// CSDL: property `securityBlockAzureADJoinedDevicesAutoEncryption`: `Edm.Boolean`, not nullable.
    pub security_block_azure_ad_joined_devices_auto_encryption: rt::Field<bool>,
    /// Indicates whether or not to block access to Accounts in Settings app.
    ///
    /// CSDL: property `settingsBlockAccountsPage`: `Edm.Boolean`, not nullable.
    pub settings_block_accounts_page: rt::Field<bool>,
    /// Indicates whether or not to block the user from installing provisioning packages.
    ///
    /// CSDL: property `settingsBlockAddProvisioningPackage`: `Edm.Boolean`, not nullable.
    pub settings_block_add_provisioning_package: rt::Field<bool>,
    /// Indicates whether or not to block access to Apps in Settings app.
    ///
    /// CSDL: property `settingsBlockAppsPage`: `Edm.Boolean`, not nullable.
    pub settings_block_apps_page: rt::Field<bool>,
    /// Indicates whether or not to block the user from changing the language settings.
    ///
    /// CSDL: property `settingsBlockChangeLanguage`: `Edm.Boolean`, not nullable.
    pub settings_block_change_language: rt::Field<bool>,
    /// Indicates whether or not to block the user from changing power and sleep settings.
    ///
    /// CSDL: property `settingsBlockChangePowerSleep`: `Edm.Boolean`, not nullable.
    pub settings_block_change_power_sleep: rt::Field<bool>,
    /// Indicates whether or not to block the user from changing the region settings.
    ///
    /// CSDL: property `settingsBlockChangeRegion`: `Edm.Boolean`, not nullable.
    pub settings_block_change_region: rt::Field<bool>,
    /// Indicates whether or not to block the user from changing date and time settings.
    ///
    /// CSDL: property `settingsBlockChangeSystemTime`: `Edm.Boolean`, not nullable.
    pub settings_block_change_system_time: rt::Field<bool>,
    /// Indicates whether or not to block access to Devices in Settings app.
    ///
    /// CSDL: property `settingsBlockDevicesPage`: `Edm.Boolean`, not nullable.
    pub settings_block_devices_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Ease of Access in Settings app.
    ///
    /// CSDL: property `settingsBlockEaseOfAccessPage`: `Edm.Boolean`, not nullable.
    pub settings_block_ease_of_access_page: rt::Field<bool>,
    /// Indicates whether or not to block the user from editing the device name.
    ///
    /// CSDL: property `settingsBlockEditDeviceName`: `Edm.Boolean`, not nullable.
    pub settings_block_edit_device_name: rt::Field<bool>,
    /// Indicates whether or not to block access to Gaming in Settings app.
    ///
    /// CSDL: property `settingsBlockGamingPage`: `Edm.Boolean`, not nullable.
    pub settings_block_gaming_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Network & Internet in Settings app.
    ///
    /// CSDL: property `settingsBlockNetworkInternetPage`: `Edm.Boolean`, not nullable.
    pub settings_block_network_internet_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Personalization in Settings app.
    ///
    /// CSDL: property `settingsBlockPersonalizationPage`: `Edm.Boolean`, not nullable.
    pub settings_block_personalization_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Privacy in Settings app.
    ///
    /// CSDL: property `settingsBlockPrivacyPage`: `Edm.Boolean`, not nullable.
    pub settings_block_privacy_page: rt::Field<bool>,
    /// Indicates whether or not to block the runtime configuration agent from removing provisioning packages.
    ///
    /// CSDL: property `settingsBlockRemoveProvisioningPackage`: `Edm.Boolean`, not nullable.
    pub settings_block_remove_provisioning_package: rt::Field<bool>,
    /// Indicates whether or not to block access to Settings app.
    ///
    /// CSDL: property `settingsBlockSettingsApp`: `Edm.Boolean`, not nullable.
    pub settings_block_settings_app: rt::Field<bool>,
    /// Indicates whether or not to block access to System in Settings app.
    ///
    /// CSDL: property `settingsBlockSystemPage`: `Edm.Boolean`, not nullable.
    pub settings_block_system_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Time & Language in Settings app.
    ///
    /// CSDL: property `settingsBlockTimeLanguagePage`: `Edm.Boolean`, not nullable.
    pub settings_block_time_language_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Update & Security in Settings app.
    ///
    /// CSDL: property `settingsBlockUpdateSecurityPage`: `Edm.Boolean`, not nullable.
    pub settings_block_update_security_page: rt::Field<bool>,
    /// Indicates whether or not to block multiple users of the same app to share data.
    ///
    /// CSDL: property `sharedUserAppDataAllowed`: `Edm.Boolean`, not nullable.
    pub shared_user_app_data_allowed: rt::Field<bool>,
    /// Added in Windows 10, version 1703. Allows IT Admins to control whether users are allowed to install apps from places other than the Store.
    ///
    /// CSDL: property `smartScreenAppInstallControl`: `microsoft.graph.appInstallControlType`, not nullable.
    pub smart_screen_app_install_control: rt::Field<crate::beta::AppInstallControlType>,
    /// Indicates whether or not users can override SmartScreen Filter warnings about potentially malicious websites.
    ///
    /// CSDL: property `smartScreenBlockPromptOverride`: `Edm.Boolean`, not nullable.
    pub smart_screen_block_prompt_override: rt::Field<bool>,
    /// Indicates whether or not users can override the SmartScreen Filter warnings about downloading unverified files
    ///
    /// CSDL: property `smartScreenBlockPromptOverrideForFiles`: `Edm.Boolean`, not nullable.
    pub smart_screen_block_prompt_override_for_files: rt::Field<bool>,
    /// This property will be deprecated in July 2019 and will be replaced by property SmartScreenAppInstallControl. Allows IT Admins to control whether users are allowed to install apps from places other than the Store.
    ///
    /// CSDL: property `smartScreenEnableAppInstallControl`: `Edm.Boolean`, not nullable.
    pub smart_screen_enable_app_install_control: rt::Field<bool>,
    /// Indicates whether or not to block the user from unpinning apps from taskbar.
    ///
    /// CSDL: property `startBlockUnpinningAppsFromTaskbar`: `Edm.Boolean`, not nullable.
    pub start_block_unpinning_apps_from_taskbar: rt::Field<bool>,
    /// Setting the value of this collapses the app list, removes the app list entirely, or disables the corresponding toggle in the Settings app.
    ///
    /// CSDL: property `startMenuAppListVisibility`: `microsoft.graph.windowsStartMenuAppListVisibilityType`, not nullable.
    pub start_menu_app_list_visibility: rt::Field<
        rt::Flags<crate::beta::WindowsStartMenuAppListVisibilityType>,
    >,
    /// Enabling this policy hides the change account setting from appearing in the user tile in the start menu.
    ///
    /// CSDL: property `startMenuHideChangeAccountSettings`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_change_account_settings: rt::Field<bool>,
    /// Enabling this policy hides the most used apps from appearing on the start menu and disables the corresponding toggle in the Settings app.
    ///
    /// CSDL: property `startMenuHideFrequentlyUsedApps`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_frequently_used_apps: rt::Field<bool>,
    /// Enabling this policy hides hibernate from appearing in the power button in the start menu.
    ///
    /// CSDL: property `startMenuHideHibernate`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_hibernate: rt::Field<bool>,
    /// Enabling this policy hides lock from appearing in the user tile in the start menu.
    ///
    /// CSDL: property `startMenuHideLock`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_lock: rt::Field<bool>,
    /// Enabling this policy hides the power button from appearing in the start menu.
    ///
    /// CSDL: property `startMenuHidePowerButton`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_power_button: rt::Field<bool>,
    /// Enabling this policy hides recent jump lists from appearing on the start menu/taskbar and disables the corresponding toggle in the Settings app.
    ///
    /// CSDL: property `startMenuHideRecentJumpLists`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_recent_jump_lists: rt::Field<bool>,
    /// Enabling this policy hides recently added apps from appearing on the start menu and disables the corresponding toggle in the Settings app.
    ///
    /// CSDL: property `startMenuHideRecentlyAddedApps`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_recently_added_apps: rt::Field<bool>,
    /// Enabling this policy hides “Restart/Update and Restart” from appearing in the power button in the start menu.
    ///
    /// CSDL: property `startMenuHideRestartOptions`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_restart_options: rt::Field<bool>,
    /// Enabling this policy hides shut down/update and shut down from appearing in the power button in the start menu.
    ///
    /// CSDL: property `startMenuHideShutDown`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_shut_down: rt::Field<bool>,
    /// Enabling this policy hides sign out from appearing in the user tile in the start menu.
    ///
    /// CSDL: property `startMenuHideSignOut`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_sign_out: rt::Field<bool>,
    /// Enabling this policy hides sleep from appearing in the power button in the start menu.
    ///
    /// CSDL: property `startMenuHideSleep`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_sleep: rt::Field<bool>,
    /// Enabling this policy hides switch account from appearing in the user tile in the start menu.
    ///
    /// CSDL: property `startMenuHideSwitchAccount`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_switch_account: rt::Field<bool>,
    /// Enabling this policy hides the user tile from appearing in the start menu.
    ///
    /// CSDL: property `startMenuHideUserTile`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_user_tile: rt::Field<bool>,
    /// This policy setting allows you to import Edge assets to be used with startMenuLayoutXml policy. Start layout can contain secondary tile from Edge app which looks for Edge local asset file. Edge local asset would not exist and cause Edge secondary tile to appear empty in this case. This policy only gets applied when startMenuLayoutXml policy is modified. The value should be a UTF-8 Base64 encoded byte array.
    ///
    /// CSDL: property `startMenuLayoutEdgeAssetsXml`: `Edm.Binary`, nullable.
    pub start_menu_layout_edge_assets_xml: rt::Field<rt::edm::Binary>,
    /// Allows admins to override the default Start menu layout and prevents the user from changing it. The layout is modified by specifying an XML file based on a layout modification schema. XML needs to be in a UTF8 encoded byte array format.
    ///
    /// CSDL: property `startMenuLayoutXml`: `Edm.Binary`, nullable.
    pub start_menu_layout_xml: rt::Field<rt::edm::Binary>,
    /// Allows admins to decide how the Start menu is displayed.
    ///
    /// CSDL: property `startMenuMode`: `microsoft.graph.windowsStartMenuModeType`, not nullable.
    pub start_menu_mode: rt::Field<crate::beta::WindowsStartMenuModeType>,
    /// Enforces the visibility (Show/Hide) of the Documents folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderDocuments`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_documents: rt::Field<crate::beta::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Downloads folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderDownloads`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_downloads: rt::Field<crate::beta::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the FileExplorer shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderFileExplorer`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_file_explorer: rt::Field<
        crate::beta::VisibilitySetting,
    >,
    /// Enforces the visibility (Show/Hide) of the HomeGroup folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderHomeGroup`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_home_group: rt::Field<crate::beta::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Music folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderMusic`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_music: rt::Field<crate::beta::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Network folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderNetwork`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_network: rt::Field<crate::beta::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the PersonalFolder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderPersonalFolder`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_personal_folder: rt::Field<
        crate::beta::VisibilitySetting,
    >,
    /// Enforces the visibility (Show/Hide) of the Pictures folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderPictures`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_pictures: rt::Field<crate::beta::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Settings folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderSettings`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_settings: rt::Field<crate::beta::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Videos folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderVideos`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_videos: rt::Field<crate::beta::VisibilitySetting>,
    /// Indicates whether or not to Block the user from using removable storage.
    ///
    /// CSDL: property `storageBlockRemovableStorage`: `Edm.Boolean`, not nullable.
    pub storage_block_removable_storage: rt::Field<bool>,
    /// Indicating whether or not to require encryption on a mobile device.
    ///
    /// CSDL: property `storageRequireMobileDeviceEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_mobile_device_encryption: rt::Field<bool>,
    /// Indicates whether application data is restricted to the system drive.
    ///
    /// CSDL: property `storageRestrictAppDataToSystemVolume`: `Edm.Boolean`, not nullable.
    pub storage_restrict_app_data_to_system_volume: rt::Field<bool>,
    /// Indicates whether the installation of applications is restricted to the system drive.
    ///
    /// CSDL: property `storageRestrictAppInstallToSystemVolume`: `Edm.Boolean`, not nullable.
    pub storage_restrict_app_install_to_system_volume: rt::Field<bool>,
    /// Gets or sets the fully qualified domain name (FQDN) or IP address of a proxy server to forward Connected User Experiences and Telemetry requests.
    ///
    /// CSDL: property `systemTelemetryProxyServer`: `Edm.String`, nullable.
    pub system_telemetry_proxy_server: rt::Field<::std::string::String>,
    /// Specify whether non-administrators can use Task Manager to end tasks.
    ///
    /// CSDL: property `taskManagerBlockEndTask`: `Edm.Boolean`, not nullable.
    pub task_manager_block_end_task: rt::Field<bool>,
    /// Whether the device is required to connect to the network.
    ///
    /// CSDL: property `tenantLockdownRequireNetworkDuringOutOfBoxExperience`: `Edm.Boolean`, not nullable.
    pub tenant_lockdown_require_network_during_out_of_box_experience: rt::Field<bool>,
    /// Indicates whether or not to uninstall a fixed list of built-in Windows apps.
    ///
    /// CSDL: property `uninstallBuiltInApps`: `Edm.Boolean`, not nullable.
    pub uninstall_built_in_apps: rt::Field<bool>,
    /// Indicates whether or not to Block the user from USB connection.
    ///
    /// CSDL: property `usbBlocked`: `Edm.Boolean`, not nullable.
    pub usb_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block the user from voice recording.
    ///
    /// CSDL: property `voiceRecordingBlocked`: `Edm.Boolean`, not nullable.
    pub voice_recording_blocked: rt::Field<bool>,
    /// Indicates whether or not user's localhost IP address is displayed while making phone calls using the WebRTC
    ///
    /// CSDL: property `webRtcBlockLocalhostIpAddress`: `Edm.Boolean`, not nullable.
    pub web_rtc_block_localhost_ip_address: rt::Field<bool>,
    /// Indicating whether or not to block automatically connecting to Wi-Fi hotspots. Has no impact if Wi-Fi is blocked.
    ///
    /// CSDL: property `wiFiBlockAutomaticConnectHotspots`: `Edm.Boolean`, not nullable.
    pub wi_fi_block_automatic_connect_hotspots: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using Wi-Fi.
    ///
    /// CSDL: property `wiFiBlocked`: `Edm.Boolean`, not nullable.
    pub wi_fi_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using Wi-Fi manual configuration.
    ///
    /// CSDL: property `wiFiBlockManualConfiguration`: `Edm.Boolean`, not nullable.
    pub wi_fi_block_manual_configuration: rt::Field<bool>,
    /// Specify how often devices scan for Wi-Fi networks. Supported values are 1-500, where 100 = default, and 500 = low frequency. Valid values 1 to 500
    ///
    /// CSDL: property `wiFiScanInterval`: `Edm.Int32`, nullable.
    pub wi_fi_scan_interval: rt::Field<i32>,
    /// Windows 10 force update schedule for Apps.
    ///
    /// CSDL: property `windows10AppsForceUpdateSchedule`: `microsoft.graph.windows10AppsForceUpdateSchedule`, nullable.
    pub windows10_apps_force_update_schedule: rt::Field<
        crate::beta::Windows10AppsForceUpdateSchedule,
    >,
    /// Allows IT admins to block experiences that are typically for consumers only, such as Start suggestions, Membership notifications, Post-OOBE app install and redirect tiles.
    ///
    /// CSDL: property `windowsSpotlightBlockConsumerSpecificFeatures`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_consumer_specific_features: rt::Field<bool>,
    /// Allows IT admins to turn off all Windows Spotlight features
    ///
    /// CSDL: property `windowsSpotlightBlocked`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_blocked: rt::Field<bool>,
    /// Block suggestions from Microsoft that show after each OS clean install, upgrade or in an on-going basis to introduce users to what is new or changed
    ///
    /// CSDL: property `windowsSpotlightBlockOnActionCenter`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_on_action_center: rt::Field<bool>,
    /// Block personalized content in Windows spotlight based on user’s device usage.
    ///
    /// CSDL: property `windowsSpotlightBlockTailoredExperiences`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_tailored_experiences: rt::Field<bool>,
    /// Block third party content delivered via Windows Spotlight
    ///
    /// CSDL: property `windowsSpotlightBlockThirdPartyNotifications`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_third_party_notifications: rt::Field<bool>,
    /// Block Windows Spotlight Windows welcome experience
    ///
    /// CSDL: property `windowsSpotlightBlockWelcomeExperience`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_welcome_experience: rt::Field<bool>,
    /// Allows IT admins to turn off the popup of Windows Tips.
    ///
    /// CSDL: property `windowsSpotlightBlockWindowsTips`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_windows_tips: rt::Field<bool>,
    /// Specifies the type of Spotlight
    ///
    /// CSDL: property `windowsSpotlightConfigureOnLockScreen`: `microsoft.graph.windowsSpotlightEnablementSettings`, not nullable.
    pub windows_spotlight_configure_on_lock_screen: rt::Field<
        crate::beta::WindowsSpotlightEnablementSettings,
    >,
    /// Indicates whether or not to block automatic update of apps from Windows Store.
    ///
    /// CSDL: property `windowsStoreBlockAutoUpdate`: `Edm.Boolean`, not nullable.
    pub windows_store_block_auto_update: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using the Windows store.
    ///
    /// CSDL: property `windowsStoreBlocked`: `Edm.Boolean`, not nullable.
    pub windows_store_blocked: rt::Field<bool>,
    /// Indicates whether or not to enable Private Store Only.
    ///
    /// CSDL: property `windowsStoreEnablePrivateStoreOnly`: `Edm.Boolean`, not nullable.
    pub windows_store_enable_private_store_only: rt::Field<bool>,
    /// Indicates whether or not to allow other devices from discovering this PC for projection.
    ///
    /// CSDL: property `wirelessDisplayBlockProjectionToThisDevice`: `Edm.Boolean`, not nullable.
    pub wireless_display_block_projection_to_this_device: rt::Field<bool>,
    /// Indicates whether or not to allow user input from wireless display receiver.
    ///
    /// CSDL: property `wirelessDisplayBlockUserInputFromReceiver`: `Edm.Boolean`, not nullable.
    pub wireless_display_block_user_input_from_receiver: rt::Field<bool>,
    /// Indicates whether or not to require a PIN for new devices to initiate pairing.
    ///
    /// CSDL: property `wirelessDisplayRequirePinForPairing`: `Edm.Boolean`, not nullable.
    pub wireless_display_require_pin_for_pairing: rt::Field<bool>,
    /// Indicates a list of applications with their access control levels over privacy data categories, and/or the default access levels per category.
    ///
    /// CSDL: containment navigation property `privacyAccessControls`: `Collection(microsoft.graph.windowsPrivacyDataAccessControlItem)`, not nullable.
    pub privacy_access_controls: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsPrivacyDataAccessControlItem>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10GeneralConfiguration {
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
            activate_apps_with_voice: rt::Field::Absent,
            anti_theft_mode_blocked: rt::Field::Absent,
            app_management_msi_allow_user_control_over_install: rt::Field::Absent,
            app_management_msi_always_install_with_elevated_privileges: rt::Field::Absent,
            app_management_package_family_names_to_launch_after_log_on: rt::Field::Absent,
            apps_allow_trusted_apps_sideloading: rt::Field::Absent,
            apps_block_windows_store_originated_apps: rt::Field::Absent,
            authentication_allow_secondary_device: rt::Field::Absent,
            authentication_preferred_azure_ad_tenant_domain_name: rt::Field::Absent,
            authentication_web_sign_in: rt::Field::Absent,
            bluetooth_allowed_services: rt::Field::Absent,
            bluetooth_block_advertising: rt::Field::Absent,
            bluetooth_block_discoverable_mode: rt::Field::Absent,
            bluetooth_blocked: rt::Field::Absent,
            bluetooth_block_pre_pairing: rt::Field::Absent,
            bluetooth_block_prompted_proximal_connections: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_data_when_roaming: rt::Field::Absent,
            cellular_block_vpn: rt::Field::Absent,
            cellular_block_vpn_when_roaming: rt::Field::Absent,
            cellular_data: rt::Field::Absent,
            certificates_block_manual_root_certificate_installation: rt::Field::Absent,
            configure_time_zone: rt::Field::Absent,
            connected_devices_service_blocked: rt::Field::Absent,
            copy_paste_blocked: rt::Field::Absent,
            cortana_blocked: rt::Field::Absent,
            cryptography_allow_fips_algorithm_policy: rt::Field::Absent,
            data_protection_block_direct_memory_access: rt::Field::Absent,
            defender_block_end_user_access: rt::Field::Absent,
            defender_block_on_access_protection: rt::Field::Absent,
            defender_cloud_block_level: rt::Field::Absent,
            defender_cloud_extended_timeout: rt::Field::Absent,
            defender_cloud_extended_timeout_in_seconds: rt::Field::Absent,
            defender_days_before_deleting_quarantined_malware: rt::Field::Absent,
            defender_detected_malware_actions: rt::Field::Absent,
            defender_disable_catchup_full_scan: rt::Field::Absent,
            defender_disable_catchup_quick_scan: rt::Field::Absent,
            defender_file_extensions_to_exclude: rt::Field::Absent,
            defender_files_and_folders_to_exclude: rt::Field::Absent,
            defender_monitor_file_activity: rt::Field::Absent,
            defender_potentially_unwanted_app_action: rt::Field::Absent,
            defender_potentially_unwanted_app_action_setting: rt::Field::Absent,
            defender_processes_to_exclude: rt::Field::Absent,
            defender_prompt_for_sample_submission: rt::Field::Absent,
            defender_require_behavior_monitoring: rt::Field::Absent,
            defender_require_cloud_protection: rt::Field::Absent,
            defender_require_network_inspection_system: rt::Field::Absent,
            defender_require_real_time_monitoring: rt::Field::Absent,
            defender_scan_archive_files: rt::Field::Absent,
            defender_scan_downloads: rt::Field::Absent,
            defender_scan_incoming_mail: rt::Field::Absent,
            defender_scan_mapped_network_drives_during_full_scan: rt::Field::Absent,
            defender_scan_max_cpu: rt::Field::Absent,
            defender_scan_network_files: rt::Field::Absent,
            defender_scan_removable_drives_during_full_scan: rt::Field::Absent,
            defender_scan_scripts_loaded_in_internet_explorer: rt::Field::Absent,
            defender_scan_type: rt::Field::Absent,
            defender_scheduled_quick_scan_time: rt::Field::Absent,
            defender_scheduled_scan_time: rt::Field::Absent,
            defender_schedule_scan_enable_low_cpu_priority: rt::Field::Absent,
            defender_signature_update_interval_in_hours: rt::Field::Absent,
            defender_submit_samples_consent_type: rt::Field::Absent,
            defender_system_scan_schedule: rt::Field::Absent,
            developer_unlock_setting: rt::Field::Absent,
            device_management_block_factory_reset_on_mobile: rt::Field::Absent,
            device_management_block_manual_unenroll: rt::Field::Absent,
            diagnostics_data_submission_mode: rt::Field::Absent,
            display_app_list_with_gdi_dpi_scaling_turned_off: rt::Field::Absent,
            display_app_list_with_gdi_dpi_scaling_turned_on: rt::Field::Absent,
            edge_allow_start_pages_modification: rt::Field::Absent,
            edge_block_access_to_about_flags: rt::Field::Absent,
            edge_block_address_bar_dropdown: rt::Field::Absent,
            edge_block_autofill: rt::Field::Absent,
            edge_block_compatibility_list: rt::Field::Absent,
            edge_block_developer_tools: rt::Field::Absent,
            edge_blocked: rt::Field::Absent,
            edge_block_edit_favorites: rt::Field::Absent,
            edge_block_extensions: rt::Field::Absent,
            edge_block_full_screen_mode: rt::Field::Absent,
            edge_block_in_private_browsing: rt::Field::Absent,
            edge_block_java_script: rt::Field::Absent,
            edge_block_live_tile_data_collection: rt::Field::Absent,
            edge_block_password_manager: rt::Field::Absent,
            edge_block_popups: rt::Field::Absent,
            edge_block_prelaunch: rt::Field::Absent,
            edge_block_printing: rt::Field::Absent,
            edge_block_saving_history: rt::Field::Absent,
            edge_block_search_engine_customization: rt::Field::Absent,
            edge_block_search_suggestions: rt::Field::Absent,
            edge_block_sending_do_not_track_header: rt::Field::Absent,
            edge_block_sending_intranet_traffic_to_internet_explorer: rt::Field::Absent,
            edge_block_sideloading_extensions: rt::Field::Absent,
            edge_block_tab_preloading: rt::Field::Absent,
            edge_block_web_content_on_new_tab_page: rt::Field::Absent,
            edge_clear_browsing_data_on_exit: rt::Field::Absent,
            edge_cookie_policy: rt::Field::Absent,
            edge_disable_first_run_page: rt::Field::Absent,
            edge_enterprise_mode_site_list_location: rt::Field::Absent,
            edge_favorites_bar_visibility: rt::Field::Absent,
            edge_favorites_list_location: rt::Field::Absent,
            edge_first_run_url: rt::Field::Absent,
            edge_home_button_configuration: rt::Field::Absent,
            edge_home_button_configuration_enabled: rt::Field::Absent,
            edge_homepage_urls: rt::Field::Absent,
            edge_kiosk_mode_restriction: rt::Field::Absent,
            edge_kiosk_reset_after_idle_time_in_minutes: rt::Field::Absent,
            edge_new_tab_page_url: rt::Field::Absent,
            edge_opens_with: rt::Field::Absent,
            edge_prevent_certificate_error_override: rt::Field::Absent,
            edge_required_extension_package_family_names: rt::Field::Absent,
            edge_require_smart_screen: rt::Field::Absent,
            edge_search_engine: rt::Field::Absent,
            edge_send_intranet_traffic_to_internet_explorer: rt::Field::Absent,
            edge_show_message_when_opening_internet_explorer_sites: rt::Field::Absent,
            edge_sync_favorites_with_internet_explorer: rt::Field::Absent,
            edge_telemetry_for_microsoft365_analytics: rt::Field::Absent,
            enable_automatic_redeployment: rt::Field::Absent,
            energy_saver_on_battery_threshold_percentage: rt::Field::Absent,
            energy_saver_plugged_in_threshold_percentage: rt::Field::Absent,
            enterprise_cloud_print_discovery_end_point: rt::Field::Absent,
            enterprise_cloud_print_discovery_max_limit: rt::Field::Absent,
            enterprise_cloud_print_mopria_discovery_resource_identifier: rt::Field::Absent,
            enterprise_cloud_print_o_auth_authority: rt::Field::Absent,
            enterprise_cloud_print_o_auth_client_identifier: rt::Field::Absent,
            enterprise_cloud_print_resource_identifier: rt::Field::Absent,
            experience_block_device_discovery: rt::Field::Absent,
            experience_block_error_dialog_when_no_sim: rt::Field::Absent,
            experience_block_task_switcher: rt::Field::Absent,
            experience_do_not_sync_browser_settings: rt::Field::Absent,
            find_my_files: rt::Field::Absent,
            game_dvr_blocked: rt::Field::Absent,
            ink_workspace_access: rt::Field::Absent,
            ink_workspace_access_state: rt::Field::Absent,
            ink_workspace_block_suggested_apps: rt::Field::Absent,
            internet_sharing_blocked: rt::Field::Absent,
            location_services_blocked: rt::Field::Absent,
            lock_screen_activate_apps_with_voice: rt::Field::Absent,
            lock_screen_allow_timeout_configuration: rt::Field::Absent,
            lock_screen_block_action_center_notifications: rt::Field::Absent,
            lock_screen_block_cortana: rt::Field::Absent,
            lock_screen_block_toast_notifications: rt::Field::Absent,
            lock_screen_timeout_in_seconds: rt::Field::Absent,
            logon_block_fast_user_switching: rt::Field::Absent,
            messaging_block_mms: rt::Field::Absent,
            messaging_block_rich_communication_services: rt::Field::Absent,
            messaging_block_sync: rt::Field::Absent,
            microsoft_account_blocked: rt::Field::Absent,
            microsoft_account_block_settings_sync: rt::Field::Absent,
            microsoft_account_sign_in_assistant_settings: rt::Field::Absent,
            network_proxy_apply_settings_device_wide: rt::Field::Absent,
            network_proxy_automatic_configuration_url: rt::Field::Absent,
            network_proxy_disable_auto_detect: rt::Field::Absent,
            network_proxy_server: rt::Field::Absent,
            nfc_blocked: rt::Field::Absent,
            one_drive_disable_file_sync: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_age_in_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_require_when_resume_from_idle_state: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            personalization_desktop_image_url: rt::Field::Absent,
            personalization_lock_screen_image_url: rt::Field::Absent,
            power_button_action_on_battery: rt::Field::Absent,
            power_button_action_plugged_in: rt::Field::Absent,
            power_hybrid_sleep_on_battery: rt::Field::Absent,
            power_hybrid_sleep_plugged_in: rt::Field::Absent,
            power_lid_close_action_on_battery: rt::Field::Absent,
            power_lid_close_action_plugged_in: rt::Field::Absent,
            power_sleep_button_action_on_battery: rt::Field::Absent,
            power_sleep_button_action_plugged_in: rt::Field::Absent,
            printer_block_addition: rt::Field::Absent,
            printer_default_name: rt::Field::Absent,
            printer_names: rt::Field::Absent,
            privacy_advertising_id: rt::Field::Absent,
            privacy_auto_accept_pairing_and_consent_prompts: rt::Field::Absent,
            privacy_block_activity_feed: rt::Field::Absent,
            privacy_block_input_personalization: rt::Field::Absent,
            privacy_block_publish_user_activities: rt::Field::Absent,
            privacy_disable_launch_experience: rt::Field::Absent,
            reset_protection_mode_blocked: rt::Field::Absent,
            safe_search_filter: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            search_block_diacritics: rt::Field::Absent,
            search_block_web_results: rt::Field::Absent,
            search_disable_auto_language_detection: rt::Field::Absent,
            search_disable_indexer_backoff: rt::Field::Absent,
            search_disable_indexing_encrypted_items: rt::Field::Absent,
            search_disable_indexing_removable_drive: rt::Field::Absent,
            search_disable_location: rt::Field::Absent,
            search_disable_use_location: rt::Field::Absent,
            search_enable_automatic_index_size_manangement: rt::Field::Absent,
            search_enable_remote_queries: rt::Field::Absent,
            security_block_azure_ad_joined_devices_auto_encryption: rt::Field::Absent,
            settings_block_accounts_page: rt::Field::Absent,
            settings_block_add_provisioning_package: rt::Field::Absent,
            settings_block_apps_page: rt::Field::Absent,
            settings_block_change_language: rt::Field::Absent,
            settings_block_change_power_sleep: rt::Field::Absent,
            settings_block_change_region: rt::Field::Absent,
            settings_block_change_system_time: rt::Field::Absent,
            settings_block_devices_page: rt::Field::Absent,
            settings_block_ease_of_access_page: rt::Field::Absent,
            settings_block_edit_device_name: rt::Field::Absent,
            settings_block_gaming_page: rt::Field::Absent,
            settings_block_network_internet_page: rt::Field::Absent,
            settings_block_personalization_page: rt::Field::Absent,
            settings_block_privacy_page: rt::Field::Absent,
            settings_block_remove_provisioning_package: rt::Field::Absent,
            settings_block_settings_app: rt::Field::Absent,
            settings_block_system_page: rt::Field::Absent,
            settings_block_time_language_page: rt::Field::Absent,
            settings_block_update_security_page: rt::Field::Absent,
            shared_user_app_data_allowed: rt::Field::Absent,
            smart_screen_app_install_control: rt::Field::Absent,
            smart_screen_block_prompt_override: rt::Field::Absent,
            smart_screen_block_prompt_override_for_files: rt::Field::Absent,
            smart_screen_enable_app_install_control: rt::Field::Absent,
            start_block_unpinning_apps_from_taskbar: rt::Field::Absent,
            start_menu_app_list_visibility: rt::Field::Absent,
            start_menu_hide_change_account_settings: rt::Field::Absent,
            start_menu_hide_frequently_used_apps: rt::Field::Absent,
            start_menu_hide_hibernate: rt::Field::Absent,
            start_menu_hide_lock: rt::Field::Absent,
            start_menu_hide_power_button: rt::Field::Absent,
            start_menu_hide_recent_jump_lists: rt::Field::Absent,
            start_menu_hide_recently_added_apps: rt::Field::Absent,
            start_menu_hide_restart_options: rt::Field::Absent,
            start_menu_hide_shut_down: rt::Field::Absent,
            start_menu_hide_sign_out: rt::Field::Absent,
            start_menu_hide_sleep: rt::Field::Absent,
            start_menu_hide_switch_account: rt::Field::Absent,
            start_menu_hide_user_tile: rt::Field::Absent,
            start_menu_layout_edge_assets_xml: rt::Field::Absent,
            start_menu_layout_xml: rt::Field::Absent,
            start_menu_mode: rt::Field::Absent,
            start_menu_pinned_folder_documents: rt::Field::Absent,
            start_menu_pinned_folder_downloads: rt::Field::Absent,
            start_menu_pinned_folder_file_explorer: rt::Field::Absent,
            start_menu_pinned_folder_home_group: rt::Field::Absent,
            start_menu_pinned_folder_music: rt::Field::Absent,
            start_menu_pinned_folder_network: rt::Field::Absent,
            start_menu_pinned_folder_personal_folder: rt::Field::Absent,
            start_menu_pinned_folder_pictures: rt::Field::Absent,
            start_menu_pinned_folder_settings: rt::Field::Absent,
            start_menu_pinned_folder_videos: rt::Field::Absent,
            storage_block_removable_storage: rt::Field::Absent,
            storage_require_mobile_device_encryption: rt::Field::Absent,
            storage_restrict_app_data_to_system_volume: rt::Field::Absent,
            storage_restrict_app_install_to_system_volume: rt::Field::Absent,
            system_telemetry_proxy_server: rt::Field::Absent,
            task_manager_block_end_task: rt::Field::Absent,
            tenant_lockdown_require_network_during_out_of_box_experience: rt::Field::Absent,
            uninstall_built_in_apps: rt::Field::Absent,
            usb_blocked: rt::Field::Absent,
            voice_recording_blocked: rt::Field::Absent,
            web_rtc_block_localhost_ip_address: rt::Field::Absent,
            wi_fi_block_automatic_connect_hotspots: rt::Field::Absent,
            wi_fi_blocked: rt::Field::Absent,
            wi_fi_block_manual_configuration: rt::Field::Absent,
            wi_fi_scan_interval: rt::Field::Absent,
            windows10_apps_force_update_schedule: rt::Field::Absent,
            windows_spotlight_block_consumer_specific_features: rt::Field::Absent,
            windows_spotlight_blocked: rt::Field::Absent,
            windows_spotlight_block_on_action_center: rt::Field::Absent,
            windows_spotlight_block_tailored_experiences: rt::Field::Absent,
            windows_spotlight_block_third_party_notifications: rt::Field::Absent,
            windows_spotlight_block_welcome_experience: rt::Field::Absent,
            windows_spotlight_block_windows_tips: rt::Field::Absent,
            windows_spotlight_configure_on_lock_screen: rt::Field::Absent,
            windows_store_block_auto_update: rt::Field::Absent,
            windows_store_blocked: rt::Field::Absent,
            windows_store_enable_private_store_only: rt::Field::Absent,
            wireless_display_block_projection_to_this_device: rt::Field::Absent,
            wireless_display_block_user_input_from_receiver: rt::Field::Absent,
            wireless_display_require_pin_for_pairing: rt::Field::Absent,
            privacy_access_controls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10GeneralConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10GeneralConfiguration";
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
        "activateAppsWithVoice",
        "antiTheftModeBlocked",
        "appManagementMSIAllowUserControlOverInstall",
        "appManagementMSIAlwaysInstallWithElevatedPrivileges",
        "appManagementPackageFamilyNamesToLaunchAfterLogOn",
        "appsAllowTrustedAppsSideloading",
        "appsBlockWindowsStoreOriginatedApps",
        "authenticationAllowSecondaryDevice",
        "authenticationPreferredAzureADTenantDomainName",
        "authenticationWebSignIn",
        "bluetoothAllowedServices",
        "bluetoothBlockAdvertising",
        "bluetoothBlockDiscoverableMode",
        "bluetoothBlocked",
        "bluetoothBlockPrePairing",
        "bluetoothBlockPromptedProximalConnections",
        "cameraBlocked",
        "cellularBlockDataWhenRoaming",
        "cellularBlockVpn",
        "cellularBlockVpnWhenRoaming",
        "cellularData",
        "certificatesBlockManualRootCertificateInstallation",
        "configureTimeZone",
        "connectedDevicesServiceBlocked",
        "copyPasteBlocked",
        "cortanaBlocked",
        "cryptographyAllowFipsAlgorithmPolicy",
        "dataProtectionBlockDirectMemoryAccess",
        "defenderBlockEndUserAccess",
        "defenderBlockOnAccessProtection",
        "defenderCloudBlockLevel",
        "defenderCloudExtendedTimeout",
        "defenderCloudExtendedTimeoutInSeconds",
        "defenderDaysBeforeDeletingQuarantinedMalware",
        "defenderDetectedMalwareActions",
        "defenderDisableCatchupFullScan",
        "defenderDisableCatchupQuickScan",
        "defenderFileExtensionsToExclude",
        "defenderFilesAndFoldersToExclude",
        "defenderMonitorFileActivity",
        "defenderPotentiallyUnwantedAppAction",
        "defenderPotentiallyUnwantedAppActionSetting",
        "defenderProcessesToExclude",
        "defenderPromptForSampleSubmission",
        "defenderRequireBehaviorMonitoring",
        "defenderRequireCloudProtection",
        "defenderRequireNetworkInspectionSystem",
        "defenderRequireRealTimeMonitoring",
        "defenderScanArchiveFiles",
        "defenderScanDownloads",
        "defenderScanIncomingMail",
        "defenderScanMappedNetworkDrivesDuringFullScan",
        "defenderScanMaxCpu",
        "defenderScanNetworkFiles",
        "defenderScanRemovableDrivesDuringFullScan",
        "defenderScanScriptsLoadedInInternetExplorer",
        "defenderScanType",
        "defenderScheduledQuickScanTime",
        "defenderScheduledScanTime",
        "defenderScheduleScanEnableLowCpuPriority",
        "defenderSignatureUpdateIntervalInHours",
        "defenderSubmitSamplesConsentType",
        "defenderSystemScanSchedule",
        "developerUnlockSetting",
        "deviceManagementBlockFactoryResetOnMobile",
        "deviceManagementBlockManualUnenroll",
        "diagnosticsDataSubmissionMode",
        "displayAppListWithGdiDPIScalingTurnedOff",
        "displayAppListWithGdiDPIScalingTurnedOn",
        "edgeAllowStartPagesModification",
        "edgeBlockAccessToAboutFlags",
        "edgeBlockAddressBarDropdown",
        "edgeBlockAutofill",
        "edgeBlockCompatibilityList",
        "edgeBlockDeveloperTools",
        "edgeBlocked",
        "edgeBlockEditFavorites",
        "edgeBlockExtensions",
        "edgeBlockFullScreenMode",
        "edgeBlockInPrivateBrowsing",
        "edgeBlockJavaScript",
        "edgeBlockLiveTileDataCollection",
        "edgeBlockPasswordManager",
        "edgeBlockPopups",
        "edgeBlockPrelaunch",
        "edgeBlockPrinting",
        "edgeBlockSavingHistory",
        "edgeBlockSearchEngineCustomization",
        "edgeBlockSearchSuggestions",
        "edgeBlockSendingDoNotTrackHeader",
        "edgeBlockSendingIntranetTrafficToInternetExplorer",
        "edgeBlockSideloadingExtensions",
        "edgeBlockTabPreloading",
        "edgeBlockWebContentOnNewTabPage",
        "edgeClearBrowsingDataOnExit",
        "edgeCookiePolicy",
        "edgeDisableFirstRunPage",
        "edgeEnterpriseModeSiteListLocation",
        "edgeFavoritesBarVisibility",
        "edgeFavoritesListLocation",
        "edgeFirstRunUrl",
        "edgeHomeButtonConfiguration",
        "edgeHomeButtonConfigurationEnabled",
        "edgeHomepageUrls",
        "edgeKioskModeRestriction",
        "edgeKioskResetAfterIdleTimeInMinutes",
        "edgeNewTabPageURL",
        "edgeOpensWith",
        "edgePreventCertificateErrorOverride",
        "edgeRequiredExtensionPackageFamilyNames",
        "edgeRequireSmartScreen",
        "edgeSearchEngine",
        "edgeSendIntranetTrafficToInternetExplorer",
        "edgeShowMessageWhenOpeningInternetExplorerSites",
        "edgeSyncFavoritesWithInternetExplorer",
        "edgeTelemetryForMicrosoft365Analytics",
        "enableAutomaticRedeployment",
        "energySaverOnBatteryThresholdPercentage",
        "energySaverPluggedInThresholdPercentage",
        "enterpriseCloudPrintDiscoveryEndPoint",
        "enterpriseCloudPrintDiscoveryMaxLimit",
        "enterpriseCloudPrintMopriaDiscoveryResourceIdentifier",
        "enterpriseCloudPrintOAuthAuthority",
        "enterpriseCloudPrintOAuthClientIdentifier",
        "enterpriseCloudPrintResourceIdentifier",
        "experienceBlockDeviceDiscovery",
        "experienceBlockErrorDialogWhenNoSIM",
        "experienceBlockTaskSwitcher",
        "experienceDoNotSyncBrowserSettings",
        "findMyFiles",
        "gameDvrBlocked",
        "inkWorkspaceAccess",
        "inkWorkspaceAccessState",
        "inkWorkspaceBlockSuggestedApps",
        "internetSharingBlocked",
        "locationServicesBlocked",
        "lockScreenActivateAppsWithVoice",
        "lockScreenAllowTimeoutConfiguration",
        "lockScreenBlockActionCenterNotifications",
        "lockScreenBlockCortana",
        "lockScreenBlockToastNotifications",
        "lockScreenTimeoutInSeconds",
        "logonBlockFastUserSwitching",
        "messagingBlockMMS",
        "messagingBlockRichCommunicationServices",
        "messagingBlockSync",
        "microsoftAccountBlocked",
        "microsoftAccountBlockSettingsSync",
        "microsoftAccountSignInAssistantSettings",
        "networkProxyApplySettingsDeviceWide",
        "networkProxyAutomaticConfigurationUrl",
        "networkProxyDisableAutoDetect",
        "networkProxyServer",
        "nfcBlocked",
        "oneDriveDisableFileSync",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumAgeInDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordRequireWhenResumeFromIdleState",
        "passwordSignInFailureCountBeforeFactoryReset",
        "personalizationDesktopImageUrl",
        "personalizationLockScreenImageUrl",
        "powerButtonActionOnBattery",
        "powerButtonActionPluggedIn",
        "powerHybridSleepOnBattery",
        "powerHybridSleepPluggedIn",
        "powerLidCloseActionOnBattery",
        "powerLidCloseActionPluggedIn",
        "powerSleepButtonActionOnBattery",
        "powerSleepButtonActionPluggedIn",
        "printerBlockAddition",
        "printerDefaultName",
        "printerNames",
        "privacyAdvertisingId",
        "privacyAutoAcceptPairingAndConsentPrompts",
        "privacyBlockActivityFeed",
        "privacyBlockInputPersonalization",
        "privacyBlockPublishUserActivities",
        "privacyDisableLaunchExperience",
        "resetProtectionModeBlocked",
        "safeSearchFilter",
        "screenCaptureBlocked",
        "searchBlockDiacritics",
        "searchBlockWebResults",
        "searchDisableAutoLanguageDetection",
        "searchDisableIndexerBackoff",
        "searchDisableIndexingEncryptedItems",
        "searchDisableIndexingRemovableDrive",
        "searchDisableLocation",
        "searchDisableUseLocation",
        "searchEnableAutomaticIndexSizeManangement",
        "searchEnableRemoteQueries",
        "securityBlockAzureADJoinedDevicesAutoEncryption",
        "settingsBlockAccountsPage",
        "settingsBlockAddProvisioningPackage",
        "settingsBlockAppsPage",
        "settingsBlockChangeLanguage",
        "settingsBlockChangePowerSleep",
        "settingsBlockChangeRegion",
        "settingsBlockChangeSystemTime",
        "settingsBlockDevicesPage",
        "settingsBlockEaseOfAccessPage",
        "settingsBlockEditDeviceName",
        "settingsBlockGamingPage",
        "settingsBlockNetworkInternetPage",
        "settingsBlockPersonalizationPage",
        "settingsBlockPrivacyPage",
        "settingsBlockRemoveProvisioningPackage",
        "settingsBlockSettingsApp",
        "settingsBlockSystemPage",
        "settingsBlockTimeLanguagePage",
        "settingsBlockUpdateSecurityPage",
        "sharedUserAppDataAllowed",
        "smartScreenAppInstallControl",
        "smartScreenBlockPromptOverride",
        "smartScreenBlockPromptOverrideForFiles",
        "smartScreenEnableAppInstallControl",
        "startBlockUnpinningAppsFromTaskbar",
        "startMenuAppListVisibility",
        "startMenuHideChangeAccountSettings",
        "startMenuHideFrequentlyUsedApps",
        "startMenuHideHibernate",
        "startMenuHideLock",
        "startMenuHidePowerButton",
        "startMenuHideRecentJumpLists",
        "startMenuHideRecentlyAddedApps",
        "startMenuHideRestartOptions",
        "startMenuHideShutDown",
        "startMenuHideSignOut",
        "startMenuHideSleep",
        "startMenuHideSwitchAccount",
        "startMenuHideUserTile",
        "startMenuLayoutEdgeAssetsXml",
        "startMenuLayoutXml",
        "startMenuMode",
        "startMenuPinnedFolderDocuments",
        "startMenuPinnedFolderDownloads",
        "startMenuPinnedFolderFileExplorer",
        "startMenuPinnedFolderHomeGroup",
        "startMenuPinnedFolderMusic",
        "startMenuPinnedFolderNetwork",
        "startMenuPinnedFolderPersonalFolder",
        "startMenuPinnedFolderPictures",
        "startMenuPinnedFolderSettings",
        "startMenuPinnedFolderVideos",
        "storageBlockRemovableStorage",
        "storageRequireMobileDeviceEncryption",
        "storageRestrictAppDataToSystemVolume",
        "storageRestrictAppInstallToSystemVolume",
        "systemTelemetryProxyServer",
        "taskManagerBlockEndTask",
        "tenantLockdownRequireNetworkDuringOutOfBoxExperience",
        "uninstallBuiltInApps",
        "usbBlocked",
        "voiceRecordingBlocked",
        "webRtcBlockLocalhostIpAddress",
        "wiFiBlockAutomaticConnectHotspots",
        "wiFiBlocked",
        "wiFiBlockManualConfiguration",
        "wiFiScanInterval",
        "windows10AppsForceUpdateSchedule",
        "windowsSpotlightBlockConsumerSpecificFeatures",
        "windowsSpotlightBlocked",
        "windowsSpotlightBlockOnActionCenter",
        "windowsSpotlightBlockTailoredExperiences",
        "windowsSpotlightBlockThirdPartyNotifications",
        "windowsSpotlightBlockWelcomeExperience",
        "windowsSpotlightBlockWindowsTips",
        "windowsSpotlightConfigureOnLockScreen",
        "windowsStoreBlockAutoUpdate",
        "windowsStoreBlocked",
        "windowsStoreEnablePrivateStoreOnly",
        "wirelessDisplayBlockProjectionToThisDevice",
        "wirelessDisplayBlockUserInputFromReceiver",
        "wirelessDisplayRequirePinForPairing",
        "privacyAccessControls",
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
        ",\"activateAppsWithVoice\":        ",
        ",\"antiTheftModeBlocked\":         ",
        ",\"appManagementMSIAllowUserControlOverInstall\":",
        ",\"appManagementMSIAlwaysInstallWithElevatedPrivileges\":",
        ",\"appManagementPackageFamilyNamesToLaunchAfterLogOn\":",
        ",\"appsAllowTrustedAppsSideloading\":",
        ",\"appsBlockWindowsStoreOriginatedApps\":",
        ",\"authenticationAllowSecondaryDevice\":",
        ",\"authenticationPreferredAzureADTenantDomainName\":",
        ",\"authenticationWebSignIn\":      ",
        ",\"bluetoothAllowedServices\":     ",
        ",\"bluetoothBlockAdvertising\":    ",
        ",\"bluetoothBlockDiscoverableMode\":",
        ",\"bluetoothBlocked\":             ",
        ",\"bluetoothBlockPrePairing\":     ",
        ",\"bluetoothBlockPromptedProximalConnections\":",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockDataWhenRoaming\": ",
        ",\"cellularBlockVpn\":             ",
        ",\"cellularBlockVpnWhenRoaming\":  ",
        ",\"cellularData\":                 ",
        ",\"certificatesBlockManualRootCertificateInstallation\":",
        ",\"configureTimeZone\":            ",
        ",\"connectedDevicesServiceBlocked\":",
        ",\"copyPasteBlocked\":             ",
        ",\"cortanaBlocked\":               ",
        ",\"cryptographyAllowFipsAlgorithmPolicy\":",
        ",\"dataProtectionBlockDirectMemoryAccess\":",
        ",\"defenderBlockEndUserAccess\":   ",
        ",\"defenderBlockOnAccessProtection\":",
        ",\"defenderCloudBlockLevel\":      ",
        ",\"defenderCloudExtendedTimeout\": ",
        ",\"defenderCloudExtendedTimeoutInSeconds\":",
        ",\"defenderDaysBeforeDeletingQuarantinedMalware\":",
        ",\"defenderDetectedMalwareActions\":",
        ",\"defenderDisableCatchupFullScan\":",
        ",\"defenderDisableCatchupQuickScan\":",
        ",\"defenderFileExtensionsToExclude\":",
        ",\"defenderFilesAndFoldersToExclude\":",
        ",\"defenderMonitorFileActivity\":  ",
        ",\"defenderPotentiallyUnwantedAppAction\":",
        ",\"defenderPotentiallyUnwantedAppActionSetting\":",
        ",\"defenderProcessesToExclude\":   ",
        ",\"defenderPromptForSampleSubmission\":",
        ",\"defenderRequireBehaviorMonitoring\":",
        ",\"defenderRequireCloudProtection\":",
        ",\"defenderRequireNetworkInspectionSystem\":",
        ",\"defenderRequireRealTimeMonitoring\":",
        ",\"defenderScanArchiveFiles\":     ",
        ",\"defenderScanDownloads\":        ",
        ",\"defenderScanIncomingMail\":     ",
        ",\"defenderScanMappedNetworkDrivesDuringFullScan\":",
        ",\"defenderScanMaxCpu\":           ",
        ",\"defenderScanNetworkFiles\":     ",
        ",\"defenderScanRemovableDrivesDuringFullScan\":",
        ",\"defenderScanScriptsLoadedInInternetExplorer\":",
        ",\"defenderScanType\":             ",
        ",\"defenderScheduledQuickScanTime\":",
        ",\"defenderScheduledScanTime\":    ",
        ",\"defenderScheduleScanEnableLowCpuPriority\":",
        ",\"defenderSignatureUpdateIntervalInHours\":",
        ",\"defenderSubmitSamplesConsentType\":",
        ",\"defenderSystemScanSchedule\":   ",
        ",\"developerUnlockSetting\":       ",
        ",\"deviceManagementBlockFactoryResetOnMobile\":",
        ",\"deviceManagementBlockManualUnenroll\":",
        ",\"diagnosticsDataSubmissionMode\":",
        ",\"displayAppListWithGdiDPIScalingTurnedOff\":",
        ",\"displayAppListWithGdiDPIScalingTurnedOn\":",
        ",\"edgeAllowStartPagesModification\":",
        ",\"edgeBlockAccessToAboutFlags\":  ",
        ",\"edgeBlockAddressBarDropdown\":  ",
        ",\"edgeBlockAutofill\":            ",
        ",\"edgeBlockCompatibilityList\":   ",
        ",\"edgeBlockDeveloperTools\":      ",
        ",\"edgeBlocked\":                  ",
        ",\"edgeBlockEditFavorites\":       ",
        ",\"edgeBlockExtensions\":          ",
        ",\"edgeBlockFullScreenMode\":      ",
        ",\"edgeBlockInPrivateBrowsing\":   ",
        ",\"edgeBlockJavaScript\":          ",
        ",\"edgeBlockLiveTileDataCollection\":",
        ",\"edgeBlockPasswordManager\":     ",
        ",\"edgeBlockPopups\":              ",
        ",\"edgeBlockPrelaunch\":           ",
        ",\"edgeBlockPrinting\":            ",
        ",\"edgeBlockSavingHistory\":       ",
        ",\"edgeBlockSearchEngineCustomization\":",
        ",\"edgeBlockSearchSuggestions\":   ",
        ",\"edgeBlockSendingDoNotTrackHeader\":",
        ",\"edgeBlockSendingIntranetTrafficToInternetExplorer\":",
        ",\"edgeBlockSideloadingExtensions\":",
        ",\"edgeBlockTabPreloading\":       ",
        ",\"edgeBlockWebContentOnNewTabPage\":",
        ",\"edgeClearBrowsingDataOnExit\":  ",
        ",\"edgeCookiePolicy\":             ",
        ",\"edgeDisableFirstRunPage\":      ",
        ",\"edgeEnterpriseModeSiteListLocation\":",
        ",\"edgeFavoritesBarVisibility\":   ",
        ",\"edgeFavoritesListLocation\":    ",
        ",\"edgeFirstRunUrl\":              ",
        ",\"edgeHomeButtonConfiguration\":  ",
        ",\"edgeHomeButtonConfigurationEnabled\":",
        ",\"edgeHomepageUrls\":             ",
        ",\"edgeKioskModeRestriction\":     ",
        ",\"edgeKioskResetAfterIdleTimeInMinutes\":",
        ",\"edgeNewTabPageURL\":            ",
        ",\"edgeOpensWith\":                ",
        ",\"edgePreventCertificateErrorOverride\":",
        ",\"edgeRequiredExtensionPackageFamilyNames\":",
        ",\"edgeRequireSmartScreen\":       ",
        ",\"edgeSearchEngine\":             ",
        ",\"edgeSendIntranetTrafficToInternetExplorer\":",
        ",\"edgeShowMessageWhenOpeningInternetExplorerSites\":",
        ",\"edgeSyncFavoritesWithInternetExplorer\":",
        ",\"edgeTelemetryForMicrosoft365Analytics\":",
        ",\"enableAutomaticRedeployment\":  ",
        ",\"energySaverOnBatteryThresholdPercentage\":",
        ",\"energySaverPluggedInThresholdPercentage\":",
        ",\"enterpriseCloudPrintDiscoveryEndPoint\":",
        ",\"enterpriseCloudPrintDiscoveryMaxLimit\":",
        ",\"enterpriseCloudPrintMopriaDiscoveryResourceIdentifier\":",
        ",\"enterpriseCloudPrintOAuthAuthority\":",
        ",\"enterpriseCloudPrintOAuthClientIdentifier\":",
        ",\"enterpriseCloudPrintResourceIdentifier\":",
        ",\"experienceBlockDeviceDiscovery\":",
        ",\"experienceBlockErrorDialogWhenNoSIM\":",
        ",\"experienceBlockTaskSwitcher\":  ",
        ",\"experienceDoNotSyncBrowserSettings\":",
        ",\"findMyFiles\":                  ",
        ",\"gameDvrBlocked\":               ",
        ",\"inkWorkspaceAccess\":           ",
        ",\"inkWorkspaceAccessState\":      ",
        ",\"inkWorkspaceBlockSuggestedApps\":",
        ",\"internetSharingBlocked\":       ",
        ",\"locationServicesBlocked\":      ",
        ",\"lockScreenActivateAppsWithVoice\":",
        ",\"lockScreenAllowTimeoutConfiguration\":",
        ",\"lockScreenBlockActionCenterNotifications\":",
        ",\"lockScreenBlockCortana\":       ",
        ",\"lockScreenBlockToastNotifications\":",
        ",\"lockScreenTimeoutInSeconds\":   ",
        ",\"logonBlockFastUserSwitching\":  ",
        ",\"messagingBlockMMS\":            ",
        ",\"messagingBlockRichCommunicationServices\":",
        ",\"messagingBlockSync\":           ",
        ",\"microsoftAccountBlocked\":      ",
        ",\"microsoftAccountBlockSettingsSync\":",
        ",\"microsoftAccountSignInAssistantSettings\":",
        ",\"networkProxyApplySettingsDeviceWide\":",
        ",\"networkProxyAutomaticConfigurationUrl\":",
        ",\"networkProxyDisableAutoDetect\":",
        ",\"networkProxyServer\":           ",
        ",\"nfcBlocked\":                   ",
        ",\"oneDriveDisableFileSync\":      ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumAgeInDays\":     ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordRequireWhenResumeFromIdleState\":",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"personalizationDesktopImageUrl\":",
        ",\"personalizationLockScreenImageUrl\":",
        ",\"powerButtonActionOnBattery\":   ",
        ",\"powerButtonActionPluggedIn\":   ",
        ",\"powerHybridSleepOnBattery\":    ",
        ",\"powerHybridSleepPluggedIn\":    ",
        ",\"powerLidCloseActionOnBattery\": ",
        ",\"powerLidCloseActionPluggedIn\": ",
        ",\"powerSleepButtonActionOnBattery\":",
        ",\"powerSleepButtonActionPluggedIn\":",
        ",\"printerBlockAddition\":         ",
        ",\"printerDefaultName\":           ",
        ",\"printerNames\":                 ",
        ",\"privacyAdvertisingId\":         ",
        ",\"privacyAutoAcceptPairingAndConsentPrompts\":",
        ",\"privacyBlockActivityFeed\":     ",
        ",\"privacyBlockInputPersonalization\":",
        ",\"privacyBlockPublishUserActivities\":",
        ",\"privacyDisableLaunchExperience\":",
        ",\"resetProtectionModeBlocked\":   ",
        ",\"safeSearchFilter\":             ",
        ",\"screenCaptureBlocked\":         ",
        ",\"searchBlockDiacritics\":        ",
        ",\"searchBlockWebResults\":        ",
        ",\"searchDisableAutoLanguageDetection\":",
        ",\"searchDisableIndexerBackoff\":  ",
        ",\"searchDisableIndexingEncryptedItems\":",
        ",\"searchDisableIndexingRemovableDrive\":",
        ",\"searchDisableLocation\":        ",
        ",\"searchDisableUseLocation\":     ",
        ",\"searchEnableAutomaticIndexSizeManangement\":",
        ",\"searchEnableRemoteQueries\":    ",
        ",\"securityBlockAzureADJoinedDevicesAutoEncryption\":",
        ",\"settingsBlockAccountsPage\":    ",
        ",\"settingsBlockAddProvisioningPackage\":",
        ",\"settingsBlockAppsPage\":        ",
        ",\"settingsBlockChangeLanguage\":  ",
        ",\"settingsBlockChangePowerSleep\":",
        ",\"settingsBlockChangeRegion\":    ",
        ",\"settingsBlockChangeSystemTime\":",
        ",\"settingsBlockDevicesPage\":     ",
        ",\"settingsBlockEaseOfAccessPage\":",
        ",\"settingsBlockEditDeviceName\":  ",
        ",\"settingsBlockGamingPage\":      ",
        ",\"settingsBlockNetworkInternetPage\":",
        ",\"settingsBlockPersonalizationPage\":",
        ",\"settingsBlockPrivacyPage\":     ",
        ",\"settingsBlockRemoveProvisioningPackage\":",
        ",\"settingsBlockSettingsApp\":     ",
        ",\"settingsBlockSystemPage\":      ",
        ",\"settingsBlockTimeLanguagePage\":",
        ",\"settingsBlockUpdateSecurityPage\":",
        ",\"sharedUserAppDataAllowed\":     ",
        ",\"smartScreenAppInstallControl\": ",
        ",\"smartScreenBlockPromptOverride\":",
        ",\"smartScreenBlockPromptOverrideForFiles\":",
        ",\"smartScreenEnableAppInstallControl\":",
        ",\"startBlockUnpinningAppsFromTaskbar\":",
        ",\"startMenuAppListVisibility\":   ",
        ",\"startMenuHideChangeAccountSettings\":",
        ",\"startMenuHideFrequentlyUsedApps\":",
        ",\"startMenuHideHibernate\":       ",
        ",\"startMenuHideLock\":            ",
        ",\"startMenuHidePowerButton\":     ",
        ",\"startMenuHideRecentJumpLists\": ",
        ",\"startMenuHideRecentlyAddedApps\":",
        ",\"startMenuHideRestartOptions\":  ",
        ",\"startMenuHideShutDown\":        ",
        ",\"startMenuHideSignOut\":         ",
        ",\"startMenuHideSleep\":           ",
        ",\"startMenuHideSwitchAccount\":   ",
        ",\"startMenuHideUserTile\":        ",
        ",\"startMenuLayoutEdgeAssetsXml\": ",
        ",\"startMenuLayoutXml\":           ",
        ",\"startMenuMode\":                ",
        ",\"startMenuPinnedFolderDocuments\":",
        ",\"startMenuPinnedFolderDownloads\":",
        ",\"startMenuPinnedFolderFileExplorer\":",
        ",\"startMenuPinnedFolderHomeGroup\":",
        ",\"startMenuPinnedFolderMusic\":   ",
        ",\"startMenuPinnedFolderNetwork\": ",
        ",\"startMenuPinnedFolderPersonalFolder\":",
        ",\"startMenuPinnedFolderPictures\":",
        ",\"startMenuPinnedFolderSettings\":",
        ",\"startMenuPinnedFolderVideos\":  ",
        ",\"storageBlockRemovableStorage\": ",
        ",\"storageRequireMobileDeviceEncryption\":",
        ",\"storageRestrictAppDataToSystemVolume\":",
        ",\"storageRestrictAppInstallToSystemVolume\":",
        ",\"systemTelemetryProxyServer\":   ",
        ",\"taskManagerBlockEndTask\":      ",
        ",\"tenantLockdownRequireNetworkDuringOutOfBoxExperience\":",
        ",\"uninstallBuiltInApps\":         ",
        ",\"usbBlocked\":                   ",
        ",\"voiceRecordingBlocked\":        ",
        ",\"webRtcBlockLocalhostIpAddress\":",
        ",\"wiFiBlockAutomaticConnectHotspots\":",
        ",\"wiFiBlocked\":                  ",
        ",\"wiFiBlockManualConfiguration\": ",
        ",\"wiFiScanInterval\":             ",
        ",\"windows10AppsForceUpdateSchedule\":",
        ",\"windowsSpotlightBlockConsumerSpecificFeatures\":",
        ",\"windowsSpotlightBlocked\":      ",
        ",\"windowsSpotlightBlockOnActionCenter\":",
        ",\"windowsSpotlightBlockTailoredExperiences\":",
        ",\"windowsSpotlightBlockThirdPartyNotifications\":",
        ",\"windowsSpotlightBlockWelcomeExperience\":",
        ",\"windowsSpotlightBlockWindowsTips\":",
        ",\"windowsSpotlightConfigureOnLockScreen\":",
        ",\"windowsStoreBlockAutoUpdate\":  ",
        ",\"windowsStoreBlocked\":          ",
        ",\"windowsStoreEnablePrivateStoreOnly\":",
        ",\"wirelessDisplayBlockProjectionToThisDevice\":",
        ",\"wirelessDisplayBlockUserInputFromReceiver\":",
        ",\"wirelessDisplayRequirePinForPairing\":",
        ",\"privacyAccessControls\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10GeneralConfiguration\"";
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
        v.field(19usize, "activate_apps_with_voice", &self.activate_apps_with_voice);
        v.field(20usize, "anti_theft_mode_blocked", &self.anti_theft_mode_blocked);
        v.field(
            21usize,
            "app_management_msi_allow_user_control_over_install",
            &self.app_management_msi_allow_user_control_over_install,
        );
        v.field(
            22usize,
            "app_management_msi_always_install_with_elevated_privileges",
            &self.app_management_msi_always_install_with_elevated_privileges,
        );
        v.field(
            23usize,
            "app_management_package_family_names_to_launch_after_log_on",
            &self.app_management_package_family_names_to_launch_after_log_on,
        );
        v.field(
            24usize,
            "apps_allow_trusted_apps_sideloading",
            &self.apps_allow_trusted_apps_sideloading,
        );
        v.field(
            25usize,
            "apps_block_windows_store_originated_apps",
            &self.apps_block_windows_store_originated_apps,
        );
        v.field(
            26usize,
            "authentication_allow_secondary_device",
            &self.authentication_allow_secondary_device,
        );
        v.field(
            27usize,
            "authentication_preferred_azure_ad_tenant_domain_name",
            &self.authentication_preferred_azure_ad_tenant_domain_name,
        );
        v.field(28usize, "authentication_web_sign_in", &self.authentication_web_sign_in);
        v.field(29usize, "bluetooth_allowed_services", &self.bluetooth_allowed_services);
        v.field(
            30usize,
            "bluetooth_block_advertising",
            &self.bluetooth_block_advertising,
        );
        v.field(
            31usize,
            "bluetooth_block_discoverable_mode",
            &self.bluetooth_block_discoverable_mode,
        );
        v.field(32usize, "bluetooth_blocked", &self.bluetooth_blocked);
        v.field(
            33usize,
            "bluetooth_block_pre_pairing",
            &self.bluetooth_block_pre_pairing,
        );
        v.field(
            34usize,
            "bluetooth_block_prompted_proximal_connections",
            &self.bluetooth_block_prompted_proximal_connections,
        );
        v.field(35usize, "camera_blocked", &self.camera_blocked);
        v.field(
            36usize,
            "cellular_block_data_when_roaming",
            &self.cellular_block_data_when_roaming,
        );
        v.field(37usize, "cellular_block_vpn", &self.cellular_block_vpn);
        v.field(
            38usize,
            "cellular_block_vpn_when_roaming",
            &self.cellular_block_vpn_when_roaming,
        );
        v.field(39usize, "cellular_data", &self.cellular_data);
        v.field(
            40usize,
            "certificates_block_manual_root_certificate_installation",
            &self.certificates_block_manual_root_certificate_installation,
        );
        v.field(41usize, "configure_time_zone", &self.configure_time_zone);
        v.field(
            42usize,
            "connected_devices_service_blocked",
            &self.connected_devices_service_blocked,
        );
        v.field(43usize, "copy_paste_blocked", &self.copy_paste_blocked);
        v.field(44usize, "cortana_blocked", &self.cortana_blocked);
        v.field(
            45usize,
            "cryptography_allow_fips_algorithm_policy",
            &self.cryptography_allow_fips_algorithm_policy,
        );
        v.field(
            46usize,
            "data_protection_block_direct_memory_access",
            &self.data_protection_block_direct_memory_access,
        );
        v.field(
            47usize,
            "defender_block_end_user_access",
            &self.defender_block_end_user_access,
        );
        v.field(
            48usize,
            "defender_block_on_access_protection",
            &self.defender_block_on_access_protection,
        );
        v.field(49usize, "defender_cloud_block_level", &self.defender_cloud_block_level);
        v.field(
            50usize,
            "defender_cloud_extended_timeout",
            &self.defender_cloud_extended_timeout,
        );
        v.field(
            51usize,
            "defender_cloud_extended_timeout_in_seconds",
            &self.defender_cloud_extended_timeout_in_seconds,
        );
        v.field(
            52usize,
            "defender_days_before_deleting_quarantined_malware",
            &self.defender_days_before_deleting_quarantined_malware,
        );
        v.field(
            53usize,
            "defender_detected_malware_actions",
            &self.defender_detected_malware_actions,
        );
        v.field(
            54usize,
            "defender_disable_catchup_full_scan",
            &self.defender_disable_catchup_full_scan,
        );
        v.field(
            55usize,
            "defender_disable_catchup_quick_scan",
            &self.defender_disable_catchup_quick_scan,
        );
        v.field(
            56usize,
            "defender_file_extensions_to_exclude",
            &self.defender_file_extensions_to_exclude,
        );
        v.field(
            57usize,
            "defender_files_and_folders_to_exclude",
            &self.defender_files_and_folders_to_exclude,
        );
        v.field(
            58usize,
            "defender_monitor_file_activity",
            &self.defender_monitor_file_activity,
        );
        v.field(
            59usize,
            "defender_potentially_unwanted_app_action",
            &self.defender_potentially_unwanted_app_action,
        );
        v.field(
            60usize,
            "defender_potentially_unwanted_app_action_setting",
            &self.defender_potentially_unwanted_app_action_setting,
        );
        v.field(
            61usize,
            "defender_processes_to_exclude",
            &self.defender_processes_to_exclude,
        );
        v.field(
            62usize,
            "defender_prompt_for_sample_submission",
            &self.defender_prompt_for_sample_submission,
        );
        v.field(
            63usize,
            "defender_require_behavior_monitoring",
            &self.defender_require_behavior_monitoring,
        );
        v.field(
            64usize,
            "defender_require_cloud_protection",
            &self.defender_require_cloud_protection,
        );
        v.field(
            65usize,
            "defender_require_network_inspection_system",
            &self.defender_require_network_inspection_system,
        );
        v.field(
            66usize,
            "defender_require_real_time_monitoring",
            &self.defender_require_real_time_monitoring,
        );
        v.field(
            67usize,
            "defender_scan_archive_files",
            &self.defender_scan_archive_files,
        );
        v.field(68usize, "defender_scan_downloads", &self.defender_scan_downloads);
        v.field(
            69usize,
            "defender_scan_incoming_mail",
            &self.defender_scan_incoming_mail,
        );
        v.field(
            70usize,
            "defender_scan_mapped_network_drives_during_full_scan",
            &self.defender_scan_mapped_network_drives_during_full_scan,
        );
        v.field(71usize, "defender_scan_max_cpu", &self.defender_scan_max_cpu);
        v.field(
            72usize,
            "defender_scan_network_files",
            &self.defender_scan_network_files,
        );
        v.field(
            73usize,
            "defender_scan_removable_drives_during_full_scan",
            &self.defender_scan_removable_drives_during_full_scan,
        );
        v.field(
            74usize,
            "defender_scan_scripts_loaded_in_internet_explorer",
            &self.defender_scan_scripts_loaded_in_internet_explorer,
        );
        v.field(75usize, "defender_scan_type", &self.defender_scan_type);
        v.field(
            76usize,
            "defender_scheduled_quick_scan_time",
            &self.defender_scheduled_quick_scan_time,
        );
        v.field(
            77usize,
            "defender_scheduled_scan_time",
            &self.defender_scheduled_scan_time,
        );
        v.field(
            78usize,
            "defender_schedule_scan_enable_low_cpu_priority",
            &self.defender_schedule_scan_enable_low_cpu_priority,
        );
        v.field(
            79usize,
            "defender_signature_update_interval_in_hours",
            &self.defender_signature_update_interval_in_hours,
        );
        v.field(
            80usize,
            "defender_submit_samples_consent_type",
            &self.defender_submit_samples_consent_type,
        );
        v.field(
            81usize,
            "defender_system_scan_schedule",
            &self.defender_system_scan_schedule,
        );
        v.field(82usize, "developer_unlock_setting", &self.developer_unlock_setting);
        v.field(
            83usize,
            "device_management_block_factory_reset_on_mobile",
            &self.device_management_block_factory_reset_on_mobile,
        );
        v.field(
            84usize,
            "device_management_block_manual_unenroll",
            &self.device_management_block_manual_unenroll,
        );
        v.field(
            85usize,
            "diagnostics_data_submission_mode",
            &self.diagnostics_data_submission_mode,
        );
        v.field(
            86usize,
            "display_app_list_with_gdi_dpi_scaling_turned_off",
            &self.display_app_list_with_gdi_dpi_scaling_turned_off,
        );
        v.field(
            87usize,
            "display_app_list_with_gdi_dpi_scaling_turned_on",
            &self.display_app_list_with_gdi_dpi_scaling_turned_on,
        );
        v.field(
            88usize,
            "edge_allow_start_pages_modification",
            &self.edge_allow_start_pages_modification,
        );
        v.field(
            89usize,
            "edge_block_access_to_about_flags",
            &self.edge_block_access_to_about_flags,
        );
        v.field(
            90usize,
            "edge_block_address_bar_dropdown",
            &self.edge_block_address_bar_dropdown,
        );
        v.field(91usize, "edge_block_autofill", &self.edge_block_autofill);
        v.field(
            92usize,
            "edge_block_compatibility_list",
            &self.edge_block_compatibility_list,
        );
        v.field(93usize, "edge_block_developer_tools", &self.edge_block_developer_tools);
        v.field(94usize, "edge_blocked", &self.edge_blocked);
        v.field(95usize, "edge_block_edit_favorites", &self.edge_block_edit_favorites);
        v.field(96usize, "edge_block_extensions", &self.edge_block_extensions);
        v.field(
            97usize,
            "edge_block_full_screen_mode",
            &self.edge_block_full_screen_mode,
        );
        v.field(
            98usize,
            "edge_block_in_private_browsing",
            &self.edge_block_in_private_browsing,
        );
        v.field(99usize, "edge_block_java_script", &self.edge_block_java_script);
        v.field(
            100usize,
            "edge_block_live_tile_data_collection",
            &self.edge_block_live_tile_data_collection,
        );
        v.field(
            101usize,
            "edge_block_password_manager",
            &self.edge_block_password_manager,
        );
        v.field(102usize, "edge_block_popups", &self.edge_block_popups);
        v.field(103usize, "edge_block_prelaunch", &self.edge_block_prelaunch);
        v.field(104usize, "edge_block_printing", &self.edge_block_printing);
        v.field(105usize, "edge_block_saving_history", &self.edge_block_saving_history);
        v.field(
            106usize,
            "edge_block_search_engine_customization",
            &self.edge_block_search_engine_customization,
        );
        v.field(
            107usize,
            "edge_block_search_suggestions",
            &self.edge_block_search_suggestions,
        );
        v.field(
            108usize,
            "edge_block_sending_do_not_track_header",
            &self.edge_block_sending_do_not_track_header,
        );
        v.field(
            109usize,
            "edge_block_sending_intranet_traffic_to_internet_explorer",
            &self.edge_block_sending_intranet_traffic_to_internet_explorer,
        );
        v.field(
            110usize,
            "edge_block_sideloading_extensions",
            &self.edge_block_sideloading_extensions,
        );
        v.field(111usize, "edge_block_tab_preloading", &self.edge_block_tab_preloading);
        v.field(
            112usize,
            "edge_block_web_content_on_new_tab_page",
            &self.edge_block_web_content_on_new_tab_page,
        );
        v.field(
            113usize,
            "edge_clear_browsing_data_on_exit",
            &self.edge_clear_browsing_data_on_exit,
        );
        v.field(114usize, "edge_cookie_policy", &self.edge_cookie_policy);
        v.field(
            115usize,
            "edge_disable_first_run_page",
            &self.edge_disable_first_run_page,
        );
        v.field(
            116usize,
            "edge_enterprise_mode_site_list_location",
            &self.edge_enterprise_mode_site_list_location,
        );
        v.field(
            117usize,
            "edge_favorites_bar_visibility",
            &self.edge_favorites_bar_visibility,
        );
        v.field(
            118usize,
            "edge_favorites_list_location",
            &self.edge_favorites_list_location,
        );
        v.field(119usize, "edge_first_run_url", &self.edge_first_run_url);
        v.field(
            120usize,
            "edge_home_button_configuration",
            &self.edge_home_button_configuration,
        );
        v.field(
            121usize,
            "edge_home_button_configuration_enabled",
            &self.edge_home_button_configuration_enabled,
        );
        v.field(122usize, "edge_homepage_urls", &self.edge_homepage_urls);
        v.field(
            123usize,
            "edge_kiosk_mode_restriction",
            &self.edge_kiosk_mode_restriction,
        );
        v.field(
            124usize,
            "edge_kiosk_reset_after_idle_time_in_minutes",
            &self.edge_kiosk_reset_after_idle_time_in_minutes,
        );
        v.field(125usize, "edge_new_tab_page_url", &self.edge_new_tab_page_url);
        v.field(126usize, "edge_opens_with", &self.edge_opens_with);
        v.field(
            127usize,
            "edge_prevent_certificate_error_override",
            &self.edge_prevent_certificate_error_override,
        );
        v.field(
            128usize,
            "edge_required_extension_package_family_names",
            &self.edge_required_extension_package_family_names,
        );
        v.field(129usize, "edge_require_smart_screen", &self.edge_require_smart_screen);
        v.field(130usize, "edge_search_engine", &self.edge_search_engine);
        v.field(
            131usize,
            "edge_send_intranet_traffic_to_internet_explorer",
            &self.edge_send_intranet_traffic_to_internet_explorer,
        );
        v.field(
            132usize,
            "edge_show_message_when_opening_internet_explorer_sites",
            &self.edge_show_message_when_opening_internet_explorer_sites,
        );
        v.field(
            133usize,
            "edge_sync_favorites_with_internet_explorer",
            &self.edge_sync_favorites_with_internet_explorer,
        );
        v.field(
            134usize,
            "edge_telemetry_for_microsoft365_analytics",
            &self.edge_telemetry_for_microsoft365_analytics,
        );
        v.field(
            135usize,
            "enable_automatic_redeployment",
            &self.enable_automatic_redeployment,
        );
        v.field(
            136usize,
            "energy_saver_on_battery_threshold_percentage",
            &self.energy_saver_on_battery_threshold_percentage,
        );
        v.field(
            137usize,
            "energy_saver_plugged_in_threshold_percentage",
            &self.energy_saver_plugged_in_threshold_percentage,
        );
        v.field(
            138usize,
            "enterprise_cloud_print_discovery_end_point",
            &self.enterprise_cloud_print_discovery_end_point,
        );
        v.field(
            139usize,
            "enterprise_cloud_print_discovery_max_limit",
            &self.enterprise_cloud_print_discovery_max_limit,
        );
        v.field(
            140usize,
            "enterprise_cloud_print_mopria_discovery_resource_identifier",
            &self.enterprise_cloud_print_mopria_discovery_resource_identifier,
        );
        v.field(
            141usize,
            "enterprise_cloud_print_o_auth_authority",
            &self.enterprise_cloud_print_o_auth_authority,
        );
        v.field(
            142usize,
            "enterprise_cloud_print_o_auth_client_identifier",
            &self.enterprise_cloud_print_o_auth_client_identifier,
        );
        v.field(
            143usize,
            "enterprise_cloud_print_resource_identifier",
            &self.enterprise_cloud_print_resource_identifier,
        );
        v.field(
            144usize,
            "experience_block_device_discovery",
            &self.experience_block_device_discovery,
        );
        v.field(
            145usize,
            "experience_block_error_dialog_when_no_sim",
            &self.experience_block_error_dialog_when_no_sim,
        );
        v.field(
            146usize,
            "experience_block_task_switcher",
            &self.experience_block_task_switcher,
        );
        v.field(
            147usize,
            "experience_do_not_sync_browser_settings",
            &self.experience_do_not_sync_browser_settings,
        );
        v.field(148usize, "find_my_files", &self.find_my_files);
        v.field(149usize, "game_dvr_blocked", &self.game_dvr_blocked);
        v.field(150usize, "ink_workspace_access", &self.ink_workspace_access);
        v.field(
            151usize,
            "ink_workspace_access_state",
            &self.ink_workspace_access_state,
        );
        v.field(
            152usize,
            "ink_workspace_block_suggested_apps",
            &self.ink_workspace_block_suggested_apps,
        );
        v.field(153usize, "internet_sharing_blocked", &self.internet_sharing_blocked);
        v.field(154usize, "location_services_blocked", &self.location_services_blocked);
        v.field(
            155usize,
            "lock_screen_activate_apps_with_voice",
            &self.lock_screen_activate_apps_with_voice,
        );
        v.field(
            156usize,
            "lock_screen_allow_timeout_configuration",
            &self.lock_screen_allow_timeout_configuration,
        );
        v.field(
            157usize,
            "lock_screen_block_action_center_notifications",
            &self.lock_screen_block_action_center_notifications,
        );
        v.field(158usize, "lock_screen_block_cortana", &self.lock_screen_block_cortana);
        v.field(
            159usize,
            "lock_screen_block_toast_notifications",
            &self.lock_screen_block_toast_notifications,
        );
        v.field(
            160usize,
            "lock_screen_timeout_in_seconds",
            &self.lock_screen_timeout_in_seconds,
        );
        v.field(
            161usize,
            "logon_block_fast_user_switching",
            &self.logon_block_fast_user_switching,
        );
        v.field(162usize, "messaging_block_mms", &self.messaging_block_mms);
        v.field(
            163usize,
            "messaging_block_rich_communication_services",
            &self.messaging_block_rich_communication_services,
        );
        v.field(164usize, "messaging_block_sync", &self.messaging_block_sync);
        v.field(165usize, "microsoft_account_blocked", &self.microsoft_account_blocked);
        v.field(
            166usize,
            "microsoft_account_block_settings_sync",
            &self.microsoft_account_block_settings_sync,
        );
        v.field(
            167usize,
            "microsoft_account_sign_in_assistant_settings",
            &self.microsoft_account_sign_in_assistant_settings,
        );
        v.field(
            168usize,
            "network_proxy_apply_settings_device_wide",
            &self.network_proxy_apply_settings_device_wide,
        );
        v.field(
            169usize,
            "network_proxy_automatic_configuration_url",
            &self.network_proxy_automatic_configuration_url,
        );
        v.field(
            170usize,
            "network_proxy_disable_auto_detect",
            &self.network_proxy_disable_auto_detect,
        );
        v.field(171usize, "network_proxy_server", &self.network_proxy_server);
        v.field(172usize, "nfc_blocked", &self.nfc_blocked);
        v.field(
            173usize,
            "one_drive_disable_file_sync",
            &self.one_drive_disable_file_sync,
        );
        v.field(174usize, "password_block_simple", &self.password_block_simple);
        v.field(175usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            176usize,
            "password_minimum_age_in_days",
            &self.password_minimum_age_in_days,
        );
        v.field(
            177usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(178usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            179usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            180usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(181usize, "password_required", &self.password_required);
        v.field(182usize, "password_required_type", &self.password_required_type);
        v.field(
            183usize,
            "password_require_when_resume_from_idle_state",
            &self.password_require_when_resume_from_idle_state,
        );
        v.field(
            184usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            185usize,
            "personalization_desktop_image_url",
            &self.personalization_desktop_image_url,
        );
        v.field(
            186usize,
            "personalization_lock_screen_image_url",
            &self.personalization_lock_screen_image_url,
        );
        v.field(
            187usize,
            "power_button_action_on_battery",
            &self.power_button_action_on_battery,
        );
        v.field(
            188usize,
            "power_button_action_plugged_in",
            &self.power_button_action_plugged_in,
        );
        v.field(
            189usize,
            "power_hybrid_sleep_on_battery",
            &self.power_hybrid_sleep_on_battery,
        );
        v.field(
            190usize,
            "power_hybrid_sleep_plugged_in",
            &self.power_hybrid_sleep_plugged_in,
        );
        v.field(
            191usize,
            "power_lid_close_action_on_battery",
            &self.power_lid_close_action_on_battery,
        );
        v.field(
            192usize,
            "power_lid_close_action_plugged_in",
            &self.power_lid_close_action_plugged_in,
        );
        v.field(
            193usize,
            "power_sleep_button_action_on_battery",
            &self.power_sleep_button_action_on_battery,
        );
        v.field(
            194usize,
            "power_sleep_button_action_plugged_in",
            &self.power_sleep_button_action_plugged_in,
        );
        v.field(195usize, "printer_block_addition", &self.printer_block_addition);
        v.field(196usize, "printer_default_name", &self.printer_default_name);
        v.field(197usize, "printer_names", &self.printer_names);
        v.field(198usize, "privacy_advertising_id", &self.privacy_advertising_id);
        v.field(
            199usize,
            "privacy_auto_accept_pairing_and_consent_prompts",
            &self.privacy_auto_accept_pairing_and_consent_prompts,
        );
        v.field(
            200usize,
            "privacy_block_activity_feed",
            &self.privacy_block_activity_feed,
        );
        v.field(
            201usize,
            "privacy_block_input_personalization",
            &self.privacy_block_input_personalization,
        );
        v.field(
            202usize,
            "privacy_block_publish_user_activities",
            &self.privacy_block_publish_user_activities,
        );
        v.field(
            203usize,
            "privacy_disable_launch_experience",
            &self.privacy_disable_launch_experience,
        );
        v.field(
            204usize,
            "reset_protection_mode_blocked",
            &self.reset_protection_mode_blocked,
        );
        v.field(205usize, "safe_search_filter", &self.safe_search_filter);
        v.field(206usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(207usize, "search_block_diacritics", &self.search_block_diacritics);
        v.field(208usize, "search_block_web_results", &self.search_block_web_results);
        v.field(
            209usize,
            "search_disable_auto_language_detection",
            &self.search_disable_auto_language_detection,
        );
        v.field(
            210usize,
            "search_disable_indexer_backoff",
            &self.search_disable_indexer_backoff,
        );
        v.field(
            211usize,
            "search_disable_indexing_encrypted_items",
            &self.search_disable_indexing_encrypted_items,
        );
        v.field(
            212usize,
            "search_disable_indexing_removable_drive",
            &self.search_disable_indexing_removable_drive,
        );
        v.field(213usize, "search_disable_location", &self.search_disable_location);
        v.field(
            214usize,
            "search_disable_use_location",
            &self.search_disable_use_location,
        );
        v.field(
            215usize,
            "search_enable_automatic_index_size_manangement",
            &self.search_enable_automatic_index_size_manangement,
        );
        v.field(
            216usize,
            "search_enable_remote_queries",
            &self.search_enable_remote_queries,
        );
        v.field(
            217usize,
            "security_block_azure_ad_joined_devices_auto_encryption",
            &self.security_block_azure_ad_joined_devices_auto_encryption,
        );
        v.field(
            218usize,
            "settings_block_accounts_page",
            &self.settings_block_accounts_page,
        );
        v.field(
            219usize,
            "settings_block_add_provisioning_package",
            &self.settings_block_add_provisioning_package,
        );
        v.field(220usize, "settings_block_apps_page", &self.settings_block_apps_page);
        v.field(
            221usize,
            "settings_block_change_language",
            &self.settings_block_change_language,
        );
        v.field(
            222usize,
            "settings_block_change_power_sleep",
            &self.settings_block_change_power_sleep,
        );
        v.field(
            223usize,
            "settings_block_change_region",
            &self.settings_block_change_region,
        );
        v.field(
            224usize,
            "settings_block_change_system_time",
            &self.settings_block_change_system_time,
        );
        v.field(
            225usize,
            "settings_block_devices_page",
            &self.settings_block_devices_page,
        );
        v.field(
            226usize,
            "settings_block_ease_of_access_page",
            &self.settings_block_ease_of_access_page,
        );
        v.field(
            227usize,
            "settings_block_edit_device_name",
            &self.settings_block_edit_device_name,
        );
        v.field(
            228usize,
            "settings_block_gaming_page",
            &self.settings_block_gaming_page,
        );
        v.field(
            229usize,
            "settings_block_network_internet_page",
            &self.settings_block_network_internet_page,
        );
        v.field(
            230usize,
            "settings_block_personalization_page",
            &self.settings_block_personalization_page,
        );
        v.field(
            231usize,
            "settings_block_privacy_page",
            &self.settings_block_privacy_page,
        );
        v.field(
            232usize,
            "settings_block_remove_provisioning_package",
            &self.settings_block_remove_provisioning_package,
        );
        v.field(
            233usize,
            "settings_block_settings_app",
            &self.settings_block_settings_app,
        );
        v.field(
            234usize,
            "settings_block_system_page",
            &self.settings_block_system_page,
        );
        v.field(
            235usize,
            "settings_block_time_language_page",
            &self.settings_block_time_language_page,
        );
        v.field(
            236usize,
            "settings_block_update_security_page",
            &self.settings_block_update_security_page,
        );
        v.field(
            237usize,
            "shared_user_app_data_allowed",
            &self.shared_user_app_data_allowed,
        );
        v.field(
            238usize,
            "smart_screen_app_install_control",
            &self.smart_screen_app_install_control,
        );
        v.field(
            239usize,
            "smart_screen_block_prompt_override",
            &self.smart_screen_block_prompt_override,
        );
        v.field(
            240usize,
            "smart_screen_block_prompt_override_for_files",
            &self.smart_screen_block_prompt_override_for_files,
        );
        v.field(
            241usize,
            "smart_screen_enable_app_install_control",
            &self.smart_screen_enable_app_install_control,
        );
        v.field(
            242usize,
            "start_block_unpinning_apps_from_taskbar",
            &self.start_block_unpinning_apps_from_taskbar,
        );
        v.field(
            243usize,
            "start_menu_app_list_visibility",
            &self.start_menu_app_list_visibility,
        );
        v.field(
            244usize,
            "start_menu_hide_change_account_settings",
            &self.start_menu_hide_change_account_settings,
        );
        v.field(
            245usize,
            "start_menu_hide_frequently_used_apps",
            &self.start_menu_hide_frequently_used_apps,
        );
        v.field(246usize, "start_menu_hide_hibernate", &self.start_menu_hide_hibernate);
        v.field(247usize, "start_menu_hide_lock", &self.start_menu_hide_lock);
        v.field(
            248usize,
            "start_menu_hide_power_button",
            &self.start_menu_hide_power_button,
        );
        v.field(
            249usize,
            "start_menu_hide_recent_jump_lists",
            &self.start_menu_hide_recent_jump_lists,
        );
        v.field(
            250usize,
            "start_menu_hide_recently_added_apps",
            &self.start_menu_hide_recently_added_apps,
        );
        v.field(
            251usize,
            "start_menu_hide_restart_options",
            &self.start_menu_hide_restart_options,
        );
        v.field(252usize, "start_menu_hide_shut_down", &self.start_menu_hide_shut_down);
        v.field(253usize, "start_menu_hide_sign_out", &self.start_menu_hide_sign_out);
        v.field(254usize, "start_menu_hide_sleep", &self.start_menu_hide_sleep);
        v.field(
            255usize,
            "start_menu_hide_switch_account",
            &self.start_menu_hide_switch_account,
        );
        v.field(256usize, "start_menu_hide_user_tile", &self.start_menu_hide_user_tile);
        v.field(
            257usize,
            "start_menu_layout_edge_assets_xml",
            &self.start_menu_layout_edge_assets_xml,
        );
        v.field(258usize, "start_menu_layout_xml", &self.start_menu_layout_xml);
        v.field(259usize, "start_menu_mode", &self.start_menu_mode);
        v.field(
            260usize,
            "start_menu_pinned_folder_documents",
            &self.start_menu_pinned_folder_documents,
        );
        v.field(
            261usize,
            "start_menu_pinned_folder_downloads",
            &self.start_menu_pinned_folder_downloads,
        );
        v.field(
            262usize,
            "start_menu_pinned_folder_file_explorer",
            &self.start_menu_pinned_folder_file_explorer,
        );
        v.field(
            263usize,
            "start_menu_pinned_folder_home_group",
            &self.start_menu_pinned_folder_home_group,
        );
        v.field(
            264usize,
            "start_menu_pinned_folder_music",
            &self.start_menu_pinned_folder_music,
        );
        v.field(
            265usize,
            "start_menu_pinned_folder_network",
            &self.start_menu_pinned_folder_network,
        );
        v.field(
            266usize,
            "start_menu_pinned_folder_personal_folder",
            &self.start_menu_pinned_folder_personal_folder,
        );
        v.field(
            267usize,
            "start_menu_pinned_folder_pictures",
            &self.start_menu_pinned_folder_pictures,
        );
        v.field(
            268usize,
            "start_menu_pinned_folder_settings",
            &self.start_menu_pinned_folder_settings,
        );
        v.field(
            269usize,
            "start_menu_pinned_folder_videos",
            &self.start_menu_pinned_folder_videos,
        );
        v.field(
            270usize,
            "storage_block_removable_storage",
            &self.storage_block_removable_storage,
        );
        v.field(
            271usize,
            "storage_require_mobile_device_encryption",
            &self.storage_require_mobile_device_encryption,
        );
        v.field(
            272usize,
            "storage_restrict_app_data_to_system_volume",
            &self.storage_restrict_app_data_to_system_volume,
        );
        v.field(
            273usize,
            "storage_restrict_app_install_to_system_volume",
            &self.storage_restrict_app_install_to_system_volume,
        );
        v.field(
            274usize,
            "system_telemetry_proxy_server",
            &self.system_telemetry_proxy_server,
        );
        v.field(
            275usize,
            "task_manager_block_end_task",
            &self.task_manager_block_end_task,
        );
        v.field(
            276usize,
            "tenant_lockdown_require_network_during_out_of_box_experience",
            &self.tenant_lockdown_require_network_during_out_of_box_experience,
        );
        v.field(277usize, "uninstall_built_in_apps", &self.uninstall_built_in_apps);
        v.field(278usize, "usb_blocked", &self.usb_blocked);
        v.field(279usize, "voice_recording_blocked", &self.voice_recording_blocked);
        v.field(
            280usize,
            "web_rtc_block_localhost_ip_address",
            &self.web_rtc_block_localhost_ip_address,
        );
        v.field(
            281usize,
            "wi_fi_block_automatic_connect_hotspots",
            &self.wi_fi_block_automatic_connect_hotspots,
        );
        v.field(282usize, "wi_fi_blocked", &self.wi_fi_blocked);
        v.field(
            283usize,
            "wi_fi_block_manual_configuration",
            &self.wi_fi_block_manual_configuration,
        );
        v.field(284usize, "wi_fi_scan_interval", &self.wi_fi_scan_interval);
        v.field(
            285usize,
            "windows10_apps_force_update_schedule",
            &self.windows10_apps_force_update_schedule,
        );
        v.field(
            286usize,
            "windows_spotlight_block_consumer_specific_features",
            &self.windows_spotlight_block_consumer_specific_features,
        );
        v.field(287usize, "windows_spotlight_blocked", &self.windows_spotlight_blocked);
        v.field(
            288usize,
            "windows_spotlight_block_on_action_center",
            &self.windows_spotlight_block_on_action_center,
        );
        v.field(
            289usize,
            "windows_spotlight_block_tailored_experiences",
            &self.windows_spotlight_block_tailored_experiences,
        );
        v.field(
            290usize,
            "windows_spotlight_block_third_party_notifications",
            &self.windows_spotlight_block_third_party_notifications,
        );
        v.field(
            291usize,
            "windows_spotlight_block_welcome_experience",
            &self.windows_spotlight_block_welcome_experience,
        );
        v.field(
            292usize,
            "windows_spotlight_block_windows_tips",
            &self.windows_spotlight_block_windows_tips,
        );
        v.field(
            293usize,
            "windows_spotlight_configure_on_lock_screen",
            &self.windows_spotlight_configure_on_lock_screen,
        );
        v.field(
            294usize,
            "windows_store_block_auto_update",
            &self.windows_store_block_auto_update,
        );
        v.field(295usize, "windows_store_blocked", &self.windows_store_blocked);
        v.field(
            296usize,
            "windows_store_enable_private_store_only",
            &self.windows_store_enable_private_store_only,
        );
        v.field(
            297usize,
            "wireless_display_block_projection_to_this_device",
            &self.wireless_display_block_projection_to_this_device,
        );
        v.field(
            298usize,
            "wireless_display_block_user_input_from_receiver",
            &self.wireless_display_block_user_input_from_receiver,
        );
        v.field(
            299usize,
            "wireless_display_require_pin_for_pairing",
            &self.wireless_display_require_pin_for_pairing,
        );
        v.field(300usize, "privacy_access_controls", &self.privacy_access_controls);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10GeneralConfiguration {
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
            19usize => self.activate_apps_with_voice.read_from(r),
            20usize => self.anti_theft_mode_blocked.read_from(r),
            21usize => {
                self.app_management_msi_allow_user_control_over_install.read_from(r)
            }
            22usize => {
                self.app_management_msi_always_install_with_elevated_privileges
                    .read_from(r)
            }
            23usize => {
                self.app_management_package_family_names_to_launch_after_log_on
                    .read_from(r)
            }
            24usize => self.apps_allow_trusted_apps_sideloading.read_from(r),
            25usize => self.apps_block_windows_store_originated_apps.read_from(r),
            26usize => self.authentication_allow_secondary_device.read_from(r),
            27usize => {
                self.authentication_preferred_azure_ad_tenant_domain_name.read_from(r)
            }
            28usize => self.authentication_web_sign_in.read_from(r),
            29usize => self.bluetooth_allowed_services.read_from(r),
            30usize => self.bluetooth_block_advertising.read_from(r),
            31usize => self.bluetooth_block_discoverable_mode.read_from(r),
            32usize => self.bluetooth_blocked.read_from(r),
            33usize => self.bluetooth_block_pre_pairing.read_from(r),
            34usize => self.bluetooth_block_prompted_proximal_connections.read_from(r),
            35usize => self.camera_blocked.read_from(r),
            36usize => self.cellular_block_data_when_roaming.read_from(r),
            37usize => self.cellular_block_vpn.read_from(r),
            38usize => self.cellular_block_vpn_when_roaming.read_from(r),
            39usize => self.cellular_data.read_from(r),
            40usize => {
                self.certificates_block_manual_root_certificate_installation.read_from(r)
            }
            41usize => self.configure_time_zone.read_from(r),
            42usize => self.connected_devices_service_blocked.read_from(r),
            43usize => self.copy_paste_blocked.read_from(r),
            44usize => self.cortana_blocked.read_from(r),
            45usize => self.cryptography_allow_fips_algorithm_policy.read_from(r),
            46usize => self.data_protection_block_direct_memory_access.read_from(r),
            47usize => self.defender_block_end_user_access.read_from(r),
            48usize => self.defender_block_on_access_protection.read_from(r),
            49usize => self.defender_cloud_block_level.read_from(r),
            50usize => self.defender_cloud_extended_timeout.read_from(r),
            51usize => self.defender_cloud_extended_timeout_in_seconds.read_from(r),
            52usize => {
                self.defender_days_before_deleting_quarantined_malware.read_from(r)
            }
            53usize => self.defender_detected_malware_actions.read_from(r),
            54usize => self.defender_disable_catchup_full_scan.read_from(r),
            55usize => self.defender_disable_catchup_quick_scan.read_from(r),
            56usize => self.defender_file_extensions_to_exclude.read_from(r),
            57usize => self.defender_files_and_folders_to_exclude.read_from(r),
            58usize => self.defender_monitor_file_activity.read_from(r),
            59usize => self.defender_potentially_unwanted_app_action.read_from(r),
            60usize => self.defender_potentially_unwanted_app_action_setting.read_from(r),
            61usize => self.defender_processes_to_exclude.read_from(r),
            62usize => self.defender_prompt_for_sample_submission.read_from(r),
            63usize => self.defender_require_behavior_monitoring.read_from(r),
            64usize => self.defender_require_cloud_protection.read_from(r),
            65usize => self.defender_require_network_inspection_system.read_from(r),
            66usize => self.defender_require_real_time_monitoring.read_from(r),
            67usize => self.defender_scan_archive_files.read_from(r),
            68usize => self.defender_scan_downloads.read_from(r),
            69usize => self.defender_scan_incoming_mail.read_from(r),
            70usize => {
                self.defender_scan_mapped_network_drives_during_full_scan.read_from(r)
            }
            71usize => self.defender_scan_max_cpu.read_from(r),
            72usize => self.defender_scan_network_files.read_from(r),
            73usize => self.defender_scan_removable_drives_during_full_scan.read_from(r),
            74usize => {
                self.defender_scan_scripts_loaded_in_internet_explorer.read_from(r)
            }
            75usize => self.defender_scan_type.read_from(r),
            76usize => self.defender_scheduled_quick_scan_time.read_from(r),
            77usize => self.defender_scheduled_scan_time.read_from(r),
            78usize => self.defender_schedule_scan_enable_low_cpu_priority.read_from(r),
            79usize => self.defender_signature_update_interval_in_hours.read_from(r),
            80usize => self.defender_submit_samples_consent_type.read_from(r),
            81usize => self.defender_system_scan_schedule.read_from(r),
            82usize => self.developer_unlock_setting.read_from(r),
            83usize => self.device_management_block_factory_reset_on_mobile.read_from(r),
            84usize => self.device_management_block_manual_unenroll.read_from(r),
            85usize => self.diagnostics_data_submission_mode.read_from(r),
            86usize => self.display_app_list_with_gdi_dpi_scaling_turned_off.read_from(r),
            87usize => self.display_app_list_with_gdi_dpi_scaling_turned_on.read_from(r),
            88usize => self.edge_allow_start_pages_modification.read_from(r),
            89usize => self.edge_block_access_to_about_flags.read_from(r),
            90usize => self.edge_block_address_bar_dropdown.read_from(r),
            91usize => self.edge_block_autofill.read_from(r),
            92usize => self.edge_block_compatibility_list.read_from(r),
            93usize => self.edge_block_developer_tools.read_from(r),
            94usize => self.edge_blocked.read_from(r),
            95usize => self.edge_block_edit_favorites.read_from(r),
            96usize => self.edge_block_extensions.read_from(r),
            97usize => self.edge_block_full_screen_mode.read_from(r),
            98usize => self.edge_block_in_private_browsing.read_from(r),
            99usize => self.edge_block_java_script.read_from(r),
            100usize => self.edge_block_live_tile_data_collection.read_from(r),
            101usize => self.edge_block_password_manager.read_from(r),
            102usize => self.edge_block_popups.read_from(r),
            103usize => self.edge_block_prelaunch.read_from(r),
            104usize => self.edge_block_printing.read_from(r),
            105usize => self.edge_block_saving_history.read_from(r),
            106usize => self.edge_block_search_engine_customization.read_from(r),
            107usize => self.edge_block_search_suggestions.read_from(r),
            108usize => self.edge_block_sending_do_not_track_header.read_from(r),
            109usize => {
                self.edge_block_sending_intranet_traffic_to_internet_explorer
                    .read_from(r)
            }
            110usize => self.edge_block_sideloading_extensions.read_from(r),
            111usize => self.edge_block_tab_preloading.read_from(r),
            112usize => self.edge_block_web_content_on_new_tab_page.read_from(r),
            113usize => self.edge_clear_browsing_data_on_exit.read_from(r),
            114usize => self.edge_cookie_policy.read_from(r),
            115usize => self.edge_disable_first_run_page.read_from(r),
            116usize => self.edge_enterprise_mode_site_list_location.read_from(r),
            117usize => self.edge_favorites_bar_visibility.read_from(r),
            118usize => self.edge_favorites_list_location.read_from(r),
            119usize => self.edge_first_run_url.read_from(r),
            120usize => self.edge_home_button_configuration.read_from(r),
            121usize => self.edge_home_button_configuration_enabled.read_from(r),
            122usize => self.edge_homepage_urls.read_from(r),
            123usize => self.edge_kiosk_mode_restriction.read_from(r),
            124usize => self.edge_kiosk_reset_after_idle_time_in_minutes.read_from(r),
            125usize => self.edge_new_tab_page_url.read_from(r),
            126usize => self.edge_opens_with.read_from(r),
            127usize => self.edge_prevent_certificate_error_override.read_from(r),
            128usize => self.edge_required_extension_package_family_names.read_from(r),
            129usize => self.edge_require_smart_screen.read_from(r),
            130usize => self.edge_search_engine.read_from(r),
            131usize => self.edge_send_intranet_traffic_to_internet_explorer.read_from(r),
            132usize => {
                self.edge_show_message_when_opening_internet_explorer_sites.read_from(r)
            }
            133usize => self.edge_sync_favorites_with_internet_explorer.read_from(r),
            134usize => self.edge_telemetry_for_microsoft365_analytics.read_from(r),
            135usize => self.enable_automatic_redeployment.read_from(r),
            136usize => self.energy_saver_on_battery_threshold_percentage.read_from(r),
            137usize => self.energy_saver_plugged_in_threshold_percentage.read_from(r),
            138usize => self.enterprise_cloud_print_discovery_end_point.read_from(r),
            139usize => self.enterprise_cloud_print_discovery_max_limit.read_from(r),
            140usize => {
                self.enterprise_cloud_print_mopria_discovery_resource_identifier
                    .read_from(r)
            }
            141usize => self.enterprise_cloud_print_o_auth_authority.read_from(r),
            142usize => self.enterprise_cloud_print_o_auth_client_identifier.read_from(r),
            143usize => self.enterprise_cloud_print_resource_identifier.read_from(r),
            144usize => self.experience_block_device_discovery.read_from(r),
            145usize => self.experience_block_error_dialog_when_no_sim.read_from(r),
            146usize => self.experience_block_task_switcher.read_from(r),
            147usize => self.experience_do_not_sync_browser_settings.read_from(r),
            148usize => self.find_my_files.read_from(r),
            149usize => self.game_dvr_blocked.read_from(r),
            150usize => self.ink_workspace_access.read_from(r),
            151usize => self.ink_workspace_access_state.read_from(r),
            152usize => self.ink_workspace_block_suggested_apps.read_from(r),
            153usize => self.internet_sharing_blocked.read_from(r),
            154usize => self.location_services_blocked.read_from(r),
            155usize => self.lock_screen_activate_apps_with_voice.read_from(r),
            156usize => self.lock_screen_allow_timeout_configuration.read_from(r),
            157usize => self.lock_screen_block_action_center_notifications.read_from(r),
            158usize => self.lock_screen_block_cortana.read_from(r),
            159usize => self.lock_screen_block_toast_notifications.read_from(r),
            160usize => self.lock_screen_timeout_in_seconds.read_from(r),
            161usize => self.logon_block_fast_user_switching.read_from(r),
            162usize => self.messaging_block_mms.read_from(r),
            163usize => self.messaging_block_rich_communication_services.read_from(r),
            164usize => self.messaging_block_sync.read_from(r),
            165usize => self.microsoft_account_blocked.read_from(r),
            166usize => self.microsoft_account_block_settings_sync.read_from(r),
            167usize => self.microsoft_account_sign_in_assistant_settings.read_from(r),
            168usize => self.network_proxy_apply_settings_device_wide.read_from(r),
            169usize => self.network_proxy_automatic_configuration_url.read_from(r),
            170usize => self.network_proxy_disable_auto_detect.read_from(r),
            171usize => self.network_proxy_server.read_from(r),
            172usize => self.nfc_blocked.read_from(r),
            173usize => self.one_drive_disable_file_sync.read_from(r),
            174usize => self.password_block_simple.read_from(r),
            175usize => self.password_expiration_days.read_from(r),
            176usize => self.password_minimum_age_in_days.read_from(r),
            177usize => self.password_minimum_character_set_count.read_from(r),
            178usize => self.password_minimum_length.read_from(r),
            179usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            180usize => self.password_previous_password_block_count.read_from(r),
            181usize => self.password_required.read_from(r),
            182usize => self.password_required_type.read_from(r),
            183usize => self.password_require_when_resume_from_idle_state.read_from(r),
            184usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            185usize => self.personalization_desktop_image_url.read_from(r),
            186usize => self.personalization_lock_screen_image_url.read_from(r),
            187usize => self.power_button_action_on_battery.read_from(r),
            188usize => self.power_button_action_plugged_in.read_from(r),
            189usize => self.power_hybrid_sleep_on_battery.read_from(r),
            190usize => self.power_hybrid_sleep_plugged_in.read_from(r),
            191usize => self.power_lid_close_action_on_battery.read_from(r),
            192usize => self.power_lid_close_action_plugged_in.read_from(r),
            193usize => self.power_sleep_button_action_on_battery.read_from(r),
            194usize => self.power_sleep_button_action_plugged_in.read_from(r),
            195usize => self.printer_block_addition.read_from(r),
            196usize => self.printer_default_name.read_from(r),
            197usize => self.printer_names.read_from(r),
            198usize => self.privacy_advertising_id.read_from(r),
            199usize => self.privacy_auto_accept_pairing_and_consent_prompts.read_from(r),
            200usize => self.privacy_block_activity_feed.read_from(r),
            201usize => self.privacy_block_input_personalization.read_from(r),
            202usize => self.privacy_block_publish_user_activities.read_from(r),
            203usize => self.privacy_disable_launch_experience.read_from(r),
            204usize => self.reset_protection_mode_blocked.read_from(r),
            205usize => self.safe_search_filter.read_from(r),
            206usize => self.screen_capture_blocked.read_from(r),
            207usize => self.search_block_diacritics.read_from(r),
            208usize => self.search_block_web_results.read_from(r),
            209usize => self.search_disable_auto_language_detection.read_from(r),
            210usize => self.search_disable_indexer_backoff.read_from(r),
            211usize => self.search_disable_indexing_encrypted_items.read_from(r),
            212usize => self.search_disable_indexing_removable_drive.read_from(r),
            213usize => self.search_disable_location.read_from(r),
            214usize => self.search_disable_use_location.read_from(r),
            215usize => self.search_enable_automatic_index_size_manangement.read_from(r),
            216usize => self.search_enable_remote_queries.read_from(r),
            217usize => {
                self.security_block_azure_ad_joined_devices_auto_encryption.read_from(r)
            }
            218usize => self.settings_block_accounts_page.read_from(r),
            219usize => self.settings_block_add_provisioning_package.read_from(r),
            220usize => self.settings_block_apps_page.read_from(r),
            221usize => self.settings_block_change_language.read_from(r),
            222usize => self.settings_block_change_power_sleep.read_from(r),
            223usize => self.settings_block_change_region.read_from(r),
            224usize => self.settings_block_change_system_time.read_from(r),
            225usize => self.settings_block_devices_page.read_from(r),
            226usize => self.settings_block_ease_of_access_page.read_from(r),
            227usize => self.settings_block_edit_device_name.read_from(r),
            228usize => self.settings_block_gaming_page.read_from(r),
            229usize => self.settings_block_network_internet_page.read_from(r),
            230usize => self.settings_block_personalization_page.read_from(r),
            231usize => self.settings_block_privacy_page.read_from(r),
            232usize => self.settings_block_remove_provisioning_package.read_from(r),
            233usize => self.settings_block_settings_app.read_from(r),
            234usize => self.settings_block_system_page.read_from(r),
            235usize => self.settings_block_time_language_page.read_from(r),
            236usize => self.settings_block_update_security_page.read_from(r),
            237usize => self.shared_user_app_data_allowed.read_from(r),
            238usize => self.smart_screen_app_install_control.read_from(r),
            239usize => self.smart_screen_block_prompt_override.read_from(r),
            240usize => self.smart_screen_block_prompt_override_for_files.read_from(r),
            241usize => self.smart_screen_enable_app_install_control.read_from(r),
            242usize => self.start_block_unpinning_apps_from_taskbar.read_from(r),
            243usize => self.start_menu_app_list_visibility.read_from(r),
            244usize => self.start_menu_hide_change_account_settings.read_from(r),
            245usize => self.start_menu_hide_frequently_used_apps.read_from(r),
            246usize => self.start_menu_hide_hibernate.read_from(r),
            247usize => self.start_menu_hide_lock.read_from(r),
            248usize => self.start_menu_hide_power_button.read_from(r),
            249usize => self.start_menu_hide_recent_jump_lists.read_from(r),
            250usize => self.start_menu_hide_recently_added_apps.read_from(r),
            251usize => self.start_menu_hide_restart_options.read_from(r),
            252usize => self.start_menu_hide_shut_down.read_from(r),
            253usize => self.start_menu_hide_sign_out.read_from(r),
            254usize => self.start_menu_hide_sleep.read_from(r),
            255usize => self.start_menu_hide_switch_account.read_from(r),
            256usize => self.start_menu_hide_user_tile.read_from(r),
            257usize => self.start_menu_layout_edge_assets_xml.read_from(r),
            258usize => self.start_menu_layout_xml.read_from(r),
            259usize => self.start_menu_mode.read_from(r),
            260usize => self.start_menu_pinned_folder_documents.read_from(r),
            261usize => self.start_menu_pinned_folder_downloads.read_from(r),
            262usize => self.start_menu_pinned_folder_file_explorer.read_from(r),
            263usize => self.start_menu_pinned_folder_home_group.read_from(r),
            264usize => self.start_menu_pinned_folder_music.read_from(r),
            265usize => self.start_menu_pinned_folder_network.read_from(r),
            266usize => self.start_menu_pinned_folder_personal_folder.read_from(r),
            267usize => self.start_menu_pinned_folder_pictures.read_from(r),
            268usize => self.start_menu_pinned_folder_settings.read_from(r),
            269usize => self.start_menu_pinned_folder_videos.read_from(r),
            270usize => self.storage_block_removable_storage.read_from(r),
            271usize => self.storage_require_mobile_device_encryption.read_from(r),
            272usize => self.storage_restrict_app_data_to_system_volume.read_from(r),
            273usize => self.storage_restrict_app_install_to_system_volume.read_from(r),
            274usize => self.system_telemetry_proxy_server.read_from(r),
            275usize => self.task_manager_block_end_task.read_from(r),
            276usize => {
                self.tenant_lockdown_require_network_during_out_of_box_experience
                    .read_from(r)
            }
            277usize => self.uninstall_built_in_apps.read_from(r),
            278usize => self.usb_blocked.read_from(r),
            279usize => self.voice_recording_blocked.read_from(r),
            280usize => self.web_rtc_block_localhost_ip_address.read_from(r),
            281usize => self.wi_fi_block_automatic_connect_hotspots.read_from(r),
            282usize => self.wi_fi_blocked.read_from(r),
            283usize => self.wi_fi_block_manual_configuration.read_from(r),
            284usize => self.wi_fi_scan_interval.read_from(r),
            285usize => self.windows10_apps_force_update_schedule.read_from(r),
            286usize => {
                self.windows_spotlight_block_consumer_specific_features.read_from(r)
            }
            287usize => self.windows_spotlight_blocked.read_from(r),
            288usize => self.windows_spotlight_block_on_action_center.read_from(r),
            289usize => self.windows_spotlight_block_tailored_experiences.read_from(r),
            290usize => {
                self.windows_spotlight_block_third_party_notifications.read_from(r)
            }
            291usize => self.windows_spotlight_block_welcome_experience.read_from(r),
            292usize => self.windows_spotlight_block_windows_tips.read_from(r),
            293usize => self.windows_spotlight_configure_on_lock_screen.read_from(r),
            294usize => self.windows_store_block_auto_update.read_from(r),
            295usize => self.windows_store_blocked.read_from(r),
            296usize => self.windows_store_enable_private_store_only.read_from(r),
            297usize => {
                self.wireless_display_block_projection_to_this_device.read_from(r)
            }
            298usize => self.wireless_display_block_user_input_from_receiver.read_from(r),
            299usize => self.wireless_display_require_pin_for_pairing.read_from(r),
            300usize => self.privacy_access_controls.read_from(r),
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
        w.field(19usize, &self.activate_apps_with_voice);
        w.field(20usize, &self.anti_theft_mode_blocked);
        w.field(21usize, &self.app_management_msi_allow_user_control_over_install);
        w.field(
            22usize,
            &self.app_management_msi_always_install_with_elevated_privileges,
        );
        w.field(
            23usize,
            &self.app_management_package_family_names_to_launch_after_log_on,
        );
        w.field(24usize, &self.apps_allow_trusted_apps_sideloading);
        w.field(25usize, &self.apps_block_windows_store_originated_apps);
        w.field(26usize, &self.authentication_allow_secondary_device);
        w.field(27usize, &self.authentication_preferred_azure_ad_tenant_domain_name);
        w.field(28usize, &self.authentication_web_sign_in);
        w.field(29usize, &self.bluetooth_allowed_services);
        w.field(30usize, &self.bluetooth_block_advertising);
        w.field(31usize, &self.bluetooth_block_discoverable_mode);
        w.field(32usize, &self.bluetooth_blocked);
        w.field(33usize, &self.bluetooth_block_pre_pairing);
        w.field(34usize, &self.bluetooth_block_prompted_proximal_connections);
        w.field(35usize, &self.camera_blocked);
        w.field(36usize, &self.cellular_block_data_when_roaming);
        w.field(37usize, &self.cellular_block_vpn);
        w.field(38usize, &self.cellular_block_vpn_when_roaming);
        w.field(39usize, &self.cellular_data);
        w.field(40usize, &self.certificates_block_manual_root_certificate_installation);
        w.field(41usize, &self.configure_time_zone);
        w.field(42usize, &self.connected_devices_service_blocked);
        w.field(43usize, &self.copy_paste_blocked);
        w.field(44usize, &self.cortana_blocked);
        w.field(45usize, &self.cryptography_allow_fips_algorithm_policy);
        w.field(46usize, &self.data_protection_block_direct_memory_access);
        w.field(47usize, &self.defender_block_end_user_access);
        w.field(48usize, &self.defender_block_on_access_protection);
        w.field(49usize, &self.defender_cloud_block_level);
        w.field(50usize, &self.defender_cloud_extended_timeout);
        w.field(51usize, &self.defender_cloud_extended_timeout_in_seconds);
        w.field(52usize, &self.defender_days_before_deleting_quarantined_malware);
        w.field(53usize, &self.defender_detected_malware_actions);
        w.field(54usize, &self.defender_disable_catchup_full_scan);
        w.field(55usize, &self.defender_disable_catchup_quick_scan);
        w.field(56usize, &self.defender_file_extensions_to_exclude);
        w.field(57usize, &self.defender_files_and_folders_to_exclude);
        w.field(58usize, &self.defender_monitor_file_activity);
        w.field(59usize, &self.defender_potentially_unwanted_app_action);
        w.field(60usize, &self.defender_potentially_unwanted_app_action_setting);
        w.field(61usize, &self.defender_processes_to_exclude);
        w.field(62usize, &self.defender_prompt_for_sample_submission);
        w.field(63usize, &self.defender_require_behavior_monitoring);
        w.field(64usize, &self.defender_require_cloud_protection);
        w.field(65usize, &self.defender_require_network_inspection_system);
        w.field(66usize, &self.defender_require_real_time_monitoring);
        w.field(67usize, &self.defender_scan_archive_files);
        w.field(68usize, &self.defender_scan_downloads);
        w.field(69usize, &self.defender_scan_incoming_mail);
        w.field(70usize, &self.defender_scan_mapped_network_drives_during_full_scan);
        w.field(71usize, &self.defender_scan_max_cpu);
        w.field(72usize, &self.defender_scan_network_files);
        w.field(73usize, &self.defender_scan_removable_drives_during_full_scan);
        w.field(74usize, &self.defender_scan_scripts_loaded_in_internet_explorer);
        w.field(75usize, &self.defender_scan_type);
        w.field(76usize, &self.defender_scheduled_quick_scan_time);
        w.field(77usize, &self.defender_scheduled_scan_time);
        w.field(78usize, &self.defender_schedule_scan_enable_low_cpu_priority);
        w.field(79usize, &self.defender_signature_update_interval_in_hours);
        w.field(80usize, &self.defender_submit_samples_consent_type);
        w.field(81usize, &self.defender_system_scan_schedule);
        w.field(82usize, &self.developer_unlock_setting);
        w.field(83usize, &self.device_management_block_factory_reset_on_mobile);
        w.field(84usize, &self.device_management_block_manual_unenroll);
        w.field(85usize, &self.diagnostics_data_submission_mode);
        w.field(86usize, &self.display_app_list_with_gdi_dpi_scaling_turned_off);
        w.field(87usize, &self.display_app_list_with_gdi_dpi_scaling_turned_on);
        w.field(88usize, &self.edge_allow_start_pages_modification);
        w.field(89usize, &self.edge_block_access_to_about_flags);
        w.field(90usize, &self.edge_block_address_bar_dropdown);
        w.field(91usize, &self.edge_block_autofill);
        w.field(92usize, &self.edge_block_compatibility_list);
        w.field(93usize, &self.edge_block_developer_tools);
        w.field(94usize, &self.edge_blocked);
        w.field(95usize, &self.edge_block_edit_favorites);
        w.field(96usize, &self.edge_block_extensions);
        w.field(97usize, &self.edge_block_full_screen_mode);
        w.field(98usize, &self.edge_block_in_private_browsing);
        w.field(99usize, &self.edge_block_java_script);
        w.field(100usize, &self.edge_block_live_tile_data_collection);
        w.field(101usize, &self.edge_block_password_manager);
        w.field(102usize, &self.edge_block_popups);
        w.field(103usize, &self.edge_block_prelaunch);
        w.field(104usize, &self.edge_block_printing);
        w.field(105usize, &self.edge_block_saving_history);
        w.field(106usize, &self.edge_block_search_engine_customization);
        w.field(107usize, &self.edge_block_search_suggestions);
        w.field(108usize, &self.edge_block_sending_do_not_track_header);
        w.field(
            109usize,
            &self.edge_block_sending_intranet_traffic_to_internet_explorer,
        );
        w.field(110usize, &self.edge_block_sideloading_extensions);
        w.field(111usize, &self.edge_block_tab_preloading);
        w.field(112usize, &self.edge_block_web_content_on_new_tab_page);
        w.field(113usize, &self.edge_clear_browsing_data_on_exit);
        w.field(114usize, &self.edge_cookie_policy);
        w.field(115usize, &self.edge_disable_first_run_page);
        w.field(116usize, &self.edge_enterprise_mode_site_list_location);
        w.field(117usize, &self.edge_favorites_bar_visibility);
        w.field(118usize, &self.edge_favorites_list_location);
        w.field(119usize, &self.edge_first_run_url);
        w.field(120usize, &self.edge_home_button_configuration);
        w.field(121usize, &self.edge_home_button_configuration_enabled);
        w.field(122usize, &self.edge_homepage_urls);
        w.field(123usize, &self.edge_kiosk_mode_restriction);
        w.field(124usize, &self.edge_kiosk_reset_after_idle_time_in_minutes);
        w.field(125usize, &self.edge_new_tab_page_url);
        w.field(126usize, &self.edge_opens_with);
        w.field(127usize, &self.edge_prevent_certificate_error_override);
        w.field(128usize, &self.edge_required_extension_package_family_names);
        w.field(129usize, &self.edge_require_smart_screen);
        w.field(130usize, &self.edge_search_engine);
        w.field(131usize, &self.edge_send_intranet_traffic_to_internet_explorer);
        w.field(132usize, &self.edge_show_message_when_opening_internet_explorer_sites);
        w.field(133usize, &self.edge_sync_favorites_with_internet_explorer);
        w.field(134usize, &self.edge_telemetry_for_microsoft365_analytics);
        w.field(135usize, &self.enable_automatic_redeployment);
        w.field(136usize, &self.energy_saver_on_battery_threshold_percentage);
        w.field(137usize, &self.energy_saver_plugged_in_threshold_percentage);
        w.field(138usize, &self.enterprise_cloud_print_discovery_end_point);
        w.field(139usize, &self.enterprise_cloud_print_discovery_max_limit);
        w.field(
            140usize,
            &self.enterprise_cloud_print_mopria_discovery_resource_identifier,
        );
        w.field(141usize, &self.enterprise_cloud_print_o_auth_authority);
        w.field(142usize, &self.enterprise_cloud_print_o_auth_client_identifier);
        w.field(143usize, &self.enterprise_cloud_print_resource_identifier);
        w.field(144usize, &self.experience_block_device_discovery);
        w.field(145usize, &self.experience_block_error_dialog_when_no_sim);
        w.field(146usize, &self.experience_block_task_switcher);
        w.field(147usize, &self.experience_do_not_sync_browser_settings);
        w.field(148usize, &self.find_my_files);
        w.field(149usize, &self.game_dvr_blocked);
        w.field(150usize, &self.ink_workspace_access);
        w.field(151usize, &self.ink_workspace_access_state);
        w.field(152usize, &self.ink_workspace_block_suggested_apps);
        w.field(153usize, &self.internet_sharing_blocked);
        w.field(154usize, &self.location_services_blocked);
        w.field(155usize, &self.lock_screen_activate_apps_with_voice);
        w.field(156usize, &self.lock_screen_allow_timeout_configuration);
        w.field(157usize, &self.lock_screen_block_action_center_notifications);
        w.field(158usize, &self.lock_screen_block_cortana);
        w.field(159usize, &self.lock_screen_block_toast_notifications);
        w.field(160usize, &self.lock_screen_timeout_in_seconds);
        w.field(161usize, &self.logon_block_fast_user_switching);
        w.field(162usize, &self.messaging_block_mms);
        w.field(163usize, &self.messaging_block_rich_communication_services);
        w.field(164usize, &self.messaging_block_sync);
        w.field(165usize, &self.microsoft_account_blocked);
        w.field(166usize, &self.microsoft_account_block_settings_sync);
        w.field(167usize, &self.microsoft_account_sign_in_assistant_settings);
        w.field(168usize, &self.network_proxy_apply_settings_device_wide);
        w.field(169usize, &self.network_proxy_automatic_configuration_url);
        w.field(170usize, &self.network_proxy_disable_auto_detect);
        w.field(171usize, &self.network_proxy_server);
        w.field(172usize, &self.nfc_blocked);
        w.field(173usize, &self.one_drive_disable_file_sync);
        w.field(174usize, &self.password_block_simple);
        w.field(175usize, &self.password_expiration_days);
        w.field(176usize, &self.password_minimum_age_in_days);
        w.field(177usize, &self.password_minimum_character_set_count);
        w.field(178usize, &self.password_minimum_length);
        w.field(179usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(180usize, &self.password_previous_password_block_count);
        w.field(181usize, &self.password_required);
        w.field(182usize, &self.password_required_type);
        w.field(183usize, &self.password_require_when_resume_from_idle_state);
        w.field(184usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(185usize, &self.personalization_desktop_image_url);
        w.field(186usize, &self.personalization_lock_screen_image_url);
        w.field(187usize, &self.power_button_action_on_battery);
        w.field(188usize, &self.power_button_action_plugged_in);
        w.field(189usize, &self.power_hybrid_sleep_on_battery);
        w.field(190usize, &self.power_hybrid_sleep_plugged_in);
        w.field(191usize, &self.power_lid_close_action_on_battery);
        w.field(192usize, &self.power_lid_close_action_plugged_in);
        w.field(193usize, &self.power_sleep_button_action_on_battery);
        w.field(194usize, &self.power_sleep_button_action_plugged_in);
        w.field(195usize, &self.printer_block_addition);
        w.field(196usize, &self.printer_default_name);
        w.field(197usize, &self.printer_names);
        w.field(198usize, &self.privacy_advertising_id);
        w.field(199usize, &self.privacy_auto_accept_pairing_and_consent_prompts);
        w.field(200usize, &self.privacy_block_activity_feed);
        w.field(201usize, &self.privacy_block_input_personalization);
        w.field(202usize, &self.privacy_block_publish_user_activities);
        w.field(203usize, &self.privacy_disable_launch_experience);
        w.field(204usize, &self.reset_protection_mode_blocked);
        w.field(205usize, &self.safe_search_filter);
        w.field(206usize, &self.screen_capture_blocked);
        w.field(207usize, &self.search_block_diacritics);
        w.field(208usize, &self.search_block_web_results);
        w.field(209usize, &self.search_disable_auto_language_detection);
        w.field(210usize, &self.search_disable_indexer_backoff);
        w.field(211usize, &self.search_disable_indexing_encrypted_items);
        w.field(212usize, &self.search_disable_indexing_removable_drive);
        w.field(213usize, &self.search_disable_location);
        w.field(214usize, &self.search_disable_use_location);
        w.field(215usize, &self.search_enable_automatic_index_size_manangement);
        w.field(216usize, &self.search_enable_remote_queries);
        w.field(217usize, &self.security_block_azure_ad_joined_devices_auto_encryption);
        w.field(218usize, &self.settings_block_accounts_page);
        w.field(219usize, &self.settings_block_add_provisioning_package);
        w.field(220usize, &self.settings_block_apps_page);
        w.field(221usize, &self.settings_block_change_language);
        w.field(222usize, &self.settings_block_change_power_sleep);
        w.field(223usize, &self.settings_block_change_region);
        w.field(224usize, &self.settings_block_change_system_time);
        w.field(225usize, &self.settings_block_devices_page);
        w.field(226usize, &self.settings_block_ease_of_access_page);
        w.field(227usize, &self.settings_block_edit_device_name);
        w.field(228usize, &self.settings_block_gaming_page);
        w.field(229usize, &self.settings_block_network_internet_page);
        w.field(230usize, &self.settings_block_personalization_page);
        w.field(231usize, &self.settings_block_privacy_page);
        w.field(232usize, &self.settings_block_remove_provisioning_package);
        w.field(233usize, &self.settings_block_settings_app);
        w.field(234usize, &self.settings_block_system_page);
        w.field(235usize, &self.settings_block_time_language_page);
        w.field(236usize, &self.settings_block_update_security_page);
        w.field(237usize, &self.shared_user_app_data_allowed);
        w.field(238usize, &self.smart_screen_app_install_control);
        w.field(239usize, &self.smart_screen_block_prompt_override);
        w.field(240usize, &self.smart_screen_block_prompt_override_for_files);
        w.field(241usize, &self.smart_screen_enable_app_install_control);
        w.field(242usize, &self.start_block_unpinning_apps_from_taskbar);
        w.field(243usize, &self.start_menu_app_list_visibility);
        w.field(244usize, &self.start_menu_hide_change_account_settings);
        w.field(245usize, &self.start_menu_hide_frequently_used_apps);
        w.field(246usize, &self.start_menu_hide_hibernate);
        w.field(247usize, &self.start_menu_hide_lock);
        w.field(248usize, &self.start_menu_hide_power_button);
        w.field(249usize, &self.start_menu_hide_recent_jump_lists);
        w.field(250usize, &self.start_menu_hide_recently_added_apps);
        w.field(251usize, &self.start_menu_hide_restart_options);
        w.field(252usize, &self.start_menu_hide_shut_down);
        w.field(253usize, &self.start_menu_hide_sign_out);
        w.field(254usize, &self.start_menu_hide_sleep);
        w.field(255usize, &self.start_menu_hide_switch_account);
        w.field(256usize, &self.start_menu_hide_user_tile);
        w.field(257usize, &self.start_menu_layout_edge_assets_xml);
        w.field(258usize, &self.start_menu_layout_xml);
        w.field(259usize, &self.start_menu_mode);
        w.field(260usize, &self.start_menu_pinned_folder_documents);
        w.field(261usize, &self.start_menu_pinned_folder_downloads);
        w.field(262usize, &self.start_menu_pinned_folder_file_explorer);
        w.field(263usize, &self.start_menu_pinned_folder_home_group);
        w.field(264usize, &self.start_menu_pinned_folder_music);
        w.field(265usize, &self.start_menu_pinned_folder_network);
        w.field(266usize, &self.start_menu_pinned_folder_personal_folder);
        w.field(267usize, &self.start_menu_pinned_folder_pictures);
        w.field(268usize, &self.start_menu_pinned_folder_settings);
        w.field(269usize, &self.start_menu_pinned_folder_videos);
        w.field(270usize, &self.storage_block_removable_storage);
        w.field(271usize, &self.storage_require_mobile_device_encryption);
        w.field(272usize, &self.storage_restrict_app_data_to_system_volume);
        w.field(273usize, &self.storage_restrict_app_install_to_system_volume);
        w.field(274usize, &self.system_telemetry_proxy_server);
        w.field(275usize, &self.task_manager_block_end_task);
        w.field(
            276usize,
            &self.tenant_lockdown_require_network_during_out_of_box_experience,
        );
        w.field(277usize, &self.uninstall_built_in_apps);
        w.field(278usize, &self.usb_blocked);
        w.field(279usize, &self.voice_recording_blocked);
        w.field(280usize, &self.web_rtc_block_localhost_ip_address);
        w.field(281usize, &self.wi_fi_block_automatic_connect_hotspots);
        w.field(282usize, &self.wi_fi_blocked);
        w.field(283usize, &self.wi_fi_block_manual_configuration);
        w.field(284usize, &self.wi_fi_scan_interval);
        w.field(285usize, &self.windows10_apps_force_update_schedule);
        w.field(286usize, &self.windows_spotlight_block_consumer_specific_features);
        w.field(287usize, &self.windows_spotlight_blocked);
        w.field(288usize, &self.windows_spotlight_block_on_action_center);
        w.field(289usize, &self.windows_spotlight_block_tailored_experiences);
        w.field(290usize, &self.windows_spotlight_block_third_party_notifications);
        w.field(291usize, &self.windows_spotlight_block_welcome_experience);
        w.field(292usize, &self.windows_spotlight_block_windows_tips);
        w.field(293usize, &self.windows_spotlight_configure_on_lock_screen);
        w.field(294usize, &self.windows_store_block_auto_update);
        w.field(295usize, &self.windows_store_blocked);
        w.field(296usize, &self.windows_store_enable_private_store_only);
        w.field(297usize, &self.wireless_display_block_projection_to_this_device);
        w.field(298usize, &self.wireless_display_block_user_input_from_receiver);
        w.field(299usize, &self.wireless_display_require_pin_for_pairing);
        w.field(300usize, &self.privacy_access_controls);
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
rt::impl_object!(Windows10GeneralConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10GeneralConfiguration { with_id id : ::std::string::String;
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
    with_activate_apps_with_voice activate_apps_with_voice : crate ::beta::Enablement;
    with_anti_theft_mode_blocked anti_theft_mode_blocked : bool;
    with_app_management_msi_allow_user_control_over_install
    app_management_msi_allow_user_control_over_install : bool;
    with_app_management_msi_always_install_with_elevated_privileges
    app_management_msi_always_install_with_elevated_privileges : bool;
    with_app_management_package_family_names_to_launch_after_log_on
    app_management_package_family_names_to_launch_after_log_on : ::std::vec::Vec <
    ::std::string::String >; with_apps_allow_trusted_apps_sideloading
    apps_allow_trusted_apps_sideloading : crate ::beta::StateManagementSetting;
    with_apps_block_windows_store_originated_apps
    apps_block_windows_store_originated_apps : bool;
    with_authentication_allow_secondary_device authentication_allow_secondary_device :
    bool; with_authentication_preferred_azure_ad_tenant_domain_name
    authentication_preferred_azure_ad_tenant_domain_name : ::std::string::String;
    with_authentication_web_sign_in authentication_web_sign_in : crate
    ::beta::Enablement; with_bluetooth_allowed_services bluetooth_allowed_services :
    ::std::vec::Vec < ::std::string::String >; with_bluetooth_block_advertising
    bluetooth_block_advertising : bool; with_bluetooth_block_discoverable_mode
    bluetooth_block_discoverable_mode : bool; with_bluetooth_blocked bluetooth_blocked :
    bool; with_bluetooth_block_pre_pairing bluetooth_block_pre_pairing : bool;
    with_bluetooth_block_prompted_proximal_connections
    bluetooth_block_prompted_proximal_connections : bool; with_camera_blocked
    camera_blocked : bool; with_cellular_block_data_when_roaming
    cellular_block_data_when_roaming : bool; with_cellular_block_vpn cellular_block_vpn :
    bool; with_cellular_block_vpn_when_roaming cellular_block_vpn_when_roaming : bool;
    with_cellular_data cellular_data : crate ::beta::ConfigurationUsage;
    with_certificates_block_manual_root_certificate_installation
    certificates_block_manual_root_certificate_installation : bool;
    with_configure_time_zone configure_time_zone : ::std::string::String;
    with_connected_devices_service_blocked connected_devices_service_blocked : bool;
    with_copy_paste_blocked copy_paste_blocked : bool; with_cortana_blocked
    cortana_blocked : bool; with_cryptography_allow_fips_algorithm_policy
    cryptography_allow_fips_algorithm_policy : bool;
    with_data_protection_block_direct_memory_access
    data_protection_block_direct_memory_access : bool;
    with_defender_block_end_user_access defender_block_end_user_access : bool;
    with_defender_block_on_access_protection defender_block_on_access_protection : bool;
    with_defender_cloud_block_level defender_cloud_block_level : crate
    ::beta::DefenderCloudBlockLevelType; with_defender_cloud_extended_timeout
    defender_cloud_extended_timeout : i32;
    with_defender_cloud_extended_timeout_in_seconds
    defender_cloud_extended_timeout_in_seconds : i32;
    with_defender_days_before_deleting_quarantined_malware
    defender_days_before_deleting_quarantined_malware : i32;
    with_defender_detected_malware_actions defender_detected_malware_actions : crate
    ::beta::DefenderDetectedMalwareActions; with_defender_disable_catchup_full_scan
    defender_disable_catchup_full_scan : bool; with_defender_disable_catchup_quick_scan
    defender_disable_catchup_quick_scan : bool; with_defender_file_extensions_to_exclude
    defender_file_extensions_to_exclude : ::std::vec::Vec < ::std::string::String >;
    with_defender_files_and_folders_to_exclude defender_files_and_folders_to_exclude :
    ::std::vec::Vec < ::std::string::String >; with_defender_monitor_file_activity
    defender_monitor_file_activity : crate ::beta::DefenderMonitorFileActivity;
    with_defender_potentially_unwanted_app_action
    defender_potentially_unwanted_app_action : crate
    ::beta::DefenderPotentiallyUnwantedAppAction;
    with_defender_potentially_unwanted_app_action_setting
    defender_potentially_unwanted_app_action_setting : crate
    ::beta::DefenderProtectionType; with_defender_processes_to_exclude
    defender_processes_to_exclude : ::std::vec::Vec < ::std::string::String >;
    with_defender_prompt_for_sample_submission defender_prompt_for_sample_submission :
    crate ::beta::DefenderPromptForSampleSubmission;
    with_defender_require_behavior_monitoring defender_require_behavior_monitoring :
    bool; with_defender_require_cloud_protection defender_require_cloud_protection :
    bool; with_defender_require_network_inspection_system
    defender_require_network_inspection_system : bool;
    with_defender_require_real_time_monitoring defender_require_real_time_monitoring :
    bool; with_defender_scan_archive_files defender_scan_archive_files : bool;
    with_defender_scan_downloads defender_scan_downloads : bool;
    with_defender_scan_incoming_mail defender_scan_incoming_mail : bool;
    with_defender_scan_mapped_network_drives_during_full_scan
    defender_scan_mapped_network_drives_during_full_scan : bool;
    with_defender_scan_max_cpu defender_scan_max_cpu : i32;
    with_defender_scan_network_files defender_scan_network_files : bool;
    with_defender_scan_removable_drives_during_full_scan
    defender_scan_removable_drives_during_full_scan : bool;
    with_defender_scan_scripts_loaded_in_internet_explorer
    defender_scan_scripts_loaded_in_internet_explorer : bool; with_defender_scan_type
    defender_scan_type : crate ::beta::DefenderScanType;
    with_defender_scheduled_quick_scan_time defender_scheduled_quick_scan_time :
    rt::edm::TimeOfDay; with_defender_scheduled_scan_time defender_scheduled_scan_time :
    rt::edm::TimeOfDay; with_defender_schedule_scan_enable_low_cpu_priority
    defender_schedule_scan_enable_low_cpu_priority : bool;
    with_defender_signature_update_interval_in_hours
    defender_signature_update_interval_in_hours : i32;
    with_defender_submit_samples_consent_type defender_submit_samples_consent_type :
    crate ::beta::DefenderSubmitSamplesConsentType; with_defender_system_scan_schedule
    defender_system_scan_schedule : crate ::beta::WeeklySchedule;
    with_developer_unlock_setting developer_unlock_setting : crate
    ::beta::StateManagementSetting; with_device_management_block_factory_reset_on_mobile
    device_management_block_factory_reset_on_mobile : bool;
    with_device_management_block_manual_unenroll device_management_block_manual_unenroll
    : bool; with_diagnostics_data_submission_mode diagnostics_data_submission_mode :
    crate ::beta::DiagnosticDataSubmissionMode;
    with_display_app_list_with_gdi_dpi_scaling_turned_off
    display_app_list_with_gdi_dpi_scaling_turned_off : ::std::vec::Vec <
    ::std::string::String >; with_display_app_list_with_gdi_dpi_scaling_turned_on
    display_app_list_with_gdi_dpi_scaling_turned_on : ::std::vec::Vec <
    ::std::string::String >; with_edge_allow_start_pages_modification
    edge_allow_start_pages_modification : bool; with_edge_block_access_to_about_flags
    edge_block_access_to_about_flags : bool; with_edge_block_address_bar_dropdown
    edge_block_address_bar_dropdown : bool; with_edge_block_autofill edge_block_autofill
    : bool; with_edge_block_compatibility_list edge_block_compatibility_list : bool;
    with_edge_block_developer_tools edge_block_developer_tools : bool; with_edge_blocked
    edge_blocked : bool; with_edge_block_edit_favorites edge_block_edit_favorites : bool;
    with_edge_block_extensions edge_block_extensions : bool;
    with_edge_block_full_screen_mode edge_block_full_screen_mode : bool;
    with_edge_block_in_private_browsing edge_block_in_private_browsing : bool;
    with_edge_block_java_script edge_block_java_script : bool;
    with_edge_block_live_tile_data_collection edge_block_live_tile_data_collection :
    bool; with_edge_block_password_manager edge_block_password_manager : bool;
    with_edge_block_popups edge_block_popups : bool; with_edge_block_prelaunch
    edge_block_prelaunch : bool; with_edge_block_printing edge_block_printing : bool;
    with_edge_block_saving_history edge_block_saving_history : bool;
    with_edge_block_search_engine_customization edge_block_search_engine_customization :
    bool; with_edge_block_search_suggestions edge_block_search_suggestions : bool;
    with_edge_block_sending_do_not_track_header edge_block_sending_do_not_track_header :
    bool; with_edge_block_sending_intranet_traffic_to_internet_explorer
    edge_block_sending_intranet_traffic_to_internet_explorer : bool;
    with_edge_block_sideloading_extensions edge_block_sideloading_extensions : bool;
    with_edge_block_tab_preloading edge_block_tab_preloading : bool;
    with_edge_block_web_content_on_new_tab_page edge_block_web_content_on_new_tab_page :
    bool; with_edge_clear_browsing_data_on_exit edge_clear_browsing_data_on_exit : bool;
    with_edge_cookie_policy edge_cookie_policy : crate ::beta::EdgeCookiePolicy;
    with_edge_disable_first_run_page edge_disable_first_run_page : bool;
    with_edge_enterprise_mode_site_list_location edge_enterprise_mode_site_list_location
    : ::std::string::String; with_edge_favorites_bar_visibility
    edge_favorites_bar_visibility : crate ::beta::VisibilitySetting;
    with_edge_favorites_list_location edge_favorites_list_location :
    ::std::string::String; with_edge_first_run_url edge_first_run_url :
    ::std::string::String; with_edge_home_button_configuration
    edge_home_button_configuration : crate ::beta::AnyEdgeHomeButtonConfiguration;
    with_edge_home_button_configuration_enabled edge_home_button_configuration_enabled :
    bool; with_edge_homepage_urls edge_homepage_urls : ::std::vec::Vec <
    ::std::string::String >; with_edge_kiosk_mode_restriction edge_kiosk_mode_restriction
    : crate ::beta::EdgeKioskModeRestrictionType;
    with_edge_kiosk_reset_after_idle_time_in_minutes
    edge_kiosk_reset_after_idle_time_in_minutes : i32; with_edge_new_tab_page_url
    edge_new_tab_page_url : ::std::string::String; with_edge_opens_with edge_opens_with :
    crate ::beta::EdgeOpenOptions; with_edge_prevent_certificate_error_override
    edge_prevent_certificate_error_override : bool;
    with_edge_required_extension_package_family_names
    edge_required_extension_package_family_names : ::std::vec::Vec <
    ::std::string::String >; with_edge_require_smart_screen edge_require_smart_screen :
    bool; with_edge_search_engine edge_search_engine : crate
    ::beta::AnyEdgeSearchEngineBase; with_edge_send_intranet_traffic_to_internet_explorer
    edge_send_intranet_traffic_to_internet_explorer : bool;
    with_edge_show_message_when_opening_internet_explorer_sites
    edge_show_message_when_opening_internet_explorer_sites : crate
    ::beta::InternetExplorerMessageSetting;
    with_edge_sync_favorites_with_internet_explorer
    edge_sync_favorites_with_internet_explorer : bool;
    with_edge_telemetry_for_microsoft365_analytics
    edge_telemetry_for_microsoft365_analytics : crate ::beta::EdgeTelemetryMode;
    with_enable_automatic_redeployment enable_automatic_redeployment : bool;
    with_energy_saver_on_battery_threshold_percentage
    energy_saver_on_battery_threshold_percentage : i32;
    with_energy_saver_plugged_in_threshold_percentage
    energy_saver_plugged_in_threshold_percentage : i32;
    with_enterprise_cloud_print_discovery_end_point
    enterprise_cloud_print_discovery_end_point : ::std::string::String;
    with_enterprise_cloud_print_discovery_max_limit
    enterprise_cloud_print_discovery_max_limit : i32;
    with_enterprise_cloud_print_mopria_discovery_resource_identifier
    enterprise_cloud_print_mopria_discovery_resource_identifier : ::std::string::String;
    with_enterprise_cloud_print_o_auth_authority enterprise_cloud_print_o_auth_authority
    : ::std::string::String; with_enterprise_cloud_print_o_auth_client_identifier
    enterprise_cloud_print_o_auth_client_identifier : ::std::string::String;
    with_enterprise_cloud_print_resource_identifier
    enterprise_cloud_print_resource_identifier : ::std::string::String;
    with_experience_block_device_discovery experience_block_device_discovery : bool;
    with_experience_block_error_dialog_when_no_sim
    experience_block_error_dialog_when_no_sim : bool; with_experience_block_task_switcher
    experience_block_task_switcher : bool; with_experience_do_not_sync_browser_settings
    experience_do_not_sync_browser_settings : crate ::beta::BrowserSyncSetting;
    with_find_my_files find_my_files : crate ::beta::Enablement; with_game_dvr_blocked
    game_dvr_blocked : bool; with_ink_workspace_access ink_workspace_access : crate
    ::beta::InkAccessSetting; with_ink_workspace_access_state ink_workspace_access_state
    : crate ::beta::StateManagementSetting; with_ink_workspace_block_suggested_apps
    ink_workspace_block_suggested_apps : bool; with_internet_sharing_blocked
    internet_sharing_blocked : bool; with_location_services_blocked
    location_services_blocked : bool; with_lock_screen_activate_apps_with_voice
    lock_screen_activate_apps_with_voice : crate ::beta::Enablement;
    with_lock_screen_allow_timeout_configuration lock_screen_allow_timeout_configuration
    : bool; with_lock_screen_block_action_center_notifications
    lock_screen_block_action_center_notifications : bool; with_lock_screen_block_cortana
    lock_screen_block_cortana : bool; with_lock_screen_block_toast_notifications
    lock_screen_block_toast_notifications : bool; with_lock_screen_timeout_in_seconds
    lock_screen_timeout_in_seconds : i32; with_logon_block_fast_user_switching
    logon_block_fast_user_switching : bool; with_messaging_block_mms messaging_block_mms
    : bool; with_messaging_block_rich_communication_services
    messaging_block_rich_communication_services : bool; with_messaging_block_sync
    messaging_block_sync : bool; with_microsoft_account_blocked microsoft_account_blocked
    : bool; with_microsoft_account_block_settings_sync
    microsoft_account_block_settings_sync : bool;
    with_microsoft_account_sign_in_assistant_settings
    microsoft_account_sign_in_assistant_settings : crate ::beta::SignInAssistantOptions;
    with_network_proxy_apply_settings_device_wide
    network_proxy_apply_settings_device_wide : bool;
    with_network_proxy_automatic_configuration_url
    network_proxy_automatic_configuration_url : ::std::string::String;
    with_network_proxy_disable_auto_detect network_proxy_disable_auto_detect : bool;
    with_network_proxy_server network_proxy_server : crate
    ::beta::Windows10NetworkProxyServer; with_nfc_blocked nfc_blocked : bool;
    with_one_drive_disable_file_sync one_drive_disable_file_sync : bool;
    with_password_block_simple password_block_simple : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_age_in_days password_minimum_age_in_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::RequiredPasswordType;
    with_password_require_when_resume_from_idle_state
    password_require_when_resume_from_idle_state : bool;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_personalization_desktop_image_url personalization_desktop_image_url :
    ::std::string::String; with_personalization_lock_screen_image_url
    personalization_lock_screen_image_url : ::std::string::String;
    with_power_button_action_on_battery power_button_action_on_battery : crate
    ::beta::PowerActionType; with_power_button_action_plugged_in
    power_button_action_plugged_in : crate ::beta::PowerActionType;
    with_power_hybrid_sleep_on_battery power_hybrid_sleep_on_battery : crate
    ::beta::Enablement; with_power_hybrid_sleep_plugged_in power_hybrid_sleep_plugged_in
    : crate ::beta::Enablement; with_power_lid_close_action_on_battery
    power_lid_close_action_on_battery : crate ::beta::PowerActionType;
    with_power_lid_close_action_plugged_in power_lid_close_action_plugged_in : crate
    ::beta::PowerActionType; with_power_sleep_button_action_on_battery
    power_sleep_button_action_on_battery : crate ::beta::PowerActionType;
    with_power_sleep_button_action_plugged_in power_sleep_button_action_plugged_in :
    crate ::beta::PowerActionType; with_printer_block_addition printer_block_addition :
    bool; with_printer_default_name printer_default_name : ::std::string::String;
    with_printer_names printer_names : ::std::vec::Vec < ::std::string::String >;
    with_privacy_advertising_id privacy_advertising_id : crate
    ::beta::StateManagementSetting; with_privacy_auto_accept_pairing_and_consent_prompts
    privacy_auto_accept_pairing_and_consent_prompts : bool;
    with_privacy_block_activity_feed privacy_block_activity_feed : bool;
    with_privacy_block_input_personalization privacy_block_input_personalization : bool;
    with_privacy_block_publish_user_activities privacy_block_publish_user_activities :
    bool; with_privacy_disable_launch_experience privacy_disable_launch_experience :
    bool; with_reset_protection_mode_blocked reset_protection_mode_blocked : bool;
    with_safe_search_filter safe_search_filter : crate ::beta::SafeSearchFilterType;
    with_screen_capture_blocked screen_capture_blocked : bool;
    with_search_block_diacritics search_block_diacritics : bool;
    with_search_block_web_results search_block_web_results : bool;
    with_search_disable_auto_language_detection search_disable_auto_language_detection :
    bool; with_search_disable_indexer_backoff search_disable_indexer_backoff : bool;
    with_search_disable_indexing_encrypted_items search_disable_indexing_encrypted_items
    : bool; with_search_disable_indexing_removable_drive
    search_disable_indexing_removable_drive : bool; with_search_disable_location
    search_disable_location : bool; with_search_disable_use_location
    search_disable_use_location : bool;
    with_search_enable_automatic_index_size_manangement
    search_enable_automatic_index_size_manangement : bool;
    with_search_enable_remote_queries search_enable_remote_queries : bool;
    with_security_block_azure_ad_joined_devices_auto_encryption
    security_block_azure_ad_joined_devices_auto_encryption : bool;
    with_settings_block_accounts_page settings_block_accounts_page : bool;
    with_settings_block_add_provisioning_package settings_block_add_provisioning_package
    : bool; with_settings_block_apps_page settings_block_apps_page : bool;
    with_settings_block_change_language settings_block_change_language : bool;
    with_settings_block_change_power_sleep settings_block_change_power_sleep : bool;
    with_settings_block_change_region settings_block_change_region : bool;
    with_settings_block_change_system_time settings_block_change_system_time : bool;
    with_settings_block_devices_page settings_block_devices_page : bool;
    with_settings_block_ease_of_access_page settings_block_ease_of_access_page : bool;
    with_settings_block_edit_device_name settings_block_edit_device_name : bool;
    with_settings_block_gaming_page settings_block_gaming_page : bool;
    with_settings_block_network_internet_page settings_block_network_internet_page :
    bool; with_settings_block_personalization_page settings_block_personalization_page :
    bool; with_settings_block_privacy_page settings_block_privacy_page : bool;
    with_settings_block_remove_provisioning_package
    settings_block_remove_provisioning_package : bool; with_settings_block_settings_app
    settings_block_settings_app : bool; with_settings_block_system_page
    settings_block_system_page : bool; with_settings_block_time_language_page
    settings_block_time_language_page : bool; with_settings_block_update_security_page
    settings_block_update_security_page : bool; with_shared_user_app_data_allowed
    shared_user_app_data_allowed : bool; with_smart_screen_app_install_control
    smart_screen_app_install_control : crate ::beta::AppInstallControlType;
    with_smart_screen_block_prompt_override smart_screen_block_prompt_override : bool;
    with_smart_screen_block_prompt_override_for_files
    smart_screen_block_prompt_override_for_files : bool;
    with_smart_screen_enable_app_install_control smart_screen_enable_app_install_control
    : bool; with_start_block_unpinning_apps_from_taskbar
    start_block_unpinning_apps_from_taskbar : bool; with_start_menu_app_list_visibility
    start_menu_app_list_visibility : rt::Flags < crate
    ::beta::WindowsStartMenuAppListVisibilityType >;
    with_start_menu_hide_change_account_settings start_menu_hide_change_account_settings
    : bool; with_start_menu_hide_frequently_used_apps
    start_menu_hide_frequently_used_apps : bool; with_start_menu_hide_hibernate
    start_menu_hide_hibernate : bool; with_start_menu_hide_lock start_menu_hide_lock :
    bool; with_start_menu_hide_power_button start_menu_hide_power_button : bool;
    with_start_menu_hide_recent_jump_lists start_menu_hide_recent_jump_lists : bool;
    with_start_menu_hide_recently_added_apps start_menu_hide_recently_added_apps : bool;
    with_start_menu_hide_restart_options start_menu_hide_restart_options : bool;
    with_start_menu_hide_shut_down start_menu_hide_shut_down : bool;
    with_start_menu_hide_sign_out start_menu_hide_sign_out : bool;
    with_start_menu_hide_sleep start_menu_hide_sleep : bool;
    with_start_menu_hide_switch_account start_menu_hide_switch_account : bool;
    with_start_menu_hide_user_tile start_menu_hide_user_tile : bool;
    with_start_menu_layout_edge_assets_xml start_menu_layout_edge_assets_xml :
    rt::edm::Binary; with_start_menu_layout_xml start_menu_layout_xml : rt::edm::Binary;
    with_start_menu_mode start_menu_mode : crate ::beta::WindowsStartMenuModeType;
    with_start_menu_pinned_folder_documents start_menu_pinned_folder_documents : crate
    ::beta::VisibilitySetting; with_start_menu_pinned_folder_downloads
    start_menu_pinned_folder_downloads : crate ::beta::VisibilitySetting;
    with_start_menu_pinned_folder_file_explorer start_menu_pinned_folder_file_explorer :
    crate ::beta::VisibilitySetting; with_start_menu_pinned_folder_home_group
    start_menu_pinned_folder_home_group : crate ::beta::VisibilitySetting;
    with_start_menu_pinned_folder_music start_menu_pinned_folder_music : crate
    ::beta::VisibilitySetting; with_start_menu_pinned_folder_network
    start_menu_pinned_folder_network : crate ::beta::VisibilitySetting;
    with_start_menu_pinned_folder_personal_folder
    start_menu_pinned_folder_personal_folder : crate ::beta::VisibilitySetting;
    with_start_menu_pinned_folder_pictures start_menu_pinned_folder_pictures : crate
    ::beta::VisibilitySetting; with_start_menu_pinned_folder_settings
    start_menu_pinned_folder_settings : crate ::beta::VisibilitySetting;
    with_start_menu_pinned_folder_videos start_menu_pinned_folder_videos : crate
    ::beta::VisibilitySetting; with_storage_block_removable_storage
    storage_block_removable_storage : bool; with_storage_require_mobile_device_encryption
    storage_require_mobile_device_encryption : bool;
    with_storage_restrict_app_data_to_system_volume
    storage_restrict_app_data_to_system_volume : bool;
    with_storage_restrict_app_install_to_system_volume
    storage_restrict_app_install_to_system_volume : bool;
    with_system_telemetry_proxy_server system_telemetry_proxy_server :
    ::std::string::String; with_task_manager_block_end_task task_manager_block_end_task :
    bool; with_tenant_lockdown_require_network_during_out_of_box_experience
    tenant_lockdown_require_network_during_out_of_box_experience : bool;
    with_uninstall_built_in_apps uninstall_built_in_apps : bool; with_usb_blocked
    usb_blocked : bool; with_voice_recording_blocked voice_recording_blocked : bool;
    with_web_rtc_block_localhost_ip_address web_rtc_block_localhost_ip_address : bool;
    with_wi_fi_block_automatic_connect_hotspots wi_fi_block_automatic_connect_hotspots :
    bool; with_wi_fi_blocked wi_fi_blocked : bool; with_wi_fi_block_manual_configuration
    wi_fi_block_manual_configuration : bool; with_wi_fi_scan_interval wi_fi_scan_interval
    : i32; with_windows10_apps_force_update_schedule windows10_apps_force_update_schedule
    : crate ::beta::Windows10AppsForceUpdateSchedule;
    with_windows_spotlight_block_consumer_specific_features
    windows_spotlight_block_consumer_specific_features : bool;
    with_windows_spotlight_blocked windows_spotlight_blocked : bool;
    with_windows_spotlight_block_on_action_center
    windows_spotlight_block_on_action_center : bool;
    with_windows_spotlight_block_tailored_experiences
    windows_spotlight_block_tailored_experiences : bool;
    with_windows_spotlight_block_third_party_notifications
    windows_spotlight_block_third_party_notifications : bool;
    with_windows_spotlight_block_welcome_experience
    windows_spotlight_block_welcome_experience : bool;
    with_windows_spotlight_block_windows_tips windows_spotlight_block_windows_tips :
    bool; with_windows_spotlight_configure_on_lock_screen
    windows_spotlight_configure_on_lock_screen : crate
    ::beta::WindowsSpotlightEnablementSettings; with_windows_store_block_auto_update
    windows_store_block_auto_update : bool; with_windows_store_blocked
    windows_store_blocked : bool; with_windows_store_enable_private_store_only
    windows_store_enable_private_store_only : bool;
    with_wireless_display_block_projection_to_this_device
    wireless_display_block_projection_to_this_device : bool;
    with_wireless_display_block_user_input_from_receiver
    wireless_display_block_user_input_from_receiver : bool;
    with_wireless_display_require_pin_for_pairing
    wireless_display_require_pin_for_pairing : bool; with_privacy_access_controls
    privacy_access_controls : ::std::vec::Vec < crate
    ::beta::WindowsPrivacyDataAccessControlItem >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10GeneralConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 10 Desktop and Mobile PFX Import certificate profile
///
/// CSDL: `microsoft.graph.windows10ImportedPFXCertificateProfile`, entity type, derived from `microsoft.graph.windowsCertificateProfileBase`, key `id`.
///
/// Request builders: [`Windows10ImportedPfxCertificateProfilePath`](requests/trait.Windows10ImportedPfxCertificateProfilePath.html), what a path to one (`EntityPath<Windows10ImportedPfxCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10ImportedPfxCertificateProfile {
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
impl ::std::default::Default for Windows10ImportedPfxCertificateProfile {
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
            intended_purpose: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10ImportedPfxCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10ImportedPFXCertificateProfile";
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
        ",\"keyStorageProvider\":           ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"intendedPurpose\":              ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10ImportedPFXCertificateProfile\"";
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
        v.field(24usize, "intended_purpose", &self.intended_purpose);
        v.field(
            25usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10ImportedPfxCertificateProfile {
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
            24usize => self.intended_purpose.read_from(r),
            25usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(24usize, &self.intended_purpose);
        w.field(25usize, &self.managed_device_certificate_states);
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
rt::impl_object!(Windows10ImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10ImportedPfxCertificateProfile { with_id id : ::std::string::String;
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
    crate ::beta::SubjectNameFormat; with_intended_purpose intended_purpose : crate
    ::beta::IntendedPurpose; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10ImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows10 Network Boundary Configuration
///
/// CSDL: `microsoft.graph.windows10NetworkBoundaryConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`Windows10NetworkBoundaryConfigurationPath`](requests/trait.Windows10NetworkBoundaryConfigurationPath.html), what a path to one (`EntityPath<Windows10NetworkBoundaryConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10NetworkBoundaryConfiguration {
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
    /// Windows Network Isolation Policy
    ///
    /// CSDL: property `windowsNetworkIsolationPolicy`: `microsoft.graph.windowsNetworkIsolationPolicy`, nullable.
    pub windows_network_isolation_policy: rt::Field<
        crate::beta::WindowsNetworkIsolationPolicy,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10NetworkBoundaryConfiguration {
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
            windows_network_isolation_policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10NetworkBoundaryConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10NetworkBoundaryConfiguration";
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
        "windowsNetworkIsolationPolicy",
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
        ",\"windowsNetworkIsolationPolicy\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10NetworkBoundaryConfiguration\"";
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
            "windows_network_isolation_policy",
            &self.windows_network_isolation_policy,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10NetworkBoundaryConfiguration {
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
            18usize => self.windows_network_isolation_policy.read_from(r),
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
        w.field(18usize, &self.windows_network_isolation_policy);
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
rt::impl_object!(Windows10NetworkBoundaryConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10NetworkBoundaryConfiguration { with_id id : ::std::string::String;
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
    with_windows_network_isolation_policy windows_network_isolation_policy : crate
    ::beta::WindowsNetworkIsolationPolicy; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10NetworkBoundaryConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Deprecated
///
/// CSDL: `microsoft.graph.windows10PFXImportCertificateProfile`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10PfxImportCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10PfxImportCertificateProfile {
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
    /// CSDL: property `keyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub key_storage_provider: rt::Field<crate::beta::KeyStorageProviderOption>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10PfxImportCertificateProfile {
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
            key_storage_provider: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10PfxImportCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10PFXImportCertificateProfile";
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
        "keyStorageProvider",
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
        ",\"keyStorageProvider\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10PFXImportCertificateProfile\"";
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
        v.field(18usize, "key_storage_provider", &self.key_storage_provider);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10PfxImportCertificateProfile {
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
            18usize => self.key_storage_provider.read_from(r),
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
        w.field(18usize, &self.key_storage_provider);
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
rt::impl_object!(Windows10PfxImportCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10PfxImportCertificateProfile { with_id id : ::std::string::String;
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
    with_key_storage_provider key_storage_provider : crate
    ::beta::KeyStorageProviderOption; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10PfxImportCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 10 Desktop and Mobile PKCS certificate profile
///
/// CSDL: `microsoft.graph.windows10PkcsCertificateProfile`, entity type, derived from `microsoft.graph.windows10CertificateProfileBase`, key `id`.
///
/// Request builders: [`Windows10PkcsCertificateProfilePath`](requests/trait.Windows10PkcsCertificateProfilePath.html), what a path to one (`EntityPath<Windows10PkcsCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10PkcsCertificateProfile {
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
    /// Extended Key Usage (EKU) settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
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
impl ::std::default::Default for Windows10PkcsCertificateProfile {
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
            certificate_store: rt::Field::Absent,
            certificate_template_name: rt::Field::Absent,
            certification_authority: rt::Field::Absent,
            certification_authority_name: rt::Field::Absent,
            custom_subject_alternative_names: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10PkcsCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10PkcsCertificateProfile";
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
        "certificateStore",
        "certificateTemplateName",
        "certificationAuthority",
        "certificationAuthorityName",
        "customSubjectAlternativeNames",
        "extendedKeyUsages",
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
        ",\"keyStorageProvider\":           ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"certificateStore\":             ",
        ",\"certificateTemplateName\":      ",
        ",\"certificationAuthority\":       ",
        ",\"certificationAuthorityName\":   ",
        ",\"customSubjectAlternativeNames\":",
        ",\"extendedKeyUsages\":            ",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10PkcsCertificateProfile\"";
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
        v.field(29usize, "extended_key_usages", &self.extended_key_usages);
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
impl rt::object::Members for Windows10PkcsCertificateProfile {
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
            24usize => self.certificate_store.read_from(r),
            25usize => self.certificate_template_name.read_from(r),
            26usize => self.certification_authority.read_from(r),
            27usize => self.certification_authority_name.read_from(r),
            28usize => self.custom_subject_alternative_names.read_from(r),
            29usize => self.extended_key_usages.read_from(r),
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
        w.field(20usize, &self.key_storage_provider);
        w.field(21usize, &self.renewal_threshold_percentage);
        w.field(22usize, &self.subject_alternative_name_type);
        w.field(23usize, &self.subject_name_format);
        w.field(24usize, &self.certificate_store);
        w.field(25usize, &self.certificate_template_name);
        w.field(26usize, &self.certification_authority);
        w.field(27usize, &self.certification_authority_name);
        w.field(28usize, &self.custom_subject_alternative_names);
        w.field(29usize, &self.extended_key_usages);
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
rt::impl_object!(Windows10PkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10PkcsCertificateProfile { with_id id : ::std::string::String;
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
    crate ::beta::SubjectNameFormat; with_certificate_store certificate_store : crate
    ::beta::CertificateStore; with_certificate_template_name certificate_template_name :
    ::std::string::String; with_certification_authority certification_authority :
    ::std::string::String; with_certification_authority_name certification_authority_name
    : ::std::string::String; with_custom_subject_alternative_names
    custom_subject_alternative_names : ::std::vec::Vec < crate
    ::beta::CustomSubjectAlternativeName >; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >;
    with_subject_alternative_name_format_string subject_alternative_name_format_string :
    ::std::string::String; with_subject_name_format_string subject_name_format_string :
    ::std::string::String; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10PkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the secureAssessment resource.
///
/// CSDL: `microsoft.graph.windows10SecureAssessmentConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10SecureAssessmentConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10SecureAssessmentConfiguration {
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
    /// Indicates whether or not to allow the app from printing during the test.
    ///
    /// CSDL: property `allowPrinting`: `Edm.Boolean`, not nullable.
    pub allow_printing: rt::Field<bool>,
    /// Indicates whether or not to allow screen capture capability during a test.
    ///
    /// CSDL: property `allowScreenCapture`: `Edm.Boolean`, not nullable.
    pub allow_screen_capture: rt::Field<bool>,
    /// Indicates whether or not to allow text suggestions during the test.
    ///
    /// CSDL: property `allowTextSuggestion`: `Edm.Boolean`, not nullable.
    pub allow_text_suggestion: rt::Field<bool>,
    /// Specifies the application user model ID of the assessment app launched when a user signs in to a secure assessment with a local guest account. Important notice: this property must be set with localGuestAccountName in order to make the local guest account sign-in experience work properly for secure assessments.
    ///
    /// CSDL: property `assessmentAppUserModelId`: `Edm.String`, nullable.
    pub assessment_app_user_model_id: rt::Field<::std::string::String>,
    /// The account used to configure the Windows device for taking the test. The user can be a domain account (domain\user), an AAD account (username@tenant.com) or a local account (username).
    ///
    /// CSDL: property `configurationAccount`: `Edm.String`, nullable.
    pub configuration_account: rt::Field<::std::string::String>,
    /// The account type used to by ConfigurationAccount.
    ///
    /// CSDL: property `configurationAccountType`: `microsoft.graph.secureAssessmentAccountType`, not nullable.
    pub configuration_account_type: rt::Field<crate::beta::SecureAssessmentAccountType>,
    /// Url link to an assessment that's automatically loaded when the secure assessment browser is launched. It has to be a valid Url (http[s]://msdn.microsoft.com/).
    ///
    /// CSDL: property `launchUri`: `Edm.String`, nullable.
    pub launch_uri: rt::Field<::std::string::String>,
    /// Specifies the display text for the local guest account shown on the sign-in screen. Typically is the name of an assessment. When the user clicks the local guest account on the sign-in screen, an assessment app is launched with a specified assessment URL. Secure assessments can only be configured with local guest account sign-in on devices running Windows 10, version 1903 or later. Important notice: this property must be set with assessmentAppUserModelID in order to make the local guest account sign-in experience work properly for secure assessments.
    ///
    /// CSDL: property `localGuestAccountName`: `Edm.String`, nullable.
    pub local_guest_account_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10SecureAssessmentConfiguration {
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
            allow_printing: rt::Field::Absent,
            allow_screen_capture: rt::Field::Absent,
            allow_text_suggestion: rt::Field::Absent,
            assessment_app_user_model_id: rt::Field::Absent,
            configuration_account: rt::Field::Absent,
            configuration_account_type: rt::Field::Absent,
            launch_uri: rt::Field::Absent,
            local_guest_account_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10SecureAssessmentConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10SecureAssessmentConfiguration";
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
        "allowPrinting",
        "allowScreenCapture",
        "allowTextSuggestion",
        "assessmentAppUserModelId",
        "configurationAccount",
        "configurationAccountType",
        "launchUri",
        "localGuestAccountName",
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
        ",\"allowPrinting\":                ",
        ",\"allowScreenCapture\":           ",
        ",\"allowTextSuggestion\":          ",
        ",\"assessmentAppUserModelId\":     ",
        ",\"configurationAccount\":         ",
        ",\"configurationAccountType\":     ",
        ",\"launchUri\":                    ",
        ",\"localGuestAccountName\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10SecureAssessmentConfiguration\"";
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
        v.field(18usize, "allow_printing", &self.allow_printing);
        v.field(19usize, "allow_screen_capture", &self.allow_screen_capture);
        v.field(20usize, "allow_text_suggestion", &self.allow_text_suggestion);
        v.field(
            21usize,
            "assessment_app_user_model_id",
            &self.assessment_app_user_model_id,
        );
        v.field(22usize, "configuration_account", &self.configuration_account);
        v.field(23usize, "configuration_account_type", &self.configuration_account_type);
        v.field(24usize, "launch_uri", &self.launch_uri);
        v.field(25usize, "local_guest_account_name", &self.local_guest_account_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10SecureAssessmentConfiguration {
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
            18usize => self.allow_printing.read_from(r),
            19usize => self.allow_screen_capture.read_from(r),
            20usize => self.allow_text_suggestion.read_from(r),
            21usize => self.assessment_app_user_model_id.read_from(r),
            22usize => self.configuration_account.read_from(r),
            23usize => self.configuration_account_type.read_from(r),
            24usize => self.launch_uri.read_from(r),
            25usize => self.local_guest_account_name.read_from(r),
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
        w.field(18usize, &self.allow_printing);
        w.field(19usize, &self.allow_screen_capture);
        w.field(20usize, &self.allow_text_suggestion);
        w.field(21usize, &self.assessment_app_user_model_id);
        w.field(22usize, &self.configuration_account);
        w.field(23usize, &self.configuration_account_type);
        w.field(24usize, &self.launch_uri);
        w.field(25usize, &self.local_guest_account_name);
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
rt::impl_object!(Windows10SecureAssessmentConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10SecureAssessmentConfiguration { with_id id : ::std::string::String;
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
    with_allow_printing allow_printing : bool; with_allow_screen_capture
    allow_screen_capture : bool; with_allow_text_suggestion allow_text_suggestion : bool;
    with_assessment_app_user_model_id assessment_app_user_model_id :
    ::std::string::String; with_configuration_account configuration_account :
    ::std::string::String; with_configuration_account_type configuration_account_type :
    crate ::beta::SecureAssessmentAccountType; with_launch_uri launch_uri :
    ::std::string::String; with_local_guest_account_name local_guest_account_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10SecureAssessmentConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windows10TeamGeneralConfiguration resource.
///
/// CSDL: `microsoft.graph.windows10TeamGeneralConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10TeamGeneralConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10TeamGeneralConfiguration {
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
    /// Indicates whether or not to Block Azure Operational Insights.
    ///
    /// CSDL: property `azureOperationalInsightsBlockTelemetry`: `Edm.Boolean`, not nullable.
    pub azure_operational_insights_block_telemetry: rt::Field<bool>,
    /// The Azure Operational Insights workspace id.
    ///
    /// CSDL: property `azureOperationalInsightsWorkspaceId`: `Edm.String`, nullable.
    pub azure_operational_insights_workspace_id: rt::Field<::std::string::String>,
    /// The Azure Operational Insights Workspace key.
    ///
    /// CSDL: property `azureOperationalInsightsWorkspaceKey`: `Edm.String`, nullable.
    pub azure_operational_insights_workspace_key: rt::Field<::std::string::String>,
    /// Specifies whether to automatically launch the Connect app whenever a projection is initiated.
    ///
    /// CSDL: property `connectAppBlockAutoLaunch`: `Edm.Boolean`, not nullable.
    pub connect_app_block_auto_launch: rt::Field<bool>,
    /// Indicates whether or not to Block setting a maintenance window for device updates.
    ///
    /// CSDL: property `maintenanceWindowBlocked`: `Edm.Boolean`, not nullable.
    pub maintenance_window_blocked: rt::Field<bool>,
    /// Maintenance window duration for device updates. Valid values 0 to 5
    ///
    /// CSDL: property `maintenanceWindowDurationInHours`: `Edm.Int32`, nullable.
    pub maintenance_window_duration_in_hours: rt::Field<i32>,
    /// Maintenance window start time for device updates.
    ///
    /// CSDL: property `maintenanceWindowStartTime`: `Edm.TimeOfDay`, nullable.
    pub maintenance_window_start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Indicates whether or not to Block wireless projection.
    ///
    /// CSDL: property `miracastBlocked`: `Edm.Boolean`, not nullable.
    pub miracast_blocked: rt::Field<bool>,
    /// The channel.
    ///
    /// CSDL: property `miracastChannel`: `microsoft.graph.miracastChannel`, not nullable.
    pub miracast_channel: rt::Field<crate::beta::MiracastChannel>,
    /// Indicates whether or not to require a pin for wireless projection.
    ///
    /// CSDL: property `miracastRequirePin`: `Edm.Boolean`, not nullable.
    pub miracast_require_pin: rt::Field<bool>,
    /// Specifies whether to disable the "My meetings and files" feature in the Start menu, which shows the signed-in user's meetings and files from Office 365.
    ///
    /// CSDL: property `settingsBlockMyMeetingsAndFiles`: `Edm.Boolean`, not nullable.
    pub settings_block_my_meetings_and_files: rt::Field<bool>,
    /// Specifies whether to allow the ability to resume a session when the session times out.
    ///
    /// CSDL: property `settingsBlockSessionResume`: `Edm.Boolean`, not nullable.
    pub settings_block_session_resume: rt::Field<bool>,
    /// Specifies whether to disable auto-populating of the sign-in dialog with invitees from scheduled meetings.
    ///
    /// CSDL: property `settingsBlockSigninSuggestions`: `Edm.Boolean`, not nullable.
    pub settings_block_signin_suggestions: rt::Field<bool>,
    /// Specifies the default volume value for a new session. Permitted values are 0-100. The default is 45. Valid values 0 to 100
    ///
    /// CSDL: property `settingsDefaultVolume`: `Edm.Int32`, nullable.
    pub settings_default_volume: rt::Field<i32>,
    /// Specifies the number of minutes until the Hub screen turns off.
    ///
    /// CSDL: property `settingsScreenTimeoutInMinutes`: `Edm.Int32`, nullable.
    pub settings_screen_timeout_in_minutes: rt::Field<i32>,
    /// Specifies the number of minutes until the session times out.
    ///
    /// CSDL: property `settingsSessionTimeoutInMinutes`: `Edm.Int32`, nullable.
    pub settings_session_timeout_in_minutes: rt::Field<i32>,
    /// Specifies the number of minutes until the Hub enters sleep mode.
    ///
    /// CSDL: property `settingsSleepTimeoutInMinutes`: `Edm.Int32`, nullable.
    pub settings_sleep_timeout_in_minutes: rt::Field<i32>,
    /// The welcome screen background image URL. The URL must use the HTTPS protocol and return a PNG image.
    ///
    /// CSDL: property `welcomeScreenBackgroundImageUrl`: `Edm.String`, nullable.
    pub welcome_screen_background_image_url: rt::Field<::std::string::String>,
    /// Indicates whether or not to Block the welcome screen from waking up automatically when someone enters the room.
    ///
    /// CSDL: property `welcomeScreenBlockAutomaticWakeUp`: `Edm.Boolean`, not nullable.
    pub welcome_screen_block_automatic_wake_up: rt::Field<bool>,
    /// The welcome screen meeting information shown.
    ///
    /// CSDL: property `welcomeScreenMeetingInformation`: `microsoft.graph.welcomeScreenMeetingInformation`, not nullable.
    pub welcome_screen_meeting_information: rt::Field<
        crate::beta::WelcomeScreenMeetingInformation,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10TeamGeneralConfiguration {
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
            azure_operational_insights_block_telemetry: rt::Field::Absent,
            azure_operational_insights_workspace_id: rt::Field::Absent,
            azure_operational_insights_workspace_key: rt::Field::Absent,
            connect_app_block_auto_launch: rt::Field::Absent,
            maintenance_window_blocked: rt::Field::Absent,
            maintenance_window_duration_in_hours: rt::Field::Absent,
            maintenance_window_start_time: rt::Field::Absent,
            miracast_blocked: rt::Field::Absent,
            miracast_channel: rt::Field::Absent,
            miracast_require_pin: rt::Field::Absent,
            settings_block_my_meetings_and_files: rt::Field::Absent,
            settings_block_session_resume: rt::Field::Absent,
            settings_block_signin_suggestions: rt::Field::Absent,
            settings_default_volume: rt::Field::Absent,
            settings_screen_timeout_in_minutes: rt::Field::Absent,
            settings_session_timeout_in_minutes: rt::Field::Absent,
            settings_sleep_timeout_in_minutes: rt::Field::Absent,
            welcome_screen_background_image_url: rt::Field::Absent,
            welcome_screen_block_automatic_wake_up: rt::Field::Absent,
            welcome_screen_meeting_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10TeamGeneralConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10TeamGeneralConfiguration";
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
        "azureOperationalInsightsBlockTelemetry",
        "azureOperationalInsightsWorkspaceId",
        "azureOperationalInsightsWorkspaceKey",
        "connectAppBlockAutoLaunch",
        "maintenanceWindowBlocked",
        "maintenanceWindowDurationInHours",
        "maintenanceWindowStartTime",
        "miracastBlocked",
        "miracastChannel",
        "miracastRequirePin",
        "settingsBlockMyMeetingsAndFiles",
        "settingsBlockSessionResume",
        "settingsBlockSigninSuggestions",
        "settingsDefaultVolume",
        "settingsScreenTimeoutInMinutes",
        "settingsSessionTimeoutInMinutes",
        "settingsSleepTimeoutInMinutes",
        "welcomeScreenBackgroundImageUrl",
        "welcomeScreenBlockAutomaticWakeUp",
        "welcomeScreenMeetingInformation",
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
        ",\"azureOperationalInsightsBlockTelemetry\":",
        ",\"azureOperationalInsightsWorkspaceId\":",
        ",\"azureOperationalInsightsWorkspaceKey\":",
        ",\"connectAppBlockAutoLaunch\":    ",
        ",\"maintenanceWindowBlocked\":     ",
        ",\"maintenanceWindowDurationInHours\":",
        ",\"maintenanceWindowStartTime\":   ",
        ",\"miracastBlocked\":              ",
        ",\"miracastChannel\":              ",
        ",\"miracastRequirePin\":           ",
        ",\"settingsBlockMyMeetingsAndFiles\":",
        ",\"settingsBlockSessionResume\":   ",
        ",\"settingsBlockSigninSuggestions\":",
        ",\"settingsDefaultVolume\":        ",
        ",\"settingsScreenTimeoutInMinutes\":",
        ",\"settingsSessionTimeoutInMinutes\":",
        ",\"settingsSleepTimeoutInMinutes\":",
        ",\"welcomeScreenBackgroundImageUrl\":",
        ",\"welcomeScreenBlockAutomaticWakeUp\":",
        ",\"welcomeScreenMeetingInformation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10TeamGeneralConfiguration\"";
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
            "azure_operational_insights_block_telemetry",
            &self.azure_operational_insights_block_telemetry,
        );
        v.field(
            19usize,
            "azure_operational_insights_workspace_id",
            &self.azure_operational_insights_workspace_id,
        );
        v.field(
            20usize,
            "azure_operational_insights_workspace_key",
            &self.azure_operational_insights_workspace_key,
        );
        v.field(
            21usize,
            "connect_app_block_auto_launch",
            &self.connect_app_block_auto_launch,
        );
        v.field(22usize, "maintenance_window_blocked", &self.maintenance_window_blocked);
        v.field(
            23usize,
            "maintenance_window_duration_in_hours",
            &self.maintenance_window_duration_in_hours,
        );
        v.field(
            24usize,
            "maintenance_window_start_time",
            &self.maintenance_window_start_time,
        );
        v.field(25usize, "miracast_blocked", &self.miracast_blocked);
        v.field(26usize, "miracast_channel", &self.miracast_channel);
        v.field(27usize, "miracast_require_pin", &self.miracast_require_pin);
        v.field(
            28usize,
            "settings_block_my_meetings_and_files",
            &self.settings_block_my_meetings_and_files,
        );
        v.field(
            29usize,
            "settings_block_session_resume",
            &self.settings_block_session_resume,
        );
        v.field(
            30usize,
            "settings_block_signin_suggestions",
            &self.settings_block_signin_suggestions,
        );
        v.field(31usize, "settings_default_volume", &self.settings_default_volume);
        v.field(
            32usize,
            "settings_screen_timeout_in_minutes",
            &self.settings_screen_timeout_in_minutes,
        );
        v.field(
            33usize,
            "settings_session_timeout_in_minutes",
            &self.settings_session_timeout_in_minutes,
        );
        v.field(
            34usize,
            "settings_sleep_timeout_in_minutes",
            &self.settings_sleep_timeout_in_minutes,
        );
        v.field(
            35usize,
            "welcome_screen_background_image_url",
            &self.welcome_screen_background_image_url,
        );
        v.field(
            36usize,
            "welcome_screen_block_automatic_wake_up",
            &self.welcome_screen_block_automatic_wake_up,
        );
        v.field(
            37usize,
            "welcome_screen_meeting_information",
            &self.welcome_screen_meeting_information,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10TeamGeneralConfiguration {
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
            18usize => self.azure_operational_insights_block_telemetry.read_from(r),
            19usize => self.azure_operational_insights_workspace_id.read_from(r),
            20usize => self.azure_operational_insights_workspace_key.read_from(r),
            21usize => self.connect_app_block_auto_launch.read_from(r),
            22usize => self.maintenance_window_blocked.read_from(r),
            23usize => self.maintenance_window_duration_in_hours.read_from(r),
            24usize => self.maintenance_window_start_time.read_from(r),
            25usize => self.miracast_blocked.read_from(r),
            26usize => self.miracast_channel.read_from(r),
            27usize => self.miracast_require_pin.read_from(r),
            28usize => self.settings_block_my_meetings_and_files.read_from(r),
            29usize => self.settings_block_session_resume.read_from(r),
            30usize => self.settings_block_signin_suggestions.read_from(r),
            31usize => self.settings_default_volume.read_from(r),
            32usize => self.settings_screen_timeout_in_minutes.read_from(r),
            33usize => self.settings_session_timeout_in_minutes.read_from(r),
            34usize => self.settings_sleep_timeout_in_minutes.read_from(r),
            35usize => self.welcome_screen_background_image_url.read_from(r),
            36usize => self.welcome_screen_block_automatic_wake_up.read_from(r),
            37usize => self.welcome_screen_meeting_information.read_from(r),
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
        w.field(18usize, &self.azure_operational_insights_block_telemetry);
        w.field(19usize, &self.azure_operational_insights_workspace_id);
        w.field(20usize, &self.azure_operational_insights_workspace_key);
        w.field(21usize, &self.connect_app_block_auto_launch);
        w.field(22usize, &self.maintenance_window_blocked);
        w.field(23usize, &self.maintenance_window_duration_in_hours);
        w.field(24usize, &self.maintenance_window_start_time);
        w.field(25usize, &self.miracast_blocked);
        w.field(26usize, &self.miracast_channel);
        w.field(27usize, &self.miracast_require_pin);
        w.field(28usize, &self.settings_block_my_meetings_and_files);
        w.field(29usize, &self.settings_block_session_resume);
        w.field(30usize, &self.settings_block_signin_suggestions);
        w.field(31usize, &self.settings_default_volume);
        w.field(32usize, &self.settings_screen_timeout_in_minutes);
        w.field(33usize, &self.settings_session_timeout_in_minutes);
        w.field(34usize, &self.settings_sleep_timeout_in_minutes);
        w.field(35usize, &self.welcome_screen_background_image_url);
        w.field(36usize, &self.welcome_screen_block_automatic_wake_up);
        w.field(37usize, &self.welcome_screen_meeting_information);
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
rt::impl_object!(Windows10TeamGeneralConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10TeamGeneralConfiguration { with_id id : ::std::string::String;
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
    with_azure_operational_insights_block_telemetry
    azure_operational_insights_block_telemetry : bool;
    with_azure_operational_insights_workspace_id azure_operational_insights_workspace_id
    : ::std::string::String; with_azure_operational_insights_workspace_key
    azure_operational_insights_workspace_key : ::std::string::String;
    with_connect_app_block_auto_launch connect_app_block_auto_launch : bool;
    with_maintenance_window_blocked maintenance_window_blocked : bool;
    with_maintenance_window_duration_in_hours maintenance_window_duration_in_hours : i32;
    with_maintenance_window_start_time maintenance_window_start_time :
    rt::edm::TimeOfDay; with_miracast_blocked miracast_blocked : bool;
    with_miracast_channel miracast_channel : crate ::beta::MiracastChannel;
    with_miracast_require_pin miracast_require_pin : bool;
    with_settings_block_my_meetings_and_files settings_block_my_meetings_and_files :
    bool; with_settings_block_session_resume settings_block_session_resume : bool;
    with_settings_block_signin_suggestions settings_block_signin_suggestions : bool;
    with_settings_default_volume settings_default_volume : i32;
    with_settings_screen_timeout_in_minutes settings_screen_timeout_in_minutes : i32;
    with_settings_session_timeout_in_minutes settings_session_timeout_in_minutes : i32;
    with_settings_sleep_timeout_in_minutes settings_sleep_timeout_in_minutes : i32;
    with_welcome_screen_background_image_url welcome_screen_background_image_url :
    ::std::string::String; with_welcome_screen_block_automatic_wake_up
    welcome_screen_block_automatic_wake_up : bool;
    with_welcome_screen_meeting_information welcome_screen_meeting_information : crate
    ::beta::WelcomeScreenMeetingInformation; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10TeamGeneralConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Windows 10 device (desktop or mobile) to connect to desired VPN endpoint. By specifying the authentication method and security types expected by VPN endpoint you can make the VPN connection seamless for end user.
///
/// CSDL: `microsoft.graph.windows10VpnConfiguration`, entity type, derived from `microsoft.graph.windowsVpnConfiguration`, key `id`.
///
/// Request builders: [`Windows10VpnConfigurationPath`](requests/trait.Windows10VpnConfigurationPath.html), what a path to one (`EntityPath<Windows10VpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10VpnConfiguration {
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
    /// Associated Apps. This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `associatedApps`: `Collection(microsoft.graph.windows10AssociatedApps)`, nullable.
    pub associated_apps: rt::Field<
        ::std::vec::Vec<crate::beta::Windows10AssociatedApps>,
    >,
    /// Authentication method.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.windows10VpnAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::Windows10VpnAuthenticationMethod>,
    /// Connection type.
    ///
    /// CSDL: property `connectionType`: `microsoft.graph.windows10VpnConnectionType`, not nullable.
    pub connection_type: rt::Field<crate::beta::Windows10VpnConnectionType>,
    /// Cryptography Suite security settings for IKEv2 VPN in Windows10 and above
    ///
    /// CSDL: property `cryptographySuite`: `microsoft.graph.cryptographySuite`, nullable.
    pub cryptography_suite: rt::Field<crate::beta::CryptographySuite>,
    /// DNS rules. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `dnsRules`: `Collection(microsoft.graph.vpnDnsRule)`, nullable.
    pub dns_rules: rt::Field<::std::vec::Vec<crate::beta::VpnDnsRule>>,
    /// Specify DNS suffixes to add to the DNS search list to properly route short names.
    ///
    /// CSDL: property `dnsSuffixes`: `Collection(Edm.String)`, nullable.
    pub dns_suffixes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Extensible Authentication Protocol (EAP) XML. (UTF8 encoded byte array)
    ///
    /// CSDL: property `eapXml`: `Edm.Binary`, nullable.
    pub eap_xml: rt::Field<rt::edm::Binary>,
    /// Enable Always On mode.
    ///
    /// CSDL: property `enableAlwaysOn`: `Edm.Boolean`, nullable.
    pub enable_always_on: rt::Field<bool>,
    /// Enable conditional access.
    ///
    /// CSDL: property `enableConditionalAccess`: `Edm.Boolean`, not nullable.
    pub enable_conditional_access: rt::Field<bool>,
    /// Enable device tunnel.
    ///
    /// CSDL: property `enableDeviceTunnel`: `Edm.Boolean`, nullable.
    pub enable_device_tunnel: rt::Field<bool>,
    /// Enable IP address registration with internal DNS.
    ///
    /// CSDL: property `enableDnsRegistration`: `Edm.Boolean`, nullable.
    pub enable_dns_registration: rt::Field<bool>,
    /// Enable single sign-on (SSO) with alternate certificate.
    ///
    /// CSDL: property `enableSingleSignOnWithAlternateCertificate`: `Edm.Boolean`, not nullable.
    pub enable_single_sign_on_with_alternate_certificate: rt::Field<bool>,
    /// Enable split tunneling.
    ///
    /// CSDL: property `enableSplitTunneling`: `Edm.Boolean`, not nullable.
    pub enable_split_tunneling: rt::Field<bool>,
    /// Only associated Apps can use connection (per-app VPN).
    ///
    /// CSDL: property `onlyAssociatedAppsCanUseConnection`: `Edm.Boolean`, nullable.
    pub only_associated_apps_can_use_connection: rt::Field<bool>,
    /// Profile target type.
    ///
    /// CSDL: property `profileTarget`: `microsoft.graph.windows10VpnProfileTarget`, nullable.
    pub profile_target: rt::Field<crate::beta::Windows10VpnProfileTarget>,
    /// Proxy Server.
    ///
    /// CSDL: property `proxyServer`: `microsoft.graph.windows10VpnProxyServer`, nullable.
    pub proxy_server: rt::Field<crate::beta::Windows10VpnProxyServer>,
    /// Remember user credentials.
    ///
    /// CSDL: property `rememberUserCredentials`: `Edm.Boolean`, not nullable.
    pub remember_user_credentials: rt::Field<bool>,
    /// Routes (optional for third-party providers). This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `routes`: `Collection(microsoft.graph.vpnRoute)`, nullable.
    pub routes: rt::Field<::std::vec::Vec<crate::beta::VpnRoute>>,
    /// Single sign-on Extended Key Usage (EKU).
    ///
    /// CSDL: property `singleSignOnEku`: `microsoft.graph.extendedKeyUsage`, nullable.
    pub single_sign_on_eku: rt::Field<crate::beta::ExtendedKeyUsage>,
    /// Single sign-on issuer hash.
    ///
    /// CSDL: property `singleSignOnIssuerHash`: `Edm.String`, nullable.
    pub single_sign_on_issuer_hash: rt::Field<::std::string::String>,
    /// Traffic rules. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `trafficRules`: `Collection(microsoft.graph.vpnTrafficRule)`, nullable.
    pub traffic_rules: rt::Field<::std::vec::Vec<crate::beta::VpnTrafficRule>>,
    /// Trusted Network Domains
    ///
    /// CSDL: property `trustedNetworkDomains`: `Collection(Edm.String)`, nullable.
    pub trusted_network_domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Windows Information Protection (WIP) domain to associate with this connection.
    ///
    /// CSDL: property `windowsInformationProtectionDomain`: `Edm.String`, nullable.
    pub windows_information_protection_domain: rt::Field<::std::string::String>,
    /// Identity certificate for client authentication when authentication method is certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.windowsCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<crate::beta::AnyWindowsCertificateProfileBase>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10VpnConfiguration {
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
            associated_apps: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            connection_type: rt::Field::Absent,
            cryptography_suite: rt::Field::Absent,
            dns_rules: rt::Field::Absent,
            dns_suffixes: rt::Field::Absent,
            eap_xml: rt::Field::Absent,
            enable_always_on: rt::Field::Absent,
            enable_conditional_access: rt::Field::Absent,
            enable_device_tunnel: rt::Field::Absent,
            enable_dns_registration: rt::Field::Absent,
            enable_single_sign_on_with_alternate_certificate: rt::Field::Absent,
            enable_split_tunneling: rt::Field::Absent,
            only_associated_apps_can_use_connection: rt::Field::Absent,
            profile_target: rt::Field::Absent,
            proxy_server: rt::Field::Absent,
            remember_user_credentials: rt::Field::Absent,
            routes: rt::Field::Absent,
            single_sign_on_eku: rt::Field::Absent,
            single_sign_on_issuer_hash: rt::Field::Absent,
            traffic_rules: rt::Field::Absent,
            trusted_network_domains: rt::Field::Absent,
            windows_information_protection_domain: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10VpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10VpnConfiguration";
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
        "associatedApps",
        "authenticationMethod",
        "connectionType",
        "cryptographySuite",
        "dnsRules",
        "dnsSuffixes",
        "eapXml",
        "enableAlwaysOn",
        "enableConditionalAccess",
        "enableDeviceTunnel",
        "enableDnsRegistration",
        "enableSingleSignOnWithAlternateCertificate",
        "enableSplitTunneling",
        "onlyAssociatedAppsCanUseConnection",
        "profileTarget",
        "proxyServer",
        "rememberUserCredentials",
        "routes",
        "singleSignOnEku",
        "singleSignOnIssuerHash",
        "trafficRules",
        "trustedNetworkDomains",
        "windowsInformationProtectionDomain",
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
        ",\"connectionName\":               ",
        ",\"customXml\":                    ",
        ",\"servers\":                      ",
        ",\"associatedApps\":               ",
        ",\"authenticationMethod\":         ",
        ",\"connectionType\":               ",
        ",\"cryptographySuite\":            ",
        ",\"dnsRules\":                     ",
        ",\"dnsSuffixes\":                  ",
        ",\"eapXml\":                       ",
        ",\"enableAlwaysOn\":               ",
        ",\"enableConditionalAccess\":      ",
        ",\"enableDeviceTunnel\":           ",
        ",\"enableDnsRegistration\":        ",
        ",\"enableSingleSignOnWithAlternateCertificate\":",
        ",\"enableSplitTunneling\":         ",
        ",\"onlyAssociatedAppsCanUseConnection\":",
        ",\"profileTarget\":                ",
        ",\"proxyServer\":                  ",
        ",\"rememberUserCredentials\":      ",
        ",\"routes\":                       ",
        ",\"singleSignOnEku\":              ",
        ",\"singleSignOnIssuerHash\":       ",
        ",\"trafficRules\":                 ",
        ",\"trustedNetworkDomains\":        ",
        ",\"windowsInformationProtectionDomain\":",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10VpnConfiguration\"";
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
        v.field(21usize, "associated_apps", &self.associated_apps);
        v.field(22usize, "authentication_method", &self.authentication_method);
        v.field(23usize, "connection_type", &self.connection_type);
        v.field(24usize, "cryptography_suite", &self.cryptography_suite);
        v.field(25usize, "dns_rules", &self.dns_rules);
        v.field(26usize, "dns_suffixes", &self.dns_suffixes);
        v.field(27usize, "eap_xml", &self.eap_xml);
        v.field(28usize, "enable_always_on", &self.enable_always_on);
        v.field(29usize, "enable_conditional_access", &self.enable_conditional_access);
        v.field(30usize, "enable_device_tunnel", &self.enable_device_tunnel);
        v.field(31usize, "enable_dns_registration", &self.enable_dns_registration);
        v.field(
            32usize,
            "enable_single_sign_on_with_alternate_certificate",
            &self.enable_single_sign_on_with_alternate_certificate,
        );
        v.field(33usize, "enable_split_tunneling", &self.enable_split_tunneling);
        v.field(
            34usize,
            "only_associated_apps_can_use_connection",
            &self.only_associated_apps_can_use_connection,
        );
        v.field(35usize, "profile_target", &self.profile_target);
        v.field(36usize, "proxy_server", &self.proxy_server);
        v.field(37usize, "remember_user_credentials", &self.remember_user_credentials);
        v.field(38usize, "routes", &self.routes);
        v.field(39usize, "single_sign_on_eku", &self.single_sign_on_eku);
        v.field(40usize, "single_sign_on_issuer_hash", &self.single_sign_on_issuer_hash);
        v.field(41usize, "traffic_rules", &self.traffic_rules);
        v.field(42usize, "trusted_network_domains", &self.trusted_network_domains);
        v.field(
            43usize,
            "windows_information_protection_domain",
            &self.windows_information_protection_domain,
        );
        v.field(44usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10VpnConfiguration {
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
            21usize => self.associated_apps.read_from(r),
            22usize => self.authentication_method.read_from(r),
            23usize => self.connection_type.read_from(r),
            24usize => self.cryptography_suite.read_from(r),
            25usize => self.dns_rules.read_from(r),
            26usize => self.dns_suffixes.read_from(r),
            27usize => self.eap_xml.read_from(r),
            28usize => self.enable_always_on.read_from(r),
            29usize => self.enable_conditional_access.read_from(r),
            30usize => self.enable_device_tunnel.read_from(r),
            31usize => self.enable_dns_registration.read_from(r),
            32usize => self.enable_single_sign_on_with_alternate_certificate.read_from(r),
            33usize => self.enable_split_tunneling.read_from(r),
            34usize => self.only_associated_apps_can_use_connection.read_from(r),
            35usize => self.profile_target.read_from(r),
            36usize => self.proxy_server.read_from(r),
            37usize => self.remember_user_credentials.read_from(r),
            38usize => self.routes.read_from(r),
            39usize => self.single_sign_on_eku.read_from(r),
            40usize => self.single_sign_on_issuer_hash.read_from(r),
            41usize => self.traffic_rules.read_from(r),
            42usize => self.trusted_network_domains.read_from(r),
            43usize => self.windows_information_protection_domain.read_from(r),
            44usize => self.identity_certificate.read_from(r),
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
        w.field(21usize, &self.associated_apps);
        w.field(22usize, &self.authentication_method);
        w.field(23usize, &self.connection_type);
        w.field(24usize, &self.cryptography_suite);
        w.field(25usize, &self.dns_rules);
        w.field(26usize, &self.dns_suffixes);
        w.field(27usize, &self.eap_xml);
        w.field(28usize, &self.enable_always_on);
        w.field(29usize, &self.enable_conditional_access);
        w.field(30usize, &self.enable_device_tunnel);
        w.field(31usize, &self.enable_dns_registration);
        w.field(32usize, &self.enable_single_sign_on_with_alternate_certificate);
        w.field(33usize, &self.enable_split_tunneling);
        w.field(34usize, &self.only_associated_apps_can_use_connection);
        w.field(35usize, &self.profile_target);
        w.field(36usize, &self.proxy_server);
        w.field(37usize, &self.remember_user_credentials);
        w.field(38usize, &self.routes);
        w.field(39usize, &self.single_sign_on_eku);
        w.field(40usize, &self.single_sign_on_issuer_hash);
        w.field(41usize, &self.traffic_rules);
        w.field(42usize, &self.trusted_network_domains);
        w.field(43usize, &self.windows_information_protection_domain);
        w.field(44usize, &self.identity_certificate);
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
rt::impl_object!(Windows10VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10VpnConfiguration { with_id id : ::std::string::String;
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
    ::beta::VpnServer >; with_associated_apps associated_apps : ::std::vec::Vec < crate
    ::beta::Windows10AssociatedApps >; with_authentication_method authentication_method :
    crate ::beta::Windows10VpnAuthenticationMethod; with_connection_type connection_type
    : crate ::beta::Windows10VpnConnectionType; with_cryptography_suite
    cryptography_suite : crate ::beta::CryptographySuite; with_dns_rules dns_rules :
    ::std::vec::Vec < crate ::beta::VpnDnsRule >; with_dns_suffixes dns_suffixes :
    ::std::vec::Vec < ::std::string::String >; with_eap_xml eap_xml : rt::edm::Binary;
    with_enable_always_on enable_always_on : bool; with_enable_conditional_access
    enable_conditional_access : bool; with_enable_device_tunnel enable_device_tunnel :
    bool; with_enable_dns_registration enable_dns_registration : bool;
    with_enable_single_sign_on_with_alternate_certificate
    enable_single_sign_on_with_alternate_certificate : bool; with_enable_split_tunneling
    enable_split_tunneling : bool; with_only_associated_apps_can_use_connection
    only_associated_apps_can_use_connection : bool; with_profile_target profile_target :
    crate ::beta::Windows10VpnProfileTarget; with_proxy_server proxy_server : crate
    ::beta::Windows10VpnProxyServer; with_remember_user_credentials
    remember_user_credentials : bool; with_routes routes : ::std::vec::Vec < crate
    ::beta::VpnRoute >; with_single_sign_on_eku single_sign_on_eku : crate
    ::beta::ExtendedKeyUsage; with_single_sign_on_issuer_hash single_sign_on_issuer_hash
    : ::std::string::String; with_traffic_rules traffic_rules : ::std::vec::Vec < crate
    ::beta::VpnTrafficRule >; with_trusted_network_domains trusted_network_domains :
    ::std::vec::Vec < ::std::string::String >; with_windows_information_protection_domain
    windows_information_protection_domain : ::std::string::String;
    with_identity_certificate identity_certificate : crate
    ::beta::AnyWindowsCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10VpnConfiguration);
