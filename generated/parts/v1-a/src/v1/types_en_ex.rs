//! Types of `microsoft.graph` by the first letters of their names (`en_ex`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.endUserSettings`, entity type, derived from `microsoft.graph.controlConfiguration`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct EndUserSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `modifiedBy`: `Edm.String`, nullable.
    pub modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `relatedPeopleInsightLevel`: `microsoft.graph.accessPackageSuggestionRelatedPeopleInsightLevel`, nullable.
    pub related_people_insight_level: rt::Field<
        crate::v1::AccessPackageSuggestionRelatedPeopleInsightLevel,
    >,
    /// CSDL: property `showApproverDetailsToMembers`: `Edm.Boolean`, not nullable.
    pub show_approver_details_to_members: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for EndUserSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            modified_by: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            related_people_insight_level: rt::Field::Absent,
            show_approver_details_to_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for EndUserSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.endUserSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "isEnabled",
        "modifiedBy",
        "modifiedDateTime",
        "relatedPeopleInsightLevel",
        "showApproverDetailsToMembers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"isEnabled\":                    ",
        ",\"modifiedBy\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"relatedPeopleInsightLevel\":    ",
        ",\"showApproverDetailsToMembers\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endUserSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "modified_by", &self.modified_by);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(
            6usize,
            "related_people_insight_level",
            &self.related_people_insight_level,
        );
        v.field(
            7usize,
            "show_approver_details_to_members",
            &self.show_approver_details_to_members,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for EndUserSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.modified_by.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.related_people_insight_level.read_from(r),
            7usize => self.show_approver_details_to_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.modified_by);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.related_people_insight_level);
        w.field(7usize, &self.show_approver_details_to_members);
    }
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
rt::impl_object!(EndUserSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    EndUserSettings { with_id id : ::std::string::String; with_created_by created_by :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_is_enabled is_enabled : bool; with_modified_by
    modified_by : ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_related_people_insight_level
    related_people_insight_level : crate
    ::v1::AccessPackageSuggestionRelatedPeopleInsightLevel;
    with_show_approver_details_to_members show_approver_details_to_members : bool; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndUserSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.endpoint`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<Endpoint, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Endpoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `capability`: `Edm.String`, not nullable.
    pub capability: rt::Field<::std::string::String>,
    /// CSDL: property `providerId`: `Edm.String`, nullable.
    pub provider_id: rt::Field<::std::string::String>,
    /// CSDL: property `providerName`: `Edm.String`, nullable.
    pub provider_name: rt::Field<::std::string::String>,
    /// CSDL: property `providerResourceId`: `Edm.String`, nullable.
    pub provider_resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `uri`: `Edm.String`, not nullable.
    pub uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Endpoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            capability: rt::Field::Absent,
            provider_id: rt::Field::Absent,
            provider_name: rt::Field::Absent,
            provider_resource_id: rt::Field::Absent,
            uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Endpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.endpoint";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "capability",
        "providerId",
        "providerName",
        "providerResourceId",
        "uri",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"capability\":                   ",
        ",\"providerId\":                   ",
        ",\"providerName\":                 ",
        ",\"providerResourceId\":           ",
        ",\"uri\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "capability", &self.capability);
        v.field(3usize, "provider_id", &self.provider_id);
        v.field(4usize, "provider_name", &self.provider_name);
        v.field(5usize, "provider_resource_id", &self.provider_resource_id);
        v.field(6usize, "uri", &self.uri);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Endpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.capability.read_from(r),
            3usize => self.provider_id.read_from(r),
            4usize => self.provider_name.read_from(r),
            5usize => self.provider_resource_id.read_from(r),
            6usize => self.uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.capability);
        w.field(3usize, &self.provider_id);
        w.field(4usize, &self.provider_name);
        w.field(5usize, &self.provider_resource_id);
        w.field(6usize, &self.uri);
    }
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
rt::impl_object!(Endpoint);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Endpoint { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_capability capability :
    ::std::string::String; with_provider_id provider_id : ::std::string::String;
    with_provider_name provider_name : ::std::string::String; with_provider_resource_id
    provider_resource_id : ::std::string::String; with_uri uri : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Endpoint);
#[cfg(msgraph_v1_core_or_employee_experience)]
/// Represents the status of a Viva Engage async operation that is an operation that transcends the
/// lifetime of a single API request. These operations are long-running or too expensive to complete
/// within the time frame of their original request.
///
/// CSDL: `microsoft.graph.engagementAsyncOperation`, entity type, derived from `microsoft.graph.longRunningOperation`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-employee-experience`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EngagementAsyncOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.longRunningOperationStatus`, nullable.
    pub status: rt::Field<crate::v1::LongRunningOperationStatus>,
    /// CSDL: property `statusDetail`: `Edm.String`, nullable.
    pub status_detail: rt::Field<::std::string::String>,
    /// The type of the long-running operation.
    ///
    /// CSDL: property `operationType`: `microsoft.graph.engagementAsyncOperationType`, nullable.
    pub operation_type: rt::Field<crate::v1::EngagementAsyncOperationType>,
    /// The ID of the object created or modified as a result of this async operation.
    ///
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl ::std::default::Default for EngagementAsyncOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            status: rt::Field::Absent,
            status_detail: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl rt::Object for EngagementAsyncOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementAsyncOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "resourceLocation",
        "status",
        "statusDetail",
        "operationType",
        "resourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"resourceLocation\":             ",
        ",\"status\":                       ",
        ",\"statusDetail\":                 ",
        ",\"operationType\":                ",
        ",\"resourceId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementAsyncOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "resource_location", &self.resource_location);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "status_detail", &self.status_detail);
        v.field(6usize, "operation_type", &self.operation_type);
        v.field(7usize, "resource_id", &self.resource_id);
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl rt::object::Members for EngagementAsyncOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.resource_location.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.status_detail.read_from(r),
            6usize => self.operation_type.read_from(r),
            7usize => self.resource_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
        w.field(3usize, &self.resource_location);
        w.field(4usize, &self.status);
        w.field(5usize, &self.status_detail);
        w.field(6usize, &self.operation_type);
        w.field(7usize, &self.resource_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
rt::impl_object!(EngagementAsyncOperation);
#[cfg(msgraph_v1_core_or_employee_experience)]
rt::impl_setters!(
    EngagementAsyncOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_action_date_time
    last_action_date_time : rt::edm::DateTimeOffset; with_resource_location
    resource_location : ::std::string::String; with_status status : crate
    ::v1::LongRunningOperationStatus; with_status_detail status_detail :
    ::std::string::String; with_operation_type operation_type : crate
    ::v1::EngagementAsyncOperationType; with_resource_id resource_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_employee_experience)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementAsyncOperation);
#[cfg(msgraph_v1_core_or_employee_experience)]
/// Types of engagementAsyncOperationType. Members will be added here as more async operations are supported.
///
/// CSDL: `microsoft.graph.engagementAsyncOperationType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-employee-experience`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EngagementAsyncOperationType {
    /// Operation to create a Viva Engage community.
    ///
    /// `createCommunity` (value 0).
    CreateCommunity,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl rt::StrEnum for EngagementAsyncOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementAsyncOperationType";
    const MEMBERS: &'static [&'static str] = &["createCommunity", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "createCommunity" => Self::CreateCommunity,
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
            Self::CreateCommunity => "createCommunity",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
rt::impl_enum!(EngagementAsyncOperationType);
#[cfg(msgraph_v1_core_or_employee_experience)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementAsyncOperationType);
#[cfg(msgraph_v1_communications_or_search)]
/// Represents a conversation in Viva Engage.
///
/// CSDL: `microsoft.graph.engagementConversation`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`EngagementConversationPath`](requests/trait.EngagementConversationPath.html), what a path to one (`EntityPath<AnyEngagementConversation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct EngagementConversation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates that the conversation is in migration state and is currently being used for migration purposes.
    ///
    /// CSDL: property `creationMode`: `microsoft.graph.engagementCreationMode`, not nullable.
    pub creation_mode: rt::Field<crate::v1::EngagementCreationMode>,
    /// The id of the first message in this conversation.
    ///
    /// CSDL: property `starterId`: `Edm.String`, not nullable.
    pub starter_id: rt::Field<::std::string::String>,
    /// The messages in the conversation.
    ///
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.engagementConversationMessage)`, not nullable.
    pub messages: rt::Field<
        ::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>,
    >,
    /// The first message in this conversation.
    ///
    /// CSDL: containment navigation property `starter`: `microsoft.graph.engagementConversationMessage`, not nullable.
    pub starter: rt::Field<crate::v1::AnyEngagementConversationMessage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for EngagementConversation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_mode: rt::Field::Absent,
            starter_id: rt::Field::Absent,
            messages: rt::Field::Absent,
            starter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for EngagementConversation {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementConversation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationMode",
        "starterId",
        "messages",
        "starter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationMode\":                 ",
        ",\"starterId\":                    ",
        ",\"messages\":                     ",
        ",\"starter\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementConversation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_mode", &self.creation_mode);
        v.field(2usize, "starter_id", &self.starter_id);
        v.field(3usize, "messages", &self.messages);
        v.field(4usize, "starter", &self.starter);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for EngagementConversation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_mode.read_from(r),
            2usize => self.starter_id.read_from(r),
            3usize => self.messages.read_from(r),
            4usize => self.starter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_mode);
        w.field(2usize, &self.starter_id);
        w.field(3usize, &self.messages);
        w.field(4usize, &self.starter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(EngagementConversation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    EngagementConversation { with_id id : ::std::string::String; with_creation_mode
    creation_mode : crate ::v1::EngagementCreationMode; with_starter_id starter_id :
    ::std::string::String; with_messages messages : ::std::vec::Vec < crate
    ::v1::AnyEngagementConversationMessage >; with_starter starter : crate
    ::v1::AnyEngagementConversationMessage; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementConversation);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.engagementConversation` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEngagementConversation {
    EngagementConversation(::std::boxed::Box<crate::v1::EngagementConversation>),
    OnlineMeetingEngagementConversation(
        ::std::boxed::Box<crate::v1::OnlineMeetingEngagementConversation>,
    ),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyEngagementConversation {
    #[inline]
    fn default() -> Self {
        Self::EngagementConversation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversation>
for AnyEngagementConversation {
    #[inline]
    fn from(v: crate::v1::EngagementConversation) -> Self {
        Self::EngagementConversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnlineMeetingEngagementConversation>
for AnyEngagementConversation {
    #[inline]
    fn from(v: crate::v1::OnlineMeetingEngagementConversation) -> Self {
        Self::OnlineMeetingEngagementConversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyEngagementConversation {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyEngagementConversation {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyEngagementConversation {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyEngagementConversation {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEngagementConversation {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EngagementConversation>();
    rt::object::auto_traits::<crate::v1::OnlineMeetingEngagementConversation>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyEngagementConversation {
    const BASE_NAME: &'static str = "microsoft.graph.engagementConversation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onlineMeetingEngagementConversation",
            ) => Self::OnlineMeetingEngagementConversation(rt::object::new_boxed()),
            _ => Self::EngagementConversation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EngagementConversation(v) => &**v,
            Self::OnlineMeetingEngagementConversation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EngagementConversation(v) => &mut **v,
            Self::OnlineMeetingEngagementConversation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyEngagementConversation {
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
            Self::EngagementConversation(v) => &v.id,
            Self::OnlineMeetingEngagementConversation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EngagementConversation(v) => &mut v.id,
            Self::OnlineMeetingEngagementConversation(v) => &mut v.id,
        }
    }
    /// `creationMode` of any variant.
    #[inline]
    pub fn creation_mode(&self) -> &rt::Field<crate::v1::EngagementCreationMode> {
        match self {
            Self::EngagementConversation(v) => &v.creation_mode,
            Self::OnlineMeetingEngagementConversation(v) => &v.creation_mode,
        }
    }
    /// `creationMode` of any variant.
    #[inline]
    pub fn creation_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EngagementCreationMode> {
        match self {
            Self::EngagementConversation(v) => &mut v.creation_mode,
            Self::OnlineMeetingEngagementConversation(v) => &mut v.creation_mode,
        }
    }
    /// `starterId` of any variant.
    #[inline]
    pub fn starter_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EngagementConversation(v) => &v.starter_id,
            Self::OnlineMeetingEngagementConversation(v) => &v.starter_id,
        }
    }
    /// `starterId` of any variant.
    #[inline]
    pub fn starter_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EngagementConversation(v) => &mut v.starter_id,
            Self::OnlineMeetingEngagementConversation(v) => &mut v.starter_id,
        }
    }
    /// `messages` of any variant.
    #[inline]
    pub fn messages(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>> {
        match self {
            Self::EngagementConversation(v) => &v.messages,
            Self::OnlineMeetingEngagementConversation(v) => &v.messages,
        }
    }
    /// `messages` of any variant.
    #[inline]
    pub fn messages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>> {
        match self {
            Self::EngagementConversation(v) => &mut v.messages,
            Self::OnlineMeetingEngagementConversation(v) => &mut v.messages,
        }
    }
    /// `starter` of any variant.
    #[inline]
    pub fn starter(&self) -> &rt::Field<crate::v1::AnyEngagementConversationMessage> {
        match self {
            Self::EngagementConversation(v) => &v.starter,
            Self::OnlineMeetingEngagementConversation(v) => &v.starter,
        }
    }
    /// `starter` of any variant.
    #[inline]
    pub fn starter_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyEngagementConversationMessage> {
        match self {
            Self::EngagementConversation(v) => &mut v.starter,
            Self::OnlineMeetingEngagementConversation(v) => &mut v.starter,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyEngagementConversation);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEngagementConversation);
#[cfg(msgraph_v1_communications_or_search)]
/// A Viva Engage conversation discussion message.
///
/// CSDL: `microsoft.graph.engagementConversationDiscussionMessage`, entity type, derived from `microsoft.graph.engagementConversationMessage`, key `id`.
///
/// Request builders: [`EngagementConversationMessagePath`](requests/trait.EngagementConversationMessagePath.html), what a path to one (`EntityPath<EngagementConversationDiscussionMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct EngagementConversationDiscussionMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The body of the message.
    ///
    /// CSDL: property `body`: `microsoft.graph.itemBody`, not nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// The UTC date the message was created. Can only be set during migration.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Indicates that the conversation is in migration state and is currently being used for migration purposes.
    ///
    /// CSDL: property `creationMode`: `microsoft.graph.engagementCreationMode`, not nullable.
    pub creation_mode: rt::Field<crate::v1::EngagementCreationMode>,
    /// Details of the sender of the conversation. Can only be set during migration and/or delegation.
    ///
    /// CSDL: property `from`: `microsoft.graph.engagementIdentitySet`, nullable.
    pub from: rt::Field<crate::v1::EngagementIdentitySet>,
    /// The UTC date this message was last edited.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The id of the message that this message is a reply to.
    ///
    /// CSDL: property `replyToId`: `Edm.String`, nullable.
    pub reply_to_id: rt::Field<::std::string::String>,
    /// The Engage conversation this message is associated with.
    ///
    /// CSDL: navigation property `conversation`: `microsoft.graph.engagementConversation`, not nullable.
    pub conversation: rt::Field<crate::v1::AnyEngagementConversation>,
    /// The reactions in the message.
    ///
    /// CSDL: containment navigation property `reactions`: `Collection(microsoft.graph.engagementConversationMessageReaction)`, not nullable.
    pub reactions: rt::Field<
        ::std::vec::Vec<crate::v1::EngagementConversationMessageReaction>,
    >,
    /// The replies to the message.
    ///
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.engagementConversationMessage)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>>,
    /// The message that this message is a reply to.
    ///
    /// CSDL: navigation property `replyTo`: `microsoft.graph.engagementConversationMessage`, nullable.
    pub reply_to: rt::Field<crate::v1::AnyEngagementConversationMessage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for EngagementConversationDiscussionMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_mode: rt::Field::Absent,
            from: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            reply_to_id: rt::Field::Absent,
            conversation: rt::Field::Absent,
            reactions: rt::Field::Absent,
            replies: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for EngagementConversationDiscussionMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementConversationDiscussionMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "createdDateTime",
        "creationMode",
        "from",
        "lastModifiedDateTime",
        "replyToId",
        "conversation",
        "reactions",
        "replies",
        "replyTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"body\":                         ",
        ",\"createdDateTime\":              ",
        ",\"creationMode\":                 ",
        ",\"from\":                         ",
        ",\"lastModifiedDateTime\":         ",
        ",\"replyToId\":                    ",
        ",\"conversation\":                 ",
        ",\"reactions\":                    ",
        ",\"replies\":                      ",
        ",\"replyTo\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementConversationDiscussionMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "body", &self.body);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "creation_mode", &self.creation_mode);
        v.field(4usize, "from", &self.from);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "reply_to_id", &self.reply_to_id);
        v.field(7usize, "conversation", &self.conversation);
        v.field(8usize, "reactions", &self.reactions);
        v.field(9usize, "replies", &self.replies);
        v.field(10usize, "reply_to", &self.reply_to);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for EngagementConversationDiscussionMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.creation_mode.read_from(r),
            4usize => self.from.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.reply_to_id.read_from(r),
            7usize => self.conversation.read_from(r),
            8usize => self.reactions.read_from(r),
            9usize => self.replies.read_from(r),
            10usize => self.reply_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.creation_mode);
        w.field(4usize, &self.from);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.reply_to_id);
        w.field(7usize, &self.conversation);
        w.field(8usize, &self.reactions);
        w.field(9usize, &self.replies);
        w.field(10usize, &self.reply_to);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(EngagementConversationDiscussionMessage);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    EngagementConversationDiscussionMessage { with_id id : ::std::string::String;
    with_body body : crate ::v1::ItemBody; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creation_mode creation_mode : crate
    ::v1::EngagementCreationMode; with_from from : crate ::v1::EngagementIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_reply_to_id reply_to_id : ::std::string::String; with_conversation conversation
    : crate ::v1::AnyEngagementConversation; with_reactions reactions : ::std::vec::Vec <
    crate ::v1::EngagementConversationMessageReaction >; with_replies replies :
    ::std::vec::Vec < crate ::v1::AnyEngagementConversationMessage >; with_reply_to
    reply_to : crate ::v1::AnyEngagementConversationMessage; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementConversationDiscussionMessage);
#[cfg(msgraph_v1_communications_or_search)]
/// A Viva Engage conversation message.
///
/// CSDL: `microsoft.graph.engagementConversationMessage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EngagementConversationMessagePath`](requests/trait.EngagementConversationMessagePath.html), what a path to one (`EntityPath<AnyEngagementConversationMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct EngagementConversationMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The body of the message.
    ///
    /// CSDL: property `body`: `microsoft.graph.itemBody`, not nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// The UTC date the message was created. Can only be set during migration.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Indicates that the conversation is in migration state and is currently being used for migration purposes.
    ///
    /// CSDL: property `creationMode`: `microsoft.graph.engagementCreationMode`, not nullable.
    pub creation_mode: rt::Field<crate::v1::EngagementCreationMode>,
    /// Details of the sender of the conversation. Can only be set during migration and/or delegation.
    ///
    /// CSDL: property `from`: `microsoft.graph.engagementIdentitySet`, nullable.
    pub from: rt::Field<crate::v1::EngagementIdentitySet>,
    /// The UTC date this message was last edited.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The id of the message that this message is a reply to.
    ///
    /// CSDL: property `replyToId`: `Edm.String`, nullable.
    pub reply_to_id: rt::Field<::std::string::String>,
    /// The Engage conversation this message is associated with.
    ///
    /// CSDL: navigation property `conversation`: `microsoft.graph.engagementConversation`, not nullable.
    pub conversation: rt::Field<crate::v1::AnyEngagementConversation>,
    /// The reactions in the message.
    ///
    /// CSDL: containment navigation property `reactions`: `Collection(microsoft.graph.engagementConversationMessageReaction)`, not nullable.
    pub reactions: rt::Field<
        ::std::vec::Vec<crate::v1::EngagementConversationMessageReaction>,
    >,
    /// The replies to the message.
    ///
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.engagementConversationMessage)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>>,
    /// The message that this message is a reply to.
    ///
    /// CSDL: navigation property `replyTo`: `microsoft.graph.engagementConversationMessage`, nullable.
    pub reply_to: rt::Field<crate::v1::AnyEngagementConversationMessage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for EngagementConversationMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_mode: rt::Field::Absent,
            from: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            reply_to_id: rt::Field::Absent,
            conversation: rt::Field::Absent,
            reactions: rt::Field::Absent,
            replies: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for EngagementConversationMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementConversationMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "createdDateTime",
        "creationMode",
        "from",
        "lastModifiedDateTime",
        "replyToId",
        "conversation",
        "reactions",
        "replies",
        "replyTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"body\":                         ",
        ",\"createdDateTime\":              ",
        ",\"creationMode\":                 ",
        ",\"from\":                         ",
        ",\"lastModifiedDateTime\":         ",
        ",\"replyToId\":                    ",
        ",\"conversation\":                 ",
        ",\"reactions\":                    ",
        ",\"replies\":                      ",
        ",\"replyTo\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementConversationMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "body", &self.body);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "creation_mode", &self.creation_mode);
        v.field(4usize, "from", &self.from);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "reply_to_id", &self.reply_to_id);
        v.field(7usize, "conversation", &self.conversation);
        v.field(8usize, "reactions", &self.reactions);
        v.field(9usize, "replies", &self.replies);
        v.field(10usize, "reply_to", &self.reply_to);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for EngagementConversationMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.creation_mode.read_from(r),
            4usize => self.from.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.reply_to_id.read_from(r),
            7usize => self.conversation.read_from(r),
            8usize => self.reactions.read_from(r),
            9usize => self.replies.read_from(r),
            10usize => self.reply_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.creation_mode);
        w.field(4usize, &self.from);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.reply_to_id);
        w.field(7usize, &self.conversation);
        w.field(8usize, &self.reactions);
        w.field(9usize, &self.replies);
        w.field(10usize, &self.reply_to);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(EngagementConversationMessage);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    EngagementConversationMessage { with_id id : ::std::string::String; with_body body :
    crate ::v1::ItemBody; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creation_mode creation_mode : crate
    ::v1::EngagementCreationMode; with_from from : crate ::v1::EngagementIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_reply_to_id reply_to_id : ::std::string::String; with_conversation conversation
    : crate ::v1::AnyEngagementConversation; with_reactions reactions : ::std::vec::Vec <
    crate ::v1::EngagementConversationMessageReaction >; with_replies replies :
    ::std::vec::Vec < crate ::v1::AnyEngagementConversationMessage >; with_reply_to
    reply_to : crate ::v1::AnyEngagementConversationMessage; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementConversationMessage);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.engagementConversationMessage` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEngagementConversationMessage {
    EngagementConversationMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationMessage>,
    ),
    EngagementConversationDiscussionMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationDiscussionMessage>,
    ),
    EngagementConversationQuestionMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationQuestionMessage>,
    ),
    EngagementConversationSystemMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationSystemMessage>,
    ),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyEngagementConversationMessage {
    #[inline]
    fn default() -> Self {
        Self::EngagementConversationMessage(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationMessage>
for AnyEngagementConversationMessage {
    #[inline]
    fn from(v: crate::v1::EngagementConversationMessage) -> Self {
        Self::EngagementConversationMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationDiscussionMessage>
for AnyEngagementConversationMessage {
    #[inline]
    fn from(v: crate::v1::EngagementConversationDiscussionMessage) -> Self {
        Self::EngagementConversationDiscussionMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationQuestionMessage>
for AnyEngagementConversationMessage {
    #[inline]
    fn from(v: crate::v1::EngagementConversationQuestionMessage) -> Self {
        Self::EngagementConversationQuestionMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationSystemMessage>
for AnyEngagementConversationMessage {
    #[inline]
    fn from(v: crate::v1::EngagementConversationSystemMessage) -> Self {
        Self::EngagementConversationSystemMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyEngagementConversationMessage {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyEngagementConversationMessage {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyEngagementConversationMessage {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyEngagementConversationMessage {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEngagementConversationMessage {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EngagementConversationMessage>();
    rt::object::auto_traits::<crate::v1::EngagementConversationDiscussionMessage>();
    rt::object::auto_traits::<crate::v1::EngagementConversationQuestionMessage>();
    rt::object::auto_traits::<crate::v1::EngagementConversationSystemMessage>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyEngagementConversationMessage {
    const BASE_NAME: &'static str = "microsoft.graph.engagementConversationMessage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationDiscussionMessage",
            ) => Self::EngagementConversationDiscussionMessage(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationQuestionMessage",
            ) => Self::EngagementConversationQuestionMessage(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationSystemMessage",
            ) => Self::EngagementConversationSystemMessage(rt::object::new_boxed()),
            _ => Self::EngagementConversationMessage(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EngagementConversationMessage(v) => &**v,
            Self::EngagementConversationDiscussionMessage(v) => &**v,
            Self::EngagementConversationQuestionMessage(v) => &**v,
            Self::EngagementConversationSystemMessage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EngagementConversationMessage(v) => &mut **v,
            Self::EngagementConversationDiscussionMessage(v) => &mut **v,
            Self::EngagementConversationQuestionMessage(v) => &mut **v,
            Self::EngagementConversationSystemMessage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyEngagementConversationMessage {
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
            Self::EngagementConversationMessage(v) => &v.id,
            Self::EngagementConversationDiscussionMessage(v) => &v.id,
            Self::EngagementConversationQuestionMessage(v) => &v.id,
            Self::EngagementConversationSystemMessage(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.id,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.id,
            Self::EngagementConversationQuestionMessage(v) => &mut v.id,
            Self::EngagementConversationSystemMessage(v) => &mut v.id,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::EngagementConversationMessage(v) => &v.body,
            Self::EngagementConversationDiscussionMessage(v) => &v.body,
            Self::EngagementConversationQuestionMessage(v) => &v.body,
            Self::EngagementConversationSystemMessage(v) => &v.body,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.body,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.body,
            Self::EngagementConversationQuestionMessage(v) => &mut v.body,
            Self::EngagementConversationSystemMessage(v) => &mut v.body,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EngagementConversationMessage(v) => &v.created_date_time,
            Self::EngagementConversationDiscussionMessage(v) => &v.created_date_time,
            Self::EngagementConversationQuestionMessage(v) => &v.created_date_time,
            Self::EngagementConversationSystemMessage(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.created_date_time,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.created_date_time,
            Self::EngagementConversationQuestionMessage(v) => &mut v.created_date_time,
            Self::EngagementConversationSystemMessage(v) => &mut v.created_date_time,
        }
    }
    /// `creationMode` of any variant.
    #[inline]
    pub fn creation_mode(&self) -> &rt::Field<crate::v1::EngagementCreationMode> {
        match self {
            Self::EngagementConversationMessage(v) => &v.creation_mode,
            Self::EngagementConversationDiscussionMessage(v) => &v.creation_mode,
            Self::EngagementConversationQuestionMessage(v) => &v.creation_mode,
            Self::EngagementConversationSystemMessage(v) => &v.creation_mode,
        }
    }
    /// `creationMode` of any variant.
    #[inline]
    pub fn creation_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EngagementCreationMode> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.creation_mode,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.creation_mode,
            Self::EngagementConversationQuestionMessage(v) => &mut v.creation_mode,
            Self::EngagementConversationSystemMessage(v) => &mut v.creation_mode,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from(&self) -> &rt::Field<crate::v1::EngagementIdentitySet> {
        match self {
            Self::EngagementConversationMessage(v) => &v.from,
            Self::EngagementConversationDiscussionMessage(v) => &v.from,
            Self::EngagementConversationQuestionMessage(v) => &v.from,
            Self::EngagementConversationSystemMessage(v) => &v.from,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from_mut(&mut self) -> &mut rt::Field<crate::v1::EngagementIdentitySet> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.from,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.from,
            Self::EngagementConversationQuestionMessage(v) => &mut v.from,
            Self::EngagementConversationSystemMessage(v) => &mut v.from,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EngagementConversationMessage(v) => &v.last_modified_date_time,
            Self::EngagementConversationDiscussionMessage(v) => {
                &v.last_modified_date_time
            }
            Self::EngagementConversationQuestionMessage(v) => &v.last_modified_date_time,
            Self::EngagementConversationSystemMessage(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.last_modified_date_time,
            Self::EngagementConversationDiscussionMessage(v) => {
                &mut v.last_modified_date_time
            }
            Self::EngagementConversationQuestionMessage(v) => {
                &mut v.last_modified_date_time
            }
            Self::EngagementConversationSystemMessage(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `replyToId` of any variant.
    #[inline]
    pub fn reply_to_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EngagementConversationMessage(v) => &v.reply_to_id,
            Self::EngagementConversationDiscussionMessage(v) => &v.reply_to_id,
            Self::EngagementConversationQuestionMessage(v) => &v.reply_to_id,
            Self::EngagementConversationSystemMessage(v) => &v.reply_to_id,
        }
    }
    /// `replyToId` of any variant.
    #[inline]
    pub fn reply_to_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.reply_to_id,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.reply_to_id,
            Self::EngagementConversationQuestionMessage(v) => &mut v.reply_to_id,
            Self::EngagementConversationSystemMessage(v) => &mut v.reply_to_id,
        }
    }
    /// `conversation` of any variant.
    #[inline]
    pub fn conversation(&self) -> &rt::Field<crate::v1::AnyEngagementConversation> {
        match self {
            Self::EngagementConversationMessage(v) => &v.conversation,
            Self::EngagementConversationDiscussionMessage(v) => &v.conversation,
            Self::EngagementConversationQuestionMessage(v) => &v.conversation,
            Self::EngagementConversationSystemMessage(v) => &v.conversation,
        }
    }
    /// `conversation` of any variant.
    #[inline]
    pub fn conversation_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyEngagementConversation> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.conversation,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.conversation,
            Self::EngagementConversationQuestionMessage(v) => &mut v.conversation,
            Self::EngagementConversationSystemMessage(v) => &mut v.conversation,
        }
    }
    /// `reactions` of any variant.
    #[inline]
    pub fn reactions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::EngagementConversationMessageReaction>> {
        match self {
            Self::EngagementConversationMessage(v) => &v.reactions,
            Self::EngagementConversationDiscussionMessage(v) => &v.reactions,
            Self::EngagementConversationQuestionMessage(v) => &v.reactions,
            Self::EngagementConversationSystemMessage(v) => &v.reactions,
        }
    }
    /// `reactions` of any variant.
    #[inline]
    pub fn reactions_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::EngagementConversationMessageReaction>,
    > {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.reactions,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.reactions,
            Self::EngagementConversationQuestionMessage(v) => &mut v.reactions,
            Self::EngagementConversationSystemMessage(v) => &mut v.reactions,
        }
    }
    /// `replies` of any variant.
    #[inline]
    pub fn replies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>> {
        match self {
            Self::EngagementConversationMessage(v) => &v.replies,
            Self::EngagementConversationDiscussionMessage(v) => &v.replies,
            Self::EngagementConversationQuestionMessage(v) => &v.replies,
            Self::EngagementConversationSystemMessage(v) => &v.replies,
        }
    }
    /// `replies` of any variant.
    #[inline]
    pub fn replies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.replies,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.replies,
            Self::EngagementConversationQuestionMessage(v) => &mut v.replies,
            Self::EngagementConversationSystemMessage(v) => &mut v.replies,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to(&self) -> &rt::Field<crate::v1::AnyEngagementConversationMessage> {
        match self {
            Self::EngagementConversationMessage(v) => &v.reply_to,
            Self::EngagementConversationDiscussionMessage(v) => &v.reply_to,
            Self::EngagementConversationQuestionMessage(v) => &v.reply_to,
            Self::EngagementConversationSystemMessage(v) => &v.reply_to,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyEngagementConversationMessage> {
        match self {
            Self::EngagementConversationMessage(v) => &mut v.reply_to,
            Self::EngagementConversationDiscussionMessage(v) => &mut v.reply_to,
            Self::EngagementConversationQuestionMessage(v) => &mut v.reply_to,
            Self::EngagementConversationSystemMessage(v) => &mut v.reply_to,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyEngagementConversationMessage);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEngagementConversationMessage);
#[cfg(msgraph_v1_communications_or_search)]
/// A reaction to a conversation message.
///
/// CSDL: `microsoft.graph.engagementConversationMessageReaction`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EngagementConversationMessageReactionPath`](requests/trait.EngagementConversationMessageReactionPath.html), what a path to one (`EntityPath<EngagementConversationMessageReaction, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct EngagementConversationMessageReaction {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The UTC date the message was created. Can only be set during migration.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The identity who reacted to the message.
    ///
    /// CSDL: property `reactionBy`: `microsoft.graph.engagementIdentitySet`, not nullable.
    pub reaction_by: rt::Field<crate::v1::EngagementIdentitySet>,
    /// The type of reaction.
    ///
    /// CSDL: property `reactionType`: `microsoft.graph.engagementConversationMessageReactionType`, not nullable.
    pub reaction_type: rt::Field<crate::v1::EngagementConversationMessageReactionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for EngagementConversationMessageReaction {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            reaction_by: rt::Field::Absent,
            reaction_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for EngagementConversationMessageReaction {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementConversationMessageReaction";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "reactionBy",
        "reactionType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"reactionBy\":                   ",
        ",\"reactionType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementConversationMessageReaction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "reaction_by", &self.reaction_by);
        v.field(3usize, "reaction_type", &self.reaction_type);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for EngagementConversationMessageReaction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.reaction_by.read_from(r),
            3usize => self.reaction_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.reaction_by);
        w.field(3usize, &self.reaction_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(EngagementConversationMessageReaction);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    EngagementConversationMessageReaction { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_reaction_by
    reaction_by : crate ::v1::EngagementIdentitySet; with_reaction_type reaction_type :
    crate ::v1::EngagementConversationMessageReactionType; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementConversationMessageReaction);
#[cfg(msgraph_v1_communications_or_search)]
/// Types of reactions to conversation messages.
///
/// CSDL: `microsoft.graph.engagementConversationMessageReactionType`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EngagementConversationMessageReactionType {
    /// Like reaction, represented as a thumbs-up hand. A positive sentiment.
    ///
    /// `like` (value 0).
    Like,
    /// Love reaction, represented as a solid heart shape. A very positive sentiment.
    ///
    /// `love` (value 1).
    Love,
    /// Celebrate reaction, represented as a party hat. A positive sentiment.
    ///
    /// `celebrate` (value 2).
    Celebrate,
    /// Thank reaction, represented as applauding hands. A positive sentiment.
    ///
    /// `thank` (value 3).
    Thank,
    /// Laugh reaction, represented as a grinning face. A positive sentiment.
    ///
    /// `laugh` (value 4).
    Laugh,
    /// Sad reaction, represented as a frowning face. A sympathetic sentiment.
    ///
    /// `sad` (value 5).
    Sad,
    /// Happy reaction, represented as an open mouth smile face. A very positive sentiment.
    ///
    /// `happy` (value 6).
    Happy,
    /// Excited reaction, represented as a face with closed eyes and a big smile. A very positive sentiment.
    ///
    /// `excited` (value 7).
    Excited,
    /// Smiling reaction, represented as a face with a small smile. A positive sentiment.
    ///
    /// `smile` (value 8).
    Smile,
    /// Silly reaction, represented as an upside down smiling face. A positive sentiment.
    ///
    /// `silly` (value 9).
    Silly,
    /// Intense laughter reaction, represented as a crying laughing face. A very positive sentiment.
    ///
    /// `intenseLaugh` (value 10).
    IntenseLaugh,
    /// Star struck reaction, represented as a face with stars for eyes. A very positive sentiment.
    ///
    /// `starStruck` (value 11).
    StarStruck,
    /// Goofy reaction, represented as a face with tongue sticking out of mouth. A positive sentiment.
    ///
    /// `goofy` (value 12).
    Goofy,
    /// Thinking reaction, represented as a face with a hand on the chin. A neutral sentiment.
    ///
    /// `thinking` (value 13).
    Thinking,
    /// Surprised reaction, represented as a face with its mouth open. A neutral sentiment.
    ///
    /// `surprised` (value 14).
    Surprised,
    /// Mind blown reaction, represented as a face with its head covered in an exploding cloud. A positive sentiment.
    ///
    /// `mindBlown` (value 15).
    MindBlown,
    /// Scared reaction, represented as a face with fearful look. A negative sentiment.
    ///
    /// `scared` (value 16).
    Scared,
    /// Crying reaction, represented as a face with tears streaming down. A negative sentiment.
    ///
    /// `crying` (value 17).
    Crying,
    /// Shocked reaction, represented as a face with two hands against cheeks and mouth open. A negative sentiment.
    ///
    /// `shocked` (value 18).
    Shocked,
    /// Angry reaction, represented as a face with furrowed eyebrows and sad mouth. A very negative sentiment.
    ///
    /// `angry` (value 19).
    Angry,
    /// Agree reaction, represented as a hand pointing upward. A positive sentiment.
    ///
    /// `agree` (value 20).
    Agree,
    /// Praise reaction, represented as two hands facing outward. A positive sentiment.
    ///
    /// `praise` (value 21).
    Praise,
    /// Taking notes reaction, represented as a hand holding a pen. A neutral sentiment.
    ///
    /// `takingNotes` (value 22).
    TakingNotes,
    /// Heart broken reaction, represented as a broken heart. A negative sentiment.
    ///
    /// `heartBroken` (value 23).
    HeartBroken,
    /// Support reaction, represented as red numbers showing 100. A positive sentiment.
    ///
    /// `support` (value 24).
    Support,
    /// Confirmed reaction, represented as a green check mark. A neutral sentiment.
    ///
    /// `confirmed` (value 25).
    Confirmed,
    /// Watching reaction, represented as two eyeballs. A neutral sentiment.
    ///
    /// `watching` (value 26).
    Watching,
    /// Brain reaction, represented as a brain. A neutral sentiment.
    ///
    /// `brain` (value 27).
    Brain,
    /// Medal reaction, represented as a medal hanging from a sash. A positive sentiment.
    ///
    /// `medal` (value 28).
    Medal,
    /// Bullseye reaction, represented as a target with an arrow in the middle. A positive sentiment.
    ///
    /// `bullseye` (value 29).
    Bullseye,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 30).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for EngagementConversationMessageReactionType {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementConversationMessageReactionType";
    const MEMBERS: &'static [&'static str] = &[
        "like",
        "love",
        "celebrate",
        "thank",
        "laugh",
        "sad",
        "happy",
        "excited",
        "smile",
        "silly",
        "intenseLaugh",
        "starStruck",
        "goofy",
        "thinking",
        "surprised",
        "mindBlown",
        "scared",
        "crying",
        "shocked",
        "angry",
        "agree",
        "praise",
        "takingNotes",
        "heartBroken",
        "support",
        "confirmed",
        "watching",
        "brain",
        "medal",
        "bullseye",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "like" => Self::Like,
                "love" => Self::Love,
                "celebrate" => Self::Celebrate,
                "thank" => Self::Thank,
                "laugh" => Self::Laugh,
                "sad" => Self::Sad,
                "happy" => Self::Happy,
                "excited" => Self::Excited,
                "smile" => Self::Smile,
                "silly" => Self::Silly,
                "intenseLaugh" => Self::IntenseLaugh,
                "starStruck" => Self::StarStruck,
                "goofy" => Self::Goofy,
                "thinking" => Self::Thinking,
                "surprised" => Self::Surprised,
                "mindBlown" => Self::MindBlown,
                "scared" => Self::Scared,
                "crying" => Self::Crying,
                "shocked" => Self::Shocked,
                "angry" => Self::Angry,
                "agree" => Self::Agree,
                "praise" => Self::Praise,
                "takingNotes" => Self::TakingNotes,
                "heartBroken" => Self::HeartBroken,
                "support" => Self::Support,
                "confirmed" => Self::Confirmed,
                "watching" => Self::Watching,
                "brain" => Self::Brain,
                "medal" => Self::Medal,
                "bullseye" => Self::Bullseye,
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
            Self::Like => "like",
            Self::Love => "love",
            Self::Celebrate => "celebrate",
            Self::Thank => "thank",
            Self::Laugh => "laugh",
            Self::Sad => "sad",
            Self::Happy => "happy",
            Self::Excited => "excited",
            Self::Smile => "smile",
            Self::Silly => "silly",
            Self::IntenseLaugh => "intenseLaugh",
            Self::StarStruck => "starStruck",
            Self::Goofy => "goofy",
            Self::Thinking => "thinking",
            Self::Surprised => "surprised",
            Self::MindBlown => "mindBlown",
            Self::Scared => "scared",
            Self::Crying => "crying",
            Self::Shocked => "shocked",
            Self::Angry => "angry",
            Self::Agree => "agree",
            Self::Praise => "praise",
            Self::TakingNotes => "takingNotes",
            Self::HeartBroken => "heartBroken",
            Self::Support => "support",
            Self::Confirmed => "confirmed",
            Self::Watching => "watching",
            Self::Brain => "brain",
            Self::Medal => "medal",
            Self::Bullseye => "bullseye",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(EngagementConversationMessageReactionType);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementConversationMessageReactionType);
#[cfg(msgraph_v1_communications_or_search)]
/// Represents the moderation state of an Engage conversation message.
///
/// CSDL: `microsoft.graph.engagementConversationModerationState`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EngagementConversationModerationState {
    /// The content is published.
    ///
    /// `published` (value 0).
    Published,
    /// The content is pending review by a moderator.
    ///
    /// `pendingReview` (value 1).
    PendingReview,
    /// he content has been rejected by a moderator.
    ///
    /// `dismissed` (value 2).
    Dismissed,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for EngagementConversationModerationState {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementConversationModerationState";
    const MEMBERS: &'static [&'static str] = &[
        "published",
        "pendingReview",
        "dismissed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "published" => Self::Published,
                "pendingReview" => Self::PendingReview,
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
            Self::Published => "published",
            Self::PendingReview => "pendingReview",
            Self::Dismissed => "dismissed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(EngagementConversationModerationState);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementConversationModerationState);
#[cfg(msgraph_v1_communications_or_search)]
/// A Viva Engage conversation question message.
///
/// CSDL: `microsoft.graph.engagementConversationQuestionMessage`, entity type, derived from `microsoft.graph.engagementConversationMessage`, key `id`.
///
/// Request builders: [`EngagementConversationMessagePath`](requests/trait.EngagementConversationMessagePath.html), what a path to one (`EntityPath<EngagementConversationQuestionMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct EngagementConversationQuestionMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The body of the message.
    ///
    /// CSDL: property `body`: `microsoft.graph.itemBody`, not nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// The UTC date the message was created. Can only be set during migration.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Indicates that the conversation is in migration state and is currently being used for migration purposes.
    ///
    /// CSDL: property `creationMode`: `microsoft.graph.engagementCreationMode`, not nullable.
    pub creation_mode: rt::Field<crate::v1::EngagementCreationMode>,
    /// Details of the sender of the conversation. Can only be set during migration and/or delegation.
    ///
    /// CSDL: property `from`: `microsoft.graph.engagementIdentitySet`, nullable.
    pub from: rt::Field<crate::v1::EngagementIdentitySet>,
    /// The UTC date this message was last edited.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The id of the message that this message is a reply to.
    ///
    /// CSDL: property `replyToId`: `Edm.String`, nullable.
    pub reply_to_id: rt::Field<::std::string::String>,
    /// The Engage conversation this message is associated with.
    ///
    /// CSDL: navigation property `conversation`: `microsoft.graph.engagementConversation`, not nullable.
    pub conversation: rt::Field<crate::v1::AnyEngagementConversation>,
    /// The reactions in the message.
    ///
    /// CSDL: containment navigation property `reactions`: `Collection(microsoft.graph.engagementConversationMessageReaction)`, not nullable.
    pub reactions: rt::Field<
        ::std::vec::Vec<crate::v1::EngagementConversationMessageReaction>,
    >,
    /// The replies to the message.
    ///
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.engagementConversationMessage)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>>,
    /// The message that this message is a reply to.
    ///
    /// CSDL: navigation property `replyTo`: `microsoft.graph.engagementConversationMessage`, nullable.
    pub reply_to: rt::Field<crate::v1::AnyEngagementConversationMessage>,
    /// The title of the question.
    ///
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for EngagementConversationQuestionMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_mode: rt::Field::Absent,
            from: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            reply_to_id: rt::Field::Absent,
            conversation: rt::Field::Absent,
            reactions: rt::Field::Absent,
            replies: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for EngagementConversationQuestionMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementConversationQuestionMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "createdDateTime",
        "creationMode",
        "from",
        "lastModifiedDateTime",
        "replyToId",
        "conversation",
        "reactions",
        "replies",
        "replyTo",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"body\":                         ",
        ",\"createdDateTime\":              ",
        ",\"creationMode\":                 ",
        ",\"from\":                         ",
        ",\"lastModifiedDateTime\":         ",
        ",\"replyToId\":                    ",
        ",\"conversation\":                 ",
        ",\"reactions\":                    ",
        ",\"replies\":                      ",
        ",\"replyTo\":                      ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementConversationQuestionMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "body", &self.body);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "creation_mode", &self.creation_mode);
        v.field(4usize, "from", &self.from);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "reply_to_id", &self.reply_to_id);
        v.field(7usize, "conversation", &self.conversation);
        v.field(8usize, "reactions", &self.reactions);
        v.field(9usize, "replies", &self.replies);
        v.field(10usize, "reply_to", &self.reply_to);
        v.field(11usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for EngagementConversationQuestionMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.creation_mode.read_from(r),
            4usize => self.from.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.reply_to_id.read_from(r),
            7usize => self.conversation.read_from(r),
            8usize => self.reactions.read_from(r),
            9usize => self.replies.read_from(r),
            10usize => self.reply_to.read_from(r),
            11usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.creation_mode);
        w.field(4usize, &self.from);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.reply_to_id);
        w.field(7usize, &self.conversation);
        w.field(8usize, &self.reactions);
        w.field(9usize, &self.replies);
        w.field(10usize, &self.reply_to);
        w.field(11usize, &self.title);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(EngagementConversationQuestionMessage);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    EngagementConversationQuestionMessage { with_id id : ::std::string::String; with_body
    body : crate ::v1::ItemBody; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creation_mode creation_mode : crate
    ::v1::EngagementCreationMode; with_from from : crate ::v1::EngagementIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_reply_to_id reply_to_id : ::std::string::String; with_conversation conversation
    : crate ::v1::AnyEngagementConversation; with_reactions reactions : ::std::vec::Vec <
    crate ::v1::EngagementConversationMessageReaction >; with_replies replies :
    ::std::vec::Vec < crate ::v1::AnyEngagementConversationMessage >; with_reply_to
    reply_to : crate ::v1::AnyEngagementConversationMessage; with_title title :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementConversationQuestionMessage);
