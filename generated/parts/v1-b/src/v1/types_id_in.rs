//! Types of `microsoft.graph` by the first letters of their names (`id_in`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.identifierUriConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IdentifierUriConfiguration {
    /// CSDL: property `nonDefaultUriAddition`: `microsoft.graph.identifierUriRestriction`, nullable.
    pub non_default_uri_addition: rt::Field<crate::v1::IdentifierUriRestriction>,
    /// CSDL: property `uriAdditionWithoutUniqueTenantIdentifier`: `microsoft.graph.identifierUriRestriction`, nullable.
    pub uri_addition_without_unique_tenant_identifier: rt::Field<
        crate::v1::IdentifierUriRestriction,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for IdentifierUriConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            non_default_uri_addition: rt::Field::Absent,
            uri_addition_without_unique_tenant_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for IdentifierUriConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.identifierUriConfiguration";
    const KEYS: &'static [&'static str] = &[
        "nonDefaultUriAddition",
        "uriAdditionWithoutUniqueTenantIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"nonDefaultUriAddition\":        ",
        ",\"uriAdditionWithoutUniqueTenantIdentifier\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identifierUriConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "non_default_uri_addition", &self.non_default_uri_addition);
        v.field(
            1usize,
            "uri_addition_without_unique_tenant_identifier",
            &self.uri_addition_without_unique_tenant_identifier,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for IdentifierUriConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.non_default_uri_addition.read_from(r),
            1usize => self.uri_addition_without_unique_tenant_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.non_default_uri_addition);
        w.field(1usize, &self.uri_addition_without_unique_tenant_identifier);
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
rt::impl_object!(IdentifierUriConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    IdentifierUriConfiguration { with_non_default_uri_addition non_default_uri_addition :
    crate ::v1::IdentifierUriRestriction;
    with_uri_addition_without_unique_tenant_identifier
    uri_addition_without_unique_tenant_identifier : crate ::v1::IdentifierUriRestriction;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentifierUriConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.identifierUriRestriction`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IdentifierUriRestriction {
    /// CSDL: property `excludeActors`: `microsoft.graph.appManagementPolicyActorExemptions`, nullable.
    pub exclude_actors: rt::Field<crate::v1::AppManagementPolicyActorExemptions>,
    /// CSDL: property `excludeAppsReceivingV2Tokens`: `Edm.Boolean`, nullable.
    pub exclude_apps_receiving_v2_tokens: rt::Field<bool>,
    /// CSDL: property `excludeSaml`: `Edm.Boolean`, nullable.
    pub exclude_saml: rt::Field<bool>,
    /// CSDL: property `isStateSetByMicrosoft`: `Edm.Boolean`, not nullable.
    pub is_state_set_by_microsoft: rt::Field<bool>,
    /// CSDL: property `restrictForAppsCreatedAfterDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restrict_for_apps_created_after_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `microsoft.graph.appManagementRestrictionState`, not nullable.
    pub state: rt::Field<crate::v1::AppManagementRestrictionState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for IdentifierUriRestriction {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_actors: rt::Field::Absent,
            exclude_apps_receiving_v2_tokens: rt::Field::Absent,
            exclude_saml: rt::Field::Absent,
            is_state_set_by_microsoft: rt::Field::Absent,
            restrict_for_apps_created_after_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for IdentifierUriRestriction {
    const TYPE_NAME: &'static str = "microsoft.graph.identifierUriRestriction";
    const KEYS: &'static [&'static str] = &[
        "excludeActors",
        "excludeAppsReceivingV2Tokens",
        "excludeSaml",
        "isStateSetByMicrosoft",
        "restrictForAppsCreatedAfterDateTime",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeActors\":                ",
        ",\"excludeAppsReceivingV2Tokens\": ",
        ",\"excludeSaml\":                  ",
        ",\"isStateSetByMicrosoft\":        ",
        ",\"restrictForAppsCreatedAfterDateTime\":",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identifierUriRestriction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_actors", &self.exclude_actors);
        v.field(
            1usize,
            "exclude_apps_receiving_v2_tokens",
            &self.exclude_apps_receiving_v2_tokens,
        );
        v.field(2usize, "exclude_saml", &self.exclude_saml);
        v.field(3usize, "is_state_set_by_microsoft", &self.is_state_set_by_microsoft);
        v.field(
            4usize,
            "restrict_for_apps_created_after_date_time",
            &self.restrict_for_apps_created_after_date_time,
        );
        v.field(5usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for IdentifierUriRestriction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_actors.read_from(r),
            1usize => self.exclude_apps_receiving_v2_tokens.read_from(r),
            2usize => self.exclude_saml.read_from(r),
            3usize => self.is_state_set_by_microsoft.read_from(r),
            4usize => self.restrict_for_apps_created_after_date_time.read_from(r),
            5usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_actors);
        w.field(1usize, &self.exclude_apps_receiving_v2_tokens);
        w.field(2usize, &self.exclude_saml);
        w.field(3usize, &self.is_state_set_by_microsoft);
        w.field(4usize, &self.restrict_for_apps_created_after_date_time);
        w.field(5usize, &self.state);
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
rt::impl_object!(IdentifierUriRestriction);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    IdentifierUriRestriction { with_exclude_actors exclude_actors : crate
    ::v1::AppManagementPolicyActorExemptions; with_exclude_apps_receiving_v2_tokens
    exclude_apps_receiving_v2_tokens : bool; with_exclude_saml exclude_saml : bool;
    with_is_state_set_by_microsoft is_state_set_by_microsoft : bool;
    with_restrict_for_apps_created_after_date_time
    restrict_for_apps_created_after_date_time : rt::edm::DateTimeOffset; with_state state
    : crate ::v1::AppManagementRestrictionState; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentifierUriRestriction);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityApiConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IdentityApiConnectorPath`](requests/trait.IdentityApiConnectorPath.html), what a path to one (`EntityPath<IdentityApiConnector, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityApiConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.apiAuthenticationConfigurationBase`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyApiAuthenticationConfigurationBase,
    >,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetUrl`: `Edm.String`, nullable.
    pub target_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityApiConnector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            display_name: rt::Field::Absent,
            target_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityApiConnector {
    const TYPE_NAME: &'static str = "microsoft.graph.identityApiConnector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "displayName",
        "targetUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"displayName\":                  ",
        ",\"targetUrl\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityApiConnector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "target_url", &self.target_url);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityApiConnector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.target_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.target_url);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityApiConnector);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityApiConnector { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyApiAuthenticationConfigurationBase; with_display_name display_name :
    ::std::string::String; with_target_url target_url : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityApiConnector);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityBuiltInUserFlowAttribute`, entity type, derived from `microsoft.graph.identityUserFlowAttribute`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityBuiltInUserFlowAttribute {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `dataType`: `microsoft.graph.identityUserFlowAttributeDataType`, not nullable.
    pub data_type: rt::Field<crate::v1::IdentityUserFlowAttributeDataType>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowAttributeType`: `microsoft.graph.identityUserFlowAttributeType`, not nullable.
    pub user_flow_attribute_type: rt::Field<crate::v1::IdentityUserFlowAttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityBuiltInUserFlowAttribute {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            data_type: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            user_flow_attribute_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityBuiltInUserFlowAttribute {
    const TYPE_NAME: &'static str = "microsoft.graph.identityBuiltInUserFlowAttribute";
    const KEYS: &'static [&'static str] = &[
        "id",
        "dataType",
        "description",
        "displayName",
        "userFlowAttributeType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"dataType\":                     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"userFlowAttributeType\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityBuiltInUserFlowAttribute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "data_type", &self.data_type);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "user_flow_attribute_type", &self.user_flow_attribute_type);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityBuiltInUserFlowAttribute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.data_type.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.user_flow_attribute_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.data_type);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.user_flow_attribute_type);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityBuiltInUserFlowAttribute);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityBuiltInUserFlowAttribute { with_id id : ::std::string::String; with_data_type
    data_type : crate ::v1::IdentityUserFlowAttributeDataType; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_user_flow_attribute_type user_flow_attribute_type : crate
    ::v1::IdentityUserFlowAttributeType; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityBuiltInUserFlowAttribute);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityContainer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IdentityContainerPath`](requests/trait.IdentityContainerPath.html), what a path to one (`EntityPath<IdentityContainer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityContainer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `apiConnectors`: `Collection(microsoft.graph.identityApiConnector)`, not nullable.
    pub api_connectors: rt::Field<::std::vec::Vec<crate::v1::IdentityApiConnector>>,
    /// CSDL: containment navigation property `authenticationEventListeners`: `Collection(microsoft.graph.authenticationEventListener)`, not nullable.
    pub authentication_event_listeners: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationEventListener>,
    >,
    /// CSDL: containment navigation property `authenticationEventsFlows`: `Collection(microsoft.graph.authenticationEventsFlow)`, not nullable.
    pub authentication_events_flows: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationEventsFlow>,
    >,
    /// CSDL: containment navigation property `b2xUserFlows`: `Collection(microsoft.graph.b2xIdentityUserFlow)`, not nullable.
    pub b2x_user_flows: rt::Field<::std::vec::Vec<crate::v1::B2xIdentityUserFlow>>,
    /// CSDL: containment navigation property `conditionalAccess`: `microsoft.graph.conditionalAccessRoot`, nullable.
    pub conditional_access: rt::Field<crate::v1::ConditionalAccessRoot>,
    /// CSDL: containment navigation property `customAuthenticationExtensions`: `Collection(microsoft.graph.customAuthenticationExtension)`, not nullable.
    pub custom_authentication_extensions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyCustomAuthenticationExtension>,
    >,
    /// CSDL: containment navigation property `identityProviders`: `Collection(microsoft.graph.identityProviderBase)`, not nullable.
    pub identity_providers: rt::Field<
        ::std::vec::Vec<crate::v1::AnyIdentityProviderBase>,
    >,
    /// CSDL: containment navigation property `riskPrevention`: `microsoft.graph.riskPreventionContainer`, nullable.
    pub risk_prevention: rt::Field<crate::v1::RiskPreventionContainer>,
    /// CSDL: containment navigation property `userFlowAttributes`: `Collection(microsoft.graph.identityUserFlowAttribute)`, not nullable.
    pub user_flow_attributes: rt::Field<
        ::std::vec::Vec<crate::v1::AnyIdentityUserFlowAttribute>,
    >,
    /// CSDL: containment navigation property `verifiedId`: `microsoft.graph.identityVerifiedIdRoot`, not nullable.
    pub verified_id: rt::Field<crate::v1::IdentityVerifiedIdRoot>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityContainer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            api_connectors: rt::Field::Absent,
            authentication_event_listeners: rt::Field::Absent,
            authentication_events_flows: rt::Field::Absent,
            b2x_user_flows: rt::Field::Absent,
            conditional_access: rt::Field::Absent,
            custom_authentication_extensions: rt::Field::Absent,
            identity_providers: rt::Field::Absent,
            risk_prevention: rt::Field::Absent,
            user_flow_attributes: rt::Field::Absent,
            verified_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.identityContainer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "apiConnectors",
        "authenticationEventListeners",
        "authenticationEventsFlows",
        "b2xUserFlows",
        "conditionalAccess",
        "customAuthenticationExtensions",
        "identityProviders",
        "riskPrevention",
        "userFlowAttributes",
        "verifiedId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"apiConnectors\":                ",
        ",\"authenticationEventListeners\": ",
        ",\"authenticationEventsFlows\":    ",
        ",\"b2xUserFlows\":                 ",
        ",\"conditionalAccess\":            ",
        ",\"customAuthenticationExtensions\":",
        ",\"identityProviders\":            ",
        ",\"riskPrevention\":               ",
        ",\"userFlowAttributes\":           ",
        ",\"verifiedId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "api_connectors", &self.api_connectors);
        v.field(
            2usize,
            "authentication_event_listeners",
            &self.authentication_event_listeners,
        );
        v.field(
            3usize,
            "authentication_events_flows",
            &self.authentication_events_flows,
        );
        v.field(4usize, "b2x_user_flows", &self.b2x_user_flows);
        v.field(5usize, "conditional_access", &self.conditional_access);
        v.field(
            6usize,
            "custom_authentication_extensions",
            &self.custom_authentication_extensions,
        );
        v.field(7usize, "identity_providers", &self.identity_providers);
        v.field(8usize, "risk_prevention", &self.risk_prevention);
        v.field(9usize, "user_flow_attributes", &self.user_flow_attributes);
        v.field(10usize, "verified_id", &self.verified_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.api_connectors.read_from(r),
            2usize => self.authentication_event_listeners.read_from(r),
            3usize => self.authentication_events_flows.read_from(r),
            4usize => self.b2x_user_flows.read_from(r),
            5usize => self.conditional_access.read_from(r),
            6usize => self.custom_authentication_extensions.read_from(r),
            7usize => self.identity_providers.read_from(r),
            8usize => self.risk_prevention.read_from(r),
            9usize => self.user_flow_attributes.read_from(r),
            10usize => self.verified_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.api_connectors);
        w.field(2usize, &self.authentication_event_listeners);
        w.field(3usize, &self.authentication_events_flows);
        w.field(4usize, &self.b2x_user_flows);
        w.field(5usize, &self.conditional_access);
        w.field(6usize, &self.custom_authentication_extensions);
        w.field(7usize, &self.identity_providers);
        w.field(8usize, &self.risk_prevention);
        w.field(9usize, &self.user_flow_attributes);
        w.field(10usize, &self.verified_id);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityContainer);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityContainer { with_id id : ::std::string::String; with_api_connectors
    api_connectors : ::std::vec::Vec < crate ::v1::IdentityApiConnector >;
    with_authentication_event_listeners authentication_event_listeners : ::std::vec::Vec
    < crate ::v1::AnyAuthenticationEventListener >; with_authentication_events_flows
    authentication_events_flows : ::std::vec::Vec < crate
    ::v1::AnyAuthenticationEventsFlow >; with_b2x_user_flows b2x_user_flows :
    ::std::vec::Vec < crate ::v1::B2xIdentityUserFlow >; with_conditional_access
    conditional_access : crate ::v1::ConditionalAccessRoot;
    with_custom_authentication_extensions custom_authentication_extensions :
    ::std::vec::Vec < crate ::v1::AnyCustomAuthenticationExtension >;
    with_identity_providers identity_providers : ::std::vec::Vec < crate
    ::v1::AnyIdentityProviderBase >; with_risk_prevention risk_prevention : crate
    ::v1::RiskPreventionContainer; with_user_flow_attributes user_flow_attributes :
    ::std::vec::Vec < crate ::v1::AnyIdentityUserFlowAttribute >; with_verified_id
    verified_id : crate ::v1::IdentityVerifiedIdRoot; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityContainer);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityCustomUserFlowAttribute`, entity type, derived from `microsoft.graph.identityUserFlowAttribute`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityCustomUserFlowAttribute {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `dataType`: `microsoft.graph.identityUserFlowAttributeDataType`, not nullable.
    pub data_type: rt::Field<crate::v1::IdentityUserFlowAttributeDataType>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowAttributeType`: `microsoft.graph.identityUserFlowAttributeType`, not nullable.
    pub user_flow_attribute_type: rt::Field<crate::v1::IdentityUserFlowAttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityCustomUserFlowAttribute {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            data_type: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            user_flow_attribute_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityCustomUserFlowAttribute {
    const TYPE_NAME: &'static str = "microsoft.graph.identityCustomUserFlowAttribute";
    const KEYS: &'static [&'static str] = &[
        "id",
        "dataType",
        "description",
        "displayName",
        "userFlowAttributeType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"dataType\":                     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"userFlowAttributeType\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityCustomUserFlowAttribute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "data_type", &self.data_type);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "user_flow_attribute_type", &self.user_flow_attribute_type);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityCustomUserFlowAttribute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.data_type.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.user_flow_attribute_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.data_type);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.user_flow_attribute_type);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityCustomUserFlowAttribute);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityCustomUserFlowAttribute { with_id id : ::std::string::String; with_data_type
    data_type : crate ::v1::IdentityUserFlowAttributeDataType; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_user_flow_attribute_type user_flow_attribute_type : crate
    ::v1::IdentityUserFlowAttributeType; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityCustomUserFlowAttribute);
#[cfg(msgraph_v1_identity_providers_or_search)]
/// CSDL: `microsoft.graph.identityProvider`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-providers`, `v1-search`.
#[derive(Clone)]
pub struct IdentityProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientId`: `Edm.String`, nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_providers_or_search)]
impl ::std::default::Default for IdentityProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_providers_or_search)]
impl rt::Object for IdentityProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.identityProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientId",
        "clientSecret",
        "name",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_id", &self.client_id);
        v.field(2usize, "client_secret", &self.client_secret);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_identity_providers_or_search)]
impl rt::object::Members for IdentityProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_id.read_from(r),
            2usize => self.client_secret.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_id);
        w.field(2usize, &self.client_secret);
        w.field(3usize, &self.name);
        w.field(4usize, &self.type_);
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
#[cfg(msgraph_v1_identity_providers_or_search)]
rt::impl_object!(IdentityProvider);
#[cfg(msgraph_v1_identity_providers_or_search)]
rt::impl_setters!(
    IdentityProvider { with_id id : ::std::string::String; with_client_id client_id :
    ::std::string::String; with_client_secret client_secret : ::std::string::String;
    with_name name : ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityProvider);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// CSDL: `microsoft.graph.identityProviderBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityProviderBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::default::Default for IdentityProviderBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::Object for IdentityProviderBase {
    const TYPE_NAME: &'static str = "microsoft.graph.identityProviderBase";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityProviderBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::object::Members for IdentityProviderBase {
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
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_object!(IdentityProviderBase);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_setters!(
    IdentityProviderBase { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityProviderBase);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// `microsoft.graph.identityProviderBase` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentityProviderBase {
    IdentityProviderBase(::std::boxed::Box<crate::v1::IdentityProviderBase>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    AppleManagedIdentityProvider(
        ::std::boxed::Box<crate::v1::AppleManagedIdentityProvider>,
    ),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    BuiltInIdentityProvider(::std::boxed::Box<crate::v1::BuiltInIdentityProvider>),
    InternalDomainFederation(::std::boxed::Box<crate::v1::InternalDomainFederation>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    OidcIdentityProvider(::std::boxed::Box<crate::v1::OidcIdentityProvider>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    SamlOrWsFedExternalDomainFederation(
        ::std::boxed::Box<crate::v1::SamlOrWsFedExternalDomainFederation>,
    ),
    SamlOrWsFedProvider(::std::boxed::Box<crate::v1::SamlOrWsFedProvider>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    SocialIdentityProvider(::std::boxed::Box<crate::v1::SocialIdentityProvider>),
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::default::Default for AnyIdentityProviderBase {
    #[inline]
    fn default() -> Self {
        Self::IdentityProviderBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityProviderBase> for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::v1::IdentityProviderBase) -> Self {
        Self::IdentityProviderBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppleManagedIdentityProvider>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::v1::AppleManagedIdentityProvider) -> Self {
        Self::AppleManagedIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BuiltInIdentityProvider>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::v1::BuiltInIdentityProvider) -> Self {
        Self::BuiltInIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InternalDomainFederation>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::v1::InternalDomainFederation) -> Self {
        Self::InternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OidcIdentityProvider> for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::v1::OidcIdentityProvider) -> Self {
        Self::OidcIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SamlOrWsFedExternalDomainFederation>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::v1::SamlOrWsFedExternalDomainFederation) -> Self {
        Self::SamlOrWsFedExternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SamlOrWsFedProvider> for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::v1::SamlOrWsFedProvider) -> Self {
        Self::SamlOrWsFedProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SocialIdentityProvider>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::v1::SocialIdentityProvider) -> Self {
        Self::SocialIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
unsafe impl ::std::marker::Send for AnyIdentityProviderBase {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentityProviderBase {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::marker::Unpin for AnyIdentityProviderBase {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentityProviderBase {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentityProviderBase {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::IdentityProviderBase>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::AppleManagedIdentityProvider>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::BuiltInIdentityProvider>();
    rt::object::auto_traits::<crate::v1::InternalDomainFederation>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OidcIdentityProvider>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::SamlOrWsFedExternalDomainFederation>();
    rt::object::auto_traits::<crate::v1::SamlOrWsFedProvider>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::SocialIdentityProvider>();
};
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::Poly for AnyIdentityProviderBase {
    const BASE_NAME: &'static str = "microsoft.graph.identityProviderBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleManagedIdentityProvider",
            ) => Self::AppleManagedIdentityProvider(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.builtInIdentityProvider") => {
                Self::BuiltInIdentityProvider(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.internalDomainFederation") => {
                Self::InternalDomainFederation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.oidcIdentityProvider") => {
                Self::OidcIdentityProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.samlOrWsFedExternalDomainFederation",
            ) => Self::SamlOrWsFedExternalDomainFederation(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.samlOrWsFedProvider") => {
                Self::SamlOrWsFedProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.socialIdentityProvider") => {
                Self::SocialIdentityProvider(rt::object::new_boxed())
            }
            _ => Self::IdentityProviderBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IdentityProviderBase(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &**v,
            Self::InternalDomainFederation(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &**v,
            Self::SamlOrWsFedProvider(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentityProviderBase(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut **v,
            Self::InternalDomainFederation(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut **v,
            Self::SamlOrWsFedProvider(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl AnyIdentityProviderBase {
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
            Self::IdentityProviderBase(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &v.id,
            Self::InternalDomainFederation(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.id,
            Self::SamlOrWsFedProvider(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProviderBase(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut v.id,
            Self::InternalDomainFederation(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.id,
            Self::SamlOrWsFedProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IdentityProviderBase(v) => &v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &v.display_name,
            Self::InternalDomainFederation(v) => &v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.display_name,
            Self::SamlOrWsFedProvider(v) => &v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProviderBase(v) => &mut v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &mut v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut v.display_name,
            Self::InternalDomainFederation(v) => &mut v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &mut v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.display_name,
            Self::SamlOrWsFedProvider(v) => &mut v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_poly!(AnyIdentityProviderBase);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentityProviderBase);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<IdentitySecurityDefaultsEnforcementPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IdentitySecurityDefaultsEnforcementPolicy {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for IdentitySecurityDefaultsEnforcementPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for IdentitySecurityDefaultsEnforcementPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "isEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identitySecurityDefaultsEnforcementPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for IdentitySecurityDefaultsEnforcementPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_enabled.read_from(r),
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
rt::impl_object!(IdentitySecurityDefaultsEnforcementPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    IdentitySecurityDefaultsEnforcementPolicy { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentitySecurityDefaultsEnforcementPolicy);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.identitySource`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct IdentitySource {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for IdentitySource {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for IdentitySource {
    const TYPE_NAME: &'static str = "microsoft.graph.identitySource";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.identitySource\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for IdentitySource {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(IdentitySource);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentitySource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.identitySource` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentitySource {
    IdentitySource(::std::boxed::Box<crate::v1::IdentitySource>),
    AzureActiveDirectoryTenant(::std::boxed::Box<crate::v1::AzureActiveDirectoryTenant>),
    CrossCloudAzureActiveDirectoryTenant(
        ::std::boxed::Box<crate::v1::CrossCloudAzureActiveDirectoryTenant>,
    ),
    DomainIdentitySource(::std::boxed::Box<crate::v1::DomainIdentitySource>),
    ExternalDomainFederation(::std::boxed::Box<crate::v1::ExternalDomainFederation>),
    SocialIdentitySource(::std::boxed::Box<crate::v1::SocialIdentitySource>),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyIdentitySource {
    #[inline]
    fn default() -> Self {
        Self::IdentitySource(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentitySource> for AnyIdentitySource {
    #[inline]
    fn from(v: crate::v1::IdentitySource) -> Self {
        Self::IdentitySource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AzureActiveDirectoryTenant> for AnyIdentitySource {
    #[inline]
    fn from(v: crate::v1::AzureActiveDirectoryTenant) -> Self {
        Self::AzureActiveDirectoryTenant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CrossCloudAzureActiveDirectoryTenant>
for AnyIdentitySource {
    #[inline]
    fn from(v: crate::v1::CrossCloudAzureActiveDirectoryTenant) -> Self {
        Self::CrossCloudAzureActiveDirectoryTenant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainIdentitySource> for AnyIdentitySource {
    #[inline]
    fn from(v: crate::v1::DomainIdentitySource) -> Self {
        Self::DomainIdentitySource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalDomainFederation> for AnyIdentitySource {
    #[inline]
    fn from(v: crate::v1::ExternalDomainFederation) -> Self {
        Self::ExternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SocialIdentitySource> for AnyIdentitySource {
    #[inline]
    fn from(v: crate::v1::SocialIdentitySource) -> Self {
        Self::SocialIdentitySource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyIdentitySource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentitySource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyIdentitySource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentitySource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentitySource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::IdentitySource>();
    rt::object::auto_traits::<crate::v1::AzureActiveDirectoryTenant>();
    rt::object::auto_traits::<crate::v1::CrossCloudAzureActiveDirectoryTenant>();
    rt::object::auto_traits::<crate::v1::DomainIdentitySource>();
    rt::object::auto_traits::<crate::v1::ExternalDomainFederation>();
    rt::object::auto_traits::<crate::v1::SocialIdentitySource>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyIdentitySource {
    const BASE_NAME: &'static str = "microsoft.graph.identitySource";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.azureActiveDirectoryTenant") => {
                Self::AzureActiveDirectoryTenant(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.crossCloudAzureActiveDirectoryTenant",
            ) => Self::CrossCloudAzureActiveDirectoryTenant(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.domainIdentitySource") => {
                Self::DomainIdentitySource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.externalDomainFederation") => {
                Self::ExternalDomainFederation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.socialIdentitySource") => {
                Self::SocialIdentitySource(rt::object::new_boxed())
            }
            _ => Self::IdentitySource(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IdentitySource(v) => &**v,
            Self::AzureActiveDirectoryTenant(v) => &**v,
            Self::CrossCloudAzureActiveDirectoryTenant(v) => &**v,
            Self::DomainIdentitySource(v) => &**v,
            Self::ExternalDomainFederation(v) => &**v,
            Self::SocialIdentitySource(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentitySource(v) => &mut **v,
            Self::AzureActiveDirectoryTenant(v) => &mut **v,
            Self::CrossCloudAzureActiveDirectoryTenant(v) => &mut **v,
            Self::DomainIdentitySource(v) => &mut **v,
            Self::ExternalDomainFederation(v) => &mut **v,
            Self::SocialIdentitySource(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyIdentitySource {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyIdentitySource);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentitySource);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlow`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityUserFlow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowType`: `microsoft.graph.userFlowType`, not nullable.
    pub user_flow_type: rt::Field<crate::v1::UserFlowType>,
    /// CSDL: property `userFlowTypeVersion`: `Edm.Single`, not nullable.
    pub user_flow_type_version: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityUserFlow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_flow_type: rt::Field::Absent,
            user_flow_type_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityUserFlow {
    const TYPE_NAME: &'static str = "microsoft.graph.identityUserFlow";
    const KEYS: &'static [&'static str] = &["id", "userFlowType", "userFlowTypeVersion"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userFlowType\":                 ",
        ",\"userFlowTypeVersion\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityUserFlow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_flow_type", &self.user_flow_type);
        v.field(2usize, "user_flow_type_version", &self.user_flow_type_version);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityUserFlow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_flow_type.read_from(r),
            2usize => self.user_flow_type_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_flow_type);
        w.field(2usize, &self.user_flow_type_version);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityUserFlow);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlow { with_id id : ::std::string::String; with_user_flow_type
    user_flow_type : crate ::v1::UserFlowType; with_user_flow_type_version
    user_flow_type_version : f64; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlow);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.identityUserFlow` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentityUserFlow {
    IdentityUserFlow(::std::boxed::Box<crate::v1::IdentityUserFlow>),
    B2xIdentityUserFlow(::std::boxed::Box<crate::v1::B2xIdentityUserFlow>),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyIdentityUserFlow {
    #[inline]
    fn default() -> Self {
        Self::IdentityUserFlow(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityUserFlow> for AnyIdentityUserFlow {
    #[inline]
    fn from(v: crate::v1::IdentityUserFlow) -> Self {
        Self::IdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::B2xIdentityUserFlow> for AnyIdentityUserFlow {
    #[inline]
    fn from(v: crate::v1::B2xIdentityUserFlow) -> Self {
        Self::B2xIdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyIdentityUserFlow {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentityUserFlow {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyIdentityUserFlow {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentityUserFlow {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentityUserFlow {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::IdentityUserFlow>();
    rt::object::auto_traits::<crate::v1::B2xIdentityUserFlow>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyIdentityUserFlow {
    const BASE_NAME: &'static str = "microsoft.graph.identityUserFlow";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.b2xIdentityUserFlow") => {
                Self::B2xIdentityUserFlow(rt::object::new_boxed())
            }
            _ => Self::IdentityUserFlow(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IdentityUserFlow(v) => &**v,
            Self::B2xIdentityUserFlow(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentityUserFlow(v) => &mut **v,
            Self::B2xIdentityUserFlow(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyIdentityUserFlow {
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
            Self::IdentityUserFlow(v) => &v.id,
            Self::B2xIdentityUserFlow(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityUserFlow(v) => &mut v.id,
            Self::B2xIdentityUserFlow(v) => &mut v.id,
        }
    }
    /// `userFlowType` of any variant.
    #[inline]
    pub fn user_flow_type(&self) -> &rt::Field<crate::v1::UserFlowType> {
        match self {
            Self::IdentityUserFlow(v) => &v.user_flow_type,
            Self::B2xIdentityUserFlow(v) => &v.user_flow_type,
        }
    }
    /// `userFlowType` of any variant.
    #[inline]
    pub fn user_flow_type_mut(&mut self) -> &mut rt::Field<crate::v1::UserFlowType> {
        match self {
            Self::IdentityUserFlow(v) => &mut v.user_flow_type,
            Self::B2xIdentityUserFlow(v) => &mut v.user_flow_type,
        }
    }
    /// `userFlowTypeVersion` of any variant.
    #[inline]
    pub fn user_flow_type_version(&self) -> &rt::Field<f64> {
        match self {
            Self::IdentityUserFlow(v) => &v.user_flow_type_version,
            Self::B2xIdentityUserFlow(v) => &v.user_flow_type_version,
        }
    }
    /// `userFlowTypeVersion` of any variant.
    #[inline]
    pub fn user_flow_type_version_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::IdentityUserFlow(v) => &mut v.user_flow_type_version,
            Self::B2xIdentityUserFlow(v) => &mut v.user_flow_type_version,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyIdentityUserFlow);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentityUserFlow);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttribute`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityUserFlowAttribute {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `dataType`: `microsoft.graph.identityUserFlowAttributeDataType`, not nullable.
    pub data_type: rt::Field<crate::v1::IdentityUserFlowAttributeDataType>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowAttributeType`: `microsoft.graph.identityUserFlowAttributeType`, not nullable.
    pub user_flow_attribute_type: rt::Field<crate::v1::IdentityUserFlowAttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityUserFlowAttribute {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            data_type: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            user_flow_attribute_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityUserFlowAttribute {
    const TYPE_NAME: &'static str = "microsoft.graph.identityUserFlowAttribute";
    const KEYS: &'static [&'static str] = &[
        "id",
        "dataType",
        "description",
        "displayName",
        "userFlowAttributeType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"dataType\":                     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"userFlowAttributeType\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityUserFlowAttribute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "data_type", &self.data_type);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "user_flow_attribute_type", &self.user_flow_attribute_type);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityUserFlowAttribute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.data_type.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.user_flow_attribute_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.data_type);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.user_flow_attribute_type);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityUserFlowAttribute);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlowAttribute { with_id id : ::std::string::String; with_data_type
    data_type : crate ::v1::IdentityUserFlowAttributeDataType; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_user_flow_attribute_type user_flow_attribute_type : crate
    ::v1::IdentityUserFlowAttributeType; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttribute);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.identityUserFlowAttribute` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentityUserFlowAttribute {
    IdentityUserFlowAttribute(::std::boxed::Box<crate::v1::IdentityUserFlowAttribute>),
    IdentityBuiltInUserFlowAttribute(
        ::std::boxed::Box<crate::v1::IdentityBuiltInUserFlowAttribute>,
    ),
    IdentityCustomUserFlowAttribute(
        ::std::boxed::Box<crate::v1::IdentityCustomUserFlowAttribute>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyIdentityUserFlowAttribute {
    #[inline]
    fn default() -> Self {
        Self::IdentityUserFlowAttribute(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityUserFlowAttribute>
for AnyIdentityUserFlowAttribute {
    #[inline]
    fn from(v: crate::v1::IdentityUserFlowAttribute) -> Self {
        Self::IdentityUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityBuiltInUserFlowAttribute>
for AnyIdentityUserFlowAttribute {
    #[inline]
    fn from(v: crate::v1::IdentityBuiltInUserFlowAttribute) -> Self {
        Self::IdentityBuiltInUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityCustomUserFlowAttribute>
for AnyIdentityUserFlowAttribute {
    #[inline]
    fn from(v: crate::v1::IdentityCustomUserFlowAttribute) -> Self {
        Self::IdentityCustomUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::IdentityUserFlowAttribute>();
    rt::object::auto_traits::<crate::v1::IdentityBuiltInUserFlowAttribute>();
    rt::object::auto_traits::<crate::v1::IdentityCustomUserFlowAttribute>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyIdentityUserFlowAttribute {
    const BASE_NAME: &'static str = "microsoft.graph.identityUserFlowAttribute";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.identityBuiltInUserFlowAttribute",
            ) => Self::IdentityBuiltInUserFlowAttribute(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.identityCustomUserFlowAttribute",
            ) => Self::IdentityCustomUserFlowAttribute(rt::object::new_boxed()),
            _ => Self::IdentityUserFlowAttribute(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IdentityUserFlowAttribute(v) => &**v,
            Self::IdentityBuiltInUserFlowAttribute(v) => &**v,
            Self::IdentityCustomUserFlowAttribute(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentityUserFlowAttribute(v) => &mut **v,
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut **v,
            Self::IdentityCustomUserFlowAttribute(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyIdentityUserFlowAttribute {
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
            Self::IdentityUserFlowAttribute(v) => &v.id,
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.id,
            Self::IdentityCustomUserFlowAttribute(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &mut v.id,
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.id,
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.id,
        }
    }
    /// `dataType` of any variant.
    #[inline]
    pub fn data_type(&self) -> &rt::Field<crate::v1::IdentityUserFlowAttributeDataType> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &v.data_type,
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.data_type,
            Self::IdentityCustomUserFlowAttribute(v) => &v.data_type,
        }
    }
    /// `dataType` of any variant.
    #[inline]
    pub fn data_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::IdentityUserFlowAttributeDataType> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &mut v.data_type,
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.data_type,
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.data_type,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &v.description,
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.description,
            Self::IdentityCustomUserFlowAttribute(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &mut v.description,
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.description,
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &v.display_name,
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.display_name,
            Self::IdentityCustomUserFlowAttribute(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &mut v.display_name,
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.display_name,
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.display_name,
        }
    }
    /// `userFlowAttributeType` of any variant.
    #[inline]
    pub fn user_flow_attribute_type(
        &self,
    ) -> &rt::Field<crate::v1::IdentityUserFlowAttributeType> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &v.user_flow_attribute_type,
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.user_flow_attribute_type,
            Self::IdentityCustomUserFlowAttribute(v) => &v.user_flow_attribute_type,
        }
    }
    /// `userFlowAttributeType` of any variant.
    #[inline]
    pub fn user_flow_attribute_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::IdentityUserFlowAttributeType> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &mut v.user_flow_attribute_type,
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.user_flow_attribute_type,
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.user_flow_attribute_type,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyIdentityUserFlowAttribute);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentityUserFlowAttribute);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttributeAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IdentityUserFlowAttributeAssignmentPath`](requests/trait.IdentityUserFlowAttributeAssignmentPath.html), what a path to one (`EntityPath<IdentityUserFlowAttributeAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityUserFlowAttributeAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `requiresVerification`: `Edm.Boolean`, not nullable.
    pub requires_verification: rt::Field<bool>,
    /// CSDL: property `userAttributeValues`: `Collection(microsoft.graph.userAttributeValuesItem)`, nullable.
    pub user_attribute_values: rt::Field<
        ::std::vec::Vec<crate::v1::UserAttributeValuesItem>,
    >,
    /// CSDL: property `userInputType`: `microsoft.graph.identityUserFlowAttributeInputType`, not nullable.
    pub user_input_type: rt::Field<crate::v1::IdentityUserFlowAttributeInputType>,
    /// CSDL: navigation property `userAttribute`: `microsoft.graph.identityUserFlowAttribute`, nullable.
    pub user_attribute: rt::Field<crate::v1::AnyIdentityUserFlowAttribute>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityUserFlowAttributeAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            requires_verification: rt::Field::Absent,
            user_attribute_values: rt::Field::Absent,
            user_input_type: rt::Field::Absent,
            user_attribute: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityUserFlowAttributeAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.identityUserFlowAttributeAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isOptional",
        "requiresVerification",
        "userAttributeValues",
        "userInputType",
        "userAttribute",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isOptional\":                   ",
        ",\"requiresVerification\":         ",
        ",\"userAttributeValues\":          ",
        ",\"userInputType\":                ",
        ",\"userAttribute\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityUserFlowAttributeAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_optional", &self.is_optional);
        v.field(3usize, "requires_verification", &self.requires_verification);
        v.field(4usize, "user_attribute_values", &self.user_attribute_values);
        v.field(5usize, "user_input_type", &self.user_input_type);
        v.field(6usize, "user_attribute", &self.user_attribute);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityUserFlowAttributeAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_optional.read_from(r),
            3usize => self.requires_verification.read_from(r),
            4usize => self.user_attribute_values.read_from(r),
            5usize => self.user_input_type.read_from(r),
            6usize => self.user_attribute.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_optional);
        w.field(3usize, &self.requires_verification);
        w.field(4usize, &self.user_attribute_values);
        w.field(5usize, &self.user_input_type);
        w.field(6usize, &self.user_attribute);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityUserFlowAttributeAssignment);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlowAttributeAssignment { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_optional is_optional
    : bool; with_requires_verification requires_verification : bool;
    with_user_attribute_values user_attribute_values : ::std::vec::Vec < crate
    ::v1::UserAttributeValuesItem >; with_user_input_type user_input_type : crate
    ::v1::IdentityUserFlowAttributeInputType; with_user_attribute user_attribute : crate
    ::v1::AnyIdentityUserFlowAttribute; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeAssignment);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttributeDataType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IdentityUserFlowAttributeDataType {
    /// `string` (value 1).
    String,
    /// `boolean` (value 2).
    Boolean,
    /// `int64` (value 3).
    Int64,
    /// `stringCollection` (value 4).
    StringCollection,
    /// `dateTime` (value 5).
    DateTime,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for IdentityUserFlowAttributeDataType {
    const TYPE_NAME: &'static str = "microsoft.graph.identityUserFlowAttributeDataType";
    const MEMBERS: &'static [&'static str] = &[
        "string",
        "boolean",
        "int64",
        "stringCollection",
        "dateTime",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "string" => Self::String,
                "boolean" => Self::Boolean,
                "int64" => Self::Int64,
                "stringCollection" => Self::StringCollection,
                "dateTime" => Self::DateTime,
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
            Self::String => "string",
            Self::Boolean => "boolean",
            Self::Int64 => "int64",
            Self::StringCollection => "stringCollection",
            Self::DateTime => "dateTime",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(IdentityUserFlowAttributeDataType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeDataType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttributeInputType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IdentityUserFlowAttributeInputType {
    /// `textBox` (value 1).
    TextBox,
    /// `dateTimeDropdown` (value 2).
    DateTimeDropdown,
    /// `radioSingleSelect` (value 3).
    RadioSingleSelect,
    /// `dropdownSingleSelect` (value 4).
    DropdownSingleSelect,
    /// `emailBox` (value 5).
    EmailBox,
    /// `checkboxMultiSelect` (value 6).
    CheckboxMultiSelect,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for IdentityUserFlowAttributeInputType {
    const TYPE_NAME: &'static str = "microsoft.graph.identityUserFlowAttributeInputType";
    const MEMBERS: &'static [&'static str] = &[
        "textBox",
        "dateTimeDropdown",
        "radioSingleSelect",
        "dropdownSingleSelect",
        "emailBox",
        "checkboxMultiSelect",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "textBox" => Self::TextBox,
                "dateTimeDropdown" => Self::DateTimeDropdown,
                "radioSingleSelect" => Self::RadioSingleSelect,
                "dropdownSingleSelect" => Self::DropdownSingleSelect,
                "emailBox" => Self::EmailBox,
                "checkboxMultiSelect" => Self::CheckboxMultiSelect,
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
            Self::TextBox => "textBox",
            Self::DateTimeDropdown => "dateTimeDropdown",
            Self::RadioSingleSelect => "radioSingleSelect",
            Self::DropdownSingleSelect => "dropdownSingleSelect",
            Self::EmailBox => "emailBox",
            Self::CheckboxMultiSelect => "checkboxMultiSelect",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(IdentityUserFlowAttributeInputType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeInputType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttributeType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IdentityUserFlowAttributeType {
    /// `builtIn` (value 1).
    BuiltIn,
    /// `custom` (value 2).
    Custom,
    /// `required` (value 3).
    Required,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for IdentityUserFlowAttributeType {
    const TYPE_NAME: &'static str = "microsoft.graph.identityUserFlowAttributeType";
    const MEMBERS: &'static [&'static str] = &[
        "builtIn",
        "custom",
        "required",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "builtIn" => Self::BuiltIn,
                "custom" => Self::Custom,
                "required" => Self::Required,
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
            Self::BuiltIn => "builtIn",
            Self::Custom => "custom",
            Self::Required => "required",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(IdentityUserFlowAttributeType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.identityVerifiedIdRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IdentityVerifiedIdRootPath`](requests/trait.IdentityVerifiedIdRootPath.html), what a path to one (`EntityPath<IdentityVerifiedIdRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityVerifiedIdRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `profiles`: `Collection(microsoft.graph.verifiedIdProfile)`, not nullable.
    pub profiles: rt::Field<::std::vec::Vec<crate::v1::VerifiedIdProfile>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityVerifiedIdRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            profiles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityVerifiedIdRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.identityVerifiedIdRoot";
    const KEYS: &'static [&'static str] = &["id", "profiles"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"profiles\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityVerifiedIdRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "profiles", &self.profiles);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityVerifiedIdRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.profiles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.profiles);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityVerifiedIdRoot);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityVerifiedIdRoot { with_id id : ::std::string::String; with_profiles profiles :
    ::std::vec::Vec < crate ::v1::VerifiedIdProfile >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityVerifiedIdRoot);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.image`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Image {
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Image {
    #[inline]
    fn default() -> Self {
        Self {
            height: rt::Field::Absent,
            width: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Image {
    const TYPE_NAME: &'static str = "microsoft.graph.image";
    const KEYS: &'static [&'static str] = &["height", "width"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"height\":                       ",
        ",\"width\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.image\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "height", &self.height);
        v.field(1usize, "width", &self.width);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Image {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.height.read_from(r),
            1usize => self.width.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.height);
        w.field(1usize, &self.width);
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
rt::impl_object!(Image);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(Image { with_height height : i32; with_width width : i32; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Image);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.imageInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ImageInfo {
    /// CSDL: property `addImageQuery`: `Edm.Boolean`, nullable.
    pub add_image_query: rt::Field<bool>,
    /// CSDL: property `alternateText`: `Edm.String`, nullable.
    pub alternate_text: rt::Field<::std::string::String>,
    /// CSDL: property `alternativeText`: `Edm.String`, nullable.
    pub alternative_text: rt::Field<::std::string::String>,
    /// CSDL: property `iconUrl`: `Edm.String`, nullable.
    pub icon_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ImageInfo {
    #[inline]
    fn default() -> Self {
        Self {
            add_image_query: rt::Field::Absent,
            alternate_text: rt::Field::Absent,
            alternative_text: rt::Field::Absent,
            icon_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ImageInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.imageInfo";
    const KEYS: &'static [&'static str] = &[
        "addImageQuery",
        "alternateText",
        "alternativeText",
        "iconUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addImageQuery\":                ",
        ",\"alternateText\":                ",
        ",\"alternativeText\":              ",
        ",\"iconUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.imageInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "add_image_query", &self.add_image_query);
        v.field(1usize, "alternate_text", &self.alternate_text);
        v.field(2usize, "alternative_text", &self.alternative_text);
        v.field(3usize, "icon_url", &self.icon_url);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ImageInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.add_image_query.read_from(r),
            1usize => self.alternate_text.read_from(r),
            2usize => self.alternative_text.read_from(r),
            3usize => self.icon_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.add_image_query);
        w.field(1usize, &self.alternate_text);
        w.field(2usize, &self.alternative_text);
        w.field(3usize, &self.icon_url);
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
rt::impl_object!(ImageInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ImageInfo { with_add_image_query add_image_query : bool; with_alternate_text
    alternate_text : ::std::string::String; with_alternative_text alternative_text :
    ::std::string::String; with_icon_url icon_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImageInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.importance`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Importance {
    /// `low` (value 0).
    Low,
    /// `normal` (value 1).
    Normal,
    /// `high` (value 2).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for Importance {
    const TYPE_NAME: &'static str = "microsoft.graph.importance";
    const MEMBERS: &'static [&'static str] = &["low", "normal", "high"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "low" => Self::Low,
                "normal" => Self::Normal,
                "high" => Self::High,
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
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(Importance);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Importance);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.InnerError`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct InnerError {
    /// Request Id as tracked internally by the service
    ///
    /// CSDL: property `request-id`: `Edm.String`, nullable.
    pub request_id: rt::Field<::std::string::String>,
    /// Client request Id as sent by the client application.
    ///
    /// CSDL: property `client-request-id`: `Edm.String`, nullable.
    pub client_request_id: rt::Field<::std::string::String>,
    /// Date when the error occured.
    ///
    /// CSDL: property `date`: `Edm.DateTimeOffset`, nullable.
    pub date: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for InnerError {
    #[inline]
    fn default() -> Self {
        Self {
            request_id: rt::Field::Absent,
            client_request_id: rt::Field::Absent,
            date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for InnerError {
    const TYPE_NAME: &'static str = "microsoft.graph.InnerError";
    const KEYS: &'static [&'static str] = &["request-id", "client-request-id", "date"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"request-id\":                   ",
        ",\"client-request-id\":            ",
        ",\"date\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.InnerError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "request_id", &self.request_id);
        v.field(1usize, "client_request_id", &self.client_request_id);
        v.field(2usize, "date", &self.date);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for InnerError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.request_id.read_from(r),
            1usize => self.client_request_id.read_from(r),
            2usize => self.date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.request_id);
        w.field(1usize, &self.client_request_id);
        w.field(2usize, &self.date);
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
rt::impl_object!(InnerError);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    InnerError { with_request_id request_id : ::std::string::String;
    with_client_request_id client_request_id : ::std::string::String; with_date date :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(InnerError);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.inboundOutboundPolicyConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InboundOutboundPolicyConfiguration {
    /// CSDL: property `inboundAllowed`: `Edm.Boolean`, nullable.
    pub inbound_allowed: rt::Field<bool>,
    /// CSDL: property `outboundAllowed`: `Edm.Boolean`, nullable.
    pub outbound_allowed: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InboundOutboundPolicyConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            inbound_allowed: rt::Field::Absent,
            outbound_allowed: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InboundOutboundPolicyConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.inboundOutboundPolicyConfiguration";
    const KEYS: &'static [&'static str] = &["inboundAllowed", "outboundAllowed"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"inboundAllowed\":               ",
        ",\"outboundAllowed\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inboundOutboundPolicyConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inbound_allowed", &self.inbound_allowed);
        v.field(1usize, "outbound_allowed", &self.outbound_allowed);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InboundOutboundPolicyConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inbound_allowed.read_from(r),
            1usize => self.outbound_allowed.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inbound_allowed);
        w.field(1usize, &self.outbound_allowed);
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
rt::impl_object!(InboundOutboundPolicyConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InboundOutboundPolicyConfiguration { with_inbound_allowed inbound_allowed : bool;
    with_outbound_allowed outbound_allowed : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InboundOutboundPolicyConfiguration);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.includeAllAccountTargetContent`, complex type, derived from `microsoft.graph.accountTargetContent`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IncludeAllAccountTargetContent {
    /// CSDL: property `type`: `microsoft.graph.accountTargetContentType`, nullable.
    pub type_: rt::Field<crate::v1::AccountTargetContentType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IncludeAllAccountTargetContent {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IncludeAllAccountTargetContent {
    const TYPE_NAME: &'static str = "microsoft.graph.includeAllAccountTargetContent";
    const KEYS: &'static [&'static str] = &["type"];
    const KEYS_JSON: &'static [&'static str] = &[",\"type\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.includeAllAccountTargetContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IncludeAllAccountTargetContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
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
rt::impl_object!(IncludeAllAccountTargetContent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IncludeAllAccountTargetContent { with_type type_ : crate
    ::v1::AccountTargetContentType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncludeAllAccountTargetContent);
#[cfg(msgraph_v1_print)]
/// CSDL: `microsoft.graph.incompatiblePrinterSettings`, enum type.
///
/// Features: `v1` or `v1-print`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IncompatiblePrinterSettings {
    /// `show` (value 0).
    Show,
    /// `hide` (value 1).
    Hide,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_print)]
impl rt::StrEnum for IncompatiblePrinterSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.incompatiblePrinterSettings";
    const MEMBERS: &'static [&'static str] = &["show", "hide", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "show" => Self::Show,
                "hide" => Self::Hide,
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
            Self::Show => "show",
            Self::Hide => "hide",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_print)]
rt::impl_enum!(IncompatiblePrinterSettings);
#[cfg(msgraph_v1_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncompatiblePrinterSettings);
#[cfg(msgraph_v1_information_protection)]
/// CSDL: `microsoft.graph.informationProtection`, entity type.
///
/// Request builders: [`InformationProtectionPath`](requests/trait.InformationProtectionPath.html), what a path to one (`EntityPath<InformationProtection, C>`) dereferences to.
///
/// Features: `v1` or `v1-information-protection`.
#[derive(Clone)]
pub struct InformationProtection {
    /// CSDL: containment navigation property `bitlocker`: `microsoft.graph.bitlocker`, nullable.
    pub bitlocker: rt::Field<crate::v1::Bitlocker>,
    /// CSDL: containment navigation property `threatAssessmentRequests`: `Collection(microsoft.graph.threatAssessmentRequest)`, not nullable.
    pub threat_assessment_requests: rt::Field<
        ::std::vec::Vec<crate::v1::AnyThreatAssessmentRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection)]
impl ::std::default::Default for InformationProtection {
    #[inline]
    fn default() -> Self {
        Self {
            bitlocker: rt::Field::Absent,
            threat_assessment_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection)]
impl rt::Object for InformationProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.informationProtection";
    const KEYS: &'static [&'static str] = &["bitlocker", "threatAssessmentRequests"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bitlocker\":                    ",
        ",\"threatAssessmentRequests\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.informationProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bitlocker", &self.bitlocker);
        v.field(1usize, "threat_assessment_requests", &self.threat_assessment_requests);
    }
}
#[cfg(msgraph_v1_information_protection)]
impl rt::object::Members for InformationProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bitlocker.read_from(r),
            1usize => self.threat_assessment_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bitlocker);
        w.field(1usize, &self.threat_assessment_requests);
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
#[cfg(msgraph_v1_information_protection)]
rt::impl_object!(InformationProtection);
#[cfg(msgraph_v1_information_protection)]
rt::impl_setters!(
    InformationProtection { with_bitlocker bitlocker : crate ::v1::Bitlocker;
    with_threat_assessment_requests threat_assessment_requests : ::std::vec::Vec < crate
    ::v1::AnyThreatAssessmentRequest >; }
);
#[cfg(msgraph_v1_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtection);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.informationalUrl`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationalUrl {
    /// CSDL: property `logoUrl`: `Edm.String`, nullable.
    pub logo_url: rt::Field<::std::string::String>,
    /// CSDL: property `marketingUrl`: `Edm.String`, nullable.
    pub marketing_url: rt::Field<::std::string::String>,
    /// CSDL: property `privacyStatementUrl`: `Edm.String`, nullable.
    pub privacy_statement_url: rt::Field<::std::string::String>,
    /// CSDL: property `supportUrl`: `Edm.String`, nullable.
    pub support_url: rt::Field<::std::string::String>,
    /// CSDL: property `termsOfServiceUrl`: `Edm.String`, nullable.
    pub terms_of_service_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InformationalUrl {
    #[inline]
    fn default() -> Self {
        Self {
            logo_url: rt::Field::Absent,
            marketing_url: rt::Field::Absent,
            privacy_statement_url: rt::Field::Absent,
            support_url: rt::Field::Absent,
            terms_of_service_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InformationalUrl {
    const TYPE_NAME: &'static str = "microsoft.graph.informationalUrl";
    const KEYS: &'static [&'static str] = &[
        "logoUrl",
        "marketingUrl",
        "privacyStatementUrl",
        "supportUrl",
        "termsOfServiceUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"logoUrl\":                      ",
        ",\"marketingUrl\":                 ",
        ",\"privacyStatementUrl\":          ",
        ",\"supportUrl\":                   ",
        ",\"termsOfServiceUrl\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.informationalUrl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "logo_url", &self.logo_url);
        v.field(1usize, "marketing_url", &self.marketing_url);
        v.field(2usize, "privacy_statement_url", &self.privacy_statement_url);
        v.field(3usize, "support_url", &self.support_url);
        v.field(4usize, "terms_of_service_url", &self.terms_of_service_url);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InformationalUrl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.logo_url.read_from(r),
            1usize => self.marketing_url.read_from(r),
            2usize => self.privacy_statement_url.read_from(r),
            3usize => self.support_url.read_from(r),
            4usize => self.terms_of_service_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.logo_url);
        w.field(1usize, &self.marketing_url);
        w.field(2usize, &self.privacy_statement_url);
        w.field(3usize, &self.support_url);
        w.field(4usize, &self.terms_of_service_url);
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
rt::impl_object!(InformationalUrl);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InformationalUrl { with_logo_url logo_url : ::std::string::String; with_marketing_url
    marketing_url : ::std::string::String; with_privacy_statement_url
    privacy_statement_url : ::std::string::String; with_support_url support_url :
    ::std::string::String; with_terms_of_service_url terms_of_service_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationalUrl);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.inheritablePermission`, entity type, key `resourceAppId`.
///
/// Request builders: [`InheritablePermissionPath`](requests/trait.InheritablePermissionPath.html), what a path to one (`EntityPath<InheritablePermission, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InheritablePermission {
    /// CSDL: property `inheritableScopes`: `microsoft.graph.inheritableScopes`, nullable.
    pub inheritable_scopes: rt::Field<crate::v1::AnyInheritableScopes>,
    /// CSDL: property `resourceAppId`: `Edm.String`, not nullable.
    pub resource_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InheritablePermission {
    #[inline]
    fn default() -> Self {
        Self {
            inheritable_scopes: rt::Field::Absent,
            resource_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InheritablePermission {
    const TYPE_NAME: &'static str = "microsoft.graph.inheritablePermission";
    const KEYS: &'static [&'static str] = &["inheritableScopes", "resourceAppId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"inheritableScopes\":            ",
        ",\"resourceAppId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inheritablePermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inheritable_scopes", &self.inheritable_scopes);
        v.field(1usize, "resource_app_id", &self.resource_app_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InheritablePermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inheritable_scopes.read_from(r),
            1usize => self.resource_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inheritable_scopes);
        w.field(1usize, &self.resource_app_id);
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
rt::impl_object!(InheritablePermission);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InheritablePermission { with_inheritable_scopes inheritable_scopes : crate
    ::v1::AnyInheritableScopes; with_resource_app_id resource_app_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InheritablePermission);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.inheritableScopes`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InheritableScopes {
    /// CSDL: property `kind`: `microsoft.graph.scopeCollectionKind`, not nullable.
    pub kind: rt::Field<crate::v1::ScopeCollectionKind>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InheritableScopes {
    #[inline]
    fn default() -> Self {
        Self {
            kind: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InheritableScopes {
    const TYPE_NAME: &'static str = "microsoft.graph.inheritableScopes";
    const KEYS: &'static [&'static str] = &["kind"];
    const KEYS_JSON: &'static [&'static str] = &[",\"kind\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.inheritableScopes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "kind", &self.kind);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InheritableScopes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.kind.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.kind);
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
rt::impl_object!(InheritableScopes);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InheritableScopes { with_kind kind : crate ::v1::ScopeCollectionKind; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InheritableScopes);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.inheritableScopes` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyInheritableScopes {
    InheritableScopes(::std::boxed::Box<crate::v1::InheritableScopes>),
    AllAllowedScopes(::std::boxed::Box<crate::v1::AllAllowedScopes>),
    EnumeratedScopes(::std::boxed::Box<crate::v1::EnumeratedScopes>),
    NoScopes(::std::boxed::Box<crate::v1::NoScopes>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyInheritableScopes {
    #[inline]
    fn default() -> Self {
        Self::InheritableScopes(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InheritableScopes> for AnyInheritableScopes {
    #[inline]
    fn from(v: crate::v1::InheritableScopes) -> Self {
        Self::InheritableScopes(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AllAllowedScopes> for AnyInheritableScopes {
    #[inline]
    fn from(v: crate::v1::AllAllowedScopes) -> Self {
        Self::AllAllowedScopes(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EnumeratedScopes> for AnyInheritableScopes {
    #[inline]
    fn from(v: crate::v1::EnumeratedScopes) -> Self {
        Self::EnumeratedScopes(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::NoScopes> for AnyInheritableScopes {
    #[inline]
    fn from(v: crate::v1::NoScopes) -> Self {
        Self::NoScopes(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyInheritableScopes {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyInheritableScopes {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyInheritableScopes {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyInheritableScopes {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyInheritableScopes {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::InheritableScopes>();
    rt::object::auto_traits::<crate::v1::AllAllowedScopes>();
    rt::object::auto_traits::<crate::v1::EnumeratedScopes>();
    rt::object::auto_traits::<crate::v1::NoScopes>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyInheritableScopes {
    const BASE_NAME: &'static str = "microsoft.graph.inheritableScopes";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.allAllowedScopes") => {
                Self::AllAllowedScopes(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.enumeratedScopes") => {
                Self::EnumeratedScopes(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.noScopes") => {
                Self::NoScopes(rt::object::new_boxed())
            }
            _ => Self::InheritableScopes(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::InheritableScopes(v) => &**v,
            Self::AllAllowedScopes(v) => &**v,
            Self::EnumeratedScopes(v) => &**v,
            Self::NoScopes(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::InheritableScopes(v) => &mut **v,
            Self::AllAllowedScopes(v) => &mut **v,
            Self::EnumeratedScopes(v) => &mut **v,
            Self::NoScopes(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyInheritableScopes {
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
    /// `kind` of any variant.
    #[inline]
    pub fn kind(&self) -> &rt::Field<crate::v1::ScopeCollectionKind> {
        match self {
            Self::InheritableScopes(v) => &v.kind,
            Self::AllAllowedScopes(v) => &v.kind,
            Self::EnumeratedScopes(v) => &v.kind,
            Self::NoScopes(v) => &v.kind,
        }
    }
    /// `kind` of any variant.
    #[inline]
    pub fn kind_mut(&mut self) -> &mut rt::Field<crate::v1::ScopeCollectionKind> {
        match self {
            Self::InheritableScopes(v) => &mut v.kind,
            Self::AllAllowedScopes(v) => &mut v.kind,
            Self::EnumeratedScopes(v) => &mut v.kind,
            Self::NoScopes(v) => &mut v.kind,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyInheritableScopes);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyInheritableScopes);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.insiderRiskLevel`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InsiderRiskLevel {
    /// `none` (value 0).
    None,
    /// `minor` (value 1).
    Minor,
    /// `moderate` (value 2).
    Moderate,
    /// `elevated` (value 3).
    Elevated,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for InsiderRiskLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.insiderRiskLevel";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "minor",
        "moderate",
        "elevated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "minor" => Self::Minor,
                "moderate" => Self::Moderate,
                "elevated" => Self::Elevated,
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
            Self::None => "none",
            Self::Minor => "minor",
            Self::Moderate => "moderate",
            Self::Elevated => "elevated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(InsiderRiskLevel);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsiderRiskLevel);
#[cfg(msgraph_v1_device_management_or_search)]
/// The value in an user experience analytics insight.
///
/// CSDL: `microsoft.graph.insightValueDouble`, complex type, derived from `microsoft.graph.userExperienceAnalyticsInsightValue`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct InsightValueDouble {
    /// The double value of the user experience analytics insight.
    ///
    /// CSDL: property `value`: `Edm.Double`, not nullable.
    pub value: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for InsightValueDouble {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for InsightValueDouble {
    const TYPE_NAME: &'static str = "microsoft.graph.insightValueDouble";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.insightValueDouble\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for InsightValueDouble {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(InsightValueDouble);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(InsightValueDouble { with_value value : f64; });
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsightValueDouble);
#[cfg(msgraph_v1_device_management_or_search)]
/// The value in an user experience analytics insight.
///
/// CSDL: `microsoft.graph.insightValueInt`, complex type, derived from `microsoft.graph.userExperienceAnalyticsInsightValue`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct InsightValueInt {
    /// The int value of the user experience analytics insight.
    ///
    /// CSDL: property `value`: `Edm.Int32`, not nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for InsightValueInt {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for InsightValueInt {
    const TYPE_NAME: &'static str = "microsoft.graph.insightValueInt";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.insightValueInt\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for InsightValueInt {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(InsightValueInt);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(InsightValueInt { with_value value : i32; });
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsightValueInt);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.insightsSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct InsightsSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `disabledForGroup`: `Edm.String`, nullable.
    pub disabled_for_group: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabledInOrganization`: `Edm.Boolean`, nullable.
    pub is_enabled_in_organization: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for InsightsSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            disabled_for_group: rt::Field::Absent,
            is_enabled_in_organization: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for InsightsSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.insightsSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "disabledForGroup",
        "isEnabledInOrganization",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"disabledForGroup\":             ",
        ",\"isEnabledInOrganization\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.insightsSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "disabled_for_group", &self.disabled_for_group);
        v.field(2usize, "is_enabled_in_organization", &self.is_enabled_in_organization);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for InsightsSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.disabled_for_group.read_from(r),
            2usize => self.is_enabled_in_organization.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.disabled_for_group);
        w.field(2usize, &self.is_enabled_in_organization);
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
rt::impl_object!(InsightsSettings);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    InsightsSettings { with_id id : ::std::string::String; with_disabled_for_group
    disabled_for_group : ::std::string::String; with_is_enabled_in_organization
    is_enabled_in_organization : bool; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsightsSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Possible values for the install intent chosen by the admin.
///
/// CSDL: `microsoft.graph.installIntent`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstallIntent {
    /// Available install intent.
    ///
    /// `available` (value 0).
    Available,
    /// Required install intent.
    ///
    /// `required` (value 1).
    Required,
    /// Uninstall install intent.
    ///
    /// `uninstall` (value 2).
    Uninstall,
    /// Available without enrollment install intent.
    ///
    /// `availableWithoutEnrollment` (value 3).
    AvailableWithoutEnrollment,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for InstallIntent {
    const TYPE_NAME: &'static str = "microsoft.graph.installIntent";
    const MEMBERS: &'static [&'static str] = &[
        "available",
        "required",
        "uninstall",
        "availableWithoutEnrollment",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "available" => Self::Available,
                "required" => Self::Required,
                "uninstall" => Self::Uninstall,
                "availableWithoutEnrollment" => Self::AvailableWithoutEnrollment,
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
            Self::Available => "available",
            Self::Required => "required",
            Self::Uninstall => "uninstall",
            Self::AvailableWithoutEnrollment => "availableWithoutEnrollment",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(InstallIntent);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InstallIntent);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Possible values for install state.
///
/// CSDL: `microsoft.graph.installState`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstallState {
    /// Not Applicable.
    ///
    /// `notApplicable` (value 0).
    NotApplicable,
    /// Installed.
    ///
    /// `installed` (value 1).
    Installed,
    /// Failed.
    ///
    /// `failed` (value 2).
    Failed,
    /// Not Installed.
    ///
    /// `notInstalled` (value 3).
    NotInstalled,
    /// Uninstall Failed.
    ///
    /// `uninstallFailed` (value 4).
    UninstallFailed,
    /// Unknown.
    ///
    /// `unknown` (value 5).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for InstallState {
    const TYPE_NAME: &'static str = "microsoft.graph.installState";
    const MEMBERS: &'static [&'static str] = &[
        "notApplicable",
        "installed",
        "failed",
        "notInstalled",
        "uninstallFailed",
        "unknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notApplicable" => Self::NotApplicable,
                "installed" => Self::Installed,
                "failed" => Self::Failed,
                "notInstalled" => Self::NotInstalled,
                "uninstallFailed" => Self::UninstallFailed,
                "unknown" => Self::Unknown,
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
            Self::NotApplicable => "notApplicable",
            Self::Installed => "installed",
            Self::Failed => "failed",
            Self::NotInstalled => "notInstalled",
            Self::UninstallFailed => "uninstallFailed",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(InstallState);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InstallState);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.integerRange`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IntegerRange {
    /// CSDL: property `end`: `Edm.Int64`, nullable.
    pub end: rt::Field<i64>,
    /// CSDL: property `start`: `Edm.Int64`, nullable.
    pub start: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for IntegerRange {
    #[inline]
    fn default() -> Self {
        Self {
            end: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for IntegerRange {
    const TYPE_NAME: &'static str = "microsoft.graph.integerRange";
    const KEYS: &'static [&'static str] = &["end", "start"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"end\":                          ",
        ",\"start\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.integerRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end", &self.end);
        v.field(1usize, "start", &self.start);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for IntegerRange {
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(IntegerRange);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(IntegerRange { with_end end : i64; with_start start : i64; });
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntegerRange);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// CSDL: `microsoft.graph.internalDomainFederation`, entity type, derived from `microsoft.graph.samlOrWsFedProvider`, key `id`.
///
/// Request builders: [`InternalDomainFederationPath`](requests/trait.InternalDomainFederationPath.html), what a path to one (`EntityPath<InternalDomainFederation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct InternalDomainFederation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `issuerUri`: `Edm.String`, nullable.
    pub issuer_uri: rt::Field<::std::string::String>,
    /// CSDL: property `metadataExchangeUri`: `Edm.String`, nullable.
    pub metadata_exchange_uri: rt::Field<::std::string::String>,
    /// CSDL: property `passiveSignInUri`: `Edm.String`, nullable.
    pub passive_sign_in_uri: rt::Field<::std::string::String>,
    /// CSDL: property `preferredAuthenticationProtocol`: `microsoft.graph.authenticationProtocol`, nullable.
    pub preferred_authentication_protocol: rt::Field<crate::v1::AuthenticationProtocol>,
    /// CSDL: property `signingCertificate`: `Edm.String`, nullable.
    pub signing_certificate: rt::Field<::std::string::String>,
    /// CSDL: property `activeSignInUri`: `Edm.String`, nullable.
    pub active_sign_in_uri: rt::Field<::std::string::String>,
    /// CSDL: property `federatedIdpMfaBehavior`: `microsoft.graph.federatedIdpMfaBehavior`, nullable.
    pub federated_idp_mfa_behavior: rt::Field<crate::v1::FederatedIdpMfaBehavior>,
    /// CSDL: property `isSignedAuthenticationRequestRequired`: `Edm.Boolean`, nullable.
    pub is_signed_authentication_request_required: rt::Field<bool>,
    /// CSDL: property `nextSigningCertificate`: `Edm.String`, nullable.
    pub next_signing_certificate: rt::Field<::std::string::String>,
    /// CSDL: property `passwordResetUri`: `Edm.String`, nullable.
    pub password_reset_uri: rt::Field<::std::string::String>,
    /// CSDL: property `promptLoginBehavior`: `microsoft.graph.promptLoginBehavior`, nullable.
    pub prompt_login_behavior: rt::Field<crate::v1::PromptLoginBehavior>,
    /// CSDL: property `signingCertificateUpdateStatus`: `microsoft.graph.signingCertificateUpdateStatus`, nullable.
    pub signing_certificate_update_status: rt::Field<
        crate::v1::SigningCertificateUpdateStatus,
    >,
    /// CSDL: property `signOutUri`: `Edm.String`, nullable.
    pub sign_out_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::default::Default for InternalDomainFederation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            issuer_uri: rt::Field::Absent,
            metadata_exchange_uri: rt::Field::Absent,
            passive_sign_in_uri: rt::Field::Absent,
            preferred_authentication_protocol: rt::Field::Absent,
            signing_certificate: rt::Field::Absent,
            active_sign_in_uri: rt::Field::Absent,
            federated_idp_mfa_behavior: rt::Field::Absent,
            is_signed_authentication_request_required: rt::Field::Absent,
            next_signing_certificate: rt::Field::Absent,
            password_reset_uri: rt::Field::Absent,
            prompt_login_behavior: rt::Field::Absent,
            signing_certificate_update_status: rt::Field::Absent,
            sign_out_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::Object for InternalDomainFederation {
    const TYPE_NAME: &'static str = "microsoft.graph.internalDomainFederation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "issuerUri",
        "metadataExchangeUri",
        "passiveSignInUri",
        "preferredAuthenticationProtocol",
        "signingCertificate",
        "activeSignInUri",
        "federatedIdpMfaBehavior",
        "isSignedAuthenticationRequestRequired",
        "nextSigningCertificate",
        "passwordResetUri",
        "promptLoginBehavior",
        "signingCertificateUpdateStatus",
        "signOutUri",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"issuerUri\":                    ",
        ",\"metadataExchangeUri\":          ",
        ",\"passiveSignInUri\":             ",
        ",\"preferredAuthenticationProtocol\":",
        ",\"signingCertificate\":           ",
        ",\"activeSignInUri\":              ",
        ",\"federatedIdpMfaBehavior\":      ",
        ",\"isSignedAuthenticationRequestRequired\":",
        ",\"nextSigningCertificate\":       ",
        ",\"passwordResetUri\":             ",
        ",\"promptLoginBehavior\":          ",
        ",\"signingCertificateUpdateStatus\":",
        ",\"signOutUri\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.internalDomainFederation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "issuer_uri", &self.issuer_uri);
        v.field(3usize, "metadata_exchange_uri", &self.metadata_exchange_uri);
        v.field(4usize, "passive_sign_in_uri", &self.passive_sign_in_uri);
        v.field(
            5usize,
            "preferred_authentication_protocol",
            &self.preferred_authentication_protocol,
        );
        v.field(6usize, "signing_certificate", &self.signing_certificate);
        v.field(7usize, "active_sign_in_uri", &self.active_sign_in_uri);
        v.field(8usize, "federated_idp_mfa_behavior", &self.federated_idp_mfa_behavior);
        v.field(
            9usize,
            "is_signed_authentication_request_required",
            &self.is_signed_authentication_request_required,
        );
        v.field(10usize, "next_signing_certificate", &self.next_signing_certificate);
        v.field(11usize, "password_reset_uri", &self.password_reset_uri);
        v.field(12usize, "prompt_login_behavior", &self.prompt_login_behavior);
        v.field(
            13usize,
            "signing_certificate_update_status",
            &self.signing_certificate_update_status,
        );
        v.field(14usize, "sign_out_uri", &self.sign_out_uri);
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::object::Members for InternalDomainFederation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.issuer_uri.read_from(r),
            3usize => self.metadata_exchange_uri.read_from(r),
            4usize => self.passive_sign_in_uri.read_from(r),
            5usize => self.preferred_authentication_protocol.read_from(r),
            6usize => self.signing_certificate.read_from(r),
            7usize => self.active_sign_in_uri.read_from(r),
            8usize => self.federated_idp_mfa_behavior.read_from(r),
            9usize => self.is_signed_authentication_request_required.read_from(r),
            10usize => self.next_signing_certificate.read_from(r),
            11usize => self.password_reset_uri.read_from(r),
            12usize => self.prompt_login_behavior.read_from(r),
            13usize => self.signing_certificate_update_status.read_from(r),
            14usize => self.sign_out_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.issuer_uri);
        w.field(3usize, &self.metadata_exchange_uri);
        w.field(4usize, &self.passive_sign_in_uri);
        w.field(5usize, &self.preferred_authentication_protocol);
        w.field(6usize, &self.signing_certificate);
        w.field(7usize, &self.active_sign_in_uri);
        w.field(8usize, &self.federated_idp_mfa_behavior);
        w.field(9usize, &self.is_signed_authentication_request_required);
        w.field(10usize, &self.next_signing_certificate);
        w.field(11usize, &self.password_reset_uri);
        w.field(12usize, &self.prompt_login_behavior);
        w.field(13usize, &self.signing_certificate_update_status);
        w.field(14usize, &self.sign_out_uri);
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
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_object!(InternalDomainFederation);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_setters!(
    InternalDomainFederation { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_issuer_uri issuer_uri :
    ::std::string::String; with_metadata_exchange_uri metadata_exchange_uri :
    ::std::string::String; with_passive_sign_in_uri passive_sign_in_uri :
    ::std::string::String; with_preferred_authentication_protocol
    preferred_authentication_protocol : crate ::v1::AuthenticationProtocol;
    with_signing_certificate signing_certificate : ::std::string::String;
    with_active_sign_in_uri active_sign_in_uri : ::std::string::String;
    with_federated_idp_mfa_behavior federated_idp_mfa_behavior : crate
    ::v1::FederatedIdpMfaBehavior; with_is_signed_authentication_request_required
    is_signed_authentication_request_required : bool; with_next_signing_certificate
    next_signing_certificate : ::std::string::String; with_password_reset_uri
    password_reset_uri : ::std::string::String; with_prompt_login_behavior
    prompt_login_behavior : crate ::v1::PromptLoginBehavior;
    with_signing_certificate_update_status signing_certificate_update_status : crate
    ::v1::SigningCertificateUpdateStatus; with_sign_out_uri sign_out_uri :
    ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternalDomainFederation);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.internetExplorerMode`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InternetExplorerModePath`](requests/trait.InternetExplorerModePath.html), what a path to one (`EntityPath<InternetExplorerMode, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct InternetExplorerMode {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `siteLists`: `Collection(microsoft.graph.browserSiteList)`, not nullable.
    pub site_lists: rt::Field<::std::vec::Vec<crate::v1::BrowserSiteList>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for InternetExplorerMode {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            site_lists: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for InternetExplorerMode {
    const TYPE_NAME: &'static str = "microsoft.graph.internetExplorerMode";
    const KEYS: &'static [&'static str] = &["id", "siteLists"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"siteLists\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.internetExplorerMode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "site_lists", &self.site_lists);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for InternetExplorerMode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.site_lists.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.site_lists);
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
rt::impl_object!(InternetExplorerMode);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    InternetExplorerMode { with_id id : ::std::string::String; with_site_lists site_lists
    : ::std::vec::Vec < crate ::v1::BrowserSiteList >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternetExplorerMode);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.internetMessageHeader`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InternetMessageHeader {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InternetMessageHeader {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InternetMessageHeader {
    const TYPE_NAME: &'static str = "microsoft.graph.internetMessageHeader";
    const KEYS: &'static [&'static str] = &["name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.internetMessageHeader\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InternetMessageHeader {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(InternetMessageHeader);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InternetMessageHeader { with_name name : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternetMessageHeader);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for internet site security level.
///
/// CSDL: `microsoft.graph.internetSiteSecurityLevel`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InternetSiteSecurityLevel {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Medium.
    ///
    /// `medium` (value 1).
    Medium,
    /// Medium-High.
    ///
    /// `mediumHigh` (value 2).
    MediumHigh,
    /// High.
    ///
    /// `high` (value 3).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for InternetSiteSecurityLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.internetSiteSecurityLevel";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "medium",
        "mediumHigh",
        "high",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "medium" => Self::Medium,
                "mediumHigh" => Self::MediumHigh,
                "high" => Self::High,
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
            Self::Medium => "medium",
            Self::MediumHigh => "mediumHigh",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(InternetSiteSecurityLevel);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternetSiteSecurityLevel);
#[cfg(msgraph_v1_device_management_or_search)]
/// intuneBrand contains data which is used in customizing the appearance of the Company Portal applications as well as the end user web portal.
///
/// CSDL: `microsoft.graph.intuneBrand`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IntuneBrand {
    /// Email address of the person/organization responsible for IT support.
    ///
    /// CSDL: property `contactITEmailAddress`: `Edm.String`, nullable.
    pub contact_it_email_address: rt::Field<::std::string::String>,
    /// Name of the person/organization responsible for IT support.
    ///
    /// CSDL: property `contactITName`: `Edm.String`, nullable.
    pub contact_it_name: rt::Field<::std::string::String>,
    /// Text comments regarding the person/organization responsible for IT support.
    ///
    /// CSDL: property `contactITNotes`: `Edm.String`, nullable.
    pub contact_it_notes: rt::Field<::std::string::String>,
    /// Phone number of the person/organization responsible for IT support.
    ///
    /// CSDL: property `contactITPhoneNumber`: `Edm.String`, nullable.
    pub contact_it_phone_number: rt::Field<::std::string::String>,
    /// Logo image displayed in Company Portal apps which have a dark background behind the logo.
    ///
    /// CSDL: property `darkBackgroundLogo`: `microsoft.graph.mimeContent`, nullable.
    pub dark_background_logo: rt::Field<crate::v1::MimeContent>,
    /// Company/organization name that is displayed to end users.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Logo image displayed in Company Portal apps which have a light background behind the logo.
    ///
    /// CSDL: property `lightBackgroundLogo`: `microsoft.graph.mimeContent`, nullable.
    pub light_background_logo: rt::Field<crate::v1::MimeContent>,
    /// Display name of the company/organization’s IT helpdesk site.
    ///
    /// CSDL: property `onlineSupportSiteName`: `Edm.String`, nullable.
    pub online_support_site_name: rt::Field<::std::string::String>,
    /// URL to the company/organization’s IT helpdesk site.
    ///
    /// CSDL: property `onlineSupportSiteUrl`: `Edm.String`, nullable.
    pub online_support_site_url: rt::Field<::std::string::String>,
    /// URL to the company/organization’s privacy policy.
    ///
    /// CSDL: property `privacyUrl`: `Edm.String`, nullable.
    pub privacy_url: rt::Field<::std::string::String>,
    /// Boolean that represents whether the administrator-supplied display name will be shown next to the logo image.
    ///
    /// CSDL: property `showDisplayNameNextToLogo`: `Edm.Boolean`, not nullable.
    pub show_display_name_next_to_logo: rt::Field<bool>,
    /// Boolean that represents whether the administrator-supplied logo images are shown or not shown.
    ///
    /// CSDL: property `showLogo`: `Edm.Boolean`, not nullable.
    pub show_logo: rt::Field<bool>,
    /// Boolean that represents whether the administrator-supplied display name will be shown next to the logo image.
    ///
    /// CSDL: property `showNameNextToLogo`: `Edm.Boolean`, not nullable.
    pub show_name_next_to_logo: rt::Field<bool>,
    /// Primary theme color used in the Company Portal applications and web portal.
    ///
    /// CSDL: property `themeColor`: `microsoft.graph.rgbColor`, nullable.
    pub theme_color: rt::Field<crate::v1::RgbColor>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IntuneBrand {
    #[inline]
    fn default() -> Self {
        Self {
            contact_it_email_address: rt::Field::Absent,
            contact_it_name: rt::Field::Absent,
            contact_it_notes: rt::Field::Absent,
            contact_it_phone_number: rt::Field::Absent,
            dark_background_logo: rt::Field::Absent,
            display_name: rt::Field::Absent,
            light_background_logo: rt::Field::Absent,
            online_support_site_name: rt::Field::Absent,
            online_support_site_url: rt::Field::Absent,
            privacy_url: rt::Field::Absent,
            show_display_name_next_to_logo: rt::Field::Absent,
            show_logo: rt::Field::Absent,
            show_name_next_to_logo: rt::Field::Absent,
            theme_color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IntuneBrand {
    const TYPE_NAME: &'static str = "microsoft.graph.intuneBrand";
    const KEYS: &'static [&'static str] = &[
        "contactITEmailAddress",
        "contactITName",
        "contactITNotes",
        "contactITPhoneNumber",
        "darkBackgroundLogo",
        "displayName",
        "lightBackgroundLogo",
        "onlineSupportSiteName",
        "onlineSupportSiteUrl",
        "privacyUrl",
        "showDisplayNameNextToLogo",
        "showLogo",
        "showNameNextToLogo",
        "themeColor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contactITEmailAddress\":        ",
        ",\"contactITName\":                ",
        ",\"contactITNotes\":               ",
        ",\"contactITPhoneNumber\":         ",
        ",\"darkBackgroundLogo\":           ",
        ",\"displayName\":                  ",
        ",\"lightBackgroundLogo\":          ",
        ",\"onlineSupportSiteName\":        ",
        ",\"onlineSupportSiteUrl\":         ",
        ",\"privacyUrl\":                   ",
        ",\"showDisplayNameNextToLogo\":    ",
        ",\"showLogo\":                     ",
        ",\"showNameNextToLogo\":           ",
        ",\"themeColor\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.intuneBrand\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "contact_it_email_address", &self.contact_it_email_address);
        v.field(1usize, "contact_it_name", &self.contact_it_name);
        v.field(2usize, "contact_it_notes", &self.contact_it_notes);
        v.field(3usize, "contact_it_phone_number", &self.contact_it_phone_number);
        v.field(4usize, "dark_background_logo", &self.dark_background_logo);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "light_background_logo", &self.light_background_logo);
        v.field(7usize, "online_support_site_name", &self.online_support_site_name);
        v.field(8usize, "online_support_site_url", &self.online_support_site_url);
        v.field(9usize, "privacy_url", &self.privacy_url);
        v.field(
            10usize,
            "show_display_name_next_to_logo",
            &self.show_display_name_next_to_logo,
        );
        v.field(11usize, "show_logo", &self.show_logo);
        v.field(12usize, "show_name_next_to_logo", &self.show_name_next_to_logo);
        v.field(13usize, "theme_color", &self.theme_color);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IntuneBrand {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.contact_it_email_address.read_from(r),
            1usize => self.contact_it_name.read_from(r),
            2usize => self.contact_it_notes.read_from(r),
            3usize => self.contact_it_phone_number.read_from(r),
            4usize => self.dark_background_logo.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.light_background_logo.read_from(r),
            7usize => self.online_support_site_name.read_from(r),
            8usize => self.online_support_site_url.read_from(r),
            9usize => self.privacy_url.read_from(r),
            10usize => self.show_display_name_next_to_logo.read_from(r),
            11usize => self.show_logo.read_from(r),
            12usize => self.show_name_next_to_logo.read_from(r),
            13usize => self.theme_color.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.contact_it_email_address);
        w.field(1usize, &self.contact_it_name);
        w.field(2usize, &self.contact_it_notes);
        w.field(3usize, &self.contact_it_phone_number);
        w.field(4usize, &self.dark_background_logo);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.light_background_logo);
        w.field(7usize, &self.online_support_site_name);
        w.field(8usize, &self.online_support_site_url);
        w.field(9usize, &self.privacy_url);
        w.field(10usize, &self.show_display_name_next_to_logo);
        w.field(11usize, &self.show_logo);
        w.field(12usize, &self.show_name_next_to_logo);
        w.field(13usize, &self.theme_color);
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
rt::impl_object!(IntuneBrand);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IntuneBrand { with_contact_it_email_address contact_it_email_address :
    ::std::string::String; with_contact_it_name contact_it_name : ::std::string::String;
    with_contact_it_notes contact_it_notes : ::std::string::String;
    with_contact_it_phone_number contact_it_phone_number : ::std::string::String;
    with_dark_background_logo dark_background_logo : crate ::v1::MimeContent;
    with_display_name display_name : ::std::string::String; with_light_background_logo
    light_background_logo : crate ::v1::MimeContent; with_online_support_site_name
    online_support_site_name : ::std::string::String; with_online_support_site_url
    online_support_site_url : ::std::string::String; with_privacy_url privacy_url :
    ::std::string::String; with_show_display_name_next_to_logo
    show_display_name_next_to_logo : bool; with_show_logo show_logo : bool;
    with_show_name_next_to_logo show_name_next_to_logo : bool; with_theme_color
    theme_color : crate ::v1::RgbColor; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntuneBrand);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.invitationRedemptionIdentityProviderConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InvitationRedemptionIdentityProviderConfiguration {
    /// CSDL: property `fallbackIdentityProvider`: `microsoft.graph.b2bIdentityProvidersType`, nullable.
    pub fallback_identity_provider: rt::Field<crate::v1::B2bIdentityProvidersType>,
    /// CSDL: property `primaryIdentityProviderPrecedenceOrder`: `Collection(microsoft.graph.b2bIdentityProvidersType)`, nullable.
    pub primary_identity_provider_precedence_order: rt::Field<
        ::std::vec::Vec<crate::v1::B2bIdentityProvidersType>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InvitationRedemptionIdentityProviderConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            fallback_identity_provider: rt::Field::Absent,
            primary_identity_provider_precedence_order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InvitationRedemptionIdentityProviderConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.invitationRedemptionIdentityProviderConfiguration";
    const KEYS: &'static [&'static str] = &[
        "fallbackIdentityProvider",
        "primaryIdentityProviderPrecedenceOrder",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fallbackIdentityProvider\":     ",
        ",\"primaryIdentityProviderPrecedenceOrder\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invitationRedemptionIdentityProviderConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fallback_identity_provider", &self.fallback_identity_provider);
        v.field(
            1usize,
            "primary_identity_provider_precedence_order",
            &self.primary_identity_provider_precedence_order,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InvitationRedemptionIdentityProviderConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fallback_identity_provider.read_from(r),
            1usize => self.primary_identity_provider_precedence_order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fallback_identity_provider);
        w.field(1usize, &self.primary_identity_provider_precedence_order);
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
rt::impl_object!(InvitationRedemptionIdentityProviderConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InvitationRedemptionIdentityProviderConfiguration { with_fallback_identity_provider
    fallback_identity_provider : crate ::v1::B2bIdentityProvidersType;
    with_primary_identity_provider_precedence_order
    primary_identity_provider_precedence_order : ::std::vec::Vec < crate
    ::v1::B2bIdentityProvidersType >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InvitationRedemptionIdentityProviderConfiguration);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.invitationRedemptionIdentityProviderConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyInvitationRedemptionIdentityProviderConfiguration {
    InvitationRedemptionIdentityProviderConfiguration(
        ::std::boxed::Box<crate::v1::InvitationRedemptionIdentityProviderConfiguration>,
    ),
    DefaultInvitationRedemptionIdentityProviderConfiguration(
        ::std::boxed::Box<
            crate::v1::DefaultInvitationRedemptionIdentityProviderConfiguration,
        >,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyInvitationRedemptionIdentityProviderConfiguration {
    #[inline]
    fn default() -> Self {
        Self::InvitationRedemptionIdentityProviderConfiguration(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InvitationRedemptionIdentityProviderConfiguration>
for AnyInvitationRedemptionIdentityProviderConfiguration {
    #[inline]
    fn from(v: crate::v1::InvitationRedemptionIdentityProviderConfiguration) -> Self {
        Self::InvitationRedemptionIdentityProviderConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::DefaultInvitationRedemptionIdentityProviderConfiguration,
> for AnyInvitationRedemptionIdentityProviderConfiguration {
    #[inline]
    fn from(
        v: crate::v1::DefaultInvitationRedemptionIdentityProviderConfiguration,
    ) -> Self {
        Self::DefaultInvitationRedemptionIdentityProviderConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send
for AnyInvitationRedemptionIdentityProviderConfiguration {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync
for AnyInvitationRedemptionIdentityProviderConfiguration {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyInvitationRedemptionIdentityProviderConfiguration {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyInvitationRedemptionIdentityProviderConfiguration {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe
for AnyInvitationRedemptionIdentityProviderConfiguration {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<
        crate::v1::InvitationRedemptionIdentityProviderConfiguration,
    >();
    rt::object::auto_traits::<
        crate::v1::DefaultInvitationRedemptionIdentityProviderConfiguration,
    >();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyInvitationRedemptionIdentityProviderConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.invitationRedemptionIdentityProviderConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.defaultInvitationRedemptionIdentityProviderConfiguration",
            ) => {
                Self::DefaultInvitationRedemptionIdentityProviderConfiguration(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::InvitationRedemptionIdentityProviderConfiguration(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::InvitationRedemptionIdentityProviderConfiguration(v) => &**v,
            Self::DefaultInvitationRedemptionIdentityProviderConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::InvitationRedemptionIdentityProviderConfiguration(v) => &mut **v,
            Self::DefaultInvitationRedemptionIdentityProviderConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyInvitationRedemptionIdentityProviderConfiguration {
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
    /// `fallbackIdentityProvider` of any variant.
    #[inline]
    pub fn fallback_identity_provider(
        &self,
    ) -> &rt::Field<crate::v1::B2bIdentityProvidersType> {
        match self {
            Self::InvitationRedemptionIdentityProviderConfiguration(v) => {
                &v.fallback_identity_provider
            }
            Self::DefaultInvitationRedemptionIdentityProviderConfiguration(v) => {
                &v.fallback_identity_provider
            }
        }
    }
    /// `fallbackIdentityProvider` of any variant.
    #[inline]
    pub fn fallback_identity_provider_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::B2bIdentityProvidersType> {
        match self {
            Self::InvitationRedemptionIdentityProviderConfiguration(v) => {
                &mut v.fallback_identity_provider
            }
            Self::DefaultInvitationRedemptionIdentityProviderConfiguration(v) => {
                &mut v.fallback_identity_provider
            }
        }
    }
    /// `primaryIdentityProviderPrecedenceOrder` of any variant.
    #[inline]
    pub fn primary_identity_provider_precedence_order(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::B2bIdentityProvidersType>> {
        match self {
            Self::InvitationRedemptionIdentityProviderConfiguration(v) => {
                &v.primary_identity_provider_precedence_order
            }
            Self::DefaultInvitationRedemptionIdentityProviderConfiguration(v) => {
                &v.primary_identity_provider_precedence_order
            }
        }
    }
    /// `primaryIdentityProviderPrecedenceOrder` of any variant.
    #[inline]
    pub fn primary_identity_provider_precedence_order_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::B2bIdentityProvidersType>> {
        match self {
            Self::InvitationRedemptionIdentityProviderConfiguration(v) => {
                &mut v.primary_identity_provider_precedence_order
            }
            Self::DefaultInvitationRedemptionIdentityProviderConfiguration(v) => {
                &mut v.primary_identity_provider_precedence_order
            }
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyInvitationRedemptionIdentityProviderConfiguration);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyInvitationRedemptionIdentityProviderConfiguration);
#[cfg(msgraph_v1_invitations_or_search)]
/// CSDL: `microsoft.graph.invitedUserMessageInfo`, complex type.
///
/// Features: `v1`, or one of `v1-invitations`, `v1-search`.
#[derive(Clone)]
pub struct InvitedUserMessageInfo {
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `customizedMessageBody`: `Edm.String`, nullable.
    pub customized_message_body: rt::Field<::std::string::String>,
    /// CSDL: property `messageLanguage`: `Edm.String`, nullable.
    pub message_language: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_invitations_or_search)]
impl ::std::default::Default for InvitedUserMessageInfo {
    #[inline]
    fn default() -> Self {
        Self {
            cc_recipients: rt::Field::Absent,
            customized_message_body: rt::Field::Absent,
            message_language: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_invitations_or_search)]
impl rt::Object for InvitedUserMessageInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.invitedUserMessageInfo";
    const KEYS: &'static [&'static str] = &[
        "ccRecipients",
        "customizedMessageBody",
        "messageLanguage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ccRecipients\":                 ",
        ",\"customizedMessageBody\":        ",
        ",\"messageLanguage\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invitedUserMessageInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cc_recipients", &self.cc_recipients);
        v.field(1usize, "customized_message_body", &self.customized_message_body);
        v.field(2usize, "message_language", &self.message_language);
    }
}
#[cfg(msgraph_v1_invitations_or_search)]
impl rt::object::Members for InvitedUserMessageInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cc_recipients.read_from(r),
            1usize => self.customized_message_body.read_from(r),
            2usize => self.message_language.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cc_recipients);
        w.field(1usize, &self.customized_message_body);
        w.field(2usize, &self.message_language);
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
#[cfg(msgraph_v1_invitations_or_search)]
rt::impl_object!(InvitedUserMessageInfo);
#[cfg(msgraph_v1_invitations_or_search)]
rt::impl_setters!(
    InvitedUserMessageInfo { with_cc_recipients cc_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_customized_message_body customized_message_body :
    ::std::string::String; with_message_language message_language :
    ::std::string::String; }
);
#[cfg(msgraph_v1_invitations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InvitedUserMessageInfo);
