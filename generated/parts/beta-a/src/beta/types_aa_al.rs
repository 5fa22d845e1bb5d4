//! Types of `microsoft.graph` by the first letters of their names (`aa_al`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.aadUserConversationMemberResult`, complex type, derived from `microsoft.graph.actionResultPart`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AadUserConversationMemberResult {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::beta::PublicError>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AadUserConversationMemberResult {
    #[inline]
    fn default() -> Self {
        Self {
            error: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AadUserConversationMemberResult {
    const TYPE_NAME: &'static str = "microsoft.graph.aadUserConversationMemberResult";
    const KEYS: &'static [&'static str] = &["error", "userId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"error\":                        ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aadUserConversationMemberResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error", &self.error);
        v.field(1usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AadUserConversationMemberResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error.read_from(r),
            1usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error);
        w.field(1usize, &self.user_id);
    }
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
rt::impl_object!(AadUserConversationMemberResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AadUserConversationMemberResult { with_error error : crate ::beta::PublicError;
    with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AadUserConversationMemberResult);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.acceptJoinResponse`, complex type, derived from `microsoft.graph.participantJoiningResponse`.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct AcceptJoinResponse {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AcceptJoinResponse {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for AcceptJoinResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.acceptJoinResponse";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.acceptJoinResponse\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for AcceptJoinResponse {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(AcceptJoinResponse);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AcceptJoinResponse);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackagePath`](requests/trait.AccessPackagePath.html), what a path to one (`EntityPath<AccessPackage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `catalogId`: `Edm.String`, nullable.
    pub catalog_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isHidden`: `Edm.Boolean`, nullable.
    pub is_hidden: rt::Field<bool>,
    /// CSDL: property `isRoleScopesVisible`: `Edm.Boolean`, nullable.
    pub is_role_scopes_visible: rt::Field<bool>,
    /// CSDL: property `modifiedBy`: `Edm.String`, nullable.
    pub modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `accessPackageAssignmentPolicies`: `Collection(microsoft.graph.accessPackageAssignmentPolicy)`, not nullable.
    pub access_package_assignment_policies: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageAssignmentPolicy>,
    >,
    /// CSDL: navigation property `accessPackageCatalog`: `microsoft.graph.accessPackageCatalog`, nullable.
    pub access_package_catalog: rt::Field<crate::beta::AccessPackageCatalog>,
    /// CSDL: containment navigation property `accessPackageResourceRoleScopes`: `Collection(microsoft.graph.accessPackageResourceRoleScope)`, not nullable.
    pub access_package_resource_role_scopes: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceRoleScope>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            catalog_id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_hidden: rt::Field::Absent,
            is_role_scopes_visible: rt::Field::Absent,
            modified_by: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            access_package_assignment_policies: rt::Field::Absent,
            access_package_catalog: rt::Field::Absent,
            access_package_resource_role_scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackage {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "catalogId",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "isHidden",
        "isRoleScopesVisible",
        "modifiedBy",
        "modifiedDateTime",
        "accessPackageAssignmentPolicies",
        "accessPackageCatalog",
        "accessPackageResourceRoleScopes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"catalogId\":                    ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isHidden\":                     ",
        ",\"isRoleScopesVisible\":          ",
        ",\"modifiedBy\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"accessPackageAssignmentPolicies\":",
        ",\"accessPackageCatalog\":         ",
        ",\"accessPackageResourceRoleScopes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "catalog_id", &self.catalog_id);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "is_hidden", &self.is_hidden);
        v.field(7usize, "is_role_scopes_visible", &self.is_role_scopes_visible);
        v.field(8usize, "modified_by", &self.modified_by);
        v.field(9usize, "modified_date_time", &self.modified_date_time);
        v.field(
            10usize,
            "access_package_assignment_policies",
            &self.access_package_assignment_policies,
        );
        v.field(11usize, "access_package_catalog", &self.access_package_catalog);
        v.field(
            12usize,
            "access_package_resource_role_scopes",
            &self.access_package_resource_role_scopes,
        );
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.catalog_id.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.is_hidden.read_from(r),
            7usize => self.is_role_scopes_visible.read_from(r),
            8usize => self.modified_by.read_from(r),
            9usize => self.modified_date_time.read_from(r),
            10usize => self.access_package_assignment_policies.read_from(r),
            11usize => self.access_package_catalog.read_from(r),
            12usize => self.access_package_resource_role_scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.catalog_id);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.is_hidden);
        w.field(7usize, &self.is_role_scopes_visible);
        w.field(8usize, &self.modified_by);
        w.field(9usize, &self.modified_date_time);
        w.field(10usize, &self.access_package_assignment_policies);
        w.field(11usize, &self.access_package_catalog);
        w.field(12usize, &self.access_package_resource_role_scopes);
    }
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
rt::impl_object!(AccessPackage);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackage { with_id id : ::std::string::String; with_catalog_id catalog_id :
    ::std::string::String; with_created_by created_by : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_hidden is_hidden : bool; with_is_role_scopes_visible
    is_role_scopes_visible : bool; with_modified_by modified_by : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset;
    with_access_package_assignment_policies access_package_assignment_policies :
    ::std::vec::Vec < crate ::beta::AccessPackageAssignmentPolicy >;
    with_access_package_catalog access_package_catalog : crate
    ::beta::AccessPackageCatalog; with_access_package_resource_role_scopes
    access_package_resource_role_scopes : ::std::vec::Vec < crate
    ::beta::AccessPackageResourceRoleScope >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackage);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAnswer`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageAnswer {
    /// CSDL: property `answeredQuestion`: `microsoft.graph.accessPackageQuestion`, nullable.
    pub answered_question: rt::Field<crate::beta::AnyAccessPackageQuestion>,
    /// CSDL: property `displayValue`: `Edm.String`, nullable.
    pub display_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAnswer {
    #[inline]
    fn default() -> Self {
        Self {
            answered_question: rt::Field::Absent,
            display_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageAnswer {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAnswer";
    const KEYS: &'static [&'static str] = &["answeredQuestion", "displayValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"answeredQuestion\":             ",
        ",\"displayValue\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAnswer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "answered_question", &self.answered_question);
        v.field(1usize, "display_value", &self.display_value);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAnswer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.answered_question.read_from(r),
            1usize => self.display_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.answered_question);
        w.field(1usize, &self.display_value);
    }
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
rt::impl_object!(AccessPackageAnswer);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAnswer { with_answered_question answered_question : crate
    ::beta::AnyAccessPackageQuestion; with_display_value display_value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAnswer);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// `microsoft.graph.accessPackageAnswer` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageAnswer {
    AccessPackageAnswer(::std::boxed::Box<crate::beta::AccessPackageAnswer>),
    AccessPackageAnswerString(::std::boxed::Box<crate::beta::AccessPackageAnswerString>),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageAnswer {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageAnswer(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageAnswer> for AnyAccessPackageAnswer {
    #[inline]
    fn from(v: crate::beta::AccessPackageAnswer) -> Self {
        Self::AccessPackageAnswer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageAnswerString>
for AnyAccessPackageAnswer {
    #[inline]
    fn from(v: crate::beta::AccessPackageAnswerString) -> Self {
        Self::AccessPackageAnswerString(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageAnswer {}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageAnswer {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageAnswer {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageAnswer {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageAnswer {}
#[cfg(msgraph_beta_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessPackageAnswer>();
    rt::object::auto_traits::<crate::beta::AccessPackageAnswerString>();
};
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageAnswer {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageAnswer";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.accessPackageAnswerString") => {
                Self::AccessPackageAnswerString(rt::object::new_boxed())
            }
            _ => Self::AccessPackageAnswer(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageAnswer(v) => &**v,
            Self::AccessPackageAnswerString(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageAnswer(v) => &mut **v,
            Self::AccessPackageAnswerString(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl AnyAccessPackageAnswer {
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
    /// `answeredQuestion` of any variant.
    #[inline]
    pub fn answered_question(
        &self,
    ) -> &rt::Field<crate::beta::AnyAccessPackageQuestion> {
        match self {
            Self::AccessPackageAnswer(v) => &v.answered_question,
            Self::AccessPackageAnswerString(v) => &v.answered_question,
        }
    }
    /// `answeredQuestion` of any variant.
    #[inline]
    pub fn answered_question_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyAccessPackageQuestion> {
        match self {
            Self::AccessPackageAnswer(v) => &mut v.answered_question,
            Self::AccessPackageAnswerString(v) => &mut v.answered_question,
        }
    }
    /// `displayValue` of any variant.
    #[inline]
    pub fn display_value(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAnswer(v) => &v.display_value,
            Self::AccessPackageAnswerString(v) => &v.display_value,
        }
    }
    /// `displayValue` of any variant.
    #[inline]
    pub fn display_value_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAnswer(v) => &mut v.display_value,
            Self::AccessPackageAnswerString(v) => &mut v.display_value,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_poly!(AnyAccessPackageAnswer);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageAnswer);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAnswerChoice`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageAnswerChoice {
    /// CSDL: property `actualValue`: `Edm.String`, nullable.
    pub actual_value: rt::Field<::std::string::String>,
    /// CSDL: property `displayValue`: `microsoft.graph.accessPackageLocalizedContent`, nullable.
    pub display_value: rt::Field<crate::beta::AccessPackageLocalizedContent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAnswerChoice {
    #[inline]
    fn default() -> Self {
        Self {
            actual_value: rt::Field::Absent,
            display_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageAnswerChoice {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAnswerChoice";
    const KEYS: &'static [&'static str] = &["actualValue", "displayValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actualValue\":                  ",
        ",\"displayValue\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAnswerChoice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "actual_value", &self.actual_value);
        v.field(1usize, "display_value", &self.display_value);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAnswerChoice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.actual_value.read_from(r),
            1usize => self.display_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.actual_value);
        w.field(1usize, &self.display_value);
    }
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
rt::impl_object!(AccessPackageAnswerChoice);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAnswerChoice { with_actual_value actual_value : ::std::string::String;
    with_display_value display_value : crate ::beta::AccessPackageLocalizedContent; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAnswerChoice);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAnswerString`, complex type, derived from `microsoft.graph.accessPackageAnswer`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageAnswerString {
    /// CSDL: property `answeredQuestion`: `microsoft.graph.accessPackageQuestion`, nullable.
    pub answered_question: rt::Field<crate::beta::AnyAccessPackageQuestion>,
    /// CSDL: property `displayValue`: `Edm.String`, nullable.
    pub display_value: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAnswerString {
    #[inline]
    fn default() -> Self {
        Self {
            answered_question: rt::Field::Absent,
            display_value: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageAnswerString {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAnswerString";
    const KEYS: &'static [&'static str] = &["answeredQuestion", "displayValue", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"answeredQuestion\":             ",
        ",\"displayValue\":                 ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAnswerString\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "answered_question", &self.answered_question);
        v.field(1usize, "display_value", &self.display_value);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAnswerString {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.answered_question.read_from(r),
            1usize => self.display_value.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.answered_question);
        w.field(1usize, &self.display_value);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(AccessPackageAnswerString);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAnswerString { with_answered_question answered_question : crate
    ::beta::AnyAccessPackageQuestion; with_display_value display_value :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAnswerString);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageAssignmentFilterByCurrentUserOptions {
    /// `target` (value 1).
    Target,
    /// `createdBy` (value 2).
    CreatedBy,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageAssignmentFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "target",
        "createdBy",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "target" => Self::Target,
                "createdBy" => Self::CreatedBy,
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
            Self::Target => "target",
            Self::CreatedBy => "createdBy",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_enum!(AccessPackageAssignmentFilterByCurrentUserOptions);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentFilterByCurrentUserOptions);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentPolicyPath`](requests/trait.AccessPackageAssignmentPolicyPath.html), what a path to one (`EntityPath<AccessPackageAssignmentPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessPackageId`: `Edm.String`, nullable.
    pub access_package_id: rt::Field<::std::string::String>,
    /// CSDL: property `accessReviewSettings`: `microsoft.graph.assignmentReviewSettings`, nullable.
    pub access_review_settings: rt::Field<crate::beta::AssignmentReviewSettings>,
    /// CSDL: property `canExtend`: `Edm.Boolean`, nullable.
    pub can_extend: rt::Field<bool>,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `durationInDays`: `Edm.Int32`, nullable.
    pub duration_in_days: rt::Field<i32>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `modifiedBy`: `Edm.String`, nullable.
    pub modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `questions`: `Collection(microsoft.graph.accessPackageQuestion)`, nullable.
    pub questions: rt::Field<::std::vec::Vec<crate::beta::AnyAccessPackageQuestion>>,
    /// CSDL: property `requestApprovalSettings`: `microsoft.graph.approvalSettings`, nullable.
    pub request_approval_settings: rt::Field<crate::beta::ApprovalSettings>,
    /// CSDL: property `requestorSettings`: `microsoft.graph.requestorSettings`, nullable.
    pub requestor_settings: rt::Field<crate::beta::RequestorSettings>,
    /// CSDL: navigation property `accessPackage`: `microsoft.graph.accessPackage`, nullable.
    pub access_package: rt::Field<crate::beta::AccessPackage>,
    /// CSDL: containment navigation property `accessPackageCatalog`: `microsoft.graph.accessPackageCatalog`, nullable.
    pub access_package_catalog: rt::Field<crate::beta::AccessPackageCatalog>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_package_id: rt::Field::Absent,
            access_review_settings: rt::Field::Absent,
            can_extend: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            duration_in_days: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            modified_by: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            questions: rt::Field::Absent,
            request_approval_settings: rt::Field::Absent,
            requestor_settings: rt::Field::Absent,
            access_package: rt::Field::Absent,
            access_package_catalog: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessPackageId",
        "accessReviewSettings",
        "canExtend",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "durationInDays",
        "expirationDateTime",
        "modifiedBy",
        "modifiedDateTime",
        "questions",
        "requestApprovalSettings",
        "requestorSettings",
        "accessPackage",
        "accessPackageCatalog",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessPackageId\":              ",
        ",\"accessReviewSettings\":         ",
        ",\"canExtend\":                    ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"durationInDays\":               ",
        ",\"expirationDateTime\":           ",
        ",\"modifiedBy\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"questions\":                    ",
        ",\"requestApprovalSettings\":      ",
        ",\"requestorSettings\":            ",
        ",\"accessPackage\":                ",
        ",\"accessPackageCatalog\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_package_id", &self.access_package_id);
        v.field(2usize, "access_review_settings", &self.access_review_settings);
        v.field(3usize, "can_extend", &self.can_extend);
        v.field(4usize, "created_by", &self.created_by);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "description", &self.description);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "duration_in_days", &self.duration_in_days);
        v.field(9usize, "expiration_date_time", &self.expiration_date_time);
        v.field(10usize, "modified_by", &self.modified_by);
        v.field(11usize, "modified_date_time", &self.modified_date_time);
        v.field(12usize, "questions", &self.questions);
        v.field(13usize, "request_approval_settings", &self.request_approval_settings);
        v.field(14usize, "requestor_settings", &self.requestor_settings);
        v.field(15usize, "access_package", &self.access_package);
        v.field(16usize, "access_package_catalog", &self.access_package_catalog);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_package_id.read_from(r),
            2usize => self.access_review_settings.read_from(r),
            3usize => self.can_extend.read_from(r),
            4usize => self.created_by.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.description.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.duration_in_days.read_from(r),
            9usize => self.expiration_date_time.read_from(r),
            10usize => self.modified_by.read_from(r),
            11usize => self.modified_date_time.read_from(r),
            12usize => self.questions.read_from(r),
            13usize => self.request_approval_settings.read_from(r),
            14usize => self.requestor_settings.read_from(r),
            15usize => self.access_package.read_from(r),
            16usize => self.access_package_catalog.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_package_id);
        w.field(2usize, &self.access_review_settings);
        w.field(3usize, &self.can_extend);
        w.field(4usize, &self.created_by);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.description);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.duration_in_days);
        w.field(9usize, &self.expiration_date_time);
        w.field(10usize, &self.modified_by);
        w.field(11usize, &self.modified_date_time);
        w.field(12usize, &self.questions);
        w.field(13usize, &self.request_approval_settings);
        w.field(14usize, &self.requestor_settings);
        w.field(15usize, &self.access_package);
        w.field(16usize, &self.access_package_catalog);
    }
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
rt::impl_object!(AccessPackageAssignmentPolicy);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentPolicy { with_id id : ::std::string::String;
    with_access_package_id access_package_id : ::std::string::String;
    with_access_review_settings access_review_settings : crate
    ::beta::AssignmentReviewSettings; with_can_extend can_extend : bool; with_created_by
    created_by : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_duration_in_days
    duration_in_days : i32; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_modified_by modified_by : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset; with_questions
    questions : ::std::vec::Vec < crate ::beta::AnyAccessPackageQuestion >;
    with_request_approval_settings request_approval_settings : crate
    ::beta::ApprovalSettings; with_requestor_settings requestor_settings : crate
    ::beta::RequestorSettings; with_access_package access_package : crate
    ::beta::AccessPackage; with_access_package_catalog access_package_catalog : crate
    ::beta::AccessPackageCatalog; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentPolicy);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageCatalog`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageCatalogPath`](requests/trait.AccessPackageCatalogPath.html), what a path to one (`EntityPath<AccessPackageCatalog, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageCatalog {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `catalogStatus`: `Edm.String`, nullable.
    pub catalog_status: rt::Field<::std::string::String>,
    /// CSDL: property `catalogType`: `Edm.String`, nullable.
    pub catalog_type: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isExternallyVisible`: `Edm.Boolean`, nullable.
    pub is_externally_visible: rt::Field<bool>,
    /// CSDL: property `modifiedBy`: `Edm.String`, nullable.
    pub modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `accessPackageResourceRoles`: `Collection(microsoft.graph.accessPackageResourceRole)`, not nullable.
    pub access_package_resource_roles: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceRole>,
    >,
    /// CSDL: containment navigation property `accessPackageResources`: `Collection(microsoft.graph.accessPackageResource)`, not nullable.
    pub access_package_resources: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResource>,
    >,
    /// CSDL: containment navigation property `accessPackageResourceScopes`: `Collection(microsoft.graph.accessPackageResourceScope)`, not nullable.
    pub access_package_resource_scopes: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceScope>,
    >,
    /// CSDL: containment navigation property `accessPackages`: `Collection(microsoft.graph.accessPackage)`, not nullable.
    pub access_packages: rt::Field<::std::vec::Vec<crate::beta::AccessPackage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageCatalog {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            catalog_status: rt::Field::Absent,
            catalog_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_externally_visible: rt::Field::Absent,
            modified_by: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            access_package_resource_roles: rt::Field::Absent,
            access_package_resources: rt::Field::Absent,
            access_package_resource_scopes: rt::Field::Absent,
            access_packages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageCatalog {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageCatalog";
    const KEYS: &'static [&'static str] = &[
        "id",
        "catalogStatus",
        "catalogType",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "isExternallyVisible",
        "modifiedBy",
        "modifiedDateTime",
        "accessPackageResourceRoles",
        "accessPackageResources",
        "accessPackageResourceScopes",
        "accessPackages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"catalogStatus\":                ",
        ",\"catalogType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isExternallyVisible\":          ",
        ",\"modifiedBy\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"accessPackageResourceRoles\":   ",
        ",\"accessPackageResources\":       ",
        ",\"accessPackageResourceScopes\":  ",
        ",\"accessPackages\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageCatalog\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "catalog_status", &self.catalog_status);
        v.field(2usize, "catalog_type", &self.catalog_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "is_externally_visible", &self.is_externally_visible);
        v.field(8usize, "modified_by", &self.modified_by);
        v.field(9usize, "modified_date_time", &self.modified_date_time);
        v.field(
            10usize,
            "access_package_resource_roles",
            &self.access_package_resource_roles,
        );
        v.field(11usize, "access_package_resources", &self.access_package_resources);
        v.field(
            12usize,
            "access_package_resource_scopes",
            &self.access_package_resource_scopes,
        );
        v.field(13usize, "access_packages", &self.access_packages);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageCatalog {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.catalog_status.read_from(r),
            2usize => self.catalog_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.is_externally_visible.read_from(r),
            8usize => self.modified_by.read_from(r),
            9usize => self.modified_date_time.read_from(r),
            10usize => self.access_package_resource_roles.read_from(r),
            11usize => self.access_package_resources.read_from(r),
            12usize => self.access_package_resource_scopes.read_from(r),
            13usize => self.access_packages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.catalog_status);
        w.field(2usize, &self.catalog_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.is_externally_visible);
        w.field(8usize, &self.modified_by);
        w.field(9usize, &self.modified_date_time);
        w.field(10usize, &self.access_package_resource_roles);
        w.field(11usize, &self.access_package_resources);
        w.field(12usize, &self.access_package_resource_scopes);
        w.field(13usize, &self.access_packages);
    }
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
rt::impl_object!(AccessPackageCatalog);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageCatalog { with_id id : ::std::string::String; with_catalog_status
    catalog_status : ::std::string::String; with_catalog_type catalog_type :
    ::std::string::String; with_created_by created_by : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_externally_visible is_externally_visible : bool;
    with_modified_by modified_by : ::std::string::String; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_access_package_resource_roles
    access_package_resource_roles : ::std::vec::Vec < crate
    ::beta::AccessPackageResourceRole >; with_access_package_resources
    access_package_resources : ::std::vec::Vec < crate ::beta::AccessPackageResource >;
    with_access_package_resource_scopes access_package_resource_scopes : ::std::vec::Vec
    < crate ::beta::AccessPackageResourceScope >; with_access_packages access_packages :
    ::std::vec::Vec < crate ::beta::AccessPackage >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageCatalog);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageLocalizedContent`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageLocalizedContent {
    /// CSDL: property `defaultText`: `Edm.String`, nullable.
    pub default_text: rt::Field<::std::string::String>,
    /// CSDL: property `localizedTexts`: `Collection(microsoft.graph.accessPackageLocalizedText)`, nullable.
    pub localized_texts: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageLocalizedText>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageLocalizedContent {
    #[inline]
    fn default() -> Self {
        Self {
            default_text: rt::Field::Absent,
            localized_texts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageLocalizedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageLocalizedContent";
    const KEYS: &'static [&'static str] = &["defaultText", "localizedTexts"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultText\":                  ",
        ",\"localizedTexts\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageLocalizedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_text", &self.default_text);
        v.field(1usize, "localized_texts", &self.localized_texts);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageLocalizedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_text.read_from(r),
            1usize => self.localized_texts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_text);
        w.field(1usize, &self.localized_texts);
    }
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
rt::impl_object!(AccessPackageLocalizedContent);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageLocalizedContent { with_default_text default_text :
    ::std::string::String; with_localized_texts localized_texts : ::std::vec::Vec < crate
    ::beta::AccessPackageLocalizedText >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageLocalizedContent);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageLocalizedText`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageLocalizedText {
    /// CSDL: property `languageCode`: `Edm.String`, nullable.
    pub language_code: rt::Field<::std::string::String>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageLocalizedText {
    #[inline]
    fn default() -> Self {
        Self {
            language_code: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageLocalizedText {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageLocalizedText";
    const KEYS: &'static [&'static str] = &["languageCode", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"languageCode\":                 ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageLocalizedText\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "language_code", &self.language_code);
        v.field(1usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageLocalizedText {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.language_code.read_from(r),
            1usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.language_code);
        w.field(1usize, &self.text);
    }
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
rt::impl_object!(AccessPackageLocalizedText);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageLocalizedText { with_language_code language_code :
    ::std::string::String; with_text text : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageLocalizedText);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageMultipleChoiceQuestion`, complex type, derived from `microsoft.graph.accessPackageQuestion`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageMultipleChoiceQuestion {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `text`: `microsoft.graph.accessPackageLocalizedContent`, nullable.
    pub text: rt::Field<crate::beta::AccessPackageLocalizedContent>,
    /// CSDL: property `allowsMultipleSelection`: `Edm.Boolean`, nullable.
    pub allows_multiple_selection: rt::Field<bool>,
    /// CSDL: property `choices`: `Collection(microsoft.graph.accessPackageAnswerChoice)`, nullable.
    pub choices: rt::Field<::std::vec::Vec<crate::beta::AccessPackageAnswerChoice>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageMultipleChoiceQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_required: rt::Field::Absent,
            sequence: rt::Field::Absent,
            text: rt::Field::Absent,
            allows_multiple_selection: rt::Field::Absent,
            choices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageMultipleChoiceQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageMultipleChoiceQuestion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRequired",
        "sequence",
        "text",
        "allowsMultipleSelection",
        "choices",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRequired\":                   ",
        ",\"sequence\":                     ",
        ",\"text\":                         ",
        ",\"allowsMultipleSelection\":      ",
        ",\"choices\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageMultipleChoiceQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_required", &self.is_required);
        v.field(2usize, "sequence", &self.sequence);
        v.field(3usize, "text", &self.text);
        v.field(4usize, "allows_multiple_selection", &self.allows_multiple_selection);
        v.field(5usize, "choices", &self.choices);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageMultipleChoiceQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_required.read_from(r),
            2usize => self.sequence.read_from(r),
            3usize => self.text.read_from(r),
            4usize => self.allows_multiple_selection.read_from(r),
            5usize => self.choices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_required);
        w.field(2usize, &self.sequence);
        w.field(3usize, &self.text);
        w.field(4usize, &self.allows_multiple_selection);
        w.field(5usize, &self.choices);
    }
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
rt::impl_object!(AccessPackageMultipleChoiceQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageMultipleChoiceQuestion { with_id id : ::std::string::String;
    with_is_required is_required : bool; with_sequence sequence : i32; with_text text :
    crate ::beta::AccessPackageLocalizedContent; with_allows_multiple_selection
    allows_multiple_selection : bool; with_choices choices : ::std::vec::Vec < crate
    ::beta::AccessPackageAnswerChoice >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageMultipleChoiceQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageQuestion`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageQuestion {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `text`: `microsoft.graph.accessPackageLocalizedContent`, nullable.
    pub text: rt::Field<crate::beta::AccessPackageLocalizedContent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_required: rt::Field::Absent,
            sequence: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageQuestion";
    const KEYS: &'static [&'static str] = &["id", "isRequired", "sequence", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRequired\":                   ",
        ",\"sequence\":                     ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_required", &self.is_required);
        v.field(2usize, "sequence", &self.sequence);
        v.field(3usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_required.read_from(r),
            2usize => self.sequence.read_from(r),
            3usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_required);
        w.field(2usize, &self.sequence);
        w.field(3usize, &self.text);
    }
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
rt::impl_object!(AccessPackageQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageQuestion { with_id id : ::std::string::String; with_is_required
    is_required : bool; with_sequence sequence : i32; with_text text : crate
    ::beta::AccessPackageLocalizedContent; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// `microsoft.graph.accessPackageQuestion` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageQuestion {
    AccessPackageQuestion(::std::boxed::Box<crate::beta::AccessPackageQuestion>),
    AccessPackageMultipleChoiceQuestion(
        ::std::boxed::Box<crate::beta::AccessPackageMultipleChoiceQuestion>,
    ),
    AccessPackageTextInputQuestion(
        ::std::boxed::Box<crate::beta::AccessPackageTextInputQuestion>,
    ),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageQuestion {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageQuestion(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageQuestion>
for AnyAccessPackageQuestion {
    #[inline]
    fn from(v: crate::beta::AccessPackageQuestion) -> Self {
        Self::AccessPackageQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageMultipleChoiceQuestion>
for AnyAccessPackageQuestion {
    #[inline]
    fn from(v: crate::beta::AccessPackageMultipleChoiceQuestion) -> Self {
        Self::AccessPackageMultipleChoiceQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageTextInputQuestion>
for AnyAccessPackageQuestion {
    #[inline]
    fn from(v: crate::beta::AccessPackageTextInputQuestion) -> Self {
        Self::AccessPackageTextInputQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageQuestion {}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageQuestion {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageQuestion {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageQuestion {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageQuestion {}
#[cfg(msgraph_beta_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessPackageQuestion>();
    rt::object::auto_traits::<crate::beta::AccessPackageMultipleChoiceQuestion>();
    rt::object::auto_traits::<crate::beta::AccessPackageTextInputQuestion>();
};
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageQuestion {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageQuestion";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageMultipleChoiceQuestion",
            ) => Self::AccessPackageMultipleChoiceQuestion(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageTextInputQuestion",
            ) => Self::AccessPackageTextInputQuestion(rt::object::new_boxed()),
            _ => Self::AccessPackageQuestion(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageQuestion(v) => &**v,
            Self::AccessPackageMultipleChoiceQuestion(v) => &**v,
            Self::AccessPackageTextInputQuestion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageQuestion(v) => &mut **v,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut **v,
            Self::AccessPackageTextInputQuestion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl AnyAccessPackageQuestion {
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
            Self::AccessPackageQuestion(v) => &v.id,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.id,
            Self::AccessPackageTextInputQuestion(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.id,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.id,
            Self::AccessPackageTextInputQuestion(v) => &mut v.id,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessPackageQuestion(v) => &v.is_required,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.is_required,
            Self::AccessPackageTextInputQuestion(v) => &v.is_required,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.is_required,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.is_required,
            Self::AccessPackageTextInputQuestion(v) => &mut v.is_required,
        }
    }
    /// `sequence` of any variant.
    #[inline]
    pub fn sequence(&self) -> &rt::Field<i32> {
        match self {
            Self::AccessPackageQuestion(v) => &v.sequence,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.sequence,
            Self::AccessPackageTextInputQuestion(v) => &v.sequence,
        }
    }
    /// `sequence` of any variant.
    #[inline]
    pub fn sequence_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.sequence,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.sequence,
            Self::AccessPackageTextInputQuestion(v) => &mut v.sequence,
        }
    }
    /// `text` of any variant.
    #[inline]
    pub fn text(&self) -> &rt::Field<crate::beta::AccessPackageLocalizedContent> {
        match self {
            Self::AccessPackageQuestion(v) => &v.text,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.text,
            Self::AccessPackageTextInputQuestion(v) => &v.text,
        }
    }
    /// `text` of any variant.
    #[inline]
    pub fn text_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AccessPackageLocalizedContent> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.text,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.text,
            Self::AccessPackageTextInputQuestion(v) => &mut v.text,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_poly!(AnyAccessPackageQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourcePath`](requests/trait.AccessPackageResourcePath.html), what a path to one (`EntityPath<AccessPackageResource, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `addedBy`: `Edm.String`, nullable.
    pub added_by: rt::Field<::std::string::String>,
    /// CSDL: property `addedOn`: `Edm.DateTimeOffset`, nullable.
    pub added_on: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `attributes`: `Collection(microsoft.graph.accessPackageResourceAttribute)`, nullable.
    pub attributes: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceAttribute>,
    >,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isPendingOnboarding`: `Edm.Boolean`, nullable.
    pub is_pending_onboarding: rt::Field<bool>,
    /// CSDL: property `originId`: `Edm.String`, nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: property `resourceType`: `Edm.String`, nullable.
    pub resource_type: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `accessPackageResourceEnvironment`: `microsoft.graph.accessPackageResourceEnvironment`, nullable.
    pub access_package_resource_environment: rt::Field<
        crate::beta::AccessPackageResourceEnvironment,
    >,
    /// CSDL: containment navigation property `accessPackageResourceRoles`: `Collection(microsoft.graph.accessPackageResourceRole)`, not nullable.
    pub access_package_resource_roles: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceRole>,
    >,
    /// CSDL: containment navigation property `accessPackageResourceScopes`: `Collection(microsoft.graph.accessPackageResourceScope)`, not nullable.
    pub access_package_resource_scopes: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceScope>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            added_by: rt::Field::Absent,
            added_on: rt::Field::Absent,
            attributes: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_pending_onboarding: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            url: rt::Field::Absent,
            access_package_resource_environment: rt::Field::Absent,
            access_package_resource_roles: rt::Field::Absent,
            access_package_resource_scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addedBy",
        "addedOn",
        "attributes",
        "description",
        "displayName",
        "isPendingOnboarding",
        "originId",
        "originSystem",
        "resourceType",
        "url",
        "accessPackageResourceEnvironment",
        "accessPackageResourceRoles",
        "accessPackageResourceScopes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addedBy\":                      ",
        ",\"addedOn\":                      ",
        ",\"attributes\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isPendingOnboarding\":          ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"resourceType\":                 ",
        ",\"url\":                          ",
        ",\"accessPackageResourceEnvironment\":",
        ",\"accessPackageResourceRoles\":   ",
        ",\"accessPackageResourceScopes\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "added_by", &self.added_by);
        v.field(2usize, "added_on", &self.added_on);
        v.field(3usize, "attributes", &self.attributes);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "is_pending_onboarding", &self.is_pending_onboarding);
        v.field(7usize, "origin_id", &self.origin_id);
        v.field(8usize, "origin_system", &self.origin_system);
        v.field(9usize, "resource_type", &self.resource_type);
        v.field(10usize, "url", &self.url);
        v.field(
            11usize,
            "access_package_resource_environment",
            &self.access_package_resource_environment,
        );
        v.field(
            12usize,
            "access_package_resource_roles",
            &self.access_package_resource_roles,
        );
        v.field(
            13usize,
            "access_package_resource_scopes",
            &self.access_package_resource_scopes,
        );
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.added_by.read_from(r),
            2usize => self.added_on.read_from(r),
            3usize => self.attributes.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.is_pending_onboarding.read_from(r),
            7usize => self.origin_id.read_from(r),
            8usize => self.origin_system.read_from(r),
            9usize => self.resource_type.read_from(r),
            10usize => self.url.read_from(r),
            11usize => self.access_package_resource_environment.read_from(r),
            12usize => self.access_package_resource_roles.read_from(r),
            13usize => self.access_package_resource_scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.added_by);
        w.field(2usize, &self.added_on);
        w.field(3usize, &self.attributes);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.is_pending_onboarding);
        w.field(7usize, &self.origin_id);
        w.field(8usize, &self.origin_system);
        w.field(9usize, &self.resource_type);
        w.field(10usize, &self.url);
        w.field(11usize, &self.access_package_resource_environment);
        w.field(12usize, &self.access_package_resource_roles);
        w.field(13usize, &self.access_package_resource_scopes);
    }
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
rt::impl_object!(AccessPackageResource);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResource { with_id id : ::std::string::String; with_added_by added_by :
    ::std::string::String; with_added_on added_on : rt::edm::DateTimeOffset;
    with_attributes attributes : ::std::vec::Vec < crate
    ::beta::AccessPackageResourceAttribute >; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_pending_onboarding is_pending_onboarding : bool; with_origin_id origin_id :
    ::std::string::String; with_origin_system origin_system : ::std::string::String;
    with_resource_type resource_type : ::std::string::String; with_url url :
    ::std::string::String; with_access_package_resource_environment
    access_package_resource_environment : crate ::beta::AccessPackageResourceEnvironment;
    with_access_package_resource_roles access_package_resource_roles : ::std::vec::Vec <
    crate ::beta::AccessPackageResourceRole >; with_access_package_resource_scopes
    access_package_resource_scopes : ::std::vec::Vec < crate
    ::beta::AccessPackageResourceScope >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResource);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceAttribute`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceAttribute {
    /// CSDL: property `attributeDestination`: `microsoft.graph.accessPackageResourceAttributeDestination`, nullable.
    pub attribute_destination: rt::Field<
        crate::beta::AnyAccessPackageResourceAttributeDestination,
    >,
    /// CSDL: property `attributeName`: `Edm.String`, nullable.
    pub attribute_name: rt::Field<::std::string::String>,
    /// CSDL: property `attributeSource`: `microsoft.graph.accessPackageResourceAttributeSource`, nullable.
    pub attribute_source: rt::Field<
        crate::beta::AnyAccessPackageResourceAttributeSource,
    >,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceAttribute {
    #[inline]
    fn default() -> Self {
        Self {
            attribute_destination: rt::Field::Absent,
            attribute_name: rt::Field::Absent,
            attribute_source: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceAttribute {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttribute";
    const KEYS: &'static [&'static str] = &[
        "attributeDestination",
        "attributeName",
        "attributeSource",
        "id",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attributeDestination\":         ",
        ",\"attributeName\":                ",
        ",\"attributeSource\":              ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceAttribute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attribute_destination", &self.attribute_destination);
        v.field(1usize, "attribute_name", &self.attribute_name);
        v.field(2usize, "attribute_source", &self.attribute_source);
        v.field(3usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceAttribute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attribute_destination.read_from(r),
            1usize => self.attribute_name.read_from(r),
            2usize => self.attribute_source.read_from(r),
            3usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attribute_destination);
        w.field(1usize, &self.attribute_name);
        w.field(2usize, &self.attribute_source);
        w.field(3usize, &self.id);
    }
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
rt::impl_object!(AccessPackageResourceAttribute);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceAttribute { with_attribute_destination attribute_destination :
    crate ::beta::AnyAccessPackageResourceAttributeDestination; with_attribute_name
    attribute_name : ::std::string::String; with_attribute_source attribute_source :
    crate ::beta::AnyAccessPackageResourceAttributeSource; with_id id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceAttribute);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceAttributeDestination`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceAttributeDestination {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceAttributeDestination {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceAttributeDestination {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeDestination";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceAttributeDestination\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceAttributeDestination {
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
rt::impl_object!(AccessPackageResourceAttributeDestination);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceAttributeDestination);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// `microsoft.graph.accessPackageResourceAttributeDestination` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageResourceAttributeDestination {
    AccessPackageResourceAttributeDestination(
        ::std::boxed::Box<crate::beta::AccessPackageResourceAttributeDestination>,
    ),
    AccessPackageUserDirectoryAttributeStore(
        ::std::boxed::Box<crate::beta::AccessPackageUserDirectoryAttributeStore>,
    ),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageResourceAttributeDestination {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageResourceAttributeDestination(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResourceAttributeDestination>
for AnyAccessPackageResourceAttributeDestination {
    #[inline]
    fn from(v: crate::beta::AccessPackageResourceAttributeDestination) -> Self {
        Self::AccessPackageResourceAttributeDestination(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageUserDirectoryAttributeStore>
for AnyAccessPackageResourceAttributeDestination {
    #[inline]
    fn from(v: crate::beta::AccessPackageUserDirectoryAttributeStore) -> Self {
        Self::AccessPackageUserDirectoryAttributeStore(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_beta_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessPackageResourceAttributeDestination>();
    rt::object::auto_traits::<crate::beta::AccessPackageUserDirectoryAttributeStore>();
};
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageResourceAttributeDestination {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeDestination";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageUserDirectoryAttributeStore",
            ) => Self::AccessPackageUserDirectoryAttributeStore(rt::object::new_boxed()),
            _ => Self::AccessPackageResourceAttributeDestination(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageResourceAttributeDestination(v) => &**v,
            Self::AccessPackageUserDirectoryAttributeStore(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageResourceAttributeDestination(v) => &mut **v,
            Self::AccessPackageUserDirectoryAttributeStore(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl AnyAccessPackageResourceAttributeDestination {
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
rt::impl_poly!(AnyAccessPackageResourceAttributeDestination);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageResourceAttributeDestination);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceAttributeQuestion`, complex type, derived from `microsoft.graph.accessPackageResourceAttributeSource`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceAttributeQuestion {
    /// CSDL: property `question`: `microsoft.graph.accessPackageQuestion`, nullable.
    pub question: rt::Field<crate::beta::AnyAccessPackageQuestion>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceAttributeQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            question: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceAttributeQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeQuestion";
    const KEYS: &'static [&'static str] = &["question"];
    const KEYS_JSON: &'static [&'static str] = &[",\"question\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceAttributeQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "question", &self.question);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceAttributeQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.question.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.question);
    }
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
rt::impl_object!(AccessPackageResourceAttributeQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceAttributeQuestion { with_question question : crate
    ::beta::AnyAccessPackageQuestion; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceAttributeQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceAttributeSource`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceAttributeSource {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceAttributeSource {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceAttributeSource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeSource";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceAttributeSource\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceAttributeSource {
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
rt::impl_object!(AccessPackageResourceAttributeSource);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceAttributeSource);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// `microsoft.graph.accessPackageResourceAttributeSource` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageResourceAttributeSource {
    AccessPackageResourceAttributeSource(
        ::std::boxed::Box<crate::beta::AccessPackageResourceAttributeSource>,
    ),
    AccessPackageResourceAttributeQuestion(
        ::std::boxed::Box<crate::beta::AccessPackageResourceAttributeQuestion>,
    ),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageResourceAttributeSource {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageResourceAttributeSource(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResourceAttributeSource>
for AnyAccessPackageResourceAttributeSource {
    #[inline]
    fn from(v: crate::beta::AccessPackageResourceAttributeSource) -> Self {
        Self::AccessPackageResourceAttributeSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResourceAttributeQuestion>
for AnyAccessPackageResourceAttributeSource {
    #[inline]
    fn from(v: crate::beta::AccessPackageResourceAttributeQuestion) -> Self {
        Self::AccessPackageResourceAttributeQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_beta_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessPackageResourceAttributeSource>();
    rt::object::auto_traits::<crate::beta::AccessPackageResourceAttributeQuestion>();
};
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageResourceAttributeSource {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeSource";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceAttributeQuestion",
            ) => Self::AccessPackageResourceAttributeQuestion(rt::object::new_boxed()),
            _ => Self::AccessPackageResourceAttributeSource(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageResourceAttributeSource(v) => &**v,
            Self::AccessPackageResourceAttributeQuestion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageResourceAttributeSource(v) => &mut **v,
            Self::AccessPackageResourceAttributeQuestion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl AnyAccessPackageResourceAttributeSource {
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
rt::impl_poly!(AnyAccessPackageResourceAttributeSource);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageResourceAttributeSource);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceEnvironment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceEnvironmentPath`](requests/trait.AccessPackageResourceEnvironmentPath.html), what a path to one (`EntityPath<AccessPackageResourceEnvironment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceEnvironment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `connectionInfo`: `microsoft.graph.connectionInfo`, nullable.
    pub connection_info: rt::Field<crate::beta::ConnectionInfo>,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultEnvironment`: `Edm.Boolean`, nullable.
    pub is_default_environment: rt::Field<bool>,
    /// CSDL: property `modifiedBy`: `Edm.String`, nullable.
    pub modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `originId`: `Edm.String`, not nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, not nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: navigation property `accessPackageResources`: `Collection(microsoft.graph.accessPackageResource)`, not nullable.
    pub access_package_resources: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResource>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceEnvironment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            connection_info: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_default_environment: rt::Field::Absent,
            modified_by: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            access_package_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceEnvironment {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceEnvironment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "connectionInfo",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "isDefaultEnvironment",
        "modifiedBy",
        "modifiedDateTime",
        "originId",
        "originSystem",
        "accessPackageResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"connectionInfo\":               ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isDefaultEnvironment\":         ",
        ",\"modifiedBy\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"accessPackageResources\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceEnvironment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "connection_info", &self.connection_info);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "is_default_environment", &self.is_default_environment);
        v.field(7usize, "modified_by", &self.modified_by);
        v.field(8usize, "modified_date_time", &self.modified_date_time);
        v.field(9usize, "origin_id", &self.origin_id);
        v.field(10usize, "origin_system", &self.origin_system);
        v.field(11usize, "access_package_resources", &self.access_package_resources);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceEnvironment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.connection_info.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.is_default_environment.read_from(r),
            7usize => self.modified_by.read_from(r),
            8usize => self.modified_date_time.read_from(r),
            9usize => self.origin_id.read_from(r),
            10usize => self.origin_system.read_from(r),
            11usize => self.access_package_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.connection_info);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.is_default_environment);
        w.field(7usize, &self.modified_by);
        w.field(8usize, &self.modified_date_time);
        w.field(9usize, &self.origin_id);
        w.field(10usize, &self.origin_system);
        w.field(11usize, &self.access_package_resources);
    }
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
rt::impl_object!(AccessPackageResourceEnvironment);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceEnvironment { with_id id : ::std::string::String;
    with_connection_info connection_info : crate ::beta::ConnectionInfo; with_created_by
    created_by : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_default_environment
    is_default_environment : bool; with_modified_by modified_by : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset; with_origin_id
    origin_id : ::std::string::String; with_origin_system origin_system :
    ::std::string::String; with_access_package_resources access_package_resources :
    ::std::vec::Vec < crate ::beta::AccessPackageResource >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceEnvironment);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceRole`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceRolePath`](requests/trait.AccessPackageResourceRolePath.html), what a path to one (`EntityPath<AccessPackageResourceRole, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceRole {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `originId`: `Edm.String`, nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `accessPackageResource`: `microsoft.graph.accessPackageResource`, nullable.
    pub access_package_resource: rt::Field<crate::beta::AccessPackageResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceRole {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            access_package_resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceRole {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceRole";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "originId",
        "originSystem",
        "accessPackageResource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"accessPackageResource\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "origin_id", &self.origin_id);
        v.field(4usize, "origin_system", &self.origin_system);
        v.field(5usize, "access_package_resource", &self.access_package_resource);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.origin_id.read_from(r),
            4usize => self.origin_system.read_from(r),
            5usize => self.access_package_resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.origin_id);
        w.field(4usize, &self.origin_system);
        w.field(5usize, &self.access_package_resource);
    }
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
rt::impl_object!(AccessPackageResourceRole);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceRole { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_origin_id origin_id : ::std::string::String;
    with_origin_system origin_system : ::std::string::String;
    with_access_package_resource access_package_resource : crate
    ::beta::AccessPackageResource; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceRole);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceRoleScope`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceRoleScopePath`](requests/trait.AccessPackageResourceRoleScopePath.html), what a path to one (`EntityPath<AccessPackageResourceRoleScope, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceRoleScope {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `modifiedBy`: `Edm.String`, nullable.
    pub modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `accessPackageResourceRole`: `microsoft.graph.accessPackageResourceRole`, nullable.
    pub access_package_resource_role: rt::Field<crate::beta::AccessPackageResourceRole>,
    /// CSDL: containment navigation property `accessPackageResourceScope`: `microsoft.graph.accessPackageResourceScope`, nullable.
    pub access_package_resource_scope: rt::Field<
        crate::beta::AccessPackageResourceScope,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceRoleScope {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            modified_by: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            access_package_resource_role: rt::Field::Absent,
            access_package_resource_scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceRoleScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceRoleScope";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "modifiedBy",
        "modifiedDateTime",
        "accessPackageResourceRole",
        "accessPackageResourceScope",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"modifiedBy\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"accessPackageResourceRole\":    ",
        ",\"accessPackageResourceScope\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceRoleScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "modified_by", &self.modified_by);
        v.field(4usize, "modified_date_time", &self.modified_date_time);
        v.field(
            5usize,
            "access_package_resource_role",
            &self.access_package_resource_role,
        );
        v.field(
            6usize,
            "access_package_resource_scope",
            &self.access_package_resource_scope,
        );
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceRoleScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.modified_by.read_from(r),
            4usize => self.modified_date_time.read_from(r),
            5usize => self.access_package_resource_role.read_from(r),
            6usize => self.access_package_resource_scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.modified_by);
        w.field(4usize, &self.modified_date_time);
        w.field(5usize, &self.access_package_resource_role);
        w.field(6usize, &self.access_package_resource_scope);
    }
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
rt::impl_object!(AccessPackageResourceRoleScope);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceRoleScope { with_id id : ::std::string::String; with_created_by
    created_by : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_modified_by modified_by : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset;
    with_access_package_resource_role access_package_resource_role : crate
    ::beta::AccessPackageResourceRole; with_access_package_resource_scope
    access_package_resource_scope : crate ::beta::AccessPackageResourceScope; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceRoleScope);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceScope`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceScopePath`](requests/trait.AccessPackageResourceScopePath.html), what a path to one (`EntityPath<AccessPackageResourceScope, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceScope {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isRootScope`: `Edm.Boolean`, nullable.
    pub is_root_scope: rt::Field<bool>,
    /// CSDL: property `originId`: `Edm.String`, nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: property `roleOriginId`: `Edm.String`, nullable.
    pub role_origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `accessPackageResource`: `microsoft.graph.accessPackageResource`, nullable.
    pub access_package_resource: rt::Field<crate::beta::AccessPackageResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceScope {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_root_scope: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            role_origin_id: rt::Field::Absent,
            url: rt::Field::Absent,
            access_package_resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceScope";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isRootScope",
        "originId",
        "originSystem",
        "roleOriginId",
        "url",
        "accessPackageResource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isRootScope\":                  ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"roleOriginId\":                 ",
        ",\"url\":                          ",
        ",\"accessPackageResource\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_root_scope", &self.is_root_scope);
        v.field(4usize, "origin_id", &self.origin_id);
        v.field(5usize, "origin_system", &self.origin_system);
        v.field(6usize, "role_origin_id", &self.role_origin_id);
        v.field(7usize, "url", &self.url);
        v.field(8usize, "access_package_resource", &self.access_package_resource);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_root_scope.read_from(r),
            4usize => self.origin_id.read_from(r),
            5usize => self.origin_system.read_from(r),
            6usize => self.role_origin_id.read_from(r),
            7usize => self.url.read_from(r),
            8usize => self.access_package_resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_root_scope);
        w.field(4usize, &self.origin_id);
        w.field(5usize, &self.origin_system);
        w.field(6usize, &self.role_origin_id);
        w.field(7usize, &self.url);
        w.field(8usize, &self.access_package_resource);
    }
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
rt::impl_object!(AccessPackageResourceScope);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceScope { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_root_scope is_root_scope : bool; with_origin_id
    origin_id : ::std::string::String; with_origin_system origin_system :
    ::std::string::String; with_role_origin_id role_origin_id : ::std::string::String;
    with_url url : ::std::string::String; with_access_package_resource
    access_package_resource : crate ::beta::AccessPackageResource; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceScope);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageTextInputQuestion`, complex type, derived from `microsoft.graph.accessPackageQuestion`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageTextInputQuestion {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `text`: `microsoft.graph.accessPackageLocalizedContent`, nullable.
    pub text: rt::Field<crate::beta::AccessPackageLocalizedContent>,
    /// CSDL: property `isSingleLineQuestion`: `Edm.Boolean`, nullable.
    pub is_single_line_question: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageTextInputQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_required: rt::Field::Absent,
            sequence: rt::Field::Absent,
            text: rt::Field::Absent,
            is_single_line_question: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageTextInputQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageTextInputQuestion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRequired",
        "sequence",
        "text",
        "isSingleLineQuestion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRequired\":                   ",
        ",\"sequence\":                     ",
        ",\"text\":                         ",
        ",\"isSingleLineQuestion\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageTextInputQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_required", &self.is_required);
        v.field(2usize, "sequence", &self.sequence);
        v.field(3usize, "text", &self.text);
        v.field(4usize, "is_single_line_question", &self.is_single_line_question);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageTextInputQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_required.read_from(r),
            2usize => self.sequence.read_from(r),
            3usize => self.text.read_from(r),
            4usize => self.is_single_line_question.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_required);
        w.field(2usize, &self.sequence);
        w.field(3usize, &self.text);
        w.field(4usize, &self.is_single_line_question);
    }
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
rt::impl_object!(AccessPackageTextInputQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageTextInputQuestion { with_id id : ::std::string::String; with_is_required
    is_required : bool; with_sequence sequence : i32; with_text text : crate
    ::beta::AccessPackageLocalizedContent; with_is_single_line_question
    is_single_line_question : bool; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageTextInputQuestion);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageUserDirectoryAttributeStore`, complex type, derived from `microsoft.graph.accessPackageResourceAttributeDestination`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageUserDirectoryAttributeStore {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageUserDirectoryAttributeStore {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageUserDirectoryAttributeStore {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageUserDirectoryAttributeStore";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageUserDirectoryAttributeStore\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageUserDirectoryAttributeStore {
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
rt::impl_object!(AccessPackageUserDirectoryAttributeStore);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageUserDirectoryAttributeStore);
#[cfg(msgraph_beta_access_reviews_or_search)]
/// CSDL: `microsoft.graph.accessReview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewPath`](requests/trait.AccessReviewPath.html), what a path to one (`EntityPath<AccessReview, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-access-reviews`, `beta-search`.
#[derive(Clone)]
pub struct AccessReview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `businessFlowTemplateId`: `Edm.String`, not nullable.
    pub business_flow_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, nullable.
    pub created_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewedEntity`: `microsoft.graph.identity`, nullable.
    pub reviewed_entity: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `reviewerType`: `Edm.String`, nullable.
    pub reviewer_type: rt::Field<::std::string::String>,
    /// CSDL: property `settings`: `microsoft.graph.accessReviewSettings`, nullable.
    pub settings: rt::Field<crate::beta::AnyAccessReviewSettings>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `decisions`: `Collection(microsoft.graph.accessReviewDecision)`, not nullable.
    pub decisions: rt::Field<::std::vec::Vec<crate::beta::AccessReviewDecision>>,
    /// CSDL: containment navigation property `instances`: `Collection(microsoft.graph.accessReview)`, not nullable.
    pub instances: rt::Field<::std::vec::Vec<crate::beta::AccessReview>>,
    /// CSDL: containment navigation property `myDecisions`: `Collection(microsoft.graph.accessReviewDecision)`, not nullable.
    pub my_decisions: rt::Field<::std::vec::Vec<crate::beta::AccessReviewDecision>>,
    /// CSDL: containment navigation property `reviewers`: `Collection(microsoft.graph.accessReviewReviewer)`, not nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::beta::AccessReviewReviewer>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_access_reviews_or_search)]
impl ::std::default::Default for AccessReview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            business_flow_template_id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            reviewed_entity: rt::Field::Absent,
            reviewer_type: rt::Field::Absent,
            settings: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            decisions: rt::Field::Absent,
            instances: rt::Field::Absent,
            my_decisions: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_access_reviews_or_search)]
impl rt::Object for AccessReview {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "businessFlowTemplateId",
        "createdBy",
        "description",
        "displayName",
        "endDateTime",
        "reviewedEntity",
        "reviewerType",
        "settings",
        "startDateTime",
        "status",
        "decisions",
        "instances",
        "myDecisions",
        "reviewers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"businessFlowTemplateId\":       ",
        ",\"createdBy\":                    ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"reviewedEntity\":               ",
        ",\"reviewerType\":                 ",
        ",\"settings\":                     ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"decisions\":                    ",
        ",\"instances\":                    ",
        ",\"myDecisions\":                  ",
        ",\"reviewers\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "business_flow_template_id", &self.business_flow_template_id);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "end_date_time", &self.end_date_time);
        v.field(6usize, "reviewed_entity", &self.reviewed_entity);
        v.field(7usize, "reviewer_type", &self.reviewer_type);
        v.field(8usize, "settings", &self.settings);
        v.field(9usize, "start_date_time", &self.start_date_time);
        v.field(10usize, "status", &self.status);
        v.field(11usize, "decisions", &self.decisions);
        v.field(12usize, "instances", &self.instances);
        v.field(13usize, "my_decisions", &self.my_decisions);
        v.field(14usize, "reviewers", &self.reviewers);
    }
}
#[cfg(msgraph_beta_access_reviews_or_search)]
impl rt::object::Members for AccessReview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.business_flow_template_id.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.end_date_time.read_from(r),
            6usize => self.reviewed_entity.read_from(r),
            7usize => self.reviewer_type.read_from(r),
            8usize => self.settings.read_from(r),
            9usize => self.start_date_time.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.decisions.read_from(r),
            12usize => self.instances.read_from(r),
            13usize => self.my_decisions.read_from(r),
            14usize => self.reviewers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.business_flow_template_id);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.end_date_time);
        w.field(6usize, &self.reviewed_entity);
        w.field(7usize, &self.reviewer_type);
        w.field(8usize, &self.settings);
        w.field(9usize, &self.start_date_time);
        w.field(10usize, &self.status);
        w.field(11usize, &self.decisions);
        w.field(12usize, &self.instances);
        w.field(13usize, &self.my_decisions);
        w.field(14usize, &self.reviewers);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_access_reviews_or_search)]
rt::impl_object!(AccessReview);
#[cfg(msgraph_beta_access_reviews_or_search)]
rt::impl_setters!(
    AccessReview { with_id id : ::std::string::String; with_business_flow_template_id
    business_flow_template_id : ::std::string::String; with_created_by created_by : crate
    ::beta::UserIdentity; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_reviewed_entity reviewed_entity : crate
    ::beta::AnyIdentity; with_reviewer_type reviewer_type : ::std::string::String;
    with_settings settings : crate ::beta::AnyAccessReviewSettings; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_status status :
    ::std::string::String; with_decisions decisions : ::std::vec::Vec < crate
    ::beta::AccessReviewDecision >; with_instances instances : ::std::vec::Vec < crate
    ::beta::AccessReview >; with_my_decisions my_decisions : ::std::vec::Vec < crate
    ::beta::AccessReviewDecision >; with_reviewers reviewers : ::std::vec::Vec < crate
    ::beta::AccessReviewReviewer >; }
);
#[cfg(msgraph_beta_access_reviews_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReview);
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
/// CSDL: `microsoft.graph.accessReviewDecision`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`AccessReviewDecisionPath`](requests/trait.AccessReviewDecisionPath.html), what a path to one (`EntityPath<AccessReviewDecision, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-access-review-decisions`, `beta-access-reviews`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewDecision {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessRecommendation`: `Edm.String`, nullable.
    pub access_recommendation: rt::Field<::std::string::String>,
    /// CSDL: property `accessReviewId`: `Edm.String`, nullable.
    pub access_review_id: rt::Field<::std::string::String>,
    /// CSDL: property `appliedBy`: `microsoft.graph.userIdentity`, nullable.
    pub applied_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `appliedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub applied_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `applyResult`: `Edm.String`, nullable.
    pub apply_result: rt::Field<::std::string::String>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `reviewedBy`: `microsoft.graph.userIdentity`, nullable.
    pub reviewed_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `reviewedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub reviewed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewResult`: `Edm.String`, nullable.
    pub review_result: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
impl ::std::default::Default for AccessReviewDecision {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_recommendation: rt::Field::Absent,
            access_review_id: rt::Field::Absent,
            applied_by: rt::Field::Absent,
            applied_date_time: rt::Field::Absent,
            apply_result: rt::Field::Absent,
            justification: rt::Field::Absent,
            reviewed_by: rt::Field::Absent,
            reviewed_date_time: rt::Field::Absent,
            review_result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
impl rt::Object for AccessReviewDecision {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewDecision";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessRecommendation",
        "accessReviewId",
        "appliedBy",
        "appliedDateTime",
        "applyResult",
        "justification",
        "reviewedBy",
        "reviewedDateTime",
        "reviewResult",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessRecommendation\":         ",
        ",\"accessReviewId\":               ",
        ",\"appliedBy\":                    ",
        ",\"appliedDateTime\":              ",
        ",\"applyResult\":                  ",
        ",\"justification\":                ",
        ",\"reviewedBy\":                   ",
        ",\"reviewedDateTime\":             ",
        ",\"reviewResult\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewDecision\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_recommendation", &self.access_recommendation);
        v.field(2usize, "access_review_id", &self.access_review_id);
        v.field(3usize, "applied_by", &self.applied_by);
        v.field(4usize, "applied_date_time", &self.applied_date_time);
        v.field(5usize, "apply_result", &self.apply_result);
        v.field(6usize, "justification", &self.justification);
        v.field(7usize, "reviewed_by", &self.reviewed_by);
        v.field(8usize, "reviewed_date_time", &self.reviewed_date_time);
        v.field(9usize, "review_result", &self.review_result);
    }
}
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
impl rt::object::Members for AccessReviewDecision {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_recommendation.read_from(r),
            2usize => self.access_review_id.read_from(r),
            3usize => self.applied_by.read_from(r),
            4usize => self.applied_date_time.read_from(r),
            5usize => self.apply_result.read_from(r),
            6usize => self.justification.read_from(r),
            7usize => self.reviewed_by.read_from(r),
            8usize => self.reviewed_date_time.read_from(r),
            9usize => self.review_result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_recommendation);
        w.field(2usize, &self.access_review_id);
        w.field(3usize, &self.applied_by);
        w.field(4usize, &self.applied_date_time);
        w.field(5usize, &self.apply_result);
        w.field(6usize, &self.justification);
        w.field(7usize, &self.reviewed_by);
        w.field(8usize, &self.reviewed_date_time);
        w.field(9usize, &self.review_result);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
rt::impl_object!(AccessReviewDecision);
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
rt::impl_setters!(
    AccessReviewDecision { with_id id : ::std::string::String; with_access_recommendation
    access_recommendation : ::std::string::String; with_access_review_id access_review_id
    : ::std::string::String; with_applied_by applied_by : crate ::beta::UserIdentity;
    with_applied_date_time applied_date_time : rt::edm::DateTimeOffset; with_apply_result
    apply_result : ::std::string::String; with_justification justification :
    ::std::string::String; with_reviewed_by reviewed_by : crate ::beta::UserIdentity;
    with_reviewed_date_time reviewed_date_time : rt::edm::DateTimeOffset;
    with_review_result review_result : ::std::string::String; }
);
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewDecision);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewInstanceDecisionItemFilterByCurrentUserOptions {
    /// `reviewer` (value 1).
    Reviewer,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AccessReviewInstanceDecisionItemFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["reviewer", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "reviewer" => Self::Reviewer,
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
            Self::Reviewer => "reviewer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AccessReviewInstanceDecisionItemFilterByCurrentUserOptions);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemFilterByCurrentUserOptions);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.accessReviewRecurrenceSettings`, complex type.
///
/// Features: `beta`, or one of `beta-access-reviews`, `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewRecurrenceSettings {
    /// CSDL: property `durationInDays`: `Edm.Int32`, not nullable.
    pub duration_in_days: rt::Field<i32>,
    /// CSDL: property `recurrenceCount`: `Edm.Int32`, not nullable.
    pub recurrence_count: rt::Field<i32>,
    /// CSDL: property `recurrenceEndType`: `Edm.String`, nullable.
    pub recurrence_end_type: rt::Field<::std::string::String>,
    /// CSDL: property `recurrenceType`: `Edm.String`, nullable.
    pub recurrence_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl ::std::default::Default for AccessReviewRecurrenceSettings {
    #[inline]
    fn default() -> Self {
        Self {
            duration_in_days: rt::Field::Absent,
            recurrence_count: rt::Field::Absent,
            recurrence_end_type: rt::Field::Absent,
            recurrence_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::Object for AccessReviewRecurrenceSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewRecurrenceSettings";
    const KEYS: &'static [&'static str] = &[
        "durationInDays",
        "recurrenceCount",
        "recurrenceEndType",
        "recurrenceType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"durationInDays\":               ",
        ",\"recurrenceCount\":              ",
        ",\"recurrenceEndType\":            ",
        ",\"recurrenceType\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewRecurrenceSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "duration_in_days", &self.duration_in_days);
        v.field(1usize, "recurrence_count", &self.recurrence_count);
        v.field(2usize, "recurrence_end_type", &self.recurrence_end_type);
        v.field(3usize, "recurrence_type", &self.recurrence_type);
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::object::Members for AccessReviewRecurrenceSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.duration_in_days.read_from(r),
            1usize => self.recurrence_count.read_from(r),
            2usize => self.recurrence_end_type.read_from(r),
            3usize => self.recurrence_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.duration_in_days);
        w.field(1usize, &self.recurrence_count);
        w.field(2usize, &self.recurrence_end_type);
        w.field(3usize, &self.recurrence_type);
    }
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
rt::impl_object!(AccessReviewRecurrenceSettings);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
rt::impl_setters!(
    AccessReviewRecurrenceSettings { with_duration_in_days duration_in_days : i32;
    with_recurrence_count recurrence_count : i32; with_recurrence_end_type
    recurrence_end_type : ::std::string::String; with_recurrence_type recurrence_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewRecurrenceSettings);
#[cfg(msgraph_beta_access_reviews_or_search)]
/// CSDL: `microsoft.graph.accessReviewReviewer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-access-reviews`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewReviewer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_access_reviews_or_search)]
impl ::std::default::Default for AccessReviewReviewer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_access_reviews_or_search)]
impl rt::Object for AccessReviewReviewer {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewReviewer";
    const KEYS: &'static [&'static str] = &["id", "displayName", "userPrincipalName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewReviewer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_access_reviews_or_search)]
impl rt::object::Members for AccessReviewReviewer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.user_principal_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_access_reviews_or_search)]
rt::impl_object!(AccessReviewReviewer);
#[cfg(msgraph_beta_access_reviews_or_search)]
rt::impl_setters!(
    AccessReviewReviewer { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_access_reviews_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewReviewer);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewScheduleDefinitionFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewScheduleDefinitionFilterByCurrentUserOptions {
    /// `reviewer` (value 1).
    Reviewer,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewScheduleDefinitionFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewScheduleDefinitionFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["reviewer", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "reviewer" => Self::Reviewer,
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
            Self::Reviewer => "reviewer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_enum!(AccessReviewScheduleDefinitionFilterByCurrentUserOptions);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewScheduleDefinitionFilterByCurrentUserOptions);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.accessReviewSettings`, complex type.
///
/// Features: `beta`, or one of `beta-access-reviews`, `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewSettings {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl ::std::default::Default for AccessReviewSettings {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::Object for AccessReviewSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewSettings";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewSettings\"";
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
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::object::Members for AccessReviewSettings {
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
    }
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
rt::impl_object!(AccessReviewSettings);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
rt::impl_setters!(
    AccessReviewSettings { with_access_recommendations_enabled
    access_recommendations_enabled : bool; with_activity_duration_in_days
    activity_duration_in_days : i32; with_auto_apply_review_results_enabled
    auto_apply_review_results_enabled : bool; with_auto_review_enabled
    auto_review_enabled : bool; with_auto_review_settings auto_review_settings : crate
    ::beta::AutoReviewSettings; with_justification_required_on_approval
    justification_required_on_approval : bool; with_mail_notifications_enabled
    mail_notifications_enabled : bool; with_recurrence_settings recurrence_settings :
    crate ::beta::AccessReviewRecurrenceSettings; with_reminders_enabled
    reminders_enabled : bool; }
);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewSettings);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
/// `microsoft.graph.accessReviewSettings` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-access-reviews`, `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewSettings {
    AccessReviewSettings(::std::boxed::Box<crate::beta::AccessReviewSettings>),
    BusinessFlowSettings(::std::boxed::Box<crate::beta::BusinessFlowSettings>),
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl ::std::default::Default for AnyAccessReviewSettings {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewSettings(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewSettings>
for AnyAccessReviewSettings {
    #[inline]
    fn from(v: crate::beta::AccessReviewSettings) -> Self {
        Self::AccessReviewSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BusinessFlowSettings>
for AnyAccessReviewSettings {
    #[inline]
    fn from(v: crate::beta::BusinessFlowSettings) -> Self {
        Self::BusinessFlowSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
unsafe impl ::std::marker::Send for AnyAccessReviewSettings {}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessReviewSettings {}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl ::std::marker::Unpin for AnyAccessReviewSettings {}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessReviewSettings {}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewSettings {}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessReviewSettings>();
    rt::object::auto_traits::<crate::beta::BusinessFlowSettings>();
};
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::Poly for AnyAccessReviewSettings {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewSettings";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.businessFlowSettings") => {
                Self::BusinessFlowSettings(rt::object::new_boxed())
            }
            _ => Self::AccessReviewSettings(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewSettings(v) => &**v,
            Self::BusinessFlowSettings(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewSettings(v) => &mut **v,
            Self::BusinessFlowSettings(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl AnyAccessReviewSettings {
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
    /// `accessRecommendationsEnabled` of any variant.
    #[inline]
    pub fn access_recommendations_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &v.access_recommendations_enabled,
            Self::BusinessFlowSettings(v) => &v.access_recommendations_enabled,
        }
    }
    /// `accessRecommendationsEnabled` of any variant.
    #[inline]
    pub fn access_recommendations_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.access_recommendations_enabled,
            Self::BusinessFlowSettings(v) => &mut v.access_recommendations_enabled,
        }
    }
    /// `activityDurationInDays` of any variant.
    #[inline]
    pub fn activity_duration_in_days(&self) -> &rt::Field<i32> {
        match self {
            Self::AccessReviewSettings(v) => &v.activity_duration_in_days,
            Self::BusinessFlowSettings(v) => &v.activity_duration_in_days,
        }
    }
    /// `activityDurationInDays` of any variant.
    #[inline]
    pub fn activity_duration_in_days_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.activity_duration_in_days,
            Self::BusinessFlowSettings(v) => &mut v.activity_duration_in_days,
        }
    }
    /// `autoApplyReviewResultsEnabled` of any variant.
    #[inline]
    pub fn auto_apply_review_results_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &v.auto_apply_review_results_enabled,
            Self::BusinessFlowSettings(v) => &v.auto_apply_review_results_enabled,
        }
    }
    /// `autoApplyReviewResultsEnabled` of any variant.
    #[inline]
    pub fn auto_apply_review_results_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.auto_apply_review_results_enabled,
            Self::BusinessFlowSettings(v) => &mut v.auto_apply_review_results_enabled,
        }
    }
    /// `autoReviewEnabled` of any variant.
    #[inline]
    pub fn auto_review_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &v.auto_review_enabled,
            Self::BusinessFlowSettings(v) => &v.auto_review_enabled,
        }
    }
    /// `autoReviewEnabled` of any variant.
    #[inline]
    pub fn auto_review_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.auto_review_enabled,
            Self::BusinessFlowSettings(v) => &mut v.auto_review_enabled,
        }
    }
    /// `autoReviewSettings` of any variant.
    #[inline]
    pub fn auto_review_settings(&self) -> &rt::Field<crate::beta::AutoReviewSettings> {
        match self {
            Self::AccessReviewSettings(v) => &v.auto_review_settings,
            Self::BusinessFlowSettings(v) => &v.auto_review_settings,
        }
    }
    /// `autoReviewSettings` of any variant.
    #[inline]
    pub fn auto_review_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AutoReviewSettings> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.auto_review_settings,
            Self::BusinessFlowSettings(v) => &mut v.auto_review_settings,
        }
    }
    /// `justificationRequiredOnApproval` of any variant.
    #[inline]
    pub fn justification_required_on_approval(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &v.justification_required_on_approval,
            Self::BusinessFlowSettings(v) => &v.justification_required_on_approval,
        }
    }
    /// `justificationRequiredOnApproval` of any variant.
    #[inline]
    pub fn justification_required_on_approval_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.justification_required_on_approval,
            Self::BusinessFlowSettings(v) => &mut v.justification_required_on_approval,
        }
    }
    /// `mailNotificationsEnabled` of any variant.
    #[inline]
    pub fn mail_notifications_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &v.mail_notifications_enabled,
            Self::BusinessFlowSettings(v) => &v.mail_notifications_enabled,
        }
    }
    /// `mailNotificationsEnabled` of any variant.
    #[inline]
    pub fn mail_notifications_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.mail_notifications_enabled,
            Self::BusinessFlowSettings(v) => &mut v.mail_notifications_enabled,
        }
    }
    /// `recurrenceSettings` of any variant.
    #[inline]
    pub fn recurrence_settings(
        &self,
    ) -> &rt::Field<crate::beta::AccessReviewRecurrenceSettings> {
        match self {
            Self::AccessReviewSettings(v) => &v.recurrence_settings,
            Self::BusinessFlowSettings(v) => &v.recurrence_settings,
        }
    }
    /// `recurrenceSettings` of any variant.
    #[inline]
    pub fn recurrence_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AccessReviewRecurrenceSettings> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.recurrence_settings,
            Self::BusinessFlowSettings(v) => &mut v.recurrence_settings,
        }
    }
    /// `remindersEnabled` of any variant.
    #[inline]
    pub fn reminders_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &v.reminders_enabled,
            Self::BusinessFlowSettings(v) => &v.reminders_enabled,
        }
    }
    /// `remindersEnabled` of any variant.
    #[inline]
    pub fn reminders_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessReviewSettings(v) => &mut v.reminders_enabled,
            Self::BusinessFlowSettings(v) => &mut v.reminders_enabled,
        }
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
rt::impl_poly!(AnyAccessReviewSettings);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewSettings);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.accessType`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessType {
    /// `grant` (value 1).
    Grant,
    /// `deny` (value 2).
    Deny,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for AccessType {
    const TYPE_NAME: &'static str = "microsoft.graph.accessType";
    const MEMBERS: &'static [&'static str] = &["grant", "deny"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "grant" => Self::Grant,
                "deny" => Self::Deny,
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
            Self::Grant => "grant",
            Self::Deny => "deny",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(AccessType);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessType);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.acl`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct Acl {
    /// CSDL: property `accessType`: `microsoft.graph.accessType`, not nullable.
    pub access_type: rt::Field<crate::beta::AccessType>,
    /// CSDL: property `identitySource`: `microsoft.graph.identitySourceType`, not nullable.
    pub identity_source: rt::Field<crate::beta::IdentitySourceType>,
    /// CSDL: property `type`: `microsoft.graph.aclType`, not nullable.
    pub type_: rt::Field<crate::beta::AclType>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for Acl {
    #[inline]
    fn default() -> Self {
        Self {
            access_type: rt::Field::Absent,
            identity_source: rt::Field::Absent,
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for Acl {
    const TYPE_NAME: &'static str = "microsoft.graph.acl";
    const KEYS: &'static [&'static str] = &[
        "accessType",
        "identitySource",
        "type",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessType\":                   ",
        ",\"identitySource\":               ",
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.acl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_type", &self.access_type);
        v.field(1usize, "identity_source", &self.identity_source);
        v.field(2usize, "type_", &self.type_);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for Acl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_type.read_from(r),
            1usize => self.identity_source.read_from(r),
            2usize => self.type_.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_type);
        w.field(1usize, &self.identity_source);
        w.field(2usize, &self.type_);
        w.field(3usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(Acl);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    Acl { with_access_type access_type : crate ::beta::AccessType; with_identity_source
    identity_source : crate ::beta::IdentitySourceType; with_type type_ : crate
    ::beta::AclType; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Acl);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.aclType`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AclType {
    /// `user` (value 1).
    User,
    /// `group` (value 2).
    Group,
    /// `everyone` (value 3).
    Everyone,
    /// `everyoneExceptGuests` (value 4).
    EveryoneExceptGuests,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for AclType {
    const TYPE_NAME: &'static str = "microsoft.graph.aclType";
    const MEMBERS: &'static [&'static str] = &[
        "user",
        "group",
        "everyone",
        "everyoneExceptGuests",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "group" => Self::Group,
                "everyone" => Self::Everyone,
                "everyoneExceptGuests" => Self::EveryoneExceptGuests,
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
            Self::Everyone => "everyone",
            Self::EveryoneExceptGuests => "everyoneExceptGuests",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(AclType);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AclType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.actionResultPart`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActionResultPart {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::beta::PublicError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ActionResultPart {
    #[inline]
    fn default() -> Self {
        Self {
            error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ActionResultPart {
    const TYPE_NAME: &'static str = "microsoft.graph.actionResultPart";
    const KEYS: &'static [&'static str] = &["error"];
    const KEYS_JSON: &'static [&'static str] = &[",\"error\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.actionResultPart\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error", &self.error);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ActionResultPart {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error);
    }
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
rt::impl_object!(ActionResultPart);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(ActionResultPart { with_error error : crate ::beta::PublicError; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActionResultPart);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.actionResultPart` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyActionResultPart {
    ActionResultPart(::std::boxed::Box<crate::beta::ActionResultPart>),
    AadUserConversationMemberResult(
        ::std::boxed::Box<crate::beta::AadUserConversationMemberResult>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyActionResultPart {
    #[inline]
    fn default() -> Self {
        Self::ActionResultPart(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActionResultPart> for AnyActionResultPart {
    #[inline]
    fn from(v: crate::beta::ActionResultPart) -> Self {
        Self::ActionResultPart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AadUserConversationMemberResult>
for AnyActionResultPart {
    #[inline]
    fn from(v: crate::beta::AadUserConversationMemberResult) -> Self {
        Self::AadUserConversationMemberResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyActionResultPart {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyActionResultPart {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyActionResultPart {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyActionResultPart {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyActionResultPart {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ActionResultPart>();
    rt::object::auto_traits::<crate::beta::AadUserConversationMemberResult>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyActionResultPart {
    const BASE_NAME: &'static str = "microsoft.graph.actionResultPart";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.aadUserConversationMemberResult",
            ) => Self::AadUserConversationMemberResult(rt::object::new_boxed()),
            _ => Self::ActionResultPart(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ActionResultPart(v) => &**v,
            Self::AadUserConversationMemberResult(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ActionResultPart(v) => &mut **v,
            Self::AadUserConversationMemberResult(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyActionResultPart {
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
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::beta::PublicError> {
        match self {
            Self::ActionResultPart(v) => &v.error,
            Self::AadUserConversationMemberResult(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::beta::PublicError> {
        match self {
            Self::ActionResultPart(v) => &mut v.error,
            Self::AadUserConversationMemberResult(v) => &mut v.error,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyActionResultPart);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyActionResultPart);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.actionSource`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ActionSource {
    /// `manual` (value 0).
    Manual,
    /// `automatic` (value 1).
    Automatic,
    /// `recommended` (value 2).
    Recommended,
    /// `default` (value 3).
    Default,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ActionSource {
    const TYPE_NAME: &'static str = "microsoft.graph.actionSource";
    const MEMBERS: &'static [&'static str] = &[
        "manual",
        "automatic",
        "recommended",
        "default",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "manual" => Self::Manual,
                "automatic" => Self::Automatic,
                "recommended" => Self::Recommended,
                "default" => Self::Default,
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
            Self::Manual => "manual",
            Self::Automatic => "automatic",
            Self::Recommended => "recommended",
            Self::Default => "default",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ActionSource);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActionSource);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.activityHistoryItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ActivityHistoryItemPath`](requests/trait.ActivityHistoryItemPath.html), what a path to one (`EntityPath<ActivityHistoryItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActivityHistoryItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeDurationSeconds`: `Edm.Int32`, nullable.
    pub active_duration_seconds: rt::Field<i32>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActiveDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_active_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub started_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.status`, nullable.
    pub status: rt::Field<crate::beta::Status>,
    /// CSDL: property `userTimezone`: `Edm.String`, nullable.
    pub user_timezone: rt::Field<::std::string::String>,
    /// CSDL: navigation property `activity`: `microsoft.graph.userActivity`, not nullable.
    pub activity: rt::Field<crate::beta::UserActivity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ActivityHistoryItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_duration_seconds: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            last_active_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            started_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_timezone: rt::Field::Absent,
            activity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ActivityHistoryItem {
    const TYPE_NAME: &'static str = "microsoft.graph.activityHistoryItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDurationSeconds",
        "createdDateTime",
        "expirationDateTime",
        "lastActiveDateTime",
        "lastModifiedDateTime",
        "startedDateTime",
        "status",
        "userTimezone",
        "activity",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeDurationSeconds\":        ",
        ",\"createdDateTime\":              ",
        ",\"expirationDateTime\":           ",
        ",\"lastActiveDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"startedDateTime\":              ",
        ",\"status\":                       ",
        ",\"userTimezone\":                 ",
        ",\"activity\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activityHistoryItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_duration_seconds", &self.active_duration_seconds);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "expiration_date_time", &self.expiration_date_time);
        v.field(4usize, "last_active_date_time", &self.last_active_date_time);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "started_date_time", &self.started_date_time);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "user_timezone", &self.user_timezone);
        v.field(9usize, "activity", &self.activity);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ActivityHistoryItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_duration_seconds.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.expiration_date_time.read_from(r),
            4usize => self.last_active_date_time.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.started_date_time.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.user_timezone.read_from(r),
            9usize => self.activity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_duration_seconds);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.expiration_date_time);
        w.field(4usize, &self.last_active_date_time);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.started_date_time);
        w.field(7usize, &self.status);
        w.field(8usize, &self.user_timezone);
        w.field(9usize, &self.activity);
    }
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
rt::impl_object!(ActivityHistoryItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ActivityHistoryItem { with_id id : ::std::string::String;
    with_active_duration_seconds active_duration_seconds : i32; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_last_active_date_time
    last_active_date_time : rt::edm::DateTimeOffset; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_started_date_time
    started_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::beta::Status; with_user_timezone user_timezone : ::std::string::String;
    with_activity activity : crate ::beta::UserActivity; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityHistoryItem);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.addContentFooterAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AddContentFooterAction {
    /// CSDL: property `alignment`: `microsoft.graph.contentAlignment`, not nullable.
    pub alignment: rt::Field<crate::beta::ContentAlignment>,
    /// CSDL: property `fontColor`: `Edm.String`, nullable.
    pub font_color: rt::Field<::std::string::String>,
    /// CSDL: property `fontName`: `Edm.String`, nullable.
    pub font_name: rt::Field<::std::string::String>,
    /// CSDL: property `fontSize`: `Edm.Int32`, not nullable.
    pub font_size: rt::Field<i32>,
    /// CSDL: property `margin`: `Edm.Int32`, not nullable.
    pub margin: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `uiElementName`: `Edm.String`, nullable.
    pub ui_element_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for AddContentFooterAction {
    #[inline]
    fn default() -> Self {
        Self {
            alignment: rt::Field::Absent,
            font_color: rt::Field::Absent,
            font_name: rt::Field::Absent,
            font_size: rt::Field::Absent,
            margin: rt::Field::Absent,
            text: rt::Field::Absent,
            ui_element_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for AddContentFooterAction {
    const TYPE_NAME: &'static str = "microsoft.graph.addContentFooterAction";
    const KEYS: &'static [&'static str] = &[
        "alignment",
        "fontColor",
        "fontName",
        "fontSize",
        "margin",
        "text",
        "uiElementName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alignment\":                    ",
        ",\"fontColor\":                    ",
        ",\"fontName\":                     ",
        ",\"fontSize\":                     ",
        ",\"margin\":                       ",
        ",\"text\":                         ",
        ",\"uiElementName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addContentFooterAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alignment", &self.alignment);
        v.field(1usize, "font_color", &self.font_color);
        v.field(2usize, "font_name", &self.font_name);
        v.field(3usize, "font_size", &self.font_size);
        v.field(4usize, "margin", &self.margin);
        v.field(5usize, "text", &self.text);
        v.field(6usize, "ui_element_name", &self.ui_element_name);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for AddContentFooterAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alignment.read_from(r),
            1usize => self.font_color.read_from(r),
            2usize => self.font_name.read_from(r),
            3usize => self.font_size.read_from(r),
            4usize => self.margin.read_from(r),
            5usize => self.text.read_from(r),
            6usize => self.ui_element_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alignment);
        w.field(1usize, &self.font_color);
        w.field(2usize, &self.font_name);
        w.field(3usize, &self.font_size);
        w.field(4usize, &self.margin);
        w.field(5usize, &self.text);
        w.field(6usize, &self.ui_element_name);
    }
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
rt::impl_object!(AddContentFooterAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    AddContentFooterAction { with_alignment alignment : crate ::beta::ContentAlignment;
    with_font_color font_color : ::std::string::String; with_font_name font_name :
    ::std::string::String; with_font_size font_size : i32; with_margin margin : i32;
    with_text text : ::std::string::String; with_ui_element_name ui_element_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddContentFooterAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.addContentHeaderAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AddContentHeaderAction {
    /// CSDL: property `alignment`: `microsoft.graph.contentAlignment`, not nullable.
    pub alignment: rt::Field<crate::beta::ContentAlignment>,
    /// CSDL: property `fontColor`: `Edm.String`, nullable.
    pub font_color: rt::Field<::std::string::String>,
    /// CSDL: property `fontName`: `Edm.String`, nullable.
    pub font_name: rt::Field<::std::string::String>,
    /// CSDL: property `fontSize`: `Edm.Int32`, not nullable.
    pub font_size: rt::Field<i32>,
    /// CSDL: property `margin`: `Edm.Int32`, not nullable.
    pub margin: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `uiElementName`: `Edm.String`, nullable.
    pub ui_element_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for AddContentHeaderAction {
    #[inline]
    fn default() -> Self {
        Self {
            alignment: rt::Field::Absent,
            font_color: rt::Field::Absent,
            font_name: rt::Field::Absent,
            font_size: rt::Field::Absent,
            margin: rt::Field::Absent,
            text: rt::Field::Absent,
            ui_element_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for AddContentHeaderAction {
    const TYPE_NAME: &'static str = "microsoft.graph.addContentHeaderAction";
    const KEYS: &'static [&'static str] = &[
        "alignment",
        "fontColor",
        "fontName",
        "fontSize",
        "margin",
        "text",
        "uiElementName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alignment\":                    ",
        ",\"fontColor\":                    ",
        ",\"fontName\":                     ",
        ",\"fontSize\":                     ",
        ",\"margin\":                       ",
        ",\"text\":                         ",
        ",\"uiElementName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addContentHeaderAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alignment", &self.alignment);
        v.field(1usize, "font_color", &self.font_color);
        v.field(2usize, "font_name", &self.font_name);
        v.field(3usize, "font_size", &self.font_size);
        v.field(4usize, "margin", &self.margin);
        v.field(5usize, "text", &self.text);
        v.field(6usize, "ui_element_name", &self.ui_element_name);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for AddContentHeaderAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alignment.read_from(r),
            1usize => self.font_color.read_from(r),
            2usize => self.font_name.read_from(r),
            3usize => self.font_size.read_from(r),
            4usize => self.margin.read_from(r),
            5usize => self.text.read_from(r),
            6usize => self.ui_element_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alignment);
        w.field(1usize, &self.font_color);
        w.field(2usize, &self.font_name);
        w.field(3usize, &self.font_size);
        w.field(4usize, &self.margin);
        w.field(5usize, &self.text);
        w.field(6usize, &self.ui_element_name);
    }
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
rt::impl_object!(AddContentHeaderAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    AddContentHeaderAction { with_alignment alignment : crate ::beta::ContentAlignment;
    with_font_color font_color : ::std::string::String; with_font_name font_name :
    ::std::string::String; with_font_size font_size : i32; with_margin margin : i32;
    with_text text : ::std::string::String; with_ui_element_name ui_element_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddContentHeaderAction);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.addWatermarkAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AddWatermarkAction {
    /// CSDL: property `fontColor`: `Edm.String`, nullable.
    pub font_color: rt::Field<::std::string::String>,
    /// CSDL: property `fontName`: `Edm.String`, nullable.
    pub font_name: rt::Field<::std::string::String>,
    /// CSDL: property `fontSize`: `Edm.Int32`, not nullable.
    pub font_size: rt::Field<i32>,
    /// CSDL: property `layout`: `microsoft.graph.watermarkLayout`, not nullable.
    pub layout: rt::Field<crate::beta::WatermarkLayout>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `uiElementName`: `Edm.String`, nullable.
    pub ui_element_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for AddWatermarkAction {
    #[inline]
    fn default() -> Self {
        Self {
            font_color: rt::Field::Absent,
            font_name: rt::Field::Absent,
            font_size: rt::Field::Absent,
            layout: rt::Field::Absent,
            text: rt::Field::Absent,
            ui_element_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for AddWatermarkAction {
    const TYPE_NAME: &'static str = "microsoft.graph.addWatermarkAction";
    const KEYS: &'static [&'static str] = &[
        "fontColor",
        "fontName",
        "fontSize",
        "layout",
        "text",
        "uiElementName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fontColor\":                    ",
        ",\"fontName\":                     ",
        ",\"fontSize\":                     ",
        ",\"layout\":                       ",
        ",\"text\":                         ",
        ",\"uiElementName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addWatermarkAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "font_color", &self.font_color);
        v.field(1usize, "font_name", &self.font_name);
        v.field(2usize, "font_size", &self.font_size);
        v.field(3usize, "layout", &self.layout);
        v.field(4usize, "text", &self.text);
        v.field(5usize, "ui_element_name", &self.ui_element_name);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for AddWatermarkAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.font_color.read_from(r),
            1usize => self.font_name.read_from(r),
            2usize => self.font_size.read_from(r),
            3usize => self.layout.read_from(r),
            4usize => self.text.read_from(r),
            5usize => self.ui_element_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.font_color);
        w.field(1usize, &self.font_name);
        w.field(2usize, &self.font_size);
        w.field(3usize, &self.layout);
        w.field(4usize, &self.text);
        w.field(5usize, &self.ui_element_name);
    }
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
rt::impl_object!(AddWatermarkAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    AddWatermarkAction { with_font_color font_color : ::std::string::String;
    with_font_name font_name : ::std::string::String; with_font_size font_size : i32;
    with_layout layout : crate ::beta::WatermarkLayout; with_text text :
    ::std::string::String; with_ui_element_name ui_element_name : ::std::string::String;
    }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddWatermarkAction);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.adminConsentRequestPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AdminConsentRequestPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `notifyReviewers`: `Edm.Boolean`, not nullable.
    pub notify_reviewers: rt::Field<bool>,
    /// CSDL: property `remindersEnabled`: `Edm.Boolean`, not nullable.
    pub reminders_enabled: rt::Field<bool>,
    /// CSDL: property `requestDurationInDays`: `Edm.Int32`, not nullable.
    pub request_duration_in_days: rt::Field<i32>,
    /// CSDL: property `reviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::beta::AccessReviewReviewerScope>>,
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for AdminConsentRequestPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            notify_reviewers: rt::Field::Absent,
            reminders_enabled: rt::Field::Absent,
            request_duration_in_days: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for AdminConsentRequestPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.adminConsentRequestPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isEnabled",
        "notifyReviewers",
        "remindersEnabled",
        "requestDurationInDays",
        "reviewers",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
        ",\"notifyReviewers\":              ",
        ",\"remindersEnabled\":             ",
        ",\"requestDurationInDays\":        ",
        ",\"reviewers\":                    ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.adminConsentRequestPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_enabled", &self.is_enabled);
        v.field(2usize, "notify_reviewers", &self.notify_reviewers);
        v.field(3usize, "reminders_enabled", &self.reminders_enabled);
        v.field(4usize, "request_duration_in_days", &self.request_duration_in_days);
        v.field(5usize, "reviewers", &self.reviewers);
        v.field(6usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for AdminConsentRequestPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_enabled.read_from(r),
            2usize => self.notify_reviewers.read_from(r),
            3usize => self.reminders_enabled.read_from(r),
            4usize => self.request_duration_in_days.read_from(r),
            5usize => self.reviewers.read_from(r),
            6usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_enabled);
        w.field(2usize, &self.notify_reviewers);
        w.field(3usize, &self.reminders_enabled);
        w.field(4usize, &self.request_duration_in_days);
        w.field(5usize, &self.reviewers);
        w.field(6usize, &self.version);
    }
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
rt::impl_object!(AdminConsentRequestPolicy);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    AdminConsentRequestPolicy { with_id id : ::std::string::String; with_is_enabled
    is_enabled : bool; with_notify_reviewers notify_reviewers : bool;
    with_reminders_enabled reminders_enabled : bool; with_request_duration_in_days
    request_duration_in_days : i32; with_reviewers reviewers : ::std::vec::Vec < crate
    ::beta::AccessReviewReviewerScope >; with_version version : i32; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdminConsentRequestPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.advancedBitLockerState`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AdvancedBitLockerState {
    /// `success` (value 0).
    Success,
    /// `noUserConsent` (value 1).
    NoUserConsent,
    /// `osVolumeUnprotected` (value 2).
    OsVolumeUnprotected,
    /// `osVolumeTpmRequired` (value 4).
    OsVolumeTpmRequired,
    /// `osVolumeTpmOnlyRequired` (value 8).
    OsVolumeTpmOnlyRequired,
    /// `osVolumeTpmPinRequired` (value 16).
    OsVolumeTpmPinRequired,
    /// `osVolumeTpmStartupKeyRequired` (value 32).
    OsVolumeTpmStartupKeyRequired,
    /// `osVolumeTpmPinStartupKeyRequired` (value 64).
    OsVolumeTpmPinStartupKeyRequired,
    /// `osVolumeEncryptionMethodMismatch` (value 128).
    OsVolumeEncryptionMethodMismatch,
    /// `recoveryKeyBackupFailed` (value 256).
    RecoveryKeyBackupFailed,
    /// `fixedDriveNotEncrypted` (value 512).
    FixedDriveNotEncrypted,
    /// `fixedDriveEncryptionMethodMismatch` (value 1024).
    FixedDriveEncryptionMethodMismatch,
    /// `loggedOnUserNonAdmin` (value 2048).
    LoggedOnUserNonAdmin,
    /// `windowsRecoveryEnvironmentNotConfigured` (value 4096).
    WindowsRecoveryEnvironmentNotConfigured,
    /// `tpmNotAvailable` (value 8192).
    TpmNotAvailable,
    /// `tpmNotReady` (value 16384).
    TpmNotReady,
    /// `networkError` (value 32768).
    NetworkError,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AdvancedBitLockerState {
    const TYPE_NAME: &'static str = "microsoft.graph.advancedBitLockerState";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "noUserConsent",
        "osVolumeUnprotected",
        "osVolumeTpmRequired",
        "osVolumeTpmOnlyRequired",
        "osVolumeTpmPinRequired",
        "osVolumeTpmStartupKeyRequired",
        "osVolumeTpmPinStartupKeyRequired",
        "osVolumeEncryptionMethodMismatch",
        "recoveryKeyBackupFailed",
        "fixedDriveNotEncrypted",
        "fixedDriveEncryptionMethodMismatch",
        "loggedOnUserNonAdmin",
        "windowsRecoveryEnvironmentNotConfigured",
        "tpmNotAvailable",
        "tpmNotReady",
        "networkError",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "noUserConsent" => Self::NoUserConsent,
                "osVolumeUnprotected" => Self::OsVolumeUnprotected,
                "osVolumeTpmRequired" => Self::OsVolumeTpmRequired,
                "osVolumeTpmOnlyRequired" => Self::OsVolumeTpmOnlyRequired,
                "osVolumeTpmPinRequired" => Self::OsVolumeTpmPinRequired,
                "osVolumeTpmStartupKeyRequired" => Self::OsVolumeTpmStartupKeyRequired,
                "osVolumeTpmPinStartupKeyRequired" => {
                    Self::OsVolumeTpmPinStartupKeyRequired
                }
                "osVolumeEncryptionMethodMismatch" => {
                    Self::OsVolumeEncryptionMethodMismatch
                }
                "recoveryKeyBackupFailed" => Self::RecoveryKeyBackupFailed,
                "fixedDriveNotEncrypted" => Self::FixedDriveNotEncrypted,
                "fixedDriveEncryptionMethodMismatch" => {
                    Self::FixedDriveEncryptionMethodMismatch
                }
                "loggedOnUserNonAdmin" => Self::LoggedOnUserNonAdmin,
                "windowsRecoveryEnvironmentNotConfigured" => {
                    Self::WindowsRecoveryEnvironmentNotConfigured
                }
                "tpmNotAvailable" => Self::TpmNotAvailable,
                "tpmNotReady" => Self::TpmNotReady,
                "networkError" => Self::NetworkError,
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
            Self::NoUserConsent => "noUserConsent",
            Self::OsVolumeUnprotected => "osVolumeUnprotected",
            Self::OsVolumeTpmRequired => "osVolumeTpmRequired",
            Self::OsVolumeTpmOnlyRequired => "osVolumeTpmOnlyRequired",
            Self::OsVolumeTpmPinRequired => "osVolumeTpmPinRequired",
            Self::OsVolumeTpmStartupKeyRequired => "osVolumeTpmStartupKeyRequired",
            Self::OsVolumeTpmPinStartupKeyRequired => "osVolumeTpmPinStartupKeyRequired",
            Self::OsVolumeEncryptionMethodMismatch => "osVolumeEncryptionMethodMismatch",
            Self::RecoveryKeyBackupFailed => "recoveryKeyBackupFailed",
            Self::FixedDriveNotEncrypted => "fixedDriveNotEncrypted",
            Self::FixedDriveEncryptionMethodMismatch => {
                "fixedDriveEncryptionMethodMismatch"
            }
            Self::LoggedOnUserNonAdmin => "loggedOnUserNonAdmin",
            Self::WindowsRecoveryEnvironmentNotConfigured => {
                "windowsRecoveryEnvironmentNotConfigured"
            }
            Self::TpmNotAvailable => "tpmNotAvailable",
            Self::TpmNotReady => "tpmNotReady",
            Self::NetworkError => "networkError",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AdvancedBitLockerState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdvancedBitLockerState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an AirPrint destination.
///
/// CSDL: `microsoft.graph.airPrintDestination`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AirPrintDestination {
    /// If true AirPrint connections are secured by Transport Layer Security (TLS). Default is false. Available in iOS 11.0 and later.
    ///
    /// CSDL: property `forceTls`: `Edm.Boolean`, not nullable.
    pub force_tls: rt::Field<bool>,
    /// The IP Address of the AirPrint destination.
    ///
    /// CSDL: property `ipAddress`: `Edm.String`, not nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// The listening port of the AirPrint destination. If this key is not specified AirPrint will use the default port. Available in iOS 11.0 and later.
    ///
    /// CSDL: property `port`: `Edm.Int32`, nullable.
    pub port: rt::Field<i32>,
    /// The Resource Path associated with the printer. This corresponds to the rp parameter of the _ipps.tcp Bonjour record. For example: printers/Canon_MG5300_series, printers/Xerox_Phaser_7600, ipp/print, Epson_IPP_Printer.
    ///
    /// CSDL: property `resourcePath`: `Edm.String`, not nullable.
    pub resource_path: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AirPrintDestination {
    #[inline]
    fn default() -> Self {
        Self {
            force_tls: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            port: rt::Field::Absent,
            resource_path: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AirPrintDestination {
    const TYPE_NAME: &'static str = "microsoft.graph.airPrintDestination";
    const KEYS: &'static [&'static str] = &[
        "forceTls",
        "ipAddress",
        "port",
        "resourcePath",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"forceTls\":                     ",
        ",\"ipAddress\":                    ",
        ",\"port\":                         ",
        ",\"resourcePath\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.airPrintDestination\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "force_tls", &self.force_tls);
        v.field(1usize, "ip_address", &self.ip_address);
        v.field(2usize, "port", &self.port);
        v.field(3usize, "resource_path", &self.resource_path);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AirPrintDestination {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.force_tls.read_from(r),
            1usize => self.ip_address.read_from(r),
            2usize => self.port.read_from(r),
            3usize => self.resource_path.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.force_tls);
        w.field(1usize, &self.ip_address);
        w.field(2usize, &self.port);
        w.field(3usize, &self.resource_path);
    }
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
rt::impl_object!(AirPrintDestination);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AirPrintDestination { with_force_tls force_tls : bool; with_ip_address ip_address :
    ::std::string::String; with_port port : i32; with_resource_path resource_path :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AirPrintDestination);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.allowInvitesFrom`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AllowInvitesFrom {
    /// `none` (value 0).
    None,
    /// `adminsAndGuestInviters` (value 1).
    AdminsAndGuestInviters,
    /// `adminsGuestInvitersAndAllMembers` (value 2).
    AdminsGuestInvitersAndAllMembers,
    /// `everyone` (value 3).
    Everyone,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AllowInvitesFrom {
    const TYPE_NAME: &'static str = "microsoft.graph.allowInvitesFrom";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "adminsAndGuestInviters",
        "adminsGuestInvitersAndAllMembers",
        "everyone",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "adminsAndGuestInviters" => Self::AdminsAndGuestInviters,
                "adminsGuestInvitersAndAllMembers" => {
                    Self::AdminsGuestInvitersAndAllMembers
                }
                "everyone" => Self::Everyone,
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
            Self::AdminsAndGuestInviters => "adminsAndGuestInviters",
            Self::AdminsGuestInvitersAndAllMembers => "adminsGuestInvitersAndAllMembers",
            Self::Everyone => "everyone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AllowInvitesFrom);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllowInvitesFrom);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.alterationResponse`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct AlterationResponse {
    /// CSDL: property `originalQueryString`: `Edm.String`, nullable.
    pub original_query_string: rt::Field<::std::string::String>,
    /// CSDL: property `queryAlteration`: `microsoft.graph.searchAlteration`, nullable.
    pub query_alteration: rt::Field<crate::beta::SearchAlteration>,
    /// CSDL: property `queryAlterationType`: `microsoft.graph.searchAlterationType`, nullable.
    pub query_alteration_type: rt::Field<crate::beta::SearchAlterationType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for AlterationResponse {
    #[inline]
    fn default() -> Self {
        Self {
            original_query_string: rt::Field::Absent,
            query_alteration: rt::Field::Absent,
            query_alteration_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for AlterationResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.alterationResponse";
    const KEYS: &'static [&'static str] = &[
        "originalQueryString",
        "queryAlteration",
        "queryAlterationType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"originalQueryString\":          ",
        ",\"queryAlteration\":              ",
        ",\"queryAlterationType\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alterationResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "original_query_string", &self.original_query_string);
        v.field(1usize, "query_alteration", &self.query_alteration);
        v.field(2usize, "query_alteration_type", &self.query_alteration_type);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for AlterationResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.original_query_string.read_from(r),
            1usize => self.query_alteration.read_from(r),
            2usize => self.query_alteration_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.original_query_string);
        w.field(1usize, &self.query_alteration);
        w.field(2usize, &self.query_alteration_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(AlterationResponse);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    AlterationResponse { with_original_query_string original_query_string :
    ::std::string::String; with_query_alteration query_alteration : crate
    ::beta::SearchAlteration; with_query_alteration_type query_alteration_type : crate
    ::beta::SearchAlterationType; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlterationResponse);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.alteredQueryToken`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct AlteredQueryToken {
    /// CSDL: property `length`: `Edm.Int32`, nullable.
    pub length: rt::Field<i32>,
    /// CSDL: property `offset`: `Edm.Int32`, nullable.
    pub offset: rt::Field<i32>,
    /// CSDL: property `suggestion`: `Edm.String`, nullable.
    pub suggestion: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for AlteredQueryToken {
    #[inline]
    fn default() -> Self {
        Self {
            length: rt::Field::Absent,
            offset: rt::Field::Absent,
            suggestion: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for AlteredQueryToken {
    const TYPE_NAME: &'static str = "microsoft.graph.alteredQueryToken";
    const KEYS: &'static [&'static str] = &["length", "offset", "suggestion"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"length\":                       ",
        ",\"offset\":                       ",
        ",\"suggestion\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alteredQueryToken\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "length", &self.length);
        v.field(1usize, "offset", &self.offset);
        v.field(2usize, "suggestion", &self.suggestion);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for AlteredQueryToken {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.length.read_from(r),
            1usize => self.offset.read_from(r),
            2usize => self.suggestion.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.length);
        w.field(1usize, &self.offset);
        w.field(2usize, &self.suggestion);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(AlteredQueryToken);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    AlteredQueryToken { with_length length : i32; with_offset offset : i32;
    with_suggestion suggestion : ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlteredQueryToken);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.alternativeSecurityId`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AlternativeSecurityId {
    /// CSDL: property `identityProvider`: `Edm.String`, nullable.
    pub identity_provider: rt::Field<::std::string::String>,
    /// CSDL: property `key`: `Edm.Binary`, nullable.
    pub key: rt::Field<rt::edm::Binary>,
    /// CSDL: property `type`: `Edm.Int32`, nullable.
    pub type_: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AlternativeSecurityId {
    #[inline]
    fn default() -> Self {
        Self {
            identity_provider: rt::Field::Absent,
            key: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AlternativeSecurityId {
    const TYPE_NAME: &'static str = "microsoft.graph.alternativeSecurityId";
    const KEYS: &'static [&'static str] = &["identityProvider", "key", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identityProvider\":             ",
        ",\"key\":                          ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alternativeSecurityId\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity_provider", &self.identity_provider);
        v.field(1usize, "key", &self.key);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AlternativeSecurityId {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity_provider.read_from(r),
            1usize => self.key.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity_provider);
        w.field(1usize, &self.key);
        w.field(2usize, &self.type_);
    }
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
rt::impl_object!(AlternativeSecurityId);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AlternativeSecurityId { with_identity_provider identity_provider :
    ::std::string::String; with_key key : rt::edm::Binary; with_type type_ : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlternativeSecurityId);
