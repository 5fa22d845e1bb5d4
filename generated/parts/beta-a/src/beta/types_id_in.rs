//! Types of `microsoft.graph` by the first letters of their names (`id_in`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityApiConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IdentityApiConnectorPath`](requests/trait.IdentityApiConnectorPath.html), what a path to one (`EntityPath<IdentityApiConnector, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IdentityApiConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.apiAuthenticationConfigurationBase`, nullable.
    pub authentication_configuration: rt::Field<
        crate::beta::AnyApiAuthenticationConfigurationBase,
    >,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetUrl`: `Edm.String`, nullable.
    pub target_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityApiConnector);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityApiConnector { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::beta::AnyApiAuthenticationConfigurationBase; with_display_name display_name :
    ::std::string::String; with_target_url target_url : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityApiConnector);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityBuiltInUserFlowAttribute`, entity type, derived from `microsoft.graph.identityUserFlowAttribute`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IdentityBuiltInUserFlowAttribute {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `dataType`: `microsoft.graph.identityUserFlowAttributeDataType`, not nullable.
    pub data_type: rt::Field<crate::beta::IdentityUserFlowAttributeDataType>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowAttributeType`: `microsoft.graph.identityUserFlowAttributeType`, not nullable.
    pub user_flow_attribute_type: rt::Field<crate::beta::IdentityUserFlowAttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityBuiltInUserFlowAttribute);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityBuiltInUserFlowAttribute { with_id id : ::std::string::String; with_data_type
    data_type : crate ::beta::IdentityUserFlowAttributeDataType; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_user_flow_attribute_type user_flow_attribute_type : crate
    ::beta::IdentityUserFlowAttributeType; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityBuiltInUserFlowAttribute);
#[cfg(msgraph_beta_identity)]
/// CSDL: `microsoft.graph.identityContainer`, entity type.
///
/// Request builders: [`IdentityContainerPath`](requests/trait.IdentityContainerPath.html), what a path to one (`EntityPath<IdentityContainer, C>`) dereferences to.
///
/// Features: `beta` or `beta-identity`.
#[derive(Clone)]
pub struct IdentityContainer {
    /// CSDL: containment navigation property `conditionalAccess`: `microsoft.graph.conditionalAccessRoot`, nullable.
    pub conditional_access: rt::Field<crate::beta::ConditionalAccessRoot>,
    /// CSDL: containment navigation property `apiConnectors`: `Collection(microsoft.graph.identityApiConnector)`, not nullable.
    pub api_connectors: rt::Field<::std::vec::Vec<crate::beta::IdentityApiConnector>>,
    /// CSDL: containment navigation property `b2cUserFlows`: `Collection(microsoft.graph.b2cIdentityUserFlow)`, not nullable.
    pub b2c_user_flows: rt::Field<::std::vec::Vec<crate::beta::B2cIdentityUserFlow>>,
    /// CSDL: containment navigation property `b2xUserFlows`: `Collection(microsoft.graph.b2xIdentityUserFlow)`, not nullable.
    pub b2x_user_flows: rt::Field<::std::vec::Vec<crate::beta::B2xIdentityUserFlow>>,
    /// CSDL: containment navigation property `identityProviders`: `Collection(microsoft.graph.identityProviderBase)`, not nullable.
    pub identity_providers: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIdentityProviderBase>,
    >,
    /// CSDL: containment navigation property `userFlowAttributes`: `Collection(microsoft.graph.identityUserFlowAttribute)`, not nullable.
    pub user_flow_attributes: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIdentityUserFlowAttribute>,
    >,
    /// CSDL: containment navigation property `userFlows`: `Collection(microsoft.graph.identityUserFlow)`, not nullable.
    pub user_flows: rt::Field<::std::vec::Vec<crate::beta::AnyIdentityUserFlow>>,
    /// CSDL: containment navigation property `continuousAccessEvaluationPolicy`: `microsoft.graph.continuousAccessEvaluationPolicy`, nullable.
    pub continuous_access_evaluation_policy: rt::Field<
        crate::beta::ContinuousAccessEvaluationPolicy,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity)]
impl ::std::default::Default for IdentityContainer {
    #[inline]
    fn default() -> Self {
        Self {
            conditional_access: rt::Field::Absent,
            api_connectors: rt::Field::Absent,
            b2c_user_flows: rt::Field::Absent,
            b2x_user_flows: rt::Field::Absent,
            identity_providers: rt::Field::Absent,
            user_flow_attributes: rt::Field::Absent,
            user_flows: rt::Field::Absent,
            continuous_access_evaluation_policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity)]
impl rt::Object for IdentityContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.identityContainer";
    const KEYS: &'static [&'static str] = &[
        "conditionalAccess",
        "apiConnectors",
        "b2cUserFlows",
        "b2xUserFlows",
        "identityProviders",
        "userFlowAttributes",
        "userFlows",
        "continuousAccessEvaluationPolicy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conditionalAccess\":            ",
        ",\"apiConnectors\":                ",
        ",\"b2cUserFlows\":                 ",
        ",\"b2xUserFlows\":                 ",
        ",\"identityProviders\":            ",
        ",\"userFlowAttributes\":           ",
        ",\"userFlows\":                    ",
        ",\"continuousAccessEvaluationPolicy\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "conditional_access", &self.conditional_access);
        v.field(1usize, "api_connectors", &self.api_connectors);
        v.field(2usize, "b2c_user_flows", &self.b2c_user_flows);
        v.field(3usize, "b2x_user_flows", &self.b2x_user_flows);
        v.field(4usize, "identity_providers", &self.identity_providers);
        v.field(5usize, "user_flow_attributes", &self.user_flow_attributes);
        v.field(6usize, "user_flows", &self.user_flows);
        v.field(
            7usize,
            "continuous_access_evaluation_policy",
            &self.continuous_access_evaluation_policy,
        );
    }
}
#[cfg(msgraph_beta_identity)]
impl rt::object::Members for IdentityContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conditional_access.read_from(r),
            1usize => self.api_connectors.read_from(r),
            2usize => self.b2c_user_flows.read_from(r),
            3usize => self.b2x_user_flows.read_from(r),
            4usize => self.identity_providers.read_from(r),
            5usize => self.user_flow_attributes.read_from(r),
            6usize => self.user_flows.read_from(r),
            7usize => self.continuous_access_evaluation_policy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conditional_access);
        w.field(1usize, &self.api_connectors);
        w.field(2usize, &self.b2c_user_flows);
        w.field(3usize, &self.b2x_user_flows);
        w.field(4usize, &self.identity_providers);
        w.field(5usize, &self.user_flow_attributes);
        w.field(6usize, &self.user_flows);
        w.field(7usize, &self.continuous_access_evaluation_policy);
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
#[cfg(msgraph_beta_identity)]
rt::impl_object!(IdentityContainer);
#[cfg(msgraph_beta_identity)]
rt::impl_setters!(
    IdentityContainer { with_conditional_access conditional_access : crate
    ::beta::ConditionalAccessRoot; with_api_connectors api_connectors : ::std::vec::Vec <
    crate ::beta::IdentityApiConnector >; with_b2c_user_flows b2c_user_flows :
    ::std::vec::Vec < crate ::beta::B2cIdentityUserFlow >; with_b2x_user_flows
    b2x_user_flows : ::std::vec::Vec < crate ::beta::B2xIdentityUserFlow >;
    with_identity_providers identity_providers : ::std::vec::Vec < crate
    ::beta::AnyIdentityProviderBase >; with_user_flow_attributes user_flow_attributes :
    ::std::vec::Vec < crate ::beta::AnyIdentityUserFlowAttribute >; with_user_flows
    user_flows : ::std::vec::Vec < crate ::beta::AnyIdentityUserFlow >;
    with_continuous_access_evaluation_policy continuous_access_evaluation_policy : crate
    ::beta::ContinuousAccessEvaluationPolicy; }
);
#[cfg(msgraph_beta_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityContainer);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityCustomUserFlowAttribute`, entity type, derived from `microsoft.graph.identityUserFlowAttribute`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IdentityCustomUserFlowAttribute {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `dataType`: `microsoft.graph.identityUserFlowAttributeDataType`, not nullable.
    pub data_type: rt::Field<crate::beta::IdentityUserFlowAttributeDataType>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowAttributeType`: `microsoft.graph.identityUserFlowAttributeType`, not nullable.
    pub user_flow_attribute_type: rt::Field<crate::beta::IdentityUserFlowAttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityCustomUserFlowAttribute);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityCustomUserFlowAttribute { with_id id : ::std::string::String; with_data_type
    data_type : crate ::beta::IdentityUserFlowAttributeDataType; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_user_flow_attribute_type user_flow_attribute_type : crate
    ::beta::IdentityUserFlowAttributeType; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityCustomUserFlowAttribute);
#[cfg(msgraph_beta_identity_providers_or_search)]
/// CSDL: `microsoft.graph.identityProvider`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity-providers`, `beta-search`.
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
#[cfg(msgraph_beta_identity_providers_or_search)]
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
#[cfg(msgraph_beta_identity_providers_or_search)]
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
#[cfg(msgraph_beta_identity_providers_or_search)]
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
#[cfg(msgraph_beta_identity_providers_or_search)]
rt::impl_object!(IdentityProvider);
#[cfg(msgraph_beta_identity_providers_or_search)]
rt::impl_setters!(
    IdentityProvider { with_id id : ::std::string::String; with_client_id client_id :
    ::std::string::String; with_client_secret client_secret : ::std::string::String;
    with_name name : ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityProvider);
#[cfg(msgraph_beta_identity_providers_or_search)]
/// `microsoft.graph.identityProvider` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-providers`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentityProvider {
    IdentityProvider(::std::boxed::Box<crate::beta::IdentityProvider>),
    OpenIdConnectProvider(::std::boxed::Box<crate::beta::OpenIdConnectProvider>),
}
#[cfg(msgraph_beta_identity_providers_or_search)]
impl ::std::default::Default for AnyIdentityProvider {
    #[inline]
    fn default() -> Self {
        Self::IdentityProvider(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityProvider> for AnyIdentityProvider {
    #[inline]
    fn from(v: crate::beta::IdentityProvider) -> Self {
        Self::IdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenIdConnectProvider> for AnyIdentityProvider {
    #[inline]
    fn from(v: crate::beta::OpenIdConnectProvider) -> Self {
        Self::OpenIdConnectProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
unsafe impl ::std::marker::Send for AnyIdentityProvider {}
#[cfg(msgraph_beta_identity_providers_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentityProvider {}
#[cfg(msgraph_beta_identity_providers_or_search)]
impl ::std::marker::Unpin for AnyIdentityProvider {}
#[cfg(msgraph_beta_identity_providers_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentityProvider {}
#[cfg(msgraph_beta_identity_providers_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentityProvider {}
#[cfg(msgraph_beta_identity_providers_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IdentityProvider>();
    rt::object::auto_traits::<crate::beta::OpenIdConnectProvider>();
};
#[cfg(msgraph_beta_identity_providers_or_search)]
impl rt::Poly for AnyIdentityProvider {
    const BASE_NAME: &'static str = "microsoft.graph.identityProvider";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.openIdConnectProvider") => {
                Self::OpenIdConnectProvider(rt::object::new_boxed())
            }
            _ => Self::IdentityProvider(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IdentityProvider(v) => &**v,
            Self::OpenIdConnectProvider(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentityProvider(v) => &mut **v,
            Self::OpenIdConnectProvider(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
impl AnyIdentityProvider {
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
            Self::IdentityProvider(v) => &v.id,
            Self::OpenIdConnectProvider(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &mut v.id,
            Self::OpenIdConnectProvider(v) => &mut v.id,
        }
    }
    /// `clientId` of any variant.
    #[inline]
    pub fn client_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &v.client_id,
            Self::OpenIdConnectProvider(v) => &v.client_id,
        }
    }
    /// `clientId` of any variant.
    #[inline]
    pub fn client_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &mut v.client_id,
            Self::OpenIdConnectProvider(v) => &mut v.client_id,
        }
    }
    /// `clientSecret` of any variant.
    #[inline]
    pub fn client_secret(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &v.client_secret,
            Self::OpenIdConnectProvider(v) => &v.client_secret,
        }
    }
    /// `clientSecret` of any variant.
    #[inline]
    pub fn client_secret_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &mut v.client_secret,
            Self::OpenIdConnectProvider(v) => &mut v.client_secret,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &v.name,
            Self::OpenIdConnectProvider(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &mut v.name,
            Self::OpenIdConnectProvider(v) => &mut v.name,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &v.type_,
            Self::OpenIdConnectProvider(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProvider(v) => &mut v.type_,
            Self::OpenIdConnectProvider(v) => &mut v.type_,
        }
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
rt::impl_poly!(AnyIdentityProvider);
#[cfg(msgraph_beta_identity_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentityProvider);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityProviderBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IdentityProviderBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityProviderBase);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityProviderBase { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityProviderBase);
#[cfg(msgraph_beta_identity_or_search)]
/// `microsoft.graph.identityProviderBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentityProviderBase {
    IdentityProviderBase(::std::boxed::Box<crate::beta::IdentityProviderBase>),
    BuiltInIdentityProvider(::std::boxed::Box<crate::beta::BuiltInIdentityProvider>),
    OpenIdConnectIdentityProvider(
        ::std::boxed::Box<crate::beta::OpenIdConnectIdentityProvider>,
    ),
    SocialIdentityProvider(::std::boxed::Box<crate::beta::SocialIdentityProvider>),
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for AnyIdentityProviderBase {
    #[inline]
    fn default() -> Self {
        Self::IdentityProviderBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityProviderBase>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::beta::IdentityProviderBase) -> Self {
        Self::IdentityProviderBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BuiltInIdentityProvider>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::beta::BuiltInIdentityProvider) -> Self {
        Self::BuiltInIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenIdConnectIdentityProvider>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::beta::OpenIdConnectIdentityProvider) -> Self {
        Self::OpenIdConnectIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SocialIdentityProvider>
for AnyIdentityProviderBase {
    #[inline]
    fn from(v: crate::beta::SocialIdentityProvider) -> Self {
        Self::SocialIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Send for AnyIdentityProviderBase {}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentityProviderBase {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::marker::Unpin for AnyIdentityProviderBase {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentityProviderBase {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentityProviderBase {}
#[cfg(msgraph_beta_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IdentityProviderBase>();
    rt::object::auto_traits::<crate::beta::BuiltInIdentityProvider>();
    rt::object::auto_traits::<crate::beta::OpenIdConnectIdentityProvider>();
    rt::object::auto_traits::<crate::beta::SocialIdentityProvider>();
};
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Poly for AnyIdentityProviderBase {
    const BASE_NAME: &'static str = "microsoft.graph.identityProviderBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.builtInIdentityProvider") => {
                Self::BuiltInIdentityProvider(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.openIdConnectIdentityProvider",
            ) => Self::OpenIdConnectIdentityProvider(rt::object::new_boxed()),
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
            Self::BuiltInIdentityProvider(v) => &**v,
            Self::OpenIdConnectIdentityProvider(v) => &**v,
            Self::SocialIdentityProvider(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentityProviderBase(v) => &mut **v,
            Self::BuiltInIdentityProvider(v) => &mut **v,
            Self::OpenIdConnectIdentityProvider(v) => &mut **v,
            Self::SocialIdentityProvider(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
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
            Self::BuiltInIdentityProvider(v) => &v.id,
            Self::OpenIdConnectIdentityProvider(v) => &v.id,
            Self::SocialIdentityProvider(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProviderBase(v) => &mut v.id,
            Self::BuiltInIdentityProvider(v) => &mut v.id,
            Self::OpenIdConnectIdentityProvider(v) => &mut v.id,
            Self::SocialIdentityProvider(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IdentityProviderBase(v) => &v.display_name,
            Self::BuiltInIdentityProvider(v) => &v.display_name,
            Self::OpenIdConnectIdentityProvider(v) => &v.display_name,
            Self::SocialIdentityProvider(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityProviderBase(v) => &mut v.display_name,
            Self::BuiltInIdentityProvider(v) => &mut v.display_name,
            Self::OpenIdConnectIdentityProvider(v) => &mut v.display_name,
            Self::SocialIdentityProvider(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_poly!(AnyIdentityProviderBase);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentityProviderBase);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.identitySource`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct IdentitySource {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for IdentitySource {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for IdentitySource {
    const TYPE_NAME: &'static str = "microsoft.graph.identitySource";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.identitySource\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_identity_governance_or_search)]
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(IdentitySource);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentitySource);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// `microsoft.graph.identitySource` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentitySource {
    IdentitySource(::std::boxed::Box<crate::beta::IdentitySource>),
    AzureActiveDirectoryTenant(
        ::std::boxed::Box<crate::beta::AzureActiveDirectoryTenant>,
    ),
    DomainIdentitySource(::std::boxed::Box<crate::beta::DomainIdentitySource>),
    ExternalDomainFederation(::std::boxed::Box<crate::beta::ExternalDomainFederation>),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AnyIdentitySource {
    #[inline]
    fn default() -> Self {
        Self::IdentitySource(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentitySource> for AnyIdentitySource {
    #[inline]
    fn from(v: crate::beta::IdentitySource) -> Self {
        Self::IdentitySource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AzureActiveDirectoryTenant>
for AnyIdentitySource {
    #[inline]
    fn from(v: crate::beta::AzureActiveDirectoryTenant) -> Self {
        Self::AzureActiveDirectoryTenant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainIdentitySource> for AnyIdentitySource {
    #[inline]
    fn from(v: crate::beta::DomainIdentitySource) -> Self {
        Self::DomainIdentitySource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExternalDomainFederation> for AnyIdentitySource {
    #[inline]
    fn from(v: crate::beta::ExternalDomainFederation) -> Self {
        Self::ExternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyIdentitySource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentitySource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyIdentitySource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentitySource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentitySource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IdentitySource>();
    rt::object::auto_traits::<crate::beta::AzureActiveDirectoryTenant>();
    rt::object::auto_traits::<crate::beta::DomainIdentitySource>();
    rt::object::auto_traits::<crate::beta::ExternalDomainFederation>();
};
#[cfg(msgraph_beta_identity_governance_or_search)]
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
            ::std::option::Option::Some("microsoft.graph.domainIdentitySource") => {
                Self::DomainIdentitySource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.externalDomainFederation") => {
                Self::ExternalDomainFederation(rt::object::new_boxed())
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
            Self::DomainIdentitySource(v) => &**v,
            Self::ExternalDomainFederation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentitySource(v) => &mut **v,
            Self::AzureActiveDirectoryTenant(v) => &mut **v,
            Self::DomainIdentitySource(v) => &mut **v,
            Self::ExternalDomainFederation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_poly!(AnyIdentitySource);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentitySource);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.identitySourceType`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IdentitySourceType {
    /// `azureActiveDirectory` (value 1).
    AzureActiveDirectory,
    /// `external` (value 2).
    External,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for IdentitySourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.identitySourceType";
    const MEMBERS: &'static [&'static str] = &["azureActiveDirectory", "external"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "azureActiveDirectory" => Self::AzureActiveDirectory,
                "external" => Self::External,
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
            Self::AzureActiveDirectory => "azureActiveDirectory",
            Self::External => "external",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(IdentitySourceType);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentitySourceType);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlow`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IdentityUserFlow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowType`: `microsoft.graph.userFlowType`, not nullable.
    pub user_flow_type: rt::Field<crate::beta::UserFlowType>,
    /// CSDL: property `userFlowTypeVersion`: `Edm.Single`, not nullable.
    pub user_flow_type_version: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityUserFlow);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlow { with_id id : ::std::string::String; with_user_flow_type
    user_flow_type : crate ::beta::UserFlowType; with_user_flow_type_version
    user_flow_type_version : f64; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlow);
#[cfg(msgraph_beta_identity_or_search)]
/// `microsoft.graph.identityUserFlow` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentityUserFlow {
    IdentityUserFlow(::std::boxed::Box<crate::beta::IdentityUserFlow>),
    B2cIdentityUserFlow(::std::boxed::Box<crate::beta::B2cIdentityUserFlow>),
    B2xIdentityUserFlow(::std::boxed::Box<crate::beta::B2xIdentityUserFlow>),
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for AnyIdentityUserFlow {
    #[inline]
    fn default() -> Self {
        Self::IdentityUserFlow(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityUserFlow> for AnyIdentityUserFlow {
    #[inline]
    fn from(v: crate::beta::IdentityUserFlow) -> Self {
        Self::IdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::B2cIdentityUserFlow> for AnyIdentityUserFlow {
    #[inline]
    fn from(v: crate::beta::B2cIdentityUserFlow) -> Self {
        Self::B2cIdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::B2xIdentityUserFlow> for AnyIdentityUserFlow {
    #[inline]
    fn from(v: crate::beta::B2xIdentityUserFlow) -> Self {
        Self::B2xIdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Send for AnyIdentityUserFlow {}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentityUserFlow {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::marker::Unpin for AnyIdentityUserFlow {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentityUserFlow {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentityUserFlow {}
#[cfg(msgraph_beta_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IdentityUserFlow>();
    rt::object::auto_traits::<crate::beta::B2cIdentityUserFlow>();
    rt::object::auto_traits::<crate::beta::B2xIdentityUserFlow>();
};
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Poly for AnyIdentityUserFlow {
    const BASE_NAME: &'static str = "microsoft.graph.identityUserFlow";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.b2cIdentityUserFlow") => {
                Self::B2cIdentityUserFlow(rt::object::new_boxed())
            }
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
            Self::B2cIdentityUserFlow(v) => &**v,
            Self::B2xIdentityUserFlow(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentityUserFlow(v) => &mut **v,
            Self::B2cIdentityUserFlow(v) => &mut **v,
            Self::B2xIdentityUserFlow(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
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
            Self::B2cIdentityUserFlow(v) => &v.id,
            Self::B2xIdentityUserFlow(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IdentityUserFlow(v) => &mut v.id,
            Self::B2cIdentityUserFlow(v) => &mut v.id,
            Self::B2xIdentityUserFlow(v) => &mut v.id,
        }
    }
    /// `userFlowType` of any variant.
    #[inline]
    pub fn user_flow_type(&self) -> &rt::Field<crate::beta::UserFlowType> {
        match self {
            Self::IdentityUserFlow(v) => &v.user_flow_type,
            Self::B2cIdentityUserFlow(v) => &v.user_flow_type,
            Self::B2xIdentityUserFlow(v) => &v.user_flow_type,
        }
    }
    /// `userFlowType` of any variant.
    #[inline]
    pub fn user_flow_type_mut(&mut self) -> &mut rt::Field<crate::beta::UserFlowType> {
        match self {
            Self::IdentityUserFlow(v) => &mut v.user_flow_type,
            Self::B2cIdentityUserFlow(v) => &mut v.user_flow_type,
            Self::B2xIdentityUserFlow(v) => &mut v.user_flow_type,
        }
    }
    /// `userFlowTypeVersion` of any variant.
    #[inline]
    pub fn user_flow_type_version(&self) -> &rt::Field<f64> {
        match self {
            Self::IdentityUserFlow(v) => &v.user_flow_type_version,
            Self::B2cIdentityUserFlow(v) => &v.user_flow_type_version,
            Self::B2xIdentityUserFlow(v) => &v.user_flow_type_version,
        }
    }
    /// `userFlowTypeVersion` of any variant.
    #[inline]
    pub fn user_flow_type_version_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::IdentityUserFlow(v) => &mut v.user_flow_type_version,
            Self::B2cIdentityUserFlow(v) => &mut v.user_flow_type_version,
            Self::B2xIdentityUserFlow(v) => &mut v.user_flow_type_version,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_poly!(AnyIdentityUserFlow);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentityUserFlow);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttribute`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IdentityUserFlowAttribute {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `dataType`: `microsoft.graph.identityUserFlowAttributeDataType`, not nullable.
    pub data_type: rt::Field<crate::beta::IdentityUserFlowAttributeDataType>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowAttributeType`: `microsoft.graph.identityUserFlowAttributeType`, not nullable.
    pub user_flow_attribute_type: rt::Field<crate::beta::IdentityUserFlowAttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityUserFlowAttribute);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlowAttribute { with_id id : ::std::string::String; with_data_type
    data_type : crate ::beta::IdentityUserFlowAttributeDataType; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_user_flow_attribute_type user_flow_attribute_type : crate
    ::beta::IdentityUserFlowAttributeType; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttribute);
#[cfg(msgraph_beta_identity_or_search)]
/// `microsoft.graph.identityUserFlowAttribute` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentityUserFlowAttribute {
    IdentityUserFlowAttribute(::std::boxed::Box<crate::beta::IdentityUserFlowAttribute>),
    IdentityBuiltInUserFlowAttribute(
        ::std::boxed::Box<crate::beta::IdentityBuiltInUserFlowAttribute>,
    ),
    IdentityCustomUserFlowAttribute(
        ::std::boxed::Box<crate::beta::IdentityCustomUserFlowAttribute>,
    ),
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for AnyIdentityUserFlowAttribute {
    #[inline]
    fn default() -> Self {
        Self::IdentityUserFlowAttribute(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityUserFlowAttribute>
for AnyIdentityUserFlowAttribute {
    #[inline]
    fn from(v: crate::beta::IdentityUserFlowAttribute) -> Self {
        Self::IdentityUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityBuiltInUserFlowAttribute>
for AnyIdentityUserFlowAttribute {
    #[inline]
    fn from(v: crate::beta::IdentityBuiltInUserFlowAttribute) -> Self {
        Self::IdentityBuiltInUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityCustomUserFlowAttribute>
for AnyIdentityUserFlowAttribute {
    #[inline]
    fn from(v: crate::beta::IdentityCustomUserFlowAttribute) -> Self {
        Self::IdentityCustomUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Send for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::marker::Unpin for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIdentityUserFlowAttribute {}
#[cfg(msgraph_beta_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IdentityUserFlowAttribute>();
    rt::object::auto_traits::<crate::beta::IdentityBuiltInUserFlowAttribute>();
    rt::object::auto_traits::<crate::beta::IdentityCustomUserFlowAttribute>();
};
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
    pub fn data_type(
        &self,
    ) -> &rt::Field<crate::beta::IdentityUserFlowAttributeDataType> {
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
    ) -> &mut rt::Field<crate::beta::IdentityUserFlowAttributeDataType> {
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
    ) -> &rt::Field<crate::beta::IdentityUserFlowAttributeType> {
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
    ) -> &mut rt::Field<crate::beta::IdentityUserFlowAttributeType> {
        match self {
            Self::IdentityUserFlowAttribute(v) => &mut v.user_flow_attribute_type,
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.user_flow_attribute_type,
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.user_flow_attribute_type,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_poly!(AnyIdentityUserFlowAttribute);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentityUserFlowAttribute);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttributeAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IdentityUserFlowAttributeAssignmentPath`](requests/trait.IdentityUserFlowAttributeAssignmentPath.html), what a path to one (`EntityPath<IdentityUserFlowAttributeAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
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
        ::std::vec::Vec<crate::beta::UserAttributeValuesItem>,
    >,
    /// CSDL: property `userInputType`: `microsoft.graph.identityUserFlowAttributeInputType`, not nullable.
    pub user_input_type: rt::Field<crate::beta::IdentityUserFlowAttributeInputType>,
    /// CSDL: navigation property `userAttribute`: `microsoft.graph.identityUserFlowAttribute`, nullable.
    pub user_attribute: rt::Field<crate::beta::AnyIdentityUserFlowAttribute>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityUserFlowAttributeAssignment);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlowAttributeAssignment { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_optional is_optional
    : bool; with_requires_verification requires_verification : bool;
    with_user_attribute_values user_attribute_values : ::std::vec::Vec < crate
    ::beta::UserAttributeValuesItem >; with_user_input_type user_input_type : crate
    ::beta::IdentityUserFlowAttributeInputType; with_user_attribute user_attribute :
    crate ::beta::AnyIdentityUserFlowAttribute; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeAssignment);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttributeDataType`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_enum!(IdentityUserFlowAttributeDataType);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeDataType);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttributeInputType`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_enum!(IdentityUserFlowAttributeInputType);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeInputType);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.identityUserFlowAttributeType`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_enum!(IdentityUserFlowAttributeType);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.image`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Image {
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(Image);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(Image { with_height height : i32; with_width width : i32; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Image);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.imageInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ImageInfo);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ImageInfo { with_add_image_query add_image_query : bool; with_alternate_text
    alternate_text : ::std::string::String; with_alternative_text alternative_text :
    ::std::string::String; with_icon_url icon_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImageInfo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.implicitGrantSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ImplicitGrantSettings {
    /// CSDL: property `enableAccessTokenIssuance`: `Edm.Boolean`, nullable.
    pub enable_access_token_issuance: rt::Field<bool>,
    /// CSDL: property `enableIdTokenIssuance`: `Edm.Boolean`, nullable.
    pub enable_id_token_issuance: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ImplicitGrantSettings {
    #[inline]
    fn default() -> Self {
        Self {
            enable_access_token_issuance: rt::Field::Absent,
            enable_id_token_issuance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ImplicitGrantSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.implicitGrantSettings";
    const KEYS: &'static [&'static str] = &[
        "enableAccessTokenIssuance",
        "enableIdTokenIssuance",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enableAccessTokenIssuance\":    ",
        ",\"enableIdTokenIssuance\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.implicitGrantSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "enable_access_token_issuance",
            &self.enable_access_token_issuance,
        );
        v.field(1usize, "enable_id_token_issuance", &self.enable_id_token_issuance);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ImplicitGrantSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enable_access_token_issuance.read_from(r),
            1usize => self.enable_id_token_issuance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enable_access_token_issuance);
        w.field(1usize, &self.enable_id_token_issuance);
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
rt::impl_object!(ImplicitGrantSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ImplicitGrantSettings { with_enable_access_token_issuance
    enable_access_token_issuance : bool; with_enable_id_token_issuance
    enable_id_token_issuance : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImplicitGrantSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// The importedAppleDeviceIdentity resource represents the imported device identity of an Apple device .
///
/// CSDL: `microsoft.graph.importedAppleDeviceIdentity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedAppleDeviceIdentity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created Date Time of the device
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Apple device discovery source.
    ///
    /// CSDL: property `discoverySource`: `microsoft.graph.discoverySource`, not nullable.
    pub discovery_source: rt::Field<crate::beta::DiscoverySource>,
    /// The state of the device in Intune
    ///
    /// CSDL: property `enrollmentState`: `microsoft.graph.enrollmentState`, not nullable.
    pub enrollment_state: rt::Field<crate::beta::EnrollmentState>,
    /// Indicates if the device is deleted from Apple Business Manager
    ///
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// Indicates if the Apple device is supervised. More information is at: https://support.apple.com/en-us/HT202837
    ///
    /// CSDL: property `isSupervised`: `Edm.Boolean`, not nullable.
    pub is_supervised: rt::Field<bool>,
    /// Last Contacted Date Time of the device
    ///
    /// CSDL: property `lastContactedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_contacted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The platform of the Device.
    ///
    /// CSDL: property `platform`: `microsoft.graph.platform`, not nullable.
    pub platform: rt::Field<crate::beta::Platform>,
    /// The time enrollment profile was assigned to the device
    ///
    /// CSDL: property `requestedEnrollmentProfileAssignmentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub requested_enrollment_profile_assignment_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Enrollment profile Id admin intends to apply to the device during next enrollment
    ///
    /// CSDL: property `requestedEnrollmentProfileId`: `Edm.String`, nullable.
    pub requested_enrollment_profile_id: rt::Field<::std::string::String>,
    /// Device serial number
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ImportedAppleDeviceIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            discovery_source: rt::Field::Absent,
            enrollment_state: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            is_supervised: rt::Field::Absent,
            last_contacted_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            requested_enrollment_profile_assignment_date_time: rt::Field::Absent,
            requested_enrollment_profile_id: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ImportedAppleDeviceIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.importedAppleDeviceIdentity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "discoverySource",
        "enrollmentState",
        "isDeleted",
        "isSupervised",
        "lastContactedDateTime",
        "platform",
        "requestedEnrollmentProfileAssignmentDateTime",
        "requestedEnrollmentProfileId",
        "serialNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"discoverySource\":              ",
        ",\"enrollmentState\":              ",
        ",\"isDeleted\":                    ",
        ",\"isSupervised\":                 ",
        ",\"lastContactedDateTime\":        ",
        ",\"platform\":                     ",
        ",\"requestedEnrollmentProfileAssignmentDateTime\":",
        ",\"requestedEnrollmentProfileId\": ",
        ",\"serialNumber\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedAppleDeviceIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "discovery_source", &self.discovery_source);
        v.field(4usize, "enrollment_state", &self.enrollment_state);
        v.field(5usize, "is_deleted", &self.is_deleted);
        v.field(6usize, "is_supervised", &self.is_supervised);
        v.field(7usize, "last_contacted_date_time", &self.last_contacted_date_time);
        v.field(8usize, "platform", &self.platform);
        v.field(
            9usize,
            "requested_enrollment_profile_assignment_date_time",
            &self.requested_enrollment_profile_assignment_date_time,
        );
        v.field(
            10usize,
            "requested_enrollment_profile_id",
            &self.requested_enrollment_profile_id,
        );
        v.field(11usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ImportedAppleDeviceIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.discovery_source.read_from(r),
            4usize => self.enrollment_state.read_from(r),
            5usize => self.is_deleted.read_from(r),
            6usize => self.is_supervised.read_from(r),
            7usize => self.last_contacted_date_time.read_from(r),
            8usize => self.platform.read_from(r),
            9usize => self.requested_enrollment_profile_assignment_date_time.read_from(r),
            10usize => self.requested_enrollment_profile_id.read_from(r),
            11usize => self.serial_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.discovery_source);
        w.field(4usize, &self.enrollment_state);
        w.field(5usize, &self.is_deleted);
        w.field(6usize, &self.is_supervised);
        w.field(7usize, &self.last_contacted_date_time);
        w.field(8usize, &self.platform);
        w.field(9usize, &self.requested_enrollment_profile_assignment_date_time);
        w.field(10usize, &self.requested_enrollment_profile_id);
        w.field(11usize, &self.serial_number);
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
rt::impl_object!(ImportedAppleDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedAppleDeviceIdentity { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_discovery_source discovery_source : crate
    ::beta::DiscoverySource; with_enrollment_state enrollment_state : crate
    ::beta::EnrollmentState; with_is_deleted is_deleted : bool; with_is_supervised
    is_supervised : bool; with_last_contacted_date_time last_contacted_date_time :
    rt::edm::DateTimeOffset; with_platform platform : crate ::beta::Platform;
    with_requested_enrollment_profile_assignment_date_time
    requested_enrollment_profile_assignment_date_time : rt::edm::DateTimeOffset;
    with_requested_enrollment_profile_id requested_enrollment_profile_id :
    ::std::string::String; with_serial_number serial_number : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedAppleDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.importedAppleDeviceIdentity` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyImportedAppleDeviceIdentity {
    ImportedAppleDeviceIdentity(
        ::std::boxed::Box<crate::beta::ImportedAppleDeviceIdentity>,
    ),
    ImportedAppleDeviceIdentityResult(
        ::std::boxed::Box<crate::beta::ImportedAppleDeviceIdentityResult>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyImportedAppleDeviceIdentity {
    #[inline]
    fn default() -> Self {
        Self::ImportedAppleDeviceIdentity(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedAppleDeviceIdentity>
for AnyImportedAppleDeviceIdentity {
    #[inline]
    fn from(v: crate::beta::ImportedAppleDeviceIdentity) -> Self {
        Self::ImportedAppleDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedAppleDeviceIdentityResult>
for AnyImportedAppleDeviceIdentity {
    #[inline]
    fn from(v: crate::beta::ImportedAppleDeviceIdentityResult) -> Self {
        Self::ImportedAppleDeviceIdentityResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyImportedAppleDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyImportedAppleDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyImportedAppleDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyImportedAppleDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyImportedAppleDeviceIdentity {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ImportedAppleDeviceIdentity>();
    rt::object::auto_traits::<crate::beta::ImportedAppleDeviceIdentityResult>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyImportedAppleDeviceIdentity {
    const BASE_NAME: &'static str = "microsoft.graph.importedAppleDeviceIdentity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.importedAppleDeviceIdentityResult",
            ) => Self::ImportedAppleDeviceIdentityResult(rt::object::new_boxed()),
            _ => Self::ImportedAppleDeviceIdentity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &**v,
            Self::ImportedAppleDeviceIdentityResult(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut **v,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyImportedAppleDeviceIdentity {
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
            Self::ImportedAppleDeviceIdentity(v) => &v.id,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.id,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.created_date_time,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.created_date_time,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.description,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.description,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.description,
        }
    }
    /// `discoverySource` of any variant.
    #[inline]
    pub fn discovery_source(&self) -> &rt::Field<crate::beta::DiscoverySource> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.discovery_source,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.discovery_source,
        }
    }
    /// `discoverySource` of any variant.
    #[inline]
    pub fn discovery_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DiscoverySource> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.discovery_source,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.discovery_source,
        }
    }
    /// `enrollmentState` of any variant.
    #[inline]
    pub fn enrollment_state(&self) -> &rt::Field<crate::beta::EnrollmentState> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.enrollment_state,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.enrollment_state,
        }
    }
    /// `enrollmentState` of any variant.
    #[inline]
    pub fn enrollment_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::EnrollmentState> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.enrollment_state,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.enrollment_state,
        }
    }
    /// `isDeleted` of any variant.
    #[inline]
    pub fn is_deleted(&self) -> &rt::Field<bool> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.is_deleted,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.is_deleted,
        }
    }
    /// `isDeleted` of any variant.
    #[inline]
    pub fn is_deleted_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.is_deleted,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.is_deleted,
        }
    }
    /// `isSupervised` of any variant.
    #[inline]
    pub fn is_supervised(&self) -> &rt::Field<bool> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.is_supervised,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.is_supervised,
        }
    }
    /// `isSupervised` of any variant.
    #[inline]
    pub fn is_supervised_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.is_supervised,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.is_supervised,
        }
    }
    /// `lastContactedDateTime` of any variant.
    #[inline]
    pub fn last_contacted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.last_contacted_date_time,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.last_contacted_date_time,
        }
    }
    /// `lastContactedDateTime` of any variant.
    #[inline]
    pub fn last_contacted_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.last_contacted_date_time,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.last_contacted_date_time,
        }
    }
    /// `platform` of any variant.
    #[inline]
    pub fn platform(&self) -> &rt::Field<crate::beta::Platform> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.platform,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.platform,
        }
    }
    /// `platform` of any variant.
    #[inline]
    pub fn platform_mut(&mut self) -> &mut rt::Field<crate::beta::Platform> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.platform,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.platform,
        }
    }
    /// `requestedEnrollmentProfileAssignmentDateTime` of any variant.
    #[inline]
    pub fn requested_enrollment_profile_assignment_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => {
                &v.requested_enrollment_profile_assignment_date_time
            }
            Self::ImportedAppleDeviceIdentityResult(v) => {
                &v.requested_enrollment_profile_assignment_date_time
            }
        }
    }
    /// `requestedEnrollmentProfileAssignmentDateTime` of any variant.
    #[inline]
    pub fn requested_enrollment_profile_assignment_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => {
                &mut v.requested_enrollment_profile_assignment_date_time
            }
            Self::ImportedAppleDeviceIdentityResult(v) => {
                &mut v.requested_enrollment_profile_assignment_date_time
            }
        }
    }
    /// `requestedEnrollmentProfileId` of any variant.
    #[inline]
    pub fn requested_enrollment_profile_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.requested_enrollment_profile_id,
            Self::ImportedAppleDeviceIdentityResult(v) => {
                &v.requested_enrollment_profile_id
            }
        }
    }
    /// `requestedEnrollmentProfileId` of any variant.
    #[inline]
    pub fn requested_enrollment_profile_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => {
                &mut v.requested_enrollment_profile_id
            }
            Self::ImportedAppleDeviceIdentityResult(v) => {
                &mut v.requested_enrollment_profile_id
            }
        }
    }
    /// `serialNumber` of any variant.
    #[inline]
    pub fn serial_number(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &v.serial_number,
            Self::ImportedAppleDeviceIdentityResult(v) => &v.serial_number,
        }
    }
    /// `serialNumber` of any variant.
    #[inline]
    pub fn serial_number_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ImportedAppleDeviceIdentity(v) => &mut v.serial_number,
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.serial_number,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyImportedAppleDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyImportedAppleDeviceIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
/// The importedAppleDeviceIdentityResult resource represents the result of attempting to import Apple devices identities.
///
/// CSDL: `microsoft.graph.importedAppleDeviceIdentityResult`, entity type, derived from `microsoft.graph.importedAppleDeviceIdentity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedAppleDeviceIdentityResult {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created Date Time of the device
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Apple device discovery source.
    ///
    /// CSDL: property `discoverySource`: `microsoft.graph.discoverySource`, not nullable.
    pub discovery_source: rt::Field<crate::beta::DiscoverySource>,
    /// The state of the device in Intune
    ///
    /// CSDL: property `enrollmentState`: `microsoft.graph.enrollmentState`, not nullable.
    pub enrollment_state: rt::Field<crate::beta::EnrollmentState>,
    /// Indicates if the device is deleted from Apple Business Manager
    ///
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// Indicates if the Apple device is supervised. More information is at: https://support.apple.com/en-us/HT202837
    ///
    /// CSDL: property `isSupervised`: `Edm.Boolean`, not nullable.
    pub is_supervised: rt::Field<bool>,
    /// Last Contacted Date Time of the device
    ///
    /// CSDL: property `lastContactedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_contacted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The platform of the Device.
    ///
    /// CSDL: property `platform`: `microsoft.graph.platform`, not nullable.
    pub platform: rt::Field<crate::beta::Platform>,
    /// The time enrollment profile was assigned to the device
    ///
    /// CSDL: property `requestedEnrollmentProfileAssignmentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub requested_enrollment_profile_assignment_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Enrollment profile Id admin intends to apply to the device during next enrollment
    ///
    /// CSDL: property `requestedEnrollmentProfileId`: `Edm.String`, nullable.
    pub requested_enrollment_profile_id: rt::Field<::std::string::String>,
    /// Device serial number
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// Status of imported device identity
    ///
    /// CSDL: property `status`: `Edm.Boolean`, not nullable.
    pub status: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ImportedAppleDeviceIdentityResult {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            discovery_source: rt::Field::Absent,
            enrollment_state: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            is_supervised: rt::Field::Absent,
            last_contacted_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            requested_enrollment_profile_assignment_date_time: rt::Field::Absent,
            requested_enrollment_profile_id: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ImportedAppleDeviceIdentityResult {
    const TYPE_NAME: &'static str = "microsoft.graph.importedAppleDeviceIdentityResult";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "discoverySource",
        "enrollmentState",
        "isDeleted",
        "isSupervised",
        "lastContactedDateTime",
        "platform",
        "requestedEnrollmentProfileAssignmentDateTime",
        "requestedEnrollmentProfileId",
        "serialNumber",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"discoverySource\":              ",
        ",\"enrollmentState\":              ",
        ",\"isDeleted\":                    ",
        ",\"isSupervised\":                 ",
        ",\"lastContactedDateTime\":        ",
        ",\"platform\":                     ",
        ",\"requestedEnrollmentProfileAssignmentDateTime\":",
        ",\"requestedEnrollmentProfileId\": ",
        ",\"serialNumber\":                 ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedAppleDeviceIdentityResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "discovery_source", &self.discovery_source);
        v.field(4usize, "enrollment_state", &self.enrollment_state);
        v.field(5usize, "is_deleted", &self.is_deleted);
        v.field(6usize, "is_supervised", &self.is_supervised);
        v.field(7usize, "last_contacted_date_time", &self.last_contacted_date_time);
        v.field(8usize, "platform", &self.platform);
        v.field(
            9usize,
            "requested_enrollment_profile_assignment_date_time",
            &self.requested_enrollment_profile_assignment_date_time,
        );
        v.field(
            10usize,
            "requested_enrollment_profile_id",
            &self.requested_enrollment_profile_id,
        );
        v.field(11usize, "serial_number", &self.serial_number);
        v.field(12usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ImportedAppleDeviceIdentityResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.discovery_source.read_from(r),
            4usize => self.enrollment_state.read_from(r),
            5usize => self.is_deleted.read_from(r),
            6usize => self.is_supervised.read_from(r),
            7usize => self.last_contacted_date_time.read_from(r),
            8usize => self.platform.read_from(r),
            9usize => self.requested_enrollment_profile_assignment_date_time.read_from(r),
            10usize => self.requested_enrollment_profile_id.read_from(r),
            11usize => self.serial_number.read_from(r),
            12usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.discovery_source);
        w.field(4usize, &self.enrollment_state);
        w.field(5usize, &self.is_deleted);
        w.field(6usize, &self.is_supervised);
        w.field(7usize, &self.last_contacted_date_time);
        w.field(8usize, &self.platform);
        w.field(9usize, &self.requested_enrollment_profile_assignment_date_time);
        w.field(10usize, &self.requested_enrollment_profile_id);
        w.field(11usize, &self.serial_number);
        w.field(12usize, &self.status);
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
rt::impl_object!(ImportedAppleDeviceIdentityResult);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedAppleDeviceIdentityResult { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_discovery_source discovery_source : crate
    ::beta::DiscoverySource; with_enrollment_state enrollment_state : crate
    ::beta::EnrollmentState; with_is_deleted is_deleted : bool; with_is_supervised
    is_supervised : bool; with_last_contacted_date_time last_contacted_date_time :
    rt::edm::DateTimeOffset; with_platform platform : crate ::beta::Platform;
    with_requested_enrollment_profile_assignment_date_time
    requested_enrollment_profile_assignment_date_time : rt::edm::DateTimeOffset;
    with_requested_enrollment_profile_id requested_enrollment_profile_id :
    ::std::string::String; with_serial_number serial_number : ::std::string::String;
    with_status status : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedAppleDeviceIdentityResult);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.incompleteData`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IncompleteData {
    /// CSDL: property `missingDataBeforeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub missing_data_before_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `wasThrottled`: `Edm.Boolean`, nullable.
    pub was_throttled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for IncompleteData {
    #[inline]
    fn default() -> Self {
        Self {
            missing_data_before_date_time: rt::Field::Absent,
            was_throttled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for IncompleteData {
    const TYPE_NAME: &'static str = "microsoft.graph.incompleteData";
    const KEYS: &'static [&'static str] = &["missingDataBeforeDateTime", "wasThrottled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"missingDataBeforeDateTime\":    ",
        ",\"wasThrottled\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.incompleteData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "missing_data_before_date_time",
            &self.missing_data_before_date_time,
        );
        v.field(1usize, "was_throttled", &self.was_throttled);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for IncompleteData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.missing_data_before_date_time.read_from(r),
            1usize => self.was_throttled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.missing_data_before_date_time);
        w.field(1usize, &self.was_throttled);
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
rt::impl_object!(IncompleteData);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    IncompleteData { with_missing_data_before_date_time missing_data_before_date_time :
    rt::edm::DateTimeOffset; with_was_throttled was_throttled : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncompleteData);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.inferenceClassification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InferenceClassificationPath`](requests/trait.InferenceClassificationPath.html), what a path to one (`EntityPath<InferenceClassification, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InferenceClassification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `overrides`: `Collection(microsoft.graph.inferenceClassificationOverride)`, not nullable.
    pub overrides: rt::Field<
        ::std::vec::Vec<crate::beta::InferenceClassificationOverride>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for InferenceClassification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            overrides: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for InferenceClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.inferenceClassification";
    const KEYS: &'static [&'static str] = &["id", "overrides"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"overrides\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inferenceClassification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "overrides", &self.overrides);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for InferenceClassification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.overrides.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.overrides);
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
rt::impl_object!(InferenceClassification);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    InferenceClassification { with_id id : ::std::string::String; with_overrides
    overrides : ::std::vec::Vec < crate ::beta::InferenceClassificationOverride >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InferenceClassification);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.inferenceClassificationOverride`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InferenceClassificationOverridePath`](requests/trait.InferenceClassificationOverridePath.html), what a path to one (`EntityPath<InferenceClassificationOverride, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InferenceClassificationOverride {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classifyAs`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub classify_as: rt::Field<crate::beta::InferenceClassificationType>,
    /// CSDL: property `senderEmailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub sender_email_address: rt::Field<crate::beta::AnyEmailAddress>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for InferenceClassificationOverride {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classify_as: rt::Field::Absent,
            sender_email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for InferenceClassificationOverride {
    const TYPE_NAME: &'static str = "microsoft.graph.inferenceClassificationOverride";
    const KEYS: &'static [&'static str] = &["id", "classifyAs", "senderEmailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classifyAs\":                   ",
        ",\"senderEmailAddress\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inferenceClassificationOverride\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classify_as", &self.classify_as);
        v.field(2usize, "sender_email_address", &self.sender_email_address);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for InferenceClassificationOverride {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classify_as.read_from(r),
            2usize => self.sender_email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classify_as);
        w.field(2usize, &self.sender_email_address);
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
rt::impl_object!(InferenceClassificationOverride);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    InferenceClassificationOverride { with_id id : ::std::string::String;
    with_classify_as classify_as : crate ::beta::InferenceClassificationType;
    with_sender_email_address sender_email_address : crate ::beta::AnyEmailAddress; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InferenceClassificationOverride);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.informationProtection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InformationProtectionPath`](requests/trait.InformationProtectionPath.html), what a path to one (`EntityPath<InformationProtection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `bitlocker`: `microsoft.graph.bitlocker`, nullable.
    pub bitlocker: rt::Field<crate::beta::Bitlocker>,
    /// CSDL: containment navigation property `dataLossPreventionPolicies`: `Collection(microsoft.graph.dataLossPreventionPolicy)`, not nullable.
    pub data_loss_prevention_policies: rt::Field<
        ::std::vec::Vec<crate::beta::DataLossPreventionPolicy>,
    >,
    /// CSDL: containment navigation property `sensitivityLabels`: `Collection(microsoft.graph.sensitivityLabel)`, not nullable.
    pub sensitivity_labels: rt::Field<::std::vec::Vec<crate::beta::SensitivityLabel>>,
    /// CSDL: containment navigation property `sensitivityPolicySettings`: `microsoft.graph.sensitivityPolicySettings`, nullable.
    pub sensitivity_policy_settings: rt::Field<crate::beta::SensitivityPolicySettings>,
    /// CSDL: containment navigation property `policy`: `microsoft.graph.informationProtectionPolicy`, nullable.
    pub policy: rt::Field<crate::beta::InformationProtectionPolicy>,
    /// CSDL: containment navigation property `threatAssessmentRequests`: `Collection(microsoft.graph.threatAssessmentRequest)`, not nullable.
    pub threat_assessment_requests: rt::Field<
        ::std::vec::Vec<crate::beta::AnyThreatAssessmentRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for InformationProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            bitlocker: rt::Field::Absent,
            data_loss_prevention_policies: rt::Field::Absent,
            sensitivity_labels: rt::Field::Absent,
            sensitivity_policy_settings: rt::Field::Absent,
            policy: rt::Field::Absent,
            threat_assessment_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.informationProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "bitlocker",
        "dataLossPreventionPolicies",
        "sensitivityLabels",
        "sensitivityPolicySettings",
        "policy",
        "threatAssessmentRequests",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"bitlocker\":                    ",
        ",\"dataLossPreventionPolicies\":   ",
        ",\"sensitivityLabels\":            ",
        ",\"sensitivityPolicySettings\":    ",
        ",\"policy\":                       ",
        ",\"threatAssessmentRequests\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.informationProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "bitlocker", &self.bitlocker);
        v.field(
            2usize,
            "data_loss_prevention_policies",
            &self.data_loss_prevention_policies,
        );
        v.field(3usize, "sensitivity_labels", &self.sensitivity_labels);
        v.field(
            4usize,
            "sensitivity_policy_settings",
            &self.sensitivity_policy_settings,
        );
        v.field(5usize, "policy", &self.policy);
        v.field(6usize, "threat_assessment_requests", &self.threat_assessment_requests);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.bitlocker.read_from(r),
            2usize => self.data_loss_prevention_policies.read_from(r),
            3usize => self.sensitivity_labels.read_from(r),
            4usize => self.sensitivity_policy_settings.read_from(r),
            5usize => self.policy.read_from(r),
            6usize => self.threat_assessment_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.bitlocker);
        w.field(2usize, &self.data_loss_prevention_policies);
        w.field(3usize, &self.sensitivity_labels);
        w.field(4usize, &self.sensitivity_policy_settings);
        w.field(5usize, &self.policy);
        w.field(6usize, &self.threat_assessment_requests);
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
rt::impl_object!(InformationProtection);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtection { with_id id : ::std::string::String; with_bitlocker bitlocker
    : crate ::beta::Bitlocker; with_data_loss_prevention_policies
    data_loss_prevention_policies : ::std::vec::Vec < crate
    ::beta::DataLossPreventionPolicy >; with_sensitivity_labels sensitivity_labels :
    ::std::vec::Vec < crate ::beta::SensitivityLabel >; with_sensitivity_policy_settings
    sensitivity_policy_settings : crate ::beta::SensitivityPolicySettings; with_policy
    policy : crate ::beta::InformationProtectionPolicy; with_threat_assessment_requests
    threat_assessment_requests : ::std::vec::Vec < crate
    ::beta::AnyThreatAssessmentRequest >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtection);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.informationProtectionAction`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for InformationProtectionAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.informationProtectionAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.informationProtectionAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtectionAction {
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(InformationProtectionAction);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// `microsoft.graph.informationProtectionAction` or any type derived from it, selected by `@odata.type` (16 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyInformationProtectionAction {
    InformationProtectionAction(
        ::std::boxed::Box<crate::beta::InformationProtectionAction>,
    ),
    AddContentFooterAction(::std::boxed::Box<crate::beta::AddContentFooterAction>),
    AddContentHeaderAction(::std::boxed::Box<crate::beta::AddContentHeaderAction>),
    AddWatermarkAction(::std::boxed::Box<crate::beta::AddWatermarkAction>),
    ApplyLabelAction(::std::boxed::Box<crate::beta::ApplyLabelAction>),
    CustomAction(::std::boxed::Box<crate::beta::CustomAction>),
    JustifyAction(::std::boxed::Box<crate::beta::JustifyAction>),
    MetadataAction(::std::boxed::Box<crate::beta::MetadataAction>),
    ProtectAdhocAction(::std::boxed::Box<crate::beta::ProtectAdhocAction>),
    ProtectByTemplateAction(::std::boxed::Box<crate::beta::ProtectByTemplateAction>),
    ProtectDoNotForwardAction(::std::boxed::Box<crate::beta::ProtectDoNotForwardAction>),
    RecommendLabelAction(::std::boxed::Box<crate::beta::RecommendLabelAction>),
    RemoveContentFooterAction(::std::boxed::Box<crate::beta::RemoveContentFooterAction>),
    RemoveContentHeaderAction(::std::boxed::Box<crate::beta::RemoveContentHeaderAction>),
    RemoveProtectionAction(::std::boxed::Box<crate::beta::RemoveProtectionAction>),
    RemoveWatermarkAction(::std::boxed::Box<crate::beta::RemoveWatermarkAction>),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for AnyInformationProtectionAction {
    #[inline]
    fn default() -> Self {
        Self::InformationProtectionAction(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InformationProtectionAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::InformationProtectionAction) -> Self {
        Self::InformationProtectionAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddContentFooterAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::AddContentFooterAction) -> Self {
        Self::AddContentFooterAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddContentHeaderAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::AddContentHeaderAction) -> Self {
        Self::AddContentHeaderAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddWatermarkAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::AddWatermarkAction) -> Self {
        Self::AddWatermarkAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApplyLabelAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::ApplyLabelAction) -> Self {
        Self::ApplyLabelAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CustomAction> for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::CustomAction) -> Self {
        Self::CustomAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::JustifyAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::JustifyAction) -> Self {
        Self::JustifyAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MetadataAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::MetadataAction) -> Self {
        Self::MetadataAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProtectAdhocAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::ProtectAdhocAction) -> Self {
        Self::ProtectAdhocAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProtectByTemplateAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::ProtectByTemplateAction) -> Self {
        Self::ProtectByTemplateAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProtectDoNotForwardAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::ProtectDoNotForwardAction) -> Self {
        Self::ProtectDoNotForwardAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RecommendLabelAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::RecommendLabelAction) -> Self {
        Self::RecommendLabelAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RemoveContentFooterAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::RemoveContentFooterAction) -> Self {
        Self::RemoveContentFooterAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RemoveContentHeaderAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::RemoveContentHeaderAction) -> Self {
        Self::RemoveContentHeaderAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RemoveProtectionAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::RemoveProtectionAction) -> Self {
        Self::RemoveProtectionAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RemoveWatermarkAction>
for AnyInformationProtectionAction {
    #[inline]
    fn from(v: crate::beta::RemoveWatermarkAction) -> Self {
        Self::RemoveWatermarkAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
unsafe impl ::std::marker::Send for AnyInformationProtectionAction {}
#[cfg(msgraph_beta_core_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyInformationProtectionAction {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::marker::Unpin for AnyInformationProtectionAction {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyInformationProtectionAction {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyInformationProtectionAction {}
#[cfg(msgraph_beta_core_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::InformationProtectionAction>();
    rt::object::auto_traits::<crate::beta::AddContentFooterAction>();
    rt::object::auto_traits::<crate::beta::AddContentHeaderAction>();
    rt::object::auto_traits::<crate::beta::AddWatermarkAction>();
    rt::object::auto_traits::<crate::beta::ApplyLabelAction>();
    rt::object::auto_traits::<crate::beta::CustomAction>();
    rt::object::auto_traits::<crate::beta::JustifyAction>();
    rt::object::auto_traits::<crate::beta::MetadataAction>();
    rt::object::auto_traits::<crate::beta::ProtectAdhocAction>();
    rt::object::auto_traits::<crate::beta::ProtectByTemplateAction>();
    rt::object::auto_traits::<crate::beta::ProtectDoNotForwardAction>();
    rt::object::auto_traits::<crate::beta::RecommendLabelAction>();
    rt::object::auto_traits::<crate::beta::RemoveContentFooterAction>();
    rt::object::auto_traits::<crate::beta::RemoveContentHeaderAction>();
    rt::object::auto_traits::<crate::beta::RemoveProtectionAction>();
    rt::object::auto_traits::<crate::beta::RemoveWatermarkAction>();
};
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Poly for AnyInformationProtectionAction {
    const BASE_NAME: &'static str = "microsoft.graph.informationProtectionAction";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.addContentFooterAction") => {
                Self::AddContentFooterAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.addContentHeaderAction") => {
                Self::AddContentHeaderAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.addWatermarkAction") => {
                Self::AddWatermarkAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.applyLabelAction") => {
                Self::ApplyLabelAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.customAction") => {
                Self::CustomAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.justifyAction") => {
                Self::JustifyAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.metadataAction") => {
                Self::MetadataAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.protectAdhocAction") => {
                Self::ProtectAdhocAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.protectByTemplateAction") => {
                Self::ProtectByTemplateAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.protectDoNotForwardAction") => {
                Self::ProtectDoNotForwardAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.recommendLabelAction") => {
                Self::RecommendLabelAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.removeContentFooterAction") => {
                Self::RemoveContentFooterAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.removeContentHeaderAction") => {
                Self::RemoveContentHeaderAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.removeProtectionAction") => {
                Self::RemoveProtectionAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.removeWatermarkAction") => {
                Self::RemoveWatermarkAction(rt::object::new_boxed())
            }
            _ => Self::InformationProtectionAction(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::InformationProtectionAction(v) => &**v,
            Self::AddContentFooterAction(v) => &**v,
            Self::AddContentHeaderAction(v) => &**v,
            Self::AddWatermarkAction(v) => &**v,
            Self::ApplyLabelAction(v) => &**v,
            Self::CustomAction(v) => &**v,
            Self::JustifyAction(v) => &**v,
            Self::MetadataAction(v) => &**v,
            Self::ProtectAdhocAction(v) => &**v,
            Self::ProtectByTemplateAction(v) => &**v,
            Self::ProtectDoNotForwardAction(v) => &**v,
            Self::RecommendLabelAction(v) => &**v,
            Self::RemoveContentFooterAction(v) => &**v,
            Self::RemoveContentHeaderAction(v) => &**v,
            Self::RemoveProtectionAction(v) => &**v,
            Self::RemoveWatermarkAction(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::InformationProtectionAction(v) => &mut **v,
            Self::AddContentFooterAction(v) => &mut **v,
            Self::AddContentHeaderAction(v) => &mut **v,
            Self::AddWatermarkAction(v) => &mut **v,
            Self::ApplyLabelAction(v) => &mut **v,
            Self::CustomAction(v) => &mut **v,
            Self::JustifyAction(v) => &mut **v,
            Self::MetadataAction(v) => &mut **v,
            Self::ProtectAdhocAction(v) => &mut **v,
            Self::ProtectByTemplateAction(v) => &mut **v,
            Self::ProtectDoNotForwardAction(v) => &mut **v,
            Self::RecommendLabelAction(v) => &mut **v,
            Self::RemoveContentFooterAction(v) => &mut **v,
            Self::RemoveContentHeaderAction(v) => &mut **v,
            Self::RemoveProtectionAction(v) => &mut **v,
            Self::RemoveWatermarkAction(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl AnyInformationProtectionAction {
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_poly!(AnyInformationProtectionAction);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyInformationProtectionAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.informationProtectionContentLabel`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionContentLabel {
    /// CSDL: property `assignmentMethod`: `microsoft.graph.assignmentMethod`, not nullable.
    pub assignment_method: rt::Field<crate::beta::AssignmentMethod>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `label`: `microsoft.graph.labelDetails`, nullable.
    pub label: rt::Field<crate::beta::LabelDetails>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for InformationProtectionContentLabel {
    #[inline]
    fn default() -> Self {
        Self {
            assignment_method: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            label: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionContentLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.informationProtectionContentLabel";
    const KEYS: &'static [&'static str] = &[
        "assignmentMethod",
        "creationDateTime",
        "label",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignmentMethod\":             ",
        ",\"creationDateTime\":             ",
        ",\"label\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.informationProtectionContentLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignment_method", &self.assignment_method);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "label", &self.label);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtectionContentLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignment_method.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.label.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignment_method);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.label);
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
rt::impl_object!(InformationProtectionContentLabel);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionContentLabel { with_assignment_method assignment_method : crate
    ::beta::AssignmentMethod; with_creation_date_time creation_date_time :
    rt::edm::DateTimeOffset; with_label label : crate ::beta::LabelDetails; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionContentLabel);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.informationProtectionLabel`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InformationProtectionLabelPath`](requests/trait.InformationProtectionLabelPath.html), what a path to one (`EntityPath<InformationProtectionLabel, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionLabel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `isActive`: `Edm.Boolean`, not nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parent`: `microsoft.graph.parentLabelDetails`, nullable.
    pub parent: rt::Field<crate::beta::AnyParentLabelDetails>,
    /// CSDL: property `sensitivity`: `Edm.Int32`, not nullable.
    pub sensitivity: rt::Field<i32>,
    /// CSDL: property `tooltip`: `Edm.String`, nullable.
    pub tooltip: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for InformationProtectionLabel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            description: rt::Field::Absent,
            is_active: rt::Field::Absent,
            name: rt::Field::Absent,
            parent: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            tooltip: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.informationProtectionLabel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "color",
        "description",
        "isActive",
        "name",
        "parent",
        "sensitivity",
        "tooltip",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
        ",\"description\":                  ",
        ",\"isActive\":                     ",
        ",\"name\":                         ",
        ",\"parent\":                       ",
        ",\"sensitivity\":                  ",
        ",\"tooltip\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.informationProtectionLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "is_active", &self.is_active);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "parent", &self.parent);
        v.field(6usize, "sensitivity", &self.sensitivity);
        v.field(7usize, "tooltip", &self.tooltip);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtectionLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.is_active.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.parent.read_from(r),
            6usize => self.sensitivity.read_from(r),
            7usize => self.tooltip.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
        w.field(2usize, &self.description);
        w.field(3usize, &self.is_active);
        w.field(4usize, &self.name);
        w.field(5usize, &self.parent);
        w.field(6usize, &self.sensitivity);
        w.field(7usize, &self.tooltip);
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
rt::impl_object!(InformationProtectionLabel);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionLabel { with_id id : ::std::string::String; with_color color :
    ::std::string::String; with_description description : ::std::string::String;
    with_is_active is_active : bool; with_name name : ::std::string::String; with_parent
    parent : crate ::beta::AnyParentLabelDetails; with_sensitivity sensitivity : i32;
    with_tooltip tooltip : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionLabel);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.informationProtectionPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InformationProtectionPolicyPath`](requests/trait.InformationProtectionPolicyPath.html), what a path to one (`EntityPath<InformationProtectionPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `labels`: `Collection(microsoft.graph.informationProtectionLabel)`, not nullable.
    pub labels: rt::Field<::std::vec::Vec<crate::beta::InformationProtectionLabel>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for InformationProtectionPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            labels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.informationProtectionPolicy";
    const KEYS: &'static [&'static str] = &["id", "labels"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"labels\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.informationProtectionPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "labels", &self.labels);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtectionPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.labels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.labels);
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
rt::impl_object!(InformationProtectionPolicy);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionPolicy { with_id id : ::std::string::String; with_labels labels
    : ::std::vec::Vec < crate ::beta::InformationProtectionLabel >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionPolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.informationalUrl`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(InformationalUrl);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    InformationalUrl { with_logo_url logo_url : ::std::string::String; with_marketing_url
    marketing_url : ::std::string::String; with_privacy_statement_url
    privacy_statement_url : ::std::string::String; with_support_url support_url :
    ::std::string::String; with_terms_of_service_url terms_of_service_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationalUrl);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.inkAccessSetting`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InkAccessSetting {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `enabled` (value 1).
    Enabled,
    /// `disabled` (value 2).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for InkAccessSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.inkAccessSetting";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "enabled", "disabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
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
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(InkAccessSetting);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InkAccessSetting);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.insightIdentity`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InsightIdentity {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for InsightIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for InsightIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.insightIdentity";
    const KEYS: &'static [&'static str] = &["address", "displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.insightIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for InsightIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.id);
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
rt::impl_object!(InsightIdentity);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    InsightIdentity { with_address address : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_id id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsightIdentity);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.installIntent`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstallIntent {
    /// `available` (value 0).
    Available,
    /// `required` (value 1).
    Required,
    /// `uninstall` (value 2).
    Uninstall,
    /// `availableWithoutEnrollment` (value 3).
    AvailableWithoutEnrollment,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(InstallIntent);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InstallIntent);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.installState`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstallState {
    /// `notApplicable` (value 0).
    NotApplicable,
    /// `installed` (value 1).
    Installed,
    /// `failed` (value 2).
    Failed,
    /// `notInstalled` (value 3).
    NotInstalled,
    /// `uninstallFailed` (value 4).
    UninstallFailed,
    /// `unknown` (value 5).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(InstallState);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InstallState);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.instanceResourceAccess`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct InstanceResourceAccess {
    /// CSDL: property `permissions`: `Collection(microsoft.graph.resourcePermission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::beta::ResourcePermission>>,
    /// CSDL: property `resourceAppId`: `Edm.String`, not nullable.
    pub resource_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for InstanceResourceAccess {
    #[inline]
    fn default() -> Self {
        Self {
            permissions: rt::Field::Absent,
            resource_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for InstanceResourceAccess {
    const TYPE_NAME: &'static str = "microsoft.graph.instanceResourceAccess";
    const KEYS: &'static [&'static str] = &["permissions", "resourceAppId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"permissions\":                  ",
        ",\"resourceAppId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.instanceResourceAccess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "permissions", &self.permissions);
        v.field(1usize, "resource_app_id", &self.resource_app_id);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for InstanceResourceAccess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.permissions.read_from(r),
            1usize => self.resource_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.permissions);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(InstanceResourceAccess);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    InstanceResourceAccess { with_permissions permissions : ::std::vec::Vec < crate
    ::beta::ResourcePermission >; with_resource_app_id resource_app_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(InstanceResourceAccess);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.intendedPurpose`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IntendedPurpose {
    /// `unassigned` (value 1).
    Unassigned,
    /// `smimeEncryption` (value 2).
    SmimeEncryption,
    /// `smimeSigning` (value 3).
    SmimeSigning,
    /// `vpn` (value 4).
    Vpn,
    /// `wifi` (value 5).
    Wifi,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for IntendedPurpose {
    const TYPE_NAME: &'static str = "microsoft.graph.intendedPurpose";
    const MEMBERS: &'static [&'static str] = &[
        "unassigned",
        "smimeEncryption",
        "smimeSigning",
        "vpn",
        "wifi",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unassigned" => Self::Unassigned,
                "smimeEncryption" => Self::SmimeEncryption,
                "smimeSigning" => Self::SmimeSigning,
                "vpn" => Self::Vpn,
                "wifi" => Self::Wifi,
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
            Self::Unassigned => "unassigned",
            Self::SmimeEncryption => "smimeEncryption",
            Self::SmimeSigning => "smimeSigning",
            Self::Vpn => "vpn",
            Self::Wifi => "wifi",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(IntendedPurpose);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntendedPurpose);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.internalSponsors`, complex type, derived from `microsoft.graph.userSet`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct InternalSponsors {
    /// CSDL: property `isBackup`: `Edm.Boolean`, nullable.
    pub is_backup: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for InternalSponsors {
    #[inline]
    fn default() -> Self {
        Self {
            is_backup: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for InternalSponsors {
    const TYPE_NAME: &'static str = "microsoft.graph.internalSponsors";
    const KEYS: &'static [&'static str] = &["isBackup"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isBackup\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.internalSponsors\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_backup", &self.is_backup);
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for InternalSponsors {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_backup.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_backup);
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
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(InternalSponsors);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(InternalSponsors { with_is_backup is_backup : bool; });
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternalSponsors);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.internetSiteSecurityLevel`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InternetSiteSecurityLevel {
    /// `userDefined` (value 0).
    UserDefined,
    /// `medium` (value 1).
    Medium,
    /// `mediumHigh` (value 2).
    MediumHigh,
    /// `high` (value 3).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(InternetSiteSecurityLevel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternetSiteSecurityLevel);
#[cfg(msgraph_beta_device_management_or_search)]
/// intuneBrand contains data which is used in customizing the appearance of the Company Portal applications as well as the end user web portal.
///
/// CSDL: `microsoft.graph.intuneBrand`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IntuneBrand {
    /// Collection of blocked actions on the company portal as per platform and device ownership types.
    ///
    /// CSDL: property `companyPortalBlockedActions`: `Collection(microsoft.graph.companyPortalBlockedAction)`, nullable.
    pub company_portal_blocked_actions: rt::Field<
        ::std::vec::Vec<crate::beta::CompanyPortalBlockedAction>,
    >,
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
    /// The custom privacy message used to explain what the organization can see and do on managed devices.
    ///
    /// CSDL: property `customCanSeePrivacyMessage`: `Edm.String`, nullable.
    pub custom_can_see_privacy_message: rt::Field<::std::string::String>,
    /// The custom privacy message used to explain what the organization can’t see or do on managed devices.
    ///
    /// CSDL: property `customCantSeePrivacyMessage`: `Edm.String`, nullable.
    pub custom_cant_see_privacy_message: rt::Field<::std::string::String>,
    /// The custom privacy message used to explain what the organization can’t see or do on managed devices.
    ///
    /// CSDL: property `customPrivacyMessage`: `Edm.String`, nullable.
    pub custom_privacy_message: rt::Field<::std::string::String>,
    /// Logo image displayed in Company Portal apps which have a dark background behind the logo.
    ///
    /// CSDL: property `darkBackgroundLogo`: `microsoft.graph.mimeContent`, nullable.
    pub dark_background_logo: rt::Field<crate::beta::MimeContent>,
    /// Applies to telemetry sent from all clients to the Intune service. When disabled, all proactive troubleshooting and issue warnings within the client are turned off, and telemetry settings appear inactive or hidden to the device user.
    ///
    /// CSDL: property `disableClientTelemetry`: `Edm.Boolean`, not nullable.
    pub disable_client_telemetry: rt::Field<bool>,
    /// Company/organization name that is displayed to end users.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Customized device enrollment flow displayed to the end user
    ///
    /// CSDL: property `enrollmentAvailability`: `microsoft.graph.enrollmentAvailabilityOptions`, not nullable.
    pub enrollment_availability: rt::Field<crate::beta::EnrollmentAvailabilityOptions>,
    /// Boolean that represents whether the adminsistrator has disabled the 'Factory Reset' action on corporate owned devices.
    ///
    /// CSDL: property `isFactoryResetDisabled`: `Edm.Boolean`, not nullable.
    pub is_factory_reset_disabled: rt::Field<bool>,
    /// Boolean that represents whether the adminsistrator has disabled the 'Remove Device' action on corporate owned devices.
    ///
    /// CSDL: property `isRemoveDeviceDisabled`: `Edm.Boolean`, not nullable.
    pub is_remove_device_disabled: rt::Field<bool>,
    /// Customized image displayed in Company Portal app landing page
    ///
    /// CSDL: property `landingPageCustomizedImage`: `microsoft.graph.mimeContent`, nullable.
    pub landing_page_customized_image: rt::Field<crate::beta::MimeContent>,
    /// Logo image displayed in Company Portal apps which have a light background behind the logo.
    ///
    /// CSDL: property `lightBackgroundLogo`: `microsoft.graph.mimeContent`, nullable.
    pub light_background_logo: rt::Field<crate::beta::MimeContent>,
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
    /// List of scope tags assigned to the default branding profile
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Boolean that indicates if a push notification is sent to users when their device ownership type changes from personal to corporate
    ///
    /// CSDL: property `sendDeviceOwnershipChangePushNotification`: `Edm.Boolean`, not nullable.
    pub send_device_ownership_change_push_notification: rt::Field<bool>,
    /// Boolean that indicates if AzureAD Enterprise Apps will be shown in Company Portal
    ///
    /// CSDL: property `showAzureADEnterpriseApps`: `Edm.Boolean`, not nullable.
    pub show_azure_ad_enterprise_apps: rt::Field<bool>,
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
    /// Boolean that indicates if Office WebApps will be shown in Company Portal
    ///
    /// CSDL: property `showOfficeWebApps`: `Edm.Boolean`, not nullable.
    pub show_office_web_apps: rt::Field<bool>,
    /// Primary theme color used in the Company Portal applications and web portal.
    ///
    /// CSDL: property `themeColor`: `microsoft.graph.rgbColor`, nullable.
    pub theme_color: rt::Field<crate::beta::RgbColor>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IntuneBrand {
    #[inline]
    fn default() -> Self {
        Self {
            company_portal_blocked_actions: rt::Field::Absent,
            contact_it_email_address: rt::Field::Absent,
            contact_it_name: rt::Field::Absent,
            contact_it_notes: rt::Field::Absent,
            contact_it_phone_number: rt::Field::Absent,
            custom_can_see_privacy_message: rt::Field::Absent,
            custom_cant_see_privacy_message: rt::Field::Absent,
            custom_privacy_message: rt::Field::Absent,
            dark_background_logo: rt::Field::Absent,
            disable_client_telemetry: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enrollment_availability: rt::Field::Absent,
            is_factory_reset_disabled: rt::Field::Absent,
            is_remove_device_disabled: rt::Field::Absent,
            landing_page_customized_image: rt::Field::Absent,
            light_background_logo: rt::Field::Absent,
            online_support_site_name: rt::Field::Absent,
            online_support_site_url: rt::Field::Absent,
            privacy_url: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            send_device_ownership_change_push_notification: rt::Field::Absent,
            show_azure_ad_enterprise_apps: rt::Field::Absent,
            show_display_name_next_to_logo: rt::Field::Absent,
            show_logo: rt::Field::Absent,
            show_name_next_to_logo: rt::Field::Absent,
            show_office_web_apps: rt::Field::Absent,
            theme_color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IntuneBrand {
    const TYPE_NAME: &'static str = "microsoft.graph.intuneBrand";
    const KEYS: &'static [&'static str] = &[
        "companyPortalBlockedActions",
        "contactITEmailAddress",
        "contactITName",
        "contactITNotes",
        "contactITPhoneNumber",
        "customCanSeePrivacyMessage",
        "customCantSeePrivacyMessage",
        "customPrivacyMessage",
        "darkBackgroundLogo",
        "disableClientTelemetry",
        "displayName",
        "enrollmentAvailability",
        "isFactoryResetDisabled",
        "isRemoveDeviceDisabled",
        "landingPageCustomizedImage",
        "lightBackgroundLogo",
        "onlineSupportSiteName",
        "onlineSupportSiteUrl",
        "privacyUrl",
        "roleScopeTagIds",
        "sendDeviceOwnershipChangePushNotification",
        "showAzureADEnterpriseApps",
        "showDisplayNameNextToLogo",
        "showLogo",
        "showNameNextToLogo",
        "showOfficeWebApps",
        "themeColor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"companyPortalBlockedActions\":  ",
        ",\"contactITEmailAddress\":        ",
        ",\"contactITName\":                ",
        ",\"contactITNotes\":               ",
        ",\"contactITPhoneNumber\":         ",
        ",\"customCanSeePrivacyMessage\":   ",
        ",\"customCantSeePrivacyMessage\":  ",
        ",\"customPrivacyMessage\":         ",
        ",\"darkBackgroundLogo\":           ",
        ",\"disableClientTelemetry\":       ",
        ",\"displayName\":                  ",
        ",\"enrollmentAvailability\":       ",
        ",\"isFactoryResetDisabled\":       ",
        ",\"isRemoveDeviceDisabled\":       ",
        ",\"landingPageCustomizedImage\":   ",
        ",\"lightBackgroundLogo\":          ",
        ",\"onlineSupportSiteName\":        ",
        ",\"onlineSupportSiteUrl\":         ",
        ",\"privacyUrl\":                   ",
        ",\"roleScopeTagIds\":              ",
        ",\"sendDeviceOwnershipChangePushNotification\":",
        ",\"showAzureADEnterpriseApps\":    ",
        ",\"showDisplayNameNextToLogo\":    ",
        ",\"showLogo\":                     ",
        ",\"showNameNextToLogo\":           ",
        ",\"showOfficeWebApps\":            ",
        ",\"themeColor\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.intuneBrand\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "company_portal_blocked_actions",
            &self.company_portal_blocked_actions,
        );
        v.field(1usize, "contact_it_email_address", &self.contact_it_email_address);
        v.field(2usize, "contact_it_name", &self.contact_it_name);
        v.field(3usize, "contact_it_notes", &self.contact_it_notes);
        v.field(4usize, "contact_it_phone_number", &self.contact_it_phone_number);
        v.field(
            5usize,
            "custom_can_see_privacy_message",
            &self.custom_can_see_privacy_message,
        );
        v.field(
            6usize,
            "custom_cant_see_privacy_message",
            &self.custom_cant_see_privacy_message,
        );
        v.field(7usize, "custom_privacy_message", &self.custom_privacy_message);
        v.field(8usize, "dark_background_logo", &self.dark_background_logo);
        v.field(9usize, "disable_client_telemetry", &self.disable_client_telemetry);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "enrollment_availability", &self.enrollment_availability);
        v.field(12usize, "is_factory_reset_disabled", &self.is_factory_reset_disabled);
        v.field(13usize, "is_remove_device_disabled", &self.is_remove_device_disabled);
        v.field(
            14usize,
            "landing_page_customized_image",
            &self.landing_page_customized_image,
        );
        v.field(15usize, "light_background_logo", &self.light_background_logo);
        v.field(16usize, "online_support_site_name", &self.online_support_site_name);
        v.field(17usize, "online_support_site_url", &self.online_support_site_url);
        v.field(18usize, "privacy_url", &self.privacy_url);
        v.field(19usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(
            20usize,
            "send_device_ownership_change_push_notification",
            &self.send_device_ownership_change_push_notification,
        );
        v.field(
            21usize,
            "show_azure_ad_enterprise_apps",
            &self.show_azure_ad_enterprise_apps,
        );
        v.field(
            22usize,
            "show_display_name_next_to_logo",
            &self.show_display_name_next_to_logo,
        );
        v.field(23usize, "show_logo", &self.show_logo);
        v.field(24usize, "show_name_next_to_logo", &self.show_name_next_to_logo);
        v.field(25usize, "show_office_web_apps", &self.show_office_web_apps);
        v.field(26usize, "theme_color", &self.theme_color);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IntuneBrand {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.company_portal_blocked_actions.read_from(r),
            1usize => self.contact_it_email_address.read_from(r),
            2usize => self.contact_it_name.read_from(r),
            3usize => self.contact_it_notes.read_from(r),
            4usize => self.contact_it_phone_number.read_from(r),
            5usize => self.custom_can_see_privacy_message.read_from(r),
            6usize => self.custom_cant_see_privacy_message.read_from(r),
            7usize => self.custom_privacy_message.read_from(r),
            8usize => self.dark_background_logo.read_from(r),
            9usize => self.disable_client_telemetry.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.enrollment_availability.read_from(r),
            12usize => self.is_factory_reset_disabled.read_from(r),
            13usize => self.is_remove_device_disabled.read_from(r),
            14usize => self.landing_page_customized_image.read_from(r),
            15usize => self.light_background_logo.read_from(r),
            16usize => self.online_support_site_name.read_from(r),
            17usize => self.online_support_site_url.read_from(r),
            18usize => self.privacy_url.read_from(r),
            19usize => self.role_scope_tag_ids.read_from(r),
            20usize => self.send_device_ownership_change_push_notification.read_from(r),
            21usize => self.show_azure_ad_enterprise_apps.read_from(r),
            22usize => self.show_display_name_next_to_logo.read_from(r),
            23usize => self.show_logo.read_from(r),
            24usize => self.show_name_next_to_logo.read_from(r),
            25usize => self.show_office_web_apps.read_from(r),
            26usize => self.theme_color.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.company_portal_blocked_actions);
        w.field(1usize, &self.contact_it_email_address);
        w.field(2usize, &self.contact_it_name);
        w.field(3usize, &self.contact_it_notes);
        w.field(4usize, &self.contact_it_phone_number);
        w.field(5usize, &self.custom_can_see_privacy_message);
        w.field(6usize, &self.custom_cant_see_privacy_message);
        w.field(7usize, &self.custom_privacy_message);
        w.field(8usize, &self.dark_background_logo);
        w.field(9usize, &self.disable_client_telemetry);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.enrollment_availability);
        w.field(12usize, &self.is_factory_reset_disabled);
        w.field(13usize, &self.is_remove_device_disabled);
        w.field(14usize, &self.landing_page_customized_image);
        w.field(15usize, &self.light_background_logo);
        w.field(16usize, &self.online_support_site_name);
        w.field(17usize, &self.online_support_site_url);
        w.field(18usize, &self.privacy_url);
        w.field(19usize, &self.role_scope_tag_ids);
        w.field(20usize, &self.send_device_ownership_change_push_notification);
        w.field(21usize, &self.show_azure_ad_enterprise_apps);
        w.field(22usize, &self.show_display_name_next_to_logo);
        w.field(23usize, &self.show_logo);
        w.field(24usize, &self.show_name_next_to_logo);
        w.field(25usize, &self.show_office_web_apps);
        w.field(26usize, &self.theme_color);
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
rt::impl_object!(IntuneBrand);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IntuneBrand { with_company_portal_blocked_actions company_portal_blocked_actions :
    ::std::vec::Vec < crate ::beta::CompanyPortalBlockedAction >;
    with_contact_it_email_address contact_it_email_address : ::std::string::String;
    with_contact_it_name contact_it_name : ::std::string::String; with_contact_it_notes
    contact_it_notes : ::std::string::String; with_contact_it_phone_number
    contact_it_phone_number : ::std::string::String; with_custom_can_see_privacy_message
    custom_can_see_privacy_message : ::std::string::String;
    with_custom_cant_see_privacy_message custom_cant_see_privacy_message :
    ::std::string::String; with_custom_privacy_message custom_privacy_message :
    ::std::string::String; with_dark_background_logo dark_background_logo : crate
    ::beta::MimeContent; with_disable_client_telemetry disable_client_telemetry : bool;
    with_display_name display_name : ::std::string::String; with_enrollment_availability
    enrollment_availability : crate ::beta::EnrollmentAvailabilityOptions;
    with_is_factory_reset_disabled is_factory_reset_disabled : bool;
    with_is_remove_device_disabled is_remove_device_disabled : bool;
    with_landing_page_customized_image landing_page_customized_image : crate
    ::beta::MimeContent; with_light_background_logo light_background_logo : crate
    ::beta::MimeContent; with_online_support_site_name online_support_site_name :
    ::std::string::String; with_online_support_site_url online_support_site_url :
    ::std::string::String; with_privacy_url privacy_url : ::std::string::String;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_send_device_ownership_change_push_notification
    send_device_ownership_change_push_notification : bool;
    with_show_azure_ad_enterprise_apps show_azure_ad_enterprise_apps : bool;
    with_show_display_name_next_to_logo show_display_name_next_to_logo : bool;
    with_show_logo show_logo : bool; with_show_name_next_to_logo show_name_next_to_logo :
    bool; with_show_office_web_apps show_office_web_apps : bool; with_theme_color
    theme_color : crate ::beta::RgbColor; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntuneBrand);
#[cfg(msgraph_beta_device_management_or_search)]
/// This entity contains data which is used in customizing the tenant level appearance of the Company Portal applications as well as the end user web portal.
///
/// CSDL: `microsoft.graph.intuneBrandingProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IntuneBrandingProfilePath`](requests/trait.IntuneBrandingProfilePath.html), what a path to one (`EntityPath<IntuneBrandingProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IntuneBrandingProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Collection of blocked actions on the company portal as per platform and device ownership types.
    ///
    /// CSDL: property `companyPortalBlockedActions`: `Collection(microsoft.graph.companyPortalBlockedAction)`, nullable.
    pub company_portal_blocked_actions: rt::Field<
        ::std::vec::Vec<crate::beta::CompanyPortalBlockedAction>,
    >,
    /// E-mail address of the person/organization responsible for IT support
    ///
    /// CSDL: property `contactITEmailAddress`: `Edm.String`, nullable.
    pub contact_it_email_address: rt::Field<::std::string::String>,
    /// Name of the person/organization responsible for IT support
    ///
    /// CSDL: property `contactITName`: `Edm.String`, nullable.
    pub contact_it_name: rt::Field<::std::string::String>,
    /// Text comments regarding the person/organization responsible for IT support
    ///
    /// CSDL: property `contactITNotes`: `Edm.String`, nullable.
    pub contact_it_notes: rt::Field<::std::string::String>,
    /// Phone number of the person/organization responsible for IT support
    ///
    /// CSDL: property `contactITPhoneNumber`: `Edm.String`, nullable.
    pub contact_it_phone_number: rt::Field<::std::string::String>,
    /// Time when the BrandingProfile was created
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Text comments regarding what the admin has access to on the device
    ///
    /// CSDL: property `customCanSeePrivacyMessage`: `Edm.String`, nullable.
    pub custom_can_see_privacy_message: rt::Field<::std::string::String>,
    /// Text comments regarding what the admin doesn't have access to on the device
    ///
    /// CSDL: property `customCantSeePrivacyMessage`: `Edm.String`, nullable.
    pub custom_cant_see_privacy_message: rt::Field<::std::string::String>,
    /// Text comments regarding what the admin doesn't have access to on the device
    ///
    /// CSDL: property `customPrivacyMessage`: `Edm.String`, nullable.
    pub custom_privacy_message: rt::Field<::std::string::String>,
    /// Applies to telemetry sent from all clients to the Intune service. When disabled, all proactive troubleshooting and issue warnings within the client are turned off, and telemetry settings appear inactive or hidden to the device user.
    ///
    /// CSDL: property `disableClientTelemetry`: `Edm.Boolean`, not nullable.
    pub disable_client_telemetry: rt::Field<bool>,
    /// Company/organization name that is displayed to end users
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Customized device enrollment flow displayed to the end user
    ///
    /// CSDL: property `enrollmentAvailability`: `microsoft.graph.enrollmentAvailabilityOptions`, not nullable.
    pub enrollment_availability: rt::Field<crate::beta::EnrollmentAvailabilityOptions>,
    /// Boolean that represents whether the profile is used as default or not
    ///
    /// CSDL: property `isDefaultProfile`: `Edm.Boolean`, not nullable.
    pub is_default_profile: rt::Field<bool>,
    /// Boolean that represents whether the adminsistrator has disabled the 'Factory Reset' action on corporate owned devices.
    ///
    /// CSDL: property `isFactoryResetDisabled`: `Edm.Boolean`, not nullable.
    pub is_factory_reset_disabled: rt::Field<bool>,
    /// Boolean that represents whether the adminsistrator has disabled the 'Remove Device' action on corporate owned devices.
    ///
    /// CSDL: property `isRemoveDeviceDisabled`: `Edm.Boolean`, not nullable.
    pub is_remove_device_disabled: rt::Field<bool>,
    /// Customized image displayed in Company Portal apps landing page
    ///
    /// CSDL: property `landingPageCustomizedImage`: `microsoft.graph.mimeContent`, nullable.
    pub landing_page_customized_image: rt::Field<crate::beta::MimeContent>,
    /// Time when the BrandingProfile was last modified
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Logo image displayed in Company Portal apps which have a light background behind the logo
    ///
    /// CSDL: property `lightBackgroundLogo`: `microsoft.graph.mimeContent`, nullable.
    pub light_background_logo: rt::Field<crate::beta::MimeContent>,
    /// Display name of the company/organization’s IT helpdesk site
    ///
    /// CSDL: property `onlineSupportSiteName`: `Edm.String`, nullable.
    pub online_support_site_name: rt::Field<::std::string::String>,
    /// URL to the company/organization’s IT helpdesk site
    ///
    /// CSDL: property `onlineSupportSiteUrl`: `Edm.String`, nullable.
    pub online_support_site_url: rt::Field<::std::string::String>,
    /// URL to the company/organization’s privacy policy
    ///
    /// CSDL: property `privacyUrl`: `Edm.String`, nullable.
    pub privacy_url: rt::Field<::std::string::String>,
    /// Description of the profile
    ///
    /// CSDL: property `profileDescription`: `Edm.String`, nullable.
    pub profile_description: rt::Field<::std::string::String>,
    /// Name of the profile
    ///
    /// CSDL: property `profileName`: `Edm.String`, nullable.
    pub profile_name: rt::Field<::std::string::String>,
    /// List of scope tags assigned to the branding profile
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Boolean that indicates if a push notification is sent to users when their device ownership type changes from personal to corporate
    ///
    /// CSDL: property `sendDeviceOwnershipChangePushNotification`: `Edm.Boolean`, not nullable.
    pub send_device_ownership_change_push_notification: rt::Field<bool>,
    /// Boolean that indicates if AzureAD Enterprise Apps will be shown in Company Portal
    ///
    /// CSDL: property `showAzureADEnterpriseApps`: `Edm.Boolean`, not nullable.
    pub show_azure_ad_enterprise_apps: rt::Field<bool>,
    /// Boolean that represents whether the administrator-supplied display name will be shown next to the logo image or not
    ///
    /// CSDL: property `showDisplayNameNextToLogo`: `Edm.Boolean`, not nullable.
    pub show_display_name_next_to_logo: rt::Field<bool>,
    /// Boolean that represents whether the administrator-supplied logo images are shown or not
    ///
    /// CSDL: property `showLogo`: `Edm.Boolean`, not nullable.
    pub show_logo: rt::Field<bool>,
    /// Boolean that indicates if Office WebApps will be shown in Company Portal
    ///
    /// CSDL: property `showOfficeWebApps`: `Edm.Boolean`, not nullable.
    pub show_office_web_apps: rt::Field<bool>,
    /// Primary theme color used in the Company Portal applications and web portal
    ///
    /// CSDL: property `themeColor`: `microsoft.graph.rgbColor`, nullable.
    pub theme_color: rt::Field<crate::beta::RgbColor>,
    /// Logo image displayed in Company Portal apps which have a theme color background behind the logo
    ///
    /// CSDL: property `themeColorLogo`: `microsoft.graph.mimeContent`, nullable.
    pub theme_color_logo: rt::Field<crate::beta::MimeContent>,
    /// The list of group assignments for the branding profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.intuneBrandingProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::IntuneBrandingProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IntuneBrandingProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            company_portal_blocked_actions: rt::Field::Absent,
            contact_it_email_address: rt::Field::Absent,
            contact_it_name: rt::Field::Absent,
            contact_it_notes: rt::Field::Absent,
            contact_it_phone_number: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_can_see_privacy_message: rt::Field::Absent,
            custom_cant_see_privacy_message: rt::Field::Absent,
            custom_privacy_message: rt::Field::Absent,
            disable_client_telemetry: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enrollment_availability: rt::Field::Absent,
            is_default_profile: rt::Field::Absent,
            is_factory_reset_disabled: rt::Field::Absent,
            is_remove_device_disabled: rt::Field::Absent,
            landing_page_customized_image: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            light_background_logo: rt::Field::Absent,
            online_support_site_name: rt::Field::Absent,
            online_support_site_url: rt::Field::Absent,
            privacy_url: rt::Field::Absent,
            profile_description: rt::Field::Absent,
            profile_name: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            send_device_ownership_change_push_notification: rt::Field::Absent,
            show_azure_ad_enterprise_apps: rt::Field::Absent,
            show_display_name_next_to_logo: rt::Field::Absent,
            show_logo: rt::Field::Absent,
            show_office_web_apps: rt::Field::Absent,
            theme_color: rt::Field::Absent,
            theme_color_logo: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IntuneBrandingProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.intuneBrandingProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "companyPortalBlockedActions",
        "contactITEmailAddress",
        "contactITName",
        "contactITNotes",
        "contactITPhoneNumber",
        "createdDateTime",
        "customCanSeePrivacyMessage",
        "customCantSeePrivacyMessage",
        "customPrivacyMessage",
        "disableClientTelemetry",
        "displayName",
        "enrollmentAvailability",
        "isDefaultProfile",
        "isFactoryResetDisabled",
        "isRemoveDeviceDisabled",
        "landingPageCustomizedImage",
        "lastModifiedDateTime",
        "lightBackgroundLogo",
        "onlineSupportSiteName",
        "onlineSupportSiteUrl",
        "privacyUrl",
        "profileDescription",
        "profileName",
        "roleScopeTagIds",
        "sendDeviceOwnershipChangePushNotification",
        "showAzureADEnterpriseApps",
        "showDisplayNameNextToLogo",
        "showLogo",
        "showOfficeWebApps",
        "themeColor",
        "themeColorLogo",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"companyPortalBlockedActions\":  ",
        ",\"contactITEmailAddress\":        ",
        ",\"contactITName\":                ",
        ",\"contactITNotes\":               ",
        ",\"contactITPhoneNumber\":         ",
        ",\"createdDateTime\":              ",
        ",\"customCanSeePrivacyMessage\":   ",
        ",\"customCantSeePrivacyMessage\":  ",
        ",\"customPrivacyMessage\":         ",
        ",\"disableClientTelemetry\":       ",
        ",\"displayName\":                  ",
        ",\"enrollmentAvailability\":       ",
        ",\"isDefaultProfile\":             ",
        ",\"isFactoryResetDisabled\":       ",
        ",\"isRemoveDeviceDisabled\":       ",
        ",\"landingPageCustomizedImage\":   ",
        ",\"lastModifiedDateTime\":         ",
        ",\"lightBackgroundLogo\":          ",
        ",\"onlineSupportSiteName\":        ",
        ",\"onlineSupportSiteUrl\":         ",
        ",\"privacyUrl\":                   ",
        ",\"profileDescription\":           ",
        ",\"profileName\":                  ",
        ",\"roleScopeTagIds\":              ",
        ",\"sendDeviceOwnershipChangePushNotification\":",
        ",\"showAzureADEnterpriseApps\":    ",
        ",\"showDisplayNameNextToLogo\":    ",
        ",\"showLogo\":                     ",
        ",\"showOfficeWebApps\":            ",
        ",\"themeColor\":                   ",
        ",\"themeColorLogo\":               ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.intuneBrandingProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "company_portal_blocked_actions",
            &self.company_portal_blocked_actions,
        );
        v.field(2usize, "contact_it_email_address", &self.contact_it_email_address);
        v.field(3usize, "contact_it_name", &self.contact_it_name);
        v.field(4usize, "contact_it_notes", &self.contact_it_notes);
        v.field(5usize, "contact_it_phone_number", &self.contact_it_phone_number);
        v.field(6usize, "created_date_time", &self.created_date_time);
        v.field(
            7usize,
            "custom_can_see_privacy_message",
            &self.custom_can_see_privacy_message,
        );
        v.field(
            8usize,
            "custom_cant_see_privacy_message",
            &self.custom_cant_see_privacy_message,
        );
        v.field(9usize, "custom_privacy_message", &self.custom_privacy_message);
        v.field(10usize, "disable_client_telemetry", &self.disable_client_telemetry);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "enrollment_availability", &self.enrollment_availability);
        v.field(13usize, "is_default_profile", &self.is_default_profile);
        v.field(14usize, "is_factory_reset_disabled", &self.is_factory_reset_disabled);
        v.field(15usize, "is_remove_device_disabled", &self.is_remove_device_disabled);
        v.field(
            16usize,
            "landing_page_customized_image",
            &self.landing_page_customized_image,
        );
        v.field(17usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(18usize, "light_background_logo", &self.light_background_logo);
        v.field(19usize, "online_support_site_name", &self.online_support_site_name);
        v.field(20usize, "online_support_site_url", &self.online_support_site_url);
        v.field(21usize, "privacy_url", &self.privacy_url);
        v.field(22usize, "profile_description", &self.profile_description);
        v.field(23usize, "profile_name", &self.profile_name);
        v.field(24usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(
            25usize,
            "send_device_ownership_change_push_notification",
            &self.send_device_ownership_change_push_notification,
        );
        v.field(
            26usize,
            "show_azure_ad_enterprise_apps",
            &self.show_azure_ad_enterprise_apps,
        );
        v.field(
            27usize,
            "show_display_name_next_to_logo",
            &self.show_display_name_next_to_logo,
        );
        v.field(28usize, "show_logo", &self.show_logo);
        v.field(29usize, "show_office_web_apps", &self.show_office_web_apps);
        v.field(30usize, "theme_color", &self.theme_color);
        v.field(31usize, "theme_color_logo", &self.theme_color_logo);
        v.field(32usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IntuneBrandingProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.company_portal_blocked_actions.read_from(r),
            2usize => self.contact_it_email_address.read_from(r),
            3usize => self.contact_it_name.read_from(r),
            4usize => self.contact_it_notes.read_from(r),
            5usize => self.contact_it_phone_number.read_from(r),
            6usize => self.created_date_time.read_from(r),
            7usize => self.custom_can_see_privacy_message.read_from(r),
            8usize => self.custom_cant_see_privacy_message.read_from(r),
            9usize => self.custom_privacy_message.read_from(r),
            10usize => self.disable_client_telemetry.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.enrollment_availability.read_from(r),
            13usize => self.is_default_profile.read_from(r),
            14usize => self.is_factory_reset_disabled.read_from(r),
            15usize => self.is_remove_device_disabled.read_from(r),
            16usize => self.landing_page_customized_image.read_from(r),
            17usize => self.last_modified_date_time.read_from(r),
            18usize => self.light_background_logo.read_from(r),
            19usize => self.online_support_site_name.read_from(r),
            20usize => self.online_support_site_url.read_from(r),
            21usize => self.privacy_url.read_from(r),
            22usize => self.profile_description.read_from(r),
            23usize => self.profile_name.read_from(r),
            24usize => self.role_scope_tag_ids.read_from(r),
            25usize => self.send_device_ownership_change_push_notification.read_from(r),
            26usize => self.show_azure_ad_enterprise_apps.read_from(r),
            27usize => self.show_display_name_next_to_logo.read_from(r),
            28usize => self.show_logo.read_from(r),
            29usize => self.show_office_web_apps.read_from(r),
            30usize => self.theme_color.read_from(r),
            31usize => self.theme_color_logo.read_from(r),
            32usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.company_portal_blocked_actions);
        w.field(2usize, &self.contact_it_email_address);
        w.field(3usize, &self.contact_it_name);
        w.field(4usize, &self.contact_it_notes);
        w.field(5usize, &self.contact_it_phone_number);
        w.field(6usize, &self.created_date_time);
        w.field(7usize, &self.custom_can_see_privacy_message);
        w.field(8usize, &self.custom_cant_see_privacy_message);
        w.field(9usize, &self.custom_privacy_message);
        w.field(10usize, &self.disable_client_telemetry);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.enrollment_availability);
        w.field(13usize, &self.is_default_profile);
        w.field(14usize, &self.is_factory_reset_disabled);
        w.field(15usize, &self.is_remove_device_disabled);
        w.field(16usize, &self.landing_page_customized_image);
        w.field(17usize, &self.last_modified_date_time);
        w.field(18usize, &self.light_background_logo);
        w.field(19usize, &self.online_support_site_name);
        w.field(20usize, &self.online_support_site_url);
        w.field(21usize, &self.privacy_url);
        w.field(22usize, &self.profile_description);
        w.field(23usize, &self.profile_name);
        w.field(24usize, &self.role_scope_tag_ids);
        w.field(25usize, &self.send_device_ownership_change_push_notification);
        w.field(26usize, &self.show_azure_ad_enterprise_apps);
        w.field(27usize, &self.show_display_name_next_to_logo);
        w.field(28usize, &self.show_logo);
        w.field(29usize, &self.show_office_web_apps);
        w.field(30usize, &self.theme_color);
        w.field(31usize, &self.theme_color_logo);
        w.field(32usize, &self.assignments);
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
rt::impl_object!(IntuneBrandingProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IntuneBrandingProfile { with_id id : ::std::string::String;
    with_company_portal_blocked_actions company_portal_blocked_actions : ::std::vec::Vec
    < crate ::beta::CompanyPortalBlockedAction >; with_contact_it_email_address
    contact_it_email_address : ::std::string::String; with_contact_it_name
    contact_it_name : ::std::string::String; with_contact_it_notes contact_it_notes :
    ::std::string::String; with_contact_it_phone_number contact_it_phone_number :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_can_see_privacy_message
    custom_can_see_privacy_message : ::std::string::String;
    with_custom_cant_see_privacy_message custom_cant_see_privacy_message :
    ::std::string::String; with_custom_privacy_message custom_privacy_message :
    ::std::string::String; with_disable_client_telemetry disable_client_telemetry : bool;
    with_display_name display_name : ::std::string::String; with_enrollment_availability
    enrollment_availability : crate ::beta::EnrollmentAvailabilityOptions;
    with_is_default_profile is_default_profile : bool; with_is_factory_reset_disabled
    is_factory_reset_disabled : bool; with_is_remove_device_disabled
    is_remove_device_disabled : bool; with_landing_page_customized_image
    landing_page_customized_image : crate ::beta::MimeContent;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_light_background_logo light_background_logo : crate ::beta::MimeContent;
    with_online_support_site_name online_support_site_name : ::std::string::String;
    with_online_support_site_url online_support_site_url : ::std::string::String;
    with_privacy_url privacy_url : ::std::string::String; with_profile_description
    profile_description : ::std::string::String; with_profile_name profile_name :
    ::std::string::String; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec <
    ::std::string::String >; with_send_device_ownership_change_push_notification
    send_device_ownership_change_push_notification : bool;
    with_show_azure_ad_enterprise_apps show_azure_ad_enterprise_apps : bool;
    with_show_display_name_next_to_logo show_display_name_next_to_logo : bool;
    with_show_logo show_logo : bool; with_show_office_web_apps show_office_web_apps :
    bool; with_theme_color theme_color : crate ::beta::RgbColor; with_theme_color_logo
    theme_color_logo : crate ::beta::MimeContent; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::IntuneBrandingProfileAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntuneBrandingProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// This entity contains the properties used to assign a branding profile to a group.
///
/// CSDL: `microsoft.graph.intuneBrandingProfileAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IntuneBrandingProfileAssignmentPath`](requests/trait.IntuneBrandingProfileAssignmentPath.html), what a path to one (`EntityPath<IntuneBrandingProfileAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IntuneBrandingProfileAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Assignment target that the branding profile is assigned to.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IntuneBrandingProfileAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IntuneBrandingProfileAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.intuneBrandingProfileAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.intuneBrandingProfileAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IntuneBrandingProfileAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
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
rt::impl_object!(IntuneBrandingProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IntuneBrandingProfileAssignment { with_id id : ::std::string::String; with_target
    target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntuneBrandingProfileAssignment);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.inviteNewBotResponse`, complex type, derived from `microsoft.graph.participantJoiningResponse`.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct InviteNewBotResponse {
    /// CSDL: property `inviteUri`: `Edm.String`, nullable.
    pub invite_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for InviteNewBotResponse {
    #[inline]
    fn default() -> Self {
        Self {
            invite_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for InviteNewBotResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.inviteNewBotResponse";
    const KEYS: &'static [&'static str] = &["inviteUri"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inviteUri\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.inviteNewBotResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "invite_uri", &self.invite_uri);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for InviteNewBotResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.invite_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.invite_uri);
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
rt::impl_object!(InviteNewBotResponse);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    InviteNewBotResponse { with_invite_uri invite_uri : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(InviteNewBotResponse);
