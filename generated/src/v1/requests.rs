//! Request builders: `api()` and one `impl` block per entity type on `crate::path::EntityPath` / `CollectionPath`.
#[allow(unused_imports)]
use ::msgraph_core as rt;
/// The service root of `v1.0`: `https://graph.microsoft.com/v1.0` or another cloud's.
#[derive(Debug, Clone)]
pub struct Api {
    target: rt::request::Target,
}
/// The service root in the global cloud.
pub fn api() -> Api {
    api_with(rt::request::Cloud::Global)
}
/// The service root in `cloud` (a national cloud or any base URL, such as a mock server).
pub fn api_with(cloud: rt::request::Cloud) -> Api {
    Api {
        target: rt::request::Target::root(&cloud, "v1.0"),
    }
}
impl Api {
    /// The root target.
    pub fn target(&self) -> &rt::request::Target {
        &self.target
    }
    #[cfg(msgraph_v1_admin)]
    /// Singleton `admin` (`microsoft.graph.admin`).
    ///
    /// Features: `v1` or `v1-admin`.
    pub fn admin(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Admin, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("admin"))
    }
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    /// Entity set `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    ///
    /// Features: `v1`, or one of `v1-agreement-acceptances`, `v1-agreements`, `v1-identity-governance`, `v1-search`.
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("agreementAcceptances"))
    }
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    /// Entity set `agreements` (`microsoft.graph.agreement`).
    ///
    /// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
    pub fn agreements(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Agreement,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("agreements"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Singleton `appCatalogs` (`microsoft.graph.appCatalogs`).
    ///
    /// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
    pub fn app_catalogs(
        &self,
    ) -> crate::path::EntityPath<crate::v1::AppCatalogs, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("appCatalogs"))
    }
    #[cfg(msgraph_v1_application_templates_or_search)]
    /// Entity set `applicationTemplates` (`microsoft.graph.applicationTemplate`).
    ///
    /// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
    pub fn application_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ApplicationTemplate,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.target().segment("applicationTemplates"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `applications` (`microsoft.graph.application`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn applications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyApplication,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("applications"))
    }
    #[cfg(msgraph_v1_audit_logs)]
    /// Singleton `auditLogs` (`microsoft.graph.auditLogRoot`).
    ///
    /// Features: `v1` or `v1-audit-logs`.
    pub fn audit_logs(
        &self,
    ) -> crate::path::EntityPath<crate::v1::AuditLogRoot, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("auditLogs"))
    }
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    /// Entity set `authenticationMethodConfigurations` (`microsoft.graph.authenticationMethodConfiguration`).
    ///
    /// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
    pub fn authentication_method_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("authenticationMethodConfigurations"),
        )
    }
    #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
    /// Singleton `authenticationMethodsPolicy` (`microsoft.graph.authenticationMethodsPolicy`).
    ///
    /// Features: `v1`, or one of `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
    pub fn authentication_methods_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthenticationMethodsPolicy,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(
            self.target().segment("authenticationMethodsPolicy"),
        )
    }
    #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
    /// Entity set `certificateBasedAuthConfiguration` (`microsoft.graph.certificateBasedAuthConfiguration`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-certificate-based-auth-configuration`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn certificate_based_auth_configuration(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CertificateBasedAuthConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("certificateBasedAuthConfiguration"),
        )
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `chats` (`microsoft.graph.chat`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn chats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Chat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("chats"))
    }
    #[cfg(msgraph_v1_communications)]
    /// Singleton `communications` (`microsoft.graph.cloudCommunications`).
    ///
    /// Features: `v1` or `v1-communications`.
    pub fn communications(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CloudCommunications,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("communications"))
    }
    #[cfg(msgraph_v1_compliance)]
    /// Singleton `compliance` (`microsoft.graph.compliance`).
    ///
    /// Features: `v1` or `v1-compliance`.
    pub fn compliance(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Compliance, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("compliance"))
    }
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    /// Entity set `connections` (`microsoft.graph.externalConnectors.externalConnection`).
    ///
    /// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
    pub fn connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::external_connectors::ExternalConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("connections"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `contacts` (`microsoft.graph.orgContact`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn contacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OrgContact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contacts"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `contracts` (`microsoft.graph.contract`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn contracts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Contract,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contracts"))
    }
    #[cfg(msgraph_v1_copilot)]
    /// Singleton `copilot` (`microsoft.graph.copilotRoot`).
    ///
    /// Features: `v1` or `v1-copilot`.
    pub fn copilot(
        &self,
    ) -> crate::path::EntityPath<crate::v1::CopilotRoot, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("copilot"))
    }
    #[cfg(msgraph_v1_data_policy_operations_or_search)]
    /// Entity set `dataPolicyOperations` (`microsoft.graph.dataPolicyOperation`).
    ///
    /// Features: `v1`, or one of `v1-data-policy-operations`, `v1-search`.
    pub fn data_policy_operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DataPolicyOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("dataPolicyOperations"))
    }
    #[cfg(msgraph_v1_device_app_management_or_search)]
    /// Singleton `deviceAppManagement` (`microsoft.graph.deviceAppManagement`).
    ///
    /// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
    pub fn device_app_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceAppManagement,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceAppManagement"))
    }
    #[cfg(msgraph_v1_device_management_or_search)]
    /// Singleton `deviceManagement` (`microsoft.graph.deviceManagement`).
    ///
    /// Features: `v1`, or one of `v1-device-management`, `v1-search`.
    pub fn device_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceManagement,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceManagement"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `devices` (`microsoft.graph.device`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Device,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("devices"))
    }
    #[cfg(msgraph_v1_directory_or_search)]
    /// Singleton `directory` (`microsoft.graph.directory`).
    ///
    /// Features: `v1`, or one of `v1-directory`, `v1-search`.
    pub fn directory(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Directory, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("directory"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `directoryObjects` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn directory_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("directoryObjects"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `directoryRoleTemplates` (`microsoft.graph.directoryRoleTemplate`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn directory_role_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DirectoryRoleTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("directoryRoleTemplates"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `directoryRoles` (`microsoft.graph.directoryRole`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn directory_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DirectoryRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("directoryRoles"))
    }
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    /// Entity set `domainDnsRecords` (`microsoft.graph.domainDnsRecord`).
    ///
    /// Features: `v1`, or one of `v1-domain-dns-records`, `v1-domains`, `v1-search`.
    pub fn domain_dns_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDomainDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("domainDnsRecords"))
    }
    #[cfg(msgraph_v1_domains_or_search)]
    /// Entity set `domains` (`microsoft.graph.domain`).
    ///
    /// Features: `v1`, or one of `v1-domains`, `v1-search`.
    pub fn domains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Domain,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("domains"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Entity set `drives` (`microsoft.graph.drive`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Drive,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("drives"))
    }
    #[cfg(msgraph_v1_education)]
    /// Singleton `education` (`microsoft.graph.educationRoot`).
    ///
    /// Features: `v1` or `v1-education`.
    pub fn education(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EducationRoot,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("education"))
    }
    #[cfg(msgraph_v1_employee_experience)]
    /// Singleton `employeeExperience` (`microsoft.graph.employeeExperience`).
    ///
    /// Features: `v1` or `v1-employee-experience`.
    pub fn employee_experience(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EmployeeExperience,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("employeeExperience"))
    }
    #[cfg(msgraph_v1_external)]
    /// Singleton `external` (`microsoft.graph.externalConnectors.external`).
    ///
    /// Features: `v1` or `v1-external`.
    pub fn external(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::external_connectors::External,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("external"))
    }
    #[cfg(msgraph_v1_core_or_filter_operators)]
    /// Entity set `filterOperators` (`microsoft.graph.filterOperatorSchema`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-filter-operators`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn filter_operators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FilterOperatorSchema,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("filterOperators"))
    }
    #[cfg(msgraph_v1_core_or_functions)]
    /// Entity set `functions` (`microsoft.graph.attributeMappingFunctionSchema`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-functions`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn functions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AttributeMappingFunctionSchema,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("functions"))
    }
    #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
    /// Entity set `groupLifecyclePolicies` (`microsoft.graph.groupLifecyclePolicy`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-lifecycle-policies`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn group_lifecycle_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GroupLifecyclePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("groupLifecyclePolicies"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `groupSettingTemplates` (`microsoft.graph.groupSettingTemplate`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn group_setting_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GroupSettingTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("groupSettingTemplates"))
    }
    #[cfg(msgraph_v1_core_or_group_settings)]
    /// Entity set `groupSettings` (`microsoft.graph.groupSetting`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-group-settings` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn group_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GroupSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("groupSettings"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `groups` (`microsoft.graph.group`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Group,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("groups"))
    }
    #[cfg(msgraph_v1_identity_or_search)]
    /// Singleton `identity` (`microsoft.graph.identityContainer`).
    ///
    /// Features: `v1`, or one of `v1-identity`, `v1-search`.
    pub fn identity(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::IdentityContainer,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("identity"))
    }
    #[cfg(msgraph_v1_identity_governance)]
    /// Singleton `identityGovernance` (`microsoft.graph.identityGovernance`).
    ///
    /// Features: `v1` or `v1-identity-governance`.
    pub fn identity_governance(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::IdentityGovernance,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("identityGovernance"))
    }
    #[cfg(msgraph_v1_identity_protection)]
    /// Singleton `identityProtection` (`microsoft.graph.identityProtectionRoot`).
    ///
    /// Features: `v1` or `v1-identity-protection`.
    pub fn identity_protection(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::IdentityProtectionRoot,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("identityProtection"))
    }
    #[cfg(msgraph_v1_identity_providers_or_search)]
    /// Entity set `identityProviders` (`microsoft.graph.identityProvider`).
    ///
    /// Features: `v1`, or one of `v1-identity-providers`, `v1-search`.
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::IdentityProvider,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("identityProviders"))
    }
    #[cfg(msgraph_v1_information_protection)]
    /// Singleton `informationProtection` (`microsoft.graph.informationProtection`).
    ///
    /// Features: `v1` or `v1-information-protection`.
    pub fn information_protection(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::InformationProtection,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("informationProtection"))
    }
    #[cfg(msgraph_v1_invitations_or_search)]
    /// Entity set `invitations` (`microsoft.graph.invitation`).
    ///
    /// Features: `v1`, or one of `v1-invitations`, `v1-search`.
    pub fn invitations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Invitation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("invitations"))
    }
    #[cfg(msgraph_v1_core)]
    /// Singleton `me` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn me(
        &self,
    ) -> crate::path::EntityPath<crate::v1::AnyUser, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("me"))
    }
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    /// Entity set `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `v1`, or one of `v1-oauth2-permission-grants`, `v1-search`.
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("oauth2PermissionGrants"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `organization` (`microsoft.graph.organization`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn organization(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Organization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("organization"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ResourceSpecificPermissionGrant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("permissionGrants"))
    }
    #[cfg(msgraph_v1_places_or_search)]
    /// Entity set `places` (`microsoft.graph.place`).
    ///
    /// Features: `v1`, or one of `v1-places`, `v1-search`.
    pub fn places(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyPlace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("places"))
    }
    #[cfg(msgraph_v1_planner_or_search)]
    /// Singleton `planner` (`microsoft.graph.planner`).
    ///
    /// Features: `v1`, or one of `v1-planner`, `v1-search`.
    pub fn planner(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Planner, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("planner"))
    }
    #[cfg(msgraph_v1_policies_or_search)]
    /// Singleton `policies` (`microsoft.graph.policyRoot`).
    ///
    /// Features: `v1`, or one of `v1-policies`, `v1-search`.
    pub fn policies(
        &self,
    ) -> crate::path::EntityPath<crate::v1::PolicyRoot, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("policies"))
    }
    #[cfg(msgraph_v1_print)]
    /// Singleton `print` (`microsoft.graph.print`).
    ///
    /// Features: `v1` or `v1-print`.
    pub fn print(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Print, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("print"))
    }
    #[cfg(msgraph_v1_privacy)]
    /// Singleton `privacy` (`microsoft.graph.privacy`).
    ///
    /// Features: `v1` or `v1-privacy`.
    pub fn privacy(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Privacy, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("privacy"))
    }
    #[cfg(msgraph_v1_reports)]
    /// Singleton `reports` (`microsoft.graph.reportRoot`).
    ///
    /// Features: `v1` or `v1-reports`.
    pub fn reports(
        &self,
    ) -> crate::path::EntityPath<crate::v1::ReportRoot, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("reports"))
    }
    #[cfg(msgraph_v1_role_management)]
    /// Singleton `roleManagement` (`microsoft.graph.roleManagement`).
    ///
    /// Features: `v1` or `v1-role-management`.
    pub fn role_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RoleManagement,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("roleManagement"))
    }
    #[cfg(msgraph_v1_schema_extensions_or_search)]
    /// Entity set `schemaExtensions` (`microsoft.graph.schemaExtension`).
    ///
    /// Features: `v1`, or one of `v1-schema-extensions`, `v1-search`.
    pub fn schema_extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SchemaExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("schemaExtensions"))
    }
    #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
    /// Entity set `scopedRoleMemberships` (`microsoft.graph.scopedRoleMembership`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn scoped_role_memberships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("scopedRoleMemberships"))
    }
    #[cfg(msgraph_v1_search)]
    /// Singleton `search` (`microsoft.graph.searchEntity`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn search(
        &self,
    ) -> crate::path::EntityPath<crate::v1::SearchEntity, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("search"))
    }
    #[cfg(msgraph_v1_security)]
    /// Singleton `security` (`microsoft.graph.security`).
    ///
    /// Features: `v1` or `v1-security`.
    pub fn security(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Security, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("security"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `servicePrincipals` (`microsoft.graph.servicePrincipal`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn service_principals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyServicePrincipal,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("servicePrincipals"))
    }
    #[cfg(msgraph_v1_search_or_shares)]
    /// Entity set `shares` (`microsoft.graph.sharedDriveItem`).
    ///
    /// Features: `v1`, or one of `v1-search`, `v1-shares`.
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharedDriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("shares"))
    }
    #[cfg(msgraph_v1_core_or_sites)]
    /// Entity set `sites` (`microsoft.graph.site`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn sites(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::Site, crate::path::caps::ListUpdate> {
        crate::path::CollectionPath::new(self.target().segment("sites"))
    }
    #[cfg(msgraph_v1_solutions)]
    /// Singleton `solutions` (`microsoft.graph.solutionsRoot`).
    ///
    /// Features: `v1` or `v1-solutions`.
    pub fn solutions(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SolutionsRoot,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("solutions"))
    }
    #[cfg(msgraph_v1_storage)]
    /// Singleton `storage` (`microsoft.graph.storage`).
    ///
    /// Features: `v1` or `v1-storage`.
    pub fn storage(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Storage, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("storage"))
    }
    #[cfg(msgraph_v1_search_or_subscribed_skus)]
    /// Entity set `subscribedSkus` (`microsoft.graph.subscribedSku`).
    ///
    /// Features: `v1`, or one of `v1-search`, `v1-subscribed-skus`.
    pub fn subscribed_skus(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SubscribedSku,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("subscribedSkus"))
    }
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
    /// Entity set `subscriptions` (`microsoft.graph.subscription`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Subscription,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("subscriptions"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `teams` (`microsoft.graph.team`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Team,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("teams"))
    }
    #[cfg(msgraph_v1_search_or_teams_templates)]
    /// Entity set `teamsTemplates` (`microsoft.graph.teamsTemplate`).
    ///
    /// Features: `v1`, or one of `v1-search`, `v1-teams-templates`.
    pub fn teams_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("teamsTemplates"))
    }
    #[cfg(msgraph_v1_search_or_teamwork)]
    /// Singleton `teamwork` (`microsoft.graph.teamwork`).
    ///
    /// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
    pub fn teamwork(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Teamwork, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("teamwork"))
    }
    #[cfg(msgraph_v1_tenant_relationships)]
    /// Singleton `tenantRelationships` (`microsoft.graph.tenantRelationship`).
    ///
    /// Features: `v1` or `v1-tenant-relationships`.
    pub fn tenant_relationships(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TenantRelationship,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("tenantRelationships"))
    }
    #[cfg(msgraph_v1_core)]
    /// Entity set `users` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("users"))
    }
}
mod impls_a_b;
mod impls_c_d;
mod impls_e_i;
mod impls_l_o;
mod impls_p_r;
mod impls_s_t;
mod impls_u_v;
mod impls_we_wi;
mod impls_wo;
mod impls_x;
