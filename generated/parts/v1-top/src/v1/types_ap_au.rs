//! Types of `microsoft.graph` by the first letters of their names (`ap_au`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appManagementPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`AppManagementPolicyPath`](requests/struct.AppManagementPolicyPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct AppManagementPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `restrictions`: `microsoft.graph.customAppManagementConfiguration`, nullable.
    pub restrictions: rt::Field<crate::v1::CustomAppManagementConfiguration>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AppManagementPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            restrictions: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AppManagementPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.appManagementPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "isEnabled",
        "restrictions",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"deletedDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"isEnabled\":",
        ",\"restrictions\":",
        ",\"appliesTo\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appManagementPolicy\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.restrictions.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.restrictions);
        w.field(6usize, &self.applies_to);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.deleted_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.is_enabled),
            5usize => ::std::option::Option::Some(&self.restrictions),
            6usize => ::std::option::Option::Some(&self.applies_to),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "deleted_date_time", &self.deleted_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "is_enabled", &self.is_enabled);
        d.field(5usize, "restrictions", &self.restrictions);
        d.field(6usize, "applies_to", &self.applies_to);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(AppManagementPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AppManagementPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_enabled is_enabled : bool; with_restrictions restrictions : crate
    ::v1::CustomAppManagementConfiguration; with_applies_to applies_to : ::std::vec::Vec
    < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppManagementPolicy);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.application`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`ApplicationPath`](requests/struct.ApplicationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct Application {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `addIns`: `Collection(microsoft.graph.addIn)`, not nullable.
    pub add_ins: rt::Field<::std::vec::Vec<crate::v1::AddIn>>,
    /// CSDL: property `api`: `microsoft.graph.apiApplication`, nullable.
    pub api: rt::Field<crate::v1::ApiApplication>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationTemplateId`: `Edm.String`, nullable.
    pub application_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `appRoles`: `Collection(microsoft.graph.appRole)`, not nullable.
    pub app_roles: rt::Field<::std::vec::Vec<crate::v1::AppRole>>,
    /// CSDL: property `authenticationBehaviors`: `microsoft.graph.authenticationBehaviors`, nullable.
    pub authentication_behaviors: rt::Field<crate::v1::AuthenticationBehaviors>,
    /// CSDL: property `certification`: `microsoft.graph.certification`, nullable.
    pub certification: rt::Field<crate::v1::Certification>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `defaultRedirectUri`: `Edm.String`, nullable.
    pub default_redirect_uri: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `disabledByMicrosoftStatus`: `Edm.String`, nullable.
    pub disabled_by_microsoft_status: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupMembershipClaims`: `Edm.String`, nullable.
    pub group_membership_claims: rt::Field<::std::string::String>,
    /// CSDL: property `identifierUris`: `Collection(Edm.String)`, not nullable.
    pub identifier_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `info`: `microsoft.graph.informationalUrl`, nullable.
    pub info: rt::Field<crate::v1::InformationalUrl>,
    /// CSDL: property `isDeviceOnlyAuthSupported`: `Edm.Boolean`, nullable.
    pub is_device_only_auth_supported: rt::Field<bool>,
    /// CSDL: property `isDisabled`: `Edm.Boolean`, nullable.
    pub is_disabled: rt::Field<bool>,
    /// CSDL: property `isFallbackPublicClient`: `Edm.Boolean`, nullable.
    pub is_fallback_public_client: rt::Field<bool>,
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredential)`, not nullable.
    pub key_credentials: rt::Field<::std::vec::Vec<crate::v1::KeyCredential>>,
    /// CSDL: property `logo`: `Edm.Stream`, not nullable.
    pub logo: rt::Field<rt::RawJson>,
    /// CSDL: property `managerApplications`: `Collection(Edm.Guid)`, not nullable.
    pub manager_applications: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `nativeAuthenticationApisEnabled`: `microsoft.graph.nativeAuthenticationApisEnabled`, nullable.
    pub native_authentication_apis_enabled: rt::Field<
        rt::Flags<crate::v1::NativeAuthenticationApisEnabled>,
    >,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `oauth2RequirePostResponse`: `Edm.Boolean`, not nullable.
    pub oauth2_require_post_response: rt::Field<bool>,
    /// CSDL: property `optionalClaims`: `microsoft.graph.optionalClaims`, nullable.
    pub optional_claims: rt::Field<crate::v1::OptionalClaims>,
    /// CSDL: property `parentalControlSettings`: `microsoft.graph.parentalControlSettings`, nullable.
    pub parental_control_settings: rt::Field<crate::v1::ParentalControlSettings>,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredential)`, not nullable.
    pub password_credentials: rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>>,
    /// CSDL: property `publicClient`: `microsoft.graph.publicClientApplication`, nullable.
    pub public_client: rt::Field<crate::v1::PublicClientApplication>,
    /// CSDL: property `publisherDomain`: `Edm.String`, nullable.
    pub publisher_domain: rt::Field<::std::string::String>,
    /// CSDL: property `requestSignatureVerification`: `microsoft.graph.requestSignatureVerification`, nullable.
    pub request_signature_verification: rt::Field<
        crate::v1::RequestSignatureVerification,
    >,
    /// CSDL: property `requiredResourceAccess`: `Collection(microsoft.graph.requiredResourceAccess)`, not nullable.
    pub required_resource_access: rt::Field<
        ::std::vec::Vec<crate::v1::RequiredResourceAccess>,
    >,
    /// CSDL: property `samlMetadataUrl`: `Edm.String`, nullable.
    pub saml_metadata_url: rt::Field<::std::string::String>,
    /// CSDL: property `serviceManagementReference`: `Edm.String`, nullable.
    pub service_management_reference: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalLockConfiguration`: `microsoft.graph.servicePrincipalLockConfiguration`, nullable.
    pub service_principal_lock_configuration: rt::Field<
        crate::v1::ServicePrincipalLockConfiguration,
    >,
    /// CSDL: property `signInAudience`: `Edm.String`, nullable.
    pub sign_in_audience: rt::Field<::std::string::String>,
    /// CSDL: property `spa`: `microsoft.graph.spaApplication`, nullable.
    pub spa: rt::Field<crate::v1::SpaApplication>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Guid`, nullable.
    pub token_encryption_key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `uniqueName`: `Edm.String`, nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// CSDL: property `verifiedPublisher`: `microsoft.graph.verifiedPublisher`, nullable.
    pub verified_publisher: rt::Field<crate::v1::VerifiedPublisher>,
    /// CSDL: property `web`: `microsoft.graph.webApplication`, nullable.
    pub web: rt::Field<crate::v1::WebApplication>,
    /// CSDL: navigation property `appManagementPolicies`: `Collection(microsoft.graph.appManagementPolicy)`, not nullable.
    pub app_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppManagementPolicy>,
    >,
    /// CSDL: navigation property `createdOnBehalfOf`: `microsoft.graph.directoryObject`, nullable.
    pub created_on_behalf_of: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: containment navigation property `extensionProperties`: `Collection(microsoft.graph.extensionProperty)`, not nullable.
    pub extension_properties: rt::Field<::std::vec::Vec<crate::v1::ExtensionProperty>>,
    /// CSDL: containment navigation property `federatedIdentityCredentials`: `Collection(microsoft.graph.federatedIdentityCredential)`, not nullable.
    pub federated_identity_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::FederatedIdentityCredential>,
    >,
    /// CSDL: navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `synchronization`: `microsoft.graph.synchronization`, nullable.
    pub synchronization: rt::Field<crate::v1::Synchronization>,
    /// CSDL: navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenIssuancePolicy>,
    >,
    /// CSDL: navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenLifetimePolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Application {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            add_ins: rt::Field::Absent,
            api: rt::Field::Absent,
            app_id: rt::Field::Absent,
            application_template_id: rt::Field::Absent,
            app_roles: rt::Field::Absent,
            authentication_behaviors: rt::Field::Absent,
            certification: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            default_redirect_uri: rt::Field::Absent,
            description: rt::Field::Absent,
            disabled_by_microsoft_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            group_membership_claims: rt::Field::Absent,
            identifier_uris: rt::Field::Absent,
            info: rt::Field::Absent,
            is_device_only_auth_supported: rt::Field::Absent,
            is_disabled: rt::Field::Absent,
            is_fallback_public_client: rt::Field::Absent,
            key_credentials: rt::Field::Absent,
            logo: rt::Field::Absent,
            manager_applications: rt::Field::Absent,
            native_authentication_apis_enabled: rt::Field::Absent,
            notes: rt::Field::Absent,
            oauth2_require_post_response: rt::Field::Absent,
            optional_claims: rt::Field::Absent,
            parental_control_settings: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            public_client: rt::Field::Absent,
            publisher_domain: rt::Field::Absent,
            request_signature_verification: rt::Field::Absent,
            required_resource_access: rt::Field::Absent,
            saml_metadata_url: rt::Field::Absent,
            service_management_reference: rt::Field::Absent,
            service_principal_lock_configuration: rt::Field::Absent,
            sign_in_audience: rt::Field::Absent,
            spa: rt::Field::Absent,
            tags: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            verified_publisher: rt::Field::Absent,
            web: rt::Field::Absent,
            app_management_policies: rt::Field::Absent,
            created_on_behalf_of: rt::Field::Absent,
            extension_properties: rt::Field::Absent,
            federated_identity_credentials: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            owners: rt::Field::Absent,
            synchronization: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Application {
    const TYPE_NAME: &'static str = "microsoft.graph.application";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "addIns",
        "api",
        "appId",
        "applicationTemplateId",
        "appRoles",
        "authenticationBehaviors",
        "certification",
        "createdByAppId",
        "createdDateTime",
        "defaultRedirectUri",
        "description",
        "disabledByMicrosoftStatus",
        "displayName",
        "groupMembershipClaims",
        "identifierUris",
        "info",
        "isDeviceOnlyAuthSupported",
        "isDisabled",
        "isFallbackPublicClient",
        "keyCredentials",
        "logo",
        "managerApplications",
        "nativeAuthenticationApisEnabled",
        "notes",
        "oauth2RequirePostResponse",
        "optionalClaims",
        "parentalControlSettings",
        "passwordCredentials",
        "publicClient",
        "publisherDomain",
        "requestSignatureVerification",
        "requiredResourceAccess",
        "samlMetadataUrl",
        "serviceManagementReference",
        "servicePrincipalLockConfiguration",
        "signInAudience",
        "spa",
        "tags",
        "tokenEncryptionKeyId",
        "uniqueName",
        "verifiedPublisher",
        "web",
        "appManagementPolicies",
        "createdOnBehalfOf",
        "extensionProperties",
        "federatedIdentityCredentials",
        "homeRealmDiscoveryPolicies",
        "owners",
        "synchronization",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"deletedDateTime\":",
        ",\"addIns\":",
        ",\"api\":",
        ",\"appId\":",
        ",\"applicationTemplateId\":",
        ",\"appRoles\":",
        ",\"authenticationBehaviors\":",
        ",\"certification\":",
        ",\"createdByAppId\":",
        ",\"createdDateTime\":",
        ",\"defaultRedirectUri\":",
        ",\"description\":",
        ",\"disabledByMicrosoftStatus\":",
        ",\"displayName\":",
        ",\"groupMembershipClaims\":",
        ",\"identifierUris\":",
        ",\"info\":",
        ",\"isDeviceOnlyAuthSupported\":",
        ",\"isDisabled\":",
        ",\"isFallbackPublicClient\":",
        ",\"keyCredentials\":",
        ",\"logo\":",
        ",\"managerApplications\":",
        ",\"nativeAuthenticationApisEnabled\":",
        ",\"notes\":",
        ",\"oauth2RequirePostResponse\":",
        ",\"optionalClaims\":",
        ",\"parentalControlSettings\":",
        ",\"passwordCredentials\":",
        ",\"publicClient\":",
        ",\"publisherDomain\":",
        ",\"requestSignatureVerification\":",
        ",\"requiredResourceAccess\":",
        ",\"samlMetadataUrl\":",
        ",\"serviceManagementReference\":",
        ",\"servicePrincipalLockConfiguration\":",
        ",\"signInAudience\":",
        ",\"spa\":",
        ",\"tags\":",
        ",\"tokenEncryptionKeyId\":",
        ",\"uniqueName\":",
        ",\"verifiedPublisher\":",
        ",\"web\":",
        ",\"appManagementPolicies\":",
        ",\"createdOnBehalfOf\":",
        ",\"extensionProperties\":",
        ",\"federatedIdentityCredentials\":",
        ",\"homeRealmDiscoveryPolicies\":",
        ",\"owners\":",
        ",\"synchronization\":",
        ",\"tokenIssuancePolicies\":",
        ",\"tokenLifetimePolicies\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.application\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.add_ins.read_from(r),
            3usize => self.api.read_from(r),
            4usize => self.app_id.read_from(r),
            5usize => self.application_template_id.read_from(r),
            6usize => self.app_roles.read_from(r),
            7usize => self.authentication_behaviors.read_from(r),
            8usize => self.certification.read_from(r),
            9usize => self.created_by_app_id.read_from(r),
            10usize => self.created_date_time.read_from(r),
            11usize => self.default_redirect_uri.read_from(r),
            12usize => self.description.read_from(r),
            13usize => self.disabled_by_microsoft_status.read_from(r),
            14usize => self.display_name.read_from(r),
            15usize => self.group_membership_claims.read_from(r),
            16usize => self.identifier_uris.read_from(r),
            17usize => self.info.read_from(r),
            18usize => self.is_device_only_auth_supported.read_from(r),
            19usize => self.is_disabled.read_from(r),
            20usize => self.is_fallback_public_client.read_from(r),
            21usize => self.key_credentials.read_from(r),
            22usize => self.logo.read_from(r),
            23usize => self.manager_applications.read_from(r),
            24usize => self.native_authentication_apis_enabled.read_from(r),
            25usize => self.notes.read_from(r),
            26usize => self.oauth2_require_post_response.read_from(r),
            27usize => self.optional_claims.read_from(r),
            28usize => self.parental_control_settings.read_from(r),
            29usize => self.password_credentials.read_from(r),
            30usize => self.public_client.read_from(r),
            31usize => self.publisher_domain.read_from(r),
            32usize => self.request_signature_verification.read_from(r),
            33usize => self.required_resource_access.read_from(r),
            34usize => self.saml_metadata_url.read_from(r),
            35usize => self.service_management_reference.read_from(r),
            36usize => self.service_principal_lock_configuration.read_from(r),
            37usize => self.sign_in_audience.read_from(r),
            38usize => self.spa.read_from(r),
            39usize => self.tags.read_from(r),
            40usize => self.token_encryption_key_id.read_from(r),
            41usize => self.unique_name.read_from(r),
            42usize => self.verified_publisher.read_from(r),
            43usize => self.web.read_from(r),
            44usize => self.app_management_policies.read_from(r),
            45usize => self.created_on_behalf_of.read_from(r),
            46usize => self.extension_properties.read_from(r),
            47usize => self.federated_identity_credentials.read_from(r),
            48usize => self.home_realm_discovery_policies.read_from(r),
            49usize => self.owners.read_from(r),
            50usize => self.synchronization.read_from(r),
            51usize => self.token_issuance_policies.read_from(r),
            52usize => self.token_lifetime_policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.add_ins);
        w.field(3usize, &self.api);
        w.field(4usize, &self.app_id);
        w.field(5usize, &self.application_template_id);
        w.field(6usize, &self.app_roles);
        w.field(7usize, &self.authentication_behaviors);
        w.field(8usize, &self.certification);
        w.field(9usize, &self.created_by_app_id);
        w.field(10usize, &self.created_date_time);
        w.field(11usize, &self.default_redirect_uri);
        w.field(12usize, &self.description);
        w.field(13usize, &self.disabled_by_microsoft_status);
        w.field(14usize, &self.display_name);
        w.field(15usize, &self.group_membership_claims);
        w.field(16usize, &self.identifier_uris);
        w.field(17usize, &self.info);
        w.field(18usize, &self.is_device_only_auth_supported);
        w.field(19usize, &self.is_disabled);
        w.field(20usize, &self.is_fallback_public_client);
        w.field(21usize, &self.key_credentials);
        w.field(22usize, &self.logo);
        w.field(23usize, &self.manager_applications);
        w.field(24usize, &self.native_authentication_apis_enabled);
        w.field(25usize, &self.notes);
        w.field(26usize, &self.oauth2_require_post_response);
        w.field(27usize, &self.optional_claims);
        w.field(28usize, &self.parental_control_settings);
        w.field(29usize, &self.password_credentials);
        w.field(30usize, &self.public_client);
        w.field(31usize, &self.publisher_domain);
        w.field(32usize, &self.request_signature_verification);
        w.field(33usize, &self.required_resource_access);
        w.field(34usize, &self.saml_metadata_url);
        w.field(35usize, &self.service_management_reference);
        w.field(36usize, &self.service_principal_lock_configuration);
        w.field(37usize, &self.sign_in_audience);
        w.field(38usize, &self.spa);
        w.field(39usize, &self.tags);
        w.field(40usize, &self.token_encryption_key_id);
        w.field(41usize, &self.unique_name);
        w.field(42usize, &self.verified_publisher);
        w.field(43usize, &self.web);
        w.field(44usize, &self.app_management_policies);
        w.field(45usize, &self.created_on_behalf_of);
        w.field(46usize, &self.extension_properties);
        w.field(47usize, &self.federated_identity_credentials);
        w.field(48usize, &self.home_realm_discovery_policies);
        w.field(49usize, &self.owners);
        w.field(50usize, &self.synchronization);
        w.field(51usize, &self.token_issuance_policies);
        w.field(52usize, &self.token_lifetime_policies);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.deleted_date_time),
            2usize => ::std::option::Option::Some(&self.add_ins),
            3usize => ::std::option::Option::Some(&self.api),
            4usize => ::std::option::Option::Some(&self.app_id),
            5usize => ::std::option::Option::Some(&self.application_template_id),
            6usize => ::std::option::Option::Some(&self.app_roles),
            7usize => ::std::option::Option::Some(&self.authentication_behaviors),
            8usize => ::std::option::Option::Some(&self.certification),
            9usize => ::std::option::Option::Some(&self.created_by_app_id),
            10usize => ::std::option::Option::Some(&self.created_date_time),
            11usize => ::std::option::Option::Some(&self.default_redirect_uri),
            12usize => ::std::option::Option::Some(&self.description),
            13usize => ::std::option::Option::Some(&self.disabled_by_microsoft_status),
            14usize => ::std::option::Option::Some(&self.display_name),
            15usize => ::std::option::Option::Some(&self.group_membership_claims),
            16usize => ::std::option::Option::Some(&self.identifier_uris),
            17usize => ::std::option::Option::Some(&self.info),
            18usize => ::std::option::Option::Some(&self.is_device_only_auth_supported),
            19usize => ::std::option::Option::Some(&self.is_disabled),
            20usize => ::std::option::Option::Some(&self.is_fallback_public_client),
            21usize => ::std::option::Option::Some(&self.key_credentials),
            22usize => ::std::option::Option::Some(&self.logo),
            23usize => ::std::option::Option::Some(&self.manager_applications),
            24usize => {
                ::std::option::Option::Some(&self.native_authentication_apis_enabled)
            }
            25usize => ::std::option::Option::Some(&self.notes),
            26usize => ::std::option::Option::Some(&self.oauth2_require_post_response),
            27usize => ::std::option::Option::Some(&self.optional_claims),
            28usize => ::std::option::Option::Some(&self.parental_control_settings),
            29usize => ::std::option::Option::Some(&self.password_credentials),
            30usize => ::std::option::Option::Some(&self.public_client),
            31usize => ::std::option::Option::Some(&self.publisher_domain),
            32usize => ::std::option::Option::Some(&self.request_signature_verification),
            33usize => ::std::option::Option::Some(&self.required_resource_access),
            34usize => ::std::option::Option::Some(&self.saml_metadata_url),
            35usize => ::std::option::Option::Some(&self.service_management_reference),
            36usize => {
                ::std::option::Option::Some(&self.service_principal_lock_configuration)
            }
            37usize => ::std::option::Option::Some(&self.sign_in_audience),
            38usize => ::std::option::Option::Some(&self.spa),
            39usize => ::std::option::Option::Some(&self.tags),
            40usize => ::std::option::Option::Some(&self.token_encryption_key_id),
            41usize => ::std::option::Option::Some(&self.unique_name),
            42usize => ::std::option::Option::Some(&self.verified_publisher),
            43usize => ::std::option::Option::Some(&self.web),
            44usize => ::std::option::Option::Some(&self.app_management_policies),
            45usize => ::std::option::Option::Some(&self.created_on_behalf_of),
            46usize => ::std::option::Option::Some(&self.extension_properties),
            47usize => ::std::option::Option::Some(&self.federated_identity_credentials),
            48usize => ::std::option::Option::Some(&self.home_realm_discovery_policies),
            49usize => ::std::option::Option::Some(&self.owners),
            50usize => ::std::option::Option::Some(&self.synchronization),
            51usize => ::std::option::Option::Some(&self.token_issuance_policies),
            52usize => ::std::option::Option::Some(&self.token_lifetime_policies),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "deleted_date_time", &self.deleted_date_time);
        d.field(2usize, "add_ins", &self.add_ins);
        d.field(3usize, "api", &self.api);
        d.field(4usize, "app_id", &self.app_id);
        d.field(5usize, "application_template_id", &self.application_template_id);
        d.field(6usize, "app_roles", &self.app_roles);
        d.field(7usize, "authentication_behaviors", &self.authentication_behaviors);
        d.field(8usize, "certification", &self.certification);
        d.field(9usize, "created_by_app_id", &self.created_by_app_id);
        d.field(10usize, "created_date_time", &self.created_date_time);
        d.field(11usize, "default_redirect_uri", &self.default_redirect_uri);
        d.field(12usize, "description", &self.description);
        d.field(
            13usize,
            "disabled_by_microsoft_status",
            &self.disabled_by_microsoft_status,
        );
        d.field(14usize, "display_name", &self.display_name);
        d.field(15usize, "group_membership_claims", &self.group_membership_claims);
        d.field(16usize, "identifier_uris", &self.identifier_uris);
        d.field(17usize, "info", &self.info);
        d.field(
            18usize,
            "is_device_only_auth_supported",
            &self.is_device_only_auth_supported,
        );
        d.field(19usize, "is_disabled", &self.is_disabled);
        d.field(20usize, "is_fallback_public_client", &self.is_fallback_public_client);
        d.field(21usize, "key_credentials", &self.key_credentials);
        d.field(22usize, "logo", &self.logo);
        d.field(23usize, "manager_applications", &self.manager_applications);
        d.field(
            24usize,
            "native_authentication_apis_enabled",
            &self.native_authentication_apis_enabled,
        );
        d.field(25usize, "notes", &self.notes);
        d.field(
            26usize,
            "oauth2_require_post_response",
            &self.oauth2_require_post_response,
        );
        d.field(27usize, "optional_claims", &self.optional_claims);
        d.field(28usize, "parental_control_settings", &self.parental_control_settings);
        d.field(29usize, "password_credentials", &self.password_credentials);
        d.field(30usize, "public_client", &self.public_client);
        d.field(31usize, "publisher_domain", &self.publisher_domain);
        d.field(
            32usize,
            "request_signature_verification",
            &self.request_signature_verification,
        );
        d.field(33usize, "required_resource_access", &self.required_resource_access);
        d.field(34usize, "saml_metadata_url", &self.saml_metadata_url);
        d.field(
            35usize,
            "service_management_reference",
            &self.service_management_reference,
        );
        d.field(
            36usize,
            "service_principal_lock_configuration",
            &self.service_principal_lock_configuration,
        );
        d.field(37usize, "sign_in_audience", &self.sign_in_audience);
        d.field(38usize, "spa", &self.spa);
        d.field(39usize, "tags", &self.tags);
        d.field(40usize, "token_encryption_key_id", &self.token_encryption_key_id);
        d.field(41usize, "unique_name", &self.unique_name);
        d.field(42usize, "verified_publisher", &self.verified_publisher);
        d.field(43usize, "web", &self.web);
        d.field(44usize, "app_management_policies", &self.app_management_policies);
        d.field(45usize, "created_on_behalf_of", &self.created_on_behalf_of);
        d.field(46usize, "extension_properties", &self.extension_properties);
        d.field(
            47usize,
            "federated_identity_credentials",
            &self.federated_identity_credentials,
        );
        d.field(
            48usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        d.field(49usize, "owners", &self.owners);
        d.field(50usize, "synchronization", &self.synchronization);
        d.field(51usize, "token_issuance_policies", &self.token_issuance_policies);
        d.field(52usize, "token_lifetime_policies", &self.token_lifetime_policies);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(Application);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Application { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_add_ins add_ins : ::std::vec::Vec <
    crate ::v1::AddIn >; with_api api : crate ::v1::ApiApplication; with_app_id app_id :
    ::std::string::String; with_application_template_id application_template_id :
    ::std::string::String; with_app_roles app_roles : ::std::vec::Vec < crate
    ::v1::AppRole >; with_authentication_behaviors authentication_behaviors : crate
    ::v1::AuthenticationBehaviors; with_certification certification : crate
    ::v1::Certification; with_created_by_app_id created_by_app_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_default_redirect_uri default_redirect_uri :
    ::std::string::String; with_description description : ::std::string::String;
    with_disabled_by_microsoft_status disabled_by_microsoft_status :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_group_membership_claims group_membership_claims : ::std::string::String;
    with_identifier_uris identifier_uris : ::std::vec::Vec < ::std::string::String >;
    with_info info : crate ::v1::InformationalUrl; with_is_device_only_auth_supported
    is_device_only_auth_supported : bool; with_is_disabled is_disabled : bool;
    with_is_fallback_public_client is_fallback_public_client : bool; with_key_credentials
    key_credentials : ::std::vec::Vec < crate ::v1::KeyCredential >; with_logo logo :
    rt::RawJson; with_manager_applications manager_applications : ::std::vec::Vec <
    rt::edm::Guid >; with_native_authentication_apis_enabled
    native_authentication_apis_enabled : rt::Flags < crate
    ::v1::NativeAuthenticationApisEnabled >; with_notes notes : ::std::string::String;
    with_oauth2_require_post_response oauth2_require_post_response : bool;
    with_optional_claims optional_claims : crate ::v1::OptionalClaims;
    with_parental_control_settings parental_control_settings : crate
    ::v1::ParentalControlSettings; with_password_credentials password_credentials :
    ::std::vec::Vec < crate ::v1::PasswordCredential >; with_public_client public_client
    : crate ::v1::PublicClientApplication; with_publisher_domain publisher_domain :
    ::std::string::String; with_request_signature_verification
    request_signature_verification : crate ::v1::RequestSignatureVerification;
    with_required_resource_access required_resource_access : ::std::vec::Vec < crate
    ::v1::RequiredResourceAccess >; with_saml_metadata_url saml_metadata_url :
    ::std::string::String; with_service_management_reference service_management_reference
    : ::std::string::String; with_service_principal_lock_configuration
    service_principal_lock_configuration : crate ::v1::ServicePrincipalLockConfiguration;
    with_sign_in_audience sign_in_audience : ::std::string::String; with_spa spa : crate
    ::v1::SpaApplication; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_token_encryption_key_id token_encryption_key_id : rt::edm::Guid;
    with_unique_name unique_name : ::std::string::String; with_verified_publisher
    verified_publisher : crate ::v1::VerifiedPublisher; with_web web : crate
    ::v1::WebApplication; with_app_management_policies app_management_policies :
    ::std::vec::Vec < crate ::v1::AppManagementPolicy >; with_created_on_behalf_of
    created_on_behalf_of : crate ::v1::AnyDirectoryObject; with_extension_properties
    extension_properties : ::std::vec::Vec < crate ::v1::ExtensionProperty >;
    with_federated_identity_credentials federated_identity_credentials : ::std::vec::Vec
    < crate ::v1::FederatedIdentityCredential >; with_home_realm_discovery_policies
    home_realm_discovery_policies : ::std::vec::Vec < crate
    ::v1::HomeRealmDiscoveryPolicy >; with_owners owners : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_synchronization synchronization : crate
    ::v1::Synchronization; with_token_issuance_policies token_issuance_policies :
    ::std::vec::Vec < crate ::v1::TokenIssuancePolicy >; with_token_lifetime_policies
    token_lifetime_policies : ::std::vec::Vec < crate ::v1::TokenLifetimePolicy >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Application);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.application` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyApplication {
    Application(::std::boxed::Box<crate::v1::Application>),
    AgentIdentityBlueprint(::std::boxed::Box<crate::v1::AgentIdentityBlueprint>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyApplication {
    #[inline]
    fn default() -> Self {
        Self::Application(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Application> for AnyApplication {
    #[inline]
    fn from(v: crate::v1::Application) -> Self {
        Self::Application(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprint> for AnyApplication {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprint) -> Self {
        Self::AgentIdentityBlueprint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyApplication {
    const BASE_NAME: &'static str = "microsoft.graph.application";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.agentIdentityBlueprint") => {
                rt::object::read_boxed(r).map(Self::AgentIdentityBlueprint)
            }
            _ => rt::object::read_boxed(r).map(Self::Application),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::Application(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AgentIdentityBlueprint(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agentIdentityBlueprint",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyApplication {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Application(_) => "microsoft.graph.application",
            Self::AgentIdentityBlueprint(_) => "microsoft.graph.agentIdentityBlueprint",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::Application(v) => &v.extra,
            Self::AgentIdentityBlueprint(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::Application(v) => &mut v.extra,
            Self::AgentIdentityBlueprint(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.id,
            Self::AgentIdentityBlueprint(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.id,
            Self::AgentIdentityBlueprint(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Application(v) => &v.deleted_date_time,
            Self::AgentIdentityBlueprint(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Application(v) => &mut v.deleted_date_time,
            Self::AgentIdentityBlueprint(v) => &mut v.deleted_date_time,
        }
    }
    /// `addIns` of any variant.
    #[inline]
    pub fn add_ins(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AddIn>> {
        match self {
            Self::Application(v) => &v.add_ins,
            Self::AgentIdentityBlueprint(v) => &v.add_ins,
        }
    }
    /// `addIns` of any variant.
    #[inline]
    pub fn add_ins_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::AddIn>> {
        match self {
            Self::Application(v) => &mut v.add_ins,
            Self::AgentIdentityBlueprint(v) => &mut v.add_ins,
        }
    }
    /// `api` of any variant.
    #[inline]
    pub fn api(&self) -> &rt::Field<crate::v1::ApiApplication> {
        match self {
            Self::Application(v) => &v.api,
            Self::AgentIdentityBlueprint(v) => &v.api,
        }
    }
    /// `api` of any variant.
    #[inline]
    pub fn api_mut(&mut self) -> &mut rt::Field<crate::v1::ApiApplication> {
        match self {
            Self::Application(v) => &mut v.api,
            Self::AgentIdentityBlueprint(v) => &mut v.api,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.app_id,
            Self::AgentIdentityBlueprint(v) => &v.app_id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.app_id,
            Self::AgentIdentityBlueprint(v) => &mut v.app_id,
        }
    }
    /// `applicationTemplateId` of any variant.
    #[inline]
    pub fn application_template_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.application_template_id,
            Self::AgentIdentityBlueprint(v) => &v.application_template_id,
        }
    }
    /// `applicationTemplateId` of any variant.
    #[inline]
    pub fn application_template_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.application_template_id,
            Self::AgentIdentityBlueprint(v) => &mut v.application_template_id,
        }
    }
    /// `appRoles` of any variant.
    #[inline]
    pub fn app_roles(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AppRole>> {
        match self {
            Self::Application(v) => &v.app_roles,
            Self::AgentIdentityBlueprint(v) => &v.app_roles,
        }
    }
    /// `appRoles` of any variant.
    #[inline]
    pub fn app_roles_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppRole>> {
        match self {
            Self::Application(v) => &mut v.app_roles,
            Self::AgentIdentityBlueprint(v) => &mut v.app_roles,
        }
    }
    /// `authenticationBehaviors` of any variant.
    #[inline]
    pub fn authentication_behaviors(
        &self,
    ) -> &rt::Field<crate::v1::AuthenticationBehaviors> {
        match self {
            Self::Application(v) => &v.authentication_behaviors,
            Self::AgentIdentityBlueprint(v) => &v.authentication_behaviors,
        }
    }
    /// `authenticationBehaviors` of any variant.
    #[inline]
    pub fn authentication_behaviors_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AuthenticationBehaviors> {
        match self {
            Self::Application(v) => &mut v.authentication_behaviors,
            Self::AgentIdentityBlueprint(v) => &mut v.authentication_behaviors,
        }
    }
    /// `certification` of any variant.
    #[inline]
    pub fn certification(&self) -> &rt::Field<crate::v1::Certification> {
        match self {
            Self::Application(v) => &v.certification,
            Self::AgentIdentityBlueprint(v) => &v.certification,
        }
    }
    /// `certification` of any variant.
    #[inline]
    pub fn certification_mut(&mut self) -> &mut rt::Field<crate::v1::Certification> {
        match self {
            Self::Application(v) => &mut v.certification,
            Self::AgentIdentityBlueprint(v) => &mut v.certification,
        }
    }
    /// `createdByAppId` of any variant.
    #[inline]
    pub fn created_by_app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.created_by_app_id,
            Self::AgentIdentityBlueprint(v) => &v.created_by_app_id,
        }
    }
    /// `createdByAppId` of any variant.
    #[inline]
    pub fn created_by_app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.created_by_app_id,
            Self::AgentIdentityBlueprint(v) => &mut v.created_by_app_id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Application(v) => &v.created_date_time,
            Self::AgentIdentityBlueprint(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Application(v) => &mut v.created_date_time,
            Self::AgentIdentityBlueprint(v) => &mut v.created_date_time,
        }
    }
    /// `defaultRedirectUri` of any variant.
    #[inline]
    pub fn default_redirect_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.default_redirect_uri,
            Self::AgentIdentityBlueprint(v) => &v.default_redirect_uri,
        }
    }
    /// `defaultRedirectUri` of any variant.
    #[inline]
    pub fn default_redirect_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.default_redirect_uri,
            Self::AgentIdentityBlueprint(v) => &mut v.default_redirect_uri,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.description,
            Self::AgentIdentityBlueprint(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.description,
            Self::AgentIdentityBlueprint(v) => &mut v.description,
        }
    }
    /// `disabledByMicrosoftStatus` of any variant.
    #[inline]
    pub fn disabled_by_microsoft_status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.disabled_by_microsoft_status,
            Self::AgentIdentityBlueprint(v) => &v.disabled_by_microsoft_status,
        }
    }
    /// `disabledByMicrosoftStatus` of any variant.
    #[inline]
    pub fn disabled_by_microsoft_status_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.disabled_by_microsoft_status,
            Self::AgentIdentityBlueprint(v) => &mut v.disabled_by_microsoft_status,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.display_name,
            Self::AgentIdentityBlueprint(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.display_name,
            Self::AgentIdentityBlueprint(v) => &mut v.display_name,
        }
    }
    /// `groupMembershipClaims` of any variant.
    #[inline]
    pub fn group_membership_claims(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.group_membership_claims,
            Self::AgentIdentityBlueprint(v) => &v.group_membership_claims,
        }
    }
    /// `groupMembershipClaims` of any variant.
    #[inline]
    pub fn group_membership_claims_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.group_membership_claims,
            Self::AgentIdentityBlueprint(v) => &mut v.group_membership_claims,
        }
    }
    /// `identifierUris` of any variant.
    #[inline]
    pub fn identifier_uris(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Application(v) => &v.identifier_uris,
            Self::AgentIdentityBlueprint(v) => &v.identifier_uris,
        }
    }
    /// `identifierUris` of any variant.
    #[inline]
    pub fn identifier_uris_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Application(v) => &mut v.identifier_uris,
            Self::AgentIdentityBlueprint(v) => &mut v.identifier_uris,
        }
    }
    /// `info` of any variant.
    #[inline]
    pub fn info(&self) -> &rt::Field<crate::v1::InformationalUrl> {
        match self {
            Self::Application(v) => &v.info,
            Self::AgentIdentityBlueprint(v) => &v.info,
        }
    }
    /// `info` of any variant.
    #[inline]
    pub fn info_mut(&mut self) -> &mut rt::Field<crate::v1::InformationalUrl> {
        match self {
            Self::Application(v) => &mut v.info,
            Self::AgentIdentityBlueprint(v) => &mut v.info,
        }
    }
    /// `isDeviceOnlyAuthSupported` of any variant.
    #[inline]
    pub fn is_device_only_auth_supported(&self) -> &rt::Field<bool> {
        match self {
            Self::Application(v) => &v.is_device_only_auth_supported,
            Self::AgentIdentityBlueprint(v) => &v.is_device_only_auth_supported,
        }
    }
    /// `isDeviceOnlyAuthSupported` of any variant.
    #[inline]
    pub fn is_device_only_auth_supported_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Application(v) => &mut v.is_device_only_auth_supported,
            Self::AgentIdentityBlueprint(v) => &mut v.is_device_only_auth_supported,
        }
    }
    /// `isDisabled` of any variant.
    #[inline]
    pub fn is_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::Application(v) => &v.is_disabled,
            Self::AgentIdentityBlueprint(v) => &v.is_disabled,
        }
    }
    /// `isDisabled` of any variant.
    #[inline]
    pub fn is_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Application(v) => &mut v.is_disabled,
            Self::AgentIdentityBlueprint(v) => &mut v.is_disabled,
        }
    }
    /// `isFallbackPublicClient` of any variant.
    #[inline]
    pub fn is_fallback_public_client(&self) -> &rt::Field<bool> {
        match self {
            Self::Application(v) => &v.is_fallback_public_client,
            Self::AgentIdentityBlueprint(v) => &v.is_fallback_public_client,
        }
    }
    /// `isFallbackPublicClient` of any variant.
    #[inline]
    pub fn is_fallback_public_client_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Application(v) => &mut v.is_fallback_public_client,
            Self::AgentIdentityBlueprint(v) => &mut v.is_fallback_public_client,
        }
    }
    /// `keyCredentials` of any variant.
    #[inline]
    pub fn key_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::KeyCredential>> {
        match self {
            Self::Application(v) => &v.key_credentials,
            Self::AgentIdentityBlueprint(v) => &v.key_credentials,
        }
    }
    /// `keyCredentials` of any variant.
    #[inline]
    pub fn key_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::KeyCredential>> {
        match self {
            Self::Application(v) => &mut v.key_credentials,
            Self::AgentIdentityBlueprint(v) => &mut v.key_credentials,
        }
    }
    /// `logo` of any variant.
    #[inline]
    pub fn logo(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::Application(v) => &v.logo,
            Self::AgentIdentityBlueprint(v) => &v.logo,
        }
    }
    /// `logo` of any variant.
    #[inline]
    pub fn logo_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::Application(v) => &mut v.logo,
            Self::AgentIdentityBlueprint(v) => &mut v.logo,
        }
    }
    /// `managerApplications` of any variant.
    #[inline]
    pub fn manager_applications(&self) -> &rt::Field<::std::vec::Vec<rt::edm::Guid>> {
        match self {
            Self::Application(v) => &v.manager_applications,
            Self::AgentIdentityBlueprint(v) => &v.manager_applications,
        }
    }
    /// `managerApplications` of any variant.
    #[inline]
    pub fn manager_applications_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<rt::edm::Guid>> {
        match self {
            Self::Application(v) => &mut v.manager_applications,
            Self::AgentIdentityBlueprint(v) => &mut v.manager_applications,
        }
    }
    /// `nativeAuthenticationApisEnabled` of any variant.
    #[inline]
    pub fn native_authentication_apis_enabled(
        &self,
    ) -> &rt::Field<rt::Flags<crate::v1::NativeAuthenticationApisEnabled>> {
        match self {
            Self::Application(v) => &v.native_authentication_apis_enabled,
            Self::AgentIdentityBlueprint(v) => &v.native_authentication_apis_enabled,
        }
    }
    /// `nativeAuthenticationApisEnabled` of any variant.
    #[inline]
    pub fn native_authentication_apis_enabled_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::v1::NativeAuthenticationApisEnabled>> {
        match self {
            Self::Application(v) => &mut v.native_authentication_apis_enabled,
            Self::AgentIdentityBlueprint(v) => &mut v.native_authentication_apis_enabled,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.notes,
            Self::AgentIdentityBlueprint(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.notes,
            Self::AgentIdentityBlueprint(v) => &mut v.notes,
        }
    }
    /// `oauth2RequirePostResponse` of any variant.
    #[inline]
    pub fn oauth2_require_post_response(&self) -> &rt::Field<bool> {
        match self {
            Self::Application(v) => &v.oauth2_require_post_response,
            Self::AgentIdentityBlueprint(v) => &v.oauth2_require_post_response,
        }
    }
    /// `oauth2RequirePostResponse` of any variant.
    #[inline]
    pub fn oauth2_require_post_response_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Application(v) => &mut v.oauth2_require_post_response,
            Self::AgentIdentityBlueprint(v) => &mut v.oauth2_require_post_response,
        }
    }
    /// `optionalClaims` of any variant.
    #[inline]
    pub fn optional_claims(&self) -> &rt::Field<crate::v1::OptionalClaims> {
        match self {
            Self::Application(v) => &v.optional_claims,
            Self::AgentIdentityBlueprint(v) => &v.optional_claims,
        }
    }
    /// `optionalClaims` of any variant.
    #[inline]
    pub fn optional_claims_mut(&mut self) -> &mut rt::Field<crate::v1::OptionalClaims> {
        match self {
            Self::Application(v) => &mut v.optional_claims,
            Self::AgentIdentityBlueprint(v) => &mut v.optional_claims,
        }
    }
    /// `parentalControlSettings` of any variant.
    #[inline]
    pub fn parental_control_settings(
        &self,
    ) -> &rt::Field<crate::v1::ParentalControlSettings> {
        match self {
            Self::Application(v) => &v.parental_control_settings,
            Self::AgentIdentityBlueprint(v) => &v.parental_control_settings,
        }
    }
    /// `parentalControlSettings` of any variant.
    #[inline]
    pub fn parental_control_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ParentalControlSettings> {
        match self {
            Self::Application(v) => &mut v.parental_control_settings,
            Self::AgentIdentityBlueprint(v) => &mut v.parental_control_settings,
        }
    }
    /// `passwordCredentials` of any variant.
    #[inline]
    pub fn password_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>> {
        match self {
            Self::Application(v) => &v.password_credentials,
            Self::AgentIdentityBlueprint(v) => &v.password_credentials,
        }
    }
    /// `passwordCredentials` of any variant.
    #[inline]
    pub fn password_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>> {
        match self {
            Self::Application(v) => &mut v.password_credentials,
            Self::AgentIdentityBlueprint(v) => &mut v.password_credentials,
        }
    }
    /// `publicClient` of any variant.
    #[inline]
    pub fn public_client(&self) -> &rt::Field<crate::v1::PublicClientApplication> {
        match self {
            Self::Application(v) => &v.public_client,
            Self::AgentIdentityBlueprint(v) => &v.public_client,
        }
    }
    /// `publicClient` of any variant.
    #[inline]
    pub fn public_client_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::PublicClientApplication> {
        match self {
            Self::Application(v) => &mut v.public_client,
            Self::AgentIdentityBlueprint(v) => &mut v.public_client,
        }
    }
    /// `publisherDomain` of any variant.
    #[inline]
    pub fn publisher_domain(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.publisher_domain,
            Self::AgentIdentityBlueprint(v) => &v.publisher_domain,
        }
    }
    /// `publisherDomain` of any variant.
    #[inline]
    pub fn publisher_domain_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.publisher_domain,
            Self::AgentIdentityBlueprint(v) => &mut v.publisher_domain,
        }
    }
    /// `requestSignatureVerification` of any variant.
    #[inline]
    pub fn request_signature_verification(
        &self,
    ) -> &rt::Field<crate::v1::RequestSignatureVerification> {
        match self {
            Self::Application(v) => &v.request_signature_verification,
            Self::AgentIdentityBlueprint(v) => &v.request_signature_verification,
        }
    }
    /// `requestSignatureVerification` of any variant.
    #[inline]
    pub fn request_signature_verification_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::RequestSignatureVerification> {
        match self {
            Self::Application(v) => &mut v.request_signature_verification,
            Self::AgentIdentityBlueprint(v) => &mut v.request_signature_verification,
        }
    }
    /// `requiredResourceAccess` of any variant.
    #[inline]
    pub fn required_resource_access(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::RequiredResourceAccess>> {
        match self {
            Self::Application(v) => &v.required_resource_access,
            Self::AgentIdentityBlueprint(v) => &v.required_resource_access,
        }
    }
    /// `requiredResourceAccess` of any variant.
    #[inline]
    pub fn required_resource_access_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::RequiredResourceAccess>> {
        match self {
            Self::Application(v) => &mut v.required_resource_access,
            Self::AgentIdentityBlueprint(v) => &mut v.required_resource_access,
        }
    }
    /// `samlMetadataUrl` of any variant.
    #[inline]
    pub fn saml_metadata_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.saml_metadata_url,
            Self::AgentIdentityBlueprint(v) => &v.saml_metadata_url,
        }
    }
    /// `samlMetadataUrl` of any variant.
    #[inline]
    pub fn saml_metadata_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.saml_metadata_url,
            Self::AgentIdentityBlueprint(v) => &mut v.saml_metadata_url,
        }
    }
    /// `serviceManagementReference` of any variant.
    #[inline]
    pub fn service_management_reference(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.service_management_reference,
            Self::AgentIdentityBlueprint(v) => &v.service_management_reference,
        }
    }
    /// `serviceManagementReference` of any variant.
    #[inline]
    pub fn service_management_reference_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.service_management_reference,
            Self::AgentIdentityBlueprint(v) => &mut v.service_management_reference,
        }
    }
    /// `servicePrincipalLockConfiguration` of any variant.
    #[inline]
    pub fn service_principal_lock_configuration(
        &self,
    ) -> &rt::Field<crate::v1::ServicePrincipalLockConfiguration> {
        match self {
            Self::Application(v) => &v.service_principal_lock_configuration,
            Self::AgentIdentityBlueprint(v) => &v.service_principal_lock_configuration,
        }
    }
    /// `servicePrincipalLockConfiguration` of any variant.
    #[inline]
    pub fn service_principal_lock_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ServicePrincipalLockConfiguration> {
        match self {
            Self::Application(v) => &mut v.service_principal_lock_configuration,
            Self::AgentIdentityBlueprint(v) => {
                &mut v.service_principal_lock_configuration
            }
        }
    }
    /// `signInAudience` of any variant.
    #[inline]
    pub fn sign_in_audience(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.sign_in_audience,
            Self::AgentIdentityBlueprint(v) => &v.sign_in_audience,
        }
    }
    /// `signInAudience` of any variant.
    #[inline]
    pub fn sign_in_audience_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.sign_in_audience,
            Self::AgentIdentityBlueprint(v) => &mut v.sign_in_audience,
        }
    }
    /// `spa` of any variant.
    #[inline]
    pub fn spa(&self) -> &rt::Field<crate::v1::SpaApplication> {
        match self {
            Self::Application(v) => &v.spa,
            Self::AgentIdentityBlueprint(v) => &v.spa,
        }
    }
    /// `spa` of any variant.
    #[inline]
    pub fn spa_mut(&mut self) -> &mut rt::Field<crate::v1::SpaApplication> {
        match self {
            Self::Application(v) => &mut v.spa,
            Self::AgentIdentityBlueprint(v) => &mut v.spa,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Application(v) => &v.tags,
            Self::AgentIdentityBlueprint(v) => &v.tags,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Application(v) => &mut v.tags,
            Self::AgentIdentityBlueprint(v) => &mut v.tags,
        }
    }
    /// `tokenEncryptionKeyId` of any variant.
    #[inline]
    pub fn token_encryption_key_id(&self) -> &rt::Field<rt::edm::Guid> {
        match self {
            Self::Application(v) => &v.token_encryption_key_id,
            Self::AgentIdentityBlueprint(v) => &v.token_encryption_key_id,
        }
    }
    /// `tokenEncryptionKeyId` of any variant.
    #[inline]
    pub fn token_encryption_key_id_mut(&mut self) -> &mut rt::Field<rt::edm::Guid> {
        match self {
            Self::Application(v) => &mut v.token_encryption_key_id,
            Self::AgentIdentityBlueprint(v) => &mut v.token_encryption_key_id,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.unique_name,
            Self::AgentIdentityBlueprint(v) => &v.unique_name,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.unique_name,
            Self::AgentIdentityBlueprint(v) => &mut v.unique_name,
        }
    }
    /// `verifiedPublisher` of any variant.
    #[inline]
    pub fn verified_publisher(&self) -> &rt::Field<crate::v1::VerifiedPublisher> {
        match self {
            Self::Application(v) => &v.verified_publisher,
            Self::AgentIdentityBlueprint(v) => &v.verified_publisher,
        }
    }
    /// `verifiedPublisher` of any variant.
    #[inline]
    pub fn verified_publisher_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::VerifiedPublisher> {
        match self {
            Self::Application(v) => &mut v.verified_publisher,
            Self::AgentIdentityBlueprint(v) => &mut v.verified_publisher,
        }
    }
    /// `web` of any variant.
    #[inline]
    pub fn web(&self) -> &rt::Field<crate::v1::WebApplication> {
        match self {
            Self::Application(v) => &v.web,
            Self::AgentIdentityBlueprint(v) => &v.web,
        }
    }
    /// `web` of any variant.
    #[inline]
    pub fn web_mut(&mut self) -> &mut rt::Field<crate::v1::WebApplication> {
        match self {
            Self::Application(v) => &mut v.web,
            Self::AgentIdentityBlueprint(v) => &mut v.web,
        }
    }
    /// `appManagementPolicies` of any variant.
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AppManagementPolicy>> {
        match self {
            Self::Application(v) => &v.app_management_policies,
            Self::AgentIdentityBlueprint(v) => &v.app_management_policies,
        }
    }
    /// `appManagementPolicies` of any variant.
    #[inline]
    pub fn app_management_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppManagementPolicy>> {
        match self {
            Self::Application(v) => &mut v.app_management_policies,
            Self::AgentIdentityBlueprint(v) => &mut v.app_management_policies,
        }
    }
    /// `createdOnBehalfOf` of any variant.
    #[inline]
    pub fn created_on_behalf_of(&self) -> &rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::Application(v) => &v.created_on_behalf_of,
            Self::AgentIdentityBlueprint(v) => &v.created_on_behalf_of,
        }
    }
    /// `createdOnBehalfOf` of any variant.
    #[inline]
    pub fn created_on_behalf_of_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::Application(v) => &mut v.created_on_behalf_of,
            Self::AgentIdentityBlueprint(v) => &mut v.created_on_behalf_of,
        }
    }
    /// `extensionProperties` of any variant.
    #[inline]
    pub fn extension_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ExtensionProperty>> {
        match self {
            Self::Application(v) => &v.extension_properties,
            Self::AgentIdentityBlueprint(v) => &v.extension_properties,
        }
    }
    /// `extensionProperties` of any variant.
    #[inline]
    pub fn extension_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ExtensionProperty>> {
        match self {
            Self::Application(v) => &mut v.extension_properties,
            Self::AgentIdentityBlueprint(v) => &mut v.extension_properties,
        }
    }
    /// `federatedIdentityCredentials` of any variant.
    #[inline]
    pub fn federated_identity_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::FederatedIdentityCredential>> {
        match self {
            Self::Application(v) => &v.federated_identity_credentials,
            Self::AgentIdentityBlueprint(v) => &v.federated_identity_credentials,
        }
    }
    /// `federatedIdentityCredentials` of any variant.
    #[inline]
    pub fn federated_identity_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::FederatedIdentityCredential>> {
        match self {
            Self::Application(v) => &mut v.federated_identity_credentials,
            Self::AgentIdentityBlueprint(v) => &mut v.federated_identity_credentials,
        }
    }
    /// `homeRealmDiscoveryPolicies` of any variant.
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>> {
        match self {
            Self::Application(v) => &v.home_realm_discovery_policies,
            Self::AgentIdentityBlueprint(v) => &v.home_realm_discovery_policies,
        }
    }
    /// `homeRealmDiscoveryPolicies` of any variant.
    #[inline]
    pub fn home_realm_discovery_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>> {
        match self {
            Self::Application(v) => &mut v.home_realm_discovery_policies,
            Self::AgentIdentityBlueprint(v) => &mut v.home_realm_discovery_policies,
        }
    }
    /// `owners` of any variant.
    #[inline]
    pub fn owners(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::Application(v) => &v.owners,
            Self::AgentIdentityBlueprint(v) => &v.owners,
        }
    }
    /// `owners` of any variant.
    #[inline]
    pub fn owners_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::Application(v) => &mut v.owners,
            Self::AgentIdentityBlueprint(v) => &mut v.owners,
        }
    }
    /// `synchronization` of any variant.
    #[inline]
    pub fn synchronization(&self) -> &rt::Field<crate::v1::Synchronization> {
        match self {
            Self::Application(v) => &v.synchronization,
            Self::AgentIdentityBlueprint(v) => &v.synchronization,
        }
    }
    /// `synchronization` of any variant.
    #[inline]
    pub fn synchronization_mut(&mut self) -> &mut rt::Field<crate::v1::Synchronization> {
        match self {
            Self::Application(v) => &mut v.synchronization,
            Self::AgentIdentityBlueprint(v) => &mut v.synchronization,
        }
    }
    /// `tokenIssuancePolicies` of any variant.
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::TokenIssuancePolicy>> {
        match self {
            Self::Application(v) => &v.token_issuance_policies,
            Self::AgentIdentityBlueprint(v) => &v.token_issuance_policies,
        }
    }
    /// `tokenIssuancePolicies` of any variant.
    #[inline]
    pub fn token_issuance_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::TokenIssuancePolicy>> {
        match self {
            Self::Application(v) => &mut v.token_issuance_policies,
            Self::AgentIdentityBlueprint(v) => &mut v.token_issuance_policies,
        }
    }
    /// `tokenLifetimePolicies` of any variant.
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::TokenLifetimePolicy>> {
        match self {
            Self::Application(v) => &v.token_lifetime_policies,
            Self::AgentIdentityBlueprint(v) => &v.token_lifetime_policies,
        }
    }
    /// `tokenLifetimePolicies` of any variant.
    #[inline]
    pub fn token_lifetime_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::TokenLifetimePolicy>> {
        match self {
            Self::Application(v) => &mut v.token_lifetime_policies,
            Self::AgentIdentityBlueprint(v) => &mut v.token_lifetime_policies,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyApplication);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyApplication);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationServicePrincipal`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ApplicationServicePrincipal {
    /// CSDL: navigation property `application`: `microsoft.graph.application`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub application: rt::Field<crate::v1::AnyApplication>,
    /// CSDL: navigation property `servicePrincipal`: `microsoft.graph.servicePrincipal`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub service_principal: rt::Field<crate::v1::AnyServicePrincipal>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            #[cfg(msgraph_v1_core)]
            application: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            service_principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationServicePrincipal";
    const KEYS: &'static [&'static str] = &["application", "servicePrincipal"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":",
        ",\"servicePrincipal\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationServicePrincipal\"";
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            #[cfg(msgraph_v1_core)]
            0usize => self.application.read_from(r),
            #[cfg(msgraph_v1_core)]
            1usize => self.service_principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        #[cfg(msgraph_v1_core)] w.field(0usize, &self.application);
        #[cfg(msgraph_v1_core)] w.field(1usize, &self.service_principal);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            #[cfg(msgraph_v1_core)]
            0usize => ::std::option::Option::Some(&self.application),
            #[cfg(msgraph_v1_core)]
            1usize => ::std::option::Option::Some(&self.service_principal),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        #[cfg(msgraph_v1_core)] d.field(0usize, "application", &self.application);
        #[cfg(msgraph_v1_core)]
        d.field(1usize, "service_principal", &self.service_principal);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationServicePrincipal);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationServicePrincipal { #[cfg(msgraph_v1_core)] with_application application :
    crate ::v1::AnyApplication; #[cfg(msgraph_v1_core)] with_service_principal
    service_principal : crate ::v1::AnyServicePrincipal; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationServicePrincipal);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.approvalSettings`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ApprovalSettings {
    /// CSDL: property `approvalMode`: `Edm.String`, nullable.
    pub approval_mode: rt::Field<::std::string::String>,
    /// CSDL: property `approvalStages`: `Collection(microsoft.graph.unifiedApprovalStage)`, nullable.
    pub approval_stages: rt::Field<::std::vec::Vec<crate::v1::UnifiedApprovalStage>>,
    /// CSDL: property `isApprovalRequired`: `Edm.Boolean`, nullable.
    pub is_approval_required: rt::Field<bool>,
    /// CSDL: property `isApprovalRequiredForExtension`: `Edm.Boolean`, nullable.
    pub is_approval_required_for_extension: rt::Field<bool>,
    /// CSDL: property `isRequestorJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_requestor_justification_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for ApprovalSettings {
    #[inline]
    fn default() -> Self {
        Self {
            approval_mode: rt::Field::Absent,
            approval_stages: rt::Field::Absent,
            is_approval_required: rt::Field::Absent,
            is_approval_required_for_extension: rt::Field::Absent,
            is_requestor_justification_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for ApprovalSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalSettings";
    const KEYS: &'static [&'static str] = &[
        "approvalMode",
        "approvalStages",
        "isApprovalRequired",
        "isApprovalRequiredForExtension",
        "isRequestorJustificationRequired",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"approvalMode\":",
        ",\"approvalStages\":",
        ",\"isApprovalRequired\":",
        ",\"isApprovalRequiredForExtension\":",
        ",\"isRequestorJustificationRequired\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approvalSettings\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approval_mode.read_from(r),
            1usize => self.approval_stages.read_from(r),
            2usize => self.is_approval_required.read_from(r),
            3usize => self.is_approval_required_for_extension.read_from(r),
            4usize => self.is_requestor_justification_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approval_mode);
        w.field(1usize, &self.approval_stages);
        w.field(2usize, &self.is_approval_required);
        w.field(3usize, &self.is_approval_required_for_extension);
        w.field(4usize, &self.is_requestor_justification_required);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.approval_mode),
            1usize => ::std::option::Option::Some(&self.approval_stages),
            2usize => ::std::option::Option::Some(&self.is_approval_required),
            3usize => {
                ::std::option::Option::Some(&self.is_approval_required_for_extension)
            }
            4usize => {
                ::std::option::Option::Some(&self.is_requestor_justification_required)
            }
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "approval_mode", &self.approval_mode);
        d.field(1usize, "approval_stages", &self.approval_stages);
        d.field(2usize, "is_approval_required", &self.is_approval_required);
        d.field(
            3usize,
            "is_approval_required_for_extension",
            &self.is_approval_required_for_extension,
        );
        d.field(
            4usize,
            "is_requestor_justification_required",
            &self.is_requestor_justification_required,
        );
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(ApprovalSettings);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    ApprovalSettings { with_approval_mode approval_mode : ::std::string::String;
    with_approval_stages approval_stages : ::std::vec::Vec < crate
    ::v1::UnifiedApprovalStage >; with_is_approval_required is_approval_required : bool;
    with_is_approval_required_for_extension is_approval_required_for_extension : bool;
    with_is_requestor_justification_required is_requestor_justification_required : bool;
    }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalSettings);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.assignmentRequestApprovalStageCallbackData`, complex type, derived from `microsoft.graph.accessPackageAssignmentRequestCallbackData`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq)]
pub struct AssignmentRequestApprovalStageCallbackData {
    /// CSDL: property `customExtensionStageInstanceDetail`: `Edm.String`, nullable.
    pub custom_extension_stage_instance_detail: rt::Field<::std::string::String>,
    /// CSDL: property `customExtensionStageInstanceId`: `Edm.String`, nullable.
    pub custom_extension_stage_instance_id: rt::Field<::std::string::String>,
    /// CSDL: property `stage`: `microsoft.graph.accessPackageCustomExtensionStage`, nullable.
    pub stage: rt::Field<crate::v1::AccessPackageCustomExtensionStage>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `approvalStage`: `microsoft.graph.accessPackageApprovalStage`, nullable.
    pub approval_stage: rt::Field<crate::v1::AnyAccessPackageApprovalStage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AssignmentRequestApprovalStageCallbackData {
    #[inline]
    fn default() -> Self {
        Self {
            custom_extension_stage_instance_detail: rt::Field::Absent,
            custom_extension_stage_instance_id: rt::Field::Absent,
            stage: rt::Field::Absent,
            state: rt::Field::Absent,
            approval_stage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AssignmentRequestApprovalStageCallbackData {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentRequestApprovalStageCallbackData";
    const KEYS: &'static [&'static str] = &[
        "customExtensionStageInstanceDetail",
        "customExtensionStageInstanceId",
        "stage",
        "state",
        "approvalStage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customExtensionStageInstanceDetail\":",
        ",\"customExtensionStageInstanceId\":",
        ",\"stage\":",
        ",\"state\":",
        ",\"approvalStage\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignmentRequestApprovalStageCallbackData\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_extension_stage_instance_detail.read_from(r),
            1usize => self.custom_extension_stage_instance_id.read_from(r),
            2usize => self.stage.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.approval_stage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_extension_stage_instance_detail);
        w.field(1usize, &self.custom_extension_stage_instance_id);
        w.field(2usize, &self.stage);
        w.field(3usize, &self.state);
        w.field(4usize, &self.approval_stage);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => {
                ::std::option::Option::Some(&self.custom_extension_stage_instance_detail)
            }
            1usize => {
                ::std::option::Option::Some(&self.custom_extension_stage_instance_id)
            }
            2usize => ::std::option::Option::Some(&self.stage),
            3usize => ::std::option::Option::Some(&self.state),
            4usize => ::std::option::Option::Some(&self.approval_stage),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "custom_extension_stage_instance_detail",
            &self.custom_extension_stage_instance_detail,
        );
        d.field(
            1usize,
            "custom_extension_stage_instance_id",
            &self.custom_extension_stage_instance_id,
        );
        d.field(2usize, "stage", &self.stage);
        d.field(3usize, "state", &self.state);
        d.field(4usize, "approval_stage", &self.approval_stage);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(AssignmentRequestApprovalStageCallbackData);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    AssignmentRequestApprovalStageCallbackData {
    with_custom_extension_stage_instance_detail custom_extension_stage_instance_detail :
    ::std::string::String; with_custom_extension_stage_instance_id
    custom_extension_stage_instance_id : ::std::string::String; with_stage stage : crate
    ::v1::AccessPackageCustomExtensionStage; with_state state : ::std::string::String;
    with_approval_stage approval_stage : crate ::v1::AnyAccessPackageApprovalStage; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentRequestApprovalStageCallbackData);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.associatedTeamInfo`, entity type, derived from `microsoft.graph.teamInfo`, key `id`.
