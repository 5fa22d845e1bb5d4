//! Parameters of actions: the JSON body of each action that takes parameters.
#[allow(unused_imports)]
use ::msgraph_core as rt;
#[doc(inline)]
#[allow(unused_imports)]
pub use ::msgraph_models_v1_ops::v1::params::*;

#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.add`.
/// - `value`: `Collection(microsoft.graph.site)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SiteCollectionAddParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.site)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::v1::Site>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SiteCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SiteCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.site))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.site))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SiteCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
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
rt::impl_object!(SiteCollectionAddParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SiteCollectionAddParams { with_value value : ::std::vec::Vec < crate ::v1::Site >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteCollectionAddParams);
#[cfg(msgraph_v1_core_or_teamwork)]
/// Parameters of the action `microsoft.graph.add`.
/// - `values`: `Collection(microsoft.graph.conversationMember)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationMemberCollectionAddParams {
    /// CSDL: property `values`: `Collection(microsoft.graph.conversationMember)`, nullable.
    pub values: rt::Field<::std::vec::Vec<crate::v1::AnyConversationMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ConversationMemberCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ConversationMemberCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.conversationMember))";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.conversationMember))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ConversationMemberCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
    }
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
rt::impl_object!(ConversationMemberCollectionAddParams);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ConversationMemberCollectionAddParams { with_values values : ::std::vec::Vec < crate
    ::v1::AnyConversationMember >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationMemberCollectionAddParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.cloudPcProvisioningPolicyAssignment)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcProvisioningPolicyAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.cloudPcProvisioningPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::CloudPcProvisioningPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcProvisioningPolicyAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcProvisioningPolicyAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.cloudPcProvisioningPolicy)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.cloudPcProvisioningPolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcProvisioningPolicyAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignments);
    }
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
rt::impl_object!(CloudPcProvisioningPolicyAssignParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcProvisioningPolicyAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::v1::CloudPcProvisioningPolicyAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicyAssignParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.identityGovernance.activate`.
/// - `subjects`: `Collection(microsoft.graph.user)`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct WorkflowActivateParams {
    /// CSDL: property `subjects`: `Collection(microsoft.graph.user)`, nullable.
    pub subjects: rt::Field<::std::vec::Vec<crate::v1::AnyUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for WorkflowActivateParams {
    #[inline]
    fn default() -> Self {
        Self {
            subjects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for WorkflowActivateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance.activate(microsoft.graph.identityGovernance.workflow)";
    const KEYS: &'static [&'static str] = &["subjects"];
    const KEYS_JSON: &'static [&'static str] = &[",\"subjects\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.activate(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "subjects", &self.subjects);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for WorkflowActivateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.subjects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.subjects);
    }
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
rt::impl_object!(WorkflowActivateParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    WorkflowActivateParams { with_subjects subjects : ::std::vec::Vec < crate
    ::v1::AnyUser >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkflowActivateParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.identityGovernance.activateWithScope`.
/// - `scope`: `microsoft.graph.identityGovernance.activationScope`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct WorkflowActivateWithScopeParams {
    /// CSDL: property `scope`: `microsoft.graph.identityGovernance.activationScope`, nullable.
    pub scope: rt::Field<crate::v1::identity_governance::AnyActivationScope>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for WorkflowActivateWithScopeParams {
    #[inline]
    fn default() -> Self {
        Self {
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for WorkflowActivateWithScopeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance.activateWithScope(microsoft.graph.identityGovernance.workflow)";
    const KEYS: &'static [&'static str] = &["scope"];
    const KEYS_JSON: &'static [&'static str] = &[",\"scope\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.activateWithScope(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "scope", &self.scope);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for WorkflowActivateWithScopeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.scope);
    }
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
rt::impl_object!(WorkflowActivateWithScopeParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    WorkflowActivateWithScopeParams { with_scope scope : crate
    ::v1::identity_governance::AnyActivationScope; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkflowActivateWithScopeParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.identityGovernance.cancelProcessing`.
/// - `scope`: `microsoft.graph.identityGovernance.cancelScope`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct WorkflowCancelProcessingParams {
    /// CSDL: property `scope`: `microsoft.graph.identityGovernance.cancelScope`, nullable.
    pub scope: rt::Field<crate::v1::identity_governance::AnyCancelScope>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for WorkflowCancelProcessingParams {
    #[inline]
    fn default() -> Self {
        Self {
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for WorkflowCancelProcessingParams {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance.cancelProcessing(microsoft.graph.identityGovernance.workflow)";
    const KEYS: &'static [&'static str] = &["scope"];
    const KEYS_JSON: &'static [&'static str] = &[",\"scope\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.cancelProcessing(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "scope", &self.scope);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for WorkflowCancelProcessingParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.scope);
    }
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
rt::impl_object!(WorkflowCancelProcessingParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    WorkflowCancelProcessingParams { with_scope scope : crate
    ::v1::identity_governance::AnyCancelScope; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkflowCancelProcessingParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.identityGovernance.createNewVersion`.
/// - `workflow`: `microsoft.graph.identityGovernance.workflow`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct WorkflowCreateNewVersionParams {
    /// CSDL: property `workflow`: `microsoft.graph.identityGovernance.workflow`, nullable.
    pub workflow: rt::Field<crate::v1::identity_governance::Workflow>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for WorkflowCreateNewVersionParams {
    #[inline]
    fn default() -> Self {
        Self {
            workflow: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for WorkflowCreateNewVersionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance.createNewVersion(microsoft.graph.identityGovernance.workflow)";
    const KEYS: &'static [&'static str] = &["workflow"];
    const KEYS_JSON: &'static [&'static str] = &[",\"workflow\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.createNewVersion(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "workflow", &self.workflow);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for WorkflowCreateNewVersionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.workflow.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.workflow);
    }
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
rt::impl_object!(WorkflowCreateNewVersionParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    WorkflowCreateNewVersionParams { with_workflow workflow : crate
    ::v1::identity_governance::Workflow; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkflowCreateNewVersionParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.identityGovernance.previewWorkflow`.
/// - `subjects`: `Collection(microsoft.graph.directoryObject)`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct WorkflowPreviewWorkflowParams {
    /// CSDL: property `subjects`: `Collection(microsoft.graph.directoryObject)`, nullable.
    pub subjects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for WorkflowPreviewWorkflowParams {
    #[inline]
    fn default() -> Self {
        Self {
            subjects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for WorkflowPreviewWorkflowParams {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance.previewWorkflow(microsoft.graph.identityGovernance.workflow)";
    const KEYS: &'static [&'static str] = &["subjects"];
    const KEYS_JSON: &'static [&'static str] = &[",\"subjects\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.previewWorkflow(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "subjects", &self.subjects);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for WorkflowPreviewWorkflowParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.subjects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.subjects);
    }
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
rt::impl_object!(WorkflowPreviewWorkflowParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    WorkflowPreviewWorkflowParams { with_subjects subjects : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkflowPreviewWorkflowParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.remove`.
/// - `value`: `Collection(microsoft.graph.site)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SiteCollectionRemoveParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.site)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::v1::Site>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SiteCollectionRemoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SiteCollectionRemoveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.remove(Collection(microsoft.graph.site))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.remove(Collection(microsoft.graph.site))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SiteCollectionRemoveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
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
rt::impl_object!(SiteCollectionRemoveParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SiteCollectionRemoveParams { with_value value : ::std::vec::Vec < crate ::v1::Site >;
    }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteCollectionRemoveParams);
#[cfg(msgraph_v1_core_or_teamwork)]
/// Parameters of the action `microsoft.graph.remove`.
/// - `values`: `Collection(microsoft.graph.conversationMember)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationMemberCollectionRemoveParams {
    /// CSDL: property `values`: `Collection(microsoft.graph.conversationMember)`, nullable.
    pub values: rt::Field<::std::vec::Vec<crate::v1::AnyConversationMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ConversationMemberCollectionRemoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ConversationMemberCollectionRemoveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.remove(Collection(microsoft.graph.conversationMember))";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.remove(Collection(microsoft.graph.conversationMember))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ConversationMemberCollectionRemoveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
    }
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
rt::impl_object!(ConversationMemberCollectionRemoveParams);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ConversationMemberCollectionRemoveParams { with_values values : ::std::vec::Vec <
    crate ::v1::AnyConversationMember >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationMemberCollectionRemoveParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.resume`.
/// - `source`: `Edm.String`
/// - `type`: `Edm.String`
/// - `data`: `microsoft.graph.customExtensionData`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentRequestResumeParams {
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `data`: `microsoft.graph.customExtensionData`, nullable.
    pub data: rt::Field<crate::v1::AnyCustomExtensionData>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentRequestResumeParams {
    #[inline]
    fn default() -> Self {
        Self {
            source: rt::Field::Absent,
            type_: rt::Field::Absent,
            data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentRequestResumeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.resume(microsoft.graph.accessPackageAssignmentRequest)";
    const KEYS: &'static [&'static str] = &["source", "type", "data"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"source\":                       ",
        ",\"type\":                         ",
        ",\"data\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resume(microsoft.graph.accessPackageAssignmentRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "source", &self.source);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "data", &self.data);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentRequestResumeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source);
        w.field(1usize, &self.type_);
        w.field(2usize, &self.data);
    }
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
rt::impl_object!(AccessPackageAssignmentRequestResumeParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentRequestResumeParams { with_source source :
    ::std::string::String; with_type type_ : ::std::string::String; with_data data :
    crate ::v1::AnyCustomExtensionData; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequestResumeParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.addToReviewSet`.
/// - `search`: `microsoft.graph.security.ediscoverySearch`
/// - `additionalDataOptions`: `microsoft.graph.security.additionalDataOptions`
/// - `itemsToInclude`: `microsoft.graph.security.itemsToInclude`
/// - `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`
/// - `documentVersion`: `microsoft.graph.security.documentVersion`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryReviewSetAddToReviewSetParams {
    /// CSDL: property `search`: `microsoft.graph.security.ediscoverySearch`, nullable.
    pub search: rt::Field<crate::v1::security::EdiscoverySearch>,
    /// CSDL: property `additionalDataOptions`: `microsoft.graph.security.additionalDataOptions`, nullable.
    pub additional_data_options: rt::Field<
        rt::Flags<crate::v1::security::AdditionalDataOptions>,
    >,
    /// CSDL: property `itemsToInclude`: `microsoft.graph.security.itemsToInclude`, nullable.
    pub items_to_include: rt::Field<rt::Flags<crate::v1::security::ItemsToInclude>>,
    /// CSDL: property `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`, nullable.
    pub cloud_attachment_version: rt::Field<crate::v1::security::CloudAttachmentVersion>,
    /// CSDL: property `documentVersion`: `microsoft.graph.security.documentVersion`, nullable.
    pub document_version: rt::Field<crate::v1::security::DocumentVersion>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryReviewSetAddToReviewSetParams {
    #[inline]
    fn default() -> Self {
        Self {
            search: rt::Field::Absent,
            additional_data_options: rt::Field::Absent,
            items_to_include: rt::Field::Absent,
            cloud_attachment_version: rt::Field::Absent,
            document_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryReviewSetAddToReviewSetParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.addToReviewSet(microsoft.graph.security.ediscoveryReviewSet)";
    const KEYS: &'static [&'static str] = &[
        "search",
        "additionalDataOptions",
        "itemsToInclude",
        "cloudAttachmentVersion",
        "documentVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"search\":                       ",
        ",\"additionalDataOptions\":        ",
        ",\"itemsToInclude\":               ",
        ",\"cloudAttachmentVersion\":       ",
        ",\"documentVersion\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.addToReviewSet(microsoft.graph.security.ediscoveryReviewSet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "search", &self.search);
        v.field(1usize, "additional_data_options", &self.additional_data_options);
        v.field(2usize, "items_to_include", &self.items_to_include);
        v.field(3usize, "cloud_attachment_version", &self.cloud_attachment_version);
        v.field(4usize, "document_version", &self.document_version);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryReviewSetAddToReviewSetParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.search.read_from(r),
            1usize => self.additional_data_options.read_from(r),
            2usize => self.items_to_include.read_from(r),
            3usize => self.cloud_attachment_version.read_from(r),
            4usize => self.document_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.search);
        w.field(1usize, &self.additional_data_options);
        w.field(2usize, &self.items_to_include);
        w.field(3usize, &self.cloud_attachment_version);
        w.field(4usize, &self.document_version);
    }
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
rt::impl_object!(EdiscoveryReviewSetAddToReviewSetParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryReviewSetAddToReviewSetParams { with_search search : crate
    ::v1::security::EdiscoverySearch; with_additional_data_options
    additional_data_options : rt::Flags < crate ::v1::security::AdditionalDataOptions >;
    with_items_to_include items_to_include : rt::Flags < crate
    ::v1::security::ItemsToInclude >; with_cloud_attachment_version
    cloud_attachment_version : crate ::v1::security::CloudAttachmentVersion;
    with_document_version document_version : crate ::v1::security::DocumentVersion; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryReviewSetAddToReviewSetParams);
