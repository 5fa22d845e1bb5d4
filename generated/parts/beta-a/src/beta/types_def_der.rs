//! Types of `microsoft.graph` by the first letters of their names (`def_der`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.defaultColumnValue`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DefaultColumnValue {
    /// CSDL: property `formula`: `Edm.String`, nullable.
    pub formula: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DefaultColumnValue {
    #[inline]
    fn default() -> Self {
        Self {
            formula: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for DefaultColumnValue {
    const TYPE_NAME: &'static str = "microsoft.graph.defaultColumnValue";
    const KEYS: &'static [&'static str] = &["formula", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"formula\":                      ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.defaultColumnValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "formula", &self.formula);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for DefaultColumnValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.formula.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.formula);
        w.field(1usize, &self.value);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(DefaultColumnValue);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DefaultColumnValue { with_formula formula : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefaultColumnValue);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Policy used to configure detailed management settings for a specified set of apps for all users not targeted by a TargetedManagedAppProtection Policy
///
/// CSDL: `microsoft.graph.defaultManagedAppProtection`, entity type, derived from `microsoft.graph.managedAppProtection`, key `id`.
///
/// Request builders: [`DefaultManagedAppProtectionPath`](requests/trait.DefaultManagedAppProtectionPath.html), what a path to one (`EntityPath<DefaultManagedAppProtection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DefaultManagedAppProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataIngestionLocations`: `Collection(microsoft.graph.managedAppDataIngestionLocation)`, not nullable.
    pub allowed_data_ingestion_locations: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppDataIngestionLocation>,
    >,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::beta::ManagedAppDataTransferLevel,
    >,
    /// Specify the number of characters that may be cut or copied from Org data and accounts to any application. This setting overrides the AllowedOutboundClipboardSharingLevel restriction. Default value of '0' means no exception is allowed.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingExceptionLength`: `Edm.Int32`, not nullable.
    pub allowed_outbound_clipboard_sharing_exception_length: rt::Field<i32>,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::beta::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::beta::ManagedAppDataTransferLevel,
    >,
    /// Defines a managed app behavior, either block or wipe, when the device is either rooted or jailbroken, if DeviceComplianceRequired is set to true.
    ///
    /// CSDL: property `appActionIfDeviceComplianceRequired`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_device_compliance_required: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either block or wipe, based on maximum number of incorrect pin retry attempts.
    ///
    /// CSDL: property `appActionIfMaximumPinRetriesExceeded`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_maximum_pin_retries_exceeded: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// If set, it will specify what action to take in the case where the user is unable to checkin because their authentication token is invalid. This happens when the user is deleted or disabled in AAD.
    ///
    /// CSDL: property `appActionIfUnableToAuthenticateUser`: `microsoft.graph.managedAppRemediationAction`, nullable.
    pub app_action_if_unable_to_authenticate_user: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Indicates whether a user can bring data into org documents.
    ///
    /// CSDL: property `blockDataIngestionIntoOrganizationDocuments`: `Edm.Boolean`, not nullable.
    pub block_data_ingestion_into_organization_documents: rt::Field<bool>,
    /// Indicates whether contacts can be synced to the user's device.
    ///
    /// CSDL: property `contactSyncBlocked`: `Edm.Boolean`, not nullable.
    pub contact_sync_blocked: rt::Field<bool>,
    /// Indicates whether the backup of a managed app's data is blocked.
    ///
    /// CSDL: property `dataBackupBlocked`: `Edm.Boolean`, not nullable.
    pub data_backup_blocked: rt::Field<bool>,
    /// Indicates whether device compliance is required.
    ///
    /// CSDL: property `deviceComplianceRequired`: `Edm.Boolean`, not nullable.
    pub device_compliance_required: rt::Field<bool>,
    /// The classes of dialer apps that are allowed to click-to-open a phone number.
    ///
    /// CSDL: property `dialerRestrictionLevel`: `microsoft.graph.managedAppPhoneNumberRedirectLevel`, not nullable.
    pub dialer_restriction_level: rt::Field<
        crate::beta::ManagedAppPhoneNumberRedirectLevel,
    >,
    /// Indicates whether use of the app pin is required if the device pin is set.
    ///
    /// CSDL: property `disableAppPinIfDevicePinIsSet`: `Edm.Boolean`, not nullable.
    pub disable_app_pin_if_device_pin_is_set: rt::Field<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `fingerprintBlocked`: `Edm.Boolean`, not nullable.
    pub fingerprint_blocked: rt::Field<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `managedBrowser`: `microsoft.graph.managedBrowserType`, not nullable.
    pub managed_browser: rt::Field<rt::Flags<crate::beta::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum allowed device threat level, as reported by the MTD app
    ///
    /// CSDL: property `maximumAllowedDeviceThreatLevel`: `microsoft.graph.managedAppDeviceThreatLevel`, not nullable.
    pub maximum_allowed_device_threat_level: rt::Field<
        crate::beta::ManagedAppDeviceThreatLevel,
    >,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped.
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumRequiredOsVersion`: `Edm.String`, nullable.
    pub maximum_required_os_version: rt::Field<::std::string::String>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumWarningOsVersion`: `Edm.String`, nullable.
    pub maximum_warning_os_version: rt::Field<::std::string::String>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumWipeOsVersion`: `Edm.String`, nullable.
    pub maximum_wipe_os_version: rt::Field<::std::string::String>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, not nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredAppVersion`: `Edm.String`, nullable.
    pub minimum_required_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredOsVersion`: `Edm.String`, nullable.
    pub minimum_required_os_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    ///
    /// CSDL: property `minimumWarningAppVersion`: `Edm.String`, nullable.
    pub minimum_warning_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWarningOsVersion`: `Edm.String`, nullable.
    pub minimum_warning_os_version: rt::Field<::std::string::String>,
    /// Versions less than or equal to the specified version will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipeAppVersion`: `Edm.String`, nullable.
    pub minimum_wipe_app_version: rt::Field<::std::string::String>,
    /// Versions less than or equal to the specified version will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipeOsVersion`: `Edm.String`, nullable.
    pub minimum_wipe_os_version: rt::Field<::std::string::String>,
    /// Determines what action to take if the mobile threat defense threat threshold isn't met. Warn isn't a supported value for this property
    ///
    /// CSDL: property `mobileThreatDefenseRemediationAction`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub mobile_threat_defense_remediation_action: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Specify app notification restriction
    ///
    /// CSDL: property `notificationRestriction`: `microsoft.graph.managedAppNotificationRestriction`, not nullable.
    pub notification_restriction: rt::Field<
        crate::beta::ManagedAppNotificationRestriction,
    >,
    /// Indicates whether organizational credentials are required for app use.
    ///
    /// CSDL: property `organizationalCredentialsRequired`: `Edm.Boolean`, not nullable.
    pub organizational_credentials_required: rt::Field<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True.
    ///
    /// CSDL: property `periodBeforePinReset`: `Edm.Duration`, not nullable.
    pub period_before_pin_reset: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// CSDL: property `periodOfflineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_offline_before_access_check: rt::Field<rt::edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all managed data it is wiped.
    ///
    /// CSDL: property `periodOfflineBeforeWipeIsEnforced`: `Edm.Duration`, not nullable.
    pub period_offline_before_wipe_is_enforced: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet.
    ///
    /// CSDL: property `periodOnlineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_online_before_access_check: rt::Field<rt::edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True.
    ///
    /// CSDL: property `pinCharacterSet`: `microsoft.graph.managedAppPinCharacterSet`, not nullable.
    pub pin_character_set: rt::Field<crate::beta::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
    /// Timeout in minutes for an app pin instead of non biometrics passcode
    ///
    /// CSDL: property `pinRequiredInsteadOfBiometricTimeout`: `Edm.Duration`, nullable.
    pub pin_required_instead_of_biometric_timeout: rt::Field<rt::edm::Duration>,
    /// Requires a pin to be unique from the number specified in this property.
    ///
    /// CSDL: property `previousPinBlockCount`: `Edm.Int32`, not nullable.
    pub previous_pin_block_count: rt::Field<i32>,
    /// Indicates whether printing is allowed from managed apps.
    ///
    /// CSDL: property `printBlocked`: `Edm.Boolean`, not nullable.
    pub print_blocked: rt::Field<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    ///
    /// CSDL: property `saveAsBlocked`: `Edm.Boolean`, not nullable.
    pub save_as_blocked: rt::Field<bool>,
    /// Indicates whether simplePin is blocked.
    ///
    /// CSDL: property `simplePinBlocked`: `Edm.Boolean`, not nullable.
    pub simple_pin_blocked: rt::Field<bool>,
    /// Semicolon seperated list of device manufacturers allowed, as a string, for the managed app to work. (Android only)
    ///
    /// CSDL: property `allowedAndroidDeviceManufacturers`: `Edm.String`, nullable.
    pub allowed_android_device_manufacturers: rt::Field<::std::string::String>,
    /// List of device models allowed, as a string, for the managed app to work. (Android Only)
    ///
    /// CSDL: property `allowedAndroidDeviceModels`: `Collection(Edm.String)`, nullable.
    pub allowed_android_device_models: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Semicolon seperated list of device models allowed, as a string, for the managed app to work. (iOS Only)
    ///
    /// CSDL: property `allowedIosDeviceModels`: `Edm.String`, nullable.
    pub allowed_ios_device_models: rt::Field<::std::string::String>,
    /// Defines a managed app behavior, either block or wipe, if the specified device manufacturer is not allowed. (Android only)
    ///
    /// CSDL: property `appActionIfAndroidDeviceManufacturerNotAllowed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_android_device_manufacturer_not_allowed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either block or wipe, if the specified device model is not allowed. (Android Only)
    ///
    /// CSDL: property `appActionIfAndroidDeviceModelNotAllowed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_android_device_model_not_allowed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either warn or block, if the specified Android App Verification requirement fails.
    ///
    /// CSDL: property `appActionIfAndroidSafetyNetAppsVerificationFailed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_android_safety_net_apps_verification_failed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either warn or block, if the specified Android SafetyNet Attestation requirement fails.
    ///
    /// CSDL: property `appActionIfAndroidSafetyNetDeviceAttestationFailed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_android_safety_net_device_attestation_failed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either warn, block or wipe, if the screen lock is required on device but is not set. (android only)
    ///
    /// CSDL: property `appActionIfDeviceLockNotSet`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_device_lock_not_set: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either block or wipe, if the specified device model is not allowed. (iOS Only)
    ///
    /// CSDL: property `appActionIfIosDeviceModelNotAllowed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_ios_device_model_not_allowed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Type of encryption which should be used for data in a managed app. (iOS Only)
    ///
    /// CSDL: property `appDataEncryptionType`: `microsoft.graph.managedAppDataEncryptionType`, not nullable.
    pub app_data_encryption_type: rt::Field<crate::beta::ManagedAppDataEncryptionType>,
    /// Indicates whether use of the biometric authentication is allowed in place of a pin if PinRequired is set to True. (Android Only)
    ///
    /// CSDL: property `biometricAuthenticationBlocked`: `Edm.Boolean`, not nullable.
    pub biometric_authentication_blocked: rt::Field<bool>,
    /// Maximum number of days Company Portal update can be deferred on the device or app access will be blocked.
    ///
    /// CSDL: property `blockAfterCompanyPortalUpdateDeferralInDays`: `Edm.Int32`, not nullable.
    pub block_after_company_portal_update_deferral_in_days: rt::Field<i32>,
    /// Friendly name of the preferred custom browser to open weblink on Android. (Android only)
    ///
    /// CSDL: property `customBrowserDisplayName`: `Edm.String`, nullable.
    pub custom_browser_display_name: rt::Field<::std::string::String>,
    /// Unique identifier of a custom browser to open weblink on Android. (Android only)
    ///
    /// CSDL: property `customBrowserPackageId`: `Edm.String`, nullable.
    pub custom_browser_package_id: rt::Field<::std::string::String>,
    /// A custom browser protocol to open weblink on iOS. (iOS only)
    ///
    /// CSDL: property `customBrowserProtocol`: `Edm.String`, nullable.
    pub custom_browser_protocol: rt::Field<::std::string::String>,
    /// Friendly name of a custom dialer app to click-to-open a phone number on Android.
    ///
    /// CSDL: property `customDialerAppDisplayName`: `Edm.String`, nullable.
    pub custom_dialer_app_display_name: rt::Field<::std::string::String>,
    /// PackageId of a custom dialer app to click-to-open a phone number on Android.
    ///
    /// CSDL: property `customDialerAppPackageId`: `Edm.String`, nullable.
    pub custom_dialer_app_package_id: rt::Field<::std::string::String>,
    /// Protocol of a custom dialer app to click-to-open a phone number on iOS, for example, skype:.
    ///
    /// CSDL: property `customDialerAppProtocol`: `Edm.String`, nullable.
    pub custom_dialer_app_protocol: rt::Field<::std::string::String>,
    /// A set of string key and string value pairs to be sent to the affected users, unalterned by this service
    ///
    /// CSDL: property `customSettings`: `Collection(microsoft.graph.keyValuePair)`, not nullable.
    pub custom_settings: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// Defines if any kind of lock must be required on device. (android only)
    ///
    /// CSDL: property `deviceLockRequired`: `Edm.Boolean`, not nullable.
    pub device_lock_required: rt::Field<bool>,
    /// When this setting is enabled, app level encryption is disabled if device level encryption is enabled. (Android only)
    ///
    /// CSDL: property `disableAppEncryptionIfDeviceEncryptionIsEnabled`: `Edm.Boolean`, not nullable.
    pub disable_app_encryption_if_device_encryption_is_enabled: rt::Field<bool>,
    /// Disable protection of data transferred to other apps through IOS OpenIn option. This setting is only allowed to be True when AllowedOutboundDataTransferDestinations is set to ManagedApps. (iOS Only)
    ///
    /// CSDL: property `disableProtectionOfManagedOutboundOpenInData`: `Edm.Boolean`, not nullable.
    pub disable_protection_of_managed_outbound_open_in_data: rt::Field<bool>,
    /// Indicates whether managed-app data should be encrypted. (Android only)
    ///
    /// CSDL: property `encryptAppData`: `Edm.Boolean`, not nullable.
    pub encrypt_app_data: rt::Field<bool>,
    /// Android App packages in this list will be exempt from the policy and will be able to receive data from managed apps. (Android only)
    ///
    /// CSDL: property `exemptedAppPackages`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub exempted_app_packages: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// iOS Apps in this list will be exempt from the policy and will be able to receive data from managed apps. (iOS Only)
    ///
    /// CSDL: property `exemptedAppProtocols`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub exempted_app_protocols: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Indicates whether use of the FaceID is allowed in place of a pin if PinRequired is set to True. (iOS Only)
    ///
    /// CSDL: property `faceIdBlocked`: `Edm.Boolean`, not nullable.
    pub face_id_blocked: rt::Field<bool>,
    /// Defines if open-in operation is supported from the managed app to the filesharing locations selected. This setting only applies when AllowedOutboundDataTransferDestinations is set to ManagedApps and DisableProtectionOfManagedOutboundOpenInData is set to False. (iOS Only)
    ///
    /// CSDL: property `filterOpenInToOnlyManagedApps`: `Edm.Boolean`, not nullable.
    pub filter_open_in_to_only_managed_apps: rt::Field<bool>,
    /// Minimum version of the Company portal that must be installed on the device or app access will be blocked
    ///
    /// CSDL: property `minimumRequiredCompanyPortalVersion`: `Edm.String`, nullable.
    pub minimum_required_company_portal_version: rt::Field<::std::string::String>,
    /// Define the oldest required Android security patch level a user can have to gain secure access to the app. (Android only)
    ///
    /// CSDL: property `minimumRequiredPatchVersion`: `Edm.String`, nullable.
    pub minimum_required_patch_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data. (iOS Only)
    ///
    /// CSDL: property `minimumRequiredSdkVersion`: `Edm.String`, nullable.
    pub minimum_required_sdk_version: rt::Field<::std::string::String>,
    /// Minimum version of the Company portal that must be installed on the device or the user will receive a warning
    ///
    /// CSDL: property `minimumWarningCompanyPortalVersion`: `Edm.String`, nullable.
    pub minimum_warning_company_portal_version: rt::Field<::std::string::String>,
    /// Define the oldest recommended Android security patch level a user can have for secure access to the app. (Android only)
    ///
    /// CSDL: property `minimumWarningPatchVersion`: `Edm.String`, nullable.
    pub minimum_warning_patch_version: rt::Field<::std::string::String>,
    /// Minimum version of the Company portal that must be installed on the device or the company data on the app will be wiped
    ///
    /// CSDL: property `minimumWipeCompanyPortalVersion`: `Edm.String`, nullable.
    pub minimum_wipe_company_portal_version: rt::Field<::std::string::String>,
    /// Android security patch level  less than or equal to the specified value will wipe the managed app and the associated company data. (Android only)
    ///
    /// CSDL: property `minimumWipePatchVersion`: `Edm.String`, nullable.
    pub minimum_wipe_patch_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWipeSdkVersion`: `Edm.String`, nullable.
    pub minimum_wipe_sdk_version: rt::Field<::std::string::String>,
    /// Protect incoming data from unknown source. This setting is only allowed to be True when AllowedInboundDataTransferSources is set to AllApps. (iOS Only)
    ///
    /// CSDL: property `protectInboundDataFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub protect_inbound_data_from_unknown_sources: rt::Field<bool>,
    /// Defines the Android SafetyNet Apps Verification requirement for a managed app to work.
    ///
    /// CSDL: property `requiredAndroidSafetyNetAppsVerificationType`: `microsoft.graph.androidManagedAppSafetyNetAppsVerificationType`, not nullable.
    pub required_android_safety_net_apps_verification_type: rt::Field<
        crate::beta::AndroidManagedAppSafetyNetAppsVerificationType,
    >,
    /// Defines the Android SafetyNet Device Attestation requirement for a managed app to work.
    ///
    /// CSDL: property `requiredAndroidSafetyNetDeviceAttestationType`: `microsoft.graph.androidManagedAppSafetyNetDeviceAttestationType`, not nullable.
    pub required_android_safety_net_device_attestation_type: rt::Field<
        crate::beta::AndroidManagedAppSafetyNetDeviceAttestationType,
    >,
    /// Defines the Android SafetyNet evaluation type requirement for a managed app to work. (Android Only)
    ///
    /// CSDL: property `requiredAndroidSafetyNetEvaluationType`: `microsoft.graph.androidManagedAppSafetyNetEvaluationType`, not nullable.
    pub required_android_safety_net_evaluation_type: rt::Field<
        crate::beta::AndroidManagedAppSafetyNetEvaluationType,
    >,
    /// Indicates whether screen capture is blocked. (Android only)
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Defines if third party keyboards are allowed while accessing a managed app. (iOS Only)
    ///
    /// CSDL: property `thirdPartyKeyboardsBlocked`: `Edm.Boolean`, not nullable.
    pub third_party_keyboards_blocked: rt::Field<bool>,
    /// Maximum number of days Company Portal update can be deferred on the device or the user will receive the warning
    ///
    /// CSDL: property `warnAfterCompanyPortalUpdateDeferralInDays`: `Edm.Int32`, not nullable.
    pub warn_after_company_portal_update_deferral_in_days: rt::Field<i32>,
    /// Maximum number of days Company Portal update can be deferred on the device or the company data on the app will be wiped
    ///
    /// CSDL: property `wipeAfterCompanyPortalUpdateDeferralInDays`: `Edm.Int32`, not nullable.
    pub wipe_after_company_portal_update_deferral_in_days: rt::Field<i32>,
    /// List of apps to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `apps`: `Collection(microsoft.graph.managedMobileApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration.
    ///
    /// CSDL: containment navigation property `deploymentSummary`: `microsoft.graph.managedAppPolicyDeploymentSummary`, nullable.
    pub deployment_summary: rt::Field<crate::beta::ManagedAppPolicyDeploymentSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for DefaultManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            allowed_data_ingestion_locations: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_exception_length: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            app_action_if_device_compliance_required: rt::Field::Absent,
            app_action_if_maximum_pin_retries_exceeded: rt::Field::Absent,
            app_action_if_unable_to_authenticate_user: rt::Field::Absent,
            block_data_ingestion_into_organization_documents: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            dialer_restriction_level: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_allowed_device_threat_level: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            maximum_required_os_version: rt::Field::Absent,
            maximum_warning_os_version: rt::Field::Absent,
            maximum_wipe_os_version: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            minimum_wipe_app_version: rt::Field::Absent,
            minimum_wipe_os_version: rt::Field::Absent,
            mobile_threat_defense_remediation_action: rt::Field::Absent,
            notification_restriction: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            pin_required_instead_of_biometric_timeout: rt::Field::Absent,
            previous_pin_block_count: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            allowed_android_device_manufacturers: rt::Field::Absent,
            allowed_android_device_models: rt::Field::Absent,
            allowed_ios_device_models: rt::Field::Absent,
            app_action_if_android_device_manufacturer_not_allowed: rt::Field::Absent,
            app_action_if_android_device_model_not_allowed: rt::Field::Absent,
            app_action_if_android_safety_net_apps_verification_failed: rt::Field::Absent,
            app_action_if_android_safety_net_device_attestation_failed: rt::Field::Absent,
            app_action_if_device_lock_not_set: rt::Field::Absent,
            app_action_if_ios_device_model_not_allowed: rt::Field::Absent,
            app_data_encryption_type: rt::Field::Absent,
            biometric_authentication_blocked: rt::Field::Absent,
            block_after_company_portal_update_deferral_in_days: rt::Field::Absent,
            custom_browser_display_name: rt::Field::Absent,
            custom_browser_package_id: rt::Field::Absent,
            custom_browser_protocol: rt::Field::Absent,
            custom_dialer_app_display_name: rt::Field::Absent,
            custom_dialer_app_package_id: rt::Field::Absent,
            custom_dialer_app_protocol: rt::Field::Absent,
            custom_settings: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            device_lock_required: rt::Field::Absent,
            disable_app_encryption_if_device_encryption_is_enabled: rt::Field::Absent,
            disable_protection_of_managed_outbound_open_in_data: rt::Field::Absent,
            encrypt_app_data: rt::Field::Absent,
            exempted_app_packages: rt::Field::Absent,
            exempted_app_protocols: rt::Field::Absent,
            face_id_blocked: rt::Field::Absent,
            filter_open_in_to_only_managed_apps: rt::Field::Absent,
            minimum_required_company_portal_version: rt::Field::Absent,
            minimum_required_patch_version: rt::Field::Absent,
            minimum_required_sdk_version: rt::Field::Absent,
            minimum_warning_company_portal_version: rt::Field::Absent,
            minimum_warning_patch_version: rt::Field::Absent,
            minimum_wipe_company_portal_version: rt::Field::Absent,
            minimum_wipe_patch_version: rt::Field::Absent,
            minimum_wipe_sdk_version: rt::Field::Absent,
            protect_inbound_data_from_unknown_sources: rt::Field::Absent,
            required_android_safety_net_apps_verification_type: rt::Field::Absent,
            required_android_safety_net_device_attestation_type: rt::Field::Absent,
            required_android_safety_net_evaluation_type: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            third_party_keyboards_blocked: rt::Field::Absent,
            warn_after_company_portal_update_deferral_in_days: rt::Field::Absent,
            wipe_after_company_portal_update_deferral_in_days: rt::Field::Absent,
            apps: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for DefaultManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.defaultManagedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "allowedDataIngestionLocations",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingExceptionLength",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "appActionIfDeviceComplianceRequired",
        "appActionIfMaximumPinRetriesExceeded",
        "appActionIfUnableToAuthenticateUser",
        "blockDataIngestionIntoOrganizationDocuments",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "dialerRestrictionLevel",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumAllowedDeviceThreatLevel",
        "maximumPinRetries",
        "maximumRequiredOsVersion",
        "maximumWarningOsVersion",
        "maximumWipeOsVersion",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "minimumWipeAppVersion",
        "minimumWipeOsVersion",
        "mobileThreatDefenseRemediationAction",
        "notificationRestriction",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "pinRequiredInsteadOfBiometricTimeout",
        "previousPinBlockCount",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
        "allowedAndroidDeviceManufacturers",
        "allowedAndroidDeviceModels",
        "allowedIosDeviceModels",
        "appActionIfAndroidDeviceManufacturerNotAllowed",
        "appActionIfAndroidDeviceModelNotAllowed",
        "appActionIfAndroidSafetyNetAppsVerificationFailed",
        "appActionIfAndroidSafetyNetDeviceAttestationFailed",
        "appActionIfDeviceLockNotSet",
        "appActionIfIosDeviceModelNotAllowed",
        "appDataEncryptionType",
        "biometricAuthenticationBlocked",
        "blockAfterCompanyPortalUpdateDeferralInDays",
        "customBrowserDisplayName",
        "customBrowserPackageId",
        "customBrowserProtocol",
        "customDialerAppDisplayName",
        "customDialerAppPackageId",
        "customDialerAppProtocol",
        "customSettings",
        "deployedAppCount",
        "deviceLockRequired",
        "disableAppEncryptionIfDeviceEncryptionIsEnabled",
        "disableProtectionOfManagedOutboundOpenInData",
        "encryptAppData",
        "exemptedAppPackages",
        "exemptedAppProtocols",
        "faceIdBlocked",
        "filterOpenInToOnlyManagedApps",
        "minimumRequiredCompanyPortalVersion",
        "minimumRequiredPatchVersion",
        "minimumRequiredSdkVersion",
        "minimumWarningCompanyPortalVersion",
        "minimumWarningPatchVersion",
        "minimumWipeCompanyPortalVersion",
        "minimumWipePatchVersion",
        "minimumWipeSdkVersion",
        "protectInboundDataFromUnknownSources",
        "requiredAndroidSafetyNetAppsVerificationType",
        "requiredAndroidSafetyNetDeviceAttestationType",
        "requiredAndroidSafetyNetEvaluationType",
        "screenCaptureBlocked",
        "thirdPartyKeyboardsBlocked",
        "warnAfterCompanyPortalUpdateDeferralInDays",
        "wipeAfterCompanyPortalUpdateDeferralInDays",
        "apps",
        "deploymentSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"allowedDataIngestionLocations\":",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingExceptionLength\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"appActionIfDeviceComplianceRequired\":",
        ",\"appActionIfMaximumPinRetriesExceeded\":",
        ",\"appActionIfUnableToAuthenticateUser\":",
        ",\"blockDataIngestionIntoOrganizationDocuments\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"dialerRestrictionLevel\":       ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumAllowedDeviceThreatLevel\":",
        ",\"maximumPinRetries\":            ",
        ",\"maximumRequiredOsVersion\":     ",
        ",\"maximumWarningOsVersion\":      ",
        ",\"maximumWipeOsVersion\":         ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"minimumWipeAppVersion\":        ",
        ",\"minimumWipeOsVersion\":         ",
        ",\"mobileThreatDefenseRemediationAction\":",
        ",\"notificationRestriction\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"pinRequiredInsteadOfBiometricTimeout\":",
        ",\"previousPinBlockCount\":        ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
        ",\"allowedAndroidDeviceManufacturers\":",
        ",\"allowedAndroidDeviceModels\":   ",
        ",\"allowedIosDeviceModels\":       ",
        ",\"appActionIfAndroidDeviceManufacturerNotAllowed\":",
        ",\"appActionIfAndroidDeviceModelNotAllowed\":",
        ",\"appActionIfAndroidSafetyNetAppsVerificationFailed\":",
        ",\"appActionIfAndroidSafetyNetDeviceAttestationFailed\":",
        ",\"appActionIfDeviceLockNotSet\":  ",
        ",\"appActionIfIosDeviceModelNotAllowed\":",
        ",\"appDataEncryptionType\":        ",
        ",\"biometricAuthenticationBlocked\":",
        ",\"blockAfterCompanyPortalUpdateDeferralInDays\":",
        ",\"customBrowserDisplayName\":     ",
        ",\"customBrowserPackageId\":       ",
        ",\"customBrowserProtocol\":        ",
        ",\"customDialerAppDisplayName\":   ",
        ",\"customDialerAppPackageId\":     ",
        ",\"customDialerAppProtocol\":      ",
        ",\"customSettings\":               ",
        ",\"deployedAppCount\":             ",
        ",\"deviceLockRequired\":           ",
        ",\"disableAppEncryptionIfDeviceEncryptionIsEnabled\":",
        ",\"disableProtectionOfManagedOutboundOpenInData\":",
        ",\"encryptAppData\":               ",
        ",\"exemptedAppPackages\":          ",
        ",\"exemptedAppProtocols\":         ",
        ",\"faceIdBlocked\":                ",
        ",\"filterOpenInToOnlyManagedApps\":",
        ",\"minimumRequiredCompanyPortalVersion\":",
        ",\"minimumRequiredPatchVersion\":  ",
        ",\"minimumRequiredSdkVersion\":    ",
        ",\"minimumWarningCompanyPortalVersion\":",
        ",\"minimumWarningPatchVersion\":   ",
        ",\"minimumWipeCompanyPortalVersion\":",
        ",\"minimumWipePatchVersion\":      ",
        ",\"minimumWipeSdkVersion\":        ",
        ",\"protectInboundDataFromUnknownSources\":",
        ",\"requiredAndroidSafetyNetAppsVerificationType\":",
        ",\"requiredAndroidSafetyNetDeviceAttestationType\":",
        ",\"requiredAndroidSafetyNetEvaluationType\":",
        ",\"screenCaptureBlocked\":         ",
        ",\"thirdPartyKeyboardsBlocked\":   ",
        ",\"warnAfterCompanyPortalUpdateDeferralInDays\":",
        ",\"wipeAfterCompanyPortalUpdateDeferralInDays\":",
        ",\"apps\":                         ",
        ",\"deploymentSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.defaultManagedAppProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(
            7usize,
            "allowed_data_ingestion_locations",
            &self.allowed_data_ingestion_locations,
        );
        v.field(
            8usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            9usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            10usize,
            "allowed_outbound_clipboard_sharing_exception_length",
            &self.allowed_outbound_clipboard_sharing_exception_length,
        );
        v.field(
            11usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            12usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(
            13usize,
            "app_action_if_device_compliance_required",
            &self.app_action_if_device_compliance_required,
        );
        v.field(
            14usize,
            "app_action_if_maximum_pin_retries_exceeded",
            &self.app_action_if_maximum_pin_retries_exceeded,
        );
        v.field(
            15usize,
            "app_action_if_unable_to_authenticate_user",
            &self.app_action_if_unable_to_authenticate_user,
        );
        v.field(
            16usize,
            "block_data_ingestion_into_organization_documents",
            &self.block_data_ingestion_into_organization_documents,
        );
        v.field(17usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(18usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(19usize, "device_compliance_required", &self.device_compliance_required);
        v.field(20usize, "dialer_restriction_level", &self.dialer_restriction_level);
        v.field(
            21usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(22usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(23usize, "managed_browser", &self.managed_browser);
        v.field(
            24usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(
            25usize,
            "maximum_allowed_device_threat_level",
            &self.maximum_allowed_device_threat_level,
        );
        v.field(26usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(
            27usize,
            "maximum_required_os_version",
            &self.maximum_required_os_version,
        );
        v.field(28usize, "maximum_warning_os_version", &self.maximum_warning_os_version);
        v.field(29usize, "maximum_wipe_os_version", &self.maximum_wipe_os_version);
        v.field(30usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            31usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            32usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            33usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(34usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(35usize, "minimum_wipe_app_version", &self.minimum_wipe_app_version);
        v.field(36usize, "minimum_wipe_os_version", &self.minimum_wipe_os_version);
        v.field(
            37usize,
            "mobile_threat_defense_remediation_action",
            &self.mobile_threat_defense_remediation_action,
        );
        v.field(38usize, "notification_restriction", &self.notification_restriction);
        v.field(
            39usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(40usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            41usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            42usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            43usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(44usize, "pin_character_set", &self.pin_character_set);
        v.field(45usize, "pin_required", &self.pin_required);
        v.field(
            46usize,
            "pin_required_instead_of_biometric_timeout",
            &self.pin_required_instead_of_biometric_timeout,
        );
        v.field(47usize, "previous_pin_block_count", &self.previous_pin_block_count);
        v.field(48usize, "print_blocked", &self.print_blocked);
        v.field(49usize, "save_as_blocked", &self.save_as_blocked);
        v.field(50usize, "simple_pin_blocked", &self.simple_pin_blocked);
        v.field(
            51usize,
            "allowed_android_device_manufacturers",
            &self.allowed_android_device_manufacturers,
        );
        v.field(
            52usize,
            "allowed_android_device_models",
            &self.allowed_android_device_models,
        );
        v.field(53usize, "allowed_ios_device_models", &self.allowed_ios_device_models);
        v.field(
            54usize,
            "app_action_if_android_device_manufacturer_not_allowed",
            &self.app_action_if_android_device_manufacturer_not_allowed,
        );
        v.field(
            55usize,
            "app_action_if_android_device_model_not_allowed",
            &self.app_action_if_android_device_model_not_allowed,
        );
        v.field(
            56usize,
            "app_action_if_android_safety_net_apps_verification_failed",
            &self.app_action_if_android_safety_net_apps_verification_failed,
        );
        v.field(
            57usize,
            "app_action_if_android_safety_net_device_attestation_failed",
            &self.app_action_if_android_safety_net_device_attestation_failed,
        );
        v.field(
            58usize,
            "app_action_if_device_lock_not_set",
            &self.app_action_if_device_lock_not_set,
        );
        v.field(
            59usize,
            "app_action_if_ios_device_model_not_allowed",
            &self.app_action_if_ios_device_model_not_allowed,
        );
        v.field(60usize, "app_data_encryption_type", &self.app_data_encryption_type);
        v.field(
            61usize,
            "biometric_authentication_blocked",
            &self.biometric_authentication_blocked,
        );
        v.field(
            62usize,
            "block_after_company_portal_update_deferral_in_days",
            &self.block_after_company_portal_update_deferral_in_days,
        );
        v.field(
            63usize,
            "custom_browser_display_name",
            &self.custom_browser_display_name,
        );
        v.field(64usize, "custom_browser_package_id", &self.custom_browser_package_id);
        v.field(65usize, "custom_browser_protocol", &self.custom_browser_protocol);
        v.field(
            66usize,
            "custom_dialer_app_display_name",
            &self.custom_dialer_app_display_name,
        );
        v.field(
            67usize,
            "custom_dialer_app_package_id",
            &self.custom_dialer_app_package_id,
        );
        v.field(68usize, "custom_dialer_app_protocol", &self.custom_dialer_app_protocol);
        v.field(69usize, "custom_settings", &self.custom_settings);
        v.field(70usize, "deployed_app_count", &self.deployed_app_count);
        v.field(71usize, "device_lock_required", &self.device_lock_required);
        v.field(
            72usize,
            "disable_app_encryption_if_device_encryption_is_enabled",
            &self.disable_app_encryption_if_device_encryption_is_enabled,
        );
        v.field(
            73usize,
            "disable_protection_of_managed_outbound_open_in_data",
            &self.disable_protection_of_managed_outbound_open_in_data,
        );
        v.field(74usize, "encrypt_app_data", &self.encrypt_app_data);
        v.field(75usize, "exempted_app_packages", &self.exempted_app_packages);
        v.field(76usize, "exempted_app_protocols", &self.exempted_app_protocols);
        v.field(77usize, "face_id_blocked", &self.face_id_blocked);
        v.field(
            78usize,
            "filter_open_in_to_only_managed_apps",
            &self.filter_open_in_to_only_managed_apps,
        );
        v.field(
            79usize,
            "minimum_required_company_portal_version",
            &self.minimum_required_company_portal_version,
        );
        v.field(
            80usize,
            "minimum_required_patch_version",
            &self.minimum_required_patch_version,
        );
        v.field(
            81usize,
            "minimum_required_sdk_version",
            &self.minimum_required_sdk_version,
        );
        v.field(
            82usize,
            "minimum_warning_company_portal_version",
            &self.minimum_warning_company_portal_version,
        );
        v.field(
            83usize,
            "minimum_warning_patch_version",
            &self.minimum_warning_patch_version,
        );
        v.field(
            84usize,
            "minimum_wipe_company_portal_version",
            &self.minimum_wipe_company_portal_version,
        );
        v.field(85usize, "minimum_wipe_patch_version", &self.minimum_wipe_patch_version);
        v.field(86usize, "minimum_wipe_sdk_version", &self.minimum_wipe_sdk_version);
        v.field(
            87usize,
            "protect_inbound_data_from_unknown_sources",
            &self.protect_inbound_data_from_unknown_sources,
        );
        v.field(
            88usize,
            "required_android_safety_net_apps_verification_type",
            &self.required_android_safety_net_apps_verification_type,
        );
        v.field(
            89usize,
            "required_android_safety_net_device_attestation_type",
            &self.required_android_safety_net_device_attestation_type,
        );
        v.field(
            90usize,
            "required_android_safety_net_evaluation_type",
            &self.required_android_safety_net_evaluation_type,
        );
        v.field(91usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            92usize,
            "third_party_keyboards_blocked",
            &self.third_party_keyboards_blocked,
        );
        v.field(
            93usize,
            "warn_after_company_portal_update_deferral_in_days",
            &self.warn_after_company_portal_update_deferral_in_days,
        );
        v.field(
            94usize,
            "wipe_after_company_portal_update_deferral_in_days",
            &self.wipe_after_company_portal_update_deferral_in_days,
        );
        v.field(95usize, "apps", &self.apps);
        v.field(96usize, "deployment_summary", &self.deployment_summary);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for DefaultManagedAppProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.allowed_data_ingestion_locations.read_from(r),
            8usize => self.allowed_data_storage_locations.read_from(r),
            9usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            10usize => {
                self.allowed_outbound_clipboard_sharing_exception_length.read_from(r)
            }
            11usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            12usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            13usize => self.app_action_if_device_compliance_required.read_from(r),
            14usize => self.app_action_if_maximum_pin_retries_exceeded.read_from(r),
            15usize => self.app_action_if_unable_to_authenticate_user.read_from(r),
            16usize => self.block_data_ingestion_into_organization_documents.read_from(r),
            17usize => self.contact_sync_blocked.read_from(r),
            18usize => self.data_backup_blocked.read_from(r),
            19usize => self.device_compliance_required.read_from(r),
            20usize => self.dialer_restriction_level.read_from(r),
            21usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            22usize => self.fingerprint_blocked.read_from(r),
            23usize => self.managed_browser.read_from(r),
            24usize => self.managed_browser_to_open_links_required.read_from(r),
            25usize => self.maximum_allowed_device_threat_level.read_from(r),
            26usize => self.maximum_pin_retries.read_from(r),
            27usize => self.maximum_required_os_version.read_from(r),
            28usize => self.maximum_warning_os_version.read_from(r),
            29usize => self.maximum_wipe_os_version.read_from(r),
            30usize => self.minimum_pin_length.read_from(r),
            31usize => self.minimum_required_app_version.read_from(r),
            32usize => self.minimum_required_os_version.read_from(r),
            33usize => self.minimum_warning_app_version.read_from(r),
            34usize => self.minimum_warning_os_version.read_from(r),
            35usize => self.minimum_wipe_app_version.read_from(r),
            36usize => self.minimum_wipe_os_version.read_from(r),
            37usize => self.mobile_threat_defense_remediation_action.read_from(r),
            38usize => self.notification_restriction.read_from(r),
            39usize => self.organizational_credentials_required.read_from(r),
            40usize => self.period_before_pin_reset.read_from(r),
            41usize => self.period_offline_before_access_check.read_from(r),
            42usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            43usize => self.period_online_before_access_check.read_from(r),
            44usize => self.pin_character_set.read_from(r),
            45usize => self.pin_required.read_from(r),
            46usize => self.pin_required_instead_of_biometric_timeout.read_from(r),
            47usize => self.previous_pin_block_count.read_from(r),
            48usize => self.print_blocked.read_from(r),
            49usize => self.save_as_blocked.read_from(r),
            50usize => self.simple_pin_blocked.read_from(r),
            51usize => self.allowed_android_device_manufacturers.read_from(r),
            52usize => self.allowed_android_device_models.read_from(r),
            53usize => self.allowed_ios_device_models.read_from(r),
            54usize => {
                self.app_action_if_android_device_manufacturer_not_allowed.read_from(r)
            }
            55usize => self.app_action_if_android_device_model_not_allowed.read_from(r),
            56usize => {
                self.app_action_if_android_safety_net_apps_verification_failed
                    .read_from(r)
            }
            57usize => {
                self.app_action_if_android_safety_net_device_attestation_failed
                    .read_from(r)
            }
            58usize => self.app_action_if_device_lock_not_set.read_from(r),
            59usize => self.app_action_if_ios_device_model_not_allowed.read_from(r),
            60usize => self.app_data_encryption_type.read_from(r),
            61usize => self.biometric_authentication_blocked.read_from(r),
            62usize => {
                self.block_after_company_portal_update_deferral_in_days.read_from(r)
            }
            63usize => self.custom_browser_display_name.read_from(r),
            64usize => self.custom_browser_package_id.read_from(r),
            65usize => self.custom_browser_protocol.read_from(r),
            66usize => self.custom_dialer_app_display_name.read_from(r),
            67usize => self.custom_dialer_app_package_id.read_from(r),
            68usize => self.custom_dialer_app_protocol.read_from(r),
            69usize => self.custom_settings.read_from(r),
            70usize => self.deployed_app_count.read_from(r),
            71usize => self.device_lock_required.read_from(r),
            72usize => {
                self.disable_app_encryption_if_device_encryption_is_enabled.read_from(r)
            }
            73usize => {
                self.disable_protection_of_managed_outbound_open_in_data.read_from(r)
            }
            74usize => self.encrypt_app_data.read_from(r),
            75usize => self.exempted_app_packages.read_from(r),
            76usize => self.exempted_app_protocols.read_from(r),
            77usize => self.face_id_blocked.read_from(r),
            78usize => self.filter_open_in_to_only_managed_apps.read_from(r),
            79usize => self.minimum_required_company_portal_version.read_from(r),
            80usize => self.minimum_required_patch_version.read_from(r),
            81usize => self.minimum_required_sdk_version.read_from(r),
            82usize => self.minimum_warning_company_portal_version.read_from(r),
            83usize => self.minimum_warning_patch_version.read_from(r),
            84usize => self.minimum_wipe_company_portal_version.read_from(r),
            85usize => self.minimum_wipe_patch_version.read_from(r),
            86usize => self.minimum_wipe_sdk_version.read_from(r),
            87usize => self.protect_inbound_data_from_unknown_sources.read_from(r),
            88usize => {
                self.required_android_safety_net_apps_verification_type.read_from(r)
            }
            89usize => {
                self.required_android_safety_net_device_attestation_type.read_from(r)
            }
            90usize => self.required_android_safety_net_evaluation_type.read_from(r),
            91usize => self.screen_capture_blocked.read_from(r),
            92usize => self.third_party_keyboards_blocked.read_from(r),
            93usize => {
                self.warn_after_company_portal_update_deferral_in_days.read_from(r)
            }
            94usize => {
                self.wipe_after_company_portal_update_deferral_in_days.read_from(r)
            }
            95usize => self.apps.read_from(r),
            96usize => self.deployment_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.allowed_data_ingestion_locations);
        w.field(8usize, &self.allowed_data_storage_locations);
        w.field(9usize, &self.allowed_inbound_data_transfer_sources);
        w.field(10usize, &self.allowed_outbound_clipboard_sharing_exception_length);
        w.field(11usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(12usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(13usize, &self.app_action_if_device_compliance_required);
        w.field(14usize, &self.app_action_if_maximum_pin_retries_exceeded);
        w.field(15usize, &self.app_action_if_unable_to_authenticate_user);
        w.field(16usize, &self.block_data_ingestion_into_organization_documents);
        w.field(17usize, &self.contact_sync_blocked);
        w.field(18usize, &self.data_backup_blocked);
        w.field(19usize, &self.device_compliance_required);
        w.field(20usize, &self.dialer_restriction_level);
        w.field(21usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(22usize, &self.fingerprint_blocked);
        w.field(23usize, &self.managed_browser);
        w.field(24usize, &self.managed_browser_to_open_links_required);
        w.field(25usize, &self.maximum_allowed_device_threat_level);
        w.field(26usize, &self.maximum_pin_retries);
        w.field(27usize, &self.maximum_required_os_version);
        w.field(28usize, &self.maximum_warning_os_version);
        w.field(29usize, &self.maximum_wipe_os_version);
        w.field(30usize, &self.minimum_pin_length);
        w.field(31usize, &self.minimum_required_app_version);
        w.field(32usize, &self.minimum_required_os_version);
        w.field(33usize, &self.minimum_warning_app_version);
        w.field(34usize, &self.minimum_warning_os_version);
        w.field(35usize, &self.minimum_wipe_app_version);
        w.field(36usize, &self.minimum_wipe_os_version);
        w.field(37usize, &self.mobile_threat_defense_remediation_action);
        w.field(38usize, &self.notification_restriction);
        w.field(39usize, &self.organizational_credentials_required);
        w.field(40usize, &self.period_before_pin_reset);
        w.field(41usize, &self.period_offline_before_access_check);
        w.field(42usize, &self.period_offline_before_wipe_is_enforced);
        w.field(43usize, &self.period_online_before_access_check);
        w.field(44usize, &self.pin_character_set);
        w.field(45usize, &self.pin_required);
        w.field(46usize, &self.pin_required_instead_of_biometric_timeout);
        w.field(47usize, &self.previous_pin_block_count);
        w.field(48usize, &self.print_blocked);
        w.field(49usize, &self.save_as_blocked);
        w.field(50usize, &self.simple_pin_blocked);
        w.field(51usize, &self.allowed_android_device_manufacturers);
        w.field(52usize, &self.allowed_android_device_models);
        w.field(53usize, &self.allowed_ios_device_models);
        w.field(54usize, &self.app_action_if_android_device_manufacturer_not_allowed);
        w.field(55usize, &self.app_action_if_android_device_model_not_allowed);
        w.field(
            56usize,
            &self.app_action_if_android_safety_net_apps_verification_failed,
        );
        w.field(
            57usize,
            &self.app_action_if_android_safety_net_device_attestation_failed,
        );
        w.field(58usize, &self.app_action_if_device_lock_not_set);
        w.field(59usize, &self.app_action_if_ios_device_model_not_allowed);
        w.field(60usize, &self.app_data_encryption_type);
        w.field(61usize, &self.biometric_authentication_blocked);
        w.field(62usize, &self.block_after_company_portal_update_deferral_in_days);
        w.field(63usize, &self.custom_browser_display_name);
        w.field(64usize, &self.custom_browser_package_id);
        w.field(65usize, &self.custom_browser_protocol);
        w.field(66usize, &self.custom_dialer_app_display_name);
        w.field(67usize, &self.custom_dialer_app_package_id);
        w.field(68usize, &self.custom_dialer_app_protocol);
        w.field(69usize, &self.custom_settings);
        w.field(70usize, &self.deployed_app_count);
        w.field(71usize, &self.device_lock_required);
        w.field(72usize, &self.disable_app_encryption_if_device_encryption_is_enabled);
        w.field(73usize, &self.disable_protection_of_managed_outbound_open_in_data);
        w.field(74usize, &self.encrypt_app_data);
        w.field(75usize, &self.exempted_app_packages);
        w.field(76usize, &self.exempted_app_protocols);
        w.field(77usize, &self.face_id_blocked);
        w.field(78usize, &self.filter_open_in_to_only_managed_apps);
        w.field(79usize, &self.minimum_required_company_portal_version);
        w.field(80usize, &self.minimum_required_patch_version);
        w.field(81usize, &self.minimum_required_sdk_version);
        w.field(82usize, &self.minimum_warning_company_portal_version);
        w.field(83usize, &self.minimum_warning_patch_version);
        w.field(84usize, &self.minimum_wipe_company_portal_version);
        w.field(85usize, &self.minimum_wipe_patch_version);
        w.field(86usize, &self.minimum_wipe_sdk_version);
        w.field(87usize, &self.protect_inbound_data_from_unknown_sources);
        w.field(88usize, &self.required_android_safety_net_apps_verification_type);
        w.field(89usize, &self.required_android_safety_net_device_attestation_type);
        w.field(90usize, &self.required_android_safety_net_evaluation_type);
        w.field(91usize, &self.screen_capture_blocked);
        w.field(92usize, &self.third_party_keyboards_blocked);
        w.field(93usize, &self.warn_after_company_portal_update_deferral_in_days);
        w.field(94usize, &self.wipe_after_company_portal_update_deferral_in_days);
        w.field(95usize, &self.apps);
        w.field(96usize, &self.deployment_summary);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(DefaultManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    DefaultManagedAppProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : ::std::string::String;
    with_allowed_data_ingestion_locations allowed_data_ingestion_locations :
    ::std::vec::Vec < crate ::beta::ManagedAppDataIngestionLocation >;
    with_allowed_data_storage_locations allowed_data_storage_locations : ::std::vec::Vec
    < crate ::beta::ManagedAppDataStorageLocation >;
    with_allowed_inbound_data_transfer_sources allowed_inbound_data_transfer_sources :
    crate ::beta::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_exception_length
    allowed_outbound_clipboard_sharing_exception_length : i32;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::beta::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::beta::ManagedAppDataTransferLevel; with_app_action_if_device_compliance_required
    app_action_if_device_compliance_required : crate ::beta::ManagedAppRemediationAction;
    with_app_action_if_maximum_pin_retries_exceeded
    app_action_if_maximum_pin_retries_exceeded : crate
    ::beta::ManagedAppRemediationAction; with_app_action_if_unable_to_authenticate_user
    app_action_if_unable_to_authenticate_user : crate
    ::beta::ManagedAppRemediationAction;
    with_block_data_ingestion_into_organization_documents
    block_data_ingestion_into_organization_documents : bool; with_contact_sync_blocked
    contact_sync_blocked : bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_dialer_restriction_level dialer_restriction_level : crate
    ::beta::ManagedAppPhoneNumberRedirectLevel; with_disable_app_pin_if_device_pin_is_set
    disable_app_pin_if_device_pin_is_set : bool; with_fingerprint_blocked
    fingerprint_blocked : bool; with_managed_browser managed_browser : rt::Flags < crate
    ::beta::ManagedBrowserType >; with_managed_browser_to_open_links_required
    managed_browser_to_open_links_required : bool;
    with_maximum_allowed_device_threat_level maximum_allowed_device_threat_level : crate
    ::beta::ManagedAppDeviceThreatLevel; with_maximum_pin_retries maximum_pin_retries :
    i32; with_maximum_required_os_version maximum_required_os_version :
    ::std::string::String; with_maximum_warning_os_version maximum_warning_os_version :
    ::std::string::String; with_maximum_wipe_os_version maximum_wipe_os_version :
    ::std::string::String; with_minimum_pin_length minimum_pin_length : i32;
    with_minimum_required_app_version minimum_required_app_version :
    ::std::string::String; with_minimum_required_os_version minimum_required_os_version :
    ::std::string::String; with_minimum_warning_app_version minimum_warning_app_version :
    ::std::string::String; with_minimum_warning_os_version minimum_warning_os_version :
    ::std::string::String; with_minimum_wipe_app_version minimum_wipe_app_version :
    ::std::string::String; with_minimum_wipe_os_version minimum_wipe_os_version :
    ::std::string::String; with_mobile_threat_defense_remediation_action
    mobile_threat_defense_remediation_action : crate ::beta::ManagedAppRemediationAction;
    with_notification_restriction notification_restriction : crate
    ::beta::ManagedAppNotificationRestriction; with_organizational_credentials_required
    organizational_credentials_required : bool; with_period_before_pin_reset
    period_before_pin_reset : rt::edm::Duration; with_period_offline_before_access_check
    period_offline_before_access_check : rt::edm::Duration;
    with_period_offline_before_wipe_is_enforced period_offline_before_wipe_is_enforced :
    rt::edm::Duration; with_period_online_before_access_check
    period_online_before_access_check : rt::edm::Duration; with_pin_character_set
    pin_character_set : crate ::beta::ManagedAppPinCharacterSet; with_pin_required
    pin_required : bool; with_pin_required_instead_of_biometric_timeout
    pin_required_instead_of_biometric_timeout : rt::edm::Duration;
    with_previous_pin_block_count previous_pin_block_count : i32; with_print_blocked
    print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool;
    with_allowed_android_device_manufacturers allowed_android_device_manufacturers :
    ::std::string::String; with_allowed_android_device_models
    allowed_android_device_models : ::std::vec::Vec < ::std::string::String >;
    with_allowed_ios_device_models allowed_ios_device_models : ::std::string::String;
    with_app_action_if_android_device_manufacturer_not_allowed
    app_action_if_android_device_manufacturer_not_allowed : crate
    ::beta::ManagedAppRemediationAction;
    with_app_action_if_android_device_model_not_allowed
    app_action_if_android_device_model_not_allowed : crate
    ::beta::ManagedAppRemediationAction;
    with_app_action_if_android_safety_net_apps_verification_failed
    app_action_if_android_safety_net_apps_verification_failed : crate
    ::beta::ManagedAppRemediationAction;
    with_app_action_if_android_safety_net_device_attestation_failed
    app_action_if_android_safety_net_device_attestation_failed : crate
    ::beta::ManagedAppRemediationAction; with_app_action_if_device_lock_not_set
    app_action_if_device_lock_not_set : crate ::beta::ManagedAppRemediationAction;
    with_app_action_if_ios_device_model_not_allowed
    app_action_if_ios_device_model_not_allowed : crate
    ::beta::ManagedAppRemediationAction; with_app_data_encryption_type
    app_data_encryption_type : crate ::beta::ManagedAppDataEncryptionType;
    with_biometric_authentication_blocked biometric_authentication_blocked : bool;
    with_block_after_company_portal_update_deferral_in_days
    block_after_company_portal_update_deferral_in_days : i32;
    with_custom_browser_display_name custom_browser_display_name : ::std::string::String;
    with_custom_browser_package_id custom_browser_package_id : ::std::string::String;
    with_custom_browser_protocol custom_browser_protocol : ::std::string::String;
    with_custom_dialer_app_display_name custom_dialer_app_display_name :
    ::std::string::String; with_custom_dialer_app_package_id custom_dialer_app_package_id
    : ::std::string::String; with_custom_dialer_app_protocol custom_dialer_app_protocol :
    ::std::string::String; with_custom_settings custom_settings : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_deployed_app_count deployed_app_count : i32;
    with_device_lock_required device_lock_required : bool;
    with_disable_app_encryption_if_device_encryption_is_enabled
    disable_app_encryption_if_device_encryption_is_enabled : bool;
    with_disable_protection_of_managed_outbound_open_in_data
    disable_protection_of_managed_outbound_open_in_data : bool; with_encrypt_app_data
    encrypt_app_data : bool; with_exempted_app_packages exempted_app_packages :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_exempted_app_protocols
    exempted_app_protocols : ::std::vec::Vec < crate ::beta::KeyValuePair >;
    with_face_id_blocked face_id_blocked : bool; with_filter_open_in_to_only_managed_apps
    filter_open_in_to_only_managed_apps : bool;
    with_minimum_required_company_portal_version minimum_required_company_portal_version
    : ::std::string::String; with_minimum_required_patch_version
    minimum_required_patch_version : ::std::string::String;
    with_minimum_required_sdk_version minimum_required_sdk_version :
    ::std::string::String; with_minimum_warning_company_portal_version
    minimum_warning_company_portal_version : ::std::string::String;
    with_minimum_warning_patch_version minimum_warning_patch_version :
    ::std::string::String; with_minimum_wipe_company_portal_version
    minimum_wipe_company_portal_version : ::std::string::String;
    with_minimum_wipe_patch_version minimum_wipe_patch_version : ::std::string::String;
    with_minimum_wipe_sdk_version minimum_wipe_sdk_version : ::std::string::String;
    with_protect_inbound_data_from_unknown_sources
    protect_inbound_data_from_unknown_sources : bool;
    with_required_android_safety_net_apps_verification_type
    required_android_safety_net_apps_verification_type : crate
    ::beta::AndroidManagedAppSafetyNetAppsVerificationType;
    with_required_android_safety_net_device_attestation_type
    required_android_safety_net_device_attestation_type : crate
    ::beta::AndroidManagedAppSafetyNetDeviceAttestationType;
    with_required_android_safety_net_evaluation_type
    required_android_safety_net_evaluation_type : crate
    ::beta::AndroidManagedAppSafetyNetEvaluationType; with_screen_capture_blocked
    screen_capture_blocked : bool; with_third_party_keyboards_blocked
    third_party_keyboards_blocked : bool;
    with_warn_after_company_portal_update_deferral_in_days
    warn_after_company_portal_update_deferral_in_days : i32;
    with_wipe_after_company_portal_update_deferral_in_days
    wipe_after_company_portal_update_deferral_in_days : i32; with_apps apps :
    ::std::vec::Vec < crate ::beta::ManagedMobileApp >; with_deployment_summary
    deployment_summary : crate ::beta::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefaultManagedAppProtection);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.defaultUserRolePermissions`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DefaultUserRolePermissions {
    /// CSDL: property `allowedToCreateApps`: `Edm.Boolean`, not nullable.
    pub allowed_to_create_apps: rt::Field<bool>,
    /// CSDL: property `allowedToCreateSecurityGroups`: `Edm.Boolean`, not nullable.
    pub allowed_to_create_security_groups: rt::Field<bool>,
    /// CSDL: property `allowedToReadOtherUsers`: `Edm.Boolean`, not nullable.
    pub allowed_to_read_other_users: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DefaultUserRolePermissions {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_to_create_apps: rt::Field::Absent,
            allowed_to_create_security_groups: rt::Field::Absent,
            allowed_to_read_other_users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DefaultUserRolePermissions {
    const TYPE_NAME: &'static str = "microsoft.graph.defaultUserRolePermissions";
    const KEYS: &'static [&'static str] = &[
        "allowedToCreateApps",
        "allowedToCreateSecurityGroups",
        "allowedToReadOtherUsers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedToCreateApps\":          ",
        ",\"allowedToCreateSecurityGroups\":",
        ",\"allowedToReadOtherUsers\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.defaultUserRolePermissions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_to_create_apps", &self.allowed_to_create_apps);
        v.field(
            1usize,
            "allowed_to_create_security_groups",
            &self.allowed_to_create_security_groups,
        );
        v.field(
            2usize,
            "allowed_to_read_other_users",
            &self.allowed_to_read_other_users,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DefaultUserRolePermissions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_to_create_apps.read_from(r),
            1usize => self.allowed_to_create_security_groups.read_from(r),
            2usize => self.allowed_to_read_other_users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_to_create_apps);
        w.field(1usize, &self.allowed_to_create_security_groups);
        w.field(2usize, &self.allowed_to_read_other_users);
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
rt::impl_object!(DefaultUserRolePermissions);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DefaultUserRolePermissions { with_allowed_to_create_apps allowed_to_create_apps :
    bool; with_allowed_to_create_security_groups allowed_to_create_security_groups :
    bool; with_allowed_to_read_other_users allowed_to_read_other_users : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefaultUserRolePermissions);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderCloudBlockLevelType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderCloudBlockLevelType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `high` (value 1).
    High,
    /// `highPlus` (value 2).
    HighPlus,
    /// `zeroTolerance` (value 3).
    ZeroTolerance,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderCloudBlockLevelType {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderCloudBlockLevelType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "high",
        "highPlus",
        "zeroTolerance",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "high" => Self::High,
                "highPlus" => Self::HighPlus,
                "zeroTolerance" => Self::ZeroTolerance,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::NotConfigured => "notConfigured",
            Self::High => "high",
            Self::HighPlus => "highPlus",
            Self::ZeroTolerance => "zeroTolerance",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderCloudBlockLevelType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderCloudBlockLevelType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Specify Defender’s actions to take on detected Malware per threat level.
///
/// CSDL: `microsoft.graph.defenderDetectedMalwareActions`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DefenderDetectedMalwareActions {
    /// Indicates a Defender action to take for high severity Malware threat detected.
    ///
    /// CSDL: property `highSeverity`: `microsoft.graph.defenderThreatAction`, not nullable.
    pub high_severity: rt::Field<crate::beta::DefenderThreatAction>,
    /// Indicates a Defender action to take for low severity Malware threat detected.
    ///
    /// CSDL: property `lowSeverity`: `microsoft.graph.defenderThreatAction`, not nullable.
    pub low_severity: rt::Field<crate::beta::DefenderThreatAction>,
    /// Indicates a Defender action to take for moderate severity Malware threat detected.
    ///
    /// CSDL: property `moderateSeverity`: `microsoft.graph.defenderThreatAction`, not nullable.
    pub moderate_severity: rt::Field<crate::beta::DefenderThreatAction>,
    /// Indicates a Defender action to take for severe severity Malware threat detected.
    ///
    /// CSDL: property `severeSeverity`: `microsoft.graph.defenderThreatAction`, not nullable.
    pub severe_severity: rt::Field<crate::beta::DefenderThreatAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DefenderDetectedMalwareActions {
    #[inline]
    fn default() -> Self {
        Self {
            high_severity: rt::Field::Absent,
            low_severity: rt::Field::Absent,
            moderate_severity: rt::Field::Absent,
            severe_severity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DefenderDetectedMalwareActions {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderDetectedMalwareActions";
    const KEYS: &'static [&'static str] = &[
        "highSeverity",
        "lowSeverity",
        "moderateSeverity",
        "severeSeverity",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"highSeverity\":                 ",
        ",\"lowSeverity\":                  ",
        ",\"moderateSeverity\":             ",
        ",\"severeSeverity\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.defenderDetectedMalwareActions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "high_severity", &self.high_severity);
        v.field(1usize, "low_severity", &self.low_severity);
        v.field(2usize, "moderate_severity", &self.moderate_severity);
        v.field(3usize, "severe_severity", &self.severe_severity);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DefenderDetectedMalwareActions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.high_severity.read_from(r),
            1usize => self.low_severity.read_from(r),
            2usize => self.moderate_severity.read_from(r),
            3usize => self.severe_severity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.high_severity);
        w.field(1usize, &self.low_severity);
        w.field(2usize, &self.moderate_severity);
        w.field(3usize, &self.severe_severity);
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
rt::impl_object!(DefenderDetectedMalwareActions);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DefenderDetectedMalwareActions { with_high_severity high_severity : crate
    ::beta::DefenderThreatAction; with_low_severity low_severity : crate
    ::beta::DefenderThreatAction; with_moderate_severity moderate_severity : crate
    ::beta::DefenderThreatAction; with_severe_severity severe_severity : crate
    ::beta::DefenderThreatAction; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderDetectedMalwareActions);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderMonitorFileActivity`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderMonitorFileActivity {
    /// `userDefined` (value 0).
    UserDefined,
    /// `disable` (value 1).
    Disable,
    /// `monitorAllFiles` (value 2).
    MonitorAllFiles,
    /// `monitorIncomingFilesOnly` (value 3).
    MonitorIncomingFilesOnly,
    /// `monitorOutgoingFilesOnly` (value 4).
    MonitorOutgoingFilesOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderMonitorFileActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderMonitorFileActivity";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "disable",
        "monitorAllFiles",
        "monitorIncomingFilesOnly",
        "monitorOutgoingFilesOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "disable" => Self::Disable,
                "monitorAllFiles" => Self::MonitorAllFiles,
                "monitorIncomingFilesOnly" => Self::MonitorIncomingFilesOnly,
                "monitorOutgoingFilesOnly" => Self::MonitorOutgoingFilesOnly,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::UserDefined => "userDefined",
            Self::Disable => "disable",
            Self::MonitorAllFiles => "monitorAllFiles",
            Self::MonitorIncomingFilesOnly => "monitorIncomingFilesOnly",
            Self::MonitorOutgoingFilesOnly => "monitorOutgoingFilesOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderMonitorFileActivity);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderMonitorFileActivity);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderScanType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderScanType {
    /// `userDefined` (value 0).
    UserDefined,
    /// `disabled` (value 1).
    Disabled,
    /// `quick` (value 2).
    Quick,
    /// `full` (value 3).
    Full,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderScanType {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderScanType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "disabled",
        "quick",
        "full",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "disabled" => Self::Disabled,
                "quick" => Self::Quick,
                "full" => Self::Full,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::UserDefined => "userDefined",
            Self::Disabled => "disabled",
            Self::Quick => "quick",
            Self::Full => "full",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderScanType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderScanType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderSecurityCenterNotificationsFromAppType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderSecurityCenterNotificationsFromAppType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `blockNoncriticalNotifications` (value 1).
    BlockNoncriticalNotifications,
    /// `blockAllNotifications` (value 2).
    BlockAllNotifications,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderSecurityCenterNotificationsFromAppType {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderSecurityCenterNotificationsFromAppType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "blockNoncriticalNotifications",
        "blockAllNotifications",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "blockNoncriticalNotifications" => Self::BlockNoncriticalNotifications,
                "blockAllNotifications" => Self::BlockAllNotifications,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::NotConfigured => "notConfigured",
            Self::BlockNoncriticalNotifications => "blockNoncriticalNotifications",
            Self::BlockAllNotifications => "blockAllNotifications",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderSecurityCenterNotificationsFromAppType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderSecurityCenterNotificationsFromAppType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderSubmitSamplesConsentType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderSubmitSamplesConsentType {
    /// `sendSafeSamplesAutomatically` (value 0).
    SendSafeSamplesAutomatically,
    /// `alwaysPrompt` (value 1).
    AlwaysPrompt,
    /// `neverSend` (value 2).
    NeverSend,
    /// `sendAllSamplesAutomatically` (value 3).
    SendAllSamplesAutomatically,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderSubmitSamplesConsentType {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderSubmitSamplesConsentType";
    const MEMBERS: &'static [&'static str] = &[
        "sendSafeSamplesAutomatically",
        "alwaysPrompt",
        "neverSend",
        "sendAllSamplesAutomatically",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sendSafeSamplesAutomatically" => Self::SendSafeSamplesAutomatically,
                "alwaysPrompt" => Self::AlwaysPrompt,
                "neverSend" => Self::NeverSend,
                "sendAllSamplesAutomatically" => Self::SendAllSamplesAutomatically,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::SendSafeSamplesAutomatically => "sendSafeSamplesAutomatically",
            Self::AlwaysPrompt => "alwaysPrompt",
            Self::NeverSend => "neverSend",
            Self::SendAllSamplesAutomatically => "sendAllSamplesAutomatically",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderSubmitSamplesConsentType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderSubmitSamplesConsentType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderThreatAction`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderThreatAction {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `clean` (value 1).
    Clean,
    /// `quarantine` (value 2).
    Quarantine,
    /// `remove` (value 3).
    Remove,
    /// `allow` (value 4).
    Allow,
    /// `userDefined` (value 5).
    UserDefined,
    /// `block` (value 6).
    Block,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderThreatAction {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderThreatAction";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "clean",
        "quarantine",
        "remove",
        "allow",
        "userDefined",
        "block",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "clean" => Self::Clean,
                "quarantine" => Self::Quarantine,
                "remove" => Self::Remove,
                "allow" => Self::Allow,
                "userDefined" => Self::UserDefined,
                "block" => Self::Block,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::DeviceDefault => "deviceDefault",
            Self::Clean => "clean",
            Self::Quarantine => "quarantine",
            Self::Remove => "remove",
            Self::Allow => "allow",
            Self::UserDefined => "userDefined",
            Self::Block => "block",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderThreatAction);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderThreatAction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.delegateMeetingMessageDeliveryOptions`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DelegateMeetingMessageDeliveryOptions {
    /// `sendToDelegateAndInformationToPrincipal` (value 0).
    SendToDelegateAndInformationToPrincipal,
    /// `sendToDelegateAndPrincipal` (value 1).
    SendToDelegateAndPrincipal,
    /// `sendToDelegateOnly` (value 2).
    SendToDelegateOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DelegateMeetingMessageDeliveryOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.delegateMeetingMessageDeliveryOptions";
    const MEMBERS: &'static [&'static str] = &[
        "sendToDelegateAndInformationToPrincipal",
        "sendToDelegateAndPrincipal",
        "sendToDelegateOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sendToDelegateAndInformationToPrincipal" => {
                    Self::SendToDelegateAndInformationToPrincipal
                }
                "sendToDelegateAndPrincipal" => Self::SendToDelegateAndPrincipal,
                "sendToDelegateOnly" => Self::SendToDelegateOnly,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::SendToDelegateAndInformationToPrincipal => {
                "sendToDelegateAndInformationToPrincipal"
            }
            Self::SendToDelegateAndPrincipal => "sendToDelegateAndPrincipal",
            Self::SendToDelegateOnly => "sendToDelegateOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DelegateMeetingMessageDeliveryOptions);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegateMeetingMessageDeliveryOptions);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.deleteAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeleteAction {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `objectType`: `Edm.String`, nullable.
    pub object_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DeleteAction {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            object_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DeleteAction {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteAction";
    const KEYS: &'static [&'static str] = &["name", "objectType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"objectType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deleteAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "object_type", &self.object_type);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DeleteAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.object_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.object_type);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(DeleteAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DeleteAction { with_name name : ::std::string::String; with_object_type object_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeleteAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.deleted`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Deleted {
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Deleted {
    #[inline]
    fn default() -> Self {
        Self {
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Deleted {
    const TYPE_NAME: &'static str = "microsoft.graph.deleted";
    const KEYS: &'static [&'static str] = &["state"];
    const KEYS_JSON: &'static [&'static str] = &[",\"state\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.deleted\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Deleted {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.state);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(Deleted);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(Deleted { with_state state : ::std::string::String; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Deleted);
#[cfg(msgraph_beta_device_management_or_search)]
/// Bandwidth restriction types
///
/// CSDL: `microsoft.graph.deliveryOptimizationBandwidth`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationBandwidth {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationBandwidth {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationBandwidth {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationBandwidth";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationBandwidth\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationBandwidth {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
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
rt::impl_object!(DeliveryOptimizationBandwidth);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationBandwidth);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deliveryOptimizationBandwidth` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeliveryOptimizationBandwidth {
    DeliveryOptimizationBandwidth(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationBandwidth>,
    ),
    DeliveryOptimizationBandwidthAbsolute(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationBandwidthAbsolute>,
    ),
    DeliveryOptimizationBandwidthHoursWithPercentage(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationBandwidthHoursWithPercentage>,
    ),
    DeliveryOptimizationBandwidthPercentage(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationBandwidthPercentage>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeliveryOptimizationBandwidth {
    #[inline]
    fn default() -> Self {
        Self::DeliveryOptimizationBandwidth(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationBandwidth>
for AnyDeliveryOptimizationBandwidth {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationBandwidth) -> Self {
        Self::DeliveryOptimizationBandwidth(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationBandwidthAbsolute>
for AnyDeliveryOptimizationBandwidth {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationBandwidthAbsolute) -> Self {
        Self::DeliveryOptimizationBandwidthAbsolute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationBandwidthHoursWithPercentage>
for AnyDeliveryOptimizationBandwidth {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationBandwidthHoursWithPercentage) -> Self {
        Self::DeliveryOptimizationBandwidthHoursWithPercentage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationBandwidthPercentage>
for AnyDeliveryOptimizationBandwidth {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationBandwidthPercentage) -> Self {
        Self::DeliveryOptimizationBandwidthPercentage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeliveryOptimizationBandwidth {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeliveryOptimizationBandwidth {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeliveryOptimizationBandwidth {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeliveryOptimizationBandwidth {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeliveryOptimizationBandwidth {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationBandwidth>();
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationBandwidthAbsolute>();
    rt::object::auto_traits::<
        crate::beta::DeliveryOptimizationBandwidthHoursWithPercentage,
    >();
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationBandwidthPercentage>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeliveryOptimizationBandwidth {
    const BASE_NAME: &'static str = "microsoft.graph.deliveryOptimizationBandwidth";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deliveryOptimizationBandwidthAbsolute",
            ) => Self::DeliveryOptimizationBandwidthAbsolute(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deliveryOptimizationBandwidthHoursWithPercentage",
            ) => {
                Self::DeliveryOptimizationBandwidthHoursWithPercentage(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deliveryOptimizationBandwidthPercentage",
            ) => Self::DeliveryOptimizationBandwidthPercentage(rt::object::new_boxed()),
            _ => Self::DeliveryOptimizationBandwidth(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeliveryOptimizationBandwidth(v) => &**v,
            Self::DeliveryOptimizationBandwidthAbsolute(v) => &**v,
            Self::DeliveryOptimizationBandwidthHoursWithPercentage(v) => &**v,
            Self::DeliveryOptimizationBandwidthPercentage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeliveryOptimizationBandwidth(v) => &mut **v,
            Self::DeliveryOptimizationBandwidthAbsolute(v) => &mut **v,
            Self::DeliveryOptimizationBandwidthHoursWithPercentage(v) => &mut **v,
            Self::DeliveryOptimizationBandwidthPercentage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeliveryOptimizationBandwidth {
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
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeliveryOptimizationBandwidth);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeliveryOptimizationBandwidth);
#[cfg(msgraph_beta_device_management_or_search)]
/// Bandwidth limits in kilobytes per second.
///
/// CSDL: `microsoft.graph.deliveryOptimizationBandwidthAbsolute`, complex type, derived from `microsoft.graph.deliveryOptimizationBandwidth`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationBandwidthAbsolute {
    /// Specifies the maximum download bandwidth in KiloBytes/second that the device can use across all concurrent download activities using Delivery Optimization. Valid values 0 to 4294967295
    ///
    /// The value 0 (zero) means that Delivery Optimization dynamically adjusts to use the available bandwidth for downloads. Valid values 0 to 4294967295
    ///
    /// CSDL: property `maximumDownloadBandwidthInKilobytesPerSecond`: `Edm.Int64`, nullable.
    pub maximum_download_bandwidth_in_kilobytes_per_second: rt::Field<i64>,
    /// Specifies the maximum upload bandwidth in KiloBytes/second that a device will use across all concurrent upload activity using Delivery Optimization (0-4000000). Valid values 0 to 4000000
    ///
    /// The default value is 0, which permits unlimited possible bandwidth (optimized for minimal usage of upload bandwidth). Valid values 0 to 4000000
    ///
    /// CSDL: property `maximumUploadBandwidthInKilobytesPerSecond`: `Edm.Int64`, nullable.
    pub maximum_upload_bandwidth_in_kilobytes_per_second: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationBandwidthAbsolute {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_download_bandwidth_in_kilobytes_per_second: rt::Field::Absent,
            maximum_upload_bandwidth_in_kilobytes_per_second: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationBandwidthAbsolute {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationBandwidthAbsolute";
    const KEYS: &'static [&'static str] = &[
        "maximumDownloadBandwidthInKilobytesPerSecond",
        "maximumUploadBandwidthInKilobytesPerSecond",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumDownloadBandwidthInKilobytesPerSecond\":",
        ",\"maximumUploadBandwidthInKilobytesPerSecond\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationBandwidthAbsolute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "maximum_download_bandwidth_in_kilobytes_per_second",
            &self.maximum_download_bandwidth_in_kilobytes_per_second,
        );
        v.field(
            1usize,
            "maximum_upload_bandwidth_in_kilobytes_per_second",
            &self.maximum_upload_bandwidth_in_kilobytes_per_second,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationBandwidthAbsolute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => {
                self.maximum_download_bandwidth_in_kilobytes_per_second.read_from(r)
            }
            1usize => self.maximum_upload_bandwidth_in_kilobytes_per_second.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_download_bandwidth_in_kilobytes_per_second);
        w.field(1usize, &self.maximum_upload_bandwidth_in_kilobytes_per_second);
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
rt::impl_object!(DeliveryOptimizationBandwidthAbsolute);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeliveryOptimizationBandwidthAbsolute {
    with_maximum_download_bandwidth_in_kilobytes_per_second
    maximum_download_bandwidth_in_kilobytes_per_second : i64;
    with_maximum_upload_bandwidth_in_kilobytes_per_second
    maximum_upload_bandwidth_in_kilobytes_per_second : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationBandwidthAbsolute);
#[cfg(msgraph_beta_device_management_or_search)]
/// Bandwidth business hours and percentages type
///
/// CSDL: `microsoft.graph.deliveryOptimizationBandwidthBusinessHoursLimit`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationBandwidthBusinessHoursLimit {
    /// Specifies the beginning of business hours using a 24-hour clock (0-23). Valid values 0 to 23
    ///
    /// CSDL: property `bandwidthBeginBusinessHours`: `Edm.Int32`, not nullable.
    pub bandwidth_begin_business_hours: rt::Field<i32>,
    /// Specifies the end of business hours using a 24-hour clock (0-23). Valid values 0 to 23
    ///
    /// CSDL: property `bandwidthEndBusinessHours`: `Edm.Int32`, not nullable.
    pub bandwidth_end_business_hours: rt::Field<i32>,
    /// Specifies the percentage of bandwidth to limit during business hours (0-100). Valid values 0 to 100
    ///
    /// CSDL: property `bandwidthPercentageDuringBusinessHours`: `Edm.Int32`, not nullable.
    pub bandwidth_percentage_during_business_hours: rt::Field<i32>,
    /// Specifies the percentage of bandwidth to limit outsidse business hours (0-100). Valid values 0 to 100
    ///
    /// CSDL: property `bandwidthPercentageOutsideBusinessHours`: `Edm.Int32`, not nullable.
    pub bandwidth_percentage_outside_business_hours: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationBandwidthBusinessHoursLimit {
    #[inline]
    fn default() -> Self {
        Self {
            bandwidth_begin_business_hours: rt::Field::Absent,
            bandwidth_end_business_hours: rt::Field::Absent,
            bandwidth_percentage_during_business_hours: rt::Field::Absent,
            bandwidth_percentage_outside_business_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationBandwidthBusinessHoursLimit {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationBandwidthBusinessHoursLimit";
    const KEYS: &'static [&'static str] = &[
        "bandwidthBeginBusinessHours",
        "bandwidthEndBusinessHours",
        "bandwidthPercentageDuringBusinessHours",
        "bandwidthPercentageOutsideBusinessHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bandwidthBeginBusinessHours\":  ",
        ",\"bandwidthEndBusinessHours\":    ",
        ",\"bandwidthPercentageDuringBusinessHours\":",
        ",\"bandwidthPercentageOutsideBusinessHours\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationBandwidthBusinessHoursLimit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "bandwidth_begin_business_hours",
            &self.bandwidth_begin_business_hours,
        );
        v.field(
            1usize,
            "bandwidth_end_business_hours",
            &self.bandwidth_end_business_hours,
        );
        v.field(
            2usize,
            "bandwidth_percentage_during_business_hours",
            &self.bandwidth_percentage_during_business_hours,
        );
        v.field(
            3usize,
            "bandwidth_percentage_outside_business_hours",
            &self.bandwidth_percentage_outside_business_hours,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationBandwidthBusinessHoursLimit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bandwidth_begin_business_hours.read_from(r),
            1usize => self.bandwidth_end_business_hours.read_from(r),
            2usize => self.bandwidth_percentage_during_business_hours.read_from(r),
            3usize => self.bandwidth_percentage_outside_business_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bandwidth_begin_business_hours);
        w.field(1usize, &self.bandwidth_end_business_hours);
        w.field(2usize, &self.bandwidth_percentage_during_business_hours);
        w.field(3usize, &self.bandwidth_percentage_outside_business_hours);
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
rt::impl_object!(DeliveryOptimizationBandwidthBusinessHoursLimit);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeliveryOptimizationBandwidthBusinessHoursLimit { with_bandwidth_begin_business_hours
    bandwidth_begin_business_hours : i32; with_bandwidth_end_business_hours
    bandwidth_end_business_hours : i32; with_bandwidth_percentage_during_business_hours
    bandwidth_percentage_during_business_hours : i32;
    with_bandwidth_percentage_outside_business_hours
    bandwidth_percentage_outside_business_hours : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationBandwidthBusinessHoursLimit);
#[cfg(msgraph_beta_device_management_or_search)]
/// Bandwidth limit as a percentage with business hours.
///
/// CSDL: `microsoft.graph.deliveryOptimizationBandwidthHoursWithPercentage`, complex type, derived from `microsoft.graph.deliveryOptimizationBandwidth`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationBandwidthHoursWithPercentage {
    /// Background download percentage hours.
    ///
    /// CSDL: property `bandwidthBackgroundPercentageHours`: `microsoft.graph.deliveryOptimizationBandwidthBusinessHoursLimit`, nullable.
    pub bandwidth_background_percentage_hours: rt::Field<
        crate::beta::DeliveryOptimizationBandwidthBusinessHoursLimit,
    >,
    /// Foreground download percentage hours.
    ///
    /// CSDL: property `bandwidthForegroundPercentageHours`: `microsoft.graph.deliveryOptimizationBandwidthBusinessHoursLimit`, nullable.
    pub bandwidth_foreground_percentage_hours: rt::Field<
        crate::beta::DeliveryOptimizationBandwidthBusinessHoursLimit,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationBandwidthHoursWithPercentage {
    #[inline]
    fn default() -> Self {
        Self {
            bandwidth_background_percentage_hours: rt::Field::Absent,
            bandwidth_foreground_percentage_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationBandwidthHoursWithPercentage {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationBandwidthHoursWithPercentage";
    const KEYS: &'static [&'static str] = &[
        "bandwidthBackgroundPercentageHours",
        "bandwidthForegroundPercentageHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bandwidthBackgroundPercentageHours\":",
        ",\"bandwidthForegroundPercentageHours\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationBandwidthHoursWithPercentage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "bandwidth_background_percentage_hours",
            &self.bandwidth_background_percentage_hours,
        );
        v.field(
            1usize,
            "bandwidth_foreground_percentage_hours",
            &self.bandwidth_foreground_percentage_hours,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationBandwidthHoursWithPercentage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bandwidth_background_percentage_hours.read_from(r),
            1usize => self.bandwidth_foreground_percentage_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bandwidth_background_percentage_hours);
        w.field(1usize, &self.bandwidth_foreground_percentage_hours);
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
rt::impl_object!(DeliveryOptimizationBandwidthHoursWithPercentage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeliveryOptimizationBandwidthHoursWithPercentage {
    with_bandwidth_background_percentage_hours bandwidth_background_percentage_hours :
    crate ::beta::DeliveryOptimizationBandwidthBusinessHoursLimit;
    with_bandwidth_foreground_percentage_hours bandwidth_foreground_percentage_hours :
    crate ::beta::DeliveryOptimizationBandwidthBusinessHoursLimit; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationBandwidthHoursWithPercentage);
#[cfg(msgraph_beta_device_management_or_search)]
/// Bandwidth limits specified as a percentage.
///
/// CSDL: `microsoft.graph.deliveryOptimizationBandwidthPercentage`, complex type, derived from `microsoft.graph.deliveryOptimizationBandwidth`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationBandwidthPercentage {
    /// Specifies the maximum background download bandwidth that Delivery Optimization uses across all concurrent download activities as a percentage of available download bandwidth (0-100). Valid values 0 to 100
    ///
    /// The default value 0 (zero) means that Delivery Optimization dynamically adjusts to use the available bandwidth for background downloads. Valid values 0 to 100
    ///
    /// CSDL: property `maximumBackgroundBandwidthPercentage`: `Edm.Int32`, nullable.
    pub maximum_background_bandwidth_percentage: rt::Field<i32>,
    /// Specifies the maximum foreground download bandwidth that Delivery Optimization uses across all concurrent download activities as a percentage of available download bandwidth (0-100). Valid values 0 to 100
    ///
    /// The default value 0 (zero) means that Delivery Optimization dynamically adjusts to use the available bandwidth for foreground downloads. Valid values 0 to 100
    ///
    /// CSDL: property `maximumForegroundBandwidthPercentage`: `Edm.Int32`, nullable.
    pub maximum_foreground_bandwidth_percentage: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationBandwidthPercentage {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_background_bandwidth_percentage: rt::Field::Absent,
            maximum_foreground_bandwidth_percentage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationBandwidthPercentage {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationBandwidthPercentage";
    const KEYS: &'static [&'static str] = &[
        "maximumBackgroundBandwidthPercentage",
        "maximumForegroundBandwidthPercentage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumBackgroundBandwidthPercentage\":",
        ",\"maximumForegroundBandwidthPercentage\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationBandwidthPercentage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "maximum_background_bandwidth_percentage",
            &self.maximum_background_bandwidth_percentage,
        );
        v.field(
            1usize,
            "maximum_foreground_bandwidth_percentage",
            &self.maximum_foreground_bandwidth_percentage,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationBandwidthPercentage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_background_bandwidth_percentage.read_from(r),
            1usize => self.maximum_foreground_bandwidth_percentage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_background_bandwidth_percentage);
        w.field(1usize, &self.maximum_foreground_bandwidth_percentage);
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
rt::impl_object!(DeliveryOptimizationBandwidthPercentage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeliveryOptimizationBandwidthPercentage {
    with_maximum_background_bandwidth_percentage maximum_background_bandwidth_percentage
    : i32; with_maximum_foreground_bandwidth_percentage
    maximum_foreground_bandwidth_percentage : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationBandwidthPercentage);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deliveryOptimizationRestrictPeerSelectionByOptions`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeliveryOptimizationRestrictPeerSelectionByOptions {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `subnetMask` (value 1).
    SubnetMask,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeliveryOptimizationRestrictPeerSelectionByOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationRestrictPeerSelectionByOptions";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "subnetMask"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "subnetMask" => Self::SubnetMask,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::NotConfigured => "notConfigured",
            Self::SubnetMask => "subnetMask",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeliveryOptimizationRestrictPeerSelectionByOptions);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationRestrictPeerSelectionByOptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// The DepEnrollmentBaseProfile resource represents an Apple Device Enrollment Program (DEP) enrollment profile. This type of profile must be assigned to Apple DEP serial numbers before the corresponding devices can enroll via DEP.
///
/// CSDL: `microsoft.graph.depEnrollmentBaseProfile`, entity type, derived from `microsoft.graph.enrollmentProfile`, abstract, key `id`.
///
/// Request builders: [`EnrollmentProfilePath`](requests/trait.EnrollmentProfilePath.html), what a path to one (`EntityPath<AnyDepEnrollmentBaseProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DepEnrollmentBaseProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Configuration endpoint url to use for Enrollment
    ///
    /// CSDL: property `configurationEndpointUrl`: `Edm.String`, nullable.
    pub configuration_endpoint_url: rt::Field<::std::string::String>,
    /// Description of the profile
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the profile
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates to authenticate with Apple Setup Assistant instead of Company Portal.
    ///
    /// CSDL: property `enableAuthenticationViaCompanyPortal`: `Edm.Boolean`, not nullable.
    pub enable_authentication_via_company_portal: rt::Field<bool>,
    /// Indicates that Company Portal is required on setup assistant enrolled devices
    ///
    /// CSDL: property `requireCompanyPortalOnSetupAssistantEnrolledDevices`: `Edm.Boolean`, not nullable.
    pub require_company_portal_on_setup_assistant_enrolled_devices: rt::Field<bool>,
    /// Indicates if the profile requires user authentication
    ///
    /// CSDL: property `requiresUserAuthentication`: `Edm.Boolean`, not nullable.
    pub requires_user_authentication: rt::Field<bool>,
    /// Indicates if Apple id setup pane is disabled
    ///
    /// CSDL: property `appleIdDisabled`: `Edm.Boolean`, not nullable.
    pub apple_id_disabled: rt::Field<bool>,
    /// Indicates if Apple pay setup pane is disabled
    ///
    /// CSDL: property `applePayDisabled`: `Edm.Boolean`, not nullable.
    pub apple_pay_disabled: rt::Field<bool>,
    /// URL for setup assistant login
    ///
    /// CSDL: property `configurationWebUrl`: `Edm.Boolean`, not nullable.
    pub configuration_web_url: rt::Field<bool>,
    /// Sets a literal or name pattern.
    ///
    /// CSDL: property `deviceNameTemplate`: `Edm.String`, nullable.
    pub device_name_template: rt::Field<::std::string::String>,
    /// Indicates if diagnostics setup pane is disabled
    ///
    /// CSDL: property `diagnosticsDisabled`: `Edm.Boolean`, not nullable.
    pub diagnostics_disabled: rt::Field<bool>,
    /// Indicates if displaytone setup screen is disabled
    ///
    /// CSDL: property `displayToneSetupDisabled`: `Edm.Boolean`, not nullable.
    pub display_tone_setup_disabled: rt::Field<bool>,
    /// Indicates if this is the default profile
    ///
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// Indicates if the profile is mandatory
    ///
    /// CSDL: property `isMandatory`: `Edm.Boolean`, not nullable.
    pub is_mandatory: rt::Field<bool>,
    /// Indicates if Location service setup pane is disabled
    ///
    /// CSDL: property `locationDisabled`: `Edm.Boolean`, not nullable.
    pub location_disabled: rt::Field<bool>,
    /// Indicates if privacy screen is disabled
    ///
    /// CSDL: property `privacyPaneDisabled`: `Edm.Boolean`, not nullable.
    pub privacy_pane_disabled: rt::Field<bool>,
    /// Indicates if the profile removal option is disabled
    ///
    /// CSDL: property `profileRemovalDisabled`: `Edm.Boolean`, not nullable.
    pub profile_removal_disabled: rt::Field<bool>,
    /// Indicates if Restore setup pane is blocked
    ///
    /// CSDL: property `restoreBlocked`: `Edm.Boolean`, not nullable.
    pub restore_blocked: rt::Field<bool>,
    /// Indicates if screen timeout setup is disabled
    ///
    /// CSDL: property `screenTimeScreenDisabled`: `Edm.Boolean`, not nullable.
    pub screen_time_screen_disabled: rt::Field<bool>,
    /// Indicates if siri setup pane is disabled
    ///
    /// CSDL: property `siriDisabled`: `Edm.Boolean`, not nullable.
    pub siri_disabled: rt::Field<bool>,
    /// Supervised mode, True to enable, false otherwise. See https://docs.microsoft.com/en-us/intune/deploy-use/enroll-devices-in-microsoft-intune for additional information.
    ///
    /// CSDL: property `supervisedModeEnabled`: `Edm.Boolean`, not nullable.
    pub supervised_mode_enabled: rt::Field<bool>,
    /// Support department information
    ///
    /// CSDL: property `supportDepartment`: `Edm.String`, nullable.
    pub support_department: rt::Field<::std::string::String>,
    /// Support phone number
    ///
    /// CSDL: property `supportPhoneNumber`: `Edm.String`, nullable.
    pub support_phone_number: rt::Field<::std::string::String>,
    /// Indicates if 'Terms and Conditions' setup pane is disabled
    ///
    /// CSDL: property `termsAndConditionsDisabled`: `Edm.Boolean`, not nullable.
    pub terms_and_conditions_disabled: rt::Field<bool>,
    /// Indicates if touch id setup pane is disabled
    ///
    /// CSDL: property `touchIdDisabled`: `Edm.Boolean`, not nullable.
    pub touch_id_disabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DepEnrollmentBaseProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_endpoint_url: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enable_authentication_via_company_portal: rt::Field::Absent,
            require_company_portal_on_setup_assistant_enrolled_devices: rt::Field::Absent,
            requires_user_authentication: rt::Field::Absent,
            apple_id_disabled: rt::Field::Absent,
            apple_pay_disabled: rt::Field::Absent,
            configuration_web_url: rt::Field::Absent,
            device_name_template: rt::Field::Absent,
            diagnostics_disabled: rt::Field::Absent,
            display_tone_setup_disabled: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_mandatory: rt::Field::Absent,
            location_disabled: rt::Field::Absent,
            privacy_pane_disabled: rt::Field::Absent,
            profile_removal_disabled: rt::Field::Absent,
            restore_blocked: rt::Field::Absent,
            screen_time_screen_disabled: rt::Field::Absent,
            siri_disabled: rt::Field::Absent,
            supervised_mode_enabled: rt::Field::Absent,
            support_department: rt::Field::Absent,
            support_phone_number: rt::Field::Absent,
            terms_and_conditions_disabled: rt::Field::Absent,
            touch_id_disabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DepEnrollmentBaseProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.depEnrollmentBaseProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationEndpointUrl",
        "description",
        "displayName",
        "enableAuthenticationViaCompanyPortal",
        "requireCompanyPortalOnSetupAssistantEnrolledDevices",
        "requiresUserAuthentication",
        "appleIdDisabled",
        "applePayDisabled",
        "configurationWebUrl",
        "deviceNameTemplate",
        "diagnosticsDisabled",
        "displayToneSetupDisabled",
        "isDefault",
        "isMandatory",
        "locationDisabled",
        "privacyPaneDisabled",
        "profileRemovalDisabled",
        "restoreBlocked",
        "screenTimeScreenDisabled",
        "siriDisabled",
        "supervisedModeEnabled",
        "supportDepartment",
        "supportPhoneNumber",
        "termsAndConditionsDisabled",
        "touchIdDisabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationEndpointUrl\":     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enableAuthenticationViaCompanyPortal\":",
        ",\"requireCompanyPortalOnSetupAssistantEnrolledDevices\":",
        ",\"requiresUserAuthentication\":   ",
        ",\"appleIdDisabled\":              ",
        ",\"applePayDisabled\":             ",
        ",\"configurationWebUrl\":          ",
        ",\"deviceNameTemplate\":           ",
        ",\"diagnosticsDisabled\":          ",
        ",\"displayToneSetupDisabled\":     ",
        ",\"isDefault\":                    ",
        ",\"isMandatory\":                  ",
        ",\"locationDisabled\":             ",
        ",\"privacyPaneDisabled\":          ",
        ",\"profileRemovalDisabled\":       ",
        ",\"restoreBlocked\":               ",
        ",\"screenTimeScreenDisabled\":     ",
        ",\"siriDisabled\":                 ",
        ",\"supervisedModeEnabled\":        ",
        ",\"supportDepartment\":            ",
        ",\"supportPhoneNumber\":           ",
        ",\"termsAndConditionsDisabled\":   ",
        ",\"touchIdDisabled\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.depEnrollmentBaseProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_endpoint_url", &self.configuration_endpoint_url);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "enable_authentication_via_company_portal",
            &self.enable_authentication_via_company_portal,
        );
        v.field(
            5usize,
            "require_company_portal_on_setup_assistant_enrolled_devices",
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        v.field(
            6usize,
            "requires_user_authentication",
            &self.requires_user_authentication,
        );
        v.field(7usize, "apple_id_disabled", &self.apple_id_disabled);
        v.field(8usize, "apple_pay_disabled", &self.apple_pay_disabled);
        v.field(9usize, "configuration_web_url", &self.configuration_web_url);
        v.field(10usize, "device_name_template", &self.device_name_template);
        v.field(11usize, "diagnostics_disabled", &self.diagnostics_disabled);
        v.field(
            12usize,
            "display_tone_setup_disabled",
            &self.display_tone_setup_disabled,
        );
        v.field(13usize, "is_default", &self.is_default);
        v.field(14usize, "is_mandatory", &self.is_mandatory);
        v.field(15usize, "location_disabled", &self.location_disabled);
        v.field(16usize, "privacy_pane_disabled", &self.privacy_pane_disabled);
        v.field(17usize, "profile_removal_disabled", &self.profile_removal_disabled);
        v.field(18usize, "restore_blocked", &self.restore_blocked);
        v.field(
            19usize,
            "screen_time_screen_disabled",
            &self.screen_time_screen_disabled,
        );
        v.field(20usize, "siri_disabled", &self.siri_disabled);
        v.field(21usize, "supervised_mode_enabled", &self.supervised_mode_enabled);
        v.field(22usize, "support_department", &self.support_department);
        v.field(23usize, "support_phone_number", &self.support_phone_number);
        v.field(
            24usize,
            "terms_and_conditions_disabled",
            &self.terms_and_conditions_disabled,
        );
        v.field(25usize, "touch_id_disabled", &self.touch_id_disabled);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DepEnrollmentBaseProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_endpoint_url.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.enable_authentication_via_company_portal.read_from(r),
            5usize => {
                self.require_company_portal_on_setup_assistant_enrolled_devices
                    .read_from(r)
            }
            6usize => self.requires_user_authentication.read_from(r),
            7usize => self.apple_id_disabled.read_from(r),
            8usize => self.apple_pay_disabled.read_from(r),
            9usize => self.configuration_web_url.read_from(r),
            10usize => self.device_name_template.read_from(r),
            11usize => self.diagnostics_disabled.read_from(r),
            12usize => self.display_tone_setup_disabled.read_from(r),
            13usize => self.is_default.read_from(r),
            14usize => self.is_mandatory.read_from(r),
            15usize => self.location_disabled.read_from(r),
            16usize => self.privacy_pane_disabled.read_from(r),
            17usize => self.profile_removal_disabled.read_from(r),
            18usize => self.restore_blocked.read_from(r),
            19usize => self.screen_time_screen_disabled.read_from(r),
            20usize => self.siri_disabled.read_from(r),
            21usize => self.supervised_mode_enabled.read_from(r),
            22usize => self.support_department.read_from(r),
            23usize => self.support_phone_number.read_from(r),
            24usize => self.terms_and_conditions_disabled.read_from(r),
            25usize => self.touch_id_disabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_endpoint_url);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.enable_authentication_via_company_portal);
        w.field(
            5usize,
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        w.field(6usize, &self.requires_user_authentication);
        w.field(7usize, &self.apple_id_disabled);
        w.field(8usize, &self.apple_pay_disabled);
        w.field(9usize, &self.configuration_web_url);
        w.field(10usize, &self.device_name_template);
        w.field(11usize, &self.diagnostics_disabled);
        w.field(12usize, &self.display_tone_setup_disabled);
        w.field(13usize, &self.is_default);
        w.field(14usize, &self.is_mandatory);
        w.field(15usize, &self.location_disabled);
        w.field(16usize, &self.privacy_pane_disabled);
        w.field(17usize, &self.profile_removal_disabled);
        w.field(18usize, &self.restore_blocked);
        w.field(19usize, &self.screen_time_screen_disabled);
        w.field(20usize, &self.siri_disabled);
        w.field(21usize, &self.supervised_mode_enabled);
        w.field(22usize, &self.support_department);
        w.field(23usize, &self.support_phone_number);
        w.field(24usize, &self.terms_and_conditions_disabled);
        w.field(25usize, &self.touch_id_disabled);
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
rt::impl_object!(DepEnrollmentBaseProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DepEnrollmentBaseProfile { with_id id : ::std::string::String;
    with_configuration_endpoint_url configuration_endpoint_url : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_enable_authentication_via_company_portal
    enable_authentication_via_company_portal : bool;
    with_require_company_portal_on_setup_assistant_enrolled_devices
    require_company_portal_on_setup_assistant_enrolled_devices : bool;
    with_requires_user_authentication requires_user_authentication : bool;
    with_apple_id_disabled apple_id_disabled : bool; with_apple_pay_disabled
    apple_pay_disabled : bool; with_configuration_web_url configuration_web_url : bool;
    with_device_name_template device_name_template : ::std::string::String;
    with_diagnostics_disabled diagnostics_disabled : bool;
    with_display_tone_setup_disabled display_tone_setup_disabled : bool; with_is_default
    is_default : bool; with_is_mandatory is_mandatory : bool; with_location_disabled
    location_disabled : bool; with_privacy_pane_disabled privacy_pane_disabled : bool;
    with_profile_removal_disabled profile_removal_disabled : bool; with_restore_blocked
    restore_blocked : bool; with_screen_time_screen_disabled screen_time_screen_disabled
    : bool; with_siri_disabled siri_disabled : bool; with_supervised_mode_enabled
    supervised_mode_enabled : bool; with_support_department support_department :
    ::std::string::String; with_support_phone_number support_phone_number :
    ::std::string::String; with_terms_and_conditions_disabled
    terms_and_conditions_disabled : bool; with_touch_id_disabled touch_id_disabled :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DepEnrollmentBaseProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.depEnrollmentBaseProfile` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDepEnrollmentBaseProfile {
    DepEnrollmentBaseProfile(::std::boxed::Box<crate::beta::DepEnrollmentBaseProfile>),
    DepIosEnrollmentProfile(::std::boxed::Box<crate::beta::DepIosEnrollmentProfile>),
    DepMacOsEnrollmentProfile(::std::boxed::Box<crate::beta::DepMacOsEnrollmentProfile>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDepEnrollmentBaseProfile {
    #[inline]
    fn default() -> Self {
        Self::DepEnrollmentBaseProfile(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepEnrollmentBaseProfile>
for AnyDepEnrollmentBaseProfile {
    #[inline]
    fn from(v: crate::beta::DepEnrollmentBaseProfile) -> Self {
        Self::DepEnrollmentBaseProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepIosEnrollmentProfile>
for AnyDepEnrollmentBaseProfile {
    #[inline]
    fn from(v: crate::beta::DepIosEnrollmentProfile) -> Self {
        Self::DepIosEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepMacOsEnrollmentProfile>
for AnyDepEnrollmentBaseProfile {
    #[inline]
    fn from(v: crate::beta::DepMacOsEnrollmentProfile) -> Self {
        Self::DepMacOsEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDepEnrollmentBaseProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDepEnrollmentBaseProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDepEnrollmentBaseProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDepEnrollmentBaseProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDepEnrollmentBaseProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DepEnrollmentBaseProfile>();
    rt::object::auto_traits::<crate::beta::DepIosEnrollmentProfile>();
    rt::object::auto_traits::<crate::beta::DepMacOsEnrollmentProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDepEnrollmentBaseProfile {
    const BASE_NAME: &'static str = "microsoft.graph.depEnrollmentBaseProfile";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.depIOSEnrollmentProfile") => {
                Self::DepIosEnrollmentProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.depMacOSEnrollmentProfile") => {
                Self::DepMacOsEnrollmentProfile(rt::object::new_boxed())
            }
            _ => Self::DepEnrollmentBaseProfile(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &**v,
            Self::DepIosEnrollmentProfile(v) => &**v,
            Self::DepMacOsEnrollmentProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut **v,
            Self::DepIosEnrollmentProfile(v) => &mut **v,
            Self::DepMacOsEnrollmentProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDepEnrollmentBaseProfile {
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
            Self::DepEnrollmentBaseProfile(v) => &v.id,
            Self::DepIosEnrollmentProfile(v) => &v.id,
            Self::DepMacOsEnrollmentProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.id,
            Self::DepIosEnrollmentProfile(v) => &mut v.id,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.id,
        }
    }
    /// `configurationEndpointUrl` of any variant.
    #[inline]
    pub fn configuration_endpoint_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.configuration_endpoint_url,
            Self::DepIosEnrollmentProfile(v) => &v.configuration_endpoint_url,
            Self::DepMacOsEnrollmentProfile(v) => &v.configuration_endpoint_url,
        }
    }
    /// `configurationEndpointUrl` of any variant.
    #[inline]
    pub fn configuration_endpoint_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.configuration_endpoint_url,
            Self::DepIosEnrollmentProfile(v) => &mut v.configuration_endpoint_url,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.configuration_endpoint_url,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.description,
            Self::DepIosEnrollmentProfile(v) => &v.description,
            Self::DepMacOsEnrollmentProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.description,
            Self::DepIosEnrollmentProfile(v) => &mut v.description,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.display_name,
            Self::DepIosEnrollmentProfile(v) => &v.display_name,
            Self::DepMacOsEnrollmentProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.display_name,
            Self::DepIosEnrollmentProfile(v) => &mut v.display_name,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.display_name,
        }
    }
    /// `enableAuthenticationViaCompanyPortal` of any variant.
    #[inline]
    pub fn enable_authentication_via_company_portal(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => {
                &v.enable_authentication_via_company_portal
            }
            Self::DepIosEnrollmentProfile(v) => {
                &v.enable_authentication_via_company_portal
            }
            Self::DepMacOsEnrollmentProfile(v) => {
                &v.enable_authentication_via_company_portal
            }
        }
    }
    /// `enableAuthenticationViaCompanyPortal` of any variant.
    #[inline]
    pub fn enable_authentication_via_company_portal_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => {
                &mut v.enable_authentication_via_company_portal
            }
            Self::DepIosEnrollmentProfile(v) => {
                &mut v.enable_authentication_via_company_portal
            }
            Self::DepMacOsEnrollmentProfile(v) => {
                &mut v.enable_authentication_via_company_portal
            }
        }
    }
    /// `requireCompanyPortalOnSetupAssistantEnrolledDevices` of any variant.
    #[inline]
    pub fn require_company_portal_on_setup_assistant_enrolled_devices(
        &self,
    ) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => {
                &v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepIosEnrollmentProfile(v) => {
                &v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepMacOsEnrollmentProfile(v) => {
                &v.require_company_portal_on_setup_assistant_enrolled_devices
            }
        }
    }
    /// `requireCompanyPortalOnSetupAssistantEnrolledDevices` of any variant.
    #[inline]
    pub fn require_company_portal_on_setup_assistant_enrolled_devices_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => {
                &mut v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepIosEnrollmentProfile(v) => {
                &mut v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepMacOsEnrollmentProfile(v) => {
                &mut v.require_company_portal_on_setup_assistant_enrolled_devices
            }
        }
    }
    /// `requiresUserAuthentication` of any variant.
    #[inline]
    pub fn requires_user_authentication(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.requires_user_authentication,
            Self::DepIosEnrollmentProfile(v) => &v.requires_user_authentication,
            Self::DepMacOsEnrollmentProfile(v) => &v.requires_user_authentication,
        }
    }
    /// `requiresUserAuthentication` of any variant.
    #[inline]
    pub fn requires_user_authentication_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.requires_user_authentication,
            Self::DepIosEnrollmentProfile(v) => &mut v.requires_user_authentication,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.requires_user_authentication,
        }
    }
    /// `appleIdDisabled` of any variant.
    #[inline]
    pub fn apple_id_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.apple_id_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.apple_id_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.apple_id_disabled,
        }
    }
    /// `appleIdDisabled` of any variant.
    #[inline]
    pub fn apple_id_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.apple_id_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.apple_id_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.apple_id_disabled,
        }
    }
    /// `applePayDisabled` of any variant.
    #[inline]
    pub fn apple_pay_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.apple_pay_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.apple_pay_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.apple_pay_disabled,
        }
    }
    /// `applePayDisabled` of any variant.
    #[inline]
    pub fn apple_pay_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.apple_pay_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.apple_pay_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.apple_pay_disabled,
        }
    }
    /// `configurationWebUrl` of any variant.
    #[inline]
    pub fn configuration_web_url(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.configuration_web_url,
            Self::DepIosEnrollmentProfile(v) => &v.configuration_web_url,
            Self::DepMacOsEnrollmentProfile(v) => &v.configuration_web_url,
        }
    }
    /// `configurationWebUrl` of any variant.
    #[inline]
    pub fn configuration_web_url_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.configuration_web_url,
            Self::DepIosEnrollmentProfile(v) => &mut v.configuration_web_url,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.configuration_web_url,
        }
    }
    /// `deviceNameTemplate` of any variant.
    #[inline]
    pub fn device_name_template(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.device_name_template,
            Self::DepIosEnrollmentProfile(v) => &v.device_name_template,
            Self::DepMacOsEnrollmentProfile(v) => &v.device_name_template,
        }
    }
    /// `deviceNameTemplate` of any variant.
    #[inline]
    pub fn device_name_template_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.device_name_template,
            Self::DepIosEnrollmentProfile(v) => &mut v.device_name_template,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.device_name_template,
        }
    }
    /// `diagnosticsDisabled` of any variant.
    #[inline]
    pub fn diagnostics_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.diagnostics_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.diagnostics_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.diagnostics_disabled,
        }
    }
    /// `diagnosticsDisabled` of any variant.
    #[inline]
    pub fn diagnostics_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.diagnostics_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.diagnostics_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.diagnostics_disabled,
        }
    }
    /// `displayToneSetupDisabled` of any variant.
    #[inline]
    pub fn display_tone_setup_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.display_tone_setup_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.display_tone_setup_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.display_tone_setup_disabled,
        }
    }
    /// `displayToneSetupDisabled` of any variant.
    #[inline]
    pub fn display_tone_setup_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.display_tone_setup_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.display_tone_setup_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.display_tone_setup_disabled,
        }
    }
    /// `isDefault` of any variant.
    #[inline]
    pub fn is_default(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.is_default,
            Self::DepIosEnrollmentProfile(v) => &v.is_default,
            Self::DepMacOsEnrollmentProfile(v) => &v.is_default,
        }
    }
    /// `isDefault` of any variant.
    #[inline]
    pub fn is_default_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.is_default,
            Self::DepIosEnrollmentProfile(v) => &mut v.is_default,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.is_default,
        }
    }
    /// `isMandatory` of any variant.
    #[inline]
    pub fn is_mandatory(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.is_mandatory,
            Self::DepIosEnrollmentProfile(v) => &v.is_mandatory,
            Self::DepMacOsEnrollmentProfile(v) => &v.is_mandatory,
        }
    }
    /// `isMandatory` of any variant.
    #[inline]
    pub fn is_mandatory_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.is_mandatory,
            Self::DepIosEnrollmentProfile(v) => &mut v.is_mandatory,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.is_mandatory,
        }
    }
    /// `locationDisabled` of any variant.
    #[inline]
    pub fn location_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.location_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.location_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.location_disabled,
        }
    }
    /// `locationDisabled` of any variant.
    #[inline]
    pub fn location_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.location_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.location_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.location_disabled,
        }
    }
    /// `privacyPaneDisabled` of any variant.
    #[inline]
    pub fn privacy_pane_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.privacy_pane_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.privacy_pane_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.privacy_pane_disabled,
        }
    }
    /// `privacyPaneDisabled` of any variant.
    #[inline]
    pub fn privacy_pane_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.privacy_pane_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.privacy_pane_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.privacy_pane_disabled,
        }
    }
    /// `profileRemovalDisabled` of any variant.
    #[inline]
    pub fn profile_removal_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.profile_removal_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.profile_removal_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.profile_removal_disabled,
        }
    }
    /// `profileRemovalDisabled` of any variant.
    #[inline]
    pub fn profile_removal_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.profile_removal_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.profile_removal_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.profile_removal_disabled,
        }
    }
    /// `restoreBlocked` of any variant.
    #[inline]
    pub fn restore_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.restore_blocked,
            Self::DepIosEnrollmentProfile(v) => &v.restore_blocked,
            Self::DepMacOsEnrollmentProfile(v) => &v.restore_blocked,
        }
    }
    /// `restoreBlocked` of any variant.
    #[inline]
    pub fn restore_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.restore_blocked,
            Self::DepIosEnrollmentProfile(v) => &mut v.restore_blocked,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.restore_blocked,
        }
    }
    /// `screenTimeScreenDisabled` of any variant.
    #[inline]
    pub fn screen_time_screen_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.screen_time_screen_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.screen_time_screen_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.screen_time_screen_disabled,
        }
    }
    /// `screenTimeScreenDisabled` of any variant.
    #[inline]
    pub fn screen_time_screen_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.screen_time_screen_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.screen_time_screen_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.screen_time_screen_disabled,
        }
    }
    /// `siriDisabled` of any variant.
    #[inline]
    pub fn siri_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.siri_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.siri_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.siri_disabled,
        }
    }
    /// `siriDisabled` of any variant.
    #[inline]
    pub fn siri_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.siri_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.siri_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.siri_disabled,
        }
    }
    /// `supervisedModeEnabled` of any variant.
    #[inline]
    pub fn supervised_mode_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.supervised_mode_enabled,
            Self::DepIosEnrollmentProfile(v) => &v.supervised_mode_enabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.supervised_mode_enabled,
        }
    }
    /// `supervisedModeEnabled` of any variant.
    #[inline]
    pub fn supervised_mode_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.supervised_mode_enabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.supervised_mode_enabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.supervised_mode_enabled,
        }
    }
    /// `supportDepartment` of any variant.
    #[inline]
    pub fn support_department(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.support_department,
            Self::DepIosEnrollmentProfile(v) => &v.support_department,
            Self::DepMacOsEnrollmentProfile(v) => &v.support_department,
        }
    }
    /// `supportDepartment` of any variant.
    #[inline]
    pub fn support_department_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.support_department,
            Self::DepIosEnrollmentProfile(v) => &mut v.support_department,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.support_department,
        }
    }
    /// `supportPhoneNumber` of any variant.
    #[inline]
    pub fn support_phone_number(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.support_phone_number,
            Self::DepIosEnrollmentProfile(v) => &v.support_phone_number,
            Self::DepMacOsEnrollmentProfile(v) => &v.support_phone_number,
        }
    }
    /// `supportPhoneNumber` of any variant.
    #[inline]
    pub fn support_phone_number_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.support_phone_number,
            Self::DepIosEnrollmentProfile(v) => &mut v.support_phone_number,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.support_phone_number,
        }
    }
    /// `termsAndConditionsDisabled` of any variant.
    #[inline]
    pub fn terms_and_conditions_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.terms_and_conditions_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.terms_and_conditions_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.terms_and_conditions_disabled,
        }
    }
    /// `termsAndConditionsDisabled` of any variant.
    #[inline]
    pub fn terms_and_conditions_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.terms_and_conditions_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.terms_and_conditions_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.terms_and_conditions_disabled,
        }
    }
    /// `touchIdDisabled` of any variant.
    #[inline]
    pub fn touch_id_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &v.touch_id_disabled,
            Self::DepIosEnrollmentProfile(v) => &v.touch_id_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &v.touch_id_disabled,
        }
    }
    /// `touchIdDisabled` of any variant.
    #[inline]
    pub fn touch_id_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DepEnrollmentBaseProfile(v) => &mut v.touch_id_disabled,
            Self::DepIosEnrollmentProfile(v) => &mut v.touch_id_disabled,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.touch_id_disabled,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDepEnrollmentBaseProfile);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDepEnrollmentBaseProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// The depEnrollmentProfile resource represents an Apple Device Enrollment Program (DEP) enrollment profile. This type of profile must be assigned to Apple DEP serial numbers before the corresponding devices can enroll via DEP.
///
/// CSDL: `microsoft.graph.depEnrollmentProfile`, entity type, derived from `microsoft.graph.enrollmentProfile`, key `id`.
///
/// Request builders: [`EnrollmentProfilePath`](requests/trait.EnrollmentProfilePath.html), what a path to one (`EntityPath<DepEnrollmentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DepEnrollmentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Configuration endpoint url to use for Enrollment
    ///
    /// CSDL: property `configurationEndpointUrl`: `Edm.String`, nullable.
    pub configuration_endpoint_url: rt::Field<::std::string::String>,
    /// Description of the profile
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the profile
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates to authenticate with Apple Setup Assistant instead of Company Portal.
    ///
    /// CSDL: property `enableAuthenticationViaCompanyPortal`: `Edm.Boolean`, not nullable.
    pub enable_authentication_via_company_portal: rt::Field<bool>,
    /// Indicates that Company Portal is required on setup assistant enrolled devices
    ///
    /// CSDL: property `requireCompanyPortalOnSetupAssistantEnrolledDevices`: `Edm.Boolean`, not nullable.
    pub require_company_portal_on_setup_assistant_enrolled_devices: rt::Field<bool>,
    /// Indicates if the profile requires user authentication
    ///
    /// CSDL: property `requiresUserAuthentication`: `Edm.Boolean`, not nullable.
    pub requires_user_authentication: rt::Field<bool>,
    /// Indicates if Apple id setup pane is disabled
    ///
    /// CSDL: property `appleIdDisabled`: `Edm.Boolean`, not nullable.
    pub apple_id_disabled: rt::Field<bool>,
    /// Indicates if Apple pay setup pane is disabled
    ///
    /// CSDL: property `applePayDisabled`: `Edm.Boolean`, not nullable.
    pub apple_pay_disabled: rt::Field<bool>,
    /// Indicates if the device will need to wait for configured confirmation
    ///
    /// CSDL: property `awaitDeviceConfiguredConfirmation`: `Edm.Boolean`, not nullable.
    pub await_device_configured_confirmation: rt::Field<bool>,
    /// Indicates if diagnostics setup pane is disabled
    ///
    /// CSDL: property `diagnosticsDisabled`: `Edm.Boolean`, not nullable.
    pub diagnostics_disabled: rt::Field<bool>,
    /// This indicates whether the device is to be enrolled in a mode which enables multi user scenarios. Only applicable in shared iPads.
    ///
    /// CSDL: property `enableSharedIPad`: `Edm.Boolean`, not nullable.
    pub enable_shared_i_pad: rt::Field<bool>,
    /// Indicates if this is the default profile
    ///
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// Indicates if the profile is mandatory
    ///
    /// CSDL: property `isMandatory`: `Edm.Boolean`, not nullable.
    pub is_mandatory: rt::Field<bool>,
    /// Indicates the iTunes pairing mode
    ///
    /// CSDL: property `iTunesPairingMode`: `microsoft.graph.iTunesPairingMode`, not nullable.
    pub i_tunes_pairing_mode: rt::Field<crate::beta::ITunesPairingMode>,
    /// Indicates if Location service setup pane is disabled
    ///
    /// CSDL: property `locationDisabled`: `Edm.Boolean`, not nullable.
    pub location_disabled: rt::Field<bool>,
    /// Indicates if Mac OS file vault is disabled
    ///
    /// CSDL: property `macOSFileVaultDisabled`: `Edm.Boolean`, not nullable.
    pub mac_os_file_vault_disabled: rt::Field<bool>,
    /// Indicates if Mac OS registration is disabled
    ///
    /// CSDL: property `macOSRegistrationDisabled`: `Edm.Boolean`, not nullable.
    pub mac_os_registration_disabled: rt::Field<bool>,
    /// Management certificates for Apple Configurator
    ///
    /// CSDL: property `managementCertificates`: `Collection(microsoft.graph.managementCertificateWithThumbprint)`, nullable.
    pub management_certificates: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementCertificateWithThumbprint>,
    >,
    /// Indicates if Passcode setup pane is disabled
    ///
    /// CSDL: property `passCodeDisabled`: `Edm.Boolean`, not nullable.
    pub pass_code_disabled: rt::Field<bool>,
    /// Indicates if the profile removal option is disabled
    ///
    /// CSDL: property `profileRemovalDisabled`: `Edm.Boolean`, not nullable.
    pub profile_removal_disabled: rt::Field<bool>,
    /// Indicates if Restore setup pane is blocked
    ///
    /// CSDL: property `restoreBlocked`: `Edm.Boolean`, not nullable.
    pub restore_blocked: rt::Field<bool>,
    /// Indicates if Restore from Android is disabled
    ///
    /// CSDL: property `restoreFromAndroidDisabled`: `Edm.Boolean`, not nullable.
    pub restore_from_android_disabled: rt::Field<bool>,
    /// This specifies the maximum number of users that can use a shared iPad. Only applicable in shared iPad mode.
    ///
    /// CSDL: property `sharedIPadMaximumUserCount`: `Edm.Int32`, not nullable.
    pub shared_i_pad_maximum_user_count: rt::Field<i32>,
    /// Indicates if siri setup pane is disabled
    ///
    /// CSDL: property `siriDisabled`: `Edm.Boolean`, not nullable.
    pub siri_disabled: rt::Field<bool>,
    /// Supervised mode, True to enable, false otherwise. See https://docs.microsoft.com/en-us/intune/deploy-use/enroll-devices-in-microsoft-intune for additional information.
    ///
    /// CSDL: property `supervisedModeEnabled`: `Edm.Boolean`, not nullable.
    pub supervised_mode_enabled: rt::Field<bool>,
    /// Support department information
    ///
    /// CSDL: property `supportDepartment`: `Edm.String`, nullable.
    pub support_department: rt::Field<::std::string::String>,
    /// Support phone number
    ///
    /// CSDL: property `supportPhoneNumber`: `Edm.String`, nullable.
    pub support_phone_number: rt::Field<::std::string::String>,
    /// Indicates if 'Terms and Conditions' setup pane is disabled
    ///
    /// CSDL: property `termsAndConditionsDisabled`: `Edm.Boolean`, not nullable.
    pub terms_and_conditions_disabled: rt::Field<bool>,
    /// Indicates if touch id setup pane is disabled
    ///
    /// CSDL: property `touchIdDisabled`: `Edm.Boolean`, not nullable.
    pub touch_id_disabled: rt::Field<bool>,
    /// Indicates if zoom setup pane is disabled
    ///
    /// CSDL: property `zoomDisabled`: `Edm.Boolean`, not nullable.
    pub zoom_disabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DepEnrollmentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_endpoint_url: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enable_authentication_via_company_portal: rt::Field::Absent,
            require_company_portal_on_setup_assistant_enrolled_devices: rt::Field::Absent,
            requires_user_authentication: rt::Field::Absent,
            apple_id_disabled: rt::Field::Absent,
            apple_pay_disabled: rt::Field::Absent,
            await_device_configured_confirmation: rt::Field::Absent,
            diagnostics_disabled: rt::Field::Absent,
            enable_shared_i_pad: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_mandatory: rt::Field::Absent,
            i_tunes_pairing_mode: rt::Field::Absent,
            location_disabled: rt::Field::Absent,
            mac_os_file_vault_disabled: rt::Field::Absent,
            mac_os_registration_disabled: rt::Field::Absent,
            management_certificates: rt::Field::Absent,
            pass_code_disabled: rt::Field::Absent,
            profile_removal_disabled: rt::Field::Absent,
            restore_blocked: rt::Field::Absent,
            restore_from_android_disabled: rt::Field::Absent,
            shared_i_pad_maximum_user_count: rt::Field::Absent,
            siri_disabled: rt::Field::Absent,
            supervised_mode_enabled: rt::Field::Absent,
            support_department: rt::Field::Absent,
            support_phone_number: rt::Field::Absent,
            terms_and_conditions_disabled: rt::Field::Absent,
            touch_id_disabled: rt::Field::Absent,
            zoom_disabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DepEnrollmentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.depEnrollmentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationEndpointUrl",
        "description",
        "displayName",
        "enableAuthenticationViaCompanyPortal",
        "requireCompanyPortalOnSetupAssistantEnrolledDevices",
        "requiresUserAuthentication",
        "appleIdDisabled",
        "applePayDisabled",
        "awaitDeviceConfiguredConfirmation",
        "diagnosticsDisabled",
        "enableSharedIPad",
        "isDefault",
        "isMandatory",
        "iTunesPairingMode",
        "locationDisabled",
        "macOSFileVaultDisabled",
        "macOSRegistrationDisabled",
        "managementCertificates",
        "passCodeDisabled",
        "profileRemovalDisabled",
        "restoreBlocked",
        "restoreFromAndroidDisabled",
        "sharedIPadMaximumUserCount",
        "siriDisabled",
        "supervisedModeEnabled",
        "supportDepartment",
        "supportPhoneNumber",
        "termsAndConditionsDisabled",
        "touchIdDisabled",
        "zoomDisabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationEndpointUrl\":     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enableAuthenticationViaCompanyPortal\":",
        ",\"requireCompanyPortalOnSetupAssistantEnrolledDevices\":",
        ",\"requiresUserAuthentication\":   ",
        ",\"appleIdDisabled\":              ",
        ",\"applePayDisabled\":             ",
        ",\"awaitDeviceConfiguredConfirmation\":",
        ",\"diagnosticsDisabled\":          ",
        ",\"enableSharedIPad\":             ",
        ",\"isDefault\":                    ",
        ",\"isMandatory\":                  ",
        ",\"iTunesPairingMode\":            ",
        ",\"locationDisabled\":             ",
        ",\"macOSFileVaultDisabled\":       ",
        ",\"macOSRegistrationDisabled\":    ",
        ",\"managementCertificates\":       ",
        ",\"passCodeDisabled\":             ",
        ",\"profileRemovalDisabled\":       ",
        ",\"restoreBlocked\":               ",
        ",\"restoreFromAndroidDisabled\":   ",
        ",\"sharedIPadMaximumUserCount\":   ",
        ",\"siriDisabled\":                 ",
        ",\"supervisedModeEnabled\":        ",
        ",\"supportDepartment\":            ",
        ",\"supportPhoneNumber\":           ",
        ",\"termsAndConditionsDisabled\":   ",
        ",\"touchIdDisabled\":              ",
        ",\"zoomDisabled\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.depEnrollmentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_endpoint_url", &self.configuration_endpoint_url);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "enable_authentication_via_company_portal",
            &self.enable_authentication_via_company_portal,
        );
        v.field(
            5usize,
            "require_company_portal_on_setup_assistant_enrolled_devices",
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        v.field(
            6usize,
            "requires_user_authentication",
            &self.requires_user_authentication,
        );
        v.field(7usize, "apple_id_disabled", &self.apple_id_disabled);
        v.field(8usize, "apple_pay_disabled", &self.apple_pay_disabled);
        v.field(
            9usize,
            "await_device_configured_confirmation",
            &self.await_device_configured_confirmation,
        );
        v.field(10usize, "diagnostics_disabled", &self.diagnostics_disabled);
        v.field(11usize, "enable_shared_i_pad", &self.enable_shared_i_pad);
        v.field(12usize, "is_default", &self.is_default);
        v.field(13usize, "is_mandatory", &self.is_mandatory);
        v.field(14usize, "i_tunes_pairing_mode", &self.i_tunes_pairing_mode);
        v.field(15usize, "location_disabled", &self.location_disabled);
        v.field(16usize, "mac_os_file_vault_disabled", &self.mac_os_file_vault_disabled);
        v.field(
            17usize,
            "mac_os_registration_disabled",
            &self.mac_os_registration_disabled,
        );
        v.field(18usize, "management_certificates", &self.management_certificates);
        v.field(19usize, "pass_code_disabled", &self.pass_code_disabled);
        v.field(20usize, "profile_removal_disabled", &self.profile_removal_disabled);
        v.field(21usize, "restore_blocked", &self.restore_blocked);
        v.field(
            22usize,
            "restore_from_android_disabled",
            &self.restore_from_android_disabled,
        );
        v.field(
            23usize,
            "shared_i_pad_maximum_user_count",
            &self.shared_i_pad_maximum_user_count,
        );
        v.field(24usize, "siri_disabled", &self.siri_disabled);
        v.field(25usize, "supervised_mode_enabled", &self.supervised_mode_enabled);
        v.field(26usize, "support_department", &self.support_department);
        v.field(27usize, "support_phone_number", &self.support_phone_number);
        v.field(
            28usize,
            "terms_and_conditions_disabled",
            &self.terms_and_conditions_disabled,
        );
        v.field(29usize, "touch_id_disabled", &self.touch_id_disabled);
        v.field(30usize, "zoom_disabled", &self.zoom_disabled);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DepEnrollmentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_endpoint_url.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.enable_authentication_via_company_portal.read_from(r),
            5usize => {
                self.require_company_portal_on_setup_assistant_enrolled_devices
                    .read_from(r)
            }
            6usize => self.requires_user_authentication.read_from(r),
            7usize => self.apple_id_disabled.read_from(r),
            8usize => self.apple_pay_disabled.read_from(r),
            9usize => self.await_device_configured_confirmation.read_from(r),
            10usize => self.diagnostics_disabled.read_from(r),
            11usize => self.enable_shared_i_pad.read_from(r),
            12usize => self.is_default.read_from(r),
            13usize => self.is_mandatory.read_from(r),
            14usize => self.i_tunes_pairing_mode.read_from(r),
            15usize => self.location_disabled.read_from(r),
            16usize => self.mac_os_file_vault_disabled.read_from(r),
            17usize => self.mac_os_registration_disabled.read_from(r),
            18usize => self.management_certificates.read_from(r),
            19usize => self.pass_code_disabled.read_from(r),
            20usize => self.profile_removal_disabled.read_from(r),
            21usize => self.restore_blocked.read_from(r),
            22usize => self.restore_from_android_disabled.read_from(r),
            23usize => self.shared_i_pad_maximum_user_count.read_from(r),
            24usize => self.siri_disabled.read_from(r),
            25usize => self.supervised_mode_enabled.read_from(r),
            26usize => self.support_department.read_from(r),
            27usize => self.support_phone_number.read_from(r),
            28usize => self.terms_and_conditions_disabled.read_from(r),
            29usize => self.touch_id_disabled.read_from(r),
            30usize => self.zoom_disabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_endpoint_url);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.enable_authentication_via_company_portal);
        w.field(
            5usize,
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        w.field(6usize, &self.requires_user_authentication);
        w.field(7usize, &self.apple_id_disabled);
        w.field(8usize, &self.apple_pay_disabled);
        w.field(9usize, &self.await_device_configured_confirmation);
        w.field(10usize, &self.diagnostics_disabled);
        w.field(11usize, &self.enable_shared_i_pad);
        w.field(12usize, &self.is_default);
        w.field(13usize, &self.is_mandatory);
        w.field(14usize, &self.i_tunes_pairing_mode);
        w.field(15usize, &self.location_disabled);
        w.field(16usize, &self.mac_os_file_vault_disabled);
        w.field(17usize, &self.mac_os_registration_disabled);
        w.field(18usize, &self.management_certificates);
        w.field(19usize, &self.pass_code_disabled);
        w.field(20usize, &self.profile_removal_disabled);
        w.field(21usize, &self.restore_blocked);
        w.field(22usize, &self.restore_from_android_disabled);
        w.field(23usize, &self.shared_i_pad_maximum_user_count);
        w.field(24usize, &self.siri_disabled);
        w.field(25usize, &self.supervised_mode_enabled);
        w.field(26usize, &self.support_department);
        w.field(27usize, &self.support_phone_number);
        w.field(28usize, &self.terms_and_conditions_disabled);
        w.field(29usize, &self.touch_id_disabled);
        w.field(30usize, &self.zoom_disabled);
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
rt::impl_object!(DepEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DepEnrollmentProfile { with_id id : ::std::string::String;
    with_configuration_endpoint_url configuration_endpoint_url : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_enable_authentication_via_company_portal
    enable_authentication_via_company_portal : bool;
    with_require_company_portal_on_setup_assistant_enrolled_devices
    require_company_portal_on_setup_assistant_enrolled_devices : bool;
    with_requires_user_authentication requires_user_authentication : bool;
    with_apple_id_disabled apple_id_disabled : bool; with_apple_pay_disabled
    apple_pay_disabled : bool; with_await_device_configured_confirmation
    await_device_configured_confirmation : bool; with_diagnostics_disabled
    diagnostics_disabled : bool; with_enable_shared_i_pad enable_shared_i_pad : bool;
    with_is_default is_default : bool; with_is_mandatory is_mandatory : bool;
    with_i_tunes_pairing_mode i_tunes_pairing_mode : crate ::beta::ITunesPairingMode;
    with_location_disabled location_disabled : bool; with_mac_os_file_vault_disabled
    mac_os_file_vault_disabled : bool; with_mac_os_registration_disabled
    mac_os_registration_disabled : bool; with_management_certificates
    management_certificates : ::std::vec::Vec < crate
    ::beta::ManagementCertificateWithThumbprint >; with_pass_code_disabled
    pass_code_disabled : bool; with_profile_removal_disabled profile_removal_disabled :
    bool; with_restore_blocked restore_blocked : bool; with_restore_from_android_disabled
    restore_from_android_disabled : bool; with_shared_i_pad_maximum_user_count
    shared_i_pad_maximum_user_count : i32; with_siri_disabled siri_disabled : bool;
    with_supervised_mode_enabled supervised_mode_enabled : bool; with_support_department
    support_department : ::std::string::String; with_support_phone_number
    support_phone_number : ::std::string::String; with_terms_and_conditions_disabled
    terms_and_conditions_disabled : bool; with_touch_id_disabled touch_id_disabled :
    bool; with_zoom_disabled zoom_disabled : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DepEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// The DepIOSEnrollmentProfile resource represents an Apple Device Enrollment Program (DEP) enrollment profile specific to iOS configuration. This type of profile must be assigned to Apple DEP serial numbers before the corresponding devices can enroll via DEP.
///
/// CSDL: `microsoft.graph.depIOSEnrollmentProfile`, entity type, derived from `microsoft.graph.depEnrollmentBaseProfile`, key `id`.
///
/// Request builders: [`EnrollmentProfilePath`](requests/trait.EnrollmentProfilePath.html), what a path to one (`EntityPath<DepIosEnrollmentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DepIosEnrollmentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Configuration endpoint url to use for Enrollment
    ///
    /// CSDL: property `configurationEndpointUrl`: `Edm.String`, nullable.
    pub configuration_endpoint_url: rt::Field<::std::string::String>,
    /// Description of the profile
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the profile
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates to authenticate with Apple Setup Assistant instead of Company Portal.
    ///
    /// CSDL: property `enableAuthenticationViaCompanyPortal`: `Edm.Boolean`, not nullable.
    pub enable_authentication_via_company_portal: rt::Field<bool>,
    /// Indicates that Company Portal is required on setup assistant enrolled devices
    ///
    /// CSDL: property `requireCompanyPortalOnSetupAssistantEnrolledDevices`: `Edm.Boolean`, not nullable.
    pub require_company_portal_on_setup_assistant_enrolled_devices: rt::Field<bool>,
    /// Indicates if the profile requires user authentication
    ///
    /// CSDL: property `requiresUserAuthentication`: `Edm.Boolean`, not nullable.
    pub requires_user_authentication: rt::Field<bool>,
    /// Indicates if Apple id setup pane is disabled
    ///
    /// CSDL: property `appleIdDisabled`: `Edm.Boolean`, not nullable.
    pub apple_id_disabled: rt::Field<bool>,
    /// Indicates if Apple pay setup pane is disabled
    ///
    /// CSDL: property `applePayDisabled`: `Edm.Boolean`, not nullable.
    pub apple_pay_disabled: rt::Field<bool>,
    /// URL for setup assistant login
    ///
    /// CSDL: property `configurationWebUrl`: `Edm.Boolean`, not nullable.
    pub configuration_web_url: rt::Field<bool>,
    /// Sets a literal or name pattern.
    ///
    /// CSDL: property `deviceNameTemplate`: `Edm.String`, nullable.
    pub device_name_template: rt::Field<::std::string::String>,
    /// Indicates if diagnostics setup pane is disabled
    ///
    /// CSDL: property `diagnosticsDisabled`: `Edm.Boolean`, not nullable.
    pub diagnostics_disabled: rt::Field<bool>,
    /// Indicates if displaytone setup screen is disabled
    ///
    /// CSDL: property `displayToneSetupDisabled`: `Edm.Boolean`, not nullable.
    pub display_tone_setup_disabled: rt::Field<bool>,
    /// Indicates if this is the default profile
    ///
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// Indicates if the profile is mandatory
    ///
    /// CSDL: property `isMandatory`: `Edm.Boolean`, not nullable.
    pub is_mandatory: rt::Field<bool>,
    /// Indicates if Location service setup pane is disabled
    ///
    /// CSDL: property `locationDisabled`: `Edm.Boolean`, not nullable.
    pub location_disabled: rt::Field<bool>,
    /// Indicates if privacy screen is disabled
    ///
    /// CSDL: property `privacyPaneDisabled`: `Edm.Boolean`, not nullable.
    pub privacy_pane_disabled: rt::Field<bool>,
    /// Indicates if the profile removal option is disabled
    ///
    /// CSDL: property `profileRemovalDisabled`: `Edm.Boolean`, not nullable.
    pub profile_removal_disabled: rt::Field<bool>,
    /// Indicates if Restore setup pane is blocked
    ///
    /// CSDL: property `restoreBlocked`: `Edm.Boolean`, not nullable.
    pub restore_blocked: rt::Field<bool>,
    /// Indicates if screen timeout setup is disabled
    ///
    /// CSDL: property `screenTimeScreenDisabled`: `Edm.Boolean`, not nullable.
    pub screen_time_screen_disabled: rt::Field<bool>,
    /// Indicates if siri setup pane is disabled
    ///
    /// CSDL: property `siriDisabled`: `Edm.Boolean`, not nullable.
    pub siri_disabled: rt::Field<bool>,
    /// Supervised mode, True to enable, false otherwise. See https://docs.microsoft.com/en-us/intune/deploy-use/enroll-devices-in-microsoft-intune for additional information.
    ///
    /// CSDL: property `supervisedModeEnabled`: `Edm.Boolean`, not nullable.
    pub supervised_mode_enabled: rt::Field<bool>,
    /// Support department information
    ///
    /// CSDL: property `supportDepartment`: `Edm.String`, nullable.
    pub support_department: rt::Field<::std::string::String>,
    /// Support phone number
    ///
    /// CSDL: property `supportPhoneNumber`: `Edm.String`, nullable.
    pub support_phone_number: rt::Field<::std::string::String>,
    /// Indicates if 'Terms and Conditions' setup pane is disabled
    ///
    /// CSDL: property `termsAndConditionsDisabled`: `Edm.Boolean`, not nullable.
    pub terms_and_conditions_disabled: rt::Field<bool>,
    /// Indicates if touch id setup pane is disabled
    ///
    /// CSDL: property `touchIdDisabled`: `Edm.Boolean`, not nullable.
    pub touch_id_disabled: rt::Field<bool>,
    /// Indicates if Apperance screen is disabled
    ///
    /// CSDL: property `appearanceScreenDisabled`: `Edm.Boolean`, not nullable.
    pub appearance_screen_disabled: rt::Field<bool>,
    /// Indicates if the device will need to wait for configured confirmation
    ///
    /// CSDL: property `awaitDeviceConfiguredConfirmation`: `Edm.Boolean`, not nullable.
    pub await_device_configured_confirmation: rt::Field<bool>,
    /// If set, indicates which Vpp token should be used to deploy the Company Portal w/ device licensing. 'enableAuthenticationViaCompanyPortal' must be set in order for this property to be set.
    ///
    /// CSDL: property `companyPortalVppTokenId`: `Edm.String`, nullable.
    pub company_portal_vpp_token_id: rt::Field<::std::string::String>,
    /// Indicates if Device To Device Migration is disabled
    ///
    /// CSDL: property `deviceToDeviceMigrationDisabled`: `Edm.Boolean`, not nullable.
    pub device_to_device_migration_disabled: rt::Field<bool>,
    /// This indicates whether the device is to be enrolled in a mode which enables multi user scenarios. Only applicable in shared iPads.
    ///
    /// CSDL: property `enableSharedIPad`: `Edm.Boolean`, not nullable.
    pub enable_shared_i_pad: rt::Field<bool>,
    /// Tells the device to enable single app mode and apply app-lock during enrollment. Default is false. 'enableAuthenticationViaCompanyPortal' and 'companyPortalVppTokenId' must be set for this property to be set.
    ///
    /// CSDL: property `enableSingleAppEnrollmentMode`: `Edm.Boolean`, not nullable.
    pub enable_single_app_enrollment_mode: rt::Field<bool>,
    /// Indicates if Express Language screen is disabled
    ///
    /// CSDL: property `expressLanguageScreenDisabled`: `Edm.Boolean`, not nullable.
    pub express_language_screen_disabled: rt::Field<bool>,
    /// Indicates if home button sensitivity screen is disabled
    ///
    /// CSDL: property `homeButtonScreenDisabled`: `Edm.Boolean`, not nullable.
    pub home_button_screen_disabled: rt::Field<bool>,
    /// Indicates if iMessage and FaceTime screen is disabled
    ///
    /// CSDL: property `iMessageAndFaceTimeScreenDisabled`: `Edm.Boolean`, not nullable.
    pub i_message_and_face_time_screen_disabled: rt::Field<bool>,
    /// Indicates the iTunes pairing mode
    ///
    /// CSDL: property `iTunesPairingMode`: `microsoft.graph.iTunesPairingMode`, not nullable.
    pub i_tunes_pairing_mode: rt::Field<crate::beta::ITunesPairingMode>,
    /// Management certificates for Apple Configurator
    ///
    /// CSDL: property `managementCertificates`: `Collection(microsoft.graph.managementCertificateWithThumbprint)`, nullable.
    pub management_certificates: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementCertificateWithThumbprint>,
    >,
    /// Indicates if onboarding setup screen is disabled
    ///
    /// CSDL: property `onBoardingScreenDisabled`: `Edm.Boolean`, not nullable.
    pub on_boarding_screen_disabled: rt::Field<bool>,
    /// Indicates if Passcode setup pane is disabled
    ///
    /// CSDL: property `passCodeDisabled`: `Edm.Boolean`, not nullable.
    pub pass_code_disabled: rt::Field<bool>,
    /// Indicates if Preferred language screen is disabled
    ///
    /// CSDL: property `preferredLanguageScreenDisabled`: `Edm.Boolean`, not nullable.
    pub preferred_language_screen_disabled: rt::Field<bool>,
    /// Indicates if Weclome screen is disabled
    ///
    /// CSDL: property `restoreCompletedScreenDisabled`: `Edm.Boolean`, not nullable.
    pub restore_completed_screen_disabled: rt::Field<bool>,
    /// Indicates if Restore from Android is disabled
    ///
    /// CSDL: property `restoreFromAndroidDisabled`: `Edm.Boolean`, not nullable.
    pub restore_from_android_disabled: rt::Field<bool>,
    /// This specifies the maximum number of users that can use a shared iPad. Only applicable in shared iPad mode.
    ///
    /// CSDL: property `sharedIPadMaximumUserCount`: `Edm.Int32`, not nullable.
    pub shared_i_pad_maximum_user_count: rt::Field<i32>,
    /// Indicates if the SIMSetup screen is disabled
    ///
    /// CSDL: property `simSetupScreenDisabled`: `Edm.Boolean`, not nullable.
    pub sim_setup_screen_disabled: rt::Field<bool>,
    /// Indicates if the mandatory sofware update screen is disabled
    ///
    /// CSDL: property `softwareUpdateScreenDisabled`: `Edm.Boolean`, not nullable.
    pub software_update_screen_disabled: rt::Field<bool>,
    /// Indicates if Weclome screen is disabled
    ///
    /// CSDL: property `updateCompleteScreenDisabled`: `Edm.Boolean`, not nullable.
    pub update_complete_screen_disabled: rt::Field<bool>,
    /// Indicates if the watch migration screen is disabled
    ///
    /// CSDL: property `watchMigrationScreenDisabled`: `Edm.Boolean`, not nullable.
    pub watch_migration_screen_disabled: rt::Field<bool>,
    /// Indicates if Weclome screen is disabled
    ///
    /// CSDL: property `welcomeScreenDisabled`: `Edm.Boolean`, not nullable.
    pub welcome_screen_disabled: rt::Field<bool>,
    /// Indicates if zoom setup pane is disabled
    ///
    /// CSDL: property `zoomDisabled`: `Edm.Boolean`, not nullable.
    pub zoom_disabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DepIosEnrollmentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_endpoint_url: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enable_authentication_via_company_portal: rt::Field::Absent,
            require_company_portal_on_setup_assistant_enrolled_devices: rt::Field::Absent,
            requires_user_authentication: rt::Field::Absent,
            apple_id_disabled: rt::Field::Absent,
            apple_pay_disabled: rt::Field::Absent,
            configuration_web_url: rt::Field::Absent,
            device_name_template: rt::Field::Absent,
            diagnostics_disabled: rt::Field::Absent,
            display_tone_setup_disabled: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_mandatory: rt::Field::Absent,
            location_disabled: rt::Field::Absent,
            privacy_pane_disabled: rt::Field::Absent,
            profile_removal_disabled: rt::Field::Absent,
            restore_blocked: rt::Field::Absent,
            screen_time_screen_disabled: rt::Field::Absent,
            siri_disabled: rt::Field::Absent,
            supervised_mode_enabled: rt::Field::Absent,
            support_department: rt::Field::Absent,
            support_phone_number: rt::Field::Absent,
            terms_and_conditions_disabled: rt::Field::Absent,
            touch_id_disabled: rt::Field::Absent,
            appearance_screen_disabled: rt::Field::Absent,
            await_device_configured_confirmation: rt::Field::Absent,
            company_portal_vpp_token_id: rt::Field::Absent,
            device_to_device_migration_disabled: rt::Field::Absent,
            enable_shared_i_pad: rt::Field::Absent,
            enable_single_app_enrollment_mode: rt::Field::Absent,
            express_language_screen_disabled: rt::Field::Absent,
            home_button_screen_disabled: rt::Field::Absent,
            i_message_and_face_time_screen_disabled: rt::Field::Absent,
            i_tunes_pairing_mode: rt::Field::Absent,
            management_certificates: rt::Field::Absent,
            on_boarding_screen_disabled: rt::Field::Absent,
            pass_code_disabled: rt::Field::Absent,
            preferred_language_screen_disabled: rt::Field::Absent,
            restore_completed_screen_disabled: rt::Field::Absent,
            restore_from_android_disabled: rt::Field::Absent,
            shared_i_pad_maximum_user_count: rt::Field::Absent,
            sim_setup_screen_disabled: rt::Field::Absent,
            software_update_screen_disabled: rt::Field::Absent,
            update_complete_screen_disabled: rt::Field::Absent,
            watch_migration_screen_disabled: rt::Field::Absent,
            welcome_screen_disabled: rt::Field::Absent,
            zoom_disabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DepIosEnrollmentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.depIOSEnrollmentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationEndpointUrl",
        "description",
        "displayName",
        "enableAuthenticationViaCompanyPortal",
        "requireCompanyPortalOnSetupAssistantEnrolledDevices",
        "requiresUserAuthentication",
        "appleIdDisabled",
        "applePayDisabled",
        "configurationWebUrl",
        "deviceNameTemplate",
        "diagnosticsDisabled",
        "displayToneSetupDisabled",
        "isDefault",
        "isMandatory",
        "locationDisabled",
        "privacyPaneDisabled",
        "profileRemovalDisabled",
        "restoreBlocked",
        "screenTimeScreenDisabled",
        "siriDisabled",
        "supervisedModeEnabled",
        "supportDepartment",
        "supportPhoneNumber",
        "termsAndConditionsDisabled",
        "touchIdDisabled",
        "appearanceScreenDisabled",
        "awaitDeviceConfiguredConfirmation",
        "companyPortalVppTokenId",
        "deviceToDeviceMigrationDisabled",
        "enableSharedIPad",
        "enableSingleAppEnrollmentMode",
        "expressLanguageScreenDisabled",
        "homeButtonScreenDisabled",
        "iMessageAndFaceTimeScreenDisabled",
        "iTunesPairingMode",
        "managementCertificates",
        "onBoardingScreenDisabled",
        "passCodeDisabled",
        "preferredLanguageScreenDisabled",
        "restoreCompletedScreenDisabled",
        "restoreFromAndroidDisabled",
        "sharedIPadMaximumUserCount",
        "simSetupScreenDisabled",
        "softwareUpdateScreenDisabled",
        "updateCompleteScreenDisabled",
        "watchMigrationScreenDisabled",
        "welcomeScreenDisabled",
        "zoomDisabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationEndpointUrl\":     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enableAuthenticationViaCompanyPortal\":",
        ",\"requireCompanyPortalOnSetupAssistantEnrolledDevices\":",
        ",\"requiresUserAuthentication\":   ",
        ",\"appleIdDisabled\":              ",
        ",\"applePayDisabled\":             ",
        ",\"configurationWebUrl\":          ",
        ",\"deviceNameTemplate\":           ",
        ",\"diagnosticsDisabled\":          ",
        ",\"displayToneSetupDisabled\":     ",
        ",\"isDefault\":                    ",
        ",\"isMandatory\":                  ",
        ",\"locationDisabled\":             ",
        ",\"privacyPaneDisabled\":          ",
        ",\"profileRemovalDisabled\":       ",
        ",\"restoreBlocked\":               ",
        ",\"screenTimeScreenDisabled\":     ",
        ",\"siriDisabled\":                 ",
        ",\"supervisedModeEnabled\":        ",
        ",\"supportDepartment\":            ",
        ",\"supportPhoneNumber\":           ",
        ",\"termsAndConditionsDisabled\":   ",
        ",\"touchIdDisabled\":              ",
        ",\"appearanceScreenDisabled\":     ",
        ",\"awaitDeviceConfiguredConfirmation\":",
        ",\"companyPortalVppTokenId\":      ",
        ",\"deviceToDeviceMigrationDisabled\":",
        ",\"enableSharedIPad\":             ",
        ",\"enableSingleAppEnrollmentMode\":",
        ",\"expressLanguageScreenDisabled\":",
        ",\"homeButtonScreenDisabled\":     ",
        ",\"iMessageAndFaceTimeScreenDisabled\":",
        ",\"iTunesPairingMode\":            ",
        ",\"managementCertificates\":       ",
        ",\"onBoardingScreenDisabled\":     ",
        ",\"passCodeDisabled\":             ",
        ",\"preferredLanguageScreenDisabled\":",
        ",\"restoreCompletedScreenDisabled\":",
        ",\"restoreFromAndroidDisabled\":   ",
        ",\"sharedIPadMaximumUserCount\":   ",
        ",\"simSetupScreenDisabled\":       ",
        ",\"softwareUpdateScreenDisabled\": ",
        ",\"updateCompleteScreenDisabled\": ",
        ",\"watchMigrationScreenDisabled\": ",
        ",\"welcomeScreenDisabled\":        ",
        ",\"zoomDisabled\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.depIOSEnrollmentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_endpoint_url", &self.configuration_endpoint_url);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "enable_authentication_via_company_portal",
            &self.enable_authentication_via_company_portal,
        );
        v.field(
            5usize,
            "require_company_portal_on_setup_assistant_enrolled_devices",
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        v.field(
            6usize,
            "requires_user_authentication",
            &self.requires_user_authentication,
        );
        v.field(7usize, "apple_id_disabled", &self.apple_id_disabled);
        v.field(8usize, "apple_pay_disabled", &self.apple_pay_disabled);
        v.field(9usize, "configuration_web_url", &self.configuration_web_url);
        v.field(10usize, "device_name_template", &self.device_name_template);
        v.field(11usize, "diagnostics_disabled", &self.diagnostics_disabled);
        v.field(
            12usize,
            "display_tone_setup_disabled",
            &self.display_tone_setup_disabled,
        );
        v.field(13usize, "is_default", &self.is_default);
        v.field(14usize, "is_mandatory", &self.is_mandatory);
        v.field(15usize, "location_disabled", &self.location_disabled);
        v.field(16usize, "privacy_pane_disabled", &self.privacy_pane_disabled);
        v.field(17usize, "profile_removal_disabled", &self.profile_removal_disabled);
        v.field(18usize, "restore_blocked", &self.restore_blocked);
        v.field(
            19usize,
            "screen_time_screen_disabled",
            &self.screen_time_screen_disabled,
        );
        v.field(20usize, "siri_disabled", &self.siri_disabled);
        v.field(21usize, "supervised_mode_enabled", &self.supervised_mode_enabled);
        v.field(22usize, "support_department", &self.support_department);
        v.field(23usize, "support_phone_number", &self.support_phone_number);
        v.field(
            24usize,
            "terms_and_conditions_disabled",
            &self.terms_and_conditions_disabled,
        );
        v.field(25usize, "touch_id_disabled", &self.touch_id_disabled);
        v.field(26usize, "appearance_screen_disabled", &self.appearance_screen_disabled);
        v.field(
            27usize,
            "await_device_configured_confirmation",
            &self.await_device_configured_confirmation,
        );
        v.field(
            28usize,
            "company_portal_vpp_token_id",
            &self.company_portal_vpp_token_id,
        );
        v.field(
            29usize,
            "device_to_device_migration_disabled",
            &self.device_to_device_migration_disabled,
        );
        v.field(30usize, "enable_shared_i_pad", &self.enable_shared_i_pad);
        v.field(
            31usize,
            "enable_single_app_enrollment_mode",
            &self.enable_single_app_enrollment_mode,
        );
        v.field(
            32usize,
            "express_language_screen_disabled",
            &self.express_language_screen_disabled,
        );
        v.field(
            33usize,
            "home_button_screen_disabled",
            &self.home_button_screen_disabled,
        );
        v.field(
            34usize,
            "i_message_and_face_time_screen_disabled",
            &self.i_message_and_face_time_screen_disabled,
        );
        v.field(35usize, "i_tunes_pairing_mode", &self.i_tunes_pairing_mode);
        v.field(36usize, "management_certificates", &self.management_certificates);
        v.field(
            37usize,
            "on_boarding_screen_disabled",
            &self.on_boarding_screen_disabled,
        );
        v.field(38usize, "pass_code_disabled", &self.pass_code_disabled);
        v.field(
            39usize,
            "preferred_language_screen_disabled",
            &self.preferred_language_screen_disabled,
        );
        v.field(
            40usize,
            "restore_completed_screen_disabled",
            &self.restore_completed_screen_disabled,
        );
        v.field(
            41usize,
            "restore_from_android_disabled",
            &self.restore_from_android_disabled,
        );
        v.field(
            42usize,
            "shared_i_pad_maximum_user_count",
            &self.shared_i_pad_maximum_user_count,
        );
        v.field(43usize, "sim_setup_screen_disabled", &self.sim_setup_screen_disabled);
        v.field(
            44usize,
            "software_update_screen_disabled",
            &self.software_update_screen_disabled,
        );
        v.field(
            45usize,
            "update_complete_screen_disabled",
            &self.update_complete_screen_disabled,
        );
        v.field(
            46usize,
            "watch_migration_screen_disabled",
            &self.watch_migration_screen_disabled,
        );
        v.field(47usize, "welcome_screen_disabled", &self.welcome_screen_disabled);
        v.field(48usize, "zoom_disabled", &self.zoom_disabled);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DepIosEnrollmentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_endpoint_url.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.enable_authentication_via_company_portal.read_from(r),
            5usize => {
                self.require_company_portal_on_setup_assistant_enrolled_devices
                    .read_from(r)
            }
            6usize => self.requires_user_authentication.read_from(r),
            7usize => self.apple_id_disabled.read_from(r),
            8usize => self.apple_pay_disabled.read_from(r),
            9usize => self.configuration_web_url.read_from(r),
            10usize => self.device_name_template.read_from(r),
            11usize => self.diagnostics_disabled.read_from(r),
            12usize => self.display_tone_setup_disabled.read_from(r),
            13usize => self.is_default.read_from(r),
            14usize => self.is_mandatory.read_from(r),
            15usize => self.location_disabled.read_from(r),
            16usize => self.privacy_pane_disabled.read_from(r),
            17usize => self.profile_removal_disabled.read_from(r),
            18usize => self.restore_blocked.read_from(r),
            19usize => self.screen_time_screen_disabled.read_from(r),
            20usize => self.siri_disabled.read_from(r),
            21usize => self.supervised_mode_enabled.read_from(r),
            22usize => self.support_department.read_from(r),
            23usize => self.support_phone_number.read_from(r),
            24usize => self.terms_and_conditions_disabled.read_from(r),
            25usize => self.touch_id_disabled.read_from(r),
            26usize => self.appearance_screen_disabled.read_from(r),
            27usize => self.await_device_configured_confirmation.read_from(r),
            28usize => self.company_portal_vpp_token_id.read_from(r),
            29usize => self.device_to_device_migration_disabled.read_from(r),
            30usize => self.enable_shared_i_pad.read_from(r),
            31usize => self.enable_single_app_enrollment_mode.read_from(r),
            32usize => self.express_language_screen_disabled.read_from(r),
            33usize => self.home_button_screen_disabled.read_from(r),
            34usize => self.i_message_and_face_time_screen_disabled.read_from(r),
            35usize => self.i_tunes_pairing_mode.read_from(r),
            36usize => self.management_certificates.read_from(r),
            37usize => self.on_boarding_screen_disabled.read_from(r),
            38usize => self.pass_code_disabled.read_from(r),
            39usize => self.preferred_language_screen_disabled.read_from(r),
            40usize => self.restore_completed_screen_disabled.read_from(r),
            41usize => self.restore_from_android_disabled.read_from(r),
            42usize => self.shared_i_pad_maximum_user_count.read_from(r),
            43usize => self.sim_setup_screen_disabled.read_from(r),
            44usize => self.software_update_screen_disabled.read_from(r),
            45usize => self.update_complete_screen_disabled.read_from(r),
            46usize => self.watch_migration_screen_disabled.read_from(r),
            47usize => self.welcome_screen_disabled.read_from(r),
            48usize => self.zoom_disabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_endpoint_url);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.enable_authentication_via_company_portal);
        w.field(
            5usize,
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        w.field(6usize, &self.requires_user_authentication);
        w.field(7usize, &self.apple_id_disabled);
        w.field(8usize, &self.apple_pay_disabled);
        w.field(9usize, &self.configuration_web_url);
        w.field(10usize, &self.device_name_template);
        w.field(11usize, &self.diagnostics_disabled);
        w.field(12usize, &self.display_tone_setup_disabled);
        w.field(13usize, &self.is_default);
        w.field(14usize, &self.is_mandatory);
        w.field(15usize, &self.location_disabled);
        w.field(16usize, &self.privacy_pane_disabled);
        w.field(17usize, &self.profile_removal_disabled);
        w.field(18usize, &self.restore_blocked);
        w.field(19usize, &self.screen_time_screen_disabled);
        w.field(20usize, &self.siri_disabled);
        w.field(21usize, &self.supervised_mode_enabled);
        w.field(22usize, &self.support_department);
        w.field(23usize, &self.support_phone_number);
        w.field(24usize, &self.terms_and_conditions_disabled);
        w.field(25usize, &self.touch_id_disabled);
        w.field(26usize, &self.appearance_screen_disabled);
        w.field(27usize, &self.await_device_configured_confirmation);
        w.field(28usize, &self.company_portal_vpp_token_id);
        w.field(29usize, &self.device_to_device_migration_disabled);
        w.field(30usize, &self.enable_shared_i_pad);
        w.field(31usize, &self.enable_single_app_enrollment_mode);
        w.field(32usize, &self.express_language_screen_disabled);
        w.field(33usize, &self.home_button_screen_disabled);
        w.field(34usize, &self.i_message_and_face_time_screen_disabled);
        w.field(35usize, &self.i_tunes_pairing_mode);
        w.field(36usize, &self.management_certificates);
        w.field(37usize, &self.on_boarding_screen_disabled);
        w.field(38usize, &self.pass_code_disabled);
        w.field(39usize, &self.preferred_language_screen_disabled);
        w.field(40usize, &self.restore_completed_screen_disabled);
        w.field(41usize, &self.restore_from_android_disabled);
        w.field(42usize, &self.shared_i_pad_maximum_user_count);
        w.field(43usize, &self.sim_setup_screen_disabled);
        w.field(44usize, &self.software_update_screen_disabled);
        w.field(45usize, &self.update_complete_screen_disabled);
        w.field(46usize, &self.watch_migration_screen_disabled);
        w.field(47usize, &self.welcome_screen_disabled);
        w.field(48usize, &self.zoom_disabled);
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
rt::impl_object!(DepIosEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DepIosEnrollmentProfile { with_id id : ::std::string::String;
    with_configuration_endpoint_url configuration_endpoint_url : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_enable_authentication_via_company_portal
    enable_authentication_via_company_portal : bool;
    with_require_company_portal_on_setup_assistant_enrolled_devices
    require_company_portal_on_setup_assistant_enrolled_devices : bool;
    with_requires_user_authentication requires_user_authentication : bool;
    with_apple_id_disabled apple_id_disabled : bool; with_apple_pay_disabled
    apple_pay_disabled : bool; with_configuration_web_url configuration_web_url : bool;
    with_device_name_template device_name_template : ::std::string::String;
    with_diagnostics_disabled diagnostics_disabled : bool;
    with_display_tone_setup_disabled display_tone_setup_disabled : bool; with_is_default
    is_default : bool; with_is_mandatory is_mandatory : bool; with_location_disabled
    location_disabled : bool; with_privacy_pane_disabled privacy_pane_disabled : bool;
    with_profile_removal_disabled profile_removal_disabled : bool; with_restore_blocked
    restore_blocked : bool; with_screen_time_screen_disabled screen_time_screen_disabled
    : bool; with_siri_disabled siri_disabled : bool; with_supervised_mode_enabled
    supervised_mode_enabled : bool; with_support_department support_department :
    ::std::string::String; with_support_phone_number support_phone_number :
    ::std::string::String; with_terms_and_conditions_disabled
    terms_and_conditions_disabled : bool; with_touch_id_disabled touch_id_disabled :
    bool; with_appearance_screen_disabled appearance_screen_disabled : bool;
    with_await_device_configured_confirmation await_device_configured_confirmation :
    bool; with_company_portal_vpp_token_id company_portal_vpp_token_id :
    ::std::string::String; with_device_to_device_migration_disabled
    device_to_device_migration_disabled : bool; with_enable_shared_i_pad
    enable_shared_i_pad : bool; with_enable_single_app_enrollment_mode
    enable_single_app_enrollment_mode : bool; with_express_language_screen_disabled
    express_language_screen_disabled : bool; with_home_button_screen_disabled
    home_button_screen_disabled : bool; with_i_message_and_face_time_screen_disabled
    i_message_and_face_time_screen_disabled : bool; with_i_tunes_pairing_mode
    i_tunes_pairing_mode : crate ::beta::ITunesPairingMode; with_management_certificates
    management_certificates : ::std::vec::Vec < crate
    ::beta::ManagementCertificateWithThumbprint >; with_on_boarding_screen_disabled
    on_boarding_screen_disabled : bool; with_pass_code_disabled pass_code_disabled :
    bool; with_preferred_language_screen_disabled preferred_language_screen_disabled :
    bool; with_restore_completed_screen_disabled restore_completed_screen_disabled :
    bool; with_restore_from_android_disabled restore_from_android_disabled : bool;
    with_shared_i_pad_maximum_user_count shared_i_pad_maximum_user_count : i32;
    with_sim_setup_screen_disabled sim_setup_screen_disabled : bool;
    with_software_update_screen_disabled software_update_screen_disabled : bool;
    with_update_complete_screen_disabled update_complete_screen_disabled : bool;
    with_watch_migration_screen_disabled watch_migration_screen_disabled : bool;
    with_welcome_screen_disabled welcome_screen_disabled : bool; with_zoom_disabled
    zoom_disabled : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DepIosEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// The DepMacOSEnrollmentProfile resource represents an Apple Device Enrollment Program (DEP) enrollment profile specific to macOS configuration. This type of profile must be assigned to Apple DEP serial numbers before the corresponding devices can enroll via DEP.
///
/// CSDL: `microsoft.graph.depMacOSEnrollmentProfile`, entity type, derived from `microsoft.graph.depEnrollmentBaseProfile`, key `id`.
///
/// Request builders: [`EnrollmentProfilePath`](requests/trait.EnrollmentProfilePath.html), what a path to one (`EntityPath<DepMacOsEnrollmentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DepMacOsEnrollmentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Configuration endpoint url to use for Enrollment
    ///
    /// CSDL: property `configurationEndpointUrl`: `Edm.String`, nullable.
    pub configuration_endpoint_url: rt::Field<::std::string::String>,
    /// Description of the profile
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the profile
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates to authenticate with Apple Setup Assistant instead of Company Portal.
    ///
    /// CSDL: property `enableAuthenticationViaCompanyPortal`: `Edm.Boolean`, not nullable.
    pub enable_authentication_via_company_portal: rt::Field<bool>,
    /// Indicates that Company Portal is required on setup assistant enrolled devices
    ///
    /// CSDL: property `requireCompanyPortalOnSetupAssistantEnrolledDevices`: `Edm.Boolean`, not nullable.
    pub require_company_portal_on_setup_assistant_enrolled_devices: rt::Field<bool>,
    /// Indicates if the profile requires user authentication
    ///
    /// CSDL: property `requiresUserAuthentication`: `Edm.Boolean`, not nullable.
    pub requires_user_authentication: rt::Field<bool>,
    /// Indicates if Apple id setup pane is disabled
    ///
    /// CSDL: property `appleIdDisabled`: `Edm.Boolean`, not nullable.
    pub apple_id_disabled: rt::Field<bool>,
    /// Indicates if Apple pay setup pane is disabled
    ///
    /// CSDL: property `applePayDisabled`: `Edm.Boolean`, not nullable.
    pub apple_pay_disabled: rt::Field<bool>,
    /// URL for setup assistant login
    ///
    /// CSDL: property `configurationWebUrl`: `Edm.Boolean`, not nullable.
    pub configuration_web_url: rt::Field<bool>,
    /// Sets a literal or name pattern.
    ///
    /// CSDL: property `deviceNameTemplate`: `Edm.String`, nullable.
    pub device_name_template: rt::Field<::std::string::String>,
    /// Indicates if diagnostics setup pane is disabled
    ///
    /// CSDL: property `diagnosticsDisabled`: `Edm.Boolean`, not nullable.
    pub diagnostics_disabled: rt::Field<bool>,
    /// Indicates if displaytone setup screen is disabled
    ///
    /// CSDL: property `displayToneSetupDisabled`: `Edm.Boolean`, not nullable.
    pub display_tone_setup_disabled: rt::Field<bool>,
    /// Indicates if this is the default profile
    ///
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// Indicates if the profile is mandatory
    ///
    /// CSDL: property `isMandatory`: `Edm.Boolean`, not nullable.
    pub is_mandatory: rt::Field<bool>,
    /// Indicates if Location service setup pane is disabled
    ///
    /// CSDL: property `locationDisabled`: `Edm.Boolean`, not nullable.
    pub location_disabled: rt::Field<bool>,
    /// Indicates if privacy screen is disabled
    ///
    /// CSDL: property `privacyPaneDisabled`: `Edm.Boolean`, not nullable.
    pub privacy_pane_disabled: rt::Field<bool>,
    /// Indicates if the profile removal option is disabled
    ///
    /// CSDL: property `profileRemovalDisabled`: `Edm.Boolean`, not nullable.
    pub profile_removal_disabled: rt::Field<bool>,
    /// Indicates if Restore setup pane is blocked
    ///
    /// CSDL: property `restoreBlocked`: `Edm.Boolean`, not nullable.
    pub restore_blocked: rt::Field<bool>,
    /// Indicates if screen timeout setup is disabled
    ///
    /// CSDL: property `screenTimeScreenDisabled`: `Edm.Boolean`, not nullable.
    pub screen_time_screen_disabled: rt::Field<bool>,
    /// Indicates if siri setup pane is disabled
    ///
    /// CSDL: property `siriDisabled`: `Edm.Boolean`, not nullable.
    pub siri_disabled: rt::Field<bool>,
    /// Supervised mode, True to enable, false otherwise. See https://docs.microsoft.com/en-us/intune/deploy-use/enroll-devices-in-microsoft-intune for additional information.
    ///
    /// CSDL: property `supervisedModeEnabled`: `Edm.Boolean`, not nullable.
    pub supervised_mode_enabled: rt::Field<bool>,
    /// Support department information
    ///
    /// CSDL: property `supportDepartment`: `Edm.String`, nullable.
    pub support_department: rt::Field<::std::string::String>,
    /// Support phone number
    ///
    /// CSDL: property `supportPhoneNumber`: `Edm.String`, nullable.
    pub support_phone_number: rt::Field<::std::string::String>,
    /// Indicates if 'Terms and Conditions' setup pane is disabled
    ///
    /// CSDL: property `termsAndConditionsDisabled`: `Edm.Boolean`, not nullable.
    pub terms_and_conditions_disabled: rt::Field<bool>,
    /// Indicates if touch id setup pane is disabled
    ///
    /// CSDL: property `touchIdDisabled`: `Edm.Boolean`, not nullable.
    pub touch_id_disabled: rt::Field<bool>,
    /// Indicates if Accessibility screen is disabled
    ///
    /// CSDL: property `accessibilityScreenDisabled`: `Edm.Boolean`, not nullable.
    pub accessibility_screen_disabled: rt::Field<bool>,
    /// Indicates if iCloud Documents and Desktop screen is disabled
    ///
    /// CSDL: property `chooseYourLockScreenDisabled`: `Edm.Boolean`, not nullable.
    pub choose_your_lock_screen_disabled: rt::Field<bool>,
    /// Indicates if file vault is disabled
    ///
    /// CSDL: property `fileVaultDisabled`: `Edm.Boolean`, not nullable.
    pub file_vault_disabled: rt::Field<bool>,
    /// Indicates if iCloud Analytics screen is disabled
    ///
    /// CSDL: property `iCloudDiagnosticsDisabled`: `Edm.Boolean`, not nullable.
    pub i_cloud_diagnostics_disabled: rt::Field<bool>,
    /// Indicates if iCloud Documents and Desktop screen is disabled
    ///
    /// CSDL: property `iCloudStorageDisabled`: `Edm.Boolean`, not nullable.
    pub i_cloud_storage_disabled: rt::Field<bool>,
    /// Indicates if Passcode setup pane is disabled
    ///
    /// CSDL: property `passCodeDisabled`: `Edm.Boolean`, not nullable.
    pub pass_code_disabled: rt::Field<bool>,
    /// Indicates if registration is disabled
    ///
    /// CSDL: property `registrationDisabled`: `Edm.Boolean`, not nullable.
    pub registration_disabled: rt::Field<bool>,
    /// Indicates if zoom setup pane is disabled
    ///
    /// CSDL: property `zoomDisabled`: `Edm.Boolean`, not nullable.
    pub zoom_disabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DepMacOsEnrollmentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_endpoint_url: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enable_authentication_via_company_portal: rt::Field::Absent,
            require_company_portal_on_setup_assistant_enrolled_devices: rt::Field::Absent,
            requires_user_authentication: rt::Field::Absent,
            apple_id_disabled: rt::Field::Absent,
            apple_pay_disabled: rt::Field::Absent,
            configuration_web_url: rt::Field::Absent,
            device_name_template: rt::Field::Absent,
            diagnostics_disabled: rt::Field::Absent,
            display_tone_setup_disabled: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_mandatory: rt::Field::Absent,
            location_disabled: rt::Field::Absent,
            privacy_pane_disabled: rt::Field::Absent,
            profile_removal_disabled: rt::Field::Absent,
            restore_blocked: rt::Field::Absent,
            screen_time_screen_disabled: rt::Field::Absent,
            siri_disabled: rt::Field::Absent,
            supervised_mode_enabled: rt::Field::Absent,
            support_department: rt::Field::Absent,
            support_phone_number: rt::Field::Absent,
            terms_and_conditions_disabled: rt::Field::Absent,
            touch_id_disabled: rt::Field::Absent,
            accessibility_screen_disabled: rt::Field::Absent,
            choose_your_lock_screen_disabled: rt::Field::Absent,
            file_vault_disabled: rt::Field::Absent,
            i_cloud_diagnostics_disabled: rt::Field::Absent,
            i_cloud_storage_disabled: rt::Field::Absent,
            pass_code_disabled: rt::Field::Absent,
            registration_disabled: rt::Field::Absent,
            zoom_disabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DepMacOsEnrollmentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.depMacOSEnrollmentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationEndpointUrl",
        "description",
        "displayName",
        "enableAuthenticationViaCompanyPortal",
        "requireCompanyPortalOnSetupAssistantEnrolledDevices",
        "requiresUserAuthentication",
        "appleIdDisabled",
        "applePayDisabled",
        "configurationWebUrl",
        "deviceNameTemplate",
        "diagnosticsDisabled",
        "displayToneSetupDisabled",
        "isDefault",
        "isMandatory",
        "locationDisabled",
        "privacyPaneDisabled",
        "profileRemovalDisabled",
        "restoreBlocked",
        "screenTimeScreenDisabled",
        "siriDisabled",
        "supervisedModeEnabled",
        "supportDepartment",
        "supportPhoneNumber",
        "termsAndConditionsDisabled",
        "touchIdDisabled",
        "accessibilityScreenDisabled",
        "chooseYourLockScreenDisabled",
        "fileVaultDisabled",
        "iCloudDiagnosticsDisabled",
        "iCloudStorageDisabled",
        "passCodeDisabled",
        "registrationDisabled",
        "zoomDisabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationEndpointUrl\":     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enableAuthenticationViaCompanyPortal\":",
        ",\"requireCompanyPortalOnSetupAssistantEnrolledDevices\":",
        ",\"requiresUserAuthentication\":   ",
        ",\"appleIdDisabled\":              ",
        ",\"applePayDisabled\":             ",
        ",\"configurationWebUrl\":          ",
        ",\"deviceNameTemplate\":           ",
        ",\"diagnosticsDisabled\":          ",
        ",\"displayToneSetupDisabled\":     ",
        ",\"isDefault\":                    ",
        ",\"isMandatory\":                  ",
        ",\"locationDisabled\":             ",
        ",\"privacyPaneDisabled\":          ",
        ",\"profileRemovalDisabled\":       ",
        ",\"restoreBlocked\":               ",
        ",\"screenTimeScreenDisabled\":     ",
        ",\"siriDisabled\":                 ",
        ",\"supervisedModeEnabled\":        ",
        ",\"supportDepartment\":            ",
        ",\"supportPhoneNumber\":           ",
        ",\"termsAndConditionsDisabled\":   ",
        ",\"touchIdDisabled\":              ",
        ",\"accessibilityScreenDisabled\":  ",
        ",\"chooseYourLockScreenDisabled\": ",
        ",\"fileVaultDisabled\":            ",
        ",\"iCloudDiagnosticsDisabled\":    ",
        ",\"iCloudStorageDisabled\":        ",
        ",\"passCodeDisabled\":             ",
        ",\"registrationDisabled\":         ",
        ",\"zoomDisabled\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.depMacOSEnrollmentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_endpoint_url", &self.configuration_endpoint_url);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "enable_authentication_via_company_portal",
            &self.enable_authentication_via_company_portal,
        );
        v.field(
            5usize,
            "require_company_portal_on_setup_assistant_enrolled_devices",
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        v.field(
            6usize,
            "requires_user_authentication",
            &self.requires_user_authentication,
        );
        v.field(7usize, "apple_id_disabled", &self.apple_id_disabled);
        v.field(8usize, "apple_pay_disabled", &self.apple_pay_disabled);
        v.field(9usize, "configuration_web_url", &self.configuration_web_url);
        v.field(10usize, "device_name_template", &self.device_name_template);
        v.field(11usize, "diagnostics_disabled", &self.diagnostics_disabled);
        v.field(
            12usize,
            "display_tone_setup_disabled",
            &self.display_tone_setup_disabled,
        );
        v.field(13usize, "is_default", &self.is_default);
        v.field(14usize, "is_mandatory", &self.is_mandatory);
        v.field(15usize, "location_disabled", &self.location_disabled);
        v.field(16usize, "privacy_pane_disabled", &self.privacy_pane_disabled);
        v.field(17usize, "profile_removal_disabled", &self.profile_removal_disabled);
        v.field(18usize, "restore_blocked", &self.restore_blocked);
        v.field(
            19usize,
            "screen_time_screen_disabled",
            &self.screen_time_screen_disabled,
        );
        v.field(20usize, "siri_disabled", &self.siri_disabled);
        v.field(21usize, "supervised_mode_enabled", &self.supervised_mode_enabled);
        v.field(22usize, "support_department", &self.support_department);
        v.field(23usize, "support_phone_number", &self.support_phone_number);
        v.field(
            24usize,
            "terms_and_conditions_disabled",
            &self.terms_and_conditions_disabled,
        );
        v.field(25usize, "touch_id_disabled", &self.touch_id_disabled);
        v.field(
            26usize,
            "accessibility_screen_disabled",
            &self.accessibility_screen_disabled,
        );
        v.field(
            27usize,
            "choose_your_lock_screen_disabled",
            &self.choose_your_lock_screen_disabled,
        );
        v.field(28usize, "file_vault_disabled", &self.file_vault_disabled);
        v.field(
            29usize,
            "i_cloud_diagnostics_disabled",
            &self.i_cloud_diagnostics_disabled,
        );
        v.field(30usize, "i_cloud_storage_disabled", &self.i_cloud_storage_disabled);
        v.field(31usize, "pass_code_disabled", &self.pass_code_disabled);
        v.field(32usize, "registration_disabled", &self.registration_disabled);
        v.field(33usize, "zoom_disabled", &self.zoom_disabled);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DepMacOsEnrollmentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_endpoint_url.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.enable_authentication_via_company_portal.read_from(r),
            5usize => {
                self.require_company_portal_on_setup_assistant_enrolled_devices
                    .read_from(r)
            }
            6usize => self.requires_user_authentication.read_from(r),
            7usize => self.apple_id_disabled.read_from(r),
            8usize => self.apple_pay_disabled.read_from(r),
            9usize => self.configuration_web_url.read_from(r),
            10usize => self.device_name_template.read_from(r),
            11usize => self.diagnostics_disabled.read_from(r),
            12usize => self.display_tone_setup_disabled.read_from(r),
            13usize => self.is_default.read_from(r),
            14usize => self.is_mandatory.read_from(r),
            15usize => self.location_disabled.read_from(r),
            16usize => self.privacy_pane_disabled.read_from(r),
            17usize => self.profile_removal_disabled.read_from(r),
            18usize => self.restore_blocked.read_from(r),
            19usize => self.screen_time_screen_disabled.read_from(r),
            20usize => self.siri_disabled.read_from(r),
            21usize => self.supervised_mode_enabled.read_from(r),
            22usize => self.support_department.read_from(r),
            23usize => self.support_phone_number.read_from(r),
            24usize => self.terms_and_conditions_disabled.read_from(r),
            25usize => self.touch_id_disabled.read_from(r),
            26usize => self.accessibility_screen_disabled.read_from(r),
            27usize => self.choose_your_lock_screen_disabled.read_from(r),
            28usize => self.file_vault_disabled.read_from(r),
            29usize => self.i_cloud_diagnostics_disabled.read_from(r),
            30usize => self.i_cloud_storage_disabled.read_from(r),
            31usize => self.pass_code_disabled.read_from(r),
            32usize => self.registration_disabled.read_from(r),
            33usize => self.zoom_disabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_endpoint_url);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.enable_authentication_via_company_portal);
        w.field(
            5usize,
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        w.field(6usize, &self.requires_user_authentication);
        w.field(7usize, &self.apple_id_disabled);
        w.field(8usize, &self.apple_pay_disabled);
        w.field(9usize, &self.configuration_web_url);
        w.field(10usize, &self.device_name_template);
        w.field(11usize, &self.diagnostics_disabled);
        w.field(12usize, &self.display_tone_setup_disabled);
        w.field(13usize, &self.is_default);
        w.field(14usize, &self.is_mandatory);
        w.field(15usize, &self.location_disabled);
        w.field(16usize, &self.privacy_pane_disabled);
        w.field(17usize, &self.profile_removal_disabled);
        w.field(18usize, &self.restore_blocked);
        w.field(19usize, &self.screen_time_screen_disabled);
        w.field(20usize, &self.siri_disabled);
        w.field(21usize, &self.supervised_mode_enabled);
        w.field(22usize, &self.support_department);
        w.field(23usize, &self.support_phone_number);
        w.field(24usize, &self.terms_and_conditions_disabled);
        w.field(25usize, &self.touch_id_disabled);
        w.field(26usize, &self.accessibility_screen_disabled);
        w.field(27usize, &self.choose_your_lock_screen_disabled);
        w.field(28usize, &self.file_vault_disabled);
        w.field(29usize, &self.i_cloud_diagnostics_disabled);
        w.field(30usize, &self.i_cloud_storage_disabled);
        w.field(31usize, &self.pass_code_disabled);
        w.field(32usize, &self.registration_disabled);
        w.field(33usize, &self.zoom_disabled);
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
rt::impl_object!(DepMacOsEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DepMacOsEnrollmentProfile { with_id id : ::std::string::String;
    with_configuration_endpoint_url configuration_endpoint_url : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_enable_authentication_via_company_portal
    enable_authentication_via_company_portal : bool;
    with_require_company_portal_on_setup_assistant_enrolled_devices
    require_company_portal_on_setup_assistant_enrolled_devices : bool;
    with_requires_user_authentication requires_user_authentication : bool;
    with_apple_id_disabled apple_id_disabled : bool; with_apple_pay_disabled
    apple_pay_disabled : bool; with_configuration_web_url configuration_web_url : bool;
    with_device_name_template device_name_template : ::std::string::String;
    with_diagnostics_disabled diagnostics_disabled : bool;
    with_display_tone_setup_disabled display_tone_setup_disabled : bool; with_is_default
    is_default : bool; with_is_mandatory is_mandatory : bool; with_location_disabled
    location_disabled : bool; with_privacy_pane_disabled privacy_pane_disabled : bool;
    with_profile_removal_disabled profile_removal_disabled : bool; with_restore_blocked
    restore_blocked : bool; with_screen_time_screen_disabled screen_time_screen_disabled
    : bool; with_siri_disabled siri_disabled : bool; with_supervised_mode_enabled
    supervised_mode_enabled : bool; with_support_department support_department :
    ::std::string::String; with_support_phone_number support_phone_number :
    ::std::string::String; with_terms_and_conditions_disabled
    terms_and_conditions_disabled : bool; with_touch_id_disabled touch_id_disabled :
    bool; with_accessibility_screen_disabled accessibility_screen_disabled : bool;
    with_choose_your_lock_screen_disabled choose_your_lock_screen_disabled : bool;
    with_file_vault_disabled file_vault_disabled : bool;
    with_i_cloud_diagnostics_disabled i_cloud_diagnostics_disabled : bool;
    with_i_cloud_storage_disabled i_cloud_storage_disabled : bool;
    with_pass_code_disabled pass_code_disabled : bool; with_registration_disabled
    registration_disabled : bool; with_zoom_disabled zoom_disabled : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DepMacOsEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// The depOnboardingSetting represents an instance of the Apple DEP service being onboarded to Intune. The onboarded service instance manages an Apple Token used to synchronize data between Apple and Intune.
///
/// CSDL: `microsoft.graph.depOnboardingSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DepOnboardingSettingPath`](requests/trait.DepOnboardingSettingPath.html), what a path to one (`EntityPath<DepOnboardingSetting, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DepOnboardingSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Apple ID used to obtain the current token.
    ///
    /// CSDL: property `appleIdentifier`: `Edm.String`, nullable.
    pub apple_identifier: rt::Field<::std::string::String>,
    /// Consent granted for data sharing with Apple Dep Service
    ///
    /// CSDL: property `dataSharingConsentGranted`: `Edm.Boolean`, not nullable.
    pub data_sharing_consent_granted: rt::Field<bool>,
    /// When the service was onboarded.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// When the service last syned with Intune
    ///
    /// CSDL: property `lastSuccessfulSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_successful_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Error code reported by Apple during last dep sync.
    ///
    /// CSDL: property `lastSyncErrorCode`: `Edm.Int32`, not nullable.
    pub last_sync_error_code: rt::Field<i32>,
    /// When Intune last requested a sync.
    ///
    /// CSDL: property `lastSyncTriggeredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_triggered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Whether or not the Dep token sharing is enabled with the School Data Sync service.
    ///
    /// CSDL: property `shareTokenWithSchoolDataSyncService`: `Edm.Boolean`, not nullable.
    pub share_token_with_school_data_sync_service: rt::Field<bool>,
    /// Gets synced device count
    ///
    /// CSDL: property `syncedDeviceCount`: `Edm.Int32`, not nullable.
    pub synced_device_count: rt::Field<i32>,
    /// When the token will expire.
    ///
    /// CSDL: property `tokenExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub token_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Friendly Name for Dep Token
    ///
    /// CSDL: property `tokenName`: `Edm.String`, nullable.
    pub token_name: rt::Field<::std::string::String>,
    /// Gets or sets the Dep Token Type.
    ///
    /// CSDL: property `tokenType`: `microsoft.graph.depTokenType`, not nullable.
    pub token_type: rt::Field<crate::beta::DepTokenType>,
    /// Default iOS Enrollment Profile
    ///
    /// CSDL: navigation property `defaultIosEnrollmentProfile`: `microsoft.graph.depIOSEnrollmentProfile`, nullable.
    pub default_ios_enrollment_profile: rt::Field<crate::beta::DepIosEnrollmentProfile>,
    /// Default MacOs Enrollment Profile
    ///
    /// CSDL: navigation property `defaultMacOsEnrollmentProfile`: `microsoft.graph.depMacOSEnrollmentProfile`, nullable.
    pub default_mac_os_enrollment_profile: rt::Field<
        crate::beta::DepMacOsEnrollmentProfile,
    >,
    /// The enrollment profiles.
    ///
    /// CSDL: containment navigation property `enrollmentProfiles`: `Collection(microsoft.graph.enrollmentProfile)`, not nullable.
    pub enrollment_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::AnyEnrollmentProfile>,
    >,
    /// The imported Apple device identities.
    ///
    /// CSDL: containment navigation property `importedAppleDeviceIdentities`: `Collection(microsoft.graph.importedAppleDeviceIdentity)`, not nullable.
    pub imported_apple_device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::AnyImportedAppleDeviceIdentity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DepOnboardingSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            apple_identifier: rt::Field::Absent,
            data_sharing_consent_granted: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            last_successful_sync_date_time: rt::Field::Absent,
            last_sync_error_code: rt::Field::Absent,
            last_sync_triggered_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            share_token_with_school_data_sync_service: rt::Field::Absent,
            synced_device_count: rt::Field::Absent,
            token_expiration_date_time: rt::Field::Absent,
            token_name: rt::Field::Absent,
            token_type: rt::Field::Absent,
            default_ios_enrollment_profile: rt::Field::Absent,
            default_mac_os_enrollment_profile: rt::Field::Absent,
            enrollment_profiles: rt::Field::Absent,
            imported_apple_device_identities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DepOnboardingSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.depOnboardingSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appleIdentifier",
        "dataSharingConsentGranted",
        "lastModifiedDateTime",
        "lastSuccessfulSyncDateTime",
        "lastSyncErrorCode",
        "lastSyncTriggeredDateTime",
        "roleScopeTagIds",
        "shareTokenWithSchoolDataSyncService",
        "syncedDeviceCount",
        "tokenExpirationDateTime",
        "tokenName",
        "tokenType",
        "defaultIosEnrollmentProfile",
        "defaultMacOsEnrollmentProfile",
        "enrollmentProfiles",
        "importedAppleDeviceIdentities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appleIdentifier\":              ",
        ",\"dataSharingConsentGranted\":    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"lastSuccessfulSyncDateTime\":   ",
        ",\"lastSyncErrorCode\":            ",
        ",\"lastSyncTriggeredDateTime\":    ",
        ",\"roleScopeTagIds\":              ",
        ",\"shareTokenWithSchoolDataSyncService\":",
        ",\"syncedDeviceCount\":            ",
        ",\"tokenExpirationDateTime\":      ",
        ",\"tokenName\":                    ",
        ",\"tokenType\":                    ",
        ",\"defaultIosEnrollmentProfile\":  ",
        ",\"defaultMacOsEnrollmentProfile\":",
        ",\"enrollmentProfiles\":           ",
        ",\"importedAppleDeviceIdentities\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.depOnboardingSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "apple_identifier", &self.apple_identifier);
        v.field(
            2usize,
            "data_sharing_consent_granted",
            &self.data_sharing_consent_granted,
        );
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            4usize,
            "last_successful_sync_date_time",
            &self.last_successful_sync_date_time,
        );
        v.field(5usize, "last_sync_error_code", &self.last_sync_error_code);
        v.field(
            6usize,
            "last_sync_triggered_date_time",
            &self.last_sync_triggered_date_time,
        );
        v.field(7usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(
            8usize,
            "share_token_with_school_data_sync_service",
            &self.share_token_with_school_data_sync_service,
        );
        v.field(9usize, "synced_device_count", &self.synced_device_count);
        v.field(10usize, "token_expiration_date_time", &self.token_expiration_date_time);
        v.field(11usize, "token_name", &self.token_name);
        v.field(12usize, "token_type", &self.token_type);
        v.field(
            13usize,
            "default_ios_enrollment_profile",
            &self.default_ios_enrollment_profile,
        );
        v.field(
            14usize,
            "default_mac_os_enrollment_profile",
            &self.default_mac_os_enrollment_profile,
        );
        v.field(15usize, "enrollment_profiles", &self.enrollment_profiles);
        v.field(
            16usize,
            "imported_apple_device_identities",
            &self.imported_apple_device_identities,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DepOnboardingSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.apple_identifier.read_from(r),
            2usize => self.data_sharing_consent_granted.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.last_successful_sync_date_time.read_from(r),
            5usize => self.last_sync_error_code.read_from(r),
            6usize => self.last_sync_triggered_date_time.read_from(r),
            7usize => self.role_scope_tag_ids.read_from(r),
            8usize => self.share_token_with_school_data_sync_service.read_from(r),
            9usize => self.synced_device_count.read_from(r),
            10usize => self.token_expiration_date_time.read_from(r),
            11usize => self.token_name.read_from(r),
            12usize => self.token_type.read_from(r),
            13usize => self.default_ios_enrollment_profile.read_from(r),
            14usize => self.default_mac_os_enrollment_profile.read_from(r),
            15usize => self.enrollment_profiles.read_from(r),
            16usize => self.imported_apple_device_identities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.apple_identifier);
        w.field(2usize, &self.data_sharing_consent_granted);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.last_successful_sync_date_time);
        w.field(5usize, &self.last_sync_error_code);
        w.field(6usize, &self.last_sync_triggered_date_time);
        w.field(7usize, &self.role_scope_tag_ids);
        w.field(8usize, &self.share_token_with_school_data_sync_service);
        w.field(9usize, &self.synced_device_count);
        w.field(10usize, &self.token_expiration_date_time);
        w.field(11usize, &self.token_name);
        w.field(12usize, &self.token_type);
        w.field(13usize, &self.default_ios_enrollment_profile);
        w.field(14usize, &self.default_mac_os_enrollment_profile);
        w.field(15usize, &self.enrollment_profiles);
        w.field(16usize, &self.imported_apple_device_identities);
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
rt::impl_object!(DepOnboardingSetting);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DepOnboardingSetting { with_id id : ::std::string::String; with_apple_identifier
    apple_identifier : ::std::string::String; with_data_sharing_consent_granted
    data_sharing_consent_granted : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset;
    with_last_successful_sync_date_time last_successful_sync_date_time :
    rt::edm::DateTimeOffset; with_last_sync_error_code last_sync_error_code : i32;
    with_last_sync_triggered_date_time last_sync_triggered_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_share_token_with_school_data_sync_service
    share_token_with_school_data_sync_service : bool; with_synced_device_count
    synced_device_count : i32; with_token_expiration_date_time token_expiration_date_time
    : rt::edm::DateTimeOffset; with_token_name token_name : ::std::string::String;
    with_token_type token_type : crate ::beta::DepTokenType;
    with_default_ios_enrollment_profile default_ios_enrollment_profile : crate
    ::beta::DepIosEnrollmentProfile; with_default_mac_os_enrollment_profile
    default_mac_os_enrollment_profile : crate ::beta::DepMacOsEnrollmentProfile;
    with_enrollment_profiles enrollment_profiles : ::std::vec::Vec < crate
    ::beta::AnyEnrollmentProfile >; with_imported_apple_device_identities
    imported_apple_device_identities : ::std::vec::Vec < crate
    ::beta::AnyImportedAppleDeviceIdentity >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DepOnboardingSetting);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.depTokenType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DepTokenType {
    /// `none` (value 0).
    None,
    /// `dep` (value 1).
    Dep,
    /// `appleSchoolManager` (value 2).
    AppleSchoolManager,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DepTokenType {
    const TYPE_NAME: &'static str = "microsoft.graph.depTokenType";
    const MEMBERS: &'static [&'static str] = &["none", "dep", "appleSchoolManager"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "dep" => Self::Dep,
                "appleSchoolManager" => Self::AppleSchoolManager,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Dep => "dep",
            Self::AppleSchoolManager => "appleSchoolManager",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DepTokenType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DepTokenType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.derivedCredentialProviderType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DerivedCredentialProviderType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `entrustDataCard` (value 1).
    EntrustDataCard,
    /// `purebred` (value 2).
    Purebred,
    /// `xTec` (value 3).
    XTec,
    /// `intercede` (value 4).
    Intercede,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DerivedCredentialProviderType {
    const TYPE_NAME: &'static str = "microsoft.graph.derivedCredentialProviderType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "entrustDataCard",
        "purebred",
        "xTec",
        "intercede",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "entrustDataCard" => Self::EntrustDataCard,
                "purebred" => Self::Purebred,
                "xTec" => Self::XTec,
                "intercede" => Self::Intercede,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::NotConfigured => "notConfigured",
            Self::EntrustDataCard => "entrustDataCard",
            Self::Purebred => "purebred",
            Self::XTec => "xTec",
            Self::Intercede => "intercede",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DerivedCredentialProviderType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DerivedCredentialProviderType);
