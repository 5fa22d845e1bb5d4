//! Request builders: `api()`, and per entity type its builder trait (`…Path`) with one method per navigation property and bound operation.
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
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
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
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
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
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
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
        crate::path::caps::NoKey<crate::path::caps::ListCreateUpdateDelete>,
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
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
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
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
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
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
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
#[allow(unused_imports)]
use crate::v1 as entity_types;
#[allow(unused_imports)]
use crate::v1::requests as path_types;
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(AadUserConversationMemberPath, AadUserConversationMember);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackagePath, AccessPackage);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageAssignmentPath, AccessPackageAssignment);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessPackageAssignmentPolicyPath, AccessPackageAssignmentPolicy
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessPackageAssignmentRequestPath, AccessPackageAssignmentRequest
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessPackageAssignmentRequestWorkflowExtensionPath,
    AccessPackageAssignmentRequestWorkflowExtension
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessPackageAssignmentWorkflowExtensionPath,
    AccessPackageAssignmentWorkflowExtension
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageCatalogPath, AccessPackageCatalog);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageMultipleChoiceQuestion plain);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AnyAccessPackageQuestion plain);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageResourcePath, AnyAccessPackageResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessPackageResourceEnvironmentPath, AccessPackageResourceEnvironment
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessPackageResourceRequestPath, AccessPackageResourceRequest
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageResourceRolePath, AccessPackageResourceRole);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessPackageResourceRoleScopePath, AccessPackageResourceRoleScope
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageResourceScopePath, AccessPackageResourceScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageSubjectPath, AccessPackageSubject);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageSuggestionPath, AccessPackageSuggestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessPackageTextInputQuestion plain);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessReviewHistoryDefinitionPath, AccessReviewHistoryDefinition
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessReviewHistoryInstancePath, AccessReviewHistoryInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessReviewInstancePath, AccessReviewInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessReviewInstanceDecisionItemPath, AccessReviewInstanceDecisionItem
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessReviewReviewer plain);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    AccessReviewScheduleDefinitionPath, AccessReviewScheduleDefinition
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessReviewSetPath, AccessReviewSet);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AccessReviewStagePath, AccessReviewStage);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ActivitiesContainerPath, ActivitiesContainer);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ActivityBasedTimeoutPolicy via path_types::StsPolicyPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ActivityHistoryItemPath, ActivityHistoryItem);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    AddLargeGalleryViewOperation via path_types::CommsOperationPath
);
#[cfg(msgraph_v1_core_or_communications)]
crate::path::entity_path!(AdhocCallPath, AdhocCall);
#[cfg(msgraph_v1_admin)]
crate::path::entity_path!(AdminPath, Admin);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(AdminConsentRequestPolicy plain);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(AdminMicrosoft365AppsPath, AdminMicrosoft365Apps);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(AdminReportSettings plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AdministrativeUnitPath, AdministrativeUnit);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AgentIdentityPath, AgentIdentity);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AgentIdentityBlueprintPath, AgentIdentityBlueprint);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    AgentIdentityBlueprintPrincipalPath, AgentIdentityBlueprintPrincipal
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AgentUserPath, AgentUser);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
crate::path::entity_path!(AgreementPath, Agreement);
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
crate::path::entity_path!(AgreementAcceptance plain);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
crate::path::entity_path!(AgreementFilePath, AgreementFile);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
crate::path::entity_path!(AgreementFileLocalizationPath, AgreementFileLocalization);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
crate::path::entity_path!(AgreementFilePropertiesPath, AnyAgreementFileProperties);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
crate::path::entity_path!(
    AgreementFileVersion via path_types::AgreementFilePropertiesPath
);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(AiInteractionPath, AiInteraction);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(AiInteractionHistoryPath, AiInteractionHistory);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(AiOnlineMeetingPath, AiOnlineMeeting);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(AiUserPath, AiUser);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    AkamaiWebApplicationFirewallProvider via
    path_types::WebApplicationFirewallProviderPath
);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(AlertPath, Alert);
#[cfg(msgraph_v1_directory_or_search)]
crate::path::entity_path!(AllowedValue plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    AndroidCompliancePolicy via path_types::DeviceCompliancePolicyPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    AndroidCustomConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    AndroidGeneralDeviceConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(AndroidLobAppPath, AndroidLobApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(AndroidManagedAppProtectionPath, AndroidManagedAppProtection);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(
    AndroidManagedAppRegistration via path_types::ManagedAppRegistrationPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(AndroidStoreAppPath, AndroidStoreApp);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    AndroidWorkProfileCompliancePolicy via path_types::DeviceCompliancePolicyPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    AndroidWorkProfileCustomConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    AndroidWorkProfileGeneralDeviceConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(AnonymousGuestConversationMember plain);
#[cfg(msgraph_v1_app_catalogs_or_search)]
crate::path::entity_path!(AppCatalogsPath, AppCatalogs);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AppConsentApprovalRoutePath, AppConsentApprovalRoute);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AppConsentRequestPath, AppConsentRequest);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(AppLogCollectionRequestPath, AppLogCollectionRequest);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AppManagementPolicyPath, AppManagementPolicy);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AppRoleAssignment via path_types::DirectoryObjectPath);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(AppScope plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    AnyAppleDeviceFeaturesConfigurationBase via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
crate::path::entity_path!(AppleManagedIdentityProvider plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    ApplePushNotificationCertificatePath, ApplePushNotificationCertificate
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ApplicationPath, AnyApplication);
#[cfg(msgraph_v1_application_templates_or_search)]
crate::path::entity_path!(ApplicationTemplatePath, ApplicationTemplate);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(ApprovalPath, Approval);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(ApprovalStagePath, ApprovalStage);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ApprovedClientApp plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(ArkoseFraudProtectionProvider plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AssociatedTeamInfo via path_types::TeamInfoPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AnyAttachment plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AttachmentBasePath, AnyAttachmentBase);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AttachmentSessionPath, AttachmentSession);
#[cfg(msgraph_v1_core_or_security)]
crate::path::entity_path!(AttackSimulationOperation plain);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(AttackSimulationRootPath, AttackSimulationRoot);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
crate::path::entity_path!(AttendanceRecordPath, AttendanceRecord);
#[cfg(msgraph_v1_core_or_functions)]
crate::path::entity_path!(AttributeMappingFunctionSchema plain);
#[cfg(msgraph_v1_directory_or_search)]
crate::path::entity_path!(AttributeSet plain);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(AudioRoutingGroup plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(AuditEventPath, AuditEvent);
#[cfg(msgraph_v1_audit_logs)]
crate::path::entity_path!(AuditLogRootPath, AuditLogRoot);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AuthenticationPath, Authentication);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
crate::path::entity_path!(AnyAuthenticationCombinationConfiguration plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(AuthenticationConditionApplication plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(AuthenticationContextClassReference plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    AuthenticationEventListenerPath, AnyAuthenticationEventListener
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(AuthenticationEventsFlowPath, AnyAuthenticationEventsFlow);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(AuthenticationFlowsPolicyPath, AuthenticationFlowsPolicy);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AuthenticationMethodPath, AnyAuthenticationMethod);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(AnyAuthenticationMethodConfiguration plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(AuthenticationMethodModeDetail plain);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(AnyAuthenticationMethodTarget plain);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
crate::path::entity_path!(AuthenticationMethodsPolicyPath, AuthenticationMethodsPolicy);
#[cfg(msgraph_v1_reports_or_search)]
crate::path::entity_path!(AuthenticationMethodsRootPath, AuthenticationMethodsRoot);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
crate::path::entity_path!(
    AuthenticationStrengthPolicyPath, AuthenticationStrengthPolicy
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(AuthenticationStrengthRootPath, AuthenticationStrengthRoot);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
crate::path::entity_path!(AuthoredNotePath, AuthoredNote);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AuthorizationPolicyPath, AuthorizationPolicy);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AvailableAccessPackagePath, AvailableAccessPackage);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(AzureCommunicationServicesUserConversationMember plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(B2xIdentityUserFlowPath, B2xIdentityUserFlow);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BackupRestoreRootPath, BackupRestoreRoot);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
crate::path::entity_path!(BaseItemPath, AnyBaseItem);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(BaseItemVersionPath, AnyBaseItemVersion);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(AnyBaseMapFeature plain);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(BaseSitePagePath, AnyBaseSitePage);
#[cfg(msgraph_v1_information_protection_or_search)]
crate::path::entity_path!(BitlockerPath, Bitlocker);
#[cfg(msgraph_v1_information_protection_or_search)]
crate::path::entity_path!(BitlockerRecoveryKey plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BookingAppointmentPath, BookingAppointment);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BookingBusinessPath, BookingBusiness);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BookingCurrency plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BookingCustomQuestion plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BookingCustomer plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(AnyBookingCustomerBase plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BookingServicePath, BookingService);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BookingStaffMember plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(AnyBookingStaffMemberBase plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(BrowseSessionBasePath, AnyBrowseSessionBase);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(BrowserSharedCookiePath, BrowserSharedCookie);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(BrowserSitePath, BrowserSite);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(BrowserSiteListPath, BrowserSiteList);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(BuildingPath, Building);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(BuildingMapPath, BuildingMap);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
crate::path::entity_path!(BuiltInIdentityProvider plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(BulkUploadPath, BulkUpload);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(CaPoliciesDeletableRootPath, CaPoliciesDeletableRoot);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(CalendarPath, Calendar);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(CalendarGroupPath, CalendarGroup);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(CalendarPermissionPath, CalendarPermission);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(CalendarSharingMessagePath, CalendarSharingMessage);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(CallPath, Call);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(CallAiInsightPath, CallAiInsight);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(CallEventPath, AnyCallEvent);
#[cfg(msgraph_v1_core_or_communications)]
crate::path::entity_path!(CallRecordingPath, CallRecording);
#[cfg(msgraph_v1_core_or_communications)]
crate::path::entity_path!(CallTranscriptPath, CallTranscript);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    CancelMediaProcessingOperation via path_types::CommsOperationPath
);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(CanvasLayoutPath, CanvasLayout);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    CertificateAuthorityDetail via path_types::DirectoryObjectPath
);
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
crate::path::entity_path!(CertificateBasedAuthConfiguration plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(CertificateBasedAuthPkiPath, CertificateBasedAuthPki);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(ChangeTrackedEntityPath, AnyChangeTrackedEntity);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(ChannelPath, Channel);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ChatPath, Chat);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(ChatMessagePath, AnyChatMessage);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(
    ChatMessageHostedContent via path_types::TeamworkHostedContentPath
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ChatMessageInfoPath, ChatMessageInfo);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(CheckInClaim plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ChecklistItem plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ClaimsMappingPolicy via path_types::StsPolicyPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(CloudClipboardItem plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(CloudClipboardRootPath, CloudClipboardRoot);
#[cfg(msgraph_v1_communications)]
crate::path::entity_path!(CloudCommunicationsPath, CloudCommunications);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    CloudFlareWebApplicationFirewallProvider via
    path_types::WebApplicationFirewallProviderPath
);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(CloudPcPath, CloudPc);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(CloudPcAuditEventPath, CloudPcAuditEvent);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(CloudPcDeviceImage plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(CloudPcGalleryImage plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(CloudPcOnPremisesConnectionPath, CloudPcOnPremisesConnection);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(CloudPcProvisioningPolicyPath, CloudPcProvisioningPolicy);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    CloudPcProvisioningPolicyAssignmentPath, CloudPcProvisioningPolicyAssignment
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(CloudPcReportPath, CloudPcReport);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(CloudPcServicePlan plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(CloudPcUserSettingPath, CloudPcUserSetting);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    CloudPcUserSettingAssignmentPath, CloudPcUserSettingAssignment
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
crate::path::entity_path!(ColumnDefinitionPath, ColumnDefinition);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(ColumnLink plain);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(CommsOperationPath, AnyCommsOperation);
#[cfg(msgraph_v1_employee_experience_or_search)]
crate::path::entity_path!(CommunityPath, Community);
#[cfg(msgraph_v1_directory_or_search)]
crate::path::entity_path!(CompanySubscription plain);
#[cfg(msgraph_v1_compliance)]
crate::path::entity_path!(Compliance plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(ComplianceManagementPartner plain);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
crate::path::entity_path!(ConditionalAccessPolicyPath, AnyConditionalAccessPolicy);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(ConditionalAccessRootPath, ConditionalAccessRoot);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(ConditionalAccessTemplatePath, ConditionalAccessTemplate);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ConfigurationBaseline plain);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ConfigurationDriftPath, ConfigurationDrift);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ConfigurationManagementPath, ConfigurationManagement);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ConfigurationMonitorPath, ConfigurationMonitor);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ConfigurationMonitoringResult plain);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ConfigurationSnapshotJobPath, ConfigurationSnapshotJob);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(ConnectedOrganizationPath, ConnectedOrganization);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ContactPath, Contact);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ContactFolderPath, ContactFolder);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ContentActivityPath, ContentActivity);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(ContentSharingSession plain);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(ContentTypePath, ContentType);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(Contract via path_types::DirectoryObjectPath);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AnyControlConfiguration plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ConversationPath, Conversation);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(AnyConversationMember plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ConversationThreadPath, ConversationThread);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(CopilotAdminPath, CopilotAdmin);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(CopilotAdminCatalogPath, CopilotAdminCatalog);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(CopilotAdminLimitedMode plain);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(CopilotAdminSettingPath, CopilotAdminSetting);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(CopilotPackagePath, AnyCopilotPackage);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(CopilotPackageDetail via path_types::CopilotPackagePath);
#[cfg(msgraph_v1_copilot_or_search)]
crate::path::entity_path!(CopilotReportRootPath, CopilotReportRoot);
#[cfg(msgraph_v1_copilot)]
crate::path::entity_path!(CopilotRootPath, CopilotRoot);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(CountryNamedLocation via path_types::NamedLocationPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(CrossTenantAccessPolicyPath, CrossTenantAccessPolicy);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    CrossTenantAccessPolicyConfigurationDefaultPath,
    CrossTenantAccessPolicyConfigurationDefault
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    CrossTenantAccessPolicyConfigurationPartnerPath,
    CrossTenantAccessPolicyConfigurationPartner
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    CrossTenantIdentitySyncPolicyPartnerPath, CrossTenantIdentitySyncPolicyPartner
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
crate::path::entity_path!(
    CustomAuthenticationExtensionPath, AnyCustomAuthenticationExtension
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
crate::path::entity_path!(CustomCalloutExtensionPath, AnyCustomCalloutExtension);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(CustomDataProvidedResourcePath, CustomDataProvidedResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    CustomDataProvidedResourceAccessReviewUploadSession via
    path_types::CustomDataProvidedResourceUploadSessionPath
);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(
    CustomDataProvidedResourceFilePath, CustomDataProvidedResourceFile
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    CustomDataProvidedResourceUploadSessionPath,
    AnyCustomDataProvidedResourceUploadSession
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(CustomExtensionStageSettingPath, CustomExtensionStageSetting);
#[cfg(msgraph_v1_directory_or_search)]
crate::path::entity_path!(
    CustomSecurityAttributeDefinitionPath, CustomSecurityAttributeDefinition
);
#[cfg(msgraph_v1_data_policy_operations_or_search)]
crate::path::entity_path!(DataPolicyOperation plain);
#[cfg(msgraph_v1_core_or_security)]
crate::path::entity_path!(DataSecurityAndGovernancePath, AnyDataSecurityAndGovernance);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(DayNotePath, DayNote);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(DefaultManagedAppProtectionPath, DefaultManagedAppProtection);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(
    DelegatedAdminAccessAssignmentPath, DelegatedAdminAccessAssignment
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(DelegatedAdminCustomerPath, DelegatedAdminCustomer);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(DelegatedAdminRelationshipPath, AnyDelegatedAdminRelationship);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(DelegatedAdminRelationshipOperation plain);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(DelegatedAdminRelationshipRequest plain);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(DelegatedAdminServiceManagementDetail plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(DelegatedAdminServiceProviderConstraints plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(DelegatedPermissionClassification plain);
#[cfg(msgraph_v1_search_or_teamwork)]
crate::path::entity_path!(DeletedChatPath, DeletedChat);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(DeletedItemContainerPath, DeletedItemContainer);
#[cfg(msgraph_v1_search_or_teamwork)]
crate::path::entity_path!(DeletedTeamPath, DeletedTeam);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(DeltaParticipantsPath, DeltaParticipants);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(DeskPath, Desk);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DetectedAppPath, DetectedApp);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(DevicePath, Device);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceAndAppManagementRoleAssignment via path_types::RoleAssignmentPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceAndAppManagementRoleDefinition via path_types::RoleDefinitionPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(DeviceAppManagementPath, DeviceAppManagement);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(DeviceCategory plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceComplianceActionItem plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceComplianceDeviceOverview plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceComplianceDeviceStatus plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceCompliancePolicyPath, AnyDeviceCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceCompliancePolicyAssignmentPath, DeviceCompliancePolicyAssignment
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceCompliancePolicyDeviceStateSummary plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceCompliancePolicySettingStateSummaryPath,
    DeviceCompliancePolicySettingStateSummary
);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(DeviceCompliancePolicyState plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceComplianceScheduledActionForRulePath, DeviceComplianceScheduledActionForRule
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceComplianceSettingState plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceComplianceUserOverview plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceComplianceUserStatus plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceConfigurationPath, AnyDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceConfigurationAssignmentPath, DeviceConfigurationAssignment
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceConfigurationDeviceOverview plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceConfigurationDeviceStateSummary plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceConfigurationDeviceStatus plain);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(DeviceConfigurationState plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceConfigurationUserOverview plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceConfigurationUserStatus plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceEnrollmentConfigurationPath, AnyDeviceEnrollmentConfiguration
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceEnrollmentLimitConfiguration via path_types::DeviceEnrollmentConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceEnrollmentPlatformRestrictionsConfigurationPath,
    DeviceEnrollmentPlatformRestrictionsConfiguration
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceEnrollmentWindowsHelloForBusinessConfiguration via
    path_types::DeviceEnrollmentConfigurationPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(DeviceInstallState plain);
#[cfg(msgraph_v1_directory_or_search)]
crate::path::entity_path!(DeviceLocalCredentialInfo plain);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(DeviceLogCollectionResponsePath, DeviceLogCollectionResponse);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceManagementPath, DeviceManagement);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(DeviceManagementCachedReportConfiguration plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    DeviceManagementExchangeConnectorPath, DeviceManagementExchangeConnector
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceManagementExportJob plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceManagementPartnerPath, DeviceManagementPartner);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(DeviceManagementReportsPath, DeviceManagementReports);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(AnyDeviceManagementTroubleshootingEvent plain);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(DeviceRegistrationPolicyPath, DeviceRegistrationPolicy);
#[cfg(msgraph_v1_directory_or_search)]
crate::path::entity_path!(DirectoryPath, Directory);
#[cfg(msgraph_v1_audit_logs_or_search)]
crate::path::entity_path!(DirectoryAuditPath, DirectoryAudit);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(DirectoryDefinitionPath, DirectoryDefinition);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(DirectoryObjectPath, AnyDirectoryObject);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    DirectoryObjectPartnerReference via path_types::DirectoryObjectPath
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(DirectoryRolePath, DirectoryRole);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(DirectoryRoleTemplate via path_types::DirectoryObjectPath);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(DocumentSetVersionPath, DocumentSetVersion);
#[cfg(msgraph_v1_domains_or_search)]
crate::path::entity_path!(DomainPath, Domain);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
crate::path::entity_path!(DomainDnsCnameRecord plain);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
crate::path::entity_path!(DomainDnsMxRecord plain);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
crate::path::entity_path!(AnyDomainDnsRecord plain);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
crate::path::entity_path!(DomainDnsSrvRecord plain);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
crate::path::entity_path!(DomainDnsTxtRecord plain);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
crate::path::entity_path!(DomainDnsUnavailableRecord plain);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(DrivePath, Drive);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(DriveItemPath, DriveItem);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(DriveItemVersionPath, DriveItemVersion);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(DriveProtectionRule via path_types::ProtectionRuleBasePath);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(DriveProtectionUnit via path_types::ProtectionUnitBasePath);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    DriveProtectionUnitsBulkAdditionJob via path_types::ProtectionUnitsBulkJobBasePath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(DriveRestoreArtifact via path_types::RestoreArtifactBasePath);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    DriveRestoreArtifactsBulkAdditionRequest via
    path_types::RestoreArtifactsBulkRequestBasePath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(EBookInstallSummary plain);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(EdgePath, Edge);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    EditionUpgradeConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationAssignmentPath, EducationAssignment);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationAssignmentDefaults plain);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationAssignmentResourcePath, EducationAssignmentResource);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationAssignmentSettingsPath, EducationAssignmentSettings);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationCategory plain);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationClassPath, EducationClass);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationFeedbackOutcomePath, EducationFeedbackOutcome);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(
    EducationFeedbackResourceOutcomePath, EducationFeedbackResourceOutcome
);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationGradingCategory plain);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationGradingScheme plain);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationModulePath, EducationModule);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationModuleResourcePath, EducationModuleResource);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(AnyEducationOrganization plain);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationOutcomePath, AnyEducationOutcome);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationPointsOutcomePath, EducationPointsOutcome);
#[cfg(msgraph_v1_education)]
crate::path::entity_path!(EducationRootPath, EducationRoot);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationRubricPath, EducationRubric);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationRubricOutcome via path_types::EducationOutcomePath);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationSchoolPath, EducationSchool);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationSubmissionPath, EducationSubmission);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationSubmissionResourcePath, EducationSubmissionResource);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(EducationUserPath, EducationUser);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    EmailAuthenticationMethod via path_types::AuthenticationMethodPath
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    EmailAuthenticationMethodConfigurationPath, EmailAuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_information_protection_or_search)]
crate::path::entity_path!(
    EmailFileAssessmentRequest via path_types::ThreatAssessmentRequestPath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(EmailNotificationsSettingPath, EmailNotificationsSetting);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(EmergencyCallEventPath, EmergencyCallEvent);
#[cfg(msgraph_v1_employee_experience)]
crate::path::entity_path!(EmployeeExperiencePath, EmployeeExperience);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(EmployeeExperienceUserPath, EmployeeExperienceUser);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(EndUserNotificationPath, EndUserNotification);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(EndUserNotificationDetailPath, EndUserNotificationDetail);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(EndUserSettings plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(Endpoint via path_types::DirectoryObjectPath);
#[cfg(msgraph_v1_core_or_employee_experience)]
crate::path::entity_path!(EngagementAsyncOperation plain);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(EngagementConversationPath, AnyEngagementConversation);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    EngagementConversationDiscussionMessage via
    path_types::EngagementConversationMessagePath
);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    EngagementConversationMessagePath, AnyEngagementConversationMessage
);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    EngagementConversationMessageReactionPath, EngagementConversationMessageReaction
);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    EngagementConversationQuestionMessage via
    path_types::EngagementConversationMessagePath
);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    EngagementConversationSystemMessage via path_types::EngagementConversationMessagePath
);
#[cfg(msgraph_v1_core_or_employee_experience)]
crate::path::entity_path!(EngagementRolePath, EngagementRole);
#[cfg(msgraph_v1_core_or_employee_experience)]
crate::path::entity_path!(EngagementRoleMemberPath, EngagementRoleMember);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    EnrollmentConfigurationAssignmentPath, EnrollmentConfigurationAssignment
);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(EnrollmentTroubleshootingEvent plain);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(EnterpriseCodeSigningCertificate plain);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(EntitlementManagementPath, EntitlementManagement);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(EntitlementManagementSettings plain);
#[cfg(msgraph_v1_any_area_but_compliance)]
crate::path::entity_path!(AnyEntity plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(EventPath, Event);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(EventMessagePath, AnyEventMessage);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(EventMessageRequestPath, EventMessageRequest);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(EventMessageResponsePath, EventMessageResponse);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ExchangeAdminPath, ExchangeAdmin);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ExchangeMessageTracePath, ExchangeMessageTrace);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ExchangeMessageTraceDetail plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(ExchangeProtectionPolicyPath, ExchangeProtectionPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(ExchangeRestoreSessionPath, ExchangeRestoreSession);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ExchangeSettings plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AnyExtension plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ExtensionProperty via path_types::DirectoryObjectPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    ExternalAuthenticationMethod via path_types::AuthenticationMethodPath
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    ExternalAuthenticationMethodConfigurationPath,
    ExternalAuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
crate::path::entity_path!(ExternalDomainName plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    ExternalUsersSelfServiceSignUpEventsFlowPath,
    ExternalUsersSelfServiceSignUpEventsFlow
);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(FeatureRolloutPolicyPath, FeatureRolloutPolicy);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(FederatedIdentityCredential plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    FederatedTokenValidationPolicyPath, FederatedTokenValidationPolicy
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(Fido2AuthenticationMethodPath, Fido2AuthenticationMethod);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    Fido2AuthenticationMethodConfigurationPath, Fido2AuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
crate::path::entity_path!(Fido2CombinationConfiguration plain);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(FieldValueSet plain);
#[cfg(msgraph_v1_information_protection_or_search)]
crate::path::entity_path!(
    FileAssessmentRequest via path_types::ThreatAssessmentRequestPath
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(FileAttachmentPath, FileAttachment);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(FileStoragePath, FileStorage);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(FileStorageContainerPath, FileStorageContainer);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(FileStorageContainerTypePath, FileStorageContainerType);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(FileStorageContainerTypeAppPermissionGrant plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(
    FileStorageContainerTypeRegistrationPath, FileStorageContainerTypeRegistration
);
#[cfg(msgraph_v1_core_or_filter_operators)]
crate::path::entity_path!(FilterOperatorSchema plain);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(FixtureMap plain);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(Floor via path_types::PlacePath);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(FootprintMap plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(AnyFraudProtectionProvider plain);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AnyGovernanceInsight plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(GranularDriveRestoreArtifact plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    GranularMailboxRestoreArtifact via path_types::RestoreArtifactBasePath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(AnyGranularRestoreArtifactBase plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(GranularSiteRestoreArtifact plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(GroupPath, Group);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
crate::path::entity_path!(GroupLifecyclePolicyPath, GroupLifecyclePolicy);
#[cfg(msgraph_v1_core_or_group_settings)]
crate::path::entity_path!(GroupSetting plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(GroupSettingTemplate via path_types::DirectoryObjectPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(HomeRealmDiscoveryPolicy via path_types::StsPolicyPath);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(HorizontalSectionPath, HorizontalSection);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(HorizontalSectionColumnPath, HorizontalSectionColumn);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(HumanSecurityFraudProtectionProvider plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(IdentityApiConnectorPath, IdentityApiConnector);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(IdentityBuiltInUserFlowAttribute plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(IdentityContainerPath, IdentityContainer);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(IdentityCustomUserFlowAttribute plain);
#[cfg(msgraph_v1_identity_governance)]
crate::path::entity_path!(IdentityGovernancePath, IdentityGovernance);
#[cfg(msgraph_v1_identity_protection)]
crate::path::entity_path!(IdentityProtectionRootPath, IdentityProtectionRoot);
#[cfg(msgraph_v1_identity_providers_or_search)]
crate::path::entity_path!(IdentityProvider plain);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
crate::path::entity_path!(AnyIdentityProviderBase plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    IdentitySecurityDefaultsEnforcementPolicy via path_types::DirectoryObjectPath
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(AnyIdentityUserFlow plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(AnyIdentityUserFlowAttribute plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    IdentityUserFlowAttributeAssignmentPath, IdentityUserFlowAttributeAssignment
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(IdentityVerifiedIdRootPath, IdentityVerifiedIdRoot);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    ImportedWindowsAutopilotDeviceIdentityPath, ImportedWindowsAutopilotDeviceIdentity
);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(
    ImportedWindowsAutopilotDeviceIdentityUploadPath,
    ImportedWindowsAutopilotDeviceIdentityUpload
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(InferenceClassificationPath, InferenceClassification);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    InferenceClassificationOverridePath, InferenceClassificationOverride
);
#[cfg(msgraph_v1_information_protection)]
crate::path::entity_path!(InformationProtectionPath, InformationProtection);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(InheritablePermissionPath, InheritablePermission);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(InsightsSettings plain);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
crate::path::entity_path!(InternalDomainFederationPath, InternalDomainFederation);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(InternetExplorerModePath, InternetExplorerMode);
#[cfg(msgraph_v1_invitations_or_search)]
crate::path::entity_path!(InvitationPath, Invitation);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    InviteParticipantsOperation via path_types::CommsOperationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(IosCertificateProfile via path_types::DeviceConfigurationPath);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    IosCompliancePolicy via path_types::DeviceCompliancePolicyPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    IosCustomConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    IosDeviceFeaturesConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    IosGeneralDeviceConfigurationPath, IosGeneralDeviceConfiguration
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(IosLobAppPath, IosLobApp);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(
    IosLobAppProvisioningConfigurationAssignmentPath,
    IosLobAppProvisioningConfigurationAssignment
);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(IosManagedAppProtectionPath, IosManagedAppProtection);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(
    IosManagedAppRegistration via path_types::ManagedAppRegistrationPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(
    IosMobileAppConfiguration via path_types::ManagedDeviceMobileAppConfigurationPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(IosStoreAppPath, IosStoreApp);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    IosUpdateConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(IosUpdateDeviceStatus plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(IosVppAppPath, IosVppApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(IosVppEBook via path_types::ManagedEBookPath);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(
    IosVppEBookAssignment via path_types::ManagedEBookAssignmentPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(IosiPadOsWebClip via path_types::MobileAppPath);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(IpNamedLocation via path_types::NamedLocationPath);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(ItemActivityPath, ItemActivity);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(ItemActivityStatPath, ItemActivityStat);
#[cfg(msgraph_v1_core_or_drives_or_sites)]
crate::path::entity_path!(ItemAnalyticsPath, ItemAnalytics);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ItemAttachmentPath, ItemAttachment);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ItemInsights via path_types::OfficeGraphInsightsPath);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(ItemRetentionLabelPath, ItemRetentionLabel);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(LabelContentRightPath, LabelContentRight);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(LandingPagePath, LandingPage);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(LandingPageDetail plain);
#[cfg(msgraph_v1_employee_experience_or_search)]
crate::path::entity_path!(LearningAssignmentPath, LearningAssignment);
#[cfg(msgraph_v1_employee_experience_or_search)]
crate::path::entity_path!(LearningContent plain);
#[cfg(msgraph_v1_employee_experience_or_search)]
crate::path::entity_path!(AnyLearningCourseActivity plain);
#[cfg(msgraph_v1_employee_experience_or_search)]
crate::path::entity_path!(LearningProviderPath, LearningProvider);
#[cfg(msgraph_v1_employee_experience_or_search)]
crate::path::entity_path!(LearningSelfInitiatedCourse plain);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(LevelMapPath, LevelMap);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(LicenseDetails plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(LinkedResource plain);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(ListPath, List);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(ListItemPath, ListItem);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(ListItemVersionPath, AnyListItemVersion);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(LocalizedNotificationMessage plain);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(LoginPagePath, LoginPage);
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
crate::path::entity_path!(AnyLongRunningOperation plain);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(M365AppsInstallationOptionsPath, M365AppsInstallationOptions);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    MacOsCompliancePolicy via path_types::DeviceCompliancePolicyPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    MacOsCustomConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    MacOsDeviceFeaturesConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MacOsDmgAppPath, MacOsDmgApp);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    MacOsGeneralDeviceConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MacOsLobAppPath, MacOsLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MacOsMicrosoftDefenderApp via path_types::MobileAppPath);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MacOsMicrosoftEdgeApp via path_types::MobileAppPath);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MacOsOfficeSuiteApp via path_types::MobileAppPath);
#[cfg(msgraph_v1_information_protection_or_search)]
crate::path::entity_path!(
    MailAssessmentRequest via path_types::ThreatAssessmentRequestPath
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(MailFolderPath, AnyMailFolder);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(MailSearchFolder via path_types::MailFolderPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(MailboxPath, Mailbox);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(MailboxFolderPath, MailboxFolder);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(MailboxItem plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(MailboxProtectionRule via path_types::ProtectionRuleBasePath);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(MailboxProtectionUnit via path_types::ProtectionUnitBasePath);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    MailboxProtectionUnitsBulkAdditionJob via path_types::ProtectionUnitsBulkJobBasePath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    AnyMailboxRestoreArtifact via path_types::RestoreArtifactBasePath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    MailboxRestoreArtifactsBulkAdditionRequest via
    path_types::RestoreArtifactsBulkRequestBasePath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(MalwareStateForWindowsDevice plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedAndroidLobAppPath, ManagedAndroidLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedAndroidStoreAppPath, ManagedAndroidStoreApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(AnyManagedApp via path_types::MobileAppPath);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(
    AnyManagedAppConfiguration via path_types::ManagedAppPolicyPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedAppOperation plain);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(ManagedAppPolicyPath, AnyManagedAppPolicy);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(ManagedAppPolicyDeploymentSummary plain);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(ManagedAppProtectionPath, AnyManagedAppProtection);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedAppRegistrationPath, AnyManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(AnyManagedAppStatus plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedAppStatusRaw plain);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(ManagedDevicePath, ManagedDevice);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(
    ManagedDeviceMobileAppConfigurationPath, AnyManagedDeviceMobileAppConfiguration
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(
    ManagedDeviceMobileAppConfigurationAssignmentPath,
    ManagedDeviceMobileAppConfigurationAssignment
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedDeviceMobileAppConfigurationDeviceStatus plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedDeviceMobileAppConfigurationDeviceSummary plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedDeviceMobileAppConfigurationUserStatus plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedDeviceMobileAppConfigurationUserSummary plain);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(ManagedDeviceOverviewPath, ManagedDeviceOverview);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedEBookPath, AnyManagedEBook);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedEBookAssignmentPath, AnyManagedEBookAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedIosLobAppPath, ManagedIosLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedIosStoreAppPath, ManagedIosStoreApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(ManagedMobileAppPath, ManagedMobileApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(ManagedMobileLobAppPath, AnyManagedMobileLobApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(
    MdmWindowsInformationProtectionPolicy via
    path_types::WindowsInformationProtectionPath
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
crate::path::entity_path!(MeetingAttendanceReportPath, MeetingAttendanceReport);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(MembershipOutlierInsightPath, MembershipOutlierInsight);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(MessagePath, AnyMessage);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(MessageRulePath, MessageRule);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(MessageTracingRootPath, MessageTracingRoot);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(MicrosoftAccountUserConversationMember plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    MicrosoftAuthenticatorAuthenticationMethodPath,
    MicrosoftAuthenticatorAuthenticationMethod
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    MicrosoftAuthenticatorAuthenticationMethodConfigurationPath,
    MicrosoftAuthenticatorAuthenticationMethodConfiguration
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(MicrosoftAuthenticatorAuthenticationMethodTarget plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MicrosoftStoreForBusinessApp via path_types::MobileAppPath);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MobileAppPath, AnyMobileApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MobileAppAssignmentPath, MobileAppAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MobileAppCategory plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MobileAppContentPath, MobileAppContent);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MobileAppContentFilePath, MobileAppContentFile);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MobileAppRelationship plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    MobileAppTroubleshootingEventPath, MobileAppTroubleshootingEvent
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(AnyMobileContainedApp plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(MobileLobAppPath, AnyMobileLobApp);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(MobileThreatDefenseConnector plain);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(MultiTenantOrganizationPath, MultiTenantOrganization);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    MultiTenantOrganizationIdentitySyncPolicyTemplatePath,
    MultiTenantOrganizationIdentitySyncPolicyTemplate
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(
    MultiTenantOrganizationJoinRequestRecordPath,
    MultiTenantOrganizationJoinRequestRecord
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    MultiTenantOrganizationMemberPath, MultiTenantOrganizationMember
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    MultiTenantOrganizationPartnerConfigurationTemplatePath,
    MultiTenantOrganizationPartnerConfigurationTemplate
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(MultiValueLegacyExtendedProperty plain);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(MuteParticipantOperation via path_types::CommsOperationPath);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(NamedLocationPath, AnyNamedLocation);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(NotebookPath, Notebook);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(NotificationMessageTemplatePath, NotificationMessageTemplate);
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
crate::path::entity_path!(OAuth2PermissionGrant plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    AnyOfferShiftRequest via path_types::ScheduleChangeRequestPath
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OfficeGraphInsightsPath, AnyOfficeGraphInsights);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
crate::path::entity_path!(OidcIdentityProviderPath, OidcIdentityProvider);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    OnAttributeCollectionListenerPath, OnAttributeCollectionListener
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
crate::path::entity_path!(
    OnAttributeCollectionStartCustomExtension via
    path_types::CustomAuthenticationExtensionPath
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    OnAttributeCollectionStartListenerPath, OnAttributeCollectionStartListener
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
crate::path::entity_path!(
    OnAttributeCollectionSubmitCustomExtension via
    path_types::CustomAuthenticationExtensionPath
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    OnAttributeCollectionSubmitListenerPath, OnAttributeCollectionSubmitListener
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    OnAuthenticationMethodLoadStartListenerPath, OnAuthenticationMethodLoadStartListener
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(OnEmailOtpSendListenerPath, OnEmailOtpSendListener);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    OnFraudProtectionLoadStartListenerPath, OnFraudProtectionLoadStartListener
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    OnInteractiveAuthFlowStartListenerPath, OnInteractiveAuthFlowStartListener
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
crate::path::entity_path!(
    OnOtpSendCustomExtension via path_types::CustomAuthenticationExtensionPath
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
crate::path::entity_path!(
    OnPasswordSubmitCustomExtension via path_types::CustomAuthenticationExtensionPath
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(OnPasswordSubmitListenerPath, OnPasswordSubmitListener);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(OnPremisesConditionalAccessSettings plain);
#[cfg(msgraph_v1_directory_or_search)]
crate::path::entity_path!(
    OnPremisesDirectorySynchronizationPath, OnPremisesDirectorySynchronization
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OnPremisesSyncBehavior plain);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
crate::path::entity_path!(
    OnTokenIssuanceStartCustomExtension via path_types::CustomAuthenticationExtensionPath
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    OnTokenIssuanceStartListenerPath, OnTokenIssuanceStartListener
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(OnUserCreateStartListenerPath, OnUserCreateStartListener);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
crate::path::entity_path!(
    OnVerifiedIdClaimValidationCustomExtension via
    path_types::CustomAuthenticationExtensionPath
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    OnVerifiedIdClaimValidationListenerPath, OnVerifiedIdClaimValidationListener
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    OneDriveForBusinessBrowseSessionPath, OneDriveForBusinessBrowseSession
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    OneDriveForBusinessProtectionPolicyPath, OneDriveForBusinessProtectionPolicy
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    OneDriveForBusinessRestoreSessionPath, OneDriveForBusinessRestoreSession
);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(OnenotePath, Onenote);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(AnyOnenoteEntityBaseModel plain);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(
    OnenoteEntityHierarchyModelPath, AnyOnenoteEntityHierarchyModel
);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(AnyOnenoteEntitySchemaObjectModel plain);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(OnenoteOperationPath, OnenoteOperation);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(OnenotePagePath, OnenotePage);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(OnenoteResourcePath, OnenoteResource);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(OnenoteSectionPath, OnenoteSection);
#[cfg(msgraph_v1_core_or_communications)]
crate::path::entity_path!(OnlineMeetingPath, OnlineMeeting);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
crate::path::entity_path!(OnlineMeetingBasePath, AnyOnlineMeetingBase);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    OnlineMeetingEngagementConversationPath, OnlineMeetingEngagementConversation
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OpenShiftPath, OpenShift);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    OpenShiftChangeRequest via path_types::ScheduleChangeRequestPath
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OpenTypeExtension plain);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(AnyOperation plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OrgContactPath, OrgContact);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OrganizationPath, Organization);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OrganizationalBrandingPath, OrganizationalBranding);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    OrganizationalBrandingLocalization via
    path_types::OrganizationalBrandingPropertiesPath
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    OrganizationalBrandingPropertiesPath, AnyOrganizationalBrandingProperties
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OutlookCategory plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AnyOutlookItem plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(OutlookUserPath, OutlookUser);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(OwnerlessGroupPolicyPath, OwnerlessGroupPolicy);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(ParticipantPath, Participant);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(
    ParticipantJoiningNotificationPath, ParticipantJoiningNotification
);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(ParticipantLeftNotificationPath, ParticipantLeftNotification);
#[cfg(msgraph_v1_reports_or_search)]
crate::path::entity_path!(PartnersPath, Partners);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(PasskeyAuthenticationMethodTarget plain);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(PasskeyProfilePath, PasskeyProfile);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    PasswordAuthenticationMethod via path_types::AuthenticationMethodPath
);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(PayloadPath, Payload);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(PeopleAdminSettingsPath, PeopleAdminSettings);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
crate::path::entity_path!(PermissionPath, Permission);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PermissionGrantConditionSet plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PermissionGrantPolicyPath, PermissionGrantPolicy);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PersonPath, Person);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PhoneAuthenticationMethodPath, PhoneAuthenticationMethod);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(PhoneUserConversationMember plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PinnedChatMessageInfoPath, PinnedChatMessageInfo);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(PlacePath, AnyPlace);
#[cfg(msgraph_v1_planner_or_search)]
crate::path::entity_path!(PlannerPath, Planner);
#[cfg(msgraph_v1_core_or_planner)]
crate::path::entity_path!(
    PlannerAssignedToTaskBoardTaskFormatPath, PlannerAssignedToTaskBoardTaskFormat
);
#[cfg(msgraph_v1_core_or_planner)]
crate::path::entity_path!(PlannerBucketPath, PlannerBucket);
#[cfg(msgraph_v1_core_or_planner)]
crate::path::entity_path!(PlannerBucketTaskBoardTaskFormat plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PlannerGroupPath, PlannerGroup);
#[cfg(msgraph_v1_core_or_planner)]
crate::path::entity_path!(PlannerPlanPath, PlannerPlan);
#[cfg(msgraph_v1_core_or_planner)]
crate::path::entity_path!(PlannerPlanDetailsPath, PlannerPlanDetails);
#[cfg(msgraph_v1_core_or_planner)]
crate::path::entity_path!(PlannerProgressTaskBoardTaskFormat plain);
#[cfg(msgraph_v1_core_or_planner)]
crate::path::entity_path!(PlannerTaskPath, PlannerTask);
#[cfg(msgraph_v1_core_or_planner)]
crate::path::entity_path!(PlannerTaskDetailsPath, PlannerTaskDetails);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PlannerUserPath, PlannerUser);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    PlatformCredentialAuthenticationMethodPath, PlatformCredentialAuthenticationMethod
);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(PlayPromptOperation via path_types::CommsOperationPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AnyPolicyBase via path_types::DirectoryObjectPath);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
crate::path::entity_path!(AnyPolicyDeletableItem plain);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(PolicyRootPath, PolicyRoot);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PolicyTemplatePath, PolicyTemplate);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(PostPath, Post);
#[cfg(msgraph_v1_core_or_communications)]
crate::path::entity_path!(PresencePath, Presence);
#[cfg(msgraph_v1_print)]
crate::path::entity_path!(PrintPath, Print);
#[cfg(msgraph_v1_print_or_search)]
crate::path::entity_path!(PrintConnectorPath, PrintConnector);
#[cfg(msgraph_v1_core_or_print)]
crate::path::entity_path!(PrintDocumentPath, PrintDocument);
#[cfg(msgraph_v1_core_or_print)]
crate::path::entity_path!(PrintJobPath, PrintJob);
#[cfg(msgraph_v1_print_or_search)]
crate::path::entity_path!(PrintOperationPath, AnyPrintOperation);
#[cfg(msgraph_v1_print_or_search)]
crate::path::entity_path!(PrintServicePath, PrintService);
#[cfg(msgraph_v1_print_or_search)]
crate::path::entity_path!(PrintServiceEndpoint plain);
#[cfg(msgraph_v1_core_or_print)]
crate::path::entity_path!(PrintTaskPath, PrintTask);
#[cfg(msgraph_v1_print_or_search)]
crate::path::entity_path!(PrintTaskDefinitionPath, PrintTaskDefinition);
#[cfg(msgraph_v1_print_or_search)]
crate::path::entity_path!(PrintTaskTriggerPath, PrintTaskTrigger);
#[cfg(msgraph_v1_reports_or_search)]
crate::path::entity_path!(AnyPrintUsage plain);
#[cfg(msgraph_v1_reports_or_search)]
crate::path::entity_path!(PrintUsageByPrinter plain);
#[cfg(msgraph_v1_reports_or_search)]
crate::path::entity_path!(PrintUsageByUser plain);
#[cfg(msgraph_v1_print_or_search)]
crate::path::entity_path!(PrinterPath, Printer);
#[cfg(msgraph_v1_core_or_print)]
crate::path::entity_path!(PrinterBasePath, AnyPrinterBase);
#[cfg(msgraph_v1_print_or_search)]
crate::path::entity_path!(PrinterCreateOperationPath, PrinterCreateOperation);
#[cfg(msgraph_v1_core_or_print)]
crate::path::entity_path!(PrinterSharePath, PrinterShare);
#[cfg(msgraph_v1_privacy)]
crate::path::entity_path!(PrivacyPath, Privacy);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(PrivilegedAccessGroupPath, PrivilegedAccessGroup);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    PrivilegedAccessGroupAssignmentSchedulePath, PrivilegedAccessGroupAssignmentSchedule
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    PrivilegedAccessGroupAssignmentScheduleInstancePath,
    PrivilegedAccessGroupAssignmentScheduleInstance
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    PrivilegedAccessGroupAssignmentScheduleRequestPath,
    PrivilegedAccessGroupAssignmentScheduleRequest
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    PrivilegedAccessGroupEligibilitySchedulePath,
    PrivilegedAccessGroupEligibilitySchedule
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    PrivilegedAccessGroupEligibilityScheduleInstancePath,
    PrivilegedAccessGroupEligibilityScheduleInstance
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    PrivilegedAccessGroupEligibilityScheduleRequestPath,
    PrivilegedAccessGroupEligibilityScheduleRequest
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(PrivilegedAccessRootPath, PrivilegedAccessRoot);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(PrivilegedAccessSchedulePath, AnyPrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(AnyPrivilegedAccessScheduleInstance plain);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(
    PrivilegedAccessScheduleRequestPath, AnyPrivilegedAccessScheduleRequest
);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ProfileCardProperty plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ProfilePhotoPath, ProfilePhoto);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ProfilePropertySetting plain);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ProfileSource plain);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(PronounsSettings plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(ProtectionPolicyBasePath, AnyProtectionPolicyBase);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(ProtectionRuleBasePath, AnyProtectionRuleBase);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(ProtectionUnitBasePath, AnyProtectionUnitBase);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(ProtectionUnitsBulkJobBasePath, AnyProtectionUnitsBulkJobBase);
#[cfg(msgraph_v1_audit_logs_or_search)]
crate::path::entity_path!(ProvisioningObjectSummaryPath, ProvisioningObjectSummary);
#[cfg(msgraph_v1_directory_or_search)]
crate::path::entity_path!(PublicKeyInfrastructureRootPath, PublicKeyInfrastructureRoot);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(QrCodePath, QrCode);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    QrCodePinAuthenticationMethodPath, QrCodePinAuthenticationMethod
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    QrCodePinAuthenticationMethodConfigurationPath,
    QrCodePinAuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(QrPin plain);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(RbacApplicationPath, RbacApplication);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(ReadingAssignmentSubmission plain);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(ReadingCoachPassage plain);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(RecordOperation via path_types::CommsOperationPath);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(RecycleBinPath, RecycleBin);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(RecycleBinItem via path_types::BaseItemPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ReferenceAttachment plain);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(ReflectCheckInResponse plain);
#[cfg(msgraph_v1_reports_or_search)]
crate::path::entity_path!(RelyingPartyDetailedSummary plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(RemoteAssistancePartnerPath, RemoteAssistancePartner);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    RemoteDesktopSecurityConfigurationPath, RemoteDesktopSecurityConfiguration
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(RemoteTenantGroup via path_types::DirectoryObjectPath);
#[cfg(msgraph_v1_reports)]
crate::path::entity_path!(ReportRootPath, ReportRoot);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(ReportsRootPath, ReportsRoot);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
crate::path::entity_path!(RequestPath, AnyRequest);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
crate::path::entity_path!(
    ResellerDelegatedAdminRelationship via path_types::DelegatedAdminRelationshipPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(ResourceOperation plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    ResourceSpecificPermissionGrant via path_types::DirectoryObjectPath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(RestoreArtifactBasePath, AnyRestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    RestoreArtifactsBulkRequestBasePath, AnyRestoreArtifactsBulkRequestBase
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(RestorePointPath, RestorePoint);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(RestoreSessionBasePath, AnyRestoreSessionBase);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
crate::path::entity_path!(RichLongRunningOperationPath, RichLongRunningOperation);
#[cfg(msgraph_v1_identity_protection_or_search)]
crate::path::entity_path!(RiskDetectionPath, RiskDetection);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(RiskPreventionContainerPath, RiskPreventionContainer);
#[cfg(msgraph_v1_identity_protection_or_search)]
crate::path::entity_path!(RiskyServicePrincipalPath, AnyRiskyServicePrincipal);
#[cfg(msgraph_v1_identity_protection_or_search)]
crate::path::entity_path!(
    RiskyServicePrincipalHistoryItemPath, RiskyServicePrincipalHistoryItem
);
#[cfg(msgraph_v1_identity_protection_or_search)]
crate::path::entity_path!(RiskyUserPath, AnyRiskyUser);
#[cfg(msgraph_v1_identity_protection_or_search)]
crate::path::entity_path!(RiskyUserHistoryItemPath, RiskyUserHistoryItem);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(RoleAssignmentPath, AnyRoleAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(RoleDefinitionPath, AnyRoleDefinition);
#[cfg(msgraph_v1_role_management)]
crate::path::entity_path!(RoleManagementPath, RoleManagement);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(Room via path_types::PlacePath);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(RoomListPath, RoomList);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
crate::path::entity_path!(
    SamlOrWsFedExternalDomainFederationPath, SamlOrWsFedExternalDomainFederation
);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
crate::path::entity_path!(AnySamlOrWsFedProvider plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(SchedulePath, Schedule);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ScheduleChangeRequestPath, AnyScheduleChangeRequest);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(SchedulingGroup via path_types::ChangeTrackedEntityPath);
#[cfg(msgraph_v1_schema_extensions_or_search)]
crate::path::entity_path!(SchemaExtension plain);
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
crate::path::entity_path!(ScopedRoleMembershipPath, ScopedRoleMembership);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(SearchEntityPath, SearchEntity);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(Section via path_types::PlacePath);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(SectionGroupPath, SectionGroup);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(SectionMap plain);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(SecureScorePath, SecureScore);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(SecureScoreControlProfilePath, SecureScoreControlProfile);
#[cfg(msgraph_v1_security)]
crate::path::entity_path!(SecurityPath, Security);
#[cfg(msgraph_v1_reports_or_search)]
crate::path::entity_path!(SecurityReportsRootPath, SecurityReportsRoot);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(SendDtmfTonesOperation via path_types::CommsOperationPath);
#[cfg(msgraph_v1_core_or_security)]
crate::path::entity_path!(SensitivityLabelPath, SensitivityLabel);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ServiceAnnouncementPath, ServiceAnnouncement);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(
    ServiceAnnouncementAttachmentPath, ServiceAnnouncementAttachment
);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(AnyServiceAnnouncementBase plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(ServiceAppPath, ServiceApp);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ServiceHealthPath, ServiceHealth);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ServiceHealthIssuePath, ServiceHealthIssue);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ServicePrincipalPath, AnyServicePrincipal);
#[cfg(msgraph_v1_identity_protection_or_search)]
crate::path::entity_path!(
    ServicePrincipalRiskDetectionPath, ServicePrincipalRiskDetection
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(AnyServiceProviderConstraints plain);
#[cfg(msgraph_v1_core_or_storage)]
crate::path::entity_path!(ServiceStorageQuotaBreakdown plain);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(ServiceUpdateMessagePath, ServiceUpdateMessage);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(SettingStateDeviceSummary plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(SharePointBrowseSessionPath, SharePointBrowseSession);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointGroupPath, SharePointGroup);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointGroupMemberPath, SharePointGroupMember);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(AnySharePointMigrationEvent plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointMigrationFinishManifestFileUploadEvent plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointMigrationJobPath, SharePointMigrationJob);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointMigrationJobCancelledEvent plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointMigrationJobDeletedEvent plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(
    SharePointMigrationJobErrorEventPath, SharePointMigrationJobErrorEvent
);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointMigrationJobPostponedEvent plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointMigrationJobProgressEvent plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointMigrationJobQueuedEvent plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(SharePointMigrationJobStartEvent plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(SharePointProtectionPolicyPath, SharePointProtectionPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(SharePointRestoreSessionPath, SharePointRestoreSession);
#[cfg(msgraph_v1_search_or_shares)]
crate::path::entity_path!(SharedDriveItemPath, SharedDriveItem);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(SharedInsightPath, SharedInsight);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(SharedPcConfigurationPath, SharedPcConfiguration);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(SharedWithChannelTeamInfoPath, SharedWithChannelTeamInfo);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(SharepointPath, Sharepoint);
#[cfg(msgraph_v1_admin_or_search)]
crate::path::entity_path!(SharepointSettingsPath, SharepointSettings);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ShiftPath, Shift);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(ShiftPreferences via path_types::ChangeTrackedEntityPath);
#[cfg(msgraph_v1_audit_logs_or_search)]
crate::path::entity_path!(SignInPath, SignIn);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(SimulationPath, Simulation);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(SimulationAutomationPath, SimulationAutomation);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(SimulationAutomationRun plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(SingleValueLegacyExtendedProperty plain);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(SitePath, Site);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(SitePagePath, SitePage);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(SiteProtectionRule via path_types::ProtectionRuleBasePath);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(SiteProtectionUnit via path_types::ProtectionUnitBasePath);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    SiteProtectionUnitsBulkAdditionJob via path_types::ProtectionUnitsBulkJobBasePath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(SiteRestoreArtifact via path_types::RestoreArtifactBasePath);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    SiteRestoreArtifactsBulkAdditionRequest via
    path_types::RestoreArtifactsBulkRequestBasePath
);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(SkypeForBusinessUserConversationMember plain);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(SkypeUserConversationMember plain);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    SmsAuthenticationMethodConfigurationPath, SmsAuthenticationMethodConfiguration
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(SmsAuthenticationMethodTarget plain);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
crate::path::entity_path!(SocialIdentityProvider plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    SoftwareOathAuthenticationMethod via path_types::AuthenticationMethodPath
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    SoftwareOathAuthenticationMethodConfigurationPath,
    SoftwareOathAuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(SoftwareUpdateStatusSummary plain);
#[cfg(msgraph_v1_solutions)]
crate::path::entity_path!(SolutionsRootPath, SolutionsRoot);
#[cfg(msgraph_v1_education_or_search)]
crate::path::entity_path!(SpeakerAssignmentSubmission plain);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(StandardWebPartPath, StandardWebPart);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(StartHoldMusicOperation via path_types::CommsOperationPath);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(StopHoldMusicOperation via path_types::CommsOperationPath);
#[cfg(msgraph_v1_storage)]
crate::path::entity_path!(StoragePath, Storage);
#[cfg(msgraph_v1_core_or_storage)]
crate::path::entity_path!(AnyStorageQuotaBreakdown plain);
#[cfg(msgraph_v1_search_or_storage)]
crate::path::entity_path!(StorageSettingsPath, StorageSettings);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(StsPolicyPath, AnyStsPolicy);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
crate::path::entity_path!(SubjectRightsRequestPath, SubjectRightsRequest);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(SubscribeToToneOperation via path_types::CommsOperationPath);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
crate::path::entity_path!(SubscribedSkuPath, SubscribedSku);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
crate::path::entity_path!(SubscriptionPath, Subscription);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    SwapShiftsChangeRequest via path_types::ScheduleChangeRequestPath
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(SynchronizationPath, Synchronization);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(SynchronizationJobPath, SynchronizationJob);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(SynchronizationSchemaPath, SynchronizationSchema);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(SynchronizationTemplatePath, SynchronizationTemplate);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TargetDeviceGroup plain);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(TargetedChatMessagePath, TargetedChatMessage);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(
    TargetedManagedAppConfigurationPath, TargetedManagedAppConfiguration
);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(
    TargetedManagedAppPolicyAssignmentPath, TargetedManagedAppPolicyAssignment
);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(
    TargetedManagedAppProtectionPath, AnyTargetedManagedAppProtection
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TaskFileAttachment via path_types::AttachmentBasePath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TeamPath, Team);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(TeamInfoPath, AnyTeamInfo);
#[cfg(msgraph_v1_app_catalogs_or_search)]
crate::path::entity_path!(TeamsAppPath, TeamsApp);
#[cfg(msgraph_v1_app_catalogs_or_search)]
crate::path::entity_path!(TeamsAppDefinitionPath, TeamsAppDefinition);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TeamsAppInstallationPath, AnyTeamsAppInstallation);
#[cfg(msgraph_v1_search_or_teamwork)]
crate::path::entity_path!(TeamsAppSettings plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TeamsAsyncOperationPath, TeamsAsyncOperation);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(TeamsTabPath, TeamsTab);
#[cfg(msgraph_v1_search_or_teams_templates)]
crate::path::entity_path!(TeamsTemplate plain);
#[cfg(msgraph_v1_search_or_teamwork)]
crate::path::entity_path!(TeamworkPath, Teamwork);
#[cfg(msgraph_v1_app_catalogs_or_search)]
crate::path::entity_path!(TeamworkBot plain);
#[cfg(msgraph_v1_core_or_teamwork)]
crate::path::entity_path!(TeamworkHostedContentPath, AnyTeamworkHostedContent);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TeamworkTagPath, TeamworkTag);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TeamworkTagMember plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    TemporaryAccessPassAuthenticationMethod via path_types::AuthenticationMethodPath
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    TemporaryAccessPassAuthenticationMethodConfigurationPath,
    TemporaryAccessPassAuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TenantAppManagementPolicyPath, TenantAppManagementPolicy);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(
    TenantDataSecurityAndGovernancePath, TenantDataSecurityAndGovernance
);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(
    TenantProtectionScopeContainerPath, TenantProtectionScopeContainer
);
#[cfg(msgraph_v1_tenant_relationships)]
crate::path::entity_path!(TenantRelationshipPath, TenantRelationship);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(TermsAndConditionsPath, TermsAndConditions);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    TermsAndConditionsAcceptanceStatusPath, TermsAndConditionsAcceptanceStatus
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    TermsAndConditionsAssignmentPath, TermsAndConditionsAssignment
);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(TermsOfUseContainerPath, TermsOfUseContainer);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(TextWebPart via path_types::WebPartPath);
#[cfg(msgraph_v1_information_protection_or_search)]
crate::path::entity_path!(ThreatAssessmentRequestPath, AnyThreatAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
crate::path::entity_path!(ThreatAssessmentResult plain);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(ThumbnailSetPath, ThumbnailSet);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TimeCardPath, TimeCard);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TimeOffPath, TimeOff);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TimeOffReason via path_types::ChangeTrackedEntityPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TimeOffRequest via path_types::ScheduleChangeRequestPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TodoPath, Todo);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TodoTaskPath, TodoTask);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TodoTaskListPath, TodoTaskList);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TokenIssuancePolicy via path_types::StsPolicyPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TokenLifetimePolicy via path_types::StsPolicyPath);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(TrainingPath, Training);
#[cfg(msgraph_v1_search_or_security)]
crate::path::entity_path!(TrainingLanguageDetailPath, TrainingLanguageDetail);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(TrendingPath, Trending);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(UnifiedRbacResourceAction plain);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(
    UnifiedRbacResourceNamespacePath, UnifiedRbacResourceNamespace
);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(UnifiedRoleAssignmentPath, UnifiedRoleAssignment);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(
    UnifiedRoleAssignmentSchedulePath, UnifiedRoleAssignmentSchedule
);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(
    UnifiedRoleAssignmentScheduleInstancePath, UnifiedRoleAssignmentScheduleInstance
);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(
    UnifiedRoleAssignmentScheduleRequestPath, UnifiedRoleAssignmentScheduleRequest
);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(UnifiedRoleDefinitionPath, UnifiedRoleDefinition);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(
    UnifiedRoleEligibilitySchedulePath, UnifiedRoleEligibilitySchedule
);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(
    UnifiedRoleEligibilityScheduleInstance via
    path_types::UnifiedRoleScheduleInstanceBasePath
);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(
    UnifiedRoleEligibilityScheduleRequestPath, UnifiedRoleEligibilityScheduleRequest
);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(UnifiedRoleManagementPolicyPath, UnifiedRoleManagementPolicy);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(
    UnifiedRoleManagementPolicyApprovalRulePath, UnifiedRoleManagementPolicyApprovalRule
);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(
    UnifiedRoleManagementPolicyAssignmentPath, UnifiedRoleManagementPolicyAssignment
);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(
    UnifiedRoleManagementPolicyAuthenticationContextRule via
    path_types::UnifiedRoleManagementPolicyRulePath
);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(
    UnifiedRoleManagementPolicyEnablementRule via
    path_types::UnifiedRoleManagementPolicyRulePath
);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(
    UnifiedRoleManagementPolicyExpirationRule via
    path_types::UnifiedRoleManagementPolicyRulePath
);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(
    UnifiedRoleManagementPolicyNotificationRule via
    path_types::UnifiedRoleManagementPolicyRulePath
);
#[cfg(msgraph_v1_policies_or_search)]
crate::path::entity_path!(
    UnifiedRoleManagementPolicyRulePath, AnyUnifiedRoleManagementPolicyRule
);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(UnifiedRoleScheduleBasePath, AnyUnifiedRoleScheduleBase);
#[cfg(msgraph_v1_role_management_or_search)]
crate::path::entity_path!(
    UnifiedRoleScheduleInstanceBasePath, AnyUnifiedRoleScheduleInstanceBase
);
#[cfg(msgraph_v1_core_or_storage)]
crate::path::entity_path!(UnifiedStorageQuotaPath, UnifiedStorageQuota);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(UnitMap plain);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(UnmuteParticipantOperation via path_types::CommsOperationPath);
#[cfg(msgraph_v1_communications_or_search)]
crate::path::entity_path!(
    UpdateRecordingStatusOperation via path_types::CommsOperationPath
);
#[cfg(msgraph_v1_information_protection_or_search)]
crate::path::entity_path!(
    UrlAssessmentRequest via path_types::ThreatAssessmentRequestPath
);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(UsageRightsIncluded plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(UsedInsightPath, UsedInsight);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(UserPath, AnyUser);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(UserActivityPath, UserActivity);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(UserConsentRequestPath, UserConsentRequest);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    UserDataSecurityAndGovernancePath, UserDataSecurityAndGovernance
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails plain
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId plain
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion plain
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsAppHealthApplicationPerformance plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsAppHealthDeviceModelPerformance plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsAppHealthDevicePerformance plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    UserExperienceAnalyticsAppHealthDevicePerformanceDetails plain
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsAppHealthOsVersionPerformance plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    UserExperienceAnalyticsBaselinePath, UserExperienceAnalyticsBaseline
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    UserExperienceAnalyticsCategoryPath, UserExperienceAnalyticsCategory
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsDevicePerformance plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsDeviceScores plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsDeviceStartupHistory plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsDeviceStartupProcess plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsDeviceStartupProcessPerformance plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsMetric plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsMetricHistory plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsModelScores plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsOverview plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsScoreHistory plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsWorkFromAnywhereDevice plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric plain
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    UserExperienceAnalyticsWorkFromAnywhereMetricPath,
    UserExperienceAnalyticsWorkFromAnywhereMetric
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(UserExperienceAnalyticsWorkFromAnywhereModelPerformance plain);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    UserFlowLanguageConfigurationPath, UserFlowLanguageConfiguration
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(UserFlowLanguagePagePath, UserFlowLanguagePage);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(UserInsightsSettings plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(UserInstallStateSummaryPath, UserInstallStateSummary);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    UserProtectionScopeContainerPath, UserProtectionScopeContainer
);
#[cfg(msgraph_v1_reports_or_search)]
crate::path::entity_path!(UserRegistrationDetails plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    UserScopeTeamsAppInstallationPath, UserScopeTeamsAppInstallation
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(UserSettingsPath, UserSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
crate::path::entity_path!(UserSignInInsight plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(UserSolutionRootPath, UserSolutionRoot);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(UserStoragePath, UserStorage);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(UserTeamworkPath, UserTeamwork);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(VerifiableCredentialAuthenticationMethodTarget plain);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    VerifiableCredentialsAuthenticationMethodConfigurationPath,
    VerifiableCredentialsAuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(VerifiedIdProfilePath, VerifiedIdProfile);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(VerticalSectionPath, VerticalSection);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(VirtualEndpointPath, VirtualEndpoint);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventPath, AnyVirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventPresenterPath, VirtualEventPresenter);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventRegistrationPath, VirtualEventRegistration);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    VirtualEventRegistrationConfigurationPath, AnyVirtualEventRegistrationConfiguration
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventRegistrationCustomQuestion plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventRegistrationPredefinedQuestion plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(AnyVirtualEventRegistrationQuestionBase plain);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventSessionPath, VirtualEventSession);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventTownhallPath, VirtualEventTownhall);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    VirtualEventTownhallRegistrationConfiguration via
    path_types::VirtualEventRegistrationConfigurationPath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventWebinarPath, VirtualEventWebinar);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(
    VirtualEventWebinarRegistrationConfiguration via
    path_types::VirtualEventRegistrationConfigurationPath
);
#[cfg(msgraph_v1_search_or_solutions)]
crate::path::entity_path!(VirtualEventsRootPath, VirtualEventsRoot);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    VoiceAuthenticationMethodConfigurationPath, VoiceAuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(VppTokenPath, VppToken);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(WebApp via path_types::MobileAppPath);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    WebApplicationFirewallProviderPath, AnyWebApplicationFirewallProvider
);
#[cfg(msgraph_v1_identity_or_search)]
crate::path::entity_path!(
    WebApplicationFirewallVerificationModelPath, WebApplicationFirewallVerificationModel
);
#[cfg(msgraph_v1_core_or_sites)]
crate::path::entity_path!(WebPartPath, AnyWebPart);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
crate::path::entity_path!(
    WhatIfAnalysisResult via path_types::ConditionalAccessPolicyPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(Win32LobAppPath, Win32LobApp);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10CompliancePolicy via path_types::DeviceCompliancePolicyPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10CustomConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10EndpointProtectionConfigurationPath,
    Windows10EndpointProtectionConfiguration
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10EnrollmentCompletionPageConfiguration via
    path_types::DeviceEnrollmentConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10EnterpriseModernAppManagementConfiguration via
    path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10GeneralConfigurationPath, Windows10GeneralConfiguration
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10MobileCompliancePolicy via path_types::DeviceCompliancePolicyPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10SecureAssessmentConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows10TeamGeneralConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows81CompliancePolicy via path_types::DeviceCompliancePolicyPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    Windows81GeneralConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(WindowsAppXPath, WindowsAppX);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(
    WindowsAutopilotDeploymentProfilePath, WindowsAutopilotDeploymentProfile
);
#[cfg(msgraph_v1_search)]
crate::path::entity_path!(WindowsAutopilotDeploymentProfileAssignment plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    WindowsAutopilotDeviceIdentityPath, WindowsAutopilotDeviceIdentity
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    WindowsDefenderAdvancedThreatProtectionConfiguration via
    path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(WindowsDeviceMalwareState plain);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    WindowsHelloForBusinessAuthenticationMethodPath,
    WindowsHelloForBusinessAuthenticationMethod
);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(
    WindowsInformationProtectionPath, AnyWindowsInformationProtection
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(WindowsInformationProtectionAppLearningSummary plain);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(WindowsInformationProtectionAppLockerFile plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(WindowsInformationProtectionNetworkLearningSummary plain);
#[cfg(msgraph_v1_core_or_device_app_management)]
crate::path::entity_path!(
    WindowsInformationProtectionPolicy via path_types::WindowsInformationProtectionPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(WindowsMalwareInformationPath, WindowsMalwareInformation);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(WindowsMicrosoftEdgeApp via path_types::MobileAppPath);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(WindowsMobileMsi via path_types::MobileLobAppPath);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    WindowsPhone81CompliancePolicy via path_types::DeviceCompliancePolicyPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    WindowsPhone81CustomConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    WindowsPhone81GeneralConfiguration via path_types::DeviceConfigurationPath
);
#[cfg(msgraph_v1_core_or_device_management)]
crate::path::entity_path!(WindowsProtectionStatePath, WindowsProtectionState);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(WindowsSettingPath, WindowsSetting);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(WindowsSettingInstance plain);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(WindowsUniversalAppXPath, WindowsUniversalAppX);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(WindowsUniversalAppXContainedApp plain);
#[cfg(msgraph_v1_device_management_or_search)]
crate::path::entity_path!(
    WindowsUpdateForBusinessConfigurationPath, WindowsUpdateForBusinessConfiguration
);
#[cfg(msgraph_v1_device_app_management_or_search)]
crate::path::entity_path!(WindowsWebApp via path_types::MobileAppPath);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(
    WorkHoursAndLocationsSettingPath, WorkHoursAndLocationsSetting
);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(WorkPlanOccurrencePath, WorkPlanOccurrence);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(WorkPlanRecurrencePath, WorkPlanRecurrence);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookPath, Workbook);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookApplicationPath, WorkbookApplication);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartPath, WorkbookChart);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartAreaFormatPath, WorkbookChartAreaFormat);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartAxesPath, WorkbookChartAxes);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartAxisPath, WorkbookChartAxis);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartAxisFormatPath, WorkbookChartAxisFormat);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartAxisTitlePath, WorkbookChartAxisTitle);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(
    WorkbookChartAxisTitleFormatPath, WorkbookChartAxisTitleFormat
);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(
    WorkbookChartDataLabelFormatPath, WorkbookChartDataLabelFormat
);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartDataLabelsPath, WorkbookChartDataLabels);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartFillPath, WorkbookChartFill);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartFont plain);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartGridlinesPath, WorkbookChartGridlines);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(
    WorkbookChartGridlinesFormatPath, WorkbookChartGridlinesFormat
);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartLegendPath, WorkbookChartLegend);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartLegendFormatPath, WorkbookChartLegendFormat);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartLineFormatPath, WorkbookChartLineFormat);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartPointPath, WorkbookChartPoint);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartPointFormatPath, WorkbookChartPointFormat);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartSeriesPath, WorkbookChartSeries);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartSeriesFormatPath, WorkbookChartSeriesFormat);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartTitlePath, WorkbookChartTitle);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookChartTitleFormatPath, WorkbookChartTitleFormat);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookCommentPath, WorkbookComment);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookCommentReply plain);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookFilterPath, WorkbookFilter);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookFormatProtection plain);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookFunctionResult plain);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookFunctionsPath, WorkbookFunctions);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookNamedItemPath, WorkbookNamedItem);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookOperationPath, WorkbookOperation);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookPivotTablePath, WorkbookPivotTable);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookRangePath, WorkbookRange);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookRangeBorder plain);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookRangeFillPath, WorkbookRangeFill);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookRangeFont plain);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookRangeFormatPath, WorkbookRangeFormat);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookRangeSortPath, WorkbookRangeSort);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookRangeViewPath, WorkbookRangeView);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookTablePath, WorkbookTable);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookTableColumnPath, WorkbookTableColumn);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookTableRowPath, WorkbookTableRow);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookTableSortPath, WorkbookTableSort);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookWorksheetPath, WorkbookWorksheet);
#[cfg(msgraph_v1_drives_or_search)]
crate::path::entity_path!(WorkbookWorksheetProtectionPath, WorkbookWorksheetProtection);
#[cfg(msgraph_v1_search_or_teamwork)]
crate::path::entity_path!(WorkforceIntegrationPath, WorkforceIntegration);
#[cfg(msgraph_v1_core)]
crate::path::entity_path!(WorkingTimeSchedulePath, WorkingTimeSchedule);
#[cfg(msgraph_v1_places_or_search)]
crate::path::entity_path!(WorkspacePath, Workspace);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
crate::path::entity_path!(
    X509CertificateAuthenticationMethodConfigurationPath,
    X509CertificateAuthenticationMethodConfiguration
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
crate::path::entity_path!(X509CertificateCombinationConfiguration plain);
/// Requests of paths to entities of the namespace `microsoft.graph.callRecords`.
pub mod call_records {
    #[allow(unused_imports)]
    use crate::v1::call_records as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_communications_or_search)]
    crate::path::entity_path!(CallRecordPath, CallRecord);
    #[cfg(msgraph_v1_communications_or_search)]
    crate::path::entity_path!(
        Organizer via path_types::call_records::ParticipantBasePath
    );
    #[cfg(msgraph_v1_communications_or_search)]
    crate::path::entity_path!(
        Participant via path_types::call_records::ParticipantBasePath
    );
    #[cfg(msgraph_v1_communications_or_search)]
    crate::path::entity_path!(ParticipantBasePath, AnyParticipantBase);
    #[cfg(msgraph_v1_communications_or_search)]
    crate::path::entity_path!(SegmentPath, Segment);
    #[cfg(msgraph_v1_communications_or_search)]
    crate::path::entity_path!(SessionPath, Session);
}
/// Requests of paths to entities of the namespace `microsoft.graph.entraRecoveryServices`.
pub mod entra_recovery_services {
    #[allow(unused_imports)]
    use crate::v1::entra_recovery_services as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_directory_or_search)]
    crate::path::entity_path!(RecoveryPath, Recovery);
    #[cfg(msgraph_v1_directory_or_search)]
    crate::path::entity_path!(RecoveryChangeObjectBase plain);
    #[cfg(msgraph_v1_directory_or_search)]
    crate::path::entity_path!(RecoveryJobPath, RecoveryJob);
    #[cfg(msgraph_v1_directory_or_search)]
    crate::path::entity_path!(RecoveryJobBasePath, AnyRecoveryJobBase);
    #[cfg(msgraph_v1_directory_or_search)]
    crate::path::entity_path!(RecoveryPreviewJobPath, RecoveryPreviewJob);
    #[cfg(msgraph_v1_directory_or_search)]
    crate::path::entity_path!(SnapshotPath, Snapshot);
}
/// Requests of paths to entities of the namespace `microsoft.graph.externalConnectors`.
pub mod external_connectors {
    #[allow(unused_imports)]
    use crate::v1::external_connectors as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    crate::path::entity_path!(ConnectionOperationPath, ConnectionOperation);
    #[cfg(msgraph_v1_external)]
    crate::path::entity_path!(ExternalPath, External);
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    crate::path::entity_path!(ExternalActivityPath, AnyExternalActivity);
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    crate::path::entity_path!(ExternalActivityResultPath, ExternalActivityResult);
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    crate::path::entity_path!(ExternalConnectionPath, ExternalConnection);
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    crate::path::entity_path!(ExternalGroupPath, ExternalGroup);
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    crate::path::entity_path!(ExternalItemPath, ExternalItem);
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    crate::path::entity_path!(Identity plain);
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    crate::path::entity_path!(Schema plain);
}
/// Requests of paths to entities of the namespace `microsoft.graph.identityGovernance`.
pub mod identity_governance {
    #[allow(unused_imports)]
    use crate::v1::identity_governance as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(CustomTaskExtensionPath, CustomTaskExtension);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(InsightsPath, Insights);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(
        LifecycleManagementSettingsPath, LifecycleManagementSettings
    );
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(
        LifecycleWorkflowsContainerPath, LifecycleWorkflowsContainer
    );
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(RunPath, Run);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(TaskPath, Task);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(TaskDefinition plain);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(TaskProcessingResultPath, TaskProcessingResult);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(TaskReportPath, TaskReport);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(UserProcessingResultPath, UserProcessingResult);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(WorkflowPath, Workflow);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(WorkflowBasePath, AnyWorkflowBase);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(WorkflowTemplatePath, WorkflowTemplate);
    #[cfg(msgraph_v1_identity_governance_or_search)]
    crate::path::entity_path!(WorkflowVersionPath, WorkflowVersion);
}
/// Requests of paths to entities of the namespace `microsoft.graph.partners.billing`.
pub mod partners_billing {
    #[allow(unused_imports)]
    use crate::v1::partners_billing as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(AzureUsagePath, AzureUsage);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(BilledReconciliationPath, BilledReconciliation);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(BilledUsagePath, BilledUsage);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(BillingPath, Billing);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(BillingReconciliationPath, BillingReconciliation);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(ExportSuccessOperationPath, ExportSuccessOperation);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(FailedOperationPath, FailedOperation);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(Manifest plain);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(AnyOperation plain);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(RunningOperation plain);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(UnbilledReconciliationPath, UnbilledReconciliation);
    #[cfg(msgraph_v1_reports_or_search)]
    crate::path::entity_path!(UnbilledUsagePath, UnbilledUsage);
}
/// Requests of paths to entities of the namespace `microsoft.graph.search`.
pub mod search {
    #[allow(unused_imports)]
    use crate::v1::search as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_search)]
    crate::path::entity_path!(Acronym via path_types::search::SearchAnswerPath);
    #[cfg(msgraph_v1_search)]
    crate::path::entity_path!(BookmarkPath, Bookmark);
    #[cfg(msgraph_v1_search)]
    crate::path::entity_path!(QnaPath, Qna);
    #[cfg(msgraph_v1_search)]
    crate::path::entity_path!(SearchAnswerPath, AnySearchAnswer);
}
/// Requests of paths to entities of the namespace `microsoft.graph.security`.
pub mod security {
    #[allow(unused_imports)]
    use crate::v1::security as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(AlertPath, Alert);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(AnalyzedEmailPath, AnalyzedEmail);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(ArticlePath, Article);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(ArticleIndicator via path_types::security::IndicatorPath);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(AnyArtifact plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(AuditCoreRootPath, AuditCoreRoot);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(AuditLogQueryPath, AuditLogQuery);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(AuditLogRecordPath, AuditLogRecord);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        AuthorityTemplate via path_types::security::FilePlanDescriptorTemplatePath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(AutoAuditingConfiguration plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(CasePath, AnyCase);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(CaseOperationPath, AnyCaseOperation);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(CasesRootPath, CasesRoot);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(CategoryTemplatePath, CategoryTemplate);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        CitationTemplate via path_types::security::FilePlanDescriptorTemplatePath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(CollaborationRootPath, CollaborationRoot);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(DataSetPath, AnyDataSet);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(DataSourcePath, AnyDataSource);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(AnyDataSourceContainer plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        DepartmentTemplate via path_types::security::FilePlanDescriptorTemplatePath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(DispositionReviewStage plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoveryAddToReviewSetOperationPath, EdiscoveryAddToReviewSetOperation
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoveryCasePath, EdiscoveryCase);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoveryCaseMember plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoveryCaseSettingsPath, EdiscoveryCaseSettings);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoveryCustodianPath, EdiscoveryCustodian);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoveryEstimateOperationPath, EdiscoveryEstimateOperation
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoveryExportOperationPath, EdiscoveryExportOperation);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoveryHoldOperation via path_types::security::CaseOperationPath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoveryHoldPolicySyncOperation via path_types::security::CaseOperationPath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoveryIndexOperation via path_types::security::CaseOperationPath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoveryNoncustodialDataSourcePath, EdiscoveryNoncustodialDataSource
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoveryPurgeDataOperation via path_types::security::CaseOperationPath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoveryReviewSetPath, EdiscoveryReviewSet);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoveryReviewSetQueryPath, EdiscoveryReviewSetQuery);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoveryReviewTagPath, EdiscoveryReviewTag);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(EdiscoverySearchPath, EdiscoverySearch);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoverySearchExportOperationPath, EdiscoverySearchExportOperation
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        EdiscoveryTagOperation via path_types::security::CaseOperationPath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(FilePlanDescriptorPath, FilePlanDescriptor);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        FilePlanDescriptorTemplatePath, AnyFilePlanDescriptorTemplate
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        FilePlanReferenceTemplate via
        path_types::security::FilePlanDescriptorTemplatePath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HealthIssue plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HostPath, AnyHost);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HostComponentPath, HostComponent);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HostCookiePath, HostCookie);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HostPairPath, HostPair);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HostPortPath, HostPort);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HostReputation plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HostSslCertificatePath, HostSslCertificate);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(HostTrackerPath, HostTracker);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(Hostname via path_types::security::HostPath);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(IdentityAccountsPath, AnyIdentityAccounts);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(IdentityContainerPath, IdentityContainer);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(IncidentPath, Incident);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(IndicatorPath, AnyIndicator);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(IntelligenceProfilePath, IntelligenceProfile);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        IntelligenceProfileIndicator via path_types::security::IndicatorPath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(IpAddressPath, IpAddress);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(LabelsRootPath, LabelsRoot);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(NetworkAdapter plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(PassiveDnsRecordPath, PassiveDnsRecord);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(RetentionEventPath, RetentionEvent);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(RetentionEventTypePath, RetentionEventType);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(RetentionLabelPath, RetentionLabel);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(SearchPath, AnySearch);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(SensorPath, Sensor);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(SensorCandidate plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(SensorCandidateActivationConfiguration plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(SettingsContainerPath, SettingsContainer);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(SiteSourcePath, SiteSource);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(SslCertificatePath, SslCertificate);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        SubcategoryTemplate via path_types::security::FilePlanDescriptorTemplatePath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(SubdomainPath, Subdomain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(TagPath, AnyTag);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(ThreatIntelligencePath, ThreatIntelligence);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(TriggerTypesRootPath, TriggerTypesRoot);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(TriggersRootPath, TriggersRoot);
    #[cfg(msgraph_v1_search)]
    crate::path::entity_path!(UnclassifiedArtifact plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(UnifiedGroupSourcePath, UnifiedGroupSource);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(User via path_types::security::IdentityAccountsPath);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(UserSource via path_types::security::DataSourcePath);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(VulnerabilityPath, Vulnerability);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(VulnerabilityComponent plain);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(WhoisBaseRecordPath, AnyWhoisBaseRecord);
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(
        WhoisHistoryRecord via path_types::security::WhoisBaseRecordPath
    );
    #[cfg(msgraph_v1_search_or_security)]
    crate::path::entity_path!(WhoisRecordPath, WhoisRecord);
}
/// Requests of paths to entities of the namespace `microsoft.graph.teamsAdministration`.
pub mod teams_administration {
    #[allow(unused_imports)]
    use crate::v1::teams_administration as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_admin_or_search)]
    crate::path::entity_path!(NumberAssignment plain);
    #[cfg(msgraph_v1_admin_or_search)]
    crate::path::entity_path!(PolicyIdentifierDetail plain);
    #[cfg(msgraph_v1_admin_or_search)]
    crate::path::entity_path!(TeamsAdminRootPath, TeamsAdminRoot);
    #[cfg(msgraph_v1_admin_or_search)]
    crate::path::entity_path!(TeamsPolicyAssignmentPath, TeamsPolicyAssignment);
    #[cfg(msgraph_v1_admin_or_search)]
    crate::path::entity_path!(TeamsPolicyUserAssignment plain);
    #[cfg(msgraph_v1_admin_or_search)]
    crate::path::entity_path!(TeamsUserConfigurationPath, TeamsUserConfiguration);
    #[cfg(msgraph_v1_admin_or_search)]
    crate::path::entity_path!(TelephoneNumberLongRunningOperation plain);
    #[cfg(msgraph_v1_admin_or_search)]
    crate::path::entity_path!(
        TelephoneNumberManagementRootPath, TelephoneNumberManagementRoot
    );
}
/// Requests of paths to entities of the namespace `microsoft.graph.termStore`.
pub mod term_store {
    #[allow(unused_imports)]
    use crate::v1::term_store as entity_types;
    #[allow(unused_imports)]
    use crate::v1::requests as path_types;
    #[cfg(msgraph_v1_core_or_sites)]
    crate::path::entity_path!(GroupPath, Group);
    #[cfg(msgraph_v1_core_or_sites)]
    crate::path::entity_path!(RelationPath, Relation);
    #[cfg(msgraph_v1_core_or_sites)]
    crate::path::entity_path!(SetPath, Set);
    #[cfg(msgraph_v1_core_or_sites)]
    crate::path::entity_path!(StorePath, Store);
    #[cfg(msgraph_v1_core_or_sites)]
    crate::path::entity_path!(TermPath, Term);
}
mod impls_a_b;
mod impls_c_d;
mod impls_e_l;
mod impls_m_q;
mod impls_r_s;
mod impls_t_v;
mod impls_we_wi;
mod impls_wo;
mod impls_x;