#[cfg(msgraph_v1_communications_or_search)]
/// A Viva Engage conversation system message.
///
/// CSDL: `microsoft.graph.engagementConversationSystemMessage`, entity type, derived from `microsoft.graph.engagementConversationMessage`, key `id`.
///
/// Request builders: [`EngagementConversationMessagePath`](requests/trait.EngagementConversationMessagePath.html), what a path to one (`EntityPath<EngagementConversationSystemMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct EngagementConversationSystemMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The body of the message.
    ///
    /// CSDL: property `body`: `microsoft.graph.itemBody`, not nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// The UTC date the message was created. Can only be set during migration.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Indicates that the conversation is in migration state and is currently being used for migration purposes.
    ///
    /// CSDL: property `creationMode`: `microsoft.graph.engagementCreationMode`, not nullable.
    pub creation_mode: rt::Field<crate::v1::EngagementCreationMode>,
    /// Details of the sender of the conversation. Can only be set during migration and/or delegation.
    ///
    /// CSDL: property `from`: `microsoft.graph.engagementIdentitySet`, nullable.
    pub from: rt::Field<crate::v1::EngagementIdentitySet>,
    /// The UTC date this message was last edited.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The id of the message that this message is a reply to.
    ///
    /// CSDL: property `replyToId`: `Edm.String`, nullable.
    pub reply_to_id: rt::Field<::std::string::String>,
    /// The Engage conversation this message is associated with.
    ///
    /// CSDL: navigation property `conversation`: `microsoft.graph.engagementConversation`, not nullable.
    pub conversation: rt::Field<crate::v1::AnyEngagementConversation>,
    /// The reactions in the message.
    ///
    /// CSDL: containment navigation property `reactions`: `Collection(microsoft.graph.engagementConversationMessageReaction)`, not nullable.
    pub reactions: rt::Field<
        ::std::vec::Vec<crate::v1::EngagementConversationMessageReaction>,
    >,
    /// The replies to the message.
    ///
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.engagementConversationMessage)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>>,
    /// The message that this message is a reply to.
    ///
    /// CSDL: navigation property `replyTo`: `microsoft.graph.engagementConversationMessage`, nullable.
    pub reply_to: rt::Field<crate::v1::AnyEngagementConversationMessage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for EngagementConversationSystemMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_mode: rt::Field::Absent,
            from: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            reply_to_id: rt::Field::Absent,
            conversation: rt::Field::Absent,
            reactions: rt::Field::Absent,
            replies: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for EngagementConversationSystemMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementConversationSystemMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "createdDateTime",
        "creationMode",
        "from",
        "lastModifiedDateTime",
        "replyToId",
        "conversation",
        "reactions",
        "replies",
        "replyTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"body\":                         ",
        ",\"createdDateTime\":              ",
        ",\"creationMode\":                 ",
        ",\"from\":                         ",
        ",\"lastModifiedDateTime\":         ",
        ",\"replyToId\":                    ",
        ",\"conversation\":                 ",
        ",\"reactions\":                    ",
        ",\"replies\":                      ",
        ",\"replyTo\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementConversationSystemMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "body", &self.body);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "creation_mode", &self.creation_mode);
        v.field(4usize, "from", &self.from);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "reply_to_id", &self.reply_to_id);
        v.field(7usize, "conversation", &self.conversation);
        v.field(8usize, "reactions", &self.reactions);
        v.field(9usize, "replies", &self.replies);
        v.field(10usize, "reply_to", &self.reply_to);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for EngagementConversationSystemMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.creation_mode.read_from(r),
            4usize => self.from.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.reply_to_id.read_from(r),
            7usize => self.conversation.read_from(r),
            8usize => self.reactions.read_from(r),
            9usize => self.replies.read_from(r),
            10usize => self.reply_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.creation_mode);
        w.field(4usize, &self.from);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.reply_to_id);
        w.field(7usize, &self.conversation);
        w.field(8usize, &self.reactions);
        w.field(9usize, &self.replies);
        w.field(10usize, &self.reply_to);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(EngagementConversationSystemMessage);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    EngagementConversationSystemMessage { with_id id : ::std::string::String; with_body
    body : crate ::v1::ItemBody; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creation_mode creation_mode : crate
    ::v1::EngagementCreationMode; with_from from : crate ::v1::EngagementIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_reply_to_id reply_to_id : ::std::string::String; with_conversation conversation
    : crate ::v1::AnyEngagementConversation; with_reactions reactions : ::std::vec::Vec <
    crate ::v1::EngagementConversationMessageReaction >; with_replies replies :
    ::std::vec::Vec < crate ::v1::AnyEngagementConversationMessage >; with_reply_to
    reply_to : crate ::v1::AnyEngagementConversationMessage; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementConversationSystemMessage);
