//! Types of `microsoft.graph` by the first letters of their names (`windowsi_windowsw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy for Windows information protection to configure detailed management settings
///
/// CSDL: `microsoft.graph.windowsInformationProtection`, entity type, derived from `microsoft.graph.managedAppPolicy`, abstract, key `id`.
///
/// Request builders: [`WindowsInformationProtectionPath`](requests/trait.WindowsInformationProtectionPath.html), what a path to one (`EntityPath<AnyWindowsInformationProtection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtection {
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
    /// Specifies whether to allow Azure RMS encryption for WIP
    ///
    /// CSDL: property `azureRightsManagementServicesAllowed`: `Edm.Boolean`, not nullable.
    pub azure_rights_management_services_allowed: rt::Field<bool>,
    /// Specifies a recovery certificate that can be used for data recovery of encrypted files. This is the same as the data recovery agent(DRA) certificate for encrypting file system(EFS)
    ///
    /// CSDL: property `dataRecoveryCertificate`: `microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`, nullable.
    pub data_recovery_certificate: rt::Field<
        crate::v1::WindowsInformationProtectionDataRecoveryCertificate,
    >,
    /// WIP enforcement level.See the Enum definition for supported values
    ///
    /// CSDL: property `enforcementLevel`: `microsoft.graph.windowsInformationProtectionEnforcementLevel`, not nullable.
    pub enforcement_level: rt::Field<
        crate::v1::WindowsInformationProtectionEnforcementLevel,
    >,
    /// Primary enterprise domain
    ///
    /// CSDL: property `enterpriseDomain`: `Edm.String`, nullable.
    pub enterprise_domain: rt::Field<::std::string::String>,
    /// This is the comma-separated list of internal proxy servers. For example, "157.54.14.28, 157.54.11.118, 10.202.14.167, 157.53.14.163, 157.69.210.59". These proxies have been configured by the admin to connect to specific resources on the Internet. They are considered to be enterprise network locations. The proxies are only leveraged in configuring the EnterpriseProxiedDomains policy to force traffic to the matched domains through these proxies
    ///
    /// CSDL: property `enterpriseInternalProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_internal_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Sets the enterprise IP ranges that define the computers in the enterprise network. Data that comes from those computers will be considered part of the enterprise and protected. These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseIPRanges`: `Collection(microsoft.graph.windowsInformationProtectionIPRangeCollection)`, nullable.
    pub enterprise_ip_ranges: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionIpRangeCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list and not to use heuristics to attempt to find other subnets. Default is false
    ///
    /// CSDL: property `enterpriseIPRangesAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_ip_ranges_are_authoritative: rt::Field<bool>,
    /// This is the list of domains that comprise the boundaries of the enterprise. Data from one of these domains that is sent to a device will be considered enterprise data and protected These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseNetworkDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_network_domain_names: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// List of enterprise domains to be protected
    ///
    /// CSDL: property `enterpriseProtectedDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_protected_domain_names: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Contains a list of Enterprise resource domains hosted in the cloud that need to be protected. Connections to these resources are considered enterprise data. If a proxy is paired with a cloud resource, traffic to the cloud resource will be routed through the enterprise network via the denoted proxy server (on Port 80). A proxy server used for this purpose must also be configured using the EnterpriseInternalProxyServers policy
    ///
    /// CSDL: property `enterpriseProxiedDomains`: `Collection(microsoft.graph.windowsInformationProtectionProxiedDomainCollection)`, nullable.
    pub enterprise_proxied_domains: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionProxiedDomainCollection>,
    >,
    /// This is a list of proxy servers. Any server not on this list is considered non-enterprise
    ///
    /// CSDL: property `enterpriseProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list of proxies and not try to detect other work proxies. Default is false
    ///
    /// CSDL: property `enterpriseProxyServersAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_proxy_servers_are_authoritative: rt::Field<bool>,
    /// Exempt applications can also access enterprise data, but the data handled by those applications are not protected. This is because some critical enterprise applications may have compatibility problems with encrypted data.
    ///
    /// CSDL: property `exemptApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub exempt_apps: rt::Field<
        ::std::vec::Vec<crate::v1::AnyWindowsInformationProtectionApp>,
    >,
    /// Determines whether overlays are added to icons for WIP protected files in Explorer and enterprise only app tiles in the Start menu. Starting in Windows 10, version 1703 this setting also configures the visibility of the WIP icon in the title bar of a WIP-protected app
    ///
    /// CSDL: property `iconsVisible`: `Edm.Boolean`, not nullable.
    pub icons_visible: rt::Field<bool>,
    /// This switch is for the Windows Search Indexer, to allow or disallow indexing of items
    ///
    /// CSDL: property `indexingEncryptedStoresOrItemsBlocked`: `Edm.Boolean`, not nullable.
    pub indexing_encrypted_stores_or_items_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// List of domain names that can used for work or personal resource
    ///
    /// CSDL: property `neutralDomainResources`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub neutral_domain_resources: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Protected applications can access enterprise data and the data handled by those applications are protected with encryption
    ///
    /// CSDL: property `protectedApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub protected_apps: rt::Field<
        ::std::vec::Vec<crate::v1::AnyWindowsInformationProtectionApp>,
    >,
    /// Specifies whether the protection under lock feature (also known as encrypt under pin) should be configured
    ///
    /// CSDL: property `protectionUnderLockConfigRequired`: `Edm.Boolean`, not nullable.
    pub protection_under_lock_config_required: rt::Field<bool>,
    /// This policy controls whether to revoke the WIP keys when a device unenrolls from the management service. If set to 1 (Don't revoke keys), the keys will not be revoked and the user will continue to have access to protected files after unenrollment. If the keys are not revoked, there will be no revoked file cleanup subsequently.
    ///
    /// CSDL: property `revokeOnUnenrollDisabled`: `Edm.Boolean`, not nullable.
    pub revoke_on_unenroll_disabled: rt::Field<bool>,
    /// TemplateID GUID to use for RMS encryption. The RMS template allows the IT admin to configure the details about who has access to RMS-protected file and how long they have access
    ///
    /// CSDL: property `rightsManagementServicesTemplateId`: `Edm.Guid`, nullable.
    pub rights_management_services_template_id: rt::Field<rt::edm::Guid>,
    /// Specifies a list of file extensions, so that files with these extensions are encrypted when copying from an SMB share within the corporate boundary
    ///
    /// CSDL: property `smbAutoEncryptedFileExtensions`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub smb_auto_encrypted_file_extensions: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Navigation property to list of security groups targeted for policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Another way to input exempt apps through xml files
    ///
    /// CSDL: containment navigation property `exemptAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub exempt_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Another way to input protected apps through xml files
    ///
    /// CSDL: containment navigation property `protectedAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub protected_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            azure_rights_management_services_allowed: rt::Field::Absent,
            data_recovery_certificate: rt::Field::Absent,
            enforcement_level: rt::Field::Absent,
            enterprise_domain: rt::Field::Absent,
            enterprise_internal_proxy_servers: rt::Field::Absent,
            enterprise_ip_ranges: rt::Field::Absent,
            enterprise_ip_ranges_are_authoritative: rt::Field::Absent,
            enterprise_network_domain_names: rt::Field::Absent,
            enterprise_protected_domain_names: rt::Field::Absent,
            enterprise_proxied_domains: rt::Field::Absent,
            enterprise_proxy_servers: rt::Field::Absent,
            enterprise_proxy_servers_are_authoritative: rt::Field::Absent,
            exempt_apps: rt::Field::Absent,
            icons_visible: rt::Field::Absent,
            indexing_encrypted_stores_or_items_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            neutral_domain_resources: rt::Field::Absent,
            protected_apps: rt::Field::Absent,
            protection_under_lock_config_required: rt::Field::Absent,
            revoke_on_unenroll_disabled: rt::Field::Absent,
            rights_management_services_template_id: rt::Field::Absent,
            smb_auto_encrypted_file_extensions: rt::Field::Absent,
            assignments: rt::Field::Absent,
            exempt_app_locker_files: rt::Field::Absent,
            protected_app_locker_files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "azureRightsManagementServicesAllowed",
        "dataRecoveryCertificate",
        "enforcementLevel",
        "enterpriseDomain",
        "enterpriseInternalProxyServers",
        "enterpriseIPRanges",
        "enterpriseIPRangesAreAuthoritative",
        "enterpriseNetworkDomainNames",
        "enterpriseProtectedDomainNames",
        "enterpriseProxiedDomains",
        "enterpriseProxyServers",
        "enterpriseProxyServersAreAuthoritative",
        "exemptApps",
        "iconsVisible",
        "indexingEncryptedStoresOrItemsBlocked",
        "isAssigned",
        "neutralDomainResources",
        "protectedApps",
        "protectionUnderLockConfigRequired",
        "revokeOnUnenrollDisabled",
        "rightsManagementServicesTemplateId",
        "smbAutoEncryptedFileExtensions",
        "assignments",
        "exemptAppLockerFiles",
        "protectedAppLockerFiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"azureRightsManagementServicesAllowed\":",
        ",\"dataRecoveryCertificate\":      ",
        ",\"enforcementLevel\":             ",
        ",\"enterpriseDomain\":             ",
        ",\"enterpriseInternalProxyServers\":",
        ",\"enterpriseIPRanges\":           ",
        ",\"enterpriseIPRangesAreAuthoritative\":",
        ",\"enterpriseNetworkDomainNames\": ",
        ",\"enterpriseProtectedDomainNames\":",
        ",\"enterpriseProxiedDomains\":     ",
        ",\"enterpriseProxyServers\":       ",
        ",\"enterpriseProxyServersAreAuthoritative\":",
        ",\"exemptApps\":                   ",
        ",\"iconsVisible\":                 ",
        ",\"indexingEncryptedStoresOrItemsBlocked\":",
        ",\"isAssigned\":                   ",
        ",\"neutralDomainResources\":       ",
        ",\"protectedApps\":                ",
        ",\"protectionUnderLockConfigRequired\":",
        ",\"revokeOnUnenrollDisabled\":     ",
        ",\"rightsManagementServicesTemplateId\":",
        ",\"smbAutoEncryptedFileExtensions\":",
        ",\"assignments\":                  ",
        ",\"exemptAppLockerFiles\":         ",
        ",\"protectedAppLockerFiles\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtection\"";
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
            "azure_rights_management_services_allowed",
            &self.azure_rights_management_services_allowed,
        );
        v.field(7usize, "data_recovery_certificate", &self.data_recovery_certificate);
        v.field(8usize, "enforcement_level", &self.enforcement_level);
        v.field(9usize, "enterprise_domain", &self.enterprise_domain);
        v.field(
            10usize,
            "enterprise_internal_proxy_servers",
            &self.enterprise_internal_proxy_servers,
        );
        v.field(11usize, "enterprise_ip_ranges", &self.enterprise_ip_ranges);
        v.field(
            12usize,
            "enterprise_ip_ranges_are_authoritative",
            &self.enterprise_ip_ranges_are_authoritative,
        );
        v.field(
            13usize,
            "enterprise_network_domain_names",
            &self.enterprise_network_domain_names,
        );
        v.field(
            14usize,
            "enterprise_protected_domain_names",
            &self.enterprise_protected_domain_names,
        );
        v.field(15usize, "enterprise_proxied_domains", &self.enterprise_proxied_domains);
        v.field(16usize, "enterprise_proxy_servers", &self.enterprise_proxy_servers);
        v.field(
            17usize,
            "enterprise_proxy_servers_are_authoritative",
            &self.enterprise_proxy_servers_are_authoritative,
        );
        v.field(18usize, "exempt_apps", &self.exempt_apps);
        v.field(19usize, "icons_visible", &self.icons_visible);
        v.field(
            20usize,
            "indexing_encrypted_stores_or_items_blocked",
            &self.indexing_encrypted_stores_or_items_blocked,
        );
        v.field(21usize, "is_assigned", &self.is_assigned);
        v.field(22usize, "neutral_domain_resources", &self.neutral_domain_resources);
        v.field(23usize, "protected_apps", &self.protected_apps);
        v.field(
            24usize,
            "protection_under_lock_config_required",
            &self.protection_under_lock_config_required,
        );
        v.field(
            25usize,
            "revoke_on_unenroll_disabled",
            &self.revoke_on_unenroll_disabled,
        );
        v.field(
            26usize,
            "rights_management_services_template_id",
            &self.rights_management_services_template_id,
        );
        v.field(
            27usize,
            "smb_auto_encrypted_file_extensions",
            &self.smb_auto_encrypted_file_extensions,
        );
        v.field(28usize, "assignments", &self.assignments);
        v.field(29usize, "exempt_app_locker_files", &self.exempt_app_locker_files);
        v.field(30usize, "protected_app_locker_files", &self.protected_app_locker_files);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.azure_rights_management_services_allowed.read_from(r),
            7usize => self.data_recovery_certificate.read_from(r),
            8usize => self.enforcement_level.read_from(r),
            9usize => self.enterprise_domain.read_from(r),
            10usize => self.enterprise_internal_proxy_servers.read_from(r),
            11usize => self.enterprise_ip_ranges.read_from(r),
            12usize => self.enterprise_ip_ranges_are_authoritative.read_from(r),
            13usize => self.enterprise_network_domain_names.read_from(r),
            14usize => self.enterprise_protected_domain_names.read_from(r),
            15usize => self.enterprise_proxied_domains.read_from(r),
            16usize => self.enterprise_proxy_servers.read_from(r),
            17usize => self.enterprise_proxy_servers_are_authoritative.read_from(r),
            18usize => self.exempt_apps.read_from(r),
            19usize => self.icons_visible.read_from(r),
            20usize => self.indexing_encrypted_stores_or_items_blocked.read_from(r),
            21usize => self.is_assigned.read_from(r),
            22usize => self.neutral_domain_resources.read_from(r),
            23usize => self.protected_apps.read_from(r),
            24usize => self.protection_under_lock_config_required.read_from(r),
            25usize => self.revoke_on_unenroll_disabled.read_from(r),
            26usize => self.rights_management_services_template_id.read_from(r),
            27usize => self.smb_auto_encrypted_file_extensions.read_from(r),
            28usize => self.assignments.read_from(r),
            29usize => self.exempt_app_locker_files.read_from(r),
            30usize => self.protected_app_locker_files.read_from(r),
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
        w.field(6usize, &self.azure_rights_management_services_allowed);
        w.field(7usize, &self.data_recovery_certificate);
        w.field(8usize, &self.enforcement_level);
        w.field(9usize, &self.enterprise_domain);
        w.field(10usize, &self.enterprise_internal_proxy_servers);
        w.field(11usize, &self.enterprise_ip_ranges);
        w.field(12usize, &self.enterprise_ip_ranges_are_authoritative);
        w.field(13usize, &self.enterprise_network_domain_names);
        w.field(14usize, &self.enterprise_protected_domain_names);
        w.field(15usize, &self.enterprise_proxied_domains);
        w.field(16usize, &self.enterprise_proxy_servers);
        w.field(17usize, &self.enterprise_proxy_servers_are_authoritative);
        w.field(18usize, &self.exempt_apps);
        w.field(19usize, &self.icons_visible);
        w.field(20usize, &self.indexing_encrypted_stores_or_items_blocked);
        w.field(21usize, &self.is_assigned);
        w.field(22usize, &self.neutral_domain_resources);
        w.field(23usize, &self.protected_apps);
        w.field(24usize, &self.protection_under_lock_config_required);
        w.field(25usize, &self.revoke_on_unenroll_disabled);
        w.field(26usize, &self.rights_management_services_template_id);
        w.field(27usize, &self.smb_auto_encrypted_file_extensions);
        w.field(28usize, &self.assignments);
        w.field(29usize, &self.exempt_app_locker_files);
        w.field(30usize, &self.protected_app_locker_files);
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
rt::impl_object!(WindowsInformationProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String;
    with_azure_rights_management_services_allowed
    azure_rights_management_services_allowed : bool; with_data_recovery_certificate
    data_recovery_certificate : crate
    ::v1::WindowsInformationProtectionDataRecoveryCertificate; with_enforcement_level
    enforcement_level : crate ::v1::WindowsInformationProtectionEnforcementLevel;
    with_enterprise_domain enterprise_domain : ::std::string::String;
    with_enterprise_internal_proxy_servers enterprise_internal_proxy_servers :
    ::std::vec::Vec < crate ::v1::WindowsInformationProtectionResourceCollection >;
    with_enterprise_ip_ranges enterprise_ip_ranges : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionIpRangeCollection >;
    with_enterprise_ip_ranges_are_authoritative enterprise_ip_ranges_are_authoritative :
    bool; with_enterprise_network_domain_names enterprise_network_domain_names :
    ::std::vec::Vec < crate ::v1::WindowsInformationProtectionResourceCollection >;
    with_enterprise_protected_domain_names enterprise_protected_domain_names :
    ::std::vec::Vec < crate ::v1::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxied_domains enterprise_proxied_domains : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionProxiedDomainCollection >;
    with_enterprise_proxy_servers enterprise_proxy_servers : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxy_servers_are_authoritative
    enterprise_proxy_servers_are_authoritative : bool; with_exempt_apps exempt_apps :
    ::std::vec::Vec < crate ::v1::AnyWindowsInformationProtectionApp >;
    with_icons_visible icons_visible : bool;
    with_indexing_encrypted_stores_or_items_blocked
    indexing_encrypted_stores_or_items_blocked : bool; with_is_assigned is_assigned :
    bool; with_neutral_domain_resources neutral_domain_resources : ::std::vec::Vec <
    crate ::v1::WindowsInformationProtectionResourceCollection >; with_protected_apps
    protected_apps : ::std::vec::Vec < crate ::v1::AnyWindowsInformationProtectionApp >;
    with_protection_under_lock_config_required protection_under_lock_config_required :
    bool; with_revoke_on_unenroll_disabled revoke_on_unenroll_disabled : bool;
    with_rights_management_services_template_id rights_management_services_template_id :
    rt::edm::Guid; with_smb_auto_encrypted_file_extensions
    smb_auto_encrypted_file_extensions : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionResourceCollection >; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::TargetedManagedAppPolicyAssignment >;
    with_exempt_app_locker_files exempt_app_locker_files : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionAppLockerFile >; with_protected_app_locker_files
    protected_app_locker_files : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionAppLockerFile >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// `microsoft.graph.windowsInformationProtection` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsInformationProtection {
    WindowsInformationProtection(
        ::std::boxed::Box<crate::v1::WindowsInformationProtection>,
    ),
    MdmWindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::v1::MdmWindowsInformationProtectionPolicy>,
    ),
    WindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionPolicy>,
    ),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AnyWindowsInformationProtection {
    #[inline]
    fn default() -> Self {
        Self::WindowsInformationProtection(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtection>
for AnyWindowsInformationProtection {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtection) -> Self {
        Self::WindowsInformationProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MdmWindowsInformationProtectionPolicy>
for AnyWindowsInformationProtection {
    #[inline]
    fn from(v: crate::v1::MdmWindowsInformationProtectionPolicy) -> Self {
        Self::MdmWindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionPolicy>
for AnyWindowsInformationProtection {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionPolicy) -> Self {
        Self::WindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyWindowsInformationProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyWindowsInformationProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyWindowsInformationProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyWindowsInformationProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyWindowsInformationProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::WindowsInformationProtection>();
    rt::object::auto_traits::<crate::v1::MdmWindowsInformationProtectionPolicy>();
    rt::object::auto_traits::<crate::v1::WindowsInformationProtectionPolicy>();
};
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Poly for AnyWindowsInformationProtection {
    const BASE_NAME: &'static str = "microsoft.graph.windowsInformationProtection";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicy",
            ) => Self::MdmWindowsInformationProtectionPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionPolicy",
            ) => Self::WindowsInformationProtectionPolicy(rt::object::new_boxed()),
            _ => Self::WindowsInformationProtection(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsInformationProtection(v) => &**v,
            Self::MdmWindowsInformationProtectionPolicy(v) => &**v,
            Self::WindowsInformationProtectionPolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsInformationProtection(v) => &mut **v,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut **v,
            Self::WindowsInformationProtectionPolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl AnyWindowsInformationProtection {
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
            Self::WindowsInformationProtection(v) => &v.id,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.id,
            Self::WindowsInformationProtectionPolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.id,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.id,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsInformationProtection(v) => &v.created_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.created_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.created_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.created_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &v.description,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.description,
            Self::WindowsInformationProtectionPolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.description,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.description,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &v.display_name,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.display_name,
            Self::WindowsInformationProtectionPolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.display_name,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.display_name,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsInformationProtection(v) => &v.last_modified_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.last_modified_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.last_modified_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsInformationProtectionPolicy(v) => &mut v.last_modified_date_time,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &v.version,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.version,
            Self::WindowsInformationProtectionPolicy(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.version,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.version,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.version,
        }
    }
    /// `azureRightsManagementServicesAllowed` of any variant.
    #[inline]
    pub fn azure_rights_management_services_allowed(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.azure_rights_management_services_allowed
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.azure_rights_management_services_allowed
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.azure_rights_management_services_allowed
            }
        }
    }
    /// `azureRightsManagementServicesAllowed` of any variant.
    #[inline]
    pub fn azure_rights_management_services_allowed_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.azure_rights_management_services_allowed
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.azure_rights_management_services_allowed
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.azure_rights_management_services_allowed
            }
        }
    }
    /// `dataRecoveryCertificate` of any variant.
    #[inline]
    pub fn data_recovery_certificate(
        &self,
    ) -> &rt::Field<crate::v1::WindowsInformationProtectionDataRecoveryCertificate> {
        match self {
            Self::WindowsInformationProtection(v) => &v.data_recovery_certificate,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.data_recovery_certificate
            }
            Self::WindowsInformationProtectionPolicy(v) => &v.data_recovery_certificate,
        }
    }
    /// `dataRecoveryCertificate` of any variant.
    #[inline]
    pub fn data_recovery_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::WindowsInformationProtectionDataRecoveryCertificate> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.data_recovery_certificate,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.data_recovery_certificate
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.data_recovery_certificate
            }
        }
    }
    /// `enforcementLevel` of any variant.
    #[inline]
    pub fn enforcement_level(
        &self,
    ) -> &rt::Field<crate::v1::WindowsInformationProtectionEnforcementLevel> {
        match self {
            Self::WindowsInformationProtection(v) => &v.enforcement_level,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.enforcement_level,
            Self::WindowsInformationProtectionPolicy(v) => &v.enforcement_level,
        }
    }
    /// `enforcementLevel` of any variant.
    #[inline]
    pub fn enforcement_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::WindowsInformationProtectionEnforcementLevel> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enforcement_level,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.enforcement_level,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.enforcement_level,
        }
    }
    /// `enterpriseDomain` of any variant.
    #[inline]
    pub fn enterprise_domain(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_domain,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.enterprise_domain,
            Self::WindowsInformationProtectionPolicy(v) => &v.enterprise_domain,
        }
    }
    /// `enterpriseDomain` of any variant.
    #[inline]
    pub fn enterprise_domain_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enterprise_domain,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.enterprise_domain,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.enterprise_domain,
        }
    }
    /// `enterpriseInternalProxyServers` of any variant.
    #[inline]
    pub fn enterprise_internal_proxy_servers(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_internal_proxy_servers,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_internal_proxy_servers
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_internal_proxy_servers
            }
        }
    }
    /// `enterpriseInternalProxyServers` of any variant.
    #[inline]
    pub fn enterprise_internal_proxy_servers_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_internal_proxy_servers
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_internal_proxy_servers
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_internal_proxy_servers
            }
        }
    }
    /// `enterpriseIPRanges` of any variant.
    #[inline]
    pub fn enterprise_ip_ranges(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionIpRangeCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_ip_ranges,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.enterprise_ip_ranges,
            Self::WindowsInformationProtectionPolicy(v) => &v.enterprise_ip_ranges,
        }
    }
    /// `enterpriseIPRanges` of any variant.
    #[inline]
    pub fn enterprise_ip_ranges_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionIpRangeCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enterprise_ip_ranges,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.enterprise_ip_ranges,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.enterprise_ip_ranges,
        }
    }
    /// `enterpriseIPRangesAreAuthoritative` of any variant.
    #[inline]
    pub fn enterprise_ip_ranges_are_authoritative(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.enterprise_ip_ranges_are_authoritative
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_ip_ranges_are_authoritative
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_ip_ranges_are_authoritative
            }
        }
    }
    /// `enterpriseIPRangesAreAuthoritative` of any variant.
    #[inline]
    pub fn enterprise_ip_ranges_are_authoritative_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_ip_ranges_are_authoritative
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_ip_ranges_are_authoritative
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_ip_ranges_are_authoritative
            }
        }
    }
    /// `enterpriseNetworkDomainNames` of any variant.
    #[inline]
    pub fn enterprise_network_domain_names(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_network_domain_names,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_network_domain_names
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_network_domain_names
            }
        }
    }
    /// `enterpriseNetworkDomainNames` of any variant.
    #[inline]
    pub fn enterprise_network_domain_names_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_network_domain_names
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_network_domain_names
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_network_domain_names
            }
        }
    }
    /// `enterpriseProtectedDomainNames` of any variant.
    #[inline]
    pub fn enterprise_protected_domain_names(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_protected_domain_names,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_protected_domain_names
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_protected_domain_names
            }
        }
    }
    /// `enterpriseProtectedDomainNames` of any variant.
    #[inline]
    pub fn enterprise_protected_domain_names_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_protected_domain_names
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_protected_domain_names
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_protected_domain_names
            }
        }
    }
    /// `enterpriseProxiedDomains` of any variant.
    #[inline]
    pub fn enterprise_proxied_domains(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionProxiedDomainCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_proxied_domains,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_proxied_domains
            }
            Self::WindowsInformationProtectionPolicy(v) => &v.enterprise_proxied_domains,
        }
    }
    /// `enterpriseProxiedDomains` of any variant.
    #[inline]
    pub fn enterprise_proxied_domains_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionProxiedDomainCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enterprise_proxied_domains,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxied_domains
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxied_domains
            }
        }
    }
    /// `enterpriseProxyServers` of any variant.
    #[inline]
    pub fn enterprise_proxy_servers(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_proxy_servers,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.enterprise_proxy_servers,
            Self::WindowsInformationProtectionPolicy(v) => &v.enterprise_proxy_servers,
        }
    }
    /// `enterpriseProxyServers` of any variant.
    #[inline]
    pub fn enterprise_proxy_servers_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enterprise_proxy_servers,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxy_servers
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxy_servers
            }
        }
    }
    /// `enterpriseProxyServersAreAuthoritative` of any variant.
    #[inline]
    pub fn enterprise_proxy_servers_are_authoritative(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.enterprise_proxy_servers_are_authoritative
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_proxy_servers_are_authoritative
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_proxy_servers_are_authoritative
            }
        }
    }
    /// `enterpriseProxyServersAreAuthoritative` of any variant.
    #[inline]
    pub fn enterprise_proxy_servers_are_authoritative_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_proxy_servers_are_authoritative
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxy_servers_are_authoritative
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxy_servers_are_authoritative
            }
        }
    }
    /// `exemptApps` of any variant.
    #[inline]
    pub fn exempt_apps(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyWindowsInformationProtectionApp>> {
        match self {
            Self::WindowsInformationProtection(v) => &v.exempt_apps,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.exempt_apps,
            Self::WindowsInformationProtectionPolicy(v) => &v.exempt_apps,
        }
    }
    /// `exemptApps` of any variant.
    #[inline]
    pub fn exempt_apps_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyWindowsInformationProtectionApp>> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.exempt_apps,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.exempt_apps,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.exempt_apps,
        }
    }
    /// `iconsVisible` of any variant.
    #[inline]
    pub fn icons_visible(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &v.icons_visible,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.icons_visible,
            Self::WindowsInformationProtectionPolicy(v) => &v.icons_visible,
        }
    }
    /// `iconsVisible` of any variant.
    #[inline]
    pub fn icons_visible_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.icons_visible,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.icons_visible,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.icons_visible,
        }
    }
    /// `indexingEncryptedStoresOrItemsBlocked` of any variant.
    #[inline]
    pub fn indexing_encrypted_stores_or_items_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.indexing_encrypted_stores_or_items_blocked
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.indexing_encrypted_stores_or_items_blocked
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.indexing_encrypted_stores_or_items_blocked
            }
        }
    }
    /// `indexingEncryptedStoresOrItemsBlocked` of any variant.
    #[inline]
    pub fn indexing_encrypted_stores_or_items_blocked_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.indexing_encrypted_stores_or_items_blocked
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.indexing_encrypted_stores_or_items_blocked
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.indexing_encrypted_stores_or_items_blocked
            }
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &v.is_assigned,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.is_assigned,
            Self::WindowsInformationProtectionPolicy(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.is_assigned,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.is_assigned,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.is_assigned,
        }
    }
    /// `neutralDomainResources` of any variant.
    #[inline]
    pub fn neutral_domain_resources(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.neutral_domain_resources,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.neutral_domain_resources,
            Self::WindowsInformationProtectionPolicy(v) => &v.neutral_domain_resources,
        }
    }
    /// `neutralDomainResources` of any variant.
    #[inline]
    pub fn neutral_domain_resources_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.neutral_domain_resources,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.neutral_domain_resources
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.neutral_domain_resources
            }
        }
    }
    /// `protectedApps` of any variant.
    #[inline]
    pub fn protected_apps(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyWindowsInformationProtectionApp>> {
        match self {
            Self::WindowsInformationProtection(v) => &v.protected_apps,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.protected_apps,
            Self::WindowsInformationProtectionPolicy(v) => &v.protected_apps,
        }
    }
    /// `protectedApps` of any variant.
    #[inline]
    pub fn protected_apps_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyWindowsInformationProtectionApp>> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.protected_apps,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.protected_apps,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.protected_apps,
        }
    }
    /// `protectionUnderLockConfigRequired` of any variant.
    #[inline]
    pub fn protection_under_lock_config_required(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.protection_under_lock_config_required
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.protection_under_lock_config_required
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.protection_under_lock_config_required
            }
        }
    }
    /// `protectionUnderLockConfigRequired` of any variant.
    #[inline]
    pub fn protection_under_lock_config_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.protection_under_lock_config_required
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.protection_under_lock_config_required
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.protection_under_lock_config_required
            }
        }
    }
    /// `revokeOnUnenrollDisabled` of any variant.
    #[inline]
    pub fn revoke_on_unenroll_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &v.revoke_on_unenroll_disabled,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.revoke_on_unenroll_disabled
            }
            Self::WindowsInformationProtectionPolicy(v) => &v.revoke_on_unenroll_disabled,
        }
    }
    /// `revokeOnUnenrollDisabled` of any variant.
    #[inline]
    pub fn revoke_on_unenroll_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.revoke_on_unenroll_disabled,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.revoke_on_unenroll_disabled
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.revoke_on_unenroll_disabled
            }
        }
    }
    /// `rightsManagementServicesTemplateId` of any variant.
    #[inline]
    pub fn rights_management_services_template_id(&self) -> &rt::Field<rt::edm::Guid> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.rights_management_services_template_id
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.rights_management_services_template_id
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.rights_management_services_template_id
            }
        }
    }
    /// `rightsManagementServicesTemplateId` of any variant.
    #[inline]
    pub fn rights_management_services_template_id_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Guid> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.rights_management_services_template_id
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.rights_management_services_template_id
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.rights_management_services_template_id
            }
        }
    }
    /// `smbAutoEncryptedFileExtensions` of any variant.
    #[inline]
    pub fn smb_auto_encrypted_file_extensions(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.smb_auto_encrypted_file_extensions
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.smb_auto_encrypted_file_extensions
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.smb_auto_encrypted_file_extensions
            }
        }
    }
    /// `smbAutoEncryptedFileExtensions` of any variant.
    #[inline]
    pub fn smb_auto_encrypted_file_extensions_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.smb_auto_encrypted_file_extensions
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.smb_auto_encrypted_file_extensions
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.smb_auto_encrypted_file_extensions
            }
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>> {
        match self {
            Self::WindowsInformationProtection(v) => &v.assignments,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.assignments,
            Self::WindowsInformationProtectionPolicy(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.assignments,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.assignments,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.assignments,
        }
    }
    /// `exemptAppLockerFiles` of any variant.
    #[inline]
    pub fn exempt_app_locker_files(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLockerFile>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.exempt_app_locker_files,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.exempt_app_locker_files,
            Self::WindowsInformationProtectionPolicy(v) => &v.exempt_app_locker_files,
        }
    }
    /// `exemptAppLockerFiles` of any variant.
    #[inline]
    pub fn exempt_app_locker_files_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLockerFile>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.exempt_app_locker_files,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.exempt_app_locker_files
            }
            Self::WindowsInformationProtectionPolicy(v) => &mut v.exempt_app_locker_files,
        }
    }
    /// `protectedAppLockerFiles` of any variant.
    #[inline]
    pub fn protected_app_locker_files(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLockerFile>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.protected_app_locker_files,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.protected_app_locker_files
            }
            Self::WindowsInformationProtectionPolicy(v) => &v.protected_app_locker_files,
        }
    }
    /// `protectedAppLockerFiles` of any variant.
    #[inline]
    pub fn protected_app_locker_files_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLockerFile>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.protected_app_locker_files,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.protected_app_locker_files
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.protected_app_locker_files
            }
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_poly!(AnyWindowsInformationProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsInformationProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// App for Windows information protection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionApp`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionApp {
    /// If true, app is denied protection or exemption.
    ///
    /// CSDL: property `denied`: `Edm.Boolean`, not nullable.
    pub denied: rt::Field<bool>,
    /// The app's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// App display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The publisher name
    ///
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionApp {
    #[inline]
    fn default() -> Self {
        Self {
            denied: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionApp";
    const KEYS: &'static [&'static str] = &[
        "denied",
        "description",
        "displayName",
        "productName",
        "publisherName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"denied\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"productName\":                  ",
        ",\"publisherName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "denied", &self.denied);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "product_name", &self.product_name);
        v.field(4usize, "publisher_name", &self.publisher_name);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.denied.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.product_name.read_from(r),
            4usize => self.publisher_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.denied);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.product_name);
        w.field(4usize, &self.publisher_name);
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
rt::impl_object!(WindowsInformationProtectionApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionApp { with_denied denied : bool; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_product_name product_name : ::std::string::String;
    with_publisher_name publisher_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// `microsoft.graph.windowsInformationProtectionApp` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsInformationProtectionApp {
    WindowsInformationProtectionApp(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionApp>,
    ),
    WindowsInformationProtectionDesktopApp(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionDesktopApp>,
    ),
    WindowsInformationProtectionStoreApp(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionStoreApp>,
    ),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AnyWindowsInformationProtectionApp {
    #[inline]
    fn default() -> Self {
        Self::WindowsInformationProtectionApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionApp>
for AnyWindowsInformationProtectionApp {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionApp) -> Self {
        Self::WindowsInformationProtectionApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionDesktopApp>
for AnyWindowsInformationProtectionApp {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionDesktopApp) -> Self {
        Self::WindowsInformationProtectionDesktopApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionStoreApp>
for AnyWindowsInformationProtectionApp {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionStoreApp) -> Self {
        Self::WindowsInformationProtectionStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_v1_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::WindowsInformationProtectionApp>();
    rt::object::auto_traits::<crate::v1::WindowsInformationProtectionDesktopApp>();
    rt::object::auto_traits::<crate::v1::WindowsInformationProtectionStoreApp>();
};
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Poly for AnyWindowsInformationProtectionApp {
    const BASE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionDesktopApp",
            ) => Self::WindowsInformationProtectionDesktopApp(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionStoreApp",
            ) => Self::WindowsInformationProtectionStoreApp(rt::object::new_boxed()),
            _ => Self::WindowsInformationProtectionApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsInformationProtectionApp(v) => &**v,
            Self::WindowsInformationProtectionDesktopApp(v) => &**v,
            Self::WindowsInformationProtectionStoreApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut **v,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut **v,
            Self::WindowsInformationProtectionStoreApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl AnyWindowsInformationProtectionApp {
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
    /// `denied` of any variant.
    #[inline]
    pub fn denied(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.denied,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.denied,
            Self::WindowsInformationProtectionStoreApp(v) => &v.denied,
        }
    }
    /// `denied` of any variant.
    #[inline]
    pub fn denied_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.denied,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.denied,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.denied,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.description,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.description,
            Self::WindowsInformationProtectionStoreApp(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.description,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.description,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.display_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.display_name,
            Self::WindowsInformationProtectionStoreApp(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.display_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.display_name,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.display_name,
        }
    }
    /// `productName` of any variant.
    #[inline]
    pub fn product_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.product_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.product_name,
            Self::WindowsInformationProtectionStoreApp(v) => &v.product_name,
        }
    }
    /// `productName` of any variant.
    #[inline]
    pub fn product_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.product_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.product_name,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.product_name,
        }
    }
    /// `publisherName` of any variant.
    #[inline]
    pub fn publisher_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.publisher_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.publisher_name,
            Self::WindowsInformationProtectionStoreApp(v) => &v.publisher_name,
        }
    }
    /// `publisherName` of any variant.
    #[inline]
    pub fn publisher_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.publisher_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.publisher_name,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.publisher_name,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_poly!(AnyWindowsInformationProtectionApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsInformationProtectionApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Windows Information Protection AppLocker File
///
/// CSDL: `microsoft.graph.windowsInformationProtectionAppLockerFile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionAppLockerFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The friendly name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// File as a byte array
    ///
    /// CSDL: property `file`: `Edm.Binary`, nullable.
    pub file: rt::Field<rt::edm::Binary>,
    /// SHA256 hash of the file
    ///
    /// CSDL: property `fileHash`: `Edm.String`, nullable.
    pub file_hash: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionAppLockerFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            file: rt::Field::Absent,
            file_hash: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionAppLockerFile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionAppLockerFile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "file",
        "fileHash",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"file\":                         ",
        ",\"fileHash\":                     ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionAppLockerFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "file", &self.file);
        v.field(3usize, "file_hash", &self.file_hash);
        v.field(4usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionAppLockerFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.file.read_from(r),
            3usize => self.file_hash.read_from(r),
            4usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.file);
        w.field(3usize, &self.file_hash);
        w.field(4usize, &self.version);
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
rt::impl_object!(WindowsInformationProtectionAppLockerFile);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionAppLockerFile { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_file file :
    rt::edm::Binary; with_file_hash file_hash : ::std::string::String; with_version
    version : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionAppLockerFile);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Windows Information Protection DataRecoveryCertificate
///
/// CSDL: `microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionDataRecoveryCertificate {
    /// Data recovery Certificate
    ///
    /// CSDL: property `certificate`: `Edm.Binary`, nullable.
    pub certificate: rt::Field<rt::edm::Binary>,
    /// Data recovery Certificate description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Data recovery Certificate expiration datetime
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Data recovery Certificate subject name
    ///
    /// CSDL: property `subjectName`: `Edm.String`, nullable.
    pub subject_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionDataRecoveryCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            certificate: rt::Field::Absent,
            description: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            subject_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionDataRecoveryCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionDataRecoveryCertificate";
    const KEYS: &'static [&'static str] = &[
        "certificate",
        "description",
        "expirationDateTime",
        "subjectName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificate\":                  ",
        ",\"description\":                  ",
        ",\"expirationDateTime\":           ",
        ",\"subjectName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionDataRecoveryCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate", &self.certificate);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "subject_name", &self.subject_name);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionDataRecoveryCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.subject_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate);
        w.field(1usize, &self.description);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.subject_name);
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
rt::impl_object!(WindowsInformationProtectionDataRecoveryCertificate);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionDataRecoveryCertificate { with_certificate certificate :
    rt::edm::Binary; with_description description : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_subject_name subject_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionDataRecoveryCertificate);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Desktop App for Windows information protection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionDesktopApp`, complex type, derived from `microsoft.graph.windowsInformationProtectionApp`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionDesktopApp {
    /// If true, app is denied protection or exemption.
    ///
    /// CSDL: property `denied`: `Edm.Boolean`, not nullable.
    pub denied: rt::Field<bool>,
    /// The app's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// App display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The publisher name
    ///
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// The binary name.
    ///
    /// CSDL: property `binaryName`: `Edm.String`, not nullable.
    pub binary_name: rt::Field<::std::string::String>,
    /// The high binary version.
    ///
    /// CSDL: property `binaryVersionHigh`: `Edm.String`, nullable.
    pub binary_version_high: rt::Field<::std::string::String>,
    /// The lower binary version.
    ///
    /// CSDL: property `binaryVersionLow`: `Edm.String`, nullable.
    pub binary_version_low: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionDesktopApp {
    #[inline]
    fn default() -> Self {
        Self {
            denied: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            binary_name: rt::Field::Absent,
            binary_version_high: rt::Field::Absent,
            binary_version_low: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionDesktopApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionDesktopApp";
    const KEYS: &'static [&'static str] = &[
        "denied",
        "description",
        "displayName",
        "productName",
        "publisherName",
        "binaryName",
        "binaryVersionHigh",
        "binaryVersionLow",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"denied\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"productName\":                  ",
        ",\"publisherName\":                ",
        ",\"binaryName\":                   ",
        ",\"binaryVersionHigh\":            ",
        ",\"binaryVersionLow\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionDesktopApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "denied", &self.denied);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "product_name", &self.product_name);
        v.field(4usize, "publisher_name", &self.publisher_name);
        v.field(5usize, "binary_name", &self.binary_name);
        v.field(6usize, "binary_version_high", &self.binary_version_high);
        v.field(7usize, "binary_version_low", &self.binary_version_low);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionDesktopApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.denied.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.product_name.read_from(r),
            4usize => self.publisher_name.read_from(r),
            5usize => self.binary_name.read_from(r),
            6usize => self.binary_version_high.read_from(r),
            7usize => self.binary_version_low.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.denied);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.product_name);
        w.field(4usize, &self.publisher_name);
        w.field(5usize, &self.binary_name);
        w.field(6usize, &self.binary_version_high);
        w.field(7usize, &self.binary_version_low);
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
rt::impl_object!(WindowsInformationProtectionDesktopApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionDesktopApp { with_denied denied : bool; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_product_name product_name : ::std::string::String;
    with_publisher_name publisher_name : ::std::string::String; with_binary_name
    binary_name : ::std::string::String; with_binary_version_high binary_version_high :
    ::std::string::String; with_binary_version_low binary_version_low :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionDesktopApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Possible values for WIP Protection enforcement levels
///
/// CSDL: `microsoft.graph.windowsInformationProtectionEnforcementLevel`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsInformationProtectionEnforcementLevel {
    /// No protection enforcement
    ///
    /// `noProtection` (value 0).
    NoProtection,
    /// Encrypt and Audit only
    ///
    /// `encryptAndAuditOnly` (value 1).
    EncryptAndAuditOnly,
    /// Encrypt, Audit and Prompt
    ///
    /// `encryptAuditAndPrompt` (value 2).
    EncryptAuditAndPrompt,
    /// Encrypt, Audit and Block
    ///
    /// `encryptAuditAndBlock` (value 3).
    EncryptAuditAndBlock,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for WindowsInformationProtectionEnforcementLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionEnforcementLevel";
    const MEMBERS: &'static [&'static str] = &[
        "noProtection",
        "encryptAndAuditOnly",
        "encryptAuditAndPrompt",
        "encryptAuditAndBlock",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noProtection" => Self::NoProtection,
                "encryptAndAuditOnly" => Self::EncryptAndAuditOnly,
                "encryptAuditAndPrompt" => Self::EncryptAuditAndPrompt,
                "encryptAuditAndBlock" => Self::EncryptAuditAndBlock,
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
            Self::NoProtection => "noProtection",
            Self::EncryptAndAuditOnly => "encryptAndAuditOnly",
            Self::EncryptAuditAndPrompt => "encryptAuditAndPrompt",
            Self::EncryptAuditAndBlock => "encryptAuditAndBlock",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(WindowsInformationProtectionEnforcementLevel);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionEnforcementLevel);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Windows Information Protection IP Range Collection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionIPRangeCollection`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionIpRangeCollection {
    /// Display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Collection of ip ranges
    ///
    /// CSDL: property `ranges`: `Collection(microsoft.graph.ipRange)`, not nullable.
    pub ranges: rt::Field<::std::vec::Vec<crate::v1::AnyIpRange>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionIpRangeCollection {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            ranges: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionIpRangeCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionIPRangeCollection";
    const KEYS: &'static [&'static str] = &["displayName", "ranges"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"ranges\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionIPRangeCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "ranges", &self.ranges);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionIpRangeCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.ranges.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.ranges);
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
rt::impl_object!(WindowsInformationProtectionIpRangeCollection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionIpRangeCollection { with_display_name display_name :
    ::std::string::String; with_ranges ranges : ::std::vec::Vec < crate ::v1::AnyIpRange
    >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionIpRangeCollection);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Information Protection Network learning Summary entity.
///
/// CSDL: `microsoft.graph.windowsInformationProtectionNetworkLearningSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsInformationProtectionNetworkLearningSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device Count
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Website url
    ///
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsInformationProtectionNetworkLearningSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_count: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsInformationProtectionNetworkLearningSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionNetworkLearningSummary";
    const KEYS: &'static [&'static str] = &["id", "deviceCount", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceCount\":                  ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionNetworkLearningSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_count", &self.device_count);
        v.field(2usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsInformationProtectionNetworkLearningSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_count.read_from(r),
            2usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_count);
        w.field(2usize, &self.url);
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
rt::impl_object!(WindowsInformationProtectionNetworkLearningSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsInformationProtectionNetworkLearningSummary { with_id id :
    ::std::string::String; with_device_count device_count : i32; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionNetworkLearningSummary);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Pin Character Requirements
///
/// CSDL: `microsoft.graph.windowsInformationProtectionPinCharacterRequirements`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsInformationProtectionPinCharacterRequirements {
    /// Not allow
    ///
    /// `notAllow` (value 0).
    NotAllow,
    /// Require atleast one
    ///
    /// `requireAtLeastOne` (value 1).
    RequireAtLeastOne,
    /// Allow any number
    ///
    /// `allow` (value 2).
    Allow,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for WindowsInformationProtectionPinCharacterRequirements {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionPinCharacterRequirements";
    const MEMBERS: &'static [&'static str] = &["notAllow", "requireAtLeastOne", "allow"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notAllow" => Self::NotAllow,
                "requireAtLeastOne" => Self::RequireAtLeastOne,
                "allow" => Self::Allow,
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
            Self::NotAllow => "notAllow",
            Self::RequireAtLeastOne => "requireAtLeastOne",
            Self::Allow => "allow",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(WindowsInformationProtectionPinCharacterRequirements);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionPinCharacterRequirements);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy for Windows information protection without MDM
///
/// CSDL: `microsoft.graph.windowsInformationProtectionPolicy`, entity type, derived from `microsoft.graph.windowsInformationProtection`, key `id`.
///
/// Request builders: [`WindowsInformationProtectionPath`](requests/trait.WindowsInformationProtectionPath.html), what a path to one (`EntityPath<WindowsInformationProtectionPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionPolicy {
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
    /// Specifies whether to allow Azure RMS encryption for WIP
    ///
    /// CSDL: property `azureRightsManagementServicesAllowed`: `Edm.Boolean`, not nullable.
    pub azure_rights_management_services_allowed: rt::Field<bool>,
    /// Specifies a recovery certificate that can be used for data recovery of encrypted files. This is the same as the data recovery agent(DRA) certificate for encrypting file system(EFS)
    ///
    /// CSDL: property `dataRecoveryCertificate`: `microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`, nullable.
    pub data_recovery_certificate: rt::Field<
        crate::v1::WindowsInformationProtectionDataRecoveryCertificate,
    >,
    /// WIP enforcement level.See the Enum definition for supported values
    ///
    /// CSDL: property `enforcementLevel`: `microsoft.graph.windowsInformationProtectionEnforcementLevel`, not nullable.
    pub enforcement_level: rt::Field<
        crate::v1::WindowsInformationProtectionEnforcementLevel,
    >,
    /// Primary enterprise domain
    ///
    /// CSDL: property `enterpriseDomain`: `Edm.String`, nullable.
    pub enterprise_domain: rt::Field<::std::string::String>,
    /// This is the comma-separated list of internal proxy servers. For example, "157.54.14.28, 157.54.11.118, 10.202.14.167, 157.53.14.163, 157.69.210.59". These proxies have been configured by the admin to connect to specific resources on the Internet. They are considered to be enterprise network locations. The proxies are only leveraged in configuring the EnterpriseProxiedDomains policy to force traffic to the matched domains through these proxies
    ///
    /// CSDL: property `enterpriseInternalProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_internal_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Sets the enterprise IP ranges that define the computers in the enterprise network. Data that comes from those computers will be considered part of the enterprise and protected. These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseIPRanges`: `Collection(microsoft.graph.windowsInformationProtectionIPRangeCollection)`, nullable.
    pub enterprise_ip_ranges: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionIpRangeCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list and not to use heuristics to attempt to find other subnets. Default is false
    ///
    /// CSDL: property `enterpriseIPRangesAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_ip_ranges_are_authoritative: rt::Field<bool>,
    /// This is the list of domains that comprise the boundaries of the enterprise. Data from one of these domains that is sent to a device will be considered enterprise data and protected These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseNetworkDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_network_domain_names: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// List of enterprise domains to be protected
    ///
    /// CSDL: property `enterpriseProtectedDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_protected_domain_names: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Contains a list of Enterprise resource domains hosted in the cloud that need to be protected. Connections to these resources are considered enterprise data. If a proxy is paired with a cloud resource, traffic to the cloud resource will be routed through the enterprise network via the denoted proxy server (on Port 80). A proxy server used for this purpose must also be configured using the EnterpriseInternalProxyServers policy
    ///
    /// CSDL: property `enterpriseProxiedDomains`: `Collection(microsoft.graph.windowsInformationProtectionProxiedDomainCollection)`, nullable.
    pub enterprise_proxied_domains: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionProxiedDomainCollection>,
    >,
    /// This is a list of proxy servers. Any server not on this list is considered non-enterprise
    ///
    /// CSDL: property `enterpriseProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list of proxies and not try to detect other work proxies. Default is false
    ///
    /// CSDL: property `enterpriseProxyServersAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_proxy_servers_are_authoritative: rt::Field<bool>,
    /// Exempt applications can also access enterprise data, but the data handled by those applications are not protected. This is because some critical enterprise applications may have compatibility problems with encrypted data.
    ///
    /// CSDL: property `exemptApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub exempt_apps: rt::Field<
        ::std::vec::Vec<crate::v1::AnyWindowsInformationProtectionApp>,
    >,
    /// Determines whether overlays are added to icons for WIP protected files in Explorer and enterprise only app tiles in the Start menu. Starting in Windows 10, version 1703 this setting also configures the visibility of the WIP icon in the title bar of a WIP-protected app
    ///
    /// CSDL: property `iconsVisible`: `Edm.Boolean`, not nullable.
    pub icons_visible: rt::Field<bool>,
    /// This switch is for the Windows Search Indexer, to allow or disallow indexing of items
    ///
    /// CSDL: property `indexingEncryptedStoresOrItemsBlocked`: `Edm.Boolean`, not nullable.
    pub indexing_encrypted_stores_or_items_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// List of domain names that can used for work or personal resource
    ///
    /// CSDL: property `neutralDomainResources`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub neutral_domain_resources: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Protected applications can access enterprise data and the data handled by those applications are protected with encryption
    ///
    /// CSDL: property `protectedApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub protected_apps: rt::Field<
        ::std::vec::Vec<crate::v1::AnyWindowsInformationProtectionApp>,
    >,
    /// Specifies whether the protection under lock feature (also known as encrypt under pin) should be configured
    ///
    /// CSDL: property `protectionUnderLockConfigRequired`: `Edm.Boolean`, not nullable.
    pub protection_under_lock_config_required: rt::Field<bool>,
    /// This policy controls whether to revoke the WIP keys when a device unenrolls from the management service. If set to 1 (Don't revoke keys), the keys will not be revoked and the user will continue to have access to protected files after unenrollment. If the keys are not revoked, there will be no revoked file cleanup subsequently.
    ///
    /// CSDL: property `revokeOnUnenrollDisabled`: `Edm.Boolean`, not nullable.
    pub revoke_on_unenroll_disabled: rt::Field<bool>,
    /// TemplateID GUID to use for RMS encryption. The RMS template allows the IT admin to configure the details about who has access to RMS-protected file and how long they have access
    ///
    /// CSDL: property `rightsManagementServicesTemplateId`: `Edm.Guid`, nullable.
    pub rights_management_services_template_id: rt::Field<rt::edm::Guid>,
    /// Specifies a list of file extensions, so that files with these extensions are encrypted when copying from an SMB share within the corporate boundary
    ///
    /// CSDL: property `smbAutoEncryptedFileExtensions`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub smb_auto_encrypted_file_extensions: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionResourceCollection>,
    >,
    /// Navigation property to list of security groups targeted for policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Another way to input exempt apps through xml files
    ///
    /// CSDL: containment navigation property `exemptAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub exempt_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Another way to input protected apps through xml files
    ///
    /// CSDL: containment navigation property `protectedAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub protected_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Offline interval before app data is wiped (days) . Valid values 0 to 999
    ///
    /// CSDL: property `daysWithoutContactBeforeUnenroll`: `Edm.Int32`, not nullable.
    pub days_without_contact_before_unenroll: rt::Field<i32>,
    /// Enrollment url for the MDM
    ///
    /// CSDL: property `mdmEnrollmentUrl`: `Edm.String`, nullable.
    pub mdm_enrollment_url: rt::Field<::std::string::String>,
    /// Specifies the maximum amount of time (in minutes) allowed after the device is idle that will cause the device to become PIN or password locked.   Range is an integer X where 0 <= X <= 999. Valid values 0 to 999
    ///
    /// CSDL: property `minutesOfInactivityBeforeDeviceLock`: `Edm.Int32`, not nullable.
    pub minutes_of_inactivity_before_device_lock: rt::Field<i32>,
    /// Integer value that specifies the number of past PINs that can be associated to a user account that can't be reused. The largest number you can configure for this policy setting is 50. The lowest number you can configure for this policy setting is 0. If this policy is set to 0, then storage of previous PINs is not required. This node was added in Windows 10, version 1511. Default is 0. Valid values 0 to 50
    ///
    /// CSDL: property `numberOfPastPinsRemembered`: `Edm.Int32`, not nullable.
    pub number_of_past_pins_remembered: rt::Field<i32>,
    /// The number of authentication failures allowed before the device will be wiped. A value of 0 disables device wipe functionality. Range is an integer X where 4 <= X <= 16 for desktop and 0 <= X <= 999 for mobile devices. Valid values 0 to 999
    ///
    /// CSDL: property `passwordMaximumAttemptCount`: `Edm.Int32`, not nullable.
    pub password_maximum_attempt_count: rt::Field<i32>,
    /// Integer value specifies the period of time (in days) that a PIN can be used before the system requires the user to change it. The largest number you can configure for this policy setting is 730. The lowest number you can configure for this policy setting is 0. If this policy is set to 0, then the user's PIN will never expire. This node was added in Windows 10, version 1511. Default is 0. Valid values 0 to 730
    ///
    /// CSDL: property `pinExpirationDays`: `Edm.Int32`, not nullable.
    pub pin_expiration_days: rt::Field<i32>,
    /// Integer value that configures the use of lowercase letters in the Windows Hello for Business PIN. Default is NotAllow.
    ///
    /// CSDL: property `pinLowercaseLetters`: `microsoft.graph.windowsInformationProtectionPinCharacterRequirements`, not nullable.
    pub pin_lowercase_letters: rt::Field<
        crate::v1::WindowsInformationProtectionPinCharacterRequirements,
    >,
    /// Integer value that sets the minimum number of characters required for the PIN. Default value is 4. The lowest number you can configure for this policy setting is 4. The largest number you can configure must be less than the number configured in the Maximum PIN length policy setting or the number 127, whichever is the lowest. Valid values 0 to 127
    ///
    /// CSDL: property `pinMinimumLength`: `Edm.Int32`, not nullable.
    pub pin_minimum_length: rt::Field<i32>,
    /// Integer value that configures the use of special characters in the Windows Hello for Business PIN. Valid special characters for Windows Hello for Business PIN gestures include: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~. Default is NotAllow.
    ///
    /// CSDL: property `pinSpecialCharacters`: `microsoft.graph.windowsInformationProtectionPinCharacterRequirements`, not nullable.
    pub pin_special_characters: rt::Field<
        crate::v1::WindowsInformationProtectionPinCharacterRequirements,
    >,
    /// Integer value that configures the use of uppercase letters in the Windows Hello for Business PIN. Default is NotAllow.
    ///
    /// CSDL: property `pinUppercaseLetters`: `microsoft.graph.windowsInformationProtectionPinCharacterRequirements`, not nullable.
    pub pin_uppercase_letters: rt::Field<
        crate::v1::WindowsInformationProtectionPinCharacterRequirements,
    >,
    /// New property in RS2, pending documentation
    ///
    /// CSDL: property `revokeOnMdmHandoffDisabled`: `Edm.Boolean`, not nullable.
    pub revoke_on_mdm_handoff_disabled: rt::Field<bool>,
    /// Boolean value that sets Windows Hello for Business as a method for signing into Windows.
    ///
    /// CSDL: property `windowsHelloForBusinessBlocked`: `Edm.Boolean`, not nullable.
    pub windows_hello_for_business_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            azure_rights_management_services_allowed: rt::Field::Absent,
            data_recovery_certificate: rt::Field::Absent,
            enforcement_level: rt::Field::Absent,
            enterprise_domain: rt::Field::Absent,
            enterprise_internal_proxy_servers: rt::Field::Absent,
            enterprise_ip_ranges: rt::Field::Absent,
            enterprise_ip_ranges_are_authoritative: rt::Field::Absent,
            enterprise_network_domain_names: rt::Field::Absent,
            enterprise_protected_domain_names: rt::Field::Absent,
            enterprise_proxied_domains: rt::Field::Absent,
            enterprise_proxy_servers: rt::Field::Absent,
            enterprise_proxy_servers_are_authoritative: rt::Field::Absent,
            exempt_apps: rt::Field::Absent,
            icons_visible: rt::Field::Absent,
            indexing_encrypted_stores_or_items_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            neutral_domain_resources: rt::Field::Absent,
            protected_apps: rt::Field::Absent,
            protection_under_lock_config_required: rt::Field::Absent,
            revoke_on_unenroll_disabled: rt::Field::Absent,
            rights_management_services_template_id: rt::Field::Absent,
            smb_auto_encrypted_file_extensions: rt::Field::Absent,
            assignments: rt::Field::Absent,
            exempt_app_locker_files: rt::Field::Absent,
            protected_app_locker_files: rt::Field::Absent,
            days_without_contact_before_unenroll: rt::Field::Absent,
            mdm_enrollment_url: rt::Field::Absent,
            minutes_of_inactivity_before_device_lock: rt::Field::Absent,
            number_of_past_pins_remembered: rt::Field::Absent,
            password_maximum_attempt_count: rt::Field::Absent,
            pin_expiration_days: rt::Field::Absent,
            pin_lowercase_letters: rt::Field::Absent,
            pin_minimum_length: rt::Field::Absent,
            pin_special_characters: rt::Field::Absent,
            pin_uppercase_letters: rt::Field::Absent,
            revoke_on_mdm_handoff_disabled: rt::Field::Absent,
            windows_hello_for_business_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "azureRightsManagementServicesAllowed",
        "dataRecoveryCertificate",
        "enforcementLevel",
        "enterpriseDomain",
        "enterpriseInternalProxyServers",
        "enterpriseIPRanges",
        "enterpriseIPRangesAreAuthoritative",
        "enterpriseNetworkDomainNames",
        "enterpriseProtectedDomainNames",
        "enterpriseProxiedDomains",
        "enterpriseProxyServers",
        "enterpriseProxyServersAreAuthoritative",
        "exemptApps",
        "iconsVisible",
        "indexingEncryptedStoresOrItemsBlocked",
        "isAssigned",
        "neutralDomainResources",
        "protectedApps",
        "protectionUnderLockConfigRequired",
        "revokeOnUnenrollDisabled",
        "rightsManagementServicesTemplateId",
        "smbAutoEncryptedFileExtensions",
        "assignments",
        "exemptAppLockerFiles",
        "protectedAppLockerFiles",
        "daysWithoutContactBeforeUnenroll",
        "mdmEnrollmentUrl",
        "minutesOfInactivityBeforeDeviceLock",
        "numberOfPastPinsRemembered",
        "passwordMaximumAttemptCount",
        "pinExpirationDays",
        "pinLowercaseLetters",
        "pinMinimumLength",
        "pinSpecialCharacters",
        "pinUppercaseLetters",
        "revokeOnMdmHandoffDisabled",
        "windowsHelloForBusinessBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"azureRightsManagementServicesAllowed\":",
        ",\"dataRecoveryCertificate\":      ",
        ",\"enforcementLevel\":             ",
        ",\"enterpriseDomain\":             ",
        ",\"enterpriseInternalProxyServers\":",
        ",\"enterpriseIPRanges\":           ",
        ",\"enterpriseIPRangesAreAuthoritative\":",
        ",\"enterpriseNetworkDomainNames\": ",
        ",\"enterpriseProtectedDomainNames\":",
        ",\"enterpriseProxiedDomains\":     ",
        ",\"enterpriseProxyServers\":       ",
        ",\"enterpriseProxyServersAreAuthoritative\":",
        ",\"exemptApps\":                   ",
        ",\"iconsVisible\":                 ",
        ",\"indexingEncryptedStoresOrItemsBlocked\":",
        ",\"isAssigned\":                   ",
        ",\"neutralDomainResources\":       ",
        ",\"protectedApps\":                ",
        ",\"protectionUnderLockConfigRequired\":",
        ",\"revokeOnUnenrollDisabled\":     ",
        ",\"rightsManagementServicesTemplateId\":",
        ",\"smbAutoEncryptedFileExtensions\":",
        ",\"assignments\":                  ",
        ",\"exemptAppLockerFiles\":         ",
        ",\"protectedAppLockerFiles\":      ",
        ",\"daysWithoutContactBeforeUnenroll\":",
        ",\"mdmEnrollmentUrl\":             ",
        ",\"minutesOfInactivityBeforeDeviceLock\":",
        ",\"numberOfPastPinsRemembered\":   ",
        ",\"passwordMaximumAttemptCount\":  ",
        ",\"pinExpirationDays\":            ",
        ",\"pinLowercaseLetters\":          ",
        ",\"pinMinimumLength\":             ",
        ",\"pinSpecialCharacters\":         ",
        ",\"pinUppercaseLetters\":          ",
        ",\"revokeOnMdmHandoffDisabled\":   ",
        ",\"windowsHelloForBusinessBlocked\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionPolicy\"";
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
            "azure_rights_management_services_allowed",
            &self.azure_rights_management_services_allowed,
        );
        v.field(7usize, "data_recovery_certificate", &self.data_recovery_certificate);
        v.field(8usize, "enforcement_level", &self.enforcement_level);
        v.field(9usize, "enterprise_domain", &self.enterprise_domain);
        v.field(
            10usize,
            "enterprise_internal_proxy_servers",
            &self.enterprise_internal_proxy_servers,
        );
        v.field(11usize, "enterprise_ip_ranges", &self.enterprise_ip_ranges);
        v.field(
            12usize,
            "enterprise_ip_ranges_are_authoritative",
            &self.enterprise_ip_ranges_are_authoritative,
        );
        v.field(
            13usize,
            "enterprise_network_domain_names",
            &self.enterprise_network_domain_names,
        );
        v.field(
            14usize,
            "enterprise_protected_domain_names",
            &self.enterprise_protected_domain_names,
        );
        v.field(15usize, "enterprise_proxied_domains", &self.enterprise_proxied_domains);
        v.field(16usize, "enterprise_proxy_servers", &self.enterprise_proxy_servers);
        v.field(
            17usize,
            "enterprise_proxy_servers_are_authoritative",
            &self.enterprise_proxy_servers_are_authoritative,
        );
        v.field(18usize, "exempt_apps", &self.exempt_apps);
        v.field(19usize, "icons_visible", &self.icons_visible);
        v.field(
            20usize,
            "indexing_encrypted_stores_or_items_blocked",
            &self.indexing_encrypted_stores_or_items_blocked,
        );
        v.field(21usize, "is_assigned", &self.is_assigned);
        v.field(22usize, "neutral_domain_resources", &self.neutral_domain_resources);
        v.field(23usize, "protected_apps", &self.protected_apps);
        v.field(
            24usize,
            "protection_under_lock_config_required",
            &self.protection_under_lock_config_required,
        );
        v.field(
            25usize,
            "revoke_on_unenroll_disabled",
            &self.revoke_on_unenroll_disabled,
        );
        v.field(
            26usize,
            "rights_management_services_template_id",
            &self.rights_management_services_template_id,
        );
        v.field(
            27usize,
            "smb_auto_encrypted_file_extensions",
            &self.smb_auto_encrypted_file_extensions,
        );
        v.field(28usize, "assignments", &self.assignments);
        v.field(29usize, "exempt_app_locker_files", &self.exempt_app_locker_files);
        v.field(30usize, "protected_app_locker_files", &self.protected_app_locker_files);
        v.field(
            31usize,
            "days_without_contact_before_unenroll",
            &self.days_without_contact_before_unenroll,
        );
        v.field(32usize, "mdm_enrollment_url", &self.mdm_enrollment_url);
        v.field(
            33usize,
            "minutes_of_inactivity_before_device_lock",
            &self.minutes_of_inactivity_before_device_lock,
        );
        v.field(
            34usize,
            "number_of_past_pins_remembered",
            &self.number_of_past_pins_remembered,
        );
        v.field(
            35usize,
            "password_maximum_attempt_count",
            &self.password_maximum_attempt_count,
        );
        v.field(36usize, "pin_expiration_days", &self.pin_expiration_days);
        v.field(37usize, "pin_lowercase_letters", &self.pin_lowercase_letters);
        v.field(38usize, "pin_minimum_length", &self.pin_minimum_length);
        v.field(39usize, "pin_special_characters", &self.pin_special_characters);
        v.field(40usize, "pin_uppercase_letters", &self.pin_uppercase_letters);
        v.field(
            41usize,
            "revoke_on_mdm_handoff_disabled",
            &self.revoke_on_mdm_handoff_disabled,
        );
        v.field(
            42usize,
            "windows_hello_for_business_blocked",
            &self.windows_hello_for_business_blocked,
        );
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.azure_rights_management_services_allowed.read_from(r),
            7usize => self.data_recovery_certificate.read_from(r),
            8usize => self.enforcement_level.read_from(r),
            9usize => self.enterprise_domain.read_from(r),
            10usize => self.enterprise_internal_proxy_servers.read_from(r),
            11usize => self.enterprise_ip_ranges.read_from(r),
            12usize => self.enterprise_ip_ranges_are_authoritative.read_from(r),
            13usize => self.enterprise_network_domain_names.read_from(r),
            14usize => self.enterprise_protected_domain_names.read_from(r),
            15usize => self.enterprise_proxied_domains.read_from(r),
            16usize => self.enterprise_proxy_servers.read_from(r),
            17usize => self.enterprise_proxy_servers_are_authoritative.read_from(r),
            18usize => self.exempt_apps.read_from(r),
            19usize => self.icons_visible.read_from(r),
            20usize => self.indexing_encrypted_stores_or_items_blocked.read_from(r),
            21usize => self.is_assigned.read_from(r),
            22usize => self.neutral_domain_resources.read_from(r),
            23usize => self.protected_apps.read_from(r),
            24usize => self.protection_under_lock_config_required.read_from(r),
            25usize => self.revoke_on_unenroll_disabled.read_from(r),
            26usize => self.rights_management_services_template_id.read_from(r),
            27usize => self.smb_auto_encrypted_file_extensions.read_from(r),
            28usize => self.assignments.read_from(r),
            29usize => self.exempt_app_locker_files.read_from(r),
            30usize => self.protected_app_locker_files.read_from(r),
            31usize => self.days_without_contact_before_unenroll.read_from(r),
            32usize => self.mdm_enrollment_url.read_from(r),
            33usize => self.minutes_of_inactivity_before_device_lock.read_from(r),
            34usize => self.number_of_past_pins_remembered.read_from(r),
            35usize => self.password_maximum_attempt_count.read_from(r),
            36usize => self.pin_expiration_days.read_from(r),
            37usize => self.pin_lowercase_letters.read_from(r),
            38usize => self.pin_minimum_length.read_from(r),
            39usize => self.pin_special_characters.read_from(r),
            40usize => self.pin_uppercase_letters.read_from(r),
            41usize => self.revoke_on_mdm_handoff_disabled.read_from(r),
            42usize => self.windows_hello_for_business_blocked.read_from(r),
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
        w.field(6usize, &self.azure_rights_management_services_allowed);
        w.field(7usize, &self.data_recovery_certificate);
        w.field(8usize, &self.enforcement_level);
        w.field(9usize, &self.enterprise_domain);
        w.field(10usize, &self.enterprise_internal_proxy_servers);
        w.field(11usize, &self.enterprise_ip_ranges);
        w.field(12usize, &self.enterprise_ip_ranges_are_authoritative);
        w.field(13usize, &self.enterprise_network_domain_names);
        w.field(14usize, &self.enterprise_protected_domain_names);
        w.field(15usize, &self.enterprise_proxied_domains);
        w.field(16usize, &self.enterprise_proxy_servers);
        w.field(17usize, &self.enterprise_proxy_servers_are_authoritative);
        w.field(18usize, &self.exempt_apps);
        w.field(19usize, &self.icons_visible);
        w.field(20usize, &self.indexing_encrypted_stores_or_items_blocked);
        w.field(21usize, &self.is_assigned);
        w.field(22usize, &self.neutral_domain_resources);
        w.field(23usize, &self.protected_apps);
        w.field(24usize, &self.protection_under_lock_config_required);
        w.field(25usize, &self.revoke_on_unenroll_disabled);
        w.field(26usize, &self.rights_management_services_template_id);
        w.field(27usize, &self.smb_auto_encrypted_file_extensions);
        w.field(28usize, &self.assignments);
        w.field(29usize, &self.exempt_app_locker_files);
        w.field(30usize, &self.protected_app_locker_files);
        w.field(31usize, &self.days_without_contact_before_unenroll);
        w.field(32usize, &self.mdm_enrollment_url);
        w.field(33usize, &self.minutes_of_inactivity_before_device_lock);
        w.field(34usize, &self.number_of_past_pins_remembered);
        w.field(35usize, &self.password_maximum_attempt_count);
        w.field(36usize, &self.pin_expiration_days);
        w.field(37usize, &self.pin_lowercase_letters);
        w.field(38usize, &self.pin_minimum_length);
        w.field(39usize, &self.pin_special_characters);
        w.field(40usize, &self.pin_uppercase_letters);
        w.field(41usize, &self.revoke_on_mdm_handoff_disabled);
        w.field(42usize, &self.windows_hello_for_business_blocked);
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
rt::impl_object!(WindowsInformationProtectionPolicy);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionPolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String;
    with_azure_rights_management_services_allowed
    azure_rights_management_services_allowed : bool; with_data_recovery_certificate
    data_recovery_certificate : crate
    ::v1::WindowsInformationProtectionDataRecoveryCertificate; with_enforcement_level
    enforcement_level : crate ::v1::WindowsInformationProtectionEnforcementLevel;
    with_enterprise_domain enterprise_domain : ::std::string::String;
    with_enterprise_internal_proxy_servers enterprise_internal_proxy_servers :
    ::std::vec::Vec < crate ::v1::WindowsInformationProtectionResourceCollection >;
    with_enterprise_ip_ranges enterprise_ip_ranges : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionIpRangeCollection >;
    with_enterprise_ip_ranges_are_authoritative enterprise_ip_ranges_are_authoritative :
    bool; with_enterprise_network_domain_names enterprise_network_domain_names :
    ::std::vec::Vec < crate ::v1::WindowsInformationProtectionResourceCollection >;
    with_enterprise_protected_domain_names enterprise_protected_domain_names :
    ::std::vec::Vec < crate ::v1::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxied_domains enterprise_proxied_domains : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionProxiedDomainCollection >;
    with_enterprise_proxy_servers enterprise_proxy_servers : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxy_servers_are_authoritative
    enterprise_proxy_servers_are_authoritative : bool; with_exempt_apps exempt_apps :
    ::std::vec::Vec < crate ::v1::AnyWindowsInformationProtectionApp >;
    with_icons_visible icons_visible : bool;
    with_indexing_encrypted_stores_or_items_blocked
    indexing_encrypted_stores_or_items_blocked : bool; with_is_assigned is_assigned :
    bool; with_neutral_domain_resources neutral_domain_resources : ::std::vec::Vec <
    crate ::v1::WindowsInformationProtectionResourceCollection >; with_protected_apps
    protected_apps : ::std::vec::Vec < crate ::v1::AnyWindowsInformationProtectionApp >;
    with_protection_under_lock_config_required protection_under_lock_config_required :
    bool; with_revoke_on_unenroll_disabled revoke_on_unenroll_disabled : bool;
    with_rights_management_services_template_id rights_management_services_template_id :
    rt::edm::Guid; with_smb_auto_encrypted_file_extensions
    smb_auto_encrypted_file_extensions : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionResourceCollection >; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::TargetedManagedAppPolicyAssignment >;
    with_exempt_app_locker_files exempt_app_locker_files : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionAppLockerFile >; with_protected_app_locker_files
    protected_app_locker_files : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionAppLockerFile >;
    with_days_without_contact_before_unenroll days_without_contact_before_unenroll : i32;
    with_mdm_enrollment_url mdm_enrollment_url : ::std::string::String;
    with_minutes_of_inactivity_before_device_lock
    minutes_of_inactivity_before_device_lock : i32; with_number_of_past_pins_remembered
    number_of_past_pins_remembered : i32; with_password_maximum_attempt_count
    password_maximum_attempt_count : i32; with_pin_expiration_days pin_expiration_days :
    i32; with_pin_lowercase_letters pin_lowercase_letters : crate
    ::v1::WindowsInformationProtectionPinCharacterRequirements; with_pin_minimum_length
    pin_minimum_length : i32; with_pin_special_characters pin_special_characters : crate
    ::v1::WindowsInformationProtectionPinCharacterRequirements;
    with_pin_uppercase_letters pin_uppercase_letters : crate
    ::v1::WindowsInformationProtectionPinCharacterRequirements;
    with_revoke_on_mdm_handoff_disabled revoke_on_mdm_handoff_disabled : bool;
    with_windows_hello_for_business_blocked windows_hello_for_business_blocked : bool; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionPolicy);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Windows Information Protection Proxied Domain Collection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionProxiedDomainCollection`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionProxiedDomainCollection {
    /// Display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Collection of proxied domains
    ///
    /// CSDL: property `proxiedDomains`: `Collection(microsoft.graph.proxiedDomain)`, not nullable.
    pub proxied_domains: rt::Field<::std::vec::Vec<crate::v1::ProxiedDomain>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionProxiedDomainCollection {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            proxied_domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionProxiedDomainCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionProxiedDomainCollection";
    const KEYS: &'static [&'static str] = &["displayName", "proxiedDomains"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"proxiedDomains\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionProxiedDomainCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "proxied_domains", &self.proxied_domains);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionProxiedDomainCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.proxied_domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.proxied_domains);
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
rt::impl_object!(WindowsInformationProtectionProxiedDomainCollection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionProxiedDomainCollection { with_display_name display_name
    : ::std::string::String; with_proxied_domains proxied_domains : ::std::vec::Vec <
    crate ::v1::ProxiedDomain >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionProxiedDomainCollection);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Windows Information Protection Resource Collection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionResourceCollection`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionResourceCollection {
    /// Display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Collection of resources
    ///
    /// CSDL: property `resources`: `Collection(Edm.String)`, nullable.
    pub resources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionResourceCollection {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionResourceCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionResourceCollection";
    const KEYS: &'static [&'static str] = &["displayName", "resources"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionResourceCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionResourceCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.resources);
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
rt::impl_object!(WindowsInformationProtectionResourceCollection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionResourceCollection { with_display_name display_name :
    ::std::string::String; with_resources resources : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionResourceCollection);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Store App for Windows information protection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionStoreApp`, complex type, derived from `microsoft.graph.windowsInformationProtectionApp`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionStoreApp {
    /// If true, app is denied protection or exemption.
    ///
    /// CSDL: property `denied`: `Edm.Boolean`, not nullable.
    pub denied: rt::Field<bool>,
    /// The app's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// App display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The publisher name
    ///
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            denied: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionStoreApp";
    const KEYS: &'static [&'static str] = &[
        "denied",
        "description",
        "displayName",
        "productName",
        "publisherName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"denied\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"productName\":                  ",
        ",\"publisherName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionStoreApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "denied", &self.denied);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "product_name", &self.product_name);
        v.field(4usize, "publisher_name", &self.publisher_name);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionStoreApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.denied.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.product_name.read_from(r),
            4usize => self.publisher_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.denied);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.product_name);
        w.field(4usize, &self.publisher_name);
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
rt::impl_object!(WindowsInformationProtectionStoreApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionStoreApp { with_denied denied : bool; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_product_name product_name : ::std::string::String;
    with_publisher_name publisher_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionStoreApp);
#[cfg(msgraph_v1_device_management_or_search)]
/// Malware category device count
///
/// CSDL: `microsoft.graph.windowsMalwareCategoryCount`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMalwareCategoryCount {
    /// Count of active malware detections for this malware category. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeMalwareDetectionCount`: `Edm.Int32`, not nullable.
    pub active_malware_detection_count: rt::Field<i32>,
    /// Malware category. Possible values are: invalid, adware, spyware, passwordStealer, trojanDownloader, worm, backdoor, remoteAccessTrojan, trojan, emailFlooder, keylogger, dialer, monitoringSoftware, browserModifier, cookie, browserPlugin, aolExploit, nuker, securityDisabler, jokeProgram, hostileActiveXControl, softwareBundler, stealthNotifier, settingsModifier, toolBar, remoteControlSoftware, trojanFtp, potentialUnwantedSoftware, icqExploit, trojanTelnet, exploit, filesharingProgram, malwareCreationTool, remote_Control_Software, tool, trojanDenialOfService, trojanDropper, trojanMassMailer, trojanMonitoringSoftware, trojanProxyServer, virus, known, unknown, spp, behavior, vulnerability, policy, enterpriseUnwantedSoftware, ransom, hipsRule. Computed.
    ///
    /// CSDL: property `category`: `microsoft.graph.windowsMalwareCategory`, not nullable.
    pub category: rt::Field<crate::v1::WindowsMalwareCategory>,
    /// Count of devices with malware detections for this malware category
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Count of distinct active malwares for this malware category. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `distinctActiveMalwareCount`: `Edm.Int32`, not nullable.
    pub distinct_active_malware_count: rt::Field<i32>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareCategoryCount {
    #[inline]
    fn default() -> Self {
        Self {
            active_malware_detection_count: rt::Field::Absent,
            category: rt::Field::Absent,
            device_count: rt::Field::Absent,
            distinct_active_malware_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsMalwareCategoryCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareCategoryCount";
    const KEYS: &'static [&'static str] = &[
        "activeMalwareDetectionCount",
        "category",
        "deviceCount",
        "distinctActiveMalwareCount",
        "lastUpdateDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activeMalwareDetectionCount\":  ",
        ",\"category\":                     ",
        ",\"deviceCount\":                  ",
        ",\"distinctActiveMalwareCount\":   ",
        ",\"lastUpdateDateTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareCategoryCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "active_malware_detection_count",
            &self.active_malware_detection_count,
        );
        v.field(1usize, "category", &self.category);
        v.field(2usize, "device_count", &self.device_count);
        v.field(
            3usize,
            "distinct_active_malware_count",
            &self.distinct_active_malware_count,
        );
        v.field(4usize, "last_update_date_time", &self.last_update_date_time);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsMalwareCategoryCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.active_malware_detection_count.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.device_count.read_from(r),
            3usize => self.distinct_active_malware_count.read_from(r),
            4usize => self.last_update_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.active_malware_detection_count);
        w.field(1usize, &self.category);
        w.field(2usize, &self.device_count);
        w.field(3usize, &self.distinct_active_malware_count);
        w.field(4usize, &self.last_update_date_time);
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
rt::impl_object!(WindowsMalwareCategoryCount);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareCategoryCount { with_active_malware_detection_count
    active_malware_detection_count : i32; with_category category : crate
    ::v1::WindowsMalwareCategory; with_device_count device_count : i32;
    with_distinct_active_malware_count distinct_active_malware_count : i32;
    with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareCategoryCount);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows malware execution state summary.
///
/// CSDL: `microsoft.graph.windowsMalwareExecutionStateCount`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMalwareExecutionStateCount {
    /// Count of devices with malware detections for this malware execution state
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Malware execution state. Possible values are: unknown, blocked, allowed, running, notRunning. Defaults to unkonwn. Computed.
    ///
    /// CSDL: property `executionState`: `microsoft.graph.windowsMalwareExecutionState`, not nullable.
    pub execution_state: rt::Field<crate::v1::WindowsMalwareExecutionState>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareExecutionStateCount {
    #[inline]
    fn default() -> Self {
        Self {
            device_count: rt::Field::Absent,
            execution_state: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsMalwareExecutionStateCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareExecutionStateCount";
    const KEYS: &'static [&'static str] = &[
        "deviceCount",
        "executionState",
        "lastUpdateDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceCount\":                  ",
        ",\"executionState\":               ",
        ",\"lastUpdateDateTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareExecutionStateCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_count", &self.device_count);
        v.field(1usize, "execution_state", &self.execution_state);
        v.field(2usize, "last_update_date_time", &self.last_update_date_time);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsMalwareExecutionStateCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_count.read_from(r),
            1usize => self.execution_state.read_from(r),
            2usize => self.last_update_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_count);
        w.field(1usize, &self.execution_state);
        w.field(2usize, &self.last_update_date_time);
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
rt::impl_object!(WindowsMalwareExecutionStateCount);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareExecutionStateCount { with_device_count device_count : i32;
    with_execution_state execution_state : crate ::v1::WindowsMalwareExecutionState;
    with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareExecutionStateCount);
#[cfg(msgraph_v1_device_management_or_search)]
/// Malware name device count
///
/// CSDL: `microsoft.graph.windowsMalwareNameCount`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMalwareNameCount {
    /// Count of devices with malware dectected for this malware
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The unique identifier. This is malware identifier
    ///
    /// CSDL: property `malwareIdentifier`: `Edm.String`, nullable.
    pub malware_identifier: rt::Field<::std::string::String>,
    /// Malware name
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareNameCount {
    #[inline]
    fn default() -> Self {
        Self {
            device_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            malware_identifier: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsMalwareNameCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareNameCount";
    const KEYS: &'static [&'static str] = &[
        "deviceCount",
        "lastUpdateDateTime",
        "malwareIdentifier",
        "name",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"malwareIdentifier\":            ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareNameCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_count", &self.device_count);
        v.field(1usize, "last_update_date_time", &self.last_update_date_time);
        v.field(2usize, "malware_identifier", &self.malware_identifier);
        v.field(3usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsMalwareNameCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_count.read_from(r),
            1usize => self.last_update_date_time.read_from(r),
            2usize => self.malware_identifier.read_from(r),
            3usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_count);
        w.field(1usize, &self.last_update_date_time);
        w.field(2usize, &self.malware_identifier);
        w.field(3usize, &self.name);
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
rt::impl_object!(WindowsMalwareNameCount);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareNameCount { with_device_count device_count : i32;
    with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset;
    with_malware_identifier malware_identifier : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareNameCount);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows device malware overview.
///
/// CSDL: `microsoft.graph.windowsMalwareOverview`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMalwareOverview {
    /// List of device counts per malware category
    ///
    /// CSDL: property `malwareCategorySummary`: `Collection(microsoft.graph.windowsMalwareCategoryCount)`, nullable.
    pub malware_category_summary: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsMalwareCategoryCount>,
    >,
    /// Count of devices with malware detected in the last 30 days
    ///
    /// CSDL: property `malwareDetectedDeviceCount`: `Edm.Int32`, not nullable.
    pub malware_detected_device_count: rt::Field<i32>,
    /// List of device counts per malware execution state
    ///
    /// CSDL: property `malwareExecutionStateSummary`: `Collection(microsoft.graph.windowsMalwareExecutionStateCount)`, nullable.
    pub malware_execution_state_summary: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsMalwareExecutionStateCount>,
    >,
    /// List of device counts per malware
    ///
    /// CSDL: property `malwareNameSummary`: `Collection(microsoft.graph.windowsMalwareNameCount)`, nullable.
    pub malware_name_summary: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsMalwareNameCount>,
    >,
    /// List of active malware counts per malware severity
    ///
    /// CSDL: property `malwareSeveritySummary`: `Collection(microsoft.graph.windowsMalwareSeverityCount)`, nullable.
    pub malware_severity_summary: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsMalwareSeverityCount>,
    >,
    /// List of device counts per malware state
    ///
    /// CSDL: property `malwareStateSummary`: `Collection(microsoft.graph.windowsMalwareStateCount)`, nullable.
    pub malware_state_summary: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsMalwareStateCount>,
    >,
    /// List of device counts with malware per windows OS version
    ///
    /// CSDL: property `osVersionsSummary`: `Collection(microsoft.graph.osVersionCount)`, nullable.
    pub os_versions_summary: rt::Field<::std::vec::Vec<crate::v1::OsVersionCount>>,
    /// Count of all distinct malwares detected across all devices. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `totalDistinctMalwareCount`: `Edm.Int32`, not nullable.
    pub total_distinct_malware_count: rt::Field<i32>,
    /// Count of all malware detections across all devices. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `totalMalwareCount`: `Edm.Int32`, not nullable.
    pub total_malware_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareOverview {
    #[inline]
    fn default() -> Self {
        Self {
            malware_category_summary: rt::Field::Absent,
            malware_detected_device_count: rt::Field::Absent,
            malware_execution_state_summary: rt::Field::Absent,
            malware_name_summary: rt::Field::Absent,
            malware_severity_summary: rt::Field::Absent,
            malware_state_summary: rt::Field::Absent,
            os_versions_summary: rt::Field::Absent,
            total_distinct_malware_count: rt::Field::Absent,
            total_malware_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsMalwareOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareOverview";
    const KEYS: &'static [&'static str] = &[
        "malwareCategorySummary",
        "malwareDetectedDeviceCount",
        "malwareExecutionStateSummary",
        "malwareNameSummary",
        "malwareSeveritySummary",
        "malwareStateSummary",
        "osVersionsSummary",
        "totalDistinctMalwareCount",
        "totalMalwareCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"malwareCategorySummary\":       ",
        ",\"malwareDetectedDeviceCount\":   ",
        ",\"malwareExecutionStateSummary\": ",
        ",\"malwareNameSummary\":           ",
        ",\"malwareSeveritySummary\":       ",
        ",\"malwareStateSummary\":          ",
        ",\"osVersionsSummary\":            ",
        ",\"totalDistinctMalwareCount\":    ",
        ",\"totalMalwareCount\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "malware_category_summary", &self.malware_category_summary);
        v.field(
            1usize,
            "malware_detected_device_count",
            &self.malware_detected_device_count,
        );
        v.field(
            2usize,
            "malware_execution_state_summary",
            &self.malware_execution_state_summary,
        );
        v.field(3usize, "malware_name_summary", &self.malware_name_summary);
        v.field(4usize, "malware_severity_summary", &self.malware_severity_summary);
        v.field(5usize, "malware_state_summary", &self.malware_state_summary);
        v.field(6usize, "os_versions_summary", &self.os_versions_summary);
        v.field(
            7usize,
            "total_distinct_malware_count",
            &self.total_distinct_malware_count,
        );
        v.field(8usize, "total_malware_count", &self.total_malware_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsMalwareOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.malware_category_summary.read_from(r),
            1usize => self.malware_detected_device_count.read_from(r),
            2usize => self.malware_execution_state_summary.read_from(r),
            3usize => self.malware_name_summary.read_from(r),
            4usize => self.malware_severity_summary.read_from(r),
            5usize => self.malware_state_summary.read_from(r),
            6usize => self.os_versions_summary.read_from(r),
            7usize => self.total_distinct_malware_count.read_from(r),
            8usize => self.total_malware_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.malware_category_summary);
        w.field(1usize, &self.malware_detected_device_count);
        w.field(2usize, &self.malware_execution_state_summary);
        w.field(3usize, &self.malware_name_summary);
        w.field(4usize, &self.malware_severity_summary);
        w.field(5usize, &self.malware_state_summary);
        w.field(6usize, &self.os_versions_summary);
        w.field(7usize, &self.total_distinct_malware_count);
        w.field(8usize, &self.total_malware_count);
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
rt::impl_object!(WindowsMalwareOverview);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareOverview { with_malware_category_summary malware_category_summary :
    ::std::vec::Vec < crate ::v1::WindowsMalwareCategoryCount >;
    with_malware_detected_device_count malware_detected_device_count : i32;
    with_malware_execution_state_summary malware_execution_state_summary :
    ::std::vec::Vec < crate ::v1::WindowsMalwareExecutionStateCount >;
    with_malware_name_summary malware_name_summary : ::std::vec::Vec < crate
    ::v1::WindowsMalwareNameCount >; with_malware_severity_summary
    malware_severity_summary : ::std::vec::Vec < crate ::v1::WindowsMalwareSeverityCount
    >; with_malware_state_summary malware_state_summary : ::std::vec::Vec < crate
    ::v1::WindowsMalwareStateCount >; with_os_versions_summary os_versions_summary :
    ::std::vec::Vec < crate ::v1::OsVersionCount >; with_total_distinct_malware_count
    total_distinct_malware_count : i32; with_total_malware_count total_malware_count :
    i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareOverview);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Malware Severity Count Summary
///
/// CSDL: `microsoft.graph.windowsMalwareSeverityCount`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMalwareSeverityCount {
    /// Count of distinct malwares for this malware State. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `distinctMalwareCount`: `Edm.Int32`, not nullable.
    pub distinct_malware_count: rt::Field<i32>,
    /// The Timestamp of the last update for the WindowsMalwareSeverityCount in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Count of threats detections for this malware severity. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `malwareDetectionCount`: `Edm.Int32`, not nullable.
    pub malware_detection_count: rt::Field<i32>,
    /// Malware Threat Severity. computed. Possible values are: unknown, low, moderate, high, severe.
    ///
    /// CSDL: property `severity`: `microsoft.graph.windowsMalwareSeverity`, not nullable.
    pub severity: rt::Field<crate::v1::WindowsMalwareSeverity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareSeverityCount {
    #[inline]
    fn default() -> Self {
        Self {
            distinct_malware_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            malware_detection_count: rt::Field::Absent,
            severity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsMalwareSeverityCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareSeverityCount";
    const KEYS: &'static [&'static str] = &[
        "distinctMalwareCount",
        "lastUpdateDateTime",
        "malwareDetectionCount",
        "severity",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"distinctMalwareCount\":         ",
        ",\"lastUpdateDateTime\":           ",
        ",\"malwareDetectionCount\":        ",
        ",\"severity\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareSeverityCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "distinct_malware_count", &self.distinct_malware_count);
        v.field(1usize, "last_update_date_time", &self.last_update_date_time);
        v.field(2usize, "malware_detection_count", &self.malware_detection_count);
        v.field(3usize, "severity", &self.severity);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsMalwareSeverityCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.distinct_malware_count.read_from(r),
            1usize => self.last_update_date_time.read_from(r),
            2usize => self.malware_detection_count.read_from(r),
            3usize => self.severity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.distinct_malware_count);
        w.field(1usize, &self.last_update_date_time);
        w.field(2usize, &self.malware_detection_count);
        w.field(3usize, &self.severity);
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
rt::impl_object!(WindowsMalwareSeverityCount);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareSeverityCount { with_distinct_malware_count distinct_malware_count :
    i32; with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset;
    with_malware_detection_count malware_detection_count : i32; with_severity severity :
    crate ::v1::WindowsMalwareSeverity; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareSeverityCount);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Malware State Summary.
///
/// CSDL: `microsoft.graph.windowsMalwareStateCount`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMalwareStateCount {
    /// Count of devices with malware detections for this malware State
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Count of distinct malwares for this malware State. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `distinctMalwareCount`: `Edm.Int32`, not nullable.
    pub distinct_malware_count: rt::Field<i32>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Count of total malware detections for this malware State. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `malwareDetectionCount`: `Edm.Int32`, not nullable.
    pub malware_detection_count: rt::Field<i32>,
    /// Malware Threat State. Possible values are: active, actionFailed, manualStepsRequired, fullScanRequired, rebootRequired, remediatedWithNonCriticalFailures, quarantined, removed, cleaned, allowed, noStatusCleared. Defaults to noStatusCleared. Computed.
    ///
    /// CSDL: property `state`: `microsoft.graph.windowsMalwareThreatState`, not nullable.
    pub state: rt::Field<crate::v1::WindowsMalwareThreatState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareStateCount {
    #[inline]
    fn default() -> Self {
        Self {
            device_count: rt::Field::Absent,
            distinct_malware_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            malware_detection_count: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsMalwareStateCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareStateCount";
    const KEYS: &'static [&'static str] = &[
        "deviceCount",
        "distinctMalwareCount",
        "lastUpdateDateTime",
        "malwareDetectionCount",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceCount\":                  ",
        ",\"distinctMalwareCount\":         ",
        ",\"lastUpdateDateTime\":           ",
        ",\"malwareDetectionCount\":        ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareStateCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_count", &self.device_count);
        v.field(1usize, "distinct_malware_count", &self.distinct_malware_count);
        v.field(2usize, "last_update_date_time", &self.last_update_date_time);
        v.field(3usize, "malware_detection_count", &self.malware_detection_count);
        v.field(4usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsMalwareStateCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_count.read_from(r),
            1usize => self.distinct_malware_count.read_from(r),
            2usize => self.last_update_date_time.read_from(r),
            3usize => self.malware_detection_count.read_from(r),
            4usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_count);
        w.field(1usize, &self.distinct_malware_count);
        w.field(2usize, &self.last_update_date_time);
        w.field(3usize, &self.malware_detection_count);
        w.field(4usize, &self.state);
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
rt::impl_object!(WindowsMalwareStateCount);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareStateCount { with_device_count device_count : i32;
    with_distinct_malware_count distinct_malware_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_malware_detection_count
    malware_detection_count : i32; with_state state : crate
    ::v1::WindowsMalwareThreatState; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareStateCount);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for the Microsoft Edge app on Windows.
///
/// CSDL: `microsoft.graph.windowsMicrosoftEdgeApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<WindowsMicrosoftEdgeApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMicrosoftEdgeApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The channel to install on target devices. The possible values are dev, beta, and stable. By default, this property is set to dev.
    ///
    /// CSDL: property `channel`: `microsoft.graph.microsoftEdgeChannel`, not nullable.
    pub channel: rt::Field<crate::v1::MicrosoftEdgeChannel>,
    /// The language locale to use when the Edge app displays text to the user.
    ///
    /// CSDL: property `displayLanguageLocale`: `Edm.String`, nullable.
    pub display_language_locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsMicrosoftEdgeApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            channel: rt::Field::Absent,
            display_language_locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsMicrosoftEdgeApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMicrosoftEdgeApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "channel",
        "displayLanguageLocale",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"channel\":                      ",
        ",\"displayLanguageLocale\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMicrosoftEdgeApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "channel", &self.channel);
        v.field(17usize, "display_language_locale", &self.display_language_locale);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsMicrosoftEdgeApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.channel.read_from(r),
            17usize => self.display_language_locale.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.channel);
        w.field(17usize, &self.display_language_locale);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsMicrosoftEdgeApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsMicrosoftEdgeApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_channel channel : crate
    ::v1::MicrosoftEdgeChannel; with_display_language_locale display_language_locale :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMicrosoftEdgeApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// The minimum operating system required for a Windows mobile app.
///
/// CSDL: `microsoft.graph.windowsMinimumOperatingSystem`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMinimumOperatingSystem {
    /// Windows version 10.0 or later.
    ///
    /// CSDL: property `v10_0`: `Edm.Boolean`, not nullable.
    pub v10_0: rt::Field<bool>,
    /// Windows version 8.0 or later.
    ///
    /// CSDL: property `v8_0`: `Edm.Boolean`, not nullable.
    pub v8_0: rt::Field<bool>,
    /// Windows version 8.1 or later.
    ///
    /// CSDL: property `v8_1`: `Edm.Boolean`, not nullable.
    pub v8_1: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_0: rt::Field::Absent,
            v8_0: rt::Field::Absent,
            v8_1: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &["v10_0", "v8_0", "v8_1"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_0\":                        ",
        ",\"v8_0\":                         ",
        ",\"v8_1\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMinimumOperatingSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "v10_0", &self.v10_0);
        v.field(1usize, "v8_0", &self.v8_0);
        v.field(2usize, "v8_1", &self.v8_1);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsMinimumOperatingSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_0.read_from(r),
            1usize => self.v8_0.read_from(r),
            2usize => self.v8_1.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_0);
        w.field(1usize, &self.v8_0);
        w.field(2usize, &self.v8_1);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsMinimumOperatingSystem);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsMinimumOperatingSystem { with_v10_0 v10_0 : bool; with_v8_0 v8_0 : bool;
    with_v8_1 v8_1 : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMinimumOperatingSystem);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Mobile MSI Line Of Business apps.
///
/// CSDL: `microsoft.graph.windowsMobileMSI`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`MobileLobAppPath`](requests/trait.MobileLobAppPath.html), what a path to one (`EntityPath<WindowsMobileMsi, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMobileMsi {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main LOB application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files. This property is read-only.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app. This property is read-only.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>>,
    /// The command line.
    ///
    /// CSDL: property `commandLine`: `Edm.String`, nullable.
    pub command_line: rt::Field<::std::string::String>,
    /// A boolean to control whether the app's version will be used to detect the app after it is installed on a device. Set this to true for Windows Mobile MSI Line of Business (LoB) apps that use a self update feature.
    ///
    /// CSDL: property `ignoreVersionDetection`: `Edm.Boolean`, not nullable.
    pub ignore_version_detection: rt::Field<bool>,
    /// The product code.
    ///
    /// CSDL: property `productCode`: `Edm.String`, nullable.
    pub product_code: rt::Field<::std::string::String>,
    /// The product version of Windows Mobile MSI Line of Business (LoB) app.
    ///
    /// CSDL: property `productVersion`: `Edm.String`, nullable.
    pub product_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsMobileMsi {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            command_line: rt::Field::Absent,
            ignore_version_detection: rt::Field::Absent,
            product_code: rt::Field::Absent,
            product_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsMobileMsi {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMobileMSI";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "commandLine",
        "ignoreVersionDetection",
        "productCode",
        "productVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"commandLine\":                  ",
        ",\"ignoreVersionDetection\":       ",
        ",\"productCode\":                  ",
        ",\"productVersion\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMobileMSI\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "committed_content_version", &self.committed_content_version);
        v.field(17usize, "file_name", &self.file_name);
        v.field(18usize, "size", &self.size);
        v.field(19usize, "content_versions", &self.content_versions);
        v.field(20usize, "command_line", &self.command_line);
        v.field(21usize, "ignore_version_detection", &self.ignore_version_detection);
        v.field(22usize, "product_code", &self.product_code);
        v.field(23usize, "product_version", &self.product_version);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsMobileMsi {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.committed_content_version.read_from(r),
            17usize => self.file_name.read_from(r),
            18usize => self.size.read_from(r),
            19usize => self.content_versions.read_from(r),
            20usize => self.command_line.read_from(r),
            21usize => self.ignore_version_detection.read_from(r),
            22usize => self.product_code.read_from(r),
            23usize => self.product_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.committed_content_version);
        w.field(17usize, &self.file_name);
        w.field(18usize, &self.size);
        w.field(19usize, &self.content_versions);
        w.field(20usize, &self.command_line);
        w.field(21usize, &self.ignore_version_detection);
        w.field(22usize, &self.product_code);
        w.field(23usize, &self.product_version);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsMobileMsi);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsMobileMsi { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_committed_content_version
    committed_content_version : ::std::string::String; with_file_name file_name :
    ::std::string::String; with_size size : i64; with_content_versions content_versions :
    ::std::vec::Vec < crate ::v1::MobileAppContent >; with_command_line command_line :
    ::std::string::String; with_ignore_version_detection ignore_version_detection : bool;
    with_product_code product_code : ::std::string::String; with_product_version
    product_version : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMobileMsi);
#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Windows 8.1 Mobile.
///
/// CSDL: `microsoft.graph.windowsPhone81CompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<WindowsPhone81CompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsPhone81CompliancePolicy {
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
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action per rule for this compliance policy. This is a required property when creating any individual per-platform compliance policies.
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceUserStatus>>,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceComplianceUserOverview>,
    /// Maximum Windows Phone version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Windows Phone version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Whether or not to block syncing the calendar.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Number of days before the password expires.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passwords.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
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
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Require encryption on windows phone devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81CompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsPhone81CompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81CompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "osMaximumVersion",
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
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"osMaximumVersion\":             ",
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81CompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_overview", &self.user_status_overview);
        v.field(13usize, "os_maximum_version", &self.os_maximum_version);
        v.field(14usize, "os_minimum_version", &self.os_minimum_version);
        v.field(15usize, "password_block_simple", &self.password_block_simple);
        v.field(16usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            17usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(18usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            19usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            20usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(21usize, "password_required", &self.password_required);
        v.field(22usize, "password_required_type", &self.password_required_type);
        v.field(23usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsPhone81CompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.scheduled_actions_for_rule.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_overview.read_from(r),
            13usize => self.os_maximum_version.read_from(r),
            14usize => self.os_minimum_version.read_from(r),
            15usize => self.password_block_simple.read_from(r),
            16usize => self.password_expiration_days.read_from(r),
            17usize => self.password_minimum_character_set_count.read_from(r),
            18usize => self.password_minimum_length.read_from(r),
            19usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            20usize => self.password_previous_password_block_count.read_from(r),
            21usize => self.password_required.read_from(r),
            22usize => self.password_required_type.read_from(r),
            23usize => self.storage_require_encryption.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.scheduled_actions_for_rule);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_overview);
        w.field(13usize, &self.os_maximum_version);
        w.field(14usize, &self.os_minimum_version);
        w.field(15usize, &self.password_block_simple);
        w.field(16usize, &self.password_expiration_days);
        w.field(17usize, &self.password_minimum_character_set_count);
        w.field(18usize, &self.password_minimum_length);
        w.field(19usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(20usize, &self.password_previous_password_block_count);
        w.field(21usize, &self.password_required);
        w.field(22usize, &self.password_required_type);
        w.field(23usize, &self.storage_require_encryption);
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
rt::impl_object!(WindowsPhone81CompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81CompliancePolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceCompliancePolicyAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::v1::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceUserStatus >; with_user_status_overview
    user_status_overview : crate ::v1::DeviceComplianceUserOverview;
    with_os_maximum_version os_maximum_version : ::std::string::String;
    with_os_minimum_version os_minimum_version : ::std::string::String;
    with_password_block_simple password_block_simple : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::RequiredPasswordType;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81CompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windowsPhone81CustomConfiguration resource.
///
/// CSDL: `microsoft.graph.windowsPhone81CustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsPhone81CustomConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsPhone81CustomConfiguration {
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
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// OMA settings. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `omaSettings`: `Collection(microsoft.graph.omaSetting)`, nullable.
    pub oma_settings: rt::Field<::std::vec::Vec<crate::v1::AnyOmaSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81CustomConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            oma_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsPhone81CustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81CustomConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "omaSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"omaSettings\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81CustomConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "oma_settings", &self.oma_settings);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsPhone81CustomConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.oma_settings.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.oma_settings);
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
rt::impl_object!(WindowsPhone81CustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81CustomConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_oma_settings oma_settings :
    ::std::vec::Vec < crate ::v1::AnyOmaSetting >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81CustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windowsPhone81GeneralConfiguration resource.
///
/// CSDL: `microsoft.graph.windowsPhone81GeneralConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsPhone81GeneralConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsPhone81GeneralConfiguration {
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
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// Value indicating whether this policy only applies to Windows Phone 8.1. This property is read-only.
    ///
    /// CSDL: property `applyOnlyToWindowsPhone81`: `Edm.Boolean`, not nullable.
    pub apply_only_to_windows_phone81: rt::Field<bool>,
    /// Indicates whether or not to block copy paste.
    ///
    /// CSDL: property `appsBlockCopyPaste`: `Edm.Boolean`, not nullable.
    pub apps_block_copy_paste: rt::Field<bool>,
    /// Indicates whether or not to block bluetooth.
    ///
    /// CSDL: property `bluetoothBlocked`: `Edm.Boolean`, not nullable.
    pub bluetooth_blocked: rt::Field<bool>,
    /// Indicates whether or not to block camera.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Wi-Fi tethering. Has no impact if Wi-Fi is blocked.
    ///
    /// CSDL: property `cellularBlockWifiTethering`: `Edm.Boolean`, not nullable.
    pub cellular_block_wifi_tethering: rt::Field<bool>,
    /// List that is in the AppComplianceList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::v1::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticDataBlockSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission: rt::Field<bool>,
    /// Indicates whether or not to block custom email accounts.
    ///
    /// CSDL: property `emailBlockAddingAccounts`: `Edm.Boolean`, not nullable.
    pub email_block_adding_accounts: rt::Field<bool>,
    /// Indicates whether or not to block location services.
    ///
    /// CSDL: property `locationServicesBlocked`: `Edm.Boolean`, not nullable.
    pub location_services_blocked: rt::Field<bool>,
    /// Indicates whether or not to block using a Microsoft Account.
    ///
    /// CSDL: property `microsoftAccountBlocked`: `Edm.Boolean`, not nullable.
    pub microsoft_account_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Near-Field Communication.
    ///
    /// CSDL: property `nfcBlocked`: `Edm.Boolean`, not nullable.
    pub nfc_blocked: rt::Field<bool>,
    /// Indicates whether or not to block syncing the calendar.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Number of days before the password expires.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Number of character sets a password must contain.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passwords.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before screen timeout.
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
    /// Password type that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Number of sign in failures allowed before factory reset.
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates whether or not to block screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Indicates whether or not to block removable storage.
    ///
    /// CSDL: property `storageBlockRemovableStorage`: `Edm.Boolean`, not nullable.
    pub storage_block_removable_storage: rt::Field<bool>,
    /// Indicates whether or not to require encryption.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Indicates whether or not to block the web browser.
    ///
    /// CSDL: property `webBrowserBlocked`: `Edm.Boolean`, not nullable.
    pub web_browser_blocked: rt::Field<bool>,
    /// Indicates whether or not to block automatically connecting to Wi-Fi hotspots. Has no impact if Wi-Fi is blocked.
    ///
    /// CSDL: property `wifiBlockAutomaticConnectHotspots`: `Edm.Boolean`, not nullable.
    pub wifi_block_automatic_connect_hotspots: rt::Field<bool>,
    /// Indicates whether or not to block Wi-Fi.
    ///
    /// CSDL: property `wifiBlocked`: `Edm.Boolean`, not nullable.
    pub wifi_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Wi-Fi hotspot reporting. Has no impact if Wi-Fi is blocked.
    ///
    /// CSDL: property `wifiBlockHotspotReporting`: `Edm.Boolean`, not nullable.
    pub wifi_block_hotspot_reporting: rt::Field<bool>,
    /// Indicates whether or not to block the Windows Store.
    ///
    /// CSDL: property `windowsStoreBlocked`: `Edm.Boolean`, not nullable.
    pub windows_store_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81GeneralConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            apply_only_to_windows_phone81: rt::Field::Absent,
            apps_block_copy_paste: rt::Field::Absent,
            bluetooth_blocked: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_wifi_tethering: rt::Field::Absent,
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            diagnostic_data_block_submission: rt::Field::Absent,
            email_block_adding_accounts: rt::Field::Absent,
            location_services_blocked: rt::Field::Absent,
            microsoft_account_blocked: rt::Field::Absent,
            nfc_blocked: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            storage_block_removable_storage: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            web_browser_blocked: rt::Field::Absent,
            wifi_block_automatic_connect_hotspots: rt::Field::Absent,
            wifi_blocked: rt::Field::Absent,
            wifi_block_hotspot_reporting: rt::Field::Absent,
            windows_store_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsPhone81GeneralConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81GeneralConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "applyOnlyToWindowsPhone81",
        "appsBlockCopyPaste",
        "bluetoothBlocked",
        "cameraBlocked",
        "cellularBlockWifiTethering",
        "compliantAppListType",
        "compliantAppsList",
        "diagnosticDataBlockSubmission",
        "emailBlockAddingAccounts",
        "locationServicesBlocked",
        "microsoftAccountBlocked",
        "nfcBlocked",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "screenCaptureBlocked",
        "storageBlockRemovableStorage",
        "storageRequireEncryption",
        "webBrowserBlocked",
        "wifiBlockAutomaticConnectHotspots",
        "wifiBlocked",
        "wifiBlockHotspotReporting",
        "windowsStoreBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"applyOnlyToWindowsPhone81\":    ",
        ",\"appsBlockCopyPaste\":           ",
        ",\"bluetoothBlocked\":             ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockWifiTethering\":   ",
        ",\"compliantAppListType\":         ",
        ",\"compliantAppsList\":            ",
        ",\"diagnosticDataBlockSubmission\":",
        ",\"emailBlockAddingAccounts\":     ",
        ",\"locationServicesBlocked\":      ",
        ",\"microsoftAccountBlocked\":      ",
        ",\"nfcBlocked\":                   ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"screenCaptureBlocked\":         ",
        ",\"storageBlockRemovableStorage\": ",
        ",\"storageRequireEncryption\":     ",
        ",\"webBrowserBlocked\":            ",
        ",\"wifiBlockAutomaticConnectHotspots\":",
        ",\"wifiBlocked\":                  ",
        ",\"wifiBlockHotspotReporting\":    ",
        ",\"windowsStoreBlocked\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81GeneralConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(
            12usize,
            "apply_only_to_windows_phone81",
            &self.apply_only_to_windows_phone81,
        );
        v.field(13usize, "apps_block_copy_paste", &self.apps_block_copy_paste);
        v.field(14usize, "bluetooth_blocked", &self.bluetooth_blocked);
        v.field(15usize, "camera_blocked", &self.camera_blocked);
        v.field(
            16usize,
            "cellular_block_wifi_tethering",
            &self.cellular_block_wifi_tethering,
        );
        v.field(17usize, "compliant_app_list_type", &self.compliant_app_list_type);
        v.field(18usize, "compliant_apps_list", &self.compliant_apps_list);
        v.field(
            19usize,
            "diagnostic_data_block_submission",
            &self.diagnostic_data_block_submission,
        );
        v.field(
            20usize,
            "email_block_adding_accounts",
            &self.email_block_adding_accounts,
        );
        v.field(21usize, "location_services_blocked", &self.location_services_blocked);
        v.field(22usize, "microsoft_account_blocked", &self.microsoft_account_blocked);
        v.field(23usize, "nfc_blocked", &self.nfc_blocked);
        v.field(24usize, "password_block_simple", &self.password_block_simple);
        v.field(25usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            26usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(27usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            28usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            29usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(30usize, "password_required", &self.password_required);
        v.field(31usize, "password_required_type", &self.password_required_type);
        v.field(
            32usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(33usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            34usize,
            "storage_block_removable_storage",
            &self.storage_block_removable_storage,
        );
        v.field(35usize, "storage_require_encryption", &self.storage_require_encryption);
        v.field(36usize, "web_browser_blocked", &self.web_browser_blocked);
        v.field(
            37usize,
            "wifi_block_automatic_connect_hotspots",
            &self.wifi_block_automatic_connect_hotspots,
        );
        v.field(38usize, "wifi_blocked", &self.wifi_blocked);
        v.field(
            39usize,
            "wifi_block_hotspot_reporting",
            &self.wifi_block_hotspot_reporting,
        );
        v.field(40usize, "windows_store_blocked", &self.windows_store_blocked);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsPhone81GeneralConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.apply_only_to_windows_phone81.read_from(r),
            13usize => self.apps_block_copy_paste.read_from(r),
            14usize => self.bluetooth_blocked.read_from(r),
            15usize => self.camera_blocked.read_from(r),
            16usize => self.cellular_block_wifi_tethering.read_from(r),
            17usize => self.compliant_app_list_type.read_from(r),
            18usize => self.compliant_apps_list.read_from(r),
            19usize => self.diagnostic_data_block_submission.read_from(r),
            20usize => self.email_block_adding_accounts.read_from(r),
            21usize => self.location_services_blocked.read_from(r),
            22usize => self.microsoft_account_blocked.read_from(r),
            23usize => self.nfc_blocked.read_from(r),
            24usize => self.password_block_simple.read_from(r),
            25usize => self.password_expiration_days.read_from(r),
            26usize => self.password_minimum_character_set_count.read_from(r),
            27usize => self.password_minimum_length.read_from(r),
            28usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            29usize => self.password_previous_password_block_count.read_from(r),
            30usize => self.password_required.read_from(r),
            31usize => self.password_required_type.read_from(r),
            32usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            33usize => self.screen_capture_blocked.read_from(r),
            34usize => self.storage_block_removable_storage.read_from(r),
            35usize => self.storage_require_encryption.read_from(r),
            36usize => self.web_browser_blocked.read_from(r),
            37usize => self.wifi_block_automatic_connect_hotspots.read_from(r),
            38usize => self.wifi_blocked.read_from(r),
            39usize => self.wifi_block_hotspot_reporting.read_from(r),
            40usize => self.windows_store_blocked.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.apply_only_to_windows_phone81);
        w.field(13usize, &self.apps_block_copy_paste);
        w.field(14usize, &self.bluetooth_blocked);
        w.field(15usize, &self.camera_blocked);
        w.field(16usize, &self.cellular_block_wifi_tethering);
        w.field(17usize, &self.compliant_app_list_type);
        w.field(18usize, &self.compliant_apps_list);
        w.field(19usize, &self.diagnostic_data_block_submission);
        w.field(20usize, &self.email_block_adding_accounts);
        w.field(21usize, &self.location_services_blocked);
        w.field(22usize, &self.microsoft_account_blocked);
        w.field(23usize, &self.nfc_blocked);
        w.field(24usize, &self.password_block_simple);
        w.field(25usize, &self.password_expiration_days);
        w.field(26usize, &self.password_minimum_character_set_count);
        w.field(27usize, &self.password_minimum_length);
        w.field(28usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(29usize, &self.password_previous_password_block_count);
        w.field(30usize, &self.password_required);
        w.field(31usize, &self.password_required_type);
        w.field(32usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(33usize, &self.screen_capture_blocked);
        w.field(34usize, &self.storage_block_removable_storage);
        w.field(35usize, &self.storage_require_encryption);
        w.field(36usize, &self.web_browser_blocked);
        w.field(37usize, &self.wifi_block_automatic_connect_hotspots);
        w.field(38usize, &self.wifi_blocked);
        w.field(39usize, &self.wifi_block_hotspot_reporting);
        w.field(40usize, &self.windows_store_blocked);
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
rt::impl_object!(WindowsPhone81GeneralConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81GeneralConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_apply_only_to_windows_phone81
    apply_only_to_windows_phone81 : bool; with_apps_block_copy_paste
    apps_block_copy_paste : bool; with_bluetooth_blocked bluetooth_blocked : bool;
    with_camera_blocked camera_blocked : bool; with_cellular_block_wifi_tethering
    cellular_block_wifi_tethering : bool; with_compliant_app_list_type
    compliant_app_list_type : crate ::v1::AppListType; with_compliant_apps_list
    compliant_apps_list : ::std::vec::Vec < crate ::v1::AppListItem >;
    with_diagnostic_data_block_submission diagnostic_data_block_submission : bool;
    with_email_block_adding_accounts email_block_adding_accounts : bool;
    with_location_services_blocked location_services_blocked : bool;
    with_microsoft_account_blocked microsoft_account_blocked : bool; with_nfc_blocked
    nfc_blocked : bool; with_password_block_simple password_block_simple : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::RequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_screen_capture_blocked screen_capture_blocked : bool;
    with_storage_block_removable_storage storage_block_removable_storage : bool;
    with_storage_require_encryption storage_require_encryption : bool;
    with_web_browser_blocked web_browser_blocked : bool;
    with_wifi_block_automatic_connect_hotspots wifi_block_automatic_connect_hotspots :
    bool; with_wifi_blocked wifi_blocked : bool; with_wifi_block_hotspot_reporting
    wifi_block_hotspot_reporting : bool; with_windows_store_blocked windows_store_blocked
    : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81GeneralConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Allows IT admind to set a predefined default search engine for MDM-Controlled devices
///
/// CSDL: `microsoft.graph.windowsSpotlightEnablementSettings`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsSpotlightEnablementSettings {
    /// Spotlight on lock screen is not configured
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Disable Windows Spotlight on lock screen
    ///
    /// `disabled` (value 1).
    Disabled,
    /// Enable Windows Spotlight on lock screen
    ///
    /// `enabled` (value 2).
    Enabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WindowsSpotlightEnablementSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsSpotlightEnablementSettings";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "disabled", "enabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "disabled" => Self::Disabled,
                "enabled" => Self::Enabled,
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
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsSpotlightEnablementSettings);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsSpotlightEnablementSettings);
#[cfg(msgraph_v1_device_management_or_search)]
/// Type of start menu app list visibility.
///
/// CSDL: `microsoft.graph.windowsStartMenuAppListVisibilityType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsStartMenuAppListVisibilityType {
    /// User defined. Default value.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Collapse the app list on the start menu.
    ///
    /// `collapse` (value 1).
    Collapse,
    /// Removes the app list entirely from the start menu.
    ///
    /// `remove` (value 2).
    Remove,
    /// Disables the corresponding toggle (Collapse or Remove) in the Settings app.
    ///
    /// `disableSettingsApp` (value 4).
    DisableSettingsApp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WindowsStartMenuAppListVisibilityType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsStartMenuAppListVisibilityType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "collapse",
        "remove",
        "disableSettingsApp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "collapse" => Self::Collapse,
                "remove" => Self::Remove,
                "disableSettingsApp" => Self::DisableSettingsApp,
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
            Self::Collapse => "collapse",
            Self::Remove => "remove",
            Self::DisableSettingsApp => "disableSettingsApp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsStartMenuAppListVisibilityType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsStartMenuAppListVisibilityType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Type of display modes for the start menu.
///
/// CSDL: `microsoft.graph.windowsStartMenuModeType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsStartMenuModeType {
    /// User defined. Default value.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Full screen.
    ///
    /// `fullScreen` (value 1).
    FullScreen,
    /// Non-full screen.
    ///
    /// `nonFullScreen` (value 2).
    NonFullScreen,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WindowsStartMenuModeType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsStartMenuModeType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "fullScreen",
        "nonFullScreen",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "fullScreen" => Self::FullScreen,
                "nonFullScreen" => Self::NonFullScreen,
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
            Self::FullScreen => "fullScreen",
            Self::NonFullScreen => "nonFullScreen",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsStartMenuModeType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsStartMenuModeType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Universal AppX Line Of Business apps. Inherits from `mobileLobApp`.
///
/// CSDL: `microsoft.graph.windowsUniversalAppX`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`WindowsUniversalAppXPath`](requests/trait.WindowsUniversalAppXPath.html), what a path to one (`EntityPath<WindowsUniversalAppX, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsUniversalAppX {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main LOB application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files. This property is read-only.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app. This property is read-only.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>>,
    /// The Windows architecture(s) for which this app can run on. Possible values are: `none`, `x86`, `x64`, `arm`, `neutral`; default value is `none`.
    ///
    /// CSDL: property `applicableArchitectures`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub applicable_architectures: rt::Field<rt::Flags<crate::v1::WindowsArchitecture>>,
    /// The Windows device type(s) for which this app can run on. Possible values are: `none`, `desktop`, `mobile`, `holographic`, `team`; default value is `none`.
    ///
    /// CSDL: property `applicableDeviceTypes`: `microsoft.graph.windowsDeviceType`, not nullable.
    pub applicable_device_types: rt::Field<rt::Flags<crate::v1::WindowsDeviceType>>,
    /// The Identity Name of the app, parsed from the appx file when it is uploaded through the Intune MEM console. For example: "Contoso.DemoApp".
    ///
    /// CSDL: property `identityName`: `Edm.String`, nullable.
    pub identity_name: rt::Field<::std::string::String>,
    /// The Identity Publisher Hash of the app, parsed from the appx file when it is uploaded through the Intune MEM console. For example: "AB82CD0XYZ".
    ///
    /// CSDL: property `identityPublisherHash`: `Edm.String`, not nullable.
    pub identity_publisher_hash: rt::Field<::std::string::String>,
    /// The Identity Resource Identifier of the app, parsed from the appx file when it is uploaded through the Intune MEM console. For example: "TestResourceId".
    ///
    /// CSDL: property `identityResourceIdentifier`: `Edm.String`, nullable.
    pub identity_resource_identifier: rt::Field<::std::string::String>,
    /// The Identity Version of the app, parsed from the appx file when it is uploaded through the Intune MEM console.  For example: "1.0.0.0".
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// Whether or not the app is a bundle. If TRUE, app is a bundle; if FALSE, app is not a bundle.
    ///
    /// CSDL: property `isBundle`: `Edm.Boolean`, not nullable.
    pub is_bundle: rt::Field<bool>,
    /// The value for the minimum applicable Windows operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.windowsMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::WindowsMinimumOperatingSystem,
    >,
    /// The collection of contained apps in the committed mobileAppContent of a windowsUniversalAppX app. This property is read-only.
    ///
    /// CSDL: containment navigation property `committedContainedApps`: `Collection(microsoft.graph.mobileContainedApp)`, not nullable.
    pub committed_contained_apps: rt::Field<
        ::std::vec::Vec<crate::v1::AnyMobileContainedApp>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsUniversalAppX {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            applicable_architectures: rt::Field::Absent,
            applicable_device_types: rt::Field::Absent,
            identity_name: rt::Field::Absent,
            identity_publisher_hash: rt::Field::Absent,
            identity_resource_identifier: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            is_bundle: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            committed_contained_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsUniversalAppX {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUniversalAppX";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "applicableArchitectures",
        "applicableDeviceTypes",
        "identityName",
        "identityPublisherHash",
        "identityResourceIdentifier",
        "identityVersion",
        "isBundle",
        "minimumSupportedOperatingSystem",
        "committedContainedApps",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"applicableArchitectures\":      ",
        ",\"applicableDeviceTypes\":        ",
        ",\"identityName\":                 ",
        ",\"identityPublisherHash\":        ",
        ",\"identityResourceIdentifier\":   ",
        ",\"identityVersion\":              ",
        ",\"isBundle\":                     ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"committedContainedApps\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUniversalAppX\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "committed_content_version", &self.committed_content_version);
        v.field(17usize, "file_name", &self.file_name);
        v.field(18usize, "size", &self.size);
        v.field(19usize, "content_versions", &self.content_versions);
        v.field(20usize, "applicable_architectures", &self.applicable_architectures);
        v.field(21usize, "applicable_device_types", &self.applicable_device_types);
        v.field(22usize, "identity_name", &self.identity_name);
        v.field(23usize, "identity_publisher_hash", &self.identity_publisher_hash);
        v.field(
            24usize,
            "identity_resource_identifier",
            &self.identity_resource_identifier,
        );
        v.field(25usize, "identity_version", &self.identity_version);
        v.field(26usize, "is_bundle", &self.is_bundle);
        v.field(
            27usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(28usize, "committed_contained_apps", &self.committed_contained_apps);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsUniversalAppX {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.committed_content_version.read_from(r),
            17usize => self.file_name.read_from(r),
            18usize => self.size.read_from(r),
            19usize => self.content_versions.read_from(r),
            20usize => self.applicable_architectures.read_from(r),
            21usize => self.applicable_device_types.read_from(r),
            22usize => self.identity_name.read_from(r),
            23usize => self.identity_publisher_hash.read_from(r),
            24usize => self.identity_resource_identifier.read_from(r),
            25usize => self.identity_version.read_from(r),
            26usize => self.is_bundle.read_from(r),
            27usize => self.minimum_supported_operating_system.read_from(r),
            28usize => self.committed_contained_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.committed_content_version);
        w.field(17usize, &self.file_name);
        w.field(18usize, &self.size);
        w.field(19usize, &self.content_versions);
        w.field(20usize, &self.applicable_architectures);
        w.field(21usize, &self.applicable_device_types);
        w.field(22usize, &self.identity_name);
        w.field(23usize, &self.identity_publisher_hash);
        w.field(24usize, &self.identity_resource_identifier);
        w.field(25usize, &self.identity_version);
        w.field(26usize, &self.is_bundle);
        w.field(27usize, &self.minimum_supported_operating_system);
        w.field(28usize, &self.committed_contained_apps);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsUniversalAppX);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsUniversalAppX { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_committed_content_version
    committed_content_version : ::std::string::String; with_file_name file_name :
    ::std::string::String; with_size size : i64; with_content_versions content_versions :
    ::std::vec::Vec < crate ::v1::MobileAppContent >; with_applicable_architectures
    applicable_architectures : rt::Flags < crate ::v1::WindowsArchitecture >;
    with_applicable_device_types applicable_device_types : rt::Flags < crate
    ::v1::WindowsDeviceType >; with_identity_name identity_name : ::std::string::String;
    with_identity_publisher_hash identity_publisher_hash : ::std::string::String;
    with_identity_resource_identifier identity_resource_identifier :
    ::std::string::String; with_identity_version identity_version :
    ::std::string::String; with_is_bundle is_bundle : bool;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::WindowsMinimumOperatingSystem; with_committed_contained_apps
    committed_contained_apps : ::std::vec::Vec < crate ::v1::AnyMobileContainedApp >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUniversalAppX);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used when assigning a Windows Universal AppX mobile app to a group.
///
/// CSDL: `microsoft.graph.windowsUniversalAppXAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsUniversalAppXAppAssignmentSettings {
    /// If true, uses device execution context for Windows Universal AppX mobile app. Device-context install is not allowed when this type of app is targeted with Available intent. Defaults to false.
    ///
    /// CSDL: property `useDeviceContext`: `Edm.Boolean`, not nullable.
    pub use_device_context: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsUniversalAppXAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            use_device_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsUniversalAppXAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUniversalAppXAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["useDeviceContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"useDeviceContext\":             "];
    const TAG: &'static str = "\"#microsoft.graph.windowsUniversalAppXAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "use_device_context", &self.use_device_context);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsUniversalAppXAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.use_device_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.use_device_context);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsUniversalAppXAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsUniversalAppXAppAssignmentSettings { with_use_device_context
    use_device_context : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUniversalAppXAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A class that represents a contained app of a WindowsUniversalAppX app.
///
/// CSDL: `microsoft.graph.windowsUniversalAppXContainedApp`, entity type, derived from `microsoft.graph.mobileContainedApp`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsUniversalAppXContainedApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app user model ID of the contained app of a WindowsUniversalAppX app.
    ///
    /// CSDL: property `appUserModelId`: `Edm.String`, nullable.
    pub app_user_model_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsUniversalAppXContainedApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_user_model_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsUniversalAppXContainedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUniversalAppXContainedApp";
    const KEYS: &'static [&'static str] = &["id", "appUserModelId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appUserModelId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUniversalAppXContainedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_user_model_id", &self.app_user_model_id);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsUniversalAppXContainedApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_user_model_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_user_model_id);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsUniversalAppXContainedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsUniversalAppXContainedApp { with_id id : ::std::string::String;
    with_app_user_model_id app_user_model_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUniversalAppXContainedApp);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateActiveHoursInstall`, complex type, derived from `microsoft.graph.windowsUpdateInstallScheduleType`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsUpdateActiveHoursInstall {
    /// Active Hours End
    ///
    /// CSDL: property `activeHoursEnd`: `Edm.TimeOfDay`, not nullable.
    pub active_hours_end: rt::Field<rt::edm::TimeOfDay>,
    /// Active Hours Start
    ///
    /// CSDL: property `activeHoursStart`: `Edm.TimeOfDay`, not nullable.
    pub active_hours_start: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateActiveHoursInstall {
    #[inline]
    fn default() -> Self {
        Self {
            active_hours_end: rt::Field::Absent,
            active_hours_start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsUpdateActiveHoursInstall {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateActiveHoursInstall";
    const KEYS: &'static [&'static str] = &["activeHoursEnd", "activeHoursStart"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activeHoursEnd\":               ",
        ",\"activeHoursStart\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateActiveHoursInstall\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "active_hours_end", &self.active_hours_end);
        v.field(1usize, "active_hours_start", &self.active_hours_start);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsUpdateActiveHoursInstall {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.active_hours_end.read_from(r),
            1usize => self.active_hours_start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.active_hours_end);
        w.field(1usize, &self.active_hours_start);
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
rt::impl_object!(WindowsUpdateActiveHoursInstall);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsUpdateActiveHoursInstall { with_active_hours_end active_hours_end :
    rt::edm::TimeOfDay; with_active_hours_start active_hours_start : rt::edm::TimeOfDay;
    }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateActiveHoursInstall);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Update for business configuration, allows you to specify how and when Windows as a Service updates your Windows 10/11 devices with feature and quality updates. Supports ODATA clauses that DeviceConfiguration entity supports: $filter by types of DeviceConfiguration, $top, $select only DeviceConfiguration base properties, $orderby only DeviceConfiguration base properties, and $skip. The query parameter '$search' is not supported.
///
/// CSDL: `microsoft.graph.windowsUpdateForBusinessConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`WindowsUpdateForBusinessConfigurationPath`](requests/trait.WindowsUpdateForBusinessConfigurationPath.html), what a path to one (`EntityPath<WindowsUpdateForBusinessConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsUpdateForBusinessConfiguration {
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
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// When TRUE, allows eligible Windows 10 devices to upgrade to Windows 11. When FALSE, implies the device stays on the existing operating system. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `allowWindows11Upgrade`: `Edm.Boolean`, not nullable.
    pub allow_windows11_upgrade: rt::Field<bool>,
    /// The Automatic Update Mode. Possible values are: UserDefined, NotifyDownload, AutoInstallAtMaintenanceTime, AutoInstallAndRebootAtMaintenanceTime, AutoInstallAndRebootAtScheduledTime, AutoInstallAndRebootWithoutEndUserControl, WindowsDefault. UserDefined is the default value, no intent. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `automaticUpdateMode`: `microsoft.graph.automaticUpdateMode`, not nullable.
    pub automatic_update_mode: rt::Field<crate::v1::AutomaticUpdateMode>,
    /// Specify the method by which the auto-restart required notification is dismissed. Possible values are: NotConfigured, Automatic, User. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `autoRestartNotificationDismissal`: `microsoft.graph.autoRestartNotificationDismissalMethod`, not nullable.
    pub auto_restart_notification_dismissal: rt::Field<
        crate::v1::AutoRestartNotificationDismissalMethod,
    >,
    /// Determines which branch devices will receive their updates from. Possible values are: UserDefined, All, BusinessReadyOnly, WindowsInsiderBuildFast, WindowsInsiderBuildSlow, WindowsInsiderBuildRelease. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `businessReadyUpdatesOnly`: `microsoft.graph.windowsUpdateType`, not nullable.
    pub business_ready_updates_only: rt::Field<crate::v1::WindowsUpdateType>,
    /// Number of days before feature updates are installed automatically with valid range from 0 to 30 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `deadlineForFeatureUpdatesInDays`: `Edm.Int32`, nullable.
    pub deadline_for_feature_updates_in_days: rt::Field<i32>,
    /// Number of days before quality updates are installed automatically with valid range from 0 to 30 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `deadlineForQualityUpdatesInDays`: `Edm.Int32`, nullable.
    pub deadline_for_quality_updates_in_days: rt::Field<i32>,
    /// Number of days after deadline until restarts occur automatically with valid range from 0 to 7 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `deadlineGracePeriodInDays`: `Edm.Int32`, nullable.
    pub deadline_grace_period_in_days: rt::Field<i32>,
    /// The Delivery Optimization Mode. Possible values are: UserDefined, HttpOnly, HttpWithPeeringNat, HttpWithPeeringPrivateGroup, HttpWithInternetPeering, SimpleDownload, BypassMode. UserDefined allows the user to set. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `deliveryOptimizationMode`: `microsoft.graph.windowsDeliveryOptimizationMode`, not nullable.
    pub delivery_optimization_mode: rt::Field<
        crate::v1::WindowsDeliveryOptimizationMode,
    >,
    /// When TRUE, excludes Windows update Drivers. When FALSE, does not exclude Windows update Drivers. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `driversExcluded`: `Edm.Boolean`, not nullable.
    pub drivers_excluded: rt::Field<bool>,
    /// Deadline in days before automatically scheduling and executing a pending restart outside of active hours, with valid range from 2 to 30 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `engagedRestartDeadlineInDays`: `Edm.Int32`, nullable.
    pub engaged_restart_deadline_in_days: rt::Field<i32>,
    /// Number of days a user can snooze Engaged Restart reminder notifications with valid range from 1 to 3 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `engagedRestartSnoozeScheduleInDays`: `Edm.Int32`, nullable.
    pub engaged_restart_snooze_schedule_in_days: rt::Field<i32>,
    /// Number of days before transitioning from Auto Restarts scheduled outside of active hours to Engaged Restart, which requires the user to schedule, with valid range from 0 to 30 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `engagedRestartTransitionScheduleInDays`: `Edm.Int32`, nullable.
    pub engaged_restart_transition_schedule_in_days: rt::Field<i32>,
    /// Defer Feature Updates by these many days with valid range from 0 to 30 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `featureUpdatesDeferralPeriodInDays`: `Edm.Int32`, not nullable.
    pub feature_updates_deferral_period_in_days: rt::Field<i32>,
    /// When TRUE, assigned devices are paused from receiving feature updates for up to 35 days from the time you pause the ring. When FALSE, does not pause Feature Updates. Returned by default. Query parameters are not supported.s
    ///
    /// CSDL: property `featureUpdatesPaused`: `Edm.Boolean`, not nullable.
    pub feature_updates_paused: rt::Field<bool>,
    /// The Feature Updates Pause Expiry datetime. This value is 35 days from the time admin paused or extended the pause for the ring. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `featureUpdatesPauseExpiryDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub feature_updates_pause_expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Feature Updates Pause start date. This value is the time when the admin paused or extended the pause for the ring. Returned by default. Query parameters are not supported. This property is read-only.
    ///
    /// CSDL: property `featureUpdatesPauseStartDate`: `Edm.Date`, nullable.
    pub feature_updates_pause_start_date: rt::Field<rt::edm::Date>,
    /// The Feature Updates Rollback Start datetime.This value is the time when the admin rolled back the Feature update for the ring.Returned by default.Query parameters are not supported.
    ///
    /// CSDL: property `featureUpdatesRollbackStartDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub feature_updates_rollback_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The number of days after a Feature Update for which a rollback is valid with valid range from 2 to 60 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `featureUpdatesRollbackWindowInDays`: `Edm.Int32`, nullable.
    pub feature_updates_rollback_window_in_days: rt::Field<i32>,
    /// When TRUE, rollback Feature Updates on the next device check in. When FALSE, do not rollback Feature Updates on the next device check in. Returned by default.Query parameters are not supported.
    ///
    /// CSDL: property `featureUpdatesWillBeRolledBack`: `Edm.Boolean`, nullable.
    pub feature_updates_will_be_rolled_back: rt::Field<bool>,
    /// The Installation Schedule. Possible values are: ActiveHoursStart, ActiveHoursEnd, ScheduledInstallDay, ScheduledInstallTime. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `installationSchedule`: `microsoft.graph.windowsUpdateInstallScheduleType`, nullable.
    pub installation_schedule: rt::Field<crate::v1::AnyWindowsUpdateInstallScheduleType>,
    /// When TRUE, allows Microsoft Update Service. When FALSE, does not allow Microsoft Update Service. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `microsoftUpdateServiceAllowed`: `Edm.Boolean`, not nullable.
    pub microsoft_update_service_allowed: rt::Field<bool>,
    /// When TRUE the device should wait until deadline for rebooting outside of active hours. When FALSE the device should not wait until deadline for rebooting outside of active hours. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `postponeRebootUntilAfterDeadline`: `Edm.Boolean`, nullable.
    pub postpone_reboot_until_after_deadline: rt::Field<bool>,
    /// The Pre-Release Features. Possible values are: UserDefined, SettingsOnly, SettingsAndExperimentations, NotAllowed. UserDefined is the default value, no intent. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `prereleaseFeatures`: `microsoft.graph.prereleaseFeatures`, not nullable.
    pub prerelease_features: rt::Field<crate::v1::PrereleaseFeatures>,
    /// Defer Quality Updates by these many days with valid range from 0 to 30 days. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `qualityUpdatesDeferralPeriodInDays`: `Edm.Int32`, not nullable.
    pub quality_updates_deferral_period_in_days: rt::Field<i32>,
    /// When TRUE, assigned devices are paused from receiving quality updates for up to 35 days from the time you pause the ring. When FALSE, does not pause Quality Updates. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `qualityUpdatesPaused`: `Edm.Boolean`, not nullable.
    pub quality_updates_paused: rt::Field<bool>,
    /// The Quality Updates Pause Expiry datetime. This value is 35 days from the time admin paused or extended the pause for the ring. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `qualityUpdatesPauseExpiryDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub quality_updates_pause_expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Quality Updates Pause start date. This value is the time when the admin paused or extended the pause for the ring. Returned by default. Query parameters are not supported. This property is read-only.
    ///
    /// CSDL: property `qualityUpdatesPauseStartDate`: `Edm.Date`, nullable.
    pub quality_updates_pause_start_date: rt::Field<rt::edm::Date>,
    /// The Quality Updates Rollback Start datetime. This value is the time when the admin rolled back the Quality update for the ring. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `qualityUpdatesRollbackStartDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub quality_updates_rollback_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// When TRUE, rollback Quality Updates on the next device check in. When FALSE, do not rollback Quality Updates on the next device check in. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `qualityUpdatesWillBeRolledBack`: `Edm.Boolean`, nullable.
    pub quality_updates_will_be_rolled_back: rt::Field<bool>,
    /// Specify the period for auto-restart imminent warning notifications. Supported values: 15, 30 or 60 (minutes). Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `scheduleImminentRestartWarningInMinutes`: `Edm.Int32`, nullable.
    pub schedule_imminent_restart_warning_in_minutes: rt::Field<i32>,
    /// Specify the period for auto-restart warning reminder notifications. Supported values: 2, 4, 8, 12 or 24 (hours). Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `scheduleRestartWarningInHours`: `Edm.Int32`, nullable.
    pub schedule_restart_warning_in_hours: rt::Field<i32>,
    /// When TRUE, skips all checks before restart: Battery level = 40%, User presence, Display Needed, Presentation mode, Full screen mode, phone call state, game mode etc. When FALSE, does not skip all checks before restart. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `skipChecksBeforeRestart`: `Edm.Boolean`, not nullable.
    pub skip_checks_before_restart: rt::Field<bool>,
    /// Specifies what Windows Update notifications users see. Possible values are: NotConfigured, DefaultNotifications, RestartWarningsOnly, DisableAllNotifications. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `updateNotificationLevel`: `microsoft.graph.windowsUpdateNotificationDisplayOption`, not nullable.
    pub update_notification_level: rt::Field<
        crate::v1::WindowsUpdateNotificationDisplayOption,
    >,
    /// Schedule the update installation on the weeks of the month. Possible values are: UserDefined, FirstWeek, SecondWeek, ThirdWeek, FourthWeek, EveryWeek. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `updateWeeks`: `microsoft.graph.windowsUpdateForBusinessUpdateWeeks`, nullable.
    pub update_weeks: rt::Field<
        rt::Flags<crate::v1::WindowsUpdateForBusinessUpdateWeeks>,
    >,
    /// Specifies whether to enable end user’s access to pause software updates. Possible values are: NotConfigured, Enabled, Disabled. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `userPauseAccess`: `microsoft.graph.enablement`, not nullable.
    pub user_pause_access: rt::Field<crate::v1::Enablement>,
    /// Specifies whether to disable user’s access to scan Windows Update. Possible values are: NotConfigured, Enabled, Disabled. Returned by default. Query parameters are not supported.
    ///
    /// CSDL: property `userWindowsUpdateScanAccess`: `microsoft.graph.enablement`, not nullable.
    pub user_windows_update_scan_access: rt::Field<crate::v1::Enablement>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateForBusinessConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            allow_windows11_upgrade: rt::Field::Absent,
            automatic_update_mode: rt::Field::Absent,
            auto_restart_notification_dismissal: rt::Field::Absent,
            business_ready_updates_only: rt::Field::Absent,
            deadline_for_feature_updates_in_days: rt::Field::Absent,
            deadline_for_quality_updates_in_days: rt::Field::Absent,
            deadline_grace_period_in_days: rt::Field::Absent,
            delivery_optimization_mode: rt::Field::Absent,
            drivers_excluded: rt::Field::Absent,
            engaged_restart_deadline_in_days: rt::Field::Absent,
            engaged_restart_snooze_schedule_in_days: rt::Field::Absent,
            engaged_restart_transition_schedule_in_days: rt::Field::Absent,
            feature_updates_deferral_period_in_days: rt::Field::Absent,
            feature_updates_paused: rt::Field::Absent,
            feature_updates_pause_expiry_date_time: rt::Field::Absent,
            feature_updates_pause_start_date: rt::Field::Absent,
            feature_updates_rollback_start_date_time: rt::Field::Absent,
            feature_updates_rollback_window_in_days: rt::Field::Absent,
            feature_updates_will_be_rolled_back: rt::Field::Absent,
            installation_schedule: rt::Field::Absent,
            microsoft_update_service_allowed: rt::Field::Absent,
            postpone_reboot_until_after_deadline: rt::Field::Absent,
            prerelease_features: rt::Field::Absent,
            quality_updates_deferral_period_in_days: rt::Field::Absent,
            quality_updates_paused: rt::Field::Absent,
            quality_updates_pause_expiry_date_time: rt::Field::Absent,
            quality_updates_pause_start_date: rt::Field::Absent,
            quality_updates_rollback_start_date_time: rt::Field::Absent,
            quality_updates_will_be_rolled_back: rt::Field::Absent,
            schedule_imminent_restart_warning_in_minutes: rt::Field::Absent,
            schedule_restart_warning_in_hours: rt::Field::Absent,
            skip_checks_before_restart: rt::Field::Absent,
            update_notification_level: rt::Field::Absent,
            update_weeks: rt::Field::Absent,
            user_pause_access: rt::Field::Absent,
            user_windows_update_scan_access: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsUpdateForBusinessConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateForBusinessConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "allowWindows11Upgrade",
        "automaticUpdateMode",
        "autoRestartNotificationDismissal",
        "businessReadyUpdatesOnly",
        "deadlineForFeatureUpdatesInDays",
        "deadlineForQualityUpdatesInDays",
        "deadlineGracePeriodInDays",
        "deliveryOptimizationMode",
        "driversExcluded",
        "engagedRestartDeadlineInDays",
        "engagedRestartSnoozeScheduleInDays",
        "engagedRestartTransitionScheduleInDays",
        "featureUpdatesDeferralPeriodInDays",
        "featureUpdatesPaused",
        "featureUpdatesPauseExpiryDateTime",
        "featureUpdatesPauseStartDate",
        "featureUpdatesRollbackStartDateTime",
        "featureUpdatesRollbackWindowInDays",
        "featureUpdatesWillBeRolledBack",
        "installationSchedule",
        "microsoftUpdateServiceAllowed",
        "postponeRebootUntilAfterDeadline",
        "prereleaseFeatures",
        "qualityUpdatesDeferralPeriodInDays",
        "qualityUpdatesPaused",
        "qualityUpdatesPauseExpiryDateTime",
        "qualityUpdatesPauseStartDate",
        "qualityUpdatesRollbackStartDateTime",
        "qualityUpdatesWillBeRolledBack",
        "scheduleImminentRestartWarningInMinutes",
        "scheduleRestartWarningInHours",
        "skipChecksBeforeRestart",
        "updateNotificationLevel",
        "updateWeeks",
        "userPauseAccess",
        "userWindowsUpdateScanAccess",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"allowWindows11Upgrade\":        ",
        ",\"automaticUpdateMode\":          ",
        ",\"autoRestartNotificationDismissal\":",
        ",\"businessReadyUpdatesOnly\":     ",
        ",\"deadlineForFeatureUpdatesInDays\":",
        ",\"deadlineForQualityUpdatesInDays\":",
        ",\"deadlineGracePeriodInDays\":    ",
        ",\"deliveryOptimizationMode\":     ",
        ",\"driversExcluded\":              ",
        ",\"engagedRestartDeadlineInDays\": ",
        ",\"engagedRestartSnoozeScheduleInDays\":",
        ",\"engagedRestartTransitionScheduleInDays\":",
        ",\"featureUpdatesDeferralPeriodInDays\":",
        ",\"featureUpdatesPaused\":         ",
        ",\"featureUpdatesPauseExpiryDateTime\":",
        ",\"featureUpdatesPauseStartDate\": ",
        ",\"featureUpdatesRollbackStartDateTime\":",
        ",\"featureUpdatesRollbackWindowInDays\":",
        ",\"featureUpdatesWillBeRolledBack\":",
        ",\"installationSchedule\":         ",
        ",\"microsoftUpdateServiceAllowed\":",
        ",\"postponeRebootUntilAfterDeadline\":",
        ",\"prereleaseFeatures\":           ",
        ",\"qualityUpdatesDeferralPeriodInDays\":",
        ",\"qualityUpdatesPaused\":         ",
        ",\"qualityUpdatesPauseExpiryDateTime\":",
        ",\"qualityUpdatesPauseStartDate\": ",
        ",\"qualityUpdatesRollbackStartDateTime\":",
        ",\"qualityUpdatesWillBeRolledBack\":",
        ",\"scheduleImminentRestartWarningInMinutes\":",
        ",\"scheduleRestartWarningInHours\":",
        ",\"skipChecksBeforeRestart\":      ",
        ",\"updateNotificationLevel\":      ",
        ",\"updateWeeks\":                  ",
        ",\"userPauseAccess\":              ",
        ",\"userWindowsUpdateScanAccess\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateForBusinessConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "allow_windows11_upgrade", &self.allow_windows11_upgrade);
        v.field(13usize, "automatic_update_mode", &self.automatic_update_mode);
        v.field(
            14usize,
            "auto_restart_notification_dismissal",
            &self.auto_restart_notification_dismissal,
        );
        v.field(
            15usize,
            "business_ready_updates_only",
            &self.business_ready_updates_only,
        );
        v.field(
            16usize,
            "deadline_for_feature_updates_in_days",
            &self.deadline_for_feature_updates_in_days,
        );
        v.field(
            17usize,
            "deadline_for_quality_updates_in_days",
            &self.deadline_for_quality_updates_in_days,
        );
        v.field(
            18usize,
            "deadline_grace_period_in_days",
            &self.deadline_grace_period_in_days,
        );
        v.field(19usize, "delivery_optimization_mode", &self.delivery_optimization_mode);
        v.field(20usize, "drivers_excluded", &self.drivers_excluded);
        v.field(
            21usize,
            "engaged_restart_deadline_in_days",
            &self.engaged_restart_deadline_in_days,
        );
        v.field(
            22usize,
            "engaged_restart_snooze_schedule_in_days",
            &self.engaged_restart_snooze_schedule_in_days,
        );
        v.field(
            23usize,
            "engaged_restart_transition_schedule_in_days",
            &self.engaged_restart_transition_schedule_in_days,
        );
        v.field(
            24usize,
            "feature_updates_deferral_period_in_days",
            &self.feature_updates_deferral_period_in_days,
        );
        v.field(25usize, "feature_updates_paused", &self.feature_updates_paused);
        v.field(
            26usize,
            "feature_updates_pause_expiry_date_time",
            &self.feature_updates_pause_expiry_date_time,
        );
        v.field(
            27usize,
            "feature_updates_pause_start_date",
            &self.feature_updates_pause_start_date,
        );
        v.field(
            28usize,
            "feature_updates_rollback_start_date_time",
            &self.feature_updates_rollback_start_date_time,
        );
        v.field(
            29usize,
            "feature_updates_rollback_window_in_days",
            &self.feature_updates_rollback_window_in_days,
        );
        v.field(
            30usize,
            "feature_updates_will_be_rolled_back",
            &self.feature_updates_will_be_rolled_back,
        );
        v.field(31usize, "installation_schedule", &self.installation_schedule);
        v.field(
            32usize,
            "microsoft_update_service_allowed",
            &self.microsoft_update_service_allowed,
        );
        v.field(
            33usize,
            "postpone_reboot_until_after_deadline",
            &self.postpone_reboot_until_after_deadline,
        );
        v.field(34usize, "prerelease_features", &self.prerelease_features);
        v.field(
            35usize,
            "quality_updates_deferral_period_in_days",
            &self.quality_updates_deferral_period_in_days,
        );
        v.field(36usize, "quality_updates_paused", &self.quality_updates_paused);
        v.field(
            37usize,
            "quality_updates_pause_expiry_date_time",
            &self.quality_updates_pause_expiry_date_time,
        );
        v.field(
            38usize,
            "quality_updates_pause_start_date",
            &self.quality_updates_pause_start_date,
        );
        v.field(
            39usize,
            "quality_updates_rollback_start_date_time",
            &self.quality_updates_rollback_start_date_time,
        );
        v.field(
            40usize,
            "quality_updates_will_be_rolled_back",
            &self.quality_updates_will_be_rolled_back,
        );
        v.field(
            41usize,
            "schedule_imminent_restart_warning_in_minutes",
            &self.schedule_imminent_restart_warning_in_minutes,
        );
        v.field(
            42usize,
            "schedule_restart_warning_in_hours",
            &self.schedule_restart_warning_in_hours,
        );
        v.field(43usize, "skip_checks_before_restart", &self.skip_checks_before_restart);
        v.field(44usize, "update_notification_level", &self.update_notification_level);
        v.field(45usize, "update_weeks", &self.update_weeks);
        v.field(46usize, "user_pause_access", &self.user_pause_access);
        v.field(
            47usize,
            "user_windows_update_scan_access",
            &self.user_windows_update_scan_access,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsUpdateForBusinessConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.allow_windows11_upgrade.read_from(r),
            13usize => self.automatic_update_mode.read_from(r),
            14usize => self.auto_restart_notification_dismissal.read_from(r),
            15usize => self.business_ready_updates_only.read_from(r),
            16usize => self.deadline_for_feature_updates_in_days.read_from(r),
            17usize => self.deadline_for_quality_updates_in_days.read_from(r),
            18usize => self.deadline_grace_period_in_days.read_from(r),
            19usize => self.delivery_optimization_mode.read_from(r),
            20usize => self.drivers_excluded.read_from(r),
            21usize => self.engaged_restart_deadline_in_days.read_from(r),
            22usize => self.engaged_restart_snooze_schedule_in_days.read_from(r),
            23usize => self.engaged_restart_transition_schedule_in_days.read_from(r),
            24usize => self.feature_updates_deferral_period_in_days.read_from(r),
            25usize => self.feature_updates_paused.read_from(r),
            26usize => self.feature_updates_pause_expiry_date_time.read_from(r),
            27usize => self.feature_updates_pause_start_date.read_from(r),
            28usize => self.feature_updates_rollback_start_date_time.read_from(r),
            29usize => self.feature_updates_rollback_window_in_days.read_from(r),
            30usize => self.feature_updates_will_be_rolled_back.read_from(r),
            31usize => self.installation_schedule.read_from(r),
            32usize => self.microsoft_update_service_allowed.read_from(r),
            33usize => self.postpone_reboot_until_after_deadline.read_from(r),
            34usize => self.prerelease_features.read_from(r),
            35usize => self.quality_updates_deferral_period_in_days.read_from(r),
            36usize => self.quality_updates_paused.read_from(r),
            37usize => self.quality_updates_pause_expiry_date_time.read_from(r),
            38usize => self.quality_updates_pause_start_date.read_from(r),
            39usize => self.quality_updates_rollback_start_date_time.read_from(r),
            40usize => self.quality_updates_will_be_rolled_back.read_from(r),
            41usize => self.schedule_imminent_restart_warning_in_minutes.read_from(r),
            42usize => self.schedule_restart_warning_in_hours.read_from(r),
            43usize => self.skip_checks_before_restart.read_from(r),
            44usize => self.update_notification_level.read_from(r),
            45usize => self.update_weeks.read_from(r),
            46usize => self.user_pause_access.read_from(r),
            47usize => self.user_windows_update_scan_access.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.allow_windows11_upgrade);
        w.field(13usize, &self.automatic_update_mode);
        w.field(14usize, &self.auto_restart_notification_dismissal);
        w.field(15usize, &self.business_ready_updates_only);
        w.field(16usize, &self.deadline_for_feature_updates_in_days);
        w.field(17usize, &self.deadline_for_quality_updates_in_days);
        w.field(18usize, &self.deadline_grace_period_in_days);
        w.field(19usize, &self.delivery_optimization_mode);
        w.field(20usize, &self.drivers_excluded);
        w.field(21usize, &self.engaged_restart_deadline_in_days);
        w.field(22usize, &self.engaged_restart_snooze_schedule_in_days);
        w.field(23usize, &self.engaged_restart_transition_schedule_in_days);
        w.field(24usize, &self.feature_updates_deferral_period_in_days);
        w.field(25usize, &self.feature_updates_paused);
        w.field(26usize, &self.feature_updates_pause_expiry_date_time);
        w.field(27usize, &self.feature_updates_pause_start_date);
        w.field(28usize, &self.feature_updates_rollback_start_date_time);
        w.field(29usize, &self.feature_updates_rollback_window_in_days);
        w.field(30usize, &self.feature_updates_will_be_rolled_back);
        w.field(31usize, &self.installation_schedule);
        w.field(32usize, &self.microsoft_update_service_allowed);
        w.field(33usize, &self.postpone_reboot_until_after_deadline);
        w.field(34usize, &self.prerelease_features);
        w.field(35usize, &self.quality_updates_deferral_period_in_days);
        w.field(36usize, &self.quality_updates_paused);
        w.field(37usize, &self.quality_updates_pause_expiry_date_time);
        w.field(38usize, &self.quality_updates_pause_start_date);
        w.field(39usize, &self.quality_updates_rollback_start_date_time);
        w.field(40usize, &self.quality_updates_will_be_rolled_back);
        w.field(41usize, &self.schedule_imminent_restart_warning_in_minutes);
        w.field(42usize, &self.schedule_restart_warning_in_hours);
        w.field(43usize, &self.skip_checks_before_restart);
        w.field(44usize, &self.update_notification_level);
        w.field(45usize, &self.update_weeks);
        w.field(46usize, &self.user_pause_access);
        w.field(47usize, &self.user_windows_update_scan_access);
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
rt::impl_object!(WindowsUpdateForBusinessConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsUpdateForBusinessConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_allow_windows11_upgrade
    allow_windows11_upgrade : bool; with_automatic_update_mode automatic_update_mode :
    crate ::v1::AutomaticUpdateMode; with_auto_restart_notification_dismissal
    auto_restart_notification_dismissal : crate
    ::v1::AutoRestartNotificationDismissalMethod; with_business_ready_updates_only
    business_ready_updates_only : crate ::v1::WindowsUpdateType;
    with_deadline_for_feature_updates_in_days deadline_for_feature_updates_in_days : i32;
    with_deadline_for_quality_updates_in_days deadline_for_quality_updates_in_days : i32;
    with_deadline_grace_period_in_days deadline_grace_period_in_days : i32;
    with_delivery_optimization_mode delivery_optimization_mode : crate
    ::v1::WindowsDeliveryOptimizationMode; with_drivers_excluded drivers_excluded : bool;
    with_engaged_restart_deadline_in_days engaged_restart_deadline_in_days : i32;
    with_engaged_restart_snooze_schedule_in_days engaged_restart_snooze_schedule_in_days
    : i32; with_engaged_restart_transition_schedule_in_days
    engaged_restart_transition_schedule_in_days : i32;
    with_feature_updates_deferral_period_in_days feature_updates_deferral_period_in_days
    : i32; with_feature_updates_paused feature_updates_paused : bool;
    with_feature_updates_pause_expiry_date_time feature_updates_pause_expiry_date_time :
    rt::edm::DateTimeOffset; with_feature_updates_pause_start_date
    feature_updates_pause_start_date : rt::edm::Date;
    with_feature_updates_rollback_start_date_time
    feature_updates_rollback_start_date_time : rt::edm::DateTimeOffset;
    with_feature_updates_rollback_window_in_days feature_updates_rollback_window_in_days
    : i32; with_feature_updates_will_be_rolled_back feature_updates_will_be_rolled_back :
    bool; with_installation_schedule installation_schedule : crate
    ::v1::AnyWindowsUpdateInstallScheduleType; with_microsoft_update_service_allowed
    microsoft_update_service_allowed : bool; with_postpone_reboot_until_after_deadline
    postpone_reboot_until_after_deadline : bool; with_prerelease_features
    prerelease_features : crate ::v1::PrereleaseFeatures;
    with_quality_updates_deferral_period_in_days quality_updates_deferral_period_in_days
    : i32; with_quality_updates_paused quality_updates_paused : bool;
    with_quality_updates_pause_expiry_date_time quality_updates_pause_expiry_date_time :
    rt::edm::DateTimeOffset; with_quality_updates_pause_start_date
    quality_updates_pause_start_date : rt::edm::Date;
    with_quality_updates_rollback_start_date_time
    quality_updates_rollback_start_date_time : rt::edm::DateTimeOffset;
    with_quality_updates_will_be_rolled_back quality_updates_will_be_rolled_back : bool;
    with_schedule_imminent_restart_warning_in_minutes
    schedule_imminent_restart_warning_in_minutes : i32;
    with_schedule_restart_warning_in_hours schedule_restart_warning_in_hours : i32;
    with_skip_checks_before_restart skip_checks_before_restart : bool;
    with_update_notification_level update_notification_level : crate
    ::v1::WindowsUpdateNotificationDisplayOption; with_update_weeks update_weeks :
    rt::Flags < crate ::v1::WindowsUpdateForBusinessUpdateWeeks >; with_user_pause_access
    user_pause_access : crate ::v1::Enablement; with_user_windows_update_scan_access
    user_windows_update_scan_access : crate ::v1::Enablement; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateForBusinessConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Scheduled the update installation on the weeks of the month
///
/// CSDL: `microsoft.graph.windowsUpdateForBusinessUpdateWeeks`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUpdateForBusinessUpdateWeeks {
    /// Allow the user to set.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Scheduled the update installation on the first week of the month
    ///
    /// `firstWeek` (value 1).
    FirstWeek,
    /// Scheduled the update installation on the second week of the month
    ///
    /// `secondWeek` (value 2).
    SecondWeek,
    /// Scheduled the update installation on the third week of the month
    ///
    /// `thirdWeek` (value 4).
    ThirdWeek,
    /// Scheduled the update installation on the fourth week of the month
    ///
    /// `fourthWeek` (value 8).
    FourthWeek,
    /// Scheduled the update installation on every week of the month
    ///
    /// `everyWeek` (value 15).
    EveryWeek,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 22).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WindowsUpdateForBusinessUpdateWeeks {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateForBusinessUpdateWeeks";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "firstWeek",
        "secondWeek",
        "thirdWeek",
        "fourthWeek",
        "everyWeek",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "firstWeek" => Self::FirstWeek,
                "secondWeek" => Self::SecondWeek,
                "thirdWeek" => Self::ThirdWeek,
                "fourthWeek" => Self::FourthWeek,
                "everyWeek" => Self::EveryWeek,
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
            Self::UserDefined => "userDefined",
            Self::FirstWeek => "firstWeek",
            Self::SecondWeek => "secondWeek",
            Self::ThirdWeek => "thirdWeek",
            Self::FourthWeek => "fourthWeek",
            Self::EveryWeek => "everyWeek",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsUpdateForBusinessUpdateWeeks);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateForBusinessUpdateWeeks);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateInstallScheduleType`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsUpdateInstallScheduleType {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateInstallScheduleType {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsUpdateInstallScheduleType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateInstallScheduleType";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateInstallScheduleType\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsUpdateInstallScheduleType {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(WindowsUpdateInstallScheduleType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateInstallScheduleType);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.windowsUpdateInstallScheduleType` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsUpdateInstallScheduleType {
    WindowsUpdateInstallScheduleType(
        ::std::boxed::Box<crate::v1::WindowsUpdateInstallScheduleType>,
    ),
    WindowsUpdateActiveHoursInstall(
        ::std::boxed::Box<crate::v1::WindowsUpdateActiveHoursInstall>,
    ),
    WindowsUpdateScheduledInstall(
        ::std::boxed::Box<crate::v1::WindowsUpdateScheduledInstall>,
    ),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyWindowsUpdateInstallScheduleType {
    #[inline]
    fn default() -> Self {
        Self::WindowsUpdateInstallScheduleType(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUpdateInstallScheduleType>
for AnyWindowsUpdateInstallScheduleType {
    #[inline]
    fn from(v: crate::v1::WindowsUpdateInstallScheduleType) -> Self {
        Self::WindowsUpdateInstallScheduleType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUpdateActiveHoursInstall>
for AnyWindowsUpdateInstallScheduleType {
    #[inline]
    fn from(v: crate::v1::WindowsUpdateActiveHoursInstall) -> Self {
        Self::WindowsUpdateActiveHoursInstall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUpdateScheduledInstall>
for AnyWindowsUpdateInstallScheduleType {
    #[inline]
    fn from(v: crate::v1::WindowsUpdateScheduledInstall) -> Self {
        Self::WindowsUpdateScheduledInstall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::WindowsUpdateInstallScheduleType>();
    rt::object::auto_traits::<crate::v1::WindowsUpdateActiveHoursInstall>();
    rt::object::auto_traits::<crate::v1::WindowsUpdateScheduledInstall>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyWindowsUpdateInstallScheduleType {
    const BASE_NAME: &'static str = "microsoft.graph.windowsUpdateInstallScheduleType";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateActiveHoursInstall",
            ) => Self::WindowsUpdateActiveHoursInstall(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateScheduledInstall",
            ) => Self::WindowsUpdateScheduledInstall(rt::object::new_boxed()),
            _ => Self::WindowsUpdateInstallScheduleType(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsUpdateInstallScheduleType(v) => &**v,
            Self::WindowsUpdateActiveHoursInstall(v) => &**v,
            Self::WindowsUpdateScheduledInstall(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsUpdateInstallScheduleType(v) => &mut **v,
            Self::WindowsUpdateActiveHoursInstall(v) => &mut **v,
            Self::WindowsUpdateScheduledInstall(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyWindowsUpdateInstallScheduleType {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyWindowsUpdateInstallScheduleType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsUpdateInstallScheduleType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Update Notification Display Options
///
/// CSDL: `microsoft.graph.windowsUpdateNotificationDisplayOption`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUpdateNotificationDisplayOption {
    /// Not configured
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Use the default Windows Update notifications.
    ///
    /// `defaultNotifications` (value 1).
    DefaultNotifications,
    /// Turn off all notifications, excluding restart warnings.
    ///
    /// `restartWarningsOnly` (value 2).
    RestartWarningsOnly,
    /// Turn off all notifications, including restart warnings.
    ///
    /// `disableAllNotifications` (value 3).
    DisableAllNotifications,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WindowsUpdateNotificationDisplayOption {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateNotificationDisplayOption";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "defaultNotifications",
        "restartWarningsOnly",
        "disableAllNotifications",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "defaultNotifications" => Self::DefaultNotifications,
                "restartWarningsOnly" => Self::RestartWarningsOnly,
                "disableAllNotifications" => Self::DisableAllNotifications,
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
            Self::NotConfigured => "notConfigured",
            Self::DefaultNotifications => "defaultNotifications",
            Self::RestartWarningsOnly => "restartWarningsOnly",
            Self::DisableAllNotifications => "disableAllNotifications",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsUpdateNotificationDisplayOption);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateNotificationDisplayOption);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateScheduledInstall`, complex type, derived from `microsoft.graph.windowsUpdateInstallScheduleType`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsUpdateScheduledInstall {
    /// Scheduled Install Day in week
    ///
    /// CSDL: property `scheduledInstallDay`: `microsoft.graph.weeklySchedule`, not nullable.
    pub scheduled_install_day: rt::Field<crate::v1::WeeklySchedule>,
    /// Scheduled Install Time during day
    ///
    /// CSDL: property `scheduledInstallTime`: `Edm.TimeOfDay`, not nullable.
    pub scheduled_install_time: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateScheduledInstall {
    #[inline]
    fn default() -> Self {
        Self {
            scheduled_install_day: rt::Field::Absent,
            scheduled_install_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsUpdateScheduledInstall {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateScheduledInstall";
    const KEYS: &'static [&'static str] = &[
        "scheduledInstallDay",
        "scheduledInstallTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"scheduledInstallDay\":          ",
        ",\"scheduledInstallTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateScheduledInstall\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "scheduled_install_day", &self.scheduled_install_day);
        v.field(1usize, "scheduled_install_time", &self.scheduled_install_time);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsUpdateScheduledInstall {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.scheduled_install_day.read_from(r),
            1usize => self.scheduled_install_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.scheduled_install_day);
        w.field(1usize, &self.scheduled_install_time);
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
rt::impl_object!(WindowsUpdateScheduledInstall);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsUpdateScheduledInstall { with_scheduled_install_day scheduled_install_day :
    crate ::v1::WeeklySchedule; with_scheduled_install_time scheduled_install_time :
    rt::edm::TimeOfDay; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateScheduledInstall);
#[cfg(msgraph_v1_device_management_or_search)]
/// Which branch devices will receive their updates from
///
/// CSDL: `microsoft.graph.windowsUpdateType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUpdateType {
    /// Allow the user to set.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Semi-annual Channel (Targeted). Device gets all applicable feature updates from Semi-annual Channel (Targeted).
    ///
    /// `all` (value 1).
    All,
    /// Semi-annual Channel. Device gets feature updates from Semi-annual Channel.
    ///
    /// `businessReadyOnly` (value 2).
    BusinessReadyOnly,
    /// Windows Insider build - Fast
    ///
    /// `windowsInsiderBuildFast` (value 3).
    WindowsInsiderBuildFast,
    /// Windows Insider build - Slow
    ///
    /// `windowsInsiderBuildSlow` (value 4).
    WindowsInsiderBuildSlow,
    /// Release Windows Insider build
    ///
    /// `windowsInsiderBuildRelease` (value 5).
    WindowsInsiderBuildRelease,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WindowsUpdateType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "all",
        "businessReadyOnly",
        "windowsInsiderBuildFast",
        "windowsInsiderBuildSlow",
        "windowsInsiderBuildRelease",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "all" => Self::All,
                "businessReadyOnly" => Self::BusinessReadyOnly,
                "windowsInsiderBuildFast" => Self::WindowsInsiderBuildFast,
                "windowsInsiderBuildSlow" => Self::WindowsInsiderBuildSlow,
                "windowsInsiderBuildRelease" => Self::WindowsInsiderBuildRelease,
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
            Self::All => "all",
            Self::BusinessReadyOnly => "businessReadyOnly",
            Self::WindowsInsiderBuildFast => "windowsInsiderBuildFast",
            Self::WindowsInsiderBuildSlow => "windowsInsiderBuildSlow",
            Self::WindowsInsiderBuildRelease => "windowsInsiderBuildRelease",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsUpdateType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for Windows user account control settings.
///
/// CSDL: `microsoft.graph.windowsUserAccountControlSettings`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUserAccountControlSettings {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Always notify.
    ///
    /// `alwaysNotify` (value 1).
    AlwaysNotify,
    /// Notify on app changes.
    ///
    /// `notifyOnAppChanges` (value 2).
    NotifyOnAppChanges,
    /// Notify on app changes without dimming desktop.
    ///
    /// `notifyOnAppChangesWithoutDimming` (value 3).
    NotifyOnAppChangesWithoutDimming,
    /// Never notify.
    ///
    /// `neverNotify` (value 4).
    NeverNotify,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WindowsUserAccountControlSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUserAccountControlSettings";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "alwaysNotify",
        "notifyOnAppChanges",
        "notifyOnAppChangesWithoutDimming",
        "neverNotify",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "alwaysNotify" => Self::AlwaysNotify,
                "notifyOnAppChanges" => Self::NotifyOnAppChanges,
                "notifyOnAppChangesWithoutDimming" => {
                    Self::NotifyOnAppChangesWithoutDimming
                }
                "neverNotify" => Self::NeverNotify,
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
            Self::AlwaysNotify => "alwaysNotify",
            Self::NotifyOnAppChanges => "notifyOnAppChanges",
            Self::NotifyOnAppChangesWithoutDimming => "notifyOnAppChangesWithoutDimming",
            Self::NeverNotify => "neverNotify",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsUserAccountControlSettings);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUserAccountControlSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows web apps.
///
/// CSDL: `microsoft.graph.windowsWebApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<WindowsWebApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsWebApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// Indicates the Windows web app URL. Example: "https://www.contoso.com"
    ///
    /// CSDL: property `appUrl`: `Edm.String`, nullable.
    pub app_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsWebApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            app_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsWebApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsWebApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "appUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"appUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsWebApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "app_url", &self.app_url);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsWebApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.app_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.app_url);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsWebApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsWebApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_app_url app_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsWebApp);
