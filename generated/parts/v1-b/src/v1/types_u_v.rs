//! Types of `microsoft.graph` by the first letters of their names (`u_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.unavailablePlaceMode`, complex type, derived from `microsoft.graph.placeMode`.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct UnavailablePlaceMode {
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for UnavailablePlaceMode {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for UnavailablePlaceMode {
    const TYPE_NAME: &'static str = "microsoft.graph.unavailablePlaceMode";
    const KEYS: &'static [&'static str] = &["reason"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reason\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.unavailablePlaceMode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reason", &self.reason);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for UnavailablePlaceMode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reason);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(UnavailablePlaceMode);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(UnavailablePlaceMode { with_reason reason : ::std::string::String; });
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnavailablePlaceMode);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRbacResourceAction`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRbacResourceAction {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actionVerb`: `Edm.String`, nullable.
    pub action_verb: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationContextId`: `Edm.String`, nullable.
    pub authentication_context_id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `isAuthenticationContextSettable`: `Edm.Boolean`, nullable.
    pub is_authentication_context_settable: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceScopeId`: `Edm.String`, nullable.
    pub resource_scope_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for UnifiedRbacResourceAction {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_verb: rt::Field::Absent,
            authentication_context_id: rt::Field::Absent,
            description: rt::Field::Absent,
            is_authentication_context_settable: rt::Field::Absent,
            name: rt::Field::Absent,
            resource_scope_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::Object for UnifiedRbacResourceAction {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRbacResourceAction";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionVerb",
        "authenticationContextId",
        "description",
        "isAuthenticationContextSettable",
        "name",
        "resourceScopeId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionVerb\":                   ",
        ",\"authenticationContextId\":      ",
        ",\"description\":                  ",
        ",\"isAuthenticationContextSettable\":",
        ",\"name\":                         ",
        ",\"resourceScopeId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRbacResourceAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_verb", &self.action_verb);
        v.field(2usize, "authentication_context_id", &self.authentication_context_id);
        v.field(3usize, "description", &self.description);
        v.field(
            4usize,
            "is_authentication_context_settable",
            &self.is_authentication_context_settable,
        );
        v.field(5usize, "name", &self.name);
        v.field(6usize, "resource_scope_id", &self.resource_scope_id);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::object::Members for UnifiedRbacResourceAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_verb.read_from(r),
            2usize => self.authentication_context_id.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.is_authentication_context_settable.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.resource_scope_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_verb);
        w.field(2usize, &self.authentication_context_id);
        w.field(3usize, &self.description);
        w.field(4usize, &self.is_authentication_context_settable);
        w.field(5usize, &self.name);
        w.field(6usize, &self.resource_scope_id);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRbacResourceAction);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRbacResourceAction { with_id id : ::std::string::String; with_action_verb
    action_verb : ::std::string::String; with_authentication_context_id
    authentication_context_id : ::std::string::String; with_description description :
    ::std::string::String; with_is_authentication_context_settable
    is_authentication_context_settable : bool; with_name name : ::std::string::String;
    with_resource_scope_id resource_scope_id : ::std::string::String; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRbacResourceAction);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRbacResourceNamespace`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRbacResourceNamespacePath`](requests/trait.UnifiedRbacResourceNamespacePath.html), what a path to one (`EntityPath<UnifiedRbacResourceNamespace, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRbacResourceNamespace {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resourceActions`: `Collection(microsoft.graph.unifiedRbacResourceAction)`, not nullable.
    pub resource_actions: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRbacResourceAction>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for UnifiedRbacResourceNamespace {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            resource_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::Object for UnifiedRbacResourceNamespace {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRbacResourceNamespace";
    const KEYS: &'static [&'static str] = &["id", "name", "resourceActions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"resourceActions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRbacResourceNamespace\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "resource_actions", &self.resource_actions);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::object::Members for UnifiedRbacResourceNamespace {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.resource_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.resource_actions);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRbacResourceNamespace);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRbacResourceNamespace { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_resource_actions resource_actions : ::std::vec::Vec <
    crate ::v1::UnifiedRbacResourceAction >; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRbacResourceNamespace);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// CSDL: `microsoft.graph.unifiedRole`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
#[derive(Clone)]
pub struct UnifiedRole {
    /// CSDL: property `roleDefinitionId`: `Edm.String`, not nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl ::std::default::Default for UnifiedRole {
    #[inline]
    fn default() -> Self {
        Self {
            role_definition_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::Object for UnifiedRole {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRole";
    const KEYS: &'static [&'static str] = &["roleDefinitionId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"roleDefinitionId\":             "];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "role_definition_id", &self.role_definition_id);
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl rt::object::Members for UnifiedRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.role_definition_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.role_definition_id);
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
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_object!(UnifiedRole);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
rt::impl_setters!(
    UnifiedRole { with_role_definition_id role_definition_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRole);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleScheduleRequestActions`, enum type.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UnifiedRoleScheduleRequestActions {
    /// `adminAssign` (value 1).
    AdminAssign,
    /// `adminUpdate` (value 2).
    AdminUpdate,
    /// `adminRemove` (value 3).
    AdminRemove,
    /// `selfActivate` (value 4).
    SelfActivate,
    /// `selfDeactivate` (value 5).
    SelfDeactivate,
    /// `adminExtend` (value 6).
    AdminExtend,
    /// `adminRenew` (value 7).
    AdminRenew,
    /// `selfExtend` (value 8).
    SelfExtend,
    /// `selfRenew` (value 9).
    SelfRenew,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::StrEnum for UnifiedRoleScheduleRequestActions {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleScheduleRequestActions";
    const MEMBERS: &'static [&'static str] = &[
        "adminAssign",
        "adminUpdate",
        "adminRemove",
        "selfActivate",
        "selfDeactivate",
        "adminExtend",
        "adminRenew",
        "selfExtend",
        "selfRenew",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "adminAssign" => Self::AdminAssign,
                "adminUpdate" => Self::AdminUpdate,
                "adminRemove" => Self::AdminRemove,
                "selfActivate" => Self::SelfActivate,
                "selfDeactivate" => Self::SelfDeactivate,
                "adminExtend" => Self::AdminExtend,
                "adminRenew" => Self::AdminRenew,
                "selfExtend" => Self::SelfExtend,
                "selfRenew" => Self::SelfRenew,
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
            Self::AdminAssign => "adminAssign",
            Self::AdminUpdate => "adminUpdate",
            Self::AdminRemove => "adminRemove",
            Self::SelfActivate => "selfActivate",
            Self::SelfDeactivate => "selfDeactivate",
            Self::AdminExtend => "adminExtend",
            Self::AdminRenew => "adminRenew",
            Self::SelfExtend => "selfExtend",
            Self::SelfRenew => "selfRenew",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_enum!(UnifiedRoleScheduleRequestActions);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleScheduleRequestActions);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.unitMap`, entity type, derived from `microsoft.graph.baseMapFeature`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct UnitMap {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Edm.String`, nullable.
    pub properties: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for UnitMap {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for UnitMap {
    const TYPE_NAME: &'static str = "microsoft.graph.unitMap";
    const KEYS: &'static [&'static str] = &["id", "properties", "placeId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
        ",\"placeId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unitMap\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
        v.field(2usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for UnitMap {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            2usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.properties);
        w.field(2usize, &self.place_id);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(UnitMap);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    UnitMap { with_id id : ::std::string::String; with_properties properties :
    ::std::string::String; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnitMap);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.urlAssessmentRequest`, entity type, derived from `microsoft.graph.threatAssessmentRequest`, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<UrlAssessmentRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone)]
pub struct UrlAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::v1::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::v1::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::v1::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::v1::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::v1::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::v1::ThreatAssessmentResult>>,
    /// CSDL: property `url`: `Edm.String`, not nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for UrlAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            content_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expected_assessment: rt::Field::Absent,
            request_source: rt::Field::Absent,
            status: rt::Field::Absent,
            results: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Object for UrlAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.urlAssessmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "contentType",
        "createdBy",
        "createdDateTime",
        "expectedAssessment",
        "requestSource",
        "status",
        "results",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"contentType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"expectedAssessment\":           ",
        ",\"requestSource\":                ",
        ",\"status\":                       ",
        ",\"results\":                      ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.urlAssessmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "expected_assessment", &self.expected_assessment);
        v.field(6usize, "request_source", &self.request_source);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "results", &self.results);
        v.field(9usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::object::Members for UrlAssessmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.expected_assessment.read_from(r),
            6usize => self.request_source.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.results.read_from(r),
            9usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.expected_assessment);
        w.field(6usize, &self.request_source);
        w.field(7usize, &self.status);
        w.field(8usize, &self.results);
        w.field(9usize, &self.url);
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
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_object!(UrlAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_setters!(
    UrlAssessmentRequest { with_id id : ::std::string::String; with_category category :
    crate ::v1::ThreatCategory; with_content_type content_type : crate
    ::v1::ThreatAssessmentContentType; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::v1::ThreatExpectedAssessment; with_request_source request_source : crate
    ::v1::ThreatAssessmentRequestSource; with_status status : crate
    ::v1::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::v1::ThreatAssessmentResult >; with_url url : ::std::string::String; }
);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UrlAssessmentRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userActivity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserActivityPath`](requests/trait.UserActivityPath.html), what a path to one (`EntityPath<UserActivity, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserActivity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activationUrl`: `Edm.String`, not nullable.
    pub activation_url: rt::Field<::std::string::String>,
    /// CSDL: property `activitySourceHost`: `Edm.String`, not nullable.
    pub activity_source_host: rt::Field<::std::string::String>,
    /// CSDL: property `appActivityId`: `Edm.String`, not nullable.
    pub app_activity_id: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `contentInfo`: `Edm.Untyped`, nullable.
    pub content_info: rt::Field<rt::RawJson>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fallbackUrl`: `Edm.String`, nullable.
    pub fallback_url: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.status`, nullable.
    pub status: rt::Field<crate::v1::Status>,
    /// CSDL: property `userTimezone`: `Edm.String`, nullable.
    pub user_timezone: rt::Field<::std::string::String>,
    /// CSDL: property `visualElements`: `microsoft.graph.visualInfo`, not nullable.
    pub visual_elements: rt::Field<crate::v1::VisualInfo>,
    /// CSDL: containment navigation property `historyItems`: `Collection(microsoft.graph.activityHistoryItem)`, not nullable.
    pub history_items: rt::Field<::std::vec::Vec<crate::v1::ActivityHistoryItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserActivity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activation_url: rt::Field::Absent,
            activity_source_host: rt::Field::Absent,
            app_activity_id: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            content_info: rt::Field::Absent,
            content_url: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            fallback_url: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_timezone: rt::Field::Absent,
            visual_elements: rt::Field::Absent,
            history_items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.userActivity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activationUrl",
        "activitySourceHost",
        "appActivityId",
        "appDisplayName",
        "contentInfo",
        "contentUrl",
        "createdDateTime",
        "expirationDateTime",
        "fallbackUrl",
        "lastModifiedDateTime",
        "status",
        "userTimezone",
        "visualElements",
        "historyItems",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activationUrl\":                ",
        ",\"activitySourceHost\":           ",
        ",\"appActivityId\":                ",
        ",\"appDisplayName\":               ",
        ",\"contentInfo\":                  ",
        ",\"contentUrl\":                   ",
        ",\"createdDateTime\":              ",
        ",\"expirationDateTime\":           ",
        ",\"fallbackUrl\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userTimezone\":                 ",
        ",\"visualElements\":               ",
        ",\"historyItems\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activation_url", &self.activation_url);
        v.field(2usize, "activity_source_host", &self.activity_source_host);
        v.field(3usize, "app_activity_id", &self.app_activity_id);
        v.field(4usize, "app_display_name", &self.app_display_name);
        v.field(5usize, "content_info", &self.content_info);
        v.field(6usize, "content_url", &self.content_url);
        v.field(7usize, "created_date_time", &self.created_date_time);
        v.field(8usize, "expiration_date_time", &self.expiration_date_time);
        v.field(9usize, "fallback_url", &self.fallback_url);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "user_timezone", &self.user_timezone);
        v.field(13usize, "visual_elements", &self.visual_elements);
        v.field(14usize, "history_items", &self.history_items);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activation_url.read_from(r),
            2usize => self.activity_source_host.read_from(r),
            3usize => self.app_activity_id.read_from(r),
            4usize => self.app_display_name.read_from(r),
            5usize => self.content_info.read_from(r),
            6usize => self.content_url.read_from(r),
            7usize => self.created_date_time.read_from(r),
            8usize => self.expiration_date_time.read_from(r),
            9usize => self.fallback_url.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.user_timezone.read_from(r),
            13usize => self.visual_elements.read_from(r),
            14usize => self.history_items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activation_url);
        w.field(2usize, &self.activity_source_host);
        w.field(3usize, &self.app_activity_id);
        w.field(4usize, &self.app_display_name);
        w.field(5usize, &self.content_info);
        w.field(6usize, &self.content_url);
        w.field(7usize, &self.created_date_time);
        w.field(8usize, &self.expiration_date_time);
        w.field(9usize, &self.fallback_url);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.status);
        w.field(12usize, &self.user_timezone);
        w.field(13usize, &self.visual_elements);
        w.field(14usize, &self.history_items);
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
rt::impl_object!(UserActivity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserActivity { with_id id : ::std::string::String; with_activation_url activation_url
    : ::std::string::String; with_activity_source_host activity_source_host :
    ::std::string::String; with_app_activity_id app_activity_id : ::std::string::String;
    with_app_display_name app_display_name : ::std::string::String; with_content_info
    content_info : rt::RawJson; with_content_url content_url : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_fallback_url fallback_url : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::Status; with_user_timezone user_timezone : ::std::string::String;
    with_visual_elements visual_elements : crate ::v1::VisualInfo; with_history_items
    history_items : ::std::vec::Vec < crate ::v1::ActivityHistoryItem >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserActivity);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userAttributeValuesItem`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct UserAttributeValuesItem {
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for UserAttributeValuesItem {
    #[inline]
    fn default() -> Self {
        Self {
            is_default: rt::Field::Absent,
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for UserAttributeValuesItem {
    const TYPE_NAME: &'static str = "microsoft.graph.userAttributeValuesItem";
    const KEYS: &'static [&'static str] = &["isDefault", "name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDefault\":                    ",
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userAttributeValuesItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_default", &self.is_default);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for UserAttributeValuesItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_default.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_default);
        w.field(1usize, &self.name);
        w.field(2usize, &self.value);
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
rt::impl_object!(UserAttributeValuesItem);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    UserAttributeValuesItem { with_is_default is_default : bool; with_name name :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAttributeValuesItem);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.userConsentRequest`, entity type, derived from `microsoft.graph.request`, key `id`.
///
/// Request builders: [`UserConsentRequestPath`](requests/trait.UserConsentRequestPath.html), what a path to one (`EntityPath<UserConsentRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct UserConsentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `approval`: `microsoft.graph.approval`, nullable.
    pub approval: rt::Field<crate::v1::Approval>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for UserConsentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            reason: rt::Field::Absent,
            approval: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for UserConsentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.userConsentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "reason",
        "approval",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
        ",\"reason\":                       ",
        ",\"approval\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userConsentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "reason", &self.reason);
        v.field(8usize, "approval", &self.approval);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for UserConsentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.reason.read_from(r),
            8usize => self.approval.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
        w.field(7usize, &self.reason);
        w.field(8usize, &self.approval);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(UserConsentRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    UserConsentRequest { with_id id : ::std::string::String; with_approval_id approval_id
    : ::std::string::String; with_completed_date_time completed_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_custom_data
    custom_data : ::std::string::String; with_status status : ::std::string::String;
    with_reason reason : ::std::string::String; with_approval approval : crate
    ::v1::Approval; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserConsentRequest);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics application performance entity contains application performance by application version details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of crashes for the app. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appCrashCount`: `Edm.Int32`, not nullable.
    pub app_crash_count: rt::Field<i32>,
    /// The friendly name of the application.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The name of the application.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// The publisher of the application.
    ///
    /// CSDL: property `appPublisher`: `Edm.String`, nullable.
    pub app_publisher: rt::Field<::std::string::String>,
    /// The version of the application.
    ///
    /// CSDL: property `appVersion`: `Edm.String`, nullable.
    pub app_version: rt::Field<::std::string::String>,
    /// The total number of devices that have reported one or more application crashes for this application and version. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `deviceCountWithCrashes`: `Edm.Int32`, not nullable.
    pub device_count_with_crashes: rt::Field<i32>,
    /// When TRUE, indicates the version of application is the latest version for that application that is in use. When FALSE, indicates the version is not the latest version. FALSE by default. Supports: $select, $OrderBy.
    ///
    /// CSDL: property `isLatestUsedVersion`: `Edm.Boolean`, not nullable.
    pub is_latest_used_version: rt::Field<bool>,
    /// When TRUE, indicates the version of application is the most used version for that application. When FALSE, indicates the version is not the most used version. FALSE by default. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `isMostUsedVersion`: `Edm.Boolean`, not nullable.
    pub is_most_used_version: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_crash_count: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_version: rt::Field::Absent,
            device_count_with_crashes: rt::Field::Absent,
            is_latest_used_version: rt::Field::Absent,
            is_most_used_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appCrashCount",
        "appDisplayName",
        "appName",
        "appPublisher",
        "appVersion",
        "deviceCountWithCrashes",
        "isLatestUsedVersion",
        "isMostUsedVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appCrashCount\":                ",
        ",\"appDisplayName\":               ",
        ",\"appName\":                      ",
        ",\"appPublisher\":                 ",
        ",\"appVersion\":                   ",
        ",\"deviceCountWithCrashes\":       ",
        ",\"isLatestUsedVersion\":          ",
        ",\"isMostUsedVersion\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_crash_count", &self.app_crash_count);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "app_name", &self.app_name);
        v.field(4usize, "app_publisher", &self.app_publisher);
        v.field(5usize, "app_version", &self.app_version);
        v.field(6usize, "device_count_with_crashes", &self.device_count_with_crashes);
        v.field(7usize, "is_latest_used_version", &self.is_latest_used_version);
        v.field(8usize, "is_most_used_version", &self.is_most_used_version);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_crash_count.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.app_name.read_from(r),
            4usize => self.app_publisher.read_from(r),
            5usize => self.app_version.read_from(r),
            6usize => self.device_count_with_crashes.read_from(r),
            7usize => self.is_latest_used_version.read_from(r),
            8usize => self.is_most_used_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_crash_count);
        w.field(2usize, &self.app_display_name);
        w.field(3usize, &self.app_name);
        w.field(4usize, &self.app_publisher);
        w.field(5usize, &self.app_version);
        w.field(6usize, &self.device_count_with_crashes);
        w.field(7usize, &self.is_latest_used_version);
        w.field(8usize, &self.is_most_used_version);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails { with_id id :
    ::std::string::String; with_app_crash_count app_crash_count : i32;
    with_app_display_name app_display_name : ::std::string::String; with_app_name
    app_name : ::std::string::String; with_app_publisher app_publisher :
    ::std::string::String; with_app_version app_version : ::std::string::String;
    with_device_count_with_crashes device_count_with_crashes : i32;
    with_is_latest_used_version is_latest_used_version : bool; with_is_most_used_version
    is_most_used_version : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics application performance entity contains application performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthApplicationPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The health score of the application. Valid values 0 to 100. Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeDeviceCount`: `Edm.Int32`, not nullable.
    pub active_device_count: rt::Field<i32>,
    /// The number of crashes for the application. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appCrashCount`: `Edm.Int32`, not nullable.
    pub app_crash_count: rt::Field<i32>,
    /// The friendly name of the application. Possible values are: Outlook, Excel. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The number of hangs for the application. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appHangCount`: `Edm.Int32`, not nullable.
    pub app_hang_count: rt::Field<i32>,
    /// The health score of the application. Valid values 0 to 100. Supports: $filter, $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `appHealthScore`: `Edm.Double`, not nullable.
    pub app_health_score: rt::Field<f64>,
    /// The name of the application. Possible values are: outlook.exe, excel.exe. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// The publisher of the application. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appPublisher`: `Edm.String`, nullable.
    pub app_publisher: rt::Field<::std::string::String>,
    /// The total usage time of the application in minutes. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appUsageDuration`: `Edm.Int32`, not nullable.
    pub app_usage_duration: rt::Field<i32>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsAppHealthApplicationPerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_device_count: rt::Field::Absent,
            app_crash_count: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_hang_count: rt::Field::Absent,
            app_health_score: rt::Field::Absent,
            app_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_usage_duration: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthApplicationPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDeviceCount",
        "appCrashCount",
        "appDisplayName",
        "appHangCount",
        "appHealthScore",
        "appName",
        "appPublisher",
        "appUsageDuration",
        "meanTimeToFailureInMinutes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeDeviceCount\":            ",
        ",\"appCrashCount\":                ",
        ",\"appDisplayName\":               ",
        ",\"appHangCount\":                 ",
        ",\"appHealthScore\":               ",
        ",\"appName\":                      ",
        ",\"appPublisher\":                 ",
        ",\"appUsageDuration\":             ",
        ",\"meanTimeToFailureInMinutes\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_device_count", &self.active_device_count);
        v.field(2usize, "app_crash_count", &self.app_crash_count);
        v.field(3usize, "app_display_name", &self.app_display_name);
        v.field(4usize, "app_hang_count", &self.app_hang_count);
        v.field(5usize, "app_health_score", &self.app_health_score);
        v.field(6usize, "app_name", &self.app_name);
        v.field(7usize, "app_publisher", &self.app_publisher);
        v.field(8usize, "app_usage_duration", &self.app_usage_duration);
        v.field(
            9usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthApplicationPerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_device_count.read_from(r),
            2usize => self.app_crash_count.read_from(r),
            3usize => self.app_display_name.read_from(r),
            4usize => self.app_hang_count.read_from(r),
            5usize => self.app_health_score.read_from(r),
            6usize => self.app_name.read_from(r),
            7usize => self.app_publisher.read_from(r),
            8usize => self.app_usage_duration.read_from(r),
            9usize => self.mean_time_to_failure_in_minutes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_device_count);
        w.field(2usize, &self.app_crash_count);
        w.field(3usize, &self.app_display_name);
        w.field(4usize, &self.app_hang_count);
        w.field(5usize, &self.app_health_score);
        w.field(6usize, &self.app_name);
        w.field(7usize, &self.app_publisher);
        w.field(8usize, &self.app_usage_duration);
        w.field(9usize, &self.mean_time_to_failure_in_minutes);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthApplicationPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthApplicationPerformance { with_id id :
    ::std::string::String; with_active_device_count active_device_count : i32;
    with_app_crash_count app_crash_count : i32; with_app_display_name app_display_name :
    ::std::string::String; with_app_hang_count app_hang_count : i32;
    with_app_health_score app_health_score : f64; with_app_name app_name :
    ::std::string::String; with_app_publisher app_publisher : ::std::string::String;
    with_app_usage_duration app_usage_duration : i32;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthApplicationPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device model performance entity contains device model performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of active devices for the model. Valid values 0 to 2147483647. Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeDeviceCount`: `Edm.Int32`, not nullable.
    pub active_device_count: rt::Field<i32>,
    /// The manufacturer name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceManufacturer`: `Edm.String`, nullable.
    pub device_manufacturer: rt::Field<::std::string::String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The health state of the user experience analytics model. Possible values are: unknown, insufficientData, needsAttention, meetingGoals. Unknown by default. Supports: $filter, $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `healthStatus`: `microsoft.graph.userExperienceAnalyticsHealthState`, not nullable.
    pub health_status: rt::Field<crate::v1::UserExperienceAnalyticsHealthState>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647. Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// The application health score of the device model. Valid values 0 to 100. Supports: $filter, $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `modelAppHealthScore`: `Edm.Double`, not nullable.
    pub model_app_health_score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_device_count: rt::Field::Absent,
            device_manufacturer: rt::Field::Absent,
            device_model: rt::Field::Absent,
            health_status: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            model_app_health_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDeviceCount",
        "deviceManufacturer",
        "deviceModel",
        "healthStatus",
        "meanTimeToFailureInMinutes",
        "modelAppHealthScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeDeviceCount\":            ",
        ",\"deviceManufacturer\":           ",
        ",\"deviceModel\":                  ",
        ",\"healthStatus\":                 ",
        ",\"meanTimeToFailureInMinutes\":   ",
        ",\"modelAppHealthScore\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_device_count", &self.active_device_count);
        v.field(2usize, "device_manufacturer", &self.device_manufacturer);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "health_status", &self.health_status);
        v.field(
            5usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
        v.field(6usize, "model_app_health_score", &self.model_app_health_score);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_device_count.read_from(r),
            2usize => self.device_manufacturer.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.health_status.read_from(r),
            5usize => self.mean_time_to_failure_in_minutes.read_from(r),
            6usize => self.model_app_health_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_device_count);
        w.field(2usize, &self.device_manufacturer);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.health_status);
        w.field(5usize, &self.mean_time_to_failure_in_minutes);
        w.field(6usize, &self.model_app_health_score);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthDeviceModelPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthDeviceModelPerformance { with_id id :
    ::std::string::String; with_active_device_count active_device_count : i32;
    with_device_manufacturer device_manufacturer : ::std::string::String;
    with_device_model device_model : ::std::string::String; with_health_status
    health_status : crate ::v1::UserExperienceAnalyticsHealthState;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32;
    with_model_app_health_score model_app_health_score : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthDeviceModelPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device OS version performance entity contains OS version performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthOsVersionPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of active devices for the OS version. Valid values 0 to 2147483647. Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeDeviceCount`: `Edm.Int32`, not nullable.
    pub active_device_count: rt::Field<i32>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647. Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// The OS build number installed on the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `osBuildNumber`: `Edm.String`, nullable.
    pub os_build_number: rt::Field<::std::string::String>,
    /// The OS version installed on the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// The application health score of the OS version. Valid values 0 to 100. Supports: $filter, $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `osVersionAppHealthScore`: `Edm.Double`, not nullable.
    pub os_version_app_health_score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsAppHealthOsVersionPerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_device_count: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            os_build_number: rt::Field::Absent,
            os_version: rt::Field::Absent,
            os_version_app_health_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthOsVersionPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDeviceCount",
        "meanTimeToFailureInMinutes",
        "osBuildNumber",
        "osVersion",
        "osVersionAppHealthScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeDeviceCount\":            ",
        ",\"meanTimeToFailureInMinutes\":   ",
        ",\"osBuildNumber\":                ",
        ",\"osVersion\":                    ",
        ",\"osVersionAppHealthScore\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_device_count", &self.active_device_count);
        v.field(
            2usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
        v.field(3usize, "os_build_number", &self.os_build_number);
        v.field(4usize, "os_version", &self.os_version);
        v.field(
            5usize,
            "os_version_app_health_score",
            &self.os_version_app_health_score,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthOsVersionPerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_device_count.read_from(r),
            2usize => self.mean_time_to_failure_in_minutes.read_from(r),
            3usize => self.os_build_number.read_from(r),
            4usize => self.os_version.read_from(r),
            5usize => self.os_version_app_health_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_device_count);
        w.field(2usize, &self.mean_time_to_failure_in_minutes);
        w.field(3usize, &self.os_build_number);
        w.field(4usize, &self.os_version);
        w.field(5usize, &self.os_version_app_health_score);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthOsVersionPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthOsVersionPerformance { with_id id :
    ::std::string::String; with_active_device_count active_device_count : i32;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32;
    with_os_build_number os_build_number : ::std::string::String; with_os_version
    os_version : ::std::string::String; with_os_version_app_health_score
    os_version_app_health_score : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthOsVersionPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics summary of Devices not windows autopilot ready.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAutopilotDevicesSummary`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAutopilotDevicesSummary {
    /// The count of intune devices that are not autopilot registerd. Read-only.
    ///
    /// CSDL: property `devicesNotAutopilotRegistered`: `Edm.Int32`, not nullable.
    pub devices_not_autopilot_registered: rt::Field<i32>,
    /// The count of intune devices not autopilot profile assigned. Read-only.
    ///
    /// CSDL: property `devicesWithoutAutopilotProfileAssigned`: `Edm.Int32`, not nullable.
    pub devices_without_autopilot_profile_assigned: rt::Field<i32>,
    /// The count of windows 10 devices that are Intune and co-managed. Read-only.
    ///
    /// CSDL: property `totalWindows10DevicesWithoutTenantAttached`: `Edm.Int32`, not nullable.
    pub total_windows10_devices_without_tenant_attached: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsAutopilotDevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            devices_not_autopilot_registered: rt::Field::Absent,
            devices_without_autopilot_profile_assigned: rt::Field::Absent,
            total_windows10_devices_without_tenant_attached: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAutopilotDevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAutopilotDevicesSummary";
    const KEYS: &'static [&'static str] = &[
        "devicesNotAutopilotRegistered",
        "devicesWithoutAutopilotProfileAssigned",
        "totalWindows10DevicesWithoutTenantAttached",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"devicesNotAutopilotRegistered\":",
        ",\"devicesWithoutAutopilotProfileAssigned\":",
        ",\"totalWindows10DevicesWithoutTenantAttached\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAutopilotDevicesSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "devices_not_autopilot_registered",
            &self.devices_not_autopilot_registered,
        );
        v.field(
            1usize,
            "devices_without_autopilot_profile_assigned",
            &self.devices_without_autopilot_profile_assigned,
        );
        v.field(
            2usize,
            "total_windows10_devices_without_tenant_attached",
            &self.total_windows10_devices_without_tenant_attached,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAutopilotDevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.devices_not_autopilot_registered.read_from(r),
            1usize => self.devices_without_autopilot_profile_assigned.read_from(r),
            2usize => self.total_windows10_devices_without_tenant_attached.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.devices_not_autopilot_registered);
        w.field(1usize, &self.devices_without_autopilot_profile_assigned);
        w.field(2usize, &self.total_windows10_devices_without_tenant_attached);
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
rt::impl_object!(UserExperienceAnalyticsAutopilotDevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAutopilotDevicesSummary {
    with_devices_not_autopilot_registered devices_not_autopilot_registered : i32;
    with_devices_without_autopilot_profile_assigned
    devices_without_autopilot_profile_assigned : i32;
    with_total_windows10_devices_without_tenant_attached
    total_windows10_devices_without_tenant_attached : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAutopilotDevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics baseline entity contains baseline values against which to compare the user experience analytics scores.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsBaseline`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsBaselinePath`](requests/trait.UserExperienceAnalyticsBaselinePath.html), what a path to one (`EntityPath<UserExperienceAnalyticsBaseline, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsBaseline {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date the custom baseline was created. The value cannot be modified and is automatically populated when the baseline is created. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Returned by default.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The name of the baseline.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// When TRUE, indicates the current baseline is the commercial median baseline. When FALSE, indicates it is a custom baseline. FALSE by default.
    ///
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, not nullable.
    pub is_built_in: rt::Field<bool>,
    /// The scores and insights for the application health metrics.
    ///
    /// CSDL: navigation property `appHealthMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub app_health_metrics: rt::Field<crate::v1::UserExperienceAnalyticsCategory>,
    /// The scores and insights for the battery health metrics.
    ///
    /// CSDL: navigation property `batteryHealthMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub battery_health_metrics: rt::Field<crate::v1::UserExperienceAnalyticsCategory>,
    /// The scores and insights for the best practices metrics.
    ///
    /// CSDL: navigation property `bestPracticesMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub best_practices_metrics: rt::Field<crate::v1::UserExperienceAnalyticsCategory>,
    /// The scores and insights for the device boot performance metrics.
    ///
    /// CSDL: navigation property `deviceBootPerformanceMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub device_boot_performance_metrics: rt::Field<
        crate::v1::UserExperienceAnalyticsCategory,
    >,
    /// The scores and insights for the reboot analytics metrics.
    ///
    /// CSDL: navigation property `rebootAnalyticsMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub reboot_analytics_metrics: rt::Field<crate::v1::UserExperienceAnalyticsCategory>,
    /// The scores and insights for the resource performance metrics.
    ///
    /// CSDL: navigation property `resourcePerformanceMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub resource_performance_metrics: rt::Field<
        crate::v1::UserExperienceAnalyticsCategory,
    >,
    /// The scores and insights for the work from anywhere metrics.
    ///
    /// CSDL: navigation property `workFromAnywhereMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub work_from_anywhere_metrics: rt::Field<
        crate::v1::UserExperienceAnalyticsCategory,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsBaseline {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            app_health_metrics: rt::Field::Absent,
            battery_health_metrics: rt::Field::Absent,
            best_practices_metrics: rt::Field::Absent,
            device_boot_performance_metrics: rt::Field::Absent,
            reboot_analytics_metrics: rt::Field::Absent,
            resource_performance_metrics: rt::Field::Absent,
            work_from_anywhere_metrics: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsBaseline {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsBaseline";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "isBuiltIn",
        "appHealthMetrics",
        "batteryHealthMetrics",
        "bestPracticesMetrics",
        "deviceBootPerformanceMetrics",
        "rebootAnalyticsMetrics",
        "resourcePerformanceMetrics",
        "workFromAnywhereMetrics",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"isBuiltIn\":                    ",
        ",\"appHealthMetrics\":             ",
        ",\"batteryHealthMetrics\":         ",
        ",\"bestPracticesMetrics\":         ",
        ",\"deviceBootPerformanceMetrics\": ",
        ",\"rebootAnalyticsMetrics\":       ",
        ",\"resourcePerformanceMetrics\":   ",
        ",\"workFromAnywhereMetrics\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsBaseline\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_built_in", &self.is_built_in);
        v.field(4usize, "app_health_metrics", &self.app_health_metrics);
        v.field(5usize, "battery_health_metrics", &self.battery_health_metrics);
        v.field(6usize, "best_practices_metrics", &self.best_practices_metrics);
        v.field(
            7usize,
            "device_boot_performance_metrics",
            &self.device_boot_performance_metrics,
        );
        v.field(8usize, "reboot_analytics_metrics", &self.reboot_analytics_metrics);
        v.field(
            9usize,
            "resource_performance_metrics",
            &self.resource_performance_metrics,
        );
        v.field(10usize, "work_from_anywhere_metrics", &self.work_from_anywhere_metrics);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsBaseline {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_built_in.read_from(r),
            4usize => self.app_health_metrics.read_from(r),
            5usize => self.battery_health_metrics.read_from(r),
            6usize => self.best_practices_metrics.read_from(r),
            7usize => self.device_boot_performance_metrics.read_from(r),
            8usize => self.reboot_analytics_metrics.read_from(r),
            9usize => self.resource_performance_metrics.read_from(r),
            10usize => self.work_from_anywhere_metrics.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_built_in);
        w.field(4usize, &self.app_health_metrics);
        w.field(5usize, &self.battery_health_metrics);
        w.field(6usize, &self.best_practices_metrics);
        w.field(7usize, &self.device_boot_performance_metrics);
        w.field(8usize, &self.reboot_analytics_metrics);
        w.field(9usize, &self.resource_performance_metrics);
        w.field(10usize, &self.work_from_anywhere_metrics);
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
rt::impl_object!(UserExperienceAnalyticsBaseline);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsBaseline { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_is_built_in is_built_in : bool;
    with_app_health_metrics app_health_metrics : crate
    ::v1::UserExperienceAnalyticsCategory; with_battery_health_metrics
    battery_health_metrics : crate ::v1::UserExperienceAnalyticsCategory;
    with_best_practices_metrics best_practices_metrics : crate
    ::v1::UserExperienceAnalyticsCategory; with_device_boot_performance_metrics
    device_boot_performance_metrics : crate ::v1::UserExperienceAnalyticsCategory;
    with_reboot_analytics_metrics reboot_analytics_metrics : crate
    ::v1::UserExperienceAnalyticsCategory; with_resource_performance_metrics
    resource_performance_metrics : crate ::v1::UserExperienceAnalyticsCategory;
    with_work_from_anywhere_metrics work_from_anywhere_metrics : crate
    ::v1::UserExperienceAnalyticsCategory; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsBaseline);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics category entity contains the scores and insights for the various metrics of a category.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsCategoryPath`](requests/trait.UserExperienceAnalyticsCategoryPath.html), what a path to one (`EntityPath<UserExperienceAnalyticsCategory, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The insights for the category. Read-only.
    ///
    /// CSDL: property `insights`: `Collection(microsoft.graph.userExperienceAnalyticsInsight)`, nullable.
    pub insights: rt::Field<::std::vec::Vec<crate::v1::UserExperienceAnalyticsInsight>>,
    /// The metric values for the user experience analytics category. Read-only.
    ///
    /// CSDL: containment navigation property `metricValues`: `Collection(microsoft.graph.userExperienceAnalyticsMetric)`, not nullable.
    pub metric_values: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsMetric>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            insights: rt::Field::Absent,
            metric_values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsCategory";
    const KEYS: &'static [&'static str] = &["id", "insights", "metricValues"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"insights\":                     ",
        ",\"metricValues\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "insights", &self.insights);
        v.field(2usize, "metric_values", &self.metric_values);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.insights.read_from(r),
            2usize => self.metric_values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.insights);
        w.field(2usize, &self.metric_values);
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
rt::impl_object!(UserExperienceAnalyticsCategory);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsCategory { with_id id : ::std::string::String; with_insights
    insights : ::std::vec::Vec < crate ::v1::UserExperienceAnalyticsInsight >;
    with_metric_values metric_values : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsMetric >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsCategory);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics work from anywhere cloud identity devices summary.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsCloudIdentityDevicesSummary`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsCloudIdentityDevicesSummary {
    /// The count of devices that are not cloud identity. Read-only.
    ///
    /// CSDL: property `deviceWithoutCloudIdentityCount`: `Edm.Int32`, not nullable.
    pub device_without_cloud_identity_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsCloudIdentityDevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            device_without_cloud_identity_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsCloudIdentityDevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsCloudIdentityDevicesSummary";
    const KEYS: &'static [&'static str] = &["deviceWithoutCloudIdentityCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceWithoutCloudIdentityCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsCloudIdentityDevicesSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_without_cloud_identity_count",
            &self.device_without_cloud_identity_count,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsCloudIdentityDevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_without_cloud_identity_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_without_cloud_identity_count);
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
rt::impl_object!(UserExperienceAnalyticsCloudIdentityDevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsCloudIdentityDevicesSummary {
    with_device_without_cloud_identity_count device_without_cloud_identity_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsCloudIdentityDevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience work from anywhere Cloud management devices summary.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsCloudManagementDevicesSummary`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsCloudManagementDevicesSummary {
    /// Total number of  co-managed devices. Read-only.
    ///
    /// CSDL: property `coManagedDeviceCount`: `Edm.Int32`, not nullable.
    pub co_managed_device_count: rt::Field<i32>,
    /// The count of intune devices that are not autopilot registerd. Read-only.
    ///
    /// CSDL: property `intuneDeviceCount`: `Edm.Int32`, not nullable.
    pub intune_device_count: rt::Field<i32>,
    /// Total count of tenant attach devices. Read-only.
    ///
    /// CSDL: property `tenantAttachDeviceCount`: `Edm.Int32`, not nullable.
    pub tenant_attach_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsCloudManagementDevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            co_managed_device_count: rt::Field::Absent,
            intune_device_count: rt::Field::Absent,
            tenant_attach_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsCloudManagementDevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsCloudManagementDevicesSummary";
    const KEYS: &'static [&'static str] = &[
        "coManagedDeviceCount",
        "intuneDeviceCount",
        "tenantAttachDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"coManagedDeviceCount\":         ",
        ",\"intuneDeviceCount\":            ",
        ",\"tenantAttachDeviceCount\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsCloudManagementDevicesSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "co_managed_device_count", &self.co_managed_device_count);
        v.field(1usize, "intune_device_count", &self.intune_device_count);
        v.field(2usize, "tenant_attach_device_count", &self.tenant_attach_device_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsCloudManagementDevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.co_managed_device_count.read_from(r),
            1usize => self.intune_device_count.read_from(r),
            2usize => self.tenant_attach_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.co_managed_device_count);
        w.field(1usize, &self.intune_device_count);
        w.field(2usize, &self.tenant_attach_device_count);
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
rt::impl_object!(UserExperienceAnalyticsCloudManagementDevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsCloudManagementDevicesSummary { with_co_managed_device_count
    co_managed_device_count : i32; with_intune_device_count intune_device_count : i32;
    with_tenant_attach_device_count tenant_attach_device_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsCloudManagementDevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device performance entity contains device boot performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDevicePerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsDevicePerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Average (mean) number of Blue Screens per device in the last 30 days. Valid values 0 to 9999999
    ///
    /// CSDL: property `averageBlueScreens`: `Edm.Double`, not nullable.
    pub average_blue_screens: rt::Field<f64>,
    /// Average (mean) number of Restarts per device in the last 30 days. Valid values 0 to 9999999
    ///
    /// CSDL: property `averageRestarts`: `Edm.Double`, not nullable.
    pub average_restarts: rt::Field<f64>,
    /// Number of Blue Screens in the last 30 days. Valid values 0 to 9999999
    ///
    /// CSDL: property `blueScreenCount`: `Edm.Int32`, not nullable.
    pub blue_screen_count: rt::Field<i32>,
    /// The user experience analytics device boot score.
    ///
    /// CSDL: property `bootScore`: `Edm.Int32`, not nullable.
    pub boot_score: rt::Field<i32>,
    /// The user experience analytics device core boot time in milliseconds.
    ///
    /// CSDL: property `coreBootTimeInMs`: `Edm.Int32`, not nullable.
    pub core_boot_time_in_ms: rt::Field<i32>,
    /// The user experience analytics device core login time in milliseconds.
    ///
    /// CSDL: property `coreLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub core_login_time_in_ms: rt::Field<i32>,
    /// User experience analytics summarized device count.
    ///
    /// CSDL: property `deviceCount`: `Edm.Int64`, not nullable.
    pub device_count: rt::Field<i64>,
    /// The user experience analytics device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The user experience analytics device disk type.
    ///
    /// CSDL: property `diskType`: `microsoft.graph.diskType`, not nullable.
    pub disk_type: rt::Field<crate::v1::DiskType>,
    /// The user experience analytics device group policy boot time in milliseconds.
    ///
    /// CSDL: property `groupPolicyBootTimeInMs`: `Edm.Int32`, not nullable.
    pub group_policy_boot_time_in_ms: rt::Field<i32>,
    /// The user experience analytics device group policy login time in milliseconds.
    ///
    /// CSDL: property `groupPolicyLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub group_policy_login_time_in_ms: rt::Field<i32>,
    /// The health state of the user experience analytics device.
    ///
    /// CSDL: property `healthStatus`: `microsoft.graph.userExperienceAnalyticsHealthState`, not nullable.
    pub health_status: rt::Field<crate::v1::UserExperienceAnalyticsHealthState>,
    /// The user experience analytics device login score.
    ///
    /// CSDL: property `loginScore`: `Edm.Int32`, not nullable.
    pub login_score: rt::Field<i32>,
    /// The user experience analytics device manufacturer.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The user experience analytics device model.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// The user experience analytics model level startup performance score. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `modelStartupPerformanceScore`: `Edm.Double`, not nullable.
    pub model_startup_performance_score: rt::Field<f64>,
    /// The user experience analytics device Operating System version.
    ///
    /// CSDL: property `operatingSystemVersion`: `Edm.String`, nullable.
    pub operating_system_version: rt::Field<::std::string::String>,
    /// The user experience analytics responsive desktop time in milliseconds.
    ///
    /// CSDL: property `responsiveDesktopTimeInMs`: `Edm.Int32`, not nullable.
    pub responsive_desktop_time_in_ms: rt::Field<i32>,
    /// Number of Restarts in the last 30 days. Valid values 0 to 9999999
    ///
    /// CSDL: property `restartCount`: `Edm.Int32`, not nullable.
    pub restart_count: rt::Field<i32>,
    /// The user experience analytics device startup performance score. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `startupPerformanceScore`: `Edm.Double`, not nullable.
    pub startup_performance_score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDevicePerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            average_blue_screens: rt::Field::Absent,
            average_restarts: rt::Field::Absent,
            blue_screen_count: rt::Field::Absent,
            boot_score: rt::Field::Absent,
            core_boot_time_in_ms: rt::Field::Absent,
            core_login_time_in_ms: rt::Field::Absent,
            device_count: rt::Field::Absent,
            device_name: rt::Field::Absent,
            disk_type: rt::Field::Absent,
            group_policy_boot_time_in_ms: rt::Field::Absent,
            group_policy_login_time_in_ms: rt::Field::Absent,
            health_status: rt::Field::Absent,
            login_score: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            model_startup_performance_score: rt::Field::Absent,
            operating_system_version: rt::Field::Absent,
            responsive_desktop_time_in_ms: rt::Field::Absent,
            restart_count: rt::Field::Absent,
            startup_performance_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDevicePerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDevicePerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "averageBlueScreens",
        "averageRestarts",
        "blueScreenCount",
        "bootScore",
        "coreBootTimeInMs",
        "coreLoginTimeInMs",
        "deviceCount",
        "deviceName",
        "diskType",
        "groupPolicyBootTimeInMs",
        "groupPolicyLoginTimeInMs",
        "healthStatus",
        "loginScore",
        "manufacturer",
        "model",
        "modelStartupPerformanceScore",
        "operatingSystemVersion",
        "responsiveDesktopTimeInMs",
        "restartCount",
        "startupPerformanceScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"averageBlueScreens\":           ",
        ",\"averageRestarts\":              ",
        ",\"blueScreenCount\":              ",
        ",\"bootScore\":                    ",
        ",\"coreBootTimeInMs\":             ",
        ",\"coreLoginTimeInMs\":            ",
        ",\"deviceCount\":                  ",
        ",\"deviceName\":                   ",
        ",\"diskType\":                     ",
        ",\"groupPolicyBootTimeInMs\":      ",
        ",\"groupPolicyLoginTimeInMs\":     ",
        ",\"healthStatus\":                 ",
        ",\"loginScore\":                   ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"modelStartupPerformanceScore\": ",
        ",\"operatingSystemVersion\":       ",
        ",\"responsiveDesktopTimeInMs\":    ",
        ",\"restartCount\":                 ",
        ",\"startupPerformanceScore\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDevicePerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "average_blue_screens", &self.average_blue_screens);
        v.field(2usize, "average_restarts", &self.average_restarts);
        v.field(3usize, "blue_screen_count", &self.blue_screen_count);
        v.field(4usize, "boot_score", &self.boot_score);
        v.field(5usize, "core_boot_time_in_ms", &self.core_boot_time_in_ms);
        v.field(6usize, "core_login_time_in_ms", &self.core_login_time_in_ms);
        v.field(7usize, "device_count", &self.device_count);
        v.field(8usize, "device_name", &self.device_name);
        v.field(9usize, "disk_type", &self.disk_type);
        v.field(
            10usize,
            "group_policy_boot_time_in_ms",
            &self.group_policy_boot_time_in_ms,
        );
        v.field(
            11usize,
            "group_policy_login_time_in_ms",
            &self.group_policy_login_time_in_ms,
        );
        v.field(12usize, "health_status", &self.health_status);
        v.field(13usize, "login_score", &self.login_score);
        v.field(14usize, "manufacturer", &self.manufacturer);
        v.field(15usize, "model", &self.model);
        v.field(
            16usize,
            "model_startup_performance_score",
            &self.model_startup_performance_score,
        );
        v.field(17usize, "operating_system_version", &self.operating_system_version);
        v.field(
            18usize,
            "responsive_desktop_time_in_ms",
            &self.responsive_desktop_time_in_ms,
        );
        v.field(19usize, "restart_count", &self.restart_count);
        v.field(20usize, "startup_performance_score", &self.startup_performance_score);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDevicePerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.average_blue_screens.read_from(r),
            2usize => self.average_restarts.read_from(r),
            3usize => self.blue_screen_count.read_from(r),
            4usize => self.boot_score.read_from(r),
            5usize => self.core_boot_time_in_ms.read_from(r),
            6usize => self.core_login_time_in_ms.read_from(r),
            7usize => self.device_count.read_from(r),
            8usize => self.device_name.read_from(r),
            9usize => self.disk_type.read_from(r),
            10usize => self.group_policy_boot_time_in_ms.read_from(r),
            11usize => self.group_policy_login_time_in_ms.read_from(r),
            12usize => self.health_status.read_from(r),
            13usize => self.login_score.read_from(r),
            14usize => self.manufacturer.read_from(r),
            15usize => self.model.read_from(r),
            16usize => self.model_startup_performance_score.read_from(r),
            17usize => self.operating_system_version.read_from(r),
            18usize => self.responsive_desktop_time_in_ms.read_from(r),
            19usize => self.restart_count.read_from(r),
            20usize => self.startup_performance_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.average_blue_screens);
        w.field(2usize, &self.average_restarts);
        w.field(3usize, &self.blue_screen_count);
        w.field(4usize, &self.boot_score);
        w.field(5usize, &self.core_boot_time_in_ms);
        w.field(6usize, &self.core_login_time_in_ms);
        w.field(7usize, &self.device_count);
        w.field(8usize, &self.device_name);
        w.field(9usize, &self.disk_type);
        w.field(10usize, &self.group_policy_boot_time_in_ms);
        w.field(11usize, &self.group_policy_login_time_in_ms);
        w.field(12usize, &self.health_status);
        w.field(13usize, &self.login_score);
        w.field(14usize, &self.manufacturer);
        w.field(15usize, &self.model);
        w.field(16usize, &self.model_startup_performance_score);
        w.field(17usize, &self.operating_system_version);
        w.field(18usize, &self.responsive_desktop_time_in_ms);
        w.field(19usize, &self.restart_count);
        w.field(20usize, &self.startup_performance_score);
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
rt::impl_object!(UserExperienceAnalyticsDevicePerformance);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDevicePerformance { with_id id : ::std::string::String;
    with_average_blue_screens average_blue_screens : f64; with_average_restarts
    average_restarts : f64; with_blue_screen_count blue_screen_count : i32;
    with_boot_score boot_score : i32; with_core_boot_time_in_ms core_boot_time_in_ms :
    i32; with_core_login_time_in_ms core_login_time_in_ms : i32; with_device_count
    device_count : i64; with_device_name device_name : ::std::string::String;
    with_disk_type disk_type : crate ::v1::DiskType; with_group_policy_boot_time_in_ms
    group_policy_boot_time_in_ms : i32; with_group_policy_login_time_in_ms
    group_policy_login_time_in_ms : i32; with_health_status health_status : crate
    ::v1::UserExperienceAnalyticsHealthState; with_login_score login_score : i32;
    with_manufacturer manufacturer : ::std::string::String; with_model model :
    ::std::string::String; with_model_startup_performance_score
    model_startup_performance_score : f64; with_operating_system_version
    operating_system_version : ::std::string::String; with_responsive_desktop_time_in_ms
    responsive_desktop_time_in_ms : i32; with_restart_count restart_count : i32;
    with_startup_performance_score startup_performance_score : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDevicePerformance);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device startup history entity contains device boot performance history details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceStartupHistory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsDeviceStartupHistory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The device core boot time in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `coreBootTimeInMs`: `Edm.Int32`, not nullable.
    pub core_boot_time_in_ms: rt::Field<i32>,
    /// The device core login time in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `coreLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub core_login_time_in_ms: rt::Field<i32>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The impact of device feature updates on boot time in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `featureUpdateBootTimeInMs`: `Edm.Int32`, not nullable.
    pub feature_update_boot_time_in_ms: rt::Field<i32>,
    /// The impact of device group policy client on boot time in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `groupPolicyBootTimeInMs`: `Edm.Int32`, not nullable.
    pub group_policy_boot_time_in_ms: rt::Field<i32>,
    /// The impact of device group policy client on login time in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `groupPolicyLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub group_policy_login_time_in_ms: rt::Field<i32>,
    /// When TRUE, indicates the device boot record is associated with feature updates. When FALSE, indicates the device boot record is not associated with feature updates. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `isFeatureUpdate`: `Edm.Boolean`, not nullable.
    pub is_feature_update: rt::Field<bool>,
    /// When TRUE, indicates the device login is the first login after a reboot. When FALSE, indicates the device login is not the first login after a reboot. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `isFirstLogin`: `Edm.Boolean`, not nullable.
    pub is_first_login: rt::Field<bool>,
    /// The user experience analytics device boot record's operating system version. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `operatingSystemVersion`: `Edm.String`, nullable.
    pub operating_system_version: rt::Field<::std::string::String>,
    /// The time for desktop to become responsive during login process in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `responsiveDesktopTimeInMs`: `Edm.Int32`, not nullable.
    pub responsive_desktop_time_in_ms: rt::Field<i32>,
    /// OS restart category. Possible values are: unknown, restartWithUpdate, restartWithoutUpdate, blueScreen, shutdownWithUpdate, shutdownWithoutUpdate, longPowerButtonPress, bootError, update. Unknown by default. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `restartCategory`: `microsoft.graph.userExperienceAnalyticsOperatingSystemRestartCategory`, not nullable.
    pub restart_category: rt::Field<
        crate::v1::UserExperienceAnalyticsOperatingSystemRestartCategory,
    >,
    /// OS restart fault bucket. The fault bucket is used to find additional information about a system crash. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `restartFaultBucket`: `Edm.String`, nullable.
    pub restart_fault_bucket: rt::Field<::std::string::String>,
    /// OS restart stop code. This shows the bug check code which can be used to look up the blue screen reason. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `restartStopCode`: `Edm.String`, nullable.
    pub restart_stop_code: rt::Field<::std::string::String>,
    /// The device boot start time. The value cannot be modified and is automatically populated when the device performs a reboot. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2022 would look like this: '2022-01-01T00:00:00Z'. Returned by default. Read-only.
    ///
    /// CSDL: property `startTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The device total boot time in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `totalBootTimeInMs`: `Edm.Int32`, not nullable.
    pub total_boot_time_in_ms: rt::Field<i32>,
    /// The device total login time in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `totalLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub total_login_time_in_ms: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceStartupHistory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            core_boot_time_in_ms: rt::Field::Absent,
            core_login_time_in_ms: rt::Field::Absent,
            device_id: rt::Field::Absent,
            feature_update_boot_time_in_ms: rt::Field::Absent,
            group_policy_boot_time_in_ms: rt::Field::Absent,
            group_policy_login_time_in_ms: rt::Field::Absent,
            is_feature_update: rt::Field::Absent,
            is_first_login: rt::Field::Absent,
            operating_system_version: rt::Field::Absent,
            responsive_desktop_time_in_ms: rt::Field::Absent,
            restart_category: rt::Field::Absent,
            restart_fault_bucket: rt::Field::Absent,
            restart_stop_code: rt::Field::Absent,
            start_time: rt::Field::Absent,
            total_boot_time_in_ms: rt::Field::Absent,
            total_login_time_in_ms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceStartupHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "coreBootTimeInMs",
        "coreLoginTimeInMs",
        "deviceId",
        "featureUpdateBootTimeInMs",
        "groupPolicyBootTimeInMs",
        "groupPolicyLoginTimeInMs",
        "isFeatureUpdate",
        "isFirstLogin",
        "operatingSystemVersion",
        "responsiveDesktopTimeInMs",
        "restartCategory",
        "restartFaultBucket",
        "restartStopCode",
        "startTime",
        "totalBootTimeInMs",
        "totalLoginTimeInMs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"coreBootTimeInMs\":             ",
        ",\"coreLoginTimeInMs\":            ",
        ",\"deviceId\":                     ",
        ",\"featureUpdateBootTimeInMs\":    ",
        ",\"groupPolicyBootTimeInMs\":      ",
        ",\"groupPolicyLoginTimeInMs\":     ",
        ",\"isFeatureUpdate\":              ",
        ",\"isFirstLogin\":                 ",
        ",\"operatingSystemVersion\":       ",
        ",\"responsiveDesktopTimeInMs\":    ",
        ",\"restartCategory\":              ",
        ",\"restartFaultBucket\":           ",
        ",\"restartStopCode\":              ",
        ",\"startTime\":                    ",
        ",\"totalBootTimeInMs\":            ",
        ",\"totalLoginTimeInMs\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceStartupHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "core_boot_time_in_ms", &self.core_boot_time_in_ms);
        v.field(2usize, "core_login_time_in_ms", &self.core_login_time_in_ms);
        v.field(3usize, "device_id", &self.device_id);
        v.field(
            4usize,
            "feature_update_boot_time_in_ms",
            &self.feature_update_boot_time_in_ms,
        );
        v.field(
            5usize,
            "group_policy_boot_time_in_ms",
            &self.group_policy_boot_time_in_ms,
        );
        v.field(
            6usize,
            "group_policy_login_time_in_ms",
            &self.group_policy_login_time_in_ms,
        );
        v.field(7usize, "is_feature_update", &self.is_feature_update);
        v.field(8usize, "is_first_login", &self.is_first_login);
        v.field(9usize, "operating_system_version", &self.operating_system_version);
        v.field(
            10usize,
            "responsive_desktop_time_in_ms",
            &self.responsive_desktop_time_in_ms,
        );
        v.field(11usize, "restart_category", &self.restart_category);
        v.field(12usize, "restart_fault_bucket", &self.restart_fault_bucket);
        v.field(13usize, "restart_stop_code", &self.restart_stop_code);
        v.field(14usize, "start_time", &self.start_time);
        v.field(15usize, "total_boot_time_in_ms", &self.total_boot_time_in_ms);
        v.field(16usize, "total_login_time_in_ms", &self.total_login_time_in_ms);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceStartupHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.core_boot_time_in_ms.read_from(r),
            2usize => self.core_login_time_in_ms.read_from(r),
            3usize => self.device_id.read_from(r),
            4usize => self.feature_update_boot_time_in_ms.read_from(r),
            5usize => self.group_policy_boot_time_in_ms.read_from(r),
            6usize => self.group_policy_login_time_in_ms.read_from(r),
            7usize => self.is_feature_update.read_from(r),
            8usize => self.is_first_login.read_from(r),
            9usize => self.operating_system_version.read_from(r),
            10usize => self.responsive_desktop_time_in_ms.read_from(r),
            11usize => self.restart_category.read_from(r),
            12usize => self.restart_fault_bucket.read_from(r),
            13usize => self.restart_stop_code.read_from(r),
            14usize => self.start_time.read_from(r),
            15usize => self.total_boot_time_in_ms.read_from(r),
            16usize => self.total_login_time_in_ms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.core_boot_time_in_ms);
        w.field(2usize, &self.core_login_time_in_ms);
        w.field(3usize, &self.device_id);
        w.field(4usize, &self.feature_update_boot_time_in_ms);
        w.field(5usize, &self.group_policy_boot_time_in_ms);
        w.field(6usize, &self.group_policy_login_time_in_ms);
        w.field(7usize, &self.is_feature_update);
        w.field(8usize, &self.is_first_login);
        w.field(9usize, &self.operating_system_version);
        w.field(10usize, &self.responsive_desktop_time_in_ms);
        w.field(11usize, &self.restart_category);
        w.field(12usize, &self.restart_fault_bucket);
        w.field(13usize, &self.restart_stop_code);
        w.field(14usize, &self.start_time);
        w.field(15usize, &self.total_boot_time_in_ms);
        w.field(16usize, &self.total_login_time_in_ms);
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
rt::impl_object!(UserExperienceAnalyticsDeviceStartupHistory);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceStartupHistory { with_id id : ::std::string::String;
    with_core_boot_time_in_ms core_boot_time_in_ms : i32; with_core_login_time_in_ms
    core_login_time_in_ms : i32; with_device_id device_id : ::std::string::String;
    with_feature_update_boot_time_in_ms feature_update_boot_time_in_ms : i32;
    with_group_policy_boot_time_in_ms group_policy_boot_time_in_ms : i32;
    with_group_policy_login_time_in_ms group_policy_login_time_in_ms : i32;
    with_is_feature_update is_feature_update : bool; with_is_first_login is_first_login :
    bool; with_operating_system_version operating_system_version : ::std::string::String;
    with_responsive_desktop_time_in_ms responsive_desktop_time_in_ms : i32;
    with_restart_category restart_category : crate
    ::v1::UserExperienceAnalyticsOperatingSystemRestartCategory;
    with_restart_fault_bucket restart_fault_bucket : ::std::string::String;
    with_restart_stop_code restart_stop_code : ::std::string::String; with_start_time
    start_time : rt::edm::DateTimeOffset; with_total_boot_time_in_ms
    total_boot_time_in_ms : i32; with_total_login_time_in_ms total_login_time_in_ms :
    i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceStartupHistory);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics insight is the recomendation to improve the user experience analytics score.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsInsight`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsInsight {
    /// The unique identifier of the user experience analytics insight.
    ///
    /// CSDL: property `insightId`: `Edm.String`, nullable.
    pub insight_id: rt::Field<::std::string::String>,
    /// The severity of the user experience analytics insight. Possible values are: none, informational, warning, error. None by default.
    ///
    /// CSDL: property `severity`: `microsoft.graph.userExperienceAnalyticsInsightSeverity`, not nullable.
    pub severity: rt::Field<crate::v1::UserExperienceAnalyticsInsightSeverity>,
    /// The unique identifier of the user experience analytics metric.
    ///
    /// CSDL: property `userExperienceAnalyticsMetricId`: `Edm.String`, nullable.
    pub user_experience_analytics_metric_id: rt::Field<::std::string::String>,
    /// The value of the user experience analytics insight.
    ///
    /// CSDL: property `values`: `Collection(microsoft.graph.userExperienceAnalyticsInsightValue)`, nullable.
    pub values: rt::Field<
        ::std::vec::Vec<crate::v1::AnyUserExperienceAnalyticsInsightValue>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsInsight {
    #[inline]
    fn default() -> Self {
        Self {
            insight_id: rt::Field::Absent,
            severity: rt::Field::Absent,
            user_experience_analytics_metric_id: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsInsight {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsInsight";
    const KEYS: &'static [&'static str] = &[
        "insightId",
        "severity",
        "userExperienceAnalyticsMetricId",
        "values",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"insightId\":                    ",
        ",\"severity\":                     ",
        ",\"userExperienceAnalyticsMetricId\":",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsInsight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "insight_id", &self.insight_id);
        v.field(1usize, "severity", &self.severity);
        v.field(
            2usize,
            "user_experience_analytics_metric_id",
            &self.user_experience_analytics_metric_id,
        );
        v.field(3usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsInsight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.insight_id.read_from(r),
            1usize => self.severity.read_from(r),
            2usize => self.user_experience_analytics_metric_id.read_from(r),
            3usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.insight_id);
        w.field(1usize, &self.severity);
        w.field(2usize, &self.user_experience_analytics_metric_id);
        w.field(3usize, &self.values);
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
rt::impl_object!(UserExperienceAnalyticsInsight);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsInsight { with_insight_id insight_id : ::std::string::String;
    with_severity severity : crate ::v1::UserExperienceAnalyticsInsightSeverity;
    with_user_experience_analytics_metric_id user_experience_analytics_metric_id :
    ::std::string::String; with_values values : ::std::vec::Vec < crate
    ::v1::AnyUserExperienceAnalyticsInsightValue >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsInsight);
#[cfg(msgraph_v1_device_management_or_search)]
/// Indicates severity of insights. Possible values are: None, Informational, Warning, Error.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsInsightSeverity`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserExperienceAnalyticsInsightSeverity {
    /// Indicates that the insight severity is none.
    ///
    /// `none` (value 0).
    None,
    /// Indicates that the insight severity is informational.
    ///
    /// `informational` (value 1).
    Informational,
    /// Indicates that the insight severity is warning.
    ///
    /// `warning` (value 2).
    Warning,
    /// Indicates that the insight severity is error.
    ///
    /// `error` (value 3).
    Error,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for UserExperienceAnalyticsInsightSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsInsightSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "informational",
        "warning",
        "error",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "informational" => Self::Informational,
                "warning" => Self::Warning,
                "error" => Self::Error,
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
            Self::Informational => "informational",
            Self::Warning => "warning",
            Self::Error => "error",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(UserExperienceAnalyticsInsightSeverity);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsInsightSeverity);
#[cfg(msgraph_v1_device_management_or_search)]
/// The value in an user experience analytics insight.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsInsightValue`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsInsightValue {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsInsightValue {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsInsightValue {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsInsightValue";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsInsightValue\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsInsightValue {
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
rt::impl_object!(UserExperienceAnalyticsInsightValue);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsInsightValue);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.userExperienceAnalyticsInsightValue` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUserExperienceAnalyticsInsightValue {
    UserExperienceAnalyticsInsightValue(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsInsightValue>,
    ),
    InsightValueDouble(::std::boxed::Box<crate::v1::InsightValueDouble>),
    InsightValueInt(::std::boxed::Box<crate::v1::InsightValueInt>),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyUserExperienceAnalyticsInsightValue {
    #[inline]
    fn default() -> Self {
        Self::UserExperienceAnalyticsInsightValue(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsInsightValue>
for AnyUserExperienceAnalyticsInsightValue {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsInsightValue) -> Self {
        Self::UserExperienceAnalyticsInsightValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InsightValueDouble>
for AnyUserExperienceAnalyticsInsightValue {
    #[inline]
    fn from(v: crate::v1::InsightValueDouble) -> Self {
        Self::InsightValueDouble(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InsightValueInt>
for AnyUserExperienceAnalyticsInsightValue {
    #[inline]
    fn from(v: crate::v1::InsightValueInt) -> Self {
        Self::InsightValueInt(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsInsightValue>();
    rt::object::auto_traits::<crate::v1::InsightValueDouble>();
    rt::object::auto_traits::<crate::v1::InsightValueInt>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyUserExperienceAnalyticsInsightValue {
    const BASE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsInsightValue";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.insightValueDouble") => {
                Self::InsightValueDouble(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.insightValueInt") => {
                Self::InsightValueInt(rt::object::new_boxed())
            }
            _ => Self::UserExperienceAnalyticsInsightValue(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::UserExperienceAnalyticsInsightValue(v) => &**v,
            Self::InsightValueDouble(v) => &**v,
            Self::InsightValueInt(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::UserExperienceAnalyticsInsightValue(v) => &mut **v,
            Self::InsightValueDouble(v) => &mut **v,
            Self::InsightValueInt(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyUserExperienceAnalyticsInsightValue {
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
rt::impl_poly!(AnyUserExperienceAnalyticsInsightValue);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUserExperienceAnalyticsInsightValue);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics metric contains the score and units of a metric of a user experience anlaytics category.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsMetric`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsMetric {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The unit of the user experience analytics metric. Examples: none, percentage, count, seconds, score.
    ///
    /// CSDL: property `unit`: `Edm.String`, nullable.
    pub unit: rt::Field<::std::string::String>,
    /// The value of the user experience analytics metric.
    ///
    /// CSDL: property `value`: `Edm.Double`, not nullable.
    pub value: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsMetric {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            unit: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsMetric {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsMetric";
    const KEYS: &'static [&'static str] = &["id", "unit", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"unit\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsMetric\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "unit", &self.unit);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsMetric {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.unit.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.unit);
        w.field(2usize, &self.value);
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
rt::impl_object!(UserExperienceAnalyticsMetric);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsMetric { with_id id : ::std::string::String; with_unit unit :
    ::std::string::String; with_value value : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsMetric);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics metric history.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsMetricHistory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsMetricHistory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Intune device id of the device.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The metric date time. The value cannot be modified and is automatically populated when the metric is created. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Returned by default.
    ///
    /// CSDL: property `metricDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub metric_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The user experience analytics metric type.
    ///
    /// CSDL: property `metricType`: `Edm.String`, nullable.
    pub metric_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsMetricHistory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_id: rt::Field::Absent,
            metric_date_time: rt::Field::Absent,
            metric_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsMetricHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsMetricHistory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceId",
        "metricDateTime",
        "metricType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceId\":                     ",
        ",\"metricDateTime\":               ",
        ",\"metricType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsMetricHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "metric_date_time", &self.metric_date_time);
        v.field(3usize, "metric_type", &self.metric_type);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsMetricHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.metric_date_time.read_from(r),
            3usize => self.metric_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.metric_date_time);
        w.field(3usize, &self.metric_type);
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
rt::impl_object!(UserExperienceAnalyticsMetricHistory);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsMetricHistory { with_id id : ::std::string::String;
    with_device_id device_id : ::std::string::String; with_metric_date_time
    metric_date_time : rt::edm::DateTimeOffset; with_metric_type metric_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsMetricHistory);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics model scores entity consolidates the various Endpoint Analytics scores.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsModelScores`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsModelScores {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates a score calculated from application health data to indicate when a device is having problems running one or more applications. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `appReliabilityScore`: `Edm.Double`, not nullable.
    pub app_reliability_score: rt::Field<f64>,
    /// Indicates a calulated score indicating the health of the device's battery. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `batteryHealthScore`: `Edm.Double`, not nullable.
    pub battery_health_score: rt::Field<f64>,
    /// Indicates a weighted average of the various scores. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `endpointAnalyticsScore`: `Edm.Double`, not nullable.
    pub endpoint_analytics_score: rt::Field<f64>,
    /// The health status of the device. Possible values are: unknown, insufficientData, needsAttention, meetingGoals. Unknown by default. Supports: $filter, $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `healthStatus`: `microsoft.graph.userExperienceAnalyticsHealthState`, not nullable.
    pub health_status: rt::Field<crate::v1::UserExperienceAnalyticsHealthState>,
    /// The manufacturer name of the device. Examples: Microsoft Corporation, HP, Lenovo. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// Indicates unique devices count of given model in a consolidated report. Supports: $select, $OrderBy. Read-only. Valid values -9.22337203685478E+18 to 9.22337203685478E+18
    ///
    /// CSDL: property `modelDeviceCount`: `Edm.Int64`, not nullable.
    pub model_device_count: rt::Field<i64>,
    /// Indicates a weighted average of boot score and logon score used for measuring startup performance. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `startupPerformanceScore`: `Edm.Double`, not nullable.
    pub startup_performance_score: rt::Field<f64>,
    /// Indicates a weighted score of the work from anywhere on a device level. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `workFromAnywhereScore`: `Edm.Double`, not nullable.
    pub work_from_anywhere_score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsModelScores {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_reliability_score: rt::Field::Absent,
            battery_health_score: rt::Field::Absent,
            endpoint_analytics_score: rt::Field::Absent,
            health_status: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            model_device_count: rt::Field::Absent,
            startup_performance_score: rt::Field::Absent,
            work_from_anywhere_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsModelScores {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsModelScores";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appReliabilityScore",
        "batteryHealthScore",
        "endpointAnalyticsScore",
        "healthStatus",
        "manufacturer",
        "model",
        "modelDeviceCount",
        "startupPerformanceScore",
        "workFromAnywhereScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appReliabilityScore\":          ",
        ",\"batteryHealthScore\":           ",
        ",\"endpointAnalyticsScore\":       ",
        ",\"healthStatus\":                 ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"modelDeviceCount\":             ",
        ",\"startupPerformanceScore\":      ",
        ",\"workFromAnywhereScore\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsModelScores\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_reliability_score", &self.app_reliability_score);
        v.field(2usize, "battery_health_score", &self.battery_health_score);
        v.field(3usize, "endpoint_analytics_score", &self.endpoint_analytics_score);
        v.field(4usize, "health_status", &self.health_status);
        v.field(5usize, "manufacturer", &self.manufacturer);
        v.field(6usize, "model", &self.model);
        v.field(7usize, "model_device_count", &self.model_device_count);
        v.field(8usize, "startup_performance_score", &self.startup_performance_score);
        v.field(9usize, "work_from_anywhere_score", &self.work_from_anywhere_score);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsModelScores {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_reliability_score.read_from(r),
            2usize => self.battery_health_score.read_from(r),
            3usize => self.endpoint_analytics_score.read_from(r),
            4usize => self.health_status.read_from(r),
            5usize => self.manufacturer.read_from(r),
            6usize => self.model.read_from(r),
            7usize => self.model_device_count.read_from(r),
            8usize => self.startup_performance_score.read_from(r),
            9usize => self.work_from_anywhere_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_reliability_score);
        w.field(2usize, &self.battery_health_score);
        w.field(3usize, &self.endpoint_analytics_score);
        w.field(4usize, &self.health_status);
        w.field(5usize, &self.manufacturer);
        w.field(6usize, &self.model);
        w.field(7usize, &self.model_device_count);
        w.field(8usize, &self.startup_performance_score);
        w.field(9usize, &self.work_from_anywhere_score);
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
rt::impl_object!(UserExperienceAnalyticsModelScores);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsModelScores { with_id id : ::std::string::String;
    with_app_reliability_score app_reliability_score : f64; with_battery_health_score
    battery_health_score : f64; with_endpoint_analytics_score endpoint_analytics_score :
    f64; with_health_status health_status : crate
    ::v1::UserExperienceAnalyticsHealthState; with_manufacturer manufacturer :
    ::std::string::String; with_model model : ::std::string::String;
    with_model_device_count model_device_count : i64; with_startup_performance_score
    startup_performance_score : f64; with_work_from_anywhere_score
    work_from_anywhere_score : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsModelScores);
#[cfg(msgraph_v1_device_management_or_search)]
/// Operating System restart category.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsOperatingSystemRestartCategory`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserExperienceAnalyticsOperatingSystemRestartCategory {
    /// Default. Set to unknown if device operating system restart category has not yet been calculated.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Indicates that the device operating system restart is along with an update.
    ///
    /// `restartWithUpdate` (value 1).
    RestartWithUpdate,
    /// Indicates that the device operating system restart is without update.
    ///
    /// `restartWithoutUpdate` (value 2).
    RestartWithoutUpdate,
    /// Indicates that the device operating system restart is due to a specific stop error.
    ///
    /// `blueScreen` (value 3).
    BlueScreen,
    /// Indicates that the device operating system restart is due to shutdown with update.
    ///
    /// `shutdownWithUpdate` (value 4).
    ShutdownWithUpdate,
    /// Indicates that the device operating system restart is due to shutdown without update.
    ///
    /// `shutdownWithoutUpdate` (value 5).
    ShutdownWithoutUpdate,
    /// Indicates that the device operating system restart is due to update long power-button press.
    ///
    /// `longPowerButtonPress` (value 6).
    LongPowerButtonPress,
    /// Indicates that the device operating system restart is due to boot error.
    ///
    /// `bootError` (value 7).
    BootError,
    /// Indicates that the device operating system restarted after an update.
    ///
    /// `update` (value 8).
    Update,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 9).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for UserExperienceAnalyticsOperatingSystemRestartCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsOperatingSystemRestartCategory";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "restartWithUpdate",
        "restartWithoutUpdate",
        "blueScreen",
        "shutdownWithUpdate",
        "shutdownWithoutUpdate",
        "longPowerButtonPress",
        "bootError",
        "update",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "restartWithUpdate" => Self::RestartWithUpdate,
                "restartWithoutUpdate" => Self::RestartWithoutUpdate,
                "blueScreen" => Self::BlueScreen,
                "shutdownWithUpdate" => Self::ShutdownWithUpdate,
                "shutdownWithoutUpdate" => Self::ShutdownWithoutUpdate,
                "longPowerButtonPress" => Self::LongPowerButtonPress,
                "bootError" => Self::BootError,
                "update" => Self::Update,
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
            Self::Unknown => "unknown",
            Self::RestartWithUpdate => "restartWithUpdate",
            Self::RestartWithoutUpdate => "restartWithoutUpdate",
            Self::BlueScreen => "blueScreen",
            Self::ShutdownWithUpdate => "shutdownWithUpdate",
            Self::ShutdownWithoutUpdate => "shutdownWithoutUpdate",
            Self::LongPowerButtonPress => "longPowerButtonPress",
            Self::BootError => "bootError",
            Self::Update => "update",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(UserExperienceAnalyticsOperatingSystemRestartCategory);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsOperatingSystemRestartCategory);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics overview entity contains the overall score and the scores and insights of every metric of all categories.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user experience analytics insights. Read-only.
    ///
    /// CSDL: property `insights`: `Collection(microsoft.graph.userExperienceAnalyticsInsight)`, nullable.
    pub insights: rt::Field<::std::vec::Vec<crate::v1::UserExperienceAnalyticsInsight>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            insights: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsOverview";
    const KEYS: &'static [&'static str] = &["id", "insights"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"insights\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "insights", &self.insights);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.insights.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.insights);
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
rt::impl_object!(UserExperienceAnalyticsOverview);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsOverview { with_id id : ::std::string::String; with_insights
    insights : ::std::vec::Vec < crate ::v1::UserExperienceAnalyticsInsight >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsOverview);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics insight is the recomendation to improve the user experience analytics score.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsSettings`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsSettings {
    /// When TRUE, indicates Tenant attach is configured properly and System Center Configuration Manager (SCCM) tenant attached devices will show up in endpoint analytics reporting. When FALSE, indicates Tenant attach is not configured. FALSE by default.
    ///
    /// CSDL: property `configurationManagerDataConnectorConfigured`: `Edm.Boolean`, not nullable.
    pub configuration_manager_data_connector_configured: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsSettings {
    #[inline]
    fn default() -> Self {
        Self {
            configuration_manager_data_connector_configured: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsSettings";
    const KEYS: &'static [&'static str] = &[
        "configurationManagerDataConnectorConfigured",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurationManagerDataConnectorConfigured\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "configuration_manager_data_connector_configured",
            &self.configuration_manager_data_connector_configured,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration_manager_data_connector_configured.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration_manager_data_connector_configured);
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
rt::impl_object!(UserExperienceAnalyticsSettings);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsSettings {
    with_configuration_manager_data_connector_configured
    configuration_manager_data_connector_configured : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsSettings);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics work from anywhere Windows 10 devices summary.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWindows10DevicesSummary`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsWindows10DevicesSummary {
    /// The count of Windows 10 devices that have unsupported OS versions. Read-only.
    ///
    /// CSDL: property `unsupportedOSversionDeviceCount`: `Edm.Int32`, not nullable.
    pub unsupported_o_sversion_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsWindows10DevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            unsupported_o_sversion_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWindows10DevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWindows10DevicesSummary";
    const KEYS: &'static [&'static str] = &["unsupportedOSversionDeviceCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"unsupportedOSversionDeviceCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWindows10DevicesSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "unsupported_o_sversion_device_count",
            &self.unsupported_o_sversion_device_count,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsWindows10DevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.unsupported_o_sversion_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.unsupported_o_sversion_device_count);
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
rt::impl_object!(UserExperienceAnalyticsWindows10DevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWindows10DevicesSummary {
    with_unsupported_o_sversion_device_count unsupported_o_sversion_device_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWindows10DevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics Work From Anywhere metrics devices summary.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevicesSummary`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    /// The user experience analytics work from anywhere Autopilot devices summary. Read-only.
    ///
    /// CSDL: property `autopilotDevicesSummary`: `microsoft.graph.userExperienceAnalyticsAutopilotDevicesSummary`, nullable.
    pub autopilot_devices_summary: rt::Field<
        crate::v1::UserExperienceAnalyticsAutopilotDevicesSummary,
    >,
    /// The user experience analytics work from anywhere Cloud Identity devices summary. Read-only.
    ///
    /// CSDL: property `cloudIdentityDevicesSummary`: `microsoft.graph.userExperienceAnalyticsCloudIdentityDevicesSummary`, nullable.
    pub cloud_identity_devices_summary: rt::Field<
        crate::v1::UserExperienceAnalyticsCloudIdentityDevicesSummary,
    >,
    /// The user experience analytics work from anywhere Cloud management devices summary. Read-only.
    ///
    /// CSDL: property `cloudManagementDevicesSummary`: `microsoft.graph.userExperienceAnalyticsCloudManagementDevicesSummary`, nullable.
    pub cloud_management_devices_summary: rt::Field<
        crate::v1::UserExperienceAnalyticsCloudManagementDevicesSummary,
    >,
    /// Total number of co-managed devices. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `coManagedDevices`: `Edm.Int32`, not nullable.
    pub co_managed_devices: rt::Field<i32>,
    /// The count of intune devices that are not autopilot registerd. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `devicesNotAutopilotRegistered`: `Edm.Int32`, not nullable.
    pub devices_not_autopilot_registered: rt::Field<i32>,
    /// The count of intune devices not autopilot profile assigned. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `devicesWithoutAutopilotProfileAssigned`: `Edm.Int32`, not nullable.
    pub devices_without_autopilot_profile_assigned: rt::Field<i32>,
    /// The count of devices that are not cloud identity. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `devicesWithoutCloudIdentity`: `Edm.Int32`, not nullable.
    pub devices_without_cloud_identity: rt::Field<i32>,
    /// The count of intune devices that are not autopilot registerd. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `intuneDevices`: `Edm.Int32`, not nullable.
    pub intune_devices: rt::Field<i32>,
    /// Total count of tenant attach devices. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `tenantAttachDevices`: `Edm.Int32`, not nullable.
    pub tenant_attach_devices: rt::Field<i32>,
    /// The total count of devices. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `totalDevices`: `Edm.Int32`, not nullable.
    pub total_devices: rt::Field<i32>,
    /// The count of Windows 10 devices that have unsupported OS versions. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `unsupportedOSversionDevices`: `Edm.Int32`, not nullable.
    pub unsupported_o_sversion_devices: rt::Field<i32>,
    /// The count of windows 10 devices. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `windows10Devices`: `Edm.Int32`, not nullable.
    pub windows10_devices: rt::Field<i32>,
    /// The user experience analytics work from anywhere Windows 10 devices summary. Read-only.
    ///
    /// CSDL: property `windows10DevicesSummary`: `microsoft.graph.userExperienceAnalyticsWindows10DevicesSummary`, nullable.
    pub windows10_devices_summary: rt::Field<
        crate::v1::UserExperienceAnalyticsWindows10DevicesSummary,
    >,
    /// The count of windows 10 devices that are Intune and co-managed. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `windows10DevicesWithoutTenantAttach`: `Edm.Int32`, not nullable.
    pub windows10_devices_without_tenant_attach: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            autopilot_devices_summary: rt::Field::Absent,
            cloud_identity_devices_summary: rt::Field::Absent,
            cloud_management_devices_summary: rt::Field::Absent,
            co_managed_devices: rt::Field::Absent,
            devices_not_autopilot_registered: rt::Field::Absent,
            devices_without_autopilot_profile_assigned: rt::Field::Absent,
            devices_without_cloud_identity: rt::Field::Absent,
            intune_devices: rt::Field::Absent,
            tenant_attach_devices: rt::Field::Absent,
            total_devices: rt::Field::Absent,
            unsupported_o_sversion_devices: rt::Field::Absent,
            windows10_devices: rt::Field::Absent,
            windows10_devices_summary: rt::Field::Absent,
            windows10_devices_without_tenant_attach: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevicesSummary";
    const KEYS: &'static [&'static str] = &[
        "autopilotDevicesSummary",
        "cloudIdentityDevicesSummary",
        "cloudManagementDevicesSummary",
        "coManagedDevices",
        "devicesNotAutopilotRegistered",
        "devicesWithoutAutopilotProfileAssigned",
        "devicesWithoutCloudIdentity",
        "intuneDevices",
        "tenantAttachDevices",
        "totalDevices",
        "unsupportedOSversionDevices",
        "windows10Devices",
        "windows10DevicesSummary",
        "windows10DevicesWithoutTenantAttach",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"autopilotDevicesSummary\":      ",
        ",\"cloudIdentityDevicesSummary\":  ",
        ",\"cloudManagementDevicesSummary\":",
        ",\"coManagedDevices\":             ",
        ",\"devicesNotAutopilotRegistered\":",
        ",\"devicesWithoutAutopilotProfileAssigned\":",
        ",\"devicesWithoutCloudIdentity\":  ",
        ",\"intuneDevices\":                ",
        ",\"tenantAttachDevices\":          ",
        ",\"totalDevices\":                 ",
        ",\"unsupportedOSversionDevices\":  ",
        ",\"windows10Devices\":             ",
        ",\"windows10DevicesSummary\":      ",
        ",\"windows10DevicesWithoutTenantAttach\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevicesSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "autopilot_devices_summary", &self.autopilot_devices_summary);
        v.field(
            1usize,
            "cloud_identity_devices_summary",
            &self.cloud_identity_devices_summary,
        );
        v.field(
            2usize,
            "cloud_management_devices_summary",
            &self.cloud_management_devices_summary,
        );
        v.field(3usize, "co_managed_devices", &self.co_managed_devices);
        v.field(
            4usize,
            "devices_not_autopilot_registered",
            &self.devices_not_autopilot_registered,
        );
        v.field(
            5usize,
            "devices_without_autopilot_profile_assigned",
            &self.devices_without_autopilot_profile_assigned,
        );
        v.field(
            6usize,
            "devices_without_cloud_identity",
            &self.devices_without_cloud_identity,
        );
        v.field(7usize, "intune_devices", &self.intune_devices);
        v.field(8usize, "tenant_attach_devices", &self.tenant_attach_devices);
        v.field(9usize, "total_devices", &self.total_devices);
        v.field(
            10usize,
            "unsupported_o_sversion_devices",
            &self.unsupported_o_sversion_devices,
        );
        v.field(11usize, "windows10_devices", &self.windows10_devices);
        v.field(12usize, "windows10_devices_summary", &self.windows10_devices_summary);
        v.field(
            13usize,
            "windows10_devices_without_tenant_attach",
            &self.windows10_devices_without_tenant_attach,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.autopilot_devices_summary.read_from(r),
            1usize => self.cloud_identity_devices_summary.read_from(r),
            2usize => self.cloud_management_devices_summary.read_from(r),
            3usize => self.co_managed_devices.read_from(r),
            4usize => self.devices_not_autopilot_registered.read_from(r),
            5usize => self.devices_without_autopilot_profile_assigned.read_from(r),
            6usize => self.devices_without_cloud_identity.read_from(r),
            7usize => self.intune_devices.read_from(r),
            8usize => self.tenant_attach_devices.read_from(r),
            9usize => self.total_devices.read_from(r),
            10usize => self.unsupported_o_sversion_devices.read_from(r),
            11usize => self.windows10_devices.read_from(r),
            12usize => self.windows10_devices_summary.read_from(r),
            13usize => self.windows10_devices_without_tenant_attach.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.autopilot_devices_summary);
        w.field(1usize, &self.cloud_identity_devices_summary);
        w.field(2usize, &self.cloud_management_devices_summary);
        w.field(3usize, &self.co_managed_devices);
        w.field(4usize, &self.devices_not_autopilot_registered);
        w.field(5usize, &self.devices_without_autopilot_profile_assigned);
        w.field(6usize, &self.devices_without_cloud_identity);
        w.field(7usize, &self.intune_devices);
        w.field(8usize, &self.tenant_attach_devices);
        w.field(9usize, &self.total_devices);
        w.field(10usize, &self.unsupported_o_sversion_devices);
        w.field(11usize, &self.windows10_devices);
        w.field(12usize, &self.windows10_devices_summary);
        w.field(13usize, &self.windows10_devices_without_tenant_attach);
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
rt::impl_object!(UserExperienceAnalyticsWorkFromAnywhereDevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    with_autopilot_devices_summary autopilot_devices_summary : crate
    ::v1::UserExperienceAnalyticsAutopilotDevicesSummary;
    with_cloud_identity_devices_summary cloud_identity_devices_summary : crate
    ::v1::UserExperienceAnalyticsCloudIdentityDevicesSummary;
    with_cloud_management_devices_summary cloud_management_devices_summary : crate
    ::v1::UserExperienceAnalyticsCloudManagementDevicesSummary; with_co_managed_devices
    co_managed_devices : i32; with_devices_not_autopilot_registered
    devices_not_autopilot_registered : i32;
    with_devices_without_autopilot_profile_assigned
    devices_without_autopilot_profile_assigned : i32; with_devices_without_cloud_identity
    devices_without_cloud_identity : i32; with_intune_devices intune_devices : i32;
    with_tenant_attach_devices tenant_attach_devices : i32; with_total_devices
    total_devices : i32; with_unsupported_o_sversion_devices
    unsupported_o_sversion_devices : i32; with_windows10_devices windows10_devices : i32;
    with_windows10_devices_summary windows10_devices_summary : crate
    ::v1::UserExperienceAnalyticsWindows10DevicesSummary;
    with_windows10_devices_without_tenant_attach windows10_devices_without_tenant_attach
    : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWorkFromAnywhereDevicesSummary);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics work from anywhere model performance.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsWorkFromAnywhereModelPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The cloud identity score of the device model. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `cloudIdentityScore`: `Edm.Double`, not nullable.
    pub cloud_identity_score: rt::Field<f64>,
    /// The cloud management score of the device model. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `cloudManagementScore`: `Edm.Double`, not nullable.
    pub cloud_management_score: rt::Field<f64>,
    /// The cloud provisioning score of the device model.  Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `cloudProvisioningScore`: `Edm.Double`, not nullable.
    pub cloud_provisioning_score: rt::Field<f64>,
    /// The health state of the user experience analytics work from anywhere device model. Possible values are: unknown, insufficientData, needsAttention, meetingGoals. Unknown by default. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `healthStatus`: `microsoft.graph.userExperienceAnalyticsHealthState`, not nullable.
    pub health_status: rt::Field<crate::v1::UserExperienceAnalyticsHealthState>,
    /// The manufacturer name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// The devices count for the model. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `modelDeviceCount`: `Edm.Int32`, not nullable.
    pub model_device_count: rt::Field<i32>,
    /// The window score of the device model. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `windowsScore`: `Edm.Double`, not nullable.
    pub windows_score: rt::Field<f64>,
    /// The work from anywhere score of the device model. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `workFromAnywhereScore`: `Edm.Double`, not nullable.
    pub work_from_anywhere_score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsWorkFromAnywhereModelPerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cloud_identity_score: rt::Field::Absent,
            cloud_management_score: rt::Field::Absent,
            cloud_provisioning_score: rt::Field::Absent,
            health_status: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            model_device_count: rt::Field::Absent,
            windows_score: rt::Field::Absent,
            work_from_anywhere_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWorkFromAnywhereModelPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cloudIdentityScore",
        "cloudManagementScore",
        "cloudProvisioningScore",
        "healthStatus",
        "manufacturer",
        "model",
        "modelDeviceCount",
        "windowsScore",
        "workFromAnywhereScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cloudIdentityScore\":           ",
        ",\"cloudManagementScore\":         ",
        ",\"cloudProvisioningScore\":       ",
        ",\"healthStatus\":                 ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"modelDeviceCount\":             ",
        ",\"windowsScore\":                 ",
        ",\"workFromAnywhereScore\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "cloud_identity_score", &self.cloud_identity_score);
        v.field(2usize, "cloud_management_score", &self.cloud_management_score);
        v.field(3usize, "cloud_provisioning_score", &self.cloud_provisioning_score);
        v.field(4usize, "health_status", &self.health_status);
        v.field(5usize, "manufacturer", &self.manufacturer);
        v.field(6usize, "model", &self.model);
        v.field(7usize, "model_device_count", &self.model_device_count);
        v.field(8usize, "windows_score", &self.windows_score);
        v.field(9usize, "work_from_anywhere_score", &self.work_from_anywhere_score);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsWorkFromAnywhereModelPerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cloud_identity_score.read_from(r),
            2usize => self.cloud_management_score.read_from(r),
            3usize => self.cloud_provisioning_score.read_from(r),
            4usize => self.health_status.read_from(r),
            5usize => self.manufacturer.read_from(r),
            6usize => self.model.read_from(r),
            7usize => self.model_device_count.read_from(r),
            8usize => self.windows_score.read_from(r),
            9usize => self.work_from_anywhere_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cloud_identity_score);
        w.field(2usize, &self.cloud_management_score);
        w.field(3usize, &self.cloud_provisioning_score);
        w.field(4usize, &self.health_status);
        w.field(5usize, &self.manufacturer);
        w.field(6usize, &self.model);
        w.field(7usize, &self.model_device_count);
        w.field(8usize, &self.windows_score);
        w.field(9usize, &self.work_from_anywhere_score);
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
rt::impl_object!(UserExperienceAnalyticsWorkFromAnywhereModelPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWorkFromAnywhereModelPerformance { with_id id :
    ::std::string::String; with_cloud_identity_score cloud_identity_score : f64;
    with_cloud_management_score cloud_management_score : f64;
    with_cloud_provisioning_score cloud_provisioning_score : f64; with_health_status
    health_status : crate ::v1::UserExperienceAnalyticsHealthState; with_manufacturer
    manufacturer : ::std::string::String; with_model model : ::std::string::String;
    with_model_device_count model_device_count : i32; with_windows_score windows_score :
    f64; with_work_from_anywhere_score work_from_anywhere_score : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWorkFromAnywhereModelPerformance);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userFlowApiConnectorConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct UserFlowApiConnectorConfiguration {
    /// CSDL: containment navigation property `postAttributeCollection`: `microsoft.graph.identityApiConnector`, nullable.
    pub post_attribute_collection: rt::Field<crate::v1::IdentityApiConnector>,
    /// CSDL: containment navigation property `postFederationSignup`: `microsoft.graph.identityApiConnector`, nullable.
    pub post_federation_signup: rt::Field<crate::v1::IdentityApiConnector>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for UserFlowApiConnectorConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            post_attribute_collection: rt::Field::Absent,
            post_federation_signup: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for UserFlowApiConnectorConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.userFlowApiConnectorConfiguration";
    const KEYS: &'static [&'static str] = &[
        "postAttributeCollection",
        "postFederationSignup",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"postAttributeCollection\":      ",
        ",\"postFederationSignup\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userFlowApiConnectorConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "post_attribute_collection", &self.post_attribute_collection);
        v.field(1usize, "post_federation_signup", &self.post_federation_signup);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for UserFlowApiConnectorConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.post_attribute_collection.read_from(r),
            1usize => self.post_federation_signup.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.post_attribute_collection);
        w.field(1usize, &self.post_federation_signup);
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
rt::impl_object!(UserFlowApiConnectorConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    UserFlowApiConnectorConfiguration { with_post_attribute_collection
    post_attribute_collection : crate ::v1::IdentityApiConnector;
    with_post_federation_signup post_federation_signup : crate
    ::v1::IdentityApiConnector; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFlowApiConnectorConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userFlowLanguageConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserFlowLanguageConfigurationPath`](requests/trait.UserFlowLanguageConfigurationPath.html), what a path to one (`EntityPath<UserFlowLanguageConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct UserFlowLanguageConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: containment navigation property `defaultPages`: `Collection(microsoft.graph.userFlowLanguagePage)`, not nullable.
    pub default_pages: rt::Field<::std::vec::Vec<crate::v1::UserFlowLanguagePage>>,
    /// CSDL: containment navigation property `overridesPages`: `Collection(microsoft.graph.userFlowLanguagePage)`, not nullable.
    pub overrides_pages: rt::Field<::std::vec::Vec<crate::v1::UserFlowLanguagePage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for UserFlowLanguageConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            default_pages: rt::Field::Absent,
            overrides_pages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for UserFlowLanguageConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.userFlowLanguageConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isEnabled",
        "defaultPages",
        "overridesPages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"defaultPages\":                 ",
        ",\"overridesPages\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userFlowLanguageConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_enabled", &self.is_enabled);
        v.field(3usize, "default_pages", &self.default_pages);
        v.field(4usize, "overrides_pages", &self.overrides_pages);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for UserFlowLanguageConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_enabled.read_from(r),
            3usize => self.default_pages.read_from(r),
            4usize => self.overrides_pages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_enabled);
        w.field(3usize, &self.default_pages);
        w.field(4usize, &self.overrides_pages);
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
rt::impl_object!(UserFlowLanguageConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    UserFlowLanguageConfiguration { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_is_enabled is_enabled : bool;
    with_default_pages default_pages : ::std::vec::Vec < crate ::v1::UserFlowLanguagePage
    >; with_overrides_pages overrides_pages : ::std::vec::Vec < crate
    ::v1::UserFlowLanguagePage >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFlowLanguageConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userFlowLanguagePage`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`UserFlowLanguagePagePath`](requests/trait.UserFlowLanguagePagePath.html), what a path to one (`EntityPath<UserFlowLanguagePage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct UserFlowLanguagePage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for UserFlowLanguagePage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for UserFlowLanguagePage {
    const TYPE_NAME: &'static str = "microsoft.graph.userFlowLanguagePage";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.userFlowLanguagePage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for UserFlowLanguagePage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
rt::impl_object!(UserFlowLanguagePage);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(UserFlowLanguagePage { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFlowLanguagePage);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userFlowType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserFlowType {
    /// `signUp` (value 1).
    SignUp,
    /// `signIn` (value 2).
    SignIn,
    /// `signUpOrSignIn` (value 3).
    SignUpOrSignIn,
    /// `passwordReset` (value 4).
    PasswordReset,
    /// `profileUpdate` (value 5).
    ProfileUpdate,
    /// `resourceOwner` (value 6).
    ResourceOwner,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for UserFlowType {
    const TYPE_NAME: &'static str = "microsoft.graph.userFlowType";
    const MEMBERS: &'static [&'static str] = &[
        "signUp",
        "signIn",
        "signUpOrSignIn",
        "passwordReset",
        "profileUpdate",
        "resourceOwner",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "signUp" => Self::SignUp,
                "signIn" => Self::SignIn,
                "signUpOrSignIn" => Self::SignUpOrSignIn,
                "passwordReset" => Self::PasswordReset,
                "profileUpdate" => Self::ProfileUpdate,
                "resourceOwner" => Self::ResourceOwner,
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
            Self::SignUp => "signUp",
            Self::SignIn => "signIn",
            Self::SignUpOrSignIn => "signUpOrSignIn",
            Self::PasswordReset => "passwordReset",
            Self::ProfileUpdate => "profileUpdate",
            Self::ResourceOwner => "resourceOwner",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(UserFlowType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFlowType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for the installation state summary for a user.
///
/// CSDL: `microsoft.graph.userInstallStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserInstallStateSummaryPath`](requests/trait.UserInstallStateSummaryPath.html), what a path to one (`EntityPath<UserInstallStateSummary, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct UserInstallStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Failed Device Count.
    ///
    /// CSDL: property `failedDeviceCount`: `Edm.Int32`, not nullable.
    pub failed_device_count: rt::Field<i32>,
    /// Installed Device Count.
    ///
    /// CSDL: property `installedDeviceCount`: `Edm.Int32`, not nullable.
    pub installed_device_count: rt::Field<i32>,
    /// Not installed device count.
    ///
    /// CSDL: property `notInstalledDeviceCount`: `Edm.Int32`, not nullable.
    pub not_installed_device_count: rt::Field<i32>,
    /// User name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The install state of the eBook.
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.deviceInstallState)`, not nullable.
    pub device_states: rt::Field<::std::vec::Vec<crate::v1::DeviceInstallState>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for UserInstallStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            failed_device_count: rt::Field::Absent,
            installed_device_count: rt::Field::Absent,
            not_installed_device_count: rt::Field::Absent,
            user_name: rt::Field::Absent,
            device_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for UserInstallStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userInstallStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "failedDeviceCount",
        "installedDeviceCount",
        "notInstalledDeviceCount",
        "userName",
        "deviceStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"failedDeviceCount\":            ",
        ",\"installedDeviceCount\":         ",
        ",\"notInstalledDeviceCount\":      ",
        ",\"userName\":                     ",
        ",\"deviceStates\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userInstallStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "failed_device_count", &self.failed_device_count);
        v.field(2usize, "installed_device_count", &self.installed_device_count);
        v.field(3usize, "not_installed_device_count", &self.not_installed_device_count);
        v.field(4usize, "user_name", &self.user_name);
        v.field(5usize, "device_states", &self.device_states);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for UserInstallStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.failed_device_count.read_from(r),
            2usize => self.installed_device_count.read_from(r),
            3usize => self.not_installed_device_count.read_from(r),
            4usize => self.user_name.read_from(r),
            5usize => self.device_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.failed_device_count);
        w.field(2usize, &self.installed_device_count);
        w.field(3usize, &self.not_installed_device_count);
        w.field(4usize, &self.user_name);
        w.field(5usize, &self.device_states);
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
rt::impl_object!(UserInstallStateSummary);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    UserInstallStateSummary { with_id id : ::std::string::String;
    with_failed_device_count failed_device_count : i32; with_installed_device_count
    installed_device_count : i32; with_not_installed_device_count
    not_installed_device_count : i32; with_user_name user_name : ::std::string::String;
    with_device_states device_states : ::std::vec::Vec < crate ::v1::DeviceInstallState
    >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserInstallStateSummary);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationFeatureCount`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct UserRegistrationFeatureCount {
    /// CSDL: property `feature`: `microsoft.graph.authenticationMethodFeature`, not nullable.
    pub feature: rt::Field<crate::v1::AuthenticationMethodFeature>,
    /// CSDL: property `userCount`: `Edm.Int64`, not nullable.
    pub user_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UserRegistrationFeatureCount {
    #[inline]
    fn default() -> Self {
        Self {
            feature: rt::Field::Absent,
            user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UserRegistrationFeatureCount {
    const TYPE_NAME: &'static str = "microsoft.graph.userRegistrationFeatureCount";
    const KEYS: &'static [&'static str] = &["feature", "userCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"feature\":                      ",
        ",\"userCount\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationFeatureCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "feature", &self.feature);
        v.field(1usize, "user_count", &self.user_count);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UserRegistrationFeatureCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.feature.read_from(r),
            1usize => self.user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.feature);
        w.field(1usize, &self.user_count);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(UserRegistrationFeatureCount);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UserRegistrationFeatureCount { with_feature feature : crate
    ::v1::AuthenticationMethodFeature; with_user_count user_count : i64; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationFeatureCount);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationFeatureSummary`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct UserRegistrationFeatureSummary {
    /// CSDL: property `totalUserCount`: `Edm.Int64`, not nullable.
    pub total_user_count: rt::Field<i64>,
    /// CSDL: property `userRegistrationFeatureCounts`: `Collection(microsoft.graph.userRegistrationFeatureCount)`, not nullable.
    pub user_registration_feature_counts: rt::Field<
        ::std::vec::Vec<crate::v1::UserRegistrationFeatureCount>,
    >,
    /// CSDL: property `userRoles`: `microsoft.graph.includedUserRoles`, nullable.
    pub user_roles: rt::Field<crate::v1::IncludedUserRoles>,
    /// CSDL: property `userTypes`: `microsoft.graph.includedUserTypes`, nullable.
    pub user_types: rt::Field<crate::v1::IncludedUserTypes>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UserRegistrationFeatureSummary {
    #[inline]
    fn default() -> Self {
        Self {
            total_user_count: rt::Field::Absent,
            user_registration_feature_counts: rt::Field::Absent,
            user_roles: rt::Field::Absent,
            user_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UserRegistrationFeatureSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userRegistrationFeatureSummary";
    const KEYS: &'static [&'static str] = &[
        "totalUserCount",
        "userRegistrationFeatureCounts",
        "userRoles",
        "userTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"totalUserCount\":               ",
        ",\"userRegistrationFeatureCounts\":",
        ",\"userRoles\":                    ",
        ",\"userTypes\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationFeatureSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "total_user_count", &self.total_user_count);
        v.field(
            1usize,
            "user_registration_feature_counts",
            &self.user_registration_feature_counts,
        );
        v.field(2usize, "user_roles", &self.user_roles);
        v.field(3usize, "user_types", &self.user_types);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UserRegistrationFeatureSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.total_user_count.read_from(r),
            1usize => self.user_registration_feature_counts.read_from(r),
            2usize => self.user_roles.read_from(r),
            3usize => self.user_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.total_user_count);
        w.field(1usize, &self.user_registration_feature_counts);
        w.field(2usize, &self.user_roles);
        w.field(3usize, &self.user_types);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(UserRegistrationFeatureSummary);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UserRegistrationFeatureSummary { with_total_user_count total_user_count : i64;
    with_user_registration_feature_counts user_registration_feature_counts :
    ::std::vec::Vec < crate ::v1::UserRegistrationFeatureCount >; with_user_roles
    user_roles : crate ::v1::IncludedUserRoles; with_user_types user_types : crate
    ::v1::IncludedUserTypes; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationFeatureSummary);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.userScopeType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserScopeType {
    /// `user` (value 1).
    User,
    /// `group` (value 2).
    Group,
    /// `tenant` (value 3).
    Tenant,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for UserScopeType {
    const TYPE_NAME: &'static str = "microsoft.graph.userScopeType";
    const MEMBERS: &'static [&'static str] = &[
        "user",
        "group",
        "tenant",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "group" => Self::Group,
                "tenant" => Self::Tenant,
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
            Self::User => "user",
            Self::Group => "group",
            Self::Tenant => "tenant",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(UserScopeType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserScopeType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userSignIn`, complex type, derived from `microsoft.graph.signInIdentity`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct UserSignIn {
    /// CSDL: property `externalTenantId`: `Edm.String`, nullable.
    pub external_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `externalUserType`: `microsoft.graph.conditionalAccessGuestOrExternalUserTypes`, not nullable.
    pub external_user_type: rt::Field<
        rt::Flags<crate::v1::ConditionalAccessGuestOrExternalUserTypes>,
    >,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for UserSignIn {
    #[inline]
    fn default() -> Self {
        Self {
            external_tenant_id: rt::Field::Absent,
            external_user_type: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for UserSignIn {
    const TYPE_NAME: &'static str = "microsoft.graph.userSignIn";
    const KEYS: &'static [&'static str] = &[
        "externalTenantId",
        "externalUserType",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"externalTenantId\":             ",
        ",\"externalUserType\":             ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSignIn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_tenant_id", &self.external_tenant_id);
        v.field(1usize, "external_user_type", &self.external_user_type);
        v.field(2usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for UserSignIn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_tenant_id.read_from(r),
            1usize => self.external_user_type.read_from(r),
            2usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_tenant_id);
        w.field(1usize, &self.external_user_type);
        w.field(2usize, &self.user_id);
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
rt::impl_object!(UserSignIn);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    UserSignIn { with_external_tenant_id external_tenant_id : ::std::string::String;
    with_external_user_type external_user_type : rt::Flags < crate
    ::v1::ConditionalAccessGuestOrExternalUserTypes >; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSignIn);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.userSimulationDetails`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UserSimulationDetails {
    /// CSDL: property `assignedTrainingsCount`: `Edm.Int32`, nullable.
    pub assigned_trainings_count: rt::Field<i32>,
    /// CSDL: property `completedTrainingsCount`: `Edm.Int32`, nullable.
    pub completed_trainings_count: rt::Field<i32>,
    /// CSDL: property `compromisedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub compromised_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inProgressTrainingsCount`: `Edm.Int32`, nullable.
    pub in_progress_trainings_count: rt::Field<i32>,
    /// CSDL: property `isCompromised`: `Edm.Boolean`, nullable.
    pub is_compromised: rt::Field<bool>,
    /// CSDL: property `reportedPhishDateTime`: `Edm.DateTimeOffset`, nullable.
    pub reported_phish_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `simulationEvents`: `Collection(microsoft.graph.userSimulationEventInfo)`, nullable.
    pub simulation_events: rt::Field<
        ::std::vec::Vec<crate::v1::UserSimulationEventInfo>,
    >,
    /// CSDL: property `simulationUser`: `microsoft.graph.attackSimulationUser`, nullable.
    pub simulation_user: rt::Field<crate::v1::AttackSimulationUser>,
    /// CSDL: property `trainingEvents`: `Collection(microsoft.graph.userTrainingEventInfo)`, nullable.
    pub training_events: rt::Field<::std::vec::Vec<crate::v1::UserTrainingEventInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserSimulationDetails {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_trainings_count: rt::Field::Absent,
            completed_trainings_count: rt::Field::Absent,
            compromised_date_time: rt::Field::Absent,
            in_progress_trainings_count: rt::Field::Absent,
            is_compromised: rt::Field::Absent,
            reported_phish_date_time: rt::Field::Absent,
            simulation_events: rt::Field::Absent,
            simulation_user: rt::Field::Absent,
            training_events: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserSimulationDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.userSimulationDetails";
    const KEYS: &'static [&'static str] = &[
        "assignedTrainingsCount",
        "completedTrainingsCount",
        "compromisedDateTime",
        "inProgressTrainingsCount",
        "isCompromised",
        "reportedPhishDateTime",
        "simulationEvents",
        "simulationUser",
        "trainingEvents",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedTrainingsCount\":       ",
        ",\"completedTrainingsCount\":      ",
        ",\"compromisedDateTime\":          ",
        ",\"inProgressTrainingsCount\":     ",
        ",\"isCompromised\":                ",
        ",\"reportedPhishDateTime\":        ",
        ",\"simulationEvents\":             ",
        ",\"simulationUser\":               ",
        ",\"trainingEvents\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSimulationDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_trainings_count", &self.assigned_trainings_count);
        v.field(1usize, "completed_trainings_count", &self.completed_trainings_count);
        v.field(2usize, "compromised_date_time", &self.compromised_date_time);
        v.field(
            3usize,
            "in_progress_trainings_count",
            &self.in_progress_trainings_count,
        );
        v.field(4usize, "is_compromised", &self.is_compromised);
        v.field(5usize, "reported_phish_date_time", &self.reported_phish_date_time);
        v.field(6usize, "simulation_events", &self.simulation_events);
        v.field(7usize, "simulation_user", &self.simulation_user);
        v.field(8usize, "training_events", &self.training_events);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserSimulationDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_trainings_count.read_from(r),
            1usize => self.completed_trainings_count.read_from(r),
            2usize => self.compromised_date_time.read_from(r),
            3usize => self.in_progress_trainings_count.read_from(r),
            4usize => self.is_compromised.read_from(r),
            5usize => self.reported_phish_date_time.read_from(r),
            6usize => self.simulation_events.read_from(r),
            7usize => self.simulation_user.read_from(r),
            8usize => self.training_events.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_trainings_count);
        w.field(1usize, &self.completed_trainings_count);
        w.field(2usize, &self.compromised_date_time);
        w.field(3usize, &self.in_progress_trainings_count);
        w.field(4usize, &self.is_compromised);
        w.field(5usize, &self.reported_phish_date_time);
        w.field(6usize, &self.simulation_events);
        w.field(7usize, &self.simulation_user);
        w.field(8usize, &self.training_events);
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
rt::impl_object!(UserSimulationDetails);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserSimulationDetails { with_assigned_trainings_count assigned_trainings_count : i32;
    with_completed_trainings_count completed_trainings_count : i32;
    with_compromised_date_time compromised_date_time : rt::edm::DateTimeOffset;
    with_in_progress_trainings_count in_progress_trainings_count : i32;
    with_is_compromised is_compromised : bool; with_reported_phish_date_time
    reported_phish_date_time : rt::edm::DateTimeOffset; with_simulation_events
    simulation_events : ::std::vec::Vec < crate ::v1::UserSimulationEventInfo >;
    with_simulation_user simulation_user : crate ::v1::AttackSimulationUser;
    with_training_events training_events : ::std::vec::Vec < crate
    ::v1::UserTrainingEventInfo >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSimulationDetails);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.userSimulationEventInfo`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UserSimulationEventInfo {
    /// CSDL: property `browser`: `Edm.String`, nullable.
    pub browser: rt::Field<::std::string::String>,
    /// CSDL: property `clickSource`: `microsoft.graph.clickSource`, nullable.
    pub click_source: rt::Field<crate::v1::ClickSource>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `eventName`: `Edm.String`, nullable.
    pub event_name: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `osPlatformDeviceDetails`: `Edm.String`, nullable.
    pub os_platform_device_details: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserSimulationEventInfo {
    #[inline]
    fn default() -> Self {
        Self {
            browser: rt::Field::Absent,
            click_source: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            event_name: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            os_platform_device_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserSimulationEventInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.userSimulationEventInfo";
    const KEYS: &'static [&'static str] = &[
        "browser",
        "clickSource",
        "eventDateTime",
        "eventName",
        "ipAddress",
        "osPlatformDeviceDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"browser\":                      ",
        ",\"clickSource\":                  ",
        ",\"eventDateTime\":                ",
        ",\"eventName\":                    ",
        ",\"ipAddress\":                    ",
        ",\"osPlatformDeviceDetails\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSimulationEventInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "browser", &self.browser);
        v.field(1usize, "click_source", &self.click_source);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "event_name", &self.event_name);
        v.field(4usize, "ip_address", &self.ip_address);
        v.field(5usize, "os_platform_device_details", &self.os_platform_device_details);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserSimulationEventInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.browser.read_from(r),
            1usize => self.click_source.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.event_name.read_from(r),
            4usize => self.ip_address.read_from(r),
            5usize => self.os_platform_device_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.browser);
        w.field(1usize, &self.click_source);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.event_name);
        w.field(4usize, &self.ip_address);
        w.field(5usize, &self.os_platform_device_details);
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
rt::impl_object!(UserSimulationEventInfo);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserSimulationEventInfo { with_browser browser : ::std::string::String;
    with_click_source click_source : crate ::v1::ClickSource; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_event_name event_name :
    ::std::string::String; with_ip_address ip_address : ::std::string::String;
    with_os_platform_device_details os_platform_device_details : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSimulationEventInfo);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.userTrainingContentEventInfo`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UserTrainingContentEventInfo {
    /// CSDL: property `browser`: `Edm.String`, nullable.
    pub browser: rt::Field<::std::string::String>,
    /// CSDL: property `contentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub content_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `osPlatformDeviceDetails`: `Edm.String`, nullable.
    pub os_platform_device_details: rt::Field<::std::string::String>,
    /// CSDL: property `potentialScoreImpact`: `Edm.Double`, nullable.
    pub potential_score_impact: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserTrainingContentEventInfo {
    #[inline]
    fn default() -> Self {
        Self {
            browser: rt::Field::Absent,
            content_date_time: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            os_platform_device_details: rt::Field::Absent,
            potential_score_impact: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserTrainingContentEventInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.userTrainingContentEventInfo";
    const KEYS: &'static [&'static str] = &[
        "browser",
        "contentDateTime",
        "ipAddress",
        "osPlatformDeviceDetails",
        "potentialScoreImpact",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"browser\":                      ",
        ",\"contentDateTime\":              ",
        ",\"ipAddress\":                    ",
        ",\"osPlatformDeviceDetails\":      ",
        ",\"potentialScoreImpact\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userTrainingContentEventInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "browser", &self.browser);
        v.field(1usize, "content_date_time", &self.content_date_time);
        v.field(2usize, "ip_address", &self.ip_address);
        v.field(3usize, "os_platform_device_details", &self.os_platform_device_details);
        v.field(4usize, "potential_score_impact", &self.potential_score_impact);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserTrainingContentEventInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.browser.read_from(r),
            1usize => self.content_date_time.read_from(r),
            2usize => self.ip_address.read_from(r),
            3usize => self.os_platform_device_details.read_from(r),
            4usize => self.potential_score_impact.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.browser);
        w.field(1usize, &self.content_date_time);
        w.field(2usize, &self.ip_address);
        w.field(3usize, &self.os_platform_device_details);
        w.field(4usize, &self.potential_score_impact);
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
rt::impl_object!(UserTrainingContentEventInfo);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserTrainingContentEventInfo { with_browser browser : ::std::string::String;
    with_content_date_time content_date_time : rt::edm::DateTimeOffset; with_ip_address
    ip_address : ::std::string::String; with_os_platform_device_details
    os_platform_device_details : ::std::string::String; with_potential_score_impact
    potential_score_impact : f64; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTrainingContentEventInfo);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.userTrainingEventInfo`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UserTrainingEventInfo {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `latestTrainingStatus`: `microsoft.graph.trainingStatus`, nullable.
    pub latest_training_status: rt::Field<crate::v1::TrainingStatus>,
    /// CSDL: property `trainingAssignedProperties`: `microsoft.graph.userTrainingContentEventInfo`, nullable.
    pub training_assigned_properties: rt::Field<crate::v1::UserTrainingContentEventInfo>,
    /// CSDL: property `trainingCompletedProperties`: `microsoft.graph.userTrainingContentEventInfo`, nullable.
    pub training_completed_properties: rt::Field<
        crate::v1::UserTrainingContentEventInfo,
    >,
    /// CSDL: property `trainingUpdatedProperties`: `microsoft.graph.userTrainingContentEventInfo`, nullable.
    pub training_updated_properties: rt::Field<crate::v1::UserTrainingContentEventInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserTrainingEventInfo {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            latest_training_status: rt::Field::Absent,
            training_assigned_properties: rt::Field::Absent,
            training_completed_properties: rt::Field::Absent,
            training_updated_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserTrainingEventInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.userTrainingEventInfo";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "latestTrainingStatus",
        "trainingAssignedProperties",
        "trainingCompletedProperties",
        "trainingUpdatedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"latestTrainingStatus\":         ",
        ",\"trainingAssignedProperties\":   ",
        ",\"trainingCompletedProperties\":  ",
        ",\"trainingUpdatedProperties\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userTrainingEventInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "latest_training_status", &self.latest_training_status);
        v.field(
            2usize,
            "training_assigned_properties",
            &self.training_assigned_properties,
        );
        v.field(
            3usize,
            "training_completed_properties",
            &self.training_completed_properties,
        );
        v.field(
            4usize,
            "training_updated_properties",
            &self.training_updated_properties,
        );
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserTrainingEventInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.latest_training_status.read_from(r),
            2usize => self.training_assigned_properties.read_from(r),
            3usize => self.training_completed_properties.read_from(r),
            4usize => self.training_updated_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.latest_training_status);
        w.field(2usize, &self.training_assigned_properties);
        w.field(3usize, &self.training_completed_properties);
        w.field(4usize, &self.training_updated_properties);
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
rt::impl_object!(UserTrainingEventInfo);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserTrainingEventInfo { with_display_name display_name : ::std::string::String;
    with_latest_training_status latest_training_status : crate ::v1::TrainingStatus;
    with_training_assigned_properties training_assigned_properties : crate
    ::v1::UserTrainingContentEventInfo; with_training_completed_properties
    training_completed_properties : crate ::v1::UserTrainingContentEventInfo;
    with_training_updated_properties training_updated_properties : crate
    ::v1::UserTrainingContentEventInfo; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTrainingEventInfo);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.userTrainingStatusInfo`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct UserTrainingStatusInfo {
    /// CSDL: property `assignedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `trainingStatus`: `microsoft.graph.trainingStatus`, nullable.
    pub training_status: rt::Field<crate::v1::TrainingStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UserTrainingStatusInfo {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_date_time: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            training_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UserTrainingStatusInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.userTrainingStatusInfo";
    const KEYS: &'static [&'static str] = &[
        "assignedDateTime",
        "completionDateTime",
        "displayName",
        "trainingStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedDateTime\":             ",
        ",\"completionDateTime\":           ",
        ",\"displayName\":                  ",
        ",\"trainingStatus\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userTrainingStatusInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_date_time", &self.assigned_date_time);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "training_status", &self.training_status);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UserTrainingStatusInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_date_time.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.training_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_date_time);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.training_status);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(UserTrainingStatusInfo);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UserTrainingStatusInfo { with_assigned_date_time assigned_date_time :
    rt::edm::DateTimeOffset; with_completion_date_time completion_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_training_status training_status : crate ::v1::TrainingStatus; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTrainingStatusInfo);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserType {
    /// `member` (value 0).
    Member,
    /// `guest` (value 1).
    Guest,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for UserType {
    const TYPE_NAME: &'static str = "microsoft.graph.userType";
    const MEMBERS: &'static [&'static str] = &["member", "guest", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "member" => Self::Member,
                "guest" => Self::Guest,
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
            Self::Member => "member",
            Self::Guest => "guest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(UserType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.verifiedDomain`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VerifiedDomain {
    /// CSDL: property `capabilities`: `Edm.String`, nullable.
    pub capabilities: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isInitial`: `Edm.Boolean`, nullable.
    pub is_initial: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for VerifiedDomain {
    #[inline]
    fn default() -> Self {
        Self {
            capabilities: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_initial: rt::Field::Absent,
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for VerifiedDomain {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedDomain";
    const KEYS: &'static [&'static str] = &[
        "capabilities",
        "isDefault",
        "isInitial",
        "name",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"capabilities\":                 ",
        ",\"isDefault\":                    ",
        ",\"isInitial\":                    ",
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiedDomain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "capabilities", &self.capabilities);
        v.field(1usize, "is_default", &self.is_default);
        v.field(2usize, "is_initial", &self.is_initial);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for VerifiedDomain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.capabilities.read_from(r),
            1usize => self.is_default.read_from(r),
            2usize => self.is_initial.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.capabilities);
        w.field(1usize, &self.is_default);
        w.field(2usize, &self.is_initial);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(VerifiedDomain);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    VerifiedDomain { with_capabilities capabilities : ::std::string::String;
    with_is_default is_default : bool; with_is_initial is_initial : bool; with_name name
    : ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedDomain);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.verifiedIdProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VerifiedIdProfilePath`](requests/trait.VerifiedIdProfilePath.html), what a path to one (`EntityPath<VerifiedIdProfile, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct VerifiedIdProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `faceCheckConfiguration`: `microsoft.graph.faceCheckConfiguration`, not nullable.
    pub face_check_configuration: rt::Field<crate::v1::FaceCheckConfiguration>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `state`: `microsoft.graph.verifiedIdProfileState`, not nullable.
    pub state: rt::Field<crate::v1::VerifiedIdProfileState>,
    /// CSDL: property `verifiedIdProfileConfiguration`: `microsoft.graph.verifiedIdProfileConfiguration`, not nullable.
    pub verified_id_profile_configuration: rt::Field<
        crate::v1::VerifiedIdProfileConfiguration,
    >,
    /// CSDL: property `verifiedIdUsageConfigurations`: `Collection(microsoft.graph.verifiedIdUsageConfiguration)`, not nullable.
    pub verified_id_usage_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::VerifiedIdUsageConfiguration>,
    >,
    /// CSDL: property `verifierDid`: `Edm.String`, not nullable.
    pub verifier_did: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for VerifiedIdProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            face_check_configuration: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            priority: rt::Field::Absent,
            state: rt::Field::Absent,
            verified_id_profile_configuration: rt::Field::Absent,
            verified_id_usage_configurations: rt::Field::Absent,
            verifier_did: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for VerifiedIdProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedIdProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "faceCheckConfiguration",
        "lastModifiedDateTime",
        "name",
        "priority",
        "state",
        "verifiedIdProfileConfiguration",
        "verifiedIdUsageConfigurations",
        "verifierDid",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"faceCheckConfiguration\":       ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"priority\":                     ",
        ",\"state\":                        ",
        ",\"verifiedIdProfileConfiguration\":",
        ",\"verifiedIdUsageConfigurations\":",
        ",\"verifierDid\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiedIdProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "face_check_configuration", &self.face_check_configuration);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "state", &self.state);
        v.field(
            7usize,
            "verified_id_profile_configuration",
            &self.verified_id_profile_configuration,
        );
        v.field(
            8usize,
            "verified_id_usage_configurations",
            &self.verified_id_usage_configurations,
        );
        v.field(9usize, "verifier_did", &self.verifier_did);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for VerifiedIdProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.face_check_configuration.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.state.read_from(r),
            7usize => self.verified_id_profile_configuration.read_from(r),
            8usize => self.verified_id_usage_configurations.read_from(r),
            9usize => self.verifier_did.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.face_check_configuration);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.priority);
        w.field(6usize, &self.state);
        w.field(7usize, &self.verified_id_profile_configuration);
        w.field(8usize, &self.verified_id_usage_configurations);
        w.field(9usize, &self.verifier_did);
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
rt::impl_object!(VerifiedIdProfile);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    VerifiedIdProfile { with_id id : ::std::string::String; with_description description
    : ::std::string::String; with_face_check_configuration face_check_configuration :
    crate ::v1::FaceCheckConfiguration; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_priority priority : i32; with_state state : crate
    ::v1::VerifiedIdProfileState; with_verified_id_profile_configuration
    verified_id_profile_configuration : crate ::v1::VerifiedIdProfileConfiguration;
    with_verified_id_usage_configurations verified_id_usage_configurations :
    ::std::vec::Vec < crate ::v1::VerifiedIdUsageConfiguration >; with_verifier_did
    verifier_did : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedIdProfile);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.verifiedIdProfileConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct VerifiedIdProfileConfiguration {
    /// CSDL: property `acceptedIssuer`: `Edm.String`, not nullable.
    pub accepted_issuer: rt::Field<::std::string::String>,
    /// CSDL: property `claimBindings`: `Collection(microsoft.graph.claimBinding)`, not nullable.
    pub claim_bindings: rt::Field<::std::vec::Vec<crate::v1::ClaimBinding>>,
    /// CSDL: property `claimBindingSource`: `microsoft.graph.claimBindingSource`, not nullable.
    pub claim_binding_source: rt::Field<crate::v1::ClaimBindingSource>,
    /// CSDL: property `claimValidation`: `microsoft.graph.claimValidation`, not nullable.
    pub claim_validation: rt::Field<crate::v1::ClaimValidation>,
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for VerifiedIdProfileConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            accepted_issuer: rt::Field::Absent,
            claim_bindings: rt::Field::Absent,
            claim_binding_source: rt::Field::Absent,
            claim_validation: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for VerifiedIdProfileConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedIdProfileConfiguration";
    const KEYS: &'static [&'static str] = &[
        "acceptedIssuer",
        "claimBindings",
        "claimBindingSource",
        "claimValidation",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"acceptedIssuer\":               ",
        ",\"claimBindings\":                ",
        ",\"claimBindingSource\":           ",
        ",\"claimValidation\":              ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiedIdProfileConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "accepted_issuer", &self.accepted_issuer);
        v.field(1usize, "claim_bindings", &self.claim_bindings);
        v.field(2usize, "claim_binding_source", &self.claim_binding_source);
        v.field(3usize, "claim_validation", &self.claim_validation);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for VerifiedIdProfileConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.accepted_issuer.read_from(r),
            1usize => self.claim_bindings.read_from(r),
            2usize => self.claim_binding_source.read_from(r),
            3usize => self.claim_validation.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.accepted_issuer);
        w.field(1usize, &self.claim_bindings);
        w.field(2usize, &self.claim_binding_source);
        w.field(3usize, &self.claim_validation);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(VerifiedIdProfileConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    VerifiedIdProfileConfiguration { with_accepted_issuer accepted_issuer :
    ::std::string::String; with_claim_bindings claim_bindings : ::std::vec::Vec < crate
    ::v1::ClaimBinding >; with_claim_binding_source claim_binding_source : crate
    ::v1::ClaimBindingSource; with_claim_validation claim_validation : crate
    ::v1::ClaimValidation; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedIdProfileConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.verifiedIdProfileState`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VerifiedIdProfileState {
    /// `enabled` (value 0).
    Enabled,
    /// `disabled` (value 1).
    Disabled,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for VerifiedIdProfileState {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedIdProfileState";
    const MEMBERS: &'static [&'static str] = &[
        "enabled",
        "disabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
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
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(VerifiedIdProfileState);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedIdProfileState);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.verifiedIdUsageConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct VerifiedIdUsageConfiguration {
    /// CSDL: property `isEnabledForTestOnly`: `Edm.Boolean`, not nullable.
    pub is_enabled_for_test_only: rt::Field<bool>,
    /// CSDL: property `purpose`: `microsoft.graph.verifiedIdUsageConfigurationPurpose`, not nullable.
    pub purpose: rt::Field<crate::v1::VerifiedIdUsageConfigurationPurpose>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for VerifiedIdUsageConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled_for_test_only: rt::Field::Absent,
            purpose: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for VerifiedIdUsageConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedIdUsageConfiguration";
    const KEYS: &'static [&'static str] = &["isEnabledForTestOnly", "purpose"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabledForTestOnly\":         ",
        ",\"purpose\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiedIdUsageConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled_for_test_only", &self.is_enabled_for_test_only);
        v.field(1usize, "purpose", &self.purpose);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for VerifiedIdUsageConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled_for_test_only.read_from(r),
            1usize => self.purpose.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled_for_test_only);
        w.field(1usize, &self.purpose);
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
rt::impl_object!(VerifiedIdUsageConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    VerifiedIdUsageConfiguration { with_is_enabled_for_test_only is_enabled_for_test_only
    : bool; with_purpose purpose : crate ::v1::VerifiedIdUsageConfigurationPurpose; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedIdUsageConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.verifiedIdUsageConfigurationPurpose`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VerifiedIdUsageConfigurationPurpose {
    /// `recovery` (value 0).
    Recovery,
    /// `onboarding` (value 1).
    Onboarding,
    /// `all` (value 2).
    All,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for VerifiedIdUsageConfigurationPurpose {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedIdUsageConfigurationPurpose";
    const MEMBERS: &'static [&'static str] = &[
        "recovery",
        "onboarding",
        "all",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "recovery" => Self::Recovery,
                "onboarding" => Self::Onboarding,
                "all" => Self::All,
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
            Self::Recovery => "recovery",
            Self::Onboarding => "onboarding",
            Self::All => "all",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(VerifiedIdUsageConfigurationPurpose);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedIdUsageConfigurationPurpose);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.video`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Video {
    /// CSDL: property `audioBitsPerSample`: `Edm.Int32`, nullable.
    pub audio_bits_per_sample: rt::Field<i32>,
    /// CSDL: property `audioChannels`: `Edm.Int32`, nullable.
    pub audio_channels: rt::Field<i32>,
    /// CSDL: property `audioFormat`: `Edm.String`, nullable.
    pub audio_format: rt::Field<::std::string::String>,
    /// CSDL: property `audioSamplesPerSecond`: `Edm.Int32`, nullable.
    pub audio_samples_per_second: rt::Field<i32>,
    /// CSDL: property `bitrate`: `Edm.Int32`, nullable.
    pub bitrate: rt::Field<i32>,
    /// CSDL: property `duration`: `Edm.Int64`, nullable.
    pub duration: rt::Field<i64>,
    /// CSDL: property `fourCC`: `Edm.String`, nullable.
    pub four_cc: rt::Field<::std::string::String>,
    /// CSDL: property `frameRate`: `Edm.Double`, nullable.
    pub frame_rate: rt::Field<f64>,
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Video {
    #[inline]
    fn default() -> Self {
        Self {
            audio_bits_per_sample: rt::Field::Absent,
            audio_channels: rt::Field::Absent,
            audio_format: rt::Field::Absent,
            audio_samples_per_second: rt::Field::Absent,
            bitrate: rt::Field::Absent,
            duration: rt::Field::Absent,
            four_cc: rt::Field::Absent,
            frame_rate: rt::Field::Absent,
            height: rt::Field::Absent,
            width: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Video {
    const TYPE_NAME: &'static str = "microsoft.graph.video";
    const KEYS: &'static [&'static str] = &[
        "audioBitsPerSample",
        "audioChannels",
        "audioFormat",
        "audioSamplesPerSecond",
        "bitrate",
        "duration",
        "fourCC",
        "frameRate",
        "height",
        "width",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"audioBitsPerSample\":           ",
        ",\"audioChannels\":                ",
        ",\"audioFormat\":                  ",
        ",\"audioSamplesPerSecond\":        ",
        ",\"bitrate\":                      ",
        ",\"duration\":                     ",
        ",\"fourCC\":                       ",
        ",\"frameRate\":                    ",
        ",\"height\":                       ",
        ",\"width\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.video\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "audio_bits_per_sample", &self.audio_bits_per_sample);
        v.field(1usize, "audio_channels", &self.audio_channels);
        v.field(2usize, "audio_format", &self.audio_format);
        v.field(3usize, "audio_samples_per_second", &self.audio_samples_per_second);
        v.field(4usize, "bitrate", &self.bitrate);
        v.field(5usize, "duration", &self.duration);
        v.field(6usize, "four_cc", &self.four_cc);
        v.field(7usize, "frame_rate", &self.frame_rate);
        v.field(8usize, "height", &self.height);
        v.field(9usize, "width", &self.width);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Video {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.audio_bits_per_sample.read_from(r),
            1usize => self.audio_channels.read_from(r),
            2usize => self.audio_format.read_from(r),
            3usize => self.audio_samples_per_second.read_from(r),
            4usize => self.bitrate.read_from(r),
            5usize => self.duration.read_from(r),
            6usize => self.four_cc.read_from(r),
            7usize => self.frame_rate.read_from(r),
            8usize => self.height.read_from(r),
            9usize => self.width.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.audio_bits_per_sample);
        w.field(1usize, &self.audio_channels);
        w.field(2usize, &self.audio_format);
        w.field(3usize, &self.audio_samples_per_second);
        w.field(4usize, &self.bitrate);
        w.field(5usize, &self.duration);
        w.field(6usize, &self.four_cc);
        w.field(7usize, &self.frame_rate);
        w.field(8usize, &self.height);
        w.field(9usize, &self.width);
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
rt::impl_object!(Video);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Video { with_audio_bits_per_sample audio_bits_per_sample : i32; with_audio_channels
    audio_channels : i32; with_audio_format audio_format : ::std::string::String;
    with_audio_samples_per_second audio_samples_per_second : i32; with_bitrate bitrate :
    i32; with_duration duration : i64; with_four_cc four_cc : ::std::string::String;
    with_frame_rate frame_rate : f64; with_height height : i32; with_width width : i32; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Video);
#[cfg(msgraph_v1_device_management_or_search)]
/// Generic visibility state.
///
/// CSDL: `microsoft.graph.visibilitySetting`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VisibilitySetting {
    /// Not configured.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Hide.
    ///
    /// `hide` (value 1).
    Hide,
    /// Show.
    ///
    /// `show` (value 2).
    Show,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for VisibilitySetting {
    const TYPE_NAME: &'static str = "microsoft.graph.visibilitySetting";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "hide", "show"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "hide" => Self::Hide,
                "show" => Self::Show,
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
            Self::Hide => "hide",
            Self::Show => "show",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(VisibilitySetting);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VisibilitySetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.visualInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VisualInfo {
    /// CSDL: property `attribution`: `microsoft.graph.imageInfo`, nullable.
    pub attribution: rt::Field<crate::v1::ImageInfo>,
    /// CSDL: property `backgroundColor`: `Edm.String`, nullable.
    pub background_color: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.Untyped`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayText`: `Edm.String`, not nullable.
    pub display_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for VisualInfo {
    #[inline]
    fn default() -> Self {
        Self {
            attribution: rt::Field::Absent,
            background_color: rt::Field::Absent,
            content: rt::Field::Absent,
            description: rt::Field::Absent,
            display_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for VisualInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.visualInfo";
    const KEYS: &'static [&'static str] = &[
        "attribution",
        "backgroundColor",
        "content",
        "description",
        "displayText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attribution\":                  ",
        ",\"backgroundColor\":              ",
        ",\"content\":                      ",
        ",\"description\":                  ",
        ",\"displayText\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.visualInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attribution", &self.attribution);
        v.field(1usize, "background_color", &self.background_color);
        v.field(2usize, "content", &self.content);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_text", &self.display_text);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for VisualInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attribution.read_from(r),
            1usize => self.background_color.read_from(r),
            2usize => self.content.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attribution);
        w.field(1usize, &self.background_color);
        w.field(2usize, &self.content);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_text);
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
rt::impl_object!(VisualInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    VisualInfo { with_attribution attribution : crate ::v1::ImageInfo;
    with_background_color background_color : ::std::string::String; with_content content
    : rt::RawJson; with_description description : ::std::string::String;
    with_display_text display_text : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(VisualInfo);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.volumeType`, enum type.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VolumeType {
    /// `operatingSystemVolume` (value 1).
    OperatingSystemVolume,
    /// `fixedDataVolume` (value 2).
    FixedDataVolume,
    /// `removableDataVolume` (value 3).
    RemovableDataVolume,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::StrEnum for VolumeType {
    const TYPE_NAME: &'static str = "microsoft.graph.volumeType";
    const MEMBERS: &'static [&'static str] = &[
        "operatingSystemVolume",
        "fixedDataVolume",
        "removableDataVolume",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "operatingSystemVolume" => Self::OperatingSystemVolume,
                "fixedDataVolume" => Self::FixedDataVolume,
                "removableDataVolume" => Self::RemovableDataVolume,
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
            Self::OperatingSystemVolume => "operatingSystemVolume",
            Self::FixedDataVolume => "fixedDataVolume",
            Self::RemovableDataVolume => "removableDataVolume",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_enum!(VolumeType);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VolumeType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for iOS Volume-Purchased Program (Vpp) Licensing Type.
///
/// CSDL: `microsoft.graph.vppLicensingType`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct VppLicensingType {
    /// Whether the program supports the device licensing type.
    ///
    /// CSDL: property `supportsDeviceLicensing`: `Edm.Boolean`, not nullable.
    pub supports_device_licensing: rt::Field<bool>,
    /// Whether the program supports the user licensing type.
    ///
    /// CSDL: property `supportsUserLicensing`: `Edm.Boolean`, not nullable.
    pub supports_user_licensing: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for VppLicensingType {
    #[inline]
    fn default() -> Self {
        Self {
            supports_device_licensing: rt::Field::Absent,
            supports_user_licensing: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for VppLicensingType {
    const TYPE_NAME: &'static str = "microsoft.graph.vppLicensingType";
    const KEYS: &'static [&'static str] = &[
        "supportsDeviceLicensing",
        "supportsUserLicensing",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"supportsDeviceLicensing\":      ",
        ",\"supportsUserLicensing\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vppLicensingType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "supports_device_licensing", &self.supports_device_licensing);
        v.field(1usize, "supports_user_licensing", &self.supports_user_licensing);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for VppLicensingType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.supports_device_licensing.read_from(r),
            1usize => self.supports_user_licensing.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.supports_device_licensing);
        w.field(1usize, &self.supports_user_licensing);
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
rt::impl_object!(VppLicensingType);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    VppLicensingType { with_supports_device_licensing supports_device_licensing : bool;
    with_supports_user_licensing supports_user_licensing : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppLicensingType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// You purchase multiple licenses for iOS apps through the Apple Volume Purchase Program for Business or Education. This involves setting up an Apple VPP account from the Apple website and uploading the Apple VPP Business or Education token to Intune. You can then synchronize your volume purchase information with Intune and track your volume-purchased app use. You can upload multiple Apple VPP Business or Education tokens.
///
/// CSDL: `microsoft.graph.vppToken`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VppTokenPath`](requests/trait.VppTokenPath.html), what a path to one (`EntityPath<VppToken, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct VppToken {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The apple Id associated with the given Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `appleId`: `Edm.String`, nullable.
    pub apple_id: rt::Field<::std::string::String>,
    /// Whether or not apps for the VPP token will be automatically updated.
    ///
    /// CSDL: property `automaticallyUpdateApps`: `Edm.Boolean`, not nullable.
    pub automatically_update_apps: rt::Field<bool>,
    /// Whether or not apps for the VPP token will be automatically updated.
    ///
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// The expiration date time of the Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last modification date time associated with the Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last time when an application sync was done with the Apple volume purchase program service using the the Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Current sync status of the last application sync which was triggered using the Apple Volume Purchase Program Token. Possible values are: `none`, `inProgress`, `completed`, `failed`.
    ///
    /// CSDL: property `lastSyncStatus`: `microsoft.graph.vppTokenSyncStatus`, not nullable.
    pub last_sync_status: rt::Field<crate::v1::VppTokenSyncStatus>,
    /// The organization associated with the Apple Volume Purchase Program Token
    ///
    /// CSDL: property `organizationName`: `Edm.String`, nullable.
    pub organization_name: rt::Field<::std::string::String>,
    /// Current state of the Apple Volume Purchase Program Token. Possible values are: `unknown`, `valid`, `expired`, `invalid`, `assignedToExternalMDM`.
    ///
    /// CSDL: property `state`: `microsoft.graph.vppTokenState`, not nullable.
    pub state: rt::Field<crate::v1::VppTokenState>,
    /// The Apple Volume Purchase Program Token string downloaded from the Apple Volume Purchase Program.
    ///
    /// CSDL: property `token`: `Edm.String`, nullable.
    pub token: rt::Field<::std::string::String>,
    /// The type of volume purchase program which the given Apple Volume Purchase Program Token is associated with. Possible values are: `business`, `education`.
    ///
    /// CSDL: property `vppTokenAccountType`: `microsoft.graph.vppTokenAccountType`, not nullable.
    pub vpp_token_account_type: rt::Field<crate::v1::VppTokenAccountType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for VppToken {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            apple_id: rt::Field::Absent,
            automatically_update_apps: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            last_sync_status: rt::Field::Absent,
            organization_name: rt::Field::Absent,
            state: rt::Field::Absent,
            token: rt::Field::Absent,
            vpp_token_account_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for VppToken {
    const TYPE_NAME: &'static str = "microsoft.graph.vppToken";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appleId",
        "automaticallyUpdateApps",
        "countryOrRegion",
        "expirationDateTime",
        "lastModifiedDateTime",
        "lastSyncDateTime",
        "lastSyncStatus",
        "organizationName",
        "state",
        "token",
        "vppTokenAccountType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appleId\":                      ",
        ",\"automaticallyUpdateApps\":      ",
        ",\"countryOrRegion\":              ",
        ",\"expirationDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"lastSyncDateTime\":             ",
        ",\"lastSyncStatus\":               ",
        ",\"organizationName\":             ",
        ",\"state\":                        ",
        ",\"token\":                        ",
        ",\"vppTokenAccountType\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vppToken\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "apple_id", &self.apple_id);
        v.field(2usize, "automatically_update_apps", &self.automatically_update_apps);
        v.field(3usize, "country_or_region", &self.country_or_region);
        v.field(4usize, "expiration_date_time", &self.expiration_date_time);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(7usize, "last_sync_status", &self.last_sync_status);
        v.field(8usize, "organization_name", &self.organization_name);
        v.field(9usize, "state", &self.state);
        v.field(10usize, "token", &self.token);
        v.field(11usize, "vpp_token_account_type", &self.vpp_token_account_type);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for VppToken {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.apple_id.read_from(r),
            2usize => self.automatically_update_apps.read_from(r),
            3usize => self.country_or_region.read_from(r),
            4usize => self.expiration_date_time.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.last_sync_date_time.read_from(r),
            7usize => self.last_sync_status.read_from(r),
            8usize => self.organization_name.read_from(r),
            9usize => self.state.read_from(r),
            10usize => self.token.read_from(r),
            11usize => self.vpp_token_account_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.apple_id);
        w.field(2usize, &self.automatically_update_apps);
        w.field(3usize, &self.country_or_region);
        w.field(4usize, &self.expiration_date_time);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.last_sync_date_time);
        w.field(7usize, &self.last_sync_status);
        w.field(8usize, &self.organization_name);
        w.field(9usize, &self.state);
        w.field(10usize, &self.token);
        w.field(11usize, &self.vpp_token_account_type);
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
rt::impl_object!(VppToken);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    VppToken { with_id id : ::std::string::String; with_apple_id apple_id :
    ::std::string::String; with_automatically_update_apps automatically_update_apps :
    bool; with_country_or_region country_or_region : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_last_sync_date_time last_sync_date_time : rt::edm::DateTimeOffset;
    with_last_sync_status last_sync_status : crate ::v1::VppTokenSyncStatus;
    with_organization_name organization_name : ::std::string::String; with_state state :
    crate ::v1::VppTokenState; with_token token : ::std::string::String;
    with_vpp_token_account_type vpp_token_account_type : crate ::v1::VppTokenAccountType;
    }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppToken);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Possible types of an Apple Volume Purchase Program token.
///
/// CSDL: `microsoft.graph.vppTokenAccountType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VppTokenAccountType {
    /// Apple Volume Purchase Program token associated with an business program.
    ///
    /// `business` (value 0).
    Business,
    /// Apple Volume Purchase Program token associated with an education program.
    ///
    /// `education` (value 1).
    Education,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for VppTokenAccountType {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenAccountType";
    const MEMBERS: &'static [&'static str] = &["business", "education"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "business" => Self::Business,
                "education" => Self::Education,
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
            Self::Business => "business",
            Self::Education => "education",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(VppTokenAccountType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenAccountType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Possible states associated with an Apple Volume Purchase Program token.
///
/// CSDL: `microsoft.graph.vppTokenState`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VppTokenState {
    /// Default state.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Token is valid.
    ///
    /// `valid` (value 1).
    Valid,
    /// Token is expired.
    ///
    /// `expired` (value 2).
    Expired,
    /// Token is invalid.
    ///
    /// `invalid` (value 3).
    Invalid,
    /// Token is managed by another MDM Service.
    ///
    /// `assignedToExternalMDM` (value 4).
    AssignedToExternalMdm,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for VppTokenState {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "valid",
        "expired",
        "invalid",
        "assignedToExternalMDM",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "valid" => Self::Valid,
                "expired" => Self::Expired,
                "invalid" => Self::Invalid,
                "assignedToExternalMDM" => Self::AssignedToExternalMdm,
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
            Self::Valid => "valid",
            Self::Expired => "expired",
            Self::Invalid => "invalid",
            Self::AssignedToExternalMdm => "assignedToExternalMDM",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(VppTokenState);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenState);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Possible sync statuses associated with an Apple Volume Purchase Program token.
///
/// CSDL: `microsoft.graph.vppTokenSyncStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VppTokenSyncStatus {
    /// Default status.
    ///
    /// `none` (value 0).
    None,
    /// Last Sync in progress.
    ///
    /// `inProgress` (value 1).
    InProgress,
    /// Last Sync completed successfully.
    ///
    /// `completed` (value 2).
    Completed,
    /// Last Sync failed.
    ///
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for VppTokenSyncStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenSyncStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "inProgress",
        "completed",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "inProgress" => Self::InProgress,
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
            Self::None => "none",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(VppTokenSyncStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenSyncStatus);
