//! Items of `params` by the first letters of their types' names (`workf_workp`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.identityGovernance.activate`.
/// - `subjects`: `Collection(microsoft.graph.user)`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"subjects\":"];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.activate(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "subjects", &self.subjects);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"scope\":"];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.activateWithScope(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "scope", &self.scope);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"scope\":"];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.cancelProcessing(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "scope", &self.scope);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"workflow\":"];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.createNewVersion(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "workflow", &self.workflow);
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
#[derive(Clone, PartialEq)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"subjects\":"];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.previewWorkflow(microsoft.graph.identityGovernance.workflow)\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "subjects", &self.subjects);
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
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.setCurrentLocation`.
/// - `updateScope`: `microsoft.graph.workLocationUpdateScope`
/// - `workLocationType`: `microsoft.graph.workLocationType`
/// - `placeId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkPlanOccurrenceCollectionSetCurrentLocationParams {
    /// CSDL: property `updateScope`: `microsoft.graph.workLocationUpdateScope`, nullable.
    pub update_scope: rt::Field<crate::v1::WorkLocationUpdateScope>,
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WorkPlanOccurrenceCollectionSetCurrentLocationParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_scope: rt::Field::Absent,
            work_location_type: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WorkPlanOccurrenceCollectionSetCurrentLocationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setCurrentLocation(Collection(microsoft.graph.workPlanOccurrence))";
    const KEYS: &'static [&'static str] = &[
        "updateScope",
        "workLocationType",
        "placeId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateScope\":",
        ",\"workLocationType\":",
        ",\"placeId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setCurrentLocation(Collection(microsoft.graph.workPlanOccurrence))\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "update_scope", &self.update_scope);
        d.field(1usize, "work_location_type", &self.work_location_type);
        d.field(2usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WorkPlanOccurrenceCollectionSetCurrentLocationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_scope.read_from(r),
            1usize => self.work_location_type.read_from(r),
            2usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_scope);
        w.field(1usize, &self.work_location_type);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(WorkPlanOccurrenceCollectionSetCurrentLocationParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WorkPlanOccurrenceCollectionSetCurrentLocationParams { with_update_scope update_scope
    : crate ::v1::WorkLocationUpdateScope; with_work_location_type work_location_type :
    crate ::v1::WorkLocationType; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkPlanOccurrenceCollectionSetCurrentLocationParams);
