//! Types of `microsoft.graph` by the first letters of their names (`on_ou`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionExternalUsersSelfServiceSignUp`, complex type, derived from `microsoft.graph.onAttributeCollectionHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionExternalUsersSelfServiceSignUp {
    /// CSDL: property `attributeCollectionPage`: `microsoft.graph.authenticationAttributeCollectionPage`, nullable.
    pub attribute_collection_page: rt::Field<
        crate::v1::AuthenticationAttributeCollectionPage,
    >,
    /// CSDL: navigation property `attributes`: `Collection(microsoft.graph.identityUserFlowAttribute)`, not nullable.
    pub attributes: rt::Field<::std::vec::Vec<crate::v1::AnyIdentityUserFlowAttribute>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionExternalUsersSelfServiceSignUp {
    #[inline]
    fn default() -> Self {
        Self {
            attribute_collection_page: rt::Field::Absent,
            attributes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionExternalUsersSelfServiceSignUp {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionExternalUsersSelfServiceSignUp";
    const KEYS: &'static [&'static str] = &["attributeCollectionPage", "attributes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attributeCollectionPage\":      ",
        ",\"attributes\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionExternalUsersSelfServiceSignUp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attribute_collection_page", &self.attribute_collection_page);
        v.field(1usize, "attributes", &self.attributes);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionExternalUsersSelfServiceSignUp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attribute_collection_page.read_from(r),
            1usize => self.attributes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attribute_collection_page);
        w.field(1usize, &self.attributes);
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
rt::impl_object!(OnAttributeCollectionExternalUsersSelfServiceSignUp);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnAttributeCollectionExternalUsersSelfServiceSignUp { with_attribute_collection_page
    attribute_collection_page : crate ::v1::AuthenticationAttributeCollectionPage;
    with_attributes attributes : ::std::vec::Vec < crate
    ::v1::AnyIdentityUserFlowAttribute >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionExternalUsersSelfServiceSignUp);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnAttributeCollectionHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onAttributeCollectionHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnAttributeCollectionHandler {
    OnAttributeCollectionHandler(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionHandler>,
    ),
    OnAttributeCollectionExternalUsersSelfServiceSignUp(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionExternalUsersSelfServiceSignUp>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnAttributeCollectionHandler {
    #[inline]
    fn default() -> Self {
        Self::OnAttributeCollectionHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionHandler>
for AnyOnAttributeCollectionHandler {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionHandler) -> Self {
        Self::OnAttributeCollectionHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionExternalUsersSelfServiceSignUp>
for AnyOnAttributeCollectionHandler {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionExternalUsersSelfServiceSignUp) -> Self {
        Self::OnAttributeCollectionExternalUsersSelfServiceSignUp(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnAttributeCollectionHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnAttributeCollectionHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnAttributeCollectionHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnAttributeCollectionHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnAttributeCollectionHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionHandler>();
    rt::object::auto_traits::<
        crate::v1::OnAttributeCollectionExternalUsersSelfServiceSignUp,
    >();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnAttributeCollectionHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onAttributeCollectionHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionExternalUsersSelfServiceSignUp",
            ) => {
                Self::OnAttributeCollectionExternalUsersSelfServiceSignUp(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::OnAttributeCollectionHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnAttributeCollectionHandler(v) => &**v,
            Self::OnAttributeCollectionExternalUsersSelfServiceSignUp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnAttributeCollectionHandler(v) => &mut **v,
            Self::OnAttributeCollectionExternalUsersSelfServiceSignUp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnAttributeCollectionHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnAttributeCollectionHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnAttributeCollectionHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnAttributeCollectionListenerPath`](requests/trait.OnAttributeCollectionListenerPath.html), what a path to one (`EntityPath<OnAttributeCollectionListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onAttributeCollectionHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnAttributeCollectionHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnAttributeCollectionListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnAttributeCollectionListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnAttributeCollectionHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionListener);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionStartCustomExtension`, entity type, derived from `microsoft.graph.customAuthenticationExtension`, key `id`.
///
/// Request builders: [`CustomAuthenticationExtensionPath`](requests/trait.CustomAuthenticationExtensionPath.html), what a path to one (`EntityPath<OnAttributeCollectionStartCustomExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionStartCustomExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `behaviorOnError`: `microsoft.graph.customExtensionBehaviorOnError`, nullable.
    pub behavior_on_error: rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for OnAttributeCollectionStartCustomExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            behavior_on_error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for OnAttributeCollectionStartCustomExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionStartCustomExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "behaviorOnError",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"behaviorOnError\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionStartCustomExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "behavior_on_error", &self.behavior_on_error);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for OnAttributeCollectionStartCustomExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.behavior_on_error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.behavior_on_error);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(OnAttributeCollectionStartCustomExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    OnAttributeCollectionStartCustomExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_behavior_on_error
    behavior_on_error : crate ::v1::AnyCustomExtensionBehaviorOnError; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionStartCustomExtension);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionStartCustomExtensionHandler`, complex type, derived from `microsoft.graph.onAttributeCollectionStartHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionStartCustomExtensionHandler {
    /// CSDL: property `configuration`: `microsoft.graph.customExtensionOverwriteConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::CustomExtensionOverwriteConfiguration>,
    /// CSDL: navigation property `customExtension`: `microsoft.graph.onAttributeCollectionStartCustomExtension`, nullable.
    pub custom_extension: rt::Field<
        crate::v1::OnAttributeCollectionStartCustomExtension,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionStartCustomExtensionHandler {
    #[inline]
    fn default() -> Self {
        Self {
            configuration: rt::Field::Absent,
            custom_extension: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionStartCustomExtensionHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionStartCustomExtensionHandler";
    const KEYS: &'static [&'static str] = &["configuration", "customExtension"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configuration\":                ",
        ",\"customExtension\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionStartCustomExtensionHandler\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configuration", &self.configuration);
        v.field(1usize, "custom_extension", &self.custom_extension);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionStartCustomExtensionHandler {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration.read_from(r),
            1usize => self.custom_extension.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration);
        w.field(1usize, &self.custom_extension);
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
rt::impl_object!(OnAttributeCollectionStartCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnAttributeCollectionStartCustomExtensionHandler { with_configuration configuration :
    crate ::v1::CustomExtensionOverwriteConfiguration; with_custom_extension
    custom_extension : crate ::v1::OnAttributeCollectionStartCustomExtension; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionStartCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionStartHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionStartHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionStartHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionStartHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionStartHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionStartHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnAttributeCollectionStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onAttributeCollectionStartHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnAttributeCollectionStartHandler {
    OnAttributeCollectionStartHandler(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartHandler>,
    ),
    OnAttributeCollectionStartCustomExtensionHandler(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartCustomExtensionHandler>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnAttributeCollectionStartHandler {
    #[inline]
    fn default() -> Self {
        Self::OnAttributeCollectionStartHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartHandler>
for AnyOnAttributeCollectionStartHandler {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartHandler) -> Self {
        Self::OnAttributeCollectionStartHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartCustomExtensionHandler>
for AnyOnAttributeCollectionStartHandler {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartCustomExtensionHandler) -> Self {
        Self::OnAttributeCollectionStartCustomExtensionHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnAttributeCollectionStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnAttributeCollectionStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnAttributeCollectionStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnAttributeCollectionStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnAttributeCollectionStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionStartHandler>();
    rt::object::auto_traits::<
        crate::v1::OnAttributeCollectionStartCustomExtensionHandler,
    >();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnAttributeCollectionStartHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onAttributeCollectionStartHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartCustomExtensionHandler",
            ) => {
                Self::OnAttributeCollectionStartCustomExtensionHandler(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::OnAttributeCollectionStartHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnAttributeCollectionStartHandler(v) => &**v,
            Self::OnAttributeCollectionStartCustomExtensionHandler(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnAttributeCollectionStartHandler(v) => &mut **v,
            Self::OnAttributeCollectionStartCustomExtensionHandler(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnAttributeCollectionStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnAttributeCollectionStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnAttributeCollectionStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionStartListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnAttributeCollectionStartListenerPath`](requests/trait.OnAttributeCollectionStartListenerPath.html), what a path to one (`EntityPath<OnAttributeCollectionStartListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionStartListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onAttributeCollectionStartHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnAttributeCollectionStartHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionStartListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionStartListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionStartListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionStartListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionStartListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnAttributeCollectionStartListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnAttributeCollectionStartListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnAttributeCollectionStartHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionStartListener);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionSubmitCustomExtension`, entity type, derived from `microsoft.graph.customAuthenticationExtension`, key `id`.
///
/// Request builders: [`CustomAuthenticationExtensionPath`](requests/trait.CustomAuthenticationExtensionPath.html), what a path to one (`EntityPath<OnAttributeCollectionSubmitCustomExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionSubmitCustomExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `behaviorOnError`: `microsoft.graph.customExtensionBehaviorOnError`, nullable.
    pub behavior_on_error: rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for OnAttributeCollectionSubmitCustomExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            behavior_on_error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for OnAttributeCollectionSubmitCustomExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionSubmitCustomExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "behaviorOnError",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"behaviorOnError\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionSubmitCustomExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "behavior_on_error", &self.behavior_on_error);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for OnAttributeCollectionSubmitCustomExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.behavior_on_error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.behavior_on_error);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(OnAttributeCollectionSubmitCustomExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    OnAttributeCollectionSubmitCustomExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_behavior_on_error
    behavior_on_error : crate ::v1::AnyCustomExtensionBehaviorOnError; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionSubmitCustomExtension);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionSubmitCustomExtensionHandler`, complex type, derived from `microsoft.graph.onAttributeCollectionSubmitHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionSubmitCustomExtensionHandler {
    /// CSDL: property `configuration`: `microsoft.graph.customExtensionOverwriteConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::CustomExtensionOverwriteConfiguration>,
    /// CSDL: navigation property `customExtension`: `microsoft.graph.onAttributeCollectionSubmitCustomExtension`, nullable.
    pub custom_extension: rt::Field<
        crate::v1::OnAttributeCollectionSubmitCustomExtension,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionSubmitCustomExtensionHandler {
    #[inline]
    fn default() -> Self {
        Self {
            configuration: rt::Field::Absent,
            custom_extension: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionSubmitCustomExtensionHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionSubmitCustomExtensionHandler";
    const KEYS: &'static [&'static str] = &["configuration", "customExtension"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configuration\":                ",
        ",\"customExtension\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionSubmitCustomExtensionHandler\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configuration", &self.configuration);
        v.field(1usize, "custom_extension", &self.custom_extension);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionSubmitCustomExtensionHandler {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration.read_from(r),
            1usize => self.custom_extension.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration);
        w.field(1usize, &self.custom_extension);
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
rt::impl_object!(OnAttributeCollectionSubmitCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnAttributeCollectionSubmitCustomExtensionHandler { with_configuration configuration
    : crate ::v1::CustomExtensionOverwriteConfiguration; with_custom_extension
    custom_extension : crate ::v1::OnAttributeCollectionSubmitCustomExtension; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionSubmitCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionSubmitHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionSubmitHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionSubmitHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionSubmitHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionSubmitHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionSubmitHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionSubmitHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnAttributeCollectionSubmitHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionSubmitHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onAttributeCollectionSubmitHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnAttributeCollectionSubmitHandler {
    OnAttributeCollectionSubmitHandler(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitHandler>,
    ),
    OnAttributeCollectionSubmitCustomExtensionHandler(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitCustomExtensionHandler>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnAttributeCollectionSubmitHandler {
    #[inline]
    fn default() -> Self {
        Self::OnAttributeCollectionSubmitHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitHandler>
for AnyOnAttributeCollectionSubmitHandler {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitHandler) -> Self {
        Self::OnAttributeCollectionSubmitHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitCustomExtensionHandler>
for AnyOnAttributeCollectionSubmitHandler {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitCustomExtensionHandler) -> Self {
        Self::OnAttributeCollectionSubmitCustomExtensionHandler(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnAttributeCollectionSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnAttributeCollectionSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnAttributeCollectionSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnAttributeCollectionSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnAttributeCollectionSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionSubmitHandler>();
    rt::object::auto_traits::<
        crate::v1::OnAttributeCollectionSubmitCustomExtensionHandler,
    >();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnAttributeCollectionSubmitHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onAttributeCollectionSubmitHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitCustomExtensionHandler",
            ) => {
                Self::OnAttributeCollectionSubmitCustomExtensionHandler(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::OnAttributeCollectionSubmitHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnAttributeCollectionSubmitHandler(v) => &**v,
            Self::OnAttributeCollectionSubmitCustomExtensionHandler(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnAttributeCollectionSubmitHandler(v) => &mut **v,
            Self::OnAttributeCollectionSubmitCustomExtensionHandler(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnAttributeCollectionSubmitHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnAttributeCollectionSubmitHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnAttributeCollectionSubmitHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAttributeCollectionSubmitListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnAttributeCollectionSubmitListenerPath`](requests/trait.OnAttributeCollectionSubmitListenerPath.html), what a path to one (`EntityPath<OnAttributeCollectionSubmitListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAttributeCollectionSubmitListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onAttributeCollectionSubmitHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnAttributeCollectionSubmitHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAttributeCollectionSubmitListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAttributeCollectionSubmitListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onAttributeCollectionSubmitListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAttributeCollectionSubmitListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAttributeCollectionSubmitListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnAttributeCollectionSubmitListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnAttributeCollectionSubmitListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnAttributeCollectionSubmitHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAttributeCollectionSubmitListener);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp`, complex type, derived from `microsoft.graph.onAuthenticationMethodLoadStartHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp {
    /// CSDL: navigation property `identityProviders`: `Collection(microsoft.graph.identityProviderBase)`, not nullable.
    pub identity_providers: rt::Field<
        ::std::vec::Vec<crate::v1::AnyIdentityProviderBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default
for OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp {
    #[inline]
    fn default() -> Self {
        Self {
            identity_providers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp {
    const TYPE_NAME: &'static str = "microsoft.graph.onAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp";
    const KEYS: &'static [&'static str] = &["identityProviders"];
    const KEYS_JSON: &'static [&'static str] = &[",\"identityProviders\":            "];
    const TAG: &'static str = "\"#microsoft.graph.onAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity_providers", &self.identity_providers);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members
for OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity_providers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity_providers);
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
rt::impl_object!(OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp {
    with_identity_providers identity_providers : ::std::vec::Vec < crate
    ::v1::AnyIdentityProviderBase >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAuthenticationMethodLoadStartHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAuthenticationMethodLoadStartHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAuthenticationMethodLoadStartHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAuthenticationMethodLoadStartHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onAuthenticationMethodLoadStartHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onAuthenticationMethodLoadStartHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAuthenticationMethodLoadStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnAuthenticationMethodLoadStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAuthenticationMethodLoadStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onAuthenticationMethodLoadStartHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnAuthenticationMethodLoadStartHandler {
    OnAuthenticationMethodLoadStartHandler(
        ::std::boxed::Box<crate::v1::OnAuthenticationMethodLoadStartHandler>,
    ),
    OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp(
        ::std::boxed::Box<
            crate::v1::OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp,
        >,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnAuthenticationMethodLoadStartHandler {
    #[inline]
    fn default() -> Self {
        Self::OnAuthenticationMethodLoadStartHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAuthenticationMethodLoadStartHandler>
for AnyOnAuthenticationMethodLoadStartHandler {
    #[inline]
    fn from(v: crate::v1::OnAuthenticationMethodLoadStartHandler) -> Self {
        Self::OnAuthenticationMethodLoadStartHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp,
> for AnyOnAuthenticationMethodLoadStartHandler {
    #[inline]
    fn from(
        v: crate::v1::OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp,
    ) -> Self {
        Self::OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnAuthenticationMethodLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnAuthenticationMethodLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnAuthenticationMethodLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnAuthenticationMethodLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnAuthenticationMethodLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnAuthenticationMethodLoadStartHandler>();
    rt::object::auto_traits::<
        crate::v1::OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp,
    >();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnAuthenticationMethodLoadStartHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onAuthenticationMethodLoadStartHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp",
            ) => {
                Self::OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::OnAuthenticationMethodLoadStartHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnAuthenticationMethodLoadStartHandler(v) => &**v,
            Self::OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp(v) => {
                &**v
            }
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnAuthenticationMethodLoadStartHandler(v) => &mut **v,
            Self::OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp(v) => {
                &mut **v
            }
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnAuthenticationMethodLoadStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnAuthenticationMethodLoadStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnAuthenticationMethodLoadStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onAuthenticationMethodLoadStartListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnAuthenticationMethodLoadStartListenerPath`](requests/trait.OnAuthenticationMethodLoadStartListenerPath.html), what a path to one (`EntityPath<OnAuthenticationMethodLoadStartListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnAuthenticationMethodLoadStartListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onAuthenticationMethodLoadStartHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnAuthenticationMethodLoadStartHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnAuthenticationMethodLoadStartListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnAuthenticationMethodLoadStartListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onAuthenticationMethodLoadStartListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onAuthenticationMethodLoadStartListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnAuthenticationMethodLoadStartListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnAuthenticationMethodLoadStartListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnAuthenticationMethodLoadStartListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnAuthenticationMethodLoadStartHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnAuthenticationMethodLoadStartListener);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onEmailOtpSendListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnEmailOtpSendListenerPath`](requests/trait.OnEmailOtpSendListenerPath.html), what a path to one (`EntityPath<OnEmailOtpSendListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnEmailOtpSendListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onOtpSendHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnOtpSendHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnEmailOtpSendListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnEmailOtpSendListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onEmailOtpSendListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onEmailOtpSendListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnEmailOtpSendListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnEmailOtpSendListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnEmailOtpSendListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate ::v1::AnyOnOtpSendHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnEmailOtpSendListener);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onFraudProtectionLoadStartExternalUsersAuthHandler`, complex type, derived from `microsoft.graph.onFraudProtectionLoadStartHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnFraudProtectionLoadStartExternalUsersAuthHandler {
    /// CSDL: property `signUp`: `microsoft.graph.fraudProtectionConfiguration`, nullable.
    pub sign_up: rt::Field<crate::v1::AnyFraudProtectionConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnFraudProtectionLoadStartExternalUsersAuthHandler {
    #[inline]
    fn default() -> Self {
        Self {
            sign_up: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnFraudProtectionLoadStartExternalUsersAuthHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onFraudProtectionLoadStartExternalUsersAuthHandler";
    const KEYS: &'static [&'static str] = &["signUp"];
    const KEYS_JSON: &'static [&'static str] = &[",\"signUp\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.onFraudProtectionLoadStartExternalUsersAuthHandler\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sign_up", &self.sign_up);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnFraudProtectionLoadStartExternalUsersAuthHandler {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sign_up.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sign_up);
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
rt::impl_object!(OnFraudProtectionLoadStartExternalUsersAuthHandler);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnFraudProtectionLoadStartExternalUsersAuthHandler { with_sign_up sign_up : crate
    ::v1::AnyFraudProtectionConfiguration; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnFraudProtectionLoadStartExternalUsersAuthHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onFraudProtectionLoadStartHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnFraudProtectionLoadStartHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnFraudProtectionLoadStartHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnFraudProtectionLoadStartHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onFraudProtectionLoadStartHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onFraudProtectionLoadStartHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnFraudProtectionLoadStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnFraudProtectionLoadStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnFraudProtectionLoadStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onFraudProtectionLoadStartHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnFraudProtectionLoadStartHandler {
    OnFraudProtectionLoadStartHandler(
        ::std::boxed::Box<crate::v1::OnFraudProtectionLoadStartHandler>,
    ),
    OnFraudProtectionLoadStartExternalUsersAuthHandler(
        ::std::boxed::Box<crate::v1::OnFraudProtectionLoadStartExternalUsersAuthHandler>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnFraudProtectionLoadStartHandler {
    #[inline]
    fn default() -> Self {
        Self::OnFraudProtectionLoadStartHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnFraudProtectionLoadStartHandler>
for AnyOnFraudProtectionLoadStartHandler {
    #[inline]
    fn from(v: crate::v1::OnFraudProtectionLoadStartHandler) -> Self {
        Self::OnFraudProtectionLoadStartHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnFraudProtectionLoadStartExternalUsersAuthHandler>
for AnyOnFraudProtectionLoadStartHandler {
    #[inline]
    fn from(v: crate::v1::OnFraudProtectionLoadStartExternalUsersAuthHandler) -> Self {
        Self::OnFraudProtectionLoadStartExternalUsersAuthHandler(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnFraudProtectionLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnFraudProtectionLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnFraudProtectionLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnFraudProtectionLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnFraudProtectionLoadStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnFraudProtectionLoadStartHandler>();
    rt::object::auto_traits::<
        crate::v1::OnFraudProtectionLoadStartExternalUsersAuthHandler,
    >();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnFraudProtectionLoadStartHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onFraudProtectionLoadStartHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onFraudProtectionLoadStartExternalUsersAuthHandler",
            ) => {
                Self::OnFraudProtectionLoadStartExternalUsersAuthHandler(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::OnFraudProtectionLoadStartHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnFraudProtectionLoadStartHandler(v) => &**v,
            Self::OnFraudProtectionLoadStartExternalUsersAuthHandler(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnFraudProtectionLoadStartHandler(v) => &mut **v,
            Self::OnFraudProtectionLoadStartExternalUsersAuthHandler(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnFraudProtectionLoadStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnFraudProtectionLoadStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnFraudProtectionLoadStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onFraudProtectionLoadStartListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnFraudProtectionLoadStartListenerPath`](requests/trait.OnFraudProtectionLoadStartListenerPath.html), what a path to one (`EntityPath<OnFraudProtectionLoadStartListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnFraudProtectionLoadStartListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onFraudProtectionLoadStartHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnFraudProtectionLoadStartHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnFraudProtectionLoadStartListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnFraudProtectionLoadStartListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onFraudProtectionLoadStartListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onFraudProtectionLoadStartListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnFraudProtectionLoadStartListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnFraudProtectionLoadStartListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnFraudProtectionLoadStartListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnFraudProtectionLoadStartHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnFraudProtectionLoadStartListener);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onInteractiveAuthFlowStartExternalUsersSelfServiceSignUp`, complex type, derived from `microsoft.graph.onInteractiveAuthFlowStartHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp {
    /// CSDL: property `isSignUpAllowed`: `Edm.Boolean`, not nullable.
    pub is_sign_up_allowed: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default
for OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp {
    #[inline]
    fn default() -> Self {
        Self {
            is_sign_up_allowed: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp {
    const TYPE_NAME: &'static str = "microsoft.graph.onInteractiveAuthFlowStartExternalUsersSelfServiceSignUp";
    const KEYS: &'static [&'static str] = &["isSignUpAllowed"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isSignUpAllowed\":              "];
    const TAG: &'static str = "\"#microsoft.graph.onInteractiveAuthFlowStartExternalUsersSelfServiceSignUp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_sign_up_allowed", &self.is_sign_up_allowed);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_sign_up_allowed.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_sign_up_allowed);
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
rt::impl_object!(OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp { with_is_sign_up_allowed
    is_sign_up_allowed : bool; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onInteractiveAuthFlowStartHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnInteractiveAuthFlowStartHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnInteractiveAuthFlowStartHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnInteractiveAuthFlowStartHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onInteractiveAuthFlowStartHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onInteractiveAuthFlowStartHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnInteractiveAuthFlowStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnInteractiveAuthFlowStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnInteractiveAuthFlowStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onInteractiveAuthFlowStartHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnInteractiveAuthFlowStartHandler {
    OnInteractiveAuthFlowStartHandler(
        ::std::boxed::Box<crate::v1::OnInteractiveAuthFlowStartHandler>,
    ),
    OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp(
        ::std::boxed::Box<
            crate::v1::OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp,
        >,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnInteractiveAuthFlowStartHandler {
    #[inline]
    fn default() -> Self {
        Self::OnInteractiveAuthFlowStartHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnInteractiveAuthFlowStartHandler>
for AnyOnInteractiveAuthFlowStartHandler {
    #[inline]
    fn from(v: crate::v1::OnInteractiveAuthFlowStartHandler) -> Self {
        Self::OnInteractiveAuthFlowStartHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp,
> for AnyOnInteractiveAuthFlowStartHandler {
    #[inline]
    fn from(
        v: crate::v1::OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp,
    ) -> Self {
        Self::OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnInteractiveAuthFlowStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnInteractiveAuthFlowStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnInteractiveAuthFlowStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnInteractiveAuthFlowStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnInteractiveAuthFlowStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnInteractiveAuthFlowStartHandler>();
    rt::object::auto_traits::<
        crate::v1::OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp,
    >();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnInteractiveAuthFlowStartHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onInteractiveAuthFlowStartHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onInteractiveAuthFlowStartExternalUsersSelfServiceSignUp",
            ) => {
                Self::OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::OnInteractiveAuthFlowStartHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnInteractiveAuthFlowStartHandler(v) => &**v,
            Self::OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnInteractiveAuthFlowStartHandler(v) => &mut **v,
            Self::OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnInteractiveAuthFlowStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnInteractiveAuthFlowStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnInteractiveAuthFlowStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onInteractiveAuthFlowStartListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnInteractiveAuthFlowStartListenerPath`](requests/trait.OnInteractiveAuthFlowStartListenerPath.html), what a path to one (`EntityPath<OnInteractiveAuthFlowStartListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnInteractiveAuthFlowStartListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onInteractiveAuthFlowStartHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnInteractiveAuthFlowStartHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnInteractiveAuthFlowStartListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnInteractiveAuthFlowStartListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onInteractiveAuthFlowStartListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onInteractiveAuthFlowStartListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnInteractiveAuthFlowStartListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnInteractiveAuthFlowStartListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnInteractiveAuthFlowStartListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnInteractiveAuthFlowStartHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnInteractiveAuthFlowStartListener);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.onOtpSendCustomExtension`, entity type, derived from `microsoft.graph.customAuthenticationExtension`, key `id`.
///
/// Request builders: [`CustomAuthenticationExtensionPath`](requests/trait.CustomAuthenticationExtensionPath.html), what a path to one (`EntityPath<OnOtpSendCustomExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct OnOtpSendCustomExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `behaviorOnError`: `microsoft.graph.customExtensionBehaviorOnError`, nullable.
    pub behavior_on_error: rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for OnOtpSendCustomExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            behavior_on_error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for OnOtpSendCustomExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.onOtpSendCustomExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "behaviorOnError",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"behaviorOnError\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onOtpSendCustomExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "behavior_on_error", &self.behavior_on_error);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for OnOtpSendCustomExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.behavior_on_error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.behavior_on_error);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(OnOtpSendCustomExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    OnOtpSendCustomExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_behavior_on_error
    behavior_on_error : crate ::v1::AnyCustomExtensionBehaviorOnError; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnOtpSendCustomExtension);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onOtpSendCustomExtensionHandler`, complex type, derived from `microsoft.graph.onOtpSendHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnOtpSendCustomExtensionHandler {
    /// CSDL: property `configuration`: `microsoft.graph.customExtensionOverwriteConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::CustomExtensionOverwriteConfiguration>,
    /// CSDL: navigation property `customExtension`: `microsoft.graph.onOtpSendCustomExtension`, nullable.
    pub custom_extension: rt::Field<crate::v1::OnOtpSendCustomExtension>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnOtpSendCustomExtensionHandler {
    #[inline]
    fn default() -> Self {
        Self {
            configuration: rt::Field::Absent,
            custom_extension: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnOtpSendCustomExtensionHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onOtpSendCustomExtensionHandler";
    const KEYS: &'static [&'static str] = &["configuration", "customExtension"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configuration\":                ",
        ",\"customExtension\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onOtpSendCustomExtensionHandler\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configuration", &self.configuration);
        v.field(1usize, "custom_extension", &self.custom_extension);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnOtpSendCustomExtensionHandler {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration.read_from(r),
            1usize => self.custom_extension.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration);
        w.field(1usize, &self.custom_extension);
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
rt::impl_object!(OnOtpSendCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnOtpSendCustomExtensionHandler { with_configuration configuration : crate
    ::v1::CustomExtensionOverwriteConfiguration; with_custom_extension custom_extension :
    crate ::v1::OnOtpSendCustomExtension; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnOtpSendCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onOtpSendHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnOtpSendHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnOtpSendHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnOtpSendHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onOtpSendHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onOtpSendHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnOtpSendHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnOtpSendHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnOtpSendHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onOtpSendHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnOtpSendHandler {
    OnOtpSendHandler(::std::boxed::Box<crate::v1::OnOtpSendHandler>),
    OnOtpSendCustomExtensionHandler(
        ::std::boxed::Box<crate::v1::OnOtpSendCustomExtensionHandler>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnOtpSendHandler {
    #[inline]
    fn default() -> Self {
        Self::OnOtpSendHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnOtpSendHandler> for AnyOnOtpSendHandler {
    #[inline]
    fn from(v: crate::v1::OnOtpSendHandler) -> Self {
        Self::OnOtpSendHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnOtpSendCustomExtensionHandler>
for AnyOnOtpSendHandler {
    #[inline]
    fn from(v: crate::v1::OnOtpSendCustomExtensionHandler) -> Self {
        Self::OnOtpSendCustomExtensionHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnOtpSendHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnOtpSendHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnOtpSendHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnOtpSendHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnOtpSendHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnOtpSendHandler>();
    rt::object::auto_traits::<crate::v1::OnOtpSendCustomExtensionHandler>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnOtpSendHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onOtpSendHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onOtpSendCustomExtensionHandler",
            ) => Self::OnOtpSendCustomExtensionHandler(rt::object::new_boxed()),
            _ => Self::OnOtpSendHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnOtpSendHandler(v) => &**v,
            Self::OnOtpSendCustomExtensionHandler(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnOtpSendHandler(v) => &mut **v,
            Self::OnOtpSendCustomExtensionHandler(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnOtpSendHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnOtpSendHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnOtpSendHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onPasswordMigrationCustomExtensionHandler`, complex type, derived from `microsoft.graph.onPasswordSubmitHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnPasswordMigrationCustomExtensionHandler {
    /// CSDL: property `configuration`: `microsoft.graph.customExtensionOverwriteConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::CustomExtensionOverwriteConfiguration>,
    /// CSDL: property `migrationPropertyId`: `Edm.String`, not nullable.
    pub migration_property_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `customExtension`: `microsoft.graph.onPasswordSubmitCustomExtension`, nullable.
    pub custom_extension: rt::Field<crate::v1::OnPasswordSubmitCustomExtension>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnPasswordMigrationCustomExtensionHandler {
    #[inline]
    fn default() -> Self {
        Self {
            configuration: rt::Field::Absent,
            migration_property_id: rt::Field::Absent,
            custom_extension: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnPasswordMigrationCustomExtensionHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onPasswordMigrationCustomExtensionHandler";
    const KEYS: &'static [&'static str] = &[
        "configuration",
        "migrationPropertyId",
        "customExtension",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configuration\":                ",
        ",\"migrationPropertyId\":          ",
        ",\"customExtension\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPasswordMigrationCustomExtensionHandler\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configuration", &self.configuration);
        v.field(1usize, "migration_property_id", &self.migration_property_id);
        v.field(2usize, "custom_extension", &self.custom_extension);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnPasswordMigrationCustomExtensionHandler {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration.read_from(r),
            1usize => self.migration_property_id.read_from(r),
            2usize => self.custom_extension.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration);
        w.field(1usize, &self.migration_property_id);
        w.field(2usize, &self.custom_extension);
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
rt::impl_object!(OnPasswordMigrationCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnPasswordMigrationCustomExtensionHandler { with_configuration configuration : crate
    ::v1::CustomExtensionOverwriteConfiguration; with_migration_property_id
    migration_property_id : ::std::string::String; with_custom_extension custom_extension
    : crate ::v1::OnPasswordSubmitCustomExtension; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPasswordMigrationCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.onPasswordSubmitCustomExtension`, entity type, derived from `microsoft.graph.customAuthenticationExtension`, key `id`.
///
/// Request builders: [`CustomAuthenticationExtensionPath`](requests/trait.CustomAuthenticationExtensionPath.html), what a path to one (`EntityPath<OnPasswordSubmitCustomExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct OnPasswordSubmitCustomExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `behaviorOnError`: `microsoft.graph.customExtensionBehaviorOnError`, nullable.
    pub behavior_on_error: rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for OnPasswordSubmitCustomExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            behavior_on_error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for OnPasswordSubmitCustomExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.onPasswordSubmitCustomExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "behaviorOnError",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"behaviorOnError\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPasswordSubmitCustomExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "behavior_on_error", &self.behavior_on_error);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for OnPasswordSubmitCustomExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.behavior_on_error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.behavior_on_error);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(OnPasswordSubmitCustomExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    OnPasswordSubmitCustomExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_behavior_on_error
    behavior_on_error : crate ::v1::AnyCustomExtensionBehaviorOnError; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPasswordSubmitCustomExtension);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onPasswordSubmitHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnPasswordSubmitHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnPasswordSubmitHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnPasswordSubmitHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onPasswordSubmitHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onPasswordSubmitHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnPasswordSubmitHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnPasswordSubmitHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPasswordSubmitHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onPasswordSubmitHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnPasswordSubmitHandler {
    OnPasswordSubmitHandler(::std::boxed::Box<crate::v1::OnPasswordSubmitHandler>),
    OnPasswordMigrationCustomExtensionHandler(
        ::std::boxed::Box<crate::v1::OnPasswordMigrationCustomExtensionHandler>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnPasswordSubmitHandler {
    #[inline]
    fn default() -> Self {
        Self::OnPasswordSubmitHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPasswordSubmitHandler>
for AnyOnPasswordSubmitHandler {
    #[inline]
    fn from(v: crate::v1::OnPasswordSubmitHandler) -> Self {
        Self::OnPasswordSubmitHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPasswordMigrationCustomExtensionHandler>
for AnyOnPasswordSubmitHandler {
    #[inline]
    fn from(v: crate::v1::OnPasswordMigrationCustomExtensionHandler) -> Self {
        Self::OnPasswordMigrationCustomExtensionHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnPasswordSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnPasswordSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnPasswordSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnPasswordSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnPasswordSubmitHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnPasswordSubmitHandler>();
    rt::object::auto_traits::<crate::v1::OnPasswordMigrationCustomExtensionHandler>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnPasswordSubmitHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onPasswordSubmitHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onPasswordMigrationCustomExtensionHandler",
            ) => Self::OnPasswordMigrationCustomExtensionHandler(rt::object::new_boxed()),
            _ => Self::OnPasswordSubmitHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnPasswordSubmitHandler(v) => &**v,
            Self::OnPasswordMigrationCustomExtensionHandler(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnPasswordSubmitHandler(v) => &mut **v,
            Self::OnPasswordMigrationCustomExtensionHandler(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnPasswordSubmitHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnPasswordSubmitHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnPasswordSubmitHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onPasswordSubmitListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnPasswordSubmitListenerPath`](requests/trait.OnPasswordSubmitListenerPath.html), what a path to one (`EntityPath<OnPasswordSubmitListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnPasswordSubmitListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onPasswordSubmitHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnPasswordSubmitHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnPasswordSubmitListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnPasswordSubmitListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onPasswordSubmitListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPasswordSubmitListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnPasswordSubmitListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnPasswordSubmitListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnPasswordSubmitListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate ::v1::AnyOnPasswordSubmitHandler;
    }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPasswordSubmitListener);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.onPremisesExtensionAttributes`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnPremisesExtensionAttributes {
    /// CSDL: property `extensionAttribute1`: `Edm.String`, nullable.
    pub extension_attribute1: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute10`: `Edm.String`, nullable.
    pub extension_attribute10: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute11`: `Edm.String`, nullable.
    pub extension_attribute11: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute12`: `Edm.String`, nullable.
    pub extension_attribute12: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute13`: `Edm.String`, nullable.
    pub extension_attribute13: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute14`: `Edm.String`, nullable.
    pub extension_attribute14: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute15`: `Edm.String`, nullable.
    pub extension_attribute15: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute2`: `Edm.String`, nullable.
    pub extension_attribute2: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute3`: `Edm.String`, nullable.
    pub extension_attribute3: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute4`: `Edm.String`, nullable.
    pub extension_attribute4: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute5`: `Edm.String`, nullable.
    pub extension_attribute5: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute6`: `Edm.String`, nullable.
    pub extension_attribute6: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute7`: `Edm.String`, nullable.
    pub extension_attribute7: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute8`: `Edm.String`, nullable.
    pub extension_attribute8: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute9`: `Edm.String`, nullable.
    pub extension_attribute9: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OnPremisesExtensionAttributes {
    #[inline]
    fn default() -> Self {
        Self {
            extension_attribute1: rt::Field::Absent,
            extension_attribute10: rt::Field::Absent,
            extension_attribute11: rt::Field::Absent,
            extension_attribute12: rt::Field::Absent,
            extension_attribute13: rt::Field::Absent,
            extension_attribute14: rt::Field::Absent,
            extension_attribute15: rt::Field::Absent,
            extension_attribute2: rt::Field::Absent,
            extension_attribute3: rt::Field::Absent,
            extension_attribute4: rt::Field::Absent,
            extension_attribute5: rt::Field::Absent,
            extension_attribute6: rt::Field::Absent,
            extension_attribute7: rt::Field::Absent,
            extension_attribute8: rt::Field::Absent,
            extension_attribute9: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OnPremisesExtensionAttributes {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesExtensionAttributes";
    const KEYS: &'static [&'static str] = &[
        "extensionAttribute1",
        "extensionAttribute10",
        "extensionAttribute11",
        "extensionAttribute12",
        "extensionAttribute13",
        "extensionAttribute14",
        "extensionAttribute15",
        "extensionAttribute2",
        "extensionAttribute3",
        "extensionAttribute4",
        "extensionAttribute5",
        "extensionAttribute6",
        "extensionAttribute7",
        "extensionAttribute8",
        "extensionAttribute9",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"extensionAttribute1\":          ",
        ",\"extensionAttribute10\":         ",
        ",\"extensionAttribute11\":         ",
        ",\"extensionAttribute12\":         ",
        ",\"extensionAttribute13\":         ",
        ",\"extensionAttribute14\":         ",
        ",\"extensionAttribute15\":         ",
        ",\"extensionAttribute2\":          ",
        ",\"extensionAttribute3\":          ",
        ",\"extensionAttribute4\":          ",
        ",\"extensionAttribute5\":          ",
        ",\"extensionAttribute6\":          ",
        ",\"extensionAttribute7\":          ",
        ",\"extensionAttribute8\":          ",
        ",\"extensionAttribute9\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesExtensionAttributes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "extension_attribute1", &self.extension_attribute1);
        v.field(1usize, "extension_attribute10", &self.extension_attribute10);
        v.field(2usize, "extension_attribute11", &self.extension_attribute11);
        v.field(3usize, "extension_attribute12", &self.extension_attribute12);
        v.field(4usize, "extension_attribute13", &self.extension_attribute13);
        v.field(5usize, "extension_attribute14", &self.extension_attribute14);
        v.field(6usize, "extension_attribute15", &self.extension_attribute15);
        v.field(7usize, "extension_attribute2", &self.extension_attribute2);
        v.field(8usize, "extension_attribute3", &self.extension_attribute3);
        v.field(9usize, "extension_attribute4", &self.extension_attribute4);
        v.field(10usize, "extension_attribute5", &self.extension_attribute5);
        v.field(11usize, "extension_attribute6", &self.extension_attribute6);
        v.field(12usize, "extension_attribute7", &self.extension_attribute7);
        v.field(13usize, "extension_attribute8", &self.extension_attribute8);
        v.field(14usize, "extension_attribute9", &self.extension_attribute9);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OnPremisesExtensionAttributes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.extension_attribute1.read_from(r),
            1usize => self.extension_attribute10.read_from(r),
            2usize => self.extension_attribute11.read_from(r),
            3usize => self.extension_attribute12.read_from(r),
            4usize => self.extension_attribute13.read_from(r),
            5usize => self.extension_attribute14.read_from(r),
            6usize => self.extension_attribute15.read_from(r),
            7usize => self.extension_attribute2.read_from(r),
            8usize => self.extension_attribute3.read_from(r),
            9usize => self.extension_attribute4.read_from(r),
            10usize => self.extension_attribute5.read_from(r),
            11usize => self.extension_attribute6.read_from(r),
            12usize => self.extension_attribute7.read_from(r),
            13usize => self.extension_attribute8.read_from(r),
            14usize => self.extension_attribute9.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.extension_attribute1);
        w.field(1usize, &self.extension_attribute10);
        w.field(2usize, &self.extension_attribute11);
        w.field(3usize, &self.extension_attribute12);
        w.field(4usize, &self.extension_attribute13);
        w.field(5usize, &self.extension_attribute14);
        w.field(6usize, &self.extension_attribute15);
        w.field(7usize, &self.extension_attribute2);
        w.field(8usize, &self.extension_attribute3);
        w.field(9usize, &self.extension_attribute4);
        w.field(10usize, &self.extension_attribute5);
        w.field(11usize, &self.extension_attribute6);
        w.field(12usize, &self.extension_attribute7);
        w.field(13usize, &self.extension_attribute8);
        w.field(14usize, &self.extension_attribute9);
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
rt::impl_object!(OnPremisesExtensionAttributes);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OnPremisesExtensionAttributes { with_extension_attribute1 extension_attribute1 :
    ::std::string::String; with_extension_attribute10 extension_attribute10 :
    ::std::string::String; with_extension_attribute11 extension_attribute11 :
    ::std::string::String; with_extension_attribute12 extension_attribute12 :
    ::std::string::String; with_extension_attribute13 extension_attribute13 :
    ::std::string::String; with_extension_attribute14 extension_attribute14 :
    ::std::string::String; with_extension_attribute15 extension_attribute15 :
    ::std::string::String; with_extension_attribute2 extension_attribute2 :
    ::std::string::String; with_extension_attribute3 extension_attribute3 :
    ::std::string::String; with_extension_attribute4 extension_attribute4 :
    ::std::string::String; with_extension_attribute5 extension_attribute5 :
    ::std::string::String; with_extension_attribute6 extension_attribute6 :
    ::std::string::String; with_extension_attribute7 extension_attribute7 :
    ::std::string::String; with_extension_attribute8 extension_attribute8 :
    ::std::string::String; with_extension_attribute9 extension_attribute9 :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesExtensionAttributes);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.onTokenIssuanceStartCustomExtension`, entity type, derived from `microsoft.graph.customAuthenticationExtension`, key `id`.
///
/// Request builders: [`CustomAuthenticationExtensionPath`](requests/trait.CustomAuthenticationExtensionPath.html), what a path to one (`EntityPath<OnTokenIssuanceStartCustomExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct OnTokenIssuanceStartCustomExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `behaviorOnError`: `microsoft.graph.customExtensionBehaviorOnError`, nullable.
    pub behavior_on_error: rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError>,
    /// CSDL: property `claimsForTokenConfiguration`: `Collection(microsoft.graph.onTokenIssuanceStartReturnClaim)`, nullable.
    pub claims_for_token_configuration: rt::Field<
        ::std::vec::Vec<crate::v1::OnTokenIssuanceStartReturnClaim>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for OnTokenIssuanceStartCustomExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            behavior_on_error: rt::Field::Absent,
            claims_for_token_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for OnTokenIssuanceStartCustomExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.onTokenIssuanceStartCustomExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "behaviorOnError",
        "claimsForTokenConfiguration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"behaviorOnError\":              ",
        ",\"claimsForTokenConfiguration\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onTokenIssuanceStartCustomExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "behavior_on_error", &self.behavior_on_error);
        v.field(
            7usize,
            "claims_for_token_configuration",
            &self.claims_for_token_configuration,
        );
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for OnTokenIssuanceStartCustomExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.behavior_on_error.read_from(r),
            7usize => self.claims_for_token_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.behavior_on_error);
        w.field(7usize, &self.claims_for_token_configuration);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(OnTokenIssuanceStartCustomExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    OnTokenIssuanceStartCustomExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_behavior_on_error
    behavior_on_error : crate ::v1::AnyCustomExtensionBehaviorOnError;
    with_claims_for_token_configuration claims_for_token_configuration : ::std::vec::Vec
    < crate ::v1::OnTokenIssuanceStartReturnClaim >; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnTokenIssuanceStartCustomExtension);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onTokenIssuanceStartCustomExtensionHandler`, complex type, derived from `microsoft.graph.onTokenIssuanceStartHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnTokenIssuanceStartCustomExtensionHandler {
    /// CSDL: property `configuration`: `microsoft.graph.customExtensionOverwriteConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::CustomExtensionOverwriteConfiguration>,
    /// CSDL: navigation property `customExtension`: `microsoft.graph.onTokenIssuanceStartCustomExtension`, nullable.
    pub custom_extension: rt::Field<crate::v1::OnTokenIssuanceStartCustomExtension>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnTokenIssuanceStartCustomExtensionHandler {
    #[inline]
    fn default() -> Self {
        Self {
            configuration: rt::Field::Absent,
            custom_extension: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnTokenIssuanceStartCustomExtensionHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onTokenIssuanceStartCustomExtensionHandler";
    const KEYS: &'static [&'static str] = &["configuration", "customExtension"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configuration\":                ",
        ",\"customExtension\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onTokenIssuanceStartCustomExtensionHandler\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configuration", &self.configuration);
        v.field(1usize, "custom_extension", &self.custom_extension);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnTokenIssuanceStartCustomExtensionHandler {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration.read_from(r),
            1usize => self.custom_extension.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration);
        w.field(1usize, &self.custom_extension);
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
rt::impl_object!(OnTokenIssuanceStartCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnTokenIssuanceStartCustomExtensionHandler { with_configuration configuration : crate
    ::v1::CustomExtensionOverwriteConfiguration; with_custom_extension custom_extension :
    crate ::v1::OnTokenIssuanceStartCustomExtension; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnTokenIssuanceStartCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onTokenIssuanceStartHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnTokenIssuanceStartHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnTokenIssuanceStartHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnTokenIssuanceStartHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onTokenIssuanceStartHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onTokenIssuanceStartHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnTokenIssuanceStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnTokenIssuanceStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnTokenIssuanceStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onTokenIssuanceStartHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnTokenIssuanceStartHandler {
    OnTokenIssuanceStartHandler(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartHandler>,
    ),
    OnTokenIssuanceStartCustomExtensionHandler(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartCustomExtensionHandler>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnTokenIssuanceStartHandler {
    #[inline]
    fn default() -> Self {
        Self::OnTokenIssuanceStartHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartHandler>
for AnyOnTokenIssuanceStartHandler {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartHandler) -> Self {
        Self::OnTokenIssuanceStartHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartCustomExtensionHandler>
for AnyOnTokenIssuanceStartHandler {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartCustomExtensionHandler) -> Self {
        Self::OnTokenIssuanceStartCustomExtensionHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnTokenIssuanceStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnTokenIssuanceStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnTokenIssuanceStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnTokenIssuanceStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnTokenIssuanceStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnTokenIssuanceStartHandler>();
    rt::object::auto_traits::<crate::v1::OnTokenIssuanceStartCustomExtensionHandler>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnTokenIssuanceStartHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onTokenIssuanceStartHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartCustomExtensionHandler",
            ) => {
                Self::OnTokenIssuanceStartCustomExtensionHandler(rt::object::new_boxed())
            }
            _ => Self::OnTokenIssuanceStartHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnTokenIssuanceStartHandler(v) => &**v,
            Self::OnTokenIssuanceStartCustomExtensionHandler(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnTokenIssuanceStartHandler(v) => &mut **v,
            Self::OnTokenIssuanceStartCustomExtensionHandler(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnTokenIssuanceStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnTokenIssuanceStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnTokenIssuanceStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onTokenIssuanceStartListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnTokenIssuanceStartListenerPath`](requests/trait.OnTokenIssuanceStartListenerPath.html), what a path to one (`EntityPath<OnTokenIssuanceStartListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnTokenIssuanceStartListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onTokenIssuanceStartHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnTokenIssuanceStartHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnTokenIssuanceStartListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnTokenIssuanceStartListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onTokenIssuanceStartListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onTokenIssuanceStartListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnTokenIssuanceStartListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnTokenIssuanceStartListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnTokenIssuanceStartListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnTokenIssuanceStartHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnTokenIssuanceStartListener);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.onTokenIssuanceStartReturnClaim`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct OnTokenIssuanceStartReturnClaim {
    /// CSDL: property `claimIdInApiResponse`: `Edm.String`, nullable.
    pub claim_id_in_api_response: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for OnTokenIssuanceStartReturnClaim {
    #[inline]
    fn default() -> Self {
        Self {
            claim_id_in_api_response: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for OnTokenIssuanceStartReturnClaim {
    const TYPE_NAME: &'static str = "microsoft.graph.onTokenIssuanceStartReturnClaim";
    const KEYS: &'static [&'static str] = &["claimIdInApiResponse"];
    const KEYS_JSON: &'static [&'static str] = &[",\"claimIdInApiResponse\":         "];
    const TAG: &'static str = "\"#microsoft.graph.onTokenIssuanceStartReturnClaim\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "claim_id_in_api_response", &self.claim_id_in_api_response);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for OnTokenIssuanceStartReturnClaim {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.claim_id_in_api_response.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.claim_id_in_api_response);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(OnTokenIssuanceStartReturnClaim);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    OnTokenIssuanceStartReturnClaim { with_claim_id_in_api_response
    claim_id_in_api_response : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnTokenIssuanceStartReturnClaim);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onUserCreateStartExternalUsersSelfServiceSignUp`, complex type, derived from `microsoft.graph.onUserCreateStartHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnUserCreateStartExternalUsersSelfServiceSignUp {
    /// CSDL: property `userTypeToCreate`: `microsoft.graph.userType`, nullable.
    pub user_type_to_create: rt::Field<crate::v1::UserType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnUserCreateStartExternalUsersSelfServiceSignUp {
    #[inline]
    fn default() -> Self {
        Self {
            user_type_to_create: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnUserCreateStartExternalUsersSelfServiceSignUp {
    const TYPE_NAME: &'static str = "microsoft.graph.onUserCreateStartExternalUsersSelfServiceSignUp";
    const KEYS: &'static [&'static str] = &["userTypeToCreate"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userTypeToCreate\":             "];
    const TAG: &'static str = "\"#microsoft.graph.onUserCreateStartExternalUsersSelfServiceSignUp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_type_to_create", &self.user_type_to_create);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnUserCreateStartExternalUsersSelfServiceSignUp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_type_to_create.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_type_to_create);
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
rt::impl_object!(OnUserCreateStartExternalUsersSelfServiceSignUp);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnUserCreateStartExternalUsersSelfServiceSignUp { with_user_type_to_create
    user_type_to_create : crate ::v1::UserType; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnUserCreateStartExternalUsersSelfServiceSignUp);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onUserCreateStartHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnUserCreateStartHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnUserCreateStartHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnUserCreateStartHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onUserCreateStartHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onUserCreateStartHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnUserCreateStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnUserCreateStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnUserCreateStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onUserCreateStartHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnUserCreateStartHandler {
    OnUserCreateStartHandler(::std::boxed::Box<crate::v1::OnUserCreateStartHandler>),
    OnUserCreateStartExternalUsersSelfServiceSignUp(
        ::std::boxed::Box<crate::v1::OnUserCreateStartExternalUsersSelfServiceSignUp>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnUserCreateStartHandler {
    #[inline]
    fn default() -> Self {
        Self::OnUserCreateStartHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnUserCreateStartHandler>
for AnyOnUserCreateStartHandler {
    #[inline]
    fn from(v: crate::v1::OnUserCreateStartHandler) -> Self {
        Self::OnUserCreateStartHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnUserCreateStartExternalUsersSelfServiceSignUp>
for AnyOnUserCreateStartHandler {
    #[inline]
    fn from(v: crate::v1::OnUserCreateStartExternalUsersSelfServiceSignUp) -> Self {
        Self::OnUserCreateStartExternalUsersSelfServiceSignUp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnUserCreateStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnUserCreateStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnUserCreateStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnUserCreateStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnUserCreateStartHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnUserCreateStartHandler>();
    rt::object::auto_traits::<
        crate::v1::OnUserCreateStartExternalUsersSelfServiceSignUp,
    >();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnUserCreateStartHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onUserCreateStartHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onUserCreateStartExternalUsersSelfServiceSignUp",
            ) => {
                Self::OnUserCreateStartExternalUsersSelfServiceSignUp(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::OnUserCreateStartHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnUserCreateStartHandler(v) => &**v,
            Self::OnUserCreateStartExternalUsersSelfServiceSignUp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnUserCreateStartHandler(v) => &mut **v,
            Self::OnUserCreateStartExternalUsersSelfServiceSignUp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnUserCreateStartHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnUserCreateStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnUserCreateStartHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onUserCreateStartListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnUserCreateStartListenerPath`](requests/trait.OnUserCreateStartListenerPath.html), what a path to one (`EntityPath<OnUserCreateStartListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnUserCreateStartListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onUserCreateStartHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnUserCreateStartHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnUserCreateStartListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnUserCreateStartListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onUserCreateStartListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onUserCreateStartListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnUserCreateStartListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnUserCreateStartListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnUserCreateStartListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnUserCreateStartHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnUserCreateStartListener);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.onVerifiedIdClaimValidationCustomExtension`, entity type, derived from `microsoft.graph.customAuthenticationExtension`, key `id`.
///
/// Request builders: [`CustomAuthenticationExtensionPath`](requests/trait.CustomAuthenticationExtensionPath.html), what a path to one (`EntityPath<OnVerifiedIdClaimValidationCustomExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct OnVerifiedIdClaimValidationCustomExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `behaviorOnError`: `microsoft.graph.customExtensionBehaviorOnError`, nullable.
    pub behavior_on_error: rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for OnVerifiedIdClaimValidationCustomExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            behavior_on_error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for OnVerifiedIdClaimValidationCustomExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.onVerifiedIdClaimValidationCustomExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "behaviorOnError",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"behaviorOnError\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onVerifiedIdClaimValidationCustomExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "behavior_on_error", &self.behavior_on_error);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for OnVerifiedIdClaimValidationCustomExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.behavior_on_error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.behavior_on_error);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(OnVerifiedIdClaimValidationCustomExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    OnVerifiedIdClaimValidationCustomExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_behavior_on_error
    behavior_on_error : crate ::v1::AnyCustomExtensionBehaviorOnError; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnVerifiedIdClaimValidationCustomExtension);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onVerifiedIdClaimValidationCustomExtensionHandler`, complex type, derived from `microsoft.graph.onVerifiedIdClaimValidationHandler`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnVerifiedIdClaimValidationCustomExtensionHandler {
    /// CSDL: property `configuration`: `microsoft.graph.customExtensionOverwriteConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::CustomExtensionOverwriteConfiguration>,
    /// CSDL: navigation property `customExtension`: `microsoft.graph.onVerifiedIdClaimValidationCustomExtension`, nullable.
    pub custom_extension: rt::Field<
        crate::v1::OnVerifiedIdClaimValidationCustomExtension,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnVerifiedIdClaimValidationCustomExtensionHandler {
    #[inline]
    fn default() -> Self {
        Self {
            configuration: rt::Field::Absent,
            custom_extension: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnVerifiedIdClaimValidationCustomExtensionHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onVerifiedIdClaimValidationCustomExtensionHandler";
    const KEYS: &'static [&'static str] = &["configuration", "customExtension"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configuration\":                ",
        ",\"customExtension\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onVerifiedIdClaimValidationCustomExtensionHandler\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configuration", &self.configuration);
        v.field(1usize, "custom_extension", &self.custom_extension);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnVerifiedIdClaimValidationCustomExtensionHandler {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration.read_from(r),
            1usize => self.custom_extension.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration);
        w.field(1usize, &self.custom_extension);
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
rt::impl_object!(OnVerifiedIdClaimValidationCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnVerifiedIdClaimValidationCustomExtensionHandler { with_configuration configuration
    : crate ::v1::CustomExtensionOverwriteConfiguration; with_custom_extension
    custom_extension : crate ::v1::OnVerifiedIdClaimValidationCustomExtension; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnVerifiedIdClaimValidationCustomExtensionHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onVerifiedIdClaimValidationHandler`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnVerifiedIdClaimValidationHandler {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnVerifiedIdClaimValidationHandler {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnVerifiedIdClaimValidationHandler {
    const TYPE_NAME: &'static str = "microsoft.graph.onVerifiedIdClaimValidationHandler";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.onVerifiedIdClaimValidationHandler\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnVerifiedIdClaimValidationHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(OnVerifiedIdClaimValidationHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnVerifiedIdClaimValidationHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.onVerifiedIdClaimValidationHandler` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnVerifiedIdClaimValidationHandler {
    OnVerifiedIdClaimValidationHandler(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationHandler>,
    ),
    OnVerifiedIdClaimValidationCustomExtensionHandler(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationCustomExtensionHandler>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyOnVerifiedIdClaimValidationHandler {
    #[inline]
    fn default() -> Self {
        Self::OnVerifiedIdClaimValidationHandler(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationHandler>
for AnyOnVerifiedIdClaimValidationHandler {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationHandler) -> Self {
        Self::OnVerifiedIdClaimValidationHandler(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationCustomExtensionHandler>
for AnyOnVerifiedIdClaimValidationHandler {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationCustomExtensionHandler) -> Self {
        Self::OnVerifiedIdClaimValidationCustomExtensionHandler(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOnVerifiedIdClaimValidationHandler {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOnVerifiedIdClaimValidationHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyOnVerifiedIdClaimValidationHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOnVerifiedIdClaimValidationHandler {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOnVerifiedIdClaimValidationHandler {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnVerifiedIdClaimValidationHandler>();
    rt::object::auto_traits::<
        crate::v1::OnVerifiedIdClaimValidationCustomExtensionHandler,
    >();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyOnVerifiedIdClaimValidationHandler {
    const BASE_NAME: &'static str = "microsoft.graph.onVerifiedIdClaimValidationHandler";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtensionHandler",
            ) => {
                Self::OnVerifiedIdClaimValidationCustomExtensionHandler(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::OnVerifiedIdClaimValidationHandler(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnVerifiedIdClaimValidationHandler(v) => &**v,
            Self::OnVerifiedIdClaimValidationCustomExtensionHandler(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnVerifiedIdClaimValidationHandler(v) => &mut **v,
            Self::OnVerifiedIdClaimValidationCustomExtensionHandler(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyOnVerifiedIdClaimValidationHandler {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyOnVerifiedIdClaimValidationHandler);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnVerifiedIdClaimValidationHandler);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.onVerifiedIdClaimValidationListener`, entity type, derived from `microsoft.graph.authenticationEventListener`, key `id`.
///
/// Request builders: [`OnVerifiedIdClaimValidationListenerPath`](requests/trait.OnVerifiedIdClaimValidationListenerPath.html), what a path to one (`EntityPath<OnVerifiedIdClaimValidationListener, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OnVerifiedIdClaimValidationListener {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationEventsFlowId`: `Edm.String`, nullable.
    pub authentication_events_flow_id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `handler`: `microsoft.graph.onVerifiedIdClaimValidationHandler`, nullable.
    pub handler: rt::Field<crate::v1::AnyOnVerifiedIdClaimValidationHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for OnVerifiedIdClaimValidationListener {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_events_flow_id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            handler: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for OnVerifiedIdClaimValidationListener {
    const TYPE_NAME: &'static str = "microsoft.graph.onVerifiedIdClaimValidationListener";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationEventsFlowId",
        "conditions",
        "displayName",
        "handler",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationEventsFlowId\":   ",
        ",\"conditions\":                   ",
        ",\"displayName\":                  ",
        ",\"handler\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onVerifiedIdClaimValidationListener\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_events_flow_id",
            &self.authentication_events_flow_id,
        );
        v.field(2usize, "conditions", &self.conditions);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "handler", &self.handler);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for OnVerifiedIdClaimValidationListener {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_events_flow_id.read_from(r),
            2usize => self.conditions.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.handler.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_events_flow_id);
        w.field(2usize, &self.conditions);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.handler);
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
rt::impl_object!(OnVerifiedIdClaimValidationListener);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    OnVerifiedIdClaimValidationListener { with_id id : ::std::string::String;
    with_authentication_events_flow_id authentication_events_flow_id :
    ::std::string::String; with_conditions conditions : crate
    ::v1::AuthenticationConditions; with_display_name display_name :
    ::std::string::String; with_handler handler : crate
    ::v1::AnyOnVerifiedIdClaimValidationHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnVerifiedIdClaimValidationListener);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenote`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OnenotePath`](requests/trait.OnenotePath.html), what a path to one (`EntityPath<Onenote, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Onenote {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `notebooks`: `Collection(microsoft.graph.notebook)`, not nullable.
    pub notebooks: rt::Field<::std::vec::Vec<crate::v1::Notebook>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.onenoteOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::OnenoteOperation>>,
    /// CSDL: containment navigation property `pages`: `Collection(microsoft.graph.onenotePage)`, not nullable.
    pub pages: rt::Field<::std::vec::Vec<crate::v1::OnenotePage>>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.onenoteResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::OnenoteResource>>,
    /// CSDL: containment navigation property `sectionGroups`: `Collection(microsoft.graph.sectionGroup)`, not nullable.
    pub section_groups: rt::Field<::std::vec::Vec<crate::v1::SectionGroup>>,
    /// CSDL: containment navigation property `sections`: `Collection(microsoft.graph.onenoteSection)`, not nullable.
    pub sections: rt::Field<::std::vec::Vec<crate::v1::OnenoteSection>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for Onenote {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            notebooks: rt::Field::Absent,
            operations: rt::Field::Absent,
            pages: rt::Field::Absent,
            resources: rt::Field::Absent,
            section_groups: rt::Field::Absent,
            sections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for Onenote {
    const TYPE_NAME: &'static str = "microsoft.graph.onenote";
    const KEYS: &'static [&'static str] = &[
        "id",
        "notebooks",
        "operations",
        "pages",
        "resources",
        "sectionGroups",
        "sections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"notebooks\":                    ",
        ",\"operations\":                   ",
        ",\"pages\":                        ",
        ",\"resources\":                    ",
        ",\"sectionGroups\":                ",
        ",\"sections\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenote\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "notebooks", &self.notebooks);
        v.field(2usize, "operations", &self.operations);
        v.field(3usize, "pages", &self.pages);
        v.field(4usize, "resources", &self.resources);
        v.field(5usize, "section_groups", &self.section_groups);
        v.field(6usize, "sections", &self.sections);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for Onenote {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.notebooks.read_from(r),
            2usize => self.operations.read_from(r),
            3usize => self.pages.read_from(r),
            4usize => self.resources.read_from(r),
            5usize => self.section_groups.read_from(r),
            6usize => self.sections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.notebooks);
        w.field(2usize, &self.operations);
        w.field(3usize, &self.pages);
        w.field(4usize, &self.resources);
        w.field(5usize, &self.section_groups);
        w.field(6usize, &self.sections);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(Onenote);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    Onenote { with_id id : ::std::string::String; with_notebooks notebooks :
    ::std::vec::Vec < crate ::v1::Notebook >; with_operations operations :
    ::std::vec::Vec < crate ::v1::OnenoteOperation >; with_pages pages : ::std::vec::Vec
    < crate ::v1::OnenotePage >; with_resources resources : ::std::vec::Vec < crate
    ::v1::OnenoteResource >; with_section_groups section_groups : ::std::vec::Vec < crate
    ::v1::SectionGroup >; with_sections sections : ::std::vec::Vec < crate
    ::v1::OnenoteSection >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Onenote);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteEntityBaseModel`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteEntityBaseModel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteEntityBaseModel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteEntityBaseModel {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteEntityBaseModel";
    const KEYS: &'static [&'static str] = &["id", "self"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteEntityBaseModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteEntityBaseModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenoteEntityBaseModel);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteEntityBaseModel { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteEntityBaseModel);
#[cfg(msgraph_v1_core_or_sites)]
/// `microsoft.graph.onenoteEntityBaseModel` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnenoteEntityBaseModel {
    OnenoteEntityBaseModel(::std::boxed::Box<crate::v1::OnenoteEntityBaseModel>),
    Notebook(::std::boxed::Box<crate::v1::Notebook>),
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::v1::OnenoteEntityHierarchyModel>,
    ),
    OnenoteEntitySchemaObjectModel(
        ::std::boxed::Box<crate::v1::OnenoteEntitySchemaObjectModel>,
    ),
    OnenotePage(::std::boxed::Box<crate::v1::OnenotePage>),
    OnenoteResource(::std::boxed::Box<crate::v1::OnenoteResource>),
    OnenoteSection(::std::boxed::Box<crate::v1::OnenoteSection>),
    SectionGroup(::std::boxed::Box<crate::v1::SectionGroup>),
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for AnyOnenoteEntityBaseModel {
    #[inline]
    fn default() -> Self {
        Self::OnenoteEntityBaseModel(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntityBaseModel>
for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::v1::OnenoteEntityBaseModel) -> Self {
        Self::OnenoteEntityBaseModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Notebook> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::v1::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntityHierarchyModel>
for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::v1::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntitySchemaObjectModel>
for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::v1::OnenoteEntitySchemaObjectModel) -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenotePage> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::v1::OnenotePage) -> Self {
        Self::OnenotePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteResource> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::v1::OnenoteResource) -> Self {
        Self::OnenoteResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteSection> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::v1::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SectionGroup> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::v1::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Send for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Sync for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::marker::Unpin for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::UnwindSafe for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_v1_core_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnenoteEntityBaseModel>();
    rt::object::auto_traits::<crate::v1::Notebook>();
    rt::object::auto_traits::<crate::v1::OnenoteEntityHierarchyModel>();
    rt::object::auto_traits::<crate::v1::OnenoteEntitySchemaObjectModel>();
    rt::object::auto_traits::<crate::v1::OnenotePage>();
    rt::object::auto_traits::<crate::v1::OnenoteResource>();
    rt::object::auto_traits::<crate::v1::OnenoteSection>();
    rt::object::auto_traits::<crate::v1::SectionGroup>();
};
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Poly for AnyOnenoteEntityBaseModel {
    const BASE_NAME: &'static str = "microsoft.graph.onenoteEntityBaseModel";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                Self::Notebook(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntityHierarchyModel",
            ) => Self::OnenoteEntityHierarchyModel(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntitySchemaObjectModel",
            ) => Self::OnenoteEntitySchemaObjectModel(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.onenotePage") => {
                Self::OnenotePage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onenoteResource") => {
                Self::OnenoteResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                Self::OnenoteSection(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                Self::SectionGroup(rt::object::new_boxed())
            }
            _ => Self::OnenoteEntityBaseModel(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnenoteEntityBaseModel(v) => &**v,
            Self::Notebook(v) => &**v,
            Self::OnenoteEntityHierarchyModel(v) => &**v,
            Self::OnenoteEntitySchemaObjectModel(v) => &**v,
            Self::OnenotePage(v) => &**v,
            Self::OnenoteResource(v) => &**v,
            Self::OnenoteSection(v) => &**v,
            Self::SectionGroup(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnenoteEntityBaseModel(v) => &mut **v,
            Self::Notebook(v) => &mut **v,
            Self::OnenoteEntityHierarchyModel(v) => &mut **v,
            Self::OnenoteEntitySchemaObjectModel(v) => &mut **v,
            Self::OnenotePage(v) => &mut **v,
            Self::OnenoteResource(v) => &mut **v,
            Self::OnenoteSection(v) => &mut **v,
            Self::SectionGroup(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl AnyOnenoteEntityBaseModel {
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
            Self::OnenoteEntityBaseModel(v) => &v.id,
            Self::Notebook(v) => &v.id,
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            Self::OnenoteEntitySchemaObjectModel(v) => &v.id,
            Self::OnenotePage(v) => &v.id,
            Self::OnenoteResource(v) => &v.id,
            Self::OnenoteSection(v) => &v.id,
            Self::SectionGroup(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityBaseModel(v) => &mut v.id,
            Self::Notebook(v) => &mut v.id,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.id,
            Self::OnenotePage(v) => &mut v.id,
            Self::OnenoteResource(v) => &mut v.id,
            Self::OnenoteSection(v) => &mut v.id,
            Self::SectionGroup(v) => &mut v.id,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityBaseModel(v) => &v.self_,
            Self::Notebook(v) => &v.self_,
            Self::OnenoteEntityHierarchyModel(v) => &v.self_,
            Self::OnenoteEntitySchemaObjectModel(v) => &v.self_,
            Self::OnenotePage(v) => &v.self_,
            Self::OnenoteResource(v) => &v.self_,
            Self::OnenoteSection(v) => &v.self_,
            Self::SectionGroup(v) => &v.self_,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityBaseModel(v) => &mut v.self_,
            Self::Notebook(v) => &mut v.self_,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.self_,
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.self_,
            Self::OnenotePage(v) => &mut v.self_,
            Self::OnenoteResource(v) => &mut v.self_,
            Self::OnenoteSection(v) => &mut v.self_,
            Self::SectionGroup(v) => &mut v.self_,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_poly!(AnyOnenoteEntityBaseModel);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnenoteEntityBaseModel);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteEntityHierarchyModel`, entity type, derived from `microsoft.graph.onenoteEntitySchemaObjectModel`, abstract, key `id`.
///
/// Request builders: [`OnenoteEntityHierarchyModelPath`](requests/trait.OnenoteEntityHierarchyModelPath.html), what a path to one (`EntityPath<AnyOnenoteEntityHierarchyModel, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteEntityHierarchyModel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteEntityHierarchyModel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteEntityHierarchyModel {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "createdBy",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteEntityHierarchyModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteEntityHierarchyModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenoteEntityHierarchyModel);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteEntityHierarchyModel { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteEntityHierarchyModel);
#[cfg(msgraph_v1_core_or_sites)]
/// `microsoft.graph.onenoteEntityHierarchyModel` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnenoteEntityHierarchyModel {
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::v1::OnenoteEntityHierarchyModel>,
    ),
    Notebook(::std::boxed::Box<crate::v1::Notebook>),
    OnenoteSection(::std::boxed::Box<crate::v1::OnenoteSection>),
    SectionGroup(::std::boxed::Box<crate::v1::SectionGroup>),
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn default() -> Self {
        Self::OnenoteEntityHierarchyModel(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntityHierarchyModel>
for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn from(v: crate::v1::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Notebook> for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn from(v: crate::v1::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteSection> for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn from(v: crate::v1::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SectionGroup> for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn from(v: crate::v1::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Send for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Sync for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::marker::Unpin for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::UnwindSafe for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_v1_core_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnenoteEntityHierarchyModel>();
    rt::object::auto_traits::<crate::v1::Notebook>();
    rt::object::auto_traits::<crate::v1::OnenoteSection>();
    rt::object::auto_traits::<crate::v1::SectionGroup>();
};
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Poly for AnyOnenoteEntityHierarchyModel {
    const BASE_NAME: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                Self::Notebook(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                Self::OnenoteSection(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                Self::SectionGroup(rt::object::new_boxed())
            }
            _ => Self::OnenoteEntityHierarchyModel(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &**v,
            Self::Notebook(v) => &**v,
            Self::OnenoteSection(v) => &**v,
            Self::SectionGroup(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut **v,
            Self::Notebook(v) => &mut **v,
            Self::OnenoteSection(v) => &mut **v,
            Self::SectionGroup(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl AnyOnenoteEntityHierarchyModel {
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
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            Self::Notebook(v) => &v.id,
            Self::OnenoteSection(v) => &v.id,
            Self::SectionGroup(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            Self::Notebook(v) => &mut v.id,
            Self::OnenoteSection(v) => &mut v.id,
            Self::SectionGroup(v) => &mut v.id,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.self_,
            Self::Notebook(v) => &v.self_,
            Self::OnenoteSection(v) => &v.self_,
            Self::SectionGroup(v) => &v.self_,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.self_,
            Self::Notebook(v) => &mut v.self_,
            Self::OnenoteSection(v) => &mut v.self_,
            Self::SectionGroup(v) => &mut v.self_,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.created_date_time,
            Self::Notebook(v) => &v.created_date_time,
            Self::OnenoteSection(v) => &v.created_date_time,
            Self::SectionGroup(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.created_date_time,
            Self::Notebook(v) => &mut v.created_date_time,
            Self::OnenoteSection(v) => &mut v.created_date_time,
            Self::SectionGroup(v) => &mut v.created_date_time,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.created_by,
            Self::Notebook(v) => &v.created_by,
            Self::OnenoteSection(v) => &v.created_by,
            Self::SectionGroup(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.created_by,
            Self::Notebook(v) => &mut v.created_by,
            Self::OnenoteSection(v) => &mut v.created_by,
            Self::SectionGroup(v) => &mut v.created_by,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.display_name,
            Self::Notebook(v) => &v.display_name,
            Self::OnenoteSection(v) => &v.display_name,
            Self::SectionGroup(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.display_name,
            Self::Notebook(v) => &mut v.display_name,
            Self::OnenoteSection(v) => &mut v.display_name,
            Self::SectionGroup(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.last_modified_by,
            Self::Notebook(v) => &v.last_modified_by,
            Self::OnenoteSection(v) => &v.last_modified_by,
            Self::SectionGroup(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.last_modified_by,
            Self::Notebook(v) => &mut v.last_modified_by,
            Self::OnenoteSection(v) => &mut v.last_modified_by,
            Self::SectionGroup(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.last_modified_date_time,
            Self::Notebook(v) => &v.last_modified_date_time,
            Self::OnenoteSection(v) => &v.last_modified_date_time,
            Self::SectionGroup(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.last_modified_date_time,
            Self::Notebook(v) => &mut v.last_modified_date_time,
            Self::OnenoteSection(v) => &mut v.last_modified_date_time,
            Self::SectionGroup(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_poly!(AnyOnenoteEntityHierarchyModel);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnenoteEntityHierarchyModel);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteEntitySchemaObjectModel`, entity type, derived from `microsoft.graph.onenoteEntityBaseModel`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteEntitySchemaObjectModel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteEntitySchemaObjectModel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteEntitySchemaObjectModel {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
    const KEYS: &'static [&'static str] = &["id", "self", "createdDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteEntitySchemaObjectModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteEntitySchemaObjectModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenoteEntitySchemaObjectModel);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteEntitySchemaObjectModel { with_id id : ::std::string::String; with_self self_
    : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteEntitySchemaObjectModel);
#[cfg(msgraph_v1_core_or_sites)]
/// `microsoft.graph.onenoteEntitySchemaObjectModel` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnenoteEntitySchemaObjectModel {
    OnenoteEntitySchemaObjectModel(
        ::std::boxed::Box<crate::v1::OnenoteEntitySchemaObjectModel>,
    ),
    Notebook(::std::boxed::Box<crate::v1::Notebook>),
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::v1::OnenoteEntityHierarchyModel>,
    ),
    OnenotePage(::std::boxed::Box<crate::v1::OnenotePage>),
    OnenoteSection(::std::boxed::Box<crate::v1::OnenoteSection>),
    SectionGroup(::std::boxed::Box<crate::v1::SectionGroup>),
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn default() -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntitySchemaObjectModel>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::v1::OnenoteEntitySchemaObjectModel) -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Notebook> for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::v1::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntityHierarchyModel>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::v1::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenotePage> for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::v1::OnenotePage) -> Self {
        Self::OnenotePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteSection>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::v1::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SectionGroup>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::v1::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Send for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Sync for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::marker::Unpin for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::UnwindSafe for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_v1_core_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnenoteEntitySchemaObjectModel>();
    rt::object::auto_traits::<crate::v1::Notebook>();
    rt::object::auto_traits::<crate::v1::OnenoteEntityHierarchyModel>();
    rt::object::auto_traits::<crate::v1::OnenotePage>();
    rt::object::auto_traits::<crate::v1::OnenoteSection>();
    rt::object::auto_traits::<crate::v1::SectionGroup>();
};
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Poly for AnyOnenoteEntitySchemaObjectModel {
    const BASE_NAME: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                Self::Notebook(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntityHierarchyModel",
            ) => Self::OnenoteEntityHierarchyModel(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.onenotePage") => {
                Self::OnenotePage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                Self::OnenoteSection(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                Self::SectionGroup(rt::object::new_boxed())
            }
            _ => Self::OnenoteEntitySchemaObjectModel(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &**v,
            Self::Notebook(v) => &**v,
            Self::OnenoteEntityHierarchyModel(v) => &**v,
            Self::OnenotePage(v) => &**v,
            Self::OnenoteSection(v) => &**v,
            Self::SectionGroup(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &mut **v,
            Self::Notebook(v) => &mut **v,
            Self::OnenoteEntityHierarchyModel(v) => &mut **v,
            Self::OnenotePage(v) => &mut **v,
            Self::OnenoteSection(v) => &mut **v,
            Self::SectionGroup(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl AnyOnenoteEntitySchemaObjectModel {
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
            Self::OnenoteEntitySchemaObjectModel(v) => &v.id,
            Self::Notebook(v) => &v.id,
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            Self::OnenotePage(v) => &v.id,
            Self::OnenoteSection(v) => &v.id,
            Self::SectionGroup(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.id,
            Self::Notebook(v) => &mut v.id,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            Self::OnenotePage(v) => &mut v.id,
            Self::OnenoteSection(v) => &mut v.id,
            Self::SectionGroup(v) => &mut v.id,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &v.self_,
            Self::Notebook(v) => &v.self_,
            Self::OnenoteEntityHierarchyModel(v) => &v.self_,
            Self::OnenotePage(v) => &v.self_,
            Self::OnenoteSection(v) => &v.self_,
            Self::SectionGroup(v) => &v.self_,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.self_,
            Self::Notebook(v) => &mut v.self_,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.self_,
            Self::OnenotePage(v) => &mut v.self_,
            Self::OnenoteSection(v) => &mut v.self_,
            Self::SectionGroup(v) => &mut v.self_,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &v.created_date_time,
            Self::Notebook(v) => &v.created_date_time,
            Self::OnenoteEntityHierarchyModel(v) => &v.created_date_time,
            Self::OnenotePage(v) => &v.created_date_time,
            Self::OnenoteSection(v) => &v.created_date_time,
            Self::SectionGroup(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.created_date_time,
            Self::Notebook(v) => &mut v.created_date_time,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.created_date_time,
            Self::OnenotePage(v) => &mut v.created_date_time,
            Self::OnenoteSection(v) => &mut v.created_date_time,
            Self::SectionGroup(v) => &mut v.created_date_time,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_poly!(AnyOnenoteEntitySchemaObjectModel);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnenoteEntitySchemaObjectModel);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteOperation`, entity type, derived from `microsoft.graph.operation`, key `id`.
///
/// Request builders: [`OnenoteOperationPath`](requests/trait.OnenoteOperationPath.html), what a path to one (`EntityPath<OnenoteOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// CSDL: property `error`: `microsoft.graph.onenoteOperationError`, nullable.
    pub error: rt::Field<crate::v1::OnenoteOperationError>,
    /// CSDL: property `percentComplete`: `Edm.String`, nullable.
    pub percent_complete: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            error: rt::Field::Absent,
            percent_complete: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "status",
        "error",
        "percentComplete",
        "resourceId",
        "resourceLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"status\":                       ",
        ",\"error\":                        ",
        ",\"percentComplete\":              ",
        ",\"resourceId\":                   ",
        ",\"resourceLocation\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "percent_complete", &self.percent_complete);
        v.field(6usize, "resource_id", &self.resource_id);
        v.field(7usize, "resource_location", &self.resource_location);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.percent_complete.read_from(r),
            6usize => self.resource_id.read_from(r),
            7usize => self.resource_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
        w.field(3usize, &self.status);
        w.field(4usize, &self.error);
        w.field(5usize, &self.percent_complete);
        w.field(6usize, &self.resource_id);
        w.field(7usize, &self.resource_location);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenoteOperation);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_action_date_time
    last_action_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::OperationStatus; with_error error : crate ::v1::OnenoteOperationError;
    with_percent_complete percent_complete : ::std::string::String; with_resource_id
    resource_id : ::std::string::String; with_resource_location resource_location :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteOperation);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteOperationError`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteOperationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteOperationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteOperationError {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteOperationError";
    const KEYS: &'static [&'static str] = &["code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteOperationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteOperationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenoteOperationError);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteOperationError { with_code code : ::std::string::String; with_message message
    : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteOperationError);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenotePage`, entity type, derived from `microsoft.graph.onenoteEntitySchemaObjectModel`, key `id`.
///
/// Request builders: [`OnenotePagePath`](requests/trait.OnenotePagePath.html), what a path to one (`EntityPath<OnenotePage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `level`: `Edm.Int32`, nullable.
    pub level: rt::Field<i32>,
    /// CSDL: property `links`: `microsoft.graph.pageLinks`, nullable.
    pub links: rt::Field<crate::v1::PageLinks>,
    /// CSDL: property `order`: `Edm.Int32`, nullable.
    pub order: rt::Field<i32>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `userTags`: `Collection(Edm.String)`, nullable.
    pub user_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: navigation property `parentNotebook`: `microsoft.graph.notebook`, nullable.
    pub parent_notebook: rt::Field<crate::v1::Notebook>,
    /// CSDL: navigation property `parentSection`: `microsoft.graph.onenoteSection`, nullable.
    pub parent_section: rt::Field<crate::v1::OnenoteSection>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenotePage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            content: rt::Field::Absent,
            content_url: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            level: rt::Field::Absent,
            links: rt::Field::Absent,
            order: rt::Field::Absent,
            title: rt::Field::Absent,
            user_tags: rt::Field::Absent,
            parent_notebook: rt::Field::Absent,
            parent_section: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenotePage {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "content",
        "contentUrl",
        "createdByAppId",
        "lastModifiedDateTime",
        "level",
        "links",
        "order",
        "title",
        "userTags",
        "parentNotebook",
        "parentSection",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"content\":                      ",
        ",\"contentUrl\":                   ",
        ",\"createdByAppId\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"level\":                        ",
        ",\"links\":                        ",
        ",\"order\":                        ",
        ",\"title\":                        ",
        ",\"userTags\":                     ",
        ",\"parentNotebook\":               ",
        ",\"parentSection\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenotePage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "content", &self.content);
        v.field(4usize, "content_url", &self.content_url);
        v.field(5usize, "created_by_app_id", &self.created_by_app_id);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "level", &self.level);
        v.field(8usize, "links", &self.links);
        v.field(9usize, "order", &self.order);
        v.field(10usize, "title", &self.title);
        v.field(11usize, "user_tags", &self.user_tags);
        v.field(12usize, "parent_notebook", &self.parent_notebook);
        v.field(13usize, "parent_section", &self.parent_section);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenotePage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.content.read_from(r),
            4usize => self.content_url.read_from(r),
            5usize => self.created_by_app_id.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.level.read_from(r),
            8usize => self.links.read_from(r),
            9usize => self.order.read_from(r),
            10usize => self.title.read_from(r),
            11usize => self.user_tags.read_from(r),
            12usize => self.parent_notebook.read_from(r),
            13usize => self.parent_section.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.content);
        w.field(4usize, &self.content_url);
        w.field(5usize, &self.created_by_app_id);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.level);
        w.field(8usize, &self.links);
        w.field(9usize, &self.order);
        w.field(10usize, &self.title);
        w.field(11usize, &self.user_tags);
        w.field(12usize, &self.parent_notebook);
        w.field(13usize, &self.parent_section);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenotePage);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenotePage { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_content content : rt::RawJson; with_content_url
    content_url : ::std::string::String; with_created_by_app_id created_by_app_id :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_level level : i32; with_links links : crate
    ::v1::PageLinks; with_order order : i32; with_title title : ::std::string::String;
    with_user_tags user_tags : ::std::vec::Vec < ::std::string::String >;
    with_parent_notebook parent_notebook : crate ::v1::Notebook; with_parent_section
    parent_section : crate ::v1::OnenoteSection; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePage);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenotePagePreview`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePagePreview {
    /// CSDL: property `links`: `microsoft.graph.onenotePagePreviewLinks`, nullable.
    pub links: rt::Field<crate::v1::OnenotePagePreviewLinks>,
    /// CSDL: property `previewText`: `Edm.String`, nullable.
    pub preview_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenotePagePreview {
    #[inline]
    fn default() -> Self {
        Self {
            links: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenotePagePreview {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePagePreview";
    const KEYS: &'static [&'static str] = &["links", "previewText"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"links\":                        ",
        ",\"previewText\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenotePagePreview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "links", &self.links);
        v.field(1usize, "preview_text", &self.preview_text);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenotePagePreview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.links.read_from(r),
            1usize => self.preview_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.links);
        w.field(1usize, &self.preview_text);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenotePagePreview);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenotePagePreview { with_links links : crate ::v1::OnenotePagePreviewLinks;
    with_preview_text preview_text : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePagePreview);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenotePagePreviewLinks`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePagePreviewLinks {
    /// CSDL: property `previewImageUrl`: `microsoft.graph.externalLink`, nullable.
    pub preview_image_url: rt::Field<crate::v1::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenotePagePreviewLinks {
    #[inline]
    fn default() -> Self {
        Self {
            preview_image_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenotePagePreviewLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePagePreviewLinks";
    const KEYS: &'static [&'static str] = &["previewImageUrl"];
    const KEYS_JSON: &'static [&'static str] = &[",\"previewImageUrl\":              "];
    const TAG: &'static str = "\"#microsoft.graph.onenotePagePreviewLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "preview_image_url", &self.preview_image_url);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenotePagePreviewLinks {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.preview_image_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.preview_image_url);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenotePagePreviewLinks);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenotePagePreviewLinks { with_preview_image_url preview_image_url : crate
    ::v1::ExternalLink; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePagePreviewLinks);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenotePatchActionType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnenotePatchActionType {
    /// `Replace` (value 0).
    Replace,
    /// `Append` (value 1).
    Append,
    /// `Delete` (value 2).
    Delete,
    /// `Insert` (value 3).
    Insert,
    /// `Prepend` (value 4).
    Prepend,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for OnenotePatchActionType {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePatchActionType";
    const MEMBERS: &'static [&'static str] = &[
        "Replace",
        "Append",
        "Delete",
        "Insert",
        "Prepend",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Replace" => Self::Replace,
                "Append" => Self::Append,
                "Delete" => Self::Delete,
                "Insert" => Self::Insert,
                "Prepend" => Self::Prepend,
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
            Self::Replace => "Replace",
            Self::Append => "Append",
            Self::Delete => "Delete",
            Self::Insert => "Insert",
            Self::Prepend => "Prepend",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(OnenotePatchActionType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePatchActionType);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenotePatchContentCommand`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePatchContentCommand {
    /// CSDL: property `action`: `microsoft.graph.onenotePatchActionType`, not nullable.
    pub action: rt::Field<crate::v1::OnenotePatchActionType>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `position`: `microsoft.graph.onenotePatchInsertPosition`, nullable.
    pub position: rt::Field<crate::v1::OnenotePatchInsertPosition>,
    /// CSDL: property `target`: `Edm.String`, not nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenotePatchContentCommand {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            content: rt::Field::Absent,
            position: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenotePatchContentCommand {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePatchContentCommand";
    const KEYS: &'static [&'static str] = &["action", "content", "position", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"content\":                      ",
        ",\"position\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenotePatchContentCommand\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "position", &self.position);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenotePatchContentCommand {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.position.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.content);
        w.field(2usize, &self.position);
        w.field(3usize, &self.target);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenotePatchContentCommand);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenotePatchContentCommand { with_action action : crate ::v1::OnenotePatchActionType;
    with_content content : ::std::string::String; with_position position : crate
    ::v1::OnenotePatchInsertPosition; with_target target : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePatchContentCommand);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenotePatchInsertPosition`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnenotePatchInsertPosition {
    /// `After` (value 0).
    After,
    /// `Before` (value 1).
    Before,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for OnenotePatchInsertPosition {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePatchInsertPosition";
    const MEMBERS: &'static [&'static str] = &["After", "Before"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "After" => Self::After,
                "Before" => Self::Before,
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
            Self::After => "After",
            Self::Before => "Before",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(OnenotePatchInsertPosition);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePatchInsertPosition);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteResource`, entity type, derived from `microsoft.graph.onenoteEntityBaseModel`, key `id`.
///
/// Request builders: [`OnenoteResourcePath`](requests/trait.OnenoteResourcePath.html), what a path to one (`EntityPath<OnenoteResource, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            content: rt::Field::Absent,
            content_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteResource {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteResource";
    const KEYS: &'static [&'static str] = &["id", "self", "content", "contentUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"content\":                      ",
        ",\"contentUrl\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "content", &self.content);
        v.field(3usize, "content_url", &self.content_url);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.content.read_from(r),
            3usize => self.content_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.content);
        w.field(3usize, &self.content_url);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenoteResource);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteResource { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_content content : rt::RawJson; with_content_url
    content_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteResource);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteSection`, entity type, derived from `microsoft.graph.onenoteEntityHierarchyModel`, key `id`.
///
/// Request builders: [`OnenoteSectionPath`](requests/trait.OnenoteSectionPath.html), what a path to one (`EntityPath<OnenoteSection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteSection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `links`: `microsoft.graph.sectionLinks`, nullable.
    pub links: rt::Field<crate::v1::SectionLinks>,
    /// CSDL: property `pagesUrl`: `Edm.String`, nullable.
    pub pages_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `pages`: `Collection(microsoft.graph.onenotePage)`, not nullable.
    pub pages: rt::Field<::std::vec::Vec<crate::v1::OnenotePage>>,
    /// CSDL: navigation property `parentNotebook`: `microsoft.graph.notebook`, nullable.
    pub parent_notebook: rt::Field<crate::v1::Notebook>,
    /// CSDL: navigation property `parentSectionGroup`: `microsoft.graph.sectionGroup`, nullable.
    pub parent_section_group: rt::Field<crate::v1::SectionGroup>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteSection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            is_default: rt::Field::Absent,
            links: rt::Field::Absent,
            pages_url: rt::Field::Absent,
            pages: rt::Field::Absent,
            parent_notebook: rt::Field::Absent,
            parent_section_group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteSection {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteSection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "createdBy",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "isDefault",
        "links",
        "pagesUrl",
        "pages",
        "parentNotebook",
        "parentSectionGroup",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"isDefault\":                    ",
        ",\"links\":                        ",
        ",\"pagesUrl\":                     ",
        ",\"pages\":                        ",
        ",\"parentNotebook\":               ",
        ",\"parentSectionGroup\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteSection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "is_default", &self.is_default);
        v.field(8usize, "links", &self.links);
        v.field(9usize, "pages_url", &self.pages_url);
        v.field(10usize, "pages", &self.pages);
        v.field(11usize, "parent_notebook", &self.parent_notebook);
        v.field(12usize, "parent_section_group", &self.parent_section_group);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteSection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.is_default.read_from(r),
            8usize => self.links.read_from(r),
            9usize => self.pages_url.read_from(r),
            10usize => self.pages.read_from(r),
            11usize => self.parent_notebook.read_from(r),
            12usize => self.parent_section_group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.is_default);
        w.field(8usize, &self.links);
        w.field(9usize, &self.pages_url);
        w.field(10usize, &self.pages);
        w.field(11usize, &self.parent_notebook);
        w.field(12usize, &self.parent_section_group);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(OnenoteSection);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteSection { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_is_default is_default : bool;
    with_links links : crate ::v1::SectionLinks; with_pages_url pages_url :
    ::std::string::String; with_pages pages : ::std::vec::Vec < crate ::v1::OnenotePage
    >; with_parent_notebook parent_notebook : crate ::v1::Notebook;
    with_parent_section_group parent_section_group : crate ::v1::SectionGroup; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSection);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteUserRole`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnenoteUserRole {
    /// `None` (value -1).
    None,
    /// `Owner` (value 0).
    Owner,
    /// `Contributor` (value 1).
    Contributor,
    /// `Reader` (value 2).
    Reader,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for OnenoteUserRole {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteUserRole";
    const MEMBERS: &'static [&'static str] = &["None", "Owner", "Contributor", "Reader"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "Owner" => Self::Owner,
                "Contributor" => Self::Contributor,
                "Reader" => Self::Reader,
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
            Self::None => "None",
            Self::Owner => "Owner",
            Self::Contributor => "Contributor",
            Self::Reader => "Reader",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(OnenoteUserRole);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteUserRole);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.onlineMeetingInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeetingInfo {
    /// CSDL: property `conferenceId`: `Edm.String`, nullable.
    pub conference_id: rt::Field<::std::string::String>,
    /// CSDL: property `joinUrl`: `Edm.String`, nullable.
    pub join_url: rt::Field<::std::string::String>,
    /// CSDL: property `phones`: `Collection(microsoft.graph.phone)`, nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::v1::Phone>>,
    /// CSDL: property `quickDial`: `Edm.String`, nullable.
    pub quick_dial: rt::Field<::std::string::String>,
    /// CSDL: property `tollFreeNumbers`: `Collection(Edm.String)`, nullable.
    pub toll_free_numbers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tollNumber`: `Edm.String`, nullable.
    pub toll_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OnlineMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            conference_id: rt::Field::Absent,
            join_url: rt::Field::Absent,
            phones: rt::Field::Absent,
            quick_dial: rt::Field::Absent,
            toll_free_numbers: rt::Field::Absent,
            toll_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OnlineMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingInfo";
    const KEYS: &'static [&'static str] = &[
        "conferenceId",
        "joinUrl",
        "phones",
        "quickDial",
        "tollFreeNumbers",
        "tollNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conferenceId\":                 ",
        ",\"joinUrl\":                      ",
        ",\"phones\":                       ",
        ",\"quickDial\":                    ",
        ",\"tollFreeNumbers\":              ",
        ",\"tollNumber\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onlineMeetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "conference_id", &self.conference_id);
        v.field(1usize, "join_url", &self.join_url);
        v.field(2usize, "phones", &self.phones);
        v.field(3usize, "quick_dial", &self.quick_dial);
        v.field(4usize, "toll_free_numbers", &self.toll_free_numbers);
        v.field(5usize, "toll_number", &self.toll_number);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OnlineMeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conference_id.read_from(r),
            1usize => self.join_url.read_from(r),
            2usize => self.phones.read_from(r),
            3usize => self.quick_dial.read_from(r),
            4usize => self.toll_free_numbers.read_from(r),
            5usize => self.toll_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conference_id);
        w.field(1usize, &self.join_url);
        w.field(2usize, &self.phones);
        w.field(3usize, &self.quick_dial);
        w.field(4usize, &self.toll_free_numbers);
        w.field(5usize, &self.toll_number);
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
rt::impl_object!(OnlineMeetingInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OnlineMeetingInfo { with_conference_id conference_id : ::std::string::String;
    with_join_url join_url : ::std::string::String; with_phones phones : ::std::vec::Vec
    < crate ::v1::Phone >; with_quick_dial quick_dial : ::std::string::String;
    with_toll_free_numbers toll_free_numbers : ::std::vec::Vec < ::std::string::String >;
    with_toll_number toll_number : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.onlineMeetingProviderType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingProviderType {
    /// `unknown` (value 0).
    Unknown,
    /// `skypeForBusiness` (value 1).
    SkypeForBusiness,
    /// `skypeForConsumer` (value 2).
    SkypeForConsumer,
    /// `teamsForBusiness` (value 3).
    TeamsForBusiness,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for OnlineMeetingProviderType {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingProviderType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "skypeForBusiness",
        "skypeForConsumer",
        "teamsForBusiness",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "skypeForBusiness" => Self::SkypeForBusiness,
                "skypeForConsumer" => Self::SkypeForConsumer,
                "teamsForBusiness" => Self::TeamsForBusiness,
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
            Self::SkypeForBusiness => "skypeForBusiness",
            Self::SkypeForConsumer => "skypeForConsumer",
            Self::TeamsForBusiness => "teamsForBusiness",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(OnlineMeetingProviderType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingProviderType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.openShift`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`OpenShiftPath`](requests/trait.OpenShiftPath.html), what a path to one (`EntityPath<OpenShift, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OpenShift {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `draftOpenShift`: `microsoft.graph.openShiftItem`, nullable.
    pub draft_open_shift: rt::Field<crate::v1::OpenShiftItem>,
    /// CSDL: property `isStagedForDeletion`: `Edm.Boolean`, nullable.
    pub is_staged_for_deletion: rt::Field<bool>,
    /// CSDL: property `schedulingGroupId`: `Edm.String`, nullable.
    pub scheduling_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `sharedOpenShift`: `microsoft.graph.openShiftItem`, nullable.
    pub shared_open_shift: rt::Field<crate::v1::OpenShiftItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OpenShift {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            draft_open_shift: rt::Field::Absent,
            is_staged_for_deletion: rt::Field::Absent,
            scheduling_group_id: rt::Field::Absent,
            shared_open_shift: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OpenShift {
    const TYPE_NAME: &'static str = "microsoft.graph.openShift";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "draftOpenShift",
        "isStagedForDeletion",
        "schedulingGroupId",
        "sharedOpenShift",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"draftOpenShift\":               ",
        ",\"isStagedForDeletion\":          ",
        ",\"schedulingGroupId\":            ",
        ",\"sharedOpenShift\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openShift\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "draft_open_shift", &self.draft_open_shift);
        v.field(6usize, "is_staged_for_deletion", &self.is_staged_for_deletion);
        v.field(7usize, "scheduling_group_id", &self.scheduling_group_id);
        v.field(8usize, "shared_open_shift", &self.shared_open_shift);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OpenShift {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.draft_open_shift.read_from(r),
            6usize => self.is_staged_for_deletion.read_from(r),
            7usize => self.scheduling_group_id.read_from(r),
            8usize => self.shared_open_shift.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.draft_open_shift);
        w.field(6usize, &self.is_staged_for_deletion);
        w.field(7usize, &self.scheduling_group_id);
        w.field(8usize, &self.shared_open_shift);
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
rt::impl_object!(OpenShift);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OpenShift { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_draft_open_shift draft_open_shift : crate
    ::v1::OpenShiftItem; with_is_staged_for_deletion is_staged_for_deletion : bool;
    with_scheduling_group_id scheduling_group_id : ::std::string::String;
    with_shared_open_shift shared_open_shift : crate ::v1::OpenShiftItem; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenShift);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.openShiftChangeRequest`, entity type, derived from `microsoft.graph.scheduleChangeRequest`, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<OpenShiftChangeRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OpenShiftChangeRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::v1::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::v1::ScheduleChangeState>,
    /// CSDL: property `openShiftId`: `Edm.String`, nullable.
    pub open_shift_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OpenShiftChangeRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            open_shift_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OpenShiftChangeRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.openShiftChangeRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
        "openShiftId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"managerActionDateTime\":        ",
        ",\"managerActionMessage\":         ",
        ",\"managerUserId\":                ",
        ",\"senderDateTime\":               ",
        ",\"senderMessage\":                ",
        ",\"senderUserId\":                 ",
        ",\"state\":                        ",
        ",\"openShiftId\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openShiftChangeRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        v.field(7usize, "manager_action_message", &self.manager_action_message);
        v.field(8usize, "manager_user_id", &self.manager_user_id);
        v.field(9usize, "sender_date_time", &self.sender_date_time);
        v.field(10usize, "sender_message", &self.sender_message);
        v.field(11usize, "sender_user_id", &self.sender_user_id);
        v.field(12usize, "state", &self.state);
        v.field(13usize, "open_shift_id", &self.open_shift_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OpenShiftChangeRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            13usize => self.open_shift_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
        w.field(13usize, &self.open_shift_id);
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
rt::impl_object!(OpenShiftChangeRequest);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OpenShiftChangeRequest { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::v1::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::v1::ScheduleChangeState; with_open_shift_id open_shift_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenShiftChangeRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.openShiftItem`, complex type, derived from `microsoft.graph.shiftItem`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OpenShiftItem {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::v1::ScheduleEntityTheme>,
    /// CSDL: property `activities`: `Collection(microsoft.graph.shiftActivity)`, nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::v1::ShiftActivity>>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `openSlotCount`: `Edm.Int32`, not nullable.
    pub open_slot_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OpenShiftItem {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            activities: rt::Field::Absent,
            display_name: rt::Field::Absent,
            notes: rt::Field::Absent,
            open_slot_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OpenShiftItem {
    const TYPE_NAME: &'static str = "microsoft.graph.openShiftItem";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "startDateTime",
        "theme",
        "activities",
        "displayName",
        "notes",
        "openSlotCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
        ",\"activities\":                   ",
        ",\"displayName\":                  ",
        ",\"notes\":                        ",
        ",\"openSlotCount\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openShiftItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "theme", &self.theme);
        v.field(3usize, "activities", &self.activities);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "notes", &self.notes);
        v.field(6usize, "open_slot_count", &self.open_slot_count);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OpenShiftItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            3usize => self.activities.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.notes.read_from(r),
            6usize => self.open_slot_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
        w.field(3usize, &self.activities);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.notes);
        w.field(6usize, &self.open_slot_count);
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
rt::impl_object!(OpenShiftItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OpenShiftItem { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::v1::ScheduleEntityTheme; with_activities activities : ::std::vec::Vec < crate
    ::v1::ShiftActivity >; with_display_name display_name : ::std::string::String;
    with_notes notes : ::std::string::String; with_open_slot_count open_slot_count : i32;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenShiftItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.openTypeExtension`, entity type, derived from `microsoft.graph.extension`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OpenTypeExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `extensionName`: `Edm.String`, not nullable.
    pub extension_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OpenTypeExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extension_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OpenTypeExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.openTypeExtension";
    const KEYS: &'static [&'static str] = &["id", "extensionName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"extensionName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openTypeExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "extension_name", &self.extension_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OpenTypeExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.extension_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.extension_name);
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
rt::impl_object!(OpenTypeExtension);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OpenTypeExtension { with_id id : ::std::string::String; with_extension_name
    extension_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenTypeExtension);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.operation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Operation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for Operation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for Operation {
    const TYPE_NAME: &'static str = "microsoft.graph.operation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.operation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for Operation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
        w.field(3usize, &self.status);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(Operation);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    Operation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_action_date_time
    last_action_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Operation);
#[cfg(msgraph_v1_core_or_sites)]
/// `microsoft.graph.operation` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOperation {
    Operation(::std::boxed::Box<crate::v1::Operation>),
    OnenoteOperation(::std::boxed::Box<crate::v1::OnenoteOperation>),
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for AnyOperation {
    #[inline]
    fn default() -> Self {
        Self::Operation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Operation> for AnyOperation {
    #[inline]
    fn from(v: crate::v1::Operation) -> Self {
        Self::Operation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteOperation> for AnyOperation {
    #[inline]
    fn from(v: crate::v1::OnenoteOperation) -> Self {
        Self::OnenoteOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Send for AnyOperation {}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Sync for AnyOperation {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::marker::Unpin for AnyOperation {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::UnwindSafe for AnyOperation {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyOperation {}
#[cfg(msgraph_v1_core_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Operation>();
    rt::object::auto_traits::<crate::v1::OnenoteOperation>();
};
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Poly for AnyOperation {
    const BASE_NAME: &'static str = "microsoft.graph.operation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.onenoteOperation") => {
                Self::OnenoteOperation(rt::object::new_boxed())
            }
            _ => Self::Operation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Operation(v) => &**v,
            Self::OnenoteOperation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Operation(v) => &mut **v,
            Self::OnenoteOperation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl AnyOperation {
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
            Self::Operation(v) => &v.id,
            Self::OnenoteOperation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Operation(v) => &mut v.id,
            Self::OnenoteOperation(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Operation(v) => &v.created_date_time,
            Self::OnenoteOperation(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Operation(v) => &mut v.created_date_time,
            Self::OnenoteOperation(v) => &mut v.created_date_time,
        }
    }
    /// `lastActionDateTime` of any variant.
    #[inline]
    pub fn last_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Operation(v) => &v.last_action_date_time,
            Self::OnenoteOperation(v) => &v.last_action_date_time,
        }
    }
    /// `lastActionDateTime` of any variant.
    #[inline]
    pub fn last_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Operation(v) => &mut v.last_action_date_time,
            Self::OnenoteOperation(v) => &mut v.last_action_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::OperationStatus> {
        match self {
            Self::Operation(v) => &v.status,
            Self::OnenoteOperation(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::OperationStatus> {
        match self {
            Self::Operation(v) => &mut v.status,
            Self::OnenoteOperation(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_poly!(AnyOperation);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOperation);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.operationResult`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OperationResult {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `timeout` (value 2).
    Timeout,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::StrEnum for OperationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.operationResult";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "timeout",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "timeout" => Self::Timeout,
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
            Self::Success => "success",
            Self::Failure => "failure",
            Self::Timeout => "timeout",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(OperationResult);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperationResult);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.optionalClaim`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OptionalClaim {
    /// CSDL: property `additionalProperties`: `Collection(Edm.String)`, nullable.
    pub additional_properties: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `essential`: `Edm.Boolean`, not nullable.
    pub essential: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OptionalClaim {
    #[inline]
    fn default() -> Self {
        Self {
            additional_properties: rt::Field::Absent,
            essential: rt::Field::Absent,
            name: rt::Field::Absent,
            source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OptionalClaim {
    const TYPE_NAME: &'static str = "microsoft.graph.optionalClaim";
    const KEYS: &'static [&'static str] = &[
        "additionalProperties",
        "essential",
        "name",
        "source",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalProperties\":         ",
        ",\"essential\":                    ",
        ",\"name\":                         ",
        ",\"source\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.optionalClaim\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_properties", &self.additional_properties);
        v.field(1usize, "essential", &self.essential);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "source", &self.source);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OptionalClaim {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_properties.read_from(r),
            1usize => self.essential.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_properties);
        w.field(1usize, &self.essential);
        w.field(2usize, &self.name);
        w.field(3usize, &self.source);
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
rt::impl_object!(OptionalClaim);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OptionalClaim { with_additional_properties additional_properties : ::std::vec::Vec <
    ::std::string::String >; with_essential essential : bool; with_name name :
    ::std::string::String; with_source source : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OptionalClaim);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.optionalClaims`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OptionalClaims {
    /// CSDL: property `accessToken`: `Collection(microsoft.graph.optionalClaim)`, nullable.
    pub access_token: rt::Field<::std::vec::Vec<crate::v1::OptionalClaim>>,
    /// CSDL: property `idToken`: `Collection(microsoft.graph.optionalClaim)`, nullable.
    pub id_token: rt::Field<::std::vec::Vec<crate::v1::OptionalClaim>>,
    /// CSDL: property `saml2Token`: `Collection(microsoft.graph.optionalClaim)`, nullable.
    pub saml2_token: rt::Field<::std::vec::Vec<crate::v1::OptionalClaim>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OptionalClaims {
    #[inline]
    fn default() -> Self {
        Self {
            access_token: rt::Field::Absent,
            id_token: rt::Field::Absent,
            saml2_token: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OptionalClaims {
    const TYPE_NAME: &'static str = "microsoft.graph.optionalClaims";
    const KEYS: &'static [&'static str] = &["accessToken", "idToken", "saml2Token"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessToken\":                  ",
        ",\"idToken\":                      ",
        ",\"saml2Token\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.optionalClaims\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_token", &self.access_token);
        v.field(1usize, "id_token", &self.id_token);
        v.field(2usize, "saml2_token", &self.saml2_token);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OptionalClaims {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_token.read_from(r),
            1usize => self.id_token.read_from(r),
            2usize => self.saml2_token.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_token);
        w.field(1usize, &self.id_token);
        w.field(2usize, &self.saml2_token);
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
rt::impl_object!(OptionalClaims);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OptionalClaims { with_access_token access_token : ::std::vec::Vec < crate
    ::v1::OptionalClaim >; with_id_token id_token : ::std::vec::Vec < crate
    ::v1::OptionalClaim >; with_saml2_token saml2_token : ::std::vec::Vec < crate
    ::v1::OptionalClaim >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OptionalClaims);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.organization`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`OrganizationPath`](requests/trait.OrganizationPath.html), what a path to one (`EntityPath<Organization, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Organization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedPlans`: `Collection(microsoft.graph.assignedPlan)`, not nullable.
    pub assigned_plans: rt::Field<::std::vec::Vec<crate::v1::AssignedPlan>>,
    /// CSDL: property `businessPhones`: `Collection(Edm.String)`, not nullable.
    pub business_phones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `country`: `Edm.String`, nullable.
    pub country: rt::Field<::std::string::String>,
    /// CSDL: property `countryLetterCode`: `Edm.String`, nullable.
    pub country_letter_code: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `defaultUsageLocation`: `Edm.String`, nullable.
    pub default_usage_location: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `marketingNotificationEmails`: `Collection(Edm.String)`, not nullable.
    pub marketing_notification_emails: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Mobile device management authority.
    ///
    /// CSDL: property `mobileDeviceManagementAuthority`: `microsoft.graph.mdmAuthority`, not nullable.
    pub mobile_device_management_authority: rt::Field<crate::v1::MdmAuthority>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
    /// CSDL: property `partnerTenantType`: `microsoft.graph.partnerTenantType`, nullable.
    pub partner_tenant_type: rt::Field<crate::v1::PartnerTenantType>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `privacyProfile`: `microsoft.graph.privacyProfile`, nullable.
    pub privacy_profile: rt::Field<crate::v1::PrivacyProfile>,
    /// CSDL: property `provisionedPlans`: `Collection(microsoft.graph.provisionedPlan)`, not nullable.
    pub provisioned_plans: rt::Field<::std::vec::Vec<crate::v1::ProvisionedPlan>>,
    /// CSDL: property `securityComplianceNotificationMails`: `Collection(Edm.String)`, not nullable.
    pub security_compliance_notification_mails: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `securityComplianceNotificationPhones`: `Collection(Edm.String)`, not nullable.
    pub security_compliance_notification_phones: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `street`: `Edm.String`, nullable.
    pub street: rt::Field<::std::string::String>,
    /// CSDL: property `technicalNotificationMails`: `Collection(Edm.String)`, not nullable.
    pub technical_notification_mails: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tenantType`: `Edm.String`, nullable.
    pub tenant_type: rt::Field<::std::string::String>,
    /// CSDL: property `verifiedDomains`: `Collection(microsoft.graph.verifiedDomain)`, not nullable.
    pub verified_domains: rt::Field<::std::vec::Vec<crate::v1::VerifiedDomain>>,
    /// CSDL: containment navigation property `branding`: `microsoft.graph.organizationalBranding`, nullable.
    pub branding: rt::Field<crate::v1::OrganizationalBranding>,
    /// CSDL: containment navigation property `certificateBasedAuthConfiguration`: `Collection(microsoft.graph.certificateBasedAuthConfiguration)`, not nullable.
    pub certificate_based_auth_configuration: rt::Field<
        ::std::vec::Vec<crate::v1::CertificateBasedAuthConfiguration>,
    >,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Organization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            assigned_plans: rt::Field::Absent,
            business_phones: rt::Field::Absent,
            city: rt::Field::Absent,
            country: rt::Field::Absent,
            country_letter_code: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            default_usage_location: rt::Field::Absent,
            display_name: rt::Field::Absent,
            marketing_notification_emails: rt::Field::Absent,
            mobile_device_management_authority: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            partner_tenant_type: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            privacy_profile: rt::Field::Absent,
            provisioned_plans: rt::Field::Absent,
            security_compliance_notification_mails: rt::Field::Absent,
            security_compliance_notification_phones: rt::Field::Absent,
            state: rt::Field::Absent,
            street: rt::Field::Absent,
            technical_notification_mails: rt::Field::Absent,
            tenant_type: rt::Field::Absent,
            verified_domains: rt::Field::Absent,
            branding: rt::Field::Absent,
            certificate_based_auth_configuration: rt::Field::Absent,
            extensions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Organization {
    const TYPE_NAME: &'static str = "microsoft.graph.organization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "assignedPlans",
        "businessPhones",
        "city",
        "country",
        "countryLetterCode",
        "createdDateTime",
        "defaultUsageLocation",
        "displayName",
        "marketingNotificationEmails",
        "mobileDeviceManagementAuthority",
        "onPremisesLastSyncDateTime",
        "onPremisesSyncEnabled",
        "partnerTenantType",
        "postalCode",
        "preferredLanguage",
        "privacyProfile",
        "provisionedPlans",
        "securityComplianceNotificationMails",
        "securityComplianceNotificationPhones",
        "state",
        "street",
        "technicalNotificationMails",
        "tenantType",
        "verifiedDomains",
        "branding",
        "certificateBasedAuthConfiguration",
        "extensions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"assignedPlans\":                ",
        ",\"businessPhones\":               ",
        ",\"city\":                         ",
        ",\"country\":                      ",
        ",\"countryLetterCode\":            ",
        ",\"createdDateTime\":              ",
        ",\"defaultUsageLocation\":         ",
        ",\"displayName\":                  ",
        ",\"marketingNotificationEmails\":  ",
        ",\"mobileDeviceManagementAuthority\":",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"partnerTenantType\":            ",
        ",\"postalCode\":                   ",
        ",\"preferredLanguage\":            ",
        ",\"privacyProfile\":               ",
        ",\"provisionedPlans\":             ",
        ",\"securityComplianceNotificationMails\":",
        ",\"securityComplianceNotificationPhones\":",
        ",\"state\":                        ",
        ",\"street\":                       ",
        ",\"technicalNotificationMails\":   ",
        ",\"tenantType\":                   ",
        ",\"verifiedDomains\":              ",
        ",\"branding\":                     ",
        ",\"certificateBasedAuthConfiguration\":",
        ",\"extensions\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "assigned_plans", &self.assigned_plans);
        v.field(3usize, "business_phones", &self.business_phones);
        v.field(4usize, "city", &self.city);
        v.field(5usize, "country", &self.country);
        v.field(6usize, "country_letter_code", &self.country_letter_code);
        v.field(7usize, "created_date_time", &self.created_date_time);
        v.field(8usize, "default_usage_location", &self.default_usage_location);
        v.field(9usize, "display_name", &self.display_name);
        v.field(
            10usize,
            "marketing_notification_emails",
            &self.marketing_notification_emails,
        );
        v.field(
            11usize,
            "mobile_device_management_authority",
            &self.mobile_device_management_authority,
        );
        v.field(
            12usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(13usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(14usize, "partner_tenant_type", &self.partner_tenant_type);
        v.field(15usize, "postal_code", &self.postal_code);
        v.field(16usize, "preferred_language", &self.preferred_language);
        v.field(17usize, "privacy_profile", &self.privacy_profile);
        v.field(18usize, "provisioned_plans", &self.provisioned_plans);
        v.field(
            19usize,
            "security_compliance_notification_mails",
            &self.security_compliance_notification_mails,
        );
        v.field(
            20usize,
            "security_compliance_notification_phones",
            &self.security_compliance_notification_phones,
        );
        v.field(21usize, "state", &self.state);
        v.field(22usize, "street", &self.street);
        v.field(
            23usize,
            "technical_notification_mails",
            &self.technical_notification_mails,
        );
        v.field(24usize, "tenant_type", &self.tenant_type);
        v.field(25usize, "verified_domains", &self.verified_domains);
        v.field(26usize, "branding", &self.branding);
        v.field(
            27usize,
            "certificate_based_auth_configuration",
            &self.certificate_based_auth_configuration,
        );
        v.field(28usize, "extensions", &self.extensions);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Organization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.assigned_plans.read_from(r),
            3usize => self.business_phones.read_from(r),
            4usize => self.city.read_from(r),
            5usize => self.country.read_from(r),
            6usize => self.country_letter_code.read_from(r),
            7usize => self.created_date_time.read_from(r),
            8usize => self.default_usage_location.read_from(r),
            9usize => self.display_name.read_from(r),
            10usize => self.marketing_notification_emails.read_from(r),
            11usize => self.mobile_device_management_authority.read_from(r),
            12usize => self.on_premises_last_sync_date_time.read_from(r),
            13usize => self.on_premises_sync_enabled.read_from(r),
            14usize => self.partner_tenant_type.read_from(r),
            15usize => self.postal_code.read_from(r),
            16usize => self.preferred_language.read_from(r),
            17usize => self.privacy_profile.read_from(r),
            18usize => self.provisioned_plans.read_from(r),
            19usize => self.security_compliance_notification_mails.read_from(r),
            20usize => self.security_compliance_notification_phones.read_from(r),
            21usize => self.state.read_from(r),
            22usize => self.street.read_from(r),
            23usize => self.technical_notification_mails.read_from(r),
            24usize => self.tenant_type.read_from(r),
            25usize => self.verified_domains.read_from(r),
            26usize => self.branding.read_from(r),
            27usize => self.certificate_based_auth_configuration.read_from(r),
            28usize => self.extensions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.assigned_plans);
        w.field(3usize, &self.business_phones);
        w.field(4usize, &self.city);
        w.field(5usize, &self.country);
        w.field(6usize, &self.country_letter_code);
        w.field(7usize, &self.created_date_time);
        w.field(8usize, &self.default_usage_location);
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.marketing_notification_emails);
        w.field(11usize, &self.mobile_device_management_authority);
        w.field(12usize, &self.on_premises_last_sync_date_time);
        w.field(13usize, &self.on_premises_sync_enabled);
        w.field(14usize, &self.partner_tenant_type);
        w.field(15usize, &self.postal_code);
        w.field(16usize, &self.preferred_language);
        w.field(17usize, &self.privacy_profile);
        w.field(18usize, &self.provisioned_plans);
        w.field(19usize, &self.security_compliance_notification_mails);
        w.field(20usize, &self.security_compliance_notification_phones);
        w.field(21usize, &self.state);
        w.field(22usize, &self.street);
        w.field(23usize, &self.technical_notification_mails);
        w.field(24usize, &self.tenant_type);
        w.field(25usize, &self.verified_domains);
        w.field(26usize, &self.branding);
        w.field(27usize, &self.certificate_based_auth_configuration);
        w.field(28usize, &self.extensions);
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
rt::impl_object!(Organization);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Organization { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_assigned_plans assigned_plans :
    ::std::vec::Vec < crate ::v1::AssignedPlan >; with_business_phones business_phones :
    ::std::vec::Vec < ::std::string::String >; with_city city : ::std::string::String;
    with_country country : ::std::string::String; with_country_letter_code
    country_letter_code : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_default_usage_location default_usage_location :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_marketing_notification_emails marketing_notification_emails : ::std::vec::Vec <
    ::std::string::String >; with_mobile_device_management_authority
    mobile_device_management_authority : crate ::v1::MdmAuthority;
    with_on_premises_last_sync_date_time on_premises_last_sync_date_time :
    rt::edm::DateTimeOffset; with_on_premises_sync_enabled on_premises_sync_enabled :
    bool; with_partner_tenant_type partner_tenant_type : crate ::v1::PartnerTenantType;
    with_postal_code postal_code : ::std::string::String; with_preferred_language
    preferred_language : ::std::string::String; with_privacy_profile privacy_profile :
    crate ::v1::PrivacyProfile; with_provisioned_plans provisioned_plans :
    ::std::vec::Vec < crate ::v1::ProvisionedPlan >;
    with_security_compliance_notification_mails security_compliance_notification_mails :
    ::std::vec::Vec < ::std::string::String >;
    with_security_compliance_notification_phones security_compliance_notification_phones
    : ::std::vec::Vec < ::std::string::String >; with_state state :
    ::std::string::String; with_street street : ::std::string::String;
    with_technical_notification_mails technical_notification_mails : ::std::vec::Vec <
    ::std::string::String >; with_tenant_type tenant_type : ::std::string::String;
    with_verified_domains verified_domains : ::std::vec::Vec < crate ::v1::VerifiedDomain
    >; with_branding branding : crate ::v1::OrganizationalBranding;
    with_certificate_based_auth_configuration certificate_based_auth_configuration :
    ::std::vec::Vec < crate ::v1::CertificateBasedAuthConfiguration >; with_extensions
    extensions : ::std::vec::Vec < crate ::v1::AnyExtension >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Organization);
#[cfg(msgraph_v1_device_management_or_search)]
/// Count of devices with malware for each OS version
///
/// CSDL: `microsoft.graph.osVersionCount`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OsVersionCount {
    /// Count of devices with malware for the OS version
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// OS version
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OsVersionCount {
    #[inline]
    fn default() -> Self {
        Self {
            device_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            os_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OsVersionCount {
    const TYPE_NAME: &'static str = "microsoft.graph.osVersionCount";
    const KEYS: &'static [&'static str] = &[
        "deviceCount",
        "lastUpdateDateTime",
        "osVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"osVersion\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.osVersionCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_count", &self.device_count);
        v.field(1usize, "last_update_date_time", &self.last_update_date_time);
        v.field(2usize, "os_version", &self.os_version);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OsVersionCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_count.read_from(r),
            1usize => self.last_update_date_time.read_from(r),
            2usize => self.os_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_count);
        w.field(1usize, &self.last_update_date_time);
        w.field(2usize, &self.os_version);
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
rt::impl_object!(OsVersionCount);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OsVersionCount { with_device_count device_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_os_version os_version :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OsVersionCount);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.outlierContainerType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OutlierContainerType {
    /// `group` (value 0).
    Group,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for OutlierContainerType {
    const TYPE_NAME: &'static str = "microsoft.graph.outlierContainerType";
    const MEMBERS: &'static [&'static str] = &["group", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "group" => Self::Group,
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
            Self::Group => "group",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(OutlierContainerType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlierContainerType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.outlookCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `microsoft.graph.categoryColor`, nullable.
    pub color: rt::Field<crate::v1::CategoryColor>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OutlookCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OutlookCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookCategory";
    const KEYS: &'static [&'static str] = &["id", "color", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
        v.field(2usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OutlookCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
        w.field(2usize, &self.display_name);
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
rt::impl_object!(OutlookCategory);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OutlookCategory { with_id id : ::std::string::String; with_color color : crate
    ::v1::CategoryColor; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookCategory);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.outlookItem`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookItem {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OutlookItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OutlookItem {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OutlookItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
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
rt::impl_object!(OutlookItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OutlookItem { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookItem);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.outlookItem` or any type derived from it, selected by `@odata.type` (10 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOutlookItem {
    OutlookItem(::std::boxed::Box<crate::v1::OutlookItem>),
    CalendarSharingMessage(::std::boxed::Box<crate::v1::CalendarSharingMessage>),
    Contact(::std::boxed::Box<crate::v1::Contact>),
    Event(::std::boxed::Box<crate::v1::Event>),
    EventMessage(::std::boxed::Box<crate::v1::EventMessage>),
    EventMessageRequest(::std::boxed::Box<crate::v1::EventMessageRequest>),
    EventMessageResponse(::std::boxed::Box<crate::v1::EventMessageResponse>),
    MailboxItem(::std::boxed::Box<crate::v1::MailboxItem>),
    Message(::std::boxed::Box<crate::v1::Message>),
    Post(::std::boxed::Box<crate::v1::Post>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyOutlookItem {
    #[inline]
    fn default() -> Self {
        Self::OutlookItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OutlookItem> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::OutlookItem) -> Self {
        Self::OutlookItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CalendarSharingMessage> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::CalendarSharingMessage) -> Self {
        Self::CalendarSharingMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Contact> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::Contact) -> Self {
        Self::Contact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Event> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::Event) -> Self {
        Self::Event(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessage> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageRequest> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageResponse> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxItem> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::MailboxItem) -> Self {
        Self::MailboxItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Message> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::Message) -> Self {
        Self::Message(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Post> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::Post) -> Self {
        Self::Post(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyOutlookItem {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyOutlookItem {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyOutlookItem {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyOutlookItem {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyOutlookItem {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OutlookItem>();
    rt::object::auto_traits::<crate::v1::CalendarSharingMessage>();
    rt::object::auto_traits::<crate::v1::Contact>();
    rt::object::auto_traits::<crate::v1::Event>();
    rt::object::auto_traits::<crate::v1::EventMessage>();
    rt::object::auto_traits::<crate::v1::EventMessageRequest>();
    rt::object::auto_traits::<crate::v1::EventMessageResponse>();
    rt::object::auto_traits::<crate::v1::MailboxItem>();
    rt::object::auto_traits::<crate::v1::Message>();
    rt::object::auto_traits::<crate::v1::Post>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyOutlookItem {
    const BASE_NAME: &'static str = "microsoft.graph.outlookItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                Self::CalendarSharingMessage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.contact") => {
                Self::Contact(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.event") => {
                Self::Event(rt::object::new_boxed())
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
            ::std::option::Option::Some("microsoft.graph.mailboxItem") => {
                Self::MailboxItem(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.message") => {
                Self::Message(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.post") => {
                Self::Post(rt::object::new_boxed())
            }
            _ => Self::OutlookItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OutlookItem(v) => &**v,
            Self::CalendarSharingMessage(v) => &**v,
            Self::Contact(v) => &**v,
            Self::Event(v) => &**v,
            Self::EventMessage(v) => &**v,
            Self::EventMessageRequest(v) => &**v,
            Self::EventMessageResponse(v) => &**v,
            Self::MailboxItem(v) => &**v,
            Self::Message(v) => &**v,
            Self::Post(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OutlookItem(v) => &mut **v,
            Self::CalendarSharingMessage(v) => &mut **v,
            Self::Contact(v) => &mut **v,
            Self::Event(v) => &mut **v,
            Self::EventMessage(v) => &mut **v,
            Self::EventMessageRequest(v) => &mut **v,
            Self::EventMessageResponse(v) => &mut **v,
            Self::MailboxItem(v) => &mut **v,
            Self::Message(v) => &mut **v,
            Self::Post(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyOutlookItem {
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
            Self::OutlookItem(v) => &v.id,
            Self::CalendarSharingMessage(v) => &v.id,
            Self::Contact(v) => &v.id,
            Self::Event(v) => &v.id,
            Self::EventMessage(v) => &v.id,
            Self::EventMessageRequest(v) => &v.id,
            Self::EventMessageResponse(v) => &v.id,
            Self::MailboxItem(v) => &v.id,
            Self::Message(v) => &v.id,
            Self::Post(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &mut v.id,
            Self::CalendarSharingMessage(v) => &mut v.id,
            Self::Contact(v) => &mut v.id,
            Self::Event(v) => &mut v.id,
            Self::EventMessage(v) => &mut v.id,
            Self::EventMessageRequest(v) => &mut v.id,
            Self::EventMessageResponse(v) => &mut v.id,
            Self::MailboxItem(v) => &mut v.id,
            Self::Message(v) => &mut v.id,
            Self::Post(v) => &mut v.id,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::OutlookItem(v) => &v.categories,
            Self::CalendarSharingMessage(v) => &v.categories,
            Self::Contact(v) => &v.categories,
            Self::Event(v) => &v.categories,
            Self::EventMessage(v) => &v.categories,
            Self::EventMessageRequest(v) => &v.categories,
            Self::EventMessageResponse(v) => &v.categories,
            Self::MailboxItem(v) => &v.categories,
            Self::Message(v) => &v.categories,
            Self::Post(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::OutlookItem(v) => &mut v.categories,
            Self::CalendarSharingMessage(v) => &mut v.categories,
            Self::Contact(v) => &mut v.categories,
            Self::Event(v) => &mut v.categories,
            Self::EventMessage(v) => &mut v.categories,
            Self::EventMessageRequest(v) => &mut v.categories,
            Self::EventMessageResponse(v) => &mut v.categories,
            Self::MailboxItem(v) => &mut v.categories,
            Self::Message(v) => &mut v.categories,
            Self::Post(v) => &mut v.categories,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &v.change_key,
            Self::CalendarSharingMessage(v) => &v.change_key,
            Self::Contact(v) => &v.change_key,
            Self::Event(v) => &v.change_key,
            Self::EventMessage(v) => &v.change_key,
            Self::EventMessageRequest(v) => &v.change_key,
            Self::EventMessageResponse(v) => &v.change_key,
            Self::MailboxItem(v) => &v.change_key,
            Self::Message(v) => &v.change_key,
            Self::Post(v) => &v.change_key,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &mut v.change_key,
            Self::CalendarSharingMessage(v) => &mut v.change_key,
            Self::Contact(v) => &mut v.change_key,
            Self::Event(v) => &mut v.change_key,
            Self::EventMessage(v) => &mut v.change_key,
            Self::EventMessageRequest(v) => &mut v.change_key,
            Self::EventMessageResponse(v) => &mut v.change_key,
            Self::MailboxItem(v) => &mut v.change_key,
            Self::Message(v) => &mut v.change_key,
            Self::Post(v) => &mut v.change_key,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &v.created_date_time,
            Self::CalendarSharingMessage(v) => &v.created_date_time,
            Self::Contact(v) => &v.created_date_time,
            Self::Event(v) => &v.created_date_time,
            Self::EventMessage(v) => &v.created_date_time,
            Self::EventMessageRequest(v) => &v.created_date_time,
            Self::EventMessageResponse(v) => &v.created_date_time,
            Self::MailboxItem(v) => &v.created_date_time,
            Self::Message(v) => &v.created_date_time,
            Self::Post(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &mut v.created_date_time,
            Self::CalendarSharingMessage(v) => &mut v.created_date_time,
            Self::Contact(v) => &mut v.created_date_time,
            Self::Event(v) => &mut v.created_date_time,
            Self::EventMessage(v) => &mut v.created_date_time,
            Self::EventMessageRequest(v) => &mut v.created_date_time,
            Self::EventMessageResponse(v) => &mut v.created_date_time,
            Self::MailboxItem(v) => &mut v.created_date_time,
            Self::Message(v) => &mut v.created_date_time,
            Self::Post(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &v.last_modified_date_time,
            Self::Contact(v) => &v.last_modified_date_time,
            Self::Event(v) => &v.last_modified_date_time,
            Self::EventMessage(v) => &v.last_modified_date_time,
            Self::EventMessageRequest(v) => &v.last_modified_date_time,
            Self::EventMessageResponse(v) => &v.last_modified_date_time,
            Self::MailboxItem(v) => &v.last_modified_date_time,
            Self::Message(v) => &v.last_modified_date_time,
            Self::Post(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &mut v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &mut v.last_modified_date_time,
            Self::Contact(v) => &mut v.last_modified_date_time,
            Self::Event(v) => &mut v.last_modified_date_time,
            Self::EventMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessageRequest(v) => &mut v.last_modified_date_time,
            Self::EventMessageResponse(v) => &mut v.last_modified_date_time,
            Self::MailboxItem(v) => &mut v.last_modified_date_time,
            Self::Message(v) => &mut v.last_modified_date_time,
            Self::Post(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyOutlookItem);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOutlookItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.outlookUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OutlookUserPath`](requests/trait.OutlookUserPath.html), what a path to one (`EntityPath<OutlookUser, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `masterCategories`: `Collection(microsoft.graph.outlookCategory)`, not nullable.
    pub master_categories: rt::Field<::std::vec::Vec<crate::v1::OutlookCategory>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OutlookUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            master_categories: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OutlookUser {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookUser";
    const KEYS: &'static [&'static str] = &["id", "masterCategories"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"masterCategories\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "master_categories", &self.master_categories);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OutlookUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.master_categories.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.master_categories);
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
rt::impl_object!(OutlookUser);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OutlookUser { with_id id : ::std::string::String; with_master_categories
    master_categories : ::std::vec::Vec < crate ::v1::OutlookCategory >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookUser);
