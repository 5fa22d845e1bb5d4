//! Types of `microsoft.graph` by the first letters of their names (`md_mi`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_app_management_or_search)]
/// App configuration key types.
///
/// CSDL: `microsoft.graph.mdmAppConfigKeyType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MdmAppConfigKeyType {
    /// `stringType` (value 0).
    StringType,
    /// `integerType` (value 1).
    IntegerType,
    /// `realType` (value 2).
    RealType,
    /// `booleanType` (value 3).
    BooleanType,
    /// `tokenType` (value 4).
    TokenType,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for MdmAppConfigKeyType {
    const TYPE_NAME: &'static str = "microsoft.graph.mdmAppConfigKeyType";
    const MEMBERS: &'static [&'static str] = &[
        "stringType",
        "integerType",
        "realType",
        "booleanType",
        "tokenType",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "stringType" => Self::StringType,
                "integerType" => Self::IntegerType,
                "realType" => Self::RealType,
                "booleanType" => Self::BooleanType,
                "tokenType" => Self::TokenType,
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
            Self::StringType => "stringType",
            Self::IntegerType => "integerType",
            Self::RealType => "realType",
            Self::BooleanType => "booleanType",
            Self::TokenType => "tokenType",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(MdmAppConfigKeyType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdmAppConfigKeyType);
#[cfg(msgraph_v1_core)]
/// Mobile device management authority.
///
/// CSDL: `microsoft.graph.mdmAuthority`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MdmAuthority {
    /// Unknown
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Intune
    ///
    /// `intune` (value 1).
    Intune,
    /// SCCM
    ///
    /// `sccm` (value 2).
    Sccm,
    /// Office365
    ///
    /// `office365` (value 3).
    Office365,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MdmAuthority {
    const TYPE_NAME: &'static str = "microsoft.graph.mdmAuthority";
    const MEMBERS: &'static [&'static str] = &["unknown", "intune", "sccm", "office365"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "intune" => Self::Intune,
                "sccm" => Self::Sccm,
                "office365" => Self::Office365,
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
            Self::Intune => "intune",
            Self::Sccm => "sccm",
            Self::Office365 => "office365",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MdmAuthority);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdmAuthority);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy for Windows information protection with MDM