///
/// Request builders: [`AssociatedTeamInfoPath`](requests/struct.AssociatedTeamInfoPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct AssociatedTeamInfo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `team`: `microsoft.graph.team`, nullable.
    pub team: rt::Field<crate::v1::Team>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AssociatedTeamInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            team: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AssociatedTeamInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.associatedTeamInfo";
    const KEYS: &'static [&'static str] = &["id", "displayName", "tenantId", "team"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"displayName\":",
        ",\"tenantId\":",
        ",\"team\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.associatedTeamInfo\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.tenant_id.read_from(r),
            3usize => self.team.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.tenant_id);
        w.field(3usize, &self.team);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.tenant_id),
            3usize => ::std::option::Option::Some(&self.team),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "tenant_id", &self.tenant_id);
        d.field(3usize, "team", &self.team);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(AssociatedTeamInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AssociatedTeamInfo { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_tenant_id tenant_id :
    ::std::string::String; with_team team : crate ::v1::Team; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssociatedTeamInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authentication`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationPath`](requests/struct.AuthenticationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct Authentication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `emailMethods`: `Collection(microsoft.graph.emailAuthenticationMethod)`, not nullable.
    pub email_methods: rt::Field<::std::vec::Vec<crate::v1::EmailAuthenticationMethod>>,
    /// CSDL: containment navigation property `externalAuthenticationMethods`: `Collection(microsoft.graph.externalAuthenticationMethod)`, not nullable.
    pub external_authentication_methods: rt::Field<
        ::std::vec::Vec<crate::v1::ExternalAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `fido2Methods`: `Collection(microsoft.graph.fido2AuthenticationMethod)`, not nullable.
    pub fido2_methods: rt::Field<::std::vec::Vec<crate::v1::Fido2AuthenticationMethod>>,
    /// CSDL: containment navigation property `methods`: `Collection(microsoft.graph.authenticationMethod)`, not nullable.
    pub methods: rt::Field<::std::vec::Vec<crate::v1::AnyAuthenticationMethod>>,
    /// CSDL: containment navigation property `microsoftAuthenticatorMethods`: `Collection(microsoft.graph.microsoftAuthenticatorAuthenticationMethod)`, not nullable.
    pub microsoft_authenticator_methods: rt::Field<
        ::std::vec::Vec<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.longRunningOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::AnyLongRunningOperation>>,
    /// CSDL: containment navigation property `passwordMethods`: `Collection(microsoft.graph.passwordAuthenticationMethod)`, not nullable.
    pub password_methods: rt::Field<
        ::std::vec::Vec<crate::v1::PasswordAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `phoneMethods`: `Collection(microsoft.graph.phoneAuthenticationMethod)`, not nullable.
    pub phone_methods: rt::Field<::std::vec::Vec<crate::v1::PhoneAuthenticationMethod>>,
    /// CSDL: containment navigation property `platformCredentialMethods`: `Collection(microsoft.graph.platformCredentialAuthenticationMethod)`, not nullable.
    pub platform_credential_methods: rt::Field<
        ::std::vec::Vec<crate::v1::PlatformCredentialAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `softwareOathMethods`: `Collection(microsoft.graph.softwareOathAuthenticationMethod)`, not nullable.
    pub software_oath_methods: rt::Field<
        ::std::vec::Vec<crate::v1::SoftwareOathAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `temporaryAccessPassMethods`: `Collection(microsoft.graph.temporaryAccessPassAuthenticationMethod)`, not nullable.
    pub temporary_access_pass_methods: rt::Field<
        ::std::vec::Vec<crate::v1::TemporaryAccessPassAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `windowsHelloForBusinessMethods`: `Collection(microsoft.graph.windowsHelloForBusinessAuthenticationMethod)`, not nullable.
    pub windows_hello_for_business_methods: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsHelloForBusinessAuthenticationMethod>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Authentication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            email_methods: rt::Field::Absent,
            external_authentication_methods: rt::Field::Absent,
            fido2_methods: rt::Field::Absent,
            methods: rt::Field::Absent,
            microsoft_authenticator_methods: rt::Field::Absent,
            operations: rt::Field::Absent,
            password_methods: rt::Field::Absent,
            phone_methods: rt::Field::Absent,
            platform_credential_methods: rt::Field::Absent,
            software_oath_methods: rt::Field::Absent,
            temporary_access_pass_methods: rt::Field::Absent,
            windows_hello_for_business_methods: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Authentication {
    const TYPE_NAME: &'static str = "microsoft.graph.authentication";
    const KEYS: &'static [&'static str] = &[
        "id",
        "emailMethods",
        "externalAuthenticationMethods",
        "fido2Methods",
        "methods",
        "microsoftAuthenticatorMethods",
        "operations",
        "passwordMethods",
        "phoneMethods",
        "platformCredentialMethods",
        "softwareOathMethods",
        "temporaryAccessPassMethods",
        "windowsHelloForBusinessMethods",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"emailMethods\":",
        ",\"externalAuthenticationMethods\":",
        ",\"fido2Methods\":",
        ",\"methods\":",
        ",\"microsoftAuthenticatorMethods\":",
        ",\"operations\":",
        ",\"passwordMethods\":",
        ",\"phoneMethods\":",
        ",\"platformCredentialMethods\":",
        ",\"softwareOathMethods\":",
        ",\"temporaryAccessPassMethods\":",
        ",\"windowsHelloForBusinessMethods\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authentication\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.email_methods.read_from(r),
            2usize => self.external_authentication_methods.read_from(r),
            3usize => self.fido2_methods.read_from(r),
            4usize => self.methods.read_from(r),
            5usize => self.microsoft_authenticator_methods.read_from(r),
            6usize => self.operations.read_from(r),
            7usize => self.password_methods.read_from(r),
            8usize => self.phone_methods.read_from(r),
            9usize => self.platform_credential_methods.read_from(r),
            10usize => self.software_oath_methods.read_from(r),
            11usize => self.temporary_access_pass_methods.read_from(r),
            12usize => self.windows_hello_for_business_methods.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.email_methods);
        w.field(2usize, &self.external_authentication_methods);
        w.field(3usize, &self.fido2_methods);
        w.field(4usize, &self.methods);
        w.field(5usize, &self.microsoft_authenticator_methods);
        w.field(6usize, &self.operations);
        w.field(7usize, &self.password_methods);
        w.field(8usize, &self.phone_methods);
        w.field(9usize, &self.platform_credential_methods);
        w.field(10usize, &self.software_oath_methods);
        w.field(11usize, &self.temporary_access_pass_methods);
        w.field(12usize, &self.windows_hello_for_business_methods);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.email_methods),
            2usize => ::std::option::Option::Some(&self.external_authentication_methods),
            3usize => ::std::option::Option::Some(&self.fido2_methods),
            4usize => ::std::option::Option::Some(&self.methods),
            5usize => ::std::option::Option::Some(&self.microsoft_authenticator_methods),
            6usize => ::std::option::Option::Some(&self.operations),
            7usize => ::std::option::Option::Some(&self.password_methods),
            8usize => ::std::option::Option::Some(&self.phone_methods),
            9usize => ::std::option::Option::Some(&self.platform_credential_methods),
            10usize => ::std::option::Option::Some(&self.software_oath_methods),
            11usize => ::std::option::Option::Some(&self.temporary_access_pass_methods),
            12usize => {
                ::std::option::Option::Some(&self.windows_hello_for_business_methods)
            }
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "email_methods", &self.email_methods);
        d.field(
            2usize,
            "external_authentication_methods",
            &self.external_authentication_methods,
        );
        d.field(3usize, "fido2_methods", &self.fido2_methods);
        d.field(4usize, "methods", &self.methods);
        d.field(
            5usize,
            "microsoft_authenticator_methods",
            &self.microsoft_authenticator_methods,
        );
        d.field(6usize, "operations", &self.operations);
        d.field(7usize, "password_methods", &self.password_methods);
        d.field(8usize, "phone_methods", &self.phone_methods);
        d.field(
            9usize,
            "platform_credential_methods",
            &self.platform_credential_methods,
        );
        d.field(10usize, "software_oath_methods", &self.software_oath_methods);
        d.field(
            11usize,
            "temporary_access_pass_methods",
            &self.temporary_access_pass_methods,
        );
        d.field(
            12usize,
            "windows_hello_for_business_methods",
            &self.windows_hello_for_business_methods,
        );
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(Authentication);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Authentication { with_id id : ::std::string::String; with_email_methods email_methods
    : ::std::vec::Vec < crate ::v1::EmailAuthenticationMethod >;
    with_external_authentication_methods external_authentication_methods :
    ::std::vec::Vec < crate ::v1::ExternalAuthenticationMethod >; with_fido2_methods
    fido2_methods : ::std::vec::Vec < crate ::v1::Fido2AuthenticationMethod >;
    with_methods methods : ::std::vec::Vec < crate ::v1::AnyAuthenticationMethod >;
    with_microsoft_authenticator_methods microsoft_authenticator_methods :
    ::std::vec::Vec < crate ::v1::MicrosoftAuthenticatorAuthenticationMethod >;
    with_operations operations : ::std::vec::Vec < crate ::v1::AnyLongRunningOperation >;
    with_password_methods password_methods : ::std::vec::Vec < crate
    ::v1::PasswordAuthenticationMethod >; with_phone_methods phone_methods :
    ::std::vec::Vec < crate ::v1::PhoneAuthenticationMethod >;
    with_platform_credential_methods platform_credential_methods : ::std::vec::Vec <
    crate ::v1::PlatformCredentialAuthenticationMethod >; with_software_oath_methods
    software_oath_methods : ::std::vec::Vec < crate
    ::v1::SoftwareOathAuthenticationMethod >; with_temporary_access_pass_methods
    temporary_access_pass_methods : ::std::vec::Vec < crate
    ::v1::TemporaryAccessPassAuthenticationMethod >;
    with_windows_hello_for_business_methods windows_hello_for_business_methods :
    ::std::vec::Vec < crate ::v1::WindowsHelloForBusinessAuthenticationMethod >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Authentication);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authenticationMethod`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/struct.AuthenticationMethodPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct AuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethod";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"createdDateTime\":"];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethod\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(AuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AuthenticationMethod { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethod);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.authenticationMethod` or any type derived from it, selected by `@odata.type` (12 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationMethod {
    AuthenticationMethod(::std::boxed::Box<crate::v1::AuthenticationMethod>),
    EmailAuthenticationMethod(::std::boxed::Box<crate::v1::EmailAuthenticationMethod>),
    ExternalAuthenticationMethod(
        ::std::boxed::Box<crate::v1::ExternalAuthenticationMethod>,
    ),
    Fido2AuthenticationMethod(::std::boxed::Box<crate::v1::Fido2AuthenticationMethod>),
    MicrosoftAuthenticatorAuthenticationMethod(
        ::std::boxed::Box<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>,
    ),
    PasswordAuthenticationMethod(
        ::std::boxed::Box<crate::v1::PasswordAuthenticationMethod>,
    ),
    PhoneAuthenticationMethod(::std::boxed::Box<crate::v1::PhoneAuthenticationMethod>),
    PlatformCredentialAuthenticationMethod(
        ::std::boxed::Box<crate::v1::PlatformCredentialAuthenticationMethod>,
    ),
    QrCodePinAuthenticationMethod(
        ::std::boxed::Box<crate::v1::QrCodePinAuthenticationMethod>,
    ),
    SoftwareOathAuthenticationMethod(
        ::std::boxed::Box<crate::v1::SoftwareOathAuthenticationMethod>,
    ),
    TemporaryAccessPassAuthenticationMethod(
        ::std::boxed::Box<crate::v1::TemporaryAccessPassAuthenticationMethod>,
    ),
    WindowsHelloForBusinessAuthenticationMethod(
        ::std::boxed::Box<crate::v1::WindowsHelloForBusinessAuthenticationMethod>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationMethod(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethod> for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethod) -> Self {
        Self::AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::EmailAuthenticationMethod) -> Self {
        Self::EmailAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::ExternalAuthenticationMethod) -> Self {
        Self::ExternalAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Fido2AuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::Fido2AuthenticationMethod) -> Self {
        Self::Fido2AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::MicrosoftAuthenticatorAuthenticationMethod) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PasswordAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::PasswordAuthenticationMethod) -> Self {
        Self::PasswordAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PhoneAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::PhoneAuthenticationMethod) -> Self {
        Self::PhoneAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlatformCredentialAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::PlatformCredentialAuthenticationMethod) -> Self {
        Self::PlatformCredentialAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::QrCodePinAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::QrCodePinAuthenticationMethod) -> Self {
        Self::QrCodePinAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SoftwareOathAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::SoftwareOathAuthenticationMethod) -> Self {
        Self::SoftwareOathAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TemporaryAccessPassAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::TemporaryAccessPassAuthenticationMethod) -> Self {
        Self::TemporaryAccessPassAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsHelloForBusinessAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::WindowsHelloForBusinessAuthenticationMethod) -> Self {
        Self::WindowsHelloForBusinessAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyAuthenticationMethod {
    const BASE_NAME: &'static str = "microsoft.graph.authenticationMethod";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.emailAuthenticationMethod") => {
                rt::object::read_boxed(r).map(Self::EmailAuthenticationMethod)
            }
            ::std::option::Option::Some(
                "microsoft.graph.externalAuthenticationMethod",
            ) => rt::object::read_boxed(r).map(Self::ExternalAuthenticationMethod),
            ::std::option::Option::Some("microsoft.graph.fido2AuthenticationMethod") => {
                rt::object::read_boxed(r).map(Self::Fido2AuthenticationMethod)
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::MicrosoftAuthenticatorAuthenticationMethod)
            }
            ::std::option::Option::Some(
                "microsoft.graph.passwordAuthenticationMethod",
            ) => rt::object::read_boxed(r).map(Self::PasswordAuthenticationMethod),
            ::std::option::Option::Some("microsoft.graph.phoneAuthenticationMethod") => {
                rt::object::read_boxed(r).map(Self::PhoneAuthenticationMethod)
            }
            ::std::option::Option::Some(
                "microsoft.graph.platformCredentialAuthenticationMethod",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PlatformCredentialAuthenticationMethod)
            }
            ::std::option::Option::Some(
                "microsoft.graph.qrCodePinAuthenticationMethod",
            ) => rt::object::read_boxed(r).map(Self::QrCodePinAuthenticationMethod),
            ::std::option::Option::Some(
                "microsoft.graph.softwareOathAuthenticationMethod",
            ) => rt::object::read_boxed(r).map(Self::SoftwareOathAuthenticationMethod),
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethod",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::TemporaryAccessPassAuthenticationMethod)
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::WindowsHelloForBusinessAuthenticationMethod)
            }
            _ => rt::object::read_boxed(r).map(Self::AuthenticationMethod),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::AuthenticationMethod(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::EmailAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailAuthenticationMethod",
                    ),
                )
            }
            Self::ExternalAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalAuthenticationMethod",
                    ),
                )
            }
            Self::Fido2AuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.fido2AuthenticationMethod",
                    ),
                )
            }
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
                    ),
                )
            }
            Self::PasswordAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.passwordAuthenticationMethod",
                    ),
                )
            }
            Self::PhoneAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.phoneAuthenticationMethod",
                    ),
                )
            }
            Self::PlatformCredentialAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.platformCredentialAuthenticationMethod",
                    ),
                )
            }
            Self::QrCodePinAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.qrCodePinAuthenticationMethod",
                    ),
                )
            }
            Self::SoftwareOathAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.softwareOathAuthenticationMethod",
                    ),
                )
            }
            Self::TemporaryAccessPassAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.temporaryAccessPassAuthenticationMethod",
                    ),
                )
            }
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyAuthenticationMethod {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::AuthenticationMethod(_) => "microsoft.graph.authenticationMethod",
            Self::EmailAuthenticationMethod(_) => {
                "microsoft.graph.emailAuthenticationMethod"
            }
            Self::ExternalAuthenticationMethod(_) => {
                "microsoft.graph.externalAuthenticationMethod"
            }
            Self::Fido2AuthenticationMethod(_) => {
                "microsoft.graph.fido2AuthenticationMethod"
            }
            Self::MicrosoftAuthenticatorAuthenticationMethod(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod"
            }
            Self::PasswordAuthenticationMethod(_) => {
                "microsoft.graph.passwordAuthenticationMethod"
            }
            Self::PhoneAuthenticationMethod(_) => {
                "microsoft.graph.phoneAuthenticationMethod"
            }
            Self::PlatformCredentialAuthenticationMethod(_) => {
                "microsoft.graph.platformCredentialAuthenticationMethod"
            }
            Self::QrCodePinAuthenticationMethod(_) => {
                "microsoft.graph.qrCodePinAuthenticationMethod"
            }
            Self::SoftwareOathAuthenticationMethod(_) => {
                "microsoft.graph.softwareOathAuthenticationMethod"
            }
            Self::TemporaryAccessPassAuthenticationMethod(_) => {
                "microsoft.graph.temporaryAccessPassAuthenticationMethod"
            }
            Self::WindowsHelloForBusinessAuthenticationMethod(_) => {
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::AuthenticationMethod(v) => &v.extra,
            Self::EmailAuthenticationMethod(v) => &v.extra,
            Self::ExternalAuthenticationMethod(v) => &v.extra,
            Self::Fido2AuthenticationMethod(v) => &v.extra,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.extra,
            Self::PasswordAuthenticationMethod(v) => &v.extra,
            Self::PhoneAuthenticationMethod(v) => &v.extra,
            Self::PlatformCredentialAuthenticationMethod(v) => &v.extra,
            Self::QrCodePinAuthenticationMethod(v) => &v.extra,
            Self::SoftwareOathAuthenticationMethod(v) => &v.extra,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.extra,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::AuthenticationMethod(v) => &mut v.extra,
            Self::EmailAuthenticationMethod(v) => &mut v.extra,
            Self::ExternalAuthenticationMethod(v) => &mut v.extra,
            Self::Fido2AuthenticationMethod(v) => &mut v.extra,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.extra,
            Self::PasswordAuthenticationMethod(v) => &mut v.extra,
            Self::PhoneAuthenticationMethod(v) => &mut v.extra,
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.extra,
            Self::QrCodePinAuthenticationMethod(v) => &mut v.extra,
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.extra,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.extra,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationMethod(v) => &v.id,
            Self::EmailAuthenticationMethod(v) => &v.id,
            Self::ExternalAuthenticationMethod(v) => &v.id,
            Self::Fido2AuthenticationMethod(v) => &v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.id,
            Self::PasswordAuthenticationMethod(v) => &v.id,
            Self::PhoneAuthenticationMethod(v) => &v.id,
            Self::PlatformCredentialAuthenticationMethod(v) => &v.id,
            Self::QrCodePinAuthenticationMethod(v) => &v.id,
            Self::SoftwareOathAuthenticationMethod(v) => &v.id,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.id,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationMethod(v) => &mut v.id,
            Self::EmailAuthenticationMethod(v) => &mut v.id,
            Self::ExternalAuthenticationMethod(v) => &mut v.id,
            Self::Fido2AuthenticationMethod(v) => &mut v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.id,
            Self::PasswordAuthenticationMethod(v) => &mut v.id,
            Self::PhoneAuthenticationMethod(v) => &mut v.id,
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.id,
            Self::QrCodePinAuthenticationMethod(v) => &mut v.id,
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.id,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.id,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AuthenticationMethod(v) => &v.created_date_time,
            Self::EmailAuthenticationMethod(v) => &v.created_date_time,
            Self::ExternalAuthenticationMethod(v) => &v.created_date_time,
            Self::Fido2AuthenticationMethod(v) => &v.created_date_time,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.created_date_time,
            Self::PasswordAuthenticationMethod(v) => &v.created_date_time,
            Self::PhoneAuthenticationMethod(v) => &v.created_date_time,
            Self::PlatformCredentialAuthenticationMethod(v) => &v.created_date_time,
            Self::QrCodePinAuthenticationMethod(v) => &v.created_date_time,
            Self::SoftwareOathAuthenticationMethod(v) => &v.created_date_time,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.created_date_time,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AuthenticationMethod(v) => &mut v.created_date_time,
            Self::EmailAuthenticationMethod(v) => &mut v.created_date_time,
            Self::ExternalAuthenticationMethod(v) => &mut v.created_date_time,
            Self::Fido2AuthenticationMethod(v) => &mut v.created_date_time,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => {
                &mut v.created_date_time
            }
            Self::PasswordAuthenticationMethod(v) => &mut v.created_date_time,
            Self::PhoneAuthenticationMethod(v) => &mut v.created_date_time,
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.created_date_time,
            Self::QrCodePinAuthenticationMethod(v) => &mut v.created_date_time,
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.created_date_time,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.created_date_time,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => {
                &mut v.created_date_time
            }
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyAuthenticationMethod);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationMethod);
