//! Types of `microsoft.graph` by the first letters of their names (`aa_ad`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.aadUserConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: [`AadUserConversationMemberPath`](requests/trait.AadUserConversationMemberPath.html), what a path to one (`EntityPath<AadUserConversationMember, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AadUserConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `user`: `microsoft.graph.user`, nullable.
    pub user: rt::Field<crate::beta::User>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AadUserConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            email: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AadUserConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.aadUserConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "email",
        "tenantId",
        "userId",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
        ",\"email\":                        ",
        ",\"tenantId\":                     ",
        ",\"userId\":                       ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aadUserConversationMember\"";
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
        v.field(4usize, "email", &self.email);
        v.field(5usize, "tenant_id", &self.tenant_id);
        v.field(6usize, "user_id", &self.user_id);
        v.field(7usize, "user", &self.user);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AadUserConversationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.email.read_from(r),
            5usize => self.tenant_id.read_from(r),
            6usize => self.user_id.read_from(r),
            7usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.email);
        w.field(5usize, &self.tenant_id);
        w.field(6usize, &self.user_id);
        w.field(7usize, &self.user);
    }
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
rt::impl_object!(AadUserConversationMember);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AadUserConversationMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_roles roles : ::std::vec::Vec <
    ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; with_email email :
    ::std::string::String; with_tenant_id tenant_id : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_user user : crate ::beta::User; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AadUserConversationMember);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentPath`](requests/trait.AccessPackageAssignmentPath.html), what a path to one (`EntityPath<AccessPackageAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessPackageId`: `Edm.String`, nullable.
    pub access_package_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentPolicyId`: `Edm.String`, nullable.
    pub assignment_policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentState`: `Edm.String`, nullable.
    pub assignment_state: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentStatus`: `Edm.String`, nullable.
    pub assignment_status: rt::Field<::std::string::String>,
    /// CSDL: property `catalogId`: `Edm.String`, nullable.
    pub catalog_id: rt::Field<::std::string::String>,
    /// CSDL: property `expiredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expired_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isExtended`: `Edm.Boolean`, nullable.
    pub is_extended: rt::Field<bool>,
    /// CSDL: property `schedule`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule: rt::Field<crate::beta::RequestSchedule>,
    /// CSDL: property `targetId`: `Edm.String`, nullable.
    pub target_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `accessPackage`: `microsoft.graph.accessPackage`, nullable.
    pub access_package: rt::Field<crate::beta::AccessPackage>,
    /// CSDL: containment navigation property `accessPackageAssignmentPolicy`: `microsoft.graph.accessPackageAssignmentPolicy`, nullable.
    pub access_package_assignment_policy: rt::Field<
        crate::beta::AccessPackageAssignmentPolicy,
    >,
    /// CSDL: containment navigation property `accessPackageAssignmentRequests`: `Collection(microsoft.graph.accessPackageAssignmentRequest)`, not nullable.
    pub access_package_assignment_requests: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageAssignmentRequest>,
    >,
    /// CSDL: containment navigation property `accessPackageAssignmentResourceRoles`: `Collection(microsoft.graph.accessPackageAssignmentResourceRole)`, not nullable.
    pub access_package_assignment_resource_roles: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageAssignmentResourceRole>,
    >,
    /// CSDL: containment navigation property `target`: `microsoft.graph.accessPackageSubject`, nullable.
    pub target: rt::Field<crate::beta::AccessPackageSubject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_package_id: rt::Field::Absent,
            assignment_policy_id: rt::Field::Absent,
            assignment_state: rt::Field::Absent,
            assignment_status: rt::Field::Absent,
            catalog_id: rt::Field::Absent,
            expired_date_time: rt::Field::Absent,
            is_extended: rt::Field::Absent,
            schedule: rt::Field::Absent,
            target_id: rt::Field::Absent,
            access_package: rt::Field::Absent,
            access_package_assignment_policy: rt::Field::Absent,
            access_package_assignment_requests: rt::Field::Absent,
            access_package_assignment_resource_roles: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessPackageId",
        "assignmentPolicyId",
        "assignmentState",
        "assignmentStatus",
        "catalogId",
        "expiredDateTime",
        "isExtended",
        "schedule",
        "targetId",
        "accessPackage",
        "accessPackageAssignmentPolicy",
        "accessPackageAssignmentRequests",
        "accessPackageAssignmentResourceRoles",
        "target",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessPackageId\":              ",
        ",\"assignmentPolicyId\":           ",
        ",\"assignmentState\":              ",
        ",\"assignmentStatus\":             ",
        ",\"catalogId\":                    ",
        ",\"expiredDateTime\":              ",
        ",\"isExtended\":                   ",
        ",\"schedule\":                     ",
        ",\"targetId\":                     ",
        ",\"accessPackage\":                ",
        ",\"accessPackageAssignmentPolicy\":",
        ",\"accessPackageAssignmentRequests\":",
        ",\"accessPackageAssignmentResourceRoles\":",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_package_id", &self.access_package_id);
        v.field(2usize, "assignment_policy_id", &self.assignment_policy_id);
        v.field(3usize, "assignment_state", &self.assignment_state);
        v.field(4usize, "assignment_status", &self.assignment_status);
        v.field(5usize, "catalog_id", &self.catalog_id);
        v.field(6usize, "expired_date_time", &self.expired_date_time);
        v.field(7usize, "is_extended", &self.is_extended);
        v.field(8usize, "schedule", &self.schedule);
        v.field(9usize, "target_id", &self.target_id);
        v.field(10usize, "access_package", &self.access_package);
        v.field(
            11usize,
            "access_package_assignment_policy",
            &self.access_package_assignment_policy,
        );
        v.field(
            12usize,
            "access_package_assignment_requests",
            &self.access_package_assignment_requests,
        );
        v.field(
            13usize,
            "access_package_assignment_resource_roles",
            &self.access_package_assignment_resource_roles,
        );
        v.field(14usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_package_id.read_from(r),
            2usize => self.assignment_policy_id.read_from(r),
            3usize => self.assignment_state.read_from(r),
            4usize => self.assignment_status.read_from(r),
            5usize => self.catalog_id.read_from(r),
            6usize => self.expired_date_time.read_from(r),
            7usize => self.is_extended.read_from(r),
            8usize => self.schedule.read_from(r),
            9usize => self.target_id.read_from(r),
            10usize => self.access_package.read_from(r),
            11usize => self.access_package_assignment_policy.read_from(r),
            12usize => self.access_package_assignment_requests.read_from(r),
            13usize => self.access_package_assignment_resource_roles.read_from(r),
            14usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_package_id);
        w.field(2usize, &self.assignment_policy_id);
        w.field(3usize, &self.assignment_state);
        w.field(4usize, &self.assignment_status);
        w.field(5usize, &self.catalog_id);
        w.field(6usize, &self.expired_date_time);
        w.field(7usize, &self.is_extended);
        w.field(8usize, &self.schedule);
        w.field(9usize, &self.target_id);
        w.field(10usize, &self.access_package);
        w.field(11usize, &self.access_package_assignment_policy);
        w.field(12usize, &self.access_package_assignment_requests);
        w.field(13usize, &self.access_package_assignment_resource_roles);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(AccessPackageAssignment);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignment { with_id id : ::std::string::String; with_access_package_id
    access_package_id : ::std::string::String; with_assignment_policy_id
    assignment_policy_id : ::std::string::String; with_assignment_state assignment_state
    : ::std::string::String; with_assignment_status assignment_status :
    ::std::string::String; with_catalog_id catalog_id : ::std::string::String;
    with_expired_date_time expired_date_time : rt::edm::DateTimeOffset; with_is_extended
    is_extended : bool; with_schedule schedule : crate ::beta::RequestSchedule;
    with_target_id target_id : ::std::string::String; with_access_package access_package
    : crate ::beta::AccessPackage; with_access_package_assignment_policy
    access_package_assignment_policy : crate ::beta::AccessPackageAssignmentPolicy;
    with_access_package_assignment_requests access_package_assignment_requests :
    ::std::vec::Vec < crate ::beta::AccessPackageAssignmentRequest >;
    with_access_package_assignment_resource_roles
    access_package_assignment_resource_roles : ::std::vec::Vec < crate
    ::beta::AccessPackageAssignmentResourceRole >; with_target target : crate
    ::beta::AccessPackageSubject; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignment);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentRequestPath`](requests/trait.AccessPackageAssignmentRequestPath.html), what a path to one (`EntityPath<AccessPackageAssignmentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `answers`: `Collection(microsoft.graph.accessPackageAnswer)`, nullable.
    pub answers: rt::Field<::std::vec::Vec<crate::beta::AnyAccessPackageAnswer>>,
    /// CSDL: property `completedDate`: `Edm.DateTimeOffset`, nullable.
    pub completed_date: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `requestState`: `Edm.String`, nullable.
    pub request_state: rt::Field<::std::string::String>,
    /// CSDL: property `requestStatus`: `Edm.String`, nullable.
    pub request_status: rt::Field<::std::string::String>,
    /// CSDL: property `requestType`: `Edm.String`, nullable.
    pub request_type: rt::Field<::std::string::String>,
    /// CSDL: property `schedule`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule: rt::Field<crate::beta::RequestSchedule>,
    /// CSDL: navigation property `accessPackage`: `microsoft.graph.accessPackage`, nullable.
    pub access_package: rt::Field<crate::beta::AccessPackage>,
    /// CSDL: containment navigation property `accessPackageAssignment`: `microsoft.graph.accessPackageAssignment`, nullable.
    pub access_package_assignment: rt::Field<crate::beta::AccessPackageAssignment>,
    /// CSDL: containment navigation property `requestor`: `microsoft.graph.accessPackageSubject`, nullable.
    pub requestor: rt::Field<crate::beta::AccessPackageSubject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            answers: rt::Field::Absent,
            completed_date: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            request_state: rt::Field::Absent,
            request_status: rt::Field::Absent,
            request_type: rt::Field::Absent,
            schedule: rt::Field::Absent,
            access_package: rt::Field::Absent,
            access_package_assignment: rt::Field::Absent,
            requestor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "answers",
        "completedDate",
        "createdDateTime",
        "expirationDateTime",
        "isValidationOnly",
        "justification",
        "requestState",
        "requestStatus",
        "requestType",
        "schedule",
        "accessPackage",
        "accessPackageAssignment",
        "requestor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"answers\":                      ",
        ",\"completedDate\":                ",
        ",\"createdDateTime\":              ",
        ",\"expirationDateTime\":           ",
        ",\"isValidationOnly\":             ",
        ",\"justification\":                ",
        ",\"requestState\":                 ",
        ",\"requestStatus\":                ",
        ",\"requestType\":                  ",
        ",\"schedule\":                     ",
        ",\"accessPackage\":                ",
        ",\"accessPackageAssignment\":      ",
        ",\"requestor\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "answers", &self.answers);
        v.field(2usize, "completed_date", &self.completed_date);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "expiration_date_time", &self.expiration_date_time);
        v.field(5usize, "is_validation_only", &self.is_validation_only);
        v.field(6usize, "justification", &self.justification);
        v.field(7usize, "request_state", &self.request_state);
        v.field(8usize, "request_status", &self.request_status);
        v.field(9usize, "request_type", &self.request_type);
        v.field(10usize, "schedule", &self.schedule);
        v.field(11usize, "access_package", &self.access_package);
        v.field(12usize, "access_package_assignment", &self.access_package_assignment);
        v.field(13usize, "requestor", &self.requestor);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.answers.read_from(r),
            2usize => self.completed_date.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.expiration_date_time.read_from(r),
            5usize => self.is_validation_only.read_from(r),
            6usize => self.justification.read_from(r),
            7usize => self.request_state.read_from(r),
            8usize => self.request_status.read_from(r),
            9usize => self.request_type.read_from(r),
            10usize => self.schedule.read_from(r),
            11usize => self.access_package.read_from(r),
            12usize => self.access_package_assignment.read_from(r),
            13usize => self.requestor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.answers);
        w.field(2usize, &self.completed_date);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.expiration_date_time);
        w.field(5usize, &self.is_validation_only);
        w.field(6usize, &self.justification);
        w.field(7usize, &self.request_state);
        w.field(8usize, &self.request_status);
        w.field(9usize, &self.request_type);
        w.field(10usize, &self.schedule);
        w.field(11usize, &self.access_package);
        w.field(12usize, &self.access_package_assignment);
        w.field(13usize, &self.requestor);
    }
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
rt::impl_object!(AccessPackageAssignmentRequest);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentRequest { with_id id : ::std::string::String; with_answers
    answers : ::std::vec::Vec < crate ::beta::AnyAccessPackageAnswer >;
    with_completed_date completed_date : rt::edm::DateTimeOffset; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_is_validation_only
    is_validation_only : bool; with_justification justification : ::std::string::String;
    with_request_state request_state : ::std::string::String; with_request_status
    request_status : ::std::string::String; with_request_type request_type :
    ::std::string::String; with_schedule schedule : crate ::beta::RequestSchedule;
    with_access_package access_package : crate ::beta::AccessPackage;
    with_access_package_assignment access_package_assignment : crate
    ::beta::AccessPackageAssignment; with_requestor requestor : crate
    ::beta::AccessPackageSubject; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequest);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentResourceRole`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentResourceRolePath`](requests/trait.AccessPackageAssignmentResourceRolePath.html), what a path to one (`EntityPath<AccessPackageAssignmentResourceRole, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentResourceRole {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `originId`: `Edm.String`, nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `accessPackageAssignments`: `Collection(microsoft.graph.accessPackageAssignment)`, not nullable.
    pub access_package_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageAssignment>,
    >,
    /// CSDL: containment navigation property `accessPackageResourceRole`: `microsoft.graph.accessPackageResourceRole`, nullable.
    pub access_package_resource_role: rt::Field<crate::beta::AccessPackageResourceRole>,
    /// CSDL: containment navigation property `accessPackageResourceScope`: `microsoft.graph.accessPackageResourceScope`, nullable.
    pub access_package_resource_scope: rt::Field<
        crate::beta::AccessPackageResourceScope,
    >,
    /// CSDL: containment navigation property `accessPackageSubject`: `microsoft.graph.accessPackageSubject`, nullable.
    pub access_package_subject: rt::Field<crate::beta::AccessPackageSubject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentResourceRole {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            status: rt::Field::Absent,
            access_package_assignments: rt::Field::Absent,
            access_package_resource_role: rt::Field::Absent,
            access_package_resource_scope: rt::Field::Absent,
            access_package_subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentResourceRole {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentResourceRole";
    const KEYS: &'static [&'static str] = &[
        "id",
        "originId",
        "originSystem",
        "status",
        "accessPackageAssignments",
        "accessPackageResourceRole",
        "accessPackageResourceScope",
        "accessPackageSubject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"status\":                       ",
        ",\"accessPackageAssignments\":     ",
        ",\"accessPackageResourceRole\":    ",
        ",\"accessPackageResourceScope\":   ",
        ",\"accessPackageSubject\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentResourceRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "origin_id", &self.origin_id);
        v.field(2usize, "origin_system", &self.origin_system);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "access_package_assignments", &self.access_package_assignments);
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
        v.field(7usize, "access_package_subject", &self.access_package_subject);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentResourceRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.origin_id.read_from(r),
            2usize => self.origin_system.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.access_package_assignments.read_from(r),
            5usize => self.access_package_resource_role.read_from(r),
            6usize => self.access_package_resource_scope.read_from(r),
            7usize => self.access_package_subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.origin_id);
        w.field(2usize, &self.origin_system);
        w.field(3usize, &self.status);
        w.field(4usize, &self.access_package_assignments);
        w.field(5usize, &self.access_package_resource_role);
        w.field(6usize, &self.access_package_resource_scope);
        w.field(7usize, &self.access_package_subject);
    }
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
rt::impl_object!(AccessPackageAssignmentResourceRole);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentResourceRole { with_id id : ::std::string::String;
    with_origin_id origin_id : ::std::string::String; with_origin_system origin_system :
    ::std::string::String; with_status status : ::std::string::String;
    with_access_package_assignments access_package_assignments : ::std::vec::Vec < crate
    ::beta::AccessPackageAssignment >; with_access_package_resource_role
    access_package_resource_role : crate ::beta::AccessPackageResourceRole;
    with_access_package_resource_scope access_package_resource_scope : crate
    ::beta::AccessPackageResourceScope; with_access_package_subject
    access_package_subject : crate ::beta::AccessPackageSubject; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentResourceRole);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceRequestPath`](requests/trait.AccessPackageResourceRequestPath.html), what a path to one (`EntityPath<AccessPackageResourceRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageResourceRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `catalogId`: `Edm.String`, nullable.
    pub catalog_id: rt::Field<::std::string::String>,
    /// CSDL: property `executeImmediately`: `Edm.Boolean`, nullable.
    pub execute_immediately: rt::Field<bool>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `requestState`: `Edm.String`, nullable.
    pub request_state: rt::Field<::std::string::String>,
    /// CSDL: property `requestStatus`: `Edm.String`, nullable.
    pub request_status: rt::Field<::std::string::String>,
    /// CSDL: property `requestType`: `Edm.String`, nullable.
    pub request_type: rt::Field<::std::string::String>,
    /// CSDL: navigation property `accessPackageResource`: `microsoft.graph.accessPackageResource`, nullable.
    pub access_package_resource: rt::Field<crate::beta::AccessPackageResource>,
    /// CSDL: containment navigation property `requestor`: `microsoft.graph.accessPackageSubject`, nullable.
    pub requestor: rt::Field<crate::beta::AccessPackageSubject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            catalog_id: rt::Field::Absent,
            execute_immediately: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            request_state: rt::Field::Absent,
            request_status: rt::Field::Absent,
            request_type: rt::Field::Absent,
            access_package_resource: rt::Field::Absent,
            requestor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "catalogId",
        "executeImmediately",
        "expirationDateTime",
        "isValidationOnly",
        "justification",
        "requestState",
        "requestStatus",
        "requestType",
        "accessPackageResource",
        "requestor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"catalogId\":                    ",
        ",\"executeImmediately\":           ",
        ",\"expirationDateTime\":           ",
        ",\"isValidationOnly\":             ",
        ",\"justification\":                ",
        ",\"requestState\":                 ",
        ",\"requestStatus\":                ",
        ",\"requestType\":                  ",
        ",\"accessPackageResource\":        ",
        ",\"requestor\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "catalog_id", &self.catalog_id);
        v.field(2usize, "execute_immediately", &self.execute_immediately);
        v.field(3usize, "expiration_date_time", &self.expiration_date_time);
        v.field(4usize, "is_validation_only", &self.is_validation_only);
        v.field(5usize, "justification", &self.justification);
        v.field(6usize, "request_state", &self.request_state);
        v.field(7usize, "request_status", &self.request_status);
        v.field(8usize, "request_type", &self.request_type);
        v.field(9usize, "access_package_resource", &self.access_package_resource);
        v.field(10usize, "requestor", &self.requestor);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.catalog_id.read_from(r),
            2usize => self.execute_immediately.read_from(r),
            3usize => self.expiration_date_time.read_from(r),
            4usize => self.is_validation_only.read_from(r),
            5usize => self.justification.read_from(r),
            6usize => self.request_state.read_from(r),
            7usize => self.request_status.read_from(r),
            8usize => self.request_type.read_from(r),
            9usize => self.access_package_resource.read_from(r),
            10usize => self.requestor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.catalog_id);
        w.field(2usize, &self.execute_immediately);
        w.field(3usize, &self.expiration_date_time);
        w.field(4usize, &self.is_validation_only);
        w.field(5usize, &self.justification);
        w.field(6usize, &self.request_state);
        w.field(7usize, &self.request_status);
        w.field(8usize, &self.request_type);
        w.field(9usize, &self.access_package_resource);
        w.field(10usize, &self.requestor);
    }
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
rt::impl_object!(AccessPackageResourceRequest);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceRequest { with_id id : ::std::string::String; with_catalog_id
    catalog_id : ::std::string::String; with_execute_immediately execute_immediately :
    bool; with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_is_validation_only is_validation_only : bool; with_justification justification :
    ::std::string::String; with_request_state request_state : ::std::string::String;
    with_request_status request_status : ::std::string::String; with_request_type
    request_type : ::std::string::String; with_access_package_resource
    access_package_resource : crate ::beta::AccessPackageResource; with_requestor
    requestor : crate ::beta::AccessPackageSubject; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceRequest);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSubject`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageSubjectPath`](requests/trait.AccessPackageSubjectPath.html), what a path to one (`EntityPath<AccessPackageSubject, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AccessPackageSubject {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `altSecId`: `Edm.String`, nullable.
    pub alt_sec_id: rt::Field<::std::string::String>,
    /// CSDL: property `connectedOrganizationId`: `Edm.String`, nullable.
    pub connected_organization_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSecurityIdentifier`: `Edm.String`, nullable.
    pub on_premises_security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `principalName`: `Edm.String`, nullable.
    pub principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: navigation property `connectedOrganization`: `microsoft.graph.connectedOrganization`, nullable.
    pub connected_organization: rt::Field<crate::beta::ConnectedOrganization>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageSubject {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            alt_sec_id: rt::Field::Absent,
            connected_organization_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            object_id: rt::Field::Absent,
            on_premises_security_identifier: rt::Field::Absent,
            principal_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            connected_organization: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AccessPackageSubject {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSubject";
    const KEYS: &'static [&'static str] = &[
        "id",
        "altSecId",
        "connectedOrganizationId",
        "displayName",
        "email",
        "objectId",
        "onPremisesSecurityIdentifier",
        "principalName",
        "type",
        "connectedOrganization",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"altSecId\":                     ",
        ",\"connectedOrganizationId\":      ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"objectId\":                     ",
        ",\"onPremisesSecurityIdentifier\": ",
        ",\"principalName\":                ",
        ",\"type\":                         ",
        ",\"connectedOrganization\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageSubject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "alt_sec_id", &self.alt_sec_id);
        v.field(2usize, "connected_organization_id", &self.connected_organization_id);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "email", &self.email);
        v.field(5usize, "object_id", &self.object_id);
        v.field(
            6usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(7usize, "principal_name", &self.principal_name);
        v.field(8usize, "type_", &self.type_);
        v.field(9usize, "connected_organization", &self.connected_organization);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AccessPackageSubject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.alt_sec_id.read_from(r),
            2usize => self.connected_organization_id.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.email.read_from(r),
            5usize => self.object_id.read_from(r),
            6usize => self.on_premises_security_identifier.read_from(r),
            7usize => self.principal_name.read_from(r),
            8usize => self.type_.read_from(r),
            9usize => self.connected_organization.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.alt_sec_id);
        w.field(2usize, &self.connected_organization_id);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.email);
        w.field(5usize, &self.object_id);
        w.field(6usize, &self.on_premises_security_identifier);
        w.field(7usize, &self.principal_name);
        w.field(8usize, &self.type_);
        w.field(9usize, &self.connected_organization);
    }
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
rt::impl_object!(AccessPackageSubject);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageSubject { with_id id : ::std::string::String; with_alt_sec_id alt_sec_id
    : ::std::string::String; with_connected_organization_id connected_organization_id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_email email : ::std::string::String; with_object_id object_id :
    ::std::string::String; with_on_premises_security_identifier
    on_premises_security_identifier : ::std::string::String; with_principal_name
    principal_name : ::std::string::String; with_type type_ : ::std::string::String;
    with_connected_organization connected_organization : crate
    ::beta::ConnectedOrganization; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSubject);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Autopilot Deployment Profile
///
/// CSDL: `microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile`, entity type, derived from `microsoft.graph.windowsAutopilotDeploymentProfile`, key `id`.
///
/// Request builders: [`ActiveDirectoryWindowsAutopilotDeploymentProfilePath`](requests/trait.ActiveDirectoryWindowsAutopilotDeploymentProfilePath.html), what a path to one (`EntityPath<ActiveDirectoryWindowsAutopilotDeploymentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ActiveDirectoryWindowsAutopilotDeploymentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Profile creation time
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description of the profile
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The template used to name the AutoPilot Device. This can be a custom text and can also contain either the serial number of the device, or a randomly generated number. The total length of the text generated by the template can be no more than 15 characters.
    ///
    /// CSDL: property `deviceNameTemplate`: `Edm.String`, nullable.
    pub device_name_template: rt::Field<::std::string::String>,
    /// The AutoPilot device type that this profile is applicable to.
    ///
    /// CSDL: property `deviceType`: `microsoft.graph.windowsAutopilotDeviceType`, not nullable.
    pub device_type: rt::Field<crate::beta::WindowsAutopilotDeviceType>,
    /// Name of the profile
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Enable Autopilot White Glove for the profile.
    ///
    /// CSDL: property `enableWhiteGlove`: `Edm.Boolean`, not nullable.
    pub enable_white_glove: rt::Field<bool>,
    /// Enrollment status screen setting
    ///
    /// CSDL: property `enrollmentStatusScreenSettings`: `microsoft.graph.windowsEnrollmentStatusScreenSettings`, nullable.
    pub enrollment_status_screen_settings: rt::Field<
        crate::beta::WindowsEnrollmentStatusScreenSettings,
    >,
    /// HardwareHash Extraction for the profile
    ///
    /// CSDL: property `extractHardwareHash`: `Edm.Boolean`, not nullable.
    pub extract_hardware_hash: rt::Field<bool>,
    /// Language configured on the device
    ///
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// Profile last modified time
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Out of box experience setting
    ///
    /// CSDL: property `outOfBoxExperienceSettings`: `microsoft.graph.outOfBoxExperienceSettings`, nullable.
    pub out_of_box_experience_settings: rt::Field<
        crate::beta::OutOfBoxExperienceSettings,
    >,
    /// Scope tags for the profile.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The list of assigned devices for the profile.
    ///
    /// CSDL: containment navigation property `assignedDevices`: `Collection(microsoft.graph.windowsAutopilotDeviceIdentity)`, not nullable.
    pub assigned_devices: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsAutopilotDeviceIdentity>,
    >,
    /// The list of group assignments for the profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.windowsAutopilotDeploymentProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsAutopilotDeploymentProfileAssignment>,
    >,
    /// The Autopilot Hybrid Azure AD join flow will continue even if it does not establish domain controller connectivity during OOBE.
    ///
    /// CSDL: property `hybridAzureADJoinSkipConnectivityCheck`: `Edm.Boolean`, not nullable.
    pub hybrid_azure_ad_join_skip_connectivity_check: rt::Field<bool>,
    /// Configuration to join Active Directory domain
    ///
    /// CSDL: containment navigation property `domainJoinConfiguration`: `microsoft.graph.windowsDomainJoinConfiguration`, nullable.
    pub domain_join_configuration: rt::Field<
        crate::beta::WindowsDomainJoinConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ActiveDirectoryWindowsAutopilotDeploymentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_name_template: rt::Field::Absent,
            device_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enable_white_glove: rt::Field::Absent,
            enrollment_status_screen_settings: rt::Field::Absent,
            extract_hardware_hash: rt::Field::Absent,
            language: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            out_of_box_experience_settings: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            assigned_devices: rt::Field::Absent,
            assignments: rt::Field::Absent,
            hybrid_azure_ad_join_skip_connectivity_check: rt::Field::Absent,
            domain_join_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ActiveDirectoryWindowsAutopilotDeploymentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceNameTemplate",
        "deviceType",
        "displayName",
        "enableWhiteGlove",
        "enrollmentStatusScreenSettings",
        "extractHardwareHash",
        "language",
        "lastModifiedDateTime",
        "outOfBoxExperienceSettings",
        "roleScopeTagIds",
        "assignedDevices",
        "assignments",
        "hybridAzureADJoinSkipConnectivityCheck",
        "domainJoinConfiguration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceNameTemplate\":           ",
        ",\"deviceType\":                   ",
        ",\"displayName\":                  ",
        ",\"enableWhiteGlove\":             ",
        ",\"enrollmentStatusScreenSettings\":",
        ",\"extractHardwareHash\":          ",
        ",\"language\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"outOfBoxExperienceSettings\":   ",
        ",\"roleScopeTagIds\":              ",
        ",\"assignedDevices\":              ",
        ",\"assignments\":                  ",
        ",\"hybridAzureADJoinSkipConnectivityCheck\":",
        ",\"domainJoinConfiguration\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "device_name_template", &self.device_name_template);
        v.field(4usize, "device_type", &self.device_type);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "enable_white_glove", &self.enable_white_glove);
        v.field(
            7usize,
            "enrollment_status_screen_settings",
            &self.enrollment_status_screen_settings,
        );
        v.field(8usize, "extract_hardware_hash", &self.extract_hardware_hash);
        v.field(9usize, "language", &self.language);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            11usize,
            "out_of_box_experience_settings",
            &self.out_of_box_experience_settings,
        );
        v.field(12usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(13usize, "assigned_devices", &self.assigned_devices);
        v.field(14usize, "assignments", &self.assignments);
        v.field(
            15usize,
            "hybrid_azure_ad_join_skip_connectivity_check",
            &self.hybrid_azure_ad_join_skip_connectivity_check,
        );
        v.field(16usize, "domain_join_configuration", &self.domain_join_configuration);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ActiveDirectoryWindowsAutopilotDeploymentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_name_template.read_from(r),
            4usize => self.device_type.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.enable_white_glove.read_from(r),
            7usize => self.enrollment_status_screen_settings.read_from(r),
            8usize => self.extract_hardware_hash.read_from(r),
            9usize => self.language.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.out_of_box_experience_settings.read_from(r),
            12usize => self.role_scope_tag_ids.read_from(r),
            13usize => self.assigned_devices.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.hybrid_azure_ad_join_skip_connectivity_check.read_from(r),
            16usize => self.domain_join_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_name_template);
        w.field(4usize, &self.device_type);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.enable_white_glove);
        w.field(7usize, &self.enrollment_status_screen_settings);
        w.field(8usize, &self.extract_hardware_hash);
        w.field(9usize, &self.language);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.out_of_box_experience_settings);
        w.field(12usize, &self.role_scope_tag_ids);
        w.field(13usize, &self.assigned_devices);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.hybrid_azure_ad_join_skip_connectivity_check);
        w.field(16usize, &self.domain_join_configuration);
    }
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
rt::impl_object!(ActiveDirectoryWindowsAutopilotDeploymentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ActiveDirectoryWindowsAutopilotDeploymentProfile { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_device_name_template device_name_template : ::std::string::String;
    with_device_type device_type : crate ::beta::WindowsAutopilotDeviceType;
    with_display_name display_name : ::std::string::String; with_enable_white_glove
    enable_white_glove : bool; with_enrollment_status_screen_settings
    enrollment_status_screen_settings : crate
    ::beta::WindowsEnrollmentStatusScreenSettings; with_extract_hardware_hash
    extract_hardware_hash : bool; with_language language : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_out_of_box_experience_settings out_of_box_experience_settings : crate
    ::beta::OutOfBoxExperienceSettings; with_role_scope_tag_ids role_scope_tag_ids :
    ::std::vec::Vec < ::std::string::String >; with_assigned_devices assigned_devices :
    ::std::vec::Vec < crate ::beta::WindowsAutopilotDeviceIdentity >; with_assignments
    assignments : ::std::vec::Vec < crate
    ::beta::WindowsAutopilotDeploymentProfileAssignment >;
    with_hybrid_azure_ad_join_skip_connectivity_check
    hybrid_azure_ad_join_skip_connectivity_check : bool; with_domain_join_configuration
    domain_join_configuration : crate ::beta::WindowsDomainJoinConfiguration; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActiveDirectoryWindowsAutopilotDeploymentProfile);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.activityBasedTimeoutPolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<ActivityBasedTimeoutPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActivityBasedTimeoutPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ActivityBasedTimeoutPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ActivityBasedTimeoutPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activityBasedTimeoutPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ActivityBasedTimeoutPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
    }
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
rt::impl_object!(ActivityBasedTimeoutPolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ActivityBasedTimeoutPolicy { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_definition definition : ::std::vec::Vec <
    ::std::string::String >; with_is_organization_default is_organization_default : bool;
    with_applies_to applies_to : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityBasedTimeoutPolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.administrativeUnit`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`AdministrativeUnitPath`](requests/trait.AdministrativeUnitPath.html), what a path to one (`EntityPath<AdministrativeUnit, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AdministrativeUnit {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `visibility`: `Edm.String`, nullable.
    pub visibility: rt::Field<::std::string::String>,
    /// CSDL: navigation property `members`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `scopedRoleMembers`: `Collection(microsoft.graph.scopedRoleMembership)`, not nullable.
    pub scoped_role_members: rt::Field<
        ::std::vec::Vec<crate::beta::ScopedRoleMembership>,
    >,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AdministrativeUnit {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            visibility: rt::Field::Absent,
            members: rt::Field::Absent,
            scoped_role_members: rt::Field::Absent,
            extensions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AdministrativeUnit {
    const TYPE_NAME: &'static str = "microsoft.graph.administrativeUnit";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "visibility",
        "members",
        "scopedRoleMembers",
        "extensions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"visibility\":                   ",
        ",\"members\":                      ",
        ",\"scopedRoleMembers\":            ",
        ",\"extensions\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.administrativeUnit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "visibility", &self.visibility);
        v.field(5usize, "members", &self.members);
        v.field(6usize, "scoped_role_members", &self.scoped_role_members);
        v.field(7usize, "extensions", &self.extensions);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AdministrativeUnit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.visibility.read_from(r),
            5usize => self.members.read_from(r),
            6usize => self.scoped_role_members.read_from(r),
            7usize => self.extensions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.visibility);
        w.field(5usize, &self.members);
        w.field(6usize, &self.scoped_role_members);
        w.field(7usize, &self.extensions);
    }
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
rt::impl_object!(AdministrativeUnit);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AdministrativeUnit { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_visibility visibility : ::std::string::String; with_members members :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_scoped_role_members
    scoped_role_members : ::std::vec::Vec < crate ::beta::ScopedRoleMembership >;
    with_extensions extensions : ::std::vec::Vec < crate ::beta::AnyExtension >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdministrativeUnit);
