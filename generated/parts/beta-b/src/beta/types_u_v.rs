//! Types of `microsoft.graph` by the first letters of their names (`u_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// A management condition expression that is evaluated using a unary operation.
///
/// CSDL: `microsoft.graph.unaryManagementConditionExpression`, complex type, derived from `microsoft.graph.managementConditionExpressionModel`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UnaryManagementConditionExpression {
    /// The operand of the unary operation.
    ///
    /// CSDL: property `operand`: `microsoft.graph.managementConditionExpressionModel`, not nullable.
    pub operand: rt::Field<crate::beta::AnyManagementConditionExpressionModel>,
    /// The operator used in the evaluation of the unary operation.
    ///
    /// CSDL: property `operator`: `microsoft.graph.unaryManagementConditionExpressionOperatorType`, not nullable.
    pub operator: rt::Field<crate::beta::UnaryManagementConditionExpressionOperatorType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UnaryManagementConditionExpression {
    #[inline]
    fn default() -> Self {
        Self {
            operand: rt::Field::Absent,
            operator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UnaryManagementConditionExpression {
    const TYPE_NAME: &'static str = "microsoft.graph.unaryManagementConditionExpression";
    const KEYS: &'static [&'static str] = &["operand", "operator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"operand\":                      ",
        ",\"operator\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unaryManagementConditionExpression\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "operand", &self.operand);
        v.field(1usize, "operator", &self.operator);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UnaryManagementConditionExpression {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.operand.read_from(r),
            1usize => self.operator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.operand);
        w.field(1usize, &self.operator);
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
rt::impl_object!(UnaryManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UnaryManagementConditionExpression { with_operand operand : crate
    ::beta::AnyManagementConditionExpressionModel; with_operator operator : crate
    ::beta::UnaryManagementConditionExpressionOperatorType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnaryManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.unaryManagementConditionExpressionOperatorType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UnaryManagementConditionExpressionOperatorType {
    /// `not` (value 0).
    Not,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UnaryManagementConditionExpressionOperatorType {
    const TYPE_NAME: &'static str = "microsoft.graph.unaryManagementConditionExpressionOperatorType";
    const MEMBERS: &'static [&'static str] = &["not"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "not" => Self::Not,
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
            Self::Not => "not",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UnaryManagementConditionExpressionOperatorType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnaryManagementConditionExpressionOperatorType);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRbacResourceAction`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRbacResourceActionPath`](requests/trait.UnifiedRbacResourceActionPath.html), what a path to one (`EntityPath<UnifiedRbacResourceAction, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRbacResourceAction {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actionVerb`: `Edm.String`, nullable.
    pub action_verb: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceScopeId`: `Edm.String`, nullable.
    pub resource_scope_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resourceScope`: `microsoft.graph.unifiedRbacResourceScope`, nullable.
    pub resource_scope: rt::Field<crate::beta::UnifiedRbacResourceScope>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRbacResourceAction {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_verb: rt::Field::Absent,
            description: rt::Field::Absent,
            name: rt::Field::Absent,
            resource_scope_id: rt::Field::Absent,
            resource_scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRbacResourceAction {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRbacResourceAction";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionVerb",
        "description",
        "name",
        "resourceScopeId",
        "resourceScope",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionVerb\":                   ",
        ",\"description\":                  ",
        ",\"name\":                         ",
        ",\"resourceScopeId\":              ",
        ",\"resourceScope\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRbacResourceAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_verb", &self.action_verb);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "resource_scope_id", &self.resource_scope_id);
        v.field(5usize, "resource_scope", &self.resource_scope);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRbacResourceAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_verb.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.resource_scope_id.read_from(r),
            5usize => self.resource_scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_verb);
        w.field(2usize, &self.description);
        w.field(3usize, &self.name);
        w.field(4usize, &self.resource_scope_id);
        w.field(5usize, &self.resource_scope);
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
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRbacResourceAction);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRbacResourceAction { with_id id : ::std::string::String; with_action_verb
    action_verb : ::std::string::String; with_description description :
    ::std::string::String; with_name name : ::std::string::String; with_resource_scope_id
    resource_scope_id : ::std::string::String; with_resource_scope resource_scope : crate
    ::beta::UnifiedRbacResourceScope; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRbacResourceAction);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRbacResourceNamespace`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRbacResourceNamespacePath`](requests/trait.UnifiedRbacResourceNamespacePath.html), what a path to one (`EntityPath<UnifiedRbacResourceNamespace, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRbacResourceNamespace {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resourceActions`: `Collection(microsoft.graph.unifiedRbacResourceAction)`, not nullable.
    pub resource_actions: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRbacResourceAction>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
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
#[cfg(msgraph_beta_role_management_or_search)]
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
#[cfg(msgraph_beta_role_management_or_search)]
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
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRbacResourceNamespace);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRbacResourceNamespace { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_resource_actions resource_actions : ::std::vec::Vec <
    crate ::beta::UnifiedRbacResourceAction >; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRbacResourceNamespace);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRbacResourceScope`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRbacResourceScope {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, not nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRbacResourceScope {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            scope: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRbacResourceScope {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRbacResourceScope";
    const KEYS: &'static [&'static str] = &["id", "displayName", "scope", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"scope\":                        ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRbacResourceScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "scope", &self.scope);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRbacResourceScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.scope.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.scope);
        w.field(3usize, &self.type_);
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
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRbacResourceScope);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRbacResourceScope { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_scope scope : ::std::string::String;
    with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRbacResourceScope);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.unitOfMeasure`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct UnitOfMeasure {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `internationalStandardCode`: `Edm.String`, nullable.
    pub international_standard_code: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for UnitOfMeasure {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            international_standard_code: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for UnitOfMeasure {
    const TYPE_NAME: &'static str = "microsoft.graph.unitOfMeasure";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "displayName",
        "internationalStandardCode",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"internationalStandardCode\":    ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unitOfMeasure\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "display_name", &self.display_name);
        v.field(
            3usize,
            "international_standard_code",
            &self.international_standard_code,
        );
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for UnitOfMeasure {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.international_standard_code.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.international_standard_code);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(UnitOfMeasure);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    UnitOfMeasure { with_id id : ::std::string::String; with_code code :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_international_standard_code international_standard_code : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnitOfMeasure);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.unmuteParticipantOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<UnmuteParticipantOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct UnmuteParticipantOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for UnmuteParticipantOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for UnmuteParticipantOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.unmuteParticipantOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unmuteParticipantOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for UnmuteParticipantOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(UnmuteParticipantOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    UnmuteParticipantOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::beta::ResultInfo; with_status status : crate ::beta::OperationStatus; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnmuteParticipantOperation);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.updateClassification`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UpdateClassification {
    /// `userDefined` (value 0).
    UserDefined,
    /// `recommendedAndImportant` (value 1).
    RecommendedAndImportant,
    /// `important` (value 2).
    Important,
    /// `none` (value 3).
    None,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UpdateClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.updateClassification";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "recommendedAndImportant",
        "important",
        "none",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "recommendedAndImportant" => Self::RecommendedAndImportant,
                "important" => Self::Important,
                "none" => Self::None,
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
            Self::RecommendedAndImportant => "recommendedAndImportant",
            Self::Important => "important",
            Self::None => "none",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UpdateClassification);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdateClassification);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.updateRecordingStatusOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<UpdateRecordingStatusOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct UpdateRecordingStatusOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for UpdateRecordingStatusOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for UpdateRecordingStatusOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.updateRecordingStatusOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateRecordingStatusOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for UpdateRecordingStatusOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(UpdateRecordingStatusOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    UpdateRecordingStatusOperation { with_id id : ::std::string::String;
    with_client_context client_context : ::std::string::String; with_result_info
    result_info : crate ::beta::ResultInfo; with_status status : crate
    ::beta::OperationStatus; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdateRecordingStatusOperation);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.updateWindow`, complex type.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone)]
pub struct UpdateWindow {
    /// CSDL: property `updateWindowEndTime`: `Edm.TimeOfDay`, nullable.
    pub update_window_end_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `updateWindowStartTime`: `Edm.TimeOfDay`, nullable.
    pub update_window_start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl ::std::default::Default for UpdateWindow {
    #[inline]
    fn default() -> Self {
        Self {
            update_window_end_time: rt::Field::Absent,
            update_window_start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::Object for UpdateWindow {
    const TYPE_NAME: &'static str = "microsoft.graph.updateWindow";
    const KEYS: &'static [&'static str] = &[
        "updateWindowEndTime",
        "updateWindowStartTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateWindowEndTime\":          ",
        ",\"updateWindowStartTime\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateWindow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "update_window_end_time", &self.update_window_end_time);
        v.field(1usize, "update_window_start_time", &self.update_window_start_time);
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::object::Members for UpdateWindow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_window_end_time.read_from(r),
            1usize => self.update_window_start_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_window_end_time);
        w.field(1usize, &self.update_window_start_time);
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
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_object!(UpdateWindow);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_setters!(
    UpdateWindow { with_update_window_end_time update_window_end_time :
    rt::edm::TimeOfDay; with_update_window_start_time update_window_start_time :
    rt::edm::TimeOfDay; }
);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdateWindow);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.updateWindowsDeviceAccountActionParameter`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UpdateWindowsDeviceAccountActionParameter {
    /// CSDL: property `calendarSyncEnabled`: `Edm.Boolean`, nullable.
    pub calendar_sync_enabled: rt::Field<bool>,
    /// CSDL: property `deviceAccount`: `microsoft.graph.windowsDeviceAccount`, nullable.
    pub device_account: rt::Field<crate::beta::AnyWindowsDeviceAccount>,
    /// CSDL: property `deviceAccountEmail`: `Edm.String`, nullable.
    pub device_account_email: rt::Field<::std::string::String>,
    /// CSDL: property `exchangeServer`: `Edm.String`, nullable.
    pub exchange_server: rt::Field<::std::string::String>,
    /// CSDL: property `passwordRotationEnabled`: `Edm.Boolean`, nullable.
    pub password_rotation_enabled: rt::Field<bool>,
    /// CSDL: property `sessionInitiationProtocalAddress`: `Edm.String`, nullable.
    pub session_initiation_protocal_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UpdateWindowsDeviceAccountActionParameter {
    #[inline]
    fn default() -> Self {
        Self {
            calendar_sync_enabled: rt::Field::Absent,
            device_account: rt::Field::Absent,
            device_account_email: rt::Field::Absent,
            exchange_server: rt::Field::Absent,
            password_rotation_enabled: rt::Field::Absent,
            session_initiation_protocal_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UpdateWindowsDeviceAccountActionParameter {
    const TYPE_NAME: &'static str = "microsoft.graph.updateWindowsDeviceAccountActionParameter";
    const KEYS: &'static [&'static str] = &[
        "calendarSyncEnabled",
        "deviceAccount",
        "deviceAccountEmail",
        "exchangeServer",
        "passwordRotationEnabled",
        "sessionInitiationProtocalAddress",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"calendarSyncEnabled\":          ",
        ",\"deviceAccount\":                ",
        ",\"deviceAccountEmail\":           ",
        ",\"exchangeServer\":               ",
        ",\"passwordRotationEnabled\":      ",
        ",\"sessionInitiationProtocalAddress\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateWindowsDeviceAccountActionParameter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "calendar_sync_enabled", &self.calendar_sync_enabled);
        v.field(1usize, "device_account", &self.device_account);
        v.field(2usize, "device_account_email", &self.device_account_email);
        v.field(3usize, "exchange_server", &self.exchange_server);
        v.field(4usize, "password_rotation_enabled", &self.password_rotation_enabled);
        v.field(
            5usize,
            "session_initiation_protocal_address",
            &self.session_initiation_protocal_address,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UpdateWindowsDeviceAccountActionParameter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.calendar_sync_enabled.read_from(r),
            1usize => self.device_account.read_from(r),
            2usize => self.device_account_email.read_from(r),
            3usize => self.exchange_server.read_from(r),
            4usize => self.password_rotation_enabled.read_from(r),
            5usize => self.session_initiation_protocal_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.calendar_sync_enabled);
        w.field(1usize, &self.device_account);
        w.field(2usize, &self.device_account_email);
        w.field(3usize, &self.exchange_server);
        w.field(4usize, &self.password_rotation_enabled);
        w.field(5usize, &self.session_initiation_protocal_address);
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
rt::impl_object!(UpdateWindowsDeviceAccountActionParameter);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UpdateWindowsDeviceAccountActionParameter { with_calendar_sync_enabled
    calendar_sync_enabled : bool; with_device_account device_account : crate
    ::beta::AnyWindowsDeviceAccount; with_device_account_email device_account_email :
    ::std::string::String; with_exchange_server exchange_server : ::std::string::String;
    with_password_rotation_enabled password_rotation_enabled : bool;
    with_session_initiation_protocal_address session_initiation_protocal_address :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdateWindowsDeviceAccountActionParameter);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_print_and_3_more)]
/// CSDL: `microsoft.graph.uploadSession`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 16 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UploadSession {
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `nextExpectedRanges`: `Collection(Edm.String)`, nullable.
    pub next_expected_ranges: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `uploadUrl`: `Edm.String`, nullable.
    pub upload_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_print_and_3_more)]
impl ::std::default::Default for UploadSession {
    #[inline]
    fn default() -> Self {
        Self {
            expiration_date_time: rt::Field::Absent,
            next_expected_ranges: rt::Field::Absent,
            upload_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_print_and_3_more)]
impl rt::Object for UploadSession {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadSession";
    const KEYS: &'static [&'static str] = &[
        "expirationDateTime",
        "nextExpectedRanges",
        "uploadUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expirationDateTime\":           ",
        ",\"nextExpectedRanges\":           ",
        ",\"uploadUrl\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uploadSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration_date_time", &self.expiration_date_time);
        v.field(1usize, "next_expected_ranges", &self.next_expected_ranges);
        v.field(2usize, "upload_url", &self.upload_url);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_print_and_3_more)]
impl rt::object::Members for UploadSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration_date_time.read_from(r),
            1usize => self.next_expected_ranges.read_from(r),
            2usize => self.upload_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration_date_time);
        w.field(1usize, &self.next_expected_ranges);
        w.field(2usize, &self.upload_url);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_print_and_3_more)]
rt::impl_object!(UploadSession);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_print_and_3_more)]
rt::impl_setters!(
    UploadSession { with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_next_expected_ranges next_expected_ranges :
    ::std::vec::Vec < ::std::string::String >; with_upload_url upload_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_print_and_3_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(UploadSession);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.uriClickSecurityState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct UriClickSecurityState {
    /// CSDL: property `clickAction`: `Edm.String`, nullable.
    pub click_action: rt::Field<::std::string::String>,
    /// CSDL: property `clickDateTime`: `Edm.DateTimeOffset`, nullable.
    pub click_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// CSDL: property `uriDomain`: `Edm.String`, nullable.
    pub uri_domain: rt::Field<::std::string::String>,
    /// CSDL: property `verdict`: `Edm.String`, nullable.
    pub verdict: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for UriClickSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            click_action: rt::Field::Absent,
            click_date_time: rt::Field::Absent,
            id: rt::Field::Absent,
            source_id: rt::Field::Absent,
            uri_domain: rt::Field::Absent,
            verdict: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for UriClickSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.uriClickSecurityState";
    const KEYS: &'static [&'static str] = &[
        "clickAction",
        "clickDateTime",
        "id",
        "sourceId",
        "uriDomain",
        "verdict",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clickAction\":                  ",
        ",\"clickDateTime\":                ",
        ",\"id\":                           ",
        ",\"sourceId\":                     ",
        ",\"uriDomain\":                    ",
        ",\"verdict\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uriClickSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "click_action", &self.click_action);
        v.field(1usize, "click_date_time", &self.click_date_time);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "source_id", &self.source_id);
        v.field(4usize, "uri_domain", &self.uri_domain);
        v.field(5usize, "verdict", &self.verdict);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for UriClickSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.click_action.read_from(r),
            1usize => self.click_date_time.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.source_id.read_from(r),
            4usize => self.uri_domain.read_from(r),
            5usize => self.verdict.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.click_action);
        w.field(1usize, &self.click_date_time);
        w.field(2usize, &self.id);
        w.field(3usize, &self.source_id);
        w.field(4usize, &self.uri_domain);
        w.field(5usize, &self.verdict);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(UriClickSecurityState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    UriClickSecurityState { with_click_action click_action : ::std::string::String;
    with_click_date_time click_date_time : rt::edm::DateTimeOffset; with_id id :
    ::std::string::String; with_source_id source_id : ::std::string::String;
    with_uri_domain uri_domain : ::std::string::String; with_verdict verdict :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UriClickSecurityState);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.userAccount`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct UserAccount {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `signinName`: `Edm.String`, nullable.
    pub signin_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.accountStatus`, nullable.
    pub status: rt::Field<crate::beta::AccountStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for UserAccount {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            service: rt::Field::Absent,
            signin_name: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for UserAccount {
    const TYPE_NAME: &'static str = "microsoft.graph.userAccount";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "lastSeenDateTime",
        "riskScore",
        "service",
        "signinName",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"lastSeenDateTime\":             ",
        ",\"riskScore\":                    ",
        ",\"service\":                      ",
        ",\"signinName\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userAccount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(2usize, "risk_score", &self.risk_score);
        v.field(3usize, "service", &self.service);
        v.field(4usize, "signin_name", &self.signin_name);
        v.field(5usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for UserAccount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.last_seen_date_time.read_from(r),
            2usize => self.risk_score.read_from(r),
            3usize => self.service.read_from(r),
            4usize => self.signin_name.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.last_seen_date_time);
        w.field(2usize, &self.risk_score);
        w.field(3usize, &self.service);
        w.field(4usize, &self.signin_name);
        w.field(5usize, &self.status);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(UserAccount);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    UserAccount { with_display_name display_name : ::std::string::String;
    with_last_seen_date_time last_seen_date_time : rt::edm::DateTimeOffset;
    with_risk_score risk_score : ::std::string::String; with_service service :
    ::std::string::String; with_signin_name signin_name : ::std::string::String;
    with_status status : crate ::beta::AccountStatus; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAccount);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userAccountInformation`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`UserAccountInformationPath`](requests/trait.UserAccountInformationPath.html), what a path to one (`EntityPath<UserAccountInformation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserAccountInformation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `ageGroup`: `Edm.String`, not nullable.
    pub age_group: rt::Field<::std::string::String>,
    /// CSDL: property `countryCode`: `Edm.String`, not nullable.
    pub country_code: rt::Field<::std::string::String>,
    /// CSDL: property `preferredLanguageTag`: `microsoft.graph.localeInfo`, not nullable.
    pub preferred_language_tag: rt::Field<crate::beta::LocaleInfo>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, not nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserAccountInformation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            age_group: rt::Field::Absent,
            country_code: rt::Field::Absent,
            preferred_language_tag: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserAccountInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.userAccountInformation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "ageGroup",
        "countryCode",
        "preferredLanguageTag",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"ageGroup\":                     ",
        ",\"countryCode\":                  ",
        ",\"preferredLanguageTag\":         ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userAccountInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "age_group", &self.age_group);
        v.field(10usize, "country_code", &self.country_code);
        v.field(11usize, "preferred_language_tag", &self.preferred_language_tag);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserAccountInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.age_group.read_from(r),
            10usize => self.country_code.read_from(r),
            11usize => self.preferred_language_tag.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.age_group);
        w.field(10usize, &self.country_code);
        w.field(11usize, &self.preferred_language_tag);
        w.field(12usize, &self.user_principal_name);
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
rt::impl_object!(UserAccountInformation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserAccountInformation { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_age_group age_group : ::std::string::String; with_country_code country_code :
    ::std::string::String; with_preferred_language_tag preferred_language_tag : crate
    ::beta::LocaleInfo; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAccountInformation);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.userAccountSecurityType`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserAccountSecurityType {
    /// `unknown` (value 0).
    Unknown,
    /// `standard` (value 1).
    Standard,
    /// `power` (value 2).
    Power,
    /// `administrator` (value 3).
    Administrator,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for UserAccountSecurityType {
    const TYPE_NAME: &'static str = "microsoft.graph.userAccountSecurityType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "standard",
        "power",
        "administrator",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "standard" => Self::Standard,
                "power" => Self::Power,
                "administrator" => Self::Administrator,
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
            Self::Standard => "standard",
            Self::Power => "power",
            Self::Administrator => "administrator",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(UserAccountSecurityType);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAccountSecurityType);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.userActivationCounts`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct UserActivationCounts {
    /// CSDL: property `activatedOnSharedComputer`: `Edm.Boolean`, nullable.
    pub activated_on_shared_computer: rt::Field<bool>,
    /// CSDL: property `android`: `Edm.Int64`, nullable.
    pub android: rt::Field<i64>,
    /// CSDL: property `ios`: `Edm.Int64`, nullable.
    pub ios: rt::Field<i64>,
    /// CSDL: property `lastActivatedDate`: `Edm.Date`, nullable.
    pub last_activated_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `mac`: `Edm.Int64`, nullable.
    pub mac: rt::Field<i64>,
    /// CSDL: property `productType`: `Edm.String`, nullable.
    pub product_type: rt::Field<::std::string::String>,
    /// CSDL: property `windows`: `Edm.Int64`, nullable.
    pub windows: rt::Field<i64>,
    /// CSDL: property `windows10Mobile`: `Edm.Int64`, nullable.
    pub windows10_mobile: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for UserActivationCounts {
    #[inline]
    fn default() -> Self {
        Self {
            activated_on_shared_computer: rt::Field::Absent,
            android: rt::Field::Absent,
            ios: rt::Field::Absent,
            last_activated_date: rt::Field::Absent,
            mac: rt::Field::Absent,
            product_type: rt::Field::Absent,
            windows: rt::Field::Absent,
            windows10_mobile: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for UserActivationCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.userActivationCounts";
    const KEYS: &'static [&'static str] = &[
        "activatedOnSharedComputer",
        "android",
        "ios",
        "lastActivatedDate",
        "mac",
        "productType",
        "windows",
        "windows10Mobile",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activatedOnSharedComputer\":    ",
        ",\"android\":                      ",
        ",\"ios\":                          ",
        ",\"lastActivatedDate\":            ",
        ",\"mac\":                          ",
        ",\"productType\":                  ",
        ",\"windows\":                      ",
        ",\"windows10Mobile\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userActivationCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "activated_on_shared_computer",
            &self.activated_on_shared_computer,
        );
        v.field(1usize, "android", &self.android);
        v.field(2usize, "ios", &self.ios);
        v.field(3usize, "last_activated_date", &self.last_activated_date);
        v.field(4usize, "mac", &self.mac);
        v.field(5usize, "product_type", &self.product_type);
        v.field(6usize, "windows", &self.windows);
        v.field(7usize, "windows10_mobile", &self.windows10_mobile);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for UserActivationCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activated_on_shared_computer.read_from(r),
            1usize => self.android.read_from(r),
            2usize => self.ios.read_from(r),
            3usize => self.last_activated_date.read_from(r),
            4usize => self.mac.read_from(r),
            5usize => self.product_type.read_from(r),
            6usize => self.windows.read_from(r),
            7usize => self.windows10_mobile.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activated_on_shared_computer);
        w.field(1usize, &self.android);
        w.field(2usize, &self.ios);
        w.field(3usize, &self.last_activated_date);
        w.field(4usize, &self.mac);
        w.field(5usize, &self.product_type);
        w.field(6usize, &self.windows);
        w.field(7usize, &self.windows10_mobile);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(UserActivationCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    UserActivationCounts { with_activated_on_shared_computer activated_on_shared_computer
    : bool; with_android android : i64; with_ios ios : i64; with_last_activated_date
    last_activated_date : rt::edm::Date; with_mac mac : i64; with_product_type
    product_type : ::std::string::String; with_windows windows : i64;
    with_windows10_mobile windows10_mobile : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserActivationCounts);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userAnalytics`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserAnalyticsPath`](requests/trait.UserAnalyticsPath.html), what a path to one (`EntityPath<UserAnalytics, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserAnalytics {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `settings`: `microsoft.graph.settings`, nullable.
    pub settings: rt::Field<crate::beta::Settings>,
    /// CSDL: containment navigation property `activityStatistics`: `Collection(microsoft.graph.activityStatistics)`, not nullable.
    pub activity_statistics: rt::Field<
        ::std::vec::Vec<crate::beta::AnyActivityStatistics>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserAnalytics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            settings: rt::Field::Absent,
            activity_statistics: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserAnalytics {
    const TYPE_NAME: &'static str = "microsoft.graph.userAnalytics";
    const KEYS: &'static [&'static str] = &["id", "settings", "activityStatistics"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"settings\":                     ",
        ",\"activityStatistics\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userAnalytics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "settings", &self.settings);
        v.field(2usize, "activity_statistics", &self.activity_statistics);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserAnalytics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.settings.read_from(r),
            2usize => self.activity_statistics.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.settings);
        w.field(2usize, &self.activity_statistics);
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
rt::impl_object!(UserAnalytics);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserAnalytics { with_id id : ::std::string::String; with_settings settings : crate
    ::beta::Settings; with_activity_statistics activity_statistics : ::std::vec::Vec <
    crate ::beta::AnyActivityStatistics >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAnalytics);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `binaryData`: `Edm.Binary`, nullable.
    pub binary_data: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            binary_data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.userConfiguration";
    const KEYS: &'static [&'static str] = &["id", "binaryData"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"binaryData\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "binary_data", &self.binary_data);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.binary_data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.binary_data);
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
rt::impl_object!(UserConfiguration);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserConfiguration { with_id id : ::std::string::String; with_binary_data binary_data
    : rt::edm::Binary; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.userEmailSource`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserEmailSource {
    /// `userPrincipalName` (value 0).
    UserPrincipalName,
    /// `primarySmtpAddress` (value 1).
    PrimarySmtpAddress,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UserEmailSource {
    const TYPE_NAME: &'static str = "microsoft.graph.userEmailSource";
    const MEMBERS: &'static [&'static str] = &[
        "userPrincipalName",
        "primarySmtpAddress",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userPrincipalName" => Self::UserPrincipalName,
                "primarySmtpAddress" => Self::PrimarySmtpAddress,
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
            Self::UserPrincipalName => "userPrincipalName",
            Self::PrimarySmtpAddress => "primarySmtpAddress",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UserEmailSource);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserEmailSource);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics applicaiton performance entity contains app performance details by app version.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion {
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
    /// The total usage time of the application in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appUsageDuration`: `Edm.Int32`, not nullable.
    pub app_usage_duration: rt::Field<i32>,
    /// The version of the application.
    ///
    /// CSDL: property `appVersion`: `Edm.String`, nullable.
    pub app_version: rt::Field<::std::string::String>,
    /// The mean time to failure for the app in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_crash_count: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_usage_duration: rt::Field::Absent,
            app_version: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appCrashCount",
        "appDisplayName",
        "appName",
        "appPublisher",
        "appUsageDuration",
        "appVersion",
        "meanTimeToFailureInMinutes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appCrashCount\":                ",
        ",\"appDisplayName\":               ",
        ",\"appName\":                      ",
        ",\"appPublisher\":                 ",
        ",\"appUsageDuration\":             ",
        ",\"appVersion\":                   ",
        ",\"meanTimeToFailureInMinutes\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_crash_count", &self.app_crash_count);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "app_name", &self.app_name);
        v.field(4usize, "app_publisher", &self.app_publisher);
        v.field(5usize, "app_usage_duration", &self.app_usage_duration);
        v.field(6usize, "app_version", &self.app_version);
        v.field(
            7usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_crash_count.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.app_name.read_from(r),
            4usize => self.app_publisher.read_from(r),
            5usize => self.app_usage_duration.read_from(r),
            6usize => self.app_version.read_from(r),
            7usize => self.mean_time_to_failure_in_minutes.read_from(r),
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
        w.field(5usize, &self.app_usage_duration);
        w.field(6usize, &self.app_version);
        w.field(7usize, &self.mean_time_to_failure_in_minutes);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion { with_id id :
    ::std::string::String; with_app_crash_count app_crash_count : i32;
    with_app_display_name app_display_name : ::std::string::String; with_app_name
    app_name : ::std::string::String; with_app_publisher app_publisher :
    ::std::string::String; with_app_usage_duration app_usage_duration : i32;
    with_app_version app_version : ::std::string::String;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics applicaiton performance entity contains app performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthApplicationPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of devices where the app has been active. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeDeviceCount`: `Edm.Int32`, not nullable.
    pub active_device_count: rt::Field<i32>,
    /// The number of crashes for the app. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appCrashCount`: `Edm.Int32`, not nullable.
    pub app_crash_count: rt::Field<i32>,
    /// The friendly name of the application.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The number of hangs for the app. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appHangCount`: `Edm.Int32`, not nullable.
    pub app_hang_count: rt::Field<i32>,
    /// The health score of the app. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `appHealthScore`: `Edm.Double`, not nullable.
    pub app_health_score: rt::Field<f64>,
    /// The overall health status of the app.
    ///
    /// CSDL: property `appHealthStatus`: `Edm.String`, nullable.
    pub app_health_status: rt::Field<::std::string::String>,
    /// The name of the application.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// The publisher of the application.
    ///
    /// CSDL: property `appPublisher`: `Edm.String`, nullable.
    pub app_publisher: rt::Field<::std::string::String>,
    /// The total usage time of the application in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appUsageDuration`: `Edm.Int32`, not nullable.
    pub app_usage_duration: rt::Field<i32>,
    /// The mean time to failure for the app in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
            app_health_status: rt::Field::Absent,
            app_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_usage_duration: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthApplicationPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDeviceCount",
        "appCrashCount",
        "appDisplayName",
        "appHangCount",
        "appHealthScore",
        "appHealthStatus",
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
        ",\"appHealthStatus\":              ",
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
        v.field(6usize, "app_health_status", &self.app_health_status);
        v.field(7usize, "app_name", &self.app_name);
        v.field(8usize, "app_publisher", &self.app_publisher);
        v.field(9usize, "app_usage_duration", &self.app_usage_duration);
        v.field(
            10usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
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
            6usize => self.app_health_status.read_from(r),
            7usize => self.app_name.read_from(r),
            8usize => self.app_publisher.read_from(r),
            9usize => self.app_usage_duration.read_from(r),
            10usize => self.mean_time_to_failure_in_minutes.read_from(r),
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
        w.field(6usize, &self.app_health_status);
        w.field(7usize, &self.app_name);
        w.field(8usize, &self.app_publisher);
        w.field(9usize, &self.app_usage_duration);
        w.field(10usize, &self.mean_time_to_failure_in_minutes);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthApplicationPerformance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthApplicationPerformance { with_id id :
    ::std::string::String; with_active_device_count active_device_count : i32;
    with_app_crash_count app_crash_count : i32; with_app_display_name app_display_name :
    ::std::string::String; with_app_hang_count app_hang_count : i32;
    with_app_health_score app_health_score : f64; with_app_health_status
    app_health_status : ::std::string::String; with_app_name app_name :
    ::std::string::String; with_app_publisher app_publisher : ::std::string::String;
    with_app_usage_duration app_usage_duration : i32;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthApplicationPerformance);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device OS version performance entity contains OS version performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthOsVersionPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of active devices for the OS version. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeDeviceCount`: `Edm.Int32`, not nullable.
    pub active_device_count: rt::Field<i32>,
    /// The mean time to failure for the OS version in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// The OS build number installed on the device.
    ///
    /// CSDL: property `osBuildNumber`: `Edm.String`, nullable.
    pub os_build_number: rt::Field<::std::string::String>,
    /// The OS version installed on the device.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// The app health score of the OS version. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `osVersionAppHealthScore`: `Edm.Double`, not nullable.
    pub os_version_app_health_score: rt::Field<f64>,
    /// The overall app health status of the OS version.
    ///
    /// CSDL: property `osVersionAppHealthStatus`: `Edm.String`, nullable.
    pub os_version_app_health_status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
            os_version_app_health_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthOsVersionPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDeviceCount",
        "meanTimeToFailureInMinutes",
        "osBuildNumber",
        "osVersion",
        "osVersionAppHealthScore",
        "osVersionAppHealthStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeDeviceCount\":            ",
        ",\"meanTimeToFailureInMinutes\":   ",
        ",\"osBuildNumber\":                ",
        ",\"osVersion\":                    ",
        ",\"osVersionAppHealthScore\":      ",
        ",\"osVersionAppHealthStatus\":     ",
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
        v.field(
            6usize,
            "os_version_app_health_status",
            &self.os_version_app_health_status,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
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
            6usize => self.os_version_app_health_status.read_from(r),
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
        w.field(6usize, &self.os_version_app_health_status);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthOsVersionPerformance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthOsVersionPerformance { with_id id :
    ::std::string::String; with_active_device_count active_device_count : i32;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32;
    with_os_build_number os_build_number : ::std::string::String; with_os_version
    os_version : ::std::string::String; with_os_version_app_health_score
    os_version_app_health_score : f64; with_os_version_app_health_status
    os_version_app_health_status : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthOsVersionPerformance);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics summary of Devices not windows autopilot ready.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAutopilotDevicesSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAutopilotDevicesSummary {
    /// The count of intune devices that are not autopilot registerd.
    ///
    /// CSDL: property `devicesNotAutopilotRegistered`: `Edm.Int32`, not nullable.
    pub devices_not_autopilot_registered: rt::Field<i32>,
    /// The count of intune devices not autopilot profile assigned.
    ///
    /// CSDL: property `devicesWithoutAutopilotProfileAssigned`: `Edm.Int32`, not nullable.
    pub devices_without_autopilot_profile_assigned: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsAutopilotDevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            devices_not_autopilot_registered: rt::Field::Absent,
            devices_without_autopilot_profile_assigned: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAutopilotDevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAutopilotDevicesSummary";
    const KEYS: &'static [&'static str] = &[
        "devicesNotAutopilotRegistered",
        "devicesWithoutAutopilotProfileAssigned",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"devicesNotAutopilotRegistered\":",
        ",\"devicesWithoutAutopilotProfileAssigned\":",
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
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAutopilotDevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.devices_not_autopilot_registered.read_from(r),
            1usize => self.devices_without_autopilot_profile_assigned.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.devices_not_autopilot_registered);
        w.field(1usize, &self.devices_without_autopilot_profile_assigned);
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
rt::impl_object!(UserExperienceAnalyticsAutopilotDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAutopilotDevicesSummary {
    with_devices_not_autopilot_registered devices_not_autopilot_registered : i32;
    with_devices_without_autopilot_profile_assigned
    devices_without_autopilot_profile_assigned : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAutopilotDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics baseline entity contains baseline values against which to compare the user experience analytics scores.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsBaseline`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsBaselinePath`](requests/trait.UserExperienceAnalyticsBaselinePath.html), what a path to one (`EntityPath<UserExperienceAnalyticsBaseline, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsBaseline {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date the custom baseline was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The name of the user experience analytics baseline.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Signifies if the current baseline is the commercial median baseline or a custom baseline.
    ///
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, not nullable.
    pub is_built_in: rt::Field<bool>,
    /// The user experience analytics app health metrics.
    ///
    /// CSDL: navigation property `appHealthMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub app_health_metrics: rt::Field<crate::beta::UserExperienceAnalyticsCategory>,
    /// The user experience analytics best practices metrics.
    ///
    /// CSDL: navigation property `bestPracticesMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub best_practices_metrics: rt::Field<crate::beta::UserExperienceAnalyticsCategory>,
    /// The user experience analytics device boot performance metrics.
    ///
    /// CSDL: navigation property `deviceBootPerformanceMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub device_boot_performance_metrics: rt::Field<
        crate::beta::UserExperienceAnalyticsCategory,
    >,
    /// The user experience analytics reboot analytics metrics.
    ///
    /// CSDL: navigation property `rebootAnalyticsMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub reboot_analytics_metrics: rt::Field<
        crate::beta::UserExperienceAnalyticsCategory,
    >,
    /// The user experience analytics resource performance metrics.
    ///
    /// CSDL: navigation property `resourcePerformanceMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub resource_performance_metrics: rt::Field<
        crate::beta::UserExperienceAnalyticsCategory,
    >,
    /// The user experience analytics work from anywhere metrics.
    ///
    /// CSDL: navigation property `workFromAnywhereMetrics`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub work_from_anywhere_metrics: rt::Field<
        crate::beta::UserExperienceAnalyticsCategory,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsBaseline {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            app_health_metrics: rt::Field::Absent,
            best_practices_metrics: rt::Field::Absent,
            device_boot_performance_metrics: rt::Field::Absent,
            reboot_analytics_metrics: rt::Field::Absent,
            resource_performance_metrics: rt::Field::Absent,
            work_from_anywhere_metrics: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsBaseline {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsBaseline";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "isBuiltIn",
        "appHealthMetrics",
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
        v.field(5usize, "best_practices_metrics", &self.best_practices_metrics);
        v.field(
            6usize,
            "device_boot_performance_metrics",
            &self.device_boot_performance_metrics,
        );
        v.field(7usize, "reboot_analytics_metrics", &self.reboot_analytics_metrics);
        v.field(
            8usize,
            "resource_performance_metrics",
            &self.resource_performance_metrics,
        );
        v.field(9usize, "work_from_anywhere_metrics", &self.work_from_anywhere_metrics);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsBaseline {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_built_in.read_from(r),
            4usize => self.app_health_metrics.read_from(r),
            5usize => self.best_practices_metrics.read_from(r),
            6usize => self.device_boot_performance_metrics.read_from(r),
            7usize => self.reboot_analytics_metrics.read_from(r),
            8usize => self.resource_performance_metrics.read_from(r),
            9usize => self.work_from_anywhere_metrics.read_from(r),
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
        w.field(5usize, &self.best_practices_metrics);
        w.field(6usize, &self.device_boot_performance_metrics);
        w.field(7usize, &self.reboot_analytics_metrics);
        w.field(8usize, &self.resource_performance_metrics);
        w.field(9usize, &self.work_from_anywhere_metrics);
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
rt::impl_object!(UserExperienceAnalyticsBaseline);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsBaseline { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_is_built_in is_built_in : bool;
    with_app_health_metrics app_health_metrics : crate
    ::beta::UserExperienceAnalyticsCategory; with_best_practices_metrics
    best_practices_metrics : crate ::beta::UserExperienceAnalyticsCategory;
    with_device_boot_performance_metrics device_boot_performance_metrics : crate
    ::beta::UserExperienceAnalyticsCategory; with_reboot_analytics_metrics
    reboot_analytics_metrics : crate ::beta::UserExperienceAnalyticsCategory;
    with_resource_performance_metrics resource_performance_metrics : crate
    ::beta::UserExperienceAnalyticsCategory; with_work_from_anywhere_metrics
    work_from_anywhere_metrics : crate ::beta::UserExperienceAnalyticsCategory; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsBaseline);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics category entity contains the scores and insights for the various metrics of a category.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsCategoryPath`](requests/trait.UserExperienceAnalyticsCategoryPath.html), what a path to one (`EntityPath<UserExperienceAnalyticsCategory, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The insights for the user experience analytics category.
    ///
    /// CSDL: property `insights`: `Collection(microsoft.graph.userExperienceAnalyticsInsight)`, nullable.
    pub insights: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsInsight>,
    >,
    /// The metric values for the user experience analytics category.
    ///
    /// CSDL: containment navigation property `metricValues`: `Collection(microsoft.graph.userExperienceAnalyticsMetric)`, not nullable.
    pub metric_values: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsMetric>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(UserExperienceAnalyticsCategory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsCategory { with_id id : ::std::string::String; with_insights
    insights : ::std::vec::Vec < crate ::beta::UserExperienceAnalyticsInsight >;
    with_metric_values metric_values : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsMetric >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience work from anywhere Cloud management devices summary.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsCloudManagementDevicesSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsCloudManagementDevicesSummary {
    /// Total number of  co-managed devices.
    ///
    /// CSDL: property `coManagedDeviceCount`: `Edm.Int32`, not nullable.
    pub co_managed_device_count: rt::Field<i32>,
    /// The count of intune devices that are not autopilot registerd.
    ///
    /// CSDL: property `intuneDeviceCount`: `Edm.Int32`, not nullable.
    pub intune_device_count: rt::Field<i32>,
    /// Total count of tenant attach devices.
    ///
    /// CSDL: property `tenantAttachDeviceCount`: `Edm.Int32`, not nullable.
    pub tenant_attach_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(UserExperienceAnalyticsCloudManagementDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsCloudManagementDevicesSummary { with_co_managed_device_count
    co_managed_device_count : i32; with_intune_device_count intune_device_count : i32;
    with_tenant_attach_device_count tenant_attach_device_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsCloudManagementDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device startup process details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceStartupProcess`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsDeviceStartupProcess {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user experience analytics device id.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// User experience analytics device startup process name.
    ///
    /// CSDL: property `processName`: `Edm.String`, nullable.
    pub process_name: rt::Field<::std::string::String>,
    /// The user experience analytics device startup process product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The User experience analytics device startup process publisher.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// User experience analytics device startup process impact in milliseconds.
    ///
    /// CSDL: property `startupImpactInMs`: `Edm.Int32`, not nullable.
    pub startup_impact_in_ms: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceStartupProcess {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            process_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            startup_impact_in_ms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceStartupProcess {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess";
    const KEYS: &'static [&'static str] = &[
        "id",
        "managedDeviceId",
        "processName",
        "productName",
        "publisher",
        "startupImpactInMs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"managedDeviceId\":              ",
        ",\"processName\":                  ",
        ",\"productName\":                  ",
        ",\"publisher\":                    ",
        ",\"startupImpactInMs\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceStartupProcess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "managed_device_id", &self.managed_device_id);
        v.field(2usize, "process_name", &self.process_name);
        v.field(3usize, "product_name", &self.product_name);
        v.field(4usize, "publisher", &self.publisher);
        v.field(5usize, "startup_impact_in_ms", &self.startup_impact_in_ms);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceStartupProcess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.managed_device_id.read_from(r),
            2usize => self.process_name.read_from(r),
            3usize => self.product_name.read_from(r),
            4usize => self.publisher.read_from(r),
            5usize => self.startup_impact_in_ms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.managed_device_id);
        w.field(2usize, &self.process_name);
        w.field(3usize, &self.product_name);
        w.field(4usize, &self.publisher);
        w.field(5usize, &self.startup_impact_in_ms);
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
rt::impl_object!(UserExperienceAnalyticsDeviceStartupProcess);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceStartupProcess { with_id id : ::std::string::String;
    with_managed_device_id managed_device_id : ::std::string::String; with_process_name
    process_name : ::std::string::String; with_product_name product_name :
    ::std::string::String; with_publisher publisher : ::std::string::String;
    with_startup_impact_in_ms startup_impact_in_ms : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceStartupProcess);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device startup process performance.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsDeviceStartupProcessPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// User experience analytics device startup process summarized count.
    ///
    /// CSDL: property `deviceCount`: `Edm.Int64`, not nullable.
    pub device_count: rt::Field<i64>,
    /// User experience analytics device startup process median impact in milliseconds.
    ///
    /// CSDL: property `medianImpactInMs`: `Edm.Int32`, not nullable.
    pub median_impact_in_ms: rt::Field<i32>,
    /// User experience analytics device startup process name.
    ///
    /// CSDL: property `processName`: `Edm.String`, nullable.
    pub process_name: rt::Field<::std::string::String>,
    /// The user experience analytics device startup process product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The User experience analytics device startup process publisher.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// User experience analytics device startup process total impact in milliseconds.
    ///
    /// CSDL: property `totalImpactInMs`: `Edm.Int32`, not nullable.
    pub total_impact_in_ms: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceStartupProcessPerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_count: rt::Field::Absent,
            median_impact_in_ms: rt::Field::Absent,
            process_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            total_impact_in_ms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceStartupProcessPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceCount",
        "medianImpactInMs",
        "processName",
        "productName",
        "publisher",
        "totalImpactInMs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceCount\":                  ",
        ",\"medianImpactInMs\":             ",
        ",\"processName\":                  ",
        ",\"productName\":                  ",
        ",\"publisher\":                    ",
        ",\"totalImpactInMs\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_count", &self.device_count);
        v.field(2usize, "median_impact_in_ms", &self.median_impact_in_ms);
        v.field(3usize, "process_name", &self.process_name);
        v.field(4usize, "product_name", &self.product_name);
        v.field(5usize, "publisher", &self.publisher);
        v.field(6usize, "total_impact_in_ms", &self.total_impact_in_ms);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceStartupProcessPerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_count.read_from(r),
            2usize => self.median_impact_in_ms.read_from(r),
            3usize => self.process_name.read_from(r),
            4usize => self.product_name.read_from(r),
            5usize => self.publisher.read_from(r),
            6usize => self.total_impact_in_ms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_count);
        w.field(2usize, &self.median_impact_in_ms);
        w.field(3usize, &self.process_name);
        w.field(4usize, &self.product_name);
        w.field(5usize, &self.publisher);
        w.field(6usize, &self.total_impact_in_ms);
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
rt::impl_object!(UserExperienceAnalyticsDeviceStartupProcessPerformance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceStartupProcessPerformance { with_id id :
    ::std::string::String; with_device_count device_count : i64; with_median_impact_in_ms
    median_impact_in_ms : i32; with_process_name process_name : ::std::string::String;
    with_product_name product_name : ::std::string::String; with_publisher publisher :
    ::std::string::String; with_total_impact_in_ms total_impact_in_ms : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceStartupProcessPerformance);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics insight is the recomendation to improve the user experience analytics score.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsInsight`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsInsight {
    /// The unique identifier of the user experience analytics insight.
    ///
    /// CSDL: property `insightId`: `Edm.String`, nullable.
    pub insight_id: rt::Field<::std::string::String>,
    /// The value of the user experience analytics insight.
    ///
    /// CSDL: property `severity`: `microsoft.graph.userExperienceAnalyticsInsightSeverity`, not nullable.
    pub severity: rt::Field<crate::beta::UserExperienceAnalyticsInsightSeverity>,
    /// The unique identifier of the user experience analytics insight.
    ///
    /// CSDL: property `userExperienceAnalyticsMetricId`: `Edm.String`, nullable.
    pub user_experience_analytics_metric_id: rt::Field<::std::string::String>,
    /// The value of the user experience analytics insight.
    ///
    /// CSDL: property `values`: `Collection(microsoft.graph.userExperienceAnalyticsInsightValue)`, nullable.
    pub values: rt::Field<
        ::std::vec::Vec<crate::beta::AnyUserExperienceAnalyticsInsightValue>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(UserExperienceAnalyticsInsight);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsInsight { with_insight_id insight_id : ::std::string::String;
    with_severity severity : crate ::beta::UserExperienceAnalyticsInsightSeverity;
    with_user_experience_analytics_metric_id user_experience_analytics_metric_id :
    ::std::string::String; with_values values : ::std::vec::Vec < crate
    ::beta::AnyUserExperienceAnalyticsInsightValue >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsInsight);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.userExperienceAnalyticsInsightSeverity`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserExperienceAnalyticsInsightSeverity {
    /// `none` (value 0).
    None,
    /// `informational` (value 1).
    Informational,
    /// `warning` (value 2).
    Warning,
    /// `error` (value 3).
    Error,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UserExperienceAnalyticsInsightSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsInsightSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "informational",
        "warning",
        "error",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "informational" => Self::Informational,
                "warning" => Self::Warning,
                "error" => Self::Error,
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UserExperienceAnalyticsInsightSeverity);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsInsightSeverity);
#[cfg(msgraph_beta_device_management_or_search)]
/// The value in an user experience analytics insight.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsInsightValue`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsInsightValue {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsInsightValue {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsInsightValue {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsInsightValue";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsInsightValue\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(UserExperienceAnalyticsInsightValue);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsInsightValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.userExperienceAnalyticsInsightValue` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUserExperienceAnalyticsInsightValue {
    UserExperienceAnalyticsInsightValue(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsInsightValue>,
    ),
    InsightValueDouble(::std::boxed::Box<crate::beta::InsightValueDouble>),
    InsightValueInt(::std::boxed::Box<crate::beta::InsightValueInt>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyUserExperienceAnalyticsInsightValue {
    #[inline]
    fn default() -> Self {
        Self::UserExperienceAnalyticsInsightValue(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsInsightValue>
for AnyUserExperienceAnalyticsInsightValue {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsInsightValue) -> Self {
        Self::UserExperienceAnalyticsInsightValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InsightValueDouble>
for AnyUserExperienceAnalyticsInsightValue {
    #[inline]
    fn from(v: crate::beta::InsightValueDouble) -> Self {
        Self::InsightValueDouble(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InsightValueInt>
for AnyUserExperienceAnalyticsInsightValue {
    #[inline]
    fn from(v: crate::beta::InsightValueInt) -> Self {
        Self::InsightValueInt(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUserExperienceAnalyticsInsightValue {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsInsightValue>();
    rt::object::auto_traits::<crate::beta::InsightValueDouble>();
    rt::object::auto_traits::<crate::beta::InsightValueInt>();
};
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyUserExperienceAnalyticsInsightValue);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUserExperienceAnalyticsInsightValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics Device not windows autopilot ready.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsNotAutopilotReadyDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The intune device's autopilotProfileAssigned.
    ///
    /// CSDL: property `autoPilotProfileAssigned`: `Edm.Boolean`, not nullable.
    pub auto_pilot_profile_assigned: rt::Field<bool>,
    /// The intune device's autopilotRegistered.
    ///
    /// CSDL: property `autoPilotRegistered`: `Edm.Boolean`, not nullable.
    pub auto_pilot_registered: rt::Field<bool>,
    /// The intune device's azure Ad joinType.
    ///
    /// CSDL: property `azureAdJoinType`: `Edm.String`, nullable.
    pub azure_ad_join_type: rt::Field<::std::string::String>,
    /// The intune device's azureAdRegistered.
    ///
    /// CSDL: property `azureAdRegistered`: `Edm.Boolean`, nullable.
    pub azure_ad_registered: rt::Field<bool>,
    /// The intune device's name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The intune device's managed by.
    ///
    /// CSDL: property `managedBy`: `Edm.String`, nullable.
    pub managed_by: rt::Field<::std::string::String>,
    /// The intune device's manufacturer.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The intune device's model.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// The intune device's serial number.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsNotAutopilotReadyDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            auto_pilot_profile_assigned: rt::Field::Absent,
            auto_pilot_registered: rt::Field::Absent,
            azure_ad_join_type: rt::Field::Absent,
            azure_ad_registered: rt::Field::Absent,
            device_name: rt::Field::Absent,
            managed_by: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsNotAutopilotReadyDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "autoPilotProfileAssigned",
        "autoPilotRegistered",
        "azureAdJoinType",
        "azureAdRegistered",
        "deviceName",
        "managedBy",
        "manufacturer",
        "model",
        "serialNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"autoPilotProfileAssigned\":     ",
        ",\"autoPilotRegistered\":          ",
        ",\"azureAdJoinType\":              ",
        ",\"azureAdRegistered\":            ",
        ",\"deviceName\":                   ",
        ",\"managedBy\":                    ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"serialNumber\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "auto_pilot_profile_assigned",
            &self.auto_pilot_profile_assigned,
        );
        v.field(2usize, "auto_pilot_registered", &self.auto_pilot_registered);
        v.field(3usize, "azure_ad_join_type", &self.azure_ad_join_type);
        v.field(4usize, "azure_ad_registered", &self.azure_ad_registered);
        v.field(5usize, "device_name", &self.device_name);
        v.field(6usize, "managed_by", &self.managed_by);
        v.field(7usize, "manufacturer", &self.manufacturer);
        v.field(8usize, "model", &self.model);
        v.field(9usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsNotAutopilotReadyDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.auto_pilot_profile_assigned.read_from(r),
            2usize => self.auto_pilot_registered.read_from(r),
            3usize => self.azure_ad_join_type.read_from(r),
            4usize => self.azure_ad_registered.read_from(r),
            5usize => self.device_name.read_from(r),
            6usize => self.managed_by.read_from(r),
            7usize => self.manufacturer.read_from(r),
            8usize => self.model.read_from(r),
            9usize => self.serial_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.auto_pilot_profile_assigned);
        w.field(2usize, &self.auto_pilot_registered);
        w.field(3usize, &self.azure_ad_join_type);
        w.field(4usize, &self.azure_ad_registered);
        w.field(5usize, &self.device_name);
        w.field(6usize, &self.managed_by);
        w.field(7usize, &self.manufacturer);
        w.field(8usize, &self.model);
        w.field(9usize, &self.serial_number);
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
rt::impl_object!(UserExperienceAnalyticsNotAutopilotReadyDevice);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsNotAutopilotReadyDevice { with_id id : ::std::string::String;
    with_auto_pilot_profile_assigned auto_pilot_profile_assigned : bool;
    with_auto_pilot_registered auto_pilot_registered : bool; with_azure_ad_join_type
    azure_ad_join_type : ::std::string::String; with_azure_ad_registered
    azure_ad_registered : bool; with_device_name device_name : ::std::string::String;
    with_managed_by managed_by : ::std::string::String; with_manufacturer manufacturer :
    ::std::string::String; with_model model : ::std::string::String; with_serial_number
    serial_number : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsNotAutopilotReadyDevice);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics overview entity contains the overall score and the scores and insights of every metric of all categories.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user experience analytics insights.
    ///
    /// CSDL: property `insights`: `Collection(microsoft.graph.userExperienceAnalyticsInsight)`, nullable.
    pub insights: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsInsight>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(UserExperienceAnalyticsOverview);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsOverview { with_id id : ::std::string::String; with_insights
    insights : ::std::vec::Vec < crate ::beta::UserExperienceAnalyticsInsight >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsOverview);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics Regression Summary.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsRegressionSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsRegressionSummaryPath`](requests/trait.UserExperienceAnalyticsRegressionSummaryPath.html), what a path to one (`EntityPath<UserExperienceAnalyticsRegressionSummary, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsRegressionSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The metric values for the user experience analytics Manufacturer regression.
    ///
    /// CSDL: containment navigation property `manufacturerRegression`: `Collection(microsoft.graph.userExperienceAnalyticsMetric)`, not nullable.
    pub manufacturer_regression: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsMetric>,
    >,
    /// The metric values for the user experience analytics model regression.
    ///
    /// CSDL: containment navigation property `modelRegression`: `Collection(microsoft.graph.userExperienceAnalyticsMetric)`, not nullable.
    pub model_regression: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsMetric>,
    >,
    /// The metric values for the user experience analytics operating system regression.
    ///
    /// CSDL: containment navigation property `operatingSystemRegression`: `Collection(microsoft.graph.userExperienceAnalyticsMetric)`, not nullable.
    pub operating_system_regression: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsMetric>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsRegressionSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            manufacturer_regression: rt::Field::Absent,
            model_regression: rt::Field::Absent,
            operating_system_regression: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsRegressionSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsRegressionSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "manufacturerRegression",
        "modelRegression",
        "operatingSystemRegression",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"manufacturerRegression\":       ",
        ",\"modelRegression\":              ",
        ",\"operatingSystemRegression\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsRegressionSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "manufacturer_regression", &self.manufacturer_regression);
        v.field(2usize, "model_regression", &self.model_regression);
        v.field(
            3usize,
            "operating_system_regression",
            &self.operating_system_regression,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsRegressionSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.manufacturer_regression.read_from(r),
            2usize => self.model_regression.read_from(r),
            3usize => self.operating_system_regression.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.manufacturer_regression);
        w.field(2usize, &self.model_regression);
        w.field(3usize, &self.operating_system_regression);
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
rt::impl_object!(UserExperienceAnalyticsRegressionSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsRegressionSummary { with_id id : ::std::string::String;
    with_manufacturer_regression manufacturer_regression : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsMetric >; with_model_regression model_regression :
    ::std::vec::Vec < crate ::beta::UserExperienceAnalyticsMetric >;
    with_operating_system_regression operating_system_regression : ::std::vec::Vec <
    crate ::beta::UserExperienceAnalyticsMetric >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsRegressionSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analyte remote connection entity.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsRemoteConnection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsRemoteConnection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The sign in failure percentage of Cloud PC Device. Valid values 0 to 100
    ///
    /// CSDL: property `cloudPcFailurePercentage`: `Edm.Double`, not nullable.
    pub cloud_pc_failure_percentage: rt::Field<f64>,
    /// The round tip time of Cloud PC Device. Valid values 0 to 1.79769313486232E+308
    ///
    /// CSDL: property `cloudPcRoundTripTime`: `Edm.Double`, not nullable.
    pub cloud_pc_round_trip_time: rt::Field<f64>,
    /// The sign in time of Cloud PC Device. Valid values 0 to 1.79769313486232E+308
    ///
    /// CSDL: property `cloudPcSignInTime`: `Edm.Double`, not nullable.
    pub cloud_pc_sign_in_time: rt::Field<f64>,
    /// The core boot time of Cloud PC Device. Valid values 0 to 1.79769313486232E+308
    ///
    /// CSDL: property `coreBootTime`: `Edm.Double`, not nullable.
    pub core_boot_time: rt::Field<f64>,
    /// The core sign in time of Cloud PC Device. Valid values 0 to 1.79769313486232E+308
    ///
    /// CSDL: property `coreSignInTime`: `Edm.Double`, not nullable.
    pub core_sign_in_time: rt::Field<f64>,
    /// The count of remote connection. Valid values 0 to 2147483647
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// The id of the device.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The name of the device.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The user experience analytics device model.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// The remote sign in time of Cloud PC Device. Valid values 0 to 1.79769313486232E+308
    ///
    /// CSDL: property `remoteSignInTime`: `Edm.Double`, not nullable.
    pub remote_sign_in_time: rt::Field<f64>,
    /// The user experience analytics virtual network.
    ///
    /// CSDL: property `virtualNetwork`: `Edm.String`, nullable.
    pub virtual_network: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsRemoteConnection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cloud_pc_failure_percentage: rt::Field::Absent,
            cloud_pc_round_trip_time: rt::Field::Absent,
            cloud_pc_sign_in_time: rt::Field::Absent,
            core_boot_time: rt::Field::Absent,
            core_sign_in_time: rt::Field::Absent,
            device_count: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            model: rt::Field::Absent,
            remote_sign_in_time: rt::Field::Absent,
            virtual_network: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsRemoteConnection {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsRemoteConnection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cloudPcFailurePercentage",
        "cloudPcRoundTripTime",
        "cloudPcSignInTime",
        "coreBootTime",
        "coreSignInTime",
        "deviceCount",
        "deviceId",
        "deviceName",
        "model",
        "remoteSignInTime",
        "virtualNetwork",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cloudPcFailurePercentage\":     ",
        ",\"cloudPcRoundTripTime\":         ",
        ",\"cloudPcSignInTime\":            ",
        ",\"coreBootTime\":                 ",
        ",\"coreSignInTime\":               ",
        ",\"deviceCount\":                  ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"model\":                        ",
        ",\"remoteSignInTime\":             ",
        ",\"virtualNetwork\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsRemoteConnection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "cloud_pc_failure_percentage",
            &self.cloud_pc_failure_percentage,
        );
        v.field(2usize, "cloud_pc_round_trip_time", &self.cloud_pc_round_trip_time);
        v.field(3usize, "cloud_pc_sign_in_time", &self.cloud_pc_sign_in_time);
        v.field(4usize, "core_boot_time", &self.core_boot_time);
        v.field(5usize, "core_sign_in_time", &self.core_sign_in_time);
        v.field(6usize, "device_count", &self.device_count);
        v.field(7usize, "device_id", &self.device_id);
        v.field(8usize, "device_name", &self.device_name);
        v.field(9usize, "model", &self.model);
        v.field(10usize, "remote_sign_in_time", &self.remote_sign_in_time);
        v.field(11usize, "virtual_network", &self.virtual_network);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsRemoteConnection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cloud_pc_failure_percentage.read_from(r),
            2usize => self.cloud_pc_round_trip_time.read_from(r),
            3usize => self.cloud_pc_sign_in_time.read_from(r),
            4usize => self.core_boot_time.read_from(r),
            5usize => self.core_sign_in_time.read_from(r),
            6usize => self.device_count.read_from(r),
            7usize => self.device_id.read_from(r),
            8usize => self.device_name.read_from(r),
            9usize => self.model.read_from(r),
            10usize => self.remote_sign_in_time.read_from(r),
            11usize => self.virtual_network.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cloud_pc_failure_percentage);
        w.field(2usize, &self.cloud_pc_round_trip_time);
        w.field(3usize, &self.cloud_pc_sign_in_time);
        w.field(4usize, &self.core_boot_time);
        w.field(5usize, &self.core_sign_in_time);
        w.field(6usize, &self.device_count);
        w.field(7usize, &self.device_id);
        w.field(8usize, &self.device_name);
        w.field(9usize, &self.model);
        w.field(10usize, &self.remote_sign_in_time);
        w.field(11usize, &self.virtual_network);
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
rt::impl_object!(UserExperienceAnalyticsRemoteConnection);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsRemoteConnection { with_id id : ::std::string::String;
    with_cloud_pc_failure_percentage cloud_pc_failure_percentage : f64;
    with_cloud_pc_round_trip_time cloud_pc_round_trip_time : f64;
    with_cloud_pc_sign_in_time cloud_pc_sign_in_time : f64; with_core_boot_time
    core_boot_time : f64; with_core_sign_in_time core_sign_in_time : f64;
    with_device_count device_count : i32; with_device_id device_id :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_model model : ::std::string::String; with_remote_sign_in_time
    remote_sign_in_time : f64; with_virtual_network virtual_network :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsRemoteConnection);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics work from anywhere Windows 10 devices summary.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWindows10DevicesSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsWindows10DevicesSummary {
    /// The count of Windows 10 devices that have unsupported OS versions.
    ///
    /// CSDL: property `unsupportedOSversionDeviceCount`: `Edm.Int32`, not nullable.
    pub unsupported_o_sversion_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsWindows10DevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            unsupported_o_sversion_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(UserExperienceAnalyticsWindows10DevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWindows10DevicesSummary {
    with_unsupported_o_sversion_device_count unsupported_o_sversion_device_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWindows10DevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics Device for work from anywhere report
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsWorkFromAnywhereDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user experience analytics work from anywhere intune device's autopilotProfileAssigned.
    ///
    /// CSDL: property `autoPilotProfileAssigned`: `Edm.Boolean`, nullable.
    pub auto_pilot_profile_assigned: rt::Field<bool>,
    /// The user experience work from anywhere intune device's autopilotRegistered.
    ///
    /// CSDL: property `autoPilotRegistered`: `Edm.Boolean`, nullable.
    pub auto_pilot_registered: rt::Field<bool>,
    /// The user experience work from anywhere azure Ad device Id.
    ///
    /// CSDL: property `azureAdDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// The user experience work from anywhere device's azure Ad joinType.
    ///
    /// CSDL: property `azureAdJoinType`: `Edm.String`, nullable.
    pub azure_ad_join_type: rt::Field<::std::string::String>,
    /// The user experience work from anywhere device's azureAdRegistered.
    ///
    /// CSDL: property `azureAdRegistered`: `Edm.Boolean`, nullable.
    pub azure_ad_registered: rt::Field<bool>,
    /// The work from anywhere device's name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The user experience work from anywhere management agent of the device.
    ///
    /// CSDL: property `managedBy`: `Edm.String`, nullable.
    pub managed_by: rt::Field<::std::string::String>,
    /// The user experience work from anywhere device's manufacturer.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The user experience work from anywhere device's model.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// The user experience work from anywhere device's OS Description.
    ///
    /// CSDL: property `osDescription`: `Edm.String`, nullable.
    pub os_description: rt::Field<::std::string::String>,
    /// The user experience work from anywhere device's OS Version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// The user experience work from anywhere device's ownership.
    ///
    /// CSDL: property `ownership`: `Edm.String`, nullable.
    pub ownership: rt::Field<::std::string::String>,
    /// The user experience work from anywhere device's serial number.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsWorkFromAnywhereDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            auto_pilot_profile_assigned: rt::Field::Absent,
            auto_pilot_registered: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            azure_ad_join_type: rt::Field::Absent,
            azure_ad_registered: rt::Field::Absent,
            device_name: rt::Field::Absent,
            managed_by: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            os_description: rt::Field::Absent,
            os_version: rt::Field::Absent,
            ownership: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWorkFromAnywhereDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "autoPilotProfileAssigned",
        "autoPilotRegistered",
        "azureAdDeviceId",
        "azureAdJoinType",
        "azureAdRegistered",
        "deviceName",
        "managedBy",
        "manufacturer",
        "model",
        "osDescription",
        "osVersion",
        "ownership",
        "serialNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"autoPilotProfileAssigned\":     ",
        ",\"autoPilotRegistered\":          ",
        ",\"azureAdDeviceId\":              ",
        ",\"azureAdJoinType\":              ",
        ",\"azureAdRegistered\":            ",
        ",\"deviceName\":                   ",
        ",\"managedBy\":                    ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"osDescription\":                ",
        ",\"osVersion\":                    ",
        ",\"ownership\":                    ",
        ",\"serialNumber\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "auto_pilot_profile_assigned",
            &self.auto_pilot_profile_assigned,
        );
        v.field(2usize, "auto_pilot_registered", &self.auto_pilot_registered);
        v.field(3usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(4usize, "azure_ad_join_type", &self.azure_ad_join_type);
        v.field(5usize, "azure_ad_registered", &self.azure_ad_registered);
        v.field(6usize, "device_name", &self.device_name);
        v.field(7usize, "managed_by", &self.managed_by);
        v.field(8usize, "manufacturer", &self.manufacturer);
        v.field(9usize, "model", &self.model);
        v.field(10usize, "os_description", &self.os_description);
        v.field(11usize, "os_version", &self.os_version);
        v.field(12usize, "ownership", &self.ownership);
        v.field(13usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsWorkFromAnywhereDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.auto_pilot_profile_assigned.read_from(r),
            2usize => self.auto_pilot_registered.read_from(r),
            3usize => self.azure_ad_device_id.read_from(r),
            4usize => self.azure_ad_join_type.read_from(r),
            5usize => self.azure_ad_registered.read_from(r),
            6usize => self.device_name.read_from(r),
            7usize => self.managed_by.read_from(r),
            8usize => self.manufacturer.read_from(r),
            9usize => self.model.read_from(r),
            10usize => self.os_description.read_from(r),
            11usize => self.os_version.read_from(r),
            12usize => self.ownership.read_from(r),
            13usize => self.serial_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.auto_pilot_profile_assigned);
        w.field(2usize, &self.auto_pilot_registered);
        w.field(3usize, &self.azure_ad_device_id);
        w.field(4usize, &self.azure_ad_join_type);
        w.field(5usize, &self.azure_ad_registered);
        w.field(6usize, &self.device_name);
        w.field(7usize, &self.managed_by);
        w.field(8usize, &self.manufacturer);
        w.field(9usize, &self.model);
        w.field(10usize, &self.os_description);
        w.field(11usize, &self.os_version);
        w.field(12usize, &self.ownership);
        w.field(13usize, &self.serial_number);
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
rt::impl_object!(UserExperienceAnalyticsWorkFromAnywhereDevice);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWorkFromAnywhereDevice { with_id id : ::std::string::String;
    with_auto_pilot_profile_assigned auto_pilot_profile_assigned : bool;
    with_auto_pilot_registered auto_pilot_registered : bool; with_azure_ad_device_id
    azure_ad_device_id : ::std::string::String; with_azure_ad_join_type
    azure_ad_join_type : ::std::string::String; with_azure_ad_registered
    azure_ad_registered : bool; with_device_name device_name : ::std::string::String;
    with_managed_by managed_by : ::std::string::String; with_manufacturer manufacturer :
    ::std::string::String; with_model model : ::std::string::String; with_os_description
    os_description : ::std::string::String; with_os_version os_version :
    ::std::string::String; with_ownership ownership : ::std::string::String;
    with_serial_number serial_number : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWorkFromAnywhereDevice);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics Work From Anywhere metrics devices summary.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevicesSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    /// The value of work from anywhere autopilot devices summary.
    ///
    /// CSDL: property `autopilotDevicesSummary`: `microsoft.graph.userExperienceAnalyticsAutopilotDevicesSummary`, nullable.
    pub autopilot_devices_summary: rt::Field<
        crate::beta::UserExperienceAnalyticsAutopilotDevicesSummary,
    >,
    /// The user experience work from anywhere Cloud management devices summary.
    ///
    /// CSDL: property `cloudManagementDevicesSummary`: `microsoft.graph.userExperienceAnalyticsCloudManagementDevicesSummary`, nullable.
    pub cloud_management_devices_summary: rt::Field<
        crate::beta::UserExperienceAnalyticsCloudManagementDevicesSummary,
    >,
    /// The user experience analytics work from anywhere Windows 10 devices summary.
    ///
    /// CSDL: property `windows10DevicesSummary`: `microsoft.graph.userExperienceAnalyticsWindows10DevicesSummary`, nullable.
    pub windows10_devices_summary: rt::Field<
        crate::beta::UserExperienceAnalyticsWindows10DevicesSummary,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            autopilot_devices_summary: rt::Field::Absent,
            cloud_management_devices_summary: rt::Field::Absent,
            windows10_devices_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevicesSummary";
    const KEYS: &'static [&'static str] = &[
        "autopilotDevicesSummary",
        "cloudManagementDevicesSummary",
        "windows10DevicesSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"autopilotDevicesSummary\":      ",
        ",\"cloudManagementDevicesSummary\":",
        ",\"windows10DevicesSummary\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevicesSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "autopilot_devices_summary", &self.autopilot_devices_summary);
        v.field(
            1usize,
            "cloud_management_devices_summary",
            &self.cloud_management_devices_summary,
        );
        v.field(2usize, "windows10_devices_summary", &self.windows10_devices_summary);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.autopilot_devices_summary.read_from(r),
            1usize => self.cloud_management_devices_summary.read_from(r),
            2usize => self.windows10_devices_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.autopilot_devices_summary);
        w.field(1usize, &self.cloud_management_devices_summary);
        w.field(2usize, &self.windows10_devices_summary);
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
rt::impl_object!(UserExperienceAnalyticsWorkFromAnywhereDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    with_autopilot_devices_summary autopilot_devices_summary : crate
    ::beta::UserExperienceAnalyticsAutopilotDevicesSummary;
    with_cloud_management_devices_summary cloud_management_devices_summary : crate
    ::beta::UserExperienceAnalyticsCloudManagementDevicesSummary;
    with_windows10_devices_summary windows10_devices_summary : crate
    ::beta::UserExperienceAnalyticsWindows10DevicesSummary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWorkFromAnywhereDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics metric for work from anywhere report
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsWorkFromAnywhereMetricPath`](requests/trait.UserExperienceAnalyticsWorkFromAnywhereMetricPath.html), what a path to one (`EntityPath<UserExperienceAnalyticsWorkFromAnywhereMetric, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsWorkFromAnywhereMetric {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The work from anywhere metric devices.
    ///
    /// CSDL: containment navigation property `metricDevices`: `Collection(microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice)`, not nullable.
    pub metric_devices: rt::Field<
        ::std::vec::Vec<crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsWorkFromAnywhereMetric {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            metric_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWorkFromAnywhereMetric {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric";
    const KEYS: &'static [&'static str] = &["id", "metricDevices"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"metricDevices\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "metric_devices", &self.metric_devices);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsWorkFromAnywhereMetric {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.metric_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.metric_devices);
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
rt::impl_object!(UserExperienceAnalyticsWorkFromAnywhereMetric);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWorkFromAnywhereMetric { with_id id : ::std::string::String;
    with_metric_devices metric_devices : ::std::vec::Vec < crate
    ::beta::UserExperienceAnalyticsWorkFromAnywhereDevice >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWorkFromAnywhereMetric);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.userIdentityType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserIdentityType {
    /// `aadUser` (value 0).
    AadUser,
    /// `onPremiseAadUser` (value 1).
    OnPremiseAadUser,
    /// `anonymousGuest` (value 2).
    AnonymousGuest,
    /// `federatedUser` (value 3).
    FederatedUser,
    /// `personalMicrosoftAccountUser` (value 4).
    PersonalMicrosoftAccountUser,
    /// `skypeUser` (value 5).
    SkypeUser,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for UserIdentityType {
    const TYPE_NAME: &'static str = "microsoft.graph.userIdentityType";
    const MEMBERS: &'static [&'static str] = &[
        "aadUser",
        "onPremiseAadUser",
        "anonymousGuest",
        "federatedUser",
        "personalMicrosoftAccountUser",
        "skypeUser",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aadUser" => Self::AadUser,
                "onPremiseAadUser" => Self::OnPremiseAadUser,
                "anonymousGuest" => Self::AnonymousGuest,
                "federatedUser" => Self::FederatedUser,
                "personalMicrosoftAccountUser" => Self::PersonalMicrosoftAccountUser,
                "skypeUser" => Self::SkypeUser,
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
            Self::AadUser => "aadUser",
            Self::OnPremiseAadUser => "onPremiseAadUser",
            Self::AnonymousGuest => "anonymousGuest",
            Self::FederatedUser => "federatedUser",
            Self::PersonalMicrosoftAccountUser => "personalMicrosoftAccountUser",
            Self::SkypeUser => "skypeUser",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(UserIdentityType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserIdentityType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userNewMessageRestriction`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserNewMessageRestriction {
    /// `everyone` (value 0).
    Everyone,
    /// `everyoneExceptGuests` (value 1).
    EveryoneExceptGuests,
    /// `moderators` (value 2).
    Moderators,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for UserNewMessageRestriction {
    const TYPE_NAME: &'static str = "microsoft.graph.userNewMessageRestriction";
    const MEMBERS: &'static [&'static str] = &[
        "everyone",
        "everyoneExceptGuests",
        "moderators",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "everyone" => Self::Everyone,
                "everyoneExceptGuests" => Self::EveryoneExceptGuests,
                "moderators" => Self::Moderators,
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
            Self::Everyone => "everyone",
            Self::EveryoneExceptGuests => "everyoneExceptGuests",
            Self::Moderators => "moderators",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(UserNewMessageRestriction);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserNewMessageRestriction);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that encapsulates all information required for a user's PFX certificates.
///
/// CSDL: `microsoft.graph.userPFXCertificate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserPfxCertificate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Date/time when this PFX certificate was imported.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Encrypted PFX blob.
    ///
    /// CSDL: property `encryptedPfxBlob`: `Edm.Binary`, nullable.
    pub encrypted_pfx_blob: rt::Field<rt::edm::Binary>,
    /// Encrypted PFX password.
    ///
    /// CSDL: property `encryptedPfxPassword`: `Edm.String`, nullable.
    pub encrypted_pfx_password: rt::Field<::std::string::String>,
    /// Certificate's validity expiration date/time.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Certificate's intended purpose from the point-of-view of deployment.
    ///
    /// CSDL: property `intendedPurpose`: `microsoft.graph.userPfxIntendedPurpose`, not nullable.
    pub intended_purpose: rt::Field<crate::beta::UserPfxIntendedPurpose>,
    /// Name of the key (within the provider) used to encrypt the blob.
    ///
    /// CSDL: property `keyName`: `Edm.String`, nullable.
    pub key_name: rt::Field<::std::string::String>,
    /// Date/time when this PFX certificate was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Padding scheme used by the provider during encryption/decryption.
    ///
    /// CSDL: property `paddingScheme`: `microsoft.graph.userPfxPaddingScheme`, not nullable.
    pub padding_scheme: rt::Field<crate::beta::UserPfxPaddingScheme>,
    /// Crypto provider used to encrypt this blob.
    ///
    /// CSDL: property `providerName`: `Edm.String`, nullable.
    pub provider_name: rt::Field<::std::string::String>,
    /// Certificate's validity start date/time.
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// SHA-1 thumbprint of the PFX certificate.
    ///
    /// CSDL: property `thumbprint`: `Edm.String`, nullable.
    pub thumbprint: rt::Field<::std::string::String>,
    /// User Principal Name of the PFX certificate.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserPfxCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            encrypted_pfx_blob: rt::Field::Absent,
            encrypted_pfx_password: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            intended_purpose: rt::Field::Absent,
            key_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            padding_scheme: rt::Field::Absent,
            provider_name: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            thumbprint: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserPfxCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.userPFXCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "encryptedPfxBlob",
        "encryptedPfxPassword",
        "expirationDateTime",
        "intendedPurpose",
        "keyName",
        "lastModifiedDateTime",
        "paddingScheme",
        "providerName",
        "startDateTime",
        "thumbprint",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"encryptedPfxBlob\":             ",
        ",\"encryptedPfxPassword\":         ",
        ",\"expirationDateTime\":           ",
        ",\"intendedPurpose\":              ",
        ",\"keyName\":                      ",
        ",\"lastModifiedDateTime\":         ",
        ",\"paddingScheme\":                ",
        ",\"providerName\":                 ",
        ",\"startDateTime\":                ",
        ",\"thumbprint\":                   ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userPFXCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "encrypted_pfx_blob", &self.encrypted_pfx_blob);
        v.field(3usize, "encrypted_pfx_password", &self.encrypted_pfx_password);
        v.field(4usize, "expiration_date_time", &self.expiration_date_time);
        v.field(5usize, "intended_purpose", &self.intended_purpose);
        v.field(6usize, "key_name", &self.key_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "padding_scheme", &self.padding_scheme);
        v.field(9usize, "provider_name", &self.provider_name);
        v.field(10usize, "start_date_time", &self.start_date_time);
        v.field(11usize, "thumbprint", &self.thumbprint);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserPfxCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.encrypted_pfx_blob.read_from(r),
            3usize => self.encrypted_pfx_password.read_from(r),
            4usize => self.expiration_date_time.read_from(r),
            5usize => self.intended_purpose.read_from(r),
            6usize => self.key_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.padding_scheme.read_from(r),
            9usize => self.provider_name.read_from(r),
            10usize => self.start_date_time.read_from(r),
            11usize => self.thumbprint.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.encrypted_pfx_blob);
        w.field(3usize, &self.encrypted_pfx_password);
        w.field(4usize, &self.expiration_date_time);
        w.field(5usize, &self.intended_purpose);
        w.field(6usize, &self.key_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.padding_scheme);
        w.field(9usize, &self.provider_name);
        w.field(10usize, &self.start_date_time);
        w.field(11usize, &self.thumbprint);
        w.field(12usize, &self.user_principal_name);
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
rt::impl_object!(UserPfxCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserPfxCertificate { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_encrypted_pfx_blob
    encrypted_pfx_blob : rt::edm::Binary; with_encrypted_pfx_password
    encrypted_pfx_password : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_intended_purpose
    intended_purpose : crate ::beta::UserPfxIntendedPurpose; with_key_name key_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_padding_scheme padding_scheme : crate
    ::beta::UserPfxPaddingScheme; with_provider_name provider_name :
    ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_thumbprint thumbprint : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserPfxCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.userPfxIntendedPurpose`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserPfxIntendedPurpose {
    /// `unassigned` (value 0).
    Unassigned,
    /// `smimeEncryption` (value 1).
    SmimeEncryption,
    /// `smimeSigning` (value 2).
    SmimeSigning,
    /// `vpn` (value 4).
    Vpn,
    /// `wifi` (value 8).
    Wifi,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UserPfxIntendedPurpose {
    const TYPE_NAME: &'static str = "microsoft.graph.userPfxIntendedPurpose";
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
rt::impl_enum!(UserPfxIntendedPurpose);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserPfxIntendedPurpose);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.userPfxPaddingScheme`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserPfxPaddingScheme {
    /// `none` (value 0).
    None,
    /// `pkcs1` (value 1).
    Pkcs1,
    /// `oaepSha1` (value 2).
    OaepSha1,
    /// `oaepSha256` (value 3).
    OaepSha256,
    /// `oaepSha384` (value 4).
    OaepSha384,
    /// `oaepSha512` (value 5).
    OaepSha512,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UserPfxPaddingScheme {
    const TYPE_NAME: &'static str = "microsoft.graph.userPfxPaddingScheme";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "pkcs1",
        "oaepSha1",
        "oaepSha256",
        "oaepSha384",
        "oaepSha512",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "pkcs1" => Self::Pkcs1,
                "oaepSha1" => Self::OaepSha1,
                "oaepSha256" => Self::OaepSha256,
                "oaepSha384" => Self::OaepSha384,
                "oaepSha512" => Self::OaepSha512,
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
            Self::Pkcs1 => "pkcs1",
            Self::OaepSha1 => "oaepSha1",
            Self::OaepSha256 => "oaepSha256",
            Self::OaepSha384 => "oaepSha384",
            Self::OaepSha512 => "oaepSha512",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UserPfxPaddingScheme);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserPfxPaddingScheme);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.userPrintUsageSummary`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct UserPrintUsageSummary {
    /// CSDL: property `completedJobCount`: `Edm.Int32`, not nullable.
    pub completed_job_count: rt::Field<i32>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int32`, not nullable.
    pub incomplete_job_count: rt::Field<i32>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for UserPrintUsageSummary {
    #[inline]
    fn default() -> Self {
        Self {
            completed_job_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            user: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for UserPrintUsageSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userPrintUsageSummary";
    const KEYS: &'static [&'static str] = &[
        "completedJobCount",
        "incompleteJobCount",
        "user",
        "userDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completedJobCount\":            ",
        ",\"incompleteJobCount\":           ",
        ",\"user\":                         ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userPrintUsageSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed_job_count", &self.completed_job_count);
        v.field(1usize, "incomplete_job_count", &self.incomplete_job_count);
        v.field(2usize, "user", &self.user);
        v.field(3usize, "user_display_name", &self.user_display_name);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for UserPrintUsageSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed_job_count.read_from(r),
            1usize => self.incomplete_job_count.read_from(r),
            2usize => self.user.read_from(r),
            3usize => self.user_display_name.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed_job_count);
        w.field(1usize, &self.incomplete_job_count);
        w.field(2usize, &self.user);
        w.field(3usize, &self.user_display_name);
        w.field(4usize, &self.user_principal_name);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(UserPrintUsageSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    UserPrintUsageSummary { with_completed_job_count completed_job_count : i32;
    with_incomplete_job_count incomplete_job_count : i32; with_user user : crate
    ::beta::AnyIdentity; with_user_display_name user_display_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserPrintUsageSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationFeatureCount`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct UserRegistrationFeatureCount {
    /// CSDL: property `feature`: `microsoft.graph.authenticationMethodFeature`, not nullable.
    pub feature: rt::Field<crate::beta::AuthenticationMethodFeature>,
    /// CSDL: property `userCount`: `Edm.Int64`, not nullable.
    pub user_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(UserRegistrationFeatureCount);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    UserRegistrationFeatureCount { with_feature feature : crate
    ::beta::AuthenticationMethodFeature; with_user_count user_count : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationFeatureCount);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationFeatureSummary`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct UserRegistrationFeatureSummary {
    /// CSDL: property `totalUserCount`: `Edm.Int64`, not nullable.
    pub total_user_count: rt::Field<i64>,
    /// CSDL: property `userRegistrationFeatureCounts`: `Collection(microsoft.graph.userRegistrationFeatureCount)`, not nullable.
    pub user_registration_feature_counts: rt::Field<
        ::std::vec::Vec<crate::beta::UserRegistrationFeatureCount>,
    >,
    /// CSDL: property `userRoles`: `microsoft.graph.includedUserRoles`, nullable.
    pub user_roles: rt::Field<crate::beta::IncludedUserRoles>,
    /// CSDL: property `userTypes`: `microsoft.graph.includedUserTypes`, nullable.
    pub user_types: rt::Field<crate::beta::IncludedUserTypes>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(UserRegistrationFeatureSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    UserRegistrationFeatureSummary { with_total_user_count total_user_count : i64;
    with_user_registration_feature_counts user_registration_feature_counts :
    ::std::vec::Vec < crate ::beta::UserRegistrationFeatureCount >; with_user_roles
    user_roles : crate ::beta::IncludedUserRoles; with_user_types user_types : crate
    ::beta::IncludedUserTypes; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationFeatureSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationMethodCount`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct UserRegistrationMethodCount {
    /// CSDL: property `authenticationMethod`: `Edm.String`, not nullable.
    pub authentication_method: rt::Field<::std::string::String>,
    /// CSDL: property `userCount`: `Edm.Int64`, not nullable.
    pub user_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for UserRegistrationMethodCount {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_method: rt::Field::Absent,
            user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for UserRegistrationMethodCount {
    const TYPE_NAME: &'static str = "microsoft.graph.userRegistrationMethodCount";
    const KEYS: &'static [&'static str] = &["authenticationMethod", "userCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationMethod\":         ",
        ",\"userCount\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationMethodCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "authentication_method", &self.authentication_method);
        v.field(1usize, "user_count", &self.user_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for UserRegistrationMethodCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_method.read_from(r),
            1usize => self.user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_method);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(UserRegistrationMethodCount);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    UserRegistrationMethodCount { with_authentication_method authentication_method :
    ::std::string::String; with_user_count user_count : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationMethodCount);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationMethodSummary`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct UserRegistrationMethodSummary {
    /// CSDL: property `totalUserCount`: `Edm.Int64`, not nullable.
    pub total_user_count: rt::Field<i64>,
    /// CSDL: property `userRegistrationMethodCounts`: `Collection(microsoft.graph.userRegistrationMethodCount)`, not nullable.
    pub user_registration_method_counts: rt::Field<
        ::std::vec::Vec<crate::beta::UserRegistrationMethodCount>,
    >,
    /// CSDL: property `userRoles`: `microsoft.graph.includedUserRoles`, nullable.
    pub user_roles: rt::Field<crate::beta::IncludedUserRoles>,
    /// CSDL: property `userTypes`: `microsoft.graph.includedUserTypes`, nullable.
    pub user_types: rt::Field<crate::beta::IncludedUserTypes>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for UserRegistrationMethodSummary {
    #[inline]
    fn default() -> Self {
        Self {
            total_user_count: rt::Field::Absent,
            user_registration_method_counts: rt::Field::Absent,
            user_roles: rt::Field::Absent,
            user_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for UserRegistrationMethodSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userRegistrationMethodSummary";
    const KEYS: &'static [&'static str] = &[
        "totalUserCount",
        "userRegistrationMethodCounts",
        "userRoles",
        "userTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"totalUserCount\":               ",
        ",\"userRegistrationMethodCounts\": ",
        ",\"userRoles\":                    ",
        ",\"userTypes\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationMethodSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "total_user_count", &self.total_user_count);
        v.field(
            1usize,
            "user_registration_method_counts",
            &self.user_registration_method_counts,
        );
        v.field(2usize, "user_roles", &self.user_roles);
        v.field(3usize, "user_types", &self.user_types);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for UserRegistrationMethodSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.total_user_count.read_from(r),
            1usize => self.user_registration_method_counts.read_from(r),
            2usize => self.user_roles.read_from(r),
            3usize => self.user_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.total_user_count);
        w.field(1usize, &self.user_registration_method_counts);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(UserRegistrationMethodSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    UserRegistrationMethodSummary { with_total_user_count total_user_count : i64;
    with_user_registration_method_counts user_registration_method_counts :
    ::std::vec::Vec < crate ::beta::UserRegistrationMethodCount >; with_user_roles
    user_roles : crate ::beta::IncludedUserRoles; with_user_types user_types : crate
    ::beta::IncludedUserTypes; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationMethodSummary);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.userSecurityProfile`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`UserSecurityProfilePath`](requests/trait.UserSecurityProfilePath.html), what a path to one (`EntityPath<UserSecurityProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct UserSecurityProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accounts`: `Collection(microsoft.graph.userAccount)`, nullable.
    pub accounts: rt::Field<::std::vec::Vec<crate::beta::UserAccount>>,
    /// CSDL: property `azureSubscriptionId`: `Edm.String`, nullable.
    pub azure_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for UserSecurityProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            accounts: rt::Field::Absent,
            azure_subscription_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            tags: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for UserSecurityProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.userSecurityProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accounts",
        "azureSubscriptionId",
        "azureTenantId",
        "createdDateTime",
        "displayName",
        "lastModifiedDateTime",
        "riskScore",
        "tags",
        "userPrincipalName",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accounts\":                     ",
        ",\"azureSubscriptionId\":          ",
        ",\"azureTenantId\":                ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"riskScore\":                    ",
        ",\"tags\":                         ",
        ",\"userPrincipalName\":            ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSecurityProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "accounts", &self.accounts);
        v.field(2usize, "azure_subscription_id", &self.azure_subscription_id);
        v.field(3usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "risk_score", &self.risk_score);
        v.field(8usize, "tags", &self.tags);
        v.field(9usize, "user_principal_name", &self.user_principal_name);
        v.field(10usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for UserSecurityProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.accounts.read_from(r),
            2usize => self.azure_subscription_id.read_from(r),
            3usize => self.azure_tenant_id.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.risk_score.read_from(r),
            8usize => self.tags.read_from(r),
            9usize => self.user_principal_name.read_from(r),
            10usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.accounts);
        w.field(2usize, &self.azure_subscription_id);
        w.field(3usize, &self.azure_tenant_id);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.risk_score);
        w.field(8usize, &self.tags);
        w.field(9usize, &self.user_principal_name);
        w.field(10usize, &self.vendor_information);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(UserSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    UserSecurityProfile { with_id id : ::std::string::String; with_accounts accounts :
    ::std::vec::Vec < crate ::beta::UserAccount >; with_azure_subscription_id
    azure_subscription_id : ::std::string::String; with_azure_tenant_id azure_tenant_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_risk_score risk_score : ::std::string::String; with_tags tags : ::std::vec::Vec
    < ::std::string::String >; with_user_principal_name user_principal_name :
    ::std::string::String; with_vendor_information vendor_information : crate
    ::beta::SecurityVendorInformation; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.userSecurityState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct UserSecurityState {
    /// CSDL: property `aadUserId`: `Edm.String`, nullable.
    pub aad_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailRole`: `microsoft.graph.emailRole`, nullable.
    pub email_role: rt::Field<crate::beta::EmailRole>,
    /// CSDL: property `isVpn`: `Edm.Boolean`, nullable.
    pub is_vpn: rt::Field<bool>,
    /// CSDL: property `logonDateTime`: `Edm.DateTimeOffset`, nullable.
    pub logon_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `logonId`: `Edm.String`, nullable.
    pub logon_id: rt::Field<::std::string::String>,
    /// CSDL: property `logonIp`: `Edm.String`, nullable.
    pub logon_ip: rt::Field<::std::string::String>,
    /// CSDL: property `logonLocation`: `Edm.String`, nullable.
    pub logon_location: rt::Field<::std::string::String>,
    /// CSDL: property `logonType`: `microsoft.graph.logonType`, nullable.
    pub logon_type: rt::Field<crate::beta::LogonType>,
    /// CSDL: property `onPremisesSecurityIdentifier`: `Edm.String`, nullable.
    pub on_premises_security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `userAccountType`: `microsoft.graph.userAccountSecurityType`, nullable.
    pub user_account_type: rt::Field<crate::beta::UserAccountSecurityType>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for UserSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            aad_user_id: rt::Field::Absent,
            account_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            email_role: rt::Field::Absent,
            is_vpn: rt::Field::Absent,
            logon_date_time: rt::Field::Absent,
            logon_id: rt::Field::Absent,
            logon_ip: rt::Field::Absent,
            logon_location: rt::Field::Absent,
            logon_type: rt::Field::Absent,
            on_premises_security_identifier: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            user_account_type: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for UserSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.userSecurityState";
    const KEYS: &'static [&'static str] = &[
        "aadUserId",
        "accountName",
        "domainName",
        "emailRole",
        "isVpn",
        "logonDateTime",
        "logonId",
        "logonIp",
        "logonLocation",
        "logonType",
        "onPremisesSecurityIdentifier",
        "riskScore",
        "userAccountType",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aadUserId\":                    ",
        ",\"accountName\":                  ",
        ",\"domainName\":                   ",
        ",\"emailRole\":                    ",
        ",\"isVpn\":                        ",
        ",\"logonDateTime\":                ",
        ",\"logonId\":                      ",
        ",\"logonIp\":                      ",
        ",\"logonLocation\":                ",
        ",\"logonType\":                    ",
        ",\"onPremisesSecurityIdentifier\": ",
        ",\"riskScore\":                    ",
        ",\"userAccountType\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aad_user_id", &self.aad_user_id);
        v.field(1usize, "account_name", &self.account_name);
        v.field(2usize, "domain_name", &self.domain_name);
        v.field(3usize, "email_role", &self.email_role);
        v.field(4usize, "is_vpn", &self.is_vpn);
        v.field(5usize, "logon_date_time", &self.logon_date_time);
        v.field(6usize, "logon_id", &self.logon_id);
        v.field(7usize, "logon_ip", &self.logon_ip);
        v.field(8usize, "logon_location", &self.logon_location);
        v.field(9usize, "logon_type", &self.logon_type);
        v.field(
            10usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(11usize, "risk_score", &self.risk_score);
        v.field(12usize, "user_account_type", &self.user_account_type);
        v.field(13usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for UserSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aad_user_id.read_from(r),
            1usize => self.account_name.read_from(r),
            2usize => self.domain_name.read_from(r),
            3usize => self.email_role.read_from(r),
            4usize => self.is_vpn.read_from(r),
            5usize => self.logon_date_time.read_from(r),
            6usize => self.logon_id.read_from(r),
            7usize => self.logon_ip.read_from(r),
            8usize => self.logon_location.read_from(r),
            9usize => self.logon_type.read_from(r),
            10usize => self.on_premises_security_identifier.read_from(r),
            11usize => self.risk_score.read_from(r),
            12usize => self.user_account_type.read_from(r),
            13usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aad_user_id);
        w.field(1usize, &self.account_name);
        w.field(2usize, &self.domain_name);
        w.field(3usize, &self.email_role);
        w.field(4usize, &self.is_vpn);
        w.field(5usize, &self.logon_date_time);
        w.field(6usize, &self.logon_id);
        w.field(7usize, &self.logon_ip);
        w.field(8usize, &self.logon_location);
        w.field(9usize, &self.logon_type);
        w.field(10usize, &self.on_premises_security_identifier);
        w.field(11usize, &self.risk_score);
        w.field(12usize, &self.user_account_type);
        w.field(13usize, &self.user_principal_name);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(UserSecurityState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    UserSecurityState { with_aad_user_id aad_user_id : ::std::string::String;
    with_account_name account_name : ::std::string::String; with_domain_name domain_name
    : ::std::string::String; with_email_role email_role : crate ::beta::EmailRole;
    with_is_vpn is_vpn : bool; with_logon_date_time logon_date_time :
    rt::edm::DateTimeOffset; with_logon_id logon_id : ::std::string::String;
    with_logon_ip logon_ip : ::std::string::String; with_logon_location logon_location :
    ::std::string::String; with_logon_type logon_type : crate ::beta::LogonType;
    with_on_premises_security_identifier on_premises_security_identifier :
    ::std::string::String; with_risk_score risk_score : ::std::string::String;
    with_user_account_type user_account_type : crate ::beta::UserAccountSecurityType;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSecurityState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Evaluates the management condition state as a Boolean expression.
///
/// CSDL: `microsoft.graph.variableManagementConditionExpression`, complex type, derived from `microsoft.graph.managementConditionExpressionModel`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VariableManagementConditionExpression {
    /// The management condition id that is used to evaluate the expression.
    ///
    /// CSDL: property `managementConditionId`: `Edm.String`, not nullable.
    pub management_condition_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VariableManagementConditionExpression {
    #[inline]
    fn default() -> Self {
        Self {
            management_condition_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VariableManagementConditionExpression {
    const TYPE_NAME: &'static str = "microsoft.graph.variableManagementConditionExpression";
    const KEYS: &'static [&'static str] = &["managementConditionId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"managementConditionId\":        "];
    const TAG: &'static str = "\"#microsoft.graph.variableManagementConditionExpression\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "management_condition_id", &self.management_condition_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VariableManagementConditionExpression {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.management_condition_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.management_condition_id);
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
rt::impl_object!(VariableManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VariableManagementConditionExpression { with_management_condition_id
    management_condition_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VariableManagementConditionExpression);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.vendor`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VendorPath`](requests/trait.VendorPath.html), what a path to one (`EntityPath<Vendor, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Vendor {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.postalAddressType`, nullable.
    pub address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `balance`: `Edm.Decimal`, nullable.
    pub balance: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `blocked`: `Edm.String`, nullable.
    pub blocked: rt::Field<::std::string::String>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currencyId`: `Edm.Guid`, nullable.
    pub currency_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `paymentMethodId`: `Edm.Guid`, nullable.
    pub payment_method_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `paymentTermsId`: `Edm.Guid`, nullable.
    pub payment_terms_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `taxLiable`: `Edm.Boolean`, nullable.
    pub tax_liable: rt::Field<bool>,
    /// CSDL: property `taxRegistrationNumber`: `Edm.String`, nullable.
    pub tax_registration_number: rt::Field<::std::string::String>,
    /// CSDL: property `website`: `Edm.String`, nullable.
    pub website: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `currency`: `microsoft.graph.currency`, nullable.
    pub currency: rt::Field<crate::beta::Currency>,
    /// CSDL: containment navigation property `paymentMethod`: `microsoft.graph.paymentMethod`, nullable.
    pub payment_method: rt::Field<crate::beta::PaymentMethod>,
    /// CSDL: containment navigation property `paymentTerm`: `microsoft.graph.paymentTerm`, nullable.
    pub payment_term: rt::Field<crate::beta::PaymentTerm>,
    /// CSDL: containment navigation property `picture`: `Collection(microsoft.graph.picture)`, not nullable.
    pub picture: rt::Field<::std::vec::Vec<crate::beta::Picture>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Vendor {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            balance: rt::Field::Absent,
            blocked: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            currency_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            payment_method_id: rt::Field::Absent,
            payment_terms_id: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            tax_liable: rt::Field::Absent,
            tax_registration_number: rt::Field::Absent,
            website: rt::Field::Absent,
            currency: rt::Field::Absent,
            payment_method: rt::Field::Absent,
            payment_term: rt::Field::Absent,
            picture: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Vendor {
    const TYPE_NAME: &'static str = "microsoft.graph.vendor";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "balance",
        "blocked",
        "currencyCode",
        "currencyId",
        "displayName",
        "email",
        "lastModifiedDateTime",
        "number",
        "paymentMethodId",
        "paymentTermsId",
        "phoneNumber",
        "taxLiable",
        "taxRegistrationNumber",
        "website",
        "currency",
        "paymentMethod",
        "paymentTerm",
        "picture",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"balance\":                      ",
        ",\"blocked\":                      ",
        ",\"currencyCode\":                 ",
        ",\"currencyId\":                   ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"paymentMethodId\":              ",
        ",\"paymentTermsId\":               ",
        ",\"phoneNumber\":                  ",
        ",\"taxLiable\":                    ",
        ",\"taxRegistrationNumber\":        ",
        ",\"website\":                      ",
        ",\"currency\":                     ",
        ",\"paymentMethod\":                ",
        ",\"paymentTerm\":                  ",
        ",\"picture\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vendor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "balance", &self.balance);
        v.field(3usize, "blocked", &self.blocked);
        v.field(4usize, "currency_code", &self.currency_code);
        v.field(5usize, "currency_id", &self.currency_id);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "email", &self.email);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "number", &self.number);
        v.field(10usize, "payment_method_id", &self.payment_method_id);
        v.field(11usize, "payment_terms_id", &self.payment_terms_id);
        v.field(12usize, "phone_number", &self.phone_number);
        v.field(13usize, "tax_liable", &self.tax_liable);
        v.field(14usize, "tax_registration_number", &self.tax_registration_number);
        v.field(15usize, "website", &self.website);
        v.field(16usize, "currency", &self.currency);
        v.field(17usize, "payment_method", &self.payment_method);
        v.field(18usize, "payment_term", &self.payment_term);
        v.field(19usize, "picture", &self.picture);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Vendor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.balance.read_from(r),
            3usize => self.blocked.read_from(r),
            4usize => self.currency_code.read_from(r),
            5usize => self.currency_id.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.email.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.number.read_from(r),
            10usize => self.payment_method_id.read_from(r),
            11usize => self.payment_terms_id.read_from(r),
            12usize => self.phone_number.read_from(r),
            13usize => self.tax_liable.read_from(r),
            14usize => self.tax_registration_number.read_from(r),
            15usize => self.website.read_from(r),
            16usize => self.currency.read_from(r),
            17usize => self.payment_method.read_from(r),
            18usize => self.payment_term.read_from(r),
            19usize => self.picture.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.balance);
        w.field(3usize, &self.blocked);
        w.field(4usize, &self.currency_code);
        w.field(5usize, &self.currency_id);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.email);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.number);
        w.field(10usize, &self.payment_method_id);
        w.field(11usize, &self.payment_terms_id);
        w.field(12usize, &self.phone_number);
        w.field(13usize, &self.tax_liable);
        w.field(14usize, &self.tax_registration_number);
        w.field(15usize, &self.website);
        w.field(16usize, &self.currency);
        w.field(17usize, &self.payment_method);
        w.field(18usize, &self.payment_term);
        w.field(19usize, &self.picture);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(Vendor);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Vendor { with_id id : ::std::string::String; with_address address : crate
    ::beta::PostalAddressType; with_balance balance : rt::edm::Decimal; with_blocked
    blocked : ::std::string::String; with_currency_code currency_code :
    ::std::string::String; with_currency_id currency_id : rt::edm::Guid;
    with_display_name display_name : ::std::string::String; with_email email :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_number number : ::std::string::String;
    with_payment_method_id payment_method_id : rt::edm::Guid; with_payment_terms_id
    payment_terms_id : rt::edm::Guid; with_phone_number phone_number :
    ::std::string::String; with_tax_liable tax_liable : bool;
    with_tax_registration_number tax_registration_number : ::std::string::String;
    with_website website : ::std::string::String; with_currency currency : crate
    ::beta::Currency; with_payment_method payment_method : crate ::beta::PaymentMethod;
    with_payment_term payment_term : crate ::beta::PaymentTerm; with_picture picture :
    ::std::vec::Vec < crate ::beta::Picture >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Vendor);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.virtualEndpoint`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEndpointPath`](requests/trait.VirtualEndpointPath.html), what a path to one (`EntityPath<VirtualEndpoint, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VirtualEndpoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `auditEvents`: `Collection(microsoft.graph.cloudPcAuditEvent)`, not nullable.
    pub audit_events: rt::Field<::std::vec::Vec<crate::beta::CloudPcAuditEvent>>,
    /// CSDL: containment navigation property `cloudPCs`: `Collection(microsoft.graph.cloudPC)`, not nullable.
    pub cloud_p_cs: rt::Field<::std::vec::Vec<crate::beta::CloudPc>>,
    /// CSDL: containment navigation property `deviceImages`: `Collection(microsoft.graph.cloudPcDeviceImage)`, not nullable.
    pub device_images: rt::Field<::std::vec::Vec<crate::beta::CloudPcDeviceImage>>,
    /// CSDL: containment navigation property `onPremisesConnections`: `Collection(microsoft.graph.cloudPcOnPremisesConnection)`, not nullable.
    pub on_premises_connections: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcOnPremisesConnection>,
    >,
    /// CSDL: containment navigation property `provisioningPolicies`: `Collection(microsoft.graph.cloudPcProvisioningPolicy)`, not nullable.
    pub provisioning_policies: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcProvisioningPolicy>,
    >,
    /// CSDL: containment navigation property `userSettings`: `Collection(microsoft.graph.cloudPcUserSetting)`, not nullable.
    pub user_settings: rt::Field<::std::vec::Vec<crate::beta::CloudPcUserSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VirtualEndpoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            audit_events: rt::Field::Absent,
            cloud_p_cs: rt::Field::Absent,
            device_images: rt::Field::Absent,
            on_premises_connections: rt::Field::Absent,
            provisioning_policies: rt::Field::Absent,
            user_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VirtualEndpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEndpoint";
    const KEYS: &'static [&'static str] = &[
        "id",
        "auditEvents",
        "cloudPCs",
        "deviceImages",
        "onPremisesConnections",
        "provisioningPolicies",
        "userSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"auditEvents\":                  ",
        ",\"cloudPCs\":                     ",
        ",\"deviceImages\":                 ",
        ",\"onPremisesConnections\":        ",
        ",\"provisioningPolicies\":         ",
        ",\"userSettings\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEndpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "audit_events", &self.audit_events);
        v.field(2usize, "cloud_p_cs", &self.cloud_p_cs);
        v.field(3usize, "device_images", &self.device_images);
        v.field(4usize, "on_premises_connections", &self.on_premises_connections);
        v.field(5usize, "provisioning_policies", &self.provisioning_policies);
        v.field(6usize, "user_settings", &self.user_settings);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VirtualEndpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.audit_events.read_from(r),
            2usize => self.cloud_p_cs.read_from(r),
            3usize => self.device_images.read_from(r),
            4usize => self.on_premises_connections.read_from(r),
            5usize => self.provisioning_policies.read_from(r),
            6usize => self.user_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.audit_events);
        w.field(2usize, &self.cloud_p_cs);
        w.field(3usize, &self.device_images);
        w.field(4usize, &self.on_premises_connections);
        w.field(5usize, &self.provisioning_policies);
        w.field(6usize, &self.user_settings);
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
rt::impl_object!(VirtualEndpoint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VirtualEndpoint { with_id id : ::std::string::String; with_audit_events audit_events
    : ::std::vec::Vec < crate ::beta::CloudPcAuditEvent >; with_cloud_p_cs cloud_p_cs :
    ::std::vec::Vec < crate ::beta::CloudPc >; with_device_images device_images :
    ::std::vec::Vec < crate ::beta::CloudPcDeviceImage >; with_on_premises_connections
    on_premises_connections : ::std::vec::Vec < crate ::beta::CloudPcOnPremisesConnection
    >; with_provisioning_policies provisioning_policies : ::std::vec::Vec < crate
    ::beta::CloudPcProvisioningPolicy >; with_user_settings user_settings :
    ::std::vec::Vec < crate ::beta::CloudPcUserSetting >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEndpoint);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.visibilitySetting`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VisibilitySetting {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `hide` (value 1).
    Hide,
    /// `show` (value 2).
    Show,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VisibilitySetting);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VisibilitySetting);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnAuthenticationMethod`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnAuthenticationMethod {
    /// `certificate` (value 0).
    Certificate,
    /// `usernameAndPassword` (value 1).
    UsernameAndPassword,
    /// `sharedSecret` (value 2).
    SharedSecret,
    /// `derivedCredential` (value 3).
    DerivedCredential,
    /// `azureAD` (value 4).
    AzureAd,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnAuthenticationMethod";
    const MEMBERS: &'static [&'static str] = &[
        "certificate",
        "usernameAndPassword",
        "sharedSecret",
        "derivedCredential",
        "azureAD",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "certificate" => Self::Certificate,
                "usernameAndPassword" => Self::UsernameAndPassword,
                "sharedSecret" => Self::SharedSecret,
                "derivedCredential" => Self::DerivedCredential,
                "azureAD" => Self::AzureAd,
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
            Self::Certificate => "certificate",
            Self::UsernameAndPassword => "usernameAndPassword",
            Self::SharedSecret => "sharedSecret",
            Self::DerivedCredential => "derivedCredential",
            Self::AzureAd => "azureAD",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnDeadPeerDetectionRate`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnDeadPeerDetectionRate {
    /// `medium` (value 0).
    Medium,
    /// `none` (value 1).
    None,
    /// `low` (value 2).
    Low,
    /// `high` (value 3).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnDeadPeerDetectionRate {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnDeadPeerDetectionRate";
    const MEMBERS: &'static [&'static str] = &["medium", "none", "low", "high"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "medium" => Self::Medium,
                "none" => Self::None,
                "low" => Self::Low,
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
            Self::Medium => "medium",
            Self::None => "none",
            Self::Low => "low",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnDeadPeerDetectionRate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnDeadPeerDetectionRate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnLocalIdentifier`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnLocalIdentifier {
    /// `deviceFQDN` (value 0).
    DeviceFqdn,
    /// `empty` (value 1).
    Empty,
    /// `clientCertificateSubjectName` (value 2).
    ClientCertificateSubjectName,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnLocalIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnLocalIdentifier";
    const MEMBERS: &'static [&'static str] = &[
        "deviceFQDN",
        "empty",
        "clientCertificateSubjectName",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceFQDN" => Self::DeviceFqdn,
                "empty" => Self::Empty,
                "clientCertificateSubjectName" => Self::ClientCertificateSubjectName,
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
            Self::DeviceFqdn => "deviceFQDN",
            Self::Empty => "empty",
            Self::ClientCertificateSubjectName => "clientCertificateSubjectName",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnLocalIdentifier);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnLocalIdentifier);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN On-Demand Rule definition.
///
/// CSDL: `microsoft.graph.vpnOnDemandRule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VpnOnDemandRule {
    /// Action.
    ///
    /// CSDL: property `action`: `microsoft.graph.vpnOnDemandRuleConnectionAction`, not nullable.
    pub action: rt::Field<crate::beta::VpnOnDemandRuleConnectionAction>,
    /// DNS Search Domains.
    ///
    /// CSDL: property `dnsSearchDomains`: `Collection(Edm.String)`, nullable.
    pub dns_search_domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Domain Action (Only applicable when Action is evaluate connection).
    ///
    /// CSDL: property `domainAction`: `microsoft.graph.vpnOnDemandRuleConnectionDomainAction`, not nullable.
    pub domain_action: rt::Field<crate::beta::VpnOnDemandRuleConnectionDomainAction>,
    /// Domains (Only applicable when Action is evaluate connection).
    ///
    /// CSDL: property `domains`: `Collection(Edm.String)`, nullable.
    pub domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Probe Required Url (Only applicable when Action is evaluate connection and DomainAction is connect if needed).
    ///
    /// CSDL: property `probeRequiredUrl`: `Edm.String`, nullable.
    pub probe_required_url: rt::Field<::std::string::String>,
    /// A URL to probe. If this URL is successfully fetched (returning a 200 HTTP status code) without redirection, this rule matches.
    ///
    /// CSDL: property `probeUrl`: `Edm.String`, nullable.
    pub probe_url: rt::Field<::std::string::String>,
    /// Network Service Set Identifiers (SSIDs).
    ///
    /// CSDL: property `ssids`: `Collection(Edm.String)`, nullable.
    pub ssids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VpnOnDemandRule {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            dns_search_domains: rt::Field::Absent,
            domain_action: rt::Field::Absent,
            domains: rt::Field::Absent,
            probe_required_url: rt::Field::Absent,
            probe_url: rt::Field::Absent,
            ssids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VpnOnDemandRule {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnOnDemandRule";
    const KEYS: &'static [&'static str] = &[
        "action",
        "dnsSearchDomains",
        "domainAction",
        "domains",
        "probeRequiredUrl",
        "probeUrl",
        "ssids",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"dnsSearchDomains\":             ",
        ",\"domainAction\":                 ",
        ",\"domains\":                      ",
        ",\"probeRequiredUrl\":             ",
        ",\"probeUrl\":                     ",
        ",\"ssids\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vpnOnDemandRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "dns_search_domains", &self.dns_search_domains);
        v.field(2usize, "domain_action", &self.domain_action);
        v.field(3usize, "domains", &self.domains);
        v.field(4usize, "probe_required_url", &self.probe_required_url);
        v.field(5usize, "probe_url", &self.probe_url);
        v.field(6usize, "ssids", &self.ssids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VpnOnDemandRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.dns_search_domains.read_from(r),
            2usize => self.domain_action.read_from(r),
            3usize => self.domains.read_from(r),
            4usize => self.probe_required_url.read_from(r),
            5usize => self.probe_url.read_from(r),
            6usize => self.ssids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.dns_search_domains);
        w.field(2usize, &self.domain_action);
        w.field(3usize, &self.domains);
        w.field(4usize, &self.probe_required_url);
        w.field(5usize, &self.probe_url);
        w.field(6usize, &self.ssids);
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
rt::impl_object!(VpnOnDemandRule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VpnOnDemandRule { with_action action : crate ::beta::VpnOnDemandRuleConnectionAction;
    with_dns_search_domains dns_search_domains : ::std::vec::Vec < ::std::string::String
    >; with_domain_action domain_action : crate
    ::beta::VpnOnDemandRuleConnectionDomainAction; with_domains domains : ::std::vec::Vec
    < ::std::string::String >; with_probe_required_url probe_required_url :
    ::std::string::String; with_probe_url probe_url : ::std::string::String; with_ssids
    ssids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnOnDemandRule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnOnDemandRuleConnectionAction`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnOnDemandRuleConnectionAction {
    /// `connect` (value 0).
    Connect,
    /// `evaluateConnection` (value 1).
    EvaluateConnection,
    /// `ignore` (value 2).
    Ignore,
    /// `disconnect` (value 3).
    Disconnect,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnOnDemandRuleConnectionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnOnDemandRuleConnectionAction";
    const MEMBERS: &'static [&'static str] = &[
        "connect",
        "evaluateConnection",
        "ignore",
        "disconnect",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "connect" => Self::Connect,
                "evaluateConnection" => Self::EvaluateConnection,
                "ignore" => Self::Ignore,
                "disconnect" => Self::Disconnect,
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
            Self::Connect => "connect",
            Self::EvaluateConnection => "evaluateConnection",
            Self::Ignore => "ignore",
            Self::Disconnect => "disconnect",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnOnDemandRuleConnectionAction);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnOnDemandRuleConnectionAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnOnDemandRuleConnectionDomainAction`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnOnDemandRuleConnectionDomainAction {
    /// `connectIfNeeded` (value 0).
    ConnectIfNeeded,
    /// `neverConnect` (value 1).
    NeverConnect,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnOnDemandRuleConnectionDomainAction {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnOnDemandRuleConnectionDomainAction";
    const MEMBERS: &'static [&'static str] = &["connectIfNeeded", "neverConnect"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "connectIfNeeded" => Self::ConnectIfNeeded,
                "neverConnect" => Self::NeverConnect,
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
            Self::ConnectIfNeeded => "connectIfNeeded",
            Self::NeverConnect => "neverConnect",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnOnDemandRuleConnectionDomainAction);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnOnDemandRuleConnectionDomainAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN Proxy Server.
///
/// CSDL: `microsoft.graph.vpnProxyServer`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VpnProxyServer {
    /// Address.
    ///
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// Proxy's automatic configuration script url.
    ///
    /// CSDL: property `automaticConfigurationScriptUrl`: `Edm.String`, nullable.
    pub automatic_configuration_script_url: rt::Field<::std::string::String>,
    /// Port. Valid values 0 to 65535
    ///
    /// CSDL: property `port`: `Edm.Int32`, nullable.
    pub port: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VpnProxyServer {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            automatic_configuration_script_url: rt::Field::Absent,
            port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VpnProxyServer {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnProxyServer";
    const KEYS: &'static [&'static str] = &[
        "address",
        "automaticConfigurationScriptUrl",
        "port",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"automaticConfigurationScriptUrl\":",
        ",\"port\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vpnProxyServer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(
            1usize,
            "automatic_configuration_script_url",
            &self.automatic_configuration_script_url,
        );
        v.field(2usize, "port", &self.port);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VpnProxyServer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.automatic_configuration_script_url.read_from(r),
            2usize => self.port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.automatic_configuration_script_url);
        w.field(2usize, &self.port);
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
rt::impl_object!(VpnProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VpnProxyServer { with_address address : ::std::string::String;
    with_automatic_configuration_script_url automatic_configuration_script_url :
    ::std::string::String; with_port port : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.vpnProxyServer` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVpnProxyServer {
    VpnProxyServer(::std::boxed::Box<crate::beta::VpnProxyServer>),
    Windows10VpnProxyServer(::std::boxed::Box<crate::beta::Windows10VpnProxyServer>),
    Windows81VpnProxyServer(::std::boxed::Box<crate::beta::Windows81VpnProxyServer>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyVpnProxyServer {
    #[inline]
    fn default() -> Self {
        Self::VpnProxyServer(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VpnProxyServer> for AnyVpnProxyServer {
    #[inline]
    fn from(v: crate::beta::VpnProxyServer) -> Self {
        Self::VpnProxyServer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10VpnProxyServer> for AnyVpnProxyServer {
    #[inline]
    fn from(v: crate::beta::Windows10VpnProxyServer) -> Self {
        Self::Windows10VpnProxyServer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81VpnProxyServer> for AnyVpnProxyServer {
    #[inline]
    fn from(v: crate::beta::Windows81VpnProxyServer) -> Self {
        Self::Windows81VpnProxyServer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyVpnProxyServer {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyVpnProxyServer {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyVpnProxyServer {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyVpnProxyServer {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyVpnProxyServer {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::VpnProxyServer>();
    rt::object::auto_traits::<crate::beta::Windows10VpnProxyServer>();
    rt::object::auto_traits::<crate::beta::Windows81VpnProxyServer>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyVpnProxyServer {
    const BASE_NAME: &'static str = "microsoft.graph.vpnProxyServer";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.windows10VpnProxyServer") => {
                Self::Windows10VpnProxyServer(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windows81VpnProxyServer") => {
                Self::Windows81VpnProxyServer(rt::object::new_boxed())
            }
            _ => Self::VpnProxyServer(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::VpnProxyServer(v) => &**v,
            Self::Windows10VpnProxyServer(v) => &**v,
            Self::Windows81VpnProxyServer(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::VpnProxyServer(v) => &mut **v,
            Self::Windows10VpnProxyServer(v) => &mut **v,
            Self::Windows81VpnProxyServer(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyVpnProxyServer {
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
    /// `address` of any variant.
    #[inline]
    pub fn address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VpnProxyServer(v) => &v.address,
            Self::Windows10VpnProxyServer(v) => &v.address,
            Self::Windows81VpnProxyServer(v) => &v.address,
        }
    }
    /// `address` of any variant.
    #[inline]
    pub fn address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VpnProxyServer(v) => &mut v.address,
            Self::Windows10VpnProxyServer(v) => &mut v.address,
            Self::Windows81VpnProxyServer(v) => &mut v.address,
        }
    }
    /// `automaticConfigurationScriptUrl` of any variant.
    #[inline]
    pub fn automatic_configuration_script_url(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::VpnProxyServer(v) => &v.automatic_configuration_script_url,
            Self::Windows10VpnProxyServer(v) => &v.automatic_configuration_script_url,
            Self::Windows81VpnProxyServer(v) => &v.automatic_configuration_script_url,
        }
    }
    /// `automaticConfigurationScriptUrl` of any variant.
    #[inline]
    pub fn automatic_configuration_script_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VpnProxyServer(v) => &mut v.automatic_configuration_script_url,
            Self::Windows10VpnProxyServer(v) => &mut v.automatic_configuration_script_url,
            Self::Windows81VpnProxyServer(v) => &mut v.automatic_configuration_script_url,
        }
    }
    /// `port` of any variant.
    #[inline]
    pub fn port(&self) -> &rt::Field<i32> {
        match self {
            Self::VpnProxyServer(v) => &v.port,
            Self::Windows10VpnProxyServer(v) => &v.port,
            Self::Windows81VpnProxyServer(v) => &v.port,
        }
    }
    /// `port` of any variant.
    #[inline]
    pub fn port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::VpnProxyServer(v) => &mut v.port,
            Self::Windows10VpnProxyServer(v) => &mut v.port,
            Self::Windows81VpnProxyServer(v) => &mut v.port,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyVpnProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVpnProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN Route definition.
///
/// CSDL: `microsoft.graph.vpnRoute`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VpnRoute {
    /// Destination prefix (IPv4/v6 address).
    ///
    /// CSDL: property `destinationPrefix`: `Edm.String`, not nullable.
    pub destination_prefix: rt::Field<::std::string::String>,
    /// Prefix size. (1-32). Valid values 1 to 32
    ///
    /// CSDL: property `prefixSize`: `Edm.Int32`, not nullable.
    pub prefix_size: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VpnRoute {
    #[inline]
    fn default() -> Self {
        Self {
            destination_prefix: rt::Field::Absent,
            prefix_size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VpnRoute {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnRoute";
    const KEYS: &'static [&'static str] = &["destinationPrefix", "prefixSize"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"destinationPrefix\":            ",
        ",\"prefixSize\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vpnRoute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination_prefix", &self.destination_prefix);
        v.field(1usize, "prefix_size", &self.prefix_size);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VpnRoute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_prefix.read_from(r),
            1usize => self.prefix_size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_prefix);
        w.field(1usize, &self.prefix_size);
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
rt::impl_object!(VpnRoute);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VpnRoute { with_destination_prefix destination_prefix : ::std::string::String;
    with_prefix_size prefix_size : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnRoute);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnServiceExceptionAction`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnServiceExceptionAction {
    /// `forceTrafficViaVPN` (value 0).
    ForceTrafficViaVpn,
    /// `allowTrafficOutside` (value 1).
    AllowTrafficOutside,
    /// `dropTraffic` (value 2).
    DropTraffic,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnServiceExceptionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnServiceExceptionAction";
    const MEMBERS: &'static [&'static str] = &[
        "forceTrafficViaVPN",
        "allowTrafficOutside",
        "dropTraffic",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "forceTrafficViaVPN" => Self::ForceTrafficViaVpn,
                "allowTrafficOutside" => Self::AllowTrafficOutside,
                "dropTraffic" => Self::DropTraffic,
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
            Self::ForceTrafficViaVpn => "forceTrafficViaVPN",
            Self::AllowTrafficOutside => "allowTrafficOutside",
            Self::DropTraffic => "dropTraffic",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnServiceExceptionAction);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnServiceExceptionAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnTunnelConfigurationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnTunnelConfigurationType {
    /// `wifiAndCellular` (value 0).
    WifiAndCellular,
    /// `cellular` (value 1).
    Cellular,
    /// `wifi` (value 2).
    Wifi,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnTunnelConfigurationType {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnTunnelConfigurationType";
    const MEMBERS: &'static [&'static str] = &["wifiAndCellular", "cellular", "wifi"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "wifiAndCellular" => Self::WifiAndCellular,
                "cellular" => Self::Cellular,
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
            Self::WifiAndCellular => "wifiAndCellular",
            Self::Cellular => "cellular",
            Self::Wifi => "wifi",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnTunnelConfigurationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnTunnelConfigurationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// License summary of a given app in a token.
///
/// CSDL: `microsoft.graph.vppTokenLicenseSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct VppTokenLicenseSummary {
    /// The Apple Id associated with the given Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `appleId`: `Edm.String`, nullable.
    pub apple_id: rt::Field<::std::string::String>,
    /// The number of VPP licenses available.
    ///
    /// CSDL: property `availableLicenseCount`: `Edm.Int32`, not nullable.
    pub available_license_count: rt::Field<i32>,
    /// The organization associated with the Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `organizationName`: `Edm.String`, nullable.
    pub organization_name: rt::Field<::std::string::String>,
    /// The number of VPP licenses in use.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// Identifier of the VPP token.
    ///
    /// CSDL: property `vppTokenId`: `Edm.String`, nullable.
    pub vpp_token_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for VppTokenLicenseSummary {
    #[inline]
    fn default() -> Self {
        Self {
            apple_id: rt::Field::Absent,
            available_license_count: rt::Field::Absent,
            organization_name: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            vpp_token_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for VppTokenLicenseSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenLicenseSummary";
    const KEYS: &'static [&'static str] = &[
        "appleId",
        "availableLicenseCount",
        "organizationName",
        "usedLicenseCount",
        "vppTokenId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appleId\":                      ",
        ",\"availableLicenseCount\":        ",
        ",\"organizationName\":             ",
        ",\"usedLicenseCount\":             ",
        ",\"vppTokenId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vppTokenLicenseSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apple_id", &self.apple_id);
        v.field(1usize, "available_license_count", &self.available_license_count);
        v.field(2usize, "organization_name", &self.organization_name);
        v.field(3usize, "used_license_count", &self.used_license_count);
        v.field(4usize, "vpp_token_id", &self.vpp_token_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for VppTokenLicenseSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apple_id.read_from(r),
            1usize => self.available_license_count.read_from(r),
            2usize => self.organization_name.read_from(r),
            3usize => self.used_license_count.read_from(r),
            4usize => self.vpp_token_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apple_id);
        w.field(1usize, &self.available_license_count);
        w.field(2usize, &self.organization_name);
        w.field(3usize, &self.used_license_count);
        w.field(4usize, &self.vpp_token_id);
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
rt::impl_object!(VppTokenLicenseSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    VppTokenLicenseSummary { with_apple_id apple_id : ::std::string::String;
    with_available_license_count available_license_count : i32; with_organization_name
    organization_name : ::std::string::String; with_used_license_count used_license_count
    : i32; with_vpp_token_id vpp_token_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenLicenseSummary);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.vulnerabilityState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct VulnerabilityState {
    /// CSDL: property `cve`: `Edm.String`, nullable.
    pub cve: rt::Field<::std::string::String>,
    /// CSDL: property `severity`: `Edm.String`, nullable.
    pub severity: rt::Field<::std::string::String>,
    /// CSDL: property `wasRunning`: `Edm.Boolean`, nullable.
    pub was_running: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for VulnerabilityState {
    #[inline]
    fn default() -> Self {
        Self {
            cve: rt::Field::Absent,
            severity: rt::Field::Absent,
            was_running: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for VulnerabilityState {
    const TYPE_NAME: &'static str = "microsoft.graph.vulnerabilityState";
    const KEYS: &'static [&'static str] = &["cve", "severity", "wasRunning"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cve\":                          ",
        ",\"severity\":                     ",
        ",\"wasRunning\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vulnerabilityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cve", &self.cve);
        v.field(1usize, "severity", &self.severity);
        v.field(2usize, "was_running", &self.was_running);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for VulnerabilityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cve.read_from(r),
            1usize => self.severity.read_from(r),
            2usize => self.was_running.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cve);
        w.field(1usize, &self.severity);
        w.field(2usize, &self.was_running);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(VulnerabilityState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    VulnerabilityState { with_cve cve : ::std::string::String; with_severity severity :
    ::std::string::String; with_was_running was_running : bool; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VulnerabilityState);
