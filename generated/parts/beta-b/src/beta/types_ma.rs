//! Types of `microsoft.graph` by the first letters of their names (`ma`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a process that can receive an Apple Event notification.
///
/// CSDL: `microsoft.graph.macOSAppleEventReceiver`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsAppleEventReceiver {
    /// Allow or block this app from receiving Apple events.
    ///
    /// CSDL: property `allowed`: `Edm.Boolean`, not nullable.
    pub allowed: rt::Field<bool>,
    /// Code requirement for the app or binary that receives the Apple Event.
    ///
    /// CSDL: property `codeRequirement`: `Edm.String`, not nullable.
    pub code_requirement: rt::Field<::std::string::String>,
    /// Bundle ID of the app or file path of the process or executable that receives the Apple Event.
    ///
    /// CSDL: property `identifier`: `Edm.String`, not nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// Use bundle ID for an app or path for a process or executable that receives the Apple Event.
    ///
    /// CSDL: property `identifierType`: `microsoft.graph.macOSProcessIdentifierType`, not nullable.
    pub identifier_type: rt::Field<crate::beta::MacOsProcessIdentifierType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsAppleEventReceiver {
    #[inline]
    fn default() -> Self {
        Self {
            allowed: rt::Field::Absent,
            code_requirement: rt::Field::Absent,
            identifier: rt::Field::Absent,
            identifier_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsAppleEventReceiver {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSAppleEventReceiver";
    const KEYS: &'static [&'static str] = &[
        "allowed",
        "codeRequirement",
        "identifier",
        "identifierType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowed\":                      ",
        ",\"codeRequirement\":              ",
        ",\"identifier\":                   ",
        ",\"identifierType\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSAppleEventReceiver\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed", &self.allowed);
        v.field(1usize, "code_requirement", &self.code_requirement);
        v.field(2usize, "identifier", &self.identifier);
        v.field(3usize, "identifier_type", &self.identifier_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsAppleEventReceiver {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed.read_from(r),
            1usize => self.code_requirement.read_from(r),
            2usize => self.identifier.read_from(r),
            3usize => self.identifier_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed);
        w.field(1usize, &self.code_requirement);
        w.field(2usize, &self.identifier);
        w.field(3usize, &self.identifier_type);
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
rt::impl_object!(MacOsAppleEventReceiver);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsAppleEventReceiver { with_allowed allowed : bool; with_code_requirement
    code_requirement : ::std::string::String; with_identifier identifier :
    ::std::string::String; with_identifier_type identifier_type : crate
    ::beta::MacOsProcessIdentifierType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsAppleEventReceiver);
#[cfg(msgraph_beta_device_management_or_search)]
/// A mapping of application identifiers to associated domains.
///
/// CSDL: `microsoft.graph.macOSAssociatedDomainsItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsAssociatedDomainsItem {
    /// The application identifier of the app to associate domains with.
    ///
    /// CSDL: property `applicationIdentifier`: `Edm.String`, not nullable.
    pub application_identifier: rt::Field<::std::string::String>,
    /// Determines whether data should be downloaded directly or via a CDN.
    ///
    /// CSDL: property `directDownloadsEnabled`: `Edm.Boolean`, not nullable.
    pub direct_downloads_enabled: rt::Field<bool>,
    /// The list of domains to associate.
    ///
    /// CSDL: property `domains`: `Collection(Edm.String)`, nullable.
    pub domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsAssociatedDomainsItem {
    #[inline]
    fn default() -> Self {
        Self {
            application_identifier: rt::Field::Absent,
            direct_downloads_enabled: rt::Field::Absent,
            domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsAssociatedDomainsItem {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSAssociatedDomainsItem";
    const KEYS: &'static [&'static str] = &[
        "applicationIdentifier",
        "directDownloadsEnabled",
        "domains",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationIdentifier\":        ",
        ",\"directDownloadsEnabled\":       ",
        ",\"domains\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSAssociatedDomainsItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_identifier", &self.application_identifier);
        v.field(1usize, "direct_downloads_enabled", &self.direct_downloads_enabled);
        v.field(2usize, "domains", &self.domains);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsAssociatedDomainsItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_identifier.read_from(r),
            1usize => self.direct_downloads_enabled.read_from(r),
            2usize => self.domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_identifier);
        w.field(1usize, &self.direct_downloads_enabled);
        w.field(2usize, &self.domains);
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
rt::impl_object!(MacOsAssociatedDomainsItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsAssociatedDomainsItem { with_application_identifier application_identifier :
    ::std::string::String; with_direct_downloads_enabled direct_downloads_enabled : bool;
    with_domains domains : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsAssociatedDomainsItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an Azure AD-type Single Sign-On extension profile for macOS devices.
///
/// CSDL: `microsoft.graph.macOSAzureAdSingleSignOnExtension`, complex type, derived from `microsoft.graph.macOSSingleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsAzureAdSingleSignOnExtension {
    /// An optional list of additional bundle IDs allowed to use the AAD extension for single sign-on.
    ///
    /// CSDL: property `bundleIdAccessControlList`: `Collection(Edm.String)`, nullable.
    pub bundle_id_access_control_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Gets or sets a list of typed key-value pairs used to configure Credential-type profiles. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `configurations`: `Collection(microsoft.graph.keyTypedValuePair)`, nullable.
    pub configurations: rt::Field<::std::vec::Vec<crate::beta::AnyKeyTypedValuePair>>,
    /// Enables or disables shared device mode.
    ///
    /// CSDL: property `enableSharedDeviceMode`: `Edm.Boolean`, not nullable.
    pub enable_shared_device_mode: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsAzureAdSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            bundle_id_access_control_list: rt::Field::Absent,
            configurations: rt::Field::Absent,
            enable_shared_device_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsAzureAdSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSAzureAdSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "bundleIdAccessControlList",
        "configurations",
        "enableSharedDeviceMode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bundleIdAccessControlList\":    ",
        ",\"configurations\":               ",
        ",\"enableSharedDeviceMode\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSAzureAdSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "bundle_id_access_control_list",
            &self.bundle_id_access_control_list,
        );
        v.field(1usize, "configurations", &self.configurations);
        v.field(2usize, "enable_shared_device_mode", &self.enable_shared_device_mode);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsAzureAdSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bundle_id_access_control_list.read_from(r),
            1usize => self.configurations.read_from(r),
            2usize => self.enable_shared_device_mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bundle_id_access_control_list);
        w.field(1usize, &self.configurations);
        w.field(2usize, &self.enable_shared_device_mode);
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
rt::impl_object!(MacOsAzureAdSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsAzureAdSingleSignOnExtension { with_bundle_id_access_control_list
    bundle_id_access_control_list : ::std::vec::Vec < ::std::string::String >;
    with_configurations configurations : ::std::vec::Vec < crate
    ::beta::AnyKeyTypedValuePair >; with_enable_shared_device_mode
    enable_shared_device_mode : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsAzureAdSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for Mac OS.
///
/// CSDL: `microsoft.graph.macOSCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<MacOsCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsCompliancePolicy {
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
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::beta::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action for this rule
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>,
    >,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceComplianceUserOverview>,
    /// MDATP Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `advancedThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub advanced_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
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
    /// Maximum MacOS build version.
    ///
    /// CSDL: property `osMaximumBuildVersion`: `Edm.String`, nullable.
    pub os_maximum_build_version: rt::Field<::std::string::String>,
    /// Maximum MacOS version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum MacOS build version.
    ///
    /// CSDL: property `osMinimumBuildVersion`: `Edm.String`, nullable.
    pub os_minimum_build_version: rt::Field<::std::string::String>,
    /// Minimum MacOS version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Indicates whether or not to block simple passwords.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Number of days before the password expires. Valid values 1 to 65535
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of password. Valid values 4 to 14
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Whether or not to require a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Require encryption on Mac OS devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Require that devices have enabled system integrity protection.
    ///
    /// CSDL: property `systemIntegrityProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub system_integrity_protection_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsCompliancePolicy {
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
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            advanced_threat_protection_required_security_level: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            firewall_block_all_incoming: rt::Field::Absent,
            firewall_enabled: rt::Field::Absent,
            firewall_enable_stealth_mode: rt::Field::Absent,
            gatekeeper_allowed_app_source: rt::Field::Absent,
            os_maximum_build_version: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_build_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            system_integrity_protection_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "advancedThreatProtectionRequiredSecurityLevel",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "firewallBlockAllIncoming",
        "firewallEnabled",
        "firewallEnableStealthMode",
        "gatekeeperAllowedAppSource",
        "osMaximumBuildVersion",
        "osMaximumVersion",
        "osMinimumBuildVersion",
        "osMinimumVersion",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "storageRequireEncryption",
        "systemIntegrityProtectionEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"advancedThreatProtectionRequiredSecurityLevel\":",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"firewallBlockAllIncoming\":     ",
        ",\"firewallEnabled\":              ",
        ",\"firewallEnableStealthMode\":    ",
        ",\"gatekeeperAllowedAppSource\":   ",
        ",\"osMaximumBuildVersion\":        ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumBuildVersion\":        ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"storageRequireEncryption\":     ",
        ",\"systemIntegrityProtectionEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_overview", &self.device_status_overview);
        v.field(11usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(12usize, "user_statuses", &self.user_statuses);
        v.field(13usize, "user_status_overview", &self.user_status_overview);
        v.field(
            14usize,
            "advanced_threat_protection_required_security_level",
            &self.advanced_threat_protection_required_security_level,
        );
        v.field(
            15usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            16usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            17usize,
            "firewall_block_all_incoming",
            &self.firewall_block_all_incoming,
        );
        v.field(18usize, "firewall_enabled", &self.firewall_enabled);
        v.field(
            19usize,
            "firewall_enable_stealth_mode",
            &self.firewall_enable_stealth_mode,
        );
        v.field(
            20usize,
            "gatekeeper_allowed_app_source",
            &self.gatekeeper_allowed_app_source,
        );
        v.field(21usize, "os_maximum_build_version", &self.os_maximum_build_version);
        v.field(22usize, "os_maximum_version", &self.os_maximum_version);
        v.field(23usize, "os_minimum_build_version", &self.os_minimum_build_version);
        v.field(24usize, "os_minimum_version", &self.os_minimum_version);
        v.field(25usize, "password_block_simple", &self.password_block_simple);
        v.field(26usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            27usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(28usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            29usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            30usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(31usize, "password_required", &self.password_required);
        v.field(32usize, "password_required_type", &self.password_required_type);
        v.field(33usize, "storage_require_encryption", &self.storage_require_encryption);
        v.field(
            34usize,
            "system_integrity_protection_enabled",
            &self.system_integrity_protection_enabled,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsCompliancePolicy {
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
            7usize => self.assignments.read_from(r),
            8usize => self.device_setting_state_summaries.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_overview.read_from(r),
            11usize => self.scheduled_actions_for_rule.read_from(r),
            12usize => self.user_statuses.read_from(r),
            13usize => self.user_status_overview.read_from(r),
            14usize => {
                self.advanced_threat_protection_required_security_level.read_from(r)
            }
            15usize => self.device_threat_protection_enabled.read_from(r),
            16usize => self.device_threat_protection_required_security_level.read_from(r),
            17usize => self.firewall_block_all_incoming.read_from(r),
            18usize => self.firewall_enabled.read_from(r),
            19usize => self.firewall_enable_stealth_mode.read_from(r),
            20usize => self.gatekeeper_allowed_app_source.read_from(r),
            21usize => self.os_maximum_build_version.read_from(r),
            22usize => self.os_maximum_version.read_from(r),
            23usize => self.os_minimum_build_version.read_from(r),
            24usize => self.os_minimum_version.read_from(r),
            25usize => self.password_block_simple.read_from(r),
            26usize => self.password_expiration_days.read_from(r),
            27usize => self.password_minimum_character_set_count.read_from(r),
            28usize => self.password_minimum_length.read_from(r),
            29usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            30usize => self.password_previous_password_block_count.read_from(r),
            31usize => self.password_required.read_from(r),
            32usize => self.password_required_type.read_from(r),
            33usize => self.storage_require_encryption.read_from(r),
            34usize => self.system_integrity_protection_enabled.read_from(r),
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
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_setting_state_summaries);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_overview);
        w.field(11usize, &self.scheduled_actions_for_rule);
        w.field(12usize, &self.user_statuses);
        w.field(13usize, &self.user_status_overview);
        w.field(14usize, &self.advanced_threat_protection_required_security_level);
        w.field(15usize, &self.device_threat_protection_enabled);
        w.field(16usize, &self.device_threat_protection_required_security_level);
        w.field(17usize, &self.firewall_block_all_incoming);
        w.field(18usize, &self.firewall_enabled);
        w.field(19usize, &self.firewall_enable_stealth_mode);
        w.field(20usize, &self.gatekeeper_allowed_app_source);
        w.field(21usize, &self.os_maximum_build_version);
        w.field(22usize, &self.os_maximum_version);
        w.field(23usize, &self.os_minimum_build_version);
        w.field(24usize, &self.os_minimum_version);
        w.field(25usize, &self.password_block_simple);
        w.field(26usize, &self.password_expiration_days);
        w.field(27usize, &self.password_minimum_character_set_count);
        w.field(28usize, &self.password_minimum_length);
        w.field(29usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(30usize, &self.password_previous_password_block_count);
        w.field(31usize, &self.password_required);
        w.field(32usize, &self.password_required_type);
        w.field(33usize, &self.storage_require_encryption);
        w.field(34usize, &self.system_integrity_protection_enabled);
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
rt::impl_object!(MacOsCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceCompliancePolicyAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::beta::DeviceComplianceUserOverview;
    with_advanced_threat_protection_required_security_level
    advanced_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_device_threat_protection_enabled
    device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_firewall_block_all_incoming
    firewall_block_all_incoming : bool; with_firewall_enabled firewall_enabled : bool;
    with_firewall_enable_stealth_mode firewall_enable_stealth_mode : bool;
    with_gatekeeper_allowed_app_source gatekeeper_allowed_app_source : crate
    ::beta::MacOsGatekeeperAppSources; with_os_maximum_build_version
    os_maximum_build_version : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_build_version
    os_minimum_build_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_block_simple
    password_block_simple : bool; with_password_expiration_days password_expiration_days
    : i32; with_password_minimum_character_set_count password_minimum_character_set_count
    : i32; with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::RequiredPasswordType;
    with_storage_require_encryption storage_require_encryption : bool;
    with_system_integrity_protection_enabled system_integrity_protection_enabled : bool;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSContentCachingClientPolicy`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsContentCachingClientPolicy {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `clientsInLocalNetwork` (value 1).
    ClientsInLocalNetwork,
    /// `clientsWithSamePublicIpAddress` (value 2).
    ClientsWithSamePublicIpAddress,
    /// `clientsInCustomLocalNetworks` (value 3).
    ClientsInCustomLocalNetworks,
    /// `clientsInCustomLocalNetworksWithFallback` (value 4).
    ClientsInCustomLocalNetworksWithFallback,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsContentCachingClientPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSContentCachingClientPolicy";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "clientsInLocalNetwork",
        "clientsWithSamePublicIpAddress",
        "clientsInCustomLocalNetworks",
        "clientsInCustomLocalNetworksWithFallback",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "clientsInLocalNetwork" => Self::ClientsInLocalNetwork,
                "clientsWithSamePublicIpAddress" => Self::ClientsWithSamePublicIpAddress,
                "clientsInCustomLocalNetworks" => Self::ClientsInCustomLocalNetworks,
                "clientsInCustomLocalNetworksWithFallback" => {
                    Self::ClientsInCustomLocalNetworksWithFallback
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
            Self::NotConfigured => "notConfigured",
            Self::ClientsInLocalNetwork => "clientsInLocalNetwork",
            Self::ClientsWithSamePublicIpAddress => "clientsWithSamePublicIpAddress",
            Self::ClientsInCustomLocalNetworks => "clientsInCustomLocalNetworks",
            Self::ClientsInCustomLocalNetworksWithFallback => {
                "clientsInCustomLocalNetworksWithFallback"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsContentCachingClientPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsContentCachingClientPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSContentCachingType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsContentCachingType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `userContentOnly` (value 1).
    UserContentOnly,
    /// `sharedContentOnly` (value 2).
    SharedContentOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsContentCachingType {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSContentCachingType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "userContentOnly",
        "sharedContentOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "userContentOnly" => Self::UserContentOnly,
                "sharedContentOnly" => Self::SharedContentOnly,
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
            Self::UserContentOnly => "userContentOnly",
            Self::SharedContentOnly => "sharedContentOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsContentCachingType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsContentCachingType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a Credential-type Single Sign-On extension profile for macOS devices.
///
/// CSDL: `microsoft.graph.macOSCredentialSingleSignOnExtension`, complex type, derived from `microsoft.graph.macOSSingleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsCredentialSingleSignOnExtension {
    /// Gets or sets a list of typed key-value pairs used to configure Credential-type profiles. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `configurations`: `Collection(microsoft.graph.keyTypedValuePair)`, nullable.
    pub configurations: rt::Field<::std::vec::Vec<crate::beta::AnyKeyTypedValuePair>>,
    /// Gets or sets a list of hosts or domain names for which the app extension performs SSO.
    ///
    /// CSDL: property `domains`: `Collection(Edm.String)`, nullable.
    pub domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Gets or sets the bundle ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `extensionIdentifier`: `Edm.String`, not nullable.
    pub extension_identifier: rt::Field<::std::string::String>,
    /// Gets or sets the case-sensitive realm name for this profile.
    ///
    /// CSDL: property `realm`: `Edm.String`, not nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Gets or sets the team ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `teamIdentifier`: `Edm.String`, not nullable.
    pub team_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsCredentialSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            configurations: rt::Field::Absent,
            domains: rt::Field::Absent,
            extension_identifier: rt::Field::Absent,
            realm: rt::Field::Absent,
            team_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsCredentialSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSCredentialSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "configurations",
        "domains",
        "extensionIdentifier",
        "realm",
        "teamIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurations\":               ",
        ",\"domains\":                      ",
        ",\"extensionIdentifier\":          ",
        ",\"realm\":                        ",
        ",\"teamIdentifier\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSCredentialSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configurations", &self.configurations);
        v.field(1usize, "domains", &self.domains);
        v.field(2usize, "extension_identifier", &self.extension_identifier);
        v.field(3usize, "realm", &self.realm);
        v.field(4usize, "team_identifier", &self.team_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsCredentialSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configurations.read_from(r),
            1usize => self.domains.read_from(r),
            2usize => self.extension_identifier.read_from(r),
            3usize => self.realm.read_from(r),
            4usize => self.team_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configurations);
        w.field(1usize, &self.domains);
        w.field(2usize, &self.extension_identifier);
        w.field(3usize, &self.realm);
        w.field(4usize, &self.team_identifier);
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
rt::impl_object!(MacOsCredentialSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsCredentialSingleSignOnExtension { with_configurations configurations :
    ::std::vec::Vec < crate ::beta::AnyKeyTypedValuePair >; with_domains domains :
    ::std::vec::Vec < ::std::string::String >; with_extension_identifier
    extension_identifier : ::std::string::String; with_realm realm :
    ::std::string::String; with_team_identifier team_identifier : ::std::string::String;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsCredentialSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSFileVaultRecoveryKeyTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsFileVaultRecoveryKeyTypes {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `institutionalRecoveryKey` (value 1).
    InstitutionalRecoveryKey,
    /// `personalRecoveryKey` (value 2).
    PersonalRecoveryKey,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsFileVaultRecoveryKeyTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSFileVaultRecoveryKeyTypes";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "institutionalRecoveryKey",
        "personalRecoveryKey",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "institutionalRecoveryKey" => Self::InstitutionalRecoveryKey,
                "personalRecoveryKey" => Self::PersonalRecoveryKey,
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
            Self::InstitutionalRecoveryKey => "institutionalRecoveryKey",
            Self::PersonalRecoveryKey => "personalRecoveryKey",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsFileVaultRecoveryKeyTypes);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsFileVaultRecoveryKeyTypes);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an app in the list of macOS firewall applications
///
/// CSDL: `microsoft.graph.macOSFirewallApplication`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsFirewallApplication {
    /// Whether or not incoming connections are allowed.
    ///
    /// CSDL: property `allowsIncomingConnections`: `Edm.Boolean`, not nullable.
    pub allows_incoming_connections: rt::Field<bool>,
    /// BundleId of the application.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsFirewallApplication {
    #[inline]
    fn default() -> Self {
        Self {
            allows_incoming_connections: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsFirewallApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSFirewallApplication";
    const KEYS: &'static [&'static str] = &["allowsIncomingConnections", "bundleId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowsIncomingConnections\":    ",
        ",\"bundleId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSFirewallApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allows_incoming_connections",
            &self.allows_incoming_connections,
        );
        v.field(1usize, "bundle_id", &self.bundle_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsFirewallApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allows_incoming_connections.read_from(r),
            1usize => self.bundle_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allows_incoming_connections);
        w.field(1usize, &self.bundle_id);
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
rt::impl_object!(MacOsFirewallApplication);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsFirewallApplication { with_allows_incoming_connections
    allows_incoming_connections : bool; with_bundle_id bundle_id : ::std::string::String;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsFirewallApplication);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSGatekeeperAppSources`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsGatekeeperAppSources {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `macAppStore` (value 1).
    MacAppStore,
    /// `macAppStoreAndIdentifiedDevelopers` (value 2).
    MacAppStoreAndIdentifiedDevelopers,
    /// `anywhere` (value 3).
    Anywhere,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsGatekeeperAppSources {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSGatekeeperAppSources";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "macAppStore",
        "macAppStoreAndIdentifiedDevelopers",
        "anywhere",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "macAppStore" => Self::MacAppStore,
                "macAppStoreAndIdentifiedDevelopers" => {
                    Self::MacAppStoreAndIdentifiedDevelopers
                }
                "anywhere" => Self::Anywhere,
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
            Self::MacAppStore => "macAppStore",
            Self::MacAppStoreAndIdentifiedDevelopers => {
                "macAppStoreAndIdentifiedDevelopers"
            }
            Self::Anywhere => "anywhere",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsGatekeeperAppSources);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsGatekeeperAppSources);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a Kerberos-type Single Sign-On extension profile for macOS devices.
///
/// CSDL: `microsoft.graph.macOSKerberosSingleSignOnExtension`, complex type, derived from `microsoft.graph.macOSSingleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsKerberosSingleSignOnExtension {
    /// Gets or sets the Active Directory site.
    ///
    /// CSDL: property `activeDirectorySiteCode`: `Edm.String`, nullable.
    pub active_directory_site_code: rt::Field<::std::string::String>,
    /// Enables or disables whether the Kerberos extension can automatically determine its site name.
    ///
    /// CSDL: property `blockActiveDirectorySiteAutoDiscovery`: `Edm.Boolean`, not nullable.
    pub block_active_directory_site_auto_discovery: rt::Field<bool>,
    /// Enables or disables Keychain usage.
    ///
    /// CSDL: property `blockAutomaticLogin`: `Edm.Boolean`, not nullable.
    pub block_automatic_login: rt::Field<bool>,
    /// Gets or sets the Generic Security Services name of the Kerberos cache to use for this profile.
    ///
    /// CSDL: property `cacheName`: `Edm.String`, nullable.
    pub cache_name: rt::Field<::std::string::String>,
    /// Gets or sets a list of app Bundle IDs allowed to access the Kerberos Ticket Granting Ticket.
    ///
    /// CSDL: property `credentialBundleIdAccessControlList`: `Collection(Edm.String)`, nullable.
    pub credential_bundle_id_access_control_list: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Gets or sets a list of realms for custom domain-realm mapping. Realms are case sensitive.
    ///
    /// CSDL: property `domainRealms`: `Collection(Edm.String)`, nullable.
    pub domain_realms: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Gets or sets a list of hosts or domain names for which the app extension performs SSO.
    ///
    /// CSDL: property `domains`: `Collection(Edm.String)`, nullable.
    pub domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// When true, this profile's realm will be selected as the default. Necessary if multiple Kerberos-type profiles are configured.
    ///
    /// CSDL: property `isDefaultRealm`: `Edm.Boolean`, not nullable.
    pub is_default_realm: rt::Field<bool>,
    /// Enables or disables password changes.
    ///
    /// CSDL: property `passwordBlockModification`: `Edm.Boolean`, not nullable.
    pub password_block_modification: rt::Field<bool>,
    /// Gets or sets the URL that the user will be sent to when they initiate a password change.
    ///
    /// CSDL: property `passwordChangeUrl`: `Edm.String`, nullable.
    pub password_change_url: rt::Field<::std::string::String>,
    /// Enables or disables password syncing. This won't affect users logged in with a mobile account on macOS.
    ///
    /// CSDL: property `passwordEnableLocalSync`: `Edm.Boolean`, not nullable.
    pub password_enable_local_sync: rt::Field<bool>,
    /// Overrides the default password expiration in days. For most domains, this value is calculated automatically.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Gets or sets the number of days until the user is notified that their password will expire (default is 15).
    ///
    /// CSDL: property `passwordExpirationNotificationDays`: `Edm.Int32`, nullable.
    pub password_expiration_notification_days: rt::Field<i32>,
    /// Gets or sets the minimum number of days until a user can change their password again.
    ///
    /// CSDL: property `passwordMinimumAgeDays`: `Edm.Int32`, nullable.
    pub password_minimum_age_days: rt::Field<i32>,
    /// Gets or sets the minimum length of a password.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Gets or sets the number of previous passwords to block.
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Enables or disables whether passwords must meet Active Directory's complexity requirements.
    ///
    /// CSDL: property `passwordRequireActiveDirectoryComplexity`: `Edm.Boolean`, not nullable.
    pub password_require_active_directory_complexity: rt::Field<bool>,
    /// Gets or sets a description of the password complexity requirements.
    ///
    /// CSDL: property `passwordRequirementsDescription`: `Edm.String`, nullable.
    pub password_requirements_description: rt::Field<::std::string::String>,
    /// Gets or sets the case-sensitive realm name for this profile.
    ///
    /// CSDL: property `realm`: `Edm.String`, not nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Gets or sets whether to require authentication via Touch ID, Face ID, or a passcode to access the keychain entry.
    ///
    /// CSDL: property `requireUserPresence`: `Edm.Boolean`, not nullable.
    pub require_user_presence: rt::Field<bool>,
    /// Gets or sets the principle user name to use for this profile. The realm name does not need to be included.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsKerberosSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            active_directory_site_code: rt::Field::Absent,
            block_active_directory_site_auto_discovery: rt::Field::Absent,
            block_automatic_login: rt::Field::Absent,
            cache_name: rt::Field::Absent,
            credential_bundle_id_access_control_list: rt::Field::Absent,
            domain_realms: rt::Field::Absent,
            domains: rt::Field::Absent,
            is_default_realm: rt::Field::Absent,
            password_block_modification: rt::Field::Absent,
            password_change_url: rt::Field::Absent,
            password_enable_local_sync: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_expiration_notification_days: rt::Field::Absent,
            password_minimum_age_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_require_active_directory_complexity: rt::Field::Absent,
            password_requirements_description: rt::Field::Absent,
            realm: rt::Field::Absent,
            require_user_presence: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsKerberosSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSKerberosSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "activeDirectorySiteCode",
        "blockActiveDirectorySiteAutoDiscovery",
        "blockAutomaticLogin",
        "cacheName",
        "credentialBundleIdAccessControlList",
        "domainRealms",
        "domains",
        "isDefaultRealm",
        "passwordBlockModification",
        "passwordChangeUrl",
        "passwordEnableLocalSync",
        "passwordExpirationDays",
        "passwordExpirationNotificationDays",
        "passwordMinimumAgeDays",
        "passwordMinimumLength",
        "passwordPreviousPasswordBlockCount",
        "passwordRequireActiveDirectoryComplexity",
        "passwordRequirementsDescription",
        "realm",
        "requireUserPresence",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activeDirectorySiteCode\":      ",
        ",\"blockActiveDirectorySiteAutoDiscovery\":",
        ",\"blockAutomaticLogin\":          ",
        ",\"cacheName\":                    ",
        ",\"credentialBundleIdAccessControlList\":",
        ",\"domainRealms\":                 ",
        ",\"domains\":                      ",
        ",\"isDefaultRealm\":               ",
        ",\"passwordBlockModification\":    ",
        ",\"passwordChangeUrl\":            ",
        ",\"passwordEnableLocalSync\":      ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordExpirationNotificationDays\":",
        ",\"passwordMinimumAgeDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequireActiveDirectoryComplexity\":",
        ",\"passwordRequirementsDescription\":",
        ",\"realm\":                        ",
        ",\"requireUserPresence\":          ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSKerberosSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "active_directory_site_code", &self.active_directory_site_code);
        v.field(
            1usize,
            "block_active_directory_site_auto_discovery",
            &self.block_active_directory_site_auto_discovery,
        );
        v.field(2usize, "block_automatic_login", &self.block_automatic_login);
        v.field(3usize, "cache_name", &self.cache_name);
        v.field(
            4usize,
            "credential_bundle_id_access_control_list",
            &self.credential_bundle_id_access_control_list,
        );
        v.field(5usize, "domain_realms", &self.domain_realms);
        v.field(6usize, "domains", &self.domains);
        v.field(7usize, "is_default_realm", &self.is_default_realm);
        v.field(
            8usize,
            "password_block_modification",
            &self.password_block_modification,
        );
        v.field(9usize, "password_change_url", &self.password_change_url);
        v.field(10usize, "password_enable_local_sync", &self.password_enable_local_sync);
        v.field(11usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            12usize,
            "password_expiration_notification_days",
            &self.password_expiration_notification_days,
        );
        v.field(13usize, "password_minimum_age_days", &self.password_minimum_age_days);
        v.field(14usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            15usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(
            16usize,
            "password_require_active_directory_complexity",
            &self.password_require_active_directory_complexity,
        );
        v.field(
            17usize,
            "password_requirements_description",
            &self.password_requirements_description,
        );
        v.field(18usize, "realm", &self.realm);
        v.field(19usize, "require_user_presence", &self.require_user_presence);
        v.field(20usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsKerberosSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.active_directory_site_code.read_from(r),
            1usize => self.block_active_directory_site_auto_discovery.read_from(r),
            2usize => self.block_automatic_login.read_from(r),
            3usize => self.cache_name.read_from(r),
            4usize => self.credential_bundle_id_access_control_list.read_from(r),
            5usize => self.domain_realms.read_from(r),
            6usize => self.domains.read_from(r),
            7usize => self.is_default_realm.read_from(r),
            8usize => self.password_block_modification.read_from(r),
            9usize => self.password_change_url.read_from(r),
            10usize => self.password_enable_local_sync.read_from(r),
            11usize => self.password_expiration_days.read_from(r),
            12usize => self.password_expiration_notification_days.read_from(r),
            13usize => self.password_minimum_age_days.read_from(r),
            14usize => self.password_minimum_length.read_from(r),
            15usize => self.password_previous_password_block_count.read_from(r),
            16usize => self.password_require_active_directory_complexity.read_from(r),
            17usize => self.password_requirements_description.read_from(r),
            18usize => self.realm.read_from(r),
            19usize => self.require_user_presence.read_from(r),
            20usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.active_directory_site_code);
        w.field(1usize, &self.block_active_directory_site_auto_discovery);
        w.field(2usize, &self.block_automatic_login);
        w.field(3usize, &self.cache_name);
        w.field(4usize, &self.credential_bundle_id_access_control_list);
        w.field(5usize, &self.domain_realms);
        w.field(6usize, &self.domains);
        w.field(7usize, &self.is_default_realm);
        w.field(8usize, &self.password_block_modification);
        w.field(9usize, &self.password_change_url);
        w.field(10usize, &self.password_enable_local_sync);
        w.field(11usize, &self.password_expiration_days);
        w.field(12usize, &self.password_expiration_notification_days);
        w.field(13usize, &self.password_minimum_age_days);
        w.field(14usize, &self.password_minimum_length);
        w.field(15usize, &self.password_previous_password_block_count);
        w.field(16usize, &self.password_require_active_directory_complexity);
        w.field(17usize, &self.password_requirements_description);
        w.field(18usize, &self.realm);
        w.field(19usize, &self.require_user_presence);
        w.field(20usize, &self.user_principal_name);
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
rt::impl_object!(MacOsKerberosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsKerberosSingleSignOnExtension { with_active_directory_site_code
    active_directory_site_code : ::std::string::String;
    with_block_active_directory_site_auto_discovery
    block_active_directory_site_auto_discovery : bool; with_block_automatic_login
    block_automatic_login : bool; with_cache_name cache_name : ::std::string::String;
    with_credential_bundle_id_access_control_list
    credential_bundle_id_access_control_list : ::std::vec::Vec < ::std::string::String >;
    with_domain_realms domain_realms : ::std::vec::Vec < ::std::string::String >;
    with_domains domains : ::std::vec::Vec < ::std::string::String >;
    with_is_default_realm is_default_realm : bool; with_password_block_modification
    password_block_modification : bool; with_password_change_url password_change_url :
    ::std::string::String; with_password_enable_local_sync password_enable_local_sync :
    bool; with_password_expiration_days password_expiration_days : i32;
    with_password_expiration_notification_days password_expiration_notification_days :
    i32; with_password_minimum_age_days password_minimum_age_days : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_require_active_directory_complexity
    password_require_active_directory_complexity : bool;
    with_password_requirements_description password_requirements_description :
    ::std::string::String; with_realm realm : ::std::string::String;
    with_require_user_presence require_user_presence : bool; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsKerberosSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents per-process privacy preferences.
///
/// CSDL: `microsoft.graph.macOSPrivacyAccessControlItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsPrivacyAccessControlItem {
    /// Allow the app or process to control the Mac via the Accessibility subsystem.
    ///
    /// CSDL: property `accessibility`: `microsoft.graph.enablement`, not nullable.
    pub accessibility: rt::Field<crate::beta::Enablement>,
    /// Allow or block access to contact information managed by Contacts.
    ///
    /// CSDL: property `addressBook`: `microsoft.graph.enablement`, not nullable.
    pub address_book: rt::Field<crate::beta::Enablement>,
    /// Allow or deny the app or process to send a restricted Apple event to another app or process. You will need to know the identifier, identifier type, and code requirement of the receiving app or process. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appleEventsAllowedReceivers`: `Collection(microsoft.graph.macOSAppleEventReceiver)`, nullable.
    pub apple_events_allowed_receivers: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsAppleEventReceiver>,
    >,
    /// Block access to camera app.
    ///
    /// CSDL: property `blockCamera`: `Edm.Boolean`, not nullable.
    pub block_camera: rt::Field<bool>,
    /// Block the app or process from listening to events from input devices such as mouse, keyboard, and trackpad.Requires macOS 10.15 or later.
    ///
    /// CSDL: property `blockListenEvent`: `Edm.Boolean`, not nullable.
    pub block_listen_event: rt::Field<bool>,
    /// Block access to microphone.
    ///
    /// CSDL: property `blockMicrophone`: `Edm.Boolean`, not nullable.
    pub block_microphone: rt::Field<bool>,
    /// Block app from capturing contents of system display. Requires macOS 10.15 or later.
    ///
    /// CSDL: property `blockScreenCapture`: `Edm.Boolean`, not nullable.
    pub block_screen_capture: rt::Field<bool>,
    /// Allow or block access to event information managed by Calendar.
    ///
    /// CSDL: property `calendar`: `microsoft.graph.enablement`, not nullable.
    pub calendar: rt::Field<crate::beta::Enablement>,
    /// Enter the code requirement, which can be obtained with the command 'codesign –display -r –' in the Terminal app. Include everything after '=>'.
    ///
    /// CSDL: property `codeRequirement`: `Edm.String`, not nullable.
    pub code_requirement: rt::Field<::std::string::String>,
    /// The display name of the app, process, or executable.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Allow the app or process to access files managed by another app’s file provider extension. Requires macOS 10.15 or later.
    ///
    /// CSDL: property `fileProviderPresence`: `microsoft.graph.enablement`, not nullable.
    pub file_provider_presence: rt::Field<crate::beta::Enablement>,
    /// The bundle ID or path of the app, process, or executable.
    ///
    /// CSDL: property `identifier`: `Edm.String`, not nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// A bundle ID is used to identify an app. A path is used to identify a process or executable.
    ///
    /// CSDL: property `identifierType`: `microsoft.graph.macOSProcessIdentifierType`, not nullable.
    pub identifier_type: rt::Field<crate::beta::MacOsProcessIdentifierType>,
    /// Allow or block access to music and the media library.
    ///
    /// CSDL: property `mediaLibrary`: `microsoft.graph.enablement`, not nullable.
    pub media_library: rt::Field<crate::beta::Enablement>,
    /// Allow or block access to images managed by Photos.
    ///
    /// CSDL: property `photos`: `microsoft.graph.enablement`, not nullable.
    pub photos: rt::Field<crate::beta::Enablement>,
    /// Control access to CoreGraphics APIs, which are used to send CGEvents to the system event stream.
    ///
    /// CSDL: property `postEvent`: `microsoft.graph.enablement`, not nullable.
    pub post_event: rt::Field<crate::beta::Enablement>,
    /// Allow or block access to information managed by Reminders.
    ///
    /// CSDL: property `reminders`: `microsoft.graph.enablement`, not nullable.
    pub reminders: rt::Field<crate::beta::Enablement>,
    /// Allow or block access to system speech recognition facility.
    ///
    /// CSDL: property `speechRecognition`: `microsoft.graph.enablement`, not nullable.
    pub speech_recognition: rt::Field<crate::beta::Enablement>,
    /// Statically validates the code requirement. Use this setting if the process invalidates its dynamic code signature.
    ///
    /// CSDL: property `staticCodeValidation`: `Edm.Boolean`, not nullable.
    pub static_code_validation: rt::Field<bool>,
    /// Control access to all protected files on a device. Files might be in locations such as emails, messages, apps, and administrative settings. Apply this setting with caution.
    ///
    /// CSDL: property `systemPolicyAllFiles`: `microsoft.graph.enablement`, not nullable.
    pub system_policy_all_files: rt::Field<crate::beta::Enablement>,
    /// Allow or block access to Desktop folder.
    ///
    /// CSDL: property `systemPolicyDesktopFolder`: `microsoft.graph.enablement`, not nullable.
    pub system_policy_desktop_folder: rt::Field<crate::beta::Enablement>,
    /// Allow or block access to Documents folder.
    ///
    /// CSDL: property `systemPolicyDocumentsFolder`: `microsoft.graph.enablement`, not nullable.
    pub system_policy_documents_folder: rt::Field<crate::beta::Enablement>,
    /// Allow or block access to Downloads folder.
    ///
    /// CSDL: property `systemPolicyDownloadsFolder`: `microsoft.graph.enablement`, not nullable.
    pub system_policy_downloads_folder: rt::Field<crate::beta::Enablement>,
    /// Allow or block access to network volumes. Requires macOS 10.15 or later.
    ///
    /// CSDL: property `systemPolicyNetworkVolumes`: `microsoft.graph.enablement`, not nullable.
    pub system_policy_network_volumes: rt::Field<crate::beta::Enablement>,
    /// Control access to removable  volumes on the device, such as an external hard drive. Requires macOS 10.15 or later.
    ///
    /// CSDL: property `systemPolicyRemovableVolumes`: `microsoft.graph.enablement`, not nullable.
    pub system_policy_removable_volumes: rt::Field<crate::beta::Enablement>,
    /// Allow app or process to access files used in system administration.
    ///
    /// CSDL: property `systemPolicySystemAdminFiles`: `microsoft.graph.enablement`, not nullable.
    pub system_policy_system_admin_files: rt::Field<crate::beta::Enablement>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsPrivacyAccessControlItem {
    #[inline]
    fn default() -> Self {
        Self {
            accessibility: rt::Field::Absent,
            address_book: rt::Field::Absent,
            apple_events_allowed_receivers: rt::Field::Absent,
            block_camera: rt::Field::Absent,
            block_listen_event: rt::Field::Absent,
            block_microphone: rt::Field::Absent,
            block_screen_capture: rt::Field::Absent,
            calendar: rt::Field::Absent,
            code_requirement: rt::Field::Absent,
            display_name: rt::Field::Absent,
            file_provider_presence: rt::Field::Absent,
            identifier: rt::Field::Absent,
            identifier_type: rt::Field::Absent,
            media_library: rt::Field::Absent,
            photos: rt::Field::Absent,
            post_event: rt::Field::Absent,
            reminders: rt::Field::Absent,
            speech_recognition: rt::Field::Absent,
            static_code_validation: rt::Field::Absent,
            system_policy_all_files: rt::Field::Absent,
            system_policy_desktop_folder: rt::Field::Absent,
            system_policy_documents_folder: rt::Field::Absent,
            system_policy_downloads_folder: rt::Field::Absent,
            system_policy_network_volumes: rt::Field::Absent,
            system_policy_removable_volumes: rt::Field::Absent,
            system_policy_system_admin_files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsPrivacyAccessControlItem {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSPrivacyAccessControlItem";
    const KEYS: &'static [&'static str] = &[
        "accessibility",
        "addressBook",
        "appleEventsAllowedReceivers",
        "blockCamera",
        "blockListenEvent",
        "blockMicrophone",
        "blockScreenCapture",
        "calendar",
        "codeRequirement",
        "displayName",
        "fileProviderPresence",
        "identifier",
        "identifierType",
        "mediaLibrary",
        "photos",
        "postEvent",
        "reminders",
        "speechRecognition",
        "staticCodeValidation",
        "systemPolicyAllFiles",
        "systemPolicyDesktopFolder",
        "systemPolicyDocumentsFolder",
        "systemPolicyDownloadsFolder",
        "systemPolicyNetworkVolumes",
        "systemPolicyRemovableVolumes",
        "systemPolicySystemAdminFiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessibility\":                ",
        ",\"addressBook\":                  ",
        ",\"appleEventsAllowedReceivers\":  ",
        ",\"blockCamera\":                  ",
        ",\"blockListenEvent\":             ",
        ",\"blockMicrophone\":              ",
        ",\"blockScreenCapture\":           ",
        ",\"calendar\":                     ",
        ",\"codeRequirement\":              ",
        ",\"displayName\":                  ",
        ",\"fileProviderPresence\":         ",
        ",\"identifier\":                   ",
        ",\"identifierType\":               ",
        ",\"mediaLibrary\":                 ",
        ",\"photos\":                       ",
        ",\"postEvent\":                    ",
        ",\"reminders\":                    ",
        ",\"speechRecognition\":            ",
        ",\"staticCodeValidation\":         ",
        ",\"systemPolicyAllFiles\":         ",
        ",\"systemPolicyDesktopFolder\":    ",
        ",\"systemPolicyDocumentsFolder\":  ",
        ",\"systemPolicyDownloadsFolder\":  ",
        ",\"systemPolicyNetworkVolumes\":   ",
        ",\"systemPolicyRemovableVolumes\": ",
        ",\"systemPolicySystemAdminFiles\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSPrivacyAccessControlItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "accessibility", &self.accessibility);
        v.field(1usize, "address_book", &self.address_book);
        v.field(
            2usize,
            "apple_events_allowed_receivers",
            &self.apple_events_allowed_receivers,
        );
        v.field(3usize, "block_camera", &self.block_camera);
        v.field(4usize, "block_listen_event", &self.block_listen_event);
        v.field(5usize, "block_microphone", &self.block_microphone);
        v.field(6usize, "block_screen_capture", &self.block_screen_capture);
        v.field(7usize, "calendar", &self.calendar);
        v.field(8usize, "code_requirement", &self.code_requirement);
        v.field(9usize, "display_name", &self.display_name);
        v.field(10usize, "file_provider_presence", &self.file_provider_presence);
        v.field(11usize, "identifier", &self.identifier);
        v.field(12usize, "identifier_type", &self.identifier_type);
        v.field(13usize, "media_library", &self.media_library);
        v.field(14usize, "photos", &self.photos);
        v.field(15usize, "post_event", &self.post_event);
        v.field(16usize, "reminders", &self.reminders);
        v.field(17usize, "speech_recognition", &self.speech_recognition);
        v.field(18usize, "static_code_validation", &self.static_code_validation);
        v.field(19usize, "system_policy_all_files", &self.system_policy_all_files);
        v.field(
            20usize,
            "system_policy_desktop_folder",
            &self.system_policy_desktop_folder,
        );
        v.field(
            21usize,
            "system_policy_documents_folder",
            &self.system_policy_documents_folder,
        );
        v.field(
            22usize,
            "system_policy_downloads_folder",
            &self.system_policy_downloads_folder,
        );
        v.field(
            23usize,
            "system_policy_network_volumes",
            &self.system_policy_network_volumes,
        );
        v.field(
            24usize,
            "system_policy_removable_volumes",
            &self.system_policy_removable_volumes,
        );
        v.field(
            25usize,
            "system_policy_system_admin_files",
            &self.system_policy_system_admin_files,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsPrivacyAccessControlItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.accessibility.read_from(r),
            1usize => self.address_book.read_from(r),
            2usize => self.apple_events_allowed_receivers.read_from(r),
            3usize => self.block_camera.read_from(r),
            4usize => self.block_listen_event.read_from(r),
            5usize => self.block_microphone.read_from(r),
            6usize => self.block_screen_capture.read_from(r),
            7usize => self.calendar.read_from(r),
            8usize => self.code_requirement.read_from(r),
            9usize => self.display_name.read_from(r),
            10usize => self.file_provider_presence.read_from(r),
            11usize => self.identifier.read_from(r),
            12usize => self.identifier_type.read_from(r),
            13usize => self.media_library.read_from(r),
            14usize => self.photos.read_from(r),
            15usize => self.post_event.read_from(r),
            16usize => self.reminders.read_from(r),
            17usize => self.speech_recognition.read_from(r),
            18usize => self.static_code_validation.read_from(r),
            19usize => self.system_policy_all_files.read_from(r),
            20usize => self.system_policy_desktop_folder.read_from(r),
            21usize => self.system_policy_documents_folder.read_from(r),
            22usize => self.system_policy_downloads_folder.read_from(r),
            23usize => self.system_policy_network_volumes.read_from(r),
            24usize => self.system_policy_removable_volumes.read_from(r),
            25usize => self.system_policy_system_admin_files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.accessibility);
        w.field(1usize, &self.address_book);
        w.field(2usize, &self.apple_events_allowed_receivers);
        w.field(3usize, &self.block_camera);
        w.field(4usize, &self.block_listen_event);
        w.field(5usize, &self.block_microphone);
        w.field(6usize, &self.block_screen_capture);
        w.field(7usize, &self.calendar);
        w.field(8usize, &self.code_requirement);
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.file_provider_presence);
        w.field(11usize, &self.identifier);
        w.field(12usize, &self.identifier_type);
        w.field(13usize, &self.media_library);
        w.field(14usize, &self.photos);
        w.field(15usize, &self.post_event);
        w.field(16usize, &self.reminders);
        w.field(17usize, &self.speech_recognition);
        w.field(18usize, &self.static_code_validation);
        w.field(19usize, &self.system_policy_all_files);
        w.field(20usize, &self.system_policy_desktop_folder);
        w.field(21usize, &self.system_policy_documents_folder);
        w.field(22usize, &self.system_policy_downloads_folder);
        w.field(23usize, &self.system_policy_network_volumes);
        w.field(24usize, &self.system_policy_removable_volumes);
        w.field(25usize, &self.system_policy_system_admin_files);
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
rt::impl_object!(MacOsPrivacyAccessControlItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsPrivacyAccessControlItem { with_accessibility accessibility : crate
    ::beta::Enablement; with_address_book address_book : crate ::beta::Enablement;
    with_apple_events_allowed_receivers apple_events_allowed_receivers : ::std::vec::Vec
    < crate ::beta::MacOsAppleEventReceiver >; with_block_camera block_camera : bool;
    with_block_listen_event block_listen_event : bool; with_block_microphone
    block_microphone : bool; with_block_screen_capture block_screen_capture : bool;
    with_calendar calendar : crate ::beta::Enablement; with_code_requirement
    code_requirement : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_file_provider_presence file_provider_presence : crate
    ::beta::Enablement; with_identifier identifier : ::std::string::String;
    with_identifier_type identifier_type : crate ::beta::MacOsProcessIdentifierType;
    with_media_library media_library : crate ::beta::Enablement; with_photos photos :
    crate ::beta::Enablement; with_post_event post_event : crate ::beta::Enablement;
    with_reminders reminders : crate ::beta::Enablement; with_speech_recognition
    speech_recognition : crate ::beta::Enablement; with_static_code_validation
    static_code_validation : bool; with_system_policy_all_files system_policy_all_files :
    crate ::beta::Enablement; with_system_policy_desktop_folder
    system_policy_desktop_folder : crate ::beta::Enablement;
    with_system_policy_documents_folder system_policy_documents_folder : crate
    ::beta::Enablement; with_system_policy_downloads_folder
    system_policy_downloads_folder : crate ::beta::Enablement;
    with_system_policy_network_volumes system_policy_network_volumes : crate
    ::beta::Enablement; with_system_policy_removable_volumes
    system_policy_removable_volumes : crate ::beta::Enablement;
    with_system_policy_system_admin_files system_policy_system_admin_files : crate
    ::beta::Enablement; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsPrivacyAccessControlItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSProcessIdentifierType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsProcessIdentifierType {
    /// `bundleID` (value 1).
    BundleId,
    /// `path` (value 2).
    Path,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsProcessIdentifierType {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSProcessIdentifierType";
    const MEMBERS: &'static [&'static str] = &["bundleID", "path"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "bundleID" => Self::BundleId,
                "path" => Self::Path,
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
            Self::BundleId => "bundleID",
            Self::Path => "path",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsProcessIdentifierType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsProcessIdentifierType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a Redirect-type Single Sign-On extension profile for macOS devices.
///
/// CSDL: `microsoft.graph.macOSRedirectSingleSignOnExtension`, complex type, derived from `microsoft.graph.macOSSingleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsRedirectSingleSignOnExtension {
    /// Gets or sets a list of typed key-value pairs used to configure Credential-type profiles. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `configurations`: `Collection(microsoft.graph.keyTypedValuePair)`, nullable.
    pub configurations: rt::Field<::std::vec::Vec<crate::beta::AnyKeyTypedValuePair>>,
    /// Gets or sets the bundle ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `extensionIdentifier`: `Edm.String`, not nullable.
    pub extension_identifier: rt::Field<::std::string::String>,
    /// Gets or sets the team ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `teamIdentifier`: `Edm.String`, not nullable.
    pub team_identifier: rt::Field<::std::string::String>,
    /// One or more URL prefixes of identity providers on whose behalf the app extension performs single sign-on. URLs must begin with http:// or https://. All URL prefixes must be unique for all profiles.
    ///
    /// CSDL: property `urlPrefixes`: `Collection(Edm.String)`, nullable.
    pub url_prefixes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsRedirectSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            configurations: rt::Field::Absent,
            extension_identifier: rt::Field::Absent,
            team_identifier: rt::Field::Absent,
            url_prefixes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsRedirectSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSRedirectSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "configurations",
        "extensionIdentifier",
        "teamIdentifier",
        "urlPrefixes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurations\":               ",
        ",\"extensionIdentifier\":          ",
        ",\"teamIdentifier\":               ",
        ",\"urlPrefixes\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSRedirectSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configurations", &self.configurations);
        v.field(1usize, "extension_identifier", &self.extension_identifier);
        v.field(2usize, "team_identifier", &self.team_identifier);
        v.field(3usize, "url_prefixes", &self.url_prefixes);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsRedirectSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configurations.read_from(r),
            1usize => self.extension_identifier.read_from(r),
            2usize => self.team_identifier.read_from(r),
            3usize => self.url_prefixes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configurations);
        w.field(1usize, &self.extension_identifier);
        w.field(2usize, &self.team_identifier);
        w.field(3usize, &self.url_prefixes);
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
rt::impl_object!(MacOsRedirectSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsRedirectSingleSignOnExtension { with_configurations configurations :
    ::std::vec::Vec < crate ::beta::AnyKeyTypedValuePair >; with_extension_identifier
    extension_identifier : ::std::string::String; with_team_identifier team_identifier :
    ::std::string::String; with_url_prefixes url_prefixes : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsRedirectSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// An abstract base class for all macOS-specific single sign-on extension types.
///
/// CSDL: `microsoft.graph.macOSSingleSignOnExtension`, complex type, derived from `microsoft.graph.singleSignOnExtension`, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsSingleSignOnExtension {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.macOSSingleSignOnExtension\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsSingleSignOnExtension {
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
rt::impl_object!(MacOsSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.macOSSingleSignOnExtension` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMacOsSingleSignOnExtension {
    MacOsSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsSingleSignOnExtension>,
    ),
    MacOsAzureAdSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsAzureAdSingleSignOnExtension>,
    ),
    MacOsCredentialSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsCredentialSingleSignOnExtension>,
    ),
    MacOsKerberosSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsKerberosSingleSignOnExtension>,
    ),
    MacOsRedirectSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsRedirectSingleSignOnExtension>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyMacOsSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self::MacOsSingleSignOnExtension(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsSingleSignOnExtension>
for AnyMacOsSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsSingleSignOnExtension) -> Self {
        Self::MacOsSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsAzureAdSingleSignOnExtension>
for AnyMacOsSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsAzureAdSingleSignOnExtension) -> Self {
        Self::MacOsAzureAdSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCredentialSingleSignOnExtension>
for AnyMacOsSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsCredentialSingleSignOnExtension) -> Self {
        Self::MacOsCredentialSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsKerberosSingleSignOnExtension>
for AnyMacOsSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsKerberosSingleSignOnExtension) -> Self {
        Self::MacOsKerberosSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsRedirectSingleSignOnExtension>
for AnyMacOsSingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsRedirectSingleSignOnExtension) -> Self {
        Self::MacOsRedirectSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyMacOsSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMacOsSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyMacOsSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMacOsSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMacOsSingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MacOsSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsAzureAdSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsCredentialSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsKerberosSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsRedirectSingleSignOnExtension>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyMacOsSingleSignOnExtension {
    const BASE_NAME: &'static str = "microsoft.graph.macOSSingleSignOnExtension";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.macOSAzureAdSingleSignOnExtension",
            ) => Self::MacOsAzureAdSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSCredentialSingleSignOnExtension",
            ) => Self::MacOsCredentialSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSKerberosSingleSignOnExtension",
            ) => Self::MacOsKerberosSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSRedirectSingleSignOnExtension",
            ) => Self::MacOsRedirectSingleSignOnExtension(rt::object::new_boxed()),
            _ => Self::MacOsSingleSignOnExtension(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MacOsSingleSignOnExtension(v) => &**v,
            Self::MacOsAzureAdSingleSignOnExtension(v) => &**v,
            Self::MacOsCredentialSingleSignOnExtension(v) => &**v,
            Self::MacOsKerberosSingleSignOnExtension(v) => &**v,
            Self::MacOsRedirectSingleSignOnExtension(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MacOsSingleSignOnExtension(v) => &mut **v,
            Self::MacOsAzureAdSingleSignOnExtension(v) => &mut **v,
            Self::MacOsCredentialSingleSignOnExtension(v) => &mut **v,
            Self::MacOsKerberosSingleSignOnExtension(v) => &mut **v,
            Self::MacOsRedirectSingleSignOnExtension(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyMacOsSingleSignOnExtension {
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
rt::impl_poly!(AnyMacOsSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMacOsSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS software update account summary report for a device and user
///
/// CSDL: `microsoft.graph.macOSSoftwareUpdateAccountSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MacOsSoftwareUpdateAccountSummaryPath`](requests/trait.MacOsSoftwareUpdateAccountSummaryPath.html), what a path to one (`EntityPath<MacOsSoftwareUpdateAccountSummary, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsSoftwareUpdateAccountSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The device ID.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The name of the report
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Number of failed updates on the device.
    ///
    /// CSDL: property `failedUpdateCount`: `Edm.Int32`, not nullable.
    pub failed_update_count: rt::Field<i32>,
    /// Last date time the report for this device was updated.
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The OS version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Number of successful updates on the device.
    ///
    /// CSDL: property `successfulUpdateCount`: `Edm.Int32`, not nullable.
    pub successful_update_count: rt::Field<i32>,
    /// Number of total updates on the device.
    ///
    /// CSDL: property `totalUpdateCount`: `Edm.Int32`, not nullable.
    pub total_update_count: rt::Field<i32>,
    /// The user ID.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The user principal name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Summary of the updates by category.
    ///
    /// CSDL: containment navigation property `categorySummaries`: `Collection(microsoft.graph.macOSSoftwareUpdateCategorySummary)`, not nullable.
    pub category_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsSoftwareUpdateCategorySummary>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsSoftwareUpdateAccountSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            display_name: rt::Field::Absent,
            failed_update_count: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            os_version: rt::Field::Absent,
            successful_update_count: rt::Field::Absent,
            total_update_count: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            category_summaries: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsSoftwareUpdateAccountSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateAccountSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceId",
        "deviceName",
        "displayName",
        "failedUpdateCount",
        "lastUpdatedDateTime",
        "osVersion",
        "successfulUpdateCount",
        "totalUpdateCount",
        "userId",
        "userPrincipalName",
        "categorySummaries",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"displayName\":                  ",
        ",\"failedUpdateCount\":            ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"osVersion\":                    ",
        ",\"successfulUpdateCount\":        ",
        ",\"totalUpdateCount\":             ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"categorySummaries\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSSoftwareUpdateAccountSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "failed_update_count", &self.failed_update_count);
        v.field(5usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(6usize, "os_version", &self.os_version);
        v.field(7usize, "successful_update_count", &self.successful_update_count);
        v.field(8usize, "total_update_count", &self.total_update_count);
        v.field(9usize, "user_id", &self.user_id);
        v.field(10usize, "user_principal_name", &self.user_principal_name);
        v.field(11usize, "category_summaries", &self.category_summaries);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsSoftwareUpdateAccountSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.failed_update_count.read_from(r),
            5usize => self.last_updated_date_time.read_from(r),
            6usize => self.os_version.read_from(r),
            7usize => self.successful_update_count.read_from(r),
            8usize => self.total_update_count.read_from(r),
            9usize => self.user_id.read_from(r),
            10usize => self.user_principal_name.read_from(r),
            11usize => self.category_summaries.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.failed_update_count);
        w.field(5usize, &self.last_updated_date_time);
        w.field(6usize, &self.os_version);
        w.field(7usize, &self.successful_update_count);
        w.field(8usize, &self.total_update_count);
        w.field(9usize, &self.user_id);
        w.field(10usize, &self.user_principal_name);
        w.field(11usize, &self.category_summaries);
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
rt::impl_object!(MacOsSoftwareUpdateAccountSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsSoftwareUpdateAccountSummary { with_id id : ::std::string::String;
    with_device_id device_id : ::std::string::String; with_device_name device_name :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_failed_update_count failed_update_count : i32; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_os_version os_version :
    ::std::string::String; with_successful_update_count successful_update_count : i32;
    with_total_update_count total_update_count : i32; with_user_id user_id :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_category_summaries category_summaries : ::std::vec::Vec <
    crate ::beta::MacOsSoftwareUpdateCategorySummary >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateAccountSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSSoftwareUpdateBehavior`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsSoftwareUpdateBehavior {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `default` (value 1).
    Default,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsSoftwareUpdateBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateBehavior";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "default"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "default" => Self::Default,
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
            Self::Default => "default",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsSoftwareUpdateBehavior);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateBehavior);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSSoftwareUpdateCategory`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsSoftwareUpdateCategory {
    /// `critical` (value 0).
    Critical,
    /// `configurationDataFile` (value 1).
    ConfigurationDataFile,
    /// `firmware` (value 2).
    Firmware,
    /// `other` (value 3).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsSoftwareUpdateCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateCategory";
    const MEMBERS: &'static [&'static str] = &[
        "critical",
        "configurationDataFile",
        "firmware",
        "other",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "critical" => Self::Critical,
                "configurationDataFile" => Self::ConfigurationDataFile,
                "firmware" => Self::Firmware,
                "other" => Self::Other,
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
            Self::Critical => "critical",
            Self::ConfigurationDataFile => "configurationDataFile",
            Self::Firmware => "firmware",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsSoftwareUpdateCategory);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS software update category summary report for a device and user
///
/// CSDL: `microsoft.graph.macOSSoftwareUpdateCategorySummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MacOsSoftwareUpdateCategorySummaryPath`](requests/trait.MacOsSoftwareUpdateCategorySummaryPath.html), what a path to one (`EntityPath<MacOsSoftwareUpdateCategorySummary, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsSoftwareUpdateCategorySummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The device ID.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The name of the report
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Number of failed updates on the device
    ///
    /// CSDL: property `failedUpdateCount`: `Edm.Int32`, not nullable.
    pub failed_update_count: rt::Field<i32>,
    /// Last date time the report for this device was updated.
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of successful updates on the device
    ///
    /// CSDL: property `successfulUpdateCount`: `Edm.Int32`, not nullable.
    pub successful_update_count: rt::Field<i32>,
    /// Number of total updates on the device
    ///
    /// CSDL: property `totalUpdateCount`: `Edm.Int32`, not nullable.
    pub total_update_count: rt::Field<i32>,
    /// Software update type
    ///
    /// CSDL: property `updateCategory`: `microsoft.graph.macOSSoftwareUpdateCategory`, not nullable.
    pub update_category: rt::Field<crate::beta::MacOsSoftwareUpdateCategory>,
    /// The user ID.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Summary of the update states.
    ///
    /// CSDL: containment navigation property `updateStateSummaries`: `Collection(microsoft.graph.macOSSoftwareUpdateStateSummary)`, not nullable.
    pub update_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsSoftwareUpdateStateSummary>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsSoftwareUpdateCategorySummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            failed_update_count: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            successful_update_count: rt::Field::Absent,
            total_update_count: rt::Field::Absent,
            update_category: rt::Field::Absent,
            user_id: rt::Field::Absent,
            update_state_summaries: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsSoftwareUpdateCategorySummary {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateCategorySummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceId",
        "displayName",
        "failedUpdateCount",
        "lastUpdatedDateTime",
        "successfulUpdateCount",
        "totalUpdateCount",
        "updateCategory",
        "userId",
        "updateStateSummaries",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceId\":                     ",
        ",\"displayName\":                  ",
        ",\"failedUpdateCount\":            ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"successfulUpdateCount\":        ",
        ",\"totalUpdateCount\":             ",
        ",\"updateCategory\":               ",
        ",\"userId\":                       ",
        ",\"updateStateSummaries\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSSoftwareUpdateCategorySummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "failed_update_count", &self.failed_update_count);
        v.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(5usize, "successful_update_count", &self.successful_update_count);
        v.field(6usize, "total_update_count", &self.total_update_count);
        v.field(7usize, "update_category", &self.update_category);
        v.field(8usize, "user_id", &self.user_id);
        v.field(9usize, "update_state_summaries", &self.update_state_summaries);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsSoftwareUpdateCategorySummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.failed_update_count.read_from(r),
            4usize => self.last_updated_date_time.read_from(r),
            5usize => self.successful_update_count.read_from(r),
            6usize => self.total_update_count.read_from(r),
            7usize => self.update_category.read_from(r),
            8usize => self.user_id.read_from(r),
            9usize => self.update_state_summaries.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.failed_update_count);
        w.field(4usize, &self.last_updated_date_time);
        w.field(5usize, &self.successful_update_count);
        w.field(6usize, &self.total_update_count);
        w.field(7usize, &self.update_category);
        w.field(8usize, &self.user_id);
        w.field(9usize, &self.update_state_summaries);
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
rt::impl_object!(MacOsSoftwareUpdateCategorySummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsSoftwareUpdateCategorySummary { with_id id : ::std::string::String;
    with_device_id device_id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_failed_update_count failed_update_count : i32;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_successful_update_count successful_update_count : i32; with_total_update_count
    total_update_count : i32; with_update_category update_category : crate
    ::beta::MacOsSoftwareUpdateCategory; with_user_id user_id : ::std::string::String;
    with_update_state_summaries update_state_summaries : ::std::vec::Vec < crate
    ::beta::MacOsSoftwareUpdateStateSummary >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateCategorySummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSSoftwareUpdateState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsSoftwareUpdateState {
    /// `success` (value 0).
    Success,
    /// `downloading` (value 1000).
    Downloading,
    /// `downloaded` (value 1001).
    Downloaded,
    /// `installing` (value 1002).
    Installing,
    /// `idle` (value 1003).
    Idle,
    /// `available` (value 1004).
    Available,
    /// `scheduled` (value 1005).
    Scheduled,
    /// `downloadFailed` (value 2000).
    DownloadFailed,
    /// `downloadInsufficientSpace` (value 2001).
    DownloadInsufficientSpace,
    /// `downloadInsufficientPower` (value 2002).
    DownloadInsufficientPower,
    /// `downloadInsufficientNetwork` (value 2003).
    DownloadInsufficientNetwork,
    /// `installInsufficientSpace` (value 2004).
    InstallInsufficientSpace,
    /// `installInsufficientPower` (value 2005).
    InstallInsufficientPower,
    /// `installFailed` (value 2006).
    InstallFailed,
    /// `commandFailed` (value 2007).
    CommandFailed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsSoftwareUpdateState {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateState";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "downloading",
        "downloaded",
        "installing",
        "idle",
        "available",
        "scheduled",
        "downloadFailed",
        "downloadInsufficientSpace",
        "downloadInsufficientPower",
        "downloadInsufficientNetwork",
        "installInsufficientSpace",
        "installInsufficientPower",
        "installFailed",
        "commandFailed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "downloading" => Self::Downloading,
                "downloaded" => Self::Downloaded,
                "installing" => Self::Installing,
                "idle" => Self::Idle,
                "available" => Self::Available,
                "scheduled" => Self::Scheduled,
                "downloadFailed" => Self::DownloadFailed,
                "downloadInsufficientSpace" => Self::DownloadInsufficientSpace,
                "downloadInsufficientPower" => Self::DownloadInsufficientPower,
                "downloadInsufficientNetwork" => Self::DownloadInsufficientNetwork,
                "installInsufficientSpace" => Self::InstallInsufficientSpace,
                "installInsufficientPower" => Self::InstallInsufficientPower,
                "installFailed" => Self::InstallFailed,
                "commandFailed" => Self::CommandFailed,
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
            Self::Success => "success",
            Self::Downloading => "downloading",
            Self::Downloaded => "downloaded",
            Self::Installing => "installing",
            Self::Idle => "idle",
            Self::Available => "available",
            Self::Scheduled => "scheduled",
            Self::DownloadFailed => "downloadFailed",
            Self::DownloadInsufficientSpace => "downloadInsufficientSpace",
            Self::DownloadInsufficientPower => "downloadInsufficientPower",
            Self::DownloadInsufficientNetwork => "downloadInsufficientNetwork",
            Self::InstallInsufficientSpace => "installInsufficientSpace",
            Self::InstallInsufficientPower => "installInsufficientPower",
            Self::InstallFailed => "installFailed",
            Self::CommandFailed => "commandFailed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsSoftwareUpdateState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateState);
#[cfg(msgraph_beta_device_management_or_search)]
/// MacOS software update state summary for a device and user
///
/// CSDL: `microsoft.graph.macOSSoftwareUpdateStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsSoftwareUpdateStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Human readable name of the software update
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last date time the report for this device and product key was updated.
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Product key of the software update.
    ///
    /// CSDL: property `productKey`: `Edm.String`, nullable.
    pub product_key: rt::Field<::std::string::String>,
    /// State of the software update
    ///
    /// CSDL: property `state`: `microsoft.graph.macOSSoftwareUpdateState`, not nullable.
    pub state: rt::Field<crate::beta::MacOsSoftwareUpdateState>,
    /// Software update category
    ///
    /// CSDL: property `updateCategory`: `microsoft.graph.macOSSoftwareUpdateCategory`, not nullable.
    pub update_category: rt::Field<crate::beta::MacOsSoftwareUpdateCategory>,
    /// Version of the software update
    ///
    /// CSDL: property `updateVersion`: `Edm.String`, nullable.
    pub update_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsSoftwareUpdateStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            product_key: rt::Field::Absent,
            state: rt::Field::Absent,
            update_category: rt::Field::Absent,
            update_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsSoftwareUpdateStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastUpdatedDateTime",
        "productKey",
        "state",
        "updateCategory",
        "updateVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"productKey\":                   ",
        ",\"state\":                        ",
        ",\"updateCategory\":               ",
        ",\"updateVersion\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSSoftwareUpdateStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "product_key", &self.product_key);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "update_category", &self.update_category);
        v.field(6usize, "update_version", &self.update_version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsSoftwareUpdateStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.product_key.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.update_category.read_from(r),
            6usize => self.update_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.product_key);
        w.field(4usize, &self.state);
        w.field(5usize, &self.update_category);
        w.field(6usize, &self.update_version);
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
rt::impl_object!(MacOsSoftwareUpdateStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsSoftwareUpdateStateSummary { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_product_key product_key :
    ::std::string::String; with_state state : crate ::beta::MacOsSoftwareUpdateState;
    with_update_category update_category : crate ::beta::MacOsSoftwareUpdateCategory;
    with_update_version update_version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a specific macOS system extension.
///
/// CSDL: `microsoft.graph.macOSSystemExtension`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsSystemExtension {
    /// Gets or sets the bundle identifier of the system extension.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Gets or sets the team identifier that was used to sign the system extension.
    ///
    /// CSDL: property `teamIdentifier`: `Edm.String`, nullable.
    pub team_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsSystemExtension {
    #[inline]
    fn default() -> Self {
        Self {
            bundle_id: rt::Field::Absent,
            team_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsSystemExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSystemExtension";
    const KEYS: &'static [&'static str] = &["bundleId", "teamIdentifier"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bundleId\":                     ",
        ",\"teamIdentifier\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSSystemExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bundle_id", &self.bundle_id);
        v.field(1usize, "team_identifier", &self.team_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsSystemExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bundle_id.read_from(r),
            1usize => self.team_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bundle_id);
        w.field(1usize, &self.team_identifier);
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
rt::impl_object!(MacOsSystemExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsSystemExtension { with_bundle_id bundle_id : ::std::string::String;
    with_team_identifier team_identifier : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSystemExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSSystemExtensionType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsSystemExtensionType {
    /// `driverExtensionsAllowed` (value 1).
    DriverExtensionsAllowed,
    /// `networkExtensionsAllowed` (value 2).
    NetworkExtensionsAllowed,
    /// `endpointSecurityExtensionsAllowed` (value 4).
    EndpointSecurityExtensionsAllowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsSystemExtensionType {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSystemExtensionType";
    const MEMBERS: &'static [&'static str] = &[
        "driverExtensionsAllowed",
        "networkExtensionsAllowed",
        "endpointSecurityExtensionsAllowed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "driverExtensionsAllowed" => Self::DriverExtensionsAllowed,
                "networkExtensionsAllowed" => Self::NetworkExtensionsAllowed,
                "endpointSecurityExtensionsAllowed" => {
                    Self::EndpointSecurityExtensionsAllowed
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
            Self::DriverExtensionsAllowed => "driverExtensionsAllowed",
            Self::NetworkExtensionsAllowed => "networkExtensionsAllowed",
            Self::EndpointSecurityExtensionsAllowed => {
                "endpointSecurityExtensionsAllowed"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsSystemExtensionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSystemExtensionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a mapping between team identifiers for macOS system extensions and system extension types.
///
/// CSDL: `microsoft.graph.macOSSystemExtensionTypeMapping`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsSystemExtensionTypeMapping {
    /// Gets or sets the allowed macOS system extension types.
    ///
    /// CSDL: property `allowedTypes`: `microsoft.graph.macOSSystemExtensionType`, not nullable.
    pub allowed_types: rt::Field<rt::Flags<crate::beta::MacOsSystemExtensionType>>,
    /// Gets or sets the team identifier used to sign the system extension.
    ///
    /// CSDL: property `teamIdentifier`: `Edm.String`, not nullable.
    pub team_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsSystemExtensionTypeMapping {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_types: rt::Field::Absent,
            team_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsSystemExtensionTypeMapping {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSystemExtensionTypeMapping";
    const KEYS: &'static [&'static str] = &["allowedTypes", "teamIdentifier"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedTypes\":                 ",
        ",\"teamIdentifier\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSSystemExtensionTypeMapping\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_types", &self.allowed_types);
        v.field(1usize, "team_identifier", &self.team_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsSystemExtensionTypeMapping {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_types.read_from(r),
            1usize => self.team_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_types);
        w.field(1usize, &self.team_identifier);
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
rt::impl_object!(MacOsSystemExtensionTypeMapping);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsSystemExtensionTypeMapping { with_allowed_types allowed_types : rt::Flags <
    crate ::beta::MacOsSystemExtensionType >; with_team_identifier team_identifier :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSystemExtensionTypeMapping);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.machineLearningDetectedSensitiveContent`, complex type, derived from `microsoft.graph.detectedSensitiveContent`.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct MachineLearningDetectedSensitiveContent {
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `recommendedConfidence`: `Edm.Int32`, nullable.
    pub recommended_confidence: rt::Field<i32>,
    /// CSDL: property `uniqueCount`: `Edm.Int32`, nullable.
    pub unique_count: rt::Field<i32>,
    /// CSDL: property `classificationAttributes`: `Collection(microsoft.graph.classificationAttribute)`, nullable.
    pub classification_attributes: rt::Field<
        ::std::vec::Vec<crate::beta::ClassificationAttribute>,
    >,
    /// CSDL: property `classificationMethod`: `microsoft.graph.classificationMethod`, nullable.
    pub classification_method: rt::Field<crate::beta::ClassificationMethod>,
    /// CSDL: property `matches`: `Collection(microsoft.graph.sensitiveContentLocation)`, nullable.
    pub matches: rt::Field<::std::vec::Vec<crate::beta::SensitiveContentLocation>>,
    /// CSDL: property `scope`: `microsoft.graph.sensitiveTypeScope`, nullable.
    pub scope: rt::Field<rt::Flags<crate::beta::SensitiveTypeScope>>,
    /// CSDL: property `sensitiveTypeSource`: `microsoft.graph.sensitiveTypeSource`, nullable.
    pub sensitive_type_source: rt::Field<crate::beta::SensitiveTypeSource>,
    /// CSDL: property `matchTolerance`: `microsoft.graph.mlClassificationMatchTolerance`, nullable.
    pub match_tolerance: rt::Field<
        rt::Flags<crate::beta::MlClassificationMatchTolerance>,
    >,
    /// CSDL: property `modelVersion`: `Edm.String`, nullable.
    pub model_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for MachineLearningDetectedSensitiveContent {
    #[inline]
    fn default() -> Self {
        Self {
            confidence: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            recommended_confidence: rt::Field::Absent,
            unique_count: rt::Field::Absent,
            classification_attributes: rt::Field::Absent,
            classification_method: rt::Field::Absent,
            matches: rt::Field::Absent,
            scope: rt::Field::Absent,
            sensitive_type_source: rt::Field::Absent,
            match_tolerance: rt::Field::Absent,
            model_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for MachineLearningDetectedSensitiveContent {
    const TYPE_NAME: &'static str = "microsoft.graph.machineLearningDetectedSensitiveContent";
    const KEYS: &'static [&'static str] = &[
        "confidence",
        "displayName",
        "id",
        "recommendedConfidence",
        "uniqueCount",
        "classificationAttributes",
        "classificationMethod",
        "matches",
        "scope",
        "sensitiveTypeSource",
        "matchTolerance",
        "modelVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidence\":                   ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"recommendedConfidence\":        ",
        ",\"uniqueCount\":                  ",
        ",\"classificationAttributes\":     ",
        ",\"classificationMethod\":         ",
        ",\"matches\":                      ",
        ",\"scope\":                        ",
        ",\"sensitiveTypeSource\":          ",
        ",\"matchTolerance\":               ",
        ",\"modelVersion\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.machineLearningDetectedSensitiveContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence", &self.confidence);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "recommended_confidence", &self.recommended_confidence);
        v.field(4usize, "unique_count", &self.unique_count);
        v.field(5usize, "classification_attributes", &self.classification_attributes);
        v.field(6usize, "classification_method", &self.classification_method);
        v.field(7usize, "matches", &self.matches);
        v.field(8usize, "scope", &self.scope);
        v.field(9usize, "sensitive_type_source", &self.sensitive_type_source);
        v.field(10usize, "match_tolerance", &self.match_tolerance);
        v.field(11usize, "model_version", &self.model_version);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for MachineLearningDetectedSensitiveContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.recommended_confidence.read_from(r),
            4usize => self.unique_count.read_from(r),
            5usize => self.classification_attributes.read_from(r),
            6usize => self.classification_method.read_from(r),
            7usize => self.matches.read_from(r),
            8usize => self.scope.read_from(r),
            9usize => self.sensitive_type_source.read_from(r),
            10usize => self.match_tolerance.read_from(r),
            11usize => self.model_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.recommended_confidence);
        w.field(4usize, &self.unique_count);
        w.field(5usize, &self.classification_attributes);
        w.field(6usize, &self.classification_method);
        w.field(7usize, &self.matches);
        w.field(8usize, &self.scope);
        w.field(9usize, &self.sensitive_type_source);
        w.field(10usize, &self.match_tolerance);
        w.field(11usize, &self.model_version);
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
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(MachineLearningDetectedSensitiveContent);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    MachineLearningDetectedSensitiveContent { with_confidence confidence : i32;
    with_display_name display_name : ::std::string::String; with_id id : rt::edm::Guid;
    with_recommended_confidence recommended_confidence : i32; with_unique_count
    unique_count : i32; with_classification_attributes classification_attributes :
    ::std::vec::Vec < crate ::beta::ClassificationAttribute >; with_classification_method
    classification_method : crate ::beta::ClassificationMethod; with_matches matches :
    ::std::vec::Vec < crate ::beta::SensitiveContentLocation >; with_scope scope :
    rt::Flags < crate ::beta::SensitiveTypeScope >; with_sensitive_type_source
    sensitive_type_source : crate ::beta::SensitiveTypeSource; with_match_tolerance
    match_tolerance : rt::Flags < crate ::beta::MlClassificationMatchTolerance >;
    with_model_version model_version : ::std::string::String; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MachineLearningDetectedSensitiveContent);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mailFolder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MailFolderPath`](requests/trait.MailFolderPath.html), what a path to one (`EntityPath<AnyMailFolder, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailFolder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `childFolderCount`: `Edm.Int32`, nullable.
    pub child_folder_count: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isHidden`: `Edm.Boolean`, nullable.
    pub is_hidden: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `totalItemCount`: `Edm.Int32`, nullable.
    pub total_item_count: rt::Field<i32>,
    /// CSDL: property `unreadItemCount`: `Edm.Int32`, nullable.
    pub unread_item_count: rt::Field<i32>,
    /// CSDL: property `wellKnownName`: `Edm.String`, nullable.
    pub well_known_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `childFolders`: `Collection(microsoft.graph.mailFolder)`, not nullable.
    pub child_folders: rt::Field<::std::vec::Vec<crate::beta::AnyMailFolder>>,
    /// CSDL: containment navigation property `messageRules`: `Collection(microsoft.graph.messageRule)`, not nullable.
    pub message_rules: rt::Field<::std::vec::Vec<crate::beta::MessageRule>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.message)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::beta::AnyMessage>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `userConfigurations`: `Collection(microsoft.graph.userConfiguration)`, not nullable.
    pub user_configurations: rt::Field<::std::vec::Vec<crate::beta::UserConfiguration>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MailFolder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            child_folder_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_hidden: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            total_item_count: rt::Field::Absent,
            unread_item_count: rt::Field::Absent,
            well_known_name: rt::Field::Absent,
            child_folders: rt::Field::Absent,
            message_rules: rt::Field::Absent,
            messages: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            user_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MailFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.mailFolder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "childFolderCount",
        "displayName",
        "isHidden",
        "parentFolderId",
        "totalItemCount",
        "unreadItemCount",
        "wellKnownName",
        "childFolders",
        "messageRules",
        "messages",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "userConfigurations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"childFolderCount\":             ",
        ",\"displayName\":                  ",
        ",\"isHidden\":                     ",
        ",\"parentFolderId\":               ",
        ",\"totalItemCount\":               ",
        ",\"unreadItemCount\":              ",
        ",\"wellKnownName\":                ",
        ",\"childFolders\":                 ",
        ",\"messageRules\":                 ",
        ",\"messages\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"userConfigurations\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "child_folder_count", &self.child_folder_count);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_hidden", &self.is_hidden);
        v.field(4usize, "parent_folder_id", &self.parent_folder_id);
        v.field(5usize, "total_item_count", &self.total_item_count);
        v.field(6usize, "unread_item_count", &self.unread_item_count);
        v.field(7usize, "well_known_name", &self.well_known_name);
        v.field(8usize, "child_folders", &self.child_folders);
        v.field(9usize, "message_rules", &self.message_rules);
        v.field(10usize, "messages", &self.messages);
        v.field(
            11usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            12usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(13usize, "user_configurations", &self.user_configurations);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MailFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.child_folder_count.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_hidden.read_from(r),
            4usize => self.parent_folder_id.read_from(r),
            5usize => self.total_item_count.read_from(r),
            6usize => self.unread_item_count.read_from(r),
            7usize => self.well_known_name.read_from(r),
            8usize => self.child_folders.read_from(r),
            9usize => self.message_rules.read_from(r),
            10usize => self.messages.read_from(r),
            11usize => self.multi_value_extended_properties.read_from(r),
            12usize => self.single_value_extended_properties.read_from(r),
            13usize => self.user_configurations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.child_folder_count);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_hidden);
        w.field(4usize, &self.parent_folder_id);
        w.field(5usize, &self.total_item_count);
        w.field(6usize, &self.unread_item_count);
        w.field(7usize, &self.well_known_name);
        w.field(8usize, &self.child_folders);
        w.field(9usize, &self.message_rules);
        w.field(10usize, &self.messages);
        w.field(11usize, &self.multi_value_extended_properties);
        w.field(12usize, &self.single_value_extended_properties);
        w.field(13usize, &self.user_configurations);
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
rt::impl_object!(MailFolder);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MailFolder { with_id id : ::std::string::String; with_child_folder_count
    child_folder_count : i32; with_display_name display_name : ::std::string::String;
    with_is_hidden is_hidden : bool; with_parent_folder_id parent_folder_id :
    ::std::string::String; with_total_item_count total_item_count : i32;
    with_unread_item_count unread_item_count : i32; with_well_known_name well_known_name
    : ::std::string::String; with_child_folders child_folders : ::std::vec::Vec < crate
    ::beta::AnyMailFolder >; with_message_rules message_rules : ::std::vec::Vec < crate
    ::beta::MessageRule >; with_messages messages : ::std::vec::Vec < crate
    ::beta::AnyMessage >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; with_user_configurations
    user_configurations : ::std::vec::Vec < crate ::beta::UserConfiguration >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailFolder);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.mailFolder` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMailFolder {
    MailFolder(::std::boxed::Box<crate::beta::MailFolder>),
    MailSearchFolder(::std::boxed::Box<crate::beta::MailSearchFolder>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyMailFolder {
    #[inline]
    fn default() -> Self {
        Self::MailFolder(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailFolder> for AnyMailFolder {
    #[inline]
    fn from(v: crate::beta::MailFolder) -> Self {
        Self::MailFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailSearchFolder> for AnyMailFolder {
    #[inline]
    fn from(v: crate::beta::MailSearchFolder) -> Self {
        Self::MailSearchFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyMailFolder {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyMailFolder {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyMailFolder {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyMailFolder {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyMailFolder {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MailFolder>();
    rt::object::auto_traits::<crate::beta::MailSearchFolder>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyMailFolder {
    const BASE_NAME: &'static str = "microsoft.graph.mailFolder";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.mailSearchFolder") => {
                Self::MailSearchFolder(rt::object::new_boxed())
            }
            _ => Self::MailFolder(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MailFolder(v) => &**v,
            Self::MailSearchFolder(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MailFolder(v) => &mut **v,
            Self::MailSearchFolder(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyMailFolder {
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
            Self::MailFolder(v) => &v.id,
            Self::MailSearchFolder(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &mut v.id,
            Self::MailSearchFolder(v) => &mut v.id,
        }
    }
    /// `childFolderCount` of any variant.
    #[inline]
    pub fn child_folder_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &v.child_folder_count,
            Self::MailSearchFolder(v) => &v.child_folder_count,
        }
    }
    /// `childFolderCount` of any variant.
    #[inline]
    pub fn child_folder_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &mut v.child_folder_count,
            Self::MailSearchFolder(v) => &mut v.child_folder_count,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &v.display_name,
            Self::MailSearchFolder(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &mut v.display_name,
            Self::MailSearchFolder(v) => &mut v.display_name,
        }
    }
    /// `isHidden` of any variant.
    #[inline]
    pub fn is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::MailFolder(v) => &v.is_hidden,
            Self::MailSearchFolder(v) => &v.is_hidden,
        }
    }
    /// `isHidden` of any variant.
    #[inline]
    pub fn is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MailFolder(v) => &mut v.is_hidden,
            Self::MailSearchFolder(v) => &mut v.is_hidden,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &v.parent_folder_id,
            Self::MailSearchFolder(v) => &v.parent_folder_id,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &mut v.parent_folder_id,
            Self::MailSearchFolder(v) => &mut v.parent_folder_id,
        }
    }
    /// `totalItemCount` of any variant.
    #[inline]
    pub fn total_item_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &v.total_item_count,
            Self::MailSearchFolder(v) => &v.total_item_count,
        }
    }
    /// `totalItemCount` of any variant.
    #[inline]
    pub fn total_item_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &mut v.total_item_count,
            Self::MailSearchFolder(v) => &mut v.total_item_count,
        }
    }
    /// `unreadItemCount` of any variant.
    #[inline]
    pub fn unread_item_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &v.unread_item_count,
            Self::MailSearchFolder(v) => &v.unread_item_count,
        }
    }
    /// `unreadItemCount` of any variant.
    #[inline]
    pub fn unread_item_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &mut v.unread_item_count,
            Self::MailSearchFolder(v) => &mut v.unread_item_count,
        }
    }
    /// `wellKnownName` of any variant.
    #[inline]
    pub fn well_known_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &v.well_known_name,
            Self::MailSearchFolder(v) => &v.well_known_name,
        }
    }
    /// `wellKnownName` of any variant.
    #[inline]
    pub fn well_known_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &mut v.well_known_name,
            Self::MailSearchFolder(v) => &mut v.well_known_name,
        }
    }
    /// `childFolders` of any variant.
    #[inline]
    pub fn child_folders(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyMailFolder>> {
        match self {
            Self::MailFolder(v) => &v.child_folders,
            Self::MailSearchFolder(v) => &v.child_folders,
        }
    }
    /// `childFolders` of any variant.
    #[inline]
    pub fn child_folders_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyMailFolder>> {
        match self {
            Self::MailFolder(v) => &mut v.child_folders,
            Self::MailSearchFolder(v) => &mut v.child_folders,
        }
    }
    /// `messageRules` of any variant.
    #[inline]
    pub fn message_rules(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MessageRule>> {
        match self {
            Self::MailFolder(v) => &v.message_rules,
            Self::MailSearchFolder(v) => &v.message_rules,
        }
    }
    /// `messageRules` of any variant.
    #[inline]
    pub fn message_rules_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MessageRule>> {
        match self {
            Self::MailFolder(v) => &mut v.message_rules,
            Self::MailSearchFolder(v) => &mut v.message_rules,
        }
    }
    /// `messages` of any variant.
    #[inline]
    pub fn messages(&self) -> &rt::Field<::std::vec::Vec<crate::beta::AnyMessage>> {
        match self {
            Self::MailFolder(v) => &v.messages,
            Self::MailSearchFolder(v) => &v.messages,
        }
    }
    /// `messages` of any variant.
    #[inline]
    pub fn messages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyMessage>> {
        match self {
            Self::MailFolder(v) => &mut v.messages,
            Self::MailSearchFolder(v) => &mut v.messages,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::MailFolder(v) => &v.multi_value_extended_properties,
            Self::MailSearchFolder(v) => &v.multi_value_extended_properties,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::MailFolder(v) => &mut v.multi_value_extended_properties,
            Self::MailSearchFolder(v) => &mut v.multi_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::MailFolder(v) => &v.single_value_extended_properties,
            Self::MailSearchFolder(v) => &v.single_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    > {
        match self {
            Self::MailFolder(v) => &mut v.single_value_extended_properties,
            Self::MailSearchFolder(v) => &mut v.single_value_extended_properties,
        }
    }
    /// `userConfigurations` of any variant.
    #[inline]
    pub fn user_configurations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::UserConfiguration>> {
        match self {
            Self::MailFolder(v) => &v.user_configurations,
            Self::MailSearchFolder(v) => &v.user_configurations,
        }
    }
    /// `userConfigurations` of any variant.
    #[inline]
    pub fn user_configurations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UserConfiguration>> {
        match self {
            Self::MailFolder(v) => &mut v.user_configurations,
            Self::MailSearchFolder(v) => &mut v.user_configurations,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyMailFolder);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMailFolder);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mailSearchFolder`, entity type, derived from `microsoft.graph.mailFolder`, key `id`.
///
/// Request builders: [`MailFolderPath`](requests/trait.MailFolderPath.html), what a path to one (`EntityPath<MailSearchFolder, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailSearchFolder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `childFolderCount`: `Edm.Int32`, nullable.
    pub child_folder_count: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isHidden`: `Edm.Boolean`, nullable.
    pub is_hidden: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `totalItemCount`: `Edm.Int32`, nullable.
    pub total_item_count: rt::Field<i32>,
    /// CSDL: property `unreadItemCount`: `Edm.Int32`, nullable.
    pub unread_item_count: rt::Field<i32>,
    /// CSDL: property `wellKnownName`: `Edm.String`, nullable.
    pub well_known_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `childFolders`: `Collection(microsoft.graph.mailFolder)`, not nullable.
    pub child_folders: rt::Field<::std::vec::Vec<crate::beta::AnyMailFolder>>,
    /// CSDL: containment navigation property `messageRules`: `Collection(microsoft.graph.messageRule)`, not nullable.
    pub message_rules: rt::Field<::std::vec::Vec<crate::beta::MessageRule>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.message)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::beta::AnyMessage>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `userConfigurations`: `Collection(microsoft.graph.userConfiguration)`, not nullable.
    pub user_configurations: rt::Field<::std::vec::Vec<crate::beta::UserConfiguration>>,
    /// CSDL: property `filterQuery`: `Edm.String`, nullable.
    pub filter_query: rt::Field<::std::string::String>,
    /// CSDL: property `includeNestedFolders`: `Edm.Boolean`, nullable.
    pub include_nested_folders: rt::Field<bool>,
    /// CSDL: property `isSupported`: `Edm.Boolean`, nullable.
    pub is_supported: rt::Field<bool>,
    /// CSDL: property `sourceFolderIds`: `Collection(Edm.String)`, nullable.
    pub source_folder_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MailSearchFolder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            child_folder_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_hidden: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            total_item_count: rt::Field::Absent,
            unread_item_count: rt::Field::Absent,
            well_known_name: rt::Field::Absent,
            child_folders: rt::Field::Absent,
            message_rules: rt::Field::Absent,
            messages: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            user_configurations: rt::Field::Absent,
            filter_query: rt::Field::Absent,
            include_nested_folders: rt::Field::Absent,
            is_supported: rt::Field::Absent,
            source_folder_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MailSearchFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.mailSearchFolder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "childFolderCount",
        "displayName",
        "isHidden",
        "parentFolderId",
        "totalItemCount",
        "unreadItemCount",
        "wellKnownName",
        "childFolders",
        "messageRules",
        "messages",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "userConfigurations",
        "filterQuery",
        "includeNestedFolders",
        "isSupported",
        "sourceFolderIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"childFolderCount\":             ",
        ",\"displayName\":                  ",
        ",\"isHidden\":                     ",
        ",\"parentFolderId\":               ",
        ",\"totalItemCount\":               ",
        ",\"unreadItemCount\":              ",
        ",\"wellKnownName\":                ",
        ",\"childFolders\":                 ",
        ",\"messageRules\":                 ",
        ",\"messages\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"userConfigurations\":           ",
        ",\"filterQuery\":                  ",
        ",\"includeNestedFolders\":         ",
        ",\"isSupported\":                  ",
        ",\"sourceFolderIds\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailSearchFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "child_folder_count", &self.child_folder_count);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_hidden", &self.is_hidden);
        v.field(4usize, "parent_folder_id", &self.parent_folder_id);
        v.field(5usize, "total_item_count", &self.total_item_count);
        v.field(6usize, "unread_item_count", &self.unread_item_count);
        v.field(7usize, "well_known_name", &self.well_known_name);
        v.field(8usize, "child_folders", &self.child_folders);
        v.field(9usize, "message_rules", &self.message_rules);
        v.field(10usize, "messages", &self.messages);
        v.field(
            11usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            12usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(13usize, "user_configurations", &self.user_configurations);
        v.field(14usize, "filter_query", &self.filter_query);
        v.field(15usize, "include_nested_folders", &self.include_nested_folders);
        v.field(16usize, "is_supported", &self.is_supported);
        v.field(17usize, "source_folder_ids", &self.source_folder_ids);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MailSearchFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.child_folder_count.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_hidden.read_from(r),
            4usize => self.parent_folder_id.read_from(r),
            5usize => self.total_item_count.read_from(r),
            6usize => self.unread_item_count.read_from(r),
            7usize => self.well_known_name.read_from(r),
            8usize => self.child_folders.read_from(r),
            9usize => self.message_rules.read_from(r),
            10usize => self.messages.read_from(r),
            11usize => self.multi_value_extended_properties.read_from(r),
            12usize => self.single_value_extended_properties.read_from(r),
            13usize => self.user_configurations.read_from(r),
            14usize => self.filter_query.read_from(r),
            15usize => self.include_nested_folders.read_from(r),
            16usize => self.is_supported.read_from(r),
            17usize => self.source_folder_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.child_folder_count);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_hidden);
        w.field(4usize, &self.parent_folder_id);
        w.field(5usize, &self.total_item_count);
        w.field(6usize, &self.unread_item_count);
        w.field(7usize, &self.well_known_name);
        w.field(8usize, &self.child_folders);
        w.field(9usize, &self.message_rules);
        w.field(10usize, &self.messages);
        w.field(11usize, &self.multi_value_extended_properties);
        w.field(12usize, &self.single_value_extended_properties);
        w.field(13usize, &self.user_configurations);
        w.field(14usize, &self.filter_query);
        w.field(15usize, &self.include_nested_folders);
        w.field(16usize, &self.is_supported);
        w.field(17usize, &self.source_folder_ids);
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
rt::impl_object!(MailSearchFolder);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MailSearchFolder { with_id id : ::std::string::String; with_child_folder_count
    child_folder_count : i32; with_display_name display_name : ::std::string::String;
    with_is_hidden is_hidden : bool; with_parent_folder_id parent_folder_id :
    ::std::string::String; with_total_item_count total_item_count : i32;
    with_unread_item_count unread_item_count : i32; with_well_known_name well_known_name
    : ::std::string::String; with_child_folders child_folders : ::std::vec::Vec < crate
    ::beta::AnyMailFolder >; with_message_rules message_rules : ::std::vec::Vec < crate
    ::beta::MessageRule >; with_messages messages : ::std::vec::Vec < crate
    ::beta::AnyMessage >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; with_user_configurations
    user_configurations : ::std::vec::Vec < crate ::beta::UserConfiguration >;
    with_filter_query filter_query : ::std::string::String; with_include_nested_folders
    include_nested_folders : bool; with_is_supported is_supported : bool;
    with_source_folder_ids source_folder_ids : ::std::vec::Vec < ::std::string::String >;
    }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailSearchFolder);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mailTipsType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MailTipsType {
    /// `automaticReplies` (value 1).
    AutomaticReplies,
    /// `mailboxFullStatus` (value 2).
    MailboxFullStatus,
    /// `customMailTip` (value 4).
    CustomMailTip,
    /// `externalMemberCount` (value 8).
    ExternalMemberCount,
    /// `totalMemberCount` (value 16).
    TotalMemberCount,
    /// `maxMessageSize` (value 32).
    MaxMessageSize,
    /// `deliveryRestriction` (value 64).
    DeliveryRestriction,
    /// `moderationStatus` (value 128).
    ModerationStatus,
    /// `recipientScope` (value 256).
    RecipientScope,
    /// `recipientSuggestions` (value 512).
    RecipientSuggestions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for MailTipsType {
    const TYPE_NAME: &'static str = "microsoft.graph.mailTipsType";
    const MEMBERS: &'static [&'static str] = &[
        "automaticReplies",
        "mailboxFullStatus",
        "customMailTip",
        "externalMemberCount",
        "totalMemberCount",
        "maxMessageSize",
        "deliveryRestriction",
        "moderationStatus",
        "recipientScope",
        "recipientSuggestions",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "automaticReplies" => Self::AutomaticReplies,
                "mailboxFullStatus" => Self::MailboxFullStatus,
                "customMailTip" => Self::CustomMailTip,
                "externalMemberCount" => Self::ExternalMemberCount,
                "totalMemberCount" => Self::TotalMemberCount,
                "maxMessageSize" => Self::MaxMessageSize,
                "deliveryRestriction" => Self::DeliveryRestriction,
                "moderationStatus" => Self::ModerationStatus,
                "recipientScope" => Self::RecipientScope,
                "recipientSuggestions" => Self::RecipientSuggestions,
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
            Self::AutomaticReplies => "automaticReplies",
            Self::MailboxFullStatus => "mailboxFullStatus",
            Self::CustomMailTip => "customMailTip",
            Self::ExternalMemberCount => "externalMemberCount",
            Self::TotalMemberCount => "totalMemberCount",
            Self::MaxMessageSize => "maxMessageSize",
            Self::DeliveryRestriction => "deliveryRestriction",
            Self::ModerationStatus => "moderationStatus",
            Self::RecipientScope => "recipientScope",
            Self::RecipientSuggestions => "recipientSuggestions",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(MailTipsType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailTipsType);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.mailboxUsageDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct MailboxUsageDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDate`: `Edm.Date`, nullable.
    pub created_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `deletedItemCount`: `Edm.Int64`, nullable.
    pub deleted_item_count: rt::Field<i64>,
    /// CSDL: property `deletedItemSizeInBytes`: `Edm.Int64`, nullable.
    pub deleted_item_size_in_bytes: rt::Field<i64>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `issueWarningQuotaInBytes`: `Edm.Int64`, nullable.
    pub issue_warning_quota_in_bytes: rt::Field<i64>,
    /// CSDL: property `itemCount`: `Edm.Int64`, nullable.
    pub item_count: rt::Field<i64>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `prohibitSendQuotaInBytes`: `Edm.Int64`, nullable.
    pub prohibit_send_quota_in_bytes: rt::Field<i64>,
    /// CSDL: property `prohibitSendReceiveQuotaInBytes`: `Edm.Int64`, nullable.
    pub prohibit_send_receive_quota_in_bytes: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `storageUsedInBytes`: `Edm.Int64`, nullable.
    pub storage_used_in_bytes: rt::Field<i64>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for MailboxUsageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            deleted_item_count: rt::Field::Absent,
            deleted_item_size_in_bytes: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            issue_warning_quota_in_bytes: rt::Field::Absent,
            item_count: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            prohibit_send_quota_in_bytes: rt::Field::Absent,
            prohibit_send_receive_quota_in_bytes: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            storage_used_in_bytes: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for MailboxUsageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxUsageDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDate",
        "deletedDate",
        "deletedItemCount",
        "deletedItemSizeInBytes",
        "displayName",
        "isDeleted",
        "issueWarningQuotaInBytes",
        "itemCount",
        "lastActivityDate",
        "prohibitSendQuotaInBytes",
        "prohibitSendReceiveQuotaInBytes",
        "reportPeriod",
        "reportRefreshDate",
        "storageUsedInBytes",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDate\":                  ",
        ",\"deletedDate\":                  ",
        ",\"deletedItemCount\":             ",
        ",\"deletedItemSizeInBytes\":       ",
        ",\"displayName\":                  ",
        ",\"isDeleted\":                    ",
        ",\"issueWarningQuotaInBytes\":     ",
        ",\"itemCount\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"prohibitSendQuotaInBytes\":     ",
        ",\"prohibitSendReceiveQuotaInBytes\":",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"storageUsedInBytes\":           ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxUsageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date", &self.created_date);
        v.field(2usize, "deleted_date", &self.deleted_date);
        v.field(3usize, "deleted_item_count", &self.deleted_item_count);
        v.field(4usize, "deleted_item_size_in_bytes", &self.deleted_item_size_in_bytes);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "is_deleted", &self.is_deleted);
        v.field(
            7usize,
            "issue_warning_quota_in_bytes",
            &self.issue_warning_quota_in_bytes,
        );
        v.field(8usize, "item_count", &self.item_count);
        v.field(9usize, "last_activity_date", &self.last_activity_date);
        v.field(
            10usize,
            "prohibit_send_quota_in_bytes",
            &self.prohibit_send_quota_in_bytes,
        );
        v.field(
            11usize,
            "prohibit_send_receive_quota_in_bytes",
            &self.prohibit_send_receive_quota_in_bytes,
        );
        v.field(12usize, "report_period", &self.report_period);
        v.field(13usize, "report_refresh_date", &self.report_refresh_date);
        v.field(14usize, "storage_used_in_bytes", &self.storage_used_in_bytes);
        v.field(15usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for MailboxUsageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date.read_from(r),
            2usize => self.deleted_date.read_from(r),
            3usize => self.deleted_item_count.read_from(r),
            4usize => self.deleted_item_size_in_bytes.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.is_deleted.read_from(r),
            7usize => self.issue_warning_quota_in_bytes.read_from(r),
            8usize => self.item_count.read_from(r),
            9usize => self.last_activity_date.read_from(r),
            10usize => self.prohibit_send_quota_in_bytes.read_from(r),
            11usize => self.prohibit_send_receive_quota_in_bytes.read_from(r),
            12usize => self.report_period.read_from(r),
            13usize => self.report_refresh_date.read_from(r),
            14usize => self.storage_used_in_bytes.read_from(r),
            15usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date);
        w.field(2usize, &self.deleted_date);
        w.field(3usize, &self.deleted_item_count);
        w.field(4usize, &self.deleted_item_size_in_bytes);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.is_deleted);
        w.field(7usize, &self.issue_warning_quota_in_bytes);
        w.field(8usize, &self.item_count);
        w.field(9usize, &self.last_activity_date);
        w.field(10usize, &self.prohibit_send_quota_in_bytes);
        w.field(11usize, &self.prohibit_send_receive_quota_in_bytes);
        w.field(12usize, &self.report_period);
        w.field(13usize, &self.report_refresh_date);
        w.field(14usize, &self.storage_used_in_bytes);
        w.field(15usize, &self.user_principal_name);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(MailboxUsageDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    MailboxUsageDetail { with_id id : ::std::string::String; with_created_date
    created_date : rt::edm::Date; with_deleted_date deleted_date : rt::edm::Date;
    with_deleted_item_count deleted_item_count : i64; with_deleted_item_size_in_bytes
    deleted_item_size_in_bytes : i64; with_display_name display_name :
    ::std::string::String; with_is_deleted is_deleted : bool;
    with_issue_warning_quota_in_bytes issue_warning_quota_in_bytes : i64; with_item_count
    item_count : i64; with_last_activity_date last_activity_date : rt::edm::Date;
    with_prohibit_send_quota_in_bytes prohibit_send_quota_in_bytes : i64;
    with_prohibit_send_receive_quota_in_bytes prohibit_send_receive_quota_in_bytes : i64;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_storage_used_in_bytes storage_used_in_bytes
    : i64; with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxUsageDetail);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.malwareState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct MalwareState {
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `family`: `Edm.String`, nullable.
    pub family: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `severity`: `Edm.String`, nullable.
    pub severity: rt::Field<::std::string::String>,
    /// CSDL: property `wasRunning`: `Edm.Boolean`, nullable.
    pub was_running: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for MalwareState {
    #[inline]
    fn default() -> Self {
        Self {
            category: rt::Field::Absent,
            family: rt::Field::Absent,
            name: rt::Field::Absent,
            severity: rt::Field::Absent,
            was_running: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for MalwareState {
    const TYPE_NAME: &'static str = "microsoft.graph.malwareState";
    const KEYS: &'static [&'static str] = &[
        "category",
        "family",
        "name",
        "severity",
        "wasRunning",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"category\":                     ",
        ",\"family\":                       ",
        ",\"name\":                         ",
        ",\"severity\":                     ",
        ",\"wasRunning\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.malwareState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "category", &self.category);
        v.field(1usize, "family", &self.family);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "severity", &self.severity);
        v.field(4usize, "was_running", &self.was_running);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for MalwareState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.category.read_from(r),
            1usize => self.family.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.severity.read_from(r),
            4usize => self.was_running.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.category);
        w.field(1usize, &self.family);
        w.field(2usize, &self.name);
        w.field(3usize, &self.severity);
        w.field(4usize, &self.was_running);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(MalwareState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    MalwareState { with_category category : ::std::string::String; with_family family :
    ::std::string::String; with_name name : ::std::string::String; with_severity severity
    : ::std::string::String; with_was_running was_running : bool; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MalwareState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.managedDeviceCertificateState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceCertificateState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Extended key usage
    ///
    /// CSDL: property `certificateEnhancedKeyUsage`: `Edm.String`, nullable.
    pub certificate_enhanced_key_usage: rt::Field<::std::string::String>,
    /// Error code
    ///
    /// CSDL: property `certificateErrorCode`: `Edm.Int32`, not nullable.
    pub certificate_error_code: rt::Field<i32>,
    /// Certificate expiry date
    ///
    /// CSDL: property `certificateExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub certificate_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Issuance date
    ///
    /// CSDL: property `certificateIssuanceDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub certificate_issuance_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Issuance State
    ///
    /// CSDL: property `certificateIssuanceState`: `microsoft.graph.certificateIssuanceStates`, not nullable.
    pub certificate_issuance_state: rt::Field<crate::beta::CertificateIssuanceStates>,
    /// Issuer
    ///
    /// CSDL: property `certificateIssuer`: `Edm.String`, nullable.
    pub certificate_issuer: rt::Field<::std::string::String>,
    /// Key length
    ///
    /// CSDL: property `certificateKeyLength`: `Edm.Int32`, not nullable.
    pub certificate_key_length: rt::Field<i32>,
    /// Key Storage Provider
    ///
    /// CSDL: property `certificateKeyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub certificate_key_storage_provider: rt::Field<
        crate::beta::KeyStorageProviderOption,
    >,
    /// Key usage
    ///
    /// CSDL: property `certificateKeyUsage`: `microsoft.graph.keyUsages`, not nullable.
    pub certificate_key_usage: rt::Field<rt::Flags<crate::beta::KeyUsages>>,
    /// Last certificate issuance state change
    ///
    /// CSDL: property `certificateLastIssuanceStateChangedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub certificate_last_issuance_state_changed_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Certificate profile display name
    ///
    /// CSDL: property `certificateProfileDisplayName`: `Edm.String`, nullable.
    pub certificate_profile_display_name: rt::Field<::std::string::String>,
    /// Revoke status
    ///
    /// CSDL: property `certificateRevokeStatus`: `microsoft.graph.certificateRevocationStatus`, not nullable.
    pub certificate_revoke_status: rt::Field<crate::beta::CertificateRevocationStatus>,
    /// Serial number
    ///
    /// CSDL: property `certificateSerialNumber`: `Edm.String`, nullable.
    pub certificate_serial_number: rt::Field<::std::string::String>,
    /// Subject alternative name format
    ///
    /// CSDL: property `certificateSubjectAlternativeNameFormat`: `microsoft.graph.subjectAlternativeNameType`, not nullable.
    pub certificate_subject_alternative_name_format: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Subject alternative name format string for custom formats
    ///
    /// CSDL: property `certificateSubjectAlternativeNameFormatString`: `Edm.String`, nullable.
    pub certificate_subject_alternative_name_format_string: rt::Field<
        ::std::string::String,
    >,
    /// Subject name format
    ///
    /// CSDL: property `certificateSubjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub certificate_subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Subject name format string for custom subject name formats
    ///
    /// CSDL: property `certificateSubjectNameFormatString`: `Edm.String`, nullable.
    pub certificate_subject_name_format_string: rt::Field<::std::string::String>,
    /// Thumbprint
    ///
    /// CSDL: property `certificateThumbprint`: `Edm.String`, nullable.
    pub certificate_thumbprint: rt::Field<::std::string::String>,
    /// Validity period
    ///
    /// CSDL: property `certificateValidityPeriod`: `Edm.Int32`, not nullable.
    pub certificate_validity_period: rt::Field<i32>,
    /// Validity period units
    ///
    /// CSDL: property `certificateValidityPeriodUnits`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_units: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Device display name
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// Device platform
    ///
    /// CSDL: property `devicePlatform`: `microsoft.graph.devicePlatformType`, not nullable.
    pub device_platform: rt::Field<crate::beta::DevicePlatformType>,
    /// Last certificate issuance state change
    ///
    /// CSDL: property `lastCertificateStateChangeDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_certificate_state_change_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// User display name
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagedDeviceCertificateState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            certificate_enhanced_key_usage: rt::Field::Absent,
            certificate_error_code: rt::Field::Absent,
            certificate_expiration_date_time: rt::Field::Absent,
            certificate_issuance_date_time: rt::Field::Absent,
            certificate_issuance_state: rt::Field::Absent,
            certificate_issuer: rt::Field::Absent,
            certificate_key_length: rt::Field::Absent,
            certificate_key_storage_provider: rt::Field::Absent,
            certificate_key_usage: rt::Field::Absent,
            certificate_last_issuance_state_changed_date_time: rt::Field::Absent,
            certificate_profile_display_name: rt::Field::Absent,
            certificate_revoke_status: rt::Field::Absent,
            certificate_serial_number: rt::Field::Absent,
            certificate_subject_alternative_name_format: rt::Field::Absent,
            certificate_subject_alternative_name_format_string: rt::Field::Absent,
            certificate_subject_name_format: rt::Field::Absent,
            certificate_subject_name_format_string: rt::Field::Absent,
            certificate_thumbprint: rt::Field::Absent,
            certificate_validity_period: rt::Field::Absent,
            certificate_validity_period_units: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_platform: rt::Field::Absent,
            last_certificate_state_change_date_time: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagedDeviceCertificateState {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceCertificateState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "certificateEnhancedKeyUsage",
        "certificateErrorCode",
        "certificateExpirationDateTime",
        "certificateIssuanceDateTime",
        "certificateIssuanceState",
        "certificateIssuer",
        "certificateKeyLength",
        "certificateKeyStorageProvider",
        "certificateKeyUsage",
        "certificateLastIssuanceStateChangedDateTime",
        "certificateProfileDisplayName",
        "certificateRevokeStatus",
        "certificateSerialNumber",
        "certificateSubjectAlternativeNameFormat",
        "certificateSubjectAlternativeNameFormatString",
        "certificateSubjectNameFormat",
        "certificateSubjectNameFormatString",
        "certificateThumbprint",
        "certificateValidityPeriod",
        "certificateValidityPeriodUnits",
        "deviceDisplayName",
        "devicePlatform",
        "lastCertificateStateChangeDateTime",
        "userDisplayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"certificateEnhancedKeyUsage\":  ",
        ",\"certificateErrorCode\":         ",
        ",\"certificateExpirationDateTime\":",
        ",\"certificateIssuanceDateTime\":  ",
        ",\"certificateIssuanceState\":     ",
        ",\"certificateIssuer\":            ",
        ",\"certificateKeyLength\":         ",
        ",\"certificateKeyStorageProvider\":",
        ",\"certificateKeyUsage\":          ",
        ",\"certificateLastIssuanceStateChangedDateTime\":",
        ",\"certificateProfileDisplayName\":",
        ",\"certificateRevokeStatus\":      ",
        ",\"certificateSerialNumber\":      ",
        ",\"certificateSubjectAlternativeNameFormat\":",
        ",\"certificateSubjectAlternativeNameFormatString\":",
        ",\"certificateSubjectNameFormat\": ",
        ",\"certificateSubjectNameFormatString\":",
        ",\"certificateThumbprint\":        ",
        ",\"certificateValidityPeriod\":    ",
        ",\"certificateValidityPeriodUnits\":",
        ",\"deviceDisplayName\":            ",
        ",\"devicePlatform\":               ",
        ",\"lastCertificateStateChangeDateTime\":",
        ",\"userDisplayName\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceCertificateState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "certificate_enhanced_key_usage",
            &self.certificate_enhanced_key_usage,
        );
        v.field(2usize, "certificate_error_code", &self.certificate_error_code);
        v.field(
            3usize,
            "certificate_expiration_date_time",
            &self.certificate_expiration_date_time,
        );
        v.field(
            4usize,
            "certificate_issuance_date_time",
            &self.certificate_issuance_date_time,
        );
        v.field(5usize, "certificate_issuance_state", &self.certificate_issuance_state);
        v.field(6usize, "certificate_issuer", &self.certificate_issuer);
        v.field(7usize, "certificate_key_length", &self.certificate_key_length);
        v.field(
            8usize,
            "certificate_key_storage_provider",
            &self.certificate_key_storage_provider,
        );
        v.field(9usize, "certificate_key_usage", &self.certificate_key_usage);
        v.field(
            10usize,
            "certificate_last_issuance_state_changed_date_time",
            &self.certificate_last_issuance_state_changed_date_time,
        );
        v.field(
            11usize,
            "certificate_profile_display_name",
            &self.certificate_profile_display_name,
        );
        v.field(12usize, "certificate_revoke_status", &self.certificate_revoke_status);
        v.field(13usize, "certificate_serial_number", &self.certificate_serial_number);
        v.field(
            14usize,
            "certificate_subject_alternative_name_format",
            &self.certificate_subject_alternative_name_format,
        );
        v.field(
            15usize,
            "certificate_subject_alternative_name_format_string",
            &self.certificate_subject_alternative_name_format_string,
        );
        v.field(
            16usize,
            "certificate_subject_name_format",
            &self.certificate_subject_name_format,
        );
        v.field(
            17usize,
            "certificate_subject_name_format_string",
            &self.certificate_subject_name_format_string,
        );
        v.field(18usize, "certificate_thumbprint", &self.certificate_thumbprint);
        v.field(
            19usize,
            "certificate_validity_period",
            &self.certificate_validity_period,
        );
        v.field(
            20usize,
            "certificate_validity_period_units",
            &self.certificate_validity_period_units,
        );
        v.field(21usize, "device_display_name", &self.device_display_name);
        v.field(22usize, "device_platform", &self.device_platform);
        v.field(
            23usize,
            "last_certificate_state_change_date_time",
            &self.last_certificate_state_change_date_time,
        );
        v.field(24usize, "user_display_name", &self.user_display_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagedDeviceCertificateState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.certificate_enhanced_key_usage.read_from(r),
            2usize => self.certificate_error_code.read_from(r),
            3usize => self.certificate_expiration_date_time.read_from(r),
            4usize => self.certificate_issuance_date_time.read_from(r),
            5usize => self.certificate_issuance_state.read_from(r),
            6usize => self.certificate_issuer.read_from(r),
            7usize => self.certificate_key_length.read_from(r),
            8usize => self.certificate_key_storage_provider.read_from(r),
            9usize => self.certificate_key_usage.read_from(r),
            10usize => {
                self.certificate_last_issuance_state_changed_date_time.read_from(r)
            }
            11usize => self.certificate_profile_display_name.read_from(r),
            12usize => self.certificate_revoke_status.read_from(r),
            13usize => self.certificate_serial_number.read_from(r),
            14usize => self.certificate_subject_alternative_name_format.read_from(r),
            15usize => {
                self.certificate_subject_alternative_name_format_string.read_from(r)
            }
            16usize => self.certificate_subject_name_format.read_from(r),
            17usize => self.certificate_subject_name_format_string.read_from(r),
            18usize => self.certificate_thumbprint.read_from(r),
            19usize => self.certificate_validity_period.read_from(r),
            20usize => self.certificate_validity_period_units.read_from(r),
            21usize => self.device_display_name.read_from(r),
            22usize => self.device_platform.read_from(r),
            23usize => self.last_certificate_state_change_date_time.read_from(r),
            24usize => self.user_display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.certificate_enhanced_key_usage);
        w.field(2usize, &self.certificate_error_code);
        w.field(3usize, &self.certificate_expiration_date_time);
        w.field(4usize, &self.certificate_issuance_date_time);
        w.field(5usize, &self.certificate_issuance_state);
        w.field(6usize, &self.certificate_issuer);
        w.field(7usize, &self.certificate_key_length);
        w.field(8usize, &self.certificate_key_storage_provider);
        w.field(9usize, &self.certificate_key_usage);
        w.field(10usize, &self.certificate_last_issuance_state_changed_date_time);
        w.field(11usize, &self.certificate_profile_display_name);
        w.field(12usize, &self.certificate_revoke_status);
        w.field(13usize, &self.certificate_serial_number);
        w.field(14usize, &self.certificate_subject_alternative_name_format);
        w.field(15usize, &self.certificate_subject_alternative_name_format_string);
        w.field(16usize, &self.certificate_subject_name_format);
        w.field(17usize, &self.certificate_subject_name_format_string);
        w.field(18usize, &self.certificate_thumbprint);
        w.field(19usize, &self.certificate_validity_period);
        w.field(20usize, &self.certificate_validity_period_units);
        w.field(21usize, &self.device_display_name);
        w.field(22usize, &self.device_platform);
        w.field(23usize, &self.last_certificate_state_change_date_time);
        w.field(24usize, &self.user_display_name);
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
rt::impl_object!(ManagedDeviceCertificateState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagedDeviceCertificateState { with_id id : ::std::string::String;
    with_certificate_enhanced_key_usage certificate_enhanced_key_usage :
    ::std::string::String; with_certificate_error_code certificate_error_code : i32;
    with_certificate_expiration_date_time certificate_expiration_date_time :
    rt::edm::DateTimeOffset; with_certificate_issuance_date_time
    certificate_issuance_date_time : rt::edm::DateTimeOffset;
    with_certificate_issuance_state certificate_issuance_state : crate
    ::beta::CertificateIssuanceStates; with_certificate_issuer certificate_issuer :
    ::std::string::String; with_certificate_key_length certificate_key_length : i32;
    with_certificate_key_storage_provider certificate_key_storage_provider : crate
    ::beta::KeyStorageProviderOption; with_certificate_key_usage certificate_key_usage :
    rt::Flags < crate ::beta::KeyUsages >;
    with_certificate_last_issuance_state_changed_date_time
    certificate_last_issuance_state_changed_date_time : rt::edm::DateTimeOffset;
    with_certificate_profile_display_name certificate_profile_display_name :
    ::std::string::String; with_certificate_revoke_status certificate_revoke_status :
    crate ::beta::CertificateRevocationStatus; with_certificate_serial_number
    certificate_serial_number : ::std::string::String;
    with_certificate_subject_alternative_name_format
    certificate_subject_alternative_name_format : rt::Flags < crate
    ::beta::SubjectAlternativeNameType >;
    with_certificate_subject_alternative_name_format_string
    certificate_subject_alternative_name_format_string : ::std::string::String;
    with_certificate_subject_name_format certificate_subject_name_format : crate
    ::beta::SubjectNameFormat; with_certificate_subject_name_format_string
    certificate_subject_name_format_string : ::std::string::String;
    with_certificate_thumbprint certificate_thumbprint : ::std::string::String;
    with_certificate_validity_period certificate_validity_period : i32;
    with_certificate_validity_period_units certificate_validity_period_units : crate
    ::beta::CertificateValidityPeriodScale; with_device_display_name device_display_name
    : ::std::string::String; with_device_platform device_platform : crate
    ::beta::DevicePlatformType; with_last_certificate_state_change_date_time
    last_certificate_state_change_date_time : rt::edm::DateTimeOffset;
    with_user_display_name user_display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceCertificateState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Define the rule when the admin wants the devices to be cleaned up.
///
/// CSDL: `microsoft.graph.managedDeviceCleanupSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceCleanupSettings {
    /// Number of days when the device has not contacted Intune.
    ///
    /// CSDL: property `deviceInactivityBeforeRetirementInDays`: `Edm.String`, nullable.
    pub device_inactivity_before_retirement_in_days: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagedDeviceCleanupSettings {
    #[inline]
    fn default() -> Self {
        Self {
            device_inactivity_before_retirement_in_days: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagedDeviceCleanupSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceCleanupSettings";
    const KEYS: &'static [&'static str] = &["deviceInactivityBeforeRetirementInDays"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceInactivityBeforeRetirementInDays\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceCleanupSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_inactivity_before_retirement_in_days",
            &self.device_inactivity_before_retirement_in_days,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagedDeviceCleanupSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_inactivity_before_retirement_in_days.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_inactivity_before_retirement_in_days);
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
rt::impl_object!(ManagedDeviceCleanupSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagedDeviceCleanupSettings { with_device_inactivity_before_retirement_in_days
    device_inactivity_before_retirement_in_days : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceCleanupSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.managedDeviceManagementFeatures`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedDeviceManagementFeatures {
    /// `none` (value 0).
    None,
    /// `microsoftManagedDesktop` (value 1).
    MicrosoftManagedDesktop,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ManagedDeviceManagementFeatures {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceManagementFeatures";
    const MEMBERS: &'static [&'static str] = &["none", "microsoftManagedDesktop"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "microsoftManagedDesktop" => Self::MicrosoftManagedDesktop,
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
            Self::MicrosoftManagedDesktop => "microsoftManagedDesktop",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ManagedDeviceManagementFeatures);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceManagementFeatures);
#[cfg(msgraph_beta_search)]
/// Models and Manufactures meatadata for managed devices in the account
///
/// CSDL: `microsoft.graph.managedDeviceModelsAndManufacturers`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceModelsAndManufacturers {
    /// List of Manufactures for managed devices in the account
    ///
    /// CSDL: property `deviceManufacturers`: `Collection(Edm.String)`, nullable.
    pub device_manufacturers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of Models for managed devices in the account
    ///
    /// CSDL: property `deviceModels`: `Collection(Edm.String)`, nullable.
    pub device_models: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ManagedDeviceModelsAndManufacturers {
    #[inline]
    fn default() -> Self {
        Self {
            device_manufacturers: rt::Field::Absent,
            device_models: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ManagedDeviceModelsAndManufacturers {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceModelsAndManufacturers";
    const KEYS: &'static [&'static str] = &["deviceManufacturers", "deviceModels"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceManufacturers\":          ",
        ",\"deviceModels\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceModelsAndManufacturers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_manufacturers", &self.device_manufacturers);
        v.field(1usize, "device_models", &self.device_models);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ManagedDeviceModelsAndManufacturers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_manufacturers.read_from(r),
            1usize => self.device_models.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_manufacturers);
        w.field(1usize, &self.device_models);
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(ManagedDeviceModelsAndManufacturers);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ManagedDeviceModelsAndManufacturers { with_device_manufacturers device_manufacturers
    : ::std::vec::Vec < ::std::string::String >; with_device_models device_models :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceModelsAndManufacturers);
#[cfg(msgraph_beta_search)]
/// Summary data for managed devices
///
/// CSDL: `microsoft.graph.managedDeviceOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedDeviceOverviewPath`](requests/trait.ManagedDeviceOverviewPath.html), what a path to one (`EntityPath<ManagedDeviceOverview, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Distribution of Exchange Access State in Intune
    ///
    /// CSDL: property `deviceExchangeAccessStateSummary`: `microsoft.graph.deviceExchangeAccessStateSummary`, nullable.
    pub device_exchange_access_state_summary: rt::Field<
        crate::beta::DeviceExchangeAccessStateSummary,
    >,
    /// Device operating system summary.
    ///
    /// CSDL: property `deviceOperatingSystemSummary`: `microsoft.graph.deviceOperatingSystemSummary`, nullable.
    pub device_operating_system_summary: rt::Field<
        crate::beta::DeviceOperatingSystemSummary,
    >,
    /// The number of devices enrolled in both MDM and EAS
    ///
    /// CSDL: property `dualEnrolledDeviceCount`: `Edm.Int32`, not nullable.
    pub dual_enrolled_device_count: rt::Field<i32>,
    /// Total enrolled device count. Does not include PC devices managed via Intune PC Agent
    ///
    /// CSDL: property `enrolledDeviceCount`: `Edm.Int32`, not nullable.
    pub enrolled_device_count: rt::Field<i32>,
    /// Last modified date time of device overview
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Models and Manufactures meatadata for managed devices in the account
    ///
    /// CSDL: property `managedDeviceModelsAndManufacturers`: `microsoft.graph.managedDeviceModelsAndManufacturers`, nullable.
    pub managed_device_models_and_manufacturers: rt::Field<
        crate::beta::ManagedDeviceModelsAndManufacturers,
    >,
    /// The number of devices enrolled in MDM
    ///
    /// CSDL: property `mdmEnrolledCount`: `Edm.Int32`, not nullable.
    pub mdm_enrolled_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ManagedDeviceOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_exchange_access_state_summary: rt::Field::Absent,
            device_operating_system_summary: rt::Field::Absent,
            dual_enrolled_device_count: rt::Field::Absent,
            enrolled_device_count: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            managed_device_models_and_manufacturers: rt::Field::Absent,
            mdm_enrolled_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ManagedDeviceOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceExchangeAccessStateSummary",
        "deviceOperatingSystemSummary",
        "dualEnrolledDeviceCount",
        "enrolledDeviceCount",
        "lastModifiedDateTime",
        "managedDeviceModelsAndManufacturers",
        "mdmEnrolledCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceExchangeAccessStateSummary\":",
        ",\"deviceOperatingSystemSummary\": ",
        ",\"dualEnrolledDeviceCount\":      ",
        ",\"enrolledDeviceCount\":          ",
        ",\"lastModifiedDateTime\":         ",
        ",\"managedDeviceModelsAndManufacturers\":",
        ",\"mdmEnrolledCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "device_exchange_access_state_summary",
            &self.device_exchange_access_state_summary,
        );
        v.field(
            2usize,
            "device_operating_system_summary",
            &self.device_operating_system_summary,
        );
        v.field(3usize, "dual_enrolled_device_count", &self.dual_enrolled_device_count);
        v.field(4usize, "enrolled_device_count", &self.enrolled_device_count);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            6usize,
            "managed_device_models_and_manufacturers",
            &self.managed_device_models_and_manufacturers,
        );
        v.field(7usize, "mdm_enrolled_count", &self.mdm_enrolled_count);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ManagedDeviceOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_exchange_access_state_summary.read_from(r),
            2usize => self.device_operating_system_summary.read_from(r),
            3usize => self.dual_enrolled_device_count.read_from(r),
            4usize => self.enrolled_device_count.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.managed_device_models_and_manufacturers.read_from(r),
            7usize => self.mdm_enrolled_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_exchange_access_state_summary);
        w.field(2usize, &self.device_operating_system_summary);
        w.field(3usize, &self.dual_enrolled_device_count);
        w.field(4usize, &self.enrolled_device_count);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.managed_device_models_and_manufacturers);
        w.field(7usize, &self.mdm_enrolled_count);
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(ManagedDeviceOverview);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ManagedDeviceOverview { with_id id : ::std::string::String;
    with_device_exchange_access_state_summary device_exchange_access_state_summary :
    crate ::beta::DeviceExchangeAccessStateSummary; with_device_operating_system_summary
    device_operating_system_summary : crate ::beta::DeviceOperatingSystemSummary;
    with_dual_enrolled_device_count dual_enrolled_device_count : i32;
    with_enrolled_device_count enrolled_device_count : i32; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset;
    with_managed_device_models_and_manufacturers managed_device_models_and_manufacturers
    : crate ::beta::ManagedDeviceModelsAndManufacturers; with_mdm_enrolled_count
    mdm_enrolled_count : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceOverview);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.managedDeviceOwnerType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedDeviceOwnerType {
    /// `unknown` (value 0).
    Unknown,
    /// `company` (value 1).
    Company,
    /// `personal` (value 2).
    Personal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ManagedDeviceOwnerType {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceOwnerType";
    const MEMBERS: &'static [&'static str] = &["unknown", "company", "personal"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "company" => Self::Company,
                "personal" => Self::Personal,
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
            Self::Unknown => "unknown",
            Self::Company => "company",
            Self::Personal => "personal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ManagedDeviceOwnerType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceOwnerType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.managementAgentType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagementAgentType {
    /// `eas` (value 1).
    Eas,
    /// `mdm` (value 2).
    Mdm,
    /// `easMdm` (value 3).
    EasMdm,
    /// `intuneClient` (value 4).
    IntuneClient,
    /// `easIntuneClient` (value 5).
    EasIntuneClient,
    /// `configurationManagerClient` (value 8).
    ConfigurationManagerClient,
    /// `configurationManagerClientMdm` (value 10).
    ConfigurationManagerClientMdm,
    /// `configurationManagerClientMdmEas` (value 11).
    ConfigurationManagerClientMdmEas,
    /// `unknown` (value 16).
    Unknown,
    /// `jamf` (value 32).
    Jamf,
    /// `googleCloudDevicePolicyController` (value 64).
    GoogleCloudDevicePolicyController,
    /// `microsoft365ManagedMdm` (value 258).
    Microsoft365ManagedMdm,
    /// `windowsManagementCloudApi` (value 512).
    WindowsManagementCloudApi,
    /// `intuneAosp` (value 2048).
    IntuneAosp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ManagementAgentType {
    const TYPE_NAME: &'static str = "microsoft.graph.managementAgentType";
    const MEMBERS: &'static [&'static str] = &[
        "eas",
        "mdm",
        "easMdm",
        "intuneClient",
        "easIntuneClient",
        "configurationManagerClient",
        "configurationManagerClientMdm",
        "configurationManagerClientMdmEas",
        "unknown",
        "jamf",
        "googleCloudDevicePolicyController",
        "microsoft365ManagedMdm",
        "windowsManagementCloudApi",
        "intuneAosp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "eas" => Self::Eas,
                "mdm" => Self::Mdm,
                "easMdm" => Self::EasMdm,
                "intuneClient" => Self::IntuneClient,
                "easIntuneClient" => Self::EasIntuneClient,
                "configurationManagerClient" => Self::ConfigurationManagerClient,
                "configurationManagerClientMdm" => Self::ConfigurationManagerClientMdm,
                "configurationManagerClientMdmEas" => {
                    Self::ConfigurationManagerClientMdmEas
                }
                "unknown" => Self::Unknown,
                "jamf" => Self::Jamf,
                "googleCloudDevicePolicyController" => {
                    Self::GoogleCloudDevicePolicyController
                }
                "microsoft365ManagedMdm" => Self::Microsoft365ManagedMdm,
                "windowsManagementCloudApi" => Self::WindowsManagementCloudApi,
                "intuneAosp" => Self::IntuneAosp,
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
            Self::Eas => "eas",
            Self::Mdm => "mdm",
            Self::EasMdm => "easMdm",
            Self::IntuneClient => "intuneClient",
            Self::EasIntuneClient => "easIntuneClient",
            Self::ConfigurationManagerClient => "configurationManagerClient",
            Self::ConfigurationManagerClientMdm => "configurationManagerClientMdm",
            Self::ConfigurationManagerClientMdmEas => "configurationManagerClientMdmEas",
            Self::Unknown => "unknown",
            Self::Jamf => "jamf",
            Self::GoogleCloudDevicePolicyController => {
                "googleCloudDevicePolicyController"
            }
            Self::Microsoft365ManagedMdm => "microsoft365ManagedMdm",
            Self::WindowsManagementCloudApi => "windowsManagementCloudApi",
            Self::IntuneAosp => "intuneAosp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ManagementAgentType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementAgentType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Management conditions are events that can be triggered dynamically such as geo-fences, time-fences, and network-fences.
///
/// CSDL: `microsoft.graph.managementCondition`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagementConditionPath`](requests/trait.ManagementConditionPath.html), what a path to one (`EntityPath<AnyManagementCondition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagementCondition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The applicable platforms for this management condition.
    ///
    /// CSDL: property `applicablePlatforms`: `Collection(microsoft.graph.devicePlatformType)`, not nullable.
    pub applicable_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::DevicePlatformType>,
    >,
    /// The time the management condition was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The admin defined description of the management condition.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The admin defined name of the management condition.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// ETag of the management condition. Updated service side.
    ///
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// The time the management condition was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Unique name for the management condition. Used in management condition expressions.
    ///
    /// CSDL: property `uniqueName`: `Edm.String`, not nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// The management condition statements associated to the management condition.
    ///
    /// CSDL: navigation property `managementConditionStatements`: `Collection(microsoft.graph.managementConditionStatement)`, not nullable.
    pub management_condition_statements: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementConditionStatement>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagementCondition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_platforms: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            management_condition_statements: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagementCondition {
    const TYPE_NAME: &'static str = "microsoft.graph.managementCondition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicablePlatforms",
        "createdDateTime",
        "description",
        "displayName",
        "eTag",
        "modifiedDateTime",
        "uniqueName",
        "managementConditionStatements",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicablePlatforms\":          ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"eTag\":                         ",
        ",\"modifiedDateTime\":             ",
        ",\"uniqueName\":                   ",
        ",\"managementConditionStatements\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managementCondition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_platforms", &self.applicable_platforms);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "e_tag", &self.e_tag);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "unique_name", &self.unique_name);
        v.field(
            8usize,
            "management_condition_statements",
            &self.management_condition_statements,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagementCondition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_platforms.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.e_tag.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.unique_name.read_from(r),
            8usize => self.management_condition_statements.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_platforms);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.e_tag);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.unique_name);
        w.field(8usize, &self.management_condition_statements);
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
rt::impl_object!(ManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagementCondition { with_id id : ::std::string::String; with_applicable_platforms
    applicable_platforms : ::std::vec::Vec < crate ::beta::DevicePlatformType >;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_e_tag e_tag : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset;
    with_unique_name unique_name : ::std::string::String;
    with_management_condition_statements management_condition_statements :
    ::std::vec::Vec < crate ::beta::ManagementConditionStatement >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.managementCondition` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagementCondition {
    ManagementCondition(::std::boxed::Box<crate::beta::ManagementCondition>),
    CircularGeofenceManagementCondition(
        ::std::boxed::Box<crate::beta::CircularGeofenceManagementCondition>,
    ),
    LocationManagementCondition(
        ::std::boxed::Box<crate::beta::LocationManagementCondition>,
    ),
    NetworkIPv4ConfigurationManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkIPv4ConfigurationManagementCondition>,
    ),
    NetworkIPv6ConfigurationManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkIPv6ConfigurationManagementCondition>,
    ),
    NetworkManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkManagementCondition>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyManagementCondition {
    #[inline]
    fn default() -> Self {
        Self::ManagementCondition(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagementCondition> for AnyManagementCondition {
    #[inline]
    fn from(v: crate::beta::ManagementCondition) -> Self {
        Self::ManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CircularGeofenceManagementCondition>
for AnyManagementCondition {
    #[inline]
    fn from(v: crate::beta::CircularGeofenceManagementCondition) -> Self {
        Self::CircularGeofenceManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LocationManagementCondition>
for AnyManagementCondition {
    #[inline]
    fn from(v: crate::beta::LocationManagementCondition) -> Self {
        Self::LocationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkIPv4ConfigurationManagementCondition>
for AnyManagementCondition {
    #[inline]
    fn from(v: crate::beta::NetworkIPv4ConfigurationManagementCondition) -> Self {
        Self::NetworkIPv4ConfigurationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkIPv6ConfigurationManagementCondition>
for AnyManagementCondition {
    #[inline]
    fn from(v: crate::beta::NetworkIPv6ConfigurationManagementCondition) -> Self {
        Self::NetworkIPv6ConfigurationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkManagementCondition>
for AnyManagementCondition {
    #[inline]
    fn from(v: crate::beta::NetworkManagementCondition) -> Self {
        Self::NetworkManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagementCondition>();
    rt::object::auto_traits::<crate::beta::CircularGeofenceManagementCondition>();
    rt::object::auto_traits::<crate::beta::LocationManagementCondition>();
    rt::object::auto_traits::<
        crate::beta::NetworkIPv4ConfigurationManagementCondition,
    >();
    rt::object::auto_traits::<
        crate::beta::NetworkIPv6ConfigurationManagementCondition,
    >();
    rt::object::auto_traits::<crate::beta::NetworkManagementCondition>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyManagementCondition {
    const BASE_NAME: &'static str = "microsoft.graph.managementCondition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.circularGeofenceManagementCondition",
            ) => Self::CircularGeofenceManagementCondition(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.locationManagementCondition",
            ) => Self::LocationManagementCondition(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.networkIPv4ConfigurationManagementCondition",
            ) => {
                Self::NetworkIPv4ConfigurationManagementCondition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.networkIPv6ConfigurationManagementCondition",
            ) => {
                Self::NetworkIPv6ConfigurationManagementCondition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some("microsoft.graph.networkManagementCondition") => {
                Self::NetworkManagementCondition(rt::object::new_boxed())
            }
            _ => Self::ManagementCondition(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagementCondition(v) => &**v,
            Self::CircularGeofenceManagementCondition(v) => &**v,
            Self::LocationManagementCondition(v) => &**v,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &**v,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &**v,
            Self::NetworkManagementCondition(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagementCondition(v) => &mut **v,
            Self::CircularGeofenceManagementCondition(v) => &mut **v,
            Self::LocationManagementCondition(v) => &mut **v,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut **v,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut **v,
            Self::NetworkManagementCondition(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyManagementCondition {
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
            Self::ManagementCondition(v) => &v.id,
            Self::CircularGeofenceManagementCondition(v) => &v.id,
            Self::LocationManagementCondition(v) => &v.id,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.id,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.id,
            Self::NetworkManagementCondition(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &mut v.id,
            Self::CircularGeofenceManagementCondition(v) => &mut v.id,
            Self::LocationManagementCondition(v) => &mut v.id,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.id,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.id,
            Self::NetworkManagementCondition(v) => &mut v.id,
        }
    }
    /// `applicablePlatforms` of any variant.
    #[inline]
    pub fn applicable_platforms(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DevicePlatformType>> {
        match self {
            Self::ManagementCondition(v) => &v.applicable_platforms,
            Self::CircularGeofenceManagementCondition(v) => &v.applicable_platforms,
            Self::LocationManagementCondition(v) => &v.applicable_platforms,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &v.applicable_platforms
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &v.applicable_platforms
            }
            Self::NetworkManagementCondition(v) => &v.applicable_platforms,
        }
    }
    /// `applicablePlatforms` of any variant.
    #[inline]
    pub fn applicable_platforms_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DevicePlatformType>> {
        match self {
            Self::ManagementCondition(v) => &mut v.applicable_platforms,
            Self::CircularGeofenceManagementCondition(v) => &mut v.applicable_platforms,
            Self::LocationManagementCondition(v) => &mut v.applicable_platforms,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &mut v.applicable_platforms
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &mut v.applicable_platforms
            }
            Self::NetworkManagementCondition(v) => &mut v.applicable_platforms,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagementCondition(v) => &v.created_date_time,
            Self::CircularGeofenceManagementCondition(v) => &v.created_date_time,
            Self::LocationManagementCondition(v) => &v.created_date_time,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.created_date_time,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.created_date_time,
            Self::NetworkManagementCondition(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagementCondition(v) => &mut v.created_date_time,
            Self::CircularGeofenceManagementCondition(v) => &mut v.created_date_time,
            Self::LocationManagementCondition(v) => &mut v.created_date_time,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &mut v.created_date_time
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &mut v.created_date_time
            }
            Self::NetworkManagementCondition(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &v.description,
            Self::CircularGeofenceManagementCondition(v) => &v.description,
            Self::LocationManagementCondition(v) => &v.description,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.description,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.description,
            Self::NetworkManagementCondition(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &mut v.description,
            Self::CircularGeofenceManagementCondition(v) => &mut v.description,
            Self::LocationManagementCondition(v) => &mut v.description,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.description,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.description,
            Self::NetworkManagementCondition(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &v.display_name,
            Self::CircularGeofenceManagementCondition(v) => &v.display_name,
            Self::LocationManagementCondition(v) => &v.display_name,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.display_name,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.display_name,
            Self::NetworkManagementCondition(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &mut v.display_name,
            Self::CircularGeofenceManagementCondition(v) => &mut v.display_name,
            Self::LocationManagementCondition(v) => &mut v.display_name,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.display_name,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.display_name,
            Self::NetworkManagementCondition(v) => &mut v.display_name,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &v.e_tag,
            Self::CircularGeofenceManagementCondition(v) => &v.e_tag,
            Self::LocationManagementCondition(v) => &v.e_tag,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.e_tag,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.e_tag,
            Self::NetworkManagementCondition(v) => &v.e_tag,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &mut v.e_tag,
            Self::CircularGeofenceManagementCondition(v) => &mut v.e_tag,
            Self::LocationManagementCondition(v) => &mut v.e_tag,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.e_tag,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.e_tag,
            Self::NetworkManagementCondition(v) => &mut v.e_tag,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagementCondition(v) => &v.modified_date_time,
            Self::CircularGeofenceManagementCondition(v) => &v.modified_date_time,
            Self::LocationManagementCondition(v) => &v.modified_date_time,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.modified_date_time,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.modified_date_time,
            Self::NetworkManagementCondition(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagementCondition(v) => &mut v.modified_date_time,
            Self::CircularGeofenceManagementCondition(v) => &mut v.modified_date_time,
            Self::LocationManagementCondition(v) => &mut v.modified_date_time,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &mut v.modified_date_time
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &mut v.modified_date_time
            }
            Self::NetworkManagementCondition(v) => &mut v.modified_date_time,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &v.unique_name,
            Self::CircularGeofenceManagementCondition(v) => &v.unique_name,
            Self::LocationManagementCondition(v) => &v.unique_name,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.unique_name,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.unique_name,
            Self::NetworkManagementCondition(v) => &v.unique_name,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagementCondition(v) => &mut v.unique_name,
            Self::CircularGeofenceManagementCondition(v) => &mut v.unique_name,
            Self::LocationManagementCondition(v) => &mut v.unique_name,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.unique_name,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.unique_name,
            Self::NetworkManagementCondition(v) => &mut v.unique_name,
        }
    }
    /// `managementConditionStatements` of any variant.
    #[inline]
    pub fn management_condition_statements(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagementConditionStatement>> {
        match self {
            Self::ManagementCondition(v) => &v.management_condition_statements,
            Self::CircularGeofenceManagementCondition(v) => {
                &v.management_condition_statements
            }
            Self::LocationManagementCondition(v) => &v.management_condition_statements,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &v.management_condition_statements
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &v.management_condition_statements
            }
            Self::NetworkManagementCondition(v) => &v.management_condition_statements,
        }
    }
    /// `managementConditionStatements` of any variant.
    #[inline]
    pub fn management_condition_statements_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagementConditionStatement>> {
        match self {
            Self::ManagementCondition(v) => &mut v.management_condition_statements,
            Self::CircularGeofenceManagementCondition(v) => {
                &mut v.management_condition_statements
            }
            Self::LocationManagementCondition(v) => {
                &mut v.management_condition_statements
            }
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &mut v.management_condition_statements
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &mut v.management_condition_statements
            }
            Self::NetworkManagementCondition(v) => &mut v.management_condition_statements,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
/// A management condition expression is an expression that produces a boolean value when evaluated, i.e. one of true or false, indicating that a management condition statement is activated/deactivated. A management condition expression may be composed of a combination of the expression variables and boolean-valued expression operators.
///
/// CSDL: `microsoft.graph.managementConditionExpression`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagementConditionExpression {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagementConditionExpression {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagementConditionExpression {
    const TYPE_NAME: &'static str = "microsoft.graph.managementConditionExpression";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.managementConditionExpression\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagementConditionExpression {
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
rt::impl_object!(ManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.managementConditionExpression` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagementConditionExpression {
    ManagementConditionExpression(
        ::std::boxed::Box<crate::beta::ManagementConditionExpression>,
    ),
    BinaryManagementConditionExpression(
        ::std::boxed::Box<crate::beta::BinaryManagementConditionExpression>,
    ),
    ManagementConditionExpressionModel(
        ::std::boxed::Box<crate::beta::ManagementConditionExpressionModel>,
    ),
    ManagementConditionExpressionString(
        ::std::boxed::Box<crate::beta::ManagementConditionExpressionString>,
    ),
    UnaryManagementConditionExpression(
        ::std::boxed::Box<crate::beta::UnaryManagementConditionExpression>,
    ),
    VariableManagementConditionExpression(
        ::std::boxed::Box<crate::beta::VariableManagementConditionExpression>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyManagementConditionExpression {
    #[inline]
    fn default() -> Self {
        Self::ManagementConditionExpression(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagementConditionExpression>
for AnyManagementConditionExpression {
    #[inline]
    fn from(v: crate::beta::ManagementConditionExpression) -> Self {
        Self::ManagementConditionExpression(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BinaryManagementConditionExpression>
for AnyManagementConditionExpression {
    #[inline]
    fn from(v: crate::beta::BinaryManagementConditionExpression) -> Self {
        Self::BinaryManagementConditionExpression(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagementConditionExpressionModel>
for AnyManagementConditionExpression {
    #[inline]
    fn from(v: crate::beta::ManagementConditionExpressionModel) -> Self {
        Self::ManagementConditionExpressionModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagementConditionExpressionString>
for AnyManagementConditionExpression {
    #[inline]
    fn from(v: crate::beta::ManagementConditionExpressionString) -> Self {
        Self::ManagementConditionExpressionString(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnaryManagementConditionExpression>
for AnyManagementConditionExpression {
    #[inline]
    fn from(v: crate::beta::UnaryManagementConditionExpression) -> Self {
        Self::UnaryManagementConditionExpression(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VariableManagementConditionExpression>
for AnyManagementConditionExpression {
    #[inline]
    fn from(v: crate::beta::VariableManagementConditionExpression) -> Self {
        Self::VariableManagementConditionExpression(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagementConditionExpression {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagementConditionExpression {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyManagementConditionExpression {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagementConditionExpression {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagementConditionExpression {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagementConditionExpression>();
    rt::object::auto_traits::<crate::beta::BinaryManagementConditionExpression>();
    rt::object::auto_traits::<crate::beta::ManagementConditionExpressionModel>();
    rt::object::auto_traits::<crate::beta::ManagementConditionExpressionString>();
    rt::object::auto_traits::<crate::beta::UnaryManagementConditionExpression>();
    rt::object::auto_traits::<crate::beta::VariableManagementConditionExpression>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyManagementConditionExpression {
    const BASE_NAME: &'static str = "microsoft.graph.managementConditionExpression";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.binaryManagementConditionExpression",
            ) => Self::BinaryManagementConditionExpression(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.managementConditionExpressionModel",
            ) => Self::ManagementConditionExpressionModel(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.managementConditionExpressionString",
            ) => Self::ManagementConditionExpressionString(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.unaryManagementConditionExpression",
            ) => Self::UnaryManagementConditionExpression(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.variableManagementConditionExpression",
            ) => Self::VariableManagementConditionExpression(rt::object::new_boxed()),
            _ => Self::ManagementConditionExpression(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagementConditionExpression(v) => &**v,
            Self::BinaryManagementConditionExpression(v) => &**v,
            Self::ManagementConditionExpressionModel(v) => &**v,
            Self::ManagementConditionExpressionString(v) => &**v,
            Self::UnaryManagementConditionExpression(v) => &**v,
            Self::VariableManagementConditionExpression(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagementConditionExpression(v) => &mut **v,
            Self::BinaryManagementConditionExpression(v) => &mut **v,
            Self::ManagementConditionExpressionModel(v) => &mut **v,
            Self::ManagementConditionExpressionString(v) => &mut **v,
            Self::UnaryManagementConditionExpression(v) => &mut **v,
            Self::VariableManagementConditionExpression(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyManagementConditionExpression {
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
rt::impl_poly!(AnyManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
/// A management condition expression model is an model representation of a management condition expression.
///
/// CSDL: `microsoft.graph.managementConditionExpressionModel`, complex type, derived from `microsoft.graph.managementConditionExpression`, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagementConditionExpressionModel {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagementConditionExpressionModel {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagementConditionExpressionModel {
    const TYPE_NAME: &'static str = "microsoft.graph.managementConditionExpressionModel";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.managementConditionExpressionModel\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagementConditionExpressionModel {
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
rt::impl_object!(ManagementConditionExpressionModel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementConditionExpressionModel);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.managementConditionExpressionModel` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagementConditionExpressionModel {
    ManagementConditionExpressionModel(
        ::std::boxed::Box<crate::beta::ManagementConditionExpressionModel>,
    ),
    BinaryManagementConditionExpression(
        ::std::boxed::Box<crate::beta::BinaryManagementConditionExpression>,
    ),
    UnaryManagementConditionExpression(
        ::std::boxed::Box<crate::beta::UnaryManagementConditionExpression>,
    ),
    VariableManagementConditionExpression(
        ::std::boxed::Box<crate::beta::VariableManagementConditionExpression>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyManagementConditionExpressionModel {
    #[inline]
    fn default() -> Self {
        Self::ManagementConditionExpressionModel(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagementConditionExpressionModel>
for AnyManagementConditionExpressionModel {
    #[inline]
    fn from(v: crate::beta::ManagementConditionExpressionModel) -> Self {
        Self::ManagementConditionExpressionModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BinaryManagementConditionExpression>
for AnyManagementConditionExpressionModel {
    #[inline]
    fn from(v: crate::beta::BinaryManagementConditionExpression) -> Self {
        Self::BinaryManagementConditionExpression(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnaryManagementConditionExpression>
for AnyManagementConditionExpressionModel {
    #[inline]
    fn from(v: crate::beta::UnaryManagementConditionExpression) -> Self {
        Self::UnaryManagementConditionExpression(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VariableManagementConditionExpression>
for AnyManagementConditionExpressionModel {
    #[inline]
    fn from(v: crate::beta::VariableManagementConditionExpression) -> Self {
        Self::VariableManagementConditionExpression(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagementConditionExpressionModel {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagementConditionExpressionModel {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyManagementConditionExpressionModel {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagementConditionExpressionModel {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagementConditionExpressionModel {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagementConditionExpressionModel>();
    rt::object::auto_traits::<crate::beta::BinaryManagementConditionExpression>();
    rt::object::auto_traits::<crate::beta::UnaryManagementConditionExpression>();
    rt::object::auto_traits::<crate::beta::VariableManagementConditionExpression>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyManagementConditionExpressionModel {
    const BASE_NAME: &'static str = "microsoft.graph.managementConditionExpressionModel";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.binaryManagementConditionExpression",
            ) => Self::BinaryManagementConditionExpression(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.unaryManagementConditionExpression",
            ) => Self::UnaryManagementConditionExpression(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.variableManagementConditionExpression",
            ) => Self::VariableManagementConditionExpression(rt::object::new_boxed()),
            _ => Self::ManagementConditionExpressionModel(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagementConditionExpressionModel(v) => &**v,
            Self::BinaryManagementConditionExpression(v) => &**v,
            Self::UnaryManagementConditionExpression(v) => &**v,
            Self::VariableManagementConditionExpression(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagementConditionExpressionModel(v) => &mut **v,
            Self::BinaryManagementConditionExpression(v) => &mut **v,
            Self::UnaryManagementConditionExpression(v) => &mut **v,
            Self::VariableManagementConditionExpression(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyManagementConditionExpressionModel {
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
rt::impl_poly!(AnyManagementConditionExpressionModel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagementConditionExpressionModel);
#[cfg(msgraph_beta_device_management_or_search)]
/// A management condition expression string is a string representation of a management condition expression.
///
/// CSDL: `microsoft.graph.managementConditionExpressionString`, complex type, derived from `microsoft.graph.managementConditionExpression`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagementConditionExpressionString {
    /// The management condition statement expression string value.
    ///
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagementConditionExpressionString {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagementConditionExpressionString {
    const TYPE_NAME: &'static str = "microsoft.graph.managementConditionExpressionString";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.managementConditionExpressionString\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagementConditionExpressionString {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
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
rt::impl_object!(ManagementConditionExpressionString);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagementConditionExpressionString { with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementConditionExpressionString);
#[cfg(msgraph_beta_device_management_or_search)]
/// A management condition statement is a group of management conditions that enable/disable device/application configurations when all contained management conditions are met.
///
/// CSDL: `microsoft.graph.managementConditionStatement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagementConditionStatementPath`](requests/trait.ManagementConditionStatementPath.html), what a path to one (`EntityPath<ManagementConditionStatement, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagementConditionStatement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The applicable platforms for this management condition statement.
    ///
    /// This is calculated from looking the management conditions associated to the management condition statement and finding the intersection of applicable platforms.
    ///
    /// CSDL: property `applicablePlatforms`: `Collection(microsoft.graph.devicePlatformType)`, not nullable.
    pub applicable_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::DevicePlatformType>,
    >,
    /// The time the management condition statement was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The admin defined description of the management condition statement.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The admin defined name of the management condition statement.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// ETag of the management condition statement. Updated service side.
    ///
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// The management condition statement expression used to evaluate if a management condition statement was activated/deactivated.
    ///
    /// CSDL: property `expression`: `microsoft.graph.managementConditionExpression`, nullable.
    pub expression: rt::Field<crate::beta::AnyManagementConditionExpression>,
    /// The time the management condition statement was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The management conditions associated to the management condition statement.
    ///
    /// CSDL: navigation property `managementConditions`: `Collection(microsoft.graph.managementCondition)`, not nullable.
    pub management_conditions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyManagementCondition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagementConditionStatement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_platforms: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            expression: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            management_conditions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagementConditionStatement {
    const TYPE_NAME: &'static str = "microsoft.graph.managementConditionStatement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicablePlatforms",
        "createdDateTime",
        "description",
        "displayName",
        "eTag",
        "expression",
        "modifiedDateTime",
        "managementConditions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicablePlatforms\":          ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"eTag\":                         ",
        ",\"expression\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"managementConditions\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managementConditionStatement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_platforms", &self.applicable_platforms);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "e_tag", &self.e_tag);
        v.field(6usize, "expression", &self.expression);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "management_conditions", &self.management_conditions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagementConditionStatement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_platforms.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.e_tag.read_from(r),
            6usize => self.expression.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.management_conditions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_platforms);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.e_tag);
        w.field(6usize, &self.expression);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.management_conditions);
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
rt::impl_object!(ManagementConditionStatement);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagementConditionStatement { with_id id : ::std::string::String;
    with_applicable_platforms applicable_platforms : ::std::vec::Vec < crate
    ::beta::DevicePlatformType >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_e_tag e_tag :
    ::std::string::String; with_expression expression : crate
    ::beta::AnyManagementConditionExpression; with_modified_date_time modified_date_time
    : rt::edm::DateTimeOffset; with_management_conditions management_conditions :
    ::std::vec::Vec < crate ::beta::AnyManagementCondition >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementConditionStatement);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.managementState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagementState {
    /// `managed` (value 0).
    Managed,
    /// `retirePending` (value 1).
    RetirePending,
    /// `retireFailed` (value 2).
    RetireFailed,
    /// `wipePending` (value 3).
    WipePending,
    /// `wipeFailed` (value 4).
    WipeFailed,
    /// `unhealthy` (value 5).
    Unhealthy,
    /// `deletePending` (value 6).
    DeletePending,
    /// `retireIssued` (value 7).
    RetireIssued,
    /// `wipeIssued` (value 8).
    WipeIssued,
    /// `wipeCanceled` (value 9).
    WipeCanceled,
    /// `retireCanceled` (value 10).
    RetireCanceled,
    /// `discovered` (value 11).
    Discovered,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ManagementState {
    const TYPE_NAME: &'static str = "microsoft.graph.managementState";
    const MEMBERS: &'static [&'static str] = &[
        "managed",
        "retirePending",
        "retireFailed",
        "wipePending",
        "wipeFailed",
        "unhealthy",
        "deletePending",
        "retireIssued",
        "wipeIssued",
        "wipeCanceled",
        "retireCanceled",
        "discovered",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "managed" => Self::Managed,
                "retirePending" => Self::RetirePending,
                "retireFailed" => Self::RetireFailed,
                "wipePending" => Self::WipePending,
                "wipeFailed" => Self::WipeFailed,
                "unhealthy" => Self::Unhealthy,
                "deletePending" => Self::DeletePending,
                "retireIssued" => Self::RetireIssued,
                "wipeIssued" => Self::WipeIssued,
                "wipeCanceled" => Self::WipeCanceled,
                "retireCanceled" => Self::RetireCanceled,
                "discovered" => Self::Discovered,
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
            Self::Managed => "managed",
            Self::RetirePending => "retirePending",
            Self::RetireFailed => "retireFailed",
            Self::WipePending => "wipePending",
            Self::WipeFailed => "wipeFailed",
            Self::Unhealthy => "unhealthy",
            Self::DeletePending => "deletePending",
            Self::RetireIssued => "retireIssued",
            Self::WipeIssued => "wipeIssued",
            Self::WipeCanceled => "wipeCanceled",
            Self::RetireCanceled => "retireCanceled",
            Self::Discovered => "discovered",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ManagementState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementState);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.matchingDlpRule`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MatchingDlpRule {
    /// CSDL: property `actions`: `Collection(microsoft.graph.dlpActionInfo)`, nullable.
    pub actions: rt::Field<::std::vec::Vec<crate::beta::AnyDlpActionInfo>>,
    /// CSDL: property `isMostRestrictive`: `Edm.Boolean`, nullable.
    pub is_most_restrictive: rt::Field<bool>,
    /// CSDL: property `policyId`: `Edm.String`, nullable.
    pub policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `policyName`: `Edm.String`, nullable.
    pub policy_name: rt::Field<::std::string::String>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `ruleId`: `Edm.String`, nullable.
    pub rule_id: rt::Field<::std::string::String>,
    /// CSDL: property `ruleMode`: `microsoft.graph.ruleMode`, nullable.
    pub rule_mode: rt::Field<crate::beta::RuleMode>,
    /// CSDL: property `ruleName`: `Edm.String`, nullable.
    pub rule_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for MatchingDlpRule {
    #[inline]
    fn default() -> Self {
        Self {
            actions: rt::Field::Absent,
            is_most_restrictive: rt::Field::Absent,
            policy_id: rt::Field::Absent,
            policy_name: rt::Field::Absent,
            priority: rt::Field::Absent,
            rule_id: rt::Field::Absent,
            rule_mode: rt::Field::Absent,
            rule_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for MatchingDlpRule {
    const TYPE_NAME: &'static str = "microsoft.graph.matchingDlpRule";
    const KEYS: &'static [&'static str] = &[
        "actions",
        "isMostRestrictive",
        "policyId",
        "policyName",
        "priority",
        "ruleId",
        "ruleMode",
        "ruleName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actions\":                      ",
        ",\"isMostRestrictive\":            ",
        ",\"policyId\":                     ",
        ",\"policyName\":                   ",
        ",\"priority\":                     ",
        ",\"ruleId\":                       ",
        ",\"ruleMode\":                     ",
        ",\"ruleName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.matchingDlpRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "actions", &self.actions);
        v.field(1usize, "is_most_restrictive", &self.is_most_restrictive);
        v.field(2usize, "policy_id", &self.policy_id);
        v.field(3usize, "policy_name", &self.policy_name);
        v.field(4usize, "priority", &self.priority);
        v.field(5usize, "rule_id", &self.rule_id);
        v.field(6usize, "rule_mode", &self.rule_mode);
        v.field(7usize, "rule_name", &self.rule_name);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for MatchingDlpRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.actions.read_from(r),
            1usize => self.is_most_restrictive.read_from(r),
            2usize => self.policy_id.read_from(r),
            3usize => self.policy_name.read_from(r),
            4usize => self.priority.read_from(r),
            5usize => self.rule_id.read_from(r),
            6usize => self.rule_mode.read_from(r),
            7usize => self.rule_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.actions);
        w.field(1usize, &self.is_most_restrictive);
        w.field(2usize, &self.policy_id);
        w.field(3usize, &self.policy_name);
        w.field(4usize, &self.priority);
        w.field(5usize, &self.rule_id);
        w.field(6usize, &self.rule_mode);
        w.field(7usize, &self.rule_name);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(MatchingDlpRule);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    MatchingDlpRule { with_actions actions : ::std::vec::Vec < crate
    ::beta::AnyDlpActionInfo >; with_is_most_restrictive is_most_restrictive : bool;
    with_policy_id policy_id : ::std::string::String; with_policy_name policy_name :
    ::std::string::String; with_priority priority : i32; with_rule_id rule_id :
    ::std::string::String; with_rule_mode rule_mode : crate ::beta::RuleMode;
    with_rule_name rule_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(MatchingDlpRule);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.matchingLabel`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MatchingLabel {
    /// CSDL: property `applicationMode`: `microsoft.graph.applicationMode`, nullable.
    pub application_mode: rt::Field<crate::beta::ApplicationMode>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isEndpointProtectionEnabled`: `Edm.Boolean`, nullable.
    pub is_endpoint_protection_enabled: rt::Field<bool>,
    /// CSDL: property `labelActions`: `Collection(microsoft.graph.labelActionBase)`, nullable.
    pub label_actions: rt::Field<::std::vec::Vec<crate::beta::AnyLabelActionBase>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `policyTip`: `Edm.String`, nullable.
    pub policy_tip: rt::Field<::std::string::String>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `toolTip`: `Edm.String`, nullable.
    pub tool_tip: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for MatchingLabel {
    #[inline]
    fn default() -> Self {
        Self {
            application_mode: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            is_endpoint_protection_enabled: rt::Field::Absent,
            label_actions: rt::Field::Absent,
            name: rt::Field::Absent,
            policy_tip: rt::Field::Absent,
            priority: rt::Field::Absent,
            tool_tip: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for MatchingLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.matchingLabel";
    const KEYS: &'static [&'static str] = &[
        "applicationMode",
        "description",
        "displayName",
        "id",
        "isEndpointProtectionEnabled",
        "labelActions",
        "name",
        "policyTip",
        "priority",
        "toolTip",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationMode\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"isEndpointProtectionEnabled\":  ",
        ",\"labelActions\":                 ",
        ",\"name\":                         ",
        ",\"policyTip\":                    ",
        ",\"priority\":                     ",
        ",\"toolTip\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.matchingLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_mode", &self.application_mode);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "id", &self.id);
        v.field(
            4usize,
            "is_endpoint_protection_enabled",
            &self.is_endpoint_protection_enabled,
        );
        v.field(5usize, "label_actions", &self.label_actions);
        v.field(6usize, "name", &self.name);
        v.field(7usize, "policy_tip", &self.policy_tip);
        v.field(8usize, "priority", &self.priority);
        v.field(9usize, "tool_tip", &self.tool_tip);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for MatchingLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_mode.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.is_endpoint_protection_enabled.read_from(r),
            5usize => self.label_actions.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.policy_tip.read_from(r),
            8usize => self.priority.read_from(r),
            9usize => self.tool_tip.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_mode);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.id);
        w.field(4usize, &self.is_endpoint_protection_enabled);
        w.field(5usize, &self.label_actions);
        w.field(6usize, &self.name);
        w.field(7usize, &self.policy_tip);
        w.field(8usize, &self.priority);
        w.field(9usize, &self.tool_tip);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(MatchingLabel);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    MatchingLabel { with_application_mode application_mode : crate
    ::beta::ApplicationMode; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_is_endpoint_protection_enabled
    is_endpoint_protection_enabled : bool; with_label_actions label_actions :
    ::std::vec::Vec < crate ::beta::AnyLabelActionBase >; with_name name :
    ::std::string::String; with_policy_tip policy_tip : ::std::string::String;
    with_priority priority : i32; with_tool_tip tool_tip : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(MatchingLabel);
