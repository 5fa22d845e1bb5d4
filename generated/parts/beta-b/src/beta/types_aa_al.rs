//! Types of `microsoft.graph` by the first letters of their names (`aa_al`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.aadUserNotificationRecipient`, complex type, derived from `microsoft.graph.teamworkNotificationRecipient`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AadUserNotificationRecipient {
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AadUserNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AadUserNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.aadUserNotificationRecipient";
    const KEYS: &'static [&'static str] = &["userId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.aadUserNotificationRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AadUserNotificationRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
    }
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
rt::impl_object!(AadUserNotificationRecipient);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AadUserNotificationRecipient { with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AadUserNotificationRecipient);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.accessAction`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for AccessAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for AccessAction {
    const TYPE_NAME: &'static str = "microsoft.graph.accessAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for AccessAction {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(AccessAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessAction);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.accessLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessLevel {
    /// `everyone` (value 0).
    Everyone,
    /// `invited` (value 1).
    Invited,
    /// `locked` (value 2).
    Locked,
    /// `sameEnterprise` (value 3).
    SameEnterprise,
    /// `sameEnterpriseAndFederated` (value 4).
    SameEnterpriseAndFederated,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::StrEnum for AccessLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.accessLevel";
    const MEMBERS: &'static [&'static str] = &[
        "everyone",
        "invited",
        "locked",
        "sameEnterprise",
        "sameEnterpriseAndFederated",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "everyone" => Self::Everyone,
                "invited" => Self::Invited,
                "locked" => Self::Locked,
                "sameEnterprise" => Self::SameEnterprise,
                "sameEnterpriseAndFederated" => Self::SameEnterpriseAndFederated,
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
            Self::Invited => "invited",
            Self::Locked => "locked",
            Self::SameEnterprise => "sameEnterprise",
            Self::SameEnterpriseAndFederated => "sameEnterpriseAndFederated",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_enum!(AccessLevel);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessLevel);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageAssignmentRequestFilterByCurrentUserOptions {
    /// `target` (value 1).
    Target,
    /// `createdBy` (value 2).
    CreatedBy,
    /// `approver` (value 3).
    Approver,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageAssignmentRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequestFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "target",
        "createdBy",
        "approver",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "target" => Self::Target,
                "createdBy" => Self::CreatedBy,
                "approver" => Self::Approver,
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
            Self::Approver => "approver",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_enum!(AccessPackageAssignmentRequestFilterByCurrentUserOptions);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequestFilterByCurrentUserOptions);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageFilterByCurrentUserOptions {
    /// `allowedRequestor` (value 1).
    AllowedRequestor,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["allowedRequestor", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allowedRequestor" => Self::AllowedRequestor,
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
            Self::AllowedRequestor => "allowedRequestor",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_enum!(AccessPackageFilterByCurrentUserOptions);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageFilterByCurrentUserOptions);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.accessReviewApplyAction`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewApplyAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for AccessReviewApplyAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for AccessReviewApplyAction {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewApplyAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewApplyAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for AccessReviewApplyAction {
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
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(AccessReviewApplyAction);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewApplyAction);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// `microsoft.graph.accessReviewApplyAction` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewApplyAction {
    AccessReviewApplyAction(::std::boxed::Box<crate::beta::AccessReviewApplyAction>),
    DisableAndDeleteUserApplyAction(
        ::std::boxed::Box<crate::beta::DisableAndDeleteUserApplyAction>,
    ),
    RemoveAccessApplyAction(::std::boxed::Box<crate::beta::RemoveAccessApplyAction>),
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for AnyAccessReviewApplyAction {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewApplyAction(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewApplyAction>
for AnyAccessReviewApplyAction {
    #[inline]
    fn from(v: crate::beta::AccessReviewApplyAction) -> Self {
        Self::AccessReviewApplyAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DisableAndDeleteUserApplyAction>
for AnyAccessReviewApplyAction {
    #[inline]
    fn from(v: crate::beta::DisableAndDeleteUserApplyAction) -> Self {
        Self::DisableAndDeleteUserApplyAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RemoveAccessApplyAction>
for AnyAccessReviewApplyAction {
    #[inline]
    fn from(v: crate::beta::RemoveAccessApplyAction) -> Self {
        Self::RemoveAccessApplyAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
unsafe impl ::std::marker::Send for AnyAccessReviewApplyAction {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessReviewApplyAction {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::marker::Unpin for AnyAccessReviewApplyAction {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessReviewApplyAction {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewApplyAction {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessReviewApplyAction>();
    rt::object::auto_traits::<crate::beta::DisableAndDeleteUserApplyAction>();
    rt::object::auto_traits::<crate::beta::RemoveAccessApplyAction>();
};
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Poly for AnyAccessReviewApplyAction {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewApplyAction";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.disableAndDeleteUserApplyAction",
            ) => Self::DisableAndDeleteUserApplyAction(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.removeAccessApplyAction") => {
                Self::RemoveAccessApplyAction(rt::object::new_boxed())
            }
            _ => Self::AccessReviewApplyAction(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewApplyAction(v) => &**v,
            Self::DisableAndDeleteUserApplyAction(v) => &**v,
            Self::RemoveAccessApplyAction(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewApplyAction(v) => &mut **v,
            Self::DisableAndDeleteUserApplyAction(v) => &mut **v,
            Self::RemoveAccessApplyAction(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl AnyAccessReviewApplyAction {
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
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_poly!(AnyAccessReviewApplyAction);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewApplyAction);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewHistoryDecisionFilter`, enum type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewHistoryDecisionFilter {
    /// `approve` (value 0).
    Approve,
    /// `deny` (value 1).
    Deny,
    /// `notReviewed` (value 2).
    NotReviewed,
    /// `dontKnow` (value 3).
    DontKnow,
    /// `notNotified` (value 4).
    NotNotified,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewHistoryDecisionFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewHistoryDecisionFilter";
    const MEMBERS: &'static [&'static str] = &[
        "approve",
        "deny",
        "notReviewed",
        "dontKnow",
        "notNotified",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "approve" => Self::Approve,
                "deny" => Self::Deny,
                "notReviewed" => Self::NotReviewed,
                "dontKnow" => Self::DontKnow,
                "notNotified" => Self::NotNotified,
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
            Self::Approve => "approve",
            Self::Deny => "deny",
            Self::NotReviewed => "notReviewed",
            Self::DontKnow => "dontKnow",
            Self::NotNotified => "notNotified",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_enum!(AccessReviewHistoryDecisionFilter);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewHistoryDecisionFilter);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewHistoryDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewHistoryDefinitionPath`](requests/trait.AccessReviewHistoryDefinitionPath.html), what a path to one (`EntityPath<AccessReviewHistoryDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewHistoryDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, not nullable.
    pub created_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `decisions`: `Collection(microsoft.graph.accessReviewHistoryDecisionFilter)`, nullable.
    pub decisions: rt::Field<
        ::std::vec::Vec<crate::beta::AccessReviewHistoryDecisionFilter>,
    >,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `downloadUri`: `Edm.String`, nullable.
    pub download_uri: rt::Field<::std::string::String>,
    /// CSDL: property `fulfilledDateTime`: `Edm.DateTimeOffset`, nullable.
    pub fulfilled_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewHistoryPeriodEndDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub review_history_period_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewHistoryPeriodStartDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub review_history_period_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scopes`: `Collection(microsoft.graph.accessReviewScope)`, not nullable.
    pub scopes: rt::Field<::std::vec::Vec<crate::beta::AnyAccessReviewScope>>,
    /// CSDL: property `status`: `microsoft.graph.accessReviewHistoryStatus`, nullable.
    pub status: rt::Field<crate::beta::AccessReviewHistoryStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewHistoryDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            decisions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            download_uri: rt::Field::Absent,
            fulfilled_date_time: rt::Field::Absent,
            review_history_period_end_date_time: rt::Field::Absent,
            review_history_period_start_date_time: rt::Field::Absent,
            scopes: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessReviewHistoryDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewHistoryDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "decisions",
        "displayName",
        "downloadUri",
        "fulfilledDateTime",
        "reviewHistoryPeriodEndDateTime",
        "reviewHistoryPeriodStartDateTime",
        "scopes",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"decisions\":                    ",
        ",\"displayName\":                  ",
        ",\"downloadUri\":                  ",
        ",\"fulfilledDateTime\":            ",
        ",\"reviewHistoryPeriodEndDateTime\":",
        ",\"reviewHistoryPeriodStartDateTime\":",
        ",\"scopes\":                       ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewHistoryDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "decisions", &self.decisions);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "download_uri", &self.download_uri);
        v.field(6usize, "fulfilled_date_time", &self.fulfilled_date_time);
        v.field(
            7usize,
            "review_history_period_end_date_time",
            &self.review_history_period_end_date_time,
        );
        v.field(
            8usize,
            "review_history_period_start_date_time",
            &self.review_history_period_start_date_time,
        );
        v.field(9usize, "scopes", &self.scopes);
        v.field(10usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessReviewHistoryDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.decisions.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.download_uri.read_from(r),
            6usize => self.fulfilled_date_time.read_from(r),
            7usize => self.review_history_period_end_date_time.read_from(r),
            8usize => self.review_history_period_start_date_time.read_from(r),
            9usize => self.scopes.read_from(r),
            10usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.decisions);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.download_uri);
        w.field(6usize, &self.fulfilled_date_time);
        w.field(7usize, &self.review_history_period_end_date_time);
        w.field(8usize, &self.review_history_period_start_date_time);
        w.field(9usize, &self.scopes);
        w.field(10usize, &self.status);
    }
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
rt::impl_object!(AccessReviewHistoryDefinition);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewHistoryDefinition { with_id id : ::std::string::String; with_created_by
    created_by : crate ::beta::UserIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_decisions decisions : ::std::vec::Vec < crate
    ::beta::AccessReviewHistoryDecisionFilter >; with_display_name display_name :
    ::std::string::String; with_download_uri download_uri : ::std::string::String;
    with_fulfilled_date_time fulfilled_date_time : rt::edm::DateTimeOffset;
    with_review_history_period_end_date_time review_history_period_end_date_time :
    rt::edm::DateTimeOffset; with_review_history_period_start_date_time
    review_history_period_start_date_time : rt::edm::DateTimeOffset; with_scopes scopes :
    ::std::vec::Vec < crate ::beta::AnyAccessReviewScope >; with_status status : crate
    ::beta::AccessReviewHistoryStatus; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewHistoryDefinition);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewHistoryStatus`, enum type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewHistoryStatus {
    /// `done` (value 0).
    Done,
    /// `inprogress` (value 1).
    Inprogress,
    /// `error` (value 2).
    Error,
    /// `requested` (value 3).
    Requested,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewHistoryStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewHistoryStatus";
    const MEMBERS: &'static [&'static str] = &[
        "done",
        "inprogress",
        "error",
        "requested",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "done" => Self::Done,
                "inprogress" => Self::Inprogress,
                "error" => Self::Error,
                "requested" => Self::Requested,
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
            Self::Done => "done",
            Self::Inprogress => "inprogress",
            Self::Error => "error",
            Self::Requested => "requested",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_enum!(AccessReviewHistoryStatus);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewHistoryStatus);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInactiveUsersQueryScope`, complex type, derived from `microsoft.graph.accessReviewQueryScope`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewInactiveUsersQueryScope {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `queryRoot`: `Edm.String`, nullable.
    pub query_root: rt::Field<::std::string::String>,
    /// CSDL: property `queryType`: `Edm.String`, nullable.
    pub query_type: rt::Field<::std::string::String>,
    /// CSDL: property `inactiveDuration`: `Edm.Duration`, nullable.
    pub inactive_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewInactiveUsersQueryScope {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            query_root: rt::Field::Absent,
            query_type: rt::Field::Absent,
            inactive_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewInactiveUsersQueryScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInactiveUsersQueryScope";
    const KEYS: &'static [&'static str] = &[
        "query",
        "queryRoot",
        "queryType",
        "inactiveDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"query\":                        ",
        ",\"queryRoot\":                    ",
        ",\"queryType\":                    ",
        ",\"inactiveDuration\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInactiveUsersQueryScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
        v.field(1usize, "query_root", &self.query_root);
        v.field(2usize, "query_type", &self.query_type);
        v.field(3usize, "inactive_duration", &self.inactive_duration);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewInactiveUsersQueryScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.query_root.read_from(r),
            2usize => self.query_type.read_from(r),
            3usize => self.inactive_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.query_root);
        w.field(2usize, &self.query_type);
        w.field(3usize, &self.inactive_duration);
    }
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
rt::impl_object!(AccessReviewInactiveUsersQueryScope);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewInactiveUsersQueryScope { with_query query : ::std::string::String;
    with_query_root query_root : ::std::string::String; with_query_type query_type :
    ::std::string::String; with_inactive_duration inactive_duration : rt::edm::Duration;
    }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInactiveUsersQueryScope);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInstance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewInstancePath`](requests/trait.AccessReviewInstancePath.html), what a path to one (`EntityPath<AccessReviewInstance, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scope`: `microsoft.graph.accessReviewScope`, nullable.
    pub scope: rt::Field<crate::beta::AnyAccessReviewScope>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `decisions`: `Collection(microsoft.graph.accessReviewInstanceDecisionItem)`, not nullable.
    pub decisions: rt::Field<
        ::std::vec::Vec<crate::beta::AccessReviewInstanceDecisionItem>,
    >,
    /// CSDL: navigation property `definition`: `microsoft.graph.accessReviewScheduleDefinition`, nullable.
    ///
    /// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
    #[cfg(msgraph_beta_identity_governance_or_search)]
    pub definition: rt::Field<crate::beta::AccessReviewScheduleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            scope: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            decisions: rt::Field::Absent,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "scope",
        "startDateTime",
        "status",
        "decisions",
        "definition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endDateTime\":                  ",
        ",\"scope\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"decisions\":                    ",
        ",\"definition\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "scope", &self.scope);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "decisions", &self.decisions);
        #[cfg(msgraph_beta_identity_governance_or_search)]
        v.field(6usize, "definition", &self.definition);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.scope.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.decisions.read_from(r),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            6usize => self.definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.scope);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.status);
        w.field(5usize, &self.decisions);
        #[cfg(msgraph_beta_identity_governance_or_search)]
        w.field(6usize, &self.definition);
    }
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
rt::impl_object!(AccessReviewInstance);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewInstance { with_id id : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_scope scope : crate
    ::beta::AnyAccessReviewScope; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : ::std::string::String; with_decisions
    decisions : ::std::vec::Vec < crate ::beta::AccessReviewInstanceDecisionItem >;
    #[cfg(msgraph_beta_identity_governance_or_search)] with_definition definition : crate
    ::beta::AccessReviewScheduleDefinition; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstance);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItem`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`AccessReviewInstanceDecisionItemPath`](requests/trait.AccessReviewInstanceDecisionItemPath.html), what a path to one (`EntityPath<AccessReviewInstanceDecisionItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessReviewId`: `Edm.String`, not nullable.
    pub access_review_id: rt::Field<::std::string::String>,
    /// CSDL: property `appliedBy`: `microsoft.graph.userIdentity`, nullable.
    pub applied_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `appliedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub applied_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `applyResult`: `Edm.String`, nullable.
    pub apply_result: rt::Field<::std::string::String>,
    /// CSDL: property `decision`: `Edm.String`, nullable.
    pub decision: rt::Field<::std::string::String>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `principal`: `microsoft.graph.identity`, nullable.
    pub principal: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `principalLink`: `Edm.String`, nullable.
    pub principal_link: rt::Field<::std::string::String>,
    /// CSDL: property `recommendation`: `Edm.String`, nullable.
    pub recommendation: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `microsoft.graph.accessReviewInstanceDecisionItemResource`, nullable.
    pub resource: rt::Field<crate::beta::AccessReviewInstanceDecisionItemResource>,
    /// CSDL: property `resourceLink`: `Edm.String`, nullable.
    pub resource_link: rt::Field<::std::string::String>,
    /// CSDL: property `reviewedBy`: `microsoft.graph.userIdentity`, nullable.
    pub reviewed_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `reviewedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub reviewed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `target`: `microsoft.graph.accessReviewInstanceDecisionItemTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyAccessReviewInstanceDecisionItemTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewInstanceDecisionItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_review_id: rt::Field::Absent,
            applied_by: rt::Field::Absent,
            applied_date_time: rt::Field::Absent,
            apply_result: rt::Field::Absent,
            decision: rt::Field::Absent,
            justification: rt::Field::Absent,
            principal: rt::Field::Absent,
            principal_link: rt::Field::Absent,
            recommendation: rt::Field::Absent,
            resource: rt::Field::Absent,
            resource_link: rt::Field::Absent,
            reviewed_by: rt::Field::Absent,
            reviewed_date_time: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewInstanceDecisionItem {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessReviewId",
        "appliedBy",
        "appliedDateTime",
        "applyResult",
        "decision",
        "justification",
        "principal",
        "principalLink",
        "recommendation",
        "resource",
        "resourceLink",
        "reviewedBy",
        "reviewedDateTime",
        "target",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessReviewId\":               ",
        ",\"appliedBy\":                    ",
        ",\"appliedDateTime\":              ",
        ",\"applyResult\":                  ",
        ",\"decision\":                     ",
        ",\"justification\":                ",
        ",\"principal\":                    ",
        ",\"principalLink\":                ",
        ",\"recommendation\":               ",
        ",\"resource\":                     ",
        ",\"resourceLink\":                 ",
        ",\"reviewedBy\":                   ",
        ",\"reviewedDateTime\":             ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_review_id", &self.access_review_id);
        v.field(2usize, "applied_by", &self.applied_by);
        v.field(3usize, "applied_date_time", &self.applied_date_time);
        v.field(4usize, "apply_result", &self.apply_result);
        v.field(5usize, "decision", &self.decision);
        v.field(6usize, "justification", &self.justification);
        v.field(7usize, "principal", &self.principal);
        v.field(8usize, "principal_link", &self.principal_link);
        v.field(9usize, "recommendation", &self.recommendation);
        v.field(10usize, "resource", &self.resource);
        v.field(11usize, "resource_link", &self.resource_link);
        v.field(12usize, "reviewed_by", &self.reviewed_by);
        v.field(13usize, "reviewed_date_time", &self.reviewed_date_time);
        v.field(14usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewInstanceDecisionItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_review_id.read_from(r),
            2usize => self.applied_by.read_from(r),
            3usize => self.applied_date_time.read_from(r),
            4usize => self.apply_result.read_from(r),
            5usize => self.decision.read_from(r),
            6usize => self.justification.read_from(r),
            7usize => self.principal.read_from(r),
            8usize => self.principal_link.read_from(r),
            9usize => self.recommendation.read_from(r),
            10usize => self.resource.read_from(r),
            11usize => self.resource_link.read_from(r),
            12usize => self.reviewed_by.read_from(r),
            13usize => self.reviewed_date_time.read_from(r),
            14usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_review_id);
        w.field(2usize, &self.applied_by);
        w.field(3usize, &self.applied_date_time);
        w.field(4usize, &self.apply_result);
        w.field(5usize, &self.decision);
        w.field(6usize, &self.justification);
        w.field(7usize, &self.principal);
        w.field(8usize, &self.principal_link);
        w.field(9usize, &self.recommendation);
        w.field(10usize, &self.resource);
        w.field(11usize, &self.resource_link);
        w.field(12usize, &self.reviewed_by);
        w.field(13usize, &self.reviewed_date_time);
        w.field(14usize, &self.target);
    }
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
rt::impl_object!(AccessReviewInstanceDecisionItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItem { with_id id : ::std::string::String;
    with_access_review_id access_review_id : ::std::string::String; with_applied_by
    applied_by : crate ::beta::UserIdentity; with_applied_date_time applied_date_time :
    rt::edm::DateTimeOffset; with_apply_result apply_result : ::std::string::String;
    with_decision decision : ::std::string::String; with_justification justification :
    ::std::string::String; with_principal principal : crate ::beta::AnyIdentity;
    with_principal_link principal_link : ::std::string::String; with_recommendation
    recommendation : ::std::string::String; with_resource resource : crate
    ::beta::AccessReviewInstanceDecisionItemResource; with_resource_link resource_link :
    ::std::string::String; with_reviewed_by reviewed_by : crate ::beta::UserIdentity;
    with_reviewed_date_time reviewed_date_time : rt::edm::DateTimeOffset; with_target
    target : crate ::beta::AnyAccessReviewInstanceDecisionItemTarget; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItem);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemResource`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItemResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewInstanceDecisionItemResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewInstanceDecisionItemResource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemResource";
    const KEYS: &'static [&'static str] = &["displayName", "id", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItemResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewInstanceDecisionItemResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
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
rt::impl_object!(AccessReviewInstanceDecisionItemResource);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItemResource { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemResource);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalTarget`, complex type, derived from `microsoft.graph.accessReviewInstanceDecisionItemTarget`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItemServicePrincipalTarget {
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalDisplayName`: `Edm.String`, nullable.
    pub service_principal_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalId`: `Edm.String`, nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewInstanceDecisionItemServicePrincipalTarget {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            service_principal_display_name: rt::Field::Absent,
            service_principal_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewInstanceDecisionItemServicePrincipalTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalTarget";
    const KEYS: &'static [&'static str] = &[
        "appId",
        "servicePrincipalDisplayName",
        "servicePrincipalId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"servicePrincipalDisplayName\":  ",
        ",\"servicePrincipalId\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(
            1usize,
            "service_principal_display_name",
            &self.service_principal_display_name,
        );
        v.field(2usize, "service_principal_id", &self.service_principal_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewInstanceDecisionItemServicePrincipalTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.service_principal_display_name.read_from(r),
            2usize => self.service_principal_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.service_principal_display_name);
        w.field(2usize, &self.service_principal_id);
    }
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
rt::impl_object!(AccessReviewInstanceDecisionItemServicePrincipalTarget);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItemServicePrincipalTarget { with_app_id app_id :
    ::std::string::String; with_service_principal_display_name
    service_principal_display_name : ::std::string::String; with_service_principal_id
    service_principal_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemServicePrincipalTarget);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemTarget`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItemTarget {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewInstanceDecisionItemTarget {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewInstanceDecisionItemTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemTarget";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItemTarget\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewInstanceDecisionItemTarget {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(AccessReviewInstanceDecisionItemTarget);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemTarget);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.accessReviewInstanceDecisionItemTarget` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewInstanceDecisionItemTarget {
    AccessReviewInstanceDecisionItemTarget(
        ::std::boxed::Box<crate::beta::AccessReviewInstanceDecisionItemTarget>,
    ),
    AccessReviewInstanceDecisionItemServicePrincipalTarget(
        ::std::boxed::Box<
            crate::beta::AccessReviewInstanceDecisionItemServicePrincipalTarget,
        >,
    ),
    AccessReviewInstanceDecisionItemUserTarget(
        ::std::boxed::Box<crate::beta::AccessReviewInstanceDecisionItemUserTarget>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyAccessReviewInstanceDecisionItemTarget {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewInstanceDecisionItemTarget(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewInstanceDecisionItemTarget>
for AnyAccessReviewInstanceDecisionItemTarget {
    #[inline]
    fn from(v: crate::beta::AccessReviewInstanceDecisionItemTarget) -> Self {
        Self::AccessReviewInstanceDecisionItemTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::AccessReviewInstanceDecisionItemServicePrincipalTarget,
> for AnyAccessReviewInstanceDecisionItemTarget {
    #[inline]
    fn from(
        v: crate::beta::AccessReviewInstanceDecisionItemServicePrincipalTarget,
    ) -> Self {
        Self::AccessReviewInstanceDecisionItemServicePrincipalTarget(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewInstanceDecisionItemUserTarget>
for AnyAccessReviewInstanceDecisionItemTarget {
    #[inline]
    fn from(v: crate::beta::AccessReviewInstanceDecisionItemUserTarget) -> Self {
        Self::AccessReviewInstanceDecisionItemUserTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyAccessReviewInstanceDecisionItemTarget {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyAccessReviewInstanceDecisionItemTarget {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyAccessReviewInstanceDecisionItemTarget {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyAccessReviewInstanceDecisionItemTarget {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewInstanceDecisionItemTarget {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessReviewInstanceDecisionItemTarget>();
    rt::object::auto_traits::<
        crate::beta::AccessReviewInstanceDecisionItemServicePrincipalTarget,
    >();
    rt::object::auto_traits::<crate::beta::AccessReviewInstanceDecisionItemUserTarget>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyAccessReviewInstanceDecisionItemTarget {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalTarget",
            ) => {
                Self::AccessReviewInstanceDecisionItemServicePrincipalTarget(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItemUserTarget",
            ) => {
                Self::AccessReviewInstanceDecisionItemUserTarget(rt::object::new_boxed())
            }
            _ => Self::AccessReviewInstanceDecisionItemTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewInstanceDecisionItemTarget(v) => &**v,
            Self::AccessReviewInstanceDecisionItemServicePrincipalTarget(v) => &**v,
            Self::AccessReviewInstanceDecisionItemUserTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewInstanceDecisionItemTarget(v) => &mut **v,
            Self::AccessReviewInstanceDecisionItemServicePrincipalTarget(v) => &mut **v,
            Self::AccessReviewInstanceDecisionItemUserTarget(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyAccessReviewInstanceDecisionItemTarget {
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
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyAccessReviewInstanceDecisionItemTarget);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewInstanceDecisionItemTarget);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemUserTarget`, complex type, derived from `microsoft.graph.accessReviewInstanceDecisionItemTarget`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItemUserTarget {
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewInstanceDecisionItemUserTarget {
    #[inline]
    fn default() -> Self {
        Self {
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewInstanceDecisionItemUserTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemUserTarget";
    const KEYS: &'static [&'static str] = &[
        "userDisplayName",
        "userId",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItemUserTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_display_name", &self.user_display_name);
        v.field(1usize, "user_id", &self.user_id);
        v.field(2usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewInstanceDecisionItemUserTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_display_name.read_from(r),
            1usize => self.user_id.read_from(r),
            2usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_display_name);
        w.field(1usize, &self.user_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(AccessReviewInstanceDecisionItemUserTarget);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItemUserTarget { with_user_display_name user_display_name
    : ::std::string::String; with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemUserTarget);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewInstanceFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewInstanceFilterByCurrentUserOptions {
    /// `reviewer` (value 1).
    Reviewer,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AccessReviewInstanceFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceFilterByCurrentUserOptions";
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
rt::impl_enum!(AccessReviewInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.accessReviewPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isGroupOwnerManagementEnabled`: `Edm.Boolean`, not nullable.
    pub is_group_owner_management_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for AccessReviewPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_group_owner_management_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for AccessReviewPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isGroupOwnerManagementEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isGroupOwnerManagementEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(
            3usize,
            "is_group_owner_management_enabled",
            &self.is_group_owner_management_enabled,
        );
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for AccessReviewPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_group_owner_management_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_group_owner_management_enabled);
    }
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
rt::impl_object!(AccessReviewPolicy);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    AccessReviewPolicy { with_id id : ::std::string::String; with_description description
    : ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_group_owner_management_enabled is_group_owner_management_enabled : bool; }
);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewPolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewQueryScope`, complex type, derived from `microsoft.graph.accessReviewScope`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewQueryScope {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `queryRoot`: `Edm.String`, nullable.
    pub query_root: rt::Field<::std::string::String>,
    /// CSDL: property `queryType`: `Edm.String`, nullable.
    pub query_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewQueryScope {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            query_root: rt::Field::Absent,
            query_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewQueryScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewQueryScope";
    const KEYS: &'static [&'static str] = &["query", "queryRoot", "queryType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"query\":                        ",
        ",\"queryRoot\":                    ",
        ",\"queryType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewQueryScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
        v.field(1usize, "query_root", &self.query_root);
        v.field(2usize, "query_type", &self.query_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewQueryScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.query_root.read_from(r),
            2usize => self.query_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.query_root);
        w.field(2usize, &self.query_type);
    }
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
rt::impl_object!(AccessReviewQueryScope);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewQueryScope { with_query query : ::std::string::String; with_query_root
    query_root : ::std::string::String; with_query_type query_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewQueryScope);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.accessReviewQueryScope` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewQueryScope {
    AccessReviewQueryScope(::std::boxed::Box<crate::beta::AccessReviewQueryScope>),
    AccessReviewInactiveUsersQueryScope(
        ::std::boxed::Box<crate::beta::AccessReviewInactiveUsersQueryScope>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyAccessReviewQueryScope {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewQueryScope(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewQueryScope>
for AnyAccessReviewQueryScope {
    #[inline]
    fn from(v: crate::beta::AccessReviewQueryScope) -> Self {
        Self::AccessReviewQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewInactiveUsersQueryScope>
for AnyAccessReviewQueryScope {
    #[inline]
    fn from(v: crate::beta::AccessReviewInactiveUsersQueryScope) -> Self {
        Self::AccessReviewInactiveUsersQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyAccessReviewQueryScope {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyAccessReviewQueryScope {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyAccessReviewQueryScope {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyAccessReviewQueryScope {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewQueryScope {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessReviewQueryScope>();
    rt::object::auto_traits::<crate::beta::AccessReviewInactiveUsersQueryScope>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyAccessReviewQueryScope {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewQueryScope";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInactiveUsersQueryScope",
            ) => Self::AccessReviewInactiveUsersQueryScope(rt::object::new_boxed()),
            _ => Self::AccessReviewQueryScope(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewQueryScope(v) => &**v,
            Self::AccessReviewInactiveUsersQueryScope(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewQueryScope(v) => &mut **v,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyAccessReviewQueryScope {
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
    /// `query` of any variant.
    #[inline]
    pub fn query(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &v.query,
            Self::AccessReviewInactiveUsersQueryScope(v) => &v.query,
        }
    }
    /// `query` of any variant.
    #[inline]
    pub fn query_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &mut v.query,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut v.query,
        }
    }
    /// `queryRoot` of any variant.
    #[inline]
    pub fn query_root(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &v.query_root,
            Self::AccessReviewInactiveUsersQueryScope(v) => &v.query_root,
        }
    }
    /// `queryRoot` of any variant.
    #[inline]
    pub fn query_root_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &mut v.query_root,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut v.query_root,
        }
    }
    /// `queryType` of any variant.
    #[inline]
    pub fn query_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &v.query_type,
            Self::AccessReviewInactiveUsersQueryScope(v) => &v.query_type,
        }
    }
    /// `queryType` of any variant.
    #[inline]
    pub fn query_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &mut v.query_type,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut v.query_type,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyAccessReviewQueryScope);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewQueryScope);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewScheduleDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewScheduleDefinitionPath`](requests/trait.AccessReviewScheduleDefinitionPath.html), what a path to one (`EntityPath<AccessReviewScheduleDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewScheduleDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backupReviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub backup_reviewers: rt::Field<
        ::std::vec::Vec<crate::beta::AccessReviewReviewerScope>,
    >,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, nullable.
    pub created_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `descriptionForAdmins`: `Edm.String`, nullable.
    pub description_for_admins: rt::Field<::std::string::String>,
    /// CSDL: property `descriptionForReviewers`: `Edm.String`, nullable.
    pub description_for_reviewers: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fallbackReviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub fallback_reviewers: rt::Field<
        ::std::vec::Vec<crate::beta::AccessReviewReviewerScope>,
    >,
    /// CSDL: property `instanceEnumerationScope`: `microsoft.graph.accessReviewScope`, nullable.
    pub instance_enumeration_scope: rt::Field<crate::beta::AnyAccessReviewScope>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::beta::AccessReviewReviewerScope>>,
    /// CSDL: property `scope`: `microsoft.graph.accessReviewScope`, nullable.
    pub scope: rt::Field<crate::beta::AnyAccessReviewScope>,
    /// CSDL: property `settings`: `microsoft.graph.accessReviewScheduleSettings`, nullable.
    pub settings: rt::Field<crate::beta::AccessReviewScheduleSettings>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `instances`: `Collection(microsoft.graph.accessReviewInstance)`, not nullable.
    pub instances: rt::Field<::std::vec::Vec<crate::beta::AccessReviewInstance>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewScheduleDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            backup_reviewers: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description_for_admins: rt::Field::Absent,
            description_for_reviewers: rt::Field::Absent,
            display_name: rt::Field::Absent,
            fallback_reviewers: rt::Field::Absent,
            instance_enumeration_scope: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            scope: rt::Field::Absent,
            settings: rt::Field::Absent,
            status: rt::Field::Absent,
            instances: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessReviewScheduleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewScheduleDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backupReviewers",
        "createdBy",
        "createdDateTime",
        "descriptionForAdmins",
        "descriptionForReviewers",
        "displayName",
        "fallbackReviewers",
        "instanceEnumerationScope",
        "lastModifiedDateTime",
        "reviewers",
        "scope",
        "settings",
        "status",
        "instances",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backupReviewers\":              ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"descriptionForAdmins\":         ",
        ",\"descriptionForReviewers\":      ",
        ",\"displayName\":                  ",
        ",\"fallbackReviewers\":            ",
        ",\"instanceEnumerationScope\":     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"reviewers\":                    ",
        ",\"scope\":                        ",
        ",\"settings\":                     ",
        ",\"status\":                       ",
        ",\"instances\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewScheduleDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "backup_reviewers", &self.backup_reviewers);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description_for_admins", &self.description_for_admins);
        v.field(5usize, "description_for_reviewers", &self.description_for_reviewers);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "fallback_reviewers", &self.fallback_reviewers);
        v.field(8usize, "instance_enumeration_scope", &self.instance_enumeration_scope);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "reviewers", &self.reviewers);
        v.field(11usize, "scope", &self.scope);
        v.field(12usize, "settings", &self.settings);
        v.field(13usize, "status", &self.status);
        v.field(14usize, "instances", &self.instances);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessReviewScheduleDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.backup_reviewers.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description_for_admins.read_from(r),
            5usize => self.description_for_reviewers.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.fallback_reviewers.read_from(r),
            8usize => self.instance_enumeration_scope.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.reviewers.read_from(r),
            11usize => self.scope.read_from(r),
            12usize => self.settings.read_from(r),
            13usize => self.status.read_from(r),
            14usize => self.instances.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.backup_reviewers);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description_for_admins);
        w.field(5usize, &self.description_for_reviewers);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.fallback_reviewers);
        w.field(8usize, &self.instance_enumeration_scope);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.reviewers);
        w.field(11usize, &self.scope);
        w.field(12usize, &self.settings);
        w.field(13usize, &self.status);
        w.field(14usize, &self.instances);
    }
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
rt::impl_object!(AccessReviewScheduleDefinition);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewScheduleDefinition { with_id id : ::std::string::String;
    with_backup_reviewers backup_reviewers : ::std::vec::Vec < crate
    ::beta::AccessReviewReviewerScope >; with_created_by created_by : crate
    ::beta::UserIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description_for_admins description_for_admins :
    ::std::string::String; with_description_for_reviewers description_for_reviewers :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_fallback_reviewers fallback_reviewers : ::std::vec::Vec < crate
    ::beta::AccessReviewReviewerScope >; with_instance_enumeration_scope
    instance_enumeration_scope : crate ::beta::AnyAccessReviewScope;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_reviewers reviewers : ::std::vec::Vec < crate ::beta::AccessReviewReviewerScope
    >; with_scope scope : crate ::beta::AnyAccessReviewScope; with_settings settings :
    crate ::beta::AccessReviewScheduleSettings; with_status status :
    ::std::string::String; with_instances instances : ::std::vec::Vec < crate
    ::beta::AccessReviewInstance >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewScheduleDefinition);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.accessReviewScheduleSettings`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewScheduleSettings {
    /// CSDL: property `applyActions`: `Collection(microsoft.graph.accessReviewApplyAction)`, nullable.
    pub apply_actions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyAccessReviewApplyAction>,
    >,
    /// CSDL: property `autoApplyDecisionsEnabled`: `Edm.Boolean`, not nullable.
    pub auto_apply_decisions_enabled: rt::Field<bool>,
    /// CSDL: property `defaultDecision`: `Edm.String`, nullable.
    pub default_decision: rt::Field<::std::string::String>,
    /// CSDL: property `defaultDecisionEnabled`: `Edm.Boolean`, not nullable.
    pub default_decision_enabled: rt::Field<bool>,
    /// CSDL: property `instanceDurationInDays`: `Edm.Int32`, not nullable.
    pub instance_duration_in_days: rt::Field<i32>,
    /// CSDL: property `justificationRequiredOnApproval`: `Edm.Boolean`, not nullable.
    pub justification_required_on_approval: rt::Field<bool>,
    /// CSDL: property `mailNotificationsEnabled`: `Edm.Boolean`, not nullable.
    pub mail_notifications_enabled: rt::Field<bool>,
    /// CSDL: property `recommendationsEnabled`: `Edm.Boolean`, not nullable.
    pub recommendations_enabled: rt::Field<bool>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `reminderNotificationsEnabled`: `Edm.Boolean`, not nullable.
    pub reminder_notifications_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for AccessReviewScheduleSettings {
    #[inline]
    fn default() -> Self {
        Self {
            apply_actions: rt::Field::Absent,
            auto_apply_decisions_enabled: rt::Field::Absent,
            default_decision: rt::Field::Absent,
            default_decision_enabled: rt::Field::Absent,
            instance_duration_in_days: rt::Field::Absent,
            justification_required_on_approval: rt::Field::Absent,
            mail_notifications_enabled: rt::Field::Absent,
            recommendations_enabled: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            reminder_notifications_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for AccessReviewScheduleSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewScheduleSettings";
    const KEYS: &'static [&'static str] = &[
        "applyActions",
        "autoApplyDecisionsEnabled",
        "defaultDecision",
        "defaultDecisionEnabled",
        "instanceDurationInDays",
        "justificationRequiredOnApproval",
        "mailNotificationsEnabled",
        "recommendationsEnabled",
        "recurrence",
        "reminderNotificationsEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applyActions\":                 ",
        ",\"autoApplyDecisionsEnabled\":    ",
        ",\"defaultDecision\":              ",
        ",\"defaultDecisionEnabled\":       ",
        ",\"instanceDurationInDays\":       ",
        ",\"justificationRequiredOnApproval\":",
        ",\"mailNotificationsEnabled\":     ",
        ",\"recommendationsEnabled\":       ",
        ",\"recurrence\":                   ",
        ",\"reminderNotificationsEnabled\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewScheduleSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apply_actions", &self.apply_actions);
        v.field(
            1usize,
            "auto_apply_decisions_enabled",
            &self.auto_apply_decisions_enabled,
        );
        v.field(2usize, "default_decision", &self.default_decision);
        v.field(3usize, "default_decision_enabled", &self.default_decision_enabled);
        v.field(4usize, "instance_duration_in_days", &self.instance_duration_in_days);
        v.field(
            5usize,
            "justification_required_on_approval",
            &self.justification_required_on_approval,
        );
        v.field(6usize, "mail_notifications_enabled", &self.mail_notifications_enabled);
        v.field(7usize, "recommendations_enabled", &self.recommendations_enabled);
        v.field(8usize, "recurrence", &self.recurrence);
        v.field(
            9usize,
            "reminder_notifications_enabled",
            &self.reminder_notifications_enabled,
        );
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for AccessReviewScheduleSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apply_actions.read_from(r),
            1usize => self.auto_apply_decisions_enabled.read_from(r),
            2usize => self.default_decision.read_from(r),
            3usize => self.default_decision_enabled.read_from(r),
            4usize => self.instance_duration_in_days.read_from(r),
            5usize => self.justification_required_on_approval.read_from(r),
            6usize => self.mail_notifications_enabled.read_from(r),
            7usize => self.recommendations_enabled.read_from(r),
            8usize => self.recurrence.read_from(r),
            9usize => self.reminder_notifications_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apply_actions);
        w.field(1usize, &self.auto_apply_decisions_enabled);
        w.field(2usize, &self.default_decision);
        w.field(3usize, &self.default_decision_enabled);
        w.field(4usize, &self.instance_duration_in_days);
        w.field(5usize, &self.justification_required_on_approval);
        w.field(6usize, &self.mail_notifications_enabled);
        w.field(7usize, &self.recommendations_enabled);
        w.field(8usize, &self.recurrence);
        w.field(9usize, &self.reminder_notifications_enabled);
    }
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
rt::impl_object!(AccessReviewScheduleSettings);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    AccessReviewScheduleSettings { with_apply_actions apply_actions : ::std::vec::Vec <
    crate ::beta::AnyAccessReviewApplyAction >; with_auto_apply_decisions_enabled
    auto_apply_decisions_enabled : bool; with_default_decision default_decision :
    ::std::string::String; with_default_decision_enabled default_decision_enabled : bool;
    with_instance_duration_in_days instance_duration_in_days : i32;
    with_justification_required_on_approval justification_required_on_approval : bool;
    with_mail_notifications_enabled mail_notifications_enabled : bool;
    with_recommendations_enabled recommendations_enabled : bool; with_recurrence
    recurrence : crate ::beta::PatternedRecurrence; with_reminder_notifications_enabled
    reminder_notifications_enabled : bool; }
);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewScheduleSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewScope`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewScope {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewScope {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewScope";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewScope\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewScope {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(AccessReviewScope);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewScope);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.accessReviewScope` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewScope {
    AccessReviewScope(::std::boxed::Box<crate::beta::AccessReviewScope>),
    AccessReviewInactiveUsersQueryScope(
        ::std::boxed::Box<crate::beta::AccessReviewInactiveUsersQueryScope>,
    ),
    AccessReviewQueryScope(::std::boxed::Box<crate::beta::AccessReviewQueryScope>),
    AccessReviewReviewerScope(::std::boxed::Box<crate::beta::AccessReviewReviewerScope>),
    PrincipalResourceMembershipsScope(
        ::std::boxed::Box<crate::beta::PrincipalResourceMembershipsScope>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyAccessReviewScope {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewScope(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewScope> for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::beta::AccessReviewScope) -> Self {
        Self::AccessReviewScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewInactiveUsersQueryScope>
for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::beta::AccessReviewInactiveUsersQueryScope) -> Self {
        Self::AccessReviewInactiveUsersQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewQueryScope> for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::beta::AccessReviewQueryScope) -> Self {
        Self::AccessReviewQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewReviewerScope>
for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::beta::AccessReviewReviewerScope) -> Self {
        Self::AccessReviewReviewerScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrincipalResourceMembershipsScope>
for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::beta::PrincipalResourceMembershipsScope) -> Self {
        Self::PrincipalResourceMembershipsScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyAccessReviewScope {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyAccessReviewScope {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyAccessReviewScope {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyAccessReviewScope {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewScope {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AccessReviewScope>();
    rt::object::auto_traits::<crate::beta::AccessReviewInactiveUsersQueryScope>();
    rt::object::auto_traits::<crate::beta::AccessReviewQueryScope>();
    rt::object::auto_traits::<crate::beta::AccessReviewReviewerScope>();
    rt::object::auto_traits::<crate::beta::PrincipalResourceMembershipsScope>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyAccessReviewScope {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewScope";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInactiveUsersQueryScope",
            ) => Self::AccessReviewInactiveUsersQueryScope(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.accessReviewQueryScope") => {
                Self::AccessReviewQueryScope(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.accessReviewReviewerScope") => {
                Self::AccessReviewReviewerScope(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.principalResourceMembershipsScope",
            ) => Self::PrincipalResourceMembershipsScope(rt::object::new_boxed()),
            _ => Self::AccessReviewScope(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewScope(v) => &**v,
            Self::AccessReviewInactiveUsersQueryScope(v) => &**v,
            Self::AccessReviewQueryScope(v) => &**v,
            Self::AccessReviewReviewerScope(v) => &**v,
            Self::PrincipalResourceMembershipsScope(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewScope(v) => &mut **v,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut **v,
            Self::AccessReviewQueryScope(v) => &mut **v,
            Self::AccessReviewReviewerScope(v) => &mut **v,
            Self::PrincipalResourceMembershipsScope(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyAccessReviewScope {
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
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyAccessReviewScope);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewScope);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewSet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewSetPath`](requests/trait.AccessReviewSetPath.html), what a path to one (`EntityPath<AccessReviewSet, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessReviewSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `definitions`: `Collection(microsoft.graph.accessReviewScheduleDefinition)`, not nullable.
    pub definitions: rt::Field<
        ::std::vec::Vec<crate::beta::AccessReviewScheduleDefinition>,
    >,
    /// CSDL: containment navigation property `historyDefinitions`: `Collection(microsoft.graph.accessReviewHistoryDefinition)`, not nullable.
    pub history_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::AccessReviewHistoryDefinition>,
    >,
    /// CSDL: containment navigation property `policy`: `microsoft.graph.accessReviewPolicy`, nullable.
    pub policy: rt::Field<crate::beta::AccessReviewPolicy>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definitions: rt::Field::Absent,
            history_definitions: rt::Field::Absent,
            policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessReviewSet {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewSet";
    const KEYS: &'static [&'static str] = &[
        "id",
        "definitions",
        "historyDefinitions",
        "policy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitions\":                  ",
        ",\"historyDefinitions\":           ",
        ",\"policy\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definitions", &self.definitions);
        v.field(2usize, "history_definitions", &self.history_definitions);
        v.field(3usize, "policy", &self.policy);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessReviewSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definitions.read_from(r),
            2usize => self.history_definitions.read_from(r),
            3usize => self.policy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definitions);
        w.field(2usize, &self.history_definitions);
        w.field(3usize, &self.policy);
    }
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
rt::impl_object!(AccessReviewSet);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewSet { with_id id : ::std::string::String; with_definitions definitions :
    ::std::vec::Vec < crate ::beta::AccessReviewScheduleDefinition >;
    with_history_definitions history_definitions : ::std::vec::Vec < crate
    ::beta::AccessReviewHistoryDefinition >; with_policy policy : crate
    ::beta::AccessReviewPolicy; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewSet);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.accessScope`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessScope {
    /// `inOrganization` (value 0).
    InOrganization,
    /// `notInOrganization` (value 1).
    NotInOrganization,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for AccessScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessScope";
    const MEMBERS: &'static [&'static str] = &["inOrganization", "notInOrganization"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "inOrganization" => Self::InOrganization,
                "notInOrganization" => Self::NotInOrganization,
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
            Self::InOrganization => "inOrganization",
            Self::NotInOrganization => "notInOrganization",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(AccessScope);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessScope);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.account`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Account {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `blocked`: `Edm.Boolean`, nullable.
    pub blocked: rt::Field<bool>,
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `subCategory`: `Edm.String`, nullable.
    pub sub_category: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Account {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            blocked: rt::Field::Absent,
            category: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            sub_category: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Account {
    const TYPE_NAME: &'static str = "microsoft.graph.account";
    const KEYS: &'static [&'static str] = &[
        "id",
        "blocked",
        "category",
        "displayName",
        "lastModifiedDateTime",
        "number",
        "subCategory",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"blocked\":                      ",
        ",\"category\":                     ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"subCategory\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.account\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "blocked", &self.blocked);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "number", &self.number);
        v.field(6usize, "sub_category", &self.sub_category);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Account {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.blocked.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.number.read_from(r),
            6usize => self.sub_category.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.blocked);
        w.field(2usize, &self.category);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.number);
        w.field(6usize, &self.sub_category);
    }
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
rt::impl_object!(Account);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Account { with_id id : ::std::string::String; with_blocked blocked : bool;
    with_category category : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_number number : ::std::string::String;
    with_sub_category sub_category : ::std::string::String; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Account);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.accountAlias`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct AccountAlias {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `idType`: `Edm.String`, nullable.
    pub id_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AccountAlias {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            id_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for AccountAlias {
    const TYPE_NAME: &'static str = "microsoft.graph.accountAlias";
    const KEYS: &'static [&'static str] = &["id", "idType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"idType\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accountAlias\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "id_type", &self.id_type);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for AccountAlias {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.id_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.id_type);
    }
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
rt::impl_object!(AccountAlias);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    AccountAlias { with_id id : ::std::string::String; with_id_type id_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccountAlias);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.accountStatus`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccountStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `staged` (value 1).
    Staged,
    /// `active` (value 2).
    Active,
    /// `suspended` (value 3).
    Suspended,
    /// `deleted` (value 4).
    Deleted,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for AccountStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.accountStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "staged",
        "active",
        "suspended",
        "deleted",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "staged" => Self::Staged,
                "active" => Self::Active,
                "suspended" => Self::Suspended,
                "deleted" => Self::Deleted,
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
            Self::Staged => "staged",
            Self::Active => "active",
            Self::Suspended => "suspended",
            Self::Deleted => "deleted",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(AccountStatus);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccountStatus);
#[cfg(msgraph_beta_core)]
/// Activate device eSIM action result
///
/// CSDL: `microsoft.graph.activateDeviceEsimActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActivateDeviceEsimActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Carrier Url to activate the device eSIM
    ///
    /// CSDL: property `carrierUrl`: `Edm.String`, nullable.
    pub carrier_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ActivateDeviceEsimActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            carrier_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ActivateDeviceEsimActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.activateDeviceEsimActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "carrierUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"carrierUrl\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activateDeviceEsimActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "carrier_url", &self.carrier_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ActivateDeviceEsimActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.carrier_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.carrier_url);
    }
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
rt::impl_object!(ActivateDeviceEsimActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ActivateDeviceEsimActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_carrier_url
    carrier_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivateDeviceEsimActionResult);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.activityDomain`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ActivityDomain {
    /// `unknown` (value 0).
    Unknown,
    /// `work` (value 1).
    Work,
    /// `personal` (value 2).
    Personal,
    /// `unrestricted` (value 3).
    Unrestricted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ActivityDomain {
    const TYPE_NAME: &'static str = "microsoft.graph.activityDomain";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "work",
        "personal",
        "unrestricted",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "work" => Self::Work,
                "personal" => Self::Personal,
                "unrestricted" => Self::Unrestricted,
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
            Self::Work => "work",
            Self::Personal => "personal",
            Self::Unrestricted => "unrestricted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ActivityDomain);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityDomain);
#[cfg(msgraph_beta_core_or_activitystatistics)]
/// CSDL: `microsoft.graph.activityStatistics`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-activitystatistics`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActivityStatistics {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `microsoft.graph.analyticsActivityType`, nullable.
    pub activity: rt::Field<crate::beta::AnalyticsActivityType>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDate`: `Edm.Date`, not nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `startDate`: `Edm.Date`, not nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `timeZoneUsed`: `Edm.String`, nullable.
    pub time_zone_used: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::default::Default for ActivityStatistics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date: rt::Field::Absent,
            start_date: rt::Field::Absent,
            time_zone_used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::Object for ActivityStatistics {
    const TYPE_NAME: &'static str = "microsoft.graph.activityStatistics";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "duration",
        "endDate",
        "startDate",
        "timeZoneUsed",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"duration\":                     ",
        ",\"endDate\":                      ",
        ",\"startDate\":                    ",
        ",\"timeZoneUsed\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activityStatistics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "duration", &self.duration);
        v.field(3usize, "end_date", &self.end_date);
        v.field(4usize, "start_date", &self.start_date);
        v.field(5usize, "time_zone_used", &self.time_zone_used);
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::object::Members for ActivityStatistics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.duration.read_from(r),
            3usize => self.end_date.read_from(r),
            4usize => self.start_date.read_from(r),
            5usize => self.time_zone_used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.duration);
        w.field(3usize, &self.end_date);
        w.field(4usize, &self.start_date);
        w.field(5usize, &self.time_zone_used);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_object!(ActivityStatistics);
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_setters!(
    ActivityStatistics { with_id id : ::std::string::String; with_activity activity :
    crate ::beta::AnalyticsActivityType; with_duration duration : rt::edm::Duration;
    with_end_date end_date : rt::edm::Date; with_start_date start_date : rt::edm::Date;
    with_time_zone_used time_zone_used : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityStatistics);
#[cfg(msgraph_beta_core_or_activitystatistics)]
/// `microsoft.graph.activityStatistics` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-activitystatistics`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyActivityStatistics {
    ActivityStatistics(::std::boxed::Box<crate::beta::ActivityStatistics>),
    CallActivityStatistics(::std::boxed::Box<crate::beta::CallActivityStatistics>),
    ChatActivityStatistics(::std::boxed::Box<crate::beta::ChatActivityStatistics>),
    EmailActivityStatistics(::std::boxed::Box<crate::beta::EmailActivityStatistics>),
    FocusActivityStatistics(::std::boxed::Box<crate::beta::FocusActivityStatistics>),
    MeetingActivityStatistics(::std::boxed::Box<crate::beta::MeetingActivityStatistics>),
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::default::Default for AnyActivityStatistics {
    #[inline]
    fn default() -> Self {
        Self::ActivityStatistics(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActivityStatistics> for AnyActivityStatistics {
    #[inline]
    fn from(v: crate::beta::ActivityStatistics) -> Self {
        Self::ActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CallActivityStatistics>
for AnyActivityStatistics {
    #[inline]
    fn from(v: crate::beta::CallActivityStatistics) -> Self {
        Self::CallActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChatActivityStatistics>
for AnyActivityStatistics {
    #[inline]
    fn from(v: crate::beta::ChatActivityStatistics) -> Self {
        Self::ChatActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailActivityStatistics>
for AnyActivityStatistics {
    #[inline]
    fn from(v: crate::beta::EmailActivityStatistics) -> Self {
        Self::EmailActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FocusActivityStatistics>
for AnyActivityStatistics {
    #[inline]
    fn from(v: crate::beta::FocusActivityStatistics) -> Self {
        Self::FocusActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MeetingActivityStatistics>
for AnyActivityStatistics {
    #[inline]
    fn from(v: crate::beta::MeetingActivityStatistics) -> Self {
        Self::MeetingActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
unsafe impl ::std::marker::Send for AnyActivityStatistics {}
#[cfg(msgraph_beta_core_or_activitystatistics)]
unsafe impl ::std::marker::Sync for AnyActivityStatistics {}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::marker::Unpin for AnyActivityStatistics {}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::panic::UnwindSafe for AnyActivityStatistics {}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::panic::RefUnwindSafe for AnyActivityStatistics {}
#[cfg(msgraph_beta_core_or_activitystatistics)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ActivityStatistics>();
    rt::object::auto_traits::<crate::beta::CallActivityStatistics>();
    rt::object::auto_traits::<crate::beta::ChatActivityStatistics>();
    rt::object::auto_traits::<crate::beta::EmailActivityStatistics>();
    rt::object::auto_traits::<crate::beta::FocusActivityStatistics>();
    rt::object::auto_traits::<crate::beta::MeetingActivityStatistics>();
};
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::Poly for AnyActivityStatistics {
    const BASE_NAME: &'static str = "microsoft.graph.activityStatistics";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.callActivityStatistics") => {
                Self::CallActivityStatistics(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.chatActivityStatistics") => {
                Self::ChatActivityStatistics(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.emailActivityStatistics") => {
                Self::EmailActivityStatistics(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.focusActivityStatistics") => {
                Self::FocusActivityStatistics(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.meetingActivityStatistics") => {
                Self::MeetingActivityStatistics(rt::object::new_boxed())
            }
            _ => Self::ActivityStatistics(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ActivityStatistics(v) => &**v,
            Self::CallActivityStatistics(v) => &**v,
            Self::ChatActivityStatistics(v) => &**v,
            Self::EmailActivityStatistics(v) => &**v,
            Self::FocusActivityStatistics(v) => &**v,
            Self::MeetingActivityStatistics(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ActivityStatistics(v) => &mut **v,
            Self::CallActivityStatistics(v) => &mut **v,
            Self::ChatActivityStatistics(v) => &mut **v,
            Self::EmailActivityStatistics(v) => &mut **v,
            Self::FocusActivityStatistics(v) => &mut **v,
            Self::MeetingActivityStatistics(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl AnyActivityStatistics {
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
            Self::ActivityStatistics(v) => &v.id,
            Self::CallActivityStatistics(v) => &v.id,
            Self::ChatActivityStatistics(v) => &v.id,
            Self::EmailActivityStatistics(v) => &v.id,
            Self::FocusActivityStatistics(v) => &v.id,
            Self::MeetingActivityStatistics(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ActivityStatistics(v) => &mut v.id,
            Self::CallActivityStatistics(v) => &mut v.id,
            Self::ChatActivityStatistics(v) => &mut v.id,
            Self::EmailActivityStatistics(v) => &mut v.id,
            Self::FocusActivityStatistics(v) => &mut v.id,
            Self::MeetingActivityStatistics(v) => &mut v.id,
        }
    }
    /// `activity` of any variant.
    #[inline]
    pub fn activity(&self) -> &rt::Field<crate::beta::AnalyticsActivityType> {
        match self {
            Self::ActivityStatistics(v) => &v.activity,
            Self::CallActivityStatistics(v) => &v.activity,
            Self::ChatActivityStatistics(v) => &v.activity,
            Self::EmailActivityStatistics(v) => &v.activity,
            Self::FocusActivityStatistics(v) => &v.activity,
            Self::MeetingActivityStatistics(v) => &v.activity,
        }
    }
    /// `activity` of any variant.
    #[inline]
    pub fn activity_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnalyticsActivityType> {
        match self {
            Self::ActivityStatistics(v) => &mut v.activity,
            Self::CallActivityStatistics(v) => &mut v.activity,
            Self::ChatActivityStatistics(v) => &mut v.activity,
            Self::EmailActivityStatistics(v) => &mut v.activity,
            Self::FocusActivityStatistics(v) => &mut v.activity,
            Self::MeetingActivityStatistics(v) => &mut v.activity,
        }
    }
    /// `duration` of any variant.
    #[inline]
    pub fn duration(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ActivityStatistics(v) => &v.duration,
            Self::CallActivityStatistics(v) => &v.duration,
            Self::ChatActivityStatistics(v) => &v.duration,
            Self::EmailActivityStatistics(v) => &v.duration,
            Self::FocusActivityStatistics(v) => &v.duration,
            Self::MeetingActivityStatistics(v) => &v.duration,
        }
    }
    /// `duration` of any variant.
    #[inline]
    pub fn duration_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ActivityStatistics(v) => &mut v.duration,
            Self::CallActivityStatistics(v) => &mut v.duration,
            Self::ChatActivityStatistics(v) => &mut v.duration,
            Self::EmailActivityStatistics(v) => &mut v.duration,
            Self::FocusActivityStatistics(v) => &mut v.duration,
            Self::MeetingActivityStatistics(v) => &mut v.duration,
        }
    }
    /// `endDate` of any variant.
    #[inline]
    pub fn end_date(&self) -> &rt::Field<rt::edm::Date> {
        match self {
            Self::ActivityStatistics(v) => &v.end_date,
            Self::CallActivityStatistics(v) => &v.end_date,
            Self::ChatActivityStatistics(v) => &v.end_date,
            Self::EmailActivityStatistics(v) => &v.end_date,
            Self::FocusActivityStatistics(v) => &v.end_date,
            Self::MeetingActivityStatistics(v) => &v.end_date,
        }
    }
    /// `endDate` of any variant.
    #[inline]
    pub fn end_date_mut(&mut self) -> &mut rt::Field<rt::edm::Date> {
        match self {
            Self::ActivityStatistics(v) => &mut v.end_date,
            Self::CallActivityStatistics(v) => &mut v.end_date,
            Self::ChatActivityStatistics(v) => &mut v.end_date,
            Self::EmailActivityStatistics(v) => &mut v.end_date,
            Self::FocusActivityStatistics(v) => &mut v.end_date,
            Self::MeetingActivityStatistics(v) => &mut v.end_date,
        }
    }
    /// `startDate` of any variant.
    #[inline]
    pub fn start_date(&self) -> &rt::Field<rt::edm::Date> {
        match self {
            Self::ActivityStatistics(v) => &v.start_date,
            Self::CallActivityStatistics(v) => &v.start_date,
            Self::ChatActivityStatistics(v) => &v.start_date,
            Self::EmailActivityStatistics(v) => &v.start_date,
            Self::FocusActivityStatistics(v) => &v.start_date,
            Self::MeetingActivityStatistics(v) => &v.start_date,
        }
    }
    /// `startDate` of any variant.
    #[inline]
    pub fn start_date_mut(&mut self) -> &mut rt::Field<rt::edm::Date> {
        match self {
            Self::ActivityStatistics(v) => &mut v.start_date,
            Self::CallActivityStatistics(v) => &mut v.start_date,
            Self::ChatActivityStatistics(v) => &mut v.start_date,
            Self::EmailActivityStatistics(v) => &mut v.start_date,
            Self::FocusActivityStatistics(v) => &mut v.start_date,
            Self::MeetingActivityStatistics(v) => &mut v.start_date,
        }
    }
    /// `timeZoneUsed` of any variant.
    #[inline]
    pub fn time_zone_used(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ActivityStatistics(v) => &v.time_zone_used,
            Self::CallActivityStatistics(v) => &v.time_zone_used,
            Self::ChatActivityStatistics(v) => &v.time_zone_used,
            Self::EmailActivityStatistics(v) => &v.time_zone_used,
            Self::FocusActivityStatistics(v) => &v.time_zone_used,
            Self::MeetingActivityStatistics(v) => &v.time_zone_used,
        }
    }
    /// `timeZoneUsed` of any variant.
    #[inline]
    pub fn time_zone_used_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ActivityStatistics(v) => &mut v.time_zone_used,
            Self::CallActivityStatistics(v) => &mut v.time_zone_used,
            Self::ChatActivityStatistics(v) => &mut v.time_zone_used,
            Self::EmailActivityStatistics(v) => &mut v.time_zone_used,
            Self::FocusActivityStatistics(v) => &mut v.time_zone_used,
            Self::MeetingActivityStatistics(v) => &mut v.time_zone_used,
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_poly!(AnyActivityStatistics);
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyActivityStatistics);
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
/// CSDL: `microsoft.graph.activityType`, enum type.
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risk-detections`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ActivityType {
    /// `signin` (value 0).
    Signin,
    /// `user` (value 1).
    User,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
impl rt::StrEnum for ActivityType {
    const TYPE_NAME: &'static str = "microsoft.graph.activityType";
    const MEMBERS: &'static [&'static str] = &["signin", "user", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "signin" => Self::Signin,
                "user" => Self::User,
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
            Self::Signin => "signin",
            Self::User => "user",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
rt::impl_enum!(ActivityType);
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.addIn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AddIn {
    /// CSDL: property `id`: `Edm.Guid`, nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `properties`: `Collection(microsoft.graph.keyValue)`, not nullable.
    pub properties: rt::Field<::std::vec::Vec<crate::beta::KeyValue>>,
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AddIn {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AddIn {
    const TYPE_NAME: &'static str = "microsoft.graph.addIn";
    const KEYS: &'static [&'static str] = &["id", "properties", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addIn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AddIn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.properties);
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
rt::impl_object!(AddIn);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AddIn { with_id id : rt::edm::Guid; with_properties properties : ::std::vec::Vec <
    crate ::beta::KeyValue >; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddIn);
#[cfg(msgraph_beta_admin)]
/// CSDL: `microsoft.graph.admin`, entity type.
///
/// Request builders: [`AdminPath`](requests/trait.AdminPath.html), what a path to one (`EntityPath<Admin, C>`) dereferences to.
///
/// Features: `beta` or `beta-admin`.
#[derive(Clone)]
pub struct Admin {
    /// CSDL: containment navigation property `serviceAnnouncement`: `microsoft.graph.serviceAnnouncement`, nullable.
    pub service_announcement: rt::Field<crate::beta::ServiceAnnouncement>,
    /// CSDL: containment navigation property `windows`: `microsoft.graph.windowsUpdates.windows`, nullable.
    pub windows: rt::Field<crate::beta::windows_updates::Windows>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin)]
impl ::std::default::Default for Admin {
    #[inline]
    fn default() -> Self {
        Self {
            service_announcement: rt::Field::Absent,
            windows: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin)]
impl rt::Object for Admin {
    const TYPE_NAME: &'static str = "microsoft.graph.admin";
    const KEYS: &'static [&'static str] = &["serviceAnnouncement", "windows"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"serviceAnnouncement\":          ",
        ",\"windows\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.admin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "service_announcement", &self.service_announcement);
        v.field(1usize, "windows", &self.windows);
    }
}
#[cfg(msgraph_beta_admin)]
impl rt::object::Members for Admin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service_announcement.read_from(r),
            1usize => self.windows.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service_announcement);
        w.field(1usize, &self.windows);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin)]
rt::impl_object!(Admin);
#[cfg(msgraph_beta_admin)]
rt::impl_setters!(
    Admin { with_service_announcement service_announcement : crate
    ::beta::ServiceAnnouncement; with_windows windows : crate
    ::beta::windows_updates::Windows; }
);
#[cfg(msgraph_beta_admin)]
#[cfg(feature = "serde")]
rt::impl_serde!(Admin);
#[cfg(msgraph_beta_device_management_or_search)]
/// Admin consent information.
///
/// CSDL: `microsoft.graph.adminConsent`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AdminConsent {
    /// The admin consent state of sharing user and device data to Apple.
    ///
    /// CSDL: property `shareAPNSData`: `microsoft.graph.adminConsentState`, not nullable.
    pub share_apns_data: rt::Field<crate::beta::AdminConsentState>,
    /// Gets or sets the admin consent for sharing User experience analytics data.
    ///
    /// CSDL: property `shareUserExperienceAnalyticsData`: `microsoft.graph.adminConsentState`, not nullable.
    pub share_user_experience_analytics_data: rt::Field<crate::beta::AdminConsentState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AdminConsent {
    #[inline]
    fn default() -> Self {
        Self {
            share_apns_data: rt::Field::Absent,
            share_user_experience_analytics_data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AdminConsent {
    const TYPE_NAME: &'static str = "microsoft.graph.adminConsent";
    const KEYS: &'static [&'static str] = &[
        "shareAPNSData",
        "shareUserExperienceAnalyticsData",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"shareAPNSData\":                ",
        ",\"shareUserExperienceAnalyticsData\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.adminConsent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "share_apns_data", &self.share_apns_data);
        v.field(
            1usize,
            "share_user_experience_analytics_data",
            &self.share_user_experience_analytics_data,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AdminConsent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.share_apns_data.read_from(r),
            1usize => self.share_user_experience_analytics_data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.share_apns_data);
        w.field(1usize, &self.share_user_experience_analytics_data);
    }
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
rt::impl_object!(AdminConsent);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AdminConsent { with_share_apns_data share_apns_data : crate
    ::beta::AdminConsentState; with_share_user_experience_analytics_data
    share_user_experience_analytics_data : crate ::beta::AdminConsentState; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdminConsent);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.adminConsentState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AdminConsentState {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `granted` (value 1).
    Granted,
    /// `notGranted` (value 2).
    NotGranted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AdminConsentState {
    const TYPE_NAME: &'static str = "microsoft.graph.adminConsentState";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "granted", "notGranted"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "granted" => Self::Granted,
                "notGranted" => Self::NotGranted,
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
            Self::Granted => "granted",
            Self::NotGranted => "notGranted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AdminConsentState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdminConsentState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.administratorConfiguredDeviceComplianceState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AdministratorConfiguredDeviceComplianceState {
    /// `basedOnDeviceCompliancePolicy` (value 0).
    BasedOnDeviceCompliancePolicy,
    /// `nonCompliant` (value 1).
    NonCompliant,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AdministratorConfiguredDeviceComplianceState {
    const TYPE_NAME: &'static str = "microsoft.graph.administratorConfiguredDeviceComplianceState";
    const MEMBERS: &'static [&'static str] = &[
        "basedOnDeviceCompliancePolicy",
        "nonCompliant",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "basedOnDeviceCompliancePolicy" => Self::BasedOnDeviceCompliancePolicy,
                "nonCompliant" => Self::NonCompliant,
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
            Self::BasedOnDeviceCompliancePolicy => "basedOnDeviceCompliancePolicy",
            Self::NonCompliant => "nonCompliant",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AdministratorConfiguredDeviceComplianceState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdministratorConfiguredDeviceComplianceState);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.advancedConfigState`, enum type.
///
/// Features: `beta`, or one of `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AdvancedConfigState {
    /// `default` (value 0).
    Default,
    /// `enabled` (value 1).
    Enabled,
    /// `disabled` (value 2).
    Disabled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
impl rt::StrEnum for AdvancedConfigState {
    const TYPE_NAME: &'static str = "microsoft.graph.advancedConfigState";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "enabled",
        "disabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
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
            Self::Default => "default",
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_enum!(AdvancedConfigState);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdvancedConfigState);
#[cfg(msgraph_beta_device_management_or_search)]
/// ATP onboarding State for a given device.
///
/// CSDL: `microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AdvancedThreatProtectionOnboardingDeviceSettingState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The DateTime when device compliance grace period expires
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Device Id that is being reported
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The Device Name that is being reported
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Device platform type
    ///
    /// CSDL: property `platformType`: `microsoft.graph.deviceType`, not nullable.
    pub platform_type: rt::Field<crate::beta::DeviceType>,
    /// The setting class name and property name.
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// The Setting Name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// The compliance state of the setting
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// The User email address that is being reported
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// The user Id that is being reported
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The User Name that is being reported
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The User PrincipalName that is being reported
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AdvancedThreatProtectionOnboardingDeviceSettingState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_model: rt::Field::Absent,
            device_name: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            state: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AdvancedThreatProtectionOnboardingDeviceSettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceId",
        "deviceModel",
        "deviceName",
        "platformType",
        "setting",
        "settingName",
        "state",
        "userEmail",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceId\":                     ",
        ",\"deviceModel\":                  ",
        ",\"deviceName\":                   ",
        ",\"platformType\":                 ",
        ",\"setting\":                      ",
        ",\"settingName\":                  ",
        ",\"state\":                        ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "device_name", &self.device_name);
        v.field(5usize, "platform_type", &self.platform_type);
        v.field(6usize, "setting", &self.setting);
        v.field(7usize, "setting_name", &self.setting_name);
        v.field(8usize, "state", &self.state);
        v.field(9usize, "user_email", &self.user_email);
        v.field(10usize, "user_id", &self.user_id);
        v.field(11usize, "user_name", &self.user_name);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AdvancedThreatProtectionOnboardingDeviceSettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.device_name.read_from(r),
            5usize => self.platform_type.read_from(r),
            6usize => self.setting.read_from(r),
            7usize => self.setting_name.read_from(r),
            8usize => self.state.read_from(r),
            9usize => self.user_email.read_from(r),
            10usize => self.user_id.read_from(r),
            11usize => self.user_name.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.device_name);
        w.field(5usize, &self.platform_type);
        w.field(6usize, &self.setting);
        w.field(7usize, &self.setting_name);
        w.field(8usize, &self.state);
        w.field(9usize, &self.user_email);
        w.field(10usize, &self.user_id);
        w.field(11usize, &self.user_name);
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
rt::impl_object!(AdvancedThreatProtectionOnboardingDeviceSettingState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AdvancedThreatProtectionOnboardingDeviceSettingState { with_id id :
    ::std::string::String; with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_id device_id : ::std::string::String; with_device_model device_model :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_platform_type platform_type : crate ::beta::DeviceType; with_setting setting :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_state state : crate ::beta::ComplianceStatus; with_user_email user_email :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_user_name
    user_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdvancedThreatProtectionOnboardingDeviceSettingState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows defender advanced threat protection onboarding state summary across the account.
///
/// CSDL: `microsoft.graph.advancedThreatProtectionOnboardingStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AdvancedThreatProtectionOnboardingStateSummaryPath`](requests/trait.AdvancedThreatProtectionOnboardingStateSummaryPath.html), what a path to one (`EntityPath<AdvancedThreatProtectionOnboardingStateSummary, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AdvancedThreatProtectionOnboardingStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant devices
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Number of conflict devices
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Number of NonCompliant devices
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Number of not assigned devices
    ///
    /// CSDL: property `notAssignedDeviceCount`: `Edm.Int32`, not nullable.
    pub not_assigned_device_count: rt::Field<i32>,
    /// Number of remediated devices
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// Number of unknown devices
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// CSDL: containment navigation property `advancedThreatProtectionOnboardingDeviceSettingStates`: `Collection(microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState)`, not nullable.
    pub advanced_threat_protection_onboarding_device_setting_states: rt::Field<
        ::std::vec::Vec<
            crate::beta::AdvancedThreatProtectionOnboardingDeviceSettingState,
        >,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AdvancedThreatProtectionOnboardingStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            not_assigned_device_count: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            advanced_threat_protection_onboarding_device_setting_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AdvancedThreatProtectionOnboardingStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.advancedThreatProtectionOnboardingStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "conflictDeviceCount",
        "errorDeviceCount",
        "nonCompliantDeviceCount",
        "notApplicableDeviceCount",
        "notAssignedDeviceCount",
        "remediatedDeviceCount",
        "unknownDeviceCount",
        "advancedThreatProtectionOnboardingDeviceSettingStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"conflictDeviceCount\":          ",
        ",\"errorDeviceCount\":             ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"notAssignedDeviceCount\":       ",
        ",\"remediatedDeviceCount\":        ",
        ",\"unknownDeviceCount\":           ",
        ",\"advancedThreatProtectionOnboardingDeviceSettingStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.advancedThreatProtectionOnboardingStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "conflict_device_count", &self.conflict_device_count);
        v.field(3usize, "error_device_count", &self.error_device_count);
        v.field(4usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(
            5usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(6usize, "not_assigned_device_count", &self.not_assigned_device_count);
        v.field(7usize, "remediated_device_count", &self.remediated_device_count);
        v.field(8usize, "unknown_device_count", &self.unknown_device_count);
        v.field(
            9usize,
            "advanced_threat_protection_onboarding_device_setting_states",
            &self.advanced_threat_protection_onboarding_device_setting_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AdvancedThreatProtectionOnboardingStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.conflict_device_count.read_from(r),
            3usize => self.error_device_count.read_from(r),
            4usize => self.non_compliant_device_count.read_from(r),
            5usize => self.not_applicable_device_count.read_from(r),
            6usize => self.not_assigned_device_count.read_from(r),
            7usize => self.remediated_device_count.read_from(r),
            8usize => self.unknown_device_count.read_from(r),
            9usize => {
                self.advanced_threat_protection_onboarding_device_setting_states
                    .read_from(r)
            }
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.conflict_device_count);
        w.field(3usize, &self.error_device_count);
        w.field(4usize, &self.non_compliant_device_count);
        w.field(5usize, &self.not_applicable_device_count);
        w.field(6usize, &self.not_assigned_device_count);
        w.field(7usize, &self.remediated_device_count);
        w.field(8usize, &self.unknown_device_count);
        w.field(
            9usize,
            &self.advanced_threat_protection_onboarding_device_setting_states,
        );
    }
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
rt::impl_object!(AdvancedThreatProtectionOnboardingStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AdvancedThreatProtectionOnboardingStateSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_conflict_device_count
    conflict_device_count : i32; with_error_device_count error_device_count : i32;
    with_non_compliant_device_count non_compliant_device_count : i32;
    with_not_applicable_device_count not_applicable_device_count : i32;
    with_not_assigned_device_count not_assigned_device_count : i32;
    with_remediated_device_count remediated_device_count : i32; with_unknown_device_count
    unknown_device_count : i32;
    with_advanced_threat_protection_onboarding_device_setting_states
    advanced_threat_protection_onboarding_device_setting_states : ::std::vec::Vec < crate
    ::beta::AdvancedThreatProtectionOnboardingDeviceSettingState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdvancedThreatProtectionOnboardingStateSummary);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.agedAccountsPayable`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct AgedAccountsPayable {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `agedAsOfDate`: `Edm.Date`, nullable.
    pub aged_as_of_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `balanceDue`: `Edm.Decimal`, nullable.
    pub balance_due: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currentAmount`: `Edm.Decimal`, nullable.
    pub current_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `period1Amount`: `Edm.Decimal`, nullable.
    pub period1_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `period2Amount`: `Edm.Decimal`, nullable.
    pub period2_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `period3Amount`: `Edm.Decimal`, nullable.
    pub period3_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `periodLengthFilter`: `Edm.String`, nullable.
    pub period_length_filter: rt::Field<::std::string::String>,
    /// CSDL: property `vendorNumber`: `Edm.String`, nullable.
    pub vendor_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for AgedAccountsPayable {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            aged_as_of_date: rt::Field::Absent,
            balance_due: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            current_amount: rt::Field::Absent,
            name: rt::Field::Absent,
            period1_amount: rt::Field::Absent,
            period2_amount: rt::Field::Absent,
            period3_amount: rt::Field::Absent,
            period_length_filter: rt::Field::Absent,
            vendor_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for AgedAccountsPayable {
    const TYPE_NAME: &'static str = "microsoft.graph.agedAccountsPayable";
    const KEYS: &'static [&'static str] = &[
        "id",
        "agedAsOfDate",
        "balanceDue",
        "currencyCode",
        "currentAmount",
        "name",
        "period1Amount",
        "period2Amount",
        "period3Amount",
        "periodLengthFilter",
        "vendorNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"agedAsOfDate\":                 ",
        ",\"balanceDue\":                   ",
        ",\"currencyCode\":                 ",
        ",\"currentAmount\":                ",
        ",\"name\":                         ",
        ",\"period1Amount\":                ",
        ",\"period2Amount\":                ",
        ",\"period3Amount\":                ",
        ",\"periodLengthFilter\":           ",
        ",\"vendorNumber\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agedAccountsPayable\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "aged_as_of_date", &self.aged_as_of_date);
        v.field(2usize, "balance_due", &self.balance_due);
        v.field(3usize, "currency_code", &self.currency_code);
        v.field(4usize, "current_amount", &self.current_amount);
        v.field(5usize, "name", &self.name);
        v.field(6usize, "period1_amount", &self.period1_amount);
        v.field(7usize, "period2_amount", &self.period2_amount);
        v.field(8usize, "period3_amount", &self.period3_amount);
        v.field(9usize, "period_length_filter", &self.period_length_filter);
        v.field(10usize, "vendor_number", &self.vendor_number);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for AgedAccountsPayable {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.aged_as_of_date.read_from(r),
            2usize => self.balance_due.read_from(r),
            3usize => self.currency_code.read_from(r),
            4usize => self.current_amount.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.period1_amount.read_from(r),
            7usize => self.period2_amount.read_from(r),
            8usize => self.period3_amount.read_from(r),
            9usize => self.period_length_filter.read_from(r),
            10usize => self.vendor_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.aged_as_of_date);
        w.field(2usize, &self.balance_due);
        w.field(3usize, &self.currency_code);
        w.field(4usize, &self.current_amount);
        w.field(5usize, &self.name);
        w.field(6usize, &self.period1_amount);
        w.field(7usize, &self.period2_amount);
        w.field(8usize, &self.period3_amount);
        w.field(9usize, &self.period_length_filter);
        w.field(10usize, &self.vendor_number);
    }
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
rt::impl_object!(AgedAccountsPayable);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    AgedAccountsPayable { with_id id : ::std::string::String; with_aged_as_of_date
    aged_as_of_date : rt::edm::Date; with_balance_due balance_due : rt::edm::Decimal;
    with_currency_code currency_code : ::std::string::String; with_current_amount
    current_amount : rt::edm::Decimal; with_name name : ::std::string::String;
    with_period1_amount period1_amount : rt::edm::Decimal; with_period2_amount
    period2_amount : rt::edm::Decimal; with_period3_amount period3_amount :
    rt::edm::Decimal; with_period_length_filter period_length_filter :
    ::std::string::String; with_vendor_number vendor_number : ::std::string::String; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgedAccountsPayable);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.agedAccountsReceivable`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct AgedAccountsReceivable {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `agedAsOfDate`: `Edm.Date`, nullable.
    pub aged_as_of_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `balanceDue`: `Edm.Decimal`, nullable.
    pub balance_due: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currentAmount`: `Edm.Decimal`, nullable.
    pub current_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `customerNumber`: `Edm.String`, nullable.
    pub customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `period1Amount`: `Edm.Decimal`, nullable.
    pub period1_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `period2Amount`: `Edm.Decimal`, nullable.
    pub period2_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `period3Amount`: `Edm.Decimal`, nullable.
    pub period3_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `periodLengthFilter`: `Edm.String`, nullable.
    pub period_length_filter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for AgedAccountsReceivable {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            aged_as_of_date: rt::Field::Absent,
            balance_due: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            current_amount: rt::Field::Absent,
            customer_number: rt::Field::Absent,
            name: rt::Field::Absent,
            period1_amount: rt::Field::Absent,
            period2_amount: rt::Field::Absent,
            period3_amount: rt::Field::Absent,
            period_length_filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for AgedAccountsReceivable {
    const TYPE_NAME: &'static str = "microsoft.graph.agedAccountsReceivable";
    const KEYS: &'static [&'static str] = &[
        "id",
        "agedAsOfDate",
        "balanceDue",
        "currencyCode",
        "currentAmount",
        "customerNumber",
        "name",
        "period1Amount",
        "period2Amount",
        "period3Amount",
        "periodLengthFilter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"agedAsOfDate\":                 ",
        ",\"balanceDue\":                   ",
        ",\"currencyCode\":                 ",
        ",\"currentAmount\":                ",
        ",\"customerNumber\":               ",
        ",\"name\":                         ",
        ",\"period1Amount\":                ",
        ",\"period2Amount\":                ",
        ",\"period3Amount\":                ",
        ",\"periodLengthFilter\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agedAccountsReceivable\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "aged_as_of_date", &self.aged_as_of_date);
        v.field(2usize, "balance_due", &self.balance_due);
        v.field(3usize, "currency_code", &self.currency_code);
        v.field(4usize, "current_amount", &self.current_amount);
        v.field(5usize, "customer_number", &self.customer_number);
        v.field(6usize, "name", &self.name);
        v.field(7usize, "period1_amount", &self.period1_amount);
        v.field(8usize, "period2_amount", &self.period2_amount);
        v.field(9usize, "period3_amount", &self.period3_amount);
        v.field(10usize, "period_length_filter", &self.period_length_filter);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for AgedAccountsReceivable {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.aged_as_of_date.read_from(r),
            2usize => self.balance_due.read_from(r),
            3usize => self.currency_code.read_from(r),
            4usize => self.current_amount.read_from(r),
            5usize => self.customer_number.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.period1_amount.read_from(r),
            8usize => self.period2_amount.read_from(r),
            9usize => self.period3_amount.read_from(r),
            10usize => self.period_length_filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.aged_as_of_date);
        w.field(2usize, &self.balance_due);
        w.field(3usize, &self.currency_code);
        w.field(4usize, &self.current_amount);
        w.field(5usize, &self.customer_number);
        w.field(6usize, &self.name);
        w.field(7usize, &self.period1_amount);
        w.field(8usize, &self.period2_amount);
        w.field(9usize, &self.period3_amount);
        w.field(10usize, &self.period_length_filter);
    }
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
rt::impl_object!(AgedAccountsReceivable);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    AgedAccountsReceivable { with_id id : ::std::string::String; with_aged_as_of_date
    aged_as_of_date : rt::edm::Date; with_balance_due balance_due : rt::edm::Decimal;
    with_currency_code currency_code : ::std::string::String; with_current_amount
    current_amount : rt::edm::Decimal; with_customer_number customer_number :
    ::std::string::String; with_name name : ::std::string::String; with_period1_amount
    period1_amount : rt::edm::Decimal; with_period2_amount period2_amount :
    rt::edm::Decimal; with_period3_amount period3_amount : rt::edm::Decimal;
    with_period_length_filter period_length_filter : ::std::string::String; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgedAccountsReceivable);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.agentStatus`, enum type.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AgentStatus {
    /// `active` (value 0).
    Active,
    /// `inactive` (value 1).
    Inactive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::StrEnum for AgentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.agentStatus";
    const MEMBERS: &'static [&'static str] = &["active", "inactive"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
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
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_enum!(AgentStatus);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgentStatus);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.aggregationOption`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct AggregationOption {
    /// CSDL: property `bucketDefinition`: `microsoft.graph.bucketAggregationDefinition`, not nullable.
    pub bucket_definition: rt::Field<crate::beta::BucketAggregationDefinition>,
    /// CSDL: property `field`: `Edm.String`, not nullable.
    pub field: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, nullable.
    pub size: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for AggregationOption {
    #[inline]
    fn default() -> Self {
        Self {
            bucket_definition: rt::Field::Absent,
            field: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for AggregationOption {
    const TYPE_NAME: &'static str = "microsoft.graph.aggregationOption";
    const KEYS: &'static [&'static str] = &["bucketDefinition", "field", "size"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bucketDefinition\":             ",
        ",\"field\":                        ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aggregationOption\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bucket_definition", &self.bucket_definition);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "size", &self.size);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for AggregationOption {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bucket_definition.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bucket_definition);
        w.field(1usize, &self.field);
        w.field(2usize, &self.size);
    }
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
rt::impl_object!(AggregationOption);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    AggregationOption { with_bucket_definition bucket_definition : crate
    ::beta::BucketAggregationDefinition; with_field field : ::std::string::String;
    with_size size : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AggregationOption);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AgreementPath`](requests/trait.AgreementPath.html), what a path to one (`EntityPath<Agreement, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct Agreement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isPerDeviceAcceptanceRequired`: `Edm.Boolean`, nullable.
    pub is_per_device_acceptance_required: rt::Field<bool>,
    /// CSDL: property `isViewingBeforeAcceptanceRequired`: `Edm.Boolean`, nullable.
    pub is_viewing_before_acceptance_required: rt::Field<bool>,
    /// CSDL: property `termsExpiration`: `microsoft.graph.termsExpiration`, nullable.
    pub terms_expiration: rt::Field<crate::beta::TermsExpiration>,
    /// CSDL: property `userReacceptRequiredFrequency`: `Edm.Duration`, nullable.
    pub user_reaccept_required_frequency: rt::Field<rt::edm::Duration>,
    /// CSDL: containment navigation property `acceptances`: `Collection(microsoft.graph.agreementAcceptance)`, not nullable.
    pub acceptances: rt::Field<::std::vec::Vec<crate::beta::AgreementAcceptance>>,
    /// CSDL: containment navigation property `file`: `microsoft.graph.agreementFile`, nullable.
    pub file: rt::Field<crate::beta::AgreementFile>,
    /// CSDL: containment navigation property `files`: `Collection(microsoft.graph.agreementFileLocalization)`, not nullable.
    pub files: rt::Field<::std::vec::Vec<crate::beta::AgreementFileLocalization>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for Agreement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_per_device_acceptance_required: rt::Field::Absent,
            is_viewing_before_acceptance_required: rt::Field::Absent,
            terms_expiration: rt::Field::Absent,
            user_reaccept_required_frequency: rt::Field::Absent,
            acceptances: rt::Field::Absent,
            file: rt::Field::Absent,
            files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::Object for Agreement {
    const TYPE_NAME: &'static str = "microsoft.graph.agreement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isPerDeviceAcceptanceRequired",
        "isViewingBeforeAcceptanceRequired",
        "termsExpiration",
        "userReacceptRequiredFrequency",
        "acceptances",
        "file",
        "files",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isPerDeviceAcceptanceRequired\":",
        ",\"isViewingBeforeAcceptanceRequired\":",
        ",\"termsExpiration\":              ",
        ",\"userReacceptRequiredFrequency\":",
        ",\"acceptances\":                  ",
        ",\"file\":                         ",
        ",\"files\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(
            2usize,
            "is_per_device_acceptance_required",
            &self.is_per_device_acceptance_required,
        );
        v.field(
            3usize,
            "is_viewing_before_acceptance_required",
            &self.is_viewing_before_acceptance_required,
        );
        v.field(4usize, "terms_expiration", &self.terms_expiration);
        v.field(
            5usize,
            "user_reaccept_required_frequency",
            &self.user_reaccept_required_frequency,
        );
        v.field(6usize, "acceptances", &self.acceptances);
        v.field(7usize, "file", &self.file);
        v.field(8usize, "files", &self.files);
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::object::Members for Agreement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_per_device_acceptance_required.read_from(r),
            3usize => self.is_viewing_before_acceptance_required.read_from(r),
            4usize => self.terms_expiration.read_from(r),
            5usize => self.user_reaccept_required_frequency.read_from(r),
            6usize => self.acceptances.read_from(r),
            7usize => self.file.read_from(r),
            8usize => self.files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_per_device_acceptance_required);
        w.field(3usize, &self.is_viewing_before_acceptance_required);
        w.field(4usize, &self.terms_expiration);
        w.field(5usize, &self.user_reaccept_required_frequency);
        w.field(6usize, &self.acceptances);
        w.field(7usize, &self.file);
        w.field(8usize, &self.files);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_object!(Agreement);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    Agreement { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_per_device_acceptance_required
    is_per_device_acceptance_required : bool; with_is_viewing_before_acceptance_required
    is_viewing_before_acceptance_required : bool; with_terms_expiration terms_expiration
    : crate ::beta::TermsExpiration; with_user_reaccept_required_frequency
    user_reaccept_required_frequency : rt::edm::Duration; with_acceptances acceptances :
    ::std::vec::Vec < crate ::beta::AgreementAcceptance >; with_file file : crate
    ::beta::AgreementFile; with_files files : ::std::vec::Vec < crate
    ::beta::AgreementFileLocalization >; }
);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Agreement);
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementAcceptance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-agreement-acceptances`, `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AgreementAcceptance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `agreementFileId`: `Edm.String`, nullable.
    pub agreement_file_id: rt::Field<::std::string::String>,
    /// CSDL: property `agreementId`: `Edm.String`, nullable.
    pub agreement_id: rt::Field<::std::string::String>,
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `deviceOSType`: `Edm.String`, nullable.
    pub device_os_type: rt::Field<::std::string::String>,
    /// CSDL: property `deviceOSVersion`: `Edm.String`, nullable.
    pub device_os_version: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recordedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub recorded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `microsoft.graph.agreementAcceptanceState`, nullable.
    pub state: rt::Field<crate::beta::AgreementAcceptanceState>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AgreementAcceptance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            agreement_file_id: rt::Field::Absent,
            agreement_id: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_os_type: rt::Field::Absent,
            device_os_version: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            recorded_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
impl rt::Object for AgreementAcceptance {
    const TYPE_NAME: &'static str = "microsoft.graph.agreementAcceptance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "agreementFileId",
        "agreementId",
        "deviceDisplayName",
        "deviceId",
        "deviceOSType",
        "deviceOSVersion",
        "expirationDateTime",
        "recordedDateTime",
        "state",
        "userDisplayName",
        "userEmail",
        "userId",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"agreementFileId\":              ",
        ",\"agreementId\":                  ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"deviceOSType\":                 ",
        ",\"deviceOSVersion\":              ",
        ",\"expirationDateTime\":           ",
        ",\"recordedDateTime\":             ",
        ",\"state\":                        ",
        ",\"userDisplayName\":              ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementAcceptance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "agreement_file_id", &self.agreement_file_id);
        v.field(2usize, "agreement_id", &self.agreement_id);
        v.field(3usize, "device_display_name", &self.device_display_name);
        v.field(4usize, "device_id", &self.device_id);
        v.field(5usize, "device_os_type", &self.device_os_type);
        v.field(6usize, "device_os_version", &self.device_os_version);
        v.field(7usize, "expiration_date_time", &self.expiration_date_time);
        v.field(8usize, "recorded_date_time", &self.recorded_date_time);
        v.field(9usize, "state", &self.state);
        v.field(10usize, "user_display_name", &self.user_display_name);
        v.field(11usize, "user_email", &self.user_email);
        v.field(12usize, "user_id", &self.user_id);
        v.field(13usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
impl rt::object::Members for AgreementAcceptance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.agreement_file_id.read_from(r),
            2usize => self.agreement_id.read_from(r),
            3usize => self.device_display_name.read_from(r),
            4usize => self.device_id.read_from(r),
            5usize => self.device_os_type.read_from(r),
            6usize => self.device_os_version.read_from(r),
            7usize => self.expiration_date_time.read_from(r),
            8usize => self.recorded_date_time.read_from(r),
            9usize => self.state.read_from(r),
            10usize => self.user_display_name.read_from(r),
            11usize => self.user_email.read_from(r),
            12usize => self.user_id.read_from(r),
            13usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.agreement_file_id);
        w.field(2usize, &self.agreement_id);
        w.field(3usize, &self.device_display_name);
        w.field(4usize, &self.device_id);
        w.field(5usize, &self.device_os_type);
        w.field(6usize, &self.device_os_version);
        w.field(7usize, &self.expiration_date_time);
        w.field(8usize, &self.recorded_date_time);
        w.field(9usize, &self.state);
        w.field(10usize, &self.user_display_name);
        w.field(11usize, &self.user_email);
        w.field(12usize, &self.user_id);
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
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementAcceptance);
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementAcceptance { with_id id : ::std::string::String; with_agreement_file_id
    agreement_file_id : ::std::string::String; with_agreement_id agreement_id :
    ::std::string::String; with_device_display_name device_display_name :
    ::std::string::String; with_device_id device_id : ::std::string::String;
    with_device_os_type device_os_type : ::std::string::String; with_device_os_version
    device_os_version : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_recorded_date_time
    recorded_date_time : rt::edm::DateTimeOffset; with_state state : crate
    ::beta::AgreementAcceptanceState; with_user_display_name user_display_name :
    ::std::string::String; with_user_email user_email : ::std::string::String;
    with_user_id user_id : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementAcceptance);
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementAcceptanceState`, enum type.
///
/// Features: `beta`, or one of `beta-agreement-acceptances`, `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AgreementAcceptanceState {
    /// `accepted` (value 2).
    Accepted,
    /// `declined` (value 3).
    Declined,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
impl rt::StrEnum for AgreementAcceptanceState {
    const TYPE_NAME: &'static str = "microsoft.graph.agreementAcceptanceState";
    const MEMBERS: &'static [&'static str] = &[
        "accepted",
        "declined",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "accepted" => Self::Accepted,
                "declined" => Self::Declined,
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
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
rt::impl_enum!(AgreementAcceptanceState);
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementAcceptanceState);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFile`, entity type, derived from `microsoft.graph.agreementFileProperties`, key `id`.
///
/// Request builders: [`AgreementFilePath`](requests/trait.AgreementFilePath.html), what a path to one (`EntityPath<AgreementFile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AgreementFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileData`: `microsoft.graph.agreementFileData`, nullable.
    pub file_data: rt::Field<crate::beta::AgreementFileData>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isMajorVersion`: `Edm.Boolean`, nullable.
    pub is_major_version: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `localizations`: `Collection(microsoft.graph.agreementFileLocalization)`, not nullable.
    pub localizations: rt::Field<
        ::std::vec::Vec<crate::beta::AgreementFileLocalization>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AgreementFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            file_data: rt::Field::Absent,
            file_name: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_major_version: rt::Field::Absent,
            language: rt::Field::Absent,
            localizations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::Object for AgreementFile {
    const TYPE_NAME: &'static str = "microsoft.graph.agreementFile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "fileData",
        "fileName",
        "isDefault",
        "isMajorVersion",
        "language",
        "localizations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"fileData\":                     ",
        ",\"fileName\":                     ",
        ",\"isDefault\":                    ",
        ",\"isMajorVersion\":               ",
        ",\"language\":                     ",
        ",\"localizations\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "file_data", &self.file_data);
        v.field(4usize, "file_name", &self.file_name);
        v.field(5usize, "is_default", &self.is_default);
        v.field(6usize, "is_major_version", &self.is_major_version);
        v.field(7usize, "language", &self.language);
        v.field(8usize, "localizations", &self.localizations);
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::object::Members for AgreementFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.file_data.read_from(r),
            4usize => self.file_name.read_from(r),
            5usize => self.is_default.read_from(r),
            6usize => self.is_major_version.read_from(r),
            7usize => self.language.read_from(r),
            8usize => self.localizations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.file_data);
        w.field(4usize, &self.file_name);
        w.field(5usize, &self.is_default);
        w.field(6usize, &self.is_major_version);
        w.field(7usize, &self.language);
        w.field(8usize, &self.localizations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFile);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementFile { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_file_data file_data : crate ::beta::AgreementFileData;
    with_file_name file_name : ::std::string::String; with_is_default is_default : bool;
    with_is_major_version is_major_version : bool; with_language language :
    ::std::string::String; with_localizations localizations : ::std::vec::Vec < crate
    ::beta::AgreementFileLocalization >; }
);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFile);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFileData`, complex type.
///
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AgreementFileData {
    /// CSDL: property `data`: `Edm.Binary`, nullable.
    pub data: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AgreementFileData {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::Object for AgreementFileData {
    const TYPE_NAME: &'static str = "microsoft.graph.agreementFileData";
    const KEYS: &'static [&'static str] = &["data"];
    const KEYS_JSON: &'static [&'static str] = &[",\"data\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.agreementFileData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data", &self.data);
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::object::Members for AgreementFileData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFileData);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_setters!(AgreementFileData { with_data data : rt::edm::Binary; });
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFileData);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFileLocalization`, entity type, derived from `microsoft.graph.agreementFileProperties`, key `id`.
///
/// Request builders: [`AgreementFileLocalizationPath`](requests/trait.AgreementFileLocalizationPath.html), what a path to one (`EntityPath<AgreementFileLocalization, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AgreementFileLocalization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileData`: `microsoft.graph.agreementFileData`, nullable.
    pub file_data: rt::Field<crate::beta::AgreementFileData>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isMajorVersion`: `Edm.Boolean`, nullable.
    pub is_major_version: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `versions`: `Collection(microsoft.graph.agreementFileVersion)`, not nullable.
    pub versions: rt::Field<::std::vec::Vec<crate::beta::AgreementFileVersion>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AgreementFileLocalization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            file_data: rt::Field::Absent,
            file_name: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_major_version: rt::Field::Absent,
            language: rt::Field::Absent,
            versions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::Object for AgreementFileLocalization {
    const TYPE_NAME: &'static str = "microsoft.graph.agreementFileLocalization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "fileData",
        "fileName",
        "isDefault",
        "isMajorVersion",
        "language",
        "versions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"fileData\":                     ",
        ",\"fileName\":                     ",
        ",\"isDefault\":                    ",
        ",\"isMajorVersion\":               ",
        ",\"language\":                     ",
        ",\"versions\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementFileLocalization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "file_data", &self.file_data);
        v.field(4usize, "file_name", &self.file_name);
        v.field(5usize, "is_default", &self.is_default);
        v.field(6usize, "is_major_version", &self.is_major_version);
        v.field(7usize, "language", &self.language);
        v.field(8usize, "versions", &self.versions);
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::object::Members for AgreementFileLocalization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.file_data.read_from(r),
            4usize => self.file_name.read_from(r),
            5usize => self.is_default.read_from(r),
            6usize => self.is_major_version.read_from(r),
            7usize => self.language.read_from(r),
            8usize => self.versions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.file_data);
        w.field(4usize, &self.file_name);
        w.field(5usize, &self.is_default);
        w.field(6usize, &self.is_major_version);
        w.field(7usize, &self.language);
        w.field(8usize, &self.versions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFileLocalization);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementFileLocalization { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_file_data file_data : crate
    ::beta::AgreementFileData; with_file_name file_name : ::std::string::String;
    with_is_default is_default : bool; with_is_major_version is_major_version : bool;
    with_language language : ::std::string::String; with_versions versions :
    ::std::vec::Vec < crate ::beta::AgreementFileVersion >; }
);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFileLocalization);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFileProperties`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AgreementFilePropertiesPath`](requests/trait.AgreementFilePropertiesPath.html), what a path to one (`EntityPath<AnyAgreementFileProperties, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AgreementFileProperties {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileData`: `microsoft.graph.agreementFileData`, nullable.
    pub file_data: rt::Field<crate::beta::AgreementFileData>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isMajorVersion`: `Edm.Boolean`, nullable.
    pub is_major_version: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AgreementFileProperties {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            file_data: rt::Field::Absent,
            file_name: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_major_version: rt::Field::Absent,
            language: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::Object for AgreementFileProperties {
    const TYPE_NAME: &'static str = "microsoft.graph.agreementFileProperties";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "fileData",
        "fileName",
        "isDefault",
        "isMajorVersion",
        "language",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"fileData\":                     ",
        ",\"fileName\":                     ",
        ",\"isDefault\":                    ",
        ",\"isMajorVersion\":               ",
        ",\"language\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementFileProperties\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "file_data", &self.file_data);
        v.field(4usize, "file_name", &self.file_name);
        v.field(5usize, "is_default", &self.is_default);
        v.field(6usize, "is_major_version", &self.is_major_version);
        v.field(7usize, "language", &self.language);
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::object::Members for AgreementFileProperties {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.file_data.read_from(r),
            4usize => self.file_name.read_from(r),
            5usize => self.is_default.read_from(r),
            6usize => self.is_major_version.read_from(r),
            7usize => self.language.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.file_data);
        w.field(4usize, &self.file_name);
        w.field(5usize, &self.is_default);
        w.field(6usize, &self.is_major_version);
        w.field(7usize, &self.language);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFileProperties);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementFileProperties { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_file_data file_data : crate ::beta::AgreementFileData;
    with_file_name file_name : ::std::string::String; with_is_default is_default : bool;
    with_is_major_version is_major_version : bool; with_language language :
    ::std::string::String; }
);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFileProperties);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// `microsoft.graph.agreementFileProperties` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAgreementFileProperties {
    AgreementFileProperties(::std::boxed::Box<crate::beta::AgreementFileProperties>),
    AgreementFile(::std::boxed::Box<crate::beta::AgreementFile>),
    AgreementFileLocalization(::std::boxed::Box<crate::beta::AgreementFileLocalization>),
    AgreementFileVersion(::std::boxed::Box<crate::beta::AgreementFileVersion>),
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AnyAgreementFileProperties {
    #[inline]
    fn default() -> Self {
        Self::AgreementFileProperties(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementFileProperties>
for AnyAgreementFileProperties {
    #[inline]
    fn from(v: crate::beta::AgreementFileProperties) -> Self {
        Self::AgreementFileProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementFile> for AnyAgreementFileProperties {
    #[inline]
    fn from(v: crate::beta::AgreementFile) -> Self {
        Self::AgreementFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementFileLocalization>
for AnyAgreementFileProperties {
    #[inline]
    fn from(v: crate::beta::AgreementFileLocalization) -> Self {
        Self::AgreementFileLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementFileVersion>
for AnyAgreementFileProperties {
    #[inline]
    fn from(v: crate::beta::AgreementFileVersion) -> Self {
        Self::AgreementFileVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAgreementFileProperties {}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAgreementFileProperties {}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAgreementFileProperties {}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAgreementFileProperties {}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAgreementFileProperties {}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AgreementFileProperties>();
    rt::object::auto_traits::<crate::beta::AgreementFile>();
    rt::object::auto_traits::<crate::beta::AgreementFileLocalization>();
    rt::object::auto_traits::<crate::beta::AgreementFileVersion>();
};
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::Poly for AnyAgreementFileProperties {
    const BASE_NAME: &'static str = "microsoft.graph.agreementFileProperties";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.agreementFile") => {
                Self::AgreementFile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.agreementFileLocalization") => {
                Self::AgreementFileLocalization(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.agreementFileVersion") => {
                Self::AgreementFileVersion(rt::object::new_boxed())
            }
            _ => Self::AgreementFileProperties(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AgreementFileProperties(v) => &**v,
            Self::AgreementFile(v) => &**v,
            Self::AgreementFileLocalization(v) => &**v,
            Self::AgreementFileVersion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AgreementFileProperties(v) => &mut **v,
            Self::AgreementFile(v) => &mut **v,
            Self::AgreementFileLocalization(v) => &mut **v,
            Self::AgreementFileVersion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl AnyAgreementFileProperties {
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
            Self::AgreementFileProperties(v) => &v.id,
            Self::AgreementFile(v) => &v.id,
            Self::AgreementFileLocalization(v) => &v.id,
            Self::AgreementFileVersion(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AgreementFileProperties(v) => &mut v.id,
            Self::AgreementFile(v) => &mut v.id,
            Self::AgreementFileLocalization(v) => &mut v.id,
            Self::AgreementFileVersion(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AgreementFileProperties(v) => &v.created_date_time,
            Self::AgreementFile(v) => &v.created_date_time,
            Self::AgreementFileLocalization(v) => &v.created_date_time,
            Self::AgreementFileVersion(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AgreementFileProperties(v) => &mut v.created_date_time,
            Self::AgreementFile(v) => &mut v.created_date_time,
            Self::AgreementFileLocalization(v) => &mut v.created_date_time,
            Self::AgreementFileVersion(v) => &mut v.created_date_time,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AgreementFileProperties(v) => &v.display_name,
            Self::AgreementFile(v) => &v.display_name,
            Self::AgreementFileLocalization(v) => &v.display_name,
            Self::AgreementFileVersion(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AgreementFileProperties(v) => &mut v.display_name,
            Self::AgreementFile(v) => &mut v.display_name,
            Self::AgreementFileLocalization(v) => &mut v.display_name,
            Self::AgreementFileVersion(v) => &mut v.display_name,
        }
    }
    /// `fileData` of any variant.
    #[inline]
    pub fn file_data(&self) -> &rt::Field<crate::beta::AgreementFileData> {
        match self {
            Self::AgreementFileProperties(v) => &v.file_data,
            Self::AgreementFile(v) => &v.file_data,
            Self::AgreementFileLocalization(v) => &v.file_data,
            Self::AgreementFileVersion(v) => &v.file_data,
        }
    }
    /// `fileData` of any variant.
    #[inline]
    pub fn file_data_mut(&mut self) -> &mut rt::Field<crate::beta::AgreementFileData> {
        match self {
            Self::AgreementFileProperties(v) => &mut v.file_data,
            Self::AgreementFile(v) => &mut v.file_data,
            Self::AgreementFileLocalization(v) => &mut v.file_data,
            Self::AgreementFileVersion(v) => &mut v.file_data,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AgreementFileProperties(v) => &v.file_name,
            Self::AgreementFile(v) => &v.file_name,
            Self::AgreementFileLocalization(v) => &v.file_name,
            Self::AgreementFileVersion(v) => &v.file_name,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AgreementFileProperties(v) => &mut v.file_name,
            Self::AgreementFile(v) => &mut v.file_name,
            Self::AgreementFileLocalization(v) => &mut v.file_name,
            Self::AgreementFileVersion(v) => &mut v.file_name,
        }
    }
    /// `isDefault` of any variant.
    #[inline]
    pub fn is_default(&self) -> &rt::Field<bool> {
        match self {
            Self::AgreementFileProperties(v) => &v.is_default,
            Self::AgreementFile(v) => &v.is_default,
            Self::AgreementFileLocalization(v) => &v.is_default,
            Self::AgreementFileVersion(v) => &v.is_default,
        }
    }
    /// `isDefault` of any variant.
    #[inline]
    pub fn is_default_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AgreementFileProperties(v) => &mut v.is_default,
            Self::AgreementFile(v) => &mut v.is_default,
            Self::AgreementFileLocalization(v) => &mut v.is_default,
            Self::AgreementFileVersion(v) => &mut v.is_default,
        }
    }
    /// `isMajorVersion` of any variant.
    #[inline]
    pub fn is_major_version(&self) -> &rt::Field<bool> {
        match self {
            Self::AgreementFileProperties(v) => &v.is_major_version,
            Self::AgreementFile(v) => &v.is_major_version,
            Self::AgreementFileLocalization(v) => &v.is_major_version,
            Self::AgreementFileVersion(v) => &v.is_major_version,
        }
    }
    /// `isMajorVersion` of any variant.
    #[inline]
    pub fn is_major_version_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AgreementFileProperties(v) => &mut v.is_major_version,
            Self::AgreementFile(v) => &mut v.is_major_version,
            Self::AgreementFileLocalization(v) => &mut v.is_major_version,
            Self::AgreementFileVersion(v) => &mut v.is_major_version,
        }
    }
    /// `language` of any variant.
    #[inline]
    pub fn language(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AgreementFileProperties(v) => &v.language,
            Self::AgreementFile(v) => &v.language,
            Self::AgreementFileLocalization(v) => &v.language,
            Self::AgreementFileVersion(v) => &v.language,
        }
    }
    /// `language` of any variant.
    #[inline]
    pub fn language_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AgreementFileProperties(v) => &mut v.language,
            Self::AgreementFile(v) => &mut v.language,
            Self::AgreementFileLocalization(v) => &mut v.language,
            Self::AgreementFileVersion(v) => &mut v.language,
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_poly!(AnyAgreementFileProperties);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAgreementFileProperties);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFileVersion`, entity type, derived from `microsoft.graph.agreementFileProperties`, key `id`.
///
/// Request builders: [`AgreementFilePropertiesPath`](requests/trait.AgreementFilePropertiesPath.html), what a path to one (`EntityPath<AgreementFileVersion, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AgreementFileVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileData`: `microsoft.graph.agreementFileData`, nullable.
    pub file_data: rt::Field<crate::beta::AgreementFileData>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isMajorVersion`: `Edm.Boolean`, nullable.
    pub is_major_version: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AgreementFileVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            file_data: rt::Field::Absent,
            file_name: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_major_version: rt::Field::Absent,
            language: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::Object for AgreementFileVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.agreementFileVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "fileData",
        "fileName",
        "isDefault",
        "isMajorVersion",
        "language",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"fileData\":                     ",
        ",\"fileName\":                     ",
        ",\"isDefault\":                    ",
        ",\"isMajorVersion\":               ",
        ",\"language\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementFileVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "file_data", &self.file_data);
        v.field(4usize, "file_name", &self.file_name);
        v.field(5usize, "is_default", &self.is_default);
        v.field(6usize, "is_major_version", &self.is_major_version);
        v.field(7usize, "language", &self.language);
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
impl rt::object::Members for AgreementFileVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.file_data.read_from(r),
            4usize => self.file_name.read_from(r),
            5usize => self.is_default.read_from(r),
            6usize => self.is_major_version.read_from(r),
            7usize => self.language.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.file_data);
        w.field(4usize, &self.file_name);
        w.field(5usize, &self.is_default);
        w.field(6usize, &self.is_major_version);
        w.field(7usize, &self.language);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFileVersion);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementFileVersion { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_file_data file_data : crate ::beta::AgreementFileData;
    with_file_name file_name : ::std::string::String; with_is_default is_default : bool;
    with_is_major_version is_major_version : bool; with_language language :
    ::std::string::String; }
);
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFileVersion);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.album`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Album {
    /// CSDL: property `coverImageItemId`: `Edm.String`, nullable.
    pub cover_image_item_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Album {
    #[inline]
    fn default() -> Self {
        Self {
            cover_image_item_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Album {
    const TYPE_NAME: &'static str = "microsoft.graph.album";
    const KEYS: &'static [&'static str] = &["coverImageItemId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"coverImageItemId\":             "];
    const TAG: &'static str = "\"#microsoft.graph.album\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cover_image_item_id", &self.cover_image_item_id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Album {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cover_image_item_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cover_image_item_id);
    }
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
rt::impl_object!(Album);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Album { with_cover_image_item_id cover_image_item_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Album);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.alert`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`AlertPath`](requests/trait.AlertPath.html), what a path to one (`EntityPath<Alert, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct Alert {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activityGroupName`: `Edm.String`, nullable.
    pub activity_group_name: rt::Field<::std::string::String>,
    /// CSDL: property `alertDetections`: `Collection(microsoft.graph.alertDetection)`, nullable.
    pub alert_detections: rt::Field<::std::vec::Vec<crate::beta::AlertDetection>>,
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// CSDL: property `azureSubscriptionId`: `Edm.String`, nullable.
    pub azure_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `closedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub closed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `cloudAppStates`: `Collection(microsoft.graph.cloudAppSecurityState)`, nullable.
    pub cloud_app_states: rt::Field<::std::vec::Vec<crate::beta::CloudAppSecurityState>>,
    /// CSDL: property `comments`: `Collection(Edm.String)`, nullable.
    pub comments: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `detectionIds`: `Collection(Edm.String)`, nullable.
    pub detection_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `feedback`: `microsoft.graph.alertFeedback`, nullable.
    pub feedback: rt::Field<crate::beta::AlertFeedback>,
    /// CSDL: property `fileStates`: `Collection(microsoft.graph.fileSecurityState)`, nullable.
    pub file_states: rt::Field<::std::vec::Vec<crate::beta::FileSecurityState>>,
    /// CSDL: property `historyStates`: `Collection(microsoft.graph.alertHistoryState)`, nullable.
    pub history_states: rt::Field<::std::vec::Vec<crate::beta::AlertHistoryState>>,
    /// CSDL: property `hostStates`: `Collection(microsoft.graph.hostSecurityState)`, nullable.
    pub host_states: rt::Field<::std::vec::Vec<crate::beta::HostSecurityState>>,
    /// CSDL: property `incidentIds`: `Collection(Edm.String)`, nullable.
    pub incident_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `investigationSecurityStates`: `Collection(microsoft.graph.investigationSecurityState)`, nullable.
    pub investigation_security_states: rt::Field<
        ::std::vec::Vec<crate::beta::InvestigationSecurityState>,
    >,
    /// CSDL: property `lastEventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `malwareStates`: `Collection(microsoft.graph.malwareState)`, nullable.
    pub malware_states: rt::Field<::std::vec::Vec<crate::beta::MalwareState>>,
    /// CSDL: property `messageSecurityStates`: `Collection(microsoft.graph.messageSecurityState)`, nullable.
    pub message_security_states: rt::Field<
        ::std::vec::Vec<crate::beta::MessageSecurityState>,
    >,
    /// CSDL: property `networkConnections`: `Collection(microsoft.graph.networkConnection)`, nullable.
    pub network_connections: rt::Field<::std::vec::Vec<crate::beta::NetworkConnection>>,
    /// CSDL: property `processes`: `Collection(microsoft.graph.process)`, nullable.
    pub processes: rt::Field<::std::vec::Vec<crate::beta::Process>>,
    /// CSDL: property `recommendedActions`: `Collection(Edm.String)`, nullable.
    pub recommended_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `registryKeyStates`: `Collection(microsoft.graph.registryKeyState)`, nullable.
    pub registry_key_states: rt::Field<::std::vec::Vec<crate::beta::RegistryKeyState>>,
    /// CSDL: property `securityResources`: `Collection(microsoft.graph.securityResource)`, nullable.
    pub security_resources: rt::Field<::std::vec::Vec<crate::beta::SecurityResource>>,
    /// CSDL: property `severity`: `microsoft.graph.alertSeverity`, not nullable.
    pub severity: rt::Field<crate::beta::AlertSeverity>,
    /// CSDL: property `sourceMaterials`: `Collection(Edm.String)`, nullable.
    pub source_materials: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `status`: `microsoft.graph.alertStatus`, not nullable.
    pub status: rt::Field<crate::beta::AlertStatus>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `triggers`: `Collection(microsoft.graph.alertTrigger)`, nullable.
    pub triggers: rt::Field<::std::vec::Vec<crate::beta::AlertTrigger>>,
    /// CSDL: property `uriClickSecurityStates`: `Collection(microsoft.graph.uriClickSecurityState)`, nullable.
    pub uri_click_security_states: rt::Field<
        ::std::vec::Vec<crate::beta::UriClickSecurityState>,
    >,
    /// CSDL: property `userStates`: `Collection(microsoft.graph.userSecurityState)`, nullable.
    pub user_states: rt::Field<::std::vec::Vec<crate::beta::UserSecurityState>>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// CSDL: property `vulnerabilityStates`: `Collection(microsoft.graph.vulnerabilityState)`, nullable.
    pub vulnerability_states: rt::Field<
        ::std::vec::Vec<crate::beta::VulnerabilityState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for Alert {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_group_name: rt::Field::Absent,
            alert_detections: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            azure_subscription_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            category: rt::Field::Absent,
            closed_date_time: rt::Field::Absent,
            cloud_app_states: rt::Field::Absent,
            comments: rt::Field::Absent,
            confidence: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            detection_ids: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            feedback: rt::Field::Absent,
            file_states: rt::Field::Absent,
            history_states: rt::Field::Absent,
            host_states: rt::Field::Absent,
            incident_ids: rt::Field::Absent,
            investigation_security_states: rt::Field::Absent,
            last_event_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            malware_states: rt::Field::Absent,
            message_security_states: rt::Field::Absent,
            network_connections: rt::Field::Absent,
            processes: rt::Field::Absent,
            recommended_actions: rt::Field::Absent,
            registry_key_states: rt::Field::Absent,
            security_resources: rt::Field::Absent,
            severity: rt::Field::Absent,
            source_materials: rt::Field::Absent,
            status: rt::Field::Absent,
            tags: rt::Field::Absent,
            title: rt::Field::Absent,
            triggers: rt::Field::Absent,
            uri_click_security_states: rt::Field::Absent,
            user_states: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            vulnerability_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for Alert {
    const TYPE_NAME: &'static str = "microsoft.graph.alert";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityGroupName",
        "alertDetections",
        "assignedTo",
        "azureSubscriptionId",
        "azureTenantId",
        "category",
        "closedDateTime",
        "cloudAppStates",
        "comments",
        "confidence",
        "createdDateTime",
        "description",
        "detectionIds",
        "eventDateTime",
        "feedback",
        "fileStates",
        "historyStates",
        "hostStates",
        "incidentIds",
        "investigationSecurityStates",
        "lastEventDateTime",
        "lastModifiedDateTime",
        "malwareStates",
        "messageSecurityStates",
        "networkConnections",
        "processes",
        "recommendedActions",
        "registryKeyStates",
        "securityResources",
        "severity",
        "sourceMaterials",
        "status",
        "tags",
        "title",
        "triggers",
        "uriClickSecurityStates",
        "userStates",
        "vendorInformation",
        "vulnerabilityStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activityGroupName\":            ",
        ",\"alertDetections\":              ",
        ",\"assignedTo\":                   ",
        ",\"azureSubscriptionId\":          ",
        ",\"azureTenantId\":                ",
        ",\"category\":                     ",
        ",\"closedDateTime\":               ",
        ",\"cloudAppStates\":               ",
        ",\"comments\":                     ",
        ",\"confidence\":                   ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"detectionIds\":                 ",
        ",\"eventDateTime\":                ",
        ",\"feedback\":                     ",
        ",\"fileStates\":                   ",
        ",\"historyStates\":                ",
        ",\"hostStates\":                   ",
        ",\"incidentIds\":                  ",
        ",\"investigationSecurityStates\":  ",
        ",\"lastEventDateTime\":            ",
        ",\"lastModifiedDateTime\":         ",
        ",\"malwareStates\":                ",
        ",\"messageSecurityStates\":        ",
        ",\"networkConnections\":           ",
        ",\"processes\":                    ",
        ",\"recommendedActions\":           ",
        ",\"registryKeyStates\":            ",
        ",\"securityResources\":            ",
        ",\"severity\":                     ",
        ",\"sourceMaterials\":              ",
        ",\"status\":                       ",
        ",\"tags\":                         ",
        ",\"title\":                        ",
        ",\"triggers\":                     ",
        ",\"uriClickSecurityStates\":       ",
        ",\"userStates\":                   ",
        ",\"vendorInformation\":            ",
        ",\"vulnerabilityStates\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alert\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity_group_name", &self.activity_group_name);
        v.field(2usize, "alert_detections", &self.alert_detections);
        v.field(3usize, "assigned_to", &self.assigned_to);
        v.field(4usize, "azure_subscription_id", &self.azure_subscription_id);
        v.field(5usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(6usize, "category", &self.category);
        v.field(7usize, "closed_date_time", &self.closed_date_time);
        v.field(8usize, "cloud_app_states", &self.cloud_app_states);
        v.field(9usize, "comments", &self.comments);
        v.field(10usize, "confidence", &self.confidence);
        v.field(11usize, "created_date_time", &self.created_date_time);
        v.field(12usize, "description", &self.description);
        v.field(13usize, "detection_ids", &self.detection_ids);
        v.field(14usize, "event_date_time", &self.event_date_time);
        v.field(15usize, "feedback", &self.feedback);
        v.field(16usize, "file_states", &self.file_states);
        v.field(17usize, "history_states", &self.history_states);
        v.field(18usize, "host_states", &self.host_states);
        v.field(19usize, "incident_ids", &self.incident_ids);
        v.field(
            20usize,
            "investigation_security_states",
            &self.investigation_security_states,
        );
        v.field(21usize, "last_event_date_time", &self.last_event_date_time);
        v.field(22usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(23usize, "malware_states", &self.malware_states);
        v.field(24usize, "message_security_states", &self.message_security_states);
        v.field(25usize, "network_connections", &self.network_connections);
        v.field(26usize, "processes", &self.processes);
        v.field(27usize, "recommended_actions", &self.recommended_actions);
        v.field(28usize, "registry_key_states", &self.registry_key_states);
        v.field(29usize, "security_resources", &self.security_resources);
        v.field(30usize, "severity", &self.severity);
        v.field(31usize, "source_materials", &self.source_materials);
        v.field(32usize, "status", &self.status);
        v.field(33usize, "tags", &self.tags);
        v.field(34usize, "title", &self.title);
        v.field(35usize, "triggers", &self.triggers);
        v.field(36usize, "uri_click_security_states", &self.uri_click_security_states);
        v.field(37usize, "user_states", &self.user_states);
        v.field(38usize, "vendor_information", &self.vendor_information);
        v.field(39usize, "vulnerability_states", &self.vulnerability_states);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for Alert {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_group_name.read_from(r),
            2usize => self.alert_detections.read_from(r),
            3usize => self.assigned_to.read_from(r),
            4usize => self.azure_subscription_id.read_from(r),
            5usize => self.azure_tenant_id.read_from(r),
            6usize => self.category.read_from(r),
            7usize => self.closed_date_time.read_from(r),
            8usize => self.cloud_app_states.read_from(r),
            9usize => self.comments.read_from(r),
            10usize => self.confidence.read_from(r),
            11usize => self.created_date_time.read_from(r),
            12usize => self.description.read_from(r),
            13usize => self.detection_ids.read_from(r),
            14usize => self.event_date_time.read_from(r),
            15usize => self.feedback.read_from(r),
            16usize => self.file_states.read_from(r),
            17usize => self.history_states.read_from(r),
            18usize => self.host_states.read_from(r),
            19usize => self.incident_ids.read_from(r),
            20usize => self.investigation_security_states.read_from(r),
            21usize => self.last_event_date_time.read_from(r),
            22usize => self.last_modified_date_time.read_from(r),
            23usize => self.malware_states.read_from(r),
            24usize => self.message_security_states.read_from(r),
            25usize => self.network_connections.read_from(r),
            26usize => self.processes.read_from(r),
            27usize => self.recommended_actions.read_from(r),
            28usize => self.registry_key_states.read_from(r),
            29usize => self.security_resources.read_from(r),
            30usize => self.severity.read_from(r),
            31usize => self.source_materials.read_from(r),
            32usize => self.status.read_from(r),
            33usize => self.tags.read_from(r),
            34usize => self.title.read_from(r),
            35usize => self.triggers.read_from(r),
            36usize => self.uri_click_security_states.read_from(r),
            37usize => self.user_states.read_from(r),
            38usize => self.vendor_information.read_from(r),
            39usize => self.vulnerability_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_group_name);
        w.field(2usize, &self.alert_detections);
        w.field(3usize, &self.assigned_to);
        w.field(4usize, &self.azure_subscription_id);
        w.field(5usize, &self.azure_tenant_id);
        w.field(6usize, &self.category);
        w.field(7usize, &self.closed_date_time);
        w.field(8usize, &self.cloud_app_states);
        w.field(9usize, &self.comments);
        w.field(10usize, &self.confidence);
        w.field(11usize, &self.created_date_time);
        w.field(12usize, &self.description);
        w.field(13usize, &self.detection_ids);
        w.field(14usize, &self.event_date_time);
        w.field(15usize, &self.feedback);
        w.field(16usize, &self.file_states);
        w.field(17usize, &self.history_states);
        w.field(18usize, &self.host_states);
        w.field(19usize, &self.incident_ids);
        w.field(20usize, &self.investigation_security_states);
        w.field(21usize, &self.last_event_date_time);
        w.field(22usize, &self.last_modified_date_time);
        w.field(23usize, &self.malware_states);
        w.field(24usize, &self.message_security_states);
        w.field(25usize, &self.network_connections);
        w.field(26usize, &self.processes);
        w.field(27usize, &self.recommended_actions);
        w.field(28usize, &self.registry_key_states);
        w.field(29usize, &self.security_resources);
        w.field(30usize, &self.severity);
        w.field(31usize, &self.source_materials);
        w.field(32usize, &self.status);
        w.field(33usize, &self.tags);
        w.field(34usize, &self.title);
        w.field(35usize, &self.triggers);
        w.field(36usize, &self.uri_click_security_states);
        w.field(37usize, &self.user_states);
        w.field(38usize, &self.vendor_information);
        w.field(39usize, &self.vulnerability_states);
    }
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
rt::impl_object!(Alert);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    Alert { with_id id : ::std::string::String; with_activity_group_name
    activity_group_name : ::std::string::String; with_alert_detections alert_detections :
    ::std::vec::Vec < crate ::beta::AlertDetection >; with_assigned_to assigned_to :
    ::std::string::String; with_azure_subscription_id azure_subscription_id :
    ::std::string::String; with_azure_tenant_id azure_tenant_id : ::std::string::String;
    with_category category : ::std::string::String; with_closed_date_time
    closed_date_time : rt::edm::DateTimeOffset; with_cloud_app_states cloud_app_states :
    ::std::vec::Vec < crate ::beta::CloudAppSecurityState >; with_comments comments :
    ::std::vec::Vec < ::std::string::String >; with_confidence confidence : i32;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_detection_ids detection_ids :
    ::std::vec::Vec < ::std::string::String >; with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_feedback feedback : crate ::beta::AlertFeedback;
    with_file_states file_states : ::std::vec::Vec < crate ::beta::FileSecurityState >;
    with_history_states history_states : ::std::vec::Vec < crate
    ::beta::AlertHistoryState >; with_host_states host_states : ::std::vec::Vec < crate
    ::beta::HostSecurityState >; with_incident_ids incident_ids : ::std::vec::Vec <
    ::std::string::String >; with_investigation_security_states
    investigation_security_states : ::std::vec::Vec < crate
    ::beta::InvestigationSecurityState >; with_last_event_date_time last_event_date_time
    : rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_malware_states malware_states : ::std::vec::Vec < crate
    ::beta::MalwareState >; with_message_security_states message_security_states :
    ::std::vec::Vec < crate ::beta::MessageSecurityState >; with_network_connections
    network_connections : ::std::vec::Vec < crate ::beta::NetworkConnection >;
    with_processes processes : ::std::vec::Vec < crate ::beta::Process >;
    with_recommended_actions recommended_actions : ::std::vec::Vec <
    ::std::string::String >; with_registry_key_states registry_key_states :
    ::std::vec::Vec < crate ::beta::RegistryKeyState >; with_security_resources
    security_resources : ::std::vec::Vec < crate ::beta::SecurityResource >;
    with_severity severity : crate ::beta::AlertSeverity; with_source_materials
    source_materials : ::std::vec::Vec < ::std::string::String >; with_status status :
    crate ::beta::AlertStatus; with_tags tags : ::std::vec::Vec < ::std::string::String
    >; with_title title : ::std::string::String; with_triggers triggers : ::std::vec::Vec
    < crate ::beta::AlertTrigger >; with_uri_click_security_states
    uri_click_security_states : ::std::vec::Vec < crate ::beta::UriClickSecurityState >;
    with_user_states user_states : ::std::vec::Vec < crate ::beta::UserSecurityState >;
    with_vendor_information vendor_information : crate ::beta::SecurityVendorInformation;
    with_vulnerability_states vulnerability_states : ::std::vec::Vec < crate
    ::beta::VulnerabilityState >; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Alert);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.alertDetection`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct AlertDetection {
    /// CSDL: property `detectionType`: `Edm.String`, nullable.
    pub detection_type: rt::Field<::std::string::String>,
    /// CSDL: property `method`: `Edm.String`, nullable.
    pub method: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for AlertDetection {
    #[inline]
    fn default() -> Self {
        Self {
            detection_type: rt::Field::Absent,
            method: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for AlertDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.alertDetection";
    const KEYS: &'static [&'static str] = &["detectionType", "method", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detectionType\":                ",
        ",\"method\":                       ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alertDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detection_type", &self.detection_type);
        v.field(1usize, "method", &self.method);
        v.field(2usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for AlertDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detection_type.read_from(r),
            1usize => self.method.read_from(r),
            2usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detection_type);
        w.field(1usize, &self.method);
        w.field(2usize, &self.name);
    }
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
rt::impl_object!(AlertDetection);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    AlertDetection { with_detection_type detection_type : ::std::string::String;
    with_method method : ::std::string::String; with_name name : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertDetection);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.alertFeedback`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertFeedback {
    /// `unknown` (value 0).
    Unknown,
    /// `truePositive` (value 1).
    TruePositive,
    /// `falsePositive` (value 2).
    FalsePositive,
    /// `benignPositive` (value 3).
    BenignPositive,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for AlertFeedback {
    const TYPE_NAME: &'static str = "microsoft.graph.alertFeedback";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "truePositive",
        "falsePositive",
        "benignPositive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "truePositive" => Self::TruePositive,
                "falsePositive" => Self::FalsePositive,
                "benignPositive" => Self::BenignPositive,
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
            Self::TruePositive => "truePositive",
            Self::FalsePositive => "falsePositive",
            Self::BenignPositive => "benignPositive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(AlertFeedback);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertFeedback);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.alertHistoryState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct AlertHistoryState {
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// CSDL: property `comments`: `Collection(Edm.String)`, nullable.
    pub comments: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `feedback`: `microsoft.graph.alertFeedback`, nullable.
    pub feedback: rt::Field<crate::beta::AlertFeedback>,
    /// CSDL: property `status`: `microsoft.graph.alertStatus`, nullable.
    pub status: rt::Field<crate::beta::AlertStatus>,
    /// CSDL: property `updatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `user`: `Edm.String`, nullable.
    pub user: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for AlertHistoryState {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            comments: rt::Field::Absent,
            feedback: rt::Field::Absent,
            status: rt::Field::Absent,
            updated_date_time: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for AlertHistoryState {
    const TYPE_NAME: &'static str = "microsoft.graph.alertHistoryState";
    const KEYS: &'static [&'static str] = &[
        "appId",
        "assignedTo",
        "comments",
        "feedback",
        "status",
        "updatedDateTime",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"assignedTo\":                   ",
        ",\"comments\":                     ",
        ",\"feedback\":                     ",
        ",\"status\":                       ",
        ",\"updatedDateTime\":              ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alertHistoryState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "comments", &self.comments);
        v.field(3usize, "feedback", &self.feedback);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "updated_date_time", &self.updated_date_time);
        v.field(6usize, "user", &self.user);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for AlertHistoryState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.comments.read_from(r),
            3usize => self.feedback.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.updated_date_time.read_from(r),
            6usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.comments);
        w.field(3usize, &self.feedback);
        w.field(4usize, &self.status);
        w.field(5usize, &self.updated_date_time);
        w.field(6usize, &self.user);
    }
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
rt::impl_object!(AlertHistoryState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    AlertHistoryState { with_app_id app_id : ::std::string::String; with_assigned_to
    assigned_to : ::std::string::String; with_comments comments : ::std::vec::Vec <
    ::std::string::String >; with_feedback feedback : crate ::beta::AlertFeedback;
    with_status status : crate ::beta::AlertStatus; with_updated_date_time
    updated_date_time : rt::edm::DateTimeOffset; with_user user : ::std::string::String;
    }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertHistoryState);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.alertSeverity`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertSeverity {
    /// `unknown` (value 0).
    Unknown,
    /// `informational` (value 1).
    Informational,
    /// `low` (value 2).
    Low,
    /// `medium` (value 3).
    Medium,
    /// `high` (value 4).
    High,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for AlertSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.alertSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "informational",
        "low",
        "medium",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "informational" => Self::Informational,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
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
            Self::Informational => "informational",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(AlertSeverity);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertSeverity);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.alertStatus`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `newAlert` (value 1).
    NewAlert,
    /// `inProgress` (value 2).
    InProgress,
    /// `resolved` (value 3).
    Resolved,
    /// `dismissed` (value 4).
    Dismissed,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for AlertStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.alertStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "newAlert",
        "inProgress",
        "resolved",
        "dismissed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "newAlert" => Self::NewAlert,
                "inProgress" => Self::InProgress,
                "resolved" => Self::Resolved,
                "dismissed" => Self::Dismissed,
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
            Self::NewAlert => "newAlert",
            Self::InProgress => "inProgress",
            Self::Resolved => "resolved",
            Self::Dismissed => "dismissed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(AlertStatus);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertStatus);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.alertTrigger`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct AlertTrigger {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for AlertTrigger {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for AlertTrigger {
    const TYPE_NAME: &'static str = "microsoft.graph.alertTrigger";
    const KEYS: &'static [&'static str] = &["name", "type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alertTrigger\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for AlertTrigger {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.type_);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(AlertTrigger);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    AlertTrigger { with_name name : ::std::string::String; with_type type_ :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertTrigger);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.allowedAudiences`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AllowedAudiences {
    /// `me` (value 0).
    Me,
    /// `family` (value 1).
    Family,
    /// `contacts` (value 2).
    Contacts,
    /// `groupMembers` (value 4).
    GroupMembers,
    /// `organization` (value 8).
    Organization,
    /// `federatedOrganizations` (value 16).
    FederatedOrganizations,
    /// `everyone` (value 32).
    Everyone,
    /// `unknownFutureValue` (value 64).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AllowedAudiences {
    const TYPE_NAME: &'static str = "microsoft.graph.allowedAudiences";
    const MEMBERS: &'static [&'static str] = &[
        "me",
        "family",
        "contacts",
        "groupMembers",
        "organization",
        "federatedOrganizations",
        "everyone",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "me" => Self::Me,
                "family" => Self::Family,
                "contacts" => Self::Contacts,
                "groupMembers" => Self::GroupMembers,
                "organization" => Self::Organization,
                "federatedOrganizations" => Self::FederatedOrganizations,
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
            Self::Me => "me",
            Self::Family => "family",
            Self::Contacts => "contacts",
            Self::GroupMembers => "groupMembers",
            Self::Organization => "organization",
            Self::FederatedOrganizations => "federatedOrganizations",
            Self::Everyone => "everyone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AllowedAudiences);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllowedAudiences);
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
/// CSDL: `microsoft.graph.allowedDataLocation`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-allowed-data-locations`, `beta-search`.
#[derive(Clone)]
pub struct AllowedDataLocation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `domain`: `Edm.String`, nullable.
    pub domain: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `location`: `Edm.String`, nullable.
    pub location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
impl ::std::default::Default for AllowedDataLocation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_id: rt::Field::Absent,
            domain: rt::Field::Absent,
            is_default: rt::Field::Absent,
            location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
impl rt::Object for AllowedDataLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.allowedDataLocation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appId",
        "domain",
        "isDefault",
        "location",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appId\":                        ",
        ",\"domain\":                       ",
        ",\"isDefault\":                    ",
        ",\"location\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.allowedDataLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_id", &self.app_id);
        v.field(2usize, "domain", &self.domain);
        v.field(3usize, "is_default", &self.is_default);
        v.field(4usize, "location", &self.location);
    }
}
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
impl rt::object::Members for AllowedDataLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_id.read_from(r),
            2usize => self.domain.read_from(r),
            3usize => self.is_default.read_from(r),
            4usize => self.location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_id);
        w.field(2usize, &self.domain);
        w.field(3usize, &self.is_default);
        w.field(4usize, &self.location);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
rt::impl_object!(AllowedDataLocation);
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
rt::impl_setters!(
    AllowedDataLocation { with_id id : ::std::string::String; with_app_id app_id :
    ::std::string::String; with_domain domain : ::std::string::String; with_is_default
    is_default : bool; with_location location : ::std::string::String; }
);
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllowedDataLocation);
