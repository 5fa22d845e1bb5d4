//! Types of `microsoft.graph` by the first letters of their names (`androide_androidg`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// By providing configurations in this profile you can instruct the native email client on KNOX devices to communicate with an Exchange server and get email, contacts, calendar, tasks, and notes. Furthermore, you can also specify how much email to sync and how often the device should sync.
///
/// CSDL: `microsoft.graph.androidEasEmailProfileConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidEasEmailProfileConfigurationPath`](requests/trait.AndroidEasEmailProfileConfigurationPath.html), what a path to one (`EntityPath<AndroidEasEmailProfileConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidEasEmailProfileConfiguration {
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
    /// Exchange ActiveSync account name, displayed to users as name of EAS (this) profile.
    ///
    /// CSDL: property `accountName`: `Edm.String`, not nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// Authentication method for Exchange ActiveSync.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.easAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::EasAuthenticationMethod>,
    /// Custom domain name value used while generating an email profile before installing on the device.
    ///
    /// CSDL: property `customDomainName`: `Edm.String`, nullable.
    pub custom_domain_name: rt::Field<::std::string::String>,
    /// Duration of time email should be synced to.
    ///
    /// CSDL: property `durationOfEmailToSync`: `microsoft.graph.emailSyncDuration`, not nullable.
    pub duration_of_email_to_sync: rt::Field<crate::beta::EmailSyncDuration>,
    /// Email attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `emailAddressSource`: `microsoft.graph.userEmailSource`, not nullable.
    pub email_address_source: rt::Field<crate::beta::UserEmailSource>,
    /// Email sync schedule.
    ///
    /// CSDL: property `emailSyncSchedule`: `microsoft.graph.emailSyncSchedule`, not nullable.
    pub email_sync_schedule: rt::Field<crate::beta::EmailSyncSchedule>,
    /// Exchange location (URL) that the native mail app connects to.
    ///
    /// CSDL: property `hostName`: `Edm.String`, not nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Indicates whether or not to use S/MIME certificate.
    ///
    /// CSDL: property `requireSmime`: `Edm.Boolean`, not nullable.
    pub require_smime: rt::Field<bool>,
    /// Indicates whether or not to use SSL.
    ///
    /// CSDL: property `requireSsl`: `Edm.Boolean`, not nullable.
    pub require_ssl: rt::Field<bool>,
    /// Toggles syncing the calendar. If set to false calendar is turned off on the device.
    ///
    /// CSDL: property `syncCalendar`: `Edm.Boolean`, not nullable.
    pub sync_calendar: rt::Field<bool>,
    /// Toggles syncing contacts. If set to false contacts are turned off on the device.
    ///
    /// CSDL: property `syncContacts`: `Edm.Boolean`, not nullable.
    pub sync_contacts: rt::Field<bool>,
    /// Toggles syncing notes. If set to false notes are turned off on the device.
    ///
    /// CSDL: property `syncNotes`: `Edm.Boolean`, not nullable.
    pub sync_notes: rt::Field<bool>,
    /// Toggles syncing tasks. If set to false tasks are turned off on the device.
    ///
    /// CSDL: property `syncTasks`: `Edm.Boolean`, not nullable.
    pub sync_tasks: rt::Field<bool>,
    /// UserDomainname attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `userDomainNameSource`: `microsoft.graph.domainNameSource`, nullable.
    pub user_domain_name_source: rt::Field<crate::beta::DomainNameSource>,
    /// Username attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `usernameSource`: `microsoft.graph.androidUsernameSource`, not nullable.
    pub username_source: rt::Field<crate::beta::AndroidUsernameSource>,
    /// Identity certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<crate::beta::AnyAndroidCertificateProfileBase>,
    /// S/MIME signing certificate.
    ///
    /// CSDL: navigation property `smimeSigningCertificate`: `microsoft.graph.androidCertificateProfileBase`, nullable.
    pub smime_signing_certificate: rt::Field<
        crate::beta::AnyAndroidCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidEasEmailProfileConfiguration {
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
            account_name: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            custom_domain_name: rt::Field::Absent,
            duration_of_email_to_sync: rt::Field::Absent,
            email_address_source: rt::Field::Absent,
            email_sync_schedule: rt::Field::Absent,
            host_name: rt::Field::Absent,
            require_smime: rt::Field::Absent,
            require_ssl: rt::Field::Absent,
            sync_calendar: rt::Field::Absent,
            sync_contacts: rt::Field::Absent,
            sync_notes: rt::Field::Absent,
            sync_tasks: rt::Field::Absent,
            user_domain_name_source: rt::Field::Absent,
            username_source: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            smime_signing_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidEasEmailProfileConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidEasEmailProfileConfiguration";
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
        "accountName",
        "authenticationMethod",
        "customDomainName",
        "durationOfEmailToSync",
        "emailAddressSource",
        "emailSyncSchedule",
        "hostName",
        "requireSmime",
        "requireSsl",
        "syncCalendar",
        "syncContacts",
        "syncNotes",
        "syncTasks",
        "userDomainNameSource",
        "usernameSource",
        "identityCertificate",
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
        ",\"accountName\":                  ",
        ",\"authenticationMethod\":         ",
        ",\"customDomainName\":             ",
        ",\"durationOfEmailToSync\":        ",
        ",\"emailAddressSource\":           ",
        ",\"emailSyncSchedule\":            ",
        ",\"hostName\":                     ",
        ",\"requireSmime\":                 ",
        ",\"requireSsl\":                   ",
        ",\"syncCalendar\":                 ",
        ",\"syncContacts\":                 ",
        ",\"syncNotes\":                    ",
        ",\"syncTasks\":                    ",
        ",\"userDomainNameSource\":         ",
        ",\"usernameSource\":               ",
        ",\"identityCertificate\":          ",
        ",\"smimeSigningCertificate\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidEasEmailProfileConfiguration\"";
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
        v.field(18usize, "account_name", &self.account_name);
        v.field(19usize, "authentication_method", &self.authentication_method);
        v.field(20usize, "custom_domain_name", &self.custom_domain_name);
        v.field(21usize, "duration_of_email_to_sync", &self.duration_of_email_to_sync);
        v.field(22usize, "email_address_source", &self.email_address_source);
        v.field(23usize, "email_sync_schedule", &self.email_sync_schedule);
        v.field(24usize, "host_name", &self.host_name);
        v.field(25usize, "require_smime", &self.require_smime);
        v.field(26usize, "require_ssl", &self.require_ssl);
        v.field(27usize, "sync_calendar", &self.sync_calendar);
        v.field(28usize, "sync_contacts", &self.sync_contacts);
        v.field(29usize, "sync_notes", &self.sync_notes);
        v.field(30usize, "sync_tasks", &self.sync_tasks);
        v.field(31usize, "user_domain_name_source", &self.user_domain_name_source);
        v.field(32usize, "username_source", &self.username_source);
        v.field(33usize, "identity_certificate", &self.identity_certificate);
        v.field(34usize, "smime_signing_certificate", &self.smime_signing_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidEasEmailProfileConfiguration {
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
            18usize => self.account_name.read_from(r),
            19usize => self.authentication_method.read_from(r),
            20usize => self.custom_domain_name.read_from(r),
            21usize => self.duration_of_email_to_sync.read_from(r),
            22usize => self.email_address_source.read_from(r),
            23usize => self.email_sync_schedule.read_from(r),
            24usize => self.host_name.read_from(r),
            25usize => self.require_smime.read_from(r),
            26usize => self.require_ssl.read_from(r),
            27usize => self.sync_calendar.read_from(r),
            28usize => self.sync_contacts.read_from(r),
            29usize => self.sync_notes.read_from(r),
            30usize => self.sync_tasks.read_from(r),
            31usize => self.user_domain_name_source.read_from(r),
            32usize => self.username_source.read_from(r),
            33usize => self.identity_certificate.read_from(r),
            34usize => self.smime_signing_certificate.read_from(r),
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
        w.field(18usize, &self.account_name);
        w.field(19usize, &self.authentication_method);
        w.field(20usize, &self.custom_domain_name);
        w.field(21usize, &self.duration_of_email_to_sync);
        w.field(22usize, &self.email_address_source);
        w.field(23usize, &self.email_sync_schedule);
        w.field(24usize, &self.host_name);
        w.field(25usize, &self.require_smime);
        w.field(26usize, &self.require_ssl);
        w.field(27usize, &self.sync_calendar);
        w.field(28usize, &self.sync_contacts);
        w.field(29usize, &self.sync_notes);
        w.field(30usize, &self.sync_tasks);
        w.field(31usize, &self.user_domain_name_source);
        w.field(32usize, &self.username_source);
        w.field(33usize, &self.identity_certificate);
        w.field(34usize, &self.smime_signing_certificate);
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
rt::impl_object!(AndroidEasEmailProfileConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidEasEmailProfileConfiguration { with_id id : ::std::string::String;
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
    with_account_name account_name : ::std::string::String; with_authentication_method
    authentication_method : crate ::beta::EasAuthenticationMethod;
    with_custom_domain_name custom_domain_name : ::std::string::String;
    with_duration_of_email_to_sync duration_of_email_to_sync : crate
    ::beta::EmailSyncDuration; with_email_address_source email_address_source : crate
    ::beta::UserEmailSource; with_email_sync_schedule email_sync_schedule : crate
    ::beta::EmailSyncSchedule; with_host_name host_name : ::std::string::String;
    with_require_smime require_smime : bool; with_require_ssl require_ssl : bool;
    with_sync_calendar sync_calendar : bool; with_sync_contacts sync_contacts : bool;
    with_sync_notes sync_notes : bool; with_sync_tasks sync_tasks : bool;
    with_user_domain_name_source user_domain_name_source : crate
    ::beta::DomainNameSource; with_username_source username_source : crate
    ::beta::AndroidUsernameSource; with_identity_certificate identity_certificate : crate
    ::beta::AnyAndroidCertificateProfileBase; with_smime_signing_certificate
    smime_signing_certificate : crate ::beta::AnyAndroidCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidEasEmailProfileConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user.
///
/// CSDL: `microsoft.graph.androidEnterpriseWiFiConfiguration`, entity type, derived from `microsoft.graph.androidWiFiConfiguration`, key `id`.
///
/// Request builders: [`AndroidEnterpriseWiFiConfigurationPath`](requests/trait.AndroidEnterpriseWiFiConfigurationPath.html), what a path to one (`EntityPath<AndroidEnterpriseWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidEnterpriseWiFiConfiguration {
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
    /// Password format string used to build the password to connect to wifi
    ///
    /// CSDL: property `passwordFormatString`: `Edm.String`, nullable.
    pub password_format_string: rt::Field<::std::string::String>,
    /// PreSharedKey used to build the password to connect to wifi
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// Username format string used to build the username to connect to wifi
    ///
    /// CSDL: property `usernameFormatString`: `Edm.String`, nullable.
    pub username_format_string: rt::Field<::std::string::String>,
    /// Identity Certificate for client authentication when EAP Type is configured to EAP-TLS, EAP-TTLS (with Certificate Authentication), or PEAP (with Certificate Authentication). This is the certificate presented by client to the Wi-Fi endpoint. The authentication server sitting behind the Wi-Fi endpoint must accept this certificate to successfully establish a Wi-Fi connection.
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.androidCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyAndroidCertificateProfileBase,
    >,
    /// Trusted Root Certificate for Server Validation when EAP Type is configured to EAP-TLS, EAP-TTLS or PEAP. This is the certificate presented by the Wi-Fi endpoint when the device attempts to connect to Wi-Fi endpoint. The device (or user) must accept this certificate to continue the connection attempt.
    ///
    /// CSDL: navigation property `rootCertificateForServerValidation`: `microsoft.graph.androidTrustedRootCertificate`, nullable.
    pub root_certificate_for_server_validation: rt::Field<
        crate::beta::AndroidTrustedRootCertificate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidEnterpriseWiFiConfiguration {
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
            password_format_string: rt::Field::Absent,
            pre_shared_key: rt::Field::Absent,
            username_format_string: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificate_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidEnterpriseWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidEnterpriseWiFiConfiguration";
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
        "passwordFormatString",
        "preSharedKey",
        "usernameFormatString",
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
        ",\"passwordFormatString\":         ",
        ",\"preSharedKey\":                 ",
        ",\"usernameFormatString\":         ",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidEnterpriseWiFiConfiguration\"";
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
        v.field(28usize, "password_format_string", &self.password_format_string);
        v.field(29usize, "pre_shared_key", &self.pre_shared_key);
        v.field(30usize, "username_format_string", &self.username_format_string);
        v.field(
            31usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            32usize,
            "root_certificate_for_server_validation",
            &self.root_certificate_for_server_validation,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidEnterpriseWiFiConfiguration {
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
            28usize => self.password_format_string.read_from(r),
            29usize => self.pre_shared_key.read_from(r),
            30usize => self.username_format_string.read_from(r),
            31usize => self.identity_certificate_for_client_authentication.read_from(r),
            32usize => self.root_certificate_for_server_validation.read_from(r),
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
        w.field(28usize, &self.password_format_string);
        w.field(29usize, &self.pre_shared_key);
        w.field(30usize, &self.username_format_string);
        w.field(31usize, &self.identity_certificate_for_client_authentication);
        w.field(32usize, &self.root_certificate_for_server_validation);
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
rt::impl_object!(AndroidEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidEnterpriseWiFiConfiguration { with_id id : ::std::string::String;
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
    ::std::string::String; with_password_format_string password_format_string :
    ::std::string::String; with_pre_shared_key pre_shared_key : ::std::string::String;
    with_username_format_string username_format_string : ::std::string::String;
    with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyAndroidCertificateProfileBase; with_root_certificate_for_server_validation
    root_certificate_for_server_validation : crate ::beta::AndroidTrustedRootCertificate;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android For Work certificate profile base.
///
/// CSDL: `microsoft.graph.androidForWorkCertificateProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`AndroidForWorkCertificateProfileBasePath`](requests/trait.AndroidForWorkCertificateProfileBasePath.html), what a path to one (`EntityPath<AnyAndroidForWorkCertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkCertificateProfileBase {
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
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidForWorkTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::AndroidForWorkTrustedRootCertificate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkCertificateProfileBase {
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
impl rt::Object for AndroidForWorkCertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkCertificateProfileBase";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkCertificateProfileBase\"";
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
impl rt::object::Members for AndroidForWorkCertificateProfileBase {
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
rt::impl_object!(AndroidForWorkCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkCertificateProfileBase { with_id id : ::std::string::String;
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
    ::beta::AndroidForWorkTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidForWorkCertificateProfileBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidForWorkCertificateProfileBase {
    AndroidForWorkCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidForWorkCertificateProfileBase>,
    ),
    AndroidForWorkPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkPkcsCertificateProfile>,
    ),
    AndroidForWorkScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkScepCertificateProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidForWorkCertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::AndroidForWorkCertificateProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkCertificateProfileBase>
for AnyAndroidForWorkCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkCertificateProfileBase) -> Self {
        Self::AndroidForWorkCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkPkcsCertificateProfile>
for AnyAndroidForWorkCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkPkcsCertificateProfile) -> Self {
        Self::AndroidForWorkPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkScepCertificateProfile>
for AnyAndroidForWorkCertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkScepCertificateProfile) -> Self {
        Self::AndroidForWorkScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidForWorkCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidForWorkCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidForWorkCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidForWorkCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidForWorkCertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidForWorkCertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkPkcsCertificateProfile>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidForWorkCertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.androidForWorkCertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkPkcsCertificateProfile",
            ) => Self::AndroidForWorkPkcsCertificateProfile(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkScepCertificateProfile",
            ) => Self::AndroidForWorkScepCertificateProfile(rt::object::new_boxed()),
            _ => Self::AndroidForWorkCertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &**v,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &**v,
            Self::AndroidForWorkScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut **v,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut **v,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidForWorkCertificateProfileBase {
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
            Self::AndroidForWorkCertificateProfileBase(v) => &v.id,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.id,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.id,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.id,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.created_date_time,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.created_date_time,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.created_date_time,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.created_date_time,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.description,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.description,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.description,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.description,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.display_name,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.display_name,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.display_name,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.display_name,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.last_modified_date_time,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.last_modified_date_time,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.supports_scope_tags,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.version,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.version,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.version,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.version,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.assignments,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.assignments,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.assignments,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.assignments,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => &v.device_statuses,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.device_statuses,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.device_statuses,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.device_statuses,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.device_status_overview,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.device_status_overview,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.device_status_overview
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => &v.group_assignments,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.group_assignments,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.group_assignments,
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
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.group_assignments,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.group_assignments,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.user_statuses,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.user_statuses,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.user_statuses,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.user_statuses,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.user_status_overview,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.user_status_overview,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.user_status_overview,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.user_status_overview,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.user_status_overview,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale(
        &self,
    ) -> &rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => &v.extended_key_usages,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.extended_key_usages,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.extended_key_usages,
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.extended_key_usages,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.extended_key_usages,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.extended_key_usages,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
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
            Self::AndroidForWorkCertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::AndroidForWorkScepCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(&self) -> &rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.subject_name_format,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.subject_name_format,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.subject_name_format,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.subject_name_format,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.subject_name_format,
        }
    }
    /// `rootCertificate` of any variant.
    #[inline]
    pub fn root_certificate(
        &self,
    ) -> &rt::Field<crate::beta::AndroidForWorkTrustedRootCertificate> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &v.root_certificate,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.root_certificate,
            Self::AndroidForWorkScepCertificateProfile(v) => &v.root_certificate,
        }
    }
    /// `rootCertificate` of any variant.
    #[inline]
    pub fn root_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidForWorkTrustedRootCertificate> {
        match self {
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.root_certificate,
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.root_certificate,
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.root_certificate,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidForWorkCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidForWorkCertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android For Work custom configuration
///
/// CSDL: `microsoft.graph.androidForWorkCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidForWorkCustomConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkCustomConfiguration {
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
impl ::std::default::Default for AndroidForWorkCustomConfiguration {
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
impl rt::Object for AndroidForWorkCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkCustomConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkCustomConfiguration\"";
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
impl rt::object::Members for AndroidForWorkCustomConfiguration {
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
rt::impl_object!(AndroidForWorkCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkCustomConfiguration { with_id id : ::std::string::String;
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
rt::impl_serde!(AndroidForWorkCustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base for Android For Work EAS Email profiles
///
/// CSDL: `microsoft.graph.androidForWorkEasEmailProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`AndroidForWorkEasEmailProfileBasePath`](requests/trait.AndroidForWorkEasEmailProfileBasePath.html), what a path to one (`EntityPath<AnyAndroidForWorkEasEmailProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkEasEmailProfileBase {
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
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidForWorkCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidForWorkCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkEasEmailProfileBase {
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
impl rt::Object for AndroidForWorkEasEmailProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkEasEmailProfileBase";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkEasEmailProfileBase\"";
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
impl rt::object::Members for AndroidForWorkEasEmailProfileBase {
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
rt::impl_object!(AndroidForWorkEasEmailProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkEasEmailProfileBase { with_id id : ::std::string::String;
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
    ::beta::AnyAndroidForWorkCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkEasEmailProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidForWorkEasEmailProfileBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidForWorkEasEmailProfileBase {
    AndroidForWorkEasEmailProfileBase(
        ::std::boxed::Box<crate::beta::AndroidForWorkEasEmailProfileBase>,
    ),
    AndroidForWorkGmailEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkGmailEasConfiguration>,
    ),
    AndroidForWorkNineWorkEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkNineWorkEasConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidForWorkEasEmailProfileBase {
    #[inline]
    fn default() -> Self {
        Self::AndroidForWorkEasEmailProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkEasEmailProfileBase>
for AnyAndroidForWorkEasEmailProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkEasEmailProfileBase) -> Self {
        Self::AndroidForWorkEasEmailProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkGmailEasConfiguration>
for AnyAndroidForWorkEasEmailProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkGmailEasConfiguration) -> Self {
        Self::AndroidForWorkGmailEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkNineWorkEasConfiguration>
for AnyAndroidForWorkEasEmailProfileBase {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkNineWorkEasConfiguration) -> Self {
        Self::AndroidForWorkNineWorkEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidForWorkEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidForWorkEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidForWorkEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidForWorkEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidForWorkEasEmailProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidForWorkEasEmailProfileBase>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkGmailEasConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkNineWorkEasConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidForWorkEasEmailProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.androidForWorkEasEmailProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkGmailEasConfiguration",
            ) => Self::AndroidForWorkGmailEasConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkNineWorkEasConfiguration",
            ) => Self::AndroidForWorkNineWorkEasConfiguration(rt::object::new_boxed()),
            _ => Self::AndroidForWorkEasEmailProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &**v,
            Self::AndroidForWorkGmailEasConfiguration(v) => &**v,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut **v,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut **v,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidForWorkEasEmailProfileBase {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.id,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.id,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.id,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.id,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.created_date_time,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.created_date_time,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.description,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.description,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.description,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.description,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.display_name,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.display_name,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.display_name,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.last_modified_date_time,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.supports_scope_tags,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.version,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.version,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.version,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.version,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.assignments,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.assignments,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.assignments,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &v.device_setting_state_summaries
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.device_statuses,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.device_statuses,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.device_status_overview,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.device_status_overview,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.device_status_overview,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.group_assignments,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.group_assignments,
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
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.group_assignments,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.group_assignments,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.user_statuses,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.user_statuses,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.user_status_overview,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.user_status_overview,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.authentication_method,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.authentication_method,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.authentication_method,
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::EasAuthenticationMethod> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.authentication_method,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.authentication_method,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.duration_of_email_to_sync,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.duration_of_email_to_sync,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
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
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                &mut v.duration_of_email_to_sync
            }
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                &mut v.duration_of_email_to_sync
            }
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.duration_of_email_to_sync
            }
        }
    }
    /// `emailAddressSource` of any variant.
    #[inline]
    pub fn email_address_source(&self) -> &rt::Field<crate::beta::UserEmailSource> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.email_address_source,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.email_address_source,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.email_address_source,
        }
    }
    /// `emailAddressSource` of any variant.
    #[inline]
    pub fn email_address_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::UserEmailSource> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.email_address_source,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.email_address_source,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.email_address_source
            }
        }
    }
    /// `hostName` of any variant.
    #[inline]
    pub fn host_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.host_name,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.host_name,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.host_name,
        }
    }
    /// `hostName` of any variant.
    #[inline]
    pub fn host_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.host_name,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.host_name,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.host_name,
        }
    }
    /// `requireSsl` of any variant.
    #[inline]
    pub fn require_ssl(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.require_ssl,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.require_ssl,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.require_ssl,
        }
    }
    /// `requireSsl` of any variant.
    #[inline]
    pub fn require_ssl_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.require_ssl,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.require_ssl,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.require_ssl,
        }
    }
    /// `usernameSource` of any variant.
    #[inline]
    pub fn username_source(&self) -> &rt::Field<crate::beta::AndroidUsernameSource> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.username_source,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.username_source,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.username_source,
        }
    }
    /// `usernameSource` of any variant.
    #[inline]
    pub fn username_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidUsernameSource> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.username_source,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.username_source,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.username_source,
        }
    }
    /// `identityCertificate` of any variant.
    #[inline]
    pub fn identity_certificate(
        &self,
    ) -> &rt::Field<crate::beta::AnyAndroidForWorkCertificateProfileBase> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.identity_certificate,
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.identity_certificate,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.identity_certificate,
        }
    }
    /// `identityCertificate` of any variant.
    #[inline]
    pub fn identity_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyAndroidForWorkCertificateProfileBase> {
        match self {
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.identity_certificate,
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.identity_certificate,
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                &mut v.identity_certificate
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidForWorkEasEmailProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidForWorkEasEmailProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android for Work device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user.
///
/// CSDL: `microsoft.graph.androidForWorkEnterpriseWiFiConfiguration`, entity type, derived from `microsoft.graph.androidForWorkWiFiConfiguration`, key `id`.
///
/// Request builders: [`AndroidForWorkEnterpriseWiFiConfigurationPath`](requests/trait.AndroidForWorkEnterpriseWiFiConfigurationPath.html), what a path to one (`EntityPath<AndroidForWorkEnterpriseWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkEnterpriseWiFiConfiguration {
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
    /// Identity Certificate for client authentication when EAP Type is configured to EAP-TLS, EAP-TTLS (with Certificate Authentication), or PEAP (with Certificate Authentication). This is the certificate presented by client to the Wi-Fi endpoint. The authentication server sitting behind the Wi-Fi endpoint must accept this certificate to successfully establish a Wi-Fi connection.
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.androidForWorkCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyAndroidForWorkCertificateProfileBase,
    >,
    /// Trusted Root Certificate for Server Validation when EAP Type is configured to EAP-TLS, EAP-TTLS or PEAP. This is the certificate presented by the Wi-Fi endpoint when the device attempts to connect to Wi-Fi endpoint. The device (or user) must accept this certificate to continue the connection attempt.
    ///
    /// CSDL: navigation property `rootCertificateForServerValidation`: `microsoft.graph.androidForWorkTrustedRootCertificate`, nullable.
    pub root_certificate_for_server_validation: rt::Field<
        crate::beta::AndroidForWorkTrustedRootCertificate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkEnterpriseWiFiConfiguration {
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
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificate_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkEnterpriseWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkEnterpriseWiFiConfiguration";
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
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkEnterpriseWiFiConfiguration\"";
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
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            29usize,
            "root_certificate_for_server_validation",
            &self.root_certificate_for_server_validation,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkEnterpriseWiFiConfiguration {
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
            28usize => self.identity_certificate_for_client_authentication.read_from(r),
            29usize => self.root_certificate_for_server_validation.read_from(r),
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
        w.field(28usize, &self.identity_certificate_for_client_authentication);
        w.field(29usize, &self.root_certificate_for_server_validation);
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
rt::impl_object!(AndroidForWorkEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkEnterpriseWiFiConfiguration { with_id id : ::std::string::String;
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
    ::std::string::String; with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyAndroidForWorkCertificateProfileBase;
    with_root_certificate_for_server_validation root_certificate_for_server_validation :
    crate ::beta::AndroidForWorkTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkEnterpriseWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android For Work general device configuration.
///
/// CSDL: `microsoft.graph.androidForWorkGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidForWorkGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkGeneralDeviceConfiguration {
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
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidForWorkRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<
        crate::beta::AndroidForWorkRequiredPasswordType,
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
    /// CSDL: property `workProfileDataSharingType`: `microsoft.graph.androidForWorkCrossProfileDataSharingType`, not nullable.
    pub work_profile_data_sharing_type: rt::Field<
        crate::beta::AndroidForWorkCrossProfileDataSharingType,
    >,
    /// Type of password that is required.
    ///
    /// CSDL: property `workProfileDefaultAppPermissionPolicy`: `microsoft.graph.androidForWorkDefaultAppPermissionPolicyType`, not nullable.
    pub work_profile_default_app_permission_policy: rt::Field<
        crate::beta::AndroidForWorkDefaultAppPermissionPolicyType,
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
    /// CSDL: property `workProfilePasswordRequiredType`: `microsoft.graph.androidForWorkRequiredPasswordType`, not nullable.
    pub work_profile_password_required_type: rt::Field<
        crate::beta::AndroidForWorkRequiredPasswordType,
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
impl ::std::default::Default for AndroidForWorkGeneralDeviceConfiguration {
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
impl rt::Object for AndroidForWorkGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkGeneralDeviceConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkGeneralDeviceConfiguration\"";
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
        v.field(31usize, "work_profile_allow_widgets", &self.work_profile_allow_widgets);
        v.field(
            32usize,
            "work_profile_block_adding_accounts",
            &self.work_profile_block_adding_accounts,
        );
        v.field(33usize, "work_profile_block_camera", &self.work_profile_block_camera);
        v.field(
            34usize,
            "work_profile_block_cross_profile_caller_id",
            &self.work_profile_block_cross_profile_caller_id,
        );
        v.field(
            35usize,
            "work_profile_block_cross_profile_contacts_search",
            &self.work_profile_block_cross_profile_contacts_search,
        );
        v.field(
            36usize,
            "work_profile_block_cross_profile_copy_paste",
            &self.work_profile_block_cross_profile_copy_paste,
        );
        v.field(
            37usize,
            "work_profile_block_notifications_while_device_locked",
            &self.work_profile_block_notifications_while_device_locked,
        );
        v.field(
            38usize,
            "work_profile_block_personal_app_installs_from_unknown_sources",
            &self.work_profile_block_personal_app_installs_from_unknown_sources,
        );
        v.field(
            39usize,
            "work_profile_block_screen_capture",
            &self.work_profile_block_screen_capture,
        );
        v.field(
            40usize,
            "work_profile_bluetooth_enable_contact_sharing",
            &self.work_profile_bluetooth_enable_contact_sharing,
        );
        v.field(
            41usize,
            "work_profile_data_sharing_type",
            &self.work_profile_data_sharing_type,
        );
        v.field(
            42usize,
            "work_profile_default_app_permission_policy",
            &self.work_profile_default_app_permission_policy,
        );
        v.field(
            43usize,
            "work_profile_password_block_face_unlock",
            &self.work_profile_password_block_face_unlock,
        );
        v.field(
            44usize,
            "work_profile_password_block_fingerprint_unlock",
            &self.work_profile_password_block_fingerprint_unlock,
        );
        v.field(
            45usize,
            "work_profile_password_block_iris_unlock",
            &self.work_profile_password_block_iris_unlock,
        );
        v.field(
            46usize,
            "work_profile_password_block_trust_agents",
            &self.work_profile_password_block_trust_agents,
        );
        v.field(
            47usize,
            "work_profile_password_expiration_days",
            &self.work_profile_password_expiration_days,
        );
        v.field(
            48usize,
            "work_profile_password_minimum_length",
            &self.work_profile_password_minimum_length,
        );
        v.field(
            49usize,
            "work_profile_password_min_letter_characters",
            &self.work_profile_password_min_letter_characters,
        );
        v.field(
            50usize,
            "work_profile_password_min_lower_case_characters",
            &self.work_profile_password_min_lower_case_characters,
        );
        v.field(
            51usize,
            "work_profile_password_min_non_letter_characters",
            &self.work_profile_password_min_non_letter_characters,
        );
        v.field(
            52usize,
            "work_profile_password_min_numeric_characters",
            &self.work_profile_password_min_numeric_characters,
        );
        v.field(
            53usize,
            "work_profile_password_min_symbol_characters",
            &self.work_profile_password_min_symbol_characters,
        );
        v.field(
            54usize,
            "work_profile_password_min_upper_case_characters",
            &self.work_profile_password_min_upper_case_characters,
        );
        v.field(
            55usize,
            "work_profile_password_minutes_of_inactivity_before_screen_timeout",
            &self.work_profile_password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            56usize,
            "work_profile_password_previous_password_block_count",
            &self.work_profile_password_previous_password_block_count,
        );
        v.field(
            57usize,
            "work_profile_password_required_type",
            &self.work_profile_password_required_type,
        );
        v.field(
            58usize,
            "work_profile_password_sign_in_failure_count_before_factory_reset",
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            59usize,
            "work_profile_require_password",
            &self.work_profile_require_password,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkGeneralDeviceConfiguration {
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
            31usize => self.work_profile_allow_widgets.read_from(r),
            32usize => self.work_profile_block_adding_accounts.read_from(r),
            33usize => self.work_profile_block_camera.read_from(r),
            34usize => self.work_profile_block_cross_profile_caller_id.read_from(r),
            35usize => self.work_profile_block_cross_profile_contacts_search.read_from(r),
            36usize => self.work_profile_block_cross_profile_copy_paste.read_from(r),
            37usize => {
                self.work_profile_block_notifications_while_device_locked.read_from(r)
            }
            38usize => {
                self.work_profile_block_personal_app_installs_from_unknown_sources
                    .read_from(r)
            }
            39usize => self.work_profile_block_screen_capture.read_from(r),
            40usize => self.work_profile_bluetooth_enable_contact_sharing.read_from(r),
            41usize => self.work_profile_data_sharing_type.read_from(r),
            42usize => self.work_profile_default_app_permission_policy.read_from(r),
            43usize => self.work_profile_password_block_face_unlock.read_from(r),
            44usize => self.work_profile_password_block_fingerprint_unlock.read_from(r),
            45usize => self.work_profile_password_block_iris_unlock.read_from(r),
            46usize => self.work_profile_password_block_trust_agents.read_from(r),
            47usize => self.work_profile_password_expiration_days.read_from(r),
            48usize => self.work_profile_password_minimum_length.read_from(r),
            49usize => self.work_profile_password_min_letter_characters.read_from(r),
            50usize => self.work_profile_password_min_lower_case_characters.read_from(r),
            51usize => self.work_profile_password_min_non_letter_characters.read_from(r),
            52usize => self.work_profile_password_min_numeric_characters.read_from(r),
            53usize => self.work_profile_password_min_symbol_characters.read_from(r),
            54usize => self.work_profile_password_min_upper_case_characters.read_from(r),
            55usize => {
                self.work_profile_password_minutes_of_inactivity_before_screen_timeout
                    .read_from(r)
            }
            56usize => {
                self.work_profile_password_previous_password_block_count.read_from(r)
            }
            57usize => self.work_profile_password_required_type.read_from(r),
            58usize => {
                self.work_profile_password_sign_in_failure_count_before_factory_reset
                    .read_from(r)
            }
            59usize => self.work_profile_require_password.read_from(r),
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
        w.field(31usize, &self.work_profile_allow_widgets);
        w.field(32usize, &self.work_profile_block_adding_accounts);
        w.field(33usize, &self.work_profile_block_camera);
        w.field(34usize, &self.work_profile_block_cross_profile_caller_id);
        w.field(35usize, &self.work_profile_block_cross_profile_contacts_search);
        w.field(36usize, &self.work_profile_block_cross_profile_copy_paste);
        w.field(37usize, &self.work_profile_block_notifications_while_device_locked);
        w.field(
            38usize,
            &self.work_profile_block_personal_app_installs_from_unknown_sources,
        );
        w.field(39usize, &self.work_profile_block_screen_capture);
        w.field(40usize, &self.work_profile_bluetooth_enable_contact_sharing);
        w.field(41usize, &self.work_profile_data_sharing_type);
        w.field(42usize, &self.work_profile_default_app_permission_policy);
        w.field(43usize, &self.work_profile_password_block_face_unlock);
        w.field(44usize, &self.work_profile_password_block_fingerprint_unlock);
        w.field(45usize, &self.work_profile_password_block_iris_unlock);
        w.field(46usize, &self.work_profile_password_block_trust_agents);
        w.field(47usize, &self.work_profile_password_expiration_days);
        w.field(48usize, &self.work_profile_password_minimum_length);
        w.field(49usize, &self.work_profile_password_min_letter_characters);
        w.field(50usize, &self.work_profile_password_min_lower_case_characters);
        w.field(51usize, &self.work_profile_password_min_non_letter_characters);
        w.field(52usize, &self.work_profile_password_min_numeric_characters);
        w.field(53usize, &self.work_profile_password_min_symbol_characters);
        w.field(54usize, &self.work_profile_password_min_upper_case_characters);
        w.field(
            55usize,
            &self.work_profile_password_minutes_of_inactivity_before_screen_timeout,
        );
        w.field(56usize, &self.work_profile_password_previous_password_block_count);
        w.field(57usize, &self.work_profile_password_required_type);
        w.field(
            58usize,
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
        w.field(59usize, &self.work_profile_require_password);
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
rt::impl_object!(AndroidForWorkGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkGeneralDeviceConfiguration { with_id id : ::std::string::String;
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
    ::beta::AndroidForWorkRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_vpn_always_on_package_identifier vpn_always_on_package_identifier :
    ::std::string::String; with_vpn_enable_always_on_lockdown_mode
    vpn_enable_always_on_lockdown_mode : bool; with_work_profile_allow_widgets
    work_profile_allow_widgets : bool; with_work_profile_block_adding_accounts
    work_profile_block_adding_accounts : bool; with_work_profile_block_camera
    work_profile_block_camera : bool; with_work_profile_block_cross_profile_caller_id
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
    ::beta::AndroidForWorkCrossProfileDataSharingType;
    with_work_profile_default_app_permission_policy
    work_profile_default_app_permission_policy : crate
    ::beta::AndroidForWorkDefaultAppPermissionPolicyType;
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
    ::beta::AndroidForWorkRequiredPasswordType;
    with_work_profile_password_sign_in_failure_count_before_factory_reset
    work_profile_password_sign_in_failure_count_before_factory_reset : i32;
    with_work_profile_require_password work_profile_require_password : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing configurations in this profile you can instruct the Gmail email client on Android For Work devices to communicate with an Exchange server and get email, contacts, calendar, tasks, and notes. Furthermore, you can also specify how much email to sync and how often the device should sync.
///
/// CSDL: `microsoft.graph.androidForWorkGmailEasConfiguration`, entity type, derived from `microsoft.graph.androidForWorkEasEmailProfileBase`, key `id`.
///
/// Request builders: [`AndroidForWorkEasEmailProfileBasePath`](requests/trait.AndroidForWorkEasEmailProfileBasePath.html), what a path to one (`EntityPath<AndroidForWorkGmailEasConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkGmailEasConfiguration {
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
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidForWorkCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidForWorkCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkGmailEasConfiguration {
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
impl rt::Object for AndroidForWorkGmailEasConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkGmailEasConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkGmailEasConfiguration\"";
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
impl rt::object::Members for AndroidForWorkGmailEasConfiguration {
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
rt::impl_object!(AndroidForWorkGmailEasConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkGmailEasConfiguration { with_id id : ::std::string::String;
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
    ::beta::AnyAndroidForWorkCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkGmailEasConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android For Work PFX Import certificate profile
///
/// CSDL: `microsoft.graph.androidForWorkImportedPFXCertificateProfile`, entity type, derived from `microsoft.graph.androidCertificateProfileBase`, key `id`.
///
/// Request builders: [`AndroidForWorkImportedPfxCertificateProfilePath`](requests/trait.AndroidForWorkImportedPfxCertificateProfilePath.html), what a path to one (`EntityPath<AndroidForWorkImportedPfxCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkImportedPfxCertificateProfile {
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
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, not nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::AndroidTrustedRootCertificate>,
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
impl ::std::default::Default for AndroidForWorkImportedPfxCertificateProfile {
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
            intended_purpose: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkImportedPfxCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkImportedPFXCertificateProfile";
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
        ",\"extendedKeyUsages\":            ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"rootCertificate\":              ",
        ",\"intendedPurpose\":              ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkImportedPFXCertificateProfile\"";
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
        v.field(25usize, "intended_purpose", &self.intended_purpose);
        v.field(
            26usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkImportedPfxCertificateProfile {
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
            25usize => self.intended_purpose.read_from(r),
            26usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(25usize, &self.intended_purpose);
        w.field(26usize, &self.managed_device_certificate_states);
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
rt::impl_object!(AndroidForWorkImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkImportedPfxCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::AndroidTrustedRootCertificate; with_intended_purpose intended_purpose : crate
    ::beta::IntendedPurpose; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing configurations in this profile you can instruct the Nine Work email client on Android For Work devices to communicate with an Exchange server and get email, contacts, calendar, tasks, and notes. Furthermore, you can also specify how much email to sync and how often the device should sync.
///
/// CSDL: `microsoft.graph.androidForWorkNineWorkEasConfiguration`, entity type, derived from `microsoft.graph.androidForWorkEasEmailProfileBase`, key `id`.
///
/// Request builders: [`AndroidForWorkEasEmailProfileBasePath`](requests/trait.AndroidForWorkEasEmailProfileBasePath.html), what a path to one (`EntityPath<AndroidForWorkNineWorkEasConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkNineWorkEasConfiguration {
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
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidForWorkCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidForWorkCertificateProfileBase,
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
impl ::std::default::Default for AndroidForWorkNineWorkEasConfiguration {
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
impl rt::Object for AndroidForWorkNineWorkEasConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkNineWorkEasConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkNineWorkEasConfiguration\"";
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
impl rt::object::Members for AndroidForWorkNineWorkEasConfiguration {
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
rt::impl_object!(AndroidForWorkNineWorkEasConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkNineWorkEasConfiguration { with_id id : ::std::string::String;
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
    ::beta::AnyAndroidForWorkCertificateProfileBase; with_sync_calendar sync_calendar :
    bool; with_sync_contacts sync_contacts : bool; with_sync_tasks sync_tasks : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkNineWorkEasConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android For Work PKCS certificate profile
///
/// CSDL: `microsoft.graph.androidForWorkPkcsCertificateProfile`, entity type, derived from `microsoft.graph.androidForWorkCertificateProfileBase`, key `id`.
///
/// Request builders: [`AndroidForWorkPkcsCertificateProfilePath`](requests/trait.AndroidForWorkPkcsCertificateProfilePath.html), what a path to one (`EntityPath<AndroidForWorkPkcsCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkPkcsCertificateProfile {
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
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidForWorkTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::AndroidForWorkTrustedRootCertificate>,
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
    /// Custom String that defines the AAD Attribute.
    ///
    /// CSDL: property `subjectAlternativeNameFormatString`: `Edm.String`, nullable.
    pub subject_alternative_name_format_string: rt::Field<::std::string::String>,
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
impl ::std::default::Default for AndroidForWorkPkcsCertificateProfile {
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
            certificate_template_name: rt::Field::Absent,
            certification_authority: rt::Field::Absent,
            certification_authority_name: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkPkcsCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkPkcsCertificateProfile";
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
        "certificateTemplateName",
        "certificationAuthority",
        "certificationAuthorityName",
        "subjectAlternativeNameFormatString",
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
        ",\"certificateTemplateName\":      ",
        ",\"certificationAuthority\":       ",
        ",\"certificationAuthorityName\":   ",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkPkcsCertificateProfile\"";
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
        v.field(25usize, "certificate_template_name", &self.certificate_template_name);
        v.field(26usize, "certification_authority", &self.certification_authority);
        v.field(
            27usize,
            "certification_authority_name",
            &self.certification_authority_name,
        );
        v.field(
            28usize,
            "subject_alternative_name_format_string",
            &self.subject_alternative_name_format_string,
        );
        v.field(
            29usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkPkcsCertificateProfile {
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
            25usize => self.certificate_template_name.read_from(r),
            26usize => self.certification_authority.read_from(r),
            27usize => self.certification_authority_name.read_from(r),
            28usize => self.subject_alternative_name_format_string.read_from(r),
            29usize => self.managed_device_certificate_states.read_from(r),
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
        w.field(25usize, &self.certificate_template_name);
        w.field(26usize, &self.certification_authority);
        w.field(27usize, &self.certification_authority_name);
        w.field(28usize, &self.subject_alternative_name_format_string);
        w.field(29usize, &self.managed_device_certificate_states);
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
rt::impl_object!(AndroidForWorkPkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkPkcsCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::AndroidForWorkTrustedRootCertificate; with_certificate_template_name
    certificate_template_name : ::std::string::String; with_certification_authority
    certification_authority : ::std::string::String; with_certification_authority_name
    certification_authority_name : ::std::string::String;
    with_subject_alternative_name_format_string subject_alternative_name_format_string :
    ::std::string::String; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkPkcsCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android For Work SCEP certificate profile
///
/// CSDL: `microsoft.graph.androidForWorkScepCertificateProfile`, entity type, derived from `microsoft.graph.androidForWorkCertificateProfileBase`, key `id`.
///
/// Request builders: [`AndroidForWorkScepCertificateProfilePath`](requests/trait.AndroidForWorkScepCertificateProfilePath.html), what a path to one (`EntityPath<AndroidForWorkScepCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkScepCertificateProfile {
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
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.androidForWorkTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::AndroidForWorkTrustedRootCertificate>,
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
impl ::std::default::Default for AndroidForWorkScepCertificateProfile {
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
impl rt::Object for AndroidForWorkScepCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkScepCertificateProfile";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkScepCertificateProfile\"";
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
impl rt::object::Members for AndroidForWorkScepCertificateProfile {
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
rt::impl_object!(AndroidForWorkScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkScepCertificateProfile { with_id id : ::std::string::String;
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
    ::beta::AndroidForWorkTrustedRootCertificate; with_certificate_store
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
rt::impl_serde!(AndroidForWorkScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Android For Work Trusted Root Certificate configuration profile
///
/// CSDL: `microsoft.graph.androidForWorkTrustedRootCertificate`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidForWorkTrustedRootCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkTrustedRootCertificate {
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
impl ::std::default::Default for AndroidForWorkTrustedRootCertificate {
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
impl rt::Object for AndroidForWorkTrustedRootCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkTrustedRootCertificate";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkTrustedRootCertificate\"";
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
impl rt::object::Members for AndroidForWorkTrustedRootCertificate {
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
rt::impl_object!(AndroidForWorkTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkTrustedRootCertificate { with_id id : ::std::string::String;
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
rt::impl_serde!(AndroidForWorkTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android device to connect to desired VPN endpoint. By specifying the authentication method and security types expected by VPN endpoint you can make the VPN connection seamless for end user.
///
/// CSDL: `microsoft.graph.androidForWorkVpnConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidForWorkVpnConfigurationPath`](requests/trait.AndroidForWorkVpnConfigurationPath.html), what a path to one (`EntityPath<AndroidForWorkVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkVpnConfiguration {
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
    /// CSDL: property `connectionType`: `microsoft.graph.androidForWorkVpnConnectionType`, not nullable.
    pub connection_type: rt::Field<crate::beta::AndroidForWorkVpnConnectionType>,
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
    /// Identity certificate for client authentication when authentication method is certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.androidForWorkCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyAndroidForWorkCertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkVpnConfiguration {
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
            connection_name: rt::Field::Absent,
            connection_type: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            custom_key_value_data: rt::Field::Absent,
            fingerprint: rt::Field::Absent,
            realm: rt::Field::Absent,
            role: rt::Field::Absent,
            servers: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkVpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkVpnConfiguration";
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
        "connectionName",
        "connectionType",
        "customData",
        "customKeyValueData",
        "fingerprint",
        "realm",
        "role",
        "servers",
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
        ",\"connectionName\":               ",
        ",\"connectionType\":               ",
        ",\"customData\":                   ",
        ",\"customKeyValueData\":           ",
        ",\"fingerprint\":                  ",
        ",\"realm\":                        ",
        ",\"role\":                         ",
        ",\"servers\":                      ",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkVpnConfiguration\"";
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
        v.field(19usize, "connection_name", &self.connection_name);
        v.field(20usize, "connection_type", &self.connection_type);
        v.field(21usize, "custom_data", &self.custom_data);
        v.field(22usize, "custom_key_value_data", &self.custom_key_value_data);
        v.field(23usize, "fingerprint", &self.fingerprint);
        v.field(24usize, "realm", &self.realm);
        v.field(25usize, "role", &self.role);
        v.field(26usize, "servers", &self.servers);
        v.field(27usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkVpnConfiguration {
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
            19usize => self.connection_name.read_from(r),
            20usize => self.connection_type.read_from(r),
            21usize => self.custom_data.read_from(r),
            22usize => self.custom_key_value_data.read_from(r),
            23usize => self.fingerprint.read_from(r),
            24usize => self.realm.read_from(r),
            25usize => self.role.read_from(r),
            26usize => self.servers.read_from(r),
            27usize => self.identity_certificate.read_from(r),
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
        w.field(19usize, &self.connection_name);
        w.field(20usize, &self.connection_type);
        w.field(21usize, &self.custom_data);
        w.field(22usize, &self.custom_key_value_data);
        w.field(23usize, &self.fingerprint);
        w.field(24usize, &self.realm);
        w.field(25usize, &self.role);
        w.field(26usize, &self.servers);
        w.field(27usize, &self.identity_certificate);
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
rt::impl_object!(AndroidForWorkVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkVpnConfiguration { with_id id : ::std::string::String;
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
    ::beta::VpnAuthenticationMethod; with_connection_name connection_name :
    ::std::string::String; with_connection_type connection_type : crate
    ::beta::AndroidForWorkVpnConnectionType; with_custom_data custom_data :
    ::std::vec::Vec < crate ::beta::KeyValue >; with_custom_key_value_data
    custom_key_value_data : ::std::vec::Vec < crate ::beta::KeyValuePair >;
    with_fingerprint fingerprint : ::std::string::String; with_realm realm :
    ::std::string::String; with_role role : ::std::string::String; with_servers servers :
    ::std::vec::Vec < crate ::beta::VpnServer >; with_identity_certificate
    identity_certificate : crate ::beta::AnyAndroidForWorkCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Android for Work device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user. This profile provides limited and simpler security types than Enterprise Wi-Fi profile.
///
/// CSDL: `microsoft.graph.androidForWorkWiFiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyAndroidForWorkWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkWiFiConfiguration {
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
impl ::std::default::Default for AndroidForWorkWiFiConfiguration {
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
impl rt::Object for AndroidForWorkWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkWiFiConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkWiFiConfiguration\"";
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
impl rt::object::Members for AndroidForWorkWiFiConfiguration {
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
rt::impl_object!(AndroidForWorkWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkWiFiConfiguration { with_id id : ::std::string::String;
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
rt::impl_serde!(AndroidForWorkWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidForWorkWiFiConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidForWorkWiFiConfiguration {
    AndroidForWorkWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkWiFiConfiguration>,
    ),
    AndroidForWorkEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidForWorkWiFiConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AndroidForWorkWiFiConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkWiFiConfiguration>
for AnyAndroidForWorkWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkWiFiConfiguration) -> Self {
        Self::AndroidForWorkWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>
for AnyAndroidForWorkWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidForWorkEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidForWorkWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidForWorkWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidForWorkWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidForWorkWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidForWorkWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidForWorkWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidForWorkWiFiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.androidForWorkWiFiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEnterpriseWiFiConfiguration",
            ) => Self::AndroidForWorkEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            _ => Self::AndroidForWorkWiFiConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &**v,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut **v,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidForWorkWiFiConfiguration {
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
            Self::AndroidForWorkWiFiConfiguration(v) => &v.id,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.id,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.description,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.description,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.display_name,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.supports_scope_tags
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.version,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.version,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.assignments,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.device_status_overview,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => &v.group_assignments,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.group_assignments,
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
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.group_assignments,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
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
            Self::AndroidForWorkWiFiConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.user_status_overview,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.user_status_overview
            }
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.connect_automatically,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &v.connect_automatically
            }
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.connect_automatically,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_automatically
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.network_name,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.network_name,
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.network_name,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.network_name,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.ssid,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.ssid,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.ssid,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.ssid,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type(
        &self,
    ) -> &rt::Field<crate::beta::AndroidWiFiSecurityType> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &v.wi_fi_security_type,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.wi_fi_security_type,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AndroidWiFiSecurityType> {
        match self {
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.wi_fi_security_type,
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                &mut v.wi_fi_security_type
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidForWorkWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidForWorkWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the androidGeneralDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.androidGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidGeneralDeviceConfiguration {
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
    /// Indicates whether or not to block clipboard sharing to copy and paste between applications.
    ///
    /// CSDL: property `appsBlockClipboardSharing`: `Edm.Boolean`, not nullable.
    pub apps_block_clipboard_sharing: rt::Field<bool>,
    /// Indicates whether or not to block copy and paste within applications.
    ///
    /// CSDL: property `appsBlockCopyPaste`: `Edm.Boolean`, not nullable.
    pub apps_block_copy_paste: rt::Field<bool>,
    /// Indicates whether or not to block the YouTube app.
    ///
    /// CSDL: property `appsBlockYouTube`: `Edm.Boolean`, not nullable.
    pub apps_block_you_tube: rt::Field<bool>,
    /// List of apps to be hidden on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsHideList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_hide_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// List of apps which can be installed on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsInstallAllowList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_install_allow_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// List of apps which are blocked from being launched on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsLaunchBlockList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_launch_block_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Indicates whether or not to block Bluetooth.
    ///
    /// CSDL: property `bluetoothBlocked`: `Edm.Boolean`, not nullable.
    pub bluetooth_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the use of the camera.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block data roaming.
    ///
    /// CSDL: property `cellularBlockDataRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_roaming: rt::Field<bool>,
    /// Indicates whether or not to block SMS/MMS messaging.
    ///
    /// CSDL: property `cellularBlockMessaging`: `Edm.Boolean`, not nullable.
    pub cellular_block_messaging: rt::Field<bool>,
    /// Indicates whether or not to block voice roaming.
    ///
    /// CSDL: property `cellularBlockVoiceRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_voice_roaming: rt::Field<bool>,
    /// Indicates whether or not to block syncing Wi-Fi tethering.
    ///
    /// CSDL: property `cellularBlockWiFiTethering`: `Edm.Boolean`, not nullable.
    pub cellular_block_wi_fi_tethering: rt::Field<bool>,
    /// Type of list that is in the CompliantAppsList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::beta::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Indicates whether or not to block changing date and time while in KNOX Mode.
    ///
    /// CSDL: property `dateAndTimeBlockChanges`: `Edm.Boolean`, not nullable.
    pub date_and_time_block_changes: rt::Field<bool>,
    /// Indicates whether or not to allow device sharing mode.
    ///
    /// CSDL: property `deviceSharingAllowed`: `Edm.Boolean`, not nullable.
    pub device_sharing_allowed: rt::Field<bool>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticDataBlockSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission: rt::Field<bool>,
    /// Indicates whether or not to block user performing a factory reset.
    ///
    /// CSDL: property `factoryResetBlocked`: `Edm.Boolean`, not nullable.
    pub factory_reset_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Google account auto sync.
    ///
    /// CSDL: property `googleAccountBlockAutoSync`: `Edm.Boolean`, not nullable.
    pub google_account_block_auto_sync: rt::Field<bool>,
    /// Indicates whether or not to block the Google Play store.
    ///
    /// CSDL: property `googlePlayStoreBlocked`: `Edm.Boolean`, not nullable.
    pub google_play_store_blocked: rt::Field<bool>,
    /// A list of apps that will be allowed to run when the device is in Kiosk Mode. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `kioskModeApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub kiosk_mode_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Indicates whether or not to block the screen sleep button while in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeBlockSleepButton`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_sleep_button: rt::Field<bool>,
    /// Indicates whether or not to block the volume buttons while in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeBlockVolumeButtons`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_volume_buttons: rt::Field<bool>,
    /// Indicates whether or not to block location services.
    ///
    /// CSDL: property `locationServicesBlocked`: `Edm.Boolean`, not nullable.
    pub location_services_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Near-Field Communication.
    ///
    /// CSDL: property `nfcBlocked`: `Edm.Boolean`, not nullable.
    pub nfc_blocked: rt::Field<bool>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passwordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_fingerprint_unlock: rt::Field<bool>,
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
    /// Indicates whether or not to require a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of password that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::AndroidRequiredPasswordType>,
    /// Number of sign in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates whether or not to block powering off the device.
    ///
    /// CSDL: property `powerOffBlocked`: `Edm.Boolean`, not nullable.
    pub power_off_blocked: rt::Field<bool>,
    /// Indicates the required password complexity on Android. One of: NONE, LOW, MEDIUM, HIGH. This is an API targeted to Android 11+.
    ///
    /// CSDL: property `requiredPasswordComplexity`: `microsoft.graph.androidRequiredPasswordComplexity`, not nullable.
    pub required_password_complexity: rt::Field<
        crate::beta::AndroidRequiredPasswordComplexity,
    >,
    /// Indicates whether or not to block screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Indicates whether or not to block Google Backup.
    ///
    /// CSDL: property `storageBlockGoogleBackup`: `Edm.Boolean`, not nullable.
    pub storage_block_google_backup: rt::Field<bool>,
    /// Indicates whether or not to block removable storage usage.
    ///
    /// CSDL: property `storageBlockRemovableStorage`: `Edm.Boolean`, not nullable.
    pub storage_block_removable_storage: rt::Field<bool>,
    /// Indicates whether or not to require device encryption.
    ///
    /// CSDL: property `storageRequireDeviceEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_device_encryption: rt::Field<bool>,
    /// Indicates whether or not to require removable storage encryption.
    ///
    /// CSDL: property `storageRequireRemovableStorageEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_removable_storage_encryption: rt::Field<bool>,
    /// Indicates whether or not to block the use of the Voice Assistant.
    ///
    /// CSDL: property `voiceAssistantBlocked`: `Edm.Boolean`, not nullable.
    pub voice_assistant_blocked: rt::Field<bool>,
    /// Indicates whether or not to block voice dialing.
    ///
    /// CSDL: property `voiceDialingBlocked`: `Edm.Boolean`, not nullable.
    pub voice_dialing_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the web browser's auto fill feature.
    ///
    /// CSDL: property `webBrowserBlockAutofill`: `Edm.Boolean`, not nullable.
    pub web_browser_block_autofill: rt::Field<bool>,
    /// Indicates whether or not to block the web browser.
    ///
    /// CSDL: property `webBrowserBlocked`: `Edm.Boolean`, not nullable.
    pub web_browser_blocked: rt::Field<bool>,
    /// Indicates whether or not to block JavaScript within the web browser.
    ///
    /// CSDL: property `webBrowserBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub web_browser_block_java_script: rt::Field<bool>,
    /// Indicates whether or not to block popups within the web browser.
    ///
    /// CSDL: property `webBrowserBlockPopups`: `Edm.Boolean`, not nullable.
    pub web_browser_block_popups: rt::Field<bool>,
    /// Cookie settings within the web browser.
    ///
    /// CSDL: property `webBrowserCookieSettings`: `microsoft.graph.webBrowserCookieSettings`, not nullable.
    pub web_browser_cookie_settings: rt::Field<crate::beta::WebBrowserCookieSettings>,
    /// Indicates whether or not to block syncing Wi-Fi.
    ///
    /// CSDL: property `wiFiBlocked`: `Edm.Boolean`, not nullable.
    pub wi_fi_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidGeneralDeviceConfiguration {
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
            apps_block_clipboard_sharing: rt::Field::Absent,
            apps_block_copy_paste: rt::Field::Absent,
            apps_block_you_tube: rt::Field::Absent,
            apps_hide_list: rt::Field::Absent,
            apps_install_allow_list: rt::Field::Absent,
            apps_launch_block_list: rt::Field::Absent,
            bluetooth_blocked: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_data_roaming: rt::Field::Absent,
            cellular_block_messaging: rt::Field::Absent,
            cellular_block_voice_roaming: rt::Field::Absent,
            cellular_block_wi_fi_tethering: rt::Field::Absent,
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            date_and_time_block_changes: rt::Field::Absent,
            device_sharing_allowed: rt::Field::Absent,
            diagnostic_data_block_submission: rt::Field::Absent,
            factory_reset_blocked: rt::Field::Absent,
            google_account_block_auto_sync: rt::Field::Absent,
            google_play_store_blocked: rt::Field::Absent,
            kiosk_mode_apps: rt::Field::Absent,
            kiosk_mode_block_sleep_button: rt::Field::Absent,
            kiosk_mode_block_volume_buttons: rt::Field::Absent,
            location_services_blocked: rt::Field::Absent,
            nfc_blocked: rt::Field::Absent,
            password_block_fingerprint_unlock: rt::Field::Absent,
            password_block_trust_agents: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            power_off_blocked: rt::Field::Absent,
            required_password_complexity: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            storage_block_google_backup: rt::Field::Absent,
            storage_block_removable_storage: rt::Field::Absent,
            storage_require_device_encryption: rt::Field::Absent,
            storage_require_removable_storage_encryption: rt::Field::Absent,
            voice_assistant_blocked: rt::Field::Absent,
            voice_dialing_blocked: rt::Field::Absent,
            web_browser_block_autofill: rt::Field::Absent,
            web_browser_blocked: rt::Field::Absent,
            web_browser_block_java_script: rt::Field::Absent,
            web_browser_block_popups: rt::Field::Absent,
            web_browser_cookie_settings: rt::Field::Absent,
            wi_fi_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidGeneralDeviceConfiguration";
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
        "appsBlockClipboardSharing",
        "appsBlockCopyPaste",
        "appsBlockYouTube",
        "appsHideList",
        "appsInstallAllowList",
        "appsLaunchBlockList",
        "bluetoothBlocked",
        "cameraBlocked",
        "cellularBlockDataRoaming",
        "cellularBlockMessaging",
        "cellularBlockVoiceRoaming",
        "cellularBlockWiFiTethering",
        "compliantAppListType",
        "compliantAppsList",
        "dateAndTimeBlockChanges",
        "deviceSharingAllowed",
        "diagnosticDataBlockSubmission",
        "factoryResetBlocked",
        "googleAccountBlockAutoSync",
        "googlePlayStoreBlocked",
        "kioskModeApps",
        "kioskModeBlockSleepButton",
        "kioskModeBlockVolumeButtons",
        "locationServicesBlocked",
        "nfcBlocked",
        "passwordBlockFingerprintUnlock",
        "passwordBlockTrustAgents",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "powerOffBlocked",
        "requiredPasswordComplexity",
        "screenCaptureBlocked",
        "securityRequireVerifyApps",
        "storageBlockGoogleBackup",
        "storageBlockRemovableStorage",
        "storageRequireDeviceEncryption",
        "storageRequireRemovableStorageEncryption",
        "voiceAssistantBlocked",
        "voiceDialingBlocked",
        "webBrowserBlockAutofill",
        "webBrowserBlocked",
        "webBrowserBlockJavaScript",
        "webBrowserBlockPopups",
        "webBrowserCookieSettings",
        "wiFiBlocked",
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
        ",\"appsBlockClipboardSharing\":    ",
        ",\"appsBlockCopyPaste\":           ",
        ",\"appsBlockYouTube\":             ",
        ",\"appsHideList\":                 ",
        ",\"appsInstallAllowList\":         ",
        ",\"appsLaunchBlockList\":          ",
        ",\"bluetoothBlocked\":             ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockDataRoaming\":     ",
        ",\"cellularBlockMessaging\":       ",
        ",\"cellularBlockVoiceRoaming\":    ",
        ",\"cellularBlockWiFiTethering\":   ",
        ",\"compliantAppListType\":         ",
        ",\"compliantAppsList\":            ",
        ",\"dateAndTimeBlockChanges\":      ",
        ",\"deviceSharingAllowed\":         ",
        ",\"diagnosticDataBlockSubmission\":",
        ",\"factoryResetBlocked\":          ",
        ",\"googleAccountBlockAutoSync\":   ",
        ",\"googlePlayStoreBlocked\":       ",
        ",\"kioskModeApps\":                ",
        ",\"kioskModeBlockSleepButton\":    ",
        ",\"kioskModeBlockVolumeButtons\":  ",
        ",\"locationServicesBlocked\":      ",
        ",\"nfcBlocked\":                   ",
        ",\"passwordBlockFingerprintUnlock\":",
        ",\"passwordBlockTrustAgents\":     ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"powerOffBlocked\":              ",
        ",\"requiredPasswordComplexity\":   ",
        ",\"screenCaptureBlocked\":         ",
        ",\"securityRequireVerifyApps\":    ",
        ",\"storageBlockGoogleBackup\":     ",
        ",\"storageBlockRemovableStorage\": ",
        ",\"storageRequireDeviceEncryption\":",
        ",\"storageRequireRemovableStorageEncryption\":",
        ",\"voiceAssistantBlocked\":        ",
        ",\"voiceDialingBlocked\":          ",
        ",\"webBrowserBlockAutofill\":      ",
        ",\"webBrowserBlocked\":            ",
        ",\"webBrowserBlockJavaScript\":    ",
        ",\"webBrowserBlockPopups\":        ",
        ",\"webBrowserCookieSettings\":     ",
        ",\"wiFiBlocked\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidGeneralDeviceConfiguration\"";
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
            "apps_block_clipboard_sharing",
            &self.apps_block_clipboard_sharing,
        );
        v.field(19usize, "apps_block_copy_paste", &self.apps_block_copy_paste);
        v.field(20usize, "apps_block_you_tube", &self.apps_block_you_tube);
        v.field(21usize, "apps_hide_list", &self.apps_hide_list);
        v.field(22usize, "apps_install_allow_list", &self.apps_install_allow_list);
        v.field(23usize, "apps_launch_block_list", &self.apps_launch_block_list);
        v.field(24usize, "bluetooth_blocked", &self.bluetooth_blocked);
        v.field(25usize, "camera_blocked", &self.camera_blocked);
        v.field(
            26usize,
            "cellular_block_data_roaming",
            &self.cellular_block_data_roaming,
        );
        v.field(27usize, "cellular_block_messaging", &self.cellular_block_messaging);
        v.field(
            28usize,
            "cellular_block_voice_roaming",
            &self.cellular_block_voice_roaming,
        );
        v.field(
            29usize,
            "cellular_block_wi_fi_tethering",
            &self.cellular_block_wi_fi_tethering,
        );
        v.field(30usize, "compliant_app_list_type", &self.compliant_app_list_type);
        v.field(31usize, "compliant_apps_list", &self.compliant_apps_list);
        v.field(
            32usize,
            "date_and_time_block_changes",
            &self.date_and_time_block_changes,
        );
        v.field(33usize, "device_sharing_allowed", &self.device_sharing_allowed);
        v.field(
            34usize,
            "diagnostic_data_block_submission",
            &self.diagnostic_data_block_submission,
        );
        v.field(35usize, "factory_reset_blocked", &self.factory_reset_blocked);
        v.field(
            36usize,
            "google_account_block_auto_sync",
            &self.google_account_block_auto_sync,
        );
        v.field(37usize, "google_play_store_blocked", &self.google_play_store_blocked);
        v.field(38usize, "kiosk_mode_apps", &self.kiosk_mode_apps);
        v.field(
            39usize,
            "kiosk_mode_block_sleep_button",
            &self.kiosk_mode_block_sleep_button,
        );
        v.field(
            40usize,
            "kiosk_mode_block_volume_buttons",
            &self.kiosk_mode_block_volume_buttons,
        );
        v.field(41usize, "location_services_blocked", &self.location_services_blocked);
        v.field(42usize, "nfc_blocked", &self.nfc_blocked);
        v.field(
            43usize,
            "password_block_fingerprint_unlock",
            &self.password_block_fingerprint_unlock,
        );
        v.field(
            44usize,
            "password_block_trust_agents",
            &self.password_block_trust_agents,
        );
        v.field(45usize, "password_expiration_days", &self.password_expiration_days);
        v.field(46usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            47usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            48usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(49usize, "password_required", &self.password_required);
        v.field(50usize, "password_required_type", &self.password_required_type);
        v.field(
            51usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(52usize, "power_off_blocked", &self.power_off_blocked);
        v.field(
            53usize,
            "required_password_complexity",
            &self.required_password_complexity,
        );
        v.field(54usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            55usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(
            56usize,
            "storage_block_google_backup",
            &self.storage_block_google_backup,
        );
        v.field(
            57usize,
            "storage_block_removable_storage",
            &self.storage_block_removable_storage,
        );
        v.field(
            58usize,
            "storage_require_device_encryption",
            &self.storage_require_device_encryption,
        );
        v.field(
            59usize,
            "storage_require_removable_storage_encryption",
            &self.storage_require_removable_storage_encryption,
        );
        v.field(60usize, "voice_assistant_blocked", &self.voice_assistant_blocked);
        v.field(61usize, "voice_dialing_blocked", &self.voice_dialing_blocked);
        v.field(62usize, "web_browser_block_autofill", &self.web_browser_block_autofill);
        v.field(63usize, "web_browser_blocked", &self.web_browser_blocked);
        v.field(
            64usize,
            "web_browser_block_java_script",
            &self.web_browser_block_java_script,
        );
        v.field(65usize, "web_browser_block_popups", &self.web_browser_block_popups);
        v.field(
            66usize,
            "web_browser_cookie_settings",
            &self.web_browser_cookie_settings,
        );
        v.field(67usize, "wi_fi_blocked", &self.wi_fi_blocked);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidGeneralDeviceConfiguration {
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
            18usize => self.apps_block_clipboard_sharing.read_from(r),
            19usize => self.apps_block_copy_paste.read_from(r),
            20usize => self.apps_block_you_tube.read_from(r),
            21usize => self.apps_hide_list.read_from(r),
            22usize => self.apps_install_allow_list.read_from(r),
            23usize => self.apps_launch_block_list.read_from(r),
            24usize => self.bluetooth_blocked.read_from(r),
            25usize => self.camera_blocked.read_from(r),
            26usize => self.cellular_block_data_roaming.read_from(r),
            27usize => self.cellular_block_messaging.read_from(r),
            28usize => self.cellular_block_voice_roaming.read_from(r),
            29usize => self.cellular_block_wi_fi_tethering.read_from(r),
            30usize => self.compliant_app_list_type.read_from(r),
            31usize => self.compliant_apps_list.read_from(r),
            32usize => self.date_and_time_block_changes.read_from(r),
            33usize => self.device_sharing_allowed.read_from(r),
            34usize => self.diagnostic_data_block_submission.read_from(r),
            35usize => self.factory_reset_blocked.read_from(r),
            36usize => self.google_account_block_auto_sync.read_from(r),
            37usize => self.google_play_store_blocked.read_from(r),
            38usize => self.kiosk_mode_apps.read_from(r),
            39usize => self.kiosk_mode_block_sleep_button.read_from(r),
            40usize => self.kiosk_mode_block_volume_buttons.read_from(r),
            41usize => self.location_services_blocked.read_from(r),
            42usize => self.nfc_blocked.read_from(r),
            43usize => self.password_block_fingerprint_unlock.read_from(r),
            44usize => self.password_block_trust_agents.read_from(r),
            45usize => self.password_expiration_days.read_from(r),
            46usize => self.password_minimum_length.read_from(r),
            47usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            48usize => self.password_previous_password_block_count.read_from(r),
            49usize => self.password_required.read_from(r),
            50usize => self.password_required_type.read_from(r),
            51usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            52usize => self.power_off_blocked.read_from(r),
            53usize => self.required_password_complexity.read_from(r),
            54usize => self.screen_capture_blocked.read_from(r),
            55usize => self.security_require_verify_apps.read_from(r),
            56usize => self.storage_block_google_backup.read_from(r),
            57usize => self.storage_block_removable_storage.read_from(r),
            58usize => self.storage_require_device_encryption.read_from(r),
            59usize => self.storage_require_removable_storage_encryption.read_from(r),
            60usize => self.voice_assistant_blocked.read_from(r),
            61usize => self.voice_dialing_blocked.read_from(r),
            62usize => self.web_browser_block_autofill.read_from(r),
            63usize => self.web_browser_blocked.read_from(r),
            64usize => self.web_browser_block_java_script.read_from(r),
            65usize => self.web_browser_block_popups.read_from(r),
            66usize => self.web_browser_cookie_settings.read_from(r),
            67usize => self.wi_fi_blocked.read_from(r),
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
        w.field(18usize, &self.apps_block_clipboard_sharing);
        w.field(19usize, &self.apps_block_copy_paste);
        w.field(20usize, &self.apps_block_you_tube);
        w.field(21usize, &self.apps_hide_list);
        w.field(22usize, &self.apps_install_allow_list);
        w.field(23usize, &self.apps_launch_block_list);
        w.field(24usize, &self.bluetooth_blocked);
        w.field(25usize, &self.camera_blocked);
        w.field(26usize, &self.cellular_block_data_roaming);
        w.field(27usize, &self.cellular_block_messaging);
        w.field(28usize, &self.cellular_block_voice_roaming);
        w.field(29usize, &self.cellular_block_wi_fi_tethering);
        w.field(30usize, &self.compliant_app_list_type);
        w.field(31usize, &self.compliant_apps_list);
        w.field(32usize, &self.date_and_time_block_changes);
        w.field(33usize, &self.device_sharing_allowed);
        w.field(34usize, &self.diagnostic_data_block_submission);
        w.field(35usize, &self.factory_reset_blocked);
        w.field(36usize, &self.google_account_block_auto_sync);
        w.field(37usize, &self.google_play_store_blocked);
        w.field(38usize, &self.kiosk_mode_apps);
        w.field(39usize, &self.kiosk_mode_block_sleep_button);
        w.field(40usize, &self.kiosk_mode_block_volume_buttons);
        w.field(41usize, &self.location_services_blocked);
        w.field(42usize, &self.nfc_blocked);
        w.field(43usize, &self.password_block_fingerprint_unlock);
        w.field(44usize, &self.password_block_trust_agents);
        w.field(45usize, &self.password_expiration_days);
        w.field(46usize, &self.password_minimum_length);
        w.field(47usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(48usize, &self.password_previous_password_block_count);
        w.field(49usize, &self.password_required);
        w.field(50usize, &self.password_required_type);
        w.field(51usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(52usize, &self.power_off_blocked);
        w.field(53usize, &self.required_password_complexity);
        w.field(54usize, &self.screen_capture_blocked);
        w.field(55usize, &self.security_require_verify_apps);
        w.field(56usize, &self.storage_block_google_backup);
        w.field(57usize, &self.storage_block_removable_storage);
        w.field(58usize, &self.storage_require_device_encryption);
        w.field(59usize, &self.storage_require_removable_storage_encryption);
        w.field(60usize, &self.voice_assistant_blocked);
        w.field(61usize, &self.voice_dialing_blocked);
        w.field(62usize, &self.web_browser_block_autofill);
        w.field(63usize, &self.web_browser_blocked);
        w.field(64usize, &self.web_browser_block_java_script);
        w.field(65usize, &self.web_browser_block_popups);
        w.field(66usize, &self.web_browser_cookie_settings);
        w.field(67usize, &self.wi_fi_blocked);
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
rt::impl_object!(AndroidGeneralDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidGeneralDeviceConfiguration { with_id id : ::std::string::String;
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
    with_apps_block_clipboard_sharing apps_block_clipboard_sharing : bool;
    with_apps_block_copy_paste apps_block_copy_paste : bool; with_apps_block_you_tube
    apps_block_you_tube : bool; with_apps_hide_list apps_hide_list : ::std::vec::Vec <
    crate ::beta::AnyAppListItem >; with_apps_install_allow_list apps_install_allow_list
    : ::std::vec::Vec < crate ::beta::AnyAppListItem >; with_apps_launch_block_list
    apps_launch_block_list : ::std::vec::Vec < crate ::beta::AnyAppListItem >;
    with_bluetooth_blocked bluetooth_blocked : bool; with_camera_blocked camera_blocked :
    bool; with_cellular_block_data_roaming cellular_block_data_roaming : bool;
    with_cellular_block_messaging cellular_block_messaging : bool;
    with_cellular_block_voice_roaming cellular_block_voice_roaming : bool;
    with_cellular_block_wi_fi_tethering cellular_block_wi_fi_tethering : bool;
    with_compliant_app_list_type compliant_app_list_type : crate ::beta::AppListType;
    with_compliant_apps_list compliant_apps_list : ::std::vec::Vec < crate
    ::beta::AnyAppListItem >; with_date_and_time_block_changes
    date_and_time_block_changes : bool; with_device_sharing_allowed
    device_sharing_allowed : bool; with_diagnostic_data_block_submission
    diagnostic_data_block_submission : bool; with_factory_reset_blocked
    factory_reset_blocked : bool; with_google_account_block_auto_sync
    google_account_block_auto_sync : bool; with_google_play_store_blocked
    google_play_store_blocked : bool; with_kiosk_mode_apps kiosk_mode_apps :
    ::std::vec::Vec < crate ::beta::AnyAppListItem >; with_kiosk_mode_block_sleep_button
    kiosk_mode_block_sleep_button : bool; with_kiosk_mode_block_volume_buttons
    kiosk_mode_block_volume_buttons : bool; with_location_services_blocked
    location_services_blocked : bool; with_nfc_blocked nfc_blocked : bool;
    with_password_block_fingerprint_unlock password_block_fingerprint_unlock : bool;
    with_password_block_trust_agents password_block_trust_agents : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::AndroidRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32; with_power_off_blocked
    power_off_blocked : bool; with_required_password_complexity
    required_password_complexity : crate ::beta::AndroidRequiredPasswordComplexity;
    with_screen_capture_blocked screen_capture_blocked : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_storage_block_google_backup storage_block_google_backup : bool;
    with_storage_block_removable_storage storage_block_removable_storage : bool;
    with_storage_require_device_encryption storage_require_device_encryption : bool;
    with_storage_require_removable_storage_encryption
    storage_require_removable_storage_encryption : bool; with_voice_assistant_blocked
    voice_assistant_blocked : bool; with_voice_dialing_blocked voice_dialing_blocked :
    bool; with_web_browser_block_autofill web_browser_block_autofill : bool;
    with_web_browser_blocked web_browser_blocked : bool;
    with_web_browser_block_java_script web_browser_block_java_script : bool;
    with_web_browser_block_popups web_browser_block_popups : bool;
    with_web_browser_cookie_settings web_browser_cookie_settings : crate
    ::beta::WebBrowserCookieSettings; with_wi_fi_blocked wi_fi_blocked : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidGeneralDeviceConfiguration);
