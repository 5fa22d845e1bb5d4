//! Types of `microsoft.graph` by the first letters of their names (`ioss_iosw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// iOS SCEP certificate profile.
///
/// CSDL: `microsoft.graph.iosScepCertificateProfile`, entity type, derived from `microsoft.graph.iosCertificateProfileBase`, key `id`.
///
/// Request builders: [`IosScepCertificateProfilePath`](requests/trait.IosScepCertificateProfilePath.html), what a path to one (`EntityPath<IosScepCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosScepCertificateProfile {
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
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name type.
    ///
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.appleSubjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::AppleSubjectNameFormat>,
    /// Target store certificate
    ///
    /// CSDL: property `certificateStore`: `microsoft.graph.certificateStore`, nullable.
    pub certificate_store: rt::Field<crate::beta::CertificateStore>,
    /// Custom Subject Alternative Name Settings. The OnPremisesUserPrincipalName variable is support as well as others documented here: http://go.microsoft.com/fwlink/?LinkId=2027630. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `customSubjectAlternativeNames`: `Collection(microsoft.graph.customSubjectAlternativeName)`, nullable.
    pub custom_subject_alternative_names: rt::Field<
        ::std::vec::Vec<crate::beta::CustomSubjectAlternativeName>,
    >,
    /// Extended Key Usage (EKU) settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, not nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
    /// SCEP Key Size.
    ///
    /// CSDL: property `keySize`: `microsoft.graph.keySize`, not nullable.
    pub key_size: rt::Field<crate::beta::KeySize>,
    /// SCEP Key Usage.
    ///
    /// CSDL: property `keyUsage`: `microsoft.graph.keyUsages`, not nullable.
    pub key_usage: rt::Field<rt::Flags<crate::beta::KeyUsages>>,
    /// SCEP Server Url(s).
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
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.iosTrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::IosTrustedRootCertificate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosScepCertificateProfile {
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
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            certificate_store: rt::Field::Absent,
            custom_subject_alternative_names: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
            key_size: rt::Field::Absent,
            key_usage: rt::Field::Absent,
            scep_server_urls: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosScepCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.iosScepCertificateProfile";
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
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
        "certificateStore",
        "customSubjectAlternativeNames",
        "extendedKeyUsages",
        "keySize",
        "keyUsage",
        "scepServerUrls",
        "subjectAlternativeNameFormatString",
        "subjectNameFormatString",
        "managedDeviceCertificateStates",
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
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"certificateStore\":             ",
        ",\"customSubjectAlternativeNames\":",
        ",\"extendedKeyUsages\":            ",
        ",\"keySize\":                      ",
        ",\"keyUsage\":                     ",
        ",\"scepServerUrls\":               ",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
        ",\"rootCertificate\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosScepCertificateProfile\"";
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
        v.field(
            20usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            21usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(22usize, "subject_name_format", &self.subject_name_format);
        v.field(23usize, "certificate_store", &self.certificate_store);
        v.field(
            24usize,
            "custom_subject_alternative_names",
            &self.custom_subject_alternative_names,
        );
        v.field(25usize, "extended_key_usages", &self.extended_key_usages);
        v.field(26usize, "key_size", &self.key_size);
        v.field(27usize, "key_usage", &self.key_usage);
        v.field(28usize, "scep_server_urls", &self.scep_server_urls);
        v.field(
            29usize,
            "subject_alternative_name_format_string",
            &self.subject_alternative_name_format_string,
        );
        v.field(30usize, "subject_name_format_string", &self.subject_name_format_string);
        v.field(
            31usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
        v.field(32usize, "root_certificate", &self.root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosScepCertificateProfile {
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
            20usize => self.renewal_threshold_percentage.read_from(r),
            21usize => self.subject_alternative_name_type.read_from(r),
            22usize => self.subject_name_format.read_from(r),
            23usize => self.certificate_store.read_from(r),
            24usize => self.custom_subject_alternative_names.read_from(r),
            25usize => self.extended_key_usages.read_from(r),
            26usize => self.key_size.read_from(r),
            27usize => self.key_usage.read_from(r),
            28usize => self.scep_server_urls.read_from(r),
            29usize => self.subject_alternative_name_format_string.read_from(r),
            30usize => self.subject_name_format_string.read_from(r),
            31usize => self.managed_device_certificate_states.read_from(r),
            32usize => self.root_certificate.read_from(r),
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
        w.field(20usize, &self.renewal_threshold_percentage);
        w.field(21usize, &self.subject_alternative_name_type);
        w.field(22usize, &self.subject_name_format);
        w.field(23usize, &self.certificate_store);
        w.field(24usize, &self.custom_subject_alternative_names);
        w.field(25usize, &self.extended_key_usages);
        w.field(26usize, &self.key_size);
        w.field(27usize, &self.key_usage);
        w.field(28usize, &self.scep_server_urls);
        w.field(29usize, &self.subject_alternative_name_format_string);
        w.field(30usize, &self.subject_name_format_string);
        w.field(31usize, &self.managed_device_certificate_states);
        w.field(32usize, &self.root_certificate);
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
rt::impl_object!(IosScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosScepCertificateProfile { with_id id : ::std::string::String;
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
    certificate_validity_period_value : i32; with_renewal_threshold_percentage
    renewal_threshold_percentage : i32; with_subject_alternative_name_type
    subject_alternative_name_type : rt::Flags < crate ::beta::SubjectAlternativeNameType
    >; with_subject_name_format subject_name_format : crate
    ::beta::AppleSubjectNameFormat; with_certificate_store certificate_store : crate
    ::beta::CertificateStore; with_custom_subject_alternative_names
    custom_subject_alternative_names : ::std::vec::Vec < crate
    ::beta::CustomSubjectAlternativeName >; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >; with_key_size key_size : crate
    ::beta::KeySize; with_key_usage key_usage : rt::Flags < crate ::beta::KeyUsages >;
    with_scep_server_urls scep_server_urls : ::std::vec::Vec < ::std::string::String >;
    with_subject_alternative_name_format_string subject_alternative_name_format_string :
    ::std::string::String; with_subject_name_format_string subject_name_format_string :
    ::std::string::String; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; with_root_certificate root_certificate :
    crate ::beta::IosTrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// iOS Trusted Root Certificate configuration profile.
///
/// CSDL: `microsoft.graph.iosTrustedRootCertificate`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosTrustedRootCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosTrustedRootCertificate {
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
    /// Trusted Root Certificate.
    ///
    /// CSDL: property `trustedRootCertificate`: `Edm.Binary`, not nullable.
    pub trusted_root_certificate: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosTrustedRootCertificate {
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
impl rt::Object for IosTrustedRootCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.iosTrustedRootCertificate";
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
    const TAG: &'static str = "\"#microsoft.graph.iosTrustedRootCertificate\"";
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
impl rt::object::Members for IosTrustedRootCertificate {
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
rt::impl_object!(IosTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosTrustedRootCertificate { with_id id : ::std::string::String;
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
rt::impl_serde!(IosTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// IOS Update Configuration, allows you to configure time window within week to install iOS updates
///
/// CSDL: `microsoft.graph.iosUpdateConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosUpdateConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosUpdateConfiguration {
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
    /// Active Hours End (active hours mean the time window when updates install should not happen)
    ///
    /// CSDL: property `activeHoursEnd`: `Edm.TimeOfDay`, not nullable.
    pub active_hours_end: rt::Field<rt::edm::TimeOfDay>,
    /// Active Hours Start (active hours mean the time window when updates install should not happen)
    ///
    /// CSDL: property `activeHoursStart`: `Edm.TimeOfDay`, not nullable.
    pub active_hours_start: rt::Field<rt::edm::TimeOfDay>,
    /// If update schedule type is set to use time window scheduling, custom time windows when updates will be scheduled. This collection can contain a maximum of 20 elements.
    ///
    /// CSDL: property `customUpdateTimeWindows`: `Collection(microsoft.graph.customUpdateTimeWindow)`, nullable.
    pub custom_update_time_windows: rt::Field<
        ::std::vec::Vec<crate::beta::CustomUpdateTimeWindow>,
    >,
    /// If left unspecified, devices will update to the latest version of the OS.
    ///
    /// CSDL: property `desiredOsVersion`: `Edm.String`, nullable.
    pub desired_os_version: rt::Field<::std::string::String>,
    /// Days before software updates are visible to iOS devices ranging from 0 to 90 inclusive
    ///
    /// CSDL: property `enforcedSoftwareUpdateDelayInDays`: `Edm.Int32`, nullable.
    pub enforced_software_update_delay_in_days: rt::Field<i32>,
    /// Is setting enabled in UI
    ///
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// Days in week for which active hours are configured. This collection can contain a maximum of 7 elements.
    ///
    /// CSDL: property `scheduledInstallDays`: `Collection(microsoft.graph.dayOfWeek)`, not nullable.
    pub scheduled_install_days: rt::Field<::std::vec::Vec<crate::beta::DayOfWeek>>,
    /// Update schedule type
    ///
    /// CSDL: property `updateScheduleType`: `microsoft.graph.iosSoftwareUpdateScheduleType`, not nullable.
    pub update_schedule_type: rt::Field<crate::beta::IosSoftwareUpdateScheduleType>,
    /// UTC Time Offset indicated in minutes
    ///
    /// CSDL: property `utcTimeOffsetInMinutes`: `Edm.Int32`, nullable.
    pub utc_time_offset_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosUpdateConfiguration {
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
            active_hours_end: rt::Field::Absent,
            active_hours_start: rt::Field::Absent,
            custom_update_time_windows: rt::Field::Absent,
            desired_os_version: rt::Field::Absent,
            enforced_software_update_delay_in_days: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            scheduled_install_days: rt::Field::Absent,
            update_schedule_type: rt::Field::Absent,
            utc_time_offset_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosUpdateConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosUpdateConfiguration";
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
        "activeHoursEnd",
        "activeHoursStart",
        "customUpdateTimeWindows",
        "desiredOsVersion",
        "enforcedSoftwareUpdateDelayInDays",
        "isEnabled",
        "scheduledInstallDays",
        "updateScheduleType",
        "utcTimeOffsetInMinutes",
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
        ",\"activeHoursEnd\":               ",
        ",\"activeHoursStart\":             ",
        ",\"customUpdateTimeWindows\":      ",
        ",\"desiredOsVersion\":             ",
        ",\"enforcedSoftwareUpdateDelayInDays\":",
        ",\"isEnabled\":                    ",
        ",\"scheduledInstallDays\":         ",
        ",\"updateScheduleType\":           ",
        ",\"utcTimeOffsetInMinutes\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosUpdateConfiguration\"";
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
        v.field(18usize, "active_hours_end", &self.active_hours_end);
        v.field(19usize, "active_hours_start", &self.active_hours_start);
        v.field(20usize, "custom_update_time_windows", &self.custom_update_time_windows);
        v.field(21usize, "desired_os_version", &self.desired_os_version);
        v.field(
            22usize,
            "enforced_software_update_delay_in_days",
            &self.enforced_software_update_delay_in_days,
        );
        v.field(23usize, "is_enabled", &self.is_enabled);
        v.field(24usize, "scheduled_install_days", &self.scheduled_install_days);
        v.field(25usize, "update_schedule_type", &self.update_schedule_type);
        v.field(26usize, "utc_time_offset_in_minutes", &self.utc_time_offset_in_minutes);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosUpdateConfiguration {
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
            18usize => self.active_hours_end.read_from(r),
            19usize => self.active_hours_start.read_from(r),
            20usize => self.custom_update_time_windows.read_from(r),
            21usize => self.desired_os_version.read_from(r),
            22usize => self.enforced_software_update_delay_in_days.read_from(r),
            23usize => self.is_enabled.read_from(r),
            24usize => self.scheduled_install_days.read_from(r),
            25usize => self.update_schedule_type.read_from(r),
            26usize => self.utc_time_offset_in_minutes.read_from(r),
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
        w.field(18usize, &self.active_hours_end);
        w.field(19usize, &self.active_hours_start);
        w.field(20usize, &self.custom_update_time_windows);
        w.field(21usize, &self.desired_os_version);
        w.field(22usize, &self.enforced_software_update_delay_in_days);
        w.field(23usize, &self.is_enabled);
        w.field(24usize, &self.scheduled_install_days);
        w.field(25usize, &self.update_schedule_type);
        w.field(26usize, &self.utc_time_offset_in_minutes);
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
rt::impl_object!(IosUpdateConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosUpdateConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    with_active_hours_end active_hours_end : rt::edm::TimeOfDay; with_active_hours_start
    active_hours_start : rt::edm::TimeOfDay; with_custom_update_time_windows
    custom_update_time_windows : ::std::vec::Vec < crate ::beta::CustomUpdateTimeWindow
    >; with_desired_os_version desired_os_version : ::std::string::String;
    with_enforced_software_update_delay_in_days enforced_software_update_delay_in_days :
    i32; with_is_enabled is_enabled : bool; with_scheduled_install_days
    scheduled_install_days : ::std::vec::Vec < crate ::beta::DayOfWeek >;
    with_update_schedule_type update_schedule_type : crate
    ::beta::IosSoftwareUpdateScheduleType; with_utc_time_offset_in_minutes
    utc_time_offset_in_minutes : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosUpdateConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the iOS device to connect to desired VPN endpoint. By specifying the authentication method and security types expected by VPN endpoint you can make the VPN connection seamless for end user.
///
/// CSDL: `microsoft.graph.iosVpnConfiguration`, entity type, derived from `microsoft.graph.appleVpnConfiguration`, key `id`.
///
/// Request builders: [`IosVpnConfigurationPath`](requests/trait.IosVpnConfigurationPath.html), what a path to one (`EntityPath<AnyIosVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVpnConfiguration {
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
    /// Zscaler only. Zscaler cloud which the user is assigned to.
    ///
    /// CSDL: property `cloudName`: `Edm.String`, nullable.
    pub cloud_name: rt::Field<::std::string::String>,
    /// Zscaler only. List of network addresses which are not sent through the Zscaler cloud.
    ///
    /// CSDL: property `excludeList`: `Collection(Edm.String)`, nullable.
    pub exclude_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Microsoft Tunnel site ID.
    ///
    /// CSDL: property `microsoftTunnelSiteId`: `Edm.String`, nullable.
    pub microsoft_tunnel_site_id: rt::Field<::std::string::String>,
    /// Zscaler only. Blocks network traffic until the user signs into Zscaler app. "True" means traffic is blocked.
    ///
    /// CSDL: property `strictEnforcement`: `Edm.Boolean`, nullable.
    pub strict_enforcement: rt::Field<bool>,
    /// Targeted mobile apps. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Zscaler only. Enter a static domain to pre-populate the login field with in the Zscaler app. If this is left empty, the user's Azure Active Directory domain will be used instead.
    ///
    /// CSDL: property `userDomain`: `Edm.String`, nullable.
    pub user_domain: rt::Field<::std::string::String>,
    /// Tenant level settings for the Derived Credentials to be used for authentication.
    ///
    /// CSDL: navigation property `derivedCredentialSettings`: `microsoft.graph.deviceManagementDerivedCredentialSettings`, nullable.
    pub derived_credential_settings: rt::Field<
        crate::beta::DeviceManagementDerivedCredentialSettings,
    >,
    /// Identity certificate for client authentication when authentication method is certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.iosCertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<crate::beta::AnyIosCertificateProfileBase>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosVpnConfiguration {
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
            cloud_name: rt::Field::Absent,
            exclude_list: rt::Field::Absent,
            microsoft_tunnel_site_id: rt::Field::Absent,
            strict_enforcement: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            user_domain: rt::Field::Absent,
            derived_credential_settings: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosVpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVpnConfiguration";
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
        "cloudName",
        "excludeList",
        "microsoftTunnelSiteId",
        "strictEnforcement",
        "targetedMobileApps",
        "userDomain",
        "derivedCredentialSettings",
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
        ",\"cloudName\":                    ",
        ",\"excludeList\":                  ",
        ",\"microsoftTunnelSiteId\":        ",
        ",\"strictEnforcement\":            ",
        ",\"targetedMobileApps\":           ",
        ",\"userDomain\":                   ",
        ",\"derivedCredentialSettings\":    ",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVpnConfiguration\"";
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
        v.field(40usize, "cloud_name", &self.cloud_name);
        v.field(41usize, "exclude_list", &self.exclude_list);
        v.field(42usize, "microsoft_tunnel_site_id", &self.microsoft_tunnel_site_id);
        v.field(43usize, "strict_enforcement", &self.strict_enforcement);
        v.field(44usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(45usize, "user_domain", &self.user_domain);
        v.field(
            46usize,
            "derived_credential_settings",
            &self.derived_credential_settings,
        );
        v.field(47usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosVpnConfiguration {
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
            40usize => self.cloud_name.read_from(r),
            41usize => self.exclude_list.read_from(r),
            42usize => self.microsoft_tunnel_site_id.read_from(r),
            43usize => self.strict_enforcement.read_from(r),
            44usize => self.targeted_mobile_apps.read_from(r),
            45usize => self.user_domain.read_from(r),
            46usize => self.derived_credential_settings.read_from(r),
            47usize => self.identity_certificate.read_from(r),
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
        w.field(40usize, &self.cloud_name);
        w.field(41usize, &self.exclude_list);
        w.field(42usize, &self.microsoft_tunnel_site_id);
        w.field(43usize, &self.strict_enforcement);
        w.field(44usize, &self.targeted_mobile_apps);
        w.field(45usize, &self.user_domain);
        w.field(46usize, &self.derived_credential_settings);
        w.field(47usize, &self.identity_certificate);
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
rt::impl_object!(IosVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosVpnConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    ::std::string::String >; with_server server : crate ::beta::VpnServer;
    with_cloud_name cloud_name : ::std::string::String; with_exclude_list exclude_list :
    ::std::vec::Vec < ::std::string::String >; with_microsoft_tunnel_site_id
    microsoft_tunnel_site_id : ::std::string::String; with_strict_enforcement
    strict_enforcement : bool; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < crate ::beta::AnyAppListItem >; with_user_domain user_domain :
    ::std::string::String; with_derived_credential_settings derived_credential_settings :
    crate ::beta::DeviceManagementDerivedCredentialSettings; with_identity_certificate
    identity_certificate : crate ::beta::AnyIosCertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.iosVpnConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosVpnConfiguration {
    IosVpnConfiguration(::std::boxed::Box<crate::beta::IosVpnConfiguration>),
    IosikEv2VpnConfiguration(::std::boxed::Box<crate::beta::IosikEv2VpnConfiguration>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyIosVpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self::IosVpnConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVpnConfiguration> for AnyIosVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::IosVpnConfiguration) -> Self {
        Self::IosVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosikEv2VpnConfiguration>
for AnyIosVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::IosikEv2VpnConfiguration) -> Self {
        Self::IosikEv2VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyIosVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IosVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::IosikEv2VpnConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyIosVpnConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.iosVpnConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosikEv2VpnConfiguration") => {
                Self::IosikEv2VpnConfiguration(rt::object::new_boxed())
            }
            _ => Self::IosVpnConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosVpnConfiguration(v) => &**v,
            Self::IosikEv2VpnConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosVpnConfiguration(v) => &mut **v,
            Self::IosikEv2VpnConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyIosVpnConfiguration {
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
            Self::IosVpnConfiguration(v) => &v.id,
            Self::IosikEv2VpnConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.id,
            Self::IosikEv2VpnConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosVpnConfiguration(v) => &v.created_date_time,
            Self::IosikEv2VpnConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.created_date_time,
            Self::IosikEv2VpnConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.description,
            Self::IosikEv2VpnConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.description,
            Self::IosikEv2VpnConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosikEv2VpnConfiguration(v) => {
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
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosikEv2VpnConfiguration(v) => {
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
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosikEv2VpnConfiguration(v) => {
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
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosikEv2VpnConfiguration(v) => {
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
            Self::IosVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosikEv2VpnConfiguration(v) => {
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
            Self::IosVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.display_name,
            Self::IosikEv2VpnConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.display_name,
            Self::IosikEv2VpnConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosVpnConfiguration(v) => &v.last_modified_date_time,
            Self::IosikEv2VpnConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosikEv2VpnConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosikEv2VpnConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosikEv2VpnConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &v.supports_scope_tags,
            Self::IosikEv2VpnConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosikEv2VpnConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::IosVpnConfiguration(v) => &v.version,
            Self::IosikEv2VpnConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.version,
            Self::IosikEv2VpnConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.assignments,
            Self::IosikEv2VpnConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.assignments,
            Self::IosikEv2VpnConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosikEv2VpnConfiguration(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_setting_state_summaries,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.device_statuses,
            Self::IosikEv2VpnConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.device_statuses,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::IosVpnConfiguration(v) => &v.device_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.device_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.group_assignments,
            Self::IosikEv2VpnConfiguration(v) => &v.group_assignments,
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
            Self::IosVpnConfiguration(v) => &mut v.group_assignments,
            Self::IosikEv2VpnConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.user_statuses,
            Self::IosikEv2VpnConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.user_statuses,
            Self::IosikEv2VpnConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::IosVpnConfiguration(v) => &v.user_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.user_status_overview,
            Self::IosikEv2VpnConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `associatedDomains` of any variant.
    #[inline]
    pub fn associated_domains(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.associated_domains,
            Self::IosikEv2VpnConfiguration(v) => &v.associated_domains,
        }
    }
    /// `associatedDomains` of any variant.
    #[inline]
    pub fn associated_domains_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.associated_domains,
            Self::IosikEv2VpnConfiguration(v) => &mut v.associated_domains,
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method(
        &self,
    ) -> &rt::Field<crate::beta::VpnAuthenticationMethod> {
        match self {
            Self::IosVpnConfiguration(v) => &v.authentication_method,
            Self::IosikEv2VpnConfiguration(v) => &v.authentication_method,
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::VpnAuthenticationMethod> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.authentication_method,
            Self::IosikEv2VpnConfiguration(v) => &mut v.authentication_method,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.connection_name,
            Self::IosikEv2VpnConfiguration(v) => &v.connection_name,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.connection_name,
            Self::IosikEv2VpnConfiguration(v) => &mut v.connection_name,
        }
    }
    /// `connectionType` of any variant.
    #[inline]
    pub fn connection_type(&self) -> &rt::Field<crate::beta::AppleVpnConnectionType> {
        match self {
            Self::IosVpnConfiguration(v) => &v.connection_type,
            Self::IosikEv2VpnConfiguration(v) => &v.connection_type,
        }
    }
    /// `connectionType` of any variant.
    #[inline]
    pub fn connection_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AppleVpnConnectionType> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.connection_type,
            Self::IosikEv2VpnConfiguration(v) => &mut v.connection_type,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data(&self) -> &rt::Field<::std::vec::Vec<crate::beta::KeyValue>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.custom_data,
            Self::IosikEv2VpnConfiguration(v) => &v.custom_data,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::KeyValue>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.custom_data,
            Self::IosikEv2VpnConfiguration(v) => &mut v.custom_data,
        }
    }
    /// `customKeyValueData` of any variant.
    #[inline]
    pub fn custom_key_value_data(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.custom_key_value_data,
            Self::IosikEv2VpnConfiguration(v) => &v.custom_key_value_data,
        }
    }
    /// `customKeyValueData` of any variant.
    #[inline]
    pub fn custom_key_value_data_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.custom_key_value_data,
            Self::IosikEv2VpnConfiguration(v) => &mut v.custom_key_value_data,
        }
    }
    /// `disableOnDemandUserOverride` of any variant.
    #[inline]
    pub fn disable_on_demand_user_override(&self) -> &rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &v.disable_on_demand_user_override,
            Self::IosikEv2VpnConfiguration(v) => &v.disable_on_demand_user_override,
        }
    }
    /// `disableOnDemandUserOverride` of any variant.
    #[inline]
    pub fn disable_on_demand_user_override_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.disable_on_demand_user_override,
            Self::IosikEv2VpnConfiguration(v) => &mut v.disable_on_demand_user_override,
        }
    }
    /// `disconnectOnIdle` of any variant.
    #[inline]
    pub fn disconnect_on_idle(&self) -> &rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &v.disconnect_on_idle,
            Self::IosikEv2VpnConfiguration(v) => &v.disconnect_on_idle,
        }
    }
    /// `disconnectOnIdle` of any variant.
    #[inline]
    pub fn disconnect_on_idle_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.disconnect_on_idle,
            Self::IosikEv2VpnConfiguration(v) => &mut v.disconnect_on_idle,
        }
    }
    /// `disconnectOnIdleTimerInSeconds` of any variant.
    #[inline]
    pub fn disconnect_on_idle_timer_in_seconds(&self) -> &rt::Field<i32> {
        match self {
            Self::IosVpnConfiguration(v) => &v.disconnect_on_idle_timer_in_seconds,
            Self::IosikEv2VpnConfiguration(v) => &v.disconnect_on_idle_timer_in_seconds,
        }
    }
    /// `disconnectOnIdleTimerInSeconds` of any variant.
    #[inline]
    pub fn disconnect_on_idle_timer_in_seconds_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.disconnect_on_idle_timer_in_seconds,
            Self::IosikEv2VpnConfiguration(v) => {
                &mut v.disconnect_on_idle_timer_in_seconds
            }
        }
    }
    /// `enablePerApp` of any variant.
    #[inline]
    pub fn enable_per_app(&self) -> &rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &v.enable_per_app,
            Self::IosikEv2VpnConfiguration(v) => &v.enable_per_app,
        }
    }
    /// `enablePerApp` of any variant.
    #[inline]
    pub fn enable_per_app_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.enable_per_app,
            Self::IosikEv2VpnConfiguration(v) => &mut v.enable_per_app,
        }
    }
    /// `enableSplitTunneling` of any variant.
    #[inline]
    pub fn enable_split_tunneling(&self) -> &rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &v.enable_split_tunneling,
            Self::IosikEv2VpnConfiguration(v) => &v.enable_split_tunneling,
        }
    }
    /// `enableSplitTunneling` of any variant.
    #[inline]
    pub fn enable_split_tunneling_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.enable_split_tunneling,
            Self::IosikEv2VpnConfiguration(v) => &mut v.enable_split_tunneling,
        }
    }
    /// `excludedDomains` of any variant.
    #[inline]
    pub fn excluded_domains(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.excluded_domains,
            Self::IosikEv2VpnConfiguration(v) => &v.excluded_domains,
        }
    }
    /// `excludedDomains` of any variant.
    #[inline]
    pub fn excluded_domains_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.excluded_domains,
            Self::IosikEv2VpnConfiguration(v) => &mut v.excluded_domains,
        }
    }
    /// `identifier` of any variant.
    #[inline]
    pub fn identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.identifier,
            Self::IosikEv2VpnConfiguration(v) => &v.identifier,
        }
    }
    /// `identifier` of any variant.
    #[inline]
    pub fn identifier_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.identifier,
            Self::IosikEv2VpnConfiguration(v) => &mut v.identifier,
        }
    }
    /// `loginGroupOrDomain` of any variant.
    #[inline]
    pub fn login_group_or_domain(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.login_group_or_domain,
            Self::IosikEv2VpnConfiguration(v) => &v.login_group_or_domain,
        }
    }
    /// `loginGroupOrDomain` of any variant.
    #[inline]
    pub fn login_group_or_domain_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.login_group_or_domain,
            Self::IosikEv2VpnConfiguration(v) => &mut v.login_group_or_domain,
        }
    }
    /// `onDemandRules` of any variant.
    #[inline]
    pub fn on_demand_rules(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::VpnOnDemandRule>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.on_demand_rules,
            Self::IosikEv2VpnConfiguration(v) => &v.on_demand_rules,
        }
    }
    /// `onDemandRules` of any variant.
    #[inline]
    pub fn on_demand_rules_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::VpnOnDemandRule>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.on_demand_rules,
            Self::IosikEv2VpnConfiguration(v) => &mut v.on_demand_rules,
        }
    }
    /// `optInToDeviceIdSharing` of any variant.
    #[inline]
    pub fn opt_in_to_device_id_sharing(&self) -> &rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &v.opt_in_to_device_id_sharing,
            Self::IosikEv2VpnConfiguration(v) => &v.opt_in_to_device_id_sharing,
        }
    }
    /// `optInToDeviceIdSharing` of any variant.
    #[inline]
    pub fn opt_in_to_device_id_sharing_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.opt_in_to_device_id_sharing,
            Self::IosikEv2VpnConfiguration(v) => &mut v.opt_in_to_device_id_sharing,
        }
    }
    /// `providerType` of any variant.
    #[inline]
    pub fn provider_type(&self) -> &rt::Field<crate::beta::VpnProviderType> {
        match self {
            Self::IosVpnConfiguration(v) => &v.provider_type,
            Self::IosikEv2VpnConfiguration(v) => &v.provider_type,
        }
    }
    /// `providerType` of any variant.
    #[inline]
    pub fn provider_type_mut(&mut self) -> &mut rt::Field<crate::beta::VpnProviderType> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.provider_type,
            Self::IosikEv2VpnConfiguration(v) => &mut v.provider_type,
        }
    }
    /// `proxyServer` of any variant.
    #[inline]
    pub fn proxy_server(&self) -> &rt::Field<crate::beta::AnyVpnProxyServer> {
        match self {
            Self::IosVpnConfiguration(v) => &v.proxy_server,
            Self::IosikEv2VpnConfiguration(v) => &v.proxy_server,
        }
    }
    /// `proxyServer` of any variant.
    #[inline]
    pub fn proxy_server_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyVpnProxyServer> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.proxy_server,
            Self::IosikEv2VpnConfiguration(v) => &mut v.proxy_server,
        }
    }
    /// `realm` of any variant.
    #[inline]
    pub fn realm(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.realm,
            Self::IosikEv2VpnConfiguration(v) => &v.realm,
        }
    }
    /// `realm` of any variant.
    #[inline]
    pub fn realm_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.realm,
            Self::IosikEv2VpnConfiguration(v) => &mut v.realm,
        }
    }
    /// `role` of any variant.
    #[inline]
    pub fn role(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.role,
            Self::IosikEv2VpnConfiguration(v) => &v.role,
        }
    }
    /// `role` of any variant.
    #[inline]
    pub fn role_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.role,
            Self::IosikEv2VpnConfiguration(v) => &mut v.role,
        }
    }
    /// `safariDomains` of any variant.
    #[inline]
    pub fn safari_domains(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.safari_domains,
            Self::IosikEv2VpnConfiguration(v) => &v.safari_domains,
        }
    }
    /// `safariDomains` of any variant.
    #[inline]
    pub fn safari_domains_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.safari_domains,
            Self::IosikEv2VpnConfiguration(v) => &mut v.safari_domains,
        }
    }
    /// `server` of any variant.
    #[inline]
    pub fn server(&self) -> &rt::Field<crate::beta::VpnServer> {
        match self {
            Self::IosVpnConfiguration(v) => &v.server,
            Self::IosikEv2VpnConfiguration(v) => &v.server,
        }
    }
    /// `server` of any variant.
    #[inline]
    pub fn server_mut(&mut self) -> &mut rt::Field<crate::beta::VpnServer> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.server,
            Self::IosikEv2VpnConfiguration(v) => &mut v.server,
        }
    }
    /// `cloudName` of any variant.
    #[inline]
    pub fn cloud_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.cloud_name,
            Self::IosikEv2VpnConfiguration(v) => &v.cloud_name,
        }
    }
    /// `cloudName` of any variant.
    #[inline]
    pub fn cloud_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.cloud_name,
            Self::IosikEv2VpnConfiguration(v) => &mut v.cloud_name,
        }
    }
    /// `excludeList` of any variant.
    #[inline]
    pub fn exclude_list(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.exclude_list,
            Self::IosikEv2VpnConfiguration(v) => &v.exclude_list,
        }
    }
    /// `excludeList` of any variant.
    #[inline]
    pub fn exclude_list_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.exclude_list,
            Self::IosikEv2VpnConfiguration(v) => &mut v.exclude_list,
        }
    }
    /// `microsoftTunnelSiteId` of any variant.
    #[inline]
    pub fn microsoft_tunnel_site_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.microsoft_tunnel_site_id,
            Self::IosikEv2VpnConfiguration(v) => &v.microsoft_tunnel_site_id,
        }
    }
    /// `microsoftTunnelSiteId` of any variant.
    #[inline]
    pub fn microsoft_tunnel_site_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.microsoft_tunnel_site_id,
            Self::IosikEv2VpnConfiguration(v) => &mut v.microsoft_tunnel_site_id,
        }
    }
    /// `strictEnforcement` of any variant.
    #[inline]
    pub fn strict_enforcement(&self) -> &rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &v.strict_enforcement,
            Self::IosikEv2VpnConfiguration(v) => &v.strict_enforcement,
        }
    }
    /// `strictEnforcement` of any variant.
    #[inline]
    pub fn strict_enforcement_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.strict_enforcement,
            Self::IosikEv2VpnConfiguration(v) => &mut v.strict_enforcement,
        }
    }
    /// `targetedMobileApps` of any variant.
    #[inline]
    pub fn targeted_mobile_apps(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>> {
        match self {
            Self::IosVpnConfiguration(v) => &v.targeted_mobile_apps,
            Self::IosikEv2VpnConfiguration(v) => &v.targeted_mobile_apps,
        }
    }
    /// `targetedMobileApps` of any variant.
    #[inline]
    pub fn targeted_mobile_apps_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.targeted_mobile_apps,
            Self::IosikEv2VpnConfiguration(v) => &mut v.targeted_mobile_apps,
        }
    }
    /// `userDomain` of any variant.
    #[inline]
    pub fn user_domain(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &v.user_domain,
            Self::IosikEv2VpnConfiguration(v) => &v.user_domain,
        }
    }
    /// `userDomain` of any variant.
    #[inline]
    pub fn user_domain_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.user_domain,
            Self::IosikEv2VpnConfiguration(v) => &mut v.user_domain,
        }
    }
    /// `derivedCredentialSettings` of any variant.
    #[inline]
    pub fn derived_credential_settings(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementDerivedCredentialSettings> {
        match self {
            Self::IosVpnConfiguration(v) => &v.derived_credential_settings,
            Self::IosikEv2VpnConfiguration(v) => &v.derived_credential_settings,
        }
    }
    /// `derivedCredentialSettings` of any variant.
    #[inline]
    pub fn derived_credential_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementDerivedCredentialSettings> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.derived_credential_settings,
            Self::IosikEv2VpnConfiguration(v) => &mut v.derived_credential_settings,
        }
    }
    /// `identityCertificate` of any variant.
    #[inline]
    pub fn identity_certificate(
        &self,
    ) -> &rt::Field<crate::beta::AnyIosCertificateProfileBase> {
        match self {
            Self::IosVpnConfiguration(v) => &v.identity_certificate,
            Self::IosikEv2VpnConfiguration(v) => &v.identity_certificate,
        }
    }
    /// `identityCertificate` of any variant.
    #[inline]
    pub fn identity_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyIosCertificateProfileBase> {
        match self {
            Self::IosVpnConfiguration(v) => &mut v.identity_certificate,
            Self::IosikEv2VpnConfiguration(v) => &mut v.identity_certificate,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyIosVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the iOS device to connect to desired Wi-Fi endpoint. By specifying the authentication method and security types expected by Wi-Fi endpoint you can make the Wi-Fi connection seamless for end user. This profile provides limited and simpler security types than Enterprise Wi-Fi profile.
///
/// CSDL: `microsoft.graph.iosWiFiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyIosWiFiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosWiFiConfiguration {
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
    /// If set to true, forces devices connecting using this Wi-Fi profile to present their actual Wi-Fi MAC address instead of a random MAC address. Applies to iOS 14 and later.
    ///
    /// CSDL: property `disableMacAddressRandomization`: `Edm.Boolean`, nullable.
    pub disable_mac_address_randomization: rt::Field<bool>,
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
impl ::std::default::Default for IosWiFiConfiguration {
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
            disable_mac_address_randomization: rt::Field::Absent,
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
impl rt::Object for IosWiFiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosWiFiConfiguration";
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
        "disableMacAddressRandomization",
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
        ",\"disableMacAddressRandomization\":",
        ",\"networkName\":                  ",
        ",\"preSharedKey\":                 ",
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxyManualAddress\":           ",
        ",\"proxyManualPort\":              ",
        ",\"proxySettings\":                ",
        ",\"ssid\":                         ",
        ",\"wiFiSecurityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosWiFiConfiguration\"";
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
        v.field(
            20usize,
            "disable_mac_address_randomization",
            &self.disable_mac_address_randomization,
        );
        v.field(21usize, "network_name", &self.network_name);
        v.field(22usize, "pre_shared_key", &self.pre_shared_key);
        v.field(
            23usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        v.field(24usize, "proxy_manual_address", &self.proxy_manual_address);
        v.field(25usize, "proxy_manual_port", &self.proxy_manual_port);
        v.field(26usize, "proxy_settings", &self.proxy_settings);
        v.field(27usize, "ssid", &self.ssid);
        v.field(28usize, "wi_fi_security_type", &self.wi_fi_security_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosWiFiConfiguration {
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
            20usize => self.disable_mac_address_randomization.read_from(r),
            21usize => self.network_name.read_from(r),
            22usize => self.pre_shared_key.read_from(r),
            23usize => self.proxy_automatic_configuration_url.read_from(r),
            24usize => self.proxy_manual_address.read_from(r),
            25usize => self.proxy_manual_port.read_from(r),
            26usize => self.proxy_settings.read_from(r),
            27usize => self.ssid.read_from(r),
            28usize => self.wi_fi_security_type.read_from(r),
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
        w.field(20usize, &self.disable_mac_address_randomization);
        w.field(21usize, &self.network_name);
        w.field(22usize, &self.pre_shared_key);
        w.field(23usize, &self.proxy_automatic_configuration_url);
        w.field(24usize, &self.proxy_manual_address);
        w.field(25usize, &self.proxy_manual_port);
        w.field(26usize, &self.proxy_settings);
        w.field(27usize, &self.ssid);
        w.field(28usize, &self.wi_fi_security_type);
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
rt::impl_object!(IosWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosWiFiConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    with_disable_mac_address_randomization disable_mac_address_randomization : bool;
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
rt::impl_serde!(IosWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.iosWiFiConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosWiFiConfiguration {
    IosWiFiConfiguration(::std::boxed::Box<crate::beta::IosWiFiConfiguration>),
    IosEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::IosEnterpriseWiFiConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyIosWiFiConfiguration {
    #[inline]
    fn default() -> Self {
        Self::IosWiFiConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosWiFiConfiguration>
for AnyIosWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::IosWiFiConfiguration) -> Self {
        Self::IosWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEnterpriseWiFiConfiguration>
for AnyIosWiFiConfiguration {
    #[inline]
    fn from(v: crate::beta::IosEnterpriseWiFiConfiguration) -> Self {
        Self::IosEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyIosWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosWiFiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IosWiFiConfiguration>();
    rt::object::auto_traits::<crate::beta::IosEnterpriseWiFiConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyIosWiFiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.iosWiFiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosEnterpriseWiFiConfiguration",
            ) => Self::IosEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            _ => Self::IosWiFiConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosWiFiConfiguration(v) => &**v,
            Self::IosEnterpriseWiFiConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosWiFiConfiguration(v) => &mut **v,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyIosWiFiConfiguration {
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
            Self::IosWiFiConfiguration(v) => &v.id,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.id,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.created_date_time,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.created_date_time,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.description,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.description,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::IosWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
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
            Self::IosWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
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
            Self::IosWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
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
            Self::IosWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
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
            Self::IosWiFiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
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
            Self::IosWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.display_name,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.display_name,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.last_modified_date_time,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.last_modified_date_time,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.supports_scope_tags,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.supports_scope_tags,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.version,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.version,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.assignments,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.assignments,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.device_setting_state_summaries,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::IosEnterpriseWiFiConfiguration(v) => {
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
            Self::IosWiFiConfiguration(v) => &v.device_statuses,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.device_statuses,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.device_status_overview,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.device_status_overview,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.group_assignments,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.group_assignments,
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
            Self::IosWiFiConfiguration(v) => &mut v.group_assignments,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.user_statuses,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.user_statuses,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.user_status_overview,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.user_status_overview,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.connect_automatically,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.connect_automatically,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.connect_automatically,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.connect_automatically,
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.connect_when_network_name_is_hidden,
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.connect_when_network_name_is_hidden,
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `disableMacAddressRandomization` of any variant.
    #[inline]
    pub fn disable_mac_address_randomization(&self) -> &rt::Field<bool> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.disable_mac_address_randomization,
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &v.disable_mac_address_randomization
            }
        }
    }
    /// `disableMacAddressRandomization` of any variant.
    #[inline]
    pub fn disable_mac_address_randomization_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.disable_mac_address_randomization,
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &mut v.disable_mac_address_randomization
            }
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.network_name,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.network_name,
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.network_name,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.network_name,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.pre_shared_key,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.pre_shared_key,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.pre_shared_key,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.pre_shared_key,
        }
    }
    /// `proxyAutomaticConfigurationUrl` of any variant.
    #[inline]
    pub fn proxy_automatic_configuration_url(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.proxy_automatic_configuration_url,
            Self::IosEnterpriseWiFiConfiguration(v) => {
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
            Self::IosWiFiConfiguration(v) => &mut v.proxy_automatic_configuration_url,
            Self::IosEnterpriseWiFiConfiguration(v) => {
                &mut v.proxy_automatic_configuration_url
            }
        }
    }
    /// `proxyManualAddress` of any variant.
    #[inline]
    pub fn proxy_manual_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.proxy_manual_address,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.proxy_manual_address,
        }
    }
    /// `proxyManualAddress` of any variant.
    #[inline]
    pub fn proxy_manual_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.proxy_manual_address,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.proxy_manual_address,
        }
    }
    /// `proxyManualPort` of any variant.
    #[inline]
    pub fn proxy_manual_port(&self) -> &rt::Field<i32> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.proxy_manual_port,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.proxy_manual_port,
        }
    }
    /// `proxyManualPort` of any variant.
    #[inline]
    pub fn proxy_manual_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.proxy_manual_port,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.proxy_manual_port,
        }
    }
    /// `proxySettings` of any variant.
    #[inline]
    pub fn proxy_settings(&self) -> &rt::Field<crate::beta::WiFiProxySetting> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.proxy_settings,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.proxy_settings,
        }
    }
    /// `proxySettings` of any variant.
    #[inline]
    pub fn proxy_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WiFiProxySetting> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.proxy_settings,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.proxy_settings,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.ssid,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.ssid,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.ssid,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.ssid,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type(&self) -> &rt::Field<crate::beta::WiFiSecurityType> {
        match self {
            Self::IosWiFiConfiguration(v) => &v.wi_fi_security_type,
            Self::IosEnterpriseWiFiConfiguration(v) => &v.wi_fi_security_type,
        }
    }
    /// `wiFiSecurityType` of any variant.
    #[inline]
    pub fn wi_fi_security_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WiFiSecurityType> {
        match self {
            Self::IosWiFiConfiguration(v) => &mut v.wi_fi_security_type,
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.wi_fi_security_type,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyIosWiFiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosWiFiConfiguration);