#[cfg(msgraph_v1_communications_or_search)]
/// Indicates that the resource is in migration state and is currently being used for migration purposes.
///
/// CSDL: `microsoft.graph.engagementCreationMode`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EngagementCreationMode {
    /// Unspecified creation mode.
    ///
    /// `none` (value 0).
    None,
    /// Creation is a migration.
    ///
    /// `migration` (value 1).
    Migration,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for EngagementCreationMode {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementCreationMode";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "migration",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "migration" => Self::Migration,
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
            Self::Migration => "migration",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(EngagementCreationMode);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementCreationMode);
#[cfg(msgraph_v1_device_management_or_search)]
/// Enrollment Configuration Assignment
///
/// CSDL: `microsoft.graph.enrollmentConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EnrollmentConfigurationAssignmentPath`](requests/trait.EnrollmentConfigurationAssignmentPath.html), what a path to one (`EntityPath<EnrollmentConfigurationAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct EnrollmentConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Represents an assignment to managed devices in the tenant
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for EnrollmentConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for EnrollmentConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enrollmentConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for EnrollmentConfigurationAssignment {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(EnrollmentConfigurationAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    EnrollmentConfigurationAssignment { with_id id : ::std::string::String; with_target
    target : crate ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentConfigurationAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.enrollmentState`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EnrollmentState {
    /// Device enrollment state is unknown
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Device is Enrolled.
    ///
    /// `enrolled` (value 1).
    Enrolled,
    /// Enrolled but it's enrolled via enrollment profile and the enrolled profile is different from the assigned profile.
    ///
    /// `pendingReset` (value 2).
    PendingReset,
    /// Not enrolled and there is enrollment failure record.
    ///
    /// `failed` (value 3).
    Failed,
    /// Device is imported but not enrolled.
    ///
    /// `notContacted` (value 4).
    NotContacted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for EnrollmentState {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "enrolled",
        "pendingReset",
        "failed",
        "notContacted",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "enrolled" => Self::Enrolled,
                "pendingReset" => Self::PendingReset,
                "failed" => Self::Failed,
                "notContacted" => Self::NotContacted,
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
            Self::Enrolled => "enrolled",
            Self::PendingReset => "pendingReset",
            Self::Failed => "failed",
            Self::NotContacted => "notContacted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(EnrollmentState);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentState);
#[cfg(msgraph_v1_core_or_device_management)]
/// Event representing an enrollment failure.
///
/// CSDL: `microsoft.graph.enrollmentTroubleshootingEvent`, entity type, derived from `microsoft.graph.deviceManagementTroubleshootingEvent`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EnrollmentTroubleshootingEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Id used for tracing the failure in the service.
    ///
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// Time when the event occurred .
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Azure AD device identifier.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// Type of the enrollment.
    ///
    /// CSDL: property `enrollmentType`: `microsoft.graph.deviceEnrollmentType`, not nullable.
    pub enrollment_type: rt::Field<crate::v1::DeviceEnrollmentType>,
    /// Highlevel failure category.
    ///
    /// CSDL: property `failureCategory`: `microsoft.graph.deviceEnrollmentFailureReason`, not nullable.
    pub failure_category: rt::Field<crate::v1::DeviceEnrollmentFailureReason>,
    /// Detailed failure reason.
    ///
    /// CSDL: property `failureReason`: `Edm.String`, nullable.
    pub failure_reason: rt::Field<::std::string::String>,
    /// Device identifier created or collected by Intune.
    ///
    /// CSDL: property `managedDeviceIdentifier`: `Edm.String`, nullable.
    pub managed_device_identifier: rt::Field<::std::string::String>,
    /// Operating System.
    ///
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// OS Version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Identifier for the user that tried to enroll the device.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for EnrollmentTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            device_id: rt::Field::Absent,
            enrollment_type: rt::Field::Absent,
            failure_category: rt::Field::Absent,
            failure_reason: rt::Field::Absent,
            managed_device_identifier: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            os_version: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for EnrollmentTroubleshootingEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentTroubleshootingEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "deviceId",
        "enrollmentType",
        "failureCategory",
        "failureReason",
        "managedDeviceIdentifier",
        "operatingSystem",
        "osVersion",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"deviceId\":                     ",
        ",\"enrollmentType\":               ",
        ",\"failureCategory\":              ",
        ",\"failureReason\":                ",
        ",\"managedDeviceIdentifier\":      ",
        ",\"operatingSystem\":              ",
        ",\"osVersion\":                    ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enrollmentTroubleshootingEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "device_id", &self.device_id);
        v.field(4usize, "enrollment_type", &self.enrollment_type);
        v.field(5usize, "failure_category", &self.failure_category);
        v.field(6usize, "failure_reason", &self.failure_reason);
        v.field(7usize, "managed_device_identifier", &self.managed_device_identifier);
        v.field(8usize, "operating_system", &self.operating_system);
        v.field(9usize, "os_version", &self.os_version);
        v.field(10usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for EnrollmentTroubleshootingEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.device_id.read_from(r),
            4usize => self.enrollment_type.read_from(r),
            5usize => self.failure_category.read_from(r),
            6usize => self.failure_reason.read_from(r),
            7usize => self.managed_device_identifier.read_from(r),
            8usize => self.operating_system.read_from(r),
            9usize => self.os_version.read_from(r),
            10usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.device_id);
        w.field(4usize, &self.enrollment_type);
        w.field(5usize, &self.failure_category);
        w.field(6usize, &self.failure_reason);
        w.field(7usize, &self.managed_device_identifier);
        w.field(8usize, &self.operating_system);
        w.field(9usize, &self.os_version);
        w.field(10usize, &self.user_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(EnrollmentTroubleshootingEvent);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    EnrollmentTroubleshootingEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_device_id device_id :
    ::std::string::String; with_enrollment_type enrollment_type : crate
    ::v1::DeviceEnrollmentType; with_failure_category failure_category : crate
    ::v1::DeviceEnrollmentFailureReason; with_failure_reason failure_reason :
    ::std::string::String; with_managed_device_identifier managed_device_identifier :
    ::std::string::String; with_operating_system operating_system :
    ::std::string::String; with_os_version os_version : ::std::string::String;
    with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentTroubleshootingEvent);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.enterpriseCodeSigningCertificate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct EnterpriseCodeSigningCertificate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Windows Enterprise Code-Signing Certificate in the raw data format. Set to null once certificate has been uploaded and other properties have been populated.
    ///
    /// CSDL: property `content`: `Edm.Binary`, nullable.
    pub content: rt::Field<rt::edm::Binary>,
    /// The cert expiration date and time (using ISO 8601 format, in UTC time). Uploading a valid cert file through the Intune admin console will automatically populate this value in the HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The issuer value for the cert. This might contain information such as country (C), state or province (S), locality (L), common name of the cert (CN), organization (O), and organizational unit (OU). Uploading a valid cert file through the Intune admin console will automatically populate this value in the HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported.
    ///
    /// CSDL: property `issuer`: `Edm.String`, nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// The issuer name for the cert. This might contain information such as country (C), state or province (S), locality (L), common name of the cert (CN), organization (O), and organizational unit (OU). Uploading a valid cert file through the Intune admin console will automatically populate this value in the HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported.
    ///
    /// CSDL: property `issuerName`: `Edm.String`, nullable.
    pub issuer_name: rt::Field<::std::string::String>,
    /// Whether the Certificate Status Provisioned or not Provisioned. Possible values are: notProvisioned, provisioned. Default is notProvisioned. Uploading a valid cert file through the Intune admin console will automatically populate this value in the HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported.
    ///
    /// CSDL: property `status`: `microsoft.graph.certificateStatus`, not nullable.
    pub status: rt::Field<crate::v1::CertificateStatus>,
    /// The subject value for the cert. This might contain information such as country (C), state or province (S), locality (L), common name of the cert (CN), organization (O), and organizational unit (OU). Uploading a valid cert file through the Intune admin console will automatically populate this value in the HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported.
    ///
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// The subject name for the cert. This might contain information such as country (C), state or province (S), locality (L), common name of the cert (CN), organization (O), and organizational unit (OU). Uploading a valid cert file through the Intune admin console will automatically populate this value in the HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported.
    ///
    /// CSDL: property `subjectName`: `Edm.String`, nullable.
    pub subject_name: rt::Field<::std::string::String>,
    /// The date time of CodeSigning Cert when it is uploaded (using ISO 8601 format, in UTC time). Uploading a valid cert file through the Intune admin console will automatically populate this value in the HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported.
    ///
    /// CSDL: property `uploadDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub upload_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for EnterpriseCodeSigningCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            issuer: rt::Field::Absent,
            issuer_name: rt::Field::Absent,
            status: rt::Field::Absent,
            subject: rt::Field::Absent,
            subject_name: rt::Field::Absent,
            upload_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for EnterpriseCodeSigningCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.enterpriseCodeSigningCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "expirationDateTime",
        "issuer",
        "issuerName",
        "status",
        "subject",
        "subjectName",
        "uploadDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"expirationDateTime\":           ",
        ",\"issuer\":                       ",
        ",\"issuerName\":                   ",
        ",\"status\":                       ",
        ",\"subject\":                      ",
        ",\"subjectName\":                  ",
        ",\"uploadDateTime\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enterpriseCodeSigningCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "issuer", &self.issuer);
        v.field(4usize, "issuer_name", &self.issuer_name);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "subject", &self.subject);
        v.field(7usize, "subject_name", &self.subject_name);
        v.field(8usize, "upload_date_time", &self.upload_date_time);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for EnterpriseCodeSigningCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.issuer.read_from(r),
            4usize => self.issuer_name.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.subject.read_from(r),
            7usize => self.subject_name.read_from(r),
            8usize => self.upload_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.issuer);
        w.field(4usize, &self.issuer_name);
        w.field(5usize, &self.status);
        w.field(6usize, &self.subject);
        w.field(7usize, &self.subject_name);
        w.field(8usize, &self.upload_date_time);
    }
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
rt::impl_object!(EnterpriseCodeSigningCertificate);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    EnterpriseCodeSigningCertificate { with_id id : ::std::string::String; with_content
    content : rt::edm::Binary; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_issuer issuer : ::std::string::String; with_issuer_name
    issuer_name : ::std::string::String; with_status status : crate
    ::v1::CertificateStatus; with_subject subject : ::std::string::String;
    with_subject_name subject_name : ::std::string::String; with_upload_date_time
    upload_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnterpriseCodeSigningCertificate);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.entitlementManagementSchedule`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct EntitlementManagementSchedule {
    /// CSDL: property `expiration`: `microsoft.graph.expirationPattern`, nullable.
    pub expiration: rt::Field<crate::v1::ExpirationPattern>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for EntitlementManagementSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            expiration: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for EntitlementManagementSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.entitlementManagementSchedule";
    const KEYS: &'static [&'static str] = &["expiration", "recurrence", "startDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expiration\":                   ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.entitlementManagementSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration", &self.expiration);
        v.field(1usize, "recurrence", &self.recurrence);
        v.field(2usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for EntitlementManagementSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration.read_from(r),
            1usize => self.recurrence.read_from(r),
            2usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration);
        w.field(1usize, &self.recurrence);
        w.field(2usize, &self.start_date_time);
    }
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
rt::impl_object!(EntitlementManagementSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    EntitlementManagementSchedule { with_expiration expiration : crate
    ::v1::ExpirationPattern; with_recurrence recurrence : crate
    ::v1::PatternedRecurrence; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntitlementManagementSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.entitlementManagementSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct EntitlementManagementSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `durationUntilExternalUserDeletedAfterBlocked`: `Edm.Duration`, nullable.
    pub duration_until_external_user_deleted_after_blocked: rt::Field<rt::edm::Duration>,
    /// CSDL: property `externalUserLifecycleAction`: `microsoft.graph.accessPackageExternalUserLifecycleAction`, nullable.
    pub external_user_lifecycle_action: rt::Field<
        crate::v1::AccessPackageExternalUserLifecycleAction,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for EntitlementManagementSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            duration_until_external_user_deleted_after_blocked: rt::Field::Absent,
            external_user_lifecycle_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for EntitlementManagementSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.entitlementManagementSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "durationUntilExternalUserDeletedAfterBlocked",
        "externalUserLifecycleAction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"durationUntilExternalUserDeletedAfterBlocked\":",
        ",\"externalUserLifecycleAction\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.entitlementManagementSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "duration_until_external_user_deleted_after_blocked",
            &self.duration_until_external_user_deleted_after_blocked,
        );
        v.field(
            2usize,
            "external_user_lifecycle_action",
            &self.external_user_lifecycle_action,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for EntitlementManagementSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => {
                self.duration_until_external_user_deleted_after_blocked.read_from(r)
            }
            2usize => self.external_user_lifecycle_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.duration_until_external_user_deleted_after_blocked);
        w.field(2usize, &self.external_user_lifecycle_action);
    }
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
rt::impl_object!(EntitlementManagementSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    EntitlementManagementSettings { with_id id : ::std::string::String;
    with_duration_until_external_user_deleted_after_blocked
    duration_until_external_user_deleted_after_blocked : rt::edm::Duration;
    with_external_user_lifecycle_action external_user_lifecycle_action : crate
    ::v1::AccessPackageExternalUserLifecycleAction; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntitlementManagementSettings);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.entrySyncOperation`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EntrySyncOperation {
    /// `None` (value 0).
    None,
    /// `Add` (value 1).
    Add,
    /// `Delete` (value 2).
    Delete,
    /// `Update` (value 3).
    Update,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for EntrySyncOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.entrySyncOperation";
    const MEMBERS: &'static [&'static str] = &["None", "Add", "Delete", "Update"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "Add" => Self::Add,
                "Delete" => Self::Delete,
                "Update" => Self::Update,
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
            Self::Add => "Add",
            Self::Delete => "Delete",
            Self::Update => "Update",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(EntrySyncOperation);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntrySyncOperation);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.enumeratedDomains`, complex type, derived from `microsoft.graph.validatingDomains`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EnumeratedDomains {
    /// CSDL: property `rootDomains`: `microsoft.graph.rootDomains`, not nullable.
    pub root_domains: rt::Field<crate::v1::RootDomains>,
    /// CSDL: property `domainNames`: `Collection(Edm.String)`, not nullable.
    pub domain_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EnumeratedDomains {
    #[inline]
    fn default() -> Self {
        Self {
            root_domains: rt::Field::Absent,
            domain_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EnumeratedDomains {
    const TYPE_NAME: &'static str = "microsoft.graph.enumeratedDomains";
    const KEYS: &'static [&'static str] = &["rootDomains", "domainNames"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rootDomains\":                  ",
        ",\"domainNames\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enumeratedDomains\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "root_domains", &self.root_domains);
        v.field(1usize, "domain_names", &self.domain_names);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EnumeratedDomains {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.root_domains.read_from(r),
            1usize => self.domain_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.root_domains);
        w.field(1usize, &self.domain_names);
    }
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
rt::impl_object!(EnumeratedDomains);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EnumeratedDomains { with_root_domains root_domains : crate ::v1::RootDomains;
    with_domain_names domain_names : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnumeratedDomains);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.errorCorrectionLevel`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ErrorCorrectionLevel {
    /// `l` (value 1).
    L,
    /// `m` (value 2).
    M,
    /// `q` (value 3).
    Q,
    /// `h` (value 4).
    H,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ErrorCorrectionLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.errorCorrectionLevel";
    const MEMBERS: &'static [&'static str] = &["l", "m", "q", "h", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "l" => Self::L,
                "m" => Self::M,
                "q" => Self::Q,
                "h" => Self::H,
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
            Self::L => "l",
            Self::M => "m",
            Self::Q => "q",
            Self::H => "h",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ErrorCorrectionLevel);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ErrorCorrectionLevel);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.escrowBehavior`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EscrowBehavior {
    /// `Default` (value 1).
    Default,
    /// `IgnoreLookupReferenceResolutionFailure` (value 2).
    IgnoreLookupReferenceResolutionFailure,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for EscrowBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.escrowBehavior";
    const MEMBERS: &'static [&'static str] = &[
        "Default",
        "IgnoreLookupReferenceResolutionFailure",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Default" => Self::Default,
                "IgnoreLookupReferenceResolutionFailure" => {
                    Self::IgnoreLookupReferenceResolutionFailure
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
            Self::Default => "Default",
            Self::IgnoreLookupReferenceResolutionFailure => {
                "IgnoreLookupReferenceResolutionFailure"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(EscrowBehavior);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EscrowBehavior);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.eventMessageDetail`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageDetail {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for EventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for EventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.eventMessageDetail";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.eventMessageDetail\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for EventMessageDetail {
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(EventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// `microsoft.graph.eventMessageDetail` or any type derived from it, selected by `@odata.type` (31 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEventMessageDetail {
    EventMessageDetail(::std::boxed::Box<crate::v1::EventMessageDetail>),
    CallEndedEventMessageDetail(
        ::std::boxed::Box<crate::v1::CallEndedEventMessageDetail>,
    ),
    CallRecordingEventMessageDetail(
        ::std::boxed::Box<crate::v1::CallRecordingEventMessageDetail>,
    ),
    CallStartedEventMessageDetail(
        ::std::boxed::Box<crate::v1::CallStartedEventMessageDetail>,
    ),
    CallTranscriptEventMessageDetail(
        ::std::boxed::Box<crate::v1::CallTranscriptEventMessageDetail>,
    ),
    ChannelAddedEventMessageDetail(
        ::std::boxed::Box<crate::v1::ChannelAddedEventMessageDetail>,
    ),
    ChannelDeletedEventMessageDetail(
        ::std::boxed::Box<crate::v1::ChannelDeletedEventMessageDetail>,
    ),
    ChannelDescriptionUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::v1::ChannelDescriptionUpdatedEventMessageDetail>,
    ),
    ChannelRenamedEventMessageDetail(
        ::std::boxed::Box<crate::v1::ChannelRenamedEventMessageDetail>,
    ),
    ChannelSetAsFavoriteByDefaultEventMessageDetail(
        ::std::boxed::Box<crate::v1::ChannelSetAsFavoriteByDefaultEventMessageDetail>,
    ),
    ChannelUnsetAsFavoriteByDefaultEventMessageDetail(
        ::std::boxed::Box<crate::v1::ChannelUnsetAsFavoriteByDefaultEventMessageDetail>,
    ),
    ChatRenamedEventMessageDetail(
        ::std::boxed::Box<crate::v1::ChatRenamedEventMessageDetail>,
    ),
    ConversationMemberRoleUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::v1::ConversationMemberRoleUpdatedEventMessageDetail>,
    ),
    MeetingPolicyUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::v1::MeetingPolicyUpdatedEventMessageDetail>,
    ),
    MembersAddedEventMessageDetail(
        ::std::boxed::Box<crate::v1::MembersAddedEventMessageDetail>,
    ),
    MembersDeletedEventMessageDetail(
        ::std::boxed::Box<crate::v1::MembersDeletedEventMessageDetail>,
    ),
    MembersJoinedEventMessageDetail(
        ::std::boxed::Box<crate::v1::MembersJoinedEventMessageDetail>,
    ),
    MembersLeftEventMessageDetail(
        ::std::boxed::Box<crate::v1::MembersLeftEventMessageDetail>,
    ),
    MessagePinnedEventMessageDetail(
        ::std::boxed::Box<crate::v1::MessagePinnedEventMessageDetail>,
    ),
    MessageUnpinnedEventMessageDetail(
        ::std::boxed::Box<crate::v1::MessageUnpinnedEventMessageDetail>,
    ),
    TabUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::v1::TabUpdatedEventMessageDetail>,
    ),
    TeamArchivedEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamArchivedEventMessageDetail>,
    ),
    TeamCreatedEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamCreatedEventMessageDetail>,
    ),
    TeamDescriptionUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamDescriptionUpdatedEventMessageDetail>,
    ),
    TeamJoiningDisabledEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamJoiningDisabledEventMessageDetail>,
    ),
    TeamJoiningEnabledEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamJoiningEnabledEventMessageDetail>,
    ),
    TeamRenamedEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamRenamedEventMessageDetail>,
    ),
    TeamUnarchivedEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamUnarchivedEventMessageDetail>,
    ),
    TeamsAppInstalledEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamsAppInstalledEventMessageDetail>,
    ),
    TeamsAppRemovedEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamsAppRemovedEventMessageDetail>,
    ),
    TeamsAppUpgradedEventMessageDetail(
        ::std::boxed::Box<crate::v1::TeamsAppUpgradedEventMessageDetail>,
    ),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnyEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self::EventMessageDetail(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageDetail> for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::EventMessageDetail) -> Self {
        Self::EventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallEndedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::CallEndedEventMessageDetail) -> Self {
        Self::CallEndedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallRecordingEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::CallRecordingEventMessageDetail) -> Self {
        Self::CallRecordingEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallStartedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::CallStartedEventMessageDetail) -> Self {
        Self::CallStartedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallTranscriptEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::CallTranscriptEventMessageDetail) -> Self {
        Self::CallTranscriptEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChannelAddedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::ChannelAddedEventMessageDetail) -> Self {
        Self::ChannelAddedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChannelDeletedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::ChannelDeletedEventMessageDetail) -> Self {
        Self::ChannelDeletedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChannelDescriptionUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::ChannelDescriptionUpdatedEventMessageDetail) -> Self {
        Self::ChannelDescriptionUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChannelRenamedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::ChannelRenamedEventMessageDetail) -> Self {
        Self::ChannelRenamedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChannelSetAsFavoriteByDefaultEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::ChannelSetAsFavoriteByDefaultEventMessageDetail) -> Self {
        Self::ChannelSetAsFavoriteByDefaultEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChannelUnsetAsFavoriteByDefaultEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::ChannelUnsetAsFavoriteByDefaultEventMessageDetail) -> Self {
        Self::ChannelUnsetAsFavoriteByDefaultEventMessageDetail(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatRenamedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::ChatRenamedEventMessageDetail) -> Self {
        Self::ChatRenamedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConversationMemberRoleUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::ConversationMemberRoleUpdatedEventMessageDetail) -> Self {
        Self::ConversationMemberRoleUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MeetingPolicyUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::MeetingPolicyUpdatedEventMessageDetail) -> Self {
        Self::MeetingPolicyUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MembersAddedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::MembersAddedEventMessageDetail) -> Self {
        Self::MembersAddedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MembersDeletedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::MembersDeletedEventMessageDetail) -> Self {
        Self::MembersDeletedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MembersJoinedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::MembersJoinedEventMessageDetail) -> Self {
        Self::MembersJoinedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MembersLeftEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::MembersLeftEventMessageDetail) -> Self {
        Self::MembersLeftEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MessagePinnedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::MessagePinnedEventMessageDetail) -> Self {
        Self::MessagePinnedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MessageUnpinnedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::MessageUnpinnedEventMessageDetail) -> Self {
        Self::MessageUnpinnedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TabUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TabUpdatedEventMessageDetail) -> Self {
        Self::TabUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamArchivedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamArchivedEventMessageDetail) -> Self {
        Self::TeamArchivedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamCreatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamCreatedEventMessageDetail) -> Self {
        Self::TeamCreatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamDescriptionUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamDescriptionUpdatedEventMessageDetail) -> Self {
        Self::TeamDescriptionUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamJoiningDisabledEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamJoiningDisabledEventMessageDetail) -> Self {
        Self::TeamJoiningDisabledEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamJoiningEnabledEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamJoiningEnabledEventMessageDetail) -> Self {
        Self::TeamJoiningEnabledEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamRenamedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamRenamedEventMessageDetail) -> Self {
        Self::TeamRenamedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamUnarchivedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamUnarchivedEventMessageDetail) -> Self {
        Self::TeamUnarchivedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsAppInstalledEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamsAppInstalledEventMessageDetail) -> Self {
        Self::TeamsAppInstalledEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsAppRemovedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamsAppRemovedEventMessageDetail) -> Self {
        Self::TeamsAppRemovedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsAppUpgradedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::v1::TeamsAppUpgradedEventMessageDetail) -> Self {
        Self::TeamsAppUpgradedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Send for AnyEventMessageDetail {}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyEventMessageDetail {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::marker::Unpin for AnyEventMessageDetail {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyEventMessageDetail {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyEventMessageDetail {}
#[cfg(msgraph_v1_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EventMessageDetail>();
    rt::object::auto_traits::<crate::v1::CallEndedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::CallRecordingEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::CallStartedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::CallTranscriptEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::ChannelAddedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::ChannelDeletedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::ChannelDescriptionUpdatedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::ChannelRenamedEventMessageDetail>();
    rt::object::auto_traits::<
        crate::v1::ChannelSetAsFavoriteByDefaultEventMessageDetail,
    >();
    rt::object::auto_traits::<
        crate::v1::ChannelUnsetAsFavoriteByDefaultEventMessageDetail,
    >();
    rt::object::auto_traits::<crate::v1::ChatRenamedEventMessageDetail>();
    rt::object::auto_traits::<
        crate::v1::ConversationMemberRoleUpdatedEventMessageDetail,
    >();
    rt::object::auto_traits::<crate::v1::MeetingPolicyUpdatedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::MembersAddedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::MembersDeletedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::MembersJoinedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::MembersLeftEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::MessagePinnedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::MessageUnpinnedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TabUpdatedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamArchivedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamCreatedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamDescriptionUpdatedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamJoiningDisabledEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamJoiningEnabledEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamRenamedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamUnarchivedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamsAppInstalledEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamsAppRemovedEventMessageDetail>();
    rt::object::auto_traits::<crate::v1::TeamsAppUpgradedEventMessageDetail>();
};
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Poly for AnyEventMessageDetail {
    const BASE_NAME: &'static str = "microsoft.graph.eventMessageDetail";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.callEndedEventMessageDetail",
            ) => Self::CallEndedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.callRecordingEventMessageDetail",
            ) => Self::CallRecordingEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.callStartedEventMessageDetail",
            ) => Self::CallStartedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.callTranscriptEventMessageDetail",
            ) => Self::CallTranscriptEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.channelAddedEventMessageDetail",
            ) => Self::ChannelAddedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.channelDeletedEventMessageDetail",
            ) => Self::ChannelDeletedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.channelDescriptionUpdatedEventMessageDetail",
            ) => {
                Self::ChannelDescriptionUpdatedEventMessageDetail(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.channelRenamedEventMessageDetail",
            ) => Self::ChannelRenamedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail",
            ) => {
                Self::ChannelSetAsFavoriteByDefaultEventMessageDetail(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail",
            ) => {
                Self::ChannelUnsetAsFavoriteByDefaultEventMessageDetail(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.chatRenamedEventMessageDetail",
            ) => Self::ChatRenamedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail",
            ) => {
                Self::ConversationMemberRoleUpdatedEventMessageDetail(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.meetingPolicyUpdatedEventMessageDetail",
            ) => Self::MeetingPolicyUpdatedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.membersAddedEventMessageDetail",
            ) => Self::MembersAddedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.membersDeletedEventMessageDetail",
            ) => Self::MembersDeletedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.membersJoinedEventMessageDetail",
            ) => Self::MembersJoinedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.membersLeftEventMessageDetail",
            ) => Self::MembersLeftEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.messagePinnedEventMessageDetail",
            ) => Self::MessagePinnedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.messageUnpinnedEventMessageDetail",
            ) => Self::MessageUnpinnedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.tabUpdatedEventMessageDetail",
            ) => Self::TabUpdatedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamArchivedEventMessageDetail",
            ) => Self::TeamArchivedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamCreatedEventMessageDetail",
            ) => Self::TeamCreatedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamDescriptionUpdatedEventMessageDetail",
            ) => Self::TeamDescriptionUpdatedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamJoiningDisabledEventMessageDetail",
            ) => Self::TeamJoiningDisabledEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamJoiningEnabledEventMessageDetail",
            ) => Self::TeamJoiningEnabledEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamRenamedEventMessageDetail",
            ) => Self::TeamRenamedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamUnarchivedEventMessageDetail",
            ) => Self::TeamUnarchivedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamsAppInstalledEventMessageDetail",
            ) => Self::TeamsAppInstalledEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamsAppRemovedEventMessageDetail",
            ) => Self::TeamsAppRemovedEventMessageDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamsAppUpgradedEventMessageDetail",
            ) => Self::TeamsAppUpgradedEventMessageDetail(rt::object::new_boxed()),
            _ => Self::EventMessageDetail(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EventMessageDetail(v) => &**v,
            Self::CallEndedEventMessageDetail(v) => &**v,
            Self::CallRecordingEventMessageDetail(v) => &**v,
            Self::CallStartedEventMessageDetail(v) => &**v,
            Self::CallTranscriptEventMessageDetail(v) => &**v,
            Self::ChannelAddedEventMessageDetail(v) => &**v,
            Self::ChannelDeletedEventMessageDetail(v) => &**v,
            Self::ChannelDescriptionUpdatedEventMessageDetail(v) => &**v,
            Self::ChannelRenamedEventMessageDetail(v) => &**v,
            Self::ChannelSetAsFavoriteByDefaultEventMessageDetail(v) => &**v,
            Self::ChannelUnsetAsFavoriteByDefaultEventMessageDetail(v) => &**v,
            Self::ChatRenamedEventMessageDetail(v) => &**v,
            Self::ConversationMemberRoleUpdatedEventMessageDetail(v) => &**v,
            Self::MeetingPolicyUpdatedEventMessageDetail(v) => &**v,
            Self::MembersAddedEventMessageDetail(v) => &**v,
            Self::MembersDeletedEventMessageDetail(v) => &**v,
            Self::MembersJoinedEventMessageDetail(v) => &**v,
            Self::MembersLeftEventMessageDetail(v) => &**v,
            Self::MessagePinnedEventMessageDetail(v) => &**v,
            Self::MessageUnpinnedEventMessageDetail(v) => &**v,
            Self::TabUpdatedEventMessageDetail(v) => &**v,
            Self::TeamArchivedEventMessageDetail(v) => &**v,
            Self::TeamCreatedEventMessageDetail(v) => &**v,
            Self::TeamDescriptionUpdatedEventMessageDetail(v) => &**v,
            Self::TeamJoiningDisabledEventMessageDetail(v) => &**v,
            Self::TeamJoiningEnabledEventMessageDetail(v) => &**v,
            Self::TeamRenamedEventMessageDetail(v) => &**v,
            Self::TeamUnarchivedEventMessageDetail(v) => &**v,
            Self::TeamsAppInstalledEventMessageDetail(v) => &**v,
            Self::TeamsAppRemovedEventMessageDetail(v) => &**v,
            Self::TeamsAppUpgradedEventMessageDetail(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EventMessageDetail(v) => &mut **v,
            Self::CallEndedEventMessageDetail(v) => &mut **v,
            Self::CallRecordingEventMessageDetail(v) => &mut **v,
            Self::CallStartedEventMessageDetail(v) => &mut **v,
            Self::CallTranscriptEventMessageDetail(v) => &mut **v,
            Self::ChannelAddedEventMessageDetail(v) => &mut **v,
            Self::ChannelDeletedEventMessageDetail(v) => &mut **v,
            Self::ChannelDescriptionUpdatedEventMessageDetail(v) => &mut **v,
            Self::ChannelRenamedEventMessageDetail(v) => &mut **v,
            Self::ChannelSetAsFavoriteByDefaultEventMessageDetail(v) => &mut **v,
            Self::ChannelUnsetAsFavoriteByDefaultEventMessageDetail(v) => &mut **v,
            Self::ChatRenamedEventMessageDetail(v) => &mut **v,
            Self::ConversationMemberRoleUpdatedEventMessageDetail(v) => &mut **v,
            Self::MeetingPolicyUpdatedEventMessageDetail(v) => &mut **v,
            Self::MembersAddedEventMessageDetail(v) => &mut **v,
            Self::MembersDeletedEventMessageDetail(v) => &mut **v,
            Self::MembersJoinedEventMessageDetail(v) => &mut **v,
            Self::MembersLeftEventMessageDetail(v) => &mut **v,
            Self::MessagePinnedEventMessageDetail(v) => &mut **v,
            Self::MessageUnpinnedEventMessageDetail(v) => &mut **v,
            Self::TabUpdatedEventMessageDetail(v) => &mut **v,
            Self::TeamArchivedEventMessageDetail(v) => &mut **v,
            Self::TeamCreatedEventMessageDetail(v) => &mut **v,
            Self::TeamDescriptionUpdatedEventMessageDetail(v) => &mut **v,
            Self::TeamJoiningDisabledEventMessageDetail(v) => &mut **v,
            Self::TeamJoiningEnabledEventMessageDetail(v) => &mut **v,
            Self::TeamRenamedEventMessageDetail(v) => &mut **v,
            Self::TeamUnarchivedEventMessageDetail(v) => &mut **v,
            Self::TeamsAppInstalledEventMessageDetail(v) => &mut **v,
            Self::TeamsAppRemovedEventMessageDetail(v) => &mut **v,
            Self::TeamsAppUpgradedEventMessageDetail(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyEventMessageDetail {
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_poly!(AnyEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEventMessageDetail);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.exchangeProtectionPolicy`, entity type, derived from `microsoft.graph.protectionPolicyBase`, key `id`.
///
/// Request builders: [`ExchangeProtectionPolicyPath`](requests/trait.ExchangeProtectionPolicyPath.html), what a path to one (`EntityPath<ExchangeProtectionPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ExchangeProtectionPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionPolicyArtifactCount`: `microsoft.graph.protectionPolicyArtifactCount`, nullable.
    pub protection_policy_artifact_count: rt::Field<
        crate::v1::ProtectionPolicyArtifactCount,
    >,
    /// CSDL: property `retentionSettings`: `Collection(microsoft.graph.retentionSetting)`, nullable.
    pub retention_settings: rt::Field<::std::vec::Vec<crate::v1::RetentionSetting>>,
    /// CSDL: property `status`: `microsoft.graph.protectionPolicyStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionPolicyStatus>,
    /// CSDL: navigation property `mailboxInclusionRules`: `Collection(microsoft.graph.mailboxProtectionRule)`, not nullable.
    pub mailbox_inclusion_rules: rt::Field<
        ::std::vec::Vec<crate::v1::MailboxProtectionRule>,
    >,
    /// CSDL: navigation property `mailboxProtectionUnits`: `Collection(microsoft.graph.mailboxProtectionUnit)`, not nullable.
    pub mailbox_protection_units: rt::Field<
        ::std::vec::Vec<crate::v1::MailboxProtectionUnit>,
    >,
    /// CSDL: navigation property `mailboxProtectionUnitsBulkAdditionJobs`: `Collection(microsoft.graph.mailboxProtectionUnitsBulkAdditionJob)`, not nullable.
    pub mailbox_protection_units_bulk_addition_jobs: rt::Field<
        ::std::vec::Vec<crate::v1::MailboxProtectionUnitsBulkAdditionJob>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ExchangeProtectionPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            protection_policy_artifact_count: rt::Field::Absent,
            retention_settings: rt::Field::Absent,
            status: rt::Field::Absent,
            mailbox_inclusion_rules: rt::Field::Absent,
            mailbox_protection_units: rt::Field::Absent,
            mailbox_protection_units_bulk_addition_jobs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ExchangeProtectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeProtectionPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "isEnabled",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "protectionPolicyArtifactCount",
        "retentionSettings",
        "status",
        "mailboxInclusionRules",
        "mailboxProtectionUnits",
        "mailboxProtectionUnitsBulkAdditionJobs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"protectionPolicyArtifactCount\":",
        ",\"retentionSettings\":            ",
        ",\"status\":                       ",
        ",\"mailboxInclusionRules\":        ",
        ",\"mailboxProtectionUnits\":       ",
        ",\"mailboxProtectionUnitsBulkAdditionJobs\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exchangeProtectionPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            7usize,
            "protection_policy_artifact_count",
            &self.protection_policy_artifact_count,
        );
        v.field(8usize, "retention_settings", &self.retention_settings);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "mailbox_inclusion_rules", &self.mailbox_inclusion_rules);
        v.field(11usize, "mailbox_protection_units", &self.mailbox_protection_units);
        v.field(
            12usize,
            "mailbox_protection_units_bulk_addition_jobs",
            &self.mailbox_protection_units_bulk_addition_jobs,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ExchangeProtectionPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.protection_policy_artifact_count.read_from(r),
            8usize => self.retention_settings.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.mailbox_inclusion_rules.read_from(r),
            11usize => self.mailbox_protection_units.read_from(r),
            12usize => self.mailbox_protection_units_bulk_addition_jobs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.protection_policy_artifact_count);
        w.field(8usize, &self.retention_settings);
        w.field(9usize, &self.status);
        w.field(10usize, &self.mailbox_inclusion_rules);
        w.field(11usize, &self.mailbox_protection_units);
        w.field(12usize, &self.mailbox_protection_units_bulk_addition_jobs);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(ExchangeProtectionPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ExchangeProtectionPolicy { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_is_enabled is_enabled : bool; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_protection_policy_artifact_count
    protection_policy_artifact_count : crate ::v1::ProtectionPolicyArtifactCount;
    with_retention_settings retention_settings : ::std::vec::Vec < crate
    ::v1::RetentionSetting >; with_status status : crate ::v1::ProtectionPolicyStatus;
    with_mailbox_inclusion_rules mailbox_inclusion_rules : ::std::vec::Vec < crate
    ::v1::MailboxProtectionRule >; with_mailbox_protection_units mailbox_protection_units
    : ::std::vec::Vec < crate ::v1::MailboxProtectionUnit >;
    with_mailbox_protection_units_bulk_addition_jobs
    mailbox_protection_units_bulk_addition_jobs : ::std::vec::Vec < crate
    ::v1::MailboxProtectionUnitsBulkAdditionJob >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeProtectionPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.exchangeRestoreSession`, entity type, derived from `microsoft.graph.restoreSessionBase`, key `id`.
///
/// Request builders: [`ExchangeRestoreSessionPath`](requests/trait.ExchangeRestoreSessionPath.html), what a path to one (`EntityPath<ExchangeRestoreSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ExchangeRestoreSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restoreJobType`: `microsoft.graph.restoreJobType`, nullable.
    pub restore_job_type: rt::Field<crate::v1::RestoreJobType>,
    /// CSDL: property `restoreSessionArtifactCount`: `microsoft.graph.restoreSessionArtifactCount`, nullable.
    pub restore_session_artifact_count: rt::Field<
        crate::v1::RestoreSessionArtifactCount,
    >,
    /// CSDL: property `status`: `microsoft.graph.restoreSessionStatus`, nullable.
    pub status: rt::Field<crate::v1::RestoreSessionStatus>,
    /// CSDL: containment navigation property `granularMailboxRestoreArtifacts`: `Collection(microsoft.graph.granularMailboxRestoreArtifact)`, not nullable.
    pub granular_mailbox_restore_artifacts: rt::Field<
        ::std::vec::Vec<crate::v1::GranularMailboxRestoreArtifact>,
    >,
    /// CSDL: containment navigation property `mailboxRestoreArtifacts`: `Collection(microsoft.graph.mailboxRestoreArtifact)`, not nullable.
    pub mailbox_restore_artifacts: rt::Field<
        ::std::vec::Vec<crate::v1::AnyMailboxRestoreArtifact>,
    >,
    /// CSDL: containment navigation property `mailboxRestoreArtifactsBulkAdditionRequests`: `Collection(microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest)`, not nullable.
    pub mailbox_restore_artifacts_bulk_addition_requests: rt::Field<
        ::std::vec::Vec<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ExchangeRestoreSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            restore_job_type: rt::Field::Absent,
            restore_session_artifact_count: rt::Field::Absent,
            status: rt::Field::Absent,
            granular_mailbox_restore_artifacts: rt::Field::Absent,
            mailbox_restore_artifacts: rt::Field::Absent,
            mailbox_restore_artifacts_bulk_addition_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ExchangeRestoreSession {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeRestoreSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "restoreJobType",
        "restoreSessionArtifactCount",
        "status",
        "granularMailboxRestoreArtifacts",
        "mailboxRestoreArtifacts",
        "mailboxRestoreArtifactsBulkAdditionRequests",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"restoreJobType\":               ",
        ",\"restoreSessionArtifactCount\":  ",
        ",\"status\":                       ",
        ",\"granularMailboxRestoreArtifacts\":",
        ",\"mailboxRestoreArtifacts\":      ",
        ",\"mailboxRestoreArtifactsBulkAdditionRequests\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exchangeRestoreSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "restore_job_type", &self.restore_job_type);
        v.field(
            8usize,
            "restore_session_artifact_count",
            &self.restore_session_artifact_count,
        );
        v.field(9usize, "status", &self.status);
        v.field(
            10usize,
            "granular_mailbox_restore_artifacts",
            &self.granular_mailbox_restore_artifacts,
        );
        v.field(11usize, "mailbox_restore_artifacts", &self.mailbox_restore_artifacts);
        v.field(
            12usize,
            "mailbox_restore_artifacts_bulk_addition_requests",
            &self.mailbox_restore_artifacts_bulk_addition_requests,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ExchangeRestoreSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.restore_job_type.read_from(r),
            8usize => self.restore_session_artifact_count.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.granular_mailbox_restore_artifacts.read_from(r),
            11usize => self.mailbox_restore_artifacts.read_from(r),
            12usize => self.mailbox_restore_artifacts_bulk_addition_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.error);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.restore_job_type);
        w.field(8usize, &self.restore_session_artifact_count);
        w.field(9usize, &self.status);
        w.field(10usize, &self.granular_mailbox_restore_artifacts);
        w.field(11usize, &self.mailbox_restore_artifacts);
        w.field(12usize, &self.mailbox_restore_artifacts_bulk_addition_requests);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(ExchangeRestoreSession);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ExchangeRestoreSession { with_id id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_restore_job_type restore_job_type : crate ::v1::RestoreJobType;
    with_restore_session_artifact_count restore_session_artifact_count : crate
    ::v1::RestoreSessionArtifactCount; with_status status : crate
    ::v1::RestoreSessionStatus; with_granular_mailbox_restore_artifacts
    granular_mailbox_restore_artifacts : ::std::vec::Vec < crate
    ::v1::GranularMailboxRestoreArtifact >; with_mailbox_restore_artifacts
    mailbox_restore_artifacts : ::std::vec::Vec < crate ::v1::AnyMailboxRestoreArtifact
    >; with_mailbox_restore_artifacts_bulk_addition_requests
    mailbox_restore_artifacts_bulk_addition_requests : ::std::vec::Vec < crate
    ::v1::MailboxRestoreArtifactsBulkAdditionRequest >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeRestoreSession);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.exchangeSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExchangeSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `primaryMailboxId`: `Edm.String`, nullable.
    pub primary_mailbox_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ExchangeSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            primary_mailbox_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ExchangeSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeSettings";
    const KEYS: &'static [&'static str] = &["id", "primaryMailboxId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"primaryMailboxId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exchangeSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "primary_mailbox_id", &self.primary_mailbox_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ExchangeSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.primary_mailbox_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.primary_mailbox_id);
    }
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
rt::impl_object!(ExchangeSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ExchangeSettings { with_id id : ::std::string::String; with_primary_mailbox_id
    primary_mailbox_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeSettings);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.excludeTarget`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ExcludeTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for ExcludeTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for ExcludeTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.excludeTarget";
    const KEYS: &'static [&'static str] = &["id", "targetType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.excludeTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_type", &self.target_type);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for ExcludeTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(ExcludeTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    ExcludeTarget { with_id id : ::std::string::String; with_target_type target_type :
    crate ::v1::AuthenticationMethodTargetType; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExcludeTarget);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.executionMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExecutionMode {
    /// `evaluateInline` (value 1).
    EvaluateInline,
    /// `evaluateOffline` (value 2).
    EvaluateOffline,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for ExecutionMode {
    const TYPE_NAME: &'static str = "microsoft.graph.executionMode";
    const MEMBERS: &'static [&'static str] = &[
        "evaluateInline",
        "evaluateOffline",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "evaluateInline" => Self::EvaluateInline,
                "evaluateOffline" => Self::EvaluateOffline,
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
            Self::EvaluateInline => "evaluateInline",
            Self::EvaluateOffline => "evaluateOffline",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(ExecutionMode);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExecutionMode);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.expirationPattern`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct ExpirationPattern {
    /// CSDL: property `duration`: `Edm.Duration`, nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `type`: `microsoft.graph.expirationPatternType`, nullable.
    pub type_: rt::Field<crate::v1::ExpirationPatternType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for ExpirationPattern {
    #[inline]
    fn default() -> Self {
        Self {
            duration: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::Object for ExpirationPattern {
    const TYPE_NAME: &'static str = "microsoft.graph.expirationPattern";
    const KEYS: &'static [&'static str] = &["duration", "endDateTime", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"duration\":                     ",
        ",\"endDateTime\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.expirationPattern\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "duration", &self.duration);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::object::Members for ExpirationPattern {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.duration.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.duration);
        w.field(1usize, &self.end_date_time);
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
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_object!(ExpirationPattern);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_setters!(
    ExpirationPattern { with_duration duration : rt::edm::Duration; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_type type_ : crate
    ::v1::ExpirationPatternType; }
);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpirationPattern);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.expirationPatternType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExpirationPatternType {
    /// `notSpecified` (value 0).
    NotSpecified,
    /// `noExpiration` (value 1).
    NoExpiration,
    /// `afterDateTime` (value 2).
    AfterDateTime,
    /// `afterDuration` (value 3).
    AfterDuration,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::StrEnum for ExpirationPatternType {
    const TYPE_NAME: &'static str = "microsoft.graph.expirationPatternType";
    const MEMBERS: &'static [&'static str] = &[
        "notSpecified",
        "noExpiration",
        "afterDateTime",
        "afterDuration",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notSpecified" => Self::NotSpecified,
                "noExpiration" => Self::NoExpiration,
                "afterDateTime" => Self::AfterDateTime,
                "afterDuration" => Self::AfterDuration,
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
            Self::NoExpiration => "noExpiration",
            Self::AfterDateTime => "afterDateTime",
            Self::AfterDuration => "afterDuration",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_enum!(ExpirationPatternType);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpirationPatternType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.externalAudienceScope`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExternalAudienceScope {
    /// `none` (value 0).
    None,
    /// `contactsOnly` (value 1).
    ContactsOnly,
    /// `all` (value 2).
    All,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ExternalAudienceScope {
    const TYPE_NAME: &'static str = "microsoft.graph.externalAudienceScope";
    const MEMBERS: &'static [&'static str] = &["none", "contactsOnly", "all"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "contactsOnly" => Self::ContactsOnly,
                "all" => Self::All,
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
            Self::ContactsOnly => "contactsOnly",
            Self::All => "all",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ExternalAudienceScope);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalAudienceScope);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.externalAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`ExternalAuthenticationMethodConfigurationPath`](requests/trait.ExternalAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<ExternalAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ExternalAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `appId`: `Edm.String`, not nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `openIdConnectSetting`: `microsoft.graph.openIdConnectSetting`, not nullable.
    pub open_id_connect_setting: rt::Field<crate::v1::OpenIdConnectSetting>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for ExternalAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            app_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            open_id_connect_setting: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for ExternalAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.externalAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "appId",
        "displayName",
        "openIdConnectSetting",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"appId\":                        ",
        ",\"displayName\":                  ",
        ",\"openIdConnectSetting\":         ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "app_id", &self.app_id);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "open_id_connect_setting", &self.open_id_connect_setting);
        v.field(6usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for ExternalAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.app_id.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.open_id_connect_setting.read_from(r),
            6usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.app_id);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.open_id_connect_setting);
        w.field(6usize, &self.include_targets);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(ExternalAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    ExternalAuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState; with_app_id app_id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_open_id_connect_setting open_id_connect_setting : crate
    ::v1::OpenIdConnectSetting; with_include_targets include_targets : ::std::vec::Vec <
    crate ::v1::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.externalEmailOtpState`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExternalEmailOtpState {
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for ExternalEmailOtpState {
    const TYPE_NAME: &'static str = "microsoft.graph.externalEmailOtpState";
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(ExternalEmailOtpState);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalEmailOtpState);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.extractSensitivityLabelsResult`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct ExtractSensitivityLabelsResult {
    /// CSDL: property `labels`: `Collection(microsoft.graph.sensitivityLabelAssignment)`, nullable.
    pub labels: rt::Field<::std::vec::Vec<crate::v1::SensitivityLabelAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for ExtractSensitivityLabelsResult {
    #[inline]
    fn default() -> Self {
        Self {
            labels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for ExtractSensitivityLabelsResult {
    const TYPE_NAME: &'static str = "microsoft.graph.extractSensitivityLabelsResult";
    const KEYS: &'static [&'static str] = &["labels"];
    const KEYS_JSON: &'static [&'static str] = &[",\"labels\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.extractSensitivityLabelsResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "labels", &self.labels);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for ExtractSensitivityLabelsResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.labels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.labels);
    }
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
rt::impl_object!(ExtractSensitivityLabelsResult);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    ExtractSensitivityLabelsResult { with_labels labels : ::std::vec::Vec < crate
    ::v1::SensitivityLabelAssignment >; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExtractSensitivityLabelsResult);
