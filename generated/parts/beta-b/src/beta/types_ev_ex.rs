//! Types of `microsoft.graph` by the first letters of their names (`ev_ex`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.evaluateDynamicMembershipResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EvaluateDynamicMembershipResult {
    /// CSDL: property `membershipRule`: `Edm.String`, nullable.
    pub membership_rule: rt::Field<::std::string::String>,
    /// CSDL: property `membershipRuleEvaluationDetails`: `microsoft.graph.expressionEvaluationDetails`, nullable.
    pub membership_rule_evaluation_details: rt::Field<
        crate::beta::ExpressionEvaluationDetails,
    >,
    /// CSDL: property `membershipRuleEvaluationResult`: `Edm.Boolean`, not nullable.
    pub membership_rule_evaluation_result: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EvaluateDynamicMembershipResult {
    #[inline]
    fn default() -> Self {
        Self {
            membership_rule: rt::Field::Absent,
            membership_rule_evaluation_details: rt::Field::Absent,
            membership_rule_evaluation_result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EvaluateDynamicMembershipResult {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateDynamicMembershipResult";
    const KEYS: &'static [&'static str] = &[
        "membershipRule",
        "membershipRuleEvaluationDetails",
        "membershipRuleEvaluationResult",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"membershipRule\":               ",
        ",\"membershipRuleEvaluationDetails\":",
        ",\"membershipRuleEvaluationResult\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateDynamicMembershipResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "membership_rule", &self.membership_rule);
        v.field(
            1usize,
            "membership_rule_evaluation_details",
            &self.membership_rule_evaluation_details,
        );
        v.field(
            2usize,
            "membership_rule_evaluation_result",
            &self.membership_rule_evaluation_result,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EvaluateDynamicMembershipResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.membership_rule.read_from(r),
            1usize => self.membership_rule_evaluation_details.read_from(r),
            2usize => self.membership_rule_evaluation_result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.membership_rule);
        w.field(1usize, &self.membership_rule_evaluation_details);
        w.field(2usize, &self.membership_rule_evaluation_result);
    }
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
rt::impl_object!(EvaluateDynamicMembershipResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EvaluateDynamicMembershipResult { with_membership_rule membership_rule :
    ::std::string::String; with_membership_rule_evaluation_details
    membership_rule_evaluation_details : crate ::beta::ExpressionEvaluationDetails;
    with_membership_rule_evaluation_result membership_rule_evaluation_result : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EvaluateDynamicMembershipResult);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.evaluateLabelJobResponse`, entity type, derived from `microsoft.graph.jobResponseBase`, key `id`.
///
/// Request builders: [`EvaluateLabelJobResponsePath`](requests/trait.EvaluateLabelJobResponsePath.html), what a path to one (`EntityPath<EvaluateLabelJobResponse, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EvaluateLabelJobResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.classificationError`, nullable.
    pub error: rt::Field<crate::beta::ClassificationError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `result`: `microsoft.graph.evaluateLabelJobResultGroup`, nullable.
    pub result: rt::Field<crate::beta::EvaluateLabelJobResultGroup>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for EvaluateLabelJobResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for EvaluateLabelJobResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateLabelJobResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "endDateTime",
        "error",
        "startDateTime",
        "status",
        "tenantId",
        "type",
        "result",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"endDateTime\":                  ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"tenantId\":                     ",
        ",\"type\":                         ",
        ",\"result\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateLabelJobResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "tenant_id", &self.tenant_id);
        v.field(7usize, "type_", &self.type_);
        v.field(8usize, "result", &self.result);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for EvaluateLabelJobResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.tenant_id.read_from(r),
            7usize => self.type_.read_from(r),
            8usize => self.result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.tenant_id);
        w.field(7usize, &self.type_);
        w.field(8usize, &self.result);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(EvaluateLabelJobResponse);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    EvaluateLabelJobResponse { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::beta::ClassificationError; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : ::std::string::String; with_tenant_id
    tenant_id : ::std::string::String; with_type type_ : ::std::string::String;
    with_result result : crate ::beta::EvaluateLabelJobResultGroup; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(EvaluateLabelJobResponse);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.evaluateLabelJobResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EvaluateLabelJobResult {
    /// CSDL: property `responsiblePolicy`: `microsoft.graph.responsiblePolicy`, nullable.
    pub responsible_policy: rt::Field<crate::beta::ResponsiblePolicy>,
    /// CSDL: property `responsibleSensitiveTypes`: `Collection(microsoft.graph.responsibleSensitiveType)`, nullable.
    pub responsible_sensitive_types: rt::Field<
        ::std::vec::Vec<crate::beta::ResponsibleSensitiveType>,
    >,
    /// CSDL: property `sensitivityLabel`: `microsoft.graph.matchingLabel`, nullable.
    pub sensitivity_label: rt::Field<crate::beta::MatchingLabel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for EvaluateLabelJobResult {
    #[inline]
    fn default() -> Self {
        Self {
            responsible_policy: rt::Field::Absent,
            responsible_sensitive_types: rt::Field::Absent,
            sensitivity_label: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for EvaluateLabelJobResult {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateLabelJobResult";
    const KEYS: &'static [&'static str] = &[
        "responsiblePolicy",
        "responsibleSensitiveTypes",
        "sensitivityLabel",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"responsiblePolicy\":            ",
        ",\"responsibleSensitiveTypes\":    ",
        ",\"sensitivityLabel\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateLabelJobResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "responsible_policy", &self.responsible_policy);
        v.field(
            1usize,
            "responsible_sensitive_types",
            &self.responsible_sensitive_types,
        );
        v.field(2usize, "sensitivity_label", &self.sensitivity_label);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for EvaluateLabelJobResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.responsible_policy.read_from(r),
            1usize => self.responsible_sensitive_types.read_from(r),
            2usize => self.sensitivity_label.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.responsible_policy);
        w.field(1usize, &self.responsible_sensitive_types);
        w.field(2usize, &self.sensitivity_label);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(EvaluateLabelJobResult);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    EvaluateLabelJobResult { with_responsible_policy responsible_policy : crate
    ::beta::ResponsiblePolicy; with_responsible_sensitive_types
    responsible_sensitive_types : ::std::vec::Vec < crate
    ::beta::ResponsibleSensitiveType >; with_sensitivity_label sensitivity_label : crate
    ::beta::MatchingLabel; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(EvaluateLabelJobResult);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.evaluateLabelJobResultGroup`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EvaluateLabelJobResultGroup {
    /// CSDL: property `automatic`: `microsoft.graph.evaluateLabelJobResult`, nullable.
    pub automatic: rt::Field<crate::beta::EvaluateLabelJobResult>,
    /// CSDL: property `recommended`: `microsoft.graph.evaluateLabelJobResult`, nullable.
    pub recommended: rt::Field<crate::beta::EvaluateLabelJobResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for EvaluateLabelJobResultGroup {
    #[inline]
    fn default() -> Self {
        Self {
            automatic: rt::Field::Absent,
            recommended: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for EvaluateLabelJobResultGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateLabelJobResultGroup";
    const KEYS: &'static [&'static str] = &["automatic", "recommended"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"automatic\":                    ",
        ",\"recommended\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateLabelJobResultGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "automatic", &self.automatic);
        v.field(1usize, "recommended", &self.recommended);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for EvaluateLabelJobResultGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.automatic.read_from(r),
            1usize => self.recommended.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.automatic);
        w.field(1usize, &self.recommended);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(EvaluateLabelJobResultGroup);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    EvaluateLabelJobResultGroup { with_automatic automatic : crate
    ::beta::EvaluateLabelJobResult; with_recommended recommended : crate
    ::beta::EvaluateLabelJobResult; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(EvaluateLabelJobResultGroup);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.evaluateSensitivityLabelsRequest`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct EvaluateSensitivityLabelsRequest {
    /// CSDL: property `currentLabel`: `microsoft.graph.currentLabel`, nullable.
    pub current_label: rt::Field<crate::beta::CurrentLabel>,
    /// CSDL: property `discoveredSensitiveTypes`: `Collection(microsoft.graph.discoveredSensitiveType)`, nullable.
    pub discovered_sensitive_types: rt::Field<
        ::std::vec::Vec<crate::beta::DiscoveredSensitiveType>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for EvaluateSensitivityLabelsRequest {
    #[inline]
    fn default() -> Self {
        Self {
            current_label: rt::Field::Absent,
            discovered_sensitive_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for EvaluateSensitivityLabelsRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateSensitivityLabelsRequest";
    const KEYS: &'static [&'static str] = &["currentLabel", "discoveredSensitiveTypes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentLabel\":                 ",
        ",\"discoveredSensitiveTypes\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateSensitivityLabelsRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_label", &self.current_label);
        v.field(1usize, "discovered_sensitive_types", &self.discovered_sensitive_types);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for EvaluateSensitivityLabelsRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_label.read_from(r),
            1usize => self.discovered_sensitive_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_label);
        w.field(1usize, &self.discovered_sensitive_types);
    }
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
rt::impl_object!(EvaluateSensitivityLabelsRequest);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    EvaluateSensitivityLabelsRequest { with_current_label current_label : crate
    ::beta::CurrentLabel; with_discovered_sensitive_types discovered_sensitive_types :
    ::std::vec::Vec < crate ::beta::DiscoveredSensitiveType >; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EvaluateSensitivityLabelsRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.event`, entity type, derived from `microsoft.graph.outlookItem`, open, key `id`.
///
/// Request builders: [`EventPath`](requests/trait.EventPath.html), what a path to one (`EntityPath<Event, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Event {
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
    /// CSDL: property `allowNewTimeProposals`: `Edm.Boolean`, nullable.
    pub allow_new_time_proposals: rt::Field<bool>,
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendee)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::beta::Attendee>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `cancelledOccurrences`: `Collection(Edm.String)`, nullable.
    pub cancelled_occurrences: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `hideAttendees`: `Edm.Boolean`, nullable.
    pub hide_attendees: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `isAllDay`: `Edm.Boolean`, nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `isCancelled`: `Edm.Boolean`, nullable.
    pub is_cancelled: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isOnlineMeeting`: `Edm.Boolean`, nullable.
    pub is_online_meeting: rt::Field<bool>,
    /// CSDL: property `isOrganizer`: `Edm.Boolean`, nullable.
    pub is_organizer: rt::Field<bool>,
    /// CSDL: property `isReminderOn`: `Edm.Boolean`, nullable.
    pub is_reminder_on: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::beta::AnyLocation>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.location)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::beta::AnyLocation>>,
    /// CSDL: property `occurrenceId`: `Edm.String`, nullable.
    pub occurrence_id: rt::Field<::std::string::String>,
    /// CSDL: property `onlineMeeting`: `microsoft.graph.onlineMeetingInfo`, nullable.
    pub online_meeting: rt::Field<crate::beta::OnlineMeetingInfo>,
    /// CSDL: property `onlineMeetingProvider`: `microsoft.graph.onlineMeetingProviderType`, nullable.
    pub online_meeting_provider: rt::Field<crate::beta::OnlineMeetingProviderType>,
    /// CSDL: property `onlineMeetingUrl`: `Edm.String`, nullable.
    pub online_meeting_url: rt::Field<::std::string::String>,
    /// CSDL: property `organizer`: `microsoft.graph.recipient`, nullable.
    pub organizer: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `originalEndTimeZone`: `Edm.String`, nullable.
    pub original_end_time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `originalStart`: `Edm.DateTimeOffset`, nullable.
    pub original_start: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `originalStartTimeZone`: `Edm.String`, nullable.
    pub original_start_time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `reminderMinutesBeforeStart`: `Edm.Int32`, nullable.
    pub reminder_minutes_before_start: rt::Field<i32>,
    /// CSDL: property `responseRequested`: `Edm.Boolean`, nullable.
    pub response_requested: rt::Field<bool>,
    /// CSDL: property `responseStatus`: `microsoft.graph.responseStatus`, nullable.
    pub response_status: rt::Field<crate::beta::ResponseStatus>,
    /// CSDL: property `sensitivity`: `microsoft.graph.sensitivity`, nullable.
    pub sensitivity: rt::Field<crate::beta::Sensitivity>,
    /// CSDL: property `seriesMasterId`: `Edm.String`, nullable.
    pub series_master_id: rt::Field<::std::string::String>,
    /// CSDL: property `showAs`: `microsoft.graph.freeBusyStatus`, nullable.
    pub show_as: rt::Field<crate::beta::FreeBusyStatus>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `transactionId`: `Edm.String`, nullable.
    pub transaction_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.eventType`, nullable.
    pub type_: rt::Field<crate::beta::EventType>,
    /// CSDL: property `uid`: `Edm.String`, nullable.
    pub uid: rt::Field<::std::string::String>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `calendar`: `microsoft.graph.calendar`, nullable.
    pub calendar: rt::Field<crate::beta::Calendar>,
    /// CSDL: containment navigation property `exceptionOccurrences`: `Collection(microsoft.graph.event)`, not nullable.
    pub exception_occurrences: rt::Field<::std::vec::Vec<crate::beta::Event>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `instances`: `Collection(microsoft.graph.event)`, not nullable.
    pub instances: rt::Field<::std::vec::Vec<crate::beta::Event>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Event {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            allow_new_time_proposals: rt::Field::Absent,
            attendees: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cancelled_occurrences: rt::Field::Absent,
            end: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            hide_attendees: rt::Field::Absent,
            importance: rt::Field::Absent,
            is_all_day: rt::Field::Absent,
            is_cancelled: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_online_meeting: rt::Field::Absent,
            is_organizer: rt::Field::Absent,
            is_reminder_on: rt::Field::Absent,
            location: rt::Field::Absent,
            locations: rt::Field::Absent,
            occurrence_id: rt::Field::Absent,
            online_meeting: rt::Field::Absent,
            online_meeting_provider: rt::Field::Absent,
            online_meeting_url: rt::Field::Absent,
            organizer: rt::Field::Absent,
            original_end_time_zone: rt::Field::Absent,
            original_start: rt::Field::Absent,
            original_start_time_zone: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            reminder_minutes_before_start: rt::Field::Absent,
            response_requested: rt::Field::Absent,
            response_status: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            series_master_id: rt::Field::Absent,
            show_as: rt::Field::Absent,
            start: rt::Field::Absent,
            subject: rt::Field::Absent,
            transaction_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            uid: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            calendar: rt::Field::Absent,
            exception_occurrences: rt::Field::Absent,
            extensions: rt::Field::Absent,
            instances: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Event {
    const TYPE_NAME: &'static str = "microsoft.graph.event";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "allowNewTimeProposals",
        "attendees",
        "body",
        "bodyPreview",
        "cancelledOccurrences",
        "end",
        "hasAttachments",
        "hideAttendees",
        "importance",
        "isAllDay",
        "isCancelled",
        "isDraft",
        "isOnlineMeeting",
        "isOrganizer",
        "isReminderOn",
        "location",
        "locations",
        "occurrenceId",
        "onlineMeeting",
        "onlineMeetingProvider",
        "onlineMeetingUrl",
        "organizer",
        "originalEndTimeZone",
        "originalStart",
        "originalStartTimeZone",
        "recurrence",
        "reminderMinutesBeforeStart",
        "responseRequested",
        "responseStatus",
        "sensitivity",
        "seriesMasterId",
        "showAs",
        "start",
        "subject",
        "transactionId",
        "type",
        "uid",
        "webLink",
        "attachments",
        "calendar",
        "exceptionOccurrences",
        "extensions",
        "instances",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"allowNewTimeProposals\":        ",
        ",\"attendees\":                    ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"cancelledOccurrences\":         ",
        ",\"end\":                          ",
        ",\"hasAttachments\":               ",
        ",\"hideAttendees\":                ",
        ",\"importance\":                   ",
        ",\"isAllDay\":                     ",
        ",\"isCancelled\":                  ",
        ",\"isDraft\":                      ",
        ",\"isOnlineMeeting\":              ",
        ",\"isOrganizer\":                  ",
        ",\"isReminderOn\":                 ",
        ",\"location\":                     ",
        ",\"locations\":                    ",
        ",\"occurrenceId\":                 ",
        ",\"onlineMeeting\":                ",
        ",\"onlineMeetingProvider\":        ",
        ",\"onlineMeetingUrl\":             ",
        ",\"organizer\":                    ",
        ",\"originalEndTimeZone\":          ",
        ",\"originalStart\":                ",
        ",\"originalStartTimeZone\":        ",
        ",\"recurrence\":                   ",
        ",\"reminderMinutesBeforeStart\":   ",
        ",\"responseRequested\":            ",
        ",\"responseStatus\":               ",
        ",\"sensitivity\":                  ",
        ",\"seriesMasterId\":               ",
        ",\"showAs\":                       ",
        ",\"start\":                        ",
        ",\"subject\":                      ",
        ",\"transactionId\":                ",
        ",\"type\":                         ",
        ",\"uid\":                          ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"calendar\":                     ",
        ",\"exceptionOccurrences\":         ",
        ",\"extensions\":                   ",
        ",\"instances\":                    ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.event\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "allow_new_time_proposals", &self.allow_new_time_proposals);
        v.field(6usize, "attendees", &self.attendees);
        v.field(7usize, "body", &self.body);
        v.field(8usize, "body_preview", &self.body_preview);
        v.field(9usize, "cancelled_occurrences", &self.cancelled_occurrences);
        v.field(10usize, "end", &self.end);
        v.field(11usize, "has_attachments", &self.has_attachments);
        v.field(12usize, "hide_attendees", &self.hide_attendees);
        v.field(13usize, "importance", &self.importance);
        v.field(14usize, "is_all_day", &self.is_all_day);
        v.field(15usize, "is_cancelled", &self.is_cancelled);
        v.field(16usize, "is_draft", &self.is_draft);
        v.field(17usize, "is_online_meeting", &self.is_online_meeting);
        v.field(18usize, "is_organizer", &self.is_organizer);
        v.field(19usize, "is_reminder_on", &self.is_reminder_on);
        v.field(20usize, "location", &self.location);
        v.field(21usize, "locations", &self.locations);
        v.field(22usize, "occurrence_id", &self.occurrence_id);
        v.field(23usize, "online_meeting", &self.online_meeting);
        v.field(24usize, "online_meeting_provider", &self.online_meeting_provider);
        v.field(25usize, "online_meeting_url", &self.online_meeting_url);
        v.field(26usize, "organizer", &self.organizer);
        v.field(27usize, "original_end_time_zone", &self.original_end_time_zone);
        v.field(28usize, "original_start", &self.original_start);
        v.field(29usize, "original_start_time_zone", &self.original_start_time_zone);
        v.field(30usize, "recurrence", &self.recurrence);
        v.field(
            31usize,
            "reminder_minutes_before_start",
            &self.reminder_minutes_before_start,
        );
        v.field(32usize, "response_requested", &self.response_requested);
        v.field(33usize, "response_status", &self.response_status);
        v.field(34usize, "sensitivity", &self.sensitivity);
        v.field(35usize, "series_master_id", &self.series_master_id);
        v.field(36usize, "show_as", &self.show_as);
        v.field(37usize, "start", &self.start);
        v.field(38usize, "subject", &self.subject);
        v.field(39usize, "transaction_id", &self.transaction_id);
        v.field(40usize, "type_", &self.type_);
        v.field(41usize, "uid", &self.uid);
        v.field(42usize, "web_link", &self.web_link);
        v.field(43usize, "attachments", &self.attachments);
        v.field(44usize, "calendar", &self.calendar);
        v.field(45usize, "exception_occurrences", &self.exception_occurrences);
        v.field(46usize, "extensions", &self.extensions);
        v.field(47usize, "instances", &self.instances);
        v.field(
            48usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            49usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Event {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.allow_new_time_proposals.read_from(r),
            6usize => self.attendees.read_from(r),
            7usize => self.body.read_from(r),
            8usize => self.body_preview.read_from(r),
            9usize => self.cancelled_occurrences.read_from(r),
            10usize => self.end.read_from(r),
            11usize => self.has_attachments.read_from(r),
            12usize => self.hide_attendees.read_from(r),
            13usize => self.importance.read_from(r),
            14usize => self.is_all_day.read_from(r),
            15usize => self.is_cancelled.read_from(r),
            16usize => self.is_draft.read_from(r),
            17usize => self.is_online_meeting.read_from(r),
            18usize => self.is_organizer.read_from(r),
            19usize => self.is_reminder_on.read_from(r),
            20usize => self.location.read_from(r),
            21usize => self.locations.read_from(r),
            22usize => self.occurrence_id.read_from(r),
            23usize => self.online_meeting.read_from(r),
            24usize => self.online_meeting_provider.read_from(r),
            25usize => self.online_meeting_url.read_from(r),
            26usize => self.organizer.read_from(r),
            27usize => self.original_end_time_zone.read_from(r),
            28usize => self.original_start.read_from(r),
            29usize => self.original_start_time_zone.read_from(r),
            30usize => self.recurrence.read_from(r),
            31usize => self.reminder_minutes_before_start.read_from(r),
            32usize => self.response_requested.read_from(r),
            33usize => self.response_status.read_from(r),
            34usize => self.sensitivity.read_from(r),
            35usize => self.series_master_id.read_from(r),
            36usize => self.show_as.read_from(r),
            37usize => self.start.read_from(r),
            38usize => self.subject.read_from(r),
            39usize => self.transaction_id.read_from(r),
            40usize => self.type_.read_from(r),
            41usize => self.uid.read_from(r),
            42usize => self.web_link.read_from(r),
            43usize => self.attachments.read_from(r),
            44usize => self.calendar.read_from(r),
            45usize => self.exception_occurrences.read_from(r),
            46usize => self.extensions.read_from(r),
            47usize => self.instances.read_from(r),
            48usize => self.multi_value_extended_properties.read_from(r),
            49usize => self.single_value_extended_properties.read_from(r),
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
        w.field(5usize, &self.allow_new_time_proposals);
        w.field(6usize, &self.attendees);
        w.field(7usize, &self.body);
        w.field(8usize, &self.body_preview);
        w.field(9usize, &self.cancelled_occurrences);
        w.field(10usize, &self.end);
        w.field(11usize, &self.has_attachments);
        w.field(12usize, &self.hide_attendees);
        w.field(13usize, &self.importance);
        w.field(14usize, &self.is_all_day);
        w.field(15usize, &self.is_cancelled);
        w.field(16usize, &self.is_draft);
        w.field(17usize, &self.is_online_meeting);
        w.field(18usize, &self.is_organizer);
        w.field(19usize, &self.is_reminder_on);
        w.field(20usize, &self.location);
        w.field(21usize, &self.locations);
        w.field(22usize, &self.occurrence_id);
        w.field(23usize, &self.online_meeting);
        w.field(24usize, &self.online_meeting_provider);
        w.field(25usize, &self.online_meeting_url);
        w.field(26usize, &self.organizer);
        w.field(27usize, &self.original_end_time_zone);
        w.field(28usize, &self.original_start);
        w.field(29usize, &self.original_start_time_zone);
        w.field(30usize, &self.recurrence);
        w.field(31usize, &self.reminder_minutes_before_start);
        w.field(32usize, &self.response_requested);
        w.field(33usize, &self.response_status);
        w.field(34usize, &self.sensitivity);
        w.field(35usize, &self.series_master_id);
        w.field(36usize, &self.show_as);
        w.field(37usize, &self.start);
        w.field(38usize, &self.subject);
        w.field(39usize, &self.transaction_id);
        w.field(40usize, &self.type_);
        w.field(41usize, &self.uid);
        w.field(42usize, &self.web_link);
        w.field(43usize, &self.attachments);
        w.field(44usize, &self.calendar);
        w.field(45usize, &self.exception_occurrences);
        w.field(46usize, &self.extensions);
        w.field(47usize, &self.instances);
        w.field(48usize, &self.multi_value_extended_properties);
        w.field(49usize, &self.single_value_extended_properties);
    }
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
rt::impl_object!(Event);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Event { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_allow_new_time_proposals allow_new_time_proposals :
    bool; with_attendees attendees : ::std::vec::Vec < crate ::beta::Attendee >;
    with_body body : crate ::beta::ItemBody; with_body_preview body_preview :
    ::std::string::String; with_cancelled_occurrences cancelled_occurrences :
    ::std::vec::Vec < ::std::string::String >; with_end end : crate
    ::beta::DateTimeTimeZone; with_has_attachments has_attachments : bool;
    with_hide_attendees hide_attendees : bool; with_importance importance : crate
    ::beta::Importance; with_is_all_day is_all_day : bool; with_is_cancelled is_cancelled
    : bool; with_is_draft is_draft : bool; with_is_online_meeting is_online_meeting :
    bool; with_is_organizer is_organizer : bool; with_is_reminder_on is_reminder_on :
    bool; with_location location : crate ::beta::AnyLocation; with_locations locations :
    ::std::vec::Vec < crate ::beta::AnyLocation >; with_occurrence_id occurrence_id :
    ::std::string::String; with_online_meeting online_meeting : crate
    ::beta::OnlineMeetingInfo; with_online_meeting_provider online_meeting_provider :
    crate ::beta::OnlineMeetingProviderType; with_online_meeting_url online_meeting_url :
    ::std::string::String; with_organizer organizer : crate ::beta::AnyRecipient;
    with_original_end_time_zone original_end_time_zone : ::std::string::String;
    with_original_start original_start : rt::edm::DateTimeOffset;
    with_original_start_time_zone original_start_time_zone : ::std::string::String;
    with_recurrence recurrence : crate ::beta::PatternedRecurrence;
    with_reminder_minutes_before_start reminder_minutes_before_start : i32;
    with_response_requested response_requested : bool; with_response_status
    response_status : crate ::beta::ResponseStatus; with_sensitivity sensitivity : crate
    ::beta::Sensitivity; with_series_master_id series_master_id : ::std::string::String;
    with_show_as show_as : crate ::beta::FreeBusyStatus; with_start start : crate
    ::beta::DateTimeTimeZone; with_subject subject : ::std::string::String;
    with_transaction_id transaction_id : ::std::string::String; with_type type_ : crate
    ::beta::EventType; with_uid uid : ::std::string::String; with_web_link web_link :
    ::std::string::String; with_attachments attachments : ::std::vec::Vec < crate
    ::beta::AnyAttachment >; with_calendar calendar : crate ::beta::Calendar;
    with_exception_occurrences exception_occurrences : ::std::vec::Vec < crate
    ::beta::Event >; with_extensions extensions : ::std::vec::Vec < crate
    ::beta::AnyExtension >; with_instances instances : ::std::vec::Vec < crate
    ::beta::Event >; with_multi_value_extended_properties multi_value_extended_properties
    : ::std::vec::Vec < crate ::beta::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::beta::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Event);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.eventMessage`, entity type, derived from `microsoft.graph.message`, key `id`.
///
/// Request builders: [`EventMessagePath`](requests/trait.EventMessagePath.html), what a path to one (`EntityPath<AnyEventMessage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessage {
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
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::beta::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::beta::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::beta::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `mentionsPreview`: `microsoft.graph.mentionsPreview`, nullable.
    pub mentions_preview: rt::Field<crate::beta::MentionsPreview>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `unsubscribeData`: `Collection(Edm.String)`, nullable.
    pub unsubscribe_data: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `unsubscribeEnabled`: `Edm.Boolean`, nullable.
    pub unsubscribe_enabled: rt::Field<bool>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `mentions`: `Collection(microsoft.graph.mention)`, not nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::beta::Mention>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `isAllDay`: `Edm.Boolean`, nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `isDelegated`: `Edm.Boolean`, nullable.
    pub is_delegated: rt::Field<bool>,
    /// CSDL: property `isOutOfDate`: `Edm.Boolean`, nullable.
    pub is_out_of_date: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::beta::AnyLocation>,
    /// CSDL: property `meetingMessageType`: `microsoft.graph.meetingMessageType`, nullable.
    pub meeting_message_type: rt::Field<crate::beta::MeetingMessageType>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `type`: `microsoft.graph.eventType`, nullable.
    pub type_: rt::Field<crate::beta::EventType>,
    /// CSDL: containment navigation property `event`: `microsoft.graph.event`, nullable.
    pub event: rt::Field<crate::beta::Event>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            mentions_preview: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            unsubscribe_data: rt::Field::Absent,
            unsubscribe_enabled: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            mentions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            is_all_day: rt::Field::Absent,
            is_delegated: rt::Field::Absent,
            is_out_of_date: rt::Field::Absent,
            location: rt::Field::Absent,
            meeting_message_type: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            event: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EventMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.eventMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "mentionsPreview",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "unsubscribeData",
        "unsubscribeEnabled",
        "webLink",
        "attachments",
        "extensions",
        "mentions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "endDateTime",
        "isAllDay",
        "isDelegated",
        "isOutOfDate",
        "location",
        "meetingMessageType",
        "recurrence",
        "startDateTime",
        "type",
        "event",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"mentionsPreview\":              ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"unsubscribeData\":              ",
        ",\"unsubscribeEnabled\":           ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"mentions\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"endDateTime\":                  ",
        ",\"isAllDay\":                     ",
        ",\"isDelegated\":                  ",
        ",\"isOutOfDate\":                  ",
        ",\"location\":                     ",
        ",\"meetingMessageType\":           ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
        ",\"event\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eventMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "mentions_preview", &self.mentions_preview);
        v.field(23usize, "parent_folder_id", &self.parent_folder_id);
        v.field(24usize, "received_date_time", &self.received_date_time);
        v.field(25usize, "reply_to", &self.reply_to);
        v.field(26usize, "sender", &self.sender);
        v.field(27usize, "sent_date_time", &self.sent_date_time);
        v.field(28usize, "subject", &self.subject);
        v.field(29usize, "to_recipients", &self.to_recipients);
        v.field(30usize, "unique_body", &self.unique_body);
        v.field(31usize, "unsubscribe_data", &self.unsubscribe_data);
        v.field(32usize, "unsubscribe_enabled", &self.unsubscribe_enabled);
        v.field(33usize, "web_link", &self.web_link);
        v.field(34usize, "attachments", &self.attachments);
        v.field(35usize, "extensions", &self.extensions);
        v.field(36usize, "mentions", &self.mentions);
        v.field(
            37usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            38usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(39usize, "end_date_time", &self.end_date_time);
        v.field(40usize, "is_all_day", &self.is_all_day);
        v.field(41usize, "is_delegated", &self.is_delegated);
        v.field(42usize, "is_out_of_date", &self.is_out_of_date);
        v.field(43usize, "location", &self.location);
        v.field(44usize, "meeting_message_type", &self.meeting_message_type);
        v.field(45usize, "recurrence", &self.recurrence);
        v.field(46usize, "start_date_time", &self.start_date_time);
        v.field(47usize, "type_", &self.type_);
        v.field(48usize, "event", &self.event);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.mentions_preview.read_from(r),
            23usize => self.parent_folder_id.read_from(r),
            24usize => self.received_date_time.read_from(r),
            25usize => self.reply_to.read_from(r),
            26usize => self.sender.read_from(r),
            27usize => self.sent_date_time.read_from(r),
            28usize => self.subject.read_from(r),
            29usize => self.to_recipients.read_from(r),
            30usize => self.unique_body.read_from(r),
            31usize => self.unsubscribe_data.read_from(r),
            32usize => self.unsubscribe_enabled.read_from(r),
            33usize => self.web_link.read_from(r),
            34usize => self.attachments.read_from(r),
            35usize => self.extensions.read_from(r),
            36usize => self.mentions.read_from(r),
            37usize => self.multi_value_extended_properties.read_from(r),
            38usize => self.single_value_extended_properties.read_from(r),
            39usize => self.end_date_time.read_from(r),
            40usize => self.is_all_day.read_from(r),
            41usize => self.is_delegated.read_from(r),
            42usize => self.is_out_of_date.read_from(r),
            43usize => self.location.read_from(r),
            44usize => self.meeting_message_type.read_from(r),
            45usize => self.recurrence.read_from(r),
            46usize => self.start_date_time.read_from(r),
            47usize => self.type_.read_from(r),
            48usize => self.event.read_from(r),
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
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.mentions_preview);
        w.field(23usize, &self.parent_folder_id);
        w.field(24usize, &self.received_date_time);
        w.field(25usize, &self.reply_to);
        w.field(26usize, &self.sender);
        w.field(27usize, &self.sent_date_time);
        w.field(28usize, &self.subject);
        w.field(29usize, &self.to_recipients);
        w.field(30usize, &self.unique_body);
        w.field(31usize, &self.unsubscribe_data);
        w.field(32usize, &self.unsubscribe_enabled);
        w.field(33usize, &self.web_link);
        w.field(34usize, &self.attachments);
        w.field(35usize, &self.extensions);
        w.field(36usize, &self.mentions);
        w.field(37usize, &self.multi_value_extended_properties);
        w.field(38usize, &self.single_value_extended_properties);
        w.field(39usize, &self.end_date_time);
        w.field(40usize, &self.is_all_day);
        w.field(41usize, &self.is_delegated);
        w.field(42usize, &self.is_out_of_date);
        w.field(43usize, &self.location);
        w.field(44usize, &self.meeting_message_type);
        w.field(45usize, &self.recurrence);
        w.field(46usize, &self.start_date_time);
        w.field(47usize, &self.type_);
        w.field(48usize, &self.event);
    }
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
rt::impl_object!(EventMessage);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventMessage { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_body body : crate ::beta::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_conversation_id conversation_id
    : ::std::string::String; with_conversation_index conversation_index :
    rt::edm::Binary; with_flag flag : crate ::beta::FollowupFlag; with_from from : crate
    ::beta::AnyRecipient; with_has_attachments has_attachments : bool; with_importance
    importance : crate ::beta::Importance; with_inference_classification
    inference_classification : crate ::beta::InferenceClassificationType;
    with_internet_message_headers internet_message_headers : ::std::vec::Vec < crate
    ::beta::InternetMessageHeader >; with_internet_message_id internet_message_id :
    ::std::string::String; with_is_delivery_receipt_requested
    is_delivery_receipt_requested : bool; with_is_draft is_draft : bool; with_is_read
    is_read : bool; with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_mentions_preview mentions_preview : crate ::beta::MentionsPreview;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::beta::AnyRecipient >; with_sender sender : crate
    ::beta::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_unique_body unique_body : crate
    ::beta::ItemBody; with_unsubscribe_data unsubscribe_data : ::std::vec::Vec <
    ::std::string::String >; with_unsubscribe_enabled unsubscribe_enabled : bool;
    with_web_link web_link : ::std::string::String; with_attachments attachments :
    ::std::vec::Vec < crate ::beta::AnyAttachment >; with_extensions extensions :
    ::std::vec::Vec < crate ::beta::AnyExtension >; with_mentions mentions :
    ::std::vec::Vec < crate ::beta::Mention >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; with_end_date_time end_date_time : crate
    ::beta::DateTimeTimeZone; with_is_all_day is_all_day : bool; with_is_delegated
    is_delegated : bool; with_is_out_of_date is_out_of_date : bool; with_location
    location : crate ::beta::AnyLocation; with_meeting_message_type meeting_message_type
    : crate ::beta::MeetingMessageType; with_recurrence recurrence : crate
    ::beta::PatternedRecurrence; with_start_date_time start_date_time : crate
    ::beta::DateTimeTimeZone; with_type type_ : crate ::beta::EventType; with_event event
    : crate ::beta::Event; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessage);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.eventMessage` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEventMessage {
    EventMessage(::std::boxed::Box<crate::beta::EventMessage>),
    EventMessageRequest(::std::boxed::Box<crate::beta::EventMessageRequest>),
    EventMessageResponse(::std::boxed::Box<crate::beta::EventMessageResponse>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyEventMessage {
    #[inline]
    fn default() -> Self {
        Self::EventMessage(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessage> for AnyEventMessage {
    #[inline]
    fn from(v: crate::beta::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageRequest> for AnyEventMessage {
    #[inline]
    fn from(v: crate::beta::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageResponse> for AnyEventMessage {
    #[inline]
    fn from(v: crate::beta::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyEventMessage {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyEventMessage {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyEventMessage {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyEventMessage {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyEventMessage {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EventMessage>();
    rt::object::auto_traits::<crate::beta::EventMessageRequest>();
    rt::object::auto_traits::<crate::beta::EventMessageResponse>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyEventMessage {
    const BASE_NAME: &'static str = "microsoft.graph.eventMessage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                Self::EventMessageRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                Self::EventMessageResponse(rt::object::new_boxed())
            }
            _ => Self::EventMessage(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EventMessage(v) => &**v,
            Self::EventMessageRequest(v) => &**v,
            Self::EventMessageResponse(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EventMessage(v) => &mut **v,
            Self::EventMessageRequest(v) => &mut **v,
            Self::EventMessageResponse(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyEventMessage {
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
            Self::EventMessage(v) => &v.id,
            Self::EventMessageRequest(v) => &v.id,
            Self::EventMessageResponse(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.id,
            Self::EventMessageRequest(v) => &mut v.id,
            Self::EventMessageResponse(v) => &mut v.id,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::EventMessage(v) => &v.categories,
            Self::EventMessageRequest(v) => &v.categories,
            Self::EventMessageResponse(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::EventMessage(v) => &mut v.categories,
            Self::EventMessageRequest(v) => &mut v.categories,
            Self::EventMessageResponse(v) => &mut v.categories,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.change_key,
            Self::EventMessageRequest(v) => &v.change_key,
            Self::EventMessageResponse(v) => &v.change_key,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.change_key,
            Self::EventMessageRequest(v) => &mut v.change_key,
            Self::EventMessageResponse(v) => &mut v.change_key,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &v.created_date_time,
            Self::EventMessageRequest(v) => &v.created_date_time,
            Self::EventMessageResponse(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &mut v.created_date_time,
            Self::EventMessageRequest(v) => &mut v.created_date_time,
            Self::EventMessageResponse(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &v.last_modified_date_time,
            Self::EventMessageRequest(v) => &v.last_modified_date_time,
            Self::EventMessageResponse(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessageRequest(v) => &mut v.last_modified_date_time,
            Self::EventMessageResponse(v) => &mut v.last_modified_date_time,
        }
    }
    /// `bccRecipients` of any variant.
    #[inline]
    pub fn bcc_recipients(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &v.bcc_recipients,
            Self::EventMessageRequest(v) => &v.bcc_recipients,
            Self::EventMessageResponse(v) => &v.bcc_recipients,
        }
    }
    /// `bccRecipients` of any variant.
    #[inline]
    pub fn bcc_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &mut v.bcc_recipients,
            Self::EventMessageRequest(v) => &mut v.bcc_recipients,
            Self::EventMessageResponse(v) => &mut v.bcc_recipients,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body(&self) -> &rt::Field<crate::beta::ItemBody> {
        match self {
            Self::EventMessage(v) => &v.body,
            Self::EventMessageRequest(v) => &v.body,
            Self::EventMessageResponse(v) => &v.body,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body_mut(&mut self) -> &mut rt::Field<crate::beta::ItemBody> {
        match self {
            Self::EventMessage(v) => &mut v.body,
            Self::EventMessageRequest(v) => &mut v.body,
            Self::EventMessageResponse(v) => &mut v.body,
        }
    }
    /// `bodyPreview` of any variant.
    #[inline]
    pub fn body_preview(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.body_preview,
            Self::EventMessageRequest(v) => &v.body_preview,
            Self::EventMessageResponse(v) => &v.body_preview,
        }
    }
    /// `bodyPreview` of any variant.
    #[inline]
    pub fn body_preview_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.body_preview,
            Self::EventMessageRequest(v) => &mut v.body_preview,
            Self::EventMessageResponse(v) => &mut v.body_preview,
        }
    }
    /// `ccRecipients` of any variant.
    #[inline]
    pub fn cc_recipients(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &v.cc_recipients,
            Self::EventMessageRequest(v) => &v.cc_recipients,
            Self::EventMessageResponse(v) => &v.cc_recipients,
        }
    }
    /// `ccRecipients` of any variant.
    #[inline]
    pub fn cc_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &mut v.cc_recipients,
            Self::EventMessageRequest(v) => &mut v.cc_recipients,
            Self::EventMessageResponse(v) => &mut v.cc_recipients,
        }
    }
    /// `conversationId` of any variant.
    #[inline]
    pub fn conversation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.conversation_id,
            Self::EventMessageRequest(v) => &v.conversation_id,
            Self::EventMessageResponse(v) => &v.conversation_id,
        }
    }
    /// `conversationId` of any variant.
    #[inline]
    pub fn conversation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.conversation_id,
            Self::EventMessageRequest(v) => &mut v.conversation_id,
            Self::EventMessageResponse(v) => &mut v.conversation_id,
        }
    }
    /// `conversationIndex` of any variant.
    #[inline]
    pub fn conversation_index(&self) -> &rt::Field<rt::edm::Binary> {
        match self {
            Self::EventMessage(v) => &v.conversation_index,
            Self::EventMessageRequest(v) => &v.conversation_index,
            Self::EventMessageResponse(v) => &v.conversation_index,
        }
    }
    /// `conversationIndex` of any variant.
    #[inline]
    pub fn conversation_index_mut(&mut self) -> &mut rt::Field<rt::edm::Binary> {
        match self {
            Self::EventMessage(v) => &mut v.conversation_index,
            Self::EventMessageRequest(v) => &mut v.conversation_index,
            Self::EventMessageResponse(v) => &mut v.conversation_index,
        }
    }
    /// `flag` of any variant.
    #[inline]
    pub fn flag(&self) -> &rt::Field<crate::beta::FollowupFlag> {
        match self {
            Self::EventMessage(v) => &v.flag,
            Self::EventMessageRequest(v) => &v.flag,
            Self::EventMessageResponse(v) => &v.flag,
        }
    }
    /// `flag` of any variant.
    #[inline]
    pub fn flag_mut(&mut self) -> &mut rt::Field<crate::beta::FollowupFlag> {
        match self {
            Self::EventMessage(v) => &mut v.flag,
            Self::EventMessageRequest(v) => &mut v.flag,
            Self::EventMessageResponse(v) => &mut v.flag,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from(&self) -> &rt::Field<crate::beta::AnyRecipient> {
        match self {
            Self::EventMessage(v) => &v.from,
            Self::EventMessageRequest(v) => &v.from,
            Self::EventMessageResponse(v) => &v.from,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from_mut(&mut self) -> &mut rt::Field<crate::beta::AnyRecipient> {
        match self {
            Self::EventMessage(v) => &mut v.from,
            Self::EventMessageRequest(v) => &mut v.from,
            Self::EventMessageResponse(v) => &mut v.from,
        }
    }
    /// `hasAttachments` of any variant.
    #[inline]
    pub fn has_attachments(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.has_attachments,
            Self::EventMessageRequest(v) => &v.has_attachments,
            Self::EventMessageResponse(v) => &v.has_attachments,
        }
    }
    /// `hasAttachments` of any variant.
    #[inline]
    pub fn has_attachments_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.has_attachments,
            Self::EventMessageRequest(v) => &mut v.has_attachments,
            Self::EventMessageResponse(v) => &mut v.has_attachments,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance(&self) -> &rt::Field<crate::beta::Importance> {
        match self {
            Self::EventMessage(v) => &v.importance,
            Self::EventMessageRequest(v) => &v.importance,
            Self::EventMessageResponse(v) => &v.importance,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance_mut(&mut self) -> &mut rt::Field<crate::beta::Importance> {
        match self {
            Self::EventMessage(v) => &mut v.importance,
            Self::EventMessageRequest(v) => &mut v.importance,
            Self::EventMessageResponse(v) => &mut v.importance,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification(
        &self,
    ) -> &rt::Field<crate::beta::InferenceClassificationType> {
        match self {
            Self::EventMessage(v) => &v.inference_classification,
            Self::EventMessageRequest(v) => &v.inference_classification,
            Self::EventMessageResponse(v) => &v.inference_classification,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::InferenceClassificationType> {
        match self {
            Self::EventMessage(v) => &mut v.inference_classification,
            Self::EventMessageRequest(v) => &mut v.inference_classification,
            Self::EventMessageResponse(v) => &mut v.inference_classification,
        }
    }
    /// `internetMessageHeaders` of any variant.
    #[inline]
    pub fn internet_message_headers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::InternetMessageHeader>> {
        match self {
            Self::EventMessage(v) => &v.internet_message_headers,
            Self::EventMessageRequest(v) => &v.internet_message_headers,
            Self::EventMessageResponse(v) => &v.internet_message_headers,
        }
    }
    /// `internetMessageHeaders` of any variant.
    #[inline]
    pub fn internet_message_headers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::InternetMessageHeader>> {
        match self {
            Self::EventMessage(v) => &mut v.internet_message_headers,
            Self::EventMessageRequest(v) => &mut v.internet_message_headers,
            Self::EventMessageResponse(v) => &mut v.internet_message_headers,
        }
    }
    /// `internetMessageId` of any variant.
    #[inline]
    pub fn internet_message_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.internet_message_id,
            Self::EventMessageRequest(v) => &v.internet_message_id,
            Self::EventMessageResponse(v) => &v.internet_message_id,
        }
    }
    /// `internetMessageId` of any variant.
    #[inline]
    pub fn internet_message_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.internet_message_id,
            Self::EventMessageRequest(v) => &mut v.internet_message_id,
            Self::EventMessageResponse(v) => &mut v.internet_message_id,
        }
    }
    /// `isDeliveryReceiptRequested` of any variant.
    #[inline]
    pub fn is_delivery_receipt_requested(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_delivery_receipt_requested,
            Self::EventMessageRequest(v) => &v.is_delivery_receipt_requested,
            Self::EventMessageResponse(v) => &v.is_delivery_receipt_requested,
        }
    }
    /// `isDeliveryReceiptRequested` of any variant.
    #[inline]
    pub fn is_delivery_receipt_requested_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessageRequest(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessageResponse(v) => &mut v.is_delivery_receipt_requested,
        }
    }
    /// `isDraft` of any variant.
    #[inline]
    pub fn is_draft(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_draft,
            Self::EventMessageRequest(v) => &v.is_draft,
            Self::EventMessageResponse(v) => &v.is_draft,
        }
    }
    /// `isDraft` of any variant.
    #[inline]
    pub fn is_draft_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_draft,
            Self::EventMessageRequest(v) => &mut v.is_draft,
            Self::EventMessageResponse(v) => &mut v.is_draft,
        }
    }
    /// `isRead` of any variant.
    #[inline]
    pub fn is_read(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_read,
            Self::EventMessageRequest(v) => &v.is_read,
            Self::EventMessageResponse(v) => &v.is_read,
        }
    }
    /// `isRead` of any variant.
    #[inline]
    pub fn is_read_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_read,
            Self::EventMessageRequest(v) => &mut v.is_read,
            Self::EventMessageResponse(v) => &mut v.is_read,
        }
    }
    /// `isReadReceiptRequested` of any variant.
    #[inline]
    pub fn is_read_receipt_requested(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_read_receipt_requested,
            Self::EventMessageRequest(v) => &v.is_read_receipt_requested,
            Self::EventMessageResponse(v) => &v.is_read_receipt_requested,
        }
    }
    /// `isReadReceiptRequested` of any variant.
    #[inline]
    pub fn is_read_receipt_requested_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_read_receipt_requested,
            Self::EventMessageRequest(v) => &mut v.is_read_receipt_requested,
            Self::EventMessageResponse(v) => &mut v.is_read_receipt_requested,
        }
    }
    /// `mentionsPreview` of any variant.
    #[inline]
    pub fn mentions_preview(&self) -> &rt::Field<crate::beta::MentionsPreview> {
        match self {
            Self::EventMessage(v) => &v.mentions_preview,
            Self::EventMessageRequest(v) => &v.mentions_preview,
            Self::EventMessageResponse(v) => &v.mentions_preview,
        }
    }
    /// `mentionsPreview` of any variant.
    #[inline]
    pub fn mentions_preview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MentionsPreview> {
        match self {
            Self::EventMessage(v) => &mut v.mentions_preview,
            Self::EventMessageRequest(v) => &mut v.mentions_preview,
            Self::EventMessageResponse(v) => &mut v.mentions_preview,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.parent_folder_id,
            Self::EventMessageRequest(v) => &v.parent_folder_id,
            Self::EventMessageResponse(v) => &v.parent_folder_id,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.parent_folder_id,
            Self::EventMessageRequest(v) => &mut v.parent_folder_id,
            Self::EventMessageResponse(v) => &mut v.parent_folder_id,
        }
    }
    /// `receivedDateTime` of any variant.
    #[inline]
    pub fn received_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &v.received_date_time,
            Self::EventMessageRequest(v) => &v.received_date_time,
            Self::EventMessageResponse(v) => &v.received_date_time,
        }
    }
    /// `receivedDateTime` of any variant.
    #[inline]
    pub fn received_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &mut v.received_date_time,
            Self::EventMessageRequest(v) => &mut v.received_date_time,
            Self::EventMessageResponse(v) => &mut v.received_date_time,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to(&self) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &v.reply_to,
            Self::EventMessageRequest(v) => &v.reply_to,
            Self::EventMessageResponse(v) => &v.reply_to,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &mut v.reply_to,
            Self::EventMessageRequest(v) => &mut v.reply_to,
            Self::EventMessageResponse(v) => &mut v.reply_to,
        }
    }
    /// `sender` of any variant.
    #[inline]
    pub fn sender(&self) -> &rt::Field<crate::beta::AnyRecipient> {
        match self {
            Self::EventMessage(v) => &v.sender,
            Self::EventMessageRequest(v) => &v.sender,
            Self::EventMessageResponse(v) => &v.sender,
        }
    }
    /// `sender` of any variant.
    #[inline]
    pub fn sender_mut(&mut self) -> &mut rt::Field<crate::beta::AnyRecipient> {
        match self {
            Self::EventMessage(v) => &mut v.sender,
            Self::EventMessageRequest(v) => &mut v.sender,
            Self::EventMessageResponse(v) => &mut v.sender,
        }
    }
    /// `sentDateTime` of any variant.
    #[inline]
    pub fn sent_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &v.sent_date_time,
            Self::EventMessageRequest(v) => &v.sent_date_time,
            Self::EventMessageResponse(v) => &v.sent_date_time,
        }
    }
    /// `sentDateTime` of any variant.
    #[inline]
    pub fn sent_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &mut v.sent_date_time,
            Self::EventMessageRequest(v) => &mut v.sent_date_time,
            Self::EventMessageResponse(v) => &mut v.sent_date_time,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.subject,
            Self::EventMessageRequest(v) => &v.subject,
            Self::EventMessageResponse(v) => &v.subject,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.subject,
            Self::EventMessageRequest(v) => &mut v.subject,
            Self::EventMessageResponse(v) => &mut v.subject,
        }
    }
    /// `toRecipients` of any variant.
    #[inline]
    pub fn to_recipients(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &v.to_recipients,
            Self::EventMessageRequest(v) => &v.to_recipients,
            Self::EventMessageResponse(v) => &v.to_recipients,
        }
    }
    /// `toRecipients` of any variant.
    #[inline]
    pub fn to_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &mut v.to_recipients,
            Self::EventMessageRequest(v) => &mut v.to_recipients,
            Self::EventMessageResponse(v) => &mut v.to_recipients,
        }
    }
    /// `uniqueBody` of any variant.
    #[inline]
    pub fn unique_body(&self) -> &rt::Field<crate::beta::ItemBody> {
        match self {
            Self::EventMessage(v) => &v.unique_body,
            Self::EventMessageRequest(v) => &v.unique_body,
            Self::EventMessageResponse(v) => &v.unique_body,
        }
    }
    /// `uniqueBody` of any variant.
    #[inline]
    pub fn unique_body_mut(&mut self) -> &mut rt::Field<crate::beta::ItemBody> {
        match self {
            Self::EventMessage(v) => &mut v.unique_body,
            Self::EventMessageRequest(v) => &mut v.unique_body,
            Self::EventMessageResponse(v) => &mut v.unique_body,
        }
    }
    /// `unsubscribeData` of any variant.
    #[inline]
    pub fn unsubscribe_data(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::EventMessage(v) => &v.unsubscribe_data,
            Self::EventMessageRequest(v) => &v.unsubscribe_data,
            Self::EventMessageResponse(v) => &v.unsubscribe_data,
        }
    }
    /// `unsubscribeData` of any variant.
    #[inline]
    pub fn unsubscribe_data_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::EventMessage(v) => &mut v.unsubscribe_data,
            Self::EventMessageRequest(v) => &mut v.unsubscribe_data,
            Self::EventMessageResponse(v) => &mut v.unsubscribe_data,
        }
    }
    /// `unsubscribeEnabled` of any variant.
    #[inline]
    pub fn unsubscribe_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.unsubscribe_enabled,
            Self::EventMessageRequest(v) => &v.unsubscribe_enabled,
            Self::EventMessageResponse(v) => &v.unsubscribe_enabled,
        }
    }
    /// `unsubscribeEnabled` of any variant.
    #[inline]
    pub fn unsubscribe_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.unsubscribe_enabled,
            Self::EventMessageRequest(v) => &mut v.unsubscribe_enabled,
            Self::EventMessageResponse(v) => &mut v.unsubscribe_enabled,
        }
    }
    /// `webLink` of any variant.
    #[inline]
    pub fn web_link(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.web_link,
            Self::EventMessageRequest(v) => &v.web_link,
            Self::EventMessageResponse(v) => &v.web_link,
        }
    }
    /// `webLink` of any variant.
    #[inline]
    pub fn web_link_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.web_link,
            Self::EventMessageRequest(v) => &mut v.web_link,
            Self::EventMessageResponse(v) => &mut v.web_link,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>> {
        match self {
            Self::EventMessage(v) => &v.attachments,
            Self::EventMessageRequest(v) => &v.attachments,
            Self::EventMessageResponse(v) => &v.attachments,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>> {
        match self {
            Self::EventMessage(v) => &mut v.attachments,
            Self::EventMessageRequest(v) => &mut v.attachments,
            Self::EventMessageResponse(v) => &mut v.attachments,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions(&self) -> &rt::Field<::std::vec::Vec<crate::beta::AnyExtension>> {
        match self {
            Self::EventMessage(v) => &v.extensions,
            Self::EventMessageRequest(v) => &v.extensions,
            Self::EventMessageResponse(v) => &v.extensions,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyExtension>> {
        match self {
            Self::EventMessage(v) => &mut v.extensions,
            Self::EventMessageRequest(v) => &mut v.extensions,
            Self::EventMessageResponse(v) => &mut v.extensions,
        }
    }
    /// `mentions` of any variant.
    #[inline]
    pub fn mentions(&self) -> &rt::Field<::std::vec::Vec<crate::beta::Mention>> {
        match self {
            Self::EventMessage(v) => &v.mentions,
            Self::EventMessageRequest(v) => &v.mentions,
            Self::EventMessageResponse(v) => &v.mentions,
        }
    }
    /// `mentions` of any variant.
    #[inline]
    pub fn mentions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::Mention>> {
        match self {
            Self::EventMessage(v) => &mut v.mentions,
            Self::EventMessageRequest(v) => &mut v.mentions,
            Self::EventMessageResponse(v) => &mut v.mentions,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::EventMessage(v) => &v.multi_value_extended_properties,
            Self::EventMessageRequest(v) => &v.multi_value_extended_properties,
            Self::EventMessageResponse(v) => &v.multi_value_extended_properties,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::EventMessage(v) => &mut v.multi_value_extended_properties,
            Self::EventMessageRequest(v) => &mut v.multi_value_extended_properties,
            Self::EventMessageResponse(v) => &mut v.multi_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::EventMessage(v) => &v.single_value_extended_properties,
            Self::EventMessageRequest(v) => &v.single_value_extended_properties,
            Self::EventMessageResponse(v) => &v.single_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    > {
        match self {
            Self::EventMessage(v) => &mut v.single_value_extended_properties,
            Self::EventMessageRequest(v) => &mut v.single_value_extended_properties,
            Self::EventMessageResponse(v) => &mut v.single_value_extended_properties,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<crate::beta::DateTimeTimeZone> {
        match self {
            Self::EventMessage(v) => &v.end_date_time,
            Self::EventMessageRequest(v) => &v.end_date_time,
            Self::EventMessageResponse(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DateTimeTimeZone> {
        match self {
            Self::EventMessage(v) => &mut v.end_date_time,
            Self::EventMessageRequest(v) => &mut v.end_date_time,
            Self::EventMessageResponse(v) => &mut v.end_date_time,
        }
    }
    /// `isAllDay` of any variant.
    #[inline]
    pub fn is_all_day(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_all_day,
            Self::EventMessageRequest(v) => &v.is_all_day,
            Self::EventMessageResponse(v) => &v.is_all_day,
        }
    }
    /// `isAllDay` of any variant.
    #[inline]
    pub fn is_all_day_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_all_day,
            Self::EventMessageRequest(v) => &mut v.is_all_day,
            Self::EventMessageResponse(v) => &mut v.is_all_day,
        }
    }
    /// `isDelegated` of any variant.
    #[inline]
    pub fn is_delegated(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_delegated,
            Self::EventMessageRequest(v) => &v.is_delegated,
            Self::EventMessageResponse(v) => &v.is_delegated,
        }
    }
    /// `isDelegated` of any variant.
    #[inline]
    pub fn is_delegated_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_delegated,
            Self::EventMessageRequest(v) => &mut v.is_delegated,
            Self::EventMessageResponse(v) => &mut v.is_delegated,
        }
    }
    /// `isOutOfDate` of any variant.
    #[inline]
    pub fn is_out_of_date(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_out_of_date,
            Self::EventMessageRequest(v) => &v.is_out_of_date,
            Self::EventMessageResponse(v) => &v.is_out_of_date,
        }
    }
    /// `isOutOfDate` of any variant.
    #[inline]
    pub fn is_out_of_date_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_out_of_date,
            Self::EventMessageRequest(v) => &mut v.is_out_of_date,
            Self::EventMessageResponse(v) => &mut v.is_out_of_date,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location(&self) -> &rt::Field<crate::beta::AnyLocation> {
        match self {
            Self::EventMessage(v) => &v.location,
            Self::EventMessageRequest(v) => &v.location,
            Self::EventMessageResponse(v) => &v.location,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location_mut(&mut self) -> &mut rt::Field<crate::beta::AnyLocation> {
        match self {
            Self::EventMessage(v) => &mut v.location,
            Self::EventMessageRequest(v) => &mut v.location,
            Self::EventMessageResponse(v) => &mut v.location,
        }
    }
    /// `meetingMessageType` of any variant.
    #[inline]
    pub fn meeting_message_type(&self) -> &rt::Field<crate::beta::MeetingMessageType> {
        match self {
            Self::EventMessage(v) => &v.meeting_message_type,
            Self::EventMessageRequest(v) => &v.meeting_message_type,
            Self::EventMessageResponse(v) => &v.meeting_message_type,
        }
    }
    /// `meetingMessageType` of any variant.
    #[inline]
    pub fn meeting_message_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MeetingMessageType> {
        match self {
            Self::EventMessage(v) => &mut v.meeting_message_type,
            Self::EventMessageRequest(v) => &mut v.meeting_message_type,
            Self::EventMessageResponse(v) => &mut v.meeting_message_type,
        }
    }
    /// `recurrence` of any variant.
    #[inline]
    pub fn recurrence(&self) -> &rt::Field<crate::beta::PatternedRecurrence> {
        match self {
            Self::EventMessage(v) => &v.recurrence,
            Self::EventMessageRequest(v) => &v.recurrence,
            Self::EventMessageResponse(v) => &v.recurrence,
        }
    }
    /// `recurrence` of any variant.
    #[inline]
    pub fn recurrence_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::PatternedRecurrence> {
        match self {
            Self::EventMessage(v) => &mut v.recurrence,
            Self::EventMessageRequest(v) => &mut v.recurrence,
            Self::EventMessageResponse(v) => &mut v.recurrence,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<crate::beta::DateTimeTimeZone> {
        match self {
            Self::EventMessage(v) => &v.start_date_time,
            Self::EventMessageRequest(v) => &v.start_date_time,
            Self::EventMessageResponse(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DateTimeTimeZone> {
        match self {
            Self::EventMessage(v) => &mut v.start_date_time,
            Self::EventMessageRequest(v) => &mut v.start_date_time,
            Self::EventMessageResponse(v) => &mut v.start_date_time,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<crate::beta::EventType> {
        match self {
            Self::EventMessage(v) => &v.type_,
            Self::EventMessageRequest(v) => &v.type_,
            Self::EventMessageResponse(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<crate::beta::EventType> {
        match self {
            Self::EventMessage(v) => &mut v.type_,
            Self::EventMessageRequest(v) => &mut v.type_,
            Self::EventMessageResponse(v) => &mut v.type_,
        }
    }
    /// `event` of any variant.
    #[inline]
    pub fn event(&self) -> &rt::Field<crate::beta::Event> {
        match self {
            Self::EventMessage(v) => &v.event,
            Self::EventMessageRequest(v) => &v.event,
            Self::EventMessageResponse(v) => &v.event,
        }
    }
    /// `event` of any variant.
    #[inline]
    pub fn event_mut(&mut self) -> &mut rt::Field<crate::beta::Event> {
        match self {
            Self::EventMessage(v) => &mut v.event,
            Self::EventMessageRequest(v) => &mut v.event,
            Self::EventMessageResponse(v) => &mut v.event,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyEventMessage);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEventMessage);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.eventMessageDetail`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageDetail {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.eventMessageDetail";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.eventMessageDetail\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventMessageDetail);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageDetail);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.eventMessageDetail` or any type derived from it, selected by `@odata.type` (29 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEventMessageDetail {
    EventMessageDetail(::std::boxed::Box<crate::beta::EventMessageDetail>),
    CallEndedEventMessageDetail(
        ::std::boxed::Box<crate::beta::CallEndedEventMessageDetail>,
    ),
    CallRecordingEventMessageDetail(
        ::std::boxed::Box<crate::beta::CallRecordingEventMessageDetail>,
    ),
    CallStartedEventMessageDetail(
        ::std::boxed::Box<crate::beta::CallStartedEventMessageDetail>,
    ),
    CallTranscriptEventMessageDetail(
        ::std::boxed::Box<crate::beta::CallTranscriptEventMessageDetail>,
    ),
    ChannelAddedEventMessageDetail(
        ::std::boxed::Box<crate::beta::ChannelAddedEventMessageDetail>,
    ),
    ChannelDeletedEventMessageDetail(
        ::std::boxed::Box<crate::beta::ChannelDeletedEventMessageDetail>,
    ),
    ChannelDescriptionUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::beta::ChannelDescriptionUpdatedEventMessageDetail>,
    ),
    ChannelRenamedEventMessageDetail(
        ::std::boxed::Box<crate::beta::ChannelRenamedEventMessageDetail>,
    ),
    ChannelSetAsFavoriteByDefaultEventMessageDetail(
        ::std::boxed::Box<crate::beta::ChannelSetAsFavoriteByDefaultEventMessageDetail>,
    ),
    ChannelUnsetAsFavoriteByDefaultEventMessageDetail(
        ::std::boxed::Box<crate::beta::ChannelUnsetAsFavoriteByDefaultEventMessageDetail>,
    ),
    ChatRenamedEventMessageDetail(
        ::std::boxed::Box<crate::beta::ChatRenamedEventMessageDetail>,
    ),
    ConversationMemberRoleUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::beta::ConversationMemberRoleUpdatedEventMessageDetail>,
    ),
    MeetingPolicyUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::beta::MeetingPolicyUpdatedEventMessageDetail>,
    ),
    MembersAddedEventMessageDetail(
        ::std::boxed::Box<crate::beta::MembersAddedEventMessageDetail>,
    ),
    MembersDeletedEventMessageDetail(
        ::std::boxed::Box<crate::beta::MembersDeletedEventMessageDetail>,
    ),
    MembersJoinedEventMessageDetail(
        ::std::boxed::Box<crate::beta::MembersJoinedEventMessageDetail>,
    ),
    MembersLeftEventMessageDetail(
        ::std::boxed::Box<crate::beta::MembersLeftEventMessageDetail>,
    ),
    TabUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::beta::TabUpdatedEventMessageDetail>,
    ),
    TeamArchivedEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamArchivedEventMessageDetail>,
    ),
    TeamCreatedEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamCreatedEventMessageDetail>,
    ),
    TeamDescriptionUpdatedEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamDescriptionUpdatedEventMessageDetail>,
    ),
    TeamJoiningDisabledEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamJoiningDisabledEventMessageDetail>,
    ),
    TeamJoiningEnabledEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamJoiningEnabledEventMessageDetail>,
    ),
    TeamRenamedEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamRenamedEventMessageDetail>,
    ),
    TeamUnarchivedEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamUnarchivedEventMessageDetail>,
    ),
    TeamsAppInstalledEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamsAppInstalledEventMessageDetail>,
    ),
    TeamsAppRemovedEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamsAppRemovedEventMessageDetail>,
    ),
    TeamsAppUpgradedEventMessageDetail(
        ::std::boxed::Box<crate::beta::TeamsAppUpgradedEventMessageDetail>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self::EventMessageDetail(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageDetail> for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::EventMessageDetail) -> Self {
        Self::EventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CallEndedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::CallEndedEventMessageDetail) -> Self {
        Self::CallEndedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CallRecordingEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::CallRecordingEventMessageDetail) -> Self {
        Self::CallRecordingEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CallStartedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::CallStartedEventMessageDetail) -> Self {
        Self::CallStartedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CallTranscriptEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::CallTranscriptEventMessageDetail) -> Self {
        Self::CallTranscriptEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChannelAddedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::ChannelAddedEventMessageDetail) -> Self {
        Self::ChannelAddedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChannelDeletedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::ChannelDeletedEventMessageDetail) -> Self {
        Self::ChannelDeletedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChannelDescriptionUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::ChannelDescriptionUpdatedEventMessageDetail) -> Self {
        Self::ChannelDescriptionUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChannelRenamedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::ChannelRenamedEventMessageDetail) -> Self {
        Self::ChannelRenamedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChannelSetAsFavoriteByDefaultEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::ChannelSetAsFavoriteByDefaultEventMessageDetail) -> Self {
        Self::ChannelSetAsFavoriteByDefaultEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChannelUnsetAsFavoriteByDefaultEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::ChannelUnsetAsFavoriteByDefaultEventMessageDetail) -> Self {
        Self::ChannelUnsetAsFavoriteByDefaultEventMessageDetail(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChatRenamedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::ChatRenamedEventMessageDetail) -> Self {
        Self::ChatRenamedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConversationMemberRoleUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::ConversationMemberRoleUpdatedEventMessageDetail) -> Self {
        Self::ConversationMemberRoleUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MeetingPolicyUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::MeetingPolicyUpdatedEventMessageDetail) -> Self {
        Self::MeetingPolicyUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MembersAddedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::MembersAddedEventMessageDetail) -> Self {
        Self::MembersAddedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MembersDeletedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::MembersDeletedEventMessageDetail) -> Self {
        Self::MembersDeletedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MembersJoinedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::MembersJoinedEventMessageDetail) -> Self {
        Self::MembersJoinedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MembersLeftEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::MembersLeftEventMessageDetail) -> Self {
        Self::MembersLeftEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TabUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TabUpdatedEventMessageDetail) -> Self {
        Self::TabUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamArchivedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamArchivedEventMessageDetail) -> Self {
        Self::TeamArchivedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamCreatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamCreatedEventMessageDetail) -> Self {
        Self::TeamCreatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamDescriptionUpdatedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamDescriptionUpdatedEventMessageDetail) -> Self {
        Self::TeamDescriptionUpdatedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamJoiningDisabledEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamJoiningDisabledEventMessageDetail) -> Self {
        Self::TeamJoiningDisabledEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamJoiningEnabledEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamJoiningEnabledEventMessageDetail) -> Self {
        Self::TeamJoiningEnabledEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamRenamedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamRenamedEventMessageDetail) -> Self {
        Self::TeamRenamedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamUnarchivedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamUnarchivedEventMessageDetail) -> Self {
        Self::TeamUnarchivedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsAppInstalledEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamsAppInstalledEventMessageDetail) -> Self {
        Self::TeamsAppInstalledEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsAppRemovedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamsAppRemovedEventMessageDetail) -> Self {
        Self::TeamsAppRemovedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsAppUpgradedEventMessageDetail>
for AnyEventMessageDetail {
    #[inline]
    fn from(v: crate::beta::TeamsAppUpgradedEventMessageDetail) -> Self {
        Self::TeamsAppUpgradedEventMessageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyEventMessageDetail {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyEventMessageDetail {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyEventMessageDetail {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyEventMessageDetail {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyEventMessageDetail {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EventMessageDetail>();
    rt::object::auto_traits::<crate::beta::CallEndedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::CallRecordingEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::CallStartedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::CallTranscriptEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::ChannelAddedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::ChannelDeletedEventMessageDetail>();
    rt::object::auto_traits::<
        crate::beta::ChannelDescriptionUpdatedEventMessageDetail,
    >();
    rt::object::auto_traits::<crate::beta::ChannelRenamedEventMessageDetail>();
    rt::object::auto_traits::<
        crate::beta::ChannelSetAsFavoriteByDefaultEventMessageDetail,
    >();
    rt::object::auto_traits::<
        crate::beta::ChannelUnsetAsFavoriteByDefaultEventMessageDetail,
    >();
    rt::object::auto_traits::<crate::beta::ChatRenamedEventMessageDetail>();
    rt::object::auto_traits::<
        crate::beta::ConversationMemberRoleUpdatedEventMessageDetail,
    >();
    rt::object::auto_traits::<crate::beta::MeetingPolicyUpdatedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::MembersAddedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::MembersDeletedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::MembersJoinedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::MembersLeftEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TabUpdatedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamArchivedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamCreatedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamDescriptionUpdatedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamJoiningDisabledEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamJoiningEnabledEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamRenamedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamUnarchivedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamsAppInstalledEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamsAppRemovedEventMessageDetail>();
    rt::object::auto_traits::<crate::beta::TeamsAppUpgradedEventMessageDetail>();
};
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyEventMessageDetail);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.eventMessageRequest`, entity type, derived from `microsoft.graph.eventMessage`, key `id`.
///
/// Request builders: [`EventMessageRequestPath`](requests/trait.EventMessageRequestPath.html), what a path to one (`EntityPath<EventMessageRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageRequest {
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
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::beta::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::beta::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::beta::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `mentionsPreview`: `microsoft.graph.mentionsPreview`, nullable.
    pub mentions_preview: rt::Field<crate::beta::MentionsPreview>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `unsubscribeData`: `Collection(Edm.String)`, nullable.
    pub unsubscribe_data: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `unsubscribeEnabled`: `Edm.Boolean`, nullable.
    pub unsubscribe_enabled: rt::Field<bool>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `mentions`: `Collection(microsoft.graph.mention)`, not nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::beta::Mention>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `isAllDay`: `Edm.Boolean`, nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `isDelegated`: `Edm.Boolean`, nullable.
    pub is_delegated: rt::Field<bool>,
    /// CSDL: property `isOutOfDate`: `Edm.Boolean`, nullable.
    pub is_out_of_date: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::beta::AnyLocation>,
    /// CSDL: property `meetingMessageType`: `microsoft.graph.meetingMessageType`, nullable.
    pub meeting_message_type: rt::Field<crate::beta::MeetingMessageType>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `type`: `microsoft.graph.eventType`, nullable.
    pub type_: rt::Field<crate::beta::EventType>,
    /// CSDL: containment navigation property `event`: `microsoft.graph.event`, nullable.
    pub event: rt::Field<crate::beta::Event>,
    /// CSDL: property `allowNewTimeProposals`: `Edm.Boolean`, nullable.
    pub allow_new_time_proposals: rt::Field<bool>,
    /// CSDL: property `previousEndDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub previous_end_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `previousLocation`: `microsoft.graph.location`, nullable.
    pub previous_location: rt::Field<crate::beta::AnyLocation>,
    /// CSDL: property `previousStartDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub previous_start_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `responseRequested`: `Edm.Boolean`, nullable.
    pub response_requested: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventMessageRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            mentions_preview: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            unsubscribe_data: rt::Field::Absent,
            unsubscribe_enabled: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            mentions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            is_all_day: rt::Field::Absent,
            is_delegated: rt::Field::Absent,
            is_out_of_date: rt::Field::Absent,
            location: rt::Field::Absent,
            meeting_message_type: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            event: rt::Field::Absent,
            allow_new_time_proposals: rt::Field::Absent,
            previous_end_date_time: rt::Field::Absent,
            previous_location: rt::Field::Absent,
            previous_start_date_time: rt::Field::Absent,
            response_requested: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EventMessageRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.eventMessageRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "mentionsPreview",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "unsubscribeData",
        "unsubscribeEnabled",
        "webLink",
        "attachments",
        "extensions",
        "mentions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "endDateTime",
        "isAllDay",
        "isDelegated",
        "isOutOfDate",
        "location",
        "meetingMessageType",
        "recurrence",
        "startDateTime",
        "type",
        "event",
        "allowNewTimeProposals",
        "previousEndDateTime",
        "previousLocation",
        "previousStartDateTime",
        "responseRequested",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"mentionsPreview\":              ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"unsubscribeData\":              ",
        ",\"unsubscribeEnabled\":           ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"mentions\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"endDateTime\":                  ",
        ",\"isAllDay\":                     ",
        ",\"isDelegated\":                  ",
        ",\"isOutOfDate\":                  ",
        ",\"location\":                     ",
        ",\"meetingMessageType\":           ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
        ",\"event\":                        ",
        ",\"allowNewTimeProposals\":        ",
        ",\"previousEndDateTime\":          ",
        ",\"previousLocation\":             ",
        ",\"previousStartDateTime\":        ",
        ",\"responseRequested\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eventMessageRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "mentions_preview", &self.mentions_preview);
        v.field(23usize, "parent_folder_id", &self.parent_folder_id);
        v.field(24usize, "received_date_time", &self.received_date_time);
        v.field(25usize, "reply_to", &self.reply_to);
        v.field(26usize, "sender", &self.sender);
        v.field(27usize, "sent_date_time", &self.sent_date_time);
        v.field(28usize, "subject", &self.subject);
        v.field(29usize, "to_recipients", &self.to_recipients);
        v.field(30usize, "unique_body", &self.unique_body);
        v.field(31usize, "unsubscribe_data", &self.unsubscribe_data);
        v.field(32usize, "unsubscribe_enabled", &self.unsubscribe_enabled);
        v.field(33usize, "web_link", &self.web_link);
        v.field(34usize, "attachments", &self.attachments);
        v.field(35usize, "extensions", &self.extensions);
        v.field(36usize, "mentions", &self.mentions);
        v.field(
            37usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            38usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(39usize, "end_date_time", &self.end_date_time);
        v.field(40usize, "is_all_day", &self.is_all_day);
        v.field(41usize, "is_delegated", &self.is_delegated);
        v.field(42usize, "is_out_of_date", &self.is_out_of_date);
        v.field(43usize, "location", &self.location);
        v.field(44usize, "meeting_message_type", &self.meeting_message_type);
        v.field(45usize, "recurrence", &self.recurrence);
        v.field(46usize, "start_date_time", &self.start_date_time);
        v.field(47usize, "type_", &self.type_);
        v.field(48usize, "event", &self.event);
        v.field(49usize, "allow_new_time_proposals", &self.allow_new_time_proposals);
        v.field(50usize, "previous_end_date_time", &self.previous_end_date_time);
        v.field(51usize, "previous_location", &self.previous_location);
        v.field(52usize, "previous_start_date_time", &self.previous_start_date_time);
        v.field(53usize, "response_requested", &self.response_requested);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventMessageRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.mentions_preview.read_from(r),
            23usize => self.parent_folder_id.read_from(r),
            24usize => self.received_date_time.read_from(r),
            25usize => self.reply_to.read_from(r),
            26usize => self.sender.read_from(r),
            27usize => self.sent_date_time.read_from(r),
            28usize => self.subject.read_from(r),
            29usize => self.to_recipients.read_from(r),
            30usize => self.unique_body.read_from(r),
            31usize => self.unsubscribe_data.read_from(r),
            32usize => self.unsubscribe_enabled.read_from(r),
            33usize => self.web_link.read_from(r),
            34usize => self.attachments.read_from(r),
            35usize => self.extensions.read_from(r),
            36usize => self.mentions.read_from(r),
            37usize => self.multi_value_extended_properties.read_from(r),
            38usize => self.single_value_extended_properties.read_from(r),
            39usize => self.end_date_time.read_from(r),
            40usize => self.is_all_day.read_from(r),
            41usize => self.is_delegated.read_from(r),
            42usize => self.is_out_of_date.read_from(r),
            43usize => self.location.read_from(r),
            44usize => self.meeting_message_type.read_from(r),
            45usize => self.recurrence.read_from(r),
            46usize => self.start_date_time.read_from(r),
            47usize => self.type_.read_from(r),
            48usize => self.event.read_from(r),
            49usize => self.allow_new_time_proposals.read_from(r),
            50usize => self.previous_end_date_time.read_from(r),
            51usize => self.previous_location.read_from(r),
            52usize => self.previous_start_date_time.read_from(r),
            53usize => self.response_requested.read_from(r),
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
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.mentions_preview);
        w.field(23usize, &self.parent_folder_id);
        w.field(24usize, &self.received_date_time);
        w.field(25usize, &self.reply_to);
        w.field(26usize, &self.sender);
        w.field(27usize, &self.sent_date_time);
        w.field(28usize, &self.subject);
        w.field(29usize, &self.to_recipients);
        w.field(30usize, &self.unique_body);
        w.field(31usize, &self.unsubscribe_data);
        w.field(32usize, &self.unsubscribe_enabled);
        w.field(33usize, &self.web_link);
        w.field(34usize, &self.attachments);
        w.field(35usize, &self.extensions);
        w.field(36usize, &self.mentions);
        w.field(37usize, &self.multi_value_extended_properties);
        w.field(38usize, &self.single_value_extended_properties);
        w.field(39usize, &self.end_date_time);
        w.field(40usize, &self.is_all_day);
        w.field(41usize, &self.is_delegated);
        w.field(42usize, &self.is_out_of_date);
        w.field(43usize, &self.location);
        w.field(44usize, &self.meeting_message_type);
        w.field(45usize, &self.recurrence);
        w.field(46usize, &self.start_date_time);
        w.field(47usize, &self.type_);
        w.field(48usize, &self.event);
        w.field(49usize, &self.allow_new_time_proposals);
        w.field(50usize, &self.previous_end_date_time);
        w.field(51usize, &self.previous_location);
        w.field(52usize, &self.previous_start_date_time);
        w.field(53usize, &self.response_requested);
    }
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
rt::impl_object!(EventMessageRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventMessageRequest { with_id id : ::std::string::String; with_categories categories
    : ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_body body : crate ::beta::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_conversation_id conversation_id
    : ::std::string::String; with_conversation_index conversation_index :
    rt::edm::Binary; with_flag flag : crate ::beta::FollowupFlag; with_from from : crate
    ::beta::AnyRecipient; with_has_attachments has_attachments : bool; with_importance
    importance : crate ::beta::Importance; with_inference_classification
    inference_classification : crate ::beta::InferenceClassificationType;
    with_internet_message_headers internet_message_headers : ::std::vec::Vec < crate
    ::beta::InternetMessageHeader >; with_internet_message_id internet_message_id :
    ::std::string::String; with_is_delivery_receipt_requested
    is_delivery_receipt_requested : bool; with_is_draft is_draft : bool; with_is_read
    is_read : bool; with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_mentions_preview mentions_preview : crate ::beta::MentionsPreview;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::beta::AnyRecipient >; with_sender sender : crate
    ::beta::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_unique_body unique_body : crate
    ::beta::ItemBody; with_unsubscribe_data unsubscribe_data : ::std::vec::Vec <
    ::std::string::String >; with_unsubscribe_enabled unsubscribe_enabled : bool;
    with_web_link web_link : ::std::string::String; with_attachments attachments :
    ::std::vec::Vec < crate ::beta::AnyAttachment >; with_extensions extensions :
    ::std::vec::Vec < crate ::beta::AnyExtension >; with_mentions mentions :
    ::std::vec::Vec < crate ::beta::Mention >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; with_end_date_time end_date_time : crate
    ::beta::DateTimeTimeZone; with_is_all_day is_all_day : bool; with_is_delegated
    is_delegated : bool; with_is_out_of_date is_out_of_date : bool; with_location
    location : crate ::beta::AnyLocation; with_meeting_message_type meeting_message_type
    : crate ::beta::MeetingMessageType; with_recurrence recurrence : crate
    ::beta::PatternedRecurrence; with_start_date_time start_date_time : crate
    ::beta::DateTimeTimeZone; with_type type_ : crate ::beta::EventType; with_event event
    : crate ::beta::Event; with_allow_new_time_proposals allow_new_time_proposals : bool;
    with_previous_end_date_time previous_end_date_time : crate ::beta::DateTimeTimeZone;
    with_previous_location previous_location : crate ::beta::AnyLocation;
    with_previous_start_date_time previous_start_date_time : crate
    ::beta::DateTimeTimeZone; with_response_requested response_requested : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.eventMessageResponse`, entity type, derived from `microsoft.graph.eventMessage`, key `id`.
///
/// Request builders: [`EventMessageResponsePath`](requests/trait.EventMessageResponsePath.html), what a path to one (`EntityPath<EventMessageResponse, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageResponse {
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
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::beta::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::beta::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::beta::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `mentionsPreview`: `microsoft.graph.mentionsPreview`, nullable.
    pub mentions_preview: rt::Field<crate::beta::MentionsPreview>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `unsubscribeData`: `Collection(Edm.String)`, nullable.
    pub unsubscribe_data: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `unsubscribeEnabled`: `Edm.Boolean`, nullable.
    pub unsubscribe_enabled: rt::Field<bool>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `mentions`: `Collection(microsoft.graph.mention)`, not nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::beta::Mention>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `isAllDay`: `Edm.Boolean`, nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `isDelegated`: `Edm.Boolean`, nullable.
    pub is_delegated: rt::Field<bool>,
    /// CSDL: property `isOutOfDate`: `Edm.Boolean`, nullable.
    pub is_out_of_date: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::beta::AnyLocation>,
    /// CSDL: property `meetingMessageType`: `microsoft.graph.meetingMessageType`, nullable.
    pub meeting_message_type: rt::Field<crate::beta::MeetingMessageType>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `type`: `microsoft.graph.eventType`, nullable.
    pub type_: rt::Field<crate::beta::EventType>,
    /// CSDL: containment navigation property `event`: `microsoft.graph.event`, nullable.
    pub event: rt::Field<crate::beta::Event>,
    /// CSDL: property `proposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::beta::TimeSlot>,
    /// CSDL: property `responseType`: `microsoft.graph.responseType`, nullable.
    pub response_type: rt::Field<crate::beta::ResponseType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventMessageResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            mentions_preview: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            unsubscribe_data: rt::Field::Absent,
            unsubscribe_enabled: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            mentions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            is_all_day: rt::Field::Absent,
            is_delegated: rt::Field::Absent,
            is_out_of_date: rt::Field::Absent,
            location: rt::Field::Absent,
            meeting_message_type: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            event: rt::Field::Absent,
            proposed_new_time: rt::Field::Absent,
            response_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EventMessageResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.eventMessageResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "mentionsPreview",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "unsubscribeData",
        "unsubscribeEnabled",
        "webLink",
        "attachments",
        "extensions",
        "mentions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "endDateTime",
        "isAllDay",
        "isDelegated",
        "isOutOfDate",
        "location",
        "meetingMessageType",
        "recurrence",
        "startDateTime",
        "type",
        "event",
        "proposedNewTime",
        "responseType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"mentionsPreview\":              ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"unsubscribeData\":              ",
        ",\"unsubscribeEnabled\":           ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"mentions\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"endDateTime\":                  ",
        ",\"isAllDay\":                     ",
        ",\"isDelegated\":                  ",
        ",\"isOutOfDate\":                  ",
        ",\"location\":                     ",
        ",\"meetingMessageType\":           ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
        ",\"event\":                        ",
        ",\"proposedNewTime\":              ",
        ",\"responseType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eventMessageResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "mentions_preview", &self.mentions_preview);
        v.field(23usize, "parent_folder_id", &self.parent_folder_id);
        v.field(24usize, "received_date_time", &self.received_date_time);
        v.field(25usize, "reply_to", &self.reply_to);
        v.field(26usize, "sender", &self.sender);
        v.field(27usize, "sent_date_time", &self.sent_date_time);
        v.field(28usize, "subject", &self.subject);
        v.field(29usize, "to_recipients", &self.to_recipients);
        v.field(30usize, "unique_body", &self.unique_body);
        v.field(31usize, "unsubscribe_data", &self.unsubscribe_data);
        v.field(32usize, "unsubscribe_enabled", &self.unsubscribe_enabled);
        v.field(33usize, "web_link", &self.web_link);
        v.field(34usize, "attachments", &self.attachments);
        v.field(35usize, "extensions", &self.extensions);
        v.field(36usize, "mentions", &self.mentions);
        v.field(
            37usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            38usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(39usize, "end_date_time", &self.end_date_time);
        v.field(40usize, "is_all_day", &self.is_all_day);
        v.field(41usize, "is_delegated", &self.is_delegated);
        v.field(42usize, "is_out_of_date", &self.is_out_of_date);
        v.field(43usize, "location", &self.location);
        v.field(44usize, "meeting_message_type", &self.meeting_message_type);
        v.field(45usize, "recurrence", &self.recurrence);
        v.field(46usize, "start_date_time", &self.start_date_time);
        v.field(47usize, "type_", &self.type_);
        v.field(48usize, "event", &self.event);
        v.field(49usize, "proposed_new_time", &self.proposed_new_time);
        v.field(50usize, "response_type", &self.response_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventMessageResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.mentions_preview.read_from(r),
            23usize => self.parent_folder_id.read_from(r),
            24usize => self.received_date_time.read_from(r),
            25usize => self.reply_to.read_from(r),
            26usize => self.sender.read_from(r),
            27usize => self.sent_date_time.read_from(r),
            28usize => self.subject.read_from(r),
            29usize => self.to_recipients.read_from(r),
            30usize => self.unique_body.read_from(r),
            31usize => self.unsubscribe_data.read_from(r),
            32usize => self.unsubscribe_enabled.read_from(r),
            33usize => self.web_link.read_from(r),
            34usize => self.attachments.read_from(r),
            35usize => self.extensions.read_from(r),
            36usize => self.mentions.read_from(r),
            37usize => self.multi_value_extended_properties.read_from(r),
            38usize => self.single_value_extended_properties.read_from(r),
            39usize => self.end_date_time.read_from(r),
            40usize => self.is_all_day.read_from(r),
            41usize => self.is_delegated.read_from(r),
            42usize => self.is_out_of_date.read_from(r),
            43usize => self.location.read_from(r),
            44usize => self.meeting_message_type.read_from(r),
            45usize => self.recurrence.read_from(r),
            46usize => self.start_date_time.read_from(r),
            47usize => self.type_.read_from(r),
            48usize => self.event.read_from(r),
            49usize => self.proposed_new_time.read_from(r),
            50usize => self.response_type.read_from(r),
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
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.mentions_preview);
        w.field(23usize, &self.parent_folder_id);
        w.field(24usize, &self.received_date_time);
        w.field(25usize, &self.reply_to);
        w.field(26usize, &self.sender);
        w.field(27usize, &self.sent_date_time);
        w.field(28usize, &self.subject);
        w.field(29usize, &self.to_recipients);
        w.field(30usize, &self.unique_body);
        w.field(31usize, &self.unsubscribe_data);
        w.field(32usize, &self.unsubscribe_enabled);
        w.field(33usize, &self.web_link);
        w.field(34usize, &self.attachments);
        w.field(35usize, &self.extensions);
        w.field(36usize, &self.mentions);
        w.field(37usize, &self.multi_value_extended_properties);
        w.field(38usize, &self.single_value_extended_properties);
        w.field(39usize, &self.end_date_time);
        w.field(40usize, &self.is_all_day);
        w.field(41usize, &self.is_delegated);
        w.field(42usize, &self.is_out_of_date);
        w.field(43usize, &self.location);
        w.field(44usize, &self.meeting_message_type);
        w.field(45usize, &self.recurrence);
        w.field(46usize, &self.start_date_time);
        w.field(47usize, &self.type_);
        w.field(48usize, &self.event);
        w.field(49usize, &self.proposed_new_time);
        w.field(50usize, &self.response_type);
    }
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
rt::impl_object!(EventMessageResponse);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventMessageResponse { with_id id : ::std::string::String; with_categories categories
    : ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_body body : crate ::beta::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_conversation_id conversation_id
    : ::std::string::String; with_conversation_index conversation_index :
    rt::edm::Binary; with_flag flag : crate ::beta::FollowupFlag; with_from from : crate
    ::beta::AnyRecipient; with_has_attachments has_attachments : bool; with_importance
    importance : crate ::beta::Importance; with_inference_classification
    inference_classification : crate ::beta::InferenceClassificationType;
    with_internet_message_headers internet_message_headers : ::std::vec::Vec < crate
    ::beta::InternetMessageHeader >; with_internet_message_id internet_message_id :
    ::std::string::String; with_is_delivery_receipt_requested
    is_delivery_receipt_requested : bool; with_is_draft is_draft : bool; with_is_read
    is_read : bool; with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_mentions_preview mentions_preview : crate ::beta::MentionsPreview;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::beta::AnyRecipient >; with_sender sender : crate
    ::beta::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_unique_body unique_body : crate
    ::beta::ItemBody; with_unsubscribe_data unsubscribe_data : ::std::vec::Vec <
    ::std::string::String >; with_unsubscribe_enabled unsubscribe_enabled : bool;
    with_web_link web_link : ::std::string::String; with_attachments attachments :
    ::std::vec::Vec < crate ::beta::AnyAttachment >; with_extensions extensions :
    ::std::vec::Vec < crate ::beta::AnyExtension >; with_mentions mentions :
    ::std::vec::Vec < crate ::beta::Mention >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; with_end_date_time end_date_time : crate
    ::beta::DateTimeTimeZone; with_is_all_day is_all_day : bool; with_is_delegated
    is_delegated : bool; with_is_out_of_date is_out_of_date : bool; with_location
    location : crate ::beta::AnyLocation; with_meeting_message_type meeting_message_type
    : crate ::beta::MeetingMessageType; with_recurrence recurrence : crate
    ::beta::PatternedRecurrence; with_start_date_time start_date_time : crate
    ::beta::DateTimeTimeZone; with_type type_ : crate ::beta::EventType; with_event event
    : crate ::beta::Event; with_proposed_new_time proposed_new_time : crate
    ::beta::TimeSlot; with_response_type response_type : crate ::beta::ResponseType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageResponse);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.eventType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EventType {
    /// `singleInstance` (value 0).
    SingleInstance,
    /// `occurrence` (value 1).
    Occurrence,
    /// `exception` (value 2).
    Exception,
    /// `seriesMaster` (value 3).
    SeriesMaster,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for EventType {
    const TYPE_NAME: &'static str = "microsoft.graph.eventType";
    const MEMBERS: &'static [&'static str] = &[
        "singleInstance",
        "occurrence",
        "exception",
        "seriesMaster",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "singleInstance" => Self::SingleInstance,
                "occurrence" => Self::Occurrence,
                "exception" => Self::Exception,
                "seriesMaster" => Self::SeriesMaster,
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
            Self::SingleInstance => "singleInstance",
            Self::Occurrence => "occurrence",
            Self::Exception => "exception",
            Self::SeriesMaster => "seriesMaster",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(EventType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventType);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactDataMatchStoreColumn`, complex type.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactDataMatchStoreColumn {
    /// CSDL: property `ignoredDelimiters`: `Collection(Edm.String)`, nullable.
    pub ignored_delimiters: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isCaseInsensitive`: `Edm.Boolean`, nullable.
    pub is_case_insensitive: rt::Field<bool>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactDataMatchStoreColumn {
    #[inline]
    fn default() -> Self {
        Self {
            ignored_delimiters: rt::Field::Absent,
            is_case_insensitive: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactDataMatchStoreColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.exactDataMatchStoreColumn";
    const KEYS: &'static [&'static str] = &[
        "ignoredDelimiters",
        "isCaseInsensitive",
        "isSearchable",
        "name",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ignoredDelimiters\":            ",
        ",\"isCaseInsensitive\":            ",
        ",\"isSearchable\":                 ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactDataMatchStoreColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ignored_delimiters", &self.ignored_delimiters);
        v.field(1usize, "is_case_insensitive", &self.is_case_insensitive);
        v.field(2usize, "is_searchable", &self.is_searchable);
        v.field(3usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactDataMatchStoreColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ignored_delimiters.read_from(r),
            1usize => self.is_case_insensitive.read_from(r),
            2usize => self.is_searchable.read_from(r),
            3usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ignored_delimiters);
        w.field(1usize, &self.is_case_insensitive);
        w.field(2usize, &self.is_searchable);
        w.field(3usize, &self.name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactDataMatchStoreColumn);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactDataMatchStoreColumn { with_ignored_delimiters ignored_delimiters :
    ::std::vec::Vec < ::std::string::String >; with_is_case_insensitive
    is_case_insensitive : bool; with_is_searchable is_searchable : bool; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactDataMatchStoreColumn);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactMatchClassificationResult`, complex type.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchClassificationResult {
    /// CSDL: property `classification`: `Collection(microsoft.graph.exactMatchDetectedSensitiveContent)`, nullable.
    pub classification: rt::Field<
        ::std::vec::Vec<crate::beta::ExactMatchDetectedSensitiveContent>,
    >,
    /// CSDL: property `errors`: `Collection(microsoft.graph.classificationError)`, nullable.
    pub errors: rt::Field<::std::vec::Vec<crate::beta::ClassificationError>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchClassificationResult {
    #[inline]
    fn default() -> Self {
        Self {
            classification: rt::Field::Absent,
            errors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchClassificationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchClassificationResult";
    const KEYS: &'static [&'static str] = &["classification", "errors"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"classification\":               ",
        ",\"errors\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchClassificationResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "classification", &self.classification);
        v.field(1usize, "errors", &self.errors);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchClassificationResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.classification.read_from(r),
            1usize => self.errors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.classification);
        w.field(1usize, &self.errors);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchClassificationResult);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchClassificationResult { with_classification classification : ::std::vec::Vec
    < crate ::beta::ExactMatchDetectedSensitiveContent >; with_errors errors :
    ::std::vec::Vec < crate ::beta::ClassificationError >; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchClassificationResult);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactMatchDataStore`, entity type, derived from `microsoft.graph.exactMatchDataStoreBase`, key `id`.
///
/// Request builders: [`ExactMatchDataStorePath`](requests/trait.ExactMatchDataStorePath.html), what a path to one (`EntityPath<ExactMatchDataStore, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchDataStore {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `columns`: `Collection(microsoft.graph.exactDataMatchStoreColumn)`, nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::beta::ExactDataMatchStoreColumn>>,
    /// CSDL: property `dataLastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub data_last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `sessions`: `Collection(microsoft.graph.exactMatchSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::beta::ExactMatchSession>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchDataStore {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            columns: rt::Field::Absent,
            data_last_updated_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            sessions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchDataStore {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchDataStore";
    const KEYS: &'static [&'static str] = &[
        "id",
        "columns",
        "dataLastUpdatedDateTime",
        "description",
        "displayName",
        "sessions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"columns\":                      ",
        ",\"dataLastUpdatedDateTime\":      ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"sessions\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchDataStore\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "columns", &self.columns);
        v.field(
            2usize,
            "data_last_updated_date_time",
            &self.data_last_updated_date_time,
        );
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "sessions", &self.sessions);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchDataStore {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.columns.read_from(r),
            2usize => self.data_last_updated_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.sessions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.columns);
        w.field(2usize, &self.data_last_updated_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.sessions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchDataStore);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchDataStore { with_id id : ::std::string::String; with_columns columns :
    ::std::vec::Vec < crate ::beta::ExactDataMatchStoreColumn >;
    with_data_last_updated_date_time data_last_updated_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_sessions sessions :
    ::std::vec::Vec < crate ::beta::ExactMatchSession >; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchDataStore);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactMatchDataStoreBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchDataStoreBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `columns`: `Collection(microsoft.graph.exactDataMatchStoreColumn)`, nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::beta::ExactDataMatchStoreColumn>>,
    /// CSDL: property `dataLastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub data_last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchDataStoreBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            columns: rt::Field::Absent,
            data_last_updated_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchDataStoreBase {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchDataStoreBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "columns",
        "dataLastUpdatedDateTime",
        "description",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"columns\":                      ",
        ",\"dataLastUpdatedDateTime\":      ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchDataStoreBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "columns", &self.columns);
        v.field(
            2usize,
            "data_last_updated_date_time",
            &self.data_last_updated_date_time,
        );
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchDataStoreBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.columns.read_from(r),
            2usize => self.data_last_updated_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.columns);
        w.field(2usize, &self.data_last_updated_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchDataStoreBase);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchDataStoreBase { with_id id : ::std::string::String; with_columns columns :
    ::std::vec::Vec < crate ::beta::ExactDataMatchStoreColumn >;
    with_data_last_updated_date_time data_last_updated_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchDataStoreBase);
#[cfg(msgraph_beta_data_classification_or_search)]
/// `microsoft.graph.exactMatchDataStoreBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyExactMatchDataStoreBase {
    ExactMatchDataStoreBase(::std::boxed::Box<crate::beta::ExactMatchDataStoreBase>),
    ExactMatchDataStore(::std::boxed::Box<crate::beta::ExactMatchDataStore>),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for AnyExactMatchDataStoreBase {
    #[inline]
    fn default() -> Self {
        Self::ExactMatchDataStoreBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchDataStoreBase>
for AnyExactMatchDataStoreBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchDataStoreBase) -> Self {
        Self::ExactMatchDataStoreBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchDataStore>
for AnyExactMatchDataStoreBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchDataStore) -> Self {
        Self::ExactMatchDataStore(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Send for AnyExactMatchDataStoreBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Sync for AnyExactMatchDataStoreBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::marker::Unpin for AnyExactMatchDataStoreBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::UnwindSafe for AnyExactMatchDataStoreBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::RefUnwindSafe for AnyExactMatchDataStoreBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ExactMatchDataStoreBase>();
    rt::object::auto_traits::<crate::beta::ExactMatchDataStore>();
};
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Poly for AnyExactMatchDataStoreBase {
    const BASE_NAME: &'static str = "microsoft.graph.exactMatchDataStoreBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.exactMatchDataStore") => {
                Self::ExactMatchDataStore(rt::object::new_boxed())
            }
            _ => Self::ExactMatchDataStoreBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ExactMatchDataStoreBase(v) => &**v,
            Self::ExactMatchDataStore(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ExactMatchDataStoreBase(v) => &mut **v,
            Self::ExactMatchDataStore(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl AnyExactMatchDataStoreBase {
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
            Self::ExactMatchDataStoreBase(v) => &v.id,
            Self::ExactMatchDataStore(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &mut v.id,
            Self::ExactMatchDataStore(v) => &mut v.id,
        }
    }
    /// `columns` of any variant.
    #[inline]
    pub fn columns(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ExactDataMatchStoreColumn>> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &v.columns,
            Self::ExactMatchDataStore(v) => &v.columns,
        }
    }
    /// `columns` of any variant.
    #[inline]
    pub fn columns_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ExactDataMatchStoreColumn>> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &mut v.columns,
            Self::ExactMatchDataStore(v) => &mut v.columns,
        }
    }
    /// `dataLastUpdatedDateTime` of any variant.
    #[inline]
    pub fn data_last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &v.data_last_updated_date_time,
            Self::ExactMatchDataStore(v) => &v.data_last_updated_date_time,
        }
    }
    /// `dataLastUpdatedDateTime` of any variant.
    #[inline]
    pub fn data_last_updated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &mut v.data_last_updated_date_time,
            Self::ExactMatchDataStore(v) => &mut v.data_last_updated_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &v.description,
            Self::ExactMatchDataStore(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &mut v.description,
            Self::ExactMatchDataStore(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &v.display_name,
            Self::ExactMatchDataStore(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchDataStoreBase(v) => &mut v.display_name,
            Self::ExactMatchDataStore(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_poly!(AnyExactMatchDataStoreBase);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyExactMatchDataStoreBase);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactMatchDetectedSensitiveContent`, complex type, derived from `microsoft.graph.detectedSensitiveContentBase`.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchDetectedSensitiveContent {
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `recommendedConfidence`: `Edm.Int32`, nullable.
    pub recommended_confidence: rt::Field<i32>,
    /// CSDL: property `uniqueCount`: `Edm.Int32`, nullable.
    pub unique_count: rt::Field<i32>,
    /// CSDL: property `matches`: `Collection(microsoft.graph.sensitiveContentLocation)`, nullable.
    pub matches: rt::Field<::std::vec::Vec<crate::beta::SensitiveContentLocation>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchDetectedSensitiveContent {
    #[inline]
    fn default() -> Self {
        Self {
            confidence: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            recommended_confidence: rt::Field::Absent,
            unique_count: rt::Field::Absent,
            matches: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchDetectedSensitiveContent {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchDetectedSensitiveContent";
    const KEYS: &'static [&'static str] = &[
        "confidence",
        "displayName",
        "id",
        "recommendedConfidence",
        "uniqueCount",
        "matches",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidence\":                   ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"recommendedConfidence\":        ",
        ",\"uniqueCount\":                  ",
        ",\"matches\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchDetectedSensitiveContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence", &self.confidence);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "recommended_confidence", &self.recommended_confidence);
        v.field(4usize, "unique_count", &self.unique_count);
        v.field(5usize, "matches", &self.matches);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchDetectedSensitiveContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.recommended_confidence.read_from(r),
            4usize => self.unique_count.read_from(r),
            5usize => self.matches.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.recommended_confidence);
        w.field(4usize, &self.unique_count);
        w.field(5usize, &self.matches);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchDetectedSensitiveContent);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchDetectedSensitiveContent { with_confidence confidence : i32;
    with_display_name display_name : ::std::string::String; with_id id : rt::edm::Guid;
    with_recommended_confidence recommended_confidence : i32; with_unique_count
    unique_count : i32; with_matches matches : ::std::vec::Vec < crate
    ::beta::SensitiveContentLocation >; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchDetectedSensitiveContent);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactMatchJobBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ExactMatchJobBasePath`](requests/trait.ExactMatchJobBasePath.html), what a path to one (`EntityPath<AnyExactMatchJobBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchJobBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.classificationError`, nullable.
    pub error: rt::Field<crate::beta::ClassificationError>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchJobBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchJobBase {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchJobBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "creationDateTime",
        "error",
        "lastUpdatedDateTime",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"creationDateTime\":             ",
        ",\"error\":                        ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchJobBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "creation_date_time", &self.creation_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(5usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchJobBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.creation_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_updated_date_time.read_from(r),
            5usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.creation_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_updated_date_time);
        w.field(5usize, &self.start_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchJobBase);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchJobBase { with_id id : ::std::string::String; with_completion_date_time
    completion_date_time : rt::edm::DateTimeOffset; with_creation_date_time
    creation_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::beta::ClassificationError; with_last_updated_date_time last_updated_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchJobBase);
#[cfg(msgraph_beta_data_classification_or_search)]
/// `microsoft.graph.exactMatchJobBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyExactMatchJobBase {
    ExactMatchJobBase(::std::boxed::Box<crate::beta::ExactMatchJobBase>),
    #[cfg(msgraph_beta_search)]
    ExactMatchLookupJob(::std::boxed::Box<crate::beta::ExactMatchLookupJob>),
    ExactMatchSession(::std::boxed::Box<crate::beta::ExactMatchSession>),
    ExactMatchSessionBase(::std::boxed::Box<crate::beta::ExactMatchSessionBase>),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for AnyExactMatchJobBase {
    #[inline]
    fn default() -> Self {
        Self::ExactMatchJobBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchJobBase> for AnyExactMatchJobBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchJobBase) -> Self {
        Self::ExactMatchJobBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchLookupJob> for AnyExactMatchJobBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchLookupJob) -> Self {
        Self::ExactMatchLookupJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchSession> for AnyExactMatchJobBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchSession) -> Self {
        Self::ExactMatchSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchSessionBase> for AnyExactMatchJobBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchSessionBase) -> Self {
        Self::ExactMatchSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Send for AnyExactMatchJobBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Sync for AnyExactMatchJobBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::marker::Unpin for AnyExactMatchJobBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::UnwindSafe for AnyExactMatchJobBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::RefUnwindSafe for AnyExactMatchJobBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ExactMatchJobBase>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::ExactMatchLookupJob>();
    rt::object::auto_traits::<crate::beta::ExactMatchSession>();
    rt::object::auto_traits::<crate::beta::ExactMatchSessionBase>();
};
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Poly for AnyExactMatchJobBase {
    const BASE_NAME: &'static str = "microsoft.graph.exactMatchJobBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchLookupJob") => {
                Self::ExactMatchLookupJob(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.exactMatchSession") => {
                Self::ExactMatchSession(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.exactMatchSessionBase") => {
                Self::ExactMatchSessionBase(rt::object::new_boxed())
            }
            _ => Self::ExactMatchJobBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ExactMatchJobBase(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &**v,
            Self::ExactMatchSession(v) => &**v,
            Self::ExactMatchSessionBase(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ExactMatchJobBase(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut **v,
            Self::ExactMatchSession(v) => &mut **v,
            Self::ExactMatchSessionBase(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl AnyExactMatchJobBase {
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
            Self::ExactMatchJobBase(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &v.id,
            Self::ExactMatchSession(v) => &v.id,
            Self::ExactMatchSessionBase(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchJobBase(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut v.id,
            Self::ExactMatchSession(v) => &mut v.id,
            Self::ExactMatchSessionBase(v) => &mut v.id,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchJobBase(v) => &v.completion_date_time,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &v.completion_date_time,
            Self::ExactMatchSession(v) => &v.completion_date_time,
            Self::ExactMatchSessionBase(v) => &v.completion_date_time,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchJobBase(v) => &mut v.completion_date_time,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut v.completion_date_time,
            Self::ExactMatchSession(v) => &mut v.completion_date_time,
            Self::ExactMatchSessionBase(v) => &mut v.completion_date_time,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchJobBase(v) => &v.creation_date_time,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &v.creation_date_time,
            Self::ExactMatchSession(v) => &v.creation_date_time,
            Self::ExactMatchSessionBase(v) => &v.creation_date_time,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchJobBase(v) => &mut v.creation_date_time,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut v.creation_date_time,
            Self::ExactMatchSession(v) => &mut v.creation_date_time,
            Self::ExactMatchSessionBase(v) => &mut v.creation_date_time,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::beta::ClassificationError> {
        match self {
            Self::ExactMatchJobBase(v) => &v.error,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &v.error,
            Self::ExactMatchSession(v) => &v.error,
            Self::ExactMatchSessionBase(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::beta::ClassificationError> {
        match self {
            Self::ExactMatchJobBase(v) => &mut v.error,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut v.error,
            Self::ExactMatchSession(v) => &mut v.error,
            Self::ExactMatchSessionBase(v) => &mut v.error,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchJobBase(v) => &v.last_updated_date_time,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &v.last_updated_date_time,
            Self::ExactMatchSession(v) => &v.last_updated_date_time,
            Self::ExactMatchSessionBase(v) => &v.last_updated_date_time,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchJobBase(v) => &mut v.last_updated_date_time,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut v.last_updated_date_time,
            Self::ExactMatchSession(v) => &mut v.last_updated_date_time,
            Self::ExactMatchSessionBase(v) => &mut v.last_updated_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchJobBase(v) => &v.start_date_time,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &v.start_date_time,
            Self::ExactMatchSession(v) => &v.start_date_time,
            Self::ExactMatchSessionBase(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchJobBase(v) => &mut v.start_date_time,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut v.start_date_time,
            Self::ExactMatchSession(v) => &mut v.start_date_time,
            Self::ExactMatchSessionBase(v) => &mut v.start_date_time,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_poly!(AnyExactMatchJobBase);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyExactMatchJobBase);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.exactMatchLookupJob`, entity type, derived from `microsoft.graph.exactMatchJobBase`, key `id`.
///
/// Request builders: [`ExactMatchLookupJobPath`](requests/trait.ExactMatchLookupJobPath.html), what a path to one (`EntityPath<ExactMatchLookupJob, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ExactMatchLookupJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.classificationError`, nullable.
    pub error: rt::Field<crate::beta::ClassificationError>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `matchingRows`: `Collection(microsoft.graph.lookupResultRow)`, not nullable.
    pub matching_rows: rt::Field<::std::vec::Vec<crate::beta::LookupResultRow>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ExactMatchLookupJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            matching_rows: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ExactMatchLookupJob {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchLookupJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "creationDateTime",
        "error",
        "lastUpdatedDateTime",
        "startDateTime",
        "state",
        "matchingRows",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"creationDateTime\":             ",
        ",\"error\":                        ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"state\":                        ",
        ",\"matchingRows\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchLookupJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "creation_date_time", &self.creation_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "state", &self.state);
        v.field(7usize, "matching_rows", &self.matching_rows);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ExactMatchLookupJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.creation_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_updated_date_time.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.state.read_from(r),
            7usize => self.matching_rows.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.creation_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_updated_date_time);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.state);
        w.field(7usize, &self.matching_rows);
    }
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
rt::impl_object!(ExactMatchLookupJob);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ExactMatchLookupJob { with_id id : ::std::string::String; with_completion_date_time
    completion_date_time : rt::edm::DateTimeOffset; with_creation_date_time
    creation_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::beta::ClassificationError; with_last_updated_date_time last_updated_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_state state : ::std::string::String; with_matching_rows
    matching_rows : ::std::vec::Vec < crate ::beta::LookupResultRow >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchLookupJob);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactMatchSession`, entity type, derived from `microsoft.graph.exactMatchSessionBase`, key `id`.
///
/// Request builders: [`ExactMatchSessionPath`](requests/trait.ExactMatchSessionPath.html), what a path to one (`EntityPath<ExactMatchSession, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.classificationError`, nullable.
    pub error: rt::Field<crate::beta::ClassificationError>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `dataStoreId`: `Edm.String`, nullable.
    pub data_store_id: rt::Field<::std::string::String>,
    /// CSDL: property `processingCompletionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub processing_completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `remainingBlockCount`: `Edm.Int32`, nullable.
    pub remaining_block_count: rt::Field<i32>,
    /// CSDL: property `remainingJobCount`: `Edm.Int32`, nullable.
    pub remaining_job_count: rt::Field<i32>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `totalBlockCount`: `Edm.Int32`, nullable.
    pub total_block_count: rt::Field<i32>,
    /// CSDL: property `totalJobCount`: `Edm.Int32`, nullable.
    pub total_job_count: rt::Field<i32>,
    /// CSDL: property `uploadCompletionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub upload_completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `checksum`: `Edm.String`, nullable.
    pub checksum: rt::Field<::std::string::String>,
    /// CSDL: property `dataUploadURI`: `Edm.String`, nullable.
    pub data_upload_uri: rt::Field<::std::string::String>,
    /// CSDL: property `fields`: `Collection(Edm.String)`, nullable.
    pub fields: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `rowsPerBlock`: `Edm.Int32`, nullable.
    pub rows_per_block: rt::Field<i32>,
    /// CSDL: property `salt`: `Edm.String`, nullable.
    pub salt: rt::Field<::std::string::String>,
    /// CSDL: property `uploadAgentId`: `Edm.String`, nullable.
    pub upload_agent_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `uploadAgent`: `microsoft.graph.exactMatchUploadAgent`, nullable.
    pub upload_agent: rt::Field<crate::beta::ExactMatchUploadAgent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            data_store_id: rt::Field::Absent,
            processing_completion_date_time: rt::Field::Absent,
            remaining_block_count: rt::Field::Absent,
            remaining_job_count: rt::Field::Absent,
            state: rt::Field::Absent,
            total_block_count: rt::Field::Absent,
            total_job_count: rt::Field::Absent,
            upload_completion_date_time: rt::Field::Absent,
            checksum: rt::Field::Absent,
            data_upload_uri: rt::Field::Absent,
            fields: rt::Field::Absent,
            file_name: rt::Field::Absent,
            rows_per_block: rt::Field::Absent,
            salt: rt::Field::Absent,
            upload_agent_id: rt::Field::Absent,
            upload_agent: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchSession {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "creationDateTime",
        "error",
        "lastUpdatedDateTime",
        "startDateTime",
        "dataStoreId",
        "processingCompletionDateTime",
        "remainingBlockCount",
        "remainingJobCount",
        "state",
        "totalBlockCount",
        "totalJobCount",
        "uploadCompletionDateTime",
        "checksum",
        "dataUploadURI",
        "fields",
        "fileName",
        "rowsPerBlock",
        "salt",
        "uploadAgentId",
        "uploadAgent",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"creationDateTime\":             ",
        ",\"error\":                        ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"dataStoreId\":                  ",
        ",\"processingCompletionDateTime\": ",
        ",\"remainingBlockCount\":          ",
        ",\"remainingJobCount\":            ",
        ",\"state\":                        ",
        ",\"totalBlockCount\":              ",
        ",\"totalJobCount\":                ",
        ",\"uploadCompletionDateTime\":     ",
        ",\"checksum\":                     ",
        ",\"dataUploadURI\":                ",
        ",\"fields\":                       ",
        ",\"fileName\":                     ",
        ",\"rowsPerBlock\":                 ",
        ",\"salt\":                         ",
        ",\"uploadAgentId\":                ",
        ",\"uploadAgent\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "creation_date_time", &self.creation_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "data_store_id", &self.data_store_id);
        v.field(
            7usize,
            "processing_completion_date_time",
            &self.processing_completion_date_time,
        );
        v.field(8usize, "remaining_block_count", &self.remaining_block_count);
        v.field(9usize, "remaining_job_count", &self.remaining_job_count);
        v.field(10usize, "state", &self.state);
        v.field(11usize, "total_block_count", &self.total_block_count);
        v.field(12usize, "total_job_count", &self.total_job_count);
        v.field(
            13usize,
            "upload_completion_date_time",
            &self.upload_completion_date_time,
        );
        v.field(14usize, "checksum", &self.checksum);
        v.field(15usize, "data_upload_uri", &self.data_upload_uri);
        v.field(16usize, "fields", &self.fields);
        v.field(17usize, "file_name", &self.file_name);
        v.field(18usize, "rows_per_block", &self.rows_per_block);
        v.field(19usize, "salt", &self.salt);
        v.field(20usize, "upload_agent_id", &self.upload_agent_id);
        v.field(21usize, "upload_agent", &self.upload_agent);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.creation_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_updated_date_time.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.data_store_id.read_from(r),
            7usize => self.processing_completion_date_time.read_from(r),
            8usize => self.remaining_block_count.read_from(r),
            9usize => self.remaining_job_count.read_from(r),
            10usize => self.state.read_from(r),
            11usize => self.total_block_count.read_from(r),
            12usize => self.total_job_count.read_from(r),
            13usize => self.upload_completion_date_time.read_from(r),
            14usize => self.checksum.read_from(r),
            15usize => self.data_upload_uri.read_from(r),
            16usize => self.fields.read_from(r),
            17usize => self.file_name.read_from(r),
            18usize => self.rows_per_block.read_from(r),
            19usize => self.salt.read_from(r),
            20usize => self.upload_agent_id.read_from(r),
            21usize => self.upload_agent.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.creation_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_updated_date_time);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.data_store_id);
        w.field(7usize, &self.processing_completion_date_time);
        w.field(8usize, &self.remaining_block_count);
        w.field(9usize, &self.remaining_job_count);
        w.field(10usize, &self.state);
        w.field(11usize, &self.total_block_count);
        w.field(12usize, &self.total_job_count);
        w.field(13usize, &self.upload_completion_date_time);
        w.field(14usize, &self.checksum);
        w.field(15usize, &self.data_upload_uri);
        w.field(16usize, &self.fields);
        w.field(17usize, &self.file_name);
        w.field(18usize, &self.rows_per_block);
        w.field(19usize, &self.salt);
        w.field(20usize, &self.upload_agent_id);
        w.field(21usize, &self.upload_agent);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchSession);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchSession { with_id id : ::std::string::String; with_completion_date_time
    completion_date_time : rt::edm::DateTimeOffset; with_creation_date_time
    creation_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::beta::ClassificationError; with_last_updated_date_time last_updated_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_data_store_id data_store_id : ::std::string::String;
    with_processing_completion_date_time processing_completion_date_time :
    rt::edm::DateTimeOffset; with_remaining_block_count remaining_block_count : i32;
    with_remaining_job_count remaining_job_count : i32; with_state state :
    ::std::string::String; with_total_block_count total_block_count : i32;
    with_total_job_count total_job_count : i32; with_upload_completion_date_time
    upload_completion_date_time : rt::edm::DateTimeOffset; with_checksum checksum :
    ::std::string::String; with_data_upload_uri data_upload_uri : ::std::string::String;
    with_fields fields : ::std::vec::Vec < ::std::string::String >; with_file_name
    file_name : ::std::string::String; with_rows_per_block rows_per_block : i32;
    with_salt salt : ::std::string::String; with_upload_agent_id upload_agent_id :
    ::std::string::String; with_upload_agent upload_agent : crate
    ::beta::ExactMatchUploadAgent; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchSession);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactMatchSessionBase`, entity type, derived from `microsoft.graph.exactMatchJobBase`, key `id`.
///
/// Request builders: [`ExactMatchJobBasePath`](requests/trait.ExactMatchJobBasePath.html), what a path to one (`EntityPath<AnyExactMatchSessionBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchSessionBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.classificationError`, nullable.
    pub error: rt::Field<crate::beta::ClassificationError>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `dataStoreId`: `Edm.String`, nullable.
    pub data_store_id: rt::Field<::std::string::String>,
    /// CSDL: property `processingCompletionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub processing_completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `remainingBlockCount`: `Edm.Int32`, nullable.
    pub remaining_block_count: rt::Field<i32>,
    /// CSDL: property `remainingJobCount`: `Edm.Int32`, nullable.
    pub remaining_job_count: rt::Field<i32>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `totalBlockCount`: `Edm.Int32`, nullable.
    pub total_block_count: rt::Field<i32>,
    /// CSDL: property `totalJobCount`: `Edm.Int32`, nullable.
    pub total_job_count: rt::Field<i32>,
    /// CSDL: property `uploadCompletionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub upload_completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchSessionBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            data_store_id: rt::Field::Absent,
            processing_completion_date_time: rt::Field::Absent,
            remaining_block_count: rt::Field::Absent,
            remaining_job_count: rt::Field::Absent,
            state: rt::Field::Absent,
            total_block_count: rt::Field::Absent,
            total_job_count: rt::Field::Absent,
            upload_completion_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchSessionBase {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchSessionBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "creationDateTime",
        "error",
        "lastUpdatedDateTime",
        "startDateTime",
        "dataStoreId",
        "processingCompletionDateTime",
        "remainingBlockCount",
        "remainingJobCount",
        "state",
        "totalBlockCount",
        "totalJobCount",
        "uploadCompletionDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"creationDateTime\":             ",
        ",\"error\":                        ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"dataStoreId\":                  ",
        ",\"processingCompletionDateTime\": ",
        ",\"remainingBlockCount\":          ",
        ",\"remainingJobCount\":            ",
        ",\"state\":                        ",
        ",\"totalBlockCount\":              ",
        ",\"totalJobCount\":                ",
        ",\"uploadCompletionDateTime\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchSessionBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "creation_date_time", &self.creation_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "data_store_id", &self.data_store_id);
        v.field(
            7usize,
            "processing_completion_date_time",
            &self.processing_completion_date_time,
        );
        v.field(8usize, "remaining_block_count", &self.remaining_block_count);
        v.field(9usize, "remaining_job_count", &self.remaining_job_count);
        v.field(10usize, "state", &self.state);
        v.field(11usize, "total_block_count", &self.total_block_count);
        v.field(12usize, "total_job_count", &self.total_job_count);
        v.field(
            13usize,
            "upload_completion_date_time",
            &self.upload_completion_date_time,
        );
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchSessionBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.creation_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_updated_date_time.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.data_store_id.read_from(r),
            7usize => self.processing_completion_date_time.read_from(r),
            8usize => self.remaining_block_count.read_from(r),
            9usize => self.remaining_job_count.read_from(r),
            10usize => self.state.read_from(r),
            11usize => self.total_block_count.read_from(r),
            12usize => self.total_job_count.read_from(r),
            13usize => self.upload_completion_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.creation_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_updated_date_time);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.data_store_id);
        w.field(7usize, &self.processing_completion_date_time);
        w.field(8usize, &self.remaining_block_count);
        w.field(9usize, &self.remaining_job_count);
        w.field(10usize, &self.state);
        w.field(11usize, &self.total_block_count);
        w.field(12usize, &self.total_job_count);
        w.field(13usize, &self.upload_completion_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchSessionBase);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchSessionBase { with_id id : ::std::string::String; with_completion_date_time
    completion_date_time : rt::edm::DateTimeOffset; with_creation_date_time
    creation_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::beta::ClassificationError; with_last_updated_date_time last_updated_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_data_store_id data_store_id : ::std::string::String;
    with_processing_completion_date_time processing_completion_date_time :
    rt::edm::DateTimeOffset; with_remaining_block_count remaining_block_count : i32;
    with_remaining_job_count remaining_job_count : i32; with_state state :
    ::std::string::String; with_total_block_count total_block_count : i32;
    with_total_job_count total_job_count : i32; with_upload_completion_date_time
    upload_completion_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchSessionBase);
#[cfg(msgraph_beta_data_classification_or_search)]
/// `microsoft.graph.exactMatchSessionBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyExactMatchSessionBase {
    ExactMatchSessionBase(::std::boxed::Box<crate::beta::ExactMatchSessionBase>),
    ExactMatchSession(::std::boxed::Box<crate::beta::ExactMatchSession>),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for AnyExactMatchSessionBase {
    #[inline]
    fn default() -> Self {
        Self::ExactMatchSessionBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchSessionBase>
for AnyExactMatchSessionBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchSessionBase) -> Self {
        Self::ExactMatchSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchSession> for AnyExactMatchSessionBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchSession) -> Self {
        Self::ExactMatchSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Send for AnyExactMatchSessionBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Sync for AnyExactMatchSessionBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::marker::Unpin for AnyExactMatchSessionBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::UnwindSafe for AnyExactMatchSessionBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::RefUnwindSafe for AnyExactMatchSessionBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ExactMatchSessionBase>();
    rt::object::auto_traits::<crate::beta::ExactMatchSession>();
};
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Poly for AnyExactMatchSessionBase {
    const BASE_NAME: &'static str = "microsoft.graph.exactMatchSessionBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.exactMatchSession") => {
                Self::ExactMatchSession(rt::object::new_boxed())
            }
            _ => Self::ExactMatchSessionBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ExactMatchSessionBase(v) => &**v,
            Self::ExactMatchSession(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ExactMatchSessionBase(v) => &mut **v,
            Self::ExactMatchSession(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl AnyExactMatchSessionBase {
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
            Self::ExactMatchSessionBase(v) => &v.id,
            Self::ExactMatchSession(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.id,
            Self::ExactMatchSession(v) => &mut v.id,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.completion_date_time,
            Self::ExactMatchSession(v) => &v.completion_date_time,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.completion_date_time,
            Self::ExactMatchSession(v) => &mut v.completion_date_time,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.creation_date_time,
            Self::ExactMatchSession(v) => &v.creation_date_time,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.creation_date_time,
            Self::ExactMatchSession(v) => &mut v.creation_date_time,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::beta::ClassificationError> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.error,
            Self::ExactMatchSession(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::beta::ClassificationError> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.error,
            Self::ExactMatchSession(v) => &mut v.error,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.last_updated_date_time,
            Self::ExactMatchSession(v) => &v.last_updated_date_time,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.last_updated_date_time,
            Self::ExactMatchSession(v) => &mut v.last_updated_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.start_date_time,
            Self::ExactMatchSession(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.start_date_time,
            Self::ExactMatchSession(v) => &mut v.start_date_time,
        }
    }
    /// `dataStoreId` of any variant.
    #[inline]
    pub fn data_store_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.data_store_id,
            Self::ExactMatchSession(v) => &v.data_store_id,
        }
    }
    /// `dataStoreId` of any variant.
    #[inline]
    pub fn data_store_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.data_store_id,
            Self::ExactMatchSession(v) => &mut v.data_store_id,
        }
    }
    /// `processingCompletionDateTime` of any variant.
    #[inline]
    pub fn processing_completion_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.processing_completion_date_time,
            Self::ExactMatchSession(v) => &v.processing_completion_date_time,
        }
    }
    /// `processingCompletionDateTime` of any variant.
    #[inline]
    pub fn processing_completion_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.processing_completion_date_time,
            Self::ExactMatchSession(v) => &mut v.processing_completion_date_time,
        }
    }
    /// `remainingBlockCount` of any variant.
    #[inline]
    pub fn remaining_block_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.remaining_block_count,
            Self::ExactMatchSession(v) => &v.remaining_block_count,
        }
    }
    /// `remainingBlockCount` of any variant.
    #[inline]
    pub fn remaining_block_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.remaining_block_count,
            Self::ExactMatchSession(v) => &mut v.remaining_block_count,
        }
    }
    /// `remainingJobCount` of any variant.
    #[inline]
    pub fn remaining_job_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.remaining_job_count,
            Self::ExactMatchSession(v) => &v.remaining_job_count,
        }
    }
    /// `remainingJobCount` of any variant.
    #[inline]
    pub fn remaining_job_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.remaining_job_count,
            Self::ExactMatchSession(v) => &mut v.remaining_job_count,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.state,
            Self::ExactMatchSession(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.state,
            Self::ExactMatchSession(v) => &mut v.state,
        }
    }
    /// `totalBlockCount` of any variant.
    #[inline]
    pub fn total_block_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.total_block_count,
            Self::ExactMatchSession(v) => &v.total_block_count,
        }
    }
    /// `totalBlockCount` of any variant.
    #[inline]
    pub fn total_block_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.total_block_count,
            Self::ExactMatchSession(v) => &mut v.total_block_count,
        }
    }
    /// `totalJobCount` of any variant.
    #[inline]
    pub fn total_job_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.total_job_count,
            Self::ExactMatchSession(v) => &v.total_job_count,
        }
    }
    /// `totalJobCount` of any variant.
    #[inline]
    pub fn total_job_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.total_job_count,
            Self::ExactMatchSession(v) => &mut v.total_job_count,
        }
    }
    /// `uploadCompletionDateTime` of any variant.
    #[inline]
    pub fn upload_completion_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &v.upload_completion_date_time,
            Self::ExactMatchSession(v) => &v.upload_completion_date_time,
        }
    }
    /// `uploadCompletionDateTime` of any variant.
    #[inline]
    pub fn upload_completion_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ExactMatchSessionBase(v) => &mut v.upload_completion_date_time,
            Self::ExactMatchSession(v) => &mut v.upload_completion_date_time,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_poly!(AnyExactMatchSessionBase);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyExactMatchSessionBase);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.exactMatchUploadAgent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchUploadAgent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchUploadAgent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchUploadAgent {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchUploadAgent";
    const KEYS: &'static [&'static str] = &["id", "creationDateTime", "description"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"description\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchUploadAgent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "description", &self.description);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchUploadAgent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.description.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.description);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchUploadAgent);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchUploadAgent { with_id id : ::std::string::String; with_creation_date_time
    creation_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchUploadAgent);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.excludeTarget`, complex type.
///
/// Features: `beta`, or one of `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ExcludeTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::beta::AuthenticationMethodTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
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
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(ExcludeTarget);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    ExcludeTarget { with_id id : ::std::string::String; with_target_type target_type :
    crate ::beta::AuthenticationMethodTargetType; }
);
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExcludeTarget);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.expirationRequirement`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExpirationRequirement {
    /// `rememberMultifactorAuthenticationOnTrustedDevices` (value 0).
    RememberMultifactorAuthenticationOnTrustedDevices,
    /// `tenantTokenLifetimePolicy` (value 1).
    TenantTokenLifetimePolicy,
    /// `audienceTokenLifetimePolicy` (value 2).
    AudienceTokenLifetimePolicy,
    /// `signInFrequencyPeriodicReauthentication` (value 3).
    SignInFrequencyPeriodicReauthentication,
    /// `ngcMfa` (value 4).
    NgcMfa,
    /// `signInFrequencyEveryTime` (value 5).
    SignInFrequencyEveryTime,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for ExpirationRequirement {
    const TYPE_NAME: &'static str = "microsoft.graph.expirationRequirement";
    const MEMBERS: &'static [&'static str] = &[
        "rememberMultifactorAuthenticationOnTrustedDevices",
        "tenantTokenLifetimePolicy",
        "audienceTokenLifetimePolicy",
        "signInFrequencyPeriodicReauthentication",
        "ngcMfa",
        "signInFrequencyEveryTime",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "rememberMultifactorAuthenticationOnTrustedDevices" => {
                    Self::RememberMultifactorAuthenticationOnTrustedDevices
                }
                "tenantTokenLifetimePolicy" => Self::TenantTokenLifetimePolicy,
                "audienceTokenLifetimePolicy" => Self::AudienceTokenLifetimePolicy,
                "signInFrequencyPeriodicReauthentication" => {
                    Self::SignInFrequencyPeriodicReauthentication
                }
                "ngcMfa" => Self::NgcMfa,
                "signInFrequencyEveryTime" => Self::SignInFrequencyEveryTime,
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
            Self::RememberMultifactorAuthenticationOnTrustedDevices => {
                "rememberMultifactorAuthenticationOnTrustedDevices"
            }
            Self::TenantTokenLifetimePolicy => "tenantTokenLifetimePolicy",
            Self::AudienceTokenLifetimePolicy => "audienceTokenLifetimePolicy",
            Self::SignInFrequencyPeriodicReauthentication => {
                "signInFrequencyPeriodicReauthentication"
            }
            Self::NgcMfa => "ngcMfa",
            Self::SignInFrequencyEveryTime => "signInFrequencyEveryTime",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(ExpirationRequirement);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpirationRequirement);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.expressionEvaluationDetails`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ExpressionEvaluationDetails {
    /// CSDL: property `expression`: `Edm.String`, nullable.
    pub expression: rt::Field<::std::string::String>,
    /// CSDL: property `expressionEvaluationDetails`: `Collection(microsoft.graph.expressionEvaluationDetails)`, nullable.
    pub expression_evaluation_details: rt::Field<
        ::std::vec::Vec<crate::beta::ExpressionEvaluationDetails>,
    >,
    /// CSDL: property `expressionResult`: `Edm.Boolean`, not nullable.
    pub expression_result: rt::Field<bool>,
    /// CSDL: property `propertyToEvaluate`: `microsoft.graph.propertyToEvaluate`, nullable.
    pub property_to_evaluate: rt::Field<crate::beta::PropertyToEvaluate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ExpressionEvaluationDetails {
    #[inline]
    fn default() -> Self {
        Self {
            expression: rt::Field::Absent,
            expression_evaluation_details: rt::Field::Absent,
            expression_result: rt::Field::Absent,
            property_to_evaluate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ExpressionEvaluationDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.expressionEvaluationDetails";
    const KEYS: &'static [&'static str] = &[
        "expression",
        "expressionEvaluationDetails",
        "expressionResult",
        "propertyToEvaluate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expression\":                   ",
        ",\"expressionEvaluationDetails\":  ",
        ",\"expressionResult\":             ",
        ",\"propertyToEvaluate\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.expressionEvaluationDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expression", &self.expression);
        v.field(
            1usize,
            "expression_evaluation_details",
            &self.expression_evaluation_details,
        );
        v.field(2usize, "expression_result", &self.expression_result);
        v.field(3usize, "property_to_evaluate", &self.property_to_evaluate);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ExpressionEvaluationDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expression.read_from(r),
            1usize => self.expression_evaluation_details.read_from(r),
            2usize => self.expression_result.read_from(r),
            3usize => self.property_to_evaluate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expression);
        w.field(1usize, &self.expression_evaluation_details);
        w.field(2usize, &self.expression_result);
        w.field(3usize, &self.property_to_evaluate);
    }
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
rt::impl_object!(ExpressionEvaluationDetails);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ExpressionEvaluationDetails { with_expression expression : ::std::string::String;
    with_expression_evaluation_details expression_evaluation_details : ::std::vec::Vec <
    crate ::beta::ExpressionEvaluationDetails >; with_expression_result expression_result
    : bool; with_property_to_evaluate property_to_evaluate : crate
    ::beta::PropertyToEvaluate; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpressionEvaluationDetails);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.expressionInputObject`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExpressionInputObject {
    /// CSDL: property `definition`: `microsoft.graph.objectDefinition`, nullable.
    pub definition: rt::Field<crate::beta::ObjectDefinition>,
    /// CSDL: property `properties`: `Collection(microsoft.graph.stringKeyObjectValuePair)`, nullable.
    pub properties: rt::Field<::std::vec::Vec<crate::beta::StringKeyObjectValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ExpressionInputObject {
    #[inline]
    fn default() -> Self {
        Self {
            definition: rt::Field::Absent,
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ExpressionInputObject {
    const TYPE_NAME: &'static str = "microsoft.graph.expressionInputObject";
    const KEYS: &'static [&'static str] = &["definition", "properties"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"definition\":                   ",
        ",\"properties\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.expressionInputObject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "definition", &self.definition);
        v.field(1usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ExpressionInputObject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.definition.read_from(r),
            1usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.definition);
        w.field(1usize, &self.properties);
    }
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
rt::impl_object!(ExpressionInputObject);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ExpressionInputObject { with_definition definition : crate ::beta::ObjectDefinition;
    with_properties properties : ::std::vec::Vec < crate ::beta::StringKeyObjectValuePair
    >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpressionInputObject);
#[cfg(msgraph_beta_device_management_or_search)]
/// Custom Extended Key Usage definition
///
/// CSDL: `microsoft.graph.extendedKeyUsage`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ExtendedKeyUsage {
    /// Extended Key Usage Name
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Extended Key Usage Object Identifier
    ///
    /// CSDL: property `objectIdentifier`: `Edm.String`, nullable.
    pub object_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ExtendedKeyUsage {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            object_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ExtendedKeyUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.extendedKeyUsage";
    const KEYS: &'static [&'static str] = &["name", "objectIdentifier"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"objectIdentifier\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.extendedKeyUsage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "object_identifier", &self.object_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ExtendedKeyUsage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.object_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.object_identifier);
    }
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
rt::impl_object!(ExtendedKeyUsage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ExtendedKeyUsage { with_name name : ::std::string::String; with_object_identifier
    object_identifier : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExtendedKeyUsage);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.extensionProperty`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<ExtensionProperty, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExtensionProperty {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `dataType`: `Edm.String`, not nullable.
    pub data_type: rt::Field<::std::string::String>,
    /// CSDL: property `isSyncedFromOnPremises`: `Edm.Boolean`, nullable.
    pub is_synced_from_on_premises: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `targetObjects`: `Collection(Edm.String)`, not nullable.
    pub target_objects: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ExtensionProperty {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            data_type: rt::Field::Absent,
            is_synced_from_on_premises: rt::Field::Absent,
            name: rt::Field::Absent,
            target_objects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ExtensionProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.extensionProperty";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "appDisplayName",
        "dataType",
        "isSyncedFromOnPremises",
        "name",
        "targetObjects",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"appDisplayName\":               ",
        ",\"dataType\":                     ",
        ",\"isSyncedFromOnPremises\":       ",
        ",\"name\":                         ",
        ",\"targetObjects\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.extensionProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "data_type", &self.data_type);
        v.field(4usize, "is_synced_from_on_premises", &self.is_synced_from_on_premises);
        v.field(5usize, "name", &self.name);
        v.field(6usize, "target_objects", &self.target_objects);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ExtensionProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.data_type.read_from(r),
            4usize => self.is_synced_from_on_premises.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.target_objects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.app_display_name);
        w.field(3usize, &self.data_type);
        w.field(4usize, &self.is_synced_from_on_premises);
        w.field(5usize, &self.name);
        w.field(6usize, &self.target_objects);
    }
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
rt::impl_object!(ExtensionProperty);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ExtensionProperty { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_app_display_name app_display_name :
    ::std::string::String; with_data_type data_type : ::std::string::String;
    with_is_synced_from_on_premises is_synced_from_on_premises : bool; with_name name :
    ::std::string::String; with_target_objects target_objects : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExtensionProperty);
#[cfg(msgraph_beta_schema_extensions_or_search)]
/// CSDL: `microsoft.graph.extensionSchemaProperty`, complex type.
///
/// Features: `beta`, or one of `beta-schema-extensions`, `beta-search`.
#[derive(Clone)]
pub struct ExtensionSchemaProperty {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
impl ::std::default::Default for ExtensionSchemaProperty {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
impl rt::Object for ExtensionSchemaProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.extensionSchemaProperty";
    const KEYS: &'static [&'static str] = &["name", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.extensionSchemaProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
impl rt::object::Members for ExtensionSchemaProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.type_);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
rt::impl_object!(ExtensionSchemaProperty);
#[cfg(msgraph_beta_schema_extensions_or_search)]
rt::impl_setters!(
    ExtensionSchemaProperty { with_name name : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_beta_schema_extensions_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExtensionSchemaProperty);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.externalEmailOtpState`, enum type.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(ExternalEmailOtpState);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalEmailOtpState);
