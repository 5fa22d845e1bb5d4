//! Types of `microsoft.graph` by the first letters of their names (`md_mi`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.mdmAppConfigKeyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
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
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MdmAppConfigKeyType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdmAppConfigKeyType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mdmAuthority`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MdmAuthority {
    /// `unknown` (value 0).
    Unknown,
    /// `intune` (value 1).
    Intune,
    /// `sccm` (value 2).
    Sccm,
    /// `office365` (value 3).
    Office365,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(MdmAuthority);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdmAuthority);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mdmSupportedState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MdmSupportedState {
    /// `unknown` (value 0).
    Unknown,
    /// `supported` (value 1).
    Supported,
    /// `unsupported` (value 2).
    Unsupported,
    /// `deprecated` (value 3).
    Deprecated,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MdmSupportedState {
    const TYPE_NAME: &'static str = "microsoft.graph.mdmSupportedState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "supported",
        "unsupported",
        "deprecated",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "supported" => Self::Supported,
                "unsupported" => Self::Unsupported,
                "deprecated" => Self::Deprecated,
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
            Self::Supported => "supported",
            Self::Unsupported => "unsupported",
            Self::Deprecated => "deprecated",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MdmSupportedState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdmSupportedState);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Policy for Windows information protection with MDM
///
/// CSDL: `microsoft.graph.mdmWindowsInformationProtectionPolicy`, entity type, derived from `microsoft.graph.windowsInformationProtection`, key `id`.
///
/// Request builders: [`WindowsInformationProtectionPath`](requests/trait.WindowsInformationProtectionPath.html), what a path to one (`EntityPath<MdmWindowsInformationProtectionPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
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
        crate::beta::WindowsInformationProtectionDataRecoveryCertificate,
    >,
    /// WIP enforcement level.See the Enum definition for supported values
    ///
    /// CSDL: property `enforcementLevel`: `microsoft.graph.windowsInformationProtectionEnforcementLevel`, not nullable.
    pub enforcement_level: rt::Field<
        crate::beta::WindowsInformationProtectionEnforcementLevel,
    >,
    /// Primary enterprise domain
    ///
    /// CSDL: property `enterpriseDomain`: `Edm.String`, nullable.
    pub enterprise_domain: rt::Field<::std::string::String>,
    /// This is the comma-separated list of internal proxy servers. For example, "157.54.14.28, 157.54.11.118, 10.202.14.167, 157.53.14.163, 157.69.210.59". These proxies have been configured by the admin to connect to specific resources on the Internet. They are considered to be enterprise network locations. The proxies are only leveraged in configuring the EnterpriseProxiedDomains policy to force traffic to the matched domains through these proxies
    ///
    /// CSDL: property `enterpriseInternalProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_internal_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Sets the enterprise IP ranges that define the computers in the enterprise network. Data that comes from those computers will be considered part of the enterprise and protected. These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseIPRanges`: `Collection(microsoft.graph.windowsInformationProtectionIPRangeCollection)`, nullable.
    pub enterprise_ip_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionIpRangeCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list and not to use heuristics to attempt to find other subnets. Default is false
    ///
    /// CSDL: property `enterpriseIPRangesAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_ip_ranges_are_authoritative: rt::Field<bool>,
    /// This is the list of domains that comprise the boundaries of the enterprise. Data from one of these domains that is sent to a device will be considered enterprise data and protected These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseNetworkDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_network_domain_names: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// List of enterprise domains to be protected
    ///
    /// CSDL: property `enterpriseProtectedDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_protected_domain_names: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Contains a list of Enterprise resource domains hosted in the cloud that need to be protected. Connections to these resources are considered enterprise data. If a proxy is paired with a cloud resource, traffic to the cloud resource will be routed through the enterprise network via the denoted proxy server (on Port 80). A proxy server used for this purpose must also be configured using the EnterpriseInternalProxyServers policy
    ///
    /// CSDL: property `enterpriseProxiedDomains`: `Collection(microsoft.graph.windowsInformationProtectionProxiedDomainCollection)`, nullable.
    pub enterprise_proxied_domains: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionProxiedDomainCollection>,
    >,
    /// This is a list of proxy servers. Any server not on this list is considered non-enterprise
    ///
    /// CSDL: property `enterpriseProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list of proxies and not try to detect other work proxies. Default is false
    ///
    /// CSDL: property `enterpriseProxyServersAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_proxy_servers_are_authoritative: rt::Field<bool>,
    /// Exempt applications can also access enterprise data, but the data handled by those applications are not protected. This is because some critical enterprise applications may have compatibility problems with encrypted data.
    ///
    /// CSDL: property `exemptApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub exempt_apps: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>,
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
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Protected applications can access enterprise data and the data handled by those applications are protected with encryption
    ///
    /// CSDL: property `protectedApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub protected_apps: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>,
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
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Navigation property to list of security groups targeted for policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Another way to input exempt apps through xml files
    ///
    /// CSDL: containment navigation property `exemptAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub exempt_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Another way to input protected apps through xml files
    ///
    /// CSDL: containment navigation property `protectedAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub protected_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for MdmWindowsInformationProtectionPolicy {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for MdmWindowsInformationProtectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
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
        ",\"roleScopeTagIds\":              ",
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
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(
            7usize,
            "azure_rights_management_services_allowed",
            &self.azure_rights_management_services_allowed,
        );
        v.field(8usize, "data_recovery_certificate", &self.data_recovery_certificate);
        v.field(9usize, "enforcement_level", &self.enforcement_level);
        v.field(10usize, "enterprise_domain", &self.enterprise_domain);
        v.field(
            11usize,
            "enterprise_internal_proxy_servers",
            &self.enterprise_internal_proxy_servers,
        );
        v.field(12usize, "enterprise_ip_ranges", &self.enterprise_ip_ranges);
        v.field(
            13usize,
            "enterprise_ip_ranges_are_authoritative",
            &self.enterprise_ip_ranges_are_authoritative,
        );
        v.field(
            14usize,
            "enterprise_network_domain_names",
            &self.enterprise_network_domain_names,
        );
        v.field(
            15usize,
            "enterprise_protected_domain_names",
            &self.enterprise_protected_domain_names,
        );
        v.field(16usize, "enterprise_proxied_domains", &self.enterprise_proxied_domains);
        v.field(17usize, "enterprise_proxy_servers", &self.enterprise_proxy_servers);
        v.field(
            18usize,
            "enterprise_proxy_servers_are_authoritative",
            &self.enterprise_proxy_servers_are_authoritative,
        );
        v.field(19usize, "exempt_apps", &self.exempt_apps);
        v.field(20usize, "icons_visible", &self.icons_visible);
        v.field(
            21usize,
            "indexing_encrypted_stores_or_items_blocked",
            &self.indexing_encrypted_stores_or_items_blocked,
        );
        v.field(22usize, "is_assigned", &self.is_assigned);
        v.field(23usize, "neutral_domain_resources", &self.neutral_domain_resources);
        v.field(24usize, "protected_apps", &self.protected_apps);
        v.field(
            25usize,
            "protection_under_lock_config_required",
            &self.protection_under_lock_config_required,
        );
        v.field(
            26usize,
            "revoke_on_unenroll_disabled",
            &self.revoke_on_unenroll_disabled,
        );
        v.field(
            27usize,
            "rights_management_services_template_id",
            &self.rights_management_services_template_id,
        );
        v.field(
            28usize,
            "smb_auto_encrypted_file_extensions",
            &self.smb_auto_encrypted_file_extensions,
        );
        v.field(29usize, "assignments", &self.assignments);
        v.field(30usize, "exempt_app_locker_files", &self.exempt_app_locker_files);
        v.field(31usize, "protected_app_locker_files", &self.protected_app_locker_files);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for MdmWindowsInformationProtectionPolicy {
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
            7usize => self.azure_rights_management_services_allowed.read_from(r),
            8usize => self.data_recovery_certificate.read_from(r),
            9usize => self.enforcement_level.read_from(r),
            10usize => self.enterprise_domain.read_from(r),
            11usize => self.enterprise_internal_proxy_servers.read_from(r),
            12usize => self.enterprise_ip_ranges.read_from(r),
            13usize => self.enterprise_ip_ranges_are_authoritative.read_from(r),
            14usize => self.enterprise_network_domain_names.read_from(r),
            15usize => self.enterprise_protected_domain_names.read_from(r),
            16usize => self.enterprise_proxied_domains.read_from(r),
            17usize => self.enterprise_proxy_servers.read_from(r),
            18usize => self.enterprise_proxy_servers_are_authoritative.read_from(r),
            19usize => self.exempt_apps.read_from(r),
            20usize => self.icons_visible.read_from(r),
            21usize => self.indexing_encrypted_stores_or_items_blocked.read_from(r),
            22usize => self.is_assigned.read_from(r),
            23usize => self.neutral_domain_resources.read_from(r),
            24usize => self.protected_apps.read_from(r),
            25usize => self.protection_under_lock_config_required.read_from(r),
            26usize => self.revoke_on_unenroll_disabled.read_from(r),
            27usize => self.rights_management_services_template_id.read_from(r),
            28usize => self.smb_auto_encrypted_file_extensions.read_from(r),
            29usize => self.assignments.read_from(r),
            30usize => self.exempt_app_locker_files.read_from(r),
            31usize => self.protected_app_locker_files.read_from(r),
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
        w.field(7usize, &self.azure_rights_management_services_allowed);
        w.field(8usize, &self.data_recovery_certificate);
        w.field(9usize, &self.enforcement_level);
        w.field(10usize, &self.enterprise_domain);
        w.field(11usize, &self.enterprise_internal_proxy_servers);
        w.field(12usize, &self.enterprise_ip_ranges);
        w.field(13usize, &self.enterprise_ip_ranges_are_authoritative);
        w.field(14usize, &self.enterprise_network_domain_names);
        w.field(15usize, &self.enterprise_protected_domain_names);
        w.field(16usize, &self.enterprise_proxied_domains);
        w.field(17usize, &self.enterprise_proxy_servers);
        w.field(18usize, &self.enterprise_proxy_servers_are_authoritative);
        w.field(19usize, &self.exempt_apps);
        w.field(20usize, &self.icons_visible);
        w.field(21usize, &self.indexing_encrypted_stores_or_items_blocked);
        w.field(22usize, &self.is_assigned);
        w.field(23usize, &self.neutral_domain_resources);
        w.field(24usize, &self.protected_apps);
        w.field(25usize, &self.protection_under_lock_config_required);
        w.field(26usize, &self.revoke_on_unenroll_disabled);
        w.field(27usize, &self.rights_management_services_template_id);
        w.field(28usize, &self.smb_auto_encrypted_file_extensions);
        w.field(29usize, &self.assignments);
        w.field(30usize, &self.exempt_app_locker_files);
        w.field(31usize, &self.protected_app_locker_files);
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
rt::impl_object!(MdmWindowsInformationProtectionPolicy);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    MdmWindowsInformationProtectionPolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : ::std::string::String;
    with_azure_rights_management_services_allowed
    azure_rights_management_services_allowed : bool; with_data_recovery_certificate
    data_recovery_certificate : crate
    ::beta::WindowsInformationProtectionDataRecoveryCertificate; with_enforcement_level
    enforcement_level : crate ::beta::WindowsInformationProtectionEnforcementLevel;
    with_enterprise_domain enterprise_domain : ::std::string::String;
    with_enterprise_internal_proxy_servers enterprise_internal_proxy_servers :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_ip_ranges enterprise_ip_ranges : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionIpRangeCollection >;
    with_enterprise_ip_ranges_are_authoritative enterprise_ip_ranges_are_authoritative :
    bool; with_enterprise_network_domain_names enterprise_network_domain_names :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_protected_domain_names enterprise_protected_domain_names :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxied_domains enterprise_proxied_domains : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionProxiedDomainCollection >;
    with_enterprise_proxy_servers enterprise_proxy_servers : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxy_servers_are_authoritative
    enterprise_proxy_servers_are_authoritative : bool; with_exempt_apps exempt_apps :
    ::std::vec::Vec < crate ::beta::AnyWindowsInformationProtectionApp >;
    with_icons_visible icons_visible : bool;
    with_indexing_encrypted_stores_or_items_blocked
    indexing_encrypted_stores_or_items_blocked : bool; with_is_assigned is_assigned :
    bool; with_neutral_domain_resources neutral_domain_resources : ::std::vec::Vec <
    crate ::beta::WindowsInformationProtectionResourceCollection >; with_protected_apps
    protected_apps : ::std::vec::Vec < crate ::beta::AnyWindowsInformationProtectionApp
    >; with_protection_under_lock_config_required protection_under_lock_config_required :
    bool; with_revoke_on_unenroll_disabled revoke_on_unenroll_disabled : bool;
    with_rights_management_services_template_id rights_management_services_template_id :
    rt::edm::Guid; with_smb_auto_encrypted_file_extensions
    smb_auto_encrypted_file_extensions : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionResourceCollection >; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::TargetedManagedAppPolicyAssignment >;
    with_exempt_app_locker_files exempt_app_locker_files : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionAppLockerFile >; with_protected_app_locker_files
    protected_app_locker_files : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionAppLockerFile >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdmWindowsInformationProtectionPolicy);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for mdm windows information protection policy PolicySetItem.
///
/// CSDL: `microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MdmWindowsInformationProtectionPolicyPolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MdmWindowsInformationProtectionPolicyPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MdmWindowsInformationProtectionPolicyPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MdmWindowsInformationProtectionPolicyPolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MdmWindowsInformationProtectionPolicyPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MdmWindowsInformationProtectionPolicyPolicySetItem { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_error_code error_code : crate ::beta::ErrorCode; with_guided_deployment_tags
    guided_deployment_tags : ::std::vec::Vec < ::std::string::String >; with_item_type
    item_type : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_payload_id payload_id :
    ::std::string::String; with_status status : crate ::beta::PolicySetStatus; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdmWindowsInformationProtectionPolicyPolicySetItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.media`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Media {
    /// CSDL: property `isTranscriptionShown`: `Edm.Boolean`, nullable.
    pub is_transcription_shown: rt::Field<bool>,
    /// CSDL: property `mediaSource`: `microsoft.graph.mediaSource`, nullable.
    pub media_source: rt::Field<crate::beta::MediaSource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Media {
    #[inline]
    fn default() -> Self {
        Self {
            is_transcription_shown: rt::Field::Absent,
            media_source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Media {
    const TYPE_NAME: &'static str = "microsoft.graph.media";
    const KEYS: &'static [&'static str] = &["isTranscriptionShown", "mediaSource"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isTranscriptionShown\":         ",
        ",\"mediaSource\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.media\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_transcription_shown", &self.is_transcription_shown);
        v.field(1usize, "media_source", &self.media_source);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Media {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_transcription_shown.read_from(r),
            1usize => self.media_source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_transcription_shown);
        w.field(1usize, &self.media_source);
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
rt::impl_object!(Media);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Media { with_is_transcription_shown is_transcription_shown : bool; with_media_source
    media_source : crate ::beta::MediaSource; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Media);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingCanada`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingCanada {
    /// Movies rating selected for Canada
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingCanadaMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingCanadaMoviesType>,
    /// TV rating selected for Canada
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingCanadaTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingCanadaTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(MediaContentRatingCanada);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingCanada { with_movie_rating movie_rating : crate
    ::beta::RatingCanadaMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingCanadaTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingCanada);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingGermany`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingGermany {
    /// Movies rating selected for Germany
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingGermanyMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingGermanyMoviesType>,
    /// TV rating selected for Germany
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingGermanyTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingGermanyTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(MediaContentRatingGermany);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingGermany { with_movie_rating movie_rating : crate
    ::beta::RatingGermanyMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingGermanyTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingGermany);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingNewZealand`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingNewZealand {
    /// Movies rating selected for New Zealand
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingNewZealandMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingNewZealandMoviesType>,
    /// TV rating selected for New Zealand
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingNewZealandTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingNewZealandTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(MediaContentRatingNewZealand);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingNewZealand { with_movie_rating movie_rating : crate
    ::beta::RatingNewZealandMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingNewZealandTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingNewZealand);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.mediaContentRatingUnitedKingdom`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MediaContentRatingUnitedKingdom {
    /// Movies rating selected for United Kingdom
    ///
    /// CSDL: property `movieRating`: `microsoft.graph.ratingUnitedKingdomMoviesType`, not nullable.
    pub movie_rating: rt::Field<crate::beta::RatingUnitedKingdomMoviesType>,
    /// TV rating selected for United Kingdom
    ///
    /// CSDL: property `tvRating`: `microsoft.graph.ratingUnitedKingdomTelevisionType`, not nullable.
    pub tv_rating: rt::Field<crate::beta::RatingUnitedKingdomTelevisionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(MediaContentRatingUnitedKingdom);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MediaContentRatingUnitedKingdom { with_movie_rating movie_rating : crate
    ::beta::RatingUnitedKingdomMoviesType; with_tv_rating tv_rating : crate
    ::beta::RatingUnitedKingdomTelevisionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaContentRatingUnitedKingdom);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.mediaPrompt`, complex type, derived from `microsoft.graph.prompt`.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct MediaPrompt {
    /// CSDL: property `loop`: `Edm.Int32`, nullable.
    pub loop_: rt::Field<i32>,
    /// CSDL: property `mediaInfo`: `microsoft.graph.mediaInfo`, not nullable.
    pub media_info: rt::Field<crate::beta::MediaInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for MediaPrompt {
    #[inline]
    fn default() -> Self {
        Self {
            loop_: rt::Field::Absent,
            media_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for MediaPrompt {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaPrompt";
    const KEYS: &'static [&'static str] = &["loop", "mediaInfo"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"loop\":                         ",
        ",\"mediaInfo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaPrompt\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "loop_", &self.loop_);
        v.field(1usize, "media_info", &self.media_info);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for MediaPrompt {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.loop_.read_from(r),
            1usize => self.media_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.loop_);
        w.field(1usize, &self.media_info);
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(MediaPrompt);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    MediaPrompt { with_loop loop_ : i32; with_media_info media_info : crate
    ::beta::MediaInfo; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaPrompt);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.mediaSource`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MediaSource {
    /// CSDL: property `contentCategory`: `microsoft.graph.mediaSourceContentCategory`, nullable.
    pub content_category: rt::Field<crate::beta::MediaSourceContentCategory>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for MediaSource {
    #[inline]
    fn default() -> Self {
        Self {
            content_category: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(MediaSource);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    MediaSource { with_content_category content_category : crate
    ::beta::MediaSourceContentCategory; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaSource);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.mediaSourceContentCategory`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::StrEnum for MediaSourceContentCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaSourceContentCategory";
    const MEMBERS: &'static [&'static str] = &[
        "meeting",
        "liveStream",
        "presentation",
        "screenRecording",
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
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_enum!(MediaSourceContentCategory);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaSourceContentCategory);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.meetingTimeSuggestion`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingTimeSuggestion {
    /// CSDL: property `attendeeAvailability`: `Collection(microsoft.graph.attendeeAvailability)`, nullable.
    pub attendee_availability: rt::Field<
        ::std::vec::Vec<crate::beta::AttendeeAvailability>,
    >,
    /// CSDL: property `confidence`: `Edm.Double`, nullable.
    pub confidence: rt::Field<f64>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.location)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::beta::AnyLocation>>,
    /// CSDL: property `meetingTimeSlot`: `microsoft.graph.timeSlot`, nullable.
    pub meeting_time_slot: rt::Field<crate::beta::TimeSlot>,
    /// CSDL: property `order`: `Edm.Int32`, nullable.
    pub order: rt::Field<i32>,
    /// CSDL: property `organizerAvailability`: `microsoft.graph.freeBusyStatus`, nullable.
    pub organizer_availability: rt::Field<crate::beta::FreeBusyStatus>,
    /// CSDL: property `suggestionReason`: `Edm.String`, nullable.
    pub suggestion_reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MeetingTimeSuggestion {
    #[inline]
    fn default() -> Self {
        Self {
            attendee_availability: rt::Field::Absent,
            confidence: rt::Field::Absent,
            locations: rt::Field::Absent,
            meeting_time_slot: rt::Field::Absent,
            order: rt::Field::Absent,
            organizer_availability: rt::Field::Absent,
            suggestion_reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MeetingTimeSuggestion {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingTimeSuggestion";
    const KEYS: &'static [&'static str] = &[
        "attendeeAvailability",
        "confidence",
        "locations",
        "meetingTimeSlot",
        "order",
        "organizerAvailability",
        "suggestionReason",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendeeAvailability\":         ",
        ",\"confidence\":                   ",
        ",\"locations\":                    ",
        ",\"meetingTimeSlot\":              ",
        ",\"order\":                        ",
        ",\"organizerAvailability\":        ",
        ",\"suggestionReason\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingTimeSuggestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendee_availability", &self.attendee_availability);
        v.field(1usize, "confidence", &self.confidence);
        v.field(2usize, "locations", &self.locations);
        v.field(3usize, "meeting_time_slot", &self.meeting_time_slot);
        v.field(4usize, "order", &self.order);
        v.field(5usize, "organizer_availability", &self.organizer_availability);
        v.field(6usize, "suggestion_reason", &self.suggestion_reason);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MeetingTimeSuggestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendee_availability.read_from(r),
            1usize => self.confidence.read_from(r),
            2usize => self.locations.read_from(r),
            3usize => self.meeting_time_slot.read_from(r),
            4usize => self.order.read_from(r),
            5usize => self.organizer_availability.read_from(r),
            6usize => self.suggestion_reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendee_availability);
        w.field(1usize, &self.confidence);
        w.field(2usize, &self.locations);
        w.field(3usize, &self.meeting_time_slot);
        w.field(4usize, &self.order);
        w.field(5usize, &self.organizer_availability);
        w.field(6usize, &self.suggestion_reason);
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
rt::impl_object!(MeetingTimeSuggestion);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MeetingTimeSuggestion { with_attendee_availability attendee_availability :
    ::std::vec::Vec < crate ::beta::AttendeeAvailability >; with_confidence confidence :
    f64; with_locations locations : ::std::vec::Vec < crate ::beta::AnyLocation >;
    with_meeting_time_slot meeting_time_slot : crate ::beta::TimeSlot; with_order order :
    i32; with_organizer_availability organizer_availability : crate
    ::beta::FreeBusyStatus; with_suggestion_reason suggestion_reason :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingTimeSuggestion);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.meetingTimeSuggestionsResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingTimeSuggestionsResult {
    /// CSDL: property `emptySuggestionsReason`: `Edm.String`, nullable.
    pub empty_suggestions_reason: rt::Field<::std::string::String>,
    /// CSDL: property `meetingTimeSuggestions`: `Collection(microsoft.graph.meetingTimeSuggestion)`, nullable.
    pub meeting_time_suggestions: rt::Field<
        ::std::vec::Vec<crate::beta::MeetingTimeSuggestion>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MeetingTimeSuggestionsResult {
    #[inline]
    fn default() -> Self {
        Self {
            empty_suggestions_reason: rt::Field::Absent,
            meeting_time_suggestions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MeetingTimeSuggestionsResult {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingTimeSuggestionsResult";
    const KEYS: &'static [&'static str] = &[
        "emptySuggestionsReason",
        "meetingTimeSuggestions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"emptySuggestionsReason\":       ",
        ",\"meetingTimeSuggestions\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingTimeSuggestionsResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "empty_suggestions_reason", &self.empty_suggestions_reason);
        v.field(1usize, "meeting_time_suggestions", &self.meeting_time_suggestions);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MeetingTimeSuggestionsResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.empty_suggestions_reason.read_from(r),
            1usize => self.meeting_time_suggestions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.empty_suggestions_reason);
        w.field(1usize, &self.meeting_time_suggestions);
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
rt::impl_object!(MeetingTimeSuggestionsResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MeetingTimeSuggestionsResult { with_empty_suggestions_reason empty_suggestions_reason
    : ::std::string::String; with_meeting_time_suggestions meeting_time_suggestions :
    ::std::vec::Vec < crate ::beta::MeetingTimeSuggestion >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingTimeSuggestionsResult);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.mentionAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MentionAction {
    /// CSDL: property `mentionees`: `Collection(microsoft.graph.identitySet)`, nullable.
    pub mentionees: rt::Field<::std::vec::Vec<crate::beta::IdentitySet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for MentionAction {
    #[inline]
    fn default() -> Self {
        Self {
            mentionees: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(MentionAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    MentionAction { with_mentionees mentionees : ::std::vec::Vec < crate
    ::beta::IdentitySet >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(MentionAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.metadataAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MetadataAction {
    /// CSDL: property `metadataToAdd`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub metadata_to_add: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `metadataToRemove`: `Collection(Edm.String)`, nullable.
    pub metadata_to_remove: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for MetadataAction {
    #[inline]
    fn default() -> Self {
        Self {
            metadata_to_add: rt::Field::Absent,
            metadata_to_remove: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for MetadataAction {
    const TYPE_NAME: &'static str = "microsoft.graph.metadataAction";
    const KEYS: &'static [&'static str] = &["metadataToAdd", "metadataToRemove"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"metadataToAdd\":                ",
        ",\"metadataToRemove\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.metadataAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "metadata_to_add", &self.metadata_to_add);
        v.field(1usize, "metadata_to_remove", &self.metadata_to_remove);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for MetadataAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.metadata_to_add.read_from(r),
            1usize => self.metadata_to_remove.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.metadata_to_add);
        w.field(1usize, &self.metadata_to_remove);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(MetadataAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    MetadataAction { with_metadata_to_add metadata_to_add : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_metadata_to_remove metadata_to_remove : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(MetadataAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.meteredConnectionLimitType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeteredConnectionLimitType {
    /// `unrestricted` (value 0).
    Unrestricted,
    /// `fixed` (value 1).
    Fixed,
    /// `variable` (value 2).
    Variable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MeteredConnectionLimitType {
    const TYPE_NAME: &'static str = "microsoft.graph.meteredConnectionLimitType";
    const MEMBERS: &'static [&'static str] = &["unrestricted", "fixed", "variable"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unrestricted" => Self::Unrestricted,
                "fixed" => Self::Fixed,
                "variable" => Self::Variable,
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
            Self::Unrestricted => "unrestricted",
            Self::Fixed => "fixed",
            Self::Variable => "variable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MeteredConnectionLimitType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeteredConnectionLimitType);
#[cfg(msgraph_beta_any_area)]
/// Metric Time series data point
///
/// CSDL: `microsoft.graph.metricTimeSeriesDataPoint`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct MetricTimeSeriesDataPoint {
    /// Time of the metric time series data point
    ///
    /// CSDL: property `dateTime`: `Edm.DateTimeOffset`, not nullable.
    pub date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Value of the metric time series data point
    ///
    /// CSDL: property `value`: `Edm.Int64`, not nullable.
    pub value: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for MetricTimeSeriesDataPoint {
    #[inline]
    fn default() -> Self {
        Self {
            date_time: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for MetricTimeSeriesDataPoint {
    const TYPE_NAME: &'static str = "microsoft.graph.metricTimeSeriesDataPoint";
    const KEYS: &'static [&'static str] = &["dateTime", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dateTime\":                     ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.metricTimeSeriesDataPoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date_time", &self.date_time);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for MetricTimeSeriesDataPoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date_time.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date_time);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(MetricTimeSeriesDataPoint);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    MetricTimeSeriesDataPoint { with_date_time date_time : rt::edm::DateTimeOffset;
    with_value value : i64; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(MetricTimeSeriesDataPoint);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.microsoftEdgeChannel`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftEdgeChannel {
    /// `dev` (value 0).
    Dev,
    /// `beta` (value 1).
    Beta,
    /// `stable` (value 2).
    Stable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for MicrosoftEdgeChannel {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftEdgeChannel";
    const MEMBERS: &'static [&'static str] = &["dev", "beta", "stable"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "dev" => Self::Dev,
                "beta" => Self::Beta,
                "stable" => Self::Stable,
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MicrosoftEdgeChannel);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftEdgeChannel);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.microsoftLauncherSearchBarPlacement`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftLauncherSearchBarPlacement {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `top` (value 1).
    Top,
    /// `bottom` (value 2).
    Bottom,
    /// `hide` (value 3).
    Hide,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MicrosoftLauncherSearchBarPlacement {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftLauncherSearchBarPlacement";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "top", "bottom", "hide"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "top" => Self::Top,
                "bottom" => Self::Bottom,
                "hide" => Self::Hide,
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
            Self::Top => "top",
            Self::Bottom => "bottom",
            Self::Hide => "hide",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MicrosoftLauncherSearchBarPlacement);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftLauncherSearchBarPlacement);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Microsoft Store for Business Apps. This class does not support Create, Delete, or Update.
///
/// CSDL: `microsoft.graph.microsoftStoreForBusinessApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MicrosoftStoreForBusinessAppPath`](requests/trait.MicrosoftStoreForBusinessAppPath.html), what a path to one (`EntityPath<MicrosoftStoreForBusinessApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftStoreForBusinessApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
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
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
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
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The app license type
    ///
    /// CSDL: property `licenseType`: `microsoft.graph.microsoftStoreForBusinessLicenseType`, not nullable.
    pub license_type: rt::Field<crate::beta::MicrosoftStoreForBusinessLicenseType>,
    /// The supported License Type.
    ///
    /// CSDL: property `licensingType`: `microsoft.graph.vppLicensingType`, nullable.
    pub licensing_type: rt::Field<crate::beta::VppLicensingType>,
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
    /// The collection of contained apps in a mobileApp acting as a package.
    ///
    /// CSDL: containment navigation property `containedApps`: `Collection(microsoft.graph.mobileContainedApp)`, not nullable.
    pub contained_apps: rt::Field<::std::vec::Vec<crate::beta::AnyMobileContainedApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MicrosoftStoreForBusinessApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            license_type: rt::Field::Absent,
            licensing_type: rt::Field::Absent,
            package_identity_name: rt::Field::Absent,
            product_key: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            contained_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MicrosoftStoreForBusinessApp {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "licenseType",
        "licensingType",
        "packageIdentityName",
        "productKey",
        "totalLicenseCount",
        "usedLicenseCount",
        "containedApps",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"licenseType\":                  ",
        ",\"licensingType\":                ",
        ",\"packageIdentityName\":          ",
        ",\"productKey\":                   ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
        ",\"containedApps\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftStoreForBusinessApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "license_type", &self.license_type);
        v.field(27usize, "licensing_type", &self.licensing_type);
        v.field(28usize, "package_identity_name", &self.package_identity_name);
        v.field(29usize, "product_key", &self.product_key);
        v.field(30usize, "total_license_count", &self.total_license_count);
        v.field(31usize, "used_license_count", &self.used_license_count);
        v.field(32usize, "contained_apps", &self.contained_apps);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MicrosoftStoreForBusinessApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.license_type.read_from(r),
            27usize => self.licensing_type.read_from(r),
            28usize => self.package_identity_name.read_from(r),
            29usize => self.product_key.read_from(r),
            30usize => self.total_license_count.read_from(r),
            31usize => self.used_license_count.read_from(r),
            32usize => self.contained_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.license_type);
        w.field(27usize, &self.licensing_type);
        w.field(28usize, &self.package_identity_name);
        w.field(29usize, &self.product_key);
        w.field(30usize, &self.total_license_count);
        w.field(31usize, &self.used_license_count);
        w.field(32usize, &self.contained_apps);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MicrosoftStoreForBusinessApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MicrosoftStoreForBusinessApp { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_dependent_app_count dependent_app_count : i32; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_assigned is_assigned : bool;
    with_is_featured is_featured : bool; with_large_icon large_icon : crate
    ::beta::MimeContent; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_notes notes : ::std::string::String; with_owner owner :
    ::std::string::String; with_privacy_information_url privacy_information_url :
    ::std::string::String; with_publisher publisher : ::std::string::String;
    with_publishing_state publishing_state : crate ::beta::MobileAppPublishingState;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_license_type
    license_type : crate ::beta::MicrosoftStoreForBusinessLicenseType;
    with_licensing_type licensing_type : crate ::beta::VppLicensingType;
    with_package_identity_name package_identity_name : ::std::string::String;
    with_product_key product_key : ::std::string::String; with_total_license_count
    total_license_count : i32; with_used_license_count used_license_count : i32;
    with_contained_apps contained_apps : ::std::vec::Vec < crate
    ::beta::AnyMobileContainedApp >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStoreForBusinessApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an Microsoft Store for Business mobile app to a group.
///
/// CSDL: `microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftStoreForBusinessAppAssignmentSettings {
    /// Whether or not to use device execution context for Microsoft Store for Business mobile app.
    ///
    /// CSDL: property `useDeviceContext`: `Edm.Boolean`, not nullable.
    pub use_device_context: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MicrosoftStoreForBusinessAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            use_device_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MicrosoftStoreForBusinessAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MicrosoftStoreForBusinessAppAssignmentSettings { with_use_device_context
    use_device_context : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStoreForBusinessAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class that represents a contained app of a MicrosoftStoreForBusinessApp.
///
/// CSDL: `microsoft.graph.microsoftStoreForBusinessContainedApp`, entity type, derived from `microsoft.graph.mobileContainedApp`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftStoreForBusinessContainedApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app user model ID of the contained app of a MicrosoftStoreForBusinessApp.
    ///
    /// CSDL: property `appUserModelId`: `Edm.String`, nullable.
    pub app_user_model_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MicrosoftStoreForBusinessContainedApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_user_model_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MicrosoftStoreForBusinessContainedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftStoreForBusinessContainedApp";
    const KEYS: &'static [&'static str] = &["id", "appUserModelId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appUserModelId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftStoreForBusinessContainedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_user_model_id", &self.app_user_model_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MicrosoftStoreForBusinessContainedApp {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MicrosoftStoreForBusinessContainedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MicrosoftStoreForBusinessContainedApp { with_id id : ::std::string::String;
    with_app_user_model_id app_user_model_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStoreForBusinessContainedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.microsoftStoreForBusinessLicenseType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftStoreForBusinessLicenseType {
    /// `offline` (value 0).
    Offline,
    /// `online` (value 1).
    Online,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MicrosoftStoreForBusinessLicenseType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStoreForBusinessLicenseType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.microsoftStoreForBusinessPortalSelectionOptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftStoreForBusinessPortalSelectionOptions {
    /// `none` (value 0).
    None,
    /// `companyPortal` (value 1).
    CompanyPortal,
    /// `privateStore` (value 2).
    PrivateStore,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for MicrosoftStoreForBusinessPortalSelectionOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftStoreForBusinessPortalSelectionOptions";
    const MEMBERS: &'static [&'static str] = &["none", "companyPortal", "privateStore"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "companyPortal" => Self::CompanyPortal,
                "privateStore" => Self::PrivateStore,
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
            Self::CompanyPortal => "companyPortal",
            Self::PrivateStore => "privateStore",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MicrosoftStoreForBusinessPortalSelectionOptions);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStoreForBusinessPortalSelectionOptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents the health thresholds of a health metric.
///
/// CSDL: `microsoft.graph.microsoftTunnelHealthThreshold`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftTunnelHealthThreshold {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The default threshold for being healthy
    ///
    /// CSDL: property `defaultHealthyThreshold`: `Edm.Int64`, not nullable.
    pub default_healthy_threshold: rt::Field<i64>,
    /// The default threshold for being unhealthy
    ///
    /// CSDL: property `defaultUnhealthyThreshold`: `Edm.Int64`, not nullable.
    pub default_unhealthy_threshold: rt::Field<i64>,
    /// The threshold for being healthy
    ///
    /// CSDL: property `healthyThreshold`: `Edm.Int64`, not nullable.
    pub healthy_threshold: rt::Field<i64>,
    /// The threshold for being unhealthy
    ///
    /// CSDL: property `unhealthyThreshold`: `Edm.Int64`, not nullable.
    pub unhealthy_threshold: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MicrosoftTunnelHealthThreshold {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            default_healthy_threshold: rt::Field::Absent,
            default_unhealthy_threshold: rt::Field::Absent,
            healthy_threshold: rt::Field::Absent,
            unhealthy_threshold: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MicrosoftTunnelHealthThreshold {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftTunnelHealthThreshold";
    const KEYS: &'static [&'static str] = &[
        "id",
        "defaultHealthyThreshold",
        "defaultUnhealthyThreshold",
        "healthyThreshold",
        "unhealthyThreshold",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"defaultHealthyThreshold\":      ",
        ",\"defaultUnhealthyThreshold\":    ",
        ",\"healthyThreshold\":             ",
        ",\"unhealthyThreshold\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftTunnelHealthThreshold\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "default_healthy_threshold", &self.default_healthy_threshold);
        v.field(
            2usize,
            "default_unhealthy_threshold",
            &self.default_unhealthy_threshold,
        );
        v.field(3usize, "healthy_threshold", &self.healthy_threshold);
        v.field(4usize, "unhealthy_threshold", &self.unhealthy_threshold);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MicrosoftTunnelHealthThreshold {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.default_healthy_threshold.read_from(r),
            2usize => self.default_unhealthy_threshold.read_from(r),
            3usize => self.healthy_threshold.read_from(r),
            4usize => self.unhealthy_threshold.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.default_healthy_threshold);
        w.field(2usize, &self.default_unhealthy_threshold);
        w.field(3usize, &self.healthy_threshold);
        w.field(4usize, &self.unhealthy_threshold);
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
rt::impl_object!(MicrosoftTunnelHealthThreshold);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MicrosoftTunnelHealthThreshold { with_id id : ::std::string::String;
    with_default_healthy_threshold default_healthy_threshold : i64;
    with_default_unhealthy_threshold default_unhealthy_threshold : i64;
    with_healthy_threshold healthy_threshold : i64; with_unhealthy_threshold
    unhealthy_threshold : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelHealthThreshold);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.microsoftTunnelLogCollectionStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftTunnelLogCollectionStatus {
    /// `pending` (value 0).
    Pending,
    /// `completed` (value 1).
    Completed,
    /// `failed` (value 2).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MicrosoftTunnelLogCollectionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftTunnelLogCollectionStatus";
    const MEMBERS: &'static [&'static str] = &["pending", "completed", "failed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
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
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MicrosoftTunnelLogCollectionStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelLogCollectionStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that stores the server log collection status.
///
/// CSDL: `microsoft.graph.microsoftTunnelServerLogCollectionResponse`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MicrosoftTunnelServerLogCollectionResponsePath`](requests/trait.MicrosoftTunnelServerLogCollectionResponsePath.html), what a path to one (`EntityPath<MicrosoftTunnelServerLogCollectionResponse, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftTunnelServerLogCollectionResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The end time of the logs collected
    ///
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The time when the log collection is expired
    ///
    /// CSDL: property `expiryDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The time when the log collection was requested
    ///
    /// CSDL: property `requestDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub request_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// ID of the server the log collection is requested upon
    ///
    /// CSDL: property `serverId`: `Edm.String`, nullable.
    pub server_id: rt::Field<::std::string::String>,
    /// The size of the logs in bytes
    ///
    /// CSDL: property `sizeInBytes`: `Edm.Int64`, not nullable.
    pub size_in_bytes: rt::Field<i64>,
    /// The start time of the logs collected
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The status of log collection
    ///
    /// CSDL: property `status`: `microsoft.graph.microsoftTunnelLogCollectionStatus`, not nullable.
    pub status: rt::Field<crate::beta::MicrosoftTunnelLogCollectionStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MicrosoftTunnelServerLogCollectionResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            expiry_date_time: rt::Field::Absent,
            request_date_time: rt::Field::Absent,
            server_id: rt::Field::Absent,
            size_in_bytes: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MicrosoftTunnelServerLogCollectionResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftTunnelServerLogCollectionResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "expiryDateTime",
        "requestDateTime",
        "serverId",
        "sizeInBytes",
        "startDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endDateTime\":                  ",
        ",\"expiryDateTime\":               ",
        ",\"requestDateTime\":              ",
        ",\"serverId\":                     ",
        ",\"sizeInBytes\":                  ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftTunnelServerLogCollectionResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "expiry_date_time", &self.expiry_date_time);
        v.field(3usize, "request_date_time", &self.request_date_time);
        v.field(4usize, "server_id", &self.server_id);
        v.field(5usize, "size_in_bytes", &self.size_in_bytes);
        v.field(6usize, "start_date_time", &self.start_date_time);
        v.field(7usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MicrosoftTunnelServerLogCollectionResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.expiry_date_time.read_from(r),
            3usize => self.request_date_time.read_from(r),
            4usize => self.server_id.read_from(r),
            5usize => self.size_in_bytes.read_from(r),
            6usize => self.start_date_time.read_from(r),
            7usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.expiry_date_time);
        w.field(3usize, &self.request_date_time);
        w.field(4usize, &self.server_id);
        w.field(5usize, &self.size_in_bytes);
        w.field(6usize, &self.start_date_time);
        w.field(7usize, &self.status);
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
rt::impl_object!(MicrosoftTunnelServerLogCollectionResponse);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MicrosoftTunnelServerLogCollectionResponse { with_id id : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_expiry_date_time
    expiry_date_time : rt::edm::DateTimeOffset; with_request_date_time request_date_time
    : rt::edm::DateTimeOffset; with_server_id server_id : ::std::string::String;
    with_size_in_bytes size_in_bytes : i64; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : crate
    ::beta::MicrosoftTunnelLogCollectionStatus; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelServerLogCollectionResponse);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.migrationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(MigrationStatus);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MigrationStatus);
