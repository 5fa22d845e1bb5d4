//! Types of `microsoft.graph` by the first letters of their names (`aa_al`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.aadUserConversationMemberResult`, complex type, derived from `microsoft.graph.actionResultPart`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"error\":", ",\"userId\":"];
    const TAG: &'static str = "\"#microsoft.graph.aadUserConversationMemberResult\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.error),
            1usize => ::std::option::Option::Some(&self.user_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "error", &self.error);
        d.field(1usize, "user_id", &self.user_id);
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
#[derive(Clone, PartialEq)]
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
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {}
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
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
#[derive(Clone, PartialEq)]
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => {
                ::std::option::Option::Some(&self.grace_period_before_access_removal)
            }
            1usize => {
                ::std::option::Option::Some(
                    &self.remove_access_when_target_leaves_allowed_targets,
                )
            }
            2usize => {
                ::std::option::Option::Some(&self.request_access_for_allowed_targets)
            }
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "grace_period_before_access_removal",
            &self.grace_period_before_access_removal,
        );
        d.field(
            1usize,
            "remove_access_when_target_leaves_allowed_targets",
            &self.remove_access_when_target_leaves_allowed_targets,
        );
        d.field(
            2usize,
            "request_access_for_allowed_targets",
            &self.request_access_for_allowed_targets,
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"timeoutDuration\":"];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.timeout_duration),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "timeout_duration", &self.timeout_duration);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"type\":"];
    const TAG: &'static str = "\"#microsoft.graph.accountTargetContent\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.type_),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "type_", &self.type_);
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
impl rt::Poly for AnyAccountTargetContent {
    const BASE_NAME: &'static str = "microsoft.graph.accountTargetContent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.addressBookAccountTargetContent",
            ) => rt::object::read_boxed(r).map(Self::AddressBookAccountTargetContent),
            ::std::option::Option::Some(
                "microsoft.graph.includeAllAccountTargetContent",
            ) => rt::object::read_boxed(r).map(Self::IncludeAllAccountTargetContent),
            _ => rt::object::read_boxed(r).map(Self::AccountTargetContent),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::AccountTargetContent(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AddressBookAccountTargetContent(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.addressBookAccountTargetContent",
                    ),
                )
            }
            Self::IncludeAllAccountTargetContent(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.includeAllAccountTargetContent",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyAccountTargetContent {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::AccountTargetContent(_) => "microsoft.graph.accountTargetContent",
            Self::AddressBookAccountTargetContent(_) => {
                "microsoft.graph.addressBookAccountTargetContent"
            }
            Self::IncludeAllAccountTargetContent(_) => {
                "microsoft.graph.includeAllAccountTargetContent"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::AccountTargetContent(v) => &v.extra,
            Self::AddressBookAccountTargetContent(v) => &v.extra,
            Self::IncludeAllAccountTargetContent(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::AccountTargetContent(v) => &mut v.extra,
            Self::AddressBookAccountTargetContent(v) => &mut v.extra,
            Self::IncludeAllAccountTargetContent(v) => &mut v.extra,
        }
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"error\":"];
    const TAG: &'static str = "\"#microsoft.graph.actionResultPart\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.error),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "error", &self.error);
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
impl rt::Poly for AnyActionResultPart {
    const BASE_NAME: &'static str = "microsoft.graph.actionResultPart";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.aadUserConversationMemberResult",
            ) => rt::object::read_boxed(r).map(Self::AadUserConversationMemberResult),
            _ => rt::object::read_boxed(r).map(Self::ActionResultPart),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::ActionResultPart(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AadUserConversationMemberResult(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.aadUserConversationMemberResult",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyActionResultPart {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::ActionResultPart(_) => "microsoft.graph.actionResultPart",
            Self::AadUserConversationMemberResult(_) => {
                "microsoft.graph.aadUserConversationMemberResult"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::ActionResultPart(v) => &v.extra,
            Self::AadUserConversationMemberResult(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::ActionResultPart(v) => &mut v.extra,
            Self::AadUserConversationMemberResult(v) => &mut v.extra,
        }
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
/// Request builders: [`ActivityHistoryItemPath`](requests/struct.ActivityHistoryItemPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"activeDurationSeconds\":",
        ",\"createdDateTime\":",
        ",\"expirationDateTime\":",
        ",\"lastActiveDateTime\":",
        ",\"lastModifiedDateTime\":",
        ",\"startedDateTime\":",
        ",\"status\":",
        ",\"userTimezone\":",
        ",\"activity\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activityHistoryItem\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.active_duration_seconds),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.expiration_date_time),
            4usize => ::std::option::Option::Some(&self.last_active_date_time),
            5usize => ::std::option::Option::Some(&self.last_modified_date_time),
            6usize => ::std::option::Option::Some(&self.started_date_time),
            7usize => ::std::option::Option::Some(&self.status),
            8usize => ::std::option::Option::Some(&self.user_timezone),
            9usize => ::std::option::Option::Some(&self.activity),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "active_duration_seconds", &self.active_duration_seconds);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "expiration_date_time", &self.expiration_date_time);
        d.field(4usize, "last_active_date_time", &self.last_active_date_time);
        d.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(6usize, "started_date_time", &self.started_date_time);
        d.field(7usize, "status", &self.status);
        d.field(8usize, "user_timezone", &self.user_timezone);
        d.field(9usize, "activity", &self.activity);
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
#[derive(Clone, PartialEq)]
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
        ",\"type\":",
        ",\"accountTargetEmails\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addressBookAccountTargetContent\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.type_),
            1usize => ::std::option::Option::Some(&self.account_target_emails),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "type_", &self.type_);
        d.field(1usize, "account_target_emails", &self.account_target_emails);
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
/// Request builders: [`AdminMicrosoft365AppsPath`](requests/struct.AdminMicrosoft365AppsPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"installationOptions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.adminMicrosoft365Apps\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.installation_options),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "installation_options", &self.installation_options);
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
/// Request builders: [`AdminReportSettingsPath`](requests/struct.AdminReportSettingsPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"displayConcealedNames\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.adminReportSettings\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_concealed_names),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_concealed_names", &self.display_concealed_names);
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
#[derive(Clone, PartialEq)]
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
        ",\"bucketDefinition\":",
        ",\"field\":",
        ",\"size\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aggregationOption\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.bucket_definition),
            1usize => ::std::option::Option::Some(&self.field),
            2usize => ::std::option::Option::Some(&self.size),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "bucket_definition", &self.bucket_definition);
        d.field(1usize, "field", &self.field);
        d.field(2usize, "size", &self.size);
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
/// Request builders: [`AgreementPath`](requests/struct.AgreementPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"displayName\":",
        ",\"isPerDeviceAcceptanceRequired\":",
        ",\"isViewingBeforeAcceptanceRequired\":",
        ",\"termsExpiration\":",
        ",\"userReacceptRequiredFrequency\":",
        ",\"acceptances\":",
        ",\"file\":",
        ",\"files\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreement\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => {
                ::std::option::Option::Some(&self.is_per_device_acceptance_required)
            }
            3usize => {
                ::std::option::Option::Some(&self.is_viewing_before_acceptance_required)
            }
            4usize => ::std::option::Option::Some(&self.terms_expiration),
            5usize => ::std::option::Option::Some(&self.user_reaccept_required_frequency),
            6usize => ::std::option::Option::Some(&self.acceptances),
            7usize => ::std::option::Option::Some(&self.file),
            8usize => ::std::option::Option::Some(&self.files),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(
            2usize,
            "is_per_device_acceptance_required",
            &self.is_per_device_acceptance_required,
        );
        d.field(
            3usize,
            "is_viewing_before_acceptance_required",
            &self.is_viewing_before_acceptance_required,
        );
        d.field(4usize, "terms_expiration", &self.terms_expiration);
        d.field(
            5usize,
            "user_reaccept_required_frequency",
            &self.user_reaccept_required_frequency,
        );
        d.field(6usize, "acceptances", &self.acceptances);
        d.field(7usize, "file", &self.file);
        d.field(8usize, "files", &self.files);
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
/// Request builders: [`AgreementAcceptancePath`](requests/struct.AgreementAcceptancePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-agreement-acceptances`, `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"agreementFileId\":",
        ",\"agreementId\":",
        ",\"deviceDisplayName\":",
        ",\"deviceId\":",
        ",\"deviceOSType\":",
        ",\"deviceOSVersion\":",
        ",\"expirationDateTime\":",
        ",\"recordedDateTime\":",
        ",\"state\":",
        ",\"userDisplayName\":",
        ",\"userEmail\":",
        ",\"userId\":",
        ",\"userPrincipalName\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementAcceptance\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.agreement_file_id),
            2usize => ::std::option::Option::Some(&self.agreement_id),
            3usize => ::std::option::Option::Some(&self.device_display_name),
            4usize => ::std::option::Option::Some(&self.device_id),
            5usize => ::std::option::Option::Some(&self.device_os_type),
            6usize => ::std::option::Option::Some(&self.device_os_version),
            7usize => ::std::option::Option::Some(&self.expiration_date_time),
            8usize => ::std::option::Option::Some(&self.recorded_date_time),
            9usize => ::std::option::Option::Some(&self.state),
            10usize => ::std::option::Option::Some(&self.user_display_name),
            11usize => ::std::option::Option::Some(&self.user_email),
            12usize => ::std::option::Option::Some(&self.user_id),
            13usize => ::std::option::Option::Some(&self.user_principal_name),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "agreement_file_id", &self.agreement_file_id);
        d.field(2usize, "agreement_id", &self.agreement_id);
        d.field(3usize, "device_display_name", &self.device_display_name);
        d.field(4usize, "device_id", &self.device_id);
        d.field(5usize, "device_os_type", &self.device_os_type);
        d.field(6usize, "device_os_version", &self.device_os_version);
        d.field(7usize, "expiration_date_time", &self.expiration_date_time);
        d.field(8usize, "recorded_date_time", &self.recorded_date_time);
        d.field(9usize, "state", &self.state);
        d.field(10usize, "user_display_name", &self.user_display_name);
        d.field(11usize, "user_email", &self.user_email);
        d.field(12usize, "user_id", &self.user_id);
        d.field(13usize, "user_principal_name", &self.user_principal_name);
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
/// Request builders: [`AgreementFilePath`](requests/struct.AgreementFilePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"displayName\":",
        ",\"fileData\":",
        ",\"fileName\":",
        ",\"isDefault\":",
        ",\"isMajorVersion\":",
        ",\"language\":",
        ",\"localizations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementFile\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.display_name),
            3usize => ::std::option::Option::Some(&self.file_data),
            4usize => ::std::option::Option::Some(&self.file_name),
            5usize => ::std::option::Option::Some(&self.is_default),
            6usize => ::std::option::Option::Some(&self.is_major_version),
            7usize => ::std::option::Option::Some(&self.language),
            8usize => ::std::option::Option::Some(&self.localizations),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "display_name", &self.display_name);
        d.field(3usize, "file_data", &self.file_data);
        d.field(4usize, "file_name", &self.file_name);
        d.field(5usize, "is_default", &self.is_default);
        d.field(6usize, "is_major_version", &self.is_major_version);
        d.field(7usize, "language", &self.language);
        d.field(8usize, "localizations", &self.localizations);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"data\":"];
    const TAG: &'static str = "\"#microsoft.graph.agreementFileData\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.data),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "data", &self.data);
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
/// Request builders: [`AgreementFileLocalizationPath`](requests/struct.AgreementFileLocalizationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"displayName\":",
        ",\"fileData\":",
        ",\"fileName\":",
        ",\"isDefault\":",
        ",\"isMajorVersion\":",
        ",\"language\":",
        ",\"versions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementFileLocalization\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.display_name),
            3usize => ::std::option::Option::Some(&self.file_data),
            4usize => ::std::option::Option::Some(&self.file_name),
            5usize => ::std::option::Option::Some(&self.is_default),
            6usize => ::std::option::Option::Some(&self.is_major_version),
            7usize => ::std::option::Option::Some(&self.language),
            8usize => ::std::option::Option::Some(&self.versions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "display_name", &self.display_name);
        d.field(3usize, "file_data", &self.file_data);
        d.field(4usize, "file_name", &self.file_name);
        d.field(5usize, "is_default", &self.is_default);
        d.field(6usize, "is_major_version", &self.is_major_version);
        d.field(7usize, "language", &self.language);
        d.field(8usize, "versions", &self.versions);
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
/// Request builders: [`AgreementFilePropertiesPath`](requests/struct.AgreementFilePropertiesPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"displayName\":",
        ",\"fileData\":",
        ",\"fileName\":",
        ",\"isDefault\":",
        ",\"isMajorVersion\":",
        ",\"language\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementFileProperties\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.display_name),
            3usize => ::std::option::Option::Some(&self.file_data),
            4usize => ::std::option::Option::Some(&self.file_name),
            5usize => ::std::option::Option::Some(&self.is_default),
            6usize => ::std::option::Option::Some(&self.is_major_version),
            7usize => ::std::option::Option::Some(&self.language),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "display_name", &self.display_name);
        d.field(3usize, "file_data", &self.file_data);
        d.field(4usize, "file_name", &self.file_name);
        d.field(5usize, "is_default", &self.is_default);
        d.field(6usize, "is_major_version", &self.is_major_version);
        d.field(7usize, "language", &self.language);
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
impl rt::Poly for AnyAgreementFileProperties {
    const BASE_NAME: &'static str = "microsoft.graph.agreementFileProperties";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.agreementFile") => {
                rt::object::read_boxed(r).map(Self::AgreementFile)
            }
            ::std::option::Option::Some("microsoft.graph.agreementFileLocalization") => {
                rt::object::read_boxed(r).map(Self::AgreementFileLocalization)
            }
            ::std::option::Option::Some("microsoft.graph.agreementFileVersion") => {
                rt::object::read_boxed(r).map(Self::AgreementFileVersion)
            }
            _ => rt::object::read_boxed(r).map(Self::AgreementFileProperties),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::AgreementFileProperties(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AgreementFile(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreementFile"),
                )
            }
            Self::AgreementFileLocalization(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agreementFileLocalization",
                    ),
                )
            }
            Self::AgreementFileVersion(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreementFileVersion"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl AnyAgreementFileProperties {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::AgreementFileProperties(_) => "microsoft.graph.agreementFileProperties",
            Self::AgreementFile(_) => "microsoft.graph.agreementFile",
            Self::AgreementFileLocalization(_) => {
                "microsoft.graph.agreementFileLocalization"
            }
            Self::AgreementFileVersion(_) => "microsoft.graph.agreementFileVersion",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::AgreementFileProperties(v) => &v.extra,
            Self::AgreementFile(v) => &v.extra,
            Self::AgreementFileLocalization(v) => &v.extra,
            Self::AgreementFileVersion(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::AgreementFileProperties(v) => &mut v.extra,
            Self::AgreementFile(v) => &mut v.extra,
            Self::AgreementFileLocalization(v) => &mut v.extra,
            Self::AgreementFileVersion(v) => &mut v.extra,
        }
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
/// Request builders: [`AgreementFileVersionPath`](requests/struct.AgreementFileVersionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"displayName\":",
        ",\"fileData\":",
        ",\"fileName\":",
        ",\"isDefault\":",
        ",\"isMajorVersion\":",
        ",\"language\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agreementFileVersion\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.display_name),
            3usize => ::std::option::Option::Some(&self.file_data),
            4usize => ::std::option::Option::Some(&self.file_name),
            5usize => ::std::option::Option::Some(&self.is_default),
            6usize => ::std::option::Option::Some(&self.is_major_version),
            7usize => ::std::option::Option::Some(&self.language),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "display_name", &self.display_name);
        d.field(3usize, "file_data", &self.file_data);
        d.field(4usize, "file_name", &self.file_name);
        d.field(5usize, "is_default", &self.is_default);
        d.field(6usize, "is_major_version", &self.is_major_version);
        d.field(7usize, "language", &self.language);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"incompatiblePrinters\":"];
    const TAG: &'static str = "\"#microsoft.graph.airPrintSettings\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.incompatible_printers),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "incompatible_printers", &self.incompatible_printers);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"action\":", ",\"group\":"];
    const TAG: &'static str = "\"#microsoft.graph.akamaiAttackGroupActionModel\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.action),
            1usize => ::std::option::Option::Some(&self.group),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "action", &self.action);
        d.field(1usize, "group", &self.group);
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
#[derive(Clone, PartialEq)]
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
        ",\"action\":",
        ",\"name\":",
        ",\"ruleId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiCustomRuleModel\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.action),
            1usize => ::std::option::Option::Some(&self.name),
            2usize => ::std::option::Option::Some(&self.rule_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "action", &self.action);
        d.field(1usize, "name", &self.name);
        d.field(2usize, "rule_id", &self.rule_id);
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
#[derive(Clone, PartialEq)]
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
        ",\"defaultAction\":",
        ",\"isEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiRapidRulesModel\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.default_action),
            1usize => ::std::option::Option::Some(&self.is_enabled),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "default_action", &self.default_action);
        d.field(1usize, "is_enabled", &self.is_enabled);
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
#[derive(Clone, PartialEq)]
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
        ",\"dnsConfiguration\":",
        ",\"activeAttackGroups\":",
        ",\"activeCustomRules\":",
        ",\"rapidRules\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiVerifiedDetailsModel\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.dns_configuration),
            1usize => ::std::option::Option::Some(&self.active_attack_groups),
            2usize => ::std::option::Option::Some(&self.active_custom_rules),
            3usize => ::std::option::Option::Some(&self.rapid_rules),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "dns_configuration", &self.dns_configuration);
        d.field(1usize, "active_attack_groups", &self.active_attack_groups);
        d.field(2usize, "active_custom_rules", &self.active_custom_rules);
        d.field(3usize, "rapid_rules", &self.rapid_rules);
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
/// Request builders: [`AkamaiWebApplicationFirewallProviderPath`](requests/struct.AkamaiWebApplicationFirewallProviderPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq)]
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
        ",\"id\":",
        ",\"displayName\":",
        ",\"accessToken\":",
        ",\"clientSecret\":",
        ",\"clientToken\":",
        ",\"hostPrefix\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.akamaiWebApplicationFirewallProvider\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.access_token),
            3usize => ::std::option::Option::Some(&self.client_secret),
            4usize => ::std::option::Option::Some(&self.client_token),
            5usize => ::std::option::Option::Some(&self.host_prefix),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "access_token", &self.access_token);
        d.field(3usize, "client_secret", &self.client_secret);
        d.field(4usize, "client_token", &self.client_token);
        d.field(5usize, "host_prefix", &self.host_prefix);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"coverImageItemId\":"];
    const TAG: &'static str = "\"#microsoft.graph.album\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.cover_image_item_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "cover_image_item_id", &self.cover_image_item_id);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"kind\":"];
    const TAG: &'static str = "\"#microsoft.graph.allAllowedScopes\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.kind),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "kind", &self.kind);
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
#[derive(Clone, PartialEq)]
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
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {}
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
/// Request builders: [`AllowedValuePath`](requests/struct.AllowedValuePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"isActive\":"];
    const TAG: &'static str = "\"#microsoft.graph.allowedValue\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.is_active),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "is_active", &self.is_active);
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
#[derive(Clone, PartialEq)]
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
        ",\"originalQueryString\":",
        ",\"queryAlteration\":",
        ",\"queryAlterationType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alterationResponse\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.original_query_string),
            1usize => ::std::option::Option::Some(&self.query_alteration),
            2usize => ::std::option::Option::Some(&self.query_alteration_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "original_query_string", &self.original_query_string);
        d.field(1usize, "query_alteration", &self.query_alteration);
        d.field(2usize, "query_alteration_type", &self.query_alteration_type);
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
#[derive(Clone, PartialEq)]
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
        ",\"length\":",
        ",\"offset\":",
        ",\"suggestion\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alteredQueryToken\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.length),
            1usize => ::std::option::Option::Some(&self.offset),
            2usize => ::std::option::Option::Some(&self.suggestion),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "length", &self.length);
        d.field(1usize, "offset", &self.offset);
        d.field(2usize, "suggestion", &self.suggestion);
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
#[derive(Clone, PartialEq)]
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
        ",\"identityProvider\":",
        ",\"key\":",
        ",\"type\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.alternativeSecurityId\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.identity_provider),
            1usize => ::std::option::Option::Some(&self.key),
            2usize => ::std::option::Option::Some(&self.type_),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "identity_provider", &self.identity_provider);
        d.field(1usize, "key", &self.key);
        d.field(2usize, "type_", &self.type_);
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
rt::impl_object!(AlternativeSecurityId);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AlternativeSecurityId { with_identity_provider identity_provider :
    ::std::string::String; with_key key : rt::edm::Binary; with_type type_ : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlternativeSecurityId);
