//! Types of `microsoft.graph` by the first letters of their names (`b`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.b2cAuthenticationMethodsPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct B2cAuthenticationMethodsPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isEmailPasswordAuthenticationEnabled`: `Edm.Boolean`, not nullable.
    pub is_email_password_authentication_enabled: rt::Field<bool>,
    /// CSDL: property `isPhoneOneTimePasswordAuthenticationEnabled`: `Edm.Boolean`, not nullable.
    pub is_phone_one_time_password_authentication_enabled: rt::Field<bool>,
    /// CSDL: property `isUserNameAuthenticationEnabled`: `Edm.Boolean`, not nullable.
    pub is_user_name_authentication_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for B2cAuthenticationMethodsPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_email_password_authentication_enabled: rt::Field::Absent,
            is_phone_one_time_password_authentication_enabled: rt::Field::Absent,
            is_user_name_authentication_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for B2cAuthenticationMethodsPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.b2cAuthenticationMethodsPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isEmailPasswordAuthenticationEnabled",
        "isPhoneOneTimePasswordAuthenticationEnabled",
        "isUserNameAuthenticationEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isEmailPasswordAuthenticationEnabled\":",
        ",\"isPhoneOneTimePasswordAuthenticationEnabled\":",
        ",\"isUserNameAuthenticationEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.b2cAuthenticationMethodsPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "is_email_password_authentication_enabled",
            &self.is_email_password_authentication_enabled,
        );
        v.field(
            2usize,
            "is_phone_one_time_password_authentication_enabled",
            &self.is_phone_one_time_password_authentication_enabled,
        );
        v.field(
            3usize,
            "is_user_name_authentication_enabled",
            &self.is_user_name_authentication_enabled,
        );
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for B2cAuthenticationMethodsPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_email_password_authentication_enabled.read_from(r),
            2usize => self.is_phone_one_time_password_authentication_enabled.read_from(r),
            3usize => self.is_user_name_authentication_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_email_password_authentication_enabled);
        w.field(2usize, &self.is_phone_one_time_password_authentication_enabled);
        w.field(3usize, &self.is_user_name_authentication_enabled);
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
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(B2cAuthenticationMethodsPolicy);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    B2cAuthenticationMethodsPolicy { with_id id : ::std::string::String;
    with_is_email_password_authentication_enabled
    is_email_password_authentication_enabled : bool;
    with_is_phone_one_time_password_authentication_enabled
    is_phone_one_time_password_authentication_enabled : bool;
    with_is_user_name_authentication_enabled is_user_name_authentication_enabled : bool;
    }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(B2cAuthenticationMethodsPolicy);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.b2cIdentityUserFlow`, entity type, derived from `microsoft.graph.identityUserFlow`, key `id`.
///
/// Request builders: [`B2cIdentityUserFlowPath`](requests/trait.B2cIdentityUserFlowPath.html), what a path to one (`EntityPath<B2cIdentityUserFlow, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct B2cIdentityUserFlow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowType`: `microsoft.graph.userFlowType`, not nullable.
    pub user_flow_type: rt::Field<crate::beta::UserFlowType>,
    /// CSDL: property `userFlowTypeVersion`: `Edm.Single`, not nullable.
    pub user_flow_type_version: rt::Field<f64>,
    /// CSDL: property `apiConnectorConfiguration`: `microsoft.graph.userFlowApiConnectorConfiguration`, nullable.
    pub api_connector_configuration: rt::Field<
        crate::beta::UserFlowApiConnectorConfiguration,
    >,
    /// CSDL: property `defaultLanguageTag`: `Edm.String`, nullable.
    pub default_language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `isLanguageCustomizationEnabled`: `Edm.Boolean`, not nullable.
    pub is_language_customization_enabled: rt::Field<bool>,
    /// CSDL: navigation property `identityProviders`: `Collection(microsoft.graph.identityProvider)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_identity_providers_or_search)]
    pub identity_providers: rt::Field<::std::vec::Vec<crate::beta::AnyIdentityProvider>>,
    /// CSDL: containment navigation property `languages`: `Collection(microsoft.graph.userFlowLanguageConfiguration)`, not nullable.
    pub languages: rt::Field<
        ::std::vec::Vec<crate::beta::UserFlowLanguageConfiguration>,
    >,
    /// CSDL: containment navigation property `userAttributeAssignments`: `Collection(microsoft.graph.identityUserFlowAttributeAssignment)`, not nullable.
    pub user_attribute_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::IdentityUserFlowAttributeAssignment>,
    >,
    /// CSDL: navigation property `userFlowIdentityProviders`: `Collection(microsoft.graph.identityProviderBase)`, not nullable.
    pub user_flow_identity_providers: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIdentityProviderBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for B2cIdentityUserFlow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_flow_type: rt::Field::Absent,
            user_flow_type_version: rt::Field::Absent,
            api_connector_configuration: rt::Field::Absent,
            default_language_tag: rt::Field::Absent,
            is_language_customization_enabled: rt::Field::Absent,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            identity_providers: rt::Field::Absent,
            languages: rt::Field::Absent,
            user_attribute_assignments: rt::Field::Absent,
            user_flow_identity_providers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for B2cIdentityUserFlow {
    const TYPE_NAME: &'static str = "microsoft.graph.b2cIdentityUserFlow";
    const KEYS: &'static [&'static str] = &[
        "id",
        "userFlowType",
        "userFlowTypeVersion",
        "apiConnectorConfiguration",
        "defaultLanguageTag",
        "isLanguageCustomizationEnabled",
        "identityProviders",
        "languages",
        "userAttributeAssignments",
        "userFlowIdentityProviders",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userFlowType\":                 ",
        ",\"userFlowTypeVersion\":          ",
        ",\"apiConnectorConfiguration\":    ",
        ",\"defaultLanguageTag\":           ",
        ",\"isLanguageCustomizationEnabled\":",
        ",\"identityProviders\":            ",
        ",\"languages\":                    ",
        ",\"userAttributeAssignments\":     ",
        ",\"userFlowIdentityProviders\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.b2cIdentityUserFlow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_flow_type", &self.user_flow_type);
        v.field(2usize, "user_flow_type_version", &self.user_flow_type_version);
        v.field(
            3usize,
            "api_connector_configuration",
            &self.api_connector_configuration,
        );
        v.field(4usize, "default_language_tag", &self.default_language_tag);
        v.field(
            5usize,
            "is_language_customization_enabled",
            &self.is_language_customization_enabled,
        );
        #[cfg(msgraph_beta_identity_providers_or_search)]
        v.field(6usize, "identity_providers", &self.identity_providers);
        v.field(7usize, "languages", &self.languages);
        v.field(8usize, "user_attribute_assignments", &self.user_attribute_assignments);
        v.field(
            9usize,
            "user_flow_identity_providers",
            &self.user_flow_identity_providers,
        );
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for B2cIdentityUserFlow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_flow_type.read_from(r),
            2usize => self.user_flow_type_version.read_from(r),
            3usize => self.api_connector_configuration.read_from(r),
            4usize => self.default_language_tag.read_from(r),
            5usize => self.is_language_customization_enabled.read_from(r),
            #[cfg(msgraph_beta_identity_providers_or_search)]
            6usize => self.identity_providers.read_from(r),
            7usize => self.languages.read_from(r),
            8usize => self.user_attribute_assignments.read_from(r),
            9usize => self.user_flow_identity_providers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_flow_type);
        w.field(2usize, &self.user_flow_type_version);
        w.field(3usize, &self.api_connector_configuration);
        w.field(4usize, &self.default_language_tag);
        w.field(5usize, &self.is_language_customization_enabled);
        #[cfg(msgraph_beta_identity_providers_or_search)]
        w.field(6usize, &self.identity_providers);
        w.field(7usize, &self.languages);
        w.field(8usize, &self.user_attribute_assignments);
        w.field(9usize, &self.user_flow_identity_providers);
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(B2cIdentityUserFlow);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    B2cIdentityUserFlow { with_id id : ::std::string::String; with_user_flow_type
    user_flow_type : crate ::beta::UserFlowType; with_user_flow_type_version
    user_flow_type_version : f64; with_api_connector_configuration
    api_connector_configuration : crate ::beta::UserFlowApiConnectorConfiguration;
    with_default_language_tag default_language_tag : ::std::string::String;
    with_is_language_customization_enabled is_language_customization_enabled : bool;
    #[cfg(msgraph_beta_identity_providers_or_search)] with_identity_providers
    identity_providers : ::std::vec::Vec < crate ::beta::AnyIdentityProvider >;
    with_languages languages : ::std::vec::Vec < crate
    ::beta::UserFlowLanguageConfiguration >; with_user_attribute_assignments
    user_attribute_assignments : ::std::vec::Vec < crate
    ::beta::IdentityUserFlowAttributeAssignment >; with_user_flow_identity_providers
    user_flow_identity_providers : ::std::vec::Vec < crate
    ::beta::AnyIdentityProviderBase >; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(B2cIdentityUserFlow);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.b2xIdentityUserFlow`, entity type, derived from `microsoft.graph.identityUserFlow`, key `id`.
///
/// Request builders: [`B2xIdentityUserFlowPath`](requests/trait.B2xIdentityUserFlowPath.html), what a path to one (`EntityPath<B2xIdentityUserFlow, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct B2xIdentityUserFlow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowType`: `microsoft.graph.userFlowType`, not nullable.
    pub user_flow_type: rt::Field<crate::beta::UserFlowType>,
    /// CSDL: property `userFlowTypeVersion`: `Edm.Single`, not nullable.
    pub user_flow_type_version: rt::Field<f64>,
    /// CSDL: property `apiConnectorConfiguration`: `microsoft.graph.userFlowApiConnectorConfiguration`, nullable.
    pub api_connector_configuration: rt::Field<
        crate::beta::UserFlowApiConnectorConfiguration,
    >,
    /// CSDL: navigation property `identityProviders`: `Collection(microsoft.graph.identityProvider)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_identity_providers_or_search)]
    pub identity_providers: rt::Field<::std::vec::Vec<crate::beta::AnyIdentityProvider>>,
    /// CSDL: containment navigation property `languages`: `Collection(microsoft.graph.userFlowLanguageConfiguration)`, not nullable.
    pub languages: rt::Field<
        ::std::vec::Vec<crate::beta::UserFlowLanguageConfiguration>,
    >,
    /// CSDL: containment navigation property `userAttributeAssignments`: `Collection(microsoft.graph.identityUserFlowAttributeAssignment)`, not nullable.
    pub user_attribute_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::IdentityUserFlowAttributeAssignment>,
    >,
    /// CSDL: navigation property `userFlowIdentityProviders`: `Collection(microsoft.graph.identityProviderBase)`, not nullable.
    pub user_flow_identity_providers: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIdentityProviderBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for B2xIdentityUserFlow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_flow_type: rt::Field::Absent,
            user_flow_type_version: rt::Field::Absent,
            api_connector_configuration: rt::Field::Absent,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            identity_providers: rt::Field::Absent,
            languages: rt::Field::Absent,
            user_attribute_assignments: rt::Field::Absent,
            user_flow_identity_providers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for B2xIdentityUserFlow {
    const TYPE_NAME: &'static str = "microsoft.graph.b2xIdentityUserFlow";
    const KEYS: &'static [&'static str] = &[
        "id",
        "userFlowType",
        "userFlowTypeVersion",
        "apiConnectorConfiguration",
        "identityProviders",
        "languages",
        "userAttributeAssignments",
        "userFlowIdentityProviders",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userFlowType\":                 ",
        ",\"userFlowTypeVersion\":          ",
        ",\"apiConnectorConfiguration\":    ",
        ",\"identityProviders\":            ",
        ",\"languages\":                    ",
        ",\"userAttributeAssignments\":     ",
        ",\"userFlowIdentityProviders\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.b2xIdentityUserFlow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_flow_type", &self.user_flow_type);
        v.field(2usize, "user_flow_type_version", &self.user_flow_type_version);
        v.field(
            3usize,
            "api_connector_configuration",
            &self.api_connector_configuration,
        );
        #[cfg(msgraph_beta_identity_providers_or_search)]
        v.field(4usize, "identity_providers", &self.identity_providers);
        v.field(5usize, "languages", &self.languages);
        v.field(6usize, "user_attribute_assignments", &self.user_attribute_assignments);
        v.field(
            7usize,
            "user_flow_identity_providers",
            &self.user_flow_identity_providers,
        );
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for B2xIdentityUserFlow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_flow_type.read_from(r),
            2usize => self.user_flow_type_version.read_from(r),
            3usize => self.api_connector_configuration.read_from(r),
            #[cfg(msgraph_beta_identity_providers_or_search)]
            4usize => self.identity_providers.read_from(r),
            5usize => self.languages.read_from(r),
            6usize => self.user_attribute_assignments.read_from(r),
            7usize => self.user_flow_identity_providers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_flow_type);
        w.field(2usize, &self.user_flow_type_version);
        w.field(3usize, &self.api_connector_configuration);
        #[cfg(msgraph_beta_identity_providers_or_search)]
        w.field(4usize, &self.identity_providers);
        w.field(5usize, &self.languages);
        w.field(6usize, &self.user_attribute_assignments);
        w.field(7usize, &self.user_flow_identity_providers);
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(B2xIdentityUserFlow);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    B2xIdentityUserFlow { with_id id : ::std::string::String; with_user_flow_type
    user_flow_type : crate ::beta::UserFlowType; with_user_flow_type_version
    user_flow_type_version : f64; with_api_connector_configuration
    api_connector_configuration : crate ::beta::UserFlowApiConnectorConfiguration;
    #[cfg(msgraph_beta_identity_providers_or_search)] with_identity_providers
    identity_providers : ::std::vec::Vec < crate ::beta::AnyIdentityProvider >;
    with_languages languages : ::std::vec::Vec < crate
    ::beta::UserFlowLanguageConfiguration >; with_user_attribute_assignments
    user_attribute_assignments : ::std::vec::Vec < crate
    ::beta::IdentityUserFlowAttributeAssignment >; with_user_flow_identity_providers
    user_flow_identity_providers : ::std::vec::Vec < crate
    ::beta::AnyIdentityProviderBase >; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(B2xIdentityUserFlow);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.baseItemVersion`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`BaseItemVersionPath`](requests/trait.BaseItemVersionPath.html), what a path to one (`EntityPath<AnyBaseItemVersion, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BaseItemVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::beta::PublicationFacet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for BaseItemVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publication: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for BaseItemVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.baseItemVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publication",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publication\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baseItemVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "publication", &self.publication);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for BaseItemVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.publication.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.publication);
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
rt::impl_object!(BaseItemVersion);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    BaseItemVersion { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_publication publication :
    crate ::beta::PublicationFacet; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaseItemVersion);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// `microsoft.graph.baseItemVersion` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBaseItemVersion {
    BaseItemVersion(::std::boxed::Box<crate::beta::BaseItemVersion>),
    DriveItemVersion(::std::boxed::Box<crate::beta::DriveItemVersion>),
    ListItemVersion(::std::boxed::Box<crate::beta::ListItemVersion>),
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for AnyBaseItemVersion {
    #[inline]
    fn default() -> Self {
        Self::BaseItemVersion(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BaseItemVersion> for AnyBaseItemVersion {
    #[inline]
    fn from(v: crate::beta::BaseItemVersion) -> Self {
        Self::BaseItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DriveItemVersion> for AnyBaseItemVersion {
    #[inline]
    fn from(v: crate::beta::DriveItemVersion) -> Self {
        Self::DriveItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ListItemVersion> for AnyBaseItemVersion {
    #[inline]
    fn from(v: crate::beta::ListItemVersion) -> Self {
        Self::ListItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
unsafe impl ::std::marker::Send for AnyBaseItemVersion {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
unsafe impl ::std::marker::Sync for AnyBaseItemVersion {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::marker::Unpin for AnyBaseItemVersion {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::panic::UnwindSafe for AnyBaseItemVersion {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::panic::RefUnwindSafe for AnyBaseItemVersion {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
const _: () = {
    rt::object::auto_traits::<crate::beta::BaseItemVersion>();
    rt::object::auto_traits::<crate::beta::DriveItemVersion>();
    rt::object::auto_traits::<crate::beta::ListItemVersion>();
};
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Poly for AnyBaseItemVersion {
    const BASE_NAME: &'static str = "microsoft.graph.baseItemVersion";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.driveItemVersion") => {
                Self::DriveItemVersion(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.listItemVersion") => {
                Self::ListItemVersion(rt::object::new_boxed())
            }
            _ => Self::BaseItemVersion(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BaseItemVersion(v) => &**v,
            Self::DriveItemVersion(v) => &**v,
            Self::ListItemVersion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BaseItemVersion(v) => &mut **v,
            Self::DriveItemVersion(v) => &mut **v,
            Self::ListItemVersion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl AnyBaseItemVersion {
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
            Self::BaseItemVersion(v) => &v.id,
            Self::DriveItemVersion(v) => &v.id,
            Self::ListItemVersion(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItemVersion(v) => &mut v.id,
            Self::DriveItemVersion(v) => &mut v.id,
            Self::ListItemVersion(v) => &mut v.id,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::BaseItemVersion(v) => &v.last_modified_by,
            Self::DriveItemVersion(v) => &v.last_modified_by,
            Self::ListItemVersion(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::BaseItemVersion(v) => &mut v.last_modified_by,
            Self::DriveItemVersion(v) => &mut v.last_modified_by,
            Self::ListItemVersion(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItemVersion(v) => &v.last_modified_date_time,
            Self::DriveItemVersion(v) => &v.last_modified_date_time,
            Self::ListItemVersion(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItemVersion(v) => &mut v.last_modified_date_time,
            Self::DriveItemVersion(v) => &mut v.last_modified_date_time,
            Self::ListItemVersion(v) => &mut v.last_modified_date_time,
        }
    }
    /// `publication` of any variant.
    #[inline]
    pub fn publication(&self) -> &rt::Field<crate::beta::PublicationFacet> {
        match self {
            Self::BaseItemVersion(v) => &v.publication,
            Self::DriveItemVersion(v) => &v.publication,
            Self::ListItemVersion(v) => &v.publication,
        }
    }
    /// `publication` of any variant.
    #[inline]
    pub fn publication_mut(&mut self) -> &mut rt::Field<crate::beta::PublicationFacet> {
        match self {
            Self::BaseItemVersion(v) => &mut v.publication,
            Self::DriveItemVersion(v) => &mut v.publication,
            Self::ListItemVersion(v) => &mut v.publication,
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_poly!(AnyBaseItemVersion);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBaseItemVersion);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.basicAuthentication`, complex type, derived from `microsoft.graph.apiAuthenticationConfigurationBase`.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct BasicAuthentication {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `username`: `Edm.String`, nullable.
    pub username: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for BasicAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            username: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for BasicAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.basicAuthentication";
    const KEYS: &'static [&'static str] = &["password", "username"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"password\":                     ",
        ",\"username\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.basicAuthentication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
        v.field(1usize, "username", &self.username);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for BasicAuthentication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            1usize => self.username.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
        w.field(1usize, &self.username);
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(BasicAuthentication);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    BasicAuthentication { with_password password : ::std::string::String; with_username
    username : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BasicAuthentication);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.bitLockerRecoveryPasswordRotationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BitLockerRecoveryPasswordRotationType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `disabled` (value 1).
    Disabled,
    /// `enabledForAzureAd` (value 2).
    EnabledForAzureAd,
    /// `enabledForAzureAdAndHybrid` (value 3).
    EnabledForAzureAdAndHybrid,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for BitLockerRecoveryPasswordRotationType {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerRecoveryPasswordRotationType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "disabled",
        "enabledForAzureAd",
        "enabledForAzureAdAndHybrid",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "disabled" => Self::Disabled,
                "enabledForAzureAd" => Self::EnabledForAzureAd,
                "enabledForAzureAdAndHybrid" => Self::EnabledForAzureAdAndHybrid,
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
            Self::EnabledForAzureAd => "enabledForAzureAd",
            Self::EnabledForAzureAdAndHybrid => "enabledForAzureAdAndHybrid",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(BitLockerRecoveryPasswordRotationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerRecoveryPasswordRotationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// BitLocker Removable Drive Policies.
///
/// CSDL: `microsoft.graph.bitLockerRemovableDrivePolicy`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct BitLockerRemovableDrivePolicy {
    /// This policy setting determines whether BitLocker protection is required for removable data drives to be writable on a computer.
    ///
    /// CSDL: property `blockCrossOrganizationWriteAccess`: `Edm.Boolean`, not nullable.
    pub block_cross_organization_write_access: rt::Field<bool>,
    /// Select the encryption method for removable  drives.
    ///
    /// CSDL: property `encryptionMethod`: `microsoft.graph.bitLockerEncryptionMethod`, nullable.
    pub encryption_method: rt::Field<crate::beta::BitLockerEncryptionMethod>,
    /// Indicates whether to block write access to devices configured in another organization.  If requireEncryptionForWriteAccess is false, this value does not affect.
    ///
    /// CSDL: property `requireEncryptionForWriteAccess`: `Edm.Boolean`, not nullable.
    pub require_encryption_for_write_access: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for BitLockerRemovableDrivePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            block_cross_organization_write_access: rt::Field::Absent,
            encryption_method: rt::Field::Absent,
            require_encryption_for_write_access: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for BitLockerRemovableDrivePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerRemovableDrivePolicy";
    const KEYS: &'static [&'static str] = &[
        "blockCrossOrganizationWriteAccess",
        "encryptionMethod",
        "requireEncryptionForWriteAccess",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"blockCrossOrganizationWriteAccess\":",
        ",\"encryptionMethod\":             ",
        ",\"requireEncryptionForWriteAccess\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitLockerRemovableDrivePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "block_cross_organization_write_access",
            &self.block_cross_organization_write_access,
        );
        v.field(1usize, "encryption_method", &self.encryption_method);
        v.field(
            2usize,
            "require_encryption_for_write_access",
            &self.require_encryption_for_write_access,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for BitLockerRemovableDrivePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.block_cross_organization_write_access.read_from(r),
            1usize => self.encryption_method.read_from(r),
            2usize => self.require_encryption_for_write_access.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.block_cross_organization_write_access);
        w.field(1usize, &self.encryption_method);
        w.field(2usize, &self.require_encryption_for_write_access);
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
rt::impl_object!(BitLockerRemovableDrivePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    BitLockerRemovableDrivePolicy { with_block_cross_organization_write_access
    block_cross_organization_write_access : bool; with_encryption_method
    encryption_method : crate ::beta::BitLockerEncryptionMethod;
    with_require_encryption_for_write_access require_encryption_for_write_access : bool;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerRemovableDrivePolicy);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.bitlocker`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BitlockerPath`](requests/trait.BitlockerPath.html), what a path to one (`EntityPath<Bitlocker, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Bitlocker {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `recoveryKeys`: `Collection(microsoft.graph.bitlockerRecoveryKey)`, not nullable.
    pub recovery_keys: rt::Field<::std::vec::Vec<crate::beta::BitlockerRecoveryKey>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for Bitlocker {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            recovery_keys: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for Bitlocker {
    const TYPE_NAME: &'static str = "microsoft.graph.bitlocker";
    const KEYS: &'static [&'static str] = &["id", "recoveryKeys"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"recoveryKeys\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitlocker\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "recovery_keys", &self.recovery_keys);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for Bitlocker {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.recovery_keys.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.recovery_keys);
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
rt::impl_object!(Bitlocker);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    Bitlocker { with_id id : ::std::string::String; with_recovery_keys recovery_keys :
    ::std::vec::Vec < crate ::beta::BitlockerRecoveryKey >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(Bitlocker);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.bitlockerRecoveryKey`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BitlockerRecoveryKey {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `key`: `Edm.String`, not nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `volumeType`: `microsoft.graph.volumeType`, nullable.
    pub volume_type: rt::Field<crate::beta::VolumeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for BitlockerRecoveryKey {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_id: rt::Field::Absent,
            key: rt::Field::Absent,
            volume_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for BitlockerRecoveryKey {
    const TYPE_NAME: &'static str = "microsoft.graph.bitlockerRecoveryKey";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "deviceId",
        "key",
        "volumeType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"deviceId\":                     ",
        ",\"key\":                          ",
        ",\"volumeType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitlockerRecoveryKey\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "key", &self.key);
        v.field(4usize, "volume_type", &self.volume_type);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for BitlockerRecoveryKey {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.key.read_from(r),
            4usize => self.volume_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.key);
        w.field(4usize, &self.volume_type);
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
rt::impl_object!(BitlockerRecoveryKey);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    BitlockerRecoveryKey { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_device_id device_id :
    ::std::string::String; with_key key : ::std::string::String; with_volume_type
    volume_type : crate ::beta::VolumeType; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitlockerRecoveryKey);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Represents a booked appointment of a service by a customer in a business.
///
/// CSDL: `microsoft.graph.bookingAppointment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BookingAppointmentPath`](requests/trait.BookingAppointmentPath.html), what a path to one (`EntityPath<BookingAppointment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingAppointment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `additionalInformation`: `Edm.String`, nullable.
    pub additional_information: rt::Field<::std::string::String>,
    /// CSDL: property `customerEmailAddress`: `Edm.String`, nullable.
    pub customer_email_address: rt::Field<::std::string::String>,
    /// The id of the booking customer associated with this appointment.
    ///
    /// If CustomerId is not specified when an appointment is created then a new customer is created based on the appointment customer information. Once set, the customerId should be considered immutable.
    ///
    /// CSDL: property `customerId`: `Edm.String`, nullable.
    pub customer_id: rt::Field<::std::string::String>,
    /// CSDL: property `customerLocation`: `microsoft.graph.location`, nullable.
    pub customer_location: rt::Field<crate::beta::AnyLocation>,
    /// CSDL: property `customerName`: `Edm.String`, nullable.
    pub customer_name: rt::Field<::std::string::String>,
    /// Notes from the customer associated with this appointment.
    ///
    /// The value of this property is only available when reading an individual booking appointment by id. Its value can only be set when creating a new appointment with a new customer, ie, without specifying a CustomerId. After that, the property is computed from the customer represented by CustomerId.
    ///
    /// CSDL: property `customerNotes`: `Edm.String`, nullable.
    pub customer_notes: rt::Field<::std::string::String>,
    /// CSDL: property `customerPhone`: `Edm.String`, nullable.
    pub customer_phone: rt::Field<::std::string::String>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub end: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `invoiceAmount`: `Edm.Double`, not nullable.
    pub invoice_amount: rt::Field<f64>,
    /// CSDL: property `invoiceDate`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub invoice_date: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `invoiceId`: `Edm.String`, nullable.
    pub invoice_id: rt::Field<::std::string::String>,
    /// CSDL: property `invoiceStatus`: `microsoft.graph.bookingInvoiceStatus`, not nullable.
    pub invoice_status: rt::Field<crate::beta::BookingInvoiceStatus>,
    /// CSDL: property `invoiceUrl`: `Edm.String`, nullable.
    pub invoice_url: rt::Field<::std::string::String>,
    /// CSDL: property `isLocationOnline`: `Edm.Boolean`, not nullable.
    pub is_location_online: rt::Field<bool>,
    /// CSDL: property `onlineMeetingUrl`: `Edm.String`, nullable.
    pub online_meeting_url: rt::Field<::std::string::String>,
    /// CSDL: property `optOutOfCustomerEmail`: `Edm.Boolean`, not nullable.
    pub opt_out_of_customer_email: rt::Field<bool>,
    /// CSDL: property `postBuffer`: `Edm.Duration`, not nullable.
    pub post_buffer: rt::Field<rt::edm::Duration>,
    /// CSDL: property `preBuffer`: `Edm.Duration`, not nullable.
    pub pre_buffer: rt::Field<rt::edm::Duration>,
    /// CSDL: property `price`: `Edm.Double`, not nullable.
    pub price: rt::Field<f64>,
    /// CSDL: property `priceType`: `microsoft.graph.bookingPriceType`, not nullable.
    pub price_type: rt::Field<crate::beta::BookingPriceType>,
    /// The value of this property is only available when reading an individual booking appointment by id.
    ///
    /// CSDL: property `reminders`: `Collection(microsoft.graph.bookingReminder)`, nullable.
    pub reminders: rt::Field<::std::vec::Vec<crate::beta::BookingReminder>>,
    /// CSDL: property `selfServiceAppointmentId`: `Edm.String`, nullable.
    pub self_service_appointment_id: rt::Field<::std::string::String>,
    /// The id of the booking service associated with this appointment.
    ///
    /// CSDL: property `serviceId`: `Edm.String`, nullable.
    pub service_id: rt::Field<::std::string::String>,
    /// CSDL: property `serviceLocation`: `microsoft.graph.location`, nullable.
    pub service_location: rt::Field<crate::beta::AnyLocation>,
    /// The name of the booking service associated with this appointment.
    ///
    /// This property is optional when creating a new appointment. If not specified, it is computed from the service associated with the appointment by the service id.
    ///
    /// CSDL: property `serviceName`: `Edm.String`, not nullable.
    pub service_name: rt::Field<::std::string::String>,
    /// The value of this property is only available when reading an individual booking appointment by id.
    ///
    /// CSDL: property `serviceNotes`: `Edm.String`, nullable.
    pub service_notes: rt::Field<::std::string::String>,
    /// CSDL: property `staffMemberIds`: `Collection(Edm.String)`, nullable.
    pub staff_member_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub start: rt::Field<crate::beta::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingAppointment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            customer_email_address: rt::Field::Absent,
            customer_id: rt::Field::Absent,
            customer_location: rt::Field::Absent,
            customer_name: rt::Field::Absent,
            customer_notes: rt::Field::Absent,
            customer_phone: rt::Field::Absent,
            duration: rt::Field::Absent,
            end: rt::Field::Absent,
            invoice_amount: rt::Field::Absent,
            invoice_date: rt::Field::Absent,
            invoice_id: rt::Field::Absent,
            invoice_status: rt::Field::Absent,
            invoice_url: rt::Field::Absent,
            is_location_online: rt::Field::Absent,
            online_meeting_url: rt::Field::Absent,
            opt_out_of_customer_email: rt::Field::Absent,
            post_buffer: rt::Field::Absent,
            pre_buffer: rt::Field::Absent,
            price: rt::Field::Absent,
            price_type: rt::Field::Absent,
            reminders: rt::Field::Absent,
            self_service_appointment_id: rt::Field::Absent,
            service_id: rt::Field::Absent,
            service_location: rt::Field::Absent,
            service_name: rt::Field::Absent,
            service_notes: rt::Field::Absent,
            staff_member_ids: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingAppointment {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingAppointment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformation",
        "customerEmailAddress",
        "customerId",
        "customerLocation",
        "customerName",
        "customerNotes",
        "customerPhone",
        "duration",
        "end",
        "invoiceAmount",
        "invoiceDate",
        "invoiceId",
        "invoiceStatus",
        "invoiceUrl",
        "isLocationOnline",
        "onlineMeetingUrl",
        "optOutOfCustomerEmail",
        "postBuffer",
        "preBuffer",
        "price",
        "priceType",
        "reminders",
        "selfServiceAppointmentId",
        "serviceId",
        "serviceLocation",
        "serviceName",
        "serviceNotes",
        "staffMemberIds",
        "start",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformation\":        ",
        ",\"customerEmailAddress\":         ",
        ",\"customerId\":                   ",
        ",\"customerLocation\":             ",
        ",\"customerName\":                 ",
        ",\"customerNotes\":                ",
        ",\"customerPhone\":                ",
        ",\"duration\":                     ",
        ",\"end\":                          ",
        ",\"invoiceAmount\":                ",
        ",\"invoiceDate\":                  ",
        ",\"invoiceId\":                    ",
        ",\"invoiceStatus\":                ",
        ",\"invoiceUrl\":                   ",
        ",\"isLocationOnline\":             ",
        ",\"onlineMeetingUrl\":             ",
        ",\"optOutOfCustomerEmail\":        ",
        ",\"postBuffer\":                   ",
        ",\"preBuffer\":                    ",
        ",\"price\":                        ",
        ",\"priceType\":                    ",
        ",\"reminders\":                    ",
        ",\"selfServiceAppointmentId\":     ",
        ",\"serviceId\":                    ",
        ",\"serviceLocation\":              ",
        ",\"serviceName\":                  ",
        ",\"serviceNotes\":                 ",
        ",\"staffMemberIds\":               ",
        ",\"start\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingAppointment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information", &self.additional_information);
        v.field(2usize, "customer_email_address", &self.customer_email_address);
        v.field(3usize, "customer_id", &self.customer_id);
        v.field(4usize, "customer_location", &self.customer_location);
        v.field(5usize, "customer_name", &self.customer_name);
        v.field(6usize, "customer_notes", &self.customer_notes);
        v.field(7usize, "customer_phone", &self.customer_phone);
        v.field(8usize, "duration", &self.duration);
        v.field(9usize, "end", &self.end);
        v.field(10usize, "invoice_amount", &self.invoice_amount);
        v.field(11usize, "invoice_date", &self.invoice_date);
        v.field(12usize, "invoice_id", &self.invoice_id);
        v.field(13usize, "invoice_status", &self.invoice_status);
        v.field(14usize, "invoice_url", &self.invoice_url);
        v.field(15usize, "is_location_online", &self.is_location_online);
        v.field(16usize, "online_meeting_url", &self.online_meeting_url);
        v.field(17usize, "opt_out_of_customer_email", &self.opt_out_of_customer_email);
        v.field(18usize, "post_buffer", &self.post_buffer);
        v.field(19usize, "pre_buffer", &self.pre_buffer);
        v.field(20usize, "price", &self.price);
        v.field(21usize, "price_type", &self.price_type);
        v.field(22usize, "reminders", &self.reminders);
        v.field(
            23usize,
            "self_service_appointment_id",
            &self.self_service_appointment_id,
        );
        v.field(24usize, "service_id", &self.service_id);
        v.field(25usize, "service_location", &self.service_location);
        v.field(26usize, "service_name", &self.service_name);
        v.field(27usize, "service_notes", &self.service_notes);
        v.field(28usize, "staff_member_ids", &self.staff_member_ids);
        v.field(29usize, "start", &self.start);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingAppointment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information.read_from(r),
            2usize => self.customer_email_address.read_from(r),
            3usize => self.customer_id.read_from(r),
            4usize => self.customer_location.read_from(r),
            5usize => self.customer_name.read_from(r),
            6usize => self.customer_notes.read_from(r),
            7usize => self.customer_phone.read_from(r),
            8usize => self.duration.read_from(r),
            9usize => self.end.read_from(r),
            10usize => self.invoice_amount.read_from(r),
            11usize => self.invoice_date.read_from(r),
            12usize => self.invoice_id.read_from(r),
            13usize => self.invoice_status.read_from(r),
            14usize => self.invoice_url.read_from(r),
            15usize => self.is_location_online.read_from(r),
            16usize => self.online_meeting_url.read_from(r),
            17usize => self.opt_out_of_customer_email.read_from(r),
            18usize => self.post_buffer.read_from(r),
            19usize => self.pre_buffer.read_from(r),
            20usize => self.price.read_from(r),
            21usize => self.price_type.read_from(r),
            22usize => self.reminders.read_from(r),
            23usize => self.self_service_appointment_id.read_from(r),
            24usize => self.service_id.read_from(r),
            25usize => self.service_location.read_from(r),
            26usize => self.service_name.read_from(r),
            27usize => self.service_notes.read_from(r),
            28usize => self.staff_member_ids.read_from(r),
            29usize => self.start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information);
        w.field(2usize, &self.customer_email_address);
        w.field(3usize, &self.customer_id);
        w.field(4usize, &self.customer_location);
        w.field(5usize, &self.customer_name);
        w.field(6usize, &self.customer_notes);
        w.field(7usize, &self.customer_phone);
        w.field(8usize, &self.duration);
        w.field(9usize, &self.end);
        w.field(10usize, &self.invoice_amount);
        w.field(11usize, &self.invoice_date);
        w.field(12usize, &self.invoice_id);
        w.field(13usize, &self.invoice_status);
        w.field(14usize, &self.invoice_url);
        w.field(15usize, &self.is_location_online);
        w.field(16usize, &self.online_meeting_url);
        w.field(17usize, &self.opt_out_of_customer_email);
        w.field(18usize, &self.post_buffer);
        w.field(19usize, &self.pre_buffer);
        w.field(20usize, &self.price);
        w.field(21usize, &self.price_type);
        w.field(22usize, &self.reminders);
        w.field(23usize, &self.self_service_appointment_id);
        w.field(24usize, &self.service_id);
        w.field(25usize, &self.service_location);
        w.field(26usize, &self.service_name);
        w.field(27usize, &self.service_notes);
        w.field(28usize, &self.staff_member_ids);
        w.field(29usize, &self.start);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingAppointment);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingAppointment { with_id id : ::std::string::String; with_additional_information
    additional_information : ::std::string::String; with_customer_email_address
    customer_email_address : ::std::string::String; with_customer_id customer_id :
    ::std::string::String; with_customer_location customer_location : crate
    ::beta::AnyLocation; with_customer_name customer_name : ::std::string::String;
    with_customer_notes customer_notes : ::std::string::String; with_customer_phone
    customer_phone : ::std::string::String; with_duration duration : rt::edm::Duration;
    with_end end : crate ::beta::DateTimeTimeZone; with_invoice_amount invoice_amount :
    f64; with_invoice_date invoice_date : crate ::beta::DateTimeTimeZone; with_invoice_id
    invoice_id : ::std::string::String; with_invoice_status invoice_status : crate
    ::beta::BookingInvoiceStatus; with_invoice_url invoice_url : ::std::string::String;
    with_is_location_online is_location_online : bool; with_online_meeting_url
    online_meeting_url : ::std::string::String; with_opt_out_of_customer_email
    opt_out_of_customer_email : bool; with_post_buffer post_buffer : rt::edm::Duration;
    with_pre_buffer pre_buffer : rt::edm::Duration; with_price price : f64;
    with_price_type price_type : crate ::beta::BookingPriceType; with_reminders reminders
    : ::std::vec::Vec < crate ::beta::BookingReminder >; with_self_service_appointment_id
    self_service_appointment_id : ::std::string::String; with_service_id service_id :
    ::std::string::String; with_service_location service_location : crate
    ::beta::AnyLocation; with_service_name service_name : ::std::string::String;
    with_service_notes service_notes : ::std::string::String; with_staff_member_ids
    staff_member_ids : ::std::vec::Vec < ::std::string::String >; with_start start :
    crate ::beta::DateTimeTimeZone; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingAppointment);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Represents a Microsot Bookings Business.
///
/// The bookingBusiness is the top level object which contains business information and related business objects such as appointments, customers, services and staff members.
///
/// CSDL: `microsoft.graph.bookingBusiness`, entity type, derived from `microsoft.graph.bookingNamedEntity`, key `id`.
///
/// Request builders: [`BookingBusinessPath`](requests/trait.BookingBusinessPath.html), what a path to one (`EntityPath<BookingBusiness, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingBusiness {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `businessHours`: `Collection(microsoft.graph.bookingWorkHours)`, nullable.
    pub business_hours: rt::Field<::std::vec::Vec<crate::beta::BookingWorkHours>>,
    /// CSDL: property `businessType`: `Edm.String`, nullable.
    pub business_type: rt::Field<::std::string::String>,
    /// CSDL: property `defaultCurrencyIso`: `Edm.String`, nullable.
    pub default_currency_iso: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `isPublished`: `Edm.Boolean`, nullable.
    pub is_published: rt::Field<bool>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `publicUrl`: `Edm.String`, nullable.
    pub public_url: rt::Field<::std::string::String>,
    /// CSDL: property `schedulingPolicy`: `microsoft.graph.bookingSchedulingPolicy`, nullable.
    pub scheduling_policy: rt::Field<crate::beta::BookingSchedulingPolicy>,
    /// The URL of the business web site.
    ///
    /// Example: https://www.contoso.com
    ///
    /// CSDL: property `webSiteUrl`: `Edm.String`, nullable.
    pub web_site_url: rt::Field<::std::string::String>,
    /// All appointments in this business.
    ///
    /// CSDL: containment navigation property `appointments`: `Collection(microsoft.graph.bookingAppointment)`, not nullable.
    pub appointments: rt::Field<::std::vec::Vec<crate::beta::BookingAppointment>>,
    /// A calendar view of appointments in this business.
    ///
    /// CSDL: containment navigation property `calendarView`: `Collection(microsoft.graph.bookingAppointment)`, not nullable.
    pub calendar_view: rt::Field<::std::vec::Vec<crate::beta::BookingAppointment>>,
    /// All customers of this business.
    ///
    /// CSDL: containment navigation property `customers`: `Collection(microsoft.graph.bookingCustomer)`, not nullable.
    pub customers: rt::Field<::std::vec::Vec<crate::beta::BookingCustomer>>,
    /// All services offered by this business.
    ///
    /// CSDL: containment navigation property `services`: `Collection(microsoft.graph.bookingService)`, not nullable.
    pub services: rt::Field<::std::vec::Vec<crate::beta::BookingService>>,
    /// All staff members that provides services in this business.
    ///
    /// CSDL: containment navigation property `staffMembers`: `Collection(microsoft.graph.bookingStaffMember)`, not nullable.
    pub staff_members: rt::Field<::std::vec::Vec<crate::beta::BookingStaffMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingBusiness {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            address: rt::Field::Absent,
            business_hours: rt::Field::Absent,
            business_type: rt::Field::Absent,
            default_currency_iso: rt::Field::Absent,
            email: rt::Field::Absent,
            is_published: rt::Field::Absent,
            phone: rt::Field::Absent,
            public_url: rt::Field::Absent,
            scheduling_policy: rt::Field::Absent,
            web_site_url: rt::Field::Absent,
            appointments: rt::Field::Absent,
            calendar_view: rt::Field::Absent,
            customers: rt::Field::Absent,
            services: rt::Field::Absent,
            staff_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingBusiness {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingBusiness";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "address",
        "businessHours",
        "businessType",
        "defaultCurrencyIso",
        "email",
        "isPublished",
        "phone",
        "publicUrl",
        "schedulingPolicy",
        "webSiteUrl",
        "appointments",
        "calendarView",
        "customers",
        "services",
        "staffMembers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"address\":                      ",
        ",\"businessHours\":                ",
        ",\"businessType\":                 ",
        ",\"defaultCurrencyIso\":           ",
        ",\"email\":                        ",
        ",\"isPublished\":                  ",
        ",\"phone\":                        ",
        ",\"publicUrl\":                    ",
        ",\"schedulingPolicy\":             ",
        ",\"webSiteUrl\":                   ",
        ",\"appointments\":                 ",
        ",\"calendarView\":                 ",
        ",\"customers\":                    ",
        ",\"services\":                     ",
        ",\"staffMembers\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingBusiness\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "address", &self.address);
        v.field(3usize, "business_hours", &self.business_hours);
        v.field(4usize, "business_type", &self.business_type);
        v.field(5usize, "default_currency_iso", &self.default_currency_iso);
        v.field(6usize, "email", &self.email);
        v.field(7usize, "is_published", &self.is_published);
        v.field(8usize, "phone", &self.phone);
        v.field(9usize, "public_url", &self.public_url);
        v.field(10usize, "scheduling_policy", &self.scheduling_policy);
        v.field(11usize, "web_site_url", &self.web_site_url);
        v.field(12usize, "appointments", &self.appointments);
        v.field(13usize, "calendar_view", &self.calendar_view);
        v.field(14usize, "customers", &self.customers);
        v.field(15usize, "services", &self.services);
        v.field(16usize, "staff_members", &self.staff_members);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingBusiness {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.address.read_from(r),
            3usize => self.business_hours.read_from(r),
            4usize => self.business_type.read_from(r),
            5usize => self.default_currency_iso.read_from(r),
            6usize => self.email.read_from(r),
            7usize => self.is_published.read_from(r),
            8usize => self.phone.read_from(r),
            9usize => self.public_url.read_from(r),
            10usize => self.scheduling_policy.read_from(r),
            11usize => self.web_site_url.read_from(r),
            12usize => self.appointments.read_from(r),
            13usize => self.calendar_view.read_from(r),
            14usize => self.customers.read_from(r),
            15usize => self.services.read_from(r),
            16usize => self.staff_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.address);
        w.field(3usize, &self.business_hours);
        w.field(4usize, &self.business_type);
        w.field(5usize, &self.default_currency_iso);
        w.field(6usize, &self.email);
        w.field(7usize, &self.is_published);
        w.field(8usize, &self.phone);
        w.field(9usize, &self.public_url);
        w.field(10usize, &self.scheduling_policy);
        w.field(11usize, &self.web_site_url);
        w.field(12usize, &self.appointments);
        w.field(13usize, &self.calendar_view);
        w.field(14usize, &self.customers);
        w.field(15usize, &self.services);
        w.field(16usize, &self.staff_members);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingBusiness);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingBusiness { with_id id : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_address address : crate ::beta::PhysicalAddress;
    with_business_hours business_hours : ::std::vec::Vec < crate ::beta::BookingWorkHours
    >; with_business_type business_type : ::std::string::String;
    with_default_currency_iso default_currency_iso : ::std::string::String; with_email
    email : ::std::string::String; with_is_published is_published : bool; with_phone
    phone : ::std::string::String; with_public_url public_url : ::std::string::String;
    with_scheduling_policy scheduling_policy : crate ::beta::BookingSchedulingPolicy;
    with_web_site_url web_site_url : ::std::string::String; with_appointments
    appointments : ::std::vec::Vec < crate ::beta::BookingAppointment >;
    with_calendar_view calendar_view : ::std::vec::Vec < crate ::beta::BookingAppointment
    >; with_customers customers : ::std::vec::Vec < crate ::beta::BookingCustomer >;
    with_services services : ::std::vec::Vec < crate ::beta::BookingService >;
    with_staff_members staff_members : ::std::vec::Vec < crate ::beta::BookingStaffMember
    >; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingBusiness);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Represents a customer of the business.
///
/// CSDL: `microsoft.graph.bookingCustomer`, entity type, derived from `microsoft.graph.bookingPerson`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingCustomer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The e-mail address of this person.
    ///
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingCustomer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingCustomer {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingCustomer";
    const KEYS: &'static [&'static str] = &["id", "displayName", "emailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"emailAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingCustomer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "email_address", &self.email_address);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingCustomer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.email_address);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingCustomer);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingCustomer { with_id id : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_email_address email_address : ::std::string::String; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingCustomer);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// CSDL: `microsoft.graph.bookingInvoiceStatus`, enum type.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingInvoiceStatus {
    /// `draft` (value 0).
    Draft,
    /// `reviewing` (value 1).
    Reviewing,
    /// `open` (value 2).
    Open,
    /// `canceled` (value 3).
    Canceled,
    /// `paid` (value 4).
    Paid,
    /// `corrective` (value 5).
    Corrective,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::StrEnum for BookingInvoiceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingInvoiceStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "reviewing",
        "open",
        "canceled",
        "paid",
        "corrective",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "reviewing" => Self::Reviewing,
                "open" => Self::Open,
                "canceled" => Self::Canceled,
                "paid" => Self::Paid,
                "corrective" => Self::Corrective,
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
            Self::Draft => "draft",
            Self::Reviewing => "reviewing",
            Self::Open => "open",
            Self::Canceled => "canceled",
            Self::Paid => "paid",
            Self::Corrective => "corrective",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_enum!(BookingInvoiceStatus);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingInvoiceStatus);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Booking entities that provide a display name.
///
/// CSDL: `microsoft.graph.bookingNamedEntity`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingNamedEntity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingNamedEntity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingNamedEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingNamedEntity";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingNamedEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingNamedEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingNamedEntity);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingNamedEntity { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingNamedEntity);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// `microsoft.graph.bookingNamedEntity` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBookingNamedEntity {
    BookingNamedEntity(::std::boxed::Box<crate::beta::BookingNamedEntity>),
    BookingBusiness(::std::boxed::Box<crate::beta::BookingBusiness>),
    BookingCustomer(::std::boxed::Box<crate::beta::BookingCustomer>),
    BookingPerson(::std::boxed::Box<crate::beta::BookingPerson>),
    BookingService(::std::boxed::Box<crate::beta::BookingService>),
    BookingStaffMember(::std::boxed::Box<crate::beta::BookingStaffMember>),
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for AnyBookingNamedEntity {
    #[inline]
    fn default() -> Self {
        Self::BookingNamedEntity(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingNamedEntity> for AnyBookingNamedEntity {
    #[inline]
    fn from(v: crate::beta::BookingNamedEntity) -> Self {
        Self::BookingNamedEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingBusiness> for AnyBookingNamedEntity {
    #[inline]
    fn from(v: crate::beta::BookingBusiness) -> Self {
        Self::BookingBusiness(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingCustomer> for AnyBookingNamedEntity {
    #[inline]
    fn from(v: crate::beta::BookingCustomer) -> Self {
        Self::BookingCustomer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingPerson> for AnyBookingNamedEntity {
    #[inline]
    fn from(v: crate::beta::BookingPerson) -> Self {
        Self::BookingPerson(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingService> for AnyBookingNamedEntity {
    #[inline]
    fn from(v: crate::beta::BookingService) -> Self {
        Self::BookingService(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingStaffMember> for AnyBookingNamedEntity {
    #[inline]
    fn from(v: crate::beta::BookingStaffMember) -> Self {
        Self::BookingStaffMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
unsafe impl ::std::marker::Send for AnyBookingNamedEntity {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
unsafe impl ::std::marker::Sync for AnyBookingNamedEntity {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::marker::Unpin for AnyBookingNamedEntity {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::panic::UnwindSafe for AnyBookingNamedEntity {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::panic::RefUnwindSafe for AnyBookingNamedEntity {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::BookingNamedEntity>();
    rt::object::auto_traits::<crate::beta::BookingBusiness>();
    rt::object::auto_traits::<crate::beta::BookingCustomer>();
    rt::object::auto_traits::<crate::beta::BookingPerson>();
    rt::object::auto_traits::<crate::beta::BookingService>();
    rt::object::auto_traits::<crate::beta::BookingStaffMember>();
};
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Poly for AnyBookingNamedEntity {
    const BASE_NAME: &'static str = "microsoft.graph.bookingNamedEntity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.bookingBusiness") => {
                Self::BookingBusiness(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.bookingCustomer") => {
                Self::BookingCustomer(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.bookingPerson") => {
                Self::BookingPerson(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.bookingService") => {
                Self::BookingService(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.bookingStaffMember") => {
                Self::BookingStaffMember(rt::object::new_boxed())
            }
            _ => Self::BookingNamedEntity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BookingNamedEntity(v) => &**v,
            Self::BookingBusiness(v) => &**v,
            Self::BookingCustomer(v) => &**v,
            Self::BookingPerson(v) => &**v,
            Self::BookingService(v) => &**v,
            Self::BookingStaffMember(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BookingNamedEntity(v) => &mut **v,
            Self::BookingBusiness(v) => &mut **v,
            Self::BookingCustomer(v) => &mut **v,
            Self::BookingPerson(v) => &mut **v,
            Self::BookingService(v) => &mut **v,
            Self::BookingStaffMember(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl AnyBookingNamedEntity {
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
            Self::BookingNamedEntity(v) => &v.id,
            Self::BookingBusiness(v) => &v.id,
            Self::BookingCustomer(v) => &v.id,
            Self::BookingPerson(v) => &v.id,
            Self::BookingService(v) => &v.id,
            Self::BookingStaffMember(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BookingNamedEntity(v) => &mut v.id,
            Self::BookingBusiness(v) => &mut v.id,
            Self::BookingCustomer(v) => &mut v.id,
            Self::BookingPerson(v) => &mut v.id,
            Self::BookingService(v) => &mut v.id,
            Self::BookingStaffMember(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BookingNamedEntity(v) => &v.display_name,
            Self::BookingBusiness(v) => &v.display_name,
            Self::BookingCustomer(v) => &v.display_name,
            Self::BookingPerson(v) => &v.display_name,
            Self::BookingService(v) => &v.display_name,
            Self::BookingStaffMember(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BookingNamedEntity(v) => &mut v.display_name,
            Self::BookingBusiness(v) => &mut v.display_name,
            Self::BookingCustomer(v) => &mut v.display_name,
            Self::BookingPerson(v) => &mut v.display_name,
            Self::BookingService(v) => &mut v.display_name,
            Self::BookingStaffMember(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_poly!(AnyBookingNamedEntity);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBookingNamedEntity);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Represents a booking customer or staff member.
///
/// CSDL: `microsoft.graph.bookingPerson`, entity type, derived from `microsoft.graph.bookingNamedEntity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingPerson {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The e-mail address of this person.
    ///
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingPerson {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingPerson {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingPerson";
    const KEYS: &'static [&'static str] = &["id", "displayName", "emailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"emailAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingPerson\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "email_address", &self.email_address);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingPerson {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.email_address);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingPerson);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingPerson { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_email_address email_address : ::std::string::String; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingPerson);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// `microsoft.graph.bookingPerson` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBookingPerson {
    BookingPerson(::std::boxed::Box<crate::beta::BookingPerson>),
    BookingCustomer(::std::boxed::Box<crate::beta::BookingCustomer>),
    BookingStaffMember(::std::boxed::Box<crate::beta::BookingStaffMember>),
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for AnyBookingPerson {
    #[inline]
    fn default() -> Self {
        Self::BookingPerson(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingPerson> for AnyBookingPerson {
    #[inline]
    fn from(v: crate::beta::BookingPerson) -> Self {
        Self::BookingPerson(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingCustomer> for AnyBookingPerson {
    #[inline]
    fn from(v: crate::beta::BookingCustomer) -> Self {
        Self::BookingCustomer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingStaffMember> for AnyBookingPerson {
    #[inline]
    fn from(v: crate::beta::BookingStaffMember) -> Self {
        Self::BookingStaffMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
unsafe impl ::std::marker::Send for AnyBookingPerson {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
unsafe impl ::std::marker::Sync for AnyBookingPerson {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::marker::Unpin for AnyBookingPerson {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::panic::UnwindSafe for AnyBookingPerson {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::panic::RefUnwindSafe for AnyBookingPerson {}
#[cfg(msgraph_beta_booking_businesses_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::BookingPerson>();
    rt::object::auto_traits::<crate::beta::BookingCustomer>();
    rt::object::auto_traits::<crate::beta::BookingStaffMember>();
};
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Poly for AnyBookingPerson {
    const BASE_NAME: &'static str = "microsoft.graph.bookingPerson";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.bookingCustomer") => {
                Self::BookingCustomer(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.bookingStaffMember") => {
                Self::BookingStaffMember(rt::object::new_boxed())
            }
            _ => Self::BookingPerson(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BookingPerson(v) => &**v,
            Self::BookingCustomer(v) => &**v,
            Self::BookingStaffMember(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BookingPerson(v) => &mut **v,
            Self::BookingCustomer(v) => &mut **v,
            Self::BookingStaffMember(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl AnyBookingPerson {
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
            Self::BookingPerson(v) => &v.id,
            Self::BookingCustomer(v) => &v.id,
            Self::BookingStaffMember(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BookingPerson(v) => &mut v.id,
            Self::BookingCustomer(v) => &mut v.id,
            Self::BookingStaffMember(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BookingPerson(v) => &v.display_name,
            Self::BookingCustomer(v) => &v.display_name,
            Self::BookingStaffMember(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BookingPerson(v) => &mut v.display_name,
            Self::BookingCustomer(v) => &mut v.display_name,
            Self::BookingStaffMember(v) => &mut v.display_name,
        }
    }
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BookingPerson(v) => &v.email_address,
            Self::BookingCustomer(v) => &v.email_address,
            Self::BookingStaffMember(v) => &v.email_address,
        }
    }
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BookingPerson(v) => &mut v.email_address,
            Self::BookingCustomer(v) => &mut v.email_address,
            Self::BookingStaffMember(v) => &mut v.email_address,
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_poly!(AnyBookingPerson);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBookingPerson);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// CSDL: `microsoft.graph.bookingPriceType`, enum type.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingPriceType {
    /// `undefined` (value 0).
    Undefined,
    /// `fixedPrice` (value 1).
    FixedPrice,
    /// `startingAt` (value 2).
    StartingAt,
    /// `hourly` (value 3).
    Hourly,
    /// `free` (value 4).
    Free,
    /// `priceVaries` (value 5).
    PriceVaries,
    /// `callUs` (value 6).
    CallUs,
    /// `notSet` (value 7).
    NotSet,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::StrEnum for BookingPriceType {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingPriceType";
    const MEMBERS: &'static [&'static str] = &[
        "undefined",
        "fixedPrice",
        "startingAt",
        "hourly",
        "free",
        "priceVaries",
        "callUs",
        "notSet",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "undefined" => Self::Undefined,
                "fixedPrice" => Self::FixedPrice,
                "startingAt" => Self::StartingAt,
                "hourly" => Self::Hourly,
                "free" => Self::Free,
                "priceVaries" => Self::PriceVaries,
                "callUs" => Self::CallUs,
                "notSet" => Self::NotSet,
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
            Self::Undefined => "undefined",
            Self::FixedPrice => "fixedPrice",
            Self::StartingAt => "startingAt",
            Self::Hourly => "hourly",
            Self::Free => "free",
            Self::PriceVaries => "priceVaries",
            Self::CallUs => "callUs",
            Self::NotSet => "notSet",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_enum!(BookingPriceType);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingPriceType);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// This type represents when and to whom to send an e-mail reminder.
///
/// CSDL: `microsoft.graph.bookingReminder`, complex type.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingReminder {
    /// Message to send.
    ///
    /// CSDL: property `message`: `Edm.String`, not nullable.
    pub message: rt::Field<::std::string::String>,
    /// How much time before an appointment the reminder should be sent.
    ///
    /// CSDL: property `offset`: `Edm.Duration`, not nullable.
    pub offset: rt::Field<rt::edm::Duration>,
    /// Who should receive the reminder.
    ///
    /// CSDL: property `recipients`: `microsoft.graph.bookingReminderRecipients`, not nullable.
    pub recipients: rt::Field<crate::beta::BookingReminderRecipients>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingReminder {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            offset: rt::Field::Absent,
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingReminder {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingReminder";
    const KEYS: &'static [&'static str] = &["message", "offset", "recipients"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"offset\":                       ",
        ",\"recipients\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingReminder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "offset", &self.offset);
        v.field(2usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingReminder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.offset.read_from(r),
            2usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.offset);
        w.field(2usize, &self.recipients);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingReminder);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingReminder { with_message message : ::std::string::String; with_offset offset :
    rt::edm::Duration; with_recipients recipients : crate
    ::beta::BookingReminderRecipients; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingReminder);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// CSDL: `microsoft.graph.bookingReminderRecipients`, enum type.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingReminderRecipients {
    /// `allAttendees` (value 0).
    AllAttendees,
    /// `staff` (value 1).
    Staff,
    /// `customer` (value 2).
    Customer,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::StrEnum for BookingReminderRecipients {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingReminderRecipients";
    const MEMBERS: &'static [&'static str] = &["allAttendees", "staff", "customer"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAttendees" => Self::AllAttendees,
                "staff" => Self::Staff,
                "customer" => Self::Customer,
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
            Self::AllAttendees => "allAttendees",
            Self::Staff => "staff",
            Self::Customer => "customer",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_enum!(BookingReminderRecipients);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingReminderRecipients);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// This type represents the set of policies that dictate how bookings can be created in a Booking Calendar.
///
/// CSDL: `microsoft.graph.bookingSchedulingPolicy`, complex type.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingSchedulingPolicy {
    /// Allow customers to choose a specific person for the booking.
    ///
    /// CSDL: property `allowStaffSelection`: `Edm.Boolean`, not nullable.
    pub allow_staff_selection: rt::Field<bool>,
    /// Maximum number of days in advance that a booking can be made.
    ///
    /// CSDL: property `maximumAdvance`: `Edm.Duration`, not nullable.
    pub maximum_advance: rt::Field<rt::edm::Duration>,
    /// Minimum lead time for bookings and cancellations.
    ///
    /// CSDL: property `minimumLeadTime`: `Edm.Duration`, not nullable.
    pub minimum_lead_time: rt::Field<rt::edm::Duration>,
    /// Notify the business via email when a booking is created or changed.
    ///
    /// CSDL: property `sendConfirmationsToOwner`: `Edm.Boolean`, not nullable.
    pub send_confirmations_to_owner: rt::Field<bool>,
    /// Duration of each time slot.
    ///
    /// CSDL: property `timeSlotInterval`: `Edm.Duration`, not nullable.
    pub time_slot_interval: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingSchedulingPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            allow_staff_selection: rt::Field::Absent,
            maximum_advance: rt::Field::Absent,
            minimum_lead_time: rt::Field::Absent,
            send_confirmations_to_owner: rt::Field::Absent,
            time_slot_interval: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingSchedulingPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingSchedulingPolicy";
    const KEYS: &'static [&'static str] = &[
        "allowStaffSelection",
        "maximumAdvance",
        "minimumLeadTime",
        "sendConfirmationsToOwner",
        "timeSlotInterval",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowStaffSelection\":          ",
        ",\"maximumAdvance\":               ",
        ",\"minimumLeadTime\":              ",
        ",\"sendConfirmationsToOwner\":     ",
        ",\"timeSlotInterval\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingSchedulingPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_staff_selection", &self.allow_staff_selection);
        v.field(1usize, "maximum_advance", &self.maximum_advance);
        v.field(2usize, "minimum_lead_time", &self.minimum_lead_time);
        v.field(
            3usize,
            "send_confirmations_to_owner",
            &self.send_confirmations_to_owner,
        );
        v.field(4usize, "time_slot_interval", &self.time_slot_interval);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingSchedulingPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_staff_selection.read_from(r),
            1usize => self.maximum_advance.read_from(r),
            2usize => self.minimum_lead_time.read_from(r),
            3usize => self.send_confirmations_to_owner.read_from(r),
            4usize => self.time_slot_interval.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_staff_selection);
        w.field(1usize, &self.maximum_advance);
        w.field(2usize, &self.minimum_lead_time);
        w.field(3usize, &self.send_confirmations_to_owner);
        w.field(4usize, &self.time_slot_interval);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingSchedulingPolicy);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingSchedulingPolicy { with_allow_staff_selection allow_staff_selection : bool;
    with_maximum_advance maximum_advance : rt::edm::Duration; with_minimum_lead_time
    minimum_lead_time : rt::edm::Duration; with_send_confirmations_to_owner
    send_confirmations_to_owner : bool; with_time_slot_interval time_slot_interval :
    rt::edm::Duration; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingSchedulingPolicy);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Represents a particular service offered by a booking business.
///
/// CSDL: `microsoft.graph.bookingService`, entity type, derived from `microsoft.graph.bookingNamedEntity`, key `id`.
///
/// Request builders: [`BookingServicePath`](requests/trait.BookingServicePath.html), what a path to one (`EntityPath<BookingService, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingService {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `additionalInformation`: `Edm.String`, nullable.
    pub additional_information: rt::Field<::std::string::String>,
    /// CSDL: property `defaultDuration`: `Edm.Duration`, not nullable.
    pub default_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `defaultLocation`: `microsoft.graph.location`, nullable.
    pub default_location: rt::Field<crate::beta::AnyLocation>,
    /// CSDL: property `defaultPrice`: `Edm.Double`, not nullable.
    pub default_price: rt::Field<f64>,
    /// CSDL: property `defaultPriceType`: `microsoft.graph.bookingPriceType`, not nullable.
    pub default_price_type: rt::Field<crate::beta::BookingPriceType>,
    /// The default reminders set in an appointment of this service.
    ///
    /// The value of this property is only available when reading an individual booking service by id.
    ///
    /// CSDL: property `defaultReminders`: `Collection(microsoft.graph.bookingReminder)`, nullable.
    pub default_reminders: rt::Field<::std::vec::Vec<crate::beta::BookingReminder>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `isHiddenFromCustomers`: `Edm.Boolean`, not nullable.
    pub is_hidden_from_customers: rt::Field<bool>,
    /// CSDL: property `isLocationOnline`: `Edm.Boolean`, not nullable.
    pub is_location_online: rt::Field<bool>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `postBuffer`: `Edm.Duration`, not nullable.
    pub post_buffer: rt::Field<rt::edm::Duration>,
    /// CSDL: property `preBuffer`: `Edm.Duration`, not nullable.
    pub pre_buffer: rt::Field<rt::edm::Duration>,
    /// CSDL: property `schedulingPolicy`: `microsoft.graph.bookingSchedulingPolicy`, nullable.
    pub scheduling_policy: rt::Field<crate::beta::BookingSchedulingPolicy>,
    /// CSDL: property `staffMemberIds`: `Collection(Edm.String)`, nullable.
    pub staff_member_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingService {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            default_duration: rt::Field::Absent,
            default_location: rt::Field::Absent,
            default_price: rt::Field::Absent,
            default_price_type: rt::Field::Absent,
            default_reminders: rt::Field::Absent,
            description: rt::Field::Absent,
            is_hidden_from_customers: rt::Field::Absent,
            is_location_online: rt::Field::Absent,
            notes: rt::Field::Absent,
            post_buffer: rt::Field::Absent,
            pre_buffer: rt::Field::Absent,
            scheduling_policy: rt::Field::Absent,
            staff_member_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingService {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingService";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "additionalInformation",
        "defaultDuration",
        "defaultLocation",
        "defaultPrice",
        "defaultPriceType",
        "defaultReminders",
        "description",
        "isHiddenFromCustomers",
        "isLocationOnline",
        "notes",
        "postBuffer",
        "preBuffer",
        "schedulingPolicy",
        "staffMemberIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"additionalInformation\":        ",
        ",\"defaultDuration\":              ",
        ",\"defaultLocation\":              ",
        ",\"defaultPrice\":                 ",
        ",\"defaultPriceType\":             ",
        ",\"defaultReminders\":             ",
        ",\"description\":                  ",
        ",\"isHiddenFromCustomers\":        ",
        ",\"isLocationOnline\":             ",
        ",\"notes\":                        ",
        ",\"postBuffer\":                   ",
        ",\"preBuffer\":                    ",
        ",\"schedulingPolicy\":             ",
        ",\"staffMemberIds\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingService\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "additional_information", &self.additional_information);
        v.field(3usize, "default_duration", &self.default_duration);
        v.field(4usize, "default_location", &self.default_location);
        v.field(5usize, "default_price", &self.default_price);
        v.field(6usize, "default_price_type", &self.default_price_type);
        v.field(7usize, "default_reminders", &self.default_reminders);
        v.field(8usize, "description", &self.description);
        v.field(9usize, "is_hidden_from_customers", &self.is_hidden_from_customers);
        v.field(10usize, "is_location_online", &self.is_location_online);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "post_buffer", &self.post_buffer);
        v.field(13usize, "pre_buffer", &self.pre_buffer);
        v.field(14usize, "scheduling_policy", &self.scheduling_policy);
        v.field(15usize, "staff_member_ids", &self.staff_member_ids);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingService {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.additional_information.read_from(r),
            3usize => self.default_duration.read_from(r),
            4usize => self.default_location.read_from(r),
            5usize => self.default_price.read_from(r),
            6usize => self.default_price_type.read_from(r),
            7usize => self.default_reminders.read_from(r),
            8usize => self.description.read_from(r),
            9usize => self.is_hidden_from_customers.read_from(r),
            10usize => self.is_location_online.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.post_buffer.read_from(r),
            13usize => self.pre_buffer.read_from(r),
            14usize => self.scheduling_policy.read_from(r),
            15usize => self.staff_member_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.additional_information);
        w.field(3usize, &self.default_duration);
        w.field(4usize, &self.default_location);
        w.field(5usize, &self.default_price);
        w.field(6usize, &self.default_price_type);
        w.field(7usize, &self.default_reminders);
        w.field(8usize, &self.description);
        w.field(9usize, &self.is_hidden_from_customers);
        w.field(10usize, &self.is_location_online);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.post_buffer);
        w.field(13usize, &self.pre_buffer);
        w.field(14usize, &self.scheduling_policy);
        w.field(15usize, &self.staff_member_ids);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingService);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingService { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_additional_information additional_information :
    ::std::string::String; with_default_duration default_duration : rt::edm::Duration;
    with_default_location default_location : crate ::beta::AnyLocation;
    with_default_price default_price : f64; with_default_price_type default_price_type :
    crate ::beta::BookingPriceType; with_default_reminders default_reminders :
    ::std::vec::Vec < crate ::beta::BookingReminder >; with_description description :
    ::std::string::String; with_is_hidden_from_customers is_hidden_from_customers : bool;
    with_is_location_online is_location_online : bool; with_notes notes :
    ::std::string::String; with_post_buffer post_buffer : rt::edm::Duration;
    with_pre_buffer pre_buffer : rt::edm::Duration; with_scheduling_policy
    scheduling_policy : crate ::beta::BookingSchedulingPolicy; with_staff_member_ids
    staff_member_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingService);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Represents a staff member who provides services in a business.
///
/// CSDL: `microsoft.graph.bookingStaffMember`, entity type, derived from `microsoft.graph.bookingPerson`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingStaffMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The e-mail address of this person.
    ///
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `availabilityIsAffectedByPersonalCalendar`: `Edm.Boolean`, not nullable.
    pub availability_is_affected_by_personal_calendar: rt::Field<bool>,
    /// CSDL: property `colorIndex`: `Edm.Int32`, nullable.
    pub color_index: rt::Field<i32>,
    /// CSDL: property `role`: `microsoft.graph.bookingStaffRole`, not nullable.
    pub role: rt::Field<crate::beta::BookingStaffRole>,
    /// CSDL: property `useBusinessHours`: `Edm.Boolean`, not nullable.
    pub use_business_hours: rt::Field<bool>,
    /// CSDL: property `workingHours`: `Collection(microsoft.graph.bookingWorkHours)`, nullable.
    pub working_hours: rt::Field<::std::vec::Vec<crate::beta::BookingWorkHours>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingStaffMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            availability_is_affected_by_personal_calendar: rt::Field::Absent,
            color_index: rt::Field::Absent,
            role: rt::Field::Absent,
            use_business_hours: rt::Field::Absent,
            working_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingStaffMember {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingStaffMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "emailAddress",
        "availabilityIsAffectedByPersonalCalendar",
        "colorIndex",
        "role",
        "useBusinessHours",
        "workingHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"emailAddress\":                 ",
        ",\"availabilityIsAffectedByPersonalCalendar\":",
        ",\"colorIndex\":                   ",
        ",\"role\":                         ",
        ",\"useBusinessHours\":             ",
        ",\"workingHours\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingStaffMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "email_address", &self.email_address);
        v.field(
            3usize,
            "availability_is_affected_by_personal_calendar",
            &self.availability_is_affected_by_personal_calendar,
        );
        v.field(4usize, "color_index", &self.color_index);
        v.field(5usize, "role", &self.role);
        v.field(6usize, "use_business_hours", &self.use_business_hours);
        v.field(7usize, "working_hours", &self.working_hours);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingStaffMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.email_address.read_from(r),
            3usize => self.availability_is_affected_by_personal_calendar.read_from(r),
            4usize => self.color_index.read_from(r),
            5usize => self.role.read_from(r),
            6usize => self.use_business_hours.read_from(r),
            7usize => self.working_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.email_address);
        w.field(3usize, &self.availability_is_affected_by_personal_calendar);
        w.field(4usize, &self.color_index);
        w.field(5usize, &self.role);
        w.field(6usize, &self.use_business_hours);
        w.field(7usize, &self.working_hours);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingStaffMember);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingStaffMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_email_address email_address :
    ::std::string::String; with_availability_is_affected_by_personal_calendar
    availability_is_affected_by_personal_calendar : bool; with_color_index color_index :
    i32; with_role role : crate ::beta::BookingStaffRole; with_use_business_hours
    use_business_hours : bool; with_working_hours working_hours : ::std::vec::Vec < crate
    ::beta::BookingWorkHours >; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingStaffMember);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// CSDL: `microsoft.graph.bookingStaffRole`, enum type.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingStaffRole {
    /// `guest` (value 0).
    Guest,
    /// `administrator` (value 1).
    Administrator,
    /// `viewer` (value 2).
    Viewer,
    /// `externalGuest` (value 3).
    ExternalGuest,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::StrEnum for BookingStaffRole {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingStaffRole";
    const MEMBERS: &'static [&'static str] = &[
        "guest",
        "administrator",
        "viewer",
        "externalGuest",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "guest" => Self::Guest,
                "administrator" => Self::Administrator,
                "viewer" => Self::Viewer,
                "externalGuest" => Self::ExternalGuest,
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
            Self::Guest => "guest",
            Self::Administrator => "administrator",
            Self::Viewer => "viewer",
            Self::ExternalGuest => "externalGuest",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_enum!(BookingStaffRole);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingStaffRole);
#[cfg(msgraph_beta_places_or_search)]
/// CSDL: `microsoft.graph.bookingType`, enum type.
///
/// Features: `beta`, or one of `beta-places`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingType {
    /// `unknown` (value 0).
    Unknown,
    /// `standard` (value 1).
    Standard,
    /// `reserved` (value 2).
    Reserved,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_places_or_search)]
impl rt::StrEnum for BookingType {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingType";
    const MEMBERS: &'static [&'static str] = &["unknown", "standard", "reserved"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "standard" => Self::Standard,
                "reserved" => Self::Reserved,
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
            Self::Standard => "standard",
            Self::Reserved => "reserved",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_places_or_search)]
rt::impl_enum!(BookingType);
#[cfg(msgraph_beta_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingType);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// This type represents the set of working hours in a single day of the week.
///
/// CSDL: `microsoft.graph.bookingWorkHours`, complex type.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingWorkHours {
    /// The day of the week represented by this instance.
    ///
    /// CSDL: property `day`: `microsoft.graph.dayOfWeek`, not nullable.
    pub day: rt::Field<crate::beta::DayOfWeek>,
    /// A list of start/end times during a day.
    ///
    /// CSDL: property `timeSlots`: `Collection(microsoft.graph.bookingWorkTimeSlot)`, nullable.
    pub time_slots: rt::Field<::std::vec::Vec<crate::beta::BookingWorkTimeSlot>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingWorkHours {
    #[inline]
    fn default() -> Self {
        Self {
            day: rt::Field::Absent,
            time_slots: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingWorkHours {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingWorkHours";
    const KEYS: &'static [&'static str] = &["day", "timeSlots"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"day\":                          ",
        ",\"timeSlots\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingWorkHours\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "day", &self.day);
        v.field(1usize, "time_slots", &self.time_slots);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingWorkHours {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.day.read_from(r),
            1usize => self.time_slots.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.day);
        w.field(1usize, &self.time_slots);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingWorkHours);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingWorkHours { with_day day : crate ::beta::DayOfWeek; with_time_slots time_slots
    : ::std::vec::Vec < crate ::beta::BookingWorkTimeSlot >; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingWorkHours);
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// CSDL: `microsoft.graph.bookingWorkTimeSlot`, complex type.
///
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
#[derive(Clone)]
pub struct BookingWorkTimeSlot {
    /// CSDL: property `end`: `Edm.TimeOfDay`, not nullable.
    pub end: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `start`: `Edm.TimeOfDay`, not nullable.
    pub start: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl ::std::default::Default for BookingWorkTimeSlot {
    #[inline]
    fn default() -> Self {
        Self {
            end: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::Object for BookingWorkTimeSlot {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingWorkTimeSlot";
    const KEYS: &'static [&'static str] = &["end", "start"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"end\":                          ",
        ",\"start\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingWorkTimeSlot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end", &self.end);
        v.field(1usize, "start", &self.start);
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
impl rt::object::Members for BookingWorkTimeSlot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end.read_from(r),
            1usize => self.start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end);
        w.field(1usize, &self.start);
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
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_object!(BookingWorkTimeSlot);
#[cfg(msgraph_beta_booking_businesses_or_search)]
rt::impl_setters!(
    BookingWorkTimeSlot { with_end end : rt::edm::TimeOfDay; with_start start :
    rt::edm::TimeOfDay; }
);
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingWorkTimeSlot);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.booleanColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BooleanColumn {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for BooleanColumn {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for BooleanColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.booleanColumn";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.booleanColumn\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for BooleanColumn {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(BooleanColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(BooleanColumn);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.browserSyncSetting`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowserSyncSetting {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `blockedWithUserOverride` (value 1).
    BlockedWithUserOverride,
    /// `blocked` (value 2).
    Blocked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for BrowserSyncSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSyncSetting";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "blockedWithUserOverride",
        "blocked",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "blockedWithUserOverride" => Self::BlockedWithUserOverride,
                "blocked" => Self::Blocked,
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
            Self::BlockedWithUserOverride => "blockedWithUserOverride",
            Self::Blocked => "blocked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(BrowserSyncSetting);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSyncSetting);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.bufferDecryptionResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BufferDecryptionResult {
    /// CSDL: property `decryptedBuffer`: `Edm.Binary`, nullable.
    pub decrypted_buffer: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for BufferDecryptionResult {
    #[inline]
    fn default() -> Self {
        Self {
            decrypted_buffer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for BufferDecryptionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.bufferDecryptionResult";
    const KEYS: &'static [&'static str] = &["decryptedBuffer"];
    const KEYS_JSON: &'static [&'static str] = &[",\"decryptedBuffer\":              "];
    const TAG: &'static str = "\"#microsoft.graph.bufferDecryptionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "decrypted_buffer", &self.decrypted_buffer);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for BufferDecryptionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.decrypted_buffer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.decrypted_buffer);
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
rt::impl_object!(BufferDecryptionResult);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    BufferDecryptionResult { with_decrypted_buffer decrypted_buffer : rt::edm::Binary; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(BufferDecryptionResult);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.bufferEncryptionResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BufferEncryptionResult {
    /// CSDL: property `encryptedBuffer`: `Edm.Binary`, nullable.
    pub encrypted_buffer: rt::Field<rt::edm::Binary>,
    /// CSDL: property `publishingLicense`: `Edm.Binary`, nullable.
    pub publishing_license: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for BufferEncryptionResult {
    #[inline]
    fn default() -> Self {
        Self {
            encrypted_buffer: rt::Field::Absent,
            publishing_license: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for BufferEncryptionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.bufferEncryptionResult";
    const KEYS: &'static [&'static str] = &["encryptedBuffer", "publishingLicense"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"encryptedBuffer\":              ",
        ",\"publishingLicense\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bufferEncryptionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "encrypted_buffer", &self.encrypted_buffer);
        v.field(1usize, "publishing_license", &self.publishing_license);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for BufferEncryptionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.encrypted_buffer.read_from(r),
            1usize => self.publishing_license.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.encrypted_buffer);
        w.field(1usize, &self.publishing_license);
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
rt::impl_object!(BufferEncryptionResult);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    BufferEncryptionResult { with_encrypted_buffer encrypted_buffer : rt::edm::Binary;
    with_publishing_license publishing_license : rt::edm::Binary; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(BufferEncryptionResult);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.builtInIdentityProvider`, entity type, derived from `microsoft.graph.identityProviderBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct BuiltInIdentityProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `identityProviderType`: `Edm.String`, nullable.
    pub identity_provider_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for BuiltInIdentityProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            identity_provider_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for BuiltInIdentityProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.builtInIdentityProvider";
    const KEYS: &'static [&'static str] = &["id", "displayName", "identityProviderType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"identityProviderType\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.builtInIdentityProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "identity_provider_type", &self.identity_provider_type);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for BuiltInIdentityProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.identity_provider_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.identity_provider_type);
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(BuiltInIdentityProvider);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    BuiltInIdentityProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_identity_provider_type
    identity_provider_type : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BuiltInIdentityProvider);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.businessFlow`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`BusinessFlowPath`](requests/trait.BusinessFlowPath.html), what a path to one (`EntityPath<BusinessFlow, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct BusinessFlow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `deDuplicationId`: `Edm.String`, nullable.
    pub de_duplication_id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `policy`: `microsoft.graph.governancePolicy`, nullable.
    pub policy: rt::Field<crate::beta::GovernancePolicy>,
    /// CSDL: property `policyTemplateId`: `Edm.String`, nullable.
    pub policy_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `recordVersion`: `Edm.String`, nullable.
    pub record_version: rt::Field<::std::string::String>,
    /// CSDL: property `schemaId`: `Edm.String`, nullable.
    pub schema_id: rt::Field<::std::string::String>,
    /// CSDL: property `settings`: `microsoft.graph.businessFlowSettings`, nullable.
    pub settings: rt::Field<crate::beta::BusinessFlowSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for BusinessFlow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            de_duplication_id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            policy: rt::Field::Absent,
            policy_template_id: rt::Field::Absent,
            record_version: rt::Field::Absent,
            schema_id: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for BusinessFlow {
    const TYPE_NAME: &'static str = "microsoft.graph.businessFlow";
    const KEYS: &'static [&'static str] = &[
        "id",
        "customData",
        "deDuplicationId",
        "description",
        "displayName",
        "policy",
        "policyTemplateId",
        "recordVersion",
        "schemaId",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"customData\":                   ",
        ",\"deDuplicationId\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"policy\":                       ",
        ",\"policyTemplateId\":             ",
        ",\"recordVersion\":                ",
        ",\"schemaId\":                     ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.businessFlow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "custom_data", &self.custom_data);
        v.field(2usize, "de_duplication_id", &self.de_duplication_id);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "policy", &self.policy);
        v.field(6usize, "policy_template_id", &self.policy_template_id);
        v.field(7usize, "record_version", &self.record_version);
        v.field(8usize, "schema_id", &self.schema_id);
        v.field(9usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for BusinessFlow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.custom_data.read_from(r),
            2usize => self.de_duplication_id.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.policy.read_from(r),
            6usize => self.policy_template_id.read_from(r),
            7usize => self.record_version.read_from(r),
            8usize => self.schema_id.read_from(r),
            9usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.custom_data);
        w.field(2usize, &self.de_duplication_id);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.policy);
        w.field(6usize, &self.policy_template_id);
        w.field(7usize, &self.record_version);
        w.field(8usize, &self.schema_id);
        w.field(9usize, &self.settings);
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
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_object!(BusinessFlow);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    BusinessFlow { with_id id : ::std::string::String; with_custom_data custom_data :
    ::std::string::String; with_de_duplication_id de_duplication_id :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_policy policy : crate
    ::beta::GovernancePolicy; with_policy_template_id policy_template_id :
    ::std::string::String; with_record_version record_version : ::std::string::String;
    with_schema_id schema_id : ::std::string::String; with_settings settings : crate
    ::beta::BusinessFlowSettings; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BusinessFlow);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.businessFlowSettings`, complex type, derived from `microsoft.graph.accessReviewSettings`.
///
/// Features: `beta`, or one of `beta-access-reviews`, `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct BusinessFlowSettings {
    /// CSDL: property `accessRecommendationsEnabled`: `Edm.Boolean`, not nullable.
    pub access_recommendations_enabled: rt::Field<bool>,
    /// CSDL: property `activityDurationInDays`: `Edm.Int32`, not nullable.
    pub activity_duration_in_days: rt::Field<i32>,
    /// CSDL: property `autoApplyReviewResultsEnabled`: `Edm.Boolean`, not nullable.
    pub auto_apply_review_results_enabled: rt::Field<bool>,
    /// CSDL: property `autoReviewEnabled`: `Edm.Boolean`, not nullable.
    pub auto_review_enabled: rt::Field<bool>,
    /// CSDL: property `autoReviewSettings`: `microsoft.graph.autoReviewSettings`, nullable.
    pub auto_review_settings: rt::Field<crate::beta::AutoReviewSettings>,
    /// CSDL: property `justificationRequiredOnApproval`: `Edm.Boolean`, not nullable.
    pub justification_required_on_approval: rt::Field<bool>,
    /// CSDL: property `mailNotificationsEnabled`: `Edm.Boolean`, not nullable.
    pub mail_notifications_enabled: rt::Field<bool>,
    /// CSDL: property `recurrenceSettings`: `microsoft.graph.accessReviewRecurrenceSettings`, nullable.
    pub recurrence_settings: rt::Field<crate::beta::AccessReviewRecurrenceSettings>,
    /// CSDL: property `remindersEnabled`: `Edm.Boolean`, not nullable.
    pub reminders_enabled: rt::Field<bool>,
    /// CSDL: property `durationInDays`: `Edm.Int32`, not nullable.
    pub duration_in_days: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl ::std::default::Default for BusinessFlowSettings {
    #[inline]
    fn default() -> Self {
        Self {
            access_recommendations_enabled: rt::Field::Absent,
            activity_duration_in_days: rt::Field::Absent,
            auto_apply_review_results_enabled: rt::Field::Absent,
            auto_review_enabled: rt::Field::Absent,
            auto_review_settings: rt::Field::Absent,
            justification_required_on_approval: rt::Field::Absent,
            mail_notifications_enabled: rt::Field::Absent,
            recurrence_settings: rt::Field::Absent,
            reminders_enabled: rt::Field::Absent,
            duration_in_days: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::Object for BusinessFlowSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.businessFlowSettings";
    const KEYS: &'static [&'static str] = &[
        "accessRecommendationsEnabled",
        "activityDurationInDays",
        "autoApplyReviewResultsEnabled",
        "autoReviewEnabled",
        "autoReviewSettings",
        "justificationRequiredOnApproval",
        "mailNotificationsEnabled",
        "recurrenceSettings",
        "remindersEnabled",
        "durationInDays",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessRecommendationsEnabled\": ",
        ",\"activityDurationInDays\":       ",
        ",\"autoApplyReviewResultsEnabled\":",
        ",\"autoReviewEnabled\":            ",
        ",\"autoReviewSettings\":           ",
        ",\"justificationRequiredOnApproval\":",
        ",\"mailNotificationsEnabled\":     ",
        ",\"recurrenceSettings\":           ",
        ",\"remindersEnabled\":             ",
        ",\"durationInDays\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.businessFlowSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "access_recommendations_enabled",
            &self.access_recommendations_enabled,
        );
        v.field(1usize, "activity_duration_in_days", &self.activity_duration_in_days);
        v.field(
            2usize,
            "auto_apply_review_results_enabled",
            &self.auto_apply_review_results_enabled,
        );
        v.field(3usize, "auto_review_enabled", &self.auto_review_enabled);
        v.field(4usize, "auto_review_settings", &self.auto_review_settings);
        v.field(
            5usize,
            "justification_required_on_approval",
            &self.justification_required_on_approval,
        );
        v.field(6usize, "mail_notifications_enabled", &self.mail_notifications_enabled);
        v.field(7usize, "recurrence_settings", &self.recurrence_settings);
        v.field(8usize, "reminders_enabled", &self.reminders_enabled);
        v.field(9usize, "duration_in_days", &self.duration_in_days);
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::object::Members for BusinessFlowSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_recommendations_enabled.read_from(r),
            1usize => self.activity_duration_in_days.read_from(r),
            2usize => self.auto_apply_review_results_enabled.read_from(r),
            3usize => self.auto_review_enabled.read_from(r),
            4usize => self.auto_review_settings.read_from(r),
            5usize => self.justification_required_on_approval.read_from(r),
            6usize => self.mail_notifications_enabled.read_from(r),
            7usize => self.recurrence_settings.read_from(r),
            8usize => self.reminders_enabled.read_from(r),
            9usize => self.duration_in_days.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_recommendations_enabled);
        w.field(1usize, &self.activity_duration_in_days);
        w.field(2usize, &self.auto_apply_review_results_enabled);
        w.field(3usize, &self.auto_review_enabled);
        w.field(4usize, &self.auto_review_settings);
        w.field(5usize, &self.justification_required_on_approval);
        w.field(6usize, &self.mail_notifications_enabled);
        w.field(7usize, &self.recurrence_settings);
        w.field(8usize, &self.reminders_enabled);
        w.field(9usize, &self.duration_in_days);
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
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
rt::impl_object!(BusinessFlowSettings);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
rt::impl_setters!(
    BusinessFlowSettings { with_access_recommendations_enabled
    access_recommendations_enabled : bool; with_activity_duration_in_days
    activity_duration_in_days : i32; with_auto_apply_review_results_enabled
    auto_apply_review_results_enabled : bool; with_auto_review_enabled
    auto_review_enabled : bool; with_auto_review_settings auto_review_settings : crate
    ::beta::AutoReviewSettings; with_justification_required_on_approval
    justification_required_on_approval : bool; with_mail_notifications_enabled
    mail_notifications_enabled : bool; with_recurrence_settings recurrence_settings :
    crate ::beta::AccessReviewRecurrenceSettings; with_reminders_enabled
    reminders_enabled : bool; with_duration_in_days duration_in_days : i32; }
);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BusinessFlowSettings);
#[cfg(msgraph_beta_business_flow_templates_or_search)]
/// CSDL: `microsoft.graph.businessFlowTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-business-flow-templates`, `beta-search`.
#[derive(Clone)]
pub struct BusinessFlowTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_business_flow_templates_or_search)]
impl ::std::default::Default for BusinessFlowTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_business_flow_templates_or_search)]
impl rt::Object for BusinessFlowTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.businessFlowTemplate";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.businessFlowTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_business_flow_templates_or_search)]
impl rt::object::Members for BusinessFlowTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
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
#[cfg(msgraph_beta_business_flow_templates_or_search)]
rt::impl_object!(BusinessFlowTemplate);
#[cfg(msgraph_beta_business_flow_templates_or_search)]
rt::impl_setters!(
    BusinessFlowTemplate { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_business_flow_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BusinessFlowTemplate);
