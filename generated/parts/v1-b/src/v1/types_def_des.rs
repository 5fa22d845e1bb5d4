//! Types of `microsoft.graph` by the first letters of their names (`def_des`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.defaultInvitationRedemptionIdentityProviderConfiguration`, complex type, derived from `microsoft.graph.invitationRedemptionIdentityProviderConfiguration`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DefaultInvitationRedemptionIdentityProviderConfiguration {
    /// CSDL: property `fallbackIdentityProvider`: `microsoft.graph.b2bIdentityProvidersType`, nullable.
    pub fallback_identity_provider: rt::Field<crate::v1::B2bIdentityProvidersType>,
    /// CSDL: property `primaryIdentityProviderPrecedenceOrder`: `Collection(microsoft.graph.b2bIdentityProvidersType)`, nullable.
    pub primary_identity_provider_precedence_order: rt::Field<
        ::std::vec::Vec<crate::v1::B2bIdentityProvidersType>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default
for DefaultInvitationRedemptionIdentityProviderConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            fallback_identity_provider: rt::Field::Absent,
            primary_identity_provider_precedence_order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DefaultInvitationRedemptionIdentityProviderConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.defaultInvitationRedemptionIdentityProviderConfiguration";
    const KEYS: &'static [&'static str] = &[
        "fallbackIdentityProvider",
        "primaryIdentityProviderPrecedenceOrder",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fallbackIdentityProvider\":     ",
        ",\"primaryIdentityProviderPrecedenceOrder\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.defaultInvitationRedemptionIdentityProviderConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fallback_identity_provider", &self.fallback_identity_provider);
        v.field(
            1usize,
            "primary_identity_provider_precedence_order",
            &self.primary_identity_provider_precedence_order,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DefaultInvitationRedemptionIdentityProviderConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fallback_identity_provider.read_from(r),
            1usize => self.primary_identity_provider_precedence_order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fallback_identity_provider);
        w.field(1usize, &self.primary_identity_provider_precedence_order);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(DefaultInvitationRedemptionIdentityProviderConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DefaultInvitationRedemptionIdentityProviderConfiguration {
    with_fallback_identity_provider fallback_identity_provider : crate
    ::v1::B2bIdentityProvidersType; with_primary_identity_provider_precedence_order
    primary_identity_provider_precedence_order : ::std::vec::Vec < crate
    ::v1::B2bIdentityProvidersType >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefaultInvitationRedemptionIdentityProviderConfiguration);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy used to configure detailed management settings for a specified set of apps for all users not targeted by a TargetedManagedAppProtection Policy
///
/// CSDL: `microsoft.graph.defaultManagedAppProtection`, entity type, derived from `microsoft.graph.managedAppProtection`, key `id`.
///
/// Request builders: [`DefaultManagedAppProtectionPath`](requests/trait.DefaultManagedAppProtectionPath.html), what a path to one (`EntityPath<DefaultManagedAppProtection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::v1::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
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
    pub managed_browser: rt::Field<rt::Flags<crate::v1::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped. Valid values 1 to 65535
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
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
    pub pin_character_set: rt::Field<crate::v1::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
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
    /// Type of encryption which should be used for data in a managed app. (iOS Only)
    ///
    /// CSDL: property `appDataEncryptionType`: `microsoft.graph.managedAppDataEncryptionType`, not nullable.
    pub app_data_encryption_type: rt::Field<crate::v1::ManagedAppDataEncryptionType>,
    /// A set of string key and string value pairs to be sent to the affected users, unalterned by this service
    ///
    /// CSDL: property `customSettings`: `Collection(microsoft.graph.keyValuePair)`, not nullable.
    pub custom_settings: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// When this setting is enabled, app level encryption is disabled if device level encryption is enabled. (Android only)
    ///
    /// CSDL: property `disableAppEncryptionIfDeviceEncryptionIsEnabled`: `Edm.Boolean`, not nullable.
    pub disable_app_encryption_if_device_encryption_is_enabled: rt::Field<bool>,
    /// Indicates whether managed-app data should be encrypted. (Android only)
    ///
    /// CSDL: property `encryptAppData`: `Edm.Boolean`, not nullable.
    pub encrypt_app_data: rt::Field<bool>,
    /// Indicates whether use of the FaceID is allowed in place of a pin if PinRequired is set to True. (iOS Only)
    ///
    /// CSDL: property `faceIdBlocked`: `Edm.Boolean`, not nullable.
    pub face_id_blocked: rt::Field<bool>,
    /// Define the oldest required Android security patch level a user can have to gain secure access to the app. (Android only)
    ///
    /// CSDL: property `minimumRequiredPatchVersion`: `Edm.String`, nullable.
    pub minimum_required_patch_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data. (iOS Only)
    ///
    /// CSDL: property `minimumRequiredSdkVersion`: `Edm.String`, nullable.
    pub minimum_required_sdk_version: rt::Field<::std::string::String>,
    /// Define the oldest recommended Android security patch level a user can have for secure access to the app. (Android only)
    ///
    /// CSDL: property `minimumWarningPatchVersion`: `Edm.String`, nullable.
    pub minimum_warning_patch_version: rt::Field<::std::string::String>,
    /// Indicates whether screen capture is blocked. (Android only)
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// List of apps to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `apps`: `Collection(microsoft.graph.managedMobileApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration.
    ///
    /// CSDL: containment navigation property `deploymentSummary`: `microsoft.graph.managedAppPolicyDeploymentSummary`, nullable.
    pub deployment_summary: rt::Field<crate::v1::ManagedAppPolicyDeploymentSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for DefaultManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            app_data_encryption_type: rt::Field::Absent,
            custom_settings: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            disable_app_encryption_if_device_encryption_is_enabled: rt::Field::Absent,
            encrypt_app_data: rt::Field::Absent,
            face_id_blocked: rt::Field::Absent,
            minimum_required_patch_version: rt::Field::Absent,
            minimum_required_sdk_version: rt::Field::Absent,
            minimum_warning_patch_version: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            apps: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for DefaultManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.defaultManagedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumPinRetries",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
        "appDataEncryptionType",
        "customSettings",
        "deployedAppCount",
        "disableAppEncryptionIfDeviceEncryptionIsEnabled",
        "encryptAppData",
        "faceIdBlocked",
        "minimumRequiredPatchVersion",
        "minimumRequiredSdkVersion",
        "minimumWarningPatchVersion",
        "screenCaptureBlocked",
        "apps",
        "deploymentSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumPinRetries\":            ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
        ",\"appDataEncryptionType\":        ",
        ",\"customSettings\":               ",
        ",\"deployedAppCount\":             ",
        ",\"disableAppEncryptionIfDeviceEncryptionIsEnabled\":",
        ",\"encryptAppData\":               ",
        ",\"faceIdBlocked\":                ",
        ",\"minimumRequiredPatchVersion\":  ",
        ",\"minimumRequiredSdkVersion\":    ",
        ",\"minimumWarningPatchVersion\":   ",
        ",\"screenCaptureBlocked\":         ",
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
        v.field(5usize, "version", &self.version);
        v.field(
            6usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            7usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            8usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            9usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(10usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(11usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(12usize, "device_compliance_required", &self.device_compliance_required);
        v.field(
            13usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(14usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(15usize, "managed_browser", &self.managed_browser);
        v.field(
            16usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(17usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(18usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            19usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            20usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            21usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(22usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(
            23usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(24usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            25usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            26usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            27usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(28usize, "pin_character_set", &self.pin_character_set);
        v.field(29usize, "pin_required", &self.pin_required);
        v.field(30usize, "print_blocked", &self.print_blocked);
        v.field(31usize, "save_as_blocked", &self.save_as_blocked);
        v.field(32usize, "simple_pin_blocked", &self.simple_pin_blocked);
        v.field(33usize, "app_data_encryption_type", &self.app_data_encryption_type);
        v.field(34usize, "custom_settings", &self.custom_settings);
        v.field(35usize, "deployed_app_count", &self.deployed_app_count);
        v.field(
            36usize,
            "disable_app_encryption_if_device_encryption_is_enabled",
            &self.disable_app_encryption_if_device_encryption_is_enabled,
        );
        v.field(37usize, "encrypt_app_data", &self.encrypt_app_data);
        v.field(38usize, "face_id_blocked", &self.face_id_blocked);
        v.field(
            39usize,
            "minimum_required_patch_version",
            &self.minimum_required_patch_version,
        );
        v.field(
            40usize,
            "minimum_required_sdk_version",
            &self.minimum_required_sdk_version,
        );
        v.field(
            41usize,
            "minimum_warning_patch_version",
            &self.minimum_warning_patch_version,
        );
        v.field(42usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(43usize, "apps", &self.apps);
        v.field(44usize, "deployment_summary", &self.deployment_summary);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for DefaultManagedAppProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.allowed_data_storage_locations.read_from(r),
            7usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            8usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            9usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            10usize => self.contact_sync_blocked.read_from(r),
            11usize => self.data_backup_blocked.read_from(r),
            12usize => self.device_compliance_required.read_from(r),
            13usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            14usize => self.fingerprint_blocked.read_from(r),
            15usize => self.managed_browser.read_from(r),
            16usize => self.managed_browser_to_open_links_required.read_from(r),
            17usize => self.maximum_pin_retries.read_from(r),
            18usize => self.minimum_pin_length.read_from(r),
            19usize => self.minimum_required_app_version.read_from(r),
            20usize => self.minimum_required_os_version.read_from(r),
            21usize => self.minimum_warning_app_version.read_from(r),
            22usize => self.minimum_warning_os_version.read_from(r),
            23usize => self.organizational_credentials_required.read_from(r),
            24usize => self.period_before_pin_reset.read_from(r),
            25usize => self.period_offline_before_access_check.read_from(r),
            26usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            27usize => self.period_online_before_access_check.read_from(r),
            28usize => self.pin_character_set.read_from(r),
            29usize => self.pin_required.read_from(r),
            30usize => self.print_blocked.read_from(r),
            31usize => self.save_as_blocked.read_from(r),
            32usize => self.simple_pin_blocked.read_from(r),
            33usize => self.app_data_encryption_type.read_from(r),
            34usize => self.custom_settings.read_from(r),
            35usize => self.deployed_app_count.read_from(r),
            36usize => {
                self.disable_app_encryption_if_device_encryption_is_enabled.read_from(r)
            }
            37usize => self.encrypt_app_data.read_from(r),
            38usize => self.face_id_blocked.read_from(r),
            39usize => self.minimum_required_patch_version.read_from(r),
            40usize => self.minimum_required_sdk_version.read_from(r),
            41usize => self.minimum_warning_patch_version.read_from(r),
            42usize => self.screen_capture_blocked.read_from(r),
            43usize => self.apps.read_from(r),
            44usize => self.deployment_summary.read_from(r),
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
        w.field(5usize, &self.version);
        w.field(6usize, &self.allowed_data_storage_locations);
        w.field(7usize, &self.allowed_inbound_data_transfer_sources);
        w.field(8usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(9usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(10usize, &self.contact_sync_blocked);
        w.field(11usize, &self.data_backup_blocked);
        w.field(12usize, &self.device_compliance_required);
        w.field(13usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(14usize, &self.fingerprint_blocked);
        w.field(15usize, &self.managed_browser);
        w.field(16usize, &self.managed_browser_to_open_links_required);
        w.field(17usize, &self.maximum_pin_retries);
        w.field(18usize, &self.minimum_pin_length);
        w.field(19usize, &self.minimum_required_app_version);
        w.field(20usize, &self.minimum_required_os_version);
        w.field(21usize, &self.minimum_warning_app_version);
        w.field(22usize, &self.minimum_warning_os_version);
        w.field(23usize, &self.organizational_credentials_required);
        w.field(24usize, &self.period_before_pin_reset);
        w.field(25usize, &self.period_offline_before_access_check);
        w.field(26usize, &self.period_offline_before_wipe_is_enforced);
        w.field(27usize, &self.period_online_before_access_check);
        w.field(28usize, &self.pin_character_set);
        w.field(29usize, &self.pin_required);
        w.field(30usize, &self.print_blocked);
        w.field(31usize, &self.save_as_blocked);
        w.field(32usize, &self.simple_pin_blocked);
        w.field(33usize, &self.app_data_encryption_type);
        w.field(34usize, &self.custom_settings);
        w.field(35usize, &self.deployed_app_count);
        w.field(36usize, &self.disable_app_encryption_if_device_encryption_is_enabled);
        w.field(37usize, &self.encrypt_app_data);
        w.field(38usize, &self.face_id_blocked);
        w.field(39usize, &self.minimum_required_patch_version);
        w.field(40usize, &self.minimum_required_sdk_version);
        w.field(41usize, &self.minimum_warning_patch_version);
        w.field(42usize, &self.screen_capture_blocked);
        w.field(43usize, &self.apps);
        w.field(44usize, &self.deployment_summary);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(DefaultManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    DefaultManagedAppProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String;
    with_allowed_data_storage_locations allowed_data_storage_locations : ::std::vec::Vec
    < crate ::v1::ManagedAppDataStorageLocation >;
    with_allowed_inbound_data_transfer_sources allowed_inbound_data_transfer_sources :
    crate ::v1::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::v1::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::v1::ManagedAppDataTransferLevel; with_contact_sync_blocked contact_sync_blocked :
    bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_disable_app_pin_if_device_pin_is_set disable_app_pin_if_device_pin_is_set :
    bool; with_fingerprint_blocked fingerprint_blocked : bool; with_managed_browser
    managed_browser : rt::Flags < crate ::v1::ManagedBrowserType >;
    with_managed_browser_to_open_links_required managed_browser_to_open_links_required :
    bool; with_maximum_pin_retries maximum_pin_retries : i32; with_minimum_pin_length
    minimum_pin_length : i32; with_minimum_required_app_version
    minimum_required_app_version : ::std::string::String;
    with_minimum_required_os_version minimum_required_os_version : ::std::string::String;
    with_minimum_warning_app_version minimum_warning_app_version : ::std::string::String;
    with_minimum_warning_os_version minimum_warning_os_version : ::std::string::String;
    with_organizational_credentials_required organizational_credentials_required : bool;
    with_period_before_pin_reset period_before_pin_reset : rt::edm::Duration;
    with_period_offline_before_access_check period_offline_before_access_check :
    rt::edm::Duration; with_period_offline_before_wipe_is_enforced
    period_offline_before_wipe_is_enforced : rt::edm::Duration;
    with_period_online_before_access_check period_online_before_access_check :
    rt::edm::Duration; with_pin_character_set pin_character_set : crate
    ::v1::ManagedAppPinCharacterSet; with_pin_required pin_required : bool;
    with_print_blocked print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool; with_app_data_encryption_type
    app_data_encryption_type : crate ::v1::ManagedAppDataEncryptionType;
    with_custom_settings custom_settings : ::std::vec::Vec < crate ::v1::KeyValuePair >;
    with_deployed_app_count deployed_app_count : i32;
    with_disable_app_encryption_if_device_encryption_is_enabled
    disable_app_encryption_if_device_encryption_is_enabled : bool; with_encrypt_app_data
    encrypt_app_data : bool; with_face_id_blocked face_id_blocked : bool;
    with_minimum_required_patch_version minimum_required_patch_version :
    ::std::string::String; with_minimum_required_sdk_version minimum_required_sdk_version
    : ::std::string::String; with_minimum_warning_patch_version
    minimum_warning_patch_version : ::std::string::String; with_screen_capture_blocked
    screen_capture_blocked : bool; with_apps apps : ::std::vec::Vec < crate
    ::v1::ManagedMobileApp >; with_deployment_summary deployment_summary : crate
    ::v1::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefaultManagedAppProtection);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.defaultUserRolePermissions`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DefaultUserRolePermissions {
    /// CSDL: property `allowedToCreateApps`: `Edm.Boolean`, not nullable.
    pub allowed_to_create_apps: rt::Field<bool>,
    /// CSDL: property `allowedToCreateSecurityGroups`: `Edm.Boolean`, not nullable.
    pub allowed_to_create_security_groups: rt::Field<bool>,
    /// CSDL: property `allowedToCreateTenants`: `Edm.Boolean`, nullable.
    pub allowed_to_create_tenants: rt::Field<bool>,
    /// CSDL: property `allowedToReadBitlockerKeysForOwnedDevice`: `Edm.Boolean`, nullable.
    pub allowed_to_read_bitlocker_keys_for_owned_device: rt::Field<bool>,
    /// CSDL: property `allowedToReadOtherUsers`: `Edm.Boolean`, not nullable.
    pub allowed_to_read_other_users: rt::Field<bool>,
    /// CSDL: property `permissionGrantPoliciesAssigned`: `Collection(Edm.String)`, nullable.
    pub permission_grant_policies_assigned: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DefaultUserRolePermissions {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_to_create_apps: rt::Field::Absent,
            allowed_to_create_security_groups: rt::Field::Absent,
            allowed_to_create_tenants: rt::Field::Absent,
            allowed_to_read_bitlocker_keys_for_owned_device: rt::Field::Absent,
            allowed_to_read_other_users: rt::Field::Absent,
            permission_grant_policies_assigned: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DefaultUserRolePermissions {
    const TYPE_NAME: &'static str = "microsoft.graph.defaultUserRolePermissions";
    const KEYS: &'static [&'static str] = &[
        "allowedToCreateApps",
        "allowedToCreateSecurityGroups",
        "allowedToCreateTenants",
        "allowedToReadBitlockerKeysForOwnedDevice",
        "allowedToReadOtherUsers",
        "permissionGrantPoliciesAssigned",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedToCreateApps\":          ",
        ",\"allowedToCreateSecurityGroups\":",
        ",\"allowedToCreateTenants\":       ",
        ",\"allowedToReadBitlockerKeysForOwnedDevice\":",
        ",\"allowedToReadOtherUsers\":      ",
        ",\"permissionGrantPoliciesAssigned\":",
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
        v.field(2usize, "allowed_to_create_tenants", &self.allowed_to_create_tenants);
        v.field(
            3usize,
            "allowed_to_read_bitlocker_keys_for_owned_device",
            &self.allowed_to_read_bitlocker_keys_for_owned_device,
        );
        v.field(
            4usize,
            "allowed_to_read_other_users",
            &self.allowed_to_read_other_users,
        );
        v.field(
            5usize,
            "permission_grant_policies_assigned",
            &self.permission_grant_policies_assigned,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DefaultUserRolePermissions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_to_create_apps.read_from(r),
            1usize => self.allowed_to_create_security_groups.read_from(r),
            2usize => self.allowed_to_create_tenants.read_from(r),
            3usize => self.allowed_to_read_bitlocker_keys_for_owned_device.read_from(r),
            4usize => self.allowed_to_read_other_users.read_from(r),
            5usize => self.permission_grant_policies_assigned.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_to_create_apps);
        w.field(1usize, &self.allowed_to_create_security_groups);
        w.field(2usize, &self.allowed_to_create_tenants);
        w.field(3usize, &self.allowed_to_read_bitlocker_keys_for_owned_device);
        w.field(4usize, &self.allowed_to_read_other_users);
        w.field(5usize, &self.permission_grant_policies_assigned);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(DefaultUserRolePermissions);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DefaultUserRolePermissions { with_allowed_to_create_apps allowed_to_create_apps :
    bool; with_allowed_to_create_security_groups allowed_to_create_security_groups :
    bool; with_allowed_to_create_tenants allowed_to_create_tenants : bool;
    with_allowed_to_read_bitlocker_keys_for_owned_device
    allowed_to_read_bitlocker_keys_for_owned_device : bool;
    with_allowed_to_read_other_users allowed_to_read_other_users : bool;
    with_permission_grant_policies_assigned permission_grant_policies_assigned :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefaultUserRolePermissions);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values of Cloud Block Level
///
/// CSDL: `microsoft.graph.defenderCloudBlockLevelType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderCloudBlockLevelType {
    /// Default value, uses the default Windows Defender Antivirus blocking level and provides strong detection without increasing the risk of detecting legitimate files
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// High applies a strong level of detection.
    ///
    /// `high` (value 1).
    High,
    /// High + uses the High level and applies addition protection measures
    ///
    /// `highPlus` (value 2).
    HighPlus,
    /// Zero tolerance blocks all unknown executables
    ///
    /// `zeroTolerance` (value 3).
    ZeroTolerance,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DefenderCloudBlockLevelType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderCloudBlockLevelType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Specify Defender’s actions to take on detected Malware per threat level.
///
/// CSDL: `microsoft.graph.defenderDetectedMalwareActions`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DefenderDetectedMalwareActions {
    /// Indicates a Defender action to take for high severity Malware threat detected.
    ///
    /// CSDL: property `highSeverity`: `microsoft.graph.defenderThreatAction`, not nullable.
    pub high_severity: rt::Field<crate::v1::DefenderThreatAction>,
    /// Indicates a Defender action to take for low severity Malware threat detected.
    ///
    /// CSDL: property `lowSeverity`: `microsoft.graph.defenderThreatAction`, not nullable.
    pub low_severity: rt::Field<crate::v1::DefenderThreatAction>,
    /// Indicates a Defender action to take for moderate severity Malware threat detected.
    ///
    /// CSDL: property `moderateSeverity`: `microsoft.graph.defenderThreatAction`, not nullable.
    pub moderate_severity: rt::Field<crate::v1::DefenderThreatAction>,
    /// Indicates a Defender action to take for severe severity Malware threat detected.
    ///
    /// CSDL: property `severeSeverity`: `microsoft.graph.defenderThreatAction`, not nullable.
    pub severe_severity: rt::Field<crate::v1::DefenderThreatAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DefenderDetectedMalwareActions);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DefenderDetectedMalwareActions { with_high_severity high_severity : crate
    ::v1::DefenderThreatAction; with_low_severity low_severity : crate
    ::v1::DefenderThreatAction; with_moderate_severity moderate_severity : crate
    ::v1::DefenderThreatAction; with_severe_severity severe_severity : crate
    ::v1::DefenderThreatAction; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderDetectedMalwareActions);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for monitoring file activity.
///
/// CSDL: `microsoft.graph.defenderMonitorFileActivity`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderMonitorFileActivity {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Disable monitoring file activity.
    ///
    /// `disable` (value 1).
    Disable,
    /// Monitor all files.
    ///
    /// `monitorAllFiles` (value 2).
    MonitorAllFiles,
    /// Monitor incoming files only.
    ///
    /// `monitorIncomingFilesOnly` (value 3).
    MonitorIncomingFilesOnly,
    /// Monitor outgoing files only.
    ///
    /// `monitorOutgoingFilesOnly` (value 4).
    MonitorOutgoingFilesOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DefenderMonitorFileActivity);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderMonitorFileActivity);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for prompting user for samples submission.
///
/// CSDL: `microsoft.graph.defenderPromptForSampleSubmission`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderPromptForSampleSubmission {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Always prompt.
    ///
    /// `alwaysPrompt` (value 1).
    AlwaysPrompt,
    /// Send safe samples automatically.
    ///
    /// `promptBeforeSendingPersonalData` (value 2).
    PromptBeforeSendingPersonalData,
    /// Never send data.
    ///
    /// `neverSendData` (value 3).
    NeverSendData,
    /// Send all data without prompting.
    ///
    /// `sendAllDataWithoutPrompting` (value 4).
    SendAllDataWithoutPrompting,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DefenderPromptForSampleSubmission {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderPromptForSampleSubmission";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "alwaysPrompt",
        "promptBeforeSendingPersonalData",
        "neverSendData",
        "sendAllDataWithoutPrompting",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "alwaysPrompt" => Self::AlwaysPrompt,
                "promptBeforeSendingPersonalData" => {
                    Self::PromptBeforeSendingPersonalData
                }
                "neverSendData" => Self::NeverSendData,
                "sendAllDataWithoutPrompting" => Self::SendAllDataWithoutPrompting,
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
            Self::AlwaysPrompt => "alwaysPrompt",
            Self::PromptBeforeSendingPersonalData => "promptBeforeSendingPersonalData",
            Self::NeverSendData => "neverSendData",
            Self::SendAllDataWithoutPrompting => "sendAllDataWithoutPrompting",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DefenderPromptForSampleSubmission);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderPromptForSampleSubmission);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for system scan type.
///
/// CSDL: `microsoft.graph.defenderScanType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderScanType {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// System scan disabled.
    ///
    /// `disabled` (value 1).
    Disabled,
    /// Quick system scan.
    ///
    /// `quick` (value 2).
    Quick,
    /// Full system scan.
    ///
    /// `full` (value 3).
    Full,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DefenderScanType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderScanType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Defender’s default action to take on detected Malware threats.
///
/// CSDL: `microsoft.graph.defenderThreatAction`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderThreatAction {
    /// Apply action based on the update definition.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Clean the detected threat.
    ///
    /// `clean` (value 1).
    Clean,
    /// Quarantine the detected threat.
    ///
    /// `quarantine` (value 2).
    Quarantine,
    /// Remove the detected threat.
    ///
    /// `remove` (value 3).
    Remove,
    /// Allow the detected threat.
    ///
    /// `allow` (value 4).
    Allow,
    /// Allow the user to determine the action to take with the detected threat.
    ///
    /// `userDefined` (value 5).
    UserDefined,
    /// Block the detected threat.
    ///
    /// `block` (value 6).
    Block,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DefenderThreatAction);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderThreatAction);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminAccessAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DelegatedAdminAccessAssignmentPath`](requests/trait.DelegatedAdminAccessAssignmentPath.html), what a path to one (`EntityPath<DelegatedAdminAccessAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminAccessAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessContainer`: `microsoft.graph.delegatedAdminAccessContainer`, not nullable.
    pub access_container: rt::Field<crate::v1::DelegatedAdminAccessContainer>,
    /// CSDL: property `accessDetails`: `microsoft.graph.delegatedAdminAccessDetails`, not nullable.
    pub access_details: rt::Field<crate::v1::DelegatedAdminAccessDetails>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.delegatedAdminAccessAssignmentStatus`, nullable.
    pub status: rt::Field<crate::v1::DelegatedAdminAccessAssignmentStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminAccessAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_container: rt::Field::Absent,
            access_details: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminAccessAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminAccessAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessContainer",
        "accessDetails",
        "createdDateTime",
        "lastModifiedDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessContainer\":              ",
        ",\"accessDetails\":                ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminAccessAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_container", &self.access_container);
        v.field(2usize, "access_details", &self.access_details);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminAccessAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_container.read_from(r),
            2usize => self.access_details.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_container);
        w.field(2usize, &self.access_details);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.status);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminAccessAssignment);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminAccessAssignment { with_id id : ::std::string::String;
    with_access_container access_container : crate ::v1::DelegatedAdminAccessContainer;
    with_access_details access_details : crate ::v1::DelegatedAdminAccessDetails;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::DelegatedAdminAccessAssignmentStatus; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminAccessAssignment);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminAccessAssignmentStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DelegatedAdminAccessAssignmentStatus {
    /// `pending` (value 0).
    Pending,
    /// `active` (value 1).
    Active,
    /// `deleting` (value 2).
    Deleting,
    /// `deleted` (value 3).
    Deleted,
    /// `error` (value 4).
    Error,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::StrEnum for DelegatedAdminAccessAssignmentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminAccessAssignmentStatus";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "active",
        "deleting",
        "deleted",
        "error",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "active" => Self::Active,
                "deleting" => Self::Deleting,
                "deleted" => Self::Deleted,
                "error" => Self::Error,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Deleting => "deleting",
            Self::Deleted => "deleted",
            Self::Error => "error",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_enum!(DelegatedAdminAccessAssignmentStatus);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminAccessAssignmentStatus);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminAccessContainer`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminAccessContainer {
    /// CSDL: property `accessContainerId`: `Edm.String`, not nullable.
    pub access_container_id: rt::Field<::std::string::String>,
    /// CSDL: property `accessContainerType`: `microsoft.graph.delegatedAdminAccessContainerType`, not nullable.
    pub access_container_type: rt::Field<crate::v1::DelegatedAdminAccessContainerType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminAccessContainer {
    #[inline]
    fn default() -> Self {
        Self {
            access_container_id: rt::Field::Absent,
            access_container_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminAccessContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminAccessContainer";
    const KEYS: &'static [&'static str] = &["accessContainerId", "accessContainerType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessContainerId\":            ",
        ",\"accessContainerType\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminAccessContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_container_id", &self.access_container_id);
        v.field(1usize, "access_container_type", &self.access_container_type);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminAccessContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_container_id.read_from(r),
            1usize => self.access_container_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_container_id);
        w.field(1usize, &self.access_container_type);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminAccessContainer);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminAccessContainer { with_access_container_id access_container_id :
    ::std::string::String; with_access_container_type access_container_type : crate
    ::v1::DelegatedAdminAccessContainerType; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminAccessContainer);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminAccessContainerType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DelegatedAdminAccessContainerType {
    /// `securityGroup` (value 0).
    SecurityGroup,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::StrEnum for DelegatedAdminAccessContainerType {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminAccessContainerType";
    const MEMBERS: &'static [&'static str] = &["securityGroup", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "securityGroup" => Self::SecurityGroup,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::SecurityGroup => "securityGroup",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_enum!(DelegatedAdminAccessContainerType);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminAccessContainerType);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminAccessDetails`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminAccessDetails {
    /// CSDL: property `unifiedRoles`: `Collection(microsoft.graph.unifiedRole)`, not nullable.
    pub unified_roles: rt::Field<::std::vec::Vec<crate::v1::UnifiedRole>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminAccessDetails {
    #[inline]
    fn default() -> Self {
        Self {
            unified_roles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminAccessDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminAccessDetails";
    const KEYS: &'static [&'static str] = &["unifiedRoles"];
    const KEYS_JSON: &'static [&'static str] = &[",\"unifiedRoles\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminAccessDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "unified_roles", &self.unified_roles);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminAccessDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.unified_roles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.unified_roles);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminAccessDetails);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminAccessDetails { with_unified_roles unified_roles : ::std::vec::Vec <
    crate ::v1::UnifiedRole >; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminAccessDetails);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminCustomer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DelegatedAdminCustomerPath`](requests/trait.DelegatedAdminCustomerPath.html), what a path to one (`EntityPath<DelegatedAdminCustomer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminCustomer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `serviceManagementDetails`: `Collection(microsoft.graph.delegatedAdminServiceManagementDetail)`, not nullable.
    pub service_management_details: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminServiceManagementDetail>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminCustomer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            service_management_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminCustomer {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminCustomer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "tenantId",
        "serviceManagementDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
        ",\"serviceManagementDetails\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminCustomer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "tenant_id", &self.tenant_id);
        v.field(3usize, "service_management_details", &self.service_management_details);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminCustomer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.tenant_id.read_from(r),
            3usize => self.service_management_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.tenant_id);
        w.field(3usize, &self.service_management_details);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminCustomer);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminCustomer { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_tenant_id tenant_id :
    ::std::string::String; with_service_management_details service_management_details :
    ::std::vec::Vec < crate ::v1::DelegatedAdminServiceManagementDetail >; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminCustomer);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminRelationship`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DelegatedAdminRelationshipPath`](requests/trait.DelegatedAdminRelationshipPath.html), what a path to one (`EntityPath<AnyDelegatedAdminRelationship, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminRelationship {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessDetails`: `microsoft.graph.delegatedAdminAccessDetails`, not nullable.
    pub access_details: rt::Field<crate::v1::DelegatedAdminAccessDetails>,
    /// CSDL: property `activatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub activated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `autoExtendDuration`: `Edm.Duration`, nullable.
    pub auto_extend_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customer`: `microsoft.graph.delegatedAdminRelationshipCustomerParticipant`, nullable.
    pub customer: rt::Field<crate::v1::DelegatedAdminRelationshipCustomerParticipant>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.delegatedAdminRelationshipStatus`, nullable.
    pub status: rt::Field<crate::v1::DelegatedAdminRelationshipStatus>,
    /// CSDL: containment navigation property `accessAssignments`: `Collection(microsoft.graph.delegatedAdminAccessAssignment)`, not nullable.
    pub access_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminAccessAssignment>,
    >,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.delegatedAdminRelationshipOperation)`, not nullable.
    pub operations: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminRelationshipOperation>,
    >,
    /// CSDL: containment navigation property `requests`: `Collection(microsoft.graph.delegatedAdminRelationshipRequest)`, not nullable.
    pub requests: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminRelationshipRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminRelationship {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_details: rt::Field::Absent,
            activated_date_time: rt::Field::Absent,
            auto_extend_duration: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            customer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            access_assignments: rt::Field::Absent,
            operations: rt::Field::Absent,
            requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationship";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessDetails",
        "activatedDateTime",
        "autoExtendDuration",
        "createdDateTime",
        "customer",
        "displayName",
        "duration",
        "endDateTime",
        "lastModifiedDateTime",
        "status",
        "accessAssignments",
        "operations",
        "requests",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessDetails\":                ",
        ",\"activatedDateTime\":            ",
        ",\"autoExtendDuration\":           ",
        ",\"createdDateTime\":              ",
        ",\"customer\":                     ",
        ",\"displayName\":                  ",
        ",\"duration\":                     ",
        ",\"endDateTime\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"accessAssignments\":            ",
        ",\"operations\":                   ",
        ",\"requests\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminRelationship\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_details", &self.access_details);
        v.field(2usize, "activated_date_time", &self.activated_date_time);
        v.field(3usize, "auto_extend_duration", &self.auto_extend_duration);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "customer", &self.customer);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "duration", &self.duration);
        v.field(8usize, "end_date_time", &self.end_date_time);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "status", &self.status);
        v.field(11usize, "access_assignments", &self.access_assignments);
        v.field(12usize, "operations", &self.operations);
        v.field(13usize, "requests", &self.requests);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminRelationship {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_details.read_from(r),
            2usize => self.activated_date_time.read_from(r),
            3usize => self.auto_extend_duration.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.customer.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.duration.read_from(r),
            8usize => self.end_date_time.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.access_assignments.read_from(r),
            12usize => self.operations.read_from(r),
            13usize => self.requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_details);
        w.field(2usize, &self.activated_date_time);
        w.field(3usize, &self.auto_extend_duration);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.customer);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.duration);
        w.field(8usize, &self.end_date_time);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.status);
        w.field(11usize, &self.access_assignments);
        w.field(12usize, &self.operations);
        w.field(13usize, &self.requests);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminRelationship);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminRelationship { with_id id : ::std::string::String; with_access_details
    access_details : crate ::v1::DelegatedAdminAccessDetails; with_activated_date_time
    activated_date_time : rt::edm::DateTimeOffset; with_auto_extend_duration
    auto_extend_duration : rt::edm::Duration; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_customer customer : crate
    ::v1::DelegatedAdminRelationshipCustomerParticipant; with_display_name display_name :
    ::std::string::String; with_duration duration : rt::edm::Duration; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::DelegatedAdminRelationshipStatus; with_access_assignments access_assignments :
    ::std::vec::Vec < crate ::v1::DelegatedAdminAccessAssignment >; with_operations
    operations : ::std::vec::Vec < crate ::v1::DelegatedAdminRelationshipOperation >;
    with_requests requests : ::std::vec::Vec < crate
    ::v1::DelegatedAdminRelationshipRequest >; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminRelationship);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// `microsoft.graph.delegatedAdminRelationship` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDelegatedAdminRelationship {
    DelegatedAdminRelationship(::std::boxed::Box<crate::v1::DelegatedAdminRelationship>),
    ResellerDelegatedAdminRelationship(
        ::std::boxed::Box<crate::v1::ResellerDelegatedAdminRelationship>,
    ),
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for AnyDelegatedAdminRelationship {
    #[inline]
    fn default() -> Self {
        Self::DelegatedAdminRelationship(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminRelationship>
for AnyDelegatedAdminRelationship {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminRelationship) -> Self {
        Self::DelegatedAdminRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ResellerDelegatedAdminRelationship>
for AnyDelegatedAdminRelationship {
    #[inline]
    fn from(v: crate::v1::ResellerDelegatedAdminRelationship) -> Self {
        Self::ResellerDelegatedAdminRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
unsafe impl ::std::marker::Send for AnyDelegatedAdminRelationship {}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
unsafe impl ::std::marker::Sync for AnyDelegatedAdminRelationship {}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::marker::Unpin for AnyDelegatedAdminRelationship {}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::panic::UnwindSafe for AnyDelegatedAdminRelationship {}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::panic::RefUnwindSafe for AnyDelegatedAdminRelationship {}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DelegatedAdminRelationship>();
    rt::object::auto_traits::<crate::v1::ResellerDelegatedAdminRelationship>();
};
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Poly for AnyDelegatedAdminRelationship {
    const BASE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationship";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.resellerDelegatedAdminRelationship",
            ) => Self::ResellerDelegatedAdminRelationship(rt::object::new_boxed()),
            _ => Self::DelegatedAdminRelationship(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DelegatedAdminRelationship(v) => &**v,
            Self::ResellerDelegatedAdminRelationship(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut **v,
            Self::ResellerDelegatedAdminRelationship(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl AnyDelegatedAdminRelationship {
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
            Self::DelegatedAdminRelationship(v) => &v.id,
            Self::ResellerDelegatedAdminRelationship(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.id,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.id,
        }
    }
    /// `accessDetails` of any variant.
    #[inline]
    pub fn access_details(&self) -> &rt::Field<crate::v1::DelegatedAdminAccessDetails> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.access_details,
            Self::ResellerDelegatedAdminRelationship(v) => &v.access_details,
        }
    }
    /// `accessDetails` of any variant.
    #[inline]
    pub fn access_details_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DelegatedAdminAccessDetails> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.access_details,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.access_details,
        }
    }
    /// `activatedDateTime` of any variant.
    #[inline]
    pub fn activated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.activated_date_time,
            Self::ResellerDelegatedAdminRelationship(v) => &v.activated_date_time,
        }
    }
    /// `activatedDateTime` of any variant.
    #[inline]
    pub fn activated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.activated_date_time,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.activated_date_time,
        }
    }
    /// `autoExtendDuration` of any variant.
    #[inline]
    pub fn auto_extend_duration(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.auto_extend_duration,
            Self::ResellerDelegatedAdminRelationship(v) => &v.auto_extend_duration,
        }
    }
    /// `autoExtendDuration` of any variant.
    #[inline]
    pub fn auto_extend_duration_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.auto_extend_duration,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.auto_extend_duration,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.created_date_time,
            Self::ResellerDelegatedAdminRelationship(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.created_date_time,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.created_date_time,
        }
    }
    /// `customer` of any variant.
    #[inline]
    pub fn customer(
        &self,
    ) -> &rt::Field<crate::v1::DelegatedAdminRelationshipCustomerParticipant> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.customer,
            Self::ResellerDelegatedAdminRelationship(v) => &v.customer,
        }
    }
    /// `customer` of any variant.
    #[inline]
    pub fn customer_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DelegatedAdminRelationshipCustomerParticipant> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.customer,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.customer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.display_name,
            Self::ResellerDelegatedAdminRelationship(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.display_name,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.display_name,
        }
    }
    /// `duration` of any variant.
    #[inline]
    pub fn duration(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.duration,
            Self::ResellerDelegatedAdminRelationship(v) => &v.duration,
        }
    }
    /// `duration` of any variant.
    #[inline]
    pub fn duration_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.duration,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.duration,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.end_date_time,
            Self::ResellerDelegatedAdminRelationship(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.end_date_time,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.end_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.last_modified_date_time,
            Self::ResellerDelegatedAdminRelationship(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.last_modified_date_time,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.last_modified_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::DelegatedAdminRelationshipStatus> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.status,
            Self::ResellerDelegatedAdminRelationship(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DelegatedAdminRelationshipStatus> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.status,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.status,
        }
    }
    /// `accessAssignments` of any variant.
    #[inline]
    pub fn access_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DelegatedAdminAccessAssignment>> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.access_assignments,
            Self::ResellerDelegatedAdminRelationship(v) => &v.access_assignments,
        }
    }
    /// `accessAssignments` of any variant.
    #[inline]
    pub fn access_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DelegatedAdminAccessAssignment>> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.access_assignments,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.access_assignments,
        }
    }
    /// `operations` of any variant.
    #[inline]
    pub fn operations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DelegatedAdminRelationshipOperation>> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.operations,
            Self::ResellerDelegatedAdminRelationship(v) => &v.operations,
        }
    }
    /// `operations` of any variant.
    #[inline]
    pub fn operations_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminRelationshipOperation>,
    > {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.operations,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.operations,
        }
    }
    /// `requests` of any variant.
    #[inline]
    pub fn requests(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DelegatedAdminRelationshipRequest>> {
        match self {
            Self::DelegatedAdminRelationship(v) => &v.requests,
            Self::ResellerDelegatedAdminRelationship(v) => &v.requests,
        }
    }
    /// `requests` of any variant.
    #[inline]
    pub fn requests_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DelegatedAdminRelationshipRequest>> {
        match self {
            Self::DelegatedAdminRelationship(v) => &mut v.requests,
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.requests,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_poly!(AnyDelegatedAdminRelationship);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDelegatedAdminRelationship);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminRelationshipCustomerParticipant`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminRelationshipCustomerParticipant {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminRelationshipCustomerParticipant {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminRelationshipCustomerParticipant {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationshipCustomerParticipant";
    const KEYS: &'static [&'static str] = &["displayName", "tenantId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminRelationshipCustomerParticipant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminRelationshipCustomerParticipant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.tenant_id);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminRelationshipCustomerParticipant);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminRelationshipCustomerParticipant { with_display_name display_name :
    ::std::string::String; with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminRelationshipCustomerParticipant);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminRelationshipOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminRelationshipOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `data`: `Edm.String`, not nullable.
    pub data: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `operationType`: `microsoft.graph.delegatedAdminRelationshipOperationType`, not nullable.
    pub operation_type: rt::Field<crate::v1::DelegatedAdminRelationshipOperationType>,
    /// CSDL: property `status`: `microsoft.graph.longRunningOperationStatus`, not nullable.
    pub status: rt::Field<crate::v1::LongRunningOperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminRelationshipOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            data: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminRelationshipOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationshipOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "data",
        "lastModifiedDateTime",
        "operationType",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"data\":                         ",
        ",\"lastModifiedDateTime\":         ",
        ",\"operationType\":                ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminRelationshipOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "data", &self.data);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "operation_type", &self.operation_type);
        v.field(5usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminRelationshipOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.data.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.operation_type.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.data);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.operation_type);
        w.field(5usize, &self.status);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminRelationshipOperation);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminRelationshipOperation { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_data data :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_operation_type operation_type : crate
    ::v1::DelegatedAdminRelationshipOperationType; with_status status : crate
    ::v1::LongRunningOperationStatus; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminRelationshipOperation);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminRelationshipOperationType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DelegatedAdminRelationshipOperationType {
    /// `delegatedAdminAccessAssignmentUpdate` (value 0).
    DelegatedAdminAccessAssignmentUpdate,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// `delegatedAdminRelationshipUpdate` (value 2).
    DelegatedAdminRelationshipUpdate,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::StrEnum for DelegatedAdminRelationshipOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationshipOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "delegatedAdminAccessAssignmentUpdate",
        "unknownFutureValue",
        "delegatedAdminRelationshipUpdate",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "delegatedAdminAccessAssignmentUpdate" => {
                    Self::DelegatedAdminAccessAssignmentUpdate
                }
                "unknownFutureValue" => Self::UnknownFutureValue,
                "delegatedAdminRelationshipUpdate" => {
                    Self::DelegatedAdminRelationshipUpdate
                }
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
            Self::DelegatedAdminAccessAssignmentUpdate => {
                "delegatedAdminAccessAssignmentUpdate"
            }
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::DelegatedAdminRelationshipUpdate => "delegatedAdminRelationshipUpdate",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_enum!(DelegatedAdminRelationshipOperationType);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminRelationshipOperationType);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminRelationshipRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminRelationshipRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.delegatedAdminRelationshipRequestAction`, not nullable.
    pub action: rt::Field<crate::v1::DelegatedAdminRelationshipRequestAction>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.delegatedAdminRelationshipRequestStatus`, nullable.
    pub status: rt::Field<crate::v1::DelegatedAdminRelationshipRequestStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminRelationshipRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminRelationshipRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationshipRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "action",
        "createdDateTime",
        "lastModifiedDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"action\":                       ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminRelationshipRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action", &self.action);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminRelationshipRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.status);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminRelationshipRequest);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminRelationshipRequest { with_id id : ::std::string::String; with_action
    action : crate ::v1::DelegatedAdminRelationshipRequestAction; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::DelegatedAdminRelationshipRequestStatus; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminRelationshipRequest);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminRelationshipRequestAction`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DelegatedAdminRelationshipRequestAction {
    /// `lockForApproval` (value 0).
    LockForApproval,
    /// `approve` (value 1).
    Approve,
    /// `terminate` (value 2).
    Terminate,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// `reject` (value 4).
    Reject,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::StrEnum for DelegatedAdminRelationshipRequestAction {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationshipRequestAction";
    const MEMBERS: &'static [&'static str] = &[
        "lockForApproval",
        "approve",
        "terminate",
        "unknownFutureValue",
        "reject",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "lockForApproval" => Self::LockForApproval,
                "approve" => Self::Approve,
                "terminate" => Self::Terminate,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "reject" => Self::Reject,
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
            Self::LockForApproval => "lockForApproval",
            Self::Approve => "approve",
            Self::Terminate => "terminate",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Reject => "reject",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_enum!(DelegatedAdminRelationshipRequestAction);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminRelationshipRequestAction);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminRelationshipRequestStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DelegatedAdminRelationshipRequestStatus {
    /// `created` (value 0).
    Created,
    /// `pending` (value 1).
    Pending,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::StrEnum for DelegatedAdminRelationshipRequestStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationshipRequestStatus";
    const MEMBERS: &'static [&'static str] = &[
        "created",
        "pending",
        "succeeded",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "created" => Self::Created,
                "pending" => Self::Pending,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Created => "created",
            Self::Pending => "pending",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_enum!(DelegatedAdminRelationshipRequestStatus);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminRelationshipRequestStatus);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminRelationshipStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DelegatedAdminRelationshipStatus {
    /// `activating` (value 0).
    Activating,
    /// `active` (value 1).
    Active,
    /// `approvalPending` (value 2).
    ApprovalPending,
    /// `approved` (value 3).
    Approved,
    /// `created` (value 4).
    Created,
    /// `expired` (value 5).
    Expired,
    /// `expiring` (value 6).
    Expiring,
    /// `terminated` (value 7).
    Terminated,
    /// `terminating` (value 8).
    Terminating,
    /// `terminationRequested` (value 9).
    TerminationRequested,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::StrEnum for DelegatedAdminRelationshipStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminRelationshipStatus";
    const MEMBERS: &'static [&'static str] = &[
        "activating",
        "active",
        "approvalPending",
        "approved",
        "created",
        "expired",
        "expiring",
        "terminated",
        "terminating",
        "terminationRequested",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "activating" => Self::Activating,
                "active" => Self::Active,
                "approvalPending" => Self::ApprovalPending,
                "approved" => Self::Approved,
                "created" => Self::Created,
                "expired" => Self::Expired,
                "expiring" => Self::Expiring,
                "terminated" => Self::Terminated,
                "terminating" => Self::Terminating,
                "terminationRequested" => Self::TerminationRequested,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Activating => "activating",
            Self::Active => "active",
            Self::ApprovalPending => "approvalPending",
            Self::Approved => "approved",
            Self::Created => "created",
            Self::Expired => "expired",
            Self::Expiring => "expiring",
            Self::Terminated => "terminated",
            Self::Terminating => "terminating",
            Self::TerminationRequested => "terminationRequested",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_enum!(DelegatedAdminRelationshipStatus);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminRelationshipStatus);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.delegatedAdminServiceManagementDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct DelegatedAdminServiceManagementDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `serviceManagementUrl`: `Edm.String`, not nullable.
    pub service_management_url: rt::Field<::std::string::String>,
    /// CSDL: property `serviceName`: `Edm.String`, not nullable.
    pub service_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for DelegatedAdminServiceManagementDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            service_management_url: rt::Field::Absent,
            service_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for DelegatedAdminServiceManagementDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminServiceManagementDetail";
    const KEYS: &'static [&'static str] = &["id", "serviceManagementUrl", "serviceName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"serviceManagementUrl\":         ",
        ",\"serviceName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminServiceManagementDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "service_management_url", &self.service_management_url);
        v.field(2usize, "service_name", &self.service_name);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for DelegatedAdminServiceManagementDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.service_management_url.read_from(r),
            2usize => self.service_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.service_management_url);
        w.field(2usize, &self.service_name);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(DelegatedAdminServiceManagementDetail);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    DelegatedAdminServiceManagementDetail { with_id id : ::std::string::String;
    with_service_management_url service_management_url : ::std::string::String;
    with_service_name service_name : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminServiceManagementDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.delegatedAdminServiceProviderConstraints`, entity type, derived from `microsoft.graph.serviceProviderConstraints`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DelegatedAdminServiceProviderConstraints {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedRoleTemplateIds`: `Collection(Edm.String)`, nullable.
    pub allowed_role_template_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DelegatedAdminServiceProviderConstraints {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_role_template_ids: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DelegatedAdminServiceProviderConstraints {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedAdminServiceProviderConstraints";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedRoleTemplateIds",
        "createdDateTime",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedRoleTemplateIds\":       ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedAdminServiceProviderConstraints\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_role_template_ids", &self.allowed_role_template_ids);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DelegatedAdminServiceProviderConstraints {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_role_template_ids.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_role_template_ids);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_date_time);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(DelegatedAdminServiceProviderConstraints);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DelegatedAdminServiceProviderConstraints { with_id id : ::std::string::String;
    with_allowed_role_template_ids allowed_role_template_ids : ::std::vec::Vec <
    ::std::string::String >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedAdminServiceProviderConstraints);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.delegatedPermissionClassification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DelegatedPermissionClassification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `microsoft.graph.permissionClassificationType`, nullable.
    pub classification: rt::Field<crate::v1::PermissionClassificationType>,
    /// CSDL: property `permissionId`: `Edm.String`, nullable.
    pub permission_id: rt::Field<::std::string::String>,
    /// CSDL: property `permissionName`: `Edm.String`, nullable.
    pub permission_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DelegatedPermissionClassification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classification: rt::Field::Absent,
            permission_id: rt::Field::Absent,
            permission_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DelegatedPermissionClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedPermissionClassification";
    const KEYS: &'static [&'static str] = &[
        "id",
        "classification",
        "permissionId",
        "permissionName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classification\":               ",
        ",\"permissionId\":                 ",
        ",\"permissionName\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedPermissionClassification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classification", &self.classification);
        v.field(2usize, "permission_id", &self.permission_id);
        v.field(3usize, "permission_name", &self.permission_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DelegatedPermissionClassification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classification.read_from(r),
            2usize => self.permission_id.read_from(r),
            3usize => self.permission_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classification);
        w.field(2usize, &self.permission_id);
        w.field(3usize, &self.permission_name);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(DelegatedPermissionClassification);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DelegatedPermissionClassification { with_id id : ::std::string::String;
    with_classification classification : crate ::v1::PermissionClassificationType;
    with_permission_id permission_id : ::std::string::String; with_permission_name
    permission_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedPermissionClassification);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.deleteAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct DeleteAction {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `objectType`: `Edm.String`, nullable.
    pub object_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
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
#[cfg(msgraph_v1_any_area)]
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
#[cfg(msgraph_v1_any_area)]
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(DeleteAction);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    DeleteAction { with_name name : ::std::string::String; with_object_type object_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeleteAction);
#[cfg(msgraph_v1_core_or_device_management)]
/// Delete user from shared apple device action result
///
/// CSDL: `microsoft.graph.deleteUserFromSharedAppleDeviceActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeleteUserFromSharedAppleDeviceActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::v1::ActionState>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// User principal name of the user to be deleted
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeleteUserFromSharedAppleDeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeleteUserFromSharedAppleDeviceActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteUserFromSharedAppleDeviceActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deleteUserFromSharedAppleDeviceActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeleteUserFromSharedAppleDeviceActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.user_principal_name);
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(DeleteUserFromSharedAppleDeviceActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeleteUserFromSharedAppleDeviceActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::v1::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeleteUserFromSharedAppleDeviceActionResult);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.deleted`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Deleted {
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for Deleted {
    #[inline]
    fn default() -> Self {
        Self {
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(Deleted);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(Deleted { with_state state : ::std::string::String; });
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Deleted);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.deltaParticipants`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeltaParticipantsPath`](requests/trait.DeltaParticipantsPath.html), what a path to one (`EntityPath<DeltaParticipants, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct DeltaParticipants {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `sequenceNumber`: `Edm.Int64`, nullable.
    pub sequence_number: rt::Field<i64>,
    /// CSDL: containment navigation property `participants`: `Collection(microsoft.graph.participant)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::v1::Participant>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for DeltaParticipants {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            sequence_number: rt::Field::Absent,
            participants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for DeltaParticipants {
    const TYPE_NAME: &'static str = "microsoft.graph.deltaParticipants";
    const KEYS: &'static [&'static str] = &["id", "sequenceNumber", "participants"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"sequenceNumber\":               ",
        ",\"participants\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deltaParticipants\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "sequence_number", &self.sequence_number);
        v.field(2usize, "participants", &self.participants);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for DeltaParticipants {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.sequence_number.read_from(r),
            2usize => self.participants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.sequence_number);
        w.field(2usize, &self.participants);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(DeltaParticipants);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    DeltaParticipants { with_id id : ::std::string::String; with_sequence_number
    sequence_number : i64; with_participants participants : ::std::vec::Vec < crate
    ::v1::Participant >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeltaParticipants);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.desk`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`DeskPath`](requests/trait.DeskPath.html), what a path to one (`EntityPath<Desk, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct Desk {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `isWheelChairAccessible`: `Edm.Boolean`, nullable.
    pub is_wheel_chair_accessible: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `checkIns`: `Collection(microsoft.graph.checkInClaim)`, not nullable.
    pub check_ins: rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>>,
    /// CSDL: property `displayDeviceName`: `Edm.String`, nullable.
    pub display_device_name: rt::Field<::std::string::String>,
    /// CSDL: property `heightAdjustableState`: `microsoft.graph.placeFeatureEnablement`, not nullable.
    pub height_adjustable_state: rt::Field<crate::v1::PlaceFeatureEnablement>,
    /// CSDL: property `mailboxDetails`: `microsoft.graph.mailboxDetails`, nullable.
    pub mailbox_details: rt::Field<crate::v1::MailboxDetails>,
    /// CSDL: property `mode`: `microsoft.graph.placeMode`, nullable.
    pub mode: rt::Field<crate::v1::AnyPlaceMode>,
    /// CSDL: property `servicePlans`: `Collection(microsoft.graph.placeServicePlanInfo)`, not nullable.
    pub service_plans: rt::Field<::std::vec::Vec<crate::v1::PlaceServicePlanInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for Desk {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            is_wheel_chair_accessible: rt::Field::Absent,
            label: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            phone: rt::Field::Absent,
            place_id: rt::Field::Absent,
            tags: rt::Field::Absent,
            check_ins: rt::Field::Absent,
            display_device_name: rt::Field::Absent,
            height_adjustable_state: rt::Field::Absent,
            mailbox_details: rt::Field::Absent,
            mode: rt::Field::Absent,
            service_plans: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for Desk {
    const TYPE_NAME: &'static str = "microsoft.graph.desk";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "isWheelChairAccessible",
        "label",
        "parentId",
        "phone",
        "placeId",
        "tags",
        "checkIns",
        "displayDeviceName",
        "heightAdjustableState",
        "mailboxDetails",
        "mode",
        "servicePlans",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"isWheelChairAccessible\":       ",
        ",\"label\":                        ",
        ",\"parentId\":                     ",
        ",\"phone\":                        ",
        ",\"placeId\":                      ",
        ",\"tags\":                         ",
        ",\"checkIns\":                     ",
        ",\"displayDeviceName\":            ",
        ",\"heightAdjustableState\":        ",
        ",\"mailboxDetails\":               ",
        ",\"mode\":                         ",
        ",\"servicePlans\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.desk\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "is_wheel_chair_accessible", &self.is_wheel_chair_accessible);
        v.field(5usize, "label", &self.label);
        v.field(6usize, "parent_id", &self.parent_id);
        v.field(7usize, "phone", &self.phone);
        v.field(8usize, "place_id", &self.place_id);
        v.field(9usize, "tags", &self.tags);
        v.field(10usize, "check_ins", &self.check_ins);
        v.field(11usize, "display_device_name", &self.display_device_name);
        v.field(12usize, "height_adjustable_state", &self.height_adjustable_state);
        v.field(13usize, "mailbox_details", &self.mailbox_details);
        v.field(14usize, "mode", &self.mode);
        v.field(15usize, "service_plans", &self.service_plans);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for Desk {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.is_wheel_chair_accessible.read_from(r),
            5usize => self.label.read_from(r),
            6usize => self.parent_id.read_from(r),
            7usize => self.phone.read_from(r),
            8usize => self.place_id.read_from(r),
            9usize => self.tags.read_from(r),
            10usize => self.check_ins.read_from(r),
            11usize => self.display_device_name.read_from(r),
            12usize => self.height_adjustable_state.read_from(r),
            13usize => self.mailbox_details.read_from(r),
            14usize => self.mode.read_from(r),
            15usize => self.service_plans.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.is_wheel_chair_accessible);
        w.field(5usize, &self.label);
        w.field(6usize, &self.parent_id);
        w.field(7usize, &self.phone);
        w.field(8usize, &self.place_id);
        w.field(9usize, &self.tags);
        w.field(10usize, &self.check_ins);
        w.field(11usize, &self.display_device_name);
        w.field(12usize, &self.height_adjustable_state);
        w.field(13usize, &self.mailbox_details);
        w.field(14usize, &self.mode);
        w.field(15usize, &self.service_plans);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(Desk);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    Desk { with_id id : ::std::string::String; with_address address : crate
    ::v1::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::v1::OutlookGeoCoordinates;
    with_is_wheel_chair_accessible is_wheel_chair_accessible : bool; with_label label :
    ::std::string::String; with_parent_id parent_id : ::std::string::String; with_phone
    phone : ::std::string::String; with_place_id place_id : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_check_ins check_ins
    : ::std::vec::Vec < crate ::v1::CheckInClaim >; with_display_device_name
    display_device_name : ::std::string::String; with_height_adjustable_state
    height_adjustable_state : crate ::v1::PlaceFeatureEnablement; with_mailbox_details
    mailbox_details : crate ::v1::MailboxDetails; with_mode mode : crate
    ::v1::AnyPlaceMode; with_service_plans service_plans : ::std::vec::Vec < crate
    ::v1::PlaceServicePlanInfo >; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Desk);