///
/// CSDL: `microsoft.graph.mdmWindowsInformationProtectionPolicy`, entity type, derived from `microsoft.graph.windowsInformationProtection`, key `id`.
///
/// Request builders: [`WindowsInformationProtectionPath`](requests/trait.WindowsInformationProtectionPath.html), what a path to one (`EntityPath<MdmWindowsInformationProtectionPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MdmWindowsInformationProtectionPolicy {
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
impl ::std::default::Default for MdmWindowsInformationProtectionPolicy {
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
impl rt::Object for MdmWindowsInformationProtectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
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
    const TAG: &'static str = "\"#microsoft.graph.mdmWindowsInformationProtectionPolicy\"";
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
impl rt::object::Members for MdmWindowsInformationProtectionPolicy {
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
rt::impl_object!(MdmWindowsInformationProtectionPolicy);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    MdmWindowsInformationProtectionPolicy { with_id id : ::std::string::String;
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
rt::impl_serde!(MdmWindowsInformationProtectionPolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingAustralia`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingAustralia {
    /// Movies rating selected for Australia
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingAustraliaMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingAustraliaMoviesType>,
    /// TV rating selected for Australia
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingAustraliaTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingAustraliaTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingAustralia {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingAustralia {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingAustralia";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingAustralia\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingAustralia {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingAustralia);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingAustralia { with_movie_rating movie_rating : crate
    ::v1::RatingAustraliaMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingAustraliaTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingAustralia);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingCanada`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingCanada {
    /// Movies rating selected for Canada
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingCanadaMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingCanadaMoviesType>,
    /// TV rating selected for Canada
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingCanadaTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingCanadaTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingCanada {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingCanada {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingCanada";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingCanada\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingCanada {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingCanada);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingCanada { with_movie_rating movie_rating : crate
    ::v1::RatingCanadaMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingCanadaTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingCanada);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingFrance`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingFrance {
    /// Movies rating selected for France
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingFranceMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingFranceMoviesType>,
    /// TV rating selected for France
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingFranceTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingFranceTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingFrance {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingFrance {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingFrance";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingFrance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingFrance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingFrance);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingFrance { with_movie_rating movie_rating : crate
    ::v1::RatingFranceMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingFranceTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingFrance);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingGermany`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingGermany {
    /// Movies rating selected for Germany
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingGermanyMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingGermanyMoviesType>,
    /// TV rating selected for Germany
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingGermanyTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingGermanyTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingGermany {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingGermany {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingGermany";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingGermany\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingGermany {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingGermany);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingGermany { with_movie_rating movie_rating : crate
    ::v1::RatingGermanyMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingGermanyTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingGermany);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingIreland`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingIreland {
    /// Movies rating selected for Ireland
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingIrelandMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingIrelandMoviesType>,
    /// TV rating selected for Ireland
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingIrelandTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingIrelandTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingIreland {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingIreland {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingIreland";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingIreland\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingIreland {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingIreland);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingIreland { with_movie_rating movie_rating : crate
    ::v1::RatingIrelandMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingIrelandTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingIreland);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingJapan`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingJapan {
    /// Movies rating selected for Japan
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingJapanMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingJapanMoviesType>,
    /// TV rating selected for Japan
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingJapanTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingJapanTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingJapan {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingJapan {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingJapan";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingJapan\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingJapan {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingJapan);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingJapan { with_movie_rating movie_rating : crate
    ::v1::RatingJapanMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingJapanTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingJapan);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingNewZealand`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingNewZealand {
    /// Movies rating selected for New Zealand
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingNewZealandMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingNewZealandMoviesType>,
    /// TV rating selected for New Zealand
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingNewZealandTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingNewZealandTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingNewZealand {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingNewZealand {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingNewZealand";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingNewZealand\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingNewZealand {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingNewZealand);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingNewZealand { with_movie_rating movie_rating : crate
    ::v1::RatingNewZealandMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingNewZealandTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingNewZealand);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingUnitedKingdom`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingUnitedKingdom {
    /// Movies rating selected for United Kingdom
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingUnitedKingdomMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingUnitedKingdomMoviesType>,
    /// TV rating selected for United Kingdom
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingUnitedKingdomTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingUnitedKingdomTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingUnitedKingdom {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingUnitedKingdom {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingUnitedKingdom";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingUnitedKingdom\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingUnitedKingdom {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingUnitedKingdom);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingUnitedKingdom { with_movie_rating movie_rating : crate
    ::v1::RatingUnitedKingdomMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingUnitedKingdomTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingUnitedKingdom);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingUnitedStates`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MediaContentRatingUnitedStates {
    /// Movies rating selected for United States
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingUnitedStatesMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::v1::RatingUnitedStatesMoviesType>,
    /// TV rating selected for United States
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingUnitedStatesTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::v1::RatingUnitedStatesTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MediaContentRatingUnitedStates {
    #[inline]
    fn default() -> Self {
        Self {
            movie_rating: rt::Field::Absent,
            tv_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MediaContentRatingUnitedStates {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaContentRatingUnitedStates";
    const KEYS: &'static [&'static str] = &["movieRating", "tvRating"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"movieRating\":                  ",
        ",\"tvRating\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaContentRatingUnitedStates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "movie_rating", &self.movie_rating);
        v.field(1usize, "tv_rating", &self.tv_rating);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MediaContentRatingUnitedStates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.movie_rating.read_from(r),
            1usize => self.tv_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.movie_rating);
        w.field(1usize, &self.tv_rating);
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
rt::impl_object!(MediaContentRatingUnitedStates);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingUnitedStates { with_movie_rating movie_rating : crate
    ::v1::RatingUnitedStatesMoviesType; with_tv_rating tv_rating : crate
    ::v1::RatingUnitedStatesTelevisionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingUnitedStates);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.mediaSource`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct MediaSource {
    /// CSDL: property `contentCategory`: `microsoft.graph.mediaSourceContentCategory`, nullable.
    pub content_category: rt::Field<crate::v1::MediaSourceContentCategory>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for MediaSource {
    #[inline]
    fn default() -> Self {
        Self {
            content_category: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for MediaSource {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaSource";
    const KEYS: &'static [&'static str] = &["contentCategory"];
    const KEYS_JSON: &'static [&'static str] = &[",\"contentCategory\":              "];
    const TAG: &'static str = "\"#microsoft.graph.mediaSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_category", &self.content_category);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for MediaSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_category.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_category);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(MediaSource);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    MediaSource { with_content_category content_category : crate
    ::v1::MediaSourceContentCategory; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaSource);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.mediaSourceContentCategory`, enum type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MediaSourceContentCategory {
    /// `meeting` (value 0).
    Meeting,
    /// `liveStream` (value 1).
    LiveStream,
    /// `presentation` (value 2).
    Presentation,
    /// `screenRecording` (value 3).
    ScreenRecording,
    /// `story` (value 4).
    Story,
    /// `profile` (value 5).
    Profile,
    /// `chat` (value 6).
    Chat,
    /// `note` (value 7).
    Note,
    /// `comment` (value 8).
    Comment,
    /// `unknownFutureValue` (value 9).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::StrEnum for MediaSourceContentCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaSourceContentCategory";
    const MEMBERS: &'static [&'static str] = &[
        "meeting",
        "liveStream",
        "presentation",
        "screenRecording",
        "story",
        "profile",
        "chat",
        "note",
        "comment",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "meeting" => Self::Meeting,
                "liveStream" => Self::LiveStream,
                "presentation" => Self::Presentation,
                "screenRecording" => Self::ScreenRecording,
                "story" => Self::Story,
                "profile" => Self::Profile,
                "chat" => Self::Chat,
                "note" => Self::Note,
                "comment" => Self::Comment,
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
            Self::Meeting => "meeting",
            Self::LiveStream => "liveStream",
            Self::Presentation => "presentation",
            Self::ScreenRecording => "screenRecording",
            Self::Story => "story",
            Self::Profile => "profile",
            Self::Chat => "chat",
            Self::Note => "note",
            Self::Comment => "comment",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_enum!(MediaSourceContentCategory);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaSourceContentCategory);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.meetingMessageType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeetingMessageType {
    /// `none` (value 0).
    None,
    /// `meetingRequest` (value 1).
    MeetingRequest,
    /// `meetingCancelled` (value 2).
    MeetingCancelled,
    /// `meetingAccepted` (value 3).
    MeetingAccepted,
    /// `meetingTenativelyAccepted` (value 4).
    MeetingTenativelyAccepted,
    /// `meetingDeclined` (value 5).
    MeetingDeclined,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MeetingMessageType {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingMessageType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "meetingRequest",
        "meetingCancelled",
        "meetingAccepted",
        "meetingTenativelyAccepted",
        "meetingDeclined",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "meetingRequest" => Self::MeetingRequest,
                "meetingCancelled" => Self::MeetingCancelled,
                "meetingAccepted" => Self::MeetingAccepted,
                "meetingTenativelyAccepted" => Self::MeetingTenativelyAccepted,
                "meetingDeclined" => Self::MeetingDeclined,
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
            Self::MeetingRequest => "meetingRequest",
            Self::MeetingCancelled => "meetingCancelled",
            Self::MeetingAccepted => "meetingAccepted",
            Self::MeetingTenativelyAccepted => "meetingTenativelyAccepted",
            Self::MeetingDeclined => "meetingDeclined",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MeetingMessageType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingMessageType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.meetingRequestType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeetingRequestType {
    /// `none` (value 0).
    None,
    /// `newMeetingRequest` (value 1).
    NewMeetingRequest,
    /// `fullUpdate` (value 65536).
    FullUpdate,
    /// `informationalUpdate` (value 131072).
    InformationalUpdate,
    /// `silentUpdate` (value 262144).
    SilentUpdate,
    /// `outdated` (value 524288).
    Outdated,
    /// `principalWantsCopy` (value 1048576).
    PrincipalWantsCopy,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MeetingRequestType {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingRequestType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "newMeetingRequest",
        "fullUpdate",
        "informationalUpdate",
        "silentUpdate",
        "outdated",
        "principalWantsCopy",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "newMeetingRequest" => Self::NewMeetingRequest,
                "fullUpdate" => Self::FullUpdate,
                "informationalUpdate" => Self::InformationalUpdate,
                "silentUpdate" => Self::SilentUpdate,
                "outdated" => Self::Outdated,
                "principalWantsCopy" => Self::PrincipalWantsCopy,
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
            Self::NewMeetingRequest => "newMeetingRequest",
            Self::FullUpdate => "fullUpdate",
            Self::InformationalUpdate => "informationalUpdate",
            Self::SilentUpdate => "silentUpdate",
            Self::Outdated => "outdated",
            Self::PrincipalWantsCopy => "principalWantsCopy",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MeetingRequestType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingRequestType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.mentionAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct MentionAction {
    /// CSDL: property `mentionees`: `Collection(microsoft.graph.identitySet)`, nullable.
    pub mentionees: rt::Field<::std::vec::Vec<crate::v1::AnyIdentitySet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for MentionAction {
    #[inline]
    fn default() -> Self {
        Self {
            mentionees: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for MentionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.mentionAction";
    const KEYS: &'static [&'static str] = &["mentionees"];
    const KEYS_JSON: &'static [&'static str] = &[",\"mentionees\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.mentionAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mentionees", &self.mentionees);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for MentionAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mentionees.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mentionees);
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
rt::impl_object!(MentionAction);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    MentionAction { with_mentionees mentionees : ::std::vec::Vec < crate
    ::v1::AnyIdentitySet >; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(MentionAction);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.message`, entity type, derived from `microsoft.graph.outlookItem`, open, media entity, key `id`.
///
/// Request builders: [`MessagePath`](requests/trait.MessagePath.html), what a path to one (`EntityPath<AnyMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Message {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::v1::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::v1::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::v1::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Message {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Message {
    const TYPE_NAME: &'static str = "microsoft.graph.message";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "webLink",
        "attachments",
        "extensions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.message\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "parent_folder_id", &self.parent_folder_id);
        v.field(23usize, "received_date_time", &self.received_date_time);
        v.field(24usize, "reply_to", &self.reply_to);
        v.field(25usize, "sender", &self.sender);
        v.field(26usize, "sent_date_time", &self.sent_date_time);
        v.field(27usize, "subject", &self.subject);
        v.field(28usize, "to_recipients", &self.to_recipients);
        v.field(29usize, "unique_body", &self.unique_body);
        v.field(30usize, "web_link", &self.web_link);
        v.field(31usize, "attachments", &self.attachments);
        v.field(32usize, "extensions", &self.extensions);
        v.field(
            33usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            34usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Message {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.parent_folder_id.read_from(r),
            23usize => self.received_date_time.read_from(r),
            24usize => self.reply_to.read_from(r),
            25usize => self.sender.read_from(r),
            26usize => self.sent_date_time.read_from(r),
            27usize => self.subject.read_from(r),
            28usize => self.to_recipients.read_from(r),
            29usize => self.unique_body.read_from(r),
            30usize => self.web_link.read_from(r),
            31usize => self.attachments.read_from(r),
            32usize => self.extensions.read_from(r),
            33usize => self.multi_value_extended_properties.read_from(r),
            34usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.parent_folder_id);
        w.field(23usize, &self.received_date_time);
        w.field(24usize, &self.reply_to);
        w.field(25usize, &self.sender);
        w.field(26usize, &self.sent_date_time);
        w.field(27usize, &self.subject);
        w.field(28usize, &self.to_recipients);
        w.field(29usize, &self.unique_body);
        w.field(30usize, &self.web_link);
        w.field(31usize, &self.attachments);
        w.field(32usize, &self.extensions);
        w.field(33usize, &self.multi_value_extended_properties);
        w.field(34usize, &self.single_value_extended_properties);
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
rt::impl_object!(Message);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Message { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_body body : crate ::v1::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_conversation_id conversation_id :
    ::std::string::String; with_conversation_index conversation_index : rt::edm::Binary;
    with_flag flag : crate ::v1::FollowupFlag; with_from from : crate ::v1::AnyRecipient;
    with_has_attachments has_attachments : bool; with_importance importance : crate
    ::v1::Importance; with_inference_classification inference_classification : crate
    ::v1::InferenceClassificationType; with_internet_message_headers
    internet_message_headers : ::std::vec::Vec < crate ::v1::InternetMessageHeader >;
    with_internet_message_id internet_message_id : ::std::string::String;
    with_is_delivery_receipt_requested is_delivery_receipt_requested : bool;
    with_is_draft is_draft : bool; with_is_read is_read : bool;
    with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::v1::AnyRecipient >; with_sender sender : crate
    ::v1::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_unique_body unique_body : crate
    ::v1::ItemBody; with_web_link web_link : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::AnyAttachment >; with_extensions
    extensions : ::std::vec::Vec < crate ::v1::AnyExtension >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Message);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.message` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMessage {
    Message(::std::boxed::Box<crate::v1::Message>),
    CalendarSharingMessage(::std::boxed::Box<crate::v1::CalendarSharingMessage>),
    EventMessage(::std::boxed::Box<crate::v1::EventMessage>),
    EventMessageRequest(::std::boxed::Box<crate::v1::EventMessageRequest>),
    EventMessageResponse(::std::boxed::Box<crate::v1::EventMessageResponse>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyMessage {
    #[inline]
    fn default() -> Self {
        Self::Message(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Message> for AnyMessage {
    #[inline]
    fn from(v: crate::v1::Message) -> Self {
        Self::Message(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CalendarSharingMessage> for AnyMessage {
    #[inline]
    fn from(v: crate::v1::CalendarSharingMessage) -> Self {
        Self::CalendarSharingMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessage> for AnyMessage {
    #[inline]
    fn from(v: crate::v1::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageRequest> for AnyMessage {
    #[inline]
    fn from(v: crate::v1::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageResponse> for AnyMessage {
    #[inline]
    fn from(v: crate::v1::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyMessage {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyMessage {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyMessage {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyMessage {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyMessage {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Message>();
    rt::object::auto_traits::<crate::v1::CalendarSharingMessage>();
    rt::object::auto_traits::<crate::v1::EventMessage>();
    rt::object::auto_traits::<crate::v1::EventMessageRequest>();
    rt::object::auto_traits::<crate::v1::EventMessageResponse>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyMessage {
    const BASE_NAME: &'static str = "microsoft.graph.message";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                Self::CalendarSharingMessage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessage") => {
                Self::EventMessage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                Self::EventMessageRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                Self::EventMessageResponse(rt::object::new_boxed())
            }
            _ => Self::Message(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Message(v) => &**v,
            Self::CalendarSharingMessage(v) => &**v,
            Self::EventMessage(v) => &**v,
            Self::EventMessageRequest(v) => &**v,
            Self::EventMessageResponse(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Message(v) => &mut **v,
            Self::CalendarSharingMessage(v) => &mut **v,
            Self::EventMessage(v) => &mut **v,
            Self::EventMessageRequest(v) => &mut **v,
            Self::EventMessageResponse(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyMessage {
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
            Self::Message(v) => &v.id,
            Self::CalendarSharingMessage(v) => &v.id,
            Self::EventMessage(v) => &v.id,
            Self::EventMessageRequest(v) => &v.id,
            Self::EventMessageResponse(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.id,
            Self::CalendarSharingMessage(v) => &mut v.id,
            Self::EventMessage(v) => &mut v.id,
            Self::EventMessageRequest(v) => &mut v.id,
            Self::EventMessageResponse(v) => &mut v.id,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Message(v) => &v.categories,
            Self::CalendarSharingMessage(v) => &v.categories,
            Self::EventMessage(v) => &v.categories,
            Self::EventMessageRequest(v) => &v.categories,
            Self::EventMessageResponse(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Message(v) => &mut v.categories,
            Self::CalendarSharingMessage(v) => &mut v.categories,
            Self::EventMessage(v) => &mut v.categories,
            Self::EventMessageRequest(v) => &mut v.categories,
            Self::EventMessageResponse(v) => &mut v.categories,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.change_key,
            Self::CalendarSharingMessage(v) => &v.change_key,
            Self::EventMessage(v) => &v.change_key,
            Self::EventMessageRequest(v) => &v.change_key,
            Self::EventMessageResponse(v) => &v.change_key,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.change_key,
            Self::CalendarSharingMessage(v) => &mut v.change_key,
            Self::EventMessage(v) => &mut v.change_key,
            Self::EventMessageRequest(v) => &mut v.change_key,
            Self::EventMessageResponse(v) => &mut v.change_key,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &v.created_date_time,
            Self::CalendarSharingMessage(v) => &v.created_date_time,
            Self::EventMessage(v) => &v.created_date_time,
            Self::EventMessageRequest(v) => &v.created_date_time,
            Self::EventMessageResponse(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &mut v.created_date_time,
            Self::CalendarSharingMessage(v) => &mut v.created_date_time,
            Self::EventMessage(v) => &mut v.created_date_time,
            Self::EventMessageRequest(v) => &mut v.created_date_time,
            Self::EventMessageResponse(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &v.last_modified_date_time,
            Self::EventMessage(v) => &v.last_modified_date_time,
            Self::EventMessageRequest(v) => &v.last_modified_date_time,
            Self::EventMessageResponse(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &mut v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessageRequest(v) => &mut v.last_modified_date_time,
            Self::EventMessageResponse(v) => &mut v.last_modified_date_time,
        }
    }
    /// `bccRecipients` of any variant.
    #[inline]
    pub fn bcc_recipients(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::Message(v) => &v.bcc_recipients,
            Self::CalendarSharingMessage(v) => &v.bcc_recipients,
            Self::EventMessage(v) => &v.bcc_recipients,
            Self::EventMessageRequest(v) => &v.bcc_recipients,
            Self::EventMessageResponse(v) => &v.bcc_recipients,
        }
    }
    /// `bccRecipients` of any variant.
    #[inline]
    pub fn bcc_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::Message(v) => &mut v.bcc_recipients,
            Self::CalendarSharingMessage(v) => &mut v.bcc_recipients,
            Self::EventMessage(v) => &mut v.bcc_recipients,
            Self::EventMessageRequest(v) => &mut v.bcc_recipients,
            Self::EventMessageResponse(v) => &mut v.bcc_recipients,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::Message(v) => &v.body,
            Self::CalendarSharingMessage(v) => &v.body,
            Self::EventMessage(v) => &v.body,
            Self::EventMessageRequest(v) => &v.body,
            Self::EventMessageResponse(v) => &v.body,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::Message(v) => &mut v.body,
            Self::CalendarSharingMessage(v) => &mut v.body,
            Self::EventMessage(v) => &mut v.body,
            Self::EventMessageRequest(v) => &mut v.body,
            Self::EventMessageResponse(v) => &mut v.body,
        }
    }
    /// `bodyPreview` of any variant.
    #[inline]
    pub fn body_preview(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.body_preview,
            Self::CalendarSharingMessage(v) => &v.body_preview,
            Self::EventMessage(v) => &v.body_preview,
            Self::EventMessageRequest(v) => &v.body_preview,
            Self::EventMessageResponse(v) => &v.body_preview,
        }
    }
    /// `bodyPreview` of any variant.
    #[inline]
    pub fn body_preview_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.body_preview,
            Self::CalendarSharingMessage(v) => &mut v.body_preview,
            Self::EventMessage(v) => &mut v.body_preview,
            Self::EventMessageRequest(v) => &mut v.body_preview,
            Self::EventMessageResponse(v) => &mut v.body_preview,
        }
    }
    /// `ccRecipients` of any variant.
    #[inline]
    pub fn cc_recipients(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::Message(v) => &v.cc_recipients,
            Self::CalendarSharingMessage(v) => &v.cc_recipients,
            Self::EventMessage(v) => &v.cc_recipients,
            Self::EventMessageRequest(v) => &v.cc_recipients,
            Self::EventMessageResponse(v) => &v.cc_recipients,
        }
    }
    /// `ccRecipients` of any variant.
    #[inline]
    pub fn cc_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::Message(v) => &mut v.cc_recipients,
            Self::CalendarSharingMessage(v) => &mut v.cc_recipients,
            Self::EventMessage(v) => &mut v.cc_recipients,
            Self::EventMessageRequest(v) => &mut v.cc_recipients,
            Self::EventMessageResponse(v) => &mut v.cc_recipients,
        }
    }
    /// `conversationId` of any variant.
    #[inline]
    pub fn conversation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.conversation_id,
            Self::CalendarSharingMessage(v) => &v.conversation_id,
            Self::EventMessage(v) => &v.conversation_id,
            Self::EventMessageRequest(v) => &v.conversation_id,
            Self::EventMessageResponse(v) => &v.conversation_id,
        }
    }
    /// `conversationId` of any variant.
    #[inline]
    pub fn conversation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.conversation_id,
            Self::CalendarSharingMessage(v) => &mut v.conversation_id,
            Self::EventMessage(v) => &mut v.conversation_id,
            Self::EventMessageRequest(v) => &mut v.conversation_id,
            Self::EventMessageResponse(v) => &mut v.conversation_id,
        }
    }
    /// `conversationIndex` of any variant.
    #[inline]
    pub fn conversation_index(&self) -> &rt::Field<rt::edm::Binary> {
        match self {
            Self::Message(v) => &v.conversation_index,
            Self::CalendarSharingMessage(v) => &v.conversation_index,
            Self::EventMessage(v) => &v.conversation_index,
            Self::EventMessageRequest(v) => &v.conversation_index,
            Self::EventMessageResponse(v) => &v.conversation_index,
        }
    }
    /// `conversationIndex` of any variant.
    #[inline]
    pub fn conversation_index_mut(&mut self) -> &mut rt::Field<rt::edm::Binary> {
        match self {
            Self::Message(v) => &mut v.conversation_index,
            Self::CalendarSharingMessage(v) => &mut v.conversation_index,
            Self::EventMessage(v) => &mut v.conversation_index,
            Self::EventMessageRequest(v) => &mut v.conversation_index,
            Self::EventMessageResponse(v) => &mut v.conversation_index,
        }
    }
    /// `flag` of any variant.
    #[inline]
    pub fn flag(&self) -> &rt::Field<crate::v1::FollowupFlag> {
        match self {
            Self::Message(v) => &v.flag,
            Self::CalendarSharingMessage(v) => &v.flag,
            Self::EventMessage(v) => &v.flag,
            Self::EventMessageRequest(v) => &v.flag,
            Self::EventMessageResponse(v) => &v.flag,
        }
    }
    /// `flag` of any variant.
    #[inline]
    pub fn flag_mut(&mut self) -> &mut rt::Field<crate::v1::FollowupFlag> {
        match self {
            Self::Message(v) => &mut v.flag,
            Self::CalendarSharingMessage(v) => &mut v.flag,
            Self::EventMessage(v) => &mut v.flag,
            Self::EventMessageRequest(v) => &mut v.flag,
            Self::EventMessageResponse(v) => &mut v.flag,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from(&self) -> &rt::Field<crate::v1::AnyRecipient> {
        match self {
            Self::Message(v) => &v.from,
            Self::CalendarSharingMessage(v) => &v.from,
            Self::EventMessage(v) => &v.from,
            Self::EventMessageRequest(v) => &v.from,
            Self::EventMessageResponse(v) => &v.from,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from_mut(&mut self) -> &mut rt::Field<crate::v1::AnyRecipient> {
        match self {
            Self::Message(v) => &mut v.from,
            Self::CalendarSharingMessage(v) => &mut v.from,
            Self::EventMessage(v) => &mut v.from,
            Self::EventMessageRequest(v) => &mut v.from,
            Self::EventMessageResponse(v) => &mut v.from,
        }
    }
    /// `hasAttachments` of any variant.
    #[inline]
    pub fn has_attachments(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.has_attachments,
            Self::CalendarSharingMessage(v) => &v.has_attachments,
            Self::EventMessage(v) => &v.has_attachments,
            Self::EventMessageRequest(v) => &v.has_attachments,
            Self::EventMessageResponse(v) => &v.has_attachments,
        }
    }
    /// `hasAttachments` of any variant.
    #[inline]
    pub fn has_attachments_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.has_attachments,
            Self::CalendarSharingMessage(v) => &mut v.has_attachments,
            Self::EventMessage(v) => &mut v.has_attachments,
            Self::EventMessageRequest(v) => &mut v.has_attachments,
            Self::EventMessageResponse(v) => &mut v.has_attachments,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance(&self) -> &rt::Field<crate::v1::Importance> {
        match self {
            Self::Message(v) => &v.importance,
            Self::CalendarSharingMessage(v) => &v.importance,
            Self::EventMessage(v) => &v.importance,
            Self::EventMessageRequest(v) => &v.importance,
            Self::EventMessageResponse(v) => &v.importance,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance_mut(&mut self) -> &mut rt::Field<crate::v1::Importance> {
        match self {
            Self::Message(v) => &mut v.importance,
            Self::CalendarSharingMessage(v) => &mut v.importance,
            Self::EventMessage(v) => &mut v.importance,
            Self::EventMessageRequest(v) => &mut v.importance,
            Self::EventMessageResponse(v) => &mut v.importance,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification(
        &self,
    ) -> &rt::Field<crate::v1::InferenceClassificationType> {
        match self {
            Self::Message(v) => &v.inference_classification,
            Self::CalendarSharingMessage(v) => &v.inference_classification,
            Self::EventMessage(v) => &v.inference_classification,
            Self::EventMessageRequest(v) => &v.inference_classification,
            Self::EventMessageResponse(v) => &v.inference_classification,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::InferenceClassificationType> {
        match self {
            Self::Message(v) => &mut v.inference_classification,
            Self::CalendarSharingMessage(v) => &mut v.inference_classification,
            Self::EventMessage(v) => &mut v.inference_classification,
            Self::EventMessageRequest(v) => &mut v.inference_classification,
            Self::EventMessageResponse(v) => &mut v.inference_classification,
        }
    }
    /// `internetMessageHeaders` of any variant.
    #[inline]
    pub fn internet_message_headers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::InternetMessageHeader>> {
        match self {
            Self::Message(v) => &v.internet_message_headers,
            Self::CalendarSharingMessage(v) => &v.internet_message_headers,
            Self::EventMessage(v) => &v.internet_message_headers,
            Self::EventMessageRequest(v) => &v.internet_message_headers,
            Self::EventMessageResponse(v) => &v.internet_message_headers,
        }
    }
    /// `internetMessageHeaders` of any variant.
    #[inline]
    pub fn internet_message_headers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::InternetMessageHeader>> {
        match self {
            Self::Message(v) => &mut v.internet_message_headers,
            Self::CalendarSharingMessage(v) => &mut v.internet_message_headers,
            Self::EventMessage(v) => &mut v.internet_message_headers,
            Self::EventMessageRequest(v) => &mut v.internet_message_headers,
            Self::EventMessageResponse(v) => &mut v.internet_message_headers,
        }
    }
    /// `internetMessageId` of any variant.
    #[inline]
    pub fn internet_message_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.internet_message_id,
            Self::CalendarSharingMessage(v) => &v.internet_message_id,
            Self::EventMessage(v) => &v.internet_message_id,
            Self::EventMessageRequest(v) => &v.internet_message_id,
            Self::EventMessageResponse(v) => &v.internet_message_id,
        }
    }
    /// `internetMessageId` of any variant.
    #[inline]
    pub fn internet_message_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.internet_message_id,
            Self::CalendarSharingMessage(v) => &mut v.internet_message_id,
            Self::EventMessage(v) => &mut v.internet_message_id,
            Self::EventMessageRequest(v) => &mut v.internet_message_id,
            Self::EventMessageResponse(v) => &mut v.internet_message_id,
        }
    }
    /// `isDeliveryReceiptRequested` of any variant.
    #[inline]
    pub fn is_delivery_receipt_requested(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.is_delivery_receipt_requested,
            Self::CalendarSharingMessage(v) => &v.is_delivery_receipt_requested,
            Self::EventMessage(v) => &v.is_delivery_receipt_requested,
            Self::EventMessageRequest(v) => &v.is_delivery_receipt_requested,
            Self::EventMessageResponse(v) => &v.is_delivery_receipt_requested,
        }
    }
    /// `isDeliveryReceiptRequested` of any variant.
    #[inline]
    pub fn is_delivery_receipt_requested_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.is_delivery_receipt_requested,
            Self::CalendarSharingMessage(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessage(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessageRequest(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessageResponse(v) => &mut v.is_delivery_receipt_requested,
        }
    }
    /// `isDraft` of any variant.
    #[inline]
    pub fn is_draft(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.is_draft,
            Self::CalendarSharingMessage(v) => &v.is_draft,
            Self::EventMessage(v) => &v.is_draft,
            Self::EventMessageRequest(v) => &v.is_draft,
            Self::EventMessageResponse(v) => &v.is_draft,
        }
    }
    /// `isDraft` of any variant.
    #[inline]
    pub fn is_draft_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.is_draft,
            Self::CalendarSharingMessage(v) => &mut v.is_draft,
            Self::EventMessage(v) => &mut v.is_draft,
            Self::EventMessageRequest(v) => &mut v.is_draft,
            Self::EventMessageResponse(v) => &mut v.is_draft,
        }
    }
    /// `isRead` of any variant.
    #[inline]
    pub fn is_read(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.is_read,
            Self::CalendarSharingMessage(v) => &v.is_read,
            Self::EventMessage(v) => &v.is_read,
            Self::EventMessageRequest(v) => &v.is_read,
            Self::EventMessageResponse(v) => &v.is_read,
        }
    }
    /// `isRead` of any variant.
    #[inline]
    pub fn is_read_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.is_read,
            Self::CalendarSharingMessage(v) => &mut v.is_read,
            Self::EventMessage(v) => &mut v.is_read,
            Self::EventMessageRequest(v) => &mut v.is_read,
            Self::EventMessageResponse(v) => &mut v.is_read,
        }
    }
    /// `isReadReceiptRequested` of any variant.
    #[inline]
    pub fn is_read_receipt_requested(&self) -> &rt::Field<bool> {
        match self {
            Self::Message(v) => &v.is_read_receipt_requested,
            Self::CalendarSharingMessage(v) => &v.is_read_receipt_requested,
            Self::EventMessage(v) => &v.is_read_receipt_requested,
            Self::EventMessageRequest(v) => &v.is_read_receipt_requested,
            Self::EventMessageResponse(v) => &v.is_read_receipt_requested,
        }
    }
    /// `isReadReceiptRequested` of any variant.
    #[inline]
    pub fn is_read_receipt_requested_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Message(v) => &mut v.is_read_receipt_requested,
            Self::CalendarSharingMessage(v) => &mut v.is_read_receipt_requested,
            Self::EventMessage(v) => &mut v.is_read_receipt_requested,
            Self::EventMessageRequest(v) => &mut v.is_read_receipt_requested,
            Self::EventMessageResponse(v) => &mut v.is_read_receipt_requested,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.parent_folder_id,
            Self::CalendarSharingMessage(v) => &v.parent_folder_id,
            Self::EventMessage(v) => &v.parent_folder_id,
            Self::EventMessageRequest(v) => &v.parent_folder_id,
            Self::EventMessageResponse(v) => &v.parent_folder_id,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.parent_folder_id,
            Self::CalendarSharingMessage(v) => &mut v.parent_folder_id,
            Self::EventMessage(v) => &mut v.parent_folder_id,
            Self::EventMessageRequest(v) => &mut v.parent_folder_id,
            Self::EventMessageResponse(v) => &mut v.parent_folder_id,
        }
    }
    /// `receivedDateTime` of any variant.
    #[inline]
    pub fn received_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &v.received_date_time,
            Self::CalendarSharingMessage(v) => &v.received_date_time,
            Self::EventMessage(v) => &v.received_date_time,
            Self::EventMessageRequest(v) => &v.received_date_time,
            Self::EventMessageResponse(v) => &v.received_date_time,
        }
    }
    /// `receivedDateTime` of any variant.
    #[inline]
    pub fn received_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &mut v.received_date_time,
            Self::CalendarSharingMessage(v) => &mut v.received_date_time,
            Self::EventMessage(v) => &mut v.received_date_time,
            Self::EventMessageRequest(v) => &mut v.received_date_time,
            Self::EventMessageResponse(v) => &mut v.received_date_time,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::Message(v) => &v.reply_to,
            Self::CalendarSharingMessage(v) => &v.reply_to,
            Self::EventMessage(v) => &v.reply_to,
            Self::EventMessageRequest(v) => &v.reply_to,
            Self::EventMessageResponse(v) => &v.reply_to,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::Message(v) => &mut v.reply_to,
            Self::CalendarSharingMessage(v) => &mut v.reply_to,
            Self::EventMessage(v) => &mut v.reply_to,
            Self::EventMessageRequest(v) => &mut v.reply_to,
            Self::EventMessageResponse(v) => &mut v.reply_to,
        }
    }
    /// `sender` of any variant.
    #[inline]
    pub fn sender(&self) -> &rt::Field<crate::v1::AnyRecipient> {
        match self {
            Self::Message(v) => &v.sender,
            Self::CalendarSharingMessage(v) => &v.sender,
            Self::EventMessage(v) => &v.sender,
            Self::EventMessageRequest(v) => &v.sender,
            Self::EventMessageResponse(v) => &v.sender,
        }
    }
    /// `sender` of any variant.
    #[inline]
    pub fn sender_mut(&mut self) -> &mut rt::Field<crate::v1::AnyRecipient> {
        match self {
            Self::Message(v) => &mut v.sender,
            Self::CalendarSharingMessage(v) => &mut v.sender,
            Self::EventMessage(v) => &mut v.sender,
            Self::EventMessageRequest(v) => &mut v.sender,
            Self::EventMessageResponse(v) => &mut v.sender,
        }
    }
    /// `sentDateTime` of any variant.
    #[inline]
    pub fn sent_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &v.sent_date_time,
            Self::CalendarSharingMessage(v) => &v.sent_date_time,
            Self::EventMessage(v) => &v.sent_date_time,
            Self::EventMessageRequest(v) => &v.sent_date_time,
            Self::EventMessageResponse(v) => &v.sent_date_time,
        }
    }
    /// `sentDateTime` of any variant.
    #[inline]
    pub fn sent_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Message(v) => &mut v.sent_date_time,
            Self::CalendarSharingMessage(v) => &mut v.sent_date_time,
            Self::EventMessage(v) => &mut v.sent_date_time,
            Self::EventMessageRequest(v) => &mut v.sent_date_time,
            Self::EventMessageResponse(v) => &mut v.sent_date_time,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.subject,
            Self::CalendarSharingMessage(v) => &v.subject,
            Self::EventMessage(v) => &v.subject,
            Self::EventMessageRequest(v) => &v.subject,
            Self::EventMessageResponse(v) => &v.subject,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.subject,
            Self::CalendarSharingMessage(v) => &mut v.subject,
            Self::EventMessage(v) => &mut v.subject,
            Self::EventMessageRequest(v) => &mut v.subject,
            Self::EventMessageResponse(v) => &mut v.subject,
        }
    }
    /// `toRecipients` of any variant.
    #[inline]
    pub fn to_recipients(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::Message(v) => &v.to_recipients,
            Self::CalendarSharingMessage(v) => &v.to_recipients,
            Self::EventMessage(v) => &v.to_recipients,
            Self::EventMessageRequest(v) => &v.to_recipients,
            Self::EventMessageResponse(v) => &v.to_recipients,
        }
    }
    /// `toRecipients` of any variant.
    #[inline]
    pub fn to_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::Message(v) => &mut v.to_recipients,
            Self::CalendarSharingMessage(v) => &mut v.to_recipients,
            Self::EventMessage(v) => &mut v.to_recipients,
            Self::EventMessageRequest(v) => &mut v.to_recipients,
            Self::EventMessageResponse(v) => &mut v.to_recipients,
        }
    }
    /// `uniqueBody` of any variant.
    #[inline]
    pub fn unique_body(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::Message(v) => &v.unique_body,
            Self::CalendarSharingMessage(v) => &v.unique_body,
            Self::EventMessage(v) => &v.unique_body,
            Self::EventMessageRequest(v) => &v.unique_body,
            Self::EventMessageResponse(v) => &v.unique_body,
        }
    }
    /// `uniqueBody` of any variant.
    #[inline]
    pub fn unique_body_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::Message(v) => &mut v.unique_body,
            Self::CalendarSharingMessage(v) => &mut v.unique_body,
            Self::EventMessage(v) => &mut v.unique_body,
            Self::EventMessageRequest(v) => &mut v.unique_body,
            Self::EventMessageResponse(v) => &mut v.unique_body,
        }
    }
    /// `webLink` of any variant.
    #[inline]
    pub fn web_link(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &v.web_link,
            Self::CalendarSharingMessage(v) => &v.web_link,
            Self::EventMessage(v) => &v.web_link,
            Self::EventMessageRequest(v) => &v.web_link,
            Self::EventMessageResponse(v) => &v.web_link,
        }
    }
    /// `webLink` of any variant.
    #[inline]
    pub fn web_link_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Message(v) => &mut v.web_link,
            Self::CalendarSharingMessage(v) => &mut v.web_link,
            Self::EventMessage(v) => &mut v.web_link,
            Self::EventMessageRequest(v) => &mut v.web_link,
            Self::EventMessageResponse(v) => &mut v.web_link,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>> {
        match self {
            Self::Message(v) => &v.attachments,
            Self::CalendarSharingMessage(v) => &v.attachments,
            Self::EventMessage(v) => &v.attachments,
            Self::EventMessageRequest(v) => &v.attachments,
            Self::EventMessageResponse(v) => &v.attachments,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>> {
        match self {
            Self::Message(v) => &mut v.attachments,
            Self::CalendarSharingMessage(v) => &mut v.attachments,
            Self::EventMessage(v) => &mut v.attachments,
            Self::EventMessageRequest(v) => &mut v.attachments,
            Self::EventMessageResponse(v) => &mut v.attachments,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyExtension>> {
        match self {
            Self::Message(v) => &v.extensions,
            Self::CalendarSharingMessage(v) => &v.extensions,
            Self::EventMessage(v) => &v.extensions,
            Self::EventMessageRequest(v) => &v.extensions,
            Self::EventMessageResponse(v) => &v.extensions,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyExtension>> {
        match self {
            Self::Message(v) => &mut v.extensions,
            Self::CalendarSharingMessage(v) => &mut v.extensions,
            Self::EventMessage(v) => &mut v.extensions,
            Self::EventMessageRequest(v) => &mut v.extensions,
            Self::EventMessageResponse(v) => &mut v.extensions,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::Message(v) => &v.multi_value_extended_properties,
            Self::CalendarSharingMessage(v) => &v.multi_value_extended_properties,
            Self::EventMessage(v) => &v.multi_value_extended_properties,
            Self::EventMessageRequest(v) => &v.multi_value_extended_properties,
            Self::EventMessageResponse(v) => &v.multi_value_extended_properties,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::Message(v) => &mut v.multi_value_extended_properties,
            Self::CalendarSharingMessage(v) => &mut v.multi_value_extended_properties,
            Self::EventMessage(v) => &mut v.multi_value_extended_properties,
            Self::EventMessageRequest(v) => &mut v.multi_value_extended_properties,
            Self::EventMessageResponse(v) => &mut v.multi_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::Message(v) => &v.single_value_extended_properties,
            Self::CalendarSharingMessage(v) => &v.single_value_extended_properties,
            Self::EventMessage(v) => &v.single_value_extended_properties,
            Self::EventMessageRequest(v) => &v.single_value_extended_properties,
            Self::EventMessageResponse(v) => &v.single_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::Message(v) => &mut v.single_value_extended_properties,
            Self::CalendarSharingMessage(v) => &mut v.single_value_extended_properties,
            Self::EventMessage(v) => &mut v.single_value_extended_properties,
            Self::EventMessageRequest(v) => &mut v.single_value_extended_properties,
            Self::EventMessageResponse(v) => &mut v.single_value_extended_properties,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyMessage);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMessage);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.messageActionFlag`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MessageActionFlag {
    /// `any` (value 0).
    Any,
    /// `call` (value 1).
    Call,
    /// `doNotForward` (value 2).
    DoNotForward,
    /// `followUp` (value 3).
    FollowUp,
    /// `fyi` (value 4).
    Fyi,
    /// `forward` (value 5).
    Forward,
    /// `noResponseNecessary` (value 6).
    NoResponseNecessary,
    /// `read` (value 7).
    Read,
    /// `reply` (value 8).
    Reply,
    /// `replyToAll` (value 9).
    ReplyToAll,
    /// `review` (value 10).
    Review,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MessageActionFlag {
    const TYPE_NAME: &'static str = "microsoft.graph.messageActionFlag";
    const MEMBERS: &'static [&'static str] = &[
        "any",
        "call",
        "doNotForward",
        "followUp",
        "fyi",
        "forward",
        "noResponseNecessary",
        "read",
        "reply",
        "replyToAll",
        "review",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "any" => Self::Any,
                "call" => Self::Call,
                "doNotForward" => Self::DoNotForward,
                "followUp" => Self::FollowUp,
                "fyi" => Self::Fyi,
                "forward" => Self::Forward,
                "noResponseNecessary" => Self::NoResponseNecessary,
                "read" => Self::Read,
                "reply" => Self::Reply,
                "replyToAll" => Self::ReplyToAll,
                "review" => Self::Review,
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
            Self::Any => "any",
            Self::Call => "call",
            Self::DoNotForward => "doNotForward",
            Self::FollowUp => "followUp",
            Self::Fyi => "fyi",
            Self::Forward => "forward",
            Self::NoResponseNecessary => "noResponseNecessary",
            Self::Read => "read",
            Self::Reply => "reply",
            Self::ReplyToAll => "replyToAll",
            Self::Review => "review",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MessageActionFlag);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageActionFlag);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.messageRule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MessageRulePath`](requests/trait.MessageRulePath.html), what a path to one (`EntityPath<MessageRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actions`: `microsoft.graph.messageRuleActions`, nullable.
    pub actions: rt::Field<crate::v1::MessageRuleActions>,
    /// CSDL: property `conditions`: `microsoft.graph.messageRulePredicates`, nullable.
    pub conditions: rt::Field<crate::v1::MessageRulePredicates>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `exceptions`: `microsoft.graph.messageRulePredicates`, nullable.
    pub exceptions: rt::Field<crate::v1::MessageRulePredicates>,
    /// CSDL: property `hasError`: `Edm.Boolean`, nullable.
    pub has_error: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `isReadOnly`: `Edm.Boolean`, nullable.
    pub is_read_only: rt::Field<bool>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            actions: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            exceptions: rt::Field::Absent,
            has_error: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            is_read_only: rt::Field::Absent,
            sequence: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageRule {
    const TYPE_NAME: &'static str = "microsoft.graph.messageRule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actions",
        "conditions",
        "displayName",
        "exceptions",
        "hasError",
        "isEnabled",
        "isReadOnly",
        "sequence",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actions\":                      ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"exceptions\":                   ",
        ",\"hasError\":                     ",
        ",\"isEnabled\":                    ",
        ",\"isReadOnly\":                   ",
        ",\"sequence\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "actions", &self.actions);
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "exceptions", &self.exceptions);
        v.field(5usize, "has_error", &self.has_error);
        v.field(6usize, "is_enabled", &self.is_enabled);
        v.field(7usize, "is_read_only", &self.is_read_only);
        v.field(8usize, "sequence", &self.sequence);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.actions.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.exceptions.read_from(r),
            5usize => self.has_error.read_from(r),
            6usize => self.is_enabled.read_from(r),
            7usize => self.is_read_only.read_from(r),
            8usize => self.sequence.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.actions);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.exceptions);
        w.field(5usize, &self.has_error);
        w.field(6usize, &self.is_enabled);
        w.field(7usize, &self.is_read_only);
        w.field(8usize, &self.sequence);
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
rt::impl_object!(MessageRule);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageRule { with_id id : ::std::string::String; with_actions actions : crate
    ::v1::MessageRuleActions; with_conditions conditions : crate
    ::v1::MessageRulePredicates; with_display_name display_name : ::std::string::String;
    with_exceptions exceptions : crate ::v1::MessageRulePredicates; with_has_error
    has_error : bool; with_is_enabled is_enabled : bool; with_is_read_only is_read_only :
    bool; with_sequence sequence : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageRule);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.messageRuleActions`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageRuleActions {
    /// CSDL: property `assignCategories`: `Collection(Edm.String)`, nullable.
    pub assign_categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `copyToFolder`: `Edm.String`, nullable.
    pub copy_to_folder: rt::Field<::std::string::String>,
    /// CSDL: property `delete`: `Edm.Boolean`, nullable.
    pub delete: rt::Field<bool>,
    /// CSDL: property `forwardAsAttachmentTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub forward_as_attachment_to: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `forwardTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub forward_to: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `markAsRead`: `Edm.Boolean`, nullable.
    pub mark_as_read: rt::Field<bool>,
    /// CSDL: property `markImportance`: `microsoft.graph.importance`, nullable.
    pub mark_importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `moveToFolder`: `Edm.String`, nullable.
    pub move_to_folder: rt::Field<::std::string::String>,
    /// CSDL: property `permanentDelete`: `Edm.Boolean`, nullable.
    pub permanent_delete: rt::Field<bool>,
    /// CSDL: property `redirectTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub redirect_to: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `stopProcessingRules`: `Edm.Boolean`, nullable.
    pub stop_processing_rules: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageRuleActions {
    #[inline]
    fn default() -> Self {
        Self {
            assign_categories: rt::Field::Absent,
            copy_to_folder: rt::Field::Absent,
            delete: rt::Field::Absent,
            forward_as_attachment_to: rt::Field::Absent,
            forward_to: rt::Field::Absent,
            mark_as_read: rt::Field::Absent,
            mark_importance: rt::Field::Absent,
            move_to_folder: rt::Field::Absent,
            permanent_delete: rt::Field::Absent,
            redirect_to: rt::Field::Absent,
            stop_processing_rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageRuleActions {
    const TYPE_NAME: &'static str = "microsoft.graph.messageRuleActions";
    const KEYS: &'static [&'static str] = &[
        "assignCategories",
        "copyToFolder",
        "delete",
        "forwardAsAttachmentTo",
        "forwardTo",
        "markAsRead",
        "markImportance",
        "moveToFolder",
        "permanentDelete",
        "redirectTo",
        "stopProcessingRules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignCategories\":             ",
        ",\"copyToFolder\":                 ",
        ",\"delete\":                       ",
        ",\"forwardAsAttachmentTo\":        ",
        ",\"forwardTo\":                    ",
        ",\"markAsRead\":                   ",
        ",\"markImportance\":               ",
        ",\"moveToFolder\":                 ",
        ",\"permanentDelete\":              ",
        ",\"redirectTo\":                   ",
        ",\"stopProcessingRules\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageRuleActions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assign_categories", &self.assign_categories);
        v.field(1usize, "copy_to_folder", &self.copy_to_folder);
        v.field(2usize, "delete", &self.delete);
        v.field(3usize, "forward_as_attachment_to", &self.forward_as_attachment_to);
        v.field(4usize, "forward_to", &self.forward_to);
        v.field(5usize, "mark_as_read", &self.mark_as_read);
        v.field(6usize, "mark_importance", &self.mark_importance);
        v.field(7usize, "move_to_folder", &self.move_to_folder);
        v.field(8usize, "permanent_delete", &self.permanent_delete);
        v.field(9usize, "redirect_to", &self.redirect_to);
        v.field(10usize, "stop_processing_rules", &self.stop_processing_rules);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageRuleActions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assign_categories.read_from(r),
            1usize => self.copy_to_folder.read_from(r),
            2usize => self.delete.read_from(r),
            3usize => self.forward_as_attachment_to.read_from(r),
            4usize => self.forward_to.read_from(r),
            5usize => self.mark_as_read.read_from(r),
            6usize => self.mark_importance.read_from(r),
            7usize => self.move_to_folder.read_from(r),
            8usize => self.permanent_delete.read_from(r),
            9usize => self.redirect_to.read_from(r),
            10usize => self.stop_processing_rules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assign_categories);
        w.field(1usize, &self.copy_to_folder);
        w.field(2usize, &self.delete);
        w.field(3usize, &self.forward_as_attachment_to);
        w.field(4usize, &self.forward_to);
        w.field(5usize, &self.mark_as_read);
        w.field(6usize, &self.mark_importance);
        w.field(7usize, &self.move_to_folder);
        w.field(8usize, &self.permanent_delete);
        w.field(9usize, &self.redirect_to);
        w.field(10usize, &self.stop_processing_rules);
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
rt::impl_object!(MessageRuleActions);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageRuleActions { with_assign_categories assign_categories : ::std::vec::Vec <
    ::std::string::String >; with_copy_to_folder copy_to_folder : ::std::string::String;
    with_delete delete : bool; with_forward_as_attachment_to forward_as_attachment_to :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_forward_to forward_to :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_mark_as_read mark_as_read : bool;
    with_mark_importance mark_importance : crate ::v1::Importance; with_move_to_folder
    move_to_folder : ::std::string::String; with_permanent_delete permanent_delete :
    bool; with_redirect_to redirect_to : ::std::vec::Vec < crate ::v1::AnyRecipient >;
    with_stop_processing_rules stop_processing_rules : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageRuleActions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.messageRulePredicates`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageRulePredicates {
    /// CSDL: property `bodyContains`: `Collection(Edm.String)`, nullable.
    pub body_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `bodyOrSubjectContains`: `Collection(Edm.String)`, nullable.
    pub body_or_subject_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `fromAddresses`: `Collection(microsoft.graph.recipient)`, nullable.
    pub from_addresses: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `headerContains`: `Collection(Edm.String)`, nullable.
    pub header_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `isApprovalRequest`: `Edm.Boolean`, nullable.
    pub is_approval_request: rt::Field<bool>,
    /// CSDL: property `isAutomaticForward`: `Edm.Boolean`, nullable.
    pub is_automatic_forward: rt::Field<bool>,
    /// CSDL: property `isAutomaticReply`: `Edm.Boolean`, nullable.
    pub is_automatic_reply: rt::Field<bool>,
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, nullable.
    pub is_encrypted: rt::Field<bool>,
    /// CSDL: property `isMeetingRequest`: `Edm.Boolean`, nullable.
    pub is_meeting_request: rt::Field<bool>,
    /// CSDL: property `isMeetingResponse`: `Edm.Boolean`, nullable.
    pub is_meeting_response: rt::Field<bool>,
    /// CSDL: property `isNonDeliveryReport`: `Edm.Boolean`, nullable.
    pub is_non_delivery_report: rt::Field<bool>,
    /// CSDL: property `isPermissionControlled`: `Edm.Boolean`, nullable.
    pub is_permission_controlled: rt::Field<bool>,
    /// CSDL: property `isReadReceipt`: `Edm.Boolean`, nullable.
    pub is_read_receipt: rt::Field<bool>,
    /// CSDL: property `isSigned`: `Edm.Boolean`, nullable.
    pub is_signed: rt::Field<bool>,
    /// CSDL: property `isVoicemail`: `Edm.Boolean`, nullable.
    pub is_voicemail: rt::Field<bool>,
    /// CSDL: property `messageActionFlag`: `microsoft.graph.messageActionFlag`, nullable.
    pub message_action_flag: rt::Field<crate::v1::MessageActionFlag>,
    /// CSDL: property `notSentToMe`: `Edm.Boolean`, nullable.
    pub not_sent_to_me: rt::Field<bool>,
    /// CSDL: property `recipientContains`: `Collection(Edm.String)`, nullable.
    pub recipient_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `senderContains`: `Collection(Edm.String)`, nullable.
    pub sender_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `sensitivity`: `microsoft.graph.sensitivity`, nullable.
    pub sensitivity: rt::Field<crate::v1::Sensitivity>,
    /// CSDL: property `sentCcMe`: `Edm.Boolean`, nullable.
    pub sent_cc_me: rt::Field<bool>,
    /// CSDL: property `sentOnlyToMe`: `Edm.Boolean`, nullable.
    pub sent_only_to_me: rt::Field<bool>,
    /// CSDL: property `sentToAddresses`: `Collection(microsoft.graph.recipient)`, nullable.
    pub sent_to_addresses: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `sentToMe`: `Edm.Boolean`, nullable.
    pub sent_to_me: rt::Field<bool>,
    /// CSDL: property `sentToOrCcMe`: `Edm.Boolean`, nullable.
    pub sent_to_or_cc_me: rt::Field<bool>,
    /// CSDL: property `subjectContains`: `Collection(Edm.String)`, nullable.
    pub subject_contains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `withinSizeRange`: `microsoft.graph.sizeRange`, nullable.
    pub within_size_range: rt::Field<crate::v1::SizeRange>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageRulePredicates {
    #[inline]
    fn default() -> Self {
        Self {
            body_contains: rt::Field::Absent,
            body_or_subject_contains: rt::Field::Absent,
            categories: rt::Field::Absent,
            from_addresses: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            header_contains: rt::Field::Absent,
            importance: rt::Field::Absent,
            is_approval_request: rt::Field::Absent,
            is_automatic_forward: rt::Field::Absent,
            is_automatic_reply: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            is_meeting_request: rt::Field::Absent,
            is_meeting_response: rt::Field::Absent,
            is_non_delivery_report: rt::Field::Absent,
            is_permission_controlled: rt::Field::Absent,
            is_read_receipt: rt::Field::Absent,
            is_signed: rt::Field::Absent,
            is_voicemail: rt::Field::Absent,
            message_action_flag: rt::Field::Absent,
            not_sent_to_me: rt::Field::Absent,
            recipient_contains: rt::Field::Absent,
            sender_contains: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            sent_cc_me: rt::Field::Absent,
            sent_only_to_me: rt::Field::Absent,
            sent_to_addresses: rt::Field::Absent,
            sent_to_me: rt::Field::Absent,
            sent_to_or_cc_me: rt::Field::Absent,
            subject_contains: rt::Field::Absent,
            within_size_range: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageRulePredicates {
    const TYPE_NAME: &'static str = "microsoft.graph.messageRulePredicates";
    const KEYS: &'static [&'static str] = &[
        "bodyContains",
        "bodyOrSubjectContains",
        "categories",
        "fromAddresses",
        "hasAttachments",
        "headerContains",
        "importance",
        "isApprovalRequest",
        "isAutomaticForward",
        "isAutomaticReply",
        "isEncrypted",
        "isMeetingRequest",
        "isMeetingResponse",
        "isNonDeliveryReport",
        "isPermissionControlled",
        "isReadReceipt",
        "isSigned",
        "isVoicemail",
        "messageActionFlag",
        "notSentToMe",
        "recipientContains",
        "senderContains",
        "sensitivity",
        "sentCcMe",
        "sentOnlyToMe",
        "sentToAddresses",
        "sentToMe",
        "sentToOrCcMe",
        "subjectContains",
        "withinSizeRange",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bodyContains\":                 ",
        ",\"bodyOrSubjectContains\":        ",
        ",\"categories\":                   ",
        ",\"fromAddresses\":                ",
        ",\"hasAttachments\":               ",
        ",\"headerContains\":               ",
        ",\"importance\":                   ",
        ",\"isApprovalRequest\":            ",
        ",\"isAutomaticForward\":           ",
        ",\"isAutomaticReply\":             ",
        ",\"isEncrypted\":                  ",
        ",\"isMeetingRequest\":             ",
        ",\"isMeetingResponse\":            ",
        ",\"isNonDeliveryReport\":          ",
        ",\"isPermissionControlled\":       ",
        ",\"isReadReceipt\":                ",
        ",\"isSigned\":                     ",
        ",\"isVoicemail\":                  ",
        ",\"messageActionFlag\":            ",
        ",\"notSentToMe\":                  ",
        ",\"recipientContains\":            ",
        ",\"senderContains\":               ",
        ",\"sensitivity\":                  ",
        ",\"sentCcMe\":                     ",
        ",\"sentOnlyToMe\":                 ",
        ",\"sentToAddresses\":              ",
        ",\"sentToMe\":                     ",
        ",\"sentToOrCcMe\":                 ",
        ",\"subjectContains\":              ",
        ",\"withinSizeRange\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageRulePredicates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "body_contains", &self.body_contains);
        v.field(1usize, "body_or_subject_contains", &self.body_or_subject_contains);
        v.field(2usize, "categories", &self.categories);
        v.field(3usize, "from_addresses", &self.from_addresses);
        v.field(4usize, "has_attachments", &self.has_attachments);
        v.field(5usize, "header_contains", &self.header_contains);
        v.field(6usize, "importance", &self.importance);
        v.field(7usize, "is_approval_request", &self.is_approval_request);
        v.field(8usize, "is_automatic_forward", &self.is_automatic_forward);
        v.field(9usize, "is_automatic_reply", &self.is_automatic_reply);
        v.field(10usize, "is_encrypted", &self.is_encrypted);
        v.field(11usize, "is_meeting_request", &self.is_meeting_request);
        v.field(12usize, "is_meeting_response", &self.is_meeting_response);
        v.field(13usize, "is_non_delivery_report", &self.is_non_delivery_report);
        v.field(14usize, "is_permission_controlled", &self.is_permission_controlled);
        v.field(15usize, "is_read_receipt", &self.is_read_receipt);
        v.field(16usize, "is_signed", &self.is_signed);
        v.field(17usize, "is_voicemail", &self.is_voicemail);
        v.field(18usize, "message_action_flag", &self.message_action_flag);
        v.field(19usize, "not_sent_to_me", &self.not_sent_to_me);
        v.field(20usize, "recipient_contains", &self.recipient_contains);
        v.field(21usize, "sender_contains", &self.sender_contains);
        v.field(22usize, "sensitivity", &self.sensitivity);
        v.field(23usize, "sent_cc_me", &self.sent_cc_me);
        v.field(24usize, "sent_only_to_me", &self.sent_only_to_me);
        v.field(25usize, "sent_to_addresses", &self.sent_to_addresses);
        v.field(26usize, "sent_to_me", &self.sent_to_me);
        v.field(27usize, "sent_to_or_cc_me", &self.sent_to_or_cc_me);
        v.field(28usize, "subject_contains", &self.subject_contains);
        v.field(29usize, "within_size_range", &self.within_size_range);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageRulePredicates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.body_contains.read_from(r),
            1usize => self.body_or_subject_contains.read_from(r),
            2usize => self.categories.read_from(r),
            3usize => self.from_addresses.read_from(r),
            4usize => self.has_attachments.read_from(r),
            5usize => self.header_contains.read_from(r),
            6usize => self.importance.read_from(r),
            7usize => self.is_approval_request.read_from(r),
            8usize => self.is_automatic_forward.read_from(r),
            9usize => self.is_automatic_reply.read_from(r),
            10usize => self.is_encrypted.read_from(r),
            11usize => self.is_meeting_request.read_from(r),
            12usize => self.is_meeting_response.read_from(r),
            13usize => self.is_non_delivery_report.read_from(r),
            14usize => self.is_permission_controlled.read_from(r),
            15usize => self.is_read_receipt.read_from(r),
            16usize => self.is_signed.read_from(r),
            17usize => self.is_voicemail.read_from(r),
            18usize => self.message_action_flag.read_from(r),
            19usize => self.not_sent_to_me.read_from(r),
            20usize => self.recipient_contains.read_from(r),
            21usize => self.sender_contains.read_from(r),
            22usize => self.sensitivity.read_from(r),
            23usize => self.sent_cc_me.read_from(r),
            24usize => self.sent_only_to_me.read_from(r),
            25usize => self.sent_to_addresses.read_from(r),
            26usize => self.sent_to_me.read_from(r),
            27usize => self.sent_to_or_cc_me.read_from(r),
            28usize => self.subject_contains.read_from(r),
            29usize => self.within_size_range.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.body_contains);
        w.field(1usize, &self.body_or_subject_contains);
        w.field(2usize, &self.categories);
        w.field(3usize, &self.from_addresses);
        w.field(4usize, &self.has_attachments);
        w.field(5usize, &self.header_contains);
        w.field(6usize, &self.importance);
        w.field(7usize, &self.is_approval_request);
        w.field(8usize, &self.is_automatic_forward);
        w.field(9usize, &self.is_automatic_reply);
        w.field(10usize, &self.is_encrypted);
        w.field(11usize, &self.is_meeting_request);
        w.field(12usize, &self.is_meeting_response);
        w.field(13usize, &self.is_non_delivery_report);
        w.field(14usize, &self.is_permission_controlled);
        w.field(15usize, &self.is_read_receipt);
        w.field(16usize, &self.is_signed);
        w.field(17usize, &self.is_voicemail);
        w.field(18usize, &self.message_action_flag);
        w.field(19usize, &self.not_sent_to_me);
        w.field(20usize, &self.recipient_contains);
        w.field(21usize, &self.sender_contains);
        w.field(22usize, &self.sensitivity);
        w.field(23usize, &self.sent_cc_me);
        w.field(24usize, &self.sent_only_to_me);
        w.field(25usize, &self.sent_to_addresses);
        w.field(26usize, &self.sent_to_me);
        w.field(27usize, &self.sent_to_or_cc_me);
        w.field(28usize, &self.subject_contains);
        w.field(29usize, &self.within_size_range);
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
rt::impl_object!(MessageRulePredicates);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageRulePredicates { with_body_contains body_contains : ::std::vec::Vec <
    ::std::string::String >; with_body_or_subject_contains body_or_subject_contains :
    ::std::vec::Vec < ::std::string::String >; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_from_addresses from_addresses :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_has_attachments has_attachments :
    bool; with_header_contains header_contains : ::std::vec::Vec < ::std::string::String
    >; with_importance importance : crate ::v1::Importance; with_is_approval_request
    is_approval_request : bool; with_is_automatic_forward is_automatic_forward : bool;
    with_is_automatic_reply is_automatic_reply : bool; with_is_encrypted is_encrypted :
    bool; with_is_meeting_request is_meeting_request : bool; with_is_meeting_response
    is_meeting_response : bool; with_is_non_delivery_report is_non_delivery_report :
    bool; with_is_permission_controlled is_permission_controlled : bool;
    with_is_read_receipt is_read_receipt : bool; with_is_signed is_signed : bool;
    with_is_voicemail is_voicemail : bool; with_message_action_flag message_action_flag :
    crate ::v1::MessageActionFlag; with_not_sent_to_me not_sent_to_me : bool;
    with_recipient_contains recipient_contains : ::std::vec::Vec < ::std::string::String
    >; with_sender_contains sender_contains : ::std::vec::Vec < ::std::string::String >;
    with_sensitivity sensitivity : crate ::v1::Sensitivity; with_sent_cc_me sent_cc_me :
    bool; with_sent_only_to_me sent_only_to_me : bool; with_sent_to_addresses
    sent_to_addresses : ::std::vec::Vec < crate ::v1::AnyRecipient >; with_sent_to_me
    sent_to_me : bool; with_sent_to_or_cc_me sent_to_or_cc_me : bool;
    with_subject_contains subject_contains : ::std::vec::Vec < ::std::string::String >;
    with_within_size_range within_size_range : crate ::v1::SizeRange; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageRulePredicates);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.messageTracingRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MessageTracingRootPath`](requests/trait.MessageTracingRootPath.html), what a path to one (`EntityPath<MessageTracingRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct MessageTracingRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `messageTraces`: `Collection(microsoft.graph.exchangeMessageTrace)`, not nullable.
    pub message_traces: rt::Field<::std::vec::Vec<crate::v1::ExchangeMessageTrace>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for MessageTracingRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            message_traces: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for MessageTracingRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.messageTracingRoot";
    const KEYS: &'static [&'static str] = &["id", "messageTraces"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"messageTraces\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageTracingRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "message_traces", &self.message_traces);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for MessageTracingRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.message_traces.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.message_traces);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(MessageTracingRoot);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    MessageTracingRoot { with_id id : ::std::string::String; with_message_traces
    message_traces : ::std::vec::Vec < crate ::v1::ExchangeMessageTrace >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageTracingRoot);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.metaDataKeyValuePair`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct MetaDataKeyValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for MetaDataKeyValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for MetaDataKeyValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.metaDataKeyValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.metaDataKeyValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for MetaDataKeyValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(MetaDataKeyValuePair);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    MetaDataKeyValuePair { with_key key : ::std::string::String; with_value value :
    rt::RawJson; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(MetaDataKeyValuePair);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.microsoftAccountUserConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MicrosoftAccountUserConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for MicrosoftAccountUserConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for MicrosoftAccountUserConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAccountUserConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftAccountUserConversationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "roles", &self.roles);
        v.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
        v.field(4usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for MicrosoftAccountUserConversationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.user_id);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(MicrosoftAccountUserConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    MicrosoftAccountUserConversationMember { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_roles roles :
    ::std::vec::Vec < ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAccountUserConversationMember);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.microsoftCustomTrainingSetting`, complex type, derived from `microsoft.graph.trainingSetting`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftCustomTrainingSetting {
    /// CSDL: property `settingType`: `microsoft.graph.trainingSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::TrainingSettingType>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `trainingAssignmentMappings`: `Collection(microsoft.graph.microsoftTrainingAssignmentMapping)`, nullable.
    pub training_assignment_mappings: rt::Field<
        ::std::vec::Vec<crate::v1::MicrosoftTrainingAssignmentMapping>,
    >,
    /// CSDL: property `trainingCompletionDuration`: `microsoft.graph.trainingCompletionDuration`, nullable.
    pub training_completion_duration: rt::Field<crate::v1::TrainingCompletionDuration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftCustomTrainingSetting {
    #[inline]
    fn default() -> Self {
        Self {
            setting_type: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            training_assignment_mappings: rt::Field::Absent,
            training_completion_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftCustomTrainingSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftCustomTrainingSetting";
    const KEYS: &'static [&'static str] = &[
        "settingType",
        "completionDateTime",
        "trainingAssignmentMappings",
        "trainingCompletionDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingType\":                  ",
        ",\"completionDateTime\":           ",
        ",\"trainingAssignmentMappings\":   ",
        ",\"trainingCompletionDuration\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftCustomTrainingSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_type", &self.setting_type);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(
            2usize,
            "training_assignment_mappings",
            &self.training_assignment_mappings,
        );
        v.field(
            3usize,
            "training_completion_duration",
            &self.training_completion_duration,
        );
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftCustomTrainingSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_type.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.training_assignment_mappings.read_from(r),
            3usize => self.training_completion_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_type);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.training_assignment_mappings);
        w.field(3usize, &self.training_completion_duration);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(MicrosoftCustomTrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftCustomTrainingSetting { with_setting_type setting_type : crate
    ::v1::TrainingSettingType; with_completion_date_time completion_date_time :
    rt::edm::DateTimeOffset; with_training_assignment_mappings
    training_assignment_mappings : ::std::vec::Vec < crate
    ::v1::MicrosoftTrainingAssignmentMapping >; with_training_completion_duration
    training_completion_duration : crate ::v1::TrainingCompletionDuration; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftCustomTrainingSetting);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// The enum to specify the channels for Microsoft Edge apps.
///
/// CSDL: `microsoft.graph.microsoftEdgeChannel`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftEdgeChannel {
    /// The Dev Channel is intended to help you plan and develop with the latest capabilities of Microsoft Edge.
    ///
    /// `dev` (value 0).
    Dev,
    /// The Beta Channel is intended for production deployment to a representative sample set of users. New features ship about every 4 weeks. Security and quality updates ship as needed.
    ///
    /// `beta` (value 1).
    Beta,
    /// The Stable Channel is intended for broad deployment within organizations, and it's the channel that most users should be on. New features ship about every 4 weeks. Security and quality updates ship as needed.
    ///
    /// `stable` (value 2).
    Stable,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for MicrosoftEdgeChannel {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftEdgeChannel";
    const MEMBERS: &'static [&'static str] = &[
        "dev",
        "beta",
        "stable",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "dev" => Self::Dev,
                "beta" => Self::Beta,
                "stable" => Self::Stable,
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
            Self::Dev => "dev",
            Self::Beta => "beta",
            Self::Stable => "stable",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(MicrosoftEdgeChannel);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftEdgeChannel);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.microsoftManagedDesktop`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MicrosoftManagedDesktop {
    /// CSDL: property `managedType`: `microsoft.graph.microsoftManagedDesktopType`, nullable.
    pub managed_type: rt::Field<crate::v1::MicrosoftManagedDesktopType>,
    /// CSDL: property `profile`: `Edm.String`, nullable.
    pub profile: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MicrosoftManagedDesktop {
    #[inline]
    fn default() -> Self {
        Self {
            managed_type: rt::Field::Absent,
            profile: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MicrosoftManagedDesktop {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftManagedDesktop";
    const KEYS: &'static [&'static str] = &["managedType", "profile"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"managedType\":                  ",
        ",\"profile\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftManagedDesktop\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "managed_type", &self.managed_type);
        v.field(1usize, "profile", &self.profile);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MicrosoftManagedDesktop {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.managed_type.read_from(r),
            1usize => self.profile.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.managed_type);
        w.field(1usize, &self.profile);
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
rt::impl_object!(MicrosoftManagedDesktop);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MicrosoftManagedDesktop { with_managed_type managed_type : crate
    ::v1::MicrosoftManagedDesktopType; with_profile profile : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftManagedDesktop);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.microsoftManagedDesktopType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftManagedDesktopType {
    /// `notManaged` (value 0).
    NotManaged,
    /// `premiumManaged` (value 1).
    PremiumManaged,
    /// `standardManaged` (value 2).
    StandardManaged,
    /// `starterManaged` (value 3).
    StarterManaged,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for MicrosoftManagedDesktopType {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftManagedDesktopType";
    const MEMBERS: &'static [&'static str] = &[
        "notManaged",
        "premiumManaged",
        "standardManaged",
        "starterManaged",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notManaged" => Self::NotManaged,
                "premiumManaged" => Self::PremiumManaged,
                "standardManaged" => Self::StandardManaged,
                "starterManaged" => Self::StarterManaged,
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
            Self::NotManaged => "notManaged",
            Self::PremiumManaged => "premiumManaged",
            Self::StandardManaged => "standardManaged",
            Self::StarterManaged => "starterManaged",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(MicrosoftManagedDesktopType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftManagedDesktopType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.microsoftManagedTrainingSetting`, complex type, derived from `microsoft.graph.trainingSetting`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftManagedTrainingSetting {
    /// CSDL: property `settingType`: `microsoft.graph.trainingSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::TrainingSettingType>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `trainingCompletionDuration`: `microsoft.graph.trainingCompletionDuration`, nullable.
    pub training_completion_duration: rt::Field<crate::v1::TrainingCompletionDuration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftManagedTrainingSetting {
    #[inline]
    fn default() -> Self {
        Self {
            setting_type: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            training_completion_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftManagedTrainingSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftManagedTrainingSetting";
    const KEYS: &'static [&'static str] = &[
        "settingType",
        "completionDateTime",
        "trainingCompletionDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingType\":                  ",
        ",\"completionDateTime\":           ",
        ",\"trainingCompletionDuration\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftManagedTrainingSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_type", &self.setting_type);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(
            2usize,
            "training_completion_duration",
            &self.training_completion_duration,
        );
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftManagedTrainingSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_type.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.training_completion_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_type);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.training_completion_duration);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(MicrosoftManagedTrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftManagedTrainingSetting { with_setting_type setting_type : crate
    ::v1::TrainingSettingType; with_completion_date_time completion_date_time :
    rt::edm::DateTimeOffset; with_training_completion_duration
    training_completion_duration : crate ::v1::TrainingCompletionDuration; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftManagedTrainingSetting);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Microsoft Store for Business Apps. This class does not support Create, Delete, or Update.
///
/// CSDL: `microsoft.graph.microsoftStoreForBusinessApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<MicrosoftStoreForBusinessApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MicrosoftStoreForBusinessApp {
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
    /// The app license type
    ///
    /// CSDL: property `licenseType`: `microsoft.graph.microsoftStoreForBusinessLicenseType`, not nullable.
    pub license_type: rt::Field<crate::v1::MicrosoftStoreForBusinessLicenseType>,
    /// The app package identifier
    ///
    /// CSDL: property `packageIdentityName`: `Edm.String`, nullable.
    pub package_identity_name: rt::Field<::std::string::String>,
    /// The app product key
    ///
    /// CSDL: property `productKey`: `Edm.String`, nullable.
    pub product_key: rt::Field<::std::string::String>,
    /// The total number of Microsoft Store for Business licenses.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// The number of Microsoft Store for Business licenses in use.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MicrosoftStoreForBusinessApp {
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
            license_type: rt::Field::Absent,
            package_identity_name: rt::Field::Absent,
            product_key: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MicrosoftStoreForBusinessApp {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
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
        "licenseType",
        "packageIdentityName",
        "productKey",
        "totalLicenseCount",
        "usedLicenseCount",
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
        ",\"licenseType\":                  ",
        ",\"packageIdentityName\":          ",
        ",\"productKey\":                   ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftStoreForBusinessApp\"";
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
        v.field(16usize, "license_type", &self.license_type);
        v.field(17usize, "package_identity_name", &self.package_identity_name);
        v.field(18usize, "product_key", &self.product_key);
        v.field(19usize, "total_license_count", &self.total_license_count);
        v.field(20usize, "used_license_count", &self.used_license_count);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MicrosoftStoreForBusinessApp {
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
            16usize => self.license_type.read_from(r),
            17usize => self.package_identity_name.read_from(r),
            18usize => self.product_key.read_from(r),
            19usize => self.total_license_count.read_from(r),
            20usize => self.used_license_count.read_from(r),
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
        w.field(16usize, &self.license_type);
        w.field(17usize, &self.package_identity_name);
        w.field(18usize, &self.product_key);
        w.field(19usize, &self.total_license_count);
        w.field(20usize, &self.used_license_count);
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
rt::impl_object!(MicrosoftStoreForBusinessApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MicrosoftStoreForBusinessApp { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_developer developer :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_information_url information_url : ::std::string::String; with_is_featured
    is_featured : bool; with_large_icon large_icon : crate ::v1::MimeContent;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_notes notes : ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_license_type license_type :
    crate ::v1::MicrosoftStoreForBusinessLicenseType; with_package_identity_name
    package_identity_name : ::std::string::String; with_product_key product_key :
    ::std::string::String; with_total_license_count total_license_count : i32;
    with_used_license_count used_license_count : i32; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStoreForBusinessApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to assign an Microsoft Store for Business mobile app to a group.
///
/// CSDL: `microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MicrosoftStoreForBusinessAppAssignmentSettings {
    /// Whether or not to use device execution context for Microsoft Store for Business mobile app.
    ///
    /// CSDL: property `useDeviceContext`: `Edm.Boolean`, not nullable.
    pub use_device_context: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MicrosoftStoreForBusinessAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            use_device_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MicrosoftStoreForBusinessAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["useDeviceContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"useDeviceContext\":             "];
    const TAG: &'static str = "\"#microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "use_device_context", &self.use_device_context);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MicrosoftStoreForBusinessAppAssignmentSettings {
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
rt::impl_object!(MicrosoftStoreForBusinessAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MicrosoftStoreForBusinessAppAssignmentSettings { with_use_device_context
    use_device_context : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStoreForBusinessAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// CSDL: `microsoft.graph.microsoftStoreForBusinessLicenseType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftStoreForBusinessLicenseType {
    /// `offline` (value 0).
    Offline,
    /// `online` (value 1).
    Online,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for MicrosoftStoreForBusinessLicenseType {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftStoreForBusinessLicenseType";
    const MEMBERS: &'static [&'static str] = &["offline", "online"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "offline" => Self::Offline,
                "online" => Self::Online,
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
            Self::Offline => "offline",
            Self::Online => "online",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(MicrosoftStoreForBusinessLicenseType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStoreForBusinessLicenseType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.microsoftTrainingAssignmentMapping`, complex type, derived from `microsoft.graph.trainingSetting`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTrainingAssignmentMapping {
    /// CSDL: property `settingType`: `microsoft.graph.trainingSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::TrainingSettingType>,
    /// CSDL: property `assignedTo`: `Collection(microsoft.graph.trainingAssignedTo)`, nullable.
    pub assigned_to: rt::Field<::std::vec::Vec<crate::v1::TrainingAssignedTo>>,
    /// CSDL: navigation property `training`: `microsoft.graph.training`, nullable.
    pub training: rt::Field<crate::v1::Training>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTrainingAssignmentMapping {
    #[inline]
    fn default() -> Self {
        Self {
            setting_type: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            training: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTrainingAssignmentMapping {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftTrainingAssignmentMapping";
    const KEYS: &'static [&'static str] = &["settingType", "assignedTo", "training"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingType\":                  ",
        ",\"assignedTo\":                   ",
        ",\"training\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftTrainingAssignmentMapping\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_type", &self.setting_type);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "training", &self.training);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTrainingAssignmentMapping {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_type.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.training.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_type);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.training);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(MicrosoftTrainingAssignmentMapping);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTrainingAssignmentMapping { with_setting_type setting_type : crate
    ::v1::TrainingSettingType; with_assigned_to assigned_to : ::std::vec::Vec < crate
    ::v1::TrainingAssignedTo >; with_training training : crate ::v1::Training; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTrainingAssignmentMapping);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.migrationMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MigrationMode {
    /// `inProgress` (value 0).
    InProgress,
    /// `completed` (value 1).
    Completed,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for MigrationMode {
    const TYPE_NAME: &'static str = "microsoft.graph.migrationMode";
    const MEMBERS: &'static [&'static str] = &[
        "inProgress",
        "completed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
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
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(MigrationMode);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MigrationMode);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.migrationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MigrationStatus {
    /// `ready` (value 0).
    Ready,
    /// `needsReview` (value 1).
    NeedsReview,
    /// `additionalStepsRequired` (value 2).
    AdditionalStepsRequired,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::StrEnum for MigrationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.migrationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "ready",
        "needsReview",
        "additionalStepsRequired",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ready" => Self::Ready,
                "needsReview" => Self::NeedsReview,
                "additionalStepsRequired" => Self::AdditionalStepsRequired,
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
            Self::Ready => "ready",
            Self::NeedsReview => "needsReview",
            Self::AdditionalStepsRequired => "additionalStepsRequired",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_enum!(MigrationStatus);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MigrationStatus);
#[cfg(msgraph_v1_device_app_management_or_device_management_or_search)]
/// Contains properties for a generic mime content.
///
/// CSDL: `microsoft.graph.mimeContent`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MimeContent {
    /// Indicates the content mime type.
    ///
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// The byte array that contains the actual content.
    ///
    /// CSDL: property `value`: `Edm.Binary`, nullable.
    pub value: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_device_management_or_search)]
impl ::std::default::Default for MimeContent {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_device_management_or_search)]
impl rt::Object for MimeContent {
    const TYPE_NAME: &'static str = "microsoft.graph.mimeContent";
    const KEYS: &'static [&'static str] = &["type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mimeContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_app_management_or_device_management_or_search)]
impl rt::object::Members for MimeContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
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
#[cfg(msgraph_v1_device_app_management_or_device_management_or_search)]
rt::impl_object!(MimeContent);
#[cfg(msgraph_v1_device_app_management_or_device_management_or_search)]
rt::impl_setters!(
    MimeContent { with_type type_ : ::std::string::String; with_value value :
    rt::edm::Binary; }
);
#[cfg(msgraph_v1_device_app_management_or_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MimeContent);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for Miracast channel.
///
/// CSDL: `microsoft.graph.miracastChannel`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MiracastChannel {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// One.
    ///
    /// `one` (value 1).
    One,
    /// Two.
    ///
    /// `two` (value 2).
    Two,
    /// Three.
    ///
    /// `three` (value 3).
    Three,
    /// Four.
    ///
    /// `four` (value 4).
    Four,
    /// Five.
    ///
    /// `five` (value 5).
    Five,
    /// Six.
    ///
    /// `six` (value 6).
    Six,
    /// Seven.
    ///
    /// `seven` (value 7).
    Seven,
    /// Eight.
    ///
    /// `eight` (value 8).
    Eight,
    /// Nine.
    ///
    /// `nine` (value 9).
    Nine,
    /// Ten.
    ///
    /// `ten` (value 10).
    Ten,
    /// Eleven.
    ///
    /// `eleven` (value 11).
    Eleven,
    /// Thirty-Six.
    ///
    /// `thirtySix` (value 36).
    ThirtySix,
    /// Forty.
    ///
    /// `forty` (value 40).
    Forty,
    /// Forty-Four.
    ///
    /// `fortyFour` (value 44).
    FortyFour,
    /// Forty-Eight.
    ///
    /// `fortyEight` (value 48).
    FortyEight,
    /// OneHundredForty-Nine.
    ///
    /// `oneHundredFortyNine` (value 149).
    OneHundredFortyNine,
    /// OneHundredFifty-Three.
    ///
    /// `oneHundredFiftyThree` (value 153).
    OneHundredFiftyThree,
    /// OneHundredFifty-Seven.
    ///
    /// `oneHundredFiftySeven` (value 157).
    OneHundredFiftySeven,
    /// OneHundredSixty-One.
    ///
    /// `oneHundredSixtyOne` (value 161).
    OneHundredSixtyOne,
    /// OneHundredSixty-Five.
    ///
    /// `oneHundredSixtyFive` (value 165).
    OneHundredSixtyFive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for MiracastChannel {
    const TYPE_NAME: &'static str = "microsoft.graph.miracastChannel";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "thirtySix",
        "forty",
        "fortyFour",
        "fortyEight",
        "oneHundredFortyNine",
        "oneHundredFiftyThree",
        "oneHundredFiftySeven",
        "oneHundredSixtyOne",
        "oneHundredSixtyFive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "one" => Self::One,
                "two" => Self::Two,
                "three" => Self::Three,
                "four" => Self::Four,
                "five" => Self::Five,
                "six" => Self::Six,
                "seven" => Self::Seven,
                "eight" => Self::Eight,
                "nine" => Self::Nine,
                "ten" => Self::Ten,
                "eleven" => Self::Eleven,
                "thirtySix" => Self::ThirtySix,
                "forty" => Self::Forty,
                "fortyFour" => Self::FortyFour,
                "fortyEight" => Self::FortyEight,
                "oneHundredFortyNine" => Self::OneHundredFortyNine,
                "oneHundredFiftyThree" => Self::OneHundredFiftyThree,
                "oneHundredFiftySeven" => Self::OneHundredFiftySeven,
                "oneHundredSixtyOne" => Self::OneHundredSixtyOne,
                "oneHundredSixtyFive" => Self::OneHundredSixtyFive,
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
            Self::One => "one",
            Self::Two => "two",
            Self::Three => "three",
            Self::Four => "four",
            Self::Five => "five",
            Self::Six => "six",
            Self::Seven => "seven",
            Self::Eight => "eight",
            Self::Nine => "nine",
            Self::Ten => "ten",
            Self::Eleven => "eleven",
            Self::ThirtySix => "thirtySix",
            Self::Forty => "forty",
            Self::FortyFour => "fortyFour",
            Self::FortyEight => "fortyEight",
            Self::OneHundredFortyNine => "oneHundredFortyNine",
            Self::OneHundredFiftyThree => "oneHundredFiftyThree",
            Self::OneHundredFiftySeven => "oneHundredFiftySeven",
            Self::OneHundredSixtyOne => "oneHundredSixtyOne",
            Self::OneHundredSixtyFive => "oneHundredSixtyFive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(MiracastChannel);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MiracastChannel);
