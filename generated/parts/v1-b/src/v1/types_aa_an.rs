//! Types of `microsoft.graph` by the first letters of their names (`aa_an`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.aadUserConversationMemberResult`, complex type, derived from `microsoft.graph.actionResultPart`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AadUserConversationMemberResult {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
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
#[cfg(msgraph_v1_core_or_teamwork)]
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
#[cfg(msgraph_v1_core_or_teamwork)]
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(AadUserConversationMemberResult);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    AadUserConversationMemberResult { with_error error : crate ::v1::PublicError;
    with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AadUserConversationMemberResult);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.accessAction`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for AccessAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for AccessAction {
    const TYPE_NAME: &'static str = "microsoft.graph.accessAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(AccessAction);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageAssignmentFilterByCurrentUserOptions {
    /// `target` (value 1).
    Target,
    /// `createdBy` (value 2).
    CreatedBy,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// `targetManager` (value 100).
    TargetManager,
    /// `targetAgentIdentitySponsorOrOwner` (value 101).
    TargetAgentIdentitySponsorOrOwner,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageAssignmentFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "target",
        "createdBy",
        "unknownFutureValue",
        "targetManager",
        "targetAgentIdentitySponsorOrOwner",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "target" => Self::Target,
                "createdBy" => Self::CreatedBy,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "targetManager" => Self::TargetManager,
                "targetAgentIdentitySponsorOrOwner" => {
                    Self::TargetAgentIdentitySponsorOrOwner
                }
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
            Self::TargetManager => "targetManager",
            Self::TargetAgentIdentitySponsorOrOwner => {
                "targetAgentIdentitySponsorOrOwner"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageAssignmentFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAutomaticRequestSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAutomaticRequestSettings {
    /// CSDL: property `gracePeriodBeforeAccessRemoval`: `Edm.Duration`, nullable.
    pub grace_period_before_access_removal: rt::Field<rt::edm::Duration>,
    /// CSDL: property `removeAccessWhenTargetLeavesAllowedTargets`: `Edm.Boolean`, nullable.
    pub remove_access_when_target_leaves_allowed_targets: rt::Field<bool>,
    /// CSDL: property `requestAccessForAllowedTargets`: `Edm.Boolean`, nullable.
    pub request_access_for_allowed_targets: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAutomaticRequestSettings {
    #[inline]
    fn default() -> Self {
        Self {
            grace_period_before_access_removal: rt::Field::Absent,
            remove_access_when_target_leaves_allowed_targets: rt::Field::Absent,
            request_access_for_allowed_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAutomaticRequestSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAutomaticRequestSettings";
    const KEYS: &'static [&'static str] = &[
        "gracePeriodBeforeAccessRemoval",
        "removeAccessWhenTargetLeavesAllowedTargets",
        "requestAccessForAllowedTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"gracePeriodBeforeAccessRemoval\":",
        ",\"removeAccessWhenTargetLeavesAllowedTargets\":",
        ",\"requestAccessForAllowedTargets\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAutomaticRequestSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "grace_period_before_access_removal",
            &self.grace_period_before_access_removal,
        );
        v.field(
            1usize,
            "remove_access_when_target_leaves_allowed_targets",
            &self.remove_access_when_target_leaves_allowed_targets,
        );
        v.field(
            2usize,
            "request_access_for_allowed_targets",
            &self.request_access_for_allowed_targets,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAutomaticRequestSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.grace_period_before_access_removal.read_from(r),
            1usize => self.remove_access_when_target_leaves_allowed_targets.read_from(r),
            2usize => self.request_access_for_allowed_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.grace_period_before_access_removal);
        w.field(1usize, &self.remove_access_when_target_leaves_allowed_targets);
        w.field(2usize, &self.request_access_for_allowed_targets);
    }
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
rt::impl_object!(AccessPackageAutomaticRequestSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAutomaticRequestSettings { with_grace_period_before_access_removal
    grace_period_before_access_removal : rt::edm::Duration;
    with_remove_access_when_target_leaves_allowed_targets
    remove_access_when_target_leaves_allowed_targets : bool;
    with_request_access_for_allowed_targets request_access_for_allowed_targets : bool; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAutomaticRequestSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageCatalogState`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageCatalogState {
    /// `unpublished` (value 1).
    Unpublished,
    /// `published` (value 2).
    Published,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageCatalogState {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageCatalogState";
    const MEMBERS: &'static [&'static str] = &[
        "unpublished",
        "published",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unpublished" => Self::Unpublished,
                "published" => Self::Published,
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
            Self::Unpublished => "unpublished",
            Self::Published => "published",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageCatalogState);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageCatalogState);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageCatalogType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageCatalogType {
    /// `userManaged` (value 1).
    UserManaged,
    /// `serviceDefault` (value 2).
    ServiceDefault,
    /// `serviceManaged` (value 3).
    ServiceManaged,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageCatalogType {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageCatalogType";
    const MEMBERS: &'static [&'static str] = &[
        "userManaged",
        "serviceDefault",
        "serviceManaged",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userManaged" => Self::UserManaged,
                "serviceDefault" => Self::ServiceDefault,
                "serviceManaged" => Self::ServiceManaged,
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
            Self::UserManaged => "userManaged",
            Self::ServiceDefault => "serviceDefault",
            Self::ServiceManaged => "serviceManaged",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageCatalogType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageCatalogType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.accessPackageCustomExtensionStage`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageCustomExtensionStage {
    /// `assignmentRequestCreated` (value 1).
    AssignmentRequestCreated,
    /// `assignmentRequestApproved` (value 2).
    AssignmentRequestApproved,
    /// `assignmentRequestGranted` (value 3).
    AssignmentRequestGranted,
    /// `assignmentRequestRemoved` (value 4).
    AssignmentRequestRemoved,
    /// `assignmentFourteenDaysBeforeExpiration` (value 5).
    AssignmentFourteenDaysBeforeExpiration,
    /// `assignmentOneDayBeforeExpiration` (value 6).
    AssignmentOneDayBeforeExpiration,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for AccessPackageCustomExtensionStage {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageCustomExtensionStage";
    const MEMBERS: &'static [&'static str] = &[
        "assignmentRequestCreated",
        "assignmentRequestApproved",
        "assignmentRequestGranted",
        "assignmentRequestRemoved",
        "assignmentFourteenDaysBeforeExpiration",
        "assignmentOneDayBeforeExpiration",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "assignmentRequestCreated" => Self::AssignmentRequestCreated,
                "assignmentRequestApproved" => Self::AssignmentRequestApproved,
                "assignmentRequestGranted" => Self::AssignmentRequestGranted,
                "assignmentRequestRemoved" => Self::AssignmentRequestRemoved,
                "assignmentFourteenDaysBeforeExpiration" => {
                    Self::AssignmentFourteenDaysBeforeExpiration
                }
                "assignmentOneDayBeforeExpiration" => {
                    Self::AssignmentOneDayBeforeExpiration
                }
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
            Self::AssignmentRequestCreated => "assignmentRequestCreated",
            Self::AssignmentRequestApproved => "assignmentRequestApproved",
            Self::AssignmentRequestGranted => "assignmentRequestGranted",
            Self::AssignmentRequestRemoved => "assignmentRequestRemoved",
            Self::AssignmentFourteenDaysBeforeExpiration => {
                "assignmentFourteenDaysBeforeExpiration"
            }
            Self::AssignmentOneDayBeforeExpiration => "assignmentOneDayBeforeExpiration",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(AccessPackageCustomExtensionStage);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageCustomExtensionStage);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageFilterByCurrentUserOptions {
    /// `allowedRequestor` (value 1).
    AllowedRequestor,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration`, complex type, derived from `microsoft.graph.customExtensionCallbackConfiguration`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageRequestApprovalStageCallbackConfiguration {
    /// CSDL: property `timeoutDuration`: `Edm.Duration`, nullable.
    pub timeout_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageRequestApprovalStageCallbackConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            timeout_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageRequestApprovalStageCallbackConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration";
    const KEYS: &'static [&'static str] = &["timeoutDuration"];
    const KEYS_JSON: &'static [&'static str] = &[",\"timeoutDuration\":              "];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "timeout_duration", &self.timeout_duration);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageRequestApprovalStageCallbackConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.timeout_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.timeout_duration);
    }
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
rt::impl_object!(AccessPackageRequestApprovalStageCallbackConfiguration);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageRequestApprovalStageCallbackConfiguration { with_timeout_duration
    timeout_duration : rt::edm::Duration; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageRequestApprovalStageCallbackConfiguration);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSubjectType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageSubjectType {
    /// `notSpecified` (value 0).
    NotSpecified,
    /// `user` (value 1).
    User,
    /// `servicePrincipal` (value 2).
    ServicePrincipal,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageSubjectType {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSubjectType";
    const MEMBERS: &'static [&'static str] = &[
        "notSpecified",
        "user",
        "servicePrincipal",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notSpecified" => Self::NotSpecified,
                "user" => Self::User,
                "servicePrincipal" => Self::ServicePrincipal,
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
            Self::NotSpecified => "notSpecified",
            Self::User => "user",
            Self::ServicePrincipal => "servicePrincipal",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageSubjectType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSubjectType);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInstanceFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewInstanceFilterByCurrentUserOptions {
    /// `reviewer` (value 1).
    Reviewer,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessReviewInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewStageFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewStageFilterByCurrentUserOptions {
    /// `reviewer` (value 1).
    Reviewer,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewStageFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewStageFilterByCurrentUserOptions";
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessReviewStageFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewStageFilterByCurrentUserOptions);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.accountTargetContent`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AccountTargetContent {
    /// CSDL: property `type`: `microsoft.graph.accountTargetContentType`, nullable.
    pub type_: rt::Field<crate::v1::AccountTargetContentType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AccountTargetContent {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AccountTargetContent {
    const TYPE_NAME: &'static str = "microsoft.graph.accountTargetContent";
    const KEYS: &'static [&'static str] = &["type"];
    const KEYS_JSON: &'static [&'static str] = &[",\"type\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.accountTargetContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AccountTargetContent {
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
rt::impl_object!(AccountTargetContent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AccountTargetContent { with_type type_ : crate ::v1::AccountTargetContentType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccountTargetContent);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.accountTargetContent` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccountTargetContent {
    AccountTargetContent(::std::boxed::Box<crate::v1::AccountTargetContent>),
    AddressBookAccountTargetContent(
        ::std::boxed::Box<crate::v1::AddressBookAccountTargetContent>,
    ),
    IncludeAllAccountTargetContent(
        ::std::boxed::Box<crate::v1::IncludeAllAccountTargetContent>,
    ),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyAccountTargetContent {
    #[inline]
    fn default() -> Self {
        Self::AccountTargetContent(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccountTargetContent> for AnyAccountTargetContent {
    #[inline]
    fn from(v: crate::v1::AccountTargetContent) -> Self {
        Self::AccountTargetContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AddressBookAccountTargetContent>
for AnyAccountTargetContent {
    #[inline]
    fn from(v: crate::v1::AddressBookAccountTargetContent) -> Self {
        Self::AddressBookAccountTargetContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IncludeAllAccountTargetContent>
for AnyAccountTargetContent {
    #[inline]
    fn from(v: crate::v1::IncludeAllAccountTargetContent) -> Self {
        Self::IncludeAllAccountTargetContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyAccountTargetContent {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyAccountTargetContent {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyAccountTargetContent {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyAccountTargetContent {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyAccountTargetContent {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccountTargetContent>();
    rt::object::auto_traits::<crate::v1::AddressBookAccountTargetContent>();
    rt::object::auto_traits::<crate::v1::IncludeAllAccountTargetContent>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyAccountTargetContent {
    const BASE_NAME: &'static str = "microsoft.graph.accountTargetContent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.addressBookAccountTargetContent",
            ) => Self::AddressBookAccountTargetContent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.includeAllAccountTargetContent",
            ) => Self::IncludeAllAccountTargetContent(rt::object::new_boxed()),
            _ => Self::AccountTargetContent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccountTargetContent(v) => &**v,
            Self::AddressBookAccountTargetContent(v) => &**v,
            Self::IncludeAllAccountTargetContent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccountTargetContent(v) => &mut **v,
            Self::AddressBookAccountTargetContent(v) => &mut **v,
            Self::IncludeAllAccountTargetContent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyAccountTargetContent {
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
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<crate::v1::AccountTargetContentType> {
        match self {
            Self::AccountTargetContent(v) => &v.type_,
            Self::AddressBookAccountTargetContent(v) => &v.type_,
            Self::IncludeAllAccountTargetContent(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<crate::v1::AccountTargetContentType> {
        match self {
            Self::AccountTargetContent(v) => &mut v.type_,
            Self::AddressBookAccountTargetContent(v) => &mut v.type_,
            Self::IncludeAllAccountTargetContent(v) => &mut v.type_,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyAccountTargetContent);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccountTargetContent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.accountTargetContentType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccountTargetContentType {
    /// `unknown` (value 0).
    Unknown,
    /// `includeAll` (value 1).
    IncludeAll,
    /// `addressBook` (value 2).
    AddressBook,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AccountTargetContentType {
    const TYPE_NAME: &'static str = "microsoft.graph.accountTargetContentType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "includeAll",
        "addressBook",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "includeAll" => Self::IncludeAll,
                "addressBook" => Self::AddressBook,
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
            Self::IncludeAll => "includeAll",
            Self::AddressBook => "addressBook",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AccountTargetContentType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccountTargetContentType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.actionResultPart`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActionResultPart {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ActionResultPart {
    #[inline]
    fn default() -> Self {
        Self {
            error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
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
#[cfg(msgraph_v1_core_or_teamwork)]
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ActionResultPart);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(ActionResultPart { with_error error : crate ::v1::PublicError; });
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActionResultPart);
#[cfg(msgraph_v1_core_or_teamwork)]
/// `microsoft.graph.actionResultPart` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyActionResultPart {
    ActionResultPart(::std::boxed::Box<crate::v1::ActionResultPart>),
    AadUserConversationMemberResult(
        ::std::boxed::Box<crate::v1::AadUserConversationMemberResult>,
    ),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnyActionResultPart {
    #[inline]
    fn default() -> Self {
        Self::ActionResultPart(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ActionResultPart> for AnyActionResultPart {
    #[inline]
    fn from(v: crate::v1::ActionResultPart) -> Self {
        Self::ActionResultPart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AadUserConversationMemberResult>
for AnyActionResultPart {
    #[inline]
    fn from(v: crate::v1::AadUserConversationMemberResult) -> Self {
        Self::AadUserConversationMemberResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Send for AnyActionResultPart {}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyActionResultPart {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::marker::Unpin for AnyActionResultPart {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyActionResultPart {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyActionResultPart {}
#[cfg(msgraph_v1_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ActionResultPart>();
    rt::object::auto_traits::<crate::v1::AadUserConversationMemberResult>();
};
#[cfg(msgraph_v1_core_or_teamwork)]
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
#[cfg(msgraph_v1_core_or_teamwork)]
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
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::ActionResultPart(v) => &v.error,
            Self::AadUserConversationMemberResult(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::ActionResultPart(v) => &mut v.error,
            Self::AadUserConversationMemberResult(v) => &mut v.error,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_poly!(AnyActionResultPart);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyActionResultPart);
#[cfg(msgraph_v1_core_or_device_management)]
/// State of the action on the device
///
/// CSDL: `microsoft.graph.actionState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ActionState {
    /// Not a valid action state
    ///
    /// `none` (value 0).
    None,
    /// Action is pending
    ///
    /// `pending` (value 1).
    Pending,
    /// Action has been cancelled.
    ///
    /// `canceled` (value 2).
    Canceled,
    /// Action is active.
    ///
    /// `active` (value 3).
    Active,
    /// Action completed without errors.
    ///
    /// `done` (value 4).
    Done,
    /// Action failed
    ///
    /// `failed` (value 5).
    Failed,
    /// Action is not supported.
    ///
    /// `notSupported` (value 6).
    NotSupported,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for ActionState {
    const TYPE_NAME: &'static str = "microsoft.graph.actionState";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "pending",
        "canceled",
        "active",
        "done",
        "failed",
        "notSupported",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "pending" => Self::Pending,
                "canceled" => Self::Canceled,
                "active" => Self::Active,
                "done" => Self::Done,
                "failed" => Self::Failed,
                "notSupported" => Self::NotSupported,
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
            Self::Pending => "pending",
            Self::Canceled => "canceled",
            Self::Active => "active",
            Self::Done => "done",
            Self::Failed => "failed",
            Self::NotSupported => "notSupported",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(ActionState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActionState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.activityDomain`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ActivityDomain);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityDomain);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.activityHistoryItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ActivityHistoryItemPath`](requests/trait.ActivityHistoryItemPath.html), what a path to one (`EntityPath<ActivityHistoryItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
    pub status: rt::Field<crate::v1::Status>,
    /// CSDL: property `userTimezone`: `Edm.String`, nullable.
    pub user_timezone: rt::Field<::std::string::String>,
    /// CSDL: navigation property `activity`: `microsoft.graph.userActivity`, not nullable.
    pub activity: rt::Field<crate::v1::UserActivity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ActivityHistoryItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ActivityHistoryItem { with_id id : ::std::string::String;
    with_active_duration_seconds active_duration_seconds : i32; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_last_active_date_time
    last_active_date_time : rt::edm::DateTimeOffset; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_started_date_time
    started_date_time : rt::edm::DateTimeOffset; with_status status : crate ::v1::Status;
    with_user_timezone user_timezone : ::std::string::String; with_activity activity :
    crate ::v1::UserActivity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityHistoryItem);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.addressBookAccountTargetContent`, complex type, derived from `microsoft.graph.accountTargetContent`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AddressBookAccountTargetContent {
    /// CSDL: property `type`: `microsoft.graph.accountTargetContentType`, nullable.
    pub type_: rt::Field<crate::v1::AccountTargetContentType>,
    /// CSDL: property `accountTargetEmails`: `Collection(Edm.String)`, nullable.
    pub account_target_emails: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AddressBookAccountTargetContent {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            account_target_emails: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AddressBookAccountTargetContent {
    const TYPE_NAME: &'static str = "microsoft.graph.addressBookAccountTargetContent";
    const KEYS: &'static [&'static str] = &["type", "accountTargetEmails"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"accountTargetEmails\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addressBookAccountTargetContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "account_target_emails", &self.account_target_emails);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AddressBookAccountTargetContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.account_target_emails.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
        w.field(1usize, &self.account_target_emails);
    }
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
rt::impl_object!(AddressBookAccountTargetContent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AddressBookAccountTargetContent { with_type type_ : crate
    ::v1::AccountTargetContentType; with_account_target_emails account_target_emails :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddressBookAccountTargetContent);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.adminMicrosoft365Apps`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AdminMicrosoft365AppsPath`](requests/trait.AdminMicrosoft365AppsPath.html), what a path to one (`EntityPath<AdminMicrosoft365Apps, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct AdminMicrosoft365Apps {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `installationOptions`: `microsoft.graph.m365AppsInstallationOptions`, nullable.
    pub installation_options: rt::Field<crate::v1::M365AppsInstallationOptions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for AdminMicrosoft365Apps {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            installation_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for AdminMicrosoft365Apps {
    const TYPE_NAME: &'static str = "microsoft.graph.adminMicrosoft365Apps";
    const KEYS: &'static [&'static str] = &["id", "installationOptions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"installationOptions\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.adminMicrosoft365Apps\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "installation_options", &self.installation_options);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for AdminMicrosoft365Apps {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.installation_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.installation_options);
    }
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
rt::impl_object!(AdminMicrosoft365Apps);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    AdminMicrosoft365Apps { with_id id : ::std::string::String; with_installation_options
    installation_options : crate ::v1::M365AppsInstallationOptions; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdminMicrosoft365Apps);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.adminReportSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct AdminReportSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayConcealedNames`: `Edm.Boolean`, not nullable.
    pub display_concealed_names: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for AdminReportSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_concealed_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for AdminReportSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.adminReportSettings";
    const KEYS: &'static [&'static str] = &["id", "displayConcealedNames"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayConcealedNames\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.adminReportSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_concealed_names", &self.display_concealed_names);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for AdminReportSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_concealed_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_concealed_names);
    }
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
rt::impl_object!(AdminReportSettings);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    AdminReportSettings { with_id id : ::std::string::String;
    with_display_concealed_names display_concealed_names : bool; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdminReportSettings);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.aggregationOption`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct AggregationOption {
    /// CSDL: property `bucketDefinition`: `microsoft.graph.bucketAggregationDefinition`, not nullable.
    pub bucket_definition: rt::Field<crate::v1::BucketAggregationDefinition>,
    /// CSDL: property `field`: `Edm.String`, not nullable.
    pub field: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, nullable.
    pub size: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(AggregationOption);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    AggregationOption { with_bucket_definition bucket_definition : crate
    ::v1::BucketAggregationDefinition; with_field field : ::std::string::String;
    with_size size : i32; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AggregationOption);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AgreementPath`](requests/trait.AgreementPath.html), what a path to one (`EntityPath<Agreement, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
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
    pub terms_expiration: rt::Field<crate::v1::TermsExpiration>,
    /// CSDL: property `userReacceptRequiredFrequency`: `Edm.Duration`, nullable.
    pub user_reaccept_required_frequency: rt::Field<rt::edm::Duration>,
    /// CSDL: containment navigation property `acceptances`: `Collection(microsoft.graph.agreementAcceptance)`, not nullable.
    pub acceptances: rt::Field<::std::vec::Vec<crate::v1::AgreementAcceptance>>,
    /// CSDL: containment navigation property `file`: `microsoft.graph.agreementFile`, nullable.
    pub file: rt::Field<crate::v1::AgreementFile>,
    /// CSDL: containment navigation property `files`: `Collection(microsoft.graph.agreementFileLocalization)`, not nullable.
    pub files: rt::Field<::std::vec::Vec<crate::v1::AgreementFileLocalization>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_object!(Agreement);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    Agreement { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_per_device_acceptance_required
    is_per_device_acceptance_required : bool; with_is_viewing_before_acceptance_required
    is_viewing_before_acceptance_required : bool; with_terms_expiration terms_expiration
    : crate ::v1::TermsExpiration; with_user_reaccept_required_frequency
    user_reaccept_required_frequency : rt::edm::Duration; with_acceptances acceptances :
    ::std::vec::Vec < crate ::v1::AgreementAcceptance >; with_file file : crate
    ::v1::AgreementFile; with_files files : ::std::vec::Vec < crate
    ::v1::AgreementFileLocalization >; }
);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Agreement);
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementAcceptance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-agreement-acceptances`, `v1-agreements`, `v1-identity-governance`, `v1-search`.
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
    pub state: rt::Field<crate::v1::AgreementAcceptanceState>,
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
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementAcceptance);
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementAcceptance { with_id id : ::std::string::String; with_agreement_file_id
    agreement_file_id : ::std::string::String; with_agreement_id agreement_id :
    ::std::string::String; with_device_display_name device_display_name :
    ::std::string::String; with_device_id device_id : ::std::string::String;
    with_device_os_type device_os_type : ::std::string::String; with_device_os_version
    device_os_version : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_recorded_date_time
    recorded_date_time : rt::edm::DateTimeOffset; with_state state : crate
    ::v1::AgreementAcceptanceState; with_user_display_name user_display_name :
    ::std::string::String; with_user_email user_email : ::std::string::String;
    with_user_id user_id : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementAcceptance);
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementAcceptanceState`, enum type.
///
/// Features: `v1`, or one of `v1-agreement-acceptances`, `v1-agreements`, `v1-identity-governance`, `v1-search`.
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
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
rt::impl_enum!(AgreementAcceptanceState);
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementAcceptanceState);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFile`, entity type, derived from `microsoft.graph.agreementFileProperties`, key `id`.
///
/// Request builders: [`AgreementFilePath`](requests/trait.AgreementFilePath.html), what a path to one (`EntityPath<AgreementFile, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AgreementFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileData`: `microsoft.graph.agreementFileData`, nullable.
    pub file_data: rt::Field<crate::v1::AgreementFileData>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isMajorVersion`: `Edm.Boolean`, nullable.
    pub is_major_version: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `localizations`: `Collection(microsoft.graph.agreementFileLocalization)`, not nullable.
    pub localizations: rt::Field<::std::vec::Vec<crate::v1::AgreementFileLocalization>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFile);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementFile { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_file_data file_data : crate ::v1::AgreementFileData;
    with_file_name file_name : ::std::string::String; with_is_default is_default : bool;
    with_is_major_version is_major_version : bool; with_language language :
    ::std::string::String; with_localizations localizations : ::std::vec::Vec < crate
    ::v1::AgreementFileLocalization >; }
);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFile);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFileData`, complex type.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AgreementFileData {
    /// CSDL: property `data`: `Edm.Binary`, nullable.
    pub data: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AgreementFileData {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFileData);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_setters!(AgreementFileData { with_data data : rt::edm::Binary; });
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFileData);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFileLocalization`, entity type, derived from `microsoft.graph.agreementFileProperties`, key `id`.
///
/// Request builders: [`AgreementFileLocalizationPath`](requests/trait.AgreementFileLocalizationPath.html), what a path to one (`EntityPath<AgreementFileLocalization, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AgreementFileLocalization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileData`: `microsoft.graph.agreementFileData`, nullable.
    pub file_data: rt::Field<crate::v1::AgreementFileData>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isMajorVersion`: `Edm.Boolean`, nullable.
    pub is_major_version: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `versions`: `Collection(microsoft.graph.agreementFileVersion)`, not nullable.
    pub versions: rt::Field<::std::vec::Vec<crate::v1::AgreementFileVersion>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFileLocalization);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementFileLocalization { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_file_data file_data : crate
    ::v1::AgreementFileData; with_file_name file_name : ::std::string::String;
    with_is_default is_default : bool; with_is_major_version is_major_version : bool;
    with_language language : ::std::string::String; with_versions versions :
    ::std::vec::Vec < crate ::v1::AgreementFileVersion >; }
);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFileLocalization);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFileProperties`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AgreementFilePropertiesPath`](requests/trait.AgreementFilePropertiesPath.html), what a path to one (`EntityPath<AnyAgreementFileProperties, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AgreementFileProperties {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileData`: `microsoft.graph.agreementFileData`, nullable.
    pub file_data: rt::Field<crate::v1::AgreementFileData>,
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFileProperties);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementFileProperties { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_file_data file_data : crate ::v1::AgreementFileData;
    with_file_name file_name : ::std::string::String; with_is_default is_default : bool;
    with_is_major_version is_major_version : bool; with_language language :
    ::std::string::String; }
);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFileProperties);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// `microsoft.graph.agreementFileProperties` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAgreementFileProperties {
    AgreementFileProperties(::std::boxed::Box<crate::v1::AgreementFileProperties>),
    AgreementFile(::std::boxed::Box<crate::v1::AgreementFile>),
    AgreementFileLocalization(::std::boxed::Box<crate::v1::AgreementFileLocalization>),
    AgreementFileVersion(::std::boxed::Box<crate::v1::AgreementFileVersion>),
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for AnyAgreementFileProperties {
    #[inline]
    fn default() -> Self {
        Self::AgreementFileProperties(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementFileProperties>
for AnyAgreementFileProperties {
    #[inline]
    fn from(v: crate::v1::AgreementFileProperties) -> Self {
        Self::AgreementFileProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementFile> for AnyAgreementFileProperties {
    #[inline]
    fn from(v: crate::v1::AgreementFile) -> Self {
        Self::AgreementFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementFileLocalization>
for AnyAgreementFileProperties {
    #[inline]
    fn from(v: crate::v1::AgreementFileLocalization) -> Self {
        Self::AgreementFileLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementFileVersion>
for AnyAgreementFileProperties {
    #[inline]
    fn from(v: crate::v1::AgreementFileVersion) -> Self {
        Self::AgreementFileVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAgreementFileProperties {}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAgreementFileProperties {}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAgreementFileProperties {}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAgreementFileProperties {}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAgreementFileProperties {}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AgreementFileProperties>();
    rt::object::auto_traits::<crate::v1::AgreementFile>();
    rt::object::auto_traits::<crate::v1::AgreementFileLocalization>();
    rt::object::auto_traits::<crate::v1::AgreementFileVersion>();
};
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
    pub fn file_data(&self) -> &rt::Field<crate::v1::AgreementFileData> {
        match self {
            Self::AgreementFileProperties(v) => &v.file_data,
            Self::AgreementFile(v) => &v.file_data,
            Self::AgreementFileLocalization(v) => &v.file_data,
            Self::AgreementFileVersion(v) => &v.file_data,
        }
    }
    /// `fileData` of any variant.
    #[inline]
    pub fn file_data_mut(&mut self) -> &mut rt::Field<crate::v1::AgreementFileData> {
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_poly!(AnyAgreementFileProperties);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAgreementFileProperties);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.agreementFileVersion`, entity type, derived from `microsoft.graph.agreementFileProperties`, key `id`.
///
/// Request builders: [`AgreementFilePropertiesPath`](requests/trait.AgreementFilePropertiesPath.html), what a path to one (`EntityPath<AgreementFileVersion, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AgreementFileVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileData`: `microsoft.graph.agreementFileData`, nullable.
    pub file_data: rt::Field<crate::v1::AgreementFileData>,
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_object!(AgreementFileVersion);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    AgreementFileVersion { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_file_data file_data : crate ::v1::AgreementFileData;
    with_file_name file_name : ::std::string::String; with_is_default is_default : bool;
    with_is_major_version is_major_version : bool; with_language language :
    ::std::string::String; }
);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgreementFileVersion);
#[cfg(msgraph_v1_print)]
/// CSDL: `microsoft.graph.airPrintSettings`, complex type.
///
/// Features: `v1` or `v1-print`.
#[derive(Clone)]
pub struct AirPrintSettings {
    /// CSDL: property `incompatiblePrinters`: `microsoft.graph.incompatiblePrinterSettings`, not nullable.
    pub incompatible_printers: rt::Field<crate::v1::IncompatiblePrinterSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print)]
impl ::std::default::Default for AirPrintSettings {
    #[inline]
    fn default() -> Self {
        Self {
            incompatible_printers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print)]
impl rt::Object for AirPrintSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.airPrintSettings";
    const KEYS: &'static [&'static str] = &["incompatiblePrinters"];
    const KEYS_JSON: &'static [&'static str] = &[",\"incompatiblePrinters\":         "];
    const TAG: &'static str = "\"#microsoft.graph.airPrintSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "incompatible_printers", &self.incompatible_printers);
    }
}
#[cfg(msgraph_v1_print)]
impl rt::object::Members for AirPrintSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.incompatible_printers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.incompatible_printers);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print)]
rt::impl_object!(AirPrintSettings);
#[cfg(msgraph_v1_print)]
rt::impl_setters!(
    AirPrintSettings { with_incompatible_printers incompatible_printers : crate
    ::v1::IncompatiblePrinterSettings; }
);
#[cfg(msgraph_v1_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(AirPrintSettings);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.akamaiAttackGroupActionModel`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AkamaiAttackGroupActionModel {
    /// CSDL: property `action`: `Edm.String`, nullable.
    pub action: rt::Field<::std::string::String>,
    /// CSDL: property `group`: `Edm.String`, nullable.
    pub group: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AkamaiAttackGroupActionModel {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AkamaiAttackGroupActionModel {
    const TYPE_NAME: &'static str = "microsoft.graph.akamaiAttackGroupActionModel";
    const KEYS: &'static [&'static str] = &["action", "group"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"group\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiAttackGroupActionModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "group", &self.group);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AkamaiAttackGroupActionModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.group);
    }
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
rt::impl_object!(AkamaiAttackGroupActionModel);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AkamaiAttackGroupActionModel { with_action action : ::std::string::String; with_group
    group : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AkamaiAttackGroupActionModel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.akamaiCustomRuleModel`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AkamaiCustomRuleModel {
    /// CSDL: property `action`: `Edm.String`, nullable.
    pub action: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `ruleId`: `Edm.String`, nullable.
    pub rule_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AkamaiCustomRuleModel {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            name: rt::Field::Absent,
            rule_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AkamaiCustomRuleModel {
    const TYPE_NAME: &'static str = "microsoft.graph.akamaiCustomRuleModel";
    const KEYS: &'static [&'static str] = &["action", "name", "ruleId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"name\":                         ",
        ",\"ruleId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiCustomRuleModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "rule_id", &self.rule_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AkamaiCustomRuleModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.rule_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.name);
        w.field(2usize, &self.rule_id);
    }
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
rt::impl_object!(AkamaiCustomRuleModel);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AkamaiCustomRuleModel { with_action action : ::std::string::String; with_name name :
    ::std::string::String; with_rule_id rule_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AkamaiCustomRuleModel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.akamaiRapidRulesModel`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AkamaiRapidRulesModel {
    /// CSDL: property `defaultAction`: `Edm.String`, nullable.
    pub default_action: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AkamaiRapidRulesModel {
    #[inline]
    fn default() -> Self {
        Self {
            default_action: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AkamaiRapidRulesModel {
    const TYPE_NAME: &'static str = "microsoft.graph.akamaiRapidRulesModel";
    const KEYS: &'static [&'static str] = &["defaultAction", "isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultAction\":                ",
        ",\"isEnabled\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiRapidRulesModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_action", &self.default_action);
        v.field(1usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AkamaiRapidRulesModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_action.read_from(r),
            1usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_action);
        w.field(1usize, &self.is_enabled);
    }
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
rt::impl_object!(AkamaiRapidRulesModel);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AkamaiRapidRulesModel { with_default_action default_action : ::std::string::String;
    with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AkamaiRapidRulesModel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.akamaiVerifiedDetailsModel`, complex type, derived from `microsoft.graph.webApplicationFirewallVerifiedDetails`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AkamaiVerifiedDetailsModel {
    /// CSDL: property `dnsConfiguration`: `microsoft.graph.webApplicationFirewallDnsConfiguration`, nullable.
    pub dns_configuration: rt::Field<crate::v1::WebApplicationFirewallDnsConfiguration>,
    /// CSDL: property `activeAttackGroups`: `Collection(microsoft.graph.akamaiAttackGroupActionModel)`, not nullable.
    pub active_attack_groups: rt::Field<
        ::std::vec::Vec<crate::v1::AkamaiAttackGroupActionModel>,
    >,
    /// CSDL: property `activeCustomRules`: `Collection(microsoft.graph.akamaiCustomRuleModel)`, not nullable.
    pub active_custom_rules: rt::Field<
        ::std::vec::Vec<crate::v1::AkamaiCustomRuleModel>,
    >,
    /// CSDL: property `rapidRules`: `microsoft.graph.akamaiRapidRulesModel`, nullable.
    pub rapid_rules: rt::Field<crate::v1::AkamaiRapidRulesModel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AkamaiVerifiedDetailsModel {
    #[inline]
    fn default() -> Self {
        Self {
            dns_configuration: rt::Field::Absent,
            active_attack_groups: rt::Field::Absent,
            active_custom_rules: rt::Field::Absent,
            rapid_rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AkamaiVerifiedDetailsModel {
    const TYPE_NAME: &'static str = "microsoft.graph.akamaiVerifiedDetailsModel";
    const KEYS: &'static [&'static str] = &[
        "dnsConfiguration",
        "activeAttackGroups",
        "activeCustomRules",
        "rapidRules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dnsConfiguration\":             ",
        ",\"activeAttackGroups\":           ",
        ",\"activeCustomRules\":            ",
        ",\"rapidRules\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiVerifiedDetailsModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dns_configuration", &self.dns_configuration);
        v.field(1usize, "active_attack_groups", &self.active_attack_groups);
        v.field(2usize, "active_custom_rules", &self.active_custom_rules);
        v.field(3usize, "rapid_rules", &self.rapid_rules);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AkamaiVerifiedDetailsModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dns_configuration.read_from(r),
            1usize => self.active_attack_groups.read_from(r),
            2usize => self.active_custom_rules.read_from(r),
            3usize => self.rapid_rules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dns_configuration);
        w.field(1usize, &self.active_attack_groups);
        w.field(2usize, &self.active_custom_rules);
        w.field(3usize, &self.rapid_rules);
    }
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
rt::impl_object!(AkamaiVerifiedDetailsModel);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AkamaiVerifiedDetailsModel { with_dns_configuration dns_configuration : crate
    ::v1::WebApplicationFirewallDnsConfiguration; with_active_attack_groups
    active_attack_groups : ::std::vec::Vec < crate ::v1::AkamaiAttackGroupActionModel >;
    with_active_custom_rules active_custom_rules : ::std::vec::Vec < crate
    ::v1::AkamaiCustomRuleModel >; with_rapid_rules rapid_rules : crate
    ::v1::AkamaiRapidRulesModel; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AkamaiVerifiedDetailsModel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.akamaiWebApplicationFirewallProvider`, entity type, derived from `microsoft.graph.webApplicationFirewallProvider`, key `id`.
///
/// Request builders: [`WebApplicationFirewallProviderPath`](requests/trait.WebApplicationFirewallProviderPath.html), what a path to one (`EntityPath<AkamaiWebApplicationFirewallProvider, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AkamaiWebApplicationFirewallProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `accessToken`: `Edm.String`, nullable.
    pub access_token: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// CSDL: property `clientToken`: `Edm.String`, nullable.
    pub client_token: rt::Field<::std::string::String>,
    /// CSDL: property `hostPrefix`: `Edm.String`, nullable.
    pub host_prefix: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AkamaiWebApplicationFirewallProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            access_token: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            client_token: rt::Field::Absent,
            host_prefix: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for AkamaiWebApplicationFirewallProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.akamaiWebApplicationFirewallProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "accessToken",
        "clientSecret",
        "clientToken",
        "hostPrefix",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"accessToken\":                  ",
        ",\"clientSecret\":                 ",
        ",\"clientToken\":                  ",
        ",\"hostPrefix\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiWebApplicationFirewallProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "access_token", &self.access_token);
        v.field(3usize, "client_secret", &self.client_secret);
        v.field(4usize, "client_token", &self.client_token);
        v.field(5usize, "host_prefix", &self.host_prefix);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for AkamaiWebApplicationFirewallProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.access_token.read_from(r),
            3usize => self.client_secret.read_from(r),
            4usize => self.client_token.read_from(r),
            5usize => self.host_prefix.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.access_token);
        w.field(3usize, &self.client_secret);
        w.field(4usize, &self.client_token);
        w.field(5usize, &self.host_prefix);
    }
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
rt::impl_object!(AkamaiWebApplicationFirewallProvider);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    AkamaiWebApplicationFirewallProvider { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_access_token
    access_token : ::std::string::String; with_client_secret client_secret :
    ::std::string::String; with_client_token client_token : ::std::string::String;
    with_host_prefix host_prefix : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AkamaiWebApplicationFirewallProvider);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.album`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Album {
    /// CSDL: property `coverImageItemId`: `Edm.String`, nullable.
    pub cover_image_item_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Album {
    #[inline]
    fn default() -> Self {
        Self {
            cover_image_item_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(Album);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Album { with_cover_image_item_id cover_image_item_id : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Album);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.allAllowedScopes`, complex type, derived from `microsoft.graph.inheritableScopes`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AllAllowedScopes {
    /// CSDL: property `kind`: `microsoft.graph.scopeCollectionKind`, not nullable.
    pub kind: rt::Field<crate::v1::ScopeCollectionKind>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AllAllowedScopes {
    #[inline]
    fn default() -> Self {
        Self {
            kind: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AllAllowedScopes {
    const TYPE_NAME: &'static str = "microsoft.graph.allAllowedScopes";
    const KEYS: &'static [&'static str] = &["kind"];
    const KEYS_JSON: &'static [&'static str] = &[",\"kind\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.allAllowedScopes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "kind", &self.kind);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AllAllowedScopes {
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
rt::impl_object!(AllAllowedScopes);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AllAllowedScopes { with_kind kind : crate ::v1::ScopeCollectionKind; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllAllowedScopes);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.allDeviceRegistrationMembership`, complex type, derived from `microsoft.graph.deviceRegistrationMembership`.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AllDeviceRegistrationMembership {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for AllDeviceRegistrationMembership {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for AllDeviceRegistrationMembership {
    const TYPE_NAME: &'static str = "microsoft.graph.allDeviceRegistrationMembership";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.allDeviceRegistrationMembership\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for AllDeviceRegistrationMembership {
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(AllDeviceRegistrationMembership);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllDeviceRegistrationMembership);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.allowInvitesFrom`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AllowInvitesFrom);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllowInvitesFrom);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.allowedTargetScope`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AllowedTargetScope {
    /// `notSpecified` (value 0).
    NotSpecified,
    /// `specificDirectoryUsers` (value 1).
    SpecificDirectoryUsers,
    /// `specificConnectedOrganizationUsers` (value 2).
    SpecificConnectedOrganizationUsers,
    /// `specificDirectoryServicePrincipals` (value 3).
    SpecificDirectoryServicePrincipals,
    /// `allMemberUsers` (value 4).
    AllMemberUsers,
    /// `allDirectoryUsers` (value 5).
    AllDirectoryUsers,
    /// `allDirectoryServicePrincipals` (value 6).
    AllDirectoryServicePrincipals,
    /// `allConfiguredConnectedOrganizationUsers` (value 7).
    AllConfiguredConnectedOrganizationUsers,
    /// `allExternalUsers` (value 8).
    AllExternalUsers,
    /// `allDirectoryAgentIdentities` (value 9).
    AllDirectoryAgentIdentities,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AllowedTargetScope {
    const TYPE_NAME: &'static str = "microsoft.graph.allowedTargetScope";
    const MEMBERS: &'static [&'static str] = &[
        "notSpecified",
        "specificDirectoryUsers",
        "specificConnectedOrganizationUsers",
        "specificDirectoryServicePrincipals",
        "allMemberUsers",
        "allDirectoryUsers",
        "allDirectoryServicePrincipals",
        "allConfiguredConnectedOrganizationUsers",
        "allExternalUsers",
        "allDirectoryAgentIdentities",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notSpecified" => Self::NotSpecified,
                "specificDirectoryUsers" => Self::SpecificDirectoryUsers,
                "specificConnectedOrganizationUsers" => {
                    Self::SpecificConnectedOrganizationUsers
                }
                "specificDirectoryServicePrincipals" => {
                    Self::SpecificDirectoryServicePrincipals
                }
                "allMemberUsers" => Self::AllMemberUsers,
                "allDirectoryUsers" => Self::AllDirectoryUsers,
                "allDirectoryServicePrincipals" => Self::AllDirectoryServicePrincipals,
                "allConfiguredConnectedOrganizationUsers" => {
                    Self::AllConfiguredConnectedOrganizationUsers
                }
                "allExternalUsers" => Self::AllExternalUsers,
                "allDirectoryAgentIdentities" => Self::AllDirectoryAgentIdentities,
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
            Self::NotSpecified => "notSpecified",
            Self::SpecificDirectoryUsers => "specificDirectoryUsers",
            Self::SpecificConnectedOrganizationUsers => {
                "specificConnectedOrganizationUsers"
            }
            Self::SpecificDirectoryServicePrincipals => {
                "specificDirectoryServicePrincipals"
            }
            Self::AllMemberUsers => "allMemberUsers",
            Self::AllDirectoryUsers => "allDirectoryUsers",
            Self::AllDirectoryServicePrincipals => "allDirectoryServicePrincipals",
            Self::AllConfiguredConnectedOrganizationUsers => {
                "allConfiguredConnectedOrganizationUsers"
            }
            Self::AllExternalUsers => "allExternalUsers",
            Self::AllDirectoryAgentIdentities => "allDirectoryAgentIdentities",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AllowedTargetScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllowedTargetScope);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.allowedValue`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct AllowedValue {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for AllowedValue {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_active: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for AllowedValue {
    const TYPE_NAME: &'static str = "microsoft.graph.allowedValue";
    const KEYS: &'static [&'static str] = &["id", "isActive"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isActive\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.allowedValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_active", &self.is_active);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for AllowedValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_active.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_active);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(AllowedValue);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    AllowedValue { with_id id : ::std::string::String; with_is_active is_active : bool; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllowedValue);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.alterationResponse`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct AlterationResponse {
    /// CSDL: property `originalQueryString`: `Edm.String`, nullable.
    pub original_query_string: rt::Field<::std::string::String>,
    /// CSDL: property `queryAlteration`: `microsoft.graph.searchAlteration`, nullable.
    pub query_alteration: rt::Field<crate::v1::SearchAlteration>,
    /// CSDL: property `queryAlterationType`: `microsoft.graph.searchAlterationType`, nullable.
    pub query_alteration_type: rt::Field<crate::v1::SearchAlterationType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(AlterationResponse);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    AlterationResponse { with_original_query_string original_query_string :
    ::std::string::String; with_query_alteration query_alteration : crate
    ::v1::SearchAlteration; with_query_alteration_type query_alteration_type : crate
    ::v1::SearchAlterationType; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlterationResponse);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.alteredQueryToken`, complex type.
///
/// Features: `v1` or `v1-search`.
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
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(AlteredQueryToken);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    AlteredQueryToken { with_length length : i32; with_offset offset : i32;
    with_suggestion suggestion : ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlteredQueryToken);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.alternativeSecurityId`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(AlternativeSecurityId);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AlternativeSecurityId { with_identity_provider identity_provider :
    ::std::string::String; with_key key : rt::edm::Binary; with_type type_ : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlternativeSecurityId);
#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Android.
///
/// CSDL: `microsoft.graph.androidCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AndroidCompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidCompliancePolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action per rule for this compliance policy. This is a required property when creating any individual per-platform compliance policies.
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceUserStatus>>,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceComplianceUserOverview>,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::v1::DeviceThreatProtectionLevel,
    >,
    /// Minimum Android security patch level.
    ///
    /// CSDL: property `minAndroidSecurityPatchLevel`: `Edm.String`, nullable.
    pub min_android_security_patch_level: rt::Field<::std::string::String>,
    /// Maximum Android version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Android version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Require a password to unlock device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of characters in password
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::AndroidRequiredPasswordType>,
    /// Indicates the device should not be rooted. When TRUE, if the device is detected as rooted it will be reported non-compliant. When FALSE, the device is not reported as non-compliant regardless of device rooted state. Default is FALSE.
    ///
    /// CSDL: property `securityBlockJailbrokenDevices`: `Edm.Boolean`, not nullable.
    pub security_block_jailbroken_devices: rt::Field<bool>,
    /// Disable USB debugging on Android devices.
    ///
    /// CSDL: property `securityDisableUsbDebugging`: `Edm.Boolean`, not nullable.
    pub security_disable_usb_debugging: rt::Field<bool>,
    /// Require that devices disallow installation of apps from unknown sources.
    ///
    /// CSDL: property `securityPreventInstallAppsFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub security_prevent_install_apps_from_unknown_sources: rt::Field<bool>,
    /// Require the device to pass the Company Portal client app runtime integrity check.
    ///
    /// CSDL: property `securityRequireCompanyPortalAppIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_company_portal_app_integrity: rt::Field<bool>,
    /// Require Google Play Services to be installed and enabled on the device.
    ///
    /// CSDL: property `securityRequireGooglePlayServices`: `Edm.Boolean`, not nullable.
    pub security_require_google_play_services: rt::Field<bool>,
    /// Require the device to pass the SafetyNet basic integrity check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationBasicIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_basic_integrity: rt::Field<bool>,
    /// Require the device to pass the SafetyNet certified device check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationCertifiedDevice`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_certified_device: rt::Field<bool>,
    /// Require the device to have up to date security providers. The device will require Google Play Services to be enabled and up to date.
    ///
    /// CSDL: property `securityRequireUpToDateSecurityProviders`: `Edm.Boolean`, not nullable.
    pub security_require_up_to_date_security_providers: rt::Field<bool>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Require encryption on Android devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            min_android_security_patch_level: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            security_block_jailbroken_devices: rt::Field::Absent,
            security_disable_usb_debugging: rt::Field::Absent,
            security_prevent_install_apps_from_unknown_sources: rt::Field::Absent,
            security_require_company_portal_app_integrity: rt::Field::Absent,
            security_require_google_play_services: rt::Field::Absent,
            security_require_safety_net_attestation_basic_integrity: rt::Field::Absent,
            security_require_safety_net_attestation_certified_device: rt::Field::Absent,
            security_require_up_to_date_security_providers: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "minAndroidSecurityPatchLevel",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "securityBlockJailbrokenDevices",
        "securityDisableUsbDebugging",
        "securityPreventInstallAppsFromUnknownSources",
        "securityRequireCompanyPortalAppIntegrity",
        "securityRequireGooglePlayServices",
        "securityRequireSafetyNetAttestationBasicIntegrity",
        "securityRequireSafetyNetAttestationCertifiedDevice",
        "securityRequireUpToDateSecurityProviders",
        "securityRequireVerifyApps",
        "storageRequireEncryption",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"minAndroidSecurityPatchLevel\": ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"securityBlockJailbrokenDevices\":",
        ",\"securityDisableUsbDebugging\":  ",
        ",\"securityPreventInstallAppsFromUnknownSources\":",
        ",\"securityRequireCompanyPortalAppIntegrity\":",
        ",\"securityRequireGooglePlayServices\":",
        ",\"securityRequireSafetyNetAttestationBasicIntegrity\":",
        ",\"securityRequireSafetyNetAttestationCertifiedDevice\":",
        ",\"securityRequireUpToDateSecurityProviders\":",
        ",\"securityRequireVerifyApps\":    ",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_overview", &self.user_status_overview);
        v.field(
            13usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            14usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            15usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        v.field(16usize, "os_maximum_version", &self.os_maximum_version);
        v.field(17usize, "os_minimum_version", &self.os_minimum_version);
        v.field(18usize, "password_expiration_days", &self.password_expiration_days);
        v.field(19usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            20usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            21usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(22usize, "password_required", &self.password_required);
        v.field(23usize, "password_required_type", &self.password_required_type);
        v.field(
            24usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
        v.field(
            25usize,
            "security_disable_usb_debugging",
            &self.security_disable_usb_debugging,
        );
        v.field(
            26usize,
            "security_prevent_install_apps_from_unknown_sources",
            &self.security_prevent_install_apps_from_unknown_sources,
        );
        v.field(
            27usize,
            "security_require_company_portal_app_integrity",
            &self.security_require_company_portal_app_integrity,
        );
        v.field(
            28usize,
            "security_require_google_play_services",
            &self.security_require_google_play_services,
        );
        v.field(
            29usize,
            "security_require_safety_net_attestation_basic_integrity",
            &self.security_require_safety_net_attestation_basic_integrity,
        );
        v.field(
            30usize,
            "security_require_safety_net_attestation_certified_device",
            &self.security_require_safety_net_attestation_certified_device,
        );
        v.field(
            31usize,
            "security_require_up_to_date_security_providers",
            &self.security_require_up_to_date_security_providers,
        );
        v.field(
            32usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(33usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AndroidCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.scheduled_actions_for_rule.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_overview.read_from(r),
            13usize => self.device_threat_protection_enabled.read_from(r),
            14usize => self.device_threat_protection_required_security_level.read_from(r),
            15usize => self.min_android_security_patch_level.read_from(r),
            16usize => self.os_maximum_version.read_from(r),
            17usize => self.os_minimum_version.read_from(r),
            18usize => self.password_expiration_days.read_from(r),
            19usize => self.password_minimum_length.read_from(r),
            20usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            21usize => self.password_previous_password_block_count.read_from(r),
            22usize => self.password_required.read_from(r),
            23usize => self.password_required_type.read_from(r),
            24usize => self.security_block_jailbroken_devices.read_from(r),
            25usize => self.security_disable_usb_debugging.read_from(r),
            26usize => {
                self.security_prevent_install_apps_from_unknown_sources.read_from(r)
            }
            27usize => self.security_require_company_portal_app_integrity.read_from(r),
            28usize => self.security_require_google_play_services.read_from(r),
            29usize => {
                self.security_require_safety_net_attestation_basic_integrity.read_from(r)
            }
            30usize => {
                self.security_require_safety_net_attestation_certified_device
                    .read_from(r)
            }
            31usize => self.security_require_up_to_date_security_providers.read_from(r),
            32usize => self.security_require_verify_apps.read_from(r),
            33usize => self.storage_require_encryption.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.scheduled_actions_for_rule);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_overview);
        w.field(13usize, &self.device_threat_protection_enabled);
        w.field(14usize, &self.device_threat_protection_required_security_level);
        w.field(15usize, &self.min_android_security_patch_level);
        w.field(16usize, &self.os_maximum_version);
        w.field(17usize, &self.os_minimum_version);
        w.field(18usize, &self.password_expiration_days);
        w.field(19usize, &self.password_minimum_length);
        w.field(20usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(21usize, &self.password_previous_password_block_count);
        w.field(22usize, &self.password_required);
        w.field(23usize, &self.password_required_type);
        w.field(24usize, &self.security_block_jailbroken_devices);
        w.field(25usize, &self.security_disable_usb_debugging);
        w.field(26usize, &self.security_prevent_install_apps_from_unknown_sources);
        w.field(27usize, &self.security_require_company_portal_app_integrity);
        w.field(28usize, &self.security_require_google_play_services);
        w.field(29usize, &self.security_require_safety_net_attestation_basic_integrity);
        w.field(30usize, &self.security_require_safety_net_attestation_certified_device);
        w.field(31usize, &self.security_require_up_to_date_security_providers);
        w.field(32usize, &self.security_require_verify_apps);
        w.field(33usize, &self.storage_require_encryption);
    }
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
rt::impl_object!(AndroidCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceCompliancePolicyAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::v1::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceUserStatus >; with_user_status_overview
    user_status_overview : crate ::v1::DeviceComplianceUserOverview;
    with_device_threat_protection_enabled device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::v1::DeviceThreatProtectionLevel; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::AndroidRequiredPasswordType;
    with_security_block_jailbroken_devices security_block_jailbroken_devices : bool;
    with_security_disable_usb_debugging security_disable_usb_debugging : bool;
    with_security_prevent_install_apps_from_unknown_sources
    security_prevent_install_apps_from_unknown_sources : bool;
    with_security_require_company_portal_app_integrity
    security_require_company_portal_app_integrity : bool;
    with_security_require_google_play_services security_require_google_play_services :
    bool; with_security_require_safety_net_attestation_basic_integrity
    security_require_safety_net_attestation_basic_integrity : bool;
    with_security_require_safety_net_attestation_certified_device
    security_require_safety_net_attestation_certified_device : bool;
    with_security_require_up_to_date_security_providers
    security_require_up_to_date_security_providers : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the androidCustomConfiguration resource.
///
/// CSDL: `microsoft.graph.androidCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidCustomConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidCustomConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// OMA settings. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `omaSettings`: `Collection(microsoft.graph.omaSetting)`, nullable.
    pub oma_settings: rt::Field<::std::vec::Vec<crate::v1::AnyOmaSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidCustomConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            oma_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidCustomConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "omaSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"omaSettings\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCustomConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "oma_settings", &self.oma_settings);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AndroidCustomConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.oma_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.oma_settings);
    }
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
rt::impl_object!(AndroidCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidCustomConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_oma_settings oma_settings :
    ::std::vec::Vec < crate ::v1::AnyOmaSetting >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the androidGeneralDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.androidGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidGeneralDeviceConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// Indicates whether or not to block clipboard sharing to copy and paste between applications.
    ///
    /// CSDL: property `appsBlockClipboardSharing`: `Edm.Boolean`, not nullable.
    pub apps_block_clipboard_sharing: rt::Field<bool>,
    /// Indicates whether or not to block copy and paste within applications.
    ///
    /// CSDL: property `appsBlockCopyPaste`: `Edm.Boolean`, not nullable.
    pub apps_block_copy_paste: rt::Field<bool>,
    /// Indicates whether or not to block the YouTube app.
    ///
    /// CSDL: property `appsBlockYouTube`: `Edm.Boolean`, not nullable.
    pub apps_block_you_tube: rt::Field<bool>,
    /// List of apps to be hidden on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsHideList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_hide_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// List of apps which can be installed on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsInstallAllowList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_install_allow_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// List of apps which are blocked from being launched on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsLaunchBlockList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_launch_block_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to block Bluetooth.
    ///
    /// CSDL: property `bluetoothBlocked`: `Edm.Boolean`, not nullable.
    pub bluetooth_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the use of the camera.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block data roaming.
    ///
    /// CSDL: property `cellularBlockDataRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_roaming: rt::Field<bool>,
    /// Indicates whether or not to block SMS/MMS messaging.
    ///
    /// CSDL: property `cellularBlockMessaging`: `Edm.Boolean`, not nullable.
    pub cellular_block_messaging: rt::Field<bool>,
    /// Indicates whether or not to block voice roaming.
    ///
    /// CSDL: property `cellularBlockVoiceRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_voice_roaming: rt::Field<bool>,
    /// Indicates whether or not to block syncing Wi-Fi tethering.
    ///
    /// CSDL: property `cellularBlockWiFiTethering`: `Edm.Boolean`, not nullable.
    pub cellular_block_wi_fi_tethering: rt::Field<bool>,
    /// Type of list that is in the CompliantAppsList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::v1::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to allow device sharing mode.
    ///
    /// CSDL: property `deviceSharingAllowed`: `Edm.Boolean`, not nullable.
    pub device_sharing_allowed: rt::Field<bool>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticDataBlockSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission: rt::Field<bool>,
    /// Indicates whether or not to block user performing a factory reset.
    ///
    /// CSDL: property `factoryResetBlocked`: `Edm.Boolean`, not nullable.
    pub factory_reset_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Google account auto sync.
    ///
    /// CSDL: property `googleAccountBlockAutoSync`: `Edm.Boolean`, not nullable.
    pub google_account_block_auto_sync: rt::Field<bool>,
    /// Indicates whether or not to block the Google Play store.
    ///
    /// CSDL: property `googlePlayStoreBlocked`: `Edm.Boolean`, not nullable.
    pub google_play_store_blocked: rt::Field<bool>,
    /// A list of apps that will be allowed to run when the device is in Kiosk Mode. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `kioskModeApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub kiosk_mode_apps: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to block the screen sleep button while in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeBlockSleepButton`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_sleep_button: rt::Field<bool>,
    /// Indicates whether or not to block the volume buttons while in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeBlockVolumeButtons`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_volume_buttons: rt::Field<bool>,
    /// Indicates whether or not to block location services.
    ///
    /// CSDL: property `locationServicesBlocked`: `Edm.Boolean`, not nullable.
    pub location_services_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Near-Field Communication.
    ///
    /// CSDL: property `nfcBlocked`: `Edm.Boolean`, not nullable.
    pub nfc_blocked: rt::Field<bool>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passwordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents.
    ///
    /// CSDL: property `passwordBlockTrustAgents`: `Edm.Boolean`, not nullable.
    pub password_block_trust_agents: rt::Field<bool>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum length of passwords. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Indicates whether or not to require a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of password that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::AndroidRequiredPasswordType>,
    /// Number of sign in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates whether or not to block powering off the device.
    ///
    /// CSDL: property `powerOffBlocked`: `Edm.Boolean`, not nullable.
    pub power_off_blocked: rt::Field<bool>,
    /// Indicates whether or not to block screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Indicates whether or not to block Google Backup.
    ///
    /// CSDL: property `storageBlockGoogleBackup`: `Edm.Boolean`, not nullable.
    pub storage_block_google_backup: rt::Field<bool>,
    /// Indicates whether or not to block removable storage usage.
    ///
    /// CSDL: property `storageBlockRemovableStorage`: `Edm.Boolean`, not nullable.
    pub storage_block_removable_storage: rt::Field<bool>,
    /// Indicates whether or not to require device encryption.
    ///
    /// CSDL: property `storageRequireDeviceEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_device_encryption: rt::Field<bool>,
    /// Indicates whether or not to require removable storage encryption.
    ///
    /// CSDL: property `storageRequireRemovableStorageEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_removable_storage_encryption: rt::Field<bool>,
    /// Indicates whether or not to block the use of the Voice Assistant.
    ///
    /// CSDL: property `voiceAssistantBlocked`: `Edm.Boolean`, not nullable.
    pub voice_assistant_blocked: rt::Field<bool>,
    /// Indicates whether or not to block voice dialing.
    ///
    /// CSDL: property `voiceDialingBlocked`: `Edm.Boolean`, not nullable.
    pub voice_dialing_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the web browser's auto fill feature.
    ///
    /// CSDL: property `webBrowserBlockAutofill`: `Edm.Boolean`, not nullable.
    pub web_browser_block_autofill: rt::Field<bool>,
    /// Indicates whether or not to block the web browser.
    ///
    /// CSDL: property `webBrowserBlocked`: `Edm.Boolean`, not nullable.
    pub web_browser_blocked: rt::Field<bool>,
    /// Indicates whether or not to block JavaScript within the web browser.
    ///
    /// CSDL: property `webBrowserBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub web_browser_block_java_script: rt::Field<bool>,
    /// Indicates whether or not to block popups within the web browser.
    ///
    /// CSDL: property `webBrowserBlockPopups`: `Edm.Boolean`, not nullable.
    pub web_browser_block_popups: rt::Field<bool>,
    /// Cookie settings within the web browser.
    ///
    /// CSDL: property `webBrowserCookieSettings`: `microsoft.graph.webBrowserCookieSettings`, not nullable.
    pub web_browser_cookie_settings: rt::Field<crate::v1::WebBrowserCookieSettings>,
    /// Indicates whether or not to block syncing Wi-Fi.
    ///
    /// CSDL: property `wiFiBlocked`: `Edm.Boolean`, not nullable.
    pub wi_fi_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidGeneralDeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            apps_block_clipboard_sharing: rt::Field::Absent,
            apps_block_copy_paste: rt::Field::Absent,
            apps_block_you_tube: rt::Field::Absent,
            apps_hide_list: rt::Field::Absent,
            apps_install_allow_list: rt::Field::Absent,
            apps_launch_block_list: rt::Field::Absent,
            bluetooth_blocked: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_data_roaming: rt::Field::Absent,
            cellular_block_messaging: rt::Field::Absent,
            cellular_block_voice_roaming: rt::Field::Absent,
            cellular_block_wi_fi_tethering: rt::Field::Absent,
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            device_sharing_allowed: rt::Field::Absent,
            diagnostic_data_block_submission: rt::Field::Absent,
            factory_reset_blocked: rt::Field::Absent,
            google_account_block_auto_sync: rt::Field::Absent,
            google_play_store_blocked: rt::Field::Absent,
            kiosk_mode_apps: rt::Field::Absent,
            kiosk_mode_block_sleep_button: rt::Field::Absent,
            kiosk_mode_block_volume_buttons: rt::Field::Absent,
            location_services_blocked: rt::Field::Absent,
            nfc_blocked: rt::Field::Absent,
            password_block_fingerprint_unlock: rt::Field::Absent,
            password_block_trust_agents: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            power_off_blocked: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            storage_block_google_backup: rt::Field::Absent,
            storage_block_removable_storage: rt::Field::Absent,
            storage_require_device_encryption: rt::Field::Absent,
            storage_require_removable_storage_encryption: rt::Field::Absent,
            voice_assistant_blocked: rt::Field::Absent,
            voice_dialing_blocked: rt::Field::Absent,
            web_browser_block_autofill: rt::Field::Absent,
            web_browser_blocked: rt::Field::Absent,
            web_browser_block_java_script: rt::Field::Absent,
            web_browser_block_popups: rt::Field::Absent,
            web_browser_cookie_settings: rt::Field::Absent,
            wi_fi_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidGeneralDeviceConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "appsBlockClipboardSharing",
        "appsBlockCopyPaste",
        "appsBlockYouTube",
        "appsHideList",
        "appsInstallAllowList",
        "appsLaunchBlockList",
        "bluetoothBlocked",
        "cameraBlocked",
        "cellularBlockDataRoaming",
        "cellularBlockMessaging",
        "cellularBlockVoiceRoaming",
        "cellularBlockWiFiTethering",
        "compliantAppListType",
        "compliantAppsList",
        "deviceSharingAllowed",
        "diagnosticDataBlockSubmission",
        "factoryResetBlocked",
        "googleAccountBlockAutoSync",
        "googlePlayStoreBlocked",
        "kioskModeApps",
        "kioskModeBlockSleepButton",
        "kioskModeBlockVolumeButtons",
        "locationServicesBlocked",
        "nfcBlocked",
        "passwordBlockFingerprintUnlock",
        "passwordBlockTrustAgents",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "powerOffBlocked",
        "screenCaptureBlocked",
        "securityRequireVerifyApps",
        "storageBlockGoogleBackup",
        "storageBlockRemovableStorage",
        "storageRequireDeviceEncryption",
        "storageRequireRemovableStorageEncryption",
        "voiceAssistantBlocked",
        "voiceDialingBlocked",
        "webBrowserBlockAutofill",
        "webBrowserBlocked",
        "webBrowserBlockJavaScript",
        "webBrowserBlockPopups",
        "webBrowserCookieSettings",
        "wiFiBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"appsBlockClipboardSharing\":    ",
        ",\"appsBlockCopyPaste\":           ",
        ",\"appsBlockYouTube\":             ",
        ",\"appsHideList\":                 ",
        ",\"appsInstallAllowList\":         ",
        ",\"appsLaunchBlockList\":          ",
        ",\"bluetoothBlocked\":             ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockDataRoaming\":     ",
        ",\"cellularBlockMessaging\":       ",
        ",\"cellularBlockVoiceRoaming\":    ",
        ",\"cellularBlockWiFiTethering\":   ",
        ",\"compliantAppListType\":         ",
        ",\"compliantAppsList\":            ",
        ",\"deviceSharingAllowed\":         ",
        ",\"diagnosticDataBlockSubmission\":",
        ",\"factoryResetBlocked\":          ",
        ",\"googleAccountBlockAutoSync\":   ",
        ",\"googlePlayStoreBlocked\":       ",
        ",\"kioskModeApps\":                ",
        ",\"kioskModeBlockSleepButton\":    ",
        ",\"kioskModeBlockVolumeButtons\":  ",
        ",\"locationServicesBlocked\":      ",
        ",\"nfcBlocked\":                   ",
        ",\"passwordBlockFingerprintUnlock\":",
        ",\"passwordBlockTrustAgents\":     ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"powerOffBlocked\":              ",
        ",\"screenCaptureBlocked\":         ",
        ",\"securityRequireVerifyApps\":    ",
        ",\"storageBlockGoogleBackup\":     ",
        ",\"storageBlockRemovableStorage\": ",
        ",\"storageRequireDeviceEncryption\":",
        ",\"storageRequireRemovableStorageEncryption\":",
        ",\"voiceAssistantBlocked\":        ",
        ",\"voiceDialingBlocked\":          ",
        ",\"webBrowserBlockAutofill\":      ",
        ",\"webBrowserBlocked\":            ",
        ",\"webBrowserBlockJavaScript\":    ",
        ",\"webBrowserBlockPopups\":        ",
        ",\"webBrowserCookieSettings\":     ",
        ",\"wiFiBlocked\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidGeneralDeviceConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(
            12usize,
            "apps_block_clipboard_sharing",
            &self.apps_block_clipboard_sharing,
        );
        v.field(13usize, "apps_block_copy_paste", &self.apps_block_copy_paste);
        v.field(14usize, "apps_block_you_tube", &self.apps_block_you_tube);
        v.field(15usize, "apps_hide_list", &self.apps_hide_list);
        v.field(16usize, "apps_install_allow_list", &self.apps_install_allow_list);
        v.field(17usize, "apps_launch_block_list", &self.apps_launch_block_list);
        v.field(18usize, "bluetooth_blocked", &self.bluetooth_blocked);
        v.field(19usize, "camera_blocked", &self.camera_blocked);
        v.field(
            20usize,
            "cellular_block_data_roaming",
            &self.cellular_block_data_roaming,
        );
        v.field(21usize, "cellular_block_messaging", &self.cellular_block_messaging);
        v.field(
            22usize,
            "cellular_block_voice_roaming",
            &self.cellular_block_voice_roaming,
        );
        v.field(
            23usize,
            "cellular_block_wi_fi_tethering",
            &self.cellular_block_wi_fi_tethering,
        );
        v.field(24usize, "compliant_app_list_type", &self.compliant_app_list_type);
        v.field(25usize, "compliant_apps_list", &self.compliant_apps_list);
        v.field(26usize, "device_sharing_allowed", &self.device_sharing_allowed);
        v.field(
            27usize,
            "diagnostic_data_block_submission",
            &self.diagnostic_data_block_submission,
        );
        v.field(28usize, "factory_reset_blocked", &self.factory_reset_blocked);
        v.field(
            29usize,
            "google_account_block_auto_sync",
            &self.google_account_block_auto_sync,
        );
        v.field(30usize, "google_play_store_blocked", &self.google_play_store_blocked);
        v.field(31usize, "kiosk_mode_apps", &self.kiosk_mode_apps);
        v.field(
            32usize,
            "kiosk_mode_block_sleep_button",
            &self.kiosk_mode_block_sleep_button,
        );
        v.field(
            33usize,
            "kiosk_mode_block_volume_buttons",
            &self.kiosk_mode_block_volume_buttons,
        );
        v.field(34usize, "location_services_blocked", &self.location_services_blocked);
        v.field(35usize, "nfc_blocked", &self.nfc_blocked);
        v.field(
            36usize,
            "password_block_fingerprint_unlock",
            &self.password_block_fingerprint_unlock,
        );
        v.field(
            37usize,
            "password_block_trust_agents",
            &self.password_block_trust_agents,
        );
        v.field(38usize, "password_expiration_days", &self.password_expiration_days);
        v.field(39usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            40usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            41usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(42usize, "password_required", &self.password_required);
        v.field(43usize, "password_required_type", &self.password_required_type);
        v.field(
            44usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(45usize, "power_off_blocked", &self.power_off_blocked);
        v.field(46usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            47usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(
            48usize,
            "storage_block_google_backup",
            &self.storage_block_google_backup,
        );
        v.field(
            49usize,
            "storage_block_removable_storage",
            &self.storage_block_removable_storage,
        );
        v.field(
            50usize,
            "storage_require_device_encryption",
            &self.storage_require_device_encryption,
        );
        v.field(
            51usize,
            "storage_require_removable_storage_encryption",
            &self.storage_require_removable_storage_encryption,
        );
        v.field(52usize, "voice_assistant_blocked", &self.voice_assistant_blocked);
        v.field(53usize, "voice_dialing_blocked", &self.voice_dialing_blocked);
        v.field(54usize, "web_browser_block_autofill", &self.web_browser_block_autofill);
        v.field(55usize, "web_browser_blocked", &self.web_browser_blocked);
        v.field(
            56usize,
            "web_browser_block_java_script",
            &self.web_browser_block_java_script,
        );
        v.field(57usize, "web_browser_block_popups", &self.web_browser_block_popups);
        v.field(
            58usize,
            "web_browser_cookie_settings",
            &self.web_browser_cookie_settings,
        );
        v.field(59usize, "wi_fi_blocked", &self.wi_fi_blocked);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AndroidGeneralDeviceConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.apps_block_clipboard_sharing.read_from(r),
            13usize => self.apps_block_copy_paste.read_from(r),
            14usize => self.apps_block_you_tube.read_from(r),
            15usize => self.apps_hide_list.read_from(r),
            16usize => self.apps_install_allow_list.read_from(r),
            17usize => self.apps_launch_block_list.read_from(r),
            18usize => self.bluetooth_blocked.read_from(r),
            19usize => self.camera_blocked.read_from(r),
            20usize => self.cellular_block_data_roaming.read_from(r),
            21usize => self.cellular_block_messaging.read_from(r),
            22usize => self.cellular_block_voice_roaming.read_from(r),
            23usize => self.cellular_block_wi_fi_tethering.read_from(r),
            24usize => self.compliant_app_list_type.read_from(r),
            25usize => self.compliant_apps_list.read_from(r),
            26usize => self.device_sharing_allowed.read_from(r),
            27usize => self.diagnostic_data_block_submission.read_from(r),
            28usize => self.factory_reset_blocked.read_from(r),
            29usize => self.google_account_block_auto_sync.read_from(r),
            30usize => self.google_play_store_blocked.read_from(r),
            31usize => self.kiosk_mode_apps.read_from(r),
            32usize => self.kiosk_mode_block_sleep_button.read_from(r),
            33usize => self.kiosk_mode_block_volume_buttons.read_from(r),
            34usize => self.location_services_blocked.read_from(r),
            35usize => self.nfc_blocked.read_from(r),
            36usize => self.password_block_fingerprint_unlock.read_from(r),
            37usize => self.password_block_trust_agents.read_from(r),
            38usize => self.password_expiration_days.read_from(r),
            39usize => self.password_minimum_length.read_from(r),
            40usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            41usize => self.password_previous_password_block_count.read_from(r),
            42usize => self.password_required.read_from(r),
            43usize => self.password_required_type.read_from(r),
            44usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            45usize => self.power_off_blocked.read_from(r),
            46usize => self.screen_capture_blocked.read_from(r),
            47usize => self.security_require_verify_apps.read_from(r),
            48usize => self.storage_block_google_backup.read_from(r),
            49usize => self.storage_block_removable_storage.read_from(r),
            50usize => self.storage_require_device_encryption.read_from(r),
            51usize => self.storage_require_removable_storage_encryption.read_from(r),
            52usize => self.voice_assistant_blocked.read_from(r),
            53usize => self.voice_dialing_blocked.read_from(r),
            54usize => self.web_browser_block_autofill.read_from(r),
            55usize => self.web_browser_blocked.read_from(r),
            56usize => self.web_browser_block_java_script.read_from(r),
            57usize => self.web_browser_block_popups.read_from(r),
            58usize => self.web_browser_cookie_settings.read_from(r),
            59usize => self.wi_fi_blocked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.apps_block_clipboard_sharing);
        w.field(13usize, &self.apps_block_copy_paste);
        w.field(14usize, &self.apps_block_you_tube);
        w.field(15usize, &self.apps_hide_list);
        w.field(16usize, &self.apps_install_allow_list);
        w.field(17usize, &self.apps_launch_block_list);
        w.field(18usize, &self.bluetooth_blocked);
        w.field(19usize, &self.camera_blocked);
        w.field(20usize, &self.cellular_block_data_roaming);
        w.field(21usize, &self.cellular_block_messaging);
        w.field(22usize, &self.cellular_block_voice_roaming);
        w.field(23usize, &self.cellular_block_wi_fi_tethering);
        w.field(24usize, &self.compliant_app_list_type);
        w.field(25usize, &self.compliant_apps_list);
        w.field(26usize, &self.device_sharing_allowed);
        w.field(27usize, &self.diagnostic_data_block_submission);
        w.field(28usize, &self.factory_reset_blocked);
        w.field(29usize, &self.google_account_block_auto_sync);
        w.field(30usize, &self.google_play_store_blocked);
        w.field(31usize, &self.kiosk_mode_apps);
        w.field(32usize, &self.kiosk_mode_block_sleep_button);
        w.field(33usize, &self.kiosk_mode_block_volume_buttons);
        w.field(34usize, &self.location_services_blocked);
        w.field(35usize, &self.nfc_blocked);
        w.field(36usize, &self.password_block_fingerprint_unlock);
        w.field(37usize, &self.password_block_trust_agents);
        w.field(38usize, &self.password_expiration_days);
        w.field(39usize, &self.password_minimum_length);
        w.field(40usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(41usize, &self.password_previous_password_block_count);
        w.field(42usize, &self.password_required);
        w.field(43usize, &self.password_required_type);
        w.field(44usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(45usize, &self.power_off_blocked);
        w.field(46usize, &self.screen_capture_blocked);
        w.field(47usize, &self.security_require_verify_apps);
        w.field(48usize, &self.storage_block_google_backup);
        w.field(49usize, &self.storage_block_removable_storage);
        w.field(50usize, &self.storage_require_device_encryption);
        w.field(51usize, &self.storage_require_removable_storage_encryption);
        w.field(52usize, &self.voice_assistant_blocked);
        w.field(53usize, &self.voice_dialing_blocked);
        w.field(54usize, &self.web_browser_block_autofill);
        w.field(55usize, &self.web_browser_blocked);
        w.field(56usize, &self.web_browser_block_java_script);
        w.field(57usize, &self.web_browser_block_popups);
        w.field(58usize, &self.web_browser_cookie_settings);
        w.field(59usize, &self.wi_fi_blocked);
    }
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
rt::impl_object!(AndroidGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidGeneralDeviceConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_apps_block_clipboard_sharing
    apps_block_clipboard_sharing : bool; with_apps_block_copy_paste apps_block_copy_paste
    : bool; with_apps_block_you_tube apps_block_you_tube : bool; with_apps_hide_list
    apps_hide_list : ::std::vec::Vec < crate ::v1::AppListItem >;
    with_apps_install_allow_list apps_install_allow_list : ::std::vec::Vec < crate
    ::v1::AppListItem >; with_apps_launch_block_list apps_launch_block_list :
    ::std::vec::Vec < crate ::v1::AppListItem >; with_bluetooth_blocked bluetooth_blocked
    : bool; with_camera_blocked camera_blocked : bool; with_cellular_block_data_roaming
    cellular_block_data_roaming : bool; with_cellular_block_messaging
    cellular_block_messaging : bool; with_cellular_block_voice_roaming
    cellular_block_voice_roaming : bool; with_cellular_block_wi_fi_tethering
    cellular_block_wi_fi_tethering : bool; with_compliant_app_list_type
    compliant_app_list_type : crate ::v1::AppListType; with_compliant_apps_list
    compliant_apps_list : ::std::vec::Vec < crate ::v1::AppListItem >;
    with_device_sharing_allowed device_sharing_allowed : bool;
    with_diagnostic_data_block_submission diagnostic_data_block_submission : bool;
    with_factory_reset_blocked factory_reset_blocked : bool;
    with_google_account_block_auto_sync google_account_block_auto_sync : bool;
    with_google_play_store_blocked google_play_store_blocked : bool; with_kiosk_mode_apps
    kiosk_mode_apps : ::std::vec::Vec < crate ::v1::AppListItem >;
    with_kiosk_mode_block_sleep_button kiosk_mode_block_sleep_button : bool;
    with_kiosk_mode_block_volume_buttons kiosk_mode_block_volume_buttons : bool;
    with_location_services_blocked location_services_blocked : bool; with_nfc_blocked
    nfc_blocked : bool; with_password_block_fingerprint_unlock
    password_block_fingerprint_unlock : bool; with_password_block_trust_agents
    password_block_trust_agents : bool; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::AndroidRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32; with_power_off_blocked
    power_off_blocked : bool; with_screen_capture_blocked screen_capture_blocked : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_storage_block_google_backup storage_block_google_backup : bool;
    with_storage_block_removable_storage storage_block_removable_storage : bool;
    with_storage_require_device_encryption storage_require_device_encryption : bool;
    with_storage_require_removable_storage_encryption
    storage_require_removable_storage_encryption : bool; with_voice_assistant_blocked
    voice_assistant_blocked : bool; with_voice_dialing_blocked voice_dialing_blocked :
    bool; with_web_browser_block_autofill web_browser_block_autofill : bool;
    with_web_browser_blocked web_browser_blocked : bool;
    with_web_browser_block_java_script web_browser_block_java_script : bool;
    with_web_browser_block_popups web_browser_block_popups : bool;
    with_web_browser_cookie_settings web_browser_cookie_settings : crate
    ::v1::WebBrowserCookieSettings; with_wi_fi_blocked wi_fi_blocked : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Android Line Of Business apps.
///
/// CSDL: `microsoft.graph.androidLobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`AndroidLobAppPath`](requests/trait.AndroidLobAppPath.html), what a path to one (`EntityPath<AndroidLobApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidLobApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main LOB application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files. This property is read-only.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app. This property is read-only.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::AndroidMinimumOperatingSystem,
    >,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// The version code of Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionCode`: `Edm.String`, nullable.
    pub version_code: rt::Field<::std::string::String>,
    /// The version name of Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionName`: `Edm.String`, nullable.
    pub version_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AndroidLobApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            version_code: rt::Field::Absent,
            version_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for AndroidLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidLobApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "minimumSupportedOperatingSystem",
        "packageId",
        "versionCode",
        "versionName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":                    ",
        ",\"versionCode\":                  ",
        ",\"versionName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidLobApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "committed_content_version", &self.committed_content_version);
        v.field(17usize, "file_name", &self.file_name);
        v.field(18usize, "size", &self.size);
        v.field(19usize, "content_versions", &self.content_versions);
        v.field(
            20usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(21usize, "package_id", &self.package_id);
        v.field(22usize, "version_code", &self.version_code);
        v.field(23usize, "version_name", &self.version_name);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for AndroidLobApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.committed_content_version.read_from(r),
            17usize => self.file_name.read_from(r),
            18usize => self.size.read_from(r),
            19usize => self.content_versions.read_from(r),
            20usize => self.minimum_supported_operating_system.read_from(r),
            21usize => self.package_id.read_from(r),
            22usize => self.version_code.read_from(r),
            23usize => self.version_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.committed_content_version);
        w.field(17usize, &self.file_name);
        w.field(18usize, &self.size);
        w.field(19usize, &self.content_versions);
        w.field(20usize, &self.minimum_supported_operating_system);
        w.field(21usize, &self.package_id);
        w.field(22usize, &self.version_code);
        w.field(23usize, &self.version_name);
    }
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
rt::impl_object!(AndroidLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AndroidLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_committed_content_version
    committed_content_version : ::std::string::String; with_file_name file_name :
    ::std::string::String; with_size size : i64; with_content_versions content_versions :
    ::std::vec::Vec < crate ::v1::MobileAppContent >;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::AndroidMinimumOperatingSystem; with_package_id package_id :
    ::std::string::String; with_version_code version_code : ::std::string::String;
    with_version_name version_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidLobApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy used to configure detailed management settings targeted to specific security groups and for a specified set of apps on an Android device
///
/// CSDL: `microsoft.graph.androidManagedAppProtection`, entity type, derived from `microsoft.graph.targetedManagedAppProtection`, key `id`.
///
/// Request builders: [`AndroidManagedAppProtectionPath`](requests/trait.AndroidManagedAppProtectionPath.html), what a path to one (`EntityPath<AndroidManagedAppProtection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AndroidManagedAppProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::v1::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// Indicates whether contacts can be synced to the user's device.
    ///
    /// CSDL: property `contactSyncBlocked`: `Edm.Boolean`, not nullable.
    pub contact_sync_blocked: rt::Field<bool>,
    /// Indicates whether the backup of a managed app's data is blocked.
    ///
    /// CSDL: property `dataBackupBlocked`: `Edm.Boolean`, not nullable.
    pub data_backup_blocked: rt::Field<bool>,
    /// Indicates whether device compliance is required.
    ///
    /// CSDL: property `deviceComplianceRequired`: `Edm.Boolean`, not nullable.
    pub device_compliance_required: rt::Field<bool>,
    /// Indicates whether use of the app pin is required if the device pin is set.
    ///
    /// CSDL: property `disableAppPinIfDevicePinIsSet`: `Edm.Boolean`, not nullable.
    pub disable_app_pin_if_device_pin_is_set: rt::Field<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `fingerprintBlocked`: `Edm.Boolean`, not nullable.
    pub fingerprint_blocked: rt::Field<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `managedBrowser`: `microsoft.graph.managedBrowserType`, not nullable.
    pub managed_browser: rt::Field<rt::Flags<crate::v1::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped. Valid values 1 to 65535
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, not nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredAppVersion`: `Edm.String`, nullable.
    pub minimum_required_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredOsVersion`: `Edm.String`, nullable.
    pub minimum_required_os_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    ///
    /// CSDL: property `minimumWarningAppVersion`: `Edm.String`, nullable.
    pub minimum_warning_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWarningOsVersion`: `Edm.String`, nullable.
    pub minimum_warning_os_version: rt::Field<::std::string::String>,
    /// Indicates whether organizational credentials are required for app use.
    ///
    /// CSDL: property `organizationalCredentialsRequired`: `Edm.Boolean`, not nullable.
    pub organizational_credentials_required: rt::Field<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True.
    ///
    /// CSDL: property `periodBeforePinReset`: `Edm.Duration`, not nullable.
    pub period_before_pin_reset: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// CSDL: property `periodOfflineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_offline_before_access_check: rt::Field<rt::edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all managed data it is wiped.
    ///
    /// CSDL: property `periodOfflineBeforeWipeIsEnforced`: `Edm.Duration`, not nullable.
    pub period_offline_before_wipe_is_enforced: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet.
    ///
    /// CSDL: property `periodOnlineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_online_before_access_check: rt::Field<rt::edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True.
    ///
    /// CSDL: property `pinCharacterSet`: `microsoft.graph.managedAppPinCharacterSet`, not nullable.
    pub pin_character_set: rt::Field<crate::v1::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
    /// Indicates whether printing is allowed from managed apps.
    ///
    /// CSDL: property `printBlocked`: `Edm.Boolean`, not nullable.
    pub print_blocked: rt::Field<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    ///
    /// CSDL: property `saveAsBlocked`: `Edm.Boolean`, not nullable.
    pub save_as_blocked: rt::Field<bool>,
    /// Indicates whether simplePin is blocked.
    ///
    /// CSDL: property `simplePinBlocked`: `Edm.Boolean`, not nullable.
    pub simple_pin_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Friendly name of the preferred custom browser to open weblink on Android. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `customBrowserDisplayName`: `Edm.String`, nullable.
    pub custom_browser_display_name: rt::Field<::std::string::String>,
    /// Unique identifier of the preferred custom browser to open weblink on Android. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `customBrowserPackageId`: `Edm.String`, nullable.
    pub custom_browser_package_id: rt::Field<::std::string::String>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// When this setting is enabled, app level encryption is disabled if device level encryption is enabled
    ///
    /// CSDL: property `disableAppEncryptionIfDeviceEncryptionIsEnabled`: `Edm.Boolean`, not nullable.
    pub disable_app_encryption_if_device_encryption_is_enabled: rt::Field<bool>,
    /// Indicates whether application data for managed apps should be encrypted
    ///
    /// CSDL: property `encryptAppData`: `Edm.Boolean`, not nullable.
    pub encrypt_app_data: rt::Field<bool>,
    /// Define the oldest required Android security patch level a user can have to gain secure access to the app.
    ///
    /// CSDL: property `minimumRequiredPatchVersion`: `Edm.String`, nullable.
    pub minimum_required_patch_version: rt::Field<::std::string::String>,
    /// Define the oldest recommended Android security patch level a user can have for secure access to the app.
    ///
    /// CSDL: property `minimumWarningPatchVersion`: `Edm.String`, nullable.
    pub minimum_warning_patch_version: rt::Field<::std::string::String>,
    /// Indicates whether a managed user can take screen captures of managed apps
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// List of apps to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `apps`: `Collection(microsoft.graph.managedMobileApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration.
    ///
    /// CSDL: containment navigation property `deploymentSummary`: `microsoft.graph.managedAppPolicyDeploymentSummary`, nullable.
    pub deployment_summary: rt::Field<crate::v1::ManagedAppPolicyDeploymentSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AndroidManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            assignments: rt::Field::Absent,
            custom_browser_display_name: rt::Field::Absent,
            custom_browser_package_id: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            disable_app_encryption_if_device_encryption_is_enabled: rt::Field::Absent,
            encrypt_app_data: rt::Field::Absent,
            minimum_required_patch_version: rt::Field::Absent,
            minimum_warning_patch_version: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            apps: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for AndroidManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumPinRetries",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
        "isAssigned",
        "assignments",
        "customBrowserDisplayName",
        "customBrowserPackageId",
        "deployedAppCount",
        "disableAppEncryptionIfDeviceEncryptionIsEnabled",
        "encryptAppData",
        "minimumRequiredPatchVersion",
        "minimumWarningPatchVersion",
        "screenCaptureBlocked",
        "apps",
        "deploymentSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumPinRetries\":            ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
        ",\"isAssigned\":                   ",
        ",\"assignments\":                  ",
        ",\"customBrowserDisplayName\":     ",
        ",\"customBrowserPackageId\":       ",
        ",\"deployedAppCount\":             ",
        ",\"disableAppEncryptionIfDeviceEncryptionIsEnabled\":",
        ",\"encryptAppData\":               ",
        ",\"minimumRequiredPatchVersion\":  ",
        ",\"minimumWarningPatchVersion\":   ",
        ",\"screenCaptureBlocked\":         ",
        ",\"apps\":                         ",
        ",\"deploymentSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedAppProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(
            6usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            7usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            8usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            9usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(10usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(11usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(12usize, "device_compliance_required", &self.device_compliance_required);
        v.field(
            13usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(14usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(15usize, "managed_browser", &self.managed_browser);
        v.field(
            16usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(17usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(18usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            19usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            20usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            21usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(22usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(
            23usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(24usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            25usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            26usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            27usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(28usize, "pin_character_set", &self.pin_character_set);
        v.field(29usize, "pin_required", &self.pin_required);
        v.field(30usize, "print_blocked", &self.print_blocked);
        v.field(31usize, "save_as_blocked", &self.save_as_blocked);
        v.field(32usize, "simple_pin_blocked", &self.simple_pin_blocked);
        v.field(33usize, "is_assigned", &self.is_assigned);
        v.field(34usize, "assignments", &self.assignments);
        v.field(
            35usize,
            "custom_browser_display_name",
            &self.custom_browser_display_name,
        );
        v.field(36usize, "custom_browser_package_id", &self.custom_browser_package_id);
        v.field(37usize, "deployed_app_count", &self.deployed_app_count);
        v.field(
            38usize,
            "disable_app_encryption_if_device_encryption_is_enabled",
            &self.disable_app_encryption_if_device_encryption_is_enabled,
        );
        v.field(39usize, "encrypt_app_data", &self.encrypt_app_data);
        v.field(
            40usize,
            "minimum_required_patch_version",
            &self.minimum_required_patch_version,
        );
        v.field(
            41usize,
            "minimum_warning_patch_version",
            &self.minimum_warning_patch_version,
        );
        v.field(42usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(43usize, "apps", &self.apps);
        v.field(44usize, "deployment_summary", &self.deployment_summary);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for AndroidManagedAppProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.allowed_data_storage_locations.read_from(r),
            7usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            8usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            9usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            10usize => self.contact_sync_blocked.read_from(r),
            11usize => self.data_backup_blocked.read_from(r),
            12usize => self.device_compliance_required.read_from(r),
            13usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            14usize => self.fingerprint_blocked.read_from(r),
            15usize => self.managed_browser.read_from(r),
            16usize => self.managed_browser_to_open_links_required.read_from(r),
            17usize => self.maximum_pin_retries.read_from(r),
            18usize => self.minimum_pin_length.read_from(r),
            19usize => self.minimum_required_app_version.read_from(r),
            20usize => self.minimum_required_os_version.read_from(r),
            21usize => self.minimum_warning_app_version.read_from(r),
            22usize => self.minimum_warning_os_version.read_from(r),
            23usize => self.organizational_credentials_required.read_from(r),
            24usize => self.period_before_pin_reset.read_from(r),
            25usize => self.period_offline_before_access_check.read_from(r),
            26usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            27usize => self.period_online_before_access_check.read_from(r),
            28usize => self.pin_character_set.read_from(r),
            29usize => self.pin_required.read_from(r),
            30usize => self.print_blocked.read_from(r),
            31usize => self.save_as_blocked.read_from(r),
            32usize => self.simple_pin_blocked.read_from(r),
            33usize => self.is_assigned.read_from(r),
            34usize => self.assignments.read_from(r),
            35usize => self.custom_browser_display_name.read_from(r),
            36usize => self.custom_browser_package_id.read_from(r),
            37usize => self.deployed_app_count.read_from(r),
            38usize => {
                self.disable_app_encryption_if_device_encryption_is_enabled.read_from(r)
            }
            39usize => self.encrypt_app_data.read_from(r),
            40usize => self.minimum_required_patch_version.read_from(r),
            41usize => self.minimum_warning_patch_version.read_from(r),
            42usize => self.screen_capture_blocked.read_from(r),
            43usize => self.apps.read_from(r),
            44usize => self.deployment_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.allowed_data_storage_locations);
        w.field(7usize, &self.allowed_inbound_data_transfer_sources);
        w.field(8usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(9usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(10usize, &self.contact_sync_blocked);
        w.field(11usize, &self.data_backup_blocked);
        w.field(12usize, &self.device_compliance_required);
        w.field(13usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(14usize, &self.fingerprint_blocked);
        w.field(15usize, &self.managed_browser);
        w.field(16usize, &self.managed_browser_to_open_links_required);
        w.field(17usize, &self.maximum_pin_retries);
        w.field(18usize, &self.minimum_pin_length);
        w.field(19usize, &self.minimum_required_app_version);
        w.field(20usize, &self.minimum_required_os_version);
        w.field(21usize, &self.minimum_warning_app_version);
        w.field(22usize, &self.minimum_warning_os_version);
        w.field(23usize, &self.organizational_credentials_required);
        w.field(24usize, &self.period_before_pin_reset);
        w.field(25usize, &self.period_offline_before_access_check);
        w.field(26usize, &self.period_offline_before_wipe_is_enforced);
        w.field(27usize, &self.period_online_before_access_check);
        w.field(28usize, &self.pin_character_set);
        w.field(29usize, &self.pin_required);
        w.field(30usize, &self.print_blocked);
        w.field(31usize, &self.save_as_blocked);
        w.field(32usize, &self.simple_pin_blocked);
        w.field(33usize, &self.is_assigned);
        w.field(34usize, &self.assignments);
        w.field(35usize, &self.custom_browser_display_name);
        w.field(36usize, &self.custom_browser_package_id);
        w.field(37usize, &self.deployed_app_count);
        w.field(38usize, &self.disable_app_encryption_if_device_encryption_is_enabled);
        w.field(39usize, &self.encrypt_app_data);
        w.field(40usize, &self.minimum_required_patch_version);
        w.field(41usize, &self.minimum_warning_patch_version);
        w.field(42usize, &self.screen_capture_blocked);
        w.field(43usize, &self.apps);
        w.field(44usize, &self.deployment_summary);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(AndroidManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    AndroidManagedAppProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String;
    with_allowed_data_storage_locations allowed_data_storage_locations : ::std::vec::Vec
    < crate ::v1::ManagedAppDataStorageLocation >;
    with_allowed_inbound_data_transfer_sources allowed_inbound_data_transfer_sources :
    crate ::v1::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::v1::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::v1::ManagedAppDataTransferLevel; with_contact_sync_blocked contact_sync_blocked :
    bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_disable_app_pin_if_device_pin_is_set disable_app_pin_if_device_pin_is_set :
    bool; with_fingerprint_blocked fingerprint_blocked : bool; with_managed_browser
    managed_browser : rt::Flags < crate ::v1::ManagedBrowserType >;
    with_managed_browser_to_open_links_required managed_browser_to_open_links_required :
    bool; with_maximum_pin_retries maximum_pin_retries : i32; with_minimum_pin_length
    minimum_pin_length : i32; with_minimum_required_app_version
    minimum_required_app_version : ::std::string::String;
    with_minimum_required_os_version minimum_required_os_version : ::std::string::String;
    with_minimum_warning_app_version minimum_warning_app_version : ::std::string::String;
    with_minimum_warning_os_version minimum_warning_os_version : ::std::string::String;
    with_organizational_credentials_required organizational_credentials_required : bool;
    with_period_before_pin_reset period_before_pin_reset : rt::edm::Duration;
    with_period_offline_before_access_check period_offline_before_access_check :
    rt::edm::Duration; with_period_offline_before_wipe_is_enforced
    period_offline_before_wipe_is_enforced : rt::edm::Duration;
    with_period_online_before_access_check period_online_before_access_check :
    rt::edm::Duration; with_pin_character_set pin_character_set : crate
    ::v1::ManagedAppPinCharacterSet; with_pin_required pin_required : bool;
    with_print_blocked print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool; with_is_assigned is_assigned :
    bool; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::TargetedManagedAppPolicyAssignment >; with_custom_browser_display_name
    custom_browser_display_name : ::std::string::String; with_custom_browser_package_id
    custom_browser_package_id : ::std::string::String; with_deployed_app_count
    deployed_app_count : i32; with_disable_app_encryption_if_device_encryption_is_enabled
    disable_app_encryption_if_device_encryption_is_enabled : bool; with_encrypt_app_data
    encrypt_app_data : bool; with_minimum_required_patch_version
    minimum_required_patch_version : ::std::string::String;
    with_minimum_warning_patch_version minimum_warning_patch_version :
    ::std::string::String; with_screen_capture_blocked screen_capture_blocked : bool;
    with_apps apps : ::std::vec::Vec < crate ::v1::ManagedMobileApp >;
    with_deployment_summary deployment_summary : crate
    ::v1::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppProtection);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Represents the synchronization details of an android app, with management capabilities, for a specific user.
///
/// The ManagedAppRegistration resource represents the details of an app, with management capability, used by a member of the organization.
///
/// CSDL: `microsoft.graph.androidManagedAppRegistration`, entity type, derived from `microsoft.graph.managedAppRegistration`, key `id`.
///
/// Request builders: [`ManagedAppRegistrationPath`](requests/trait.ManagedAppRegistrationPath.html), what a path to one (`EntityPath<AndroidManagedAppRegistration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidManagedAppRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app package Identifier
    ///
    /// CSDL: property `appIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub app_identifier: rt::Field<crate::v1::AnyMobileAppIdentifier>,
    /// App version
    ///
    /// CSDL: property `applicationVersion`: `Edm.String`, nullable.
    pub application_version: rt::Field<::std::string::String>,
    /// Date and time of creation
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Host device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// App management SDK generated tag, which helps relate apps hosted on the same device. Not guaranteed to relate apps in all conditions.
    ///
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Host device type
    ///
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// Zero or more reasons an app registration is flagged. E.g. app running on rooted device
    ///
    /// CSDL: property `flaggedReasons`: `Collection(microsoft.graph.managedAppFlaggedReason)`, not nullable.
    pub flagged_reasons: rt::Field<::std::vec::Vec<crate::v1::ManagedAppFlaggedReason>>,
    /// Date and time of last the app synced with management service.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// App management SDK version
    ///
    /// CSDL: property `managementSdkVersion`: `Edm.String`, nullable.
    pub management_sdk_version: rt::Field<::std::string::String>,
    /// Operating System version
    ///
    /// CSDL: property `platformVersion`: `Edm.String`, nullable.
    pub platform_version: rt::Field<::std::string::String>,
    /// The user Id to who this app registration belongs.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Zero or more policys already applied on the registered app when it last synchronized with managment service.
    ///
    /// CSDL: containment navigation property `appliedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub applied_policies: rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>>,
    /// Zero or more policies admin intended for the app as of now.
    ///
    /// CSDL: containment navigation property `intendedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub intended_policies: rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>>,
    /// Zero or more long running operations triggered on the app registration.
    ///
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.managedAppOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::ManagedAppOperation>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AndroidManagedAppRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            application_version: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_tag: rt::Field::Absent,
            device_type: rt::Field::Absent,
            flagged_reasons: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            management_sdk_version: rt::Field::Absent,
            platform_version: rt::Field::Absent,
            user_id: rt::Field::Absent,
            version: rt::Field::Absent,
            applied_policies: rt::Field::Absent,
            intended_policies: rt::Field::Absent,
            operations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for AndroidManagedAppRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appIdentifier",
        "applicationVersion",
        "createdDateTime",
        "deviceName",
        "deviceTag",
        "deviceType",
        "flaggedReasons",
        "lastSyncDateTime",
        "managementSdkVersion",
        "platformVersion",
        "userId",
        "version",
        "appliedPolicies",
        "intendedPolicies",
        "operations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appIdentifier\":                ",
        ",\"applicationVersion\":           ",
        ",\"createdDateTime\":              ",
        ",\"deviceName\":                   ",
        ",\"deviceTag\":                    ",
        ",\"deviceType\":                   ",
        ",\"flaggedReasons\":               ",
        ",\"lastSyncDateTime\":             ",
        ",\"managementSdkVersion\":         ",
        ",\"platformVersion\":              ",
        ",\"userId\":                       ",
        ",\"version\":                      ",
        ",\"appliedPolicies\":              ",
        ",\"intendedPolicies\":             ",
        ",\"operations\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedAppRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_identifier", &self.app_identifier);
        v.field(2usize, "application_version", &self.application_version);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "device_name", &self.device_name);
        v.field(5usize, "device_tag", &self.device_tag);
        v.field(6usize, "device_type", &self.device_type);
        v.field(7usize, "flagged_reasons", &self.flagged_reasons);
        v.field(8usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(9usize, "management_sdk_version", &self.management_sdk_version);
        v.field(10usize, "platform_version", &self.platform_version);
        v.field(11usize, "user_id", &self.user_id);
        v.field(12usize, "version", &self.version);
        v.field(13usize, "applied_policies", &self.applied_policies);
        v.field(14usize, "intended_policies", &self.intended_policies);
        v.field(15usize, "operations", &self.operations);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for AndroidManagedAppRegistration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_identifier.read_from(r),
            2usize => self.application_version.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.device_name.read_from(r),
            5usize => self.device_tag.read_from(r),
            6usize => self.device_type.read_from(r),
            7usize => self.flagged_reasons.read_from(r),
            8usize => self.last_sync_date_time.read_from(r),
            9usize => self.management_sdk_version.read_from(r),
            10usize => self.platform_version.read_from(r),
            11usize => self.user_id.read_from(r),
            12usize => self.version.read_from(r),
            13usize => self.applied_policies.read_from(r),
            14usize => self.intended_policies.read_from(r),
            15usize => self.operations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_identifier);
        w.field(2usize, &self.application_version);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.device_name);
        w.field(5usize, &self.device_tag);
        w.field(6usize, &self.device_type);
        w.field(7usize, &self.flagged_reasons);
        w.field(8usize, &self.last_sync_date_time);
        w.field(9usize, &self.management_sdk_version);
        w.field(10usize, &self.platform_version);
        w.field(11usize, &self.user_id);
        w.field(12usize, &self.version);
        w.field(13usize, &self.applied_policies);
        w.field(14usize, &self.intended_policies);
        w.field(15usize, &self.operations);
    }
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
rt::impl_object!(AndroidManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AndroidManagedAppRegistration { with_id id : ::std::string::String;
    with_app_identifier app_identifier : crate ::v1::AnyMobileAppIdentifier;
    with_application_version application_version : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_device_name
    device_name : ::std::string::String; with_device_tag device_tag :
    ::std::string::String; with_device_type device_type : ::std::string::String;
    with_flagged_reasons flagged_reasons : ::std::vec::Vec < crate
    ::v1::ManagedAppFlaggedReason >; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_management_sdk_version management_sdk_version :
    ::std::string::String; with_platform_version platform_version :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_version
    version : ::std::string::String; with_applied_policies applied_policies :
    ::std::vec::Vec < crate ::v1::AnyManagedAppPolicy >; with_intended_policies
    intended_policies : ::std::vec::Vec < crate ::v1::AnyManagedAppPolicy >;
    with_operations operations : ::std::vec::Vec < crate ::v1::ManagedAppOperation >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for the minimum operating system required for an Android mobile app.
///
/// CSDL: `microsoft.graph.androidMinimumOperatingSystem`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidMinimumOperatingSystem {
    /// When TRUE, only Version 10.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_0`: `Edm.Boolean`, not nullable.
    pub v10_0: rt::Field<bool>,
    /// When TRUE, only Version 11.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v11_0`: `Edm.Boolean`, not nullable.
    pub v11_0: rt::Field<bool>,
    /// When TRUE, only Version 4.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_0`: `Edm.Boolean`, not nullable.
    pub v4_0: rt::Field<bool>,
    /// When TRUE, only Version 4.0.3 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_0_3`: `Edm.Boolean`, not nullable.
    pub v4_0_3: rt::Field<bool>,
    /// When TRUE, only Version 4.1 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_1`: `Edm.Boolean`, not nullable.
    pub v4_1: rt::Field<bool>,
    /// When TRUE, only Version 4.2 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_2`: `Edm.Boolean`, not nullable.
    pub v4_2: rt::Field<bool>,
    /// When TRUE, only Version 4.3 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_3`: `Edm.Boolean`, not nullable.
    pub v4_3: rt::Field<bool>,
    /// When TRUE, only Version 4.4 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_4`: `Edm.Boolean`, not nullable.
    pub v4_4: rt::Field<bool>,
    /// When TRUE, only Version 5.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v5_0`: `Edm.Boolean`, not nullable.
    pub v5_0: rt::Field<bool>,
    /// When TRUE, only Version 5.1 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v5_1`: `Edm.Boolean`, not nullable.
    pub v5_1: rt::Field<bool>,
    /// When TRUE, only Version 6.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v6_0`: `Edm.Boolean`, not nullable.
    pub v6_0: rt::Field<bool>,
    /// When TRUE, only Version 7.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v7_0`: `Edm.Boolean`, not nullable.
    pub v7_0: rt::Field<bool>,
    /// When TRUE, only Version 7.1 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v7_1`: `Edm.Boolean`, not nullable.
    pub v7_1: rt::Field<bool>,
    /// When TRUE, only Version 8.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v8_0`: `Edm.Boolean`, not nullable.
    pub v8_0: rt::Field<bool>,
    /// When TRUE, only Version 8.1 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v8_1`: `Edm.Boolean`, not nullable.
    pub v8_1: rt::Field<bool>,
    /// When TRUE, only Version 9.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v9_0`: `Edm.Boolean`, not nullable.
    pub v9_0: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AndroidMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_0: rt::Field::Absent,
            v11_0: rt::Field::Absent,
            v4_0: rt::Field::Absent,
            v4_0_3: rt::Field::Absent,
            v4_1: rt::Field::Absent,
            v4_2: rt::Field::Absent,
            v4_3: rt::Field::Absent,
            v4_4: rt::Field::Absent,
            v5_0: rt::Field::Absent,
            v5_1: rt::Field::Absent,
            v6_0: rt::Field::Absent,
            v7_0: rt::Field::Absent,
            v7_1: rt::Field::Absent,
            v8_0: rt::Field::Absent,
            v8_1: rt::Field::Absent,
            v9_0: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for AndroidMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.androidMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &[
        "v10_0",
        "v11_0",
        "v4_0",
        "v4_0_3",
        "v4_1",
        "v4_2",
        "v4_3",
        "v4_4",
        "v5_0",
        "v5_1",
        "v6_0",
        "v7_0",
        "v7_1",
        "v8_0",
        "v8_1",
        "v9_0",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_0\":                        ",
        ",\"v11_0\":                        ",
        ",\"v4_0\":                         ",
        ",\"v4_0_3\":                       ",
        ",\"v4_1\":                         ",
        ",\"v4_2\":                         ",
        ",\"v4_3\":                         ",
        ",\"v4_4\":                         ",
        ",\"v5_0\":                         ",
        ",\"v5_1\":                         ",
        ",\"v6_0\":                         ",
        ",\"v7_0\":                         ",
        ",\"v7_1\":                         ",
        ",\"v8_0\":                         ",
        ",\"v8_1\":                         ",
        ",\"v9_0\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidMinimumOperatingSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "v10_0", &self.v10_0);
        v.field(1usize, "v11_0", &self.v11_0);
        v.field(2usize, "v4_0", &self.v4_0);
        v.field(3usize, "v4_0_3", &self.v4_0_3);
        v.field(4usize, "v4_1", &self.v4_1);
        v.field(5usize, "v4_2", &self.v4_2);
        v.field(6usize, "v4_3", &self.v4_3);
        v.field(7usize, "v4_4", &self.v4_4);
        v.field(8usize, "v5_0", &self.v5_0);
        v.field(9usize, "v5_1", &self.v5_1);
        v.field(10usize, "v6_0", &self.v6_0);
        v.field(11usize, "v7_0", &self.v7_0);
        v.field(12usize, "v7_1", &self.v7_1);
        v.field(13usize, "v8_0", &self.v8_0);
        v.field(14usize, "v8_1", &self.v8_1);
        v.field(15usize, "v9_0", &self.v9_0);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for AndroidMinimumOperatingSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_0.read_from(r),
            1usize => self.v11_0.read_from(r),
            2usize => self.v4_0.read_from(r),
            3usize => self.v4_0_3.read_from(r),
            4usize => self.v4_1.read_from(r),
            5usize => self.v4_2.read_from(r),
            6usize => self.v4_3.read_from(r),
            7usize => self.v4_4.read_from(r),
            8usize => self.v5_0.read_from(r),
            9usize => self.v5_1.read_from(r),
            10usize => self.v6_0.read_from(r),
            11usize => self.v7_0.read_from(r),
            12usize => self.v7_1.read_from(r),
            13usize => self.v8_0.read_from(r),
            14usize => self.v8_1.read_from(r),
            15usize => self.v9_0.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_0);
        w.field(1usize, &self.v11_0);
        w.field(2usize, &self.v4_0);
        w.field(3usize, &self.v4_0_3);
        w.field(4usize, &self.v4_1);
        w.field(5usize, &self.v4_2);
        w.field(6usize, &self.v4_3);
        w.field(7usize, &self.v4_4);
        w.field(8usize, &self.v5_0);
        w.field(9usize, &self.v5_1);
        w.field(10usize, &self.v6_0);
        w.field(11usize, &self.v7_0);
        w.field(12usize, &self.v7_1);
        w.field(13usize, &self.v8_0);
        w.field(14usize, &self.v8_1);
        w.field(15usize, &self.v9_0);
    }
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
rt::impl_object!(AndroidMinimumOperatingSystem);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AndroidMinimumOperatingSystem { with_v10_0 v10_0 : bool; with_v11_0 v11_0 : bool;
    with_v4_0 v4_0 : bool; with_v4_0_3 v4_0_3 : bool; with_v4_1 v4_1 : bool; with_v4_2
    v4_2 : bool; with_v4_3 v4_3 : bool; with_v4_4 v4_4 : bool; with_v5_0 v5_0 : bool;
    with_v5_1 v5_1 : bool; with_v6_0 v6_0 : bool; with_v7_0 v7_0 : bool; with_v7_1 v7_1 :
    bool; with_v8_0 v8_0 : bool; with_v8_1 v8_1 : bool; with_v9_0 v9_0 : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidMinimumOperatingSystem);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The identifier for an Android app.
///
/// CSDL: `microsoft.graph.androidMobileAppIdentifier`, complex type, derived from `microsoft.graph.mobileAppIdentifier`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AndroidMobileAppIdentifier {
    /// The identifier for an app, as specified in the play store.
    ///
    /// CSDL: property `packageId`: `Edm.String`, not nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AndroidMobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for AndroidMobileAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.androidMobileAppIdentifier";
    const KEYS: &'static [&'static str] = &["packageId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"packageId\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.androidMobileAppIdentifier\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "package_id", &self.package_id);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for AndroidMobileAppIdentifier {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.package_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.package_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(AndroidMobileAppIdentifier);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    AndroidMobileAppIdentifier { with_package_id package_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidMobileAppIdentifier);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android required password type.
///
/// CSDL: `microsoft.graph.androidRequiredPasswordType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidRequiredPasswordType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Alphabetic password required.
    ///
    /// `alphabetic` (value 1).
    Alphabetic,
    /// Alphanumeric password required.
    ///
    /// `alphanumeric` (value 2).
    Alphanumeric,
    /// Alphanumeric with symbols password required.
    ///
    /// `alphanumericWithSymbols` (value 3).
    AlphanumericWithSymbols,
    /// Low security biometrics based password required.
    ///
    /// `lowSecurityBiometric` (value 4).
    LowSecurityBiometric,
    /// Numeric password required.
    ///
    /// `numeric` (value 5).
    Numeric,
    /// Numeric complex password required.
    ///
    /// `numericComplex` (value 6).
    NumericComplex,
    /// A password or pattern is required, and any is acceptable.
    ///
    /// `any` (value 7).
    Any,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AndroidRequiredPasswordType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidRequiredPasswordType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "alphabetic",
        "alphanumeric",
        "alphanumericWithSymbols",
        "lowSecurityBiometric",
        "numeric",
        "numericComplex",
        "any",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "alphabetic" => Self::Alphabetic,
                "alphanumeric" => Self::Alphanumeric,
                "alphanumericWithSymbols" => Self::AlphanumericWithSymbols,
                "lowSecurityBiometric" => Self::LowSecurityBiometric,
                "numeric" => Self::Numeric,
                "numericComplex" => Self::NumericComplex,
                "any" => Self::Any,
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
            Self::DeviceDefault => "deviceDefault",
            Self::Alphabetic => "alphabetic",
            Self::Alphanumeric => "alphanumeric",
            Self::AlphanumericWithSymbols => "alphanumericWithSymbols",
            Self::LowSecurityBiometric => "lowSecurityBiometric",
            Self::Numeric => "numeric",
            Self::NumericComplex => "numericComplex",
            Self::Any => "any",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AndroidRequiredPasswordType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidRequiredPasswordType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Android store apps.
///
/// CSDL: `microsoft.graph.androidStoreApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`AndroidStoreAppPath`](requests/trait.AndroidStoreAppPath.html), what a path to one (`EntityPath<AndroidStoreApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidStoreApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The Android app store URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::AndroidMinimumOperatingSystem,
    >,
    /// The package identifier. This property is read-only.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AndroidStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for AndroidStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidStoreApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "appStoreUrl",
        "minimumSupportedOperatingSystem",
        "packageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"appStoreUrl\":                  ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidStoreApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "app_store_url", &self.app_store_url);
        v.field(
            17usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(18usize, "package_id", &self.package_id);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for AndroidStoreApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.app_store_url.read_from(r),
            17usize => self.minimum_supported_operating_system.read_from(r),
            18usize => self.package_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.app_store_url);
        w.field(17usize, &self.minimum_supported_operating_system);
        w.field(18usize, &self.package_id);
    }
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
rt::impl_object!(AndroidStoreApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AndroidStoreApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_app_store_url app_store_url :
    ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::v1::AndroidMinimumOperatingSystem;
    with_package_id package_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidStoreApp);
#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Android Work Profile.
///
/// CSDL: `microsoft.graph.androidWorkProfileCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AndroidWorkProfileCompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileCompliancePolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action per rule for this compliance policy. This is a required property when creating any individual per-platform compliance policies.
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceUserStatus>>,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceComplianceUserOverview>,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::v1::DeviceThreatProtectionLevel,
    >,
    /// Minimum Android security patch level.
    ///
    /// CSDL: property `minAndroidSecurityPatchLevel`: `Edm.String`, nullable.
    pub min_android_security_patch_level: rt::Field<::std::string::String>,
    /// Maximum Android version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Android version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Require a password to unlock device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of characters in password
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::AndroidRequiredPasswordType>,
    /// Indicates the device should not be rooted. When TRUE, if the device is detected as rooted it will be reported non-compliant. When FALSE, the device is not reported as non-compliant regardless of device rooted state. Default is FALSE.
    ///
    /// CSDL: property `securityBlockJailbrokenDevices`: `Edm.Boolean`, not nullable.
    pub security_block_jailbroken_devices: rt::Field<bool>,
    /// Disable USB debugging on Android devices.
    ///
    /// CSDL: property `securityDisableUsbDebugging`: `Edm.Boolean`, not nullable.
    pub security_disable_usb_debugging: rt::Field<bool>,
    /// Require that devices disallow installation of apps from unknown sources.
    ///
    /// CSDL: property `securityPreventInstallAppsFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub security_prevent_install_apps_from_unknown_sources: rt::Field<bool>,
    /// Require the device to pass the Company Portal client app runtime integrity check.
    ///
    /// CSDL: property `securityRequireCompanyPortalAppIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_company_portal_app_integrity: rt::Field<bool>,
    /// Require Google Play Services to be installed and enabled on the device.
    ///
    /// CSDL: property `securityRequireGooglePlayServices`: `Edm.Boolean`, not nullable.
    pub security_require_google_play_services: rt::Field<bool>,
    /// Require the device to pass the Play Integrity basic integrity check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationBasicIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_basic_integrity: rt::Field<bool>,
    /// Require the device to pass the Play Integrity device integrity check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationCertifiedDevice`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_certified_device: rt::Field<bool>,
    /// Require the device to have up to date security providers. The device will require Google Play Services to be enabled and up to date.
    ///
    /// CSDL: property `securityRequireUpToDateSecurityProviders`: `Edm.Boolean`, not nullable.
    pub security_require_up_to_date_security_providers: rt::Field<bool>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Require encryption on Android devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            min_android_security_patch_level: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            security_block_jailbroken_devices: rt::Field::Absent,
            security_disable_usb_debugging: rt::Field::Absent,
            security_prevent_install_apps_from_unknown_sources: rt::Field::Absent,
            security_require_company_portal_app_integrity: rt::Field::Absent,
            security_require_google_play_services: rt::Field::Absent,
            security_require_safety_net_attestation_basic_integrity: rt::Field::Absent,
            security_require_safety_net_attestation_certified_device: rt::Field::Absent,
            security_require_up_to_date_security_providers: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidWorkProfileCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "minAndroidSecurityPatchLevel",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "securityBlockJailbrokenDevices",
        "securityDisableUsbDebugging",
        "securityPreventInstallAppsFromUnknownSources",
        "securityRequireCompanyPortalAppIntegrity",
        "securityRequireGooglePlayServices",
        "securityRequireSafetyNetAttestationBasicIntegrity",
        "securityRequireSafetyNetAttestationCertifiedDevice",
        "securityRequireUpToDateSecurityProviders",
        "securityRequireVerifyApps",
        "storageRequireEncryption",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"minAndroidSecurityPatchLevel\": ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"securityBlockJailbrokenDevices\":",
        ",\"securityDisableUsbDebugging\":  ",
        ",\"securityPreventInstallAppsFromUnknownSources\":",
        ",\"securityRequireCompanyPortalAppIntegrity\":",
        ",\"securityRequireGooglePlayServices\":",
        ",\"securityRequireSafetyNetAttestationBasicIntegrity\":",
        ",\"securityRequireSafetyNetAttestationCertifiedDevice\":",
        ",\"securityRequireUpToDateSecurityProviders\":",
        ",\"securityRequireVerifyApps\":    ",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_overview", &self.user_status_overview);
        v.field(
            13usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            14usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            15usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        v.field(16usize, "os_maximum_version", &self.os_maximum_version);
        v.field(17usize, "os_minimum_version", &self.os_minimum_version);
        v.field(18usize, "password_expiration_days", &self.password_expiration_days);
        v.field(19usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            20usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            21usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(22usize, "password_required", &self.password_required);
        v.field(23usize, "password_required_type", &self.password_required_type);
        v.field(
            24usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
        v.field(
            25usize,
            "security_disable_usb_debugging",
            &self.security_disable_usb_debugging,
        );
        v.field(
            26usize,
            "security_prevent_install_apps_from_unknown_sources",
            &self.security_prevent_install_apps_from_unknown_sources,
        );
        v.field(
            27usize,
            "security_require_company_portal_app_integrity",
            &self.security_require_company_portal_app_integrity,
        );
        v.field(
            28usize,
            "security_require_google_play_services",
            &self.security_require_google_play_services,
        );
        v.field(
            29usize,
            "security_require_safety_net_attestation_basic_integrity",
            &self.security_require_safety_net_attestation_basic_integrity,
        );
        v.field(
            30usize,
            "security_require_safety_net_attestation_certified_device",
            &self.security_require_safety_net_attestation_certified_device,
        );
        v.field(
            31usize,
            "security_require_up_to_date_security_providers",
            &self.security_require_up_to_date_security_providers,
        );
        v.field(
            32usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(33usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.scheduled_actions_for_rule.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_overview.read_from(r),
            13usize => self.device_threat_protection_enabled.read_from(r),
            14usize => self.device_threat_protection_required_security_level.read_from(r),
            15usize => self.min_android_security_patch_level.read_from(r),
            16usize => self.os_maximum_version.read_from(r),
            17usize => self.os_minimum_version.read_from(r),
            18usize => self.password_expiration_days.read_from(r),
            19usize => self.password_minimum_length.read_from(r),
            20usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            21usize => self.password_previous_password_block_count.read_from(r),
            22usize => self.password_required.read_from(r),
            23usize => self.password_required_type.read_from(r),
            24usize => self.security_block_jailbroken_devices.read_from(r),
            25usize => self.security_disable_usb_debugging.read_from(r),
            26usize => {
                self.security_prevent_install_apps_from_unknown_sources.read_from(r)
            }
            27usize => self.security_require_company_portal_app_integrity.read_from(r),
            28usize => self.security_require_google_play_services.read_from(r),
            29usize => {
                self.security_require_safety_net_attestation_basic_integrity.read_from(r)
            }
            30usize => {
                self.security_require_safety_net_attestation_certified_device
                    .read_from(r)
            }
            31usize => self.security_require_up_to_date_security_providers.read_from(r),
            32usize => self.security_require_verify_apps.read_from(r),
            33usize => self.storage_require_encryption.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.scheduled_actions_for_rule);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_overview);
        w.field(13usize, &self.device_threat_protection_enabled);
        w.field(14usize, &self.device_threat_protection_required_security_level);
        w.field(15usize, &self.min_android_security_patch_level);
        w.field(16usize, &self.os_maximum_version);
        w.field(17usize, &self.os_minimum_version);
        w.field(18usize, &self.password_expiration_days);
        w.field(19usize, &self.password_minimum_length);
        w.field(20usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(21usize, &self.password_previous_password_block_count);
        w.field(22usize, &self.password_required);
        w.field(23usize, &self.password_required_type);
        w.field(24usize, &self.security_block_jailbroken_devices);
        w.field(25usize, &self.security_disable_usb_debugging);
        w.field(26usize, &self.security_prevent_install_apps_from_unknown_sources);
        w.field(27usize, &self.security_require_company_portal_app_integrity);
        w.field(28usize, &self.security_require_google_play_services);
        w.field(29usize, &self.security_require_safety_net_attestation_basic_integrity);
        w.field(30usize, &self.security_require_safety_net_attestation_certified_device);
        w.field(31usize, &self.security_require_up_to_date_security_providers);
        w.field(32usize, &self.security_require_verify_apps);
        w.field(33usize, &self.storage_require_encryption);
    }
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
rt::impl_object!(AndroidWorkProfileCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileCompliancePolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceCompliancePolicyAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::v1::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceUserStatus >; with_user_status_overview
    user_status_overview : crate ::v1::DeviceComplianceUserOverview;
    with_device_threat_protection_enabled device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::v1::DeviceThreatProtectionLevel; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::AndroidRequiredPasswordType;
    with_security_block_jailbroken_devices security_block_jailbroken_devices : bool;
    with_security_disable_usb_debugging security_disable_usb_debugging : bool;
    with_security_prevent_install_apps_from_unknown_sources
    security_prevent_install_apps_from_unknown_sources : bool;
    with_security_require_company_portal_app_integrity
    security_require_company_portal_app_integrity : bool;
    with_security_require_google_play_services security_require_google_play_services :
    bool; with_security_require_safety_net_attestation_basic_integrity
    security_require_safety_net_attestation_basic_integrity : bool;
    with_security_require_safety_net_attestation_certified_device
    security_require_safety_net_attestation_certified_device : bool;
    with_security_require_up_to_date_security_providers
    security_require_up_to_date_security_providers : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile cross profile data sharing type.
///
/// CSDL: `microsoft.graph.androidWorkProfileCrossProfileDataSharingType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileCrossProfileDataSharingType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Prevent any sharing.
    ///
    /// `preventAny` (value 1).
    PreventAny,
    /// Allow data sharing request from personal profile to work profile.
    ///
    /// `allowPersonalToWork` (value 2).
    AllowPersonalToWork,
    /// No restrictions on sharing.
    ///
    /// `noRestrictions` (value 3).
    NoRestrictions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AndroidWorkProfileCrossProfileDataSharingType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCrossProfileDataSharingType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "preventAny",
        "allowPersonalToWork",
        "noRestrictions",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "preventAny" => Self::PreventAny,
                "allowPersonalToWork" => Self::AllowPersonalToWork,
                "noRestrictions" => Self::NoRestrictions,
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
            Self::DeviceDefault => "deviceDefault",
            Self::PreventAny => "preventAny",
            Self::AllowPersonalToWork => "allowPersonalToWork",
            Self::NoRestrictions => "noRestrictions",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileCrossProfileDataSharingType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCrossProfileDataSharingType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile custom configuration
///
/// CSDL: `microsoft.graph.androidWorkProfileCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidWorkProfileCustomConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileCustomConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// OMA settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `omaSettings`: `Collection(microsoft.graph.omaSetting)`, nullable.
    pub oma_settings: rt::Field<::std::vec::Vec<crate::v1::AnyOmaSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileCustomConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            oma_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidWorkProfileCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCustomConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "omaSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"omaSettings\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileCustomConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "oma_settings", &self.oma_settings);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileCustomConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.oma_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.oma_settings);
    }
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
rt::impl_object!(AndroidWorkProfileCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileCustomConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_oma_settings oma_settings :
    ::std::vec::Vec < crate ::v1::AnyOmaSetting >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile default app permission policy type.
///
/// CSDL: `microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileDefaultAppPermissionPolicyType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Prompt.
    ///
    /// `prompt` (value 1).
    Prompt,
    /// Auto grant.
    ///
    /// `autoGrant` (value 2).
    AutoGrant,
    /// Auto deny.
    ///
    /// `autoDeny` (value 3).
    AutoDeny,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AndroidWorkProfileDefaultAppPermissionPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "prompt",
        "autoGrant",
        "autoDeny",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "prompt" => Self::Prompt,
                "autoGrant" => Self::AutoGrant,
                "autoDeny" => Self::AutoDeny,
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
            Self::DeviceDefault => "deviceDefault",
            Self::Prompt => "prompt",
            Self::AutoGrant => "autoGrant",
            Self::AutoDeny => "autoDeny",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileDefaultAppPermissionPolicyType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileDefaultAppPermissionPolicyType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile general device configuration.
///
/// CSDL: `microsoft.graph.androidWorkProfileGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AndroidWorkProfileGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileGeneralDeviceConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passwordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents.
    ///
    /// CSDL: property `passwordBlockTrustAgents`: `Edm.Boolean`, not nullable.
    pub password_block_trust_agents: rt::Field<bool>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum length of passwords. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Type of password that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidWorkProfileRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<
        crate::v1::AndroidWorkProfileRequiredPasswordType,
    >,
    /// Number of sign in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Block users from adding/removing accounts in work profile.
    ///
    /// CSDL: property `workProfileBlockAddingAccounts`: `Edm.Boolean`, not nullable.
    pub work_profile_block_adding_accounts: rt::Field<bool>,
    /// Block work profile camera.
    ///
    /// CSDL: property `workProfileBlockCamera`: `Edm.Boolean`, not nullable.
    pub work_profile_block_camera: rt::Field<bool>,
    /// Block display work profile caller ID in personal profile.
    ///
    /// CSDL: property `workProfileBlockCrossProfileCallerId`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_caller_id: rt::Field<bool>,
    /// Block work profile contacts availability in personal profile.
    ///
    /// CSDL: property `workProfileBlockCrossProfileContactsSearch`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_contacts_search: rt::Field<bool>,
    /// Boolean that indicates if the setting disallow cross profile copy/paste is enabled.
    ///
    /// CSDL: property `workProfileBlockCrossProfileCopyPaste`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_copy_paste: rt::Field<bool>,
    /// Indicates whether or not to block notifications while device locked.
    ///
    /// CSDL: property `workProfileBlockNotificationsWhileDeviceLocked`: `Edm.Boolean`, not nullable.
    pub work_profile_block_notifications_while_device_locked: rt::Field<bool>,
    /// Block screen capture in work profile.
    ///
    /// CSDL: property `workProfileBlockScreenCapture`: `Edm.Boolean`, not nullable.
    pub work_profile_block_screen_capture: rt::Field<bool>,
    /// Allow bluetooth devices to access enterprise contacts.
    ///
    /// CSDL: property `workProfileBluetoothEnableContactSharing`: `Edm.Boolean`, not nullable.
    pub work_profile_bluetooth_enable_contact_sharing: rt::Field<bool>,
    /// Type of data sharing that is allowed.
    ///
    /// CSDL: property `workProfileDataSharingType`: `microsoft.graph.androidWorkProfileCrossProfileDataSharingType`, not nullable.
    pub work_profile_data_sharing_type: rt::Field<
        crate::v1::AndroidWorkProfileCrossProfileDataSharingType,
    >,
    /// Type of password that is required.
    ///
    /// CSDL: property `workProfileDefaultAppPermissionPolicy`: `microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType`, not nullable.
    pub work_profile_default_app_permission_policy: rt::Field<
        crate::v1::AndroidWorkProfileDefaultAppPermissionPolicyType,
    >,
    /// Indicates whether or not to block fingerprint unlock for work profile.
    ///
    /// CSDL: property `workProfilePasswordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub work_profile_password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents for work profile.
    ///
    /// CSDL: property `workProfilePasswordBlockTrustAgents`: `Edm.Boolean`, not nullable.
    pub work_profile_password_block_trust_agents: rt::Field<bool>,
    /// Number of days before the work profile password expires. Valid values 1 to 365
    ///
    /// CSDL: property `workProfilePasswordExpirationDays`: `Edm.Int32`, nullable.
    pub work_profile_password_expiration_days: rt::Field<i32>,
    /// Minimum length of work profile password. Valid values 4 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumLength`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_length: rt::Field<i32>,
    /// Minimum # of letter characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinLetterCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_letter_characters: rt::Field<i32>,
    /// Minimum # of lower-case characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinLowerCaseCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_lower_case_characters: rt::Field<i32>,
    /// Minimum # of non-letter characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinNonLetterCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_non_letter_characters: rt::Field<i32>,
    /// Minimum # of numeric characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinNumericCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_numeric_characters: rt::Field<i32>,
    /// Minimum # of symbols required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinSymbolCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_symbol_characters: rt::Field<i32>,
    /// Minimum # of upper-case characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinUpperCaseCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_upper_case_characters: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `workProfilePasswordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub work_profile_password_minutes_of_inactivity_before_screen_timeout: rt::Field<
        i32,
    >,
    /// Number of previous work profile passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `workProfilePasswordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub work_profile_password_previous_password_block_count: rt::Field<i32>,
    /// Type of work profile password that is required.
    ///
    /// CSDL: property `workProfilePasswordRequiredType`: `microsoft.graph.androidWorkProfileRequiredPasswordType`, not nullable.
    pub work_profile_password_required_type: rt::Field<
        crate::v1::AndroidWorkProfileRequiredPasswordType,
    >,
    /// Number of sign in failures allowed before work profile is removed and all corporate data deleted. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub work_profile_password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Password is required or not for work profile
    ///
    /// CSDL: property `workProfileRequirePassword`: `Edm.Boolean`, not nullable.
    pub work_profile_require_password: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileGeneralDeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            password_block_fingerprint_unlock: rt::Field::Absent,
            password_block_trust_agents: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            work_profile_block_adding_accounts: rt::Field::Absent,
            work_profile_block_camera: rt::Field::Absent,
            work_profile_block_cross_profile_caller_id: rt::Field::Absent,
            work_profile_block_cross_profile_contacts_search: rt::Field::Absent,
            work_profile_block_cross_profile_copy_paste: rt::Field::Absent,
            work_profile_block_notifications_while_device_locked: rt::Field::Absent,
            work_profile_block_screen_capture: rt::Field::Absent,
            work_profile_bluetooth_enable_contact_sharing: rt::Field::Absent,
            work_profile_data_sharing_type: rt::Field::Absent,
            work_profile_default_app_permission_policy: rt::Field::Absent,
            work_profile_password_block_fingerprint_unlock: rt::Field::Absent,
            work_profile_password_block_trust_agents: rt::Field::Absent,
            work_profile_password_expiration_days: rt::Field::Absent,
            work_profile_password_minimum_length: rt::Field::Absent,
            work_profile_password_min_letter_characters: rt::Field::Absent,
            work_profile_password_min_lower_case_characters: rt::Field::Absent,
            work_profile_password_min_non_letter_characters: rt::Field::Absent,
            work_profile_password_min_numeric_characters: rt::Field::Absent,
            work_profile_password_min_symbol_characters: rt::Field::Absent,
            work_profile_password_min_upper_case_characters: rt::Field::Absent,
            work_profile_password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            work_profile_password_previous_password_block_count: rt::Field::Absent,
            work_profile_password_required_type: rt::Field::Absent,
            work_profile_password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            work_profile_require_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidWorkProfileGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "passwordBlockFingerprintUnlock",
        "passwordBlockTrustAgents",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "securityRequireVerifyApps",
        "workProfileBlockAddingAccounts",
        "workProfileBlockCamera",
        "workProfileBlockCrossProfileCallerId",
        "workProfileBlockCrossProfileContactsSearch",
        "workProfileBlockCrossProfileCopyPaste",
        "workProfileBlockNotificationsWhileDeviceLocked",
        "workProfileBlockScreenCapture",
        "workProfileBluetoothEnableContactSharing",
        "workProfileDataSharingType",
        "workProfileDefaultAppPermissionPolicy",
        "workProfilePasswordBlockFingerprintUnlock",
        "workProfilePasswordBlockTrustAgents",
        "workProfilePasswordExpirationDays",
        "workProfilePasswordMinimumLength",
        "workProfilePasswordMinLetterCharacters",
        "workProfilePasswordMinLowerCaseCharacters",
        "workProfilePasswordMinNonLetterCharacters",
        "workProfilePasswordMinNumericCharacters",
        "workProfilePasswordMinSymbolCharacters",
        "workProfilePasswordMinUpperCaseCharacters",
        "workProfilePasswordMinutesOfInactivityBeforeScreenTimeout",
        "workProfilePasswordPreviousPasswordBlockCount",
        "workProfilePasswordRequiredType",
        "workProfilePasswordSignInFailureCountBeforeFactoryReset",
        "workProfileRequirePassword",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"passwordBlockFingerprintUnlock\":",
        ",\"passwordBlockTrustAgents\":     ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"securityRequireVerifyApps\":    ",
        ",\"workProfileBlockAddingAccounts\":",
        ",\"workProfileBlockCamera\":       ",
        ",\"workProfileBlockCrossProfileCallerId\":",
        ",\"workProfileBlockCrossProfileContactsSearch\":",
        ",\"workProfileBlockCrossProfileCopyPaste\":",
        ",\"workProfileBlockNotificationsWhileDeviceLocked\":",
        ",\"workProfileBlockScreenCapture\":",
        ",\"workProfileBluetoothEnableContactSharing\":",
        ",\"workProfileDataSharingType\":   ",
        ",\"workProfileDefaultAppPermissionPolicy\":",
        ",\"workProfilePasswordBlockFingerprintUnlock\":",
        ",\"workProfilePasswordBlockTrustAgents\":",
        ",\"workProfilePasswordExpirationDays\":",
        ",\"workProfilePasswordMinimumLength\":",
        ",\"workProfilePasswordMinLetterCharacters\":",
        ",\"workProfilePasswordMinLowerCaseCharacters\":",
        ",\"workProfilePasswordMinNonLetterCharacters\":",
        ",\"workProfilePasswordMinNumericCharacters\":",
        ",\"workProfilePasswordMinSymbolCharacters\":",
        ",\"workProfilePasswordMinUpperCaseCharacters\":",
        ",\"workProfilePasswordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"workProfilePasswordPreviousPasswordBlockCount\":",
        ",\"workProfilePasswordRequiredType\":",
        ",\"workProfilePasswordSignInFailureCountBeforeFactoryReset\":",
        ",\"workProfileRequirePassword\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileGeneralDeviceConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(
            12usize,
            "password_block_fingerprint_unlock",
            &self.password_block_fingerprint_unlock,
        );
        v.field(
            13usize,
            "password_block_trust_agents",
            &self.password_block_trust_agents,
        );
        v.field(14usize, "password_expiration_days", &self.password_expiration_days);
        v.field(15usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            16usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            17usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(18usize, "password_required_type", &self.password_required_type);
        v.field(
            19usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            20usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(
            21usize,
            "work_profile_block_adding_accounts",
            &self.work_profile_block_adding_accounts,
        );
        v.field(22usize, "work_profile_block_camera", &self.work_profile_block_camera);
        v.field(
            23usize,
            "work_profile_block_cross_profile_caller_id",
            &self.work_profile_block_cross_profile_caller_id,
        );
        v.field(
            24usize,
            "work_profile_block_cross_profile_contacts_search",
            &self.work_profile_block_cross_profile_contacts_search,
        );
        v.field(
            25usize,
            "work_profile_block_cross_profile_copy_paste",
            &self.work_profile_block_cross_profile_copy_paste,
        );
        v.field(
            26usize,
            "work_profile_block_notifications_while_device_locked",
            &self.work_profile_block_notifications_while_device_locked,
        );
        v.field(
            27usize,
            "work_profile_block_screen_capture",
            &self.work_profile_block_screen_capture,
        );
        v.field(
            28usize,
            "work_profile_bluetooth_enable_contact_sharing",
            &self.work_profile_bluetooth_enable_contact_sharing,
        );
        v.field(
            29usize,
            "work_profile_data_sharing_type",
            &self.work_profile_data_sharing_type,
        );
        v.field(
            30usize,
            "work_profile_default_app_permission_policy",
            &self.work_profile_default_app_permission_policy,
        );
        v.field(
            31usize,
            "work_profile_password_block_fingerprint_unlock",
            &self.work_profile_password_block_fingerprint_unlock,
        );
        v.field(
            32usize,
            "work_profile_password_block_trust_agents",
            &self.work_profile_password_block_trust_agents,
        );
        v.field(
            33usize,
            "work_profile_password_expiration_days",
            &self.work_profile_password_expiration_days,
        );
        v.field(
            34usize,
            "work_profile_password_minimum_length",
            &self.work_profile_password_minimum_length,
        );
        v.field(
            35usize,
            "work_profile_password_min_letter_characters",
            &self.work_profile_password_min_letter_characters,
        );
        v.field(
            36usize,
            "work_profile_password_min_lower_case_characters",
            &self.work_profile_password_min_lower_case_characters,
        );
        v.field(
            37usize,
            "work_profile_password_min_non_letter_characters",
            &self.work_profile_password_min_non_letter_characters,
        );
        v.field(
            38usize,
            "work_profile_password_min_numeric_characters",
            &self.work_profile_password_min_numeric_characters,
        );
        v.field(
            39usize,
            "work_profile_password_min_symbol_characters",
            &self.work_profile_password_min_symbol_characters,
        );
        v.field(
            40usize,
            "work_profile_password_min_upper_case_characters",
            &self.work_profile_password_min_upper_case_characters,
        );
        v.field(
            41usize,
            "work_profile_password_minutes_of_inactivity_before_screen_timeout",
            &self.work_profile_password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            42usize,
            "work_profile_password_previous_password_block_count",
            &self.work_profile_password_previous_password_block_count,
        );
        v.field(
            43usize,
            "work_profile_password_required_type",
            &self.work_profile_password_required_type,
        );
        v.field(
            44usize,
            "work_profile_password_sign_in_failure_count_before_factory_reset",
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            45usize,
            "work_profile_require_password",
            &self.work_profile_require_password,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileGeneralDeviceConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.password_block_fingerprint_unlock.read_from(r),
            13usize => self.password_block_trust_agents.read_from(r),
            14usize => self.password_expiration_days.read_from(r),
            15usize => self.password_minimum_length.read_from(r),
            16usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            17usize => self.password_previous_password_block_count.read_from(r),
            18usize => self.password_required_type.read_from(r),
            19usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            20usize => self.security_require_verify_apps.read_from(r),
            21usize => self.work_profile_block_adding_accounts.read_from(r),
            22usize => self.work_profile_block_camera.read_from(r),
            23usize => self.work_profile_block_cross_profile_caller_id.read_from(r),
            24usize => self.work_profile_block_cross_profile_contacts_search.read_from(r),
            25usize => self.work_profile_block_cross_profile_copy_paste.read_from(r),
            26usize => {
                self.work_profile_block_notifications_while_device_locked.read_from(r)
            }
            27usize => self.work_profile_block_screen_capture.read_from(r),
            28usize => self.work_profile_bluetooth_enable_contact_sharing.read_from(r),
            29usize => self.work_profile_data_sharing_type.read_from(r),
            30usize => self.work_profile_default_app_permission_policy.read_from(r),
            31usize => self.work_profile_password_block_fingerprint_unlock.read_from(r),
            32usize => self.work_profile_password_block_trust_agents.read_from(r),
            33usize => self.work_profile_password_expiration_days.read_from(r),
            34usize => self.work_profile_password_minimum_length.read_from(r),
            35usize => self.work_profile_password_min_letter_characters.read_from(r),
            36usize => self.work_profile_password_min_lower_case_characters.read_from(r),
            37usize => self.work_profile_password_min_non_letter_characters.read_from(r),
            38usize => self.work_profile_password_min_numeric_characters.read_from(r),
            39usize => self.work_profile_password_min_symbol_characters.read_from(r),
            40usize => self.work_profile_password_min_upper_case_characters.read_from(r),
            41usize => {
                self.work_profile_password_minutes_of_inactivity_before_screen_timeout
                    .read_from(r)
            }
            42usize => {
                self.work_profile_password_previous_password_block_count.read_from(r)
            }
            43usize => self.work_profile_password_required_type.read_from(r),
            44usize => {
                self.work_profile_password_sign_in_failure_count_before_factory_reset
                    .read_from(r)
            }
            45usize => self.work_profile_require_password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.password_block_fingerprint_unlock);
        w.field(13usize, &self.password_block_trust_agents);
        w.field(14usize, &self.password_expiration_days);
        w.field(15usize, &self.password_minimum_length);
        w.field(16usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(17usize, &self.password_previous_password_block_count);
        w.field(18usize, &self.password_required_type);
        w.field(19usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(20usize, &self.security_require_verify_apps);
        w.field(21usize, &self.work_profile_block_adding_accounts);
        w.field(22usize, &self.work_profile_block_camera);
        w.field(23usize, &self.work_profile_block_cross_profile_caller_id);
        w.field(24usize, &self.work_profile_block_cross_profile_contacts_search);
        w.field(25usize, &self.work_profile_block_cross_profile_copy_paste);
        w.field(26usize, &self.work_profile_block_notifications_while_device_locked);
        w.field(27usize, &self.work_profile_block_screen_capture);
        w.field(28usize, &self.work_profile_bluetooth_enable_contact_sharing);
        w.field(29usize, &self.work_profile_data_sharing_type);
        w.field(30usize, &self.work_profile_default_app_permission_policy);
        w.field(31usize, &self.work_profile_password_block_fingerprint_unlock);
        w.field(32usize, &self.work_profile_password_block_trust_agents);
        w.field(33usize, &self.work_profile_password_expiration_days);
        w.field(34usize, &self.work_profile_password_minimum_length);
        w.field(35usize, &self.work_profile_password_min_letter_characters);
        w.field(36usize, &self.work_profile_password_min_lower_case_characters);
        w.field(37usize, &self.work_profile_password_min_non_letter_characters);
        w.field(38usize, &self.work_profile_password_min_numeric_characters);
        w.field(39usize, &self.work_profile_password_min_symbol_characters);
        w.field(40usize, &self.work_profile_password_min_upper_case_characters);
        w.field(
            41usize,
            &self.work_profile_password_minutes_of_inactivity_before_screen_timeout,
        );
        w.field(42usize, &self.work_profile_password_previous_password_block_count);
        w.field(43usize, &self.work_profile_password_required_type);
        w.field(
            44usize,
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
        w.field(45usize, &self.work_profile_require_password);
    }
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
rt::impl_object!(AndroidWorkProfileGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileGeneralDeviceConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_password_block_fingerprint_unlock
    password_block_fingerprint_unlock : bool; with_password_block_trust_agents
    password_block_trust_agents : bool; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required_type password_required_type : crate
    ::v1::AndroidWorkProfileRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_work_profile_block_adding_accounts work_profile_block_adding_accounts : bool;
    with_work_profile_block_camera work_profile_block_camera : bool;
    with_work_profile_block_cross_profile_caller_id
    work_profile_block_cross_profile_caller_id : bool;
    with_work_profile_block_cross_profile_contacts_search
    work_profile_block_cross_profile_contacts_search : bool;
    with_work_profile_block_cross_profile_copy_paste
    work_profile_block_cross_profile_copy_paste : bool;
    with_work_profile_block_notifications_while_device_locked
    work_profile_block_notifications_while_device_locked : bool;
    with_work_profile_block_screen_capture work_profile_block_screen_capture : bool;
    with_work_profile_bluetooth_enable_contact_sharing
    work_profile_bluetooth_enable_contact_sharing : bool;
    with_work_profile_data_sharing_type work_profile_data_sharing_type : crate
    ::v1::AndroidWorkProfileCrossProfileDataSharingType;
    with_work_profile_default_app_permission_policy
    work_profile_default_app_permission_policy : crate
    ::v1::AndroidWorkProfileDefaultAppPermissionPolicyType;
    with_work_profile_password_block_fingerprint_unlock
    work_profile_password_block_fingerprint_unlock : bool;
    with_work_profile_password_block_trust_agents
    work_profile_password_block_trust_agents : bool;
    with_work_profile_password_expiration_days work_profile_password_expiration_days :
    i32; with_work_profile_password_minimum_length work_profile_password_minimum_length :
    i32; with_work_profile_password_min_letter_characters
    work_profile_password_min_letter_characters : i32;
    with_work_profile_password_min_lower_case_characters
    work_profile_password_min_lower_case_characters : i32;
    with_work_profile_password_min_non_letter_characters
    work_profile_password_min_non_letter_characters : i32;
    with_work_profile_password_min_numeric_characters
    work_profile_password_min_numeric_characters : i32;
    with_work_profile_password_min_symbol_characters
    work_profile_password_min_symbol_characters : i32;
    with_work_profile_password_min_upper_case_characters
    work_profile_password_min_upper_case_characters : i32;
    with_work_profile_password_minutes_of_inactivity_before_screen_timeout
    work_profile_password_minutes_of_inactivity_before_screen_timeout : i32;
    with_work_profile_password_previous_password_block_count
    work_profile_password_previous_password_block_count : i32;
    with_work_profile_password_required_type work_profile_password_required_type : crate
    ::v1::AndroidWorkProfileRequiredPasswordType;
    with_work_profile_password_sign_in_failure_count_before_factory_reset
    work_profile_password_sign_in_failure_count_before_factory_reset : i32;
    with_work_profile_require_password work_profile_require_password : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile required password type.
///
/// CSDL: `microsoft.graph.androidWorkProfileRequiredPasswordType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileRequiredPasswordType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Low security biometrics based password required.
    ///
    /// `lowSecurityBiometric` (value 1).
    LowSecurityBiometric,
    /// Required.
    ///
    /// `required` (value 2).
    Required,
    /// At least numeric password required.
    ///
    /// `atLeastNumeric` (value 3).
    AtLeastNumeric,
    /// Numeric complex password required.
    ///
    /// `numericComplex` (value 4).
    NumericComplex,
    /// At least alphabetic password required.
    ///
    /// `atLeastAlphabetic` (value 5).
    AtLeastAlphabetic,
    /// At least alphanumeric password required.
    ///
    /// `atLeastAlphanumeric` (value 6).
    AtLeastAlphanumeric,
    /// At least alphanumeric with symbols password required.
    ///
    /// `alphanumericWithSymbols` (value 7).
    AlphanumericWithSymbols,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AndroidWorkProfileRequiredPasswordType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileRequiredPasswordType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "lowSecurityBiometric",
        "required",
        "atLeastNumeric",
        "numericComplex",
        "atLeastAlphabetic",
        "atLeastAlphanumeric",
        "alphanumericWithSymbols",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "lowSecurityBiometric" => Self::LowSecurityBiometric,
                "required" => Self::Required,
                "atLeastNumeric" => Self::AtLeastNumeric,
                "numericComplex" => Self::NumericComplex,
                "atLeastAlphabetic" => Self::AtLeastAlphabetic,
                "atLeastAlphanumeric" => Self::AtLeastAlphanumeric,
                "alphanumericWithSymbols" => Self::AlphanumericWithSymbols,
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
            Self::DeviceDefault => "deviceDefault",
            Self::LowSecurityBiometric => "lowSecurityBiometric",
            Self::Required => "required",
            Self::AtLeastNumeric => "atLeastNumeric",
            Self::NumericComplex => "numericComplex",
            Self::AtLeastAlphabetic => "atLeastAlphabetic",
            Self::AtLeastAlphanumeric => "atLeastAlphanumeric",
            Self::AlphanumericWithSymbols => "alphanumericWithSymbols",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileRequiredPasswordType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileRequiredPasswordType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.anonymousGuestConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AnonymousGuestConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `anonymousGuestId`: `Edm.String`, nullable.
    pub anonymous_guest_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnonymousGuestConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            anonymous_guest_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for AnonymousGuestConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.anonymousGuestConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "anonymousGuestId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
        ",\"anonymousGuestId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.anonymousGuestConversationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "roles", &self.roles);
        v.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
        v.field(4usize, "anonymous_guest_id", &self.anonymous_guest_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for AnonymousGuestConversationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.anonymous_guest_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.anonymous_guest_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(AnonymousGuestConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    AnonymousGuestConversationMember { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_roles roles :
    ::std::vec::Vec < ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; with_anonymous_guest_id
    anonymous_guest_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnonymousGuestConversationMember);
